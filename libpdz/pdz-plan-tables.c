/* pdz-plan-tables.c: the tabular views of a plan, one table per kind of entity
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Part of PdzPlan: pdz_plan_dup_table(). Each table lists every entity of
 * one kind, in the order of the file, one row each, with id-based columns
 * named after the members of the plan format: the machine-readable twin
 * of the report's CSV, the rows an analyst hands to pandas, and what the
 * workbook and database exports write.
 */

#include "pdz.h"

#include "pdz-entity-private.h"
#include "pdz-stats-private.h"
#include "pdz-util-private.h"

typedef struct
{
  PdzStatsTable *table;
  PdzStatsRow *row;           /* the row being filled */
  guint column;               /* the next column to fill */
} Filler;

static void
row_begin (Filler     *f,
           const char *key)
{
  f->row = _pdz_stats_table_append (f->table, key != NULL ? key : "");
  f->column = 1;
}

static void
put_string (Filler     *f,
            const char *value)
{
  if (value == NULL)
    _pdz_stats_row_set_null (f->row, f->column);
  else
    _pdz_stats_row_set_string (f->row, f->column, value);
  f->column++;
}

static void
put_enum (Filler *f,
          GType   type,
          int     value)
{
  put_string (f, _pdz_enum_to_nick (type, value));
}

static void
put_date (Filler        *f,
          const PdzDate *date)
{
  g_autofree char *text = date != NULL ? pdz_date_to_string (date) : NULL;

  put_string (f, text);
}

static void
put_id (Filler   *f,
        PdzKind   kind,
        gpointer  entity)
{
  put_string (f, entity != NULL ? _pdz_kind_get_id (kind, entity) : NULL);
}

/* A list in one cell: one item per line. */
static void
put_lines (Filler             *f,
           const char * const *items)
{
  g_autofree char *text = NULL;

  if (items != NULL && items[0] != NULL)
    text = g_strjoinv ("\n", (char **) items);
  put_string (f, text);
}

static void
put_ids (Filler     *f,
         PdzKind     kind,
         GListModel *entities)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  PDZ_MODEL_FOREACH (entities, GObject, entity)
    g_ptr_array_add (ids, (gpointer) _pdz_kind_get_id (kind, entity));
  g_ptr_array_add (ids, NULL);
  put_lines (f, (const char * const *) ids->pdata);
}

static void
put_int (Filler *f,
         gint64  value)
{
  _pdz_stats_row_set_int (f->row, f->column++, value);
}

static void
put_double (Filler *f,
            double  value)
{
  _pdz_stats_row_set_double (f->row, f->column++, value);
}

static void
put_null (Filler *f)
{
  _pdz_stats_row_set_null (f->row, f->column++);
}

/* --- The kinds --- */

#define S G_TYPE_STRING
#define I G_TYPE_INT64
#define D G_TYPE_DOUBLE

