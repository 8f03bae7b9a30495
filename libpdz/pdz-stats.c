/* pdz-stats.c: roll-ups of a plan or of a query result
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz.h"

#include "pdz-util-private.h"
#include "pdz-plan-index-private.h"
#include "pdz-stats-private.h"
#include "pdz-text-private.h"

/**
 * PdzStats:
 *
 * Roll-ups of a plan, or of what a [class@Pdz.Query] found in it: the
 * figures an analyst asks for first.
 *
 * A `PdzStats` holds the objectives, actions and projects it counts, taken
 * when it is created: every one of the plan's, or the results of its
 * [property@Pdz.Stats:query]. Each table method computes a new
 * [class@Pdz.StatsTable] from their current values:
 *
 * - [method@Pdz.Stats.by_status]: objectives, actions and projects by status;
 * - [method@Pdz.Stats.by_macroarea]: the same per macroarea, with
 *   completion rates;
 * - [method@Pdz.Stats.by_month], [method@Pdz.Stats.by_quarter],
 *   [method@Pdz.Stats.by_year]: actions per period of the monitoring round;
 * - [method@Pdz.Stats.by_partner]: partners ranked by actions and projects,
 *   with their roles;
 * - [method@Pdz.Stats.by_funding_source], [method@Pdz.Stats.by_funding_status]:
 *   funding totals in cents;
 * - [method@Pdz.Stats.by_origin]: planned actions against extra ones.
 *
 * The counting rules (partial dates, completion rate, projects serving
 * several macroareas) are in `doc/queries.md`.
 *
 * ```python
 * stats = Pdz.Stats.new(plan)
 * frame = pandas.DataFrame(stats.by_macroarea().rows())
 * ```
 */
struct _PdzStats
{
  GObject parent_instance;

  PdzPlan *plan;              /* (owned) (nullable) */
  PdzQuery *query;            /* (owned) (nullable) */
  GListStore *actions;        /* (owned) (element-type PdzAction) */
  GListStore *objectives;     /* (owned) (element-type PdzObjective) */
  GListStore *projects;       /* (owned) (element-type PdzProject) */
};

G_DEFINE_FINAL_TYPE (PdzStats, pdz_stats, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_QUERY,
  PROP_ACTIONS,
  PROP_OBJECTIVES,
  PROP_PROJECTS,
  PROP_N_ACTIONS,
  PROP_N_OBJECTIVES,
  PROP_N_PROJECTS,
  PROP_N_EXTRA_ACTIONS,
  PROP_COMPLETION_RATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define N_STATUSES (PDZ_STATUS_CANCELLED + 1)

static void
copy_model (GListStore *store,
            GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_list_store_append (store, item);
    }
}

static void
pdz_stats_constructed (GObject *object)
{
  PdzStats *self = PDZ_STATS (object);

  G_OBJECT_CLASS (pdz_stats_parent_class)->constructed (object);

  self->actions = g_list_store_new (PDZ_TYPE_ACTION);
  self->objectives = g_list_store_new (PDZ_TYPE_OBJECTIVE);
  self->projects = g_list_store_new (PDZ_TYPE_PROJECT);

  if (self->query != NULL)
    {
      g_autoptr(GListModel) actions = pdz_query_find_actions (self->query);
      g_autoptr(GListModel) objectives = pdz_query_find_objectives (self->query);
      g_autoptr(GListModel) projects = pdz_query_find_projects (self->query);

      g_set_object (&self->plan, pdz_query_get_plan (self->query));
      copy_model (self->actions, actions);
      copy_model (self->objectives, objectives);
      copy_model (self->projects, projects);
    }
  else if (self->plan != NULL)
    {
      g_autoptr(PdzPlanIndex) index = _pdz_plan_index_get (self->plan);

      g_list_store_splice (self->actions, 0, 0, index->actions->pdata, index->actions->len);
      copy_model (self->objectives, pdz_plan_get_objectives (self->plan));
      copy_model (self->projects, pdz_plan_get_projects (self->plan));
    }
}

static void
pdz_stats_dispose (GObject *object)
{
  PdzStats *self = PDZ_STATS (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->query);
  g_clear_object (&self->actions);
  g_clear_object (&self->objectives);
  g_clear_object (&self->projects);

  G_OBJECT_CLASS (pdz_stats_parent_class)->dispose (object);
}

