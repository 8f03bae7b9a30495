/* test-query.c: PdzQuery, its criteria, sorting and counting
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every criterion alone and combined, several values (any of them),
 * unknown ids, via-projects, undated, sorting, the counting of bullets,
 * and the deprecated criteria of 0.1. The expected results are derived by
 * hand from the map of the counting plan in pdz-test-counting-plan.h, and
 * from examples/data/corsichese-2021-2023.json for the example.
 *
 * Every action of the counting plan, in document order:
 *   a1 a2 a2-s1 a2-s2 a3 a4 a5 a6 b1 b1-s1 b2 c1
 * find_actions() returns actions (sub-actions included); count_actions()
 * counts the bullets among them or holding them.
 */

#include <libpdz/pdz.h>
#include <libglib-testing/signal-logger.h>

#include "pdz-test-counting-plan.h"
#include "pdz-test-util.h"

typedef struct {
  PdzPlan *plan;     /* (owned) */
  PdzQuery *query;   /* (owned) */
} Fixture;

static void
set_up_counting (Fixture       *f,
                 gconstpointer  user_data)
{
  f->plan = pdz_test_load_data (pdz_test_counting_plan);
  f->query = pdz_query_new (f->plan);
}

static void
set_up_example (Fixture       *f,
                gconstpointer  user_data)
{
  f->plan = pdz_test_load_example ();
  f->query = pdz_query_new (f->plan);
}

static void
tear_down (Fixture       *f,
           gconstpointer  user_data)
{
  g_clear_object (&f->query);
  g_clear_object (&f->plan);
}

/* ---- helpers ------------------------------------------------------------ */

/* A NULL-terminated list of ids, for the criteria that take several. */
#define IDS(...) ((const char * const[]) { __VA_ARGS__, NULL })

/* The ids of the entities of @model, space-separated; checks the type of
 * its items. */
static char *
ids_of (GListModel *model,
        GType       type)
{
  g_assert_true (g_list_model_get_item_type (model) == type);
  return pdz_test_ids_of (model);
}

static char *
found_actions (PdzQuery *query)
{
  g_autoptr(GListModel) actions = pdz_query_find_actions (query);

  return ids_of (actions, PDZ_TYPE_ACTION);
}

static char *
found_objectives (PdzQuery *query)
{
  g_autoptr(GListModel) objectives = pdz_query_find_objectives (query);

  return ids_of (objectives, PDZ_TYPE_OBJECTIVE);
}

static guint
n_objectives (PdzQuery *query)
{
  g_autoptr(GListModel) objectives = pdz_query_find_objectives (query);

  return g_list_model_get_n_items (objectives);
}

static char *
found_projects (PdzQuery *query)
{
  g_autoptr(GListModel) projects = pdz_query_find_projects (query);

  return ids_of (projects, PDZ_TYPE_PROJECT);
}

/* The actions found, and the bullets they count as. */
#define assert_actions(query, expected, n_bullets) \
  G_STMT_START { \
    g_autofree char *aa_found = found_actions (query); \
    g_assert_cmpstr (aa_found, ==, expected); \
    g_assert_cmpuint (pdz_query_count_actions (query), ==, n_bullets); \
  } G_STMT_END

#define assert_objectives(query, expected) \
  G_STMT_START { \
    g_autofree char *ao_found = found_objectives (query); \
    g_assert_cmpstr (ao_found, ==, expected); \
  } G_STMT_END

#define assert_projects(query, expected) \
  G_STMT_START { \
    g_autofree char *ap_found = found_projects (query); \
    g_assert_cmpstr (ap_found, ==, expected); \
  } G_STMT_END

/* Nothing at all. */
#define assert_nothing(query) \
  G_STMT_START { \
    assert_actions (query, "", 0); \
    assert_objectives (query, ""); \
    assert_projects (query, ""); \
  } G_STMT_END

/* Sets the date window; NULL leaves that side open. */
static void
set_window (PdzQuery   *query,
            const char *start,
            const char *end)
{
  g_autoptr(PdzDate) a = start != NULL ? pdz_date_new_from_string (start, NULL) : NULL;
  g_autoptr(PdzDate) b = end != NULL ? pdz_date_new_from_string (end, NULL) : NULL;

  g_assert_true (start == NULL || a != NULL);
  g_assert_true (end == NULL || b != NULL);
  pdz_query_set_start (query, a);
  pdz_query_set_end (query, b);
}

/* ---- no criterion ------------------------------------------------------- */

static void
test_everything (Fixture       *f,
                 gconstpointer  user_data)
{
  /* The actions of objectives, then of projects, each sub-action after its
   * bullet; nine bullets. */
  assert_actions (f->query, "a1 a2 a2-s1 a2-s2 a3 a4 a5 a6 b1 b1-s1 b2 c1", 9);
  assert_objectives (f->query, "o1 o2 o3 o4");
  assert_projects (f->query, "p1 p2 p3");
  g_assert_true (pdz_query_get_plan (f->query) == f->plan);
}

/* ---- scope: macroareas, objectives, objective kinds, via-projects ------- */

static void
test_macroareas (Fixture       *f,
                 gconstpointer  user_data)
{
  /* m-casa: the actions o1 holds, its bullets' sub-actions included; p1
   * and p2 serve o1, but their actions count under them. */
  pdz_query_set_macroareas (f->query, IDS ("m-casa"));
  g_assert_cmpstrv (pdz_query_get_macroareas (f->query), IDS ("m-casa"));
  assert_actions (f->query, "a1 a2 a2-s1 a2-s2 a3", 3);
  assert_objectives (f->query, "o1");
  assert_projects (f->query, "p1 p2");

  /* With via-projects, the actions of p1 too (p2 holds none; p3 serves
   * no objective). Objectives and projects are the same. */
  pdz_query_set_via_projects (f->query, TRUE);
  assert_actions (f->query, "a1 a2 a2-s1 a2-s2 a3 b1 b1-s1 b2", 5);
  assert_objectives (f->query, "o1");
  assert_projects (f->query, "p1 p2");
  pdz_query_set_via_projects (f->query, FALSE);

  /* Two macroareas: either. p1 serves both; its bullets count once. */
  pdz_query_set_macroareas (f->query, IDS ("m-casa", "m-lavoro"));
  assert_actions (f->query, "a1 a2 a2-s1 a2-s2 a3 a4 a5", 5);
  assert_objectives (f->query, "o1 o2");
  assert_projects (f->query, "p1 p2");
  pdz_query_set_via_projects (f->query, TRUE);
  assert_actions (f->query, "a1 a2 a2-s1 a2-s2 a3 a4 a5 b1 b1-s1 b2", 7);
  pdz_query_set_via_projects (f->query, FALSE);

  pdz_query_set_macroareas (f->query, IDS ("m-lavoro"));
  assert_actions (f->query, "a4 a5", 2);
  assert_projects (f->query, "p1");

  /* A macroarea without objectives: nothing. */
  pdz_query_set_macroareas (f->query, IDS ("m-vuota"));
  assert_nothing (f->query);

  /* An unknown id beside a known one is ignored; alone, nothing. */
  pdz_query_set_macroareas (f->query, IDS ("m-casa", "no-such-macroarea"));
  assert_actions (f->query, "a1 a2 a2-s1 a2-s2 a3", 3);
  assert_objectives (f->query, "o1");
  assert_projects (f->query, "p1 p2");
  pdz_query_set_macroareas (f->query, IDS ("no-such-macroarea"));
  assert_nothing (f->query);
  pdz_query_set_via_projects (f->query, TRUE);
  assert_nothing (f->query);

  /* An empty list is no criterion. */
  pdz_query_set_macroareas (f->query, (const char * const[]) { NULL });
  g_assert_null (pdz_query_get_macroareas (f->query));
  assert_actions (f->query, "a1 a2 a2-s1 a2-s2 a3 a4 a5 a6 b1 b1-s1 b2 c1", 9);

  /* add_macroarea() adds, once. */
  pdz_query_add_macroarea (f->query, "m-lavoro");
  pdz_query_add_macroarea (f->query, "m-casa");
  pdz_query_add_macroarea (f->query, "m-lavoro");
  g_assert_cmpstrv (pdz_query_get_macroareas (f->query), IDS ("m-lavoro", "m-casa"));
  pdz_query_set_via_projects (f->query, FALSE);
  assert_actions (f->query, "a1 a2 a2-s1 a2-s2 a3 a4 a5", 5);
}

static void
test_objectives (Fixture       *f,
                 gconstpointer  user_data)
{
  pdz_query_set_objectives (f->query, IDS ("o2"));
  assert_actions (f->query, "a4 a5", 2);
  assert_objectives (f->query, "o2");
  assert_projects (f->query, "p1");
  pdz_query_set_via_projects (f->query, TRUE);
  assert_actions (f->query, "a4 a5 b1 b1-s1 b2", 4);
  assert_objectives (f->query, "o2");
  pdz_query_set_via_projects (f->query, FALSE);

  /* o3: no project serves it. */
  pdz_query_set_objectives (f->query, IDS ("o3"));
  assert_actions (f->query, "a6", 1);
  assert_projects (f->query, "");
  pdz_query_set_via_projects (f->query, TRUE);
  assert_actions (f->query, "a6", 1);
  pdz_query_set_via_projects (f->query, FALSE);

  pdz_query_set_objectives (f->query, IDS ("o1", "o3"));
  assert_actions (f->query, "a1 a2 a2-s1 a2-s2 a3 a6", 4);
  assert_objectives (f->query, "o1 o3");
  assert_projects (f->query, "p1 p2");

  /* An objective without actions is found itself. */
  pdz_query_set_objectives (f->query, IDS ("o4", "no-such-objective"));
  assert_actions (f->query, "", 0);
  assert_objectives (f->query, "o4");
  assert_projects (f->query, "");
  pdz_query_set_objectives (f->query, IDS ("no-such-objective"));
  assert_nothing (f->query);

  pdz_query_set_objectives (f->query, NULL);
  pdz_query_add_objective (f->query, "o3");
  g_assert_cmpstrv (pdz_query_get_objectives (f->query), IDS ("o3"));
  assert_actions (f->query, "a6", 1);
}

