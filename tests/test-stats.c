/* test-stats.c: PdzStats and its tables
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The expected figures are counted by hand from
 * examples/data/corsichese-2021-2023.json: 19 objectives (11 in progress,
 * 8 planned), 67 actions (18 in progress, 49 completed; 2 extra: one in
 * progress, one completed), 16 projects (13 in progress, 2 completed,
 * 1 planned), 10 fundings without amounts.
 */

#include <libpdz/pdz.h>

#include "pdz-test-util.h"

typedef struct {
  PdzPlan *plan;     /* (owned) */
  PdzStats *stats;   /* (owned) */
} Fixture;

static void
fixture_set_up (Fixture *f,
                gconstpointer user_data)
{
  f->plan = pdz_test_load_example ();
  f->stats = pdz_stats_new (f->plan);
}

static void
fixture_tear_down (Fixture *f,
                   gconstpointer user_data)
{
  g_clear_object (&f->stats);
  g_clear_object (&f->plan);
}

static PdzStatsRow *
row_at (PdzStatsTable *table,
        guint position)
{
  /* The table holds the row; return it borrowed. */
  g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (table), position);

  g_assert_nonnull (row);
  return row;
}

static PdzStatsRow *
row_for (PdzStatsTable *table,
         const char *key)
{
  PdzStatsRow *row = pdz_stats_table_lookup_row (table, key);

  if (row == NULL)
    g_error ("no row “%s” in %s", key, pdz_stats_table_get_name (table));
  return row;
}

static gint64
cell (PdzStatsTable *table,
      const char *key,
      const char *column)
{
  PdzStatsRow *row = row_for (table, key);

  g_assert_true (pdz_stats_row_has_column (row, column));
  return pdz_stats_row_get_int (row, column);
}

static gint64
column_sum (PdzStatsTable *table,
            const char *column)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));
  gint64 sum = 0;

  for (guint i = 0; i < n; i++)
    sum += pdz_stats_row_get_int (row_at (table, i), column);
  return sum;
}

static void
test_totals (Fixture *f,
             gconstpointer user_data)
{
  guint n_actions, n_objectives;

  g_assert_cmpuint (pdz_stats_get_n_objectives (f->stats), ==, 19);
  g_assert_cmpuint (pdz_stats_get_n_actions (f->stats), ==, 67);
  g_assert_cmpuint (pdz_stats_get_n_projects (f->stats), ==, 16);
  g_assert_cmpuint (pdz_stats_get_n_extra_actions (f->stats), ==, 2);
  g_assert_cmpfloat_with_epsilon (pdz_stats_get_completion_rate (f->stats), 49.0 / 67.0, 1e-9);
  g_assert_true (pdz_stats_get_plan (f->stats) == f->plan);
  g_assert_cmpuint (g_list_model_get_n_items (pdz_stats_get_actions (f->stats)), ==, 67);
  g_assert_cmpuint (g_list_model_get_n_items (pdz_stats_get_objectives (f->stats)), ==, 19);
  g_assert_cmpuint (g_list_model_get_n_items (pdz_stats_get_projects (f->stats)), ==, 16);

  g_object_get (f->stats, "n-actions", &n_actions, "n-objectives", &n_objectives, NULL);
  g_assert_cmpuint (n_actions, ==, 67);
  g_assert_cmpuint (n_objectives, ==, 19);
}

