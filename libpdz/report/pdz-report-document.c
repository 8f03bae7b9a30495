/* pdz-report-document.c: the content of the HTML and Markdown reports
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The order of the document, and its sections about the report itself:
 * the cover, the summary and the charts. The sections on the plan's
 * content, and the summary's key figures and counts by status, which the
 * regional overview shows too, are in pdz-report-sections.c; the table of
 * contents is the builder's. A report of a corpus is the regional
 * overview's document (pdz-report-region.c), which calls nothing here.
 */

#include "pdz-report-builder-private.h"
#include "pdz-report-sections-private.h"

/* Cover ------------------------------------------------------------------- */

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

  _pdz_doc_cover_line (cover, "title", _pdz_doc_inlines_text (b->doc->title));
  _pdz_doc_cover_line (cover, "ambito", _pdz_doc_inlines_text (pdz_plan_get_ambito (plan)));

  period = _pdz_report_format_date_range (b->ctx, pdz_plan_get_start (plan), pdz_plan_get_end (plan));
  _pdz_doc_cover_line (cover, "period", _pdz_doc_inlines_text (period));

  _pdz_doc_cover_line (cover, "monitoring", _pdz_doc_inlines_text (pdz_plan_get_monitoring_title (plan)));
  span = _pdz_report_format_span (b->ctx, pdz_plan_get_monitoring_start (plan),
                                  pdz_plan_get_monitoring_end (plan));
  if (span != NULL)
    {
      g_autofree char *in_brackets = g_strdup_printf ("(%s)", span);
      _pdz_doc_cover_line (cover, "span", _pdz_doc_inlines_text (in_brackets));
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
  _pdz_doc_cover_line (cover, "municipalities", ils);

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
  _pdz_doc_cover_line (cover, "contacts", ils);

  /* A report limited by a query says so, and of how many actions */
  if (b->ctx->query != NULL)
    {
      g_autoptr(PdzStats) whole = pdz_stats_new (plan);
      g_autofree char *shown = _pdz_report_format_count (b->ctx, b->fig->n_actions);
      g_autofree char *all = _pdz_report_format_count (b->ctx, pdz_stats_get_n_actions (whole));

      _pdz_doc_cover_line (cover, "subset", _pdz_doc_inlines_text_take (_pdz_report_msgf (b->ctx, PDZ_MSG_SUBSET,
                                                                                shown, all)));
    }

  generated = _pdz_report_format_generated (b->ctx);
  generated_line = _pdz_report_msgf (b->ctx, PDZ_MSG_GENERATED_ON, generated);
  _pdz_doc_cover_line (cover, "generated", _pdz_doc_inlines_text (generated_line));
}

/* Summary ------------------------------------------------------------------ */

static void
summary_rows (PdzReportBuilder *b,
              PdzReportBlock   *table,
              const char       *group,
              GPtrArray        *objectives,
              const PdzStatus  *statuses,
              guint             n_statuses)
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
      PdzStatsRow *counted = _pdz_report_objective_row (b->fig, o);
      GPtrArray *row = _pdz_doc_table_add_row (table);
      GPtrArray *cell;
      guint counts[PDZ_N_STATUSES];

      _pdz_report_row_counts (counted, counts);
      _pdz_doc_row_add_text (row, group);
      cell = _pdz_doc_inlines_new ();
      _pdz_doc_add_ref (b, cell, o, _pdz_report_text_or (pdz_objective_get_title (o), pdz_objective_get_id (o)));
      _pdz_doc_row_add_cell (row, cell);
      cell = _pdz_doc_inlines_new ();
      _pdz_doc_add_status_badge (b, cell, pdz_objective_get_status (o), FALSE);
      _pdz_doc_row_add_cell (row, cell);
      _pdz_doc_summary_counts (b, row, counts, statuses, n_statuses,
                      counted != NULL ? (guint) pdz_stats_row_get_int (counted, "actions") : 0);
    }
}

