/* pdz-indicator.h: an outcome or output indicator of an objective
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

#define PDZ_TYPE_INDICATOR (pdz_indicator_get_type ())

PDZ_AVAILABLE_IN_ALL
_PDZ_DECLARE_FINAL_TYPE (PdzIndicator, pdz_indicator, PDZ, INDICATOR, GObject)

PDZ_AVAILABLE_IN_ALL
PdzIndicator *   pdz_indicator_new                    (const char     *id,
                                                       const char     *title);

PDZ_AVAILABLE_IN_ALL
const char *     pdz_indicator_get_id                 (PdzIndicator   *self);
PDZ_AVAILABLE_IN_ALL
void             pdz_indicator_set_id                 (PdzIndicator   *self,
                                                       const char     *id);
PDZ_AVAILABLE_IN_ALL
const char *     pdz_indicator_get_title              (PdzIndicator   *self);
PDZ_AVAILABLE_IN_ALL
void             pdz_indicator_set_title              (PdzIndicator   *self,
                                                       const char     *title);
PDZ_AVAILABLE_IN_ALL
const char *     pdz_indicator_get_unit               (PdzIndicator   *self);
PDZ_AVAILABLE_IN_ALL
void             pdz_indicator_set_unit               (PdzIndicator   *self,
                                                       const char     *unit);
PDZ_AVAILABLE_IN_ALL
PdzMeasurement * pdz_indicator_get_baseline           (PdzIndicator   *self);
PDZ_AVAILABLE_IN_ALL
void             pdz_indicator_set_baseline           (PdzIndicator   *self,
                                                       PdzMeasurement *baseline);
PDZ_AVAILABLE_IN_ALL
PdzMeasurement * pdz_indicator_get_target             (PdzIndicator   *self);
PDZ_AVAILABLE_IN_ALL
void             pdz_indicator_set_target             (PdzIndicator   *self,
                                                       PdzMeasurement *target);

PDZ_AVAILABLE_IN_ALL
GListModel *     pdz_indicator_get_measurements       (PdzIndicator   *self);
PDZ_AVAILABLE_IN_ALL
void             pdz_indicator_add_measurement        (PdzIndicator   *self,
                                                       PdzMeasurement *measurement);
PDZ_AVAILABLE_IN_ALL
gboolean         pdz_indicator_remove_measurement     (PdzIndicator   *self,
                                                       PdzMeasurement *measurement);
PDZ_AVAILABLE_IN_ALL
PdzMeasurement * pdz_indicator_get_latest_measurement (PdzIndicator   *self);
PDZ_AVAILABLE_IN_ALL
PdzObjective *   pdz_indicator_get_objective          (PdzIndicator   *self);

G_END_DECLS
