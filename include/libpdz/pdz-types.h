/* pdz-types.h: forward declarations of the libpdz types
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _PdzPlan PdzPlan;
typedef struct _PdzMacroarea PdzMacroarea;
typedef struct _PdzObjective PdzObjective;
typedef struct _PdzAction PdzAction;
typedef struct _PdzProject PdzProject;
typedef struct _PdzPartner PdzPartner;
typedef struct _PdzParticipation PdzParticipation;
typedef struct _PdzFunding PdzFunding;
typedef struct _PdzIndicator PdzIndicator;
typedef struct _PdzMeasurement PdzMeasurement;
typedef struct _PdzDate PdzDate;

G_END_DECLS
