/* pdz-json-reader-values.c: typed reads of the members of a plan document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The PdzReader and what the entity readers are made of: checks of a
 * value's type, of an object's member names (keeping a copy of its "x-"
 * members), reads of strings, dates, enumerations, ids and arrays,
 * members that reference other entities, and the references resolved.
 * Every error starts with the JSON pointer of the offending value
 * (r->path); see pdz-json-reader-private.h.
 */

#include "pdz-json-reader-private.h"
#include "pdz-text-private.h"

#include <math.h>
#include <string.h>

static void
deferred_clear (gpointer data)
{
  PdzReaderDeferred *d = data;

  g_clear_object (&d->target);
  g_free (d->pointer);
}

void
_pdz_reader_init (PdzReader    *r,
                  const char   *data,
                  GCancellable *cancellable)
{
  r->plan = pdz_plan_new ();
  r->version = 0;
  r->path = g_string_new (NULL);
  _pdz_json_ids_init (&r->ids);
  r->strings = g_string_chunk_new (16 * 1024);
  r->cancellable = cancellable;
  r->n_read = 0;
  _pdz_json_tape_init (&r->delayed_tape, data);
  r->delayed = g_array_new (FALSE, FALSE, sizeof (PdzReaderDeferred));
  g_array_set_clear_func (r->delayed, deferred_clear);
  /* 0 and 1 are the plan's municipalities and lead municipality. */
  r->next_seq = 2;
  r->deferred_error = NULL;
  r->deferred_error_seq = 0;
}

PdzPlan *
_pdz_reader_clear (PdzReader *r)
{
  g_clear_error (&r->deferred_error);
  g_clear_pointer (&r->delayed, g_array_unref);
  _pdz_json_tape_clear (&r->delayed_tape);
  g_clear_pointer (&r->strings, g_string_chunk_free);
  _pdz_json_ids_clear (&r->ids);
  g_string_free (g_steal_pointer (&r->path), TRUE);
  return g_steal_pointer (&r->plan);
}

guint _pdz_json_max_entities = PDZ_MAX_ENTITIES;

gboolean
_pdz_reader_next_entity (PdzReader  *r,
                         GError    **error)
{
  if (G_UNLIKELY (r->n_read >= _pdz_json_max_entities))
    {
      _pdz_json_pointer_error (error, r->path, PDZ_ERROR_UNSUPPORTED,
                               "more than %u entities, the most a plan may hold",
                               _pdz_json_max_entities);
      return FALSE;
    }
  if ((++r->n_read & 0xFF) != 0)
    return TRUE;
  return !g_cancellable_set_error_if_cancelled (r->cancellable, error);
}

/* --- Values --- */

const char *
_pdz_reader_describe_value (PdzJsonValue value)
{
  switch (_pdz_json_value_type (value))
    {
    case PDZ_JSON_OBJECT:
      return "an object";
    case PDZ_JSON_ARRAY:
    case PDZ_JSON_STREAMED_ARRAY:
      return "an array";
    case PDZ_JSON_NULL:
      return "null";
    case PDZ_JSON_STRING:
      return "a string";
    case PDZ_JSON_TRUE:
    case PDZ_JSON_FALSE:
      return "a boolean";
    case PDZ_JSON_INTEGER:
    case PDZ_JSON_DOUBLE:
    default:
      return "a number";
    }
}

gboolean
_pdz_reader_value_is_string (PdzJsonValue value)
{
  return _pdz_json_value_type (value) == PDZ_JSON_STRING;
}

gboolean
_pdz_reader_value_is_number (PdzJsonValue value)
{
  PdzJsonType type = _pdz_json_value_type (value);

  return type == PDZ_JSON_INTEGER || type == PDZ_JSON_DOUBLE;
}

gboolean
_pdz_reader_value_get_integer (PdzJsonValue  value,
                               gint64       *out)
{
  double v;

  if (!_pdz_reader_value_is_number (value))
    return FALSE;
  if (_pdz_json_value_type (value) == PDZ_JSON_INTEGER)
    {
      *out = _pdz_json_value_get_int (value);
      return TRUE;
    }

  v = _pdz_json_value_get_double (value);
  if (v != floor (v) || fabs (v) > 9007199254740992.0)
    return FALSE;
  *out = (gint64) v;
  return TRUE;
}

