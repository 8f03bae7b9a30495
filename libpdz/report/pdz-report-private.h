/* pdz-report-private.h: what the report writers share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The report is built in three steps, each a pure function of the one
 * before:
 *
 *  1. pdz-report-write.c resolves the properties of the PdzReport
 *     (libpdz/pdz-report.c) into a PdzReportContext (the plan and the
 *     query it is limited to, the catalogue of the language's fixed
 *     texts, the generation date and the diagnostics of pdz_plan_check()),
 *     once pdz-report-formats.c has said this build writes the format, and
 *     hands it to the writer of the format; every figure comes from the
 *     tables of one PdzStats, read by pdz-report-figures.c.
 *  2. The HTML, Markdown, PDF and ODP formats share one document:
 *     pdz-report-document.c turns the context into a list of PdzReportBlock
 *     (headings, paragraphs, lists, tables, figures) made of
 *     PdzReportInline runs, with the sections of pdz-report-sections.c and
 *     the primitives of pdz-report-builder.c; pdz-report-html.c and
 *     pdz-report-markdown.c only print it, escaping every text run,
 *     pdz-report-pdf.c lays it out on pages and pdz-report-odp.c on slides
 *     (both measuring with Pango through pdz-report-pango.c). The CSV and
 *     XLSX formats share the data tables of pdz-report-tables.c. The
 *     regional overview of a corpus is its own document,
 *     pdz-report-region.c, which _pdz_report_document_new() hands over to.
 *  3. The charts are SVG strings from pdz-report-svg.c.
 *
 * The files are layered: write.c calls the writers, which call the
 * documents (document.c, then region.c), which call the sections and the
 * builder, which call the figures, charts, texts and utilities; the
 * context (pdz-report-context.c) is below them all. No file calls one
 * above it.
 *
 * Nothing here reads JSON or touches a file other than the output (which
 * pdz-report-write.c replaces through pdz-file-private.h) and the private
 * file libxlsxwriter needs in the temporary directory.
 */

#pragma once

#include "pdz.h"

#include "pdz-catalog-private.h"
#include "pdz-config.h"
#include "pdz-plan-index-private.h"
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
/* The context of one rendering                                             */
/* ------------------------------------------------------------------------ */

/* The report's fixed texts are in the catalogue of its language
 * (libpdz/pdz-catalog-LANG.c, pdz-catalog-private.h). */
const PdzCatalog *_pdz_report_get_catalog (PdzReport *report);
/* The catalogues, as _pdz_catalog_list() and _pdz_catalog_lookup() give
 * them; the names of 0.2's first catalogue, which pdz-format.c calls */
#define _pdz_report_get_catalogs _pdz_catalog_list
#define _pdz_report_lookup_catalog _pdz_catalog_lookup
typedef PdzCatalog PdzReportCatalog;
typedef PdzMsg PdzReportMsg;

typedef struct {
  PdzPlan *plan;                         /* (owned): of a regional overview, an empty
                                          * stand-in, so that what reads the plan's
                                          * header (footers, metadata) finds none */
  PdzCorpus *corpus;                     /* (owned) (nullable): the regional overview's
                                          * plans (pdz-report-region.c) */
  PdzQuery *query;                       /* (owned) (nullable): what the report is limited to */
  const PdzCatalog *cat;
  PdzReportFormat format;
  PdzReportSection sections;
  PdzReportTable table;
  PdzReportCsvDialect csv_dialect;
  gboolean include_diagnostics;
  GDateTime *generated;                  /* (owned) */
  GListModel *diagnostics;               /* (owned) (nullable) of PdzDiagnostic */
  PdzDiff *diff;                         /* (owned) (nullable): from PdzReport:since to the plan */
  GHashTable *change_marks;              /* (owned) (nullable): action id -> (owned) GPtrArray of
                                          * (owned) mark texts, from the diff (pdz-report-changes.c) */
} PdzReportContext;

/* The texts of the catalogue of @ctx: _pdz_catalog_text() and
 * _pdz_catalog_printf() */
