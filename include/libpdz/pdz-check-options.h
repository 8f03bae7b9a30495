/* pdz-check-options.h: what pdz_plan_check() checks, and how it reports
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <glib-object.h>

#include "pdz-date.h"
#include "pdz-types.h"
#include "pdz-version-macros.h"

G_BEGIN_DECLS

#define PDZ_TYPE_CHECK_OPTIONS (pdz_check_options_get_type ())

PDZ_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PdzCheckOptions, pdz_check_options, PDZ, CHECK_OPTIONS, GObject)

PDZ_AVAILABLE_IN_ALL
PdzCheckOptions *    pdz_check_options_new                (void);

PDZ_AVAILABLE_IN_ALL
const PdzDate *      pdz_check_options_get_reference_date (PdzCheckOptions    *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_check_options_set_reference_date (PdzCheckOptions    *self,
                                                           const PdzDate      *reference_date);
PDZ_AVAILABLE_IN_ALL
const char *         pdz_check_options_get_language       (PdzCheckOptions    *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_check_options_set_language       (PdzCheckOptions    *self,
                                                           const char         *language);
PDZ_AVAILABLE_IN_ALL
const char * const * pdz_check_options_get_disabled_codes (PdzCheckOptions    *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_check_options_set_disabled_codes (PdzCheckOptions    *self,
                                                           const char * const *codes);
PDZ_AVAILABLE_IN_ALL
void                 pdz_check_options_disable_code       (PdzCheckOptions    *self,
                                                           const char         *code);
PDZ_AVAILABLE_IN_ALL
void                 pdz_check_options_enable_code        (PdzCheckOptions    *self,
                                                           const char         *code);
PDZ_AVAILABLE_IN_ALL
gboolean             pdz_check_options_is_code_enabled    (PdzCheckOptions    *self,
                                                           const char         *code);

G_END_DECLS
