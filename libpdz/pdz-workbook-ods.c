/* pdz-workbook-ods.c: the workbook as an OpenDocument spreadsheet
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Our own XML (ODF 1.2) in the package of the shared ODF helper
 * (pdz-odf.c). Text cells are string cells (office:value-type="string"),
 * which no spreadsheet evaluates, in a text-formatted style (the number
 * style "@"), so that editing never turns them into formulas: ODF's
 * equivalent of XLSX's quote prefix; the text itself is never changed.
 * In text, runs of spaces are text:s, tabs text:tab, lines text:p, and the
 * characters XML cannot carry _xHHHH_ as in OOXML (the reader undoes
 * both). An empty text, which a spreadsheet would take for an empty cell,
 * is the formula ="" with its cached value "". Numbers carry their exact
 * value in office:value.
 */

#include "pdz-workbook-private.h"

#include <string.h>

#include "pdz-odf-private.h"
#include "pdz-version.h"

#define NS_OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

static const char content_head[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<office:document-content"
  " xmlns:office=\"" NS_OFFICE "\""
  " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
  " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
  " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
  " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
  " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\""
  " xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\""
  " office:version=\"1.2\">\n"
  "<office:automatic-styles>\n"
  "<number:text-style style:name=\"Ntext\"><number:text-content/></number:text-style>\n"
  "<style:style style:name=\"ta\" style:family=\"table\"><style:table-properties table:display=\"true\"/></style:style>\n"
  "<style:style style:name=\"tahidden\" style:family=\"table\"><style:table-properties table:display=\"false\"/></style:style>\n"
  "<style:style style:name=\"cetext\" style:family=\"table-cell\" style:data-style-name=\"Ntext\"/>\n"
  "<style:style style:name=\"cehead\" style:family=\"table-cell\" style:data-style-name=\"Ntext\">"
  "<style:table-cell-properties fo:background-color=\"#ddebf7\" fo:wrap-option=\"wrap\"/>"
  "<style:text-properties fo:font-weight=\"bold\"/></style:style>\n"
  "<style:style style:name=\"cemember\" style:family=\"table-cell\" style:data-style-name=\"Ntext\">"
  "<style:text-properties fo:color=\"#808080\" fo:font-style=\"italic\"/></style:style>\n"
  "<style:style style:name=\"cewrap\" style:family=\"table-cell\">"
  "<style:table-cell-properties fo:wrap-option=\"wrap\"/></style:style>\n";

static void
append_escaped (GString    *out,
                const char *text,
                gssize      length)
{
  g_autofree char *escaped = g_markup_escape_text (text, length);

  g_string_append (out, escaped);
}

/* One paragraph of a text cell: spaces after the first of a run, and at
 * the start, as text:s; tabs as text:tab. */
static void
append_paragraph (GString    *out,
                  const char *line,
                  gsize       length)
{
  gsize i = 0;

  g_string_append (out, "<text:p>");
  while (i < length)
    {
      gsize start = i;

      if (line[i] == ' ')
        {
          guint spaces = 0;

          while (i < length && line[i] == ' ')
            spaces++, i++;
          if (start > 0)
            {
              g_string_append_c (out, ' ');
              spaces--;
            }
          if (spaces == 1)
            g_string_append (out, "<text:s/>");
          else if (spaces > 1)
            g_string_append_printf (out, "<text:s text:c=\"%u\"/>", spaces);
          continue;
        }
      if (line[i] == '\t')
        {
          g_string_append (out, "<text:tab/>");
          i++;
          continue;
        }
      while (i < length && line[i] != ' ' && line[i] != '\t')
        i++;
      append_escaped (out, line + start, (gssize) (i - start));
    }
  g_string_append (out, "</text:p>");
}

static void
append_text (GString    *out,
             const char *text)
{
  g_autofree char *escaped = _pdz_wb_escape_x (text);
  const char *line = escaped;

  for (;;)
    {
      const char *end = strchr (line, '\n');

      append_paragraph (out, line, end != NULL ? (gsize) (end - line) : strlen (line));
      if (end == NULL)
        break;
      line = end + 1;
    }
}

static void
append_cell (GString         *out,
             const PdzWbCell *cell,
             const char      *style,
             const char      *validation)
{
  g_string_append (out, "<table:table-cell");
  if (style != NULL)
    g_string_append_printf (out, " table:style-name=\"%s\"", style);
  if (validation != NULL)
    g_string_append_printf (out, " table:content-validation-name=\"%s\"", validation);

  if (cell == NULL || cell->type == PDZ_WB_EMPTY)
    {
      g_string_append (out, "/>");
      return;
    }
  if (cell->type == PDZ_WB_NUMBER)
    {
      g_autofree char *number = _pdz_wb_format_double (cell->number);

      g_string_append_printf (out, " office:value-type=\"float\" office:value=\"%s\"><text:p>%s</text:p>"
                              "</table:table-cell>", number, number);
      return;
    }
  if (cell->text[0] == '\0')
    {
      g_string_append (out, " table:formula=\"of:=&quot;&quot;\" office:value-type=\"string\""
                            " office:string-value=\"\"><text:p/></table:table-cell>");
      return;
    }
  g_string_append (out, " office:value-type=\"string\">");
  append_text (out, cell->text);
  g_string_append (out, "</table:table-cell>");
}

/* A name for the validation of a list, the same for every column that
 * uses it. */
static char *
validation_name (PdzWbColumn *column)
{
  return g_strdup_printf ("val-%s-%u", column->list_sheet, column->list_column);
}

static void
append_validations (GString    *out,
                    PdzWbBook  *book,
                    GHashTable *seen)
{
  gboolean any = FALSE;

  for (guint s = 0; s < book->sheets->len; s++)
    {
      PdzWbSheet *sheet = book->sheets->pdata[s];

      for (guint c = 0; c < sheet->columns->len; c++)
        {
          PdzWbColumn *column = &g_array_index (sheet->columns, PdzWbColumn, c);
          g_autofree char *name = NULL;
          g_autofree char *letters = NULL;

          if (column->list_sheet == NULL)
            continue;
          name = validation_name (column);
          if (g_hash_table_contains (seen, name))
            continue;
          if (!any)
            g_string_append (out, "<table:content-validations>\n");
          any = TRUE;
          letters = _pdz_wb_column_name (column->list_column);
          g_string_append (out, "<table:content-validation table:name=\"");
          append_escaped (out, name, -1);
          g_string_append (out, "\" table:condition=\"of:cell-content-is-in-list([$'");
          append_escaped (out, column->list_sheet, -1);
          g_string_append_printf (out, "'.$%s$%u:.$%s$%u])\" table:allow-empty-cell=\"true\""
                                  " table:display-list=\"unsorted\">"
                                  "<table:error-message table:display=\"true\" table:message-type=\"warning\"/>"
                                  "</table:content-validation>\n",
                                  letters, column->list_first_row + 1, letters, column->list_last_row + 1);
          g_hash_table_add (seen, g_steal_pointer (&name));
        }
    }
  if (any)
    g_string_append (out, "</table:content-validations>\n");
}

static void
append_sheet (GString    *out,
              PdzWbSheet *sheet)
{
  guint n_columns = sheet->columns->len;
  g_autoptr(GPtrArray) validations = g_ptr_array_new_with_free_func (g_free);

  g_string_append (out, "<table:table table:name=\"");
  append_escaped (out, sheet->name, -1);
  g_string_append_printf (out, "\" table:style-name=\"%s\">\n", sheet->hidden ? "tahidden" : "ta");

  for (guint c = 0; c < n_columns; c++)
    {
      PdzWbColumn *column = &g_array_index (sheet->columns, PdzWbColumn, c);
      const char *style = sheet->role == PDZ_WB_SHEET_README && c == 3 ? "cewrap"
                          : column->text_format || sheet->role != PDZ_WB_SHEET_DATA ? "cetext" : "Default";

      g_string_append_printf (out, "<table:table-column table:style-name=\"co%u\""
                              " table:default-cell-style-name=\"%s\"/>\n",
                              (guint) (column->width > 0 ? column->width : 12), style);
      g_ptr_array_add (validations, column->list_sheet != NULL ? validation_name (column) : NULL);
    }

  if (sheet->role == PDZ_WB_SHEET_DATA)
    g_string_append (out, "<table:table-header-rows>\n");
  for (guint r = 0; r < sheet->rows->len; r++)
    {
      guint n = MAX (_pdz_wb_sheet_n_columns (sheet, r), sheet->role == PDZ_WB_SHEET_DATA ? n_columns : 0);

      g_string_append (out, "<table:table-row>");
      for (guint c = 0; c < n; c++)
        {
          const char *style = NULL;
          const char *validation = NULL;

          if (sheet->role == PDZ_WB_SHEET_DATA)
            {
              style = r == 0 ? "cehead" : r == 1 ? "cemember" : NULL;
              if (r >= 2 && c < validations->len)
                validation = validations->pdata[c];
            }
          else if (sheet->role == PDZ_WB_SHEET_README && r == 0)
            style = "cehead";
          append_cell (out, _pdz_wb_sheet_peek (sheet, r, c), style, validation);
        }
      g_string_append (out, "</table:table-row>\n");
      if (sheet->role == PDZ_WB_SHEET_DATA && r == 1)
        g_string_append (out, "</table:table-header-rows>\n");
    }

  /* Room for new rows, with the drop-down lists. */
  if (sheet->role == PDZ_WB_SHEET_DATA)
    {
      g_string_append (out, "<table:table-row table:number-rows-repeated=\"1000\">");
      for (guint c = 0; c < n_columns; c++)
        append_cell (out, NULL, NULL, c < validations->len ? validations->pdata[c] : NULL);
      g_string_append (out, "</table:table-row>\n");
    }
  g_string_append (out, "</table:table>\n");
}

static char *
content_xml (PdzWbBook *book)
{
  GString *out = g_string_new (content_head);
  g_autoptr(GHashTable) widths = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* One column style per width, in characters (about 0.21 cm each). */
  for (guint s = 0; s < book->sheets->len; s++)
    {
      PdzWbSheet *sheet = book->sheets->pdata[s];

      for (guint c = 0; c < sheet->columns->len; c++)
        {
          PdzWbColumn *column = &g_array_index (sheet->columns, PdzWbColumn, c);
          guint width = (guint) (column->width > 0 ? column->width : 12);

          if (g_hash_table_contains (widths, GUINT_TO_POINTER (width)))
            continue;
          g_hash_table_add (widths, GUINT_TO_POINTER (width));
          g_string_append_printf (out, "<style:style style:name=\"co%u\" style:family=\"table-column\">"
                                  "<style:table-column-properties style:column-width=\"%u.%02ucm\"/>"
                                  "</style:style>\n", width, width * 21 / 100, width * 21 % 100);
        }
    }
  g_string_append (out, "</office:automatic-styles>\n<office:body>\n<office:spreadsheet>\n");
  append_validations (out, book, seen);
  for (guint s = 0; s < book->sheets->len; s++)
    append_sheet (out, book->sheets->pdata[s]);
  g_string_append (out, "</office:spreadsheet>\n</office:body>\n</office:document-content>\n");

  /* No white space between the elements: the text nodes it makes trip
   * readers that take an element's first child for its first element
   * (odfpy's doc.spreadsheet). Text holds no raw line break (lines are
   * paragraphs), so only the layout's are taken out. */
  {
    g_autofree char *flat = g_string_free (out, FALSE);
    g_auto(GStrv) parts = g_strsplit (flat, ">\n<", -1);

    return g_strjoinv ("><", parts);
  }
}

static const char styles_xml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<office:document-styles xmlns:office=\"" NS_OFFICE "\""
  " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" office:version=\"1.2\">\n"
  "<office:styles><style:style style:name=\"Default\" style:family=\"table-cell\"/></office:styles>\n"
  "</office:document-styles>\n";

static char *
meta_xml (void)
{
  g_autoptr(GDateTime) now = _pdz_odf_source_date ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  return g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<office:document-meta xmlns:office=\"" NS_OFFICE "\""
                          " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.2\">\n"
                          "<office:meta><meta:generator>libpdz/" PDZ_VERSION_S "</meta:generator>"
                          "<meta:creation-date>%s</meta:creation-date></office:meta>\n"
                          "</office:document-meta>\n", date);
}

