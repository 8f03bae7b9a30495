/* pdz-stats-period.c: actions per month, quarter and year of the monitoring round
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Methods of PdzStats (see pdz-stats.c), kept apart to keep each file
 * short. They read the statistics through the public API.
 */

#include "pdz.h"

#include "pdz-date-private.h"
#include "pdz-plan-index-private.h"
#include "pdz-stats-private.h"

/* ---- by period ---------------------------------------------------------- */

typedef enum {
  PERIOD_MONTH,
  PERIOD_QUARTER,
  PERIOD_YEAR,
} Period;

enum {
  PERIOD_COL_PERIOD,
  PERIOD_COL_YEAR,
  PERIOD_COL_PART,
  PERIOD_COL_ACTIONS,
  PERIOD_COL_COMPLETED,
  PERIOD_COL_EXTRA,
};

static const PdzStatsColumnSpec by_period_columns[] = {
  { "period", G_TYPE_STRING },
  { "year", G_TYPE_INT64 },
  { "part", G_TYPE_INT64 },
  { "actions", G_TYPE_INT64 },
  { "completed", G_TYPE_INT64 },
  { "extra", G_TYPE_INT64 },
};

static const PdzDate *
action_when (PdzAction *action)
{
  const PdzDate *date = pdz_action_get_date (action);

  return date != NULL ? date : pdz_action_get_end_date (action);
}

static gboolean
set_bounds (const PdzDate *start,
            const PdzDate *end,
            int *first_year,
            int *first_month,
            int *last_year,
            int *last_month)
{
  if (start == NULL || end == NULL)
    return FALSE;

  *first_year = pdz_date_get_year (start);
  *first_month = pdz_date_get_precision (start) >= PDZ_DATE_PRECISION_MONTH
                 ? pdz_date_get_month (start) : 1;
  *last_year = pdz_date_get_year (end);
  *last_month = pdz_date_get_precision (end) >= PDZ_DATE_PRECISION_MONTH
                ? pdz_date_get_month (end) : 12;

  return *first_year * 12 + *first_month <= *last_year * 12 + *last_month;
}

/* The period the tables cover: the monitoring round's; failing that, the
 * plan's (each bound on its own); failing that, from the earliest to the
 * latest action date. FALSE when there is none: then no action is dated. */
static gboolean
period_bounds (PdzStats *self,
               int *first_year,
               int *first_month,
               int *last_year,
               int *last_month)
{
  const PdzDate *start = NULL;
  const PdzDate *end = NULL;
  const PdzDate *earliest = NULL;
  const PdzDate *latest = NULL;
  GListModel *actions = pdz_stats_get_actions (self);
  guint n = g_list_model_get_n_items (actions);

  if (pdz_stats_get_plan (self) != NULL)
    {
      start = pdz_plan_get_monitoring_start (pdz_stats_get_plan (self));
      end = pdz_plan_get_monitoring_end (pdz_stats_get_plan (self));
      if (start == NULL)
        start = pdz_plan_get_start (pdz_stats_get_plan (self));
      if (end == NULL)
        end = pdz_plan_get_end (pdz_stats_get_plan (self));
    }

  if (set_bounds (start, end, first_year, first_month, last_year, last_month))
    return TRUE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (actions, i);
      const PdzDate *when = action_when (action);

      /* The action, held by the stats, keeps its date alive. */
      if (when == NULL)
        continue;
      if (earliest == NULL || _pdz_date_first_julian (when) < _pdz_date_first_julian (earliest))
        earliest = when;
      if (latest == NULL || _pdz_date_last_julian (when) > _pdz_date_last_julian (latest))
        latest = when;
    }

  if (start != NULL && end == NULL &&
      set_bounds (start, latest, first_year, first_month, last_year, last_month))
    return TRUE;
  if (start == NULL && end != NULL &&
      set_bounds (earliest, end, first_year, first_month, last_year, last_month))
    return TRUE;
  return set_bounds (earliest, latest, first_year, first_month, last_year, last_month);
}

static PdzStatsRow *
append_period_row (PdzStatsTable *table,
                   GHashTable *rows,
                   char *key,
                   int year,
                   int part)
{
  PdzStatsRow *row = _pdz_stats_table_append (table, key);

  _pdz_stats_row_set_int (row, PERIOD_COL_YEAR, year);
  _pdz_stats_row_set_int (row, PERIOD_COL_PART, part);
  g_hash_table_insert (rows, key, row);   /* takes @key */
  return row;
}

/* The number of the month or quarter @month falls in, counted from year 0. */
static int
part_ordinal (Period period,
              int year,
              int month)
{
  return period == PERIOD_MONTH ? year * 12 + (month - 1) : year * 4 + (month - 1) / 3;
}

