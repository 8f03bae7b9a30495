/* pdz-diff-compare.c: what changed between two rounds of a plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The comparison walks each plan once, in file order, making a node for
 * every entity with an id (and the plan), indexed by kind and id; it
 * matches the nodes of the two plans by kind and id; then it walks the new
 * plan emitting what was added, changed and moved, and the old plan
 * emitting what was removed. Time is linear in the size of the two plans,
 * but for the longest increasing subsequence that finds what moved in a
 * list whose order counts (n log n in the length of the list).
 *
 * Matching:
 *
 * - Entities with an id (partners, macroareas, objectives, projects,
 *   actions and sub-actions, indicators) match by kind and id, wherever
 *   they are: a new title is a change, not a removal and an addition. An
 *   action held by another objective, project or bullet, and an indicator
 *   held by another objective, are *moved*.
 * - Entities without an id are matched within the list of their owner
 *   (which matched by id): first those whose members are all equal, in
 *   order; then, among the rest, those with the same key, in order: the
 *   partner for a participation (so that a new role is a change of role),
 *   the source for a funding, the date for a measurement, the date and
 *   then the title for a milestone. What is left is removed or added.
 * - Order counts in the lists where the format gives it a meaning: the
 *   plan's objectives, the actions of an objective or a project, the
 *   sub-actions of an action, the milestones of an action. There an item
 *   of both rounds that is out of order is *moved*: the fewest such, those
 *   outside a longest subsequence in the old order.
 * - An entity added or removed with the entity that holds it is part of
 *   that change (its copy, new-entity or old-entity), not a change of its
 *   own; what moved into or out of it is a move.
 */

#include "pdz-diff-private.h"

#include "pdz-json-private.h"

#include <string.h>

typedef struct _Node Node;

struct _Node
{
  gpointer entity;           /* (unowned) */
  PdzEntityKind kind;
  Node *holder;              /* NULL for the plan */
  const char *member;        /* (static) the holder's list that has it */
  guint index;               /* its place in that list */
  Node *match;               /* the same entity in the other plan */
};

#define NODES_PER_CHUNK 4096

typedef struct {
  PdzPlan *plan;
  Node *root;
  GHashTable *ids[PDZ_N_KINDS];   /* id → Node */
  GHashTable *nodes;              /* entity → Node */
  GPtrArray *order;               /* every node but the root, in file order */
  GPtrArray *chunks;              /* (element-type Node[NODES_PER_CHUNK]) */
  guint chunk_used;
} Side;

typedef struct {
  PdzDiff *diff;
  Side old_side;
  Side new_side;
  GPtrArray *removed;             /* (element-type PdzChange) changes listed last */
  PdzDiffEvents *events;
} Compare;

/* --- The nodes of one plan ------------------------------------------------------ */

static Node *
side_new_node (Side          *side,
               gpointer       entity,
               PdzEntityKind  kind,
               Node          *holder,
               const char    *member,
               guint          index)
{
  Node *chunk, *node;

  if (side->chunks->len == 0 || side->chunk_used == NODES_PER_CHUNK)
    {
      g_ptr_array_add (side->chunks, g_new (Node, NODES_PER_CHUNK));
      side->chunk_used = 0;
    }
  chunk = g_ptr_array_index (side->chunks, side->chunks->len - 1);
  node = &chunk[side->chunk_used++];
  node->entity = entity;
  node->kind = kind;
  node->holder = holder;
  node->member = member;
  node->index = index;
  node->match = NULL;

  g_hash_table_insert (side->nodes, entity, node);
  if (holder != NULL)
    {
      PdzKind k = _pdz_entity_kind_to_kind (kind);
      const char *id = _pdz_kind_get_id (k, entity);

      g_ptr_array_add (side->order, node);
      /* The first of two entities with one id wins, as in the plan's index. */
      if (id != NULL && !g_hash_table_contains (side->ids[k], id))
        g_hash_table_insert (side->ids[k], (gpointer) id, node);
    }
  return node;
}

