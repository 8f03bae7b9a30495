/* pdz-workbook.c: the plan as an editable workbook
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The entry points (pdz_plan_export_workbook(), pdz_plan_new_from_workbook())
 * and the formats: they hand the work to the export, the import and the
 * writers, and nothing calls back here. See pdz-workbook-private.h for how
 * the files fit together.
 */

#include "pdz-config.h"

#include "pdz-workbook-private.h"

#include "pdz-file-private.h"

/* --- Formats --- */

/**
 * pdz_workbook_format_is_available:
 * @format: a workbook format
 *
 * Whether this build of libpdz writes @format. XLSX needs the `xlsx` build
 * option (libxlsxwriter), ODS the `odf` option; CSV is always there.
 * Reading every format is always there.
 *
 * Returns: whether [method@Pdz.Plan.export_workbook] can write @format
 *
 * Since: 0.2
 */
gboolean
pdz_workbook_format_is_available (PdzWorkbookFormat format)
{
  switch (format)
    {
    case PDZ_WORKBOOK_FORMAT_XLSX:
      return PDZ_HAVE_XLSX;
    case PDZ_WORKBOOK_FORMAT_ODS:
      return PDZ_HAVE_ODS;
    case PDZ_WORKBOOK_FORMAT_CSV:
      return TRUE;
    default:
      return FALSE;
    }
}

/**
 * pdz_workbook_format_guess:
 * @path: (type filename): where the workbook is to be written or read
 * @format: (out) (optional): the format
 *
 * Guesses the workbook format of @path the way `pdz export` and `pdz
 * import` do: `.xlsx` is XLSX, `.ods` is ODS (without regard to case), and
 * a path ending in `/` or naming an existing directory is a directory of
 * CSV tables.
 *
 * Returns: %TRUE when @path names a format
 *
 * Since: 0.2
 */
gboolean
pdz_workbook_format_guess (const char        *path,
                           PdzWorkbookFormat *format)
{
  PdzWorkbookFormat guessed;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".xlsx"))
    guessed = PDZ_WORKBOOK_FORMAT_XLSX;
  else if (g_str_has_suffix (lower, ".ods"))
    guessed = PDZ_WORKBOOK_FORMAT_ODS;
  else if (g_str_has_suffix (path, "/") || g_file_test (path, G_FILE_TEST_IS_DIR))
    guessed = PDZ_WORKBOOK_FORMAT_CSV;
  else
    return FALSE;
  if (format != NULL)
    *format = guessed;
  return TRUE;
}

/**
 * pdz_plan_export_workbook:
 * @self: a plan
 * @file: the file to write, or for %PDZ_WORKBOOK_FORMAT_CSV the directory
 * @format: the format
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes the plan as an editable workbook: one sheet per kind of entity
 * (Piano, Macroaree, Obiettivi, Azioni, Milestone, Progetti, Partner,
 * Ruoli, Finanziamenti, Indicatori, Misurazioni; English names for a plan
 * whose language is not Italian), with headers in the plan's language on
 * row 1 and the format's member names on row 2, drop-down lists for the
 * enumerations and the references, and a read-me sheet. doc/workbook.md
 * describes the sheets and their columns.
 *
 * XLSX and ODS replace @file atomically. CSV writes the tables
 * (`plan.csv`, `macroareas.csv`, …) into the directory @file, which is
 * made if it does not exist: each table is written to a temporary file
 * first, and the tables are renamed into place only once all were
 * written, so that a failure leaves the old tables as they were (a crash
 * during the renames can leave some new beside some old).
 *
 * Text longer than a cell holds (32,767 characters) is refused for XLSX
 * and ODS, naming the sheet, the cell and the entity. With
 * `SOURCE_DATE_EPOCH` set, the bytes written are reproducible.
 *
 * [ctor@Pdz.Plan.new_from_workbook] reads the workbook back: for every
 * plan, export then import gives a plan whose canonical JSON is the same,
 * byte for byte.
 *
 * Returns: %TRUE on success
 *
 * Since: 0.2
 */
gboolean
pdz_plan_export_workbook (PdzPlan            *self,
                          GFile              *file,
                          PdzWorkbookFormat   format,
                          GCancellable       *cancellable,
                          GError            **error)
{
  g_autoptr(PdzWbBook) book = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (format <= PDZ_WORKBOOK_FORMAT_CSV, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pdz_workbook_format_is_available (format))
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED,
                   "the %s workbook is not available in this build of libpdz (build option %s)",
                   format == PDZ_WORKBOOK_FORMAT_XLSX ? "XLSX" : "ODS",
                   format == PDZ_WORKBOOK_FORMAT_XLSX ? "xlsx" : "odf");
      return FALSE;
    }

  path = _pdz_file_get_local_path (file, error);
  if (path == NULL)
    return FALSE;

  book = _pdz_workbook_build (self, format, error);
  if (book == NULL)
    return FALSE;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  switch (format)
    {
#if PDZ_HAVE_XLSX
    case PDZ_WORKBOOK_FORMAT_XLSX:
      bytes = _pdz_workbook_write_xlsx (book, cancellable, error);
      break;
#endif
#if PDZ_HAVE_ODS
    case PDZ_WORKBOOK_FORMAT_ODS:
      bytes = _pdz_workbook_write_ods (book, cancellable, error);
      break;
#endif
    case PDZ_WORKBOOK_FORMAT_CSV:
      return _pdz_workbook_write_csv (book, path, cancellable, error);
    default:
      g_assert_not_reached ();
    }
  if (bytes == NULL)
    return FALSE;
  return _pdz_file_replace (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                            cancellable, error);
}

/**
 * pdz_plan_new_from_workbook:
 * @file: an XLSX or ODS workbook, or a directory of CSV tables
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a plan from a workbook that [method@Pdz.Plan.export_workbook]
 * wrote, as the office may have edited it, in Excel, LibreOffice or any
 * other program. A directory is read as CSV tables, recognised by its
 * `plan.csv`.
 *
 * Every problem is found before anything is made, and all of them (up to
 * %PDZ_WORKBOOK_DEFAULT_MAX_ERRORS) are reported at once: the error's
 * message has one line per problem, each naming the file, the sheet and
 * the cell, in the plan's language:
 *
 * ```
 * piano.xlsx: Azioni!C12: stato «in corsoo» sconosciuto; valori ammessi: non indicato, previsto, in corso, concluso, sospeso, annullato
 * ```
 *
 * Use a [class@Pdz.WorkbookImport] for the problems one by one, for the
 * notes (the ids made for new rows, the sheets ignored) and for another
 * limit.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 *   (%PDZ_ERROR_FORMAT for a file that is not a workbook of a plan,
 *   %PDZ_ERROR_INVALID_VALUE for cells in error, %PDZ_ERROR_UNSUPPORTED for
 *   a kind of file that is refused, or a %G_IO_ERROR)
 *
 * Since: 0.2
 */
PdzPlan *
pdz_plan_new_from_workbook (GFile         *file,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(PdzWorkbookImport) import = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  import = pdz_workbook_import_new ();
  return pdz_workbook_import_load (import, file, cancellable, error);
}
