/* test-plan.vala: the plan model through the Vala bindings (libpdz-1.vapi)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A GTest program: the 0.2 API only (a deprecated call would warn at
 * compile time), figures of the example plan counted by hand from
 * examples/data/corsichese-2021-2023.json.
 */

static Pdz.Plan
build_plan () throws GLib.Error
{
  var plan = new Pdz.Plan ();
  plan.id = "vala-plan";
  plan.title = "Piano di Zona 2021-2023";
  plan.description = "Monitoraggio dell’attuazione";
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

  var ads = new Pdz.Partner ("ads", "Assemblea dei Sindaci");
  ads.short_name = "AdS";
  ads.kind = Pdz.PartnerKind.OWN_BODY;
  plan.add_partner (ads);

  var macroarea = new Pdz.Macroarea ("politiche-abitative", "Politiche abitative");
  plan.add_macroarea (macroarea);

  var objective = new Pdz.Objective ("emergenza-abitativa", "Emergenza abitativa");
  objective.macroarea = macroarea;
  objective.status = Pdz.Status.IN_PROGRESS;
  plan.add_objective (objective);

  var action = new Pdz.Action ("emergenza-abitativa-2",
                               "Sottoscrizione del protocollo di intesa sulle fragilità in fase di escomio");
  action.status = Pdz.Status.COMPLETED;
  action.origin = Pdz.Origin.PLANNED;
  action.set_date (new Pdz.Date.day (2023, 1, 24));
  action.add_milestone (new Pdz.Milestone (new Pdz.Date.month (2022, 11), "Primo tavolo in Prefettura"));
  action.add_participation (new Pdz.Participation (prefettura, Pdz.Role.SIGNATORY));
  action.add_participation (new Pdz.Participation (ads, Pdz.Role.NOT_STATED));
  objective.add_action (action);

  var sub = new Pdz.Action ("emergenza-abitativa-2-a", "Raccordo con il Tribunale");
  sub.status = Pdz.Status.IN_PROGRESS;
  action.add_action (sub);

  var extra = new Pdz.Action ("emergenza-abitativa-4", "CAS Ucraina");
  extra.origin = Pdz.Origin.EXTRA;
  objective.add_action (extra);

  var project = new Pdz.Project ("partecipe", "PARTECIPE");
  project.scope = Pdz.Scope.SOVRA_AMBITO;
  project.lead = corsico;
  plan.add_project (project);
  var funding = new Pdz.Funding ("PNRR");
  funding.amount = 125000;
  funding.status = Pdz.FundingStatus.GRANTED;
  project.add_funding (funding);
  project.add_funding (new Pdz.Funding ("FNPS"));
  action.add_project (project);
  project.add_action (new Pdz.Action ("partecipe-1", "Avvio dei servizi"));

  return plan;
}

