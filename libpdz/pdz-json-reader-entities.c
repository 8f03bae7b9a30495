/* pdz-json-reader-entities.c: reads the entities of a plan document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One function per entity, each checking the names of its object's
 * members, reading them with the tools of pdz-json-reader-values.c,
 * building the entity through the model API (appending it to its owner
 * without the add methods' id checks, which the reader made) and recording
 * its id; then
 * the members that reference other entities (participations, projects,
 * macroareas, leads, municipalities), read through _pdz_reader_defer()
 * once what they reference exists (read_reference()).
 */

#include "pdz-json-reader-private.h"
#include "pdz-plan-private.h"

static const char * const partner_members[] = {
  "id", "name", "short-name", "kind", "website", NULL
};

gboolean
_pdz_reader_read_partner (PdzReader *r,
                          PdzJsonValue  obj,
                          gpointer      owner,
                          GError   **error)
{
  g_autoptr(JsonObject) ext = NULL;
  g_autoptr(PdzPartner) partner = NULL;
  const char *id, *name, *short_name, *website;
  int kind = PDZ_PARTNER_KIND_OTHER;

  if (!_pdz_reader_expect_object (r, obj, error) ||
      !_pdz_reader_check_members (r, obj, partner_members, &ext, error) ||
      !_pdz_reader_read_id (r, obj, PDZ_KIND_PARTNER, &id, error) ||
      !_pdz_reader_read_string (r, obj, "name", TRUE, &name, error) ||
      !_pdz_reader_read_string (r, obj, "short-name", FALSE, &short_name, error) ||
      !_pdz_reader_read_enum (r, obj, "kind", PDZ_TYPE_PARTNER_KIND, &kind, error) ||
      !_pdz_reader_read_string (r, obj, "website", FALSE, &website, error))
    return FALSE;

  partner = pdz_partner_new (id, name);
  if (short_name != NULL)
    pdz_partner_set_short_name (partner, short_name);
  pdz_partner_set_kind (partner, kind);
  if (website != NULL)
    pdz_partner_set_website (partner, website);
  _pdz_reader_attach_extensions (partner, "", ext);

  _pdz_entity_add_owned (r->plan, r->plan->partners, partner);
  _pdz_reader_record_id (r, PDZ_KIND_PARTNER, id, partner);
  return TRUE;
}

static const char * const macroarea_members[] = { "id", "title", "code", NULL };

gboolean
_pdz_reader_read_macroarea (PdzReader     *r,
                            PdzJsonValue   obj,
                            gpointer       owner,
                            GError       **error)
{
  g_autoptr(JsonObject) ext = NULL;
  g_autoptr(PdzMacroarea) macroarea = NULL;
  const char *id, *title, *code;

  if (!_pdz_reader_expect_object (r, obj, error) ||
      !_pdz_reader_check_members (r, obj, macroarea_members, &ext, error) ||
      !_pdz_reader_read_id (r, obj, PDZ_KIND_MACROAREA, &id, error) ||
      !_pdz_reader_read_string (r, obj, "title", TRUE, &title, error) ||
      !_pdz_reader_read_string (r, obj, "code", FALSE, &code, error))
    return FALSE;

  macroarea = pdz_macroarea_new (id, title);
  if (code != NULL)
    pdz_macroarea_set_code (macroarea, code);
  _pdz_reader_attach_extensions (macroarea, "", ext);

  _pdz_entity_add_owned (r->plan, r->plan->macroareas, macroarea);
  _pdz_reader_record_id (r, PDZ_KIND_MACROAREA, id, macroarea);
  return TRUE;
}

static const char * const funding_members[] = { "source", "amount", "status", NULL };

