/* pdz-report-figures.c: what the report shows, read from PdzStats and the
 * plan's index
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The report counts nothing on its own: every figure of the cover, the
 * summary, the charts, the sections and the CSV and XLSX tables comes from
 * the tables of one PdzStats (of the plan, or of the query the report is
 * limited to), so the report, `pdz summary` and a Python script always
 * agree (the counting rule: doc/queries.md). Which objectives, projects,
 * partners and actions the report lists is what those tables count; the
 * relations between them (the objectives of a macroarea, the actions
 * naming a project, where a partner appears) come from the plan's index
 * (pdz-plan-index-private.h) rather than from walks of the model.
 */

#include "pdz-report-private.h"

/* ---------------------------------------------------------------------- */
/* Reading tables                                                          */
/* ---------------------------------------------------------------------- */

static guint
row_count (PdzStatsRow *row,
           const char  *column)
{
  gint64 n = row != NULL ? pdz_stats_row_get_int (row, column) : 0;

  return (guint) CLAMP (n, 0, G_MAXUINT);
}

void
_pdz_report_row_counts (PdzStatsRow *row,
                        guint        counts[PDZ_N_STATUSES])
{
  for (guint s = 0; s < PDZ_N_STATUSES; s++)
    {
      g_autofree char *column = g_strconcat ("actions-", _pdz_report_status_nick (s), NULL);

      counts[s] = row_count (row, column);
    }
}

static PdzStatsRow *
lookup_row (PdzStatsTable *table,
            const char    *key)
{
  return key != NULL ? pdz_stats_table_lookup_row (table, key) : NULL;
}

PdzStatsRow *
_pdz_report_objective_row (const PdzReportFigures *fig,
                           PdzObjective           *objective)
{
  return lookup_row (fig->by_objective, pdz_objective_get_id (objective));
}

PdzStatsRow *
_pdz_report_project_row (const PdzReportFigures *fig,
                         PdzProject             *project)
{
  return lookup_row (fig->by_project, pdz_project_get_id (project));
}

static void
status_row_clear (PdzReportStatusRow *row)
{
  g_free (row->label);
}

static void
amount_row_clear (PdzReportAmountRow *row)
{
  g_free (row->label);
}

/* ---------------------------------------------------------------------- */
/* What the report shows                                                   */
/* ---------------------------------------------------------------------- */

gboolean
_pdz_report_shows_action (const PdzReportFigures *fig,
                          PdzAction              *action)
{
  PdzAction *bullet = pdz_action_get_parent (action);

  return g_hash_table_contains (fig->bullet_set, bullet != NULL ? bullet : action);
}

gboolean
_pdz_report_shows_objective (const PdzReportFigures *fig,
                             PdzObjective           *objective)
{
  return g_hash_table_contains (fig->objective_set, objective);
}

gboolean
_pdz_report_shows_project (const PdzReportFigures *fig,
                           PdzProject             *project)
{
  return g_hash_table_contains (fig->project_set, project);
}

gboolean
_pdz_report_shows_partner (const PdzReportFigures *fig,
                           PdzPartner             *partner)
{
  return g_hash_table_contains (fig->partner_set, partner);
}

gboolean
_pdz_report_is_outside_round (const PdzReportFigures *fig,
                              gpointer                entity)
{
  return g_hash_table_contains (fig->outside_round, entity);
}

GPtrArray *
_pdz_report_macroarea_objectives (const PdzReportFigures *fig,
                                  PdzMacroarea           *macroarea)
{
  GPtrArray *listed = g_hash_table_lookup (fig->macroarea_objectives, macroarea);

  return listed != NULL ? g_ptr_array_ref (listed) : g_ptr_array_new ();
}

GPtrArray *
_pdz_report_actions_of (const PdzReportFigures *fig,
                        GListModel             *actions)
{
  GPtrArray *shown = g_ptr_array_new ();

  PDZ_MODEL_FOREACH (actions, PdzAction, action)
    {
      if (_pdz_report_shows_action (fig, action))
        g_ptr_array_add (shown, action);
    }
  return shown;
}

