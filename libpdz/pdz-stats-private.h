/* pdz-stats-private.h: building statistics tables
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A table is built once, by PdzStats, then never changes: it never emits
 * items-changed. Its rows share the table's column list (names and types),
 * reference counted so that a row outlives its table.
 */

#pragma once

#include "pdz.h"

G_BEGIN_DECLS

typedef struct {
  char **names;     /* (owned) */
  GType *types;     /* (owned) G_TYPE_STRING, G_TYPE_INT64 or G_TYPE_DOUBLE */
  guint n_columns;
} PdzStatsColumns;

typedef struct {
  const char *name;
  GType type;
} PdzStatsColumnSpec;

/* (transfer full) */
PdzStatsColumns *_pdz_stats_columns_new (const PdzStatsColumnSpec *specs, guint n_specs);
PdzStatsColumns *_pdz_stats_columns_ref (PdzStatsColumns *columns);
void _pdz_stats_columns_unref (PdzStatsColumns *columns);
/* The position of @name, or -1. */
int _pdz_stats_columns_find (PdzStatsColumns *columns, const char *name);

/* (transfer full) */
PdzStatsTable *_pdz_stats_table_new (const char *name,
                                     const PdzStatsColumnSpec *specs,
                                     guint n_specs);
/* Appends a row whose first column holds @key. (transfer none) */
PdzStatsRow *_pdz_stats_table_append (PdzStatsTable *self, const char *key);
/* Appends the JSON text of pdz_stats_table_to_json(), without its final
 * newline, to @s, indented as an item at @level. */
void _pdz_stats_table_append_json (PdzStatsTable *self, GString *s, guint level);
/* Sorts the rows, before anyone saw the table. */
void _pdz_stats_table_sort (PdzStatsTable *self, GCompareDataFunc compare, gpointer user_data);

/* (transfer full) */
PdzStatsRow *_pdz_stats_row_new (PdzStatsColumns *columns, const char *key);
void _pdz_stats_row_set_int (PdzStatsRow *self, guint column, gint64 value);
void _pdz_stats_row_add_int (PdzStatsRow *self, guint column, gint64 delta);
gint64 _pdz_stats_row_peek_int (PdzStatsRow *self, guint column);
void _pdz_stats_row_set_double (PdzStatsRow *self, guint column, double value);
void _pdz_stats_row_set_string (PdzStatsRow *self, guint column, const char *value);
/* A value not known: JSON null, Python None (see pdz_stats_row_is_null()). */
void _pdz_stats_row_set_null (PdzStatsRow *self, guint column);
/* The value of @column, or NULL when null. (transfer none) */
const GValue *_pdz_stats_row_peek_value (PdzStatsRow *self, guint column);

G_END_DECLS
