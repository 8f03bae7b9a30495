/* pdz-workbook-import.c: reading a plan from a workbook, with every problem
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-workbook-private.h"

#include <string.h>

#include "pdz-file-private.h"
#include "pdz-language-private.h"
#include "pdz-odf-private.h"

/**
 * PdzWorkbookImport:
 *
 * Reads a plan from a workbook (XLSX, ODS, or a directory of CSV tables)
 * that [method@Pdz.Plan.export_workbook] wrote and the office edited, and
 * keeps what it found: every problem, each with its sheet and cell, and
 * notes on what it did (the ids it made for new rows, the sheets it
 * ignored).
 *
 * ```c
 * g_autoptr(PdzWorkbookImport) import = pdz_workbook_import_new ();
 * g_autoptr(PdzPlan) plan = pdz_workbook_import_load (import, file, NULL, &error);
 * GListModel *problems = pdz_workbook_import_get_problems (import);
 *
 * for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
 *   {
 *     g_autoptr(PdzWorkbookProblem) problem = g_list_model_get_item (problems, i);
 *     g_autofree char *line = pdz_workbook_problem_to_string (problem);
 *
 *     g_printerr ("pdz: import: %s: %s\n", "piano.xlsx", line);
 *   }
 * ```
 *
 * An import object reads one workbook; loading again starts afresh.
 *
 * Since: 0.2
 */
struct _PdzWorkbookImport
{
  GObject parent_instance;

  guint max_errors;
  GListStore *problems;      /* (owned) (element-type PdzWorkbookProblem) */
  guint n_errors;
  GStrv new_ids;             /* (owned) */
};

