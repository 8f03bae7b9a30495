/* pdz-date-private.h: spans of days covered by partial dates, and the
 * dates an office types
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Implemented in pdz-date.c, which orders and compares dates with the
 * spans.
 */

#pragma once

#include "pdz.h"

G_BEGIN_DECLS

/* Spans of partial dates, as Julian day numbers (GDate's). A date denotes
 * every day from its first to its last possible day: "2023" is 1 January
 * to 31 December 2023, "2023-11" is 1 to 30 November. */
#define PDZ_SPAN_MIN ((guint32) 0)
#define PDZ_SPAN_MAX G_MAXUINT32

guint32 _pdz_date_first_julian (const PdzDate *date);
guint32 _pdz_date_last_julian (const PdzDate *date);
/* The Julian day number of a GDate for today in local time. */
guint32 _pdz_julian_today (void);

/* TRUE when the day spans [a_first, a_last] and [b_first, b_last] share a day. */
static inline gboolean
_pdz_span_overlaps (guint32 a_first, guint32 a_last, guint32 b_first, guint32 b_last)
{
  return a_first <= b_last && b_first <= a_last;
}

/* The date of @year, @month (0 for none) and @day (0 for none), or NULL
 * when they make none (out of range, or no such day), without the
 * criticals of pdz_date_new_day() and the others. (transfer full) */
PdzDate *_pdz_date_new_from_parts (int year, int month, int day);
/* A date as an office types it in a spreadsheet: the format's own "2023",
 * "2023-11", "2023-11-24"; "24/11/2023", "24.11.2023", "11/2023"; and
 * "novembre 2023", "November 2023", "24 novembre 2023" (the month names
 * of every catalogue, in any case). Spaces around are ignored; NULL for
 * anything else. (transfer full) (nullable) */
PdzDate *_pdz_date_parse_lenient (const char *text);

/* The moment SOURCE_DATE_EPOCH names (reproducible-builds.org), for every
 * writer that dates what it writes. TRUE with *@moment NULL when it is
 * unset or empty; TRUE with *@moment (transfer full) the moment, in UTC,
 * when it is a number of seconds from 0 to @max; otherwise FALSE with a
 * PDZ_ERROR_INVALID_VALUE that names the variable and the range. */
gboolean _pdz_source_date_epoch (gint64      max,
                                 GDateTime **moment,
                                 GError    **error);

G_END_DECLS
