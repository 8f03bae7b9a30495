/* pdz.h: libpdz, Piani di Zona planning, monitoring and reporting
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The only header to include: #include <libpdz/pdz.h>
 */

#pragma once

#define PDZ_INSIDE

#include "pdz-version.h"
#include "pdz-version-macros.h"
#include "pdz-types.h"
#include "pdz-enums.h"
#include "pdz-enum-types.h"
#include "pdz-error.h"
#include "pdz-date.h"
#include "pdz-partner.h"
#include "pdz-participation.h"
#include "pdz-funding.h"
#include "pdz-measurement.h"
#include "pdz-milestone.h"
#include "pdz-indicator.h"
#include "pdz-macroarea.h"
#include "pdz-action.h"
#include "pdz-objective.h"
#include "pdz-project.h"
#include "pdz-plan.h"
#include "pdz-diagnostic.h"
#include "pdz-check-options.h"
#include "pdz-check.h"
#include "pdz-query.h"
#include "pdz-stats-row.h"
#include "pdz-stats-table.h"
#include "pdz-stats.h"
#include "pdz-report.h"
#include "pdz-format.h"

#undef PDZ_INSIDE
