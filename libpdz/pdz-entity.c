/* pdz-entity.c: ownership and change tracking shared by the model types
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-entity-private.h"
#include "pdz-list-private.h"
#include "pdz-plan-index-private.h"
#include "pdz-text-private.h"

/* Every type of entity keeps its owner in a field of its own
 * (_pdz_*_get_owner_slot()): every walk of a plan asks for owners, and
 * qdata would take a lock each time. */
typedef GObject **(*OwnerSlotFunc) (gpointer entity);

static const struct
{
  GType (*get_type) (void);
  OwnerSlotFunc slot;
} owner_slots[] = {
  /* The most numerous first. */
  { pdz_action_get_type, (OwnerSlotFunc) _pdz_action_get_owner_slot },
  { pdz_participation_get_type, (OwnerSlotFunc) _pdz_participation_get_owner_slot },
  { pdz_funding_get_type, (OwnerSlotFunc) _pdz_funding_get_owner_slot },
  { pdz_objective_get_type, (OwnerSlotFunc) _pdz_objective_get_owner_slot },
  { pdz_milestone_get_type, (OwnerSlotFunc) _pdz_milestone_get_owner_slot },
  { pdz_project_get_type, (OwnerSlotFunc) _pdz_project_get_owner_slot },
  { pdz_indicator_get_type, (OwnerSlotFunc) _pdz_indicator_get_owner_slot },
  { pdz_measurement_get_type, (OwnerSlotFunc) _pdz_measurement_get_owner_slot },
  { pdz_partner_get_type, (OwnerSlotFunc) _pdz_partner_get_owner_slot },
  { pdz_macroarea_get_type, (OwnerSlotFunc) _pdz_macroarea_get_owner_slot },
};