static void
test_objective_kinds (Fixture       *f,
                      gconstpointer  user_data)
{
  pdz_query_set_objective_kinds (f->query, PDZ_OBJECTIVE_KIND_FLAGS_HEALTH_INTEGRATION);
  g_assert_cmpuint (pdz_query_get_objective_kinds (f->query), ==,
                    PDZ_OBJECTIVE_KIND_FLAGS_HEALTH_INTEGRATION);
  assert_actions (f->query, "a6", 1);
  assert_objectives (f->query, "o3 o4");
  assert_projects (f->query, "");

  pdz_query_set_objective_kinds (f->query, PDZ_OBJECTIVE_KIND_FLAGS_PLAN);
  assert_actions (f->query, "a1 a2 a2-s1 a2-s2 a3 a4 a5", 5);
  assert_objectives (f->query, "o1 o2");
  assert_projects (f->query, "p1 p2");
  pdz_query_set_via_projects (f->query, TRUE);
  assert_actions (f->query, "a1 a2 a2-s1 a2-s2 a3 a4 a5 b1 b1-s1 b2", 7);

  /* Both kinds: every objective, and through via-projects the actions of
   * the projects serving one; p3 serves none, so c1 stays out. */
  pdz_query_set_objective_kinds (f->query, PDZ_OBJECTIVE_KIND_FLAGS_PLAN |
                                           PDZ_OBJECTIVE_KIND_FLAGS_HEALTH_INTEGRATION);
  assert_actions (f->query, "a1 a2 a2-s1 a2-s2 a3 a4 a5 a6 b1 b1-s1 b2", 8);
  assert_objectives (f->query, "o1 o2 o3 o4");
  assert_projects (f->query, "p1 p2");
  pdz_query_set_via_projects (f->query, FALSE);
  assert_actions (f->query, "a1 a2 a2-s1 a2-s2 a3 a4 a5 a6", 6);
}

/* ---- participants: partners, roles, partner kinds ----------------------- */

static void
test_partners (Fixture       *f,
               gconstpointer  user_data)
{
  /* ets takes part in the sub-action a2-s1 and in b1: the sub-action is
   * found, and counts as its bullet a2. Objectives through their actions;
   * projects through their lead, partners or actions (b1 is p1's; a2-s1
   * names p2). */
  pdz_query_set_partners (f->query, IDS ("ets"));
  assert_actions (f->query, "a2-s1 b1", 2);
  assert_objectives (f->query, "o1");
  assert_projects (f->query, "p1 p2");
  pdz_query_set_via_projects (f->query, TRUE);
  assert_objectives (f->query, "o1 o2");
  pdz_query_set_via_projects (f->query, FALSE);

  /* aler: a1, a2-s2; p1 as its partner, p2 through a1 that names it.
   * p1's participation does not make p1's actions match. */
  pdz_query_set_partners (f->query, IDS ("aler"));
  assert_actions (f->query, "a1 a2-s2", 2);
  assert_objectives (f->query, "o1");
  assert_projects (f->query, "p1 p2");

  /* ets or aler: a2 counts once for two of its sub-actions. */
  pdz_query_set_partners (f->query, IDS ("ets", "aler"));
  assert_actions (f->query, "a1 a2-s1 a2-s2 b1", 3);

  /* comune: a2, a4; it leads p1. */
  pdz_query_set_partners (f->query, IDS ("comune"));
  assert_actions (f->query, "a2 a4", 2);
  assert_objectives (f->query, "o1 o2");
  assert_projects (f->query, "p1");

  /* regione: projects only. ufficio: o1 itself. */
  pdz_query_set_partners (f->query, IDS ("regione"));
  assert_actions (f->query, "", 0);
  assert_objectives (f->query, "");
  assert_projects (f->query, "p2 p3");
  pdz_query_set_partners (f->query, IDS ("ufficio"));
  assert_actions (f->query, "a2 a2-s2 c1", 2);
  assert_objectives (f->query, "o1");
  assert_projects (f->query, "p3");

  /* A partner of the plan that takes part in nothing; unknown ids. */
  pdz_query_set_partners (f->query, IDS ("ignoto"));
  assert_nothing (f->query);
  pdz_query_set_partners (f->query, IDS ("aler", "no-such-partner"));
  assert_actions (f->query, "a1 a2-s2", 2);
  assert_projects (f->query, "p1 p2");
  pdz_query_set_partners (f->query, IDS ("no-such-partner"));
  assert_nothing (f->query);

  pdz_query_set_partners (f->query, NULL);
  pdz_query_add_partner (f->query, "ets");
  pdz_query_add_partner (f->query, "aler");
  g_assert_cmpstrv (pdz_query_get_partners (f->query), IDS ("ets", "aler"));
  assert_actions (f->query, "a1 a2-s1 a2-s2 b1", 3);
}

static void
test_roles (Fixture       *f,
            gconstpointer  user_data)
{
  /* Any partner in the role: ufficio leads a2, comune a4 and p1; ufficio
   * leads o1 as a whole. */
  pdz_query_set_roles (f->query, PDZ_ROLE_FLAGS_LEAD);
  assert_actions (f->query, "a2 a4", 2);
  assert_objectives (f->query, "o1 o2");
  assert_projects (f->query, "p1");

  /* Lead or consulted: aler is consulted in a2-s2, asst about p2. */
  pdz_query_set_roles (f->query, PDZ_ROLE_FLAGS_LEAD | PDZ_ROLE_FLAGS_CONSULTED);
  assert_actions (f->query, "a2 a2-s2 a4", 2);
  assert_projects (f->query, "p1 p2");

  /* A role the source does not state is a role to ask for. */
  pdz_query_set_roles (f->query, PDZ_ROLE_FLAGS_NOT_STATED);
  assert_actions (f->query, "c1", 1);
  assert_objectives (f->query, "");
  assert_projects (f->query, "p3");
  pdz_query_set_roles (f->query, PDZ_ROLE_FLAGS_FUNDER);
  assert_actions (f->query, "", 0);
  assert_projects (f->query, "p3");

  /* With partners: one participation meets both. */
  pdz_query_set_partners (f->query, IDS ("ufficio"));
  pdz_query_set_roles (f->query, PDZ_ROLE_FLAGS_LEAD);
  assert_actions (f->query, "a2", 1);
  assert_objectives (f->query, "o1");
  assert_projects (f->query, "");
  pdz_query_set_roles (f->query, PDZ_ROLE_FLAGS_NOT_STATED);
  assert_actions (f->query, "c1", 1);
  assert_projects (f->query, "p3");
  pdz_query_set_partners (f->query, IDS ("aler"));
  pdz_query_set_roles (f->query, PDZ_ROLE_FLAGS_LEAD);
  assert_nothing (f->query);
}

static void
test_partner_kinds (Fixture       *f,
                    gconstpointer  user_data)
{
  /* The Ambito's own bodies: ufficio in a2, a2-s2 and c1. */
  pdz_query_set_partner_kinds (f->query, PDZ_PARTNER_KIND_FLAGS_OWN_BODY);
  assert_actions (f->query, "a2 a2-s2 c1", 2);
  assert_objectives (f->query, "o1");
  assert_projects (f->query, "p3");

  /* ASST or ALER. */
  pdz_query_set_partner_kinds (f->query, PDZ_PARTNER_KIND_FLAGS_HEALTH_TRUST |
                                         PDZ_PARTNER_KIND_FLAGS_HOUSING_AGENCY);
  assert_actions (f->query, "a1 a2-s2 a6 b1-s1", 4);
  assert_objectives (f->query, "o1 o3");
  assert_projects (f->query, "p1 p2");

  /* Kind and role in one participation: ufficio is never consulted; it
   * leads a2. */
  pdz_query_set_partner_kinds (f->query, PDZ_PARTNER_KIND_FLAGS_OWN_BODY);
  pdz_query_set_roles (f->query, PDZ_ROLE_FLAGS_CONSULTED);
  assert_nothing (f->query);
  pdz_query_set_roles (f->query, PDZ_ROLE_FLAGS_LEAD);
  assert_actions (f->query, "a2", 1);
  assert_objectives (f->query, "o1");

  /* Kind and partner: aler is no own body. */
  pdz_query_set_roles (f->query, PDZ_ROLE_FLAGS_NONE);
  pdz_query_set_partners (f->query, IDS ("aler"));
  assert_nothing (f->query);
  pdz_query_set_partner_kinds (f->query, PDZ_PARTNER_KIND_FLAGS_NONE);
  assert_actions (f->query, "a1 a2-s2", 2);
}

/* ---- what actions are: projects, funding, statuses, origins ------------- */

static void
test_projects (Fixture       *f,
               gconstpointer  user_data)
{
  /* The actions p1 holds, and a5 that names it. */
  pdz_query_set_projects (f->query, IDS ("p1"));
  assert_actions (f->query, "a5 b1 b1-s1 b2", 3);
  assert_objectives (f->query, "o2");
  assert_projects (f->query, "p1");
  pdz_query_set_via_projects (f->query, TRUE);
  assert_objectives (f->query, "o1 o2");
  pdz_query_set_via_projects (f->query, FALSE);

  /* p2 holds nothing: a1 names it, and a2's sub-action a2-s1. */
  pdz_query_set_projects (f->query, IDS ("p2"));
  assert_actions (f->query, "a1 a2-s1", 2);
  assert_objectives (f->query, "o1");
  assert_projects (f->query, "p2");

  pdz_query_set_projects (f->query, IDS ("p1", "p2"));
  assert_actions (f->query, "a1 a2-s1 a5 b1 b1-s1 b2", 5);
  assert_projects (f->query, "p1 p2");

  pdz_query_set_projects (f->query, IDS ("p3", "no-such-project"));
  assert_actions (f->query, "c1", 1);
  assert_objectives (f->query, "");
  assert_projects (f->query, "p3");
  pdz_query_set_projects (f->query, IDS ("no-such-project"));
  assert_nothing (f->query);

  pdz_query_set_projects (f->query, NULL);
  pdz_query_add_project (f->query, "p2");
  g_assert_cmpstrv (pdz_query_get_projects (f->query), IDS ("p2"));
  assert_actions (f->query, "a1 a2-s1", 2);
}

