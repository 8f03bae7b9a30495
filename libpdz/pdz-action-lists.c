/* pdz-action-lists.c: the lists of PdzAction
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Part of PdzAction (documented in pdz-action.c, its instance structure
 * in pdz-action-private.h): the participations and fundings the action
 * owns, and the projects it refers to. Adds and removes of owned children
 * go through _pdz_entity_add_owned() and _pdz_entity_remove_owned()
 * (pdz-entity-private.h).
 */

#include "pdz-entity-private.h"
#include "pdz-action-private.h"

/**
 * pdz_action_get_participations:
 * @self: an action
 *
 * Gets the partners that took part in the action, each in a role.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Participation]; it
 * emits [signal@Gio.ListModel::items-changed] when participations are
 * added or removed.
 *
 * Returns: (transfer none): the participations
 */
GListModel *
pdz_action_get_participations (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  return G_LIST_MODEL (self->participations);
}

/**
 * pdz_action_add_participation:
 * @self: an action
 * @participation: a participation that belongs to nothing yet
 *
 * Appends @participation to the participations of the action, which
 * takes ownership of it. A partner may take part more than once, in
 * different roles.
 */
void
pdz_action_add_participation (PdzAction        *self,
                              PdzParticipation *participation)
{
  g_return_if_fail (PDZ_IS_ACTION (self));
  g_return_if_fail (PDZ_IS_PARTICIPATION (participation));
  g_return_if_fail (_pdz_entity_get_owner (participation) == NULL);

  _pdz_entity_add_owned (self, self->participations, participation);
}

/**
 * pdz_action_remove_participation:
 * @self: an action
 * @participation: a participation
 *
 * Removes @participation from the participations of the action.
 *
 * Returns: %TRUE if it was removed, %FALSE if the action did not have it
 */
gboolean
pdz_action_remove_participation (PdzAction        *self,
                                 PdzParticipation *participation)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PARTICIPATION (participation), FALSE);

  return _pdz_entity_remove_owned (self, self->participations, participation);
}

/**
 * pdz_action_get_projects:
 * @self: an action
 *
 * Gets the projects the action belongs to. These are references to
 * projects of the plan, which the action does not own.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Project]; it emits
 * [signal@Gio.ListModel::items-changed] when projects are added or
 * removed.
 *
 * Returns: (transfer none): the projects
 */
GListModel *
pdz_action_get_projects (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  return G_LIST_MODEL (self->projects);
}

/**
 * pdz_action_add_project:
 * @self: an action
 * @project: a project of the same plan
 *
 * Appends @project to the projects the action belongs to. Adding a
 * project the action already lists does nothing.
 *
 * The action holds a reference to the project; the plan clears these
 * references when it is disposed.
 */
void
pdz_action_add_project (PdzAction  *self,
                        PdzProject *project)
{
  g_return_if_fail (PDZ_IS_ACTION (self));
  g_return_if_fail (PDZ_IS_PROJECT (project));

  _pdz_entity_add_ref (self, self->projects, project);
}

/**
 * pdz_action_remove_project:
 * @self: an action
 * @project: a project
 *
 * Removes @project from the projects the action belongs to.
 *
 * Returns: %TRUE if it was removed, %FALSE if the action did not list it
 */
gboolean
pdz_action_remove_project (PdzAction  *self,
                           PdzProject *project)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PROJECT (project), FALSE);

  return _pdz_entity_remove_ref (self, self->projects, project);
}

/**
 * pdz_action_get_fundings:
 * @self: an action
 *
 * Gets the sources of money for the action.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Funding]; it emits
 * [signal@Gio.ListModel::items-changed] when fundings are added or
 * removed.
 *
 * Returns: (transfer none): the fundings
 */
GListModel *
pdz_action_get_fundings (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  return G_LIST_MODEL (self->fundings);
}

/**
 * pdz_action_add_funding:
 * @self: an action
 * @funding: a funding that belongs to nothing yet
 *
 * Appends @funding to the fundings of the action, which takes ownership
 * of it.
 */
void
pdz_action_add_funding (PdzAction  *self,
                        PdzFunding *funding)
{
  g_return_if_fail (PDZ_IS_ACTION (self));
  g_return_if_fail (PDZ_IS_FUNDING (funding));
  g_return_if_fail (_pdz_entity_get_owner (funding) == NULL);

  _pdz_entity_add_owned (self, self->fundings, funding);
}

/**
 * pdz_action_remove_funding:
 * @self: an action
 * @funding: a funding
 *
 * Removes @funding from the fundings of the action.
 *
 * Returns: %TRUE if it was removed, %FALSE if the action did not have it
 */
gboolean
pdz_action_remove_funding (PdzAction  *self,
                           PdzFunding *funding)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), FALSE);
  g_return_val_if_fail (PDZ_IS_FUNDING (funding), FALSE);

  return _pdz_entity_remove_owned (self, self->fundings, funding);
}