static void
add_unique (GPtrArray  *array,
            GHashTable *seen,
            gpointer    item)
{
  if (item != NULL && g_hash_table_add (seen, item))
    g_ptr_array_add (array, item);
}

GPtrArray *
_pdz_report_actions_naming_project (const PdzReportFigures *fig,
                                    PdzProject             *project)
{
  GPtrArray *listed = _pdz_plan_index_lookup (fig->index->project_actions, project);
  GPtrArray *shown = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  /* The index lists the project's own actions, then those naming it. */
  for (guint i = 0; listed != NULL && i < listed->len; i++)
    {
      PdzAction *action = g_ptr_array_index (listed, i);

      if (pdz_action_get_project (action) != project && _pdz_report_shows_action (fig, action))
        add_unique (shown, seen, action);
    }
  return shown;
}

GPtrArray *
_pdz_report_all_actions (const PdzReportFigures *fig)
{
  GPtrArray *shown = g_ptr_array_new ();

  /* Bullets with their sub-actions after them, in document order */
  for (guint i = 0; i < fig->index->actions->len; i++)
    {
      PdzAction *action = g_ptr_array_index (fig->index->actions, i);

      if (_pdz_report_shows_action (fig, action))
        g_ptr_array_add (shown, action);
    }
  return shown;
}

/* Where a partner appears ----------------------------------------------- */

void
_pdz_report_appearances_init (PdzReportAppearances   *a,
                              const PdzReportContext *ctx,
                              const PdzReportFigures *fig,
                              PdzPartner             *partner)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GPtrArray *objectives = _pdz_plan_index_lookup (fig->index->partner_objectives, partner);
  GPtrArray *projects = _pdz_plan_index_lookup (fig->index->partner_projects, partner);
  GPtrArray *actions = _pdz_plan_index_lookup (fig->index->partner_actions, partner);

  a->objectives = g_ptr_array_new ();
  a->projects = g_ptr_array_new ();
  a->municipality = g_hash_table_contains (fig->municipalities, partner);

  for (guint i = 0; objectives != NULL && i < objectives->len; i++)
    if (_pdz_report_shows_objective (fig, objectives->pdata[i]))
      add_unique (a->objectives, seen, objectives->pdata[i]);
  /* Through its actions: the objective or the project that holds them */
  for (guint i = 0; actions != NULL && i < actions->len; i++)
    {
      PdzAction *action = actions->pdata[i];

      if (!_pdz_report_shows_action (fig, action))
        continue;
      if (pdz_action_get_objective (action) != NULL)
        add_unique (a->objectives, seen, pdz_action_get_objective (action));
      else
        add_unique (a->projects, seen, pdz_action_get_project (action));
    }
  for (guint i = 0; projects != NULL && i < projects->len; i++)
    if (_pdz_report_shows_project (fig, projects->pdata[i]))
      add_unique (a->projects, seen, projects->pdata[i]);
}

void
_pdz_report_appearances_clear (PdzReportAppearances *a)
{
  g_clear_pointer (&a->objectives, g_ptr_array_unref);
  g_clear_pointer (&a->projects, g_ptr_array_unref);
}

/* ---------------------------------------------------------------------- */
/* The figures                                                             */
/* ---------------------------------------------------------------------- */

static void
read_statuses (PdzReportFigures *fig)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fig->by_status));

  /* One row per status, in the order of PdzStatus */
  for (guint i = 0; i < n && i < PDZ_N_STATUSES; i++)
    {
      PdzStatsRow *row = _pdz_model_peek (G_LIST_MODEL (fig->by_status), i);

      fig->action_counts[i] = row_count (row, "actions");
      fig->n_actions += fig->action_counts[i];
    }
}

