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

  if (g_once_init_enter (&quark))
    g_once_init_leave (&quark, g_quark_from_static_string ("pdz-entity-owner"));
  return (GQuark) quark;
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
  return TRUE;
}

/* Text that is not UTF-8 could be neither saved (the plan file is UTF-8)
 * nor shown: a setter given it is a programmer error, refused with a
 * critical, the value left as it was. */
gboolean
_pdz_set_string (char **field,
                 const char *value)
{
  g_return_val_if_fail (value == NULL || g_utf8_validate (value, -1, NULL), FALSE);

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

gboolean
_pdz_set_date (PdzDate **field,
               const PdzDate *value)
{
  if (*field == NULL && value == NULL)
    return FALSE;
  if (*field != NULL && value != NULL && pdz_date_equal (*field, value))
    return FALSE;

  g_clear_pointer (field, pdz_date_free);
  if (value != NULL)
    *field = pdz_date_copy (value);
  return TRUE;
}

gboolean
_pdz_set_object (gpointer field_ptr,
                 gpointer value)
{
  return g_set_object ((GObject **) field_ptr, value);
}

static gboolean
strv_is_utf8 (const char * const *strv)
{
  for (gsize i = 0; strv[i] != NULL; i++)
    if (!g_utf8_validate (strv[i], -1, NULL))
      return FALSE;
  return TRUE;
}

gboolean
_pdz_set_strv (char ***field,
               const char * const *value)
{
  /* NULL and an empty vector are the same value: no items. */
  gboolean old_empty = *field == NULL || (*field)[0] == NULL;
  gboolean new_empty = value == NULL || value[0] == NULL;

  g_return_val_if_fail (value == NULL || strv_is_utf8 (value), FALSE);

  if (old_empty && new_empty)
    return FALSE;
  if (!old_empty && !new_empty &&
      g_strv_equal ((const char * const *) *field, value))
    return FALSE;

  g_clear_pointer (field, g_strfreev);
  if (!new_empty)
    *field = g_strdupv ((char **) value);
  return TRUE;
}

gboolean
_pdz_list_store_remove_item (GListStore *store,
                             gpointer item)
{
  guint position;

  if (!g_list_store_find (store, item, &position))
    return FALSE;

  g_list_store_remove (store, position);
  return TRUE;
}
