/* pdz-json-writer.c: writes a plan in the canonical form of the JSON plan format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The writer is a pure function of the model, read through the public API,
 * written with the primitives of pdz-json-emit.c: members in the documented
 * order and "x-" members last, optional members left out when unset, a
 * final newline. References are written as the id of the entity they point
 * to.
 */

#include "pdz-json-emit-private.h"
#include "pdz-json-private.h"

/* The "x-" members read for @object, in their original order. */
static void
member_extensions (PdzJsonScope *scope,
                   gpointer      object,
                   const char   *part)
{
  JsonObject *ext = _pdz_extensions_get (object, part);
  GList *names;

  if (ext == NULL)
    return;
  names = json_object_get_members (ext);
  for (GList *l = names; l != NULL; l = l->next)
    {
      _pdz_json_member (scope, l->data);
      _pdz_json_append_node (scope->s, json_object_get_member (ext, l->data), scope->level + 1);
    }
  g_list_free (names);
}


/* --- Members the model adds to the emitter's --- */

/* A reference is written as the id of the entity it points to. */
static void
member_reference (PdzJsonScope *scope,
                  const char   *name,
                  PdzKind   kind,
                  gpointer      entity)
{
  if (entity == NULL)
    return;
  _pdz_json_member_required_string (scope, name, _pdz_kind_get_id (kind, entity));
}

static void
member_references (PdzJsonScope *scope,
                   const char   *name,
                   PdzKind   kind,
                   GListModel   *model)
{
  guint n = g_list_model_get_n_items (model);
  PdzJsonScope array;

  if (n == 0)
    return;
  _pdz_json_member_begin (scope, name, &array, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      const char *id = _pdz_kind_get_id (kind, item);

      _pdz_json_scope_item (&array);
      _pdz_json_append_string (scope->s, id != NULL ? id : "");
    }
  _pdz_json_scope_end (&array, ']');
}

/* Writes the items of @model as an array member, each with @func. */
typedef void (*ItemFunc) (PdzJsonScope *array, gpointer item);

static void
member_items (PdzJsonScope *scope,
              const char   *name,
              GListModel   *model,
              ItemFunc      func)
{
  guint n = g_list_model_get_n_items (model);
  PdzJsonScope array;

  if (n == 0)
    return;
  _pdz_json_member_begin (scope, name, &array, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      _pdz_json_scope_item (&array);
      func (&array, item);
    }
  _pdz_json_scope_end (&array, ']');
}

/* --- Entities --- */

static void
write_participation (PdzJsonScope *array,
                     gpointer      item)
{
  PdzParticipation *participation = item;
  PdzJsonScope o;

  _pdz_json_scope_begin_nested (&o, array, '{');
  member_reference (&o, "partner", PDZ_KIND_PARTNER,
                    pdz_participation_get_partner (participation));
  _pdz_json_member_enum_optional (&o, "role", PDZ_TYPE_ROLE,
                                 pdz_participation_get_role (participation), PDZ_ROLE_NOT_STATED);
  member_extensions (&o, participation, "");
  _pdz_json_scope_end (&o, '}');
}

static void
write_funding (PdzJsonScope *array,
               gpointer      item)
{
  PdzFunding *funding = item;
  gint64 amount = pdz_funding_get_amount (funding);
  PdzJsonScope o;

  _pdz_json_scope_begin_nested (&o, array, '{');
  _pdz_json_member_required_string (&o, "source", pdz_funding_get_source (funding));
  if (amount >= 0)
    {
      _pdz_json_member (&o, "amount");
      g_string_append_printf (o.s, "%" G_GINT64_FORMAT, amount);
    }
  _pdz_json_member_enum_optional (&o, "status", PDZ_TYPE_FUNDING_STATUS,
                                 pdz_funding_get_status (funding), PDZ_FUNDING_STATUS_NOT_STATED);
  member_extensions (&o, funding, "");
  _pdz_json_scope_end (&o, '}');
}

static void
write_measurement_body (PdzJsonScope   *o,
                        PdzMeasurement *measurement)
{
  _pdz_json_member_date (o, "date", pdz_measurement_get_date (measurement));
  _pdz_json_member (o, "value");
  _pdz_json_append_double (o->s, pdz_measurement_get_value (measurement));
  _pdz_json_member_string (o, "note", pdz_measurement_get_note (measurement));
  member_extensions (o, measurement, "");
}

static void
write_measurement (PdzJsonScope *array,
                   gpointer      item)
{
  PdzJsonScope o;

  _pdz_json_scope_begin_nested (&o, array, '{');
  write_measurement_body (&o, item);
  _pdz_json_scope_end (&o, '}');
}

