/* pdz-query.c: a filter over the actions, objectives and projects of a plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The type, its criteria (properties), and what it finds: the criteria are
 * resolved against the plan and its indexes (pdz-plan-index-private.h),
 * then matched. The rules are documented in doc/queries.md.
 */

#include "pdz.h"

#include "pdz-date-private.h"
#include "pdz-plan-index-private.h"
#include "pdz-query-private.h"
#include "pdz-text-private.h"
#include "pdz-util-private.h"

#include <string.h>

/**
 * PdzQuery:
 *
 * A filter over a plan. Its criteria are properties; a criterion left
 * unset matches everything, and an entity matches when it meets every
 * criterion set. A criterion that takes several values matches any of
 * them: `partners` set to `["aler", "anci"]` finds what ALER *or* ANCI
 * takes part in.
 *
 * - [property@Pdz.Query:macroareas], [property@Pdz.Query:objectives],
 *   [property@Pdz.Query:partners], [property@Pdz.Query:projects]: ids of
 *   entities of the plan (an id the plan does not hold matches nothing);
 * - [property@Pdz.Query:statuses], [property@Pdz.Query:origins],
 *   [property@Pdz.Query:roles], [property@Pdz.Query:partner-kinds],
 *   [property@Pdz.Query:objective-kinds]: sets of values, as flags (a
 *   bit that is not one of the flags type's is refused with a critical
 *   warning, and the criterion keeps its value);
 * - [property@Pdz.Query:funding-sources]: sources of fundings, compared
 *   without regard to case or accents;
 * - [property@Pdz.Query:start] and [property@Pdz.Query:end]: a date
 *   window, with overlap semantics on partial dates: "2023" overlaps
 *   "2023-11", "2023-11" does not overlap "2023-12";
 *   [property@Pdz.Query:undated]: only what has no date;
 * - [property@Pdz.Query:text]: words that must all occur in the title,
 *   matched without regard to case or accents ("liberta" finds "libertà").
 *
 * ## The counting rule
 *
 * An action belongs under one owner: the objective that holds it (or holds
 * its bullet, for a sub-action), or the project that holds it. The
 * macroarea and objective criteria therefore match the actions their
 * objectives hold, and not the actions of the projects serving them,
 * unless [property@Pdz.Query:via-projects] is set. A query that matches a
 * sub-action returns it; counting a query's result
 * ([method@Pdz.Query.count_actions]) counts bullets, as every figure of
 * the reports does. See `doc/queries.md`.
 *
 * [method@Pdz.Query.find_actions], [method@Pdz.Query.find_objectives] and
 * [method@Pdz.Query.find_projects] return what matches, in the order of the
 * file or in the order [property@Pdz.Query:sort] asks for. Lookups by
 * partner, project, objective and macroarea go through indexes the plan
 * keeps, not through a scan of every action.
 *
 * ```python
 * query = Pdz.Query(plan=plan, partners=["aler"], sort=Pdz.QuerySort.DATE)
 * query.props.start = Pdz.Date.new_year(2023)
 * for action in query.find_actions():
 *     print(action.props.title)
 * ```
 *
 * ## Threads
 *
 * A query is used from one thread at a time, and the plan it refers to
 * with it: no other thread may touch the plan meanwhile. See
 * [the threads guide](threads.html).
 */
struct _PdzQuery
{
  GObject parent_instance;

  PdzPlan *plan;                      /* (owned) (nullable) */
  char **macroareas;                  /* (owned) (nullable): never empty, NULL instead */
  char **objectives;                  /* (owned) (nullable) */
  char **partners;                    /* (owned) (nullable) */
  char **projects;                    /* (owned) (nullable) */
  char **funding_sources;             /* (owned) (nullable) */
  PdzStatusFlags statuses;
  PdzOriginFlags origins;
  PdzRoleFlags roles;
  PdzPartnerKindFlags partner_kinds;
  PdzObjectiveKindFlags objective_kinds;
  PdzDate *start;                     /* (owned) (nullable) */
  PdzDate *end;                       /* (owned) (nullable) */
  gboolean undated;
  gboolean via_projects;
  char *text;                         /* (owned) (nullable) */
  PdzQuerySort sort;
};

G_DEFINE_FINAL_TYPE (PdzQuery, pdz_query, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_MACROAREAS,
  PROP_OBJECTIVES,
  PROP_PARTNERS,
  PROP_PROJECTS,
  PROP_FUNDING_SOURCES,
  PROP_STATUSES,
  PROP_ORIGINS,
  PROP_ROLES,
  PROP_PARTNER_KINDS,
  PROP_OBJECTIVE_KINDS,
  PROP_START,
  PROP_END,
  PROP_UNDATED,
  PROP_VIA_PROJECTS,
  PROP_TEXT,
  PROP_SORT,
  /* The names of 0.1, deprecated */
  PROP_MACROAREA,
  PROP_OBJECTIVE,
  PROP_PARTNER,
  PROP_PROJECT,
  PROP_FUNDING_SOURCE,
  PROP_ROLE,
  PROP_ROLE_SET,
  PROP_FROM,
  PROP_TO,
  PROP_EXTRA,
  PROP_EXTRA_SET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Notifies @prop, and the deprecated property of 0.1 it stands for. */
static void
notify (PdzQuery *self,
        guint     prop,
        guint     old_prop)
{
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  if (old_prop != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[old_prop]);
  if (old_prop == PROP_ROLE)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE_SET]);
  if (old_prop == PROP_EXTRA)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXTRA_SET]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
