/* pdz-date.c: a date known to the year, the month or the day
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-catalog-private.h"
#include "pdz-date-private.h"
#include "pdz-text-private.h"
#include "pdz-util-private.h"

#include <string.h>

/**
 * PdzDate:
 *
 * A calendar date known only as precisely as the plan states it.
 *
 * Monitoring reports date what was done at whatever precision the office
 * knew: "entro la fine del 2022" is a year, "novembre 2023" a month,
 * "24/01/2023" a day. A `PdzDate` keeps exactly that: a year, optionally a
 * month, optionally a day, and its [enum@Pdz.DatePrecision], which says which
 * of those parts are known. It never invents the missing parts: a date of
 * precision %PDZ_DATE_PRECISION_MONTH has no day, and
 * [method@Pdz.Date.get_day] returns 0 for it.
 *
 * A date stands for the whole span of days it covers: "2023" covers
 * 1 January to 31 December 2023, "2024-02" covers 1 to 29 February 2024
 * (see [method@Pdz.Date.get_first_day], [method@Pdz.Date.get_last_day] and
 * [method@Pdz.Date.overlaps]). Dates are ordered by the first day of their
 * span, and a coarser date comes before a finer one that starts on the same
 * day: `2023` < `2023-01` < `2023-01-01` < `2023-01-02`
 * (see [method@Pdz.Date.compare]).
 *
 * The text form, read by [ctor@Pdz.Date.new_from_string] and written by
 * [method@Pdz.Date.to_string], is the one of the plan file format: `YYYY`,
 * `YYYY-MM` or `YYYY-MM-DD`. [method@Pdz.Date.format] prints a date for
 * people, in Italian or in English.
 *
 * Only years from 1000 to 9999 are represented. A `PdzDate` is immutable:
 * copy it with [method@Pdz.Date.copy] and free it with
 * [method@Pdz.Date.free].
 */
struct _PdzDate
{
  int year;                   /* 1000..9999 */
  int month;                  /* 1..12, or 0 at year precision */
  int day;                    /* 1..31, or 0 unless at day precision */
  PdzDatePrecision precision;
};

G_DEFINE_BOXED_TYPE (PdzDate, pdz_date, pdz_date_copy, pdz_date_free)

#define MIN_YEAR 1000
#define MAX_YEAR 9999

static PdzDate *
date_new (int              year,
          int              month,
          int              day,
          PdzDatePrecision precision)
{
  PdzDate *date = g_new0 (PdzDate, 1);

  date->year = year;
  date->month = month;
  date->day = day;
  date->precision = precision;
  return date;
}

static gboolean
valid_day (int year,
           int month,
           int day)
{
  /* GDateDay and GDateMonth are narrow types: check the ranges first so
   * that a large int never wraps into a valid value. */
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 ||
      day < 1 || day > 31)
    return FALSE;

  return g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/**
 * pdz_date_new_year:
 * @year: the year, from 1000 to 9999
 *
 * Creates a date known only to the year, such as "2022".
 *
 * A @year out of range is a programmer error: it is reported with a
 * critical warning and %NULL is returned. To read a date that comes from
 * the user or a file, use [ctor@Pdz.Date.new_from_string].
 *
 * Returns: (transfer full): a new date of precision
 *   %PDZ_DATE_PRECISION_YEAR
 */
PdzDate *
pdz_date_new_year (int year)
{
  g_return_val_if_fail (year >= MIN_YEAR && year <= MAX_YEAR, NULL);

  return date_new (year, 0, 0, PDZ_DATE_PRECISION_YEAR);
}

/**
 * pdz_date_new_month:
 * @year: the year, from 1000 to 9999
 * @month: the month, from 1 (January) to 12 (December)
 *
 * Creates a date known to the month, such as "November 2023".
 *
 * A @year or @month out of range is a programmer error: it is reported
 * with a critical warning and %NULL is returned.
 *
 * Returns: (transfer full): a new date of precision
 *   %PDZ_DATE_PRECISION_MONTH
 */