static void
member_measurement (PdzJsonScope   *scope,
                    const char     *name,
                    PdzMeasurement *measurement)
{
  PdzJsonScope o;

  if (measurement == NULL)
    return;
  _pdz_json_member_begin (scope, name, &o, '{');
  write_measurement_body (&o, measurement);
  _pdz_json_scope_end (&o, '}');
}

static void
write_indicator (PdzJsonScope *array,
                 gpointer      item)
{
  PdzIndicator *indicator = item;
  PdzJsonScope o;

  _pdz_json_scope_begin_nested (&o, array, '{');
  _pdz_json_member_required_string (&o, "id", pdz_indicator_get_id (indicator));
  _pdz_json_member_required_string (&o, "title", pdz_indicator_get_title (indicator));
  _pdz_json_member_string (&o, "unit", pdz_indicator_get_unit (indicator));
  member_measurement (&o, "baseline", pdz_indicator_get_baseline (indicator));
  member_measurement (&o, "target", pdz_indicator_get_target (indicator));
  member_items (&o, "measurements", pdz_indicator_get_measurements (indicator), write_measurement);
  member_extensions (&o, indicator, "");
  _pdz_json_scope_end (&o, '}');
}

static void
write_milestone (PdzJsonScope *array,
                 gpointer      item)
{
  PdzMilestone *milestone = item;
  PdzJsonScope o;

  _pdz_json_scope_begin_nested (&o, array, '{');
  _pdz_json_member_date (&o, "date", pdz_milestone_get_date (milestone));
  _pdz_json_member_required_string (&o, "title", pdz_milestone_get_title (milestone));
  member_extensions (&o, milestone, "");
  _pdz_json_scope_end (&o, '}');
}

static void
write_action (PdzJsonScope *array,
              gpointer      item)
{
  PdzAction *action = item;
  PdzJsonScope o;

  _pdz_json_scope_begin_nested (&o, array, '{');
  _pdz_json_member_required_string (&o, "id", pdz_action_get_id (action));
  _pdz_json_member_required_string (&o, "title", pdz_action_get_title (action));
  _pdz_json_member_enum_optional (&o, "status", PDZ_TYPE_STATUS,
                                 pdz_action_get_status (action), PDZ_STATUS_NOT_STATED);
  _pdz_json_member_enum_optional (&o, "origin", PDZ_TYPE_ORIGIN,
                                 pdz_action_get_origin (action), PDZ_ORIGIN_NOT_STATED);
  _pdz_json_member_date (&o, "date", pdz_action_get_date (action));
  _pdz_json_member_date (&o, "end-date", pdz_action_get_end_date (action));
  member_items (&o, "milestones", pdz_action_get_milestones (action), write_milestone);
  member_items (&o, "partners", pdz_action_get_participations (action), write_participation);
  member_references (&o, "projects", PDZ_KIND_PROJECT, pdz_action_get_projects (action));
  member_items (&o, "fundings", pdz_action_get_fundings (action), write_funding);
  _pdz_json_member_strv (&o, "links", pdz_action_get_links (action));
  member_items (&o, "actions", pdz_action_get_actions (action), write_action);
  member_extensions (&o, action, "");
  _pdz_json_scope_end (&o, '}');
}

static void
write_partner (PdzJsonScope *array,
               gpointer      item)
{
  PdzPartner *partner = item;
  PdzJsonScope o;

  _pdz_json_scope_begin_nested (&o, array, '{');
  _pdz_json_member_required_string (&o, "id", pdz_partner_get_id (partner));
  _pdz_json_member_required_string (&o, "name", pdz_partner_get_name (partner));
  _pdz_json_member_string (&o, "short-name", pdz_partner_get_short_name (partner));
  _pdz_json_member_enum_optional (&o, "kind", PDZ_TYPE_PARTNER_KIND,
                                 pdz_partner_get_kind (partner), PDZ_PARTNER_KIND_OTHER);
  _pdz_json_member_string (&o, "website", pdz_partner_get_website (partner));
  member_extensions (&o, partner, "");
  _pdz_json_scope_end (&o, '}');
}

static void
write_macroarea (PdzJsonScope *array,
                 gpointer      item)
{
  PdzMacroarea *macroarea = item;
  PdzJsonScope o;

  _pdz_json_scope_begin_nested (&o, array, '{');
  _pdz_json_member_required_string (&o, "id", pdz_macroarea_get_id (macroarea));
  _pdz_json_member_required_string (&o, "title", pdz_macroarea_get_title (macroarea));
  _pdz_json_member_string (&o, "code", pdz_macroarea_get_code (macroarea));
  member_extensions (&o, macroarea, "");
  _pdz_json_scope_end (&o, '}');
}

