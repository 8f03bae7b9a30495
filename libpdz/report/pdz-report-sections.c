/* pdz-report-sections.c: the sections of the HTML and Markdown reports
 * about the plan's content: the extra actions, macroareas and their
 * objectives, health integration, projects, partners, funding and
 * diagnostics
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Built with the primitives of pdz-report-builder.c only: nothing here
 * calls back into pdz-report-document.c, which calls these in order, nor
 * into pdz-report-region.c, which calls the summary's pieces. What
 * each section lists, and every count it shows, comes from the report's
 * figures (pdz-report-figures.c): the tables of PdzStats and the plan's
 * index.
 */

#include "pdz-report-sections-private.h"

#include <math.h>

/* Numbers of indicators ---------------------------------------------------- */

/* Beyond this, a whole number is printed like any other: a gint64 holds
 * it exactly, and grouping its digits still reads well. */
#define WHOLE_NUMBER_LIMIT 1e15

static char *
format_value (const PdzReportContext *ctx,
              double                  value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  GString *out;

  /* The range first: casting a double outside gint64's range (an
   * indicator's target of 1e19) is undefined behaviour. */
  if (isfinite (value) && value > -WHOLE_NUMBER_LIMIT && value < WHOLE_NUMBER_LIMIT &&
      value == (double) (gint64) value)
    {
      gint64 whole = (gint64) value;
      g_autofree char *grouped = _pdz_report_format_count (ctx, (guint64) (whole < 0 ? -whole : whole));

      return whole < 0 ? g_strconcat ("−", grouped, NULL) : g_steal_pointer (&grouped);
    }

  g_ascii_formatd (buf, sizeof buf, "%.6g", value);
  out = g_string_new (NULL);
  for (const char *p = buf; *p != '\0'; p++)
    {
      if (*p == '.')
        g_string_append (out, ctx->cat->decimal_mark);
      else if (*p == '-')
        g_string_append (out, "−");
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static GPtrArray *
measurement_cell (PdzReportBuilder *b,
                  PdzMeasurement   *m,
                  const char       *unit)
{
  GPtrArray *ils = _pdz_doc_inlines_new ();
  g_autofree char *value = NULL;
  g_autofree char *date = NULL;

  if (m == NULL)
    {
      _pdz_doc_add_text (ils, "—");
      return ils;
    }

  value = format_value (b->ctx, pdz_measurement_get_value (m));
  _pdz_doc_add_text (ils, value);
  if (unit != NULL && *unit != '\0')
    {
      _pdz_doc_add_text (ils, " ");
      _pdz_doc_add_text (ils, unit);
    }
  date = _pdz_report_format_date (b->ctx, pdz_measurement_get_date (m));
  if (date != NULL)
    {
      g_autofree char *in_brackets = g_strdup_printf (" (%s)", date);
      _pdz_doc_add_text (ils, in_brackets);
    }
  if (pdz_measurement_get_note (m) != NULL)
    {
      _pdz_doc_add_text (ils, " — ");
      _pdz_doc_add_inline (ils, PDZ_INLINE_EMPH, pdz_measurement_get_note (m), NULL, NULL);
    }

  return ils;
}

/* Entities ---------------------------------------------------------------- */

static void
add_participations (PdzReportBuilder *b,
                    GPtrArray        *ils,
                    GListModel       *participations)
{
  g_autofree char *text = NULL;

  if (g_list_model_get_n_items (participations) == 0)
    return;

  text = _pdz_report_participations_text (b->ctx, participations);
  _pdz_doc_add_field (ils, _pdz_report_msg (b->ctx, PDZ_MSG_PARTNERS), text);
}

static void
add_fundings (PdzReportBuilder *b,
              GPtrArray        *ils,
              GListModel       *fundings)
{
  g_autofree char *text = NULL;

  if (g_list_model_get_n_items (fundings) == 0)
    return;

  text = _pdz_report_fundings_text (b->ctx, fundings);
  _pdz_doc_add_field (ils, _pdz_report_msg (b->ctx, PDZ_MSG_FUNDING), text);
}

/* The mark of a date outside the monitoring round */
static void
add_outside_mark (PdzReportBuilder *b,
                  GPtrArray        *ils,
                  gpointer          entity)
{
  if (!_pdz_report_is_outside_round (b->fig, entity))
    return;
  _pdz_doc_add_text (ils, " ");
  _pdz_doc_add_inline (ils, PDZ_INLINE_MARK, _pdz_report_msg (b->ctx, PDZ_MSG_OUTSIDE_ROUND_MARK),
                       _pdz_report_msg (b->ctx, PDZ_MSG_OUTSIDE_ROUND), "outside");
}

/* The marks of what changed since the previous round: "nuovo",
 * "concluso da previsto" */
static void
add_change_marks (PdzReportBuilder *b,
                  GPtrArray        *ils,
                  PdzAction        *action)
{
  GPtrArray *marks = _pdz_report_change_marks (b->ctx, action);

  for (guint i = 0; marks != NULL && i < marks->len; i++)
    {
      _pdz_doc_add_text (ils, " ");
      _pdz_doc_add_inline (ils, PDZ_INLINE_MARK, marks->pdata[i],
                           _pdz_report_msg (b->ctx, PDZ_MSG_CHANGE_MARK_TITLE), "changed");
    }
}

/* The objective or the project that holds @action's bullet, linked */
static void
add_owner (PdzReportBuilder *b,
           GPtrArray        *ils,
           PdzAction        *action)
{
  PdzObjective *objective = pdz_action_get_objective (action);
  PdzProject *project = pdz_action_get_project (action);

  if (objective != NULL)
    {
      _pdz_doc_add_separator (ils);
      _pdz_doc_add_label (ils, _pdz_report_msg (b->ctx, PDZ_MSG_OBJECTIVE));
      _pdz_doc_add_ref (b, ils, objective, _pdz_report_text_or (pdz_objective_get_title (objective),
                                                                pdz_objective_get_id (objective)));
    }
  else if (project != NULL)
    {
      _pdz_doc_add_separator (ils);
      _pdz_doc_add_label (ils, _pdz_report_msg (b->ctx, PDZ_MSG_PROJECT));
      _pdz_doc_add_ref (b, ils, project, _pdz_report_text_or (pdz_project_get_title (project),
                                                              pdz_project_get_id (project)));
    }
}

/* One item of a list of actions: date, title, marks; then status, owner,
 * partners, projects, fundings, links. */
static GPtrArray *
action_item (PdzReportBuilder *b,
             PdzAction        *action,
             gboolean          show_owner,
             PdzProject       *except_project)
{
  GPtrArray *ils = _pdz_doc_inlines_new ();
  g_autoptr(GPtrArray) meta = _pdz_doc_inlines_new ();
  g_autofree char *date = _pdz_report_format_date_range (b->ctx, pdz_action_get_date (action),
                                                         pdz_action_get_end_date (action));
  GListModel *projects = pdz_action_get_projects (action);
  const char * const *links = pdz_action_get_links (action);

  if (date != NULL)
    {
      _pdz_doc_add_strong (ils, date);
      _pdz_doc_add_text (ils, " — ");
    }
  _pdz_doc_add_text (ils, _pdz_report_text_or (pdz_action_get_title (action), pdz_action_get_id (action)));
  if (pdz_action_get_origin (action) == PDZ_ORIGIN_EXTRA)
    {
      _pdz_doc_add_text (ils, " ");
      _pdz_doc_add_inline (ils, PDZ_INLINE_MARK, _pdz_report_msg (b->ctx, PDZ_MSG_EXTRA_MARK),
                           _pdz_report_msg (b->ctx, PDZ_MSG_EXTRA_ACTION), "extra");
    }
  add_outside_mark (b, ils, action);
  add_change_marks (b, ils, action);

  _pdz_doc_add_status_badge (b, meta, pdz_action_get_status (action), TRUE);
  if (show_owner)
    add_owner (b, meta, action);
  add_participations (b, meta, pdz_action_get_participations (action));

  {
    guint shown = 0;

    PDZ_MODEL_FOREACH (projects, PdzProject, p)
      {
        if (p == except_project)
          continue;
        if (shown++ == 0)
          {
            _pdz_doc_add_separator (meta);
            _pdz_doc_add_label (meta, _pdz_report_msg (b->ctx, PDZ_MSG_PROJECTS));
          }
        else
          _pdz_doc_add_text (meta, ", ");
        _pdz_doc_add_ref (b, meta, p, _pdz_report_text_or (pdz_project_get_title (p), pdz_project_get_id (p)));
      }
  }

  add_fundings (b, meta, pdz_action_get_fundings (action));

  if (links != NULL && links[0] != NULL)
    {
      _pdz_doc_add_separator (meta);
      _pdz_doc_add_label (meta, _pdz_report_msg (b->ctx, PDZ_MSG_LINKS));
      for (guint i = 0; links[i] != NULL; i++)
        {
          if (i > 0)
            _pdz_doc_add_text (meta, ", ");
          _pdz_doc_add_url (meta, links[i]);
        }
    }

  _pdz_doc_add_inline (ils, PDZ_INLINE_BREAK, NULL, NULL, NULL);
  g_ptr_array_extend_and_steal (ils, g_steal_pointer (&meta));

  return ils;
}

static GPtrArray *
milestone_item (PdzReportBuilder *b,
                PdzMilestone     *milestone)
{
  GPtrArray *ils = _pdz_doc_inlines_new ();
  g_autofree char *date = _pdz_report_format_date (b->ctx, pdz_milestone_get_date (milestone));

  _pdz_doc_add_inline (ils, PDZ_INLINE_MARK, _pdz_report_msg (b->ctx, PDZ_MSG_MILESTONE), NULL, "milestone");
  _pdz_doc_add_text (ils, " ");
  if (date != NULL)
    {
      _pdz_doc_add_strong (ils, date);
      _pdz_doc_add_text (ils, " — ");
    }
  _pdz_doc_add_text (ils, _pdz_report_text_or (pdz_milestone_get_title (milestone), NULL));
  add_outside_mark (b, ils, milestone);
  return ils;
}

/* @action as the last item of @list, with its milestones and sub-actions
 * (each with its own milestones) nested under it */
static void
add_action (PdzReportBuilder *b,
            PdzReportBlock   *list,
            PdzAction        *action,
            gboolean          show_owner,
            PdzProject       *except_project)
{
  GListModel *milestones = pdz_action_get_milestones (action);
  GListModel *subs = pdz_action_get_actions (action);
  PdzReportBlock *children = NULL;

  _pdz_doc_list_add_item (list, action_item (b, action, show_owner, except_project));

  PDZ_MODEL_FOREACH (milestones, PdzMilestone, milestone)
    {
      if (children == NULL)
        children = _pdz_doc_list_last_item_children (list, "sub");
      _pdz_doc_list_add_item (children, milestone_item (b, milestone));
    }
  PDZ_MODEL_FOREACH (subs, PdzAction, sub)
    {
      if (children == NULL)
        children = _pdz_doc_list_last_item_children (list, "sub");
      add_action (b, children, sub, FALSE, except_project);
    }
}

static void
add_action_list (PdzReportBuilder *b,
                 GPtrArray        *actions,
                 gboolean          show_owner,
                 PdzProject       *except_project)
{
  PdzReportBlock *list;

  if (actions->len == 0)
    {
      _pdz_doc_add_paragraph (b, "empty", _pdz_doc_inlines_text (_pdz_report_msg (b->ctx, PDZ_MSG_NO_ACTIONS)));
      return;
    }

  list = _pdz_doc_add_list (b, "actions");
  for (guint i = 0; i < actions->len; i++)
    add_action (b, list, actions->pdata[i], show_owner, except_project);
}

static void
add_indicators (PdzReportBuilder *b,
                PdzObjective     *objective)
{
  GListModel *indicators = pdz_objective_get_indicators (objective);
  PdzReportBlock *table;

  if (g_list_model_get_n_items (indicators) == 0)
    return;

  _pdz_doc_add_heading_text (b, 4, NULL, _pdz_report_msg (b->ctx, PDZ_MSG_INDICATORS));
  table = _pdz_doc_add_table (b, "indicators",
                              _pdz_report_msg (b->ctx, PDZ_MSG_INDICATOR), FALSE,
                              _pdz_report_msg (b->ctx, PDZ_MSG_BASELINE), TRUE,
                              _pdz_report_msg (b->ctx, PDZ_MSG_TARGET), TRUE,
                              _pdz_report_msg (b->ctx, PDZ_MSG_LATEST_VALUE), TRUE,
                              NULL);

  PDZ_MODEL_FOREACH (indicators, PdzIndicator, ind)
    {
      const char *unit = pdz_indicator_get_unit (ind);
      GPtrArray *row = _pdz_doc_table_add_row (table);

      _pdz_doc_row_add_text (row, _pdz_report_text_or (pdz_indicator_get_title (ind), pdz_indicator_get_id (ind)));
      _pdz_doc_row_add_cell (row, measurement_cell (b, pdz_indicator_get_baseline (ind), unit));
      _pdz_doc_row_add_cell (row, measurement_cell (b, pdz_indicator_get_target (ind), unit));
      _pdz_doc_row_add_cell (row, measurement_cell (b, pdz_indicator_get_latest_measurement (ind), unit));
    }
}

static void
add_objective (PdzReportBuilder *b,
               PdzObjective     *objective)
{
  GPtrArray *meta = _pdz_doc_inlines_new ();
  g_autoptr(GPtrArray) actions = _pdz_report_actions_of (b->fig, pdz_objective_get_actions (objective));

  _pdz_doc_add_heading_text (b, 3, _pdz_doc_anchor_of (b, objective),
                             _pdz_report_text_or (pdz_objective_get_title (objective),
                                                  pdz_objective_get_id (objective)));

  _pdz_doc_add_label (meta, _pdz_report_msg (b->ctx, PDZ_MSG_STATUS));
  _pdz_doc_add_status_badge (b, meta, pdz_objective_get_status (objective), FALSE);
  if (pdz_objective_get_kind (objective) != PDZ_OBJECTIVE_KIND_PLAN)
    _pdz_doc_add_field (meta, _pdz_report_msg (b->ctx, PDZ_MSG_KIND),
                        _pdz_report_objective_kind_label (b->ctx, pdz_objective_get_kind (objective)));
  add_participations (b, meta, pdz_objective_get_participations (objective));
  _pdz_doc_add_paragraph (b, "meta", meta);

  if (pdz_objective_get_description (objective) != NULL)
    _pdz_doc_add_paragraph (b, "description", _pdz_doc_inlines_text (pdz_objective_get_description (objective)));

  add_action_list (b, actions, FALSE, NULL);
  add_indicators (b, objective);
}

/* Summary: the key figures and the counts by status, which the regional
 * overview shows too -------------------------------------------------- */

/* The statuses the summary has a column for, in the order of the columns:
 * done first, not stated last; suspended and cancelled only when an
 * action is */
guint
_pdz_doc_summary_statuses (PdzReportBuilder *b,
                           PdzStatus         statuses[PDZ_N_STATUSES])
{
  static const PdzStatus order[] = {
    PDZ_STATUS_COMPLETED, PDZ_STATUS_IN_PROGRESS, PDZ_STATUS_PLANNED,
    PDZ_STATUS_SUSPENDED, PDZ_STATUS_CANCELLED, PDZ_STATUS_NOT_STATED,
  };
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      if ((order[i] == PDZ_STATUS_SUSPENDED || order[i] == PDZ_STATUS_CANCELLED) &&
          b->fig->action_counts[order[i]] == 0)
        continue;
      statuses[n++] = order[i];
    }
  return n;
}

/* The columns of counts per status of a table, after its first ones */
void
_pdz_doc_summary_columns (PdzReportBuilder *b,
                          PdzReportBlock   *table,
                          const PdzStatus  *statuses,
                          guint             n_statuses)
{
  for (guint i = 0; i < n_statuses; i++)
    _pdz_doc_table_add_column (table, _pdz_report_status_plural_label (b->ctx, statuses[i]), TRUE);
  _pdz_doc_table_add_column (table, _pdz_report_msg (b->ctx, PDZ_MSG_ACTIONS), TRUE);
}

void
_pdz_doc_summary_counts (PdzReportBuilder *b,
                         GPtrArray        *row,
                         const guint       counts[PDZ_N_STATUSES],
                         const PdzStatus  *statuses,
                         guint             n_statuses,
                         guint             total)
{
  for (guint i = 0; i < n_statuses; i++)
    _pdz_doc_row_add_count (b, row, counts[statuses[i]]);
  _pdz_doc_row_add_count (b, row, total);
}

/* A key figure "Label: value (detail)": @value a count; @detail (taken,
 * nullable) @detail_msg of @a and @b when @b is not 0 */
static void
add_key_figure (PdzReportBuilder *b,
                PdzReportBlock   *list,
                PdzMsg            label_msg,
                guint             value,
                PdzMsg            detail_msg,
                guint             a,
                guint             detail_b)
{
  GPtrArray *item = _pdz_doc_inlines_new ();
  g_autofree char *label = g_strconcat (_pdz_report_msg (b->ctx, label_msg), ":", NULL);
  g_autofree char *count = _pdz_report_format_count (b->ctx, value);

  _pdz_doc_add_inline (item, PDZ_INLINE_STRONG, label, NULL, "label");
  _pdz_doc_add_text (item, " ");
  _pdz_doc_add_inline (item, PDZ_INLINE_STRONG, count, NULL, "value");
  if (detail_b > 0)
    {
      g_autofree char *x = _pdz_report_format_count (b->ctx, a);
      g_autofree char *y = _pdz_report_format_count (b->ctx, detail_b);
      g_autofree char *detail = _pdz_report_msgf (b->ctx, detail_msg, x, y);
      g_autofree char *in_brackets = g_strdup_printf (" (%s)", detail);

      _pdz_doc_add_text (item, in_brackets);
    }
  _pdz_doc_list_add_item (list, item);
}

/* A key figure that is a sentence naming its base: "12 di 31 azioni
 * concluse (39%)" */
static void
add_key_share (PdzReportBlock *list,
               char           *sentence,
               char           *detail)
{
  GPtrArray *item = _pdz_doc_inlines_new ();

  _pdz_doc_add_inline (item, PDZ_INLINE_STRONG, sentence, NULL, "share");
  if (detail != NULL)
    {
      _pdz_doc_add_text (item, "; ");
      _pdz_doc_add_text (item, detail);
    }
  g_free (sentence);
  g_free (detail);
  _pdz_doc_list_add_item (list, item);
}

void
_pdz_doc_build_key_figures (PdzReportBuilder *b)
{
  const PdzReportContext *ctx = b->ctx;
  const PdzReportFigures *fig = b->fig;
  PdzReportBlock *list = _pdz_doc_add_list (b, "figures");
  char *detail = NULL;

  add_key_figure (b, list, PDZ_MSG_OBJECTIVES, fig->n_objectives,
                  PDZ_MSG_FIG_OBJECTIVES_DETAIL, fig->n_plan_objectives, fig->n_health_objectives);
  add_key_figure (b, list, PDZ_MSG_ACTIONS, fig->n_actions,
                  PDZ_MSG_FIG_ACTIONS_DETAIL, fig->n_objective_actions, fig->n_project_actions);

  add_key_share (list, _pdz_report_format_share (ctx, PDZ_MSG_FIG_COMPLETED,
                                                 fig->action_counts[PDZ_STATUS_COMPLETED], fig->n_actions),
                 NULL);

  /* Only what the data marks as planned, and beside it what it does not say */
  if (fig->n_origin_not_stated > 0)
    {
      g_autofree char *n = _pdz_report_format_count (ctx, fig->n_origin_not_stated);

      detail = _pdz_report_msgf (ctx, PDZ_MSG_FIG_ORIGIN_NOT_STATED, n);
    }
  add_key_share (list, _pdz_report_format_share (ctx, PDZ_MSG_FIG_PLANNED, fig->n_origin_planned,
                                                 fig->n_actions),
                 g_steal_pointer (&detail));
  add_key_share (list, _pdz_report_format_share (ctx, PDZ_MSG_FIG_EXTRA, fig->n_origin_extra,
                                                 fig->n_actions),
                 NULL);

  add_key_figure (b, list, PDZ_MSG_PROJECTS, fig->n_projects, 0, 0, 0);
  /* the own bodies beside the partners: "oltre a 2 organi dell'Ambito" */
  add_key_figure (b, list, PDZ_MSG_PARTNERS, fig->n_partners,
                  fig->n_own_bodies == 1 ? PDZ_MSG_FIG_OWN_BODY : PDZ_MSG_FIG_OWN_BODIES,
                  fig->n_own_bodies, fig->n_own_bodies);
}

/* Extra actions ------------------------------------------------------------ */

void
_pdz_doc_build_extra_actions (PdzReportBuilder *b)
{
  PdzReportBlock *list;

  /* The report's title promises them: a box, even when it is empty */
  _pdz_doc_begin_section (b, "box extra keep");
  _pdz_doc_add_heading_text (b, 2, "extra-actions", _pdz_report_msg (b->ctx, PDZ_MSG_EXTRA_ACTIONS));

  if (b->fig->extra_actions->len == 0)
    {
      _pdz_doc_add_paragraph (b, "empty", _pdz_doc_inlines_text (_pdz_report_msg (b->ctx, PDZ_MSG_NO_EXTRA_ACTIONS)));
      _pdz_doc_end_section (b);
      return;
    }

  _pdz_doc_add_paragraph (b, "lead",
                          _pdz_doc_inlines_text_take (_pdz_report_format_share (b->ctx, PDZ_MSG_FIG_EXTRA,
                                                                                b->fig->n_origin_extra,
                                                                                b->fig->n_actions)));
  list = _pdz_doc_add_list (b, "actions");
  for (guint i = 0; i < b->fig->extra_actions->len; i++)
    _pdz_doc_list_add_item (list, action_item (b, b->fig->extra_actions->pdata[i], TRUE, NULL));
  _pdz_doc_end_section (b);
}

/* Macroareas and health integration --------------------------------------- */

/* "Macroarea A · Obiettivi: 2 · Azioni: 7 · Concluse: 2 · ...", from the
 * row of by_macroarea: the statuses that occur */
static void
macroarea_lead (PdzReportBuilder *b,
                PdzStatsRow      *row,
                const char       *code)
{
  GPtrArray *ils = _pdz_doc_inlines_new ();
  guint counts[PDZ_N_STATUSES];
  static const PdzStatus order[] = {
    PDZ_STATUS_COMPLETED, PDZ_STATUS_IN_PROGRESS, PDZ_STATUS_PLANNED,
    PDZ_STATUS_SUSPENDED, PDZ_STATUS_CANCELLED, PDZ_STATUS_NOT_STATED,
  };

  _pdz_report_row_counts (row, counts);
  if (code != NULL)
    {
      g_autofree char *text = _pdz_report_msgf (b->ctx, PDZ_MSG_MACROAREA_CODE, code);
      _pdz_doc_add_strong (ils, text);
    }

  {
    g_autofree char *n = _pdz_report_format_count (b->ctx, row != NULL ? pdz_stats_row_get_int (row, "objectives") : 0);
    _pdz_doc_add_field (ils, _pdz_report_msg (b->ctx, PDZ_MSG_OBJECTIVES), n);
  }
  {
    g_autofree char *n = _pdz_report_format_count (b->ctx, row != NULL ? pdz_stats_row_get_int (row, "actions") : 0);
    _pdz_doc_add_field (ils, _pdz_report_msg (b->ctx, PDZ_MSG_ACTIONS), n);
  }
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autofree char *n = NULL;

      if (counts[order[i]] == 0)
        continue;
      n = _pdz_report_format_count (b->ctx, counts[order[i]]);
      _pdz_doc_add_field (ils, _pdz_report_status_plural_label (b->ctx, order[i]), n);
    }

  _pdz_doc_add_paragraph (b, "lead", ils);
}

