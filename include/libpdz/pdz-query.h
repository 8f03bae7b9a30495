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

/**
 * PdzQuerySort:
 * @PDZ_QUERY_SORT_DOCUMENT: the order of the plan file (`document`)
 * @PDZ_QUERY_SORT_DATE: by date, the earliest first, what has no date last;
 *   an action by its date (its end date when it has none), a project by its
 *   start (its end when it has none); objectives keep the order of the file
 *   (`date`)
 * @PDZ_QUERY_SORT_TITLE: by title, without regard to case or accents (`title`)
 * @PDZ_QUERY_SORT_STATUS: by status, in the order of [enum@Pdz.Status], not
 *   stated last (`status`)
 *
 * The order of what a [class@Pdz.Query] finds. Ties keep the order of the
 * file.
 *
 * Since: 0.2
 */
typedef enum {
  PDZ_QUERY_SORT_DOCUMENT,
  PDZ_QUERY_SORT_DATE,
  PDZ_QUERY_SORT_TITLE,
  PDZ_QUERY_SORT_STATUS,
} PdzQuerySort;

#define PDZ_TYPE_QUERY (pdz_query_get_type ())

PDZ_AVAILABLE_IN_ALL
_PDZ_DECLARE_FINAL_TYPE (PdzQuery, pdz_query, PDZ, QUERY, GObject)

PDZ_AVAILABLE_IN_ALL
PdzQuery *            pdz_query_new                 (PdzPlan              *plan);

PDZ_AVAILABLE_IN_ALL
PdzPlan *             pdz_query_get_plan            (PdzQuery             *self);
PDZ_AVAILABLE_IN_ALL
void                  pdz_query_set_plan            (PdzQuery             *self,
                                                     PdzPlan              *plan);

PDZ_AVAILABLE_IN_0_2
const char * const *  pdz_query_get_macroareas      (PdzQuery             *self);
PDZ_AVAILABLE_IN_0_2
void                  pdz_query_set_macroareas      (PdzQuery             *self,
                                                     const char * const   *macroareas);
PDZ_AVAILABLE_IN_0_2
void                  pdz_query_add_macroarea       (PdzQuery             *self,
                                                     const char           *macroarea);
PDZ_AVAILABLE_IN_0_2
const char * const *  pdz_query_get_objectives      (PdzQuery             *self);
PDZ_AVAILABLE_IN_0_2
void                  pdz_query_set_objectives      (PdzQuery             *self,
                                                     const char * const   *objectives);
PDZ_AVAILABLE_IN_0_2
void                  pdz_query_add_objective       (PdzQuery             *self,
                                                     const char           *objective);
PDZ_AVAILABLE_IN_0_2
const char * const *  pdz_query_get_partners        (PdzQuery             *self);
PDZ_AVAILABLE_IN_0_2
void                  pdz_query_set_partners        (PdzQuery             *self,
                                                     const char * const   *partners);
PDZ_AVAILABLE_IN_0_2
void                  pdz_query_add_partner         (PdzQuery             *self,
                                                     const char           *partner);
PDZ_AVAILABLE_IN_0_2
const char * const *  pdz_query_get_projects        (PdzQuery             *self);
PDZ_AVAILABLE_IN_0_2
void                  pdz_query_set_projects        (PdzQuery             *self,
                                                     const char * const   *projects);
PDZ_AVAILABLE_IN_0_2
void                  pdz_query_add_project         (PdzQuery             *self,
                                                     const char           *project);
PDZ_AVAILABLE_IN_0_2
const char * const *  pdz_query_get_funding_sources (PdzQuery             *self);
PDZ_AVAILABLE_IN_0_2
void                  pdz_query_set_funding_sources (PdzQuery             *self,
                                                     const char * const   *funding_sources);
PDZ_AVAILABLE_IN_0_2
void                  pdz_query_add_funding_source  (PdzQuery             *self,
                                                     const char           *funding_source);

PDZ_AVAILABLE_IN_ALL
PdzStatusFlags        pdz_query_get_statuses        (PdzQuery             *self);
PDZ_AVAILABLE_IN_ALL
void                  pdz_query_set_statuses        (PdzQuery             *self,
                                                     PdzStatusFlags        statuses);
PDZ_AVAILABLE_IN_ALL
void                  pdz_query_add_status          (PdzQuery             *self,
                                                     PdzStatus             status);
PDZ_AVAILABLE_IN_0_2
PdzOriginFlags        pdz_query_get_origins         (PdzQuery             *self);
PDZ_AVAILABLE_IN_0_2
void                  pdz_query_set_origins         (PdzQuery             *self,
                                                     PdzOriginFlags        origins);
PDZ_AVAILABLE_IN_0_2
PdzRoleFlags          pdz_query_get_roles           (PdzQuery             *self);
PDZ_AVAILABLE_IN_0_2
void                  pdz_query_set_roles           (PdzQuery             *self,
                                                     PdzRoleFlags          roles);
PDZ_AVAILABLE_IN_0_2
PdzPartnerKindFlags   pdz_query_get_partner_kinds   (PdzQuery             *self);
PDZ_AVAILABLE_IN_0_2
void                  pdz_query_set_partner_kinds   (PdzQuery             *self,
                                                     PdzPartnerKindFlags   partner_kinds);