static void
read_origins (PdzReportFigures *fig)
{
  fig->n_origin_planned = row_count (pdz_stats_table_lookup_row (fig->by_origin, "planned"), "actions");
  fig->n_origin_extra = row_count (pdz_stats_table_lookup_row (fig->by_origin, "extra"), "actions");
  fig->n_origin_not_stated = row_count (pdz_stats_table_lookup_row (fig->by_origin, "not-stated"), "actions");
}

/* The objectives, grouped as the summary and the sections show them */
static void
read_objectives (const PdzReportContext *ctx,
                 PdzReportFigures       *fig)
{
  PDZ_MODEL_FOREACH (fig->by_objective, PdzStatsRow, row)
    {
      const char *group = pdz_stats_row_get_string (row, "group");
      const char *key = pdz_stats_row_get_key (row);
      const char *macroarea_id = pdz_stats_row_get_string (row, "macroarea");
      PdzObjective *objective;
      PdzMacroarea *macroarea;

      if (g_strcmp0 (group, "project-actions") == 0)
        {
          fig->n_project_actions += row_count (row, "actions");
          continue;
        }
      fig->n_objective_actions += row_count (row, "actions");
      objective = key != NULL ? pdz_plan_lookup_objective (ctx->plan, key) : NULL;
      if (objective == NULL)
        continue;

      g_hash_table_add (fig->objective_set, objective);
      fig->n_objectives++;
      if (pdz_objective_get_kind (objective) == PDZ_OBJECTIVE_KIND_HEALTH_INTEGRATION)
        fig->n_health_objectives++;
      else
        fig->n_plan_objectives++;

      /* Under its macroarea, whatever its kind, as by_macroarea counts it;
       * without one, the health-integration objectives apart, as the seed
       * lists the ASST's */
      macroarea = macroarea_id != NULL ? pdz_plan_lookup_macroarea (ctx->plan, macroarea_id) : NULL;
      if (macroarea == NULL)
        {
          g_ptr_array_add (pdz_objective_get_kind (objective) == PDZ_OBJECTIVE_KIND_HEALTH_INTEGRATION
                           ? fig->health_objectives : fig->other_objectives, objective);
        }
      else
        {
          GPtrArray *list = g_hash_table_lookup (fig->macroarea_objectives, macroarea);

          if (list == NULL)
            {
              list = g_ptr_array_new ();
              g_hash_table_insert (fig->macroarea_objectives, macroarea, list);
            }
          g_ptr_array_add (list, objective);
        }
    }
}

static void
read_macroareas (const PdzReportContext *ctx,
                 PdzReportFigures       *fig)
{
  PDZ_MODEL_FOREACH (fig->by_macroarea, PdzStatsRow, row)
    {
      const char *group = pdz_stats_row_get_string (row, "group");
      const char *title = pdz_stats_row_get_string (row, "title");
      PdzReportStatusRow r = { NULL, NULL, { 0 }, 0 };

      if (g_strcmp0 (group, "project-actions") == 0)
        {
          r.group = "project-actions";
          r.label = g_strdup (_pdz_report_msg (ctx, PDZ_MSG_PROJECT_ACTIONS));
        }
      else if (g_strcmp0 (group, "no-macroarea") == 0)
        {
          r.group = "no-macroarea";
          r.label = g_strdup (_pdz_report_msg (ctx, PDZ_MSG_NO_MACROAREA));
        }
      else
        {
          r.group = "macroarea";
          r.label = g_strdup (_pdz_report_text_or (title, pdz_stats_row_get_key (row)));
        }
      _pdz_report_row_counts (row, r.counts);
      r.total = row_count (row, "actions");
      g_array_append_val (fig->macroareas, r);
    }
}

static void
read_projects (const PdzReportContext *ctx,
               PdzReportFigures       *fig)
{
  PDZ_MODEL_FOREACH (fig->by_project, PdzStatsRow, row)
    {
      const char *key = pdz_stats_row_get_key (row);
      PdzProject *project = key != NULL ? pdz_plan_lookup_project (ctx->plan, key) : NULL;

      if (project != NULL)
        g_hash_table_add (fig->project_set, project);
      fig->n_projects++;
    }
}

