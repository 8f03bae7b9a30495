/* pdz-check.h: checks of a plan that loaded fine but may be wrong or incomplete
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <gio/gio.h>

#include "pdz-check-options.h"
#include "pdz-diagnostic.h"
#include "pdz-types.h"
#include "pdz-version-macros.h"

G_BEGIN_DECLS

PDZ_AVAILABLE_IN_ALL
GListModel *         pdz_plan_check              (PdzPlan         *self,
                                                  PdzCheckOptions *options);

PDZ_AVAILABLE_IN_ALL
const char * const * pdz_check_get_codes         (void);
PDZ_AVAILABLE_IN_ALL
gboolean             pdz_check_get_code_severity (const char      *code,
                                                  PdzSeverity     *severity);

G_END_DECLS
