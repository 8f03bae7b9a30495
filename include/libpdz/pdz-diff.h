/* pdz-diff.h: what changed between two monitoring rounds of a plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <gio/gio.h>

#include "pdz-change.h"
#include "pdz-date.h"
#include "pdz-enums.h"
#include "pdz-stats-table.h"
#include "pdz-types.h"
#include "pdz-version-macros.h"

G_BEGIN_DECLS

/**
 * PDZ_DIFF_FORMAT_VERSION:
 *
 * The version of the JSON diff format (`"format": "pdz-diff"`) that this
 * libpdz writes and reads.
 *
 * Since: 0.2
 */
#define PDZ_DIFF_FORMAT_VERSION 1

/**
 * PdzDiffFlags:
 * @PDZ_DIFF_FLAGS_NONE: compare two rounds of one plan only
 * @PDZ_DIFF_FLAGS_FORCE: compare two plans whatever their ids (`pdz diff
 *   --force`)
 *
 * How [ctor@Pdz.Diff.new_from_plans] compares two plans.
 *
 * Since: 0.2
 */
typedef enum /*< flags >*/ {
  PDZ_DIFF_FLAGS_NONE = 0,
  PDZ_DIFF_FLAGS_FORCE = 1 << 0,
} PdzDiffFlags;

#define PDZ_TYPE_DIFF (pdz_diff_get_type ())

PDZ_AVAILABLE_IN_0_2
G_DECLARE_FINAL_TYPE (PdzDiff, pdz_diff, PDZ, DIFF, GObject)

PDZ_AVAILABLE_IN_0_2
PdzDiff *       pdz_plan_diff                         (PdzPlan      *old_plan,
                                                       PdzPlan      *new_plan);
PDZ_AVAILABLE_IN_0_2
PdzDiff *       pdz_diff_new_from_plans               (PdzPlan      *old_plan,
                                                       PdzPlan      *new_plan,
                                                       PdzDiffFlags  flags,
                                                       GError      **error);
PDZ_AVAILABLE_IN_0_2
PdzDiff *       pdz_diff_new_from_data                (const char   *data,
                                                       gssize        length,
                                                       GError      **error);
PDZ_AVAILABLE_IN_0_2
PdzDiff *       pdz_diff_new_from_bytes               (GBytes       *bytes,
                                                       GError      **error);
PDZ_AVAILABLE_IN_0_2
PdzDiff *       pdz_diff_load                         (GFile        *file,
                                                       GCancellable *cancellable,
                                                       GError      **error);
PDZ_AVAILABLE_IN_0_2
PdzDiff *       pdz_diff_load_path                    (const char   *path,
                                                       GCancellable *cancellable,
                                                       GError      **error);
PDZ_AVAILABLE_IN_0_2
char *          pdz_diff_to_data                      (PdzDiff      *self,
                                                       gsize        *length);
PDZ_AVAILABLE_IN_0_2
gboolean        pdz_diff_save                         (PdzDiff      *self,
                                                       GFile        *file,
                                                       PdzSaveFlags  flags,
                                                       GCancellable *cancellable,
                                                       GError      **error);
PDZ_AVAILABLE_IN_0_2
gboolean        pdz_diff_save_path                    (PdzDiff      *self,
                                                       const char   *path,
                                                       PdzSaveFlags  flags,
                                                       GCancellable *cancellable,
                                                       GError      **error);
PDZ_AVAILABLE_IN_0_2
gboolean        pdz_diff_apply                        (PdzDiff      *self,
                                                       PdzPlan      *plan,
                                                       GError      **error);

PDZ_AVAILABLE_IN_0_2
GListModel *    pdz_diff_get_changes                  (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
gboolean        pdz_diff_is_empty                     (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
GListModel *    pdz_diff_dup_entity_changes           (PdzDiff      *self,
                                                       PdzEntityKind kind,
                                                       const char   *id);
PDZ_AVAILABLE_IN_0_2
const char *    pdz_diff_get_language                 (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
gboolean        pdz_diff_get_same_plan                (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
const char *    pdz_diff_get_old_id                   (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
const char *    pdz_diff_get_new_id                   (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
const char *    pdz_diff_get_old_title                (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
const char *    pdz_diff_get_new_title                (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
const char *    pdz_diff_get_old_round_title          (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
const char *    pdz_diff_get_new_round_title          (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
const PdzDate * pdz_diff_get_old_round_start          (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
const PdzDate * pdz_diff_get_old_round_end            (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
const PdzDate * pdz_diff_get_new_round_start          (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
const PdzDate * pdz_diff_get_new_round_end            (PdzDiff      *self);

PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_diff_dup_counts                   (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_diff_dup_transitions              (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_diff_dup_transitions_by_macroarea (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_diff_dup_transitions_by_objective (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_diff_dup_actions                  (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_diff_dup_extra_actions            (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_diff_dup_objectives               (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_diff_dup_projects                 (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_diff_dup_partners                 (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_diff_dup_partners_by_role         (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_diff_dup_fundings_by_source       (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_diff_dup_fundings_by_status       (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_diff_dup_measurements             (PdzDiff      *self);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_diff_dup_table                    (PdzDiff      *self,
                                                       const char   *name);

G_END_DECLS
