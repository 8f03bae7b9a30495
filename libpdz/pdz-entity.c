/* pdz-entity.c: ownership and change tracking shared by the model types
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-entity-private.h"

/* The owner is kept as qdata so that every model type, and the codec's
 * extension members, share one mechanism without a common base class.
 *
 * The quark is made once under g_once_init_enter(): pdz_plan_load_async()
 * builds plans in worker threads, several at a time. (G_DEFINE_QUARK
 * would not do: in GLib 2.74 it reads and writes its static unguarded.) */
static GQuark
owner_quark (void)
{
  static gsize quark = 0;

  return _pdz_quark_once (&quark, "pdz-entity-owner");
}

GObject *
_pdz_entity_get_owner (gpointer entity)
{
  g_return_val_if_fail (G_IS_OBJECT (entity), NULL);

  return g_object_get_qdata (G_OBJECT (entity), owner_quark ());
}

void
_pdz_entity_set_owner (gpointer entity,
                       gpointer owner)
{
  g_return_if_fail (G_IS_OBJECT (entity));
  g_return_if_fail (owner == NULL || G_IS_OBJECT (owner));

  g_object_set_qdata (G_OBJECT (entity), owner_quark (), owner);
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
      object = g_object_get_qdata (object, owner_quark ());
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
_pdz_entity_notify (gpointer    entity,
                    GParamSpec *pspec)
{
  PdzPlan *plan = _pdz_entity_get_plan (entity);

  if (plan != NULL)
    _pdz_plan_touch (plan);
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
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      _pdz_entity_set_owner (item, NULL);
    }
}

void
_pdz_entity_add_owned (gpointer    owner,
                       GListStore *store,
                       gpointer    item)
{
  PdzPlan *plan;

  g_return_if_fail (G_IS_OBJECT (owner));
  g_return_if_fail (G_IS_LIST_STORE (store));
  g_return_if_fail (_pdz_entity_get_owner (item) == NULL);

  _pdz_entity_set_owner (item, owner);
  plan = _pdz_entity_get_plan (owner);
  if (plan != NULL)
    _pdz_plan_entity_added (plan, item);
  g_list_store_append (store, item);
  if (plan != NULL)
    _pdz_plan_emit_changed (plan, owner);
}

gboolean
_pdz_entity_remove_owned (gpointer    owner,
                          GListStore *store,
                          gpointer    item)
{
  guint position;

  g_return_val_if_fail (G_IS_OBJECT (owner), FALSE);
  g_return_val_if_fail (G_IS_LIST_STORE (store), FALSE);

  if (!g_list_store_find (store, item, &position))
    return FALSE;

  _pdz_entity_set_owner (item, NULL);
  _pdz_entity_touch (owner);
  g_list_store_remove (store, position);
  _pdz_entity_emit_changed (owner);
  return TRUE;
}

void
_pdz_entity_move_owned (gpointer    owner,
                        GListStore *store,
                        guint       from,
                        guint       to)
{
  guint lo = MIN (from, to);
  guint n;
  g_autofree gpointer *items = NULL;

  g_return_if_fail (G_IS_OBJECT (owner));
  g_return_if_fail (G_IS_LIST_STORE (store));
  g_return_if_fail (MAX (from, to) < g_list_model_get_n_items (G_LIST_MODEL (store)));

  if (from == to)
    return;

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
      items[i] = _pdz_model_peek (G_LIST_MODEL (store), source);
    }
  for (guint i = 0; i < n; i++)
    g_object_ref (items[i]);

  _pdz_entity_touch (owner);
  g_list_store_splice (store, lo, n, items, n);
  for (guint i = 0; i < n; i++)
    g_object_unref (items[i]);
  _pdz_entity_emit_changed (owner);
}

gboolean
_pdz_entity_add_participation (gpointer           owner,
                               GListStore        *store,
                               PdzParticipation  *participation,
                               GError           **error)
{
  PdzPartner *partner = pdz_participation_get_partner (participation);
  PdzRole role = pdz_participation_get_role (participation);
  PdzPlan *plan = _pdz_entity_get_plan (owner);

  if (partner != NULL && plan != NULL && _pdz_entity_get_plan (partner) != plan)
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_DANGLING_REFERENCE,
                   "partner \"%s\" is not a partner of the plan",
                   pdz_partner_get_id (partner) != NULL ? pdz_partner_get_id (partner) : "");
      return FALSE;
    }

  PDZ_MODEL_FOREACH (store, PdzParticipation, other)
    {
      if (pdz_participation_get_partner (other) == partner &&
          pdz_participation_get_role (other) == role)
        {
          g_set_error (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID,
                       "partner \"%s\" already takes part in the role %s",
                       partner != NULL && pdz_partner_get_id (partner) != NULL ?
                       pdz_partner_get_id (partner) : "",
                       _pdz_enum_to_nick (PDZ_TYPE_ROLE, role));
          return FALSE;
        }
    }

  _pdz_entity_add_owned (owner, store, participation);
  return TRUE;
}

gboolean
_pdz_entity_add_ref (gpointer    owner,
                     GListStore *store,
                     gpointer    item)
{
  g_return_val_if_fail (G_IS_OBJECT (owner), FALSE);
  g_return_val_if_fail (G_IS_LIST_STORE (store), FALSE);

  if (g_list_store_find (store, item, NULL))
    return FALSE;

  _pdz_entity_touch (owner);
  g_list_store_append (store, item);
  _pdz_entity_emit_changed (owner);
  return TRUE;
}

gboolean
_pdz_entity_remove_ref (gpointer    owner,
                        GListStore *store,
                        gpointer    item)
{
  guint position;

  g_return_val_if_fail (G_IS_OBJECT (owner), FALSE);
  g_return_val_if_fail (G_IS_LIST_STORE (store), FALSE);

  if (!g_list_store_find (store, item, &position))
    return FALSE;

  _pdz_entity_touch (owner);
  g_list_store_remove (store, position);
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

void
_pdz_entity_model_foreach (GListModel    *model,
               PdzKind      kind,
               PdzEntityFunc  func,
               gpointer       user_data)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      _pdz_entity_foreach (kind, item, func, user_data);
    }
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
      _pdz_entity_model_foreach (pdz_objective_get_indicators (entity), PDZ_KIND_INDICATOR, func, user_data);
      _pdz_entity_model_foreach (pdz_objective_get_actions (entity), PDZ_KIND_ACTION, func, user_data);
    }
  else if (kind == PDZ_KIND_PROJECT)
    {
      _pdz_entity_model_foreach (pdz_project_get_actions (entity), PDZ_KIND_ACTION, func, user_data);
    }
  else if (kind == PDZ_KIND_ACTION)
    {
      _pdz_entity_model_foreach (pdz_action_get_actions (entity), PDZ_KIND_ACTION, func, user_data);
    }
}
