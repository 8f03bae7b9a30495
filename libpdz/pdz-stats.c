/* pdz-stats.c: roll-ups of a plan or of a query result, by the counting rule
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One implementation of the counting rule of doc/queries.md, which every
 * figure of libpdz comes from: the command's summary, every section,
 * table, chart and cover figure of every report format, and the CSV and
 * XLSX tables. Each table is computed from the plan as it is when it is
 * asked for, then never changes.
 */

#include "pdz.h"

#include "pdz-date-private.h"
#include "pdz-plan-index-private.h"
#include "pdz-query-private.h"
#include "pdz-stats-private.h"
#include "pdz-text-private.h"
#include "pdz-util-private.h"

/**
 * PdzStats:
 *
 * Roll-ups of a plan, or of what a [class@Pdz.Query] finds in it: the
 * figures an office signs.
 *
 * ## The counting rule
 *
 * The figures count **bullets**: the actions as the office wrote them, one
 * per bullet or paragraph of the monitoring report. A bullet counts once,
 * under the one owner it has: the objective or the project that holds it.
 * Sub-actions (the points under a bullet) never count on their own. In
 * breakdowns by objective or by macroarea, the actions held by projects
 * count in a row of their own, "Project actions", never under an
 * objective that a project serves; so the rows of every breakdown add up
 * to the total. Percentages name their base: the completion rate is the
 * completed bullets over all the bullets counted. See `doc/queries.md`.
 *
 * ## Live statistics, snapshot tables
 *
 * A `PdzStats` describes its plan (or its query's results) as they are
 * when a figure or a table is asked for: an edit of the plan shows in the
 * next one. A [class@Pdz.StatsTable], once returned, is a snapshot that
 * never changes.
 *
 * - [method@Pdz.Stats.by_status]: objectives, actions and projects by status;
 * - [method@Pdz.Stats.by_macroarea], [method@Pdz.Stats.by_objective],
 *   [method@Pdz.Stats.by_project]: actions by status per macroarea, per
 *   objective and per project, with their completion rates;
 * - [method@Pdz.Stats.by_origin]: planned, extra and not-stated actions;
 * - [method@Pdz.Stats.by_month], [method@Pdz.Stats.by_quarter],
 *   [method@Pdz.Stats.by_year]: actions and milestones per period;
 * - [method@Pdz.Stats.by_partner]: partners ranked by actions and projects,
 *   with their roles;
 * - [method@Pdz.Stats.by_funding_source], [method@Pdz.Stats.by_funding_status]:
 *   funding totals in cents.
 *
 * Every status breakdown has a column for %PDZ_STATUS_NOT_STATED.
 *
 * ```python
 * stats = Pdz.Stats.new(plan)
 * frame = pandas.DataFrame(stats.by_macroarea())
 * ```
 *
 * ## Threads
 *
 * A `PdzStats` is used from one thread at a time, and the plan it refers to
 * with it: no other thread may touch the plan meanwhile. See
 * [the threads guide](threads.html).
 */
struct _PdzStats
{
  GObject parent_instance;

  PdzPlan *plan;              /* (owned) (nullable) */
  PdzQuery *query;            /* (owned) (nullable) */

  /* What the deprecated get_actions(), get_objectives() and get_projects()
   * returned last: they return (transfer none). */
  GListModel *last_actions;   /* (owned) (nullable) */
  GListModel *last_objectives; /* (owned) (nullable) */
  GListModel *last_projects;  /* (owned) (nullable) */
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

/* ----------------------------------------------------------------------
 * What is counted
 * ---------------------------------------------------------------------- */

/* The bullets, objectives and projects counted now, in document order. */
typedef struct
{
  PdzPlanIndex *index;        /* (owned) (nullable): the plan's, keeps the plan's entities listed */
  GPtrArray *bullets;         /* (owned) (element-type PdzAction) */
  GPtrArray *objectives;      /* (owned) (element-type PdzObjective) */
  GPtrArray *projects;        /* (owned) (element-type PdzProject) */
} Counted;

static void
counted_free (Counted *c)
{
  g_clear_pointer (&c->index, _pdz_plan_index_unref);
  g_clear_pointer (&c->bullets, g_ptr_array_unref);
  g_clear_pointer (&c->objectives, g_ptr_array_unref);
  g_clear_pointer (&c->projects, g_ptr_array_unref);
  g_free (c);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Counted, counted_free)

static Counted *
counted_new (PdzStats *self)
{
  Counted *c = g_new0 (Counted, 1);

  c->bullets = g_ptr_array_new_with_free_func (g_object_unref);
  if (self->plan == NULL)
    {
      c->objectives = g_ptr_array_new_with_free_func (g_object_unref);
      c->projects = g_ptr_array_new_with_free_func (g_object_unref);
      return c;
    }
  c->objectives = _pdz_model_to_array (pdz_plan_get_objectives (self->plan));
  c->projects = _pdz_model_to_array (pdz_plan_get_projects (self->plan));

  c->index = _pdz_plan_index_get (self->plan);

  if (self->query == NULL)
    {
      for (guint i = 0; i < c->index->bullets->len; i++)
        g_ptr_array_add (c->bullets, g_object_ref (g_ptr_array_index (c->index->bullets, i)));
    }
  else
    {
      g_autoptr(GListModel) objectives = pdz_query_find_objectives (self->query);
      g_autoptr(GListModel) projects = pdz_query_find_projects (self->query);

      g_ptr_array_unref (c->bullets);
      c->bullets = _pdz_query_dup_bullets (self->query);

      g_ptr_array_unref (c->objectives);
      g_ptr_array_unref (c->projects);
      c->objectives = _pdz_model_to_array (objectives);
      c->projects = _pdz_model_to_array (projects);
    }

  return c;
}

/* ----------------------------------------------------------------------
 * Tables with columns per status
 * ---------------------------------------------------------------------- */

/* Columns built at run time: "PREFIX-STATUS" for each status. */
typedef struct
{
  GArray *specs;              /* (owned) of PdzStatsColumnSpec, names in @names */
  GPtrArray *names;           /* (owned) */
} Columns;

static void
columns_init (Columns *c)
{
  c->specs = g_array_new (FALSE, FALSE, sizeof (PdzStatsColumnSpec));
  c->names = g_ptr_array_new_with_free_func (g_free);
}

static void
columns_clear (Columns *c)
{
  g_clear_pointer (&c->specs, g_array_unref);
  g_clear_pointer (&c->names, g_ptr_array_unref);
}

/* Adds a column; returns its position. */
static guint
columns_add (Columns    *c,
             const char *name,
             GType       type)
{
  PdzStatsColumnSpec spec;
  char *copy = g_strdup (name);

  g_ptr_array_add (c->names, copy);
  spec.name = copy;
  spec.type = type;
  g_array_append_val (c->specs, spec);
  return c->specs->len - 1;
}

/* Adds PREFIX-planned ... PREFIX-not-stated (integers), in the order of
 * PdzStatus, then PREFIX-completion-rate (a double); returns the position
 * of the first. */
static guint
columns_add_statuses (Columns    *c,
                      const char *prefix)
{
  guint first = c->specs->len;

  for (guint s = 0; s < PDZ_N_STATUSES; s++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%s", prefix, _pdz_enum_to_nick (PDZ_TYPE_STATUS, s));

      columns_add (c, name, G_TYPE_INT64);
    }
  {
    g_autofree char *name = g_strconcat (prefix, "-completion-rate", NULL);

    columns_add (c, name, G_TYPE_DOUBLE);
  }
  return first;
}

static PdzStatsTable *
columns_new_table (Columns    *c,
                   const char *name)
{
  return _pdz_stats_table_new (name, (const PdzStatsColumnSpec *) (void *) c->specs->data,
                               c->specs->len);
}

/* The completion rate of the counts of a row: completed over all. */
static double
completion_rate (const gint64 counts[PDZ_N_STATUSES])
{
  gint64 total = 0;

  for (guint s = 0; s < PDZ_N_STATUSES; s++)
    total += counts[s];

  return total > 0 ? (double) counts[PDZ_STATUS_COMPLETED] / (double) total : 0.0;
}

/* Counts one entity of @status in @row: the total at @total_column, the
 * status at @first_status + status. */
static void
count_status (PdzStatsRow *row,
              guint        total_column,
              guint        first_status,
              PdzStatus    status)
{
  _pdz_stats_row_add_int (row, total_column, 1);
  _pdz_stats_row_add_int (row, first_status + status, 1);
}

/* Sets the completion rate after the status columns starting at @first. */
static void
set_rate (PdzStatsRow *row,
          guint        first)
{
  gint64 counts[PDZ_N_STATUSES];

  for (guint s = 0; s < PDZ_N_STATUSES; s++)
    counts[s] = _pdz_stats_row_peek_int (row, first + s);
  _pdz_stats_row_set_double (row, first + PDZ_N_STATUSES, completion_rate (counts));
}

static void
set_rates (PdzStatsTable *table,
           guint          first)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));

  for (guint i = 0; i < n; i++)
    set_rate (_pdz_model_peek (G_LIST_MODEL (table), i), first);
}

