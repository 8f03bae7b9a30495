/* pdz-report-document.c: the content of the HTML and Markdown reports
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The document is a flat list of blocks in reading order. It holds plain
 * text only: the writers escape every run as their format needs, so that
 * no text of the plan can become markup.
 */

#include "pdz-report-document-private.h"


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
  g_free (block);
}

PdzReportBlock *
_pdz_doc_add_block (PdzReportBuilder *b,
                    PdzBlockKind      kind,
                    const char       *klass,
                    const char       *anchor)
{
  PdzReportBlock *block = g_new0 (PdzReportBlock, 1);

  block->kind = kind;
  block->klass = klass;
  block->anchor = g_strdup (anchor);
  g_ptr_array_add (b->doc->blocks, block);
  return block;
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
  GPtrArray *row = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  g_ptr_array_add (table->rows, row);
  return row;
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

/* Anchors ----------------------------------------------------------------- */

static void
index_anchors (PdzReportBuilder *b,
               GListModel       *model,
               const char       *prefix)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_hash_table_insert (b->anchors, item, g_strdup_printf ("%s-%u", prefix, i + 1));
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

/* Cover ------------------------------------------------------------------- */

static void
cover_line (PdzReportBlock *cover,
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

static void
build_cover (PdzReportBuilder *b)
{
  PdzPlan *plan = b->ctx->plan;
  PdzReportBlock *cover = _pdz_doc_add_block (b, PDZ_BLOCK_COVER, "cover", "cover");
  GListModel *municipalities = pdz_plan_get_municipalities (plan);
  PdzPartner *lead = pdz_plan_get_lead_municipality (plan);
  GPtrArray *ils;
  g_autofree char *period = NULL;
  g_autofree char *span = NULL;
  g_autofree char *generated = NULL;
  g_autofree char *generated_line = NULL;

  cover->items = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  cover->cover_classes = g_ptr_array_new ();

  cover_line (cover, "title", _pdz_doc_inlines_text (b->doc->title));
  cover_line (cover, "ambito", _pdz_doc_inlines_text (pdz_plan_get_ambito (plan)));

  period = _pdz_report_format_date_range (b->ctx, pdz_plan_get_start (plan), pdz_plan_get_end (plan));
  cover_line (cover, "period", _pdz_doc_inlines_text (period));

  cover_line (cover, "monitoring", _pdz_doc_inlines_text (pdz_plan_get_monitoring_title (plan)));
  span = _pdz_report_format_span (b->ctx, pdz_plan_get_monitoring_start (plan),
                                  pdz_plan_get_monitoring_end (plan));
  if (span != NULL)
    {
      g_autofree char *in_brackets = g_strdup_printf ("(%s)", span);
      cover_line (cover, "span", _pdz_doc_inlines_text (in_brackets));
    }

  ils = _pdz_doc_inlines_new ();
  if (g_list_model_get_n_items (municipalities) > 0)
    {
      _pdz_doc_add_label (ils, _pdz_report_msg (b->ctx, PDZ_MSG_MUNICIPALITIES));
      for (guint i = 0; i < g_list_model_get_n_items (municipalities); i++)
        {
          g_autoptr(PdzPartner) m = g_list_model_get_item (municipalities, i);

          if (i > 0)
            _pdz_doc_add_text (ils, ", ");
          _pdz_doc_add_text (ils, _pdz_report_text_or (pdz_partner_get_display_name (m), pdz_partner_get_id (m)));
        }
    }
  if (lead != NULL)
    {
      _pdz_doc_add_field (ils, _pdz_report_msg (b->ctx, PDZ_MSG_LEAD_MUNICIPALITY),
                          _pdz_report_text_or (pdz_partner_get_display_name (lead), pdz_partner_get_id (lead)));
    }
  cover_line (cover, "municipalities", ils);

  ils = _pdz_doc_inlines_new ();
  if (pdz_plan_get_office (plan) != NULL)
    _pdz_doc_add_strong (ils, pdz_plan_get_office (plan));
  if (pdz_plan_get_email (plan) != NULL)
    {
      g_autofree char *mailto = g_strconcat ("mailto:", pdz_plan_get_email (plan), NULL);

      _pdz_doc_add_separator (ils);
      _pdz_doc_add_label (ils, _pdz_report_msg (b->ctx, PDZ_MSG_EMAIL));
      if (_pdz_report_url_is_safe (mailto) && strchr (pdz_plan_get_email (plan), '@') != NULL)
        _pdz_doc_add_inline (ils, PDZ_INLINE_LINK, pdz_plan_get_email (plan), mailto, NULL);
      else
        _pdz_doc_add_text (ils, pdz_plan_get_email (plan));
    }
  if (pdz_plan_get_phone (plan) != NULL)
    {
      _pdz_doc_add_field (ils, _pdz_report_msg (b->ctx, PDZ_MSG_PHONE), pdz_plan_get_phone (plan));
    }
  if (pdz_plan_get_website (plan) != NULL)
    {
      _pdz_doc_add_separator (ils);
      _pdz_doc_add_label (ils, _pdz_report_msg (b->ctx, PDZ_MSG_WEBSITE));
      _pdz_doc_add_url (ils, pdz_plan_get_website (plan));
    }
  cover_line (cover, "contacts", ils);

  generated = _pdz_report_format_generated (b->ctx);
  generated_line = _pdz_report_msgf (b->ctx, PDZ_MSG_GENERATED_ON, generated);
  cover_line (cover, "generated", _pdz_doc_inlines_text (generated_line));
}

/* Table of contents (the HTML writer shows it; Markdown leaves it to pandoc --toc) */
static void
build_contents (PdzReportBuilder *b)
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
          PdzReportBlock *heading, *begin, *end;

          /* Insert after the cover: section begin, heading, list, section end. */
          begin = g_new0 (PdzReportBlock, 1);
          begin->kind = PDZ_BLOCK_SECTION_BEGIN;
          begin->klass = "toc";
          heading = g_new0 (PdzReportBlock, 1);
          heading->anchor = g_strdup ("contents");
          heading->kind = PDZ_BLOCK_HEADING;
          heading->level = 2;
          heading->inlines = _pdz_doc_inlines_text (_pdz_report_msg (b->ctx, PDZ_MSG_CONTENTS));
          list = g_new0 (PdzReportBlock, 1);
          list->kind = PDZ_BLOCK_LIST;
          list->klass = "toc";
          list->items = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
          end = g_new0 (PdzReportBlock, 1);
          end->kind = PDZ_BLOCK_SECTION_END;

          {
            guint at = 0;

            while (at < b->doc->blocks->len &&
                   ((PdzReportBlock *) b->doc->blocks->pdata[at])->kind == PDZ_BLOCK_COVER)
              at++;
            g_ptr_array_insert (b->doc->blocks, at++, begin);
            g_ptr_array_insert (b->doc->blocks, at++, heading);
            g_ptr_array_insert (b->doc->blocks, at++, list);
            g_ptr_array_insert (b->doc->blocks, at, end);
            i += 4;
          }
        }

      item = _pdz_doc_inlines_new ();
      {
        g_autofree char *title = _pdz_doc_inlines_plain_text (block->inlines);

        _pdz_doc_add_inline (item, PDZ_INLINE_REF, title, block->anchor, NULL);
      }
      g_ptr_array_add (list->items, item);
    }
}

