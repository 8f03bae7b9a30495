/* test-index.c: the plan's indexes follow changes in place
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Private API: links the internal library. The relations index that an
 * add updates in place must be what a build from scratch gives, list for
 * list and in the same order; a setter of a value must not make it stale;
 * the lists of an entity are made on first use.
 */

#include "pdz-entity-private.h"
#include "pdz-list-private.h"
#include "pdz-plan-index-private.h"
#include "pdz-test-util.h"

/* ---- Comparing two indexes ---------------------------------------------- */

static void
assert_same_array (GPtrArray  *a,
                   GPtrArray  *b,
                   const char *what)
{
  guint n_a = a != NULL ? a->len : 0;
  guint n_b = b != NULL ? b->len : 0;

  if (n_a != n_b)
    g_error ("%s: %u items in place, %u rebuilt", what, n_a, n_b);
  for (guint i = 0; i < n_a; i++)
    if (a->pdata[i] != b->pdata[i])
      g_error ("%s: item %u differs", what, i);
}

static void
assert_same_table (GHashTable *a,
                   GHashTable *b,
                   const char *what)
{
  GHashTableIter iter;
  gpointer key, value;
  guint n_a = 0, n_b = 0;

  /* An empty list and no list are the same. */
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (((GPtrArray *) value)->len == 0)
        continue;
      n_a++;
      assert_same_array (value, g_hash_table_lookup (b, key), what);
    }
  g_hash_table_iter_init (&iter, b);
  while (g_hash_table_iter_next (&iter, &key, &value))
    n_b += ((GPtrArray *) value)->len > 0;
  g_assert_cmpuint (n_a, ==, n_b);
}

static void
assert_same_set (GHashTable *a,
                 GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;

  g_assert_cmpuint (g_hash_table_size (a), ==, g_hash_table_size (b));
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_assert_true (g_hash_table_contains (b, key));
      g_assert_true (g_hash_table_lookup (b, key) == value);
    }
}

static void
assert_same_pointers (PdzPlanIndex *a,
                      PdzPlanIndex *b)
{
  for (guint i = 0; i < b->actions->len; i++)
    g_assert_cmpstr (_pdz_plan_index_get_pointer (a, b->actions->pdata[i]), ==,
                     _pdz_plan_index_get_pointer (b, b->actions->pdata[i]));
}

static void
assert_same_index (PdzPlanIndex *a,
                   PdzPlanIndex *b)
{
  assert_same_array (a->actions, b->actions, "actions");
  assert_same_array (a->bullets, b->bullets, "bullets");
  g_assert_cmpuint (a->n_objective_actions, ==, b->n_objective_actions);
  assert_same_table (a->partner_actions, b->partner_actions, "partner_actions");
  assert_same_table (a->partner_objectives, b->partner_objectives, "partner_objectives");
  assert_same_table (a->partner_projects, b->partner_projects, "partner_projects");
  assert_same_table (a->project_actions, b->project_actions, "project_actions");
  assert_same_table (a->objective_actions, b->objective_actions, "objective_actions");
  assert_same_table (a->objective_project_actions, b->objective_project_actions,
                     "objective_project_actions");
  assert_same_table (a->macroarea_objectives, b->macroarea_objectives, "macroarea_objectives");
  assert_same_table (a->macroarea_actions, b->macroarea_actions, "macroarea_actions");
  assert_same_table (a->macroarea_project_actions, b->macroarea_project_actions,
                     "macroarea_project_actions");
  assert_same_table (a->macroarea_projects, b->macroarea_projects, "macroarea_projects");
  assert_same_set (a->partner_roles, b->partner_roles);
  assert_same_set (a->referenced_partners, b->referenced_partners);
  assert_same_pointers (a, b);
}

/* ---- A plan that grows at random ---------------------------------------- */

typedef struct
{
  GRand *rand;
  PdzPlan *plan;
  GPtrArray *partners;      /* (element-type PdzPartner) */
  GPtrArray *macroareas;
  GPtrArray *objectives;
  GPtrArray *projects;
  GPtrArray *actions;
  guint serial;
} Grower;

static gpointer
pick (Grower    *g,
      GPtrArray *array)
{
  if (array->len == 0)
    return NULL;
  return array->pdata[g_rand_int_range (g->rand, 0, (gint32) array->len)];
}

static char *
new_id (Grower     *g,
        const char *prefix)
{
  return g_strdup_printf ("%s-%u", prefix, g->serial++);
}

