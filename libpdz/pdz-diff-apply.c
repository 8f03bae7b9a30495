/* pdz-diff-apply.c: applying a diff to a plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A patch with context: each change names its entity (by kind and id, or
 * by its owner and itself as it was) and carries the value it expects to
 * find, and applies only where that is what the plan holds now, so that
 * the edits made to the plan since the old round, where they touch
 * nothing the diff changes, are kept.
 *
 * Two steps, so that a conflict leaves the plan as it was:
 *
 * 1. Check, touching nothing: every change finds its entity and its old
 *    value (the owner it leaves, for a move; a free id and an owner, for
 *    an addition). The first change that does not fails the whole apply
 *    with PDZ_ERROR_CONFLICT naming it; the plan has not been touched.
 * 2. Apply, keeping a log of every edit: take out what moves; add what is
 *    new, owners before what they hold (partners first, since the rest
 *    refers to them); put back what moved; set the references of what was
 *    added (which may point to one another); set the changed members;
 *    remove, what refers before what is referred to; then put every item
 *    added or moved at its place in the new round's list. Should the model
 *    still refuse an edit here (say, a partner to remove that an edit made
 *    since refers to), the edits already made are undone, in reverse order
 *    and with the very objects taken out, and the apply fails with
 *    PDZ_ERROR_CONFLICT: the plan is again as it was, PdzPlan:modified
 *    included (its signals have been emitted along the way).
 *
 * Applying diff(a, b) to a plan equal to a gives a plan whose canonical
 * JSON is b's, but for the order of the lists whose order does not count
 * (doc/format.md): there, an added item is put at its place in b's list.
 */

#include "pdz-diff-private.h"

#include "pdz-json-private.h"
#include "pdz-plan-private.h"
#include "pdz-text-private.h"

#include <string.h>

typedef enum {
  UNDO_ADDED,      /* item added to a list: take it out */
  UNDO_REMOVED,    /* item taken out of a list at index: put it back */
  UNDO_SET,        /* member set: set it back */
  UNDO_MOVED,      /* item moved in a list from index: move it back */
} UndoKind;

typedef struct {
  UndoKind kind;
  PdzEntityKind owner_kind;
  GObject *owner;            /* (owned) the list's owner, or the entity set */
  const char *member;        /* (static) the list */
  GObject *item;             /* (owned) (nullable) */
  guint index;
  const PdzMember *set_member; /* UNDO_SET; freed with _pdz_member_free() */
  GValue value;              /* UNDO_SET: the value before */
} Undo;

typedef struct {
  PdzEntityKind owner_kind;
  GObject *owner;            /* (unowned) */
  const char *member;
  GObject *item;             /* (unowned) */
  guint index;               /* in the new round */
} Placement;

typedef struct {
  GObject *entity;           /* (unowned) the entity changed, removed or moved */
} Target;

typedef struct {
  PdzPlan *plan;
  PdzDiff *diff;
  GHashTable *ids[PDZ_N_KINDS];   /* id → entity: of the plan, added, or taken out to move */
  GHashTable *added_ids[PDZ_N_KINDS]; /* the ids the diff adds */
  Target *targets;                /* one per change */
  GPtrArray **pending;            /* one per change: the references its copy left to set */
  GArray *undo;                   /* (element-type Undo) */
  GArray *placements;             /* (element-type Placement) */
  GPtrArray *held;                /* (element-type GObject) references kept while applying */
  PdzCopyContext copy;
} Apply;

static guint
pointer_last_index (const char *pointer)
{
  const char *slash = pointer != NULL ? strrchr (pointer, '/') : NULL;

  return slash != NULL ? (guint) MIN (g_ascii_strtoull (slash + 1, NULL, 10), G_MAXUINT) : 0;
}

/* --- Ids ----------------------------------------------------------------------- */

static void
register_entity (PdzKind   kind,
                 gpointer  entity,
                 gpointer  user_data)
{
  Apply *a = user_data;
  const char *id = _pdz_kind_get_id (kind, entity);

  if (id != NULL && !g_hash_table_contains (a->ids[kind], id))
    g_hash_table_insert (a->ids[kind], (gpointer) id, entity);
}

static void
register_added (PdzKind   kind,
                gpointer  entity,
                gpointer  user_data)
{
  Apply *a = user_data;
  const char *id = _pdz_kind_get_id (kind, entity);

  if (id != NULL)
    g_hash_table_add (a->added_ids[kind], (gpointer) id);
}

static void
register_subtree (Apply         *a,
                  PdzEntityKind  kind,
                  gpointer       entity)
{
  PdzKind k = _pdz_entity_kind_to_kind (kind);

  if (k != PDZ_KIND_NONE)
    _pdz_entity_foreach (k, entity, register_entity, a);
}

static gpointer
apply_resolve (PdzKind     kind,
               const char *id,
               gpointer    user_data)
{
  Apply *a = user_data;

  return g_hash_table_lookup (a->ids[kind], id);
}

/* The owner of an entity of a change: the plan, or the entity of that kind and id. */
static GObject *
lookup_owner (Apply         *a,
              gboolean       has_owner,
              PdzEntityKind  owner_kind,
              const char    *owner_id)
{
  PdzKind k;

  if (!has_owner || owner_kind == PDZ_ENTITY_KIND_PLAN)
    return G_OBJECT (a->plan);
  k = _pdz_entity_kind_to_kind (owner_kind);
  if (k == PDZ_KIND_NONE || owner_id == NULL)
    return NULL;
  return g_hash_table_lookup (a->ids[k], owner_id);
}