static gboolean
read_funding (PdzReader     *r,
              PdzJsonValue   obj,
              gpointer       owner,
              GError       **error)
{
  g_autoptr(JsonObject) ext = NULL;
  g_autoptr(PdzFunding) funding = NULL;
  PdzJsonValue amount_node;
  const char *source;
  gint64 amount = PDZ_AMOUNT_UNKNOWN;
  int status = PDZ_FUNDING_STATUS_NOT_STATED;

  if (!_pdz_reader_expect_object (r, obj, error) ||
      !_pdz_reader_check_members (r, obj, funding_members, &ext, error) ||
      !_pdz_reader_read_string (r, obj, "source", TRUE, &source, error))
    return FALSE;

  if (_pdz_reader_member (obj, "amount", &amount_node))
    {
      gsize old = _pdz_pointer_push_member (r->path, "amount");

      if (!_pdz_reader_value_is_number (amount_node))
        {
          _pdz_json_pointer_error (error, r->path, PDZ_ERROR_INVALID_VALUE,
                                   "expected a number of euro cents, got %s",
                                   _pdz_reader_describe_value (amount_node));
          _pdz_pointer_pop (r->path, old);
          return FALSE;
        }
      if (!_pdz_reader_value_get_integer (amount_node, &amount) || amount < 0)
        {
          _pdz_json_pointer_error (error, r->path, PDZ_ERROR_INVALID_VALUE,
                                   "the amount must be a whole number of euro cents, zero or more");
          _pdz_pointer_pop (r->path, old);
          return FALSE;
        }
      _pdz_pointer_pop (r->path, old);
    }

  if (!_pdz_reader_read_enum (r, obj, "status", PDZ_TYPE_FUNDING_STATUS, &status, error))
    return FALSE;

  funding = pdz_funding_new (source);
  if (amount != PDZ_AMOUNT_UNKNOWN)
    pdz_funding_set_amount (funding, amount);
  pdz_funding_set_status (funding, status);
  _pdz_reader_attach_extensions (funding, "", ext);

  if (PDZ_IS_ACTION (owner))
    pdz_action_add_funding (owner, funding);
  else
    pdz_project_add_funding (owner, funding);
  return TRUE;
}

static const char * const measurement_members[] = { "date", "value", "note", NULL };

/* Reads a measurement; @date_required is FALSE for baseline and target. */
static PdzMeasurement *
read_measurement (PdzReader     *r,
                  PdzJsonValue   obj,
                  gboolean       date_required,
                  GError       **error)
{
  g_autoptr(JsonObject) ext = NULL;
  g_autoptr(PdzDate) date = NULL;
  PdzMeasurement *measurement;
  PdzJsonValue value_node;
  const char *note;
  gsize old;

  if (!_pdz_reader_expect_object (r, obj, error) ||
      !_pdz_reader_check_members (r, obj, measurement_members, &ext, error) ||
      !_pdz_reader_read_date (r, obj, "date", date_required, &date, error))
    return NULL;

  if (!_pdz_reader_member (obj, "value", &value_node))
    {
      _pdz_reader_missing (r, "value", error);
      return NULL;
    }
  old = _pdz_pointer_push_member (r->path, "value");
  if (!_pdz_reader_value_is_number (value_node))
    {
      _pdz_json_pointer_error (error, r->path, PDZ_ERROR_INVALID_VALUE,
                               "expected a number, got %s", _pdz_reader_describe_value (value_node));
      _pdz_pointer_pop (r->path, old);
      return NULL;
    }
  _pdz_pointer_pop (r->path, old);

  if (!_pdz_reader_read_string (r, obj, "note", FALSE, &note, error))
    return NULL;

  measurement = pdz_measurement_new (date, _pdz_json_value_get_double (value_node));
  if (note != NULL)
    pdz_measurement_set_note (measurement, note);
  _pdz_reader_attach_extensions (measurement, "", ext);
  return measurement;
}

static gboolean
read_measurement_item (PdzReader     *r,
                       PdzJsonValue   obj,
                       gpointer       owner,
                       GError       **error)
{
  g_autoptr(PdzMeasurement) measurement = read_measurement (r, obj, TRUE, error);

  if (measurement == NULL)
    return FALSE;
  pdz_indicator_add_measurement (owner, measurement);
  return TRUE;
}

static const char * const indicator_members[] = {
  "id", "title", "unit", "baseline", "target", "measurements", NULL
};