PdzDate *
pdz_date_new_month (int year,
                    int month)
{
  g_return_val_if_fail (year >= MIN_YEAR && year <= MAX_YEAR, NULL);
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  return date_new (year, month, 0, PDZ_DATE_PRECISION_MONTH);
}

/**
 * pdz_date_new_day:
 * @year: the year, from 1000 to 9999
 * @month: the month, from 1 (January) to 12 (December)
 * @day: the day of the month, from 1
 *
 * Creates a date known to the day, such as "24 January 2023".
 *
 * The three numbers must make a real calendar date (29 February only in
 * a leap year); anything else is a programmer error, reported with a
 * critical warning, and %NULL is returned.
 *
 * Returns: (transfer full): a new date of precision
 *   %PDZ_DATE_PRECISION_DAY
 */
PdzDate *
pdz_date_new_day (int year,
                  int month,
                  int day)
{
  g_return_val_if_fail (valid_day (year, month, day), NULL);

  return date_new (year, month, day, PDZ_DATE_PRECISION_DAY);
}


static gboolean
all_digits (const char *text,
            gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (text[i] < '0' || text[i] > '9')
      return FALSE;
  return TRUE;
}

static int
parse_digits (const char *text,
              gsize       n)
{
  int value = 0;

  /* n is at most 4: no overflow. */
  for (gsize i = 0; i < n; i++)
    value = value * 10 + (text[i] - '0');
  return value;
}

/**
 * pdz_date_new_from_string:
 * @text: the text of the date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * @error: return location for a #GError
 *
 * Reads a date in the spelling of the plan file format. The parser is
 * strict: the text must be exactly four digits for the year (1000 to
 * 9999), optionally followed by a dash and two digits for the month,
 * optionally followed by a dash and two digits for the day, and must name
 * a real calendar date. No spaces, signs or other characters are allowed.
 * The number of parts given is the precision of the date.
 *
 * On failure, @error is set to %PDZ_ERROR_INVALID_VALUE with a message
 * that quotes the text and says what was expected, such as
 * `invalid date "2023-13": the month must be between 01 and 12`.
 *
 * Returns: (transfer full): the date, or %NULL with @error set
 */
PdzDate *
pdz_date_new_from_string (const char  *text,
                          GError     **error)
{
  gsize len;
  int year, month = 0, day = 0;
  PdzDatePrecision precision;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The input may be arbitrarily long: look at no more than eleven bytes,
   * anything past ten is malformed anyway. */
  for (len = 0; len < 11 && text[len] != '\0'; len++)
    ;

  if (len == 4 && all_digits (text, 4))
    precision = PDZ_DATE_PRECISION_YEAR;
  else if (len == 7 && all_digits (text, 4) && text[4] == '-' &&
           all_digits (text + 5, 2))
    precision = PDZ_DATE_PRECISION_MONTH;
  else if (len == 10 && all_digits (text, 4) && text[4] == '-' &&
           all_digits (text + 5, 2) && text[7] == '-' &&
           all_digits (text + 8, 2))
    precision = PDZ_DATE_PRECISION_DAY;
  else
    {
      g_autofree char *quoted = _pdz_text_quote (text, -1, 0, PDZ_QUOTE_JSON);

      g_set_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                   "invalid date \"%s\": expected YYYY, YYYY-MM or YYYY-MM-DD",
                   quoted);
      return NULL;
    }

  year = parse_digits (text, 4);
  if (year < MIN_YEAR)
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                   "invalid date \"%s\": the year must be between %d and %d",
                   text, MIN_YEAR, MAX_YEAR);
      return NULL;
    }

  if (precision >= PDZ_DATE_PRECISION_MONTH)
    {
      month = parse_digits (text + 5, 2);
      if (month < 1 || month > 12)
        {
          g_set_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                       "invalid date \"%s\": the month must be between 01 and 12",
                       text);
          return NULL;
        }
    }

  if (precision == PDZ_DATE_PRECISION_DAY)
    {
      day = parse_digits (text + 8, 2);
      if (day < 1 || day > 31)
        {
          g_set_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                       "invalid date \"%s\": the day must be between 01 and 31",
                       text);
          return NULL;
        }
      if (!valid_day (year, month, day))
        {
          g_set_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                       "invalid date \"%s\": %s %d has no day %d",
                       text, _pdz_catalog_text (&_pdz_catalog_en, PDZ_MSG_MONTH_1 + month - 1), year, day);
          return NULL;
        }
    }

  return date_new (year, month, day, precision);
}

