/* pdz-file.c: reading and replacing files, for plans and reports
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * See pdz-file-private.h.
 */

/* fchown(), lstat() and O_CLOEXEC, which strict C11 hides. */
#define _GNU_SOURCE

#include "pdz-file-private.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

void
_pdz_file_set_error (GError     **error,
                     int          errsv,
                     const char  *path,
                     const char  *what)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
               "%s: %s: %s", display, what, g_strerror (errsv));
}

void
_pdz_file_stamp_free (PdzFileStamp *stamp)
{
  if (stamp == NULL)
    return;
  g_free (stamp->path);
  g_free (stamp);
}

static gint64
stat_mtime_nsec (const GStatBuf *st)
{
  return (gint64) st->st_mtim.tv_sec * G_GINT64_CONSTANT (1000000000) + st->st_mtim.tv_nsec;
}

static gint64
stat_ctime_nsec (const GStatBuf *st)
{
  return (gint64) st->st_ctim.tv_sec * G_GINT64_CONSTANT (1000000000) + st->st_ctim.tv_nsec;
}

static PdzFileStamp *
stamp_new (const char     *path,
           const GStatBuf *st,
           GChecksum      *checksum)
{
  PdzFileStamp *stamp = g_new0 (PdzFileStamp, 1);
  gsize digest_length = sizeof stamp->digest;

  stamp->path = g_canonicalize_filename (path, NULL);
  stamp->device = (guint64) st->st_dev;
  stamp->inode = (guint64) st->st_ino;
  stamp->size = (guint64) st->st_size;
  stamp->mtime_nsec = stat_mtime_nsec (st);
  stamp->ctime_nsec = stat_ctime_nsec (st);
  g_checksum_get_digest (checksum, stamp->digest, &digest_length);
  return stamp;
}

char *
_pdz_file_get_local_path (GFile   *file,
                          GError **error)
{
  char *path = g_file_get_path (file);

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED,
                   "%s: not a local file (libpdz reads and writes local files only)", uri);
    }
  return path;
}

/* The file a save through @path replaces: @path itself, or the target of
 * the chain of symbolic links it names. (transfer full) */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint hops = 0; hops < 40; hops++)
    {
      g_autofree char *target = NULL;
      g_autofree char *dir = NULL;
      GStatBuf st;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);

      target = g_file_read_link (current, NULL);
      if (target == NULL)
        return g_steal_pointer (&current);
      if (g_path_is_absolute (target))
        {
          g_free (current);
          current = g_steal_pointer (&target);
        }
      else
        {
          dir = g_path_get_dirname (current);
          g_free (current);
          current = g_build_filename (dir, target, NULL);
        }
    }

  _pdz_file_set_error (error, ELOOP, path, "cannot write");
  return NULL;
}

guint64 _pdz_file_max_size = PDZ_MAX_FILE_SIZE;

