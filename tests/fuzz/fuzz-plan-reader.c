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
 *   back writes the same bytes again.
 */

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  PdzPlan *plan = fuzz_load_plan (data, size);

  g_clear_object (&plan);
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
