/* pdz-workbook-import.h: reading a plan from a workbook, with every problem
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
#include "pdz-workbook.h"

G_BEGIN_DECLS

#define PDZ_TYPE_WORKBOOK_IMPORT (pdz_workbook_import_get_type ())

PDZ_AVAILABLE_IN_0_2
_PDZ_DECLARE_FINAL_TYPE (PdzWorkbookImport, pdz_workbook_import, PDZ, WORKBOOK_IMPORT, GObject)

/**
 * PDZ_WORKBOOK_DEFAULT_MAX_ERRORS:
 *
 * The default of [property@Pdz.WorkbookImport:max-errors]: how many errors
 * an import reports before it stops looking.
 *
 * Since: 0.2
 */
#define PDZ_WORKBOOK_DEFAULT_MAX_ERRORS 50

PDZ_AVAILABLE_IN_0_2
PdzWorkbookImport *  pdz_workbook_import_new            (void);
PDZ_AVAILABLE_IN_0_2
guint                pdz_workbook_import_get_max_errors (PdzWorkbookImport *self);
PDZ_AVAILABLE_IN_0_2
void                 pdz_workbook_import_set_max_errors (PdzWorkbookImport *self,
                                                         guint              max_errors);
PDZ_AVAILABLE_IN_0_2
PdzPlan *            pdz_workbook_import_load           (PdzWorkbookImport *self,
                                                         GFile             *file,
                                                         GCancellable      *cancellable,
                                                         GError           **error);
PDZ_AVAILABLE_IN_0_2
GListModel *         pdz_workbook_import_get_problems   (PdzWorkbookImport *self);
PDZ_AVAILABLE_IN_0_2
guint                pdz_workbook_import_get_n_errors   (PdzWorkbookImport *self);
PDZ_AVAILABLE_IN_0_2
const char * const * pdz_workbook_import_get_new_ids    (PdzWorkbookImport *self);

G_END_DECLS