gboolean
_pdz_file_load (GFile         *file,
                GCancellable  *cancellable,
                char         **contents,
                gsize         *length,
                PdzFileStamp **stamp,
                GError       **error)
{
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GChecksum) checksum = NULL;
  GStatBuf st;
  gsize size, done = 0;
  int fd;

  path = _pdz_file_get_local_path (file, error);
  if (path == NULL)
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* O_NONBLOCK: opening a FIFO must not wait for a writer. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);
  if (fd < 0)
    {
      _pdz_file_set_error (error, errno, path, "cannot open");
      return FALSE;
    }
  if (fstat (fd, &st) != 0)
    {
      int errsv = errno;

      close (fd);
      _pdz_file_set_error (error, errsv, path, "cannot read");
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_autofree char *display = g_filename_display_name (path);

      close (fd);
      g_set_error (error, G_IO_ERROR,
                   S_ISDIR (st.st_mode) ? G_IO_ERROR_IS_DIRECTORY : G_IO_ERROR_NOT_REGULAR_FILE,
                   "%s: %s", display,
                   S_ISDIR (st.st_mode) ? "is a directory, not a file" : "not a regular file");
      return FALSE;
    }
  if ((guint64) st.st_size > _pdz_file_max_size)
    {
      g_autofree char *display = g_filename_display_name (path);

      close (fd);
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED,
                   "%s: the file is %" G_GUINT64_FORMAT " bytes, more than the %" G_GUINT64_FORMAT
                   " that libpdz reads", display, (guint64) st.st_size, _pdz_file_max_size);
      return FALSE;
    }

  size = (gsize) st.st_size;
  data = g_malloc (size + 1);
  while (done < size)
    {
      /* In slices, so that a cancellation is seen between them. */
      gssize n = read (fd, data + done, MIN (size - done, 4 * 1024 * 1024));

      if (n < 0 && (errno == EINTR || errno == EAGAIN))
        continue;
      if (n < 0)
        {
          int errsv = errno;

          close (fd);
          _pdz_file_set_error (error, errsv, path, "cannot read");
          return FALSE;
        }
      if (n == 0)
        break;   /* the file shrank while it was read */
      done += (gsize) n;
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          close (fd);
          return FALSE;
        }
    }
  close (fd);

  data[done] = '\0';
  if (stamp != NULL)
    {
      g_autofree char *target = resolve_links (path, NULL);

      /* The stamp describes the bytes read, even when the file grew or
       * shrank while they were: a save then sees it as changed. */
      st.st_size = (off_t) done;
      checksum = g_checksum_new (G_CHECKSUM_SHA256);
      g_checksum_update (checksum, (const guchar *) data, done);
      *stamp = stamp_new (target != NULL ? target : path, &st, checksum);
    }
  *contents = g_steal_pointer (&data);
  if (length != NULL)
    *length = done;
  return TRUE;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          if (n == 0)
            errno = ENOSPC;
          return FALSE;
        }
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

/* Whether the file open as @fd holds bytes of the SHA-256 @digest. Errors
 * name @path. */
static gboolean
file_has_digest (int            fd,
                 const char    *path,
                 const guint8  *digest,
                 gboolean      *same,
                 GError       **error)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 buffer[65536];
  guint8 found[32];
  gsize found_length = sizeof found;

  for (;;)
    {
      gssize n = read (fd, buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          _pdz_file_set_error (error, errno, path, "cannot read");
          return FALSE;
        }
      if (n == 0)
        break;
      g_checksum_update (checksum, buffer, (gsize) n);
    }

  g_checksum_get_digest (checksum, found, &found_length);
  *same = memcmp (found, digest, sizeof found) == 0;
  return TRUE;
}

/* Fails with PDZ_ERROR_CONFLICT when @target, whose status is @st, is the
 * file @loaded describes and its bytes are no longer the ones read. */
static gboolean
check_unchanged (const char          *path,
                 const char          *target,
                 const GStatBuf      *st,
                 const PdzFileStamp  *loaded,
                 GError             **error)
{
  g_autofree char *canonical = g_canonicalize_filename (target, NULL);
  g_autofree char *display = NULL;
  gboolean same = FALSE;
  int fd;

  /* Another file than the one loaded: a "save as", not a conflict. */
  if (g_strcmp0 (canonical, loaded->path) != 0 &&
      ((guint64) st->st_dev != loaded->device || (guint64) st->st_ino != loaded->inode))
    return TRUE;

  if ((guint64) st->st_dev == loaded->device && (guint64) st->st_ino == loaded->inode &&
      (guint64) st->st_size == loaded->size && stat_mtime_nsec (st) == loaded->mtime_nsec &&
      stat_ctime_nsec (st) == loaded->ctime_nsec)
    return TRUE;

  if ((guint64) st->st_size == loaded->size)
    {
      fd = g_open (target, O_RDONLY | O_CLOEXEC | O_NONBLOCK, 0);
      if (fd < 0)
        {
          _pdz_file_set_error (error, errno, path, "cannot read");
          return FALSE;
        }
      if (!file_has_digest (fd, path, loaded->digest, &same, error))
        {
          close (fd);
          return FALSE;
        }
      close (fd);
      if (same)
        return TRUE;
    }

  display = g_filename_display_name (path);
  g_set_error (error, PDZ_ERROR, PDZ_ERROR_CONFLICT,
               "%s: the file changed on disk since the plan was loaded; "
               "saving would lose that change (load it again, or force the save)",
               display);
  return FALSE;
}

