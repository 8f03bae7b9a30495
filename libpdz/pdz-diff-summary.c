/* pdz-diff-summary.c: the figures of what changed between two rounds
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The summary tables of a PdzDiff, counted once, when the two plans are
 * compared, from what the comparison records (PdzDiffEvents) and from the
 * two plans. Each table is documented where PdzDiff returns it
 * (pdz-diff.c) and in doc/format.md. Status transitions follow the
 * counting rule of doc/queries.md: they count bullets (the actions of
 * objectives and projects, not sub-actions), each under the one objective
 * or project that holds it in the new round.
 */

#include "pdz-diff-private.h"

#include "pdz-stats-private.h"
#include "pdz-text-private.h"

/* The keys of the rows that are not an entity of the plan, as PdzStats has them. */
#define KEY_NO_MACROAREA ""
#define KEY_PROJECT_ACTIONS "+projects"

typedef struct {
  PdzEntityKind kind;
  gpointer a;     /* old, or the entity of one round */
  gpointer b;     /* new, or NULL */
} Event;

struct _PdzDiffEvents
{
  GArray *added;         /* (element-type Event): actions, objectives, projects of the new round only */
  GArray *removed;       /* of the old round only */
  GArray *pairs;         /* in both: a old, b new */
  GArray *fundings;      /* a old (nullable), b new (nullable) */
  GArray *measurements;  /* a indicator, b measurement */
};

PdzDiffEvents *
_pdz_diff_events_new (void)
{
  PdzDiffEvents *events = g_new0 (PdzDiffEvents, 1);

  events->added = g_array_new (FALSE, FALSE, sizeof (Event));
  events->removed = g_array_new (FALSE, FALSE, sizeof (Event));
  events->pairs = g_array_new (FALSE, FALSE, sizeof (Event));
  events->fundings = g_array_new (FALSE, FALSE, sizeof (Event));
  events->measurements = g_array_new (FALSE, FALSE, sizeof (Event));
  return events;
}

void
_pdz_diff_events_free (PdzDiffEvents *events)
{
  g_array_unref (events->added);
  g_array_unref (events->removed);
  g_array_unref (events->pairs);
  g_array_unref (events->fundings);
  g_array_unref (events->measurements);
  g_free (events);
}

static void
add_event (GArray        *array,
           PdzEntityKind  kind,
           gpointer       a,
           gpointer       b)
{
  Event e = { kind, a, b };

  g_array_append_val (array, e);
}

static gboolean
counted_kind (PdzEntityKind kind)
{
  return kind == PDZ_ENTITY_KIND_ACTION || kind == PDZ_ENTITY_KIND_OBJECTIVE ||
         kind == PDZ_ENTITY_KIND_PROJECT;
}

void
_pdz_diff_events_entity (PdzDiffEvents *events,
                         PdzEntityKind  kind,
                         gpointer       entity,
                         gboolean       in_new)
{
  if (counted_kind (kind))
    add_event (in_new ? events->added : events->removed, kind, entity, NULL);
}

void
_pdz_diff_events_pair (PdzDiffEvents *events,
                       PdzEntityKind  kind,
                       gpointer       old,
                       gpointer       new)
{
  if (counted_kind (kind))
    add_event (events->pairs, kind, old, new);
}

void
_pdz_diff_events_funding (PdzDiffEvents *events,
                          PdzFunding    *old,
                          PdzFunding    *new)
{
  add_event (events->fundings, PDZ_ENTITY_KIND_FUNDING, old, new);
}

void
_pdz_diff_events_measurement (PdzDiffEvents  *events,
                              PdzIndicator   *indicator,
                              PdzMeasurement *measurement)
{
  add_event (events->measurements, PDZ_ENTITY_KIND_MEASUREMENT, indicator, measurement);
}

/* --- Building tables ------------------------------------------------------------ */

typedef struct {
  GArray *specs;   /* (element-type PdzStatsColumnSpec) */
  GPtrArray *names; /* (owned) names made for dynamic columns */
} Columns;

static void
columns_init (Columns *cols)
{
  cols->specs = g_array_new (FALSE, FALSE, sizeof (PdzStatsColumnSpec));
  cols->names = g_ptr_array_new_with_free_func (g_free);
}

static guint
columns_add (Columns    *cols,
             const char *name,
             GType       type)
{
  PdzStatsColumnSpec spec = { name, type };

  g_array_append_val (cols->specs, spec);
  return cols->specs->len - 1;
}

static PdzStatsTable *
columns_table (Columns    *cols,
               const char *name)
{
  PdzStatsTable *table = _pdz_stats_table_new (name, (PdzStatsColumnSpec *) (gpointer) cols->specs->data,
                                               cols->specs->len);

  g_array_unref (cols->specs);
  g_ptr_array_unref (cols->names);
  return table;
}

static void
store (PdzDiff       *diff,
       PdzStatsTable *table)
{
  g_hash_table_insert (diff->tables, g_strdup (pdz_stats_table_get_name (table)), table);
}

static const char *
status_nick (int status)
{
  return _pdz_enum_to_nick (PDZ_TYPE_STATUS, status);
}

static const char *
id_or_null (gpointer entity,
            PdzKind  kind)
{
  return entity != NULL ? _pdz_kind_get_id (kind, entity) : NULL;
}

