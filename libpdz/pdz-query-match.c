/* pdz-query-match.c: what a PdzQuery finds
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Methods of PdzQuery (see pdz-query.c): the criteria, read through the
 * public API, resolved against the plan and its indexes, then matched.
 * The rules are documented in doc/queries.md.
 */

#include "pdz.h"

#include "pdz-date-private.h"
#include "pdz-plan-index-private.h"
#include "pdz-text-private.h"

#include <string.h>

/* The criteria of one run, resolved against the plan. */
typedef struct {
  PdzPlan *plan;              /* (not owned) (nullable) */
  PdzPlanIndex *index;        /* (owned) */
  PdzStatusFlags statuses;    /* none: any */
  gboolean role_set;
  PdzRole role;
  gboolean extra_set;
  gboolean extra;
  gboolean impossible;        /* an id the plan does not hold: nothing matches */
  PdzMacroarea *macroarea;    /* (not owned) (nullable) */
  PdzObjective *objective;    /* (not owned) (nullable) */
  PdzPartner *partner;        /* (not owned) (nullable) */
  PdzProject *project;        /* (not owned) (nullable) */
  char *folded_source;        /* (owned) (nullable) */
  char **words;               /* (owned) (nullable) */
  gboolean has_window;
  guint32 window_first;
  guint32 window_last;
} Match;

static gboolean
match_init (Match *m,
            PdzQuery *query)
{
  PdzPlan *plan = pdz_query_get_plan (query);
  const char *funding_source = pdz_query_get_funding_source (query);
  const PdzDate *from = pdz_query_get_from (query);
  const PdzDate *to = pdz_query_get_to (query);

  memset (m, 0, sizeof *m);
  m->plan = plan;
  m->statuses = pdz_query_get_statuses (query);
  m->role_set = pdz_query_get_role_set (query);
  m->role = pdz_query_get_role (query);
  m->extra_set = pdz_query_get_extra_set (query);
  m->extra = pdz_query_get_extra (query);
  if (plan == NULL)
    return FALSE;

  m->index = _pdz_plan_index_get (plan);

#define RESOLVE(field)                                                  \
  if (pdz_query_get_##field (query) != NULL)                            \
    {                                                                   \
      m->field = pdz_plan_lookup_##field (plan, pdz_query_get_##field (query)); \
      if (m->field == NULL)                                             \
        m->impossible = TRUE;                                           \
    }
  RESOLVE (macroarea);
  RESOLVE (objective);
  RESOLVE (partner);
  RESOLVE (project);
#undef RESOLVE

  if (funding_source != NULL)
    m->folded_source = _pdz_text_fold (funding_source);
  m->words = _pdz_text_fold_words (pdz_query_get_text (query));

  if (from != NULL || to != NULL)
    {
      m->has_window = TRUE;
      m->window_first = from != NULL ? _pdz_date_first_julian (from) : PDZ_SPAN_MIN;
      m->window_last = to != NULL ? _pdz_date_last_julian (to) : PDZ_SPAN_MAX;
      if (m->window_first > m->window_last)
        m->impossible = TRUE;
    }

  return TRUE;
}

static void
match_clear (Match *m)
{
  g_clear_pointer (&m->index, _pdz_plan_index_unref);
  g_clear_pointer (&m->folded_source, g_free);
  g_clear_pointer (&m->words, g_strfreev);
}

static gboolean
in_list (GHashTable *table,
         gconstpointer key,
         gconstpointer value)
{
  GPtrArray *list = _pdz_plan_index_lookup (table, key);

  return list != NULL && g_ptr_array_find (list, value, NULL);
}

static gboolean
status_matches (Match *m,
                PdzStatus status)
{
  return m->statuses == PDZ_STATUS_FLAGS_NONE ||
         (m->statuses & (1u << status)) != 0;
}

static gboolean
has_participant_criterion (Match *m)
{
  return m->partner != NULL || m->role_set;
}

static gboolean
participations_match (Match *m,
                      GListModel *participations)
{
  guint n = g_list_model_get_n_items (participations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzParticipation) participation = g_list_model_get_item (participations, i);

      if (m->partner != NULL && pdz_participation_get_partner (participation) != m->partner)
        continue;
      if (m->role_set && pdz_participation_get_role (participation) != m->role)
        continue;
      return TRUE;
    }

  return FALSE;
}