static void
test_funding_sources (Fixture       *f,
                      gconstpointer  user_data)
{
  /* Compared without regard to case or accents, to the action's own
   * fundings; a project through its own or its actions' (held or naming
   * it: b1-s1 is p1's, a1 names p2). */
  pdz_query_set_funding_sources (f->query, IDS ("pnrr"));
  assert_actions (f->query, "a1 a4 b1-s1", 3);
  assert_objectives (f->query, "o1 o2");
  assert_projects (f->query, "p1 p2");

  pdz_query_set_funding_sources (f->query, IDS ("FONDO POVERTA"));
  assert_actions (f->query, "a2-s1", 1);
  assert_objectives (f->query, "o1");
  assert_projects (f->query, "p2 p3");

  /* Project fundings only. */
  pdz_query_set_funding_sources (f->query, IDS ("FNPS", "bando regionale"));
  assert_actions (f->query, "", 0);
  assert_objectives (f->query, "");
  assert_projects (f->query, "p1 p2");

  pdz_query_set_funding_sources (f->query, IDS ("Fondo nessuno"));
  assert_nothing (f->query);

  pdz_query_set_funding_sources (f->query, NULL);
  pdz_query_add_funding_source (f->query, "FNPS");
  g_assert_cmpstrv (pdz_query_get_funding_sources (f->query), IDS ("FNPS"));
  assert_projects (f->query, "p1");
}

