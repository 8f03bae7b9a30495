/* pdz-report-builder-private.h: the primitives that build a report document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * pdz-report-builder.c appends blocks and inline runs to the document and
 * keeps the anchors of the entities, and makes the table of contents.
 * pdz-report-document.c (the order of the document, the cover, the
 * summary and the charts), pdz-report-region.c (the regional overview)
 * and pdz-report-sections.c (the sections on the plan's content, and the
 * pieces of the summary both documents show) build with them; the builder
 * calls none of them. Every text given to these functions is
 * copied and kept as plain text: the writers escape it.
 *
 * The block model (pdz-report-private.h) is what every writer of a
 * document reads: HTML, Markdown, and the PDF and ODP writers. Extend it
 * compatibly, and say here what a writer must do with what is new:
 *
 * - PDZ_BLOCK_LIST's `children` (0.2): an item may have a list nested
 *   under it, a PDZ_BLOCK_LIST block that is not in the document's blocks
 *   (_pdz_doc_list_item_children()). The actions use it for their
 *   milestones (items whose first inline is a PDZ_INLINE_MARK of class
 *   "milestone") and their sub-actions, which may have a nested list of
 *   their own milestones. A writer prints the nested list indented under
 *   its item; one that ignores it loses the sub-actions and milestones.
 * - PDZ_BLOCK_TABLE's `row_classes` (0.2): a class per row, NULL or
 *   "total" for a row of totals, which a writer sets apart (bold).
 * - PDZ_BLOCK_SECTION_BEGIN's klass may hold "box" (0.2): a section set
 *   apart in a frame, such as the list of extra actions; and "keep" (0.2):
 *   a section that should not be split across pages if it can be helped.
 * - PDZ_INLINE_MARK's classes: "extra" (an extra action), "outside" (a
 *   date outside the monitoring round), "milestone" (a milestone's label),
 *   "changed" (0.2: what changed since the previous round, "nuovo").
 * - PDZ_BLOCK_SECTION_BEGIN's klass "changes" (0.2): what changed since
 *   the previous round, with a table of class "transitions"; the deck
 *   makes it slides of its own.
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

/* The builder of a new document titled @title (copied), with the anchors of
 * the entities whose sections @ctx holds; builder_finish() gives the
 * document (transfer full) and frees the rest. */
void _pdz_doc_builder_init (PdzReportBuilder *b, const PdzReportContext *ctx,
                            const PdzReportFigures *fig, const char *title);
PdzReportDocument *_pdz_doc_builder_finish (PdzReportBuilder *b);

/* Blocks, appended to the document (or inserted at @at); add_paragraph()
 * takes @inlines and drops them when empty */
PdzReportBlock *_pdz_doc_add_block (PdzReportBuilder *b, PdzBlockKind kind, const char *klass, const char *anchor);
PdzReportBlock *_pdz_doc_insert_block (PdzReportBuilder *b, guint at, PdzBlockKind kind,
                                       const char *klass, const char *anchor);
void _pdz_doc_add_heading (PdzReportBuilder *b, int level, const char *anchor, GPtrArray *inlines);
void _pdz_doc_add_heading_text (PdzReportBuilder *b, int level, const char *anchor, const char *text);
void _pdz_doc_add_paragraph (PdzReportBuilder *b, const char *klass, GPtrArray *inlines);
PdzReportBlock *_pdz_doc_add_list (PdzReportBuilder *b, const char *klass);
/* Lists: items are appended with list_add_item() (which takes @inlines);
 * list_last_item_children() gives the list nested under the last item,
 * made with @klass on first use; list_item_children() the one under
 * @item, or NULL */
void _pdz_doc_list_add_item (PdzReportBlock *list, GPtrArray *inlines);
PdzReportBlock *_pdz_doc_list_last_item_children (PdzReportBlock *list, const char *klass);
PdzReportBlock *_pdz_doc_list_item_children (PdzReportBlock *list, guint item);
/* The items of @list and of the lists nested under them, in reading
 * order, each referenced, with their depth (0 for @list's own) in
 * *@levels (of guint): how the paged formats, which indent rather than
 * nest, walk a list. (transfer full) */
GPtrArray *_pdz_doc_list_flatten (const PdzReportBlock *list, GArray **levels);
void _pdz_doc_begin_section (PdzReportBuilder *b, const char *klass);
void _pdz_doc_end_section (PdzReportBuilder *b);

/* Tables: add_table() takes its columns as (header, numeric) pairs, ended
 * by NULL */
PdzReportBlock *_pdz_doc_add_table (PdzReportBuilder *b, const char *klass, ...);
void _pdz_doc_table_add_column (PdzReportBlock *table, const char *header, gboolean numeric);
GPtrArray *_pdz_doc_table_add_row (PdzReportBlock *table);
GPtrArray *_pdz_doc_table_add_row_with_class (PdzReportBlock *table, const char *klass);
const char *_pdz_doc_table_row_class (PdzReportBlock *table, guint row);
void _pdz_doc_row_add_cell (GPtrArray *row, GPtrArray *inlines);
void _pdz_doc_row_add_text (GPtrArray *row, const char *text);
void _pdz_doc_row_add_count (PdzReportBuilder *b, GPtrArray *row, guint64 n);

/* Links to the anchors of entities: anchor_of() is NULL when the entity's
 * section is not in the report, and add_ref() then writes plain text */
const char *_pdz_doc_anchor_of (PdzReportBuilder *b, gpointer entity);
void _pdz_doc_add_ref (PdzReportBuilder *b, GPtrArray *ils, gpointer entity, const char *text);

/* A line of the COVER block @cover, of class @klass; takes @inlines, and
 * drops them when empty */
void _pdz_doc_cover_line (PdzReportBlock *cover, const char *klass, GPtrArray *inlines);
/* The table of contents, after the cover: a link to every heading of
 * level 2 with an anchor; called last */
void _pdz_doc_build_contents (PdzReportBuilder *b);

G_END_DECLS
