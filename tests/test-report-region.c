/* test-report-region.c: the regional overview, PdzReport with a PdzCorpus
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * On tests/data/corpus (see test-corpus.c): four plans count, of which one
 * in English; bad files, duplicates and an earlier round do not. The
 * overview has one row per ambito in every format, a section per ambito,
 * and names the files that do not count.
 */

#include <string.h>

#include <libpdz/pdz.h>

#include "pdz-test-util.h"

#define load_corpus pdz_test_load_corpus

static char *
render (PdzReport       *report,
        PdzReportFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  pdz_report_set_format (report, format);
  bytes = pdz_report_to_bytes (report, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* How many times @needle is in @haystack */
static guint
count (const char *haystack,
       const char *needle)
{
  g_auto(GStrv) parts = g_strsplit (haystack, needle, -1);

  return g_strv_length (parts) - 1;
}

static void
test_properties (void)
{
  g_autoptr(PdzCorpus) corpus = load_corpus ();
  g_autoptr(PdzReport) report = pdz_report_new_for_corpus (corpus);
  g_autoptr(PdzCorpus) got = NULL;

  g_assert_true (pdz_report_get_corpus (report) == corpus);
  g_object_get (report, "corpus", &got, NULL);
  g_assert_true (got == corpus);
  g_assert_null (pdz_report_get_plan (report));
  /* The language of the first plan that counts */
  g_assert_cmpstr (pdz_report_get_effective_language (report), ==, "it");

  pdz_report_set_corpus (report, NULL);
  g_assert_null (pdz_report_get_corpus (report));
}

static void
test_html (void)
{
  g_autoptr(PdzCorpus) corpus = load_corpus ();
  g_autoptr(PdzReport) report = pdz_report_new_for_corpus (corpus);
  g_autofree char *html = render (report, PDZ_REPORT_FORMAT_HTML);
  GListModel *plans = pdz_corpus_get_plans (corpus);
  guint n = g_list_model_get_n_items (plans);

  g_assert_cmpuint (n, ==, 4);
  g_assert_nonnull (strstr (html, "Panoramica regionale dei Piani di Zona"));
  g_assert_cmpuint (count (html, "<table class=\"summary ambiti\">"), ==, 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzPlan) plan = g_list_model_get_item (plans, i);
      g_autofree char *anchor = g_strdup_printf ("id=\"ambito-%u\"", i + 1);
      g_autofree char *link = g_strdup_printf ("href=\"#ambito-%u\"", i + 1);

      /* in the row of the summary, the contents and its section's heading */
      g_assert_cmpuint (count (html, pdz_plan_get_ambito (plan)), >=, 3);
      g_assert_nonnull (strstr (html, anchor));
      g_assert_nonnull (strstr (html, link));
    }
  /* the charts, of the Region's figures */
  g_assert_cmpuint (count (html, "<svg"), >=, 2);
  /* the files that do not count */
  g_assert_nonnull (strstr (html, "bad-syntax.json"));
  g_assert_nonnull (strstr (html, "bad-format.json"));
  g_assert_nonnull (strstr (html, "rounds-2022.json: monitoraggio precedente"));
}

static void
test_markdown_and_sections (void)
{
  g_autoptr(PdzCorpus) corpus = load_corpus ();
  g_autoptr(PdzReport) report = pdz_report_new_for_corpus (corpus);
  g_autofree char *md = NULL;
  g_autofree char *summary_only = NULL;

  pdz_report_set_language (report, "en");
  md = render (report, PDZ_REPORT_FORMAT_MARKDOWN);
  g_assert_nonnull (strstr (md, "# Regional overview of the Piani di Zona\n"));
  g_assert_nonnull (strstr (md, "### The ambiti\n"));
  g_assert_nonnull (strstr (md, "\n## Ambito di Seriate\n"));
  g_assert_nonnull (strstr (md, "\n## District of Varese\n"));

  /* without the macroareas section, no section per ambito, and no link */
  pdz_report_set_sections (report, PDZ_REPORT_SECTION_SUMMARY);
  summary_only = render (report, PDZ_REPORT_FORMAT_MARKDOWN);
  g_assert_null (strstr (summary_only, "\n## Ambito di Seriate\n"));
  g_assert_nonnull (strstr (summary_only, "| Ambito di Seriate |"));
}

static void
test_csv (void)
{
  g_autoptr(PdzCorpus) corpus = load_corpus ();
  g_autoptr(PdzReport) report = pdz_report_new_for_corpus (corpus);
  g_autofree char *csv = render (report, PDZ_REPORT_FORMAT_CSV);
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);

  /* the head, one row per ambito, and the empty string after the last CRLF */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 4 + 1);
  g_assert_true (g_str_has_prefix (lines[0], "ID,Ambito,Titolo,File,"));
  g_assert_true (g_str_has_prefix (lines[1], "ambito-001,Ambito di Locate di Triulzi,"));
  g_assert_true (g_str_has_prefix (lines[4], "rounds,"));
  g_assert_cmpstr (lines[5], ==, "");
}