const char *_pdz_report_msg (const PdzReportContext *ctx, PdzMsg msg);
char *_pdz_report_msgf (const PdzReportContext *ctx, PdzMsg msg, ...);

/* Labels, in the language of @ctx (the catalogue's _pdz_catalog_*_label()) */
const char *_pdz_report_status_label (const PdzReportContext *ctx, PdzStatus status, gboolean feminine);
const char *_pdz_report_status_plural_label (const PdzReportContext *ctx, PdzStatus status);
/* an origin, as said of an objective or a project (pdz_enum_get_label()) */
const char *_pdz_report_origin_label (const PdzReportContext *ctx, PdzOrigin origin);
/* an action's origin */
const char *_pdz_report_action_origin_label (const PdzReportContext *ctx, PdzOrigin origin);
const char *_pdz_report_severity_label (const PdzReportContext *ctx, PdzSeverity severity);
const char *_pdz_report_role_label (const PdzReportContext *ctx, PdzRole role);
const char *_pdz_report_scope_label (const PdzReportContext *ctx, PdzScope scope);
const char *_pdz_report_funding_status_label (const PdzReportContext *ctx, PdzFundingStatus status);
const char *_pdz_report_objective_kind_label (const PdzReportContext *ctx, PdzObjectiveKind kind);
const char *_pdz_report_partner_kind_label (const PdzReportContext *ctx, PdzPartnerKind kind);
/* The GEnum nick of @status ("not-stated"); a value out of range counts as
 * the last */
const char *_pdz_report_status_nick (PdzStatus status);

/* "24 gennaio 2023", "novembre 2023", "2024"; NULL date gives NULL */
char *_pdz_report_format_date (const PdzReportContext *ctx, const PdzDate *date);
/* "24 gennaio 2023 – marzo 2024"; either may be NULL; both NULL gives NULL */
char *_pdz_report_format_date_range (const PdzReportContext *ctx, const PdzDate *start, const PdzDate *end);
/* "Marzo 2022 – Ottobre 2023", each month capitalised */
char *_pdz_report_format_span (const PdzReportContext *ctx, const PdzDate *start, const PdzDate *end);
/* "€ 1.250,00" / "€1,250.00": _pdz_catalog_format_amount() */
char *_pdz_report_format_amount (const PdzReportContext *ctx, gint64 cents);
/* "1.250" / "1,250": _pdz_catalog_format_count() */
char *_pdz_report_format_count (const PdzReportContext *ctx, guint64 n);
/* "12 di 31 azioni concluse (39%)": @msg takes the part, the whole and the
 * percentage, each formatted here */
char *_pdz_report_format_share (const PdzReportContext *ctx, PdzMsg msg, guint64 part, guint64 whole);
/* "10 di 31 azioni concluse (32%)": _pdz_report_format_share() of
 * PDZ_MSG_FIG_COMPLETED */
char *_pdz_report_format_completed_of (const PdzReportContext *ctx, guint completed, guint total);
/* the generation date, at day precision, in the report language */
char *_pdz_report_format_generated (const PdzReportContext *ctx);

/* Totals of amounts. PdzStats says in its `amount-overflow` column when a
 * total does not fit in 64 bits; the report's own total of a project's
 * fundings does the same through _pdz_report_add_amounts(), which gives
 * FALSE on overflow. A total that cannot be computed is printed as "not
 * computable", never as a number. */
gboolean _pdz_report_add_amounts (gint64 *total, gint64 amount);
/* The stated total @cents, or "not computable" when @overflow */
char *_pdz_report_format_total (const PdzReportContext *ctx, gint64 cents, gboolean overflow);

/* "ASST Santi Paolo e Carlo (capofila), Comune di Corsico (partner)" */
char *_pdz_report_participations_text (const PdzReportContext *ctx, GListModel *participations);
/* "PNRR (€ 10.000,00, finanziato); FNPS" */
char *_pdz_report_fundings_text (const PdzReportContext *ctx, GListModel *fundings);
/* "novembre 2023 — Tavoli coprogrammazione novembre; 2024 — ..." */
char *_pdz_report_milestones_text (const PdzReportContext *ctx, GListModel *milestones);

