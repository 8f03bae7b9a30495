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

gboolean
_pdz_file_load (GFile         *file,
                GCancellable  *cancellable,
                char         **contents,
                gsize         *length,
                GError       **error)
{
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
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
  if ((guint64) st.st_size > PDZ_MAX_FILE_SIZE)
    {
      g_autofree char *display = g_filename_display_name (path);

      close (fd);
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED,
                   "%s: the file is %" G_GUINT64_FORMAT " bytes, more than the %" G_GUINT64_FORMAT
                   " that libpdz reads", display, (guint64) st.st_size, PDZ_MAX_FILE_SIZE);
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
  *contents = g_steal_pointer (&data);
  if (length != NULL)
    *length = done;
  return TRUE;
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

gboolean
_pdz_file_replace (const char    *path,
                   const void    *data,
                   gsize          length,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  GStatBuf st;
  gboolean exists;
  int fd, errsv;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  target = resolve_links (path, error);
  if (target == NULL)
    return FALSE;

  exists = g_stat (target, &st) == 0;
  if (!exists && errno != ENOENT)
    {
      _pdz_file_set_error (error, errno, path, "cannot write");
      return FALSE;
    }
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

  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  tmp = g_strdup_printf ("%s%c.%s.XXXXXX.tmp", dir, G_DIR_SEPARATOR, base);

  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, exists ? (st.st_mode & 07777) : 0666);
  if (fd < 0)
    {
      _pdz_file_set_error (error, errno, path, "cannot write");
      return FALSE;
    }

  if (exists)
    {
      /* g_mkstemp_full() applies the umask: give the file its old mode,
       * and its owner where the process may. */
      if (fchmod (fd, st.st_mode & 07777) != 0)
        goto fail;
      if ((st.st_uid != geteuid () || st.st_gid != getegid ()) &&
          fchown (fd, st.st_uid, st.st_gid) != 0 && errno != EPERM)
        goto fail;
    }

  if (!write_all (fd, data, length) || fsync (fd) != 0)
    goto fail;
  if (close (fd) != 0)
    {
      fd = -1;
      goto fail;
    }
  fd = -1;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (tmp);
      return FALSE;
    }

  if (g_rename (tmp, target) != 0)
    goto fail;

  return TRUE;

fail:
  errsv = errno;
  if (fd >= 0)
    close (fd);
  g_unlink (tmp);
  _pdz_file_set_error (error, errsv, path, "cannot write");
  return FALSE;
}
