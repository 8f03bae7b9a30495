/* pdz-workbook-private.h: the workbook between the plan and its files
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A workbook goes through one model in both directions:
 *
 *   export: plan → pdz_plan_dup_table() of each kind → PdzWbBook (typed
 *           cells, the layout of pdz-workbook-layout.c) → the XLSX, ODS or
 *           CSV writer;
 *   import: the XLSX, ODS or CSV reader → PdzWbBook (what the file holds,
 *           cell by cell) → pdz-workbook-import.c, which checks every cell,
 *           logs every problem with its sheet and cell, builds the plan's
 *           JSON document and hands it to the plan reader.
 *
 * The readers and the writers know nothing of plans; the layout and the
 * import know nothing of file formats.
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "pdz.h"

G_BEGIN_DECLS

/* The version of the layout (sheets, the two header rows, the columns),
 * recorded in the read-me sheet. An import refuses a later one. */
#define PDZ_WORKBOOK_LAYOUT_VERSION 1

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

/* The XML readers' helpers (pdz-workbook-xlsx-reader.c). */
/* @name without its namespace prefix ("x:c" is "c"). */
const char *_pdz_wb_xml_local_name  (const char  *name);
/* The value of the attribute whose local name is @name, or NULL. */
const char *_pdz_wb_xml_attribute   (const char **names,
                                     const char **values,
                                     const char  *name);

/* --- The log of problems --- */

typedef struct
{
  GListStore *problems;      /* (owned) (element-type PdzWorkbookProblem) */
  guint n_errors;
  guint max_errors;
  gboolean italian;          /* the language of the messages */
  gboolean full;             /* max_errors reached: later errors are counted only */
  guint n_dropped;
} PdzWbLog;

/* The message in the log's language. Both are format strings of the same
 * arguments. */
#define PDZ_WB_TR(log, it, en) ((log)->italian ? (it) : (en))

/* Logs an error in @sheet (nullable) at @row, @column (0-based;
 * G_MAXUINT for none). */
void _pdz_wb_error (PdzWbLog   *log,
                    const char *sheet,
                    guint       row,
                    guint       column,
                    const char *format,
                    ...) G_GNUC_PRINTF (5, 6);
void _pdz_wb_note  (PdzWbLog   *log,
                    const char *sheet,
                    guint       row,
                    guint       column,
                    const char *format,
                    ...) G_GNUC_PRINTF (5, 6);

/* PdzWorkbookProblem (pdz-workbook-problem.c) */
PdzWorkbookProblem *_pdz_workbook_problem_new (PdzWorkbookSeverity severity,
                                               const char         *sheet,
                                               guint               row,
                                               guint               column,
                                               const char         *message);

/* --- Text (pdz-workbook-text.c) --- */

/* A lower-case ASCII slug of @text ("Tavolo di rete" → "tavolo-di-rete"),
 * at most 40 characters; "" when nothing is left. (transfer full) */
char     *_pdz_wb_slug               (const char *text);
/* The number of UTF-16 units of @text. */
gsize     _pdz_wb_utf16_length       (const char *text);
/* OOXML's escape of the characters XML cannot carry: _xHHHH_, and "_x" of
 * a literal "_xHHHH_" as _x005F_. (transfer full) */
char     *_pdz_wb_escape_x           (const char *text);
char     *_pdz_wb_unescape_x         (const char *text);
/* The cell text of an "x-" member's value, and back. A string that does
 * not parse as JSON is written as it is; any other value as JSON.
 * (transfer full) */
char     *_pdz_wb_json_to_cell       (JsonNode   *node);
JsonNode *_pdz_wb_cell_to_json       (const char *text);
/* A double as text that reads back to the same double. (transfer full) */
char     *_pdz_wb_format_double      (double      value);
/* Whether @value is written as a number cell (integral and small enough to
 * survive every spreadsheet's 15 digits) rather than as text. */
