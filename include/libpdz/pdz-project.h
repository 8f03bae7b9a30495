/* pdz-project.h: a funded project the plan takes part in
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

#define PDZ_TYPE_PROJECT (pdz_project_get_type ())

PDZ_AVAILABLE_IN_ALL
_PDZ_DECLARE_FINAL_TYPE (PdzProject, pdz_project, PDZ, PROJECT, GObject)

PDZ_AVAILABLE_IN_ALL
PdzProject *         pdz_project_new                  (const char         *id,
                                                       const char         *title);

PDZ_AVAILABLE_IN_ALL
const char *         pdz_project_get_id               (PdzProject         *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_project_set_id               (PdzProject         *self,
                                                       const char         *id);
PDZ_AVAILABLE_IN_ALL
const char *         pdz_project_get_title            (PdzProject         *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_project_set_title            (PdzProject         *self,
                                                       const char         *title);
PDZ_AVAILABLE_IN_ALL
const char *         pdz_project_get_description      (PdzProject         *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_project_set_description      (PdzProject         *self,
                                                       const char         *description);
PDZ_AVAILABLE_IN_ALL
PdzStatus            pdz_project_get_status           (PdzProject         *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_project_set_status           (PdzProject         *self,
                                                       PdzStatus           status);
PDZ_AVAILABLE_IN_ALL
PdzScope             pdz_project_get_scope            (PdzProject         *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_project_set_scope            (PdzProject         *self,
                                                       PdzScope            scope);
PDZ_AVAILABLE_IN_ALL
PdzPartner *         pdz_project_get_lead             (PdzProject         *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_project_set_lead             (PdzProject         *self,
                                                       PdzPartner         *lead);
PDZ_AVAILABLE_IN_ALL
const PdzDate *      pdz_project_get_start            (PdzProject         *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_project_set_start            (PdzProject         *self,
                                                       const PdzDate      *start);
PDZ_AVAILABLE_IN_ALL
const PdzDate *      pdz_project_get_end              (PdzProject         *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_project_set_end              (PdzProject         *self,
                                                       const PdzDate      *end);
PDZ_AVAILABLE_IN_ALL
const char * const * pdz_project_get_interventions    (PdzProject         *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_project_set_interventions    (PdzProject         *self,
                                                       const char * const *interventions);
PDZ_AVAILABLE_IN_ALL
PdzPlan *            pdz_project_get_plan             (PdzProject         *self);

PDZ_AVAILABLE_IN_ALL
GListModel *         pdz_project_get_participations   (PdzProject         *self);
PDZ_AVAILABLE_IN_ALL
gboolean             pdz_project_add_participation    (PdzProject         *self,
                                                       PdzParticipation   *participation,
                                                       GError            **error);
PDZ_AVAILABLE_IN_ALL
gboolean             pdz_project_remove_participation (PdzProject         *self,
                                                       PdzParticipation   *participation);

PDZ_AVAILABLE_IN_ALL
GListModel *         pdz_project_get_fundings         (PdzProject         *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_project_add_funding          (PdzProject         *self,
                                                       PdzFunding         *funding);
PDZ_AVAILABLE_IN_ALL
gboolean             pdz_project_remove_funding       (PdzProject         *self,
                                                       PdzFunding         *funding);

PDZ_AVAILABLE_IN_ALL
GListModel *         pdz_project_get_objectives       (PdzProject         *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_project_add_objective        (PdzProject         *self,
                                                       PdzObjective       *objective);
PDZ_AVAILABLE_IN_ALL
gboolean             pdz_project_remove_objective     (PdzProject         *self,
                                                       PdzObjective       *objective);

PDZ_AVAILABLE_IN_ALL
GListModel *         pdz_project_get_actions          (PdzProject         *self);
PDZ_AVAILABLE_IN_ALL
gboolean             pdz_project_add_action           (PdzProject         *self,
                                                       PdzAction          *action,
                                                       GError            **error);
PDZ_AVAILABLE_IN_ALL
gboolean             pdz_project_remove_action        (PdzProject         *self,
                                                       PdzAction          *action);

G_END_DECLS