PDZ_AVAILABLE_IN_0_2
PdzObjectiveKindFlags pdz_query_get_objective_kinds (PdzQuery             *self);
PDZ_AVAILABLE_IN_0_2
void                  pdz_query_set_objective_kinds (PdzQuery             *self,
                                                     PdzObjectiveKindFlags objective_kinds);

PDZ_AVAILABLE_IN_0_2
const PdzDate *       pdz_query_get_start           (PdzQuery             *self);
PDZ_AVAILABLE_IN_0_2
void                  pdz_query_set_start           (PdzQuery             *self,
                                                     const PdzDate        *start);
PDZ_AVAILABLE_IN_0_2
const PdzDate *       pdz_query_get_end             (PdzQuery             *self);
PDZ_AVAILABLE_IN_0_2
void                  pdz_query_set_end             (PdzQuery             *self,
                                                     const PdzDate        *end);
PDZ_AVAILABLE_IN_0_2
gboolean              pdz_query_get_undated         (PdzQuery             *self);
PDZ_AVAILABLE_IN_0_2
void                  pdz_query_set_undated         (PdzQuery             *self,
                                                     gboolean              undated);
PDZ_AVAILABLE_IN_0_2
gboolean              pdz_query_get_via_projects    (PdzQuery             *self);
PDZ_AVAILABLE_IN_0_2
void                  pdz_query_set_via_projects    (PdzQuery             *self,
                                                     gboolean              via_projects);
PDZ_AVAILABLE_IN_ALL
const char *          pdz_query_get_text            (PdzQuery             *self);
PDZ_AVAILABLE_IN_ALL
void                  pdz_query_set_text            (PdzQuery             *self,
                                                     const char           *text);
PDZ_AVAILABLE_IN_0_2
PdzQuerySort          pdz_query_get_sort            (PdzQuery             *self);
PDZ_AVAILABLE_IN_0_2
void                  pdz_query_set_sort            (PdzQuery             *self,
                                                     PdzQuerySort          sort);

PDZ_AVAILABLE_IN_ALL
GListModel *          pdz_query_find_actions        (PdzQuery             *self);
PDZ_AVAILABLE_IN_0_2
guint                 pdz_query_count_actions       (PdzQuery             *self);
PDZ_AVAILABLE_IN_ALL
GListModel *          pdz_query_find_objectives     (PdzQuery             *self);
PDZ_AVAILABLE_IN_ALL
GListModel *          pdz_query_find_projects       (PdzQuery             *self);
PDZ_AVAILABLE_IN_ALL
gboolean              pdz_query_matches_action      (PdzQuery             *self,
                                                     PdzAction            *action);

PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_get_macroareas)
const char *          pdz_query_get_macroarea       (PdzQuery             *self);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_set_macroareas)
void                  pdz_query_set_macroarea       (PdzQuery             *self,
                                                     const char           *macroarea);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_get_objectives)
const char *          pdz_query_get_objective       (PdzQuery             *self);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_set_objectives)
void                  pdz_query_set_objective       (PdzQuery             *self,
                                                     const char           *objective);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_get_partners)
const char *          pdz_query_get_partner         (PdzQuery             *self);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_set_partners)
void                  pdz_query_set_partner         (PdzQuery             *self,
                                                     const char           *partner);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_get_projects)
const char *          pdz_query_get_project         (PdzQuery             *self);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_set_projects)
void                  pdz_query_set_project         (PdzQuery             *self,
                                                     const char           *project);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_get_funding_sources)
const char *          pdz_query_get_funding_source  (PdzQuery             *self);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_set_funding_sources)
void                  pdz_query_set_funding_source  (PdzQuery             *self,
                                                     const char           *funding_source);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_get_roles)
PdzRole               pdz_query_get_role            (PdzQuery             *self);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_set_roles)
void                  pdz_query_set_role            (PdzQuery             *self,
                                                     PdzRole               role);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_get_roles)
gboolean              pdz_query_get_role_set        (PdzQuery             *self);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_set_roles)
void                  pdz_query_set_role_set        (PdzQuery             *self,
                                                     gboolean              role_set);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_get_start)
const PdzDate *       pdz_query_get_from            (PdzQuery             *self);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_set_start)
void                  pdz_query_set_from            (PdzQuery             *self,
                                                     const PdzDate        *from);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_get_end)
const PdzDate *       pdz_query_get_to              (PdzQuery             *self);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_set_end)
void                  pdz_query_set_to              (PdzQuery             *self,
                                                     const PdzDate        *to);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_get_origins)
gboolean              pdz_query_get_extra           (PdzQuery             *self);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_set_origins)
void                  pdz_query_set_extra           (PdzQuery             *self,
                                                     gboolean              extra);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_get_origins)
gboolean              pdz_query_get_extra_set       (PdzQuery             *self);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_query_set_origins)
void                  pdz_query_set_extra_set       (PdzQuery             *self,
                                                     gboolean              extra_set);

G_END_DECLS