/* ------------------------------------------------------------------------ */
/* What changed since the previous round: pdz-report-changes.c              */
/* ------------------------------------------------------------------------ */

/* Every figure and list of what changed comes from the summary tables and
 * the changes of ctx->diff (PdzDiff, one implementation): the report counts
 * nothing itself. */

/* Compares @since with ctx->plan into ctx->diff, and the marks of the
 * actions into ctx->change_marks; FALSE with PDZ_ERROR_DIFFERENT_PLANS
 * when they are not rounds of one plan and @flags does not force it. */
gboolean _pdz_report_changes_prepare (PdzReportContext *ctx, PdzPlan *since, PdzDiffFlags flags,
                                      GError **error);
/* The marks of @action ("nuovo", "concluso da previsto"), or NULL when it
 * did not change or the report has no previous round (transfer none) */
GPtrArray *_pdz_report_change_marks (const PdzReportContext *ctx, PdzAction *action);

/* One row of the table of changes of CSV and XLSX */
typedef struct {
  PdzMsg what;                           /* PDZ_MSG_CHANGE_ROW_* */
  char *id;                              /* (owned) (nullable) */
  char *title;                           /* (owned) (nullable) */
  char *before;                          /* (owned) (nullable) */
  char *after;                           /* (owned) (nullable) */
  gint64 count;                          /* -1 for none */
  gint64 amount_before;                  /* cents; -1 for none */
  gint64 amount_after;
} PdzReportChangeRow;

/* The rows of the table of changes, from ctx->diff: one per status
 * transition and kind of entity, action completed, added, removed or
 * newly extra, partner that joined, left or changed roles, and funding
 * source gained, lost or changed. (transfer full) (element-type
 * PdzReportChangeRow) */
GPtrArray *_pdz_report_change_rows (const PdzReportContext *ctx);

/* ------------------------------------------------------------------------ */
/* The figures: pdz-report-figures.c                                        */
/* ------------------------------------------------------------------------ */

/* Every figure the report shows comes from the tables of one PdzStats (of
 * the plan, or of the report's query), by the counting rule of
 * doc/queries.md; what the report lists (the objectives, actions,
 * projects and partners of its sections and tables) is what those tables
 * count, served by the plan's relations index (pdz-plan-index-private.h).
 * The report counts nothing itself: the objectives of the summary are the
 * rows of by_objective, grouped by their macroarea column, and the figures
 * beside them the same rows' counts. */

typedef struct {
  char *label;                           /* (owned) */
  const char *group;                     /* "macroarea", "no-macroarea", "project-actions" */
  guint counts[PDZ_N_STATUSES];
  guint total;
} PdzReportStatusRow;

typedef struct {
  char *label;                           /* (owned) */
  gint64 amount;                         /* cents, of the stated amounts only */
  gboolean overflow;                     /* the total does not fit: not computable */
  guint n_fundings;
  guint n_unstated;                      /* fundings with no amount */
} PdzReportAmountRow;

/* The chart over time has at most this many bars (doc/report.md, "The
 * chart over time") */
#define PDZ_REPORT_MAX_BARS 36
/* It is drawn when at least this many dated actions and milestones fall
 * in the period, over at least PDZ_REPORT_TIME_MIN_PERIODS bars, at the
 * finest unit at which PDZ_REPORT_TIME_PRECISION of them are known */
#define PDZ_REPORT_TIME_MIN_ITEMS 8
#define PDZ_REPORT_TIME_MIN_PERIODS 3
#define PDZ_REPORT_TIME_PRECISION 0.8

typedef enum {
  PDZ_REPORT_TIME_MONTH,
  PDZ_REPORT_TIME_QUARTER,
  PDZ_REPORT_TIME_YEAR,                  /* years_per_bar years per bar */
} PdzReportTimeUnit;

typedef struct {
  int year;                              /* the first year of the bar */
  int part;                              /* the month (1-12) or quarter (1-4); 0 for years */
  int last_year;                         /* the last year of the bar */
  guint actions;
  guint milestones;
} PdzReportTimeRow;

