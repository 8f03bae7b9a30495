/* pdz-query.c: a filter over the actions, objectives and projects of a plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz.h"

#include "pdz-util-private.h"

/**
 * PdzQuery:
 *
 * A filter over a plan. Its criteria are properties; a criterion left
 * unset matches everything, and an entity matches when it meets every
 * criterion set:
 *
 * - [property@Pdz.Query:macroarea], [property@Pdz.Query:objective],
 *   [property@Pdz.Query:partner], [property@Pdz.Query:project]: ids of
 *   entities of the plan (an id the plan does not hold matches nothing);
 * - [property@Pdz.Query:statuses]: a set of statuses;
 * - [property@Pdz.Query:role]: the role a partner plays, once
 *   [property@Pdz.Query:role-set] is true;
 * - [property@Pdz.Query:funding-source]: the source of a funding, compared
 *   without regard to case or accents;
 * - [property@Pdz.Query:from] and [property@Pdz.Query:to]: a date window,
 *   with overlap semantics on partial dates: "2023" overlaps "2023-11",
 *   "2023-11" does not overlap "2023-12";
 * - [property@Pdz.Query:extra]: planned or extra actions, once
 *   [property@Pdz.Query:extra-set] is true;
 * - [property@Pdz.Query:text]: words that must all occur in the title,
 *   matched without regard to case or accents ("liberta" finds "libertà").
 *
 * [method@Pdz.Query.find_actions], [method@Pdz.Query.find_objectives] and
 * [method@Pdz.Query.find_projects] return what matches, in the order of the
 * file. Lookups by partner, project, objective and macroarea go through
 * indexes the plan keeps, not through a scan of every action. The exact
 * rules, for each kind of entity, are in `doc/queries.md`.
 *
 * ```python
 * query = Pdz.Query(plan=plan, partner="aler")
 * query.set_from(Pdz.Date.new_year(2023))
 * for action in query.find_actions():
 *     print(action.props.title)
 * ```
 */
struct _PdzQuery
{
  GObject parent_instance;

  PdzPlan *plan;              /* (owned) (nullable) */
  char *macroarea;            /* (owned) (nullable) */
  char *objective;            /* (owned) (nullable) */
  PdzStatusFlags statuses;
  char *partner;              /* (owned) (nullable) */
  PdzRole role;
  gboolean role_set;
  char *project;              /* (owned) (nullable) */
  char *funding_source;       /* (owned) (nullable) */
  PdzDate *from;              /* (owned) (nullable) */
  PdzDate *to;                /* (owned) (nullable) */
  gboolean extra;
  gboolean extra_set;
  char *text;                 /* (owned) (nullable) */
};

