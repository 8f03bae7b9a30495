/* test-query.c: PdzQuery over the example plan and over small plans
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The expected figures are counted by hand from
 * examples/data/corsichese-2021-2023.json (67 actions: 62 under the 11
 * plan objectives, 5 under the two sovra-ambito projects).
 */

#include <libpdz/pdz.h>
#include <libglib-testing/signal-logger.h>

#include "pdz-test-util.h"

typedef struct {
  PdzPlan *plan;     /* (owned) */
  PdzQuery *query;   /* (owned) */
} Fixture;

static void
fixture_set_up (Fixture *f,
                gconstpointer user_data)
{
  f->plan = pdz_test_load_example ();
  f->query = pdz_query_new (f->plan);
}

static void
fixture_tear_down (Fixture *f,
                   gconstpointer user_data)
{
  g_clear_object (&f->query);
  g_clear_object (&f->plan);
}

static guint
n_actions (PdzQuery *query)
{
  g_autoptr(GListModel) actions = pdz_query_find_actions (query);

  g_assert_true (g_list_model_get_item_type (actions) == PDZ_TYPE_ACTION);
  return g_list_model_get_n_items (actions);
}

static guint
n_objectives (PdzQuery *query)
{
  g_autoptr(GListModel) objectives = pdz_query_find_objectives (query);

  g_assert_true (g_list_model_get_item_type (objectives) == PDZ_TYPE_OBJECTIVE);
  return g_list_model_get_n_items (objectives);
}

static guint
n_projects (PdzQuery *query)
{
  g_autoptr(GListModel) projects = pdz_query_find_projects (query);

  g_assert_true (g_list_model_get_item_type (projects) == PDZ_TYPE_PROJECT);
  return g_list_model_get_n_items (projects);
}

