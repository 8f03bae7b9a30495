/* pdz-report-document-private.h: building the document of pdz-report-document.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * pdz-report-document.c holds the building blocks, the cover, the summary
 * and the charts; pdz-report-sections.c the sections on the plan's content.
 * Every text given to these functions is copied and kept as plain text:
 * the writers escape it.
 */

#pragma once

#include "pdz-report-private.h"

G_BEGIN_DECLS

typedef struct {
  const PdzReportContext *ctx;
  PdzReportDocument *doc;
  const PdzReportFigures *fig;
  GHashTable *anchors;                   /* (owned): entity -> (owned) anchor */
} PdzReportBuilder;

/* Inlines */
GPtrArray *_pdz_doc_inlines_new (void);
void _pdz_doc_add_inline (GPtrArray *ils, PdzInlineKind kind, const char *text, const char *target, const char *klass);
void _pdz_doc_add_text (GPtrArray *ils, const char *text);
void _pdz_doc_add_strong (GPtrArray *ils, const char *text);
void _pdz_doc_add_label (GPtrArray *ils, const char *label);
void _pdz_doc_add_separator (GPtrArray *ils);
void _pdz_doc_add_field (GPtrArray *ils, const char *label, const char *text);
void _pdz_doc_add_url (GPtrArray *ils, const char *url);
GPtrArray *_pdz_doc_inlines_text (const char *text);
GPtrArray *_pdz_doc_inlines_text_take (char *text);
void _pdz_doc_add_status_badge (PdzReportBuilder *b, GPtrArray *ils, PdzStatus status, gboolean feminine);

/* Blocks, appended to the document; add_paragraph() takes @inlines and
 * drops them when empty */
PdzReportBlock *_pdz_doc_add_block (PdzReportBuilder *b, PdzBlockKind kind, const char *klass, const char *anchor);
void _pdz_doc_add_heading (PdzReportBuilder *b, int level, const char *anchor, GPtrArray *inlines);
void _pdz_doc_add_heading_text (PdzReportBuilder *b, int level, const char *anchor, const char *text);
void _pdz_doc_add_paragraph (PdzReportBuilder *b, const char *klass, GPtrArray *inlines);
PdzReportBlock *_pdz_doc_add_list (PdzReportBuilder *b, const char *klass);
void _pdz_doc_begin_section (PdzReportBuilder *b, const char *klass);
void _pdz_doc_end_section (PdzReportBuilder *b);

/* Tables: add_table() takes its columns as (header, numeric) pairs, ended
 * by NULL */
PdzReportBlock *_pdz_doc_add_table (PdzReportBuilder *b, const char *klass, ...);
void _pdz_doc_table_add_column (PdzReportBlock *table, const char *header, gboolean numeric);
GPtrArray *_pdz_doc_table_add_row (PdzReportBlock *table);
void _pdz_doc_row_add_cell (GPtrArray *row, GPtrArray *inlines);
void _pdz_doc_row_add_text (GPtrArray *row, const char *text);
void _pdz_doc_row_add_count (PdzReportBuilder *b, GPtrArray *row, guint64 n);

/* Links to the anchors of entities: anchor_of() is NULL when the entity's
 * section is not in the report, and add_ref() then writes plain text */
const char *_pdz_doc_anchor_of (PdzReportBuilder *b, gpointer entity);
void _pdz_doc_add_ref (PdzReportBuilder *b, GPtrArray *ils, gpointer entity, const char *text);

/* The sections of pdz-report-sections.c */
void _pdz_doc_build_macroareas (PdzReportBuilder *b);
void _pdz_doc_build_health (PdzReportBuilder *b);
void _pdz_doc_build_projects (PdzReportBuilder *b);
void _pdz_doc_build_partners (PdzReportBuilder *b);
void _pdz_doc_build_funding (PdzReportBuilder *b);
void _pdz_doc_build_diagnostics (PdzReportBuilder *b);

G_END_DECLS
