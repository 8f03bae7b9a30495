/* test-stats.c: PdzStats and its tables, by the counting rule
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The counting rule (doc/queries.md): a bullet (a top-level action) counts
 * once, under the one owner that holds it; sub-actions never count; in
 * breakdowns by macroarea and by objective, the actions held by projects
 * have a row of their own ("+projects"), so every breakdown adds up to the
 * totals. Statistics are live, tables are snapshots.
 *
 * Two plans: the counting plan of pdz-test-counting-plan.h, whose map the
 * comments below count from, and the example plan
 * examples/data/corsichese-2021-2023.json, counted by hand from the file.
 */

#include <libpdz/pdz.h>

#include <math.h>

#include "pdz-test-counting-plan.h"
#include "pdz-test-util.h"

typedef struct {
  PdzPlan *plan;     /* (owned) */
  PdzStats *stats;   /* (owned) */
} Fixture;

static void
set_up_counting (Fixture       *f,
                 gconstpointer  user_data)
{
  f->plan = pdz_test_load_data (pdz_test_counting_plan);
  f->stats = pdz_stats_new (f->plan);
}

static void
set_up_example (Fixture       *f,
                gconstpointer  user_data)
{
  f->plan = pdz_test_load_example ();
  f->stats = pdz_stats_new (f->plan);
}

static void
tear_down (Fixture       *f,
           gconstpointer  user_data)
{
  g_clear_object (&f->stats);
  g_clear_object (&f->plan);
}

/* ---- helpers ------------------------------------------------------------ */

static const char * const status_nicks[] = {
  "planned", "in-progress", "completed", "suspended", "cancelled", "not-stated",
};

/* The row at @position, borrowed from @table. */
static PdzStatsRow *
row_at (PdzStatsTable *table,
        guint          position)
{
  g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (table), position);

  g_assert_nonnull (row);
  return row;
}

static guint
n_rows (PdzStatsTable *table)
{
  return g_list_model_get_n_items (G_LIST_MODEL (table));
}

static PdzStatsRow *
row_for (PdzStatsTable *table,
         const char    *key)
{
  PdzStatsRow *row = pdz_stats_table_lookup_row (table, key);

  if (row == NULL)
    g_error ("no row “%s” in %s", key, pdz_stats_table_get_name (table));
  return row;
}

static gint64
cell (PdzStatsTable *table,
      const char    *key,
      const char    *column)
{
  g_assert_true (pdz_stats_table_get_column_type (table, column) == G_TYPE_INT64);
  return pdz_stats_row_get_int (row_for (table, key), column);
}

static double
rate (PdzStatsTable *table,
      const char    *key,
      const char    *column)
{
  g_assert_true (pdz_stats_table_get_column_type (table, column) == G_TYPE_DOUBLE);
  return pdz_stats_row_get_double (row_for (table, key), column);
}

static const char *
text (PdzStatsTable *table,
      const char    *key,
      const char    *column)
{
  g_assert_true (pdz_stats_table_get_column_type (table, column) == G_TYPE_STRING);
  return pdz_stats_row_get_string (row_for (table, key), column);
}

static gint64
column_sum (PdzStatsTable *table,
            const char    *column)
{
  gint64 sum = 0;

  for (guint i = 0; i < n_rows (table); i++)
    sum += pdz_stats_row_get_int (row_at (table, i), column);
  return sum;
}

/* The keys of the rows, in order, space-separated ("" shows as ''). */
static char *
keys_of (PdzStatsTable *table)
{
  g_autoptr(GString) keys = g_string_new (NULL);

  for (guint i = 0; i < n_rows (table); i++)
    {
      const char *key = pdz_stats_row_get_key (row_at (table, i));

      if (i > 0)
        g_string_append_c (keys, ' ');
      g_string_append (keys, key[0] != '\0' ? key : "''");
    }
  return g_string_free (g_steal_pointer (&keys), FALSE);
}

#define assert_keys(table, expected) \
  G_STMT_START { \
    g_autofree char *ak_keys = keys_of (table); \
    g_assert_cmpstr (ak_keys, ==, expected); \
  } G_STMT_END

/* The columns of @table, space-separated. */
static char *
columns_of (PdzStatsTable *table)
{
  return g_strjoinv (" ", (char **) pdz_stats_table_get_columns (table));
}

#define assert_columns(table, expected) \
  G_STMT_START { \
    g_autofree char *ac_columns = columns_of (table); \
    g_assert_cmpstr (ac_columns, ==, expected); \
  } G_STMT_END

#define assert_ids(model, expected) \
  G_STMT_START { \
    g_autoptr(GListModel) ai_model = (model); \
    g_autofree char *ai_ids = pdz_test_ids_of (ai_model); \
    g_assert_cmpstr (ai_ids, ==, expected); \
  } G_STMT_END

/* The counts per status of PREFIX-planned ... PREFIX-not-stated in the row
 * @key, and PREFIX-completion-rate. */
static void
assert_statuses (PdzStatsTable *table,
                 const char    *key,
                 const char    *prefix,
                 const gint64   expected[6],
                 double         expected_rate)
{
  g_autofree char *rate_column = g_strconcat (prefix, "-completion-rate", NULL);

  for (guint s = 0; s < G_N_ELEMENTS (status_nicks); s++)
    {
      g_autofree char *column = g_strdup_printf ("%s-%s", prefix, status_nicks[s]);

      if (cell (table, key, column) != expected[s])
        g_error ("%s: row “%s”, %s: %" G_GINT64_FORMAT ", expected %" G_GINT64_FORMAT,
                 pdz_stats_table_get_name (table), key, column,
                 cell (table, key, column), expected[s]);
    }
  g_assert_cmpfloat_with_epsilon (rate (table, key, rate_column), expected_rate, 1e-9);
}

/* Asserts that the status columns PREFIX-... of @table add up, per status,
 * to @totals. */
static void
assert_status_sums (PdzStatsTable *table,
                    const char    *prefix,
                    const gint64   totals[6])
{
  for (guint s = 0; s < G_N_ELEMENTS (status_nicks); s++)
    {
      g_autofree char *column = g_strdup_printf ("%s-%s", prefix, status_nicks[s]);

      g_assert_cmpint (column_sum (table, column), ==, totals[s]);
    }
}

#define STATUSES(p, ip, c, s, x, ns) ((const gint64[6]) { p, ip, c, s, x, ns })

/* ---- the counting plan: totals and every table -------------------------- */

static void
test_counting_totals (Fixture       *f,
                      gconstpointer  user_data)
{
  guint n_actions, n_objectives, n_projects, n_extra;
  double completion;
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzQuery) query = NULL;

  /* Nine bullets (a1 a2 a3 a4 a5 a6 b1 b2 c1): the three sub-actions do not
   * count. Completed: a4, b1 (a2-s1 is a sub-action). Extra: a2, a5, b2. */
  g_assert_cmpuint (pdz_stats_get_n_actions (f->stats), ==, 9);
  g_assert_cmpuint (pdz_stats_get_n_objectives (f->stats), ==, 4);
  g_assert_cmpuint (pdz_stats_get_n_projects (f->stats), ==, 3);
  g_assert_cmpuint (pdz_stats_get_n_extra_actions (f->stats), ==, 3);
  g_assert_cmpfloat_with_epsilon (pdz_stats_get_completion_rate (f->stats), 2.0 / 9.0, 1e-9);

  assert_ids (pdz_stats_dup_actions (f->stats), "a1 a2 a3 a4 a5 a6 b1 b2 c1");
  assert_ids (pdz_stats_dup_objectives (f->stats), "o1 o2 o3 o4");
  assert_ids (pdz_stats_dup_projects (f->stats), "p1 p2 p3");

  g_object_get (f->stats,
                "n-actions", &n_actions, "n-objectives", &n_objectives,
                "n-projects", &n_projects, "n-extra-actions", &n_extra,
                "completion-rate", &completion, "plan", &plan, "query", &query,
                NULL);
  g_assert_cmpuint (n_actions, ==, 9);
  g_assert_cmpuint (n_objectives, ==, 4);
  g_assert_cmpuint (n_projects, ==, 3);
  g_assert_cmpuint (n_extra, ==, 3);
  g_assert_cmpfloat_with_epsilon (completion, 2.0 / 9.0, 1e-9);
  g_assert_true (plan == f->plan);
  g_assert_null (query);
  g_assert_true (pdz_stats_get_plan (f->stats) == f->plan);
  g_assert_null (pdz_stats_get_query (f->stats));

  /* The deprecated getters give the same lists, held by the stats. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  {
    g_autofree char *actions = pdz_test_ids_of (pdz_stats_get_actions (f->stats));
    g_autofree char *objectives = pdz_test_ids_of (pdz_stats_get_objectives (f->stats));
    g_autofree char *projects = pdz_test_ids_of (pdz_stats_get_projects (f->stats));

    g_assert_cmpstr (actions, ==, "a1 a2 a3 a4 a5 a6 b1 b2 c1");
    g_assert_cmpstr (objectives, ==, "o1 o2 o3 o4");
    g_assert_cmpstr (projects, ==, "p1 p2 p3");
  }
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
test_counting_by_status (Fixture       *f,
                         gconstpointer  user_data)
{
  /* status, objectives, actions (bullets), projects */
  static const struct {
    const char *key;
    gint64 objectives, actions, projects;
  } expected[] = {
    { "planned", 1, 1, 0 },       /* o4; a1 */
    { "in-progress", 1, 2, 1 },   /* o1; a2, c1; p1 */
    { "completed", 1, 2, 1 },     /* o2; a4, b1 (not a2-s1); p3 */
    { "suspended", 0, 1, 0 },     /* a5 */
    { "cancelled", 0, 1, 0 },     /* a6 */
    { "not-stated", 1, 2, 1 },    /* o3; a3, b2 (not a2-s2); p2 */
  };
  g_autoptr(PdzStatsTable) table = pdz_stats_by_status (f->stats);

  g_assert_cmpstr (pdz_stats_table_get_name (table), ==, "by-status");
  assert_columns (table, "status objectives actions projects");
  assert_keys (table, "planned in-progress completed suspended cancelled not-stated");
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (text (table, expected[i].key, "status"), ==, expected[i].key);
      g_assert_cmpint (cell (table, expected[i].key, "objectives"), ==, expected[i].objectives);
      g_assert_cmpint (cell (table, expected[i].key, "actions"), ==, expected[i].actions);
      g_assert_cmpint (cell (table, expected[i].key, "projects"), ==, expected[i].projects);
    }

  /* The rows add up to the totals. */
  g_assert_cmpint (column_sum (table, "objectives"), ==, 4);
  g_assert_cmpint (column_sum (table, "actions"), ==, 9);
  g_assert_cmpint (column_sum (table, "projects"), ==, 3);
}

