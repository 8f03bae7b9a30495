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

#include <string.h>

#include "pdz-entity-private.h"
#include "pdz-json-emit-private.h"
#include "pdz-json-private.h"
#include "pdz-plan-private.h"
#include "pdz-stats-private.h"
#include "pdz-util-private.h"

/* The "x-" members of one row: (prefix, JsonObject) pairs. */
typedef struct
{
  const char *prefix;         /* "", "contacts-", "baseline-", ... */
  JsonObject *members;        /* (not owned) */
} RowExtensions;

typedef struct
{
  PdzStatsTable *table;
  PdzStatsRow *row;           /* the row being filled */
  guint column;               /* the next column to fill */
  GPtrArray *extensions;      /* (nullable) (element-type GArray<RowExtensions>): per row */
  gboolean exact;             /* lists as _pdz_plan_table_lines_to_cell() */
} Filler;

static void
row_begin (Filler     *f,
           const char *key)
{
  f->row = _pdz_stats_table_append (f->table, key != NULL ? key : "");
  f->column = 1;
  if (f->extensions != NULL)
    g_ptr_array_add (f->extensions, g_array_new (FALSE, FALSE, sizeof (RowExtensions)));
}

/* Notes the "x-" members of @object (its @part) for the row being filled,
 * as columns named @prefix followed by the member's name. */
static void
put_extensions (Filler     *f,
                const char *prefix,
                gpointer    object,
                const char *part)
{
  RowExtensions ext;

  if (f->extensions == NULL || object == NULL)
    return;
  ext.prefix = prefix;
  ext.members = _pdz_extensions_get (object, part);
  if (ext.members != NULL)
    g_array_append_val (f->extensions->pdata[f->extensions->len - 1], ext);
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

JsonNode *
_pdz_plan_table_parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;

  if (text == NULL || *text == '\0' || !json_parser_load_from_data (parser, text, -1, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  return root != NULL ? json_node_copy (root) : NULL;
}

/* The strings of @text as a JSON array of strings, or NULL when it is not
 * one. (transfer full) */
static GStrv
parse_string_array (const char *text)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;

  if (text == NULL || text[0] != '[')
    return NULL;
  node = _pdz_plan_table_parse_json (text);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  array = json_node_get_array (node);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
        return NULL;
      g_strv_builder_add (builder, json_node_get_string (item));
    }
  return g_strv_builder_end (builder);
}

char *
_pdz_plan_table_lines_to_cell (const char * const *items)
{
  g_autofree char *joined = NULL;
  gboolean as_json;
  g_auto(GStrv) parsed = NULL;

  if (items == NULL || items[0] == NULL)
    return NULL;

  as_json = items[1] == NULL && items[0][0] == '\0';
  for (guint i = 0; items[i] != NULL && !as_json; i++)
    as_json = strpbrk (items[i], "\r\n") != NULL;
  joined = g_strjoinv ("\n", (char **) items);
  if (!as_json && (parsed = parse_string_array (joined)) != NULL)
    as_json = TRUE;

  if (as_json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; items[i] != NULL; i++)
        json_builder_add_string_value (builder, items[i]);
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      return _pdz_json_to_compact (root);
    }
  return g_steal_pointer (&joined);
}

GStrv
_pdz_plan_table_cell_to_lines (const char *text)
{
  GStrv parsed;

  if (text == NULL || *text == '\0')
    return g_new0 (char *, 1);
  parsed = parse_string_array (text);
  if (parsed != NULL)
    return parsed;
  return g_strsplit (text, "\n", -1);
}

/* A list in one cell: one item per line; for the exact tables, as
 * _pdz_plan_table_lines_to_cell() writes it. */