void
_pdz_doc_build_macroareas (PdzReportBuilder *b)
{
  const PdzReportFigures *fig = b->fig;

  PDZ_MODEL_FOREACH (pdz_plan_get_macroareas (b->ctx->plan), PdzMacroarea, m)
    {
      g_autoptr(GPtrArray) objectives = _pdz_report_macroarea_objectives (fig, m);
      const char *id = pdz_macroarea_get_id (m);
      GPtrArray *heading;

      if (objectives->len == 0 && b->ctx->query != NULL)
        continue;

      heading = _pdz_doc_inlines_new ();
      _pdz_doc_begin_section (b, "page macroarea");
      _pdz_doc_add_text (heading, _pdz_report_text_or (pdz_macroarea_get_title (m), id));
      _pdz_doc_add_text (heading, " ");
      {
        g_autofree char *sub = g_strdup_printf ("(%s)", _pdz_report_msg (b->ctx, PDZ_MSG_OBJECTIVES_AND_ACTIONS));
        _pdz_doc_add_inline (heading, PDZ_INLINE_EMPH, sub, NULL, "subtitle");
      }
      _pdz_doc_add_heading (b, 2, _pdz_doc_anchor_of (b, m), heading);
      macroarea_lead (b, id != NULL ? pdz_stats_table_lookup_row (fig->by_macroarea, id) : NULL,
                      pdz_macroarea_get_code (m));

      for (guint j = 0; j < objectives->len; j++)
        add_objective (b, objectives->pdata[j]);
      _pdz_doc_end_section (b);
    }

  if (fig->other_objectives->len > 0)
    {
      _pdz_doc_begin_section (b, "page macroarea");
      _pdz_doc_add_heading_text (b, 2, "other-objectives", _pdz_report_msg (b->ctx, PDZ_MSG_OTHER_OBJECTIVES));
      for (guint j = 0; j < fig->other_objectives->len; j++)
        add_objective (b, fig->other_objectives->pdata[j]);
      _pdz_doc_end_section (b);
    }
}

