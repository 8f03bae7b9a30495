/* pdz-report.c: pdz report, the monitoring report of a plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Thin: parses the options into a PdzReport and lets the library write.
 * Refuses to write over its input file.
 */

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "pdz-tool-private.h"

int pdz_tool_report (int argc, char **argv);

/* The names -f takes and the extensions -o is read by, in the order --help
 * lists them. */
static const struct {
  const char *name;
  PdzReportFormat format;
} formats[] = {
  { "html", PDZ_REPORT_FORMAT_HTML },
  { "htm", PDZ_REPORT_FORMAT_HTML },
  { "md", PDZ_REPORT_FORMAT_MARKDOWN },
  { "markdown", PDZ_REPORT_FORMAT_MARKDOWN },
  { "csv", PDZ_REPORT_FORMAT_CSV },
  { "xlsx", PDZ_REPORT_FORMAT_XLSX },
  { "pdf", PDZ_REPORT_FORMAT_PDF },
  { "odp", PDZ_REPORT_FORMAT_ODP },
};

#define FORMAT_NAMES "html, md, csv, xlsx, pdf or odp"

static gboolean
format_from_name (const char      *name,
                  PdzReportFormat *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (g_ascii_strcasecmp (formats[i].name, name) == 0)
        {
          *format = formats[i].format;
          return TRUE;
        }
    }
  return FALSE;
}

/* The extension of @path ("pdf" for "out/r.pdf"), or NULL for none. */
static const char *
extension_of (const char *path)
{
  const char *base = strrchr (path, G_DIR_SEPARATOR);
  const char *dot;

  base = base != NULL ? base + 1 : path;
  dot = strrchr (base, '.');
  return dot != NULL && dot != base ? dot + 1 : NULL;
}

/* The formats --help says this build leaves out: "; not in this build: pdf,
 * odp", or "" when it writes them all. (transfer full) */
static char *
unavailable_formats (void)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (pdz_report_format_is_available (formats[i].format) ||
          (i > 0 && formats[i - 1].format == formats[i].format))
        continue;
      g_string_append (out, out->len == 0 ? "; not in this build: " : ", ");
      g_string_append (out, formats[i].name);
    }
  return g_string_free (out, FALSE);
}

/* Whether @path names the same file as @input: the same path, or (when
 * both exist) the same inode, so that links and "./" tricks are caught. */
static gboolean
same_file (const char *input,
           const char *path)
{
  g_autoptr(GFile) a = g_file_new_for_path (input);
  g_autoptr(GFile) b = g_file_new_for_path (path);
  GStatBuf sa, sb;

  if (g_file_equal (a, b))
    return TRUE;

  return g_stat (input, &sa) == 0 && g_stat (path, &sb) == 0 &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* Whether @path is an input file: one of @files, or a file of @corpus
 * (nullable); says so. */
static gboolean
refuses_input (char       **files,
               PdzCorpus   *corpus,
               const char  *path)
{
  GListModel *read = corpus != NULL ? pdz_corpus_get_files (corpus) : NULL;

  for (guint i = 0; files[i] != NULL; i++)
    {
      if (same_file (files[i], path))
        {
          pdz_tool_error (path, "refusing to overwrite the input file");
          return TRUE;
        }
    }
  for (guint i = 0; read != NULL && i < g_list_model_get_n_items (read); i++)
    {
      g_autoptr(PdzCorpusFile) file = g_list_model_get_item (read, i);
      g_autofree char *name = g_file_get_path (pdz_corpus_file_get_file (file));

      if (name != NULL && same_file (name, path))
        {
          pdz_tool_error (path, "refusing to overwrite the input file");
          return TRUE;
        }
    }
  return FALSE;
}

/* Limits @report to what @query finds, through PdzReport:query (the
 * report subset of the API review). Looked up by name, so that this
 * command builds against a libpdz without it and says so. */
static gboolean
set_report_query (PdzReport  *report,
                  PdzQuery   *query,
                  const char *option)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (report), "query");

  if (pspec == NULL || !g_type_is_a (PDZ_TYPE_QUERY, G_PARAM_SPEC_VALUE_TYPE (pspec)))
    {
      pdz_tool_error (option, "this build of libpdz cannot limit a report to the actions "
                              "a filter finds (it has no PdzReport:query)");
      return FALSE;
    }
  g_object_set (report, "query", query, NULL);
  return TRUE;
}

