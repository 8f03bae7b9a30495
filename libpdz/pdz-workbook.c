/* pdz-workbook.c: the plan as an editable workbook
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The entry points (pdz_plan_export_workbook(), pdz_plan_new_from_workbook()),
 * the book model that every reader and writer shares, and the log of
 * problems. See pdz-workbook-private.h for how the files fit together.
 */

#include "pdz-config.h"

#include "pdz-workbook-private.h"

#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>

#include "pdz-file-private.h"

/* --- The book --- */

void
_pdz_wb_cell_clear (PdzWbCell *cell)
{
  g_clear_pointer (&cell->text, g_free);
  memset (cell, 0, sizeof *cell);
}

static void
row_free (gpointer data)
{
  GArray *row = data;

  if (row == NULL)
    return;
  for (guint i = 0; i < row->len; i++)
    _pdz_wb_cell_clear (&g_array_index (row, PdzWbCell, i));
  g_array_unref (row);
}

static void
sheet_free (gpointer data)
{
  PdzWbSheet *sheet = data;

  g_free (sheet->name);
  g_ptr_array_unref (sheet->rows);
  g_clear_pointer (&sheet->lines, g_array_unref);
  g_clear_pointer (&sheet->columns, g_array_unref);
  g_clear_pointer (&sheet->merges, g_array_unref);
  g_free (sheet);
}

PdzWbBook *
_pdz_wb_book_new (PdzWorkbookFormat format)
{
  PdzWbBook *book = g_new0 (PdzWbBook, 1);

  book->sheets = g_ptr_array_new_with_free_func (sheet_free);
  book->format = format;
  book->italian = TRUE;
  return book;
}

void
_pdz_wb_book_free (PdzWbBook *book)
{
  if (book == NULL)
    return;
  g_ptr_array_unref (book->sheets);
  g_free (book);
}

PdzWbSheet *
_pdz_wb_book_add_sheet (PdzWbBook      *book,
                        const char     *name,
                        PdzWbSheetRole  role)
{
  PdzWbSheet *sheet = g_new0 (PdzWbSheet, 1);

  sheet->name = g_strdup (name);
  sheet->role = role;
  sheet->header_row = book->format == PDZ_WORKBOOK_FORMAT_CSV ? 0 : 1;
  sheet->rows = g_ptr_array_new_with_free_func (row_free);
  sheet->columns = g_array_new (FALSE, TRUE, sizeof (PdzWbColumn));
  g_ptr_array_add (book->sheets, sheet);
  return sheet;
}

PdzWbSheet *
_pdz_wb_book_find_sheet (PdzWbBook  *book,
                         const char *name)
{
  for (guint i = 0; i < book->sheets->len; i++)
    {
      PdzWbSheet *sheet = book->sheets->pdata[i];

      if (strcmp (sheet->name, name) == 0)
        return sheet;
    }
  return NULL;
}

PdzWbCell *
_pdz_wb_sheet_cell (PdzWbSheet *sheet,
                    guint       row,
                    guint       column)
{
  GArray *cells;

  if (row >= sheet->rows->len)
    g_ptr_array_set_size (sheet->rows, row + 1);
  cells = sheet->rows->pdata[row];
  if (cells == NULL)
    cells = sheet->rows->pdata[row] = g_array_new (FALSE, TRUE, sizeof (PdzWbCell));
  if (column >= cells->len)
    g_array_set_size (cells, column + 1);
  return &g_array_index (cells, PdzWbCell, column);
}

const PdzWbCell *
_pdz_wb_sheet_peek (PdzWbSheet *sheet,
                    guint       row,
                    guint       column)
{
  GArray *cells;

  if (row >= sheet->rows->len)
    return NULL;
  cells = sheet->rows->pdata[row];
  if (cells == NULL || column >= cells->len)
    return NULL;
  return &g_array_index (cells, PdzWbCell, column);
}

