/* pdz-catalog-private.h: the fixed texts of libpdz, one catalogue per language
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every text libpdz writes for people lives in one catalogue per language,
 * pdz-catalog-LANG.c: the report's headings, labels and sentences, the
 * messages of pdz_plan_check(), the names of the months of
 * pdz_date_format(), and the labels of the enumerations. pdz-catalog.c
 * looks a catalogue up by language and formats numbers, amounts and dates
 * by its rules; nothing depends on the locale of the process.
 *
 * A new language is a new file pdz-catalog-LANG.c (a translated copy of
 * pdz-catalog-en.c) named in the list of pdz-catalog.c: the language rule
 * of pdz-language.c takes its languages from that list. test-report
 * checks that every catalogue has every message.
 *
 * Messages are either plain texts, printf formats (the conversions noted
 * beside them, the same in every language), or, for the checks, templates
 * whose "{0}", "{1}", ... pdz-check.c replaces.
 */

#pragma once

#include <stdarg.h>

#include "pdz.h"

G_BEGIN_DECLS

typedef enum {
  /* ---- Report: cover -------------------------------------------------- */
  PDZ_MSG_REPORT_TITLE,
  PDZ_MSG_PERIOD,
  PDZ_MSG_LEAD_MUNICIPALITY,
  PDZ_MSG_MUNICIPALITIES,
  PDZ_MSG_EMAIL,
  PDZ_MSG_PHONE,
  PDZ_MSG_WEBSITE,
  PDZ_MSG_GENERATED_ON,           /* %s: the date */
  PDZ_MSG_CONTENTS,
  PDZ_MSG_SUBSET,                 /* %s of %s: actions shown, actions of the plan */
  PDZ_MSG_PRINT_PAGE,             /* "page" in "page 3 of 9", printed in the footer */
  PDZ_MSG_PRINT_OF,               /* "of" in "page 3 of 9" */

  /* ---- Report: summary ----------------------------------------------- */
  PDZ_MSG_SUMMARY,
  PDZ_MSG_KEY_FIGURES,
  PDZ_MSG_MACROAREA,
  PDZ_MSG_MACROAREA_CODE,         /* %s: the code */
  PDZ_MSG_OBJECTIVE,
  PDZ_MSG_OBJECTIVES,
  PDZ_MSG_STATUS,
  PDZ_MSG_ACTION,
  PDZ_MSG_ACTIONS,
  PDZ_MSG_PROJECT,
  PDZ_MSG_TOTAL,
  PDZ_MSG_OTHER_OBJECTIVES,
  PDZ_MSG_NO_MACROAREA,
  PDZ_MSG_PROJECT_ACTIONS,        /* the row of the actions held by projects */
  PDZ_MSG_HEALTH_GROUP,           /* the group of the health-integration objectives */
  PDZ_MSG_FIG_OBJECTIVES_DETAIL,  /* %s plan objectives, %s health-integration ones */
  PDZ_MSG_FIG_ACTIONS_DETAIL,     /* %s under objectives, %s under projects */
  PDZ_MSG_FIG_COMPLETED,          /* %s of %s actions completed (%s: the percentage) */
  PDZ_MSG_FIG_PLANNED,            /* %s of %s actions foreseen by the plan */
  PDZ_MSG_FIG_ORIGIN_NOT_STATED,  /* %s: actions whose origin is not stated */
  PDZ_MSG_FIG_EXTRA,              /* %s of %s actions extra */
  PDZ_MSG_FIG_OWN_BODY,           /* %s: the one own body of the Ambito, beside the partners */
  PDZ_MSG_FIG_OWN_BODIES,         /* %s: the Ambito's own bodies, beside the partners */
  PDZ_MSG_FIG_LABEL_COMPLETED,    /* the same figures as labels of a table */
  PDZ_MSG_FIG_LABEL_PLANNED,
  PDZ_MSG_FIG_LABEL_ORIGIN_NOT_STATED,
  PDZ_MSG_EXTRA_ACTIONS,
  PDZ_MSG_EXTRA_INTRO,
  PDZ_MSG_NO_EXTRA_ACTIONS,

  /* ---- Report: charts ------------------------------------------------ */
  PDZ_MSG_CHARTS,
  PDZ_MSG_CHART_STATUS_TITLE,
  PDZ_MSG_CHART_STATUS_DESC,      /* %s: the actions charted */
  PDZ_MSG_CHART_TIME_TITLE_MONTH,
  PDZ_MSG_CHART_TIME_TITLE_QUARTER,
  PDZ_MSG_CHART_TIME_TITLE_YEAR,
  PDZ_MSG_CHART_TIME_TITLE_YEARS, /* %u: years per bar */
  PDZ_MSG_CHART_TIME_DESC,        /* %s from, %s to, %s actions and milestones charted */
  PDZ_MSG_CHART_TIME_NOT_SHOWN,   /* %s: dated ones not shown (outside the period or less precise) */
  PDZ_MSG_CHART_TIME_NONE,        /* no action nor milestone is dated */
  PDZ_MSG_CHART_TIME_TOO_FEW,     /* %s dated, %s actions, %s milestones, %s in the period,
                                   * %s the period, %s periods (with the unit), %s needed, %s periods needed */
  PDZ_MSG_CHART_TIME_BY_YEAR,     /* %s of %s in the period give the month */
  PDZ_MSG_UNIT_MONTH,             /* %s: "1 mese" */
  PDZ_MSG_UNIT_MONTHS,            /* %s: "3 mesi" */
  PDZ_MSG_UNIT_QUARTER,
  PDZ_MSG_UNIT_QUARTERS,
  PDZ_MSG_UNIT_YEAR,
  PDZ_MSG_UNIT_YEARS,
  PDZ_MSG_UNIT_PERIOD,            /* %s, %u years: "1 periodo di 5 anni" */
  PDZ_MSG_UNIT_PERIODS,
  PDZ_MSG_CHART_BAR_ACTIONS,      /* %s: the actions of a bar, in its tooltip */
  PDZ_MSG_CHART_BAR_MILESTONES,   /* %s: the milestones of a bar */
  PDZ_MSG_QUARTER_SHORT,          /* %u: the quarter, 1-4, under its bar */
  PDZ_MSG_QUARTER_OF_YEAR,        /* %u the quarter, %d the year */
  PDZ_MSG_CHART_FUNDING_TITLE,
  PDZ_MSG_CHART_FUNDING_DESC,
  PDZ_MSG_FUNDING_SOURCES,
  PDZ_MSG_FUNDING_SOURCES_NOTE,
  PDZ_MSG_FUNDING_SOURCE_ITEM,    /* %s fundings, %s the stated amount or that none is */
  PDZ_MSG_NO_DATA,

  /* ---- Report: the regional overview (PdzReport:corpus) ---------------- */
  PDZ_MSG_REGION_TITLE,
  PDZ_MSG_REGION_PLANS,           /* %s plans that count, %s files read */
  PDZ_MSG_REGION_AMBITI,          /* the heading of the table of the ambiti */
  PDZ_MSG_REGION_AMBITO,          /* the column head */
  PDZ_MSG_REGION_ROUND,           /* column head: the end of the monitoring round */
  PDZ_MSG_REGION_COMPLETED_SHARE, /* column head: the share of the actions completed */
  PDZ_MSG_REGION_FILE,            /* column head: the file of the plan */
  PDZ_MSG_REGION_FILES_NOT_READ,  /* heading: the files that do not count */
  PDZ_MSG_REGION_FILES_NOTE,
  PDZ_MSG_REGION_EARLIER_ROUND,   /* %s the file, %s the file of the last round */
  PDZ_MSG_REGION_NO_PLANS,
  PDZ_MSG_REGION_SUMMARY_PLANS,   /* pdz summary DIR: "3 piani" */
  PDZ_MSG_REGION_SUMMARY_FILES,   /* pdz summary DIR: "12 file" */

  /* ---- Report: macroareas, objectives, actions ------------------------ */
  PDZ_MSG_OBJECTIVES_AND_ACTIONS,
  PDZ_MSG_PARTNERS,
  PDZ_MSG_PROJECTS,
  PDZ_MSG_FUNDING,
  PDZ_MSG_LINKS,
  PDZ_MSG_MILESTONES,
  PDZ_MSG_MILESTONE,              /* the mark before a milestone under its action */
  PDZ_MSG_EXTRA_MARK,
  PDZ_MSG_EXTRA_ACTION,
  PDZ_MSG_OUTSIDE_ROUND_MARK,
  PDZ_MSG_OUTSIDE_ROUND,
  PDZ_MSG_NO_ACTIONS,
  PDZ_MSG_INDICATORS,
  PDZ_MSG_INDICATOR,
  PDZ_MSG_BASELINE,
  PDZ_MSG_TARGET,
  PDZ_MSG_LATEST_VALUE,

  /* ---- Report: health integration, projects --------------------------- */
  PDZ_MSG_HEALTH_INTEGRATION,
  PDZ_MSG_SOVRA_AMBITO_PROJECTS,  /* %u: how many */
  PDZ_MSG_SCOPE,
  PDZ_MSG_LEAD,
  PDZ_MSG_START,
  PDZ_MSG_END,
  PDZ_MSG_INTERVENTIONS,
  PDZ_MSG_ACTIONS_CARRIED_OUT,
  PDZ_MSG_RELATED_ACTIONS,
  PDZ_MSG_LINKED_OBJECTIVES,
  PDZ_MSG_NO_PROJECTS,

  /* ---- Report: partners ---------------------------------------------- */
  PDZ_MSG_PARTNERS_INDEX,
  PDZ_MSG_OWN_BODIES,
  PDZ_MSG_PARTNER,
  PDZ_MSG_NAME,
  PDZ_MSG_SHORT_NAME,
  PDZ_MSG_KIND,
  PDZ_MSG_ROLES,
  PDZ_MSG_APPEARS_IN,

  /* ---- Report: funding ----------------------------------------------- */
  PDZ_MSG_FUNDING_OVERVIEW,
  PDZ_MSG_BY_SOURCE,
  PDZ_MSG_BY_STATUS,
  PDZ_MSG_SOURCE,
  PDZ_MSG_AMOUNT,
  PDZ_MSG_AMOUNT_EUR,
  PDZ_MSG_COUNT,
  PDZ_MSG_AMOUNT_NOT_STATED,      /* column head: fundings whose amount is not stated */
  PDZ_MSG_AMOUNT_UNKNOWN,         /* after "amount:": "not stated" */
  PDZ_MSG_NO_AMOUNT,              /* in running text: "amount not stated" */
  PDZ_MSG_AMOUNT_OVERFLOW,        /* a total too large for 64 bits */
  PDZ_MSG_FUNDING_NOTE,
  PDZ_MSG_FUNDING_STATUS,
  PDZ_MSG_BELONGS_TO,

  /* ---- Report: diagnostics ------------------------------------------- */
  PDZ_MSG_DIAGNOSTICS,
  PDZ_MSG_SEVERITY,
  PDZ_MSG_CODE,
  PDZ_MSG_LOCATION,
  PDZ_MSG_MESSAGE,
  PDZ_MSG_NO_DIAGNOSTICS,
  PDZ_MSG_SEVERITY_ERROR,
  PDZ_MSG_SEVERITY_WARNING,
  PDZ_MSG_SEVERITY_INFO,

  /* ---- Report: data tables (CSV, XLSX) --------------------------------- */
  PDZ_MSG_ID,
  PDZ_MSG_TITLE,
  PDZ_MSG_DESCRIPTION,
  PDZ_MSG_DATE,
  PDZ_MSG_DATE_ISO,
  PDZ_MSG_END_DATE,
  PDZ_MSG_END_DATE_ISO,
  PDZ_MSG_START_ISO,
  PDZ_MSG_END_ISO,
  PDZ_MSG_ORIGIN,
  PDZ_MSG_OWNER,
  PDZ_MSG_OWNER_ID,
  PDZ_MSG_PARENT_ID,
  PDZ_MSG_YES,
  PDZ_MSG_NO,
  PDZ_MSG_SHEET_SUMMARY,
  PDZ_MSG_SHEET_OBJECTIVES,
  PDZ_MSG_SHEET_ACTIONS,
  PDZ_MSG_SHEET_PROJECTS,
  PDZ_MSG_SHEET_PARTNERS,
  PDZ_MSG_SHEET_FUNDINGS,
  PDZ_MSG_N_ACTIONS,
  PDZ_MSG_N_OBJECTIVES,
  PDZ_MSG_N_PROJECTS,
  PDZ_MSG_N_SUB_ACTIONS,
  PDZ_MSG_N_MILESTONES,
  PDZ_MSG_N_EXTRA_ACTIONS,
  PDZ_MSG_WEBSITE_COLUMN,
  PDZ_MSG_FIGURE,
  PDZ_MSG_NUMBER,
  PDZ_MSG_BASE,
  PDZ_MSG_SHARE,

  /* ---- PdzStatus: of an objective or a project (masculine in Italian),
   * of an action (feminine), and as the head of a column counting
   * actions; in the order of the enumeration ---------------------------- */
  PDZ_MSG_STATUS_M_PLANNED,
  PDZ_MSG_STATUS_M_IN_PROGRESS,
  PDZ_MSG_STATUS_M_COMPLETED,
  PDZ_MSG_STATUS_M_SUSPENDED,
  PDZ_MSG_STATUS_M_CANCELLED,
  PDZ_MSG_STATUS_M_NOT_STATED,
  PDZ_MSG_STATUS_F_PLANNED,
  PDZ_MSG_STATUS_F_IN_PROGRESS,
  PDZ_MSG_STATUS_F_COMPLETED,
  PDZ_MSG_STATUS_F_SUSPENDED,
  PDZ_MSG_STATUS_F_CANCELLED,
  PDZ_MSG_STATUS_F_NOT_STATED,
  PDZ_MSG_STATUS_COLUMN_PLANNED,
  PDZ_MSG_STATUS_COLUMN_IN_PROGRESS,
  PDZ_MSG_STATUS_COLUMN_COMPLETED,
  PDZ_MSG_STATUS_COLUMN_SUSPENDED,
  PDZ_MSG_STATUS_COLUMN_CANCELLED,
  PDZ_MSG_STATUS_COLUMN_NOT_STATED,

  /* ---- PdzOrigin: of an action (feminine in Italian), and as said of an
   * objective or a project, the form pdz_enum_get_label() gives ----------- */
  PDZ_MSG_ORIGIN_NOT_STATED,
  PDZ_MSG_ORIGIN_PLANNED,
  PDZ_MSG_ORIGIN_EXTRA,
  PDZ_MSG_ORIGIN_M_NOT_STATED,
  PDZ_MSG_ORIGIN_M_PLANNED,
  PDZ_MSG_ORIGIN_M_EXTRA,

  /* ---- PdzRole -------------------------------------------------------- */
  PDZ_MSG_ROLE_PARTICIPANT,
  PDZ_MSG_ROLE_LEAD,
  PDZ_MSG_ROLE_PARTNER,
  PDZ_MSG_ROLE_SIGNATORY,
  PDZ_MSG_ROLE_FUNDER,
  PDZ_MSG_ROLE_CONTRACTOR,
  PDZ_MSG_ROLE_CONSULTED,
  PDZ_MSG_ROLE_NOT_STATED,
  PDZ_MSG_ROLE_NOT_STATED_BESIDE, /* beside a partner's name: "ruolo non indicato" */

  /* ---- PdzScope ------------------------------------------------------- */
  PDZ_MSG_SCOPE_AMBITO,
  PDZ_MSG_SCOPE_SOVRA_AMBITO,
  PDZ_MSG_SCOPE_REGIONAL,
  PDZ_MSG_SCOPE_NATIONAL,
  PDZ_MSG_SCOPE_NOT_STATED,

  /* ---- PdzFundingStatus ----------------------------------------------- */
  PDZ_MSG_FUNDING_NOT_STATED,
  PDZ_MSG_FUNDING_APPLIED,
  PDZ_MSG_FUNDING_GRANTED,
  PDZ_MSG_FUNDING_NOT_FUNDED,
  PDZ_MSG_FUNDING_REPORTED,

  /* ---- PdzObjectiveKind ----------------------------------------------- */
  PDZ_MSG_OBJECTIVE_KIND_PLAN,
  PDZ_MSG_OBJECTIVE_KIND_HEALTH_INTEGRATION,

  /* ---- PdzPartnerKind, in the order of the enumeration ---------------- */
  PDZ_MSG_PARTNER_KIND_OTHER,
  PDZ_MSG_PARTNER_KIND_MUNICIPALITY,
  PDZ_MSG_PARTNER_KIND_AMBITO,
  PDZ_MSG_PARTNER_KIND_HEALTH_TRUST,
  PDZ_MSG_PARTNER_KIND_HOUSING_AGENCY,
  PDZ_MSG_PARTNER_KIND_PREFECTURE,
  PDZ_MSG_PARTNER_KIND_COURT,
  PDZ_MSG_PARTNER_KIND_METROPOLITAN_CITY,
  PDZ_MSG_PARTNER_KIND_REGION,
  PDZ_MSG_PARTNER_KIND_MINISTRY,
  PDZ_MSG_PARTNER_KIND_PUBLIC_AGENCY,
  PDZ_MSG_PARTNER_KIND_ASSOCIATION_OF_MUNICIPALITIES,
  PDZ_MSG_PARTNER_KIND_THIRD_SECTOR,
  PDZ_MSG_PARTNER_KIND_PROFESSIONAL_ORDER,
  PDZ_MSG_PARTNER_KIND_EMPLOYMENT_AGENCY,
  PDZ_MSG_PARTNER_KIND_SCHOOL,
  PDZ_MSG_PARTNER_KIND_PRIVATE_OPERATOR,
  PDZ_MSG_PARTNER_KIND_HEALTH_PROTECTION_AGENCY,
  PDZ_MSG_PARTNER_KIND_OWN_BODY,

  /* ---- The checks of pdz_plan_check(): templates, "{0}" ... ----------- */
  PDZ_MSG_CHECK_ACTION_OUTSIDE_PLAN_PERIOD,
  PDZ_MSG_CHECK_PROJECT_OUTSIDE_PLAN_PERIOD,
  PDZ_MSG_CHECK_END_BEFORE_START,
  PDZ_MSG_CHECK_ACTION_COMPLETED_IN_FUTURE,
  PDZ_MSG_CHECK_OBJECTIVE_WITHOUT_ACTIONS,
  PDZ_MSG_CHECK_OBJECTIVE_STATUS_MISMATCH,
  PDZ_MSG_CHECK_PARTNER_UNREFERENCED,
  PDZ_MSG_CHECK_PROJECT_WITHOUT_LEAD,
  PDZ_MSG_CHECK_PROJECT_WITHOUT_FUNDING,
  PDZ_MSG_CHECK_PROJECT_NOT_FUNDED_IN_PROGRESS,
  PDZ_MSG_CHECK_INDICATOR_WITHOUT_MEASUREMENT,
  PDZ_MSG_CHECK_MACROAREA_WITHOUT_OBJECTIVES,
  PDZ_MSG_CHECK_ACTION_OUTSIDE_ROUND,
  PDZ_MSG_CHECK_MILESTONE_OUTSIDE_PLAN_PERIOD,
  PDZ_MSG_CHECK_MILESTONE_OUTSIDE_ROUND,
  PDZ_MSG_CHECK_UNTITLED_ROUND,   /* what a check calls a monitoring round without a title */

  /* ---- The command: pdz summary (tools/pdz-summary.c, through
   * pdz_format_get_text()) ----------------------------------------------- */
  PDZ_MSG_SUMMARY_UNTITLED_PLAN,
  PDZ_MSG_SUMMARY_PLAN,
  PDZ_MSG_SUMMARY_LANGUAGE,
  PDZ_MSG_SUMMARY_MONITORING,
  PDZ_MSG_SUMMARY_OBJECTIVES,
  PDZ_MSG_SUMMARY_ACTIONS,
  PDZ_MSG_SUMMARY_PROJECTS,
  PDZ_MSG_SUMMARY_COLUMN_OBJECTIVES,
  PDZ_MSG_SUMMARY_COLUMN_ACTIONS,
  /* the statuses, short, in the order of PdzStatus */
  PDZ_MSG_SUMMARY_COLUMN_PLANNED,
  PDZ_MSG_SUMMARY_COLUMN_IN_PROGRESS,
  PDZ_MSG_SUMMARY_COLUMN_COMPLETED,
  PDZ_MSG_SUMMARY_COLUMN_SUSPENDED,
  PDZ_MSG_SUMMARY_COLUMN_CANCELLED,
  PDZ_MSG_SUMMARY_COLUMN_NOT_STATED,
  PDZ_MSG_SUMMARY_COLUMN_COMPLETION,
  PDZ_MSG_SUMMARY_TOP_PARTNERS,
  PDZ_MSG_SUMMARY_OWN_BODIES,
  PDZ_MSG_SUMMARY_ROLES,
  PDZ_MSG_SUMMARY_NONE,
  PDZ_MSG_SUMMARY_FUNDINGS,
  PDZ_MSG_SUMMARY_AMOUNT,
  PDZ_MSG_SUMMARY_AMOUNT_NOT_STATED,
  PDZ_MSG_SUMMARY_PLANNED_AND_EXTRA,

  /* ---- Paged formats: PDF and ODP ------------------------------------- */
  PDZ_MSG_PAGE_N_OF_M,            /* %u the page, %u the pages */
  PDZ_MSG_CONTINUED,              /* after the part of an item that goes on over the page */
  PDZ_MSG_CONTACTS,               /* the title of the deck's last slide */

  /* ---- Report: what changed since the previous round (PdzReport:since) */
  PDZ_MSG_CHANGES,                 /* the heading of the section */
  PDZ_MSG_CHANGES_INTRO,           /* %s: the old round, its title and span */
  PDZ_MSG_CHANGES_NONE,
  PDZ_MSG_CHANGES_TRANSITIONS,
  PDZ_MSG_CHANGES_TRANSITION,      /* the column of the transitions */
  PDZ_MSG_CHANGES_COMPLETED,
  PDZ_MSG_CHANGES_ADDED,
  PDZ_MSG_CHANGES_REMOVED,
  PDZ_MSG_CHANGES_EXTRA,
  PDZ_MSG_CHANGES_PARTNERS,
  PDZ_MSG_CHANGES_PARTNER_JOINED,
  PDZ_MSG_CHANGES_PARTNER_LEFT,
  PDZ_MSG_CHANGES_PARTNER_CHANGED,
  PDZ_MSG_CHANGES_ROLES_JOINED,
  PDZ_MSG_CHANGES_ROLES_LEFT,
  PDZ_MSG_CHANGES_FUNDING,
  PDZ_MSG_CHANGES_GAINED,
  PDZ_MSG_CHANGES_LOST,
  PDZ_MSG_CHANGES_CHANGED,
  PDZ_MSG_CHANGES_WAS,             /* %s: a sub-action's bullet, or the objective of a removed action */
  PDZ_MSG_CHANGE_MARK_NEW,         /* the mark of a new action */
  PDZ_MSG_CHANGE_MARK_STATUS,      /* %s the new status, %s the old */
  PDZ_MSG_CHANGE_MARK_MOVED,
  PDZ_MSG_CHANGE_MARK_TITLE,       /* the tooltip of the marks */
  PDZ_MSG_SHEET_CHANGES,
  PDZ_MSG_CHANGE,                  /* the column saying what changed */
  PDZ_MSG_BEFORE,
  PDZ_MSG_AFTER,
  PDZ_MSG_AMOUNT_BEFORE_EUR,
  PDZ_MSG_AMOUNT_AFTER_EUR,
  PDZ_MSG_CHANGE_ROW_TRANSITION,
  PDZ_MSG_CHANGE_ROW_COMPLETED,
  PDZ_MSG_CHANGE_ROW_ADDED,
  PDZ_MSG_CHANGE_ROW_REMOVED,
  PDZ_MSG_CHANGE_ROW_EXTRA,
  PDZ_MSG_CHANGE_ROW_PARTNER_JOINED,
  PDZ_MSG_CHANGE_ROW_PARTNER_LEFT,
  PDZ_MSG_CHANGE_ROW_PARTNER_CHANGED,
  PDZ_MSG_CHANGE_ROW_FUNDING_GAINED,
  PDZ_MSG_CHANGE_ROW_FUNDING_LOST,
  PDZ_MSG_CHANGE_ROW_FUNDING_CHANGED,

  /* ---- Dates: pdz_date_format() --------------------------------------- */
  PDZ_MSG_MONTH_1,                /* ... to PDZ_MSG_MONTH_1 + 11, as in running text */
  PDZ_MSG_MONTH_2,
  PDZ_MSG_MONTH_3,
  PDZ_MSG_MONTH_4,
  PDZ_MSG_MONTH_5,
  PDZ_MSG_MONTH_6,
  PDZ_MSG_MONTH_7,
  PDZ_MSG_MONTH_8,
  PDZ_MSG_MONTH_9,
  PDZ_MSG_MONTH_10,
  PDZ_MSG_MONTH_11,
  PDZ_MSG_MONTH_12,
  PDZ_MSG_DATE_MONTH,             /* %s the month, %d the year: "novembre 2023" */
  PDZ_MSG_DATE_DAY,               /* %d the day, %s the month, %d the year */

  PDZ_N_MSGS
} PdzMsg;

