/* pdz-stats-table.c: a table of figures computed by PdzStats
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz.h"

#include "pdz-stats-private.h"

/**
 * PdzStatsTable:
 *
 * A table of figures computed by [class@Pdz.Stats]: a [iface@Gio.ListModel]
 * of [class@Pdz.StatsRow], with named, typed columns. The first column
 * names each row (see [property@Pdz.StatsRow:key]).
 *
 * A table is built once and never changes, so it never emits
 * [signal@Gio.ListModel::items-changed]. Each table of [class@Pdz.Stats]
 * documents its columns; `doc/queries.md` documents how they are counted.
 *
 * ```python
 * import pandas
 * frame = pandas.DataFrame(stats.by_macroarea().rows())
 * ```
 */
struct _PdzStatsTable
{
  GObject parent_instance;

  char *name;                 /* (owned) */
  PdzStatsColumns *columns;   /* (owned) */
  GPtrArray *rows;            /* (owned) (element-type PdzStatsRow) */
};

static void pdz_stats_table_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PdzStatsTable, pdz_stats_table, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      pdz_stats_table_list_model_init))

enum {
  PROP_0,
  PROP_NAME,
  PROP_COLUMNS,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- columns ------------------------------------------------------------ */

PdzStatsColumns *
_pdz_stats_columns_new (const PdzStatsColumnSpec *specs,
                        guint n_specs)
{
  PdzStatsColumns *columns = g_atomic_rc_box_new0 (PdzStatsColumns);

  columns->n_columns = n_specs;
  columns->names = g_new0 (char *, n_specs + 1);
  columns->types = g_new0 (GType, n_specs);
  for (guint i = 0; i < n_specs; i++)
    {
      columns->names[i] = g_strdup (specs[i].name);
      columns->types[i] = specs[i].type;
    }

  return columns;
}

PdzStatsColumns *
_pdz_stats_columns_ref (PdzStatsColumns *columns)
{
  return g_atomic_rc_box_acquire (columns);
}

static void
stats_columns_clear (gpointer data)
{
  PdzStatsColumns *columns = data;

  g_clear_pointer (&columns->names, g_strfreev);
  g_clear_pointer (&columns->types, g_free);
}

void
_pdz_stats_columns_unref (PdzStatsColumns *columns)
{
  g_atomic_rc_box_release_full (columns, stats_columns_clear);
}

int
_pdz_stats_columns_find (PdzStatsColumns *columns,
                         const char *name)
{
  for (guint i = 0; i < columns->n_columns; i++)
    {
      if (g_str_equal (columns->names[i], name))
        return (int) i;
    }

  return -1;
}

/* ---- GListModel --------------------------------------------------------- */

static GType
pdz_stats_table_get_item_type (GListModel *model)
{
  return PDZ_TYPE_STATS_ROW;
}

static guint
pdz_stats_table_get_n_items (GListModel *model)
{
  return PDZ_STATS_TABLE (model)->rows->len;
}

static gpointer
pdz_stats_table_get_item (GListModel *model,
                          guint position)
{
  PdzStatsTable *self = PDZ_STATS_TABLE (model);

  if (position >= self->rows->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->rows, position));
}

static void
pdz_stats_table_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = pdz_stats_table_get_item_type;
  iface->get_n_items = pdz_stats_table_get_n_items;
  iface->get_item = pdz_stats_table_get_item;
}

/* ---- GObject ------------------------------------------------------------ */

static void
pdz_stats_table_finalize (GObject *object)
{
  PdzStatsTable *self = PDZ_STATS_TABLE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->columns, _pdz_stats_columns_unref);

  G_OBJECT_CLASS (pdz_stats_table_parent_class)->finalize (object);
}