static void
test_by_status (Fixture *f,
                gconstpointer user_data)
{
  g_autoptr(PdzStatsTable) table = pdz_stats_by_status (f->stats);

  g_assert_cmpstr (pdz_stats_table_get_name (table), ==, "by-status");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (table)), ==, 5);
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (table, 0)), ==, "planned");
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (table, 4)), ==, "cancelled");

  g_assert_cmpint (cell (table, "planned", "objectives"), ==, 8);
  g_assert_cmpint (cell (table, "planned", "actions"), ==, 0);
  g_assert_cmpint (cell (table, "planned", "projects"), ==, 1);
  g_assert_cmpint (cell (table, "in-progress", "objectives"), ==, 11);
  g_assert_cmpint (cell (table, "in-progress", "actions"), ==, 18);
  g_assert_cmpint (cell (table, "in-progress", "projects"), ==, 13);
  g_assert_cmpint (cell (table, "completed", "objectives"), ==, 0);
  g_assert_cmpint (cell (table, "completed", "actions"), ==, 49);
  g_assert_cmpint (cell (table, "completed", "projects"), ==, 2);
  g_assert_cmpint (cell (table, "suspended", "actions"), ==, 0);
  g_assert_cmpint (cell (table, "cancelled", "actions"), ==, 0);
}

static void
test_by_macroarea (Fixture *f,
                   gconstpointer user_data)
{
  /* macroarea, objectives, actions, projects, actions in progress,
   * actions completed: counted by hand. */
  static const struct {
    const char *key;
    gint64 objectives, actions, projects, in_progress, completed;
  } expected[] = {
    { "politiche-abitative", 2, 10, 1, 3, 7 },
    { "politiche-giovanili-minori", 1, 3, 2, 2, 1 },
    { "interventi-famiglia", 1, 8, 2, 0, 8 },
    { "digitalizzazione-servizi", 2, 3, 0, 1, 2 },
    { "azioni-di-sistema", 5, 38, 9, 12, 26 },
    /* the ASST objectives; the sovra-ambito projects and their actions */
    { "", 8, 5, 2, 0, 5 },
  };
  g_autoptr(PdzStatsTable) table = pdz_stats_by_macroarea (f->stats);
  PdzStatsRow *row;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (table)), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      row = row_at (table, i);
      g_assert_cmpstr (pdz_stats_row_get_key (row), ==, expected[i].key);
      g_assert_cmpint (pdz_stats_row_get_int (row, "objectives"), ==, expected[i].objectives);
      g_assert_cmpint (pdz_stats_row_get_int (row, "actions"), ==, expected[i].actions);
      g_assert_cmpint (pdz_stats_row_get_int (row, "projects"), ==, expected[i].projects);
      g_assert_cmpint (pdz_stats_row_get_int (row, "actions-in-progress"), ==, expected[i].in_progress);
      g_assert_cmpint (pdz_stats_row_get_int (row, "actions-completed"), ==, expected[i].completed);
      g_assert_cmpint (pdz_stats_row_get_int (row, "actions-planned"), ==, 0);
    }

  g_assert_cmpint (column_sum (table, "actions"), ==, 67);
  g_assert_cmpint (column_sum (table, "objectives"), ==, 19);
  g_assert_cmpint (column_sum (table, "projects"), ==, 16);

  row = row_for (table, "politiche-abitative");
  g_assert_cmpstr (pdz_stats_row_get_string (row, "title"), ==, "Politiche abitative");
  g_assert_null (pdz_stats_row_get_string (row, "code"));
  g_assert_cmpfloat_with_epsilon (pdz_stats_row_get_double (row, "actions-completion-rate"), 0.7, 1e-9);
  g_assert_cmpfloat_with_epsilon (pdz_stats_row_get_double (row, "objectives-completion-rate"), 0.0, 1e-9);
  g_assert_cmpint (pdz_stats_row_get_int (row, "projects-planned"), ==, 1);
  row = row_for (table, "azioni-di-sistema");
  g_assert_cmpint (pdz_stats_row_get_int (row, "objectives-in-progress"), ==, 5);
  g_assert_cmpint (pdz_stats_row_get_int (row, "projects-in-progress"), ==, 9);
  g_assert_cmpfloat_with_epsilon (pdz_stats_row_get_double (row, "actions-completion-rate"),
                                  26.0 / 38.0, 1e-9);
  row = row_for (table, "");
  g_assert_null (pdz_stats_row_get_string (row, "title"));
  g_assert_cmpint (pdz_stats_row_get_int (row, "objectives-planned"), ==, 8);
  g_assert_cmpint (pdz_stats_row_get_int (row, "projects-completed"), ==, 2);
  g_assert_cmpfloat_with_epsilon (pdz_stats_row_get_double (row, "projects-completion-rate"), 1.0, 1e-9);
}