gboolean
_pdz_reader_member (PdzJsonValue  object,
                    const char   *name,
                    PdzJsonValue *out)
{
  gsize n = strlen (name);

  PDZ_JSON_FOREACH_MEMBER (object, key, member)
    {
      const PdzJsonToken *token = _pdz_json_value_token (key);

      if (token->escaped ? _pdz_json_value_equals (key, name) :
          token->length == n && memcmp (key.tape->data + token->offset, name, n) == 0)
        {
          *out = member;
          return TRUE;
        }
    }
  return FALSE;
}

/* --- Values at the current path --- */

gboolean
_pdz_reader_check_members (PdzReader          *r,
                           PdzJsonValue        object,
                           const char * const *allowed,
                           JsonObject        **extensions,
                           GError            **error)
{
  g_autoptr(JsonObject) ext = NULL;

  PDZ_JSON_FOREACH_MEMBER (object, key, member)
    {
      const PdzJsonToken *token = _pdz_json_value_token (key);
      const char *raw = key.tape->data + token->offset;
      gboolean known = FALSE;
      const char *name;

      if (!token->escaped)
        {
          if (token->length >= 2 && raw[0] == 'x' && raw[1] == '-')
            goto extension;
          for (guint i = 0; allowed[i] != NULL && !known; i++)
            known = strlen (allowed[i]) == token->length &&
                    memcmp (allowed[i], raw, token->length) == 0;
          if (known)
            continue;
        }

      name = _pdz_json_value_get_string (key, r->strings);
      if (g_str_has_prefix (name, "x-"))
        goto extension;
      if (!g_strv_contains (allowed, name))
        {
          g_autofree char *list = g_strjoinv (", ", (char **) allowed);
          g_autofree char *quoted = _pdz_text_quote (name, -1, 0, PDZ_QUOTE_JSON);

          _pdz_json_pointer_error (error, r->path, PDZ_ERROR_UNKNOWN_MEMBER,
                                   "unknown member \"%s\" (expected %s, or a name starting "
                                   "with \"x-\")", quoted, list);
          return FALSE;
        }
      continue;

    extension:
      if (ext == NULL)
        ext = json_object_new ();
      json_object_set_member (ext, _pdz_json_value_get_string (key, r->strings),
                              _pdz_json_value_to_node (member));
    }

  if (extensions != NULL)
    *extensions = g_steal_pointer (&ext);
  return TRUE;
}

void
_pdz_reader_attach_extensions (gpointer    object,
                               const char *part,
                               JsonObject *ext)
{
  if (ext != NULL)
    _pdz_extensions_set (object, part, ext);
}

gboolean
_pdz_reader_expect_object (PdzReader     *r,
                           PdzJsonValue   value,
                           GError       **error)
{
  if (_pdz_json_value_type (value) != PDZ_JSON_OBJECT)
    {
      _pdz_json_pointer_error (error, r->path, PDZ_ERROR_INVALID_VALUE,
                               "expected an object, got %s", _pdz_reader_describe_value (value));
      return FALSE;
    }
  return TRUE;
}

gboolean
_pdz_reader_expect_array (PdzReader     *r,
                          PdzJsonValue   value,
                          GError       **error)
{
  PdzJsonType type = _pdz_json_value_type (value);

  if (type != PDZ_JSON_ARRAY && type != PDZ_JSON_STREAMED_ARRAY)
    {
      _pdz_json_pointer_error (error, r->path, PDZ_ERROR_INVALID_VALUE,
                               "expected an array, got %s", _pdz_reader_describe_value (value));
      return FALSE;
    }
  return TRUE;
}

gboolean
_pdz_reader_expect_string (PdzReader     *r,
                           PdzJsonValue   value,
                           const char   **out,
                           GError       **error)
{
  if (!_pdz_reader_value_is_string (value))
    {
      _pdz_json_pointer_error (error, r->path, PDZ_ERROR_INVALID_VALUE,
                               "expected a string, got %s", _pdz_reader_describe_value (value));
      return FALSE;
    }
  *out = _pdz_json_value_get_string (value, r->strings);
  return TRUE;
}