static void
test_counting_by_macroarea (Fixture       *f,
                            gconstpointer  user_data)
{
  g_autoptr(PdzStatsTable) table = pdz_stats_by_macroarea (f->stats);
  g_autoptr(PdzStatsTable) by_status = pdz_stats_by_status (f->stats);
  gint64 action_totals[6], objective_totals[6];

  g_assert_cmpstr (pdz_stats_table_get_name (table), ==, "by-macroarea");
  assert_columns (table,
                  "macroarea group title code objectives actions "
                  "objectives-planned objectives-in-progress objectives-completed "
                  "objectives-suspended objectives-cancelled objectives-not-stated "
                  "objectives-completion-rate "
                  "actions-planned actions-in-progress actions-completed "
                  "actions-suspended actions-cancelled actions-not-stated "
                  "actions-completion-rate");
  /* The plan's macroareas in order, m-vuota too; then "" for o3 and o4;
   * then the project actions. */
  assert_keys (table, "m-casa m-lavoro m-vuota '' +projects");

  /* m-casa: o1 (IP); a1 (P), a2 (IP), a3 (NS): a2's sub-actions (C, NS)
   * do not count. */
  g_assert_cmpstr (text (table, "m-casa", "macroarea"), ==, "m-casa");
  g_assert_cmpstr (text (table, "m-casa", "group"), ==, "macroarea");
  g_assert_cmpstr (text (table, "m-casa", "title"), ==, "Casa");
  g_assert_cmpstr (text (table, "m-casa", "code"), ==, "A");
  g_assert_cmpint (cell (table, "m-casa", "objectives"), ==, 1);
  g_assert_cmpint (cell (table, "m-casa", "actions"), ==, 3);
  assert_statuses (table, "m-casa", "objectives", STATUSES (0, 1, 0, 0, 0, 0), 0.0);
  assert_statuses (table, "m-casa", "actions", STATUSES (1, 1, 0, 0, 0, 1), 0.0);

  /* m-lavoro: o2 (C); a4 (C), a5 (S). Not p1's actions, though p1 serves
   * o1 and o2. */
  g_assert_cmpstr (text (table, "m-lavoro", "title"), ==, "Lavoro");
  g_assert_null (text (table, "m-lavoro", "code"));
  g_assert_cmpint (cell (table, "m-lavoro", "objectives"), ==, 1);
  g_assert_cmpint (cell (table, "m-lavoro", "actions"), ==, 2);
  assert_statuses (table, "m-lavoro", "objectives", STATUSES (0, 0, 1, 0, 0, 0), 1.0);
  assert_statuses (table, "m-lavoro", "actions", STATUSES (0, 0, 1, 1, 0, 0), 0.5);

  /* m-vuota: nothing, and a row all the same. */
  g_assert_cmpstr (text (table, "m-vuota", "group"), ==, "macroarea");
  g_assert_cmpint (cell (table, "m-vuota", "objectives"), ==, 0);
  g_assert_cmpint (cell (table, "m-vuota", "actions"), ==, 0);
  assert_statuses (table, "m-vuota", "objectives", STATUSES (0, 0, 0, 0, 0, 0), 0.0);
  assert_statuses (table, "m-vuota", "actions", STATUSES (0, 0, 0, 0, 0, 0), 0.0);

  /* "": o3 (NS) and o4 (P); a6 (X). */
  g_assert_cmpstr (text (table, "", "group"), ==, "no-macroarea");
  g_assert_null (text (table, "", "title"));
  g_assert_null (text (table, "", "code"));
  g_assert_cmpint (cell (table, "", "objectives"), ==, 2);
  g_assert_cmpint (cell (table, "", "actions"), ==, 1);
  assert_statuses (table, "", "objectives", STATUSES (1, 0, 0, 0, 0, 1), 0.0);
  assert_statuses (table, "", "actions", STATUSES (0, 0, 0, 0, 1, 0), 0.0);

  /* +projects: b1 (C), b2 (NS) of p1, c1 (IP) of p3; no objective. */
  g_assert_cmpstr (text (table, "+projects", "group"), ==, "project-actions");
  g_assert_null (text (table, "+projects", "title"));
  g_assert_cmpint (cell (table, "+projects", "objectives"), ==, 0);
  g_assert_cmpint (cell (table, "+projects", "actions"), ==, 3);
  assert_statuses (table, "+projects", "actions", STATUSES (0, 1, 1, 0, 0, 1), 1.0 / 3.0);

  /* The rows add up to the plan's totals, status by status. */
  g_assert_cmpint (column_sum (table, "objectives"), ==, 4);
  g_assert_cmpint (column_sum (table, "actions"), ==, 9);
  for (guint s = 0; s < 6; s++)
    {
      objective_totals[s] = pdz_stats_row_get_int (row_at (by_status, s), "objectives");
      action_totals[s] = pdz_stats_row_get_int (row_at (by_status, s), "actions");
    }
  assert_status_sums (table, "objectives", objective_totals);
  assert_status_sums (table, "actions", action_totals);
}

static void
test_counting_by_objective (Fixture       *f,
                            gconstpointer  user_data)
{
  g_autoptr(PdzStatsTable) table = pdz_stats_by_objective (f->stats);

  g_assert_cmpstr (pdz_stats_table_get_name (table), ==, "by-objective");
  assert_columns (table,
                  "objective group title macroarea kind status actions sub-actions milestones "
                  "actions-planned actions-in-progress actions-completed "
                  "actions-suspended actions-cancelled actions-not-stated "
                  "actions-completion-rate");
  assert_keys (table, "o1 o2 o3 o4 +projects");

  /* o1: a1 a2 a3; a2's two sub-actions; milestones of a2 (1) and its
   * sub-actions (1 + 1). */
  g_assert_cmpstr (text (table, "o1", "group"), ==, "objective");
  g_assert_cmpstr (text (table, "o1", "title"), ==, "Casa per tutti");
  g_assert_cmpstr (text (table, "o1", "macroarea"), ==, "m-casa");
  g_assert_cmpstr (text (table, "o1", "kind"), ==, "plan");
  g_assert_cmpstr (text (table, "o1", "status"), ==, "in-progress");
  g_assert_cmpint (cell (table, "o1", "actions"), ==, 3);
  g_assert_cmpint (cell (table, "o1", "sub-actions"), ==, 2);
  g_assert_cmpint (cell (table, "o1", "milestones"), ==, 3);
  assert_statuses (table, "o1", "actions", STATUSES (1, 1, 0, 0, 0, 1), 0.0);

  g_assert_cmpstr (text (table, "o2", "macroarea"), ==, "m-lavoro");
  g_assert_cmpstr (text (table, "o2", "status"), ==, "completed");
  g_assert_cmpint (cell (table, "o2", "actions"), ==, 2);
  g_assert_cmpint (cell (table, "o2", "sub-actions"), ==, 0);
  g_assert_cmpint (cell (table, "o2", "milestones"), ==, 0);
  assert_statuses (table, "o2", "actions", STATUSES (0, 0, 1, 1, 0, 0), 0.5);

  g_assert_null (text (table, "o3", "macroarea"));
  g_assert_cmpstr (text (table, "o3", "kind"), ==, "health-integration");
  g_assert_cmpstr (text (table, "o3", "status"), ==, "not-stated");
  g_assert_cmpint (cell (table, "o3", "actions"), ==, 1);
  g_assert_cmpint (cell (table, "o3", "milestones"), ==, 1);
  assert_statuses (table, "o3", "actions", STATUSES (0, 0, 0, 0, 1, 0), 0.0);

  /* An objective without actions keeps its row. */
  g_assert_cmpstr (text (table, "o4", "title"), ==, "ASST: continuità");
  g_assert_cmpstr (text (table, "o4", "status"), ==, "planned");
  g_assert_cmpint (cell (table, "o4", "actions"), ==, 0);
  assert_statuses (table, "o4", "actions", STATUSES (0, 0, 0, 0, 0, 0), 0.0);

  /* +projects: b1, b2, c1; b1-s1; milestones of b1-s1, b2 and c1. */
  g_assert_cmpstr (text (table, "+projects", "group"), ==, "project-actions");
  g_assert_null (text (table, "+projects", "title"));
  g_assert_null (text (table, "+projects", "kind"));
  g_assert_null (text (table, "+projects", "status"));
  g_assert_cmpint (cell (table, "+projects", "actions"), ==, 3);
  g_assert_cmpint (cell (table, "+projects", "sub-actions"), ==, 1);
  g_assert_cmpint (cell (table, "+projects", "milestones"), ==, 3);
  assert_statuses (table, "+projects", "actions", STATUSES (0, 1, 1, 0, 0, 1), 1.0 / 3.0);

  /* The rows add up: 9 bullets, 3 sub-actions, 7 milestones. */
  g_assert_cmpint (column_sum (table, "actions"), ==, 9);
  g_assert_cmpint (column_sum (table, "sub-actions"), ==, 3);
  g_assert_cmpint (column_sum (table, "milestones"), ==, 7);
  assert_status_sums (table, "actions", STATUSES (1, 2, 2, 1, 1, 2));
}

static void
test_counting_by_project (Fixture       *f,
                          gconstpointer  user_data)
{
  g_autoptr(PdzStatsTable) table = pdz_stats_by_project (f->stats);

  g_assert_cmpstr (pdz_stats_table_get_name (table), ==, "by-project");
  assert_columns (table,
                  "project title status scope actions sub-actions naming-actions objectives "
                  "actions-planned actions-in-progress actions-completed "
                  "actions-suspended actions-cancelled actions-not-stated "
                  "actions-completion-rate");
  assert_keys (table, "p1 p2 p3");

  /* p1 holds b1 (C, with b1-s1) and b2 (NS); a5 of o2 names it; it serves
   * o1 and o2. */
  g_assert_cmpstr (text (table, "p1", "title"), ==, "Ponte");
  g_assert_cmpstr (text (table, "p1", "status"), ==, "in-progress");
  g_assert_cmpstr (text (table, "p1", "scope"), ==, "ambito");
  g_assert_cmpint (cell (table, "p1", "actions"), ==, 2);
  g_assert_cmpint (cell (table, "p1", "sub-actions"), ==, 1);
  g_assert_cmpint (cell (table, "p1", "naming-actions"), ==, 1);
  g_assert_cmpint (cell (table, "p1", "objectives"), ==, 2);
  assert_statuses (table, "p1", "actions", STATUSES (0, 0, 1, 0, 0, 1), 0.5);

  /* p2 holds nothing; the bullet a1 names it, and so does a2 through its
   * sub-action a2-s1: two bullets, each once. */
  g_assert_cmpstr (text (table, "p2", "status"), ==, "not-stated");
  g_assert_cmpstr (text (table, "p2", "scope"), ==, "not-stated");
  g_assert_cmpint (cell (table, "p2", "actions"), ==, 0);
  g_assert_cmpint (cell (table, "p2", "naming-actions"), ==, 2);
  g_assert_cmpint (cell (table, "p2", "objectives"), ==, 1);
  assert_statuses (table, "p2", "actions", STATUSES (0, 0, 0, 0, 0, 0), 0.0);

  /* p3 holds c1 (IP) and serves nothing. */
  g_assert_cmpstr (text (table, "p3", "status"), ==, "completed");
  g_assert_cmpstr (text (table, "p3", "scope"), ==, "sovra-ambito");
  g_assert_cmpint (cell (table, "p3", "actions"), ==, 1);
  g_assert_cmpint (cell (table, "p3", "naming-actions"), ==, 0);
  g_assert_cmpint (cell (table, "p3", "objectives"), ==, 0);
  assert_statuses (table, "p3", "actions", STATUSES (0, 1, 0, 0, 0, 0), 0.0);

  /* The projects' own actions are the +projects row of by_objective. */
  g_assert_cmpint (column_sum (table, "actions"), ==, 3);
}