static gboolean
owner_will_exist (Apply         *a,
                  gboolean       has_owner,
                  PdzEntityKind  owner_kind,
                  const char    *owner_id)
{
  PdzKind k;

  if (lookup_owner (a, has_owner, owner_kind, owner_id) != NULL)
    return TRUE;
  k = _pdz_entity_kind_to_kind (owner_kind);
  return k != PDZ_KIND_NONE && owner_id != NULL && g_hash_table_contains (a->added_ids[k], owner_id);
}

/* --- Errors -------------------------------------------------------------------- */

static gboolean
conflict (GError    **error,
          PdzChange  *change,
          guint       index,
          const char *format,
          ...) G_GNUC_PRINTF (4, 5);

static gboolean
conflict (GError    **error,
          PdzChange  *change,
          guint       index,
          const char *format,
          ...)
{
  g_autofree char *what = _pdz_change_describe (change, index);
  g_autofree char *why = NULL;
  g_autofree char *quoted = NULL;
  va_list args;

  va_start (args, format);
  why = g_strdup_vprintf (format, args);
  va_end (args);
  /* @format quotes ids and member names of the diff or the plan: the
   * whole reason goes through _pdz_text_quote(), so that each of them is
   * escaped, and a long one is cut (a reason is a few words and at most
   * two ids). */
  quoted = _pdz_text_quote (why, -1, 3 * PDZ_MAX_QUOTED_CHARS, PDZ_QUOTE_DEFAULT);
  g_set_error (error, PDZ_ERROR, PDZ_ERROR_CONFLICT, "%s: %s", what, quoted);
  return FALSE;
}

static char *
value_text (const PdzMember *member,
            const GValue    *value)
{
  GString *s;

  if (_pdz_member_value_is_absent (member, value))
    return g_strdup ("not stated");
  s = g_string_new (NULL);
  _pdz_member_append_json (member, value, s, 0);
  return g_string_free (s, FALSE);
}

/* --- Step 1: checking ------------------------------------------------------------- */

/* The item of @owner's list @member that is @was, preferring the one at
 * @index; items other changes claimed for another place are not taken. */
static GObject *
find_idless (Apply         *a,
             PdzEntityKind  owner_kind,
             GObject       *owner,
             const char    *member,
             GObject       *was,
             guint          index,
             GHashTable    *claimed)
{
  GListModel *list = _pdz_owned_list_get (owner_kind, owner, member);
  g_autofree char *expected = _pdz_json_write_entity (was, NULL);
  guint n = g_list_model_get_n_items (list);

  if (index < n)
    {
      GObject *item = _pdz_model_peek (list, index);
      g_autofree char *text = _pdz_json_write_entity (item, NULL);

      if (g_str_equal (text, expected) && !g_hash_table_contains (claimed, item))
        return item;
    }
  for (guint i = 0; i < n; i++)
    {
      GObject *item = _pdz_model_peek (list, i);
      g_autofree char *text = NULL;

      if (g_hash_table_contains (claimed, item))
        continue;
      text = _pdz_json_write_entity (item, NULL);
      if (g_str_equal (text, expected))
        return item;
    }
  return NULL;
}

static gboolean
check_value (Apply      *a,
             PdzChange  *change,
             guint       index,
             GObject    *entity,
             GError    **error)
{
  const PdzMember *member = _pdz_change_lookup_member (change);
  g_auto(GValue) now = G_VALUE_INIT;
  gboolean ok;

  if (member == NULL)
    return conflict (error, change, index, "the %s has no member \"%s\"",
                     _pdz_enum_to_nick (PDZ_TYPE_ENTITY_KIND, change->entity_kind), change->member);
  _pdz_member_get (member, entity, &now);
  ok = _pdz_member_value_equal (member, &now, &change->old_value);
  if (!ok)
    {
      g_autofree char *found = value_text (member, &now);
      g_autofree char *expected = value_text (member, &change->old_value);

      conflict (error, change, index, "its %s is %s in the plan, not %s", change->member, found, expected);
    }
  _pdz_member_free (member);
  return ok;
}

/* Whether the entity of @kind @id is in the plan or added by the diff. */
static gboolean
will_exist (Apply      *a,
            PdzKind     kind,
            const char *id)
{
  return g_hash_table_contains (a->ids[kind], id) || g_hash_table_contains (a->added_ids[kind], id);
}

/* The first reference of @value, of @member, to an entity that neither the
 * plan nor the diff has; NULL when there is none. (transfer none) */
static const char *
missing_reference (Apply           *a,
                   const PdzMember *member,
                   const GValue    *value)
{
  PdzMemberType type = _pdz_member_get_member_type (member);
  PdzKind kind = _pdz_member_get_ref_kind (member);

  if (type == PDZ_MEMBER_REF)
    {
      const char *id = g_value_get_string (value);

      return id != NULL && !will_exist (a, kind, id) ? id : NULL;
    }
  if (type == PDZ_MEMBER_REFS)
    {
      const char * const *ids = g_value_get_boxed (value);

      for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
        if (!will_exist (a, kind, ids[i]))
          return ids[i];
    }
  return NULL;
}