/* Nothing to say but its title and status */
static gboolean
objective_is_bare (PdzObjective *o)
{
  return g_list_model_get_n_items (pdz_objective_get_actions (o)) == 0 &&
         g_list_model_get_n_items (pdz_objective_get_indicators (o)) == 0 &&
         g_list_model_get_n_items (pdz_objective_get_participations (o)) == 0 &&
         pdz_objective_get_description (o) == NULL;
}

void
_pdz_doc_build_health (PdzReportBuilder *b)
{
  GPtrArray *health = b->fig->health_objectives;
  PdzReportBlock *list = NULL;

  if (health->len == 0)
    return;

  _pdz_doc_begin_section (b, "page");
  _pdz_doc_add_heading_text (b, 2, "health-integration", _pdz_report_msg (b->ctx, PDZ_MSG_HEALTH_INTEGRATION));

  /* As in the seed, objectives with nothing reported yet are one line
   * each, with their status: "non indicato" when the plan does not say. */
  for (guint j = 0; j < health->len; j++)
    {
      PdzObjective *o = health->pdata[j];

      if (objective_is_bare (o))
        {
          GPtrArray *item = _pdz_doc_inlines_new ();

          if (list == NULL)
            list = _pdz_doc_add_list (b, "objectives");
          if (_pdz_doc_anchor_of (b, o) != NULL)
            _pdz_doc_add_inline (item, PDZ_INLINE_ANCHOR, NULL, _pdz_doc_anchor_of (b, o), NULL);
          _pdz_doc_add_strong (item, _pdz_report_text_or (pdz_objective_get_title (o), pdz_objective_get_id (o)));
          _pdz_doc_add_text (item, " ");
          _pdz_doc_add_status_badge (b, item, pdz_objective_get_status (o), FALSE);
          _pdz_doc_list_add_item (list, item);
        }
    }
  for (guint j = 0; j < health->len; j++)
    {
      if (!objective_is_bare (health->pdata[j]))
        add_objective (b, health->pdata[j]);
    }
  _pdz_doc_end_section (b);
}

