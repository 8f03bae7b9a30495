/* pdz-format.c: amounts, counts, labels and texts in a language, and tables as CSV
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The public face of the report's string catalogues
 * (libpdz/report/pdz-report-strings*.c), for programs that print figures
 * for people, the pdz command first: it holds no text, no number
 * formatting and no CSV rule of its own. Every function here calls the
 * catalogue's functions or the one home of CSV fields (pdz-csv-private.h);
 * nothing here is a second table of texts.
 */

#include "pdz.h"

#include <math.h>

#include "pdz-csv-private.h"
#include "pdz-json-emit-private.h"
#include "pdz-language-private.h"
#include "pdz-report-private.h"
#include "pdz-stats-private.h"

/* The catalogue of @language: NULL or "" is Italian, the language of the
 * Piani di Zona (as for a plan that names none); a language libpdz does
 * not write is English (as for a plan in such a language). */
static const PdzReportCatalog *
catalog_for (const char *language)
{
  const char *code = _pdz_language_lookup (language);

  if (code == NULL)
    code = language == NULL || language[0] == '\0' ? _pdz_language_resolve (NULL, NULL) : "en";
  return _pdz_report_lookup_catalog (code);
}

/* A context that holds only a catalogue: what the label and number
 * functions of the catalogue read. */
#define CONTEXT_FOR(language) { .cat = catalog_for (language) }

/**
 * pdz_format_amount:
 * @cents: an amount in euro cents
 * @language: (nullable): a language code, as [property@Pdz.Report:language]
 *   takes it ("it", "it_IT", "en"); %NULL for Italian
 *
 * Formats an amount as the reports print it in @language: `€ 1.250,00` in
 * Italian (with a no-break space), `€1,250.00` in English. Every digit is
 * written, however large the amount, and a negative amount has its sign
 * in front (`−€1.00`), %G_MININT64 included. A language libpdz does not
 * write gives English.
 *
 * A total that does not fit in 64 bits is not an amount: see the
 * `amount-overflow` column of [method@Pdz.Stats.by_funding_source] and the
 * text `amount-overflow` of [func@Pdz.format_get_text].
 *
 * Returns: (transfer full): the amount as text
 *
 * Since: 0.2
 */
char *
pdz_format_amount (gint64      cents,
                   const char *language)
{
  PdzReportContext ctx = CONTEXT_FOR (language);

  return _pdz_report_format_amount (&ctx, cents);
}

/**
 * pdz_format_count:
 * @n: a number of things
 * @language: (nullable): a language code, as for [func@Pdz.format_amount]
 *
 * Formats a count with the thousands separator of @language: `1.250` in
 * Italian, `1,250` in English.
 *
 * Returns: (transfer full): the count as text
 *
 * Since: 0.2
 */
char *
pdz_format_count (guint64     n,
                  const char *language)
{
  PdzReportContext ctx = CONTEXT_FOR (language);

  return _pdz_report_format_count (&ctx, n);
}

/**
 * pdz_format_completed_of:
 * @completed: how many actions are completed
 * @total: how many actions are counted, whatever their status: the base
 * @language: (nullable): a language code, as for [func@Pdz.format_amount]
 *
 * Formats a completion rate with its base named, as every percentage of
 * libpdz is shown: `10 di 31 azioni concluse (32%)`, `10 of 31 actions
 * completed (32%)`. The percentage is rounded to a whole number; it is 0%
 * when @total is 0, as [method@Pdz.Stats.get_completion_rate] has it.
 * `doc/queries.md` gives the counting rule behind both numbers.
 *
 * Returns: (transfer full): the text
 *
 * Since: 0.2
 */
char *
pdz_format_completed_of (guint       completed,
                         guint       total,
                         const char *language)
{
  PdzReportContext ctx = CONTEXT_FOR (language);

  return _pdz_report_format_completed_of (&ctx, completed, total);
}

/* The texts of pdz_format_get_text(), by key: each a message of the
 * catalogue, never a text of its own. */