/* Checks that what @entity (an entity of @kind the diff adds, with what it
 * holds) refers to is in the plan or added by the diff. */
static gboolean
check_references (Apply          *a,
                  PdzChange      *change,
                  guint           index,
                  PdzEntityKind   kind,
                  GObject        *entity,
                  GError        **error)
{
  static const struct {
    PdzEntityKind owner;
    const char *member;
  } lists[] = {
    { PDZ_ENTITY_KIND_OBJECTIVE, "partners" },
    { PDZ_ENTITY_KIND_OBJECTIVE, "actions" },
    { PDZ_ENTITY_KIND_ACTION, "partners" },
    { PDZ_ENTITY_KIND_ACTION, "actions" },
    { PDZ_ENTITY_KIND_PROJECT, "partners" },
    { PDZ_ENTITY_KIND_PROJECT, "actions" },
  };
  const PdzMember *members;
  guint n = 0;

  if (kind == PDZ_ENTITY_KIND_PARTICIPATION)
    {
      PdzPartner *partner = pdz_participation_get_partner (PDZ_PARTICIPATION (entity));
      const char *id = partner != NULL ? pdz_partner_get_id (partner) : NULL;

      if (id != NULL && !will_exist (a, PDZ_KIND_PARTNER, id))
        return conflict (error, change, index, "it refers to the partner \"%s\", which is not in the plan", id);
      return TRUE;
    }

  members = _pdz_members_of (kind, &n);
  for (guint i = 0; i < n; i++)
    {
      const PdzMember *member = _pdz_member_at (members, i);
      g_auto(GValue) value = G_VALUE_INIT;
      const char *missing;

      if (_pdz_member_get_member_type (member) != PDZ_MEMBER_REF &&
          _pdz_member_get_member_type (member) != PDZ_MEMBER_REFS)
        continue;
      _pdz_member_get (member, entity, &value);
      missing = missing_reference (a, member, &value);
      if (missing != NULL)
        return conflict (error, change, index, "it refers to the %s \"%s\", which is not in the plan",
                         _pdz_kind_get_name (_pdz_member_get_ref_kind (member)), missing);
    }

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      PdzEntityKind item_kind;

      if (lists[l].owner != kind)
        continue;
      _pdz_owned_list_item_kind (kind, lists[l].member, &item_kind);
      PDZ_MODEL_FOREACH (_pdz_owned_list_get (kind, entity, lists[l].member), GObject, item)
        if (!check_references (a, change, index, item_kind, item, error))
          return FALSE;
    }
  return TRUE;
}

