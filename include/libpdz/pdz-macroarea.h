/* pdz-macroarea.h: a policy area of the plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <gio/gio.h>

#include "pdz-date.h"
#include "pdz-enums.h"
#include "pdz-types.h"
#include "pdz-version-macros.h"

G_BEGIN_DECLS

#define PDZ_TYPE_MACROAREA (pdz_macroarea_get_type ())

PDZ_AVAILABLE_IN_ALL
_PDZ_DECLARE_FINAL_TYPE (PdzMacroarea, pdz_macroarea, PDZ, MACROAREA, GObject)

PDZ_AVAILABLE_IN_ALL
PdzMacroarea * pdz_macroarea_new       (const char   *id,
                                        const char   *title);

PDZ_AVAILABLE_IN_ALL
const char *   pdz_macroarea_get_id    (PdzMacroarea *self);
PDZ_AVAILABLE_IN_ALL
void           pdz_macroarea_set_id    (PdzMacroarea *self,
                                        const char   *id);
PDZ_AVAILABLE_IN_ALL
const char *   pdz_macroarea_get_title (PdzMacroarea *self);
PDZ_AVAILABLE_IN_ALL
void           pdz_macroarea_set_title (PdzMacroarea *self,
                                        const char   *title);
PDZ_AVAILABLE_IN_ALL
const char *   pdz_macroarea_get_code  (PdzMacroarea *self);
PDZ_AVAILABLE_IN_ALL
void           pdz_macroarea_set_code  (PdzMacroarea *self,
                                        const char   *code);
PDZ_AVAILABLE_IN_ALL
PdzPlan *      pdz_macroarea_get_plan  (PdzMacroarea *self);

G_END_DECLS