typedef struct {
  PdzReportTimeUnit unit;
  guint years_per_bar;                   /* 1 or more, for PDZ_REPORT_TIME_YEAR */
  GArray *bars;                          /* (element-type PdzReportTimeRow), at most PDZ_REPORT_MAX_BARS */
  guint n_dated_actions;                 /* actions with a date, wherever it falls */
  guint n_milestones;                    /* milestones (they all have a date) */
  guint n_in_period;                     /* of those, in the bars */
  guint n_periods;                       /* bars from the first to the last one with something */
  guint n_month_known;                   /* in the period and known to the month ... */
  guint n_precision_base;                /* ... of these (0 when months were not asked for) */
  gboolean by_year_for_precision;        /* by year because too few give the month */
  gboolean drawn;                        /* enough to draw: see above */
} PdzReportTime;

typedef struct {
  PdzStats *stats;                       /* (owned): of the plan or of the query */
  PdzPlanIndex *index;                   /* (owned): the plan's relations index */

  /* The tables the report reads, snapshots of one moment (owned) */
  PdzStatsTable *by_status;
  PdzStatsTable *by_origin;
  PdzStatsTable *by_objective;
  PdzStatsTable *by_macroarea;
  PdzStatsTable *by_project;
  PdzStatsTable *by_partner;

  /* What the report lists */
  GPtrArray *bullets;                    /* (element-type PdzAction) the bullets counted */
  GHashTable *bullet_set;                /* the same, as a set */
  GPtrArray *extra_actions;              /* (element-type PdzAction) the extra ones among them */
  GHashTable *objective_set;             /* the objectives by_objective counts */
  GHashTable *project_set;               /* the projects by_project counts */
  GHashTable *partner_set;               /* the partners listed: all, or by_partner's in a limited report */
  GHashTable *municipalities;            /* the plan's member municipalities */
  /* The objectives of the report, grouped as the summary and the sections
   * show them, each in the plan's order */
  GHashTable *macroarea_objectives;      /* PdzMacroarea → (owned) GPtrArray of its objectives */
  GPtrArray *other_objectives;           /* plan objectives without a macroarea */
  GPtrArray *health_objectives;          /* health-integration objectives without a macroarea */
  GHashTable *outside_round;             /* set of the actions and milestones dated outside the
                                          * monitoring round (pdz_plan_check()'s codes) */

  /* Figures */
  guint n_actions;                       /* bullets */
  guint n_objective_actions;             /* held by objectives */
  guint n_project_actions;               /* held by projects */
  guint action_counts[PDZ_N_STATUSES];
  guint n_origin_planned;
  guint n_origin_extra;
  guint n_origin_not_stated;
  guint n_objectives;
  guint n_plan_objectives;
  guint n_health_objectives;
  guint n_projects;
  guint n_partners;                      /* outside partners, without the own bodies */
  guint n_own_bodies;

  GArray *macroareas;                    /* (element-type PdzReportStatusRow): by_macroarea's rows */
  GArray *sources;                       /* (element-type PdzReportAmountRow) */
  GArray *funding_statuses;              /* (element-type PdzReportAmountRow), in by_funding_status's order */
  guint n_sources_with_amount;           /* sources with at least one stated amount */
  PdzReportTime time;
} PdzReportFigures;

PdzReportFigures *_pdz_report_figures_new (const PdzReportContext *ctx);
/* The Region's figures, from the sums of @ctx's corpus: the key figures'
 * and the charts' (statuses, origins, macroareas, funding); the rest of
 * the figures, which list a plan's entities, empty */
PdzReportFigures *_pdz_report_figures_new_for_corpus (const PdzReportContext *ctx);
void _pdz_report_figures_free (PdzReportFigures *figures);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdzReportFigures, _pdz_report_figures_free)

/* The row of by_objective or by_project for @entity, NULL when the report
 * does not count it (transfer none) */