static void
test_counting_by_origin (Fixture       *f,
                         gconstpointer  user_data)
{
  g_autoptr(PdzStatsTable) table = pdz_stats_by_origin (f->stats);

  g_assert_cmpstr (pdz_stats_table_get_name (table), ==, "by-origin");
  assert_columns (table,
                  "origin actions actions-planned actions-in-progress actions-completed "
                  "actions-suspended actions-cancelled actions-not-stated "
                  "actions-completion-rate");
  assert_keys (table, "planned extra not-stated");

  /* planned: a1 (P), a4 (C), b1 (C), c1 (IP) */
  g_assert_cmpint (cell (table, "planned", "actions"), ==, 4);
  assert_statuses (table, "planned", "actions", STATUSES (1, 1, 2, 0, 0, 0), 0.5);
  /* extra: a2 (IP), a5 (S), b2 (NS) */
  g_assert_cmpint (cell (table, "extra", "actions"), ==, 3);
  assert_statuses (table, "extra", "actions", STATUSES (0, 1, 0, 1, 0, 1), 0.0);
  /* not stated: a3 (NS), a6 (X); the sub-actions state no origin either,
   * and do not count. */
  g_assert_cmpint (cell (table, "not-stated", "actions"), ==, 2);
  assert_statuses (table, "not-stated", "actions", STATUSES (0, 0, 0, 0, 1, 1), 0.0);

  g_assert_cmpint (column_sum (table, "actions"), ==, 9);
  g_assert_cmpint (cell (table, "extra", "actions"), ==, pdz_stats_get_n_extra_actions (f->stats));
  assert_status_sums (table, "actions", STATUSES (1, 2, 2, 1, 1, 2));
}

/* period, year, part, actions, completed, extra, milestones */
typedef struct {
  const char *key;
  gint64 year, part, actions, completed, extra, milestones;
} PeriodRow;

static void
assert_period_table (PdzStatsTable   *table,
                     const char      *name,
                     const char      *keys,
                     const PeriodRow *rows,
                     guint            n)
{
  g_assert_cmpstr (pdz_stats_table_get_name (table), ==, name);
  assert_columns (table, "period year part actions completed extra milestones");
  assert_keys (table, keys);
  g_assert_cmpuint (n_rows (table), ==, n);
  for (guint i = 0; i < n; i++)
    {
      const PeriodRow *r = &rows[i];

      g_test_message ("%s: %s", name, r->key);
      g_assert_cmpstr (text (table, r->key, "period"), ==, r->key);
      g_assert_cmpint (cell (table, r->key, "year"), ==, r->year);
      g_assert_cmpint (cell (table, r->key, "part"), ==, r->part);
      g_assert_cmpint (cell (table, r->key, "actions"), ==, r->actions);
      g_assert_cmpint (cell (table, r->key, "completed"), ==, r->completed);
      g_assert_cmpint (cell (table, r->key, "extra"), ==, r->extra);
      g_assert_cmpint (cell (table, r->key, "milestones"), ==, r->milestones);
    }
}

static void
test_counting_by_period (Fixture       *f,
                         gconstpointer  user_data)
{
  /* Bullets by their date (their end date without one): a1 2022-11-15,
   * a2 2022-12-20 (its span runs to 2023-03: it counts where it starts),
   * a4 2022-12, b1 2023-01-20, c1 "2023" (the year only), a5 end 2023-05
   * (after the round's April), a6 2021-06 (before); a3, b2 undated. The
   * dates of the sub-actions (2023-02 twice) do not count.
   * Milestones, of bullets and sub-actions alike: b2 2022-11, a6 2022-10
   * (before November), c1 "2022", a2 2023-02-10, b1-s1 2023-03-15,
   * a2-s1 2023-04-30, a2-s2 "2024" (after). */
  static const PeriodRow months[] = {
    { "2022-11", 2022, 11, 1, 0, 0, 1 },   /* a1; b2's */
    { "2022-12", 2022, 12, 2, 1, 1, 0 },   /* a2 (extra), a4 (completed) */
    { "2022", 2022, 0, 0, 0, 0, 1 },       /* c1's "2022" */
    { "2023-01", 2023, 1, 1, 1, 0, 0 },    /* b1 (completed) */
    { "2023-02", 2023, 2, 0, 0, 0, 1 },    /* a2's */
    { "2023-03", 2023, 3, 0, 0, 0, 1 },    /* b1-s1's */
    { "2023-04", 2023, 4, 0, 0, 0, 1 },    /* a2-s1's */
    { "2023", 2023, 0, 1, 0, 0, 0 },       /* c1 */
    { "before", 0, 0, 1, 0, 0, 1 },        /* a6; a6's 2022-10 */
    { "after", 0, 0, 1, 0, 1, 1 },         /* a5 (extra); a2-s2's 2024 */
    { "undated", 0, 0, 2, 0, 1, 0 },       /* a3, b2 (extra) */
  };
  static const PeriodRow quarters[] = {
    { "2022-Q4", 2022, 4, 3, 1, 1, 2 },    /* a1 a2 a4; b2's, a6's 2022-10 */
    { "2022", 2022, 0, 0, 0, 0, 1 },
    { "2023-Q1", 2023, 1, 1, 1, 0, 2 },    /* b1; a2's, b1-s1's */
    { "2023-Q2", 2023, 2, 1, 0, 1, 1 },    /* a5 (May, in the round's last quarter); a2-s1's */
    { "2023", 2023, 0, 1, 0, 0, 0 },       /* c1 */
    { "before", 0, 0, 1, 0, 0, 0 },        /* a6 */
    { "after", 0, 0, 0, 0, 0, 1 },         /* a2-s2's 2024 */
    { "undated", 0, 0, 2, 0, 1, 0 },
  };
  static const PeriodRow years[] = {
    { "2022", 2022, 0, 3, 1, 1, 3 },       /* a1 a2 a4; b2's, a6's, c1's */
    { "2023", 2023, 0, 3, 1, 1, 3 },       /* b1 c1 a5; a2's, b1-s1's, a2-s1's */
    { "before", 0, 0, 1, 0, 0, 0 },
    { "after", 0, 0, 0, 0, 0, 1 },
    { "undated", 0, 0, 2, 0, 1, 0 },
  };
  g_autoptr(PdzStatsTable) by_month = pdz_stats_by_month (f->stats);
  g_autoptr(PdzStatsTable) by_quarter = pdz_stats_by_quarter (f->stats);
  g_autoptr(PdzStatsTable) by_year = pdz_stats_by_year (f->stats);

  assert_period_table (by_month, "by-month",
                       "2022-11 2022-12 2022 2023-01 2023-02 2023-03 2023-04 2023 "
                       "before after undated",
                       months, G_N_ELEMENTS (months));
  assert_period_table (by_quarter, "by-quarter",
                       "2022-Q4 2022 2023-Q1 2023-Q2 2023 before after undated",
                       quarters, G_N_ELEMENTS (quarters));
  assert_period_table (by_year, "by-year", "2022 2023 before after undated",
                       years, G_N_ELEMENTS (years));

  /* Each table adds up to the bullets, their completed and extra ones,
   * and every milestone. */
  for (guint i = 0; i < 3; i++)
    {
      PdzStatsTable *table = (PdzStatsTable *[]) { by_month, by_quarter, by_year }[i];

      g_assert_cmpint (column_sum (table, "actions"), ==, 9);
      g_assert_cmpint (column_sum (table, "completed"), ==, 2);
      g_assert_cmpint (column_sum (table, "extra"), ==, 3);
      g_assert_cmpint (column_sum (table, "milestones"), ==, 7);
    }
}

static void
test_counting_by_partner (Fixture       *f,
                          gconstpointer  user_data)
{
  /* A partner counts once per bullet it takes part in, itself or in a
   * sub-action; once per project it leads or takes part in; once per
   * objective it takes part in as a whole. */
  static const struct {
    const char *key, *name, *kind;
    gint64 actions, projects, objectives;
    const char *roles;
  } expected[] = {
    /* a6, b1 (through b1-s1); p2 */
    { "asst", "ASST Rhodense", "health-trust", 2, 1, 0, "participant,partner,consulted" },
    /* a1, a2 (through a2-s2); p1 */
    { "aler", "ALER Milano", "housing-agency", 2, 1, 0, "partner,signatory,consulted" },
    /* a2, a4; p1 (its lead) */
    { "comune", "Comune di Corsico", "municipality", 2, 1, 0, "participant,lead" },
    /* a2 (through a2-s1), b1 */
    { "ets", "Cooperativa Aurora", "third-sector", 2, 0, 0, "partner,contractor" },
    /* a2 (itself and a2-s2: once), c1; o1 */
    { "ufficio", "Ufficio di Piano", "own-body", 2, 0, 1, "participant,lead,not-stated" },
    /* p2, p3 */
    { "regione", "Regione Lombardia", "region", 0, 2, 0, "participant,funder" },
  };
  g_autoptr(PdzStatsTable) table = pdz_stats_by_partner (f->stats);

  g_assert_cmpstr (pdz_stats_table_get_name (table), ==, "by-partner");
  assert_columns (table, "partner name kind actions projects objectives roles");
  /* Ranked by actions + projects (3, 3, 3, 2, 2, 2), then by actions (ets
   * and ufficio before regione), then in the plan's order (regione ets
   * ufficio asst aler comune). "ignoto" takes part in nothing: no row. */
  assert_keys (table, "asst aler comune ets ufficio regione");
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const char *key = expected[i].key;

      g_assert_cmpstr (text (table, key, "partner"), ==, key);
      g_assert_cmpstr (text (table, key, "name"), ==, expected[i].name);
      g_assert_cmpstr (text (table, key, "kind"), ==, expected[i].kind);
      g_assert_cmpint (cell (table, key, "actions"), ==, expected[i].actions);
      g_assert_cmpint (cell (table, key, "projects"), ==, expected[i].projects);
      g_assert_cmpint (cell (table, key, "objectives"), ==, expected[i].objectives);
      g_assert_cmpstr (text (table, key, "roles"), ==, expected[i].roles);
    }
  g_assert_null (pdz_stats_table_lookup_row (table, "ignoto"));
}

