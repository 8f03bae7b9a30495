/* pdz-stats-row.c: one row of a statistics table
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz.h"

#include <math.h>

#include "pdz-stats-private.h"

/**
 * PdzStatsRow:
 *
 * One row of a [class@Pdz.StatsTable]: a value for each column of the
 * table, each a string, a 64-bit integer or a double, as
 * [method@Pdz.StatsTable.get_column_type] says.
 * [property@Pdz.StatsRow:key], the value of the first column, names the
 * row: the id of a macroarea or partner, a period such as `2023-11`, a
 * funding source.
 *
 * Counts and amounts in cents are integers; rates are doubles between 0
 * and 1. Rows never change once the table is built.
 *
 * Asking [method@Pdz.StatsRow.get_int], [method@Pdz.StatsRow.get_double]
 * or [method@Pdz.StatsRow.get_string] for a column the row does not have,
 * or for a column of another type, is a programming error: it logs a
 * critical warning and returns a value that cannot pass for a figure (-1
 * for an integer, NaN for a number, %NULL for a string), so that a
 * misspelt column never reads as a plausible 0. To ask without knowing,
 * use [method@Pdz.StatsRow.has_column],
 * [method@Pdz.StatsTable.get_column_type] or
 * [method@Pdz.StatsRow.get_value].
 *
 * From Python, the override adds [class@Pdz.StatsTable] `rows()`, a list
 * of dicts, one per row, keyed by column name.
 */
struct _PdzStatsRow
{
  GObject parent_instance;

  PdzStatsColumns *columns;   /* (owned) */
  GValue *values;             /* (owned) (array length=columns->n_columns) */
};

