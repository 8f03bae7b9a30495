/* pdz-objective.h: an objective of the plan
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

#define PDZ_TYPE_OBJECTIVE (pdz_objective_get_type ())

PDZ_AVAILABLE_IN_ALL
_PDZ_DECLARE_FINAL_TYPE (PdzObjective, pdz_objective, PDZ, OBJECTIVE, GObject)

PDZ_AVAILABLE_IN_ALL
PdzObjective *   pdz_objective_new                  (const char       *id,
                                                     const char       *title);

PDZ_AVAILABLE_IN_ALL
const char *     pdz_objective_get_id               (PdzObjective     *self);
PDZ_AVAILABLE_IN_ALL
void             pdz_objective_set_id               (PdzObjective     *self,
                                                     const char       *id);
PDZ_AVAILABLE_IN_ALL
const char *     pdz_objective_get_title            (PdzObjective     *self);
PDZ_AVAILABLE_IN_ALL
void             pdz_objective_set_title            (PdzObjective     *self,
                                                     const char       *title);
PDZ_AVAILABLE_IN_ALL
const char *     pdz_objective_get_description      (PdzObjective     *self);
PDZ_AVAILABLE_IN_ALL
void             pdz_objective_set_description      (PdzObjective     *self,
                                                     const char       *description);
PDZ_AVAILABLE_IN_ALL
PdzStatus        pdz_objective_get_status           (PdzObjective     *self);
PDZ_AVAILABLE_IN_ALL
void             pdz_objective_set_status           (PdzObjective     *self,
                                                     PdzStatus         status);
PDZ_AVAILABLE_IN_ALL
PdzMacroarea *   pdz_objective_get_macroarea        (PdzObjective     *self);
PDZ_AVAILABLE_IN_ALL
void             pdz_objective_set_macroarea        (PdzObjective     *self,
                                                     PdzMacroarea     *macroarea);
PDZ_AVAILABLE_IN_ALL
PdzObjectiveKind pdz_objective_get_kind             (PdzObjective     *self);
PDZ_AVAILABLE_IN_ALL
void             pdz_objective_set_kind             (PdzObjective     *self,
                                                     PdzObjectiveKind  kind);
PDZ_AVAILABLE_IN_ALL
PdzPlan *        pdz_objective_get_plan             (PdzObjective     *self);

PDZ_AVAILABLE_IN_ALL
GListModel *     pdz_objective_get_actions          (PdzObjective     *self);
PDZ_AVAILABLE_IN_ALL
gboolean         pdz_objective_add_action           (PdzObjective     *self,
                                                     PdzAction        *action,
                                                     GError          **error);
PDZ_AVAILABLE_IN_ALL
gboolean         pdz_objective_remove_action        (PdzObjective     *self,
                                                     PdzAction        *action);

PDZ_AVAILABLE_IN_ALL
GListModel *     pdz_objective_get_indicators       (PdzObjective     *self);
PDZ_AVAILABLE_IN_ALL
gboolean         pdz_objective_add_indicator        (PdzObjective     *self,
                                                     PdzIndicator     *indicator,
                                                     GError          **error);
PDZ_AVAILABLE_IN_ALL
gboolean         pdz_objective_remove_indicator     (PdzObjective     *self,
                                                     PdzIndicator     *indicator);

PDZ_AVAILABLE_IN_ALL
GListModel *     pdz_objective_get_participations   (PdzObjective     *self);
PDZ_AVAILABLE_IN_ALL
gboolean         pdz_objective_add_participation    (PdzObjective     *self,
                                                     PdzParticipation *participation,
                                                     GError          **error);
PDZ_AVAILABLE_IN_ALL
gboolean         pdz_objective_remove_participation (PdzObjective     *self,
                                                     PdzParticipation *participation);

G_END_DECLS