/* --- Counts ------------------------------------------------------------------------ */

static void
summarize_counts (PdzDiff *diff)
{
  GEnumClass *klass = g_type_class_ref (PDZ_TYPE_ENTITY_KIND);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  PdzStatsRow *rows[PDZ_ENTITY_KIND_MEASUREMENT + 1];
  PdzStatsTable *table;
  Columns cols;
  guint c_kind[4];

  columns_init (&cols);
  columns_add (&cols, "entity", G_TYPE_STRING);
  c_kind[PDZ_CHANGE_KIND_ADDED] = columns_add (&cols, "added", G_TYPE_INT64);
  c_kind[PDZ_CHANGE_KIND_REMOVED] = columns_add (&cols, "removed", G_TYPE_INT64);
  c_kind[PDZ_CHANGE_KIND_CHANGED] = columns_add (&cols, "changed", G_TYPE_INT64);
  c_kind[PDZ_CHANGE_KIND_MOVED] = columns_add (&cols, "moved", G_TYPE_INT64);
  table = columns_table (&cols, "counts");

  for (guint k = 0; k < G_N_ELEMENTS (rows); k++)
    rows[k] = _pdz_stats_table_append (table, g_enum_get_value (klass, k)->value_nick);

  PDZ_MODEL_FOREACH (diff->changes, PdzChange, change)
    {
      char *identity;

      if (change->kind != PDZ_CHANGE_KIND_CHANGED)
        {
          _pdz_stats_row_add_int (rows[change->entity_kind], c_kind[change->kind], 1);
          continue;
        }
      /* An entity counts once, however many of its members changed. */
      identity = g_strdup_printf ("%d\x1f%s\x1f%s", change->entity_kind,
                                  change->id != NULL ? change->id : "",
                                  change->old_pointer != NULL ? change->old_pointer : "");
      if (g_hash_table_add (seen, identity))
        _pdz_stats_row_add_int (rows[change->entity_kind], c_kind[change->kind], 1);
    }

  g_type_class_unref (klass);
  store (diff, table);
}

/* --- Status transitions -------------------------------------------------------------- */

#define N_TRANSITIONS (PDZ_N_STATUSES * PDZ_N_STATUSES)

static char *
transition_key (int from,
                int to)
{
  return g_strdup_printf ("%s:%s", status_nick (from), status_nick (to));
}

/* The transitions of the bullets, as column numbers from @first, in the
 * order of PdzStatus; -1 for those that do not occur. */
static void
add_transition_columns (Columns  *cols,
                        gboolean *occurs,
                        int      *column)
{
  for (int t = 0; t < N_TRANSITIONS; t++)
    {
      char *name;

      column[t] = -1;
      if (!occurs[t])
        continue;
      name = transition_key (t / PDZ_N_STATUSES, t % PDZ_N_STATUSES);
      g_ptr_array_add (cols->names, name);
      column[t] = columns_add (cols, name, G_TYPE_INT64);
    }
}

static gboolean
is_bullet (PdzAction *action)
{
  return pdz_action_get_parent (action) == NULL;
}