static void
assert_period_rows (PdzStatsTable *table,
                    const char * const *keys)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));

  g_assert_cmpuint (n, ==, g_strv_length ((char **) keys));
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (pdz_stats_row_get_key (row_at (table, i)), ==, keys[i]);
}

static void
test_by_period (Fixture *f,
                gconstpointer user_data)
{
  g_autoptr(PdzStatsTable) years = pdz_stats_by_year (f->stats);
  g_autoptr(PdzStatsTable) quarters = pdz_stats_by_quarter (f->stats);
  g_autoptr(PdzStatsTable) months = pdz_stats_by_month (f->stats);
  const char * const year_keys[] = { "2022", "2023", "before", "after", "undated", NULL };
  const char * const quarter_keys[] = {
    "2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2022",
    "2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2023",
    "before", "after", "undated", NULL
  };
  const char * const month_keys[] = {
    "2022-03", "2022-04", "2022-05", "2022-06", "2022-07", "2022-08", "2022-09",
    "2022-10", "2022-11", "2022-12", "2022",
    "2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07",
    "2023-08", "2023-09", "2023-10", "2023",
    "before", "after", "undated", NULL
  };

  /* The monitoring round runs from 2022-03 to 2023-10. Seven actions are
   * dated: 2022, 2023-01-24, 2023-05-30, 2023-06, 2023-11 (twice) and
   * 2024; 60 are not, the two extra actions among them. */
  assert_period_rows (years, year_keys);
  g_assert_cmpint (cell (years, "2022", "actions"), ==, 1);
  g_assert_cmpint (cell (years, "2023", "actions"), ==, 5);
  g_assert_cmpint (cell (years, "2023", "completed"), ==, 5);
  g_assert_cmpint (cell (years, "before", "actions"), ==, 0);
  g_assert_cmpint (cell (years, "after", "actions"), ==, 1);
  g_assert_cmpint (cell (years, "undated", "actions"), ==, 60);
  g_assert_cmpint (cell (years, "undated", "extra"), ==, 2);
  g_assert_cmpint (cell (years, "2023", "year"), ==, 2023);
  g_assert_cmpint (cell (years, "2023", "part"), ==, 0);
  g_assert_cmpint (column_sum (years, "actions"), ==, 67);
  g_assert_cmpint (column_sum (years, "extra"), ==, 2);

  /* "2022" is known only to the year: its own row in the quarter and
   * month tables. November 2023 is in the last quarter of the round, but
   * after its last month. */
  assert_period_rows (quarters, quarter_keys);
  g_assert_cmpint (cell (quarters, "2022", "actions"), ==, 1);
  g_assert_cmpint (cell (quarters, "2023-Q1", "actions"), ==, 1);
  g_assert_cmpint (cell (quarters, "2023-Q2", "actions"), ==, 2);
  g_assert_cmpint (cell (quarters, "2023-Q3", "actions"), ==, 0);
  g_assert_cmpint (cell (quarters, "2023-Q4", "actions"), ==, 2);
  g_assert_cmpint (cell (quarters, "2023-Q4", "part"), ==, 4);
  g_assert_cmpint (cell (quarters, "after", "actions"), ==, 1);
  g_assert_cmpint (cell (quarters, "undated", "actions"), ==, 60);
  g_assert_cmpint (column_sum (quarters, "actions"), ==, 67);

  assert_period_rows (months, month_keys);
  g_assert_cmpint (cell (months, "2022", "actions"), ==, 1);
  g_assert_cmpint (cell (months, "2023-01", "actions"), ==, 1);
  g_assert_cmpint (cell (months, "2023-05", "actions"), ==, 1);
  g_assert_cmpint (cell (months, "2023-06", "actions"), ==, 1);
  g_assert_cmpint (cell (months, "2023-06", "part"), ==, 6);
  g_assert_cmpint (cell (months, "2023-10", "actions"), ==, 0);
  g_assert_cmpint (cell (months, "after", "actions"), ==, 3);
  g_assert_cmpint (cell (months, "undated", "actions"), ==, 60);
  g_assert_cmpint (column_sum (months, "actions"), ==, 67);
}