G_DEFINE_FINAL_TYPE (PdzStatsRow, pdz_stats_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pdz_stats_row_finalize (GObject *object)
{
  PdzStatsRow *self = PDZ_STATS_ROW (object);

  for (guint i = 0; i < self->columns->n_columns; i++)
    g_value_unset (&self->values[i]);
  g_clear_pointer (&self->values, g_free);
  g_clear_pointer (&self->columns, _pdz_stats_columns_unref);

  G_OBJECT_CLASS (pdz_stats_row_parent_class)->finalize (object);
}

static void
pdz_stats_row_get_property (GObject *object,
                            guint prop_id,
                            GValue *value,
                            GParamSpec *pspec)
{
  PdzStatsRow *self = PDZ_STATS_ROW (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, pdz_stats_row_get_key (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_stats_row_class_init (PdzStatsRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pdz_stats_row_finalize;
  object_class->get_property = pdz_stats_row_get_property;

  /**
   * PdzStatsRow:key:
   *
   * The value of the first column, which names the row.
   */
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_stats_row_init (PdzStatsRow *self)
{
}

PdzStatsRow *
_pdz_stats_row_new (PdzStatsColumns *columns,
                    const char *key)
{
  PdzStatsRow *self = g_object_new (PDZ_TYPE_STATS_ROW, NULL);

  self->columns = _pdz_stats_columns_ref (columns);
  self->values = g_new0 (GValue, columns->n_columns);
  for (guint i = 0; i < columns->n_columns; i++)
    g_value_init (&self->values[i], columns->types[i]);
  g_value_set_string (&self->values[0], key);

  return self;
}

/* The value of @column, made anew if it was null. */
static GValue *
writable_value (PdzStatsRow *self,
                guint        column)
{
  GValue *value = &self->values[column];

  if (!G_IS_VALUE (value))
    g_value_init (value, self->columns->types[column]);
  return value;
}

void
_pdz_stats_row_set_int (PdzStatsRow *self,
                        guint column,
                        gint64 value)
{
  g_return_if_fail (column < self->columns->n_columns);

  g_value_set_int64 (writable_value (self, column), value);
}

void
_pdz_stats_row_add_int (PdzStatsRow *self,
                        guint column,
                        gint64 delta)
{
  gint64 sum;

  g_return_if_fail (column < self->columns->n_columns);

  /* Amounts in cents add up past G_MAXINT64 only in absurd plans: saturate
   * rather than wrap to a negative total (the report prints G_MAXINT64 as
   * "not computable"). */
  if (__builtin_add_overflow (g_value_get_int64 (writable_value (self, column)), delta, &sum))
    sum = delta > 0 ? G_MAXINT64 : G_MININT64;
  g_value_set_int64 (&self->values[column], sum);
}

gint64
_pdz_stats_row_peek_int (PdzStatsRow *self,
                         guint column)
{
  g_return_val_if_fail (column < self->columns->n_columns, 0);

  if (!G_IS_VALUE (&self->values[column]))
    return 0;
  return g_value_get_int64 (&self->values[column]);
}

void
_pdz_stats_row_set_double (PdzStatsRow *self,
                           guint column,
                           double value)
{
  g_return_if_fail (column < self->columns->n_columns);

  g_value_set_double (writable_value (self, column), value);
}

const GValue *
_pdz_stats_row_peek_value (PdzStatsRow *self,
                           guint        column)
{
  g_return_val_if_fail (column < self->columns->n_columns, NULL);

  if (!G_IS_VALUE (&self->values[column]))
    return NULL;
  if (G_VALUE_HOLDS_STRING (&self->values[column]) &&
      g_value_get_string (&self->values[column]) == NULL)
    return NULL;
  return &self->values[column];
}

void
_pdz_stats_row_set_null (PdzStatsRow *self,
                         guint        column)
{
  g_return_if_fail (column > 0 && column < self->columns->n_columns);

  /* A null value is an unset GValue (see pdz_stats_row_is_null()). */
  g_value_unset (&self->values[column]);
}

void
_pdz_stats_row_set_string (PdzStatsRow *self,
                           guint column,
                           const char *value)
{
  g_return_if_fail (column < self->columns->n_columns);

  g_value_set_string (writable_value (self, column), value);
}

/**
 * pdz_stats_row_get_key:
 * @self: a row
 *
 * Gets [property@Pdz.StatsRow:key].
 *
 * Returns: (transfer none): the value of the first column
 */
const char *
pdz_stats_row_get_key (PdzStatsRow *self)
{
  g_return_val_if_fail (PDZ_IS_STATS_ROW (self), NULL);

  return g_value_get_string (&self->values[0]);
}

/**
 * pdz_stats_row_get_columns:
 * @self: a row
 *
 * Gets the names of the columns of the row, those of its table.
 *
 * Returns: (transfer none) (array zero-terminated=1): the column names
 */
const char * const *
pdz_stats_row_get_columns (PdzStatsRow *self)
{
  g_return_val_if_fail (PDZ_IS_STATS_ROW (self), NULL);

  return (const char * const *) self->columns->names;
}

/**
 * pdz_stats_row_has_column:
 * @self: a row
 * @column: a column name
 *
 * Tells whether the row has a column named @column.
 *
 * Returns: %TRUE if it has
 */
gboolean
pdz_stats_row_has_column (PdzStatsRow *self,
                          const char *column)
{
  g_return_val_if_fail (PDZ_IS_STATS_ROW (self), FALSE);
  g_return_val_if_fail (column != NULL, FALSE);

  return _pdz_stats_columns_find (self->columns, column) >= 0;
}

/**
 * pdz_stats_row_is_null:
 * @self: a row
 * @column: a column name
 *
 * Tells whether the value of @column is null: not known, as the amount of
 * a funding whose amount is not stated, or the date of an action without
 * one. A null integer or double reads as 0 through
 * [method@Pdz.StatsRow.get_int] and [method@Pdz.StatsRow.get_double], a
 * null string as %NULL; the JSON text of a table
 * ([method@Pdz.StatsTable.to_json]) writes it as `null`, and the Python
 * rows as `None`.
 *
 * Returns: %TRUE if the row has the column and its value is null
 *
 * Since: 0.2
 */
gboolean
pdz_stats_row_is_null (PdzStatsRow *self,
                       const char  *column)
{
  int i;

  g_return_val_if_fail (PDZ_IS_STATS_ROW (self), FALSE);
  g_return_val_if_fail (column != NULL, FALSE);

  i = _pdz_stats_columns_find (self->columns, column);
  if (i < 0)
    return FALSE;
  return _pdz_stats_row_peek_value (self, i) == NULL;
}

/**
 * pdz_stats_row_get_value:
 * @self: a row
 * @column: a column name
 * @value: (out caller-allocates): where to store the value
 *
 * Gets the value of @column, whatever its type. @value is initialized to
 * the type of the column; when the row has no such column, it holds a
 * %NULL string, so that bindings get their null value. Unlike the typed
 * getters, this is a way to ask: a missing column is no error.
 *
 * Returns: %TRUE if the row has a column named @column
 */
gboolean
pdz_stats_row_get_value (PdzStatsRow *self,
                         const char *column,
                         GValue *value)
{
  int i;

  g_return_val_if_fail (PDZ_IS_STATS_ROW (self), FALSE);
  g_return_val_if_fail (column != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  i = _pdz_stats_columns_find (self->columns, column);
  if (i < 0)
    {
      g_value_init (value, G_TYPE_STRING);
      return FALSE;
    }

  g_value_init (value, self->columns->types[i]);
  if (G_IS_VALUE (&self->values[i]))
    g_value_copy (&self->values[i], value);
  return TRUE;
}

/* The position of @column in @self, when it is one of @type (or, with
 * @also, of @also); otherwise a critical on behalf of @function, which
 * wanted @what, and -1. The critical goes through g_log(), as those of
 * g_return_val_if_fail() do: g_test_expect_message() sees only g_log(),
 * and G_LOG_USE_STRUCTURED makes g_critical() structured. */
static int
find_typed_column (PdzStatsRow *self,
                   const char  *function,
                   const char  *column,
                   GType        type,
                   GType        also,
                   const char  *what)
{
  int i = _pdz_stats_columns_find (self->columns, column);
  GType found;

  if (i < 0)
    {
      g_log (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "%s: no column “%s” in the row “%s”",
             function, column, pdz_stats_row_get_key (self));
      return -1;
    }

  found = self->columns->types[i];
  if (found != type && (also == G_TYPE_INVALID || found != also))
    {
      g_log (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "%s: column “%s” is not %s but of type %s",
             function, column, what, g_type_name (found));
      return -1;
    }

  return i;
}

/**
 * pdz_stats_row_get_int:
 * @self: a row
 * @column: the name of an integer column
 *
 * Gets the value of an integer column: a count, or an amount in cents.
 *
 * A column the row does not have, or one that is not of integers, is a
 * programming error: see [class@Pdz.StatsRow].
 *
 * Returns: the value; -1, with a critical warning, when the row has no
 *   such column or it is not of integers
 */
gint64
pdz_stats_row_get_int (PdzStatsRow *self,
                       const char *column)
{
  int i;

  g_return_val_if_fail (PDZ_IS_STATS_ROW (self), -1);
  g_return_val_if_fail (column != NULL, -1);

  i = find_typed_column (self, G_STRFUNC, column, G_TYPE_INT64, G_TYPE_INVALID, "an integer");
  if (i < 0)
    return -1;
  /* A null value (see pdz_stats_row_is_null()) reads as 0. */
  if (!G_IS_VALUE (&self->values[i]))
    return 0;
  return g_value_get_int64 (&self->values[i]);
}

/**
 * pdz_stats_row_get_double:
 * @self: a row
 * @column: the name of a column of numbers
 *
 * Gets the value of a column of numbers as a double: a rate, or a count.
 *
 * A column the row does not have, or one of strings, is a programming
 * error: see [class@Pdz.StatsRow].
 *
 * Returns: the value; NaN, with a critical warning, when the row has no
 *   such column or it is not of numbers
 */
double
pdz_stats_row_get_double (PdzStatsRow *self,
                          const char *column)
{
  int i;

  g_return_val_if_fail (PDZ_IS_STATS_ROW (self), NAN);
  g_return_val_if_fail (column != NULL, NAN);

  i = find_typed_column (self, G_STRFUNC, column, G_TYPE_DOUBLE, G_TYPE_INT64, "a number");
  if (i < 0)
    return NAN;
  if (!G_IS_VALUE (&self->values[i]))
    return 0.0;
  if (self->columns->types[i] == G_TYPE_INT64)
    return (double) g_value_get_int64 (&self->values[i]);
  return g_value_get_double (&self->values[i]);
}

/**
 * pdz_stats_row_get_string:
 * @self: a row
 * @column: the name of a string column
 *
 * Gets the value of a string column.
 *
 * A column the row does not have, or one that is not of strings, is a
 * programming error: see [class@Pdz.StatsRow].
 *
 * Returns: (transfer none) (nullable): the value, %NULL when it is unset
 *   (the title of the row of project actions, for instance); %NULL, with
 *   a critical warning, when the row has no such column or it is not of
 *   strings
 */
const char *
pdz_stats_row_get_string (PdzStatsRow *self,
                          const char *column)
{
  const GValue *value;
  int i;

  g_return_val_if_fail (PDZ_IS_STATS_ROW (self), NULL);
  g_return_val_if_fail (column != NULL, NULL);

  i = find_typed_column (self, G_STRFUNC, column, G_TYPE_STRING, G_TYPE_INVALID, "a string");
  if (i < 0)
    return NULL;
  value = _pdz_stats_row_peek_value (self, i);
  return value != NULL ? g_value_get_string (value) : NULL;
}

/* ----------------------------------------------------------------------
 * The columns a row shares with its table (pdz-stats-private.h)
 * ---------------------------------------------------------------------- */

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
