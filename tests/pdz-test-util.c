/* pdz-test-util.c: plan loaders shared by the C tests
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each loader asserts that the plan loads without error, so a test can
 * take the plan as given.
 */

#include "pdz-test-util.h"

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

/* Loads examples/data/corsichese-2021-2023.json, from the directory
 * PDZ_EXAMPLES_DIR names. Returns: (transfer full). */
PdzPlan *
pdz_test_load_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PDZ_EXAMPLES_DIR"),
                                            "corsichese-2021-2023.json", NULL);

  return pdz_test_load_file (path);
}

/* Loads the plan at the path made of the NULL-terminated elements, below
 * the directory PDZ_TEST_DATA_DIR names (tests/data). Returns: (transfer full). */
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

  path = g_build_filename (g_getenv ("PDZ_TEST_DATA_DIR"), relative, NULL);
  return pdz_test_load_file (path);
}