/* ----------------------------------------------------------------------
 * The type
 * ---------------------------------------------------------------------- */

static GListModel *
array_to_model (GPtrArray *array,
                GType      type)
{
  GListStore *store = g_list_store_new (type);

  g_list_store_splice (store, 0, 0, array->pdata, array->len);
  return G_LIST_MODEL (store);
}

static void
pdz_stats_constructed (GObject *object)
{
  PdzStats *self = PDZ_STATS (object);

  G_OBJECT_CLASS (pdz_stats_parent_class)->constructed (object);

  if (self->query != NULL)
    g_set_object (&self->plan, pdz_query_get_plan (self->query));
}

static void
pdz_stats_dispose (GObject *object)
{
  PdzStats *self = PDZ_STATS (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->query);
  g_clear_object (&self->last_actions);
  g_clear_object (&self->last_objectives);
  g_clear_object (&self->last_projects);

  G_OBJECT_CLASS (pdz_stats_parent_class)->dispose (object);
}

static void
pdz_stats_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
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
      g_value_take_object (value, pdz_stats_dup_actions (self));
      break;
    case PROP_OBJECTIVES:
      g_value_take_object (value, pdz_stats_dup_objectives (self));
      break;
    case PROP_PROJECTS:
      g_value_take_object (value, pdz_stats_dup_projects (self));
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
pdz_stats_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PdzStats *self = PDZ_STATS (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_set_object (&self->plan, g_value_get_object (value));
      break;
    case PROP_QUERY:
      g_set_object (&self->query, g_value_get_object (value));
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
   * The query is run again for every figure and table, with the criteria
   * it has then.
   */
  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL, PDZ_TYPE_QUERY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * PdzStats:actions:
   *
   * The bullets counted now, a new [iface@Gio.ListModel] of
   * [class@Pdz.Action] at each read: see [method@Pdz.Stats.dup_actions].
   */
  properties[PROP_ACTIONS] =
    g_param_spec_object ("actions", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  /**
   * PdzStats:objectives:
   *
   * The objectives counted now, a new [iface@Gio.ListModel] of
   * [class@Pdz.Objective] at each read.
   */
  properties[PROP_OBJECTIVES] =
    g_param_spec_object ("objectives", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  /**
   * PdzStats:projects:
   *
   * The projects counted now, a new [iface@Gio.ListModel] of
   * [class@Pdz.Project] at each read.
   */
  properties[PROP_PROJECTS] =
    g_param_spec_object ("projects", NULL, NULL, G_TYPE_LIST_MODEL, ro);

  /**
   * PdzStats:n-actions:
   *
   * The number of actions counted now, by the counting rule: bullets.
   */
  properties[PROP_N_ACTIONS] =
    g_param_spec_uint ("n-actions", NULL, NULL, 0, G_MAXUINT, 0, ro);

  /**
   * PdzStats:n-objectives:
   *
   * The number of objectives counted now.
   */
  properties[PROP_N_OBJECTIVES] =
    g_param_spec_uint ("n-objectives", NULL, NULL, 0, G_MAXUINT, 0, ro);

  /**
   * PdzStats:n-projects:
   *
   * The number of projects counted now.
   */
  properties[PROP_N_PROJECTS] =
    g_param_spec_uint ("n-projects", NULL, NULL, 0, G_MAXUINT, 0, ro);

  /**
   * PdzStats:n-extra-actions:
   *
   * The number of the actions counted whose origin is
   * %PDZ_ORIGIN_EXTRA (*azioni extra*). The others are planned or not
   * stated: see [method@Pdz.Stats.by_origin].
   */
  properties[PROP_N_EXTRA_ACTIONS] =
    g_param_spec_uint ("n-extra-actions", NULL, NULL, 0, G_MAXUINT, 0, ro);

  /**
   * PdzStats:completion-rate:
   *
   * The share of the actions counted that are completed: completed /
   * all, between 0 and 1; 0 when there is none. The base is every
   * bullet counted, whatever its status, not stated and cancelled
   * included, so that "X of Y actions completed" names it.
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
 * Creates the statistics of the whole of @plan: every objective, bullet
 * and project, as they are when each figure is asked for.
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
 * Creates the statistics of what @query finds: its actions (counted as
 * their bullets), objectives and projects (see
 * [method@Pdz.Query.find_actions]), found again for each figure.
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
 * pdz_stats_get_query:
 * @self: statistics
 *
 * Gets [property@Pdz.Stats:query].
 *
 * Returns: (transfer none) (nullable): the query whose results are
 *   counted, or %NULL
 *
 * Since: 0.2
 */
PdzQuery *
pdz_stats_get_query (PdzStats *self)
{
  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  return self->query;
}

/**
 * pdz_stats_dup_actions:
 * @self: statistics
 *
 * Gets the bullets counted now, in the order of the file: the top-level
 * actions of the plan, or the bullets of the actions a query finds.
 *
 * Returns: (transfer full): a new list model of [class@Pdz.Action]
 *
 * Since: 0.2
 */
GListModel *
pdz_stats_dup_actions (PdzStats *self)
{
  g_autoptr(Counted) c = NULL;

  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  c = counted_new (self);
  return array_to_model (c->bullets, PDZ_TYPE_ACTION);
}

/**
 * pdz_stats_dup_objectives:
 * @self: statistics
 *
 * Gets the objectives counted now.
 *
 * Returns: (transfer full): a new list model of [class@Pdz.Objective]
 *
 * Since: 0.2
 */
GListModel *
pdz_stats_dup_objectives (PdzStats *self)
{
  g_autoptr(Counted) c = NULL;

  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  c = counted_new (self);
  return array_to_model (c->objectives, PDZ_TYPE_OBJECTIVE);
}

/**
 * pdz_stats_dup_projects:
 * @self: statistics
 *
 * Gets the projects counted now.
 *
 * Returns: (transfer full): a new list model of [class@Pdz.Project]
 *
 * Since: 0.2
 */
GListModel *
pdz_stats_dup_projects (PdzStats *self)
{
  g_autoptr(Counted) c = NULL;

  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  c = counted_new (self);
  return array_to_model (c->projects, PDZ_TYPE_PROJECT);
}

/**
 * pdz_stats_get_actions:
 * @self: statistics
 *
 * Gets the bullets counted now, as [method@Pdz.Stats.dup_actions] does.
 * The list is held by @self until the next call.
 *
 * Returns: (transfer none): a list model of [class@Pdz.Action]
 *
 * Deprecated: 0.2: Use [method@Pdz.Stats.dup_actions]: statistics are
 *   live, and this list is a snapshot.
 */
GListModel *
pdz_stats_get_actions (PdzStats *self)
{
  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  g_clear_object (&self->last_actions);
  self->last_actions = pdz_stats_dup_actions (self);
  return self->last_actions;
}

/**
 * pdz_stats_get_objectives:
 * @self: statistics
 *
 * Gets the objectives counted now, as [method@Pdz.Stats.dup_objectives]
 * does. The list is held by @self until the next call.
 *
 * Returns: (transfer none): a list model of [class@Pdz.Objective]
 *
 * Deprecated: 0.2: Use [method@Pdz.Stats.dup_objectives].
 */
GListModel *
pdz_stats_get_objectives (PdzStats *self)
{
  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  g_clear_object (&self->last_objectives);
  self->last_objectives = pdz_stats_dup_objectives (self);
  return self->last_objectives;
}

/**
 * pdz_stats_get_projects:
 * @self: statistics
 *
 * Gets the projects counted now, as [method@Pdz.Stats.dup_projects] does.
 * The list is held by @self until the next call.
 *
 * Returns: (transfer none): a list model of [class@Pdz.Project]
 *
 * Deprecated: 0.2: Use [method@Pdz.Stats.dup_projects].
 */
GListModel *
pdz_stats_get_projects (PdzStats *self)
{
  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  g_clear_object (&self->last_projects);
  self->last_projects = pdz_stats_dup_projects (self);
  return self->last_projects;
}

/**
 * pdz_stats_get_n_actions:
 * @self: statistics
 *
 * Gets [property@Pdz.Stats:n-actions].
 *
 * Returns: the number of bullets counted
 */
guint
pdz_stats_get_n_actions (PdzStats *self)
{
  g_autoptr(Counted) c = NULL;

  g_return_val_if_fail (PDZ_IS_STATS (self), 0);

  c = counted_new (self);
  return c->bullets->len;
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
  g_autoptr(Counted) c = NULL;

  g_return_val_if_fail (PDZ_IS_STATS (self), 0);

  c = counted_new (self);
  return c->objectives->len;
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
  g_autoptr(Counted) c = NULL;

  g_return_val_if_fail (PDZ_IS_STATS (self), 0);

  c = counted_new (self);
  return c->projects->len;
}

/**
 * pdz_stats_get_n_extra_actions:
 * @self: statistics
 *
 * Gets [property@Pdz.Stats:n-extra-actions].
 *
 * Returns: the number of extra bullets counted
 */
guint
pdz_stats_get_n_extra_actions (PdzStats *self)
{
  g_autoptr(Counted) c = NULL;
  guint extra = 0;

  g_return_val_if_fail (PDZ_IS_STATS (self), 0);

  c = counted_new (self);
  for (guint i = 0; i < c->bullets->len; i++)
    if (pdz_action_get_origin (g_ptr_array_index (c->bullets, i)) == PDZ_ORIGIN_EXTRA)
      extra++;

  return extra;
}

/**
 * pdz_stats_get_completion_rate:
 * @self: statistics
 *
 * Gets [property@Pdz.Stats:completion-rate].
 *
 * Returns: the completed bullets over all the bullets counted
 */
double
pdz_stats_get_completion_rate (PdzStats *self)
{
  g_autoptr(Counted) c = NULL;
  gint64 counts[PDZ_N_STATUSES] = { 0, };

  g_return_val_if_fail (PDZ_IS_STATS (self), 0.0);

  c = counted_new (self);
  for (guint i = 0; i < c->bullets->len; i++)
    counts[pdz_action_get_status (g_ptr_array_index (c->bullets, i))]++;

  return completion_rate (counts);
}

/* ----------------------------------------------------------------------
 * By status
 * ---------------------------------------------------------------------- */

static const PdzStatsColumnSpec by_status_columns[] = {
  { "status", G_TYPE_STRING },
  { "objectives", G_TYPE_INT64 },
  { "actions", G_TYPE_INT64 },
  { "projects", G_TYPE_INT64 },
};

/**
 * pdz_stats_by_status:
 * @self: statistics
 *
 * Counts objectives, actions (bullets) and projects by status.
 *
 * One row per status, in the order of [enum@Pdz.Status] (not stated
 * last), keyed by its nick. Columns: `status` (string), `objectives`,
 * `actions`, `projects` (integers).
 *
 * Returns: (transfer full): a new table
 */
PdzStatsTable *
pdz_stats_by_status (PdzStats *self)
{
  g_autoptr(Counted) c = NULL;
  PdzStatsTable *table;
  PdzStatsRow *rows[PDZ_N_STATUSES];

  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  c = counted_new (self);
  table = _pdz_stats_table_new ("by-status", by_status_columns, G_N_ELEMENTS (by_status_columns));
  for (guint s = 0; s < PDZ_N_STATUSES; s++)
    rows[s] = _pdz_stats_table_append (table, _pdz_enum_to_nick (PDZ_TYPE_STATUS, s));

  for (guint i = 0; i < c->objectives->len; i++)
    _pdz_stats_row_add_int (rows[pdz_objective_get_status (g_ptr_array_index (c->objectives, i))], 1, 1);
  for (guint i = 0; i < c->bullets->len; i++)
    _pdz_stats_row_add_int (rows[pdz_action_get_status (g_ptr_array_index (c->bullets, i))], 2, 1);
  for (guint i = 0; i < c->projects->len; i++)
    _pdz_stats_row_add_int (rows[pdz_project_get_status (g_ptr_array_index (c->projects, i))], 3, 1);

  return table;
}

/* ----------------------------------------------------------------------
 * By macroarea, by objective, by project: the counting rule's breakdowns
 * ---------------------------------------------------------------------- */

/* The keys of the rows that are not an entity of the plan. */
#define KEY_NO_MACROAREA ""
#define KEY_PROJECT_ACTIONS "+projects"

/**
 * pdz_stats_by_macroarea:
 * @self: statistics
 *
 * Counts objectives and actions (bullets) by status, per macroarea, with
 * their completion rates, by the counting rule.
 *
 * One row per macroarea of the plan, in the plan's order, keyed by its id;
 * then, when an objective counted has no macroarea, a row keyed `""` for
 * those objectives and their actions; then, when actions held by projects
 * are counted, a row keyed `+projects` for them ("Project actions"). An
 * action counts in the row of the objective that holds it, never in that
 * of an objective a project serves, so the rows add up to the totals of
 * [method@Pdz.Stats.by_status].
 *
 * Columns: `macroarea` (the key), `group` (`macroarea`, `no-macroarea` or
 * `project-actions`), `title`, `code` (strings, unset for the last two
 * groups); `objectives`, `actions` (integers); then for each of
 * `objectives` and `actions`, the count per status, `K-planned`,
 * `K-in-progress`, `K-completed`, `K-suspended`, `K-cancelled`,
 * `K-not-stated` (integers), and `K-completion-rate` (a double: completed
 * / all, 0 when there is none).
 *
 * Returns: (transfer full): a new table
 */
PdzStatsTable *
pdz_stats_by_macroarea (PdzStats *self)
{
  g_autoptr(Counted) c = NULL;
  g_autoptr(GHashTable) rows = g_hash_table_new (g_direct_hash, g_direct_equal);
  PdzStatsRow *none = NULL, *projects = NULL;
  gboolean has_none = FALSE, has_projects = FALSE;
  PdzStatsTable *table;
  Columns cols;
  guint c_group, c_title, c_code, c_objectives, c_actions, c_objective_status, c_action_status;

  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  c = counted_new (self);
  columns_init (&cols);
  columns_add (&cols, "macroarea", G_TYPE_STRING);
  c_group = columns_add (&cols, "group", G_TYPE_STRING);
  c_title = columns_add (&cols, "title", G_TYPE_STRING);
  c_code = columns_add (&cols, "code", G_TYPE_STRING);
  c_objectives = columns_add (&cols, "objectives", G_TYPE_INT64);
  c_actions = columns_add (&cols, "actions", G_TYPE_INT64);
  c_objective_status = columns_add_statuses (&cols, "objectives");
  c_action_status = columns_add_statuses (&cols, "actions");
  table = columns_new_table (&cols, "by-macroarea");
  columns_clear (&cols);

  if (self->plan != NULL)
    {
      PDZ_MODEL_FOREACH (pdz_plan_get_macroareas (self->plan), PdzMacroarea, macroarea)
        {
          PdzStatsRow *row = _pdz_stats_table_append (table, pdz_macroarea_get_id (macroarea));

          _pdz_stats_row_set_string (row, c_group, "macroarea");
          _pdz_stats_row_set_string (row, c_title, pdz_macroarea_get_title (macroarea));
          _pdz_stats_row_set_string (row, c_code, pdz_macroarea_get_code (macroarea));
          g_hash_table_insert (rows, macroarea, row);
        }
    }

  /* The rows outside the macroareas, last, when they have something. */
  for (guint i = 0; i < c->objectives->len; i++)
    has_none |= pdz_objective_get_macroarea (g_ptr_array_index (c->objectives, i)) == NULL;
  for (guint i = 0; i < c->bullets->len; i++)
    {
      PdzAction *action = g_ptr_array_index (c->bullets, i);

      if (pdz_action_get_objective (action) == NULL)
        has_projects = TRUE;
      else
        has_none |= pdz_action_get_macroarea (action) == NULL;
    }
  if (has_none)
    none = _pdz_stats_table_append (table, KEY_NO_MACROAREA);
  if (has_projects)
    projects = _pdz_stats_table_append (table, KEY_PROJECT_ACTIONS);
  if (none != NULL)
    _pdz_stats_row_set_string (none, c_group, "no-macroarea");
  if (projects != NULL)
    _pdz_stats_row_set_string (projects, c_group, "project-actions");

  for (guint i = 0; i < c->objectives->len; i++)
    {
      PdzObjective *objective = g_ptr_array_index (c->objectives, i);
      PdzMacroarea *macroarea = pdz_objective_get_macroarea (objective);
      PdzStatsRow *row = macroarea != NULL ? g_hash_table_lookup (rows, macroarea) : none;

      if (row != NULL)
        count_status (row, c_objectives, c_objective_status, pdz_objective_get_status (objective));
    }

  for (guint i = 0; i < c->bullets->len; i++)
    {
      PdzAction *action = g_ptr_array_index (c->bullets, i);
      PdzStatsRow *row;

      if (pdz_action_get_objective (action) == NULL)
        row = projects;
      else if (pdz_action_get_macroarea (action) == NULL)
        row = none;
      else
        row = g_hash_table_lookup (rows, pdz_action_get_macroarea (action));

      if (row != NULL)
        count_status (row, c_actions, c_action_status, pdz_action_get_status (action));
    }

  set_rates (table, c_objective_status);
  set_rates (table, c_action_status);
  return table;
}

/**
 * pdz_stats_by_objective:
 * @self: statistics
 *
 * Counts actions (bullets) by status, per objective, with their
 * completion rates, by the counting rule.
 *
 * One row per objective counted or holding an action counted, in the
 * plan's order, keyed by its id; then, when actions held by projects are
 * counted, a row keyed `+projects` for them ("Project actions"). The rows
 * add up to the actions of [method@Pdz.Stats.by_status].
 *
 * Columns: `objective` (the key), `group` (`objective` or
 * `project-actions`), `title`, `macroarea` (its id), `kind` (the nick of
 * its [enum@Pdz.ObjectiveKind]), `status` (the nick of the objective's
 * own status) (strings, unset in the last row); `actions` (bullets),
 * `sub-actions` (the sub-actions of those bullets, shown and not
 * counted), `milestones` (of those bullets and their sub-actions)
 * (integers); `actions-planned` … `actions-not-stated` (integers) and
 * `actions-completion-rate` (a double).
 *
 * Returns: (transfer full): a new table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_stats_by_objective (PdzStats *self)
{
  g_autoptr(Counted) c = NULL;
  g_autoptr(GHashTable) counted = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) rows = g_hash_table_new (g_direct_hash, g_direct_equal);
  PdzStatsRow *projects = NULL;
  PdzStatsTable *table;
  Columns cols;
  guint c_group, c_title, c_macroarea, c_kind, c_status, c_actions, c_subs, c_milestones, c_first;

  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  c = counted_new (self);
  columns_init (&cols);
  columns_add (&cols, "objective", G_TYPE_STRING);
  c_group = columns_add (&cols, "group", G_TYPE_STRING);
  c_title = columns_add (&cols, "title", G_TYPE_STRING);
  c_macroarea = columns_add (&cols, "macroarea", G_TYPE_STRING);
  c_kind = columns_add (&cols, "kind", G_TYPE_STRING);
  c_status = columns_add (&cols, "status", G_TYPE_STRING);
  c_actions = columns_add (&cols, "actions", G_TYPE_INT64);
  c_subs = columns_add (&cols, "sub-actions", G_TYPE_INT64);
  c_milestones = columns_add (&cols, "milestones", G_TYPE_INT64);
  c_first = columns_add_statuses (&cols, "actions");
  table = columns_new_table (&cols, "by-objective");
  columns_clear (&cols);

  for (guint i = 0; i < c->objectives->len; i++)
    g_hash_table_add (counted, g_ptr_array_index (c->objectives, i));
  for (guint i = 0; i < c->bullets->len; i++)
    {
      PdzObjective *objective = pdz_action_get_objective (g_ptr_array_index (c->bullets, i));

      if (objective != NULL)
        g_hash_table_add (counted, objective);
    }

  if (self->plan != NULL)
    {
      PDZ_MODEL_FOREACH (pdz_plan_get_objectives (self->plan), PdzObjective, objective)
        {
          PdzMacroarea *macroarea = pdz_objective_get_macroarea (objective);
          PdzStatsRow *row;

          if (!g_hash_table_contains (counted, objective))
            continue;
          row = _pdz_stats_table_append (table, pdz_objective_get_id (objective));
          _pdz_stats_row_set_string (row, c_group, "objective");
          _pdz_stats_row_set_string (row, c_title, pdz_objective_get_title (objective));
          _pdz_stats_row_set_string (row, c_macroarea,
                                     macroarea != NULL ? pdz_macroarea_get_id (macroarea) : NULL);
          _pdz_stats_row_set_string (row, c_kind, _pdz_enum_to_nick (PDZ_TYPE_OBJECTIVE_KIND,
                                                                      pdz_objective_get_kind (objective)));
          _pdz_stats_row_set_string (row, c_status, _pdz_enum_to_nick (PDZ_TYPE_STATUS,
                                                                        pdz_objective_get_status (objective)));
          g_hash_table_insert (rows, objective, row);
        }
    }

  for (guint i = 0; i < c->bullets->len; i++)
    {
      PdzAction *action = g_ptr_array_index (c->bullets, i);
      PdzObjective *objective = pdz_action_get_objective (action);
      PdzStatsRow *row;
      guint milestones = g_list_model_get_n_items (pdz_action_get_milestones (action));

      if (objective != NULL)
        {
          row = g_hash_table_lookup (rows, objective);
        }
      else
        {
          if (projects == NULL)
            {
              projects = _pdz_stats_table_append (table, KEY_PROJECT_ACTIONS);
              _pdz_stats_row_set_string (projects, c_group, "project-actions");
            }
          row = projects;
        }
      if (row == NULL)
        continue;

      count_status (row, c_actions, c_first, pdz_action_get_status (action));
      _pdz_stats_row_add_int (row, c_subs, g_list_model_get_n_items (pdz_action_get_actions (action)));
      PDZ_MODEL_FOREACH (pdz_action_get_actions (action), PdzAction, sub)
        milestones += g_list_model_get_n_items (pdz_action_get_milestones (sub));
      _pdz_stats_row_add_int (row, c_milestones, milestones);
    }

  set_rates (table, c_first);
  return table;
}

/* Adds to the set @named the projects @action names. */
static void
add_named_projects (GHashTable *named,
                    PdzAction  *action)
{
  PDZ_MODEL_FOREACH (pdz_action_get_projects (action), PdzProject, project)
    g_hash_table_add (named, project);
}

/**
 * pdz_stats_by_project:
 * @self: statistics
 *
 * Counts the actions (bullets) each project holds, by status, with their
 * completion rates.
 *
 * One row per project counted or holding an action counted, in the plan's
 * order, keyed by its id. The actions of a project are those it holds,
 * the ones the counting rule counts under it; the bullets held elsewhere
 * that merely name the project, themselves or in one of their
 * sub-actions, are counted apart, each once, in `naming-actions`.
 *
 * Columns: `project` (the key), `title`, `status`, `scope` (the nicks of
 * its status and scope) (strings); `actions`, `sub-actions` (of those
 * actions), `naming-actions`, `objectives` (the objectives it serves)
 * (integers); `actions-planned` … `actions-not-stated` (integers) and
 * `actions-completion-rate` (a double).
 *
 * Returns: (transfer full): a new table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_stats_by_project (PdzStats *self)
{
  g_autoptr(Counted) c = NULL;
  g_autoptr(GHashTable) counted = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) rows = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) named = g_hash_table_new (g_direct_hash, g_direct_equal);
  GHashTableIter iter;
  gpointer named_project;
  PdzStatsTable *table;
  Columns cols;
  guint c_title, c_status, c_scope, c_actions, c_subs, c_naming, c_objectives, c_first;

  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  c = counted_new (self);
  columns_init (&cols);
  columns_add (&cols, "project", G_TYPE_STRING);
  c_title = columns_add (&cols, "title", G_TYPE_STRING);
  c_status = columns_add (&cols, "status", G_TYPE_STRING);
  c_scope = columns_add (&cols, "scope", G_TYPE_STRING);
  c_actions = columns_add (&cols, "actions", G_TYPE_INT64);
  c_subs = columns_add (&cols, "sub-actions", G_TYPE_INT64);
  c_naming = columns_add (&cols, "naming-actions", G_TYPE_INT64);
  c_objectives = columns_add (&cols, "objectives", G_TYPE_INT64);
  c_first = columns_add_statuses (&cols, "actions");
  table = columns_new_table (&cols, "by-project");
  columns_clear (&cols);

  for (guint i = 0; i < c->projects->len; i++)
    g_hash_table_add (counted, g_ptr_array_index (c->projects, i));
  for (guint i = 0; i < c->bullets->len; i++)
    {
      PdzProject *project = pdz_action_get_project (g_ptr_array_index (c->bullets, i));

      if (project != NULL)
        g_hash_table_add (counted, project);
    }

  if (self->plan != NULL)
    {
      PDZ_MODEL_FOREACH (pdz_plan_get_projects (self->plan), PdzProject, project)
        {
          PdzStatsRow *row;

          if (!g_hash_table_contains (counted, project))
            continue;
          row = _pdz_stats_table_append (table, pdz_project_get_id (project));
          _pdz_stats_row_set_string (row, c_title, pdz_project_get_title (project));
          _pdz_stats_row_set_string (row, c_status, _pdz_enum_to_nick (PDZ_TYPE_STATUS,
                                                                        pdz_project_get_status (project)));
          _pdz_stats_row_set_string (row, c_scope, _pdz_enum_to_nick (PDZ_TYPE_SCOPE,
                                                                       pdz_project_get_scope (project)));
          _pdz_stats_row_set_int (row, c_objectives,
                                  g_list_model_get_n_items (pdz_project_get_objectives (project)));
          g_hash_table_insert (rows, project, row);
        }
    }

  for (guint i = 0; i < c->bullets->len; i++)
    {
      PdzAction *action = g_ptr_array_index (c->bullets, i);
      PdzProject *holder = pdz_action_get_project (action);
      PdzStatsRow *row = holder != NULL ? g_hash_table_lookup (rows, holder) : NULL;

      if (row != NULL)
        {
          count_status (row, c_actions, c_first, pdz_action_get_status (action));
          _pdz_stats_row_add_int (row, c_subs, g_list_model_get_n_items (pdz_action_get_actions (action)));
        }

      /* The projects the bullet names, itself or in one of its
       * sub-actions: each counts the bullet once. */
      g_hash_table_remove_all (named);
      add_named_projects (named, action);
      PDZ_MODEL_FOREACH (pdz_action_get_actions (action), PdzAction, sub)
        add_named_projects (named, sub);
      g_hash_table_iter_init (&iter, named);
      while (g_hash_table_iter_next (&iter, &named_project, NULL))
        {
          PdzStatsRow *named_row = g_hash_table_lookup (rows, named_project);

          if (named_row != NULL && named_project != holder)
            _pdz_stats_row_add_int (named_row, c_naming, 1);
        }
    }

  set_rates (table, c_first);
  return table;
}

/* ----------------------------------------------------------------------
 * By origin
 * ---------------------------------------------------------------------- */

/**
 * pdz_stats_by_origin:
 * @self: statistics
 *
 * Counts the actions (bullets) the plan foresaw, the extra ones (*azioni
 * extra*, which it did not), and those whose source does not say.
 *
 * Three rows, keyed `planned`, `extra` and `not-stated`. Columns: `origin`
 * (string); `actions`, then `actions-planned` … `actions-not-stated`
 * (integers: the statuses of those actions); `actions-completion-rate` (a
 * double).
 *
 * Returns: (transfer full): a new table
 */
PdzStatsTable *
pdz_stats_by_origin (PdzStats *self)
{
  static const PdzOrigin order[] = { PDZ_ORIGIN_PLANNED, PDZ_ORIGIN_EXTRA, PDZ_ORIGIN_NOT_STATED };
  g_autoptr(Counted) c = NULL;
  PdzStatsRow *rows[PDZ_N_ORIGINS];
  PdzStatsTable *table;
  Columns cols;
  guint c_actions, c_first;

  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  c = counted_new (self);
  columns_init (&cols);
  columns_add (&cols, "origin", G_TYPE_STRING);
  c_actions = columns_add (&cols, "actions", G_TYPE_INT64);
  c_first = columns_add_statuses (&cols, "actions");
  table = columns_new_table (&cols, "by-origin");
  columns_clear (&cols);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    rows[order[i]] = _pdz_stats_table_append (table, _pdz_enum_to_nick (PDZ_TYPE_ORIGIN, order[i]));

  for (guint i = 0; i < c->bullets->len; i++)
    {
      PdzAction *action = g_ptr_array_index (c->bullets, i);

      count_status (rows[pdz_action_get_origin (action)], c_actions, c_first,
                    pdz_action_get_status (action));
    }

  set_rates (table, c_first);
  return table;
}

/* ----------------------------------------------------------------------
 * By period
 * ---------------------------------------------------------------------- */

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
  PERIOD_COL_MILESTONES,
};