/* One language. */
typedef struct {
  const char *language;           /* ISO 639-1 code, "it" */
  const char *thousands_separator;
  const char *decimal_mark;
  const char *currency_prefix;    /* "€ " */
  const char *percent_format;     /* %s: the number; "%s%%" */
  gboolean capitalize_months;     /* month names are lower case in running text */
  const char *strings[PDZ_N_MSGS];
} PdzCatalog;

extern const PdzCatalog _pdz_catalog_it;
extern const PdzCatalog _pdz_catalog_en;

/* Every catalogue, Italian first; NULL-terminated. The languages of
 * libpdz are theirs (pdz-language.c). */
const PdzCatalog * const *_pdz_catalog_list (void);
/* (nullable): the catalogue of @language ("it", "it_IT", "en-GB"), by
 * its primary subtag whatever the case; NULL when there is none */
const PdzCatalog *_pdz_catalog_lookup (const char *language);
/* The catalogue of @language, or the English one when there is none */
const PdzCatalog *_pdz_catalog_lookup_or_english (const char *language);

/* The text of @msg. Never NULL: a catalogue that lacks it (a bug that
 * test-report catches) falls back to English. */
const char *_pdz_catalog_text (const PdzCatalog *cat, PdzMsg msg);
/* @msg as a printf format, with the arguments noted beside it above.
 * (transfer full) */
