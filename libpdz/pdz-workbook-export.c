/* pdz-workbook-export.c: the book of a plan, ready for a writer
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The cells of every sheet from the exact tables of the plan
 * (_pdz_plan_dup_table_exact()), typed and labelled by the layout
 * (pdz-workbook-layout.c): row 1 the headers in the plan's language, row 2
 * the member names, then one row per entity. Then the read-me sheet and
 * the hidden sheet of the drop-down lists.
 */

#include "pdz-text-private.h"
#include "pdz-workbook-private.h"

#include <string.h>

#include "pdz-csv-private.h"
#include "pdz-language-private.h"
#include "pdz-plan-private.h"

/* The rows of a sheet that a drop-down list of ids covers: room for the
 * rows the office adds. */
#define LIST_EXTRA_ROWS 1000

typedef struct
{
  PdzWbBook *book;
  gboolean italian;
  gboolean limit_cells;      /* XLSX and ODS: at most 32,767 characters a cell */
  GError **error;
} Builder;

/* Sets the text of a cell, guarded where a spreadsheet could take it for a
 * formula; FALSE with the error set when it is longer than a cell holds. */
static gboolean
set_text (Builder    *b,
          PdzWbSheet *sheet,
          guint       row,
          guint       column,
          const char *text,
          const char *what,
          const char *id)
{
  PdzWbCell *cell;

  if (text == NULL)
    return TRUE;
  if (b->limit_cells && strlen (text) > PDZ_WORKBOOK_MAX_CELL_CHARS &&
      _pdz_wb_utf16_length (text) > PDZ_WORKBOOK_MAX_CELL_CHARS)
    {
      g_autofree char *cell_name = _pdz_wb_cell_name (row, column);
      g_autofree char *quoted_id = _pdz_text_quote (id, -1, 0, PDZ_QUOTE_DEFAULT);

      g_set_error (b->error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                   b->italian
                   ? "%s!%s: %s di «%s» ha %" G_GSIZE_FORMAT " caratteri; una cella ne contiene al più 32.767"
                   : "%s!%s: the %s of “%s” has %" G_GSIZE_FORMAT " characters; a cell holds at most 32,767",
                   sheet->name, cell_name, what, quoted_id, _pdz_wb_utf16_length (text));
      return FALSE;
    }
  _pdz_wb_sheet_set_text (sheet, row, column, text);
  cell = _pdz_wb_sheet_cell (sheet, row, column);
  cell->guard = _pdz_csv_looks_like_formula (text);
  return TRUE;
}

static const char *
enum_label (Builder    *b,
            int         e,
            const char *nick)
{
  const PdzWbEnum *en = &_pdz_wb_enums[e];

  for (guint i = 0; i < en->n_values; i++)
    if (strcmp (en->nicks[i], nick) == 0)
      return _pdz_wb_enum_label (en, i, b->italian);
  g_return_val_if_reached (nick);
}

/* The drop-down lists: one column per enumeration. */
static PdzWbSheet *
add_lists_sheet (Builder *b)
{
  PdzWbSheet *lists = _pdz_wb_book_add_sheet (b->book, b->italian ? PDZ_WB_LISTS_IT : PDZ_WB_LISTS_EN,
                                              PDZ_WB_SHEET_LISTS);

  lists->hidden = TRUE;
  for (guint e = 0; e < PDZ_WB_N_ENUMS; e++)
    {
      const PdzWbEnum *en = &_pdz_wb_enums[e];

      _pdz_wb_sheet_set_text (lists, 0, e, b->italian ? en->title_it : en->title_en);
      for (guint i = 0; i < en->n_values; i++)
        _pdz_wb_sheet_set_text (lists, i + 1, e, _pdz_wb_enum_label (en, i, b->italian));
      _pdz_wb_sheet_column (lists, e)->width = 28;
    }
  return lists;
}

