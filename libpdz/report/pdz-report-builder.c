/* pdz-report-builder.c: the primitives that build a report document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The document is a flat list of blocks in reading order. It holds plain
 * text only: the writers escape every run as their format needs, so that
 * no text of the plan can become markup. This file appends blocks and
 * inline runs and keeps the anchors of the entities; it builds no section
 * but the table of contents, made of the headings of the others, and
 * calls none (see pdz-report-builder-private.h).
 */

#include "pdz-report-builder-private.h"


/* Inlines ----------------------------------------------------------------- */

static void
inline_free (PdzReportInline *il)
{
  g_free (il->text);
  g_free (il->target);
  g_free (il);
}

GPtrArray *
_pdz_doc_inlines_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) inline_free);
}

void
_pdz_doc_add_inline (GPtrArray     *ils,
                     PdzInlineKind  kind,
                     const char    *text,
                     const char    *target,
                     const char    *klass)
{
  PdzReportInline *il = g_new0 (PdzReportInline, 1);

  il->kind = kind;
  il->text = g_strdup (text);
  il->target = g_strdup (target);
  il->klass = klass;
  g_ptr_array_add (ils, il);
}

void
_pdz_doc_add_text (GPtrArray  *ils,
                   const char *text)
{
  if (text != NULL && *text != '\0')
    _pdz_doc_add_inline (ils, PDZ_INLINE_TEXT, text, NULL, NULL);
}

void
_pdz_doc_add_strong (GPtrArray  *ils,
                     const char *text)
{
  _pdz_doc_add_inline (ils, PDZ_INLINE_STRONG, text, NULL, NULL);
}

/* "Label: " in bold */
void
_pdz_doc_add_label (GPtrArray  *ils,
                    const char *label)
{
  g_autofree char *text = g_strconcat (label, ":", NULL);

  _pdz_doc_add_strong (ils, text);
  _pdz_doc_add_text (ils, " ");
}

void
_pdz_doc_add_separator (GPtrArray *ils)
{
  if (ils->len > 0)
    _pdz_doc_add_text (ils, " · ");
}

/* A separator, "Label: " in bold, then @text */
void
_pdz_doc_add_field (GPtrArray  *ils,
                    const char *label,
                    const char *text)
{
  _pdz_doc_add_separator (ils);
  _pdz_doc_add_label (ils, label);
  _pdz_doc_add_text (ils, text);
}

void
_pdz_doc_add_url (GPtrArray  *ils,
                  const char *url)
{
  if (_pdz_report_url_is_safe (url))
    _pdz_doc_add_inline (ils, PDZ_INLINE_LINK, url, url, NULL);
  else
    _pdz_doc_add_text (ils, url);
}

GPtrArray *
_pdz_doc_inlines_text (const char *text)
{
  GPtrArray *ils = _pdz_doc_inlines_new ();

  _pdz_doc_add_text (ils, text);
  return ils;
}

GPtrArray *
_pdz_doc_inlines_text_take (char *text)
{
  GPtrArray *ils = _pdz_doc_inlines_text (text);

  g_free (text);
  return ils;
}

char *
_pdz_doc_inlines_plain_text (GPtrArray *inlines)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < inlines->len; i++)
    {
      PdzReportInline *il = inlines->pdata[i];

      if (il->text != NULL)
        g_string_append (out, il->text);
    }
  return g_string_free (out, FALSE);
}

/* Blocks ------------------------------------------------------------------ */

static void
block_free (PdzReportBlock *block)
{
  /* the children of a list hold NULL for an item without any */
  if (block == NULL)
    return;
  g_free (block->anchor);
  g_clear_pointer (&block->inlines, g_ptr_array_unref);
  g_clear_pointer (&block->items, g_ptr_array_unref);
  g_clear_pointer (&block->cover_classes, g_ptr_array_unref);
  if (block->columns != NULL)
    {
      for (guint i = 0; i < block->columns->len; i++)
        g_free (g_array_index (block->columns, PdzReportColumn, i).header);
      g_array_unref (block->columns);
    }
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_clear_pointer (&block->figure, _pdz_report_figure_free);
  g_clear_pointer (&block->children, g_ptr_array_unref);
  g_clear_pointer (&block->row_classes, g_ptr_array_unref);
  g_free (block);
}

