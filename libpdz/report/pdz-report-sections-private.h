/* pdz-report-sections-private.h: the sections on the plan's content
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * pdz-report-sections.c builds them with the primitives of
 * pdz-report-builder.c; pdz-report-document.c calls them in the order of
 * the document, and pdz-report-region.c the summary's pieces. Each
 * appends its section to the document of @b.
 */

#pragma once

#include "pdz-report-builder-private.h"

G_BEGIN_DECLS

void _pdz_doc_build_extra_actions (PdzReportBuilder *b);
/* pdz-report-changes.c: what changed since the previous round, when the
 * report has one */
void _pdz_doc_build_changes (PdzReportBuilder *b);
void _pdz_doc_build_macroareas (PdzReportBuilder *b);
void _pdz_doc_build_health (PdzReportBuilder *b);
void _pdz_doc_build_projects (PdzReportBuilder *b);
void _pdz_doc_build_partners (PdzReportBuilder *b);
void _pdz_doc_build_funding (PdzReportBuilder *b);
void _pdz_doc_build_diagnostics (PdzReportBuilder *b);

/* The pieces of the summary that the regional overview
 * (pdz-report-region.c) shows too, of the Region and of each ambito: */
/* the list of the key figures of b->fig; */
void _pdz_doc_build_key_figures (PdzReportBuilder *b);
/* the statuses a table of counts has a column for, in order (done first,
 * not stated last; suspended and cancelled only when b->fig counts one),
 * returning how many; */
guint _pdz_doc_summary_statuses (PdzReportBuilder *b, PdzStatus statuses[PDZ_N_STATUSES]);
/* the columns of @statuses, then of the actions, added to @table after
 * its first ones; */
void _pdz_doc_summary_columns (PdzReportBuilder *b, PdzReportBlock *table, const PdzStatus *statuses,
                               guint n_statuses);
/* the cells of @counts for @statuses appended to @row, then @total. */
void _pdz_doc_summary_counts (PdzReportBuilder *b, GPtrArray *row, const guint counts[PDZ_N_STATUSES],
                              const PdzStatus *statuses, guint n_statuses, guint total);

G_END_DECLS
