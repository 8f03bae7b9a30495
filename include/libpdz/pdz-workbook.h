/* pdz-workbook.h: the plan as an editable workbook (XLSX, ODS, CSV tables)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <gio/gio.h>

#include "pdz-types.h"
#include "pdz-version-macros.h"

G_BEGIN_DECLS

/**
 * PdzWorkbookFormat:
 * @PDZ_WORKBOOK_FORMAT_XLSX: an Office Open XML workbook (`.xlsx`), for
 *   Excel; written with libxlsxwriter
 * @PDZ_WORKBOOK_FORMAT_ODS: an OpenDocument spreadsheet (`.ods`), for
 *   LibreOffice Calc
 * @PDZ_WORKBOOK_FORMAT_CSV: a directory of CSV tables (`plan.csv`,
 *   `actions.csv`, …), one per sheet
 *
 * The formats of the workbook of a plan: see
 * [method@Pdz.Plan.export_workbook] and doc/workbook.md.
 *
 * Since: 0.2
 */
typedef enum
{
  PDZ_WORKBOOK_FORMAT_XLSX,
  PDZ_WORKBOOK_FORMAT_ODS,
  PDZ_WORKBOOK_FORMAT_CSV,
} PdzWorkbookFormat;

/**
 * PdzWorkbookSeverity:
 * @PDZ_WORKBOOK_SEVERITY_ERROR: the workbook cannot be read as it is; no
 *   plan is made
 * @PDZ_WORKBOOK_SEVERITY_NOTE: something the import did that the user
 *   should know: an id it made for a new row, a sheet it ignored
 *
 * How much a [class@Pdz.WorkbookProblem] weighs.
 *
 * Since: 0.2
 */
typedef enum
{
  PDZ_WORKBOOK_SEVERITY_ERROR,
  PDZ_WORKBOOK_SEVERITY_NOTE,
} PdzWorkbookSeverity;

PDZ_AVAILABLE_IN_0_2
gboolean  pdz_workbook_format_is_available (PdzWorkbookFormat  format);
PDZ_AVAILABLE_IN_0_2
gboolean  pdz_workbook_format_guess        (const char        *path,
                                            PdzWorkbookFormat *format);

PDZ_AVAILABLE_IN_0_2
gboolean  pdz_plan_export_workbook         (PdzPlan           *self,
                                            GFile             *file,
                                            PdzWorkbookFormat  format,
                                            GCancellable      *cancellable,
                                            GError           **error);
PDZ_AVAILABLE_IN_0_2
PdzPlan * pdz_plan_new_from_workbook       (GFile             *file,
                                            GCancellable      *cancellable,
                                            GError           **error);

G_END_DECLS
