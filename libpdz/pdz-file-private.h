/* pdz-file-private.h: reading and replacing files, for plans and reports
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The one place where libpdz touches the file system. Every error is a
 * G_IO_ERROR whose message names the file the caller asked for, in its
 * display name, never a temporary file or a GLib function:
 * "plan.json: cannot write: No space left on device".
 *
 * Reading: only local files (a GFile with a path; any other URI is a
 * PDZ_ERROR_UNSUPPORTED that names it), only regular files (a FIFO or a
 * device is refused at once, not read), at most PDZ_MAX_FILE_SIZE bytes.
 *
 * Replacing: atomic. The data is written to a temporary file in the same
 * directory, named ".NAME.XXXXXX.tmp" (a dotfile, which the loaders of a
 * directory of plans skip), flushed to disk, then renamed over the
 * target. A symbolic link is followed: its target is replaced and the link
 * stays. The file keeps its permission bits and, where the process may
 * set them, its owner and group. A target that is not a regular file, or
 * that is read-only (by its mode bits, not by access(), which says yes to
 * root), is refused. The directory must exist. On any failure the
 * temporary file is removed and the old file is left as it was.
 *
 * While it is written, the temporary file is locked (flock). A temporary
 * file of the same target that nobody holds locked was left by a save
 * that was interrupted (the process killed, the machine powered off): the
 * next save of the same file removes it.
 *
 * Conflicts: a load records a PdzFileStamp of what it read (the file's
 * device, inode, size, modification and change times, and the SHA-256 of
 * its bytes). A save given that stamp checks, before it replaces the
 * file, that the file on disk is still what was read: when its inode,
 * size or times differ, it compares the digest of its bytes, and fails
 * with PDZ_ERROR_CONFLICT when they differ too. The change time catches
 * an edit in place whose writer set the modification time back. The check and the rename are
 * not one atomic step: an edit that lands between them (a window of the
 * time it takes to write the new bytes) is not seen.
 *
 * Hard links: a rename cannot keep them, so a target with more than one
 * link is refused. PDZ_SAVE_FLAGS_FORCE lifts the conflict and hard-link
 * refusals; it never lifts the others.
 *
 * Directories: libpdz creates one only where the output is a directory (a
 * CSV report of every table), and only when its parent exists.
 */

#pragma once

#include <gio/gio.h>

#include "pdz.h"

G_BEGIN_DECLS

/* The largest file the loaders read, in bytes (and the largest document
 * pdz_plan_new_from_data() and pdz_diff_new_from_data() read). */
#define PDZ_MAX_FILE_SIZE (G_GUINT64_CONSTANT (256) * 1024 * 1024)

/* PDZ_MAX_FILE_SIZE unless a test lowered it (tests/test-limits.c), so
 * that it can check the limit at its value without a 256 MiB file. Only
 * tests write it. */
extern guint64 _pdz_file_max_size;

/* What a load read: see "Conflicts" above. */
typedef struct _PdzFileStamp PdzFileStamp;

struct _PdzFileStamp
{
  char *path;             /* (owned): the file read, links resolved, canonical */
  guint64 device;
  guint64 inode;
  guint64 size;
  gint64 mtime_nsec;      /* nanoseconds since the epoch */
  gint64 ctime_nsec;      /* likewise: no program can set it back */
  guint8 digest[32];      /* SHA-256 of the bytes read */
};

void _pdz_file_stamp_free (PdzFileStamp *stamp);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdzFileStamp, _pdz_file_stamp_free)

/* Reads the whole of @file. (transfer full) in @contents, nul-terminated;
 * (transfer full) (optional) in @stamp what was read. */
gboolean _pdz_file_load (GFile         *file,
                         GCancellable  *cancellable,
                         char         **contents,
                         gsize         *length,
                         PdzFileStamp **stamp,
                         GError       **error);

/* The local path of @file, or NULL with a PDZ_ERROR_UNSUPPORTED naming its
 * URI when it has none. (transfer full) */
char *_pdz_file_get_local_path (GFile   *file,
                                GError **error);

/* Replaces the file at @path with @length bytes of @data, atomically,
 * whatever it holds and however many links it has: for outputs that are
 * written anew each time, such as reports. */