static void
test_by_partner (Fixture *f,
                 gconstpointer user_data)
{
  g_autoptr(PdzStatsTable) table = pdz_stats_by_partner (f->stats);
  const char * const top[] = { "ads", "prefettura-milano", "citta-metropolitana-milano",
                               "visconteo", "afol" };
  PdzStatsRow *row;

  /* Every partner of the plan takes part in something. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (table)), ==, 20);
  for (guint i = 0; i < G_N_ELEMENTS (top); i++)
    g_assert_cmpstr (pdz_stats_row_get_key (row_at (table, i)), ==, top[i]);
  /* Last, the two with a project and no action, in the plan's order. */
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (table, 18)), ==, "mlps");
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (table, 19)), ==, "regione-lombardia");

  g_assert_cmpint (column_sum (table, "actions"), ==, 22);
  g_assert_cmpint (column_sum (table, "projects"), ==, 3);

  row = row_for (table, "visconteo");
  g_assert_cmpint (pdz_stats_row_get_int (row, "actions"), ==, 2);
  g_assert_cmpint (pdz_stats_row_get_int (row, "projects"), ==, 0);
  g_assert_cmpstr (pdz_stats_row_get_string (row, "roles"), ==, "participant,lead,signatory");
  g_assert_cmpstr (pdz_stats_row_get_string (row, "name"), ==, "Il Visconteo");
  g_assert_cmpstr (pdz_stats_row_get_string (row, "kind"), ==, "ambito");
  row = row_for (table, "afol");
  g_assert_cmpint (pdz_stats_row_get_int (row, "actions"), ==, 1);
  g_assert_cmpint (pdz_stats_row_get_int (row, "projects"), ==, 1);
  g_assert_cmpstr (pdz_stats_row_get_string (row, "roles"), ==, "lead,partner");
  row = row_for (table, "prefettura-milano");
  g_assert_cmpint (pdz_stats_row_get_int (row, "actions"), ==, 2);
  g_assert_cmpstr (pdz_stats_row_get_string (row, "roles"), ==, "participant,signatory");
  /* MLPS approves the rescheduling, Regione Lombardia agreed it: neither
   * in a named role. */
  row = row_for (table, "mlps");
  g_assert_cmpstr (pdz_stats_row_get_string (row, "roles"), ==, "participant");
  row = row_for (table, "regione-lombardia");
  g_assert_cmpstr (pdz_stats_row_get_string (row, "roles"), ==, "participant");
  g_assert_cmpint (cell (table, "aler", "actions"), ==, 1);
  g_assert_cmpint (cell (table, "cpi", "actions"), ==, 1);
  g_assert_cmpint (cell (table, "regione-lombardia", "projects"), ==, 1);
}