static void
test_statuses (Fixture       *f,
               gconstpointer  user_data)
{
  /* Objectives and projects by their own status. */
  static const struct {
    PdzStatusFlags statuses;
    const char *actions;
    guint bullets;
    const char *objectives, *projects;
  } cases[] = {
    { PDZ_STATUS_FLAGS_PLANNED, "a1", 1, "o4", "" },
    /* b1-s1 is in progress under a completed bullet, a2-s1 completed under
     * a bullet in progress: each is found, but the status criterion is
     * its bullet's when counting, so neither counts its bullet. */
    { PDZ_STATUS_FLAGS_IN_PROGRESS, "a2 b1-s1 c1", 2, "o1", "p1" },
    { PDZ_STATUS_FLAGS_COMPLETED, "a2-s1 a4 b1", 2, "o2", "p3" },
    { PDZ_STATUS_FLAGS_SUSPENDED, "a5", 1, "", "" },
    { PDZ_STATUS_FLAGS_CANCELLED, "a6", 1, "", "" },
    /* a2-s2 states no status, under a bullet in progress. */
    { PDZ_STATUS_FLAGS_NOT_STATED, "a2-s2 a3 b2", 2, "o3", "p2" },
    { PDZ_STATUS_FLAGS_SUSPENDED | PDZ_STATUS_FLAGS_CANCELLED, "a5 a6", 2, "", "" },
    { PDZ_STATUS_FLAGS_PLANNED | PDZ_STATUS_FLAGS_NOT_STATED, "a1 a2-s2 a3 b2", 3, "o3 o4", "p2" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("statuses %x", cases[i].statuses);
      pdz_query_set_statuses (f->query, cases[i].statuses);
      g_assert_cmpuint (pdz_query_get_statuses (f->query), ==, cases[i].statuses);
      assert_actions (f->query, cases[i].actions, cases[i].bullets);
      assert_objectives (f->query, cases[i].objectives);
      assert_projects (f->query, cases[i].projects);
    }

  pdz_query_set_statuses (f->query, PDZ_STATUS_FLAGS_NONE);
  pdz_query_add_status (f->query, PDZ_STATUS_SUSPENDED);
  pdz_query_add_status (f->query, PDZ_STATUS_CANCELLED);
  pdz_query_add_status (f->query, PDZ_STATUS_CANCELLED);
  g_assert_cmpuint (pdz_query_get_statuses (f->query), ==,
                    PDZ_STATUS_FLAGS_SUSPENDED | PDZ_STATUS_FLAGS_CANCELLED);
  assert_actions (f->query, "a5 a6", 2);
}

static void
test_origins (Fixture       *f,
              gconstpointer  user_data)
{
  /* Extra: a2, a5, b2. Objectives and projects through one of their
   * actions: p1 holds b2 and a5 names it. */
  pdz_query_set_origins (f->query, PDZ_ORIGIN_FLAGS_EXTRA);
  assert_actions (f->query, "a2 a5 b2", 3);
  assert_objectives (f->query, "o1 o2");
  assert_projects (f->query, "p1");

  pdz_query_set_origins (f->query, PDZ_ORIGIN_FLAGS_PLANNED);
  assert_actions (f->query, "a1 a4 b1 c1", 4);
  assert_objectives (f->query, "o1 o2");
  assert_projects (f->query, "p1 p2 p3");

  /* Not stated: every sub-action (none states an origin), a3, a6. The
   * origin criterion is the bullet's when counting: the sub-actions'
   * bullets a2 (extra) and b1 (planned) do not count. */
  pdz_query_set_origins (f->query, PDZ_ORIGIN_FLAGS_NOT_STATED);
  assert_actions (f->query, "a2-s1 a2-s2 a3 a6 b1-s1", 2);
  assert_objectives (f->query, "o1 o3");
  assert_projects (f->query, "p1 p2");

  pdz_query_set_origins (f->query, PDZ_ORIGIN_FLAGS_PLANNED | PDZ_ORIGIN_FLAGS_EXTRA);
  g_assert_cmpuint (pdz_query_get_origins (f->query), ==,
                    PDZ_ORIGIN_FLAGS_PLANNED | PDZ_ORIGIN_FLAGS_EXTRA);
  assert_actions (f->query, "a1 a2 a4 a5 b1 b2 c1", 7);
}

/* ---- dates -------------------------------------------------------------- */

static void
test_window (Fixture       *f,
             gconstpointer  user_data)
{
  /* Spans: a1 2022-11-15; a2 2022-12-20 to 2023-03; a2-s1 and b1-s1
   * 2023-02; a4 2022-12; a5 2023-05 (an end date only); a6 2021-06; b1
   * 2023-01-20; c1 the whole of 2023. Milestones (an action matches a
   * window its span or one of its milestones overlaps): a2 2023-02-10,
   * a2-s1 2023-04-30, a2-s2 2024, a6 2022-10, b1-s1 2023-03-15, b2
   * 2022-11, c1 2022. Projects: p1 2022 to 2023-06, p3 from 2023-02-01,
   * p2 undated. */

  /* Inside a2's span, away from both its dates. */
  set_window (f->query, "2023-01-15", "2023-01-31");
  assert_actions (f->query, "a2 b1 c1", 3);
  assert_objectives (f->query, "o1");
  assert_projects (f->query, "p1");

  /* b1-s1 by its milestone of 2023-03-15: its bullet b1 counts. */
  set_window (f->query, "2023-03", "2023-03");
  assert_actions (f->query, "a2 b1-s1 c1", 3);

  /* Open at the end; open at the start. */
  set_window (f->query, "2023-04", NULL);
  assert_actions (f->query, "a2-s1 a2-s2 a5 c1", 3);
  set_window (f->query, NULL, "2022-12-31");
  assert_actions (f->query, "a1 a2 a4 a6 b2 c1", 6);
  set_window (f->query, NULL, "2022-06");
  assert_actions (f->query, "a6 c1", 2);
  assert_projects (f->query, "p1");
  set_window (f->query, "2023-07", NULL);
  assert_actions (f->query, "a2-s2 c1", 2);
  assert_projects (f->query, "p3");

  /* A year; a day, overlapping a month. */
  set_window (f->query, "2023", "2023");
  assert_actions (f->query, "a2 a2-s1 a5 b1 b1-s1 c1", 4);
  assert_objectives (f->query, "o1 o2");
  assert_projects (f->query, "p1 p3");
  /* c1 by its milestone 2022, a year that holds the day. */
  set_window (f->query, "2022-12-20", "2022-12-20");
  assert_actions (f->query, "a2 a4 c1", 3);

  /* A window that ends before it starts finds nothing. */
  set_window (f->query, "2023-12", "2023-01");
  assert_nothing (f->query);

  set_window (f->query, NULL, NULL);
  g_assert_null (pdz_query_get_start (f->query));
  g_assert_null (pdz_query_get_end (f->query));
  assert_actions (f->query, "a1 a2 a2-s1 a2-s2 a3 a4 a5 a6 b1 b1-s1 b2 c1", 9);
}

static void
test_undated (Fixture       *f,
              gconstpointer  user_data)
{
  /* Neither a date, nor an end date, nor a dated event: a milestone dates
   * an action (a2-s2's 2024, b2's 2022-11), so only a3 is undated. A
   * project is undated without a start and an end. */
  pdz_query_set_undated (f->query, TRUE);
  g_assert_true (pdz_query_get_undated (f->query));
  assert_actions (f->query, "a3", 1);
  assert_objectives (f->query, "o1");
  assert_projects (f->query, "p2");
  pdz_query_set_via_projects (f->query, TRUE);
  assert_objectives (f->query, "o1");
  pdz_query_set_via_projects (f->query, FALSE);

  /* With another criterion. */
  pdz_query_set_partners (f->query, IDS ("aler"));
  assert_actions (f->query, "", 0);
  pdz_query_set_partners (f->query, NULL);

  /* Undated and a window: nothing can be both. */
  set_window (f->query, "2023", NULL);
  assert_nothing (f->query);
  set_window (f->query, NULL, "2030");
  assert_nothing (f->query);

  set_window (f->query, NULL, NULL);
  pdz_query_set_undated (f->query, FALSE);
  assert_actions (f->query, "a1 a2 a2-s1 a2-s2 a3 a4 a5 a6 b1 b1-s1 b2 c1", 9);
}

/* ---- text ----------------------------------------------------------------- */

static void
test_text (Fixture       *f,
           gconstpointer  user_data)
{
  pdz_query_set_text (f->query, "tavolo");
  assert_actions (f->query, "a3 b2", 2);
  /* Without regard to case or accents; a sub-action's title. */
  pdz_query_set_text (f->query, "LIBERTA");
  assert_actions (f->query, "b1-s1", 1);
  pdz_query_set_text (f->query, "équipe");
  assert_actions (f->query, "a2", 1);
  /* Every word, anywhere. */
  pdz_query_set_text (f->query, "ponte  rinnovo");
  assert_actions (f->query, "a2-s2", 1);
  assert_projects (f->query, "");
  pdz_query_set_text (f->query, "ponte");
  assert_projects (f->query, "p1");
  /* Objectives by their own title. */
  pdz_query_set_text (f->query, "casa");
  assert_actions (f->query, "a6", 1);
  assert_objectives (f->query, "o1");
  pdz_query_set_text (f->query, "  ");
  assert_actions (f->query, "a1 a2 a2-s1 a2-s2 a3 a4 a5 a6 b1 b1-s1 b2 c1", 9);
}

/* ---- criteria together -------------------------------------------------- */

static void
test_combined (Fixture       *f,
               gconstpointer  user_data)
{
  /* In progress in m-casa: a2 (its sub-actions are not); with
   * via-projects, b1-s1 of p1 too. */
  pdz_query_set_statuses (f->query, PDZ_STATUS_FLAGS_IN_PROGRESS);
  pdz_query_set_macroareas (f->query, IDS ("m-casa"));
  assert_actions (f->query, "a2", 1);
  /* b1-s1 is found; its bullet b1, completed, does not count. */
  pdz_query_set_via_projects (f->query, TRUE);
  assert_actions (f->query, "a2 b1-s1", 1);
  pdz_query_set_via_projects (f->query, FALSE);
  pdz_query_set_macroareas (f->query, NULL);
  pdz_query_set_statuses (f->query, PDZ_STATUS_FLAGS_NONE);

  /* ASST in o1: only through p1, which serves it. */
  pdz_query_set_partners (f->query, IDS ("asst"));
  pdz_query_set_objectives (f->query, IDS ("o1"));
  assert_actions (f->query, "", 0);
  pdz_query_set_via_projects (f->query, TRUE);
  assert_actions (f->query, "b1-s1", 1);
  pdz_query_set_via_projects (f->query, FALSE);
  pdz_query_set_objectives (f->query, NULL);
  pdz_query_set_partners (f->query, NULL);

  /* Extra and dated in 2023 or later: a2's span reaches into 2023. */
  pdz_query_set_origins (f->query, PDZ_ORIGIN_FLAGS_EXTRA);
  set_window (f->query, "2023", NULL);
  assert_actions (f->query, "a2 a5", 2);
  set_window (f->query, NULL, NULL);

  /* Extra and "tavolo". */
  pdz_query_set_text (f->query, "tavolo");
  assert_actions (f->query, "b2", 1);
  pdz_query_set_text (f->query, NULL);
  pdz_query_set_origins (f->query, PDZ_ORIGIN_FLAGS_NONE);

  /* Naming p2 and completed: the sub-action, not a1; its bullet a2, in
   * progress, does not count. */
  pdz_query_set_projects (f->query, IDS ("p2"));
  pdz_query_set_statuses (f->query, PDZ_STATUS_FLAGS_COMPLETED);
  assert_actions (f->query, "a2-s1", 0);
  pdz_query_set_statuses (f->query, PDZ_STATUS_FLAGS_NONE);
  pdz_query_set_projects (f->query, NULL);

  /* An own body as participant, in m-casa. */
  pdz_query_set_macroareas (f->query, IDS ("m-casa"));
  pdz_query_set_partner_kinds (f->query, PDZ_PARTNER_KIND_FLAGS_OWN_BODY);
  pdz_query_set_roles (f->query, PDZ_ROLE_FLAGS_PARTICIPANT);
  assert_actions (f->query, "a2-s2", 1);
  /* And an unknown id anywhere else makes it impossible. */
  pdz_query_set_projects (f->query, IDS ("no-such-project"));
  assert_nothing (f->query);
}

/* ---- sorting ------------------------------------------------------------ */

static void
test_sort (Fixture       *f,
           gconstpointer  user_data)
{
  g_assert_cmpint (pdz_query_get_sort (f->query), ==, PDZ_QUERY_SORT_DOCUMENT);

  /* By date (an action's date, its end date without one, its earliest
   * milestone without either: b2's 2022-11, a2-s2's 2024), the coarser
   * first on the same first day; a2-s1 and b1-s1 share "2023-02" and keep
   * the document's order; the undated (a3) last. */
  pdz_query_set_sort (f->query, PDZ_QUERY_SORT_DATE);
  assert_actions (f->query, "a6 b2 a1 a4 a2 c1 b1 a2-s1 b1-s1 a5 a2-s2 a3", 9);
  /* Objectives have no date: the file's order. Projects by start. */
  assert_objectives (f->query, "o1 o2 o3 o4");
  assert_projects (f->query, "p1 p3 p2");

  /* By title, without regard to case or accents ("avvio" among the a's,
   * "Équipe" among the e's); the two "Tavolo di rete" in document order. */
  pdz_query_set_sort (f->query, PDZ_QUERY_SORT_TITLE);
  assert_actions (f->query, "b1 a4 a5 a6 a2 a2-s1 a1 a2-s2 b1-s1 a3 b2 c1", 9);
  assert_objectives (f->query, "o4 o1 o2 o3");
  assert_projects (f->query, "p3 p1 p2");

  /* By status, in the order of PdzStatus, not stated last; ties in
   * document order. */
  pdz_query_set_sort (f->query, PDZ_QUERY_SORT_STATUS);
  assert_actions (f->query, "a1 a2 b1-s1 c1 a2-s1 a4 b1 a5 a6 a2-s2 a3 b2", 9);
  assert_objectives (f->query, "o4 o1 o2 o3");
  assert_projects (f->query, "p1 p3 p2");

  /* Sorting what a criterion found. */
  pdz_query_set_sort (f->query, PDZ_QUERY_SORT_DATE);
  pdz_query_set_statuses (f->query, PDZ_STATUS_FLAGS_COMPLETED);
  assert_actions (f->query, "a4 b1 a2-s1", 2);
  pdz_query_set_statuses (f->query, PDZ_STATUS_FLAGS_NONE);
  pdz_query_set_undated (f->query, TRUE);
  assert_actions (f->query, "a3", 1);
  pdz_query_set_undated (f->query, FALSE);

  pdz_query_set_sort (f->query, PDZ_QUERY_SORT_DOCUMENT);
  assert_actions (f->query, "a1 a2 a2-s1 a2-s2 a3 a4 a5 a6 b1 b1-s1 b2 c1", 9);
}

/* ---- counting and matching ---------------------------------------------- */

static void
test_count_actions (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autoptr(GListModel) found = NULL;

  /* A bullet and its sub-actions all match: found three times, counted
   * once. */
  pdz_query_set_objectives (f->query, IDS ("o1"));
  found = pdz_query_find_actions (f->query);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 5);
  g_assert_cmpuint (pdz_query_count_actions (f->query), ==, 3);
  g_clear_object (&found);

  /* Only sub-actions match: counted as their bullets, each once. */
  pdz_query_set_objectives (f->query, NULL);
  pdz_query_set_partners (f->query, IDS ("ets", "asst"));
  found = pdz_query_find_actions (f->query);
  {
    g_autofree char *ids = ids_of (found, PDZ_TYPE_ACTION);

    g_assert_cmpstr (ids, ==, "a2-s1 a6 b1 b1-s1");
  }
  g_assert_cmpuint (pdz_query_count_actions (f->query), ==, 3);

  /* Without a plan: nothing. */
  pdz_query_set_plan (f->query, NULL);
  assert_nothing (f->query);
}

static void
test_matches_action (Fixture       *f,
                     gconstpointer  user_data)
{
  g_autoptr(PdzPlan) other = pdz_test_load_data (pdz_test_counting_plan);
  g_autoptr(PdzAction) loose = pdz_action_new ("loose", "Loose");

  pdz_query_set_partners (f->query, IDS ("ets"));
  g_assert_true (pdz_query_matches_action (f->query, pdz_plan_lookup_action (f->plan, "a2-s1")));
  g_assert_true (pdz_query_matches_action (f->query, pdz_plan_lookup_action (f->plan, "b1")));
  g_assert_false (pdz_query_matches_action (f->query, pdz_plan_lookup_action (f->plan, "a2")));
  /* The same action of another plan, and one in no plan. */
  g_assert_false (pdz_query_matches_action (f->query, pdz_plan_lookup_action (other, "b1")));
  pdz_query_set_partners (f->query, NULL);
  g_assert_false (pdz_query_matches_action (f->query, loose));
  g_assert_true (pdz_query_matches_action (f->query, pdz_plan_lookup_action (f->plan, "c1")));

  /* Scope by the counting rule: c1 belongs to p3, which serves nothing. */
  pdz_query_set_via_projects (f->query, TRUE);
  pdz_query_set_objective_kinds (f->query, PDZ_OBJECTIVE_KIND_FLAGS_PLAN);
  g_assert_false (pdz_query_matches_action (f->query, pdz_plan_lookup_action (f->plan, "c1")));
  g_assert_true (pdz_query_matches_action (f->query, pdz_plan_lookup_action (f->plan, "b1-s1")));
}

