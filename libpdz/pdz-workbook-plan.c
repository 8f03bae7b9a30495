/* pdz-workbook-plan.c: the plan in a book of cells
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The import proper, for every format: finds the sheets and, in row 2 (the
 * header row of a CSV table), the columns; checks every cell against its
 * column (enumerations, references, ids, dates, amounts, numbers, required
 * values), logging each problem with its sheet and cell; makes ids for new
 * rows; then builds the plan's JSON document (format version 2) and reads
 * it with the plan reader, which checks the whole once more. Nothing is
 * built while anything is wrong.
 */

#include "pdz-text-private.h"
#include "pdz-workbook-private.h"

#include "pdz-json-emit-private.h"

#include <math.h>
#include <string.h>

#include "pdz-date-private.h"
#include "pdz-language-private.h"
#include "pdz-plan-private.h"

#define N_SHEETS G_N_ELEMENTS (_pdz_wb_sheets)
#define MAX_SPEC_COLUMNS 20

typedef struct
{
  guint column;              /* in the sheet */
  char *member;              /* (owned): "x-cup" */
  const char *part;          /* "", "contacts", "monitoring", "baseline", "target" */
  char *name;                /* (owned): the column's name, "baseline-x-cup" */
} XColumn;

/* The column "extensions": the order of a row's "x-" members where it is
 * not that of the columns (see _pdz_plan_dup_table_exact()). */
#define ORDER_COLUMN "extensions"

typedef struct
{
  const PdzWbSheetSpec *spec;
  PdzWbSheet *sheet;         /* NULL when missing */
  int column_of[MAX_SPEC_COLUMNS];   /* spec column -> sheet column, or -1 */
  GArray *x_columns;         /* (element-type XColumn) */
  guint order_column;        /* "extensions", or G_MAXUINT */
  GArray *rows;              /* (element-type guint): the sheet rows that hold something */
  GPtrArray *ids;            /* (element-type utf8): the id of each row, for sheets of ids */
  GHashTable *row_of_id;     /* id -> index in rows + 1 */
} SheetCtx;

typedef struct
{
  PdzWbBook *book;
  PdzWbLog *log;
  GPtrArray *new_ids;
  SheetCtx sheets[N_SHEETS];
} Import;

static const char *
sheet_name (Import        *imp,
            PdzEntityKind  kind)
{
  SheetCtx *s = &imp->sheets[kind];

  if (s->sheet != NULL)
    return s->sheet->name;
  if (imp->book->format == PDZ_WORKBOOK_FORMAT_CSV)
    return s->spec->file;
  return _pdz_wb_sheet_spec_name (s->spec, imp->log->italian);
}

static int
spec_index (const PdzWbSheetSpec *spec,
            const char           *name)
{
  for (guint i = 0; i < spec->n_columns; i++)
    if (strcmp (spec->columns[i].name, name) == 0)
      return (int) i;
  return -1;
}

/* --- Cells --- */

static const PdzWbCell *
cell_of (SheetCtx   *s,
         guint       row,
         const char *name)
{
  int i = spec_index (s->spec, name);

  if (i < 0 || s->column_of[i] < 0)
    return NULL;
  return _pdz_wb_sheet_peek (s->sheet, row, (guint) s->column_of[i]);
}

static guint
column_index (SheetCtx   *s,
              const char *name)
{
  int i = spec_index (s->spec, name);

  return i >= 0 && s->column_of[i] >= 0 ? (guint) s->column_of[i] : G_MAXUINT;
}

/* The text of a cell: NULL for an empty one. A cell in error is logged
 * and gives NULL with *ok FALSE. (transfer full) */
static char *
cell_text (Import          *imp,
           SheetCtx        *s,
           guint            row,
           guint            column,
           const PdzWbCell *cell,
           gboolean        *ok)
{
  if (cell == NULL)
    return NULL;
  switch (cell->type)
    {
    case PDZ_WB_TEXT:
      return g_strdup (cell->text);
    case PDZ_WB_NUMBER:
      return _pdz_wb_format_double (cell->number);
    case PDZ_WB_BOOL:
      return g_strdup (cell->number != 0 ? "true" : "false");
    case PDZ_WB_ERROR:
      {
        g_autofree char *quoted = _pdz_text_quote (cell->text, -1, 0, PDZ_QUOTE_DEFAULT);

        if (cell->no_value)
          _pdz_wb_error (imp->log, s->sheet->name, row, column,
                         PDZ_WB_TR (imp->log,
                                    "la formula «=%s» non ha un valore calcolato; aprite il file in Excel o "
                                    "LibreOffice e salvatelo, oppure scrivete il valore",
                                    "the formula “=%s” has no computed value; open the file in Excel or "
                                    "LibreOffice and save it, or type the value"),
                         quoted);
        else
          _pdz_wb_error (imp->log, s->sheet->name, row, column,
                         PDZ_WB_TR (imp->log, "la cella contiene l'errore %s", "the cell holds the error %s"),
                         quoted);
        *ok = FALSE;
        return NULL;
      }
    case PDZ_WB_EMPTY:
    default:
      return NULL;
    }
}

/* The text of the column @name in @row, NULL when empty or absent. */
static char *
get_text (Import     *imp,
          SheetCtx   *s,
          guint       row,
          const char *name,
          gboolean   *ok)
{
  return cell_text (imp, s, row, column_index (s, name), cell_of (s, row, name), ok);
}

static gboolean
blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static const char *
column_label (Import                *imp,
              const PdzWbColumnSpec *col)
{
  return imp->log->italian ? col->label_it : col->label_en;
}

/* A required value that is missing. */
static void
error_missing (Import     *imp,
               SheetCtx   *s,
               guint       row,
               const char *name)
{
  const PdzWbColumnSpec *col = _pdz_wb_sheet_spec_column (s->spec, name);

  _pdz_wb_error (imp->log, s->sheet->name, row, column_index (s, name),
                 PDZ_WB_TR (imp->log, "manca il valore di «%s» (%s), che è obbligatorio",
                            "the value of “%s” (%s) is missing, and it is required"),
                 column_label (imp, col), name);
}

/* --- Values --- */

static gboolean
get_enum (Import      *imp,
          SheetCtx    *s,
          guint        row,
          const char  *name,
          const char **nick)
{
  const PdzWbColumnSpec *col = _pdz_wb_sheet_spec_column (s->spec, name);
  const PdzWbEnum *e = &_pdz_wb_enums[col->target];
  gboolean ok = TRUE;
  g_autofree char *text = get_text (imp, s, row, name, &ok);
  const char *value;

  *nick = NULL;
  if (!ok)
    return FALSE;
  if (blank (text))
    return TRUE;
  value = _pdz_wb_enum_lookup (e, text);
  if (value == NULL)
    {
      g_autofree char *quoted = _pdz_text_quote (text, -1, 0, PDZ_QUOTE_DEFAULT);
      g_autofree char *allowed = _pdz_wb_enum_list_labels (e, imp->log->italian);

      _pdz_wb_error (imp->log, s->sheet->name, row, column_index (s, name),
                     PDZ_WB_TR (imp->log, "%s «%s» sconosciuto; valori ammessi: %s",
                                "unknown %s “%s”; allowed values: %s"),
                     imp->log->italian ? e->title_it : e->title_en, quoted, allowed);
      return FALSE;
    }
  *nick = value;
  return TRUE;
}