static gboolean
read_indicator (PdzReader     *r,
                PdzJsonValue   obj,
                gpointer       owner,
                GError       **error)
{
  g_autoptr(JsonObject) ext = NULL;
  g_autoptr(PdzIndicator) indicator = NULL;
  const char *id, *title, *unit;
  static const char * const ends[] = { "baseline", "target" };

  if (!_pdz_reader_expect_object (r, obj, error) ||
      !_pdz_reader_check_members (r, obj, indicator_members, &ext, error) ||
      !_pdz_reader_read_id (r, obj, PDZ_KIND_INDICATOR, &id, error) ||
      !_pdz_reader_read_string (r, obj, "title", TRUE, &title, error) ||
      !_pdz_reader_read_string (r, obj, "unit", FALSE, &unit, error))
    return FALSE;

  indicator = pdz_indicator_new (id, title);
  if (unit != NULL)
    pdz_indicator_set_unit (indicator, unit);

  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    {
      PdzJsonValue end;
      g_autoptr(PdzMeasurement) measurement = NULL;
      gsize old;

      if (!_pdz_reader_member (obj, ends[i], &end))
        continue;
      old = _pdz_pointer_push_member (r->path, ends[i]);
      measurement = read_measurement (r, end, FALSE, error);
      _pdz_pointer_pop (r->path, old);
      if (measurement == NULL)
        return FALSE;
      if (i == 0)
        pdz_indicator_set_baseline (indicator, measurement);
      else
        pdz_indicator_set_target (indicator, measurement);
    }

  if (!_pdz_reader_read_array (r, obj, "measurements", read_measurement_item, indicator, error))
    return FALSE;
  _pdz_reader_attach_extensions (indicator, "", ext);

  _pdz_objective_append_indicator (owner, indicator);
  _pdz_reader_record_id (r, PDZ_KIND_INDICATOR, id, indicator);
  return TRUE;
}

static const char * const action_members_v1[] = {
  "id", "title", "status", "date", "end-date", "extra", "partners", "projects",
  "fundings", "links", NULL
};
static const char * const action_members[] = {
  "id", "title", "status", "origin", "date", "end-date", "milestones",
  "partners", "projects", "fundings", "links", "actions", NULL
};
/* A sub-action has no sub-actions of its own. */
static const char * const sub_action_members[] = {
  "id", "title", "status", "origin", "date", "end-date", "milestones",
  "partners", "projects", "fundings", "links", NULL
};

static const char * const milestone_members[] = { "date", "title", NULL };

static gboolean
read_milestone (PdzReader     *r,
                PdzJsonValue   obj,
                gpointer       owner,
                GError       **error)
{
  g_autoptr(JsonObject) ext = NULL;
  g_autoptr(PdzDate) date = NULL;
  g_autoptr(PdzMilestone) milestone = NULL;
  const char *title;

  if (!_pdz_reader_expect_object (r, obj, error) ||
      !_pdz_reader_check_members (r, obj, milestone_members, &ext, error) ||
      !_pdz_reader_read_date (r, obj, "date", TRUE, &date, error) ||
      !_pdz_reader_read_string (r, obj, "title", TRUE, &title, error))
    return FALSE;

  milestone = pdz_milestone_new (date, title);
  _pdz_reader_attach_extensions (milestone, "", ext);
  pdz_action_add_milestone (owner, milestone);
  return TRUE;
}

/* The boolean "extra" of version 1: TRUE is the origin "extra"; FALSE, or
 * no member, said nothing about the origin. */
static gboolean
read_v1_extra (PdzReader    *r,
               PdzJsonValue  obj,
               int        *origin,
               GError    **error)
{
  PdzJsonValue extra_node;
  gsize old;

  if (!_pdz_reader_member (obj, "extra", &extra_node))
    return TRUE;

  old = _pdz_pointer_push_member (r->path, "extra");
  if (_pdz_json_value_type (extra_node) != PDZ_JSON_TRUE &&
      _pdz_json_value_type (extra_node) != PDZ_JSON_FALSE)
    {
      _pdz_json_pointer_error (error, r->path, PDZ_ERROR_INVALID_VALUE,
                               "expected a boolean, got %s",
                               _pdz_reader_describe_value (extra_node));
      _pdz_pointer_pop (r->path, old);
      return FALSE;
    }
  if (_pdz_json_value_type (extra_node) == PDZ_JSON_TRUE)
    *origin = PDZ_ORIGIN_EXTRA;
  _pdz_pointer_pop (r->path, old);
  return TRUE;
}