static void
side_add_action (Side       *side,
                 PdzAction  *action,
                 Node       *holder,
                 guint       index)
{
  Node *node = side_new_node (side, action, PDZ_ENTITY_KIND_ACTION, holder, "actions", index);
  GListModel *subs = pdz_action_get_actions (action);

  for (guint i = 0, n = g_list_model_get_n_items (subs); i < n; i++)
    side_add_action (side, _pdz_model_peek (subs, i), node, i);
}

static void
side_init (Side    *side,
           PdzPlan *plan)
{
  GListModel *model;

  side->plan = plan;
  for (guint k = 0; k < PDZ_N_KINDS; k++)
    side->ids[k] = g_hash_table_new (g_str_hash, g_str_equal);
  side->nodes = g_hash_table_new (g_direct_hash, g_direct_equal);
  side->order = g_ptr_array_new ();
  side->chunks = g_ptr_array_new_with_free_func (g_free);
  side->root = side_new_node (side, plan, PDZ_ENTITY_KIND_PLAN, NULL, NULL, 0);

  model = pdz_plan_get_partners (plan);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    side_new_node (side, _pdz_model_peek (model, i), PDZ_ENTITY_KIND_PARTNER, side->root, "partners", i);
  model = pdz_plan_get_macroareas (plan);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    side_new_node (side, _pdz_model_peek (model, i), PDZ_ENTITY_KIND_MACROAREA, side->root, "macroareas", i);
  model = pdz_plan_get_objectives (plan);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      PdzObjective *objective = _pdz_model_peek (model, i);
      Node *node = side_new_node (side, objective, PDZ_ENTITY_KIND_OBJECTIVE, side->root, "objectives", i);
      GListModel *list = pdz_objective_get_indicators (objective);

      for (guint j = 0, m = g_list_model_get_n_items (list); j < m; j++)
        side_new_node (side, _pdz_model_peek (list, j), PDZ_ENTITY_KIND_INDICATOR, node, "indicators", j);
      list = pdz_objective_get_actions (objective);
      for (guint j = 0, m = g_list_model_get_n_items (list); j < m; j++)
        side_add_action (side, _pdz_model_peek (list, j), node, j);
    }
  model = pdz_plan_get_projects (plan);
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      PdzProject *project = _pdz_model_peek (model, i);
      Node *node = side_new_node (side, project, PDZ_ENTITY_KIND_PROJECT, side->root, "projects", i);
      GListModel *list = pdz_project_get_actions (project);

      for (guint j = 0, m = g_list_model_get_n_items (list); j < m; j++)
        side_add_action (side, _pdz_model_peek (list, j), node, j);
    }
}

static void
side_clear (Side *side)
{
  for (guint k = 0; k < PDZ_N_KINDS; k++)
    g_clear_pointer (&side->ids[k], g_hash_table_unref);
  g_clear_pointer (&side->nodes, g_hash_table_unref);
  g_clear_pointer (&side->order, g_ptr_array_unref);
  g_clear_pointer (&side->chunks, g_ptr_array_unref);
}

static Node *
side_lookup (Side     *side,
             gpointer  entity)
{
  return g_hash_table_lookup (side->nodes, entity);
}

static void
append_pointer (GString *s,
                Node    *node)
{
  if (node->holder == NULL)
    return;
  append_pointer (s, node->holder);
  _pdz_pointer_push_member (s, node->member);
  _pdz_pointer_push_index (s, node->index);
}

static char *
node_pointer (Node *node)
{
  GString *s = g_string_new (NULL);

  append_pointer (s, node);
  return g_string_free (s, FALSE);
}