static const PdzStatsColumnSpec by_period_columns[] = {
  { "period", G_TYPE_STRING },
  { "year", G_TYPE_INT64 },
  { "part", G_TYPE_INT64 },
  { "actions", G_TYPE_INT64 },
  { "completed", G_TYPE_INT64 },
  { "extra", G_TYPE_INT64 },
  { "milestones", G_TYPE_INT64 },
};

static const PdzDate *
action_when (PdzAction *action)
{
  const PdzDate *date = pdz_action_get_date (action);

  return date != NULL ? date : pdz_action_get_end_date (action);
}

/* Calls @func on every milestone of @bullet and of its sub-actions. */
static void
foreach_milestone (PdzAction *bullet,
                   GFunc      func,
                   gpointer   user_data)
{
  PDZ_MODEL_FOREACH (pdz_action_get_milestones (bullet), PdzMilestone, milestone)
    func (milestone, user_data);
  PDZ_MODEL_FOREACH (pdz_action_get_actions (bullet), PdzAction, sub)
    {
      PDZ_MODEL_FOREACH (pdz_action_get_milestones (sub), PdzMilestone, milestone)
        func (milestone, user_data);
    }
}

static gboolean
set_bounds (const PdzDate *start,
            const PdzDate *end,
            int           *first_year,
            int           *first_month,
            int           *last_year,
            int           *last_month)
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

