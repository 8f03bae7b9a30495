/* pdz-report-private.h: what the report writers share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The report is built in three steps, each a pure function of the one
 * before:
 *
 *  1. pdz-report-write.c resolves the properties of the PdzReport
 *     (libpdz/pdz-report.c) into a PdzReportContext (the plan, the string
 *     catalog of the language, the generation date and the diagnostics of
 *     pdz_plan_check()), once pdz-report-formats.c has said this build
 *     writes the format, and hands it to the writer of the format; the
 *     roll-ups of PdzStats come from pdz-report-figures.c.
 *  2. The HTML and Markdown formats share one document: pdz-report-document.c
 *     turns the context into a list of PdzReportBlock (headings, paragraphs,
 *     lists, tables, figures) made of PdzReportInline runs, with the
 *     sections of pdz-report-sections.c and the primitives of
 *     pdz-report-builder.c; pdz-report-html.c and pdz-report-markdown.c only
 *     print it, escaping every text run. The CSV and XLSX formats share the
 *     data tables of pdz-report-tables.c.
 *  3. The charts are SVG strings from pdz-report-svg.c.
 *
 * Nothing here reads JSON or touches a file other than the output (which
 * pdz-report-write.c replaces through pdz-file-private.h) and the private
 * file libxlsxwriter needs in the temporary directory.
 */

#pragma once

#include "pdz.h"

#include "pdz-config.h"
#include "pdz-util-private.h"

G_BEGIN_DECLS

/* ------------------------------------------------------------------------ */
/* The formats this build writes: pdz-report-formats.c                      */
/* ------------------------------------------------------------------------ */

#define PDZ_N_REPORT_FORMATS (PDZ_REPORT_FORMAT_ODP + 1)

/* TRUE when this build has a writer for @format; else FALSE with a
 * PDZ_ERROR_UNSUPPORTED that names the format and lists those it has. */
gboolean _pdz_report_format_available (PdzReportFormat format, GError **error);

/* ------------------------------------------------------------------------ */
/* The string catalogs: one file per language, pdz-report-strings-LANG.c    */
/* ------------------------------------------------------------------------ */

