/* pdz-diff-json.c: the JSON document of a diff, written and read
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The document is described in doc/format.md ("The diff document") and
 * doc/pdz-diff-1.schema.json. It is written in the canonical form of the
 * plan format, with the emitter of pdz-json-emit.c.
 *
 * Reading is as strict as a plan's: the strict syntax check of
 * pdz-json-syntax.c first (UTF-8, grammar, depth, duplicate members, with
 * line:column), then every member checked, unknown ones refused, each
 * error beginning with the JSON pointer of what is wrong. The entities and
 * the values of the plan format that a change carries are read by the plan
 * reader itself: each is set in a small stand-in plan (an entity under
 * stand-in owners, with stand-ins for the entities it refers to) that is
 * read with pdz_plan_new_from_data(), so that a diff holds them to exactly
 * the rules of a plan file; the errors of that read are given the pointer
 * of the value in the diff.
 */

#include "pdz-diff-private.h"

#include "pdz-json-emit-private.h"
#include "pdz-json-private.h"
#include "pdz-json-reader-private.h"
#include "pdz-json-syntax-private.h"
#include "pdz-language-private.h"
#include "pdz-stats-private.h"
#include "pdz-text-private.h"

#include <math.h>
#include <string.h>

/* --- Nodes of the document --------------------------------------------- */

/* The diff document is small next to a plan: it is read whole, checked by
 * the plan's strict scanner, into a json-glib tree. */

static const char *
describe_node (JsonNode *node)
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

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
node_is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

static gboolean
node_get_integer (JsonNode *node,
                  gint64   *out)
{
  double v;

  if (!node_is_number (node))
    return FALSE;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    {
      *out = json_node_get_int (node);
      return TRUE;
    }
  v = json_node_get_double (node);
  if (v != floor (v) || fabs (v) > 9007199254740992.0)
    return FALSE;
  *out = (gint64) v;
  return TRUE;
}

/* --- Writing ------------------------------------------------------------------- */

static void
member_owner (PdzJsonScope  *scope,
              const char    *name,
              gboolean       has_owner,
              PdzEntityKind  kind,
              const char    *id)
{
  PdzJsonScope o;

  if (!has_owner)
    return;
  _pdz_json_member_begin (scope, name, &o, '{');
  _pdz_json_member_string (&o, "entity", _pdz_enum_to_nick (PDZ_TYPE_ENTITY_KIND, kind));
  _pdz_json_member_required_string (&o, "id", id);
  _pdz_json_scope_end (&o, '}');
}

static void
member_value (PdzJsonScope    *scope,
              const char      *name,
              const PdzMember *member,
              const GValue    *value)
{
  if (member == NULL || !G_IS_VALUE (value) || _pdz_member_value_is_absent (member, value))
    return;
  _pdz_json_member (scope, name);
  _pdz_member_append_json (member, value, scope->s, scope->level + 1);
}

static void
member_entity (PdzJsonScope *scope,
               const char   *name,
               GObject      *entity)
{
  if (entity == NULL)
    return;
  _pdz_json_member (scope, name);
  _pdz_entity_append_json (entity, scope->s, scope->level + 1);
}

static void
write_change (PdzJsonScope *array,
              PdzChange    *change)
{
  const PdzMember *member = _pdz_change_lookup_member (change);
  PdzJsonScope o;

  _pdz_json_scope_begin_nested (&o, array, '{');
  _pdz_json_member_string (&o, "change", _pdz_enum_to_nick (PDZ_TYPE_CHANGE_KIND, change->kind));
  _pdz_json_member_string (&o, "entity", _pdz_enum_to_nick (PDZ_TYPE_ENTITY_KIND, change->entity_kind));
  _pdz_json_member_string (&o, "id", change->id);
  _pdz_json_member_string (&o, "title", change->title);
  member_owner (&o, "old-owner", change->has_old_owner, change->old_owner_kind, change->old_owner_id);
  member_owner (&o, "new-owner", change->has_new_owner, change->new_owner_kind, change->new_owner_id);
  _pdz_json_member_string (&o, "old-pointer", change->old_pointer);
  _pdz_json_member_string (&o, "new-pointer", change->new_pointer);
  _pdz_json_member_string (&o, "member", change->member);
  member_value (&o, "old", member, &change->old_value);
  member_value (&o, "new", member, &change->new_value);
  member_entity (&o, "old-entity", change->old_entity);
  member_entity (&o, "new-entity", change->new_entity);
  _pdz_json_scope_end (&o, '}');
  if (member != NULL)
    _pdz_member_free (member);
}

static void
write_round (PdzJsonScope *scope,
             const char   *name,
             PdzDiffRound *round)
{
  PdzJsonScope o, m;

  _pdz_json_member_begin (scope, name, &o, '{');
  _pdz_json_member_string (&o, "id", round->id);
  _pdz_json_member_string (&o, "title", round->title);
  if (round->round_title != NULL || round->round_start != NULL || round->round_end != NULL)
    {
      _pdz_json_member_begin (&o, "monitoring", &m, '{');
      _pdz_json_member_string (&m, "title", round->round_title);
      _pdz_json_member_date (&m, "start", round->round_start);
      _pdz_json_member_date (&m, "end", round->round_end);
      _pdz_json_scope_end (&m, '}');
    }
  _pdz_json_scope_end (&o, '}');
}

static const char *
column_type_name (GType type)
{
  if (type == G_TYPE_INT64)
    return "integer";
  if (type == G_TYPE_DOUBLE)
    return "number";
  return "string";
}

static void
write_table (PdzJsonScope  *scope,
             PdzStatsTable *table)
{
  const char * const *columns = pdz_stats_table_get_columns (table);
  PdzJsonScope o, cols, rows;

  _pdz_json_member_begin (scope, pdz_stats_table_get_name (table), &o, '{');
  _pdz_json_member_begin (&o, "columns", &cols, '[');
  for (guint c = 0; columns[c] != NULL; c++)
    {
      PdzJsonScope col;

      _pdz_json_scope_item (&cols);
      _pdz_json_scope_begin_nested (&col, &cols, '{');
      _pdz_json_member_string (&col, "name", columns[c]);
      _pdz_json_member_string (&col, "type",
                               column_type_name (pdz_stats_table_get_column_type (table, columns[c])));
      _pdz_json_scope_end (&col, '}');
    }
  _pdz_json_scope_end (&cols, ']');

  _pdz_json_member_begin (&o, "rows", &rows, '[');
  PDZ_MODEL_FOREACH (table, PdzStatsRow, row)
    {
      PdzJsonScope r;

      _pdz_json_scope_item (&rows);
      _pdz_json_scope_begin_nested (&r, &rows, '{');
      for (guint c = 0; columns[c] != NULL; c++)
        {
          const GValue *value = _pdz_stats_row_peek_value (row, c);

          _pdz_json_member (&r, columns[c]);
          if (value == NULL)
            g_string_append (r.s, "null");
          else if (G_VALUE_HOLDS_INT64 (value))
            g_string_append_printf (r.s, "%" G_GINT64_FORMAT, g_value_get_int64 (value));
          else if (G_VALUE_HOLDS_DOUBLE (value))
            _pdz_json_append_double (r.s, g_value_get_double (value));
          else
            _pdz_json_append_string (r.s, g_value_get_string (value));
        }
      _pdz_json_scope_end (&r, '}');
    }
  _pdz_json_scope_end (&rows, ']');
  _pdz_json_scope_end (&o, '}');
}