/* Whether @name is a temporary file of replace_file() for the target
 * named @base: ".BASE.XXXXXX.tmp". */
static gboolean
is_temporary_of (const char *name,
                 const char *base)
{
  gsize base_length = strlen (base);

  return strlen (name) == 1 + base_length + 1 + 6 + 4 &&
         name[0] == '.' &&
         strncmp (name + 1, base, base_length) == 0 &&
         name[1 + base_length] == '.' &&
         g_str_has_suffix (name, ".tmp");
}

/* Removes the temporary files of @base in @dir that no save holds locked:
 * those that an interrupted save left. Best effort: what cannot be
 * removed stays, and the save goes on. */
static void
remove_stale_temporaries (const char *dir,
                          const char *base)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  if (listing == NULL)
    return;

  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;
      int fd;

      if (!is_temporary_of (name, base))
        continue;

      path = g_build_filename (dir, name, NULL);
      fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0);
      if (fd < 0)
        continue;
      if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) &&
          flock (fd, LOCK_EX | LOCK_NB) == 0)
        g_unlink (path);
      close (fd);
    }
}

/* Flushes the rename in @dir to disk, so that a power cut after a save
 * cannot bring the old file back. Best effort: some file systems refuse
 * to sync a directory, and the save has succeeded anyway. */
static void
sync_directory (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_CLOEXEC | O_DIRECTORY, 0);

  if (fd < 0)
    return;
  if (fsync (fd) != 0)
    g_debug ("%s: cannot sync the directory: %s", dir, g_strerror (errno));
  close (fd);
}

/* A new file written and flushed beside its target, not yet renamed over
 * it: prepare_replacement() makes it, commit_replacement() puts it in
 * place, abandon_replacement() removes it. */
typedef struct
{
  char *path;        /* (owned) as the caller named it, for messages */
  char *target;      /* (owned) @path with its links resolved */
  char *dir;         /* (owned) */
  char *tmp;         /* (owned) the temporary file */
  char *backup;      /* (owned) (nullable) a link to the old file, in a set */
  gboolean existed;  /* whether @target existed */
  int fd;            /* the temporary file, locked; -1 once closed */
} Replacement;

static void
replacement_clear (Replacement *r)
{
  if (r->fd >= 0)
    {
      close (r->fd);
      r->fd = -1;
    }
  g_clear_pointer (&r->path, g_free);
  g_clear_pointer (&r->target, g_free);
  g_clear_pointer (&r->dir, g_free);
  g_clear_pointer (&r->tmp, g_free);
  g_clear_pointer (&r->backup, g_free);
}

/* Removes the temporary file of @r, if it is still there. */
static void
abandon_replacement (Replacement *r)
{
  if (r->fd >= 0)
    {
      close (r->fd);
      r->fd = -1;
      g_unlink (r->tmp);
    }
}

