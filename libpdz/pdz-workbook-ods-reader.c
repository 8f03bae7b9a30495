/* pdz-workbook-ods-reader.c: the cells of an OpenDocument spreadsheet
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * content.xml of the package, with GMarkup, through the bounded zip reader
 * of pdz-odf.c. Every table is a sheet. Cells carry their value in
 * office:value (float, percentage, currency), office:date-value,
 * office:boolean-value or office:string-value, else in their paragraphs
 * (text:p, joined by line breaks; text:s, text:tab and text:line-break
 * give spaces, tabs and breaks; runs of white space in the XML collapse to
 * one space, as ODF says). Repeated rows and cells are expanded only where
 * they hold something, within PDZ_WORKBOOK_MAX_CELLS; spanned cells are
 * merged ranges. Annotations (comments) are skipped.
 */

#include "pdz-text-private.h"
#include "pdz-workbook-private.h"

#include <string.h>

#include "pdz-odf-private.h"

typedef struct
{
  PdzWbBook *book;
  PdzWbSheet *sheet;         /* the table being read, or NULL */
  gsize n_cells;
  gboolean too_many;

  guint row;                 /* the row being read */
  guint row_repeat;
  guint column;              /* the next cell */
  GArray *row_cells;         /* the cells of the row being read: (PdzWbCell, repeat) */

  /* the cell being read */
  gboolean in_cell;
  PdzWbCell cell;
  guint cell_repeat;
  guint span_rows, span_columns;
  gboolean value_in_attribute;
  GString *text;
  guint n_paragraphs;
  guint depth_annotation;
  gboolean last_space;       /* collapsing white space */
} OdsReader;

typedef struct
{
  PdzWbCell cell;
  guint repeat;
  guint column;
} PendingCell;

static guint
attribute_count (const char **names,
                 const char **values,
                 const char  *name,
                 guint        max)
{
  const char *v = _pdz_wb_xml_attribute (names, values, name);
  guint64 n;

  if (v == NULL || !g_ascii_string_to_unsigned (v, 10, 1, max, &n, NULL))
    return 1;
  return (guint) n;
}

static void
append_text (OdsReader  *r,
             const char *text,
             gsize       length)
{
  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        {
          if (!r->last_space)
            g_string_append_c (r->text, ' ');
          r->last_space = TRUE;
        }
      else
        {
          g_string_append_c (r->text, c);
          r->last_space = FALSE;
        }
    }
}

static void
clear_row_cells (OdsReader *r)
{
  for (guint i = 0; i < r->row_cells->len; i++)
    g_free (g_array_index (r->row_cells, PendingCell, i).cell.text);
  g_array_set_size (r->row_cells, 0);
}

