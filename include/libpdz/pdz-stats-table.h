/* pdz-stats-table.h: a table of figures computed by PdzStats
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <gio/gio.h>

#include "pdz-stats-row.h"
#include "pdz-types.h"
#include "pdz-version-macros.h"

G_BEGIN_DECLS

#define PDZ_TYPE_STATS_TABLE (pdz_stats_table_get_type ())

PDZ_AVAILABLE_IN_ALL
_PDZ_DECLARE_FINAL_TYPE (PdzStatsTable, pdz_stats_table, PDZ, STATS_TABLE, GObject)

PDZ_AVAILABLE_IN_ALL
const char *         pdz_stats_table_get_name        (PdzStatsTable      *self);
PDZ_AVAILABLE_IN_ALL
const char * const * pdz_stats_table_get_columns     (PdzStatsTable      *self);
PDZ_AVAILABLE_IN_ALL
GType                pdz_stats_table_get_column_type (PdzStatsTable      *self,
                                                      const char         *column);
PDZ_AVAILABLE_IN_ALL
PdzStatsRow *        pdz_stats_table_lookup_row      (PdzStatsTable      *self,
                                                      const char         *key);
PDZ_AVAILABLE_IN_0_2
char *               pdz_stats_table_to_json         (PdzStatsTable      *self);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable *      pdz_stats_table_dup_rows        (PdzStatsTable      *self,
                                                      const char * const *keys);

G_END_DECLS
