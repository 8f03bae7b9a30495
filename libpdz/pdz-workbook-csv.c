/* pdz-workbook-csv.c: the workbook as a directory of CSV tables, both ways
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Written: RFC 4180, UTF-8 without a byte-order mark, CRLF after every
 * record, one header row of member names, each field through
 * _pdz_csv_append_field_exact() (pdz-csv.c, the one home of CSV fields and
 * of the formula guard): an empty text is "", told from an empty field; a
 * text that a spreadsheet could take for a formula, or that begins with an
 * apostrophe, gets an apostrophe in front, as a spreadsheet shows a quote
 * prefix. The reader takes one leading apostrophe away, so the text comes
 * back unchanged.
 *
 * Read: the same, or the Italian Excel form (';' between fields, a
 * byte-order mark, decimal commas), told apart by the header row. Text
 * that is not UTF-8 is refused, naming the line.
 */

/* lstat(), which strict C11 hides. */
#define _GNU_SOURCE

#include "pdz-workbook-private.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "pdz-csv-private.h"
#include "pdz-file-private.h"

/* --- Writing --- */

static void
append_field (GString         *out,
              const PdzWbCell *cell)
{
  g_autofree char *number = NULL;

  if (cell == NULL || cell->type == PDZ_WB_EMPTY)
    return;
  if (cell->type == PDZ_WB_NUMBER)
    {
      number = _pdz_wb_format_double (cell->number);
      g_string_append (out, number);
      return;
    }
  _pdz_csv_append_field_exact (out, cell->text, ',');
}

GBytes *
_pdz_workbook_sheet_to_csv (PdzWbSheet *sheet)
{
  GString *out = g_string_new (NULL);
  guint n_columns = _pdz_wb_sheet_n_columns (sheet, 0);

  for (guint r = 0; r < sheet->rows->len; r++)
    {
      for (guint c = 0; c < n_columns; c++)
        {
          if (c > 0)
            g_string_append_c (out, ',');
          append_field (out, _pdz_wb_sheet_peek (sheet, r, c));
        }
      g_string_append (out, "\r\n");
    }
  return g_string_free_to_bytes (out);
}

/* Refuses a target that a rename would wrongly replace. */
static gboolean
check_target (const char  *path,
              GError     **error)
{
  GStatBuf st;
  g_autofree char *display = g_filename_display_name (path);

  if (g_lstat (path, &st) != 0)
    return TRUE;
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   "%s: cannot write: not a regular file", display);
      return FALSE;
    }
  if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   "%s: cannot write: the file is read-only", display);
      return FALSE;
    }
  return TRUE;
}

gboolean
_pdz_workbook_write_csv (PdzWbBook     *book,
                         const char    *path,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_autofree char *scratch = NULL;
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  gboolean ok = TRUE;

  if (g_mkdir_with_parents (path, 0777) != 0)
    {
      _pdz_file_set_error (error, errno, path, "cannot make the directory");
      return FALSE;
    }
  for (guint s = 0; s < book->sheets->len; s++)
    {
      PdzWbSheet *sheet = book->sheets->pdata[s];
      g_autofree char *target = g_build_filename (path, sheet->name, NULL);

      if (!check_target (target, error))
        return FALSE;
    }

  /* Every table into a scratch directory beside them, then each renamed
   * into place: a failure before the renames leaves the old set whole. */
  scratch = g_build_filename (path, ".pdz-export-XXXXXX", NULL);
  if (g_mkdtemp (scratch) == NULL)
    {
      _pdz_file_set_error (error, errno, path, "cannot write");
      return FALSE;
    }
  for (guint s = 0; s < book->sheets->len && ok; s++)
    {
      PdzWbSheet *sheet = book->sheets->pdata[s];
      g_autoptr(GBytes) bytes = _pdz_workbook_sheet_to_csv (sheet);
      g_autofree char *file = g_build_filename (scratch, sheet->name, NULL);

      ok = _pdz_file_replace (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              cancellable, error);
      if (ok)
        g_ptr_array_add (written, g_steal_pointer (&file));
    }
  for (guint s = 0; s < book->sheets->len && ok; s++)
    {
      PdzWbSheet *sheet = book->sheets->pdata[s];
      g_autofree char *target = g_build_filename (path, sheet->name, NULL);

      if (g_rename (written->pdata[s], target) != 0)
        {
          _pdz_file_set_error (error, errno, target, "cannot write");
          ok = FALSE;
        }
    }
  for (guint i = 0; i < written->len; i++)
    g_unlink (written->pdata[i]);
  g_rmdir (scratch);
  return ok;
}