static gboolean
fundings_match (Match *m,
                GListModel *fundings)
{
  guint n = g_list_model_get_n_items (fundings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzFunding) funding = g_list_model_get_item (fundings, i);
      g_autofree char *folded = _pdz_text_fold (pdz_funding_get_source (funding));

      if (g_str_equal (folded, m->folded_source))
        return TRUE;
    }

  return FALSE;
}

/* The span of an action: from the first day its date may denote to the last
 * day its end date (or, without one, its date) may denote. */
static gboolean
action_in_window (Match *m,
                  PdzAction *action)
{
  const PdzDate *date = pdz_action_get_date (action);
  const PdzDate *end = pdz_action_get_end_date (action);

  if (date == NULL && end == NULL)
    return FALSE;

  return _pdz_span_overlaps (_pdz_date_first_julian (date != NULL ? date : end),
                             _pdz_date_last_julian (end != NULL ? end : date),
                             m->window_first, m->window_last);
}

/* The criteria that objectives and projects take from their actions. */
static gboolean
has_action_criterion (Match *m)
{
  return m->project != NULL || m->folded_source != NULL ||
         m->has_window || m->extra_set;
}

static gboolean
action_meets_action_criteria (Match *m,
                              PdzAction *action)
{
  if (m->extra_set && !(pdz_action_get_origin (action) == PDZ_ORIGIN_EXTRA) != !m->extra)
    return FALSE;
  if (m->project != NULL && !in_list (m->index->project_actions, m->project, action))
    return FALSE;
  if (m->folded_source != NULL && !fundings_match (m, pdz_action_get_fundings (action)))
    return FALSE;
  if (m->has_window && !action_in_window (m, action))
    return FALSE;
  return TRUE;
}

static gboolean
action_matches (Match *m,
                PdzAction *action)
{
  if (m->impossible)
    return FALSE;
  if (!status_matches (m, pdz_action_get_status (action)))
    return FALSE;
  if (m->macroarea != NULL && !in_list (m->index->action_macroareas, action, m->macroarea))
    return FALSE;
  if (m->objective != NULL && !in_list (m->index->action_objectives, action, m->objective))
    return FALSE;
  if (has_participant_criterion (m) &&
      !participations_match (m, pdz_action_get_participations (action)))
    return FALSE;
  if (!action_meets_action_criteria (m, action))
    return FALSE;
  if (m->words != NULL &&
      !_pdz_text_contains_words (_pdz_plan_index_get_folded_text (m->index, action),
                                 (const char * const *) m->words))
    return FALSE;
  return TRUE;
}

/* Some action of @actions meets the participant criteria (when
 * @participants) or the action criteria (otherwise). */
static gboolean
some_action (Match *m,
             GPtrArray *actions,
             gboolean participants)
{
  for (guint i = 0; actions != NULL && i < actions->len; i++)
    {
      PdzAction *action = g_ptr_array_index (actions, i);

      if (participants
          ? participations_match (m, pdz_action_get_participations (action))
          : action_meets_action_criteria (m, action))
        return TRUE;
    }

  return FALSE;
}

static gboolean
objective_matches (Match *m,
                   PdzObjective *objective)
{
  GPtrArray *actions;

  if (m->impossible)
    return FALSE;
  if (!status_matches (m, pdz_objective_get_status (objective)))
    return FALSE;
  if (m->macroarea != NULL && pdz_objective_get_macroarea (objective) != m->macroarea)
    return FALSE;
  if (m->objective != NULL && objective != m->objective)
    return FALSE;

  actions = _pdz_plan_index_lookup (m->index->objective_actions, objective);
  if (has_participant_criterion (m) &&
      !participations_match (m, pdz_objective_get_participations (objective)) &&
      !some_action (m, actions, TRUE))
    return FALSE;
  if (has_action_criterion (m) && !some_action (m, actions, FALSE))
    return FALSE;
  if (m->words != NULL &&
      !_pdz_text_contains_words (_pdz_plan_index_get_folded_text (m->index, objective),
                                 (const char * const *) m->words))
    return FALSE;
  return TRUE;
}

