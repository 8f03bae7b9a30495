/* test-date.c: tests of PdzDate
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libpdz/pdz.h>

#include <locale.h>
#include <string.h>

static PdzDate *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  PdzDate *date = pdz_date_new_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (date);
  return date;
}

static void
test_parse_good (void)
{
  struct {
    const char *text;
    PdzDatePrecision precision;
    int year, month, day;
  } cases[] = {
    { "2023", PDZ_DATE_PRECISION_YEAR, 2023, 0, 0 },
    { "1000", PDZ_DATE_PRECISION_YEAR, 1000, 0, 0 },
    { "9999", PDZ_DATE_PRECISION_YEAR, 9999, 0, 0 },
    { "2023-11", PDZ_DATE_PRECISION_MONTH, 2023, 11, 0 },
    { "2023-01", PDZ_DATE_PRECISION_MONTH, 2023, 1, 0 },
    { "2023-12", PDZ_DATE_PRECISION_MONTH, 2023, 12, 0 },
    { "2023-01-24", PDZ_DATE_PRECISION_DAY, 2023, 1, 24 },
    { "2024-02-29", PDZ_DATE_PRECISION_DAY, 2024, 2, 29 },
    { "2000-02-29", PDZ_DATE_PRECISION_DAY, 2000, 2, 29 },
    { "2023-12-31", PDZ_DATE_PRECISION_DAY, 2023, 12, 31 },
    { "9999-12-31", PDZ_DATE_PRECISION_DAY, 9999, 12, 31 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PdzDate) date = parse_ok (cases[i].text);
      g_autofree char *text = NULL;

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (pdz_date_get_precision (date), ==, cases[i].precision);
      g_assert_cmpint (pdz_date_get_year (date), ==, cases[i].year);
      g_assert_cmpint (pdz_date_get_month (date), ==, cases[i].month);
      g_assert_cmpint (pdz_date_get_day (date), ==, cases[i].day);

      /* The canonical text reads back to the same text. */
      text = pdz_date_to_string (date);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_parse_bad (void)
{
  struct {
    const char *text;
    const char *message;
  } cases[] = {
    { "2023-13", "invalid date \"2023-13\": the month must be between 01 and 12" },
    { "2023-00", "invalid date \"2023-00\": the month must be between 01 and 12" },
    { "2023-02-30", "invalid date \"2023-02-30\": February 2023 has no day 30" },
    { "2023-02-29", "invalid date \"2023-02-29\": February 2023 has no day 29" },
    { "1900-02-29", "invalid date \"1900-02-29\": February 1900 has no day 29" },
    { "2023-04-31", "invalid date \"2023-04-31\": April 2023 has no day 31" },
    { "2023-01-00", "invalid date \"2023-01-00\": the day must be between 01 and 31" },
    { "2023-01-32", "invalid date \"2023-01-32\": the day must be between 01 and 31" },
    { "0999", "invalid date \"0999\": the year must be between 1000 and 9999" },
    { "0000-01-01", "invalid date \"0000-01-01\": the year must be between 1000 and 9999" },
    { "23-1", "invalid date \"23-1\": expected YYYY, YYYY-MM or YYYY-MM-DD" },
    { "", "invalid date \"\": expected YYYY, YYYY-MM or YYYY-MM-DD" },
    { "2023-1", "invalid date \"2023-1\": expected YYYY, YYYY-MM or YYYY-MM-DD" },
    { "2023-1-01", "invalid date \"2023-1-01\": expected YYYY, YYYY-MM or YYYY-MM-DD" },
    { "02023", "invalid date \"02023\": expected YYYY, YYYY-MM or YYYY-MM-DD" },
    { "2023-11-", "invalid date \"2023-11-\": expected YYYY, YYYY-MM or YYYY-MM-DD" },
    { "2023-", "invalid date \"2023-\": expected YYYY, YYYY-MM or YYYY-MM-DD" },
    { " 2023", "invalid date \" 2023\": expected YYYY, YYYY-MM or YYYY-MM-DD" },
    { "2023 ", "invalid date \"2023 \": expected YYYY, YYYY-MM or YYYY-MM-DD" },
    { "+2023", "invalid date \"+2023\": expected YYYY, YYYY-MM or YYYY-MM-DD" },
    { "2023/11", "invalid date \"2023/11\": expected YYYY, YYYY-MM or YYYY-MM-DD" },
    { "2023-11-05T10:00", "invalid date \"2023-11-05T10:00\": expected YYYY, YYYY-MM or YYYY-MM-DD" },
    { "24/01/2023", "invalid date \"24/01/2023\": expected YYYY, YYYY-MM or YYYY-MM-DD" },
    { "２０２３", "invalid date \"２０２３\": expected YYYY, YYYY-MM or YYYY-MM-DD" },
    { "99999999999999999999", "invalid date \"99999999999999999999\": expected YYYY, YYYY-MM or YYYY-MM-DD" },
    { "2023-11-05-", "invalid date \"2023-11-05-\": expected YYYY, YYYY-MM or YYYY-MM-DD" },
    { "a\"b\\c\n", "invalid date \"a\\\"b\\\\c\\n\": expected YYYY, YYYY-MM or YYYY-MM-DD" },
    /* A terminal title escape and a right-to-left override, escaped in the
     * GError itself, not only by whoever prints it. */
    { "nope\x1b]0;PWNED\x07", "invalid date \"nope\\u001b]0;PWNED\\u0007\": expected YYYY, YYYY-MM or YYYY-MM-DD" },
    { "2023\u202e11", "invalid date \"2023\\u202e11\": expected YYYY, YYYY-MM or YYYY-MM-DD" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PdzDate) date = NULL;

      g_test_message ("%s", cases[i].text);
      date = pdz_date_new_from_string (cases[i].text, &error);
      g_assert_null (date);
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_parse_hostile (void)
{
  /* Long runs of digits, invalid UTF-8 and long garbage must fail cleanly,
   * with a short, valid UTF-8 message. */
  g_autofree char *digits = g_strnfill (100000, '9');
  const char *invalid_utf8 = "20\xff\xfe";
  const char *inputs[] = { digits, invalid_utf8, "2023-\x80\x81", "\xc3" };

  for (gsize i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PdzDate) date = pdz_date_new_from_string (inputs[i], &error);

      g_assert_null (date);
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_true (g_str_has_prefix (error->message, "invalid date \""));
      g_assert_true (g_str_has_suffix (error->message,
                                       "\": expected YYYY, YYYY-MM or YYYY-MM-DD") ||
                     g_str_has_suffix (error->message,
                                       "…\": expected YYYY, YYYY-MM or YYYY-MM-DD"));
      g_assert_cmpuint (strlen (error->message), <, 200);
    }
}

static void
test_constructors (void)
{
  g_autoptr(PdzDate) year = pdz_date_new_year (2022);
  g_autoptr(PdzDate) month = pdz_date_new_month (2023, 11);
  g_autoptr(PdzDate) day = pdz_date_new_day (2024, 2, 29);
  g_autoptr(PdzDate) copy = NULL;
  g_autofree char *year_text = pdz_date_to_string (year);
  g_autofree char *month_text = pdz_date_to_string (month);
  g_autofree char *day_text = pdz_date_to_string (day);

  g_assert_cmpstr (year_text, ==, "2022");
  g_assert_cmpstr (month_text, ==, "2023-11");
  g_assert_cmpstr (day_text, ==, "2024-02-29");
  g_assert_cmpint (pdz_date_get_precision (year), ==, PDZ_DATE_PRECISION_YEAR);
  g_assert_cmpint (pdz_date_get_precision (month), ==, PDZ_DATE_PRECISION_MONTH);
  g_assert_cmpint (pdz_date_get_precision (day), ==, PDZ_DATE_PRECISION_DAY);

  copy = pdz_date_copy (day);
  g_assert_true (copy != day);
  g_assert_true (pdz_date_equal (copy, day));

  /* The boxed type copies and frees through GValue. */
  {
    g_auto(GValue) value = G_VALUE_INIT;

    g_value_init (&value, PDZ_TYPE_DATE);
    g_value_set_boxed (&value, month);
    g_assert_true (g_value_get_boxed (&value) != month);
    g_assert_true (pdz_date_equal (g_value_get_boxed (&value), month));
  }
}

static void
test_constructors_invalid (void)
{
  /* precision 1: pdz_date_new_year(), 2: _new_month(), 3: _new_day() */
  struct {
    int precision;
    int year, month, day;
  } cases[] = {
    { 1, 999, 0, 0 }, { 1, 10000, 0, 0 }, { 1, -2023, 0, 0 },
    { 2, 999, 1, 0 }, { 2, 2023, 0, 0 }, { 2, 2023, 13, 0 }, { 2, 2023, 257, 0 },
    { 3, 2023, 2, 29 }, { 3, 2023, 1, 0 }, { 3, 2023, 1, 32 }, { 3, 2023, 1, 257 },
    { 3, 2023, 257, 1 }, { 3, 2023, 0, 1 }, { 3, 10000, 1, 1 }, { 3, 2023, 4, 31 },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PdzDate *date = NULL;

      g_test_message ("%d: %d-%d-%d", cases[i].precision,
                      cases[i].year, cases[i].month, cases[i].day);
      g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*assertion*failed*");
      switch (cases[i].precision)
        {
        case 1:
          date = pdz_date_new_year (cases[i].year);
          break;
        case 2:
          date = pdz_date_new_month (cases[i].year, cases[i].month);
          break;
        default:
          date = pdz_date_new_day (cases[i].year, cases[i].month, cases[i].day);
          break;
        }
      g_test_assert_expected_messages ();
      g_assert_null (date);
    }
}

static void
check_format (const char *text,
              const char *language,
              const char *expected)
{
  g_autoptr(PdzDate) date = parse_ok (text);
  g_autofree char *formatted = pdz_date_format (date, language);

  g_assert_cmpstr (formatted, ==, expected);
}

static void
test_format (void)
{
  const char *italian[] = { "it", "it_IT", "it-IT", "it_CH", "IT", "it_IT.UTF-8" };
  const char *english[] = { NULL, "en", "en_GB", "en-US", "de", "fr_FR", "", "ita", "i" };

  for (gsize i = 0; i < G_N_ELEMENTS (italian); i++)
    {
      check_format ("2023", italian[i], "2023");
      check_format ("2023-11", italian[i], "novembre 2023");
      check_format ("2023-01-24", italian[i], "24 gennaio 2023");
      check_format ("2023-03-01", italian[i], "1 marzo 2023");
    }

  for (gsize i = 0; i < G_N_ELEMENTS (english); i++)
    {
      check_format ("2023", english[i], "2023");
      check_format ("2023-11", english[i], "November 2023");
      check_format ("2023-01-24", english[i], "24 January 2023");
      check_format ("2023-03-01", english[i], "1 March 2023");
    }

  /* Every month name, in both languages. */
  {
    const char *it_names[] = {
      "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
      "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
    };
    const char *en_names[] = {
      "January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December",
    };

    for (int m = 1; m <= 12; m++)
      {
        g_autoptr(PdzDate) date = pdz_date_new_month (2022, m);
        g_autofree char *it = pdz_date_format (date, "it");
        g_autofree char *en = pdz_date_format (date, "en");
        g_autofree char *it_expected = g_strdup_printf ("%s 2022", it_names[m - 1]);
        g_autofree char *en_expected = g_strdup_printf ("%s 2022", en_names[m - 1]);

        g_assert_cmpstr (it, ==, it_expected);
        g_assert_cmpstr (en, ==, en_expected);
      }
  }
}

static void
test_format_locale_independent (void)
{
  /* The test runs under LC_ALL=C.UTF-8; switching to another locale, when
   * it is installed, must not change the output either. */
  const char *locales[] = { "C.UTF-8", "C", "it_IT.UTF-8", "de_DE.UTF-8", "fr_FR.UTF-8" };
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));

  for (gsize i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      if (setlocale (LC_ALL, locales[i]) == NULL)
        continue;

      check_format ("2023-11", "it", "novembre 2023");
      check_format ("2023-11", "en", "November 2023");
      check_format ("2023-01-24", "it", "24 gennaio 2023");
      check_format ("2023-01-24", NULL, "24 January 2023");
    }

  setlocale (LC_ALL, saved);
}