static void
test_counting_funding (Fixture       *f,
                       gconstpointer  user_data)
{
  g_autoptr(PdzStatsTable) sources = pdz_stats_by_funding_source (f->stats);
  g_autoptr(PdzStatsTable) statuses = pdz_stats_by_funding_status (f->stats);

  /* Seven fundings, of bullets, sub-actions and projects: a1 PNRR 100000
   * granted; a2-s1 "Fondo Povertà" 5000 reported; a4 "pnrr" (no amount)
   * applied; b1-s1 PNRR 20000 (status not stated); p1 FNPS 250000
   * granted; p2 "Bando regionale" (no amount) not-funded; p3 "Fondo
   * poverta" 7000 (status not stated). */
  g_assert_cmpstr (pdz_stats_table_get_name (sources), ==, "by-funding-source");
  assert_columns (sources, "source fundings amount unknown-amounts amount-overflow");
  /* Grouped without regard to case or accents, under the spelling met
   * first (bullets before projects); ranked by amount. */
  assert_keys (sources, "FNPS PNRR Fondo Povertà Bando regionale");
  g_assert_cmpuint (n_rows (sources), ==, 4);
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (sources, 2)), ==, "Fondo Povertà");
  g_assert_cmpint (cell (sources, "FNPS", "fundings"), ==, 1);
  g_assert_cmpint (cell (sources, "FNPS", "amount"), ==, 250000);
  g_assert_cmpint (cell (sources, "PNRR", "fundings"), ==, 3);
  g_assert_cmpint (cell (sources, "PNRR", "amount"), ==, 120000);
  g_assert_cmpint (cell (sources, "PNRR", "unknown-amounts"), ==, 1);
  g_assert_cmpint (cell (sources, "Fondo Povertà", "fundings"), ==, 2);
  g_assert_cmpint (cell (sources, "Fondo Povertà", "amount"), ==, 12000);
  g_assert_cmpint (cell (sources, "Fondo Povertà", "unknown-amounts"), ==, 0);
  g_assert_cmpint (cell (sources, "Bando regionale", "fundings"), ==, 1);
  g_assert_cmpint (cell (sources, "Bando regionale", "amount"), ==, 0);
  g_assert_cmpint (cell (sources, "Bando regionale", "unknown-amounts"), ==, 1);
  g_assert_cmpint (column_sum (sources, "amount-overflow"), ==, 0);
  g_assert_cmpint (column_sum (sources, "fundings"), ==, 7);
  g_assert_cmpint (column_sum (sources, "amount"), ==, 382000);

  g_assert_cmpstr (pdz_stats_table_get_name (statuses), ==, "by-funding-status");
  assert_columns (statuses, "status fundings amount unknown-amounts amount-overflow");
  assert_keys (statuses, "applied granted not-funded reported not-stated");
  g_assert_cmpint (cell (statuses, "applied", "fundings"), ==, 1);
  g_assert_cmpint (cell (statuses, "applied", "amount"), ==, 0);
  g_assert_cmpint (cell (statuses, "applied", "unknown-amounts"), ==, 1);
  g_assert_cmpint (cell (statuses, "granted", "fundings"), ==, 2);
  g_assert_cmpint (cell (statuses, "granted", "amount"), ==, 350000);
  g_assert_cmpint (cell (statuses, "not-funded", "fundings"), ==, 1);
  g_assert_cmpint (cell (statuses, "not-funded", "unknown-amounts"), ==, 1);
  g_assert_cmpint (cell (statuses, "reported", "fundings"), ==, 1);
  g_assert_cmpint (cell (statuses, "reported", "amount"), ==, 5000);
  g_assert_cmpint (cell (statuses, "not-stated", "fundings"), ==, 2);
  g_assert_cmpint (cell (statuses, "not-stated", "amount"), ==, 27000);
  g_assert_cmpint (column_sum (statuses, "fundings"), ==, 7);
  g_assert_cmpint (column_sum (statuses, "amount"), ==, 382000);
  g_assert_cmpint (column_sum (statuses, "amount-overflow"), ==, 0);
}

/* ---- live statistics, snapshot tables ----------------------------------- */

static PdzAction *
new_bullet (const char *id,
            PdzStatus   status)
{
  PdzAction *action = pdz_action_new (id, id);

  pdz_action_set_status (action, status);
  return action;
}

static void
test_live_add_action (Fixture       *f,
                      gconstpointer  user_data)
{
  PdzObjective *o2 = pdz_plan_lookup_objective (f->plan, "o2");
  PdzProject *p3 = pdz_plan_lookup_project (f->plan, "p3");
  g_autoptr(PdzAction) n1 = new_bullet ("n1", PDZ_STATUS_COMPLETED);
  g_autoptr(PdzAction) n2 = new_bullet ("n2", PDZ_STATUS_PLANNED);
  g_autoptr(PdzStatsTable) before = pdz_stats_by_macroarea (f->stats);
  g_autoptr(PdzStatsTable) after = NULL;
  g_autoptr(PdzStatsTable) objectives = NULL;
  g_autoptr(PdzStatsTable) statuses = NULL;

  pdz_action_set_origin (n1, PDZ_ORIGIN_EXTRA);
  g_assert_true (pdz_objective_add_action (o2, n1, NULL));
  g_assert_true (pdz_project_add_action (p3, n2, NULL));

  /* 9 + 2 bullets; completed a4, b1, n1; extra a2, a5, b2, n1. */
  g_assert_cmpuint (pdz_stats_get_n_actions (f->stats), ==, 11);
  g_assert_cmpuint (pdz_stats_get_n_extra_actions (f->stats), ==, 4);
  g_assert_cmpfloat_with_epsilon (pdz_stats_get_completion_rate (f->stats), 3.0 / 11.0, 1e-9);

  after = pdz_stats_by_macroarea (f->stats);
  g_assert_cmpint (cell (after, "m-lavoro", "actions"), ==, 3);
  g_assert_cmpint (cell (after, "m-lavoro", "actions-completed"), ==, 2);
  g_assert_cmpint (cell (after, "+projects", "actions"), ==, 4);
  g_assert_cmpint (cell (after, "+projects", "actions-planned"), ==, 1);
  g_assert_cmpint (column_sum (after, "actions"), ==, 11);
  objectives = pdz_stats_by_objective (f->stats);
  g_assert_cmpint (cell (objectives, "o2", "actions"), ==, 3);
  g_assert_cmpint (column_sum (objectives, "actions"), ==, 11);
  statuses = pdz_stats_by_status (f->stats);
  g_assert_cmpint (cell (statuses, "completed", "actions"), ==, 3);
  g_assert_cmpint (cell (statuses, "planned", "actions"), ==, 2);

  /* The table asked for before is a snapshot. */
  g_assert_cmpint (cell (before, "m-lavoro", "actions"), ==, 2);
  g_assert_cmpint (cell (before, "+projects", "actions"), ==, 3);
  g_assert_cmpint (column_sum (before, "actions"), ==, 9);
}

static void
test_live_remove_action (Fixture       *f,
                         gconstpointer  user_data)
{
  PdzObjective *o1 = pdz_plan_lookup_objective (f->plan, "o1");
  PdzProject *p1 = pdz_plan_lookup_project (f->plan, "p1");
  PdzAction *a2 = pdz_plan_lookup_action (f->plan, "a2");
  PdzAction *b1 = pdz_plan_lookup_action (f->plan, "b1");
  g_autoptr(PdzStatsTable) before = pdz_stats_by_status (f->stats);
  g_autoptr(PdzStatsTable) after = NULL;
  g_autoptr(PdzStatsTable) partners = NULL;
  g_autoptr(PdzStatsTable) funding = NULL;
  g_autoptr(GListModel) actions = NULL;

  /* a2 goes with its sub-actions; b1 with b1-s1. */
  g_assert_true (pdz_objective_remove_action (o1, a2));
  g_assert_true (pdz_project_remove_action (p1, b1));

  g_assert_cmpuint (pdz_stats_get_n_actions (f->stats), ==, 7);
  g_assert_cmpuint (pdz_stats_get_n_extra_actions (f->stats), ==, 2);
  g_assert_cmpfloat_with_epsilon (pdz_stats_get_completion_rate (f->stats), 1.0 / 7.0, 1e-9);
  actions = pdz_stats_dup_actions (f->stats);
  {
    g_autofree char *ids = pdz_test_ids_of (actions);

    g_assert_cmpstr (ids, ==, "a1 a3 a4 a5 a6 b2 c1");
  }

  after = pdz_stats_by_status (f->stats);
  g_assert_cmpint (cell (after, "in-progress", "actions"), ==, 1);
  g_assert_cmpint (cell (after, "completed", "actions"), ==, 1);
  g_assert_cmpint (column_sum (after, "actions"), ==, 7);

  /* Their partners and fundings are gone with them: ets took part only in
   * a2-s1 and b1; PNRR loses b1-s1's 20000; "Fondo Povertà" a2-s1's 5000. */
  partners = pdz_stats_by_partner (f->stats);
  g_assert_null (pdz_stats_table_lookup_row (partners, "ets"));
  g_assert_cmpint (cell (partners, "ufficio", "actions"), ==, 1);
  g_assert_cmpint (cell (partners, "asst", "actions"), ==, 1);
  funding = pdz_stats_by_funding_source (f->stats);
  g_assert_cmpint (cell (funding, "PNRR", "amount"), ==, 100000);
  g_assert_cmpint (cell (funding, "Fondo poverta", "amount"), ==, 7000);
  g_assert_null (pdz_stats_table_lookup_row (funding, "Fondo Povertà"));

  /* The table asked for before has not moved. */
  g_assert_cmpint (cell (before, "in-progress", "actions"), ==, 2);
  g_assert_cmpint (cell (before, "completed", "actions"), ==, 2);
  g_assert_cmpint (column_sum (before, "actions"), ==, 9);
}

static void
test_live_status_change (Fixture       *f,
                         gconstpointer  user_data)
{
  PdzAction *a1 = pdz_plan_lookup_action (f->plan, "a1");
  PdzAction *a2_s1 = pdz_plan_lookup_action (f->plan, "a2-s1");
  PdzProject *p2 = pdz_plan_lookup_project (f->plan, "p2");
  g_autoptr(PdzStatsTable) before = pdz_stats_by_macroarea (f->stats);
  g_autoptr(PdzStatsTable) months_before = pdz_stats_by_month (f->stats);
  g_autoptr(PdzStatsTable) after = NULL;
  g_autoptr(PdzStatsTable) months_after = NULL;
  g_autoptr(PdzStatsTable) statuses = NULL;

  pdz_action_set_status (a1, PDZ_STATUS_COMPLETED);
  g_assert_cmpfloat_with_epsilon (pdz_stats_get_completion_rate (f->stats), 3.0 / 9.0, 1e-9);

  after = pdz_stats_by_macroarea (f->stats);
  assert_statuses (after, "m-casa", "actions", STATUSES (0, 1, 1, 0, 0, 1), 1.0 / 3.0);
  assert_statuses (before, "m-casa", "actions", STATUSES (1, 1, 0, 0, 0, 1), 0.0);
  months_after = pdz_stats_by_month (f->stats);
  g_assert_cmpint (cell (months_after, "2022-11", "completed"), ==, 1);
  g_assert_cmpint (cell (months_before, "2022-11", "completed"), ==, 0);

  /* A sub-action's status counts nowhere. */
  pdz_action_set_status (a2_s1, PDZ_STATUS_CANCELLED);
  g_assert_cmpfloat_with_epsilon (pdz_stats_get_completion_rate (f->stats), 3.0 / 9.0, 1e-9);
  g_clear_object (&after);
  after = pdz_stats_by_macroarea (f->stats);
  assert_statuses (after, "m-casa", "actions", STATUSES (0, 1, 1, 0, 0, 1), 1.0 / 3.0);

  /* Projects' statuses are live too. */
  pdz_project_set_status (p2, PDZ_STATUS_SUSPENDED);
  statuses = pdz_stats_by_status (f->stats);
  g_assert_cmpint (cell (statuses, "suspended", "projects"), ==, 1);
  g_assert_cmpint (cell (statuses, "not-stated", "projects"), ==, 0);
}