static void
add_participation (Grower   *g,
                   gpointer  owner)
{
  PdzPartner *partner = pick (g, g->partners);
  PdzRole role = (PdzRole) g_rand_int_range (g->rand, 0, PDZ_ROLE_NOT_STATED + 1);
  g_autoptr(PdzParticipation) participation = NULL;

  if (partner == NULL)
    return;
  participation = pdz_participation_new (partner, role);
  if (PDZ_IS_ACTION (owner))
    (void) pdz_action_add_participation (owner, participation, NULL);
  else if (PDZ_IS_OBJECTIVE (owner))
    (void) pdz_objective_add_participation (owner, participation, NULL);
  else
    (void) pdz_project_add_participation (owner, participation, NULL);
}

static PdzAction *
new_action (Grower *g)
{
  g_autofree char *id = new_id (g, "action");
  PdzAction *action = pdz_action_new (id, "Azione");

  if (g_rand_boolean (g->rand))
    add_participation (g, action);
  if (g_rand_int_range (g->rand, 0, 4) == 0 && g->projects->len > 0)
    pdz_action_add_project (action, pick (g, g->projects));
  return action;
}

/* One random change that adds something. */
static void
grow (Grower *g)
{
  switch (g_rand_int_range (g->rand, 0, 10))
    {
    case 0:
      {
        g_autofree char *id = new_id (g, "partner");
        g_autoptr(PdzPartner) partner = pdz_partner_new (id, "Ente");

        g_assert_true (pdz_plan_add_partner (g->plan, partner, NULL));
        g_ptr_array_add (g->partners, partner);
      }
      break;

    case 1:
      {
        g_autofree char *id = new_id (g, "objective");
        g_autoptr(PdzObjective) objective = pdz_objective_new (id, "Obiettivo");
        g_autoptr(PdzAction) action = new_action (g);

        if (g->macroareas->len > 0 && g_rand_boolean (g->rand))
          pdz_objective_set_macroarea (objective, pick (g, g->macroareas));
        add_participation (g, objective);
        /* Empty objectives too: an action added later finds its place
         * after those of the objectives before. */
        if (g_rand_boolean (g->rand))
          {
            g_assert_true (pdz_objective_add_action (objective, action, NULL));
            g_ptr_array_add (g->actions, action);
          }
        g_assert_true (pdz_plan_add_objective (g->plan, objective, NULL));
        g_ptr_array_add (g->objectives, objective);
      }
      break;

    case 2:
      {
        g_autofree char *id = new_id (g, "project");
        g_autoptr(PdzProject) project = pdz_project_new (id, "Progetto");
        g_autoptr(PdzAction) action = new_action (g);

        if (g->partners->len > 0)
          pdz_project_set_lead (project, pick (g, g->partners));
        if (g->objectives->len > 0)
          pdz_project_add_objective (project, pick (g, g->objectives));
        add_participation (g, project);
        if (g_rand_boolean (g->rand))
          {
            g_assert_true (pdz_project_add_action (project, action, NULL));
            g_ptr_array_add (g->actions, action);
          }
        g_assert_true (pdz_plan_add_project (g->plan, project, NULL));
        g_ptr_array_add (g->projects, project);
      }
      break;

    case 3:
    case 4:
    case 5:
      {
        g_autoptr(PdzAction) action = new_action (g);
        gboolean of_project = g->projects->len > 0 && g_rand_int_range (g->rand, 0, 3) == 0;

        if (of_project)
          g_assert_true (pdz_project_add_action (pick (g, g->projects), action, NULL));
        else if (g->objectives->len > 0)
          g_assert_true (pdz_objective_add_action (pick (g, g->objectives), action, NULL));
        else
          return;
        g_ptr_array_add (g->actions, action);
      }
      break;

    case 6:
      {
        PdzAction *bullet = pick (g, g->actions);
        g_autoptr(PdzAction) action = NULL;

        if (bullet == NULL || pdz_action_get_parent (bullet) != NULL)
          return;
        action = new_action (g);
        g_assert_true (pdz_action_add_action (bullet, action, NULL));
        g_ptr_array_add (g->actions, action);
      }
      break;

    case 7:
      {
        gpointer owners[] = { pick (g, g->actions), pick (g, g->objectives), pick (g, g->projects) };
        gpointer owner = owners[g_rand_int_range (g->rand, 0, 3)];

        if (owner != NULL)
          add_participation (g, owner);
      }
      break;

    case 8:
      if (g->actions->len > 0 && g->projects->len > 0)
        pdz_action_add_project (pick (g, g->actions), pick (g, g->projects));
      else if (g->projects->len > 0 && g->objectives->len > 0)
        pdz_project_add_objective (pick (g, g->projects), pick (g, g->objectives));
      break;

    default:
      if (g->projects->len > 0 && g->objectives->len > 0)
        pdz_project_add_objective (pick (g, g->projects), pick (g, g->objectives));
      else if (g->partners->len > 0)
        (void) pdz_plan_add_municipality (g->plan, pick (g, g->partners), NULL);
      break;
    }
}

