/* pdz-report-xlsx.c: the report as an Excel workbook, through libxlsxwriter
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A summary sheet, then one sheet per data table with the same rows as the
 * CSV: a frozen header row with an autofilter, column widths from the
 * content, counts as numbers, amounts as numbers in a euro format, and
 * partial dates both as printed at their precision and as a sortable ISO
 * column. Plan text is always written with worksheet_write_string(), so a
 * text such as "=HYPERLINK(...)" stays a string, never a formula.
 *
 * libxlsxwriter writes to a path only: pdz-report.c hands it a temporary
 * file when the report goes to a stream.
 */

/* newlocale(), uselocale() */
#define _POSIX_C_SOURCE 200809L

#include "pdz-report-private.h"

#include <errno.h>
#include <locale.h>
#include <xlsxwriter.h>

/* Excel refuses longer strings in a cell */
#define MAX_CELL_BYTES 32767

typedef struct {
  lxw_workbook *workbook;
  lxw_format *header;
  lxw_format *title;
  lxw_format *bold;
  lxw_format *amount;
  lxw_format *integer;
  lxw_format *percent;
  lxw_format *wrap;
} Writer;

/* Every string of the workbook goes through here (or, for sheet names,
 * _pdz_report_sheet_name()): the characters XML forbids never reach its
 * XML, which Excel and openpyxl would then refuse to open. */
static lxw_error
write_string (lxw_worksheet *sheet,
              lxw_row_t      row,
              lxw_col_t      col,
              const char    *text,
              lxw_format    *format)
{
  g_autofree char *clean = _pdz_report_xml_text (text);

  if (clean == NULL || *clean == '\0')
    return LXW_NO_ERROR;

  if (strlen (clean) > MAX_CELL_BYTES)
    {
      const char *end = NULL;

      clean[MAX_CELL_BYTES] = '\0';
      g_utf8_validate (clean, -1, &end);
      clean[end - clean] = '\0';
    }

  return worksheet_write_string (sheet, row, col, clean, format);
}

static lxw_worksheet *
add_worksheet (lxw_workbook *workbook,
               const char   *name)
{
  g_autofree char *sheet_name = _pdz_report_sheet_name (name);

  return workbook_add_worksheet (workbook, sheet_name);
}

static gboolean
check (lxw_error   err,
       GError    **error)
{
  if (err == LXW_NO_ERROR)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               "cannot write the workbook: %s", lxw_strerror (err));
  return FALSE;
}

static gboolean
write_grid (Writer         *w,
            PdzReportGrid  *grid,
            GError        **error)
{
  lxw_worksheet *sheet = add_worksheet (w->workbook, grid->sheet_name);
  lxw_row_t n_rows = grid->rows->len;
  lxw_col_t n_cols = grid->columns->len;

  if (sheet == NULL)
    return check (LXW_ERROR_MEMORY_MALLOC_FAILED, error);

  for (lxw_col_t c = 0; c < n_cols; c++)
    {
      PdzReportGridColumn *col = &g_array_index (grid->columns, PdzReportGridColumn, c);
      double width = col->kind == PDZ_CELL_AMOUNT ? 16 : MAX (col->width + 2, 8);

      if (!check (write_string (sheet, 0, c, col->header, w->header), error) ||
          !check (worksheet_set_column (sheet, c, c, width, col->width >= 60 ? w->wrap : NULL), error))
        return FALSE;
    }

  for (lxw_row_t r = 0; r < n_rows; r++)
    {
      GArray *row = grid->rows->pdata[r];

      for (lxw_col_t c = 0; c < n_cols && c < row->len; c++)
        {
          PdzReportGridColumn *col = &g_array_index (grid->columns, PdzReportGridColumn, c);
          PdzReportCell *cell = &g_array_index (row, PdzReportCell, c);
          lxw_error err = LXW_NO_ERROR;

          if (cell->empty)
            continue;

          switch (col->kind)
            {
            case PDZ_CELL_INTEGER:
              err = worksheet_write_number (sheet, r + 1, c, (double) cell->value, w->integer);
              break;
            case PDZ_CELL_AMOUNT:
              if (cell->overflow)
                err = write_string (sheet, r + 1, c, cell->text, NULL);
              else
                err = worksheet_write_number (sheet, r + 1, c, (double) cell->value / 100.0, w->amount);
              break;
            case PDZ_CELL_PERCENT:
              err = worksheet_write_number (sheet, r + 1, c, cell->number, w->percent);
              break;
            case PDZ_CELL_TEXT:
            default:
              err = write_string (sheet, r + 1, c, cell->text, NULL);
              break;
            }
          if (!check (err, error))
            return FALSE;
        }
    }

  worksheet_freeze_panes (sheet, 1, 0);
  if (n_cols > 0)
    return check (worksheet_autofilter (sheet, 0, 0, n_rows, n_cols - 1), error);
  return TRUE;
}

