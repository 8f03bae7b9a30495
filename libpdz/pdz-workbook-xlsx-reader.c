/* pdz-workbook-xlsx-reader.c: the cells of an XLSX workbook
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The zip container through the bounded reader of pdz-odf.c, the XML with
 * GMarkup (which knows no external entities and no entity definitions, so
 * nothing in a file can make it fetch or expand anything). What is read:
 * xl/workbook.xml (the sheets, in order, and the 1904 date system),
 * xl/_rels/workbook.xml.rels (where each sheet is), the shared strings,
 * and in each worksheet its cells: shared strings, inline strings,
 * numbers, booleans, errors, ISO dates, formulas (their cached value, or
 * the mark that there is none) and merged cells. Styles are not read: the
 * import knows each column's type. Prefixed element names (x:c) are
 * taken by their local name, as some writers use them.
 */

#include "pdz-text-private.h"
#include "pdz-workbook-private.h"

#include <string.h>

#include "pdz-odf-private.h"

const char *
_pdz_wb_xml_local_name (const char *name)
{
  const char *colon = strrchr (name, ':');

  return colon != NULL ? colon + 1 : name;
}

const char *
_pdz_wb_xml_attribute (const char **names,
                       const char **values,
                       const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (strcmp (_pdz_wb_xml_local_name (names[i]), name) == 0)
      return values[i];
  return NULL;
}

static gboolean
parse_markup (const GMarkupParser *parser,
              gpointer             user_data,
              GBytes              *bytes,
              GError             **error)
{
  GMarkupParseContext *context = g_markup_parse_context_new (parser, G_MARKUP_PREFIX_ERROR_POSITION,
                                                             user_data, NULL);
  gboolean ok = g_markup_parse_context_parse (context, g_bytes_get_data (bytes, NULL),
                                              (gssize) g_bytes_get_size (bytes), error) &&
                g_markup_parse_context_end_parse (context, error);

  g_markup_parse_context_free (context);
  return ok;
}

/* --- xl/workbook.xml and its relationships --- */

typedef struct
{
  GPtrArray *names;          /* (element-type utf8) */
  GPtrArray *rids;           /* (element-type utf8) */
  gboolean date1904;
} WorkbookInfo;

static void
workbook_start (GMarkupParseContext  *context,
                const char           *element,
                const char          **names,
                const char          **values,
                gpointer              user_data,
                GError              **error)
{
  WorkbookInfo *info = user_data;
  const char *local = _pdz_wb_xml_local_name (element);

  if (strcmp (local, "workbookPr") == 0)
    {
      const char *v = _pdz_wb_xml_attribute (names, values, "date1904");

      info->date1904 = v != NULL && (strcmp (v, "1") == 0 || strcmp (v, "true") == 0);
    }
  else if (strcmp (local, "sheet") == 0 && info->names->len < PDZ_WORKBOOK_MAX_SHEETS)
    {
      const char *name = _pdz_wb_xml_attribute (names, values, "name");
      const char *rid = _pdz_wb_xml_attribute (names, values, "id");

      if (name != NULL && rid != NULL && g_utf8_validate (name, -1, NULL))
        {
          g_ptr_array_add (info->names, g_strdup (name));
          g_ptr_array_add (info->rids, g_strdup (rid));
        }
    }
}

typedef struct
{
  GHashTable *targets;       /* Id -> path in the zip */
  char *shared_strings;      /* the path of the shared strings, if listed */
} Relationships;

static char *
resolve_target (const char *target)
{
  if (target[0] == '/')
    return g_strdup (target + 1);
  return g_strconcat ("xl/", target, NULL);
}

static void
rels_start (GMarkupParseContext  *context,
            const char           *element,
            const char          **names,
            const char          **values,
            gpointer              user_data,
            GError              **error)
{
  Relationships *rels = user_data;
  const char *id, *target, *type;

  if (strcmp (_pdz_wb_xml_local_name (element), "Relationship") != 0)
    return;
  id = _pdz_wb_xml_attribute (names, values, "Id");
  target = _pdz_wb_xml_attribute (names, values, "Target");
  type = _pdz_wb_xml_attribute (names, values, "Type");
  if (id == NULL || target == NULL)
    return;
  if (type != NULL && g_str_has_suffix (type, "/sharedStrings") && rels->shared_strings == NULL)
    rels->shared_strings = resolve_target (target);
  if (g_hash_table_size (rels->targets) < PDZ_WORKBOOK_MAX_SHEETS * 4)
    g_hash_table_insert (rels->targets, g_strdup (id), resolve_target (target));
}