/* ----------------------------------------------------------------------
 * The dates an office types (pdz-date-private.h)
 * ---------------------------------------------------------------------- */

PdzDate *
_pdz_date_new_from_parts (int year,
                          int month,
                          int day)
{
  if (year < MIN_YEAR || year > MAX_YEAR || month < 0 || month > 12 || day < 0 || day > 31)
    return NULL;
  if (day > 0)
    return valid_day (year, month, day) ? date_new (year, month, day, PDZ_DATE_PRECISION_DAY) : NULL;
  if (month > 0)
    return date_new (year, month, 0, PDZ_DATE_PRECISION_MONTH);
  return date_new (year, 0, 0, PDZ_DATE_PRECISION_YEAR);
}

/* The month named @word in any language of libpdz, as pdz_date_format()
 * writes it (the catalogues' names), in any case; 0 for none */
static int
month_of_name (const char *word)
{
  g_autofree char *folded = g_utf8_casefold (word, -1);
  const PdzCatalog * const *cats = _pdz_catalog_list ();

  for (guint c = 0; cats[c] != NULL; c++)
    for (int i = 0; i < 12; i++)
      {
        g_autofree char *name = g_utf8_casefold (_pdz_catalog_text (cats[c], PDZ_MSG_MONTH_1 + i), -1);

        if (strcmp (folded, name) == 0)
          return i + 1;
      }
  return 0;
}

/* @word, all of it, as a number of @min_digits to @max_digits (at most 4)
 * digits */
static gboolean
parse_number (const char *word,
              gsize       min_digits,
              gsize       max_digits,
              int        *value)
{
  gsize len = strlen (word);

  if (len < min_digits || len > max_digits || !all_digits (word, len))
    return FALSE;
  *value = parse_digits (word, len);
  return TRUE;
}

PdzDate *
_pdz_date_parse_lenient (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  guint n;
  int y = 0, m = 0, d = 0;

  if (*stripped == '\0' || strlen (stripped) > 64)
    return NULL;

  /* The format's own: 2023, 2023-11, 2023-11-24. */
  if (g_ascii_isdigit (stripped[0]) && strlen (stripped) >= 4 &&
      (stripped[4] == '\0' || stripped[4] == '-'))
    return pdz_date_new_from_string (stripped, NULL);

  /* 24/11/2023, 24.11.2023, 11/2023 */
  if (strchr (stripped, '/') != NULL || strchr (stripped, '.') != NULL)
    {
      words = g_strsplit_set (stripped, "/.", -1);
      n = g_strv_length (words);
      if (n == 3 && parse_number (words[0], 1, 2, &d) && parse_number (words[1], 1, 2, &m) &&
          parse_number (words[2], 4, 4, &y) && d >= 1 && m >= 1)
        return _pdz_date_new_from_parts (y, m, d);
      if (n == 2 && parse_number (words[0], 1, 2, &m) && parse_number (words[1], 4, 4, &y) && m >= 1)
        return _pdz_date_new_from_parts (y, m, 0);
      return NULL;
    }

  /* novembre 2023, 24 novembre 2023, November 2023 */
  words = g_strsplit_set (stripped, " \t", -1);
  kept = g_ptr_array_new ();
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_ptr_array_add (kept, words[i]);
  n = kept->len;
  if (n == 2 && (m = month_of_name (kept->pdata[0])) > 0 && parse_number (kept->pdata[1], 4, 4, &y))
    return _pdz_date_new_from_parts (y, m, 0);
  if (n == 3 && parse_number (kept->pdata[0], 1, 2, &d) && d >= 1 &&
      (m = month_of_name (kept->pdata[1])) > 0 && parse_number (kept->pdata[2], 4, 4, &y))
    return _pdz_date_new_from_parts (y, m, d);
  return NULL;
}