static gboolean
prepare_replacement (const char          *path,
                     const void          *data,
                     gsize                length,
                     const PdzFileStamp  *loaded,
                     PdzSaveFlags         flags,
                     GCancellable        *cancellable,
                     Replacement         *r,
                     GError             **error)
{
  g_autofree char *base = NULL;
  gboolean force = (flags & PDZ_SAVE_FLAGS_FORCE) != 0;
  GStatBuf st;
  struct rlimit limit;
  gboolean exists;
  int errsv;

  memset (r, 0, sizeof *r);
  r->fd = -1;
  r->path = g_strdup (path);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  r->target = resolve_links (path, error);
  if (r->target == NULL)
    return FALSE;

  exists = g_stat (r->target, &st) == 0;
  if (!exists && errno != ENOENT)
    {
      _pdz_file_set_error (error, errno, path, "cannot write");
      return FALSE;
    }
  r->existed = exists;
  if (exists && !S_ISREG (st.st_mode))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR,
                   S_ISDIR (st.st_mode) ? G_IO_ERROR_IS_DIRECTORY : G_IO_ERROR_NOT_REGULAR_FILE,
                   "%s: cannot write: %s", display,
                   S_ISDIR (st.st_mode) ? "is a directory" : "not a regular file");
      return FALSE;
    }
  if (exists && (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   "%s: cannot write: the file is read-only", display);
      return FALSE;
    }
  if (exists && !force && loaded != NULL &&
      !check_unchanged (path, r->target, &st, loaded, error))
    return FALSE;
  if (exists && !force && st.st_nlink > 1)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED,
                   "%s: cannot write: the file has %" G_GUINT64_FORMAT " hard links, "
                   "which a safe save would break (force the save to break them)",
                   display, (guint64) st.st_nlink);
      return FALSE;
    }

  /* A file size limit (ulimit -f) would stop the write midway, with
   * SIGXFSZ, which kills the process unless it is ignored: and a killed
   * process leaves its temporary file. Refuse before writing. */
  if (getrlimit (RLIMIT_FSIZE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY &&
      (guint64) length > (guint64) limit.rlim_cur)
    {
      _pdz_file_set_error (error, EFBIG, path, "cannot write");
      return FALSE;
    }

  r->dir = g_path_get_dirname (r->target);
  base = g_path_get_basename (r->target);
  remove_stale_temporaries (r->dir, base);
  r->tmp = g_strdup_printf ("%s%c.%s.XXXXXX.tmp", r->dir, G_DIR_SEPARATOR, base);

  r->fd = g_mkstemp_full (r->tmp, O_RDWR | O_CLOEXEC, exists ? (st.st_mode & 07777) : 0666);
  if (r->fd < 0)
    {
      _pdz_file_set_error (error, errno, path, "cannot write");
      return FALSE;
    }
  /* Held until the rename: remove_stale_temporaries() leaves it alone. */
  if (flock (r->fd, LOCK_EX) != 0)
    goto fail;

  if (exists)
    {
      /* g_mkstemp_full() applies the umask: give the file its old mode,
       * and its owner where the process may. */
      if (fchmod (r->fd, st.st_mode & 07777) != 0)
        goto fail;
      if ((st.st_uid != geteuid () || st.st_gid != getegid ()) &&
          fchown (r->fd, st.st_uid, st.st_gid) != 0 && errno != EPERM)
        goto fail;
    }

  if (!write_all (r->fd, data, length) || fsync (r->fd) != 0)
    goto fail;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      abandon_replacement (r);
      return FALSE;
    }
  return TRUE;

fail:
  errsv = errno;
  abandon_replacement (r);
  _pdz_file_set_error (error, errsv, path, "cannot write");
  return FALSE;
}

/* Renames the temporary file of @r over its target; (optional) in
 * @written the stat of what was written. */
static gboolean
commit_replacement (Replacement  *r,
                    GStatBuf     *written,
                    gboolean     *stamped,
                    GError      **error)
{
  int errsv;

  if (g_rename (r->tmp, r->target) != 0)
    {
      errsv = errno;
      abandon_replacement (r);
      _pdz_file_set_error (error, errsv, r->path, "cannot write");
      return FALSE;
    }
  /* After the rename, which changes the file's change time. */
  if (stamped != NULL)
    *stamped = fstat (r->fd, written) == 0;
  if (close (r->fd) != 0)
    {
      /* The data was flushed by fsync(): a late close error loses
       * nothing, and the file is in place. */
      g_debug ("%s: close after the rename: %s", r->path, g_strerror (errno));
    }
  r->fd = -1;
  sync_directory (r->dir);
  return TRUE;
}

