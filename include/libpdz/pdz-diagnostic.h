/* pdz-diagnostic.h: a problem found in a plan by pdz_plan_check()
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

G_BEGIN_DECLS

/**
 * PdzSeverity:
 * @PDZ_SEVERITY_INFO: worth knowing, nothing is wrong (`info`)
 * @PDZ_SEVERITY_WARNING: probably incomplete or inconsistent (`warning`)
 * @PDZ_SEVERITY_ERROR: certainly wrong (`error`)
 *
 * How serious a [class@Pdz.Diagnostic] is. The values are ordered: a
 * greater value is more serious.
 */
typedef enum {
  PDZ_SEVERITY_INFO,
  PDZ_SEVERITY_WARNING,
  PDZ_SEVERITY_ERROR,
} PdzSeverity;

#define PDZ_TYPE_DIAGNOSTIC (pdz_diagnostic_get_type ())

PDZ_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PdzDiagnostic, pdz_diagnostic, PDZ, DIAGNOSTIC, GObject)

PDZ_AVAILABLE_IN_ALL
PdzDiagnostic * pdz_diagnostic_new          (PdzSeverity    severity,
                                             const char    *code,
                                             const char    *pointer,
                                             const char    *message,
                                             GObject       *subject);

PDZ_AVAILABLE_IN_ALL
PdzSeverity     pdz_diagnostic_get_severity (PdzDiagnostic *self);
PDZ_AVAILABLE_IN_ALL
const char *    pdz_diagnostic_get_code     (PdzDiagnostic *self);
PDZ_AVAILABLE_IN_ALL
const char *    pdz_diagnostic_get_pointer  (PdzDiagnostic *self);
PDZ_AVAILABLE_IN_ALL
const char *    pdz_diagnostic_get_message  (PdzDiagnostic *self);
PDZ_AVAILABLE_IN_ALL
GObject *       pdz_diagnostic_get_subject  (PdzDiagnostic *self);
PDZ_AVAILABLE_IN_ALL
char *          pdz_diagnostic_to_string    (PdzDiagnostic *self);

PDZ_AVAILABLE_IN_ALL
const char *    pdz_severity_to_string      (PdzSeverity    severity);

G_END_DECLS
