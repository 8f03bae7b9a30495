/* test-diff.c: PdzDiff and PdzChange, the comparison of two rounds
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Public API only: this test links the shared library. The plan BASE below
 * holds one of everything a change can be about; each test edits a copy of
 * it through the model's API, compares, and checks the changes, their
 * values, their serialisation and their application. The figures of the
 * example's two rounds are counted by hand in examples/data/README.md
 * ("corsichese-2022-12.json: an earlier round, derived").
 */

#include <libpdz/pdz.h>

#include <glib/gstdio.h>
#include <string.h>

#include "pdz-test-util.h"

static const char BASE[] =
  "{\"format\": \"pdz\", \"version\": 2, \"id\": \"test\", \"title\": \"Piano\", \"language\": \"it\","
  " \"start\": \"2021\", \"end\": \"2023\", \"municipalities\": [\"comune\"],"
  " \"contacts\": {\"email\": \"ufficio@example.org\"},"
  " \"monitoring\": {\"title\": \"Monitoraggio\", \"start\": \"2022-01\", \"end\": \"2022-12\"},"
  " \"partners\": ["
  "  {\"id\": \"asst\", \"name\": \"ASST Ovest\", \"kind\": \"health-trust\"},"
  "  {\"id\": \"coop\", \"name\": \"Cooperativa Sole\", \"kind\": \"third-sector\"},"
  "  {\"id\": \"comune\", \"name\": \"Comune di Corsico\", \"kind\": \"municipality\"},"
  "  {\"id\": \"prefettura\", \"name\": \"Prefettura di Milano\", \"kind\": \"prefecture\"},"
  "  {\"id\": \"aler\", \"name\": \"ALER\", \"kind\": \"housing-agency\"}],"
  " \"macroareas\": [{\"id\": \"casa\", \"title\": \"Politiche abitative\", \"code\": \"A\"},"
  "  {\"id\": \"minori\", \"title\": \"Minori\"}],"
  " \"objectives\": ["
  "  {\"id\": \"ob-1\", \"title\": \"Emergenza abitativa\", \"macroarea\": \"casa\", \"status\": \"in-progress\","
  "   \"partners\": [{\"partner\": \"asst\", \"role\": \"partner\"}],"
  "   \"indicators\": [{\"id\": \"ind-1\", \"title\": \"Famiglie\", \"unit\": \"famiglie\","
  "     \"baseline\": {\"value\": 10}, \"target\": {\"date\": \"2023\", \"value\": 40},"
  "     \"measurements\": [{\"date\": \"2022-06\", \"value\": 15}]}],"
  "   \"actions\": ["
  "    {\"id\": \"a-1\", \"title\": \"Protocollo\", \"status\": \"planned\", \"origin\": \"planned\","
  "     \"date\": \"2022-03\","
  "     \"milestones\": [{\"date\": \"2022-03-01\", \"title\": \"Avvio\"}, {\"date\": \"2022-05\", \"title\": \"Tavolo\"}],"
  "     \"partners\": [{\"partner\": \"asst\", \"role\": \"lead\"}, {\"partner\": \"coop\"}],"
  "     \"projects\": [\"pr-1\"],"
  "     \"fundings\": [{\"source\": \"PNRR\", \"amount\": 100000, \"status\": \"applied\"}],"
  "     \"links\": [\"https://example.org/a\"],"
  "     \"actions\": [{\"id\": \"a-1-a\", \"title\": \"Sotto\", \"status\": \"in-progress\"}],"
  "     \"x-note\": \"interna\"},"
  "    {\"id\": \"a-2\", \"title\": \"CAS\", \"status\": \"in-progress\"},"
  "    {\"id\": \"a-3\", \"title\": \"Terza\"}]},"
  "  {\"id\": \"ob-2\", \"title\": \"Tutela minori\", \"macroarea\": \"minori\","
  "   \"actions\": [{\"id\": \"b-1\", \"title\": \"Tutela\", \"status\": \"planned\","
  "     \"actions\": [{\"id\": \"b-1-a\", \"title\": \"Equipe\"}]}]}],"
  " \"projects\": ["
  "  {\"id\": \"pr-1\", \"title\": \"PARTECIPE\", \"status\": \"planned\", \"scope\": \"ambito\", \"lead\": \"coop\","
  "   \"fundings\": [{\"source\": \"FNPS\", \"amount\": 5000}], \"objectives\": [\"ob-1\"],"
  "   \"interventions\": [\"PRINS\"],"
  "   \"actions\": [{\"id\": \"p-1\", \"title\": \"Servizi\", \"status\": \"planned\"}]},"
  "  {\"id\": \"pr-2\", \"title\": \"Altro\"}]}";

/* --- Helpers --------------------------------------------------------------------- */

static PdzPlan *
copy_plan (PdzPlan *plan)
{
  g_autofree char *data = pdz_plan_to_data (plan, NULL);

  return pdz_test_load_data (data);
}

static PdzAction *
action (PdzPlan    *plan,
        const char *id)
{
  PdzAction *found = pdz_plan_lookup_action (plan, id);

  g_assert_nonnull (found);
  return found;
}

static PdzObjective *
objective (PdzPlan    *plan,
           const char *id)
{
  PdzObjective *found = pdz_plan_lookup_objective (plan, id);

  g_assert_nonnull (found);
  return found;
}

static PdzProject *
project (PdzPlan    *plan,
         const char *id)
{
  PdzProject *found = pdz_plan_lookup_project (plan, id);

  g_assert_nonnull (found);
  return found;
}

static gpointer
item (GListModel *model,
      guint       position)
{
  g_autoptr(GObject) found = g_list_model_get_item (model, position);

  g_assert_nonnull (found);
  return found;   /* the model holds it */
}

/* The one change of @kind about @entity_kind @id (or owned by @id, for an
 * entity without an id) and @member (nullable). */
static PdzChange *
find_change (PdzDiff       *diff,
             PdzChangeKind  kind,
             PdzEntityKind  entity_kind,
             const char    *id,
             const char    *member)
{
  GListModel *changes = pdz_diff_get_changes (diff);
  PdzChange *found = NULL;

  for (guint i = 0, n = g_list_model_get_n_items (changes); i < n; i++)
    {
      PdzChange *change = item (changes, i);
      const char *change_id = pdz_change_get_id (change) != NULL ? pdz_change_get_id (change)
        : (pdz_change_get_new_owner_id (change) != NULL ? pdz_change_get_new_owner_id (change)
                                                        : pdz_change_get_old_owner_id (change));

      if (pdz_change_get_kind (change) == kind && pdz_change_get_entity_kind (change) == entity_kind &&
          g_strcmp0 (change_id, id) == 0 && g_strcmp0 (pdz_change_get_member (change), member) == 0)
        {
          if (found != NULL)
            g_error ("two changes of %s %s", id, member);
          found = change;
        }
    }
  if (found == NULL)
    {
      for (guint i = 0, n = g_list_model_get_n_items (changes); i < n; i++)
        {
          g_autofree char *line = pdz_change_dup_display (item (changes, i), "en");

          g_test_message ("%s", line);
        }
      g_error ("no change %d of %d %s %s", kind, entity_kind, id, member);
    }
  return found;
}

/* Applies @diff to a copy of @old and checks that it gives @new, and that
 * the diff of the result and @new is empty; and the same with the diff
 * read back from its JSON document. */
static void
assert_applies (PdzPlan *old,
                PdzPlan *new,
                PdzDiff *diff)
{
  g_autofree char *expected = pdz_plan_to_data (new, NULL);
  g_autofree char *text = pdz_diff_to_data (diff, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzDiff) read = pdz_diff_new_from_data (text, -1, &error);
  g_autofree char *text_again = NULL;

  g_assert_no_error (error);
  text_again = pdz_diff_to_data (read, NULL);
  g_assert_cmpstr (text_again, ==, text);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PdzPlan) copy = copy_plan (old);
      g_autoptr(PdzDiff) again = NULL;
      g_autofree char *result = NULL;

      g_assert_true (pdz_diff_apply (i == 0 ? diff : read, copy, &error));
      g_assert_no_error (error);
      result = pdz_plan_to_data (copy, NULL);
      g_assert_cmpstr (result, ==, expected);
      again = pdz_plan_diff (copy, new);
      g_assert_true (pdz_diff_is_empty (again));
    }
}

