/* pdz-json-emit.c: the emitter of the canonical form of the plan format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The canonical form of doc/format.md is emitted by hand rather than
 * through JsonGenerator, whose layout differs: two-space indentation, one
 * member or item per line, a space after the colon, strings with only '"',
 * '\' and control characters escaped, numbers in their shortest exact form.
 * These are the primitives: scopes (open objects and arrays), strings,
 * numbers, arbitrary JsonNode trees (the values of "x-" members), and
 * members of the kinds the format has. pdz-json-writer.c writes the model
 * with them; the statistics tables their JSON text; see
 * pdz-json-emit-private.h. Nothing here knows the plan format.
 */

#include "pdz-json-emit-private.h"
#include "pdz-util-private.h"

#include <math.h>
#include <string.h>

/* --- Scopes --- */

static void
indent (GString *s,
        guint    level)
{
  for (guint i = 0; i < level; i++)
    g_string_append (s, "  ");
}

void
_pdz_json_scope_begin (PdzJsonScope *scope,
                       GString      *s,
                       guint         level,
                       char          bracket)
{
  scope->s = s;
  scope->level = level;
  scope->empty = TRUE;
  g_string_append_c (s, bracket);
}

void
_pdz_json_scope_item (PdzJsonScope *scope)
{
  if (!scope->empty)
    g_string_append_c (scope->s, ',');
  g_string_append_c (scope->s, '\n');
  indent (scope->s, scope->level + 1);
  scope->empty = FALSE;
}

void
_pdz_json_scope_end (PdzJsonScope *scope,
                     char          bracket)
{
  if (!scope->empty)
    {
      g_string_append_c (scope->s, '\n');
      indent (scope->s, scope->level);
    }
  g_string_append_c (scope->s, bracket);
}

void
_pdz_json_scope_begin_nested (PdzJsonScope *inner,
                              PdzJsonScope *outer,
                              char          bracket)
{
  _pdz_json_scope_begin (inner, outer->s, outer->level + 1, bracket);
}

/* Only '"', '\' and control characters are escaped. */
void
_pdz_json_append_string (GString    *s,
                         const char *text)
{
  const char *run = text;
  const char *p;

  g_string_append_c (s, '"');
  for (p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      const char *escape;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      g_string_append_len (s, run, p - run);
      run = p + 1;
      switch (c)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\n': escape = "\\n"; break;
        case '\t': escape = "\\t"; break;
        case '\r': escape = "\\r"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        default:
          g_string_append_printf (s, "\\u%04x", c);
          continue;
        }
      g_string_append (s, escape);
    }
  g_string_append_len (s, run, p - run);
  g_string_append_c (s, '"');
}

/* "1e+20" -> "1e20", "1e-07" -> "1e-7" */
static void
normalize_exponent (char *text)
{
  char *e = strchr (text, 'e');
  char *digits, *first;

  if (e == NULL)
    return;
  digits = e + 1;
  if (*digits == '+')
    memmove (digits, digits + 1, strlen (digits + 1) + 1);
  else if (*digits == '-')
    digits++;
  first = digits;
  while (*first == '0' && first[1] != '\0')
    first++;
  if (first != digits)
    memmove (digits, first, strlen (first) + 1);
}

/* The shortest "%.Ng" form, N from 1 to 17, that reads back to @value
 * (17 significant digits always do). A value with no fraction comes out as
 * an integer ("3"), which reads back as the same number; so a negative zero
 * is written "0", since "-0" would read back as the integer 0 and be
 * written "0" the next time. JSON has no spelling for infinities and NaN:
 * they are written as null, which the reader refuses where a number is
 * expected, and which the model and _pdz_json_validate_plan() refuse before
 * a save. */
void
_pdz_json_append_double (GString *s,
                         double   value)
{
  static const char * const formats[] = {
    "%.1g", "%.2g", "%.3g", "%.4g", "%.5g", "%.6g", "%.7g", "%.8g", "%.9g",
    "%.10g", "%.11g", "%.12g", "%.13g", "%.14g", "%.15g", "%.16g", "%.17g",
  };
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      g_string_append (s, "null");
      return;
    }
  if (value == 0.0)
    {
      g_string_append_c (s, '0');
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buf, sizeof buf, formats[i], value);
      normalize_exponent (buf);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  g_string_append (s, buf);
}

static void
append_object (GString    *s,
               JsonObject *object,
               guint       level)
{
  GList *names = json_object_get_members (object);
  PdzJsonScope scope;

  _pdz_json_scope_begin (&scope, s, level, '{');
  for (GList *l = names; l != NULL; l = l->next)
    {
      _pdz_json_scope_item (&scope);
      _pdz_json_append_string (s, l->data);
      g_string_append (s, ": ");
      _pdz_json_append_node (s, json_object_get_member (object, l->data), level + 1);
    }
  _pdz_json_scope_end (&scope, '}');
  g_list_free (names);
}