gboolean
_pdz_reader_missing (PdzReader  *r,
                     const char *name,
                     GError    **error)
{
  _pdz_json_pointer_error (error, r->path, PDZ_ERROR_INVALID_VALUE,
                           "missing required member \"%s\"", name);
  return FALSE;
}

/* --- Members of the object at the current path --- */

gboolean
_pdz_reader_read_string (PdzReader     *r,
                         PdzJsonValue   object,
                         const char    *name,
                         gboolean       required,
                         const char   **out,
                         GError       **error)
{
  PdzJsonValue value;
  gsize old;
  gboolean ok;

  *out = NULL;
  if (!_pdz_reader_member (object, name, &value))
    return required ? _pdz_reader_missing (r, name, error) : TRUE;

  old = _pdz_pointer_push_member (r->path, name);
  ok = _pdz_reader_expect_string (r, value, out, error);
  _pdz_pointer_pop (r->path, old);
  return ok;
}

gboolean
_pdz_reader_read_id (PdzReader     *r,
                     PdzJsonValue   object,
                     PdzKind        kind,
                     const char   **out,
                     GError       **error)
{
  PdzJsonValue value;
  gsize old;
  gboolean ok;

  if (!_pdz_reader_member (object, "id", &value))
    return _pdz_reader_missing (r, "id", error);

  old = _pdz_pointer_push_member (r->path, "id");
  ok = _pdz_reader_expect_string (r, value, out, error) &&
       _pdz_json_ids_check_new (&r->ids, kind, *out, r->path, error);
  _pdz_pointer_pop (r->path, old);
  return ok;
}

void
_pdz_reader_record_id (PdzReader  *r,
                       PdzKind     kind,
                       const char *id,
                       gpointer    object)
{
  _pdz_json_ids_add (&r->ids, kind, id, object, _pdz_pointer_get (r->path));
}

gboolean
_pdz_reader_read_date (PdzReader     *r,
                       PdzJsonValue   object,
                       const char    *name,
                       gboolean       required,
                       PdzDate      **out,
                       GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  PdzJsonValue value;
  const char *text;
  gsize old;

  *out = NULL;
  if (!_pdz_reader_member (object, name, &value))
    return required ? _pdz_reader_missing (r, name, error) : TRUE;

  old = _pdz_pointer_push_member (r->path, name);
  if (!_pdz_reader_expect_string (r, value, &text, error))
    {
      _pdz_pointer_pop (r->path, old);
      return FALSE;
    }
  *out = pdz_date_new_from_string (text, &local_error);
  if (*out == NULL)
    _pdz_json_pointer_error (error, r->path, PDZ_ERROR_INVALID_VALUE, "%s", local_error->message);
  _pdz_pointer_pop (r->path, old);
  return *out != NULL;
}

/* Spellings of version 1 that version 2 no longer has, and the value each
 * is read as. */
static const struct
{
  GType (*get_type) (void);
  const char *nick;
  int value;
} v1_spellings[] = {
  { pdz_partner_kind_get_type, "health-agency", PDZ_PARTNER_KIND_HEALTH_TRUST },
  { pdz_funding_status_get_type, "unknown", PDZ_FUNDING_STATUS_NOT_STATED },
};

/* Values that version 2 added, which a version-1 document cannot name. */
static gboolean
is_new_in_v2 (GType enum_type,
              int   value)
{
  if (enum_type == PDZ_TYPE_PARTNER_KIND)
    return value == PDZ_PARTNER_KIND_HEALTH_TRUST ||
           value == PDZ_PARTNER_KIND_HEALTH_PROTECTION_AGENCY ||
           value == PDZ_PARTNER_KIND_OWN_BODY;
  return FALSE;
}

/* The nick of "not stated", which no version writes: the member is left
 * out instead. */
static gboolean
is_not_stated_nick (const char *nick)
{
  return strcmp (nick, "not-stated") == 0;
}