gboolean  _pdz_wb_double_is_exact    (double      value);
/* Amounts: cents as a number of euro when every spreadsheet keeps it
 * exactly, else as text "1234567890123456.78". */
gboolean  _pdz_wb_amount_is_exact    (gint64      cents);
char     *_pdz_wb_format_amount      (gint64      cents);
/* Parses an amount in euro ("1250", "1250,50", "1.250,50", "€ 1250.5")
 * into cents. */
gboolean  _pdz_wb_parse_amount       (const char *text,
                                      gint64     *cents);
/* Parses a date: "2023", "2023-11", "2023-11-24", "novembre 2023",
 * "November 2023", "24/11/2023", "11/2023". (transfer full) (nullable) */
PdzDate  *_pdz_wb_parse_date         (const char *text);
/* The day of an Excel serial date. (transfer full) (nullable) */
PdzDate  *_pdz_wb_serial_to_date     (double      serial,
                                      gboolean    date1904);
/* Decodes @length bytes as UTF-8 text; FALSE with the 1-based line of the
 * first bad byte when they are not. */
gboolean  _pdz_wb_check_utf8         (const char *data,
                                      gsize       length,
                                      guint      *bad_line);

/* --- Export: the book of a plan (pdz-workbook-layout.c) --- */

PdzWbBook *_pdz_workbook_build (PdzPlan            *plan,
                                PdzWorkbookFormat   format,
                                GError            **error);

/* The layout, for the import too. */
typedef enum
{
  PDZ_WB_COL_TEXT,           /* a string */
  PDZ_WB_COL_ID,             /* the row's id */
  PDZ_WB_COL_ENUM,           /* an enumeration: a label, a nick, or empty */
  PDZ_WB_COL_REF,            /* the id of an entity of another sheet */
  PDZ_WB_COL_REFS,           /* ids, one per line */
  PDZ_WB_COL_LINES,          /* strings, one per line */
  PDZ_WB_COL_DATE,
  PDZ_WB_COL_AMOUNT,         /* euro, as a number; cents in the table */
  PDZ_WB_COL_VALUE,          /* a number */
  PDZ_WB_COL_OWNER,          /* the id of the entity named by owner-kind */
  PDZ_WB_COL_DERIVED,        /* computed; not written, ignored on import */
} PdzWbColumnType;

/* An enumeration of a column: its values in the order of the drop-down
 * list, by nick; their labels are pdz_enum_get_label()'s (the reports'),
 * except for the owner kind, which is no GEnum. */
typedef struct
{
  const char *name;          /* "status": the list's name in the lists sheet */
  const char *title_it;
  const char *title_en;
  const char *omitted;       /* the nick written by leaving the member out */
  GType (*get_type) (void);  /* NULL for the owner kind */
  const char * const *nicks;
  guint n_values;
} PdzWbEnum;

typedef struct
{
  const char *name;          /* the member name, the table's column */
  PdzWbColumnType type;
  int target;                /* REF, REFS: a PdzEntityKind; ENUM: a PDZ_WB_ENUM_* */
  gboolean required;
  double width;
  const char *label_it;
  const char *label_en;
  const char *help_it;
  const char *help_en;
} PdzWbColumnSpec;

typedef struct
{
  PdzEntityKind kind;
  const char *name_it;       /* the sheet */
  const char *name_en;
  const char *file;          /* the CSV file, and the table: "actions.csv" */
  const PdzWbColumnSpec *columns;
  guint n_columns;
  const char *help_it;
  const char *help_en;
} PdzWbSheetSpec;

enum
{
  PDZ_WB_ENUM_STATUS,
  PDZ_WB_ENUM_ORIGIN,
  PDZ_WB_ENUM_ROLE,
  PDZ_WB_ENUM_SCOPE,
  PDZ_WB_ENUM_FUNDING_STATUS,
  PDZ_WB_ENUM_OBJECTIVE_KIND,
  PDZ_WB_ENUM_PARTNER_KIND,
  PDZ_WB_ENUM_OWNER_KIND,
  PDZ_WB_N_ENUMS
};

