/* pdz-date.h: a date known to the year, the month or the day
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <glib-object.h>

#include "pdz-enums.h"
#include "pdz-types.h"
#include "pdz-version-macros.h"

G_BEGIN_DECLS

#define PDZ_TYPE_DATE (pdz_date_get_type ())

PDZ_AVAILABLE_IN_ALL
GType            pdz_date_get_type        (void) G_GNUC_CONST;

PDZ_AVAILABLE_IN_ALL
PdzDate *        pdz_date_new_year        (int            year);
PDZ_AVAILABLE_IN_ALL
PdzDate *        pdz_date_new_month       (int            year,
                                           int            month);
PDZ_AVAILABLE_IN_ALL
PdzDate *        pdz_date_new_day         (int            year,
                                           int            month,
                                           int            day);
PDZ_AVAILABLE_IN_ALL
PdzDate *        pdz_date_new_from_string (const char    *text,
                                           GError       **error);

PDZ_AVAILABLE_IN_ALL
PdzDate *        pdz_date_copy            (const PdzDate *date);
PDZ_AVAILABLE_IN_ALL
void             pdz_date_free            (PdzDate       *date);

PDZ_AVAILABLE_IN_ALL
PdzDatePrecision pdz_date_get_precision   (const PdzDate *date);
PDZ_AVAILABLE_IN_ALL
int              pdz_date_get_year        (const PdzDate *date);
PDZ_AVAILABLE_IN_ALL
int              pdz_date_get_month       (const PdzDate *date);
PDZ_AVAILABLE_IN_ALL
int              pdz_date_get_day         (const PdzDate *date);

PDZ_AVAILABLE_IN_ALL
char *           pdz_date_to_string       (const PdzDate *date);
PDZ_AVAILABLE_IN_ALL
char *           pdz_date_format          (const PdzDate *date,
                                           const char    *language);

PDZ_AVAILABLE_IN_ALL
int              pdz_date_compare         (const PdzDate *a,
                                           const PdzDate *b);
PDZ_AVAILABLE_IN_ALL
gboolean         pdz_date_equal           (const PdzDate *a,
                                           const PdzDate *b);
PDZ_AVAILABLE_IN_ALL
guint            pdz_date_hash            (const PdzDate *date);

PDZ_AVAILABLE_IN_0_2
GDate *          pdz_date_dup_first_day   (const PdzDate *date);
PDZ_AVAILABLE_IN_0_2
GDate *          pdz_date_dup_last_day    (const PdzDate *date);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_date_dup_first_day)
GDate *          pdz_date_get_first_day   (const PdzDate *date);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_date_dup_last_day)
GDate *          pdz_date_get_last_day    (const PdzDate *date);
PDZ_AVAILABLE_IN_ALL
gboolean         pdz_date_overlaps        (const PdzDate *a,
                                           const PdzDate *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdzDate, pdz_date_free)

G_END_DECLS