/* The pointer of item @index of @owner's list @member. */
static char *
item_pointer (Node       *owner,
              const char *member,
              guint       index)
{
  GString *s = g_string_new (NULL);

  append_pointer (s, owner);
  _pdz_pointer_push_member (s, member);
  _pdz_pointer_push_index (s, index);
  return g_string_free (s, FALSE);
}

/* --- Making changes ------------------------------------------------------------- */

static void
set_owner (PdzChange *change,
           Node      *owner,
           gboolean   new_side)
{
  if (owner == NULL || !_pdz_entity_kind_is_owned (change->entity_kind))
    return;
  if (new_side)
    {
      change->has_new_owner = TRUE;
      change->new_owner_kind = owner->kind;
      change->new_owner_id = g_strdup (_pdz_entity_get_id (owner->kind, owner->entity));
    }
  else
    {
      change->has_old_owner = TRUE;
      change->old_owner_kind = owner->kind;
      change->old_owner_id = g_strdup (_pdz_entity_get_id (owner->kind, owner->entity));
    }
}

static PdzChange *
change_new (Compare       *c,
            PdzChangeKind  kind,
            PdzEntityKind  entity_kind,
            gpointer       entity)
{
  PdzChange *change = _pdz_change_new (kind, entity_kind, c->diff->language);

  change->id = g_strdup (_pdz_entity_get_id (entity_kind, entity));
  change->title = _pdz_entity_dup_label (entity_kind, entity);
  return change;
}

static void
emit (Compare   *c,
      PdzChange *change)
{
  g_list_store_append (c->diff->changes, change);
  g_object_unref (change);
}

static gboolean
keep_unmatched (gpointer child,
                gpointer user_data)
{
  Side *side = user_data;
  Node *node = side_lookup (side, child);

  return node == NULL || node->match == NULL;
}

/* A copy of @entity of @side that leaves out what the other plan has. */
static GObject *
copy_unmatched (Side          *side,
                PdzEntityKind  kind,
                gpointer       entity)
{
  PdzCopyContext ctx = { keep_unmatched, NULL, side, NULL };

  return _pdz_entity_copy (kind, entity, &ctx, NULL);
}

static GObject *
copy_plain (PdzEntityKind kind,
            gpointer      entity)
{
  PdzCopyContext ctx = { NULL, NULL, NULL, NULL };

  return _pdz_entity_copy (kind, entity, &ctx, NULL);
}

/* One change for each member of @old_entity and @new_entity (one entity
 * of @kind in the two rounds) that differs, "x-" members included. */
static void
emit_member_changes (Compare       *c,
                     PdzEntityKind  kind,
                     gpointer       old_entity,
                     gpointer       new_entity,
                     Node          *old_owner,
                     Node          *new_owner,
                     const char    *old_pointer,
                     const char    *new_pointer)
{
  const char * const *parts = _pdz_extension_parts (kind);
  g_autoptr(GPtrArray) changed = g_ptr_array_new ();   /* member names, (owned) */
  const PdzMember *members;
  guint n = 0;

  g_ptr_array_set_free_func (changed, g_free);

  members = _pdz_members_of (kind, &n);
  for (guint i = 0; i < n; i++)
    if (!_pdz_member_equal (_pdz_member_at (members, i), old_entity, new_entity))
      g_ptr_array_add (changed, g_strdup (_pdz_member_get_name (_pdz_member_at (members, i))));

  for (guint p = 0; parts[p] != NULL; p++)
    {
      JsonObject *old_ext = _pdz_extensions_get (old_entity, parts[p]);
      JsonObject *new_ext = _pdz_extensions_get (new_entity, parts[p]);
      GList *names;

      if (_pdz_extensions_equal (old_ext, new_ext))
        continue;
      names = new_ext != NULL ? json_object_get_members (new_ext) : NULL;
      for (GList *l = names; l != NULL; l = l->next)
        {
          JsonNode *before = old_ext != NULL && json_object_has_member (old_ext, l->data)
            ? json_object_get_member (old_ext, l->data) : NULL;

          if (before == NULL || !json_node_equal (before, json_object_get_member (new_ext, l->data)))
            g_ptr_array_add (changed, _pdz_extension_member_name (parts[p], l->data));
        }
      g_list_free (names);
      names = old_ext != NULL ? json_object_get_members (old_ext) : NULL;
      for (GList *l = names; l != NULL; l = l->next)
        if (new_ext == NULL || !json_object_has_member (new_ext, l->data))
          g_ptr_array_add (changed, _pdz_extension_member_name (parts[p], l->data));
      g_list_free (names);
    }

  for (guint i = 0; i < changed->len; i++)
    {
      const PdzMember *member = _pdz_member_lookup (kind, changed->pdata[i]);
      PdzChange *change = change_new (c, PDZ_CHANGE_KIND_CHANGED, kind, new_entity);

      change->member = g_strdup (changed->pdata[i]);
      _pdz_member_get (member, old_entity, &change->old_value);
      _pdz_member_get (member, new_entity, &change->new_value);
      change->old_pointer = g_strdup (old_pointer);
      change->new_pointer = g_strdup (new_pointer);
      set_owner (change, old_owner, FALSE);
      set_owner (change, new_owner, TRUE);
      if (_pdz_entity_kind_to_kind (kind) == PDZ_KIND_NONE && kind != PDZ_ENTITY_KIND_PLAN)
        change->old_entity = copy_plain (kind, old_entity);
      _pdz_member_free (member);
      emit (c, change);
    }
}