pdz_query_finalize (GObject *object)
{
  PdzQuery *self = PDZ_QUERY (object);

  g_clear_object (&self->plan);
  g_clear_pointer (&self->macroareas, g_strfreev);
  g_clear_pointer (&self->objectives, g_strfreev);
  g_clear_pointer (&self->partners, g_strfreev);
  g_clear_pointer (&self->projects, g_strfreev);
  g_clear_pointer (&self->funding_sources, g_strfreev);
  g_clear_pointer (&self->start, pdz_date_free);
  g_clear_pointer (&self->end, pdz_date_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (pdz_query_parent_class)->finalize (object);
}

/* The first id of a list, for the singular properties of 0.1. */
static const char *
first_of (char **list)
{
  return list != NULL ? list[0] : NULL;
}

G_GNUC_BEGIN_IGNORE_DEPRECATIONS

static void
pdz_query_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PdzQuery *self = PDZ_QUERY (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_MACROAREAS:
      g_value_set_boxed (value, self->macroareas);
      break;
    case PROP_OBJECTIVES:
      g_value_set_boxed (value, self->objectives);
      break;
    case PROP_PARTNERS:
      g_value_set_boxed (value, self->partners);
      break;
    case PROP_PROJECTS:
      g_value_set_boxed (value, self->projects);
      break;
    case PROP_FUNDING_SOURCES:
      g_value_set_boxed (value, self->funding_sources);
      break;
    case PROP_STATUSES:
      g_value_set_flags (value, self->statuses);
      break;
    case PROP_ORIGINS:
      g_value_set_flags (value, self->origins);
      break;
    case PROP_ROLES:
      g_value_set_flags (value, self->roles);
      break;
    case PROP_PARTNER_KINDS:
      g_value_set_flags (value, self->partner_kinds);
      break;
    case PROP_OBJECTIVE_KINDS:
      g_value_set_flags (value, self->objective_kinds);
      break;
    case PROP_START:
    case PROP_FROM:
      g_value_set_boxed (value, self->start);
      break;
    case PROP_END:
    case PROP_TO:
      g_value_set_boxed (value, self->end);
      break;
    case PROP_UNDATED:
      g_value_set_boolean (value, self->undated);
      break;
    case PROP_VIA_PROJECTS:
      g_value_set_boolean (value, self->via_projects);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_SORT:
      g_value_set_enum (value, self->sort);
      break;
    case PROP_MACROAREA:
      g_value_set_string (value, first_of (self->macroareas));
      break;
    case PROP_OBJECTIVE:
      g_value_set_string (value, first_of (self->objectives));
      break;
    case PROP_PARTNER:
      g_value_set_string (value, first_of (self->partners));
      break;
    case PROP_PROJECT:
      g_value_set_string (value, first_of (self->projects));
      break;
    case PROP_FUNDING_SOURCE:
      g_value_set_string (value, first_of (self->funding_sources));
      break;
    case PROP_ROLE:
      g_value_set_enum (value, pdz_query_get_role (self));
      break;
    case PROP_ROLE_SET:
      g_value_set_boolean (value, pdz_query_get_role_set (self));
      break;
    case PROP_EXTRA:
      g_value_set_boolean (value, pdz_query_get_extra (self));
      break;
    case PROP_EXTRA_SET:
      g_value_set_boolean (value, pdz_query_get_extra_set (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_query_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PdzQuery *self = PDZ_QUERY (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      pdz_query_set_plan (self, g_value_get_object (value));
      break;
    case PROP_MACROAREAS:
      pdz_query_set_macroareas (self, g_value_get_boxed (value));
      break;
    case PROP_OBJECTIVES:
      pdz_query_set_objectives (self, g_value_get_boxed (value));
      break;
    case PROP_PARTNERS:
      pdz_query_set_partners (self, g_value_get_boxed (value));
      break;
    case PROP_PROJECTS:
      pdz_query_set_projects (self, g_value_get_boxed (value));
      break;
    case PROP_FUNDING_SOURCES:
      pdz_query_set_funding_sources (self, g_value_get_boxed (value));
      break;
    case PROP_STATUSES:
      pdz_query_set_statuses (self, g_value_get_flags (value));
      break;
    case PROP_ORIGINS:
      pdz_query_set_origins (self, g_value_get_flags (value));
      break;
    case PROP_ROLES:
      pdz_query_set_roles (self, g_value_get_flags (value));
      break;
    case PROP_PARTNER_KINDS:
      pdz_query_set_partner_kinds (self, g_value_get_flags (value));
      break;
    case PROP_OBJECTIVE_KINDS:
      pdz_query_set_objective_kinds (self, g_value_get_flags (value));
      break;
    case PROP_START:
    case PROP_FROM:
      pdz_query_set_start (self, g_value_get_boxed (value));
      break;
    case PROP_END:
    case PROP_TO:
      pdz_query_set_end (self, g_value_get_boxed (value));
      break;
    case PROP_UNDATED:
      pdz_query_set_undated (self, g_value_get_boolean (value));
      break;
    case PROP_VIA_PROJECTS:
      pdz_query_set_via_projects (self, g_value_get_boolean (value));
      break;
    case PROP_TEXT:
      pdz_query_set_text (self, g_value_get_string (value));
      break;
    case PROP_SORT:
      pdz_query_set_sort (self, g_value_get_enum (value));
      break;
    case PROP_MACROAREA:
      pdz_query_set_macroarea (self, g_value_get_string (value));
      break;
    case PROP_OBJECTIVE:
      pdz_query_set_objective (self, g_value_get_string (value));
      break;
    case PROP_PARTNER:
      pdz_query_set_partner (self, g_value_get_string (value));
      break;
    case PROP_PROJECT:
      pdz_query_set_project (self, g_value_get_string (value));
      break;
    case PROP_FUNDING_SOURCE:
      pdz_query_set_funding_source (self, g_value_get_string (value));
      break;
    case PROP_ROLE:
      pdz_query_set_role (self, g_value_get_enum (value));
      break;
    case PROP_ROLE_SET:
      pdz_query_set_role_set (self, g_value_get_boolean (value));
      break;
    case PROP_EXTRA:
      pdz_query_set_extra (self, g_value_get_boolean (value));
      break;
    case PROP_EXTRA_SET:
      pdz_query_set_extra_set (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

G_GNUC_END_IGNORE_DEPRECATIONS

static void
pdz_query_class_init (PdzQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags old = flags | G_PARAM_DEPRECATED;

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
   * PdzQuery:macroareas: (type GStrv)
   *
   * The ids of macroareas, or %NULL for any. An action matches when the
   * objective that holds it (or its bullet) is in one of them; an
   * objective, when it is; a project, when it serves an objective in one
   * of them. With [property@Pdz.Query:via-projects], an action of a
   * project serving such an objective matches too.
   *
   * Since: 0.2
   */
  properties[PROP_MACROAREAS] =
    g_param_spec_boxed ("macroareas", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * PdzQuery:objectives: (type GStrv)
   *
   * The ids of objectives, or %NULL for any. An action matches when one of
   * them holds it (or its bullet); a project, when it serves one of them.
   * With [property@Pdz.Query:via-projects], an action of a project serving
   * one of them matches too.
   *
   * Since: 0.2
   */
  properties[PROP_OBJECTIVES] =
    g_param_spec_boxed ("objectives", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * PdzQuery:partners: (type GStrv)
   *
   * The ids of partners, or %NULL for any: what one of them takes part in
   * (in one of [property@Pdz.Query:roles], when set).
   *
   * Since: 0.2
   */
  properties[PROP_PARTNERS] =
    g_param_spec_boxed ("partners", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * PdzQuery:projects: (type GStrv)
   *
   * The ids of projects, or %NULL for any: the actions one of them holds
   * or that name one of them, the projects themselves, and the objectives
   * with such an action.
   *
   * Since: 0.2
   */
  properties[PROP_PROJECTS] =
    g_param_spec_boxed ("projects", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * PdzQuery:funding-sources: (type GStrv)
   *
   * Sources of fundings ("PNRR", "Fondo Povertà"), compared without
   * regard to case or accents, or %NULL for any.
   *
   * Since: 0.2
   */
  properties[PROP_FUNDING_SOURCES] =
    g_param_spec_boxed ("funding-sources", NULL, NULL, G_TYPE_STRV, flags);

  /**
   * PdzQuery:statuses:
   *
   * The statuses to match, or %PDZ_STATUS_FLAGS_NONE for any.
   * %PDZ_STATUS_FLAGS_NOT_STATED finds what the source gives no status.
   */
  properties[PROP_STATUSES] =
    g_param_spec_flags ("statuses", NULL, NULL, PDZ_TYPE_STATUS_FLAGS,
                        PDZ_STATUS_FLAGS_NONE, flags);

  /**
   * PdzQuery:origins:
   *
   * The origins of the actions to match (planned, extra, not stated), or
   * %PDZ_ORIGIN_FLAGS_NONE for any.
   *
   * Since: 0.2
   */
  properties[PROP_ORIGINS] =
    g_param_spec_flags ("origins", NULL, NULL, PDZ_TYPE_ORIGIN_FLAGS,
                        PDZ_ORIGIN_FLAGS_NONE, flags);

  /**
   * PdzQuery:roles:
   *
   * The roles a partner plays, or %PDZ_ROLE_FLAGS_NONE for any. With
   * [property@Pdz.Query:partners] and [property@Pdz.Query:partner-kinds],
   * one and the same participation must meet all three.
   *
   * Since: 0.2
   */
  properties[PROP_ROLES] =
    g_param_spec_flags ("roles", NULL, NULL, PDZ_TYPE_ROLE_FLAGS,
                        PDZ_ROLE_FLAGS_NONE, flags);

  /**
   * PdzQuery:partner-kinds:
   *
   * The kinds of the partners taking part, or
   * %PDZ_PARTNER_KIND_FLAGS_NONE for any: what a partner of one of these
   * kinds takes part in.
   *
   * Since: 0.2
   */
  properties[PROP_PARTNER_KINDS] =
    g_param_spec_flags ("partner-kinds", NULL, NULL, PDZ_TYPE_PARTNER_KIND_FLAGS,
                        PDZ_PARTNER_KIND_FLAGS_NONE, flags);

  /**
   * PdzQuery:objective-kinds:
   *
   * The kinds of objective, or %PDZ_OBJECTIVE_KIND_FLAGS_NONE for any: the
   * objectives of these kinds, the actions they hold (and, with
   * [property@Pdz.Query:via-projects], the actions of projects serving
   * them), and the projects serving them.
   *
   * Since: 0.2
   */
  properties[PROP_OBJECTIVE_KINDS] =
    g_param_spec_flags ("objective-kinds", NULL, NULL, PDZ_TYPE_OBJECTIVE_KIND_FLAGS,
                        PDZ_OBJECTIVE_KIND_FLAGS_NONE, flags);

  /**
   * PdzQuery:start:
   *
   * The first day of the date window, at any precision ("2023" starts on
   * 1 January 2023), or %NULL for a window open at its start. An action
   * matches when its date, or its span, overlaps the window; an action
   * without a date does not.
   *
   * Since: 0.2
   */
  properties[PROP_START] =
    g_param_spec_boxed ("start", NULL, NULL, PDZ_TYPE_DATE, flags);

  /**
   * PdzQuery:end:
   *
   * The last day of the date window, at any precision ("2023" ends on
   * 31 December 2023), or %NULL for a window open at its end.
   *
   * Since: 0.2
   */
  properties[PROP_END] =
    g_param_spec_boxed ("end", NULL, NULL, PDZ_TYPE_DATE, flags);

  /**
   * PdzQuery:undated:
   *
   * Whether to match only the actions that have no date (neither
   * [property@Pdz.Action:date] nor [property@Pdz.Action:end-date]; their
   * milestones do not count). With a date window, nothing matches.
   *
   * Since: 0.2
   */
  properties[PROP_UNDATED] =
    g_param_spec_boolean ("undated", NULL, NULL, FALSE, flags);

  /**
   * PdzQuery:via-projects:
   *
   * Whether the macroarea, objective and objective-kind criteria also
   * match the actions of the projects serving those objectives. By the
   * counting rule an action held by a project belongs under that project,
   * not under the objectives it serves: this is off by default.
   *
   * Since: 0.2
   */
  properties[PROP_VIA_PROJECTS] =
    g_param_spec_boolean ("via-projects", NULL, NULL, FALSE, flags);

  /**
   * PdzQuery:text:
   *
   * Words that must all occur, without regard to case or accents, in the
   * title of an action; in the title or description of an objective; in
   * the title, description or interventions of a project. %NULL for any.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, flags);

  /**
   * PdzQuery:sort:
   *
   * The order of what the `find` methods return.
   *
   * Since: 0.2
   */
  properties[PROP_SORT] =
    g_param_spec_enum ("sort", NULL, NULL, PDZ_TYPE_QUERY_SORT,
                       PDZ_QUERY_SORT_DOCUMENT, flags);

  /**
   * PdzQuery:macroarea:
   *
   * The first of [property@Pdz.Query:macroareas]; setting it sets that
   * list to this one id, or clears it.
   *
   * Deprecated: 0.2: Use [property@Pdz.Query:macroareas].
   */
  properties[PROP_MACROAREA] =
    g_param_spec_string ("macroarea", NULL, NULL, NULL, old);

  /**
   * PdzQuery:objective:
   *
   * The first of [property@Pdz.Query:objectives]; setting it sets that
   * list to this one id, or clears it.
   *
   * Deprecated: 0.2: Use [property@Pdz.Query:objectives].
   */
  properties[PROP_OBJECTIVE] =
    g_param_spec_string ("objective", NULL, NULL, NULL, old);

  /**
   * PdzQuery:partner:
   *
   * The first of [property@Pdz.Query:partners]; setting it sets that list
   * to this one id, or clears it.
   *
   * Deprecated: 0.2: Use [property@Pdz.Query:partners].
   */
  properties[PROP_PARTNER] =
    g_param_spec_string ("partner", NULL, NULL, NULL, old);

  /**
   * PdzQuery:project:
   *
   * The first of [property@Pdz.Query:projects]; setting it sets that list
   * to this one id, or clears it.
   *
   * Deprecated: 0.2: Use [property@Pdz.Query:projects].
   */
  properties[PROP_PROJECT] =
    g_param_spec_string ("project", NULL, NULL, NULL, old);

  /**
   * PdzQuery:funding-source:
   *
   * The first of [property@Pdz.Query:funding-sources]; setting it sets
   * that list to this one source, or clears it.
   *
   * Deprecated: 0.2: Use [property@Pdz.Query:funding-sources].
   */
  properties[PROP_FUNDING_SOURCE] =
    g_param_spec_string ("funding-source", NULL, NULL, NULL, old);

  /**
   * PdzQuery:role:
   *
   * The lowest role of [property@Pdz.Query:roles], %PDZ_ROLE_PARTICIPANT
   * when none is set; setting it sets [property@Pdz.Query:roles] to it
   * alone.
   *
   * Deprecated: 0.2: Use [property@Pdz.Query:roles].
   */
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL, PDZ_TYPE_ROLE, PDZ_ROLE_PARTICIPANT, old);

  /**
   * PdzQuery:role-set:
   *
   * Whether [property@Pdz.Query:roles] holds a role; setting it to %FALSE
   * clears them, to %TRUE sets [property@Pdz.Query:role].
   *
   * Deprecated: 0.2: Use [property@Pdz.Query:roles].
   */
  properties[PROP_ROLE_SET] =
    g_param_spec_boolean ("role-set", NULL, NULL, FALSE, old);

  /**
   * PdzQuery:from:
   *
   * The same as [property@Pdz.Query:start], a name Python cannot spell
   * (`q.props.from` is a syntax error).
   *
   * Deprecated: 0.2: Use [property@Pdz.Query:start].
   */
  properties[PROP_FROM] =
    g_param_spec_boxed ("from", NULL, NULL, PDZ_TYPE_DATE, old);

  /**
   * PdzQuery:to:
   *
   * The same as [property@Pdz.Query:end].
   *
   * Deprecated: 0.2: Use [property@Pdz.Query:end].
   */
  properties[PROP_TO] =
    g_param_spec_boxed ("to", NULL, NULL, PDZ_TYPE_DATE, old);

  /**
   * PdzQuery:extra:
   *
   * Whether [property@Pdz.Query:origins] is %PDZ_ORIGIN_FLAGS_EXTRA; setting
   * it to %TRUE sets that, to %FALSE the origins of 0.1's "not extra":
   * planned and not stated.
   *
   * Deprecated: 0.2: Use [property@Pdz.Query:origins].
   */
  properties[PROP_EXTRA] =
    g_param_spec_boolean ("extra", NULL, NULL, FALSE, old);

  /**
   * PdzQuery:extra-set:
   *
   * Whether [property@Pdz.Query:origins] is set; setting it to %FALSE
   * clears it, to %TRUE sets [property@Pdz.Query:extra].
   *
   * Deprecated: 0.2: Use [property@Pdz.Query:origins].
   */
  properties[PROP_EXTRA_SET] =
    g_param_spec_boolean ("extra-set", NULL, NULL, FALSE, old);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_query_init (PdzQuery *self)
{
  self->sort = PDZ_QUERY_SORT_DOCUMENT;
}

/**
 * pdz_query_new:
 * @plan: (nullable): the plan to search
 *
 * Creates a query that matches everything in @plan until criteria are set.
 *
 * Returns: (transfer full): a new query
 */
PdzQuery *
pdz_query_new (PdzPlan *plan)
{
  g_return_val_if_fail (plan == NULL || PDZ_IS_PLAN (plan), NULL);

  return g_object_new (PDZ_TYPE_QUERY, "plan", plan, NULL);
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
                    PdzPlan  *plan)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (plan == NULL || PDZ_IS_PLAN (plan));

  if (g_set_object (&self->plan, plan))
    notify (self, PROP_PLAN, PROP_0);
}

/* ----------------------------------------------------------------------
 * Criteria
 * ---------------------------------------------------------------------- */

/* Every flag of an enumeration of @n values: a set of flags with another
 * bit is refused, as a setter of the enumeration refuses a value outside
 * it. */
#define FLAGS_OF(n) ((1u << (n)) - 1)

static gboolean
strv_is_utf8 (const char * const *strv)
{
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    if (!g_utf8_validate (strv[i], -1, NULL))
      return FALSE;
  return TRUE;
}

static void
set_list (PdzQuery            *self,
          char              ***field,
          const char * const  *values,
          guint                prop,
          guint                old_prop)
{
  if (_pdz_set_strv (field, values))
    notify (self, prop, old_prop);
}

static void
add_to_list (PdzQuery    *self,
             char      ***field,
             const char  *value,
             guint        prop,
             guint        old_prop)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) values = NULL;

  if (*field != NULL && g_strv_contains ((const char * const *) *field, value))
    return;

  builder = g_strv_builder_new ();
  if (*field != NULL)
    g_strv_builder_addv (builder, (const char **) *field);
  g_strv_builder_add (builder, value);
  values = g_strv_builder_end (builder);
  set_list (self, field, (const char * const *) values, prop, old_prop);
}

/* For the singular properties of 0.1: one value, or none. */
static void
set_single (PdzQuery    *self,
            char      ***field,
            const char  *value,
            guint        prop,
            guint        old_prop)
{
  const char *values[] = { value, NULL };

  set_list (self, field, value != NULL ? values : NULL, prop, old_prop);
}

/**
 * pdz_query_get_macroareas:
 * @self: a query
 *
 * Gets [property@Pdz.Query:macroareas].
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the ids of macroareas,
 *   or %NULL for any
 *
 * Since: 0.2
 */
const char * const *
pdz_query_get_macroareas (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  return (const char * const *) self->macroareas;
}

/**
 * pdz_query_set_macroareas:
 * @self: a query
 * @macroareas: (nullable) (array zero-terminated=1): the ids of macroareas, or %NULL
 *   for any
 *
 * Sets [property@Pdz.Query:macroareas]. The vector is copied; an empty one
 * is the same as %NULL.
 *
 * Since: 0.2
 */
void
pdz_query_set_macroareas (PdzQuery           *self,
                         const char * const *macroareas)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (strv_is_utf8 (macroareas));

  set_list (self, &self->macroareas, macroareas, PROP_MACROAREAS, PROP_MACROAREA);
}

/**
 * pdz_query_add_macroarea:
 * @self: a query
 * @macroarea: a macroarea
 *
 * Adds @macroarea to [property@Pdz.Query:macroareas], unless it is there
 * already.
 *
 * Since: 0.2
 */
void
pdz_query_add_macroarea (PdzQuery   *self,
                        const char *macroarea)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (macroarea != NULL && g_utf8_validate (macroarea, -1, NULL));

  add_to_list (self, &self->macroareas, macroarea, PROP_MACROAREAS, PROP_MACROAREA);
}

/**
 * pdz_query_get_macroarea:
 * @self: a query
 *
 * Gets the first of [property@Pdz.Query:macroareas].
 *
 * Returns: (transfer none) (nullable): the first of the ids of macroareas, or %NULL
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.get_macroareas].
 */
const char *
pdz_query_get_macroarea (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  return first_of (self->macroareas);
}

/**
 * pdz_query_set_macroarea:
 * @self: a query
 * @macroarea: (nullable): a macroarea, or %NULL for any
 *
 * Sets [property@Pdz.Query:macroareas] to @macroarea alone, or clears it.
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.set_macroareas].
 */
void
pdz_query_set_macroarea (PdzQuery   *self,
                        const char *macroarea)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (macroarea == NULL || g_utf8_validate (macroarea, -1, NULL));

  set_single (self, &self->macroareas, macroarea, PROP_MACROAREAS, PROP_MACROAREA);
}

/**
 * pdz_query_get_objectives:
 * @self: a query
 *
 * Gets [property@Pdz.Query:objectives].
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the ids of objectives,
 *   or %NULL for any
 *
 * Since: 0.2
 */
const char * const *
pdz_query_get_objectives (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  return (const char * const *) self->objectives;
}

/**
 * pdz_query_set_objectives:
 * @self: a query
 * @objectives: (nullable) (array zero-terminated=1): the ids of objectives, or %NULL
 *   for any
 *
 * Sets [property@Pdz.Query:objectives]. The vector is copied; an empty one
 * is the same as %NULL.
 *
 * Since: 0.2
 */
void
pdz_query_set_objectives (PdzQuery           *self,
                         const char * const *objectives)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (strv_is_utf8 (objectives));

  set_list (self, &self->objectives, objectives, PROP_OBJECTIVES, PROP_OBJECTIVE);
}

/**
 * pdz_query_add_objective:
 * @self: a query
 * @objective: an objective
 *
 * Adds @objective to [property@Pdz.Query:objectives], unless it is there
 * already.
 *
 * Since: 0.2
 */
void
pdz_query_add_objective (PdzQuery   *self,
                        const char *objective)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (objective != NULL && g_utf8_validate (objective, -1, NULL));

  add_to_list (self, &self->objectives, objective, PROP_OBJECTIVES, PROP_OBJECTIVE);
}

/**
 * pdz_query_get_objective:
 * @self: a query
 *
 * Gets the first of [property@Pdz.Query:objectives].
 *
 * Returns: (transfer none) (nullable): the first of the ids of objectives, or %NULL
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.get_objectives].
 */
const char *
pdz_query_get_objective (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  return first_of (self->objectives);
}

/**
 * pdz_query_set_objective:
 * @self: a query
 * @objective: (nullable): an objective, or %NULL for any
 *
 * Sets [property@Pdz.Query:objectives] to @objective alone, or clears it.
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.set_objectives].
 */
void
pdz_query_set_objective (PdzQuery   *self,
                        const char *objective)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (objective == NULL || g_utf8_validate (objective, -1, NULL));

  set_single (self, &self->objectives, objective, PROP_OBJECTIVES, PROP_OBJECTIVE);
}

/**
 * pdz_query_get_partners:
 * @self: a query
 *
 * Gets [property@Pdz.Query:partners].
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the ids of partners,
 *   or %NULL for any
 *
 * Since: 0.2
 */
const char * const *
pdz_query_get_partners (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  return (const char * const *) self->partners;
}

/**
 * pdz_query_set_partners:
 * @self: a query
 * @partners: (nullable) (array zero-terminated=1): the ids of partners, or %NULL
 *   for any
 *
 * Sets [property@Pdz.Query:partners]. The vector is copied; an empty one
 * is the same as %NULL.
 *
 * Since: 0.2
 */
void
pdz_query_set_partners (PdzQuery           *self,
                       const char * const *partners)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (strv_is_utf8 (partners));

  set_list (self, &self->partners, partners, PROP_PARTNERS, PROP_PARTNER);
}