static gboolean
replace_file (const char          *path,
              const void          *data,
              gsize                length,
              const PdzFileStamp  *loaded,
              PdzSaveFlags         flags,
              PdzFileStamp       **saved,
              GCancellable        *cancellable,
              GError             **error)
{
  Replacement r;
  GStatBuf written;
  gboolean stamped = FALSE;
  gboolean ok;

  ok = prepare_replacement (path, data, length, loaded, flags, cancellable, &r, error) &&
       commit_replacement (&r, &written, &stamped, error);

  if (ok && saved != NULL && stamped)
    {
      g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

      g_checksum_update (checksum, data, length);
      *saved = stamp_new (r.target, &written, checksum);
    }
  replacement_clear (&r);
  return ok;
}

/* --- Sets of files -------------------------------------------------------- */

struct _PdzFileSet
{
  GArray *replacements;  /* (element-type Replacement) */
  char *new_dir;         /* (owned) (nullable) a directory made for the set */
  char *new_dir_target;  /* (owned) (nullable) where @new_dir goes */
};

PdzFileSet *
_pdz_file_set_new (void)
{
  PdzFileSet *set = g_new0 (PdzFileSet, 1);

  set->replacements = g_array_new (FALSE, TRUE, sizeof (Replacement));
  return set;
}

static void
remove_new_dir (PdzFileSet *set)
{
  if (set->new_dir == NULL)
    return;
  for (guint i = 0; i < set->replacements->len; i++)
    {
      Replacement *r = &g_array_index (set->replacements, Replacement, i);

      abandon_replacement (r);
      g_unlink (r->target);
    }
  g_rmdir (set->new_dir);
  g_clear_pointer (&set->new_dir, g_free);
}

void
_pdz_file_set_free (PdzFileSet *set)
{
  if (set == NULL)
    return;
  remove_new_dir (set);
  for (guint i = 0; i < set->replacements->len; i++)
    {
      Replacement *r = &g_array_index (set->replacements, Replacement, i);

      abandon_replacement (r);
      if (r->backup != NULL)
        g_unlink (r->backup);
      replacement_clear (r);
    }
  g_array_unref (set->replacements);
  g_free (set->new_dir_target);
  g_free (set);
}

gboolean
_pdz_file_set_make_directory (PdzFileSet  *set,
                              const char  *path,
                              GError     **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  GStatBuf st;

  g_return_val_if_fail (set->new_dir == NULL && set->replacements->len == 0, FALSE);

  if (g_stat (path, &st) == 0)
    return _pdz_file_make_directory (path, error);
  if (errno != ENOENT)
    {
      _pdz_file_set_error (error, errno, path, "cannot create the directory");
      return FALSE;
    }

  /* A new directory beside @path, renamed to it at the commit: the whole
   * set appears at once. */
  {
    /* "tables/" is the directory "tables". */
    g_autofree char *trimmed = g_strdup (path);
    gsize n = strlen (trimmed);

    while (n > 1 && G_IS_DIR_SEPARATOR (trimmed[n - 1]))
      trimmed[--n] = '\0';
    dir = g_path_get_dirname (trimmed);
    base = g_path_get_basename (trimmed);
  }
  set->new_dir = g_strdup_printf ("%s%c.%s.XXXXXX.tmp", dir, G_DIR_SEPARATOR, base);
  if (g_mkdtemp_full (set->new_dir, 0777) == NULL)
    {
      int errsv = errno;

      g_clear_pointer (&set->new_dir, g_free);
      _pdz_file_set_error (error, errsv, path, "cannot create the directory");
      return FALSE;
    }
  set->new_dir_target = g_strdup (path);
  return TRUE;
}