static const struct {
  const char *key;
  PdzReportMsg msg;
} texts[] = {
  { "objectives", PDZ_MSG_OBJECTIVES },
  { "actions", PDZ_MSG_ACTIONS },
  { "projects", PDZ_MSG_PROJECTS },
  { "partners", PDZ_MSG_PARTNERS },
  { "period", PDZ_MSG_PERIOD },
  { "total", PDZ_MSG_TOTAL },
  { "no-macroarea", PDZ_MSG_NO_MACROAREA },
  { "project-actions", PDZ_MSG_PROJECT_ACTIONS },
  { "status-by-macroarea", PDZ_MSG_CHART_STATUS_TITLE },
  { "funding-by-source", PDZ_MSG_CHART_FUNDING_TITLE },
  { "amount-not-stated", PDZ_MSG_AMOUNT_NOT_STATED },
  { "amount-overflow", PDZ_MSG_AMOUNT_OVERFLOW },
  { "summary-untitled-plan", PDZ_MSG_SUMMARY_UNTITLED_PLAN },
  { "summary-plan", PDZ_MSG_SUMMARY_PLAN },
  { "summary-language", PDZ_MSG_SUMMARY_LANGUAGE },
  { "summary-monitoring", PDZ_MSG_SUMMARY_MONITORING },
  { "summary-objectives", PDZ_MSG_SUMMARY_OBJECTIVES },
  { "summary-actions", PDZ_MSG_SUMMARY_ACTIONS },
  { "summary-projects", PDZ_MSG_SUMMARY_PROJECTS },
  { "summary-column-objectives", PDZ_MSG_SUMMARY_COLUMN_OBJECTIVES },
  { "summary-column-actions", PDZ_MSG_SUMMARY_COLUMN_ACTIONS },
  { "summary-column-planned", PDZ_MSG_SUMMARY_COLUMN_PLANNED },
  { "summary-column-in-progress", PDZ_MSG_SUMMARY_COLUMN_IN_PROGRESS },
  { "summary-column-completed", PDZ_MSG_SUMMARY_COLUMN_COMPLETED },
  { "summary-column-suspended", PDZ_MSG_SUMMARY_COLUMN_SUSPENDED },
  { "summary-column-cancelled", PDZ_MSG_SUMMARY_COLUMN_CANCELLED },
  { "summary-column-not-stated", PDZ_MSG_SUMMARY_COLUMN_NOT_STATED },
  { "summary-column-completion", PDZ_MSG_SUMMARY_COLUMN_COMPLETION },
  { "summary-top-partners", PDZ_MSG_SUMMARY_TOP_PARTNERS },
  { "summary-own-bodies", PDZ_MSG_SUMMARY_OWN_BODIES },
  { "summary-roles", PDZ_MSG_SUMMARY_ROLES },
  { "summary-none", PDZ_MSG_SUMMARY_NONE },
  { "summary-fundings", PDZ_MSG_SUMMARY_FUNDINGS },
  { "summary-amount", PDZ_MSG_SUMMARY_AMOUNT },
  { "summary-amount-not-stated", PDZ_MSG_SUMMARY_AMOUNT_NOT_STATED },
  { "summary-planned-and-extra", PDZ_MSG_SUMMARY_PLANNED_AND_EXTRA },
  { "region-title", PDZ_MSG_REGION_TITLE },
  { "region-ambiti", PDZ_MSG_REGION_AMBITI },
  { "region-files-not-read", PDZ_MSG_REGION_FILES_NOT_READ },
  { "summary-plans", PDZ_MSG_REGION_SUMMARY_PLANS },
  { "summary-files", PDZ_MSG_REGION_SUMMARY_FILES },
};