static void
test_follows_changes (Fixture       *f,
                      gconstpointer  user_data)
{
  PdzAction *a3 = pdz_plan_lookup_action (f->plan, "a3");
  PdzPartner *aler = pdz_plan_lookup_partner (f->plan, "aler");
  PdzObjective *o2 = pdz_plan_lookup_objective (f->plan, "o2");
  PdzObjective *o3 = pdz_plan_lookup_objective (f->plan, "o3");
  g_autoptr(PdzAction) a4 = g_object_ref (pdz_plan_lookup_action (f->plan, "a4"));
  g_autoptr(PdzParticipation) participation = pdz_participation_new (aler, PDZ_ROLE_PARTNER);

  pdz_query_set_partners (f->query, IDS ("aler"));
  assert_actions (f->query, "a1 a2-s2", 2);
  g_assert_true (pdz_action_add_participation (a3, participation, NULL));
  assert_actions (f->query, "a1 a2-s2 a3", 3);
  g_assert_true (pdz_action_remove_participation (a3, participation));
  assert_actions (f->query, "a1 a2-s2", 2);
  pdz_query_set_partners (f->query, NULL);

  /* Moving an action between objectives moves it between macroareas. */
  pdz_query_set_macroareas (f->query, IDS ("m-lavoro"));
  assert_actions (f->query, "a4 a5", 2);
  g_assert_true (pdz_objective_remove_action (o2, a4));
  g_assert_true (pdz_objective_add_action (o3, a4, NULL));
  assert_actions (f->query, "a5", 1);
  pdz_query_set_macroareas (f->query, NULL);
  pdz_query_set_objectives (f->query, IDS ("o3"));
  assert_actions (f->query, "a6 a4", 2);
}

/* ---- the deprecated criteria of 0.1 ------------------------------------- */

G_GNUC_BEGIN_IGNORE_DEPRECATIONS

static void
test_deprecated_ids (Fixture       *f,
                     gconstpointer  user_data)
{
  /* Each singular criterion is the first of the list; setting it sets the
   * list to it alone, or clears it. */
  pdz_query_set_macroarea (f->query, "m-lavoro");
  g_assert_cmpstrv (pdz_query_get_macroareas (f->query), IDS ("m-lavoro"));
  g_assert_cmpstr (pdz_query_get_macroarea (f->query), ==, "m-lavoro");
  assert_actions (f->query, "a4 a5", 2);
  pdz_query_set_macroareas (f->query, IDS ("m-casa", "m-lavoro"));
  g_assert_cmpstr (pdz_query_get_macroarea (f->query), ==, "m-casa");
  pdz_query_set_macroarea (f->query, NULL);
  g_assert_null (pdz_query_get_macroareas (f->query));
  g_assert_null (pdz_query_get_macroarea (f->query));

  pdz_query_set_objective (f->query, "o3");
  g_assert_cmpstrv (pdz_query_get_objectives (f->query), IDS ("o3"));
  g_assert_cmpstr (pdz_query_get_objective (f->query), ==, "o3");
  assert_actions (f->query, "a6", 1);
  pdz_query_set_objective (f->query, NULL);
  g_assert_null (pdz_query_get_objectives (f->query));

  pdz_query_set_partner (f->query, "ets");
  g_assert_cmpstrv (pdz_query_get_partners (f->query), IDS ("ets"));
  g_assert_cmpstr (pdz_query_get_partner (f->query), ==, "ets");
  assert_actions (f->query, "a2-s1 b1", 2);
  pdz_query_set_partner (f->query, NULL);
  g_assert_null (pdz_query_get_partners (f->query));

  pdz_query_set_project (f->query, "p2");
  g_assert_cmpstrv (pdz_query_get_projects (f->query), IDS ("p2"));
  g_assert_cmpstr (pdz_query_get_project (f->query), ==, "p2");
  assert_actions (f->query, "a1 a2-s1", 2);
  pdz_query_set_project (f->query, NULL);
  g_assert_null (pdz_query_get_projects (f->query));

  pdz_query_set_funding_source (f->query, "pnrr");
  g_assert_cmpstrv (pdz_query_get_funding_sources (f->query), IDS ("pnrr"));
  g_assert_cmpstr (pdz_query_get_funding_source (f->query), ==, "pnrr");
  assert_actions (f->query, "a1 a4 b1-s1", 3);
  pdz_query_set_funding_source (f->query, NULL);
  g_assert_null (pdz_query_get_funding_sources (f->query));

  /* Through the deprecated properties. */
  g_object_set (f->query, "partner", "aler", NULL);
  g_assert_cmpstrv (pdz_query_get_partners (f->query), IDS ("aler"));
  {
    g_autofree char *partner = NULL;

    g_object_get (f->query, "partner", &partner, NULL);
    g_assert_cmpstr (partner, ==, "aler");
  }
}

static void
test_deprecated_window (Fixture       *f,
                        gconstpointer  user_data)
{
  g_autoptr(PdzDate) start = pdz_date_new_year (2023);
  g_autoptr(PdzDate) end = pdz_date_new_month (2023, 3);
  g_autoptr(PdzDate) from = NULL;
  g_autoptr(PdzDate) to = NULL;

  /* from and to are start and end. */
  pdz_query_set_from (f->query, start);
  pdz_query_set_to (f->query, end);
  g_assert_true (pdz_date_equal (pdz_query_get_start (f->query), start));
  g_assert_true (pdz_date_equal (pdz_query_get_end (f->query), end));
  g_assert_true (pdz_query_get_from (f->query) == pdz_query_get_start (f->query));
  g_assert_true (pdz_query_get_to (f->query) == pdz_query_get_end (f->query));
  assert_actions (f->query, "a2 a2-s1 b1 b1-s1 c1", 3);

  g_object_get (f->query, "from", &from, "to", &to, NULL);
  g_assert_true (pdz_date_equal (from, start));
  g_assert_true (pdz_date_equal (to, end));
  g_object_set (f->query, "from", NULL, "to", NULL, NULL);
  g_assert_null (pdz_query_get_start (f->query));
  g_assert_null (pdz_query_get_end (f->query));
}

static void
test_deprecated_role (Fixture       *f,
                      gconstpointer  user_data)
{
  /* Unset: no role, and role reads as participant. */
  g_assert_false (pdz_query_get_role_set (f->query));
  g_assert_cmpint (pdz_query_get_role (f->query), ==, PDZ_ROLE_PARTICIPANT);

  pdz_query_set_role (f->query, PDZ_ROLE_LEAD);
  g_assert_cmpuint (pdz_query_get_roles (f->query), ==, PDZ_ROLE_FLAGS_LEAD);
  g_assert_true (pdz_query_get_role_set (f->query));
  g_assert_cmpint (pdz_query_get_role (f->query), ==, PDZ_ROLE_LEAD);
  assert_actions (f->query, "a2 a4", 2);

  /* With several roles, role is the lowest. */
  pdz_query_set_roles (f->query, PDZ_ROLE_FLAGS_CONSULTED | PDZ_ROLE_FLAGS_NOT_STATED);
  g_assert_cmpint (pdz_query_get_role (f->query), ==, PDZ_ROLE_CONSULTED);
  pdz_query_set_role (f->query, PDZ_ROLE_NOT_STATED);
  g_assert_cmpuint (pdz_query_get_roles (f->query), ==, PDZ_ROLE_FLAGS_NOT_STATED);
  assert_actions (f->query, "c1", 1);

  /* role-set TRUE keeps a role that is set... */
  pdz_query_set_role_set (f->query, TRUE);
  g_assert_cmpuint (pdz_query_get_roles (f->query), ==, PDZ_ROLE_FLAGS_NOT_STATED);
  /* ...FALSE clears the roles; TRUE then sets participant. */
  pdz_query_set_role_set (f->query, FALSE);
  g_assert_cmpuint (pdz_query_get_roles (f->query), ==, PDZ_ROLE_FLAGS_NONE);
  g_assert_false (pdz_query_get_role_set (f->query));
  assert_actions (f->query, "a1 a2 a2-s1 a2-s2 a3 a4 a5 a6 b1 b1-s1 b2 c1", 9);
  pdz_query_set_role_set (f->query, TRUE);
  g_assert_cmpuint (pdz_query_get_roles (f->query), ==, PDZ_ROLE_FLAGS_PARTICIPANT);
  assert_actions (f->query, "a2 a2-s2 b1-s1", 2);

  g_object_set (f->query, "role", PDZ_ROLE_FUNDER, NULL);
  g_assert_cmpuint (pdz_query_get_roles (f->query), ==, PDZ_ROLE_FLAGS_FUNDER);
  {
    gboolean role_set = FALSE;
    PdzRole role = PDZ_ROLE_PARTICIPANT;

    g_object_get (f->query, "role", &role, "role-set", &role_set, NULL);
    g_assert_cmpint (role, ==, PDZ_ROLE_FUNDER);
    g_assert_true (role_set);
  }
}