static void
summarize_transitions (PdzDiff       *diff,
                       PdzDiffEvents *events,
                       PdzPlan       *new_plan)
{
  gint64 counts[3][N_TRANSITIONS] = { { 0, } };
  gboolean occurs[N_TRANSITIONS] = { FALSE, };
  g_autoptr(GHashTable) by_macroarea = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) by_objective = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gint64 *projects_row = NULL;
  PdzStatsTable *table;
  Columns cols;
  guint c_from, c_to, c_counts[3];
  int column[N_TRANSITIONS];

  for (guint i = 0; i < events->pairs->len; i++)
    {
      Event *e = &g_array_index (events->pairs, Event, i);
      int from, to, slot;

      switch (e->kind)
        {
        case PDZ_ENTITY_KIND_ACTION:
          if (!is_bullet (e->b))
            continue;
          from = pdz_action_get_status (e->a);
          to = pdz_action_get_status (e->b);
          slot = 0;
          break;
        case PDZ_ENTITY_KIND_OBJECTIVE:
          from = pdz_objective_get_status (e->a);
          to = pdz_objective_get_status (e->b);
          slot = 1;
          break;
        case PDZ_ENTITY_KIND_PROJECT:
          from = pdz_project_get_status (e->a);
          to = pdz_project_get_status (e->b);
          slot = 2;
          break;
        default:
          continue;
        }
      if (from == to)
        continue;
      counts[slot][from * PDZ_N_STATUSES + to]++;

      if (slot == 0)
        {
          PdzObjective *objective = pdz_action_get_objective (e->b);
          PdzMacroarea *macroarea = pdz_action_get_macroarea (e->b);
          int t = from * PDZ_N_STATUSES + to;
          gint64 *row;

          occurs[t] = TRUE;
          if (objective == NULL)
            {
              if (projects_row == NULL)
                projects_row = g_new0 (gint64, N_TRANSITIONS);
              projects_row[t]++;
              continue;
            }
          row = g_hash_table_lookup (by_objective, pdz_objective_get_id (objective));
          if (row == NULL)
            {
              row = g_new0 (gint64, N_TRANSITIONS);
              g_hash_table_insert (by_objective, g_strdup (pdz_objective_get_id (objective)), row);
            }
          row[t]++;
          row = g_hash_table_lookup (by_macroarea,
                                     macroarea != NULL ? pdz_macroarea_get_id (macroarea) : KEY_NO_MACROAREA);
          if (row == NULL)
            {
              row = g_new0 (gint64, N_TRANSITIONS);
              g_hash_table_insert (by_macroarea,
                                   g_strdup (macroarea != NULL ? pdz_macroarea_get_id (macroarea)
                                                               : KEY_NO_MACROAREA), row);
            }
          row[t]++;
        }
    }

  /* Overall */
  columns_init (&cols);
  columns_add (&cols, "transition", G_TYPE_STRING);
  c_from = columns_add (&cols, "from", G_TYPE_STRING);
  c_to = columns_add (&cols, "to", G_TYPE_STRING);
  c_counts[0] = columns_add (&cols, "actions", G_TYPE_INT64);
  c_counts[1] = columns_add (&cols, "objectives", G_TYPE_INT64);
  c_counts[2] = columns_add (&cols, "projects", G_TYPE_INT64);
  table = columns_table (&cols, "transitions");
  for (int t = 0; t < N_TRANSITIONS; t++)
    {
      g_autofree char *key = NULL;
      PdzStatsRow *row;

      if (counts[0][t] == 0 && counts[1][t] == 0 && counts[2][t] == 0)
        continue;
      key = transition_key (t / PDZ_N_STATUSES, t % PDZ_N_STATUSES);
      row = _pdz_stats_table_append (table, key);
      _pdz_stats_row_set_string (row, c_from, status_nick (t / PDZ_N_STATUSES));
      _pdz_stats_row_set_string (row, c_to, status_nick (t % PDZ_N_STATUSES));
      for (guint s = 0; s < 3; s++)
        _pdz_stats_row_set_int (row, c_counts[s], counts[s][t]);
    }
  store (diff, table);

  /* By macroarea: the new plan's macroareas, then none, then the projects' */
  {
    guint c_group, c_title, c_actions;
    const char *keys[3] = { NULL, KEY_NO_MACROAREA, KEY_PROJECT_ACTIONS };
    const char *groups[3] = { "macroarea", "no-macroarea", "project-actions" };
    g_autoptr(GPtrArray) macroareas = _pdz_model_to_array (pdz_plan_get_macroareas (new_plan));

    columns_init (&cols);
    columns_add (&cols, "macroarea", G_TYPE_STRING);
    c_group = columns_add (&cols, "group", G_TYPE_STRING);
    c_title = columns_add (&cols, "title", G_TYPE_STRING);
    c_actions = columns_add (&cols, "actions", G_TYPE_INT64);
    add_transition_columns (&cols, occurs, column);
    table = columns_table (&cols, "transitions-by-macroarea");

    for (guint i = 0; i < macroareas->len + 2; i++)
      {
        PdzMacroarea *macroarea = i < macroareas->len ? macroareas->pdata[i] : NULL;
        guint slot = i < macroareas->len ? 0 : i - macroareas->len + 1;
        const char *key = macroarea != NULL ? pdz_macroarea_get_id (macroarea) : keys[slot];
        gint64 *counts_row;
        PdzStatsRow *row;
        gint64 total = 0;

        counts_row = slot == 2 ? projects_row : g_hash_table_lookup (by_macroarea, key != NULL ? key : "");
        if (counts_row == NULL)
          continue;
        row = _pdz_stats_table_append (table, key);
        _pdz_stats_row_set_string (row, c_group, groups[slot]);
        if (macroarea != NULL)
          _pdz_stats_row_set_string (row, c_title, pdz_macroarea_get_title (macroarea));
        for (int t = 0; t < N_TRANSITIONS; t++)
          if (column[t] >= 0)
            {
              _pdz_stats_row_set_int (row, column[t], counts_row[t]);
              total += counts_row[t];
            }
        _pdz_stats_row_set_int (row, c_actions, total);
        /* A macroarea id listed twice by a broken plan counts once. */
        if (slot < 2)
          g_hash_table_remove (by_macroarea, key != NULL ? key : "");
      }
    store (diff, table);
  }

  /* By objective: the new plan's objectives, then the projects' actions */
  {
    guint c_group, c_title, c_macroarea, c_actions;
    g_autoptr(GPtrArray) objectives = _pdz_model_to_array (pdz_plan_get_objectives (new_plan));
    gint64 *counts_row;

    columns_init (&cols);
    columns_add (&cols, "objective", G_TYPE_STRING);
    c_group = columns_add (&cols, "group", G_TYPE_STRING);
    c_title = columns_add (&cols, "title", G_TYPE_STRING);
    c_macroarea = columns_add (&cols, "macroarea", G_TYPE_STRING);
    c_actions = columns_add (&cols, "actions", G_TYPE_INT64);
    add_transition_columns (&cols, occurs, column);
    table = columns_table (&cols, "transitions-by-objective");

    for (guint i = 0; i < objectives->len; i++)
      {
        PdzObjective *objective = objectives->pdata[i];
        PdzMacroarea *macroarea = pdz_objective_get_macroarea (objective);
        PdzStatsRow *row;
        gint64 total = 0;

        counts_row = g_hash_table_lookup (by_objective, pdz_objective_get_id (objective));
        if (counts_row == NULL)
          continue;
        row = _pdz_stats_table_append (table, pdz_objective_get_id (objective));
        _pdz_stats_row_set_string (row, c_group, "objective");
        _pdz_stats_row_set_string (row, c_title, pdz_objective_get_title (objective));
        _pdz_stats_row_set_string (row, c_macroarea, id_or_null (macroarea, PDZ_KIND_MACROAREA));
        for (int t = 0; t < N_TRANSITIONS; t++)
          if (column[t] >= 0)
            {
              _pdz_stats_row_set_int (row, column[t], counts_row[t]);
              total += counts_row[t];
            }
        _pdz_stats_row_set_int (row, c_actions, total);
        g_hash_table_remove (by_objective, pdz_objective_get_id (objective));
      }
    if (projects_row != NULL)
      {
        PdzStatsRow *row = _pdz_stats_table_append (table, KEY_PROJECT_ACTIONS);
        gint64 total = 0;

        _pdz_stats_row_set_string (row, c_group, "project-actions");
        for (int t = 0; t < N_TRANSITIONS; t++)
          if (column[t] >= 0)
            {
              _pdz_stats_row_set_int (row, column[t], projects_row[t]);
              total += projects_row[t];
            }
        _pdz_stats_row_set_int (row, c_actions, total);
      }
    store (diff, table);
  }

  g_free (projects_row);
}

