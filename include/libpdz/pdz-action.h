/* pdz-action.h: something the office did, or plans to do, for an objective or a project
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <gio/gio.h>

#include "pdz-date.h"
#include "pdz-enums.h"
#include "pdz-types.h"
#include "pdz-version-macros.h"

G_BEGIN_DECLS

#define PDZ_TYPE_ACTION (pdz_action_get_type ())

PDZ_AVAILABLE_IN_ALL
_PDZ_DECLARE_FINAL_TYPE (PdzAction, pdz_action, PDZ, ACTION, GObject)

PDZ_AVAILABLE_IN_ALL
PdzAction *          pdz_action_new                  (const char         *id,
                                                      const char         *title);

PDZ_AVAILABLE_IN_ALL
const char *         pdz_action_get_id               (PdzAction          *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_action_set_id               (PdzAction          *self,
                                                      const char         *id);
PDZ_AVAILABLE_IN_ALL
const char *         pdz_action_get_title            (PdzAction          *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_action_set_title            (PdzAction          *self,
                                                      const char         *title);
PDZ_AVAILABLE_IN_ALL
PdzStatus            pdz_action_get_status           (PdzAction          *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_action_set_status           (PdzAction          *self,
                                                      PdzStatus           status);
PDZ_AVAILABLE_IN_ALL
const PdzDate *      pdz_action_get_date             (PdzAction          *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_action_set_date             (PdzAction          *self,
                                                      const PdzDate      *date);
PDZ_AVAILABLE_IN_ALL
const PdzDate *      pdz_action_get_end_date         (PdzAction          *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_action_set_end_date         (PdzAction          *self,
                                                      const PdzDate      *end_date);
PDZ_AVAILABLE_IN_0_2
PdzOrigin            pdz_action_get_origin           (PdzAction          *self);
PDZ_AVAILABLE_IN_0_2
void                 pdz_action_set_origin           (PdzAction          *self,
                                                      PdzOrigin           origin);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_action_get_origin)
gboolean             pdz_action_get_extra            (PdzAction          *self);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_action_set_origin)
void                 pdz_action_set_extra            (PdzAction          *self,
                                                      gboolean            extra);
PDZ_AVAILABLE_IN_ALL
const char * const * pdz_action_get_links            (PdzAction          *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_action_set_links            (PdzAction          *self,
                                                      const char * const *links);

PDZ_AVAILABLE_IN_ALL
GObject *            pdz_action_get_owner            (PdzAction          *self);
PDZ_AVAILABLE_IN_ALL
PdzObjective *       pdz_action_get_objective        (PdzAction          *self);
PDZ_AVAILABLE_IN_0_2
PdzAction *          pdz_action_get_parent           (PdzAction          *self);
PDZ_AVAILABLE_IN_0_2
PdzProject *         pdz_action_get_project          (PdzAction          *self);
PDZ_AVAILABLE_IN_0_2
PdzMacroarea *       pdz_action_get_macroarea        (PdzAction          *self);
PDZ_AVAILABLE_IN_ALL
PdzPlan *            pdz_action_get_plan             (PdzAction          *self);

PDZ_AVAILABLE_IN_0_2
GListModel *         pdz_action_get_milestones       (PdzAction          *self);
PDZ_AVAILABLE_IN_0_2
void                 pdz_action_add_milestone        (PdzAction          *self,
                                                      PdzMilestone       *milestone);
PDZ_AVAILABLE_IN_0_2
gboolean             pdz_action_remove_milestone     (PdzAction          *self,
                                                      PdzMilestone       *milestone);

PDZ_AVAILABLE_IN_ALL
GListModel *         pdz_action_get_participations   (PdzAction          *self);
PDZ_AVAILABLE_IN_ALL
gboolean             pdz_action_add_participation    (PdzAction          *self,
                                                      PdzParticipation   *participation,
                                                      GError            **error);
PDZ_AVAILABLE_IN_ALL
gboolean             pdz_action_remove_participation (PdzAction          *self,
                                                      PdzParticipation   *participation);

PDZ_AVAILABLE_IN_ALL
GListModel *         pdz_action_get_projects         (PdzAction          *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_action_add_project          (PdzAction          *self,
                                                      PdzProject         *project);
PDZ_AVAILABLE_IN_ALL
gboolean             pdz_action_remove_project       (PdzAction          *self,
                                                      PdzProject         *project);

PDZ_AVAILABLE_IN_ALL
GListModel *         pdz_action_get_fundings         (PdzAction          *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_action_add_funding          (PdzAction          *self,
                                                      PdzFunding         *funding);
PDZ_AVAILABLE_IN_ALL
gboolean             pdz_action_remove_funding       (PdzAction          *self,
                                                      PdzFunding         *funding);

PDZ_AVAILABLE_IN_0_2
GListModel *         pdz_action_get_actions          (PdzAction          *self);
PDZ_AVAILABLE_IN_0_2
gboolean             pdz_action_add_action           (PdzAction          *self,
                                                      PdzAction          *action,
                                                      GError            **error);
PDZ_AVAILABLE_IN_0_2
gboolean             pdz_action_remove_action        (PdzAction          *self,
                                                      PdzAction          *action);

G_END_DECLS
