/* A program that builds against libpdz as a subproject. */
#include <libpdz/pdz.h>

int
main (void)
{
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPartner) partner = pdz_partner_new ("aler", "ALER");

  if (!PDZ_CHECK_VERSION (0, 1, 0))
    return 1;
  if (!pdz_plan_add_partner (plan, partner, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("%s %u\n", PDZ_VERSION_S,
           g_list_model_get_n_items (pdz_plan_get_partners (plan)));
  return 0;
}