static void
ods_start (GMarkupParseContext  *context,
           const char           *element,
           const char          **names,
           const char          **values,
           gpointer              user_data,
           GError              **error)
{
  OdsReader *r = user_data;
  const char *local = _pdz_wb_xml_local_name (element);

  if (r->depth_annotation > 0 || strcmp (local, "annotation") == 0)
    {
      r->depth_annotation++;
      return;
    }

  if (strcmp (local, "table") == 0 && g_str_has_prefix (element, "table:"))
    {
      const char *name = _pdz_wb_xml_attribute (names, values, "name");
      g_autofree char *fallback = g_strdup_printf ("%u", r->book->sheets->len + 1);

      if (r->book->sheets->len >= PDZ_WORKBOOK_MAX_SHEETS)
        {
          g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT, "too many sheets");
          return;
        }
      if (name == NULL || _pdz_wb_book_find_sheet (r->book, name) != NULL)
        name = fallback;
      r->sheet = _pdz_wb_book_add_sheet (r->book, name, PDZ_WB_SHEET_DATA);
      r->row = 0;
    }
  else if (strcmp (local, "table-row") == 0 && r->sheet != NULL)
    {
      r->row_repeat = attribute_count (names, values, "number-rows-repeated", PDZ_WORKBOOK_MAX_ROWS);
      r->column = 0;
      /* (a row inside a row, which XML allows: the outer one's cells go) */
      clear_row_cells (r);
    }
  else if ((strcmp (local, "table-cell") == 0 || strcmp (local, "covered-table-cell") == 0) &&
           r->sheet != NULL)
    {
      const char *type = _pdz_wb_xml_attribute (names, values, "value-type");
      const char *formula = _pdz_wb_xml_attribute (names, values, "formula");

      r->in_cell = TRUE;
      /* (a cell inside a cell: the outer one's value goes) */
      g_free (r->cell.text);
      memset (&r->cell, 0, sizeof r->cell);
      r->cell_repeat = attribute_count (names, values, "number-columns-repeated", PDZ_WORKBOOK_MAX_COLUMNS);
      r->span_rows = attribute_count (names, values, "number-rows-spanned", PDZ_WORKBOOK_MAX_ROWS);
      r->span_columns = attribute_count (names, values, "number-columns-spanned", PDZ_WORKBOOK_MAX_COLUMNS);
      r->value_in_attribute = FALSE;
      r->n_paragraphs = 0;
      g_string_truncate (r->text, 0);
      r->cell.formula = formula != NULL;

      if (type == NULL)
        {
          if (formula != NULL)
            {
              /* A formula with no cached value. Our ="" is an empty text. */
              if (strcmp (formula, "of:=\"\"") == 0)
                {
                  r->cell.type = PDZ_WB_TEXT;
                  r->cell.text = g_strdup ("");
                  r->value_in_attribute = TRUE;
                }
              else
                {
                  r->cell.type = PDZ_WB_ERROR;
                  r->cell.no_value = TRUE;
                  r->cell.text = g_strdup (formula);
                  r->value_in_attribute = TRUE;
                }
            }
          return;
        }
      if (strcmp (type, "float") == 0 || strcmp (type, "percentage") == 0 || strcmp (type, "currency") == 0)
        {
          const char *v = _pdz_wb_xml_attribute (names, values, "value");
          char *end = NULL;

          if (v != NULL)
            {
              r->cell.number = g_ascii_strtod (v, &end);
              if (*v != '\0' && *end == '\0')
                {
                  r->cell.type = PDZ_WB_NUMBER;
                  r->value_in_attribute = TRUE;
                }
            }
        }
      else if (strcmp (type, "boolean") == 0)
        {
          const char *v = _pdz_wb_xml_attribute (names, values, "boolean-value");

          r->cell.type = PDZ_WB_BOOL;
          r->cell.number = v != NULL && strcmp (v, "true") == 0;
          r->value_in_attribute = TRUE;
        }
      else if (strcmp (type, "date") == 0)
        {
          const char *v = _pdz_wb_xml_attribute (names, values, "date-value");

          if (v != NULL)
            {
              r->cell.type = PDZ_WB_TEXT;
              r->cell.text = g_strdup (v);
              r->value_in_attribute = TRUE;
            }
        }
      else if (strcmp (type, "string") == 0)
        {
          const char *v = _pdz_wb_xml_attribute (names, values, "string-value");

          r->cell.type = PDZ_WB_TEXT;
          if (v != NULL)
            {
              r->cell.text = _pdz_wb_unescape_x (v);
              r->value_in_attribute = TRUE;
            }
        }
    }
  else if (r->in_cell && strcmp (local, "p") == 0)
    {
      if (r->n_paragraphs++ > 0)
        g_string_append_c (r->text, '\n');
      r->last_space = FALSE;
    }
  else if (r->in_cell && strcmp (local, "s") == 0)
    {
      guint n = attribute_count (names, values, "c", PDZ_WORKBOOK_MAX_CELL_CHARS);

      for (guint i = 0; i < n; i++)
        g_string_append_c (r->text, ' ');
      r->last_space = FALSE;
    }
  else if (r->in_cell && strcmp (local, "tab") == 0)
    {
      g_string_append_c (r->text, '\t');
      r->last_space = FALSE;
    }
  else if (r->in_cell && strcmp (local, "line-break") == 0)
    {
      g_string_append_c (r->text, '\n');
      r->last_space = FALSE;
    }

  if (r->text->len > 4 * PDZ_WORKBOOK_MAX_CELL_CHARS + 64)
    g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT, "cell too long");
}

