/* pdz-workbook-xlsx.c: the workbook as XLSX, with libxlsxwriter
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * libxlsxwriter 1.1.4 writes only to a file: the workbook is written to a
 * temporary file in the system's temporary folder, read back and removed;
 * the caller replaces the user's file with the bytes atomically.
 *
 * Text cells: the characters XML cannot carry are written _xHHHH_, as Excel
 * does, and a literal "_xHHHH_" as "_x005F_xHHHH_" (libxlsxwriter escapes
 * neither). An empty text, which a spreadsheet would take for an empty cell,
 * is the formula ="" with its cached value "". Every text column is
 * formatted as text ("@"), so that what the office types there stays text;
 * text that a spreadsheet could take for a formula gets the quote-prefix
 * style (quotePrefix, which libxlsxwriter 1.1.4 cannot set: the writer adds
 * it to that style in xl/styles.xml afterwards), so that editing the cell
 * never turns it into one. The text itself is never changed.
 */

#include "pdz-workbook-private.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "pdz-file-private.h"
#include "pdz-odf-private.h"

typedef struct
{
  lxw_workbook *workbook;
  lxw_format *header;
  lxw_format *member;
  lxw_format *text;
  lxw_format *guard;
  lxw_format *wrap;
  lxw_format *number;
  GError **error;
} Writer;

static gboolean
check (Writer     *w,
       lxw_error   err,
       const char *sheet,
       guint       row,
       guint       column)
{
  g_autofree char *cell = NULL;

  if (err == LXW_NO_ERROR)
    return TRUE;
  if (w->error == NULL || *w->error != NULL)
    return FALSE;
  cell = _pdz_wb_cell_name (row, column);
  g_set_error (w->error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE, "%s!%s: cannot write the cell: %s",
               sheet, cell, lxw_strerror (err));
  return FALSE;
}

static gboolean
write_cell (Writer          *w,
            lxw_worksheet   *ws,
            PdzWbSheet      *sheet,
            guint            row,
            guint            column,
            const PdzWbCell *cell,
            lxw_format      *format)
{
  lxw_error err = LXW_NO_ERROR;

  switch (cell->type)
    {
    case PDZ_WB_TEXT:
      if (cell->text[0] == '\0')
        err = worksheet_write_formula_str (ws, row, (lxw_col_t) column, "=\"\"", format, "");
      else
        {
          g_autofree char *escaped = _pdz_wb_escape_x (cell->text);

          err = worksheet_write_string (ws, row, (lxw_col_t) column, escaped,
                                        cell->guard ? w->guard : format);
        }
      break;
    case PDZ_WB_NUMBER:
      err = worksheet_write_number (ws, row, (lxw_col_t) column, cell->number, w->number);
      break;
    default:
      break;
    }
  return check (w, err, sheet->name, row, column);
}

static gboolean
write_sheet (Writer     *w,
             PdzWbSheet *sheet)
{
  lxw_worksheet *ws = workbook_add_worksheet (w->workbook, sheet->name);

  if (ws == NULL)
    {
      g_set_error (w->error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE, "%s: cannot add the sheet", sheet->name);
      return FALSE;
    }

  for (guint c = 0; c < sheet->columns->len; c++)
    {
      PdzWbColumn *column = &g_array_index (sheet->columns, PdzWbColumn, c);
      lxw_format *format = NULL;

      if (sheet->role == PDZ_WB_SHEET_DATA)
        format = column->text_format ? w->text : NULL;
      else if (sheet->role == PDZ_WB_SHEET_README && c == 3)
        format = w->wrap;
      worksheet_set_column (ws, (lxw_col_t) c, (lxw_col_t) c, column->width > 0 ? column->width : 12, format);

      if (column->list_sheet != NULL)
        {
          lxw_data_validation validation = { 0 };
          g_autofree char *col_letters = _pdz_wb_column_name (column->list_column);
          g_autofree char *formula = g_strdup_printf ("='%s'!$%s$%u:$%s$%u", column->list_sheet,
                                                      col_letters, column->list_first_row + 1,
                                                      col_letters, column->list_last_row + 1);

          validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
          validation.value_formula = formula;
          validation.ignore_blank = LXW_VALIDATION_ON;
          validation.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
          if (!check (w, worksheet_data_validation_range (ws, 2, (lxw_col_t) c, PDZ_WORKBOOK_MAX_ROWS - 1,
                                                          (lxw_col_t) c, &validation),
                      sheet->name, 2, c))
            return FALSE;
        }
    }

  for (guint r = 0; r < sheet->rows->len; r++)
    {
      GArray *cells = sheet->rows->pdata[r];
      lxw_format *format = NULL;

      if (cells == NULL)
        continue;
      if (sheet->role == PDZ_WB_SHEET_DATA)
        format = r == 0 ? w->header : r == 1 ? w->member : w->text;
      else if (sheet->role == PDZ_WB_SHEET_README && r == 0)
        format = w->header;
      for (guint c = 0; c < cells->len; c++)
        {
          lxw_format *cell_format = format;

          if (sheet->role == PDZ_WB_SHEET_DATA && r >= 2 &&
              c < sheet->columns->len && !g_array_index (sheet->columns, PdzWbColumn, c).text_format)
            cell_format = NULL;
          if (sheet->role == PDZ_WB_SHEET_README && r > 0 && c == 3)
            cell_format = w->wrap;
          if (!write_cell (w, ws, sheet, r, c, &g_array_index (cells, PdzWbCell, c), cell_format))
            return FALSE;
        }
    }

  if (sheet->role == PDZ_WB_SHEET_DATA)
    worksheet_freeze_panes (ws, 2, 0);
  if (sheet->hidden)
    worksheet_hide (ws);
  return TRUE;
}