static void
test_live_move_action (Fixture       *f,
                       gconstpointer  user_data)
{
  PdzObjective *o2 = pdz_plan_lookup_objective (f->plan, "o2");
  PdzObjective *o3 = pdz_plan_lookup_objective (f->plan, "o3");
  PdzProject *p1 = pdz_plan_lookup_project (f->plan, "p1");
  g_autoptr(PdzAction) a4 = g_object_ref (pdz_plan_lookup_action (f->plan, "a4"));
  g_autoptr(PdzAction) b2 = g_object_ref (pdz_plan_lookup_action (f->plan, "b2"));
  g_autoptr(PdzStatsTable) before = pdz_stats_by_macroarea (f->stats);
  g_autoptr(PdzStatsTable) objectives_before = pdz_stats_by_objective (f->stats);
  g_autoptr(PdzStatsTable) after = NULL;
  g_autoptr(PdzStatsTable) objectives = NULL;
  g_autoptr(PdzStatsTable) projects = NULL;

  /* a4 (C) moves from o2 (m-lavoro) to o3 (no macroarea). */
  g_assert_true (pdz_objective_remove_action (o2, a4));
  g_assert_true (pdz_objective_add_action (o3, a4, NULL));
  /* b2 (NS) moves from p1 to o2: it leaves the project actions. */
  g_assert_true (pdz_project_remove_action (p1, b2));
  g_assert_true (pdz_objective_add_action (o2, b2, NULL));

  g_assert_cmpuint (pdz_stats_get_n_actions (f->stats), ==, 9);
  g_assert_cmpfloat_with_epsilon (pdz_stats_get_completion_rate (f->stats), 2.0 / 9.0, 1e-9);

  after = pdz_stats_by_macroarea (f->stats);
  assert_keys (after, "m-casa m-lavoro m-vuota '' +projects");
  assert_statuses (after, "m-lavoro", "actions", STATUSES (0, 0, 0, 1, 0, 1), 0.0);
  assert_statuses (after, "", "actions", STATUSES (0, 0, 1, 0, 1, 0), 0.5);
  assert_statuses (after, "+projects", "actions", STATUSES (0, 1, 1, 0, 0, 0), 0.5);
  g_assert_cmpint (column_sum (after, "actions"), ==, 9);

  objectives = pdz_stats_by_objective (f->stats);
  g_assert_cmpint (cell (objectives, "o2", "actions"), ==, 2);
  g_assert_cmpint (cell (objectives, "o2", "milestones"), ==, 1);
  g_assert_cmpint (cell (objectives, "o3", "actions"), ==, 2);
  g_assert_cmpint (cell (objectives, "+projects", "actions"), ==, 2);
  g_assert_cmpint (cell (objectives, "+projects", "milestones"), ==, 2);
  projects = pdz_stats_by_project (f->stats);
  g_assert_cmpint (cell (projects, "p1", "actions"), ==, 1);

  /* Before the move, as it was. */
  assert_statuses (before, "m-lavoro", "actions", STATUSES (0, 0, 1, 1, 0, 0), 0.5);
  assert_statuses (before, "", "actions", STATUSES (0, 0, 0, 0, 1, 0), 0.0);
  g_assert_cmpint (cell (objectives_before, "o3", "actions"), ==, 1);
  g_assert_cmpint (cell (objectives_before, "+projects", "actions"), ==, 3);
}

static void
test_live_add_sub_action (Fixture       *f,
                          gconstpointer  user_data)
{
  PdzAction *a1 = pdz_plan_lookup_action (f->plan, "a1");
  PdzPartner *regione = pdz_plan_lookup_partner (f->plan, "regione");
  g_autoptr(PdzAction) sub = new_bullet ("a1-s1", PDZ_STATUS_COMPLETED);
  g_autoptr(PdzParticipation) participation = pdz_participation_new (regione, PDZ_ROLE_PARTNER);
  g_autoptr(PdzDate) june = pdz_date_new_month (2023, 6);
  g_autoptr(PdzMilestone) milestone = pdz_milestone_new (june, "Esito");
  g_autoptr(PdzFunding) funding = pdz_funding_new ("FAMI");
  g_autoptr(PdzStatsTable) objectives = NULL;
  g_autoptr(PdzStatsTable) months = NULL;
  g_autoptr(PdzStatsTable) partners = NULL;
  g_autoptr(PdzStatsTable) sources = NULL;
  g_autoptr(PdzStatsTable) origins = NULL;

  /* Added first, then edited: the statistics see both. */
  g_assert_true (pdz_action_add_action (a1, sub, NULL));
  pdz_action_set_origin (sub, PDZ_ORIGIN_EXTRA);
  g_assert_true (pdz_action_add_participation (sub, participation, NULL));
  pdz_action_add_milestone (sub, milestone);
  pdz_action_add_funding (sub, funding);

  /* A sub-action never counts: the same bullets, the same rate, the same
   * extra bullets; it shows as a sub-action, its milestone and funding
   * count, and its partner counts the bullet. */
  g_assert_cmpuint (pdz_stats_get_n_actions (f->stats), ==, 9);
  g_assert_cmpuint (pdz_stats_get_n_extra_actions (f->stats), ==, 3);
  g_assert_cmpfloat_with_epsilon (pdz_stats_get_completion_rate (f->stats), 2.0 / 9.0, 1e-9);
  objectives = pdz_stats_by_objective (f->stats);
  g_assert_cmpint (cell (objectives, "o1", "actions"), ==, 3);
  g_assert_cmpint (cell (objectives, "o1", "sub-actions"), ==, 3);
  g_assert_cmpint (cell (objectives, "o1", "milestones"), ==, 4);
  assert_statuses (objectives, "o1", "actions", STATUSES (1, 1, 0, 0, 0, 1), 0.0);
  origins = pdz_stats_by_origin (f->stats);
  g_assert_cmpint (cell (origins, "extra", "actions"), ==, 3);
  months = pdz_stats_by_month (f->stats);
  g_assert_cmpint (cell (months, "after", "milestones"), ==, 2);
  g_assert_cmpint (column_sum (months, "actions"), ==, 9);
  partners = pdz_stats_by_partner (f->stats);
  g_assert_cmpint (cell (partners, "regione", "actions"), ==, 1);
  g_assert_cmpstr (text (partners, "regione", "roles"), ==, "participant,partner,funder");
  sources = pdz_stats_by_funding_source (f->stats);
  g_assert_cmpint (cell (sources, "FAMI", "fundings"), ==, 1);
  g_assert_cmpint (cell (sources, "FAMI", "unknown-amounts"), ==, 1);
}

/* The "" and "+projects" rows appear only when something is in them. */
static void
test_live_optional_rows (Fixture       *f,
                         gconstpointer  user_data)
{
  PdzObjective *o3 = pdz_plan_lookup_objective (f->plan, "o3");
  PdzObjective *o4 = pdz_plan_lookup_objective (f->plan, "o4");
  PdzMacroarea *m_vuota = pdz_plan_lookup_macroarea (f->plan, "m-vuota");
  PdzProject *p1 = pdz_plan_lookup_project (f->plan, "p1");
  PdzProject *p3 = pdz_plan_lookup_project (f->plan, "p3");
  const char * const held[] = { "b1", "b2", NULL };
  g_autoptr(PdzStatsTable) macroareas = NULL;
  g_autoptr(PdzStatsTable) objectives = NULL;

  /* o3 and o4 get a macroarea: no "" row. */
  pdz_objective_set_macroarea (o3, m_vuota);
  pdz_objective_set_macroarea (o4, m_vuota);
  macroareas = pdz_stats_by_macroarea (f->stats);
  assert_keys (macroareas, "m-casa m-lavoro m-vuota +projects");
  g_assert_cmpint (cell (macroareas, "m-vuota", "objectives"), ==, 2);
  g_assert_cmpint (cell (macroareas, "m-vuota", "actions"), ==, 1);
  g_clear_object (&macroareas);

  /* The projects hold no action any more: no "+projects" row either. */
  for (guint i = 0; held[i] != NULL; i++)
    g_assert_true (pdz_project_remove_action (p1, pdz_plan_lookup_action (f->plan, held[i])));
  g_assert_true (pdz_project_remove_action (p3, pdz_plan_lookup_action (f->plan, "c1")));
  macroareas = pdz_stats_by_macroarea (f->stats);
  assert_keys (macroareas, "m-casa m-lavoro m-vuota");
  g_assert_cmpint (column_sum (macroareas, "actions"), ==, 6);
  objectives = pdz_stats_by_objective (f->stats);
  assert_keys (objectives, "o1 o2 o3 o4");
  g_assert_cmpint (column_sum (objectives, "actions"), ==, 6);
  g_clear_object (&macroareas);

  /* An objective without a macroarea, even without actions, brings "" back. */
  pdz_objective_set_macroarea (o4, NULL);
  macroareas = pdz_stats_by_macroarea (f->stats);
  assert_keys (macroareas, "m-casa m-lavoro m-vuota ''");
  g_assert_cmpint (cell (macroareas, "", "objectives"), ==, 1);
  g_assert_cmpint (cell (macroareas, "", "actions"), ==, 0);
}

/* ---- statistics of a query ---------------------------------------------- */

static void
test_query_stats (Fixture       *f,
                  gconstpointer  user_data)
{
  g_autoptr(PdzQuery) query = pdz_query_new (f->plan);
  g_autoptr(PdzStats) stats = NULL;
  g_autoptr(PdzStatsTable) macroareas = NULL;
  g_autoptr(PdzStatsTable) objectives = NULL;
  PdzQuery *held = NULL;
  const char * const casa[] = { "m-casa", NULL };
  const char * const lavoro[] = { "m-lavoro", NULL };

  stats = pdz_stats_new_for_query (query);
  g_object_get (stats, "query", &held, NULL);
  g_assert_true (held == query);
  g_object_unref (held);
  g_assert_true (pdz_stats_get_query (stats) == query);
  g_assert_true (pdz_stats_get_plan (stats) == f->plan);

  /* No criterion yet: the whole plan. */
  g_assert_cmpuint (pdz_stats_get_n_actions (stats), ==, 9);

  /* The criteria are read at each figure: set after the stats were made.
   * m-casa: the bullets of o1 (a1 a2 a3); p1 and p2 serve o1. */
  pdz_query_set_macroareas (query, casa);
  g_assert_cmpuint (pdz_stats_get_n_actions (stats), ==, 3);
  g_assert_cmpuint (pdz_stats_get_n_objectives (stats), ==, 1);
  g_assert_cmpuint (pdz_stats_get_n_projects (stats), ==, 2);
  assert_ids (pdz_stats_dup_projects (stats), "p1 p2");
  macroareas = pdz_stats_by_macroarea (stats);
  assert_keys (macroareas, "m-casa m-lavoro m-vuota");
  g_assert_cmpint (cell (macroareas, "m-casa", "actions"), ==, 3);
  g_assert_cmpint (cell (macroareas, "m-lavoro", "actions"), ==, 0);
  g_assert_cmpint (cell (macroareas, "m-lavoro", "objectives"), ==, 0);
  g_clear_object (&macroareas);

  /* With via-projects, p1's bullets b1 and b2 too, in their own row. */
  pdz_query_set_via_projects (query, TRUE);
  g_assert_cmpuint (pdz_stats_get_n_actions (stats), ==, 5);
  macroareas = pdz_stats_by_macroarea (stats);
  assert_keys (macroareas, "m-casa m-lavoro m-vuota +projects");
  g_assert_cmpint (cell (macroareas, "m-casa", "actions"), ==, 3);
  g_assert_cmpint (cell (macroareas, "+projects", "actions"), ==, 2);
  g_assert_cmpint (column_sum (macroareas, "actions"), ==, 5);
  objectives = pdz_stats_by_objective (stats);
  assert_keys (objectives, "o1 +projects");
  g_clear_object (&macroareas);
  g_clear_object (&objectives);

  /* Another macroarea: m-lavoro, a4 and a5, and b1 b2 through p1. */
  pdz_query_set_macroareas (query, lavoro);
  g_assert_cmpuint (pdz_stats_get_n_actions (stats), ==, 4);
  assert_ids (pdz_stats_dup_actions (stats), "a4 a5 b1 b2");
  pdz_query_set_via_projects (query, FALSE);
  g_assert_cmpuint (pdz_stats_get_n_actions (stats), ==, 2);
  g_assert_cmpfloat_with_epsilon (pdz_stats_get_completion_rate (stats), 0.5, 1e-9);
  objectives = pdz_stats_by_objective (stats);
  assert_keys (objectives, "o2");

  /* The query's plan follows edits too. */
  pdz_action_set_status (pdz_plan_lookup_action (f->plan, "a5"), PDZ_STATUS_COMPLETED);
  g_assert_cmpfloat_with_epsilon (pdz_stats_get_completion_rate (stats), 1.0, 1e-9);
}