static void
pdz_stats_get_property (GObject *object,
                        guint prop_id,
                        GValue *value,
                        GParamSpec *pspec)
{
  PdzStats *self = PDZ_STATS (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;
    case PROP_ACTIONS:
      g_value_set_object (value, self->actions);
      break;
    case PROP_OBJECTIVES:
      g_value_set_object (value, self->objectives);
      break;
    case PROP_PROJECTS:
      g_value_set_object (value, self->projects);
      break;
    case PROP_N_ACTIONS:
      g_value_set_uint (value, pdz_stats_get_n_actions (self));
      break;
    case PROP_N_OBJECTIVES:
      g_value_set_uint (value, pdz_stats_get_n_objectives (self));
      break;
    case PROP_N_PROJECTS:
      g_value_set_uint (value, pdz_stats_get_n_projects (self));
      break;
    case PROP_N_EXTRA_ACTIONS:
      g_value_set_uint (value, pdz_stats_get_n_extra_actions (self));
      break;
    case PROP_COMPLETION_RATE:
      g_value_set_double (value, pdz_stats_get_completion_rate (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_stats_set_property (GObject *object,
                        guint prop_id,
                        const GValue *value,
                        GParamSpec *pspec)
{
  PdzStats *self = PDZ_STATS (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;
    case PROP_QUERY:
      self->query = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_stats_class_init (PdzStatsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->constructed = pdz_stats_constructed;
  object_class->dispose = pdz_stats_dispose;
  object_class->get_property = pdz_stats_get_property;
  object_class->set_property = pdz_stats_set_property;

  /**
   * PdzStats:plan:
   *
   * The plan counted. With [property@Pdz.Stats:query], the query's plan.
   */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, PDZ_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * PdzStats:query:
   *
   * The query whose results are counted, or %NULL to count the whole plan.
   */
  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL, PDZ_TYPE_QUERY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * PdzStats:actions:
   *
   * The actions counted, a [iface@Gio.ListModel] of [class@Pdz.Action].
   */
  properties[PROP_ACTIONS] =
    g_param_spec_object ("actions", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  /**
   * PdzStats:objectives:
   *
   * The objectives counted, a [iface@Gio.ListModel] of [class@Pdz.Objective].
   */
  properties[PROP_OBJECTIVES] =
    g_param_spec_object ("objectives", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  /**
   * PdzStats:projects:
   *
   * The projects counted, a [iface@Gio.ListModel] of [class@Pdz.Project].
   */
  properties[PROP_PROJECTS] =
    g_param_spec_object ("projects", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  /**
   * PdzStats:n-actions:
   *
   * The number of actions counted.
   */
  properties[PROP_N_ACTIONS] =
    g_param_spec_uint ("n-actions", NULL, NULL, 0, G_MAXUINT, 0, ro);

  /**
   * PdzStats:n-objectives:
   *
   * The number of objectives counted.
   */
  properties[PROP_N_OBJECTIVES] =
    g_param_spec_uint ("n-objectives", NULL, NULL, 0, G_MAXUINT, 0, ro);

  /**
   * PdzStats:n-projects:
   *
   * The number of projects counted.
   */
  properties[PROP_N_PROJECTS] =
    g_param_spec_uint ("n-projects", NULL, NULL, 0, G_MAXUINT, 0, ro);

  /**
   * PdzStats:n-extra-actions:
   *
   * The number of extra actions (*azioni extra*) among those counted; the
   * others are planned.
   */
  properties[PROP_N_EXTRA_ACTIONS] =
    g_param_spec_uint ("n-extra-actions", NULL, NULL, 0, G_MAXUINT, 0, ro);

  /**
   * PdzStats:completion-rate:
   *
   * The share of the actions counted that are completed, leaving the
   * cancelled ones out: completed / (all − cancelled), between 0 and 1;
   * 0 when there is no action left.
   */
  properties[PROP_COMPLETION_RATE] =
    g_param_spec_double ("completion-rate", NULL, NULL, 0.0, 1.0, 0.0, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_stats_init (PdzStats *self)
{
}

/**
 * pdz_stats_new:
 * @plan: a plan
 *
 * Creates the statistics of the whole of @plan: every objective, action
 * and project.
 *
 * Returns: (transfer full): new statistics
 */
PdzStats *
pdz_stats_new (PdzPlan *plan)
{
  g_return_val_if_fail (PDZ_IS_PLAN (plan), NULL);

  return g_object_new (PDZ_TYPE_STATS, "plan", plan, NULL);
}

/**
 * pdz_stats_new_for_query:
 * @query: a query with a plan
 *
 * Creates the statistics of what @query finds now: its actions, objectives
 * and projects (see [method@Pdz.Query.find_actions]).
 *
 * Returns: (transfer full): new statistics
 */
PdzStats *
pdz_stats_new_for_query (PdzQuery *query)
{
  g_return_val_if_fail (PDZ_IS_QUERY (query), NULL);
  g_return_val_if_fail (pdz_query_get_plan (query) != NULL, NULL);

  return g_object_new (PDZ_TYPE_STATS, "query", query, NULL);
}

/**
 * pdz_stats_get_plan:
 * @self: statistics
 *
 * Gets [property@Pdz.Stats:plan].
 *
 * Returns: (transfer none) (nullable): the plan counted
 */
PdzPlan *
pdz_stats_get_plan (PdzStats *self)
{
  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  return self->plan;
}

/**
 * pdz_stats_get_actions:
 * @self: statistics
 *
 * Gets [property@Pdz.Stats:actions].
 *
 * Returns: (transfer none): a list model of [class@Pdz.Action]
 */
GListModel *
pdz_stats_get_actions (PdzStats *self)
{
  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  return G_LIST_MODEL (self->actions);
}

/**
 * pdz_stats_get_objectives:
 * @self: statistics
 *
 * Gets [property@Pdz.Stats:objectives].
 *
 * Returns: (transfer none): a list model of [class@Pdz.Objective]
 */
GListModel *
pdz_stats_get_objectives (PdzStats *self)
{
  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  return G_LIST_MODEL (self->objectives);
}

/**
 * pdz_stats_get_projects:
 * @self: statistics
 *
 * Gets [property@Pdz.Stats:projects].
 *
 * Returns: (transfer none): a list model of [class@Pdz.Project]
 */
GListModel *
pdz_stats_get_projects (PdzStats *self)
{
  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  return G_LIST_MODEL (self->projects);
}

/**
 * pdz_stats_get_n_actions:
 * @self: statistics
 *
 * Gets [property@Pdz.Stats:n-actions].
 *
 * Returns: the number of actions counted
 */
guint
pdz_stats_get_n_actions (PdzStats *self)
{
  g_return_val_if_fail (PDZ_IS_STATS (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->actions));
}

/**
 * pdz_stats_get_n_objectives:
 * @self: statistics
 *
 * Gets [property@Pdz.Stats:n-objectives].
 *
 * Returns: the number of objectives counted
 */
guint
pdz_stats_get_n_objectives (PdzStats *self)
{
  g_return_val_if_fail (PDZ_IS_STATS (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->objectives));
}

/**
 * pdz_stats_get_n_projects:
 * @self: statistics
 *
 * Gets [property@Pdz.Stats:n-projects].
 *
 * Returns: the number of projects counted
 */
guint
pdz_stats_get_n_projects (PdzStats *self)
{
  g_return_val_if_fail (PDZ_IS_STATS (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->projects));
}

/**
 * pdz_stats_get_n_extra_actions:
 * @self: statistics
 *
 * Gets [property@Pdz.Stats:n-extra-actions].
 *
 * Returns: the number of extra actions counted
 */
guint
pdz_stats_get_n_extra_actions (PdzStats *self)
{
  GListModel *actions;
  guint n, extra = 0;

  g_return_val_if_fail (PDZ_IS_STATS (self), 0);

  actions = G_LIST_MODEL (self->actions);
  n = g_list_model_get_n_items (actions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (actions, i);

      if ((pdz_action_get_origin (action) == PDZ_ORIGIN_EXTRA))
        extra++;
    }

  return extra;
}

static double
completion_rate (const gint64 counts[N_STATUSES])
{
  gint64 total = 0;

  for (guint s = 0; s < N_STATUSES; s++)
    total += counts[s];
  total -= counts[PDZ_STATUS_CANCELLED];

  return total > 0 ? (double) counts[PDZ_STATUS_COMPLETED] / (double) total : 0.0;
}

/**
 * pdz_stats_get_completion_rate:
 * @self: statistics
 *
 * Gets [property@Pdz.Stats:completion-rate].
 *
 * Returns: the share of the actions that are completed, cancelled ones
 *   left out
 */
double
pdz_stats_get_completion_rate (PdzStats *self)
{
  GListModel *actions;
  gint64 counts[N_STATUSES] = { 0, };
  guint n;

  g_return_val_if_fail (PDZ_IS_STATS (self), 0.0);

  actions = G_LIST_MODEL (self->actions);
  n = g_list_model_get_n_items (actions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (actions, i);

      counts[pdz_action_get_status (action)]++;
    }

  return completion_rate (counts);
}

/* ---- by status ---------------------------------------------------------- */

static const PdzStatsColumnSpec by_status_columns[] = {
  { "status", G_TYPE_STRING },
  { "objectives", G_TYPE_INT64 },
  { "actions", G_TYPE_INT64 },
  { "projects", G_TYPE_INT64 },
};

typedef enum {
  KIND_OBJECTIVES,
  KIND_ACTIONS,
  KIND_PROJECTS,
  N_KINDS
} Kind;

static PdzStatus
entity_status (gpointer entity)
{
  if (PDZ_IS_ACTION (entity))
    return pdz_action_get_status (entity);
  if (PDZ_IS_OBJECTIVE (entity))
    return pdz_objective_get_status (entity);
  return pdz_project_get_status (entity);
}

static GListModel *
kind_model (PdzStats *self,
            Kind kind)
{
  switch (kind)
    {
    case KIND_OBJECTIVES:
      return G_LIST_MODEL (self->objectives);
    case KIND_ACTIONS:
      return G_LIST_MODEL (self->actions);
    case KIND_PROJECTS:
    default:
      return G_LIST_MODEL (self->projects);
    }
}

/**
 * pdz_stats_by_status:
 * @self: statistics
 *
 * Counts objectives, actions and projects by status.
 *
 * One row per status, in the order of [enum@Pdz.Status], keyed by its
 * nick. Columns: `status` (string), `objectives`, `actions`, `projects`
 * (integers).
 *
 * Returns: (transfer full): a new table
 */
PdzStatsTable *
pdz_stats_by_status (PdzStats *self)
{
  PdzStatsTable *table;
  PdzStatsRow *rows[N_STATUSES];

  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  table = _pdz_stats_table_new ("by-status", by_status_columns, G_N_ELEMENTS (by_status_columns));
  for (guint s = 0; s < N_STATUSES; s++)
    rows[s] = _pdz_stats_table_append (table, _pdz_enum_to_nick (PDZ_TYPE_STATUS, s));

  for (Kind k = 0; k < N_KINDS; k++)
    {
      GListModel *model = kind_model (self, k);
      guint n = g_list_model_get_n_items (model);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) entity = g_list_model_get_item (model, i);

          _pdz_stats_row_add_int (rows[entity_status (entity)], 1 + k, 1);
        }
    }

  return table;
}

/* ---- by macroarea ------------------------------------------------------- */

enum {
  MA_COL_MACROAREA,
  MA_COL_TITLE,
  MA_COL_CODE,
  MA_COL_OBJECTIVES,
  MA_COL_ACTIONS,
  MA_COL_PROJECTS,
  MA_COL_FIRST_STATUS,   /* then, per kind, N_STATUSES counts and a rate */
};
#define MA_KIND_WIDTH (N_STATUSES + 1)

static const PdzStatsColumnSpec by_macroarea_columns[] = {
  { "macroarea", G_TYPE_STRING },
  { "title", G_TYPE_STRING },
  { "code", G_TYPE_STRING },
  { "objectives", G_TYPE_INT64 },
  { "actions", G_TYPE_INT64 },
  { "projects", G_TYPE_INT64 },
  { "objectives-planned", G_TYPE_INT64 },
  { "objectives-in-progress", G_TYPE_INT64 },
  { "objectives-completed", G_TYPE_INT64 },
  { "objectives-suspended", G_TYPE_INT64 },
  { "objectives-cancelled", G_TYPE_INT64 },
  { "objectives-completion-rate", G_TYPE_DOUBLE },
  { "actions-planned", G_TYPE_INT64 },
  { "actions-in-progress", G_TYPE_INT64 },
  { "actions-completed", G_TYPE_INT64 },
  { "actions-suspended", G_TYPE_INT64 },
  { "actions-cancelled", G_TYPE_INT64 },
  { "actions-completion-rate", G_TYPE_DOUBLE },
  { "projects-planned", G_TYPE_INT64 },
  { "projects-in-progress", G_TYPE_INT64 },
  { "projects-completed", G_TYPE_INT64 },
  { "projects-suspended", G_TYPE_INT64 },
  { "projects-cancelled", G_TYPE_INT64 },
  { "projects-completion-rate", G_TYPE_DOUBLE },
};

typedef struct {
  PdzStatsTable *table;
  GHashTable *rows;        /* PdzMacroarea* (or NULL) → PdzStatsRow* */
} MacroareaRows;

static PdzStatsRow *
macroarea_row (MacroareaRows *mr,
               PdzMacroarea *macroarea)
{
  PdzStatsRow *row = g_hash_table_lookup (mr->rows, macroarea);

  if (row != NULL)
    return row;

  row = _pdz_stats_table_append (mr->table, macroarea != NULL ? pdz_macroarea_get_id (macroarea) : "");
  if (macroarea != NULL)
    {
      _pdz_stats_row_set_string (row, MA_COL_TITLE, pdz_macroarea_get_title (macroarea));
      _pdz_stats_row_set_string (row, MA_COL_CODE, pdz_macroarea_get_code (macroarea));
    }
  g_hash_table_insert (mr->rows, macroarea, row);
  return row;
}

static void
macroarea_count (MacroareaRows *mr,
                 PdzMacroarea *macroarea,
                 Kind kind,
                 PdzStatus status)
{
  PdzStatsRow *row = macroarea_row (mr, macroarea);

  _pdz_stats_row_add_int (row, MA_COL_OBJECTIVES + kind, 1);
  _pdz_stats_row_add_int (row, MA_COL_FIRST_STATUS + kind * MA_KIND_WIDTH + status, 1);
}

/**
 * pdz_stats_by_macroarea:
 * @self: statistics
 *
 * Counts objectives, actions and projects by status, per macroarea, with
 * their completion rates.
 *
 * One row per macroarea of the plan, in the plan's order, keyed by its id;
 * then, when something belongs to no macroarea, a row keyed `""`. An
 * objective counts in its macroarea; an action in the macroarea of its
 * objective, or of each objective its project serves; a project in the
 * macroarea of each objective it serves. So an action or a project serving
 * objectives of two macroareas counts in both.
 *
 * Columns: `macroarea`, `title`, `code` (strings); `objectives`, `actions`,
 * `projects` (integers); then for each of `objectives`, `actions` and
 * `projects`, the count per status, `K-planned`, `K-in-progress`,
 * `K-completed`, `K-suspended`, `K-cancelled` (integers), and
 * `K-completion-rate` (a double: completed / (all − cancelled), 0 when none
 * is left).
 *
 * Returns: (transfer full): a new table
 */
PdzStatsTable *
pdz_stats_by_macroarea (PdzStats *self)
{
  g_autoptr(PdzPlanIndex) index = NULL;
  MacroareaRows mr;
  GListModel *model;
  guint n;

  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  mr.table = _pdz_stats_table_new ("by-macroarea", by_macroarea_columns,
                                   G_N_ELEMENTS (by_macroarea_columns));
  mr.rows = g_hash_table_new (g_direct_hash, g_direct_equal);

  if (self->plan != NULL)
    {
      index = _pdz_plan_index_get (self->plan);
      model = pdz_plan_get_macroareas (self->plan);
      n = g_list_model_get_n_items (model);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PdzMacroarea) macroarea = g_list_model_get_item (model, i);

          macroarea_row (&mr, macroarea);
        }
    }

  model = G_LIST_MODEL (self->objectives);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzObjective) objective = g_list_model_get_item (model, i);

      macroarea_count (&mr, pdz_objective_get_macroarea (objective), KIND_OBJECTIVES,
                       pdz_objective_get_status (objective));
    }

  model = G_LIST_MODEL (self->actions);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (model, i);
      GPtrArray *macroareas = index != NULL
                              ? _pdz_plan_index_lookup (index->action_macroareas, action)
                              : NULL;
      PdzStatus status = pdz_action_get_status (action);

      if (macroareas == NULL || macroareas->len == 0)
        macroarea_count (&mr, NULL, KIND_ACTIONS, status);
      for (guint k = 0; macroareas != NULL && k < macroareas->len; k++)
        macroarea_count (&mr, g_ptr_array_index (macroareas, k), KIND_ACTIONS, status);
    }

  model = G_LIST_MODEL (self->projects);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzProject) project = g_list_model_get_item (model, i);
      GListModel *served = pdz_project_get_objectives (project);
      guint n_served = g_list_model_get_n_items (served);
      g_autoptr(GPtrArray) seen = g_ptr_array_new ();
      PdzStatus status = pdz_project_get_status (project);

      for (guint k = 0; k < n_served; k++)
        {
          g_autoptr(PdzObjective) objective = g_list_model_get_item (served, k);
          PdzMacroarea *macroarea = pdz_objective_get_macroarea (objective);

          if (macroarea == NULL || g_ptr_array_find (seen, macroarea, NULL))
            continue;
          g_ptr_array_add (seen, macroarea);
          macroarea_count (&mr, macroarea, KIND_PROJECTS, status);
        }
      if (seen->len == 0)
        macroarea_count (&mr, NULL, KIND_PROJECTS, status);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (mr.table));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (mr.table), i);

      for (Kind k = 0; k < N_KINDS; k++)
        {
          guint first = MA_COL_FIRST_STATUS + k * MA_KIND_WIDTH;
          gint64 counts[N_STATUSES];

          for (guint s = 0; s < N_STATUSES; s++)
            counts[s] = _pdz_stats_row_peek_int (row, first + s);
          _pdz_stats_row_set_double (row, first + N_STATUSES, completion_rate (counts));
        }
    }

  g_hash_table_unref (mr.rows);
  return mr.table;
}

