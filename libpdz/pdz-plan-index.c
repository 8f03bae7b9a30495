/* pdz-plan-index.c: the change stamp of a plan and every index it keeps
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The mechanism is described in pdz-plan-index-private.h. This file holds,
 * in order: the plan's PdzPlanIndexes and its stamps; walking the entities
 * of a plan by kind; the id indexes, with their updates in place; the
 * relations index, its build, its updates in place, its table of JSON
 * pointers (made at the first lookup) and its folded texts.
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
  gboolean fresh;               /* @table holds every entity of its kind */
  gboolean duplicates;          /* two entities of the kind had one id when it was built */
} IdIndex;

struct _PdzPlanIndexes
{
  guint64 stamp;                /* bumped by every change to the plan */
  guint64 structure;            /* bumped by the changes the relations index follows */
  IdIndex ids[PDZ_N_KINDS];     /* one id index per kind, built on demand */
  PdzPlanIndex *relations;      /* (owned) (nullable): fresh when its ->structure is @structure */
  guint n_id_builds;            /* id indexes built from scratch, for tests */
  guint n_relations_builds;     /* relations indexes built from scratch, for tests */
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
    {
      g_clear_pointer (&indexes->ids[i].table, g_hash_table_unref);
      indexes->ids[i].fresh = FALSE;
    }
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

/* Records a change of the plan's structure (an entity added or removed, a
 * reference set): the relations index is stale from now on. */
void
_pdz_plan_touch (PdzPlan *plan)
{
  g_return_if_fail (_pdz_entity_is_plan (plan));

  plan->indexes->stamp++;
  plan->indexes->structure++;
}

/* The change stamp grows with every change to the plan or to its entities. */
guint64
_pdz_plan_get_stamp (PdzPlan *plan)
{
  g_return_val_if_fail (_pdz_entity_is_plan (plan), 0);

  return plan->indexes->stamp;
}

guint64
_pdz_plan_get_structure_stamp (PdzPlan *plan)
{
  g_return_val_if_fail (_pdz_entity_is_plan (plan), 0);

  return plan->indexes->structure;
}

/* The relations index, if it is fresh and nobody but the plan holds it, so
 * that it may be updated in place; NULL otherwise. */
static PdzPlanIndex *
relations_to_update (PdzPlanIndexes *indexes)
{
  PdzPlanIndex *index = indexes->relations;

  if (index == NULL || index->structure != indexes->structure ||
      g_atomic_int_get (&index->ref_count) != 1)
    return NULL;
  return index;
}

static void folded_text_forget (PdzPlanIndex *index, gpointer entity);

/* Whether a change of @pspec changes what the relations index says: a
 * reference to another entity (an objective's macroarea, a project's
 * lead, a participation's partner, the lead municipality), or the role a
 * partner plays. Titles, statuses, dates and every other value do not. */
static gboolean
changes_structure (GParamSpec *pspec)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  return type == PDZ_TYPE_PARTNER || type == PDZ_TYPE_MACROAREA ||
         type == PDZ_TYPE_OBJECTIVE || type == PDZ_TYPE_PROJECT ||
         type == PDZ_TYPE_ROLE;
}