static void
test_query_stats_sub_actions (Fixture       *f,
                              gconstpointer  user_data)
{
  g_autoptr(PdzQuery) query = pdz_query_new (f->plan);
  g_autoptr(PdzStats) stats = pdz_stats_new_for_query (query);
  g_autoptr(PdzStatsTable) statuses = NULL;
  g_autoptr(PdzStatsTable) partners = NULL;
  g_autoptr(PdzStatsTable) projects = NULL;
  const char * const ets[] = { "ets", NULL };
  const char * const p2[] = { "p2", NULL };

  /* Completed: a2-s1, a4, b1. The status criterion is the bullet's when
   * counting: a2-s1 does not make its bullet a2, in progress, count as
   * completed, so the figures agree with by_status() of the whole plan. */
  pdz_query_set_statuses (query, PDZ_STATUS_FLAGS_COMPLETED);
  g_assert_cmpuint (pdz_stats_get_n_actions (stats), ==, 2);
  assert_ids (pdz_stats_dup_actions (stats), "a4 b1");
  statuses = pdz_stats_by_status (stats);
  g_assert_cmpint (cell (statuses, "completed", "actions"), ==, 2);
  g_assert_cmpint (cell (statuses, "in-progress", "actions"), ==, 0);
  g_assert_cmpfloat_with_epsilon (pdz_stats_get_completion_rate (stats), 1.0, 1e-9);
  g_clear_object (&statuses);

  /* ets takes part in a2-s1 and b1: bullets a2 and b1. */
  pdz_query_set_statuses (query, PDZ_STATUS_FLAGS_NONE);
  pdz_query_set_partners (query, ets);
  assert_ids (pdz_stats_dup_actions (stats), "a2 b1");
  partners = pdz_stats_by_partner (stats);
  /* Every partner of those bullets counts, not only ets. */
  g_assert_cmpint (cell (partners, "ets", "actions"), ==, 2);
  g_assert_cmpint (cell (partners, "ufficio", "actions"), ==, 1);
  g_assert_cmpint (cell (partners, "asst", "actions"), ==, 1);

  /* p2: a1 names it, a2-s1 too; each bullet once. */
  pdz_query_set_partners (query, NULL);
  pdz_query_set_projects (query, p2);
  assert_ids (pdz_stats_dup_actions (stats), "a1 a2");
  projects = pdz_stats_by_project (stats);
  assert_keys (projects, "p2");
  g_assert_cmpint (cell (projects, "p2", "naming-actions"), ==, 2);
}

/* ---- the example plan --------------------------------------------------- */

/* Counted by hand from examples/data/corsichese-2021-2023.json: 11 plan
 * objectives holding 29 bullets (agenzia-abitare 1, emergenza-abitativa 4,
 * giovani-neet 1, tutela-minori 2, portale-ambito 1, cartella-sociale 1,
 * tavolo-intervisione 2, rete-coprogettazione 2, gestione-associata 7,
 * integrazione-sociosanitaria 6, piano-poverta 2), 8 ASST objectives
 * without macroarea or actions, 16 projects of which two (Reddito di
 * cittadinanza, Violenza di genere) hold one bullet each: 31 bullets.
 * gestione-associata-3 holds the two sub-points; no action has a date;
 * 9 milestones. Statuses of the bullets:
 * - in progress (8): emergenza-abitativa-1, giovani-neet-1,
 *   cartella-sociale-1, tavolo-intervisione-1, rete-coprogettazione-2,
 *   gestione-associata-3 and -4, integrazione-sociosanitaria-1;
 * - completed (10): agenzia-abitare-1, emergenza-abitativa-2,
 *   tutela-minori-1, gestione-associata-1 and -6,
 *   integrazione-sociosanitaria-3 and -6, piano-poverta-2, and the two
 *   project bullets;
 * - not stated (13): the others. One is extra: CAS Ucraina
 *   (emergenza-abitativa-4, not stated); no origin says planned. */

static void
test_example_totals (Fixture       *f,
                     gconstpointer  user_data)
{
  g_autoptr(PdzStatsTable) table = pdz_stats_by_status (f->stats);
  g_autoptr(PdzStatsTable) origin = pdz_stats_by_origin (f->stats);

  g_assert_cmpuint (pdz_stats_get_n_actions (f->stats), ==, 31);
  g_assert_cmpuint (pdz_stats_get_n_objectives (f->stats), ==, 19);
  g_assert_cmpuint (pdz_stats_get_n_projects (f->stats), ==, 16);
  g_assert_cmpuint (pdz_stats_get_n_extra_actions (f->stats), ==, 1);
  g_assert_cmpfloat_with_epsilon (pdz_stats_get_completion_rate (f->stats), 10.0 / 31.0, 1e-9);

  /* Objectives: none states a status. Projects: in progress La Lombardia
   * è dei Giovani, Supervisione, PARTECIPE; completed the two sovra-ambito
   * ones; 11 not stated. */
  g_assert_cmpint (cell (table, "planned", "actions"), ==, 0);
  g_assert_cmpint (cell (table, "in-progress", "actions"), ==, 8);
  g_assert_cmpint (cell (table, "completed", "actions"), ==, 10);
  g_assert_cmpint (cell (table, "suspended", "actions"), ==, 0);
  g_assert_cmpint (cell (table, "cancelled", "actions"), ==, 0);
  g_assert_cmpint (cell (table, "not-stated", "actions"), ==, 13);
  g_assert_cmpint (cell (table, "not-stated", "objectives"), ==, 19);
  g_assert_cmpint (cell (table, "in-progress", "projects"), ==, 3);
  g_assert_cmpint (cell (table, "completed", "projects"), ==, 2);
  g_assert_cmpint (cell (table, "not-stated", "projects"), ==, 11);
  g_assert_cmpint (column_sum (table, "actions"), ==, 31);

  assert_keys (origin, "planned extra not-stated");
  g_assert_cmpint (cell (origin, "planned", "actions"), ==, 0);
  g_assert_cmpint (cell (origin, "extra", "actions"), ==, 1);
  g_assert_cmpint (cell (origin, "extra", "actions-not-stated"), ==, 1);
  g_assert_cmpint (cell (origin, "not-stated", "actions"), ==, 30);
}

static void
test_example_by_macroarea (Fixture       *f,
                           gconstpointer  user_data)
{
  static const struct {
    const char *key;
    gint64 objectives, actions;
    gint64 statuses[6];
  } expected[] = {
    /* agenzia-abitare-1 C; emergenza-abitativa-1 IP, -2 C, -3 NS, -4 NS */
    { "politiche-abitative", 2, 5, { 0, 1, 2, 0, 0, 2 } },
    /* giovani-neet-1 IP */
    { "politiche-giovanili-minori", 1, 1, { 0, 1, 0, 0, 0, 0 } },
    /* tutela-minori-1 C, -2 NS */
    { "interventi-famiglia", 1, 2, { 0, 0, 1, 0, 0, 1 } },
    /* portale-ambito-1 NS, cartella-sociale-1 IP */
    { "digitalizzazione-servizi", 2, 2, { 0, 1, 0, 0, 0, 1 } },
    /* tavolo-intervisione 2, rete-coprogettazione 2, gestione-associata 7,
     * integrazione-sociosanitaria 6, piano-poverta 2 */
    { "azioni-di-sistema", 5, 19, { 0, 5, 5, 0, 0, 9 } },
    /* the eight ASST objectives */
    { "", 8, 0, { 0, 0, 0, 0, 0, 0 } },
    /* Reddito di cittadinanza, Violenza di genere */
    { "+projects", 0, 2, { 0, 0, 2, 0, 0, 0 } },
  };
  g_autoptr(PdzStatsTable) table = pdz_stats_by_macroarea (f->stats);

  assert_keys (table, "politiche-abitative politiche-giovanili-minori interventi-famiglia "
                      "digitalizzazione-servizi azioni-di-sistema '' +projects");
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const char *key = expected[i].key;
      gint64 total = expected[i].actions;

      g_assert_cmpint (cell (table, key, "objectives"), ==, expected[i].objectives);
      g_assert_cmpint (cell (table, key, "actions"), ==, total);
      assert_statuses (table, key, "actions", expected[i].statuses,
                       total > 0 ? (double) expected[i].statuses[2] / (double) total : 0.0);
    }
  g_assert_cmpint (cell (table, "", "objectives-not-stated"), ==, 8);
  g_assert_cmpint (column_sum (table, "objectives"), ==, 19);
  g_assert_cmpint (column_sum (table, "actions"), ==, 31);
  assert_status_sums (table, "actions", STATUSES (0, 8, 10, 0, 0, 13));
}

static void
test_example_by_objective (Fixture       *f,
                           gconstpointer  user_data)
{
  static const struct {
    const char *key;
    gint64 actions, sub_actions, milestones;
  } expected[] = {
    { "agenzia-abitare", 1, 0, 1 },              /* November 2023 */
    { "emergenza-abitativa", 4, 0, 1 },          /* 24/01/2023 */
    { "giovani-neet", 1, 0, 2 },                 /* 2022, 2023 */
    { "tutela-minori", 2, 0, 0 },
    { "portale-ambito", 1, 0, 0 },
    { "cartella-sociale", 1, 0, 0 },
    { "tavolo-intervisione", 2, 0, 0 },
    { "rete-coprogettazione", 2, 0, 4 },         /* 2022, 30 May, June, November 2023 */
    { "gestione-associata", 7, 2, 1 },           /* the 2024 renewal, a sub-point's */
    { "integrazione-sociosanitaria", 6, 0, 0 },
    { "piano-poverta", 2, 0, 0 },
  };
  g_autoptr(PdzStatsTable) table = pdz_stats_by_objective (f->stats);

  /* 19 objectives, then the project actions. */
  g_assert_cmpuint (n_rows (table), ==, 20);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (pdz_stats_row_get_key (row_at (table, i)), ==, expected[i].key);
      g_assert_cmpint (cell (table, expected[i].key, "actions"), ==, expected[i].actions);
      g_assert_cmpint (cell (table, expected[i].key, "sub-actions"), ==, expected[i].sub_actions);
      g_assert_cmpint (cell (table, expected[i].key, "milestones"), ==, expected[i].milestones);
    }
  for (guint i = 11; i < 19; i++)
    {
      PdzStatsRow *row = row_at (table, i);

      g_assert_true (g_str_has_prefix (pdz_stats_row_get_key (row), "asst-"));
      g_assert_cmpstr (pdz_stats_row_get_string (row, "kind"), ==, "health-integration");
      g_assert_null (pdz_stats_row_get_string (row, "macroarea"));
      g_assert_cmpint (pdz_stats_row_get_int (row, "actions"), ==, 0);
    }
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (table, 19)), ==, "+projects");
  g_assert_cmpint (cell (table, "+projects", "actions"), ==, 2);
  g_assert_cmpint (column_sum (table, "actions"), ==, 31);
  g_assert_cmpint (column_sum (table, "sub-actions"), ==, 2);
  g_assert_cmpint (column_sum (table, "milestones"), ==, 9);
  assert_status_sums (table, "actions", STATUSES (0, 8, 10, 0, 0, 13));
}