/* Projects ---------------------------------------------------------------- */

static void
add_project (PdzReportBuilder *b,
             PdzProject       *project)
{
  GPtrArray *meta = _pdz_doc_inlines_new ();
  GPtrArray *ils;
  PdzPartner *lead = pdz_project_get_lead (project);
  GListModel *objectives = pdz_project_get_objectives (project);
  const char * const *interventions = pdz_project_get_interventions (project);
  g_autoptr(GPtrArray) own_actions = _pdz_report_actions_of (b->fig, pdz_project_get_actions (project));
  g_autoptr(GPtrArray) related = _pdz_report_actions_naming_project (b->fig, project);
  g_autofree char *period = _pdz_report_format_date_range (b->ctx, pdz_project_get_start (project),
                                                           pdz_project_get_end (project));
  PdzStatsRow *counted = _pdz_report_project_row (b->fig, project);

  _pdz_doc_add_heading_text (b, 3, _pdz_doc_anchor_of (b, project),
                             _pdz_report_text_or (pdz_project_get_title (project), pdz_project_get_id (project)));

  _pdz_doc_add_label (meta, _pdz_report_msg (b->ctx, PDZ_MSG_STATUS));
  _pdz_doc_add_status_badge (b, meta, pdz_project_get_status (project), FALSE);
  _pdz_doc_add_field (meta, _pdz_report_msg (b->ctx, PDZ_MSG_SCOPE),
                      _pdz_report_scope_label (b->ctx, pdz_project_get_scope (project)));
  if (lead != NULL)
    {
      _pdz_doc_add_separator (meta);
      _pdz_doc_add_label (meta, _pdz_report_msg (b->ctx, PDZ_MSG_LEAD));
      _pdz_doc_add_ref (b, meta, lead, _pdz_report_text_or (pdz_partner_get_display_name (lead),
                                                            pdz_partner_get_id (lead)));
    }
  if (period != NULL)
    _pdz_doc_add_field (meta, _pdz_report_msg (b->ctx, PDZ_MSG_PERIOD), period);
  /* Its own actions, as by_project counts them */
  {
    g_autofree char *n = _pdz_report_format_count (b->ctx, counted != NULL ? pdz_stats_row_get_int (counted, "actions") : 0);

    _pdz_doc_add_field (meta, _pdz_report_msg (b->ctx, PDZ_MSG_ACTIONS), n);
  }
  _pdz_doc_add_paragraph (b, "meta", meta);

  if (pdz_project_get_description (project) != NULL)
    _pdz_doc_add_paragraph (b, "description", _pdz_doc_inlines_text (pdz_project_get_description (project)));

  ils = _pdz_doc_inlines_new ();
  add_participations (b, ils, pdz_project_get_participations (project));
  _pdz_doc_add_paragraph (b, "detail", ils);

  ils = _pdz_doc_inlines_new ();
  add_fundings (b, ils, pdz_project_get_fundings (project));
  _pdz_doc_add_paragraph (b, "detail", ils);

  if (g_list_model_get_n_items (objectives) > 0)
    {
      ils = _pdz_doc_inlines_new ();
      _pdz_doc_add_label (ils, _pdz_report_msg (b->ctx, PDZ_MSG_LINKED_OBJECTIVES));
      PDZ_MODEL_FOREACH (objectives, PdzObjective, o)
        {
          if (o_i > 0)
            _pdz_doc_add_text (ils, "; ");
          _pdz_doc_add_ref (b, ils, o, _pdz_report_text_or (pdz_objective_get_title (o), pdz_objective_get_id (o)));
        }
      _pdz_doc_add_paragraph (b, "detail", ils);
    }

  if (interventions != NULL && interventions[0] != NULL)
    {
      PdzReportBlock *list;

      _pdz_doc_add_heading_text (b, 4, NULL, _pdz_report_msg (b->ctx, PDZ_MSG_INTERVENTIONS));
      list = _pdz_doc_add_list (b, "interventions");
      for (guint i = 0; interventions[i] != NULL; i++)
        _pdz_doc_list_add_item (list, _pdz_doc_inlines_text (interventions[i]));
    }

  if (own_actions->len > 0 || related->len == 0)
    {
      _pdz_doc_add_heading_text (b, 4, NULL, _pdz_report_msg (b->ctx, PDZ_MSG_ACTIONS_CARRIED_OUT));
      add_action_list (b, own_actions, FALSE, project);
    }
  if (related->len > 0)
    {
      _pdz_doc_add_heading_text (b, 4, NULL, _pdz_report_msg (b->ctx, PDZ_MSG_RELATED_ACTIONS));
      add_action_list (b, related, TRUE, project);
    }
}

