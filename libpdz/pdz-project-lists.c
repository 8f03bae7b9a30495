/* pdz-project-lists.c: the lists of PdzProject
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Part of PdzProject (documented in pdz-project.c, its instance structure
 * in pdz-project-private.h): the participations, fundings and actions the
 * project owns, and the objectives it refers to. Adds and removes of owned
 * children go through _pdz_entity_add_owned() and
 * _pdz_entity_remove_owned() (pdz-entity-private.h).
 */

#include "pdz-entity-private.h"
#include "pdz-project-private.h"

/**
 * pdz_project_get_participations:
 * @self: a project
 *
 * Gets the partners of the project, each in a role.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Participation]; it
 * emits [signal@Gio.ListModel::items-changed] when participations are
 * added or removed.
 *
 * Returns: (transfer none): the participations
 */
GListModel *
pdz_project_get_participations (PdzProject *self)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->participations);
}

/**
 * pdz_project_add_participation:
 * @self: a project
 * @participation: a participation that belongs to nothing yet
 *
 * Appends @participation to the participations of the project, which
 * takes ownership of it. A partner may take part more than once, in
 * different roles.
 */
void
pdz_project_add_participation (PdzProject       *self,
                               PdzParticipation *participation)
{
  g_return_if_fail (PDZ_IS_PROJECT (self));
  g_return_if_fail (PDZ_IS_PARTICIPATION (participation));
  g_return_if_fail (_pdz_entity_get_owner (participation) == NULL);

  _pdz_entity_add_owned (self, self->participations, participation);
}

/**
 * pdz_project_remove_participation:
 * @self: a project
 * @participation: a participation
 *
 * Removes @participation from the participations of the project.
 *
 * Returns: %TRUE if it was removed, %FALSE if the project did not have it
 */
gboolean
pdz_project_remove_participation (PdzProject       *self,
                                  PdzParticipation *participation)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PARTICIPATION (participation), FALSE);

  return _pdz_entity_remove_owned (self, self->participations, participation);
}

/**
 * pdz_project_get_fundings:
 * @self: a project
 *
 * Gets the sources of money for the project.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Funding]; it emits
 * [signal@Gio.ListModel::items-changed] when fundings are added or
 * removed.
 *
 * Returns: (transfer none): the fundings
 */
GListModel *
pdz_project_get_fundings (PdzProject *self)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->fundings);
}

/**
 * pdz_project_add_funding:
 * @self: a project
 * @funding: a funding that belongs to nothing yet
 *
 * Appends @funding to the fundings of the project, which takes ownership
 * of it.
 */
void
pdz_project_add_funding (PdzProject *self,
                         PdzFunding *funding)
{
  g_return_if_fail (PDZ_IS_PROJECT (self));
  g_return_if_fail (PDZ_IS_FUNDING (funding));
  g_return_if_fail (_pdz_entity_get_owner (funding) == NULL);

  _pdz_entity_add_owned (self, self->fundings, funding);
}

/**
 * pdz_project_remove_funding:
 * @self: a project
 * @funding: a funding
 *
 * Removes @funding from the fundings of the project.
 *
 * Returns: %TRUE if it was removed, %FALSE if the project did not have it
 */
gboolean
pdz_project_remove_funding (PdzProject *self,
                            PdzFunding *funding)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (PDZ_IS_FUNDING (funding), FALSE);

  return _pdz_entity_remove_owned (self, self->fundings, funding);
}

/**
 * pdz_project_get_objectives:
 * @self: a project
 *
 * Gets the objectives the project serves. These are references to
 * objectives of the plan, which the project does not own.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Objective]; it emits
 * [signal@Gio.ListModel::items-changed] when objectives are added or
 * removed.
 *
 * Returns: (transfer none): the objectives
 */
GListModel *
pdz_project_get_objectives (PdzProject *self)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->objectives);
}

/**
 * pdz_project_add_objective:
 * @self: a project
 * @objective: an objective of the same plan
 *
 * Appends @objective to the objectives the project serves. Adding an
 * objective the project already lists does nothing.
 *
 * The project holds a reference to the objective; the plan clears these
 * references when it is disposed.
 */
void
pdz_project_add_objective (PdzProject   *self,
                           PdzObjective *objective)
{
  g_return_if_fail (PDZ_IS_PROJECT (self));
  g_return_if_fail (PDZ_IS_OBJECTIVE (objective));

  _pdz_entity_add_ref (self, self->objectives, objective);
}

/**
 * pdz_project_remove_objective:
 * @self: a project
 * @objective: an objective
 *
 * Removes @objective from the objectives the project serves.
 *
 * Returns: %TRUE if it was removed, %FALSE if the project did not list it
 */
gboolean
pdz_project_remove_objective (PdzProject   *self,
                              PdzObjective *objective)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (objective), FALSE);

  return _pdz_entity_remove_ref (self, self->objectives, objective);
}

/**
 * pdz_project_get_actions:
 * @self: a project
 *
 * Gets the actions carried out within the project.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Action]; it emits
 * [signal@Gio.ListModel::items-changed] when actions are added or
 * removed.
 *
 * Returns: (transfer none): the actions
 */
GListModel *
pdz_project_get_actions (PdzProject *self)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), NULL);

  return G_LIST_MODEL (self->actions);
}

/**
 * pdz_project_add_action:
 * @self: a project
 * @action: an action that belongs to nothing yet
 * @error: return location for a [error@Pdz.Error]
 *
 * Appends @action to the actions carried out within the project, which
 * takes ownership of it.
 *
 * The action needs a non-empty id (else %PDZ_ERROR_INVALID_VALUE) that no
 * other action has (else %PDZ_ERROR_DUPLICATE_ID): no other action of the
 * plan, objectives and projects alike, if the project is part of one; no
 * other action of the project otherwise.
 *
 * Returns: %TRUE if the action was added, %FALSE with @error set if not
 */
gboolean
pdz_project_add_action (PdzProject  *self,
                        PdzAction   *action,
                        GError     **error)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (PDZ_IS_ACTION (action), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (action) == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_pdz_plan_check_new_entity (_pdz_entity_get_plan (self),
                                   G_LIST_MODEL (self->actions),
                                   action, error))
    return FALSE;

  _pdz_entity_add_owned (self, self->actions, action);
  return TRUE;
}

/**
 * pdz_project_remove_action:
 * @self: a project
 * @action: an action
 *
 * Removes @action from the actions carried out within the project.
 *
 * Returns: %TRUE if it was removed, %FALSE if the project did not have it
 */
gboolean
pdz_project_remove_action (PdzProject *self,
                           PdzAction  *action)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (PDZ_IS_ACTION (action), FALSE);

  return _pdz_entity_remove_owned (self, self->actions, action);
}