static gboolean
check_change (Apply       *a,
              PdzChange   *change,
              guint        index,
              GHashTable  *claimed_by_pointer,
              GHashTable  *claimed,
              GError     **error)
{
  PdzKind k = _pdz_entity_kind_to_kind (change->entity_kind);
  Target *target = &a->targets[index];

  if (change->entity_kind == PDZ_ENTITY_KIND_PLAN)
    {
      if (change->kind != PDZ_CHANGE_KIND_CHANGED)
        return conflict (error, change, index, "a plan can only change");
      target->entity = G_OBJECT (a->plan);
      return check_value (a, change, index, target->entity, error);
    }

  if (change->kind == PDZ_CHANGE_KIND_ADDED)
    {
      if (change->new_entity == NULL)
        return conflict (error, change, index, "it has no entity to add");
      if (k != PDZ_KIND_NONE && change->id != NULL && g_hash_table_contains (a->ids[k], change->id))
        return conflict (error, change, index, "the plan has %s %s \"%s\" already",
                         _pdz_kind_get_article (k), _pdz_kind_get_name (k), change->id);
      if (!owner_will_exist (a, change->has_new_owner, change->new_owner_kind, change->new_owner_id))
        return conflict (error, change, index, "its %s \"%s\" is not in the plan",
                         _pdz_enum_to_nick (PDZ_TYPE_ENTITY_KIND, change->new_owner_kind),
                         change->new_owner_id != NULL ? change->new_owner_id : "");
      return check_references (a, change, index, change->entity_kind, change->new_entity, error);
    }

  /* Removed, changed, moved: the entity must be there. */
  if (k != PDZ_KIND_NONE)
    {
      target->entity = change->id != NULL ? g_hash_table_lookup (a->ids[k], change->id) : NULL;
      if (target->entity == NULL)
        return conflict (error, change, index, "the plan has no %s \"%s\"", _pdz_kind_get_name (k),
                         change->id != NULL ? change->id : "");
    }
  else
    {
      GObject *owner = lookup_owner (a, change->has_old_owner, change->old_owner_kind, change->old_owner_id);
      GObject *item;

      if (owner == NULL || change->old_entity == NULL)
        return conflict (error, change, index, "its %s \"%s\" is not in the plan",
                         _pdz_enum_to_nick (PDZ_TYPE_ENTITY_KIND, change->old_owner_kind),
                         change->old_owner_id != NULL ? change->old_owner_id : "");
      /* The changes of one entity share its old pointer, and so its item. */
      item = change->old_pointer != NULL ? g_hash_table_lookup (claimed_by_pointer, change->old_pointer) : NULL;
      if (item == NULL)
        {
          item = find_idless (a, change->old_owner_kind, owner, _pdz_owned_list_member_of (change->entity_kind),
                              change->old_entity, pointer_last_index (change->old_pointer), claimed);
          if (item == NULL)
            return conflict (error, change, index, "the %s of %s \"%s\" have no %s as the diff had it",
                             _pdz_owned_list_member_of (change->entity_kind),
                             _pdz_enum_to_nick (PDZ_TYPE_ENTITY_KIND, change->old_owner_kind),
                             change->old_owner_id, _pdz_enum_to_nick (PDZ_TYPE_ENTITY_KIND, change->entity_kind));
          g_hash_table_add (claimed, item);
          if (change->old_pointer != NULL)
            g_hash_table_insert (claimed_by_pointer, change->old_pointer, item);
        }
      target->entity = item;
    }

  switch (change->kind)
    {
    case PDZ_CHANGE_KIND_CHANGED:
      if (!check_value (a, change, index, target->entity, error))
        return FALSE;
      {
        const PdzMember *member = _pdz_change_lookup_member (change);
        const char *missing = missing_reference (a, member, &change->new_value);
        PdzKind ref_kind = _pdz_member_get_ref_kind (member);

        _pdz_member_free (member);
        if (missing != NULL)
          return conflict (error, change, index, "its new value refers to the %s \"%s\", which is not in the plan",
                           _pdz_kind_get_name (ref_kind), missing);
      }
      return TRUE;

    case PDZ_CHANGE_KIND_REMOVED:
      if (change->old_entity == NULL ||
          !_pdz_entity_members_equal (change->entity_kind, target->entity, change->old_entity))
        return conflict (error, change, index, "it has changed since the old round");
      return TRUE;

    case PDZ_CHANGE_KIND_MOVED:
      if (k != PDZ_KIND_NONE)
        {
          GObject *owner = _pdz_entity_get_owner (target->entity);
          GObject *expected = lookup_owner (a, change->has_old_owner, change->old_owner_kind,
                                            change->old_owner_id);

          if (owner == NULL || owner != expected)
            return conflict (error, change, index, "it is not where the old round had it");
        }
      if (!owner_will_exist (a, change->has_new_owner, change->new_owner_kind, change->new_owner_id))
        return conflict (error, change, index, "its new %s \"%s\" is not in the plan",
                         _pdz_enum_to_nick (PDZ_TYPE_ENTITY_KIND, change->new_owner_kind),
                         change->new_owner_id != NULL ? change->new_owner_id : "");
      return TRUE;

    case PDZ_CHANGE_KIND_ADDED:
    default:
      g_assert_not_reached ();
    }
}

/* --- Step 2: applying, with a log to undo ------------------------------------------ */

static void
log_list (Apply         *a,
          UndoKind       kind,
          PdzEntityKind  owner_kind,
          GObject       *owner,
          const char    *member,
          GObject       *item,
          guint          index)
{
  Undo u = { kind, owner_kind, g_object_ref (owner), member, g_object_ref (item), index, NULL, G_VALUE_INIT };

  g_array_append_val (a->undo, u);
}

/* The order of the removals: what refers before what is referred to. */
static guint
remove_rank (PdzChange *change)
{
  switch (change->entity_kind)
    {
    case PDZ_ENTITY_KIND_ACTION:
      return change->old_owner_kind == PDZ_ENTITY_KIND_ACTION ? 1 : 2;
    case PDZ_ENTITY_KIND_INDICATOR:
      return 3;
    case PDZ_ENTITY_KIND_PROJECT:
      return 4;
    case PDZ_ENTITY_KIND_OBJECTIVE:
      return 5;
    case PDZ_ENTITY_KIND_MACROAREA:
      return 6;
    case PDZ_ENTITY_KIND_PARTNER:
      return 7;
    default:
      return 0;
    }
}

/* Takes @item out of its owner's list. @checked: the caller checked that
 * nothing refers to it (check_unreferenced()), so that the model need not. */
static gboolean
take_out (Apply     *a,
          GObject   *item,
          gboolean   checked,
          GError   **error)
{
  GObject *owner = _pdz_entity_get_owner (item);
  PdzEntityKind owner_kind, kind;
  GListModel *list;
  const char *member;
  guint position = 0;
  gboolean ok;

  if (owner == NULL || !_pdz_entity_kind_of (owner, &owner_kind) || !_pdz_entity_kind_of (item, &kind))
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_CONFLICT, "it belongs to nothing");
      return FALSE;
    }
  member = _pdz_owned_list_member_of (kind);
  list = _pdz_owned_list_get (owner_kind, owner, member);
  _pdz_model_find (list, item, &position);
  g_object_ref (item);
  if (checked)
    ok = _pdz_entity_remove_owned (owner, list, item);
  else
    ok = _pdz_owned_list_remove (owner_kind, owner, member, item, error);
  if (ok)
    log_list (a, UNDO_REMOVED, owner_kind, owner, member, item, position);
  g_object_unref (item);
  return ok;
}

/* The entities the diff removes from the plan (partners, macroareas,
 * objectives, projects) that something kept still refers to. */