G_DEFINE_FINAL_TYPE (PdzQuery, pdz_query, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_MACROAREA,
  PROP_OBJECTIVE,
  PROP_STATUSES,
  PROP_PARTNER,
  PROP_ROLE,
  PROP_ROLE_SET,
  PROP_PROJECT,
  PROP_FUNDING_SOURCE,
  PROP_FROM,
  PROP_TO,
  PROP_EXTRA,
  PROP_EXTRA_SET,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pdz_query_finalize (GObject *object)
{
  PdzQuery *self = PDZ_QUERY (object);

  g_clear_object (&self->plan);
  g_clear_pointer (&self->macroarea, g_free);
  g_clear_pointer (&self->objective, g_free);
  g_clear_pointer (&self->partner, g_free);
  g_clear_pointer (&self->project, g_free);
  g_clear_pointer (&self->funding_source, g_free);
  g_clear_pointer (&self->from, pdz_date_free);
  g_clear_pointer (&self->to, pdz_date_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (pdz_query_parent_class)->finalize (object);
}

static void
pdz_query_get_property (GObject *object,
                        guint prop_id,
                        GValue *value,
                        GParamSpec *pspec)
{
  PdzQuery *self = PDZ_QUERY (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_MACROAREA:
      g_value_set_string (value, self->macroarea);
      break;
    case PROP_OBJECTIVE:
      g_value_set_string (value, self->objective);
      break;
    case PROP_STATUSES:
      g_value_set_flags (value, self->statuses);
      break;
    case PROP_PARTNER:
      g_value_set_string (value, self->partner);
      break;
    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;
    case PROP_ROLE_SET:
      g_value_set_boolean (value, self->role_set);
      break;
    case PROP_PROJECT:
      g_value_set_string (value, self->project);
      break;
    case PROP_FUNDING_SOURCE:
      g_value_set_string (value, self->funding_source);
      break;
    case PROP_FROM:
      g_value_set_boxed (value, self->from);
      break;
    case PROP_TO:
      g_value_set_boxed (value, self->to);
      break;
    case PROP_EXTRA:
      g_value_set_boolean (value, self->extra);
      break;
    case PROP_EXTRA_SET:
      g_value_set_boolean (value, self->extra_set);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_query_set_property (GObject *object,
                        guint prop_id,
                        const GValue *value,
                        GParamSpec *pspec)
{
  PdzQuery *self = PDZ_QUERY (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      pdz_query_set_plan (self, g_value_get_object (value));
      break;
    case PROP_MACROAREA:
      pdz_query_set_macroarea (self, g_value_get_string (value));
      break;
    case PROP_OBJECTIVE:
      pdz_query_set_objective (self, g_value_get_string (value));
      break;
    case PROP_STATUSES:
      pdz_query_set_statuses (self, g_value_get_flags (value));
      break;
    case PROP_PARTNER:
      pdz_query_set_partner (self, g_value_get_string (value));
      break;
    case PROP_ROLE:
      pdz_query_set_role (self, g_value_get_enum (value));
      break;
    case PROP_ROLE_SET:
      pdz_query_set_role_set (self, g_value_get_boolean (value));
      break;
    case PROP_PROJECT:
      pdz_query_set_project (self, g_value_get_string (value));
      break;
    case PROP_FUNDING_SOURCE:
      pdz_query_set_funding_source (self, g_value_get_string (value));
      break;
    case PROP_FROM:
      pdz_query_set_from (self, g_value_get_boxed (value));
      break;
    case PROP_TO:
      pdz_query_set_to (self, g_value_get_boxed (value));
      break;
    case PROP_EXTRA:
      pdz_query_set_extra (self, g_value_get_boolean (value));
      break;
    case PROP_EXTRA_SET:
      pdz_query_set_extra_set (self, g_value_get_boolean (value));
      break;
    case PROP_TEXT:
      pdz_query_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_query_class_init (PdzQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = pdz_query_finalize;
  object_class->get_property = pdz_query_get_property;
  object_class->set_property = pdz_query_set_property;

  /**
   * PdzQuery:plan:
   *
   * The plan the query searches.
   */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, PDZ_TYPE_PLAN, flags);

  /**
   * PdzQuery:macroarea:
   *
   * The id of a macroarea: actions of its objectives, and of projects
   * serving them; its objectives; projects serving them. %NULL for any.
   */
  properties[PROP_MACROAREA] =
    g_param_spec_string ("macroarea", NULL, NULL, NULL, flags);

  /**
   * PdzQuery:objective:
   *
   * The id of an objective: its actions, and those of projects serving it;
   * the objective itself; projects serving it. %NULL for any.
   */
  properties[PROP_OBJECTIVE] =
    g_param_spec_string ("objective", NULL, NULL, NULL, flags);

  /**
   * PdzQuery:statuses:
   *
   * The statuses to match, as a set; an entity matches when its own status
   * is in it. [flags@Pdz.StatusFlags.NONE], the default, matches any.
   */
  properties[PROP_STATUSES] =
    g_param_spec_flags ("statuses", NULL, NULL,
                        PDZ_TYPE_STATUS_FLAGS, PDZ_STATUS_FLAGS_NONE, flags);

  /**
   * PdzQuery:partner:
   *
   * The id of a partner taking part (in the role
   * [property@Pdz.Query:role], when [property@Pdz.Query:role-set] is
   * true). %NULL for any.
   */
  properties[PROP_PARTNER] =
    g_param_spec_string ("partner", NULL, NULL, NULL, flags);

  /**
   * PdzQuery:role:
   *
   * The role a partner plays: [property@Pdz.Query:partner] in this role, or
   * any partner in this role when no partner is set. Only used when
   * [property@Pdz.Query:role-set] is true; setting the role sets it.
   */
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       PDZ_TYPE_ROLE, PDZ_ROLE_PARTICIPANT, flags);

  /**
   * PdzQuery:role-set:
   *
   * Whether [property@Pdz.Query:role] is a criterion.
   */
  properties[PROP_ROLE_SET] =
    g_param_spec_boolean ("role-set", NULL, NULL, FALSE, flags);

  /**
   * PdzQuery:project:
   *
   * The id of a project: its actions and the actions naming it; the
   * objectives those serve; the project itself. %NULL for any.
   */
  properties[PROP_PROJECT] =
    g_param_spec_string ("project", NULL, NULL, NULL, flags);

  /**
   * PdzQuery:funding-source:
   *
   * The source of a funding, such as `PNRR`, compared without regard to
   * case or accents. %NULL for any.
   */
  properties[PROP_FUNDING_SOURCE] =
    g_param_spec_string ("funding-source", NULL, NULL, NULL, flags);

  /**
   * PdzQuery:from:
   *
   * The start of the date window, at any precision: what overlaps the
   * window matches, and "2023" overlaps "2023-11". %NULL for no lower
   * bound. Undated entities never match a window.
   */
  properties[PROP_FROM] =
    g_param_spec_boxed ("from", NULL, NULL, PDZ_TYPE_DATE, flags);

  /**
   * PdzQuery:to:
   *
   * The end of the date window, at any precision; the window includes
   * every day @to may denote. %NULL for no upper bound.
   */
  properties[PROP_TO] =
    g_param_spec_boxed ("to", NULL, NULL, PDZ_TYPE_DATE, flags);

  /**
   * PdzQuery:extra:
   *
   * %TRUE for extra actions (*azioni extra*), %FALSE for planned ones. Only
   * used when [property@Pdz.Query:extra-set] is true; setting it sets it.
   */
  properties[PROP_EXTRA] =
    g_param_spec_boolean ("extra", NULL, NULL, FALSE, flags);

  /**
   * PdzQuery:extra-set:
   *
   * Whether [property@Pdz.Query:extra] is a criterion.
   */
  properties[PROP_EXTRA_SET] =
    g_param_spec_boolean ("extra-set", NULL, NULL, FALSE, flags);

  /**
   * PdzQuery:text:
   *
   * Words separated by spaces, all of which must occur in the title (and,
   * for objectives and projects, the description), without regard to case
   * or accents. %NULL or blank for any.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_query_init (PdzQuery *self)
{
  self->role = PDZ_ROLE_PARTICIPANT;
}

/**
 * pdz_query_new:
 * @plan: (nullable): the plan to search
 *
 * Creates a query over @plan with no criterion: it matches everything.
 *
 * Returns: (transfer full): a new query
 */
PdzQuery *
pdz_query_new (PdzPlan *plan)
{
  g_return_val_if_fail (plan == NULL || PDZ_IS_PLAN (plan), NULL);

  return g_object_new (PDZ_TYPE_QUERY, "plan", plan, NULL);
}

#define DEFINE_STRING_CRITERION(name, PROP)                               \
  const char *                                                            \
  pdz_query_get_##name (PdzQuery *self)                                   \
  {                                                                       \
    g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);                     \
    return self->name;                                                    \
  }                                                                       \
  void                                                                    \
  pdz_query_set_##name (PdzQuery *self,                                   \
                        const char *name)                                 \
  {                                                                       \
    g_return_if_fail (PDZ_IS_QUERY (self));                               \
    if (_pdz_set_string (&self->name, name))                              \
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);       \
  }

/**
 * pdz_query_get_plan:
 * @self: a query
 *
 * Gets [property@Pdz.Query:plan].
 *
 * Returns: (transfer none) (nullable): the plan searched
 */
PdzPlan *
pdz_query_get_plan (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  return self->plan;
}

/**
 * pdz_query_set_plan:
 * @self: a query
 * @plan: (nullable): the plan to search
 *
 * Sets [property@Pdz.Query:plan].
 */
void
pdz_query_set_plan (PdzQuery *self,
                    PdzPlan *plan)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (plan == NULL || PDZ_IS_PLAN (plan));

  if (g_set_object (&self->plan, plan))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * pdz_query_get_macroarea:
 * @self: a query
 *
 * Gets [property@Pdz.Query:macroarea].
 *
 * Returns: (transfer none) (nullable): the id of the macroarea, or %NULL
 */
/**
 * pdz_query_set_macroarea:
 * @self: a query
 * @macroarea: (nullable): the id of a macroarea, or %NULL for any
 *
 * Sets [property@Pdz.Query:macroarea].
 */
DEFINE_STRING_CRITERION (macroarea, PROP_MACROAREA)

/**
 * pdz_query_get_objective:
 * @self: a query
 *
 * Gets [property@Pdz.Query:objective].
 *
 * Returns: (transfer none) (nullable): the id of the objective, or %NULL
 */
/**
 * pdz_query_set_objective:
 * @self: a query
 * @objective: (nullable): the id of an objective, or %NULL for any
 *
 * Sets [property@Pdz.Query:objective].
 */
DEFINE_STRING_CRITERION (objective, PROP_OBJECTIVE)

/**
 * pdz_query_get_partner:
 * @self: a query
 *
 * Gets [property@Pdz.Query:partner].
 *
 * Returns: (transfer none) (nullable): the id of the partner, or %NULL
 */
/**
 * pdz_query_set_partner:
 * @self: a query
 * @partner: (nullable): the id of a partner, or %NULL for any
 *
 * Sets [property@Pdz.Query:partner].
 */
DEFINE_STRING_CRITERION (partner, PROP_PARTNER)

/**
 * pdz_query_get_project:
 * @self: a query
 *
 * Gets [property@Pdz.Query:project].
 *
 * Returns: (transfer none) (nullable): the id of the project, or %NULL
 */
/**
 * pdz_query_set_project:
 * @self: a query
 * @project: (nullable): the id of a project, or %NULL for any
 *
 * Sets [property@Pdz.Query:project].
 */
DEFINE_STRING_CRITERION (project, PROP_PROJECT)

/**
 * pdz_query_get_funding_source:
 * @self: a query
 *
 * Gets [property@Pdz.Query:funding-source].
 *
 * Returns: (transfer none) (nullable): the funding source, or %NULL
 */
/**
 * pdz_query_set_funding_source:
 * @self: a query
 * @funding_source: (nullable): a funding source, or %NULL for any
 *
 * Sets [property@Pdz.Query:funding-source].
 */
DEFINE_STRING_CRITERION (funding_source, PROP_FUNDING_SOURCE)

/**
 * pdz_query_get_text:
 * @self: a query
 *
 * Gets [property@Pdz.Query:text].
 *
 * Returns: (transfer none) (nullable): the words searched, or %NULL
 */
/**
 * pdz_query_set_text:
 * @self: a query
 * @text: (nullable): words to search, or %NULL for any
 *
 * Sets [property@Pdz.Query:text].
 */
DEFINE_STRING_CRITERION (text, PROP_TEXT)

/**
 * pdz_query_get_statuses:
 * @self: a query
 *
 * Gets [property@Pdz.Query:statuses].
 *
 * Returns: the set of statuses matched; none means any
 */
PdzStatusFlags
pdz_query_get_statuses (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), PDZ_STATUS_FLAGS_NONE);

  return self->statuses;
}