/**
 * pdz_query_add_partner:
 * @self: a query
 * @partner: a partner
 *
 * Adds @partner to [property@Pdz.Query:partners], unless it is there
 * already.
 *
 * Since: 0.2
 */
void
pdz_query_add_partner (PdzQuery   *self,
                      const char *partner)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (partner != NULL && g_utf8_validate (partner, -1, NULL));

  add_to_list (self, &self->partners, partner, PROP_PARTNERS, PROP_PARTNER);
}

/**
 * pdz_query_get_partner:
 * @self: a query
 *
 * Gets the first of [property@Pdz.Query:partners].
 *
 * Returns: (transfer none) (nullable): the first of the ids of partners, or %NULL
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.get_partners].
 */
const char *
pdz_query_get_partner (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  return first_of (self->partners);
}

/**
 * pdz_query_set_partner:
 * @self: a query
 * @partner: (nullable): a partner, or %NULL for any
 *
 * Sets [property@Pdz.Query:partners] to @partner alone, or clears it.
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.set_partners].
 */
void
pdz_query_set_partner (PdzQuery   *self,
                      const char *partner)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (partner == NULL || g_utf8_validate (partner, -1, NULL));

  set_single (self, &self->partners, partner, PROP_PARTNERS, PROP_PARTNER);
}