void
_pdz_doc_build_projects (PdzReportBuilder *b)
{
  g_autoptr(GPtrArray) local = g_ptr_array_new ();
  g_autoptr(GPtrArray) sovra = g_ptr_array_new ();

  PDZ_MODEL_FOREACH (pdz_plan_get_projects (b->ctx->plan), PdzProject, p)
    {
      if (_pdz_report_shows_project (b->fig, p))
        g_ptr_array_add (pdz_project_get_scope (p) == PDZ_SCOPE_SOVRA_AMBITO ? sovra : local, p);
    }

  /* The sovra-ambito projects have a section of their own, as in the seed;
   * every other project, whatever its scope (said, or not stated), is in
   * the first. A report limited by a query leaves out what it has none of. */
  if (local->len > 0 || (sovra->len == 0 && b->ctx->query == NULL))
    {
      _pdz_doc_begin_section (b, "page");
      _pdz_doc_add_heading_text (b, 2, "projects", _pdz_report_msg (b->ctx, PDZ_MSG_PROJECTS));
      if (local->len == 0)
        _pdz_doc_add_paragraph (b, "empty", _pdz_doc_inlines_text (_pdz_report_msg (b->ctx, PDZ_MSG_NO_PROJECTS)));
      for (guint i = 0; i < local->len; i++)
        add_project (b, local->pdata[i]);
      _pdz_doc_end_section (b);
    }

  if (sovra->len > 0)
    {
      g_autofree char *title = _pdz_report_msgf (b->ctx, PDZ_MSG_SOVRA_AMBITO_PROJECTS, sovra->len);

      _pdz_doc_begin_section (b, "page");
      _pdz_doc_add_heading_text (b, 2, "sovra-ambito-projects", title);
      for (guint i = 0; i < sovra->len; i++)
        add_project (b, sovra->pdata[i]);
      _pdz_doc_end_section (b);
    }
}