char *
_pdz_diff_write (PdzDiff *diff,
                 gsize   *length)
{
  GString *s = g_string_sized_new (4096);
  PdzJsonScope root, changes, summary;

  _pdz_json_scope_begin (&root, s, 0, '{');
  _pdz_json_member (&root, "format");
  _pdz_json_append_string (s, "pdz-diff");
  _pdz_json_member (&root, "version");
  g_string_append_printf (s, "%d", PDZ_DIFF_FORMAT_VERSION);
  _pdz_json_member_string (&root, "language", diff->language);
  write_round (&root, "old", &diff->old_round);
  write_round (&root, "new", &diff->new_round);

  _pdz_json_member_begin (&root, "changes", &changes, '[');
  PDZ_MODEL_FOREACH (diff->changes, PdzChange, change)
    {
      _pdz_json_scope_item (&changes);
      write_change (&changes, change);
    }
  _pdz_json_scope_end (&changes, ']');

  _pdz_json_member_begin (&root, "summary", &summary, '{');
  for (guint t = 0; _pdz_diff_table_names[t] != NULL; t++)
    {
      PdzStatsTable *table = g_hash_table_lookup (diff->tables, _pdz_diff_table_names[t]);

      if (table != NULL)
        write_table (&summary, table);
    }
  _pdz_json_scope_end (&summary, '}');

  _pdz_json_scope_end (&root, '}');
  g_string_append_c (s, '\n');

  if (length != NULL)
    *length = s->len;
  return g_string_free (s, FALSE);
}

/* --- Reading: the document ------------------------------------------------------- */

typedef struct {
  GString *path;     /* (owned) the JSON pointer of the value being read */
} Reader;

static gboolean
fail (Reader      *r,
      GError     **error,
      PdzError     code,
      const char  *format,
      ...) G_GNUC_PRINTF (4, 5);

/* Sets @error at the current path, as pdz-json-validate.c's check_fail()
 * does; returns FALSE. */
static gboolean
fail (Reader      *r,
      GError     **error,
      PdzError     code,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  _pdz_json_pointer_error (error, r->path, code, "%s", message);
  return FALSE;
}

static gboolean
expect_object (Reader      *r,
               JsonNode    *node,
               JsonObject **out,
               GError     **error)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (r, error, PDZ_ERROR_INVALID_VALUE, "expected an object, got %s",
                 describe_node (node));
  *out = json_node_get_object (node);
  return TRUE;
}

static gboolean
expect_array (Reader     *r,
              JsonNode   *node,
              JsonArray **out,
              GError    **error)
{
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (r, error, PDZ_ERROR_INVALID_VALUE, "expected an array, got %s",
                 describe_node (node));
  *out = json_node_get_array (node);
  return TRUE;
}

static gboolean
check_members (Reader             *r,
               JsonObject         *obj,
               const char * const *allowed,
               GError            **error)
{
  GList *names = json_object_get_members (obj);
  gboolean ok = TRUE;

  for (GList *l = names; l != NULL && ok; l = l->next)
    if (!g_strv_contains (allowed, l->data))
      {
        /* The allowed members of a table's rows are its columns, named by
         * the file: the list is quoted too. */
        g_autofree char *joined = g_strjoinv (", ", (char **) allowed);
        g_autofree char *list = _pdz_text_quote (joined, -1, 4 * PDZ_MAX_QUOTED_CHARS, PDZ_QUOTE_DEFAULT);
        g_autofree char *quoted = _pdz_text_quote (l->data, -1, 0, PDZ_QUOTE_JSON);

        ok = fail (r, error, PDZ_ERROR_UNKNOWN_MEMBER, "unknown member \"%s\" (expected %s)",
                   quoted, list);
      }
  g_list_free (names);
  return ok;
}

/* The string member @name of @obj into @out (NULL when absent). */
static gboolean
read_string (Reader      *r,
             JsonObject  *obj,
             const char  *name,
             gboolean     required,
             const char **out,
             GError     **error)
{
  JsonNode *node = json_object_get_member (obj, name);
  gsize old;
  gboolean ok = TRUE;

  *out = NULL;
  if (node == NULL)
    return !required || fail (r, error, PDZ_ERROR_INVALID_VALUE, "missing required member \"%s\"", name);
  old = _pdz_pointer_push_member (r->path, name);
  if (!node_is_string (node))
    ok = fail (r, error, PDZ_ERROR_INVALID_VALUE, "expected a string, got %s", describe_node (node));
  else
    *out = json_node_get_string (node);
  _pdz_pointer_pop (r->path, old);
  return ok;
}

static gboolean
read_enum (Reader      *r,
           JsonObject  *obj,
           const char  *name,
           GType        type,
           int         *out,
           GError     **error)
{
  const char *nick;
  gsize old;
  gboolean ok = TRUE;

  if (!read_string (r, obj, name, TRUE, &nick, error))
    return FALSE;
  old = _pdz_pointer_push_member (r->path, name);
  if (!_pdz_enum_from_nick (type, nick, out))
    {
      g_autofree char *list = _pdz_enum_list_nicks (type);
      g_autofree char *quoted = _pdz_text_quote (nick, -1, 0, PDZ_QUOTE_JSON);

      ok = fail (r, error, PDZ_ERROR_INVALID_VALUE, "unknown value \"%s\" (expected %s)", quoted, list);
    }
  _pdz_pointer_pop (r->path, old);
  return ok;
}

