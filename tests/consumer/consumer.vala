/* consumer.vala: a Vala program built outside the tree against the build
 * tree: `valac --vapidir <build>/libpdz --pkg libpdz-1`, with
 * PKG_CONFIG_PATH=<build>/meson-uninstalled (tests/consumer/test-uninstalled.sh).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Prints what consumer.c prints.
 */

int
main ()
{
  var plan = new Pdz.Plan ();
  var partner = new Pdz.Partner ("aler", "ALER");

  try
    {
      plan.add_partner (partner);
    }
  catch (GLib.Error e)
    {
      stderr.printf ("%s\n", e.message);
      return 1;
    }
  var not_stated = ((GLib.EnumClass) typeof (Pdz.Status).class_ref ()).get_value (Pdz.Status.NOT_STATED);
  stdout.printf ("%d.%d.%d %u %s\n", Pdz.MAJOR_VERSION, Pdz.MINOR_VERSION, Pdz.MICRO_VERSION,
                 plan.get_partners ().get_n_items (), not_stated.value_nick);
  return 0;
}
