/* test-text.c: untrusted input quoted in messages
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * _pdz_text_quote() is the one place where libpdz makes input safe to show
 * in an error or a diagnostic: bounded, valid UTF-8, without control or
 * bidirectional characters. The public entry points that quote input are
 * tested where they are (test-date.c, test-bad-input.c).
 */

#include <string.h>

#include "pdz-text-private.h"

static void
assert_quote (const char    *text,
              gssize         length,
              guint          max_chars,
              PdzQuoteFlags  flags,
              const char    *expected)
{
  g_autofree char *quoted = _pdz_text_quote (text, length, max_chars, flags);

  g_assert_cmpstr (quoted, ==, expected);
  g_assert_true (g_utf8_validate (quoted, -1, NULL));
}

static void
test_quote_plain (void)
{
  assert_quote (NULL, -1, 0, PDZ_QUOTE_DEFAULT, "");
  assert_quote ("", -1, 0, PDZ_QUOTE_DEFAULT, "");
  assert_quote ("Libertà di scelta", -1, 0, PDZ_QUOTE_DEFAULT, "Libertà di scelta");
  assert_quote ("abcdef", 3, 0, PDZ_QUOTE_DEFAULT, "abc");
  /* Quotes and backslashes are escaped only for text between quotes. */
  assert_quote ("a\"b\\c", -1, 0, PDZ_QUOTE_DEFAULT, "a\"b\\c");
  assert_quote ("a\"b\\c", -1, 0, PDZ_QUOTE_JSON, "a\\\"b\\\\c");
}

static void
test_quote_controls (void)
{
  assert_quote ("a\nb\tc\rd", -1, 0, PDZ_QUOTE_DEFAULT, "a\\nb\\tc\\rd");
  assert_quote ("nope\x1b]0;PWNED\x07", -1, 0, PDZ_QUOTE_DEFAULT, "nope\\u001b]0;PWNED\\u0007");
  assert_quote ("del\x7f", -1, 0, PDZ_QUOTE_DEFAULT, "del\\u007f");
  assert_quote ("c1\xc2\x85", -1, 0, PDZ_QUOTE_DEFAULT, "c1\\u0085");
  /* Every bidirectional control, and the line and paragraph separators. */
  assert_quote ("\u202aa\u202bb\u202cc\u202dd\u202ee", -1, 0, PDZ_QUOTE_DEFAULT,
                "\\u202aa\\u202bb\\u202cc\\u202dd\\u202ee");
  assert_quote ("\u2066a\u2067b\u2068c\u2069", -1, 0, PDZ_QUOTE_DEFAULT,
                "\\u2066a\\u2067b\\u2068c\\u2069");
  assert_quote ("\u200e\u200f\u061c", -1, 0, PDZ_QUOTE_DEFAULT, "\\u200e\\u200f\\u061c");
  assert_quote ("a\u2028b\u2029", -1, 0, PDZ_QUOTE_DEFAULT, "a\\u2028b\\u2029");
  /* A nul inside a counted text. */
  assert_quote ("a\0b", 3, 0, PDZ_QUOTE_DEFAULT, "a\\u0000b");
}

static void
test_quote_invalid_utf8 (void)
{
  assert_quote ("20\xff\xfe", -1, 0, PDZ_QUOTE_DEFAULT, "20\xef\xbf\xbd\xef\xbf\xbd");
  assert_quote ("\xc3", -1, 0, PDZ_QUOTE_DEFAULT, "\xef\xbf\xbd");
}

static void
test_quote_bounded (void)
{
  g_autofree char *long_id = g_strnfill (10 * 1024 * 1024, 'x');
  g_autofree char *eighty = g_strnfill (80, 'x');
  g_autofree char *eighty_one = g_strnfill (81, 'x');
  g_autofree char *expected = g_strconcat (eighty, "…", NULL);
  g_autofree char *accents = NULL;
  g_autofree char *quoted = NULL;
  GString *builder = g_string_new (NULL);

  /* At the limit, and one past it. */
  assert_quote (eighty, -1, 0, PDZ_QUOTE_DEFAULT, eighty);
  assert_quote (eighty_one, -1, 0, PDZ_QUOTE_DEFAULT, expected);
  assert_quote (long_id, -1, 0, PDZ_QUOTE_DEFAULT, expected);
  assert_quote (long_id, 10 * 1024 * 1024, 0, PDZ_QUOTE_DEFAULT, expected);
  assert_quote ("abcdef", -1, 3, PDZ_QUOTE_DEFAULT, "abc…");

  /* Characters of four bytes: the cut never falls inside one. */
  for (guint i = 0; i < 200; i++)
    g_string_append (builder, "\xf0\x9f\x98\x80");
  accents = g_string_free (builder, FALSE);
  quoted = _pdz_text_quote (accents, -1, 0, PDZ_QUOTE_DEFAULT);
  g_assert_cmpint (g_utf8_strlen (quoted, -1), ==, 81);
  g_assert_true (g_str_has_suffix (quoted, "\xf0\x9f\x98\x80…"));
}

static void
test_quote_at_word (void)
{
  assert_quote ("Sportello unico per l'abitare e per la casa", -1, 30, PDZ_QUOTE_AT_WORD,
                "Sportello unico per l'abitare…");
  /* No break in the second half: cut at the limit. */
  assert_quote ("Sportello unicoperlabitareeperlacasa", -1, 30, PDZ_QUOTE_AT_WORD,
                "Sportello unicoperlabitareeper…");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdz/text/quote/plain", test_quote_plain);
  g_test_add_func ("/pdz/text/quote/controls", test_quote_controls);
  g_test_add_func ("/pdz/text/quote/invalid-utf8", test_quote_invalid_utf8);
  g_test_add_func ("/pdz/text/quote/bounded", test_quote_bounded);
  g_test_add_func ("/pdz/text/quote/at-word", test_quote_at_word);

  return g_test_run ();
}