/* The partners of the whole plan, or of a limited report those taking
 * part in something it counts; the Ambito's own bodies apart */
static void
read_partners (const PdzReportContext *ctx,
               PdzReportFigures       *fig)
{
  PDZ_MODEL_FOREACH (pdz_plan_get_partners (ctx->plan), PdzPartner, partner)
    {
      if (ctx->query != NULL && lookup_row (fig->by_partner, pdz_partner_get_id (partner)) == NULL)
        continue;
      g_hash_table_add (fig->partner_set, partner);
      if (pdz_partner_get_kind (partner) == PDZ_PARTNER_KIND_OWN_BODY)
        fig->n_own_bodies++;
      else
        fig->n_partners++;
    }

  PDZ_MODEL_FOREACH (pdz_plan_get_municipalities (ctx->plan), PdzPartner, municipality)
    g_hash_table_add (fig->municipalities, municipality);
}

static void
read_amounts (GArray                 *rows,
              PdzStatsTable          *table,
              const PdzReportContext *ctx,
              gboolean                by_status,
              guint                  *n_with_amount)
{
  PDZ_MODEL_FOREACH (table, PdzStatsRow, row)
    {
      PdzReportAmountRow r = { NULL, 0, FALSE, 0, 0 };
      const char *key = pdz_stats_row_get_key (row);

      if (by_status)
        {
          int status = PDZ_FUNDING_STATUS_NOT_STATED;

          _pdz_enum_from_nick (PDZ_TYPE_FUNDING_STATUS, key, &status);
          r.label = g_strdup (_pdz_report_funding_status_label (ctx, status));
        }
      else
        r.label = g_strdup (_pdz_report_text_or (key, NULL));
      r.amount = pdz_stats_row_get_int (row, "amount");
      r.overflow = pdz_stats_row_get_int (row, "amount-overflow") != 0;
      r.n_fundings = row_count (row, "fundings");
      r.n_unstated = row_count (row, "unknown-amounts");
      if (n_with_amount != NULL && r.n_unstated < r.n_fundings)
        (*n_with_amount)++;
      g_array_append_val (rows, r);
    }
}

/* Dates outside the monitoring round, as pdz_plan_check() finds them: an
 * action by its own date, a milestone by its pointer's last index. */
static void
read_outside_round (const PdzReportContext *ctx,
                    PdzReportFigures       *fig)
{
  g_autoptr(PdzCheckOptions) options = pdz_check_options_new ();
  g_autoptr(GListModel) diagnostics = NULL;
  g_autoptr(GPtrArray) disabled = g_ptr_array_new ();

  for (const char * const *code = pdz_check_get_codes (); *code != NULL; code++)
    {
      if (!g_str_equal (*code, "action-outside-round") && !g_str_equal (*code, "milestone-outside-round"))
        g_ptr_array_add (disabled, (gpointer) *code);
    }
  g_ptr_array_add (disabled, NULL);
  pdz_check_options_set_disabled_codes (options, (const char * const *) disabled->pdata);
  pdz_check_options_set_language (options, ctx->cat->language);
  diagnostics = pdz_plan_check (ctx->plan, options);

  PDZ_MODEL_FOREACH (diagnostics, PdzDiagnostic, d)
    {
      GObject *subject = pdz_diagnostic_get_subject (d);
      const char *pointer = pdz_diagnostic_get_pointer (d);
      const char *last;

      if (!PDZ_IS_ACTION (subject))
        continue;
      if (g_str_equal (pdz_diagnostic_get_code (d), "action-outside-round"))
        {
          g_hash_table_add (fig->outside_round, subject);
          continue;
        }
      last = strrchr (pointer, '/');
      if (last != NULL && last - pointer >= 11 && strncmp (last - 11, "/milestones", 11) == 0)
        {
          guint64 index;

          if (g_ascii_string_to_unsigned (last + 1, 10, 0, G_MAXUINT, &index, NULL))
            {
              GListModel *milestones = pdz_action_get_milestones (PDZ_ACTION (subject));

              if (index < g_list_model_get_n_items (milestones))
                g_hash_table_add (fig->outside_round, _pdz_model_peek (milestones, (guint) index));
            }
        }
    }
}

