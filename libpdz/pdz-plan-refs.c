/* pdz-plan-refs.c: ids of entities that join a plan, and references to
 * entities that leave it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Part of PdzPlan (see pdz-plan-private.h). Every add method checks the
 * ids of what it adds with _pdz_plan_check_new_entity(), against the id
 * indexes of the plan; every remove method of the plan refuses to remove
 * an entity something else still references, and says where that
 * reference is, with _pdz_plan_check_unreferenced().
 */

#include "pdz-entity-private.h"
#include "pdz-list-private.h"
#include "pdz-plan-private.h"
#include "pdz-text-private.h"

/* ----------------------------------------------------------------------
 * Checking new entities
 * ---------------------------------------------------------------------- */

typedef struct
{
  PdzPlan *plan;              /* (nullable) */
  GListModel *container;      /* (nullable) */
  gpointer root;              /* the entity being added */
  GHashTable *seen[PDZ_N_KINDS]; /* (owned) (nullable): ids in @root's subtree */
  GError *error;              /* (owned) (nullable): the first error */
} CheckNew;

static void
check_new_cb (PdzKind  kind,
              gpointer   entity,
              gpointer   user_data)
{
  CheckNew *check = user_data;
  const char *id;
  gboolean duplicate = FALSE;

  if (check->error != NULL)
    return;

  id = _pdz_kind_get_id (kind, entity);

  if (id == NULL || id[0] == '\0')
    {
      if (entity == check->root)
        {
          g_set_error (&check->error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                       "%s %s needs a non-empty id",
                       _pdz_kind_get_article (kind), _pdz_kind_get_name (kind));
        }
      else
        {
          PdzKind root_kind = _pdz_kind_of (check->root);
          g_autofree char *root_id = _pdz_text_quote (_pdz_kind_get_id (root_kind, check->root),
                                                      -1, 0, PDZ_QUOTE_JSON);

          g_set_error (&check->error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                       "%s %s of %s \"%s\" needs a non-empty id",
                       _pdz_kind_get_article (kind), _pdz_kind_get_name (kind),
                       _pdz_kind_get_name (root_kind), root_id);
        }
      return;
    }

  /* Against the plan, or without a plan against the container; then
   * against the entities added with @root. */
  if (check->plan != NULL)
    {
      gpointer found = _pdz_plan_lookup_id (check->plan, kind, id);

      duplicate = found != NULL && found != entity;
    }
  else if (entity == check->root && check->container != NULL)
    {
      duplicate = _pdz_entity_list_has_id (check->container, kind, id, entity);
    }

  if (!duplicate)
    {
      if (check->seen[kind] == NULL)
        check->seen[kind] = g_hash_table_new (g_str_hash, g_str_equal);
      duplicate = !g_hash_table_add (check->seen[kind], (gpointer) id);
    }

  if (duplicate)
    {
      g_autofree char *quoted = _pdz_text_quote (id, -1, 0, PDZ_QUOTE_JSON);

      g_set_error (&check->error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID,
                   "%s %s with id \"%s\" already exists",
                   _pdz_kind_get_article (kind), _pdz_kind_get_name (kind), quoted);
    }
}

