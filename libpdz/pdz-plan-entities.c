/* pdz-plan-entities.c: the entities of a plan: lists, adding, removing, lookups
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Part of PdzPlan (see pdz-plan-private.h). The plan owns its partners,
 * macroareas, objectives and projects; its municipalities are references
 * to some of its partners. Adding checks ids (pdz-plan-refs.c); removing
 * refuses while something still references the entity (pdz-plan-refs.c);
 * lookups read the id indexes (pdz-plan-index.c).
 */

#include "pdz-entity-private.h"
#include "pdz-plan-private.h"
#include "pdz-plan-index-private.h"

/* Checks @entity, then appends it to @store, owned by @self. */
static gboolean
add_owned (PdzPlan     *self,
           GListStore  *store,
           gpointer     entity,
           GError     **error)
{
  if (!_pdz_plan_check_new_entity (self, G_LIST_MODEL (store), entity, error))
    return FALSE;

  _pdz_entity_add_owned (self, store, entity);
  return TRUE;
}

/* Removes @entity, owned by @self, from @store unless something still
 * references it. */
static gboolean
remove_owned (PdzPlan     *self,
              GListStore  *store,
              gpointer     entity,
              GError     **error)
{
  if (!_pdz_plan_check_unreferenced (self, entity, error))
    return FALSE;

  if (!_pdz_entity_remove_owned (self, store, entity))
    g_return_val_if_reached (FALSE);

  return TRUE;
}

/* ----------------------------------------------------------------------
 * Macroareas
 * ---------------------------------------------------------------------- */

/**
 * pdz_plan_get_macroareas:
 * @self: a plan
 *
 * Gets the policy areas of the plan.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Macroarea]; it emits
 * [signal@Gio.ListModel::items-changed] when macroareas are added or
 * removed.
 *
 * Returns: (transfer none): the macroareas
 */
GListModel *
pdz_plan_get_macroareas (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->macroareas);
}

/**
 * pdz_plan_add_macroarea:
 * @self: a plan
 * @macroarea: a macroarea that belongs to nothing yet
 * @error: return location for a [error@Pdz.Error]
 *
 * Appends @macroarea to the macroareas of the plan, which takes ownership
 * of it. It needs a non-empty id (else %PDZ_ERROR_INVALID_VALUE) that no
 * other macroarea of the plan has (else %PDZ_ERROR_DUPLICATE_ID).
 *
 * Returns: %TRUE if the macroarea was added, %FALSE with @error set if not
 */
gboolean
pdz_plan_add_macroarea (PdzPlan       *self,
                        PdzMacroarea  *macroarea,
                        GError       **error)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_MACROAREA (macroarea), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (macroarea) == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_owned (self, self->macroareas, macroarea, error);
}

/**
 * pdz_plan_remove_macroarea:
 * @self: a plan
 * @macroarea: a macroarea of the plan
 * @error: return location for a [error@Pdz.Error]
 *
 * Removes @macroarea from the plan, unless an objective still refers to
 * it: then it fails with %PDZ_ERROR_CONFLICT, naming the first such
 * objective by its JSON pointer.
 *
 * Returns: %TRUE if the macroarea was removed, %FALSE with @error set if not
 */
gboolean
pdz_plan_remove_macroarea (PdzPlan       *self,
                           PdzMacroarea  *macroarea,
                           GError       **error)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_MACROAREA (macroarea), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (macroarea) == G_OBJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return remove_owned (self, self->macroareas, macroarea, error);
}

/**
 * pdz_plan_lookup_macroarea:
 * @self: a plan
 * @id: the id of a macroarea
 *
 * Finds the macroarea of the plan with the given id.
 *
 * Returns: (transfer none) (nullable): the macroarea, or %NULL if none has
 *   that id
 */
PdzMacroarea *
pdz_plan_lookup_macroarea (PdzPlan    *self,
                           const char *id)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _pdz_plan_lookup_id (self, PDZ_ID_KIND_MACROAREA, id);
}

/* ----------------------------------------------------------------------
 * Objectives
 * ---------------------------------------------------------------------- */

/**
 * pdz_plan_get_objectives:
 * @self: a plan
 *
 * Gets the objectives of the plan, in the plan's order.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Objective]; it emits
 * [signal@Gio.ListModel::items-changed] when objectives are added or
 * removed.
 *
 * Returns: (transfer none): the objectives
 */
GListModel *
pdz_plan_get_objectives (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->objectives);
}

/**
 * pdz_plan_add_objective:
 * @self: a plan
 * @objective: an objective that belongs to nothing yet
 * @error: return location for a [error@Pdz.Error]
 *
 * Appends @objective, with its actions and indicators, to the objectives
 * of the plan, which takes ownership of it.
 *
 * The objective, each of its actions and each of its indicators need a
 * non-empty id (else %PDZ_ERROR_INVALID_VALUE) that no other entity of the
 * same kind in the plan has (else %PDZ_ERROR_DUPLICATE_ID).
 *
 * Returns: %TRUE if the objective was added, %FALSE with @error set if not
 */