static PdzStatsTable *
stats_by_period (PdzStats *self,
                 Period period)
{
  static const char * const names[] = { "by-month", "by-quarter", "by-year" };
  PdzStatsTable *table;
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  PdzStatsRow *before, *after, *undated;
  int y0 = 0, m0 = 0, y1 = -1, m1 = 0;
  gboolean bounded;
  GListModel *actions = pdz_stats_get_actions (self);
  guint n = g_list_model_get_n_items (actions);

  table = _pdz_stats_table_new (names[period], by_period_columns, G_N_ELEMENTS (by_period_columns));
  bounded = period_bounds (self, &y0, &m0, &y1, &m1);

  for (int y = y0; bounded && y <= y1; y++)
    {
      if (period != PERIOD_YEAR)
        {
          int from = part_ordinal (period, y, y == y0 ? m0 : 1);
          int to = part_ordinal (period, y, y == y1 ? m1 : 12);

          for (int p = from; p <= to; p++)
            {
              int part = period == PERIOD_MONTH ? p - y * 12 + 1 : p - y * 4 + 1;
              char *key = period == PERIOD_MONTH
                          ? g_strdup_printf ("%04d-%02d", y, part)
                          : g_strdup_printf ("%04d-Q%d", y, part);

              append_period_row (table, rows, key, y, part);
            }
        }
      /* In the year table, the year itself; in the others, the year's
       * bucket of dates known only to the year. */
      append_period_row (table, rows, g_strdup_printf ("%04d", y), y, 0);
    }

  before = append_period_row (table, rows, g_strdup ("before"), 0, 0);
  after = append_period_row (table, rows, g_strdup ("after"), 0, 0);
  undated = append_period_row (table, rows, g_strdup ("undated"), 0, 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (actions, i);
      const PdzDate *when = action_when (action);
      PdzStatsRow *row;

      if (when == NULL)
        {
          row = undated;
        }
      else
        {
          int year = pdz_date_get_year (when);
          gboolean to_year = period == PERIOD_YEAR ||
                             pdz_date_get_precision (when) == PDZ_DATE_PRECISION_YEAR;

          if (!bounded)
            {
              row = undated;   /* unreachable: a dated action bounds the period */
            }
          else if (to_year)
            {
              g_autofree char *key = g_strdup_printf ("%04d", year);

              row = year < y0 ? before : year > y1 ? after : g_hash_table_lookup (rows, key);
            }
          else
            {
              int month = pdz_date_get_month (when);
              int p = part_ordinal (period, year, month);
              g_autofree char *key = NULL;

              if (p < part_ordinal (period, y0, m0))
                row = before;
              else if (p > part_ordinal (period, y1, m1))
                row = after;
              else
                {
                  key = period == PERIOD_MONTH
                        ? g_strdup_printf ("%04d-%02d", year, month)
                        : g_strdup_printf ("%04d-Q%d", year, (month - 1) / 3 + 1);
                  row = g_hash_table_lookup (rows, key);
                }
            }
        }

      g_assert (row != NULL);
      _pdz_stats_row_add_int (row, PERIOD_COL_ACTIONS, 1);
      if (pdz_action_get_status (action) == PDZ_STATUS_COMPLETED)
        _pdz_stats_row_add_int (row, PERIOD_COL_COMPLETED, 1);
      if ((pdz_action_get_origin (action) == PDZ_ORIGIN_EXTRA))
        _pdz_stats_row_add_int (row, PERIOD_COL_EXTRA, 1);
    }

  return table;
}

/**
 * pdz_stats_by_month:
 * @self: statistics
 *
 * Counts actions per month of the monitoring round (or, without one, of
 * the plan period, or of the span of the action dates).
 *
 * An action counts once, by its date (its end date when it has no date).
 * One row per month of the period, keyed `YYYY-MM`; after the months of
 * each year, a row keyed `YYYY` for the actions of that year whose date is
 * known only to the year; then rows `before`, `after` (dated outside the
 * period) and `undated`.
 *
 * Columns: `period` (string); `year`, `part` (the month, 1–12, or 0 for
 * the year and the last three rows); `actions`, `completed`, `extra`
 * (integers: the actions, and how many of them are completed or extra).
 *
 * Returns: (transfer full): a new table
 */
PdzStatsTable *
pdz_stats_by_month (PdzStats *self)
{
  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  return stats_by_period (self, PERIOD_MONTH);
}

/**
 * pdz_stats_by_quarter:
 * @self: statistics
 *
 * Counts actions per quarter of the monitoring round, like
 * [method@Pdz.Stats.by_month]: rows keyed `YYYY-Qn` (`part` is the quarter,
 * 1–4), each year followed by its `YYYY` row of dates known only to the
 * year, then `before`, `after` and `undated`.
 *
 * Returns: (transfer full): a new table
 */
PdzStatsTable *
pdz_stats_by_quarter (PdzStats *self)
{
  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  return stats_by_period (self, PERIOD_QUARTER);
}

/**
 * pdz_stats_by_year:
 * @self: statistics
 *
 * Counts actions per year of the monitoring round, like
 * [method@Pdz.Stats.by_month]: rows keyed `YYYY` (every dated action
 * counts in its year, whatever its precision), then `before`, `after` and
 * `undated`.
 *
 * Returns: (transfer full): a new table
 */
PdzStatsTable *
pdz_stats_by_year (PdzStats *self)
{
  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  return stats_by_period (self, PERIOD_YEAR);
}