static void
assert_value (PdzChange   *change,
              gboolean     new_side,
              GType        type,
              GValue      *value)
{
  g_assert_true (new_side ? pdz_change_get_new_value (change, value)
                          : pdz_change_get_old_value (change, value));
  g_assert_true (G_VALUE_HOLDS (value, type));
}

static gint64
cell (PdzStatsTable *table,
      const char    *key,
      const char    *column)
{
  PdzStatsRow *row = pdz_stats_table_lookup_row (table, key);

  if (row == NULL)
    g_error ("no row %s in %s", key, pdz_stats_table_get_name (table));
  g_assert_true (pdz_stats_row_has_column (row, column));
  return pdz_stats_row_get_int (row, column);
}

static guint
n_rows (PdzStatsTable *table)
{
  return g_list_model_get_n_items (G_LIST_MODEL (table));
}

/* --- A plan and itself ---------------------------------------------------------------- */

static void
test_diff_self_empty (void)
{
  g_autoptr(PdzPlan) base = pdz_test_load_data (BASE);
  g_autoptr(PdzPlan) copy = copy_plan (base);
  g_autoptr(PdzPlan) example = pdz_test_load_example ();
  g_autoptr(PdzPlan) example_copy = copy_plan (example);
  PdzPlan *pairs[][2] = { { base, base }, { base, copy }, { example, example }, { example, example_copy } };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autoptr(PdzDiff) diff = pdz_plan_diff (pairs[i][0], pairs[i][1]);
      g_autoptr(PdzStatsTable) counts = pdz_diff_dup_counts (diff);
      g_autoptr(PdzStatsTable) transitions = pdz_diff_dup_transitions (diff);
      g_autoptr(PdzStatsTable) actions = pdz_diff_dup_actions (diff);
      g_autoptr(PdzStatsTable) fundings = pdz_diff_dup_fundings_by_source (diff);
      g_autoptr(GError) error = NULL;

      g_assert_true (pdz_diff_is_empty (diff));
      g_assert_true (pdz_diff_get_same_plan (diff));
      g_assert_cmpuint (n_rows (counts), ==, PDZ_ENTITY_KIND_MEASUREMENT + 1);
      g_assert_cmpint (cell (counts, "action", "changed"), ==, 0);
      g_assert_cmpuint (n_rows (transitions), ==, 0);
      g_assert_cmpuint (n_rows (actions), ==, 0);
      g_assert_cmpuint (n_rows (fundings), ==, 0);
      /* An empty diff applies to anything */
      g_assert_true (pdz_diff_apply (diff, copy, &error));
      g_assert_no_error (error);
    }
}

/* --- Each kind of value ------------------------------------------------------------------ */