static gboolean
read_date (Reader      *r,
           JsonObject  *obj,
           const char  *name,
           PdzDate    **out,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *text;
  gsize old;

  *out = NULL;
  if (!read_string (r, obj, name, FALSE, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  *out = pdz_date_new_from_string (text, &local_error);
  if (*out != NULL)
    return TRUE;
  old = _pdz_pointer_push_member (r->path, name);
  fail (r, error, PDZ_ERROR_INVALID_VALUE, "%s", local_error->message);
  _pdz_pointer_pop (r->path, old);
  return FALSE;
}

static gboolean
read_round (Reader        *r,
            JsonObject    *root,
            const char    *name,
            PdzDiffRound  *round,
            GError       **error)
{
  static const char * const members[] = { "id", "title", "monitoring", NULL };
  static const char * const monitoring_members[] = { "title", "start", "end", NULL };
  JsonNode *node = json_object_get_member (root, name);
  JsonObject *obj = NULL, *monitoring = NULL;
  const char *text;
  gsize old;
  gboolean ok;

  if (node == NULL)
    return fail (r, error, PDZ_ERROR_INVALID_VALUE, "missing required member \"%s\"", name);
  old = _pdz_pointer_push_member (r->path, name);
  ok = expect_object (r, node, &obj, error) && check_members (r, obj, members, error);
  if (ok && (ok = read_string (r, obj, "id", FALSE, &text, error)))
    round->id = g_strdup (text);
  if (ok && (ok = read_string (r, obj, "title", FALSE, &text, error)))
    round->title = g_strdup (text);
  node = ok ? json_object_get_member (obj, "monitoring") : NULL;
  if (node != NULL)
    {
      gsize old_monitoring = _pdz_pointer_push_member (r->path, "monitoring");

      ok = expect_object (r, node, &monitoring, error) &&
           check_members (r, monitoring, monitoring_members, error) &&
           read_string (r, monitoring, "title", FALSE, &text, error) &&
           read_date (r, monitoring, "start", &round->round_start, error) &&
           read_date (r, monitoring, "end", &round->round_end, error);
      if (ok)
        round->round_title = g_strdup (text);
      _pdz_pointer_pop (r->path, old_monitoring);
    }
  _pdz_pointer_pop (r->path, old);
  return ok;
}

/* --- Reading: entities and values, through the plan reader --------------------------- */

/* The ids a stand-in plan must hold for an entity or a value to refer to. */
typedef struct {
  GPtrArray *ids[PDZ_N_KINDS];      /* (element-type utf8) (unowned: the parser's) */
} Refs;

static void
refs_add (Refs       *refs,
          PdzKind     kind,
          const char *id)
{
  if (refs->ids[kind] == NULL)
    refs->ids[kind] = g_ptr_array_new ();
  for (guint i = 0; i < refs->ids[kind]->len; i++)
    if (strcmp (refs->ids[kind]->pdata[i], id) == 0)
      return;
  g_ptr_array_add (refs->ids[kind], (gpointer) id);
}

static void
refs_clear (Refs *refs)
{
  for (guint k = 0; k < PDZ_N_KINDS; k++)
    g_clear_pointer (&refs->ids[k], g_ptr_array_unref);
}

/* The ids the string or array of strings @node names, as references to @kind. */
static void
collect_ids (Refs     *refs,
             PdzKind   kind,
             JsonNode *node)
{
  if (node == NULL)
    return;
  if (node_is_string (node))
    {
      refs_add (refs, kind, json_node_get_string (node));
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0, n = json_array_get_length (array); i < n; i++)
        if (node_is_string (json_array_get_element (array, i)))
          refs_add (refs, kind, json_array_get_string_element (array, i));
    }
}

static void collect_refs (Refs *refs, PdzEntityKind kind, JsonNode *node);

static void
collect_list (Refs          *refs,
              PdzEntityKind  kind,
              JsonObject    *obj,
              const char    *member)
{
  JsonNode *node = json_object_get_member (obj, member);

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0, n = json_array_get_length (array); i < n; i++)
        collect_refs (refs, kind, json_array_get_element (array, i));
    }
}

/* The references of an entity of @kind written as @node, and of what it holds. */
static void
collect_refs (Refs          *refs,
              PdzEntityKind  kind,
              JsonNode      *node)
{
  JsonObject *obj = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return;
  obj = json_node_get_object (node);
  switch (kind)
    {
    case PDZ_ENTITY_KIND_OBJECTIVE:
      collect_ids (refs, PDZ_KIND_MACROAREA, json_object_get_member (obj, "macroarea"));
      collect_list (refs, PDZ_ENTITY_KIND_PARTICIPATION, obj, "partners");
      collect_list (refs, PDZ_ENTITY_KIND_ACTION, obj, "actions");
      break;
    case PDZ_ENTITY_KIND_ACTION:
      collect_list (refs, PDZ_ENTITY_KIND_PARTICIPATION, obj, "partners");
      collect_ids (refs, PDZ_KIND_PROJECT, json_object_get_member (obj, "projects"));
      collect_list (refs, PDZ_ENTITY_KIND_ACTION, obj, "actions");
      break;
    case PDZ_ENTITY_KIND_PROJECT:
      collect_ids (refs, PDZ_KIND_PARTNER, json_object_get_member (obj, "lead"));
      collect_list (refs, PDZ_ENTITY_KIND_PARTICIPATION, obj, "partners");
      collect_ids (refs, PDZ_KIND_OBJECTIVE, json_object_get_member (obj, "objectives"));
      collect_list (refs, PDZ_ENTITY_KIND_ACTION, obj, "actions");
      break;
    case PDZ_ENTITY_KIND_PARTICIPATION:
      collect_ids (refs, PDZ_KIND_PARTNER, json_object_get_member (obj, "partner"));
      break;
    default:
      break;
    }
}

/* The id of the stand-in owners. */
#define STUB "s"

/* Where an entity of @kind sits in its stand-in plan, and the text of the
 * owners around it: @before and @after go around the entity's text. */
typedef struct {
  const char *pointer;
  const char *list;          /* the plan's list that holds the entity or its stand-in owner */
  const char *before;
  const char *after;
} Placement;

static const Placement *
placement_of (PdzEntityKind kind)
{
  static const Placement placements[] = {
    [PDZ_ENTITY_KIND_PARTNER] = { "/partners/0", "partners", "", "" },
    [PDZ_ENTITY_KIND_MACROAREA] = { "/macroareas/0", "macroareas", "", "" },
    [PDZ_ENTITY_KIND_OBJECTIVE] = { "/objectives/0", "objectives", "", "" },
    [PDZ_ENTITY_KIND_PROJECT] = { "/projects/0", "projects", "", "" },
    [PDZ_ENTITY_KIND_ACTION] = { "/objectives/0/actions/0", "objectives",
                                 "{\"id\": \"" STUB "\", \"title\": \"\", \"actions\": [", "]}" },
    [PDZ_ENTITY_KIND_INDICATOR] = { "/objectives/0/indicators/0", "objectives",
                                    "{\"id\": \"" STUB "\", \"title\": \"\", \"indicators\": [", "]}" },
    [PDZ_ENTITY_KIND_MILESTONE] = { "/objectives/0/actions/0/milestones/0", "objectives",
                                    "{\"id\": \"" STUB "\", \"title\": \"\", \"actions\": [{\"id\": \"" STUB
                                    "\", \"title\": \"\", \"milestones\": [", "]}]}" },
    [PDZ_ENTITY_KIND_PARTICIPATION] = { "/objectives/0/partners/0", "objectives",
                                        "{\"id\": \"" STUB "\", \"title\": \"\", \"partners\": [", "]}" },
    [PDZ_ENTITY_KIND_FUNDING] = { "/projects/0/fundings/0", "projects",
                                  "{\"id\": \"" STUB "\", \"title\": \"\", \"fundings\": [", "]}" },
    [PDZ_ENTITY_KIND_MEASUREMENT] = { "/objectives/0/indicators/0/measurements/0", "objectives",
                                      "{\"id\": \"" STUB "\", \"title\": \"\", \"indicators\": [{\"id\": \""
                                      STUB "\", \"title\": \"\", \"measurements\": [", "]}]}" },
  };

  g_return_val_if_fail (kind != PDZ_ENTITY_KIND_PLAN && (guint) kind < G_N_ELEMENTS (placements), NULL);
  return &placements[kind];
}