typedef enum {
  /* cover */
  PDZ_MSG_REPORT_TITLE,
  PDZ_MSG_PERIOD,
  PDZ_MSG_LEAD_MUNICIPALITY,
  PDZ_MSG_MUNICIPALITIES,
  PDZ_MSG_CONTACTS,
  PDZ_MSG_EMAIL,
  PDZ_MSG_PHONE,
  PDZ_MSG_WEBSITE,
  PDZ_MSG_GENERATED_ON,           /* one %s: the date */
  PDZ_MSG_CONTENTS,

  /* summary */
  PDZ_MSG_SUMMARY,
  PDZ_MSG_KEY_FIGURES,
  PDZ_MSG_MACROAREA,
  PDZ_MSG_MACROAREA_CODE,         /* one %s: the code */
  PDZ_MSG_OBJECTIVE,
  PDZ_MSG_OBJECTIVES,
  PDZ_MSG_STATUS,
  PDZ_MSG_ACTION,
  PDZ_MSG_ACTIONS,
  PDZ_MSG_PROJECT,
  PDZ_MSG_TOTAL,
  PDZ_MSG_OTHER_OBJECTIVES,
  PDZ_MSG_NO_MACROAREA,
  PDZ_MSG_COMPLETION_RATE,
  PDZ_MSG_PLANNED_ACTIONS,
  PDZ_MSG_EXTRA_ACTIONS,

  /* charts */
  PDZ_MSG_CHARTS,
  PDZ_MSG_CHART_STATUS_TITLE,
  PDZ_MSG_CHART_STATUS_DESC,
  PDZ_MSG_CHART_TIMELINE_TITLE,
  PDZ_MSG_CHART_TIMELINE_DESC,    /* two %s: first and last month */
  PDZ_MSG_CHART_TIMELINE_NOT_SHOWN, /* one %u */
  PDZ_MSG_CHART_TIMELINE_TITLE_QUARTER,
  PDZ_MSG_CHART_TIMELINE_DESC_QUARTER, /* two %s: first and last quarter */
  PDZ_MSG_CHART_TIMELINE_TITLE_YEAR,
  PDZ_MSG_CHART_TIMELINE_DESC_YEAR, /* two %s: first and last year */
  PDZ_MSG_CHART_TIMELINE_TITLE_YEARS, /* one %u: years per bar */
  PDZ_MSG_CHART_TIMELINE_DESC_YEARS, /* %u years per bar, two %s: first and last year */
  PDZ_MSG_CHART_TIMELINE_NOT_SHOWN_YEAR, /* one %u */
  PDZ_MSG_QUARTER_SHORT,          /* %u: the quarter, 1-4, under its bar */
  PDZ_MSG_QUARTER_OF_YEAR,        /* %u the quarter, %d the year */
  PDZ_MSG_CHART_FUNDING_TITLE,
  PDZ_MSG_CHART_FUNDING_DESC,
  PDZ_MSG_CHART_FUNDING_COUNT_DESC,
  PDZ_MSG_NO_DATA,

  /* macroareas and objectives */
  PDZ_MSG_OBJECTIVES_AND_ACTIONS,
  PDZ_MSG_PARTNERS,
  PDZ_MSG_PROJECTS,
  PDZ_MSG_FUNDING,
  PDZ_MSG_LINKS,
  PDZ_MSG_EXTRA_MARK,
  PDZ_MSG_EXTRA_ACTION,
  PDZ_MSG_NO_ACTIONS,
  PDZ_MSG_INDICATORS,
  PDZ_MSG_INDICATOR,
  PDZ_MSG_UNIT,
  PDZ_MSG_BASELINE,
  PDZ_MSG_TARGET,
  PDZ_MSG_LATEST_VALUE,

  /* health integration, projects */
  PDZ_MSG_HEALTH_INTEGRATION,
  PDZ_MSG_AMBITO_PROJECTS,
  PDZ_MSG_SOVRA_AMBITO_PROJECTS,  /* one %u: how many */
  PDZ_MSG_SCOPE,
  PDZ_MSG_LEAD,
  PDZ_MSG_START,
  PDZ_MSG_END,
  PDZ_MSG_INTERVENTIONS,
  PDZ_MSG_ACTIONS_CARRIED_OUT,
  PDZ_MSG_RELATED_ACTIONS,
  PDZ_MSG_LINKED_OBJECTIVES,
  PDZ_MSG_NO_PROJECTS,

  /* partners */
  PDZ_MSG_PARTNERS_INDEX,
  PDZ_MSG_PARTNER,
  PDZ_MSG_NAME,
  PDZ_MSG_SHORT_NAME,
  PDZ_MSG_KIND,
  PDZ_MSG_ROLES,
  PDZ_MSG_APPEARS_IN,

  /* funding */
  PDZ_MSG_FUNDING_OVERVIEW,
  PDZ_MSG_BY_SOURCE,
  PDZ_MSG_BY_STATUS,
  PDZ_MSG_SOURCE,
  PDZ_MSG_AMOUNT,
  PDZ_MSG_AMOUNT_EUR,
  PDZ_MSG_COUNT,
  PDZ_MSG_AMOUNT_NOT_STATED,
  PDZ_MSG_AMOUNT_OVERFLOW,        /* a total too large for 64 bits */
  PDZ_MSG_FUNDING_NOTE,
  PDZ_MSG_FUNDING_STATUS,
  PDZ_MSG_BELONGS_TO,

  /* diagnostics */
  PDZ_MSG_DIAGNOSTICS,
  PDZ_MSG_SEVERITY,
  PDZ_MSG_CODE,
  PDZ_MSG_LOCATION,
  PDZ_MSG_MESSAGE,
  PDZ_MSG_NO_DIAGNOSTICS,
  PDZ_MSG_SEVERITY_ERROR,
  PDZ_MSG_SEVERITY_WARNING,
  PDZ_MSG_SEVERITY_INFO,

  /* data tables */
  PDZ_MSG_ID,
  PDZ_MSG_TITLE,
  PDZ_MSG_DESCRIPTION,
  PDZ_MSG_DATE,
  PDZ_MSG_DATE_ISO,
  PDZ_MSG_END_DATE,
  PDZ_MSG_END_DATE_ISO,
  PDZ_MSG_START_ISO,
  PDZ_MSG_END_ISO,
  PDZ_MSG_EXTRA_COLUMN,
  PDZ_MSG_OWNER,
  PDZ_MSG_OWNER_ID,
  PDZ_MSG_YES,
  PDZ_MSG_NO,
  PDZ_MSG_SHEET_SUMMARY,
  PDZ_MSG_SHEET_OBJECTIVES,
  PDZ_MSG_SHEET_ACTIONS,
  PDZ_MSG_SHEET_PROJECTS,
  PDZ_MSG_SHEET_PARTNERS,
  PDZ_MSG_SHEET_FUNDINGS,
  PDZ_MSG_N_OBJECTIVES,
  PDZ_MSG_N_ACTIONS,
  PDZ_MSG_N_PROJECTS,
  PDZ_MSG_WEBSITE_COLUMN,

  /* PdzStatus, as said of an objective or a project (masculine in Italian) */
  PDZ_MSG_STATUS_M_PLANNED,
  PDZ_MSG_STATUS_M_IN_PROGRESS,
  PDZ_MSG_STATUS_M_COMPLETED,
  PDZ_MSG_STATUS_M_SUSPENDED,
  PDZ_MSG_STATUS_M_CANCELLED,
  /* PdzStatus, as said of an action (feminine in Italian) */
  PDZ_MSG_STATUS_F_PLANNED,
  PDZ_MSG_STATUS_F_IN_PROGRESS,
  PDZ_MSG_STATUS_F_COMPLETED,
  PDZ_MSG_STATUS_F_SUSPENDED,
  PDZ_MSG_STATUS_F_CANCELLED,
  /* PdzStatus, counting actions (feminine plural in Italian), for column heads */
  PDZ_MSG_STATUS_FP_PLANNED,
  PDZ_MSG_STATUS_FP_IN_PROGRESS,
  PDZ_MSG_STATUS_FP_COMPLETED,
  PDZ_MSG_STATUS_FP_SUSPENDED,
  PDZ_MSG_STATUS_FP_CANCELLED,

  /* PdzRole */
  PDZ_MSG_ROLE_PARTICIPANT,
  PDZ_MSG_ROLE_LEAD,
  PDZ_MSG_ROLE_PARTNER,
  PDZ_MSG_ROLE_SIGNATORY,
  PDZ_MSG_ROLE_FUNDER,
  PDZ_MSG_ROLE_CONTRACTOR,
  PDZ_MSG_ROLE_CONSULTED,

  /* PdzScope */
  PDZ_MSG_SCOPE_AMBITO,
  PDZ_MSG_SCOPE_SOVRA_AMBITO,
  PDZ_MSG_SCOPE_REGIONAL,
  PDZ_MSG_SCOPE_NATIONAL,

  /* PdzFundingStatus */
  PDZ_MSG_FUNDING_UNKNOWN,
  PDZ_MSG_FUNDING_APPLIED,
  PDZ_MSG_FUNDING_GRANTED,
  PDZ_MSG_FUNDING_NOT_FUNDED,
  PDZ_MSG_FUNDING_REPORTED,

  /* PdzObjectiveKind */
  PDZ_MSG_OBJECTIVE_KIND_PLAN,
  PDZ_MSG_OBJECTIVE_KIND_HEALTH_INTEGRATION,

  /* PdzPartnerKind */
  PDZ_MSG_PARTNER_KIND_OTHER,
  PDZ_MSG_PARTNER_KIND_MUNICIPALITY,
  PDZ_MSG_PARTNER_KIND_AMBITO,
  PDZ_MSG_PARTNER_KIND_HEALTH_AGENCY,
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

  /* Added with pdz-format.c (the public labels and the texts of pdz
   * summary); the values of 0.2 the label functions lacked. To be merged
   * into the groups above when the catalogue is reorganised. */
  PDZ_MSG_STATUS_M_NOT_STATED,
  PDZ_MSG_STATUS_F_NOT_STATED,
  PDZ_MSG_STATUS_FP_NOT_STATED,
  PDZ_MSG_ROLE_NOT_STATED,
  PDZ_MSG_SCOPE_NOT_STATED,
  PDZ_MSG_PARTNER_KIND_HEALTH_PROTECTION_AGENCY,
  PDZ_MSG_PARTNER_KIND_OWN_BODY,
  /* PdzOrigin */
  PDZ_MSG_ORIGIN_NOT_STATED,
  PDZ_MSG_ORIGIN_PLANNED,
  PDZ_MSG_ORIGIN_EXTRA,
  /* the row of the projects' actions in breakdowns by objective or macroarea */
  PDZ_MSG_PROJECT_ACTIONS,
  /* a named base: %s completed, %s all, %s the percentage */
  PDZ_MSG_COMPLETED_OF,

  /* pdz summary (tools/pdz-summary.c), through pdz_format_get_text() */
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

  PDZ_N_MSGS
} PdzReportMsg;