void
_pdz_plan_entity_changed (PdzPlan    *plan,
                          gpointer    entity,
                          GParamSpec *pspec)
{
  PdzPlanIndexes *indexes;
  PdzPlanIndex *index;

  g_return_if_fail (_pdz_entity_is_plan (plan));

  indexes = plan->indexes;
  indexes->stamp++;

  if (pspec == NULL || changes_structure (pspec))
    {
      indexes->structure++;
      return;
    }

  /* A new id: the id index of its kind is built again when next read. */
  if (g_str_equal (pspec->name, "id"))
    {
      PdzKind kind = _pdz_kind_of (entity);

      if (kind != PDZ_KIND_NONE)
        indexes->ids[kind].fresh = FALSE;
      return;
    }

  /* Any other value: only the entity's folded text may be out of date. */
  index = indexes->relations;
  if (index != NULL && index->structure == indexes->structure)
    folded_text_forget (index, entity);
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
 *
 * A table follows adds (the new entities join it) and removes (they leave
 * it) in place; a new id, or a remove when two entities shared an id,
 * makes the table of that kind stale, built again at its next lookup.
 * ---------------------------------------------------------------------- */

typedef struct
{
  /* The index of each kind to fill, NULL for the kinds to skip. */
  IdIndex *indexes[PDZ_N_KINDS];
} IdFill;

static void
id_fill_cb (PdzKind  kind,
            gpointer entity,
            gpointer user_data)
{
  IdFill *fill = user_data;
  IdIndex *index = fill->indexes[kind];
  const char *id;

  if (index == NULL)
    return;

  id = _pdz_kind_get_id (kind, entity);
  if (id == NULL)
    return;
  if (g_hash_table_contains (index->table, id))
    index->duplicates = TRUE;
  else
    g_hash_table_insert (index->table, (gpointer) id, entity);
}

static void
id_remove_cb (PdzKind  kind,
              gpointer entity,
              gpointer user_data)
{
  IdFill *fill = user_data;
  IdIndex *index = fill->indexes[kind];
  const char *id;

  if (index == NULL)
    return;

  id = _pdz_kind_get_id (kind, entity);
  if (id == NULL || g_hash_table_lookup (index->table, id) != entity)
    return;
  if (index->duplicates)
    index->fresh = FALSE;   /* another entity may hold the id: look again */
  else
    g_hash_table_remove (index->table, id);
}

/* The id index of @kind in @plan, rebuilt first if stale. (transfer none) */
static GHashTable *
plan_get_id_index (PdzPlan *plan,
                   PdzKind  kind)
{
  PdzPlanIndexes *indexes = plan->indexes;
  IdIndex *index = &indexes->ids[kind];
  IdFill fill = { { NULL, } };

  if (index->table != NULL && index->fresh)
    return index->table;

  if (index->table == NULL)
    index->table = g_hash_table_new (g_str_hash, g_str_equal);
  else
    g_hash_table_remove_all (index->table);

  index->duplicates = FALSE;
  fill.indexes[kind] = index;
  plan_foreach_entity (plan, id_fill_cb, &fill);
  index->fresh = TRUE;
  indexes->n_id_builds++;

  return index->table;
}

guint
_pdz_plan_indexes_get_n_builds (PdzPlan *plan)
{
  g_return_val_if_fail (_pdz_entity_is_plan (plan), 0);

  return plan->indexes->n_id_builds;
}

gpointer
_pdz_plan_lookup_id (PdzPlan    *plan,
                     PdzKind     kind,
                     const char *id)
{
  g_return_val_if_fail (_pdz_entity_is_plan (plan), NULL);
  g_return_val_if_fail (kind < PDZ_N_KINDS, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (plan_get_id_index (plan, kind), id);
}

/* The fresh id indexes, for a walk with id_fill_cb() or id_remove_cb();
 * FALSE when there is none. */
static gboolean
fresh_id_indexes (PdzPlanIndexes *indexes,
                  IdFill         *fill)
{
  gboolean any = FALSE;

  for (guint i = 0; i < PDZ_N_KINDS; i++)
    {
      IdIndex *index = &indexes->ids[i];

      fill->indexes[i] = index->table != NULL && index->fresh ? index : NULL;
      any |= fill->indexes[i] != NULL;
    }
  return any;
}

static gboolean relations_add (PdzPlanIndex *index, PdzPlan *plan, gpointer entity);

void
_pdz_plan_entity_added (PdzPlan  *plan,
                        gpointer  entity)
{
  PdzPlanIndexes *indexes;
  PdzPlanIndex *relations;
  PdzKind kind;
  IdFill fill;

  g_return_if_fail (_pdz_entity_is_plan (plan));
  g_return_if_fail (G_IS_OBJECT (entity));

  indexes = plan->indexes;
  kind = _pdz_kind_of (entity);

  /* The fresh id indexes take the new entities; a participation, a
   * funding or a measurement brings no id. */
  if (kind != PDZ_KIND_NONE && fresh_id_indexes (indexes, &fill))
    _pdz_entity_foreach (kind, entity, id_fill_cb, &fill);

  /* From now on the plan's indexes answer for @entity's children. */
  _pdz_entity_forget_children (entity);

  /* The relations index follows the add in place where it can; else it
   * is built again when next read. */
  relations = relations_to_update (indexes);
  indexes->stamp++;
  indexes->structure++;
  if (relations != NULL && relations_add (relations, plan, entity))
    relations->structure = indexes->structure;
}

void
_pdz_plan_entity_removed (PdzPlan  *plan,
                          gpointer  entity)
{
  PdzPlanIndexes *indexes;
  PdzKind kind;
  IdFill fill;

  g_return_if_fail (_pdz_entity_is_plan (plan));
  g_return_if_fail (G_IS_OBJECT (entity));

  indexes = plan->indexes;
  kind = _pdz_kind_of (entity);
  if (kind != PDZ_KIND_NONE && fresh_id_indexes (indexes, &fill))
    _pdz_entity_foreach (kind, entity, id_remove_cb, &fill);

  indexes->stamp++;
  indexes->structure++;
}

/* ----------------------------------------------------------------------
 * The relations index
 *
 * Built by walking the plan in document order. Every action gets an
 * ordinal (_pdz_action_set_order()) that grows in document order, with
 * gaps, so that an action added in the middle of the document can be
 * given one between its neighbours and inserted in every list at its
 * place by a binary search; when a gap is used up, the actions are
 * numbered again. Objectives and projects are only ever appended to the
 * plan: their rank is their position in the plan's list.
 * ---------------------------------------------------------------------- */

#define ORDER_STEP (G_GUINT64_CONSTANT (1) << 20)

static GHashTable *
new_list_table (void)
{
  return g_hash_table_new_full (g_direct_hash, g_direct_equal,
                                g_object_unref, (GDestroyNotify) g_ptr_array_unref);
}

static GPtrArray *
list_get (GHashTable *table,
          gpointer    key)
{
  GPtrArray *list = g_hash_table_lookup (table, key);

  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (table, g_object_ref (key), list);
    }
  return list;
}

/* Appends @value to the list of @key in @table, once. The index is built
 * one entity at a time, in document order: an entity is listed under a key
 * while that entity is being indexed, so a repeat can only be the list's
 * last item. */
static void
list_add (GHashTable *table,
          gpointer    key,
          gpointer    value)
{
  GPtrArray *list = list_get (table, key);

  if (list->len > 0 && g_ptr_array_index (list, list->len - 1) == value)
    return;

  g_ptr_array_add (list, g_object_ref (value));
}

/* Document order of two entities of one kind in the index. */
typedef guint64 (*OrderFunc) (PdzPlanIndex *index, gpointer entity);

static guint64
action_order (PdzPlanIndex *index,
              gpointer      action)
{
  return _pdz_action_get_order (action);
}

static guint64
rank_order (PdzPlanIndex *index,
            gpointer      entity)
{
  return GPOINTER_TO_SIZE (g_hash_table_lookup (index->ranks, entity));
}

/* The position in @array, sorted by @order, at which @value belongs. */
static guint
sorted_position (PdzPlanIndex *index,
                 GPtrArray    *array,
                 OrderFunc     order,
                 gpointer      value)
{
  guint64 key = order (index, value);
  guint lo = 0, hi = array->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (order (index, g_ptr_array_index (array, mid)) < key)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Whether @action is in the index's list of actions. */
static gboolean
action_in_index (PdzPlanIndex *index,
                 PdzAction    *action)
{
  guint position = sorted_position (index, index->actions, action_order, action);

  return position < index->actions->len && g_ptr_array_index (index->actions, position) == action;
}

/* Inserts @value at its place in the list of @key in @table, once. */
static void
list_insert (PdzPlanIndex *index,
             GHashTable   *table,
             gpointer      key,
             gpointer      value,
             OrderFunc     order)
{
  GPtrArray *list = list_get (table, key);
  guint position = sorted_position (index, list, order, value);

  if (position < list->len && g_ptr_array_index (list, position) == value)
    return;
  g_ptr_array_insert (list, (gint) position, g_object_ref (value));
}

static void
add_role (PdzPlanIndex *index,
          PdzPartner   *partner,
          PdzRole       role)
{
  guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (index->partner_roles, partner));

  mask |= 1u << role;
  g_hash_table_replace (index->partner_roles, partner, GUINT_TO_POINTER (mask));
  g_hash_table_add (index->referenced_partners, partner);
}

/* Lists @entity under the partners of @participations. With @order, at
 * its place (an add in place); else last (a build). */
static void
index_participations (PdzPlanIndex *index,
                      GListModel   *participations,
                      GHashTable   *partner_table,
                      gpointer      entity,
                      OrderFunc     order)
{
  PDZ_MODEL_FOREACH (participations, PdzParticipation, participation)
    {
      PdzPartner *partner = pdz_participation_get_partner (participation);

      if (partner == NULL)
        continue;
      if (order != NULL)
        list_insert (index, partner_table, partner, entity, order);
      else
        list_add (partner_table, partner, entity);
      add_role (index, partner, pdz_participation_get_role (participation));
    }
}

/* The links of @action to its owner, partners and projects. With
 * @in_place, each at its place in its list; else last. */
static void
index_action_links (PdzPlanIndex *index,
                    PdzAction    *action,
                    gboolean      in_place)
{
  PdzObjective *objective = pdz_action_get_objective (action);
  PdzProject *holder = pdz_action_get_project (action);
  OrderFunc order = in_place ? action_order : NULL;

#define LINK(table, key, value) \
  G_STMT_START { \
    if (in_place) \
      list_insert (index, (table), (key), (value), action_order); \
    else \
      list_add ((table), (key), (value)); \
  } G_STMT_END

  /* The counting rule: under the one owner of its bullet. */
  if (objective != NULL)
    {
      PdzMacroarea *macroarea = pdz_objective_get_macroarea (objective);

      LINK (index->objective_actions, objective, action);
      if (macroarea != NULL)
        LINK (index->macroarea_actions, macroarea, action);
    }
  else if (holder != NULL)
    {
      LINK (index->project_actions, holder, action);

      /* Apart: the objectives and macroareas the project serves. */
      PDZ_MODEL_FOREACH (_pdz_project_peek_list (holder, PDZ_LIST_OBJECTIVES), PdzObjective, served)
        {
          PdzMacroarea *macroarea = pdz_objective_get_macroarea (served);

          LINK (index->objective_project_actions, served, action);
          if (macroarea != NULL)
            LINK (index->macroarea_project_actions, macroarea, action);
        }
    }

  index_participations (index, _pdz_action_peek_list (action, PDZ_LIST_PARTICIPATIONS),
                        index->partner_actions, action, order);

  PDZ_MODEL_FOREACH (_pdz_action_peek_list (action, PDZ_LIST_PROJECTS), PdzProject, project)
    LINK (index->project_actions, project, action);

#undef LINK
}

/* Appends the actions of @actions, each followed by its sub-actions, to
 * the index's lists of actions and bullets, numbering them. */
static void
index_actions (PdzPlanIndex *index,
               GListModel   *actions)
{
  PDZ_MODEL_FOREACH (actions, PdzAction, action)
    {
      if (pdz_action_get_parent (action) == NULL)
        g_ptr_array_add (index->bullets, g_object_ref (action));
      g_ptr_array_add (index->actions, g_object_ref (action));
      _pdz_action_set_order (action, index->actions->len * ORDER_STEP);
      index_actions (index, _pdz_action_peek_list (action, PDZ_LIST_ACTIONS));
    }
}

/* Links @project to the partners and macroareas of what it serves. */
static void
index_project (PdzPlanIndex *index,
               PdzProject   *project,
               gboolean      in_place)
{
  PdzPartner *lead = pdz_project_get_lead (project);
  OrderFunc order = in_place ? rank_order : NULL;

  if (lead != NULL)
    {
      if (in_place)
        list_insert (index, index->partner_projects, lead, project, rank_order);
      else
        list_add (index->partner_projects, lead, project);
      add_role (index, lead, PDZ_ROLE_LEAD);
    }
  index_participations (index, _pdz_project_peek_list (project, PDZ_LIST_PARTICIPATIONS),
                        index->partner_projects, project, order);
  PDZ_MODEL_FOREACH (_pdz_project_peek_list (project, PDZ_LIST_OBJECTIVES), PdzObjective, objective)
    {
      PdzMacroarea *macroarea = pdz_objective_get_macroarea (objective);

      if (macroarea == NULL)
        continue;
      if (in_place)
        list_insert (index, index->macroarea_projects, macroarea, project, rank_order);
      else
        list_add (index->macroarea_projects, macroarea, project);
    }
}

static void
index_objective (PdzPlanIndex *index,
                 PdzObjective *objective,
                 gboolean      in_place)
{
  PdzMacroarea *macroarea = pdz_objective_get_macroarea (objective);

  if (macroarea != NULL)
    {
      if (in_place)
        list_insert (index, index->macroarea_objectives, macroarea, objective, rank_order);
      else
        list_add (index->macroarea_objectives, macroarea, objective);
    }
  index_participations (index, _pdz_objective_peek_list (objective, PDZ_LIST_PARTICIPATIONS),
                        index->partner_objectives, objective, in_place ? rank_order : NULL);
}

static PdzPlanIndex *
plan_index_new (PdzPlan *plan)
{
  PdzPlanIndex *index = g_new0 (PdzPlanIndex, 1);

  index->ref_count = 1;
  index->structure = plan->indexes->structure;
  index->plan = plan;
  index->actions = g_ptr_array_new_with_free_func (g_object_unref);
  index->bullets = g_ptr_array_new_with_free_func (g_object_unref);
  index->ranks = g_hash_table_new (g_direct_hash, g_direct_equal);
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
  return index;
}

static PdzPlanIndex *
plan_index_build (PdzPlan *plan)
{
  PdzPlanIndex *index = plan_index_new (plan);
  PdzPartner *lead;

  PDZ_MODEL_FOREACH (plan->municipalities, PdzPartner, partner)
    g_hash_table_add (index->referenced_partners, partner);
  lead = plan->lead_municipality;
  if (lead != NULL)
    g_hash_table_add (index->referenced_partners, lead);

  PDZ_MODEL_FOREACH (plan->objectives, PdzObjective, objective)
    {
      g_hash_table_insert (index->ranks, objective, GSIZE_TO_POINTER (objective_i));
      index_objective (index, objective, FALSE);
      index_actions (index, _pdz_objective_peek_list (objective, PDZ_LIST_ACTIONS));
    }
  index->n_objective_actions = index->actions->len;

  PDZ_MODEL_FOREACH (plan->projects, PdzProject, project)
    {
      g_hash_table_insert (index->ranks, project, GSIZE_TO_POINTER (project_i));
      index_project (index, project, FALSE);
      index_actions (index, _pdz_project_peek_list (project, PDZ_LIST_ACTIONS));
    }

  /* Links between actions and the rest, in document order. */
  for (guint i = 0; i < index->actions->len; i++)
    index_action_links (index, g_ptr_array_index (index->actions, i), FALSE);

  return index;
}

/* ---- Adds in place ------------------------------------------------------ */

/* The last action of @actions in document order: the last sub-action of
 * its last action, or that action. NULL when @actions is empty. */
static PdzAction *
last_action_of (GListModel *actions)
{
  guint n = _pdz_model_n_items (actions);
  PdzAction *last;
  GListModel *subs;

  if (n == 0)
    return NULL;
  last = _pdz_model_peek (actions, n - 1);
  subs = _pdz_action_peek_list (last, PDZ_LIST_ACTIONS);
  if (_pdz_model_n_items (subs) > 0)
    last = _pdz_model_peek (subs, _pdz_model_n_items (subs) - 1);
  return last;
}

/* The action that precedes an action about to be appended to @owner, in
 * document order, or NULL when it comes first. */
static PdzAction *
action_predecessor (PdzPlanIndex *index,
                    PdzPlan      *plan,
                    GObject      *owner)
{
  PdzAction *last;

  if (PDZ_IS_ACTION (owner))
    {
      last = last_action_of (_pdz_action_peek_list (PDZ_ACTION (owner), PDZ_LIST_ACTIONS));
      return last != NULL ? last : PDZ_ACTION (owner);
    }

  if (PDZ_IS_PROJECT (owner))
    {
      guint rank = (guint) rank_order (index, owner);

      for (guint i = rank + 1; i-- > 0;)
        {
          PdzProject *project = _pdz_model_peek (G_LIST_MODEL (plan->projects), i);

          last = last_action_of (_pdz_project_peek_list (project, PDZ_LIST_ACTIONS));
          if (last != NULL)
            return last;
        }
      /* After every action of the objectives. */
      return index->n_objective_actions > 0 ?
             g_ptr_array_index (index->actions, index->n_objective_actions - 1) : NULL;
    }

  if (PDZ_IS_OBJECTIVE (owner))
    {
      guint rank = (guint) rank_order (index, owner);

      for (guint i = rank + 1; i-- > 0;)
        {
          PdzObjective *objective = _pdz_model_peek (G_LIST_MODEL (plan->objectives), i);

          last = last_action_of (_pdz_objective_peek_list (objective, PDZ_LIST_ACTIONS));
          if (last != NULL)
            return last;
        }
    }

  return NULL;
}

/* Numbers every action again, leaving gaps. */
static void
renumber_actions (PdzPlanIndex *index)
{
  for (guint i = 0; i < index->actions->len; i++)
    _pdz_action_set_order (g_ptr_array_index (index->actions, i), (i + 1) * ORDER_STEP);
}

/* Collects @action and its sub-actions, in document order. */
static void
collect_actions (GPtrArray *out,
                 PdzAction *action)
{
  g_ptr_array_add (out, action);
  PDZ_MODEL_FOREACH (_pdz_action_peek_list (action, PDZ_LIST_ACTIONS), PdzAction, sub)
    g_ptr_array_add (out, sub);
}

/* Inserts @new (actions in document order, none in the index yet) after
 * @predecessor (NULL: first), numbers them and links them. */
static void
insert_actions (PdzPlanIndex *index,
                PdzAction    *predecessor,
                GPtrArray    *new,
                gboolean      of_objective)
{
  guint position = 0;
  guint64 low, high;

  if (new->len == 0)
    return;

  if (predecessor != NULL)
    position = sorted_position (index, index->actions, action_order, predecessor) + 1;

  low = position > 0 ? _pdz_action_get_order (g_ptr_array_index (index->actions, position - 1)) : 0;
  high = position < index->actions->len ?
         _pdz_action_get_order (g_ptr_array_index (index->actions, position)) :
         low + (new->len + 1) * ORDER_STEP;

  for (guint i = 0; i < new->len; i++)
    g_ptr_array_insert (index->actions, (gint) (position + i), g_object_ref (new->pdata[i]));

  if (high - low > new->len)
    {
      guint64 step = (high - low) / (new->len + 1);

      for (guint i = 0; i < new->len; i++)
        _pdz_action_set_order (new->pdata[i], low + (i + 1) * step);
    }
  else
    {
      renumber_actions (index);
    }

  if (of_objective)
    index->n_objective_actions += new->len;

  for (guint i = 0; i < new->len; i++)
    {
      PdzAction *action = new->pdata[i];

      if (pdz_action_get_parent (action) == NULL)
        g_ptr_array_insert (index->bullets,
                            (gint) sorted_position (index, index->bullets, action_order, action),
                            g_object_ref (action));
    }
  for (guint i = 0; i < new->len; i++)
    index_action_links (index, new->pdata[i], TRUE);
}

static void
pointers_add_subtree (PdzPlanIndex *index,
                      gpointer      entity,
                      const char   *pointer);

/* The pointer of @entity, appended to @member of @owner (whose pointer
 * is known), into the pointer table if it was built. */
static void
pointers_add (PdzPlanIndex *index,
              gpointer      owner,
              const char   *member,
              GListModel   *list,
              gpointer      entity)
{
  const char *parent;
  char *pointer;

  if (index->pointers == NULL)
    return;

  parent = _pdz_entity_is_plan (owner) ? "" : g_hash_table_lookup (index->pointers, owner);
  if (parent == NULL)
    return;
  pointer = _pdz_pointer_child (parent, member, (int) _pdz_model_n_items (list));
  g_hash_table_replace (index->pointers, g_object_ref (entity), pointer);
  pointers_add_subtree (index, entity, pointer);
}

/* Follows the add of @entity to @plan; FALSE when the index cannot and
 * must be built again. @entity has its owner, not yet its place in the
 * owner's list. */
static gboolean
relations_add (PdzPlanIndex *index,
               PdzPlan      *plan,
               gpointer      entity)
{
  GObject *owner = _pdz_entity_get_owner (entity);
  g_autoptr(GPtrArray) new = g_ptr_array_new ();

  if (PDZ_IS_PARTNER (entity))
    {
      pointers_add (index, plan, "partners", G_LIST_MODEL (plan->partners), entity);
      return TRUE;
    }

  if (PDZ_IS_MACROAREA (entity))
    {
      pointers_add (index, plan, "macroareas", G_LIST_MODEL (plan->macroareas), entity);
      return TRUE;
    }

  if (PDZ_IS_OBJECTIVE (entity))
    {
      /* A project may already name an objective that joins the plan:
       * rare enough to build again. */
      PDZ_MODEL_FOREACH (plan->projects, PdzProject, project)
        if (_pdz_model_find (_pdz_project_peek_list (project, PDZ_LIST_OBJECTIVES), entity, NULL))
          return FALSE;

      g_hash_table_insert (index->ranks, entity,
                           GSIZE_TO_POINTER (_pdz_model_n_items (G_LIST_MODEL (plan->objectives))));
      index_objective (index, entity, FALSE);
      PDZ_MODEL_FOREACH (_pdz_objective_peek_list (entity, PDZ_LIST_ACTIONS), PdzAction, action)
        collect_actions (new, action);
      insert_actions (index,
                      index->n_objective_actions > 0 ?
                      g_ptr_array_index (index->actions, index->n_objective_actions - 1) : NULL,
                      new, TRUE);
      pointers_add (index, plan, "objectives", G_LIST_MODEL (plan->objectives), entity);
      return TRUE;
    }

  if (PDZ_IS_PROJECT (entity))
    {
      g_hash_table_insert (index->ranks, entity,
                           GSIZE_TO_POINTER (_pdz_model_n_items (G_LIST_MODEL (plan->projects))));
      index_project (index, entity, FALSE);
      PDZ_MODEL_FOREACH (_pdz_project_peek_list (entity, PDZ_LIST_ACTIONS), PdzAction, action)
        collect_actions (new, action);
      insert_actions (index,
                      index->actions->len > 0 ?
                      g_ptr_array_index (index->actions, index->actions->len - 1) : NULL,
                      new, FALSE);
      pointers_add (index, plan, "projects", G_LIST_MODEL (plan->projects), entity);
      return TRUE;
    }

  if (PDZ_IS_ACTION (entity))
    {
      PdzAction *predecessor = action_predecessor (index, plan, owner);
      GListModel *siblings = _pdz_entity_peek_list (owner, PDZ_LIST_ACTIONS);
      gboolean of_objective;

      /* A sub-action of an action that is not in the index yet (its
       * bullet is being built) cannot be placed. */
      if (PDZ_IS_ACTION (owner) && !action_in_index (index, PDZ_ACTION (owner)))
        return FALSE;

      collect_actions (new, entity);
      of_objective = PDZ_IS_OBJECTIVE (owner) ||
                     (PDZ_IS_ACTION (owner) && pdz_action_get_objective (PDZ_ACTION (owner)) != NULL);
      /* pdz_action_get_objective() of the new action needs its place in
       * the owner's list, which it does not have yet: its links read the
       * owner through its bullet, set already. */
      insert_actions (index, predecessor, new, of_objective);
      pointers_add (index, owner, "actions", siblings, entity);
      return TRUE;
    }

  if (PDZ_IS_PARTICIPATION (entity))
    {
      PdzPartner *partner = pdz_participation_get_partner (entity);

      if (partner == NULL)
        return TRUE;
      if (PDZ_IS_ACTION (owner))
        list_insert (index, index->partner_actions, partner, owner, action_order);
      else if (PDZ_IS_OBJECTIVE (owner))
        list_insert (index, index->partner_objectives, partner, owner, rank_order);
      else if (PDZ_IS_PROJECT (owner))
        list_insert (index, index->partner_projects, partner, owner, rank_order);
      else
        return FALSE;
      add_role (index, partner, pdz_participation_get_role (entity));
      return TRUE;
    }

  if (PDZ_IS_INDICATOR (entity))
    {
      pointers_add (index, owner, "indicators",
                    _pdz_objective_peek_list (PDZ_OBJECTIVE (owner), PDZ_LIST_INDICATORS), entity);
      return TRUE;
    }

  /* Fundings, milestones and measurements are in no list of the index. */
  return PDZ_IS_FUNDING (entity) || PDZ_IS_MILESTONE (entity) || PDZ_IS_MEASUREMENT (entity);
}

/* Follows a reference @owner now makes to @item; FALSE when the index
 * must be built again. */
static gboolean
relations_add_ref (PdzPlanIndex *index,
                   gpointer      owner,
                   gpointer      item)
{
  if (PDZ_IS_ACTION (owner) && PDZ_IS_PROJECT (item))
    {
      /* An action not in the index yet is indexed with its references. */
      if (!action_in_index (index, owner))
        return FALSE;
      list_insert (index, index->project_actions, item, owner, action_order);
      return TRUE;
    }

  if (PDZ_IS_PROJECT (owner) && PDZ_IS_OBJECTIVE (item))
    {
      PdzMacroarea *macroarea = pdz_objective_get_macroarea (item);
      GPtrArray *actions = _pdz_plan_index_lookup (index->project_actions, owner);

      if (!g_hash_table_contains (index->ranks, owner) || !g_hash_table_contains (index->ranks, item))
        return FALSE;
      if (macroarea != NULL)
        list_insert (index, index->macroarea_projects, macroarea, owner, rank_order);
      for (guint i = 0; actions != NULL && i < actions->len; i++)
        {
          PdzAction *action = g_ptr_array_index (actions, i);

          /* Its own actions, not those that merely name it. */
          if (pdz_action_get_project (action) != owner)
            continue;
          list_insert (index, index->objective_project_actions, item, action, action_order);
          if (macroarea != NULL)
            list_insert (index, index->macroarea_project_actions, macroarea, action, action_order);
        }
      return TRUE;
    }

  if (_pdz_entity_is_plan (owner) && _pdz_entity_is (item, PDZ_KIND_PARTNER))
    {
      g_hash_table_add (index->referenced_partners, item);
      return TRUE;
    }

  return FALSE;
}

void
_pdz_plan_ref_added (PdzPlan  *plan,
                     gpointer  owner,
                     gpointer  item)
{
  PdzPlanIndexes *indexes;
  PdzPlanIndex *relations;

  g_return_if_fail (_pdz_entity_is_plan (plan));

  indexes = plan->indexes;
  relations = relations_to_update (indexes);
  indexes->stamp++;
  indexes->structure++;
  if (relations != NULL && relations_add_ref (relations, owner, item))
    relations->structure = indexes->structure;
}

/* ---- Pointers, built at the first lookup -------------------------------- */

static void
set_pointer (PdzPlanIndex *index,
             gpointer      entity,
             char         *pointer)
{
  g_hash_table_replace (index->pointers, g_object_ref (entity), pointer);
}

static void
pointers_add_list (PdzPlanIndex *index,
                   GListModel   *list,
                   const char   *parent,
                   const char   *member)
{
  PDZ_MODEL_FOREACH (list, GObject, entity)
    {
      char *pointer = _pdz_pointer_child (parent, member, (int) entity_i);

      set_pointer (index, entity, pointer);
      pointers_add_subtree (index, entity, pointer);
    }
}

/* The pointers of the children of @entity, at @pointer. */
static void
pointers_add_subtree (PdzPlanIndex *index,
                      gpointer      entity,
                      const char   *pointer)
{
  if (PDZ_IS_OBJECTIVE (entity))
    {
      pointers_add_list (index, _pdz_objective_peek_list (entity, PDZ_LIST_INDICATORS),
                         pointer, "indicators");
      pointers_add_list (index, _pdz_objective_peek_list (entity, PDZ_LIST_ACTIONS),
                         pointer, "actions");
    }
  else if (PDZ_IS_PROJECT (entity))
    {
      pointers_add_list (index, _pdz_project_peek_list (entity, PDZ_LIST_ACTIONS),
                         pointer, "actions");
    }
  else if (PDZ_IS_ACTION (entity))
    {
      pointers_add_list (index, _pdz_action_peek_list (entity, PDZ_LIST_ACTIONS),
                         pointer, "actions");
    }
}

static void
pointers_build (PdzPlanIndex *index)
{
  PdzPlan *plan = index->plan;

  index->pointers = g_hash_table_new_full (g_direct_hash, g_direct_equal, g_object_unref, g_free);
  pointers_add_list (index, G_LIST_MODEL (plan->partners), "", "partners");
  pointers_add_list (index, G_LIST_MODEL (plan->macroareas), "", "macroareas");
  pointers_add_list (index, G_LIST_MODEL (plan->objectives), "", "objectives");
  pointers_add_list (index, G_LIST_MODEL (plan->projects), "", "projects");
}

/* ---- References and lookups --------------------------------------------- */

static void
plan_index_free (PdzPlanIndex *index)
{
  g_clear_pointer (&index->stale_texts, g_ptr_array_unref);
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
  g_clear_pointer (&index->ranks, g_hash_table_unref);
  g_clear_pointer (&index->pointers, g_hash_table_unref);
  g_clear_pointer (&index->bullets, g_ptr_array_unref);
  g_clear_pointer (&index->actions, g_ptr_array_unref);
  g_free (index);
}

PdzPlanIndex *
_pdz_plan_index_ref (PdzPlanIndex *index)
{
  g_atomic_int_inc (&index->ref_count);
  return index;
}

void
_pdz_plan_index_unref (PdzPlanIndex *index)
{
  if (g_atomic_int_dec_and_test (&index->ref_count))
    plan_index_free (index);
}

PdzPlanIndex *
_pdz_plan_index_get (PdzPlan *plan)
{
  PdzPlanIndexes *indexes;

  g_return_val_if_fail (_pdz_entity_is_plan (plan), NULL);

  indexes = plan->indexes;
  if (indexes->relations == NULL || indexes->relations->structure != indexes->structure)
    {
      /* The plan keeps one reference; the old index, if any, lives on for
       * as long as its other holders keep theirs. */
      g_clear_pointer (&indexes->relations, _pdz_plan_index_unref);
      indexes->relations = plan_index_build (plan);
      indexes->n_relations_builds++;
    }

  return _pdz_plan_index_ref (indexes->relations);
}

guint
_pdz_plan_indexes_get_n_relations_builds (PdzPlan *plan)
{
  g_return_val_if_fail (_pdz_entity_is_plan (plan), 0);

  return plan->indexes->n_relations_builds;
}

const char *
_pdz_plan_index_get_pointer (PdzPlanIndex *index,
                             gpointer      entity)
{
  /* Built at the first lookup: a summary needs none. The index is
   * fresh, or a snapshot its holder keeps, whose plan has not changed
   * structure since. */
  if (index->pointers == NULL)
    pointers_build (index);
  return g_hash_table_lookup (index->pointers, entity);
}

GPtrArray *
_pdz_plan_index_lookup (GHashTable    *table,
                        gconstpointer  key)
{
  if (key == NULL)
    return NULL;
  return g_hash_table_lookup (table, key);
}

static void
append_folded (GString    *text,
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
                                 gpointer      entity)
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

  /* Entities of the index are referenced by its lists, so the key
   * outlives the cache entry. */
  cached = g_string_free (text, FALSE);
  g_hash_table_insert (index->folded_text, entity, (char *) cached);
  return cached;
}

/* Forgets the folded text of @entity, whose text changed. A holder of the
 * index other than the plan may still read the old text it was given: it
 * then lives as long as the index. */
static void
folded_text_forget (PdzPlanIndex *index,
                    gpointer      entity)
{
  gpointer text;

  if (!g_hash_table_steal_extended (index->folded_text, entity, NULL, &text))
    return;
  if (g_atomic_int_get (&index->ref_count) == 1)
    {
      g_free (text);
      return;
    }
  if (index->stale_texts == NULL)
    index->stale_texts = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (index->stale_texts, text);
}
