/* pdz-workbook-sheet-private.h: the book of sheets every reader and writer shares
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Implemented in pdz-workbook-sheet.c: cells, sheets and books, and the
 * "A1" names of cells. It knows nothing of plans, of file formats nor of
 * the log of problems: the readers and the writers
 * (pdz-workbook-{xlsx,ods,csv}*.c), the layout and the import build on it,
 * and it calls none of them.
 */

#pragma once

#include "pdz.h"

G_BEGIN_DECLS

/* The most characters (UTF-16 units, as the spreadsheets count) a cell of
 * an XLSX or ODS workbook holds. */
#define PDZ_WORKBOOK_MAX_CELL_CHARS 32767
/* The most rows and columns a sheet may have (those of Excel). */
#define PDZ_WORKBOOK_MAX_ROWS 1048576
#define PDZ_WORKBOOK_MAX_COLUMNS 16384
/* The most sheets (or CSV files) a workbook may have. */
#define PDZ_WORKBOOK_MAX_SHEETS 256
/* The most cells a reader keeps (repeated cells of ODS count each), and the
 * most merged ranges of a sheet. */
#define PDZ_WORKBOOK_MAX_CELLS 20000000
#define PDZ_WORKBOOK_MAX_MERGES 10000

/* --- Cells, sheets, books --- */

typedef enum
{
  PDZ_WB_EMPTY,
  PDZ_WB_TEXT,               /* text (which may be "") */
  PDZ_WB_NUMBER,
  PDZ_WB_BOOL,               /* number is 0 or 1 */
  PDZ_WB_ERROR,              /* an error value such as #N/A, in text */
} PdzWbCellType;

typedef struct
{
  PdzWbCellType type;
  guint formula : 1;         /* read: the value is a formula's cached one */
  guint no_value : 1;        /* read: a formula with no cached value */
  guint guard : 1;           /* write: text a spreadsheet could take for a formula */
  char *text;                /* (owned) (nullable): TEXT, ERROR; the formula of no_value */
  double number;             /* NUMBER, BOOL */
} PdzWbCell;

/* A rectangle of cells, 0-based, inclusive. */
typedef struct
{
  guint first_row, first_column, last_row, last_column;
} PdzWbRange;

typedef enum
{
  PDZ_WB_SHEET_DATA,         /* a table: header rows 1 and 2, then rows */
  PDZ_WB_SHEET_README,
  PDZ_WB_SHEET_LISTS,        /* the values of the drop-down lists (hidden) */
} PdzWbSheetRole;

/* How a column is written (export only). */
typedef struct
{
  double width;              /* in characters */
  gboolean text_format;      /* formatted as text ("@"), so typing keeps text */
  const char *list_sheet;    /* (nullable): the drop-down list's sheet */
  guint list_column;         /* its column, 0-based */
  guint list_first_row;      /* its rows, 0-based, inclusive */
  guint list_last_row;
} PdzWbColumn;

typedef struct
{
  char *name;                /* (owned) */
  PdzWbSheetRole role;
  GPtrArray *rows;           /* (owned) (element-type GArray<PdzWbCell>): NULL elements are empty rows */
  GArray *lines;             /* (owned) (nullable): CSV: the line each row starts on */
  GArray *columns;           /* (owned) (element-type PdzWbColumn): export only */
  guint header_row;          /* the row of member names: 1, or 0 in CSV */
  GArray *merges;            /* (owned) (nullable) (element-type PdzWbRange): merged cells */
  gboolean hidden;
} PdzWbSheet;

typedef struct
{
  GPtrArray *sheets;         /* (owned) (element-type PdzWbSheet) */
  gboolean date1904;         /* serial dates count from 1904 (XLSX) */
  PdzWorkbookFormat format;
  gboolean italian;          /* the plan's language (export) */
} PdzWbBook;

PdzWbBook  *_pdz_wb_book_new        (PdzWorkbookFormat format);
void        _pdz_wb_book_free       (PdzWbBook  *book);
PdzWbSheet *_pdz_wb_book_add_sheet  (PdzWbBook  *book,
                                     const char *name,
                                     PdzWbSheetRole role);
PdzWbSheet *_pdz_wb_book_find_sheet (PdzWbBook  *book,
                                     const char *name);

/* The cell at @row, @column (0-based), made if needed. (transfer none) */
PdzWbCell  *_pdz_wb_sheet_cell      (PdzWbSheet *sheet,
                                     guint       row,
                                     guint       column);
/* The cell at @row, @column, or NULL when it was never set. */
const PdzWbCell *_pdz_wb_sheet_peek (PdzWbSheet *sheet,
                                     guint       row,
                                     guint       column);
guint       _pdz_wb_sheet_n_columns (PdzWbSheet *sheet,
                                     guint       row);
void        _pdz_wb_sheet_set_text  (PdzWbSheet *sheet,
                                     guint       row,
                                     guint       column,
                                     const char *text);
void        _pdz_wb_sheet_set_number (PdzWbSheet *sheet,
                                      guint       row,
                                      guint       column,
                                      double      number);
PdzWbColumn *_pdz_wb_sheet_column   (PdzWbSheet *sheet,
                                     guint       column);
void        _pdz_wb_cell_clear      (PdzWbCell  *cell);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdzWbBook, _pdz_wb_book_free)

/* "A1" references: column 0 is "A", row 0 is "1". (transfer full) */
char       *_pdz_wb_cell_name       (guint       row,
                                     guint       column);
char       *_pdz_wb_column_name     (guint       column);
/* Parses "AB12" (0-based @row and @column); FALSE when it is not one. */
gboolean    _pdz_wb_parse_cell_name (const char *name,
                                     guint      *row,
                                     guint      *column);

/* Adds a merged range, from "A1:B3"; FALSE when it is not one. */
gboolean    _pdz_wb_sheet_add_merge (PdzWbSheet *sheet,
                                     const char *ref);
/* Gives every cell of each merged range the value of its first cell,
 * within the rows and columns that the sheet uses; FALSE when that makes
 * more than PDZ_WORKBOOK_MAX_CELLS (@n_cells counts them). */
gboolean    _pdz_wb_sheet_apply_merges (PdzWbSheet *sheet,
                                        gsize      *n_cells);

G_END_DECLS
