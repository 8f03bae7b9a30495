/* fuzz-date.c: the partial-date parser under libFuzzer
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Feeds the input, as text, to pdz_date_new_from_string() and checks:
 *
 * - a refusal sets a PDZ_ERROR with a safe, bounded message;
 * - a date read is a real one of its precision, in years 1000 to 9999, and
 *   the parser is strict: the text is exactly its canonical spelling
 *   (pdz_date_to_string()), which reads back as an equal date;
 * - it prints in Italian and English, orders consistently (with itself and
 *   with fixed dates of every precision), and its first day is not after
 *   its last.
 *
 * The same text, when it is UTF-8 (as every cell the workbook import reads
 * is), also goes to the import's lenient parser, _pdz_date_parse_lenient()
 * (pdz-date.c), which takes the forms an office types: 24/11/2023,
 * 24.11.2023, 11/2023, novembre 2023, 24 novembre 2023, November 2023,
 * with spaces around. It
 * checks that a date it reads is a real one as above, that it reads every
 * spelling of the format as the strict parser does, and that it reads back
 * the Italian and the English print of every date.
 */

#include "fuzz-common.h"
#include "pdz-date-private.h"

#include <string.h>

static void
check_date (const PdzDate *date,
            const char    *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzDate) again = NULL;
  g_autofree char *canonical = pdz_date_to_string (date);
  g_autoptr(GDate) first = pdz_date_dup_first_day (date);
  g_autoptr(GDate) last = pdz_date_dup_last_day (date);
  PdzDatePrecision precision = pdz_date_get_precision (date);
  int year = pdz_date_get_year (date);
  int month = pdz_date_get_month (date);
  int day = pdz_date_get_day (date);
  static const char * const others[] = { "1000", "2023", "2023-06", "2023-06-15", "9999-12-31" };

  if (year < 1000 || year > 9999)
    fuzz_fail ("a date out of the years 1000 to 9999", canonical);
  if ((precision == PDZ_DATE_PRECISION_YEAR && (month != 0 || day != 0)) ||
      (precision == PDZ_DATE_PRECISION_MONTH && (month < 1 || month > 12 || day != 0)) ||
      (precision == PDZ_DATE_PRECISION_DAY && !g_date_valid_dmy (day, month, year)))
    fuzz_fail ("a date that is not a real one of its precision", canonical);

  if (text != NULL && strcmp (text, canonical) != 0)
    fuzz_fail ("the parser took a spelling other than the canonical one", text);
  again = pdz_date_new_from_string (canonical, &error);
  if (again == NULL)
    fuzz_fail ("the canonical spelling of a date does not read back", error->message);
  if (!pdz_date_equal (date, again) || pdz_date_compare (date, again) != 0 ||
      pdz_date_hash (date) != pdz_date_hash (again))
    fuzz_fail ("a date read back from its canonical spelling differs", canonical);

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *printed = pdz_date_format (date, i == 0 ? "it" : "en");

      if (printed == NULL || *printed == '\0' || !g_utf8_validate (printed, -1, NULL))
        fuzz_fail ("a date does not print", canonical);
    }

  if (first == NULL || last == NULL || !g_date_valid (first) || !g_date_valid (last) ||
      g_date_compare (first, last) > 0)
    fuzz_fail ("the first and last days of a date are wrong", canonical);
  if (!pdz_date_overlaps (date, again))
    fuzz_fail ("a date does not overlap itself", canonical);

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autoptr(PdzDate) other = pdz_date_new_from_string (others[i], NULL);
      int ab = pdz_date_compare (date, other);
      int ba = pdz_date_compare (other, date);

      if ((ab > 0) != (ba < 0) || (ab == 0) != (ba == 0) ||
          (ab == 0) != pdz_date_equal (date, other))
        fuzz_fail ("dates do not order consistently", canonical);
    }
}

/* The workbook import's parser reads @date printed in @language. */
static void
check_printed (const PdzDate *date,
               const char    *language)
{
  g_autofree char *printed = pdz_date_format (date, language);
  g_autoptr(PdzDate) back = _pdz_date_parse_lenient (printed);

  if (back == NULL || !pdz_date_equal (date, back))
    fuzz_fail ("the workbook import does not read a printed date back", printed);
}

static void
check_workbook_date (const char *text)
{
  g_autoptr(PdzDate) date = NULL;
  g_autoptr(PdzDate) strict = NULL;

  if (!g_utf8_validate (text, -1, NULL))
    return;

  date = _pdz_date_parse_lenient (text);
  strict = pdz_date_new_from_string (text, NULL);
  if (strict != NULL && (date == NULL || !pdz_date_equal (date, strict)))
    fuzz_fail ("the workbook import reads a date of the format otherwise", text);
  if (date == NULL)
    return;
  check_date (date, NULL);
  check_printed (date, "it");
  check_printed (date, "en");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzDate) date = NULL;

  /* The parser takes a C string: text with a NUL in it is a shorter one. */
  if (memchr (data, '\0', size) != NULL)
    return 0;

  date = pdz_date_new_from_string (text, &error);
  if (date == NULL)
    fuzz_check_error (error, "the date parser");
  else
    check_date (date, text);
  check_workbook_date (text);

  return 0;
}