/* One language: a file pdz-report-strings-LANG.c defines one of these, and
 * pdz-report-strings.c lists it. A new language also needs pdz-language.c,
 * pdz-date.c and pdz-check.c to know it: doc/report.md ("Language"). */
typedef struct {
  const char *language;           /* ISO 639-1 code, "it" */
  const char *thousands_separator;
  const char *decimal_mark;
  const char *currency_prefix;    /* "€ " */
  gboolean capitalize_months;     /* month names are lower case in running text */
  const char *strings[PDZ_N_MSGS];
} PdzReportCatalog;

extern const PdzReportCatalog _pdz_report_catalog_it;
extern const PdzReportCatalog _pdz_report_catalog_en;

/* The catalog @report is written with, or NULL when its language property
 * names one there is none of (pdz-report.c) */
const PdzReportCatalog *_pdz_report_get_catalog (PdzReport *report);

/* NULL-terminated, in the order of pdz_report_get_languages() */
const PdzReportCatalog * const *_pdz_report_get_catalogs (void);
/* (nullable): the catalog of @language ("it", "it_IT", "en-GB"), or NULL */
const PdzReportCatalog *_pdz_report_lookup_catalog (const char *language);

/* ------------------------------------------------------------------------ */
/* The context of one rendering                                             */
/* ------------------------------------------------------------------------ */


