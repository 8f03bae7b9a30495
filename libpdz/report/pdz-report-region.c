/* pdz-report-region.c: the regional overview of the plans of a corpus
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The document of a report with a corpus (PdzReport:corpus), in the block
 * model every writer of a document prints (HTML, Markdown, PDF, ODP): the
 * cover; the summary, with the Region's key figures and one row per
 * ambito; the charts of a plan's report, drawn from the Region's figures;
 * the files that do not count; and a section per ambito, with its key
 * figures and its actions per macroarea by status. Every figure is a cell
 * of the corpus' tables (pdz_corpus_by_ambito() and the others, read by
 * _pdz_report_figures_new_for_corpus()) or of the ambito's own figures
 * (_pdz_report_figures_new()): nothing is counted here. The CSV and XLSX
 * table of the ambiti is _pdz_report_region_grid_new()
 * (pdz-report-tables.c).
 */

#include "pdz-report-sections-private.h"

/* The anchor of the section of the @i-th ambito (transfer full) */
static char *
ambito_anchor (guint i)
{
  return g_strdup_printf ("ambito-%u", i + 1);
}

/* What an ambito is called: its ambito, else its title, else its id */
static const char *
ambito_name (PdzPlan *plan)
{
  const char *ambito = pdz_plan_get_ambito (plan);

  if (ambito != NULL && *ambito != '\0')
    return ambito;
  return _pdz_report_text_or (pdz_plan_get_title (plan), pdz_plan_get_id (plan));
}

static void
build_cover (PdzReportBuilder *b,
             guint             n_plans)
{
  PdzReportBlock *cover = _pdz_doc_add_block (b, PDZ_BLOCK_COVER, "cover", "cover");
  guint n_files = g_list_model_get_n_items (pdz_corpus_get_files (b->ctx->corpus));
  g_autofree char *plans = _pdz_report_format_count (b->ctx, n_plans);
  g_autofree char *files = _pdz_report_format_count (b->ctx, n_files);
  g_autofree char *generated = _pdz_report_format_generated (b->ctx);

  cover->items = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  cover->cover_classes = g_ptr_array_new ();
  _pdz_doc_cover_line (cover, "title", _pdz_doc_inlines_text (b->doc->title));
  _pdz_doc_cover_line (cover, "ambito",
                       _pdz_doc_inlines_text_take (_pdz_report_msgf (b->ctx, PDZ_MSG_REGION_PLANS,
                                                                     plans, files)));
  _pdz_doc_cover_line (cover, "generated",
                       _pdz_doc_inlines_text_take (_pdz_report_msgf (b->ctx, PDZ_MSG_GENERATED_ON,
                                                                     generated)));
}

/* The stated funding of a row of by_ambito, or a dash */
static char *
ambito_amount (const PdzReportContext *ctx,
               PdzStatsRow            *row)
{
  if (pdz_stats_row_get_int (row, "fundings") <= pdz_stats_row_get_int (row, "unknown-amounts"))
    return g_strdup ("—");
  return _pdz_report_format_total (ctx, pdz_stats_row_get_int (row, "amount"),
                                   pdz_stats_row_get_int (row, "amount-overflow") != 0);
}

/* The summary: the Region's key figures, and one row per ambito (its
 * objectives and its round are in its section: a page of A4 has room for
 * no more columns) */
