/* pdz-json-reader-values.c: typed reads of the members of a plan document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The PdzReader and what the entity readers are made of: checks of a
 * node's type, of an object's member names (keeping a copy of its "x-"
 * members), reads of strings, dates, enumerations, ids and arrays, members
 * deferred to the second pass, and references resolved in it. Every error
 * starts with the JSON pointer of the offending value (r->path); see
 * pdz-json-reader-private.h.
 */

#include "pdz-json-reader-private.h"
#include "pdz-text-private.h"

#include <math.h>
#include <string.h>

static void
deferred_free (gpointer data)
{
  PdzReaderDeferred *d = data;

  g_clear_object (&d->target);
  g_free (d->pointer);
  g_free (d);
}

void
_pdz_reader_init (PdzReader *r)
{
  r->plan = pdz_plan_new ();
  r->path = g_string_new (NULL);
  _pdz_json_ids_init (&r->ids);
  r->deferred = g_ptr_array_new_with_free_func (deferred_free);
}

PdzPlan *
_pdz_reader_clear (PdzReader *r)
{
  g_clear_pointer (&r->deferred, g_ptr_array_unref);
  _pdz_json_ids_clear (&r->ids);
  g_string_free (g_steal_pointer (&r->path), TRUE);
  return g_steal_pointer (&r->plan);
}

/* --- Nodes --- */

const char *
_pdz_reader_describe_node (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return "an object";
    case JSON_NODE_ARRAY:
      return "an array";
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_STRING)
          return "a string";
        if (type == G_TYPE_BOOLEAN)
          return "a boolean";
        return "a number";
      }
    }
}

gboolean
_pdz_reader_node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

gboolean
_pdz_reader_node_is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

gboolean
_pdz_reader_node_get_integer (JsonNode *node,
                              gint64   *out)
{
  if (!_pdz_reader_node_is_number (node))
    return FALSE;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    {
      *out = json_node_get_int (node);
      return TRUE;
    }
  else
    {
      double v = json_node_get_double (node);

      if (v != floor (v) || fabs (v) > 9007199254740992.0)
        return FALSE;
      *out = (gint64) v;
      return TRUE;
    }
}

/* A deep copy: the parser's nodes are sealed, the copy is not. The syntax
 * check bounds the depth of the recursion (PDZ_JSON_MAX_DEPTH). */
static JsonNode *
copy_node (JsonNode *node)
{
  JsonNode *copy;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *src = json_node_get_object (node);
        g_autoptr(JsonObject) dst = json_object_new ();
        GList *names = json_object_get_members (src);

        for (GList *l = names; l != NULL; l = l->next)
          json_object_set_member (dst, l->data,
                                  copy_node (json_object_get_member (src, l->data)));
        g_list_free (names);
        copy = json_node_new (JSON_NODE_OBJECT);
        json_node_set_object (copy, dst);
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *src = json_node_get_array (node);
        guint n = json_array_get_length (src);
        g_autoptr(JsonArray) dst = json_array_sized_new (n);

        for (guint i = 0; i < n; i++)
          json_array_add_element (dst, copy_node (json_array_get_element (src, i)));
        copy = json_node_new (JSON_NODE_ARRAY);
        json_node_set_array (copy, dst);
      }
      break;

    case JSON_NODE_NULL:
      copy = json_node_new (JSON_NODE_NULL);
      break;

    case JSON_NODE_VALUE:
    default:
      {
        GType type = json_node_get_value_type (node);

        copy = json_node_new (JSON_NODE_VALUE);
        if (type == G_TYPE_STRING)
          json_node_set_string (copy, json_node_get_string (node));
        else if (type == G_TYPE_BOOLEAN)
          json_node_set_boolean (copy, json_node_get_boolean (node));
        else if (type == G_TYPE_INT64)
          json_node_set_int (copy, json_node_get_int (node));
        else
          json_node_set_double (copy, json_node_get_double (node));
      }
      break;
    }

  return copy;
}

/* --- Values at the current path --- */