gboolean
pdz_plan_add_objective (PdzPlan       *self,
                        PdzObjective  *objective,
                        GError       **error)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (objective), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (objective) == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_owned (self, self->objectives, objective, error);
}

/**
 * pdz_plan_remove_objective:
 * @self: a plan
 * @objective: an objective of the plan
 * @error: return location for a [error@Pdz.Error]
 *
 * Removes @objective, with its actions and indicators, from the plan,
 * unless a project still refers to it: then it fails with
 * %PDZ_ERROR_CONFLICT, naming the first such reference by its JSON
 * pointer.
 *
 * Returns: %TRUE if the objective was removed, %FALSE with @error set if not
 */
gboolean
pdz_plan_remove_objective (PdzPlan       *self,
                           PdzObjective  *objective,
                           GError       **error)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (objective), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (objective) == G_OBJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return remove_owned (self, self->objectives, objective, error);
}

/**
 * pdz_plan_lookup_objective:
 * @self: a plan
 * @id: the id of an objective
 *
 * Finds the objective of the plan with the given id.
 *
 * Returns: (transfer none) (nullable): the objective, or %NULL if none has
 *   that id
 */
PdzObjective *
pdz_plan_lookup_objective (PdzPlan    *self,
                           const char *id)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _pdz_plan_lookup_id (self, PDZ_ID_KIND_OBJECTIVE, id);
}

/* ----------------------------------------------------------------------
 * Projects
 * ---------------------------------------------------------------------- */

/**
 * pdz_plan_get_projects:
 * @self: a plan
 *
 * Gets the projects of the plan.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Project]; it emits
 * [signal@Gio.ListModel::items-changed] when projects are added or
 * removed.
 *
 * Returns: (transfer none): the projects
 */
GListModel *
pdz_plan_get_projects (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->projects);
}

/**
 * pdz_plan_add_project:
 * @self: a plan
 * @project: a project that belongs to nothing yet
 * @error: return location for a [error@Pdz.Error]
 *
 * Appends @project, with the actions carried out within it, to the
 * projects of the plan, which takes ownership of it.
 *
 * The project and each of its actions need a non-empty id (else
 * %PDZ_ERROR_INVALID_VALUE) that no other entity of the same kind in the
 * plan has (else %PDZ_ERROR_DUPLICATE_ID).
 *
 * Returns: %TRUE if the project was added, %FALSE with @error set if not
 */
gboolean
pdz_plan_add_project (PdzPlan     *self,
                      PdzProject  *project,
                      GError     **error)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (project) == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_owned (self, self->projects, project, error);
}

/**
 * pdz_plan_remove_project:
 * @self: a plan
 * @project: a project of the plan
 * @error: return location for a [error@Pdz.Error]
 *
 * Removes @project, with the actions carried out within it, from the
 * plan, unless an action still refers to it (one of its own actions
 * included): then it fails with %PDZ_ERROR_CONFLICT, naming the first
 * such reference by its JSON pointer.
 *
 * Returns: %TRUE if the project was removed, %FALSE with @error set if not
 */
gboolean
pdz_plan_remove_project (PdzPlan     *self,
                         PdzProject  *project,
                         GError     **error)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (project) == G_OBJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return remove_owned (self, self->projects, project, error);
}

/**
 * pdz_plan_lookup_project:
 * @self: a plan
 * @id: the id of a project
 *
 * Finds the project of the plan with the given id.
 *
 * Returns: (transfer none) (nullable): the project, or %NULL if none has
 *   that id
 */
PdzProject *
pdz_plan_lookup_project (PdzPlan    *self,
                         const char *id)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _pdz_plan_lookup_id (self, PDZ_ID_KIND_PROJECT, id);
}

/* ----------------------------------------------------------------------
 * Partners and municipalities
 * ---------------------------------------------------------------------- */

/**
 * pdz_plan_get_partners:
 * @self: a plan
 *
 * Gets every organisation the plan names.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Partner]; it emits
 * [signal@Gio.ListModel::items-changed] when partners are added or
 * removed.
 *
 * Returns: (transfer none): the partners
 */
GListModel *
pdz_plan_get_partners (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->partners);
}

/**
 * pdz_plan_add_partner:
 * @self: a plan
 * @partner: a partner that belongs to nothing yet
 * @error: return location for a [error@Pdz.Error]
 *
 * Appends @partner to the partners of the plan, which takes ownership of
 * it. It needs a non-empty id (else %PDZ_ERROR_INVALID_VALUE) that no
 * other partner of the plan has (else %PDZ_ERROR_DUPLICATE_ID).
 *
 * Returns: %TRUE if the partner was added, %FALSE with @error set if not
 */
gboolean
pdz_plan_add_partner (PdzPlan     *self,
                      PdzPartner  *partner,
                      GError     **error)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PARTNER (partner), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (partner) == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_owned (self, self->partners, partner, error);
}

/**
 * pdz_plan_remove_partner:
 * @self: a plan
 * @partner: a partner of the plan
 * @error: return location for a [error@Pdz.Error]
 *
 * Removes @partner from the plan, unless something still refers to it: a
 * participation (of an objective, an action or a project), the lead of a
 * project, the plan's lead municipality or its list of municipalities.
 * Then it fails with %PDZ_ERROR_CONFLICT, naming the first such reference
 * by its JSON pointer, e.g. `/objectives/1/actions/0/partners/0`.
 *
 * Returns: %TRUE if the partner was removed, %FALSE with @error set if not
 */