static void
test_other_formats (void)
{
  g_autoptr(PdzCorpus) corpus = load_corpus ();
  g_autoptr(PdzReport) report = pdz_report_new_for_corpus (corpus);
  const PdzReportFormat formats[] = { PDZ_REPORT_FORMAT_XLSX, PDZ_REPORT_FORMAT_PDF };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;

      if (!pdz_report_format_is_available (formats[i]))
        continue;
      pdz_report_set_format (report, formats[i]);
      bytes = pdz_report_to_bytes (report, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_bytes_get_size (bytes), >, 1000);
    }

  /* No slide deck of the overview yet */
  if (pdz_report_format_is_available (PDZ_REPORT_FORMAT_ODP))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;

      pdz_report_set_format (report, PDZ_REPORT_FORMAT_ODP);
      bytes = pdz_report_to_bytes (report, NULL, &error);
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED);
      g_assert_null (bytes);
    }
}

static void
test_query_refused (void)
{
  g_autoptr(PdzCorpus) corpus = load_corpus ();
  g_autoptr(PdzReport) report = pdz_report_new_for_corpus (corpus);
  g_autoptr(PdzPlan) plan = g_list_model_get_item (pdz_corpus_get_plans (corpus), 0);
  g_autoptr(PdzQuery) query = pdz_query_new (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  pdz_report_set_query (report, query);
  bytes = pdz_report_to_bytes (report, NULL, &error);
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
  g_assert_null (bytes);
}

/* A previous round is for the report of one plan. */
static void
test_since_refused (void)
{
  g_autoptr(PdzCorpus) corpus = load_corpus ();
  g_autoptr(PdzReport) report = pdz_report_new_for_corpus (corpus);
  g_autoptr(PdzPlan) plan = g_list_model_get_item (pdz_corpus_get_plans (corpus), 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  pdz_report_set_since (report, plan);
  bytes = pdz_report_to_bytes (report, NULL, &error);
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "since"));
  g_assert_null (bytes);
}

static void
test_empty (void)
{
  g_autoptr(PdzCorpus) corpus = pdz_corpus_new ();
  g_autoptr(PdzReport) report = pdz_report_new_for_corpus (corpus);
  g_autofree char *html = render (report, PDZ_REPORT_FORMAT_HTML);
  g_autofree char *csv = render (report, PDZ_REPORT_FORMAT_CSV);

  g_assert_nonnull (strstr (html, "Nessun piano da riassumere."));
  g_assert_cmpuint (count (csv, "\r\n"), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdz/report-region/properties", test_properties);
  g_test_add_func ("/pdz/report-region/html", test_html);
  g_test_add_func ("/pdz/report-region/markdown", test_markdown_and_sections);
  g_test_add_func ("/pdz/report-region/csv", test_csv);
  g_test_add_func ("/pdz/report-region/other-formats", test_other_formats);
  g_test_add_func ("/pdz/report-region/query-refused", test_query_refused);
  g_test_add_func ("/pdz/report-region/since-refused", test_since_refused);
  g_test_add_func ("/pdz/report-region/empty", test_empty);

  return g_test_run ();
}