/* --- Order: a longest increasing subsequence --------------------------------- */

/* Marks in @keep the items of @seq (distinct numbers) that make a longest
 * increasing subsequence of it: what stays in place when a list is
 * reordered; the others moved. O(n log n). */
static void
longest_increasing (const guint *seq,
                    guint        n,
                    gboolean    *keep)
{
  g_autofree guint *tails = g_new (guint, n + 1);   /* index into seq of the tail of each length */
  g_autofree guint *prev = g_new (guint, n);
  guint length = 0;

  for (guint i = 0; i < n; i++)
    {
      guint lo = 0, hi = length;

      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (seq[tails[mid]] < seq[i])
            lo = mid + 1;
          else
            hi = mid;
        }
      prev[i] = lo > 0 ? tails[lo - 1] : G_MAXUINT;
      tails[lo] = i;
      if (lo == length)
        length++;
      keep[i] = FALSE;
    }

  for (guint i = length > 0 ? tails[length - 1] : G_MAXUINT; i != G_MAXUINT; i = prev[i])
    keep[i] = TRUE;
}

/* --- Lists of entities without an id --------------------------------------------- */

/* The key of the second round of matching; for a milestone, @pass 0 is the
 * date and 1 the title. (transfer full) (nullable) */
static char *
identity_key (PdzEntityKind kind,
              gpointer      entity,
              guint         pass)
{
  switch (kind)
    {
    case PDZ_ENTITY_KIND_PARTICIPATION:
      {
        PdzPartner *partner = pdz_participation_get_partner (entity);

        return pass == 0 ? g_strdup (partner != NULL ? pdz_partner_get_id (partner) : "") : NULL;
      }
    case PDZ_ENTITY_KIND_FUNDING:
      return pass == 0 ? g_strdup (pdz_funding_get_source (entity) != NULL
                                   ? pdz_funding_get_source (entity) : "") : NULL;
    case PDZ_ENTITY_KIND_MEASUREMENT:
      return pass == 0 ? pdz_date_to_string (pdz_measurement_get_date (entity)) : NULL;
    case PDZ_ENTITY_KIND_MILESTONE:
      if (pass == 0)
        return pdz_date_to_string (pdz_milestone_get_date (entity));
      if (pass == 1)
        return g_strdup (pdz_milestone_get_title (entity) != NULL ? pdz_milestone_get_title (entity) : "");
      return NULL;
    default:
      return NULL;
    }
}

