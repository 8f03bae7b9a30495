/* pdz-report-csv.c: one data table as CSV
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * RFC 4180: CRLF after every record, fields quoted when they hold the
 * separator, a quote, CR or LF, quotes doubled. UTF-8. The excel-it dialect
 * separates with ';', writes decimal commas and starts with a byte-order
 * mark so that Excel in an Italian locale opens it right.
 *
 * A text cell that a spreadsheet could take for a formula (CSV injection:
 * see pdz-csv-private.h) is prefixed with an apostrophe.
 */

#include "pdz-report-private.h"

#include "pdz-csv-private.h"

static void
append_amount (GString    *out,
               gint64      cents,
               const char *decimal_mark)
{
  /* The magnitude as unsigned, so that G_MININT64 has one too; the sign
   * once, in front ("-0.50", never "0.-50"). */
  guint64 magnitude = cents < 0 ? (guint64) (-(cents + 1)) + 1 : (guint64) cents;

  g_string_append_printf (out, "%s%" G_GUINT64_FORMAT "%s%02u",
                          cents < 0 ? "-" : "", magnitude / 100, decimal_mark, (guint) (magnitude % 100));
}

GBytes *
_pdz_report_write_csv (const PdzReportContext *ctx,
                       const PdzReportFigures *fig,
                       PdzReportTable          table)
{
  g_autoptr(PdzReportGrid) grid = _pdz_report_grid_new (ctx, fig, table);
  gboolean excel_it = ctx->csv_dialect == PDZ_REPORT_CSV_DIALECT_EXCEL_IT;
  char separator = excel_it ? ';' : ',';
  const char *decimal_mark = excel_it ? "," : ".";
  GString *out = g_string_sized_new (16 * 1024);

  if (excel_it)
    g_string_append (out, "\xef\xbb\xbf");

  for (guint c = 0; c < grid->columns->len; c++)
    {
      if (c > 0)
        g_string_append_c (out, separator);
      _pdz_csv_append_field (out, g_array_index (grid->columns, PdzReportGridColumn, c).header, separator);
    }
  g_string_append (out, "\r\n");

  for (guint r = 0; r < grid->rows->len; r++)
    {
      GArray *row = grid->rows->pdata[r];

      for (guint c = 0; c < grid->columns->len; c++)
        {
          PdzReportGridColumn *col = &g_array_index (grid->columns, PdzReportGridColumn, c);
          PdzReportCell *cell = c < row->len ? &g_array_index (row, PdzReportCell, c) : NULL;

          if (c > 0)
            g_string_append_c (out, separator);
          if (cell == NULL || cell->empty)
            continue;

          switch (col->kind)
            {
            case PDZ_CELL_INTEGER:
              g_string_append_printf (out, "%" G_GINT64_FORMAT, cell->value);
              break;
            case PDZ_CELL_AMOUNT:
              if (cell->overflow)
                _pdz_csv_append_field (out, cell->text, separator);
              else
                append_amount (out, cell->value, decimal_mark);
              break;
            case PDZ_CELL_PERCENT:
              {
                char buf[G_ASCII_DTOSTR_BUF_SIZE];

                g_ascii_formatd (buf, sizeof buf, "%.4f", cell->number);
                if (excel_it)
                  g_strdelimit (buf, ".", ',');
                g_string_append (out, buf);
              }
              break;
            case PDZ_CELL_TEXT:
            default:
              _pdz_csv_append_field (out, cell->text, separator);
              break;
            }
        }
      g_string_append (out, "\r\n");
    }

  return g_string_free_to_bytes (out);
}
