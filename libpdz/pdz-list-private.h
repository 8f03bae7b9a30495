/* pdz-list-private.h: the list model behind every list of an entity
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The objectives, actions, projects and indicators of a plan hold their
 * children (sub-actions, milestones, participations, fundings,
 * indicators, measurements) and their references (an action's projects, a
 * project's objectives) in PdzLists: a GListModel over a plain array of
 * references, which is what a list of an entity needs and no more.
 * Compared with a GListStore (a GSequence, one tree node per item) it
 * costs 48 bytes and a pointer per item, reads an item in O(1) and
 * appends in O(1) amortised.
 *
 * Lists are created on first use: an entity's field is NULL while the list
 * was never asked for and never held anything (most actions have no
 * milestones, fundings or sub-actions), and _pdz_list_ensure() creates it
 * for the public getter, which must return a list that stays current.
 * Code inside libpdz that only reads walks a possibly-NULL list with
 * _pdz_list_get_n_items() and _pdz_list_peek(), or PDZ_MODEL_FOREACH,
 * which accept NULL.
 *
 * A PdzList emits items-changed for every change, as GListStore does; it
 * is used from one thread at a time, like every object of the model.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PDZ_TYPE_LIST (_pdz_list_get_type ())
G_DECLARE_FINAL_TYPE (PdzList, _pdz_list, PDZ, LIST, GObject)

struct _PdzList
{
  GObject parent_instance;

  GType item_type;
  gpointer *items;        /* (owned) (array length=n_items): each referenced */
  guint n_items;
  guint allocated;
};

/* A new, empty list of @item_type. (transfer full) */
PdzList *_pdz_list_new (GType item_type);

/* *@list, created first if NULL. (transfer none) */
GListModel *_pdz_list_ensure (PdzList **list, GType item_type);

static inline guint
_pdz_list_get_n_items (PdzList *self)
{
  return self != NULL ? self->n_items : 0;
}

/* Item @position, not referenced: the list holds it. (transfer none) */
static inline gpointer
_pdz_list_peek (PdzList *self,
                guint    position)
{
  return self != NULL && position < self->n_items ? self->items[position] : NULL;
}

/* Appends @item (referenced) and emits items-changed. */
void _pdz_list_append (PdzList *self, gpointer item);
/* Removes item @position and emits items-changed. */
void _pdz_list_remove (PdzList *self, guint position);
/* Moves item @from to @to, the items between shifting by one; one
 * items-changed for the positions between. */
void _pdz_list_move (PdzList *self, guint from, guint to);
/* The position of @item, by identity; FALSE when absent or @self is NULL. */
gboolean _pdz_list_find (PdzList *self, gpointer item, guint *position);
/* Removes every item, emitting items-changed once. */
void _pdz_list_clear (PdzList *self);

G_END_DECLS
