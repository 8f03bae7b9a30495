/* consumer.c: a program built outside the tree against the build tree,
 * through meson-uninstalled/libpdz-1-uninstalled.pc, as another project
 * would build it (tests/consumer/test-uninstalled.sh).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Prints "VERSION PARTNERS NICK": the version from the generated
 * pdz-version.h, the partners of a plan, and a nick read through the
 * generated pdz-enum-types.h.
 */

#include <libpdz/pdz.h>

int
main (void)
{
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(PdzPartner) partner = pdz_partner_new ("aler", "ALER");
  g_autoptr(GError) error = NULL;
  g_autoptr(GEnumClass) statuses = g_type_class_ref (PDZ_TYPE_STATUS);
  GEnumValue *not_stated;

  if (!pdz_plan_add_partner (plan, partner, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  not_stated = g_enum_get_value (statuses, PDZ_STATUS_NOT_STATED);
  g_print ("%s %u %s\n", PDZ_VERSION_S,
           g_list_model_get_n_items (pdz_plan_get_partners (plan)),
           not_stated->value_nick);
  return 0;
}