/* --- Actions, objectives, projects added or removed ------------------------------------ */

static void
set_action_place (PdzStatsRow *row,
                  guint        c_objective,
                  guint        c_project,
                  guint        c_macroarea,
                  PdzAction   *action)
{
  PdzAction *bullet = pdz_action_get_parent (action) != NULL ? pdz_action_get_parent (action) : action;

  _pdz_stats_row_set_string (row, c_objective, id_or_null (pdz_action_get_objective (action), PDZ_KIND_OBJECTIVE));
  _pdz_stats_row_set_string (row, c_project,
                             PDZ_IS_PROJECT (pdz_action_get_owner (bullet))
                             ? pdz_project_get_id (PDZ_PROJECT (pdz_action_get_owner (bullet))) : NULL);
  _pdz_stats_row_set_string (row, c_macroarea, id_or_null (pdz_action_get_macroarea (action), PDZ_KIND_MACROAREA));
}

static guint
n_bullets_of (PdzEntityKind kind,
              gpointer      entity)
{
  return g_list_model_get_n_items (kind == PDZ_ENTITY_KIND_OBJECTIVE ? pdz_objective_get_actions (entity)
                                                                      : pdz_project_get_actions (entity));
}

static void
summarize_entities (PdzDiff       *diff,
                    PdzDiffEvents *events)
{
  PdzStatsTable *actions, *extra, *objectives, *projects;
  guint a_change, a_title, a_status, a_origin, a_objective, a_project, a_macroarea, a_parent;
  guint x_change, x_title, x_status, x_objective, x_project, x_macroarea, x_before;
  guint o_change, o_title, o_macroarea, o_status, o_kind, o_actions;
  guint p_change, p_title, p_status, p_scope, p_actions;
  Columns cols;

  columns_init (&cols);
  columns_add (&cols, "action", G_TYPE_STRING);
  a_change = columns_add (&cols, "change", G_TYPE_STRING);
  a_title = columns_add (&cols, "title", G_TYPE_STRING);
  a_status = columns_add (&cols, "status", G_TYPE_STRING);
  a_origin = columns_add (&cols, "origin", G_TYPE_STRING);
  a_objective = columns_add (&cols, "objective", G_TYPE_STRING);
  a_project = columns_add (&cols, "project", G_TYPE_STRING);
  a_macroarea = columns_add (&cols, "macroarea", G_TYPE_STRING);
  a_parent = columns_add (&cols, "parent", G_TYPE_STRING);
  actions = columns_table (&cols, "actions");

  columns_init (&cols);
  columns_add (&cols, "action", G_TYPE_STRING);
  x_change = columns_add (&cols, "change", G_TYPE_STRING);
  x_title = columns_add (&cols, "title", G_TYPE_STRING);
  x_status = columns_add (&cols, "status", G_TYPE_STRING);
  x_objective = columns_add (&cols, "objective", G_TYPE_STRING);
  x_project = columns_add (&cols, "project", G_TYPE_STRING);
  x_macroarea = columns_add (&cols, "macroarea", G_TYPE_STRING);
  x_before = columns_add (&cols, "origin-before", G_TYPE_STRING);
  extra = columns_table (&cols, "extra-actions");

  columns_init (&cols);
  columns_add (&cols, "objective", G_TYPE_STRING);
  o_change = columns_add (&cols, "change", G_TYPE_STRING);
  o_title = columns_add (&cols, "title", G_TYPE_STRING);
  o_macroarea = columns_add (&cols, "macroarea", G_TYPE_STRING);
  o_status = columns_add (&cols, "status", G_TYPE_STRING);
  o_kind = columns_add (&cols, "kind", G_TYPE_STRING);
  o_actions = columns_add (&cols, "actions", G_TYPE_INT64);
  objectives = columns_table (&cols, "objectives");

  columns_init (&cols);
  columns_add (&cols, "project", G_TYPE_STRING);
  p_change = columns_add (&cols, "change", G_TYPE_STRING);
  p_title = columns_add (&cols, "title", G_TYPE_STRING);
  p_status = columns_add (&cols, "status", G_TYPE_STRING);
  p_scope = columns_add (&cols, "scope", G_TYPE_STRING);
  p_actions = columns_add (&cols, "actions", G_TYPE_INT64);
  projects = columns_table (&cols, "projects");

  for (guint pass = 0; pass < 2; pass++)
    {
      GArray *array = pass == 0 ? events->added : events->removed;
      const char *change = pass == 0 ? "added" : "removed";

      for (guint i = 0; i < array->len; i++)
        {
          Event *e = &g_array_index (array, Event, i);
          PdzStatsRow *row;

          switch (e->kind)
            {
            case PDZ_ENTITY_KIND_ACTION:
              row = _pdz_stats_table_append (actions, pdz_action_get_id (e->a));
              _pdz_stats_row_set_string (row, a_change, change);
              _pdz_stats_row_set_string (row, a_title, pdz_action_get_title (e->a));
              _pdz_stats_row_set_string (row, a_status, status_nick (pdz_action_get_status (e->a)));
              _pdz_stats_row_set_string (row, a_origin, _pdz_enum_to_nick (PDZ_TYPE_ORIGIN,
                                                                           pdz_action_get_origin (e->a)));
              set_action_place (row, a_objective, a_project, a_macroarea, e->a);
              _pdz_stats_row_set_string (row, a_parent, id_or_null (pdz_action_get_parent (e->a), PDZ_KIND_ACTION));
              if (pass == 0 && is_bullet (e->a) && pdz_action_get_origin (e->a) == PDZ_ORIGIN_EXTRA)
                {
                  row = _pdz_stats_table_append (extra, pdz_action_get_id (e->a));
                  _pdz_stats_row_set_string (row, x_change, "added");
                  _pdz_stats_row_set_string (row, x_title, pdz_action_get_title (e->a));
                  _pdz_stats_row_set_string (row, x_status, status_nick (pdz_action_get_status (e->a)));
                  set_action_place (row, x_objective, x_project, x_macroarea, e->a);
                }
              break;
            case PDZ_ENTITY_KIND_OBJECTIVE:
              row = _pdz_stats_table_append (objectives, pdz_objective_get_id (e->a));
              _pdz_stats_row_set_string (row, o_change, change);
              _pdz_stats_row_set_string (row, o_title, pdz_objective_get_title (e->a));
              _pdz_stats_row_set_string (row, o_macroarea, id_or_null (pdz_objective_get_macroarea (e->a),
                                                                       PDZ_KIND_MACROAREA));
              _pdz_stats_row_set_string (row, o_status, status_nick (pdz_objective_get_status (e->a)));
              _pdz_stats_row_set_string (row, o_kind, _pdz_enum_to_nick (PDZ_TYPE_OBJECTIVE_KIND,
                                                                         pdz_objective_get_kind (e->a)));
              _pdz_stats_row_set_int (row, o_actions, n_bullets_of (e->kind, e->a));
              break;
            case PDZ_ENTITY_KIND_PROJECT:
              row = _pdz_stats_table_append (projects, pdz_project_get_id (e->a));
              _pdz_stats_row_set_string (row, p_change, change);
              _pdz_stats_row_set_string (row, p_title, pdz_project_get_title (e->a));
              _pdz_stats_row_set_string (row, p_status, status_nick (pdz_project_get_status (e->a)));
              _pdz_stats_row_set_string (row, p_scope, _pdz_enum_to_nick (PDZ_TYPE_SCOPE,
                                                                          pdz_project_get_scope (e->a)));
              _pdz_stats_row_set_int (row, p_actions, n_bullets_of (e->kind, e->a));
              break;
            default:
              break;
            }
        }
    }

  /* The bullets of both rounds that became extra */
  for (guint i = 0; i < events->pairs->len; i++)
    {
      Event *e = &g_array_index (events->pairs, Event, i);
      PdzStatsRow *row;

      if (e->kind != PDZ_ENTITY_KIND_ACTION || !is_bullet (e->b) ||
          pdz_action_get_origin (e->b) != PDZ_ORIGIN_EXTRA || pdz_action_get_origin (e->a) == PDZ_ORIGIN_EXTRA)
        continue;
      row = _pdz_stats_table_append (extra, pdz_action_get_id (e->b));
      _pdz_stats_row_set_string (row, x_change, "changed");
      _pdz_stats_row_set_string (row, x_title, pdz_action_get_title (e->b));
      _pdz_stats_row_set_string (row, x_status, status_nick (pdz_action_get_status (e->b)));
      set_action_place (row, x_objective, x_project, x_macroarea, e->b);
      _pdz_stats_row_set_string (row, x_before, _pdz_enum_to_nick (PDZ_TYPE_ORIGIN, pdz_action_get_origin (e->a)));
    }

  store (diff, actions);
  store (diff, extra);
  store (diff, objectives);
  store (diff, projects);
}

