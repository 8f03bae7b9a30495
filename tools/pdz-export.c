/* pdz-export.c: pdz export, a plan as an editable workbook, or plans as SQLite
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Thin: one plan goes through pdz_plan_export_workbook() (XLSX, ODS, a
 * directory of CSV tables); several (a corpus: a directory, or several
 * files) through PdzCorpus, to SQLite (pdz_corpus_export_sqlite()) or CSV
 * tables with a plan column (pdz_corpus_export_csv()). This file chooses
 * the format and refuses to replace what exists without --force.
 */

#include <glib/gstdio.h>

#include "pdz-tool-private.h"

typedef enum {
  FORMAT_XLSX,
  FORMAT_ODS,
  FORMAT_CSV,
  FORMAT_SQLITE,
} Format;

#define FORMAT_NAMES "xlsx, ods, csv or sqlite"

static gboolean
format_from_name (const char *name,
                  Format     *format)
{
  static const struct {
    const char *name;
    Format format;
  } names[] = {
    { "xlsx", FORMAT_XLSX },
    { "ods", FORMAT_ODS },
    { "csv", FORMAT_CSV },
    { "sqlite", FORMAT_SQLITE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_ascii_strcasecmp (names[i].name, name) == 0)
        {
          *format = names[i].format;
          return TRUE;
        }
    }
  return FALSE;
}

/* The format -o names: .sqlite and .db here, the rest by the library's
 * own rule (.xlsx, .ods, a directory or a path ending in '/'). */
static gboolean
format_from_output (const char *output,
                    Format     *format)
{
  g_autofree char *lower = g_ascii_strdown (output, -1);
  PdzWorkbookFormat workbook;

  if (g_str_has_suffix (lower, ".sqlite") || g_str_has_suffix (lower, ".db"))
    *format = FORMAT_SQLITE;
  else if (pdz_workbook_format_guess (output, &workbook))
    *format = workbook == PDZ_WORKBOOK_FORMAT_XLSX ? FORMAT_XLSX
              : workbook == PDZ_WORKBOOK_FORMAT_ODS ? FORMAT_ODS : FORMAT_CSV;
  else
    return FALSE;
  return TRUE;
}

/* What exists at @output that the export would replace: the file, or the
 * tables of an earlier export in a directory (recognised, as pdz import
 * recognises them, by plan.csv). (transfer full) (nullable) */
