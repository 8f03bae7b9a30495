/* pdz-report.h: the monitoring report of a plan, and the formats it is written in
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <gio/gio.h>

#include "pdz-diff.h"
#include "pdz-corpus.h"
#include "pdz-types.h"
#include "pdz-version-macros.h"

G_BEGIN_DECLS

/**
 * PdzReportFormat:
 * @PDZ_REPORT_FORMAT_HTML: one self-contained HTML file, with inline CSS and
 *   SVG charts and no script (`html`)
 * @PDZ_REPORT_FORMAT_MARKDOWN: Markdown that pandoc reads (pipe tables, ATX
 *   headings), with the charts as SVG files beside it (`markdown`)
 * @PDZ_REPORT_FORMAT_CSV: the data tables as RFC 4180 CSV (`csv`)
 * @PDZ_REPORT_FORMAT_XLSX: an Excel workbook with a summary sheet and one
 *   sheet per data table (`xlsx`); a build of libpdz may leave it out
 * @PDZ_REPORT_FORMAT_PDF: an A4 PDF document, tagged, with bookmarks and
 *   page numbers (`pdf`); a build of libpdz may leave it out. Since: 0.2
 * @PDZ_REPORT_FORMAT_ODP: an OpenDocument slide deck in 16:9, in the order
 *   of the office's own deck, the details in the speaker notes (`odp`); a
 *   build of libpdz may leave it out. Since: 0.2
 *
 * The file format a [class@Pdz.Report] writes.
 *
 * HTML, Markdown and CSV are always available. The others depend on how
 * libpdz was built (its meson options `xlsx`, `pdf` and `odf`): ask
 * [func@Pdz.ReportFormat.is_available]. Writing a report in a format that
 * is not available fails with %PDZ_ERROR_UNSUPPORTED.
 */
typedef enum {
  PDZ_REPORT_FORMAT_HTML,
  PDZ_REPORT_FORMAT_MARKDOWN,
  PDZ_REPORT_FORMAT_CSV,
  PDZ_REPORT_FORMAT_XLSX,
  PDZ_REPORT_FORMAT_PDF,
  PDZ_REPORT_FORMAT_ODP,
} PdzReportFormat;

/**
 * PdzReportSection:
 * @PDZ_REPORT_SECTION_NONE: no section
 * @PDZ_REPORT_SECTION_COVER: the cover: plan, ambito, period, monitoring
 *   round and its span, the office's contacts, the date of the report
 * @PDZ_REPORT_SECTION_SUMMARY: the summary (*Schema di sintesi*): the key
 *   figures, each macroarea's objectives with their status and their
 *   actions by status, the actions of projects and the totals; then the
 *   box of the extra actions; then, in a report with a previous round
 *   ([property@Pdz.Report:since]), what changed since that round
 * @PDZ_REPORT_SECTION_CHARTS: the charts: status per macroarea, actions and
 *   milestones over time, funding per source, each when the data is enough
 *   for it to say something (else a sentence or a list stands in)
 * @PDZ_REPORT_SECTION_MACROAREAS: one section per macroarea, with its
 *   objectives, their actions and their indicators
 * @PDZ_REPORT_SECTION_HEALTH_INTEGRATION: the social and health integration
 *   objectives shared with the ASST that have no macroarea
 * @PDZ_REPORT_SECTION_PROJECTS: the projects, the sovra-ambito ones in a
 *   section of their own
 * @PDZ_REPORT_SECTION_PARTNERS: the index of partners and where each
 *   appears, the Ambito's own bodies apart
 * @PDZ_REPORT_SECTION_FUNDING: the funding overview, by source and by status
 * @PDZ_REPORT_SECTION_ALL: every section above
 *
 * The sections of an HTML, Markdown or PDF report. The CSV and XLSX formats
 * hold data tables and ignore them. The appendix of diagnostics is chosen
 * with [property@Pdz.Report:include-diagnostics].
 */