/**
 * pdz_date_copy:
 * @date: a date
 *
 * Copies @date.
 *
 * Returns: (transfer full): a new date equal to @date
 */
PdzDate *
pdz_date_copy (const PdzDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  return g_memdup2 (date, sizeof *date);
}

/**
 * pdz_date_free:
 * @date: (nullable): a date
 *
 * Frees @date. Does nothing if @date is %NULL.
 */
void
pdz_date_free (PdzDate *date)
{
  g_free (date);
}

/**
 * pdz_date_get_precision:
 * @date: a date
 *
 * Gets which parts of @date are known.
 *
 * Returns: the precision of @date
 */
PdzDatePrecision
pdz_date_get_precision (const PdzDate *date)
{
  g_return_val_if_fail (date != NULL, PDZ_DATE_PRECISION_YEAR);

  return date->precision;
}

/**
 * pdz_date_get_year:
 * @date: a date
 *
 * Gets the year of @date, which is always known.
 *
 * Returns: the year, from 1000 to 9999
 */
int
pdz_date_get_year (const PdzDate *date)
{
  g_return_val_if_fail (date != NULL, 0);

  return date->year;
}

/**
 * pdz_date_get_month:
 * @date: a date
 *
 * Gets the month of @date.
 *
 * Returns: the month, from 1 to 12, or 0 if @date is known only to the year
 */
int
pdz_date_get_month (const PdzDate *date)
{
  g_return_val_if_fail (date != NULL, 0);

  return date->month;
}

/**
 * pdz_date_get_day:
 * @date: a date
 *
 * Gets the day of the month of @date.
 *
 * Returns: the day, from 1 to 31, or 0 if @date is not known to the day
 */
int
pdz_date_get_day (const PdzDate *date)
{
  g_return_val_if_fail (date != NULL, 0);

  return date->day;
}

/**
 * pdz_date_to_string:
 * @date: a date
 *
 * Writes @date in the spelling of the plan file format: `YYYY`, `YYYY-MM`
 * or `YYYY-MM-DD`, according to its precision. The result reads back to an
 * equal date with [ctor@Pdz.Date.new_from_string].
 *
 * Returns: (transfer full): the text of @date
 */
char *
pdz_date_to_string (const PdzDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  switch (date->precision)
    {
    case PDZ_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%04d", date->year);
    case PDZ_DATE_PRECISION_MONTH:
      return g_strdup_printf ("%04d-%02d", date->year, date->month);
    case PDZ_DATE_PRECISION_DAY:
    default:
      return g_strdup_printf ("%04d-%02d-%02d", date->year, date->month, date->day);
    }
}

/* Declared with the other setters in pdz-util-private.h, defined here:
 * pdz-util.c then calls nothing of the dates. */
gboolean
_pdz_set_date (PdzDate **field,
               const PdzDate *value)
{
  if (*field == NULL && value == NULL)
    return FALSE;
  if (*field != NULL && value != NULL && pdz_date_equal (*field, value))
    return FALSE;

  g_clear_pointer (field, pdz_date_free);
  if (value != NULL)
    *field = pdz_date_copy (value);
  return TRUE;
}

/* Declared in pdz-catalog-private.h, defined here: the dates call the
 * catalogue, and the catalogue nothing of the dates. */