typedef struct {
  const PdzDate *earliest;    /* (nullable) */
  const PdzDate *latest;      /* (nullable) */
} Span;

static void
span_add (Span          *span,
          const PdzDate *when)
{
  if (when == NULL)
    return;
  if (span->earliest == NULL || _pdz_date_first_julian (when) < _pdz_date_first_julian (span->earliest))
    span->earliest = when;
  if (span->latest == NULL || _pdz_date_last_julian (when) > _pdz_date_last_julian (span->latest))
    span->latest = when;
}

static void
span_add_milestone (gpointer milestone,
                    gpointer span)
{
  span_add (span, pdz_milestone_get_date (milestone));
}

/* The period the tables cover: the monitoring round's; failing that, the
 * plan's (each bound on its own); failing that, from the earliest to the
 * latest date of an action or a milestone. FALSE when there is none. */
static gboolean
period_bounds (PdzStats *self,
               Counted  *c,
               int      *first_year,
               int      *first_month,
               int      *last_year,
               int      *last_month)
{
  const PdzDate *start = NULL;
  const PdzDate *end = NULL;
  Span span = { NULL, NULL };

  if (self->plan != NULL)
    {
      start = pdz_plan_get_monitoring_start (self->plan);
      end = pdz_plan_get_monitoring_end (self->plan);
      if (start == NULL)
        start = pdz_plan_get_start (self->plan);
      if (end == NULL)
        end = pdz_plan_get_end (self->plan);
    }

  if (set_bounds (start, end, first_year, first_month, last_year, last_month))
    return TRUE;

  /* The bullets, held by @c, keep their dates alive. */
  for (guint i = 0; i < c->bullets->len; i++)
    {
      PdzAction *action = g_ptr_array_index (c->bullets, i);

      span_add (&span, action_when (action));
      foreach_milestone (action, span_add_milestone, &span);
    }

  if (start != NULL && end == NULL &&
      set_bounds (start, span.latest, first_year, first_month, last_year, last_month))
    return TRUE;
  if (start == NULL && end != NULL &&
      set_bounds (span.earliest, end, first_year, first_month, last_year, last_month))
    return TRUE;
  return set_bounds (span.earliest, span.latest, first_year, first_month, last_year, last_month);
}