static void
test_example_by_period (Fixture       *f,
                        gconstpointer  user_data)
{
  g_autoptr(PdzStatsTable) months = pdz_stats_by_month (f->stats);
  g_autoptr(PdzStatsTable) quarters = pdz_stats_by_quarter (f->stats);
  g_autoptr(PdzStatsTable) years = pdz_stats_by_year (f->stats);

  /* The round runs from 2022-03 to 2023-10. No bullet has a date: all 31
   * are undated, 10 completed, 1 extra. The 9 milestones: 2022 (twice:
   * ANCI-NEET, the first co-programming table), 2023 (La Lombardia è dei
   * Giovani), 2023-01-24, 2023-05-30, 2023-06, 2023-11 (twice) and 2024. */
  assert_keys (months,
               "2022-03 2022-04 2022-05 2022-06 2022-07 2022-08 2022-09 2022-10 2022-11 "
               "2022-12 2022 2023-01 2023-02 2023-03 2023-04 2023-05 2023-06 2023-07 "
               "2023-08 2023-09 2023-10 2023 before after undated");
  g_assert_cmpint (cell (months, "undated", "actions"), ==, 31);
  g_assert_cmpint (cell (months, "undated", "completed"), ==, 10);
  g_assert_cmpint (cell (months, "undated", "extra"), ==, 1);
  g_assert_cmpint (column_sum (months, "actions"), ==, 31);
  g_assert_cmpint (cell (months, "2022", "milestones"), ==, 2);
  g_assert_cmpint (cell (months, "2023", "milestones"), ==, 1);
  g_assert_cmpint (cell (months, "2023-01", "milestones"), ==, 1);
  g_assert_cmpint (cell (months, "2023-05", "milestones"), ==, 1);
  g_assert_cmpint (cell (months, "2023-06", "milestones"), ==, 1);
  g_assert_cmpint (cell (months, "2023-10", "milestones"), ==, 0);
  g_assert_cmpint (cell (months, "after", "milestones"), ==, 3);
  g_assert_cmpint (cell (months, "before", "milestones"), ==, 0);
  g_assert_cmpint (column_sum (months, "milestones"), ==, 9);

  /* November 2023 is in the round's last quarter, after its last month. */
  assert_keys (quarters, "2022-Q1 2022-Q2 2022-Q3 2022-Q4 2022 2023-Q1 2023-Q2 2023-Q3 "
                         "2023-Q4 2023 before after undated");
  g_assert_cmpint (cell (quarters, "2022", "milestones"), ==, 2);
  g_assert_cmpint (cell (quarters, "2023-Q1", "milestones"), ==, 1);
  g_assert_cmpint (cell (quarters, "2023-Q2", "milestones"), ==, 2);
  g_assert_cmpint (cell (quarters, "2023-Q4", "milestones"), ==, 2);
  g_assert_cmpint (cell (quarters, "2023", "milestones"), ==, 1);
  g_assert_cmpint (cell (quarters, "after", "milestones"), ==, 1);
  g_assert_cmpint (column_sum (quarters, "milestones"), ==, 9);
  g_assert_cmpint (cell (quarters, "undated", "actions"), ==, 31);

  assert_keys (years, "2022 2023 before after undated");
  g_assert_cmpint (cell (years, "2022", "milestones"), ==, 2);
  g_assert_cmpint (cell (years, "2023", "milestones"), ==, 6);
  g_assert_cmpint (cell (years, "after", "milestones"), ==, 1);
  g_assert_cmpint (cell (years, "undated", "actions"), ==, 31);
}

static void
test_example_by_partner (Fixture       *f,
                         gconstpointer  user_data)
{
  g_autoptr(PdzStatsTable) table = pdz_stats_by_partner (f->stats);

  /* All 21 partners take part in something. The AdS (rete-coprogettazione-1,
   * agenzia-abitare-1), the Prefettura and the Città Metropolitana
   * (emergenza-abitativa-2 and -3) have two bullets; AFOL one bullet
   * (integrazione-sociosanitaria-2) and one project it leads (Network
   * Corsico); fifteen partners one bullet; MLPS and Regione Lombardia one
   * project each. */
  g_assert_cmpuint (n_rows (table), ==, 21);
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (table, 0)), ==, "ads");
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (table, 1)), ==, "prefettura-milano");
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (table, 2)), ==, "citta-metropolitana-milano");
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (table, 3)), ==, "afol");
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (table, 4)), ==, "gestore-agenzia-buccinasco");
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (table, 5)), ==, "ufficio-di-piano");
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (table, 19)), ==, "mlps");
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (table, 20)), ==, "regione-lombardia");
  g_assert_cmpint (column_sum (table, "actions"), ==, 22);
  g_assert_cmpint (column_sum (table, "projects"), ==, 3);
  g_assert_cmpint (column_sum (table, "objectives"), ==, 0);

  /* The Ambito's own bodies are rows, told apart by their kind. */
  g_assert_cmpstr (text (table, "ads", "kind"), ==, "own-body");
  g_assert_cmpstr (text (table, "ads", "roles"), ==, "not-stated");
  g_assert_cmpstr (text (table, "ufficio-di-piano", "kind"), ==, "own-body");
  /* Il Visconteo, lead and signatory in one bullet: counted once. */
  g_assert_cmpint (cell (table, "visconteo", "actions"), ==, 1);
  g_assert_cmpstr (text (table, "visconteo", "roles"), ==, "lead,signatory");
  g_assert_cmpstr (text (table, "afol", "roles"), ==, "lead,not-stated");
  g_assert_cmpstr (text (table, "prefettura-milano", "roles"), ==, "signatory,not-stated");
  g_assert_cmpstr (text (table, "anci", "roles"), ==, "funder");
  g_assert_cmpstr (text (table, "gestore-agenzia-buccinasco", "roles"), ==, "consulted");
  g_assert_cmpint (cell (table, "cpi", "actions"), ==, 1);
  g_assert_cmpint (cell (table, "regione-lombardia", "projects"), ==, 1);
}

static void
test_example_funding (Fixture       *f,
                      gconstpointer  user_data)
{
  g_autoptr(PdzStatsTable) sources = pdz_stats_by_funding_source (f->stats);
  g_autoptr(PdzStatsTable) statuses = pdz_stats_by_funding_status (f->stats);

  /* No amount is stated. Ten fundings: three of bullets (ANCI-NEET of
   * giovani-neet-1, PNRR of rete-coprogettazione-2, GAP of
   * integrazione-sociosanitaria-5), seven of projects. */
  assert_keys (sources, "PNRR Bando ANCI-NEET 2022 Bando GAP DGR7631/2017 "
                        "Bando La Lombardia è dei Giovani 2023 FAMI FNPS");
  g_assert_cmpint (cell (sources, "PNRR", "fundings"), ==, 4);
  g_assert_cmpint (cell (sources, "PNRR", "unknown-amounts"), ==, 4);
  g_assert_cmpint (column_sum (sources, "fundings"), ==, 10);
  g_assert_cmpint (column_sum (sources, "amount"), ==, 0);
  g_assert_cmpint (column_sum (sources, "unknown-amounts"), ==, 10);

  g_assert_cmpint (cell (statuses, "applied", "fundings"), ==, 1);
  g_assert_cmpint (cell (statuses, "granted", "fundings"), ==, 3);
  g_assert_cmpint (cell (statuses, "not-funded", "fundings"), ==, 1);
  g_assert_cmpint (cell (statuses, "reported", "fundings"), ==, 0);
  g_assert_cmpint (cell (statuses, "not-stated", "fundings"), ==, 5);
}

/* ---- rows --------------------------------------------------------------- */

static void
test_rows_api (Fixture       *f,
               gconstpointer  user_data)
{
  g_autoptr(PdzStatsTable) table = pdz_stats_by_macroarea (f->stats);
  PdzStatsRow *row = row_for (table, "m-lavoro");
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) missing = G_VALUE_INIT;
  g_auto(GStrv) columns = NULL;
  g_autofree char *name = NULL;
  g_autofree char *key = NULL;
  guint n_items = 0;
  const char * const *row_columns = pdz_stats_row_get_columns (row);

  g_assert_cmpstrv (row_columns, pdz_stats_table_get_columns (table));
  g_object_get (table, "name", &name, "columns", &columns, "n-items", &n_items, NULL);
  g_assert_cmpstr (name, ==, "by-macroarea");
  g_assert_cmpstrv (columns, row_columns);
  g_assert_cmpuint (n_items, ==, 5);
  g_object_get (row, "key", &key, NULL);
  g_assert_cmpstr (key, ==, "m-lavoro");
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (table)) == PDZ_TYPE_STATS_ROW);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (table), 5));

  g_assert_true (pdz_stats_table_get_column_type (table, "title") == G_TYPE_STRING);
  g_assert_true (pdz_stats_table_get_column_type (table, "actions") == G_TYPE_INT64);
  g_assert_true (pdz_stats_table_get_column_type (table, "actions-completion-rate") == G_TYPE_DOUBLE);
  g_assert_true (pdz_stats_table_get_column_type (table, "nope") == G_TYPE_INVALID);

  g_assert_true (pdz_stats_row_has_column (row, "actions"));
  g_assert_false (pdz_stats_row_has_column (row, "nope"));
  g_assert_false (pdz_stats_row_has_column (row, "Actions"));

  g_assert_true (pdz_stats_row_get_value (row, "actions", &value));
  g_assert_true (G_VALUE_HOLDS_INT64 (&value));
  g_assert_cmpint (g_value_get_int64 (&value), ==, 2);
  /* get_value() is how to ask without knowing: FALSE, a NULL string. */
  g_assert_false (pdz_stats_row_get_value (row, "nope", &missing));
  g_assert_true (G_VALUE_HOLDS_STRING (&missing));
  g_assert_null (g_value_get_string (&missing));

  /* A count reads as a double too. */
  g_assert_cmpfloat (pdz_stats_row_get_double (row, "actions"), ==, 2.0);
  g_assert_null (pdz_stats_table_lookup_row (table, "nope"));
}

/* Asking a row for a column it does not have, or for the wrong type, is a
 * programming error: a critical, and a value that is no plausible figure. */