static void
test_diff_members (void)
{
  g_autoptr(PdzPlan) a = pdz_test_load_data (BASE);
  g_autoptr(PdzPlan) b = copy_plan (a);
  g_autoptr(PdzDiff) diff = NULL;
  g_autoptr(PdzDate) july = pdz_date_new_month (2022, 7);
  g_autoptr(PdzDate) end = pdz_date_new_day (2023, 10, 31);
  g_autoptr(PdzMeasurement) baseline = pdz_measurement_new (july, 12.5);
  g_autoptr(GError) error = NULL;
  const char *links[] = { "https://example.org/a", "https://example.org/b", NULL };
  PdzChange *change;
  char *text;

  /* text, enums, dates, references, lists, amounts, numbers, measurements, "x-" */
  pdz_plan_set_title (b, "Piano 2021-2023");
  pdz_plan_set_email (b, NULL);
  pdz_plan_set_monitoring_end (b, end);
  pdz_action_set_status (action (b, "a-1"), PDZ_STATUS_COMPLETED);
  pdz_action_set_title (action (b, "a-2"), "CAS Ucraina");
  pdz_action_set_origin (action (b, "a-2"), PDZ_ORIGIN_EXTRA);
  pdz_action_set_date (action (b, "a-3"), july);
  pdz_action_set_links (action (b, "a-1"), links);
  pdz_action_add_project (action (b, "a-2"), project (b, "pr-2"));
  pdz_action_set_status (action (b, "a-1-a"), PDZ_STATUS_COMPLETED);
  pdz_objective_set_macroarea (objective (b, "ob-2"), pdz_plan_lookup_macroarea (b, "casa"));
  pdz_objective_set_status (objective (b, "ob-2"), PDZ_STATUS_PLANNED);
  pdz_project_set_lead (project (b, "pr-1"), pdz_plan_lookup_partner (b, "asst"));
  pdz_project_set_scope (project (b, "pr-1"), PDZ_SCOPE_NOT_STATED);
  pdz_project_set_status (project (b, "pr-1"), PDZ_STATUS_COMPLETED);
  pdz_partner_set_kind (pdz_plan_lookup_partner (b, "coop"), PDZ_PARTNER_KIND_OTHER);
  pdz_macroarea_set_code (pdz_plan_lookup_macroarea (b, "minori"), "B");
  pdz_indicator_set_baseline (pdz_plan_lookup_indicator (b, "ind-1"), baseline);
  pdz_measurement_set_value (item (pdz_indicator_get_measurements (pdz_plan_lookup_indicator (b, "ind-1")), 0), 17);
  pdz_funding_set_amount (item (pdz_action_get_fundings (action (b, "a-1")), 0), 120000);
  pdz_funding_set_status (item (pdz_project_get_fundings (project (b, "pr-1")), 0), PDZ_FUNDING_STATUS_GRANTED);
  pdz_participation_set_role (item (pdz_action_get_participations (action (b, "a-1")), 0), PDZ_ROLE_SIGNATORY);
  pdz_milestone_set_title (item (pdz_action_get_milestones (action (b, "a-1")), 1), "Tavolo di confronto");

  diff = pdz_diff_new_from_plans (a, b, PDZ_DIFF_FLAGS_NONE, &error);
  g_assert_no_error (error);

  {
    g_auto(GValue) old = G_VALUE_INIT, new = G_VALUE_INIT;

    change = find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_ACTION, "a-1", "status");
    assert_value (change, FALSE, PDZ_TYPE_STATUS, &old);
    assert_value (change, TRUE, PDZ_TYPE_STATUS, &new);
    g_assert_cmpint (g_value_get_enum (&old), ==, PDZ_STATUS_PLANNED);
    g_assert_cmpint (g_value_get_enum (&new), ==, PDZ_STATUS_COMPLETED);
    g_assert_cmpstr (pdz_change_get_old_pointer (change), ==, "/objectives/0/actions/0");
    g_assert_cmpstr (pdz_change_get_new_pointer (change), ==, "/objectives/0/actions/0");
    g_assert_cmpint (pdz_change_get_old_owner_kind (change), ==, PDZ_ENTITY_KIND_OBJECTIVE);
    g_assert_cmpstr (pdz_change_get_old_owner_id (change), ==, "ob-1");
    g_assert_cmpstr (pdz_change_get_title (change), ==, "Protocollo");
    g_assert_null (pdz_change_get_old_entity (change));
    text = pdz_change_dup_display (change, NULL);
    g_assert_cmpstr (text, ==, "Azione «Protocollo» (a-1): stato: previsto → concluso");
    g_free (text);
    text = pdz_change_dup_display (change, "en_GB");
    g_assert_cmpstr (text, ==, "Action “Protocollo” (a-1): status: planned → completed");
    g_free (text);
  }

  {
    g_auto(GValue) old = G_VALUE_INIT, new = G_VALUE_INIT;

    change = find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_ACTION, "a-2", "title");
    assert_value (change, FALSE, G_TYPE_STRING, &old);
    assert_value (change, TRUE, G_TYPE_STRING, &new);
    g_assert_cmpstr (g_value_get_string (&old), ==, "CAS");
    g_assert_cmpstr (g_value_get_string (&new), ==, "CAS Ucraina");
    text = pdz_change_dup_new_display (change, "it");
    g_assert_cmpstr (text, ==, "«CAS Ucraina»");
    g_free (text);
  }

  {
    g_auto(GValue) old = G_VALUE_INIT, new = G_VALUE_INIT;

    change = find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_ACTION, "a-2", "origin");
    assert_value (change, FALSE, PDZ_TYPE_ORIGIN, &old);
    assert_value (change, TRUE, PDZ_TYPE_ORIGIN, &new);
    g_assert_cmpint (g_value_get_enum (&old), ==, PDZ_ORIGIN_NOT_STATED);
    text = pdz_change_dup_display (change, "it");
    g_assert_cmpstr (text, ==, "Azione «CAS Ucraina» (a-2): origine: non indicato → extra");
    g_free (text);
  }

  {
    g_auto(GValue) old = G_VALUE_INIT, new = G_VALUE_INIT;

    change = find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_ACTION, "a-3", "date");
    assert_value (change, FALSE, PDZ_TYPE_DATE, &old);
    assert_value (change, TRUE, PDZ_TYPE_DATE, &new);
    g_assert_null (g_value_get_boxed (&old));
    g_assert_true (pdz_date_equal (g_value_get_boxed (&new), july));
    text = pdz_change_dup_display (change, "it");
    g_assert_cmpstr (text, ==, "Azione «Terza» (a-3): data: non indicato → luglio 2022");
    g_free (text);
    text = pdz_change_dup_new_display (change, "en");
    g_assert_cmpstr (text, ==, "July 2022");
    g_free (text);
  }

  {
    g_auto(GValue) old = G_VALUE_INIT, new = G_VALUE_INIT;
    const char * const *strv;

    change = find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_ACTION, "a-1", "links");
    assert_value (change, TRUE, G_TYPE_STRV, &new);
    strv = g_value_get_boxed (&new);
    g_assert_cmpuint (g_strv_length ((char **) strv), ==, 2);
    change = find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_ACTION, "a-2", "projects");
    assert_value (change, FALSE, G_TYPE_STRV, &old);
    g_assert_null (g_value_get_boxed (&old));
  }

  {
    g_auto(GValue) old = G_VALUE_INIT, new = G_VALUE_INIT;

    change = find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_OBJECTIVE, "ob-2", "macroarea");
    assert_value (change, FALSE, G_TYPE_STRING, &old);
    assert_value (change, TRUE, G_TYPE_STRING, &new);
    g_assert_cmpstr (g_value_get_string (&old), ==, "minori");
    g_assert_cmpstr (g_value_get_string (&new), ==, "casa");
  }

  {
    g_auto(GValue) old = G_VALUE_INIT, new = G_VALUE_INIT;

    change = find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_FUNDING, "a-1", "amount");
    assert_value (change, FALSE, G_TYPE_INT64, &old);
    assert_value (change, TRUE, G_TYPE_INT64, &new);
    g_assert_cmpint (g_value_get_int64 (&old), ==, 100000);
    g_assert_cmpint (g_value_get_int64 (&new), ==, 120000);
    g_assert_null (pdz_change_get_id (change));
    g_assert_cmpint (pdz_change_get_old_owner_kind (change), ==, PDZ_ENTITY_KIND_ACTION);
    g_assert_cmpstr (pdz_change_get_old_pointer (change), ==, "/objectives/0/actions/0/fundings/0");
    g_assert_true (PDZ_IS_FUNDING (pdz_change_get_old_entity (change)));
    text = pdz_change_dup_new_display (change, "it");
    g_assert_cmpstr (text, ==, "€\u00a01.200,00");
    g_free (text);
    text = pdz_change_dup_old_display (change, "en");
    g_assert_cmpstr (text, ==, "€1,000.00");
    g_free (text);
  }

  {
    g_auto(GValue) old = G_VALUE_INIT, new = G_VALUE_INIT;
    PdzParticipation *was;

    /* A new role is a change of the participation, named by its partner and old role */
    change = find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_PARTICIPATION, "a-1", "role");
    assert_value (change, TRUE, PDZ_TYPE_ROLE, &new);
    g_assert_cmpint (g_value_get_enum (&new), ==, PDZ_ROLE_SIGNATORY);
    was = PDZ_PARTICIPATION (pdz_change_get_old_entity (change));
    g_assert_cmpstr (pdz_partner_get_id (pdz_participation_get_partner (was)), ==, "asst");
    g_assert_cmpint (pdz_participation_get_role (was), ==, PDZ_ROLE_LEAD);
    text = pdz_change_dup_display (change, "it");
    g_assert_cmpstr (text, ==, "Partecipazione «ASST Ovest» (capofila) di azione a-1: ruolo: capofila → firmatario");
    g_free (text);
  }

  {
    g_auto(GValue) old = G_VALUE_INIT, new = G_VALUE_INIT;

    change = find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_INDICATOR, "ind-1", "baseline");
    assert_value (change, FALSE, PDZ_TYPE_MEASUREMENT, &old);
    assert_value (change, TRUE, PDZ_TYPE_MEASUREMENT, &new);
    g_assert_cmpfloat (pdz_measurement_get_value (g_value_get_object (&new)), ==, 12.5);
    text = pdz_change_dup_new_display (change, "it");
    g_assert_cmpstr (text, ==, "12,5 (luglio 2022)");
    g_free (text);
    change = find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_MEASUREMENT, "ind-1", "value");
    g_value_unset (&new);
    assert_value (change, TRUE, G_TYPE_DOUBLE, &new);
    g_assert_cmpfloat (g_value_get_double (&new), ==, 17);
  }

  {
    g_auto(GValue) old = G_VALUE_INIT, new = G_VALUE_INIT;

    change = find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_PLAN, NULL, "contacts/email");
    assert_value (change, FALSE, G_TYPE_STRING, &old);
    assert_value (change, TRUE, G_TYPE_STRING, &new);
    g_assert_cmpstr (g_value_get_string (&old), ==, "ufficio@example.org");
    g_assert_null (g_value_get_string (&new));
    g_assert_cmpstr (pdz_change_get_old_pointer (change), ==, "");
  }

  find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_PLAN, NULL, "title");
  find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_PLAN, NULL, "monitoring/end");
  find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_ACTION, "a-1-a", "status");
  find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_OBJECTIVE, "ob-2", "status");
  find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_PROJECT, "pr-1", "lead");
  find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_PROJECT, "pr-1", "scope");
  find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_PARTNER, "coop", "kind");
  find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_MACROAREA, "minori", "code");
  find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_FUNDING, "pr-1", "status");
  find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_MILESTONE, "a-1", "title");
  g_assert_cmpuint (g_list_model_get_n_items (pdz_diff_get_changes (diff)), ==, 23);

  /* The summaries: bullets only (not the sub-action a-1-a) */
  {
    g_autoptr(PdzStatsTable) transitions = pdz_diff_dup_transitions (diff);
    g_autoptr(PdzStatsTable) by_objective = pdz_diff_dup_transitions_by_objective (diff);
    g_autoptr(PdzStatsTable) by_macroarea = pdz_diff_dup_transitions_by_macroarea (diff);
    g_autoptr(PdzStatsTable) extra = pdz_diff_dup_extra_actions (diff);
    g_autoptr(PdzStatsTable) by_status = pdz_diff_dup_fundings_by_status (diff);
    g_autoptr(PdzStatsTable) by_source = pdz_diff_dup_fundings_by_source (diff);
    g_autoptr(PdzStatsTable) partners = pdz_diff_dup_partners (diff);
    g_autoptr(PdzStatsTable) measurements = pdz_diff_dup_measurements (diff);

    g_assert_cmpint (cell (transitions, "planned:completed", "actions"), ==, 1);
    g_assert_cmpint (cell (transitions, "planned:completed", "projects"), ==, 1);
    g_assert_cmpint (cell (transitions, "not-stated:planned", "objectives"), ==, 1);
    g_assert_null (pdz_stats_table_lookup_row (transitions, "in-progress:completed"));
    g_assert_cmpint (cell (by_objective, "ob-1", "planned:completed"), ==, 1);
    g_assert_cmpint (cell (by_objective, "ob-1", "actions"), ==, 1);
    g_assert_cmpint (cell (by_macroarea, "casa", "planned:completed"), ==, 1);
    g_assert_cmpuint (n_rows (by_macroarea), ==, 1);
    g_assert_cmpstr (pdz_stats_row_get_string (pdz_stats_table_lookup_row (extra, "a-2"), "change"), ==,
                     "changed");
    g_assert_cmpint (cell (by_status, "granted", "gained"), ==, 1);
    g_assert_cmpint (cell (by_status, "granted", "amount-gained"), ==, 5000);
    g_assert_cmpint (cell (by_status, "not-stated", "lost"), ==, 1);
    g_assert_cmpint (cell (by_source, "PNRR", "changed"), ==, 1);
    g_assert_cmpint (cell (by_source, "PNRR", "amount-before"), ==, 100000);
    g_assert_cmpint (cell (by_source, "PNRR", "amount-after"), ==, 120000);
    g_assert_cmpstr (pdz_stats_row_get_string (pdz_stats_table_lookup_row (partners, "asst"), "roles-joined"), ==,
                     "signatory");
    g_assert_cmpuint (n_rows (measurements), ==, 0);
  }

  assert_applies (a, b, diff);
}

