/* pdz-json-reader.c: reads a plan from the JSON plan format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Reading happens in three steps, each refusing the whole document on its
 * first error:
 *
 * 1. a strict syntax check of the raw bytes (UTF-8, RFC 8259 grammar,
 *    nesting depth, duplicate member names, numbers that fit), which gives
 *    every syntax error an exact "LINE:COLUMN:" location
 *    (pdz-json-syntax.c);
 * 2. JsonParser builds the tree;
 * 3. the tree is turned into a plan through the public model API, in two
 *    passes so that references can point forward: the first creates every
 *    entity (pdz-json-reader-entities.c), the second resolves references
 *    and creates participations, which need their partner at construction
 *    (read_deferred() below).
 *
 * Every error found in the tree begins with the JSON pointer (RFC 6901) of
 * the offending value.
 *
 * The reader keeps all its state in a PdzReader on the stack: it is
 * reentrant and may run in several threads at once, each on its own plan.
 */

#include "pdz-json-reader-private.h"
#include "pdz-json-syntax-private.h"
#include "pdz-text-private.h"

#include <string.h>

/* --- Second pass: references --- */

static gboolean
read_deferred (PdzReader         *r,
               PdzReaderDeferred *d,
               GError           **error)
{
  g_autoptr(GPtrArray) objects = NULL;
  gpointer object;

  g_string_assign (r->path, d->pointer);

  switch (d->kind)
    {
    case DEFER_PLAN_MUNICIPALITIES:
      objects = _pdz_reader_resolve_array (r, d->node, PDZ_KIND_PARTNER, error);
      if (objects == NULL)
        return FALSE;
      for (guint i = 0; i < objects->len; i++)
        {
          if (!pdz_plan_add_municipality (r->plan, objects->pdata[i], error))
            {
              gsize old = _pdz_pointer_push_index (r->path, i);

              _pdz_json_pointer_prefix_error (error, r->path);
              _pdz_pointer_pop (r->path, old);
              return FALSE;
            }
        }
      return TRUE;

    case DEFER_PLAN_LEAD_MUNICIPALITY:
      object = _pdz_reader_resolve (r, d->node, PDZ_KIND_PARTNER, error);
      if (object == NULL)
        return FALSE;
      pdz_plan_set_lead_municipality (r->plan, object);
      return TRUE;

    case DEFER_OBJECTIVE_MACROAREA:
      object = _pdz_reader_resolve (r, d->node, PDZ_KIND_MACROAREA, error);
      if (object == NULL)
        return FALSE;
      pdz_objective_set_macroarea (PDZ_OBJECTIVE (d->target), object);
      return TRUE;

    case DEFER_PARTICIPATIONS:
      {
        JsonArray *array;
        guint n;

        if (!_pdz_reader_expect_array (r, d->node, &array, error))
          return FALSE;
        n = json_array_get_length (array);
        for (guint i = 0; i < n; i++)
          {
            gsize old = _pdz_pointer_push_index (r->path, i);

            if (!_pdz_reader_read_participation (r, json_array_get_element (array, i),
                                                 d->target, error))
              return FALSE;
            _pdz_pointer_pop (r->path, old);
          }
        return TRUE;
      }

    case DEFER_ACTION_PROJECTS:
      objects = _pdz_reader_resolve_array (r, d->node, PDZ_KIND_PROJECT, error);
      if (objects == NULL)
        return FALSE;
      for (guint i = 0; i < objects->len; i++)
        pdz_action_add_project (PDZ_ACTION (d->target), objects->pdata[i]);
      return TRUE;

    case DEFER_PROJECT_LEAD:
      object = _pdz_reader_resolve (r, d->node, PDZ_KIND_PARTNER, error);
      if (object == NULL)
        return FALSE;
      pdz_project_set_lead (PDZ_PROJECT (d->target), object);
      return TRUE;

    case DEFER_PROJECT_OBJECTIVES:
      objects = _pdz_reader_resolve_array (r, d->node, PDZ_KIND_OBJECTIVE, error);
      if (objects == NULL)
        return FALSE;
      for (guint i = 0; i < objects->len; i++)
        pdz_project_add_objective (PDZ_PROJECT (d->target), objects->pdata[i]);
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

/* --- The document --- */

static const char * const plan_members_v1[] = {
  "format", "version", "id", "title", "ambito", "language", "start", "end",
  "municipalities", "lead-municipality", "contacts", "monitoring", "partners",
  "macroareas", "objectives", "projects", NULL
};
static const char * const plan_members[] = {
  "format", "version", "id", "title", "description", "ambito", "language",
  "start", "end", "municipalities", "lead-municipality", "contacts",
  "monitoring", "partners", "macroareas", "objectives", "projects", NULL
};
static const char * const contacts_members[] = { "office", "email", "phone", "website", NULL };
static const char * const monitoring_members[] = { "title", "start", "end", NULL };

/* "format" and "version" come first: nothing else of a file that is not a
 * plan of a version this library reads is looked at. */
static gboolean
check_header (PdzReader  *r,
              JsonObject *root,
              GError    **error)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");
  gint64 number;

  if (format == NULL)
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT,
                   "/: missing member \"format\": not a plan file "
                   "(a plan starts with \"format\": \"pdz\")");
      return FALSE;
    }
  if (!_pdz_reader_node_is_string (format) || strcmp (json_node_get_string (format), "pdz") != 0)
    {
      if (_pdz_reader_node_is_string (format))
        {
          g_autofree char *quoted = _pdz_text_quote (json_node_get_string (format), -1, 0,
                                                     PDZ_QUOTE_JSON);

          g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT,
                       "/format: unknown format \"%s\": not a plan file (expected \"pdz\")",
                       quoted);
        }
      else
        g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT,
                     "/format: expected the string \"pdz\", got %s",
                     _pdz_reader_describe_node (format));
      return FALSE;
    }

  if (version == NULL)
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT,
                   "/: missing member \"version\" (this version of libpdz reads versions %d to %d)",
                   PDZ_FORMAT_VERSION_MIN, PDZ_FORMAT_VERSION);
      return FALSE;
    }
  if (!_pdz_reader_node_get_integer (version, &number))
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT,
                   "/version: expected an integer, got %s "
                   "(this version of libpdz reads versions %d to %d)",
                   _pdz_reader_describe_node (version),
                   PDZ_FORMAT_VERSION_MIN, PDZ_FORMAT_VERSION);
      return FALSE;
    }
  if (number < PDZ_FORMAT_VERSION_MIN || number > PDZ_FORMAT_VERSION)
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT,
                   "/version: unsupported version %" G_GINT64_FORMAT
                   " (this version of libpdz reads versions %d to %d)",
                   number, PDZ_FORMAT_VERSION_MIN, PDZ_FORMAT_VERSION);
      return FALSE;
    }
  r->version = (int) number;

  return TRUE;
}

