/* pdz-stats-funding.c: funding totals per source and per status
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Methods of PdzStats (see pdz-stats.c), kept apart to keep each file
 * short. They read the statistics through the public API.
 */

#include "pdz.h"

#include "pdz-stats-private.h"
#include "pdz-text-private.h"

/* ---- funding ------------------------------------------------------------ */

enum {
  FUNDING_COL_KEY,
  FUNDING_COL_FUNDINGS,
  FUNDING_COL_AMOUNT,
  FUNDING_COL_UNKNOWN_AMOUNTS,
};

static const PdzStatsColumnSpec by_funding_source_columns[] = {
  { "source", G_TYPE_STRING },
  { "fundings", G_TYPE_INT64 },
  { "amount", G_TYPE_INT64 },
  { "unknown-amounts", G_TYPE_INT64 },
};

static const PdzStatsColumnSpec by_funding_status_columns[] = {
  { "status", G_TYPE_STRING },
  { "fundings", G_TYPE_INT64 },
  { "amount", G_TYPE_INT64 },
  { "unknown-amounts", G_TYPE_INT64 },
};

/* Every funding of the actions and projects counted, each once.
 * (element-type PdzFunding) (transfer container) */
static GPtrArray *
collect_fundings (PdzStats *self)
{
  GPtrArray *fundings = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model;
  guint n;

  model = pdz_stats_get_actions (self);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (model, i);
      GListModel *list = pdz_action_get_fundings (action);
      guint m = g_list_model_get_n_items (list);

      for (guint j = 0; j < m; j++)
        g_ptr_array_add (fundings, g_list_model_get_item (list, j));
    }

  model = pdz_stats_get_projects (self);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzProject) project = g_list_model_get_item (model, i);
      GListModel *list = pdz_project_get_fundings (project);
      guint m = g_list_model_get_n_items (list);

      for (guint j = 0; j < m; j++)
        g_ptr_array_add (fundings, g_list_model_get_item (list, j));
    }

  return fundings;
}

static void
funding_count (PdzStatsRow *row,
               PdzFunding *funding)
{
  gint64 amount = pdz_funding_get_amount (funding);

  _pdz_stats_row_add_int (row, FUNDING_COL_FUNDINGS, 1);
  if (amount == PDZ_AMOUNT_UNKNOWN)
    _pdz_stats_row_add_int (row, FUNDING_COL_UNKNOWN_AMOUNTS, 1);
  else
    _pdz_stats_row_add_int (row, FUNDING_COL_AMOUNT, amount);
}

static int
compare_funding_rows (gconstpointer a,
                      gconstpointer b,
                      gpointer user_data)
{
  GHashTable *order = user_data;
  PdzStatsRow *row_a = *(PdzStatsRow * const *) a;
  PdzStatsRow *row_b = *(PdzStatsRow * const *) b;
  gint64 amount_a = _pdz_stats_row_peek_int (row_a, FUNDING_COL_AMOUNT);
  gint64 amount_b = _pdz_stats_row_peek_int (row_b, FUNDING_COL_AMOUNT);
  gint64 n_a = _pdz_stats_row_peek_int (row_a, FUNDING_COL_FUNDINGS);
  gint64 n_b = _pdz_stats_row_peek_int (row_b, FUNDING_COL_FUNDINGS);
  guint order_a = GPOINTER_TO_UINT (g_hash_table_lookup (order, row_a));
  guint order_b = GPOINTER_TO_UINT (g_hash_table_lookup (order, row_b));

  if (amount_a != amount_b)
    return amount_a > amount_b ? -1 : 1;
  if (n_a != n_b)
    return n_a > n_b ? -1 : 1;
  return order_a < order_b ? -1 : order_a > order_b ? 1 : 0;
}

/**
 * pdz_stats_by_funding_source:
 * @self: statistics
 *
 * Totals the fundings of the actions and projects counted, per source.
 *
 * Sources are grouped without regard to case or accents; a row is keyed
 * by the spelling met first. Rows are ranked by amount, then by number of
 * fundings, then in the order met.
 *
 * Columns: `source` (string); `fundings` (the number of fundings),
 * `amount` (the total of the stated amounts, in euro cents),
 * `unknown-amounts` (the number of fundings whose amount is not stated)
 * (integers).
 *
 * Returns: (transfer full): a new table
 */
PdzStatsTable *
pdz_stats_by_funding_source (PdzStats *self)
{
  PdzStatsTable *table;
  g_autoptr(GPtrArray) fundings = NULL;
  g_autoptr(GHashTable) rows = NULL;
  g_autoptr(GHashTable) order = NULL;

  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  table = _pdz_stats_table_new ("by-funding-source", by_funding_source_columns,
                                G_N_ELEMENTS (by_funding_source_columns));
  rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  order = g_hash_table_new (g_direct_hash, g_direct_equal);
  fundings = collect_fundings (self);

  for (guint i = 0; i < fundings->len; i++)
    {
      PdzFunding *funding = g_ptr_array_index (fundings, i);
      char *folded = _pdz_text_fold (pdz_funding_get_source (funding));
      PdzStatsRow *row = g_hash_table_lookup (rows, folded);

      if (row == NULL)
        {
          row = _pdz_stats_table_append (table, pdz_funding_get_source (funding));
          g_hash_table_insert (rows, folded, row);
          g_hash_table_insert (order, row, GUINT_TO_POINTER (g_hash_table_size (order)));
        }
      else
        {
          g_free (folded);
        }
      funding_count (row, funding);
    }

  _pdz_stats_table_sort (table, compare_funding_rows, order);
  return table;
}

/**
 * pdz_stats_by_funding_status:
 * @self: statistics
 *
 * Totals the fundings of the actions and projects counted, per funding
 * status.
 *
 * One row per [enum@Pdz.FundingStatus], in the order of the enumeration,
 * keyed by its nick. Columns as in [method@Pdz.Stats.by_funding_source],
 * the first being `status`.
 *
 * Returns: (transfer full): a new table
 */
PdzStatsTable *
pdz_stats_by_funding_status (PdzStats *self)
{
  PdzStatsTable *table;
  g_autoptr(GPtrArray) fundings = NULL;
  g_autoptr(GEnumClass) statuses = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  table = _pdz_stats_table_new ("by-funding-status", by_funding_status_columns,
                                G_N_ELEMENTS (by_funding_status_columns));
  statuses = g_type_class_ref (PDZ_TYPE_FUNDING_STATUS);
  rows = g_ptr_array_new ();
  for (guint i = 0; i < statuses->n_values; i++)
    {
      GEnumValue *value = g_enum_get_value (statuses, (int) i);

      g_ptr_array_add (rows, _pdz_stats_table_append (table, value->value_nick));
    }

  fundings = collect_fundings (self);
  for (guint i = 0; i < fundings->len; i++)
    {
      PdzFunding *funding = g_ptr_array_index (fundings, i);
      guint status = pdz_funding_get_status (funding);

      if (status < rows->len)
        funding_count (g_ptr_array_index (rows, status), funding);
    }

  return table;
}