static void
check_plan (Pdz.Plan plan)
{
  assert (plan.get_id () == "vala-plan");
  assert (plan.description == "Monitoraggio dell’attuazione");
  assert (plan.get_macroareas ().get_n_items () == 1);
  assert (plan.get_objectives ().get_n_items () == 1);
  assert (plan.get_projects ().get_n_items () == 1);
  assert (plan.get_partners ().get_n_items () == 3);
  assert (plan.get_lead_municipality () == plan.lookup_partner ("corsico"));
  assert (plan.get_monitoring_end ().to_string () == "2023-10");
  assert (plan.lookup_partner ("ads").kind == Pdz.PartnerKind.OWN_BODY);

  var action = plan.lookup_action ("emergenza-abitativa-2");
  assert (action != null);
  assert (action.status == Pdz.Status.COMPLETED);
  assert (action.origin == Pdz.Origin.PLANNED);
  assert (action.get_date ().to_string () == "2023-01-24");
  assert (action.get_date ().format ("it") == "24 gennaio 2023");
  assert (action.get_date ().get_precision () == Pdz.DatePrecision.DAY);
  assert (action.get_objective () == plan.lookup_objective ("emergenza-abitativa"));
  assert (action.get_macroarea () == plan.lookup_macroarea ("politiche-abitative"));
  assert (action.get_plan () == plan);

  var milestone = (Pdz.Milestone) action.get_milestones ().get_item (0);
  assert (milestone.get_date ().to_string () == "2022-11");
  assert (milestone.title == "Primo tavolo in Prefettura");
  assert (milestone.get_action () == action);

  assert (action.get_actions ().get_n_items () == 1);
  var sub = plan.lookup_action ("emergenza-abitativa-2-a");
  assert (sub.get_parent () == action);
  assert (sub.get_objective () == action.get_objective ());
  assert (sub.status == Pdz.Status.IN_PROGRESS);
  assert (sub.origin == Pdz.Origin.NOT_STATED);

  assert (plan.lookup_action ("emergenza-abitativa-4").origin == Pdz.Origin.EXTRA);
  assert (plan.lookup_action ("emergenza-abitativa-4").status == Pdz.Status.NOT_STATED);

  var participation = (Pdz.Participation) action.get_participations ().get_item (0);
  assert (participation.get_partner () == plan.lookup_partner ("prefettura-milano"));
  assert (participation.get_role () == Pdz.Role.SIGNATORY);
  participation = (Pdz.Participation) action.get_participations ().get_item (1);
  assert (participation.get_role () == Pdz.Role.NOT_STATED);

  var project = (Pdz.Project) action.get_projects ().get_item (0);
  assert (project == plan.lookup_project ("partecipe"));
  assert (project.get_lead () == plan.lookup_partner ("corsico"));
  var funding = (Pdz.Funding) project.get_fundings ().get_item (0);
  assert (funding.amount == 125000);
  assert (funding.status == Pdz.FundingStatus.GRANTED);
  funding = (Pdz.Funding) project.get_fundings ().get_item (1);
  assert (funding.status == Pdz.FundingStatus.NOT_STATED);

  var project_action = plan.lookup_action ("partecipe-1");
  assert (project_action.get_project () == project);
  assert (project_action.get_objective () == null);
  assert (project_action.get_macroarea () == null);

  var objective = plan.lookup_objective ("emergenza-abitativa");
  assert (objective.get_macroarea () == plan.lookup_macroarea ("politiche-abitative"));
  assert (plan.lookup_action ("no-such-action") == null);
}

static string
read_text (string path) throws GLib.Error
{
  string text;
  GLib.FileUtils.get_contents (path, out text);
  return text;
}

static void
test_build_and_round_trip ()
{
  try
    {
      var plan = build_plan ();
      check_plan (plan);
      plan.validate ();

      size_t length;
      string data = plan.to_data (out length);
      assert (length == data.length);
      assert (data.has_suffix ("}\n"));
      assert ("\"version\": 2," in data);

      var again = new Pdz.Plan.from_data (data, -1);
      check_plan (again);
      size_t again_length;
      assert (again.to_data (out again_length) == data);
      assert (!again.modified);

      var dir = GLib.DirUtils.make_tmp ("pdz-vala-XXXXXX");
      var path = GLib.Path.build_filename (dir, "plan.json");
      assert (plan.save_path (path, Pdz.SaveFlags.NONE));
      assert (!plan.modified);
      assert (read_text (path) == data);
      var reloaded = Pdz.Plan.load_path (path);
      check_plan (reloaded);

      var file = GLib.File.new_for_path (path);
      reloaded.title = "Piano rivisto";
      assert (reloaded.save (file, Pdz.SaveFlags.NONE, null));
      assert (Pdz.Plan.load (file).title == "Piano rivisto");

      GLib.FileUtils.unlink (path);
      GLib.DirUtils.remove (dir);
    }
  catch (GLib.Error e)
    {
      error ("unexpected error: %s", e.message);
    }
}