typedef struct {
  GHashTable *removed;      /* entity → index of its change */
  GObject *referred;        /* the first found */
  const char *by_kind;
  const char *by_id;
} Referred;

static void
refer (Referred   *r,
       gpointer    entity,
       const char *by_kind,
       const char *by_id)
{
  if (r->referred == NULL && entity != NULL && g_hash_table_contains (r->removed, entity))
    {
      r->referred = entity;
      r->by_kind = by_kind;
      r->by_id = by_id;
    }
}

static void
refer_participations (Referred   *r,
                      GListModel *participations,
                      const char *by_kind,
                      const char *by_id)
{
  PDZ_MODEL_FOREACH (participations, PdzParticipation, p)
    refer (r, pdz_participation_get_partner (p), by_kind, by_id);
}

static void
refer_actions (Referred   *r,
               GListModel *actions)
{
  PDZ_MODEL_FOREACH (actions, PdzAction, action)
    {
      const char *id = pdz_action_get_id (action);

      refer_participations (r, pdz_action_get_participations (action), "action", id);
      PDZ_MODEL_FOREACH (pdz_action_get_projects (action), PdzProject, project)
        refer (r, project, "action", id);
      refer_actions (r, pdz_action_get_actions (action));
    }
}

static gboolean
check_unreferenced (Apply       *a,
                    GListModel  *changes,
                    guint       *failed,
                    GError     **error)
{
  g_autoptr(GHashTable) removed = g_hash_table_new (g_direct_hash, g_direct_equal);
  Referred r = { removed, NULL, NULL, NULL };
  g_autofree char *by_id = NULL;
  PdzPlan *plan = a->plan;

  for (guint i = 0, n = g_list_model_get_n_items (changes); i < n; i++)
    {
      PdzChange *change = _pdz_model_peek (changes, i);

      if (change->kind == PDZ_CHANGE_KIND_REMOVED && remove_rank (change) >= 4)
        g_hash_table_insert (removed, a->targets[i].entity, GUINT_TO_POINTER (i));
    }
  if (g_hash_table_size (removed) == 0)
    return TRUE;

  /* What is removed with them refers to nothing that counts. */
  PDZ_MODEL_FOREACH (pdz_plan_get_municipalities (plan), PdzPartner, partner)
    refer (&r, partner, "plan", "municipalities");
  refer (&r, pdz_plan_get_lead_municipality (plan), "plan", "lead-municipality");
  PDZ_MODEL_FOREACH (pdz_plan_get_objectives (plan), PdzObjective, objective)
    {
      const char *id = pdz_objective_get_id (objective);

      if (g_hash_table_contains (removed, objective))
        continue;
      refer (&r, pdz_objective_get_macroarea (objective), "objective", id);
      refer_participations (&r, pdz_objective_get_participations (objective), "objective", id);
      refer_actions (&r, pdz_objective_get_actions (objective));
    }
  PDZ_MODEL_FOREACH (pdz_plan_get_projects (plan), PdzProject, project)
    {
      const char *id = pdz_project_get_id (project);

      if (g_hash_table_contains (removed, project))
        continue;
      refer (&r, pdz_project_get_lead (project), "project", id);
      refer_participations (&r, pdz_project_get_participations (project), "project", id);
      PDZ_MODEL_FOREACH (pdz_project_get_objectives (project), PdzObjective, objective)
        refer (&r, objective, "project", id);
      refer_actions (&r, pdz_project_get_actions (project));
    }

  if (r.referred == NULL)
    return TRUE;
  *failed = GPOINTER_TO_UINT (g_hash_table_lookup (removed, r.referred));
  by_id = _pdz_text_quote (r.by_id, -1, 0, PDZ_QUOTE_JSON);
  g_set_error (error, PDZ_ERROR, PDZ_ERROR_CONFLICT, "%s \"%s\" still refers to it",
               r.by_kind, by_id);
  return FALSE;
}

/* Whether a move stays with its owner: a new place in the same list. */
static gboolean
same_owner (PdzChange *change)
{
  return change->has_old_owner == change->has_new_owner &&
         (!change->has_old_owner ||
          (change->old_owner_kind == change->new_owner_kind &&
           g_strcmp0 (change->old_owner_id, change->new_owner_id) == 0));
}

/* Records that @item, of @owner, goes at the place @pointer says. */
static void
place (Apply         *a,
       GObject       *owner,
       PdzEntityKind  kind,
       GObject       *item,
       const char    *pointer)
{
  PdzEntityKind owner_kind;
  Placement p;

  if (owner == NULL || !_pdz_entity_kind_of (owner, &owner_kind))
    return;
  p = (Placement) { owner_kind, owner, _pdz_owned_list_member_of (kind), item, pointer_last_index (pointer) };
  g_array_append_val (a->placements, p);
}

static gboolean
put_in (Apply          *a,
        PdzEntityKind   owner_kind,
        GObject        *owner,
        PdzEntityKind   kind,
        GObject        *item,
        const char     *pointer,
        GError        **error)
{
  const char *member = _pdz_owned_list_member_of (kind);

  if (!_pdz_owned_list_add (owner_kind, owner, member, item, error))
    return FALSE;
  log_list (a, UNDO_ADDED, owner_kind, owner, member, item, 0);
  place (a, owner, kind, item, pointer);
  return TRUE;
}