/* --- Shared strings and cells --- */

typedef struct
{
  PdzWbSheet *sheet;         /* NULL while reading the shared strings */
  GPtrArray *strings;        /* the shared strings */
  gboolean date1904;
  gsize *n_cells;

  GString *text;             /* the text of the <t> being read */
  gboolean in_t;             /* inside a <t> (of <si>/<is>, not of <rPh>) */
  gboolean in_phonetic;      /* inside <rPh> */
  gboolean in_v, in_f;
  GString *si;               /* the shared string or inline string being read */

  /* the cell being read */
  guint row, column;
  guint next_row;            /* rows without r= follow the last */
  guint next_column;
  char *type;                /* t= */
  GString *value;            /* <v> */
  GString *formula;          /* <f> */
  gboolean has_v, has_f;
  gboolean too_many;
} CellReader;

static void
cells_start (GMarkupParseContext  *context,
             const char           *element,
             const char          **names,
             const char          **values,
             gpointer              user_data,
             GError              **error)
{
  CellReader *r = user_data;
  const char *local = _pdz_wb_xml_local_name (element);

  if (strcmp (local, "si") == 0 || strcmp (local, "is") == 0)
    g_string_truncate (r->si, 0);
  else if (strcmp (local, "rPh") == 0)
    r->in_phonetic = TRUE;
  else if (strcmp (local, "t") == 0 && !r->in_phonetic)
    {
      r->in_t = TRUE;
      g_string_truncate (r->text, 0);
    }
  else if (strcmp (local, "row") == 0 && r->sheet != NULL)
    {
      const char *ref = _pdz_wb_xml_attribute (names, values, "r");
      guint64 n;

      r->row = r->next_row;
      if (ref != NULL && g_ascii_string_to_unsigned (ref, 10, 1, PDZ_WORKBOOK_MAX_ROWS, &n, NULL))
        r->row = (guint) n - 1;
      r->next_row = r->row + 1;
      r->next_column = 0;
    }
  else if (strcmp (local, "c") == 0 && r->sheet != NULL)
    {
      const char *ref = _pdz_wb_xml_attribute (names, values, "r");
      guint row, column;

      r->column = r->next_column;
      if (ref != NULL && _pdz_wb_parse_cell_name (ref, &row, &column))
        {
          r->row = row;
          r->column = column;
        }
      r->next_column = r->column + 1;
      g_free (r->type);
      r->type = g_strdup (_pdz_wb_xml_attribute (names, values, "t"));
      g_string_truncate (r->value, 0);
      g_string_truncate (r->formula, 0);
      g_string_truncate (r->si, 0);
      r->has_v = r->has_f = FALSE;
    }
  else if (strcmp (local, "v") == 0)
    {
      r->in_v = r->has_v = TRUE;
    }
  else if (strcmp (local, "f") == 0)
    {
      r->in_f = r->has_f = TRUE;
    }
  else if (strcmp (local, "mergeCell") == 0 && r->sheet != NULL)
    {
      const char *ref = _pdz_wb_xml_attribute (names, values, "ref");

      if (ref != NULL)
        _pdz_wb_sheet_add_merge (r->sheet, ref);
    }
}

static void
cells_text (GMarkupParseContext  *context,
            const char           *text,
            gsize                 length,
            gpointer              user_data,
            GError              **error)
{
  CellReader *r = user_data;

  if (r->in_t)
    g_string_append_len (r->text, text, (gssize) length);
  else if (r->in_v)
    g_string_append_len (r->value, text, (gssize) length);
  else if (r->in_f)
    g_string_append_len (r->formula, text, (gssize) length);
}