/**
 * pdz_query_get_projects:
 * @self: a query
 *
 * Gets [property@Pdz.Query:projects].
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the ids of projects,
 *   or %NULL for any
 *
 * Since: 0.2
 */
const char * const *
pdz_query_get_projects (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  return (const char * const *) self->projects;
}

/**
 * pdz_query_set_projects:
 * @self: a query
 * @projects: (nullable) (array zero-terminated=1): the ids of projects, or %NULL
 *   for any
 *
 * Sets [property@Pdz.Query:projects]. The vector is copied; an empty one
 * is the same as %NULL.
 *
 * Since: 0.2
 */
void
pdz_query_set_projects (PdzQuery           *self,
                       const char * const *projects)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (strv_is_utf8 (projects));

  set_list (self, &self->projects, projects, PROP_PROJECTS, PROP_PROJECT);
}

/**
 * pdz_query_add_project:
 * @self: a query
 * @project: a project
 *
 * Adds @project to [property@Pdz.Query:projects], unless it is there
 * already.
 *
 * Since: 0.2
 */
void
pdz_query_add_project (PdzQuery   *self,
                      const char *project)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (project != NULL && g_utf8_validate (project, -1, NULL));

  add_to_list (self, &self->projects, project, PROP_PROJECTS, PROP_PROJECT);
}

/**
 * pdz_query_get_project:
 * @self: a query
 *
 * Gets the first of [property@Pdz.Query:projects].
 *
 * Returns: (transfer none) (nullable): the first of the ids of projects, or %NULL
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.get_projects].
 */
const char *
pdz_query_get_project (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  return first_of (self->projects);
}

/**
 * pdz_query_set_project:
 * @self: a query
 * @project: (nullable): a project, or %NULL for any
 *
 * Sets [property@Pdz.Query:projects] to @project alone, or clears it.
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.set_projects].
 */
void
pdz_query_set_project (PdzQuery   *self,
                      const char *project)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (project == NULL || g_utf8_validate (project, -1, NULL));

  set_single (self, &self->projects, project, PROP_PROJECTS, PROP_PROJECT);
}

/**
 * pdz_query_get_funding_sources:
 * @self: a query
 *
 * Gets [property@Pdz.Query:funding-sources].
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): sources of fundings,
 *   or %NULL for any
 *
 * Since: 0.2
 */
const char * const *
pdz_query_get_funding_sources (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  return (const char * const *) self->funding_sources;
}

/**
 * pdz_query_set_funding_sources:
 * @self: a query
 * @funding_sources: (nullable) (array zero-terminated=1): sources of fundings, or %NULL
 *   for any
 *
 * Sets [property@Pdz.Query:funding-sources]. The vector is copied; an empty one
 * is the same as %NULL.
 *
 * Since: 0.2
 */
void
pdz_query_set_funding_sources (PdzQuery           *self,
                              const char * const *funding_sources)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (strv_is_utf8 (funding_sources));

  set_list (self, &self->funding_sources, funding_sources, PROP_FUNDING_SOURCES, PROP_FUNDING_SOURCE);
}

/**
 * pdz_query_add_funding_source:
 * @self: a query
 * @funding_source: a funding source
 *
 * Adds @funding_source to [property@Pdz.Query:funding-sources], unless it is there
 * already.
 *
 * Since: 0.2
 */
void
pdz_query_add_funding_source (PdzQuery   *self,
                             const char *funding_source)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (funding_source != NULL && g_utf8_validate (funding_source, -1, NULL));

  add_to_list (self, &self->funding_sources, funding_source, PROP_FUNDING_SOURCES, PROP_FUNDING_SOURCE);
}

/**
 * pdz_query_get_funding_source:
 * @self: a query
 *
 * Gets the first of [property@Pdz.Query:funding-sources].
 *
 * Returns: (transfer none) (nullable): the first of sources of fundings, or %NULL
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.get_funding_sources].
 */
const char *
pdz_query_get_funding_source (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  return first_of (self->funding_sources);
}

/**
 * pdz_query_set_funding_source:
 * @self: a query
 * @funding_source: (nullable): a funding source, or %NULL for any
 *
 * Sets [property@Pdz.Query:funding-sources] to @funding_source alone, or clears it.
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.set_funding_sources].
 */
void
pdz_query_set_funding_source (PdzQuery   *self,
                             const char *funding_source)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (funding_source == NULL || g_utf8_validate (funding_source, -1, NULL));

  set_single (self, &self->funding_sources, funding_source, PROP_FUNDING_SOURCES, PROP_FUNDING_SOURCE);
}

/**
 * pdz_query_get_statuses:
 * @self: a query
 *
 * Gets [property@Pdz.Query:statuses].
 *
 * Returns: the statuses matched, or %PDZ_STATUS_FLAGS_NONE for any
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
 * @statuses: the statuses to match, or %PDZ_STATUS_FLAGS_NONE for any
 *
 * Sets [property@Pdz.Query:statuses].
 */
void
pdz_query_set_statuses (PdzQuery       *self,
                       PdzStatusFlags  statuses)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (((guint) statuses & ~FLAGS_OF (PDZ_N_STATUSES)) == 0);

  if (self->statuses == statuses)
    return;
  self->statuses = statuses;
  notify (self, PROP_STATUSES, PROP_0);
}

/**
 * pdz_query_get_origins:
 * @self: a query
 *
 * Gets [property@Pdz.Query:origins].
 *
 * Returns: the origins matched, or %PDZ_ORIGIN_FLAGS_NONE for any
 *
 * Since: 0.2
 */
PdzOriginFlags
pdz_query_get_origins (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), PDZ_ORIGIN_FLAGS_NONE);

  return self->origins;
}

/**
 * pdz_query_set_origins:
 * @self: a query
 * @origins: the origins to match, or %PDZ_ORIGIN_FLAGS_NONE for any
 *
 * Sets [property@Pdz.Query:origins].
 *
 * Since: 0.2
 */
void
pdz_query_set_origins (PdzQuery       *self,
                      PdzOriginFlags  origins)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (((guint) origins & ~FLAGS_OF (PDZ_N_ORIGINS)) == 0);

  if (self->origins == origins)
    return;
  self->origins = origins;
  notify (self, PROP_ORIGINS, PROP_EXTRA);
}

/**
 * pdz_query_get_roles:
 * @self: a query
 *
 * Gets [property@Pdz.Query:roles].
 *
 * Returns: the roles matched, or %PDZ_ROLE_FLAGS_NONE for any
 *
 * Since: 0.2
 */
PdzRoleFlags
pdz_query_get_roles (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), PDZ_ROLE_FLAGS_NONE);

  return self->roles;
}

/**
 * pdz_query_set_roles:
 * @self: a query
 * @roles: the roles to match, or %PDZ_ROLE_FLAGS_NONE for any
 *
 * Sets [property@Pdz.Query:roles].
 *
 * Since: 0.2
 */
void
pdz_query_set_roles (PdzQuery     *self,
                    PdzRoleFlags  roles)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (((guint) roles & ~FLAGS_OF (PDZ_N_ROLES)) == 0);

  if (self->roles == roles)
    return;
  self->roles = roles;
  notify (self, PROP_ROLES, PROP_ROLE);
}

