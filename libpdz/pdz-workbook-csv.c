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

/* --- Several plans --- */

/* Copies @cell into @sheet at @row, @column of the merged book. */
static void
copy_cell (PdzWbSheet      *sheet,
           guint            row,
           guint            column,
           const PdzWbCell *cell)
{
  PdzWbCell *copy;

  if (cell == NULL || cell->type == PDZ_WB_EMPTY)
    return;
  copy = _pdz_wb_sheet_cell (sheet, row, column);
  _pdz_wb_cell_clear (copy);
  *copy = *cell;
  copy->text = g_strdup (cell->text);
}

gboolean
_pdz_workbook_write_corpus_csv (GListModel    *plans,
                                const char    *path,
                                GCancellable  *cancellable,
                                GError       **error)
{
  g_autoptr(PdzWbBook) merged = _pdz_wb_book_new (PDZ_WORKBOOK_FORMAT_CSV);
  g_autoptr(GPtrArray) columns_of = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  guint n_plans = g_list_model_get_n_items (plans);

  /* One table per kind, as a plan's, with the plan's id first; the
   * columns are those of every plan, in the order they first come ("x-"
   * members differ from plan to plan). */
  for (guint s = 0; s < G_N_ELEMENTS (_pdz_wb_sheets); s++)
    {
      PdzWbSheet *sheet = _pdz_wb_book_add_sheet (merged, _pdz_wb_sheets[s].file, PDZ_WB_SHEET_DATA);
      GHashTable *columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      _pdz_wb_sheet_set_text (sheet, 0, 0, "plan");
      g_hash_table_insert (columns, g_strdup ("plan"), GUINT_TO_POINTER (0));
      g_ptr_array_add (columns_of, columns);
    }

  for (guint p = 0; p < n_plans; p++)
    {
      g_autoptr(PdzPlan) plan = g_list_model_get_item (plans, p);
      g_autoptr(PdzWbBook) book = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      book = _pdz_workbook_build (plan, PDZ_WORKBOOK_FORMAT_CSV, error);
      if (book == NULL)
        return FALSE;
      g_assert (book->sheets->len == G_N_ELEMENTS (_pdz_wb_sheets));

      for (guint s = 0; s < book->sheets->len; s++)
        {
          PdzWbSheet *from = book->sheets->pdata[s];
          PdzWbSheet *to = merged->sheets->pdata[s];
          GHashTable *columns = columns_of->pdata[s];
          guint n_columns = _pdz_wb_sheet_n_columns (from, 0);
          g_autofree guint *map = g_new (guint, MAX (n_columns, 1));

          for (guint c = 0; c < n_columns; c++)
            {
              const PdzWbCell *head = _pdz_wb_sheet_peek (from, 0, c);
              gpointer column;

              g_assert (head != NULL && head->type == PDZ_WB_TEXT);
              if (!g_hash_table_lookup_extended (columns, head->text, NULL, &column))
                {
                  column = GUINT_TO_POINTER (g_hash_table_size (columns));
                  g_hash_table_insert (columns, g_strdup (head->text), column);
                  _pdz_wb_sheet_set_text (to, 0, GPOINTER_TO_UINT (column), head->text);
                }
              map[c] = GPOINTER_TO_UINT (column);
            }

          for (guint r = 1; r < from->rows->len; r++)
            {
              guint row = to->rows->len;

              _pdz_wb_sheet_set_text (to, row, 0, pdz_plan_get_id (plan));
              for (guint c = 0; c < n_columns; c++)
                copy_cell (to, row, map[c], _pdz_wb_sheet_peek (from, r, c));
            }
        }
    }

  return _pdz_workbook_write_csv (merged, path, cancellable, error);
}