static void
add_readme_sheet (Builder *b)
{
  PdzWbSheet *readme = _pdz_wb_book_add_sheet (b->book, b->italian ? PDZ_WB_README_IT : PDZ_WB_README_EN,
                                               PDZ_WB_SHEET_README);
  g_autofree char *version = g_strdup_printf ("%d", PDZ_WORKBOOK_LAYOUT_VERSION);
  static const char * const intro_it[] = {
    "Piano di Zona: la cartella di lavoro del piano, da modificare e reimportare con «pdz import».",
    "Ogni foglio è un elenco: la riga 1 ha le intestazioni, la riga 2 i nomi che l'importazione legge (non modificatela; potete nasconderla), poi una riga per voce.",
    "Per aggiungere una voce, aggiungete una riga e lasciate vuoto l'identificativo: l'importazione ne crea uno dal titolo. Una riga cancellata è tolta dal piano.",
    "Le date sono testo: 2023, 2023-11 o 2023-11-24 (anche «novembre 2023» o «24/11/2023»). Gli importi sono in euro.",
    "I menu a tendina elencano i valori ammessi; «non indicato» quando la fonte non lo dice.",
    "Le colonne il cui nome inizia con «x-» sono dati vostri: l'importazione le conserva.",
    NULL
  };
  static const char * const intro_en[] = {
    "Piano di Zona: the workbook of the plan, to edit and import again with “pdz import”.",
    "Each sheet is a list: row 1 has the headers, row 2 the names the import reads (do not change it; you may hide it), then one row per item.",
    "To add an item, add a row and leave its identifier empty: the import makes one from the title. A row deleted is removed from the plan.",
    "Dates are text: 2023, 2023-11 or 2023-11-24 (also “November 2023” or “24/11/2023”). Amounts are in euro.",
    "The drop-down lists offer the values allowed; “not stated” where the source does not say.",
    "Columns whose name starts with “x-” are your own data: the import keeps them.",
    NULL
  };
  const char * const *intro = b->italian ? intro_it : intro_en;
  guint row = 0;

  _pdz_wb_sheet_set_text (readme, row++, 0, b->italian ? "Leggimi" : "Read me");
  _pdz_wb_sheet_set_text (readme, row, 0, PDZ_WB_LAYOUT_KEY);
  _pdz_wb_sheet_set_text (readme, row++, 1, version);
  row++;
  for (guint i = 0; intro[i] != NULL; i++)
    _pdz_wb_sheet_set_text (readme, row++, 0, intro[i]);
  row++;

  _pdz_wb_sheet_set_text (readme, row, 0, b->italian ? "Foglio" : "Sheet");
  _pdz_wb_sheet_set_text (readme, row, 1, b->italian ? "Colonna" : "Column");
  _pdz_wb_sheet_set_text (readme, row, 2, b->italian ? "Nome (riga 2)" : "Name (row 2)");
  _pdz_wb_sheet_set_text (readme, row++, 3, b->italian ? "Che cosa contiene" : "What it holds");
  for (guint s = 0; s < G_N_ELEMENTS (_pdz_wb_sheets); s++)
    {
      const PdzWbSheetSpec *spec = &_pdz_wb_sheets[s];

      _pdz_wb_sheet_set_text (readme, row, 0, _pdz_wb_sheet_spec_name (spec, b->italian));
      _pdz_wb_sheet_set_text (readme, row++, 3, b->italian ? spec->help_it : spec->help_en);
      for (guint c = 0; c < spec->n_columns; c++)
        {
          const PdzWbColumnSpec *col = &spec->columns[c];

          if (col->type == PDZ_WB_COL_DERIVED)
            continue;
          _pdz_wb_sheet_set_text (readme, row, 1, b->italian ? col->label_it : col->label_en);
          _pdz_wb_sheet_set_text (readme, row, 2, col->name);
          _pdz_wb_sheet_set_text (readme, row++, 3, b->italian ? col->help_it : col->help_en);
        }
    }
  _pdz_wb_sheet_column (readme, 0)->width = 16;
  _pdz_wb_sheet_column (readme, 1)->width = 22;
  _pdz_wb_sheet_column (readme, 2)->width = 20;
  _pdz_wb_sheet_column (readme, 3)->width = 90;
}

/* What a column of a sheet is called in an error at export. */
static const char *
describe_column (Builder               *b,
                 const PdzWbColumnSpec *col,
                 const char            *name)
{
  if (col == NULL)
    return name;
  return b->italian ? col->label_it : col->label_en;
}