static void
grower_init (Grower  *g,
             guint32  seed)
{
  g->rand = g_rand_new_with_seed (seed);
  g->plan = pdz_plan_new ();
  g->partners = g_ptr_array_new ();
  g->macroareas = g_ptr_array_new ();
  g->objectives = g_ptr_array_new ();
  g->projects = g_ptr_array_new ();
  g->actions = g_ptr_array_new ();
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *id = new_id (g, "area");
      g_autoptr(PdzMacroarea) macroarea = pdz_macroarea_new (id, "Area");

      g_assert_true (pdz_plan_add_macroarea (g->plan, macroarea, NULL));
      g_ptr_array_add (g->macroareas, macroarea);
    }
}

static void
grower_clear (Grower *g)
{
  g_ptr_array_unref (g->actions);
  g_ptr_array_unref (g->projects);
  g_ptr_array_unref (g->objectives);
  g_ptr_array_unref (g->macroareas);
  g_ptr_array_unref (g->partners);
  g_object_unref (g->plan);
  g_rand_free (g->rand);
}

/* Every add keeps the relations index fresh, in place, and equal to what
 * a build from scratch gives. */
static void
test_adds_in_place (void)
{
  for (guint32 seed = 1; seed <= 20; seed++)
    {
      Grower g = { NULL, };

      grower_init (&g, seed);
      for (guint step = 0; step < 150; step++)
        {
          g_autoptr(PdzPlanIndex) in_place = NULL;
          g_autoptr(PdzPlanIndex) rebuilt = NULL;
          guint builds;

          /* The plan holds the index alone while it changes. */
          g_clear_pointer (&in_place, _pdz_plan_index_unref);
          in_place = _pdz_plan_index_get (g.plan);
          g_clear_pointer (&in_place, _pdz_plan_index_unref);

          builds = _pdz_plan_indexes_get_n_relations_builds (g.plan);
          grow (&g);
          in_place = _pdz_plan_index_get (g.plan);
          g_assert_cmpuint (_pdz_plan_indexes_get_n_relations_builds (g.plan), ==, builds);

          /* Compare with a build from scratch. */
          _pdz_plan_touch (g.plan);
          rebuilt = _pdz_plan_index_get (g.plan);
          g_assert_true (rebuilt != in_place);
          assert_same_index (in_place, rebuilt);
        }
      grower_clear (&g);
    }
}

/* A new title, status, date or origin leaves the relations index as it
 * is, and the folded text follows the new title. */
static void
test_setters_keep_index (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  PdzAction *action = _pdz_model_peek (pdz_objective_get_actions (_pdz_model_peek (pdz_plan_get_objectives (plan), 0)), 0);
  g_autoptr(PdzPlanIndex) first = _pdz_plan_index_get (plan);
  g_autoptr(PdzPlanIndex) again = NULL;
  g_autoptr(PdzDate) date = pdz_date_new_year (2022);
  guint builds = _pdz_plan_indexes_get_n_relations_builds (plan);
  guint64 stamp = _pdz_plan_get_stamp (plan);

  g_assert_cmpstr (_pdz_plan_index_get_folded_text (first, action), !=, "nuovo titolo");
  g_clear_pointer (&first, _pdz_plan_index_unref);

  pdz_action_set_title (action, "Nuovo titolo");
  pdz_action_set_status (action, PDZ_STATUS_COMPLETED);
  pdz_action_set_origin (action, PDZ_ORIGIN_EXTRA);
  pdz_action_set_date (action, date);
  pdz_plan_set_title (plan, "Un altro piano");
  g_assert_cmpuint (_pdz_plan_get_stamp (plan), >, stamp);

  again = _pdz_plan_index_get (plan);
  g_assert_cmpuint (_pdz_plan_indexes_get_n_relations_builds (plan), ==, builds);
  g_assert_cmpstr (_pdz_plan_index_get_folded_text (again, action), ==, "nuovo titolo");
  g_clear_pointer (&again, _pdz_plan_index_unref);

  /* A new reference does make it stale. */
  pdz_objective_set_macroarea (_pdz_model_peek (pdz_plan_get_objectives (plan), 0), NULL);
  again = _pdz_plan_index_get (plan);
  g_assert_cmpuint (_pdz_plan_indexes_get_n_relations_builds (plan), ==, builds + 1);
}

/* An index someone else holds is a snapshot: an add builds a new one. */
static void
test_held_index_is_a_snapshot (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  PdzObjective *objective = _pdz_model_peek (pdz_plan_get_objectives (plan), 0);
  g_autoptr(PdzAction) action = pdz_action_new ("nuova", "Nuova azione");
  g_autoptr(PdzPlanIndex) held = _pdz_plan_index_get (plan);
  g_autoptr(PdzPlanIndex) now = NULL;
  guint n = held->actions->len;

  g_assert_true (pdz_objective_add_action (objective, action, NULL));
  g_assert_cmpuint (held->actions->len, ==, n);
  now = _pdz_plan_index_get (plan);
  g_assert_true (now != held);
  g_assert_cmpuint (now->actions->len, ==, n + 1);
}

