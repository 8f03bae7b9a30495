/* test-plan.vala: the plan model through the Vala bindings (libpdz-1.vapi)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Exits 0 when every check passes; a failed check aborts.
 */

static Pdz.Plan
build_plan () throws GLib.Error
{
  var plan = new Pdz.Plan ();
  plan.id = "vala-plan";
  plan.title = "Piano di Zona 2021-2023";
  plan.ambito = "Ambito del Corsichese";
  plan.set_start (new Pdz.Date.year (2021));
  plan.set_end (new Pdz.Date.year (2023));
  plan.monitoring_title = "Monitoraggio attuazione e azioni extra";
  plan.set_monitoring_start (new Pdz.Date.month (2022, 3));
  plan.set_monitoring_end (new Pdz.Date.month (2023, 10));

  var corsico = new Pdz.Partner ("corsico", "Comune di Corsico");
  corsico.kind = Pdz.PartnerKind.MUNICIPALITY;
  plan.add_partner (corsico);
  plan.add_municipality (corsico);
  plan.lead_municipality = corsico;

  var prefettura = new Pdz.Partner ("prefettura-milano", "Prefettura di Milano");
  prefettura.kind = Pdz.PartnerKind.PREFECTURE;
  plan.add_partner (prefettura);

  var macroarea = new Pdz.Macroarea ("politiche-abitative", "Politiche abitative");
  plan.add_macroarea (macroarea);

  var objective = new Pdz.Objective ("emergenza-abitativa", "Emergenza abitativa");
  objective.macroarea = macroarea;
  objective.status = Pdz.Status.IN_PROGRESS;
  plan.add_objective (objective);

  var action = new Pdz.Action ("emergenza-abitativa-2",
                               "Sottoscrizione del protocollo di intesa sulle fragilità in fase di escomio");
  action.status = Pdz.Status.COMPLETED;
  action.set_date (new Pdz.Date.day (2023, 1, 24));
  action.add_participation (new Pdz.Participation (prefettura, Pdz.Role.SIGNATORY));
  objective.add_action (action);

  var project = new Pdz.Project ("partecipe", "PARTECIPE");
  project.scope = Pdz.Scope.SOVRA_AMBITO;
  project.lead = corsico;
  plan.add_project (project);
  var funding = new Pdz.Funding ("PNRR");
  funding.amount = 125000;
  funding.status = Pdz.FundingStatus.GRANTED;
  project.add_funding (funding);
  action.add_project (project);

  return plan;
}

static void
check_plan (Pdz.Plan plan)
{
  assert (plan.get_id () == "vala-plan");
  assert (plan.get_macroareas ().get_n_items () == 1);
  assert (plan.get_objectives ().get_n_items () == 1);
  assert (plan.get_projects ().get_n_items () == 1);
  assert (plan.get_partners ().get_n_items () == 2);
  assert (plan.get_lead_municipality () == plan.lookup_partner ("corsico"));
  assert (plan.get_monitoring_end ().to_string () == "2023-10");

  var action = plan.lookup_action ("emergenza-abitativa-2");
  assert (action != null);
  assert (action.status == Pdz.Status.COMPLETED);
  assert (action.get_date ().to_string () == "2023-01-24");
  assert (action.get_date ().format ("it") == "24 gennaio 2023");
  assert (action.get_date ().get_precision () == Pdz.DatePrecision.DAY);
  assert (action.get_objective () == plan.lookup_objective ("emergenza-abitativa"));
  assert (action.get_plan () == plan);

  var participation = (Pdz.Participation) action.get_participations ().get_item (0);
  assert (participation.get_partner () == plan.lookup_partner ("prefettura-milano"));
  assert (participation.get_role () == Pdz.Role.SIGNATORY);
  var project = (Pdz.Project) action.get_projects ().get_item (0);
  assert (project == plan.lookup_project ("partecipe"));
  assert (project.get_lead () == plan.lookup_partner ("corsico"));
  var funding = (Pdz.Funding) project.get_fundings ().get_item (0);
  assert (funding.amount == 125000);
  assert (funding.status == Pdz.FundingStatus.GRANTED);

  var objective = plan.lookup_objective ("emergenza-abitativa");
  assert (objective.get_macroarea () == plan.lookup_macroarea ("politiche-abitative"));
  assert (plan.lookup_action ("no-such-action") == null);
}

