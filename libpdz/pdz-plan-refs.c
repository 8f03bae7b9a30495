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
#include "pdz-plan-private.h"

/* ----------------------------------------------------------------------
 * Checking new entities
 * ---------------------------------------------------------------------- */

typedef struct
{
  PdzPlan *plan;              /* (nullable) */
  GListModel *container;      /* (nullable) */
  gpointer root;              /* the entity being added */
  GHashTable *seen[PDZ_N_ID_KINDS]; /* (owned) (nullable): ids in @root's subtree */
  GError *error;              /* (owned) (nullable): the first error */
} CheckNew;

static gboolean
container_has_id (GListModel *container,
                  PdzIdKind   kind,
                  const char *id,
                  gpointer    except)
{
  guint n = g_list_model_get_n_items (container);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (container, i);

      if (item != except && _pdz_id_kind_of (item) == kind &&
          g_strcmp0 (_pdz_id_kind_get_id (kind, item), id) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
check_new_cb (PdzIdKind  kind,
              gpointer   entity,
              gpointer   user_data)
{
  CheckNew *check = user_data;
  const char *id;
  gboolean duplicate = FALSE;

  if (check->error != NULL)
    return;

  id = _pdz_id_kind_get_id (kind, entity);

  if (id == NULL || id[0] == '\0')
    {
      if (entity == check->root)
        {
          g_set_error (&check->error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                       "%s %s needs a non-empty id",
                       _pdz_id_kind_get_article (kind), _pdz_id_kind_get_name (kind));
        }
      else
        {
          PdzIdKind root_kind = _pdz_id_kind_of (check->root);
          const char *root_id = _pdz_id_kind_get_id (root_kind, check->root);

          g_set_error (&check->error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                       "%s %s of %s \"%s\" needs a non-empty id",
                       _pdz_id_kind_get_article (kind), _pdz_id_kind_get_name (kind),
                       _pdz_id_kind_get_name (root_kind), root_id);
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
      duplicate = container_has_id (check->container, kind, id, entity);
    }

  if (!duplicate)
    {
      if (check->seen[kind] == NULL)
        check->seen[kind] = g_hash_table_new (g_str_hash, g_str_equal);
      duplicate = !g_hash_table_add (check->seen[kind], (gpointer) id);
    }

  if (duplicate)
    g_set_error (&check->error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID,
                 "%s %s with id \"%s\" already exists",
                 _pdz_id_kind_get_article (kind), _pdz_id_kind_get_name (kind), id);
}

gboolean
_pdz_plan_check_new_entity (PdzPlan     *plan,
                            GListModel  *container,
                            gpointer     entity,
                            GError     **error)
{
  CheckNew check = { plan, container, entity, { NULL, }, NULL };
  PdzIdKind kind;

  g_return_val_if_fail (plan == NULL || PDZ_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (container == NULL || G_IS_LIST_MODEL (container), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (entity), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  kind = _pdz_id_kind_of (entity);
  g_return_val_if_fail (kind != PDZ_ID_KIND_NONE, FALSE);

  _pdz_entity_foreach (kind, entity, check_new_cb, &check);

  for (guint i = 0; i < PDZ_N_ID_KINDS; i++)
    g_clear_pointer (&check.seen[i], g_hash_table_unref);

  if (check.error != NULL)
    {
      g_propagate_error (error, check.error);
      return FALSE;
    }

  return TRUE;
}

/* ----------------------------------------------------------------------
 * Finding what still references an entity
 *
 * Each function returns the JSON pointer of the first reference to the
 * entity in file order, or NULL if there is none.
 * ---------------------------------------------------------------------- */

static gboolean
model_find (GListModel *model,
            gpointer    item,
            guint      *position)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
participations_find_partner (GListModel *participations,
                             PdzPartner *partner,
                             guint      *position)
{
  guint n = g_list_model_get_n_items (participations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzParticipation) participation = g_list_model_get_item (participations, i);

      if (pdz_participation_get_partner (participation) == partner)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* @prefix is the pointer of the list of actions, e.g. "/objectives/2". */
static char *
actions_find_partner (GListModel *actions,
                      const char *prefix,
                      PdzPartner *partner)
{
  guint n = g_list_model_get_n_items (actions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (actions, i);
      guint k;

      if (participations_find_partner (pdz_action_get_participations (action), partner, &k))
        return g_strdup_printf ("%s/actions/%u/partners/%u", prefix, i, k);
    }

  return NULL;
}

static char *
plan_find_partner_referrer (PdzPlan    *self,
                            PdzPartner *partner)
{
  guint n, k;

  if (model_find (G_LIST_MODEL (self->municipalities), partner, &k))
    return g_strdup_printf ("/municipalities/%u", k);

  if (self->lead_municipality == partner)
    return g_strdup ("/lead-municipality");

  n = g_list_model_get_n_items (G_LIST_MODEL (self->objectives));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzObjective) objective = g_list_model_get_item (G_LIST_MODEL (self->objectives), i);
      g_autofree char *prefix = g_strdup_printf ("/objectives/%u", i);
      char *pointer;

      if (participations_find_partner (pdz_objective_get_participations (objective), partner, &k))
        return g_strdup_printf ("%s/partners/%u", prefix, k);

      pointer = actions_find_partner (pdz_objective_get_actions (objective), prefix, partner);
      if (pointer != NULL)
        return pointer;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->projects));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzProject) project = g_list_model_get_item (G_LIST_MODEL (self->projects), i);
      g_autofree char *prefix = g_strdup_printf ("/projects/%u", i);
      char *pointer;

      if (pdz_project_get_lead (project) == partner)
        return g_strdup_printf ("%s/lead", prefix);

      if (participations_find_partner (pdz_project_get_participations (project), partner, &k))
        return g_strdup_printf ("%s/partners/%u", prefix, k);

      pointer = actions_find_partner (pdz_project_get_actions (project), prefix, partner);
      if (pointer != NULL)
        return pointer;
    }

  return NULL;
}

static char *
actions_find_project (GListModel *actions,
                      const char *prefix,
                      PdzProject *project)
{
  guint n = g_list_model_get_n_items (actions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (actions, i);
      guint k;

      if (model_find (pdz_action_get_projects (action), project, &k))
        return g_strdup_printf ("%s/actions/%u/projects/%u", prefix, i, k);
    }

  return NULL;
}

/* The actions of @project itself count: were they left out, removing the
 * project would leave a reference cycle that nothing breaks. */
static char *
plan_find_project_referrer (PdzPlan    *self,
                            PdzProject *project)
{
  guint n;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->objectives));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzObjective) objective = g_list_model_get_item (G_LIST_MODEL (self->objectives), i);
      g_autofree char *prefix = g_strdup_printf ("/objectives/%u", i);
      char *pointer = actions_find_project (pdz_objective_get_actions (objective), prefix, project);

      if (pointer != NULL)
        return pointer;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->projects));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzProject) other = g_list_model_get_item (G_LIST_MODEL (self->projects), i);
      g_autofree char *prefix = g_strdup_printf ("/projects/%u", i);
      char *pointer = actions_find_project (pdz_project_get_actions (other), prefix, project);

      if (pointer != NULL)
        return pointer;
    }

  return NULL;
}

