/* pdz-stats-row.h: one row of a statistics table
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <glib-object.h>

#include "pdz-types.h"
#include "pdz-version-macros.h"

G_BEGIN_DECLS

#define PDZ_TYPE_STATS_ROW (pdz_stats_row_get_type ())

PDZ_AVAILABLE_IN_ALL
_PDZ_DECLARE_FINAL_TYPE (PdzStatsRow, pdz_stats_row, PDZ, STATS_ROW, GObject)

PDZ_AVAILABLE_IN_ALL
const char *         pdz_stats_row_get_key     (PdzStatsRow *self);
PDZ_AVAILABLE_IN_ALL
const char * const * pdz_stats_row_get_columns (PdzStatsRow *self);
PDZ_AVAILABLE_IN_ALL
gboolean             pdz_stats_row_has_column  (PdzStatsRow *self,
                                                const char  *column);
PDZ_AVAILABLE_IN_0_2
gboolean             pdz_stats_row_is_null     (PdzStatsRow *self,
                                                const char  *column);
PDZ_AVAILABLE_IN_ALL
gboolean             pdz_stats_row_get_value   (PdzStatsRow *self,
                                                const char  *column,
                                                GValue      *value);
PDZ_AVAILABLE_IN_ALL
gint64               pdz_stats_row_get_int     (PdzStatsRow *self,
                                                const char  *column);
PDZ_AVAILABLE_IN_ALL
double               pdz_stats_row_get_double  (PdzStatsRow *self,
                                                const char  *column);
PDZ_AVAILABLE_IN_ALL
const char *         pdz_stats_row_get_string  (PdzStatsRow *self,
                                                const char  *column);

G_END_DECLS