/**
 * pdz_query_set_statuses:
 * @self: a query
 * @statuses: the set of statuses to match, or [flags@Pdz.StatusFlags.NONE]
 *   for any
 *
 * Sets [property@Pdz.Query:statuses]. A bit that names no status is a
 * programmer error.
 */
void
pdz_query_set_statuses (PdzQuery *self,
                        PdzStatusFlags statuses)
{
  const guint known = PDZ_STATUS_FLAGS_PLANNED | PDZ_STATUS_FLAGS_IN_PROGRESS |
                      PDZ_STATUS_FLAGS_COMPLETED | PDZ_STATUS_FLAGS_SUSPENDED |
                      PDZ_STATUS_FLAGS_CANCELLED;

  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (((guint) statuses & ~known) == 0);

  if (self->statuses == statuses)
    return;

  self->statuses = statuses;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUSES]);
}

/**
 * pdz_query_add_status:
 * @self: a query
 * @status: a status
 *
 * Adds @status to [property@Pdz.Query:statuses].
 */
void
pdz_query_add_status (PdzQuery *self,
                      PdzStatus status)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail ((guint) status <= PDZ_STATUS_CANCELLED);

  pdz_query_set_statuses (self, self->statuses | (1u << status));
}

/**
 * pdz_query_get_role:
 * @self: a query
 *
 * Gets [property@Pdz.Query:role].
 *
 * Returns: the role matched, when [property@Pdz.Query:role-set] is true
 */
