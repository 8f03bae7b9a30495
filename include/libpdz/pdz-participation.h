/* pdz-participation.h: a partner in a role
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

#define PDZ_TYPE_PARTICIPATION (pdz_participation_get_type ())

PDZ_AVAILABLE_IN_ALL
_PDZ_DECLARE_FINAL_TYPE (PdzParticipation, pdz_participation, PDZ, PARTICIPATION, GObject)

PDZ_AVAILABLE_IN_ALL
PdzParticipation * pdz_participation_new         (PdzPartner       *partner,
                                                  PdzRole           role);

PDZ_AVAILABLE_IN_ALL
PdzPartner *       pdz_participation_get_partner (PdzParticipation *self);
PDZ_AVAILABLE_IN_ALL
void               pdz_participation_set_partner (PdzParticipation *self,
                                                  PdzPartner       *partner);
PDZ_AVAILABLE_IN_ALL
PdzRole            pdz_participation_get_role    (PdzParticipation *self);
PDZ_AVAILABLE_IN_ALL
void               pdz_participation_set_role    (PdzParticipation *self,
                                                  PdzRole           role);

G_END_DECLS