typedef struct {
  Period period;
  gboolean bounded;
  int y0, m0, y1, m1;
  GHashTable *rows;           /* (owned) key → PdzStatsRow */
  PdzStatsRow *before;
  PdzStatsRow *after;
  PdzStatsRow *undated;
} Periods;

static PdzStatsRow *
append_period_row (PdzStatsTable *table,
                   Periods       *p,
                   char          *key,
                   int            year,
                   int            part)
{
  PdzStatsRow *row = _pdz_stats_table_append (table, key);

  _pdz_stats_row_set_int (row, PERIOD_COL_YEAR, year);
  _pdz_stats_row_set_int (row, PERIOD_COL_PART, part);
  g_hash_table_insert (p->rows, key, row);   /* takes @key */
  return row;
}

/* The number of the month or quarter @month falls in, counted from year 0. */
static int
part_ordinal (Period period,
              int    year,
              int    month)
{
  return period == PERIOD_MONTH ? year * 12 + (month - 1) : year * 4 + (month - 1) / 3;
}

/* The row of the period @when falls in. */
static PdzStatsRow *
period_row (Periods       *p,
            const PdzDate *when)
{
  int year;
  g_autofree char *key = NULL;

  if (when == NULL || !p->bounded)
    return p->undated;

  year = pdz_date_get_year (when);
  if (p->period == PERIOD_YEAR || pdz_date_get_precision (when) == PDZ_DATE_PRECISION_YEAR)
    {
      if (year < p->y0)
        return p->before;
      if (year > p->y1)
        return p->after;
      key = g_strdup_printf ("%04d", year);
    }
  else
    {
      int month = pdz_date_get_month (when);
      int ordinal = part_ordinal (p->period, year, month);

      if (ordinal < part_ordinal (p->period, p->y0, p->m0))
        return p->before;
      if (ordinal > part_ordinal (p->period, p->y1, p->m1))
        return p->after;
      key = p->period == PERIOD_MONTH
            ? g_strdup_printf ("%04d-%02d", year, month)
            : g_strdup_printf ("%04d-Q%d", year, (month - 1) / 3 + 1);
    }

  return g_hash_table_lookup (p->rows, key);
}

