/* pdz-import.c: pdz import, a plan read back from its workbook
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Thin: PdzWorkbookImport reads the workbook (XLSX, ODS, a directory of
 * CSV tables) and finds every problem with its sheet and cell; each is
 * printed on a line of its own. -o writes a new plan file; --into updates
 * one: the workbook is the whole plan, so the diff of the plan file and
 * the workbook (pdz_diff_new_from_plans()) is printed as pdz diff prints
 * it, applied to the plan as loaded (pdz_diff_apply()) and saved back over
 * its file through the library's conflict check (pdz_plan_save()).
 */

#include "pdz-tool-private.h"

/* Prints every problem the import found, errors and notes (among them the
 * ids made for new rows), "pdz: import: FILE: Sheet!Cell: message". */
static void
print_problems (PdzWorkbookImport *import,
                const char        *arg)
{
  GListModel *problems = pdz_workbook_import_get_problems (import);
  guint n = g_list_model_get_n_items (problems);
  guint n_errors = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzWorkbookProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *line = pdz_workbook_problem_to_string (problem);

      if (pdz_workbook_problem_get_severity (problem) == PDZ_WORKBOOK_SEVERITY_ERROR)
        n_errors++;
      pdz_tool_error (arg, "%s", line);
    }
  if (pdz_workbook_import_get_n_errors (import) > n_errors)
    pdz_tool_error (arg, "%u more errors not shown", pdz_workbook_import_get_n_errors (import) - n_errors);
}

static PdzPlan *
read_workbook (const char *arg)
{
  g_autoptr(PdzWorkbookImport) import = pdz_workbook_import_new ();
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (arg);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPlan) plan = pdz_workbook_import_load (import, file, NULL, &error);

  if (plan == NULL && g_list_model_get_n_items (pdz_workbook_import_get_problems (import)) == 0)
    {
      /* Not a problem of a cell: the file cannot be read. */
      pdz_tool_file_error (arg, file, error);
      return NULL;
    }
  print_problems (import, arg);
  return g_steal_pointer (&plan);
}

static int
import_new (PdzPlan    *plan,
            const char *output,
            gboolean    force)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
  g_autoptr(GError) error = NULL;

  if (!force && (g_file_test (output, G_FILE_TEST_EXISTS) || g_file_test (output, G_FILE_TEST_IS_SYMLINK)))
    {
      pdz_tool_error (output, "already exists: give --force to replace it, or --into to update it");
      return PDZ_EXIT_FAILURE;
    }
  if (!pdz_plan_save (plan, file, force ? PDZ_SAVE_FLAGS_FORCE : PDZ_SAVE_FLAGS_NONE, NULL, &error))
    {
      pdz_tool_file_error (output, file, error);
      return PDZ_EXIT_FAILURE;
    }
  return PDZ_EXIT_OK;
}

static int
import_into (PdzPlan           *workbook_plan,
             const char        *into,
             gboolean           dry_run,
             const char        *language,
             PdzToolDiffFormat  format,
             gboolean           ascii)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (into);
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzDiff) diff = NULL;
  g_autoptr(GError) error = NULL;

  /* The plan remembers the file it was loaded from and when: saved back,
   * the library refuses when another program changed the file since. */
  plan = pdz_tool_load_plan (into);
  if (plan == NULL)
    return PDZ_EXIT_FAILURE;

  /* The workbook is the whole plan, its id included. */
  diff = pdz_diff_new_from_plans (plan, workbook_plan, PDZ_DIFF_FLAGS_FORCE, &error);
  if (diff == NULL)
    {
      pdz_tool_error (into, "%s", error->message);
      return PDZ_EXIT_FAILURE;
    }
  pdz_tool_print_diff (diff, plan, workbook_plan, pdz_tool_language (language, workbook_plan), format, ascii);

  if (dry_run)
    return pdz_diff_is_empty (diff) ? PDZ_EXIT_OK : PDZ_EXIT_WARNINGS;
  if (pdz_diff_is_empty (diff))
    return PDZ_EXIT_OK;

  if (!pdz_diff_apply (diff, plan, &error))
    {
      pdz_tool_error (into, "%s", error->message);
      return PDZ_EXIT_FAILURE;
    }
  if (!pdz_plan_save (plan, file, PDZ_SAVE_FLAGS_NONE, NULL, &error))
    {
      pdz_tool_file_error (into, file, error);
      return PDZ_EXIT_FAILURE;
    }
  return PDZ_EXIT_OK;
}