static gboolean
add_data_sheet (Builder              *b,
                PdzPlan              *plan,
                const PdzWbSheetSpec *spec,
                guint                 n_rows_of[])
{
  g_autoptr(PdzStatsTable) table = _pdz_plan_dup_table_exact (plan, spec->kind);
  const char * const *names = pdz_stats_table_get_columns (table);
  gboolean csv = b->book->format == PDZ_WORKBOOK_FORMAT_CSV;
  PdzWbSheet *sheet = _pdz_wb_book_add_sheet (b->book, csv ? spec->file : _pdz_wb_sheet_spec_name (spec, b->italian),
                                              PDZ_WB_SHEET_DATA);
  guint h = sheet->header_row;
  g_autoptr(GArray) from = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) specs = g_ptr_array_new ();
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (table));

  /* The columns: the layout's, without the derived ones, then "x-". */
  for (guint c = 0; names[c] != NULL; c++)
    {
      const PdzWbColumnSpec *col = _pdz_wb_sheet_spec_column (spec, names[c]);

      g_assert (col != NULL || strstr (names[c], "x-") != NULL || strcmp (names[c], "extensions") == 0);
      if (col != NULL && col->type == PDZ_WB_COL_DERIVED)
        continue;
      g_array_append_val (from, c);
      g_ptr_array_add (specs, (gpointer) col);
    }

  for (guint c = 0; c < from->len; c++)
    {
      const PdzWbColumnSpec *col = specs->pdata[c];
      const char *name = names[g_array_index (from, guint, c)];
      PdzWbColumn *column = _pdz_wb_sheet_column (sheet, c);

      if (h > 0)
        _pdz_wb_sheet_set_text (sheet, 0, c, col != NULL ? (b->italian ? col->label_it : col->label_en) : name);
      _pdz_wb_sheet_set_text (sheet, h, c, name);
      column->width = col != NULL ? col->width : 20;
      column->text_format = col == NULL || (col->type != PDZ_WB_COL_AMOUNT && col->type != PDZ_WB_COL_VALUE);
      if (col != NULL && col->type == PDZ_WB_COL_ENUM)
        {
          column->list_sheet = b->italian ? PDZ_WB_LISTS_IT : PDZ_WB_LISTS_EN;
          column->list_column = (guint) col->target;
          column->list_first_row = 1;
          column->list_last_row = _pdz_wb_enums[col->target].n_values;
        }
      else if (col != NULL && col->type == PDZ_WB_COL_REF)
        {
          column->list_sheet = _pdz_wb_sheet_spec_name (&_pdz_wb_sheets[col->target], b->italian);
          column->list_column = 0;
          column->list_first_row = 2;
          column->list_last_row = 2 + n_rows_of[col->target] + LIST_EXTRA_ROWS;
        }
    }

  for (guint r = 0; r < n_rows; r++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (table), r);
      guint out_row = r + h + 1;
      const char *id = pdz_stats_row_get_key (row);

      for (guint c = 0; c < from->len; c++)
        {
          const PdzWbColumnSpec *col = specs->pdata[c];
          const char *name = names[g_array_index (from, guint, c)];

          if (pdz_stats_row_is_null (row, name))
            {
              if (col != NULL && col->type == PDZ_WB_COL_ENUM && !csv)
                _pdz_wb_sheet_set_text (sheet, out_row, c, enum_label (b, col->target, "not-stated"));
              continue;
            }

          switch (col != NULL ? col->type : PDZ_WB_COL_DERIVED)
            {
            case PDZ_WB_COL_ENUM:
              /* CSV: the nick, as pdz_plan_dup_table() has it */
              _pdz_wb_sheet_set_text (sheet, out_row, c,
                                      csv ? pdz_stats_row_get_string (row, name)
                                          : enum_label (b, col->target, pdz_stats_row_get_string (row, name)));
              break;
            case PDZ_WB_COL_AMOUNT:
              {
                gint64 cents = pdz_stats_row_get_int (row, name);

                if (_pdz_wb_amount_is_exact (cents) && !csv)
                  _pdz_wb_sheet_set_number (sheet, out_row, c, (double) cents / 100.0);
                else
                  {
                    g_autofree char *text = _pdz_wb_format_amount (cents);

                    _pdz_wb_sheet_set_text (sheet, out_row, c, text);
                  }
              }
              break;
            case PDZ_WB_COL_VALUE:
              {
                double value = pdz_stats_row_get_double (row, name);

                if (_pdz_wb_double_is_exact (value))
                  _pdz_wb_sheet_set_number (sheet, out_row, c, value);
                else
                  {
                    g_autofree char *text = _pdz_wb_format_double (value);

                    _pdz_wb_sheet_set_text (sheet, out_row, c, text);
                  }
              }
              break;
            case PDZ_WB_COL_DERIVED:
              if (strcmp (name, "extensions") == 0)
                {
                  /* the order of this row's "x-" members */
                  if (!set_text (b, sheet, out_row, c, pdz_stats_row_get_string (row, name), name, id))
                    return FALSE;
                  break;
                }
              {
                /* an "x-" member: its JSON value */
                g_autoptr(JsonNode) node = json_from_string (pdz_stats_row_get_string (row, name), NULL);
                g_autofree char *text = _pdz_wb_json_to_cell (node);

                if (!set_text (b, sheet, out_row, c, text, name, id))
                  return FALSE;
              }
              break;
            default:
              if (!set_text (b, sheet, out_row, c, pdz_stats_row_get_string (row, name),
                             describe_column (b, col, name), id))
                return FALSE;
              break;
            }
        }
    }
  return TRUE;
}

PdzWbBook *
_pdz_workbook_build (PdzPlan            *plan,
                     PdzWorkbookFormat   format,
                     GError            **error)
{
  g_autoptr(PdzWbBook) book = _pdz_wb_book_new (format);
  Builder b = { book, TRUE, format != PDZ_WORKBOOK_FORMAT_CSV, error };
  guint n_rows_of[G_N_ELEMENTS (_pdz_wb_sheets)];

  b.italian = strcmp (_pdz_language_resolve (NULL, plan), "it") == 0;
  book->italian = b.italian;

  for (guint s = 0; s < G_N_ELEMENTS (_pdz_wb_sheets); s++)
    {
      g_autoptr(PdzStatsTable) table = pdz_plan_dup_table (plan, _pdz_wb_sheets[s].kind);

      n_rows_of[s] = g_list_model_get_n_items (G_LIST_MODEL (table));
    }

  if (format != PDZ_WORKBOOK_FORMAT_CSV)
    add_readme_sheet (&b);
  for (guint s = 0; s < G_N_ELEMENTS (_pdz_wb_sheets); s++)
    if (!add_data_sheet (&b, plan, &_pdz_wb_sheets[s], n_rows_of))
      return NULL;
  if (format != PDZ_WORKBOOK_FORMAT_CSV)
    add_lists_sheet (&b);
  return g_steal_pointer (&book);
}