static void
count_milestone (gpointer milestone,
                 gpointer periods)
{
  PdzStatsRow *row = period_row (periods, pdz_milestone_get_date (milestone));

  if (row != NULL)
    _pdz_stats_row_add_int (row, PERIOD_COL_MILESTONES, 1);
}

static PdzStatsTable *
stats_by_period (PdzStats *self,
                 Period    period)
{
  static const char * const names[] = { "by-month", "by-quarter", "by-year" };
  g_autoptr(Counted) c = counted_new (self);
  PdzStatsTable *table;
  Periods p = { period, FALSE, 0, 0, -1, 0, NULL, NULL, NULL, NULL };

  table = _pdz_stats_table_new (names[period], by_period_columns, G_N_ELEMENTS (by_period_columns));
  p.rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p.bounded = period_bounds (self, c, &p.y0, &p.m0, &p.y1, &p.m1);

  for (int y = p.y0; p.bounded && y <= p.y1; y++)
    {
      if (period != PERIOD_YEAR)
        {
          int from = part_ordinal (period, y, y == p.y0 ? p.m0 : 1);
          int to = part_ordinal (period, y, y == p.y1 ? p.m1 : 12);

          for (int o = from; o <= to; o++)
            {
              int part = period == PERIOD_MONTH ? o - y * 12 + 1 : o - y * 4 + 1;
              char *key = period == PERIOD_MONTH
                          ? g_strdup_printf ("%04d-%02d", y, part)
                          : g_strdup_printf ("%04d-Q%d", y, part);

              append_period_row (table, &p, key, y, part);
            }
        }
      /* In the year table, the year itself; in the others, the year's
       * bucket of dates known only to the year. */
      append_period_row (table, &p, g_strdup_printf ("%04d", y), y, 0);
    }

  p.before = append_period_row (table, &p, g_strdup ("before"), 0, 0);
  p.after = append_period_row (table, &p, g_strdup ("after"), 0, 0);
  p.undated = append_period_row (table, &p, g_strdup ("undated"), 0, 0);

  for (guint i = 0; i < c->bullets->len; i++)
    {
      PdzAction *action = g_ptr_array_index (c->bullets, i);
      PdzStatsRow *row = period_row (&p, action_when (action));

      g_assert (row != NULL);
      _pdz_stats_row_add_int (row, PERIOD_COL_ACTIONS, 1);
      if (pdz_action_get_status (action) == PDZ_STATUS_COMPLETED)
        _pdz_stats_row_add_int (row, PERIOD_COL_COMPLETED, 1);
      if (pdz_action_get_origin (action) == PDZ_ORIGIN_EXTRA)
        _pdz_stats_row_add_int (row, PERIOD_COL_EXTRA, 1);
      foreach_milestone (action, count_milestone, &p);
    }

  g_hash_table_unref (p.rows);
  return table;
}