static void
build_summary (PdzReportBuilder *b)
{
  const PdzReportContext *ctx = b->ctx;
  const PdzReportFigures *fig = b->fig;
  PdzStatus statuses[PDZ_N_STATUSES];
  guint n_statuses = _pdz_doc_summary_statuses (b, statuses);
  PdzReportBlock *table;
  GPtrArray *row;

  _pdz_doc_begin_section (b, "summary");
  _pdz_doc_add_heading_text (b, 2, "summary", _pdz_report_msg (ctx, PDZ_MSG_SUMMARY));

  _pdz_doc_build_key_figures (b);

  table = _pdz_doc_add_table (b, "summary",
                              _pdz_report_msg (ctx, PDZ_MSG_MACROAREA), FALSE,
                              _pdz_report_msg (ctx, PDZ_MSG_OBJECTIVE), FALSE,
                              _pdz_report_msg (ctx, PDZ_MSG_STATUS), FALSE,
                              NULL);
  _pdz_doc_summary_columns (b, table, statuses, n_statuses);
  table->group_first_column = TRUE;

  /* The rows of by_objective, grouped by macroarea: every objective of the
   * report once, so that the rows add up to the totals */
  PDZ_MODEL_FOREACH (pdz_plan_get_macroareas (ctx->plan), PdzMacroarea, m)
    {
      g_autoptr(GPtrArray) objectives = _pdz_report_macroarea_objectives (fig, m);

      /* a limited report leaves out the macroareas it has nothing of */
      if (objectives->len == 0 && ctx->query != NULL)
        continue;
      summary_rows (b, table, _pdz_report_text_or (pdz_macroarea_get_title (m), pdz_macroarea_get_id (m)),
                    objectives, statuses, n_statuses);
    }
  if (fig->other_objectives->len > 0)
    summary_rows (b, table, _pdz_report_msg (ctx, PDZ_MSG_OTHER_OBJECTIVES), fig->other_objectives,
                  statuses, n_statuses);
  /* The seed lists the objectives shared with the ASST apart: they are a
   * group of the summary of their own. */
  if (fig->health_objectives->len > 0)
    summary_rows (b, table, _pdz_report_msg (ctx, PDZ_MSG_HEALTH_GROUP), fig->health_objectives,
                  statuses, n_statuses);

  /* The actions held by projects, in a row of their own (the counting rule) */
  PDZ_MODEL_FOREACH (fig->by_objective, PdzStatsRow, counted)
    {
      guint counts[PDZ_N_STATUSES];

      if (g_strcmp0 (pdz_stats_row_get_string (counted, "group"), "project-actions") != 0)
        continue;
      _pdz_report_row_counts (counted, counts);
      row = _pdz_doc_table_add_row_with_class (table, "project-actions");
      _pdz_doc_row_add_text (row, _pdz_report_msg (ctx, PDZ_MSG_PROJECT_ACTIONS));
      _pdz_doc_row_add_text (row, "—");
      _pdz_doc_row_add_text (row, "—");
      _pdz_doc_summary_counts (b, row, counts, statuses, n_statuses, (guint) pdz_stats_row_get_int (counted, "actions"));
    }

  /* The totals, from by_status: the key figures' base */
  row = _pdz_doc_table_add_row_with_class (table, "total");
  _pdz_doc_row_add_text (row, _pdz_report_msg (ctx, PDZ_MSG_TOTAL));
  _pdz_doc_row_add_count (b, row, fig->n_objectives);
  _pdz_doc_row_add_text (row, "");
  _pdz_doc_summary_counts (b, row, fig->action_counts, statuses, n_statuses, fig->n_actions);

  _pdz_doc_end_section (b);

  _pdz_doc_build_extra_actions (b);
}

/* Charts ------------------------------------------------------------------ */

static void
add_figure (PdzReportBuilder *b,
            PdzReportFigure  *figure)
{
  PdzReportBlock *block = _pdz_doc_add_block (b, PDZ_BLOCK_FIGURE, "chart", NULL);

  block->figure = figure;
}

