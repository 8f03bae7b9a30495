/* pdz-test-util.c: plan loaders shared by the C tests
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each loader asserts that the plan loads without error, so a test can
 * take the plan as given.
 */

/* lstat() */
#define _DEFAULT_SOURCE

#include "pdz-test-util.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

/* The directory of the test data (tests/data): PDZ_TEST_DATA_DIR, which
 * meson test sets, or else data/ beside the test program, where an
 * installed test finds it (G_TEST_DIST, with G_TEST_SRCDIR unset). Valid
 * until the end of the current test. Returns: (transfer none). */
const char *
pdz_test_get_data_dir (void)
{
  const char *dir = g_getenv ("PDZ_TEST_DATA_DIR");

  return dir != NULL ? dir : g_test_get_filename (G_TEST_DIST, "data", NULL);
}

/* The directory of the example plans (examples/data): PDZ_EXAMPLES_DIR, or
 * else examples/ beside the test program, as installed. Valid until the end
 * of the current test. Returns: (transfer none). */
const char *
pdz_test_get_examples_dir (void)
{
  const char *dir = g_getenv ("PDZ_EXAMPLES_DIR");

  return dir != NULL ? dir : g_test_get_filename (G_TEST_DIST, "examples", NULL);
}

/* Loads the plan at @path. Returns: (transfer full). */
PdzPlan *
pdz_test_load_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  PdzPlan *plan = pdz_plan_load_path (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

/* Loads the plan in the nul-terminated @data. Returns: (transfer full). */
PdzPlan *
pdz_test_load_data (const char *data)
{
  g_autoptr(GError) error = NULL;
  PdzPlan *plan = pdz_plan_new_from_data (data, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

/* Loads examples/data/corsichese-2021-2023.json, from
 * pdz_test_get_examples_dir(). Returns: (transfer full). */
PdzPlan *
pdz_test_load_example (void)
{
  g_autofree char *path = g_build_filename (pdz_test_get_examples_dir (),
                                            "corsichese-2021-2023.json", NULL);

  return pdz_test_load_file (path);
}

/* Loads the directory tests/data/corpus (see test-corpus.c) into a new
 * corpus. Returns: (transfer full). */
PdzCorpus *
pdz_test_load_corpus (void)
{
  g_autofree char *dir = g_build_filename (pdz_test_get_data_dir (), "corpus", NULL);
  const char *paths[] = { dir, NULL };
  g_autoptr(GError) error = NULL;
  PdzCorpus *corpus = pdz_corpus_new ();

  g_assert_true (pdz_corpus_load_paths (corpus, paths, NULL, &error));
  g_assert_no_error (error);
  return corpus;
}

/* Loads the plan at the path made of the NULL-terminated elements, below
 * pdz_test_get_data_dir() (tests/data). Returns: (transfer full). */
PdzPlan *
pdz_test_load_test_data (const char *first_element,
                         ...)
{
  g_autofree char *relative = NULL;
  g_autofree char *path = NULL;
  va_list args;

  va_start (args, first_element);
  relative = g_build_filename_valist (first_element, &args);
  va_end (args);

  path = g_build_filename (pdz_test_get_data_dir (), relative, NULL);
  return pdz_test_load_file (path);
}

/* Removes @path and, if it is a directory, all it holds, read-only
 * directories too; a path that does not exist is no error. */
void
pdz_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;
  if (!S_ISDIR (st.st_mode))
    {
      g_unlink (path);
      return;
    }
  g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      pdz_test_remove_tree (child);
    }
  g_rmdir (path);
}