/* Adds quotePrefix="1" to the cell style number @xf of the <cellXfs> in
 * @styles. (transfer full) (nullable): NULL when it is not there */
static char *
add_quote_prefix (const char *styles,
                  guint       xf)
{
  const char *p = strstr (styles, "<cellXfs");
  GString *out;

  if (p == NULL)
    return NULL;
  for (guint i = 0; i <= xf; i++)
    {
      p = strstr (p + 1, "<xf ");
      if (p == NULL)
        return NULL;
    }
  out = g_string_new_len (styles, p - styles);
  g_string_append (out, "<xf quotePrefix=\"1\" ");
  g_string_append (out, p + strlen ("<xf "));
  return g_string_free (out, FALSE);
}

/* Copies the zip in @data, with the quote-prefix style set in
 * xl/styles.xml. */
static GBytes *
set_quote_prefix (GBytes  *data,
                  guint    xf,
                  GError **error)
{
  PdzZipStatus status;
  g_autoptr(PdzZip) zip = _pdz_zip_open (g_bytes_get_data (data, NULL), g_bytes_get_size (data), &status);
  g_autoptr(PdzOdfWriter) out = NULL;
  g_autoptr(GPtrArray) names = NULL;

  if (zip == NULL)
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE, "libxlsxwriter wrote no zip container");
      return NULL;
    }
  out = _pdz_odf_writer_new (NULL, error);
  if (out == NULL)
    return NULL;

  names = _pdz_zip_list (zip);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = names->pdata[i];
      g_autoptr(GBytes) part = NULL;
      g_autofree char *patched = NULL;

      part = _pdz_zip_read (zip, name, &status);
      if (part == NULL)
        {
          g_set_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE, "cannot read back %s", name);
          return NULL;
        }
      if (strcmp (name, "xl/styles.xml") == 0)
        patched = add_quote_prefix (g_bytes_get_data (part, NULL), xf);
      if (!_pdz_odf_writer_add (out, name, NULL,
                                patched != NULL ? patched : g_bytes_get_data (part, NULL),
                                patched != NULL ? strlen (patched) : g_bytes_get_size (part), error))
        return NULL;
    }
  return _pdz_odf_writer_finish (out, error);
}

typedef struct {
  PdzWbBook *book;
  GCancellable *cancellable;
  guint guard_xf;                        /* out: the style number of the guard */
} Job;

/* Writes the workbook of @job to @path (a PdzFileWriteFunc) */
static gboolean
write_book (const char  *path,
            gpointer     data,
            GError     **error)
{
  Job *job = data;
  PdzWbBook *book = job->book;
  g_autoptr(GDateTime) created = _pdz_odf_source_date ();
  lxw_doc_properties properties = { 0 };
  lxw_workbook_options options = { 0 };
  Writer w = { NULL, };
  gboolean ok = TRUE;
  lxw_error err;

  w.error = error;
  options.use_zip64 = LXW_FALSE;
  w.workbook = workbook_new_opt (path, &options);
  if (w.workbook == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot start the XLSX workbook");
      return FALSE;
    }
  properties.created = (time_t) g_date_time_to_unix (created);
  workbook_set_properties (w.workbook, &properties);

  w.header = workbook_add_format (w.workbook);
  format_set_bold (w.header);
  format_set_bg_color (w.header, 0xDDEBF7);
  format_set_bottom (w.header, LXW_BORDER_THIN);
  format_set_text_wrap (w.header);
  format_set_num_format (w.header, "@");
  w.member = workbook_add_format (w.workbook);
  format_set_italic (w.member);
  format_set_font_color (w.member, 0x808080);
  format_set_num_format (w.member, "@");
  w.text = workbook_add_format (w.workbook);
  format_set_num_format (w.text, "@");
  w.guard = workbook_add_format (w.workbook);
  format_set_num_format (w.guard, "@");
  format_set_unlocked (w.guard);  /* distinct from w.text, for a style of its own */
  w.wrap = workbook_add_format (w.workbook);
  format_set_text_wrap (w.wrap);
  w.number = workbook_add_format (w.workbook);
  format_set_num_format (w.number, "General");
  format_set_align (w.number, LXW_ALIGN_RIGHT);
  /* The style number of the guard, before workbook_close() frees it. */
  job->guard_xf = (guint) lxw_format_get_xf_index (w.guard);

  for (guint s = 0; s < book->sheets->len && ok; s++)
    {
      ok = write_sheet (&w, book->sheets->pdata[s]);
      if (ok && g_cancellable_set_error_if_cancelled (job->cancellable, error))
        ok = FALSE;
    }

  err = workbook_close (w.workbook);
  if (ok && err != LXW_NO_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot write the XLSX workbook: %s",
                   lxw_strerror (err));
      ok = FALSE;
    }
  return ok;
}

GBytes *
_pdz_workbook_write_xlsx (PdzWbBook     *book,
                          GCancellable  *cancellable,
                          GError       **error)
{
  Job job = { book, cancellable, 0 };
  g_autoptr(GBytes) written = NULL;

  written = _pdz_file_write_through_temp ("XLSX workbook", "pdz-workbook-XXXXXX.xlsx", write_book, &job,
                                          cancellable, error);
  if (written == NULL)
    return NULL;
  return set_quote_prefix (written, job.guard_xf, error);
}