static gboolean
read_action (PdzReader     *r,
             PdzJsonValue   obj,
             gpointer       owner,
             GError       **error)
{
  g_autoptr(JsonObject) ext = NULL;
  g_autoptr(PdzAction) action = NULL;
  g_autoptr(PdzDate) date = NULL;
  g_autoptr(PdzDate) end_date = NULL;
  g_auto(GStrv) links = NULL;
  const char *id, *title;
  const char * const *members;
  int status = _pdz_reader_enum_default (r->version, PDZ_TYPE_STATUS);
  int origin = PDZ_ORIGIN_NOT_STATED;
  gboolean sub_action = PDZ_IS_ACTION (owner);

  if (r->version == 1)
    members = action_members_v1;
  else
    members = sub_action ? sub_action_members : action_members;

  if (!_pdz_reader_expect_object (r, obj, error) ||
      !_pdz_reader_check_members (r, obj, members, &ext, error) ||
      !_pdz_reader_read_id (r, obj, PDZ_KIND_ACTION, &id, error) ||
      !_pdz_reader_read_string (r, obj, "title", TRUE, &title, error) ||
      !_pdz_reader_read_enum (r, obj, "status", PDZ_TYPE_STATUS, &status, error) ||
      !_pdz_reader_read_enum (r, obj, "origin", PDZ_TYPE_ORIGIN, &origin, error) ||
      !_pdz_reader_read_date (r, obj, "date", FALSE, &date, error) ||
      !_pdz_reader_read_date (r, obj, "end-date", FALSE, &end_date, error))
    return FALSE;

  if (r->version == 1 && !read_v1_extra (r, obj, &origin, error))
    return FALSE;

  action = pdz_action_new (id, title);
  /* Recorded at once, so that a sub-action cannot take its bullet's id. */
  _pdz_reader_record_id (r, PDZ_KIND_ACTION, id, action);
  _pdz_action_init_values (action, status, origin, g_steal_pointer (&date),
                           g_steal_pointer (&end_date), NULL);

  if (!_pdz_reader_read_array (r, obj, "milestones", read_milestone, action, error))
    return FALSE;

  _pdz_reader_defer (r, obj, "partners", DEFER_PARTICIPATIONS, action);
  _pdz_reader_defer (r, obj, "projects", DEFER_ACTION_PROJECTS, action);

  if (!_pdz_reader_read_array (r, obj, "fundings", read_funding, action, error) ||
      !_pdz_reader_read_string_array (r, obj, "links", &links, error))
    return FALSE;
  if (links != NULL && links[0] != NULL)
    pdz_action_set_links (action, (const char * const *) links);
  if (!_pdz_reader_read_array (r, obj, "actions", read_action, action, error))
    return FALSE;
  _pdz_reader_attach_extensions (action, "", ext);

  if (sub_action)
    _pdz_action_append_action (owner, action);
  else if (PDZ_IS_OBJECTIVE (owner))
    _pdz_objective_append_action (owner, action);
  else
    _pdz_project_append_action (owner, action);
  return TRUE;
}

static const char * const objective_members[] = {
  "id", "title", "kind", "macroarea", "status", "description", "partners",
  "indicators", "actions", NULL
};