typedef struct {
  PdzPlan *plan;                         /* (owned) */
  const PdzReportCatalog *cat;
  PdzReportFormat format;
  PdzReportSection sections;
  PdzReportTable table;
  PdzReportCsvDialect csv_dialect;
  gboolean include_diagnostics;
  GDateTime *generated;                  /* (owned) */
  GListModel *diagnostics;               /* (owned) (nullable) of PdzDiagnostic */
} PdzReportContext;

const char *_pdz_report_msg (const PdzReportContext *ctx, PdzReportMsg msg);
char *_pdz_report_msgf (const PdzReportContext *ctx, PdzReportMsg msg, ...);

const char *_pdz_report_status_label (const PdzReportContext *ctx, PdzStatus status, gboolean feminine);
const char *_pdz_report_status_plural_label (const PdzReportContext *ctx, PdzStatus status);
const char *_pdz_report_role_label (const PdzReportContext *ctx, PdzRole role);
const char *_pdz_report_scope_label (const PdzReportContext *ctx, PdzScope scope);
const char *_pdz_report_funding_status_label (const PdzReportContext *ctx, PdzFundingStatus status);
const char *_pdz_report_objective_kind_label (const PdzReportContext *ctx, PdzObjectiveKind kind);
const char *_pdz_report_partner_kind_label (const PdzReportContext *ctx, PdzPartnerKind kind);
const char *_pdz_report_origin_label (const PdzReportContext *ctx, PdzOrigin origin);
const char *_pdz_report_severity_label (const PdzReportContext *ctx, PdzSeverity severity);
const char *_pdz_report_status_nick (PdzStatus status);