int
pdz_tool_import (int    argc,
                 char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *into = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *language = NULL;
  gboolean force = FALSE;
  gboolean dry_run = FALSE;
  gboolean ascii = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write the plan read to the new plan file OUT", "OUT" },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      "With -o: replace an existing OUT", NULL },
    { "into", 0, 0, G_OPTION_ARG_FILENAME, &into,
      "Update the plan file PLAN from the workbook, printing what changed", "PLAN" },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run,
      "With --into: print what would change, and save nothing", NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      "With --into: how to print the changes, text (the default), json or md", "FORMAT" },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &language,
      "With --into: the language of the changes, it or en (default: the plan's)", "LANG" },
    { "ascii", 0, 0, G_OPTION_ARG_NONE, &ascii,
      "With --into: plain ASCII text", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "WORKBOOK|DIR" },
    { NULL }
  };
  g_autoptr(PdzPlan) plan = NULL;
  PdzToolDiffFormat format;
  int status;

  if (!pdz_tool_parse ("Read a plan back from the workbook pdz export wrote, as the office\n"
                       "edited it in Excel, LibreOffice or another program: an XLSX or ODS\n"
                       "file, or a directory of CSV tables (with its plan.csv).",
                       "Usage:\n"
                       "  pdz import WORKBOOK -o plan.json [--force]\n"
                       "  pdz import WORKBOOK --into plan.json [--dry-run]\n"
                       "\n"
                       "Every problem is printed, naming its sheet and cell; a workbook with\n"
                       "an error writes nothing. A new row with an empty id gets an id made\n"
                       "from its title, which is printed. With --into the workbook is the\n"
                       "whole plan: a row deleted is removed, a row added is added; what\n"
                       "changed is printed as pdz diff prints it, and the plan file is\n"
                       "rewritten atomically, refused when another program changed it since\n"
                       "it was read.\n"
                       "Exit status: 0 when written (--dry-run: nothing would change), 1 with\n"
                       "--dry-run when something would change, 2 on an error or bad usage.",
                       entries, NULL, &argc, &argv, &status))
    return status;

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    return pdz_tool_usage_error (NULL, "expected one WORKBOOK (an .xlsx or .ods file, or a directory of CSV tables)");
  if (output != NULL && into != NULL)
    return pdz_tool_usage_error ("--into", "-o is not allowed beside --into");
  if (output == NULL && into == NULL)
    return pdz_tool_usage_error (NULL, "no output: give -o plan.json, or --into plan.json");
  if (into == NULL && (dry_run || format_name != NULL || language != NULL || ascii))
    return pdz_tool_usage_error (NULL, "--dry-run, --format, --lang and --ascii go with --into");
  if (into != NULL && force)
    return pdz_tool_usage_error ("--force", "only with -o: --into never saves over another program's edit");
  if (!pdz_tool_diff_parse_format (format_name, &format))
    return PDZ_EXIT_FAILURE;
  if (language != NULL && pdz_tool_language (language, NULL) == NULL)
    return PDZ_EXIT_FAILURE;

  plan = read_workbook (files[0]);
  if (plan == NULL)
    return PDZ_EXIT_FAILURE;

  if (into != NULL)
    return import_into (plan, into, dry_run, language, format, ascii);
  return import_new (plan, output, force);
}