/* --- Reading --- */

gboolean
_pdz_workbook_read_csv (PdzWbBook  *book,
                        const char *name,
                        const char *data,
                        gsize       length,
                        PdzWbLog   *log)
{
  PdzWbSheet *sheet;
  const char *p = data, *end = data + length;
  char separator = ',';
  guint line = 1, row = 0, column = 0;
  guint bad_line;

  if (g_str_has_prefix (data, "\xef\xbb\xbf"))
    p += 3;
  if (memchr (p, '\0', end - p) != NULL || !_pdz_wb_check_utf8 (p, end - p, &bad_line))
    {
      if (memchr (p, '\0', end - p) != NULL)
        bad_line = 1;
      _pdz_wb_error (log, name, G_MAXUINT, G_MAXUINT,
                     PDZ_WB_TR (log, "riga %u: il testo non è UTF-8; salvate il file come «CSV UTF-8»",
                                "line %u: the text is not UTF-8; save the file as “CSV UTF-8”"),
                     bad_line);
      return FALSE;
    }

  /* The separator: the one the header row has more of, outside quotes. */
  {
    guint commas = 0, semicolons = 0;
    gboolean quoted = FALSE;

    for (const char *q = p; q < end && (quoted || (*q != '\n' && *q != '\r')); q++)
      {
        if (*q == '"')
          quoted = !quoted;
        else if (!quoted && *q == ',')
          commas++;
        else if (!quoted && *q == ';')
          semicolons++;
      }
    if (semicolons > commas)
      separator = ';';
  }

  sheet = _pdz_wb_book_add_sheet (book, name, PDZ_WB_SHEET_DATA);
  sheet->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_val (sheet->lines, line);

  while (p < end)
    {
      GString *field = g_string_new (NULL);
      gboolean quoted = FALSE;
      PdzWbCell *cell;

      if (*p == '"')
        {
          quoted = TRUE;
          p++;
          for (;;)
            {
              if (p >= end)
                {
                  g_string_free (field, TRUE);
                  _pdz_wb_error (log, name, G_MAXUINT, G_MAXUINT,
                                 PDZ_WB_TR (log, "riga %u: virgolette non chiuse", "line %u: a quote is not closed"),
                                 line);
                  return FALSE;
                }
              if (*p == '"')
                {
                  if (p + 1 < end && p[1] == '"')
                    {
                      g_string_append_c (field, '"');
                      p += 2;
                      continue;
                    }
                  p++;
                  break;
                }
              if (*p == '\n')
                line++;
              g_string_append_c (field, *p++);
            }
          /* Anything between the closing quote and the separator is kept,
           * as spreadsheets do. */
          while (p < end && *p != separator && *p != '\r' && *p != '\n')
            g_string_append_c (field, *p++);
        }
      else
        {
          while (p < end && *p != separator && *p != '\r' && *p != '\n')
            g_string_append_c (field, *p++);
        }

      if (column >= PDZ_WORKBOOK_MAX_COLUMNS || row >= PDZ_WORKBOOK_MAX_ROWS)
        {
          g_string_free (field, TRUE);
          _pdz_wb_error (log, name, G_MAXUINT, G_MAXUINT,
                         PDZ_WB_TR (log, "riga %u: più di %u righe o %u colonne",
                                    "line %u: more than %u rows or %u columns"),
                         line, PDZ_WORKBOOK_MAX_ROWS, PDZ_WORKBOOK_MAX_COLUMNS);
          return FALSE;
        }
      if (quoted || field->len > 0)
        {
          const char *text = field->str;

          if (text[0] == '\'')
            text++;
          cell = _pdz_wb_sheet_cell (sheet, row, column);
          cell->type = PDZ_WB_TEXT;
          cell->text = g_strdup (text);
        }
      g_string_free (field, TRUE);

      if (p < end && *p == separator)
        {
          p++;
          column++;
          continue;
        }
      /* The end of a record. */
      if (p < end && *p == '\r')
        p++;
      if (p < end && *p == '\n')
        p++;
      line++;
      row++;
      column = 0;
      if (p < end)
        g_array_append_val (sheet->lines, line);
    }
  return TRUE;
}