static void
store_cell (CellReader *r)
{
  PdzWbCell *cell;
  const char *type = r->type != NULL ? r->type : "n";
  g_autofree char *v = g_strstrip (g_strdup (r->value->str));

  if (!r->has_v && !r->has_f && strcmp (type, "inlineStr") != 0)
    return;
  if (++*r->n_cells > PDZ_WORKBOOK_MAX_CELLS)
    {
      r->too_many = TRUE;
      return;
    }
  cell = _pdz_wb_sheet_cell (r->sheet, r->row, r->column);
  _pdz_wb_cell_clear (cell);
  cell->formula = r->has_f;

  /* openpyxl writes <v></v> after a formula it did not compute. */
  if (r->has_f && r->has_v && *v == '\0' && strcmp (type, "str") != 0)
    r->has_v = FALSE;
  if (r->has_f && !r->has_v)
    {
      /* A formula without a cached value, as openpyxl saves every formula.
       * Our ="" (an empty text) is still known. */
      if (strcmp (r->formula->str, "\"\"") == 0)
        {
          cell->type = PDZ_WB_TEXT;
          cell->text = g_strdup ("");
          return;
        }
      cell->no_value = TRUE;
      cell->type = PDZ_WB_ERROR;
      cell->text = g_strdup (r->formula->str);
      return;
    }

  if (strcmp (type, "s") == 0)
    {
      guint64 index;

      if (g_ascii_string_to_unsigned (v, 10, 0, G_MAXUINT, &index, NULL) && index < r->strings->len)
        {
          cell->type = PDZ_WB_TEXT;
          cell->text = g_strdup (r->strings->pdata[index]);
        }
      else
        {
          cell->type = PDZ_WB_ERROR;
          cell->text = g_strdup ("#REF!");
        }
    }
  else if (strcmp (type, "inlineStr") == 0)
    {
      cell->type = PDZ_WB_TEXT;
      cell->text = _pdz_wb_unescape_x (r->si->str);
    }
  else if (strcmp (type, "str") == 0 || strcmp (type, "d") == 0)
    {
      cell->type = PDZ_WB_TEXT;
      cell->text = _pdz_wb_unescape_x (r->value->str);
    }
  else if (strcmp (type, "b") == 0)
    {
      cell->type = PDZ_WB_BOOL;
      cell->number = strcmp (v, "1") == 0 || g_ascii_strcasecmp (v, "true") == 0;
    }
  else if (strcmp (type, "e") == 0)
    {
      cell->type = PDZ_WB_ERROR;
      cell->text = g_strdup (v);
    }
  else
    {
      char *end = NULL;
      double number = g_ascii_strtod (v, &end);

      if (*v != '\0' && end != NULL && *end == '\0')
        {
          cell->type = PDZ_WB_NUMBER;
          cell->number = number;
        }
      else if (*v == '\0')
        cell->type = PDZ_WB_EMPTY;
      else
        {
          cell->type = PDZ_WB_TEXT;
          cell->text = g_strdup (v);
        }
    }
}

static void
cells_end (GMarkupParseContext  *context,
           const char           *element,
           gpointer              user_data,
           GError              **error)
{
  CellReader *r = user_data;
  const char *local = _pdz_wb_xml_local_name (element);

  if (strcmp (local, "t") == 0 && r->in_t)
    {
      r->in_t = FALSE;
      g_string_append_len (r->si, r->text->str, (gssize) r->text->len);
    }
  else if (strcmp (local, "rPh") == 0)
    r->in_phonetic = FALSE;
  else if (strcmp (local, "si") == 0 && r->sheet == NULL)
    {
      if (r->strings->len >= PDZ_WORKBOOK_MAX_CELLS)
        {
          r->too_many = TRUE;
          return;
        }
      g_ptr_array_add (r->strings, _pdz_wb_unescape_x (r->si->str));
    }
  else if (strcmp (local, "v") == 0)
    r->in_v = FALSE;
  else if (strcmp (local, "f") == 0)
    r->in_f = FALSE;
  else if (strcmp (local, "c") == 0 && r->sheet != NULL)
    store_cell (r);

  if (r->too_many)
    g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT, "too many cells");
}

static void
cell_reader_init (CellReader *r,
                  PdzWbSheet *sheet,
                  GPtrArray  *strings,
                  gsize      *n_cells)
{
  memset (r, 0, sizeof *r);
  r->sheet = sheet;
  r->strings = strings;
  r->n_cells = n_cells;
  r->text = g_string_new (NULL);
  r->si = g_string_new (NULL);
  r->value = g_string_new (NULL);
  r->formula = g_string_new (NULL);
}