/* Summary ------------------------------------------------------------------ */

static gboolean
any_action_with_status (PdzReportBuilder *b,
                        PdzStatus         status)
{
  return b->fig->action_counts[status] > 0;
}

static void
summary_rows (PdzReportBuilder *b,
              PdzReportBlock   *table,
              const char       *group,
              GPtrArray        *objectives,
              gboolean          show_suspended,
              gboolean          show_cancelled)
{
  if (objectives->len == 0)
    {
      GPtrArray *row = _pdz_doc_table_add_row (table);

      _pdz_doc_row_add_text (row, group);
      _pdz_doc_row_add_text (row, "—");
      for (guint c = 2; c < table->columns->len; c++)
        _pdz_doc_row_add_text (row, "");
      return;
    }

  for (guint i = 0; i < objectives->len; i++)
    {
      PdzObjective *o = objectives->pdata[i];
      GPtrArray *row = _pdz_doc_table_add_row (table);
      GPtrArray *cell;
      guint counts[PDZ_N_STATUSES];
      guint total = 0;

      _pdz_report_count_actions (pdz_objective_get_actions (o), counts);
      for (guint s = 0; s < PDZ_N_STATUSES; s++)
        total += counts[s];

      _pdz_doc_row_add_text (row, group);
      cell = _pdz_doc_inlines_new ();
      _pdz_doc_add_ref (b, cell, o, _pdz_report_text_or (pdz_objective_get_title (o), pdz_objective_get_id (o)));
      _pdz_doc_row_add_cell (row, cell);
      cell = _pdz_doc_inlines_new ();
      _pdz_doc_add_status_badge (b, cell, pdz_objective_get_status (o), FALSE);
      _pdz_doc_row_add_cell (row, cell);
      _pdz_doc_row_add_count (b, row, counts[PDZ_STATUS_COMPLETED]);
      _pdz_doc_row_add_count (b, row, counts[PDZ_STATUS_IN_PROGRESS]);
      _pdz_doc_row_add_count (b, row, counts[PDZ_STATUS_PLANNED]);
      if (show_suspended)
        _pdz_doc_row_add_count (b, row, counts[PDZ_STATUS_SUSPENDED]);
      if (show_cancelled)
        _pdz_doc_row_add_count (b, row, counts[PDZ_STATUS_CANCELLED]);
      _pdz_doc_row_add_count (b, row, total);
    }
}