static void
expect_error (string data, int code, string? in_message)
{
  try
    {
      new Pdz.Plan.from_data (data, -1);
      assert_not_reached ();
    }
  catch (GLib.Error e)
    {
      assert (e.matches (Pdz.Error.quark (), code));
      if (in_message != null)
        assert (in_message in e.message);
    }
}

static void
test_errors ()
{
  Pdz.Plan plan;

  try
    {
      plan = build_plan ();
    }
  catch (GLib.Error e)
    {
      error ("unexpected error: %s", e.message);
    }

  try
    {
      plan.add_partner (new Pdz.Partner ("corsico", "Doppione"));
      assert_not_reached ();
    }
  catch (GLib.Error e)
    {
      assert (e is Pdz.Error.DUPLICATE_ID);
      assert ("corsico" in e.message);
    }
  assert (plan.get_partners ().get_n_items () == 3);

  try
    {
      plan.remove_partner (plan.lookup_partner ("prefettura-milano"));
      assert_not_reached ();
    }
  catch (GLib.Error e)
    {
      assert (e is Pdz.Error.CONFLICT);
    }

  /* Sub-actions are one level deep. */
  try
    {
      plan.lookup_action ("emergenza-abitativa-2-a").add_action (new Pdz.Action ("x", "Troppo"));
      assert_not_reached ();
    }
  catch (GLib.Error e)
    {
      assert (e is Pdz.Error.INVALID_VALUE);
    }

  try
    {
      new Pdz.Date.from_string ("2023-13");
      assert_not_reached ();
    }
  catch (GLib.Error e)
    {
      assert (e is Pdz.Error.INVALID_VALUE);
    }

  expect_error ("{\"format\": \"pdz\", \"version\": 3}", Pdz.Error.FORMAT, "3");
  expect_error ("{\"format\": \"pdz\", \"version\": 2, \"titel\": \"x\"}", Pdz.Error.UNKNOWN_MEMBER, "titel");
  /* "Not stated" is written by leaving the member out, never spelt. */
  expect_error ("{\"format\": \"pdz\", \"version\": 2, \"objectives\": [{\"id\": \"o\", \"title\": \"O\", " +
                "\"status\": \"not-stated\"}]}", Pdz.Error.INVALID_VALUE, "status");

  var test_data_dir = GLib.Environment.get_variable ("PDZ_TEST_DATA_DIR");
  assert (test_data_dir != null);
  try
    {
      Pdz.Plan.load_path (GLib.Path.build_filename (test_data_dir, "bad", "duplicate-id.json"));
      assert_not_reached ();
    }
  catch (GLib.Error e)
    {
      assert (e is Pdz.Error.DUPLICATE_ID);
    }
  try
    {
      Pdz.Plan.load_path (GLib.Path.build_filename (test_data_dir, "no-such-plan.json"));
      assert_not_reached ();
    }
  catch (GLib.Error e)
    {
      assert (e is GLib.IOError.NOT_FOUND);
    }
}

static Pdz.Plan
load_example ()
{
  var examples_dir = GLib.Environment.get_variable ("PDZ_EXAMPLES_DIR");
  assert (examples_dir != null);
  try
    {
      return Pdz.Plan.load_path (GLib.Path.build_filename (examples_dir, "corsichese-2021-2023.json"));
    }
  catch (GLib.Error e)
    {
      error ("cannot load the example: %s", e.message);
    }
}