/* ---- by origin ---------------------------------------------------------- */

enum {
  ORIGIN_COL_ORIGIN,
  ORIGIN_COL_ACTIONS,
  ORIGIN_COL_FIRST_STATUS,
};

static const PdzStatsColumnSpec by_origin_columns[] = {
  { "origin", G_TYPE_STRING },
  { "actions", G_TYPE_INT64 },
  { "planned", G_TYPE_INT64 },
  { "in-progress", G_TYPE_INT64 },
  { "completed", G_TYPE_INT64 },
  { "suspended", G_TYPE_INT64 },
  { "cancelled", G_TYPE_INT64 },
  { "completion-rate", G_TYPE_DOUBLE },
};

/**
 * pdz_stats_by_origin:
 * @self: statistics
 *
 * Counts planned actions against extra ones (*azioni extra*, which the
 * plan did not foresee).
 *
 * Two rows, keyed `planned` and `extra`. Columns: `origin` (string);
 * `actions` and the count per status, `planned`, `in-progress`,
 * `completed`, `suspended`, `cancelled` (integers); `completion-rate` (a
 * double, as in [property@Pdz.Stats:completion-rate]).
 *
 * Returns: (transfer full): a new table
 */
PdzStatsTable *
pdz_stats_by_origin (PdzStats *self)
{
  PdzStatsTable *table;
  PdzStatsRow *rows[2];
  gint64 counts[2][N_STATUSES] = { { 0, }, };
  GListModel *model;
  guint n;

  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  table = _pdz_stats_table_new ("by-origin", by_origin_columns, G_N_ELEMENTS (by_origin_columns));
  rows[0] = _pdz_stats_table_append (table, "planned");
  rows[1] = _pdz_stats_table_append (table, "extra");

  model = G_LIST_MODEL (self->actions);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (model, i);
      guint origin = (pdz_action_get_origin (action) == PDZ_ORIGIN_EXTRA) ? 1 : 0;
      PdzStatus status = pdz_action_get_status (action);

      counts[origin][status]++;
      _pdz_stats_row_add_int (rows[origin], ORIGIN_COL_ACTIONS, 1);
      _pdz_stats_row_add_int (rows[origin], ORIGIN_COL_FIRST_STATUS + status, 1);
    }

  for (guint origin = 0; origin < 2; origin++)
    _pdz_stats_row_set_double (rows[origin], ORIGIN_COL_FIRST_STATUS + N_STATUSES,
                               completion_rate (counts[origin]));

  return table;
}