static void
add_key_figure (PdzReportBuilder *b,
                PdzReportBlock   *list,
                PdzReportMsg      label,
                const char       *value)
{
  GPtrArray *item = _pdz_doc_inlines_new ();

  _pdz_doc_add_label (item, _pdz_report_msg (b->ctx, label));
  _pdz_doc_add_strong (item, value);
  g_ptr_array_add (list->items, item);
}

static void
build_summary (PdzReportBuilder *b)
{
  const PdzReportContext *ctx = b->ctx;
  GListModel *macroareas = pdz_plan_get_macroareas (ctx->plan);
  gboolean show_suspended = any_action_with_status (b, PDZ_STATUS_SUSPENDED);
  gboolean show_cancelled = any_action_with_status (b, PDZ_STATUS_CANCELLED);
  PdzReportBlock *list, *table;
  g_autoptr(GPtrArray) others = NULL;
  char *value;

  _pdz_doc_begin_section (b, "summary");
  _pdz_doc_add_heading_text (b, 2, "summary", _pdz_report_msg (ctx, PDZ_MSG_SUMMARY));

  list = _pdz_doc_add_list (b, "figures");
  value = _pdz_report_format_count (ctx, b->fig->n_objectives);
  add_key_figure (b, list, PDZ_MSG_OBJECTIVES, value);
  g_free (value);
  value = _pdz_report_format_count (ctx, b->fig->n_actions - b->fig->n_extra_actions);
  add_key_figure (b, list, PDZ_MSG_PLANNED_ACTIONS, value);
  g_free (value);
  value = _pdz_report_format_count (ctx, b->fig->n_extra_actions);
  add_key_figure (b, list, PDZ_MSG_EXTRA_ACTIONS, value);
  g_free (value);
  value = g_strdup_printf ("%u%%", (guint) (b->fig->completion_rate * 100 + 0.5));
  add_key_figure (b, list, PDZ_MSG_COMPLETION_RATE, value);
  g_free (value);
  value = _pdz_report_format_count (ctx, b->fig->n_projects);
  add_key_figure (b, list, PDZ_MSG_PROJECTS, value);
  g_free (value);
  value = _pdz_report_format_count (ctx, b->fig->n_partners);
  add_key_figure (b, list, PDZ_MSG_PARTNERS, value);
  g_free (value);

  table = _pdz_doc_add_table (b, "summary",
                     _pdz_report_msg (ctx, PDZ_MSG_MACROAREA), FALSE,
                     _pdz_report_msg (ctx, PDZ_MSG_OBJECTIVE), FALSE,
                     _pdz_report_msg (ctx, PDZ_MSG_STATUS), FALSE,
                     _pdz_report_status_plural_label (ctx, PDZ_STATUS_COMPLETED), TRUE,
                     _pdz_report_status_plural_label (ctx, PDZ_STATUS_IN_PROGRESS), TRUE,
                     _pdz_report_status_plural_label (ctx, PDZ_STATUS_PLANNED), TRUE,
                     NULL);
  if (show_suspended)
    _pdz_doc_table_add_column (table, _pdz_report_status_plural_label (ctx, PDZ_STATUS_SUSPENDED), TRUE);
  if (show_cancelled)
    _pdz_doc_table_add_column (table, _pdz_report_status_plural_label (ctx, PDZ_STATUS_CANCELLED), TRUE);
  _pdz_doc_table_add_column (table, _pdz_report_msg (ctx, PDZ_MSG_ACTIONS), TRUE);
  table->group_first_column = TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (macroareas); i++)
    {
      g_autoptr(PdzMacroarea) m = g_list_model_get_item (macroareas, i);
      g_autoptr(GPtrArray) objectives = _pdz_report_objectives_of_macroarea (ctx->plan, m);

      summary_rows (b, table, _pdz_report_text_or (pdz_macroarea_get_title (m), pdz_macroarea_get_id (m)),
                    objectives, show_suspended, show_cancelled);
    }

  others = _pdz_report_objectives_of_macroarea (ctx->plan, NULL);
  if (others->len > 0)
    summary_rows (b, table, _pdz_report_msg (ctx, PDZ_MSG_OTHER_OBJECTIVES), others,
                  show_suspended, show_cancelled);

  /* As in the seed, the health-integration objectives have their own
   * section, not a place among the macroareas. */

  _pdz_doc_end_section (b);
}