static void
cell_reader_clear (CellReader *r)
{
  g_string_free (r->text, TRUE);
  g_string_free (r->si, TRUE);
  g_string_free (r->value, TRUE);
  g_string_free (r->formula, TRUE);
  g_free (r->type);
}

/* --- The workbook --- */

static void
zip_error (PdzWbLog     *log,
           PdzZipStatus  status,
           const char   *part_name)
{
  /* The part's name may come from the file (a relationship's target). */
  g_autofree char *part = _pdz_text_quote (part_name, -1, 0, PDZ_QUOTE_DEFAULT);

  switch (status)
    {
    case PDZ_ZIP_NOT_ZIP:
      _pdz_wb_error (log, NULL, G_MAXUINT, G_MAXUINT,
                     PDZ_WB_TR (log, "il file zip è danneggiato o troncato: non si legge come cartella di lavoro",
                                "the zip file is damaged or cut short: it does not read as a workbook"));
      break;
    case PDZ_ZIP_TOO_MANY_ENTRIES:
      _pdz_wb_error (log, NULL, G_MAXUINT, G_MAXUINT,
                     PDZ_WB_TR (log, "il file zip ha più di %u voci: rifiutato",
                                "the zip file has more than %u entries: refused"),
                     PDZ_ZIP_MAX_ENTRIES);
      break;
    case PDZ_ZIP_TOO_LARGE:
      _pdz_wb_error (log, NULL, G_MAXUINT, G_MAXUINT,
                     PDZ_WB_TR (log, "%s: decompresso supererebbe il limite (%u MiB, e %u volte il file): "
                                "rifiutato come possibile «zip bomb»",
                                "%s: decompressed, it would pass the limit (%u MiB, and %u times the file): "
                                "refused as a possible zip bomb"),
                     part, (guint) (PDZ_ZIP_MAX_UNCOMPRESSED / (1024 * 1024)), PDZ_ZIP_MAX_RATIO);
      break;
    case PDZ_ZIP_MISSING:
      _pdz_wb_error (log, NULL, G_MAXUINT, G_MAXUINT,
                     PDZ_WB_TR (log, "manca la parte %s: il file è incompleto o non è una cartella di lavoro",
                                "the part %s is missing: the file is incomplete or not a workbook"),
                     part);
      break;
    case PDZ_ZIP_CORRUPT:
    default:
      _pdz_wb_error (log, NULL, G_MAXUINT, G_MAXUINT,
                     PDZ_WB_TR (log, "%s: dati compressi danneggiati (il file è troncato?)",
                                "%s: damaged compressed data (is the file truncated?)"),
                     part);
      break;
    }
}

static void
xml_error (PdzWbLog     *log,
           const char   *part_name,
           const GError *error)
{
  g_autofree char *part = _pdz_text_quote (part_name, -1, 0, PDZ_QUOTE_DEFAULT);
  g_autofree char *quoted = _pdz_text_quote (error->message, -1, 0, PDZ_QUOTE_DEFAULT);

  _pdz_wb_error (log, NULL, G_MAXUINT, G_MAXUINT,
                 PDZ_WB_TR (log, "%s: XML non valido: %s", "%s: invalid XML: %s"), part, quoted);
}

/* Whether a sheet name is that of the Italian workbook. */
static gboolean
names_italian (GPtrArray *names)
{
  for (guint i = 0; i < names->len; i++)
    {
      if (strcmp (names->pdata[i], "Piano") == 0 || strcmp (names->pdata[i], PDZ_WB_README_IT) == 0)
        return TRUE;
      if (strcmp (names->pdata[i], "Plan") == 0 || strcmp (names->pdata[i], PDZ_WB_README_EN) == 0)
        return FALSE;
    }
  return TRUE;
}