static gboolean
nick_to_value (int         version,
               GType       enum_type,
               const char *nick,
               int        *value)
{
  if (is_not_stated_nick (nick))
    return FALSE;

  if (version == 1)
    {
      for (guint i = 0; i < G_N_ELEMENTS (v1_spellings); i++)
        if (v1_spellings[i].get_type () == enum_type &&
            strcmp (v1_spellings[i].nick, nick) == 0)
          {
            *value = v1_spellings[i].value;
            return TRUE;
          }
    }

  if (!_pdz_enum_from_nick (enum_type, nick, value))
    return FALSE;
  return version >= 2 || !is_new_in_v2 (enum_type, *value);
}

/* The nicks a document of @version may write, for a message. */
static char *
list_nicks (int   version,
            GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      const GEnumValue *v = &klass->values[i];
      const char *nick = v->value_nick;

      if (is_not_stated_nick (nick))
        continue;
      if (version == 1)
        {
          if (is_new_in_v2 (enum_type, v->value))
            {
              nick = NULL;
              for (guint k = 0; k < G_N_ELEMENTS (v1_spellings); k++)
                if (v1_spellings[k].get_type () == enum_type && v1_spellings[k].value == v->value)
                  nick = v1_spellings[k].nick;
              if (nick == NULL)
                continue;
            }
        }
      if (list->len > 0)
        g_string_append (list, ", ");
      g_string_append (list, nick);
    }
  if (version == 1 && enum_type == PDZ_TYPE_FUNDING_STATUS)
    g_string_prepend (list, "unknown, ");
  return g_string_free (list, FALSE);
}

int
_pdz_reader_enum_default (int   version,
                          GType enum_type)
{
  if (version == 1)
    {
      if (enum_type == PDZ_TYPE_STATUS)
        return PDZ_STATUS_PLANNED;
      if (enum_type == PDZ_TYPE_ROLE)
        return PDZ_ROLE_PARTICIPANT;
      if (enum_type == PDZ_TYPE_SCOPE)
        return PDZ_SCOPE_AMBITO;
    }

  if (enum_type == PDZ_TYPE_STATUS)
    return PDZ_STATUS_NOT_STATED;
  if (enum_type == PDZ_TYPE_ROLE)
    return PDZ_ROLE_NOT_STATED;
  if (enum_type == PDZ_TYPE_SCOPE)
    return PDZ_SCOPE_NOT_STATED;
  if (enum_type == PDZ_TYPE_FUNDING_STATUS)
    return PDZ_FUNDING_STATUS_NOT_STATED;
  if (enum_type == PDZ_TYPE_ORIGIN)
    return PDZ_ORIGIN_NOT_STATED;
  if (enum_type == PDZ_TYPE_PARTNER_KIND)
    return PDZ_PARTNER_KIND_OTHER;
  if (enum_type == PDZ_TYPE_OBJECTIVE_KIND)
    return PDZ_OBJECTIVE_KIND_PLAN;
  g_return_val_if_reached (0);
}

gboolean
_pdz_reader_read_enum (PdzReader     *r,
                       PdzJsonValue   object,
                       const char    *name,
                       GType          enum_type,
                       int           *out,
                       GError       **error)
{
  PdzJsonValue value;
  const char *nick;
  gsize old;
  gboolean ok = FALSE;

  if (!_pdz_reader_member (object, name, &value))
    return TRUE;

  old = _pdz_pointer_push_member (r->path, name);
  if (!_pdz_reader_expect_string (r, value, &nick, error))
    goto out;

  if (!nick_to_value (r->version, enum_type, nick, out))
    {
      g_autofree char *list = list_nicks (r->version, enum_type);

      if (is_not_stated_nick (nick))
        _pdz_json_pointer_error (error, r->path, PDZ_ERROR_INVALID_VALUE,
                                 "\"not-stated\" is written by leaving \"%s\" out "
                                 "(expected one of %s)", name, list);
      else
        {
          g_autofree char *quoted = _pdz_text_quote (nick, -1, 0, PDZ_QUOTE_JSON);

          _pdz_json_pointer_error (error, r->path, PDZ_ERROR_INVALID_VALUE,
                                   "unknown %s \"%s\" (expected one of %s)", name, quoted, list);
        }
      goto out;
    }
  ok = TRUE;

out:
  _pdz_pointer_pop (r->path, old);
  return ok;
}

