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
 *
 * The files are layered, each calling only those below it:
 *
 *   pdz-workbook.c: the entry points and the formats;
 *   pdz-workbook-import.c: the import of a file or a folder;
 *   pdz-workbook-csv.c: the CSV tables, read and written, and those of a
 *       corpus (built with the export);
 *   pdz-workbook-export.c (the book of a plan), pdz-workbook-plan.c (the
 *       plan of a book), the other writers (-xlsx, -ods) and readers
 *       (-ods-reader, then -xlsx-reader, whose XML helpers both share);
 *   pdz-workbook-layout.c, pdz-workbook-text.c, pdz-workbook-problem.c
 *       (PdzWorkbookProblem and the log of problems);
 *   pdz-workbook-sheet.c: the book of sheets (pdz-workbook-sheet-private.h).
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "pdz.h"
#include "pdz-workbook-sheet-private.h"

G_BEGIN_DECLS

/* The version of the layout (sheets, the two header rows, the columns),
 * recorded in the read-me sheet. An import refuses a later one. */
#define PDZ_WORKBOOK_LAYOUT_VERSION 1

/* The XML readers' helpers (pdz-workbook-xlsx-reader.c). */
/* @name without its namespace prefix ("x:c" is "c"). */
const char *_pdz_wb_xml_local_name  (const char  *name);
/* The value of the attribute whose local name is @name, or NULL. */
const char *_pdz_wb_xml_attribute   (const char **names,
                                     const char **values,
                                     const char  *name);

/* --- The log of problems (pdz-workbook-problem.c) --- */

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

/* Logs a problem of @severity in @sheet (nullable) at @row, @column
 * (0-based; G_MAXUINT for none). An error past max_errors is only
 * counted. */
void _pdz_wb_log (PdzWbLog            *log,
                  PdzWorkbookSeverity  severity,
                  const char          *sheet,
                  guint                row,
                  guint                column,
                  const char          *format,
                  ...) G_GNUC_PRINTF (6, 7);
/* _pdz_wb_error (log, sheet, row, column, format, ...), and _note */
#define _pdz_wb_error(log, ...) _pdz_wb_log ((log), PDZ_WORKBOOK_SEVERITY_ERROR, __VA_ARGS__)
#define _pdz_wb_note(log, ...) _pdz_wb_log ((log), PDZ_WORKBOOK_SEVERITY_NOTE, __VA_ARGS__)

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
