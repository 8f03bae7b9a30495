/* pdz-plan-index.c: the change stamp of a plan and every index it keeps
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The mechanism is described in pdz-plan-index-private.h. This file holds,
 * in order: the plan's PdzPlanIndexes and its stamp; walking the entities
 * of a plan by kind; the id indexes, with their update in place on adds;
 * the relations index; spans of dates.
 */

#include "pdz-plan-index-private.h"

#include "pdz-entity-private.h"
#include "pdz-plan-private.h"
#include "pdz-text-private.h"

/* ----------------------------------------------------------------------
 * The stamp and the indexes of a plan
 * ---------------------------------------------------------------------- */

typedef struct
{
  GHashTable *table;            /* (owned) (nullable): id -> entity, both borrowed */
  guint64 stamp;                /* the plan stamp @table was built at */
} IdIndex;

struct _PdzPlanIndexes
{
  guint64 stamp;                /* bumped by every change to the plan */
  IdIndex ids[PDZ_N_KINDS];  /* one id index per kind, built on demand */
  PdzPlanIndex *relations;      /* (owned) (nullable): fresh when its ->stamp is @stamp */
  guint n_id_builds;            /* id indexes built from scratch, for tests */
};

PdzPlanIndexes *
_pdz_plan_indexes_new (void)
{
  return g_new0 (PdzPlanIndexes, 1);
}

void
_pdz_plan_indexes_clear (PdzPlanIndexes *indexes)
{
  for (guint i = 0; i < PDZ_N_KINDS; i++)
    g_clear_pointer (&indexes->ids[i].table, g_hash_table_unref);
  g_clear_pointer (&indexes->relations, _pdz_plan_index_unref);
}

void
_pdz_plan_indexes_free (PdzPlanIndexes *indexes)
{
  if (indexes == NULL)
    return;

  _pdz_plan_indexes_clear (indexes);
  g_free (indexes);
}

/* Records that @plan or one of its entities changed: every index built
 * before is stale from now on. */
void
_pdz_plan_touch (PdzPlan *plan)
{
  g_return_if_fail (PDZ_IS_PLAN (plan));

  plan->indexes->stamp++;
}

/* The change stamp grows with every change to the plan or to its entities. */
guint64
_pdz_plan_get_stamp (PdzPlan *plan)
{
  g_return_val_if_fail (PDZ_IS_PLAN (plan), 0);

  return plan->indexes->stamp;
}

/* ----------------------------------------------------------------------
 * Entity kinds and walking the plan
 * ---------------------------------------------------------------------- */

/* Calls @func on every entity with an id in @plan, in file order. */
static void
plan_foreach_entity (PdzPlan       *plan,
                     PdzEntityFunc  func,
                     gpointer       user_data)
{
  _pdz_entity_model_foreach (G_LIST_MODEL (plan->partners), PDZ_KIND_PARTNER, func, user_data);
  _pdz_entity_model_foreach (G_LIST_MODEL (plan->macroareas), PDZ_KIND_MACROAREA, func, user_data);
  _pdz_entity_model_foreach (G_LIST_MODEL (plan->objectives), PDZ_KIND_OBJECTIVE, func, user_data);
  _pdz_entity_model_foreach (G_LIST_MODEL (plan->projects), PDZ_KIND_PROJECT, func, user_data);
}

/* ----------------------------------------------------------------------
 * The id indexes
 *
 * One hash table per kind, id -> entity, built by walking the plan in
 * file order: when a setter gave two entities the same id, the first one
 * wins, as in the codec. The walk fills only the table it builds, so a
 * lookup of partners never pays for indexing the actions.
 * ---------------------------------------------------------------------- */

typedef struct
{
  /* The table of each kind to fill, NULL for the kinds to skip. */
  GHashTable *tables[PDZ_N_KINDS];
} IdFill;

static void
id_fill_cb (PdzKind kind,
            gpointer  entity,
            gpointer  user_data)
{
  IdFill *fill = user_data;
  GHashTable *table = fill->tables[kind];
  const char *id;

  if (table == NULL)
    return;

  id = _pdz_kind_get_id (kind, entity);
  if (id != NULL && !g_hash_table_contains (table, id))
    g_hash_table_insert (table, (gpointer) id, entity);
}

/* The id index of @kind in @plan, rebuilt first if stale. (transfer none) */
static GHashTable *
plan_get_id_index (PdzPlan   *plan,
                   PdzKind  kind)
{
  PdzPlanIndexes *indexes = plan->indexes;
  IdIndex *index = &indexes->ids[kind];
  IdFill fill = { { NULL, } };

  if (index->table != NULL && index->stamp == indexes->stamp)
    return index->table;

  if (index->table == NULL)
    index->table = g_hash_table_new (g_str_hash, g_str_equal);
  else
    g_hash_table_remove_all (index->table);

  fill.tables[kind] = index->table;
  plan_foreach_entity (plan, id_fill_cb, &fill);
  index->stamp = indexes->stamp;
  indexes->n_id_builds++;

  return index->table;
}