static gboolean
get_date (Import      *imp,
          SheetCtx    *s,
          guint        row,
          const char  *name,
          char       **out)
{
  const PdzWbCell *cell = cell_of (s, row, name);
  gboolean ok = TRUE;
  g_autofree char *text = NULL;
  g_autoptr(PdzDate) date = NULL;

  *out = NULL;
  if (cell != NULL && cell->type == PDZ_WB_NUMBER)
    {
      /* A date the spreadsheet made a serial number of. */
      date = _pdz_wb_serial_to_date (cell->number, imp->book->date1904);
      text = _pdz_wb_format_double (cell->number);
    }
  else
    {
      text = get_text (imp, s, row, name, &ok);
      if (!ok)
        return FALSE;
      if (blank (text))
        return TRUE;
      date = _pdz_date_parse_lenient (text);
    }
  if (date == NULL)
    {
      g_autofree char *quoted = _pdz_text_quote (text, -1, 0, PDZ_QUOTE_DEFAULT);

      _pdz_wb_error (imp->log, s->sheet->name, row, column_index (s, name),
                     PDZ_WB_TR (imp->log,
                                "data «%s» non valida; scrivete 2023, 2023-11 o 2023-11-24 "
                                "(oppure «novembre 2023», «24/11/2023»)",
                                "invalid date “%s”; write 2023, 2023-11 or 2023-11-24 "
                                "(or “November 2023”, “24/11/2023”)"),
                     quoted);
      return FALSE;
    }
  *out = pdz_date_to_string (date);
  return TRUE;
}

static gboolean
get_amount (Import     *imp,
            SheetCtx   *s,
            guint       row,
            const char *name,
            gboolean   *present,
            gint64     *cents)
{
  const PdzWbCell *cell = cell_of (s, row, name);
  gboolean ok = TRUE;
  g_autofree char *text = NULL;
  gboolean parsed;

  *present = FALSE;
  if (cell != NULL && cell->type == PDZ_WB_NUMBER)
    {
      double scaled = cell->number * 100.0;

      text = _pdz_wb_format_double (cell->number);
      parsed = isfinite (scaled) && fabs (scaled) < 9e15 && fabs (scaled - round (scaled)) < 1e-6 * MAX (1.0, fabs (scaled));
      if (parsed)
        *cents = (gint64) llround (scaled);
    }
  else
    {
      text = get_text (imp, s, row, name, &ok);
      if (!ok)
        return FALSE;
      if (blank (text))
        return TRUE;
      parsed = _pdz_wb_parse_amount (text, cents);
    }
  if (!parsed)
    {
      g_autofree char *quoted = _pdz_text_quote (text, -1, 0, PDZ_QUOTE_DEFAULT);

      _pdz_wb_error (imp->log, s->sheet->name, row, column_index (s, name),
                     PDZ_WB_TR (imp->log,
                                "importo «%s» non valido; scrivete un numero di euro con al più due decimali, "
                                "come 1250 o 1250,50",
                                "invalid amount “%s”; write a number of euro with at most two decimals, "
                                "such as 1250 or 1250.50"),
                     quoted);
      return FALSE;
    }
  if (*cents < 0)
    {
      g_autofree char *quoted = _pdz_text_quote (text, -1, 0, PDZ_QUOTE_DEFAULT);

      _pdz_wb_error (imp->log, s->sheet->name, row, column_index (s, name),
                     PDZ_WB_TR (imp->log, "importo negativo «%s»; un importo è zero o più",
                                "negative amount “%s”; an amount is zero or more"),
                     quoted);
      return FALSE;
    }
  *present = TRUE;
  return TRUE;
}

static gboolean
get_value (Import     *imp,
           SheetCtx   *s,
           guint       row,
           const char *name,
           gboolean   *present,
           double     *value)
{
  const PdzWbCell *cell = cell_of (s, row, name);
  gboolean ok = TRUE;
  g_autofree char *text = NULL;
  char *end = NULL;

  *present = FALSE;
  if (cell != NULL && cell->type == PDZ_WB_NUMBER)
    {
      *value = cell->number;
      *present = TRUE;
      return TRUE;
    }
  text = get_text (imp, s, row, name, &ok);
  if (!ok)
    return FALSE;
  if (blank (text))
    return TRUE;
  g_strstrip (text);
  if (strchr (text, ',') != NULL && strchr (text, '.') == NULL)
    g_strdelimit (text, ",", '.');
  *value = g_ascii_strtod (text, &end);
  if (*text == '\0' || *end != '\0' || !isfinite (*value) || g_ascii_isalpha (text[0]))
    {
      g_autofree char *quoted = _pdz_text_quote (text, -1, 0, PDZ_QUOTE_DEFAULT);

      _pdz_wb_error (imp->log, s->sheet->name, row, column_index (s, name),
                     PDZ_WB_TR (imp->log, "«%s» non è un numero", "“%s” is not a number"), quoted);
      return FALSE;
    }
  *present = TRUE;
  return TRUE;
}

/* A reference to an entity of @kind: checked against its sheet's ids. */
static gboolean
check_ref (Import        *imp,
           SheetCtx      *s,
           guint          row,
           const char    *name,
           PdzEntityKind  kind,
           const char    *id)
{
  SheetCtx *target = &imp->sheets[kind];

  if (target->row_of_id != NULL && g_hash_table_contains (target->row_of_id, id))
    return TRUE;
  {
    g_autofree char *quoted = _pdz_text_quote (id, -1, 0, PDZ_QUOTE_DEFAULT);

    _pdz_wb_error (imp->log, s->sheet->name, row, column_index (s, name),
                   PDZ_WB_TR (imp->log, "«%s» non è un identificativo del foglio %s",
                              "“%s” is not an identifier of the %s sheet"),
                   quoted, sheet_name (imp, kind));
  }
  return FALSE;
}

static gboolean
get_ref (Import      *imp,
         SheetCtx    *s,
         guint        row,
         const char  *name,
         char       **out)
{
  const PdzWbColumnSpec *col = _pdz_wb_sheet_spec_column (s->spec, name);
  gboolean ok = TRUE;
  g_autofree char *text = get_text (imp, s, row, name, &ok);

  *out = NULL;
  if (!ok)
    return FALSE;
  if (text == NULL || *text == '\0')
    return TRUE;
  if (!check_ref (imp, s, row, name, col->target, text))
    return FALSE;
  *out = g_steal_pointer (&text);
  return TRUE;
}

static gboolean
get_lines (Import      *imp,
           SheetCtx    *s,
           guint        row,
           const char  *name,
           GStrv       *out)
{
  const PdzWbColumnSpec *col = _pdz_wb_sheet_spec_column (s->spec, name);
  gboolean ok = TRUE;
  g_autofree char *text = get_text (imp, s, row, name, &ok);
  g_auto(GStrv) items = NULL;

  *out = NULL;
  if (!ok)
    return FALSE;
  items = _pdz_plan_table_cell_to_lines (text);
  if (col->type == PDZ_WB_COL_REFS)
    {
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();

      for (guint i = 0; items[i] != NULL; i++)
        {
          /* A person types a space or an empty line now and then. */
          g_autofree char *id = g_strstrip (g_strdup (items[i]));

          if (*id == '\0')
            continue;
          if (g_hash_table_contains (seen, items[i]))
            {
              g_autofree char *quoted = _pdz_text_quote (id, -1, 0, PDZ_QUOTE_DEFAULT);

              _pdz_wb_error (imp->log, s->sheet->name, row, column_index (s, name),
                             PDZ_WB_TR (imp->log, "«%s» è nominato due volte", "“%s” is named twice"), quoted);
              return FALSE;
            }
          g_hash_table_add (seen, items[i]);
          if (!check_ref (imp, s, row, name, col->target, id))
            return FALSE;
          g_strv_builder_add (kept, id);
        }
      *out = g_strv_builder_end (kept);
      return TRUE;
    }
  *out = g_steal_pointer (&items);
  return TRUE;
}

/* --- JSON --- */

static void
set_string (JsonObject *object,
            const char *member,
            const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, member, value);
}

static void
set_strv (JsonObject         *object,
          const char         *member,
          const char * const *values)
{
  JsonArray *array;

  if (values == NULL || values[0] == NULL)
    return;
  array = json_array_new ();
  for (guint i = 0; values[i] != NULL; i++)
    json_array_add_string_element (array, values[i]);
  json_object_set_array_member (object, member, array);
}

static void
set_enum (JsonObject *object,
          const char *member,
          const char *nick,
          const char *omitted)
{
  if (nick != NULL && (omitted == NULL || strcmp (nick, omitted) != 0))
    json_object_set_string_member (object, member, nick);
}

