/* pdz-entity.c: ownership and change tracking shared by the model types
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-entity-private.h"
#include "pdz-list-private.h"
#include "pdz-plan-index-private.h"
#include "pdz-text-private.h"

/* ----------------------------------------------------------------------
 * The registered types (pdz-entity-private.h)
 *
 * Every type of entity keeps its owner in a field of its own (the
 * owner_slot of its PdzEntityType): every walk of a plan asks for owners,
 * and qdata would take a lock each time. The types register in their
 * class_init; a reader finds an entry by a short scan (eleven types), the
 * entries written before the count that publishes them.
 * ---------------------------------------------------------------------- */

#define MAX_TYPES 16

static struct
{
  GType type;
  const PdzEntityType *info;
} registered[MAX_TYPES];
static guint n_registered;
static GType kind_types[PDZ_N_KINDS];
G_LOCK_DEFINE_STATIC (registered);

void
_pdz_entity_register_type (GType                type,
                           const PdzEntityType *info)
{
  guint n;

  g_return_if_fail (type != G_TYPE_INVALID);
  g_return_if_fail (info != NULL);

  G_LOCK (registered);
  n = (guint) g_atomic_int_get (&n_registered);
  g_assert (n < MAX_TYPES);
  registered[n].type = type;
  registered[n].info = info;
  if (info->kind != PDZ_KIND_NONE)
    kind_types[info->kind] = type;
  g_atomic_int_set (&n_registered, (gint) n + 1);
  G_UNLOCK (registered);
}

/* The registered entry of @object's type, or NULL. */
static inline const PdzEntityType *
type_info (gpointer object)
{
  GType type = G_TYPE_FROM_INSTANCE (object);
  guint n = (guint) g_atomic_int_get (&n_registered);

  for (guint i = 0; i < n; i++)
    if (registered[i].type == type)
      return registered[i].info;
  return NULL;
}

gboolean
_pdz_entity_is (gpointer instance,
                PdzKind  kind)
{
  g_return_val_if_fail (kind < PDZ_N_KINDS, FALSE);

  return instance != NULL && G_TYPE_CHECK_INSTANCE (instance) &&
         kind_types[kind] != G_TYPE_INVALID &&
         G_TYPE_FROM_INSTANCE (instance) == kind_types[kind];
}

/* The registered entry of @instance's type, or NULL for anything else,
 * NULL included. */
static const PdzEntityType *
checked_type_info (gpointer instance)
{
  if (instance == NULL || !G_TYPE_CHECK_INSTANCE (instance))
    return NULL;
  return type_info (instance);
}

gboolean
_pdz_entity_is_plan (gpointer instance)
{
  const PdzEntityType *info = checked_type_info (instance);

  return info != NULL && info->is_plan;
}

gboolean
_pdz_entity_is_participation (gpointer instance)
{
  const PdzEntityType *info = checked_type_info (instance);

  return info != NULL && info->get_partner != NULL;
}

GType
_pdz_kind_get_type (PdzKind kind)
{
  g_return_val_if_fail (kind < PDZ_N_KINDS, G_TYPE_INVALID);

  return kind_types[kind];
}

static GObject **
owner_slot (GObject *object)
{
  const PdzEntityType *info = type_info (object);

  return info != NULL && info->owner_slot != NULL ? info->owner_slot (object) : NULL;
}

static inline GObject *
get_owner (GObject *object)
{
  GObject **slot = owner_slot (object);

  return slot != NULL ? *slot : NULL;
}

GObject *
_pdz_entity_get_owner (gpointer entity)
{
  /* Called for every entity of every walk: no type check. */
  return get_owner (entity);
}

void
_pdz_entity_set_owner (gpointer entity,
                       gpointer owner)
{
  GObject **slot;

  g_return_if_fail (G_IS_OBJECT (entity));
  g_return_if_fail (owner == NULL || G_IS_OBJECT (owner));

  slot = owner_slot (entity);
  g_return_if_fail (slot != NULL);
  *slot = owner;
}

PdzPlan *
_pdz_entity_get_plan (gpointer entity)
{
  GObject *object = entity;

  /* The ownership tree is at most five levels deep (plan, objective,
   * indicator, measurement), so this loop is short. */
  while (object != NULL)
    {
      const PdzEntityType *info = type_info (object);

      if (info == NULL)
        return NULL;
      if (info->is_plan)
        return (PdzPlan *) object;
      object = *info->owner_slot (object);
    }

  return NULL;
}