gboolean
_pdz_reader_check_members (PdzReader          *r,
                           JsonObject         *obj,
                           const char * const *allowed,
                           JsonObject        **extensions,
                           GError            **error)
{
  g_autoptr(JsonObject) ext = NULL;
  GList *names = json_object_get_members (obj);
  gboolean ok = TRUE;

  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;

      if (g_str_has_prefix (name, "x-"))
        {
          if (ext == NULL)
            ext = json_object_new ();
          json_object_set_member (ext, name, copy_node (json_object_get_member (obj, name)));
          continue;
        }
      if (!g_strv_contains (allowed, name))
        {
          g_autofree char *list = g_strjoinv (", ", (char **) allowed);
          g_autofree char *quoted = _pdz_text_quote (name, -1, 0, PDZ_QUOTE_JSON);

          _pdz_json_pointer_error (error, r->path, PDZ_ERROR_UNKNOWN_MEMBER,
                                   "unknown member \"%s\" (expected %s, or a name starting "
                                   "with \"x-\")", quoted, list);
          ok = FALSE;
          break;
        }
    }
  g_list_free (names);

  if (ok && extensions != NULL)
    *extensions = g_steal_pointer (&ext);
  return ok;
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
_pdz_reader_expect_object (PdzReader   *r,
                           JsonNode    *node,
                           JsonObject **out,
                           GError     **error)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _pdz_json_pointer_error (error, r->path, PDZ_ERROR_INVALID_VALUE,
                               "expected an object, got %s", _pdz_reader_describe_node (node));
      return FALSE;
    }
  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
_pdz_reader_expect_array (PdzReader  *r,
                          JsonNode   *node,
                          JsonArray **out,
                          GError    **error)
{
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      _pdz_json_pointer_error (error, r->path, PDZ_ERROR_INVALID_VALUE,
                               "expected an array, got %s", _pdz_reader_describe_node (node));
      return FALSE;
    }
  *out = json_node_get_array (node);
  return TRUE;
}