/* Pairs the unpaired items of @old_items and @new_items whose @key_of is
 * the same, in order. */
typedef char *(*KeyFunc) (PdzEntityKind kind, gpointer entity, guint pass);

static void
pair_by (GPtrArray     *old_items,
         GPtrArray     *new_items,
         int           *old_pair,
         int           *new_pair,
         PdzEntityKind  kind,
         KeyFunc        key_of,
         guint          pass)
{
  g_autoptr(GHashTable) waiting = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) g_queue_free);

  for (guint i = 0; i < old_items->len; i++)
    {
      char *key;
      GQueue *queue;

      if (old_pair[i] >= 0 || (key = key_of (kind, old_items->pdata[i], pass)) == NULL)
        continue;
      queue = g_hash_table_lookup (waiting, key);
      if (queue == NULL)
        {
          queue = g_queue_new ();
          g_hash_table_insert (waiting, key, queue);
        }
      else
        {
          g_free (key);
        }
      g_queue_push_tail (queue, GUINT_TO_POINTER (i));
    }

  for (guint j = 0; j < new_items->len; j++)
    {
      g_autofree char *key = NULL;
      GQueue *queue;

      if (new_pair[j] >= 0 || (key = key_of (kind, new_items->pdata[j], pass)) == NULL)
        continue;
      queue = g_hash_table_lookup (waiting, key);
      if (queue != NULL && !g_queue_is_empty (queue))
        {
          guint i = GPOINTER_TO_UINT (g_queue_pop_head (queue));

          old_pair[i] = j;
          new_pair[j] = i;
        }
    }
}

/* The canonical text of an entity: equal texts, equal entities. */
static char *
content_key (PdzEntityKind kind,
             gpointer      entity,
             guint         pass)
{
  return pass == 0 ? _pdz_json_write_entity (entity, NULL) : NULL;
}

/* Records for the summaries an entity of one round only (@in_new: of the
 * new), with its fundings, and the measurements of a new indicator. */
static void
record_unmatched (Compare  *c,
                  Node     *node,
                  gboolean  in_new)
{
  GListModel *fundings = NULL;

  _pdz_diff_events_entity (c->events, node->kind, node->entity, in_new);
  if (node->kind == PDZ_ENTITY_KIND_ACTION)
    fundings = pdz_action_get_fundings (node->entity);
  else if (node->kind == PDZ_ENTITY_KIND_PROJECT)
    fundings = pdz_project_get_fundings (node->entity);
  else if (node->kind == PDZ_ENTITY_KIND_INDICATOR && in_new)
    PDZ_MODEL_FOREACH (pdz_indicator_get_measurements (node->entity), PdzMeasurement, m)
      _pdz_diff_events_measurement (c->events, node->entity, m);
  if (fundings != NULL)
    PDZ_MODEL_FOREACH (fundings, PdzFunding, funding)
      _pdz_diff_events_funding (c->events, in_new ? NULL : funding, in_new ? funding : NULL);
}