gboolean
_pdz_reader_read_objective (PdzReader     *r,
                            PdzJsonValue   obj,
                            gpointer       owner,
                            GError       **error)
{
  g_autoptr(JsonObject) ext = NULL;
  g_autoptr(PdzObjective) objective = NULL;
  const char *id, *title, *description;
  int kind = PDZ_OBJECTIVE_KIND_PLAN;
  int status = _pdz_reader_enum_default (r->version, PDZ_TYPE_STATUS);

  if (!_pdz_reader_expect_object (r, obj, error) ||
      !_pdz_reader_check_members (r, obj, objective_members, &ext, error) ||
      !_pdz_reader_read_id (r, obj, PDZ_KIND_OBJECTIVE, &id, error) ||
      !_pdz_reader_read_string (r, obj, "title", TRUE, &title, error) ||
      !_pdz_reader_read_enum (r, obj, "kind", PDZ_TYPE_OBJECTIVE_KIND, &kind, error) ||
      !_pdz_reader_read_enum (r, obj, "status", PDZ_TYPE_STATUS, &status, error) ||
      !_pdz_reader_read_string (r, obj, "description", FALSE, &description, error))
    return FALSE;

  objective = pdz_objective_new (id, title);
  pdz_objective_set_kind (objective, kind);
  pdz_objective_set_status (objective, status);
  if (description != NULL)
    pdz_objective_set_description (objective, description);

  _pdz_reader_defer (r, obj, "macroarea", DEFER_OBJECTIVE_MACROAREA, objective);
  _pdz_reader_defer (r, obj, "partners", DEFER_PARTICIPATIONS, objective);

  if (!_pdz_reader_read_array (r, obj, "indicators", read_indicator, objective, error) ||
      !_pdz_reader_read_array (r, obj, "actions", read_action, objective, error))
    return FALSE;
  _pdz_reader_attach_extensions (objective, "", ext);

  _pdz_entity_add_owned (r->plan, r->plan->objectives, objective);
  _pdz_reader_record_id (r, PDZ_KIND_OBJECTIVE, id, objective);
  return TRUE;
}

static const char * const project_members[] = {
  "id", "title", "description", "status", "scope", "lead", "start", "end",
  "partners", "fundings", "objectives", "interventions", "actions", NULL
};

gboolean
_pdz_reader_read_project (PdzReader *r,
                          PdzJsonValue  obj,
                          gpointer      owner,
                          GError   **error)
{
  g_autoptr(JsonObject) ext = NULL;
  g_autoptr(PdzProject) project = NULL;
  g_autoptr(PdzDate) start = NULL;
  g_autoptr(PdzDate) end = NULL;
  g_auto(GStrv) interventions = NULL;
  const char *id, *title, *description;
  int status = _pdz_reader_enum_default (r->version, PDZ_TYPE_STATUS);
  int scope = _pdz_reader_enum_default (r->version, PDZ_TYPE_SCOPE);

  if (!_pdz_reader_expect_object (r, obj, error) ||
      !_pdz_reader_check_members (r, obj, project_members, &ext, error) ||
      !_pdz_reader_read_id (r, obj, PDZ_KIND_PROJECT, &id, error) ||
      !_pdz_reader_read_string (r, obj, "title", TRUE, &title, error) ||
      !_pdz_reader_read_string (r, obj, "description", FALSE, &description, error) ||
      !_pdz_reader_read_enum (r, obj, "status", PDZ_TYPE_STATUS, &status, error) ||
      !_pdz_reader_read_enum (r, obj, "scope", PDZ_TYPE_SCOPE, &scope, error) ||
      !_pdz_reader_read_date (r, obj, "start", FALSE, &start, error) ||
      !_pdz_reader_read_date (r, obj, "end", FALSE, &end, error))
    return FALSE;

  project = pdz_project_new (id, title);
  if (description != NULL)
    pdz_project_set_description (project, description);
  pdz_project_set_status (project, status);
  pdz_project_set_scope (project, scope);
  if (start != NULL)
    pdz_project_set_start (project, start);
  if (end != NULL)
    pdz_project_set_end (project, end);

  _pdz_reader_defer (r, obj, "lead", DEFER_PROJECT_LEAD, project);
  _pdz_reader_defer (r, obj, "partners", DEFER_PARTICIPATIONS, project);
  _pdz_reader_defer (r, obj, "objectives", DEFER_PROJECT_OBJECTIVES, project);

  if (!_pdz_reader_read_array (r, obj, "fundings", read_funding, project, error) ||
      !_pdz_reader_read_string_array (r, obj, "interventions", &interventions, error))
    return FALSE;
  if (interventions != NULL && interventions[0] != NULL)
    pdz_project_set_interventions (project, (const char * const *) interventions);
  if (!_pdz_reader_read_array (r, obj, "actions", read_action, project, error))
    return FALSE;
  _pdz_reader_attach_extensions (project, "", ext);

  _pdz_entity_add_owned (r->plan, r->plan->projects, project);
  _pdz_reader_record_id (r, PDZ_KIND_PROJECT, id, project);
  return TRUE;
}