static gboolean
project_in_window (Match *m,
                   PdzProject *project)
{
  const PdzDate *start = pdz_project_get_start (project);
  const PdzDate *end = pdz_project_get_end (project);

  /* A project runs from its start to its end; a missing bound is open. */
  if (start == NULL && end == NULL)
    return FALSE;

  return _pdz_span_overlaps (start != NULL ? _pdz_date_first_julian (start) : PDZ_SPAN_MIN,
                             end != NULL ? _pdz_date_last_julian (end) : PDZ_SPAN_MAX,
                             m->window_first, m->window_last);
}

static gboolean
project_matches (Match *m,
                 PdzProject *project)
{
  GPtrArray *actions;

  if (m->impossible)
    return FALSE;
  if (!status_matches (m, pdz_project_get_status (project)))
    return FALSE;
  if (m->project != NULL && project != m->project)
    return FALSE;
  if (m->macroarea != NULL && !in_list (m->index->macroarea_projects, m->macroarea, project))
    return FALSE;
  if (m->objective != NULL)
    {
      GListModel *served = pdz_project_get_objectives (project);
      guint n = g_list_model_get_n_items (served);
      gboolean found = FALSE;

      for (guint i = 0; i < n && !found; i++)
        {
          g_autoptr(PdzObjective) objective = g_list_model_get_item (served, i);

          found = objective == m->objective;
        }
      if (!found)
        return FALSE;
    }

  actions = _pdz_plan_index_lookup (m->index->project_actions, project);
  if (has_participant_criterion (m))
    {
      gboolean lead = pdz_project_get_lead (project) != NULL &&
                      (m->partner == NULL || pdz_project_get_lead (project) == m->partner) &&
                      (!m->role_set || m->role == PDZ_ROLE_LEAD);

      if (!lead &&
          !participations_match (m, pdz_project_get_participations (project)) &&
          !some_action (m, actions, TRUE))
        return FALSE;
    }
  if (m->folded_source != NULL &&
      !fundings_match (m, pdz_project_get_fundings (project)))
    {
      gboolean found = FALSE;

      for (guint i = 0; actions != NULL && i < actions->len && !found; i++)
        found = fundings_match (m, pdz_action_get_fundings (g_ptr_array_index (actions, i)));
      if (!found)
        return FALSE;
    }
  if (m->has_window && !project_in_window (m, project))
    return FALSE;
  if (m->extra_set)
    {
      gboolean found = FALSE;

      for (guint i = 0; actions != NULL && i < actions->len && !found; i++)
        found = !pdz_action_get_extra (g_ptr_array_index (actions, i)) == !m->extra;
      if (!found)
        return FALSE;
    }
  if (m->words != NULL &&
      !_pdz_text_contains_words (_pdz_plan_index_get_folded_text (m->index, project),
                                 (const char * const *) m->words))
    return FALSE;
  return TRUE;
}

/* The smallest indexed list of candidate actions, in document order, or
 * NULL when an indexed criterion has nothing under it. */
static GPtrArray *
candidate_actions (Match *m)
{
  struct {
    gpointer key;
    GHashTable *table;
  } indexed[] = {
    { m->partner, m->index->partner_actions },
    { m->project, m->index->project_actions },
    { m->macroarea, m->index->macroarea_actions },
    { m->objective, m->index->objective_actions },
  };
  GPtrArray *best = m->index->actions;

  for (guint i = 0; i < G_N_ELEMENTS (indexed); i++)
    {
      GPtrArray *list;

      if (indexed[i].key == NULL)
        continue;
      list = _pdz_plan_index_lookup (indexed[i].table, indexed[i].key);
      if (list == NULL)
        return NULL;
      if (list->len < best->len)
        best = list;
    }

  return best;
}

/**
 * pdz_query_find_actions:
 * @self: a query
 *
 * Finds the actions that meet every criterion of the query, in the order
 * of the file (the actions of objectives, then those of projects).
 *
 * Returns: (transfer full): a new list model of [class@Pdz.Action]; empty
 *   without a plan
 */