PdzRole
pdz_query_get_role (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), PDZ_ROLE_PARTICIPANT);

  return self->role;
}

/**
 * pdz_query_set_role:
 * @self: a query
 * @role: the role to match
 *
 * Sets [property@Pdz.Query:role], then [property@Pdz.Query:role-set] to
 * %TRUE, notifying each that changes in this order.
 */
void
pdz_query_set_role (PdzQuery *self,
                    PdzRole role)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail ((guint) role <= PDZ_ROLE_CONSULTED);

  if (self->role != role)
    {
      self->role = role;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
    }
  pdz_query_set_role_set (self, TRUE);
}

/**
 * pdz_query_get_role_set:
 * @self: a query
 *
 * Gets [property@Pdz.Query:role-set].
 *
 * Returns: whether the role is a criterion
 */
gboolean
pdz_query_get_role_set (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), FALSE);

  return self->role_set;
}

/**
 * pdz_query_set_role_set:
 * @self: a query
 * @role_set: whether the role is a criterion
 *
 * Sets [property@Pdz.Query:role-set].
 */
void
pdz_query_set_role_set (PdzQuery *self,
                        gboolean role_set)
{
  g_return_if_fail (PDZ_IS_QUERY (self));

  role_set = !!role_set;
  if (self->role_set == role_set)
    return;

  self->role_set = role_set;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE_SET]);
}