extern const PdzWbEnum _pdz_wb_enums[PDZ_WB_N_ENUMS];
/* Indexed by PdzEntityKind, in the order of the workbook. */
extern const PdzWbSheetSpec _pdz_wb_sheets[11];

const PdzWbColumnSpec *_pdz_wb_sheet_spec_column (const PdzWbSheetSpec *sheet,
                                                  const char           *name);
/* The label of the value @i of @e. (transfer none) */
const char            *_pdz_wb_enum_label        (const PdzWbEnum      *e,
                                                  guint                 i,
                                                  gboolean              italian);
/* The nick of the value @text names (a label in either language or a nick,
 * without regard to case or surrounding space), or NULL. */
const char            *_pdz_wb_enum_lookup       (const PdzWbEnum      *e,
                                                  const char           *text);
/* "non indicato, previsto, …" (transfer full) */
char                  *_pdz_wb_enum_list_labels  (const PdzWbEnum      *e,
                                                  gboolean              italian);
const char            *_pdz_wb_sheet_spec_name   (const PdzWbSheetSpec *sheet,
                                                  gboolean              italian);
#define PDZ_WB_README_IT "Leggimi"
#define PDZ_WB_README_EN "Read me"
#define PDZ_WB_LISTS_IT "Elenchi"
#define PDZ_WB_LISTS_EN "Lists"
/* The cell of the read-me sheet that records the layout: its label in A1... */
#define PDZ_WB_LAYOUT_KEY "pdz-workbook-layout"

/* --- Writers and readers --- */

GBytes    *_pdz_workbook_write_xlsx (PdzWbBook     *book,
                                     GCancellable  *cancellable,
                                     GError       **error);
GBytes    *_pdz_workbook_write_ods  (PdzWbBook     *book,
                                     GCancellable  *cancellable,
                                     GError       **error);
/* The CSV tables of @book into the directory @path. */
gboolean   _pdz_workbook_write_csv  (PdzWbBook     *book,
                                     const char    *path,
                                     GCancellable  *cancellable,
                                     GError       **error);
/* The CSV tables of several plans (a GListModel of PdzPlan) into the
 * directory @path: each table has a "plan" column first, the plan's id,
 * then the columns of every plan in the order they first come. */
gboolean   _pdz_workbook_write_corpus_csv (GListModel    *plans,
                                           const char    *path,
                                           GCancellable  *cancellable,
                                           GError       **error);
/* One sheet as CSV (RFC 4180, CRLF, UTF-8). (transfer full) */
GBytes    *_pdz_workbook_sheet_to_csv (PdzWbSheet  *sheet);

/* Readers: NULL, with the problems in @log, when the file cannot be read
 * as a workbook at all. */
PdzWbBook *_pdz_workbook_read_xlsx  (const guint8  *data,
                                     gsize          length,
                                     PdzWbLog      *log);
PdzWbBook *_pdz_workbook_read_ods   (const guint8  *data,
                                     gsize          length,
                                     PdzWbLog      *log);
/* One CSV table into the sheet @name of @book; FALSE when it is not text. */
gboolean   _pdz_workbook_read_csv   (PdzWbBook     *book,
                                     const char    *name,
                                     const char    *data,
                                     gsize          length,
                                     PdzWbLog      *log);

/* The import of a book read: the plan, or NULL with problems in @log.
 * @new_ids gets the ids made for new rows. (transfer full) */
PdzPlan   *_pdz_workbook_to_plan    (PdzWbBook     *book,
                                     PdzWbLog      *log,
                                     GPtrArray     *new_ids);

/* The whole import from memory, for the fuzzer: @data is an XLSX or ODS
 * file, or (@is_csv_dir FALSE and not a zip) one CSV table taken as every
 * table. */
PdzPlan   *_pdz_workbook_import_data (const guint8 *data,
                                      gsize         length,
                                      PdzWbLog     *log,
                                      GPtrArray    *new_ids);

G_END_DECLS