gboolean
_pdz_wb_sheet_apply_merges (PdzWbSheet *sheet,
                            gsize      *n_cells)
{
  guint width = 0;

  if (sheet->merges == NULL)
    return TRUE;
  for (guint r = 0; r < sheet->rows->len; r++)
    width = MAX (width, _pdz_wb_sheet_n_columns (sheet, r));

  for (guint i = 0; i < sheet->merges->len; i++)
    {
      PdzWbRange range = g_array_index (sheet->merges, PdzWbRange, i);
      const PdzWbCell *first = _pdz_wb_sheet_peek (sheet, range.first_row, range.first_column);

      if (first == NULL || first->type == PDZ_WB_EMPTY || sheet->rows->len == 0 || width == 0)
        continue;
      range.last_row = MIN (range.last_row, sheet->rows->len - 1);
      range.last_column = MIN (range.last_column, width - 1);
      for (guint r = range.first_row; r <= range.last_row; r++)
        for (guint c = range.first_column; c <= range.last_column; c++)
          {
            PdzWbCell *cell;

            if (r == range.first_row && c == range.first_column)
              continue;
            if (++*n_cells > PDZ_WORKBOOK_MAX_CELLS)
              return FALSE;
            cell = _pdz_wb_sheet_cell (sheet, r, c);
            /* (the first cell may move as the row grows) */
            first = _pdz_wb_sheet_peek (sheet, range.first_row, range.first_column);
            _pdz_wb_cell_clear (cell);
            *cell = *first;
            cell->text = g_strdup (first->text);
          }
    }
  return TRUE;
}

gboolean
_pdz_wb_sheet_add_merge (PdzWbSheet *sheet,
                         const char *ref)
{
  g_auto(GStrv) ends = g_strsplit (ref, ":", 3);
  PdzWbRange range;

  if (g_strv_length (ends) != 2 ||
      !_pdz_wb_parse_cell_name (ends[0], &range.first_row, &range.first_column) ||
      !_pdz_wb_parse_cell_name (ends[1], &range.last_row, &range.last_column) ||
      range.last_row < range.first_row || range.last_column < range.first_column)
    return FALSE;
  if (sheet->merges == NULL)
    sheet->merges = g_array_new (FALSE, FALSE, sizeof (PdzWbRange));
  if (sheet->merges->len >= PDZ_WORKBOOK_MAX_MERGES)
    return FALSE;
  g_array_append_val (sheet->merges, range);
  return TRUE;
}

guint
_pdz_wb_sheet_n_columns (PdzWbSheet *sheet,
                         guint       row)
{
  GArray *cells = row < sheet->rows->len ? sheet->rows->pdata[row] : NULL;

  return cells != NULL ? cells->len : 0;
}

void
_pdz_wb_sheet_set_text (PdzWbSheet *sheet,
                        guint       row,
                        guint       column,
                        const char *text)
{
  PdzWbCell *cell = _pdz_wb_sheet_cell (sheet, row, column);

  _pdz_wb_cell_clear (cell);
  if (text == NULL)
    return;
  cell->type = PDZ_WB_TEXT;
  cell->text = g_strdup (text);
}

void
_pdz_wb_sheet_set_number (PdzWbSheet *sheet,
                          guint       row,
                          guint       column,
                          double      number)
{
  PdzWbCell *cell = _pdz_wb_sheet_cell (sheet, row, column);

  _pdz_wb_cell_clear (cell);
  cell->type = PDZ_WB_NUMBER;
  cell->number = number;
}

PdzWbColumn *
_pdz_wb_sheet_column (PdzWbSheet *sheet,
                      guint       column)
{
  if (column >= sheet->columns->len)
    g_array_set_size (sheet->columns, column + 1);
  return &g_array_index (sheet->columns, PdzWbColumn, column);
}

char *
_pdz_wb_column_name (guint column)
{
  char buf[8];
  int i = G_N_ELEMENTS (buf) - 1;
  guint n = column + 1;

  buf[i] = '\0';
  while (n > 0 && i > 0)
    {
      buf[--i] = (char) ('A' + (n - 1) % 26);
      n = (n - 1) / 26;
    }
  return g_strdup (buf + i);
}

char *
_pdz_wb_cell_name (guint row,
                   guint column)
{
  g_autofree char *letters = _pdz_wb_column_name (column);

  return g_strdup_printf ("%s%u", letters, row + 1);
}

gboolean
_pdz_wb_parse_cell_name (const char *name,
                         guint      *row,
                         guint      *column)
{
  guint64 col = 0, r = 0;
  const char *p = name;

  if (name == NULL)
    return FALSE;
  while (*p == '$')
    p++;
  if (!g_ascii_isalpha (*p))
    return FALSE;
  for (; g_ascii_isalpha (*p); p++)
    {
      col = col * 26 + (guint64) (g_ascii_toupper (*p) - 'A' + 1);
      if (col > PDZ_WORKBOOK_MAX_COLUMNS)
        return FALSE;
    }
  if (*p == '$')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  for (; g_ascii_isdigit (*p); p++)
    {
      r = r * 10 + (guint64) (*p - '0');
      if (r > PDZ_WORKBOOK_MAX_ROWS)
        return FALSE;
    }
  if (*p != '\0' || r == 0)
    return FALSE;
  *row = (guint) r - 1;
  *column = (guint) col - 1;
  return TRUE;
}

