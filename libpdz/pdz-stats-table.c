/* pdz-stats-table.c: a table of figures computed by PdzStats
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz.h"

#include "pdz-json-emit-private.h"
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
  GHashTable *by_key;         /* (owned) (nullable): key → first row, made at the first lookup */
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
  g_clear_pointer (&self->by_key, g_hash_table_unref);
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

  /* Tables never change once returned: index them once. */
  if (self->by_key == NULL)
    {
      self->by_key = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < self->rows->len; i++)
        {
          PdzStatsRow *row = g_ptr_array_index (self->rows, i);
          const char *row_key = pdz_stats_row_get_key (row);

          if (row_key != NULL && !g_hash_table_contains (self->by_key, row_key))
            g_hash_table_insert (self->by_key, (gpointer) row_key, row);
        }
    }

  return g_hash_table_lookup (self->by_key, key);
}

/**
 * pdz_stats_table_to_json:
 * @self: a table
 *
 * Writes the table as JSON text: an array with one object per row, whose
 * members are the columns, in order; integers and doubles as numbers,
 * strings as strings, null values ([method@Pdz.StatsRow.is_null]) as
 * `null`. This is the machine-readable form of any table, for programs
 * and for languages without the bindings' sugar.
 *
 * Returns: (transfer full): the JSON text, UTF-8 and nul-terminated,
 *   ending in a newline
 *
 * Since: 0.2
 */
char *
pdz_stats_table_to_json (PdzStatsTable *self)
{
  GString *s;
  PdzJsonScope array;

  g_return_val_if_fail (PDZ_IS_STATS_TABLE (self), NULL);

  s = g_string_new (NULL);
  _pdz_json_scope_begin (&array, s, 0, '[');
  for (guint i = 0; i < self->rows->len; i++)
    {
      PdzStatsRow *row = g_ptr_array_index (self->rows, i);
      PdzJsonScope object;

      _pdz_json_scope_item (&array);
      _pdz_json_scope_begin_nested (&object, &array, '{');
      for (guint c = 0; c < self->columns->n_columns; c++)
        {
          const GValue *value = _pdz_stats_row_peek_value (row, c);

          _pdz_json_member (&object, self->columns->names[c]);
          if (value == NULL)
            g_string_append (s, "null");
          else if (G_VALUE_HOLDS_INT64 (value))
            g_string_append_printf (s, "%" G_GINT64_FORMAT, g_value_get_int64 (value));
          else if (G_VALUE_HOLDS_DOUBLE (value))
            _pdz_json_append_double (s, g_value_get_double (value));
          else
            _pdz_json_append_string (s, g_value_get_string (value));
        }
      _pdz_json_scope_end (&object, '}');
    }
  _pdz_json_scope_end (&array, ']');
  g_string_append_c (s, '\n');

  return g_string_free (s, FALSE);
}

/**
 * pdz_stats_table_dup_rows:
 * @self: a table
 * @keys: (array zero-terminated=1): the keys of the rows to keep
 *
 * Makes a table of the same name and columns that holds the rows of @self
 * whose [property@Pdz.StatsRow:key] is in @keys, in the order of @keys:
 * for instance the rows of [method@Pdz.Plan.dup_table] for the actions a
 * [class@Pdz.Query] finds, in the order it finds them. A key that no row
 * has is skipped, and a key given twice gives its row once.
 *
 * Returns: (transfer full): a new table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_stats_table_dup_rows (PdzStatsTable      *self,
                          const char * const *keys)
{
  PdzStatsTable *table;
  g_autoptr(GHashTable) seen = NULL;

  g_return_val_if_fail (PDZ_IS_STATS_TABLE (self), NULL);
  g_return_val_if_fail (keys != NULL, NULL);

  table = g_object_new (PDZ_TYPE_STATS_TABLE, NULL);
  table->name = g_strdup (self->name);
  table->columns = _pdz_stats_columns_ref (self->columns);
  seen = g_hash_table_new (NULL, NULL);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      PdzStatsRow *row = pdz_stats_table_lookup_row (self, keys[i]);

      /* Rows never change: the new table shares them. */
      if (row != NULL && g_hash_table_add (seen, row))
        g_ptr_array_add (table->rows, g_object_ref (row));
    }

  return table;
}