/* Charts ------------------------------------------------------------------ */

static void
build_charts (PdzReportBuilder *b)
{
  g_autoptr(GPtrArray) charts = _pdz_report_figures_charts (b->ctx, b->fig);

  _pdz_doc_begin_section (b, "charts");
  _pdz_doc_add_heading_text (b, 2, "charts", _pdz_report_msg (b->ctx, PDZ_MSG_CHARTS));

  if (charts->len == 0)
    _pdz_doc_add_paragraph (b, "empty", _pdz_doc_inlines_text (_pdz_report_msg (b->ctx, PDZ_MSG_NO_DATA)));

  for (guint i = 0; i < charts->len; i++)
    {
      PdzReportBlock *block = _pdz_doc_add_block (b, PDZ_BLOCK_FIGURE, "chart", NULL);

      block->figure = g_steal_pointer (&charts->pdata[i]);
    }

  _pdz_doc_end_section (b);
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

PdzReportDocument *
_pdz_report_document_new (const PdzReportContext *ctx)
{
  g_autoptr(PdzReportFigures) fig = _pdz_report_figures_new (ctx);
  PdzReportDocument *doc = g_new0 (PdzReportDocument, 1);
  const char *title = pdz_plan_get_title (ctx->plan);
  PdzReportBuilder b = { ctx, doc, fig, NULL };

  doc->language = g_strdup (ctx->cat->language);
  doc->title = g_strdup (title != NULL && *title != '\0' ? title : _pdz_report_msg (ctx, PDZ_MSG_REPORT_TITLE));
  doc->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);

  b.anchors = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  index_anchors (&b, pdz_plan_get_macroareas (ctx->plan), "macroarea");
  index_anchors (&b, pdz_plan_get_objectives (ctx->plan), "objective");
  index_anchors (&b, pdz_plan_get_projects (ctx->plan), "project");
  if (ctx->sections & PDZ_REPORT_SECTION_PARTNERS)
    index_anchors (&b, pdz_plan_get_partners (ctx->plan), "partner");

  /* Objectives are linked only when their section is in the report. */
  if (!(ctx->sections & (PDZ_REPORT_SECTION_MACROAREAS | PDZ_REPORT_SECTION_HEALTH_INTEGRATION)))
    {
      GListModel *objectives = pdz_plan_get_objectives (ctx->plan);

      for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
        {
          g_autoptr(GObject) o = g_list_model_get_item (objectives, i);
          g_hash_table_remove (b.anchors, o);
        }
    }
  if (!(ctx->sections & PDZ_REPORT_SECTION_PROJECTS))
    {
      GListModel *projects = pdz_plan_get_projects (ctx->plan);

      for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
        {
          g_autoptr(GObject) p = g_list_model_get_item (projects, i);
          g_hash_table_remove (b.anchors, p);
        }
    }

  if (ctx->sections & PDZ_REPORT_SECTION_COVER)
    build_cover (&b);
  if (ctx->sections & PDZ_REPORT_SECTION_SUMMARY)
    build_summary (&b);
  if (ctx->sections & PDZ_REPORT_SECTION_CHARTS)
    build_charts (&b);
  if (ctx->sections & PDZ_REPORT_SECTION_MACROAREAS)
    _pdz_doc_build_macroareas (&b);
  if (ctx->sections & PDZ_REPORT_SECTION_HEALTH_INTEGRATION)
    _pdz_doc_build_health (&b);
  if (ctx->sections & PDZ_REPORT_SECTION_PROJECTS)
    _pdz_doc_build_projects (&b);
  if (ctx->sections & PDZ_REPORT_SECTION_PARTNERS)
    _pdz_doc_build_partners (&b);
  if (ctx->sections & PDZ_REPORT_SECTION_FUNDING)
    _pdz_doc_build_funding (&b);
  if (ctx->include_diagnostics)
    _pdz_doc_build_diagnostics (&b);

  build_contents (&b);

  g_hash_table_unref (b.anchors);
  return doc;
}