typedef enum /*< flags >*/ {
  PDZ_REPORT_SECTION_NONE = 0,
  PDZ_REPORT_SECTION_COVER = 1 << 0,
  PDZ_REPORT_SECTION_SUMMARY = 1 << 1,
  PDZ_REPORT_SECTION_CHARTS = 1 << 2,
  PDZ_REPORT_SECTION_MACROAREAS = 1 << 3,
  PDZ_REPORT_SECTION_HEALTH_INTEGRATION = 1 << 4,
  PDZ_REPORT_SECTION_PROJECTS = 1 << 5,
  PDZ_REPORT_SECTION_PARTNERS = 1 << 6,
  PDZ_REPORT_SECTION_FUNDING = 1 << 7,
  PDZ_REPORT_SECTION_ALL = 0xff,
} PdzReportSection;

/**
 * PdzReportTable:
 * @PDZ_REPORT_TABLE_ALL: every table: a CSV report then goes to a
 *   directory, one file per table (`all`)
 * @PDZ_REPORT_TABLE_OBJECTIVES: the objectives, with their actions counted
 *   by status (`objectives`)
 * @PDZ_REPORT_TABLE_ACTIONS: the actions, of objectives and of projects (`actions`)
 * @PDZ_REPORT_TABLE_PROJECTS: the projects (`projects`)
 * @PDZ_REPORT_TABLE_PARTNERS: the partners and how often each appears (`partners`)
 * @PDZ_REPORT_TABLE_FUNDINGS: every funding, of actions and of projects (`fundings`)
 * @PDZ_REPORT_TABLE_CHANGES: what changed since the previous monitoring
 *   round, [property@Pdz.Report:since]: status transitions, completed, new,
 *   removed and extra actions, partners and funding (`changes`); only in a
 *   report that has a previous round. Since: 0.2
 *
 * The data table a CSV report holds.
 */
typedef enum {
  PDZ_REPORT_TABLE_ALL,
  PDZ_REPORT_TABLE_OBJECTIVES,
  PDZ_REPORT_TABLE_ACTIONS,
  PDZ_REPORT_TABLE_PROJECTS,
  PDZ_REPORT_TABLE_PARTNERS,
  PDZ_REPORT_TABLE_FUNDINGS,
  PDZ_REPORT_TABLE_CHANGES,
} PdzReportTable;

/**
 * PdzReportCsvDialect:
 * @PDZ_REPORT_CSV_DIALECT_RFC4180: RFC 4180: comma separator, CRLF line
 *   ends, UTF-8 without a byte-order mark, amounts with a decimal point (`rfc4180`)
 * @PDZ_REPORT_CSV_DIALECT_EXCEL_IT: for Excel in an Italian locale:
 *   semicolon separator, CRLF line ends, UTF-8 with a byte-order mark,
 *   amounts with a decimal comma (`excel-it`)
 *
 * How a CSV report is spelled. In both dialects a cell that would begin
 * with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with an
 * apostrophe, so that no spreadsheet takes it for a formula.
 */
typedef enum {
  PDZ_REPORT_CSV_DIALECT_RFC4180,
  PDZ_REPORT_CSV_DIALECT_EXCEL_IT,
} PdzReportCsvDialect;

PDZ_AVAILABLE_IN_0_2
gboolean             pdz_report_format_is_available     (PdzReportFormat     format);

#define PDZ_TYPE_REPORT (pdz_report_get_type ())

PDZ_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (PdzReport, pdz_report, PDZ, REPORT, GObject)

PDZ_AVAILABLE_IN_ALL
PdzReport *          pdz_report_new                     (PdzPlan            *plan);

