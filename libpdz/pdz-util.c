/* pdz-util.c: small helpers every part of libpdz shares
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * See pdz-util-private.h.
 */

#include "pdz-util-private.h"
#include "pdz-list-private.h"

/* --- Setters -------------------------------------------------------------- */

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

/* --- List models ---------------------------------------------------------- */

guint
_pdz_model_n_items (GListModel *model)
{
  if (model == NULL)
    return 0;
  /* The lists of the entities, without the interface's type check. */
  if (G_TYPE_FROM_INSTANCE (model) == PDZ_TYPE_LIST)
    return ((PdzList *) model)->n_items;
  return g_list_model_get_n_items (model);
}

gpointer
_pdz_model_peek (GListModel *model,
                 guint       position)
{
  GObject *item;

  /* The lists of the entities, read without a reference. */
  if (G_TYPE_FROM_INSTANCE (model) == PDZ_TYPE_LIST)
    return _pdz_list_peek ((PdzList *) model, position);

  /* A GListModel of the model holds a reference to each of its items, so
   * the one g_list_model_get_item() adds can be dropped at once. */
  item = g_list_model_get_item (model, position);

  if (item != NULL)
    g_object_unref (item);
  return item;
}

gboolean
_pdz_model_find (GListModel *model,
                 gpointer    item,
                 guint      *position)
{
  guint n = _pdz_model_n_items (model);

  for (guint i = 0; i < n; i++)
    if (_pdz_model_peek (model, i) == item)
      {
        if (position != NULL)
          *position = i;
        return TRUE;
      }

  return FALSE;
}

GPtrArray *
_pdz_model_to_array (GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  GPtrArray *array = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (array, g_list_model_get_item (model, i));
  return array;
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

/* --- JSON pointers ------------------------------------------------------- */

/* Appends "/" and @name, with "~" escaped as "~0" and "/" as "~1". */
gsize
_pdz_pointer_push_member (GString    *pointer,
                               const char *name)
{
  gsize old = pointer->len;

  g_string_append_c (pointer, '/');
  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '~')
        g_string_append (pointer, "~0");
      else if (*p == '/')
        g_string_append (pointer, "~1");
      else
        g_string_append_c (pointer, *p);
    }
  return old;
}

gsize
_pdz_pointer_push_index (GString *pointer,
                              guint    index)
{
  gsize old = pointer->len;
  char digits[16];
  guint n = 0;

  /* Called for every element read: no printf. */
  do
    {
      digits[n++] = (char) ('0' + index % 10);
      index /= 10;
    }
  while (index > 0);
  g_string_append_c (pointer, '/');
  while (n > 0)
    g_string_append_c (pointer, digits[--n]);
  return old;
}

const char *
_pdz_pointer_get (GString *pointer)
{
  return pointer->len > 0 ? pointer->str : "/";
}

char *
_pdz_pointer_child (const char *parent,
                    const char *member,
                    int         index)
{
  GString *pointer = g_string_new (parent);

  _pdz_pointer_push_member (pointer, member);
  if (index >= 0)
    _pdz_pointer_push_index (pointer, (guint) index);
  return g_string_free (pointer, FALSE);
}

/* --- Enumerations --------------------------------------------------------- */

/* The nicks are static strings of the registered enum types. */
const char *
_pdz_enum_to_nick (GType enum_type,
                        int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  return enum_value != NULL ? enum_value->value_nick : NULL;
}

gboolean
_pdz_enum_from_nick (GType       enum_type,
                          const char *nick,
                          int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *enum_value = g_enum_get_value_by_nick (klass, nick);

  if (enum_value == NULL)
    return FALSE;
  *value = enum_value->value;
  return TRUE;
}

char *
_pdz_enum_list_nicks (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (i > 0)
        g_string_append (list, ", ");
      g_string_append (list, klass->values[i].value_nick);
    }
  return g_string_free (list, FALSE);
}

/* --- Letting go ----------------------------------------------------------- */

static gpointer
unref_thread (gpointer data)
{
  g_ptr_array_unref (data);
  return NULL;
}

void
_pdz_unref_later (GPtrArray *objects)
{
  g_autoptr(GError) error = NULL;
  GThread *thread;

  if (objects->len == 0)
    {
      g_ptr_array_unref (objects);
      return;
    }

  thread = g_thread_try_new ("pdz-unref", unref_thread, objects, &error);
  if (thread == NULL)
    g_ptr_array_unref (objects);   /* no thread: now, then */
  else
    g_thread_unref (thread);
}

/* --- Quarks --------------------------------------------------------------- */

GQuark
_pdz_quark_once (gsize      *storage,
                 const char *name)
{
  if (g_once_init_enter (storage))
    g_once_init_leave (storage, g_quark_from_static_string (name));
  return (GQuark) *storage;
}