/* --- Partners ----------------------------------------------------------------------------- */

/* The roles each partner plays in @plan, by id: a mask of 1 << PdzRole.
 * A project's lead plays the role lead. */
static void
add_roles (GHashTable *roles,
           GListModel *participations)
{
  PDZ_MODEL_FOREACH (participations, PdzParticipation, p)
    {
      PdzPartner *partner = pdz_participation_get_partner (p);
      const char *id = partner != NULL ? pdz_partner_get_id (partner) : NULL;
      guint mask;

      if (id == NULL)
        continue;
      mask = GPOINTER_TO_UINT (g_hash_table_lookup (roles, id));
      g_hash_table_insert (roles, (gpointer) id,
                           GUINT_TO_POINTER (mask | 1u << pdz_participation_get_role (p)));
    }
}

static void
add_action_roles (GHashTable *roles,
                  GListModel *actions)
{
  PDZ_MODEL_FOREACH (actions, PdzAction, action)
    {
      add_roles (roles, pdz_action_get_participations (action));
      add_action_roles (roles, pdz_action_get_actions (action));
    }
}

static GHashTable *
plan_roles (PdzPlan *plan)
{
  GHashTable *roles = g_hash_table_new (g_str_hash, g_str_equal);

  PDZ_MODEL_FOREACH (pdz_plan_get_objectives (plan), PdzObjective, objective)
    {
      add_roles (roles, pdz_objective_get_participations (objective));
      add_action_roles (roles, pdz_objective_get_actions (objective));
    }
  PDZ_MODEL_FOREACH (pdz_plan_get_projects (plan), PdzProject, project)
    {
      PdzPartner *lead = pdz_project_get_lead (project);

      add_roles (roles, pdz_project_get_participations (project));
      add_action_roles (roles, pdz_project_get_actions (project));
      if (lead != NULL && pdz_partner_get_id (lead) != NULL)
        {
          guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (roles, pdz_partner_get_id (lead)));

          g_hash_table_insert (roles, (gpointer) pdz_partner_get_id (lead),
                               GUINT_TO_POINTER (mask | 1u << PDZ_ROLE_LEAD));
        }
    }
  return roles;
}

