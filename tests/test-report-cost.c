/* test-report-cost.c: the PDF and ODP writers cost what their input weighs
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Issue 13: a report costs time linear in its input. The paged writers
 * lay text out with Pango, and three shapes of plan made them slow
 * (tests/fuzz/regressions/report/slow-odp-repeated-heading.json and
 * slow-pdf-long-word-*.json): one long word, which Pango wraps at any
 * character in time quadratic in its length; one long paragraph, which
 * the deck laid out again for every slide it went on to (and the PDF
 * measured its links from the start of the text on every line); and a
 * long title over sub-points, which the deck repeated on slide after
 * slide.
 *
 * Each shape is rendered at a size n and at 16 n, in CPU time (the best of
 * a few runs, after a warm-up): the larger may cost at most 16^1.2 = 27.9
 * times the smaller (a slope of log time against log n of 1.2, the bound of
 * the scaling suite), where the old code
 * took from 70 to thousands of times. The test compares the program with
 * itself, as the scaling suite does, and like it runs in the native build
 * only: the measures are added when PDZ_TEST_TIMING is set, as the test
 * scaling-report-cost of suite scaling sets it (tests/meson.build). A test
 * of the pieces a long word is set in, which runs everywhere, comes first.
 */

#include <math.h>
#include <time.h>

#include "pdz-report-private.h"
#include "pdz-test-util.h"

#if PDZ_HAVE_PDF || PDZ_HAVE_ODF
#include "pdz-report-pango-private.h"
#endif

/* A plan whose project (sovra-ambito, with interventions, an action of
 * its own and one of an objective) has the title @title, and a funding of
 * source @source */
static PdzPlan *
plan_with (const char *title,
           const char *source)
{
  g_autofree char *json = g_strdup_printf (
    "{\"format\": \"pdz\", \"version\": 1, \"id\": \"cost\", \"title\": \"Piano\", "
    "\"ambito\": \"Ambito\", \"language\": \"it\", \"start\": \"2021\", \"end\": \"2023\", "
    "\"municipalities\": [\"corsico\"], \"lead-municipality\": \"corsico\", "
    "\"partners\": [{\"id\": \"corsico\", \"name\": \"Comune di Corsico\", \"kind\": \"municipality\"}, "
    "{\"id\": \"ets\", \"name\": \"ETS\"}], "
    "\"macroareas\": [{\"id\": \"m\", \"title\": \"Macroarea\"}], "
    "\"objectives\": [{\"id\": \"o\", \"title\": \"Obiettivo\", \"macroarea\": \"m\", \"status\": \"in-progress\", "
    "\"actions\": [{\"id\": \"a\", \"title\": \"Azione\", \"status\": \"completed\", \"date\": \"2023-01\", "
    "\"projects\": [\"p\"]}]}], "
    "\"projects\": [{\"id\": \"p\", \"title\": \"%s\", \"description\": \"Descrizione.\", "
    "\"status\": \"suspended\", \"scope\": \"sovra-ambito\", \"lead\": \"corsico\", "
    "\"start\": \"2022-01\", \"end\": \"2024\", \"partners\": [{\"partner\": \"ets\", \"role\": \"contractor\"}], "
    "\"fundings\": [{\"source\": \"%s\", \"amount\": 125000, \"status\": \"granted\"}], "
    "\"objectives\": [\"o\"], \"interventions\": [\"Sportello di ascolto\", \"Laboratori nelle scuole\"], "
    "\"actions\": [{\"id\": \"pa\", \"title\": \"Avvio del progetto\", \"status\": \"cancelled\", \"date\": \"2022\"}]}]}",
    title, source);

  return pdz_test_load_data (json);
}

static double
cpu_seconds (void)
{
  struct timespec ts;

  g_assert_cmpint (clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts), ==, 0);
  return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

