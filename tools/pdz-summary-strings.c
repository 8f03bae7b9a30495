/* pdz-summary-strings.c: the fixed texts of pdz summary, in Italian and English
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every PdzSummaryMsg has a string in each table: tests/test-cli.py runs
 * the summary in both languages. Italian follows the report's wording
 * (libpdz/report/pdz-report-strings-it.c). Format strings take the
 * conversions noted in pdz-summary-private.h, the same in both languages.
 */

#include "pdz-summary-private.h"

static const PdzSummaryCatalog catalog_it = {
  .language = "it",
  .strings = {
    [PDZ_SUMMARY_MSG_UNTITLED_PLAN] = "(piano senza titolo)",
    [PDZ_SUMMARY_MSG_PLAN_PERIOD] = "piano %s",
    [PDZ_SUMMARY_MSG_PLAN_LANGUAGE] = "lingua %s",
    [PDZ_SUMMARY_MSG_MONITORING] = "Monitoraggio:",
    [PDZ_SUMMARY_MSG_N_OBJECTIVES] = "%u obiettivi",
    [PDZ_SUMMARY_MSG_N_ACTIONS] = "%u azioni",
    [PDZ_SUMMARY_MSG_N_PROJECTS] = "%u progetti",
    [PDZ_SUMMARY_MSG_COMPLETION_RATE] = "%.0f%% delle azioni concluse",

    [PDZ_SUMMARY_MSG_STATUS_BY_MACROAREA] = "Stato delle azioni per macroarea",
    [PDZ_SUMMARY_MSG_COLUMN_OBJECTIVES] = "ob.",
    [PDZ_SUMMARY_MSG_COLUMN_ACTIONS] = "az.",
    [PDZ_SUMMARY_MSG_COLUMN_PLANNED] = "prev",
    [PDZ_SUMMARY_MSG_COLUMN_IN_PROGRESS] = "corso",
    [PDZ_SUMMARY_MSG_COLUMN_COMPLETED] = "concl",
    [PDZ_SUMMARY_MSG_COLUMN_SUSPENDED] = "sosp",
    [PDZ_SUMMARY_MSG_COLUMN_CANCELLED] = "ann",
    [PDZ_SUMMARY_MSG_COLUMN_COMPLETION] = "concluse",
    [PDZ_SUMMARY_MSG_NO_MACROAREA] = "(senza macroarea)",
    [PDZ_SUMMARY_MSG_TOTAL] = "Totale",

    [PDZ_SUMMARY_MSG_TOP_PARTNERS] = "Partner principali",
    [PDZ_SUMMARY_MSG_COLUMN_PARTNER_ACTIONS] = "azioni",
    [PDZ_SUMMARY_MSG_COLUMN_PARTNER_PROJECTS] = "progetti",
    [PDZ_SUMMARY_MSG_COLUMN_ROLES] = "ruoli",
    [PDZ_SUMMARY_MSG_NO_PARTNERS] = "(nessuno)",
    [PDZ_SUMMARY_MSG_AND_MORE] = "… e altri %u",
    [PDZ_SUMMARY_MSG_ROLE_PARTICIPANT] = "partecipante",
    [PDZ_SUMMARY_MSG_ROLE_LEAD] = "capofila",
    [PDZ_SUMMARY_MSG_ROLE_PARTNER] = "partner",
    [PDZ_SUMMARY_MSG_ROLE_SIGNATORY] = "firmatario",
    [PDZ_SUMMARY_MSG_ROLE_FUNDER] = "finanziatore",
    [PDZ_SUMMARY_MSG_ROLE_CONTRACTOR] = "affidatario",
    [PDZ_SUMMARY_MSG_ROLE_CONSULTED] = "consultato",

    [PDZ_SUMMARY_MSG_FUNDING_PER_SOURCE] = "Finanziamenti per fonte",
    [PDZ_SUMMARY_MSG_COLUMN_FUNDINGS] = "numero",
    [PDZ_SUMMARY_MSG_COLUMN_AMOUNT] = "importo",
    [PDZ_SUMMARY_MSG_COLUMN_AMOUNT_NOT_STATED] = "importo non indicato",
    [PDZ_SUMMARY_MSG_NO_FUNDINGS] = "(nessuno)",

    [PDZ_SUMMARY_MSG_PLANNED_AGAINST_EXTRA] = "Azioni previste e azioni extra",
    [PDZ_SUMMARY_MSG_ORIGIN_PLANNED] = "previste",
    [PDZ_SUMMARY_MSG_ORIGIN_EXTRA] = "extra",
  },
};