PDZ_AVAILABLE_IN_ALL
PdzPlan *            pdz_report_get_plan                (PdzReport          *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_report_set_plan                (PdzReport          *self,
                                                         PdzPlan            *plan);
PDZ_AVAILABLE_IN_ALL
PdzReportFormat      pdz_report_get_format              (PdzReport          *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_report_set_format              (PdzReport          *self,
                                                         PdzReportFormat     format);
PDZ_AVAILABLE_IN_ALL
const char *         pdz_report_get_language            (PdzReport          *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_report_set_language            (PdzReport          *self,
                                                         const char         *language);
PDZ_AVAILABLE_IN_ALL
const char *         pdz_report_get_effective_language  (PdzReport          *self);
PDZ_AVAILABLE_IN_ALL
PdzReportSection     pdz_report_get_sections            (PdzReport          *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_report_set_sections            (PdzReport          *self,
                                                         PdzReportSection    sections);
PDZ_AVAILABLE_IN_ALL
PdzReportTable       pdz_report_get_table               (PdzReport          *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_report_set_table               (PdzReport          *self,
                                                         PdzReportTable      table);
PDZ_AVAILABLE_IN_ALL
PdzReportCsvDialect  pdz_report_get_csv_dialect         (PdzReport          *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_report_set_csv_dialect         (PdzReport          *self,
                                                         PdzReportCsvDialect csv_dialect);
PDZ_AVAILABLE_IN_ALL
GDateTime *          pdz_report_get_generated           (PdzReport          *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_report_set_generated           (PdzReport          *self,
                                                         GDateTime          *generated);
PDZ_AVAILABLE_IN_ALL
gboolean             pdz_report_get_include_diagnostics (PdzReport          *self);
PDZ_AVAILABLE_IN_ALL
void                 pdz_report_set_include_diagnostics (PdzReport          *self,
                                                         gboolean            include_diagnostics);
PDZ_AVAILABLE_IN_0_2
PdzQuery *           pdz_report_get_query               (PdzReport          *self);
PDZ_AVAILABLE_IN_0_2
void                 pdz_report_set_query               (PdzReport          *self,
                                                         PdzQuery           *query);

PDZ_AVAILABLE_IN_0_2
PdzPlan *            pdz_report_get_since               (PdzReport          *self);
PDZ_AVAILABLE_IN_0_2
void                 pdz_report_set_since               (PdzReport          *self,
                                                         PdzPlan            *since);
PDZ_AVAILABLE_IN_0_2
PdzDiffFlags         pdz_report_get_since_flags         (PdzReport          *self);
PDZ_AVAILABLE_IN_0_2
void                 pdz_report_set_since_flags         (PdzReport          *self,
                                                         PdzDiffFlags        flags);
PDZ_AVAILABLE_IN_0_2
PdzReport *          pdz_report_new_for_corpus          (PdzCorpus          *corpus);
PDZ_AVAILABLE_IN_0_2
PdzCorpus *          pdz_report_get_corpus              (PdzReport          *self);
PDZ_AVAILABLE_IN_0_2
void                 pdz_report_set_corpus              (PdzReport          *self,
                                                         PdzCorpus          *corpus);

PDZ_AVAILABLE_IN_ALL
const char * const * pdz_report_get_languages           (void);

PDZ_AVAILABLE_IN_0_2
char **              pdz_report_dup_output_files        (PdzReport          *self,
                                                         const char         *path);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_report_dup_output_files)
char **              pdz_report_get_output_files        (PdzReport          *self,
                                                         const char         *path);
PDZ_AVAILABLE_IN_0_2
gboolean             pdz_report_write                   (PdzReport          *self,
                                                         GFile              *file,
                                                         GCancellable       *cancellable,
                                                         GError            **error);
PDZ_AVAILABLE_IN_0_2
gboolean             pdz_report_write_path              (PdzReport          *self,
                                                         const char         *path,
                                                         GCancellable       *cancellable,
                                                         GError            **error);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_report_write_path)
gboolean             pdz_report_write_to_file           (PdzReport          *self,
                                                         const char         *path,
                                                         GCancellable       *cancellable,
                                                         GError            **error);
PDZ_AVAILABLE_IN_ALL
gboolean             pdz_report_write_to_stream         (PdzReport          *self,
                                                         GOutputStream      *stream,
                                                         GCancellable       *cancellable,
                                                         GError            **error);
PDZ_AVAILABLE_IN_ALL
GBytes *             pdz_report_to_bytes                (PdzReport          *self,
                                                         GCancellable       *cancellable,
                                                         GError            **error);

G_END_DECLS
