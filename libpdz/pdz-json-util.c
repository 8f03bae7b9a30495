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
id_entry_clear (gpointer data)
{
  PdzJsonIdEntry *entry = data;

  g_clear_object (&entry->object);
}

/* Entries come from blocks, their ids and pointers from a string chunk:
 * a plan has an entry per entity, and one malloc each added up. */
#define ID_BLOCK_SIZE 1024

void
_pdz_json_ids_init (PdzJsonIds *ids)
{
  for (guint i = 0; i < PDZ_N_KINDS; i++)
    ids->tables[i] = g_hash_table_new (g_str_hash, g_str_equal);
  ids->strings = g_string_chunk_new (16 * 1024);
  ids->blocks = g_ptr_array_new ();
  ids->n_in_block = ID_BLOCK_SIZE;
}

void
_pdz_json_ids_clear (PdzJsonIds *ids)
{
  for (guint i = 0; i < PDZ_N_KINDS; i++)
    g_clear_pointer (&ids->tables[i], g_hash_table_unref);
  if (ids->blocks != NULL)
    {
      for (guint b = 0; b < ids->blocks->len; b++)
        {
          PdzJsonIdEntry *block = ids->blocks->pdata[b];
          guint n = b + 1 < ids->blocks->len ? ID_BLOCK_SIZE : ids->n_in_block;

          for (guint i = 0; i < n; i++)
            id_entry_clear (&block[i]);
          g_free (block);
        }
      g_clear_pointer (&ids->blocks, g_ptr_array_unref);
    }
  g_clear_pointer (&ids->strings, g_string_chunk_free);
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
                   PdzKind     kind,
                   const char *id,
                   gpointer    object,
                   const char *pointer)
{
  PdzJsonIdEntry *entry;
  char *key;

  if (ids->n_in_block == ID_BLOCK_SIZE)
    {
      g_ptr_array_add (ids->blocks, g_new (PdzJsonIdEntry, ID_BLOCK_SIZE));
      ids->n_in_block = 0;
    }
  entry = (PdzJsonIdEntry *) ids->blocks->pdata[ids->blocks->len - 1] + ids->n_in_block++;
  entry->object = g_object_ref (object);
  entry->pointer = g_string_chunk_insert (ids->strings, pointer);
  key = g_string_chunk_insert (ids->strings, id);
  g_hash_table_insert (ids->tables[kind], key, entry);
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
