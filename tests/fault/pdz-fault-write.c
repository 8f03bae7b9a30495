/* pdz-fault-write.c: an LD_PRELOAD library that fills the disk
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Loaded with LD_PRELOAD=libpdz-fault-write.so and
 * PDZ_FAULT_WRITE_BUDGET=N, write() to a regular file succeeds for the
 * first N bytes the process writes to regular files, then fails with
 * ENOSPC, as on a full disk; writes to anything else (a terminal, a pipe)
 * pass. A write that crosses the budget writes the part that fits, as a
 * file system that fills up midway does. Only for tests: it is never
 * installed. The project builds with -fvisibility=hidden: write() says
 * it is exported.
 */

#define _GNU_SOURCE

#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

__attribute__ ((visibility ("default"))) ssize_t write (int fd, const void *buf, size_t count);

static long long budget = -1;

ssize_t
write (int         fd,
       const void *buf,
       size_t      count)
{
  static ssize_t (*real_write) (int, const void *, size_t);
  struct stat st;

  if (real_write == NULL)
    {
      const char *value = getenv ("PDZ_FAULT_WRITE_BUDGET");

      real_write = (ssize_t (*) (int, const void *, size_t)) dlsym (RTLD_NEXT, "write");
      budget = value != NULL ? atoll (value) : -1;
    }

  if (budget < 0 || fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    return real_write (fd, buf, count);

  if (budget == 0)
    {
      errno = ENOSPC;
      return -1;
    }
  if ((long long) count > budget)
    count = (size_t) budget;
  budget -= (long long) count;
  return real_write (fd, buf, count);
}