/* A list of references is a set; partners, projects, fundings come in no order that counts. */
static void
test_diff_unordered (void)
{
  g_autoptr(PdzPlan) a = pdz_test_load_data (BASE);
  g_autoptr(PdzPlan) b = copy_plan (a);
  g_autoptr(PdzDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  PdzPartner *prefettura = pdz_plan_lookup_partner (b, "prefettura");
  PdzProject *pr1 = project (b, "pr-1");

  pdz_action_add_project (action (b, "a-1"), project (b, "pr-2"));
  pdz_action_remove_project (action (b, "a-1"), pr1);
  pdz_action_add_project (action (b, "a-1"), pr1);
  /* A partner taken out and put back last: the same partner, elsewhere in a
   * list whose order does not count */
  g_object_ref (prefettura);
  g_assert_true (pdz_plan_remove_partner (b, prefettura, &error));
  g_assert_true (pdz_plan_add_partner (b, prefettura, &error));
  g_assert_no_error (error);
  g_object_unref (prefettura);

  diff = pdz_plan_diff (a, b);
  /* Only the new project of a-1: not its order */
  g_assert_cmpuint (g_list_model_get_n_items (pdz_diff_get_changes (diff)), ==, 1);
  find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_ACTION, "a-1", "projects");
}

/* --- Added, removed, moved ------------------------------------------------------------- */

