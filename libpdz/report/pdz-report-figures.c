/* pdz-report-figures.c: the roll-ups the report shows, taken from PdzStats
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The report counts nothing on its own: every figure of the summary, the
 * charts and the funding overview comes from PdzStats, so the report, the
 * `pdz summary` command and a Python script always agree. How partial
 * dates and shared projects are counted is documented in doc/queries.md.
 */

#include "pdz-report-private.h"

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

static void
read_macroareas (const PdzReportContext *ctx,
                 PdzReportFigures       *fig,
                 PdzStatsTable          *table)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (table), i);
      PdzReportStatusRow r = { NULL, { 0 } };
      const char *key = pdz_stats_row_get_key (row);
      const char *title = pdz_stats_row_get_string (row, "title");

      if (key == NULL || *key == '\0')
        r.label = g_strdup (_pdz_report_msg (ctx, PDZ_MSG_NO_MACROAREA));
      else
        r.label = g_strdup (title != NULL && *title != '\0' ? title : key);

      for (guint s = 0; s < PDZ_N_STATUSES; s++)
        {
          g_autofree char *column = g_strconcat ("actions-", _pdz_report_status_nick (s), NULL);

          r.counts[s] = (guint) pdz_stats_row_get_int (row, column);
        }
      g_array_append_val (fig->macroareas, r);
    }
}

/* The rows of a table of pdz_stats_by_month() or _by_quarter() whose part
 * is 1 to @n_parts; FALSE when there are more than PDZ_REPORT_MAX_BARS */
static gboolean
read_parts (PdzReportFigures *fig,
            PdzStatsTable    *table,
            int               n_parts)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));
  guint n_bars = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (table), i);
      gint64 part = pdz_stats_row_get_int (row, "part");

      if (part >= 1 && part <= n_parts)
        n_bars++;
    }
  if (n_bars > PDZ_REPORT_MAX_BARS)
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (table), i);
      gint64 part = pdz_stats_row_get_int (row, "part");
      guint count = (guint) pdz_stats_row_get_int (row, "actions");

      if (part >= 1 && part <= n_parts)
        {
          int year = (int) pdz_stats_row_get_int (row, "year");
          PdzReportTimeRow t = { year, (int) part, year, count };

          g_array_append_val (fig->times, t);
        }
      else
        {
          /* dated only to the year, before or after the period, or undated */
          fig->actions_not_charted += count;
        }
    }

  return TRUE;
}

/* The rows of pdz_stats_by_year(), @years_per_bar years to a bar; the
 * bars start at multiples of @years_per_bar, the first and last cut to
 * the period */
static void
read_years (PdzReportFigures *fig,
            PdzStatsTable    *table,
            guint             years_per_bar)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));
  PdzReportTimeRow *bar = NULL;

  fig->years_per_bar = years_per_bar;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (table), i);
      int year = (int) pdz_stats_row_get_int (row, "year");
      guint count = (guint) pdz_stats_row_get_int (row, "actions");

      if (year <= 0)
        {
          /* before or after the period, or undated */
          fig->actions_not_charted += count;
          continue;
        }

      if (bar == NULL || year / (int) years_per_bar != bar->year / (int) years_per_bar)
        {
          PdzReportTimeRow t = { year, 0, year, 0 };

          g_array_append_val (fig->times, t);
          bar = &g_array_index (fig->times, PdzReportTimeRow, fig->times->len - 1);
        }
      bar->last_year = year;
      bar->count += count;
    }
}

/* Actions over time, in at most PDZ_REPORT_MAX_BARS bars: by month, else
 * by quarter, else by year or periods of years. A plan may span 1000 to
 * 9999: the tables of months and quarters are only asked for when the
 * years are few enough for them to fit. */
static void
read_times (PdzReportFigures *fig,
            PdzStats         *stats)
{
  static const guint steps[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000 };
  g_autoptr(PdzStatsTable) by_year = pdz_stats_by_year (stats);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (by_year));
  int first = 0, last = 0;
  guint n_years = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (by_year), i);
      int year = (int) pdz_stats_row_get_int (row, "year");

      if (year <= 0)
        continue;
      if (n_years++ == 0)
        first = year;
      last = year;
    }

  /* 5 years hold more than 36 months, 11 more than 36 quarters */
  if (n_years <= 4)
    {
      g_autoptr(PdzStatsTable) by_month = pdz_stats_by_month (stats);

      fig->time_unit = PDZ_REPORT_TIME_MONTH;
      if (read_parts (fig, by_month, 12))
        return;
    }
  if (n_years <= 10)
    {
      g_autoptr(PdzStatsTable) by_quarter = pdz_stats_by_quarter (stats);

      fig->time_unit = PDZ_REPORT_TIME_QUARTER;
      if (read_parts (fig, by_quarter, 4))
        return;
    }

  fig->time_unit = PDZ_REPORT_TIME_YEAR;
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      if ((guint) (last / (int) steps[i] - first / (int) steps[i] + 1) <= PDZ_REPORT_MAX_BARS ||
          i == G_N_ELEMENTS (steps) - 1)
        {
          read_years (fig, by_year, steps[i]);
          return;
        }
    }
}