gboolean
_pdz_file_set_add (PdzFileSet    *set,
                   const char    *path,
                   const void    *data,
                   gsize          length,
                   GCancellable  *cancellable,
                   GError       **error)
{
  Replacement r;
  g_autofree char *in_new_dir = NULL;
  const char *where = path;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (set->new_dir != NULL)
    {
      /* Written straight into the new directory: nothing is there to
       * replace. Errors name the file the caller will see. */
      g_autofree char *base = g_path_get_basename (path);

      in_new_dir = g_build_filename (set->new_dir, base, NULL);
      where = in_new_dir;
    }

  if (!prepare_replacement (where, data, length, NULL, PDZ_SAVE_FLAGS_FORCE, cancellable, &r, error))
    {
      replacement_clear (&r);
      if (error != NULL && *error != NULL && where != path)
        {
          g_autofree char *display = g_filename_display_name (path);
          g_autofree char *inner = g_filename_display_name (where);
          char *message = (*error)->message;
          const char *rest = g_str_has_prefix (message, inner) ? message + strlen (inner) : NULL;

          if (rest != NULL)
            {
              (*error)->message = g_strconcat (display, rest, NULL);
              g_free (message);
            }
        }
      return FALSE;
    }
  g_free (r.path);
  r.path = g_strdup (path);
  g_array_append_val (set->replacements, r);
  return TRUE;
}

/* A name beside @target for a hard link to it: ".BASE.XXXXXX.tmp", the
 * pattern of the temporary files, which the next save removes if a crash
 * leaves it. */
static char *
link_backup (const char *target,
             const char *dir)
{
  g_autofree char *base = g_path_get_basename (target);

  for (guint attempt = 0; attempt < 16; attempt++)
    {
      static const char chars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
      char random[7];
      g_autofree char *backup = NULL;

      for (guint i = 0; i < 6; i++)
        random[i] = chars[g_random_int_range (0, sizeof chars - 1)];
      random[6] = '\0';
      backup = g_strdup_printf ("%s%c.%s.%s.tmp", dir, G_DIR_SEPARATOR, base, random);
      if (link (target, backup) == 0)
        return g_steal_pointer (&backup);
      if (errno != EEXIST)
        return NULL;
    }
  return NULL;
}

gboolean
_pdz_file_set_commit (PdzFileSet  *set,
                      GError     **error)
{
  guint done;

  if (set->new_dir != NULL)
    {
      for (guint i = 0; i < set->replacements->len; i++)
        {
          Replacement *r = &g_array_index (set->replacements, Replacement, i);

          if (!commit_replacement (r, NULL, NULL, error))
            return FALSE;
        }
      if (g_rename (set->new_dir, set->new_dir_target) != 0)
        {
          _pdz_file_set_error (error, errno, set->new_dir_target, "cannot create the directory");
          return FALSE;
        }
      g_clear_pointer (&set->new_dir, g_free);
      {
        g_autofree char *parent = g_path_get_dirname (set->new_dir_target);

        sync_directory (parent);
      }
      for (guint i = 0; i < set->replacements->len; i++)
        replacement_clear (&g_array_index (set->replacements, Replacement, i));
      g_array_set_size (set->replacements, 0);
      return TRUE;
    }

  /* Every new file is written; keep a link to each old one, so that a
   * rename that fails puts the old ones back, then rename them all. */
  for (guint i = 0; i < set->replacements->len; i++)
    {
      Replacement *r = &g_array_index (set->replacements, Replacement, i);

      if (r->existed)
        {
          r->backup = link_backup (r->target, r->dir);
          if (r->backup == NULL)
            {
              _pdz_file_set_error (error, errno, r->path, "cannot write");
              return FALSE;
            }
        }
    }

  for (done = 0; done < set->replacements->len; done++)
    {
      Replacement *r = &g_array_index (set->replacements, Replacement, done);

      if (!commit_replacement (r, NULL, NULL, error))
        break;
    }

  if (done < set->replacements->len)
    {
      /* Back to the old set. */
      for (guint i = 0; i < done; i++)
        {
          Replacement *r = &g_array_index (set->replacements, Replacement, i);

          if (r->backup != NULL)
            {
              /* Put back; should that fail too, the link stays, the one
               * copy of the old file, under the name of a temporary. */
              if (g_rename (r->backup, r->target) != 0)
                g_debug ("%s: cannot put the old file back: %s", r->path, g_strerror (errno));
              g_clear_pointer (&r->backup, g_free);
            }
          else
            g_unlink (r->target);
        }
      return FALSE;
    }

  for (guint i = 0; i < set->replacements->len; i++)
    {
      Replacement *r = &g_array_index (set->replacements, Replacement, i);

      if (r->backup != NULL)
        g_unlink (r->backup);
      replacement_clear (r);
    }
  g_array_set_size (set->replacements, 0);
  return TRUE;
}