gboolean
_pdz_reader_read_string_array (PdzReader     *r,
                               PdzJsonValue   object,
                               const char    *name,
                               GStrv         *out,
                               GError       **error)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  PdzJsonValue array;
  gsize old;
  guint i = 0;

  *out = NULL;
  if (!_pdz_reader_member (object, name, &array))
    return TRUE;

  old = _pdz_pointer_push_member (r->path, name);
  if (!_pdz_reader_expect_array (r, array, error))
    goto fail;

  builder = g_strv_builder_new ();
  PDZ_JSON_FOREACH_ELEMENT (array, element)
    {
      gsize old_item = _pdz_pointer_push_index (r->path, i++);
      const char *text;

      if (!_pdz_reader_expect_string (r, element, &text, error))
        goto fail;
      g_strv_builder_add (builder, text);
      _pdz_pointer_pop (r->path, old_item);
    }
  _pdz_pointer_pop (r->path, old);
  *out = g_strv_builder_end (builder);
  return TRUE;

fail:
  _pdz_pointer_pop (r->path, old);
  return FALSE;
}

gboolean
_pdz_reader_read_array (PdzReader            *r,
                        PdzJsonValue          object,
                        const char           *name,
                        PdzReaderElementFunc  func,
                        gpointer              owner,
                        GError              **error)
{
  PdzJsonValue array;
  gsize old;
  guint i = 0;

  if (!_pdz_reader_member (object, name, &array))
    return TRUE;

  old = _pdz_pointer_push_member (r->path, name);
  if (!_pdz_reader_expect_array (r, array, error))
    goto fail;

  PDZ_JSON_FOREACH_ELEMENT (array, element)
    {
      gsize old_item = _pdz_pointer_push_index (r->path, i++);

      if (!_pdz_reader_next_entity (r, error) || !func (r, element, owner, error))
        goto fail;
      _pdz_pointer_pop (r->path, old_item);
    }
  _pdz_pointer_pop (r->path, old);
  return TRUE;

fail:
  _pdz_pointer_pop (r->path, old);
  return FALSE;
}

/* --- References --- */

gpointer
_pdz_reader_resolve (PdzReader     *r,
                     PdzJsonValue   value,
                     PdzKind        kind,
                     GError       **error)
{
  const char *id;
  PdzJsonIdEntry *entry;

  if (!_pdz_reader_expect_string (r, value, &id, error))
    return NULL;
  entry = _pdz_json_ids_lookup (&r->ids, kind, id);
  if (entry == NULL)
    {
      g_autofree char *quoted = _pdz_text_quote (id, -1, 0, PDZ_QUOTE_JSON);

      _pdz_json_pointer_error (error, r->path, PDZ_ERROR_DANGLING_REFERENCE,
                               "no %s with id \"%s\"", _pdz_kind_get_name (kind), quoted);
      return NULL;
    }
  return entry->object;
}

GPtrArray *
_pdz_reader_resolve_array (PdzReader     *r,
                           PdzJsonValue   array,
                           PdzKind        kind,
                           GError       **error)
{
  g_autoptr(GPtrArray) objects = NULL;
  g_autoptr(GHashTable) listed = NULL;
  guint i = 0;

  if (!_pdz_reader_expect_array (r, array, error))
    return NULL;

  objects = g_ptr_array_sized_new (_pdz_json_value_token (array)->count);
  listed = g_hash_table_new (g_direct_hash, g_direct_equal);
  PDZ_JSON_FOREACH_ELEMENT (array, element)
    {
      gsize old = _pdz_pointer_push_index (r->path, i);
      gpointer object = _pdz_reader_resolve (r, element, kind, error);
      gboolean ok = object != NULL &&
                    _pdz_json_check_listed_once (listed, object, i, kind,
                                                 _pdz_json_value_get_string (element, r->strings),
                                                 r->path, error);

      _pdz_pointer_pop (r->path, old);
      if (!ok)
        return NULL;
      g_ptr_array_add (objects, object);
      i++;
    }

  return g_steal_pointer (&objects);
}