static void
append_stubs (GString    *s,
              Refs       *refs,
              PdzKind     kind,
              const char *except,
              gboolean   *first)
{
  if (refs->ids[kind] == NULL)
    return;
  for (guint i = 0; i < refs->ids[kind]->len; i++)
    {
      const char *id = refs->ids[kind]->pdata[i];

      if (g_strcmp0 (id, except) == 0)
        continue;
      if (!*first)
        g_string_append (s, ", ");
      *first = FALSE;
      g_string_append (s, "{\"id\": ");
      _pdz_json_append_string (s, id);
      g_string_append (s, kind == PDZ_KIND_PARTNER ? ", \"name\": \"\"}" : ", \"title\": \"\"}");
    }
}

/* A stand-in plan holding @entity_text, an entity of @kind (whose own id,
 * for the stand-ins of what it refers to, is @own_id), with a stand-in for
 * everything @refs names. */
static char *
stub_document (PdzEntityKind  kind,
               const char    *entity_text,
               const char    *own_id,
               Refs          *refs)
{
  static const struct {
    const char *list;
    PdzKind kind;
  } lists[] = {
    { "partners", PDZ_KIND_PARTNER },
    { "macroareas", PDZ_KIND_MACROAREA },
    { "objectives", PDZ_KIND_OBJECTIVE },
    { "projects", PDZ_KIND_PROJECT },
  };
  const Placement *p = placement_of (kind);
  GString *s = g_string_new ("{\"format\": \"pdz\", \"version\": 2");

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      gboolean first = TRUE;

      g_string_append_printf (s, ", \"%s\": [", lists[l].list);
      if (strcmp (p->list, lists[l].list) == 0)
        {
          g_string_append_printf (s, "%s%s%s", p->before, entity_text, p->after);
          first = FALSE;
        }
      append_stubs (s, refs, lists[l].kind,
                    _pdz_entity_kind_to_kind (kind) == lists[l].kind ? own_id : NULL, &first);
      g_string_append_c (s, ']');
    }
  g_string_append (s, "}\n");
  return g_string_free (s, FALSE);
}