static void
ods_text (GMarkupParseContext  *context,
          const char           *text,
          gsize                 length,
          gpointer              user_data,
          GError              **error)
{
  OdsReader *r = user_data;

  if (r->in_cell && r->depth_annotation == 0 && r->n_paragraphs > 0)
    {
      append_text (r, text, length);
      if (r->text->len > 4 * PDZ_WORKBOOK_MAX_CELL_CHARS + 64)
        g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT, "cell too long");
    }
}

/* Stores the cells of the row just read, @repeat times. */
static gboolean
flush_row (OdsReader *r)
{
  guint repeat = r->row_repeat;

  if (r->row_cells->len == 0)
    {
      r->row += repeat;
      return TRUE;
    }
  for (guint k = 0; k < repeat; k++, r->row++)
    {
      if (r->row >= PDZ_WORKBOOK_MAX_ROWS)
        return FALSE;
      for (guint i = 0; i < r->row_cells->len; i++)
        {
          PendingCell *pending = &g_array_index (r->row_cells, PendingCell, i);

          for (guint j = 0; j < pending->repeat; j++)
            {
              PdzWbCell *cell;

              if (pending->column + j >= PDZ_WORKBOOK_MAX_COLUMNS || ++r->n_cells > PDZ_WORKBOOK_MAX_CELLS)
                return FALSE;
              cell = _pdz_wb_sheet_cell (r->sheet, r->row, pending->column + j);
              _pdz_wb_cell_clear (cell);
              *cell = pending->cell;
              cell->text = g_strdup (pending->cell.text);
            }
        }
    }
  return TRUE;
}


static void
ods_end (GMarkupParseContext  *context,
         const char           *element,
         gpointer              user_data,
         GError              **error)
{
  OdsReader *r = user_data;
  const char *local = _pdz_wb_xml_local_name (element);

  if (r->depth_annotation > 0)
    {
      r->depth_annotation--;
      return;
    }

  if ((strcmp (local, "table-cell") == 0 || strcmp (local, "covered-table-cell") == 0) && r->in_cell)
    {
      r->in_cell = FALSE;
      if (!r->value_in_attribute && r->n_paragraphs > 0)
        {
          if (r->cell.type == PDZ_WB_EMPTY)
            r->cell.type = PDZ_WB_TEXT;
          if (r->cell.type == PDZ_WB_TEXT)
            {
              g_free (r->cell.text);
              r->cell.text = _pdz_wb_unescape_x (r->text->str);
            }
        }
      if (r->cell.type == PDZ_WB_TEXT && r->cell.text == NULL)
        r->cell.text = g_strdup ("");

      if (r->cell.type != PDZ_WB_EMPTY)
        {
          PendingCell pending = { r->cell, r->cell_repeat, r->column };

          g_array_append_val (r->row_cells, pending);
          if (r->span_rows > 1 || r->span_columns > 1)
            {
              g_autofree char *first = _pdz_wb_cell_name (r->row, r->column);
              g_autofree char *last = _pdz_wb_cell_name (MIN (r->row + r->span_rows - 1, PDZ_WORKBOOK_MAX_ROWS - 1),
                                                         MIN (r->column + r->span_columns - 1,
                                                              PDZ_WORKBOOK_MAX_COLUMNS - 1));
              g_autofree char *ref = g_strconcat (first, ":", last, NULL);

              _pdz_wb_sheet_add_merge (r->sheet, ref);
            }
        }
      else
        g_free (r->cell.text);
      memset (&r->cell, 0, sizeof r->cell);
      r->column += r->cell_repeat;
      if (r->column > PDZ_WORKBOOK_MAX_COLUMNS)
        r->column = PDZ_WORKBOOK_MAX_COLUMNS;
    }
  else if (strcmp (local, "table-row") == 0 && r->sheet != NULL)
    {
      gboolean ok = flush_row (r);

      clear_row_cells (r);
      if (!ok)
        {
          r->too_many = TRUE;
          g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT, "too many cells");
        }
    }
  else if (strcmp (local, "table") == 0 && g_str_has_prefix (element, "table:") && r->sheet != NULL)
    {
      if (!_pdz_wb_sheet_apply_merges (r->sheet, &r->n_cells))
        {
          r->too_many = TRUE;
          g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT, "too many cells");
        }
      r->sheet = NULL;
    }
}

