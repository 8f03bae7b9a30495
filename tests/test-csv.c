/* test-csv.c: CSV fields and the formula guard shared by every writer of cells
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libpdz/pdz.h>

#include "pdz-csv-private.h"

static void
test_formula_guard (void)
{
  /* What a spreadsheet would parse as a formula, past what it skips. */
  static const char * const formulas[] = {
    "=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", " =1+1", "\n=1+1",
    "\xc2\xa0=1+1",            /* no-break space */
    "\xe2\x80\x8b=1+1",        /* zero-width space */
    "\xef\xbb\xbf=1+1",        /* byte-order mark */
    "\xef\xbc\x9d" "1+1",      /* fullwidth equals sign */
    "\xef\xbc\x8b" "1",        /* fullwidth plus */
    "\xef\xbc\x8d" "1",        /* fullwidth minus */
    "\xef\xbc\xa0" "x",        /* fullwidth commercial at */
    "\xe3\x80\x80=1",          /* ideographic space */
  };
  static const char * const texts[] = {
    "", "   ", "Tavolo di rete", "1=1", "a-b", "Città", "«=»", "2023-11",
  };

  for (guint i = 0; i < G_N_ELEMENTS (formulas); i++)
    {
      g_test_message ("formula %u", i);
      g_assert_true (_pdz_csv_looks_like_formula (formulas[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_assert_false (_pdz_csv_looks_like_formula (texts[i]));
  g_assert_false (_pdz_csv_looks_like_formula (NULL));
}

static void
test_fields (void)
{
  static const struct {
    const char *text;
    char separator;
    const char *field;
  } cases[] = {
    { "plain", ',', "plain" },
    { "a,b", ',', "\"a,b\"" },
    { "a;b", ';', "\"a;b\"" },
    { "a;b", ',', "\"a;b\"" },
    { "say \"hi\"", ',', "\"say \"\"hi\"\"\"" },
    { "two\nlines", ',', "\"two\nlines\"" },
    { "=HYPERLINK(\"x\")", ',', "\"'=HYPERLINK(\"\"x\"\")\"" },
    { " =1+1", ';', "\"' =1+1\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      _pdz_csv_append_field (out, cases[i].text, cases[i].separator);
      g_assert_cmpstr (out->str, ==, cases[i].field);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdz/csv/formula-guard", test_formula_guard);
  g_test_add_func ("/pdz/csv/fields", test_fields);

  return g_test_run ();
}