static void
test_diff_added_removed (void)
{
  g_autoptr(PdzPlan) a = pdz_test_load_data (BASE);
  g_autoptr(PdzPlan) b = copy_plan (a);
  g_autoptr(PdzAction) new_action = pdz_action_new ("b-2", "Nuova azione");
  g_autoptr(PdzAction) new_sub = pdz_action_new ("b-2-a", "Sotto-azione");
  g_autoptr(PdzParticipation) participation = NULL;
  g_autoptr(PdzFunding) funding = pdz_funding_new ("FAMI");
  g_autoptr(PdzObjective) new_objective = pdz_objective_new ("ob-3", "Nuovo obiettivo");
  g_autoptr(PdzPartner) partner = pdz_partner_new ("ats", "ATS Milano");
  g_autoptr(PdzDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  PdzAction *moved = action (b, "a-2");
  PdzChange *change;
  PdzAction *copy;

  g_assert_true (pdz_plan_add_partner (b, partner, &error));
  participation = pdz_participation_new (partner, PDZ_ROLE_PARTNER);
  g_assert_true (pdz_action_add_participation (new_action, participation, &error));
  pdz_action_set_status (new_action, PDZ_STATUS_COMPLETED);
  pdz_action_set_origin (new_action, PDZ_ORIGIN_EXTRA);
  pdz_funding_set_amount (funding, 2500);
  pdz_funding_set_status (funding, PDZ_FUNDING_STATUS_GRANTED);
  pdz_action_add_funding (new_action, funding);
  g_assert_true (pdz_action_add_action (new_action, new_sub, &error));
  g_assert_true (pdz_objective_add_action (objective (b, "ob-2"), new_action, &error));
  g_assert_true (pdz_objective_remove_action (objective (b, "ob-1"), action (b, "a-3")));
  g_assert_true (pdz_plan_remove_project (b, project (b, "pr-2"), &error));
  /* A new objective holding an action of another: the action moved */
  g_object_ref (moved);
  g_assert_true (pdz_objective_remove_action (objective (b, "ob-1"), moved));
  g_assert_true (pdz_objective_add_action (new_objective, moved, &error));
  g_object_unref (moved);
  g_assert_true (pdz_plan_add_objective (b, new_objective, &error));
  g_assert_no_error (error);

  diff = pdz_plan_diff (a, b);

  change = find_change (diff, PDZ_CHANGE_KIND_ADDED, PDZ_ENTITY_KIND_ACTION, "b-2", NULL);
  g_assert_null (pdz_change_get_old_pointer (change));
  g_assert_cmpstr (pdz_change_get_new_pointer (change), ==, "/objectives/1/actions/1");
  g_assert_cmpint (pdz_change_get_new_owner_kind (change), ==, PDZ_ENTITY_KIND_OBJECTIVE);
  g_assert_cmpstr (pdz_change_get_new_owner_id (change), ==, "ob-2");
  copy = PDZ_ACTION (pdz_change_get_new_entity (change));
  g_assert_cmpstr (pdz_action_get_id (copy), ==, "b-2");
  g_assert_null (pdz_action_get_plan (copy));
  g_assert_cmpuint (g_list_model_get_n_items (pdz_action_get_actions (copy)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (pdz_action_get_participations (copy)), ==, 1);

  change = find_change (diff, PDZ_CHANGE_KIND_ADDED, PDZ_ENTITY_KIND_OBJECTIVE, "ob-3", NULL);
  /* What moved into it is a move, not part of it */
  g_assert_cmpuint (g_list_model_get_n_items (pdz_objective_get_actions (PDZ_OBJECTIVE (pdz_change_get_new_entity (change)))),
                    ==, 0);
  change = find_change (diff, PDZ_CHANGE_KIND_MOVED, PDZ_ENTITY_KIND_ACTION, "a-2", NULL);
  g_assert_cmpstr (pdz_change_get_old_owner_id (change), ==, "ob-1");
  g_assert_cmpstr (pdz_change_get_new_owner_id (change), ==, "ob-3");
  g_assert_cmpstr (pdz_change_get_old_pointer (change), ==, "/objectives/0/actions/1");
  g_assert_cmpstr (pdz_change_get_new_pointer (change), ==, "/objectives/2/actions/0");

  change = find_change (diff, PDZ_CHANGE_KIND_REMOVED, PDZ_ENTITY_KIND_ACTION, "a-3", NULL);
  g_assert_cmpstr (pdz_change_get_old_pointer (change), ==, "/objectives/0/actions/2");
  g_assert_null (pdz_change_get_new_pointer (change));
  g_assert_cmpstr (pdz_action_get_title (PDZ_ACTION (pdz_change_get_old_entity (change))), ==, "Terza");
  find_change (diff, PDZ_CHANGE_KIND_REMOVED, PDZ_ENTITY_KIND_PROJECT, "pr-2", NULL);
  find_change (diff, PDZ_CHANGE_KIND_ADDED, PDZ_ENTITY_KIND_PARTNER, "ats", NULL);
  /* Added with its action: not a change of its own */
  g_assert_cmpuint (g_list_model_get_n_items (pdz_diff_get_changes (diff)), ==, 6);

  {
    g_autoptr(PdzStatsTable) actions = pdz_diff_dup_actions (diff);
    g_autoptr(PdzStatsTable) extra = pdz_diff_dup_extra_actions (diff);
    g_autoptr(PdzStatsTable) objectives = pdz_diff_dup_objectives (diff);
    g_autoptr(PdzStatsTable) projects = pdz_diff_dup_projects (diff);
    g_autoptr(PdzStatsTable) partners = pdz_diff_dup_partners (diff);
    g_autoptr(PdzStatsTable) by_role = pdz_diff_dup_partners_by_role (diff);
    g_autoptr(PdzStatsTable) by_source = pdz_diff_dup_fundings_by_source (diff);
    g_autoptr(PdzStatsTable) counts = pdz_diff_dup_counts (diff);
    PdzStatsRow *row;

    g_assert_cmpuint (n_rows (actions), ==, 3);
    row = pdz_stats_table_lookup_row (actions, "b-2-a");
    g_assert_cmpstr (pdz_stats_row_get_string (row, "parent"), ==, "b-2");
    g_assert_cmpstr (pdz_stats_row_get_string (row, "objective"), ==, "ob-2");
    row = pdz_stats_table_lookup_row (actions, "a-3");
    g_assert_cmpstr (pdz_stats_row_get_string (row, "change"), ==, "removed");
    g_assert_cmpstr (pdz_stats_row_get_string (row, "status"), ==, "not-stated");
    g_assert_cmpstr (pdz_stats_row_get_string (pdz_stats_table_lookup_row (extra, "b-2"), "change"), ==, "added");
    g_assert_cmpstr (pdz_stats_row_get_string (pdz_stats_table_lookup_row (objectives, "ob-3"), "change"), ==,
                     "added");
    g_assert_cmpint (cell (objectives, "ob-3", "actions"), ==, 1);
    g_assert_cmpstr (pdz_stats_row_get_string (pdz_stats_table_lookup_row (projects, "pr-2"), "change"), ==,
                     "removed");
    g_assert_cmpstr (pdz_stats_row_get_string (pdz_stats_table_lookup_row (partners, "ats"), "change"), ==,
                     "joined");
    g_assert_cmpint (cell (by_role, "partner", "joined"), ==, 1);
    g_assert_cmpint (cell (by_source, "FAMI", "gained"), ==, 1);
    g_assert_cmpint (cell (by_source, "FAMI", "amount-gained"), ==, 2500);
    g_assert_cmpint (cell (counts, "action", "added"), ==, 1);
    g_assert_cmpint (cell (counts, "action", "moved"), ==, 1);
    g_assert_cmpint (cell (counts, "participation", "added"), ==, 0);
  }

  assert_applies (a, b, diff);
}

static void
test_diff_moved (void)
{
  g_autoptr(PdzPlan) a = pdz_test_load_data (BASE);
  g_autoptr(PdzPlan) b = copy_plan (a);
  g_autoptr(PdzDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  PdzAction *third = action (b, "a-3");
  PdzAction *sub = action (b, "b-1-a");
  PdzChange *change;
  char *text;

  /* The last action of ob-1 first: one move, not three */
  g_object_ref (third);
  g_assert_true (pdz_objective_remove_action (objective (b, "ob-1"), third));
  g_assert_true (pdz_objective_add_action (objective (b, "ob-1"), third, &error));
  g_object_unref (third);
  for (guint i = 0; i < 2; i++)
    {
      PdzAction *first = item (pdz_objective_get_actions (objective (b, "ob-1")), 0);

      g_object_ref (first);
      g_assert_true (pdz_objective_remove_action (objective (b, "ob-1"), first));
      g_assert_true (pdz_objective_add_action (objective (b, "ob-1"), first, &error));
      g_object_unref (first);
    }
  /* A sub-action under another bullet */
  g_object_ref (sub);
  g_assert_true (pdz_action_remove_action (action (b, "b-1"), sub));
  g_assert_true (pdz_action_add_action (action (b, "a-2"), sub, &error));
  g_object_unref (sub);
  /* The objectives in another order: ob-1 last (the project that serves
   * it lets it go for a moment) */
  {
    PdzObjective *first = objective (b, "ob-1");

    g_object_ref (first);
    g_assert_true (pdz_project_remove_objective (project (b, "pr-1"), first));
    g_assert_true (pdz_plan_remove_objective (b, first, &error));
    g_assert_true (pdz_plan_add_objective (b, first, &error));
    pdz_project_add_objective (project (b, "pr-1"), first);
    g_assert_no_error (error);
    g_object_unref (first);
  }
  /* The milestones of a-1 in another order */
  {
    PdzMilestone *first = item (pdz_action_get_milestones (action (b, "a-1")), 0);

    g_object_ref (first);
    g_assert_true (pdz_action_remove_milestone (action (b, "a-1"), first));
    pdz_action_add_milestone (action (b, "a-1"), first);
    g_object_unref (first);
  }

  diff = pdz_plan_diff (a, b);
  change = find_change (diff, PDZ_CHANGE_KIND_MOVED, PDZ_ENTITY_KIND_ACTION, "a-3", NULL);
  g_assert_cmpstr (pdz_change_get_old_pointer (change), ==, "/objectives/0/actions/2");
  g_assert_cmpstr (pdz_change_get_new_pointer (change), ==, "/objectives/1/actions/0");
  text = pdz_change_dup_display (change, "it");
  g_assert_cmpstr (text, ==, "Azione «Terza» (a-3): spostata alla posizione 1");
  g_free (text);

  change = find_change (diff, PDZ_CHANGE_KIND_MOVED, PDZ_ENTITY_KIND_ACTION, "b-1-a", NULL);
  g_assert_cmpint (pdz_change_get_old_owner_kind (change), ==, PDZ_ENTITY_KIND_ACTION);
  g_assert_cmpstr (pdz_change_get_old_owner_id (change), ==, "b-1");
  g_assert_cmpstr (pdz_change_get_new_owner_id (change), ==, "a-2");
  g_assert_cmpstr (pdz_change_get_new_pointer (change), ==, "/objectives/1/actions/2/actions/0");
  text = pdz_change_dup_display (change, "en");
  g_assert_cmpstr (text, ==, "Action “Equipe” (b-1-a): moved from action b-1 to action a-2");
  g_free (text);

  /* Of two objectives swapped, one moved */
  {
    g_autoptr(PdzStatsTable) counts = pdz_diff_dup_counts (diff);

    g_assert_cmpint (cell (counts, "objective", "moved"), ==, 1);
  }
  change = find_change (diff, PDZ_CHANGE_KIND_MOVED, PDZ_ENTITY_KIND_MILESTONE, "a-1", NULL);
  g_assert_true (PDZ_IS_MILESTONE (pdz_change_get_old_entity (change)));
  g_assert_cmpuint (g_list_model_get_n_items (pdz_diff_get_changes (diff)), ==, 4);

  assert_applies (a, b, diff);
}

/* Entities without an id: a participation, a funding, a milestone, a measurement. */
static void
test_diff_idless (void)
{
  g_autoptr(PdzPlan) a = pdz_test_load_data (BASE);
  g_autoptr(PdzPlan) b = copy_plan (a);
  g_autoptr(PdzDate) date = pdz_date_new_month (2023, 6);
  g_autoptr(PdzMeasurement) measurement = pdz_measurement_new (date, 22);
  g_autoptr(PdzMilestone) milestone = pdz_milestone_new (date, "Firma");
  g_autoptr(PdzDiff) diff = NULL;
  PdzAction *first = action (b, "a-1");
  PdzChange *change;

  g_assert_true (pdz_action_remove_participation (first, item (pdz_action_get_participations (first), 1)));
  g_assert_true (pdz_action_remove_funding (first, item (pdz_action_get_fundings (first), 0)));
  g_assert_true (pdz_action_remove_milestone (first, item (pdz_action_get_milestones (first), 0)));
  pdz_action_add_milestone (action (b, "b-1"), milestone);
  pdz_indicator_add_measurement (pdz_plan_lookup_indicator (b, "ind-1"), measurement);

  diff = pdz_plan_diff (a, b);
  change = find_change (diff, PDZ_CHANGE_KIND_REMOVED, PDZ_ENTITY_KIND_PARTICIPATION, "a-1", NULL);
  g_assert_cmpstr (pdz_change_get_old_pointer (change), ==, "/objectives/0/actions/0/partners/1");
  g_assert_cmpstr (pdz_change_get_title (change), ==, "Cooperativa Sole");
  find_change (diff, PDZ_CHANGE_KIND_REMOVED, PDZ_ENTITY_KIND_FUNDING, "a-1", NULL);
  find_change (diff, PDZ_CHANGE_KIND_REMOVED, PDZ_ENTITY_KIND_MILESTONE, "a-1", NULL);
  change = find_change (diff, PDZ_CHANGE_KIND_ADDED, PDZ_ENTITY_KIND_MILESTONE, "b-1", NULL);
  g_assert_cmpstr (pdz_milestone_get_title (PDZ_MILESTONE (pdz_change_get_new_entity (change))), ==, "Firma");
  change = find_change (diff, PDZ_CHANGE_KIND_ADDED, PDZ_ENTITY_KIND_MEASUREMENT, "ind-1", NULL);
  g_assert_cmpint (pdz_change_get_new_owner_kind (change), ==, PDZ_ENTITY_KIND_INDICATOR);

  {
    g_autoptr(PdzStatsTable) measurements = pdz_diff_dup_measurements (diff);
    g_autoptr(PdzStatsTable) by_source = pdz_diff_dup_fundings_by_source (diff);
    PdzStatsRow *row = pdz_stats_table_lookup_row (measurements, "ind-1");

    g_assert_nonnull (row);
    g_assert_cmpint (pdz_stats_row_get_int (row, "measurements"), ==, 1);
    g_assert_cmpstr (pdz_stats_row_get_string (row, "latest-date"), ==, "2023-06");
    g_assert_cmpfloat (pdz_stats_row_get_double (row, "latest-value"), ==, 22);
    g_assert_cmpstr (pdz_stats_row_get_string (row, "objective"), ==, "ob-1");
    g_assert_cmpint (cell (by_source, "PNRR", "lost"), ==, 1);
    g_assert_cmpint (cell (by_source, "PNRR", "amount-lost"), ==, 100000);
  }

  assert_applies (a, b, diff);
}

/* --- Applying ---------------------------------------------------------------------------- */

static void
test_diff_apply_example (void)
{
  g_autofree char *old_path = g_build_filename (pdz_test_get_examples_dir (), "corsichese-2022-12.json", NULL);
  g_autoptr(PdzPlan) old = pdz_test_load_file (old_path);
  g_autoptr(PdzPlan) new = pdz_test_load_example ();
  g_autoptr(PdzDiff) diff = pdz_plan_diff (old, new);
  g_autoptr(PdzDiff) back = pdz_plan_diff (new, old);

  assert_applies (old, new, diff);
  /* And the other way round: the later round back to the earlier */
  assert_applies (new, old, back);
}

/* Edits made since the old round that the diff does not touch are kept. */
static void
test_diff_apply_keeps_edits (void)
{
  g_autoptr(PdzPlan) a = pdz_test_load_data (BASE);
  g_autoptr(PdzPlan) b = copy_plan (a);
  g_autoptr(PdzPlan) c = copy_plan (a);
  g_autoptr(PdzAction) extra = pdz_action_new ("c-1", "Azione aggiunta dopo");
  g_autoptr(PdzDiff) diff = NULL;
  g_autoptr(GError) error = NULL;

  pdz_action_set_status (action (b, "a-1"), PDZ_STATUS_COMPLETED);
  pdz_action_set_title (action (b, "b-1"), "Tutela dei minori");
  g_assert_true (pdz_objective_remove_action (objective (b, "ob-1"), action (b, "a-3")));
  diff = pdz_plan_diff (a, b);

  pdz_action_set_title (action (c, "a-2"), "CAS Ucraina");
  pdz_action_set_status (action (c, "b-1"), PDZ_STATUS_IN_PROGRESS);
  g_assert_true (pdz_objective_add_action (objective (c, "ob-1"), extra, &error));

  g_assert_true (pdz_diff_apply (diff, c, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pdz_action_get_status (action (c, "a-1")), ==, PDZ_STATUS_COMPLETED);
  g_assert_cmpstr (pdz_action_get_title (action (c, "b-1")), ==, "Tutela dei minori");
  g_assert_null (pdz_plan_lookup_action (c, "a-3"));
  g_assert_cmpstr (pdz_action_get_title (action (c, "a-2")), ==, "CAS Ucraina");
  g_assert_cmpint (pdz_action_get_status (action (c, "b-1")), ==, PDZ_STATUS_IN_PROGRESS);
  g_assert_true (pdz_plan_lookup_action (c, "c-1") == extra);
  g_assert_true (pdz_plan_get_modified (c));
}

/* A conflict leaves the plan as it was, objects and all. */
static void
test_diff_apply_conflict (void)
{
  g_autoptr(PdzPlan) a = pdz_test_load_data (BASE);
  g_autoptr(PdzPlan) b = copy_plan (a);
  g_autoptr(PdzPlan) c = copy_plan (a);
  g_autoptr(PdzDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  PdzAction *kept;

  pdz_action_set_status (action (b, "a-1"), PDZ_STATUS_COMPLETED);
  pdz_action_set_title (action (b, "a-2"), "CAS Ucraina");
  g_assert_true (pdz_objective_remove_action (objective (b, "ob-1"), action (b, "a-3")));
  g_assert_true (pdz_plan_remove_partner (b, pdz_plan_lookup_partner (b, "prefettura"), &error));
  diff = pdz_plan_diff (a, b);

  /* The old value is not there: found when checking, nothing touched */
  pdz_action_set_status (action (c, "a-1"), PDZ_STATUS_SUSPENDED);
  before = pdz_plan_to_data (c, NULL);
  kept = action (c, "a-3");
  g_assert_false (pdz_diff_apply (diff, c, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "\"a-1\" status"));
  g_assert_nonnull (strstr (error->message, "suspended"));
  after = pdz_plan_to_data (c, NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (action (c, "a-3") == kept);
  g_clear_error (&error);
  g_clear_pointer (&before, g_free);
  g_clear_pointer (&after, g_free);

  /* The entity is gone */
  {
    g_autoptr(PdzPlan) d = copy_plan (a);

    g_assert_true (pdz_objective_remove_action (objective (d, "ob-1"), action (d, "a-3")));
    g_assert_false (pdz_diff_apply (diff, d, &error));
    g_assert_error (error, PDZ_ERROR, PDZ_ERROR_CONFLICT);
    g_assert_nonnull (strstr (error->message, "\"a-3\""));
    g_clear_error (&error);
  }

  /* Refused by the model while applying (the partner to remove is referred
   * to since): the changes made are undone */
  {
    g_autoptr(PdzPlan) d = copy_plan (a);
    g_autoptr(PdzParticipation) participation =
      pdz_participation_new (pdz_plan_lookup_partner (d, "prefettura"), PDZ_ROLE_CONSULTED);
    gboolean was_modified;

    g_assert_true (pdz_action_add_participation (action (d, "a-2"), participation, &error));
    was_modified = pdz_plan_get_modified (d);
    before = pdz_plan_to_data (d, NULL);
    kept = action (d, "a-3");
    g_assert_false (pdz_diff_apply (diff, d, &error));
    g_assert_error (error, PDZ_ERROR, PDZ_ERROR_CONFLICT);
    g_assert_nonnull (strstr (error->message, "removed partner \"prefettura\""));
    after = pdz_plan_to_data (d, NULL);
    g_assert_cmpstr (after, ==, before);
    g_assert_true (pdz_plan_lookup_action (d, "a-3") == kept);
    g_assert_cmpint (pdz_action_get_status (action (d, "a-1")), ==, PDZ_STATUS_PLANNED);
    g_assert_cmpint (pdz_plan_get_modified (d), ==, was_modified);
  }
}

/* --- The JSON document ----------------------------------------------------------------- */

static void
test_diff_json_file (void)
{
  g_autoptr(PdzPlan) a = pdz_test_load_data (BASE);
  g_autoptr(PdzPlan) b = copy_plan (a);
  g_autoptr(PdzDiff) diff = NULL;
  g_autoptr(PdzDiff) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-diff-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "diff.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *text = NULL;
  g_autofree char *loaded_text = NULL;

  g_assert_no_error (error);
  pdz_action_set_status (action (b, "a-1"), PDZ_STATUS_COMPLETED);
  diff = pdz_plan_diff (a, b);
  g_assert_true (pdz_diff_save_path (diff, path, PDZ_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
  loaded = pdz_diff_load_path (path, NULL, &error);
  g_assert_no_error (error);
  text = pdz_diff_to_data (diff, NULL);
  loaded_text = pdz_diff_to_data (loaded, NULL);
  g_assert_cmpstr (loaded_text, ==, text);
  g_assert_true (g_str_has_prefix (text, "{\n  \"format\": \"pdz-diff\",\n  \"version\": 1,\n"));
  g_assert_true (g_str_has_suffix (text, "}\n"));
  g_assert_cmpstr (pdz_diff_get_old_id (loaded), ==, "test");
  g_assert_cmpstr (pdz_diff_get_old_round_title (loaded), ==, "Monitoraggio");
  g_assert_cmpint (pdz_date_get_month (pdz_diff_get_old_round_end (loaded)), ==, 12);
  g_assert_cmpstr (pdz_diff_get_language (loaded), ==, "it");

  g_assert_null (pdz_diff_load_path (missing, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, "{\"format\": \"pdz-diff\",\n \"version\": 1,\n \"x\": ]}", -1, &error));
  g_assert_null (pdz_diff_load_path (path, NULL, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, "diff.json:3:"));
  g_clear_error (&error);

  g_remove (path);
  g_rmdir (dir);
}

static void
test_diff_json_strict (void)
{
  g_autoptr(PdzPlan) a = pdz_test_load_data (BASE);
  g_autoptr(PdzDiff) empty = pdz_plan_diff (a, a);
  g_autofree char *template = pdz_diff_to_data (empty, NULL);
  static const struct {
    const char *changes;       /* the "changes" array, or NULL to replace the document */
    const char *document;
    int code;
    const char *message;       /* the start of the message */
  } cases[] = {
    { NULL, "[]", PDZ_ERROR_FORMAT, "/: expected an object" },
    { NULL, "{\"format\": \"pdz\", \"version\": 2}", PDZ_ERROR_FORMAT, "/format: unknown format \"pdz\"" },
    { NULL, "{\"format\": \"pdz-diff\", \"version\": 2}", PDZ_ERROR_FORMAT, "/version: unsupported version" },
    { NULL, "{\"format\": \"pdz-diff\", \"version\": 1", PDZ_ERROR_PARSE, "1:" },
    { "[{\"change\": \"changed\", \"entity\": \"action\", \"id\": \"a-1\", \"old-owner\": "
      "{\"entity\": \"objective\", \"id\": \"ob-1\"}, \"new-owner\": {\"entity\": \"objective\", \"id\": \"ob-1\"}, "
      "\"old-pointer\": \"/objectives/0/actions/0\", \"new-pointer\": \"/objectives/0/actions/0\", "
      "\"member\": \"date\", \"new\": \"2023-13\"}]",
      NULL, PDZ_ERROR_INVALID_VALUE, "/changes/0/new: invalid date" },
    { "[{\"change\": \"changed\", \"entity\": \"action\", \"id\": \"a-1\", \"old-owner\": "
      "{\"entity\": \"objective\", \"id\": \"ob-1\"}, \"new-owner\": {\"entity\": \"objective\", \"id\": \"ob-1\"}, "
      "\"old-pointer\": \"/objectives/0/actions/0\", \"new-pointer\": \"/objectives/0/actions/0\", "
      "\"member\": \"status\", \"new\": \"not-stated\"}]",
      NULL, PDZ_ERROR_INVALID_VALUE, "/changes/0/new:" },
    { "[{\"change\": \"changed\", \"entity\": \"action\", \"id\": \"a-1\", \"old-owner\": "
      "{\"entity\": \"objective\", \"id\": \"ob-1\"}, \"new-owner\": {\"entity\": \"objective\", \"id\": \"ob-1\"}, "
      "\"old-pointer\": \"/objectives/0/actions/0\", \"new-pointer\": \"/objectives/0/actions/0\", "
      "\"member\": \"staus\"}]",
      NULL, PDZ_ERROR_INVALID_VALUE, "/changes/0/member: action has no member \"staus\"" },
    { "[{\"change\": \"added\", \"entity\": \"partner\", \"id\": \"x\", \"new-pointer\": \"/partners/4\", "
      "\"new-entity\": {\"id\": \"x\", \"name\": \"X\", \"webiste\": \"\"}}]",
      NULL, PDZ_ERROR_UNKNOWN_MEMBER, "/changes/0/new-entity: unknown member \"webiste\"" },
    { "[{\"change\": \"added\", \"entity\": \"partner\", \"id\": \"x\", \"new-pointer\": \"/partners/4\"}]",
      NULL, PDZ_ERROR_INVALID_VALUE, "/changes/0: missing required member \"new-entity\"" },
    { "[{\"change\": \"added\", \"entity\": \"action\", \"id\": \"x\", \"new-pointer\": \"/projects/0/actions/1\", "
      "\"new-owner\": {\"entity\": \"indicator\", \"id\": \"ind-1\"}, \"new-entity\": {\"id\": \"x\", \"title\": \"\"}}]",
      NULL, PDZ_ERROR_INVALID_VALUE, "/changes/0/new-owner: an indicator cannot hold an action" },
    { "[{\"change\": \"removed\", \"entity\": \"partner\", \"id\": \"x\", \"old-pointer\": \"/partners/4\", "
      "\"new-pointer\": \"/partners/4\", \"old-entity\": {\"id\": \"x\", \"name\": \"X\"}}]",
      NULL, PDZ_ERROR_INVALID_VALUE, "/changes/0: member \"new-pointer\" not allowed" },
    { "[{\"change\": \"gone\", \"entity\": \"partner\"}]",
      NULL, PDZ_ERROR_INVALID_VALUE, "/changes/0/change: unknown value \"gone\"" },
    { "[{\"change\": \"moved\", \"entity\": \"plan\", \"old-pointer\": \"\", \"new-pointer\": \"\"}]",
      NULL, PDZ_ERROR_INVALID_VALUE, "/changes/0/change: the plan can only be changed" },
    { "[{\"change\": \"removed\", \"entity\": \"partner\", \"id\": \"x\", \"old-pointer\": \"/partners/4\", "
      "\"old-entity\": {\"id\": \"y\", \"name\": \"X\"}}]",
      NULL, PDZ_ERROR_INVALID_VALUE, "/changes/0/old-entity: the entity's id is not the change's" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PdzDiff) diff = NULL;
      g_autofree char *document = NULL;

      if (cases[i].changes != NULL)
        {
          g_auto(GStrv) parts = g_strsplit (template, "\"changes\": []", 2);

          g_assert_cmpuint (g_strv_length (parts), ==, 2);
          document = g_strconcat (parts[0], "\"changes\": ", cases[i].changes, parts[1], NULL);
        }
      else
        {
          document = g_strdup (cases[i].document);
        }
      diff = pdz_diff_new_from_data (document, -1, &error);
      g_assert_null (diff);
      g_assert_error (error, PDZ_ERROR, cases[i].code);
      if (!g_str_has_prefix (error->message, cases[i].message))
        g_error ("case %u: \"%s\" does not start with \"%s\"", i, error->message, cases[i].message);
    }

  /* Unknown members anywhere, the summary included */
  {
    g_autoptr(GError) error = NULL;
    g_auto(GStrv) parts = g_strsplit (template, "\"summary\": {", 2);
    g_autofree char *document = g_strconcat (parts[0], "\"summary\": {\"totals\": {}, ", parts[1], NULL);

    g_assert_null (pdz_diff_new_from_data (document, -1, &error));
    g_assert_error (error, PDZ_ERROR, PDZ_ERROR_UNKNOWN_MEMBER);
    g_assert_true (g_str_has_prefix (error->message, "/summary: unknown member \"totals\""));
  }
}

/* --- Same plan only -------------------------------------------------------------------- */

static void
test_diff_same_plan (void)
{
  g_autoptr(PdzPlan) a = pdz_test_load_data (BASE);
  g_autoptr(PdzPlan) b = copy_plan (a);
  g_autoptr(PdzDiff) diff = NULL;
  g_autoptr(GError) error = NULL;

  pdz_plan_set_id (b, "altro");
  g_assert_null (pdz_diff_new_from_plans (a, b, PDZ_DIFF_FLAGS_NONE, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_DIFFERENT_PLANS);
  g_assert_nonnull (strstr (error->message, "\"test\""));
  g_assert_nonnull (strstr (error->message, "\"altro\""));
  g_clear_error (&error);

  diff = pdz_diff_new_from_plans (a, b, PDZ_DIFF_FLAGS_FORCE, &error);
  g_assert_no_error (error);
  g_assert_false (pdz_diff_get_same_plan (diff));
  g_assert_cmpstr (pdz_diff_get_new_id (diff), ==, "altro");
  find_change (diff, PDZ_CHANGE_KIND_CHANGED, PDZ_ENTITY_KIND_PLAN, NULL, "id");
  g_clear_object (&diff);

  pdz_plan_set_id (b, NULL);
  g_assert_null (pdz_diff_new_from_plans (a, b, PDZ_DIFF_FLAGS_NONE, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_DIFFERENT_PLANS);
  g_assert_nonnull (strstr (error->message, "without an id"));
  g_clear_error (&error);

  diff = pdz_plan_diff (a, b);
  g_assert_false (pdz_diff_get_same_plan (diff));
}

/* --- The example's two rounds, counted by hand -------------------------------------------- */

static void
test_diff_example_rounds (void)
{
  g_autofree char *old_path = g_build_filename (pdz_test_get_examples_dir (), "corsichese-2022-12.json", NULL);
  g_autoptr(PdzPlan) old = pdz_test_load_file (old_path);
  g_autoptr(PdzPlan) new = pdz_test_load_example ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzDiff) diff = pdz_diff_new_from_plans (old, new, PDZ_DIFF_FLAGS_NONE, &error);
  g_autoptr(PdzStatsTable) transitions = pdz_diff_dup_transitions (diff);
  g_autoptr(PdzStatsTable) actions = pdz_diff_dup_actions (diff);
  g_autoptr(PdzStatsTable) extra = pdz_diff_dup_extra_actions (diff);
  g_autoptr(PdzStatsTable) projects = pdz_diff_dup_projects (diff);
  g_autoptr(PdzStatsTable) partners = pdz_diff_dup_partners (diff);
  g_autoptr(PdzStatsTable) by_role = pdz_diff_dup_partners_by_role (diff);
  g_autoptr(PdzStatsTable) by_source = pdz_diff_dup_fundings_by_source (diff);
  g_autoptr(PdzStatsTable) by_status = pdz_diff_dup_fundings_by_status (diff);
  g_autoptr(PdzStatsTable) counts = pdz_diff_dup_counts (diff);
  guint bullets = 0, subs = 0, project_actions = 0, completed = 0, joined = 0;
  gint64 gained = 0;
  guint milestones = 0;

  g_assert_no_error (error);
  g_assert_true (pdz_diff_get_same_plan (diff));
  g_assert_cmpstr (pdz_diff_get_old_round_title (diff), ==, pdz_diff_get_new_round_title (diff));

  /* Status: emergenza-abitativa-2 signed (in progress → completed),
   * giovani-neet-1 started (not stated → in progress), the two projects
   * sovra-ambito completed */
  g_assert_cmpuint (n_rows (transitions), ==, 3);
  g_assert_cmpint (cell (transitions, "in-progress:completed", "actions"), ==, 1);
  g_assert_cmpint (cell (transitions, "not-stated:in-progress", "actions"), ==, 1);
  g_assert_cmpint (cell (transitions, "not-stated:completed", "projects"), ==, 2);

  /* 23 new bullets under the objectives, 2 sub-actions, 2 actions of projects */
  for (guint i = 0, n = n_rows (actions); i < n; i++)
    {
      PdzStatsRow *row = item (G_LIST_MODEL (actions), i);

      g_assert_cmpstr (pdz_stats_row_get_string (row, "change"), ==, "added");
      if (pdz_stats_row_get_string (row, "parent") != NULL)
        subs++;
      else if (pdz_stats_row_get_string (row, "project") != NULL)
        project_actions++;
      else
        bullets++;
      if (pdz_stats_row_get_string (row, "parent") == NULL &&
          g_strcmp0 (pdz_stats_row_get_string (row, "status"), "completed") == 0)
        completed++;
    }
  g_assert_cmpuint (bullets, ==, 23);
  g_assert_cmpuint (subs, ==, 2);
  g_assert_cmpuint (project_actions, ==, 2);
  /* Completed since: the one signed, and 9 new bullets completed (7 under
   * objectives, the 2 of the projects): the 10 completed of October 2023 */
  g_assert_cmpuint (completed + cell (transitions, "in-progress:completed", "actions"), ==, 10);
  /* CAS Ucraina was extra already: no new extra action */
  g_assert_cmpuint (n_rows (extra), ==, 0);
  g_assert_cmpuint (n_rows (projects), ==, 14);

  /* 9 new partners; the seven parties of the protocol and Il Visconteo signatory */
  for (guint i = 0, n = n_rows (partners); i < n; i++)
    joined += g_strcmp0 (pdz_stats_row_get_string (item (G_LIST_MODEL (partners), i), "change"), "joined") == 0;
  g_assert_cmpuint (joined, ==, 9);
  g_assert_cmpint (cell (by_role, "signatory", "joined"), ==, 8);
  g_assert_cmpint (cell (by_role, "lead", "joined"), ==, 2);

  /* 9 new fundings, none lost: 3 granted, 1 applied for, 1 not funded, 4 not stated */
  for (guint i = 0, n = n_rows (by_source); i < n; i++)
    gained += pdz_stats_row_get_int (item (G_LIST_MODEL (by_source), i), "gained");
  g_assert_cmpint (gained, ==, 9);
  g_assert_cmpint (cell (by_source, "PNRR", "gained"), ==, 4);
  g_assert_cmpint (cell (by_status, "granted", "gained"), ==, 3);
  g_assert_cmpint (cell (by_status, "applied", "gained"), ==, 1);
  g_assert_cmpint (cell (by_status, "not-funded", "gained"), ==, 1);
  g_assert_cmpint (cell (by_status, "not-stated", "gained"), ==, 4);

  /* 7 new milestones: 5 of actions of both rounds, 2 in new actions */
  g_assert_cmpint (cell (counts, "milestone", "added"), ==, 5);
  for (guint i = 0, n = g_list_model_get_n_items (pdz_diff_get_changes (diff)); i < n; i++)
    {
      PdzChange *change = item (pdz_diff_get_changes (diff), i);
      GObject *added = pdz_change_get_new_entity (change);

      if (pdz_change_get_kind (change) != PDZ_CHANGE_KIND_ADDED || !PDZ_IS_ACTION (added))
        continue;
      milestones += g_list_model_get_n_items (pdz_action_get_milestones (PDZ_ACTION (added)));
      for (guint j = 0, m = g_list_model_get_n_items (pdz_action_get_actions (PDZ_ACTION (added))); j < m; j++)
        milestones += g_list_model_get_n_items (pdz_action_get_milestones (item (pdz_action_get_actions (PDZ_ACTION (added)), j)));
    }
  g_assert_cmpuint (milestones, ==, 2);

  /* The marker a report puts beside a changed action */
  {
    g_autoptr(GListModel) changes = pdz_diff_dup_entity_changes (diff, PDZ_ENTITY_KIND_ACTION, "emergenza-abitativa-2");
    g_autoptr(GListModel) none = pdz_diff_dup_entity_changes (diff, PDZ_ENTITY_KIND_ACTION, "emergenza-abitativa-1");
    gboolean status = FALSE;

    for (guint i = 0, n = g_list_model_get_n_items (changes); i < n; i++)
      status |= g_strcmp0 (pdz_change_get_member (item (changes, i)), "status") == 0;
    g_assert_true (status);
    g_assert_cmpuint (g_list_model_get_n_items (none), ==, 1);   /* its title only */
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdz/diff/self-empty", test_diff_self_empty);
  g_test_add_func ("/pdz/diff/members", test_diff_members);
  g_test_add_func ("/pdz/diff/unordered", test_diff_unordered);
  g_test_add_func ("/pdz/diff/added-removed", test_diff_added_removed);
  g_test_add_func ("/pdz/diff/moved", test_diff_moved);
  g_test_add_func ("/pdz/diff/idless", test_diff_idless);
  g_test_add_func ("/pdz/diff/apply/example", test_diff_apply_example);
  g_test_add_func ("/pdz/diff/apply/keeps-edits", test_diff_apply_keeps_edits);
  g_test_add_func ("/pdz/diff/apply/conflict", test_diff_apply_conflict);
  g_test_add_func ("/pdz/diff/json/file", test_diff_json_file);
  g_test_add_func ("/pdz/diff/json/strict", test_diff_json_strict);
  g_test_add_func ("/pdz/diff/same-plan", test_diff_same_plan);
  g_test_add_func ("/pdz/diff/example-rounds", test_diff_example_rounds);

  return g_test_run ();
}