/**
 * pdz_stats_by_month:
 * @self: statistics
 *
 * Counts actions (bullets) and milestones per month of the monitoring
 * round (or, without one, of the plan period, or of the span of the
 * dates).
 *
 * An action counts once, by its date (its end date when it has no date);
 * a milestone of a bullet, or of one of its sub-actions, by its own date.
 * One row per month of the period, keyed `YYYY-MM`; after the months of
 * each year, a row keyed `YYYY` for what is dated to that year only; then
 * rows `before`, `after` (dated outside the period) and `undated`
 * (actions without a date).
 *
 * Columns: `period` (string); `year`, `part` (the month, 1–12, or 0 for
 * the year and the last three rows); `actions`, `completed`, `extra`
 * (integers: the actions, and how many of them are completed or extra);
 * `milestones` (integer).
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
 * Counts actions and milestones per quarter of the monitoring round, like
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
 * Counts actions and milestones per year of the monitoring round, like
 * [method@Pdz.Stats.by_month]: rows keyed `YYYY` (everything dated counts
 * in its year, whatever its precision), then `before`, `after` and
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

/* ----------------------------------------------------------------------
 * By partner
 * ---------------------------------------------------------------------- */

static const PdzStatsColumnSpec by_partner_columns[] = {
  { "partner", G_TYPE_STRING },
  { "name", G_TYPE_STRING },
  { "kind", G_TYPE_STRING },
  { "actions", G_TYPE_INT64 },
  { "projects", G_TYPE_INT64 },
  { "objectives", G_TYPE_INT64 },
  { "roles", G_TYPE_STRING },
};

enum {
  TALLY_ACTIONS,
  TALLY_PROJECTS,
  TALLY_OBJECTIVES,
  N_TALLIES
};

typedef struct {
  PdzPartner *partner;        /* (not owned) */
  gint64 counts[N_TALLIES];
  guint roles;                /* mask of 1 << PdzRole */
  guint order;                /* position in the plan's partners, or after them */
  guint64 last_counted;       /* the entity counted last, so that each counts once */
} PartnerTally;

typedef struct {
  GHashTable *tallies;        /* PdzPartner* → PartnerTally* (owned) */
  GHashTable *order;          /* PdzPartner* → position + 1 */
  guint64 entity;             /* a serial number per entity counted */
} PartnerCount;

static void
partner_count (PartnerCount *pc,
               PdzPartner   *partner,
               PdzRole       role,
               guint         what)
{
  PartnerTally *tally;

  if (partner == NULL)
    return;

  tally = g_hash_table_lookup (pc->tallies, partner);
  if (tally == NULL)
    {
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (pc->order, partner));

      tally = g_new0 (PartnerTally, 1);
      tally->partner = partner;
      tally->order = position > 0 ? position - 1 : G_MAXUINT;
      g_hash_table_insert (pc->tallies, partner, tally);
    }

  tally->roles |= 1u << role;
  if (tally->last_counted != pc->entity)
    {
      tally->last_counted = pc->entity;
      tally->counts[what]++;
    }
}

static void
partner_count_participations (PartnerCount *pc,
                              GListModel   *participations,
                              guint         what)
{
  PDZ_MODEL_FOREACH (participations, PdzParticipation, participation)
    partner_count (pc, pdz_participation_get_partner (participation),
                   pdz_participation_get_role (participation), what);
}

static int
compare_tallies (gconstpointer a,
                 gconstpointer b)
{
  const PartnerTally *ta = *(PartnerTally * const *) a;
  const PartnerTally *tb = *(PartnerTally * const *) b;
  gint64 total_a = ta->counts[TALLY_ACTIONS] + ta->counts[TALLY_PROJECTS];
  gint64 total_b = tb->counts[TALLY_ACTIONS] + tb->counts[TALLY_PROJECTS];

  if (total_a != total_b)
    return total_a > total_b ? -1 : 1;
  if (ta->counts[TALLY_ACTIONS] != tb->counts[TALLY_ACTIONS])
    return ta->counts[TALLY_ACTIONS] > tb->counts[TALLY_ACTIONS] ? -1 : 1;
  if (ta->order != tb->order)
    return ta->order < tb->order ? -1 : 1;
  return g_strcmp0 (pdz_partner_get_id (ta->partner), pdz_partner_get_id (tb->partner));
}

/**
 * pdz_stats_by_partner:
 * @self: statistics
 *
 * Ranks the partners by the number of actions (bullets) and projects they
 * take part in, with their roles.
 *
 * One row per partner that takes part in something counted, keyed by its
 * id, ranked by actions plus projects, then by actions, then in the plan's
 * order. A partner counts once per bullet it takes part in (in the bullet
 * itself or in one of its sub-actions), once per project it leads or takes
 * part in, and once per objective it takes part in as a whole. The
 * Ambito's own bodies (%PDZ_PARTNER_KIND_OWN_BODY) are rows too: tell them
 * apart by `kind`.
 *
 * Columns: `partner`, `name`, `kind` (the nick of its
 * [enum@Pdz.PartnerKind]) (strings); `actions`, `projects`, `objectives`
 * (integers); `roles` (a string: the nicks of the [enum@Pdz.Role]s it
 * plays in what is counted, comma-separated, in the order of the
 * enumeration).
 *
 * Returns: (transfer full): a new table
 */
PdzStatsTable *
pdz_stats_by_partner (PdzStats *self)
{
  g_autoptr(Counted) c = NULL;
  g_autoptr(GPtrArray) ranked = NULL;
  g_autoptr(GEnumClass) roles = NULL;
  PdzStatsTable *table;
  PartnerCount pc;

  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  c = counted_new (self);
  pc.tallies = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  pc.order = g_hash_table_new (g_direct_hash, g_direct_equal);
  pc.entity = 0;

  if (self->plan != NULL)
    {
      PDZ_MODEL_FOREACH (pdz_plan_get_partners (self->plan), PdzPartner, partner)
        g_hash_table_insert (pc.order, partner, GUINT_TO_POINTER (partner_i + 1));
    }

  for (guint i = 0; i < c->bullets->len; i++)
    {
      PdzAction *action = g_ptr_array_index (c->bullets, i);

      /* One bullet: its sub-actions' partners count with it, once. */
      pc.entity++;
      partner_count_participations (&pc, pdz_action_get_participations (action), TALLY_ACTIONS);
      PDZ_MODEL_FOREACH (pdz_action_get_actions (action), PdzAction, sub)
        partner_count_participations (&pc, pdz_action_get_participations (sub), TALLY_ACTIONS);
    }

  for (guint i = 0; i < c->projects->len; i++)
    {
      PdzProject *project = g_ptr_array_index (c->projects, i);

      pc.entity++;
      partner_count (&pc, pdz_project_get_lead (project), PDZ_ROLE_LEAD, TALLY_PROJECTS);
      partner_count_participations (&pc, pdz_project_get_participations (project), TALLY_PROJECTS);
    }

  for (guint i = 0; i < c->objectives->len; i++)
    {
      PdzObjective *objective = g_ptr_array_index (c->objectives, i);

      pc.entity++;
      partner_count_participations (&pc, pdz_objective_get_participations (objective),
                                    TALLY_OBJECTIVES);
    }

  ranked = g_ptr_array_sized_new (g_hash_table_size (pc.tallies));
  {
    GHashTableIter iter;
    gpointer tally;

    g_hash_table_iter_init (&iter, pc.tallies);
    while (g_hash_table_iter_next (&iter, NULL, &tally))
      g_ptr_array_add (ranked, tally);
  }
  g_ptr_array_sort (ranked, compare_tallies);

  table = _pdz_stats_table_new ("by-partner", by_partner_columns,
                                G_N_ELEMENTS (by_partner_columns));
  roles = g_type_class_ref (PDZ_TYPE_ROLE);
  for (guint i = 0; i < ranked->len; i++)
    {
      PartnerTally *tally = g_ptr_array_index (ranked, i);
      PdzStatsRow *row = _pdz_stats_table_append (table, pdz_partner_get_id (tally->partner));
      g_autoptr(GString) text = g_string_new (NULL);

      _pdz_stats_row_set_string (row, 1, pdz_partner_get_name (tally->partner));
      _pdz_stats_row_set_string (row, 2, _pdz_enum_to_nick (PDZ_TYPE_PARTNER_KIND,
                                                            pdz_partner_get_kind (tally->partner)));
      for (guint t = 0; t < N_TALLIES; t++)
        _pdz_stats_row_set_int (row, 3 + t, tally->counts[t]);

      for (guint r = 0; r < roles->n_values; r++)
        {
          const GEnumValue *role = &roles->values[r];

          if ((tally->roles & (1u << role->value)) == 0)
            continue;
          if (text->len > 0)
            g_string_append_c (text, ',');
          g_string_append (text, role->value_nick);
        }
      _pdz_stats_row_set_string (row, 6, text->str);
    }

  g_hash_table_unref (pc.order);
  g_hash_table_unref (pc.tallies);
  return table;
}