PdzStatsRow *_pdz_report_objective_row (const PdzReportFigures *fig, PdzObjective *objective);
PdzStatsRow *_pdz_report_project_row (const PdzReportFigures *fig, PdzProject *project);
/* Whether the report shows @objective, @project, @partner, @action: what
 * its tables count (an action: a bullet counted, or a sub-action of one;
 * a partner: every partner of the plan, or in a limited report those
 * taking part in something counted) */
gboolean _pdz_report_shows_objective (const PdzReportFigures *fig, PdzObjective *objective);
gboolean _pdz_report_shows_project (const PdzReportFigures *fig, PdzProject *project);
gboolean _pdz_report_shows_partner (const PdzReportFigures *fig, PdzPartner *partner);
gboolean _pdz_report_shows_action (const PdzReportFigures *fig, PdzAction *action);
/* The counts per status of a row of by_objective, by_macroarea or
 * by_project (columns actions-STATUS) */
void _pdz_report_row_counts (PdzStatsRow *row, guint counts[PDZ_N_STATUSES]);
/* The roles column of a row of pdz_stats_by_partner(), as labels; "" for NULL */
char *_pdz_report_partner_roles (const PdzReportContext *ctx, PdzStatsRow *row);
/* The same of any column of @row that lists roles by nick, separated by
 * commas (PdzDiff's partners: roles-joined, roles-left) */
char *_pdz_report_roles_column (const PdzReportContext *ctx, PdzStatsRow *row, const char *column);
/* Whether @entity (an action or a milestone) is dated outside the round */
gboolean _pdz_report_is_outside_round (const PdzReportFigures *fig, gpointer entity);

/* The objectives of @macroarea the report shows, of any kind, in the
 * plan's order (transfer container) */
GPtrArray *_pdz_report_macroarea_objectives (const PdzReportFigures *fig, PdzMacroarea *macroarea);
/* The bullets of @objective or @project the report shows, in order
 * (transfer container) */
GPtrArray *_pdz_report_actions_of (const PdzReportFigures *fig, GListModel *actions);
/* The actions shown that name @project without being held by it: bullets
 * and sub-actions, in document order, from the index (transfer container) */
GPtrArray *_pdz_report_actions_naming_project (const PdzReportFigures *fig, PdzProject *project);
/* Every action shown, each bullet followed by its sub-actions, in document
 * order (transfer container) */
GPtrArray *_pdz_report_all_actions (const PdzReportFigures *fig);

/* Where each partner appears, for the index of partners: the objectives
 * and projects that name it (directly or through their actions), and
 * whether it is a member municipality, from the index. */
typedef struct {
  GPtrArray *objectives;                 /* (element-type PdzObjective) unowned, no duplicates */
  GPtrArray *projects;                   /* (element-type PdzProject) unowned, no duplicates */
  gboolean municipality;
} PdzReportAppearances;

void _pdz_report_appearances_init (PdzReportAppearances *a, const PdzReportContext *ctx,
                                   const PdzReportFigures *fig, PdzPartner *partner);
void _pdz_report_appearances_clear (PdzReportAppearances *a);

/* ------------------------------------------------------------------------ */
/* The document shared by HTML, Markdown, PDF and ODP                      */
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
  PDZ_BLOCK_LIST,           /* items: each a GPtrArray of PdzReportInline; children (nullable) */
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
  GArray *levels;                        /* (owned) (nullable) of guint, one per LIST item: 0, or
                                          * 1 for a sub-point of the item at 0 before it (the
                                          * sub-actions under their bullet); NULL: all 0 */
  GPtrArray *cover_classes;              /* (owned) (nullable) of static char*, one per COVER line */
  GArray *columns;                       /* (owned) (nullable) of PdzReportColumn */
  GPtrArray *rows;                       /* (owned) (nullable) of GPtrArray of cells (GPtrArray of PdzReportInline) */
  gboolean group_first_column;           /* merge repeated cells of the first column */
  PdzReportFigure *figure;               /* (owned) (nullable) */
  GPtrArray *children;                   /* (owned) (nullable): of a LIST, one entry per item,
                                          * each NULL or a LIST block nested under the item
                                          * (not in the document's blocks) */
  GPtrArray *row_classes;                /* (owned) (nullable): of a TABLE, one static (nullable)
                                          * class per row, "total" for a row of totals,
                                          * "project-actions" for the summary's row of the
                                          * actions held by projects */
} PdzReportBlock;