/* Reads the optional sub-object @name ("contacts" or "monitoring"): returns
 * it in @out, NULL when absent, with its extensions attached to the plan. */
static gboolean
read_part (PdzReader          *r,
           JsonObject         *root,
           const char         *name,
           const char * const *allowed,
           JsonObject        **out,
           GError            **error)
{
  JsonNode *node = json_object_get_member (root, name);
  g_autoptr(JsonObject) ext = NULL;
  gsize old;
  gboolean ok;

  *out = NULL;
  if (node == NULL)
    return TRUE;

  old = _pdz_pointer_push_member (r->path, name);
  ok = _pdz_reader_expect_object (r, node, out, error) &&
       _pdz_reader_check_members (r, *out, allowed, &ext, error);
  _pdz_pointer_pop (r->path, old);
  if (ok)
    _pdz_reader_attach_extensions (r->plan, name, ext);
  return ok;
}

static gboolean
read_document (PdzReader *r,
               JsonNode  *root_node,
               GError   **error)
{
  g_autoptr(JsonObject) ext = NULL;
  g_autoptr(PdzDate) start = NULL;
  g_autoptr(PdzDate) end = NULL;
  JsonObject *root, *contacts, *monitoring;
  const char *id, *title, *description = NULL, *ambito, *language;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT,
                   "/: expected a JSON object (a plan), got %s",
                   _pdz_reader_describe_node (root_node));
      return FALSE;
    }
  root = json_node_get_object (root_node);

  if (!check_header (r, root, error) ||
      !_pdz_reader_check_members (r, root, r->version == 1 ? plan_members_v1 : plan_members,
                                  &ext, error) ||
      !_pdz_reader_read_string (r, root, "id", FALSE, &id, error) ||
      !_pdz_reader_read_string (r, root, "title", FALSE, &title, error) ||
      !_pdz_reader_read_string (r, root, "description", FALSE, &description, error) ||
      !_pdz_reader_read_string (r, root, "ambito", FALSE, &ambito, error) ||
      !_pdz_reader_read_string (r, root, "language", FALSE, &language, error) ||
      !_pdz_reader_read_date (r, root, "start", FALSE, &start, error) ||
      !_pdz_reader_read_date (r, root, "end", FALSE, &end, error))
    return FALSE;

  if (id != NULL && *id == '\0')
    {
      gsize old = _pdz_pointer_push_member (r->path, "id");

      _pdz_json_pointer_error (error, r->path, PDZ_ERROR_INVALID_VALUE, "the id must not be empty");
      _pdz_pointer_pop (r->path, old);
      return FALSE;
    }

  if (id != NULL)
    pdz_plan_set_id (r->plan, id);
  if (title != NULL)
    pdz_plan_set_title (r->plan, title);
  if (description != NULL)
    pdz_plan_set_description (r->plan, description);
  if (ambito != NULL)
    pdz_plan_set_ambito (r->plan, ambito);
  if (language != NULL)
    pdz_plan_set_language (r->plan, language);
  if (start != NULL)
    pdz_plan_set_start (r->plan, start);
  if (end != NULL)
    pdz_plan_set_end (r->plan, end);

  _pdz_reader_defer (r, root, "municipalities", DEFER_PLAN_MUNICIPALITIES, r->plan);
  _pdz_reader_defer (r, root, "lead-municipality", DEFER_PLAN_LEAD_MUNICIPALITY, r->plan);

  if (!read_part (r, root, "contacts", contacts_members, &contacts, error))
    return FALSE;
  if (contacts != NULL)
    {
      static const char * const names[] = { "office", "email", "phone", "website" };
      gsize old = _pdz_pointer_push_member (r->path, "contacts");

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          const char *value;

          if (!_pdz_reader_read_string (r, contacts, names[i], FALSE, &value, error))
            {
              _pdz_pointer_pop (r->path, old);
              return FALSE;
            }
          if (value == NULL)
            continue;
          switch (i)
            {
            case 0: pdz_plan_set_office (r->plan, value); break;
            case 1: pdz_plan_set_email (r->plan, value); break;
            case 2: pdz_plan_set_phone (r->plan, value); break;
            default: pdz_plan_set_website (r->plan, value); break;
            }
        }
      _pdz_pointer_pop (r->path, old);
    }

  if (!read_part (r, root, "monitoring", monitoring_members, &monitoring, error))
    return FALSE;
  if (monitoring != NULL)
    {
      g_autoptr(PdzDate) m_start = NULL;
      g_autoptr(PdzDate) m_end = NULL;
      const char *m_title;
      gsize old = _pdz_pointer_push_member (r->path, "monitoring");
      gboolean ok = _pdz_reader_read_string (r, monitoring, "title", FALSE, &m_title, error) &&
                    _pdz_reader_read_date (r, monitoring, "start", FALSE, &m_start, error) &&
                    _pdz_reader_read_date (r, monitoring, "end", FALSE, &m_end, error);

      _pdz_pointer_pop (r->path, old);
      if (!ok)
        return FALSE;
      if (m_title != NULL)
        pdz_plan_set_monitoring_title (r->plan, m_title);
      if (m_start != NULL)
        pdz_plan_set_monitoring_start (r->plan, m_start);
      if (m_end != NULL)
        pdz_plan_set_monitoring_end (r->plan, m_end);
    }

  if (!_pdz_reader_read_array (r, root, "partners", _pdz_reader_read_partner, r->plan, error) ||
      !_pdz_reader_read_array (r, root, "macroareas", _pdz_reader_read_macroarea, r->plan, error) ||
      !_pdz_reader_read_array (r, root, "objectives", _pdz_reader_read_objective, r->plan, error) ||
      !_pdz_reader_read_array (r, root, "projects", _pdz_reader_read_project, r->plan, error))
    return FALSE;

  _pdz_reader_attach_extensions (r->plan, "", ext);

  for (guint i = 0; i < r->deferred->len; i++)
    {
      if (!read_deferred (r, r->deferred->pdata[i], error))
        return FALSE;
    }

  return TRUE;
}