/* "participant,lead", in the order of PdzRole; NULL for none. */
static char *
roles_text (guint mask)
{
  GString *out;

  if (mask == 0)
    return NULL;
  out = g_string_new (NULL);
  for (int r = 0; r < PDZ_N_ROLES; r++)
    if (mask & (1u << r))
      {
        if (out->len > 0)
          g_string_append_c (out, ',');
        g_string_append (out, _pdz_enum_to_nick (PDZ_TYPE_ROLE, r));
      }
  return g_string_free (out, FALSE);
}

static void
summarize_partners (PdzDiff *diff,
                    PdzPlan *old_plan,
                    PdzPlan *new_plan)
{
  g_autoptr(GHashTable) old_roles = plan_roles (old_plan);
  g_autoptr(GHashTable) new_roles = plan_roles (new_plan);
  g_autoptr(GHashTable) old_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) new_ids = g_hash_table_new (g_str_hash, g_str_equal);
  gint64 joined[PDZ_N_ROLES] = { 0, }, left[PDZ_N_ROLES] = { 0, };
  PdzStatsTable *table, *by_role;
  guint c_name, c_kind, c_change, c_joined, c_left, c_roles, r_joined, r_left;
  Columns cols;

  PDZ_MODEL_FOREACH (pdz_plan_get_partners (old_plan), PdzPartner, partner)
    if (pdz_partner_get_id (partner) != NULL)
      g_hash_table_add (old_ids, (gpointer) pdz_partner_get_id (partner));
  PDZ_MODEL_FOREACH (pdz_plan_get_partners (new_plan), PdzPartner, partner)
    if (pdz_partner_get_id (partner) != NULL)
      g_hash_table_add (new_ids, (gpointer) pdz_partner_get_id (partner));

  columns_init (&cols);
  columns_add (&cols, "partner", G_TYPE_STRING);
  c_name = columns_add (&cols, "name", G_TYPE_STRING);
  c_kind = columns_add (&cols, "kind", G_TYPE_STRING);
  c_change = columns_add (&cols, "change", G_TYPE_STRING);
  c_joined = columns_add (&cols, "roles-joined", G_TYPE_STRING);
  c_left = columns_add (&cols, "roles-left", G_TYPE_STRING);
  c_roles = columns_add (&cols, "roles", G_TYPE_STRING);
  table = columns_table (&cols, "partners");

  for (guint pass = 0; pass < 2; pass++)
    {
      PdzPlan *plan = pass == 0 ? new_plan : old_plan;
      GHashTable *other_ids = pass == 0 ? old_ids : new_ids;

      PDZ_MODEL_FOREACH (pdz_plan_get_partners (plan), PdzPartner, partner)
        {
          const char *id = pdz_partner_get_id (partner);
          guint before, after, gained, lost;
          const char *change;
          g_autofree char *gained_text = NULL;
          g_autofree char *lost_text = NULL;
          g_autofree char *roles = NULL;
          PdzStatsRow *row;

          if (id == NULL || (pass == 1 && g_hash_table_contains (other_ids, id)))
            continue;
          before = GPOINTER_TO_UINT (g_hash_table_lookup (old_roles, id));
          after = GPOINTER_TO_UINT (g_hash_table_lookup (new_roles, id));
          if (pass == 1)
            after = 0;
          else if (!g_hash_table_contains (other_ids, id))
            before = 0;
          gained = after & ~before;
          lost = before & ~after;
          if (pass == 1)
            change = "left";
          else if (!g_hash_table_contains (other_ids, id))
            change = "joined";
          else if (gained != 0 || lost != 0)
            change = "changed";
          else
            continue;

          for (int r = 0; r < PDZ_N_ROLES; r++)
            {
              joined[r] += (gained >> r) & 1;
              left[r] += (lost >> r) & 1;
            }
          gained_text = roles_text (gained);
          lost_text = roles_text (lost);
          roles = roles_text (pass == 0 ? after : before);
          row = _pdz_stats_table_append (table, id);
          _pdz_stats_row_set_string (row, c_name, pdz_partner_get_name (partner));
          _pdz_stats_row_set_string (row, c_kind, _pdz_enum_to_nick (PDZ_TYPE_PARTNER_KIND,
                                                                     pdz_partner_get_kind (partner)));
          _pdz_stats_row_set_string (row, c_change, change);
          _pdz_stats_row_set_string (row, c_joined, gained_text);
          _pdz_stats_row_set_string (row, c_left, lost_text);
          _pdz_stats_row_set_string (row, c_roles, roles);
        }
    }
  store (diff, table);

  columns_init (&cols);
  columns_add (&cols, "role", G_TYPE_STRING);
  r_joined = columns_add (&cols, "joined", G_TYPE_INT64);
  r_left = columns_add (&cols, "left", G_TYPE_INT64);
  by_role = columns_table (&cols, "partners-by-role");
  for (int r = 0; r < PDZ_N_ROLES; r++)
    {
      PdzStatsRow *row = _pdz_stats_table_append (by_role, _pdz_enum_to_nick (PDZ_TYPE_ROLE, r));

      _pdz_stats_row_set_int (row, r_joined, joined[r]);
      _pdz_stats_row_set_int (row, r_left, left[r]);
    }
  store (diff, by_role);
}