/**
 * pdz_query_get_from:
 * @self: a query
 *
 * Gets [property@Pdz.Query:from].
 *
 * Returns: (transfer none) (nullable): the start of the window, or %NULL
 */
const PdzDate *
pdz_query_get_from (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  return self->from;
}

/**
 * pdz_query_set_from:
 * @self: a query
 * @from: (nullable): the start of the window, or %NULL for none
 *
 * Sets [property@Pdz.Query:from].
 */
void
pdz_query_set_from (PdzQuery *self,
                    const PdzDate *from)
{
  g_return_if_fail (PDZ_IS_QUERY (self));

  if (_pdz_set_date (&self->from, from))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM]);
}

/**
 * pdz_query_get_to:
 * @self: a query
 *
 * Gets [property@Pdz.Query:to].
 *
 * Returns: (transfer none) (nullable): the end of the window, or %NULL
 */
const PdzDate *
pdz_query_get_to (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  return self->to;
}

/**
 * pdz_query_set_to:
 * @self: a query
 * @to: (nullable): the end of the window, or %NULL for none
 *
 * Sets [property@Pdz.Query:to].
 */
void
pdz_query_set_to (PdzQuery *self,
                  const PdzDate *to)
{
  g_return_if_fail (PDZ_IS_QUERY (self));

  if (_pdz_set_date (&self->to, to))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TO]);
}

/**
 * pdz_query_get_extra:
 * @self: a query
 *
 * Gets [property@Pdz.Query:extra].
 *
 * Returns: whether extra actions are matched, rather than planned ones
 */
gboolean
pdz_query_get_extra (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), FALSE);

  return self->extra;
}

/**
 * pdz_query_set_extra:
 * @self: a query
 * @extra: %TRUE to match extra actions, %FALSE for planned ones
 *
 * Sets [property@Pdz.Query:extra], then [property@Pdz.Query:extra-set] to
 * %TRUE, notifying each that changes in this order.
 */
void
pdz_query_set_extra (PdzQuery *self,
                     gboolean extra)
{
  g_return_if_fail (PDZ_IS_QUERY (self));

  extra = !!extra;
  if (self->extra != extra)
    {
      self->extra = extra;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXTRA]);
    }
  pdz_query_set_extra_set (self, TRUE);
}

/**
 * pdz_query_get_extra_set:
 * @self: a query
 *
 * Gets [property@Pdz.Query:extra-set].
 *
 * Returns: whether [property@Pdz.Query:extra] is a criterion
 */
gboolean
pdz_query_get_extra_set (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), FALSE);

  return self->extra_set;
}

/**
 * pdz_query_set_extra_set:
 * @self: a query
 * @extra_set: whether [property@Pdz.Query:extra] is a criterion
 *
 * Sets [property@Pdz.Query:extra-set].
 */
void
pdz_query_set_extra_set (PdzQuery *self,
                         gboolean extra_set)
{
  g_return_if_fail (PDZ_IS_QUERY (self));

  extra_set = !!extra_set;
  if (self->extra_set == extra_set)
    return;

  self->extra_set = extra_set;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXTRA_SET]);
}
