/* pdz-util-private.h: small helpers every part of libpdz shares
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One home for what several files need and no one concept owns: the
 * setters' change tests, list-model helpers, GEnum nicks (the spelling of
 * every enumeration in the plan format and in the command's options), and
 * a thread-safe quark. Implemented in pdz-util.c. Nothing here keeps
 * mutable static state, except the quarks, which are made once.
 */

#pragma once

#include <gio/gio.h>

#include "pdz.h"

G_BEGIN_DECLS

/* --- Setters: each returns TRUE when the value changed -------------------
 *
 * _pdz_set_string() and _pdz_set_strv() refuse text that is not valid
 * UTF-8 with a critical (g_return_val_if_fail), returning FALSE and
 * leaving the field as it was. NULL and an empty vector are the same
 * value for _pdz_set_strv(). */
gboolean _pdz_set_string (char **field, const char *value);
gboolean _pdz_set_date (PdzDate **field, const PdzDate *value);     /* in pdz-date.c */
gboolean _pdz_set_object (gpointer field_ptr, gpointer value);
gboolean _pdz_set_strv (char ***field, const char * const *value);

/* --- The number of values of the model's enumerations ------------------- */

#define PDZ_N_STATUSES (PDZ_STATUS_NOT_STATED + 1)
#define PDZ_N_ORIGINS (PDZ_ORIGIN_EXTRA + 1)
#define PDZ_N_ROLES (PDZ_ROLE_NOT_STATED + 1)
#define PDZ_N_SCOPES (PDZ_SCOPE_NOT_STATED + 1)
#define PDZ_N_FUNDING_STATUSES (PDZ_FUNDING_STATUS_REPORTED + 1)
#define PDZ_N_PARTNER_KINDS (PDZ_PARTNER_KIND_OWN_BODY + 1)
#define PDZ_N_OBJECTIVE_KINDS (PDZ_OBJECTIVE_KIND_HEALTH_INTEGRATION + 1)

/* --- List models ---------------------------------------------------------- */

/* The position of @item in @model, by identity. */
gboolean _pdz_model_find (GListModel *model, gpointer item, guint *position);
/* Finds @item in @store and removes it; returns FALSE when absent. */
gboolean _pdz_list_store_remove_item (GListStore *store, gpointer item);
/* The items of @model in a new array that references them. (transfer full) */
GPtrArray *_pdz_model_to_array (GListModel *model);
/* The number of items of @model, 0 for NULL. */
guint _pdz_model_n_items (GListModel *model);

/* Iterates the items of a GListModel without a reference of its own: the
 * model keeps them alive while it is not changed. @model may be NULL (no
 * items, as a list of an entity never created); it is not type-checked,
 * which every walk of a plan would pay for on every list.
 *
 *   PDZ_MODEL_FOREACH (model, PdzAction, action) { ... }
 */
#define PDZ_MODEL_FOREACH(model, Type, var) \
  for (guint var##_i = 0, var##_n = _pdz_model_n_items ((GListModel *) (model)); var##_i < var##_n; var##_i++) \
    for (Type *var = _pdz_model_peek ((GListModel *) (model), var##_i); var != NULL; var = NULL)

/* Item @position of @model, not referenced: the model holds it.
 * (transfer none) */
gpointer _pdz_model_peek (GListModel *model, guint position);

/* --- JSON pointers (RFC 6901) --------------------------------------------
 *
 * The one place that spells JSON pointers: the codec builds them in a
 * GString as it reads, one reference token per push (the empty string is
 * the root; each push returns the length to give back to
 * _pdz_pointer_pop()); the plan index and the reference checks compose
 * them with _pdz_pointer_child(). */

gsize _pdz_pointer_push_member (GString *pointer, const char *name);
gsize _pdz_pointer_push_index (GString *pointer, guint index);

static inline void
_pdz_pointer_pop (GString *pointer,
                  gsize    old)
{
  g_string_truncate (pointer, old);
}

/* The pointer as text, "/" for the root. (transfer none) */
const char *_pdz_pointer_get (GString *pointer);
/* @parent, then the member @member, then the item @index of it unless
 * @index is negative: ("/objectives/2", "actions", 0) gives
 * "/objectives/2/actions/0". (transfer full) */
char *_pdz_pointer_child (const char *parent, const char *member, int index);

/* --- Enumerations: written as their GEnum nicks --------------------------- */

/* (transfer none) (nullable): NULL if @value is not a value of @enum_type */
const char *_pdz_enum_to_nick (GType enum_type, int value);
gboolean _pdz_enum_from_nick (GType enum_type, const char *nick, int *value);
/* Every nick of @enum_type, joined by ", ", for a message. (transfer full) */
char *_pdz_enum_list_nicks (GType enum_type);

/* --- Letting go ----------------------------------------------------------- */

/* Drops @objects (a GPtrArray that references its items, taken) in a
 * thread of its own: for a cancelled load, which must return at once, not
 * after it has freed all it built. The objects must be used by no one
 * else. */
void _pdz_unref_later (GPtrArray *objects);

/* --- Quarks --------------------------------------------------------------- */

/* The quark of @name, made once under g_once_init_enter() in *@storage:
 * plans are built in worker threads, several at a time, and GLib 2.74's
 * G_DEFINE_QUARK reads and writes its static unguarded. */
GQuark _pdz_quark_once (gsize *storage, const char *name);

/* --- Hand-offs between threads, for ThreadSanitizer ---------------------
 *
 * libpdz takes no lock of its own: its threads meet only in GLib's
 * GThreadPool, GAsyncQueue and GTask, whose GMutex and GCond are futexes
 * and atomics in an uninstrumented GLib, which ThreadSanitizer cannot see
 * (doc/threads.md). Where data passes from one thread to another through
 * them, the giving thread calls _pdz_thread_release (@sync) before the
 * hand-off and the taking one _pdz_thread_acquire (@sync) after it, on the
 * same address: in the ThreadSanitizer build (meson -Db_sanitize=thread,
 * which defines PDZ_TSAN) they tell it about the happens-before edge;
 * elsewhere they are nothing. (The corpus, which hands plans between
 * threads, also makes their classes first: _pdz_plan_prepare_threads()
 * in pdz-plan-io.c.) */

#ifdef PDZ_TSAN
void __tsan_acquire (void *addr);
void __tsan_release (void *addr);
#define _pdz_thread_release(sync) __tsan_release ((void *) (sync))
#define _pdz_thread_acquire(sync) __tsan_acquire ((void *) (sync))
#else
#define _pdz_thread_release(sync) G_STMT_START { (void) (sync); } G_STMT_END
#define _pdz_thread_acquire(sync) G_STMT_START { (void) (sync); } G_STMT_END
#endif

G_END_DECLS