static void
test_funding (Fixture *f,
              gconstpointer user_data)
{
  g_autoptr(PdzStatsTable) sources = pdz_stats_by_funding_source (f->stats);
  g_autoptr(PdzStatsTable) statuses = pdz_stats_by_funding_status (f->stats);
  const char * const source_keys[] = {
    "PNRR", "Bando ANCI-NEET 2022", "Bando GAP", "DGR7631/2017",
    "Bando La Lombardia è dei Giovani 2023", "FAMI", "FNPS", NULL
  };

  /* The report states no amount: every funding's is unknown. */
  assert_period_rows (sources, source_keys);
  g_assert_cmpint (cell (sources, "PNRR", "fundings"), ==, 4);
  g_assert_cmpint (cell (sources, "PNRR", "amount"), ==, 0);
  g_assert_cmpint (cell (sources, "PNRR", "unknown-amounts"), ==, 4);
  g_assert_cmpint (column_sum (sources, "fundings"), ==, 10);
  g_assert_cmpint (column_sum (sources, "unknown-amounts"), ==, 10);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (statuses)), ==, 5);
  g_assert_cmpint (cell (statuses, "unknown", "fundings"), ==, 5);
  g_assert_cmpint (cell (statuses, "applied", "fundings"), ==, 1);
  g_assert_cmpint (cell (statuses, "granted", "fundings"), ==, 3);
  g_assert_cmpint (cell (statuses, "not-funded", "fundings"), ==, 1);
  g_assert_cmpint (cell (statuses, "reported", "fundings"), ==, 0);
}

static void
test_by_origin (Fixture *f,
                gconstpointer user_data)
{
  g_autoptr(PdzStatsTable) table = pdz_stats_by_origin (f->stats);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (table)), ==, 2);
  /* Extra: CAS Ucraina (completed) and the transition to the Assegno di
   * Inclusione (in progress). */
  g_assert_cmpint (cell (table, "planned", "actions"), ==, 65);
  g_assert_cmpint (cell (table, "planned", "in-progress"), ==, 17);
  g_assert_cmpint (cell (table, "planned", "completed"), ==, 48);
  g_assert_cmpint (cell (table, "extra", "actions"), ==, 2);
  g_assert_cmpint (cell (table, "extra", "in-progress"), ==, 1);
  g_assert_cmpint (cell (table, "extra", "completed"), ==, 1);
  g_assert_cmpfloat_with_epsilon (pdz_stats_row_get_double (row_for (table, "planned"), "completion-rate"),
                                  48.0 / 65.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (pdz_stats_row_get_double (row_for (table, "extra"), "completion-rate"),
                                  0.5, 1e-9);
}

static void
test_for_query (Fixture *f,
                gconstpointer user_data)
{
  g_autoptr(PdzQuery) query = pdz_query_new (f->plan);
  g_autoptr(PdzStats) stats = NULL;
  g_autoptr(PdzStatsTable) partners = NULL;
  g_autoptr(PdzStatsTable) macroareas = NULL;
  PdzQuery *held = NULL;

  pdz_query_set_macroarea (query, "politiche-abitative");
  stats = pdz_stats_new_for_query (query);
  g_object_get (stats, "query", &held, NULL);
  g_assert_true (held == query);
  g_object_unref (held);
  g_assert_true (pdz_stats_get_plan (stats) == f->plan);
  g_assert_cmpuint (pdz_stats_get_n_actions (stats), ==, 10);
  g_assert_cmpuint (pdz_stats_get_n_objectives (stats), ==, 2);
  g_assert_cmpuint (pdz_stats_get_n_projects (stats), ==, 1);
  g_assert_cmpfloat_with_epsilon (pdz_stats_get_completion_rate (stats), 0.7, 1e-9);

  /* Eleven partners take part in the housing actions; the AdS in one of
   * them only (its other action is a system action). */
  partners = pdz_stats_by_partner (stats);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (partners)), ==, 11);
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (partners, 0)), ==, "prefettura-milano");
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (partners, 1)), ==, "citta-metropolitana-milano");
  g_assert_cmpint (cell (partners, "ads", "actions"), ==, 1);

  /* The other macroareas keep their rows, with nothing in them. */
  macroareas = pdz_stats_by_macroarea (stats);
  g_assert_cmpint (cell (macroareas, "politiche-abitative", "actions"), ==, 10);
  g_assert_cmpint (cell (macroareas, "azioni-di-sistema", "actions"), ==, 0);
  g_assert_null (pdz_stats_table_lookup_row (macroareas, ""));
}