static const PdzStatsColumnSpec plan_columns[] = {
  { "id", S }, { "title", S }, { "description", S }, { "ambito", S }, { "language", S },
  { "start", S }, { "end", S }, { "municipalities", S }, { "lead-municipality", S },
  { "office", S }, { "email", S }, { "phone", S }, { "website", S },
  { "monitoring-title", S }, { "monitoring-start", S }, { "monitoring-end", S },
};
static const PdzStatsColumnSpec macroarea_columns[] = {
  { "id", S }, { "title", S }, { "code", S },
};
static const PdzStatsColumnSpec objective_columns[] = {
  { "id", S }, { "title", S }, { "kind", S }, { "macroarea", S }, { "status", S },
  { "description", S },
};
static const PdzStatsColumnSpec action_columns[] = {
  { "id", S }, { "parent", S }, { "objective", S }, { "project", S }, { "macroarea", S },
  { "title", S }, { "status", S }, { "origin", S }, { "date", S }, { "end-date", S },
  { "projects", S }, { "links", S },
};
static const PdzStatsColumnSpec milestone_columns[] = {
  { "action", S }, { "date", S }, { "title", S },
};
static const PdzStatsColumnSpec project_columns[] = {
  { "id", S }, { "title", S }, { "description", S }, { "status", S }, { "scope", S },
  { "lead", S }, { "start", S }, { "end", S }, { "objectives", S }, { "interventions", S },
};
static const PdzStatsColumnSpec partner_columns[] = {
  { "id", S }, { "name", S }, { "short-name", S }, { "kind", S }, { "website", S },
};
static const PdzStatsColumnSpec participation_columns[] = {
  { "owner", S }, { "owner-kind", S }, { "partner", S }, { "role", S },
};
static const PdzStatsColumnSpec funding_columns[] = {
  { "owner", S }, { "owner-kind", S }, { "source", S }, { "amount", I }, { "status", S },
};
static const PdzStatsColumnSpec indicator_columns[] = {
  { "id", S }, { "objective", S }, { "title", S }, { "unit", S },
  { "baseline-date", S }, { "baseline-value", D }, { "baseline-note", S },
  { "target-date", S }, { "target-value", D }, { "target-note", S },
};
static const PdzStatsColumnSpec measurement_columns[] = {
  { "indicator", S }, { "date", S }, { "value", D }, { "note", S },
};

#undef S
#undef I
#undef D

static const struct
{
  const char *name;
  const PdzStatsColumnSpec *columns;
  guint n_columns;
} kinds[] = {
  [PDZ_ENTITY_KIND_PLAN] = { "plan", plan_columns, G_N_ELEMENTS (plan_columns) },
  [PDZ_ENTITY_KIND_MACROAREA] = { "macroareas", macroarea_columns, G_N_ELEMENTS (macroarea_columns) },
  [PDZ_ENTITY_KIND_OBJECTIVE] = { "objectives", objective_columns, G_N_ELEMENTS (objective_columns) },
  [PDZ_ENTITY_KIND_ACTION] = { "actions", action_columns, G_N_ELEMENTS (action_columns) },
  [PDZ_ENTITY_KIND_MILESTONE] = { "milestones", milestone_columns, G_N_ELEMENTS (milestone_columns) },
  [PDZ_ENTITY_KIND_PROJECT] = { "projects", project_columns, G_N_ELEMENTS (project_columns) },
  [PDZ_ENTITY_KIND_PARTNER] = { "partners", partner_columns, G_N_ELEMENTS (partner_columns) },
  [PDZ_ENTITY_KIND_PARTICIPATION] = { "participations", participation_columns, G_N_ELEMENTS (participation_columns) },
  [PDZ_ENTITY_KIND_FUNDING] = { "fundings", funding_columns, G_N_ELEMENTS (funding_columns) },
  [PDZ_ENTITY_KIND_INDICATOR] = { "indicators", indicator_columns, G_N_ELEMENTS (indicator_columns) },
  [PDZ_ENTITY_KIND_MEASUREMENT] = { "measurements", measurement_columns, G_N_ELEMENTS (measurement_columns) },
};

static void
fill_plan (Filler  *f,
           PdzPlan *plan)
{
  row_begin (f, pdz_plan_get_id (plan));
  put_string (f, pdz_plan_get_title (plan));
  put_string (f, pdz_plan_get_description (plan));
  put_string (f, pdz_plan_get_ambito (plan));
  put_string (f, pdz_plan_get_language (plan));
  put_date (f, pdz_plan_get_start (plan));
  put_date (f, pdz_plan_get_end (plan));
  put_ids (f, PDZ_KIND_PARTNER, pdz_plan_get_municipalities (plan));
  put_id (f, PDZ_KIND_PARTNER, pdz_plan_get_lead_municipality (plan));
  put_string (f, pdz_plan_get_office (plan));
  put_string (f, pdz_plan_get_email (plan));
  put_string (f, pdz_plan_get_phone (plan));
  put_string (f, pdz_plan_get_website (plan));
  put_string (f, pdz_plan_get_monitoring_title (plan));
  put_date (f, pdz_plan_get_monitoring_start (plan));
  put_date (f, pdz_plan_get_monitoring_end (plan));
}