static void
compare_idless_list (Compare    *c,
                     Node       *old_owner,
                     Node       *new_owner,
                     const char *member,
                     gboolean    ordered)
{
  PdzEntityKind kind;
  GListModel *old_model, *new_model;
  g_autoptr(GPtrArray) old_items = NULL;
  g_autoptr(GPtrArray) new_items = NULL;
  g_autofree int *old_pair = NULL;
  g_autofree int *new_pair = NULL;
  guint n_old, n_new;
  gboolean same = TRUE;

  _pdz_owned_list_item_kind (new_owner->kind, member, &kind);
  old_model = _pdz_owned_list_get (old_owner->kind, old_owner->entity, member);
  new_model = _pdz_owned_list_get (new_owner->kind, new_owner->entity, member);
  n_old = g_list_model_get_n_items (old_model);
  n_new = g_list_model_get_n_items (new_model);

  /* Most lists did not change: say so without building anything. */
  if (n_old == n_new)
    {
      for (guint i = 0; i < n_new && same; i++)
        same = _pdz_entity_members_equal (kind, _pdz_model_peek (old_model, i),
                                          _pdz_model_peek (new_model, i));
      if (same)
        return;
    }

  old_items = _pdz_model_to_array (old_model);
  new_items = _pdz_model_to_array (new_model);
  old_pair = g_new (int, MAX (n_old, 1));
  new_pair = g_new (int, MAX (n_new, 1));
  for (guint i = 0; i < n_old; i++)
    old_pair[i] = -1;
  for (guint j = 0; j < n_new; j++)
    new_pair[j] = -1;

  pair_by (old_items, new_items, old_pair, new_pair, kind, content_key, 0);
  pair_by (old_items, new_items, old_pair, new_pair, kind, identity_key, 0);
  pair_by (old_items, new_items, old_pair, new_pair, kind, identity_key, 1);

  /* What moved, where order counts */
  {
    g_autofree guint *seq = g_new (guint, MAX (n_new, 1));
    g_autofree guint *seq_new = g_new (guint, MAX (n_new, 1));
    g_autofree gboolean *keep = g_new (gboolean, MAX (n_new, 1));
    guint n_seq = 0;

    for (guint j = 0; j < n_new; j++)
      if (new_pair[j] >= 0)
        {
          seq_new[n_seq] = j;
          seq[n_seq++] = new_pair[j];
        }
    longest_increasing (seq, n_seq, keep);

    for (guint j = 0, s = 0; j < n_new; j++)
      {
        gpointer item = new_items->pdata[j];
        g_autofree char *new_pointer = item_pointer (new_owner, member, j);

        if (new_pair[j] < 0)
          {
            PdzChange *change = change_new (c, PDZ_CHANGE_KIND_ADDED, kind, item);

            change->new_pointer = g_steal_pointer (&new_pointer);
            set_owner (change, new_owner, TRUE);
            change->new_entity = copy_plain (kind, item);
            emit (c, change);
            if (kind == PDZ_ENTITY_KIND_FUNDING)
              _pdz_diff_events_funding (c->events, NULL, item);
            else if (kind == PDZ_ENTITY_KIND_MEASUREMENT)
              _pdz_diff_events_measurement (c->events, new_owner->entity, item);
            continue;
          }
        else
          {
            gpointer before = old_items->pdata[new_pair[j]];
            g_autofree char *old_pointer = item_pointer (old_owner, member, new_pair[j]);

            g_assert (seq_new[s] == j);
            if (ordered && !keep[s])
              {
                PdzChange *change = change_new (c, PDZ_CHANGE_KIND_MOVED, kind, item);

                change->old_pointer = g_strdup (old_pointer);
                change->new_pointer = g_strdup (new_pointer);
                set_owner (change, old_owner, FALSE);
                set_owner (change, new_owner, TRUE);
                change->old_entity = copy_plain (kind, before);
                emit (c, change);
              }
            s++;
            if (!_pdz_entity_members_equal (kind, before, item))
              {
                emit_member_changes (c, kind, before, item, old_owner, new_owner, old_pointer, new_pointer);
                if (kind == PDZ_ENTITY_KIND_FUNDING)
                  _pdz_diff_events_funding (c->events, before, item);
              }
          }
      }
  }

  for (guint i = 0; i < n_old; i++)
    {
      gpointer item = old_items->pdata[i];
      PdzChange *change;

      if (old_pair[i] >= 0)
        continue;
      change = change_new (c, PDZ_CHANGE_KIND_REMOVED, kind, item);
      change->old_pointer = item_pointer (old_owner, member, i);
      set_owner (change, old_owner, FALSE);
      change->old_entity = copy_plain (kind, item);
      emit (c, change);
      if (kind == PDZ_ENTITY_KIND_FUNDING)
        _pdz_diff_events_funding (c->events, item, NULL);
    }
}