static void
append_to (JsonObject *object,
           const char *member,
           JsonObject *item)
{
  JsonArray *array = json_object_has_member (object, member)
                     ? json_object_get_array_member (object, member) : NULL;

  if (array == NULL)
    {
      array = json_array_new ();
      json_object_set_array_member (object, member, array);
    }
  json_array_add_object_element (array, item);
}

typedef struct
{
  int rank;
  guint index;
  XColumn *x;
  JsonNode *node;
} XValue;

static int
compare_x_values (gconstpointer a,
                  gconstpointer b)
{
  const XValue *xa = a, *xb = b;

  if (xa->rank != xb->rank)
    return xa->rank < xb->rank ? -1 : 1;
  return xa->index < xb->index ? -1 : xa->index > xb->index;
}

/* The "x-" members of @row for the sub-object @part into @object, in the
 * order of the columns, or of the row's "extensions" cell. */
static gboolean
add_extensions (Import     *imp,
                SheetCtx   *s,
                guint       row,
                const char *part,
                JsonObject *object)
{
  gboolean ok = TRUE;
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (XValue));
  g_auto(GStrv) order = NULL;

  if (s->order_column != G_MAXUINT)
    {
      const PdzWbCell *cell = _pdz_wb_sheet_peek (s->sheet, row, s->order_column);

      if (cell != NULL && cell->type == PDZ_WB_TEXT)
        order = g_strsplit (cell->text, "\n", -1);
    }

  for (guint i = 0; i < s->x_columns->len; i++)
    {
      XColumn *x = &g_array_index (s->x_columns, XColumn, i);
      const PdzWbCell *cell = _pdz_wb_sheet_peek (s->sheet, row, x->column);
      XValue value = { G_MAXINT, i, x, NULL };

      if (strcmp (x->part, part) != 0 || cell == NULL || cell->type == PDZ_WB_EMPTY)
        continue;
      if (cell->type == PDZ_WB_NUMBER)
        {
          value.node = json_node_new (JSON_NODE_VALUE);
          if (_pdz_wb_double_is_exact (cell->number))
            json_node_set_int (value.node, (gint64) cell->number);
          else
            json_node_set_double (value.node, cell->number);
        }
      else if (cell->type == PDZ_WB_BOOL)
        {
          value.node = json_node_new (JSON_NODE_VALUE);
          json_node_set_boolean (value.node, cell->number != 0);
        }
      else
        {
          g_autofree char *text = cell_text (imp, s, row, x->column, cell, &ok);

          if (text == NULL)
            continue;
          value.node = _pdz_wb_cell_to_json (text);
        }
      for (guint k = 0; order != NULL && order[k] != NULL; k++)
        if (strcmp (order[k], x->name) == 0)
          {
            value.rank = (int) k;
            break;
          }
      g_array_append_val (values, value);
    }

  g_array_sort (values, compare_x_values);
  for (guint i = 0; i < values->len; i++)
    {
      XValue *value = &g_array_index (values, XValue, i);

      json_object_set_member (object, value->x->member, value->node);
    }
  return ok;
}

/* --- Sheets and columns --- */

static gboolean
x_prefix_allowed (PdzEntityKind  kind,
                  const char    *name,
                  const char   **part,
                  const char   **member)
{
  static const struct { PdzEntityKind kind; const char *prefix; const char *part; } prefixes[] = {
    { PDZ_ENTITY_KIND_PLAN, "contacts-", "contacts" },
    { PDZ_ENTITY_KIND_PLAN, "monitoring-", "monitoring" },
    { PDZ_ENTITY_KIND_INDICATOR, "baseline-", "baseline" },
    { PDZ_ENTITY_KIND_INDICATOR, "target-", "target" },
  };

  if (g_str_has_prefix (name, "x-"))
    {
      *part = "";
      *member = name;
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (prefixes[i].kind == kind && g_str_has_prefix (name, prefixes[i].prefix) &&
        g_str_has_prefix (name + strlen (prefixes[i].prefix), "x-"))
      {
        *part = prefixes[i].part;
        *member = name + strlen (prefixes[i].prefix);
        return TRUE;
      }
  return FALSE;
}

static char *
column_list (const PdzWbSheetSpec *spec)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < spec->n_columns; i++)
    {
      if (spec->columns[i].type == PDZ_WB_COL_DERIVED)
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, spec->columns[i].name);
    }
  return g_string_free (out, FALSE);
}

/* Reads the header row of @s; FALSE when the sheet cannot be read. */
static gboolean
read_header (Import   *imp,
             SheetCtx *s)
{
  PdzWbSheet *sheet = s->sheet;
  guint h = sheet->header_row;
  guint n = _pdz_wb_sheet_n_columns (sheet, h);
  guint known = 0;
  gboolean ok = TRUE;

  for (guint c = 0; c < n; c++)
    {
      const PdzWbCell *cell = _pdz_wb_sheet_peek (sheet, h, c);
      g_autofree char *name = NULL;
      const char *part, *member;
      int i;

      if (cell == NULL || cell->type != PDZ_WB_TEXT || blank (cell->text))
        continue;
      name = g_strstrip (g_strdup (cell->text));
      i = spec_index (s->spec, name);
      if (i >= 0)
        {
          known++;
          if (s->column_of[i] >= 0)
            {
              g_autofree char *first = _pdz_wb_column_name ((guint) s->column_of[i]);

              _pdz_wb_error (imp->log, sheet->name, h, c,
                             PDZ_WB_TR (imp->log, "la colonna «%s» c'è due volte (anche in %s)",
                                        "the column “%s” is there twice (also in %s)"),
                             name, first);   /* (a member name of the layout) */
              ok = FALSE;
            }
          else if (s->spec->columns[i].type != PDZ_WB_COL_DERIVED)
            s->column_of[i] = (int) c;
          continue;
        }
      if (strcmp (name, ORDER_COLUMN) == 0 && s->order_column == G_MAXUINT)
        {
          s->order_column = c;
          continue;
        }
      if (x_prefix_allowed (s->spec->kind, name, &part, &member))
        {
          XColumn x = { c, g_strdup (member), part, g_strdup (name) };

          for (guint k = 0; k < s->x_columns->len; k++)
            if (strcmp (g_array_index (s->x_columns, XColumn, k).member, member) == 0 &&
                strcmp (g_array_index (s->x_columns, XColumn, k).part, part) == 0)
              {
                {
                  g_autofree char *quoted = _pdz_text_quote (name, -1, 0, PDZ_QUOTE_DEFAULT);

                  _pdz_wb_error (imp->log, sheet->name, h, c,
                                 PDZ_WB_TR (imp->log, "la colonna «%s» c'è due volte",
                                            "the column “%s” is there twice"),
                                 quoted);
                }
                ok = FALSE;
              }
          g_array_append_val (s->x_columns, x);
          continue;
        }
      {
        g_autofree char *quoted = _pdz_text_quote (name, -1, 0, PDZ_QUOTE_DEFAULT);
        g_autofree char *list = column_list (s->spec);

        _pdz_wb_error (imp->log, sheet->name, h, c,
                       PDZ_WB_TR (imp->log,
                                  "colonna «%s» sconosciuta; le colonne del foglio sono %s, e le vostre "
                                  "iniziano con «x-»",
                                  "unknown column “%s”; the sheet's columns are %s, and your own "
                                  "start with “x-”"),
                       quoted, list);
        ok = FALSE;
      }
    }

  if (known == 0)
    {
      /* No member names: a report's table, or row 2 edited away. */
      _pdz_wb_error (imp->log, sheet->name, h, G_MAXUINT,
                     imp->book->format == PDZ_WORKBOOK_FORMAT_CSV
                     ? PDZ_WB_TR (imp->log,
                                  "la prima riga non ha i nomi delle colonne (id, title, …): è una tabella di "
                                  "«pdz report»? Per importare, esportate il piano con «pdz export -o CARTELLA/»",
                                  "the first row does not have the column names (id, title, …): is it a table "
                                  "of “pdz report”? To import, export the plan with “pdz export -o FOLDER/”")
                     : PDZ_WB_TR (imp->log,
                                  "la riga 2 non ha i nomi delle colonne (id, title, …): è una cartella di "
                                  "«pdz report»? Per importare, esportate il piano con «pdz export -o piano.xlsx»",
                                  "row 2 does not have the column names (id, title, …): is it a workbook of "
                                  "“pdz report”? To import, export the plan with “pdz export -o plan.xlsx”"));
      return FALSE;
    }

  for (guint i = 0; i < s->spec->n_columns; i++)
    {
      const PdzWbColumnSpec *col = &s->spec->columns[i];
      gboolean required = col->type == PDZ_WB_COL_ID || col->required ||
                          (col->type == PDZ_WB_COL_ENUM && _pdz_wb_enums[col->target].omitted == NULL);

      if (required && s->column_of[i] < 0)
        {
          _pdz_wb_error (imp->log, sheet->name, h, G_MAXUINT,
                         PDZ_WB_TR (imp->log, "manca la colonna «%s» (%s), che è obbligatoria",
                                    "the column “%s” (%s) is missing, and it is required"),
                         col->name, column_label (imp, col));
          ok = FALSE;
        }
    }

  /* The rows that hold something. */
  for (guint r = h + 1; r < sheet->rows->len; r++)
    {
      gboolean any = FALSE;
      guint width = _pdz_wb_sheet_n_columns (sheet, r);

      for (guint c = 0; c < width && !any; c++)
        {
          const PdzWbCell *cell = _pdz_wb_sheet_peek (sheet, r, c);

          any = cell != NULL && cell->type != PDZ_WB_EMPTY;
        }
      if (any)
        g_array_append_val (s->rows, r);
    }
  return ok;
}

