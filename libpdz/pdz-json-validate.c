/* pdz-json-validate.c: the check that runs before a plan is saved
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The model lets an application make a plan that would not read back: an
 * id set to "" or to the id of another entity of its kind, a reference to
 * an entity of another plan, a participation without partner. The writer
 * writes such a plan all the same; _pdz_json_validate_plan() refuses it
 * before a save, with the JSON pointer where the offending value would be
 * written. It checks, on the model, what the reader checks on the tree
 * (ids, references, required members, finite numbers).
 *
 * All its state is in a Checker on the stack: it is reentrant.
 */

#include "pdz-json-private.h"
#include "pdz-text-private.h"

#include <math.h>

typedef struct {
  GString *path;   /* (owned) JSON pointer of the value being checked */
  PdzJsonIds ids;  /* every entity seen so far, by kind and id */
} Checker;

static gboolean
check_fail (Checker    *c,
            GError    **error,
            PdzError    code,
            const char *format,
            ...) G_GNUC_PRINTF (4, 5);

/* Sets @error at the current path; returns FALSE. */
static gboolean
check_fail (Checker    *c,
            GError    **error,
            PdzError    code,
            const char *format,
            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  _pdz_json_pointer_error (error, c->path, code, "%s", message);
  return FALSE;
}

/* Checks the id of the entity at the current path and records it. */
static gboolean
check_id (Checker    *c,
          PdzKind kind,
          gpointer    entity,
          const char *id,
          GError    **error)
{
  gsize old = _pdz_pointer_push_member (c->path, "id");
  gboolean ok = _pdz_json_ids_check_new (&c->ids, kind, id, c->path, error);

  _pdz_pointer_pop (c->path, old);
  if (ok)
    _pdz_json_ids_add (&c->ids, kind, id, entity, c->path->str);
  return ok;
}

/* Checks the ids of every item of @model, at path NAME/INDEX. */
static gboolean
check_ids (Checker    *c,
           const char *name,
           GListModel *model,
           PdzKind kind,
           GError    **error)
{
  guint n = g_list_model_get_n_items (model);
  gsize old = _pdz_pointer_push_member (c->path, name);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gsize old_item = _pdz_pointer_push_index (c->path, i);

      if (!check_id (c, kind, item, _pdz_kind_get_id (kind, item), error))
        return FALSE;

      if (kind == PDZ_KIND_OBJECTIVE)
        {
          if (!check_ids (c, "indicators", pdz_objective_get_indicators (PDZ_OBJECTIVE (item)),
                          PDZ_KIND_INDICATOR, error) ||
              !check_ids (c, "actions", pdz_objective_get_actions (PDZ_OBJECTIVE (item)),
                          PDZ_KIND_ACTION, error))
            return FALSE;
        }
      else if (kind == PDZ_KIND_PROJECT)
        {
          if (!check_ids (c, "actions", pdz_project_get_actions (PDZ_PROJECT (item)),
                          PDZ_KIND_ACTION, error))
            return FALSE;
        }
      else if (kind == PDZ_KIND_ACTION)
        {
          if (!check_ids (c, "actions", pdz_action_get_actions (PDZ_ACTION (item)),
                          PDZ_KIND_ACTION, error))
            return FALSE;
        }
      _pdz_pointer_pop (c->path, old_item);
    }
  _pdz_pointer_pop (c->path, old);
  return TRUE;
}

/* Checks that @entity, referenced at the current path, is the plan's. */
static gboolean
check_reference (Checker    *c,
                 PdzKind kind,
                 gpointer    entity,
                 GError    **error)
{
  const char *id = _pdz_kind_get_id (kind, entity);
  PdzJsonIdEntry *seen = _pdz_json_ids_lookup (&c->ids, kind, id != NULL ? id : "");
  g_autofree char *quoted = _pdz_text_quote (id, -1, 0, PDZ_QUOTE_JSON);

  if (seen == NULL)
    return check_fail (c, error, PDZ_ERROR_DANGLING_REFERENCE,
                       "no %s with id \"%s\" in this plan", _pdz_kind_get_name (kind), quoted);
  if (seen->object != entity)
    return check_fail (c, error, PDZ_ERROR_DANGLING_REFERENCE,
                       "the %s \"%s\" is not the one in this plan (%s)",
                       _pdz_kind_get_name (kind), quoted, seen->pointer);
  return TRUE;
}