gboolean _pdz_file_replace (const char    *path,
                            const void    *data,
                            gsize          length,
                            GCancellable  *cancellable,
                            GError       **error);

/* A set of files replaced together, such as a Markdown report and its
 * charts or a directory of CSV files: _pdz_file_set_add() writes each new
 * file and flushes it beside its target, and only when all of them are
 * written does _pdz_file_set_commit() rename them into place, so that a
 * failure to write one (a full disk, a read-only directory, a cancelled
 * write) leaves the old set whole. The renames cannot be one atomic step:
 * the commit keeps a hard link to each old file first, and puts the old
 * files back if a rename fails. A set in a directory that does not exist
 * yet (_pdz_file_set_make_directory()) is written into a new directory
 * beside it, renamed into place at the commit: atomic as a whole.
 * _pdz_file_set_free() removes whatever was not committed. Errors name the
 * files the caller named. */
typedef struct _PdzFileSet PdzFileSet;

PdzFileSet *_pdz_file_set_new            (void);
void        _pdz_file_set_free           (PdzFileSet    *set);
/* The directory @path the set is written into: made as
 * _pdz_file_make_directory() does, but at the commit when it is new. Call
 * before adding any file; then add only files of that directory. */
gboolean    _pdz_file_set_make_directory (PdzFileSet    *set,
                                          const char    *path,
                                          GError       **error);
gboolean    _pdz_file_set_add            (PdzFileSet    *set,
                                          const char    *path,
                                          const void    *data,
                                          gsize          length,
                                          GCancellable  *cancellable,
                                          GError       **error);
gboolean    _pdz_file_set_commit         (PdzFileSet    *set,
                                          GError       **error);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdzFileSet, _pdz_file_set_free)

/* Saves: replaces the file at @path as _pdz_file_replace() does, after
 * checking it against @loaded (nullable: the stamp of the load of the
 * same plan) unless @flags has PDZ_SAVE_FLAGS_FORCE, and refusing a file
 * with several hard links unless @flags has PDZ_SAVE_FLAGS_FORCE.
 * (transfer full) (optional) in @saved the stamp of what was written. */
gboolean _pdz_file_save (const char          *path,
                         const void          *data,
                         gsize                length,
                         const PdzFileStamp  *loaded,
                         PdzSaveFlags         flags,
                         PdzFileStamp       **saved,
                         GCancellable        *cancellable,
                         GError             **error);

/* Makes the directory @path, or accepts it when it is one already. Its
 * parent must exist: no directories are made on the way, as for mkdir
 * without -p. Errors name @path. */
gboolean _pdz_file_make_directory (const char  *path,
                                   GError     **error);

/* Makes an error of a reader (a PdzError) say which file it is in, as a
 * compiler would: "plan.json:3:5: unexpected ..." for a syntax error,
 * whose message begins with LINE:COLUMN:, and "plan.json: /partners/1: ..."
 * for one that begins with a JSON pointer; the name is @file's parse name.
 * Errors of GLib and GIO already name the file and are left alone. */
void _pdz_file_prefix_error (GError **error,
                             GFile   *file);

/* For a library that writes only to a file it names itself (libxlsxwriter):
 * calls @write with the path of a new private file in the temporary
 * directory, named from @name_template (as for g_file_open_tmp()), reads
 * the file back and removes it. @what says what is written ("XLSX
 * workbook"); errors are G_IO_ERRORs naming neither the temporary file nor
 * a GLib function; those of @write are left as they are. */
typedef gboolean (*PdzFileWriteFunc) (const char  *path,
                                      gpointer     user_data,
                                      GError     **error);

GBytes *_pdz_file_write_through_temp (const char        *what,
                                      const char        *name_template,
                                      PdzFileWriteFunc   write,
                                      gpointer           user_data,
                                      GCancellable      *cancellable,
                                      GError           **error);

/* Sets a G_IO_ERROR from @errsv: "DISPLAY-NAME: WHAT: strerror". */
void _pdz_file_set_error (GError     **error,
                          int          errsv,
                          const char  *path,
                          const char  *what);

G_END_DECLS