/**
 * pdz_query_get_partner_kinds:
 * @self: a query
 *
 * Gets [property@Pdz.Query:partner-kinds].
 *
 * Returns: the kinds of partner matched, or %PDZ_PARTNER_KIND_FLAGS_NONE for any
 *
 * Since: 0.2
 */
PdzPartnerKindFlags
pdz_query_get_partner_kinds (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), PDZ_PARTNER_KIND_FLAGS_NONE);

  return self->partner_kinds;
}

/**
 * pdz_query_set_partner_kinds:
 * @self: a query
 * @partner_kinds: the kinds of partner to match, or %PDZ_PARTNER_KIND_FLAGS_NONE for any
 *
 * Sets [property@Pdz.Query:partner-kinds].
 *
 * Since: 0.2
 */
void
pdz_query_set_partner_kinds (PdzQuery            *self,
                            PdzPartnerKindFlags  partner_kinds)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (((guint) partner_kinds & ~FLAGS_OF (PDZ_N_PARTNER_KINDS)) == 0);

  if (self->partner_kinds == partner_kinds)
    return;
  self->partner_kinds = partner_kinds;
  notify (self, PROP_PARTNER_KINDS, PROP_0);
}

/**
 * pdz_query_get_objective_kinds:
 * @self: a query
 *
 * Gets [property@Pdz.Query:objective-kinds].
 *
 * Returns: the kinds of objective matched, or %PDZ_OBJECTIVE_KIND_FLAGS_NONE for any
 *
 * Since: 0.2
 */
PdzObjectiveKindFlags
pdz_query_get_objective_kinds (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), PDZ_OBJECTIVE_KIND_FLAGS_NONE);

  return self->objective_kinds;
}

/**
 * pdz_query_set_objective_kinds:
 * @self: a query
 * @objective_kinds: the kinds of objective to match, or %PDZ_OBJECTIVE_KIND_FLAGS_NONE for any
 *
 * Sets [property@Pdz.Query:objective-kinds].
 *
 * Since: 0.2
 */
void
pdz_query_set_objective_kinds (PdzQuery              *self,
                              PdzObjectiveKindFlags  objective_kinds)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail (((guint) objective_kinds & ~FLAGS_OF (PDZ_N_OBJECTIVE_KINDS)) == 0);

  if (self->objective_kinds == objective_kinds)
    return;
  self->objective_kinds = objective_kinds;
  notify (self, PROP_OBJECTIVE_KINDS, PROP_0);
}

/**
 * pdz_query_add_status:
 * @self: a query
 * @status: a status
 *
 * Adds @status to [property@Pdz.Query:statuses].
 */
void
pdz_query_add_status (PdzQuery  *self,
                      PdzStatus  status)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail ((guint) status < PDZ_N_STATUSES);

  pdz_query_set_statuses (self, self->statuses | (1u << status));
}

/**
 * pdz_query_get_start:
 * @self: a query
 *
 * Gets [property@Pdz.Query:start].
 *
 * Returns: (transfer none) (nullable): the start of the window, or %NULL
 *
 * Since: 0.2
 */
const PdzDate *
pdz_query_get_start (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  return self->start;
}

/**
 * pdz_query_set_start:
 * @self: a query
 * @start: (nullable): the start of the window, or %NULL
 *
 * Sets [property@Pdz.Query:start]. @start is copied.
 *
 * Since: 0.2
 */
void
pdz_query_set_start (PdzQuery      *self,
                     const PdzDate *start)
{
  g_return_if_fail (PDZ_IS_QUERY (self));

  if (_pdz_set_date (&self->start, start))
    notify (self, PROP_START, PROP_FROM);
}

/**
 * pdz_query_get_end:
 * @self: a query
 *
 * Gets [property@Pdz.Query:end].
 *
 * Returns: (transfer none) (nullable): the end of the window, or %NULL
 *
 * Since: 0.2
 */
const PdzDate *
pdz_query_get_end (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  return self->end;
}

/**
 * pdz_query_set_end:
 * @self: a query
 * @end: (nullable): the end of the window, or %NULL
 *
 * Sets [property@Pdz.Query:end]. @end is copied.
 *
 * Since: 0.2
 */
void
pdz_query_set_end (PdzQuery      *self,
                   const PdzDate *end)
{
  g_return_if_fail (PDZ_IS_QUERY (self));

  if (_pdz_set_date (&self->end, end))
    notify (self, PROP_END, PROP_TO);
}

/**
 * pdz_query_get_undated:
 * @self: a query
 *
 * Gets [property@Pdz.Query:undated].
 *
 * Returns: %TRUE if the query matches only actions without a date
 *
 * Since: 0.2
 */
gboolean
pdz_query_get_undated (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), FALSE);

  return self->undated;
}

/**
 * pdz_query_set_undated:
 * @self: a query
 * @undated: %TRUE to match only actions without a date
 *
 * Sets [property@Pdz.Query:undated].
 *
 * Since: 0.2
 */
void
pdz_query_set_undated (PdzQuery *self,
                       gboolean  undated)
{
  g_return_if_fail (PDZ_IS_QUERY (self));

  undated = !!undated;
  if (self->undated == undated)
    return;
  self->undated = undated;
  notify (self, PROP_UNDATED, PROP_0);
}

/**
 * pdz_query_get_via_projects:
 * @self: a query
 *
 * Gets [property@Pdz.Query:via-projects].
 *
 * Returns: %TRUE if the objective criteria also match the actions of the
 *   projects serving the objectives
 *
 * Since: 0.2
 */
gboolean
pdz_query_get_via_projects (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), FALSE);

  return self->via_projects;
}

/**
 * pdz_query_set_via_projects:
 * @self: a query
 * @via_projects: %TRUE to match the actions of the projects serving the
 *   objectives too
 *
 * Sets [property@Pdz.Query:via-projects].
 *
 * Since: 0.2
 */
void
pdz_query_set_via_projects (PdzQuery *self,
                            gboolean  via_projects)
{
  g_return_if_fail (PDZ_IS_QUERY (self));

  via_projects = !!via_projects;
  if (self->via_projects == via_projects)
    return;
  self->via_projects = via_projects;
  notify (self, PROP_VIA_PROJECTS, PROP_0);
}

/**
 * pdz_query_get_text:
 * @self: a query
 *
 * Gets [property@Pdz.Query:text].
 *
 * Returns: (transfer none) (nullable): the words searched, or %NULL
 */
const char *
pdz_query_get_text (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  return self->text;
}

/**
 * pdz_query_set_text:
 * @self: a query
 * @text: (nullable): words to search for, or %NULL for any
 *
 * Sets [property@Pdz.Query:text].
 */
void
pdz_query_set_text (PdzQuery   *self,
                    const char *text)
{
  g_return_if_fail (PDZ_IS_QUERY (self));

  if (_pdz_set_string (&self->text, text))
    notify (self, PROP_TEXT, PROP_0);
}

/**
 * pdz_query_get_sort:
 * @self: a query
 *
 * Gets [property@Pdz.Query:sort].
 *
 * Returns: the order of the results
 *
 * Since: 0.2
 */
PdzQuerySort
pdz_query_get_sort (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), PDZ_QUERY_SORT_DOCUMENT);

  return self->sort;
}

/**
 * pdz_query_set_sort:
 * @self: a query
 * @sort: the order of the results
 *
 * Sets [property@Pdz.Query:sort].
 *
 * Since: 0.2
 */
void
pdz_query_set_sort (PdzQuery     *self,
                    PdzQuerySort  sort)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail ((guint) sort <= PDZ_QUERY_SORT_STATUS);

  if (self->sort == sort)
    return;
  self->sort = sort;
  notify (self, PROP_SORT, PROP_0);
}

/* --- The criteria of 0.1, deprecated ------------------------------------ */

/**
 * pdz_query_get_role:
 * @self: a query
 *
 * Gets the lowest role of [property@Pdz.Query:roles].
 *
 * Returns: the role, %PDZ_ROLE_PARTICIPANT when none is set
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.get_roles].
 */
PdzRole
pdz_query_get_role (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), PDZ_ROLE_PARTICIPANT);

  for (guint r = 0; r < PDZ_N_ROLES; r++)
    if (self->roles & (1u << r))
      return (PdzRole) r;
  return PDZ_ROLE_PARTICIPANT;
}

/**
 * pdz_query_set_role:
 * @self: a query
 * @role: a role
 *
 * Sets [property@Pdz.Query:roles] to @role alone.
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.set_roles].
 */
void
pdz_query_set_role (PdzQuery *self,
                    PdzRole   role)
{
  g_return_if_fail (PDZ_IS_QUERY (self));
  g_return_if_fail ((guint) role < PDZ_N_ROLES);

  pdz_query_set_roles (self, 1u << role);
}

/**
 * pdz_query_get_role_set:
 * @self: a query
 *
 * Gets whether [property@Pdz.Query:roles] holds a role.
 *
 * Returns: %TRUE if a role is set
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.get_roles].
 */
gboolean
pdz_query_get_role_set (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), FALSE);

  return self->roles != PDZ_ROLE_FLAGS_NONE;
}

/**
 * pdz_query_set_role_set:
 * @self: a query
 * @role_set: %FALSE to clear the roles, %TRUE to keep them, or to set
 *   %PDZ_ROLE_PARTICIPANT when there are none
 *
 * Sets whether [property@Pdz.Query:roles] holds a role.
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.set_roles].
 */
void
pdz_query_set_role_set (PdzQuery *self,
                        gboolean  role_set)
{
  g_return_if_fail (PDZ_IS_QUERY (self));

  if (!role_set)
    pdz_query_set_roles (self, PDZ_ROLE_FLAGS_NONE);
  else if (self->roles == PDZ_ROLE_FLAGS_NONE)
    pdz_query_set_roles (self, PDZ_ROLE_FLAGS_PARTICIPANT);
}