/* The best CPU time of @runs renderings of @plan as @format */
static double
render_time (PdzPlan         *plan,
             PdzReportFormat  format,
             guint            runs)
{
  double best = G_MAXDOUBLE;

  for (guint r = 0; r < runs; r++)
    {
      g_autoptr(PdzReport) report = pdz_report_new (plan);
      g_autoptr(GDateTime) generated = g_date_time_new_utc (2023, 11, 14, 12, 0, 0);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      double start;

      pdz_report_set_format (report, format);
      pdz_report_set_generated (report, generated);
      start = cpu_seconds ();
      bytes = pdz_report_to_bytes (report, NULL, &error);
      best = MIN (best, cpu_seconds () - start);
      g_assert_no_error (error);
      g_assert_cmpuint (g_bytes_get_size (bytes), >, 0);
    }
  return best;
}

/* @unit repeated to @n bytes or just past */
static char *
repeat (const char *unit,
        gsize       n)
{
  GString *out = g_string_new (NULL);

  while (out->len < n)
    g_string_append (out, unit);
  return g_string_free (out, FALSE);
}

typedef struct {
  const char *name;
  const char *unit;                      /* repeated to the title's size */
  gboolean in_source;                    /* the funding's source too */
  gsize n;                               /* the smaller size, in bytes */
} Shape;

static void
test_linear (gconstpointer data)
{
  const Shape *shape = data;
  static const PdzReportFormat formats[] = { PDZ_REPORT_FORMAT_PDF, PDZ_REPORT_FORMAT_ODP };

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *small_text = repeat (shape->unit, shape->n);
      g_autofree char *large_text = repeat (shape->unit, 16 * shape->n);
      g_autoptr(PdzPlan) small = plan_with (small_text, shape->in_source ? small_text : "FNPS");
      g_autoptr(PdzPlan) large = plan_with (large_text, shape->in_source ? large_text : "FNPS");
      double t_small, t_large;

      if (!pdz_report_format_is_available (formats[f]))
        continue;

      render_time (small, formats[f], 1);           /* warm-up: fonts, caches */
      t_small = render_time (small, formats[f], 3);
      t_large = render_time (large, formats[f], 2);
      g_test_message ("%s, %s: %.4f s at n = %" G_GSIZE_FORMAT ", %.4f s at 16 n (x %.1f)",
                      shape->name, formats[f] == PDZ_REPORT_FORMAT_PDF ? "PDF" : "ODP",
                      t_small, shape->n, t_large, t_large / MAX (t_small, 1e-6));
      g_assert_cmpfloat (t_large, <=, pow (16, 1.2) * t_small);
    }
}

#if PDZ_HAVE_PDF || PDZ_HAVE_ODF
/* @text as Pango gets it, without the breaks added; checks that every
 * piece between them is at most @max characters and that none follows a
 * character for which @no_break_after says so, or precedes one for which
 * @no_break_before does */
static char *
pieces_of (const char *text,
           guint       max,
           gunichar    no_break_after,
           gunichar    no_break_before,
           guint      *n_breaks)
{
  g_autofree char *set = _pdz_report_pango_text (text);
  GString *out = g_string_new (NULL);
  guint run = 0;
  gunichar previous = 0;

  *n_breaks = 0;
  for (const char *p = set; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x200B)
        {
          g_assert_cmpuint (run, >, 0);
          g_assert_cmpuint (previous, !=, no_break_after);
          g_assert_cmpuint (g_utf8_get_char (g_utf8_next_char (p)), !=, no_break_before);
          (*n_breaks)++;
          run = 0;
          continue;
        }
      g_string_append_unichar (out, c);
      previous = c;
      run++;
      g_assert_cmpuint (run, <=, max);
    }
  return g_string_free (out, FALSE);
}

/* A word longer than PDZ_REPORT_WORD_MAX is set in pieces, never inside
 * a grapheme; shorter words and other text as they are */