/* --- References to other entities --- */

static const char * const participation_members[] = { "partner", "role", NULL };

gboolean
_pdz_reader_read_participation (PdzReader     *r,
                                PdzJsonValue   obj,
                                gpointer       owner,
                                GError       **error)
{
  g_autoptr(JsonObject) ext = NULL;
  g_autoptr(PdzParticipation) participation = NULL;
  PdzJsonValue partner_node;
  PdzPartner *partner;
  int role = _pdz_reader_enum_default (r->version, PDZ_TYPE_ROLE);
  gboolean added;
  gsize old;

  if (!_pdz_reader_expect_object (r, obj, error) ||
      !_pdz_reader_check_members (r, obj, participation_members, &ext, error))
    return FALSE;

  if (!_pdz_reader_member (obj, "partner", &partner_node))
    return _pdz_reader_missing (r, "partner", error);
  old = _pdz_pointer_push_member (r->path, "partner");
  partner = _pdz_reader_resolve (r, partner_node, PDZ_KIND_PARTNER, error);
  _pdz_pointer_pop (r->path, old);
  if (partner == NULL)
    return FALSE;

  if (!_pdz_reader_read_enum (r, obj, "role", PDZ_TYPE_ROLE, &role, error))
    return FALSE;

  participation = pdz_participation_new (partner, role);
  _pdz_reader_attach_extensions (participation, "", ext);

  if (PDZ_IS_OBJECTIVE (owner))
    added = pdz_objective_add_participation (owner, participation, error);
  else if (PDZ_IS_ACTION (owner))
    added = pdz_action_add_participation (owner, participation, error);
  else
    added = pdz_project_add_participation (owner, participation, error);
  if (!added)
    _pdz_json_pointer_prefix_error (error, r->path);
  return added;
}

/* --- Members that reference other entities --- */

/* Reads the member @kind of @target at @value (the current path), once
 * what it references exists. */