/**
 * pdz_query_get_extra:
 * @self: a query
 *
 * Gets whether [property@Pdz.Query:origins] is %PDZ_ORIGIN_FLAGS_EXTRA.
 *
 * Returns: %TRUE if the query matches extra actions only
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.get_origins].
 */
gboolean
pdz_query_get_extra (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), FALSE);

  return self->origins == PDZ_ORIGIN_FLAGS_EXTRA;
}

/**
 * pdz_query_set_extra:
 * @self: a query
 * @extra: %TRUE for extra actions, %FALSE for the others
 *
 * Sets [property@Pdz.Query:origins] to %PDZ_ORIGIN_FLAGS_EXTRA, or to
 * what 0.1 called "not extra": planned and not stated.
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.set_origins].
 */
void
pdz_query_set_extra (PdzQuery *self,
                     gboolean  extra)
{
  g_return_if_fail (PDZ_IS_QUERY (self));

  pdz_query_set_origins (self, extra ? PDZ_ORIGIN_FLAGS_EXTRA
                                     : PDZ_ORIGIN_FLAGS_PLANNED | PDZ_ORIGIN_FLAGS_NOT_STATED);
}

/**
 * pdz_query_get_extra_set:
 * @self: a query
 *
 * Gets whether [property@Pdz.Query:origins] is set.
 *
 * Returns: %TRUE if origins are set
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.get_origins].
 */
gboolean
pdz_query_get_extra_set (PdzQuery *self)
{
  g_return_val_if_fail (PDZ_IS_QUERY (self), FALSE);

  return self->origins != PDZ_ORIGIN_FLAGS_NONE;
}

/**
 * pdz_query_set_extra_set:
 * @self: a query
 * @extra_set: %FALSE to clear the origins, %TRUE to keep them, or to set
 *   those of "not extra" when there are none
 *
 * Sets whether [property@Pdz.Query:origins] is set.
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.set_origins].
 */
void
pdz_query_set_extra_set (PdzQuery *self,
                         gboolean  extra_set)
{
  g_return_if_fail (PDZ_IS_QUERY (self));

  if (!extra_set)
    pdz_query_set_origins (self, PDZ_ORIGIN_FLAGS_NONE);
  else if (self->origins == PDZ_ORIGIN_FLAGS_NONE)
    pdz_query_set_origins (self, PDZ_ORIGIN_FLAGS_PLANNED | PDZ_ORIGIN_FLAGS_NOT_STATED);
}

/**
 * pdz_query_get_from:
 * @self: a query
 *
 * Gets [property@Pdz.Query:start].
 *
 * Returns: (transfer none) (nullable): the start of the window, or %NULL
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.get_start].
 */
const PdzDate *
pdz_query_get_from (PdzQuery *self)
{
  return pdz_query_get_start (self);
}

/**
 * pdz_query_set_from:
 * @self: a query
 * @from: (nullable): the start of the window, or %NULL
 *
 * Sets [property@Pdz.Query:start].
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.set_start].
 */
void
pdz_query_set_from (PdzQuery      *self,
                    const PdzDate *from)
{
  pdz_query_set_start (self, from);
}

/**
 * pdz_query_get_to:
 * @self: a query
 *
 * Gets [property@Pdz.Query:end].
 *
 * Returns: (transfer none) (nullable): the end of the window, or %NULL
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.get_end].
 */
const PdzDate *
pdz_query_get_to (PdzQuery *self)
{
  return pdz_query_get_end (self);
}

/**
 * pdz_query_set_to:
 * @self: a query
 * @to: (nullable): the end of the window, or %NULL
 *
 * Sets [property@Pdz.Query:end].
 *
 * Deprecated: 0.2: Use [method@Pdz.Query.set_end].
 */
void
pdz_query_set_to (PdzQuery      *self,
                  const PdzDate *to)
{
  pdz_query_set_end (self, to);
}

/* ----------------------------------------------------------------------
 * Matching
 * ---------------------------------------------------------------------- */

/* The criteria of one run, resolved against the plan. */
typedef struct {
  PdzPlan *plan;                      /* (not owned) (nullable) */
  PdzPlanIndex *index;                /* (owned) */
  PdzStatusFlags statuses;            /* none: any */
  PdzOriginFlags origins;
  PdzRoleFlags roles;
  PdzPartnerKindFlags partner_kinds;
  PdzObjectiveKindFlags objective_kinds;
  gboolean impossible;                /* nothing can match */
  GHashTable *macroareas;             /* (owned) (nullable): set of PdzMacroarea */
  GHashTable *objectives;             /* (owned) (nullable): set of PdzObjective */
  GHashTable *partners;               /* (owned) (nullable): set of PdzPartner */
  GHashTable *projects;               /* (owned) (nullable): set of PdzProject */
  char **folded_sources;              /* (owned) (nullable) */
  char **words;                       /* (owned) (nullable) */
  gboolean has_window;
  guint32 window_first;
  guint32 window_last;
  gboolean undated;
  gboolean via_projects;
} Match;

typedef gpointer (*LookupFunc) (PdzPlan *plan, const char *id);

/* The entities of the plan named by @ids, or NULL when @ids is: any. Ids
 * the plan does not hold match nothing; when none is held, nothing can
 * match at all. */
static GHashTable *
resolve_set (Match              *m,
             const char * const *ids,
             LookupFunc          lookup)
{
  GHashTable *set;

  if (ids == NULL)
    return NULL;

  set = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      gpointer entity = lookup (m->plan, ids[i]);

      if (entity != NULL)
        g_hash_table_add (set, entity);
    }
  if (g_hash_table_size (set) == 0)
    m->impossible = TRUE;
  return set;
}

static gboolean
match_init (Match    *m,
            PdzQuery *query)
{
  memset (m, 0, sizeof *m);
  m->plan = query->plan;
  m->statuses = query->statuses;
  m->origins = query->origins;
  m->roles = query->roles;
  m->partner_kinds = query->partner_kinds;
  m->objective_kinds = query->objective_kinds;
  m->undated = query->undated;
  m->via_projects = query->via_projects;
  if (m->plan == NULL)
    return FALSE;

  m->index = _pdz_plan_index_get (m->plan);
  m->macroareas = resolve_set (m, (const char * const *) query->macroareas,
                               (LookupFunc) pdz_plan_lookup_macroarea);
  m->objectives = resolve_set (m, (const char * const *) query->objectives,
                               (LookupFunc) pdz_plan_lookup_objective);
  m->partners = resolve_set (m, (const char * const *) query->partners,
                             (LookupFunc) pdz_plan_lookup_partner);
  m->projects = resolve_set (m, (const char * const *) query->projects,
                             (LookupFunc) pdz_plan_lookup_project);

  if (query->funding_sources != NULL)
    {
      guint n = g_strv_length (query->funding_sources);

      m->folded_sources = g_new0 (char *, n + 1);
      for (guint i = 0; i < n; i++)
        m->folded_sources[i] = _pdz_text_fold (query->funding_sources[i]);
    }
  m->words = _pdz_text_fold_words (query->text);

  if (query->start != NULL || query->end != NULL)
    {
      m->has_window = TRUE;
      m->window_first = query->start != NULL ? _pdz_date_first_julian (query->start) : PDZ_SPAN_MIN;
      m->window_last = query->end != NULL ? _pdz_date_last_julian (query->end) : PDZ_SPAN_MAX;
      if (m->window_first > m->window_last)
        m->impossible = TRUE;
    }

  return TRUE;
}

static void
match_clear (Match *m)
{
  g_clear_pointer (&m->index, _pdz_plan_index_unref);
  g_clear_pointer (&m->macroareas, g_hash_table_unref);
  g_clear_pointer (&m->objectives, g_hash_table_unref);
  g_clear_pointer (&m->partners, g_hash_table_unref);
  g_clear_pointer (&m->projects, g_hash_table_unref);
  g_clear_pointer (&m->folded_sources, g_strfreev);
  g_clear_pointer (&m->words, g_strfreev);
}

/* @set holds @entity, or there is no such criterion. */
static gboolean
in_set (GHashTable *set,
        gpointer    entity)
{
  return set == NULL || (entity != NULL && g_hash_table_contains (set, entity));
}

static gboolean
in_flags (guint flags,
          guint value)
{
  return flags == 0 || (flags & (1u << value)) != 0;
}

static gboolean
has_participant_criterion (Match *m)
{
  return m->partners != NULL || m->roles != 0 || m->partner_kinds != 0;
}

/* One partner, in one role, meets every participant criterion. */
static gboolean
participant_matches (Match      *m,
                     PdzPartner *partner,
                     PdzRole     role)
{
  return partner != NULL &&
         in_set (m->partners, partner) &&
         in_flags (m->roles, role) &&
         in_flags (m->partner_kinds, pdz_partner_get_kind (partner));
}

static gboolean
participations_match (Match      *m,
                      GListModel *participations)
{
  PDZ_MODEL_FOREACH (participations, PdzParticipation, participation)
    {
      if (participant_matches (m, pdz_participation_get_partner (participation),
                               pdz_participation_get_role (participation)))
        return TRUE;
    }

  return FALSE;
}

static gboolean
fundings_match (Match      *m,
                GListModel *fundings)
{
  PDZ_MODEL_FOREACH (fundings, PdzFunding, funding)
    {
      g_autofree char *folded = _pdz_text_fold (pdz_funding_get_source (funding));

      if (g_strv_contains ((const char * const *) m->folded_sources, folded))
        return TRUE;
    }

  return FALSE;
}

/* An action without a date of its own, nor a dated event. */
static gboolean
action_is_undated (PdzAction *action)
{
  return pdz_action_get_date (action) == NULL && pdz_action_get_end_date (action) == NULL &&
         g_list_model_get_n_items (pdz_action_get_milestones (action)) == 0;
}