/* Finds the sheets; FALSE when a sheet is missing. */
static gboolean
find_sheets (Import *imp)
{
  gboolean ok = TRUE;
  guint found = 0;

  for (guint k = 0; k < N_SHEETS; k++)
    {
      SheetCtx *s = &imp->sheets[k];

      if (imp->book->format == PDZ_WORKBOOK_FORMAT_CSV)
        s->sheet = _pdz_wb_book_find_sheet (imp->book, s->spec->file);
      else
        {
          s->sheet = _pdz_wb_book_find_sheet (imp->book, _pdz_wb_sheet_spec_name (s->spec, imp->log->italian));
          if (s->sheet == NULL)
            s->sheet = _pdz_wb_book_find_sheet (imp->book, _pdz_wb_sheet_spec_name (s->spec, !imp->log->italian));
        }
      if (s->sheet != NULL)
        found++;
    }

  if (imp->sheets[PDZ_ENTITY_KIND_PLAN].sheet == NULL &&
      (_pdz_wb_book_find_sheet (imp->book, "Sintesi") != NULL ||
       _pdz_wb_book_find_sheet (imp->book, "Summary") != NULL))
    {
      /* The report's workbook has Obiettivi, Azioni, ... too, but no Piano. */
      found = 0;
    }
  if (found == 0)
    {
      gboolean report = _pdz_wb_book_find_sheet (imp->book, "Sintesi") != NULL ||
                        _pdz_wb_book_find_sheet (imp->book, "Summary") != NULL ||
                        _pdz_wb_book_find_sheet (imp->book, "objectives.csv") != NULL;

      if (report)
        _pdz_wb_error (imp->log, NULL, G_MAXUINT, G_MAXUINT,
                       PDZ_WB_TR (imp->log,
                                  "questo è un rapporto di «pdz report», non la cartella di lavoro del piano; "
                                  "per modificare il piano, esportatelo con «pdz export» e importate quella",
                                  "this is a report of “pdz report”, not the plan's workbook; to edit the plan, "
                                  "export it with “pdz export” and import that"));
      else
        _pdz_wb_error (imp->log, NULL, G_MAXUINT, G_MAXUINT,
                       PDZ_WB_TR (imp->log,
                                  "nessuno dei fogli del piano (Piano, Macroaree, Obiettivi, Azioni, …): non è una "
                                  "cartella di lavoro di «pdz export»",
                                  "none of the plan's sheets (Plan, Macroareas, Objectives, Actions, …): not a "
                                  "workbook of “pdz export”"));
      for (guint k = 0; k < N_SHEETS; k++)
        imp->sheets[k].sheet = NULL;
      return FALSE;
    }

  for (guint k = 0; k < N_SHEETS; k++)
    {
      SheetCtx *s = &imp->sheets[k];

      if (s->sheet == NULL)
        {
          _pdz_wb_error (imp->log, sheet_name (imp, (PdzEntityKind) k), G_MAXUINT, G_MAXUINT,
                         imp->book->format == PDZ_WORKBOOK_FORMAT_CSV
                         ? PDZ_WB_TR (imp->log, "manca il file", "the file is missing")
                         : PDZ_WB_TR (imp->log, "manca il foglio", "the sheet is missing"));
          ok = FALSE;
        }
    }

  /* The others: the read-me and the lists are ours; anything else is noted. */
  for (guint i = 0; i < imp->book->sheets->len; i++)
    {
      PdzWbSheet *sheet = imp->book->sheets->pdata[i];
      gboolean ours = FALSE;

      for (guint k = 0; k < N_SHEETS && !ours; k++)
        ours = imp->sheets[k].sheet == sheet;
      if (ours)
        continue;
      if (strcmp (sheet->name, PDZ_WB_README_IT) == 0 || strcmp (sheet->name, PDZ_WB_README_EN) == 0)
        {
          /* The layout the workbook was written with. */
          for (guint r = 0; r < MIN (sheet->rows->len, 10); r++)
            {
              const PdzWbCell *key = _pdz_wb_sheet_peek (sheet, r, 0);
              const PdzWbCell *value = _pdz_wb_sheet_peek (sheet, r, 1);
              g_autofree char *text = NULL;
              gboolean cell_ok = TRUE;
              guint64 version;

              if (key == NULL || key->type != PDZ_WB_TEXT || strcmp (key->text, PDZ_WB_LAYOUT_KEY) != 0)
                continue;
              text = cell_text (imp, NULL, r, 1, value != NULL && value->type == PDZ_WB_ERROR ? NULL : value,
                                &cell_ok);
              if (text != NULL && g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &version, NULL) &&
                  version > PDZ_WORKBOOK_LAYOUT_VERSION)
                {
                  _pdz_wb_error (imp->log, sheet->name, r, 1,
                                 PDZ_WB_TR (imp->log,
                                            "la cartella di lavoro ha lo schema %u, più recente di questo programma "
                                            "(%u): aggiornate libpdz",
                                            "the workbook has layout %u, newer than this program's (%u): "
                                            "update libpdz"),
                                 (guint) version, PDZ_WORKBOOK_LAYOUT_VERSION);
                  ok = FALSE;
                }
            }
          continue;
        }
      if (strcmp (sheet->name, PDZ_WB_LISTS_IT) == 0 || strcmp (sheet->name, PDZ_WB_LISTS_EN) == 0)
        continue;
      _pdz_wb_note (imp->log, sheet->name, G_MAXUINT, G_MAXUINT,
                    imp->book->format == PDZ_WORKBOOK_FORMAT_CSV
                    ? PDZ_WB_TR (imp->log, "file in più, ignorato", "an extra file, ignored")
                    : PDZ_WB_TR (imp->log, "foglio in più, ignorato", "an extra sheet, ignored"));
    }
  return ok;
}

/* --- Ids --- */

static const char *
title_column (PdzEntityKind kind)
{
  return kind == PDZ_ENTITY_KIND_PARTNER ? "name" : "title";
}

static const char *
slug_fallback (Import        *imp,
               PdzEntityKind  kind)
{
  switch (kind)
    {
    case PDZ_ENTITY_KIND_MACROAREA:
      return "macroarea";
    case PDZ_ENTITY_KIND_OBJECTIVE:
      return PDZ_WB_TR (imp->log, "obiettivo", "objective");
    case PDZ_ENTITY_KIND_ACTION:
      return PDZ_WB_TR (imp->log, "azione", "action");
    case PDZ_ENTITY_KIND_PROJECT:
      return PDZ_WB_TR (imp->log, "progetto", "project");
    case PDZ_ENTITY_KIND_PARTNER:
      return "partner";
    case PDZ_ENTITY_KIND_INDICATOR:
    default:
      return PDZ_WB_TR (imp->log, "indicatore", "indicator");
    }
}