static void
test_rows_api (Fixture *f,
               gconstpointer user_data)
{
  g_autoptr(PdzStatsTable) table = pdz_stats_by_macroarea (f->stats);
  PdzStatsRow *row = row_for (table, "interventi-famiglia");
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) missing = G_VALUE_INIT;
  g_auto(GStrv) columns = NULL;
  guint n_items = 0;
  const char * const *row_columns = pdz_stats_row_get_columns (row);

  g_assert_cmpstrv (row_columns, pdz_stats_table_get_columns (table));
  g_assert_cmpstr (row_columns[0], ==, "macroarea");
  g_object_get (table, "columns", &columns, "n-items", &n_items, NULL);
  g_assert_cmpstrv (columns, row_columns);
  g_assert_cmpuint (n_items, ==, 6);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (table)) == PDZ_TYPE_STATS_ROW);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (table), 6));

  g_assert_true (pdz_stats_table_get_column_type (table, "title") == G_TYPE_STRING);
  g_assert_true (pdz_stats_table_get_column_type (table, "actions") == G_TYPE_INT64);
  g_assert_true (pdz_stats_table_get_column_type (table, "actions-completion-rate") == G_TYPE_DOUBLE);
  g_assert_true (pdz_stats_table_get_column_type (table, "nope") == G_TYPE_INVALID);

  g_assert_true (pdz_stats_row_get_value (row, "actions", &value));
  g_assert_true (G_VALUE_HOLDS_INT64 (&value));
  g_assert_cmpint (g_value_get_int64 (&value), ==, 8);
  g_assert_false (pdz_stats_row_get_value (row, "nope", &missing));
  g_assert_true (G_VALUE_HOLDS_STRING (&missing));
  g_assert_null (g_value_get_string (&missing));

  /* Wrong type or no column: 0 or NULL. */
  g_assert_cmpint (pdz_stats_row_get_int (row, "title"), ==, 0);
  g_assert_null (pdz_stats_row_get_string (row, "actions"));
  g_assert_cmpfloat (pdz_stats_row_get_double (row, "actions"), ==, 8.0);
  g_assert_cmpfloat (pdz_stats_row_get_double (row, "nope"), ==, 0.0);
  g_assert_false (pdz_stats_row_has_column (row, "nope"));
  g_assert_null (pdz_stats_table_lookup_row (table, "nope"));
}

static void
test_row_outlives_table (Fixture *f,
                         gconstpointer user_data)
{
  PdzStatsTable *table = pdz_stats_by_partner (f->stats);
  PdzStatsRow *row = g_list_model_get_item (G_LIST_MODEL (table), 0);

  g_object_unref (table);
  g_assert_cmpstr (pdz_stats_row_get_key (row), ==, "ads");
  g_assert_cmpstr (pdz_stats_row_get_columns (row)[1], ==, "name");
  g_object_unref (row);
}

/* ---- small plans -------------------------------------------------------- */