static void
put_lines (Filler             *f,
           const char * const *items)
{
  g_autofree char *text = NULL;

  if (f->exact)
    text = _pdz_plan_table_lines_to_cell (items);
  else if (items != NULL && items[0] != NULL)
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
  put_extensions (f, "", plan, "");
  put_extensions (f, "contacts-", plan, "contacts");
  put_extensions (f, "monitoring-", plan, "monitoring");
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
  put_extensions (f, "", action, "");
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
      put_extensions (f, "", participation, "");
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
      put_extensions (f, "", funding, "");
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
          put_extensions (f, "", milestone, "");
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
      put_extensions (f, "", objective, "");
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
          put_extensions (f, "", indicator, "");
          put_extensions (f, "baseline-", pdz_indicator_get_baseline (indicator), "");
          put_extensions (f, "target-", pdz_indicator_get_target (indicator), "");
        }
      break;
    case PDZ_ENTITY_KIND_MEASUREMENT:
      PDZ_MODEL_FOREACH (pdz_objective_get_indicators (objective), PdzIndicator, indicator)
        {
          PDZ_MODEL_FOREACH (pdz_indicator_get_measurements (indicator), PdzMeasurement, measurement)
            {
              row_begin (f, pdz_indicator_get_id (indicator));
              put_measurement (f, measurement);
              put_extensions (f, "", measurement, "");
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
      put_extensions (f, "", project, "");
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

static void
fill_table (Filler        *f,
            PdzPlan       *self,
            PdzEntityKind  kind)
{
  f->table = _pdz_stats_table_new (kinds[kind].name, kinds[kind].columns, kinds[kind].n_columns);

  switch (kind)
    {
    case PDZ_ENTITY_KIND_PLAN:
      fill_plan (f, self);
      return;
    case PDZ_ENTITY_KIND_MACROAREA:
      PDZ_MODEL_FOREACH (pdz_plan_get_macroareas (self), PdzMacroarea, macroarea)
        {
          row_begin (f, pdz_macroarea_get_id (macroarea));
          put_string (f, pdz_macroarea_get_title (macroarea));
          put_string (f, pdz_macroarea_get_code (macroarea));
          put_extensions (f, "", macroarea, "");
        }
      return;
    case PDZ_ENTITY_KIND_PARTNER:
      PDZ_MODEL_FOREACH (pdz_plan_get_partners (self), PdzPartner, partner)
        {
          row_begin (f, pdz_partner_get_id (partner));
          put_string (f, pdz_partner_get_name (partner));
          put_string (f, pdz_partner_get_short_name (partner));
          put_enum (f, PDZ_TYPE_PARTNER_KIND, pdz_partner_get_kind (partner));
          put_string (f, pdz_partner_get_website (partner));
          put_extensions (f, "", partner, "");
        }
      return;
    default:
      break;
    }

  /* The rest follow the file: objectives, then projects. */
  PDZ_MODEL_FOREACH (pdz_plan_get_objectives (self), PdzObjective, objective)
    fill_from_objective (f, kind, objective);
  PDZ_MODEL_FOREACH (pdz_plan_get_projects (self), PdzProject, project)
    fill_from_project (f, kind, project);
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
  Filler f = { NULL, NULL, 0, NULL, FALSE };

  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kinds), NULL);

  fill_table (&f, self, kind);
  return f.table;
}

/* The place of @name in @order, or -1. */
static int
find_name (GPtrArray  *order,
           const char *name)
{
  for (guint i = 0; i < order->len; i++)
    if (strcmp (order->pdata[i], name) == 0)
      return (int) i;
  return -1;
}

/*
 * _pdz_plan_dup_table_exact:
 * @self: a plan
 * @kind: the kind of entity
 *
 * The table of pdz_plan_dup_table(), written so that the plan can be
 * rebuilt from it exactly (the workbook does): a list in one cell is one
 * item per line only where lines can hold it (see
 * _pdz_plan_table_lines_to_cell()); and, after its columns, one string
 * column per "x-" member that a row of it has, named after the member
 * ("x-cup"), or for the members of a sub-object after the sub-object and
 * the member ("contacts-x-cup" for the plan's contacts, "baseline-x-cup"
 * and "target-x-cup" for an indicator's baseline and target). A cell holds
 * the member's value as compact JSON, or null where the row's entity does
 * not have the member.
 *
 * The columns come in the order the members have in the rows: a member
 * after the one it follows in the first row that has both. Where a row has
 * its members in another order, a column "extensions" (before the "x-"
 * ones) lists that row's column names in its order, one per line; it is
 * there only when a row needs it.
 *
 * Returns: (transfer full): a new table
 */
