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
 * Directories: libpdz creates one only where the output is a directory (a
 * CSV report of every table), and only when its parent exists.
 */

#pragma once

#include <gio/gio.h>

#include "pdz.h"

G_BEGIN_DECLS

/* The largest file the loaders read, in bytes. */
#define PDZ_MAX_FILE_SIZE (G_GUINT64_CONSTANT (256) * 1024 * 1024)

/* Reads the whole of @file. (transfer full) in @contents, nul-terminated. */
gboolean _pdz_file_load (GFile         *file,
                         GCancellable  *cancellable,
                         char         **contents,
                         gsize         *length,
                         GError       **error);

/* The local path of @file, or NULL with a PDZ_ERROR_UNSUPPORTED naming its
 * URI when it has none. (transfer full) */
char *_pdz_file_get_local_path (GFile   *file,
                                GError **error);

/* Replaces the file at @path with @length bytes of @data, atomically. */
gboolean _pdz_file_replace (const char    *path,
                            const void    *data,
                            gsize          length,
                            GCancellable  *cancellable,
                            GError       **error);

/* Makes the directory @path, or accepts it when it is one already. Its
 * parent must exist: no directories are made on the way, as for mkdir
 * without -p. Errors name @path. */
gboolean _pdz_file_make_directory (const char  *path,
                                   GError     **error);

/* Sets a G_IO_ERROR from @errsv: "DISPLAY-NAME: WHAT: strerror". */
void _pdz_file_set_error (GError     **error,
                          int          errsv,
                          const char  *path,
                          const char  *what);

G_END_DECLS