/* Partners ---------------------------------------------------------------- */

static PdzReportBlock *
partners_table (PdzReportBuilder *b)
{
  const PdzReportContext *ctx = b->ctx;

  return _pdz_doc_add_table (b, "partners",
                             _pdz_report_msg (ctx, PDZ_MSG_PARTNER), FALSE,
                             _pdz_report_msg (ctx, PDZ_MSG_KIND), FALSE,
                             _pdz_report_msg (ctx, PDZ_MSG_ROLES), FALSE,
                             _pdz_report_msg (ctx, PDZ_MSG_APPEARS_IN), FALSE,
                             _pdz_report_msg (ctx, PDZ_MSG_ACTIONS), TRUE,
                             NULL);
}

static void
partner_row (PdzReportBuilder *b,
             PdzReportBlock   *table,
             PdzPartner       *p)
{
  const PdzReportContext *ctx = b->ctx;
  GPtrArray *row = _pdz_doc_table_add_row (table);
  const char *id = pdz_partner_get_id (p);
  /* rows are keyed by id: a partner without one cannot be found */
  PdzStatsRow *counted = id != NULL ? pdz_stats_table_lookup_row (b->fig->by_partner, id) : NULL;
  GPtrArray *cell = _pdz_doc_inlines_new ();
  PdzReportAppearances a;

  /* The target of the links from the projects' leads */
  if (_pdz_doc_anchor_of (b, p) != NULL)
    _pdz_doc_add_inline (cell, PDZ_INLINE_ANCHOR, NULL, _pdz_doc_anchor_of (b, p), NULL);
  _pdz_doc_add_strong (cell, _pdz_report_text_or (pdz_partner_get_name (p), id));
  if (pdz_partner_get_short_name (p) != NULL && *pdz_partner_get_short_name (p) != '\0' &&
      g_strcmp0 (pdz_partner_get_short_name (p), pdz_partner_get_name (p)) != 0)
    {
      g_autofree char *short_name = g_strdup_printf (" (%s)", pdz_partner_get_short_name (p));
      _pdz_doc_add_text (cell, short_name);
    }
  if (pdz_partner_get_website (p) != NULL)
    {
      _pdz_doc_add_inline (cell, PDZ_INLINE_BREAK, NULL, NULL, NULL);
      _pdz_doc_add_url (cell, pdz_partner_get_website (p));
    }
  _pdz_doc_row_add_cell (row, cell);
  _pdz_doc_row_add_text (row, _pdz_report_partner_kind_label (ctx, pdz_partner_get_kind (p)));
  _pdz_doc_row_add_cell (row, _pdz_doc_inlines_text_take (_pdz_report_partner_roles (ctx, counted)));

  cell = _pdz_doc_inlines_new ();
  _pdz_report_appearances_init (&a, ctx, b->fig, p);
  if (a.municipality)
    _pdz_doc_add_text (cell, _pdz_report_msg (ctx, PDZ_MSG_MUNICIPALITIES));
  for (guint j = 0; j < a.objectives->len; j++)
    {
      PdzObjective *o = a.objectives->pdata[j];

      if (cell->len > 0)
        _pdz_doc_add_text (cell, "; ");
      _pdz_doc_add_ref (b, cell, o, _pdz_report_text_or (pdz_objective_get_title (o), pdz_objective_get_id (o)));
    }
  for (guint j = 0; j < a.projects->len; j++)
    {
      PdzProject *pr = a.projects->pdata[j];

      if (cell->len > 0)
        _pdz_doc_add_text (cell, "; ");
      _pdz_doc_add_ref (b, cell, pr, _pdz_report_text_or (pdz_project_get_title (pr), pdz_project_get_id (pr)));
    }
  _pdz_report_appearances_clear (&a);
  if (cell->len == 0)
    _pdz_doc_add_text (cell, "—");
  _pdz_doc_row_add_cell (row, cell);
  _pdz_doc_row_add_count (b, row, counted != NULL ? (guint64) pdz_stats_row_get_int (counted, "actions") : 0);
}

