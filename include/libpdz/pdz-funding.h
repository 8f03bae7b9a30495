/* pdz-funding.h: a source of money for an action or a project
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

#define PDZ_TYPE_FUNDING (pdz_funding_get_type ())

PDZ_AVAILABLE_IN_ALL
_PDZ_DECLARE_FINAL_TYPE (PdzFunding, pdz_funding, PDZ, FUNDING, GObject)

/**
 * PDZ_AMOUNT_UNKNOWN:
 *
 * The value of [property@Pdz.Funding:amount] when the amount is not stated.
 */
#define PDZ_AMOUNT_UNKNOWN ((gint64) -1)

PDZ_AVAILABLE_IN_ALL
PdzFunding *     pdz_funding_new        (const char      *source);

PDZ_AVAILABLE_IN_ALL
const char *     pdz_funding_get_source (PdzFunding      *self);
PDZ_AVAILABLE_IN_ALL
void             pdz_funding_set_source (PdzFunding      *self,
                                         const char      *source);
PDZ_AVAILABLE_IN_ALL
gint64           pdz_funding_get_amount (PdzFunding      *self);
PDZ_AVAILABLE_IN_ALL
void             pdz_funding_set_amount (PdzFunding      *self,
                                         gint64           amount);
PDZ_AVAILABLE_IN_ALL
PdzFundingStatus pdz_funding_get_status (PdzFunding      *self);
PDZ_AVAILABLE_IN_ALL
void             pdz_funding_set_status (PdzFunding      *self,
                                         PdzFundingStatus status);

G_END_DECLS