guint
_pdz_plan_indexes_get_n_builds (PdzPlan *plan)
{
  g_return_val_if_fail (PDZ_IS_PLAN (plan), 0);

  return plan->indexes->n_id_builds;
}

gpointer
_pdz_plan_lookup_id (PdzPlan    *plan,
                     PdzKind   kind,
                     const char *id)
{
  g_return_val_if_fail (PDZ_IS_PLAN (plan), NULL);
  g_return_val_if_fail (kind < PDZ_N_KINDS, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (plan_get_id_index (plan, kind), id);
}

void
_pdz_plan_entity_added (PdzPlan  *plan,
                        gpointer  entity)
{
  PdzPlanIndexes *indexes;
  PdzKind kind;
  IdFill fill = { { NULL, } };
  gboolean any = FALSE;

  g_return_if_fail (PDZ_IS_PLAN (plan));
  g_return_if_fail (G_IS_OBJECT (entity));

  indexes = plan->indexes;
  kind = _pdz_kind_of (entity);

  /* The id indexes fresh before the add take the new entities and stay
   * fresh; a participation, a funding or a measurement brings no id, so
   * they stay fresh unchanged. The stale ones, and the relations index,
   * are left to be rebuilt. */
  for (guint i = 0; i < PDZ_N_KINDS; i++)
    {
      IdIndex *index = &indexes->ids[i];

      if (index->table != NULL && index->stamp == indexes->stamp)
        {
          fill.tables[i] = index->table;
          any = TRUE;
        }
    }

  if (any && kind != PDZ_KIND_NONE)
    _pdz_entity_foreach (kind, entity, id_fill_cb, &fill);

  indexes->stamp++;

  for (guint i = 0; i < PDZ_N_KINDS; i++)
    if (fill.tables[i] != NULL)
      indexes->ids[i].stamp = indexes->stamp;
}

/* ----------------------------------------------------------------------
 * The relations index
 * ---------------------------------------------------------------------- */

static GHashTable *
new_list_table (void)
{
  return g_hash_table_new_full (g_direct_hash, g_direct_equal,
                                g_object_unref, (GDestroyNotify) g_ptr_array_unref);
}

/* Appends @value to the list of @key in @table, once. The index is built
 * one entity at a time, in document order: an entity is listed under a key
 * while that entity is being indexed, so a repeat can only be the list's
 * last item. */
static void
list_add (GHashTable *table,
          gpointer key,
          gpointer value)
{
  GPtrArray *list = g_hash_table_lookup (table, key);

  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (table, g_object_ref (key), list);
    }
  else if (list->len > 0 && g_ptr_array_index (list, list->len - 1) == value)
    return;

  g_ptr_array_add (list, g_object_ref (value));
}

static void
set_pointer (PdzPlanIndex *index,
             gpointer entity,
             char *pointer)
{
  g_hash_table_replace (index->pointers, g_object_ref (entity), pointer);
}

static void
add_role (PdzPlanIndex *index,
          PdzPartner *partner,
          PdzRole role)
{
  guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (index->partner_roles, partner));

  mask |= 1u << role;
  g_hash_table_replace (index->partner_roles, partner, GUINT_TO_POINTER (mask));
  g_hash_table_add (index->referenced_partners, partner);
}

static void
index_participations (PdzPlanIndex *index,
                      GListModel *participations,
                      GHashTable *partner_table,
                      gpointer entity)
{
  guint n = g_list_model_get_n_items (participations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzParticipation) participation = g_list_model_get_item (participations, i);
      PdzPartner *partner = pdz_participation_get_partner (participation);

      if (partner == NULL)
        continue;
      list_add (partner_table, partner, entity);
      add_role (index, partner, pdz_participation_get_role (participation));
    }
}

static void
index_action_links (PdzPlanIndex *index,
                    PdzAction *action)
{
  PdzObjective *objective = pdz_action_get_objective (action);
  PdzProject *holder = pdz_action_get_project (action);

  /* The counting rule: under the one owner of its bullet. */
  if (objective != NULL)
    {
      PdzMacroarea *macroarea = pdz_objective_get_macroarea (objective);

      list_add (index->objective_actions, objective, action);
      if (macroarea != NULL)
        list_add (index->macroarea_actions, macroarea, action);
    }
  else if (holder != NULL)
    {
      list_add (index->project_actions, holder, action);

      /* Apart: the objectives and macroareas the project serves. */
      PDZ_MODEL_FOREACH (pdz_project_get_objectives (holder), PdzObjective, served)
        {
          PdzMacroarea *macroarea = pdz_objective_get_macroarea (served);

          list_add (index->objective_project_actions, served, action);
          if (macroarea != NULL)
            list_add (index->macroarea_project_actions, macroarea, action);
        }
    }

  index_participations (index, pdz_action_get_participations (action),
                        index->partner_actions, action);

  PDZ_MODEL_FOREACH (pdz_action_get_projects (action), PdzProject, project)
    list_add (index->project_actions, project, action);
}