/* --- The log --- */

static void
log_add (PdzWbLog            *log,
         PdzWorkbookSeverity  severity,
         const char          *sheet,
         guint                row,
         guint                column,
         const char          *message)
{
  g_autoptr(PdzWorkbookProblem) problem = NULL;

  if (severity == PDZ_WORKBOOK_SEVERITY_ERROR)
    {
      log->n_errors++;
      if (log->full)
        {
          log->n_dropped++;
          return;
        }
      if (log->max_errors > 0 && log->n_errors >= log->max_errors)
        log->full = TRUE;
    }
  problem = _pdz_workbook_problem_new (severity, sheet, row, column, message);
  g_list_store_append (log->problems, problem);
}

static void
log_addv (PdzWbLog            *log,
          PdzWorkbookSeverity  severity,
          const char          *sheet,
          guint                row,
          guint                column,
          const char          *format,
          va_list              args) G_GNUC_PRINTF (6, 0);

static void
log_addv (PdzWbLog            *log,
          PdzWorkbookSeverity  severity,
          const char          *sheet,
          guint                row,
          guint                column,
          const char          *format,
          va_list              args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  log_add (log, severity, sheet, row, column, message);
}

void
_pdz_wb_error (PdzWbLog   *log,
               const char *sheet,
               guint       row,
               guint       column,
               const char *format,
               ...)
{
  va_list args;

  va_start (args, format);
  log_addv (log, PDZ_WORKBOOK_SEVERITY_ERROR, sheet, row, column, format, args);
  va_end (args);
}

void
_pdz_wb_note (PdzWbLog   *log,
              const char *sheet,
              guint       row,
              guint       column,
              const char *format,
              ...)
{
  va_list args;

  va_start (args, format);
  log_addv (log, PDZ_WORKBOOK_SEVERITY_NOTE, sheet, row, column, format, args);
  va_end (args);
}

/* --- Formats --- */

/**
 * pdz_workbook_format_is_available:
 * @format: a workbook format
 *
 * Whether this build of libpdz writes @format. XLSX needs the `xlsx` build
 * option (libxlsxwriter), ODS the `odf` option; CSV is always there.
 * Reading every format is always there.
 *
 * Returns: whether [method@Pdz.Plan.export_workbook] can write @format
 *
 * Since: 0.2
 */
gboolean
pdz_workbook_format_is_available (PdzWorkbookFormat format)
{
  switch (format)
    {
    case PDZ_WORKBOOK_FORMAT_XLSX:
      return PDZ_HAVE_XLSX;
    case PDZ_WORKBOOK_FORMAT_ODS:
      return PDZ_HAVE_ODS;
    case PDZ_WORKBOOK_FORMAT_CSV:
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * pdz_workbook_format_guess:
 * @path: (type filename): where the workbook is to be written or read
 * @format: (out) (optional): the format
 *
 * Guesses the workbook format of @path the way `pdz export` and `pdz
 * import` do: `.xlsx` is XLSX, `.ods` is ODS (without regard to case), and
 * a path ending in `/` or naming an existing directory is a directory of
 * CSV tables.
 *
 * Returns: %TRUE when @path names a format
 *
 * Since: 0.2
 */
gboolean
pdz_workbook_format_guess (const char        *path,
                           PdzWorkbookFormat *format)
{
  PdzWorkbookFormat guessed;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".xlsx"))
    guessed = PDZ_WORKBOOK_FORMAT_XLSX;
  else if (g_str_has_suffix (lower, ".ods"))
    guessed = PDZ_WORKBOOK_FORMAT_ODS;
  else if (g_str_has_suffix (path, "/") || g_file_test (path, G_FILE_TEST_IS_DIR))
    guessed = PDZ_WORKBOOK_FORMAT_CSV;
  else
    return FALSE;
  if (format != NULL)
    *format = guessed;
  return TRUE;
}