static void
build_summary (PdzReportBuilder *b,
               PdzStatsTable    *by_ambito,
               gboolean          linked)
{
  const PdzReportContext *ctx = b->ctx;
  PdzStatus statuses[PDZ_N_STATUSES];
  guint n_statuses = _pdz_doc_summary_statuses (b, statuses);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (by_ambito));
  gint64 amount = 0;
  gboolean overflow = FALSE, stated = FALSE;
  PdzReportBlock *table;
  GPtrArray *row;

  _pdz_doc_begin_section (b, "summary");
  _pdz_doc_add_heading_text (b, 2, "summary", _pdz_report_msg (ctx, PDZ_MSG_SUMMARY));
  _pdz_doc_build_key_figures (b);

  _pdz_doc_add_heading_text (b, 3, "ambiti", _pdz_report_msg (ctx, PDZ_MSG_REGION_AMBITI));
  if (n == 0)
    {
      _pdz_doc_add_paragraph (b, "empty", _pdz_doc_inlines_text (_pdz_report_msg (ctx, PDZ_MSG_REGION_NO_PLANS)));
      _pdz_doc_end_section (b);
      return;
    }

  table = _pdz_doc_add_table (b, "summary ambiti",
                              _pdz_report_msg (ctx, PDZ_MSG_REGION_AMBITO), FALSE,
                              NULL);
  _pdz_doc_summary_columns (b, table, statuses, n_statuses);
  _pdz_doc_table_add_column (table, _pdz_report_msg (ctx, PDZ_MSG_REGION_COMPLETED_SHARE), TRUE);
  _pdz_doc_table_add_column (table, _pdz_report_msg (ctx, PDZ_MSG_AMOUNT), TRUE);

  for (guint i = 0; i < n; i++)
    {
      PdzStatsRow *r = _pdz_model_peek (G_LIST_MODEL (by_ambito), i);
      /* by_ambito has a row per plan that counts, in their order */
      PdzPlan *plan = _pdz_model_peek (pdz_corpus_get_plans (ctx->corpus), i);
      g_autofree char *anchor = ambito_anchor (i);
      g_autofree char *rate = _pdz_catalog_format_percent (ctx->cat,
                                                           pdz_stats_row_get_double (r, "actions-completion-rate"));
      g_autofree char *stated_amount = ambito_amount (ctx, r);
      guint counts[PDZ_N_STATUSES];
      GPtrArray *cell = _pdz_doc_inlines_new ();
      const char *name = ambito_name (plan);

      row = _pdz_doc_table_add_row (table);
      if (linked)
        _pdz_doc_add_inline (cell, PDZ_INLINE_REF, name, anchor, NULL);
      else
        _pdz_doc_add_text (cell, name);
      _pdz_doc_row_add_cell (row, cell);
      for (guint s = 0; s < PDZ_N_STATUSES; s++)
        {
          g_autofree char *column = g_strconcat ("actions-", _pdz_report_status_nick (s), NULL);

          counts[s] = (guint) CLAMP (pdz_stats_row_get_int (r, column), 0, G_MAXUINT);
        }
      _pdz_doc_summary_counts (b, row, counts, statuses, n_statuses,
                         (guint) CLAMP (pdz_stats_row_get_int (r, "actions"), 0, G_MAXUINT));
      _pdz_doc_row_add_text (row, rate);
      _pdz_doc_row_add_text (row, stated_amount);

      if (pdz_stats_row_get_int (r, "fundings") > pdz_stats_row_get_int (r, "unknown-amounts"))
        {
          stated = TRUE;
          overflow = overflow || pdz_stats_row_get_int (r, "amount-overflow") != 0 ||
                     !_pdz_report_add_amounts (&amount, pdz_stats_row_get_int (r, "amount"));
        }
    }

  /* The Region's totals: the key figures' base */
  row = _pdz_doc_table_add_row_with_class (table, "total");
  _pdz_doc_row_add_text (row, _pdz_report_msg (ctx, PDZ_MSG_TOTAL));
  _pdz_doc_summary_counts (b, row, b->fig->action_counts, statuses, n_statuses, b->fig->n_actions);
  {
    g_autofree char *rate = _pdz_catalog_format_percent (ctx->cat, b->fig->n_actions > 0
                                                         ? (double) b->fig->action_counts[PDZ_STATUS_COMPLETED] /
                                                           b->fig->n_actions
                                                         : 0.0);
    g_autofree char *total = stated ? _pdz_report_format_total (ctx, amount, overflow) : g_strdup ("—");

    _pdz_doc_row_add_text (row, rate);
    _pdz_doc_row_add_text (row, total);
  }

  _pdz_doc_end_section (b);
}

/* The charts of a plan's report, of the Region's figures; the chart over
 * time is a plan's only, as its dates are */