static gboolean
check_optional_reference (Checker    *c,
                          const char *name,
                          PdzKind kind,
                          gpointer    entity,
                          GError    **error)
{
  gsize old;
  gboolean ok;

  if (entity == NULL)
    return TRUE;
  old = _pdz_pointer_push_member (c->path, name);
  ok = check_reference (c, kind, entity, error);
  _pdz_pointer_pop (c->path, old);
  return ok;
}

static gboolean
check_references (Checker    *c,
                  const char *name,
                  GListModel *model,
                  PdzKind kind,
                  GError    **error)
{
  g_autoptr(GHashTable) listed = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint n = g_list_model_get_n_items (model);
  gsize old = _pdz_pointer_push_member (c->path, name);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gsize old_item = _pdz_pointer_push_index (c->path, i);

      if (!check_reference (c, kind, item, error) ||
          !_pdz_json_check_listed_once (listed, item, i, kind, _pdz_kind_get_id (kind, item),
                                        c->path, error))
        return FALSE;
      _pdz_pointer_pop (c->path, old_item);
    }
  _pdz_pointer_pop (c->path, old);
  return TRUE;
}

static gboolean
check_participations (Checker    *c,
                      GListModel *model,
                      GError    **error)
{
  guint n = g_list_model_get_n_items (model);
  gsize old = _pdz_pointer_push_member (c->path, "partners");
  /* partner -> GSList of the indexes where it takes part */
  g_autoptr(GHashTable) seen = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_slist_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzParticipation) participation = g_list_model_get_item (model, i);
      PdzPartner *partner = pdz_participation_get_partner (participation);
      gsize old_item = _pdz_pointer_push_index (c->path, i);
      GSList *same;

      if (partner == NULL)
        return check_fail (c, error, PDZ_ERROR_INVALID_VALUE,
                           "missing required member \"partner\"");
      if (!check_optional_reference (c, "partner", PDZ_KIND_PARTNER, partner, error))
        return FALSE;
      /* The same partner in the same role twice (setters can make it):
       * the earlier participations of each partner, from a table, so that
       * a long list costs linear time. */
      same = g_hash_table_lookup (seen, partner);
      for (GSList *l = same; l != NULL; l = l->next)
        {
          guint k = GPOINTER_TO_UINT (l->data);
          PdzParticipation *earlier = _pdz_model_peek (model, k);

          if (pdz_participation_get_partner (earlier) == partner &&
              pdz_participation_get_role (earlier) == pdz_participation_get_role (participation))
            {
              g_autofree char *quoted = _pdz_text_quote (pdz_partner_get_id (partner), -1, 0,
                                                         PDZ_QUOTE_JSON);

              return check_fail (c, error, PDZ_ERROR_DUPLICATE_ID,
                                 "partner \"%s\" already takes part in the role %s (at index %u)",
                                 quoted,
                                 _pdz_enum_to_nick (PDZ_TYPE_ROLE,
                                                    pdz_participation_get_role (participation)),
                                 k);
            }
        }
      g_hash_table_steal (seen, partner);
      g_hash_table_insert (seen, partner, g_slist_prepend (same, GUINT_TO_POINTER (i)));
      _pdz_pointer_pop (c->path, old_item);
    }
  _pdz_pointer_pop (c->path, old);
  return TRUE;
}

static gboolean
check_measurement (Checker        *c,
                   PdzMeasurement *measurement,
                   gboolean        date_required,
                   GError        **error)
{
  if (date_required && pdz_measurement_get_date (measurement) == NULL)
    return check_fail (c, error, PDZ_ERROR_INVALID_VALUE, "missing required member \"date\"");
  if (!isfinite (pdz_measurement_get_value (measurement)))
    {
      _pdz_pointer_push_member (c->path, "value");
      return check_fail (c, error, PDZ_ERROR_INVALID_VALUE,
                         "the value must be a finite number, not %g",
                         pdz_measurement_get_value (measurement));
    }
  return TRUE;
}