/* The span of an action, from the first day its date may denote to the
 * last day its end date (or, without one, its date) may denote, overlaps
 * the window; or one of its milestones does. */
static gboolean
action_in_window (Match     *m,
                  PdzAction *action)
{
  const PdzDate *date = pdz_action_get_date (action);
  const PdzDate *end = pdz_action_get_end_date (action);

  if ((date != NULL || end != NULL) &&
      _pdz_span_overlaps (_pdz_date_first_julian (date != NULL ? date : end),
                          _pdz_date_last_julian (end != NULL ? end : date),
                          m->window_first, m->window_last))
    return TRUE;

  PDZ_MODEL_FOREACH (pdz_action_get_milestones (action), PdzMilestone, milestone)
    {
      const PdzDate *day = pdz_milestone_get_date (milestone);

      if (day != NULL &&
          _pdz_span_overlaps (_pdz_date_first_julian (day), _pdz_date_last_julian (day),
                              m->window_first, m->window_last))
        return TRUE;
    }

  return FALSE;
}

/* --- Scope: the macroarea, objective and objective-kind criteria --- */

static gboolean
has_scope_criterion (Match *m)
{
  return m->macroareas != NULL || m->objectives != NULL || m->objective_kinds != 0;
}

static gboolean
objective_in_scope (Match        *m,
                    PdzObjective *objective)
{
  return in_set (m->objectives, objective) &&
         in_set (m->macroareas, pdz_objective_get_macroarea (objective)) &&
         in_flags (m->objective_kinds, pdz_objective_get_kind (objective));
}

/* The project serves an objective in scope. */
static gboolean
project_in_scope (Match      *m,
                  PdzProject *project)
{
  PDZ_MODEL_FOREACH (pdz_project_get_objectives (project), PdzObjective, served)
    {
      if (objective_in_scope (m, served))
        return TRUE;
    }

  return FALSE;
}

/* By the counting rule: the objective that holds the action (or its
 * bullet); with via-projects, also the objectives its project serves. */
static gboolean
action_in_scope (Match     *m,
                 PdzAction *action)
{
  PdzObjective *objective;
  PdzProject *project;

  if (!has_scope_criterion (m))
    return TRUE;

  objective = pdz_action_get_objective (action);
  if (objective != NULL)
    return objective_in_scope (m, objective);

  project = pdz_action_get_project (action);
  return m->via_projects && project != NULL && project_in_scope (m, project);
}

/* --- Actions --- */

/* The action is held by one of the projects (its bullet is), or names one. */
static gboolean
action_in_projects (Match     *m,
                    PdzAction *action)
{
  if (m->projects == NULL)
    return TRUE;

  if (in_set (m->projects, pdz_action_get_project (action)))
    return TRUE;

  PDZ_MODEL_FOREACH (pdz_action_get_projects (action), PdzProject, project)
    {
      if (g_hash_table_contains (m->projects, project))
        return TRUE;
    }

  return FALSE;
}

/* The criteria that objectives and projects take from their actions. */
static gboolean
has_action_criterion (Match *m)
{
  return m->projects != NULL || m->folded_sources != NULL ||
         m->has_window || m->undated || m->origins != 0;
}

static gboolean
action_meets_action_criteria (Match     *m,
                              PdzAction *action)
{
  if (!in_flags (m->origins, pdz_action_get_origin (action)))
    return FALSE;
  if (!action_in_projects (m, action))
    return FALSE;
  if (m->folded_sources != NULL && !fundings_match (m, pdz_action_get_fundings (action)))
    return FALSE;
  if (m->has_window && !action_in_window (m, action))
    return FALSE;
  if (m->undated && !action_is_undated (action))
    return FALSE;
  return TRUE;
}

static gboolean
text_matches (Match    *m,
              gpointer  entity)
{
  return m->words == NULL ||
         _pdz_text_contains_words (_pdz_plan_index_get_folded_text (m->index, entity),
                                   (const char * const *) m->words);
}

static gboolean
action_matches (Match     *m,
                PdzAction *action)
{
  return !m->impossible &&
         in_flags (m->statuses, pdz_action_get_status (action)) &&
         action_in_scope (m, action) &&
         (!has_participant_criterion (m) ||
          participations_match (m, pdz_action_get_participations (action))) &&
         action_meets_action_criteria (m, action) &&
         text_matches (m, action);
}

/* Some action of @actions meets the participant criteria (when
 * @participants) or the action criteria (otherwise). */
static gboolean
some_action (Match     *m,
             GPtrArray *actions,
             gboolean   participants)
{
  for (guint i = 0; actions != NULL && i < actions->len; i++)
    {
      PdzAction *action = g_ptr_array_index (actions, i);

      if (participants
          ? participations_match (m, pdz_action_get_participations (action))
          : action_meets_action_criteria (m, action))
        return TRUE;
    }

  return FALSE;
}

/* --- Objectives --- */

static gboolean
objective_some_action (Match        *m,
                       PdzObjective *objective,
                       gboolean      participants)
{
  return some_action (m, _pdz_plan_index_lookup (m->index->objective_actions, objective),
                      participants) ||
         (m->via_projects &&
          some_action (m, _pdz_plan_index_lookup (m->index->objective_project_actions, objective),
                       participants));
}

static gboolean
objective_matches (Match        *m,
                   PdzObjective *objective)
{
  if (m->impossible ||
      !in_flags (m->statuses, pdz_objective_get_status (objective)) ||
      !objective_in_scope (m, objective))
    return FALSE;

  if (has_participant_criterion (m) &&
      !participations_match (m, pdz_objective_get_participations (objective)) &&
      !objective_some_action (m, objective, TRUE))
    return FALSE;
  if (has_action_criterion (m) && !objective_some_action (m, objective, FALSE))
    return FALSE;
  return text_matches (m, objective);
}

/* --- Projects --- */

static gboolean
project_in_window (Match      *m,
                   PdzProject *project)
{
  const PdzDate *start = pdz_project_get_start (project);
  const PdzDate *end = pdz_project_get_end (project);

  /* A project runs from its start to its end; a missing bound is open. */
  if (start == NULL && end == NULL)
    return FALSE;

  return _pdz_span_overlaps (start != NULL ? _pdz_date_first_julian (start) : PDZ_SPAN_MIN,
                             end != NULL ? _pdz_date_last_julian (end) : PDZ_SPAN_MAX,
                             m->window_first, m->window_last);
}

static gboolean
project_matches (Match      *m,
                 PdzProject *project)
{
  GPtrArray *actions;

  if (m->impossible ||
      !in_flags (m->statuses, pdz_project_get_status (project)) ||
      !in_set (m->projects, project) ||
      (has_scope_criterion (m) && !project_in_scope (m, project)))
    return FALSE;

  actions = _pdz_plan_index_lookup (m->index->project_actions, project);
  if (has_participant_criterion (m) &&
      !participant_matches (m, pdz_project_get_lead (project), PDZ_ROLE_LEAD) &&
      !participations_match (m, pdz_project_get_participations (project)) &&
      !some_action (m, actions, TRUE))
    return FALSE;
  if (m->folded_sources != NULL &&
      !fundings_match (m, pdz_project_get_fundings (project)))
    {
      gboolean found = FALSE;

      for (guint i = 0; actions != NULL && i < actions->len && !found; i++)
        found = fundings_match (m, pdz_action_get_fundings (g_ptr_array_index (actions, i)));
      if (!found)
        return FALSE;
    }
  if (m->has_window && !project_in_window (m, project))
    return FALSE;
  if (m->undated && (pdz_project_get_start (project) != NULL || pdz_project_get_end (project) != NULL))
    return FALSE;
  if (m->origins != 0)
    {
      gboolean found = FALSE;

      for (guint i = 0; actions != NULL && i < actions->len && !found; i++)
        found = in_flags (m->origins, pdz_action_get_origin (g_ptr_array_index (actions, i)));
      if (!found)
        return FALSE;
    }
  return text_matches (m, project);
}

/* --- Finding --- */

/* The smallest indexed list of candidate actions, in document order, or
 * NULL when an indexed criterion has nothing under it. A criterion of one
 * value only narrows the candidates. */
static GPtrArray *
candidate_actions (Match *m)
{
  struct {
    GHashTable *set;
    GHashTable *table;
  } indexed[] = {
    { m->partners, m->index->partner_actions },
    { m->projects, m->index->project_actions },
    { m->via_projects ? NULL : m->macroareas, m->index->macroarea_actions },
    { m->via_projects ? NULL : m->objectives, m->index->objective_actions },
  };
  GPtrArray *best = m->index->actions;

  for (guint i = 0; i < G_N_ELEMENTS (indexed); i++)
    {
      GHashTableIter iter;
      gpointer key;
      GPtrArray *list;

      if (indexed[i].set == NULL || g_hash_table_size (indexed[i].set) != 1)
        continue;
      g_hash_table_iter_init (&iter, indexed[i].set);
      g_hash_table_iter_next (&iter, &key, NULL);
      list = _pdz_plan_index_lookup (indexed[i].table, key);
      if (list == NULL)
        return NULL;
      if (list->len < best->len)
        best = list;
    }

  return best;
}

typedef struct {
  gpointer item;              /* (not owned) */
  char *title;                /* (owned) (nullable): folded, for PDZ_QUERY_SORT_TITLE */
} SortItem;

/* The earliest of the dated events of an action. */
static const PdzDate *
earliest_milestone (PdzAction *action)
{
  const PdzDate *earliest = NULL;

  PDZ_MODEL_FOREACH (pdz_action_get_milestones (action), PdzMilestone, milestone)
    {
      const PdzDate *day = pdz_milestone_get_date (milestone);

      if (day != NULL && (earliest == NULL || pdz_date_compare (day, earliest) < 0))
        earliest = day;
    }

  return earliest;
}

