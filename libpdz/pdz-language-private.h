/* pdz-language-private.h: which language the report and the checks speak
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One rule for every part of libpdz that writes text for people (the
 * report's fixed texts and dates, the messages of pdz_plan_check()), so
 * that a report and its appendix of diagnostics never disagree. The rule
 * is documented once, in doc/report.md ("Language").
 */

#pragma once

#include "pdz-types.h"

G_BEGIN_DECLS

/* The supported language @language names, matched by its primary subtag
 * without regard to case ("it", "IT", "it_IT", "it-IT", "it_IT.UTF-8",
 * "it@euro" all name "it"), or NULL when it names none or is NULL or "".
 * (transfer none): a static string, "it" or "en" */
const char *_pdz_language_lookup (const char *language);

/* Whether _pdz_language_lookup() finds @language. */
gboolean _pdz_language_is_supported (const char *language);

/* The language to write in: @requested when it is supported; else the
 * language of @plan (nullable) when it is supported; else Italian when the
 * plan names no language (plans are Italian unless they say otherwise);
 * else English. (transfer none): "it" or "en" */
const char *_pdz_language_resolve (const char *requested,
                                   PdzPlan    *plan);

G_END_DECLS