/* "24 gennaio 2023", "novembre 2023", "2024"; NULL date gives NULL */
char *_pdz_report_format_date (const PdzReportContext *ctx, const PdzDate *date);
/* "24 gennaio 2023 – marzo 2024"; either may be NULL; both NULL gives NULL */
char *_pdz_report_format_date_range (const PdzReportContext *ctx, const PdzDate *start, const PdzDate *end);
/* "Marzo 2022 – Ottobre 2023", each month capitalised */
char *_pdz_report_format_span (const PdzReportContext *ctx, const PdzDate *start, const PdzDate *end);
/* "10 di 31 azioni concluse (32%)" / "10 of 31 actions completed (32%)" */
char *_pdz_report_format_completed_of (const PdzReportContext *ctx, guint completed, guint total);
/* "€ 1.250,00" / "€1,250.00" */
char *_pdz_report_format_amount (const PdzReportContext *ctx, gint64 cents);

/* Totals of amounts. Each amount is at most G_MAXINT64 cents, but a sum of
 * them may be more: _pdz_report_add_amounts() then gives
 * PDZ_REPORT_AMOUNT_OVERFLOW (as does PdzStats, which saturates), and
 * _pdz_report_format_total() prints it as "not computable". A total of
 * exactly G_MAXINT64 cents (€ 92 million billion) is taken for one. */
#define PDZ_REPORT_AMOUNT_OVERFLOW G_MAXINT64
gint64 _pdz_report_add_amounts (gint64 a, gint64 b);
char *_pdz_report_format_total (const PdzReportContext *ctx, gint64 cents);
/* "1.250" / "1,250" */
char *_pdz_report_format_count (const PdzReportContext *ctx, guint64 n);
/* the generation date, at day precision, in the report language */
char *_pdz_report_format_generated (const PdzReportContext *ctx);

/* "ASST Santi Paolo e Carlo (capofila), Comune di Corsico (partner)" */
char *_pdz_report_participations_text (const PdzReportContext *ctx, GListModel *participations);
/* "PNRR (€ 10.000,00, finanziato); FNPS" */
char *_pdz_report_fundings_text (const PdzReportContext *ctx, GListModel *fundings);

/* Plan-order lists (transfer container) of the objectives of @macroarea of
 * kind PLAN, or with @macroarea NULL, of the PLAN objectives with none */
GPtrArray *_pdz_report_objectives_of_macroarea (PdzPlan *plan, PdzMacroarea *macroarea);
/* the HEALTH_INTEGRATION objectives (transfer container) */
GPtrArray *_pdz_report_health_objectives (PdzPlan *plan);
/* the actions of the objectives that name @project, in plan order (transfer container) */
GPtrArray *_pdz_report_objective_actions_of_project (PdzPlan *plan, PdzProject *project);
/* every action of the plan: objectives' first, then projects' (transfer container) */
GPtrArray *_pdz_report_all_actions (PdzPlan *plan);
/* Where each partner appears, for the index of partners: the objectives
 * and projects that name it (directly or through their actions), and
 * whether it is a member municipality. PdzStats counts them. */
typedef struct {
  GPtrArray *objectives;                 /* (element-type PdzObjective) unowned, no duplicates */
  GPtrArray *projects;                   /* (element-type PdzProject) unowned, no duplicates */
  gboolean municipality;
} PdzReportAppearances;