static void
test_deprecated_extra (Fixture       *f,
                       gconstpointer  user_data)
{
  g_assert_false (pdz_query_get_extra_set (f->query));
  g_assert_false (pdz_query_get_extra (f->query));

  /* extra TRUE: origin extra. */
  pdz_query_set_extra (f->query, TRUE);
  g_assert_cmpuint (pdz_query_get_origins (f->query), ==, PDZ_ORIGIN_FLAGS_EXTRA);
  g_assert_true (pdz_query_get_extra (f->query));
  g_assert_true (pdz_query_get_extra_set (f->query));
  assert_actions (f->query, "a2 a5 b2", 3);

  /* extra FALSE: what 0.1 called not extra, planned or not stated. a2 is
   * extra, but its sub-actions state no origin: found, and a2 not
   * counted, the origin criterion being the bullet's when counting. */
  pdz_query_set_extra (f->query, FALSE);
  g_assert_cmpuint (pdz_query_get_origins (f->query), ==,
                    PDZ_ORIGIN_FLAGS_PLANNED | PDZ_ORIGIN_FLAGS_NOT_STATED);
  g_assert_false (pdz_query_get_extra (f->query));
  g_assert_true (pdz_query_get_extra_set (f->query));
  assert_actions (f->query, "a1 a2-s1 a2-s2 a3 a4 a6 b1 b1-s1 c1", 6);

  /* extra is TRUE only for extra alone. */
  pdz_query_set_origins (f->query, PDZ_ORIGIN_FLAGS_PLANNED | PDZ_ORIGIN_FLAGS_EXTRA);
  g_assert_false (pdz_query_get_extra (f->query));
  g_assert_true (pdz_query_get_extra_set (f->query));
  pdz_query_set_extra_set (f->query, TRUE);
  g_assert_cmpuint (pdz_query_get_origins (f->query), ==,
                    PDZ_ORIGIN_FLAGS_PLANNED | PDZ_ORIGIN_FLAGS_EXTRA);

  pdz_query_set_extra_set (f->query, FALSE);
  g_assert_cmpuint (pdz_query_get_origins (f->query), ==, PDZ_ORIGIN_FLAGS_NONE);
  g_assert_false (pdz_query_get_extra_set (f->query));
  pdz_query_set_extra_set (f->query, TRUE);
  g_assert_cmpuint (pdz_query_get_origins (f->query), ==,
                    PDZ_ORIGIN_FLAGS_PLANNED | PDZ_ORIGIN_FLAGS_NOT_STATED);

  g_object_set (f->query, "extra", TRUE, NULL);
  g_assert_cmpuint (pdz_query_get_origins (f->query), ==, PDZ_ORIGIN_FLAGS_EXTRA);
}

G_GNUC_END_IGNORE_DEPRECATIONS

/* ---- notify ------------------------------------------------------------- */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Pops every emission of @logger, each a notify of @query, and returns the
 * names of the properties notified, sorted and space-separated: the order
 * in which GLib emits notifications queued together is not a promise. */
static char *
pop_notified (GtSignalLogger *logger,
              PdzQuery       *query)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  gpointer object = NULL;
  char *type_name = NULL;
  char *signal_name = NULL;
  GtSignalLoggerEmission *emission = NULL;

  while (gt_signal_logger_pop_emission (logger, &object, &type_name, &signal_name, &emission))
    {
      GParamSpec *pspec = NULL;

      g_assert_true (object == (gpointer) query);
      g_assert_cmpstr (signal_name, ==, "notify");
      gt_signal_logger_emission_get_params (emission, &pspec);
      g_ptr_array_add (names, g_strdup (g_param_spec_get_name (pspec)));
      g_param_spec_unref (pspec);
      gt_signal_logger_emission_free (emission);
      g_free (type_name);
      g_free (signal_name);
    }

  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

#define assert_notified(logger, query, expected) \
  G_STMT_START { \
    g_autofree char *an_names = pop_notified (logger, query); \
    g_assert_cmpstr (an_names, ==, expected); \
  } G_STMT_END

G_GNUC_BEGIN_IGNORE_DEPRECATIONS

/* Every setter notifies its property once on a change, and the deprecated
 * property of 0.1 it stands for; nothing when nothing changes. */
static void
test_notify (void)
{
  g_autoptr(PdzQuery) query = pdz_query_new (NULL);
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(PdzDate) day = pdz_date_new_day (2023, 1, 1);
  g_autoptr(PdzDate) same = pdz_date_new_day (2023, 1, 1);
  g_autoptr(PdzDate) month = pdz_date_new_month (2023, 1);

  gt_signal_logger_connect (logger, query, "notify");

  pdz_query_set_plan (query, plan);
  assert_notified (logger, query, "plan");
  pdz_query_set_plan (query, plan);
  assert_notified (logger, query, "");

  /* Lists, and their singular names of 0.1. */
  pdz_query_set_macroareas (query, IDS ("m"));
  assert_notified (logger, query, "macroarea macroareas");
  pdz_query_set_macroareas (query, IDS ("m"));
  assert_notified (logger, query, "");
  pdz_query_add_macroarea (query, "n");
  assert_notified (logger, query, "macroarea macroareas");
  pdz_query_add_macroarea (query, "n");
  assert_notified (logger, query, "");
  pdz_query_set_macroarea (query, "x");
  assert_notified (logger, query, "macroarea macroareas");
  pdz_query_set_objectives (query, IDS ("o"));
  assert_notified (logger, query, "objective objectives");
  pdz_query_set_objective (query, NULL);
  assert_notified (logger, query, "objective objectives");
  pdz_query_add_partner (query, "p");
  assert_notified (logger, query, "partner partners");
  pdz_query_set_partner (query, "p");
  assert_notified (logger, query, "");
  pdz_query_set_projects (query, IDS ("j", "k"));
  assert_notified (logger, query, "project projects");
  pdz_query_set_project (query, "j");
  assert_notified (logger, query, "project projects");
  pdz_query_add_funding_source (query, "PNRR");
  assert_notified (logger, query, "funding-source funding-sources");
  pdz_query_set_funding_sources (query, NULL);
  assert_notified (logger, query, "funding-source funding-sources");
  pdz_query_set_funding_source (query, NULL);
  assert_notified (logger, query, "");

  /* Flags. */
  pdz_query_set_statuses (query, PDZ_STATUS_FLAGS_COMPLETED);
  assert_notified (logger, query, "statuses");
  pdz_query_add_status (query, PDZ_STATUS_COMPLETED);
  assert_notified (logger, query, "");
  pdz_query_add_status (query, PDZ_STATUS_NOT_STATED);
  assert_notified (logger, query, "statuses");
  pdz_query_set_origins (query, PDZ_ORIGIN_FLAGS_EXTRA);
  assert_notified (logger, query, "extra extra-set origins");
  pdz_query_set_extra (query, TRUE);
  assert_notified (logger, query, "");
  pdz_query_set_extra (query, FALSE);
  assert_notified (logger, query, "extra extra-set origins");
  pdz_query_set_extra_set (query, TRUE);
  assert_notified (logger, query, "");
  pdz_query_set_extra_set (query, FALSE);
  assert_notified (logger, query, "extra extra-set origins");
  pdz_query_set_roles (query, PDZ_ROLE_FLAGS_LEAD);
  assert_notified (logger, query, "role role-set roles");
  pdz_query_set_role (query, PDZ_ROLE_LEAD);
  assert_notified (logger, query, "");
  pdz_query_set_role (query, PDZ_ROLE_FUNDER);
  assert_notified (logger, query, "role role-set roles");
  pdz_query_set_role_set (query, FALSE);
  assert_notified (logger, query, "role role-set roles");
  pdz_query_set_role_set (query, TRUE);
  assert_notified (logger, query, "role role-set roles");
  pdz_query_set_partner_kinds (query, PDZ_PARTNER_KIND_FLAGS_OWN_BODY);
  assert_notified (logger, query, "partner-kinds");
  pdz_query_set_partner_kinds (query, PDZ_PARTNER_KIND_FLAGS_OWN_BODY);
  assert_notified (logger, query, "");
  pdz_query_set_objective_kinds (query, PDZ_OBJECTIVE_KIND_FLAGS_PLAN);
  assert_notified (logger, query, "objective-kinds");

  /* The window, under both names. */
  pdz_query_set_start (query, day);
  assert_notified (logger, query, "from start");
  pdz_query_set_start (query, same);
  assert_notified (logger, query, "");
  pdz_query_set_from (query, month);
  assert_notified (logger, query, "from start");
  pdz_query_set_end (query, day);
  assert_notified (logger, query, "end to");
  pdz_query_set_to (query, NULL);
  assert_notified (logger, query, "end to");
  g_object_set (query, "from", day, NULL);
  assert_notified (logger, query, "from start");
  g_object_set (query, "end", day, NULL);
  assert_notified (logger, query, "end to");

  /* The rest. */
  pdz_query_set_undated (query, TRUE);
  assert_notified (logger, query, "undated");
  pdz_query_set_undated (query, TRUE);
  assert_notified (logger, query, "");
  pdz_query_set_via_projects (query, TRUE);
  assert_notified (logger, query, "via-projects");
  pdz_query_set_text (query, "x");
  assert_notified (logger, query, "text");
  pdz_query_set_text (query, "x");
  assert_notified (logger, query, "");
  pdz_query_set_sort (query, PDZ_QUERY_SORT_TITLE);
  assert_notified (logger, query, "sort");
  pdz_query_set_sort (query, PDZ_QUERY_SORT_TITLE);
  assert_notified (logger, query, "");

  /* The properties give back what was set. */
  {
    g_auto(GStrv) macroareas = NULL;
    g_autoptr(PdzDate) start = NULL;
    g_autofree char *macroarea = NULL;
    PdzStatusFlags statuses = 0;
    PdzRoleFlags roles = 0;
    PdzQuerySort sort = PDZ_QUERY_SORT_DOCUMENT;
    gboolean undated = FALSE, via_projects = FALSE;

    g_object_get (query, "macroareas", &macroareas, "macroarea", &macroarea,
                  "start", &start, "statuses", &statuses, "roles", &roles,
                  "sort", &sort, "undated", &undated, "via-projects", &via_projects,
                  NULL);
    g_assert_cmpstrv (macroareas, IDS ("x"));
    g_assert_cmpstr (macroarea, ==, "x");
    g_assert_true (pdz_date_equal (start, day));
    g_assert_cmpuint (statuses, ==, PDZ_STATUS_FLAGS_COMPLETED | PDZ_STATUS_FLAGS_NOT_STATED);
    g_assert_cmpuint (roles, ==, PDZ_ROLE_FLAGS_PARTICIPANT);
    g_assert_cmpint (sort, ==, PDZ_QUERY_SORT_TITLE);
    g_assert_true (undated);
    g_assert_true (via_projects);
  }
  gt_signal_logger_assert_no_emissions (logger);
}