static PdzReportBlock *
block_new (PdzBlockKind  kind,
           const char   *klass,
           const char   *anchor)
{
  PdzReportBlock *block = g_new0 (PdzReportBlock, 1);

  block->kind = kind;
  block->klass = klass;
  block->anchor = g_strdup (anchor);
  return block;
}

PdzReportBlock *
_pdz_doc_insert_block (PdzReportBuilder *b,
                       guint             at,
                       PdzBlockKind      kind,
                       const char       *klass,
                       const char       *anchor)
{
  PdzReportBlock *block = block_new (kind, klass, anchor);

  g_ptr_array_insert (b->doc->blocks, at, block);
  return block;
}

PdzReportBlock *
_pdz_doc_add_block (PdzReportBuilder *b,
                    PdzBlockKind      kind,
                    const char       *klass,
                    const char       *anchor)
{
  return _pdz_doc_insert_block (b, b->doc->blocks->len, kind, klass, anchor);
}

void
_pdz_doc_add_heading (PdzReportBuilder *b,
                      int               level,
                      const char       *anchor,
                      GPtrArray        *inlines)
{
  PdzReportBlock *block = _pdz_doc_add_block (b, PDZ_BLOCK_HEADING, NULL, anchor);

  block->level = level;
  block->inlines = inlines;
}

void
_pdz_doc_add_heading_text (PdzReportBuilder *b,
                           int               level,
                           const char       *anchor,
                           const char       *text)
{
  _pdz_doc_add_heading (b, level, anchor, _pdz_doc_inlines_text (text));
}

void
_pdz_doc_add_paragraph (PdzReportBuilder *b,
                        const char       *klass,
                        GPtrArray        *inlines)
{
  PdzReportBlock *block;

  if (inlines->len == 0)
    {
      g_ptr_array_unref (inlines);
      return;
    }

  block = _pdz_doc_add_block (b, PDZ_BLOCK_PARAGRAPH, klass, NULL);
  block->inlines = inlines;
}

PdzReportBlock *
_pdz_doc_add_list (PdzReportBuilder *b,
                   const char       *klass)
{
  PdzReportBlock *block = _pdz_doc_add_block (b, PDZ_BLOCK_LIST, klass, NULL);

  block->items = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  return block;
}

void
_pdz_doc_list_add_item (PdzReportBlock *list,
                        GPtrArray      *inlines)
{
  g_ptr_array_add (list->items, inlines);
}

/* The list nested under the last item of @list, made on first use */
PdzReportBlock *
_pdz_doc_list_last_item_children (PdzReportBlock *list,
                                  const char     *klass)
{
  guint item;

  g_return_val_if_fail (list->items->len > 0, NULL);

  item = list->items->len - 1;
  if (list->children == NULL)
    list->children = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  while (list->children->len <= item)
    g_ptr_array_add (list->children, NULL);
  if (list->children->pdata[item] == NULL)
    {
      PdzReportBlock *child = block_new (PDZ_BLOCK_LIST, klass, NULL);

      child->items = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
      list->children->pdata[item] = child;
    }
  return list->children->pdata[item];
}

PdzReportBlock *
_pdz_doc_list_item_children (PdzReportBlock *list,
                             guint           item)
{
  if (list->children == NULL || item >= list->children->len)
    return NULL;
  return list->children->pdata[item];
}

void
_pdz_doc_begin_section (PdzReportBuilder *b,
                        const char       *klass)
{
  _pdz_doc_add_block (b, PDZ_BLOCK_SECTION_BEGIN, klass, NULL);
}

void
_pdz_doc_end_section (PdzReportBuilder *b)
{
  _pdz_doc_add_block (b, PDZ_BLOCK_SECTION_END, NULL, NULL);
}

/* Columns are given as header, numeric pairs, ended by NULL. */
PdzReportBlock *
_pdz_doc_add_table (PdzReportBuilder *b,
                    const char       *klass,
                    ...)
{
  PdzReportBlock *block = _pdz_doc_add_block (b, PDZ_BLOCK_TABLE, klass, NULL);
  const char *header;
  va_list args;

  block->columns = g_array_new (FALSE, TRUE, sizeof (PdzReportColumn));
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  va_start (args, klass);
  while ((header = va_arg (args, const char *)) != NULL)
    {
      PdzReportColumn column = { g_strdup (header), va_arg (args, gboolean) };

      g_array_append_val (block->columns, column);
    }
  va_end (args);

  return block;
}