/* The ids of a sheet of entities: duplicates refused, new rows given one. */
static gboolean
read_ids (Import   *imp,
          SheetCtx *s)
{
  gboolean ok = TRUE;
  int id_column = spec_index (s->spec, "id");

  s->ids = g_ptr_array_new_with_free_func (g_free);
  s->row_of_id = g_hash_table_new (g_str_hash, g_str_equal);
  if (id_column < 0 || s->spec->columns[id_column].type != PDZ_WB_COL_ID || s->column_of[id_column] < 0)
    return TRUE;

  for (guint i = 0; i < s->rows->len; i++)
    {
      guint row = g_array_index (s->rows, guint, i);
      g_autofree char *id = get_text (imp, s, row, "id", &ok);

      if (id != NULL && blank (id))
        g_clear_pointer (&id, g_free);
      if (id != NULL && g_hash_table_contains (s->row_of_id, id))
        {
          g_autofree char *quoted = _pdz_text_quote (id, -1, 0, PDZ_QUOTE_DEFAULT);
          guint first = g_array_index (s->rows, guint,
                                       GPOINTER_TO_UINT (g_hash_table_lookup (s->row_of_id, id)) - 1);

          _pdz_wb_error (imp->log, s->sheet->name, row, (guint) s->column_of[id_column],
                         PDZ_WB_TR (imp->log, "identificativo «%s» ripetuto: c'è già alla riga %u",
                                    "duplicate identifier “%s”: it is already in row %u"),
                         quoted, first + 1);
          ok = FALSE;
        }
      g_ptr_array_add (s->ids, g_strdup (id));
      if (id != NULL && !g_hash_table_contains (s->row_of_id, id))
        g_hash_table_insert (s->row_of_id, s->ids->pdata[i], GUINT_TO_POINTER (i + 1));
    }

  /* New rows: an id from the title. */
  for (guint i = 0; i < s->rows->len; i++)
    {
      guint row = g_array_index (s->rows, guint, i);
      gboolean text_ok = TRUE;
      g_autofree char *title = NULL;
      g_autofree char *slug = NULL;
      char *id;

      if (s->ids->pdata[i] != NULL)
        continue;
      title = get_text (imp, s, row, title_column (s->spec->kind), &text_ok);
      slug = _pdz_wb_slug (title != NULL ? title : "");
      if (*slug == '\0')
        {
          g_free (slug);
          slug = g_strdup (slug_fallback (imp, s->spec->kind));
        }
      id = g_strdup (slug);
      for (guint n = 2; g_hash_table_contains (s->row_of_id, id); n++)
        {
          g_free (id);
          id = g_strdup_printf ("%s-%u", slug, n);
        }
      s->ids->pdata[i] = id;
      g_hash_table_insert (s->row_of_id, id, GUINT_TO_POINTER (i + 1));
      g_ptr_array_add (imp->new_ids, g_strdup (id));
      {
        g_autofree char *quoted = _pdz_text_quote (id, -1, 0, PDZ_QUOTE_DEFAULT);

        _pdz_wb_note (imp->log, s->sheet->name, row, (guint) s->column_of[id_column],
                      PDZ_WB_TR (imp->log, "nuova riga: identificativo «%s»", "new row: identifier “%s”"),
                      quoted);
      }
    }
  return ok;
}

/* --- The entities --- */

typedef struct
{
  JsonObject *object;        /* (owned) */
  const char *parent;        /* actions: the parent's id */
  const char *objective;     /* actions: the holder's ids */
  const char *project;
  guint row;
} Entity;

static void
entity_clear (gpointer data)
{
  Entity *e = data;

  g_clear_pointer (&e->object, json_object_unref);
}

/* The text members of a row, by their spec types; FALSE on any error. */
static gboolean
read_text_member (Import     *imp,
                  SheetCtx   *s,
                  guint       row,
                  const char *name,
                  const char *member,
                  JsonObject *object)
{
  const PdzWbColumnSpec *col = _pdz_wb_sheet_spec_column (s->spec, name);
  gboolean ok = TRUE;
  g_autofree char *text = get_text (imp, s, row, name, &ok);

  if (!ok)
    return FALSE;
  if (text == NULL)
    {
      if (col->required)
        {
          error_missing (imp, s, row, name);
          return FALSE;
        }
      return TRUE;
    }
  json_object_set_string_member (object, member, text);
  return TRUE;
}

static gboolean
read_date_member (Import     *imp,
                  SheetCtx   *s,
                  guint       row,
                  const char *name,
                  const char *member,
                  JsonObject *object)
{
  const PdzWbColumnSpec *col = _pdz_wb_sheet_spec_column (s->spec, name);
  g_autofree char *date = NULL;

  if (!get_date (imp, s, row, name, &date))
    return FALSE;
  if (date == NULL && col->required)
    {
      error_missing (imp, s, row, name);
      return FALSE;
    }
  set_string (object, member, date);
  return TRUE;
}

static gboolean
read_enum_member (Import     *imp,
                  SheetCtx   *s,
                  guint       row,
                  const char *name,
                  JsonObject *object)
{
  const PdzWbColumnSpec *col = _pdz_wb_sheet_spec_column (s->spec, name);
  const char *nick;

  if (!get_enum (imp, s, row, name, &nick))
    return FALSE;
  set_enum (object, name, nick, _pdz_wb_enums[col->target].omitted);
  return TRUE;
}

static gboolean
read_ref_member (Import     *imp,
                 SheetCtx   *s,
                 guint       row,
                 const char *name,
                 JsonObject *object)
{
  const PdzWbColumnSpec *col = _pdz_wb_sheet_spec_column (s->spec, name);
  g_autofree char *id = NULL;

  if (!get_ref (imp, s, row, name, &id))
    return FALSE;
  if (id == NULL && col->required)
    {
      error_missing (imp, s, row, name);
      return FALSE;
    }
  set_string (object, name, id);
  return TRUE;
}

/* Reads the measurement of @prefix ("baseline-", "target-" or "") of
 * @row; NULL when it has none; *ok FALSE on error. (transfer full) */
static JsonObject *
read_measurement (Import     *imp,
                  SheetCtx   *s,
                  guint       row,
                  const char *prefix,
                  const char *part,
                  gboolean   *ok)
{
  g_autofree char *date_col = g_strconcat (prefix, "date", NULL);
  g_autofree char *value_col = g_strconcat (prefix, "value", NULL);
  g_autofree char *note_col = g_strconcat (prefix, "note", NULL);
  g_autoptr(JsonObject) m = json_object_new ();
  gboolean present;
  double value;

  *ok &= read_date_member (imp, s, row, date_col, "date", m);
  *ok &= read_text_member (imp, s, row, note_col, "note", m);
  if (get_value (imp, s, row, value_col, &present, &value))
    {
      if (present)
        json_object_set_double_member (m, "value", value);
    }
  else
    *ok = FALSE;
  *ok &= add_extensions (imp, s, row, part, m);
  if (json_object_get_size (m) == 0)
    return NULL;
  if (!json_object_has_member (m, "value") && *ok)
    {
      error_missing (imp, s, row, value_col);
      *ok = FALSE;
    }
  /* The members in the format's order, "x-" last. */
  {
    JsonObject *ordered = json_object_new ();
    static const char * const order[] = { "date", "value", "note" };
    GList *names = json_object_get_members (m);

    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      if (json_object_has_member (m, order[i]))
        json_object_set_member (ordered, order[i], json_node_copy (json_object_get_member (m, order[i])));
    for (GList *l = names; l != NULL; l = l->next)
      if (g_str_has_prefix (l->data, "x-"))
        json_object_set_member (ordered, l->data, json_node_copy (json_object_get_member (m, l->data)));
    g_list_free (names);
    return ordered;
  }
}

