/* pdz-query.h: a filter over the actions, objectives and projects of a plan
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

#define PDZ_TYPE_QUERY (pdz_query_get_type ())

PDZ_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PdzQuery, pdz_query, PDZ, QUERY, GObject)

PDZ_AVAILABLE_IN_ALL
PdzQuery *pdz_query_new (PdzPlan *plan);

PDZ_AVAILABLE_IN_ALL
PdzPlan *pdz_query_get_plan (PdzQuery *self);
PDZ_AVAILABLE_IN_ALL
void pdz_query_set_plan (PdzQuery *self, PdzPlan *plan);
PDZ_AVAILABLE_IN_ALL
const char *pdz_query_get_macroarea (PdzQuery *self);
PDZ_AVAILABLE_IN_ALL
void pdz_query_set_macroarea (PdzQuery *self, const char *macroarea);
PDZ_AVAILABLE_IN_ALL
const char *pdz_query_get_objective (PdzQuery *self);
PDZ_AVAILABLE_IN_ALL
void pdz_query_set_objective (PdzQuery *self, const char *objective);
PDZ_AVAILABLE_IN_ALL
PdzStatusFlags pdz_query_get_statuses (PdzQuery *self);
PDZ_AVAILABLE_IN_ALL
void pdz_query_set_statuses (PdzQuery *self, PdzStatusFlags statuses);
PDZ_AVAILABLE_IN_ALL
void pdz_query_add_status (PdzQuery *self, PdzStatus status);
PDZ_AVAILABLE_IN_ALL
const char *pdz_query_get_partner (PdzQuery *self);
PDZ_AVAILABLE_IN_ALL
void pdz_query_set_partner (PdzQuery *self, const char *partner);
PDZ_AVAILABLE_IN_ALL
PdzRole pdz_query_get_role (PdzQuery *self);
PDZ_AVAILABLE_IN_ALL
void pdz_query_set_role (PdzQuery *self, PdzRole role);
PDZ_AVAILABLE_IN_ALL
gboolean pdz_query_get_role_set (PdzQuery *self);
PDZ_AVAILABLE_IN_ALL
void pdz_query_set_role_set (PdzQuery *self, gboolean role_set);
PDZ_AVAILABLE_IN_ALL
const char *pdz_query_get_project (PdzQuery *self);
PDZ_AVAILABLE_IN_ALL
void pdz_query_set_project (PdzQuery *self, const char *project);
PDZ_AVAILABLE_IN_ALL
const char *pdz_query_get_funding_source (PdzQuery *self);
PDZ_AVAILABLE_IN_ALL
void pdz_query_set_funding_source (PdzQuery *self, const char *funding_source);
PDZ_AVAILABLE_IN_ALL
const PdzDate *pdz_query_get_from (PdzQuery *self);
PDZ_AVAILABLE_IN_ALL
void pdz_query_set_from (PdzQuery *self, const PdzDate *from);
PDZ_AVAILABLE_IN_ALL
const PdzDate *pdz_query_get_to (PdzQuery *self);
PDZ_AVAILABLE_IN_ALL
void pdz_query_set_to (PdzQuery *self, const PdzDate *to);
PDZ_AVAILABLE_IN_ALL
gboolean pdz_query_get_extra (PdzQuery *self);
PDZ_AVAILABLE_IN_ALL
void pdz_query_set_extra (PdzQuery *self, gboolean extra);
PDZ_AVAILABLE_IN_ALL
gboolean pdz_query_get_extra_set (PdzQuery *self);
PDZ_AVAILABLE_IN_ALL
void pdz_query_set_extra_set (PdzQuery *self, gboolean extra_set);
PDZ_AVAILABLE_IN_ALL
const char *pdz_query_get_text (PdzQuery *self);
PDZ_AVAILABLE_IN_ALL
void pdz_query_set_text (PdzQuery *self, const char *text);

PDZ_AVAILABLE_IN_ALL
GListModel *pdz_query_find_actions (PdzQuery *self);
PDZ_AVAILABLE_IN_ALL
GListModel *pdz_query_find_objectives (PdzQuery *self);
PDZ_AVAILABLE_IN_ALL
GListModel *pdz_query_find_projects (PdzQuery *self);
PDZ_AVAILABLE_IN_ALL
gboolean pdz_query_matches_action (PdzQuery *self, PdzAction *action);

G_END_DECLS