static void
test_amounts_and_two_macroareas (void)
{
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(PdzMacroarea) m1 = pdz_macroarea_new ("m1", "One");
  g_autoptr(PdzMacroarea) m2 = pdz_macroarea_new ("m2", "Two");
  g_autoptr(PdzObjective) o1 = pdz_objective_new ("o1", "Objective one");
  g_autoptr(PdzObjective) o2 = pdz_objective_new ("o2", "Objective two");
  g_autoptr(PdzProject) project = pdz_project_new ("p", "Project");
  g_autoptr(PdzAction) action = pdz_action_new ("a", "Action of the project");
  g_autoptr(PdzAction) extra = pdz_action_new ("x", "Extra action");
  g_autoptr(PdzFunding) f1 = pdz_funding_new ("PNRR");
  g_autoptr(PdzFunding) f2 = pdz_funding_new ("pnrr");
  g_autoptr(PdzFunding) f3 = pdz_funding_new ("FNPS");
  g_autoptr(PdzStats) stats = NULL;
  g_autoptr(PdzStatsTable) sources = NULL;
  g_autoptr(PdzStatsTable) statuses = NULL;
  g_autoptr(PdzStatsTable) macroareas = NULL;
  g_autoptr(PdzStatsTable) origin = NULL;

  g_assert_true (pdz_plan_add_macroarea (plan, m1, NULL));
  g_assert_true (pdz_plan_add_macroarea (plan, m2, NULL));
  pdz_objective_set_macroarea (o1, m1);
  pdz_objective_set_macroarea (o2, m2);
  g_assert_true (pdz_plan_add_objective (plan, o1, NULL));
  g_assert_true (pdz_plan_add_objective (plan, o2, NULL));
  pdz_project_add_objective (project, o1);
  pdz_project_add_objective (project, o2);
  g_assert_true (pdz_plan_add_project (plan, project, NULL));
  g_assert_true (pdz_project_add_action (project, action, NULL));
  pdz_action_set_extra (extra, TRUE);
  pdz_action_set_status (extra, PDZ_STATUS_COMPLETED);
  g_assert_true (pdz_objective_add_action (o1, extra, NULL));

  pdz_funding_set_amount (f1, 100000);
  pdz_funding_set_status (f1, PDZ_FUNDING_STATUS_GRANTED);
  pdz_action_add_funding (extra, f1);
  pdz_funding_set_amount (f2, 50050);
  pdz_funding_set_status (f2, PDZ_FUNDING_STATUS_APPLIED);
  pdz_project_add_funding (project, f2);
  pdz_project_add_funding (project, f3);

  stats = pdz_stats_new (plan);
  g_assert_cmpuint (pdz_stats_get_n_extra_actions (stats), ==, 1);

  /* "PNRR" and "pnrr" are one source, under the spelling met first. */
  sources = pdz_stats_by_funding_source (stats);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sources)), ==, 2);
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (sources, 0)), ==, "PNRR");
  g_assert_cmpint (cell (sources, "PNRR", "fundings"), ==, 2);
  g_assert_cmpint (cell (sources, "PNRR", "amount"), ==, 150050);
  g_assert_cmpint (cell (sources, "PNRR", "unknown-amounts"), ==, 0);
  g_assert_cmpint (cell (sources, "FNPS", "amount"), ==, 0);
  g_assert_cmpint (cell (sources, "FNPS", "unknown-amounts"), ==, 1);

  statuses = pdz_stats_by_funding_status (stats);
  g_assert_cmpint (cell (statuses, "granted", "amount"), ==, 100000);
  g_assert_cmpint (cell (statuses, "applied", "amount"), ==, 50050);
  g_assert_cmpint (cell (statuses, "unknown", "unknown-amounts"), ==, 1);

  /* A project serving two macroareas counts in both, with its action. */
  macroareas = pdz_stats_by_macroarea (stats);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (macroareas)), ==, 2);
  g_assert_cmpint (cell (macroareas, "m1", "projects"), ==, 1);
  g_assert_cmpint (cell (macroareas, "m2", "projects"), ==, 1);
  g_assert_cmpint (cell (macroareas, "m1", "actions"), ==, 2);
  g_assert_cmpint (cell (macroareas, "m2", "actions"), ==, 1);

  origin = pdz_stats_by_origin (stats);
  g_assert_cmpint (cell (origin, "extra", "actions"), ==, 1);
  g_assert_cmpint (cell (origin, "extra", "completed"), ==, 1);
  g_assert_cmpint (cell (origin, "planned", "actions"), ==, 1);
  g_assert_cmpint (cell (origin, "planned", "planned"), ==, 1);
}

