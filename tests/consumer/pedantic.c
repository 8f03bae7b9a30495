/* pedantic.c: the public headers as a strict C99 consumer sees them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Compiled only, with -std=c99 -pedantic -Wall -Wextra -Werror and the
 * Cflags of meson-uninstalled/libpdz-1-uninstalled.pc (GLib's included
 * with plain -I, like ours), by tests/consumer/test-uninstalled.sh: any
 * warning from <libpdz/pdz.h>, from the generated pdz-version.h and
 * pdz-enum-types.h, or from what the type macros expand to in a consumer
 * fails the test. It is never run.
 */

#include <libpdz/pdz.h>

int pedantic_uses (GObject *object);

int
pedantic_uses (GObject *object)
{
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(PdzAction) action = pdz_action_new ("a1", "Azione");
  g_autoptr(PdzPartner) partner = pdz_partner_new ("aler", "ALER");
  g_autoptr(PdzDate) date = pdz_date_new_year (2023);
  g_autoptr(PdzQuery) query = NULL;
  g_autoptr(PdzStats) stats = NULL;
  g_autoptr(PdzReport) report = NULL;
  g_autoptr(PdzCheckOptions) options = NULL;
  g_autoptr(PdzPlanClass) plan_class = NULL;
  g_autoptr(GEnumClass) statuses = g_type_class_ref (PDZ_TYPE_STATUS);
  int n = 0;

  n += PDZ_IS_PLAN (object);
  n += PDZ_IS_ACTION (object);
  n += PDZ_IS_QUERY (object);
  n += PDZ_PLAN (plan) == plan;
  n += PDZ_CHECK_VERSION (PDZ_MAJOR_VERSION, PDZ_MINOR_VERSION, PDZ_MICRO_VERSION);
  n += PDZ_ERROR != 0;
  n += (int) PDZ_STATUS_NOT_STATED;
  n += statuses->n_values > 0;
  n += date != NULL && action != NULL && partner != NULL;
  n += query == NULL && stats == NULL && report == NULL && options == NULL && plan_class == NULL;
  return n;
}