static gboolean
check_indicator (Checker      *c,
                 PdzIndicator *indicator,
                 GError      **error)
{
  PdzMeasurement *baseline = pdz_indicator_get_baseline (indicator);
  PdzMeasurement *target = pdz_indicator_get_target (indicator);
  GListModel *measurements = pdz_indicator_get_measurements (indicator);
  guint n = g_list_model_get_n_items (measurements);
  gsize old;

  if (baseline != NULL)
    {
      old = _pdz_pointer_push_member (c->path, "baseline");
      if (!check_measurement (c, baseline, FALSE, error))
        return FALSE;
      _pdz_pointer_pop (c->path, old);
    }
  if (target != NULL)
    {
      old = _pdz_pointer_push_member (c->path, "target");
      if (!check_measurement (c, target, FALSE, error))
        return FALSE;
      _pdz_pointer_pop (c->path, old);
    }
  old = _pdz_pointer_push_member (c->path, "measurements");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzMeasurement) measurement = g_list_model_get_item (measurements, i);
      gsize old_item = _pdz_pointer_push_index (c->path, i);

      if (!check_measurement (c, measurement, TRUE, error))
        return FALSE;
      _pdz_pointer_pop (c->path, old_item);
    }
  _pdz_pointer_pop (c->path, old);
  return TRUE;
}

static gboolean check_actions (Checker *c, GListModel *actions, GError **error);

static gboolean
check_milestones (Checker    *c,
                  GListModel *milestones,
                  GError    **error)
{
  guint n = g_list_model_get_n_items (milestones);
  gsize old = _pdz_pointer_push_member (c->path, "milestones");

  for (guint i = 0; i < n; i++)
    {
      PdzMilestone *milestone = _pdz_model_peek (milestones, i);
      gsize old_item = _pdz_pointer_push_index (c->path, i);

      if (pdz_milestone_get_date (milestone) == NULL)
        return check_fail (c, error, PDZ_ERROR_INVALID_VALUE, "missing required member \"date\"");
      if (pdz_milestone_get_title (milestone) == NULL)
        return check_fail (c, error, PDZ_ERROR_INVALID_VALUE, "missing required member \"title\"");
      _pdz_pointer_pop (c->path, old_item);
    }
  _pdz_pointer_pop (c->path, old);
  return TRUE;
}

static gboolean
check_action (Checker   *c,
              PdzAction *action,
              GError   **error)
{
  return check_milestones (c, pdz_action_get_milestones (action), error) &&
         check_participations (c, pdz_action_get_participations (action), error) &&
         check_references (c, "projects", pdz_action_get_projects (action),
                           PDZ_KIND_PROJECT, error) &&
         check_actions (c, pdz_action_get_actions (action), error);
}

static gboolean
check_actions (Checker    *c,
               GListModel *actions,
               GError    **error)
{
  guint n = g_list_model_get_n_items (actions);
  gsize old = _pdz_pointer_push_member (c->path, "actions");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (actions, i);
      gsize old_item = _pdz_pointer_push_index (c->path, i);

      if (!check_action (c, action, error))
        return FALSE;
      _pdz_pointer_pop (c->path, old_item);
    }
  _pdz_pointer_pop (c->path, old);
  return TRUE;
}

static gboolean
check_objective (Checker      *c,
                 PdzObjective *objective,
                 GError      **error)
{
  GListModel *indicators = pdz_objective_get_indicators (objective);
  guint n = g_list_model_get_n_items (indicators);
  gsize old;

  if (!check_optional_reference (c, "macroarea", PDZ_KIND_MACROAREA,
                                 pdz_objective_get_macroarea (objective), error) ||
      !check_participations (c, pdz_objective_get_participations (objective), error))
    return FALSE;

  old = _pdz_pointer_push_member (c->path, "indicators");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzIndicator) indicator = g_list_model_get_item (indicators, i);
      gsize old_item = _pdz_pointer_push_index (c->path, i);

      if (!check_indicator (c, indicator, error))
        return FALSE;
      _pdz_pointer_pop (c->path, old_item);
    }
  _pdz_pointer_pop (c->path, old);

  return check_actions (c, pdz_objective_get_actions (objective), error);
}