static const PdzSummaryCatalog catalog_en = {
  .language = "en",
  .strings = {
    [PDZ_SUMMARY_MSG_UNTITLED_PLAN] = "(untitled plan)",
    [PDZ_SUMMARY_MSG_PLAN_PERIOD] = "plan %s",
    [PDZ_SUMMARY_MSG_PLAN_LANGUAGE] = "language %s",
    [PDZ_SUMMARY_MSG_MONITORING] = "Monitoring:",
    [PDZ_SUMMARY_MSG_N_OBJECTIVES] = "%u objectives",
    [PDZ_SUMMARY_MSG_N_ACTIONS] = "%u actions",
    [PDZ_SUMMARY_MSG_N_PROJECTS] = "%u projects",
    [PDZ_SUMMARY_MSG_COMPLETION_RATE] = "%.0f%% of actions completed",

    [PDZ_SUMMARY_MSG_STATUS_BY_MACROAREA] = "Status by macroarea",
    [PDZ_SUMMARY_MSG_COLUMN_OBJECTIVES] = "obj",
    [PDZ_SUMMARY_MSG_COLUMN_ACTIONS] = "act",
    [PDZ_SUMMARY_MSG_COLUMN_PLANNED] = "pln",
    [PDZ_SUMMARY_MSG_COLUMN_IN_PROGRESS] = "prg",
    [PDZ_SUMMARY_MSG_COLUMN_COMPLETED] = "cmp",
    [PDZ_SUMMARY_MSG_COLUMN_SUSPENDED] = "sus",
    [PDZ_SUMMARY_MSG_COLUMN_CANCELLED] = "can",
    [PDZ_SUMMARY_MSG_COLUMN_COMPLETION] = "completed",
    [PDZ_SUMMARY_MSG_NO_MACROAREA] = "(no macroarea)",
    [PDZ_SUMMARY_MSG_TOTAL] = "Total",

    [PDZ_SUMMARY_MSG_TOP_PARTNERS] = "Top partners",
    [PDZ_SUMMARY_MSG_COLUMN_PARTNER_ACTIONS] = "actions",
    [PDZ_SUMMARY_MSG_COLUMN_PARTNER_PROJECTS] = "projects",
    [PDZ_SUMMARY_MSG_COLUMN_ROLES] = "roles",
    [PDZ_SUMMARY_MSG_NO_PARTNERS] = "(none)",
    [PDZ_SUMMARY_MSG_AND_MORE] = "… and %u more",
    [PDZ_SUMMARY_MSG_ROLE_PARTICIPANT] = "participant",
    [PDZ_SUMMARY_MSG_ROLE_LEAD] = "lead",
    [PDZ_SUMMARY_MSG_ROLE_PARTNER] = "partner",
    [PDZ_SUMMARY_MSG_ROLE_SIGNATORY] = "signatory",
    [PDZ_SUMMARY_MSG_ROLE_FUNDER] = "funder",
    [PDZ_SUMMARY_MSG_ROLE_CONTRACTOR] = "contractor",
    [PDZ_SUMMARY_MSG_ROLE_CONSULTED] = "consulted",

    [PDZ_SUMMARY_MSG_FUNDING_PER_SOURCE] = "Funding per source",
    [PDZ_SUMMARY_MSG_COLUMN_FUNDINGS] = "fundings",
    [PDZ_SUMMARY_MSG_COLUMN_AMOUNT] = "amount",
    [PDZ_SUMMARY_MSG_COLUMN_AMOUNT_NOT_STATED] = "amount not stated",
    [PDZ_SUMMARY_MSG_NO_FUNDINGS] = "(none)",

    [PDZ_SUMMARY_MSG_PLANNED_AGAINST_EXTRA] = "Planned against extra actions",
    [PDZ_SUMMARY_MSG_ORIGIN_PLANNED] = "planned",
    [PDZ_SUMMARY_MSG_ORIGIN_EXTRA] = "extra",
  },
};

static const PdzSummaryCatalog * const catalogs[] = { &catalog_it, &catalog_en };

const PdzSummaryCatalog *
pdz_summary_catalog_lookup (const char *language)
{
  for (guint i = 0; i < G_N_ELEMENTS (catalogs); i++)
    {
      if (g_strcmp0 (catalogs[i]->language, language) == 0)
        return catalogs[i];
    }
  return NULL;
}

const char *
pdz_summary_msg (const PdzSummaryCatalog *catalog,
                 PdzSummaryMsg            msg)
{
  g_return_val_if_fail (catalog != NULL, "");
  g_return_val_if_fail ((guint) msg < PDZ_SUMMARY_N_MSGS, "");
  g_return_val_if_fail (catalog->strings[msg] != NULL, "");

  return catalog->strings[msg];
}

char *
pdz_summary_msgf (const PdzSummaryCatalog *catalog,
                  PdzSummaryMsg            msg,
                  ...)
{
  va_list args;
  char *result;

  va_start (args, msg);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  result = g_strdup_vprintf (pdz_summary_msg (catalog, msg), args);
#pragma GCC diagnostic pop
  va_end (args);

  return result;
}
