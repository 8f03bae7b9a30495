/* pdz-report-sections-private.h: the sections on the plan's content
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * pdz-report-sections.c builds them with the primitives of
 * pdz-report-builder.c; pdz-report-document.c calls them in the order of
 * the document. Each appends its section to the document of @b.
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

G_END_DECLS
