/* test-regressions.c: issue 13's findings that no other test covers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * tests/REGRESSIONS.md maps each of the twelve findings of issue 13 to its
 * regression test; these are the ones that had none. Finding 10: a FIFO
 * blocked the loader for ever, /dev/zero ran it out of memory, and a file
 * of any size was read whole. Each load here must be refused at once: an
 * alarm ends the test (and fails it) when one hangs, as libpdz 0.1.0 did.
 */

/* mkfifo(), alarm(), ftruncate(), which strict C11 hides. */
#define _GNU_SOURCE

#include <libpdz/pdz.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "pdz-test-util.h"

/* Seconds a refusal may take; 0.1.0 blocked or read for ever. */
#define REFUSAL_SECONDS 20

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("pdz-test-regressions-XXXXXX", &error);
  g_assert_no_error (error);
  alarm (REFUSAL_SECONDS);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  alarm (0);
  pdz_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
assert_refused (const char *path,
                GQuark      domain,
                int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPlan) plan = pdz_plan_load_path (path, NULL, &error);

  g_assert_null (plan);
  g_assert_error (error, domain, code);
  g_test_message ("%s", error->message);
}

/* Finding 10: `pdz validate FIFO` blocked for ever. */
static void
test_fifo (Fixture       *f,
           gconstpointer  user_data)
{
  g_autofree char *fifo = g_build_filename (f->dir, "plan.json", NULL);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  assert_refused (fifo, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
}

/* Finding 10: /dev/zero was read until the allocator failed at 2 GB. */
static void
test_dev_zero (Fixture       *f,
               gconstpointer  user_data)
{
  if (!g_file_test ("/dev/zero", G_FILE_TEST_EXISTS))
    {
      g_test_skip ("no /dev/zero");
      return;
    }
  assert_refused ("/dev/zero", G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
}

/* Finding 10: a file of any size was read whole. A sparse file of 4 GiB,
 * far past the documented limit, is refused before it is read. */
static void
test_huge_file (Fixture       *f,
                gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (f->dir, "huge.json", NULL);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);

  g_assert_cmpint (fd, >=, 0);
  if (ftruncate (fd, (off_t) 4 << 30) != 0)
    {
      close (fd);
      g_test_skip ("this file system has no sparse files of 4 GiB");
      return;
    }
  g_assert_cmpint (close (fd), ==, 0);
  assert_refused (path, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/pdz/regressions/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("limits/fifo", test_fifo);
  ADD ("limits/dev-zero", test_dev_zero);
  ADD ("limits/huge-file", test_huge_file);

#undef ADD

  return g_test_run ();
}