/* The table of the partners shown that are (or, with !@own, are not) the
 * Ambito's own bodies, under @heading when one is given; nothing when
 * there are none */
static void
partners_of_kind (PdzReportBuilder *b,
                  gboolean          own,
                  const char       *heading)
{
  PdzReportBlock *table = NULL;

  PDZ_MODEL_FOREACH (pdz_plan_get_partners (b->ctx->plan), PdzPartner, p)
    {
      if (!_pdz_report_shows_partner (b->fig, p) ||
          (pdz_partner_get_kind (p) == PDZ_PARTNER_KIND_OWN_BODY) != own)
        continue;
      if (table == NULL)
        {
          if (heading != NULL)
            _pdz_doc_add_heading_text (b, 3, "own-bodies", heading);
          table = partners_table (b);
        }
      partner_row (b, table, p);
    }
}

void
_pdz_doc_build_partners (PdzReportBuilder *b)
{
  if (b->fig->n_partners + b->fig->n_own_bodies == 0)
    return;

  _pdz_doc_begin_section (b, "page");
  _pdz_doc_add_heading_text (b, 2, "partners", _pdz_report_msg (b->ctx, PDZ_MSG_PARTNERS_INDEX));
  /* The outside partners, then the Ambito's own bodies apart */
  partners_of_kind (b, FALSE, NULL);
  partners_of_kind (b, TRUE, _pdz_report_msg (b->ctx, PDZ_MSG_OWN_BODIES));
  _pdz_doc_end_section (b);
}