/* Fewer than two sources with an amount: the sources, listed */
static void
add_funding_sources (PdzReportBuilder *b)
{
  const PdzReportContext *ctx = b->ctx;
  GPtrArray *ils = _pdz_doc_inlines_new ();
  PdzReportBlock *list;

  _pdz_doc_add_strong (ils, _pdz_report_msg (ctx, PDZ_MSG_FUNDING_SOURCES));
  _pdz_doc_add_text (ils, ". ");
  _pdz_doc_add_text (ils, _pdz_report_msg (ctx, PDZ_MSG_FUNDING_SOURCES_NOTE));
  _pdz_doc_add_paragraph (b, "funding-sources", ils);

  list = _pdz_doc_add_list (b, "funding-sources");
  for (guint i = 0; i < b->fig->sources->len; i++)
    {
      const PdzReportAmountRow *r = &g_array_index (b->fig->sources, PdzReportAmountRow, i);
      GPtrArray *item = _pdz_doc_inlines_new ();
      g_autofree char *n = _pdz_report_format_count (ctx, r->n_fundings);
      g_autofree char *amount = r->n_unstated == r->n_fundings
                                ? g_strdup (_pdz_report_msg (ctx, PDZ_MSG_AMOUNT_UNKNOWN))
                                : _pdz_report_format_total (ctx, r->amount, r->overflow);
      g_autofree char *text = _pdz_report_msgf (ctx, PDZ_MSG_FUNDING_SOURCE_ITEM, n, amount);

      _pdz_doc_add_strong (item, r->label);
      _pdz_doc_add_text (item, ": ");
      _pdz_doc_add_text (item, text);
      _pdz_doc_list_add_item (list, item);
    }
}

static void
build_charts (PdzReportBuilder *b)
{
  g_autoptr(GPtrArray) charts = _pdz_report_figures_charts (b->ctx, b->fig);
  guint next = 0;

  _pdz_doc_begin_section (b, "charts keep");
  _pdz_doc_add_heading_text (b, 2, "charts", _pdz_report_msg (b->ctx, PDZ_MSG_CHARTS));

  if (b->fig->n_actions == 0 && b->fig->sources->len == 0)
    _pdz_doc_add_paragraph (b, "empty", _pdz_doc_inlines_text (_pdz_report_msg (b->ctx, PDZ_MSG_NO_DATA)));

  /* In the order of _pdz_report_figures_charts(): status, time, funding;
   * where a chart is not drawn, what stands in for it. */
  if (next < charts->len && g_str_equal (((PdzReportFigure *) charts->pdata[next])->id, "status"))
    add_figure (b, g_steal_pointer (&charts->pdata[next++]));
  if (next < charts->len && g_str_equal (((PdzReportFigure *) charts->pdata[next])->id, "timeline"))
    add_figure (b, g_steal_pointer (&charts->pdata[next++]));
  else if (b->fig->n_actions > 0)
    _pdz_doc_add_paragraph (b, "no-chart", _pdz_doc_inlines_text_take (_pdz_report_time_text (b->ctx, b->fig)));
  if (next < charts->len && g_str_equal (((PdzReportFigure *) charts->pdata[next])->id, "funding"))
    add_figure (b, g_steal_pointer (&charts->pdata[next++]));
  else if (b->fig->sources->len > 0)
    add_funding_sources (b);

  _pdz_doc_end_section (b);
}

/* The document ------------------------------------------------------------ */

PdzReportDocument *
_pdz_report_document_new (const PdzReportContext *ctx)
{
  g_autoptr(PdzReportFigures) fig = NULL;
  const char *title = pdz_plan_get_title (ctx->plan);
  PdzReportBuilder b;

  if (ctx->corpus != NULL)
    return _pdz_report_region_document_new (ctx);

  fig = _pdz_report_figures_new (ctx);

  _pdz_doc_builder_init (&b, ctx, fig,
                         title != NULL && *title != '\0' ? title : _pdz_report_msg (ctx, PDZ_MSG_REPORT_TITLE));

  if (ctx->sections & PDZ_REPORT_SECTION_COVER)
    build_cover (&b);
  if (ctx->sections & PDZ_REPORT_SECTION_SUMMARY)
    {
      build_summary (&b);
      /* what changed since the previous round, right after the summary */
      _pdz_doc_build_changes (&b);
    }
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

  _pdz_doc_build_contents (&b);

  return _pdz_doc_builder_finish (&b);
}