/* Sets @member (owned by the caller) of @entity to @value, logging the value before. */
static gboolean
log_set (Apply            *a,
         GObject          *entity,
         const PdzMember  *member,
         const GValue     *value,
         GError          **error)
{
  Undo u = { UNDO_SET, 0, g_object_ref (entity), NULL, NULL, 0, member, G_VALUE_INIT };

  _pdz_member_get (member, entity, &u.value);
  g_array_append_val (a->undo, u);
  return _pdz_member_set (member, entity, value, apply_resolve, a, error);
}

static gboolean
set_member (Apply      *a,
            GObject    *entity,
            PdzChange  *change,
            GError    **error)
{
  return log_set (a, entity, _pdz_change_lookup_member (change), &change->new_value, error);
}

/* Empties the lists of references an entity about to be removed holds, with
 * what it holds: an objective and a project that are both removed may
 * refer to each other (a project serves the objective, an action of the
 * objective names the project), and the model removes neither while the
 * other refers to it. */
static gboolean
strip_references (Apply          *a,
                  PdzEntityKind   kind,
                  GObject        *entity,
                  GError        **error)
{
  g_auto(GValue) none = G_VALUE_INIT;
  const char *member = NULL;
  GListModel *actions = NULL;

  g_value_init (&none, G_TYPE_STRV);
  switch (kind)
    {
    case PDZ_ENTITY_KIND_OBJECTIVE:
      actions = pdz_objective_get_actions (PDZ_OBJECTIVE (entity));
      break;
    case PDZ_ENTITY_KIND_PROJECT:
      member = "objectives";
      actions = pdz_project_get_actions (PDZ_PROJECT (entity));
      break;
    case PDZ_ENTITY_KIND_ACTION:
      member = "projects";
      actions = pdz_action_get_actions (PDZ_ACTION (entity));
      break;
    default:
      return TRUE;
    }

  if (member != NULL)
    {
      const PdzMember *m = _pdz_member_lookup (kind, member);
      g_auto(GValue) now = G_VALUE_INIT;

      _pdz_member_get (m, entity, &now);
      if (_pdz_member_value_is_absent (m, &now))
        _pdz_member_free (m);
      else if (!log_set (a, entity, m, &none, error))
        return FALSE;
    }
  for (guint i = 0, n = g_list_model_get_n_items (actions); i < n; i++)
    if (!strip_references (a, PDZ_ENTITY_KIND_ACTION, _pdz_model_peek (actions, i), error))
      return FALSE;
  return TRUE;
}

static void
undo_one (Apply *a,
          Undo  *u)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  switch (u->kind)
    {
    case UNDO_ADDED:
      ok = _pdz_owned_list_remove (u->owner_kind, u->owner, u->member, u->item, &error);
      break;
    case UNDO_REMOVED:
      ok = _pdz_owned_list_add (u->owner_kind, u->owner, u->member, u->item, &error);
      if (ok)
        {
          GListModel *list = _pdz_owned_list_get (u->owner_kind, u->owner, u->member);
          guint n = g_list_model_get_n_items (list);

          _pdz_entity_move_owned (u->owner, list, n - 1, MIN (u->index, n - 1));
        }
      break;
    case UNDO_SET:
      ok = _pdz_member_set (u->set_member, u->owner, &u->value, apply_resolve, a, &error);
      break;
    case UNDO_MOVED:
      {
        GListModel *list = _pdz_owned_list_get (u->owner_kind, u->owner, u->member);
        guint position;

        if (_pdz_model_find (list, u->item, &position))
          _pdz_entity_move_owned (u->owner, list, position, u->index);
      }
      break;
    default:
      g_assert_not_reached ();
    }

  /* Each undo restores what its edit found a moment before: it cannot fail. */
  if (!ok)
    g_critical ("libpdz: undoing an edit of a failed diff apply: %s", error->message);
}

static void
undo_clear (gpointer data)
{
  Undo *u = data;

  g_clear_object (&u->owner);
  g_clear_object (&u->item);
  if (u->set_member != NULL)
    _pdz_member_free (u->set_member);
  if (G_IS_VALUE (&u->value))
    g_value_unset (&u->value);
}

/* The order of the additions: owners before what they hold. */
static guint
add_rank (PdzChange *change)
{
  switch (change->entity_kind)
    {
    case PDZ_ENTITY_KIND_PARTNER:
      return 0;
    case PDZ_ENTITY_KIND_MACROAREA:
      return 1;
    case PDZ_ENTITY_KIND_OBJECTIVE:
      return 2;
    case PDZ_ENTITY_KIND_PROJECT:
      return 3;
    case PDZ_ENTITY_KIND_INDICATOR:
      return 4;
    case PDZ_ENTITY_KIND_ACTION:
      return change->new_owner_kind == PDZ_ENTITY_KIND_ACTION ? 6 : 5;
    default:
      return 7;
    }
}

static int
compare_placements (gconstpointer pa,
                    gconstpointer pb)
{
  const Placement *a = pa, *b = pb;

  if (a->owner != b->owner)
    return a->owner < b->owner ? -1 : 1;
  if (a->member != b->member)
    return strcmp (a->member, b->member);
  if (a->index != b->index)
    return a->index < b->index ? -1 : 1;
  return a->item < b->item ? -1 : a->item > b->item;
}