/* The plan's JSON document, or NULL. */
static JsonObject *
build (Import *imp)
{
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(GHashTable) objectives = g_hash_table_new (g_str_hash, g_str_equal);  /* id -> JsonObject */
  g_autoptr(GHashTable) projects = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) actions = g_hash_table_new (g_str_hash, g_str_equal);     /* id -> Entity */
  g_autoptr(GHashTable) indicators = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) action_list = g_array_new (FALSE, TRUE, sizeof (Entity));
  g_autoptr(GHashTable) participation_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean ok = TRUE;
  SheetCtx *s;

  g_array_set_clear_func (action_list, entity_clear);

  json_object_set_string_member (root, "format", "pdz");
  json_object_set_int_member (root, "version", 2);

  /* Plan */
  s = &imp->sheets[PDZ_ENTITY_KIND_PLAN];
  if (s->rows->len > 1)
    {
      _pdz_wb_error (imp->log, s->sheet->name, g_array_index (s->rows, guint, 1), G_MAXUINT,
                     PDZ_WB_TR (imp->log, "il foglio del piano ha una sola riga", "the plan's sheet has one row only"));
      ok = FALSE;
    }
  if (s->rows->len > 0)
    {
      guint row = g_array_index (s->rows, guint, 0);
      g_autoptr(JsonObject) contacts = json_object_new ();
      g_autoptr(JsonObject) monitoring = json_object_new ();
      static const char * const texts[] = { "id", "title", "description", "ambito", "language" };
      g_auto(GStrv) municipalities = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
        ok &= read_text_member (imp, s, row, texts[i], texts[i], root);
      ok &= read_date_member (imp, s, row, "start", "start", root);
      ok &= read_date_member (imp, s, row, "end", "end", root);
      if (get_lines (imp, s, row, "municipalities", &municipalities))
        set_strv (root, "municipalities", (const char * const *) municipalities);
      else
        ok = FALSE;
      ok &= read_ref_member (imp, s, row, "lead-municipality", root);
      ok &= read_text_member (imp, s, row, "office", "office", contacts);
      ok &= read_text_member (imp, s, row, "email", "email", contacts);
      ok &= read_text_member (imp, s, row, "phone", "phone", contacts);
      ok &= read_text_member (imp, s, row, "website", "website", contacts);
      ok &= add_extensions (imp, s, row, "contacts", contacts);
      ok &= read_text_member (imp, s, row, "monitoring-title", "title", monitoring);
      ok &= read_date_member (imp, s, row, "monitoring-start", "start", monitoring);
      ok &= read_date_member (imp, s, row, "monitoring-end", "end", monitoring);
      ok &= add_extensions (imp, s, row, "monitoring", monitoring);
      if (json_object_get_size (contacts) > 0)
        json_object_set_object_member (root, "contacts", json_object_ref (contacts));
      if (json_object_get_size (monitoring) > 0)
        json_object_set_object_member (root, "monitoring", json_object_ref (monitoring));
    }

  /* Partners */
  s = &imp->sheets[PDZ_ENTITY_KIND_PARTNER];
  for (guint i = 0; i < s->rows->len; i++)
    {
      guint row = g_array_index (s->rows, guint, i);
      JsonObject *p = json_object_new ();

      json_object_set_string_member (p, "id", s->ids->pdata[i]);
      ok &= read_text_member (imp, s, row, "name", "name", p);
      ok &= read_text_member (imp, s, row, "short-name", "short-name", p);
      ok &= read_enum_member (imp, s, row, "kind", p);
      ok &= read_text_member (imp, s, row, "website", "website", p);
      ok &= add_extensions (imp, s, row, "", p);
      append_to (root, "partners", p);
    }

  /* Macroareas */
  s = &imp->sheets[PDZ_ENTITY_KIND_MACROAREA];
  for (guint i = 0; i < s->rows->len; i++)
    {
      guint row = g_array_index (s->rows, guint, i);
      JsonObject *m = json_object_new ();

      json_object_set_string_member (m, "id", s->ids->pdata[i]);
      ok &= read_text_member (imp, s, row, "title", "title", m);
      ok &= read_text_member (imp, s, row, "code", "code", m);
      ok &= add_extensions (imp, s, row, "", m);
      append_to (root, "macroareas", m);
    }

  /* Objectives: their own members now, their lists later. */
  s = &imp->sheets[PDZ_ENTITY_KIND_OBJECTIVE];
  for (guint i = 0; i < s->rows->len; i++)
    {
      guint row = g_array_index (s->rows, guint, i);
      JsonObject *o = json_object_new ();

      json_object_set_string_member (o, "id", s->ids->pdata[i]);
      ok &= read_text_member (imp, s, row, "title", "title", o);
      ok &= read_enum_member (imp, s, row, "kind", o);
      ok &= read_ref_member (imp, s, row, "macroarea", o);
      ok &= read_enum_member (imp, s, row, "status", o);
      ok &= read_text_member (imp, s, row, "description", "description", o);
      append_to (root, "objectives", o);
      g_hash_table_insert (objectives, s->ids->pdata[i], o);
    }

  /* Projects */
  s = &imp->sheets[PDZ_ENTITY_KIND_PROJECT];
  for (guint i = 0; i < s->rows->len; i++)
    {
      guint row = g_array_index (s->rows, guint, i);
      JsonObject *p = json_object_new ();

      json_object_set_string_member (p, "id", s->ids->pdata[i]);
      ok &= read_text_member (imp, s, row, "title", "title", p);
      ok &= read_text_member (imp, s, row, "description", "description", p);
      ok &= read_enum_member (imp, s, row, "status", p);
      ok &= read_enum_member (imp, s, row, "scope", p);
      ok &= read_ref_member (imp, s, row, "lead", p);
      ok &= read_date_member (imp, s, row, "start", "start", p);
      ok &= read_date_member (imp, s, row, "end", "end", p);
      append_to (root, "projects", p);
      g_hash_table_insert (projects, s->ids->pdata[i], p);
    }

  /* Actions */
  s = &imp->sheets[PDZ_ENTITY_KIND_ACTION];
  g_array_set_size (action_list, s->rows->len);
  for (guint i = 0; i < s->rows->len; i++)
    {
      guint row = g_array_index (s->rows, guint, i);
      Entity *e = &g_array_index (action_list, Entity, i);
      g_autofree char *parent = NULL, *objective = NULL, *project = NULL;
      gboolean row_ok = TRUE;

      e->object = json_object_new ();
      e->row = row;
      json_object_set_string_member (e->object, "id", s->ids->pdata[i]);
      row_ok &= read_text_member (imp, s, row, "title", "title", e->object);
      row_ok &= read_enum_member (imp, s, row, "status", e->object);
      row_ok &= read_enum_member (imp, s, row, "origin", e->object);
      row_ok &= read_date_member (imp, s, row, "date", "date", e->object);
      row_ok &= read_date_member (imp, s, row, "end-date", "end-date", e->object);
      row_ok &= get_ref (imp, s, row, "parent", &parent);
      row_ok &= get_ref (imp, s, row, "objective", &objective);
      row_ok &= get_ref (imp, s, row, "project", &project);
      e->parent = parent != NULL ? g_hash_table_lookup (s->row_of_id, parent) != NULL
                                   ? s->ids->pdata[GPOINTER_TO_UINT (g_hash_table_lookup (s->row_of_id, parent)) - 1]
                                   : NULL
                                 : NULL;
      e->objective = objective != NULL ? g_hash_table_lookup (objectives, objective) != NULL
                                         ? imp->sheets[PDZ_ENTITY_KIND_OBJECTIVE].ids->pdata[
                                             GPOINTER_TO_UINT (g_hash_table_lookup (
                                               imp->sheets[PDZ_ENTITY_KIND_OBJECTIVE].row_of_id, objective)) - 1]
                                         : NULL
                                       : NULL;
      e->project = project != NULL ? g_hash_table_lookup (projects, project) != NULL
                                     ? imp->sheets[PDZ_ENTITY_KIND_PROJECT].ids->pdata[
                                         GPOINTER_TO_UINT (g_hash_table_lookup (
                                           imp->sheets[PDZ_ENTITY_KIND_PROJECT].row_of_id, project)) - 1]
                                     : NULL
                                   : NULL;
      if (row_ok && parent == NULL && objective == NULL && project == NULL)
        {
          _pdz_wb_error (imp->log, s->sheet->name, row, column_index (s, "objective"),
                         PDZ_WB_TR (imp->log,
                                    "l'azione non sta in nessun obiettivo né progetto: scrivete l'obiettivo, "
                                    "il progetto o l'azione madre",
                                    "the action is in no objective and no project: write the objective, "
                                    "the project or the parent action"));
          row_ok = FALSE;
        }
      if (row_ok && parent == NULL && objective != NULL && project != NULL)
        {
          _pdz_wb_error (imp->log, s->sheet->name, row, column_index (s, "project"),
                         PDZ_WB_TR (imp->log,
                                    "un'azione sta in un obiettivo o in un progetto, non in entrambi; per citare "
                                    "un progetto usate «projects»",
                                    "an action is in an objective or in a project, not both; to name a project "
                                    "use “projects”"));
          row_ok = FALSE;
        }
      ok &= row_ok;
      g_hash_table_insert (actions, s->ids->pdata[i], e);
    }

  /* Sub-actions: one level, under their bullet, in the same holder. */
  for (guint i = 0; i < action_list->len && ok; i++)
    {
      Entity *e = &g_array_index (action_list, Entity, i);
      Entity *parent;

      if (e->parent == NULL)
        continue;
      parent = g_hash_table_lookup (actions, e->parent);
      if (parent == e || parent->parent != NULL)
        {
          _pdz_wb_error (imp->log, s->sheet->name, e->row, column_index (s, "parent"),
                         PDZ_WB_TR (imp->log,
                                    "l'azione madre deve essere un punto elenco (un'azione senza azione madre): "
                                    "i sotto-punti hanno un solo livello",
                                    "the parent must be a bullet (an action without a parent): sub-points have "
                                    "one level only"));
          ok = FALSE;
          continue;
        }
      if ((e->objective != NULL && g_strcmp0 (e->objective, parent->objective) != 0) ||
          (e->project != NULL && g_strcmp0 (e->project, parent->project) != 0))
        {
          _pdz_wb_error (imp->log, s->sheet->name, e->row,
                         column_index (s, e->objective != NULL ? "objective" : "project"),
                         PDZ_WB_TR (imp->log,
                                    "un sotto-punto sta dove sta la sua azione madre: lasciate vuoto o scrivete "
                                    "lo stesso obiettivo o progetto",
                                    "a sub-point is where its parent is: leave it empty or write the same "
                                    "objective or project"));
          ok = FALSE;
        }
    }

  /* Milestones */
  s = &imp->sheets[PDZ_ENTITY_KIND_MILESTONE];
  for (guint i = 0; i < s->rows->len; i++)
    {
      guint row = g_array_index (s->rows, guint, i);
      g_autofree char *action = NULL;
      JsonObject *m = json_object_new ();
      gboolean row_ok = TRUE;

      row_ok &= read_date_member (imp, s, row, "date", "date", m);
      row_ok &= read_text_member (imp, s, row, "title", "title", m);
      row_ok &= add_extensions (imp, s, row, "", m);
      if (!get_ref (imp, s, row, "action", &action))
        row_ok = FALSE;
      else if (action == NULL)
        {
          error_missing (imp, s, row, "action");
          row_ok = FALSE;
        }
      if (row_ok)
        append_to (((Entity *) g_hash_table_lookup (actions, action))->object, "milestones", m);
      else
        json_object_unref (m);
      ok &= row_ok;
    }

  /* Participations and fundings */
  for (int sheet_kind = PDZ_ENTITY_KIND_PARTICIPATION; sheet_kind <= PDZ_ENTITY_KIND_FUNDING; sheet_kind++)
    {
      s = &imp->sheets[sheet_kind];
      for (guint i = 0; i < s->rows->len; i++)
        {
          guint row = g_array_index (s->rows, guint, i);
          const char *owner_kind = NULL;
          g_autofree char *owner = NULL;
          JsonObject *item = json_object_new ();
          JsonObject *holder = NULL;
          gboolean row_ok = TRUE;
          gboolean text_ok = TRUE;

          row_ok &= get_enum (imp, s, row, "owner-kind", &owner_kind);
          owner = get_text (imp, s, row, "owner", &text_ok);
          row_ok &= text_ok;
          if (sheet_kind == PDZ_ENTITY_KIND_PARTICIPATION)
            {
              row_ok &= read_ref_member (imp, s, row, "partner", item);
              row_ok &= read_enum_member (imp, s, row, "role", item);
            }
          else
            {
              gboolean present;
              gint64 cents;

              row_ok &= read_text_member (imp, s, row, "source", "source", item);
              if (get_amount (imp, s, row, "amount", &present, &cents))
                {
                  if (present)
                    json_object_set_int_member (item, "amount", cents);
                }
              else
                row_ok = FALSE;
              row_ok &= read_enum_member (imp, s, row, "status", item);
            }
          row_ok &= add_extensions (imp, s, row, "", item);

          if (row_ok && owner_kind == NULL)
            {
              error_missing (imp, s, row, "owner-kind");
              row_ok = FALSE;
            }
          if (row_ok && (owner == NULL || *owner == '\0'))
            {
              error_missing (imp, s, row, "owner");
              row_ok = FALSE;
            }
          if (row_ok)
            {
              PdzEntityKind kind = strcmp (owner_kind, "objective") == 0 ? PDZ_ENTITY_KIND_OBJECTIVE
                                   : strcmp (owner_kind, "action") == 0 ? PDZ_ENTITY_KIND_ACTION
                                   : PDZ_ENTITY_KIND_PROJECT;

              if (kind == PDZ_ENTITY_KIND_OBJECTIVE && sheet_kind == PDZ_ENTITY_KIND_FUNDING)
                {
                  _pdz_wb_error (imp->log, s->sheet->name, row, column_index (s, "owner-kind"),
                                 PDZ_WB_TR (imp->log, "un finanziamento è di un'azione o di un progetto",
                                            "a funding belongs to an action or a project"));
                  row_ok = FALSE;
                }
              else if (check_ref (imp, s, row, "owner", kind, owner))
                {
                  if (kind == PDZ_ENTITY_KIND_OBJECTIVE)
                    holder = g_hash_table_lookup (objectives, owner);
                  else if (kind == PDZ_ENTITY_KIND_PROJECT)
                    holder = g_hash_table_lookup (projects, owner);
                  else
                    holder = ((Entity *) g_hash_table_lookup (actions, owner))->object;
                }
              else
                row_ok = FALSE;
            }
          if (row_ok && sheet_kind == PDZ_ENTITY_KIND_PARTICIPATION)
            {
              g_autofree char *key = g_strdup_printf ("%s\x1f%s\x1f%s\x1f%s", owner_kind, owner,
                                                      json_object_get_string_member (item, "partner"),
                                                      json_object_get_string_member_with_default (item, "role", ""));

              if (!g_hash_table_add (participation_keys, g_steal_pointer (&key)))
                {
                  _pdz_wb_error (imp->log, s->sheet->name, row, column_index (s, "partner"),
                                 PDZ_WB_TR (imp->log, "lo stesso partner con lo stesso ruolo c'è già",
                                            "the same partner in the same role is already there"));
                  row_ok = FALSE;
                }
            }
          if (row_ok)
            append_to (holder, sheet_kind == PDZ_ENTITY_KIND_PARTICIPATION ? "partners" : "fundings", item);
          else
            json_object_unref (item);
          ok &= row_ok;
        }
    }

  /* Indicators */
  s = &imp->sheets[PDZ_ENTITY_KIND_INDICATOR];
  for (guint i = 0; i < s->rows->len; i++)
    {
      guint row = g_array_index (s->rows, guint, i);
      g_autofree char *objective = NULL;
      JsonObject *ind = json_object_new ();
      JsonObject *m;
      gboolean row_ok = TRUE;

      json_object_set_string_member (ind, "id", s->ids->pdata[i]);
      row_ok &= read_text_member (imp, s, row, "title", "title", ind);
      row_ok &= read_text_member (imp, s, row, "unit", "unit", ind);
      m = read_measurement (imp, s, row, "baseline-", "baseline", &row_ok);
      if (m != NULL)
        json_object_set_object_member (ind, "baseline", m);
      m = read_measurement (imp, s, row, "target-", "target", &row_ok);
      if (m != NULL)
        json_object_set_object_member (ind, "target", m);
      if (!get_ref (imp, s, row, "objective", &objective))
        row_ok = FALSE;
      else if (objective == NULL)
        {
          error_missing (imp, s, row, "objective");
          row_ok = FALSE;
        }
      if (row_ok)
        {
          append_to (g_hash_table_lookup (objectives, objective), "indicators", ind);
          g_hash_table_insert (indicators, s->ids->pdata[i], ind);
        }
      else
        json_object_unref (ind);
      ok &= row_ok;
    }

  /* Measurements */
  s = &imp->sheets[PDZ_ENTITY_KIND_MEASUREMENT];
  for (guint i = 0; i < s->rows->len; i++)
    {
      guint row = g_array_index (s->rows, guint, i);
      g_autofree char *indicator = NULL;
      gboolean row_ok = TRUE;
      JsonObject *m = read_measurement (imp, s, row, "", "", &row_ok);

      if (m == NULL && row_ok)
        {
          error_missing (imp, s, row, "value");
          row_ok = FALSE;
        }
      if (!get_ref (imp, s, row, "indicator", &indicator))
        row_ok = FALSE;
      else if (indicator == NULL)
        {
          error_missing (imp, s, row, "indicator");
          row_ok = FALSE;
        }
      if (row_ok && m != NULL && g_hash_table_lookup (indicators, indicator) != NULL)
        append_to (g_hash_table_lookup (indicators, indicator), "measurements", m);
      else if (m != NULL)
        json_object_unref (m);
      ok &= row_ok;
    }

  if (!ok || imp->log->n_errors > 0)
    return NULL;

  /* The actions, then their lists, into their holders in row order. */
  s = &imp->sheets[PDZ_ENTITY_KIND_ACTION];
  for (guint i = 0; i < action_list->len; i++)
    {
      Entity *e = &g_array_index (action_list, Entity, i);
      guint row = e->row;
      g_auto(GStrv) projects_named = NULL;
      g_auto(GStrv) links = NULL;

      if (get_lines (imp, s, row, "projects", &projects_named))
        set_strv (e->object, "projects", (const char * const *) projects_named);
      if (get_lines (imp, s, row, "links", &links))
        set_strv (e->object, "links", (const char * const *) links);
    }
  for (guint i = 0; i < action_list->len; i++)
    {
      Entity *e = &g_array_index (action_list, Entity, i);

      if (e->parent != NULL)
        {
          Entity *parent = g_hash_table_lookup (actions, e->parent);

          append_to (parent->object, "actions", json_object_ref (e->object));
        }
    }

  /* The objectives' and projects' lists, in the format's member order. */
  s = &imp->sheets[PDZ_ENTITY_KIND_PROJECT];
  for (guint i = 0; i < s->rows->len; i++)
    {
      guint row = g_array_index (s->rows, guint, i);
      JsonObject *p = g_hash_table_lookup (projects, s->ids->pdata[i]);
      g_auto(GStrv) objectives_named = NULL;
      g_auto(GStrv) interventions = NULL;

      if (get_lines (imp, s, row, "objectives", &objectives_named))
        set_strv (p, "objectives", (const char * const *) objectives_named);
      if (get_lines (imp, s, row, "interventions", &interventions))
        set_strv (p, "interventions", (const char * const *) interventions);
    }

  for (guint i = 0; i < action_list->len; i++)
    {
      Entity *e = &g_array_index (action_list, Entity, i);
      JsonObject *holder;

      if (e->parent != NULL)
        continue;
      holder = e->objective != NULL ? g_hash_table_lookup (objectives, e->objective)
                                    : g_hash_table_lookup (projects, e->project);
      append_to (holder, "actions", json_object_ref (e->object));
    }

  /* The "x-" members last, where the format has them. */
  for (guint k = 0; k < N_SHEETS; k++)
    {
      s = &imp->sheets[k];
      for (guint i = 0; i < s->rows->len; i++)
        {
          guint row = g_array_index (s->rows, guint, i);
          JsonObject *object = NULL;

          switch (k)
            {
            case PDZ_ENTITY_KIND_PLAN:
              object = root;
              break;
            case PDZ_ENTITY_KIND_OBJECTIVE:
              object = g_hash_table_lookup (objectives, s->ids->pdata[i]);
              break;
            case PDZ_ENTITY_KIND_PROJECT:
              object = g_hash_table_lookup (projects, s->ids->pdata[i]);
              break;
            case PDZ_ENTITY_KIND_ACTION:
              object = g_array_index (action_list, Entity, i).object;
              break;
            case PDZ_ENTITY_KIND_INDICATOR:
              object = g_hash_table_lookup (indicators, s->ids->pdata[i]);
              break;
            default:
              break;
            }
          if (object != NULL)
            add_extensions (imp, s, row, "", object);
        }
    }

  /* The lists read last (projects and links of actions, objectives and
   * interventions of projects) and the "x-" members can be in error too. */
  if (imp->log->n_errors > 0)
    return NULL;
  return g_steal_pointer (&root);
}