static void
pdz_stats_table_get_property (GObject *object,
                              guint prop_id,
                              GValue *value,
                              GParamSpec *pspec)
{
  PdzStatsTable *self = PDZ_STATS_TABLE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_COLUMNS:
      g_value_set_boxed (value, self->columns->names);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->rows->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_stats_table_class_init (PdzStatsTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pdz_stats_table_finalize;
  object_class->get_property = pdz_stats_table_get_property;

  /**
   * PdzStatsTable:name:
   *
   * The name of the table, such as `by-macroarea`.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzStatsTable:columns:
   *
   * The names of the columns, in order; the first names the rows.
   */
  properties[PROP_COLUMNS] =
    g_param_spec_boxed ("columns", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzStatsTable:n-items:
   *
   * The number of rows.
   */
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_stats_table_init (PdzStatsTable *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
}

PdzStatsTable *
_pdz_stats_table_new (const char *name,
                      const PdzStatsColumnSpec *specs,
                      guint n_specs)
{
  PdzStatsTable *self = g_object_new (PDZ_TYPE_STATS_TABLE, NULL);

  g_assert (n_specs > 0 && specs[0].type == G_TYPE_STRING);

  self->name = g_strdup (name);
  self->columns = _pdz_stats_columns_new (specs, n_specs);
  return self;
}

PdzStatsRow *
_pdz_stats_table_append (PdzStatsTable *self,
                         const char *key)
{
  PdzStatsRow *row = _pdz_stats_row_new (self->columns, key);

  g_ptr_array_add (self->rows, row);
  return row;
}

void
_pdz_stats_table_sort (PdzStatsTable *self,
                       GCompareDataFunc compare,
                       gpointer user_data)
{
  g_ptr_array_sort_with_data (self->rows, compare, user_data);
}

/**
 * pdz_stats_table_get_name:
 * @self: a table
 *
 * Gets [property@Pdz.StatsTable:name].
 *
 * Returns: (transfer none): the name of the table
 */
const char *
pdz_stats_table_get_name (PdzStatsTable *self)
{
  g_return_val_if_fail (PDZ_IS_STATS_TABLE (self), NULL);

  return self->name;
}

/**
 * pdz_stats_table_get_columns:
 * @self: a table
 *
 * Gets [property@Pdz.StatsTable:columns].
 *
 * Returns: (transfer none) (array zero-terminated=1): the column names
 */
const char * const *
pdz_stats_table_get_columns (PdzStatsTable *self)
{
  g_return_val_if_fail (PDZ_IS_STATS_TABLE (self), NULL);

  return (const char * const *) self->columns->names;
}

/**
 * pdz_stats_table_get_column_type:
 * @self: a table
 * @column: a column name
 *
 * Gets the type of the values of @column: %G_TYPE_STRING, %G_TYPE_INT64
 * (counts, amounts in cents) or %G_TYPE_DOUBLE (rates).
 *
 * Returns: the type, or %G_TYPE_INVALID when there is no such column
 */
GType
pdz_stats_table_get_column_type (PdzStatsTable *self,
                                 const char *column)
{
  int i;

  g_return_val_if_fail (PDZ_IS_STATS_TABLE (self), G_TYPE_INVALID);
  g_return_val_if_fail (column != NULL, G_TYPE_INVALID);

  i = _pdz_stats_columns_find (self->columns, column);
  return i < 0 ? G_TYPE_INVALID : self->columns->types[i];
}

/**
 * pdz_stats_table_lookup_row:
 * @self: a table
 * @key: the key of a row
 *
 * Finds the row whose [property@Pdz.StatsRow:key] is @key.
 *
 * Returns: (transfer none) (nullable): the row, or %NULL
 */
PdzStatsRow *
pdz_stats_table_lookup_row (PdzStatsTable *self,
                            const char *key)
{
  g_return_val_if_fail (PDZ_IS_STATS_TABLE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      PdzStatsRow *row = g_ptr_array_index (self->rows, i);

      if (g_strcmp0 (pdz_stats_row_get_key (row), key) == 0)
        return row;
    }

  return NULL;
}