PdzStatsTable *
_pdz_plan_dup_table_exact (PdzPlan       *self,
                                     PdzEntityKind  kind)
{
  Filler f = { NULL, NULL, 0, NULL, TRUE };
  g_autoptr(PdzStatsTable) base = NULL;
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) specs = NULL;
  const char * const *base_columns;
  guint n_base, n_rows, n_order = 0;
  g_autoptr(GPtrArray) orders = NULL;
  gboolean any_out_of_order = FALSE;
  PdzStatsTable *table;

  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kinds), NULL);

  f.extensions = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  fill_table (&f, self, kind);
  base = f.table;

  /* The columns: each name after its predecessor in its row. */
  for (guint r = 0; r < f.extensions->len; r++)
    {
      GArray *row = f.extensions->pdata[r];
      int after = -1;

      for (guint e = 0; e < row->len; e++)
        {
          RowExtensions *ext = &g_array_index (row, RowExtensions, e);
          GList *names = json_object_get_members (ext->members);

          for (GList *l = names; l != NULL; l = l->next)
            {
              g_autofree char *name = g_strconcat (ext->prefix, l->data, NULL);
              int at = find_name (order, name);

              if (at < 0)
                {
                  at = after < 0 ? (int) order->len : after + 1;
                  g_ptr_array_insert (order, at, g_steal_pointer (&name));
                }
              after = at;
            }
          g_list_free (names);
        }
    }
  if (order->len == 0)
    {
      g_ptr_array_unref (f.extensions);
      return g_steal_pointer (&base);
    }

  /* A row whose members come in another order than the columns gets
   * that order in the column "extensions", one name per line. */
  orders = g_ptr_array_new_with_free_func (g_free);
  for (guint r = 0; r < f.extensions->len; r++)
    {
      GArray *row = f.extensions->pdata[r];
      GString *names_of_row = g_string_new (NULL);
      int last = -1;
      gboolean in_order = TRUE;

      for (guint e = 0; e < row->len; e++)
        {
          RowExtensions *ext = &g_array_index (row, RowExtensions, e);
          GList *names = json_object_get_members (ext->members);

          for (GList *l = names; l != NULL; l = l->next)
            {
              g_autofree char *name = g_strconcat (ext->prefix, l->data, NULL);
              int at = find_name (order, name);

              in_order &= at > last;
              last = at;
              if (names_of_row->len > 0)
                g_string_append_c (names_of_row, '\n');
              g_string_append (names_of_row, name);
            }
          g_list_free (names);
        }
      g_ptr_array_add (orders, in_order ? NULL : g_strdup (names_of_row->str));
      any_out_of_order |= !in_order;
      g_string_free (names_of_row, TRUE);
    }

  base_columns = pdz_stats_table_get_columns (base);
  n_base = g_strv_length ((char **) base_columns);
  specs = g_array_new (FALSE, FALSE, sizeof (PdzStatsColumnSpec));
  for (guint c = 0; c < n_base; c++)
    {
      PdzStatsColumnSpec spec = { base_columns[c], pdz_stats_table_get_column_type (base, base_columns[c]) };

      g_array_append_val (specs, spec);
    }
  if (any_out_of_order)
    {
      PdzStatsColumnSpec spec = { "extensions", G_TYPE_STRING };

      g_array_append_val (specs, spec);
      n_order = 1;
    }
  for (guint c = 0; c < order->len; c++)
    {
      PdzStatsColumnSpec spec = { order->pdata[c], G_TYPE_STRING };

      g_array_append_val (specs, spec);
    }
  table = _pdz_stats_table_new (pdz_stats_table_get_name (base),
                                (const PdzStatsColumnSpec *) (gpointer) specs->data, specs->len);

  n_rows = g_list_model_get_n_items (G_LIST_MODEL (base));
  for (guint r = 0; r < n_rows; r++)
    {
      g_autoptr(PdzStatsRow) from = g_list_model_get_item (G_LIST_MODEL (base), r);
      PdzStatsRow *to = _pdz_stats_table_append (table, pdz_stats_row_get_key (from));
      GArray *row = f.extensions->pdata[r];

      for (guint c = 1; c < n_base; c++)
        {
          const GValue *value = _pdz_stats_row_peek_value (from, c);

          if (value == NULL)
            _pdz_stats_row_set_null (to, c);
          else if (G_VALUE_HOLDS_STRING (value))
            _pdz_stats_row_set_string (to, c, g_value_get_string (value));
          else if (G_VALUE_HOLDS_INT64 (value))
            _pdz_stats_row_set_int (to, c, g_value_get_int64 (value));
          else
            _pdz_stats_row_set_double (to, c, g_value_get_double (value));
        }
      if (n_order > 0 && orders->pdata[r] != NULL)
        _pdz_stats_row_set_string (to, n_base, orders->pdata[r]);
      else if (n_order > 0)
        _pdz_stats_row_set_null (to, n_base);
      for (guint c = 0; c < order->len; c++)
        _pdz_stats_row_set_null (to, n_base + n_order + c);
      for (guint e = 0; e < row->len; e++)
        {
          RowExtensions *ext = &g_array_index (row, RowExtensions, e);
          GList *names = json_object_get_members (ext->members);

          for (GList *l = names; l != NULL; l = l->next)
            {
              g_autofree char *name = g_strconcat (ext->prefix, l->data, NULL);
              g_autofree char *json = _pdz_json_to_compact (json_object_get_member (ext->members, l->data));

              _pdz_stats_row_set_string (to, n_base + n_order + (guint) find_name (order, name), json);
            }
          g_list_free (names);
        }
    }
  g_ptr_array_unref (f.extensions);
  return table;
}
