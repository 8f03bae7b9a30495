/* pdz-report-document.c: the content of the HTML and Markdown reports
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The order of the document, and its sections about the report itself:
 * the cover, the contents, the summary and the charts. The sections on the
 * plan's content are in pdz-report-sections.c; both build with the
 * primitives of pdz-report-builder.c.
 */

#include "pdz-report-builder-private.h"
#include "pdz-report-sections-private.h"

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

PdzReportDocument *
_pdz_report_document_new (const PdzReportContext *ctx)
{
  g_autoptr(PdzReportFigures) fig = _pdz_report_figures_new (ctx);
  const char *title = pdz_plan_get_title (ctx->plan);
  PdzReportBuilder b;

  _pdz_doc_builder_init (&b, ctx, fig,
                         title != NULL && *title != '\0' ? title : _pdz_report_msg (ctx, PDZ_MSG_REPORT_TITLE));

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

  return _pdz_doc_builder_finish (&b);
}