static void
test_example ()
{
  var plan = load_example ();

  uint n_bullets = 0;
  uint n_sub_actions = 0;
  uint n_milestones = 0;
  uint n_extra = 0;
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
          n_bullets++;
          n_milestones += action.get_milestones ().get_n_items ();
          if (action.origin == Pdz.Origin.EXTRA)
            n_extra++;
          var sub_actions = action.get_actions ();
          for (uint k = 0; k < sub_actions.get_n_items (); k++)
            {
              var sub = (Pdz.Action) sub_actions.get_item (k);
              assert (sub.get_parent () == action);
              n_sub_actions++;
              n_milestones += sub.get_milestones ().get_n_items ();
            }
        }
    }
  /* 29 bullets under the eleven plan objectives, 2 sub-actions, 9 milestones,
   * 1 extra (CAS Ucraina) */
  assert (n_bullets == 29);
  assert (n_sub_actions == 2);
  assert (n_milestones == 9);
  assert (n_extra == 1);
  assert (plan.lookup_partner ("ads").kind == Pdz.PartnerKind.OWN_BODY);
  assert (plan.lookup_partner ("asst-rhodense").kind == Pdz.PartnerKind.HEALTH_TRUST);

  try
    {
      var examples_dir = GLib.Environment.get_variable ("PDZ_EXAMPLES_DIR");
      size_t length;
      assert (plan.to_data (out length) ==
              read_text (GLib.Path.build_filename (examples_dir, "corsichese-2021-2023.json")));
    }
  catch (GLib.Error e)
    {
      error ("%s", e.message);
    }
}

static void
test_signals ()
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

  /* changed and modified */
  var example = load_example ();
  assert (!example.modified);
  GLib.Object? last = null;
  uint n_changed = 0;
  example.changed.connect ((entity) => { last = entity; n_changed++; });
  bool modified_notified = false;
  example.notify["modified"].connect (() => { modified_notified = true; });

  var action = example.lookup_action ("emergenza-abitativa-4");
  action.status = Pdz.Status.COMPLETED;
  assert (n_changed == 1);
  assert (last == action);
  assert (example.modified);
  assert (modified_notified);
  action.status = Pdz.Status.COMPLETED;
  assert (n_changed == 1);

  uint n_milestones = 0;
  action.get_milestones ().items_changed.connect ((position, removed, added) => { n_milestones += added; });
  action.add_milestone (new Pdz.Milestone (new Pdz.Date.month (2022, 3), "Prima accoglienza"));
  assert (n_milestones == 1);
  assert (last == action);
  example.description = "Rivisto";
  assert (last == example);
}

static void
test_stats_tables ()
{
  var plan = load_example ();
  var stats = new Pdz.Stats (plan);
  assert (stats.n_actions == 31);
  assert (stats.n_extra_actions == 1);

  var by_status = stats.by_status ();
  assert (by_status.get_n_items () == 6);
  var last_row = (Pdz.StatsRow) by_status.get_item (5);
  assert (last_row.key == "not-stated");
  assert (by_status.lookup_row ("completed").get_int ("actions") == 10);
  assert (by_status.lookup_row ("in-progress").get_int ("actions") == 8);
  assert (last_row.get_int ("actions") == 13);

  var by_macroarea = stats.by_macroarea ();
  var projects = by_macroarea.lookup_row ("+projects");
  assert (projects.get_string ("group") == "project-actions");
  assert (projects.is_null ("title"));
  assert (projects.get_int ("actions") == 2);
  assert (by_macroarea.lookup_row ("azioni-di-sistema").get_int ("actions") == 19);

  var by_objective = stats.by_objective ();
  assert (by_objective.lookup_row ("gestione-associata").get_int ("sub-actions") == 2);
  assert (by_objective.lookup_row ("rete-coprogettazione").get_int ("milestones") == 4);

  var by_origin = stats.by_origin ();
  assert (by_origin.lookup_row ("extra").get_int ("actions") == 1);
  assert (by_origin.lookup_row ("not-stated").get_int ("actions") == 30);

  GLib.Value value;
  assert (by_status.lookup_row ("completed").get_value ("actions", out value));
  assert (value.get_int64 () == 10);
  assert (!by_status.lookup_row ("completed").has_column ("no-such-column"));

  var json = by_status.to_json ();
  assert (json.has_prefix ("["));
  assert ("\"status\": \"not-stated\"" in json);
}