/**
 * pdz_format_get_text:
 * @key: the key of a text
 * @language: (nullable): a language code, as for [func@Pdz.format_amount]
 *
 * Gets one of the fixed texts of libpdz in @language, from the catalogue
 * its reports are written with, so that a program that prints figures
 * (`pdz summary` first) says them as the reports do. The texts are labels,
 * without printf conversions.
 *
 * The keys, and the Italian texts:
 *
 * - `objectives`, `actions`, `projects`, `partners`: "Obiettivi", "Azioni",
 *   "Progetti", "Partner";
 * - `period`: "Periodo"; `total`: "Totale";
 * - `no-macroarea`, `project-actions`: the labels of the rows of
 *   [method@Pdz.Stats.by_macroarea] whose `group` is `no-macroarea` and
 *   `project-actions`: "Senza macroarea", "Azioni dei progetti";
 * - `status-by-macroarea`: "Stato delle azioni per macroarea";
 *   `funding-by-source`: "Finanziamenti per fonte";
 * - `amount-not-stated`: "Importo non indicato"; `amount-overflow`: "non
 *   calcolabile", for a total too large for 64 bits;
 * - the texts of `pdz summary`, whose keys begin with `summary-`:
 *   `summary-untitled-plan`, `summary-plan`, `summary-language`,
 *   `summary-monitoring`, `summary-objectives`, `summary-actions`,
 *   `summary-projects`, the short column heads `summary-column-objectives`,
 *   `summary-column-actions`, `summary-column-` followed by the nick of each
 *   [enum@Pdz.Status], `summary-column-completion`, and
 *   `summary-top-partners`, `summary-own-bodies`, `summary-roles`,
 *   `summary-none`, `summary-fundings`, `summary-amount`,
 *   `summary-amount-not-stated`, `summary-planned-and-extra`; and since
 *   0.2 for `pdz summary DIR`, `summary-plans`, `summary-files`;
 * - the texts of the regional overview: `region-title` ("Panoramica
 *   regionale dei Piani di Zona"), `region-ambiti` ("Gli ambiti"),
 *   `region-files-not-read` ("File non contati").
 *
 * Returns: (transfer none) (nullable): the text, or %NULL (with a critical
 *   warning) for a key that is not one of these
 *
 * Since: 0.2
 */
const char *
pdz_format_get_text (const char *key,
                     const char *language)
{
  PdzReportContext ctx = CONTEXT_FOR (language);

  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      if (g_str_equal (texts[i].key, key))
        return _pdz_report_msg (&ctx, texts[i].msg);
    }

  g_return_val_if_reached (NULL);
}

/**
 * pdz_enum_get_label:
 * @enum_type: the type of an enumeration of libpdz: %PDZ_TYPE_STATUS,
 *   %PDZ_TYPE_ORIGIN, %PDZ_TYPE_ROLE, %PDZ_TYPE_SCOPE,
 *   %PDZ_TYPE_FUNDING_STATUS, %PDZ_TYPE_OBJECTIVE_KIND,
 *   %PDZ_TYPE_PARTNER_KIND or %PDZ_TYPE_SEVERITY
 * @value: a value of @enum_type
 * @language: (nullable): a language code, as for [func@Pdz.format_amount]
 *
 * Gets the label that reports show for a value, in @language: "in corso",
 * "non indicato", "capofila", "finanziato"... The machine spelling of a
 * value is its nick (`g_enum_get_value()`); this is the one
 * for people.
 *
 * A status, an origin and a role are given in the form said of an
 * objective or a project, the masculine singular in Italian ("concluso",
 * "previsto dal Piano").
 *
 * Returns: (transfer none) (nullable): the label, or %NULL when @value is
 *   not a value of @enum_type
 *
 * Since: 0.2
 */