static void
write_objective (PdzJsonScope *array,
                 gpointer      item)
{
  PdzObjective *objective = item;
  PdzJsonScope o;

  _pdz_json_scope_begin_nested (&o, array, '{');
  _pdz_json_member_required_string (&o, "id", pdz_objective_get_id (objective));
  _pdz_json_member_required_string (&o, "title", pdz_objective_get_title (objective));
  _pdz_json_member_enum_optional (&o, "kind", PDZ_TYPE_OBJECTIVE_KIND,
                                 pdz_objective_get_kind (objective), PDZ_OBJECTIVE_KIND_PLAN);
  member_reference (&o, "macroarea", PDZ_KIND_MACROAREA,
                    pdz_objective_get_macroarea (objective));
  _pdz_json_member_enum_optional (&o, "status", PDZ_TYPE_STATUS,
                                 pdz_objective_get_status (objective), PDZ_STATUS_NOT_STATED);
  _pdz_json_member_string (&o, "description", pdz_objective_get_description (objective));
  member_items (&o, "partners", pdz_objective_get_participations (objective), write_participation);
  member_items (&o, "indicators", pdz_objective_get_indicators (objective), write_indicator);
  member_items (&o, "actions", pdz_objective_get_actions (objective), write_action);
  member_extensions (&o, objective, "");
  _pdz_json_scope_end (&o, '}');
}

static void
write_project (PdzJsonScope *array,
               gpointer      item)
{
  PdzProject *project = item;
  PdzJsonScope o;

  _pdz_json_scope_begin_nested (&o, array, '{');
  _pdz_json_member_required_string (&o, "id", pdz_project_get_id (project));
  _pdz_json_member_required_string (&o, "title", pdz_project_get_title (project));
  _pdz_json_member_string (&o, "description", pdz_project_get_description (project));
  _pdz_json_member_enum_optional (&o, "status", PDZ_TYPE_STATUS,
                                 pdz_project_get_status (project), PDZ_STATUS_NOT_STATED);
  _pdz_json_member_enum_optional (&o, "scope", PDZ_TYPE_SCOPE,
                                 pdz_project_get_scope (project), PDZ_SCOPE_NOT_STATED);
  member_reference (&o, "lead", PDZ_KIND_PARTNER, pdz_project_get_lead (project));
  _pdz_json_member_date (&o, "start", pdz_project_get_start (project));
  _pdz_json_member_date (&o, "end", pdz_project_get_end (project));
  member_items (&o, "partners", pdz_project_get_participations (project), write_participation);
  member_items (&o, "fundings", pdz_project_get_fundings (project), write_funding);
  member_references (&o, "objectives", PDZ_KIND_OBJECTIVE,
                     pdz_project_get_objectives (project));
  _pdz_json_member_strv (&o, "interventions", pdz_project_get_interventions (project));
  member_items (&o, "actions", pdz_project_get_actions (project), write_action);
  member_extensions (&o, project, "");
  _pdz_json_scope_end (&o, '}');
}

static void
write_contacts (PdzJsonScope *scope,
                PdzPlan      *plan)
{
  const char *office = pdz_plan_get_office (plan);
  const char *email = pdz_plan_get_email (plan);
  const char *phone = pdz_plan_get_phone (plan);
  const char *website = pdz_plan_get_website (plan);
  PdzJsonScope o;

  if (office == NULL && email == NULL && phone == NULL && website == NULL &&
      _pdz_extensions_get (plan, "contacts") == NULL)
    return;

  _pdz_json_member_begin (scope, "contacts", &o, '{');
  _pdz_json_member_string (&o, "office", office);
  _pdz_json_member_string (&o, "email", email);
  _pdz_json_member_string (&o, "phone", phone);
  _pdz_json_member_string (&o, "website", website);
  member_extensions (&o, plan, "contacts");
  _pdz_json_scope_end (&o, '}');
}

static void
write_monitoring (PdzJsonScope *scope,
                  PdzPlan      *plan)
{
  const char *title = pdz_plan_get_monitoring_title (plan);
  const PdzDate *start = pdz_plan_get_monitoring_start (plan);
  const PdzDate *end = pdz_plan_get_monitoring_end (plan);
  PdzJsonScope o;

  if (title == NULL && start == NULL && end == NULL &&
      _pdz_extensions_get (plan, "monitoring") == NULL)
    return;

  _pdz_json_member_begin (scope, "monitoring", &o, '{');
  _pdz_json_member_string (&o, "title", title);
  _pdz_json_member_date (&o, "start", start);
  _pdz_json_member_date (&o, "end", end);
  member_extensions (&o, plan, "monitoring");
  _pdz_json_scope_end (&o, '}');
}