static void
build_charts (PdzReportBuilder *b)
{
  g_autoptr(GPtrArray) charts = _pdz_report_figures_charts (b->ctx, b->fig);

  _pdz_doc_begin_section (b, "charts keep");
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

/* The display name of @file, as the corpus names it in its errors */
static char *
file_name (PdzCorpusFile *file)
{
  return g_file_get_parse_name (pdz_corpus_file_get_file (file));
}

/* The files that do not count: bad files with their errors, and earlier
 * rounds with the file that counts instead. Nothing when every file
 * counts. */
static void
build_files (PdzReportBuilder *b)
{
  GListModel *errors = pdz_corpus_get_errors (b->ctx->corpus);
  GListModel *superseded = pdz_corpus_get_superseded (b->ctx->corpus);
  PdzReportBlock *list;

  if (g_list_model_get_n_items (errors) == 0 && g_list_model_get_n_items (superseded) == 0)
    return;

  _pdz_doc_begin_section (b, "files box");
  _pdz_doc_add_heading_text (b, 2, "files", _pdz_report_msg (b->ctx, PDZ_MSG_REGION_FILES_NOT_READ));
  _pdz_doc_add_paragraph (b, NULL, _pdz_doc_inlines_text (_pdz_report_msg (b->ctx, PDZ_MSG_REGION_FILES_NOTE)));
  list = _pdz_doc_add_list (b, "files");

  /* The library's messages name the file */
  PDZ_MODEL_FOREACH (errors, PdzCorpusFile, file)
    {
      const GError *error = pdz_corpus_file_get_error (file);
      g_autofree char *name = file_name (file);

      _pdz_doc_list_add_item (list, _pdz_doc_inlines_text (error != NULL ? error->message : name));
    }
  PDZ_MODEL_FOREACH (superseded, PdzCorpusFile, file)
    {
      PdzCorpusFile *other = pdz_corpus_file_get_other (file);
      g_autofree char *name = file_name (file);
      g_autofree char *last = other != NULL ? file_name (other) : g_strdup ("—");

      _pdz_doc_list_add_item (list, _pdz_doc_inlines_text_take (_pdz_report_msgf (b->ctx,
                                                                                 PDZ_MSG_REGION_EARLIER_ROUND,
                                                                                 name, last)));
    }

  _pdz_doc_end_section (b);
}

/* The section of one ambito: its header, key figures, and its actions per
 * macroarea by status, from its own figures */
static void
build_ambito (PdzReportBuilder *b,
              PdzPlan          *plan,
              guint             i)
{
  g_autoptr(PdzReportContext) ctx = _pdz_report_context_for_plan (b->ctx, plan, PDZ_REPORT_SECTION_SUMMARY);
  g_autoptr(PdzReportFigures) fig = _pdz_report_figures_new (ctx);
  g_autofree char *anchor = ambito_anchor (i);
  g_autofree char *period = _pdz_report_format_date_range (ctx, pdz_plan_get_start (plan), pdz_plan_get_end (plan));
  g_autofree char *span = _pdz_report_format_span (ctx, pdz_plan_get_monitoring_start (plan),
                                                   pdz_plan_get_monitoring_end (plan));
  const PdzReportContext *region_ctx = b->ctx;
  const PdzReportFigures *region_fig = b->fig;
  PdzStatus statuses[PDZ_N_STATUSES];
  guint n_statuses;
  GPtrArray *ils;
  PdzReportBlock *table;

  /* The builder speaks of the ambito for the time of its section */
  b->ctx = ctx;
  b->fig = fig;
  n_statuses = _pdz_doc_summary_statuses (b, statuses);

  _pdz_doc_begin_section (b, "ambito page");
  _pdz_doc_add_heading_text (b, 2, anchor, ambito_name (plan));

  ils = _pdz_doc_inlines_new ();
  if (pdz_plan_get_title (plan) != NULL)
    _pdz_doc_add_strong (ils, pdz_plan_get_title (plan));
  if (period != NULL)
    _pdz_doc_add_field (ils, _pdz_report_msg (ctx, PDZ_MSG_PERIOD), period);
  if (span != NULL)
    _pdz_doc_add_field (ils, _pdz_report_text_or (pdz_plan_get_monitoring_title (plan),
                                                  _pdz_report_msg (ctx, PDZ_MSG_REGION_ROUND)), span);
  _pdz_doc_add_paragraph (b, "ambito-header", ils);

  _pdz_doc_build_key_figures (b);

  table = _pdz_doc_add_table (b, "summary", _pdz_report_msg (ctx, PDZ_MSG_MACROAREA), FALSE, NULL);
  _pdz_doc_summary_columns (b, table, statuses, n_statuses);
  for (guint r = 0; r < fig->macroareas->len; r++)
    {
      const PdzReportStatusRow *m = &g_array_index (fig->macroareas, PdzReportStatusRow, r);
      GPtrArray *row = _pdz_doc_table_add_row (table);

      _pdz_doc_row_add_text (row, m->label);
      _pdz_doc_summary_counts (b, row, m->counts, statuses, n_statuses, m->total);
    }
  {
    GPtrArray *row = _pdz_doc_table_add_row_with_class (table, "total");

    _pdz_doc_row_add_text (row, _pdz_report_msg (ctx, PDZ_MSG_TOTAL));
    _pdz_doc_summary_counts (b, row, fig->action_counts, statuses, n_statuses, fig->n_actions);
  }

  _pdz_doc_end_section (b);

  b->ctx = region_ctx;
  b->fig = region_fig;
}

PdzReportDocument *
_pdz_report_region_document_new (const PdzReportContext *ctx)
{
  g_autoptr(PdzReportFigures) fig = _pdz_report_figures_new_for_corpus (ctx);
  g_autoptr(PdzStatsTable) by_ambito = pdz_corpus_by_ambito (ctx->corpus, NULL);
  GListModel *plans = pdz_corpus_get_plans (ctx->corpus);
  gboolean sections = (ctx->sections & PDZ_REPORT_SECTION_MACROAREAS) != 0;
  PdzReportBuilder b;

  _pdz_doc_builder_init (&b, ctx, fig, _pdz_report_msg (ctx, PDZ_MSG_REGION_TITLE));

  if (ctx->sections & PDZ_REPORT_SECTION_COVER)
    build_cover (&b, g_list_model_get_n_items (plans));
  if (ctx->sections & PDZ_REPORT_SECTION_SUMMARY)
    build_summary (&b, by_ambito, sections);
  if (ctx->sections & PDZ_REPORT_SECTION_CHARTS)
    build_charts (&b);
  build_files (&b);
  if (sections)
    {
      for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
        build_ambito (&b, _pdz_model_peek (plans, i), i);
    }

  _pdz_doc_build_contents (&b);

  return _pdz_doc_builder_finish (&b);
}