gboolean
pdz_plan_remove_partner (PdzPlan     *self,
                         PdzPartner  *partner,
                         GError     **error)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PARTNER (partner), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (partner) == G_OBJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return remove_owned (self, self->partners, partner, error);
}

/**
 * pdz_plan_lookup_partner:
 * @self: a plan
 * @id: the id of a partner
 *
 * Finds the partner of the plan with the given id.
 *
 * Returns: (transfer none) (nullable): the partner, or %NULL if none has
 *   that id
 */
PdzPartner *
pdz_plan_lookup_partner (PdzPlan    *self,
                         const char *id)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _pdz_plan_lookup_id (self, PDZ_ID_KIND_PARTNER, id);
}

/**
 * pdz_plan_get_municipalities:
 * @self: a plan
 *
 * Gets the member municipalities of the ambito. These are references to
 * partners of the plan.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Partner]; it emits
 * [signal@Gio.ListModel::items-changed] when municipalities are added or
 * removed.
 *
 * Returns: (transfer none): the municipalities
 */
GListModel *
pdz_plan_get_municipalities (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->municipalities);
}

/**
 * pdz_plan_add_municipality:
 * @self: a plan
 * @partner: a partner of the plan
 * @error: return location for a [error@Pdz.Error]
 *
 * Appends @partner to the member municipalities of the ambito. The
 * partner must be one of the plan's partners (else
 * %PDZ_ERROR_DANGLING_REFERENCE). Adding a municipality already listed
 * does nothing and succeeds.
 *
 * Returns: %TRUE if the partner is now listed, %FALSE with @error set if
 *   not
 */
gboolean
pdz_plan_add_municipality (PdzPlan     *self,
                           PdzPartner  *partner,
                           GError     **error)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PARTNER (partner), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (_pdz_entity_get_owner (partner) != G_OBJECT (self))
    {
      const char *id = pdz_partner_get_id (partner);

      g_set_error (error, PDZ_ERROR, PDZ_ERROR_DANGLING_REFERENCE,
                   "partner \"%s\" is not a partner of the plan",
                   id != NULL ? id : "");
      return FALSE;
    }

  _pdz_entity_add_ref (self, self->municipalities, partner);
  return TRUE;
}

/**
 * pdz_plan_remove_municipality:
 * @self: a plan
 * @partner: a partner
 *
 * Removes @partner from the member municipalities of the ambito. The
 * partner stays one of the plan's partners.
 *
 * Returns: %TRUE if it was removed, %FALSE if it was not listed
 */
gboolean
pdz_plan_remove_municipality (PdzPlan    *self,
                              PdzPartner *partner)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PARTNER (partner), FALSE);

  return _pdz_entity_remove_ref (self, self->municipalities, partner);
}

/* ----------------------------------------------------------------------
 * Lookups of entities owned by objectives and projects
 * ---------------------------------------------------------------------- */

/**
 * pdz_plan_lookup_action:
 * @self: a plan
 * @id: the id of an action
 *
 * Finds the action of the plan with the given id, among the actions of
 * its objectives and those carried out within its projects.
 *
 * Returns: (transfer none) (nullable): the action, or %NULL if none has
 *   that id
 */
PdzAction *
pdz_plan_lookup_action (PdzPlan    *self,
                        const char *id)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _pdz_plan_lookup_id (self, PDZ_ID_KIND_ACTION, id);
}

/**
 * pdz_plan_lookup_indicator:
 * @self: a plan
 * @id: the id of an indicator
 *
 * Finds the indicator of the plan with the given id, among the indicators
 * of its objectives.
 *
 * Returns: (transfer none) (nullable): the indicator, or %NULL if none has
 *   that id
 */
PdzIndicator *
pdz_plan_lookup_indicator (PdzPlan    *self,
                           const char *id)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _pdz_plan_lookup_id (self, PDZ_ID_KIND_INDICATOR, id);
}

/**
 * pdz_plan_dup_pointer:
 * @self: a plan
 * @entity: a partner, macroarea, objective, indicator, project or action
 *
 * Gets where @entity stands in the plan's file: its JSON pointer (RFC
 * 6901), e.g. "/objectives/3/actions/2" for the third action of the fourth
 * objective, or "/projects/1/actions/0" for an action carried out in a
 * project. These are the pointers that [class@Pdz.Diagnostic]s and error
 * messages name.
 *
 * Returns: (transfer full) (nullable): the pointer, or %NULL if @entity is
 *   not one of the plan's partners, macroareas, objectives, indicators,
 *   projects or actions
 */
char *
pdz_plan_dup_pointer (PdzPlan *self,
                      GObject *entity)
{
  g_autoptr(PdzPlanIndex) index = NULL;

  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);
  g_return_val_if_fail (G_IS_OBJECT (entity), NULL);

  index = _pdz_plan_index_get (self);
  return g_strdup (_pdz_plan_index_get_pointer (index, entity));
}