static void
test_rows_wrong_column (Fixture       *f,
                        gconstpointer  user_data)
{
  g_autoptr(PdzStatsTable) table = pdz_stats_by_macroarea (f->stats);
  PdzStatsRow *row = row_for (table, "m-lavoro");
  gint64 i;
  double d;
  const char *s;

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*no column “action”*");
  i = pdz_stats_row_get_int (row, "action");
  g_test_assert_expected_messages ();
  g_assert_cmpint (i, ==, -1);

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*column “title” is not an integer*");
  i = pdz_stats_row_get_int (row, "title");
  g_test_assert_expected_messages ();
  g_assert_cmpint (i, ==, -1);

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*column “actions-completion-rate” is not an integer*");
  i = pdz_stats_row_get_int (row, "actions-completion-rate");
  g_test_assert_expected_messages ();
  g_assert_cmpint (i, ==, -1);

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*no column “completion-rate”*");
  d = pdz_stats_row_get_double (row, "completion-rate");
  g_test_assert_expected_messages ();
  g_assert_true (isnan (d));

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*column “title” is not a number*");
  d = pdz_stats_row_get_double (row, "title");
  g_test_assert_expected_messages ();
  g_assert_true (isnan (d));

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*no column “name”*");
  s = pdz_stats_row_get_string (row, "name");
  g_test_assert_expected_messages ();
  g_assert_null (s);

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*column “actions” is not a string*");
  s = pdz_stats_row_get_string (row, "actions");
  g_test_assert_expected_messages ();
  g_assert_null (s);

  /* The right column of the right type: no message. */
  g_assert_cmpint (pdz_stats_row_get_int (row, "actions"), ==, 2);
  g_assert_cmpstr (pdz_stats_row_get_string (row, "title"), ==, "Lavoro");
  /* An unset string cell is NULL, and no error. */
  g_assert_null (pdz_stats_row_get_string (row, "code"));
}

static void
test_row_outlives_table (Fixture       *f,
                         gconstpointer  user_data)
{
  PdzStatsTable *table = pdz_stats_by_partner (f->stats);
  PdzStatsRow *row = g_list_model_get_item (G_LIST_MODEL (table), 0);

  g_object_unref (table);
  g_assert_cmpstr (pdz_stats_row_get_key (row), ==, "asst");
  g_assert_cmpstr (pdz_stats_row_get_columns (row)[1], ==, "name");
  g_assert_cmpint (pdz_stats_row_get_int (row, "actions"), ==, 2);
  g_object_unref (row);
}

/* ---- small plans -------------------------------------------------------- */

static void
test_amount_overflow (void)
{
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(PdzObjective) objective = pdz_objective_new ("o", "Objective");
  g_autoptr(PdzAction) action = pdz_action_new ("a", "Action");
  g_autoptr(PdzFunding) huge = pdz_funding_new ("Big");
  g_autoptr(PdzFunding) one = pdz_funding_new ("big");
  g_autoptr(PdzFunding) unknown = pdz_funding_new ("BIG");
  g_autoptr(PdzFunding) small = pdz_funding_new ("Small");
  g_autoptr(PdzStats) stats = NULL;
  g_autoptr(PdzStatsTable) sources = NULL;
  g_autoptr(PdzStatsTable) statuses = NULL;

  g_assert_true (pdz_plan_add_objective (plan, objective, NULL));
  g_assert_true (pdz_objective_add_action (objective, action, NULL));
  pdz_funding_set_amount (huge, G_MAXINT64);
  pdz_funding_set_status (huge, PDZ_FUNDING_STATUS_GRANTED);
  pdz_funding_set_amount (one, 1);
  pdz_funding_set_status (one, PDZ_FUNDING_STATUS_GRANTED);
  pdz_funding_set_amount (small, 10);
  pdz_action_add_funding (action, small);
  pdz_action_add_funding (action, huge);
  pdz_action_add_funding (action, one);
  pdz_action_add_funding (action, unknown);

  stats = pdz_stats_new (plan);
  sources = pdz_stats_by_funding_source (stats);
  /* G_MAXINT64 + 1 does not fit: not computable, never capped nor
   * wrapped; ranked first all the same. */
  assert_keys (sources, "Big Small");
  g_assert_cmpint (cell (sources, "Big", "fundings"), ==, 3);
  g_assert_cmpint (cell (sources, "Big", "amount-overflow"), ==, 1);
  g_assert_cmpint (cell (sources, "Big", "amount"), ==, 0);
  g_assert_cmpint (cell (sources, "Big", "unknown-amounts"), ==, 1);
  g_assert_cmpint (cell (sources, "Small", "amount-overflow"), ==, 0);
  g_assert_cmpint (cell (sources, "Small", "amount"), ==, 10);

  statuses = pdz_stats_by_funding_status (stats);
  g_assert_cmpint (cell (statuses, "granted", "fundings"), ==, 2);
  g_assert_cmpint (cell (statuses, "granted", "amount-overflow"), ==, 1);
  g_assert_cmpint (cell (statuses, "granted", "amount"), ==, 0);
  g_assert_cmpint (cell (statuses, "not-stated", "amount-overflow"), ==, 0);
  g_assert_cmpint (cell (statuses, "not-stated", "amount"), ==, 10);
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
  g_autoptr(PdzDate) jun = pdz_date_new_month (2022, 6);
  g_autoptr(PdzMilestone) milestone = pdz_milestone_new (jun, "June");
  g_autoptr(PdzStats) stats = NULL;
  g_autoptr(PdzStatsTable) months = NULL;
  g_autoptr(PdzStatsTable) months_in_plan = NULL;
  g_autoptr(PdzStatsTable) empty = NULL;

  g_assert_true (pdz_plan_add_objective (plan, objective, NULL));
  g_assert_true (pdz_objective_add_action (objective, a, NULL));
  g_assert_true (pdz_objective_add_action (objective, b, NULL));
  pdz_action_set_date (a, feb);
  pdz_action_set_date (b, apr);
  pdz_action_add_milestone (b, milestone);

  /* No monitoring round, no plan period: from the earliest to the latest
   * date of an action or a milestone, February to June 2022. */
  stats = pdz_stats_new (plan);
  months = pdz_stats_by_month (stats);
  assert_keys (months, "2022-02 2022-03 2022-04 2022-05 2022-06 2022 before after undated");
  g_assert_cmpint (cell (months, "2022-02", "actions"), ==, 1);
  g_assert_cmpint (cell (months, "2022-04", "actions"), ==, 1);
  g_assert_cmpint (cell (months, "2022-06", "milestones"), ==, 1);

  /* The plan period, "2021" to "2022": 24 months, live. */
  pdz_plan_set_start (plan, y2021);
  pdz_plan_set_end (plan, y2022);
  months_in_plan = pdz_stats_by_month (stats);
  g_assert_cmpuint (n_rows (months_in_plan), ==, 24 + 2 + 3);
  g_assert_cmpstr (pdz_stats_row_get_key (row_at (months_in_plan, 0)), ==, "2021-01");
  g_assert_cmpint (cell (months_in_plan, "2022-02", "actions"), ==, 1);

  /* No date at all: only the last three rows. */
  pdz_plan_set_start (plan, NULL);
  pdz_plan_set_end (plan, NULL);
  pdz_action_set_date (a, NULL);
  pdz_action_set_date (b, NULL);
  g_assert_true (pdz_action_remove_milestone (b, milestone));
  empty = pdz_stats_by_quarter (stats);
  assert_keys (empty, "before after undated");
  g_assert_cmpint (cell (empty, "undated", "actions"), ==, 2);
}

static void
test_empty_plan (void)
{
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(PdzStats) stats = pdz_stats_new (plan);
  g_autoptr(PdzStatsTable) partners = pdz_stats_by_partner (stats);
  g_autoptr(PdzStatsTable) macroareas = pdz_stats_by_macroarea (stats);
  g_autoptr(PdzStatsTable) objectives = pdz_stats_by_objective (stats);
  g_autoptr(PdzStatsTable) projects = pdz_stats_by_project (stats);
  g_autoptr(PdzStatsTable) origin = pdz_stats_by_origin (stats);
  g_autoptr(PdzStatsTable) statuses = pdz_stats_by_status (stats);

  g_assert_cmpuint (pdz_stats_get_n_actions (stats), ==, 0);
  g_assert_cmpfloat (pdz_stats_get_completion_rate (stats), ==, 0.0);
  g_assert_cmpuint (n_rows (partners), ==, 0);
  g_assert_cmpuint (n_rows (macroareas), ==, 0);
  g_assert_cmpuint (n_rows (objectives), ==, 0);
  g_assert_cmpuint (n_rows (projects), ==, 0);
  assert_keys (origin, "planned extra not-stated");
  g_assert_cmpint (column_sum (origin, "actions"), ==, 0);
  g_assert_cmpfloat (rate (origin, "planned", "actions-completion-rate"), ==, 0.0);
  assert_keys (statuses, "planned in-progress completed suspended cancelled not-stated");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, set_up, func) \
  g_test_add ("/pdz/stats/" path, Fixture, NULL, set_up, func, tear_down)
  ADD ("counting/totals", set_up_counting, test_counting_totals);
  ADD ("counting/by-status", set_up_counting, test_counting_by_status);
  ADD ("counting/by-macroarea", set_up_counting, test_counting_by_macroarea);
  ADD ("counting/by-objective", set_up_counting, test_counting_by_objective);
  ADD ("counting/by-project", set_up_counting, test_counting_by_project);
  ADD ("counting/by-origin", set_up_counting, test_counting_by_origin);
  ADD ("counting/by-period", set_up_counting, test_counting_by_period);
  ADD ("counting/by-partner", set_up_counting, test_counting_by_partner);
  ADD ("counting/funding", set_up_counting, test_counting_funding);
  ADD ("live/add-action", set_up_counting, test_live_add_action);
  ADD ("live/remove-action", set_up_counting, test_live_remove_action);
  ADD ("live/status-change", set_up_counting, test_live_status_change);
  ADD ("live/move-action", set_up_counting, test_live_move_action);
  ADD ("live/add-sub-action", set_up_counting, test_live_add_sub_action);
  ADD ("live/optional-rows", set_up_counting, test_live_optional_rows);
  ADD ("query/criteria-read-live", set_up_counting, test_query_stats);
  ADD ("query/sub-actions", set_up_counting, test_query_stats_sub_actions);
  ADD ("example/totals", set_up_example, test_example_totals);
  ADD ("example/by-macroarea", set_up_example, test_example_by_macroarea);
  ADD ("example/by-objective", set_up_example, test_example_by_objective);
  ADD ("example/by-period", set_up_example, test_example_by_period);
  ADD ("example/by-partner", set_up_example, test_example_by_partner);
  ADD ("example/funding", set_up_example, test_example_funding);
  ADD ("row/api", set_up_counting, test_rows_api);
  ADD ("row/wrong-column", set_up_counting, test_rows_wrong_column);
  ADD ("row/outlives-table", set_up_counting, test_row_outlives_table);
#undef ADD
  g_test_add_func ("/pdz/stats/amount-overflow", test_amount_overflow);
  g_test_add_func ("/pdz/stats/period-fallbacks", test_period_fallbacks);
  g_test_add_func ("/pdz/stats/empty-plan", test_empty_plan);

  return g_test_run ();
}