static void
test_word_pieces (void)
{
  g_autofree char *short_word = repeat ("a", PDZ_REPORT_WORD_MAX);
  g_autofree char *long_word = repeat ("a", 10 * PDZ_REPORT_WORD_MAX);
  g_autofree char *accents = repeat ("e\u0301", 2 * PDZ_REPORT_WORD_MAX);
  g_autofree char *flags = repeat ("\U0001F1EE\U0001F1F9", 10 * PDZ_REPORT_WORD_MAX);
  g_autofree char *family = repeat ("\U0001F469\u200D\U0001F467", 10 * PDZ_REPORT_WORD_MAX);
  g_autofree char *marks = repeat ("\u0301", 2000);
  g_autofree char *grapheme = g_strconcat ("a", marks, NULL);
  g_autofree char *both = g_strconcat (short_word, " ", long_word, NULL);
  char *got;
  guint n;

  got = pieces_of (short_word, G_MAXUINT, 0, 0, &n);
  g_assert_cmpstr (got, ==, short_word);
  g_assert_cmpuint (n, ==, 0);
  g_free (got);

  got = pieces_of (long_word, PDZ_REPORT_WORD_PIECE, 0, 0, &n);
  g_assert_cmpstr (got, ==, long_word);
  g_assert_cmpuint (n, ==, 10 * PDZ_REPORT_WORD_MAX / PDZ_REPORT_WORD_PIECE - 1);
  g_free (got);

  /* only the long word of the two */
  got = pieces_of (both, PDZ_REPORT_WORD_PIECE * 2 + PDZ_REPORT_WORD_MAX, 0, 0, &n);
  g_assert_cmpstr (got, ==, both);
  g_assert_cmpuint (n, ==, 10 * PDZ_REPORT_WORD_MAX / PDZ_REPORT_WORD_PIECE - 1);
  g_free (got);

  got = pieces_of (accents, PDZ_REPORT_WORD_PIECE + 1, 0, 0x0301, &n);
  g_assert_cmpstr (got, ==, accents);
  g_assert_cmpuint (n, >, 0);
  g_free (got);

  /* flags stay whole: a break after an even number of indicators */
  got = pieces_of (flags, PDZ_REPORT_WORD_PIECE + 1, 0, 0, &n);
  g_assert_cmpstr (got, ==, flags);
  g_assert_cmpuint (n, >, 0);
  g_free (got);
  {
    g_autofree char *set = _pdz_report_pango_text (flags);
    guint indicators = 0;

    for (const char *p = set; *p != '\0'; p = g_utf8_next_char (p))
      if (g_utf8_get_char (p) == 0x200B)
        g_assert_cmpuint (indicators % 2, ==, 0);
      else
        indicators++;
  }

  got = pieces_of (family, PDZ_REPORT_WORD_PIECE + 2, 0x200D, 0x200D, &n);
  g_assert_cmpstr (got, ==, family);
  g_assert_cmpuint (n, >, 0);
  g_free (got);

  /* one grapheme of a thousand characters breaks at last */
  got = pieces_of (grapheme, 8 * PDZ_REPORT_WORD_PIECE, 0, 0, &n);
  g_assert_cmpstr (got, ==, grapheme);
  g_assert_cmpuint (n, >, 0);
  g_free (got);

  /* line breaks as before */
  got = pieces_of ("a\r\nb\rc d", G_MAXUINT, 0, 0, &n);
  g_assert_cmpstr (got, ==, "a\nb\nc d");
  g_free (got);
}
#endif

int
main (int    argc,
      char **argv)
{
  static const Shape shapes[] = {
    /* a word of 'a's: Pango's wrap at any character
     * (slow-pdf-long-word-*.json) */
    { "word", "a", TRUE, 2500 },
    /* a word of '€' over sub-points: the heading repeated on every slide
     * (slow-odp-repeated-heading.json) */
    { "euro", "€", FALSE, 750 },
    /* words: the rest of the paragraph laid out again for every slide */
    { "words", "parola ", FALSE, 4000 },
  };

  g_test_init (&argc, &argv, NULL);

#if PDZ_HAVE_PDF || PDZ_HAVE_ODF
  g_test_add_func ("/pdz/report-cost/word-pieces", test_word_pieces);
#endif

  /* The measures of time run in the native build only, as the test
   * scaling-report-cost (suite scaling) with PDZ_TEST_TIMING=1: never
   * under valgrind or a sanitizer, whose own costs are not the writers'. */
  if (g_getenv ("PDZ_TEST_TIMING") != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
      {
        g_autofree char *path = g_strdup_printf ("/pdz/report-cost/linear/%s", shapes[i].name);

        g_test_add_data_func (path, &shapes[i], test_linear);
      }
  return g_test_run ();
}