static gboolean
apply_all (Apply       *a,
           GListModel  *changes,
           guint       *failed,
           GError     **error)
{
  guint n = g_list_model_get_n_items (changes);

  /* Take out what moves to another owner; what moves within its list is
   * only put at its place, at the end. */
  for (guint i = 0; i < n; i++)
    {
      PdzChange *change = _pdz_model_peek (changes, i);

      *failed = i;
      if (change->kind != PDZ_CHANGE_KIND_MOVED)
        continue;
      if (same_owner (change))
        {
          place (a, _pdz_entity_get_owner (a->targets[i].entity), change->entity_kind,
                 a->targets[i].entity, change->new_pointer);
          continue;
        }
      g_ptr_array_add (a->held, g_object_ref (a->targets[i].entity));
      if (!take_out (a, a->targets[i].entity, FALSE, error))
        return FALSE;
    }

  /* Add what is new, owners first */
  for (guint rank = 0; rank <= 7; rank++)
    for (guint i = 0; i < n; i++)
      {
        PdzChange *change = _pdz_model_peek (changes, i);
        g_autoptr(GObject) copy = NULL;
        GObject *owner;
        PdzEntityKind owner_kind;

        *failed = i;
        if (change->kind != PDZ_CHANGE_KIND_ADDED || add_rank (change) != rank)
          continue;
        owner = lookup_owner (a, change->has_new_owner, change->new_owner_kind, change->new_owner_id);
        owner_kind = change->has_new_owner ? change->new_owner_kind : PDZ_ENTITY_KIND_PLAN;
        if (owner == NULL)
          return conflict (error, change, i, "its owner is not in the plan");
        a->pending[i] = _pdz_copy_pending_new ();
        a->copy.pending = a->pending[i];
        copy = _pdz_entity_copy (change->entity_kind, change->new_entity, &a->copy, error);
        if (copy == NULL || !put_in (a, owner_kind, owner, change->entity_kind, copy, change->new_pointer, error))
          return FALSE;
        register_subtree (a, change->entity_kind, copy);
      }

  /* Put back what moved: under the plan, objectives and projects first */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        PdzChange *change = _pdz_model_peek (changes, i);
        PdzEntityKind owner_kind = change->has_new_owner ? change->new_owner_kind : PDZ_ENTITY_KIND_PLAN;
        gboolean under_action = owner_kind == PDZ_ENTITY_KIND_ACTION && change->entity_kind != PDZ_ENTITY_KIND_MILESTONE;
        GObject *owner;

        *failed = i;
        if (change->kind != PDZ_CHANGE_KIND_MOVED || same_owner (change) || under_action != (pass == 1))
          continue;
        owner = lookup_owner (a, change->has_new_owner, change->new_owner_kind, change->new_owner_id);
        if (owner == NULL)
          return conflict (error, change, i, "its new owner is not in the plan");
        if (!put_in (a, owner_kind, owner, change->entity_kind, a->targets[i].entity, change->new_pointer, error))
          return FALSE;
      }

  /* The references of what was added, now that everything is there */
  for (guint i = 0; i < n; i++)
    {
      *failed = i;
      a->copy.pending = a->pending[i];
      if (a->pending[i] != NULL && !_pdz_copy_finish (&a->copy, error))
        return FALSE;
    }
  a->copy.pending = NULL;

  /* The members that changed */
  for (guint i = 0; i < n; i++)
    {
      PdzChange *change = _pdz_model_peek (changes, i);

      *failed = i;
      if (change->kind != PDZ_CHANGE_KIND_CHANGED)
        continue;
      if (!set_member (a, a->targets[i].entity, change, error))
        return FALSE;
      /* An item of a list whose order does not count may stand elsewhere
       * in the new round's list: the new round's place, all the same. */
      if (change->entity_kind == PDZ_ENTITY_KIND_PARTICIPATION ||
          change->entity_kind == PDZ_ENTITY_KIND_FUNDING ||
          change->entity_kind == PDZ_ENTITY_KIND_MEASUREMENT)
        place (a, _pdz_entity_get_owner (a->targets[i].entity), change->entity_kind,
               a->targets[i].entity, change->new_pointer);
    }

  /* What was removed: first the references it holds, then what refers
   * before what is referred to */
  for (guint i = 0; i < n; i++)
    {
      PdzChange *change = _pdz_model_peek (changes, i);

      *failed = i;
      if (change->kind == PDZ_CHANGE_KIND_REMOVED &&
          !strip_references (a, change->entity_kind, a->targets[i].entity, error))
        return FALSE;
    }
  for (guint rank = 0; rank <= 7; rank++)
    {
      /* Before the entities the plan holds, one walk of the plan checks
       * that nothing still refers to any of them: the model would check
       * each removal with a walk of its own. */
      if (rank == 4 && !check_unreferenced (a, changes, failed, error))
        return FALSE;

      for (guint i = 0; i < n; i++)
        {
          PdzChange *change = _pdz_model_peek (changes, i);

          *failed = i;
          if (change->kind != PDZ_CHANGE_KIND_REMOVED || remove_rank (change) != rank)
            continue;
          if (!take_out (a, a->targets[i].entity, rank >= 4, error))
            return FALSE;
        }
    }

  /* Every item added or moved at its place in the new round, list by list:
   * first all of them to the end of their list, in the order of their new
   * places, then each at its place, from the first place to the last. The
   * items that stayed keep their order between them, which is the new
   * round's: so the list becomes the new round's. */
  *failed = G_MAXUINT;
  g_array_sort (a->placements, compare_placements);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < a->placements->len; i++)
      {
        Placement *p = &g_array_index (a->placements, Placement, i);
        GListModel *list = _pdz_owned_list_get (p->owner_kind, p->owner, p->member);
        guint n_items = g_list_model_get_n_items (list);
        guint position, to;

        /* The same item placed twice (two changes of one entity) once. */
        if (i > 0 && p->item == g_array_index (a->placements, Placement, i - 1).item)
          continue;
        if (!_pdz_model_find (list, p->item, &position))
          continue;
        to = pass == 0 ? n_items - 1 : MIN (p->index, n_items - 1);
        if (to == position)
          continue;
        _pdz_entity_move_owned (p->owner, list, position, to);
        log_list (a, UNDO_MOVED, p->owner_kind, p->owner, p->member, p->item, position);
      }

  return TRUE;
}