static void
test_compare (void)
{
  /* In ascending order: by first day, then coarser first. */
  const char *ordered[] = {
    "1999-12-31", "2023", "2023-01", "2023-01-01", "2023-01-02", "2023-01-31",
    "2023-02", "2023-02-01", "2023-11", "2023-11-30", "2023-12-31", "2024",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (ordered); i++)
    for (gsize j = 0; j < G_N_ELEMENTS (ordered); j++)
      {
        g_autoptr(PdzDate) a = parse_ok (ordered[i]);
        g_autoptr(PdzDate) b = parse_ok (ordered[j]);
        int cmp = pdz_date_compare (a, b);

        g_test_message ("%s vs %s", ordered[i], ordered[j]);
        if (i < j)
          g_assert_cmpint (cmp, <, 0);
        else if (i > j)
          g_assert_cmpint (cmp, >, 0);
        else
          g_assert_cmpint (cmp, ==, 0);

        g_assert_cmpint (pdz_date_equal (a, b), ==, i == j);
        if (i == j)
          g_assert_cmpuint (pdz_date_hash (a), ==, pdz_date_hash (b));
      }
}

static void
test_hash_table (void)
{
  g_autoptr(GHashTable) table =
    g_hash_table_new_full ((GHashFunc) pdz_date_hash, (GEqualFunc) pdz_date_equal,
                           (GDestroyNotify) pdz_date_free, NULL);
  const char *texts[] = { "2023", "2023-01", "2023-01-01", "2024", "2023-10", "2023-01-10" };
  g_autoptr(PdzDate) lookup = NULL;
  g_autoptr(PdzDate) missing = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    g_hash_table_add (table, parse_ok (texts[i]));
  g_assert_cmpuint (g_hash_table_size (table), ==, G_N_ELEMENTS (texts));

  lookup = pdz_date_new_month (2023, 1);
  g_assert_true (g_hash_table_contains (table, lookup));
  missing = pdz_date_new_day (2023, 1, 2);
  g_assert_false (g_hash_table_contains (table, missing));
}

