/* fuzz-plan-reader.c: the plan reader under libFuzzer
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Feeds arbitrary bytes to pdz_plan_new_from_data() and checks what a user
 * relies on (fuzz_load_plan()), aborting when it does not hold:
 *
 * - a refused document sets a PDZ_ERROR with a non-empty UTF-8 message,
 *   bounded, with no control or bidirectional character;
 * - a plan that was read passes pdz_plan_validate(), so it can be saved;
 * - its canonical form (pdz_plan_to_data()) reads back, and the plan read
 *   back writes the same bytes again;
 * - the messages of its checks (pdz_plan_check(), what `pdz validate`
 *   prints) are as safe and bounded as an error's.
 */

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(PdzPlan) plan = fuzz_load_plan (data, size);
  g_autoptr(PdzCheckOptions) options = NULL;
  g_autoptr(PdzDate) today = NULL;
  g_autoptr(GListModel) diagnostics = NULL;

  if (plan == NULL)
    return 0;

  /* A fixed day, so that a replay finds the same. */
  options = pdz_check_options_new ();
  today = pdz_date_new_day (2023, 10, 31);
  pdz_check_options_set_reference_date (options, today);
  pdz_check_options_set_language (options, fuzz_hash (data, size) % 2 ? "it" : "en");
  diagnostics = pdz_plan_check (plan, options);
  for (guint i = 0; i < g_list_model_get_n_items (diagnostics); i++)
    {
      g_autoptr(PdzDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      g_autofree char *line = pdz_diagnostic_to_string (diagnostic);

      fuzz_check_message (pdz_diagnostic_get_message (diagnostic), "a diagnostic");
      fuzz_check_message (line, "a diagnostic's line");
    }

  return 0;
}

size_t
LLVMFuzzerCustomMutator (uint8_t      *data,
                         size_t        size,
                         size_t        max_size,
                         unsigned int  seed)
{
  return fuzz_mutate_json (data, size, max_size, seed, 1);
}