static void
read_amounts (GArray        *rows,
              PdzStatsTable *table,
              const char    *label_column,
              const char *(*label_of) (const PdzReportContext *, guint),
              const PdzReportContext *ctx)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (table), i);
      PdzReportAmountRow r = { NULL, 0, 0, 0 };

      if (label_of != NULL)
        r.label = g_strdup (label_of (ctx, i));
      else
        r.label = g_strdup (_pdz_report_text_or (pdz_stats_row_get_string (row, label_column), NULL));
      r.amount = pdz_stats_row_get_int (row, "amount");
      r.n_fundings = (guint) pdz_stats_row_get_int (row, "fundings");
      r.n_unstated = (guint) pdz_stats_row_get_int (row, "unknown-amounts");
      g_array_append_val (rows, r);
    }
}

static const char *
funding_status_label (const PdzReportContext *ctx,
                      guint                   index)
{
  /* by_funding_status has one row per PdzFundingStatus, in order */
  return _pdz_report_funding_status_label (ctx, (PdzFundingStatus) index);
}

PdzReportFigures *
_pdz_report_figures_new (const PdzReportContext *ctx)
{
  PdzReportFigures *fig = g_new0 (PdzReportFigures, 1);
  g_autoptr(PdzStats) stats = pdz_stats_new (ctx->plan);
  g_autoptr(PdzStatsTable) by_macroarea = pdz_stats_by_macroarea (stats);
  g_autoptr(PdzStatsTable) by_source = pdz_stats_by_funding_source (stats);
  g_autoptr(PdzStatsTable) by_funding_status = pdz_stats_by_funding_status (stats);
  g_autoptr(PdzStatsTable) by_status = pdz_stats_by_status (stats);

  fig->macroareas = g_array_new (FALSE, TRUE, sizeof (PdzReportStatusRow));
  g_array_set_clear_func (fig->macroareas, (GDestroyNotify) status_row_clear);
  fig->times = g_array_new (FALSE, TRUE, sizeof (PdzReportTimeRow));
  fig->time_unit = PDZ_REPORT_TIME_MONTH;
  fig->years_per_bar = 1;
  fig->sources = g_array_new (FALSE, TRUE, sizeof (PdzReportAmountRow));
  g_array_set_clear_func (fig->sources, (GDestroyNotify) amount_row_clear);
  fig->funding_statuses = g_array_new (FALSE, TRUE, sizeof (PdzReportAmountRow));
  g_array_set_clear_func (fig->funding_statuses, (GDestroyNotify) amount_row_clear);

  read_macroareas (ctx, fig, by_macroarea);
  read_times (fig, stats);
  read_amounts (fig->sources, by_source, "source", NULL, ctx);
  read_amounts (fig->funding_statuses, by_funding_status, "status", funding_status_label, ctx);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (by_status)) && i < PDZ_N_STATUSES; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (by_status), i);

      fig->action_counts[i] = (guint) pdz_stats_row_get_int (row, "actions");
    }

  fig->n_objectives = pdz_stats_get_n_objectives (stats);
  fig->n_actions = pdz_stats_get_n_actions (stats);
  fig->n_extra_actions = pdz_stats_get_n_extra_actions (stats);
  fig->n_projects = pdz_stats_get_n_projects (stats);
  fig->n_partners = g_list_model_get_n_items (pdz_plan_get_partners (ctx->plan));
  fig->completion_rate = pdz_stats_get_completion_rate (stats);
  fig->by_partner = pdz_stats_by_partner (stats);

  return fig;
}

void
_pdz_report_figures_free (PdzReportFigures *fig)
{
  if (fig == NULL)
    return;

  g_array_unref (fig->macroareas);
  g_array_unref (fig->times);
  g_array_unref (fig->sources);
  g_array_unref (fig->funding_statuses);
  g_clear_object (&fig->by_partner);
  g_free (fig);
}

char *
_pdz_report_partner_roles (const PdzReportContext *ctx,
                           PdzStatsRow            *row)
{
  GEnumClass *roles_class;
  g_auto(GStrv) nicks = NULL;
  GString *out;
  const char *roles;

  if (row == NULL)
    return g_strdup ("");

  roles = pdz_stats_row_get_string (row, "roles");
  if (roles == NULL || *roles == '\0')
    return g_strdup ("");

  roles_class = g_type_class_ref (PDZ_TYPE_ROLE);
  nicks = g_strsplit (roles, ",", -1);
  out = g_string_new (NULL);
  for (guint i = 0; nicks[i] != NULL; i++)
    {
      GEnumValue *value = g_enum_get_value_by_nick (roles_class, g_strstrip (nicks[i]));

      if (value == NULL)
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append (out, _pdz_report_role_label (ctx, value->value));
    }
  g_type_class_unref (roles_class);

  return g_string_free (out, FALSE);
}
