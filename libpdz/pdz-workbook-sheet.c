/* pdz-workbook-sheet.c: the book of sheets every reader and writer shares
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Cells, sheets and books, their merged ranges, and the "A1" names of
 * cells: the lowest layer of the workbook, which calls no other file of it
 * (pdz-workbook-sheet-private.h).
 */

#include "pdz-workbook-sheet-private.h"

#include <string.h>

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
