/* pdz-format.h: amounts, counts, labels and texts in a language, and tables as CSV
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <glib-object.h>

#include "pdz-report.h"
#include "pdz-stats-table.h"
#include "pdz-version-macros.h"

G_BEGIN_DECLS

PDZ_AVAILABLE_IN_0_2
char *       pdz_format_amount       (gint64              cents,
                                      const char         *language);
PDZ_AVAILABLE_IN_0_2
char *       pdz_format_count        (guint64             n,
                                      const char         *language);
PDZ_AVAILABLE_IN_0_2
char *       pdz_format_completed_of (guint               completed,
                                      guint               total,
                                      const char         *language);
PDZ_AVAILABLE_IN_0_2
const char * pdz_format_get_text     (const char         *key,
                                      const char         *language);
PDZ_AVAILABLE_IN_0_2
const char * pdz_enum_get_label      (GType               enum_type,
                                      int                 value,
                                      const char         *language);

PDZ_AVAILABLE_IN_0_2
char *       pdz_stats_table_to_csv  (PdzStatsTable      *self,
                                      PdzReportCsvDialect dialect);

G_END_DECLS