/* The lists of entities without an id that @kind holds: member, ordered. */
static const struct {
  PdzEntityKind owner;
  const char *member;
  gboolean ordered;
} idless_lists[] = {
  { PDZ_ENTITY_KIND_OBJECTIVE, "partners", FALSE },
  { PDZ_ENTITY_KIND_ACTION, "milestones", TRUE },
  { PDZ_ENTITY_KIND_ACTION, "partners", FALSE },
  { PDZ_ENTITY_KIND_ACTION, "fundings", FALSE },
  { PDZ_ENTITY_KIND_PROJECT, "partners", FALSE },
  { PDZ_ENTITY_KIND_PROJECT, "fundings", FALSE },
  { PDZ_ENTITY_KIND_INDICATOR, "measurements", FALSE },
};

/* --- Entities with an id ----------------------------------------------------------- */

static void walk_new_lists (Compare *c, Node *node);

/* What happened to @node, of the new plan, and to what it holds. */
static void
visit_new (Compare  *c,
           Node     *node,
           gboolean  out_of_order)
{
  Node *old_holder = node->holder->match;
  Node *match = node->match;

  if (match == NULL)
    {
      record_unmatched (c, node, TRUE);

      if (old_holder != NULL)
        {
          PdzChange *change = change_new (c, PDZ_CHANGE_KIND_ADDED, node->kind, node->entity);

          change->new_pointer = node_pointer (node);
          set_owner (change, node->holder, TRUE);
          change->new_entity = copy_unmatched (&c->new_side, node->kind, node->entity);
          emit (c, change);
        }
    }
  else
    {
      g_autofree char *old_pointer = node_pointer (match);
      g_autofree char *new_pointer = node_pointer (node);

      _pdz_diff_events_pair (c->events, node->kind, match->entity, node->entity);
      if (match->holder != old_holder || out_of_order)
        {
          PdzChange *change = change_new (c, PDZ_CHANGE_KIND_MOVED, node->kind, node->entity);

          change->old_pointer = g_strdup (old_pointer);
          change->new_pointer = g_strdup (new_pointer);
          set_owner (change, match->holder, FALSE);
          set_owner (change, node->holder, TRUE);
          emit (c, change);
        }
      emit_member_changes (c, node->kind, match->entity, node->entity, match->holder, node->holder,
                           old_pointer, new_pointer);
      for (guint l = 0; l < G_N_ELEMENTS (idless_lists); l++)
        if (idless_lists[l].owner == node->kind)
          compare_idless_list (c, match, node, idless_lists[l].member, idless_lists[l].ordered);
    }

  walk_new_lists (c, node);
}