static char *
plan_find_objective_referrer (PdzPlan      *self,
                              PdzObjective *objective)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->projects));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzProject) project = g_list_model_get_item (G_LIST_MODEL (self->projects), i);
      guint k;

      if (model_find (pdz_project_get_objectives (project), objective, &k))
        return g_strdup_printf ("/projects/%u/objectives/%u", i, k);
    }

  return NULL;
}

static char *
plan_find_macroarea_referrer (PdzPlan      *self,
                              PdzMacroarea *macroarea)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->objectives));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzObjective) objective = g_list_model_get_item (G_LIST_MODEL (self->objectives), i);

      if (pdz_objective_get_macroarea (objective) == macroarea)
        return g_strdup_printf ("/objectives/%u/macroarea", i);
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
  PdzIdKind kind;
  const char *id;

  g_return_val_if_fail (PDZ_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  kind = _pdz_id_kind_of (entity);
  switch (kind)
    {
    case PDZ_ID_KIND_PARTNER:
      referrer = plan_find_partner_referrer (plan, entity);
      break;
    case PDZ_ID_KIND_PROJECT:
      referrer = plan_find_project_referrer (plan, entity);
      break;
    case PDZ_ID_KIND_OBJECTIVE:
      referrer = plan_find_objective_referrer (plan, entity);
      break;
    case PDZ_ID_KIND_MACROAREA:
      referrer = plan_find_macroarea_referrer (plan, entity);
      break;
    case PDZ_ID_KIND_ACTION:
    case PDZ_ID_KIND_INDICATOR:
    case PDZ_ID_KIND_NONE:
    default:
      g_return_val_if_reached (FALSE);
    }

  if (referrer == NULL)
    return TRUE;

  id = _pdz_id_kind_get_id (kind, entity);
  g_set_error (error, PDZ_ERROR, PDZ_ERROR_CONFLICT,
               "%s \"%s\" is still referenced by %s",
               _pdz_id_kind_get_name (kind), id != NULL ? id : "", referrer);
  return FALSE;
}