/* The chart over time ---------------------------------------------------- */

typedef struct {
  guint in_period;                       /* in the rows of the period at this unit */
  guint known;                           /* of which known to the month or quarter */
  guint n_bars;
} PartsTally;

/* A table of pdz_stats_by_month() or _by_quarter(): the rows of its
 * months or quarters (part 1 to @n_parts) are its bars */
static PartsTally
tally_parts (PdzStatsTable *table,
             int            n_parts)
{
  PartsTally t = { 0, 0, 0 };

  PDZ_MODEL_FOREACH (table, PdzStatsRow, row)
    {
      gint64 year = pdz_stats_row_get_int (row, "year");
      gint64 part = pdz_stats_row_get_int (row, "part");
      guint items = row_count (row, "actions") + row_count (row, "milestones");

      if (year <= 0)
        continue;                        /* before, after, undated */
      t.in_period += items;
      if (part >= 1 && part <= n_parts)
        {
          t.known += items;
          t.n_bars++;
        }
    }
  return t;
}

static void
bars_of_parts (PdzReportTime *time,
               PdzStatsTable *table,
               int            n_parts)
{
  PDZ_MODEL_FOREACH (table, PdzStatsRow, row)
    {
      gint64 year = pdz_stats_row_get_int (row, "year");
      gint64 part = pdz_stats_row_get_int (row, "part");

      if (year > 0 && part >= 1 && part <= n_parts)
        {
          PdzReportTimeRow bar = { (int) year, (int) part, (int) year,
                                   row_count (row, "actions"), row_count (row, "milestones") };

          g_array_append_val (time->bars, bar);
        }
    }
}

/* The rows of pdz_stats_by_year(), @years_per_bar years to a bar; the
 * bars start at multiples of @years_per_bar, the first and last cut to the
 * period */
static void
bars_of_years (PdzReportTime *time,
               PdzStatsTable *table,
               guint          years_per_bar)
{
  PdzReportTimeRow *bar = NULL;

  time->years_per_bar = years_per_bar;
  PDZ_MODEL_FOREACH (table, PdzStatsRow, row)
    {
      int year = (int) pdz_stats_row_get_int (row, "year");

      if (year <= 0)
        continue;
      if (bar == NULL || year / (int) years_per_bar != bar->year / (int) years_per_bar)
        {
          PdzReportTimeRow t = { year, 0, year, 0, 0 };

          g_array_append_val (time->bars, t);
          bar = &g_array_index (time->bars, PdzReportTimeRow, time->bars->len - 1);
        }
      bar->last_year = year;
      bar->actions += row_count (row, "actions");
      bar->milestones += row_count (row, "milestones");
    }
}

/* Actions and milestones over time, at the finest unit (month, quarter,
 * year) at which PDZ_REPORT_TIME_PRECISION of those in the period are
 * known, in at most PDZ_REPORT_MAX_BARS bars; drawn when at least
 * PDZ_REPORT_TIME_MIN_ITEMS of them fall in the period over at least
 * PDZ_REPORT_TIME_MIN_PERIODS bars. A plan may span 1000 to 9999: the
 * tables of months and quarters are only asked for when the years are few
 * enough for them to fit. */