/* Visits the entities with an id of @holder's list @model. */
static void
walk_new_list (Compare    *c,
               Node       *holder,
               GListModel *model,
               gboolean    ordered)
{
  guint n = g_list_model_get_n_items (model);
  g_autofree Node **nodes = g_new (Node *, MAX (n, 1));
  g_autofree gboolean *out_of_order = g_new0 (gboolean, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    nodes[i] = side_lookup (&c->new_side, _pdz_model_peek (model, i));

  if (ordered && holder->match != NULL)
    {
      g_autofree guint *seq = g_new (guint, MAX (n, 1));
      g_autofree guint *at = g_new (guint, MAX (n, 1));
      g_autofree gboolean *keep = g_new (gboolean, MAX (n, 1));
      guint n_seq = 0;

      /* The items of both rounds that stayed in this list */
      for (guint i = 0; i < n; i++)
        if (nodes[i]->match != NULL && nodes[i]->match->holder == holder->match &&
            g_strcmp0 (nodes[i]->match->member, nodes[i]->member) == 0)
          {
            at[n_seq] = i;
            seq[n_seq++] = nodes[i]->match->index;
          }
      longest_increasing (seq, n_seq, keep);
      for (guint s = 0; s < n_seq; s++)
        out_of_order[at[s]] = !keep[s];
    }

  for (guint i = 0; i < n; i++)
    visit_new (c, nodes[i], out_of_order[i]);
}

static void
walk_new_lists (Compare *c,
                Node    *node)
{
  switch (node->kind)
    {
    case PDZ_ENTITY_KIND_OBJECTIVE:
      walk_new_list (c, node, pdz_objective_get_indicators (node->entity), FALSE);
      walk_new_list (c, node, pdz_objective_get_actions (node->entity), TRUE);
      break;
    case PDZ_ENTITY_KIND_PROJECT:
      walk_new_list (c, node, pdz_project_get_actions (node->entity), TRUE);
      break;
    case PDZ_ENTITY_KIND_ACTION:
      walk_new_list (c, node, pdz_action_get_actions (node->entity), TRUE);
      break;
    default:
      break;
    }
}

/* What was removed: the entities of the old plan that the new has not,
 * held by one it has. */
static void
walk_old (Compare *c)
{
  GPtrArray *order = c->old_side.order;

  for (guint i = 0; i < order->len; i++)
    {
      Node *node = g_ptr_array_index (order, i);

      if (node->match != NULL)
        continue;

      record_unmatched (c, node, FALSE);

      if (node->holder->match != NULL)
        {
          PdzChange *change = change_new (c, PDZ_CHANGE_KIND_REMOVED, node->kind, node->entity);

          change->old_pointer = node_pointer (node);
          set_owner (change, node->holder, FALSE);
          change->old_entity = copy_unmatched (&c->old_side, node->kind, node->entity);
          emit (c, change);
        }
    }
}

void
_pdz_diff_compare (PdzDiff *diff,
                   PdzPlan *old_plan,
                   PdzPlan *new_plan)
{
  Compare c = { diff, };
  GPtrArray *order;

  c.events = _pdz_diff_events_new ();
  side_init (&c.old_side, old_plan);
  side_init (&c.new_side, new_plan);

  /* Match by kind and id */
  c.old_side.root->match = c.new_side.root;
  c.new_side.root->match = c.old_side.root;
  order = c.new_side.order;
  for (guint i = 0; i < order->len; i++)
    {
      Node *node = g_ptr_array_index (order, i);
      PdzKind k = _pdz_entity_kind_to_kind (node->kind);
      const char *id = _pdz_kind_get_id (k, node->entity);
      Node *other;

      /* A plan compared with itself: each entity is itself, even one
       * without an id or with the id of another. */
      if (old_plan == new_plan)
        {
          other = side_lookup (&c.old_side, node->entity);
          node->match = other;
          other->match = node;
          continue;
        }
      other = id != NULL ? g_hash_table_lookup (c.old_side.ids[k], id) : NULL;
      if (other != NULL && other->match == NULL && g_hash_table_lookup (c.new_side.ids[k], id) == node)
        {
          node->match = other;
          other->match = node;
        }
    }

  /* The new plan, in file order: the plan, then its lists */
  emit_member_changes (&c, PDZ_ENTITY_KIND_PLAN, old_plan, new_plan, NULL, NULL, "", "");
  walk_new_list (&c, c.new_side.root, pdz_plan_get_partners (new_plan), FALSE);
  walk_new_list (&c, c.new_side.root, pdz_plan_get_macroareas (new_plan), FALSE);
  walk_new_list (&c, c.new_side.root, pdz_plan_get_objectives (new_plan), TRUE);
  walk_new_list (&c, c.new_side.root, pdz_plan_get_projects (new_plan), FALSE);

  /* Then what the old plan had and the new has not */
  walk_old (&c);

  _pdz_diff_summarize (diff, c.events, old_plan, new_plan);

  _pdz_diff_events_free (c.events);
  side_clear (&c.old_side);
  side_clear (&c.new_side);
}
