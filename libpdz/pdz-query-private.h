/* pdz-query-private.h: what PdzStats takes from PdzQuery
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "pdz.h"

G_BEGIN_DECLS

/* The bullets a query's result counts as, by the counting rule: the
 * bullets of the actions it finds whose own status and origin meet the
 * query's, each once, in the order of the file. The one implementation
 * behind pdz_query_count_actions() and PdzStats. (transfer full)
 * (element-type PdzAction) */
GPtrArray *_pdz_query_dup_bullets (PdzQuery *query);

G_END_DECLS