static void
fill_action (Filler    *f,
             PdzAction *action)
{
  PdzAction *parent = pdz_action_get_parent (action);

  row_begin (f, pdz_action_get_id (action));
  put_id (f, PDZ_KIND_ACTION, parent);
  put_id (f, PDZ_KIND_OBJECTIVE, pdz_action_get_objective (action));
  put_id (f, PDZ_KIND_PROJECT, pdz_action_get_project (action));
  put_id (f, PDZ_KIND_MACROAREA, pdz_action_get_macroarea (action));
  put_string (f, pdz_action_get_title (action));
  put_enum (f, PDZ_TYPE_STATUS, pdz_action_get_status (action));
  put_enum (f, PDZ_TYPE_ORIGIN, pdz_action_get_origin (action));
  put_date (f, pdz_action_get_date (action));
  put_date (f, pdz_action_get_end_date (action));
  put_ids (f, PDZ_KIND_PROJECT, pdz_action_get_projects (action));
  put_lines (f, pdz_action_get_links (action));
}

static void
fill_participations (Filler     *f,
                     const char *owner_kind,
                     const char *owner,
                     GListModel *participations)
{
  PDZ_MODEL_FOREACH (participations, PdzParticipation, participation)
    {
      row_begin (f, owner);
      put_string (f, owner_kind);
      put_id (f, PDZ_KIND_PARTNER, pdz_participation_get_partner (participation));
      put_enum (f, PDZ_TYPE_ROLE, pdz_participation_get_role (participation));
    }
}

static void
fill_fundings (Filler     *f,
               const char *owner_kind,
               const char *owner,
               GListModel *fundings)
{
  PDZ_MODEL_FOREACH (fundings, PdzFunding, funding)
    {
      gint64 amount = pdz_funding_get_amount (funding);

      row_begin (f, owner);
      put_string (f, owner_kind);
      put_string (f, pdz_funding_get_source (funding));
      if (amount == PDZ_AMOUNT_UNKNOWN)
        put_null (f);
      else
        put_int (f, amount);
      put_enum (f, PDZ_TYPE_FUNDING_STATUS, pdz_funding_get_status (funding));
    }
}

static void
put_measurement (Filler         *f,
                 PdzMeasurement *measurement)
{
  if (measurement == NULL)
    {
      put_null (f);
      put_null (f);
      put_null (f);
      return;
    }
  put_date (f, pdz_measurement_get_date (measurement));
  put_double (f, pdz_measurement_get_value (measurement));
  put_string (f, pdz_measurement_get_note (measurement));
}

/* What one action adds to the table of @kind, then its sub-actions. */
static void
fill_from_action (Filler        *f,
                  PdzEntityKind  kind,
                  PdzAction     *action)
{
  const char *id = pdz_action_get_id (action);

  switch (kind)
    {
    case PDZ_ENTITY_KIND_ACTION:
      fill_action (f, action);
      break;
    case PDZ_ENTITY_KIND_MILESTONE:
      PDZ_MODEL_FOREACH (pdz_action_get_milestones (action), PdzMilestone, milestone)
        {
          row_begin (f, id);
          put_date (f, pdz_milestone_get_date (milestone));
          put_string (f, pdz_milestone_get_title (milestone));
        }
      break;
    case PDZ_ENTITY_KIND_PARTICIPATION:
      fill_participations (f, "action", id, pdz_action_get_participations (action));
      break;
    case PDZ_ENTITY_KIND_FUNDING:
      fill_fundings (f, "action", id, pdz_action_get_fundings (action));
      break;
    default:
      break;
    }

  PDZ_MODEL_FOREACH (pdz_action_get_actions (action), PdzAction, sub)
    fill_from_action (f, kind, sub);
}