/* A row of key figures: label, number, and for a share its base and the
 * share itself, so that every percentage names its base */
static gboolean
write_figure (Writer         *w,
              lxw_worksheet  *sheet,
              lxw_row_t       row,
              const char     *label,
              guint           value,
              guint           base,
              GError        **error)
{
  if (!check (write_string (sheet, row, 0, label, NULL), error) ||
      !check (worksheet_write_number (sheet, row, 1, value, w->integer), error))
    return FALSE;
  if (base == 0)
    return TRUE;
  return check (worksheet_write_number (sheet, row, 2, base, w->integer), error) &&
         check (worksheet_write_number (sheet, row, 3, (double) value / base, w->percent), error);
}

static gboolean
write_summary (Writer                  *w,
               const PdzReportContext  *ctx,
               const PdzReportFigures  *fig,
               GError                 **error)
{
  lxw_worksheet *sheet = add_worksheet (w->workbook, _pdz_report_msg (ctx, PDZ_MSG_SHEET_SUMMARY));
  PdzPlan *plan = ctx->plan;
  lxw_row_t row = 0;
  g_autofree char *period = NULL;
  g_autofree char *span = NULL;
  g_autofree char *generated = NULL;
  g_autofree char *generated_line = NULL;
  static const PdzStatus statuses[] = {
    PDZ_STATUS_COMPLETED, PDZ_STATUS_IN_PROGRESS, PDZ_STATUS_PLANNED,
    PDZ_STATUS_SUSPENDED, PDZ_STATUS_CANCELLED, PDZ_STATUS_NOT_STATED,
  };
  const lxw_col_t n_status_cols = G_N_ELEMENTS (statuses);

  if (sheet == NULL)
    return check (LXW_ERROR_MEMORY_MALLOC_FAILED, error);

  worksheet_set_column (sheet, 0, 0, 42, NULL);
  worksheet_set_column (sheet, 1, 9, 14, NULL);

  write_string (sheet, row++, 0, pdz_plan_get_title (plan), w->title);
  write_string (sheet, row++, 0, pdz_plan_get_ambito (plan), w->bold);
  period = _pdz_report_format_date_range (ctx, pdz_plan_get_start (plan), pdz_plan_get_end (plan));
  write_string (sheet, row++, 0, period, NULL);
  write_string (sheet, row++, 0, pdz_plan_get_monitoring_title (plan), w->bold);
  span = _pdz_report_format_span (ctx, pdz_plan_get_monitoring_start (plan), pdz_plan_get_monitoring_end (plan));
  write_string (sheet, row++, 0, span, NULL);
  if (ctx->query != NULL)
    {
      g_autoptr(PdzStats) whole = pdz_stats_new (plan);
      g_autofree char *shown = _pdz_report_format_count (ctx, fig->n_actions);
      g_autofree char *all = _pdz_report_format_count (ctx, pdz_stats_get_n_actions (whole));
      g_autofree char *subset = _pdz_report_msgf (ctx, PDZ_MSG_SUBSET, shown, all);

      write_string (sheet, row++, 0, subset, NULL);
    }
  generated = _pdz_report_format_generated (ctx);
  generated_line = _pdz_report_msgf (ctx, PDZ_MSG_GENERATED_ON, generated);
  write_string (sheet, row++, 0, generated_line, NULL);

  /* Key figures, as on the report's cover: shares with their base */
  row++;
  write_string (sheet, row, 0, _pdz_report_msg (ctx, PDZ_MSG_FIGURE), w->header);
  write_string (sheet, row, 1, _pdz_report_msg (ctx, PDZ_MSG_NUMBER), w->header);
  write_string (sheet, row, 2, _pdz_report_msg (ctx, PDZ_MSG_BASE), w->header);
  write_string (sheet, row, 3, _pdz_report_msg (ctx, PDZ_MSG_SHARE), w->header);
  row++;
  if (!write_figure (w, sheet, row++, _pdz_report_msg (ctx, PDZ_MSG_OBJECTIVES), fig->n_objectives, 0, error) ||
      !write_figure (w, sheet, row++, _pdz_report_msg (ctx, PDZ_MSG_ACTIONS), fig->n_actions, 0, error) ||
      !write_figure (w, sheet, row++, _pdz_report_msg (ctx, PDZ_MSG_FIG_LABEL_COMPLETED),
                     fig->action_counts[PDZ_STATUS_COMPLETED], fig->n_actions, error) ||
      !write_figure (w, sheet, row++, _pdz_report_msg (ctx, PDZ_MSG_FIG_LABEL_PLANNED),
                     fig->n_origin_planned, fig->n_actions, error) ||
      !write_figure (w, sheet, row++, _pdz_report_msg (ctx, PDZ_MSG_FIG_LABEL_ORIGIN_NOT_STATED),
                     fig->n_origin_not_stated, fig->n_actions, error) ||
      !write_figure (w, sheet, row++, _pdz_report_msg (ctx, PDZ_MSG_EXTRA_ACTIONS),
                     fig->n_origin_extra, fig->n_actions, error) ||
      !write_figure (w, sheet, row++, _pdz_report_msg (ctx, PDZ_MSG_PROJECTS), fig->n_projects, 0, error) ||
      !write_figure (w, sheet, row++, _pdz_report_msg (ctx, PDZ_MSG_PARTNERS), fig->n_partners, 0, error) ||
      !write_figure (w, sheet, row++, _pdz_report_msg (ctx, PDZ_MSG_OWN_BODIES), fig->n_own_bodies, 0, error))
    return FALSE;

  /* Actions by status per macroarea: the rows of by_macroarea, the
   * actions of projects in a row of their own, and the total */
  row++;
  write_string (sheet, row, 0, _pdz_report_msg (ctx, PDZ_MSG_MACROAREA), w->header);
  for (lxw_col_t s = 0; s < n_status_cols; s++)
    write_string (sheet, row, 1 + s, _pdz_report_status_plural_label (ctx, statuses[s]), w->header);
  write_string (sheet, row, 1 + n_status_cols, _pdz_report_msg (ctx, PDZ_MSG_N_ACTIONS), w->header);
  row++;

  for (guint m = 0; m < fig->macroareas->len; m++, row++)
    {
      const PdzReportStatusRow *r = &g_array_index (fig->macroareas, PdzReportStatusRow, m);

      write_string (sheet, row, 0, r->label, NULL);
      for (lxw_col_t s = 0; s < n_status_cols; s++)
        worksheet_write_number (sheet, row, 1 + s, r->counts[statuses[s]], w->integer);
      if (!check (worksheet_write_number (sheet, row, 1 + n_status_cols, r->total, w->integer), error))
        return FALSE;
    }
  write_string (sheet, row, 0, _pdz_report_msg (ctx, PDZ_MSG_TOTAL), w->bold);
  for (lxw_col_t s = 0; s < n_status_cols; s++)
    worksheet_write_number (sheet, row, 1 + s, fig->action_counts[statuses[s]], w->integer);
  if (!check (worksheet_write_number (sheet, row++, 1 + n_status_cols, fig->n_actions, w->integer), error))
    return FALSE;

  /* The extra actions: the report's title promises them */
  row++;
  write_string (sheet, row, 0, _pdz_report_msg (ctx, PDZ_MSG_EXTRA_ACTIONS), w->header);
  write_string (sheet, row, 1, _pdz_report_msg (ctx, PDZ_MSG_ID), w->header);
  write_string (sheet, row, 2, _pdz_report_msg (ctx, PDZ_MSG_OWNER), w->header);
  row++;
  if (fig->extra_actions->len == 0)
    write_string (sheet, row++, 0, _pdz_report_msg (ctx, PDZ_MSG_NO_EXTRA_ACTIONS), NULL);
  for (guint i = 0; i < fig->extra_actions->len; i++, row++)
    {
      PdzAction *a = fig->extra_actions->pdata[i];
      PdzObjective *objective = pdz_action_get_objective (a);
      PdzProject *project = pdz_action_get_project (a);

      write_string (sheet, row, 0, pdz_action_get_title (a), w->wrap);
      write_string (sheet, row, 1, pdz_action_get_id (a), NULL);
      if (!check (write_string (sheet, row, 2, objective != NULL ? pdz_objective_get_title (objective)
                                               : project != NULL ? pdz_project_get_title (project) : NULL,
                                NULL), error))
        return FALSE;
    }

  /* Funding by source: no stated amount is an empty cell, not € 0,00 */
  row++;
  write_string (sheet, row, 0, _pdz_report_msg (ctx, PDZ_MSG_SOURCE), w->header);
  write_string (sheet, row, 1, _pdz_report_msg (ctx, PDZ_MSG_COUNT), w->header);
  write_string (sheet, row, 2, _pdz_report_msg (ctx, PDZ_MSG_AMOUNT_EUR), w->header);
  write_string (sheet, row, 3, _pdz_report_msg (ctx, PDZ_MSG_AMOUNT_NOT_STATED), w->header);
  row++;
  for (guint i = 0; i < fig->sources->len; i++, row++)
    {
      const PdzReportAmountRow *r = &g_array_index (fig->sources, PdzReportAmountRow, i);

      write_string (sheet, row, 0, r->label, NULL);
      worksheet_write_number (sheet, row, 1, r->n_fundings, w->integer);
      if (r->n_unstated == r->n_fundings)
        ;
      else if (r->overflow)
        write_string (sheet, row, 2, _pdz_report_msg (ctx, PDZ_MSG_AMOUNT_OVERFLOW), NULL);
      else
        worksheet_write_number (sheet, row, 2, (double) r->amount / 100.0, w->amount);
      if (!check (worksheet_write_number (sheet, row, 3, r->n_unstated, w->integer), error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_workbook (const PdzReportContext  *ctx,
                const char              *path,
                GError                 **error)
{
  static const PdzReportTable tables[] = {
    PDZ_REPORT_TABLE_OBJECTIVES,
    PDZ_REPORT_TABLE_ACTIONS,
    PDZ_REPORT_TABLE_PROJECTS,
    PDZ_REPORT_TABLE_PARTNERS,
    PDZ_REPORT_TABLE_FUNDINGS,
  };
  lxw_workbook_options options = { 0 };
  lxw_doc_properties properties = { 0 };
  g_autofree char *tmpdir = g_path_get_dirname (path);
  /* document properties are XML too (docProps/core.xml) */
  g_autofree char *title = _pdz_report_xml_text (pdz_plan_get_title (ctx->plan));
  Writer w = { NULL, };
  g_autoptr(PdzReportFigures) fig = NULL;
  gboolean ok = TRUE;
  lxw_error err;

  /* libxlsxwriter keeps its scratch files beside the output */
  options.tmpdir = tmpdir;
  w.workbook = workbook_new_opt (path, &options);
  if (w.workbook == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot create the workbook %s", path);
      return FALSE;
    }

  /* A fixed creation date makes the file reproducible. */
  properties.title = title;
  properties.created = (time_t) g_date_time_to_unix (ctx->generated);
  workbook_set_properties (w.workbook, &properties);

  w.header = workbook_add_format (w.workbook);
  format_set_bold (w.header);
  format_set_bg_color (w.header, 0xDDEBF7);
  format_set_bottom (w.header, LXW_BORDER_THIN);
  w.title = workbook_add_format (w.workbook);
  format_set_bold (w.title);
  format_set_font_size (w.title, 16);
  w.bold = workbook_add_format (w.workbook);
  format_set_bold (w.bold);
  w.amount = workbook_add_format (w.workbook);
  format_set_num_format (w.amount, "\"€\" #,##0.00");
  w.integer = workbook_add_format (w.workbook);
  format_set_num_format (w.integer, "0");
  w.percent = workbook_add_format (w.workbook);
  format_set_num_format (w.percent, "0%");
  w.wrap = workbook_add_format (w.workbook);
  format_set_text_wrap (w.wrap);

  if (ctx->corpus != NULL)
    {
      /* The regional overview: the table of the ambiti */
      g_autoptr(PdzReportGrid) grid = _pdz_report_region_grid_new (ctx);

      ok = write_grid (&w, grid, error);
    }
  else
    {
      fig = _pdz_report_figures_new (ctx);
      ok = write_summary (&w, ctx, fig, error);
    }
  /* what changed since the previous round, beside the summary */
  if (ok && ctx->corpus == NULL && ctx->diff != NULL)
    {
      g_autoptr(PdzReportGrid) grid = _pdz_report_grid_new (ctx, fig, PDZ_REPORT_TABLE_CHANGES);

      ok = write_grid (&w, grid, error);
    }
  for (guint i = 0; ok && ctx->corpus == NULL && i < G_N_ELEMENTS (tables); i++)
    {
      g_autoptr(PdzReportGrid) grid = _pdz_report_grid_new (ctx, fig, tables[i]);

      ok = write_grid (&w, grid, error);
    }

  err = workbook_close (w.workbook);
  if (ok && err != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "cannot write the workbook %s: %s", path, lxw_strerror (err));
      ok = FALSE;
    }

  return ok;
}

gboolean
_pdz_report_write_xlsx (const PdzReportContext  *ctx,
                        const char              *path,
                        GError                 **error)
{
  locale_t base, c_numeric, previous;
  gboolean ok;

  /* libxlsxwriter prints numbers (cell values, column widths, margins)
   * with printf, in the locale of the thread: under an Italian LC_NUMERIC
   * it writes "0,75", and no spreadsheet opens the file. Write it in the
   * C locale's LC_NUMERIC, for this thread only (the program that called
   * setlocale() keeps its own). */
  base = duplocale (uselocale ((locale_t) 0));
  if (base == (locale_t) 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot write the workbook %s: %s",
                   path, g_strerror (errno));
      return FALSE;
    }
  c_numeric = newlocale (LC_NUMERIC_MASK, "C", base);
  if (c_numeric == (locale_t) 0)
    {
      int saved_errno = errno;

      freelocale (base);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot write the workbook %s: %s",
                   path, g_strerror (saved_errno));
      return FALSE;
    }

  previous = uselocale (c_numeric);
  ok = write_workbook (ctx, path, error);
  uselocale (previous);
  freelocale (c_numeric);

  return ok;
}