/* Funding ----------------------------------------------------------------- */

static void
amount_rows (PdzReportBuilder *b,
             PdzReportBlock   *table,
             GArray           *rows,
             gboolean          with_total)
{
  gint64 total = 0;
  gboolean overflow = FALSE;
  guint n_total = 0, n_unstated = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      const PdzReportAmountRow *r = &g_array_index (rows, PdzReportAmountRow, i);
      GPtrArray *row;
      g_autofree char *amount = NULL;

      if (r->n_fundings == 0)
        continue;

      row = _pdz_doc_table_add_row (table);
      _pdz_doc_row_add_text (row, r->label);
      _pdz_doc_row_add_count (b, row, r->n_fundings);
      /* no amount stated at all is not € 0,00 */
      amount = r->n_unstated == r->n_fundings ? g_strdup ("—")
                                              : _pdz_report_format_total (b->ctx, r->amount, r->overflow);
      _pdz_doc_row_add_text (row, amount);
      _pdz_doc_row_add_count (b, row, r->n_unstated);
      overflow = overflow || r->overflow || !_pdz_report_add_amounts (&total, r->amount);
      n_total += r->n_fundings;
      n_unstated += r->n_unstated;
    }

  if (with_total && n_total > 0)
    {
      GPtrArray *row = _pdz_doc_table_add_row_with_class (table, "total");
      g_autofree char *amount = n_unstated == n_total ? g_strdup ("—")
                                                      : _pdz_report_format_total (b->ctx, total, overflow);

      _pdz_doc_row_add_text (row, _pdz_report_msg (b->ctx, PDZ_MSG_TOTAL));
      _pdz_doc_row_add_count (b, row, n_total);
      _pdz_doc_row_add_text (row, amount);
      _pdz_doc_row_add_count (b, row, n_unstated);
    }
}

/* A table of amounts under its heading: @rows by source or by outcome */
static void
amount_table (PdzReportBuilder *b,
              PdzMsg            heading,
              PdzMsg            first_column,
              GArray           *rows)
{
  const PdzReportContext *ctx = b->ctx;
  PdzReportBlock *table;

  _pdz_doc_add_heading_text (b, 3, NULL, _pdz_report_msg (ctx, heading));
  table = _pdz_doc_add_table (b, "funding",
                              _pdz_report_msg (ctx, first_column), FALSE,
                              _pdz_report_msg (ctx, PDZ_MSG_COUNT), TRUE,
                              _pdz_report_msg (ctx, PDZ_MSG_AMOUNT), TRUE,
                              _pdz_report_msg (ctx, PDZ_MSG_AMOUNT_NOT_STATED), TRUE,
                              NULL);
  amount_rows (b, table, rows, TRUE);
}

void
_pdz_doc_build_funding (PdzReportBuilder *b)
{
  const PdzReportContext *ctx = b->ctx;

  if (b->fig->sources->len == 0 && ctx->query != NULL)
    return;

  _pdz_doc_begin_section (b, "page");
  _pdz_doc_add_heading_text (b, 2, "funding", _pdz_report_msg (ctx, PDZ_MSG_FUNDING_OVERVIEW));

  if (b->fig->sources->len == 0)
    {
      _pdz_doc_add_paragraph (b, "empty", _pdz_doc_inlines_text (_pdz_report_msg (ctx, PDZ_MSG_NO_DATA)));
      _pdz_doc_end_section (b);
      return;
    }

  amount_table (b, PDZ_MSG_BY_SOURCE, PDZ_MSG_SOURCE, b->fig->sources);
  amount_table (b, PDZ_MSG_BY_STATUS, PDZ_MSG_FUNDING_STATUS, b->fig->funding_statuses);

  _pdz_doc_add_paragraph (b, "note", _pdz_doc_inlines_text (_pdz_report_msg (ctx, PDZ_MSG_FUNDING_NOTE)));
  _pdz_doc_end_section (b);
}

/* Diagnostics ------------------------------------------------------------- */

void
_pdz_doc_build_diagnostics (PdzReportBuilder *b)
{
  const PdzReportContext *ctx = b->ctx;
  guint n = ctx->diagnostics != NULL ? g_list_model_get_n_items (ctx->diagnostics) : 0;
  PdzReportBlock *table;

  _pdz_doc_begin_section (b, "page");
  _pdz_doc_add_heading_text (b, 2, "diagnostics", _pdz_report_msg (ctx, PDZ_MSG_DIAGNOSTICS));

  if (n == 0)
    {
      _pdz_doc_add_paragraph (b, "empty", _pdz_doc_inlines_text (_pdz_report_msg (ctx, PDZ_MSG_NO_DIAGNOSTICS)));
      _pdz_doc_end_section (b);
      return;
    }

  table = _pdz_doc_add_table (b, "diagnostics",
                              _pdz_report_msg (ctx, PDZ_MSG_SEVERITY), FALSE,
                              _pdz_report_msg (ctx, PDZ_MSG_CODE), FALSE,
                              _pdz_report_msg (ctx, PDZ_MSG_LOCATION), FALSE,
                              _pdz_report_msg (ctx, PDZ_MSG_MESSAGE), FALSE,
                              NULL);

  PDZ_MODEL_FOREACH (ctx->diagnostics, PdzDiagnostic, d)
    {
      GPtrArray *row = _pdz_doc_table_add_row (table);
      _pdz_doc_row_add_text (row, _pdz_report_severity_label (ctx, pdz_diagnostic_get_severity (d)));
      _pdz_doc_row_add_text (row, pdz_diagnostic_get_code (d));
      _pdz_doc_row_add_text (row, pdz_diagnostic_get_pointer (d));
      _pdz_doc_row_add_text (row, pdz_diagnostic_get_message (d));
    }

  _pdz_doc_end_section (b);
}