/* A value outside its enumeration or flags, or text that is not UTF-8, is
 * refused with a critical, and the query keeps what it had. */
static void
test_bad_values (void)
{
  g_autoptr(PdzQuery) query = pdz_query_new (NULL);
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();

  pdz_query_set_statuses (query, PDZ_STATUS_FLAGS_PLANNED);
  pdz_query_set_roles (query, PDZ_ROLE_FLAGS_LEAD);
  gt_signal_logger_connect (logger, query, "notify");

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*role < PDZ_N_ROLES*");
  pdz_query_set_role (query, (PdzRole) (PDZ_ROLE_NOT_STATED + 1));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*role < PDZ_N_ROLES*");
  pdz_query_set_role (query, (PdzRole) -1);
  g_test_assert_expected_messages ();
  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*roles & ~FLAGS_OF*");
  pdz_query_set_roles (query, (PdzRoleFlags) (1u << (PDZ_ROLE_NOT_STATED + 1)));
  g_test_assert_expected_messages ();
  g_assert_cmpuint (pdz_query_get_roles (query), ==, PDZ_ROLE_FLAGS_LEAD);

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*statuses & ~FLAGS_OF*");
  pdz_query_set_statuses (query, PDZ_STATUS_FLAGS_COMPLETED | (1u << (PDZ_STATUS_NOT_STATED + 1)));
  g_test_assert_expected_messages ();
  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*statuses & ~FLAGS_OF*");
  pdz_query_set_statuses (query, (PdzStatusFlags) 0x80000000u);
  g_test_assert_expected_messages ();
  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*status < PDZ_N_STATUSES*");
  pdz_query_add_status (query, (PdzStatus) -1);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (pdz_query_get_statuses (query), ==, PDZ_STATUS_FLAGS_PLANNED);

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*origins & ~FLAGS_OF*");
  pdz_query_set_origins (query, (PdzOriginFlags) (1u << (PDZ_ORIGIN_EXTRA + 1)));
  g_test_assert_expected_messages ();
  g_assert_cmpuint (pdz_query_get_origins (query), ==, PDZ_ORIGIN_FLAGS_NONE);
  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*partner_kinds & ~FLAGS_OF*");
  pdz_query_set_partner_kinds (query, (PdzPartnerKindFlags) (1u << (PDZ_PARTNER_KIND_OWN_BODY + 1)));
  g_test_assert_expected_messages ();
  g_assert_cmpuint (pdz_query_get_partner_kinds (query), ==, PDZ_PARTNER_KIND_FLAGS_NONE);
  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*objective_kinds & ~FLAGS_OF*");
  pdz_query_set_objective_kinds (query, (PdzObjectiveKindFlags) 4);
  g_test_assert_expected_messages ();
  g_assert_cmpuint (pdz_query_get_objective_kinds (query), ==, PDZ_OBJECTIVE_KIND_FLAGS_NONE);
  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*sort <= PDZ_QUERY_SORT_STATUS*");
  pdz_query_set_sort (query, (PdzQuerySort) (PDZ_QUERY_SORT_STATUS + 1));
  g_test_assert_expected_messages ();
  g_assert_cmpint (pdz_query_get_sort (query), ==, PDZ_QUERY_SORT_DOCUMENT);

  PDZ_TEST_EXPECT_UTF8_CRITICAL (pdz_query_add_partner (query, PDZ_TEST_NOT_UTF8));
  PDZ_TEST_EXPECT_UTF8_CRITICAL (pdz_query_set_partner (query, PDZ_TEST_NOT_UTF8));
  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*strv_is_utf8*");
  pdz_query_set_macroareas (query, IDS ("m", PDZ_TEST_NOT_UTF8));
  g_test_assert_expected_messages ();
  g_assert_null (pdz_query_get_partners (query));
  g_assert_null (pdz_query_get_macroareas (query));

  gt_signal_logger_assert_no_emissions (logger);

  /* Every known flag is taken. */
  pdz_query_set_statuses (query, PDZ_STATUS_FLAGS_PLANNED | PDZ_STATUS_FLAGS_IN_PROGRESS |
                                 PDZ_STATUS_FLAGS_COMPLETED | PDZ_STATUS_FLAGS_SUSPENDED |
                                 PDZ_STATUS_FLAGS_CANCELLED | PDZ_STATUS_FLAGS_NOT_STATED);
  assert_notified (logger, query, "statuses");
  pdz_query_set_origins (query, PDZ_ORIGIN_FLAGS_NOT_STATED | PDZ_ORIGIN_FLAGS_PLANNED |
                                PDZ_ORIGIN_FLAGS_EXTRA);
  assert_notified (logger, query, "extra extra-set origins");
  pdz_query_set_partner_kinds (query, PDZ_PARTNER_KIND_FLAGS_OWN_BODY | PDZ_PARTNER_KIND_FLAGS_OTHER);
  assert_notified (logger, query, "partner-kinds");
  pdz_query_set_role (query, PDZ_ROLE_NOT_STATED);
  assert_notified (logger, query, "role role-set roles");
}

G_GNUC_END_IGNORE_DEPRECATIONS

/* ---- the example plan --------------------------------------------------- */

/* Counted by hand from examples/data/corsichese-2021-2023.json: 29
 * bullets under the eleven plan objectives, two in the sovra-ambito
 * projects (which serve no objective), and the two sub-points of
 * gestione-associata-3 ("Ricerca valutativa", in progress; the 2024
 * renewal, completed): 33 actions. No action has a date; its dates are
 * milestones. */

static void
test_example_macroareas (Fixture       *f,
                         gconstpointer  user_data)
{
  static const struct {
    const char *id;
    guint found, bullets, objectives, projects;
  } expected[] = {
    { "politiche-abitative", 5, 5, 2, 1 },         /* DGR7631/2017 serves emergenza-abitativa */
    { "politiche-giovanili-minori", 1, 1, 1, 2 },  /* La Lombardia è dei Giovani, AFFIANCO */
    { "interventi-famiglia", 2, 2, 1, 2 },         /* PIPPI-PNRR, Pathway donne */
    { "digitalizzazione-servizi", 2, 2, 2, 0 },
    { "azioni-di-sistema", 21, 19, 5, 9 },         /* with gestione-associata-3's sub-points */
  };
  guint bullets = 0;

  for (guint v = 0; v < 2; v++)
    {
      /* The projects serving these objectives hold no action: via-projects
       * changes nothing. */
      pdz_query_set_via_projects (f->query, v == 1);
      for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
        {
          g_autoptr(GListModel) actions = NULL;
          g_autoptr(GListModel) objectives = NULL;
          g_autoptr(GListModel) projects = NULL;

          pdz_query_set_macroareas (f->query, IDS (expected[i].id));
          actions = pdz_query_find_actions (f->query);
          objectives = pdz_query_find_objectives (f->query);
          projects = pdz_query_find_projects (f->query);
          g_assert_cmpuint (g_list_model_get_n_items (actions), ==, expected[i].found);
          g_assert_cmpuint (pdz_query_count_actions (f->query), ==, expected[i].bullets);
          g_assert_cmpuint (g_list_model_get_n_items (objectives), ==, expected[i].objectives);
          g_assert_cmpuint (g_list_model_get_n_items (projects), ==, expected[i].projects);
          bullets += expected[i].bullets;
        }
    }
  g_assert_cmpuint (bullets, ==, 2 * 29);

  /* The two project bullets are found by their projects. */
  pdz_query_set_macroareas (f->query, NULL);
  pdz_query_set_projects (f->query, IDS ("reddito-di-cittadinanza", "violenza-di-genere"));
  assert_actions (f->query, "reddito-di-cittadinanza-1 violenza-di-genere-1", 2);
  assert_objectives (f->query, "");

  /* The ASST objectives hold nothing. */
  pdz_query_set_projects (f->query, NULL);
  pdz_query_set_objective_kinds (f->query, PDZ_OBJECTIVE_KIND_FLAGS_HEALTH_INTEGRATION);
  assert_actions (f->query, "", 0);
  g_assert_cmpuint (n_objectives (f->query), ==, 8);
  assert_projects (f->query, "");
}

