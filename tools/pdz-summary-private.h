/* pdz-summary-private.h: the fixed texts of pdz summary
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * pdz summary speaks the languages of the report (Italian and English),
 * by the same rule (see pdz_report_get_effective_language()). Every text
 * it prints that does not come from the plan is a PdzSummaryMsg, with one
 * string per language in pdz-summary-strings.c: one table per language,
 * so that no string of one language leaks into the other. The Italian
 * wording is the report's (libpdz/report/pdz-report-strings-it.c) where
 * the report has a term, so that the command and the report agree.
 *
 * The JSON output is not text: its keys and values are API, never
 * translated.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  /* The header */
  PDZ_SUMMARY_MSG_UNTITLED_PLAN,
  PDZ_SUMMARY_MSG_PLAN_PERIOD,           /* %s: the period of the plan */
  PDZ_SUMMARY_MSG_PLAN_LANGUAGE,         /* %s: the plan's language code */
  PDZ_SUMMARY_MSG_MONITORING,
  PDZ_SUMMARY_MSG_N_OBJECTIVES,          /* %u */
  PDZ_SUMMARY_MSG_N_ACTIONS,             /* %u */
  PDZ_SUMMARY_MSG_N_PROJECTS,            /* %u */
  PDZ_SUMMARY_MSG_COMPLETION_RATE,       /* %.0f: a percentage */

  /* Status by macroarea */
  PDZ_SUMMARY_MSG_STATUS_BY_MACROAREA,
  PDZ_SUMMARY_MSG_COLUMN_OBJECTIVES,
  PDZ_SUMMARY_MSG_COLUMN_ACTIONS,
  /* The statuses, in the order of PdzStatus */
  PDZ_SUMMARY_MSG_COLUMN_PLANNED,
  PDZ_SUMMARY_MSG_COLUMN_IN_PROGRESS,
  PDZ_SUMMARY_MSG_COLUMN_COMPLETED,
  PDZ_SUMMARY_MSG_COLUMN_SUSPENDED,
  PDZ_SUMMARY_MSG_COLUMN_CANCELLED,
  PDZ_SUMMARY_MSG_COLUMN_COMPLETION,
  PDZ_SUMMARY_MSG_NO_MACROAREA,
  PDZ_SUMMARY_MSG_TOTAL,

  /* Top partners */
  PDZ_SUMMARY_MSG_TOP_PARTNERS,
  PDZ_SUMMARY_MSG_COLUMN_PARTNER_ACTIONS,
  PDZ_SUMMARY_MSG_COLUMN_PARTNER_PROJECTS,
  PDZ_SUMMARY_MSG_COLUMN_ROLES,
  PDZ_SUMMARY_MSG_NO_PARTNERS,
  PDZ_SUMMARY_MSG_AND_MORE,              /* %u: the partners not listed */
  /* The roles, in the order of PdzRole */
  PDZ_SUMMARY_MSG_ROLE_PARTICIPANT,
  PDZ_SUMMARY_MSG_ROLE_LEAD,
  PDZ_SUMMARY_MSG_ROLE_PARTNER,
  PDZ_SUMMARY_MSG_ROLE_SIGNATORY,
  PDZ_SUMMARY_MSG_ROLE_FUNDER,
  PDZ_SUMMARY_MSG_ROLE_CONTRACTOR,
  PDZ_SUMMARY_MSG_ROLE_CONSULTED,

  /* Funding per source */
  PDZ_SUMMARY_MSG_FUNDING_PER_SOURCE,
  PDZ_SUMMARY_MSG_COLUMN_FUNDINGS,
  PDZ_SUMMARY_MSG_COLUMN_AMOUNT,
  PDZ_SUMMARY_MSG_COLUMN_AMOUNT_NOT_STATED,
  PDZ_SUMMARY_MSG_NO_FUNDINGS,

  /* Planned against extra actions */
  PDZ_SUMMARY_MSG_PLANNED_AGAINST_EXTRA,
  PDZ_SUMMARY_MSG_ORIGIN_PLANNED,
  PDZ_SUMMARY_MSG_ORIGIN_EXTRA,

  PDZ_SUMMARY_N_MSGS
} PdzSummaryMsg;

/* The texts of one language. */
typedef struct {
  const char *language;                        /* "it", "en" */
  const char *strings[PDZ_SUMMARY_N_MSGS];
} PdzSummaryCatalog;

/* The catalog of @language, a code pdz_report_get_effective_language()
 * returns ("it" or "en"), or NULL when pdz summary has none. */
const PdzSummaryCatalog *pdz_summary_catalog_lookup (const char *language);

/* The text @msg of @catalog. (transfer none) */
const char *pdz_summary_msg (const PdzSummaryCatalog *catalog, PdzSummaryMsg msg);

/* The text @msg of @catalog, a printf format, with its arguments: each
 * language's string takes the same conversions, as noted above.
 * (transfer full) */
char *pdz_summary_msgf (const PdzSummaryCatalog *catalog, PdzSummaryMsg msg, ...);

G_END_DECLS