/* Frozen headers: LibreOffice keeps them in the view settings. */
static char *
settings_xml (PdzWbBook *book)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<office:document-settings xmlns:office=\"" NS_OFFICE "\""
                               " xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\""
                               " office:version=\"1.2\">\n<office:settings>\n"
                               "<config:config-item-set config:name=\"ooo:view-settings\">\n"
                               "<config:config-item-map-indexed config:name=\"Views\">\n"
                               "<config:config-item-map-entry>\n"
                               "<config:config-item-map-named config:name=\"Tables\">\n");

  for (guint s = 0; s < book->sheets->len; s++)
    {
      PdzWbSheet *sheet = book->sheets->pdata[s];

      if (sheet->role != PDZ_WB_SHEET_DATA)
        continue;
      g_string_append (out, "<config:config-item-map-entry config:name=\"");
      append_escaped (out, sheet->name, -1);
      g_string_append (out, "\">"
                       "<config:config-item config:name=\"VerticalSplitMode\" config:type=\"short\">2</config:config-item>"
                       "<config:config-item config:name=\"VerticalSplitPosition\" config:type=\"int\">2</config:config-item>"
                       "<config:config-item config:name=\"ActiveSplitRange\" config:type=\"short\">2</config:config-item>"
                       "<config:config-item config:name=\"PositionBottom\" config:type=\"int\">2</config:config-item>"
                       "</config:config-item-map-entry>\n");
    }
  g_string_append (out, "</config:config-item-map-named>\n</config:config-item-map-entry>\n"
                        "</config:config-item-map-indexed>\n</config:config-item-set>\n"
                        "</office:settings>\n</office:document-settings>\n");
  return g_string_free (out, FALSE);
}

GBytes *
_pdz_workbook_write_ods (PdzWbBook     *book,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autoptr(PdzOdfWriter) writer = NULL;
  g_autofree char *content = content_xml (book);
  g_autofree char *meta = meta_xml ();
  g_autofree char *settings = settings_xml (book);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  writer = _pdz_odf_writer_new ("application/vnd.oasis.opendocument.spreadsheet", error);
  if (writer == NULL ||
      !_pdz_odf_writer_add (writer, "content.xml", "text/xml", content, strlen (content), error) ||
      !_pdz_odf_writer_add (writer, "styles.xml", "text/xml", styles_xml, strlen (styles_xml), error) ||
      !_pdz_odf_writer_add (writer, "meta.xml", "text/xml", meta, strlen (meta), error) ||
      !_pdz_odf_writer_add (writer, "settings.xml", "text/xml", settings, strlen (settings), error))
    return NULL;
  return _pdz_odf_writer_finish (writer, error);
}