GListModel *
pdz_query_find_actions (PdzQuery *self)
{
  GListStore *store;
  Match m;

  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  store = g_list_store_new (PDZ_TYPE_ACTION);
  if (match_init (&m, self))
    {
      GPtrArray *candidates = m.impossible ? NULL : candidate_actions (&m);

      for (guint i = 0; candidates != NULL && i < candidates->len; i++)
        {
          PdzAction *action = g_ptr_array_index (candidates, i);

          if (action_matches (&m, action))
            g_list_store_append (store, action);
        }
    }
  match_clear (&m);

  return G_LIST_MODEL (store);
}

/**
 * pdz_query_find_objectives:
 * @self: a query
 *
 * Finds the objectives that meet the criteria of the query, in the order of
 * the file. An objective meets [property@Pdz.Query:statuses] and
 * [property@Pdz.Query:text] by itself; the partner and role criteria by
 * itself or through one of its actions; the project, funding-source, date
 * window and extra criteria through one of its actions (or of the projects
 * serving it) that meets them all.
 *
 * Returns: (transfer full): a new list model of [class@Pdz.Objective]
 */
GListModel *
pdz_query_find_objectives (PdzQuery *self)
{
  GListStore *store;
  Match m;

  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  store = g_list_store_new (PDZ_TYPE_OBJECTIVE);
  if (match_init (&m, self) && !m.impossible)
    {
      if (m.macroarea != NULL)
        {
          GPtrArray *list = _pdz_plan_index_lookup (m.index->macroarea_objectives, m.macroarea);

          for (guint i = 0; list != NULL && i < list->len; i++)
            {
              if (objective_matches (&m, g_ptr_array_index (list, i)))
                g_list_store_append (store, g_ptr_array_index (list, i));
            }
        }
      else
        {
          GListModel *objectives = pdz_plan_get_objectives (m.plan);
          guint n = g_list_model_get_n_items (objectives);

          for (guint i = 0; i < n; i++)
            {
              g_autoptr(PdzObjective) objective = g_list_model_get_item (objectives, i);

              if (objective_matches (&m, objective))
                g_list_store_append (store, objective);
            }
        }
    }
  match_clear (&m);

  return G_LIST_MODEL (store);
}

/**
 * pdz_query_find_projects:
 * @self: a query
 *
 * Finds the projects that meet the criteria of the query, in the order of
 * the file. A project meets [property@Pdz.Query:statuses],
 * [property@Pdz.Query:text] and the date window by itself (from its start
 * to its end; a missing bound is open); the macroarea and objective
 * criteria through the objectives it serves; the partner and role criteria
 * through its lead, its partners or its actions; the funding source through
 * its fundings or its actions'; [property@Pdz.Query:extra] through one of
 * its actions.
 *
 * Returns: (transfer full): a new list model of [class@Pdz.Project]
 */
GListModel *
pdz_query_find_projects (PdzQuery *self)
{
  GListStore *store;
  Match m;

  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  store = g_list_store_new (PDZ_TYPE_PROJECT);
  if (match_init (&m, self) && !m.impossible)
    {
      GListModel *projects = pdz_plan_get_projects (m.plan);
      guint n = g_list_model_get_n_items (projects);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PdzProject) project = g_list_model_get_item (projects, i);

          if (project_matches (&m, project))
            g_list_store_append (store, project);
        }
    }
  match_clear (&m);

  return G_LIST_MODEL (store);
}

/**
 * pdz_query_matches_action:
 * @self: a query
 * @action: an action of the query's plan
 *
 * Tells whether @action meets every criterion of the query, as
 * [method@Pdz.Query.find_actions] would.
 *
 * Returns: %TRUE if @action matches
 */
gboolean
pdz_query_matches_action (PdzQuery *self,
                          PdzAction *action)
{
  gboolean matches = FALSE;
  Match m;

  g_return_val_if_fail (PDZ_IS_QUERY (self), FALSE);
  g_return_val_if_fail (PDZ_IS_ACTION (action), FALSE);

  if (match_init (&m, self) && pdz_action_get_plan (action) == m.plan)
    matches = action_matches (&m, action);
  match_clear (&m);

  return matches;
}