G_DEFINE_FINAL_TYPE (PdzWorkbookImport, pdz_workbook_import, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MAX_ERRORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pdz_workbook_import_finalize (GObject *object)
{
  PdzWorkbookImport *self = PDZ_WORKBOOK_IMPORT (object);

  g_clear_object (&self->problems);
  g_strfreev (self->new_ids);

  G_OBJECT_CLASS (pdz_workbook_import_parent_class)->finalize (object);
}

static void
pdz_workbook_import_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PdzWorkbookImport *self = PDZ_WORKBOOK_IMPORT (object);

  switch (prop_id)
    {
    case PROP_MAX_ERRORS:
      g_value_set_uint (value, self->max_errors);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_workbook_import_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PdzWorkbookImport *self = PDZ_WORKBOOK_IMPORT (object);

  switch (prop_id)
    {
    case PROP_MAX_ERRORS:
      pdz_workbook_import_set_max_errors (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_workbook_import_class_init (PdzWorkbookImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pdz_workbook_import_finalize;
  object_class->get_property = pdz_workbook_import_get_property;
  object_class->set_property = pdz_workbook_import_set_property;

  /**
   * PdzWorkbookImport:max-errors:
   *
   * How many errors a load reports before it stops looking (it still
   * counts them, and the error message says how many more there were).
   * 0 means no limit.
   *
   * Since: 0.2
   */
  properties[PROP_MAX_ERRORS] =
    g_param_spec_uint ("max-errors", NULL, NULL,
                       0, G_MAXUINT, PDZ_WORKBOOK_DEFAULT_MAX_ERRORS,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_workbook_import_init (PdzWorkbookImport *self)
{
  self->max_errors = PDZ_WORKBOOK_DEFAULT_MAX_ERRORS;
  self->problems = g_list_store_new (PDZ_TYPE_WORKBOOK_PROBLEM);
  self->new_ids = g_new0 (char *, 1);
}

/**
 * pdz_workbook_import_new:
 *
 * Creates an import of a workbook.
 *
 * Returns: (transfer full): a new import
 *
 * Since: 0.2
 */
PdzWorkbookImport *
pdz_workbook_import_new (void)
{
  return g_object_new (PDZ_TYPE_WORKBOOK_IMPORT, NULL);
}

/**
 * pdz_workbook_import_get_max_errors:
 * @self: an import
 *
 * Gets [property@Pdz.WorkbookImport:max-errors].
 *
 * Returns: the most errors reported, or 0 for no limit
 *
 * Since: 0.2
 */
guint
pdz_workbook_import_get_max_errors (PdzWorkbookImport *self)
{
  g_return_val_if_fail (PDZ_IS_WORKBOOK_IMPORT (self), 0);

  return self->max_errors;
}

/**
 * pdz_workbook_import_set_max_errors:
 * @self: an import
 * @max_errors: the most errors to report, or 0 for no limit
 *
 * Sets [property@Pdz.WorkbookImport:max-errors].
 *
 * Since: 0.2
 */
void
pdz_workbook_import_set_max_errors (PdzWorkbookImport *self,
                                    guint              max_errors)
{
  g_return_if_fail (PDZ_IS_WORKBOOK_IMPORT (self));

  if (self->max_errors == max_errors)
    return;
  self->max_errors = max_errors;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_ERRORS]);
}

/**
 * pdz_workbook_import_get_problems:
 * @self: an import
 *
 * The problems and notes of the last load, in the order found.
 *
 * Returns: (transfer none): a list of [class@Pdz.WorkbookProblem]
 *
 * Since: 0.2
 */
GListModel *
pdz_workbook_import_get_problems (PdzWorkbookImport *self)
{
  g_return_val_if_fail (PDZ_IS_WORKBOOK_IMPORT (self), NULL);

  return G_LIST_MODEL (self->problems);
}

/**
 * pdz_workbook_import_get_n_errors:
 * @self: an import
 *
 * How many errors the last load found, including those past
 * [property@Pdz.WorkbookImport:max-errors] that it did not list.
 *
 * Returns: the number of errors; 0 after a load that gave a plan
 *
 * Since: 0.2
 */
guint
pdz_workbook_import_get_n_errors (PdzWorkbookImport *self)
{
  g_return_val_if_fail (PDZ_IS_WORKBOOK_IMPORT (self), 0);

  return self->n_errors;
}

/**
 * pdz_workbook_import_get_new_ids:
 * @self: an import
 *
 * The ids that the last load made for new rows (rows with an empty id),
 * in the order of the sheets and rows. Each is also a note among the
 * problems, with its cell.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids
 *
 * Since: 0.2
 */
const char * const *
pdz_workbook_import_get_new_ids (PdzWorkbookImport *self)
{
  g_return_val_if_fail (PDZ_IS_WORKBOOK_IMPORT (self), NULL);

  return (const char * const *) self->new_ids;
}

/* --- Reading files --- */

typedef enum
{
  KIND_UNKNOWN,
  KIND_XLSX,
  KIND_XLSM,
  KIND_ODS,
  KIND_OTHER_ODF,
  KIND_XLS,
} FileKind;

static FileKind
sniff (const guint8 *data,
       gsize         length)
{
  static const guint8 ole2[] = { 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1 };
  PdzZipStatus status;
  g_autoptr(PdzZip) zip = NULL;

  if (length >= sizeof ole2 && memcmp (data, ole2, sizeof ole2) == 0)
    return KIND_XLS;
  if (length < 4 || memcmp (data, "PK\003\004", 4) != 0)
    return KIND_UNKNOWN;
  zip = _pdz_zip_open (data, length, &status);
  if (zip == NULL)
    return KIND_XLSX;    /* let the reader say what is wrong with the zip */
  if (_pdz_zip_has (zip, "mimetype"))
    {
      g_autoptr(GBytes) mimetype = _pdz_zip_read (zip, "mimetype", &status);
      const char *text = mimetype != NULL ? g_bytes_get_data (mimetype, NULL) : "";

      if (mimetype != NULL && g_str_has_prefix (text, "application/vnd.oasis.opendocument.spreadsheet"))
        return KIND_ODS;
      if (mimetype != NULL && g_str_has_prefix (text, "application/vnd.oasis.opendocument."))
        return KIND_OTHER_ODF;
    }
  if (_pdz_zip_has (zip, "content.xml") && !_pdz_zip_has (zip, "xl/workbook.xml"))
    return KIND_ODS;
  if (_pdz_zip_has (zip, "xl/vbaProject.bin"))
    return KIND_XLSM;
  if (_pdz_zip_has (zip, "[Content_Types].xml"))
    {
      g_autoptr(GBytes) types = _pdz_zip_read (zip, "[Content_Types].xml", &status);

      if (types != NULL && strstr (g_bytes_get_data (types, NULL), "macroEnabled") != NULL)
        return KIND_XLSM;
    }
  return KIND_XLSX;
}

static void
refuse (PdzWbLog *log,
        FileKind  kind)
{
  switch (kind)
    {
    case KIND_XLS:
      _pdz_wb_error (log, NULL, G_MAXUINT, G_MAXUINT,
                     PDZ_WB_TR (log,
                                "è un file di Excel 97-2003 (.xls), che non si importa: salvatelo come "
                                "«Cartella di lavoro di Excel (.xlsx)» e importate quello",
                                "it is an Excel 97-2003 file (.xls), which is not imported: save it as "
                                "“Excel Workbook (.xlsx)” and import that"));
      break;
    case KIND_XLSM:
      _pdz_wb_error (log, NULL, G_MAXUINT, G_MAXUINT,
                     PDZ_WB_TR (log,
                                "è una cartella con macro (.xlsm), che non si importa: salvatela come "
                                "«Cartella di lavoro di Excel (.xlsx)» e importate quella",
                                "it is a macro-enabled workbook (.xlsm), which is not imported: save it as "
                                "“Excel Workbook (.xlsx)” and import that"));
      break;
    case KIND_OTHER_ODF:
      _pdz_wb_error (log, NULL, G_MAXUINT, G_MAXUINT,
                     PDZ_WB_TR (log,
                                "è un documento OpenDocument ma non un foglio di calcolo: importate un file "
                                ".ods, .xlsx o una cartella di tabelle CSV",
                                "it is an OpenDocument file but not a spreadsheet: import an .ods or .xlsx "
                                "file, or a folder of CSV tables"));
      break;
    case KIND_UNKNOWN:
    default:
      _pdz_wb_error (log, NULL, G_MAXUINT, G_MAXUINT,
                     PDZ_WB_TR (log,
                                "non è una cartella di lavoro (.xlsx, .ods) né una cartella di tabelle CSV; "
                                "una tabella CSV da sola non basta: importate la cartella che ha plan.csv",
                                "it is not a workbook (.xlsx, .ods) nor a folder of CSV tables; one CSV "
                                "table alone is not enough: import the folder that has plan.csv"));
      break;
    }
}

/* The language of the CSV tables: plan.csv's language column. */
static void
csv_language (PdzWbBook *book,
              PdzWbLog  *log)
{
  PdzWbSheet *plan = _pdz_wb_book_find_sheet (book, "plan.csv");

  if (plan == NULL)
    return;
  for (guint c = 0; c < _pdz_wb_sheet_n_columns (plan, 0); c++)
    {
      const PdzWbCell *name = _pdz_wb_sheet_peek (plan, 0, c);
      const PdzWbCell *value = _pdz_wb_sheet_peek (plan, 1, c);

      if (name != NULL && name->type == PDZ_WB_TEXT && strcmp (name->text, "language") == 0 &&
          value != NULL && value->type == PDZ_WB_TEXT)
        log->italian = g_strcmp0 (_pdz_language_lookup (value->text), "en") != 0;
    }
}

PdzPlan *
_pdz_workbook_import_data (const guint8 *data,
                           gsize         length,
                           PdzWbLog     *log,
                           GPtrArray    *new_ids)
{
  g_autoptr(PdzWbBook) book = NULL;
  FileKind kind = sniff (data, length);

  switch (kind)
    {
    case KIND_XLSX:
      book = _pdz_workbook_read_xlsx (data, length, log);
      break;
    case KIND_ODS:
      book = _pdz_workbook_read_ods (data, length, log);
      break;
    case KIND_UNKNOWN:
      {
        /* For the fuzzer: the tables of a CSV folder, in the order of the
         * sheets, separated by form feeds. */
        const char *p = (const char *) data, *end = p + length;

        book = _pdz_wb_book_new (PDZ_WORKBOOK_FORMAT_CSV);
        for (guint k = 0; k < G_N_ELEMENTS (_pdz_wb_sheets) && p <= end; k++)
          {
            const char *ff = memchr (p, '\f', end - p);
            const char *stop = ff != NULL ? ff : end;
            g_autofree char *table = g_strndup (p, stop - p);

            if (!_pdz_workbook_read_csv (book, _pdz_wb_sheets[k].file, table, stop - p, log))
              return NULL;
            p = stop + 1;
          }
        csv_language (book, log);
      }
      break;
    default:
      refuse (log, kind);
      return NULL;
    }
  if (book == NULL)
    return NULL;
  return _pdz_workbook_to_plan (book, log, new_ids);
}

static PdzWbBook *
read_csv_directory (const char    *path,
                    PdzWbLog      *log,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(PdzWbBook) book = _pdz_wb_book_new (PDZ_WORKBOOK_FORMAT_CSV);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *plan_csv = g_build_filename (path, "plan.csv", NULL);
  const char *name;
  gboolean ok = TRUE;

  dir = g_dir_open (path, 0, error);
  if (dir == NULL)
    return NULL;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".csv") && name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

  if (!g_file_test (plan_csv, G_FILE_TEST_EXISTS))
    {
      gboolean report = FALSE;

      for (guint i = 0; i < names->len; i++)
        report |= strcmp (names->pdata[i], "objectives.csv") == 0;
      if (report)
        _pdz_wb_error (log, NULL, G_MAXUINT, G_MAXUINT,
                       PDZ_WB_TR (log,
                                  "la cartella non ha plan.csv: sono le tabelle di «pdz report»? Per importare, "
                                  "esportate il piano con «pdz export -o CARTELLA/»",
                                  "the folder has no plan.csv: are these the tables of “pdz report”? To import, "
                                  "export the plan with “pdz export -o FOLDER/”"));
      else
        _pdz_wb_error (log, NULL, G_MAXUINT, G_MAXUINT,
                       PDZ_WB_TR (log, "la cartella non ha plan.csv: non è una cartella di tabelle di «pdz export»",
                                  "the folder has no plan.csv: not a folder of tables of “pdz export”"));
      return g_steal_pointer (&book);
    }

  if (names->len > PDZ_WORKBOOK_MAX_SHEETS)
    {
      _pdz_wb_error (log, NULL, G_MAXUINT, G_MAXUINT,
                     PDZ_WB_TR (log, "più di %u file CSV", "more than %u CSV files"), PDZ_WORKBOOK_MAX_SHEETS);
      return g_steal_pointer (&book);
    }
  for (guint i = 0; i < names->len && ok; i++)
    {
      g_autofree char *file_path = g_build_filename (path, names->pdata[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (file_path);
      g_autofree char *contents = NULL;
      gsize length;

      if (!_pdz_file_load (file, cancellable, &contents, &length, NULL, error))
        return NULL;
      ok = _pdz_workbook_read_csv (book, names->pdata[i], contents, length, log);
    }
  csv_language (book, log);
  return g_steal_pointer (&book);
}

/* The GError of a failed load: one line per problem, each after the
 * file's name. */
static void
set_error (PdzWorkbookImport  *self,
           PdzWbLog           *log,
           const char         *display,
           GError            **error)
{
  GString *message = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->problems));
  gboolean whole_file = TRUE;
  PdzError code;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzWorkbookProblem) problem = g_list_model_get_item (G_LIST_MODEL (self->problems), i);
      g_autofree char *line = NULL;

      if (pdz_workbook_problem_get_severity (problem) != PDZ_WORKBOOK_SEVERITY_ERROR)
        continue;
      line = pdz_workbook_problem_to_string (problem);
      if (message->len > 0)
        g_string_append_c (message, '\n');
      g_string_append_printf (message, "%s: %s", display, line);
      whole_file &= pdz_workbook_problem_get_sheet (problem) == NULL;
    }
  if (log->n_dropped > 0)
    g_string_append_printf (message,
                            log->italian ? "\n%s: … e altri %u errori" : "\n%s: … and %u more errors",
                            display, log->n_dropped);

  code = whole_file ? PDZ_ERROR_FORMAT : PDZ_ERROR_INVALID_VALUE;
  g_set_error_literal (error, PDZ_ERROR, code, message->str);
  g_string_free (message, TRUE);
}

/**
 * pdz_workbook_import_load:
 * @self: an import
 * @file: an XLSX or ODS workbook, or a directory of CSV tables
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a plan from @file, as [ctor@Pdz.Plan.new_from_workbook] does, and
 * keeps the problems and notes in [method@Pdz.WorkbookImport.get_problems]
 * and the ids made for new rows in [method@Pdz.WorkbookImport.get_new_ids].
 *
 * The file is recognised by its content, not its name: a zip with
 * `xl/workbook.xml` is XLSX, one whose `mimetype` says so is ODS. An Excel
 * 97-2003 file (`.xls`) and a macro-enabled workbook (`.xlsm`) are refused
 * with %PDZ_ERROR_UNSUPPORTED and a message that says to save it as
 * `.xlsx`; a report of `pdz report`, or a file that is not a workbook, with
 * %PDZ_ERROR_FORMAT. The limits of doc/workbook.md apply (the file's size,
 * the zip's entries and uncompressed size, rows, columns and cells).
 *
 * Returns: (transfer full): the plan, or %NULL with @error set; its
 *   message has one line per error, up to
 *   [property@Pdz.WorkbookImport:max-errors]
 *
 * Since: 0.2
 */
PdzPlan *
pdz_workbook_import_load (PdzWorkbookImport  *self,
                          GFile              *file,
                          GCancellable       *cancellable,
                          GError            **error)
{
  g_autofree char *path = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GPtrArray) new_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PdzPlan) plan = NULL;
  PdzWbLog log = { NULL, };

  g_return_val_if_fail (PDZ_IS_WORKBOOK_IMPORT (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_list_store_remove_all (self->problems);
  g_clear_pointer (&self->new_ids, g_strfreev);
  self->new_ids = g_new0 (char *, 1);
  self->n_errors = 0;

  path = _pdz_file_get_local_path (file, error);
  if (path == NULL)
    return NULL;
  display = g_filename_display_basename (path);

  log.problems = self->problems;
  log.max_errors = self->max_errors;
  log.italian = TRUE;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(PdzWbBook) book = read_csv_directory (path, &log, cancellable, error);

      if (book == NULL)
        return NULL;
      if (log.n_errors == 0)
        plan = _pdz_workbook_to_plan (book, &log, new_ids);
    }
  else
    {
      g_autofree char *contents = NULL;
      gsize length;

      if (!_pdz_file_load (file, cancellable, &contents, &length, NULL, error))
        return NULL;
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      {
        FileKind kind = sniff ((const guint8 *) contents, length);

        if (kind == KIND_XLS || kind == KIND_XLSM || kind == KIND_OTHER_ODF || kind == KIND_UNKNOWN)
          {
            refuse (&log, kind);
            self->n_errors = log.n_errors;
            set_error (self, &log, display, error);
            if (kind != KIND_UNKNOWN && error != NULL && *error != NULL)
              (*error)->code = PDZ_ERROR_UNSUPPORTED;
            return NULL;
          }
      }
      plan = _pdz_workbook_import_data ((const guint8 *) contents, length, &log, new_ids);
    }

  self->n_errors = log.n_errors;
  if (log.n_errors > 0 || plan == NULL)
    {
      g_clear_object (&plan);
      if (log.n_errors == 0)
        _pdz_wb_error (&log, NULL, G_MAXUINT, G_MAXUINT, "%s",
                       PDZ_WB_TR (&log, "non è una cartella di lavoro del piano",
                                  "not a workbook of a plan"));
      self->n_errors = log.n_errors;
      set_error (self, &log, display, error);
      return NULL;
    }

  g_ptr_array_add (new_ids, NULL);
  g_strfreev (self->new_ids);
  self->new_ids = (GStrv) g_ptr_array_steal (new_ids, NULL);
  return g_steal_pointer (&plan);
}