/**
 * pdz_plan_export_workbook:
 * @self: a plan
 * @file: the file to write, or for %PDZ_WORKBOOK_FORMAT_CSV the directory
 * @format: the format
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the plan as an editable workbook: one sheet per kind of entity
 * (Piano, Macroaree, Obiettivi, Azioni, Milestone, Progetti, Partner,
 * Ruoli, Finanziamenti, Indicatori, Misurazioni; English names for a plan
 * whose language is not Italian), with headers in the plan's language on
 * row 1 and the format's member names on row 2, drop-down lists for the
 * enumerations and the references, and a read-me sheet. doc/workbook.md
 * describes the sheets and their columns.
 *
 * XLSX and ODS replace @file atomically. CSV writes the tables
 * (`plan.csv`, `macroareas.csv`, …) into the directory @file, which is
 * made if it does not exist: each table is written to a temporary file
 * first, and the tables are renamed into place only once all were
 * written, so that a failure leaves the old tables as they were (a crash
 * during the renames can leave some new beside some old).
 *
 * Text longer than a cell holds (32,767 characters) is refused for XLSX
 * and ODS, naming the sheet, the cell and the entity. With
 * `SOURCE_DATE_EPOCH` set, the bytes written are reproducible.
 *
 * [ctor@Pdz.Plan.new_from_workbook] reads the workbook back: for every
 * plan, export then import gives a plan whose canonical JSON is the same,
 * byte for byte.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.2
 */
gboolean
pdz_plan_export_workbook (PdzPlan            *self,
                          GFile              *file,
                          PdzWorkbookFormat   format,
                          GCancellable       *cancellable,
                          GError            **error)
{
  g_autoptr(PdzWbBook) book = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (format <= PDZ_WORKBOOK_FORMAT_CSV, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pdz_workbook_format_is_available (format))
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED,
                   "the %s workbook is not available in this build of libpdz (build option %s)",
                   format == PDZ_WORKBOOK_FORMAT_XLSX ? "XLSX" : "ODS",
                   format == PDZ_WORKBOOK_FORMAT_XLSX ? "xlsx" : "odf");
      return FALSE;
    }

  path = _pdz_file_get_local_path (file, error);
  if (path == NULL)
    return FALSE;

  book = _pdz_workbook_build (self, format, error);
  if (book == NULL)
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  switch (format)
    {
#if PDZ_HAVE_XLSX
    case PDZ_WORKBOOK_FORMAT_XLSX:
      bytes = _pdz_workbook_write_xlsx (book, cancellable, error);
      break;
#endif
#if PDZ_HAVE_ODS
    case PDZ_WORKBOOK_FORMAT_ODS:
      bytes = _pdz_workbook_write_ods (book, cancellable, error);
      break;
#endif
    case PDZ_WORKBOOK_FORMAT_CSV:
      return _pdz_workbook_write_csv (book, path, cancellable, error);
    default:
      g_assert_not_reached ();
    }
  if (bytes == NULL)
    return FALSE;
  return _pdz_file_replace (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                            cancellable, error);
}

/**
 * pdz_plan_new_from_workbook:
 * @file: an XLSX or ODS workbook, or a directory of CSV tables
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a plan from a workbook that [method@Pdz.Plan.export_workbook]
 * wrote, as the office may have edited it, in Excel, LibreOffice or any
 * other program. A directory is read as CSV tables, recognised by its
 * `plan.csv`.
 *
 * Every problem is found before anything is made, and all of them (up to
 * %PDZ_WORKBOOK_DEFAULT_MAX_ERRORS) are reported at once: the error's
 * message has one line per problem, each naming the file, the sheet and
 * the cell, in the plan's language:
 *
 * ```
 * piano.xlsx: Azioni!C12: stato «in corsoo» sconosciuto; valori ammessi: non indicato, previsto, in corso, concluso, sospeso, annullato
 * ```
 *
 * Use a [class@Pdz.WorkbookImport] for the problems one by one, for the
 * notes (the ids made for new rows, the sheets ignored) and for another
 * limit.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 *   (%PDZ_ERROR_FORMAT for a file that is not a workbook of a plan,
 *   %PDZ_ERROR_INVALID_VALUE for cells in error, %PDZ_ERROR_UNSUPPORTED for
 *   a kind of file that is refused, or a %G_IO_ERROR)
 *
 * Since: 0.2
 */
PdzPlan *
pdz_plan_new_from_workbook (GFile         *file,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(PdzWorkbookImport) import = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  import = pdz_workbook_import_new ();
  return pdz_workbook_import_load (import, file, cancellable, error);
}