typedef struct {
  char *language;                        /* (owned) */
  char *title;                           /* (owned): for <title> */
  GPtrArray *blocks;                     /* (owned) of PdzReportBlock */
} PdzReportDocument;

PdzReportDocument *_pdz_report_document_new (const PdzReportContext *ctx);
/* pdz-report-region.c: the document of a regional overview (@ctx has a
 * corpus), which _pdz_report_document_new() gives for one */
PdzReportDocument *_pdz_report_region_document_new (const PdzReportContext *ctx);
/* pdz-report-context.c: a context like @ctx for the plan @plan of its
 * corpus, with @sections, for the section of an ambito. (transfer full) */
PdzReportContext *_pdz_report_context_for_plan (const PdzReportContext *ctx, PdzPlan *plan,
                                                PdzReportSection sections);
void _pdz_report_context_free (PdzReportContext *ctx);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdzReportContext, _pdz_report_context_free)
void _pdz_report_document_free (PdzReportDocument *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdzReportDocument, _pdz_report_document_free)

/* The depth of the item @i of the LIST @block: 0, or 1 for a sub-point */
guint _pdz_doc_list_item_level (const PdzReportBlock *block, guint i);

/* The texts of @inlines (of PdzReportInline) run together, without markup. (transfer full) */
char *_pdz_doc_inlines_plain_text (GPtrArray *inlines);

/* ------------------------------------------------------------------------ */
/* Charts                                                                   */
/* ------------------------------------------------------------------------ */

/* Each returns a standalone <svg> element (with xmlns, <title> and <desc>).
 * @id_prefix keeps the ids of patterns unique when several charts share a
 * document. They return NULL when there is nothing to draw: no action
 * counted; too few dated actions and milestones (_pdz_report_time_text()
 * says why); fewer than two sources with a stated amount. */
char *_pdz_report_chart_status (const PdzReportContext *ctx, const PdzReportFigures *fig, const char *id_prefix);
char *_pdz_report_chart_timeline (const PdzReportContext *ctx, const PdzReportFigures *fig, const char *id_prefix);
char *_pdz_report_chart_funding (const PdzReportContext *ctx, const PdzReportFigures *fig, const char *id_prefix);
/* The description of the chart over time, or the sentence that says how
 * many actions and milestones are dated and why there is no chart.
 * (transfer full) */
char *_pdz_report_time_text (const PdzReportContext *ctx, const PdzReportFigures *fig);

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

PdzReportGrid *_pdz_report_grid_new (const PdzReportContext *ctx, const PdzReportFigures *fig,
                                     PdzReportTable table);
/* The table of a regional overview: one row per ambito (pdz_corpus_by_ambito()),
 * and the Region's total */
PdzReportGrid *_pdz_report_region_grid_new (const PdzReportContext *ctx);
void _pdz_report_grid_free (PdzReportGrid *grid);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdzReportGrid, _pdz_report_grid_free)
const char *_pdz_report_table_file_name (PdzReportTable table);
/* The last table of a CSV report of every table or of a workbook: the
 * changes with a previous round, else the fundings */
PdzReportTable _pdz_report_last_table (const PdzReportContext *ctx);


GBytes *_pdz_report_write_csv (const PdzReportContext *ctx, const PdzReportFigures *fig,
                               PdzReportTable table);
#if PDZ_HAVE_PDF
/* pdz-report-pdf.c: an A4 PDF */
GBytes *_pdz_report_write_pdf (const PdzReportContext *ctx, GError **error);
#endif
#if PDZ_HAVE_ODF
/* pdz-report-odp.c: a 16:9 OpenDocument slide deck */
GBytes *_pdz_report_write_odp (const PdzReportContext *ctx, GError **error);
#endif
#if PDZ_HAVE_XLSX
gboolean _pdz_report_write_xlsx (const PdzReportContext *ctx, const char *path, GError **error);
#endif

G_END_DECLS