static void
fill_from_objective (Filler        *f,
                     PdzEntityKind  kind,
                     PdzObjective  *objective)
{
  const char *id = pdz_objective_get_id (objective);

  switch (kind)
    {
    case PDZ_ENTITY_KIND_OBJECTIVE:
      row_begin (f, id);
      put_string (f, pdz_objective_get_title (objective));
      put_enum (f, PDZ_TYPE_OBJECTIVE_KIND, pdz_objective_get_kind (objective));
      put_id (f, PDZ_KIND_MACROAREA, pdz_objective_get_macroarea (objective));
      put_enum (f, PDZ_TYPE_STATUS, pdz_objective_get_status (objective));
      put_string (f, pdz_objective_get_description (objective));
      break;
    case PDZ_ENTITY_KIND_PARTICIPATION:
      fill_participations (f, "objective", id, pdz_objective_get_participations (objective));
      break;
    case PDZ_ENTITY_KIND_INDICATOR:
      PDZ_MODEL_FOREACH (pdz_objective_get_indicators (objective), PdzIndicator, indicator)
        {
          row_begin (f, pdz_indicator_get_id (indicator));
          put_string (f, id);
          put_string (f, pdz_indicator_get_title (indicator));
          put_string (f, pdz_indicator_get_unit (indicator));
          put_measurement (f, pdz_indicator_get_baseline (indicator));
          put_measurement (f, pdz_indicator_get_target (indicator));
        }
      break;
    case PDZ_ENTITY_KIND_MEASUREMENT:
      PDZ_MODEL_FOREACH (pdz_objective_get_indicators (objective), PdzIndicator, indicator)
        {
          PDZ_MODEL_FOREACH (pdz_indicator_get_measurements (indicator), PdzMeasurement, measurement)
            {
              row_begin (f, pdz_indicator_get_id (indicator));
              put_measurement (f, measurement);
            }
        }
      break;
    default:
      break;
    }

  PDZ_MODEL_FOREACH (pdz_objective_get_actions (objective), PdzAction, action)
    fill_from_action (f, kind, action);
}

static void
fill_from_project (Filler        *f,
                   PdzEntityKind  kind,
                   PdzProject    *project)
{
  const char *id = pdz_project_get_id (project);

  switch (kind)
    {
    case PDZ_ENTITY_KIND_PROJECT:
      row_begin (f, id);
      put_string (f, pdz_project_get_title (project));
      put_string (f, pdz_project_get_description (project));
      put_enum (f, PDZ_TYPE_STATUS, pdz_project_get_status (project));
      put_enum (f, PDZ_TYPE_SCOPE, pdz_project_get_scope (project));
      put_id (f, PDZ_KIND_PARTNER, pdz_project_get_lead (project));
      put_date (f, pdz_project_get_start (project));
      put_date (f, pdz_project_get_end (project));
      put_ids (f, PDZ_KIND_OBJECTIVE, pdz_project_get_objectives (project));
      put_lines (f, pdz_project_get_interventions (project));
      break;
    case PDZ_ENTITY_KIND_PARTICIPATION:
      fill_participations (f, "project", id, pdz_project_get_participations (project));
      break;
    case PDZ_ENTITY_KIND_FUNDING:
      fill_fundings (f, "project", id, pdz_project_get_fundings (project));
      break;
    default:
      break;
    }

  PDZ_MODEL_FOREACH (pdz_project_get_actions (project), PdzAction, action)
    fill_from_action (f, kind, action);
}