static void
test_example_criteria (Fixture       *f,
                       gconstpointer  user_data)
{
  g_autoptr(GListModel) found = NULL;

  assert_actions (f->query,
                  "agenzia-abitare-1 emergenza-abitativa-1 emergenza-abitativa-2 "
                  "emergenza-abitativa-3 emergenza-abitativa-4 giovani-neet-1 tutela-minori-1 "
                  "tutela-minori-2 portale-ambito-1 cartella-sociale-1 tavolo-intervisione-1 "
                  "tavolo-intervisione-2 rete-coprogettazione-1 rete-coprogettazione-2 "
                  "gestione-associata-1 gestione-associata-2 gestione-associata-3 "
                  "gestione-associata-3-a gestione-associata-3-b gestione-associata-4 "
                  "gestione-associata-5 gestione-associata-6 gestione-associata-7 "
                  "integrazione-sociosanitaria-1 integrazione-sociosanitaria-2 "
                  "integrazione-sociosanitaria-3 integrazione-sociosanitaria-4 "
                  "integrazione-sociosanitaria-5 integrazione-sociosanitaria-6 piano-poverta-1 "
                  "piano-poverta-2 reddito-di-cittadinanza-1 violenza-di-genere-1", 31);

  /* Statuses: 8 bullets in progress and the sub-point "Ricerca
   * valutativa"; 10 completed and the completed 2024 renewal, whose bullet
   * (in progress) does not count as completed: 10, as by_status() says;
   * 13 not stated. */
  pdz_query_set_statuses (f->query, PDZ_STATUS_FLAGS_IN_PROGRESS);
  found = pdz_query_find_actions (f->query);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 9);
  g_assert_cmpuint (pdz_query_count_actions (f->query), ==, 8);
  g_clear_object (&found);
  pdz_query_set_statuses (f->query, PDZ_STATUS_FLAGS_COMPLETED);
  found = pdz_query_find_actions (f->query);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 11);
  g_assert_cmpuint (pdz_query_count_actions (f->query), ==, 10);
  g_clear_object (&found);
  pdz_query_set_statuses (f->query, PDZ_STATUS_FLAGS_NOT_STATED);
  found = pdz_query_find_actions (f->query);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 13);
  g_assert_cmpuint (pdz_query_count_actions (f->query), ==, 13);
  g_clear_object (&found);
  /* No objective states a status; PARTECIPE, Supervisione and La
   * Lombardia è dei Giovani are in progress. */
  assert_projects (f->query,
                   "dgr7631-2017 affianco pippi-pnrr pathway-donne sappi-che-ce "
                   "territori-generativi pnrr-dimissioni-protette artemisia inclusione-autismo "
                   "network-corsico ben-essere-anziani");
  g_assert_cmpuint (n_objectives (f->query), ==, 19);
  pdz_query_set_statuses (f->query, PDZ_STATUS_FLAGS_NONE);

  /* One extra action, CAS Ucraina; none marked planned. */
  pdz_query_set_origins (f->query, PDZ_ORIGIN_FLAGS_EXTRA);
  assert_actions (f->query, "emergenza-abitativa-4", 1);
  pdz_query_set_origins (f->query, PDZ_ORIGIN_FLAGS_PLANNED);
  assert_actions (f->query, "", 0);
  pdz_query_set_origins (f->query, PDZ_ORIGIN_FLAGS_NONE);

  /* Partners. */
  pdz_query_set_partners (f->query, IDS ("visconteo"));
  assert_actions (f->query, "integrazione-sociosanitaria-2", 1);
  pdz_query_set_partners (f->query, IDS ("ads", "aler"));
  assert_actions (f->query, "agenzia-abitare-1 emergenza-abitativa-1 rete-coprogettazione-1", 3);
  pdz_query_set_partners (f->query, NULL);
  /* Lead: Il Visconteo in integrazione-sociosanitaria-2; AFOL leads
   * Network Corsico. Artemisia matches through that action, which names
   * it, though Il Visconteo leads a protocol there, not Artemisia. */
  pdz_query_set_roles (f->query, PDZ_ROLE_FLAGS_LEAD);
  assert_actions (f->query, "integrazione-sociosanitaria-2", 1);
  assert_projects (f->query, "artemisia network-corsico");
  pdz_query_set_roles (f->query, PDZ_ROLE_FLAGS_NONE);
  pdz_query_set_partner_kinds (f->query, PDZ_PARTNER_KIND_FLAGS_OWN_BODY);
  assert_actions (f->query, "agenzia-abitare-1 rete-coprogettazione-1 gestione-associata-3", 3);
  pdz_query_set_partner_kinds (f->query, PDZ_PARTNER_KIND_FLAGS_HEALTH_TRUST);
  assert_actions (f->query, "integrazione-sociosanitaria-1", 1);
  pdz_query_set_partner_kinds (f->query, PDZ_PARTNER_KIND_FLAGS_NONE);

  /* PNRR: one action; three projects of their own, two through the
   * co-progettazione action that names them. */
  pdz_query_set_funding_sources (f->query, IDS ("pnrr"));
  assert_actions (f->query, "rete-coprogettazione-2", 1);
  assert_projects (f->query, "pippi-pnrr supervisione-operatori-sociali partecipe sappi-che-ce "
                             "pnrr-dimissioni-protette");
  pdz_query_set_funding_sources (f->query, NULL);

  pdz_query_set_text (f->query, "fattibilita");
  assert_actions (f->query, "agenzia-abitare-1 gestione-associata-4", 2);
  pdz_query_set_text (f->query, NULL);

  /* No action has a date of its own: the example's dates are milestones,
   * of agenzia-abitare-1, emergenza-abitativa-2, giovani-neet-1,
   * rete-coprogettazione-1 and the sub-point gestione-associata-3-b. The
   * other 28 actions are undated, 27 bullets and the sub-point 3-a. */
  pdz_query_set_undated (f->query, TRUE);
  found = pdz_query_find_actions (f->query);
  g_assert_cmpuint (g_list_model_get_n_items (found), ==, 28);
  g_assert_cmpuint (pdz_query_count_actions (f->query), ==, 27);
  g_clear_object (&found);
  pdz_query_set_undated (f->query, FALSE);
  /* A window finds the actions by their milestones. */
  set_window (f->query, "2023", "2023");
  assert_actions (f->query, "agenzia-abitare-1 emergenza-abitativa-2 giovani-neet-1 "
                            "rete-coprogettazione-1", 4);
  set_window (f->query, "2024", NULL);
  assert_actions (f->query, "gestione-associata-3-b", 1);
}

/* ---- small plans -------------------------------------------------------- */

static void
test_partial_overlap (void)
{
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(PdzObjective) objective = pdz_objective_new ("o", "Objective");
  g_autoptr(PdzAction) year = pdz_action_new ("year", "Dated 2023");
  g_autoptr(PdzAction) november = pdz_action_new ("november", "Dated November 2023");
  g_autoptr(PdzAction) span = pdz_action_new ("span", "June to November 2023");
  g_autoptr(PdzAction) undated = pdz_action_new ("undated", "Not dated");
  g_autoptr(PdzDate) y2023 = pdz_date_new_year (2023);
  g_autoptr(PdzDate) jun2023 = pdz_date_new_month (2023, 6);
  g_autoptr(PdzDate) nov2023 = pdz_date_new_month (2023, 11);
  g_autoptr(PdzQuery) query = pdz_query_new (plan);

  pdz_action_set_date (year, y2023);
  pdz_action_set_date (november, nov2023);
  pdz_action_set_date (span, jun2023);
  pdz_action_set_end_date (span, nov2023);
  g_assert_true (pdz_plan_add_objective (plan, objective, NULL));
  g_assert_true (pdz_objective_add_action (objective, year, NULL));
  g_assert_true (pdz_objective_add_action (objective, november, NULL));
  g_assert_true (pdz_objective_add_action (objective, span, NULL));
  g_assert_true (pdz_objective_add_action (objective, undated, NULL));

  /* "2023" overlaps "2023-11"... */
  set_window (query, "2023-11", "2023-11");
  assert_actions (query, "year november span", 3);
  /* ...and "2023-11" does not overlap "2023-12", while "2023" does. */
  set_window (query, "2023-12", "2023-12");
  assert_actions (query, "year", 1);
  /* Inside the span only. */
  set_window (query, "2023-10", "2023-10");
  assert_actions (query, "year span", 2);
  /* Open windows; the last day of a month. */
  set_window (query, "2023-11-30", NULL);
  assert_actions (query, "year november span", 3);
  set_window (query, NULL, "2023-05-31");
  assert_actions (query, "year", 1);
  set_window (query, NULL, "2023-06-01");
  assert_actions (query, "year span", 2);
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

  assert_actions (query, "a", 1);
  pdz_query_set_text (query, "LIBERTÀ autonomia");
  assert_actions (query, "a", 1);
  pdz_query_set_text (query, "libertà servizio");
  assert_actions (query, "", 0);
  /* A decomposed "à" (a + combining grave) is found as well. */
  pdz_query_set_text (query, "liberta\xcc\x80");
  assert_actions (query, "a", 1);
}

static void
test_no_plan (void)
{
  g_autoptr(PdzQuery) query = pdz_query_new (NULL);
  g_autoptr(PdzAction) action = pdz_action_new ("a", "A");

  g_assert_null (pdz_query_get_plan (query));
  assert_nothing (query);
  g_assert_false (pdz_query_matches_action (query, action));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, set_up, func) \
  g_test_add ("/pdz/query/" path, Fixture, NULL, set_up, func, tear_down)
  ADD ("everything", set_up_counting, test_everything);
  ADD ("macroareas", set_up_counting, test_macroareas);
  ADD ("objectives", set_up_counting, test_objectives);
  ADD ("objective-kinds", set_up_counting, test_objective_kinds);
  ADD ("partners", set_up_counting, test_partners);
  ADD ("roles", set_up_counting, test_roles);
  ADD ("partner-kinds", set_up_counting, test_partner_kinds);
  ADD ("projects", set_up_counting, test_projects);
  ADD ("funding-sources", set_up_counting, test_funding_sources);
  ADD ("statuses", set_up_counting, test_statuses);
  ADD ("origins", set_up_counting, test_origins);
  ADD ("window", set_up_counting, test_window);
  ADD ("undated", set_up_counting, test_undated);
  ADD ("text", set_up_counting, test_text);
  ADD ("combined", set_up_counting, test_combined);
  ADD ("sort", set_up_counting, test_sort);
  ADD ("count-actions", set_up_counting, test_count_actions);
  ADD ("matches-action", set_up_counting, test_matches_action);
  ADD ("follows-changes", set_up_counting, test_follows_changes);
  ADD ("deprecated/ids", set_up_counting, test_deprecated_ids);
  ADD ("deprecated/window", set_up_counting, test_deprecated_window);
  ADD ("deprecated/role", set_up_counting, test_deprecated_role);
  ADD ("deprecated/extra", set_up_counting, test_deprecated_extra);
  ADD ("example/macroareas", set_up_example, test_example_macroareas);
  ADD ("example/criteria", set_up_example, test_example_criteria);
#undef ADD
  g_test_add_func ("/pdz/query/notify", test_notify);
  g_test_add_func ("/pdz/query/bad-values", test_bad_values);
  g_test_add_func ("/pdz/query/partial-overlap", test_partial_overlap);
  g_test_add_func ("/pdz/query/accents", test_accents);
  g_test_add_func ("/pdz/query/no-plan", test_no_plan);

  return g_test_run ();
}