int
pdz_tool_report (int    argc,
                 char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *language = NULL;
  g_autofree char *table_name = NULL;
  g_autofree char *dialect_name = NULL;
  g_autofree char *date_text = NULL;
  gboolean diagnostics = FALSE;
  g_autofree char *since_path = NULL;
  gboolean force = FALSE;
  g_auto(GStrv) files = NULL;
  g_autofree char *missing = unavailable_formats ();
  g_autofree char *format_help = g_strdup_printf ("The format: html, md (markdown), csv, xlsx, pdf or odp "
                                                  "(default: from the extension of OUT, else html%s)",
                                                  missing);
  g_autoptr(PdzToolFilter) filter = pdz_tool_filter_new ();
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name, format_help, "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write to OUT (a directory for a CSV report of every table) instead of the standard output", "OUT" },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &language,
      "The language of the report: it or en (default: the plan's)", "LANG" },
    /* The spelling of the library's property: an alias, as in pdz validate. */
    { "language", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &language,
      "The same as --lang", "LANG" },
    { "table", 0, 0, G_OPTION_ARG_STRING, &table_name,
      "For CSV, the table: objectives, actions, projects, partners, fundings, changes (with --since) "
      "or all (default)", "TABLE" },
    { "csv-dialect", 0, 0, G_OPTION_ARG_STRING, &dialect_name,
      "For CSV: rfc4180 (default) or excel-it (';' separator, decimal comma, byte-order mark)", "DIALECT" },
    { "diagnostics", 0, 0, G_OPTION_ARG_NONE, &diagnostics,
      "End an HTML or Markdown report with the diagnostics of the plan's checks", NULL },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text,
      "The date of the report, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)", "DATE" },
    { "since", 0, 0, G_OPTION_ARG_FILENAME, &since_path,
      "Add what changed since OLD, the previous monitoring round of the plan", "OLD" },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      "With --since, compare the plans even when their ids differ", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE|DIR…" },
    { NULL }
  };
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzCorpus) corpus = NULL;
  g_autoptr(PdzReport) report = NULL;
  gboolean regional;
  int done = PDZ_EXIT_OK;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) output_file = NULL;
  g_auto(GStrv) outputs = NULL;
  PdzReportFormat format = PDZ_REPORT_FORMAT_HTML;
  const char *input;
  int status;

  if (!pdz_tool_parse ("Write the monitoring report of the plan FILE: HTML (one self-contained\n"
                       "file), Markdown for pandoc (with its charts as SVG files beside it),\n"
                       "CSV tables, an XLSX workbook, a PDF to print or an ODP slide deck,\n"
                       "in Italian or English; of a directory of plans, the regional overview.\n"
                       "The filters limit it to the actions they find, as for pdz query.",
                       "Without -f, the extension of OUT names the format; one that names none\n"
                       "(\".txt\") is an error. Without -o, HTML, Markdown (charts inline) and the\n"
                       "CSV of one table go to the standard output. The directory of OUT must\n"
                       "exist; only the directory of a CSV report of every table is created.\n"
                       "The input file is never overwritten. A DIR or several FILEs give the\n"
                       "regional overview: one row per ambito and a section for each (pdz(1),\n"
                       "MANY PLANS); a bad file is named and exits 2.\n"
                       "\n"
                       "Examples:\n"
                       "  pdz report plan.json -o report.html\n"
                       "  pdz report plan.json -f md -o report.md --lang en\n"
                       "  pdz report plan.json -f csv --table actions --csv-dialect excel-it > actions.csv\n"
                       "  pdz report plan.json -f csv -o tables/\n"
                       "  pdz report plan.json -o report.xlsx\n"
                       "  pdz report plan.json --since plan-2022-12.json -o report.html",
                       entries, pdz_tool_filter_get_entries (filter), &argc, &argv, &status))
    return status;

  if (files == NULL || files[0] == NULL)
    return pdz_tool_usage_error (NULL, "expected a plan FILE, a DIR or several FILEs");
  input = files[0];
  /* A DIR or several FILEs: the regional overview of their plans */
  regional = pdz_tool_is_corpus (files);
  if (regional && pdz_tool_filter_get_first_option (filter) != NULL)
    return pdz_tool_usage_error (NULL, "--%s: the filters limit the report of one plan, "
                                       "not the overview of several", pdz_tool_filter_get_first_option (filter));
  if (regional && (since_path != NULL || force))
    return pdz_tool_usage_error ("--since", "compares two rounds of one plan, not several plans");
  if (regional && table_name != NULL)
    return pdz_tool_usage_error ("--table", "the CSV of several plans is one table, of the ambiti");

  if (format_name != NULL)
    {
      if (!format_from_name (format_name, &format))
        return pdz_tool_usage_error ("--format", "unknown format \"%s\" (expected " FORMAT_NAMES ")",
                                     format_name);
    }
  else if (output != NULL)
    {
      const char *extension = extension_of (output);

      /* "-o notes.txt" is a mistake, not a wish for HTML named .txt. */
      if (extension == NULL)
        return pdz_tool_usage_error (output, "no extension to tell the format by: "
                                             "add -f FORMAT (" FORMAT_NAMES ")");
      if (!format_from_name (extension, &format))
        return pdz_tool_usage_error (output, "the extension \".%s\" names no report format: "
                                             "add -f FORMAT (" FORMAT_NAMES ")", extension);
    }
  if (language != NULL && pdz_tool_language (language, NULL) == NULL)
    return PDZ_EXIT_FAILURE;
  if (!pdz_tool_filter_check (filter))
    return PDZ_EXIT_FAILURE;

  if (regional)
    {
      guint n_bad = 0;

      /* The good files' report written, a bad file fails the command */
      corpus = pdz_tool_load_corpus (files, &n_bad);
      report = pdz_report_new_for_corpus (corpus);
      done = n_bad > 0 ? PDZ_EXIT_FAILURE : PDZ_EXIT_OK;
    }
  else
    {
      plan = pdz_tool_load_plan (input);
      if (plan == NULL)
        return PDZ_EXIT_FAILURE;
      report = pdz_report_new (plan);

      if (since_path != NULL)
        {
          g_autoptr(PdzPlan) since = pdz_tool_load_plan (since_path);
          g_autoptr(PdzDiff) diff = NULL;

          if (since == NULL)
            return PDZ_EXIT_FAILURE;
          /* two rounds of one plan, or --force: the library's rule, said here
           * of the file that breaks it */
          diff = pdz_diff_new_from_plans (since, plan, force ? PDZ_DIFF_FLAGS_FORCE : PDZ_DIFF_FLAGS_NONE, &error);
          if (diff == NULL)
            {
              pdz_tool_error (since_path, "%s (--force compares them anyway)", error->message);
              return PDZ_EXIT_FAILURE;
            }
          pdz_report_set_since (report, since);
          pdz_report_set_since_flags (report, force ? PDZ_DIFF_FLAGS_FORCE : PDZ_DIFF_FLAGS_NONE);
        }
      else if (force)
        return pdz_tool_usage_error ("--force", "only compares the plans of --since: add --since OLD");
    }
  pdz_report_set_format (report, format);
  pdz_report_set_include_diagnostics (report, diagnostics);
  pdz_report_set_language (report, language);

  /* A format this build has no writer for: the library's message, the one
   * every application gets, before any other complaint. */
  if (!pdz_report_format_is_available (format))
    {
      g_autoptr(GBytes) none = pdz_report_to_bytes (report, NULL, &error);

      g_assert (none == NULL);
      pdz_tool_error (format_name != NULL ? "--format" : output, "%s", error->message);
      return PDZ_EXIT_FAILURE;
    }

  if (table_name != NULL)
    {
      guint table = 0;

      if (!pdz_tool_parse_nick (PDZ_TYPE_REPORT_TABLE, "--table", "table", table_name, &table))
        return PDZ_EXIT_FAILURE;
      if (format != PDZ_REPORT_FORMAT_CSV)
        return pdz_tool_usage_error ("--table", "only a CSV report holds one table: add -f csv");
      pdz_report_set_table (report, table);
    }

  {
    PdzReportCsvDialect dialect = PDZ_REPORT_CSV_DIALECT_RFC4180;

    if (!pdz_tool_parse_csv_dialect (dialect_name, format == PDZ_REPORT_FORMAT_CSV, &dialect))
      return PDZ_EXIT_FAILURE;
    pdz_report_set_csv_dialect (report, dialect);
  }

  if (date_text != NULL)
    {
      g_autoptr(PdzDate) date = pdz_date_new_from_string (date_text, NULL);
      g_autoptr(GDateTime) generated = NULL;

      if (date == NULL || pdz_date_get_precision (date) != PDZ_DATE_PRECISION_DAY)
        return pdz_tool_usage_error ("--date", "\"%s\": expected a day, YYYY-MM-DD", date_text);
      generated = g_date_time_new_utc (pdz_date_get_year (date), pdz_date_get_month (date),
                                       pdz_date_get_day (date), 12, 0, 0);
      pdz_report_set_generated (report, generated);
    }

  if (pdz_tool_filter_get_first_option (filter) != NULL)
    {
      g_autofree char *option = g_strconcat ("--", pdz_tool_filter_get_first_option (filter), NULL);
      g_autoptr(PdzQuery) query = pdz_tool_filter_build_query (filter, plan, input);

      if (query == NULL || !set_report_query (report, query, option))
        return PDZ_EXIT_FAILURE;
    }

  if (output == NULL)
    {
      g_autoptr(GBytes) bytes = NULL;
      gsize length;
      const char *data;

      if (format == PDZ_REPORT_FORMAT_CSV && pdz_report_get_table (report) == PDZ_REPORT_TABLE_ALL && !regional)
        return pdz_tool_usage_error (NULL, "a CSV report of every table is a directory: "
                                           "give -o DIR, or choose one with --table");
      /* Binary formats: a terminal would show bytes, or obey some. */
      if (isatty (STDOUT_FILENO))
        {
          const char *binary = NULL;

          if (format == PDZ_REPORT_FORMAT_XLSX)
            binary = "an XLSX workbook is not for a terminal: give -o FILE.xlsx";
          else if (format == PDZ_REPORT_FORMAT_PDF)
            binary = "a PDF document is not for a terminal: give -o FILE.pdf";
          else if (format == PDZ_REPORT_FORMAT_ODP)
            binary = "an ODP slide deck is not for a terminal: give -o FILE.odp";
          if (binary != NULL)
            return pdz_tool_usage_error (NULL, "%s", binary);
        }

      bytes = pdz_report_to_bytes (report, NULL, &error);
      if (bytes == NULL)
        {
          pdz_tool_error (input, "%s", error->message);
          return PDZ_EXIT_FAILURE;
        }
      data = g_bytes_get_data (bytes, &length);
      /* As it is, but on a terminal (never a binary format: refused above). */
      pdz_tool_write_data (data, length);
      return done;
    }

  /* Every table goes to a directory: one named like a CSV file is a
   * forgotten --table, not a wish for a directory called "out.csv". */
  {
    g_autofree char *lower = g_ascii_strdown (output, -1);

    if (format == PDZ_REPORT_FORMAT_CSV && pdz_report_get_table (report) == PDZ_REPORT_TABLE_ALL && !regional &&
        g_str_has_suffix (lower, ".csv"))
      return pdz_tool_usage_error (output, "a CSV report of every table is a directory, not a "
                                           ".csv file: choose one table with --table, or give -o a directory");
  }

  /* A URI that is not a local file: the library refuses it, naming it. */
  output_file = g_file_new_for_commandline_arg (output);
  if (!g_file_is_native (output_file))
    {
      if (!pdz_report_write (report, output_file, NULL, &error))
        pdz_tool_file_error (output, output_file, error);
      return PDZ_EXIT_FAILURE;
    }

  outputs = pdz_report_dup_output_files (report, output);
  if (outputs == NULL)
    {
      /* the same checks as writing, for their message */
      if (!pdz_report_write_path (report, output, NULL, &error))
        pdz_tool_file_error (output, output_file, error);
      return PDZ_EXIT_FAILURE;
    }

  for (guint i = 0; outputs[i] != NULL; i++)
    {
      if (refuses_input (files, corpus, i == 0 ? output : outputs[i]) ||
          (i == 0 && refuses_input (files, corpus, outputs[i])))
        return PDZ_EXIT_FAILURE;
    }

  /* No directory is made on the way, as for cp: "-o nodir/r.html" is an
   * error, whose message names the file. */
  if (!pdz_report_write_path (report, output, NULL, &error))
    {
      pdz_tool_file_error (output, output_file, error);
      return PDZ_EXIT_FAILURE;
    }

  return done;
}