void
_pdz_entity_touch (gpointer entity)
{
  PdzPlan *plan = _pdz_entity_get_plan (entity);

  if (plan != NULL)
    _pdz_plan_touch (plan);
}

void
_pdz_entity_touch_value (gpointer    entity,
                         GParamSpec *pspec)
{
  PdzPlan *plan = _pdz_entity_get_plan (entity);

  if (plan != NULL)
    _pdz_plan_entity_changed (plan, entity, pspec);
}

/* The tables an owner keeps of its children (ids, partners in roles) no
 * longer hold when a child changes its id, partner or role. */
static void
forget_if_keyed (gpointer    entity,
                 GParamSpec *pspec)
{
  if (g_str_equal (pspec->name, "id") ||
      G_PARAM_SPEC_VALUE_TYPE (pspec) == _pdz_kind_get_type (PDZ_KIND_PARTNER) ||
      G_PARAM_SPEC_VALUE_TYPE (pspec) == PDZ_TYPE_ROLE)
    _pdz_entity_forget_children (_pdz_entity_get_owner (entity));
}

void
_pdz_entity_notify (gpointer    entity,
                    GParamSpec *pspec)
{
  PdzPlan *plan = _pdz_entity_get_plan (entity);

  forget_if_keyed (entity, pspec);
  if (plan != NULL)
    _pdz_plan_entity_changed (plan, entity, pspec);
  g_object_notify_by_pspec (G_OBJECT (entity), pspec);
  if (plan != NULL)
    _pdz_plan_emit_changed (plan, entity);
}

void
_pdz_entity_emit_changed (gpointer entity)
{
  PdzPlan *plan = _pdz_entity_get_plan (entity);

  if (plan != NULL)
    _pdz_plan_emit_changed (plan, entity);
}

void
_pdz_entity_disown_all (GListModel *model)
{
  guint n = _pdz_model_n_items (model);

  for (guint i = 0; i < n; i++)
    _pdz_entity_set_owner (_pdz_model_peek (model, i), NULL);
}

/* ----------------------------------------------------------------------
 * What an owner knows of its children, for long lists
 *
 * An add checks that the new child's id is not taken in its list (when
 * the owner is in no plan: in a plan, the plan's id indexes answer), and
 * that a new participation is not the same partner in the same role
 * twice. Up to CHILDREN_LINEAR_MAX items that is a walk of the list; past
 * it, a table the owner keeps (as qdata, made on first need) answers in
 * O(1), so that building one objective of 40,000 actions stays linear.
 * The table follows adds; a remove, a child that changes its id, partner
 * or role, or the owner joining a plan drops it, and the next long check
 * builds it again.
 * ---------------------------------------------------------------------- */

#define CHILDREN_LINEAR_MAX 8

typedef struct
{
  GHashTable *ids[PDZ_N_KINDS];   /* (owned) (nullable): id → child, both borrowed */
  GHashTable *roles;              /* (owned) (nullable): PdzPartner* → mask of 1 << PdzRole */
  GHashTable *refs;               /* (owned) (nullable): the set of the owner's references */
} Children;

static void
children_free (gpointer data)
{
  Children *children = data;

  for (guint i = 0; i < PDZ_N_KINDS; i++)
    g_clear_pointer (&children->ids[i], g_hash_table_unref);
  g_clear_pointer (&children->roles, g_hash_table_unref);
  g_clear_pointer (&children->refs, g_hash_table_unref);
  g_free (children);
}

static GQuark
children_quark (void)
{
  static gsize quark = 0;

  return _pdz_quark_once (&quark, "pdz-entity-children");
}

static Children *
children_get (gpointer owner,
              gboolean create)
{
  Children *children;

  /* Most owners have no qdata at all: every add asks, so ask cheaply
   * first (g_object_get_qdata() takes a lock). The low bits of the field
   * are flags of GLib's. */
  if (!create &&
      ((guintptr) g_atomic_pointer_get (&G_OBJECT (owner)->qdata) &
       ~(guintptr) G_DATALIST_FLAGS_MASK) == 0)
    return NULL;

  children = g_object_get_qdata (owner, children_quark ());

  if (children == NULL && create)
    {
      children = g_new0 (Children, 1);
      g_object_set_qdata_full (owner, children_quark (), children, children_free);
    }
  return children;
}