static void
test_build_and_round_trip () throws GLib.Error
{
  var plan = build_plan ();
  check_plan (plan);
  plan.validate ();

  size_t length;
  string data = plan.to_data (out length);
  assert (length == data.length);
  assert (data.has_suffix ("}\n"));

  var again = new Pdz.Plan.from_data (data, -1);
  check_plan (again);
  size_t again_length;
  assert (again.to_data (out again_length) == data);

  var dir = GLib.DirUtils.make_tmp ("pdz-vala-XXXXXX");
  var path = GLib.Path.build_filename (dir, "plan.json");
  plan.save_to_file (path);
  string saved;
  GLib.FileUtils.get_contents (path, out saved);
  assert (saved == data);
  var reloaded = new Pdz.Plan.from_file (path);
  check_plan (reloaded);
  GLib.FileUtils.unlink (path);
  GLib.DirUtils.remove (dir);
}

static void
test_errors () throws GLib.Error
{
  var plan = build_plan ();

  try
    {
      plan.add_partner (new Pdz.Partner ("corsico", "Doppione"));
      assert_not_reached ();
    }
  catch (Pdz.Error e)
    {
      assert (e is Pdz.Error.DUPLICATE_ID);
      assert ("corsico" in e.message);
    }
  assert (plan.get_partners ().get_n_items () == 2);

  try
    {
      plan.remove_partner (plan.lookup_partner ("prefettura-milano"));
      assert_not_reached ();
    }
  catch (Pdz.Error e)
    {
      assert (e is Pdz.Error.CONFLICT);
    }

  try
    {
      new Pdz.Date.from_string ("2023-13");
      assert_not_reached ();
    }
  catch (Pdz.Error e)
    {
      assert (e is Pdz.Error.INVALID_VALUE);
    }

  try
    {
      new Pdz.Plan.from_data ("{\"format\": \"pdz\", \"version\": 2}", -1);
      assert_not_reached ();
    }
  catch (Pdz.Error e)
    {
      assert (e is Pdz.Error.FORMAT);
    }

  try
    {
      new Pdz.Plan.from_data ("{\"format\": \"pdz\", \"version\": 1, \"titel\": \"x\"}", -1);
      assert_not_reached ();
    }
  catch (Pdz.Error e)
    {
      assert (e is Pdz.Error.UNKNOWN_MEMBER);
      assert ("titel" in e.message);
    }

  var test_data_dir = GLib.Environment.get_variable ("PDZ_TEST_DATA_DIR");
  if (test_data_dir != null)
    {
      try
        {
          new Pdz.Plan.from_file (GLib.Path.build_filename (test_data_dir, "bad", "duplicate-id.json"));
          assert_not_reached ();
        }
      catch (Pdz.Error e)
        {
          assert (e is Pdz.Error.DUPLICATE_ID);
        }
    }
}

static void
test_example () throws GLib.Error
{
  var examples_dir = GLib.Environment.get_variable ("PDZ_EXAMPLES_DIR");
  assert (examples_dir != null);
  var path = GLib.Path.build_filename (examples_dir, "corsichese-2021-2023.json");
  var plan = new Pdz.Plan.from_file (path);
  assert (plan.get_objectives ().get_n_items () > 0);

  uint n_actions = 0;
  var objectives = plan.get_objectives ();
  for (uint i = 0; i < objectives.get_n_items (); i++)
    {
      var objective = (Pdz.Objective) objectives.get_item (i);
      var actions = objective.get_actions ();
      for (uint j = 0; j < actions.get_n_items (); j++)
        {
          var action = (Pdz.Action) actions.get_item (j);
          assert (plan.lookup_action (action.get_id ()) == action);
          assert (action.get_objective () == objective);
          n_actions++;
        }
    }
  assert (n_actions > 0);

  string contents;
  GLib.FileUtils.get_contents (path, out contents);
  size_t length;
  assert (plan.to_data (out length) == contents);
}

static void
test_notify ()
{
  var plan = new Pdz.Plan ();
  int n_notify = 0;
  plan.notify["title"].connect (() => { n_notify++; });
  plan.title = "Piano";
  plan.title = "Piano";
  plan.set_title ("Piano di Zona");
  assert (n_notify == 2);

  uint n_added = 0;
  plan.get_partners ().items_changed.connect ((position, removed, added) => { n_added += added; });
  try
    {
      plan.add_partner (new Pdz.Partner ("a", "Ente A"));
    }
  catch (GLib.Error e)
    {
      error ("%s", e.message);
    }
  assert (n_added == 1);
}

int
main (string[] args)
{
  try
    {
      test_build_and_round_trip ();
      print ("ok 1 - build, to_data, from_data, save, reload\n");
      test_errors ();
      print ("ok 2 - errors\n");
      test_example ();
      print ("ok 3 - example\n");
      test_notify ();
      print ("ok 4 - notify\n");
    }
  catch (GLib.Error e)
    {
      error ("unexpected error: %s", e.message);
    }
  print ("1..4\n");
  return 0;
}
