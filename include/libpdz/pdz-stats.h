/* pdz-stats.h: roll-ups of a plan or of a query result
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <gio/gio.h>

#include "pdz-query.h"
#include "pdz-stats-table.h"
#include "pdz-types.h"
#include "pdz-version-macros.h"

G_BEGIN_DECLS

#define PDZ_TYPE_STATS (pdz_stats_get_type ())

PDZ_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PdzStats, pdz_stats, PDZ, STATS, GObject)

PDZ_AVAILABLE_IN_ALL
PdzStats *      pdz_stats_new                 (PdzPlan  *plan);
PDZ_AVAILABLE_IN_ALL
PdzStats *      pdz_stats_new_for_query       (PdzQuery *query);

PDZ_AVAILABLE_IN_ALL
PdzPlan *       pdz_stats_get_plan            (PdzStats *self);
PDZ_AVAILABLE_IN_0_2
PdzQuery *      pdz_stats_get_query           (PdzStats *self);
PDZ_AVAILABLE_IN_0_2
GListModel *    pdz_stats_dup_actions         (PdzStats *self);
PDZ_AVAILABLE_IN_0_2
GListModel *    pdz_stats_dup_objectives      (PdzStats *self);
PDZ_AVAILABLE_IN_0_2
GListModel *    pdz_stats_dup_projects        (PdzStats *self);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_stats_dup_actions)
GListModel *    pdz_stats_get_actions         (PdzStats *self);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_stats_dup_objectives)
GListModel *    pdz_stats_get_objectives      (PdzStats *self);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_stats_dup_projects)
GListModel *    pdz_stats_get_projects        (PdzStats *self);
PDZ_AVAILABLE_IN_ALL
guint           pdz_stats_get_n_actions       (PdzStats *self);
PDZ_AVAILABLE_IN_ALL
guint           pdz_stats_get_n_objectives    (PdzStats *self);
PDZ_AVAILABLE_IN_ALL
guint           pdz_stats_get_n_projects      (PdzStats *self);
PDZ_AVAILABLE_IN_ALL
guint           pdz_stats_get_n_extra_actions (PdzStats *self);
PDZ_AVAILABLE_IN_ALL
double          pdz_stats_get_completion_rate (PdzStats *self);

PDZ_AVAILABLE_IN_ALL
PdzStatsTable * pdz_stats_by_status           (PdzStats *self);
PDZ_AVAILABLE_IN_ALL
PdzStatsTable * pdz_stats_by_macroarea        (PdzStats *self);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_stats_by_objective        (PdzStats *self);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_stats_by_project          (PdzStats *self);
PDZ_AVAILABLE_IN_ALL
PdzStatsTable * pdz_stats_by_month            (PdzStats *self);
PDZ_AVAILABLE_IN_ALL
PdzStatsTable * pdz_stats_by_quarter          (PdzStats *self);
PDZ_AVAILABLE_IN_ALL
PdzStatsTable * pdz_stats_by_year             (PdzStats *self);
PDZ_AVAILABLE_IN_ALL
PdzStatsTable * pdz_stats_by_partner          (PdzStats *self);
PDZ_AVAILABLE_IN_ALL
PdzStatsTable * pdz_stats_by_funding_source   (PdzStats *self);
PDZ_AVAILABLE_IN_ALL
PdzStatsTable * pdz_stats_by_funding_status   (PdzStats *self);
PDZ_AVAILABLE_IN_ALL
PdzStatsTable * pdz_stats_by_origin           (PdzStats *self);

G_END_DECLS