char *_pdz_catalog_printf (const PdzCatalog *cat, PdzMsg msg, ...);
char *_pdz_catalog_vprintf (const PdzCatalog *cat, PdzMsg msg, va_list args);

/* Labels of the enumerations. A value out of range counts as the last. */
typedef enum {
  PDZ_CATALOG_STATUS_OF_OBJECTIVE,  /* an objective's or a project's: "previsto" */
  PDZ_CATALOG_STATUS_OF_ACTION,     /* an action's: "prevista" */
  PDZ_CATALOG_STATUS_COLUMN,        /* the head of a column counting actions: "Previste" */
} PdzCatalogStatusForm;

const char *_pdz_catalog_status_label (const PdzCatalog *cat, PdzStatus status, PdzCatalogStatusForm form);
/* an origin is said of an action (PDZ_CATALOG_STATUS_OF_ACTION) or, as
 * pdz_enum_get_label() gives it, of an objective or a project */
const char *_pdz_catalog_origin_label (const PdzCatalog *cat, PdzOrigin origin, PdzCatalogStatusForm form);
const char *_pdz_catalog_role_label (const PdzCatalog *cat, PdzRole role);
const char *_pdz_catalog_scope_label (const PdzCatalog *cat, PdzScope scope);
const char *_pdz_catalog_funding_status_label (const PdzCatalog *cat, PdzFundingStatus status);
const char *_pdz_catalog_objective_kind_label (const PdzCatalog *cat, PdzObjectiveKind kind);
const char *_pdz_catalog_partner_kind_label (const PdzCatalog *cat, PdzPartnerKind kind);
const char *_pdz_catalog_severity_label (const PdzCatalog *cat, PdzSeverity severity);

/* Numbers, in the catalogue's language. (transfer full) */
/* "1.250" / "1,250" */
char *_pdz_catalog_format_count (const PdzCatalog *cat, guint64 n);
/* "€ 1.250,00" / "€1,250.00": every digit, never truncated; a negative
 * amount (none is stored, but a caller may compute one) has its sign */
char *_pdz_catalog_format_amount (const PdzCatalog *cat, gint64 cents);
/* "39%": @share (0..1) rounded to a whole percentage */
char *_pdz_catalog_format_percent (const PdzCatalog *cat, double share);
/* "2023", "novembre 2023", "24 gennaio 2023": what pdz_date_format() gives.
 * Defined in pdz-date.c, so that the catalogue does not call the dates. */
char *_pdz_catalog_format_date (const PdzCatalog *cat, const PdzDate *date);

G_END_DECLS