/* --- Funding ------------------------------------------------------------------------------ */

static gint64
stated (PdzFunding *funding)
{
  gint64 amount = pdz_funding_get_amount (funding);

  return amount >= 0 ? amount : 0;
}

/* The funding statuses in the order of the tables: not stated last. */
static const PdzFundingStatus funding_statuses[] = {
  PDZ_FUNDING_STATUS_APPLIED,
  PDZ_FUNDING_STATUS_GRANTED,
  PDZ_FUNDING_STATUS_NOT_FUNDED,
  PDZ_FUNDING_STATUS_REPORTED,
  PDZ_FUNDING_STATUS_NOT_STATED,
};

static void
summarize_fundings (PdzDiff       *diff,
                    PdzDiffEvents *events)
{
  g_autoptr(GHashTable) sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  PdzStatsRow *status_rows[PDZ_N_FUNDING_STATUSES];
  PdzStatsTable *by_source, *by_status;
  guint s_gained, s_amount_gained, s_lost, s_amount_lost, s_changed, s_before, s_after;
  guint t_gained, t_amount_gained, t_lost, t_amount_lost;
  Columns cols;

  columns_init (&cols);
  columns_add (&cols, "source", G_TYPE_STRING);
  s_gained = columns_add (&cols, "gained", G_TYPE_INT64);
  s_amount_gained = columns_add (&cols, "amount-gained", G_TYPE_INT64);
  s_lost = columns_add (&cols, "lost", G_TYPE_INT64);
  s_amount_lost = columns_add (&cols, "amount-lost", G_TYPE_INT64);
  s_changed = columns_add (&cols, "changed", G_TYPE_INT64);
  s_before = columns_add (&cols, "amount-before", G_TYPE_INT64);
  s_after = columns_add (&cols, "amount-after", G_TYPE_INT64);
  by_source = columns_table (&cols, "fundings-by-source");

  columns_init (&cols);
  columns_add (&cols, "status", G_TYPE_STRING);
  t_gained = columns_add (&cols, "gained", G_TYPE_INT64);
  t_amount_gained = columns_add (&cols, "amount-gained", G_TYPE_INT64);
  t_lost = columns_add (&cols, "lost", G_TYPE_INT64);
  t_amount_lost = columns_add (&cols, "amount-lost", G_TYPE_INT64);
  by_status = columns_table (&cols, "fundings-by-status");
  for (guint i = 0; i < G_N_ELEMENTS (funding_statuses); i++)
    status_rows[funding_statuses[i]] =
      _pdz_stats_table_append (by_status, _pdz_enum_to_nick (PDZ_TYPE_FUNDING_STATUS, funding_statuses[i]));

  for (guint i = 0; i < events->fundings->len; i++)
    {
      Event *e = &g_array_index (events->fundings, Event, i);
      PdzFunding *old = e->a, *new = e->b;
      PdzFunding *named = new != NULL ? new : old;
      char *folded = _pdz_text_fold (pdz_funding_get_source (named));
      PdzStatsRow *row = g_hash_table_lookup (sources, folded);

      if (row == NULL)
        {
          row = _pdz_stats_table_append (by_source, pdz_funding_get_source (named) != NULL
                                                    ? pdz_funding_get_source (named) : "");
          g_hash_table_insert (sources, folded, row);
        }
      else
        {
          g_free (folded);
        }

      if (old == NULL)
        {
          _pdz_stats_row_add_int (row, s_gained, 1);
          _pdz_stats_row_add_int (row, s_amount_gained, stated (new));
        }
      else if (new == NULL)
        {
          _pdz_stats_row_add_int (row, s_lost, 1);
          _pdz_stats_row_add_int (row, s_amount_lost, stated (old));
        }
      else
        {
          _pdz_stats_row_add_int (row, s_changed, 1);
          _pdz_stats_row_add_int (row, s_before, stated (old));
          _pdz_stats_row_add_int (row, s_after, stated (new));
        }

      if (new != NULL && (old == NULL || pdz_funding_get_status (old) != pdz_funding_get_status (new)))
        {
          _pdz_stats_row_add_int (status_rows[pdz_funding_get_status (new)], t_gained, 1);
          _pdz_stats_row_add_int (status_rows[pdz_funding_get_status (new)], t_amount_gained, stated (new));
        }
      if (old != NULL && (new == NULL || pdz_funding_get_status (old) != pdz_funding_get_status (new)))
        {
          _pdz_stats_row_add_int (status_rows[pdz_funding_get_status (old)], t_lost, 1);
          _pdz_stats_row_add_int (status_rows[pdz_funding_get_status (old)], t_amount_lost, stated (old));
        }
    }

  store (diff, by_source);
  store (diff, by_status);
}