static GObject **
owner_slot (GObject *object)
{
  GType type = G_OBJECT_TYPE (object);

  for (guint i = 0; i < G_N_ELEMENTS (owner_slots); i++)
    if (type == owner_slots[i].get_type ())
      return owner_slots[i].slot (object);
  return NULL;
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
      if (PDZ_IS_PLAN (object))
        return PDZ_PLAN (object);
      object = get_owner (object);
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
  if (g_str_equal (pspec->name, "id") || G_PARAM_SPEC_VALUE_TYPE (pspec) == PDZ_TYPE_PARTNER ||
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
 * The lists of an entity: a PdzList (the model types) or a GListStore
 * (the plan's)
 * ---------------------------------------------------------------------- */

static gboolean
list_find (gpointer  list,
           gpointer  item,
           guint    *position)
{
  if (list == NULL)
    return FALSE;
  if (PDZ_IS_LIST (list))
    return _pdz_list_find (list, item, position);
  return g_list_store_find (list, item, position);
}

static void
list_append (gpointer list,
             gpointer item)
{
  if (PDZ_IS_LIST (list))
    _pdz_list_append (list, item);
  else
    g_list_store_append (list, item);
}

static void
list_remove (gpointer list,
             guint    position)
{
  if (PDZ_IS_LIST (list))
    _pdz_list_remove (list, position);
  else
    g_list_store_remove (list, position);
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
  else if (PDZ_IS_PARTICIPATION (item) && children->roles != NULL)
    {
      PdzPartner *partner = pdz_participation_get_partner (item);
      guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (children->roles, partner));

      mask |= 1u << pdz_participation_get_role (item);
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

          if (pdz_participation_get_partner (other) == partner &&
              pdz_participation_get_role (other) == role)
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
          PdzPartner *key = pdz_participation_get_partner (other);
          guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (children->roles, key));

          mask |= 1u << pdz_participation_get_role (other);
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
  g_return_if_fail (PDZ_IS_LIST (list) || G_IS_LIST_STORE (list));
  g_return_if_fail (_pdz_entity_get_owner (item) == NULL);

  _pdz_entity_set_owner (item, owner);
  plan = _pdz_entity_get_plan (owner);
  if (plan != NULL)
    _pdz_plan_entity_added (plan, item);
  list_append (list, item);
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
  g_return_val_if_fail (list == NULL || PDZ_IS_LIST (list) || G_IS_LIST_STORE (list), FALSE);

  if (!list_find (list, item, &position))
    return FALSE;

  plan = _pdz_entity_get_plan (owner);
  if (plan != NULL)
    _pdz_plan_entity_removed (plan, item);
  _pdz_entity_set_owner (item, NULL);
  _pdz_entity_forget_children (owner);
  list_remove (list, position);
  _pdz_entity_emit_changed (owner);
  return TRUE;
}

void
_pdz_entity_move_owned (gpointer owner,
                        gpointer list,
                        guint    from,
                        guint    to)
{
  guint lo = MIN (from, to);
  guint n;
  g_autofree gpointer *items = NULL;

  g_return_if_fail (G_IS_OBJECT (owner));
  g_return_if_fail (PDZ_IS_LIST (list) || G_IS_LIST_STORE (list));
  g_return_if_fail (MAX (from, to) < g_list_model_get_n_items (G_LIST_MODEL (list)));

  if (from == to)
    return;

  _pdz_entity_touch (owner);
  if (PDZ_IS_LIST (list))
    {
      _pdz_list_move (list, from, to);
      _pdz_entity_emit_changed (owner);
      return;
    }

  /* The items from @lo to the farther end, in their new order. */
  n = MAX (from, to) - lo + 1;
  items = g_new (gpointer, n);
  for (guint i = 0; i < n; i++)
    {
      guint source;

      if (from < to)
        source = i + 1 < n ? lo + i + 1 : from;
      else
        source = i == 0 ? from : lo + i - 1;
      items[i] = _pdz_model_peek (G_LIST_MODEL (list), source);
    }
  for (guint i = 0; i < n; i++)
    g_object_ref (items[i]);

  g_list_store_splice (list, lo, n, items, n);
  for (guint i = 0; i < n; i++)
    g_object_unref (items[i]);
  _pdz_entity_emit_changed (owner);
}

gboolean
_pdz_entity_add_participation (gpointer           owner,
                               gpointer           list,
                               PdzParticipation  *participation,
                               GError           **error)
{
  PdzPartner *partner = pdz_participation_get_partner (participation);
  PdzRole role = pdz_participation_get_role (participation);
  PdzPlan *plan = _pdz_entity_get_plan (owner);

  if (partner != NULL && plan != NULL && _pdz_entity_get_plan (partner) != plan)
    {
      g_autofree char *quoted = _pdz_text_quote (pdz_partner_get_id (partner), -1, 0, PDZ_QUOTE_JSON);

      g_set_error (error, PDZ_ERROR, PDZ_ERROR_DANGLING_REFERENCE,
                   "partner \"%s\" is not a partner of the plan", quoted);
      return FALSE;
    }

  if (participations_have (owner, list, partner, role))
    {
      g_autofree char *quoted = _pdz_text_quote (partner != NULL ? pdz_partner_get_id (partner) : NULL,
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
    return list_find (list, item, NULL);

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
  g_return_val_if_fail (PDZ_IS_LIST (list) || G_IS_LIST_STORE (list), FALSE);

  if (refs_have (owner, list, item))
    return FALSE;

  plan = _pdz_entity_get_plan (owner);
  if (plan != NULL)
    _pdz_plan_ref_added (plan, owner, item);
  list_append (list, item);
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
  g_return_val_if_fail (list == NULL || PDZ_IS_LIST (list) || G_IS_LIST_STORE (list), FALSE);

  if (!list_find (list, item, &position))
    return FALSE;

  _pdz_entity_forget_children (owner);
  _pdz_entity_touch (owner);
  list_remove (list, position);
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
  if (PDZ_IS_MACROAREA (entity))
    return PDZ_KIND_MACROAREA;
  if (PDZ_IS_OBJECTIVE (entity))
    return PDZ_KIND_OBJECTIVE;
  if (PDZ_IS_ACTION (entity))
    return PDZ_KIND_ACTION;
  if (PDZ_IS_PROJECT (entity))
    return PDZ_KIND_PROJECT;
  if (PDZ_IS_PARTNER (entity))
    return PDZ_KIND_PARTNER;
  if (PDZ_IS_INDICATOR (entity))
    return PDZ_KIND_INDICATOR;
  return PDZ_KIND_NONE;
}

const char *
_pdz_kind_get_id (PdzKind kind,
                     gpointer  entity)
{
  switch (kind)
    {
    case PDZ_KIND_MACROAREA:
      return pdz_macroarea_get_id (entity);
    case PDZ_KIND_OBJECTIVE:
      return pdz_objective_get_id (entity);
    case PDZ_KIND_ACTION:
      return pdz_action_get_id (entity);
    case PDZ_KIND_PROJECT:
      return pdz_project_get_id (entity);
    case PDZ_KIND_PARTNER:
      return pdz_partner_get_id (entity);
    case PDZ_KIND_INDICATOR:
      return pdz_indicator_get_id (entity);
    case PDZ_KIND_NONE:
    default:
      break;
    }

  g_return_val_if_reached (NULL);
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
  if (PDZ_IS_ACTION (entity))
    return _pdz_action_peek_list (entity, kind);
  if (PDZ_IS_OBJECTIVE (entity))
    return _pdz_objective_peek_list (entity, kind);
  if (PDZ_IS_PROJECT (entity))
    return _pdz_project_peek_list (entity, kind);
  if (PDZ_IS_INDICATOR (entity))
    return _pdz_indicator_peek_list (entity, kind);
  return NULL;
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
    {
      _pdz_entity_model_foreach (_pdz_objective_peek_list (entity, PDZ_LIST_INDICATORS),
                                 PDZ_KIND_INDICATOR, func, user_data);
      _pdz_entity_model_foreach (_pdz_objective_peek_list (entity, PDZ_LIST_ACTIONS),
                                 PDZ_KIND_ACTION, func, user_data);
    }
  else if (kind == PDZ_KIND_PROJECT)
    {
      _pdz_entity_model_foreach (_pdz_project_peek_list (entity, PDZ_LIST_ACTIONS),
                                 PDZ_KIND_ACTION, func, user_data);
    }
  else if (kind == PDZ_KIND_ACTION)
    {
      _pdz_entity_model_foreach (_pdz_action_peek_list (entity, PDZ_LIST_ACTIONS),
                                 PDZ_KIND_ACTION, func, user_data);
    }
}