gboolean
_pdz_diff_apply (PdzDiff  *diff,
                 PdzPlan  *plan,
                 GError  **error)
{
  GListModel *changes = G_LIST_MODEL (diff->changes);
  guint n = g_list_model_get_n_items (changes);
  g_autoptr(GHashTable) claimed_by_pointer = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) claimed = g_hash_table_new (g_direct_hash, g_direct_equal);
  gboolean was_modified = pdz_plan_get_modified (plan);
  g_autoptr(GError) local_error = NULL;
  gboolean ok = TRUE;
  guint failed = G_MAXUINT;
  Apply a = { plan, diff, };

  if (n == 0)
    return TRUE;

  for (guint k = 0; k < PDZ_N_KINDS; k++)
    {
      a.ids[k] = g_hash_table_new (g_str_hash, g_str_equal);
      a.added_ids[k] = g_hash_table_new (g_str_hash, g_str_equal);
    }
  _pdz_entity_model_foreach (pdz_plan_get_partners (plan), PDZ_KIND_PARTNER, register_entity, &a);
  _pdz_entity_model_foreach (pdz_plan_get_macroareas (plan), PDZ_KIND_MACROAREA, register_entity, &a);
  _pdz_entity_model_foreach (pdz_plan_get_objectives (plan), PDZ_KIND_OBJECTIVE, register_entity, &a);
  _pdz_entity_model_foreach (pdz_plan_get_projects (plan), PDZ_KIND_PROJECT, register_entity, &a);
  for (guint i = 0; i < n; i++)
    {
      PdzChange *change = _pdz_model_peek (changes, i);
      PdzKind k = _pdz_entity_kind_to_kind (change->entity_kind);

      /* What the diff adds, with what it holds, may own what it adds or moves. */
      if (change->kind == PDZ_CHANGE_KIND_ADDED && k != PDZ_KIND_NONE && change->new_entity != NULL)
        _pdz_entity_foreach (k, change->new_entity, register_added, &a);
    }

  a.targets = g_new0 (Target, n);
  a.undo = g_array_new (FALSE, TRUE, sizeof (Undo));
  g_array_set_clear_func (a.undo, undo_clear);
  a.placements = g_array_new (FALSE, FALSE, sizeof (Placement));
  a.held = g_ptr_array_new_with_free_func (g_object_unref);
  a.copy.resolve = apply_resolve;
  a.copy.user_data = &a;
  a.pending = g_new0 (GPtrArray *, n);

  /* 1. Check, touching nothing */
  for (guint i = 0; i < n && ok; i++)
    ok = check_change (&a, _pdz_model_peek (changes, i), i, claimed_by_pointer, claimed, error);

  /* 2. Apply; undo on a refusal of the model */
  if (ok && !apply_all (&a, changes, &failed, &local_error))
    {
      ok = FALSE;
      for (guint i = a.undo->len; i > 0; i--)
        undo_one (&a, &g_array_index (a.undo, Undo, i - 1));
      _pdz_plan_set_modified (plan, was_modified);
      if (local_error->domain == PDZ_ERROR && local_error->code == PDZ_ERROR_CONFLICT &&
          g_str_has_prefix (local_error->message, "change "))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (failed < n)
        {
          g_autofree char *what = _pdz_change_describe (_pdz_model_peek (changes, failed), failed);

          g_set_error (error, PDZ_ERROR, PDZ_ERROR_CONFLICT, "%s: %s", what, local_error->message);
        }
      else
        g_set_error (error, PDZ_ERROR, PDZ_ERROR_CONFLICT, "%s", local_error->message);
    }

  for (guint i = 0; i < n; i++)
    g_clear_pointer (&a.pending[i], g_ptr_array_unref);
  g_free (a.pending);
  g_ptr_array_unref (a.held);
  g_array_unref (a.placements);
  g_array_unref (a.undo);
  g_free (a.targets);
  for (guint k = 0; k < PDZ_N_KINDS; k++)
    {
      g_hash_table_unref (a.ids[k]);
      g_hash_table_unref (a.added_ids[k]);
    }
  return ok;
}