static const PdzDate *
item_date (gpointer item)
{
  if (PDZ_IS_ACTION (item))
    {
      if (pdz_action_get_date (item) != NULL)
        return pdz_action_get_date (item);
      if (pdz_action_get_end_date (item) != NULL)
        return pdz_action_get_end_date (item);
      return earliest_milestone (item);
    }
  if (PDZ_IS_PROJECT (item))
    return pdz_project_get_start (item) != NULL ? pdz_project_get_start (item)
                                                : pdz_project_get_end (item);
  return NULL;
}

static PdzStatus
item_status (gpointer item)
{
  if (PDZ_IS_ACTION (item))
    return pdz_action_get_status (item);
  if (PDZ_IS_OBJECTIVE (item))
    return pdz_objective_get_status (item);
  return pdz_project_get_status (item);
}

static const char *
item_title (gpointer item)
{
  if (PDZ_IS_ACTION (item))
    return pdz_action_get_title (item);
  if (PDZ_IS_OBJECTIVE (item))
    return pdz_objective_get_title (item);
  return pdz_project_get_title (item);
}

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const SortItem *ia = a;
  const SortItem *ib = b;
  PdzQuerySort sort = GPOINTER_TO_INT (user_data);

  switch (sort)
    {
    case PDZ_QUERY_SORT_DATE:
      {
        const PdzDate *da = item_date (ia->item);
        const PdzDate *db = item_date (ib->item);

        /* Undated last. */
        if (da == NULL || db == NULL)
          return (da == NULL) - (db == NULL);
        return pdz_date_compare (da, db);
      }
    case PDZ_QUERY_SORT_TITLE:
      {
        int c = g_strcmp0 (ia->title, ib->title);

        return c != 0 ? c : g_strcmp0 (item_title (ia->item), item_title (ib->item));
      }
    case PDZ_QUERY_SORT_STATUS:
      return (int) item_status (ia->item) - (int) item_status (ib->item);
    case PDZ_QUERY_SORT_DOCUMENT:
    default:
      return 0;
    }
}

/* Sorts @items (in document order) as @sort asks, stably, into a new list
 * model of @type. (transfer full) */
static GListModel *
sorted_model (GPtrArray    *items,
              GType         type,
              PdzQuerySort  sort)
{
  GListStore *store = g_list_store_new (type);
  g_autoptr(GArray) keyed = g_array_sized_new (FALSE, TRUE, sizeof (SortItem), items->len);

  for (guint i = 0; i < items->len; i++)
    {
      SortItem item = { g_ptr_array_index (items, i), NULL };

      if (sort == PDZ_QUERY_SORT_TITLE)
        item.title = _pdz_text_fold (item_title (item.item));
      g_array_append_val (keyed, item);
    }

  /* g_array_sort_with_data() is a stable sort: ties keep document order. */
  if (sort != PDZ_QUERY_SORT_DOCUMENT)
    g_array_sort_with_data (keyed, compare_items, GINT_TO_POINTER (sort));

  for (guint i = 0; i < keyed->len; i++)
    {
      SortItem *item = &g_array_index (keyed, SortItem, i);

      g_list_store_append (store, item->item);
      g_free (item->title);
    }

  return G_LIST_MODEL (store);
}

/* The actions that match, in document order. (transfer container) */
static GPtrArray *
match_actions (Match    *m,
               PdzQuery *query)
{
  GPtrArray *found = g_ptr_array_new ();

  if (match_init (m, query) && !m->impossible)
    {
      GPtrArray *candidates = candidate_actions (m);

      for (guint i = 0; candidates != NULL && i < candidates->len; i++)
        {
          PdzAction *action = g_ptr_array_index (candidates, i);

          if (action_matches (m, action))
            g_ptr_array_add (found, action);
        }
    }

  return found;
}

/**
 * pdz_query_find_actions:
 * @self: a query
 *
 * Finds the actions that meet every criterion of the query: bullets and
 * sub-actions alike. In the order of [property@Pdz.Query:sort]; by
 * default the order of the file (the actions of objectives, then those of
 * projects, each sub-action after its bullet).
 *
 * Returns: (transfer full): a new list model of [class@Pdz.Action]; empty
 *   without a plan
 */
GListModel *
pdz_query_find_actions (PdzQuery *self)
{
  g_autoptr(GPtrArray) found = NULL;
  GListModel *model;
  Match m;

  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  found = match_actions (&m, self);
  model = sorted_model (found, PDZ_TYPE_ACTION, self->sort);
  match_clear (&m);

  return model;
}

GPtrArray *
_pdz_query_dup_bullets (PdzQuery *self)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GHashTable) counted = g_hash_table_new (g_direct_hash, g_direct_equal);
  GPtrArray *bullets = g_ptr_array_new_with_free_func (g_object_unref);
  Match m;

  found = match_actions (&m, self);
  for (guint i = 0; i < found->len; i++)
    {
      PdzAction *action = g_ptr_array_index (found, i);
      PdzAction *parent = pdz_action_get_parent (action);

      /* The status and origin criteria are the bullet's: a completed
       * point of a bullet in progress is found, but the bullet does not
       * count as completed. */
      if (parent != NULL &&
          (!in_flags (m.statuses, pdz_action_get_status (parent)) ||
           !in_flags (m.origins, pdz_action_get_origin (parent))))
        continue;
      g_hash_table_add (counted, parent != NULL ? parent : action);
    }

  /* In document order, whatever the sort. */
  for (guint i = 0; m.index != NULL && i < m.index->bullets->len; i++)
    {
      PdzAction *bullet = g_ptr_array_index (m.index->bullets, i);

      if (g_hash_table_contains (counted, bullet))
        g_ptr_array_add (bullets, g_object_ref (bullet));
    }
  match_clear (&m);

  return bullets;
}

/**
 * pdz_query_count_actions:
 * @self: a query
 *
 * Counts what [method@Pdz.Query.find_actions] finds by the counting rule:
 * bullets. A sub-action that matches counts as its bullet, and a bullet
 * counts once however many of its sub-actions match. The status and
 * origin criteria are the bullet's: a completed point of a bullet in
 * progress is found by a query for completed actions, but does not make
 * its bullet count as completed. So this is the number that
 * [class@Pdz.Stats] counts for the query.
 *
 * Returns: the number of bullets matched
 *
 * Since: 0.2
 */
guint
pdz_query_count_actions (PdzQuery *self)
{
  g_autoptr(GPtrArray) bullets = NULL;

  g_return_val_if_fail (PDZ_IS_QUERY (self), 0);

  bullets = _pdz_query_dup_bullets (self);
  return bullets->len;
}

/**
 * pdz_query_find_objectives:
 * @self: a query
 *
 * Finds the objectives that meet the criteria of the query. An objective
 * meets [property@Pdz.Query:statuses], [property@Pdz.Query:text] and the
 * scope criteria (macroareas, objectives, objective kinds) by itself; the
 * partner criteria by itself or through one of its actions; the project,
 * funding-source, date, undated and origin criteria through one of its
 * actions (or, with [property@Pdz.Query:via-projects], of the projects
 * serving it) that meets them all.
 *
 * Returns: (transfer full): a new list model of [class@Pdz.Objective]
 */
GListModel *
pdz_query_find_objectives (PdzQuery *self)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GListModel *model;
  Match m;

  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  if (match_init (&m, self) && !m.impossible)
    {
      PDZ_MODEL_FOREACH (pdz_plan_get_objectives (m.plan), PdzObjective, objective)
        {
          if (objective_matches (&m, objective))
            g_ptr_array_add (found, objective);
        }
    }
  model = sorted_model (found, PDZ_TYPE_OBJECTIVE, self->sort);
  match_clear (&m);

  return model;
}

/**
 * pdz_query_find_projects:
 * @self: a query
 *
 * Finds the projects that meet the criteria of the query. A project meets
 * [property@Pdz.Query:statuses], [property@Pdz.Query:projects],
 * [property@Pdz.Query:text], the date window (from its start to its end;
 * a missing bound is open) and [property@Pdz.Query:undated] (no start and
 * no end) by itself; the scope criteria through the objectives it serves;
 * the partner criteria through its lead, its partners or its actions; the
 * funding sources through its fundings or its actions'; the origins
 * through one of its actions.
 *
 * Returns: (transfer full): a new list model of [class@Pdz.Project]
 */
GListModel *
pdz_query_find_projects (PdzQuery *self)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GListModel *model;
  Match m;

  g_return_val_if_fail (PDZ_IS_QUERY (self), NULL);

  if (match_init (&m, self) && !m.impossible)
    {
      PDZ_MODEL_FOREACH (pdz_plan_get_projects (m.plan), PdzProject, project)
        {
          if (project_matches (&m, project))
            g_ptr_array_add (found, project);
        }
    }
  model = sorted_model (found, PDZ_TYPE_PROJECT, self->sort);
  match_clear (&m);

  return model;
}

/**
 * pdz_query_matches_action:
 * @self: a query
 * @action: an action of the query's plan
 *
 * Tells whether @action meets every criterion of the query, as
 * [method@Pdz.Query.find_actions] would.
 *
 * Returns: %TRUE if @action matches
 */
gboolean
pdz_query_matches_action (PdzQuery  *self,
                          PdzAction *action)
{
  gboolean matches = FALSE;
  Match m;

  g_return_val_if_fail (PDZ_IS_QUERY (self), FALSE);
  g_return_val_if_fail (PDZ_IS_ACTION (action), FALSE);

  if (match_init (&m, self) && pdz_action_get_plan (action) == m.plan)
    matches = action_matches (&m, action);
  match_clear (&m);

  return matches;
}