static void
test_period_fallbacks (void)
{
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(PdzObjective) objective = pdz_objective_new ("o", "Objective");
  g_autoptr(PdzAction) a = pdz_action_new ("a", "A");
  g_autoptr(PdzAction) b = pdz_action_new ("b", "B");
  g_autoptr(PdzDate) feb = pdz_date_new_day (2022, 2, 10);
  g_autoptr(PdzDate) y2022 = pdz_date_new_year (2022);
  g_autoptr(PdzDate) apr = pdz_date_new_month (2022, 4);
  g_autoptr(PdzDate) y2021 = pdz_date_new_year (2021);
  g_autoptr(PdzStats) stats = NULL;
  g_autoptr(PdzStatsTable) months = NULL;
  g_autoptr(PdzStatsTable) months_in_plan = NULL;
  g_autoptr(PdzStatsTable) empty = NULL;

  g_assert_true (pdz_plan_add_objective (plan, objective, NULL));
  g_assert_true (pdz_objective_add_action (objective, a, NULL));
  g_assert_true (pdz_objective_add_action (objective, b, NULL));
  pdz_action_set_date (a, feb);
  pdz_action_set_date (b, apr);

  /* No monitoring round, no plan period: the span of the dates. */
  stats = pdz_stats_new (plan);
  months = pdz_stats_by_month (stats);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (months)), ==, 3 + 1 + 3);
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (months, 0)), ==, "2022-02");
  g_assert_cmpint (cell (months, "2022-02", "actions"), ==, 1);
  g_assert_cmpint (cell (months, "2022-04", "actions"), ==, 1);
  g_clear_object (&stats);

  /* The plan period, "2021" to "2022": 24 months. */
  pdz_plan_set_start (plan, y2021);
  pdz_plan_set_end (plan, y2022);
  stats = pdz_stats_new (plan);
  months_in_plan = pdz_stats_by_month (stats);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (months_in_plan)), ==, 24 + 2 + 3);
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (months_in_plan, 0)), ==, "2021-01");
  g_assert_cmpint (cell (months_in_plan, "2022-02", "actions"), ==, 1);
  g_clear_object (&stats);

  /* No date at all: only the last three rows. */
  pdz_plan_set_start (plan, NULL);
  pdz_plan_set_end (plan, NULL);
  pdz_action_set_date (a, NULL);
  pdz_action_set_date (b, NULL);
  stats = pdz_stats_new (plan);
  empty = pdz_stats_by_quarter (stats);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (empty)), ==, 3);
  g_assert_cmpint (cell (empty, "undated", "actions"), ==, 2);
}

static void
test_empty_plan (void)
{
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(PdzStats) stats = pdz_stats_new (plan);
  g_autoptr(PdzStatsTable) partners = pdz_stats_by_partner (stats);
  g_autoptr(PdzStatsTable) macroareas = pdz_stats_by_macroarea (stats);
  g_autoptr(PdzStatsTable) origin = pdz_stats_by_origin (stats);

  g_assert_cmpuint (pdz_stats_get_n_actions (stats), ==, 0);
  g_assert_cmpfloat (pdz_stats_get_completion_rate (stats), ==, 0.0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (partners)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (macroareas)), ==, 0);
  g_assert_cmpint (cell (origin, "planned", "actions"), ==, 0);
}

int
main (int argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/pdz/stats/example/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("totals", test_totals);
  ADD ("by-status", test_by_status);
  ADD ("by-macroarea", test_by_macroarea);
  ADD ("by-period", test_by_period);
  ADD ("by-partner", test_by_partner);
  ADD ("funding", test_funding);
  ADD ("by-origin", test_by_origin);
  ADD ("for-query", test_for_query);
  ADD ("rows", test_rows_api);
  ADD ("row-outlives-table", test_row_outlives_table);
#undef ADD
  g_test_add_func ("/pdz/stats/amounts-two-macroareas", test_amounts_and_two_macroareas);
  g_test_add_func ("/pdz/stats/period-fallbacks", test_period_fallbacks);
  g_test_add_func ("/pdz/stats/empty-plan", test_empty_plan);

  return g_test_run ();
}
