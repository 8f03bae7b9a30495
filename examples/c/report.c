/* report.c: write the monitoring report of a plan in every format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Usage: pdz-report-example [FILE] OUTDIR
 *
 * Loads a plan and writes, into OUTDIR:
 *
 *  - report.html, the full report in the plan's language;
 *  - summary-en.md, the cover, summary and charts only, in English, with
 *    its charts as SVG files beside it (summary-en-1.svg, ...);
 *  - report.xlsx, the workbook, when this build of libpdz writes XLSX;
 *  - actions.csv, the table of actions for Excel in an Italian locale;
 *  - macroarea-ID.html, for each macroarea, the report limited to it by a
 *    query (PdzReport:query): its figures, its objectives, their actions.
 *
 * and prints the path of each file written. Without FILE it reads the
 * example plan, examples/data/corsichese-2021-2023.json. Set
 * SOURCE_DATE_EPOCH to fix the date the reports carry.
 */

#include <locale.h>
#include <stdlib.h>

#include <libpdz/pdz.h>

#ifndef PDZ_EXAMPLE_PLAN
#define PDZ_EXAMPLE_PLAN "examples/data/corsichese-2021-2023.json"
#endif

/* Writes @report to OUTDIR/@name and prints every file that makes. */
static gboolean
write_report (PdzReport   *report,
              const char  *outdir,
              const char  *name,
              GError     **error)
{
  g_autofree char *path = g_build_filename (outdir, name, NULL);
  g_auto(GStrv) files = pdz_report_dup_output_files (report, path);

  if (!pdz_report_write_path (report, path, NULL, error))
    return FALSE;

  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    g_print ("%s\n", files[i]);
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzReport) report = NULL;
  const char *path = PDZ_EXAMPLE_PLAN;
  const char *outdir;

  setlocale (LC_ALL, "");

  if (argc == 3)
    {
      path = argv[1];
      outdir = argv[2];
    }
  else if (argc == 2)
    outdir = argv[1];
  else
    {
      g_printerr ("Usage: %s [FILE] OUTDIR\n", argv[0]);
      return EXIT_FAILURE;
    }

  plan = pdz_plan_load_path (path, NULL, &error);
  if (plan == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  if (g_mkdir_with_parents (outdir, 0777) != 0)
    {
      g_printerr ("%s: cannot create the directory\n", outdir);
      return EXIT_FAILURE;
    }

  /* The full report, in the plan's language */
  report = pdz_report_new (plan);
  if (!write_report (report, outdir, "report.html", &error))
    goto fail;

  /* A short one in English: the cover, the summary and the charts */
  pdz_report_set_format (report, PDZ_REPORT_FORMAT_MARKDOWN);
  pdz_report_set_language (report, "en");
  pdz_report_set_sections (report, PDZ_REPORT_SECTION_COVER |
                                   PDZ_REPORT_SECTION_SUMMARY |
                                   PDZ_REPORT_SECTION_CHARTS);
  if (!write_report (report, outdir, "summary-en.md", &error))
    goto fail;

  /* The workbook, back in the plan's language, when this build of libpdz
   * has its writer (the meson option xlsx) */
  pdz_report_set_language (report, NULL);
  if (pdz_report_format_is_available (PDZ_REPORT_FORMAT_XLSX))
    {
      pdz_report_set_format (report, PDZ_REPORT_FORMAT_XLSX);
      if (!write_report (report, outdir, "report.xlsx", &error))
        goto fail;
    }

  /* One table, for Excel in an Italian locale */
  pdz_report_set_format (report, PDZ_REPORT_FORMAT_CSV);
  pdz_report_set_table (report, PDZ_REPORT_TABLE_ACTIONS);
  pdz_report_set_csv_dialect (report, PDZ_REPORT_CSV_DIALECT_EXCEL_IT);
  if (!write_report (report, outdir, "actions.csv", &error))
    goto fail;

  /* A report per macroarea: a query limits the report to what it finds,
   * and every figure of it is the query's */
  pdz_report_set_format (report, PDZ_REPORT_FORMAT_HTML);
  for (guint i = 0; i < g_list_model_get_n_items (pdz_plan_get_macroareas (plan)); i++)
    {
      g_autoptr(PdzMacroarea) macroarea = g_list_model_get_item (pdz_plan_get_macroareas (plan), i);
      g_autoptr(PdzQuery) query = pdz_query_new (plan);
      g_autofree char *name = g_strdup_printf ("macroarea-%s.html", pdz_macroarea_get_id (macroarea));

      pdz_query_add_macroarea (query, pdz_macroarea_get_id (macroarea));
      pdz_report_set_query (report, query);
      if (!write_report (report, outdir, name, &error))
        goto fail;
    }

  return EXIT_SUCCESS;

fail:
  g_printerr ("%s: %s\n", outdir, error->message);
  return EXIT_FAILURE;
}