static void
check_span (const char *text,
            int first_y, int first_m, int first_d,
            int last_y, int last_m, int last_d)
{
  g_autoptr(PdzDate) date = parse_ok (text);
  GDate *first = pdz_date_dup_first_day (date);
  GDate *last = pdz_date_dup_last_day (date);
  GDate *old_first, *old_last;

  g_assert_true (g_date_valid (first));
  g_assert_true (g_date_valid (last));
  g_assert_cmpint (g_date_get_year (first), ==, first_y);
  g_assert_cmpint (g_date_get_month (first), ==, first_m);
  g_assert_cmpint (g_date_get_day (first), ==, first_d);
  g_assert_cmpint (g_date_get_year (last), ==, last_y);
  g_assert_cmpint (g_date_get_month (last), ==, last_m);
  g_assert_cmpint (g_date_get_day (last), ==, last_d);

  /* The names of 0.1 give the same days. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  old_first = pdz_date_get_first_day (date);
  old_last = pdz_date_get_last_day (date);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_cmpint (g_date_compare (old_first, first), ==, 0);
  g_assert_cmpint (g_date_compare (old_last, last), ==, 0);

  g_date_free (old_first);
  g_date_free (old_last);
  g_date_free (first);
  g_date_free (last);
}

static void
test_span (void)
{
  check_span ("2023", 2023, 1, 1, 2023, 12, 31);
  check_span ("2024-02", 2024, 2, 1, 2024, 2, 29);
  check_span ("2023-02", 2023, 2, 1, 2023, 2, 28);
  check_span ("2023-04", 2023, 4, 1, 2023, 4, 30);
  check_span ("2023-12", 2023, 12, 1, 2023, 12, 31);
  check_span ("2023-01-24", 2023, 1, 24, 2023, 1, 24);
}

static void
test_overlaps (void)
{
  struct {
    const char *a, *b;
    gboolean overlaps;
  } cases[] = {
    { "2023", "2023", TRUE },
    { "2023", "2023-11", TRUE },
    { "2023", "2023-11-05", TRUE },
    { "2023", "2023-01-01", TRUE },
    { "2023", "2023-12-31", TRUE },
    { "2023", "2024", FALSE },
    { "2023", "2024-01", FALSE },
    { "2023", "2022-12-31", FALSE },
    { "2023-11", "2023-12", FALSE },
    { "2023-11", "2023-11-30", TRUE },
    { "2023-11", "2023-12-01", FALSE },
    { "2024-02", "2024-02-29", TRUE },
    { "2023-11-05", "2023-11-05", TRUE },
    { "2023-11-05", "2023-11-06", FALSE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PdzDate) a = parse_ok (cases[i].a);
      g_autoptr(PdzDate) b = parse_ok (cases[i].b);

      g_test_message ("%s vs %s", cases[i].a, cases[i].b);
      /* Overlapping is symmetric. */
      g_assert_cmpint (pdz_date_overlaps (a, b), ==, cases[i].overlaps);
      g_assert_cmpint (pdz_date_overlaps (b, a), ==, cases[i].overlaps);
    }
}

static void
test_error_quark (void)
{
  g_assert_cmpstr (g_quark_to_string (PDZ_ERROR), ==, "pdz-error-quark");
  g_assert_true (G_TYPE_IS_ENUM (PDZ_TYPE_ERROR));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdz/date/parse/good", test_parse_good);
  g_test_add_func ("/pdz/date/parse/bad", test_parse_bad);
  g_test_add_func ("/pdz/date/parse/hostile", test_parse_hostile);
  g_test_add_func ("/pdz/date/new", test_constructors);
  g_test_add_func ("/pdz/date/new/invalid", test_constructors_invalid);
  g_test_add_func ("/pdz/date/format", test_format);
  g_test_add_func ("/pdz/date/format/locale", test_format_locale_independent);
  g_test_add_func ("/pdz/date/compare", test_compare);
  g_test_add_func ("/pdz/date/hash", test_hash_table);
  g_test_add_func ("/pdz/date/span", test_span);
  g_test_add_func ("/pdz/date/overlaps", test_overlaps);
  g_test_add_func ("/pdz/date/error-quark", test_error_quark);

  return g_test_run ();
}