/* Writes one of the functions above to @s, as a document of its own. */
static void
write_item (GString     *s,
            ItemFunc     func,
            gpointer     item)
{
  /* The functions write an item of an array: an array one level up from
   * the document's, which is never opened. */
  PdzJsonScope outside = { s, G_MAXUINT, TRUE };

  func (&outside, item);
}

/*
 * _pdz_json_write_entity:
 * @entity: an entity of a plan, or a plan
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes @entity as the JSON object it is in the canonical form of the
 * plan format, references written as ids.
 *
 * Returns: (transfer full): the text, nul-terminated, ending in a newline
 */
char *
_pdz_json_write_entity (gpointer  entity,
                        gsize    *length)
{
  static const struct {
    GType (*get_type) (void);
    ItemFunc func;
  } writers[] = {
    { pdz_partner_get_type, write_partner },
    { pdz_macroarea_get_type, write_macroarea },
    { pdz_objective_get_type, write_objective },
    { pdz_action_get_type, write_action },
    { pdz_milestone_get_type, write_milestone },
    { pdz_project_get_type, write_project },
    { pdz_participation_get_type, write_participation },
    { pdz_funding_get_type, write_funding },
    { pdz_indicator_get_type, write_indicator },
    { pdz_measurement_get_type, write_measurement },
  };
  GString *s;

  if (PDZ_IS_PLAN (entity))
    return _pdz_json_write_plan (entity, length);

  s = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (writers); i++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (entity, writers[i].get_type ()))
      {
        write_item (s, writers[i].func, entity);
        break;
      }
  g_string_append_c (s, '\n');

  if (length != NULL)
    *length = s->len;
  return g_string_free (s, FALSE);
}

/*
 * _pdz_json_write_plan:
 * @plan: a plan
 * @length: (out) (optional): return location for the length in bytes
 *
 * Writes @plan in the canonical form of the plan format. The plan is not
 * checked: an entity that references one outside the plan is written by
 * its id all the same (see _pdz_json_validate_plan()).
 *
 * Returns: (transfer full): the document, nul-terminated, ending in a newline
 */
char *
_pdz_json_write_plan (PdzPlan *plan,
                      gsize   *length)
{
  GString *s;
  PdzJsonScope root;

  g_return_val_if_fail (PDZ_IS_PLAN (plan), NULL);

  s = g_string_sized_new (4096);
  _pdz_json_scope_begin (&root, s, 0, '{');

  _pdz_json_member (&root, "format");
  _pdz_json_append_string (s, "pdz");
  _pdz_json_member (&root, "version");
  g_string_append_printf (s, "%d", PDZ_FORMAT_VERSION);

  _pdz_json_member_string (&root, "id", pdz_plan_get_id (plan));
  _pdz_json_member_string (&root, "title", pdz_plan_get_title (plan));
  _pdz_json_member_string (&root, "description", pdz_plan_get_description (plan));
  _pdz_json_member_string (&root, "ambito", pdz_plan_get_ambito (plan));
  _pdz_json_member_string (&root, "language", pdz_plan_get_language (plan));
  _pdz_json_member_date (&root, "start", pdz_plan_get_start (plan));
  _pdz_json_member_date (&root, "end", pdz_plan_get_end (plan));
  member_references (&root, "municipalities", PDZ_KIND_PARTNER,
                     pdz_plan_get_municipalities (plan));
  member_reference (&root, "lead-municipality", PDZ_KIND_PARTNER,
                    pdz_plan_get_lead_municipality (plan));
  write_contacts (&root, plan);
  write_monitoring (&root, plan);
  member_items (&root, "partners", pdz_plan_get_partners (plan), write_partner);
  member_items (&root, "macroareas", pdz_plan_get_macroareas (plan), write_macroarea);
  member_items (&root, "objectives", pdz_plan_get_objectives (plan), write_objective);
  member_items (&root, "projects", pdz_plan_get_projects (plan), write_project);
  member_extensions (&root, plan, "");

  _pdz_json_scope_end (&root, '}');
  g_string_append_c (s, '\n');

  if (length != NULL)
    *length = s->len;
  return g_string_free (s, FALSE);
}