/* Walking a plan, as the index and the codec do, makes no list; the
 * public getter makes one, which then follows adds. */
static void
test_lists_on_first_use (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzPlanIndex) index = _pdz_plan_index_get (plan);
  g_autoptr(PdzAction) bare = pdz_action_new ("bare", "Senza nulla");
  g_autoptr(PdzFunding) funding = pdz_funding_new ("FNPS");
  g_autoptr(GListModel) fundings = NULL;
  guint n_empty = 0;

  for (guint i = 0; i < index->actions->len; i++)
    {
      PdzAction *action = index->actions->pdata[i];

      n_empty += _pdz_action_peek_list (action, PDZ_LIST_MILESTONES) == NULL;
    }
  g_assert_cmpuint (n_empty, >, 0);

  g_assert_null (_pdz_action_peek_list (bare, PDZ_LIST_FUNDINGS));
  fundings = g_object_ref (pdz_action_get_fundings (bare));
  g_assert_true (_pdz_action_peek_list (bare, PDZ_LIST_FUNDINGS) == fundings);
  g_assert_true (pdz_action_get_fundings (bare) == fundings);
  g_assert_cmpuint (g_list_model_get_n_items (fundings), ==, 0);
  g_assert_true (g_list_model_get_item_type (fundings) == PDZ_TYPE_FUNDING);
  pdz_action_add_funding (bare, funding);
  g_assert_cmpuint (g_list_model_get_n_items (fundings), ==, 1);
}

/* Long lists check ids, partners in roles and references in O(1), and
 * still refuse duplicates after the changes that drop their tables. */
static void
test_long_lists (void)
{
  g_autoptr(PdzObjective) objective = pdz_objective_new ("o", "Obiettivo");
  g_autoptr(PdzPartner) partner = pdz_partner_new ("p", "Ente");
  g_autoptr(PdzAction) first = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *id = g_strdup_printf ("a-%u", i);
      g_autoptr(PdzAction) action = pdz_action_new (id, "Azione");

      g_assert_true (pdz_objective_add_action (objective, action, NULL));
      if (i == 0)
        first = g_object_ref (action);
    }

  {
    g_autoptr(PdzAction) again = pdz_action_new ("a-30", "Doppione");

    g_assert_false (pdz_objective_add_action (objective, again, &error));
    g_assert_error (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID);
    g_clear_error (&error);
  }

  /* A new id frees the old one and takes the new. */
  pdz_action_set_id (first, "renamed");
  {
    g_autoptr(PdzAction) old_id = pdz_action_new ("a-0", "Libero");
    g_autoptr(PdzAction) new_id = pdz_action_new ("renamed", "Preso");

    g_assert_true (pdz_objective_add_action (objective, old_id, NULL));
    g_assert_false (pdz_objective_add_action (objective, new_id, &error));
    g_assert_error (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID);
    g_clear_error (&error);
  }

  for (guint i = 0; i <= PDZ_ROLE_NOT_STATED; i++)
    {
      g_autoptr(PdzParticipation) p = pdz_participation_new (partner, (PdzRole) i);
      g_autoptr(PdzPartner) other = pdz_partner_new ("q", "Altro");
      g_autoptr(PdzParticipation) q = pdz_participation_new (other, (PdzRole) i);

      g_assert_true (pdz_action_add_participation (first, p, NULL));
      g_assert_true (pdz_action_add_participation (first, q, NULL));
    }
  {
    g_autoptr(PdzParticipation) twice = pdz_participation_new (partner, PDZ_ROLE_LEAD);
    PdzParticipation *lead = _pdz_model_peek (pdz_action_get_participations (first), 2);

    g_assert_false (pdz_action_add_participation (first, twice, &error));
    g_assert_error (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID);
    g_clear_error (&error);

    /* The lead becomes a partner: the lead role is free again. */
    g_assert_cmpint (pdz_participation_get_role (lead), ==, PDZ_ROLE_LEAD);
    pdz_participation_set_role (lead, PDZ_ROLE_NOT_STATED);
    g_assert_true (pdz_action_add_participation (first, twice, NULL));
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdz/index/adds-in-place", test_adds_in_place);
  g_test_add_func ("/pdz/index/setters-keep-index", test_setters_keep_index);
  g_test_add_func ("/pdz/index/held-index-is-a-snapshot", test_held_index_is_a_snapshot);
  g_test_add_func ("/pdz/index/lists-on-first-use", test_lists_on_first_use);
  g_test_add_func ("/pdz/index/long-lists", test_long_lists);

  return g_test_run ();
}