void
_pdz_doc_table_add_column (PdzReportBlock *table,
                           const char     *header,
                           gboolean        numeric)
{
  PdzReportColumn column = { g_strdup (header), numeric };

  g_array_append_val (table->columns, column);
}

/* A new row; its cells are appended with row_add_*(). */
GPtrArray *
_pdz_doc_table_add_row (PdzReportBlock *table)
{
  return _pdz_doc_table_add_row_with_class (table, NULL);
}

GPtrArray *
_pdz_doc_table_add_row_with_class (PdzReportBlock *table,
                                   const char     *klass)
{
  GPtrArray *row = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  if (klass != NULL && table->row_classes == NULL)
    {
      table->row_classes = g_ptr_array_new ();
      for (guint i = 0; i < table->rows->len; i++)
        g_ptr_array_add (table->row_classes, NULL);
    }
  if (table->row_classes != NULL)
    g_ptr_array_add (table->row_classes, (gpointer) klass);
  g_ptr_array_add (table->rows, row);
  return row;
}

const char *
_pdz_doc_table_row_class (PdzReportBlock *table,
                          guint           row)
{
  if (table->row_classes == NULL || row >= table->row_classes->len)
    return NULL;
  return table->row_classes->pdata[row];
}

void
_pdz_doc_row_add_cell (GPtrArray *row,
                       GPtrArray *inlines)
{
  g_ptr_array_add (row, inlines);
}

void
_pdz_doc_row_add_text (GPtrArray  *row,
                       const char *text)
{
  _pdz_doc_row_add_cell (row, _pdz_doc_inlines_text (text));
}

void
_pdz_doc_row_add_count (PdzReportBuilder *b,
                        GPtrArray        *row,
                        guint64           n)
{
  g_autofree char *text = _pdz_report_format_count (b->ctx, n);

  _pdz_doc_row_add_text (row, text);
}

/* A line of a cover, in the order given */
void
_pdz_doc_cover_line (PdzReportBlock *cover,
                     const char     *klass,
                     GPtrArray      *inlines)
{
  if (inlines->len == 0)
    {
      g_ptr_array_unref (inlines);
      return;
    }
  g_ptr_array_add (cover->items, inlines);
  g_ptr_array_add (cover->cover_classes, (gpointer) klass);
}

/* Anchors ----------------------------------------------------------------- */

static gboolean
shows_objective (const PdzReportFigures *fig,
                 gpointer                objective)
{
  return _pdz_report_shows_objective (fig, objective);
}

static gboolean
shows_project (const PdzReportFigures *fig,
               gpointer                project)
{
  return _pdz_report_shows_project (fig, project);
}

static gboolean
shows_partner (const PdzReportFigures *fig,
               gpointer                partner)
{
  return _pdz_report_shows_partner (fig, partner);
}

/* Anchors "PREFIX-N", N the position in the plan from 1, for the items of
 * @model the report shows */
static void
index_anchors (PdzReportBuilder *b,
               GListModel       *model,
               const char       *prefix,
               gboolean        (*shows) (const PdzReportFigures *, gpointer))
{
  PDZ_MODEL_FOREACH (model, GObject, item)
    {
      if (shows == NULL || shows (b->fig, item))
        g_hash_table_insert (b->anchors, item, g_strdup_printf ("%s-%u", prefix, item_i + 1));
    }
}

const char *
_pdz_doc_anchor_of (PdzReportBuilder *b,
                    gpointer          entity)
{
  return g_hash_table_lookup (b->anchors, entity);
}

void
_pdz_doc_add_ref (PdzReportBuilder *b,
                  GPtrArray        *ils,
                  gpointer          entity,
                  const char       *text)
{
  const char *anchor = _pdz_doc_anchor_of (b, entity);

  if (anchor != NULL)
    _pdz_doc_add_inline (ils, PDZ_INLINE_REF, text, anchor, NULL);
  else
    _pdz_doc_add_text (ils, text);
}

void
_pdz_doc_add_status_badge (PdzReportBuilder *b,
                           GPtrArray        *ils,
                           PdzStatus         status,
                           gboolean          feminine)
{
  _pdz_doc_add_inline (ils, PDZ_INLINE_STATUS, _pdz_report_status_label (b->ctx, status, feminine),
              NULL, _pdz_report_status_nick (status));
}

/* The document ------------------------------------------------------------ */

void
_pdz_report_document_free (PdzReportDocument *doc)
{
  if (doc == NULL)
    return;
  g_free (doc->language);
  g_free (doc->title);
  g_ptr_array_unref (doc->blocks);
  g_free (doc);
}

