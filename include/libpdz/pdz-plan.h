/* pdz-plan.h: a Piano di Zona and its monitoring round
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
 * PDZ_FORMAT_VERSION:
 *
 * The version of the JSON plan format that this libpdz writes. It reads
 * this version and every earlier one down to %PDZ_FORMAT_VERSION_MIN, each
 * with its own meaning (see the migration section of the format
 * reference).
 */
#define PDZ_FORMAT_VERSION 2

/**
 * PDZ_FORMAT_VERSION_MIN:
 *
 * The oldest version of the JSON plan format that this libpdz reads.
 *
 * Since: 0.2
 */
#define PDZ_FORMAT_VERSION_MIN 1

#define PDZ_TYPE_PLAN (pdz_plan_get_type ())

PDZ_AVAILABLE_IN_ALL
_PDZ_DECLARE_FINAL_TYPE (PdzPlan, pdz_plan, PDZ, PLAN, GObject)

PDZ_AVAILABLE_IN_ALL
PdzPlan *       pdz_plan_new                   (void);
PDZ_AVAILABLE_IN_0_2
PdzPlan *       pdz_plan_load                  (GFile              *file,
                                                GCancellable       *cancellable,
                                                GError            **error);
PDZ_AVAILABLE_IN_0_2
PdzPlan *       pdz_plan_load_path             (const char         *path,
                                                GCancellable       *cancellable,
                                                GError            **error);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_plan_load_path)
PdzPlan *       pdz_plan_new_from_file         (const char         *path,
                                                GError            **error);
PDZ_AVAILABLE_IN_ALL
PdzPlan *       pdz_plan_new_from_data         (const char         *data,
                                                gssize              length,
                                                GError            **error);
PDZ_AVAILABLE_IN_ALL
PdzPlan *       pdz_plan_new_from_bytes        (GBytes             *bytes,
                                                GError            **error);

PDZ_AVAILABLE_IN_ALL
void            pdz_plan_load_async            (GFile              *file,
                                                GCancellable       *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer            user_data);
PDZ_AVAILABLE_IN_ALL
PdzPlan *       pdz_plan_load_finish           (GAsyncResult       *result,
                                                GError            **error);

PDZ_AVAILABLE_IN_0_2
gboolean        pdz_plan_save                  (PdzPlan            *self,
                                                GFile              *file,
                                                PdzSaveFlags        flags,
                                                GCancellable       *cancellable,
                                                GError            **error);
PDZ_AVAILABLE_IN_0_2
gboolean        pdz_plan_save_path             (PdzPlan            *self,
                                                const char         *path,
                                                PdzSaveFlags        flags,
                                                GCancellable       *cancellable,
                                                GError            **error);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_plan_save_path)
gboolean        pdz_plan_save_to_file          (PdzPlan            *self,
                                                const char         *path,
                                                GError            **error);
PDZ_AVAILABLE_IN_ALL
char *          pdz_plan_to_data               (PdzPlan            *self,
                                                gsize              *length);
PDZ_AVAILABLE_IN_ALL
GBytes *        pdz_plan_to_bytes              (PdzPlan            *self);
PDZ_AVAILABLE_IN_0_2
char *          pdz_entity_to_data             (GObject            *entity,
                                                gsize              *length);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_plan_dup_table             (PdzPlan            *self,
                                                PdzEntityKind       kind);
PDZ_AVAILABLE_IN_ALL
gboolean        pdz_plan_validate              (PdzPlan            *self,
                                                GError            **error);

