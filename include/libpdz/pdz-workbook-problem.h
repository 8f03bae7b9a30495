/* pdz-workbook-problem.h: one thing the workbook import found, with its cell
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <glib-object.h>

#include "pdz-types.h"
#include "pdz-version-macros.h"
#include "pdz-workbook.h"

G_BEGIN_DECLS

#define PDZ_TYPE_WORKBOOK_PROBLEM (pdz_workbook_problem_get_type ())

PDZ_AVAILABLE_IN_0_2
_PDZ_DECLARE_FINAL_TYPE (PdzWorkbookProblem, pdz_workbook_problem, PDZ, WORKBOOK_PROBLEM, GObject)

PDZ_AVAILABLE_IN_0_2
PdzWorkbookSeverity pdz_workbook_problem_get_severity (PdzWorkbookProblem *self);
PDZ_AVAILABLE_IN_0_2
const char *        pdz_workbook_problem_get_sheet    (PdzWorkbookProblem *self);
PDZ_AVAILABLE_IN_0_2
const char *        pdz_workbook_problem_get_cell     (PdzWorkbookProblem *self);
PDZ_AVAILABLE_IN_0_2
guint               pdz_workbook_problem_get_row      (PdzWorkbookProblem *self);
PDZ_AVAILABLE_IN_0_2
guint               pdz_workbook_problem_get_column   (PdzWorkbookProblem *self);
PDZ_AVAILABLE_IN_0_2
const char *        pdz_workbook_problem_get_message  (PdzWorkbookProblem *self);
PDZ_AVAILABLE_IN_0_2
char *              pdz_workbook_problem_to_string    (PdzWorkbookProblem *self);

G_END_DECLS