static gboolean
check_project (Checker    *c,
               PdzProject *project,
               GError    **error)
{
  return check_optional_reference (c, "lead", PDZ_KIND_PARTNER,
                                   pdz_project_get_lead (project), error) &&
         check_participations (c, pdz_project_get_participations (project), error) &&
         check_references (c, "objectives", pdz_project_get_objectives (project),
                           PDZ_KIND_OBJECTIVE, error) &&
         check_actions (c, pdz_project_get_actions (project), error);
}

/*
 * _pdz_json_validate_plan:
 * @plan: a plan
 * @error: return location for a #GError
 *
 * Checks what a save must not write: an empty id (%PDZ_ERROR_INVALID_VALUE),
 * two entities of one kind with the same id (%PDZ_ERROR_DUPLICATE_ID), a
 * reference to an entity that is not the plan's entity with that id
 * (%PDZ_ERROR_DANGLING_REFERENCE), and what would not read back: a
 * participation without partner, a measurement without date in a list of
 * measurements, a value that is not finite, an entity listed twice in a
 * list of references (%PDZ_ERROR_INVALID_VALUE). The message starts with
 * the JSON pointer where the offending value would be written.
 *
 * Returns: %TRUE if the plan can be saved
 */
gboolean
_pdz_json_validate_plan (PdzPlan *plan,
                         GError **error)
{
  Checker c;
  const char *id;
  gboolean ok = FALSE;
  GListModel *objectives, *projects;
  guint n;

  g_return_val_if_fail (PDZ_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  c.path = g_string_new (NULL);
  _pdz_json_ids_init (&c.ids);

  id = pdz_plan_get_id (plan);
  if (id != NULL && *id == '\0')
    {
      _pdz_pointer_push_member (c.path, "id");
      check_fail (&c, error, PDZ_ERROR_INVALID_VALUE, "the id must not be empty");
      goto out;
    }

  objectives = pdz_plan_get_objectives (plan);
  projects = pdz_plan_get_projects (plan);

  /* First every id, so that references may point forward. */
  if (!check_ids (&c, "partners", pdz_plan_get_partners (plan), PDZ_KIND_PARTNER, error) ||
      !check_ids (&c, "macroareas", pdz_plan_get_macroareas (plan), PDZ_KIND_MACROAREA,
                  error) ||
      !check_ids (&c, "objectives", objectives, PDZ_KIND_OBJECTIVE, error) ||
      !check_ids (&c, "projects", projects, PDZ_KIND_PROJECT, error))
    goto out;

  g_string_truncate (c.path, 0);
  if (!check_references (&c, "municipalities", pdz_plan_get_municipalities (plan),
                         PDZ_KIND_PARTNER, error) ||
      !check_optional_reference (&c, "lead-municipality", PDZ_KIND_PARTNER,
                                 pdz_plan_get_lead_municipality (plan), error))
    goto out;

  n = g_list_model_get_n_items (objectives);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzObjective) objective = g_list_model_get_item (objectives, i);

      g_string_truncate (c.path, 0);
      _pdz_pointer_push_member (c.path, "objectives");
      _pdz_pointer_push_index (c.path, i);
      if (!check_objective (&c, objective, error))
        goto out;
    }

  n = g_list_model_get_n_items (projects);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzProject) project = g_list_model_get_item (projects, i);

      g_string_truncate (c.path, 0);
      _pdz_pointer_push_member (c.path, "projects");
      _pdz_pointer_push_index (c.path, i);
      if (!check_project (&c, project, error))
        goto out;
    }

  ok = TRUE;

out:
  _pdz_json_ids_clear (&c.ids);
  g_string_free (c.path, TRUE);
  return ok;
}