static void
read_time (const PdzReportContext *ctx,
           PdzReportFigures       *fig)
{
  static const guint steps[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000 };
  PdzReportTime *time = &fig->time;
  g_autoptr(PdzStatsTable) by_year = pdz_stats_by_year (fig->stats);
  int first = 0, last = 0;
  guint n_years = 0;
  guint first_used = G_MAXUINT, last_used = 0;

  time->bars = g_array_new (FALSE, TRUE, sizeof (PdzReportTimeRow));
  time->years_per_bar = 1;

  PDZ_MODEL_FOREACH (by_year, PdzStatsRow, row)
    {
      int year = (int) pdz_stats_row_get_int (row, "year");

      if (!g_str_equal (pdz_stats_row_get_key (row), "undated"))
        time->n_dated_actions += row_count (row, "actions");
      time->n_milestones += row_count (row, "milestones");
      if (year <= 0)
        continue;
      if (n_years++ == 0)
        first = year;
      last = year;
    }

  /* 4 years hold at most 48 months, 10 at most 40 quarters */
  if (n_years > 0 && n_years <= 10)
    {
      g_autoptr(PdzStatsTable) by_month = n_years <= 4 ? pdz_stats_by_month (fig->stats) : NULL;
      g_autoptr(PdzStatsTable) by_quarter = pdz_stats_by_quarter (fig->stats);
      PartsTally months = by_month != NULL ? tally_parts (by_month, 12) : (PartsTally) { 0, 0, G_MAXUINT };
      PartsTally quarters = tally_parts (by_quarter, 4);

      /* A quarter is known when its month is: one share for both */
      time->n_month_known = quarters.known;
      time->n_precision_base = quarters.in_period;

      if (quarters.in_period == 0 || quarters.known >= PDZ_REPORT_TIME_PRECISION * quarters.in_period)
        {
          if (months.n_bars <= PDZ_REPORT_MAX_BARS)
            {
              time->unit = PDZ_REPORT_TIME_MONTH;
              bars_of_parts (time, by_month, 12);
            }
          else if (quarters.n_bars <= PDZ_REPORT_MAX_BARS)
            {
              time->unit = PDZ_REPORT_TIME_QUARTER;
              bars_of_parts (time, by_quarter, 4);
            }
        }
      else
        time->by_year_for_precision = TRUE;
    }

  if (time->bars->len == 0 && n_years > 0)
    {
      time->unit = PDZ_REPORT_TIME_YEAR;
      for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
        {
          if ((guint) (last / (int) steps[i] - first / (int) steps[i] + 1) <= PDZ_REPORT_MAX_BARS ||
              i == G_N_ELEMENTS (steps) - 1)
            {
              bars_of_years (time, by_year, steps[i]);
              break;
            }
        }
    }
  for (guint i = 0; i < time->bars->len; i++)
    {
      const PdzReportTimeRow *bar = &g_array_index (time->bars, PdzReportTimeRow, i);

      time->n_in_period += bar->actions + bar->milestones;
      if (bar->actions + bar->milestones > 0)
        {
          first_used = MIN (first_used, i);
          last_used = i;
        }
    }
  time->n_periods = first_used <= last_used ? last_used - first_used + 1 : 0;
  time->drawn = time->n_in_period >= PDZ_REPORT_TIME_MIN_ITEMS &&
                time->n_periods >= PDZ_REPORT_TIME_MIN_PERIODS;
}

/* The rows the charts read: macroareas, sources, funding statuses */
static void
figures_init_rows (PdzReportFigures *fig)
{
  fig->macroareas = g_array_new (FALSE, TRUE, sizeof (PdzReportStatusRow));
  g_array_set_clear_func (fig->macroareas, (GDestroyNotify) status_row_clear);
  fig->sources = g_array_new (FALSE, TRUE, sizeof (PdzReportAmountRow));
  g_array_set_clear_func (fig->sources, (GDestroyNotify) amount_row_clear);
  fig->funding_statuses = g_array_new (FALSE, TRUE, sizeof (PdzReportAmountRow));
  g_array_set_clear_func (fig->funding_statuses, (GDestroyNotify) amount_row_clear);
}

/* Reads the tables of the Region's figures: the charts and key figures of
 * the regional overview are those of a plan, drawn from the sums. */