/* Entities are linked only when the section that holds their anchor is in
 * the report. */
void
_pdz_doc_builder_init (PdzReportBuilder       *b,
                       const PdzReportContext *ctx,
                       const PdzReportFigures *fig,
                       const char             *title)
{
  PdzReportDocument *doc = g_new0 (PdzReportDocument, 1);

  doc->language = g_strdup (ctx->cat->language);
  doc->title = g_strdup (title);
  doc->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);

  b->ctx = ctx;
  b->doc = doc;
  b->fig = fig;
  b->anchors = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  /* Entities are linked only when the section that holds their anchor is
   * in the report, and they are in it. */
  if (ctx->sections & PDZ_REPORT_SECTION_MACROAREAS)
    index_anchors (b, pdz_plan_get_macroareas (ctx->plan), "macroarea", NULL);
  if (ctx->sections & (PDZ_REPORT_SECTION_MACROAREAS | PDZ_REPORT_SECTION_HEALTH_INTEGRATION))
    index_anchors (b, pdz_plan_get_objectives (ctx->plan), "objective",
                   shows_objective);
  if (ctx->sections & PDZ_REPORT_SECTION_PROJECTS)
    index_anchors (b, pdz_plan_get_projects (ctx->plan), "project",
                   shows_project);
  if (ctx->sections & PDZ_REPORT_SECTION_PARTNERS)
    index_anchors (b, pdz_plan_get_partners (ctx->plan), "partner",
                   shows_partner);
}

PdzReportDocument *
_pdz_doc_builder_finish (PdzReportBuilder *b)
{
  g_clear_pointer (&b->anchors, g_hash_table_unref);
  return g_steal_pointer (&b->doc);
}

/* Table of contents (the HTML writer shows it; Markdown leaves it to pandoc --toc) */
void
_pdz_doc_build_contents (PdzReportBuilder *b)
{
  PdzReportBlock *list = NULL;

  for (guint i = 0; i < b->doc->blocks->len; i++)
    {
      PdzReportBlock *block = b->doc->blocks->pdata[i];
      GPtrArray *item;

      if (block->kind != PDZ_BLOCK_HEADING || block->level != 2 || block->anchor == NULL)
        continue;

      if (list == NULL)
        {
          PdzReportBlock *heading;
          guint at = 0;

          /* Insert after the cover: section begin, heading, list, section end. */
          while (at < b->doc->blocks->len &&
                 ((PdzReportBlock *) b->doc->blocks->pdata[at])->kind == PDZ_BLOCK_COVER)
            at++;
          _pdz_doc_insert_block (b, at++, PDZ_BLOCK_SECTION_BEGIN, "toc", NULL);
          heading = _pdz_doc_insert_block (b, at++, PDZ_BLOCK_HEADING, NULL, "contents");
          heading->level = 2;
          heading->inlines = _pdz_doc_inlines_text (_pdz_report_msg (b->ctx, PDZ_MSG_CONTENTS));
          list = _pdz_doc_insert_block (b, at++, PDZ_BLOCK_LIST, "toc", NULL);
          list->items = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
          _pdz_doc_insert_block (b, at, PDZ_BLOCK_SECTION_END, NULL, NULL);
          i += 4;
        }

      item = _pdz_doc_inlines_new ();
      {
        g_autofree char *title = _pdz_doc_inlines_plain_text (block->inlines);

        _pdz_doc_add_inline (item, PDZ_INLINE_REF, title, block->anchor, NULL);
      }
      g_ptr_array_add (list->items, item);
    }
}

static void
flatten (const PdzReportBlock *list,
         guint                 level,
         GPtrArray            *items,
         GArray               *levels)
{
  for (guint i = 0; i < list->items->len; i++)
    {
      PdzReportBlock *children = _pdz_doc_list_item_children ((PdzReportBlock *) list, i);

      g_ptr_array_add (items, g_ptr_array_ref (list->items->pdata[i]));
      g_array_append_val (levels, level);
      if (children != NULL)
        flatten (children, level + 1, items, levels);
    }
}

GPtrArray *
_pdz_doc_list_flatten (const PdzReportBlock  *list,
                       GArray               **levels)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  *levels = g_array_new (FALSE, FALSE, sizeof (guint));
  flatten (list, 0, items, *levels);
  return items;
}