static void
index_actions (PdzPlanIndex *index,
               GListModel *actions,
               const char *owner_pointer)
{
  guint n = g_list_model_get_n_items (actions);

  for (guint j = 0; j < n; j++)
    {
      PdzAction *action = g_list_model_get_item (actions, j);
      char *pointer = _pdz_pointer_child (owner_pointer, "actions", (int) j);

      set_pointer (index, action, pointer);
      if (pdz_action_get_parent (action) == NULL)
        g_ptr_array_add (index->bullets, g_object_ref (action));
      g_ptr_array_add (index->actions, action);   /* takes the reference */
      /* Sub-actions follow their bullet, in document order. */
      index_actions (index, pdz_action_get_actions (action), pointer);
    }
}

static PdzPlanIndex *
plan_index_build (PdzPlan *plan)
{
  PdzPlanIndex *index = g_atomic_rc_box_new0 (PdzPlanIndex);
  GListModel *model;
  PdzPartner *lead;
  guint n;

  index->stamp = _pdz_plan_get_stamp (plan);
  index->plan = plan;
  index->actions = g_ptr_array_new_with_free_func (g_object_unref);
  index->bullets = g_ptr_array_new_with_free_func (g_object_unref);
  index->pointers = g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref, g_free);
  index->partner_actions = new_list_table ();
  index->partner_objectives = new_list_table ();
  index->partner_projects = new_list_table ();
  index->project_actions = new_list_table ();
  index->objective_actions = new_list_table ();
  index->objective_project_actions = new_list_table ();
  index->macroarea_objectives = new_list_table ();
  index->macroarea_actions = new_list_table ();
  index->macroarea_project_actions = new_list_table ();
  index->macroarea_projects = new_list_table ();
  /* Keys of these two are partners listed in the tables above or in the
   * plan, which the index references already. */
  index->partner_roles = g_hash_table_new (g_direct_hash, g_direct_equal);
  index->referenced_partners = g_hash_table_new (g_direct_hash, g_direct_equal);
  index->folded_text = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);

  model = pdz_plan_get_partners (plan);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzPartner) partner = g_list_model_get_item (model, i);

      set_pointer (index, partner, _pdz_pointer_child ("", "partners", (int) i));
    }

  model = pdz_plan_get_macroareas (plan);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzMacroarea) macroarea = g_list_model_get_item (model, i);

      set_pointer (index, macroarea, _pdz_pointer_child ("", "macroareas", (int) i));
    }

  model = pdz_plan_get_municipalities (plan);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzPartner) partner = g_list_model_get_item (model, i);

      g_hash_table_add (index->referenced_partners, partner);
    }
  lead = pdz_plan_get_lead_municipality (plan);
  if (lead != NULL)
    g_hash_table_add (index->referenced_partners, lead);

  model = pdz_plan_get_objectives (plan);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzObjective) objective = g_list_model_get_item (model, i);
      g_autofree char *pointer = _pdz_pointer_child ("", "objectives", (int) i);
      PdzMacroarea *macroarea = pdz_objective_get_macroarea (objective);
      GListModel *indicators = pdz_objective_get_indicators (objective);
      guint n_indicators = g_list_model_get_n_items (indicators);

      set_pointer (index, objective, g_strdup (pointer));
      if (macroarea != NULL)
        list_add (index->macroarea_objectives, macroarea, objective);
      index_participations (index, pdz_objective_get_participations (objective),
                            index->partner_objectives, objective);
      for (guint k = 0; k < n_indicators; k++)
        {
          g_autoptr(PdzIndicator) indicator = g_list_model_get_item (indicators, k);

          set_pointer (index, indicator, _pdz_pointer_child (pointer, "indicators", (int) k));
        }
      index_actions (index, pdz_objective_get_actions (objective), pointer);
    }

  model = pdz_plan_get_projects (plan);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzProject) project = g_list_model_get_item (model, i);
      g_autofree char *pointer = _pdz_pointer_child ("", "projects", (int) i);
      GListModel *served = pdz_project_get_objectives (project);
      guint n_served = g_list_model_get_n_items (served);

      set_pointer (index, project, g_strdup (pointer));
      lead = pdz_project_get_lead (project);
      if (lead != NULL)
        {
          list_add (index->partner_projects, lead, project);
          add_role (index, lead, PDZ_ROLE_LEAD);
        }
      index_participations (index, pdz_project_get_participations (project),
                            index->partner_projects, project);
      for (guint k = 0; k < n_served; k++)
        {
          g_autoptr(PdzObjective) objective = g_list_model_get_item (served, k);
          PdzMacroarea *macroarea = pdz_objective_get_macroarea (objective);

          if (macroarea != NULL)
            list_add (index->macroarea_projects, macroarea, project);
        }
      index_actions (index, pdz_project_get_actions (project), pointer);
    }

  /* Links between actions and the rest, in document order. */
  for (guint i = 0; i < index->actions->len; i++)
    index_action_links (index, g_ptr_array_index (index->actions, i));

  return index;
}