/* The entity at @pointer of a stand-in plan. (transfer none) */
static GObject *
stub_entity (PdzPlan       *plan,
             PdzEntityKind  kind)
{
  GObject *owner;

  switch (kind)
    {
    case PDZ_ENTITY_KIND_PARTNER:
      return _pdz_model_peek (pdz_plan_get_partners (plan), 0);
    case PDZ_ENTITY_KIND_MACROAREA:
      return _pdz_model_peek (pdz_plan_get_macroareas (plan), 0);
    case PDZ_ENTITY_KIND_OBJECTIVE:
      return _pdz_model_peek (pdz_plan_get_objectives (plan), 0);
    case PDZ_ENTITY_KIND_PROJECT:
      return _pdz_model_peek (pdz_plan_get_projects (plan), 0);
    case PDZ_ENTITY_KIND_ACTION:
      return _pdz_model_peek (pdz_objective_get_actions (PDZ_OBJECTIVE (stub_entity (plan, PDZ_ENTITY_KIND_OBJECTIVE))), 0);
    case PDZ_ENTITY_KIND_INDICATOR:
      return _pdz_model_peek (pdz_objective_get_indicators (PDZ_OBJECTIVE (stub_entity (plan, PDZ_ENTITY_KIND_OBJECTIVE))), 0);
    case PDZ_ENTITY_KIND_MILESTONE:
      owner = stub_entity (plan, PDZ_ENTITY_KIND_ACTION);
      return _pdz_model_peek (pdz_action_get_milestones (PDZ_ACTION (owner)), 0);
    case PDZ_ENTITY_KIND_PARTICIPATION:
      owner = stub_entity (plan, PDZ_ENTITY_KIND_OBJECTIVE);
      return _pdz_model_peek (pdz_objective_get_participations (PDZ_OBJECTIVE (owner)), 0);
    case PDZ_ENTITY_KIND_FUNDING:
      owner = stub_entity (plan, PDZ_ENTITY_KIND_PROJECT);
      return _pdz_model_peek (pdz_project_get_fundings (PDZ_PROJECT (owner)), 0);
    case PDZ_ENTITY_KIND_MEASUREMENT:
      owner = stub_entity (plan, PDZ_ENTITY_KIND_INDICATOR);
      return _pdz_model_peek (pdz_indicator_get_measurements (PDZ_INDICATOR (owner)), 0);
    case PDZ_ENTITY_KIND_PLAN:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Reads @document with the plan reader; its errors at @stub_pointer or
 * below are given the pointer @target instead. */
static PdzPlan *
read_stub (const char  *document,
           const char  *stub_pointer,
           const char  *target,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  PdzPlan *plan = pdz_plan_new_from_data (document, -1, &local_error);
  gsize n = strlen (stub_pointer);
  const char *message;

  if (plan != NULL)
    return plan;

  message = local_error->message;
  if (strncmp (message, stub_pointer, n) == 0 && (message[n] == '/' || message[n] == ':'))
    g_set_error (error, local_error->domain, local_error->code, "%s%s", target, message + n);
  else
    g_set_error (error, local_error->domain, local_error->code, "%s: %s", target, message);
  return NULL;
}

/* The entity of @kind that @node writes, as a copy that belongs to no plan,
 * its references to stand-ins that hold only their ids. */
static GObject *
read_entity (Reader         *r,
             PdzEntityKind   kind,
             JsonNode       *node,
             GError        **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *document = NULL;
  g_autoptr(PdzPlan) plan = NULL;
  PdzCopyContext ctx = { NULL, };
  const char *own_id = NULL;
  Refs refs = { { NULL, } };

  if (kind == PDZ_ENTITY_KIND_PLAN)
    return fail (r, error, PDZ_ERROR_INVALID_VALUE, "a plan is not an entity of a change"), NULL;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (r, error, PDZ_ERROR_INVALID_VALUE, "expected an object, got %s",
                 describe_node (node)), NULL;
  if (json_object_has_member (json_node_get_object (node), "id") &&
      node_is_string (json_object_get_member (json_node_get_object (node), "id")))
    own_id = json_object_get_string_member (json_node_get_object (node), "id");

  collect_refs (&refs, kind, node);
  _pdz_json_append_node (text, node, 0);
  document = stub_document (kind, text->str, own_id, &refs);
  refs_clear (&refs);

  plan = read_stub (document, placement_of (kind)->pointer, _pdz_pointer_get (r->path), error);
  if (plan == NULL)
    return NULL;
  return _pdz_entity_copy (kind, stub_entity (plan, kind), &ctx, error);
}

/* The text of an entity of @kind whose only member besides those it needs
 * is @member set to @node (left out when NULL). */
static char *
value_entity_text (PdzEntityKind  kind,
                   const char    *member,
                   JsonNode      *node)
{
  static const struct {
    PdzEntityKind kind;
    const char *name;
    const char *value;
  } required[] = {
    { PDZ_ENTITY_KIND_PARTNER, "id", "\"" STUB "\"" },
    { PDZ_ENTITY_KIND_PARTNER, "name", "\"\"" },
    { PDZ_ENTITY_KIND_MACROAREA, "id", "\"" STUB "\"" },
    { PDZ_ENTITY_KIND_MACROAREA, "title", "\"\"" },
    { PDZ_ENTITY_KIND_OBJECTIVE, "id", "\"" STUB "\"" },
    { PDZ_ENTITY_KIND_OBJECTIVE, "title", "\"\"" },
    { PDZ_ENTITY_KIND_ACTION, "id", "\"" STUB "\"" },
    { PDZ_ENTITY_KIND_ACTION, "title", "\"\"" },
    { PDZ_ENTITY_KIND_PROJECT, "id", "\"" STUB "\"" },
    { PDZ_ENTITY_KIND_PROJECT, "title", "\"\"" },
    { PDZ_ENTITY_KIND_INDICATOR, "id", "\"" STUB "\"" },
    { PDZ_ENTITY_KIND_INDICATOR, "title", "\"\"" },
    { PDZ_ENTITY_KIND_MILESTONE, "date", "\"2000\"" },
    { PDZ_ENTITY_KIND_MILESTONE, "title", "\"\"" },
    { PDZ_ENTITY_KIND_PARTICIPATION, "partner", "\"" STUB "\"" },
    { PDZ_ENTITY_KIND_FUNDING, "source", "\"\"" },
    { PDZ_ENTITY_KIND_MEASUREMENT, "date", "\"2000\"" },
    { PDZ_ENTITY_KIND_MEASUREMENT, "value", "0" },
  };
  GString *s = g_string_new ("{");
  gboolean first = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      if (required[i].kind != kind || (node != NULL && strcmp (required[i].name, member) == 0))
        continue;
      g_string_append_printf (s, "%s\"%s\": %s", first ? "" : ", ", required[i].name, required[i].value);
      first = FALSE;
    }
  if (node != NULL)
    {
      g_string_append (s, first ? "" : ", ");
      _pdz_json_append_string (s, member);
      g_string_append (s, ": ");
      _pdz_json_append_node (s, node, 0);
    }
  g_string_append_c (s, '}');
  return g_string_free (s, FALSE);
}

/* Reads the value @node (NULL: left out) of @member of an entity of @kind
 * into @value. */
static gboolean
read_value (Reader           *r,
            PdzEntityKind     kind,
            const PdzMember  *member,
            JsonNode         *node,
            GValue           *value,
            GError          **error)
{
  g_autofree char *document = NULL;
  g_autoptr(GString) stub_pointer = g_string_new (NULL);
  g_autoptr(PdzPlan) plan = NULL;
  const char *name = _pdz_member_get_name (member);
  PdzMemberType type = _pdz_member_get_member_type (member);
  Refs refs = { { NULL, } };

  if (type == PDZ_MEMBER_EXTENSION)
    {
      GString *text;

      g_value_init (value, G_TYPE_STRING);
      if (node == NULL)
        return TRUE;
      text = g_string_new (NULL);
      _pdz_json_append_node (text, node, 0);
      g_value_take_string (value, g_string_free (text, FALSE));
      return TRUE;
    }

  if (type == PDZ_MEMBER_REF || type == PDZ_MEMBER_REFS)
    collect_ids (&refs, _pdz_member_get_ref_kind (member), node);
  if (kind == PDZ_ENTITY_KIND_PARTICIPATION)
    refs_add (&refs, PDZ_KIND_PARTNER, STUB);

  if (kind == PDZ_ENTITY_KIND_PLAN)
    {
      GString *s = g_string_new ("{\"format\": \"pdz\", \"version\": 2, \"partners\": [");
      const char *slash = strchr (name, '/');
      gboolean first = TRUE;

      append_stubs (s, &refs, PDZ_KIND_PARTNER, NULL, &first);
      g_string_append (s, "]");
      if (node != NULL)
        {
          g_string_append (s, ", ");
          if (slash != NULL)
            {
              g_autofree char *part = g_strndup (name, slash - name);

              _pdz_json_append_string (s, part);
              g_string_append (s, ": {");
              _pdz_json_append_string (s, slash + 1);
              _pdz_pointer_push_member (stub_pointer, part);
              _pdz_pointer_push_member (stub_pointer, slash + 1);
            }
          else
            {
              _pdz_json_append_string (s, name);
              _pdz_pointer_push_member (stub_pointer, name);
            }
          g_string_append (s, ": ");
          _pdz_json_append_node (s, node, 0);
          if (slash != NULL)
            g_string_append_c (s, '}');
        }
      g_string_append (s, "}\n");
      document = g_string_free (s, FALSE);
    }
  else
    {
      g_autofree char *entity = value_entity_text (kind, name, node);

      document = stub_document (kind, entity, STUB, &refs);
      g_string_assign (stub_pointer, placement_of (kind)->pointer);
      _pdz_pointer_push_member (stub_pointer, name);
    }
  refs_clear (&refs);

  plan = read_stub (document, stub_pointer->len > 0 ? stub_pointer->str : "/",
                    _pdz_pointer_get (r->path), error);
  if (plan == NULL)
    return FALSE;
  _pdz_member_get (member, kind == PDZ_ENTITY_KIND_PLAN ? G_OBJECT (plan) : stub_entity (plan, kind), value);
  return TRUE;
}

/* --- Reading: a change --------------------------------------------------------------- */

static gboolean
read_owner (Reader         *r,
            JsonObject     *obj,
            const char     *name,
            PdzEntityKind   kind,
            gboolean       *has_owner,
            PdzEntityKind  *owner_kind,
            char          **owner_id,
            GError        **error)
{
  static const char * const members[] = { "entity", "id", NULL };
  JsonNode *node = json_object_get_member (obj, name);
  JsonObject *owner = NULL;
  const char *id;
  PdzEntityKind item_kind;
  int value;
  gsize old;
  gboolean ok;

  *has_owner = FALSE;
  if (node == NULL)
    return TRUE;
  old = _pdz_pointer_push_member (r->path, name);
  ok = expect_object (r, node, &owner, error) &&
       check_members (r, owner, members, error) &&
       read_enum (r, owner, "entity", PDZ_TYPE_ENTITY_KIND, &value, error) &&
       read_string (r, owner, "id", TRUE, &id, error);
  if (ok && (!_pdz_owned_list_item_kind (value, _pdz_owned_list_member_of (kind), &item_kind) ||
             item_kind != kind))
    ok = fail (r, error, PDZ_ERROR_INVALID_VALUE, "%s %s cannot hold %s %s",
               value == PDZ_ENTITY_KIND_OBJECTIVE || value == PDZ_ENTITY_KIND_ACTION ||
               value == PDZ_ENTITY_KIND_INDICATOR ? "an" : "a",
               _pdz_enum_to_nick (PDZ_TYPE_ENTITY_KIND, value),
               kind == PDZ_ENTITY_KIND_ACTION || kind == PDZ_ENTITY_KIND_INDICATOR ? "an" : "a",
               _pdz_enum_to_nick (PDZ_TYPE_ENTITY_KIND, kind));
  _pdz_pointer_pop (r->path, old);
  if (ok)
    {
      *has_owner = TRUE;
      *owner_kind = value;
      *owner_id = g_strdup (id);
    }
  return ok;
}

static gboolean
read_pointer (Reader      *r,
              JsonObject  *obj,
              const char  *name,
              char       **out,
              GError     **error)
{
  const char *text;
  gboolean ok = TRUE;

  if (!read_string (r, obj, name, FALSE, &text, error))
    return FALSE;
  if (text != NULL && *text != '\0' && *text != '/')
    {
      gsize old = _pdz_pointer_push_member (r->path, name);
      g_autofree char *quoted = _pdz_text_quote (text, -1, 0, PDZ_QUOTE_JSON);

      ok = fail (r, error, PDZ_ERROR_INVALID_VALUE, "\"%s\" is not a JSON pointer (it must be \"\" "
                 "or start with \"/\")", quoted);
      _pdz_pointer_pop (r->path, old);
    }
  *out = g_strdup (text);
  return ok;
}

/* Checks that the member @name is there exactly when @wanted says. */
static gboolean
expect_member (Reader      *r,
               JsonObject  *obj,
               const char  *name,
               gboolean     wanted,
               const char  *why,
               GError     **error)
{
  gboolean present = json_object_has_member (obj, name);

  if (present == wanted)
    return TRUE;
  if (wanted)
    return fail (r, error, PDZ_ERROR_INVALID_VALUE, "missing required member \"%s\" (%s)", name, why);
  return fail (r, error, PDZ_ERROR_INVALID_VALUE, "member \"%s\" not allowed (%s)", name, why);
}

static PdzChange *
read_change (Reader      *r,
             JsonNode    *node,
             const char  *language,
             GError     **error)
{
  static const char * const members[] = {
    "change", "entity", "id", "title", "old-owner", "new-owner", "old-pointer", "new-pointer",
    "member", "old", "new", "old-entity", "new-entity", NULL
  };
  g_autoptr(PdzChange) change = NULL;
  JsonObject *obj = NULL;
  int kind, entity_kind;
  const char *text;
  const char *why;
  gboolean has_id, owned, idless;

  if (!expect_object (r, node, &obj, error) ||
      !check_members (r, obj, members, error) ||
      !read_enum (r, obj, "change", PDZ_TYPE_CHANGE_KIND, &kind, error) ||
      !read_enum (r, obj, "entity", PDZ_TYPE_ENTITY_KIND, &entity_kind, error))
    return NULL;

  change = _pdz_change_new (kind, entity_kind, language);
  has_id = _pdz_entity_kind_to_kind (entity_kind) != PDZ_KIND_NONE;
  owned = _pdz_entity_kind_is_owned (entity_kind);
  idless = !has_id && entity_kind != PDZ_ENTITY_KIND_PLAN;

  if (entity_kind == PDZ_ENTITY_KIND_PLAN && kind != PDZ_CHANGE_KIND_CHANGED)
    {
      gsize old = _pdz_pointer_push_member (r->path, "change");

      fail (r, error, PDZ_ERROR_INVALID_VALUE, "the plan can only be changed, not %s",
            _pdz_enum_to_nick (PDZ_TYPE_CHANGE_KIND, kind));
      _pdz_pointer_pop (r->path, old);
      return NULL;
    }

  why = has_id ? "an entity of this kind has an id" : "an entity of this kind has no id";
  if (!expect_member (r, obj, "id", has_id, why, error) ||
      !read_string (r, obj, "id", has_id, &text, error))
    return NULL;
  if (has_id && *text == '\0')
    {
      gsize old = _pdz_pointer_push_member (r->path, "id");

      fail (r, error, PDZ_ERROR_INVALID_VALUE, "the id must not be empty");
      _pdz_pointer_pop (r->path, old);
      return NULL;
    }
  change->id = g_strdup (text);
  if (!read_string (r, obj, "title", FALSE, &text, error))
    return NULL;
  change->title = g_strdup (text);

  why = owned ? "the entity was in the old round" : "the plan holds entities of this kind";
  if (!expect_member (r, obj, "old-owner", owned && kind != PDZ_CHANGE_KIND_ADDED,
                      kind == PDZ_CHANGE_KIND_ADDED ? "an added entity was in no round before" : why, error) ||
      !read_owner (r, obj, "old-owner", entity_kind, &change->has_old_owner, &change->old_owner_kind,
                   &change->old_owner_id, error))
    return NULL;
  why = owned ? "the entity is in the new round" : "the plan holds entities of this kind";
  if (!expect_member (r, obj, "new-owner", owned && kind != PDZ_CHANGE_KIND_REMOVED,
                      kind == PDZ_CHANGE_KIND_REMOVED ? "a removed entity is in no new round" : why, error) ||
      !read_owner (r, obj, "new-owner", entity_kind, &change->has_new_owner, &change->new_owner_kind,
                   &change->new_owner_id, error))
    return NULL;

  if (!expect_member (r, obj, "old-pointer", kind != PDZ_CHANGE_KIND_ADDED,
                      "only an added entity has no place in the old round", error) ||
      !read_pointer (r, obj, "old-pointer", &change->old_pointer, error) ||
      !expect_member (r, obj, "new-pointer", kind != PDZ_CHANGE_KIND_REMOVED,
                      "only a removed entity has no place in the new round", error) ||
      !read_pointer (r, obj, "new-pointer", &change->new_pointer, error))
    return NULL;

  why = "only a change of a member names one";
  if (!expect_member (r, obj, "member", kind == PDZ_CHANGE_KIND_CHANGED, why, error) ||
      !read_string (r, obj, "member", FALSE, &text, error))
    return NULL;
  if (kind != PDZ_CHANGE_KIND_CHANGED)
    {
      if ((json_object_has_member (obj, "old") && !expect_member (r, obj, "old", FALSE, why, error)) ||
          (json_object_has_member (obj, "new") && !expect_member (r, obj, "new", FALSE, why, error)))
        return NULL;
    }
  else
    {
      const PdzMember *member = _pdz_member_lookup (entity_kind, text);
      gboolean ok;
      gsize old;

      if (member == NULL)
        {
          g_autofree char *quoted = _pdz_text_quote (text, -1, 0, PDZ_QUOTE_JSON);

          old = _pdz_pointer_push_member (r->path, "member");
          fail (r, error, PDZ_ERROR_INVALID_VALUE, "%s has no member \"%s\"",
                _pdz_enum_to_nick (PDZ_TYPE_ENTITY_KIND, entity_kind), quoted);
          _pdz_pointer_pop (r->path, old);
          return NULL;
        }
      change->member = g_strdup (text);
      old = _pdz_pointer_push_member (r->path, "old");
      ok = read_value (r, entity_kind, member, json_object_get_member (obj, "old"), &change->old_value, error);
      _pdz_pointer_pop (r->path, old);
      old = _pdz_pointer_push_member (r->path, "new");
      ok = ok && read_value (r, entity_kind, member, json_object_get_member (obj, "new"),
                             &change->new_value, error);
      _pdz_pointer_pop (r->path, old);
      _pdz_member_free (member);
      if (!ok)
        return NULL;
    }

  /* The entity as it was: a removed one; one without an id, which it names */
  if (!expect_member (r, obj, "old-entity",
                      kind == PDZ_CHANGE_KIND_REMOVED || (idless && kind != PDZ_CHANGE_KIND_ADDED),
                      "a removed entity, and the change or move of an entity without an id, have one",
                      error) ||
      !expect_member (r, obj, "new-entity", kind == PDZ_CHANGE_KIND_ADDED,
                      "an added entity has one", error))
    return NULL;
  for (guint side = 0; side < 2; side++)
    {
      const char *name = side == 0 ? "old-entity" : "new-entity";
      JsonNode *entity = json_object_get_member (obj, name);
      GObject **out = side == 0 ? &change->old_entity : &change->new_entity;
      gsize old;

      if (entity == NULL)
        continue;
      old = _pdz_pointer_push_member (r->path, name);
      *out = read_entity (r, entity_kind, entity, error);
      _pdz_pointer_pop (r->path, old);
      if (*out == NULL)
        return NULL;
      if (has_id && g_strcmp0 (_pdz_entity_get_id (entity_kind, *out), change->id) != 0)
        {
          g_autofree char *quoted = _pdz_text_quote (change->id, -1, 0, PDZ_QUOTE_JSON);

          old = _pdz_pointer_push_member (r->path, name);
          fail (r, error, PDZ_ERROR_INVALID_VALUE, "the entity's id is not the change's, \"%s\"", quoted);
          _pdz_pointer_pop (r->path, old);
          return NULL;
        }
    }

  return g_steal_pointer (&change);
}

/* --- Reading: the summary ------------------------------------------------------------ */

static gboolean
read_row_value (Reader       *r,
                PdzStatsRow  *row,
                guint         column,
                GType         type,
                JsonNode     *node,
                GError      **error)
{
  gint64 number;

  if (JSON_NODE_HOLDS_NULL (node))
    {
      if (column == 0)
        return fail (r, error, PDZ_ERROR_INVALID_VALUE, "the key of a row must be a string, not null");
      _pdz_stats_row_set_null (row, column);
      return TRUE;
    }
  if (type == G_TYPE_STRING)
    {
      if (!node_is_string (node))
        return fail (r, error, PDZ_ERROR_INVALID_VALUE, "expected a string, got %s",
                     describe_node (node));
      _pdz_stats_row_set_string (row, column, json_node_get_string (node));
    }
  else if (type == G_TYPE_INT64)
    {
      if (!node_get_integer (node, &number))
        return fail (r, error, PDZ_ERROR_INVALID_VALUE, "expected an integer, got %s",
                     describe_node (node));
      _pdz_stats_row_set_int (row, column, number);
    }
  else
    {
      if (!node_is_number (node))
        return fail (r, error, PDZ_ERROR_INVALID_VALUE, "expected a number, got %s",
                     describe_node (node));
      _pdz_stats_row_set_double (row, column, json_node_get_double (node));
    }
  return TRUE;
}

static PdzStatsTable *
read_table (Reader      *r,
            const char  *name,
            JsonNode    *node,
            GError     **error)
{
  static const char * const members[] = { "columns", "rows", NULL };
  static const char * const column_members[] = { "name", "type", NULL };
  g_autoptr(GArray) specs = g_array_new (FALSE, FALSE, sizeof (PdzStatsColumnSpec));
  g_autoptr(PdzStatsTable) table = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  JsonObject *obj = NULL;
  JsonArray *columns = NULL, *rows = NULL;
  JsonNode *member;
  gsize old;

  if (!expect_object (r, node, &obj, error) || !check_members (r, obj, members, error))
    return NULL;
  for (guint m = 0; m < 2; m++)
    if (!json_object_has_member (obj, members[m]))
      return fail (r, error, PDZ_ERROR_INVALID_VALUE, "missing required member \"%s\"", members[m]), NULL;

  old = _pdz_pointer_push_member (r->path, "columns");
  if (!expect_array (r, json_object_get_member (obj, "columns"), &columns, error))
    return NULL;
  if (json_array_get_length (columns) == 0)
    return fail (r, error, PDZ_ERROR_INVALID_VALUE, "a table has at least one column"), NULL;
  for (guint c = 0, n = json_array_get_length (columns); c < n; c++)
    {
      gsize old_column = _pdz_pointer_push_index (r->path, c);
      PdzStatsColumnSpec spec;
      JsonObject *column = NULL;
      const char *column_name, *type;

      if (!expect_object (r, json_array_get_element (columns, c), &column, error) ||
          !check_members (r, column, column_members, error) ||
          !read_string (r, column, "name", TRUE, &column_name, error) ||
          !read_string (r, column, "type", TRUE, &type, error))
        return NULL;
      if (*column_name == '\0' || g_ptr_array_find_with_equal_func (names, column_name, g_str_equal, NULL))
        return fail (r, error, PDZ_ERROR_INVALID_VALUE, "the name of a column must be set and not repeated"),
               NULL;
      if (strcmp (type, "string") == 0)
        spec.type = G_TYPE_STRING;
      else if (strcmp (type, "integer") == 0)
        spec.type = G_TYPE_INT64;
      else if (strcmp (type, "number") == 0)
        spec.type = G_TYPE_DOUBLE;
      else
        {
          g_autofree char *quoted = _pdz_text_quote (type, -1, 0, PDZ_QUOTE_JSON);

          return fail (r, error, PDZ_ERROR_INVALID_VALUE,
                       "unknown column type \"%s\" (expected string, integer, number)", quoted), NULL;
        }
      if (c == 0 && spec.type != G_TYPE_STRING)
        return fail (r, error, PDZ_ERROR_INVALID_VALUE, "the first column, the key, must be a string"), NULL;
      spec.name = column_name;
      g_ptr_array_add (names, (gpointer) column_name);
      g_array_append_val (specs, spec);
      _pdz_pointer_pop (r->path, old_column);
    }
  _pdz_pointer_pop (r->path, old);
  g_ptr_array_add (names, NULL);

  table = _pdz_stats_table_new (name, (PdzStatsColumnSpec *) (gpointer) specs->data, specs->len);
  old = _pdz_pointer_push_member (r->path, "rows");
  member = json_object_get_member (obj, "rows");
  if (!expect_array (r, member, &rows, error))
    return NULL;
  for (guint i = 0, n = json_array_get_length (rows); i < n; i++)
    {
      gsize old_row = _pdz_pointer_push_index (r->path, i);
      PdzStatsRow *row;
      JsonObject *row_obj = NULL;

      if (!expect_object (r, json_array_get_element (rows, i), &row_obj, error) ||
          !check_members (r, row_obj, (const char * const *) names->pdata, error))
        return NULL;
      for (guint c = 0; c < specs->len; c++)
        if (!json_object_has_member (row_obj, names->pdata[c]))
          {
            g_autofree char *quoted = _pdz_text_quote (names->pdata[c], -1, 0, PDZ_QUOTE_JSON);

            return fail (r, error, PDZ_ERROR_INVALID_VALUE, "missing required member \"%s\"", quoted), NULL;
          }
      row = _pdz_stats_table_append (table, "");
      for (guint c = 0; c < specs->len; c++)
        {
          gsize old_value = _pdz_pointer_push_member (r->path, names->pdata[c]);
          gboolean ok = read_row_value (r, row, c, g_array_index (specs, PdzStatsColumnSpec, c).type,
                                        json_object_get_member (row_obj, names->pdata[c]), error);

          _pdz_pointer_pop (r->path, old_value);
          if (!ok)
            return NULL;
        }
      _pdz_pointer_pop (r->path, old_row);
    }
  _pdz_pointer_pop (r->path, old);
  return g_steal_pointer (&table);
}

static gboolean
read_summary (Reader      *r,
              PdzDiff     *diff,
              JsonNode    *node,
              GError     **error)
{
  JsonObject *obj = NULL;

  if (!expect_object (r, node, &obj, error) ||
      !check_members (r, obj, _pdz_diff_table_names, error))
    return FALSE;
  for (guint t = 0; _pdz_diff_table_names[t] != NULL; t++)
    {
      const char *name = _pdz_diff_table_names[t];
      PdzStatsTable *table;
      gsize old;

      if (!json_object_has_member (obj, name))
        return fail (r, error, PDZ_ERROR_INVALID_VALUE, "missing required member \"%s\"", name);
      old = _pdz_pointer_push_member (r->path, name);
      table = read_table (r, name, json_object_get_member (obj, name), error);
      _pdz_pointer_pop (r->path, old);
      if (table == NULL)
        return FALSE;
      g_hash_table_insert (diff->tables, g_strdup (name), table);
    }
  return TRUE;
}

/* --- Reading: the whole ----------------------------------------------------------------- */

static gboolean
check_header (JsonObject  *root,
              GError     **error)
{
  JsonNode *format = json_object_get_member (root, "format");
  JsonNode *version = json_object_get_member (root, "version");
  gint64 number;

  if (format == NULL)
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT,
                   "/: missing member \"format\": not a diff file "
                   "(a diff starts with \"format\": \"pdz-diff\")");
      return FALSE;
    }
  if (!node_is_string (format) || strcmp (json_node_get_string (format), "pdz-diff") != 0)
    {
      if (node_is_string (format))
        {
          g_autofree char *quoted = _pdz_text_quote (json_node_get_string (format), -1, 0, PDZ_QUOTE_JSON);

          g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT,
                       "/format: unknown format \"%s\": not a diff file (expected \"pdz-diff\")",
                       quoted);
        }
      else
        g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT, "/format: expected the string \"pdz-diff\", got %s",
                     describe_node (format));
      return FALSE;
    }
  if (version == NULL)
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT,
                   "/: missing member \"version\" (this version of libpdz reads version %d)",
                   PDZ_DIFF_FORMAT_VERSION);
      return FALSE;
    }
  if (!node_get_integer (version, &number) || number != PDZ_DIFF_FORMAT_VERSION)
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT,
                   "/version: unsupported version (this version of libpdz reads version %d)",
                   PDZ_DIFF_FORMAT_VERSION);
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_document (Reader    *r,
               PdzDiff   *diff,
               JsonNode  *root_node,
               GError   **error)
{
  static const char * const members[] = {
    "format", "version", "language", "old", "new", "changes", "summary", NULL
  };
  JsonObject *root = NULL;
  JsonArray *changes = NULL;
  const char *language;
  gsize old;

  if (!JSON_NODE_HOLDS_OBJECT (root_node))
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT, "/: expected an object, got %s: not a diff file",
                   describe_node (root_node));
      return FALSE;
    }
  root = json_node_get_object (root_node);
  if (!check_header (root, error) || !check_members (r, root, members, error))
    return FALSE;

  if (!read_string (r, root, "language", FALSE, &language, error))
    return FALSE;
  if (language != NULL && !_pdz_language_is_supported (language))
    {
      g_autofree char *quoted = _pdz_text_quote (language, -1, 0, PDZ_QUOTE_JSON);

      old = _pdz_pointer_push_member (r->path, "language");
      fail (r, error, PDZ_ERROR_INVALID_VALUE, "unsupported language \"%s\" (expected it, en)", quoted);
      _pdz_pointer_pop (r->path, old);
      return FALSE;
    }
  diff->language = g_strdup (language != NULL ? _pdz_language_lookup (language) : "it");

  if (!read_round (r, root, "old", &diff->old_round, error) ||
      !read_round (r, root, "new", &diff->new_round, error))
    return FALSE;

  if (!json_object_has_member (root, "changes"))
    return fail (r, error, PDZ_ERROR_INVALID_VALUE, "missing required member \"changes\"");
  old = _pdz_pointer_push_member (r->path, "changes");
  if (!expect_array (r, json_object_get_member (root, "changes"), &changes, error))
    return FALSE;
  if (json_array_get_length (changes) > _pdz_json_max_entities)
    return fail (r, error, PDZ_ERROR_UNSUPPORTED, "more than %u changes, the most a diff may hold",
                 _pdz_json_max_entities);
  for (guint i = 0, n = json_array_get_length (changes); i < n; i++)
    {
      gsize old_change = _pdz_pointer_push_index (r->path, i);
      PdzChange *change = read_change (r, json_array_get_element (changes, i), diff->language, error);

      if (change == NULL)
        return FALSE;
      g_list_store_append (diff->changes, change);
      g_object_unref (change);
      _pdz_pointer_pop (r->path, old_change);
    }
  _pdz_pointer_pop (r->path, old);

  if (!json_object_has_member (root, "summary"))
    return fail (r, error, PDZ_ERROR_INVALID_VALUE, "missing required member \"summary\"");
  old = _pdz_pointer_push_member (r->path, "summary");
  if (!read_summary (r, diff, json_object_get_member (root, "summary"), error))
    return FALSE;
  _pdz_pointer_pop (r->path, old);
  return TRUE;
}

gboolean
_pdz_diff_read (PdzDiff     *diff,
                const char  *data,
                gsize        length,
                GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  Reader r;
  gboolean ok;

  root = _pdz_json_parse_document (data, length, NULL, error);
  if (root == NULL)
    return FALSE;

  r.path = g_string_new (NULL);
  ok = read_document (&r, diff, root, error);
  g_string_free (r.path, TRUE);
  return ok;
}