PDZ_AVAILABLE_IN_ALL
const char *    pdz_plan_get_id                (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
void            pdz_plan_set_id                (PdzPlan            *self,
                                                const char         *id);
PDZ_AVAILABLE_IN_ALL
const char *    pdz_plan_get_title             (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
void            pdz_plan_set_title             (PdzPlan            *self,
                                                const char         *title);
PDZ_AVAILABLE_IN_0_2
const char *    pdz_plan_get_description       (PdzPlan            *self);
PDZ_AVAILABLE_IN_0_2
void            pdz_plan_set_description       (PdzPlan            *self,
                                                const char         *description);
PDZ_AVAILABLE_IN_0_2
gboolean        pdz_plan_get_modified          (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
const char *    pdz_plan_get_ambito            (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
void            pdz_plan_set_ambito            (PdzPlan            *self,
                                                const char         *ambito);
PDZ_AVAILABLE_IN_ALL
const char *    pdz_plan_get_language          (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
void            pdz_plan_set_language          (PdzPlan            *self,
                                                const char         *language);
PDZ_AVAILABLE_IN_ALL
const PdzDate * pdz_plan_get_start             (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
void            pdz_plan_set_start             (PdzPlan            *self,
                                                const PdzDate      *start);
PDZ_AVAILABLE_IN_ALL
const PdzDate * pdz_plan_get_end               (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
void            pdz_plan_set_end               (PdzPlan            *self,
                                                const PdzDate      *end);
PDZ_AVAILABLE_IN_ALL
PdzPartner *    pdz_plan_get_lead_municipality (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
void            pdz_plan_set_lead_municipality (PdzPlan            *self,
                                                PdzPartner         *lead_municipality);
PDZ_AVAILABLE_IN_ALL
const char *    pdz_plan_get_office            (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
void            pdz_plan_set_office            (PdzPlan            *self,
                                                const char         *office);
PDZ_AVAILABLE_IN_ALL
const char *    pdz_plan_get_email             (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
void            pdz_plan_set_email             (PdzPlan            *self,
                                                const char         *email);
PDZ_AVAILABLE_IN_ALL
const char *    pdz_plan_get_phone             (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
void            pdz_plan_set_phone             (PdzPlan            *self,
                                                const char         *phone);
PDZ_AVAILABLE_IN_ALL
const char *    pdz_plan_get_website           (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
void            pdz_plan_set_website           (PdzPlan            *self,
                                                const char         *website);
PDZ_AVAILABLE_IN_ALL
const char *    pdz_plan_get_monitoring_title  (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
void            pdz_plan_set_monitoring_title  (PdzPlan            *self,
                                                const char         *monitoring_title);
PDZ_AVAILABLE_IN_ALL
const PdzDate * pdz_plan_get_monitoring_start  (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
void            pdz_plan_set_monitoring_start  (PdzPlan            *self,
                                                const PdzDate      *monitoring_start);
PDZ_AVAILABLE_IN_ALL
const PdzDate * pdz_plan_get_monitoring_end    (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
void            pdz_plan_set_monitoring_end    (PdzPlan            *self,
                                                const PdzDate      *monitoring_end);

PDZ_AVAILABLE_IN_ALL
GListModel *    pdz_plan_get_macroareas        (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
gboolean        pdz_plan_add_macroarea         (PdzPlan            *self,
                                                PdzMacroarea       *macroarea,
                                                GError            **error);
PDZ_AVAILABLE_IN_ALL
gboolean        pdz_plan_remove_macroarea      (PdzPlan            *self,
                                                PdzMacroarea       *macroarea,
                                                GError            **error);
PDZ_AVAILABLE_IN_ALL
PdzMacroarea *  pdz_plan_lookup_macroarea      (PdzPlan            *self,
                                                const char         *id);

PDZ_AVAILABLE_IN_ALL
GListModel *    pdz_plan_get_objectives        (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
gboolean        pdz_plan_add_objective         (PdzPlan            *self,
                                                PdzObjective       *objective,
                                                GError            **error);
PDZ_AVAILABLE_IN_ALL
gboolean        pdz_plan_remove_objective      (PdzPlan            *self,
                                                PdzObjective       *objective,
                                                GError            **error);
PDZ_AVAILABLE_IN_ALL
PdzObjective *  pdz_plan_lookup_objective      (PdzPlan            *self,
                                                const char         *id);

PDZ_AVAILABLE_IN_ALL
GListModel *    pdz_plan_get_projects          (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
gboolean        pdz_plan_add_project           (PdzPlan            *self,
                                                PdzProject         *project,
                                                GError            **error);
PDZ_AVAILABLE_IN_ALL
gboolean        pdz_plan_remove_project        (PdzPlan            *self,
                                                PdzProject         *project,
                                                GError            **error);
PDZ_AVAILABLE_IN_ALL
PdzProject *    pdz_plan_lookup_project        (PdzPlan            *self,
                                                const char         *id);

PDZ_AVAILABLE_IN_ALL
GListModel *    pdz_plan_get_partners          (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
gboolean        pdz_plan_add_partner           (PdzPlan            *self,
                                                PdzPartner         *partner,
                                                GError            **error);
PDZ_AVAILABLE_IN_ALL
gboolean        pdz_plan_remove_partner        (PdzPlan            *self,
                                                PdzPartner         *partner,
                                                GError            **error);
PDZ_AVAILABLE_IN_ALL
PdzPartner *    pdz_plan_lookup_partner        (PdzPlan            *self,
                                                const char         *id);

PDZ_AVAILABLE_IN_ALL
GListModel *    pdz_plan_get_municipalities    (PdzPlan            *self);
PDZ_AVAILABLE_IN_ALL
gboolean        pdz_plan_add_municipality      (PdzPlan            *self,
                                                PdzPartner         *partner,
                                                GError            **error);
PDZ_AVAILABLE_IN_ALL
gboolean        pdz_plan_remove_municipality   (PdzPlan            *self,
                                                PdzPartner         *partner,
                                                GError            **error);

PDZ_AVAILABLE_IN_ALL
PdzAction *     pdz_plan_lookup_action         (PdzPlan            *self,
                                                const char         *id);
PDZ_AVAILABLE_IN_ALL
PdzIndicator *  pdz_plan_lookup_indicator      (PdzPlan            *self,
                                                const char         *id);
PDZ_AVAILABLE_IN_ALL
char *          pdz_plan_dup_pointer           (PdzPlan            *self,
                                                GObject            *entity);

G_END_DECLS