static gboolean
read_reference (PdzReader          *r,
                PdzReaderDeferKind  kind,
                gpointer            target,
                PdzJsonValue        value,
                GError            **error)
{
  g_autoptr(GPtrArray) objects = NULL;
  gpointer object;

  switch (kind)
    {
    case DEFER_PLAN_MUNICIPALITIES:
      objects = _pdz_reader_resolve_array (r, value, PDZ_KIND_PARTNER, error);
      if (objects == NULL)
        return FALSE;
      for (guint i = 0; i < objects->len; i++)
        {
          if (!pdz_plan_add_municipality (r->plan, objects->pdata[i], error))
            {
              gsize old = _pdz_pointer_push_index (r->path, i);

              _pdz_json_pointer_prefix_error (error, r->path);
              _pdz_pointer_pop (r->path, old);
              return FALSE;
            }
        }
      return TRUE;

    case DEFER_PLAN_LEAD_MUNICIPALITY:
      object = _pdz_reader_resolve (r, value, PDZ_KIND_PARTNER, error);
      if (object == NULL)
        return FALSE;
      pdz_plan_set_lead_municipality (r->plan, object);
      return TRUE;

    case DEFER_OBJECTIVE_MACROAREA:
      object = _pdz_reader_resolve (r, value, PDZ_KIND_MACROAREA, error);
      if (object == NULL)
        return FALSE;
      pdz_objective_set_macroarea (PDZ_OBJECTIVE (target), object);
      return TRUE;

    case DEFER_PARTICIPATIONS:
      {
        guint i = 0;

        if (!_pdz_reader_expect_array (r, value, error))
          return FALSE;
        PDZ_JSON_FOREACH_ELEMENT (value, element)
          {
            gsize old = _pdz_pointer_push_index (r->path, i++);

            if (!_pdz_reader_read_participation (r, element, target, error))
              return FALSE;
            _pdz_pointer_pop (r->path, old);
          }
        return TRUE;
      }

    case DEFER_ACTION_PROJECTS:
      objects = _pdz_reader_resolve_array (r, value, PDZ_KIND_PROJECT, error);
      if (objects == NULL)
        return FALSE;
      for (guint i = 0; i < objects->len; i++)
        pdz_action_add_project (PDZ_ACTION (target), objects->pdata[i]);
      return TRUE;

    case DEFER_PROJECT_LEAD:
      object = _pdz_reader_resolve (r, value, PDZ_KIND_PARTNER, error);
      if (object == NULL)
        return FALSE;
      pdz_project_set_lead (PDZ_PROJECT (target), object);
      return TRUE;

    case DEFER_PROJECT_OBJECTIVES:
      objects = _pdz_reader_resolve_array (r, value, PDZ_KIND_OBJECTIVE, error);
      if (objects == NULL)
        return FALSE;
      for (guint i = 0; i < objects->len; i++)
        pdz_project_add_objective (PDZ_PROJECT (target), objects->pdata[i]);
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
is_delayed (PdzReaderDeferKind kind)
{
  return kind == DEFER_PLAN_MUNICIPALITIES || kind == DEFER_PLAN_LEAD_MUNICIPALITY ||
         kind == DEFER_ACTION_PROJECTS;
}

void
_pdz_reader_defer (PdzReader          *r,
                   PdzJsonValue        object,
                   const char         *name,
                   PdzReaderDeferKind  kind,
                   gpointer            target)
{
  PdzJsonValue value;
  gsize old;
  guint seq;

  if (!_pdz_reader_member (object, name, &value))
    return;

  /* The second pass of old read the root's members first, then the
   * others in the order met: that is the order of the errors. */
  if (kind == DEFER_PLAN_MUNICIPALITIES || kind == DEFER_PLAN_LEAD_MUNICIPALITY)
    seq = (guint) kind;
  else
    seq = r->next_seq++;

  old = _pdz_pointer_push_member (r->path, name);
  if (is_delayed (kind))
    {
      PdzReaderDeferred d = { kind, seq, g_object_ref (target), 0, g_strdup (r->path->str) };

      d.value = _pdz_json_tape_copy_value (&r->delayed_tape, value.tape, value.index);
      g_array_append_val (r->delayed, d);
    }
  else if (r->deferred_error == NULL)
    {
      /* What it references is read already; an error waits its turn. */
      if (!read_reference (r, kind, target, value, &r->deferred_error))
        r->deferred_error_seq = seq;
    }
  _pdz_pointer_pop (r->path, old);
}

static int
compare_seq (gconstpointer a,
             gconstpointer b)
{
  const PdzReaderDeferred *da = a;
  const PdzReaderDeferred *db = b;

  return da->seq < db->seq ? -1 : da->seq > db->seq;
}

gboolean
_pdz_reader_read_deferred (PdzReader  *r,
                           GError    **error)
{
  g_array_sort (r->delayed, compare_seq);

  for (guint i = 0; i < r->delayed->len; i++)
    {
      PdzReaderDeferred *d = &g_array_index (r->delayed, PdzReaderDeferred, i);
      PdzJsonValue value = { &r->delayed_tape, d->value };

      if (r->deferred_error != NULL && d->seq > r->deferred_error_seq)
        break;
      g_string_assign (r->path, d->pointer);
      if (!read_reference (r, d->kind, d->target, value, error))
        return FALSE;
    }

  if (r->deferred_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&r->deferred_error));
      return FALSE;
    }
  return TRUE;
}