PdzPlan *
_pdz_workbook_to_plan (PdzWbBook *book,
                       PdzWbLog  *log,
                       GPtrArray *new_ids)
{
  Import imp = { book, log, new_ids, };
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  PdzPlan *plan = NULL;
  gboolean ok;

  for (guint k = 0; k < N_SHEETS; k++)
    {
      imp.sheets[k].spec = &_pdz_wb_sheets[k];
      for (guint i = 0; i < MAX_SPEC_COLUMNS; i++)
        imp.sheets[k].column_of[i] = -1;
      imp.sheets[k].x_columns = g_array_new (FALSE, FALSE, sizeof (XColumn));
      imp.sheets[k].order_column = G_MAXUINT;
      imp.sheets[k].rows = g_array_new (FALSE, FALSE, sizeof (guint));
    }

  ok = find_sheets (&imp);
  for (guint k = 0; k < N_SHEETS; k++)
    if (imp.sheets[k].sheet != NULL)
      ok &= read_header (&imp, &imp.sheets[k]);
  if (!ok)
    goto out;
  for (guint k = 0; k < N_SHEETS; k++)
    ok &= read_ids (&imp, &imp.sheets[k]);
  if (!ok)
    goto out;

  root = build (&imp);
  if (root == NULL)
    goto out;

  node = json_node_init_object (json_node_alloc (), root);
  json = _pdz_json_to_compact (node);
  plan = pdz_plan_new_from_data (json, -1, &error);
  if (plan == NULL)
    {
      g_autofree char *quoted = _pdz_text_quote (error->message, -1, 0, PDZ_QUOTE_DEFAULT);

      _pdz_wb_error (log, NULL, G_MAXUINT, G_MAXUINT,
                     PDZ_WB_TR (log, "il piano non è valido: %s", "the plan is not valid: %s"), quoted);
    }

out:
  for (guint k = 0; k < N_SHEETS; k++)
    {
      SheetCtx *s = &imp.sheets[k];

      for (guint i = 0; i < s->x_columns->len; i++)
        {
          g_free (g_array_index (s->x_columns, XColumn, i).member);
          g_free (g_array_index (s->x_columns, XColumn, i).name);
        }
      g_array_unref (s->x_columns);
      g_array_unref (s->rows);
      g_clear_pointer (&s->ids, g_ptr_array_unref);
      g_clear_pointer (&s->row_of_id, g_hash_table_unref);
    }
  return plan;
}
