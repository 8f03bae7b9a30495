/* pdz-measurement.h: a dated value of an indicator
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

#define PDZ_TYPE_MEASUREMENT (pdz_measurement_get_type ())

PDZ_AVAILABLE_IN_ALL
_PDZ_DECLARE_FINAL_TYPE (PdzMeasurement, pdz_measurement, PDZ, MEASUREMENT, GObject)

PDZ_AVAILABLE_IN_ALL
PdzMeasurement * pdz_measurement_new       (const PdzDate  *date,
                                            double          value);

PDZ_AVAILABLE_IN_ALL
const PdzDate *  pdz_measurement_get_date  (PdzMeasurement *self);
PDZ_AVAILABLE_IN_ALL
void             pdz_measurement_set_date  (PdzMeasurement *self,
                                            const PdzDate  *date);
PDZ_AVAILABLE_IN_ALL
double           pdz_measurement_get_value (PdzMeasurement *self);
PDZ_AVAILABLE_IN_ALL
void             pdz_measurement_set_value (PdzMeasurement *self,
                                            double          value);
PDZ_AVAILABLE_IN_ALL
const char *     pdz_measurement_get_note  (PdzMeasurement *self);
PDZ_AVAILABLE_IN_ALL
void             pdz_measurement_set_note  (PdzMeasurement *self,
                                            const char     *note);

G_END_DECLS