void
_pdz_entity_forget_children (gpointer owner)
{
  if (owner != NULL && children_get (owner, FALSE) != NULL)
    g_object_set_qdata (owner, children_quark (), NULL);
}

/* Records @item, just appended to one of @owner's lists, in the tables
 * @owner keeps, if any. */
static void
children_add (gpointer owner,
              gpointer item)
{
  Children *children = children_get (owner, FALSE);
  PdzKind kind;

  if (children == NULL)
    return;

  kind = _pdz_kind_of (item);
  if (kind != PDZ_KIND_NONE && children->ids[kind] != NULL)
    {
      const char *id = _pdz_kind_get_id (kind, item);

      if (id != NULL && !g_hash_table_contains (children->ids[kind], id))
        g_hash_table_insert (children->ids[kind], (gpointer) id, item);
    }
  else if (children->roles != NULL && _pdz_entity_is_participation (item))
    {
      const PdzEntityType *info = type_info (item);
      PdzPartner *partner = info->get_partner (item);
      guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (children->roles, partner));

      mask |= 1u << info->get_role (item);
      g_hash_table_insert (children->roles, partner, GUINT_TO_POINTER (mask));
    }
}

gboolean
_pdz_entity_list_has_id (GListModel *list,
                         PdzKind     kind,
                         const char *id,
                         gpointer    except)
{
  guint n = _pdz_model_n_items (list);
  Children *children;
  GObject *owner;
  gpointer found;

  if (n <= CHILDREN_LINEAR_MAX)
    {
      for (guint i = 0; i < n; i++)
        {
          gpointer item = _pdz_model_peek (list, i);

          if (item != except && _pdz_kind_of (item) == kind &&
              g_strcmp0 (_pdz_kind_get_id (kind, item), id) == 0)
            return TRUE;
        }
      return FALSE;
    }

  /* Every item of an owner's list has that owner. */
  owner = _pdz_entity_get_owner (_pdz_model_peek (list, 0));
  g_return_val_if_fail (owner != NULL, FALSE);
  children = children_get (owner, TRUE);
  if (children->ids[kind] == NULL)
    {
      children->ids[kind] = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < n; i++)
        {
          gpointer item = _pdz_model_peek (list, i);
          const char *item_id;

          if (_pdz_kind_of (item) != kind)
            continue;
          item_id = _pdz_kind_get_id (kind, item);
          if (item_id != NULL && !g_hash_table_contains (children->ids[kind], item_id))
            g_hash_table_insert (children->ids[kind], (gpointer) item_id, item);
        }
    }

  found = g_hash_table_lookup (children->ids[kind], id);
  if (found == NULL || found != except)
    return found != NULL;

  /* @except holds the id in the table; another item may hold it too. */
  for (guint i = 0; i < n; i++)
    {
      gpointer item = _pdz_model_peek (list, i);

      if (item != except && _pdz_kind_of (item) == kind &&
          g_strcmp0 (_pdz_kind_get_id (kind, item), id) == 0)
        return TRUE;
    }
  return FALSE;
}

/* TRUE when @list, the participations of @owner, has @partner in @role. */
static gboolean
participations_have (gpointer    owner,
                     GListModel *list,
                     PdzPartner *partner,
                     PdzRole     role)
{
  guint n = _pdz_model_n_items (list);
  Children *children;

  if (n <= CHILDREN_LINEAR_MAX)
    {
      for (guint i = 0; i < n; i++)
        {
          PdzParticipation *other = _pdz_model_peek (list, i);

          if (type_info (other)->get_partner (other) == partner &&
              type_info (other)->get_role (other) == role)
            return TRUE;
        }
      return FALSE;
    }

  children = children_get (owner, TRUE);
  if (children->roles == NULL)
    {
      children->roles = g_hash_table_new (g_direct_hash, g_direct_equal);
      for (guint i = 0; i < n; i++)
        {
          PdzParticipation *other = _pdz_model_peek (list, i);
          PdzPartner *key = type_info (other)->get_partner (other);
          guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (children->roles, key));

          mask |= 1u << type_info (other)->get_role (other);
          g_hash_table_insert (children->roles, key, GUINT_TO_POINTER (mask));
        }
    }

  return (GPOINTER_TO_UINT (g_hash_table_lookup (children->roles, partner)) & (1u << role)) != 0;
}

