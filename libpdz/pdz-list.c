/* pdz-list.c: the list model behind every list of an entity
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * See pdz-list-private.h.
 */

#include "pdz-list-private.h"

#include <string.h>

static void pdz_list_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PdzList, _pdz_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      pdz_list_list_model_init))

static GType
pdz_list_get_item_type (GListModel *model)
{
  return PDZ_LIST (model)->item_type;
}

static guint
pdz_list_get_n_items (GListModel *model)
{
  return PDZ_LIST (model)->n_items;
}

static gpointer
pdz_list_get_item (GListModel *model,
                   guint       position)
{
  PdzList *self = PDZ_LIST (model);

  if (position >= self->n_items)
    return NULL;
  return g_object_ref (self->items[position]);
}

static void
pdz_list_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = pdz_list_get_item_type;
  iface->get_n_items = pdz_list_get_n_items;
  iface->get_item = pdz_list_get_item;
}

static void
pdz_list_dispose (GObject *object)
{
  PdzList *self = PDZ_LIST (object);

  /* No items-changed: nobody can be listening to a list being disposed. */
  for (guint i = 0; i < self->n_items; i++)
    g_object_unref (self->items[i]);
  self->n_items = 0;

  G_OBJECT_CLASS (_pdz_list_parent_class)->dispose (object);
}

static void
pdz_list_finalize (GObject *object)
{
  PdzList *self = PDZ_LIST (object);

  g_free (self->items);

  G_OBJECT_CLASS (_pdz_list_parent_class)->finalize (object);
}

static void
_pdz_list_class_init (PdzListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pdz_list_dispose;
  object_class->finalize = pdz_list_finalize;
}

static void
_pdz_list_init (PdzList *self)
{
}

PdzList *
_pdz_list_new (GType item_type)
{
  PdzList *self = g_object_new (PDZ_TYPE_LIST, NULL);

  self->item_type = item_type;
  return self;
}

GListModel *
_pdz_list_ensure (PdzList **list,
                  GType     item_type)
{
  if (*list == NULL)
    *list = _pdz_list_new (item_type);
  return G_LIST_MODEL (*list);
}

void
_pdz_list_append (PdzList  *self,
                  gpointer  item)
{
  g_return_if_fail (PDZ_IS_LIST (self));
  g_return_if_fail (g_type_is_a (G_OBJECT_TYPE (item), self->item_type));

  if (self->n_items == self->allocated)
    {
      /* 1, 2, 4, ...: most lists hold one to three items. */
      self->allocated = self->allocated > 0 ? self->allocated * 2 : 1;
      self->items = g_renew (gpointer, self->items, self->allocated);
    }
  self->items[self->n_items++] = g_object_ref (item);
  g_list_model_items_changed (G_LIST_MODEL (self), self->n_items - 1, 0, 1);
}

void
_pdz_list_remove (PdzList *self,
                  guint    position)
{
  gpointer item;

  g_return_if_fail (PDZ_IS_LIST (self));
  g_return_if_fail (position < self->n_items);

  item = self->items[position];
  memmove (self->items + position, self->items + position + 1,
           (self->n_items - position - 1) * sizeof (gpointer));
  self->n_items--;
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  /* After the signal, as GListStore does: a handler may still look at it. */
  g_object_unref (item);
}

void
_pdz_list_move (PdzList *self,
                guint    from,
                guint    to)
{
  gpointer item;
  guint lo, n;

  g_return_if_fail (PDZ_IS_LIST (self));
  g_return_if_fail (from < self->n_items && to < self->n_items);

  if (from == to)
    return;
  item = self->items[from];
  if (from < to)
    memmove (self->items + from, self->items + from + 1, (to - from) * sizeof (gpointer));
  else
    memmove (self->items + to + 1, self->items + to, (from - to) * sizeof (gpointer));
  self->items[to] = item;
  lo = MIN (from, to);
  n = MAX (from, to) - lo + 1;
  g_list_model_items_changed (G_LIST_MODEL (self), lo, n, n);
}

gboolean
_pdz_list_find (PdzList  *self,
                gpointer  item,
                guint    *position)
{
  if (self == NULL)
    return FALSE;

  for (guint i = 0; i < self->n_items; i++)
    if (self->items[i] == item)
      {
        if (position != NULL)
          *position = i;
        return TRUE;
      }

  return FALSE;
}

void
_pdz_list_clear (PdzList *self)
{
  gpointer *items;
  guint n;

  g_return_if_fail (PDZ_IS_LIST (self));

  if (self->n_items == 0)
    return;

  items = g_steal_pointer (&self->items);
  n = self->n_items;
  self->n_items = 0;
  self->allocated = 0;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, n, 0);
  for (guint i = 0; i < n; i++)
    g_object_unref (items[i]);
  g_free (items);
}
