/* pdz-json-util.c: what the reader, the writer and the validator share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Entity kinds, JSON pointers (RFC 6901) and the errors that name them,
 * tables of the ids seen so far, and GEnum nicks, the spelling of every
 * enumeration in the format. See pdz-json-private.h.
 */

#include "pdz-json-private.h"
#include "pdz-text-private.h"

/* --- JSON pointers ------------------------------------------------------- */

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

  g_set_error (error, PDZ_ERROR, code, "%s: %s", _pdz_pointer_get (pointer), message);
}

void
_pdz_json_pointer_prefix_error (GError **error,
                                GString *pointer)
{
  g_prefix_error (error, "%s: ", _pdz_pointer_get (pointer));
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
  for (guint i = 0; i < PDZ_N_KINDS; i++)
    ids->tables[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, id_entry_free);
}

void
_pdz_json_ids_clear (PdzJsonIds *ids)
{
  for (guint i = 0; i < PDZ_N_KINDS; i++)
    g_clear_pointer (&ids->tables[i], g_hash_table_unref);
}

PdzJsonIdEntry *
_pdz_json_ids_lookup (PdzJsonIds *ids,
                      PdzKind kind,
                      const char *id)
{
  return g_hash_table_lookup (ids->tables[kind], id);
}

gboolean
_pdz_json_ids_check_new (PdzJsonIds *ids,
                         PdzKind kind,
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
      g_autofree char *quoted = _pdz_text_quote (id, -1, 0, PDZ_QUOTE_JSON);

      _pdz_json_pointer_error (error, pointer, PDZ_ERROR_DUPLICATE_ID,
                               "duplicate id \"%s\" (already used by %s)", quoted, taken->pointer);
      return FALSE;
    }
  return TRUE;
}

void
_pdz_json_ids_add (PdzJsonIds *ids,
                   PdzKind kind,
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
                             PdzKind kind,
                             const char *id,
                             GString    *pointer,
                             GError    **error)
{
  gpointer first;

  if (g_hash_table_lookup_extended (listed, object, NULL, &first))
    {
      g_autofree char *quoted = _pdz_text_quote (id, -1, 0, PDZ_QUOTE_JSON);

      _pdz_json_pointer_error (error, pointer, PDZ_ERROR_INVALID_VALUE,
                               "%s \"%s\" is listed twice (first at index %u)",
                               _pdz_kind_get_name (kind), quoted, GPOINTER_TO_UINT (first));
      return FALSE;
    }
  g_hash_table_insert (listed, object, GUINT_TO_POINTER (index));
  return TRUE;
}