/* (transfer full): PdzPartner -> PdzReportAppearances */
GHashTable *_pdz_report_collect_appearances (PdzPlan *plan);

/* counts of @actions (a GListModel or GPtrArray of PdzAction) by status */
void _pdz_report_count_actions (GListModel *actions, guint counts[PDZ_N_STATUSES]);

/* The roll-ups the report shows, computed once through PdzStats. */
typedef struct {
  char *label;                           /* (owned) */
  guint counts[PDZ_N_STATUSES];
} PdzReportStatusRow;

typedef struct {
  char *label;                           /* (owned) */
  gint64 amount;                         /* cents, amounts stated only */
  guint n_fundings;
  guint n_unstated;                      /* fundings with no amount */
} PdzReportAmountRow;

/* The chart of actions over time has at most this many bars: past 36
 * months it counts by quarter, past 36 quarters by year, and past 36 years
 * by periods of 2, 5, 10, 20, 50, ... years (doc/report.md). */
#define PDZ_REPORT_MAX_BARS 36

typedef enum {
  PDZ_REPORT_TIME_MONTH,
  PDZ_REPORT_TIME_QUARTER,
  PDZ_REPORT_TIME_YEAR,                  /* years_per_bar years per bar */
} PdzReportTimeUnit;

typedef struct {
  int year;                              /* the first year of the bar */
  int part;                              /* the month (1-12) or quarter (1-4); 0 for years */
  int last_year;                         /* the last year of the bar */
  guint count;
} PdzReportTimeRow;

typedef struct {
  GArray *macroareas;                    /* (element-type PdzReportStatusRow) */
  PdzReportTimeUnit time_unit;
  guint years_per_bar;                   /* 1 or more, for PDZ_REPORT_TIME_YEAR */
  GArray *times;                         /* (element-type PdzReportTimeRow), at most PDZ_REPORT_MAX_BARS */
  guint actions_not_charted;             /* undated, outside the period, or (by month
                                          * or quarter) dated only to the year */
  GArray *sources;                       /* (element-type PdzReportAmountRow) */
  GArray *funding_statuses;              /* (element-type PdzReportAmountRow), one per PdzFundingStatus */
  guint n_objectives;
  guint n_actions;
  guint n_extra_actions;
  guint n_projects;
  guint n_partners;
  guint action_counts[PDZ_N_STATUSES];
  double completion_rate;                /* 0..1, of actions */
  PdzStatsTable *by_partner;             /* (owned) */
} PdzReportFigures;

PdzReportFigures *_pdz_report_figures_new (const PdzReportContext *ctx);
/* The roles column of a row of pdz_stats_by_partner(), as labels; "" for NULL */
char *_pdz_report_partner_roles (const PdzReportContext *ctx, PdzStatsRow *row);
void _pdz_report_figures_free (PdzReportFigures *figures);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdzReportFigures, _pdz_report_figures_free)

/* ------------------------------------------------------------------------ */
/* The document shared by HTML and Markdown                                 */
/* ------------------------------------------------------------------------ */

typedef enum {
  PDZ_INLINE_TEXT,          /* text */
  PDZ_INLINE_STRONG,        /* text, bold */
  PDZ_INLINE_EMPH,          /* text, italic */
  PDZ_INLINE_LINK,          /* text, to href (an absolute http(s) or mailto URL) */
  PDZ_INLINE_REF,           /* text, to anchor inside the document */
  PDZ_INLINE_STATUS,        /* text, a badge for the status nick in klass */
  PDZ_INLINE_MARK,          /* text, a badge of class klass (e.g. "extra") */
  PDZ_INLINE_BREAK,         /* a line break */
  PDZ_INLINE_ANCHOR,        /* target: an anchor for REF inlines to link to; no text */
} PdzInlineKind;