PdzReportFigures *
_pdz_report_figures_new_for_corpus (const PdzReportContext *ctx)
{
  PdzReportFigures *fig = g_new0 (PdzReportFigures, 1);
  g_autoptr(PdzStatsTable) by_source = pdz_corpus_by_funding_source (ctx->corpus, NULL);
  g_autoptr(PdzStatsTable) by_funding_status = pdz_corpus_by_funding_status (ctx->corpus, NULL);
  g_autoptr(PdzStatsTable) by_ambito = pdz_corpus_by_ambito (ctx->corpus, NULL);

  fig->by_status = pdz_corpus_by_status (ctx->corpus, NULL);
  fig->by_origin = pdz_corpus_by_origin (ctx->corpus, NULL);
  fig->by_macroarea = pdz_corpus_by_macroarea (ctx->corpus, NULL);
  fig->by_partner = pdz_corpus_by_partner (ctx->corpus, NULL);
  figures_init_rows (fig);
  /* No chart over time: the plans' rounds differ */
  fig->time.bars = g_array_new (FALSE, TRUE, sizeof (PdzReportTimeRow));

  read_statuses (fig);
  read_origins (fig);
  read_macroareas (ctx, fig);
  read_amounts (fig->sources, by_source, ctx, FALSE, &fig->n_sources_with_amount);
  read_amounts (fig->funding_statuses, by_funding_status, ctx, TRUE, NULL);

  /* The key figures: the plans' objectives and projects added up, the
   * bullets under projects in the row of their own, the partners by id */
  PDZ_MODEL_FOREACH (by_ambito, PdzStatsRow, row)
    {
      fig->n_objectives += row_count (row, "objectives");
      fig->n_projects += row_count (row, "projects");
    }
  fig->n_plan_objectives = fig->n_objectives;
  for (guint i = 0; i < fig->macroareas->len; i++)
    {
      const PdzReportStatusRow *r = &g_array_index (fig->macroareas, PdzReportStatusRow, i);

      if (g_str_equal (r->group, "project-actions"))
        fig->n_project_actions += r->total;
      else
        fig->n_objective_actions += r->total;
    }
  PDZ_MODEL_FOREACH (fig->by_partner, PdzStatsRow, row)
    {
      if (g_strcmp0 (pdz_stats_row_get_string (row, "kind"), "own-body") == 0)
        fig->n_own_bodies++;
      else
        fig->n_partners++;
    }

  return fig;
}

PdzReportFigures *
_pdz_report_figures_new (const PdzReportContext *ctx)
{
  PdzReportFigures *fig = g_new0 (PdzReportFigures, 1);
  g_autoptr(PdzStatsTable) by_source = NULL;
  g_autoptr(PdzStatsTable) by_funding_status = NULL;
  g_autoptr(GListModel) bullets = NULL;

  fig->stats = ctx->query != NULL ? pdz_stats_new_for_query (ctx->query) : pdz_stats_new (ctx->plan);
  fig->index = _pdz_plan_index_get (ctx->plan);

  fig->by_status = pdz_stats_by_status (fig->stats);
  fig->by_origin = pdz_stats_by_origin (fig->stats);
  fig->by_objective = pdz_stats_by_objective (fig->stats);
  fig->by_macroarea = pdz_stats_by_macroarea (fig->stats);
  fig->by_project = pdz_stats_by_project (fig->stats);
  fig->by_partner = pdz_stats_by_partner (fig->stats);
  by_source = pdz_stats_by_funding_source (fig->stats);
  by_funding_status = pdz_stats_by_funding_status (fig->stats);

  fig->bullet_set = g_hash_table_new (NULL, NULL);
  fig->objective_set = g_hash_table_new (NULL, NULL);
  fig->project_set = g_hash_table_new (NULL, NULL);
  fig->partner_set = g_hash_table_new (NULL, NULL);
  fig->municipalities = g_hash_table_new (NULL, NULL);
  fig->outside_round = g_hash_table_new (NULL, NULL);
  fig->macroarea_objectives = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  fig->other_objectives = g_ptr_array_new ();
  fig->health_objectives = g_ptr_array_new ();
  fig->extra_actions = g_ptr_array_new ();
  figures_init_rows (fig);

  /* The bullets counted, and among them those the plan did not foresee */
  bullets = pdz_stats_dup_actions (fig->stats);
  fig->bullets = _pdz_model_to_array (bullets);
  for (guint i = 0; i < fig->bullets->len; i++)
    {
      PdzAction *action = g_ptr_array_index (fig->bullets, i);

      g_hash_table_add (fig->bullet_set, action);
      if (pdz_action_get_origin (action) == PDZ_ORIGIN_EXTRA)
        g_ptr_array_add (fig->extra_actions, action);
    }

  read_statuses (fig);
  read_origins (fig);
  read_objectives (ctx, fig);
  read_macroareas (ctx, fig);
  read_projects (ctx, fig);
  read_partners (ctx, fig);
  read_amounts (fig->sources, by_source, ctx, FALSE, &fig->n_sources_with_amount);
  read_amounts (fig->funding_statuses, by_funding_status, ctx, TRUE, NULL);
  read_outside_round (ctx, fig);
  read_time (ctx, fig);

  return fig;
}