gboolean
_pdz_reader_expect_string (PdzReader   *r,
                           JsonNode    *node,
                           const char **out,
                           GError     **error)
{
  if (!_pdz_reader_node_is_string (node))
    {
      _pdz_json_pointer_error (error, r->path, PDZ_ERROR_INVALID_VALUE,
                               "expected a string, got %s", _pdz_reader_describe_node (node));
      return FALSE;
    }
  *out = json_node_get_string (node);
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
_pdz_reader_read_string (PdzReader   *r,
                         JsonObject  *obj,
                         const char  *name,
                         gboolean     required,
                         const char **out,
                         GError     **error)
{
  JsonNode *node = json_object_get_member (obj, name);
  gsize old;
  gboolean ok;

  *out = NULL;
  if (node == NULL)
    return required ? _pdz_reader_missing (r, name, error) : TRUE;

  old = _pdz_pointer_push_member (r->path, name);
  ok = _pdz_reader_expect_string (r, node, out, error);
  _pdz_pointer_pop (r->path, old);
  return ok;
}

gboolean
_pdz_reader_read_id (PdzReader   *r,
                     JsonObject  *obj,
                     PdzKind  kind,
                     const char **out,
                     GError     **error)
{
  JsonNode *node = json_object_get_member (obj, "id");
  gsize old;
  gboolean ok;

  if (node == NULL)
    return _pdz_reader_missing (r, "id", error);

  old = _pdz_pointer_push_member (r->path, "id");
  ok = _pdz_reader_expect_string (r, node, out, error) &&
       _pdz_json_ids_check_new (&r->ids, kind, *out, r->path, error);
  _pdz_pointer_pop (r->path, old);
  return ok;
}

void
_pdz_reader_record_id (PdzReader  *r,
                       PdzKind kind,
                       const char *id,
                       gpointer    object)
{
  _pdz_json_ids_add (&r->ids, kind, id, object, _pdz_pointer_get (r->path));
}

gboolean
_pdz_reader_read_date (PdzReader  *r,
                       JsonObject *obj,
                       const char *name,
                       gboolean    required,
                       PdzDate   **out,
                       GError    **error)
{
  JsonNode *node = json_object_get_member (obj, name);
  g_autoptr(GError) local_error = NULL;
  const char *text;
  gsize old;

  *out = NULL;
  if (node == NULL)
    return required ? _pdz_reader_missing (r, name, error) : TRUE;

  old = _pdz_pointer_push_member (r->path, name);
  if (!_pdz_reader_expect_string (r, node, &text, error))
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
_pdz_reader_read_enum (PdzReader  *r,
                       JsonObject *obj,
                       const char *name,
                       GType       enum_type,
                       int        *out,
                       GError    **error)
{
  JsonNode *node = json_object_get_member (obj, name);
  const char *nick;
  gsize old;
  gboolean ok = FALSE;

  if (node == NULL)
    return TRUE;

  old = _pdz_pointer_push_member (r->path, name);
  if (!_pdz_reader_expect_string (r, node, &nick, error))
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
_pdz_reader_read_string_array (PdzReader  *r,
                               JsonObject *obj,
                               const char *name,
                               GStrv      *out,
                               GError    **error)
{
  JsonNode *node = json_object_get_member (obj, name);
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;
  gsize old;
  guint n;

  *out = NULL;
  if (node == NULL)
    return TRUE;

  old = _pdz_pointer_push_member (r->path, name);
  if (!_pdz_reader_expect_array (r, node, &array, error))
    goto fail;

  builder = g_strv_builder_new ();
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      gsize old_item = _pdz_pointer_push_index (r->path, i);
      const char *text;

      if (!_pdz_reader_expect_string (r, json_array_get_element (array, i), &text, error))
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
_pdz_reader_read_array (PdzReader           *r,
                        JsonObject          *obj,
                        const char          *name,
                        PdzReaderElementFunc func,
                        gpointer             owner,
                        GError             **error)
{
  JsonNode *node = json_object_get_member (obj, name);
  JsonArray *array;
  gsize old;
  guint n;

  if (node == NULL)
    return TRUE;

  old = _pdz_pointer_push_member (r->path, name);
  if (!_pdz_reader_expect_array (r, node, &array, error))
    goto fail;

  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      gsize old_item = _pdz_pointer_push_index (r->path, i);

      if (!func (r, json_array_get_element (array, i), owner, error))
        goto fail;
      _pdz_pointer_pop (r->path, old_item);
    }
  _pdz_pointer_pop (r->path, old);
  return TRUE;

fail:
  _pdz_pointer_pop (r->path, old);
  return FALSE;
}

void
_pdz_reader_defer (PdzReader         *r,
                   JsonObject        *obj,
                   const char        *name,
                   PdzReaderDeferKind kind,
                   gpointer           target)
{
  JsonNode *node = json_object_get_member (obj, name);
  PdzReaderDeferred *d;
  gsize old;

  if (node == NULL)
    return;

  d = g_new0 (PdzReaderDeferred, 1);
  d->kind = kind;
  d->target = g_object_ref (target);
  d->node = node;
  old = _pdz_pointer_push_member (r->path, name);
  d->pointer = g_strdup (r->path->str);
  _pdz_pointer_pop (r->path, old);
  g_ptr_array_add (r->deferred, d);
}

/* --- References, in the second pass --- */

gpointer
_pdz_reader_resolve (PdzReader  *r,
                     JsonNode   *node,
                     PdzKind kind,
                     GError    **error)
{
  const char *id;
  PdzJsonIdEntry *entry;

  if (!_pdz_reader_expect_string (r, node, &id, error))
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
_pdz_reader_resolve_array (PdzReader  *r,
                           JsonNode   *node,
                           PdzKind kind,
                           GError    **error)
{
  g_autoptr(GPtrArray) objects = NULL;
  g_autoptr(GHashTable) listed = NULL;
  JsonArray *array;
  guint n;

  if (!_pdz_reader_expect_array (r, node, &array, error))
    return NULL;

  n = json_array_get_length (array);
  objects = g_ptr_array_sized_new (n);
  listed = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < n; i++)
    {
      gsize old = _pdz_pointer_push_index (r->path, i);
      gpointer object = _pdz_reader_resolve (r, json_array_get_element (array, i), kind, error);
      gboolean ok = object != NULL &&
                    _pdz_json_check_listed_once (listed, object, i, kind,
                                                 json_array_get_string_element (array, i),
                                                 r->path, error);

      _pdz_pointer_pop (r->path, old);
      if (!ok)
        return NULL;
      g_ptr_array_add (objects, object);
    }

  return g_steal_pointer (&objects);
}