typedef struct {
  PdzInlineKind kind;
  char *text;                            /* (owned) (nullable) */
  char *target;                          /* (owned) (nullable): href, anchor */
  const char *klass;                     /* static (nullable) */
} PdzReportInline;

typedef enum {
  PDZ_BLOCK_COVER,          /* lines: the cover, first line its title */
  PDZ_BLOCK_SECTION_BEGIN,  /* klass; a page break before it in print when klass holds "page" */
  PDZ_BLOCK_SECTION_END,
  PDZ_BLOCK_HEADING,        /* level, inlines, anchor (nullable) */
  PDZ_BLOCK_PARAGRAPH,      /* inlines, klass */
  PDZ_BLOCK_LIST,           /* items: each a GPtrArray of PdzReportInline */
  PDZ_BLOCK_TABLE,          /* columns, rows */
  PDZ_BLOCK_FIGURE,         /* figure */
} PdzBlockKind;

typedef struct {
  char *header;                          /* (owned) */
  gboolean numeric;                      /* right-aligned */
} PdzReportColumn;

typedef struct {
  char *id;                              /* "status", "timeline", "funding" */
  char *title;
  char *description;
  char *svg;                             /* an <svg> element, without XML declaration */
} PdzReportFigure;

typedef struct {
  PdzBlockKind kind;
  int level;
  const char *klass;                     /* static (nullable) */
  char *anchor;                          /* (owned) (nullable) */
  GPtrArray *inlines;                    /* (owned) (nullable) of PdzReportInline */
  GPtrArray *items;                      /* (owned) (nullable) of GPtrArray of PdzReportInline;
                                          * a COVER's lines, a LIST's items */
  GPtrArray *cover_classes;              /* (owned) (nullable) of static char*, one per COVER line */
  GArray *columns;                       /* (owned) (nullable) of PdzReportColumn */
  GPtrArray *rows;                       /* (owned) (nullable) of GPtrArray of cells (GPtrArray of PdzReportInline) */
  gboolean group_first_column;           /* merge repeated cells of the first column */
  PdzReportFigure *figure;               /* (owned) (nullable) */
} PdzReportBlock;

typedef struct {
  char *language;                        /* (owned) */
  char *title;                           /* (owned): for <title> */
  GPtrArray *blocks;                     /* (owned) of PdzReportBlock */
} PdzReportDocument;

PdzReportDocument *_pdz_report_document_new (const PdzReportContext *ctx);
void _pdz_report_document_free (PdzReportDocument *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdzReportDocument, _pdz_report_document_free)

/* The texts of @inlines (of PdzReportInline) run together, without markup. (transfer full) */
char *_pdz_doc_inlines_plain_text (GPtrArray *inlines);

/* ------------------------------------------------------------------------ */
/* Charts                                                                   */
/* ------------------------------------------------------------------------ */

/* Each returns a standalone <svg> element (with xmlns, <title> and <desc>).
 * @id_prefix keeps the ids of patterns unique when several charts share a
 * document. They return NULL when there is nothing to draw. */
char *_pdz_report_chart_status (const PdzReportContext *ctx, const PdzReportFigures *fig, const char *id_prefix);
char *_pdz_report_chart_timeline (const PdzReportContext *ctx, const PdzReportFigures *fig, const char *id_prefix);
char *_pdz_report_chart_funding (const PdzReportContext *ctx, const PdzReportFigures *fig, const char *id_prefix);

/* The charts of the document, in order: (transfer full) (element-type PdzReportFigure) */
GPtrArray *_pdz_report_figures_charts (const PdzReportContext *ctx, const PdzReportFigures *fig);
void _pdz_report_figure_free (PdzReportFigure *figure);

/* Entities built in code may have no title, name, source or even id: the
 * writers show @text when it is not NULL nor empty, else @fallback (an id)
 * when that is not, else an em dash. Never NULL. */
const char *_pdz_report_text_or (const char *text, const char *fallback);