/* The ids of the actions found, space-separated. */
static char *
action_ids (PdzQuery *query)
{
  g_autoptr(GListModel) actions = pdz_query_find_actions (query);
  g_autoptr(GString) ids = g_string_new (NULL);
  guint n = g_list_model_get_n_items (actions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (actions, i);

      if (ids->len > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, pdz_action_get_id (action));
    }

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
set_window (PdzQuery *query,
            const char *from,
            const char *to)
{
  g_autoptr(PdzDate) a = from != NULL ? pdz_date_new_from_string (from, NULL) : NULL;
  g_autoptr(PdzDate) b = to != NULL ? pdz_date_new_from_string (to, NULL) : NULL;

  pdz_query_set_from (query, a);
  pdz_query_set_to (query, b);
}

static void
test_everything (Fixture *f,
                 gconstpointer user_data)
{
  g_assert_cmpuint (n_actions (f->query), ==, 67);
  g_assert_cmpuint (n_objectives (f->query), ==, 19);
  g_assert_cmpuint (n_projects (f->query), ==, 16);
}

static void
test_macroarea (Fixture *f,
                gconstpointer user_data)
{
  static const struct {
    const char *id;
    guint actions, objectives, projects;
  } expected[] = {
    { "politiche-abitative", 10, 2, 1 },
    { "politiche-giovanili-minori", 3, 1, 2 },
    { "interventi-famiglia", 8, 1, 2 },
    { "digitalizzazione-servizi", 3, 2, 0 },
    { "azioni-di-sistema", 38, 5, 9 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      pdz_query_set_macroarea (f->query, expected[i].id);
      g_assert_cmpuint (n_actions (f->query), ==, expected[i].actions);
      g_assert_cmpuint (n_objectives (f->query), ==, expected[i].objectives);
      g_assert_cmpuint (n_projects (f->query), ==, expected[i].projects);
    }

  pdz_query_set_macroarea (f->query, "no-such-macroarea");
  g_assert_cmpuint (n_actions (f->query), ==, 0);
  g_assert_cmpuint (n_objectives (f->query), ==, 0);
  g_assert_cmpuint (n_projects (f->query), ==, 0);
}

static void
test_partner (Fixture *f,
              gconstpointer user_data)
{
  /* Actions each partner takes part in, by hand. */
  static const struct {
    const char *id;
    guint actions;
    guint projects;
  } expected[] = {
    { "gestore-agenzia-buccinasco", 1, 0 },
    { "ads", 2, 0 },
    { "aler", 1, 0 },
    { "prefettura-milano", 2, 0 },
    { "corte-appello-milano", 1, 0 },
    { "citta-metropolitana-milano", 2, 0 },
    { "anci-lombardia", 1, 0 },
    { "capofila-ambiti-citta-metropolitana", 1, 0 },
    { "ordine-assistenti-sociali", 1, 0 },
    { "ordine-avvocati", 1, 0 },
    { "tribunale", 1, 0 },
    { "anci", 1, 0 },
    { "asst-santi-paolo-carlo", 1, 0 },
    { "asst-rhodense", 1, 0 },
    { "mlps", 0, 1 },
    { "visconteo", 2, 0 },
    { "inps", 1, 0 },
    { "afol", 1, 1 },
    { "regione-lombardia", 0, 1 },
    { "cpi", 1, 1 },
  };
  g_autofree char *visconteo = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      pdz_query_set_partner (f->query, expected[i].id);
      g_assert_cmpuint (n_actions (f->query), ==, expected[i].actions);
      g_assert_cmpuint (n_projects (f->query), ==, expected[i].projects);
    }

  pdz_query_set_partner (f->query, "visconteo");
  visconteo = action_ids (f->query);
  g_assert_cmpstr (visconteo, ==, "integrazione-sociosanitaria-3 integrazione-sociosanitaria-6");
  /* Objectives it takes part in through their actions. */
  g_assert_cmpuint (n_objectives (f->query), ==, 1);

  /* In a role. */
  pdz_query_set_role (f->query, PDZ_ROLE_LEAD);
  g_assert_true (pdz_query_get_role_set (f->query));
  g_assert_cmpuint (n_actions (f->query), ==, 1);
  pdz_query_set_partner (f->query, "prefettura-milano");
  g_assert_cmpuint (n_actions (f->query), ==, 0);
  pdz_query_set_role (f->query, PDZ_ROLE_SIGNATORY);
  g_assert_cmpuint (n_actions (f->query), ==, 1);
  /* Any partner in that role: the protocol of 24/01/2023 and Scarpette Rosse. */
  pdz_query_set_partner (f->query, NULL);
  g_assert_cmpuint (n_actions (f->query), ==, 2);
  /* A project's lead plays the lead role: AFOL in Network Corsico. */
  pdz_query_set_role (f->query, PDZ_ROLE_LEAD);
  g_assert_cmpuint (n_projects (f->query), ==, 1);
  /* MLPS and Regione Lombardia take part in their projects without a
   * named role: no project has a funder or a partner; ANCI is the only
   * funder, of the action promoting its call. */
  pdz_query_set_role (f->query, PDZ_ROLE_FUNDER);
  g_assert_cmpuint (n_projects (f->query), ==, 0);
  g_assert_cmpuint (n_actions (f->query), ==, 1);
  pdz_query_set_role (f->query, PDZ_ROLE_PARTNER);
  g_assert_cmpuint (n_projects (f->query), ==, 0);
  pdz_query_set_role (f->query, PDZ_ROLE_PARTICIPANT);
  g_assert_cmpuint (n_projects (f->query), ==, 2);
  pdz_query_set_role_set (f->query, FALSE);
  g_assert_cmpuint (n_actions (f->query), ==, 67);
}

static void
test_project_and_objective (Fixture *f,
                            gconstpointer user_data)
{
  g_autofree char *network = NULL;

  /* Actions naming the project, and the project's own actions. */
  pdz_query_set_project (f->query, "pippi-pnrr");
  g_assert_cmpuint (n_actions (f->query), ==, 3);
  pdz_query_set_project (f->query, "supervisione-operatori-sociali");
  g_assert_cmpuint (n_actions (f->query), ==, 5);
  pdz_query_set_project (f->query, "reddito-di-cittadinanza");
  g_assert_cmpuint (n_actions (f->query), ==, 2);
  g_assert_cmpuint (n_projects (f->query), ==, 1);
  pdz_query_set_project (f->query, "sappi-che-ce");
  g_assert_cmpuint (n_actions (f->query), ==, 1);
  g_assert_cmpuint (n_objectives (f->query), ==, 1);
  pdz_query_set_project (f->query, "dgr7631-2017");
  g_assert_cmpuint (n_actions (f->query), ==, 1);
  g_assert_cmpuint (n_objectives (f->query), ==, 1);
  pdz_query_set_project (f->query, "network-corsico");
  network = action_ids (f->query);
  g_assert_cmpstr (network, ==, "integrazione-sociosanitaria-8 integrazione-sociosanitaria-9");
  pdz_query_set_project (f->query, NULL);

  pdz_query_set_objective (f->query, "tutela-minori");
  g_assert_cmpuint (n_actions (f->query), ==, 8);
  g_assert_cmpuint (n_objectives (f->query), ==, 1);
  g_assert_cmpuint (n_projects (f->query), ==, 2);
  pdz_query_set_objective (f->query, "giovani-neet");
  g_assert_cmpuint (n_actions (f->query), ==, 3);
  g_assert_cmpuint (n_projects (f->query), ==, 2);
  pdz_query_set_objective (f->query, "emergenza-abitativa");
  g_assert_cmpuint (n_actions (f->query), ==, 7);
  g_assert_cmpuint (n_projects (f->query), ==, 1);
  pdz_query_set_objective (f->query, "asst-governance-integrata");
  g_assert_cmpuint (n_actions (f->query), ==, 0);
  g_assert_cmpuint (n_objectives (f->query), ==, 1);
}

static void
test_statuses (Fixture *f,
               gconstpointer user_data)
{
  pdz_query_set_statuses (f->query, PDZ_STATUS_FLAGS_IN_PROGRESS);
  g_assert_cmpuint (n_actions (f->query), ==, 18);
  g_assert_cmpuint (n_objectives (f->query), ==, 11);
  g_assert_cmpuint (n_projects (f->query), ==, 13);

  pdz_query_set_statuses (f->query, PDZ_STATUS_FLAGS_COMPLETED);
  g_assert_cmpuint (n_actions (f->query), ==, 49);
  g_assert_cmpuint (n_projects (f->query), ==, 2);

  pdz_query_add_status (f->query, PDZ_STATUS_IN_PROGRESS);
  g_assert_cmpuint (pdz_query_get_statuses (f->query), ==,
                    PDZ_STATUS_FLAGS_COMPLETED | PDZ_STATUS_FLAGS_IN_PROGRESS);
  g_assert_cmpuint (n_actions (f->query), ==, 67);

  pdz_query_set_statuses (f->query, PDZ_STATUS_FLAGS_PLANNED);
  g_assert_cmpuint (n_actions (f->query), ==, 0);
  g_assert_cmpuint (n_objectives (f->query), ==, 8);
  /* The unfunded DGR7631/2017 project. */
  g_assert_cmpuint (n_projects (f->query), ==, 1);

  /* Combined with a macroarea. */
  pdz_query_set_statuses (f->query, PDZ_STATUS_FLAGS_IN_PROGRESS);
  pdz_query_set_macroarea (f->query, "azioni-di-sistema");
  g_assert_cmpuint (n_actions (f->query), ==, 12);
}

static void
test_dates (Fixture *f,
            gconstpointer user_data)
{
  g_autofree char *in_2023 = NULL;
  g_autofree char *in_nov = NULL;

  /* The dated actions: 2022 (the first table), 2023-01-24, 2023-05-30,
   * 2023-06, 2023-11 (twice), and 2024. */
  set_window (f->query, "2023", "2023");
  in_2023 = action_ids (f->query);
  g_assert_cmpstr (in_2023, ==,
                   "agenzia-abitare-2 emergenza-abitativa-2 rete-coprogettazione-3 "
                   "rete-coprogettazione-4 rete-coprogettazione-5");

  set_window (f->query, "2023-11", "2023-11");
  in_nov = action_ids (f->query);
  g_assert_cmpstr (in_nov, ==, "agenzia-abitare-2 rete-coprogettazione-5");

  set_window (f->query, "2023-12", "2023-12");
  g_assert_cmpuint (n_actions (f->query), ==, 0);
  /* The June and November tables are two events, not a span. */
  set_window (f->query, "2023-10", "2023-10");
  g_assert_cmpuint (n_actions (f->query), ==, 0);
  set_window (f->query, "2023-06", "2023-06");
  g_assert_cmpuint (n_actions (f->query), ==, 1);
  set_window (f->query, "2023", NULL);
  g_assert_cmpuint (n_actions (f->query), ==, 6);
  set_window (f->query, NULL, "2022-12-31");
  g_assert_cmpuint (n_actions (f->query), ==, 1);
  set_window (f->query, "2024-01-01", NULL);
  g_assert_cmpuint (n_actions (f->query), ==, 1);
  /* An empty window finds nothing. */
  set_window (f->query, "2023-05", "2023-01");
  g_assert_cmpuint (n_actions (f->query), ==, 0);

  /* Objectives through their actions; undated projects never match. */
  set_window (f->query, "2023", "2023");
  g_assert_cmpuint (n_objectives (f->query), ==, 3);
  g_assert_cmpuint (n_projects (f->query), ==, 0);
  set_window (f->query, NULL, NULL);
  g_assert_cmpuint (n_actions (f->query), ==, 67);
}

static void
test_text (Fixture *f,
           gconstpointer user_data)
{
  g_autofree char *found = NULL;

  pdz_query_set_text (f->query, "fattibilita");
  found = action_ids (f->query);
  g_assert_cmpstr (found, ==, "agenzia-abitare-1 gestione-associata-7");
  pdz_query_set_text (f->query, "FATTIBILITÀ");
  g_assert_cmpuint (n_actions (f->query), ==, 2);
  /* Every word, anywhere in the title. */
  pdz_query_set_text (f->query, "metropolitana  città");
  g_assert_cmpuint (n_actions (f->query), ==, 2);
  pdz_query_set_text (f->query, "protocollo");
  g_assert_cmpuint (n_actions (f->query), ==, 7);
  pdz_query_set_text (f->query, "protocollo tribunale");
  g_assert_cmpuint (n_actions (f->query), ==, 1);
  /* Objectives and projects by their titles. */
  pdz_query_set_text (f->query, "poverta");
  g_assert_cmpuint (n_objectives (f->query), ==, 2);
  pdz_query_set_text (f->query, "lombardia e giovani");
  g_assert_cmpuint (n_projects (f->query), ==, 1);
  /* Blank text matches everything. */
  pdz_query_set_text (f->query, "  ");
  g_assert_cmpuint (n_actions (f->query), ==, 67);
}

static void
test_funding_and_extra (Fixture *f,
                        gconstpointer user_data)
{
  g_autofree char *pnrr = NULL;
  g_autofree char *extra = NULL;

  pdz_query_set_funding_source (f->query, "bando gap");
  g_assert_cmpuint (n_actions (f->query), ==, 1);
  /* PNRR funds three projects, and the co-progettazione action, which
   * names SAPPI CHE C'E': a project matches through its actions too. */
  pdz_query_set_funding_source (f->query, "pnrr");
  pnrr = action_ids (f->query);
  g_assert_cmpstr (pnrr, ==, "rete-coprogettazione-8");
  g_assert_cmpuint (n_projects (f->query), ==, 4);
  pdz_query_set_funding_source (f->query, "DGR7631/2017");
  g_assert_cmpuint (n_actions (f->query), ==, 0);
  g_assert_cmpuint (n_projects (f->query), ==, 1);
  pdz_query_set_funding_source (f->query, NULL);

  /* Two actions are extra: CAS Ucraina and the transition to the Assegno
   * di Inclusione, neither in a project. */
  pdz_query_set_extra (f->query, TRUE);
  g_assert_true (pdz_query_get_extra_set (f->query));
  extra = action_ids (f->query);
  g_assert_cmpstr (extra, ==, "emergenza-abitativa-7 piano-poverta-2");
  g_assert_cmpuint (n_objectives (f->query), ==, 2);
  g_assert_cmpuint (n_projects (f->query), ==, 0);
  pdz_query_set_extra (f->query, FALSE);
  g_assert_cmpuint (n_actions (f->query), ==, 65);
  g_assert_cmpuint (n_projects (f->query), ==, 16);
  pdz_query_set_extra_set (f->query, FALSE);
  g_assert_cmpuint (n_actions (f->query), ==, 67);
}

static void
test_matches_action (Fixture *f,
                     gconstpointer user_data)
{
  PdzAction *aler = pdz_plan_lookup_action (f->plan, "emergenza-abitativa-1");
  PdzAction *other = pdz_plan_lookup_action (f->plan, "cartella-sociale-1");

  pdz_query_set_partner (f->query, "aler");
  g_assert_true (pdz_query_matches_action (f->query, aler));
  g_assert_false (pdz_query_matches_action (f->query, other));
}

static void
test_follows_plan_changes (Fixture *f,
                           gconstpointer user_data)
{
  PdzAction *action = pdz_plan_lookup_action (f->plan, "cartella-sociale-1");
  PdzPartner *aler = pdz_plan_lookup_partner (f->plan, "aler");
  g_autoptr(PdzParticipation) participation = pdz_participation_new (aler, PDZ_ROLE_PARTNER);

  pdz_query_set_partner (f->query, "aler");
  g_assert_cmpuint (n_actions (f->query), ==, 1);

  /* The plan's index is rebuilt after a change. */
  g_assert_true (pdz_action_add_participation (action, participation, NULL));
  g_assert_cmpuint (n_actions (f->query), ==, 2);
  g_assert_true (pdz_action_remove_participation (action, participation));
  g_assert_cmpuint (n_actions (f->query), ==, 1);
}

/* ---- small plans -------------------------------------------------------- */

static void
test_partial_overlap (void)
{
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(PdzObjective) objective = pdz_objective_new ("o", "Objective");
  g_autoptr(PdzAction) year = pdz_action_new ("year", "Dated 2023");
  g_autoptr(PdzAction) november = pdz_action_new ("november", "Dated November 2023");
  g_autoptr(PdzAction) undated = pdz_action_new ("undated", "Not dated");
  g_autoptr(PdzDate) y2023 = pdz_date_new_year (2023);
  g_autoptr(PdzDate) nov2023 = pdz_date_new_month (2023, 11);
  g_autoptr(PdzQuery) query = pdz_query_new (plan);
  g_autofree char *ids = NULL;

  pdz_action_set_date (year, y2023);
  pdz_action_set_date (november, nov2023);
  g_assert_true (pdz_plan_add_objective (plan, objective, NULL));
  g_assert_true (pdz_objective_add_action (objective, year, NULL));
  g_assert_true (pdz_objective_add_action (objective, november, NULL));
  g_assert_true (pdz_objective_add_action (objective, undated, NULL));

  /* "2023" overlaps "2023-11"... */
  set_window (query, "2023-11", "2023-11");
  ids = action_ids (query);
  g_assert_cmpstr (ids, ==, "year november");
  /* ...and "2023-11" does not overlap "2023-12", while "2023" does. */
  g_clear_pointer (&ids, g_free);
  set_window (query, "2023-12", "2023-12");
  ids = action_ids (query);
  g_assert_cmpstr (ids, ==, "year");
  g_clear_pointer (&ids, g_free);
  set_window (query, "2023-11-30", NULL);
  ids = action_ids (query);
  g_assert_cmpstr (ids, ==, "year november");
  g_clear_pointer (&ids, g_free);
  set_window (query, NULL, "2023-10-31");
  ids = action_ids (query);
  g_assert_cmpstr (ids, ==, "year");
}

static void
test_accents (void)
{
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(PdzObjective) objective = pdz_objective_new ("o", "Objective");
  g_autoptr(PdzAction) action = pdz_action_new ("a", "Sportello per la Libertà e l'Autonomia");
  g_autoptr(PdzAction) other = pdz_action_new ("b", "Altro");
  g_autoptr(PdzQuery) query = g_object_new (PDZ_TYPE_QUERY, "plan", plan, "text", "liberta", NULL);

  g_assert_true (pdz_plan_add_objective (plan, objective, NULL));
  g_assert_true (pdz_objective_add_action (objective, action, NULL));
  g_assert_true (pdz_objective_add_action (objective, other, NULL));

  g_assert_cmpuint (n_actions (query), ==, 1);
  pdz_query_set_text (query, "LIBERTÀ autonomia");
  g_assert_cmpuint (n_actions (query), ==, 1);
  pdz_query_set_text (query, "libertà servizio");
  g_assert_cmpuint (n_actions (query), ==, 0);
  /* A decomposed "à" (a + combining grave) is found as well. */
  pdz_query_set_text (query, "liberta\xcc\x80");
  g_assert_cmpuint (n_actions (query), ==, 1);
}

static void
test_no_plan (void)
{
  g_autoptr(PdzQuery) query = pdz_query_new (NULL);

  g_assert_null (pdz_query_get_plan (query));
  g_assert_cmpuint (n_actions (query), ==, 0);
  g_assert_cmpuint (n_objectives (query), ==, 0);
  g_assert_cmpuint (n_projects (query), ==, 0);
}

static void
test_notify (void)
{
  g_autoptr(PdzQuery) query = pdz_query_new (NULL);
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(PdzDate) day = pdz_date_new_day (2023, 1, 1);
  g_autoptr(PdzDate) same = pdz_date_new_day (2023, 1, 1);

  gt_signal_logger_connect (logger, query, "notify");

#define ASSERT_NOTIFY(prop) \
  G_STMT_START { \
    gt_signal_logger_assert_notify_emission_pop (logger, query, prop); \
    gt_signal_logger_assert_no_emissions (logger); \
  } G_STMT_END

  pdz_query_set_plan (query, plan);
  ASSERT_NOTIFY ("plan");
  pdz_query_set_plan (query, plan);
  pdz_query_set_macroarea (query, "m");
  ASSERT_NOTIFY ("macroarea");
  pdz_query_set_macroarea (query, "m");
  pdz_query_set_objective (query, "o");
  ASSERT_NOTIFY ("objective");
  pdz_query_set_partner (query, "p");
  ASSERT_NOTIFY ("partner");
  pdz_query_set_project (query, "j");
  ASSERT_NOTIFY ("project");
  pdz_query_set_funding_source (query, "PNRR");
  ASSERT_NOTIFY ("funding-source");
  pdz_query_set_text (query, "x");
  ASSERT_NOTIFY ("text");
  pdz_query_set_text (query, "x");
  pdz_query_set_statuses (query, PDZ_STATUS_FLAGS_COMPLETED);
  ASSERT_NOTIFY ("statuses");
  pdz_query_add_status (query, PDZ_STATUS_COMPLETED);
  pdz_query_set_from (query, day);
  ASSERT_NOTIFY ("from");
  pdz_query_set_from (query, same);
  pdz_query_set_to (query, day);
  ASSERT_NOTIFY ("to");
  pdz_query_set_extra_set (query, TRUE);
  ASSERT_NOTIFY ("extra-set");
  pdz_query_set_extra (query, TRUE);
  ASSERT_NOTIFY ("extra");
  pdz_query_set_role_set (query, TRUE);
  ASSERT_NOTIFY ("role-set");
  pdz_query_set_role (query, PDZ_ROLE_LEAD);
  ASSERT_NOTIFY ("role");
  pdz_query_set_role (query, PDZ_ROLE_LEAD);

  /* Setting the role (or extra) turns the criterion on: two notifies. */
  pdz_query_set_role_set (query, FALSE);
  ASSERT_NOTIFY ("role-set");
  pdz_query_set_role (query, PDZ_ROLE_FUNDER);
  gt_signal_logger_assert_notify_emission_pop (logger, query, "role");
  gt_signal_logger_assert_notify_emission_pop (logger, query, "role-set");
  gt_signal_logger_assert_no_emissions (logger);
#undef ASSERT_NOTIFY

  /* The getters and the properties give back what was set. */
  g_assert_true (pdz_query_get_plan (query) == plan);
  g_assert_cmpstr (pdz_query_get_macroarea (query), ==, "m");
  g_assert_cmpstr (pdz_query_get_objective (query), ==, "o");
  g_assert_cmpstr (pdz_query_get_partner (query), ==, "p");
  g_assert_cmpstr (pdz_query_get_project (query), ==, "j");
  g_assert_cmpstr (pdz_query_get_funding_source (query), ==, "PNRR");
  g_assert_cmpstr (pdz_query_get_text (query), ==, "x");
  g_assert_cmpuint (pdz_query_get_statuses (query), ==, PDZ_STATUS_FLAGS_COMPLETED);
  g_assert_true (pdz_date_equal (pdz_query_get_from (query), day));
  g_assert_true (pdz_date_equal (pdz_query_get_to (query), day));
  g_assert_true (pdz_query_get_extra (query));
  g_assert_true (pdz_query_get_extra_set (query));
  g_assert_cmpint (pdz_query_get_role (query), ==, PDZ_ROLE_FUNDER);
  g_assert_true (pdz_query_get_role_set (query));
  {
    g_autofree char *text = NULL;
    g_autoptr(PdzDate) from = NULL;

    g_object_get (query, "text", &text, "from", &from, NULL);
    g_assert_cmpstr (text, ==, "x");
    g_assert_true (pdz_date_equal (from, day));
  }
  gt_signal_logger_assert_no_emissions (logger);
}

/* A value outside its enum or flags is refused, as every setter of an
 * enum does, and the query keeps what it had. */
static void
test_bad_values (void)
{
  g_autoptr(PdzQuery) query = pdz_query_new (NULL);
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();

  pdz_query_set_statuses (query, PDZ_STATUS_FLAGS_PLANNED);
  gt_signal_logger_connect (logger, query, "notify");

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*role <= PDZ_ROLE_CONSULTED*");
  pdz_query_set_role (query, (PdzRole) (PDZ_ROLE_CONSULTED + 1));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*role <= PDZ_ROLE_CONSULTED*");
  pdz_query_set_role (query, (PdzRole) -1);
  g_test_assert_expected_messages ();
  g_assert_cmpint (pdz_query_get_role (query), ==, PDZ_ROLE_PARTICIPANT);
  g_assert_false (pdz_query_get_role_set (query));

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*statuses & ~known*");
  pdz_query_set_statuses (query, PDZ_STATUS_FLAGS_COMPLETED | (1u << (PDZ_STATUS_CANCELLED + 1)));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*statuses & ~known*");
  pdz_query_set_statuses (query, (PdzStatusFlags) 0x80000000u);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (pdz_query_get_statuses (query), ==, PDZ_STATUS_FLAGS_PLANNED);

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*status <= PDZ_STATUS_CANCELLED*");
  pdz_query_add_status (query, (PdzStatus) -1);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (pdz_query_get_statuses (query), ==, PDZ_STATUS_FLAGS_PLANNED);

  gt_signal_logger_assert_no_emissions (logger);

  /* Every known bit is still taken. */
  pdz_query_set_statuses (query, PDZ_STATUS_FLAGS_PLANNED | PDZ_STATUS_FLAGS_IN_PROGRESS |
                                 PDZ_STATUS_FLAGS_COMPLETED | PDZ_STATUS_FLAGS_SUSPENDED |
                                 PDZ_STATUS_FLAGS_CANCELLED);
  gt_signal_logger_assert_notify_emission_pop (logger, query, "statuses");
  gt_signal_logger_assert_no_emissions (logger);
}

int
main (int argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/pdz/query/example/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("everything", test_everything);
  ADD ("macroarea", test_macroarea);
  ADD ("partner", test_partner);
  ADD ("project-objective", test_project_and_objective);
  ADD ("statuses", test_statuses);
  ADD ("dates", test_dates);
  ADD ("text", test_text);
  ADD ("funding-extra", test_funding_and_extra);
  ADD ("matches-action", test_matches_action);
  ADD ("follows-changes", test_follows_plan_changes);
#undef ADD
  g_test_add_func ("/pdz/query/partial-overlap", test_partial_overlap);
  g_test_add_func ("/pdz/query/accents", test_accents);
  g_test_add_func ("/pdz/query/no-plan", test_no_plan);
  g_test_add_func ("/pdz/query/notify", test_notify);
  g_test_add_func ("/pdz/query/bad-values", test_bad_values);

  return g_test_run ();
}
