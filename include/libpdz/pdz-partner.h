/* pdz-partner.h: an organisation taking part in the plan
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

#define PDZ_TYPE_PARTNER (pdz_partner_get_type ())

PDZ_AVAILABLE_IN_ALL
_PDZ_DECLARE_FINAL_TYPE (PdzPartner, pdz_partner, PDZ, PARTNER, GObject)

PDZ_AVAILABLE_IN_ALL
PdzPartner *   pdz_partner_new              (const char    *id,
                                             const char    *name);

PDZ_AVAILABLE_IN_ALL
const char *   pdz_partner_get_id           (PdzPartner    *self);
PDZ_AVAILABLE_IN_ALL
void           pdz_partner_set_id           (PdzPartner    *self,
                                             const char    *id);
PDZ_AVAILABLE_IN_ALL
const char *   pdz_partner_get_name         (PdzPartner    *self);
PDZ_AVAILABLE_IN_ALL
void           pdz_partner_set_name         (PdzPartner    *self,
                                             const char    *name);
PDZ_AVAILABLE_IN_ALL
const char *   pdz_partner_get_short_name   (PdzPartner    *self);
PDZ_AVAILABLE_IN_ALL
void           pdz_partner_set_short_name   (PdzPartner    *self,
                                             const char    *short_name);
PDZ_AVAILABLE_IN_ALL
PdzPartnerKind pdz_partner_get_kind         (PdzPartner    *self);
PDZ_AVAILABLE_IN_ALL
void           pdz_partner_set_kind         (PdzPartner    *self,
                                             PdzPartnerKind kind);
PDZ_AVAILABLE_IN_ALL
const char *   pdz_partner_get_website      (PdzPartner    *self);
PDZ_AVAILABLE_IN_ALL
void           pdz_partner_set_website      (PdzPartner    *self,
                                             const char    *website);
PDZ_AVAILABLE_IN_ALL
const char *   pdz_partner_get_display_name (PdzPartner    *self);

G_END_DECLS