char *
_pdz_catalog_format_date (const PdzCatalog *cat,
                          const PdzDate    *date)
{
  int month = pdz_date_get_month (date);
  const char *name = month >= 1 && month <= 12 ? _pdz_catalog_text (cat, PDZ_MSG_MONTH_1 + month - 1) : "";

  switch (pdz_date_get_precision (date))
    {
    case PDZ_DATE_PRECISION_YEAR:
      return g_strdup_printf ("%d", pdz_date_get_year (date));
    case PDZ_DATE_PRECISION_MONTH:
      return _pdz_catalog_printf (cat, PDZ_MSG_DATE_MONTH, name, pdz_date_get_year (date));
    case PDZ_DATE_PRECISION_DAY:
    default:
      return _pdz_catalog_printf (cat, PDZ_MSG_DATE_DAY, pdz_date_get_day (date), name,
                                  pdz_date_get_year (date));
    }
}

/**
 * pdz_date_format:
 * @date: a date
 * @language: (nullable): an ISO 639-1 language code, optionally with a
 *   region (`it`, `it_IT`, `it-IT`, `en`, `en_GB`), or %NULL for English
 *
 * Prints @date for people, at its precision. Italian (`it`) gives
 * "2023", "novembre 2023" and "24 gennaio 2023"; every other language
 * gives English: "2023", "November 2023" and "24 January 2023".
 *
 * The result does not depend on the locale of the process.
 *
 * Returns: (transfer full): the printed date
 */
char *
pdz_date_format (const PdzDate *date,
                 const char    *language)
{
  g_return_val_if_fail (date != NULL, NULL);

  /* The month names are in the catalogue of the language (pdz-catalog-LANG.c). */
  return _pdz_catalog_format_date (_pdz_catalog_lookup_or_english (language), date);
}

/* ----------------------------------------------------------------------
 * Spans of days (pdz-date-private.h)
 * ---------------------------------------------------------------------- */

static guint32
julian_of (int year,
           int month,
           int mday)
{
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, (GDateDay) mday, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&day);
}

guint32
_pdz_date_first_julian (const PdzDate *date)
{
  return julian_of (date->year,
                    date->month > 0 ? date->month : 1,
                    date->day > 0 ? date->day : 1);
}

guint32
_pdz_date_last_julian (const PdzDate *date)
{
  switch (date->precision)
    {
    case PDZ_DATE_PRECISION_YEAR:
      return julian_of (date->year, 12, 31);
    case PDZ_DATE_PRECISION_MONTH:
      return julian_of (date->year, date->month,
                        g_date_get_days_in_month ((GDateMonth) date->month,
                                                  (GDateYear) date->year));
    case PDZ_DATE_PRECISION_DAY:
    default:
      return _pdz_date_first_julian (date);
    }
}

guint32
_pdz_julian_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year, month, mday;

  g_date_time_get_ymd (now, &year, &month, &mday);
  return julian_of (year, month, mday);
}

/**
 * pdz_date_compare:
 * @a: a date
 * @b: another date
 *
 * Compares two dates, for sorting. Dates are ordered by the first day they
 * cover; when that is the same, the coarser date comes first. So
 * `2023` < `2023-01` < `2023-01-01` < `2023-01-02` < `2023-02`.
 *
 * Returns: a negative number if @a comes before @b, 0 if they are equal,
 *   a positive number if @a comes after @b
 */
int
pdz_date_compare (const PdzDate *a,
                  const PdzDate *b)
{
  guint32 ka, kb;

  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  ka = _pdz_date_first_julian (a);
  kb = _pdz_date_first_julian (b);
  if (ka != kb)
    return ka < kb ? -1 : 1;
  if (a->precision != b->precision)
    return a->precision < b->precision ? -1 : 1;
  return 0;
}

/**
 * pdz_date_equal:
 * @a: a date
 * @b: another date
 *
 * Checks whether two dates are the same: the same parts at the same
 * precision. "2023-01" and "2023-01-01" are not equal.
 *
 * Returns: %TRUE if @a and @b are equal
 */
gboolean
pdz_date_equal (const PdzDate *a,
                const PdzDate *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return a->year == b->year && a->month == b->month && a->day == b->day &&
         a->precision == b->precision;
}

/**
 * pdz_date_hash:
 * @date: a date
 *
 * Hashes @date, consistently with [method@Pdz.Date.equal], for use as a
 * key of a #GHashTable.
 *
 * Returns: the hash value
 */
