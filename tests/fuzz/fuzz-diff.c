/* fuzz-diff.c: the diff reader and pdz_diff_apply() under libFuzzer
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The input is up to three documents separated by FUZZ_PART_SEPARATOR: an
 * old plan, a new plan and a diff (doc/pdz-diff-1.schema.json); any of
 * them may be missing or broken. It checks:
 *
 * - the plans as the plan reader's target does (fuzz_load_plan());
 * - of two plans that were read: the diff of a plan with itself is empty;
 *   the diff of the old with the new is made, its JSON reads back and
 *   writes the same bytes, and applied to the old plan it gives the new
 *   one: their diff is empty (byte for byte but for the order of the lists
 *   whose order does not count, doc/format.md);
 * - the diff of the input: refused with a PDZ_ERROR with a safe, bounded
 *   message, or read, and then its JSON reads back and writes the same
 *   bytes; applied to the old plan (or to the new one), it either
 *   succeeds, and the plan still validates and reads back from its
 *   canonical form, or is refused with a safe message and leaves the plan
 *   as it was, byte for byte.
 */

#include "fuzz-common.h"

#include <string.h>

/* @diff's JSON reads back and writes the same bytes. */
static void
check_diff_round_trip (PdzDiff *diff)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzDiff) again = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;
  gsize written_length = 0;
  gsize rewritten_length = 0;

  written = pdz_diff_to_data (diff, &written_length);
  if (written == NULL || written_length != strlen (written))
    fuzz_fail ("the diff's JSON has the wrong length", NULL);
  again = pdz_diff_new_from_data (written, (gssize) written_length, &error);
  if (again == NULL)
    fuzz_fail ("the JSON of a diff does not read back", error->message);
  rewritten = pdz_diff_to_data (again, &rewritten_length);
  if (rewritten_length != written_length || memcmp (written, rewritten, written_length) != 0)
    fuzz_fail ("a diff read back from its JSON writes different bytes", NULL);
  if (pdz_diff_is_empty (diff) != pdz_diff_is_empty (again))
    fuzz_fail ("a diff read back from its JSON is empty and the first is not, or the other way", NULL);
}

/* A copy of @plan through its canonical form. (transfer full) */
static PdzPlan *
copy_plan (PdzPlan *plan,
           char   **canonical)
{
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  PdzPlan *copy;

  *canonical = pdz_plan_to_data (plan, &length);
  copy = pdz_plan_new_from_data (*canonical, (gssize) length, &error);
  if (copy == NULL)
    fuzz_fail ("the canonical form does not read back", error->message);
  return copy;
}

/* Applies @diff to a copy of @plan: a success leaves a valid plan, a
 * refusal the plan as it was. */
static void
check_apply (PdzDiff *diff,
             PdzPlan *plan)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(PdzPlan) copy = copy_plan (plan, &before);

  if (pdz_diff_apply (diff, copy, &error))
    {
      g_autoptr(PdzPlan) again = NULL;
      g_autofree char *written = NULL;
      gsize length = 0;

      if (error != NULL)
        fuzz_fail ("a diff was applied, yet an error was set", error->message);
      written = pdz_plan_to_data (copy, &length);
      again = pdz_plan_new_from_data (written, (gssize) length, &error);
      if (again == NULL)
        fuzz_fail ("a plan a diff was applied to does not read back", error->message);
      return;
    }

  fuzz_check_error (error, "pdz_diff_apply()");
  after = pdz_plan_to_data (copy, NULL);
  if (strcmp (before, after) != 0)
    fuzz_fail ("a diff that was refused changed the plan", error->message);
}

/* The diff of two plans that were read. */
static void
check_plans (PdzPlan *old_plan,
             PdzPlan *new_plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzDiff) same = NULL;
  g_autoptr(PdzDiff) diff = NULL;
  g_autoptr(PdzDiff) left = NULL;
  g_autoptr(PdzPlan) copy = NULL;
  g_autofree char *old_data = NULL;

  same = pdz_diff_new_from_plans (old_plan, old_plan, PDZ_DIFF_FLAGS_NONE, &error);
  if (same == NULL)
    fuzz_fail ("no diff of a plan with itself", error->message);
  if (!pdz_diff_is_empty (same))
    fuzz_fail ("the diff of a plan with itself is not empty", NULL);

  diff = pdz_diff_new_from_plans (old_plan, new_plan, PDZ_DIFF_FLAGS_NONE, &error);
  if (diff == NULL)
    {
      /* Two plans of different ids or languages are refused. */
      fuzz_check_error (error, "pdz_diff_new_from_plans()");
      return;
    }
  check_diff_round_trip (diff);

  copy = copy_plan (old_plan, &old_data);
  if (!pdz_diff_apply (diff, copy, &error))
    fuzz_fail ("the diff of two plans does not apply to the old one", error->message);
  left = pdz_diff_new_from_plans (copy, new_plan, PDZ_DIFF_FLAGS_NONE, &error);
  if (left == NULL)
    fuzz_fail ("no diff of a plan a diff was applied to with the new one", error->message);
  if (!pdz_diff_is_empty (left))
    fuzz_fail ("the diff of two plans applied to the old one does not give the new one", NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) parts = fuzz_split_parts (data, size, 3);
  g_autoptr(PdzPlan) old_plan = NULL;
  g_autoptr(PdzPlan) new_plan = NULL;
  g_autoptr(PdzDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *diff_part;
  gsize length = 0;
  const char *text;

  if (parts->len >= 2)
    {
      gsize old_length = 0, new_length = 0;
      const uint8_t *old_text = g_bytes_get_data (parts->pdata[0], &old_length);
      const uint8_t *new_text = g_bytes_get_data (parts->pdata[1], &new_length);

      old_plan = fuzz_load_plan (old_text, old_length);
      new_plan = fuzz_load_plan (new_text, new_length);
    }
  if (old_plan != NULL && new_plan != NULL)
    check_plans (old_plan, new_plan);

  /* The diff: the third document, or the only one. */
  if (parts->len == 2)
    return 0;
  diff_part = parts->pdata[parts->len - 1];
  text = g_bytes_get_data (diff_part, &length);
  diff = pdz_diff_new_from_data (length > 0 ? text : "", (gssize) length, &error);
  if (diff == NULL)
    {
      fuzz_check_error (error, "the diff reader");
      return 0;
    }
  if (error != NULL)
    fuzz_fail ("a diff was read, yet an error was set", error->message);
  check_diff_round_trip (diff);
  if (old_plan != NULL)
    check_apply (diff, old_plan);
  if (new_plan != NULL)
    check_apply (diff, new_plan);

  return 0;
}

size_t
LLVMFuzzerCustomMutator (uint8_t      *data,
                         size_t        size,
                         size_t        max_size,
                         unsigned int  seed)
{
  return fuzz_mutate_json (data, size, max_size, seed, 3);
}
