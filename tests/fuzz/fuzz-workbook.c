/* fuzz-workbook.c: the workbook reader under libFuzzer
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Feeds arbitrary bytes to the workbook import (_pdz_workbook_import_data():
 * an XLSX or ODS file, or else CSV tables, the tables of a folder in the
 * order of the sheets separated by form feeds) and checks what a user
 * relies on, aborting when it does not hold:
 *
 * - a refused workbook has at least one error, and at most max-errors
 *   listed; every problem's line is non-empty, valid UTF-8, and carries no
 *   control character (the user's text is quoted, escaped and cut);
 * - a plan that was read passes pdz_plan_validate(), and its canonical form
 *   reads back to the same bytes.
 *
 * Built with clang's -fsanitize=fuzzer as fuzz-workbook, and with the
 * standalone main of fuzz-replay.c as fuzz-replay-workbook, which runs the
 * same checks over files (tests/fuzz/README.md).
 */

#include <libpdz/pdz.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"
#include "pdz-workbook-private.h"

#define MAX_ERRORS 20

static void
check_problems (PdzWbLog *log)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (log->problems));
  guint errors = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzWorkbookProblem) problem = g_list_model_get_item (G_LIST_MODEL (log->problems), i);
      g_autofree char *line = pdz_workbook_problem_to_string (problem);

      if (line == NULL || line[0] == '\0' || !g_utf8_validate (line, -1, NULL))
        {
          g_autofree char *escaped = line != NULL ? g_strescape (line, NULL) : NULL;

          fuzz_fail ("a problem without a valid line", escaped);
        }
      for (const char *p = line; *p != '\0'; p++)
        if ((guchar) *p < 0x20)
          fuzz_fail ("a control character in a problem", line);
      if (pdz_workbook_problem_get_severity (problem) == PDZ_WORKBOOK_SEVERITY_ERROR)
        errors++;
    }
  if (errors > MAX_ERRORS)
    fuzz_fail ("more errors listed than the limit", NULL);
  if (errors > log->n_errors)
    fuzz_fail ("more errors listed than counted", NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GListStore) problems = g_list_store_new (PDZ_TYPE_WORKBOOK_PROBLEM);
  g_autoptr(GPtrArray) new_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzPlan) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;
  PdzWbLog log = { problems, 0, MAX_ERRORS, TRUE, FALSE, 0 };

  if (size > 64 * 1024 * 1024)
    return 0;

  plan = _pdz_workbook_import_data (data, size, &log, new_ids);
  check_problems (&log);
  if (plan == NULL)
    {
      /* (A refusal with no error is the caller's to word: a file of no
       * known kind, which pdz_workbook_import_load() names.) */
      return 0;
    }
  if (log.n_errors > 0)
    fuzz_fail ("a plan, and errors", NULL);

  if (!pdz_plan_validate (plan, &error))
    fuzz_fail ("an imported plan does not validate", error->message);
  written = pdz_plan_to_data (plan, NULL);
  again = pdz_plan_new_from_data (written, -1, &error);
  if (again == NULL)
    fuzz_fail ("the canonical form of an imported plan does not read back", error->message);
  rewritten = pdz_plan_to_data (again, NULL);
  if (strcmp (written, rewritten) != 0)
    fuzz_fail ("the canonical form of an imported plan changes when read back", NULL);
  return 0;
}
