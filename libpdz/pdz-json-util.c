/* pdz-json-util.c: what the reader, the writer and the validator share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Entity kinds, JSON pointers (RFC 6901) and the errors that name them,
 * tables of the ids seen so far, and GEnum nicks, the spelling of every
 * enumeration in the format. See pdz-json-private.h.
 */

#include "pdz-json-private.h"

/* --- Entity kinds -------------------------------------------------------- */

static const char * const kind_names[PDZ_JSON_N_KINDS] = {
  "partner", "macroarea", "objective", "project", "action", "indicator",
};

const char *
_pdz_json_kind_name (PdzJsonKind kind)
{
  g_return_val_if_fail (kind < PDZ_JSON_N_KINDS, NULL);

  return kind_names[kind];
}

const char *
_pdz_json_entity_id (PdzJsonKind kind,
                     gpointer    entity)
{
  switch (kind)
    {
    case PDZ_JSON_KIND_PARTNER: return pdz_partner_get_id (entity);
    case PDZ_JSON_KIND_MACROAREA: return pdz_macroarea_get_id (entity);
    case PDZ_JSON_KIND_OBJECTIVE: return pdz_objective_get_id (entity);
    case PDZ_JSON_KIND_PROJECT: return pdz_project_get_id (entity);
    case PDZ_JSON_KIND_ACTION: return pdz_action_get_id (entity);
    case PDZ_JSON_KIND_INDICATOR: return pdz_indicator_get_id (entity);
    case PDZ_JSON_N_KINDS:
    default:
      g_assert_not_reached ();
    }
}

/* --- JSON pointers ------------------------------------------------------- */

/* Appends "/" and @name, with "~" escaped as "~0" and "/" as "~1". */
gsize
_pdz_json_pointer_push_member (GString    *pointer,
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
_pdz_json_pointer_push_index (GString *pointer,
                              guint    index)
{
  gsize old = pointer->len;

  g_string_append_printf (pointer, "/%u", index);
  return old;
}

const char *
_pdz_json_pointer_get (GString *pointer)
{
  return pointer->len > 0 ? pointer->str : "/";
}

void
_pdz_json_pointer_error (GError    **error,
                         GString    *pointer,
                         PdzError    code,
                         const char *format,
                         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, PDZ_ERROR, code, "%s: %s", _pdz_json_pointer_get (pointer), message);
}

void
_pdz_json_pointer_prefix_error (GError **error,
                                GString *pointer)
{
  g_prefix_error (error, "%s: ", _pdz_json_pointer_get (pointer));
}

/* --- Ids ----------------------------------------------------------------- */

static void
id_entry_free (gpointer data)
{
  PdzJsonIdEntry *entry = data;

  g_clear_object (&entry->object);
  g_free (entry->pointer);
  g_free (entry);
}

void
_pdz_json_ids_init (PdzJsonIds *ids)
{
  for (guint i = 0; i < PDZ_JSON_N_KINDS; i++)
    ids->tables[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, id_entry_free);
}

void
_pdz_json_ids_clear (PdzJsonIds *ids)
{
  for (guint i = 0; i < PDZ_JSON_N_KINDS; i++)
    g_clear_pointer (&ids->tables[i], g_hash_table_unref);
}

PdzJsonIdEntry *
_pdz_json_ids_lookup (PdzJsonIds *ids,
                      PdzJsonKind kind,
                      const char *id)
{
  return g_hash_table_lookup (ids->tables[kind], id);
}

gboolean
_pdz_json_ids_check_new (PdzJsonIds *ids,
                         PdzJsonKind kind,
                         const char *id,
                         GString    *pointer,
                         GError    **error)
{
  PdzJsonIdEntry *taken;

  if (id == NULL || *id == '\0')
    {
      _pdz_json_pointer_error (error, pointer, PDZ_ERROR_INVALID_VALUE,
                               "the id must not be empty");
      return FALSE;
    }
  taken = _pdz_json_ids_lookup (ids, kind, id);
  if (taken != NULL)
    {
      _pdz_json_pointer_error (error, pointer, PDZ_ERROR_DUPLICATE_ID,
                               "duplicate id \"%s\" (already used by %s)", id, taken->pointer);
      return FALSE;
    }
  return TRUE;
}

void
_pdz_json_ids_add (PdzJsonIds *ids,
                   PdzJsonKind kind,
                   const char *id,
                   gpointer    object,
                   const char *pointer)
{
  PdzJsonIdEntry *entry = g_new0 (PdzJsonIdEntry, 1);

  entry->object = g_object_ref (object);
  entry->pointer = g_strdup (pointer);
  g_hash_table_insert (ids->tables[kind], g_strdup (id), entry);
}

gboolean
_pdz_json_check_listed_once (GHashTable *listed,
                             gpointer    object,
                             guint       index,
                             PdzJsonKind kind,
                             const char *id,
                             GString    *pointer,
                             GError    **error)
{
  gpointer first;

  if (g_hash_table_lookup_extended (listed, object, NULL, &first))
    {
      _pdz_json_pointer_error (error, pointer, PDZ_ERROR_INVALID_VALUE,
                               "%s \"%s\" is listed twice (first at index %u)",
                               kind_names[kind], id, GPOINTER_TO_UINT (first));
      return FALSE;
    }
  g_hash_table_insert (listed, object, GUINT_TO_POINTER (index));
  return TRUE;
}

/* --- Enumerations -------------------------------------------------------- */

/* The nicks are static strings of the registered enum types. */
const char *
_pdz_json_enum_to_nick (GType enum_type,
                        int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  return enum_value != NULL ? enum_value->value_nick : NULL;
}

gboolean
_pdz_json_enum_from_nick (GType       enum_type,
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
_pdz_json_enum_list_nicks (GType enum_type)
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