/* ----------------------------------------------------------------------
 * Adding and removing
 * ---------------------------------------------------------------------- */

void
_pdz_entity_add_owned (gpointer owner,
                       gpointer list,
                       gpointer item)
{
  PdzPlan *plan;

  g_return_if_fail (G_IS_OBJECT (owner));
  g_return_if_fail (PDZ_IS_LIST (list));
  g_return_if_fail (_pdz_entity_get_owner (item) == NULL);

  _pdz_entity_set_owner (item, owner);
  plan = _pdz_entity_get_plan (owner);
  if (plan != NULL)
    _pdz_plan_entity_added (plan, item);
  _pdz_list_append (list, item);
  children_add (owner, item);
  if (plan != NULL)
    _pdz_plan_emit_changed (plan, owner);
}

gboolean
_pdz_entity_remove_owned (gpointer owner,
                          gpointer list,
                          gpointer item)
{
  PdzPlan *plan;
  guint position;

  g_return_val_if_fail (G_IS_OBJECT (owner), FALSE);
  g_return_val_if_fail (list == NULL || PDZ_IS_LIST (list), FALSE);

  if (!_pdz_list_find (list, item, &position))
    return FALSE;

  plan = _pdz_entity_get_plan (owner);
  if (plan != NULL)
    _pdz_plan_entity_removed (plan, item);
  _pdz_entity_set_owner (item, NULL);
  _pdz_entity_forget_children (owner);
  _pdz_list_remove (list, position);
  _pdz_entity_emit_changed (owner);
  return TRUE;
}

void
_pdz_entity_move_owned (gpointer owner,
                        gpointer list,
                        guint    from,
                        guint    to)
{
  g_return_if_fail (G_IS_OBJECT (owner));
  g_return_if_fail (PDZ_IS_LIST (list));
  g_return_if_fail (MAX (from, to) < _pdz_list_get_n_items (list));

  if (from == to)
    return;

  _pdz_entity_touch (owner);
  _pdz_list_move (list, from, to);
  _pdz_entity_emit_changed (owner);
}

gboolean
_pdz_entity_add_participation (gpointer           owner,
                               gpointer           list,
                               PdzParticipation  *participation,
                               GError           **error)
{
  const PdzEntityType *info = type_info (participation);
  PdzPartner *partner = info->get_partner (participation);
  PdzRole role = info->get_role (participation);
  PdzPlan *plan = _pdz_entity_get_plan (owner);

  if (partner != NULL && plan != NULL && _pdz_entity_get_plan (partner) != plan)
    {
      g_autofree char *quoted = _pdz_text_quote (_pdz_kind_get_id (PDZ_KIND_PARTNER, partner), -1, 0, PDZ_QUOTE_JSON);

      g_set_error (error, PDZ_ERROR, PDZ_ERROR_DANGLING_REFERENCE,
                   "partner \"%s\" is not a partner of the plan", quoted);
      return FALSE;
    }

  if (participations_have (owner, list, partner, role))
    {
      g_autofree char *quoted = _pdz_text_quote (partner != NULL ? _pdz_kind_get_id (PDZ_KIND_PARTNER, partner) : NULL,
                                                 -1, 0, PDZ_QUOTE_JSON);

      g_set_error (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID,
                   "partner \"%s\" already takes part in the role %s", quoted,
                   _pdz_enum_to_nick (PDZ_TYPE_ROLE, role));
      return FALSE;
    }

  _pdz_entity_add_owned (owner, list, participation);
  return TRUE;
}

/* TRUE when @list, the one list of references of @owner, has @item. */
static gboolean
refs_have (gpointer    owner,
           GListModel *list,
           gpointer    item)
{
  guint n = _pdz_model_n_items (list);
  Children *children;

  if (n <= CHILDREN_LINEAR_MAX)
    return list != NULL && _pdz_list_find ((PdzList *) list, item, NULL);

  children = children_get (owner, TRUE);
  if (children->refs == NULL)
    {
      children->refs = g_hash_table_new (g_direct_hash, g_direct_equal);
      for (guint i = 0; i < n; i++)
        g_hash_table_add (children->refs, _pdz_model_peek (list, i));
    }
  return g_hash_table_contains (children->refs, item);
}

