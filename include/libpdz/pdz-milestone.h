/* pdz-milestone.h: a dated event named inside an action
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

#define PDZ_TYPE_MILESTONE (pdz_milestone_get_type ())

PDZ_AVAILABLE_IN_0_2
_PDZ_DECLARE_FINAL_TYPE (PdzMilestone, pdz_milestone, PDZ, MILESTONE, GObject)

PDZ_AVAILABLE_IN_0_2
PdzMilestone *  pdz_milestone_new        (const PdzDate *date,
                                          const char    *title);

PDZ_AVAILABLE_IN_0_2
const PdzDate * pdz_milestone_get_date   (PdzMilestone  *self);
PDZ_AVAILABLE_IN_0_2
void            pdz_milestone_set_date   (PdzMilestone  *self,
                                          const PdzDate *date);
PDZ_AVAILABLE_IN_0_2
const char *    pdz_milestone_get_title  (PdzMilestone  *self);
PDZ_AVAILABLE_IN_0_2
void            pdz_milestone_set_title  (PdzMilestone  *self,
                                          const char    *title);
PDZ_AVAILABLE_IN_0_2
PdzAction *     pdz_milestone_get_action (PdzMilestone  *self);

G_END_DECLS