gboolean
_pdz_file_replace (const char    *path,
                   const void    *data,
                   gsize          length,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  return replace_file (path, data, length, NULL, PDZ_SAVE_FLAGS_FORCE, NULL,
                       cancellable, error);
}

gboolean
_pdz_file_save (const char          *path,
                const void          *data,
                gsize                length,
                const PdzFileStamp  *loaded,
                PdzSaveFlags         flags,
                PdzFileStamp       **saved,
                GCancellable        *cancellable,
                GError             **error)
{
  g_autoptr(PdzFileStamp) stamp = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (!replace_file (path, data, length, loaded, flags, &stamp, cancellable, error))
    return FALSE;
  if (saved != NULL)
    *saved = g_steal_pointer (&stamp);
  return TRUE;
}

gboolean
_pdz_file_make_directory (const char  *path,
                          GError     **error)
{
  GStatBuf st;
  int errsv;

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_mkdir (path, 0777) == 0)
    return TRUE;

  errsv = errno;
  if (errsv == EEXIST)
    {
      if (g_stat (path, &st) == 0 && S_ISDIR (st.st_mode))
        return TRUE;
      errsv = ENOTDIR;
    }

  _pdz_file_set_error (error, errsv, path, "cannot create the directory");
  return FALSE;
}

/* TRUE when @message begins with a "LINE:COLUMN:" location. */
static gboolean
has_line_column (const char *message)
{
  const char *p = message;

  for (guint part = 0; part < 2; part++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
      if (*p++ != ':')
        return FALSE;
    }

  return TRUE;
}

void
_pdz_file_prefix_error (GError **error,
                        GFile   *file)
{
  g_autofree char *display_name = NULL;

  if (error == NULL || *error == NULL || (*error)->domain != PDZ_ERROR)
    return;

  display_name = g_file_get_parse_name (file);
  if (has_line_column ((*error)->message))
    g_prefix_error (error, "%s:", display_name);
  else
    g_prefix_error (error, "%s: ", display_name);
}

GBytes *
_pdz_file_write_through_temp (const char        *what,
                              const char        *name_template,
                              PdzFileWriteFunc   write,
                              gpointer           user_data,
                              GCancellable      *cancellable,
                              GError           **error)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;
  gboolean ok;
  int fd;

  fd = g_file_open_tmp (name_template, &path, &local_error);
  if (fd < 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_file_error (local_error->code),
                   "cannot write the %s: no temporary file for it in %s", what, g_get_tmp_dir ());
      return NULL;
    }
  g_close (fd, NULL);

  ok = write (path, user_data, error) &&
       !g_cancellable_set_error_if_cancelled (cancellable, error);
  if (ok && !g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_file_error (local_error->code),
                   "cannot write the %s: its temporary file in %s cannot be read back",
                   what, g_get_tmp_dir ());
      ok = FALSE;
    }
  g_unlink (path);
  if (!ok)
    return NULL;
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}