/* The one rule for the characters XML 1.0 forbids, for every writer (HTML,
 * SVG, Markdown, CSV and XLSX alike, so that each shows the same text):
 * U+000B and U+000C (Word's soft line and page breaks) become a newline;
 * the other C0 controls but tab, newline and carriage return, U+FFFE and
 * U+FFFF are dropped; bytes that are not UTF-8 become U+FFFD.
 * _pdz_report_xml_char() gives what @c becomes, 0 for nothing. */
gunichar _pdz_report_xml_char (gunichar c);
void _pdz_report_append_xml_text (GString *out, const char *text);
/* (transfer full) (nullable): NULL for NULL */
char *_pdz_report_xml_text (const char *text);
/* A valid Excel sheet name made of @name: XML text, none of []:*?/\
 * (each becomes '_'), at most 31 characters, no apostrophe at either end,
 * never empty. (transfer full) */
char *_pdz_report_sheet_name (const char *name);

/* escapes &, <, >, " and ' for HTML and SVG text and attributes, after
 * _pdz_report_xml_text(); drops carriage returns */
void _pdz_report_append_escaped_xml (GString *out, const char *text);
/* TRUE for an absolute http:, https: or mailto: URL with no space, quote or angle bracket */
gboolean _pdz_report_url_is_safe (const char *url);

/* ------------------------------------------------------------------------ */
/* The writers                                                              */
/* ------------------------------------------------------------------------ */

GBytes *_pdz_report_write_html (const PdzReportContext *ctx);
/* With @chart_stem (a file name without directory or extension, e.g.
 * "report"), the charts are linked as the files _pdz_report_chart_file_name()
 * names ("report-1.svg", ...); without, they are inlined as data: URIs. */
GBytes *_pdz_report_write_markdown (const PdzReportContext *ctx, const char *chart_stem);
/* The file name (without directory) of the chart @chart_id ("status",
 * "timeline" or "funding") of the Markdown report @chart_stem */
char *_pdz_report_chart_file_name (const char *chart_stem, const char *chart_id);

/* ------------------------------------------------------------------------ */
/* Data tables, for CSV and XLSX                                            */
/* ------------------------------------------------------------------------ */

typedef enum {
  PDZ_CELL_TEXT,
  PDZ_CELL_INTEGER,       /* value is a count */
  PDZ_CELL_AMOUNT,        /* value is in cents; empty when not stated */
  PDZ_CELL_PERCENT,       /* number is 0..1 */
} PdzCellKind;

typedef struct {
  char *header;                          /* (owned) */
  PdzCellKind kind;
  int width;                             /* in characters, for XLSX */
} PdzReportGridColumn;

typedef struct {
  char *text;                            /* (owned) (nullable): TEXT; for an overflowing AMOUNT, what to say */
  gint64 value;                          /* INTEGER, AMOUNT (in cents) */
  double number;                         /* PERCENT */
  gboolean overflow;                     /* AMOUNT: a total too large to compute; show text */
  gboolean empty;
} PdzReportCell;

typedef struct {
  PdzReportTable table;
  const char *file_name;                 /* "actions.csv" */
  char *sheet_name;                      /* (owned) */
  GArray *columns;                       /* (owned) of PdzReportGridColumn */
  GPtrArray *rows;                       /* (owned) of GArray of PdzReportCell */
} PdzReportGrid;

PdzReportGrid *_pdz_report_grid_new (const PdzReportContext *ctx, PdzReportTable table);
void _pdz_report_grid_free (PdzReportGrid *grid);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdzReportGrid, _pdz_report_grid_free)
const char *_pdz_report_table_file_name (PdzReportTable table);

GBytes *_pdz_report_write_csv (const PdzReportContext *ctx, PdzReportTable table);
#if PDZ_HAVE_XLSX
gboolean _pdz_report_write_xlsx (const PdzReportContext *ctx, const char *path, GError **error);
#endif

G_END_DECLS