guint
pdz_date_hash (const PdzDate *date)
{
  g_return_val_if_fail (date != NULL, 0);

  /* Unused parts are 0, so year, month and day identify the date. */
  return ((guint) date->year << 9) | ((guint) date->month << 5) | (guint) date->day;
}

/**
 * pdz_date_dup_first_day:
 * @date: a date
 *
 * Gets the first calendar day that @date covers: 1 January for a year,
 * the first of the month for a month, the day itself for a day.
 *
 * Returns: (transfer full): the first day, free it with g_date_free()
 *
 * Since: 0.2
 */
GDate *
pdz_date_dup_first_day (const PdzDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  return g_date_new_julian (_pdz_date_first_julian (date));
}

/**
 * pdz_date_dup_last_day:
 * @date: a date
 *
 * Gets the last calendar day that @date covers: 31 December for a year,
 * the last day of the month for a month, the day itself for a day.
 *
 * Returns: (transfer full): the last day, free it with g_date_free()
 *
 * Since: 0.2
 */
GDate *
pdz_date_dup_last_day (const PdzDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  return g_date_new_julian (_pdz_date_last_julian (date));
}

/**
 * pdz_date_get_first_day:
 * @date: a date
 *
 * Gets the first calendar day that @date covers. It returns a new #GDate,
 * owned by the caller, as [method@Pdz.Date.dup_first_day] does.
 *
 * Returns: (transfer full): the first day, free it with g_date_free()
 *
 * Deprecated: 0.2: Use [method@Pdz.Date.dup_first_day], whose name says
 *   that the caller owns the result.
 */
GDate *
pdz_date_get_first_day (const PdzDate *date)
{
  return pdz_date_dup_first_day (date);
}

/**
 * pdz_date_get_last_day:
 * @date: a date
 *
 * Gets the last calendar day that @date covers. It returns a new #GDate,
 * owned by the caller, as [method@Pdz.Date.dup_last_day] does.
 *
 * Returns: (transfer full): the last day, free it with g_date_free()
 *
 * Deprecated: 0.2: Use [method@Pdz.Date.dup_last_day], whose name says
 *   that the caller owns the result.
 */
GDate *
pdz_date_get_last_day (const PdzDate *date)
{
  return pdz_date_dup_last_day (date);
}

/**
 * pdz_date_overlaps:
 * @a: a date
 * @b: another date
 *
 * Checks whether the spans of days that @a and @b cover have a day in
 * common. `2023` overlaps `2023-11` and `2023-11-05`; `2023-11` does not
 * overlap `2023-12`. Every date overlaps itself.
 *
 * Returns: %TRUE if @a and @b overlap
 */
gboolean
pdz_date_overlaps (const PdzDate *a,
                   const PdzDate *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return _pdz_span_overlaps (_pdz_date_first_julian (a), _pdz_date_last_julian (a),
                             _pdz_date_first_julian (b), _pdz_date_last_julian (b));
}

gboolean
_pdz_source_date_epoch (gint64      max,
                        GDateTime **moment,
                        GError    **error)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autofree char *quoted = NULL;
  guint64 seconds;

  *moment = NULL;
  if (epoch == NULL || *epoch == '\0')
    return TRUE;
  /* GDateTime holds the years 1 to 9999: NULL past them */
  if (g_ascii_string_to_unsigned (epoch, 10, 0, (guint64) max, &seconds, NULL) &&
      (*moment = g_date_time_new_from_unix_utc ((gint64) seconds)) != NULL)
    return TRUE;

  /* the environment is input like any other: quoted */
  quoted = _pdz_text_quote (epoch, -1, 0, PDZ_QUOTE_JSON);
  g_set_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
               "SOURCE_DATE_EPOCH=\"%s\": expected a number of seconds since 1970, "
               "from 0 to %" G_GINT64_FORMAT, quoted,
               MIN (max, G_GINT64_CONSTANT (253402300799)));
  return FALSE;
}