PdzWbBook *
_pdz_workbook_read_ods (const guint8 *data,
                        gsize         length,
                        PdzWbLog     *log)
{
  static const GMarkupParser parser = { ods_start, ods_end, ods_text, NULL, NULL };
  PdzZipStatus status;
  g_autoptr(PdzZip) zip = _pdz_zip_open (data, length, &status);
  g_autoptr(GBytes) content = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzWbBook) book = _pdz_wb_book_new (PDZ_WORKBOOK_FORMAT_ODS);
  GMarkupParseContext *context;
  OdsReader r = { NULL, };
  gboolean ok;

  if (zip == NULL)
    {
      _pdz_wb_error (log, NULL, G_MAXUINT, G_MAXUINT,
                     PDZ_WB_TR (log, "il file zip è danneggiato o troncato: non si legge come cartella di lavoro",
                                "the zip file is damaged or cut short: it does not read as a workbook"));
      return NULL;
    }
  content = _pdz_zip_read (zip, "content.xml", &status);
  if (content == NULL)
    {
      if (status == PDZ_ZIP_TOO_LARGE)
        _pdz_wb_error (log, NULL, G_MAXUINT, G_MAXUINT,
                       PDZ_WB_TR (log, "content.xml: decompresso supererebbe il limite (%u MiB, e %u volte il file): "
                                  "rifiutato come possibile «zip bomb»",
                                  "content.xml: decompressed, it would pass the limit (%u MiB, and %u times the file): "
                                  "refused as a possible zip bomb"),
                       (guint) (PDZ_ZIP_MAX_UNCOMPRESSED / (1024 * 1024)), PDZ_ZIP_MAX_RATIO);
      else
        _pdz_wb_error (log, NULL, G_MAXUINT, G_MAXUINT,
                       PDZ_WB_TR (log, "content.xml manca o è danneggiato: il file è incompleto",
                                  "content.xml is missing or damaged: the file is incomplete"));
      return NULL;
    }

  r.book = book;
  r.text = g_string_new (NULL);
  r.row_cells = g_array_new (FALSE, FALSE, sizeof (PendingCell));
  context = g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION, &r, NULL);
  ok = g_markup_parse_context_parse (context, g_bytes_get_data (content, NULL),
                                     (gssize) g_bytes_get_size (content), &error) &&
       g_markup_parse_context_end_parse (context, &error);
  g_markup_parse_context_free (context);
  clear_row_cells (&r);
  g_array_unref (r.row_cells);
  g_free (r.cell.text);
  g_string_free (r.text, TRUE);

  if (!ok)
    {
      g_autofree char *quoted = _pdz_text_quote (error->message, -1, 0, PDZ_QUOTE_DEFAULT);

      if (r.too_many)
        _pdz_wb_error (log, NULL, G_MAXUINT, G_MAXUINT,
                       PDZ_WB_TR (log, "più di %u celle o righe: rifiutato", "more than %u cells or rows: refused"),
                       PDZ_WORKBOOK_MAX_CELLS);
      else
        _pdz_wb_error (log, NULL, G_MAXUINT, G_MAXUINT,
                       PDZ_WB_TR (log, "content.xml: XML non valido: %s", "content.xml: invalid XML: %s"), quoted);
      return NULL;
    }

  /* The language of the messages, from the sheet names. */
  for (guint i = 0; i < book->sheets->len; i++)
    {
      PdzWbSheet *sheet = book->sheets->pdata[i];

      if (strcmp (sheet->name, "Plan") == 0 || strcmp (sheet->name, PDZ_WB_README_EN) == 0)
        log->italian = FALSE;
    }
  return g_steal_pointer (&book);
}