gboolean
_pdz_plan_check_new_entity (PdzPlan     *plan,
                            GListModel  *container,
                            gpointer     entity,
                            GError     **error)
{
  CheckNew check = { plan, container, entity, { NULL, }, NULL };
  PdzKind kind;

  g_return_val_if_fail (plan == NULL || _pdz_entity_is_plan (plan), FALSE);
  g_return_val_if_fail (container == NULL || G_IS_LIST_MODEL (container), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (entity), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  kind = _pdz_kind_of (entity);
  g_return_val_if_fail (kind != PDZ_KIND_NONE, FALSE);

  _pdz_entity_foreach (kind, entity, check_new_cb, &check);

  for (guint i = 0; i < PDZ_N_KINDS; i++)
    g_clear_pointer (&check.seen[i], g_hash_table_unref);

  if (check.error != NULL)
    {
      g_propagate_error (error, check.error);
      return FALSE;
    }

  return TRUE;
}

/* ----------------------------------------------------------------------
 * Breaking cycles
 * ---------------------------------------------------------------------- */

static void
clear_refs (GListModel *list)
{
  if (_pdz_model_n_items (list) > 0)
    _pdz_list_clear (PDZ_LIST (list));
}

/* The projects named by @actions and their sub-actions. */
static void
clear_action_projects (GListModel *actions)
{
  PDZ_MODEL_FOREACH (actions, PdzAction, action)
    {
      clear_refs (_pdz_action_peek_list (action, PDZ_LIST_PROJECTS));
      clear_action_projects (_pdz_action_peek_list (action, PDZ_LIST_ACTIONS));
    }
}

void
_pdz_plan_break_cycles (PdzPlan *plan)
{
  PDZ_MODEL_FOREACH (plan->objectives, PdzObjective, objective)
    clear_action_projects (_pdz_objective_peek_list (objective, PDZ_LIST_ACTIONS));

  PDZ_MODEL_FOREACH (plan->projects, PdzProject, project)
    {
      clear_action_projects (_pdz_project_peek_list (project, PDZ_LIST_ACTIONS));
      clear_refs (_pdz_project_peek_list (project, PDZ_LIST_OBJECTIVES));
    }
}

void
_pdz_plan_steal_action_lists (PdzPlan   *plan,
                              GPtrArray *out)
{
  /* The indexes reference the actions and borrow their ids. */
  _pdz_plan_indexes_clear (plan->indexes);
  _pdz_plan_break_cycles (plan);

  PDZ_MODEL_FOREACH (plan->objectives, PdzObjective, objective)
    {
      GListModel *actions = _pdz_objective_steal_actions (objective);

      if (actions != NULL)
        g_ptr_array_add (out, actions);
    }
  PDZ_MODEL_FOREACH (plan->projects, PdzProject, project)
    {
      GListModel *actions = _pdz_project_steal_actions (project);

      if (actions != NULL)
        g_ptr_array_add (out, actions);
    }
}

/* ----------------------------------------------------------------------
 * Finding what still references an entity
 *
 * Each function returns the JSON pointer of the first reference to the
 * entity in file order, or NULL if there is none.
 * ---------------------------------------------------------------------- */

static gboolean
participations_find_partner (GListModel *participations,
                             PdzPartner *partner,
                             guint      *position)
{
  guint n = g_list_model_get_n_items (participations);

  for (guint i = 0; i < n; i++)
    {
      PdzParticipation *participation = _pdz_model_peek (participations, i);

      if (pdz_participation_get_partner (participation) == partner)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* The pointer of @member (item @k of it, unless negative) of @entity. */
static char *
member_pointer (PdzPlanIndex *index,
                gpointer      entity,
                const char   *member,
                int           k)
{
  return _pdz_pointer_child (_pdz_plan_index_get_pointer (index, entity), member, k);
}

static char *
actions_find_partner (PdzPlanIndex *index,
                      GListModel   *actions,
                      PdzPartner   *partner)
{
  PDZ_MODEL_FOREACH (actions, PdzAction, action)
    {
      guint k;

      if (participations_find_partner (pdz_action_get_participations (action), partner, &k))
        return member_pointer (index, action, "partners", (int) k);
    }

  return NULL;
}

static char *
plan_find_partner_referrer (PdzPlan      *self,
                            PdzPlanIndex *index,
                            PdzPartner   *partner)
{
  guint k;

  if (_pdz_model_find (G_LIST_MODEL (self->municipalities), partner, &k))
    return _pdz_pointer_child ("", "municipalities", (int) k);

  if (self->lead_municipality == partner)
    return _pdz_pointer_child ("", "lead-municipality", -1);

  PDZ_MODEL_FOREACH (self->objectives, PdzObjective, objective)
    {
      char *pointer;

      if (participations_find_partner (pdz_objective_get_participations (objective), partner, &k))
        return member_pointer (index, objective, "partners", (int) k);

      pointer = actions_find_partner (index, pdz_objective_get_actions (objective), partner);
      if (pointer != NULL)
        return pointer;
    }

  PDZ_MODEL_FOREACH (self->projects, PdzProject, project)
    {
      char *pointer;

      if (pdz_project_get_lead (project) == partner)
        return member_pointer (index, project, "lead", -1);

      if (participations_find_partner (pdz_project_get_participations (project), partner, &k))
        return member_pointer (index, project, "partners", (int) k);

      pointer = actions_find_partner (index, pdz_project_get_actions (project), partner);
      if (pointer != NULL)
        return pointer;
    }

  return NULL;
}

static char *
actions_find_project (PdzPlanIndex *index,
                      GListModel   *actions,
                      PdzProject   *project)
{
  PDZ_MODEL_FOREACH (actions, PdzAction, action)
    {
      guint k;

      if (_pdz_model_find (pdz_action_get_projects (action), project, &k))
        return member_pointer (index, action, "projects", (int) k);
    }

  return NULL;
}

/* The actions of @project itself count: were they left out, removing the
 * project would leave a reference cycle that nothing breaks. */
static char *
plan_find_project_referrer (PdzPlan      *self,
                            PdzPlanIndex *index,
                            PdzProject   *project)
{
  PDZ_MODEL_FOREACH (self->objectives, PdzObjective, objective)
    {
      char *pointer = actions_find_project (index, pdz_objective_get_actions (objective), project);

      if (pointer != NULL)
        return pointer;
    }

  PDZ_MODEL_FOREACH (self->projects, PdzProject, other)
    {
      char *pointer = actions_find_project (index, pdz_project_get_actions (other), project);

      if (pointer != NULL)
        return pointer;
    }

  return NULL;
}

static char *
plan_find_objective_referrer (PdzPlan      *self,
                              PdzPlanIndex *index,
                              PdzObjective *objective)
{
  PDZ_MODEL_FOREACH (self->projects, PdzProject, project)
    {
      guint k;

      if (_pdz_model_find (pdz_project_get_objectives (project), objective, &k))
        return member_pointer (index, project, "objectives", (int) k);
    }

  return NULL;
}

static char *
plan_find_macroarea_referrer (PdzPlan      *self,
                              PdzPlanIndex *index,
                              PdzMacroarea *macroarea)
{
  PDZ_MODEL_FOREACH (self->objectives, PdzObjective, objective)
    {
      if (pdz_objective_get_macroarea (objective) == macroarea)
        return member_pointer (index, objective, "macroarea", -1);
    }

  return NULL;
}

/* ----------------------------------------------------------------------
 * Refusing to remove what is still referenced
 * ---------------------------------------------------------------------- */

gboolean
_pdz_plan_check_unreferenced (PdzPlan   *plan,
                              gpointer   entity,
                              GError   **error)
{
  g_autofree char *referrer = NULL;
  g_autoptr(PdzPlanIndex) index = NULL;
  PdzKind kind;
  g_autofree char *id = NULL;

  g_return_val_if_fail (_pdz_entity_is_plan (plan), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  kind = _pdz_kind_of (entity);
  index = _pdz_plan_index_get (plan);
  switch (kind)
    {
    case PDZ_KIND_PARTNER:
      referrer = plan_find_partner_referrer (plan, index, entity);
      break;
    case PDZ_KIND_PROJECT:
      referrer = plan_find_project_referrer (plan, index, entity);
      break;
    case PDZ_KIND_OBJECTIVE:
      referrer = plan_find_objective_referrer (plan, index, entity);
      break;
    case PDZ_KIND_MACROAREA:
      referrer = plan_find_macroarea_referrer (plan, index, entity);
      break;
    case PDZ_KIND_ACTION:
    case PDZ_KIND_INDICATOR:
    case PDZ_KIND_NONE:
    default:
      g_return_val_if_reached (FALSE);
    }

  if (referrer == NULL)
    return TRUE;

  id = _pdz_text_quote (_pdz_kind_get_id (kind, entity), -1, 0, PDZ_QUOTE_JSON);
  g_set_error (error, PDZ_ERROR, PDZ_ERROR_CONFLICT,
               "%s \"%s\" is still referenced by %s",
               _pdz_kind_get_name (kind), id, referrer);
  return FALSE;
}