void
_pdz_report_figures_free (PdzReportFigures *fig)
{
  if (fig == NULL)
    return;

  g_clear_object (&fig->stats);
  g_clear_pointer (&fig->index, _pdz_plan_index_unref);
  g_clear_object (&fig->by_status);
  g_clear_object (&fig->by_origin);
  g_clear_object (&fig->by_objective);
  g_clear_object (&fig->by_macroarea);
  g_clear_object (&fig->by_project);
  g_clear_object (&fig->by_partner);
  g_clear_pointer (&fig->bullets, g_ptr_array_unref);
  g_clear_pointer (&fig->bullet_set, g_hash_table_unref);
  g_clear_pointer (&fig->objective_set, g_hash_table_unref);
  g_clear_pointer (&fig->project_set, g_hash_table_unref);
  g_clear_pointer (&fig->partner_set, g_hash_table_unref);
  g_clear_pointer (&fig->municipalities, g_hash_table_unref);
  g_clear_pointer (&fig->outside_round, g_hash_table_unref);
  g_clear_pointer (&fig->macroarea_objectives, g_hash_table_unref);
  g_clear_pointer (&fig->other_objectives, g_ptr_array_unref);
  g_clear_pointer (&fig->health_objectives, g_ptr_array_unref);
  g_clear_pointer (&fig->extra_actions, g_ptr_array_unref);
  g_clear_pointer (&fig->macroareas, g_array_unref);
  g_clear_pointer (&fig->sources, g_array_unref);
  g_clear_pointer (&fig->funding_statuses, g_array_unref);
  g_clear_pointer (&fig->time.bars, g_array_unref);
  g_free (fig);
}

char *
_pdz_report_partner_roles (const PdzReportContext *ctx,
                           PdzStatsRow            *row)
{
  return _pdz_report_roles_column (ctx, row, "roles");
}

char *
_pdz_report_roles_column (const PdzReportContext *ctx,
                          PdzStatsRow            *row,
                          const char             *column)
{
  g_auto(GStrv) nicks = NULL;
  GString *out;
  const char *roles;

  if (row == NULL)
    return g_strdup ("");

  roles = pdz_stats_row_get_string (row, column);
  if (roles == NULL || *roles == '\0')
    return g_strdup ("");

  nicks = g_strsplit (roles, ",", -1);
  out = g_string_new (NULL);
  for (guint i = 0; nicks[i] != NULL; i++)
    {
      int role;

      if (!_pdz_enum_from_nick (PDZ_TYPE_ROLE, g_strstrip (nicks[i]), &role))
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, _pdz_report_role_label (ctx, role));
    }

  return g_string_free (out, FALSE);
}