gboolean
_pdz_entity_add_ref (gpointer owner,
                     gpointer list,
                     gpointer item)
{
  Children *children;
  PdzPlan *plan;

  g_return_val_if_fail (G_IS_OBJECT (owner), FALSE);
  g_return_val_if_fail (PDZ_IS_LIST (list), FALSE);

  if (refs_have (owner, list, item))
    return FALSE;

  plan = _pdz_entity_get_plan (owner);
  if (plan != NULL)
    _pdz_plan_ref_added (plan, owner, item);
  _pdz_list_append (list, item);
  children = children_get (owner, FALSE);
  if (children != NULL && children->refs != NULL)
    g_hash_table_add (children->refs, item);
  _pdz_entity_emit_changed (owner);
  return TRUE;
}

gboolean
_pdz_entity_remove_ref (gpointer owner,
                        gpointer list,
                        gpointer item)
{
  guint position;

  g_return_val_if_fail (G_IS_OBJECT (owner), FALSE);
  g_return_val_if_fail (list == NULL || PDZ_IS_LIST (list), FALSE);

  if (!_pdz_list_find (list, item, &position))
    return FALSE;

  _pdz_entity_forget_children (owner);
  _pdz_entity_touch (owner);
  _pdz_list_remove (list, position);
  _pdz_entity_emit_changed (owner);
  return TRUE;
}

/* ----------------------------------------------------------------------
 * Entity kinds
 * ---------------------------------------------------------------------- */

static const struct
{
  const char *name;
  const char *article;
} kind_names[PDZ_N_KINDS] = {
  [PDZ_KIND_MACROAREA] = { "macroarea", "a" },
  [PDZ_KIND_OBJECTIVE] = { "objective", "an" },
  [PDZ_KIND_ACTION] = { "action", "an" },
  [PDZ_KIND_PROJECT] = { "project", "a" },
  [PDZ_KIND_PARTNER] = { "partner", "a" },
  [PDZ_KIND_INDICATOR] = { "indicator", "an" },
};

PdzKind
_pdz_kind_of (gpointer entity)
{
  const PdzEntityType *info = type_info (entity);

  return info != NULL ? info->kind : PDZ_KIND_NONE;
}

const char *
_pdz_kind_get_id (PdzKind  kind,
                  gpointer entity)
{
  const PdzEntityType *info = type_info (entity);

  g_return_val_if_fail (info != NULL && info->kind == kind && info->get_id != NULL, NULL);

  return info->get_id (entity);
}

const char *
_pdz_kind_get_name (PdzKind kind)
{
  g_return_val_if_fail (kind < PDZ_N_KINDS, NULL);

  return kind_names[kind].name;
}

const char *
_pdz_kind_get_article (PdzKind kind)
{
  g_return_val_if_fail (kind < PDZ_N_KINDS, NULL);

  return kind_names[kind].article;
}

GListModel *
_pdz_entity_peek_list (gpointer    entity,
                       PdzListKind kind)
{
  const PdzEntityType *info = type_info (entity);

  return info != NULL && info->peek_list != NULL ? info->peek_list (entity, kind) : NULL;
}

void
_pdz_entity_model_foreach (GListModel    *model,
               PdzKind      kind,
               PdzEntityFunc  func,
               gpointer       user_data)
{
  guint n = _pdz_model_n_items (model);

  for (guint i = 0; i < n; i++)
    _pdz_entity_foreach (kind, _pdz_model_peek (model, i), func, user_data);
}

void
_pdz_entity_foreach (PdzKind      kind,
                     gpointer       entity,
                     PdzEntityFunc  func,
                     gpointer       user_data)
{
  func (kind, entity, user_data);

  if (kind == PDZ_KIND_OBJECTIVE)
    _pdz_entity_model_foreach (_pdz_entity_peek_list (entity, PDZ_LIST_INDICATORS),
                               PDZ_KIND_INDICATOR, func, user_data);
  if (kind == PDZ_KIND_OBJECTIVE || kind == PDZ_KIND_PROJECT || kind == PDZ_KIND_ACTION)
    _pdz_entity_model_foreach (_pdz_entity_peek_list (entity, PDZ_LIST_ACTIONS),
                               PDZ_KIND_ACTION, func, user_data);
}