void
_pdz_json_append_node (GString  *s,
                       JsonNode *node,
                       guint     level)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      append_object (s, json_node_get_object (node), level);
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);
        PdzJsonScope scope;

        _pdz_json_scope_begin (&scope, s, level, '[');
        for (guint i = 0; i < n; i++)
          {
            _pdz_json_scope_item (&scope);
            _pdz_json_append_node (s, json_array_get_element (array, i), level + 1);
          }
        _pdz_json_scope_end (&scope, ']');
      }
      break;

    case JSON_NODE_NULL:
      g_string_append (s, "null");
      break;

    case JSON_NODE_VALUE:
    default:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_STRING)
          _pdz_json_append_string (s, json_node_get_string (node));
        else if (type == G_TYPE_BOOLEAN)
          g_string_append (s, json_node_get_boolean (node) ? "true" : "false");
        else if (type == G_TYPE_INT64)
          g_string_append_printf (s, "%" G_GINT64_FORMAT, json_node_get_int (node));
        else if (type == G_TYPE_DOUBLE)
          _pdz_json_append_double (s, json_node_get_double (node));
        else
          g_string_append (s, "null");
      }
      break;
    }
}

static void
append_compact (GString  *s,
                JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        GList *names = json_object_get_members (object);

        g_string_append_c (s, '{');
        for (GList *l = names; l != NULL; l = l->next)
          {
            if (l != names)
              g_string_append_c (s, ',');
            _pdz_json_append_string (s, l->data);
            g_string_append_c (s, ':');
            append_compact (s, json_object_get_member (object, l->data));
          }
        g_string_append_c (s, '}');
        g_list_free (names);
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        g_string_append_c (s, '[');
        for (guint i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append_c (s, ',');
            append_compact (s, json_array_get_element (array, i));
          }
        g_string_append_c (s, ']');
      }
      break;

    default:
      /* scalars are written alike */
      _pdz_json_append_node (s, node, 0);
      break;
    }
}

char *
_pdz_json_to_compact (JsonNode *node)
{
  GString *s = g_string_new (NULL);

  append_compact (s, node);
  return g_string_free (s, FALSE);
}

/* --- Members --- */

void
_pdz_json_member (PdzJsonScope *scope,
                  const char   *name)
{
  _pdz_json_scope_item (scope);
  _pdz_json_append_string (scope->s, name);
  g_string_append (scope->s, ": ");
}

void
_pdz_json_member_string (PdzJsonScope *scope,
                         const char   *name,
                         const char   *value)
{
  if (value == NULL)
    return;
  _pdz_json_member (scope, name);
  _pdz_json_append_string (scope->s, value);
}

void
_pdz_json_member_begin (PdzJsonScope *scope,
                        const char   *name,
                        PdzJsonScope *value,
                        char          bracket)
{
  _pdz_json_member (scope, name);
  _pdz_json_scope_begin_nested (value, scope, bracket);
}

/* A required string is written even when unset, so the file stays readable. */
void
_pdz_json_member_required_string (PdzJsonScope *scope,
                                  const char   *name,
                                  const char   *value)
{
  _pdz_json_member (scope, name);
  _pdz_json_append_string (scope->s, value != NULL ? value : "");
}

void
_pdz_json_member_date (PdzJsonScope  *scope,
                       const char    *name,
                       const PdzDate *date)
{
  g_autofree char *text = NULL;

  if (date == NULL)
    return;
  text = pdz_date_to_string (date);
  _pdz_json_member (scope, name);
  _pdz_json_append_string (scope->s, text);
}

void
_pdz_json_member_enum (PdzJsonScope *scope,
                       const char   *name,
                       GType         type,
                       int           value)
{
  const char *nick = _pdz_enum_to_nick (type, value);

  _pdz_json_member (scope, name);
  _pdz_json_append_string (scope->s, nick != NULL ? nick : "");
}

/* Optional enumerations are left out at their default value. */
void
_pdz_json_member_enum_optional (PdzJsonScope *scope,
                                const char   *name,
                                GType         type,
                                int           value,
                                int           default_value)
{
  if (value != default_value)
    _pdz_json_member_enum (scope, name, type, value);
}

void
_pdz_json_member_strv (PdzJsonScope       *scope,
                       const char         *name,
                       const char * const *strv)
{
  PdzJsonScope array;

  if (strv == NULL || strv[0] == NULL)
    return;
  _pdz_json_member_begin (scope, name, &array, '[');
  for (guint i = 0; strv[i] != NULL; i++)
    {
      _pdz_json_scope_item (&array);
      _pdz_json_append_string (scope->s, strv[i]);
    }
  _pdz_json_scope_end (&array, ']');
}