static void
test_plan_tables ()
{
  var plan = load_example ();

  var actions = plan.dup_table (Pdz.EntityKind.ACTION);
  assert (actions.get_name () == "actions");
  assert (actions.get_n_items () == 33);
  var columns = actions.get_columns ();
  assert (columns[0] == "id" && columns[1] == "parent");
  var sub = actions.lookup_row ("gestione-associata-3-b");
  assert (sub.get_string ("parent") == "gestione-associata-3");
  assert (sub.get_string ("status") == "completed");
  var bullet = actions.lookup_row ("agenzia-abitare-1");
  assert (bullet.is_null ("parent"));
  assert (bullet.get_string ("parent") == null);
  assert (bullet.get_string ("macroarea") == "politiche-abitative");
  assert (actions.lookup_row ("violenza-di-genere-1").is_null ("macroarea"));

  assert (plan.dup_table (Pdz.EntityKind.MILESTONE).get_n_items () == 9);
  assert (plan.dup_table (Pdz.EntityKind.PARTNER).get_n_items () == 21);
  var fundings = plan.dup_table (Pdz.EntityKind.FUNDING);
  assert (fundings.get_n_items () == 10);
  var funding = (Pdz.StatsRow) fundings.get_item (0);
  assert (funding.is_null ("amount"));
  assert ("\"amount\": null" in fundings.to_json ());

  /* The JSON text of any entity. */
  size_t length;
  var text = Pdz.entity_to_data (plan.lookup_action ("emergenza-abitativa-4"), out length);
  assert (text == "{\n  \"id\": \"emergenza-abitativa-4\",\n  \"title\": \"CAS Ucraina\",\n" +
                  "  \"origin\": \"extra\"\n}\n");
  assert (length == text.length);
  var milestone = (Pdz.Milestone) plan.lookup_action ("gestione-associata-3-b").get_milestones ().get_item (0);
  assert (Pdz.entity_to_data (milestone, out length) ==
          "{\n  \"date\": \"2024\",\n  \"title\": \"Accreditamento transitorio per il 2024\"\n}\n");
}

static void
test_query ()
{
  var plan = load_example ();
  var query = new Pdz.Query (plan);
  query.partners = { "prefettura-milano", "citta-metropolitana-milano" };
  assert (query.find_actions ().get_n_items () == 2);
  query.roles = Pdz.RoleFlags.SIGNATORY;
  assert (query.count_actions () == 1);
  query.set_partners (null);
  query.roles = Pdz.RoleFlags.NONE;
  query.macroareas = { "azioni-di-sistema" };
  assert (query.find_actions ().get_n_items () == 21);
  assert (query.count_actions () == 19);
  query.statuses = Pdz.StatusFlags.IN_PROGRESS | Pdz.StatusFlags.COMPLETED;
  assert (query.count_actions () == 10);
  query.statuses = Pdz.StatusFlags.NONE;
  query.macroareas = null;
  query.origins = Pdz.OriginFlags.EXTRA;
  assert (((Pdz.Action) query.find_actions ().get_item (0)).title == "CAS Ucraina");
  query.origins = Pdz.OriginFlags.NONE;
  query.partner_kinds = Pdz.PartnerKindFlags.OWN_BODY;
  assert (query.count_actions () == 3);
  query.partner_kinds = Pdz.PartnerKindFlags.NONE;
  /* The 4 bullets dated by milestones are not undated. */
  query.undated = true;
  assert (query.count_actions () == 27);
  query.start = new Pdz.Date.year (2023);
  assert (query.count_actions () == 0);
}

int
main (string[] args)
{
  GLib.Test.init (ref args);
  GLib.Test.add_func ("/pdz/vala/build-round-trip", test_build_and_round_trip);
  GLib.Test.add_func ("/pdz/vala/errors", test_errors);
  GLib.Test.add_func ("/pdz/vala/example", test_example);
  GLib.Test.add_func ("/pdz/vala/signals", test_signals);
  GLib.Test.add_func ("/pdz/vala/stats-tables", test_stats_tables);
  GLib.Test.add_func ("/pdz/vala/plan-tables", test_plan_tables);
  GLib.Test.add_func ("/pdz/vala/query", test_query);
  return GLib.Test.run ();
}