/* --- Measurements --------------------------------------------------------------------------- */

static void
summarize_measurements (PdzDiff       *diff,
                        PdzDiffEvents *events)
{
  g_autoptr(GHashTable) rows = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) latest = g_hash_table_new (g_direct_hash, g_direct_equal);
  PdzStatsTable *table;
  guint c_title, c_unit, c_objective, c_count, c_date, c_value;
  Columns cols;

  columns_init (&cols);
  columns_add (&cols, "indicator", G_TYPE_STRING);
  c_title = columns_add (&cols, "title", G_TYPE_STRING);
  c_unit = columns_add (&cols, "unit", G_TYPE_STRING);
  c_objective = columns_add (&cols, "objective", G_TYPE_STRING);
  c_count = columns_add (&cols, "measurements", G_TYPE_INT64);
  c_date = columns_add (&cols, "latest-date", G_TYPE_STRING);
  c_value = columns_add (&cols, "latest-value", G_TYPE_DOUBLE);
  table = columns_table (&cols, "measurements");

  for (guint i = 0; i < events->measurements->len; i++)
    {
      Event *e = &g_array_index (events->measurements, Event, i);
      PdzIndicator *indicator = e->a;
      PdzMeasurement *m = e->b, *best;
      PdzStatsRow *row = g_hash_table_lookup (rows, indicator);

      if (row == NULL)
        {
          row = _pdz_stats_table_append (table, pdz_indicator_get_id (indicator));
          _pdz_stats_row_set_string (row, c_title, pdz_indicator_get_title (indicator));
          _pdz_stats_row_set_string (row, c_unit, pdz_indicator_get_unit (indicator));
          _pdz_stats_row_set_string (row, c_objective, id_or_null (pdz_indicator_get_objective (indicator),
                                                                   PDZ_KIND_OBJECTIVE));
          g_hash_table_insert (rows, indicator, row);
        }
      _pdz_stats_row_add_int (row, c_count, 1);

      /* The latest by date; among equal dates, or without dates, the last listed. */
      best = g_hash_table_lookup (latest, indicator);
      if (best == NULL || pdz_measurement_get_date (best) == NULL ||
          (pdz_measurement_get_date (m) != NULL &&
           pdz_date_compare (pdz_measurement_get_date (m), pdz_measurement_get_date (best)) >= 0))
        {
          g_autofree char *date = pdz_measurement_get_date (m) != NULL
            ? pdz_date_to_string (pdz_measurement_get_date (m)) : NULL;

          g_hash_table_insert (latest, indicator, m);
          _pdz_stats_row_set_string (row, c_date, date);
          _pdz_stats_row_set_double (row, c_value, pdz_measurement_get_value (m));
        }
    }

  store (diff, table);
}

const char * const _pdz_diff_table_names[] = {
  "counts",
  "transitions",
  "transitions-by-macroarea",
  "transitions-by-objective",
  "actions",
  "extra-actions",
  "objectives",
  "projects",
  "partners",
  "partners-by-role",
  "fundings-by-source",
  "fundings-by-status",
  "measurements",
  NULL
};

void
_pdz_diff_summarize (PdzDiff       *diff,
                     PdzDiffEvents *events,
                     PdzPlan       *old_plan,
                     PdzPlan       *new_plan)
{
  summarize_counts (diff);
  summarize_transitions (diff, events, new_plan);
  summarize_entities (diff, events);
  summarize_partners (diff, old_plan, new_plan);
  summarize_fundings (diff, events);
  summarize_measurements (diff, events);
}