PdzWbBook *
_pdz_workbook_read_xlsx (const guint8 *data,
                         gsize         length,
                         PdzWbLog     *log)
{
  static const GMarkupParser workbook_parser = { workbook_start, NULL, NULL, NULL, NULL };
  static const GMarkupParser rels_parser = { rels_start, NULL, NULL, NULL, NULL };
  static const GMarkupParser cells_parser = { cells_start, cells_end, cells_text, NULL, NULL };
  PdzZipStatus status;
  g_autoptr(PdzZip) zip = _pdz_zip_open (data, length, &status);
  g_autoptr(GBytes) part = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzWbBook) book = _pdz_wb_book_new (PDZ_WORKBOOK_FORMAT_XLSX);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  WorkbookInfo info = { NULL, };
  Relationships rels = { NULL, };
  gsize n_cells = 0;
  gboolean ok = TRUE;

  if (zip == NULL)
    {
      zip_error (log, status, "");
      return NULL;
    }

  info.names = g_ptr_array_new_with_free_func (g_free);
  info.rids = g_ptr_array_new_with_free_func (g_free);
  rels.targets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  part = _pdz_zip_read (zip, "xl/workbook.xml", &status);
  if (part == NULL)
    {
      zip_error (log, status, "xl/workbook.xml");
      ok = FALSE;
      goto out;
    }
  if (!parse_markup (&workbook_parser, &info, part, &error))
    {
      xml_error (log, "xl/workbook.xml", error);
      ok = FALSE;
      goto out;
    }
  book->date1904 = info.date1904;
  log->italian = names_italian (info.names);
  g_clear_pointer (&part, g_bytes_unref);

  part = _pdz_zip_read (zip, "xl/_rels/workbook.xml.rels", &status);
  if (part == NULL)
    {
      zip_error (log, status, "xl/_rels/workbook.xml.rels");
      ok = FALSE;
      goto out;
    }
  if (!parse_markup (&rels_parser, &rels, part, &error))
    {
      xml_error (log, "xl/_rels/workbook.xml.rels", error);
      ok = FALSE;
      goto out;
    }
  g_clear_pointer (&part, g_bytes_unref);

  /* The shared strings, if any. */
  {
    const char *path = rels.shared_strings != NULL ? rels.shared_strings : "xl/sharedStrings.xml";

    if (_pdz_zip_has (zip, path))
      {
        CellReader r;

        part = _pdz_zip_read (zip, path, &status);
        if (part == NULL)
          {
            zip_error (log, status, path);
            ok = FALSE;
            goto out;
          }
        cell_reader_init (&r, NULL, strings, &n_cells);
        ok = parse_markup (&cells_parser, &r, part, &error);
        cell_reader_clear (&r);
        if (!ok)
          {
            xml_error (log, path, error);
            goto out;
          }
        g_clear_pointer (&part, g_bytes_unref);
      }
  }

  for (guint s = 0; s < info.names->len && ok; s++)
    {
      const char *path = g_hash_table_lookup (rels.targets, info.rids->pdata[s]);
      CellReader r;

      if (path == NULL || _pdz_wb_book_find_sheet (book, info.names->pdata[s]) != NULL)
        continue;
      part = _pdz_zip_read (zip, path, &status);
      if (part == NULL)
        {
          zip_error (log, status, path);
          ok = FALSE;
          break;
        }
      cell_reader_init (&r, _pdz_wb_book_add_sheet (book, info.names->pdata[s], PDZ_WB_SHEET_DATA),
                        strings, &n_cells);
      ok = parse_markup (&cells_parser, &r, part, &error);
      cell_reader_clear (&r);
      if (!ok)
        {
          if (n_cells > PDZ_WORKBOOK_MAX_CELLS)
            _pdz_wb_error (log, info.names->pdata[s], G_MAXUINT, G_MAXUINT,
                           PDZ_WB_TR (log, "più di %u celle: rifiutato", "more than %u cells: refused"),
                           PDZ_WORKBOOK_MAX_CELLS);
          else
            xml_error (log, path, error);
          break;
        }
      if (!_pdz_wb_sheet_apply_merges (r.sheet, &n_cells))
        {
          _pdz_wb_error (log, info.names->pdata[s], G_MAXUINT, G_MAXUINT,
                         PDZ_WB_TR (log, "più di %u celle: rifiutato", "more than %u cells: refused"),
                         PDZ_WORKBOOK_MAX_CELLS);
          ok = FALSE;
        }
      g_clear_pointer (&part, g_bytes_unref);
    }

out:
  g_ptr_array_unref (info.names);
  g_ptr_array_unref (info.rids);
  g_hash_table_unref (rels.targets);
  g_free (rels.shared_strings);
  return ok ? g_steal_pointer (&book) : NULL;
}