static void
plan_index_clear (gpointer data)
{
  PdzPlanIndex *index = data;

  g_clear_pointer (&index->folded_text, g_hash_table_unref);
  g_clear_pointer (&index->referenced_partners, g_hash_table_unref);
  g_clear_pointer (&index->partner_roles, g_hash_table_unref);
  g_clear_pointer (&index->macroarea_projects, g_hash_table_unref);
  g_clear_pointer (&index->macroarea_project_actions, g_hash_table_unref);
  g_clear_pointer (&index->macroarea_actions, g_hash_table_unref);
  g_clear_pointer (&index->macroarea_objectives, g_hash_table_unref);
  g_clear_pointer (&index->objective_project_actions, g_hash_table_unref);
  g_clear_pointer (&index->objective_actions, g_hash_table_unref);
  g_clear_pointer (&index->project_actions, g_hash_table_unref);
  g_clear_pointer (&index->partner_projects, g_hash_table_unref);
  g_clear_pointer (&index->partner_objectives, g_hash_table_unref);
  g_clear_pointer (&index->partner_actions, g_hash_table_unref);
  g_clear_pointer (&index->pointers, g_hash_table_unref);
  g_clear_pointer (&index->bullets, g_ptr_array_unref);
  g_clear_pointer (&index->actions, g_ptr_array_unref);
}

PdzPlanIndex *
_pdz_plan_index_ref (PdzPlanIndex *index)
{
  return g_atomic_rc_box_acquire (index);
}

void
_pdz_plan_index_unref (PdzPlanIndex *index)
{
  g_atomic_rc_box_release_full (index, plan_index_clear);
}

PdzPlanIndex *
_pdz_plan_index_get (PdzPlan *plan)
{
  PdzPlanIndexes *indexes;

  g_return_val_if_fail (PDZ_IS_PLAN (plan), NULL);

  indexes = plan->indexes;
  if (indexes->relations == NULL || indexes->relations->stamp != indexes->stamp)
    {
      /* The plan keeps one reference; the old index, if any, lives on for
       * as long as its other holders keep theirs. */
      g_clear_pointer (&indexes->relations, _pdz_plan_index_unref);
      indexes->relations = plan_index_build (plan);
    }

  return _pdz_plan_index_ref (indexes->relations);
}

const char *
_pdz_plan_index_get_pointer (PdzPlanIndex *index,
                             gpointer entity)
{
  return g_hash_table_lookup (index->pointers, entity);
}

GPtrArray *
_pdz_plan_index_lookup (GHashTable *table,
                        gconstpointer key)
{
  if (key == NULL)
    return NULL;
  return g_hash_table_lookup (table, key);
}

static void
append_folded (GString *text,
               const char *part)
{
  g_autofree char *folded = NULL;

  if (part == NULL || part[0] == '\0')
    return;
  folded = _pdz_text_fold (part);
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, folded);
}

const char *
_pdz_plan_index_get_folded_text (PdzPlanIndex *index,
                                 gpointer entity)
{
  const char *cached = g_hash_table_lookup (index->folded_text, entity);
  GString *text;

  if (cached != NULL)
    return cached;

  text = g_string_new (NULL);
  if (PDZ_IS_ACTION (entity))
    {
      append_folded (text, pdz_action_get_title (entity));
    }
  else if (PDZ_IS_OBJECTIVE (entity))
    {
      append_folded (text, pdz_objective_get_title (entity));
      append_folded (text, pdz_objective_get_description (entity));
    }
  else if (PDZ_IS_PROJECT (entity))
    {
      const char * const *interventions = pdz_project_get_interventions (entity);

      append_folded (text, pdz_project_get_title (entity));
      append_folded (text, pdz_project_get_description (entity));
      for (guint i = 0; interventions != NULL && interventions[i] != NULL; i++)
        append_folded (text, interventions[i]);
    }

  /* Entities of the index are referenced by its pointer table, so the key
   * outlives the cache entry. */
  cached = g_string_free (text, FALSE);
  g_hash_table_insert (index->folded_text, entity, (char *) cached);
  return cached;
}