const char *
pdz_enum_get_label (GType       enum_type,
                    int         value,
                    const char *language)
{
  PdzReportContext ctx = CONTEXT_FOR (language);
  g_autoptr(GEnumClass) klass = NULL;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  klass = g_type_class_ref (enum_type);
  if (g_enum_get_value (klass, value) == NULL)
    return NULL;

  if (enum_type == PDZ_TYPE_STATUS)
    return _pdz_report_status_label (&ctx, value, FALSE);
  if (enum_type == PDZ_TYPE_ORIGIN)
    return _pdz_report_origin_label (&ctx, value);
  if (enum_type == PDZ_TYPE_ROLE)
    return _pdz_report_role_label (&ctx, value);
  if (enum_type == PDZ_TYPE_SCOPE)
    return _pdz_report_scope_label (&ctx, value);
  if (enum_type == PDZ_TYPE_FUNDING_STATUS)
    return _pdz_report_funding_status_label (&ctx, value);
  if (enum_type == PDZ_TYPE_OBJECTIVE_KIND)
    return _pdz_report_objective_kind_label (&ctx, value);
  if (enum_type == PDZ_TYPE_PARTNER_KIND)
    return _pdz_report_partner_kind_label (&ctx, value);
  if (enum_type == PDZ_TYPE_SEVERITY)
    return _pdz_report_severity_label (&ctx, value);

  g_critical ("%s: %s has no labels", G_STRFUNC, g_type_name (enum_type));
  return NULL;
}

/* A double cell: the shortest text that reads back the same, as in the
 * table's JSON; a decimal comma in the excel-it dialect; empty when it is
 * not a number. */
static void
append_double (GString *out,
               double   value,
               gboolean decimal_comma)
{
  gsize start = out->len;

  if (!isfinite (value))
    return;

  _pdz_json_append_double (out, value);
  if (decimal_comma)
    g_strdelimit (out->str + start, ".", ',');
}

/**
 * pdz_stats_table_to_csv:
 * @self: a table
 * @dialect: how to spell the CSV: [enum@Pdz.ReportCsvDialect]
 *
 * Writes the table as CSV, by the rules of the report's CSV: a header of
 * the column names, then one record per row, each ended by CRLF; in the
 * `excel-it` dialect separated by semicolons, with decimal commas and a
 * byte-order mark first. Integers (counts, amounts in cents) and doubles
 * are numbers, strings are quoted when they need it, and a null value
 * ([method@Pdz.StatsRow.is_null]) is an empty field. A text that a
 * spreadsheet could take for a formula gets an apostrophe in front, as
 * in every CSV and XLSX of libpdz.
 *
 * This is the CSV twin of [method@Pdz.StatsTable.to_json].
 *
 * Returns: (transfer full): the CSV text, UTF-8 and nul-terminated
 *
 * Since: 0.2
 */
char *
pdz_stats_table_to_csv (PdzStatsTable       *self,
                        PdzReportCsvDialect  dialect)
{
  const char * const *columns;
  gboolean excel_it = dialect == PDZ_REPORT_CSV_DIALECT_EXCEL_IT;
  char separator = excel_it ? ';' : ',';
  guint n_columns, n_rows;
  GString *out;

  g_return_val_if_fail (PDZ_IS_STATS_TABLE (self), NULL);
  g_return_val_if_fail (dialect == PDZ_REPORT_CSV_DIALECT_RFC4180 || excel_it, NULL);

  columns = pdz_stats_table_get_columns (self);
  n_columns = g_strv_length ((char **) columns);
  n_rows = g_list_model_get_n_items (G_LIST_MODEL (self));
  out = g_string_new (excel_it ? "\xef\xbb\xbf" : NULL);

  for (guint c = 0; c < n_columns; c++)
    {
      if (c > 0)
        g_string_append_c (out, separator);
      _pdz_csv_append_field (out, columns[c], separator);
    }
  g_string_append (out, "\r\n");

  for (guint r = 0; r < n_rows; r++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (self), r);

      for (guint c = 0; c < n_columns; c++)
        {
          const GValue *value = _pdz_stats_row_peek_value (row, c);

          if (c > 0)
            g_string_append_c (out, separator);
          if (value == NULL)
            continue;
          if (G_VALUE_HOLDS_INT64 (value))
            g_string_append_printf (out, "%" G_GINT64_FORMAT, g_value_get_int64 (value));
          else if (G_VALUE_HOLDS_DOUBLE (value))
            append_double (out, g_value_get_double (value), excel_it);
          else
            _pdz_csv_append_field (out, g_value_get_string (value), separator);
        }
      g_string_append (out, "\r\n");
    }

  return g_string_free (out, FALSE);
}