/**
 * pdz_plan_dup_table:
 * @self: a plan
 * @kind: the kind of entity
 *
 * Lists every entity of @kind in the plan as a table: one row per entity,
 * in the order of the file (sub-actions after their bullet), with
 * id-based columns named after the members of the plan format. This is
 * the machine-readable twin of the report's CSV, the rows to hand to an
 * analysis tool:
 *
 * ```python
 * actions = pandas.DataFrame(plan.dup_table(Pdz.EntityKind.ACTION))
 * ```
 *
 * The table is a snapshot of the plan as it is now. Enumerations are
 * written as their nicks, "not stated" as `not-stated`; dates as in the
 * file (`2023-11`); references as ids; a list in one cell (the projects
 * an action names, its links, a project's objectives and interventions,
 * the plan's municipalities) as one item per line. What the plan does not
 * say is null ([method@Pdz.StatsRow.is_null]).
 *
 * The tables and their columns, the first of which keys the rows:
 *
 * - `plan` (one row): `id`, `title`, `description`, `ambito`, `language`,
 *   `start`, `end`, `municipalities`, `lead-municipality`, `office`,
 *   `email`, `phone`, `website`, `monitoring-title`, `monitoring-start`,
 *   `monitoring-end`;
 * - `macroareas`: `id`, `title`, `code`;
 * - `objectives`: `id`, `title`, `kind`, `macroarea`, `status`,
 *   `description`;
 * - `actions`: `id`, `parent` (the bullet of a sub-action), `objective`
 *   and `project` (the one holding it, or its bullet), `macroarea` (by the
 *   counting rule: null for an action held by a project), `title`,
 *   `status`, `origin`, `date`, `end-date`, `projects` (those it names),
 *   `links`;
 * - `milestones`: `action`, `date`, `title`;
 * - `projects`: `id`, `title`, `description`, `status`, `scope`, `lead`,
 *   `start`, `end`, `objectives`, `interventions`;
 * - `partners`: `id`, `name`, `short-name`, `kind`, `website`;
 * - `participations`: `owner`, `owner-kind` (`objective`, `action` or
 *   `project`), `partner`, `role`;
 * - `fundings`: `owner`, `owner-kind` (`action` or `project`), `source`,
 *   `amount` (an integer of euro cents, null when not stated), `status`;
 * - `indicators`: `id`, `objective`, `title`, `unit`, `baseline-date`,
 *   `baseline-value`, `baseline-note`, `target-date`, `target-value`,
 *   `target-note` (values are doubles);
 * - `measurements`: `indicator`, `date`, `value` (a double), `note`.
 *
 * [method@Pdz.StatsTable.to_json] gives the same rows as JSON text.
 *
 * Returns: (transfer full): a new table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_plan_dup_table (PdzPlan       *self,
                    PdzEntityKind  kind)
{
  Filler f = { NULL, NULL, 0 };

  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kinds), NULL);

  f.table = _pdz_stats_table_new (kinds[kind].name, kinds[kind].columns, kinds[kind].n_columns);

  switch (kind)
    {
    case PDZ_ENTITY_KIND_PLAN:
      fill_plan (&f, self);
      return f.table;
    case PDZ_ENTITY_KIND_MACROAREA:
      PDZ_MODEL_FOREACH (pdz_plan_get_macroareas (self), PdzMacroarea, macroarea)
        {
          row_begin (&f, pdz_macroarea_get_id (macroarea));
          put_string (&f, pdz_macroarea_get_title (macroarea));
          put_string (&f, pdz_macroarea_get_code (macroarea));
        }
      return f.table;
    case PDZ_ENTITY_KIND_PARTNER:
      PDZ_MODEL_FOREACH (pdz_plan_get_partners (self), PdzPartner, partner)
        {
          row_begin (&f, pdz_partner_get_id (partner));
          put_string (&f, pdz_partner_get_name (partner));
          put_string (&f, pdz_partner_get_short_name (partner));
          put_enum (&f, PDZ_TYPE_PARTNER_KIND, pdz_partner_get_kind (partner));
          put_string (&f, pdz_partner_get_website (partner));
        }
      return f.table;
    default:
      break;
    }

  /* The rest follow the file: objectives, then projects. */
  PDZ_MODEL_FOREACH (pdz_plan_get_objectives (self), PdzObjective, objective)
    fill_from_objective (&f, kind, objective);
  PDZ_MODEL_FOREACH (pdz_plan_get_projects (self), PdzProject, project)
    fill_from_project (&f, kind, project);

  return f.table;
}