/* ----------------------------------------------------------------------
 * Funding
 * ---------------------------------------------------------------------- */

enum {
  FUNDING_COL_KEY,
  FUNDING_COL_FUNDINGS,
  FUNDING_COL_AMOUNT,
  FUNDING_COL_UNKNOWN_AMOUNTS,
  FUNDING_COL_AMOUNT_OVERFLOW,
};

static const PdzStatsColumnSpec by_funding_source_columns[] = {
  { "source", G_TYPE_STRING },
  { "fundings", G_TYPE_INT64 },
  { "amount", G_TYPE_INT64 },
  { "unknown-amounts", G_TYPE_INT64 },
  { "amount-overflow", G_TYPE_INT64 },
};

static const PdzStatsColumnSpec by_funding_status_columns[] = {
  { "status", G_TYPE_STRING },
  { "fundings", G_TYPE_INT64 },
  { "amount", G_TYPE_INT64 },
  { "unknown-amounts", G_TYPE_INT64 },
  { "amount-overflow", G_TYPE_INT64 },
};

/* Every funding of the bullets (and their sub-actions) and projects
 * counted, each once. (element-type PdzFunding) (transfer container) */
static GPtrArray *
collect_fundings (Counted *c)
{
  GPtrArray *fundings = g_ptr_array_new ();

  for (guint i = 0; i < c->bullets->len; i++)
    {
      PdzAction *action = g_ptr_array_index (c->bullets, i);

      PDZ_MODEL_FOREACH (pdz_action_get_fundings (action), PdzFunding, funding)
        g_ptr_array_add (fundings, funding);
      PDZ_MODEL_FOREACH (pdz_action_get_actions (action), PdzAction, sub)
        {
          PDZ_MODEL_FOREACH (pdz_action_get_fundings (sub), PdzFunding, funding)
            g_ptr_array_add (fundings, funding);
        }
    }

  for (guint i = 0; i < c->projects->len; i++)
    {
      PDZ_MODEL_FOREACH (pdz_project_get_fundings (g_ptr_array_index (c->projects, i)),
                         PdzFunding, funding)
        g_ptr_array_add (fundings, funding);
    }

  return fundings;
}

static void
funding_count (PdzStatsRow *row,
               PdzFunding  *funding)
{
  gint64 amount = pdz_funding_get_amount (funding);
  gint64 total, sum;

  _pdz_stats_row_add_int (row, FUNDING_COL_FUNDINGS, 1);
  if (amount == PDZ_AMOUNT_UNKNOWN)
    {
      _pdz_stats_row_add_int (row, FUNDING_COL_UNKNOWN_AMOUNTS, 1);
      return;
    }

  /* A total that does not fit is not computable: say so, never cap it. */
  total = _pdz_stats_row_peek_int (row, FUNDING_COL_AMOUNT);
  if (_pdz_stats_row_peek_int (row, FUNDING_COL_AMOUNT_OVERFLOW) != 0 ||
      __builtin_add_overflow (total, amount, &sum))
    {
      _pdz_stats_row_set_int (row, FUNDING_COL_AMOUNT_OVERFLOW, 1);
      _pdz_stats_row_set_int (row, FUNDING_COL_AMOUNT, 0);
      return;
    }
  _pdz_stats_row_set_int (row, FUNDING_COL_AMOUNT, sum);
}

static int
compare_funding_rows (gconstpointer a,
                      gconstpointer b,
                      gpointer      user_data)
{
  GHashTable *order = user_data;
  PdzStatsRow *row_a = *(PdzStatsRow * const *) a;
  PdzStatsRow *row_b = *(PdzStatsRow * const *) b;
  gint64 over_a = _pdz_stats_row_peek_int (row_a, FUNDING_COL_AMOUNT_OVERFLOW);
  gint64 over_b = _pdz_stats_row_peek_int (row_b, FUNDING_COL_AMOUNT_OVERFLOW);
  gint64 amount_a = _pdz_stats_row_peek_int (row_a, FUNDING_COL_AMOUNT);
  gint64 amount_b = _pdz_stats_row_peek_int (row_b, FUNDING_COL_AMOUNT);
  gint64 n_a = _pdz_stats_row_peek_int (row_a, FUNDING_COL_FUNDINGS);
  gint64 n_b = _pdz_stats_row_peek_int (row_b, FUNDING_COL_FUNDINGS);
  guint order_a = GPOINTER_TO_UINT (g_hash_table_lookup (order, row_a));
  guint order_b = GPOINTER_TO_UINT (g_hash_table_lookup (order, row_b));

  if (over_a != over_b)
    return over_a > over_b ? -1 : 1;
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
 * Totals the fundings of the actions (bullets and their sub-actions) and
 * projects counted, per source.
 *
 * Sources are grouped without regard to case or accents; a row is keyed
 * by the spelling met first. Rows are ranked by amount, then by number of
 * fundings, then in the order met.
 *
 * Columns: `source` (string); `fundings` (the number of fundings),
 * `amount` (the total of the stated amounts, in euro cents),
 * `unknown-amounts` (the number of fundings whose amount is not stated),
 * `amount-overflow` (1 when the total does not fit in 64 bits and is not
 * computable, `amount` then 0) (integers).
 *
 * Returns: (transfer full): a new table
 */
PdzStatsTable *
pdz_stats_by_funding_source (PdzStats *self)
{
  g_autoptr(Counted) c = NULL;
  g_autoptr(GPtrArray) fundings = NULL;
  g_autoptr(GHashTable) rows = NULL;
  g_autoptr(GHashTable) order = NULL;
  PdzStatsTable *table;

  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  c = counted_new (self);
  table = _pdz_stats_table_new ("by-funding-source", by_funding_source_columns,
                                G_N_ELEMENTS (by_funding_source_columns));
  rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  order = g_hash_table_new (g_direct_hash, g_direct_equal);
  fundings = collect_fundings (c);

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
 * One row per [enum@Pdz.FundingStatus], keyed by its nick: `applied`,
 * `granted`, `not-funded`, `reported`, then `not-stated`. Columns as in
 * [method@Pdz.Stats.by_funding_source], the first being `status`.
 *
 * Returns: (transfer full): a new table
 */
PdzStatsTable *
pdz_stats_by_funding_status (PdzStats *self)
{
  static const PdzFundingStatus order[] = {
    PDZ_FUNDING_STATUS_APPLIED, PDZ_FUNDING_STATUS_GRANTED, PDZ_FUNDING_STATUS_NOT_FUNDED,
    PDZ_FUNDING_STATUS_REPORTED, PDZ_FUNDING_STATUS_NOT_STATED,
  };
  g_autoptr(Counted) c = NULL;
  g_autoptr(GPtrArray) fundings = NULL;
  PdzStatsRow *rows[PDZ_N_FUNDING_STATUSES];
  PdzStatsTable *table;

  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  c = counted_new (self);
  table = _pdz_stats_table_new ("by-funding-status", by_funding_status_columns,
                                G_N_ELEMENTS (by_funding_status_columns));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    rows[order[i]] = _pdz_stats_table_append (table, _pdz_enum_to_nick (PDZ_TYPE_FUNDING_STATUS,
                                                                        order[i]));

  fundings = collect_fundings (c);
  for (guint i = 0; i < fundings->len; i++)
    {
      PdzFunding *funding = g_ptr_array_index (fundings, i);

      funding_count (rows[pdz_funding_get_status (funding)], funding);
    }

  return table;
}