static char *
existing_output (const char *output,
                 Format      format)
{
  if (format == FORMAT_CSV)
    {
      g_autofree char *table = g_build_filename (output, "plan.csv", NULL);

      if (g_file_test (table, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&table);
      return NULL;
    }
  if (g_file_test (output, G_FILE_TEST_EXISTS) || g_file_test (output, G_FILE_TEST_IS_SYMLINK))
    return g_strdup (output);
  return NULL;
}

/* Whether @output names one of the inputs, which an export must never
 * replace. */
static const char *
output_is_input (const char         *output,
                 const char * const *inputs)
{
  g_autoptr(GFile) out = g_file_new_for_commandline_arg (output);
  GStatBuf so, si;
  gboolean have_out = g_stat (output, &so) == 0;

  for (guint i = 0; inputs[i] != NULL; i++)
    {
      g_autoptr(GFile) in = g_file_new_for_commandline_arg (inputs[i]);

      if (g_file_equal (in, out) ||
          (have_out && g_stat (inputs[i], &si) == 0 && si.st_dev == so.st_dev && si.st_ino == so.st_ino))
        return inputs[i];
    }
  return NULL;
}

static int
export_plan (const char *input,
             const char *output,
             Format      format)
{
  g_autoptr(PdzPlan) plan = pdz_tool_load_plan (input);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  PdzWorkbookFormat workbook;

  if (plan == NULL)
    return PDZ_EXIT_FAILURE;

  workbook = format == FORMAT_XLSX ? PDZ_WORKBOOK_FORMAT_XLSX
             : format == FORMAT_ODS ? PDZ_WORKBOOK_FORMAT_ODS : PDZ_WORKBOOK_FORMAT_CSV;
  file = g_file_new_for_commandline_arg (output);
  if (!pdz_plan_export_workbook (plan, file, workbook, NULL, &error))
    {
      pdz_tool_file_error (output, file, error);
      return PDZ_EXIT_FAILURE;
    }
  return PDZ_EXIT_OK;
}

static int
export_corpus (const char * const *inputs,
               const char         *output,
               Format              format)
{
  g_autoptr(PdzCorpus) corpus = pdz_corpus_new ();
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
  g_autoptr(GError) error = NULL;
  GListModel *errors;
  guint n_errors;
  gboolean ok;

  if (!pdz_corpus_load_paths (corpus, inputs, NULL, &error))
    {
      pdz_tool_error (NULL, "%s", error->message);
      return PDZ_EXIT_FAILURE;
    }

  /* A file that does not load is named, and nothing is written: a
   * database or tables without one of the plans would be taken for all. */
  errors = pdz_corpus_get_errors (corpus);
  n_errors = g_list_model_get_n_items (errors);
  for (guint i = 0; i < n_errors; i++)
    {
      g_autoptr(PdzCorpusFile) bad = g_list_model_get_item (errors, i);
      const GError *why = pdz_corpus_file_get_error (bad);
      g_autofree char *path = g_file_get_path (pdz_corpus_file_get_file (bad));

      if (why != NULL)
        pdz_tool_file_error (path != NULL ? path : "?", pdz_corpus_file_get_file (bad), why);
    }
  if (n_errors > 0)
    {
      pdz_tool_error (output, "not written: %u %s could not be read", n_errors,
                      n_errors == 1 ? "file" : "files");
      return PDZ_EXIT_FAILURE;
    }
  if (g_list_model_get_n_items (pdz_corpus_get_plans (corpus)) == 0)
    {
      pdz_tool_error (inputs[0], "no plan file to export");
      return PDZ_EXIT_FAILURE;
    }

  if (format == FORMAT_SQLITE)
    ok = pdz_corpus_export_sqlite (corpus, file, NULL, &error);
  else
    ok = pdz_corpus_export_csv (corpus, file, NULL, &error);
  if (!ok)
    {
      pdz_tool_file_error (output, file, error);
      return PDZ_EXIT_FAILURE;
    }
  return PDZ_EXIT_OK;
}

int
pdz_tool_export (int    argc,
                 char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  gboolean force = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      "The format: xlsx, ods, csv or sqlite (default: from OUT)", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "The workbook, database or directory of CSV tables to write (required)", "OUT" },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      "Replace an existing OUT (or the CSV tables in the directory OUT)", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "PLAN|DIR|FILE..." },
    { NULL }
  };
  g_autofree char *existing = NULL;
  const char *input_too;
  gboolean corpus;
  Format format;
  int status;

  if (!pdz_tool_parse ("Write the plan PLAN as an editable workbook: XLSX, ODS, or a directory\n"
                       "of CSV tables, which pdz import reads back. Several plans (a directory\n"
                       "of plan files, or several files) go to a SQLite database, or to CSV\n"
                       "tables with a plan column.",
                       "Without -f, OUT names the format: .xlsx, .ods, .sqlite or .db, and an\n"
                       "existing directory or a path ending in '/' means CSV tables; anything\n"
                       "else is an error. An existing OUT (for CSV: a directory that holds\n"
                       "plan.csv) is refused unless --force. Nothing is written when a plan\n"
                       "cannot be read.\n"
                       "\n"
                       "Examples:\n"
                       "  pdz export plan.json -o piano.xlsx\n"
                       "  pdz export plan.json -o tables/\n"
                       "  pdz export plans/ -o region.sqlite\n"
                       "Exit status: 0 when written, 2 on an error or bad usage.",
                       entries, NULL, &argc, &argv, &status))
    return status;

  if (files == NULL || files[0] == NULL)
    return pdz_tool_usage_error (NULL, "expected a PLAN file, a directory of plans, or several files");
  if (output == NULL)
    return pdz_tool_usage_error (NULL, "no output: give -o OUT");

  if (format_name != NULL)
    {
      if (!format_from_name (format_name, &format))
        return pdz_tool_usage_error ("--format", "unknown format \"%s\" (expected " FORMAT_NAMES ")",
                                     format_name);
    }
  else if (!format_from_output (output, &format))
    return pdz_tool_usage_error (output, "names no format: add -f FORMAT (" FORMAT_NAMES "), "
                                         "or end a directory of CSV tables with '/'");

  corpus = files[1] != NULL || g_file_test (files[0], G_FILE_TEST_IS_DIR);
  if (corpus && format != FORMAT_SQLITE && format != FORMAT_CSV)
    return pdz_tool_usage_error (output, "several plans go to SQLite or CSV only, not to an %s workbook",
                                 format == FORMAT_XLSX ? "XLSX" : "ODS");

  input_too = output_is_input (output, (const char * const *) files);
  if (input_too != NULL)
    {
      pdz_tool_error (output, "refusing to overwrite the input %s", input_too);
      return PDZ_EXIT_FAILURE;
    }
  existing = existing_output (output, format);
  if (existing != NULL && !force)
    {
      pdz_tool_error (existing, "already exists: give --force to replace it");
      return PDZ_EXIT_FAILURE;
    }

  if (corpus || format == FORMAT_SQLITE)
    return export_corpus ((const char * const *) files, output, format);
  return export_plan (files[0], output, format);
}