/*
 * _pdz_json_read_plan:
 * @data: the document, not necessarily nul-terminated
 * @length: the length of @data in bytes
 * @error: return location for a #GError
 *
 * Reads a plan from the JSON plan format. Syntax errors are
 * %PDZ_ERROR_PARSE with a message starting with "LINE:COLUMN:", both
 * counted from 1, the column in characters (Unicode code points) rather
 * than bytes; a leading UTF-8 byte-order mark is skipped and not counted.
 * Every other error starts with the JSON pointer of the offending value.
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL on error
 */
PdzPlan *
_pdz_json_read_plan (const char *data,
                     gsize       length,
                     GError    **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parser_error = NULL;
  g_autoptr(PdzPlan) plan = NULL;
  PdzReader r;
  gsize start;
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";

  if (!_pdz_json_syntax_check (data, length, &start, error))
    return NULL;
  data += start;
  length -= start;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &parser_error))
    {
      _pdz_json_syntax_set_parser_error (error, parser_error);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL)
    {
      /* The syntax check refuses an empty document; keep a safe answer. */
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_PARSE, "1:1: the document is empty");
      return NULL;
    }

  _pdz_reader_init (&r);
  ok = read_document (&r, json_parser_get_root (parser), error);
  plan = _pdz_reader_clear (&r);

  return ok ? g_steal_pointer (&plan) : NULL;
}
