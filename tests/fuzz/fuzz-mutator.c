/* fuzz-mutator.c: a structure-aware mutator for the JSON the library reads
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * libFuzzer's own mutations flip bytes: on a plan of 25 kB, nearly every
 * one breaks the JSON or the header, and the few that do not rarely reach a
 * report writer with a value worth trying. This mutator parses the input
 * with json-glib, changes a few values deep in the tree, and writes it
 * back:
 *
 * - a number becomes an extreme one, written as raw text: 1e19, -0,
 *   9223372036854775808, 1e309, 4.9e-324, ...;
 * - a string becomes hostile text (control characters, bidirectional
 *   overrides, a title of 5000 characters, markup, formula prefixes such as
 *   "=1+1" behind invisible characters, JSON escapes of NUL or lone
 *   surrogates); a date an edge date; an enumeration another nick; an id or
 *   a reference another id of the document (a duplicate, a dangling one);
 *   or libFuzzer mutates its bytes, dictionary included;
 * - an array loses, repeats (many times) or gains an element, copied from
 *   anywhere in the document; an object loses a member or gains one (x-
 *   members, unknown ones, members of other kinds);
 * - any value changes type, or is wrapped in nested arrays and objects
 *   down to past the reader's depth limit.
 *
 * Inputs of several parts (FUZZ_PART_SEPARATOR) have one part mutated, or
 * parts repeated, dropped or swapped. Anything that is not JSON, and a
 * share of the inputs at random, go to LLVMFuzzerMutate().
 */

#include "fuzz-common.h"

#include <string.h>

#include <json-glib/json-glib.h>

/* Past this nesting, json-glib's recursive parser and generator are not
 * given the input (the library's own limit is PDZ_JSON_MAX_DEPTH, 64). */
#define MAX_PARSE_DEPTH 256

/* A value of the document, and where it is: json-glib 1.6 cannot change a
 * node's type in place safely (json_node_init() on a value node keeps a
 * pointer to the value it frees), so a value that changes type is replaced
 * in its parent. */
typedef struct
{
  JsonNode *node;            /* (unowned) */
  JsonNode *parent;          /* (unowned) (nullable): NULL for the root */
  const char *member;        /* (unowned) (nullable): the member it is, or the array is */
  guint index;               /* its index in an array parent */
} Site;

typedef struct
{
  GRand *rand;               /* (owned) */
  GArray *sites;             /* (owned) (element-type Site) */
  GPtrArray *ids;            /* (owned) (element-type utf8): values of "id" */
  GPtrArray *words;          /* (owned) (element-type utf8): enumeration-like values */
  GPtrArray *raw;            /* (owned) (element-type utf8): raw tokens, by placeholder index */
} Mutation;

/* Tokens that json-glib cannot hold as values: written as they are. */
static const char * const raw_numbers[] = {
  "0", "-0", "-0.0", "0e0", "-1", "1", "2", "1e19", "-1e19", "1e18", "1E+2", "0.5", "1.5e2",
  "9223372036854775807", "9223372036854775808", "-9223372036854775808",
  "-9223372036854775809", "18446744073709551615", "18446744073709551616",
  "92233720368547758070", "2147483647", "2147483648", "-2147483649", "4294967296",
  "1e308", "1e309", "-1e309", "4.9e-324", "1e-400", "0.1", "0.01", "0.001", "0.125",
  "123456789012345678901234567890", "1.0", "100.00", "12345678901234567890e-10",
  "9007199254740993", "3.0e0",
};

static const char * const raw_strings[] = {
  "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\ud83d\\ude00\"",
  "\"\\u202e\\u2066\"", "\"\\ufeff=1+1\"", "\"\\u001b[31m\"", "\"\\/\"", "\"\\uFFFF\"",
};

static const char * const hostile_texts[] = {
  "", " ", "\t", "\n", "\r\n", "\x01\x02\x1f\x7f", "\x1b]0;PWNED\x07", "\x1b[31mred\x1b[0m",
  "\u202eevil\u202c", "\u2066isolate\u2069", "\u200e\u200f\u061c", "\u2028\u2029",
  "\u00a0", "\u200b", "\ufeff", "\ufffd", "\xc2\x85", "\xf4\x8f\xbf\xbf", "\xef\xbf\xbf",
  "<fuzz-markup onload=x>", "</fuzz-markup>", "<script>alert(1)</script>", "&amp;", "&#0;",
  "&lt;", "]]>", "<!--", "<![CDATA[", "\"'", "`", "\\", "\\\\n", "$x$", "{{x}}", "%s%n%x",
  "# heading", "a) list", "1. list", "1) list", "- list", "+ list", "* list", "> quote",
  "| a | b |", "---", "***", "[link](javascript:alert(1))", "![img](x)", "<http://x>",
  "~~~", "```", ": def", "=", "==", "=1+1", "+1", "-1", "@SUM(A1)", " =1+1", "\n=1+1",
  "\t=1+1", "\r=1+1", "\u00a0=1+1", "\u200b=1+1", "\ufeff=1+1", "\uff1d1+1", "\uff0b1",
  "\uff0d1", "\uff201", "'=1+1", "=HYPERLINK(\"http://x\")", "=cmd|' /C calc'!A0",
  ",", ";", "\"", "\"\"", "a,b;c\"d\ne", "€ 1.250,00", "Libertà", "ÀÉÎÕÜ", "日本語",
  "😀", "e\u0301", "ﬁ", "İ", "ß", "Ⅻ", "\xcc\x81", "javascript:x", "data:text/html,x",
  "http://", "https://example.org/\"><fuzz-markup>", "mailto:a@b", "file:///etc/passwd",
  "../../../etc/passwd", "C:\\con", "/dev/zero", "x-", "nope", "NaN", "Infinity", "null",
  "true", "0", "-0", "1e19", "00", "0x10",
};

static const char * const edge_dates[] = {
  "1000", "0999", "9999", "10000", "0000", "2023", "1000-01", "9999-12", "2023-00",
  "2023-13", "2023-1", "2023-12", "1000-01-01", "9999-12-31", "2024-02-29", "2023-02-29",
  "2100-02-29", "2000-02-29", "2023-04-31", "2023-12-32", "2023-00-10", "2023-01-00",
  "2023-1-1", " 2023", "2023 ", "2023-11-24T00:00:00Z", "2023/11/24", "24/11/2023",
  "novembre 2023", "+2023", "-2023", "２０２３", "", "2021", "2022-12", "2023-10-31",
};

/* Member names: the format's, extensions, unknown ones. */
static const char * const member_names[] = {
  "x-fuzz", "x-", "x-note", "x-id", "webiste", "id", "title", "description", "status",
  "origin", "date", "end-date", "milestones", "partners", "projects", "fundings", "links",
  "actions", "objectives", "macroareas", "indicators", "measurements", "partner", "role",
  "kind", "macroarea", "lead", "scope", "start", "end", "amount", "source", "value",
  "target", "baseline", "unit", "extra", "format", "version", "language", "monitoring",
  "code", "interventions", "municipalities", "lead-municipality", "contacts", "name",
  "short-name", "website", "note", "changes", "old", "new", "path", "op",
};

static const char * const date_members[] = {
  "date", "end-date", "start", "end", "from", "to", NULL,
};

static const char * const reference_members[] = {
  "id", "partner", "macroarea", "lead", "lead-municipality", "objectives", "projects",
  "municipalities", "objective", "project", "action", NULL,
};

static const char * const enum_members[] = {
  "status", "origin", "role", "scope", "kind", "precision", "language", "format", "op",
  "change", NULL,
};

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

static gboolean
in_list (const char * const *list,
         const char         *name)
{
  return name != NULL && g_strv_contains (list, name);
}

/* --- Reading the document ------------------------------------------------ */

/* Deeper than @limit, outside strings? (json-glib would recurse that deep) */
static gboolean
too_deep (const uint8_t *data,
          size_t         size,
          guint          limit)
{
  guint depth = 0;
  gboolean in_string = FALSE;

  for (size_t i = 0; i < size; i++)
    {
      if (in_string)
        {
          if (data[i] == '\\')
            i++;
          else if (data[i] == '"')
            in_string = FALSE;
        }
      else if (data[i] == '"')
        in_string = TRUE;
      else if (data[i] == '[' || data[i] == '{')
        {
          if (++depth > limit)
            return TRUE;
        }
      else if ((data[i] == ']' || data[i] == '}') && depth > 0)
        depth--;
    }
  return FALSE;
}

static gboolean
is_word (const char *text)
{
  gsize n = strlen (text);

  if (n == 0 || n > 40)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_islower (text[i]) && text[i] != '-')
      return FALSE;
  return TRUE;
}

static void
collect (Mutation   *m,
         JsonNode   *node,
         JsonNode   *parent,
         const char *member,
         guint       index)
{
  Site site = { node, parent, member, index };

  g_array_append_val (m->sites, site);

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *child;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, &name, &child))
          collect (m, child, node, name, 0);
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          collect (m, json_array_get_element (array, i), node, member, i);
      }
      break;

    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        {
          const char *text = json_node_get_string (node);

          if (g_strcmp0 (member, "id") == 0)
            g_ptr_array_add (m->ids, (gpointer) text);
          else if (is_word (text))
            g_ptr_array_add (m->words, (gpointer) text);
        }
      break;

    case JSON_NODE_NULL:
    default:
      break;
    }
}

/* The nicks of the library's enumerations, once. */
static GPtrArray *
enum_nicks (void)
{
  static GPtrArray *nicks;

  if (nicks == NULL)
    {
      GType types[] = {
        PDZ_TYPE_STATUS, PDZ_TYPE_ORIGIN, PDZ_TYPE_DATE_PRECISION, PDZ_TYPE_PARTNER_KIND,
        PDZ_TYPE_ROLE, PDZ_TYPE_SCOPE, PDZ_TYPE_FUNDING_STATUS, PDZ_TYPE_OBJECTIVE_KIND,
        PDZ_TYPE_ENTITY_KIND, PDZ_TYPE_SEVERITY,
      };
      static const char * const extra[] = {
        "unknown", "health-agency", "not-stated", "extra", "planned", "PLANNED",
        "in_progress", "in-progress ", "pdz", "pdz-diff", "it", "en", "de", "",
      };

      nicks = g_ptr_array_new ();
      for (guint i = 0; i < G_N_ELEMENTS (types); i++)
        {
          GEnumClass *klass = g_type_class_ref (types[i]);

          for (guint v = 0; v < klass->n_values; v++)
            g_ptr_array_add (nicks, (gpointer) klass->values[v].value_nick);
          /* kept: the nicks stay valid */
        }
      for (guint i = 0; i < G_N_ELEMENTS (extra); i++)
        g_ptr_array_add (nicks, (gpointer) extra[i]);
    }
  return nicks;
}

/* --- Changing it --------------------------------------------------------- */

/* A deep copy: json_node_copy() shares objects and arrays, and a node put
 * inside a copy of itself would make a cycle. */
static JsonNode *
deep_copy (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *copy = json_object_new ();
        JsonObjectIter iter;
        const char *name;
        JsonNode *child;
        JsonNode *result = json_node_new (JSON_NODE_OBJECT);

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, &name, &child))
          json_object_set_member (copy, name, deep_copy (child));
        json_node_take_object (result, copy);
        return result;
      }

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        JsonArray *copy = json_array_sized_new (json_array_get_length (array));
        JsonNode *result = json_node_new (JSON_NODE_ARRAY);

        for (guint i = 0; i < json_array_get_length (array); i++)
          json_array_add_element (copy, deep_copy (json_array_get_element (array, i)));
        json_node_take_array (result, copy);
        return result;
      }

    case JSON_NODE_VALUE:
    case JSON_NODE_NULL:
    default:
      return json_node_copy (node);
    }
}

/* Puts @replacement (owned) in the place of @site's node. */
static void
replace (Site     *site,
         JsonNode *replacement)
{
  if (JSON_NODE_HOLDS_OBJECT (site->parent))
    json_object_set_member (json_node_get_object (site->parent), site->member, replacement);
  else
    {
      JsonArray *array = json_node_get_array (site->parent);
      guint n = json_array_get_length (array);
      g_autoptr(JsonArray) copy = json_array_sized_new (n);

      for (guint i = 0; i < n; i++)
        json_array_add_element (copy, i == site->index ? replacement
                                                       : json_node_ref (json_array_get_element (array, i)));
      json_node_set_array (site->parent, copy);
    }
  site->node = replacement;
}

static JsonNode *
string_node (const char *text)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (node, text);
  return node;
}

/* A node that stands for @token, written as it is (see write_document()). */
static JsonNode *
raw_node (Mutation   *m,
          const char *token)
{
  g_autofree char *placeholder = g_strdup_printf ("@@fuzz-raw-%u@@", m->raw->len);

  g_ptr_array_add (m->raw, g_strdup (token));
  return string_node (placeholder);
}

static char *
long_text (GRand *rand)
{
  static const char * const units[] = { "Azione ", "é", "€", "\u202e", "a", "<b>", "😀" };
  const char *unit = PICK (rand, units);
  guint n = g_rand_boolean (rand) ? 5000 : g_rand_int_range (rand, 100, 40000);
  GString *text = g_string_sized_new (n * strlen (unit));

  for (guint i = 0; i < n; i++)
    g_string_append (text, unit);
  return g_string_free (text, FALSE);
}

/* libFuzzer's mutation of a string's bytes (its dictionary included),
 * made valid UTF-8 again. */
static char *
mutate_bytes (GRand      *rand,
              const char *text)
{
  gsize length = strlen (text);
  gsize capacity = length + 64 + g_rand_int_range (rand, 0, 64);
  g_autofree uint8_t *buffer = g_malloc0 (capacity);
  size_t n;

  memcpy (buffer, text, length);
  n = LLVMFuzzerMutate (buffer, length, capacity);
  return g_utf8_make_valid ((const char *) buffer, (gssize) MIN (n, capacity));
}

static char *
hostile_string (Mutation   *m,
                const char *text)
{
  GRand *rand = m->rand;
  const char *hostile = PICK (rand, hostile_texts);

  switch (g_rand_int_range (rand, 0, 6))
    {
    case 0:
      return long_text (rand);
    case 1:
      return g_strconcat (hostile, text, NULL);
    case 2:
      return g_strconcat (text, hostile, NULL);
    case 3:
      return mutate_bytes (rand, text);
    default:
      return g_strdup (hostile);
    }
}

static void
mutate_string (Mutation *m,
               Site     *site)
{
  GRand *rand = m->rand;
  JsonNode *node = site->node;
  const char *member = site->member;
  const char *text = json_node_get_string (node);
  g_autofree char *replacement = NULL;
  gboolean date_like = g_regex_match_simple ("^[0-9]{4}(-[0-9]{2}){0,2}$", text, 0, 0);
  guint choice = g_rand_int_range (rand, 0, 10);

  if ((date_like || in_list (date_members, member)) && choice < 6)
    replacement = g_strdup (PICK (rand, edge_dates));
  else if (in_list (reference_members, member) && m->ids->len > 0 && choice < 6)
    {
      /* another entity's id: a duplicate, or a reference to the wrong kind */
      replacement = g_strdup (m->ids->pdata[g_rand_int_range (rand, 0, m->ids->len)]);
    }
  else if (in_list (reference_members, member) && choice < 8)
    replacement = g_strconcat (text, g_rand_boolean (rand) ? "-dangling" : "\u202e", NULL);
  else if ((in_list (enum_members, member) || is_word (text)) && choice < 6)
    {
      GPtrArray *nicks = g_rand_boolean (rand) || m->words->len == 0 ? enum_nicks () : m->words;

      replacement = g_strdup (nicks->pdata[g_rand_int_range (rand, 0, nicks->len)]);
    }
  else if (choice == 9)
    {
      replace (site, raw_node (m, PICK (rand, raw_strings)));
      return;
    }
  else
    replacement = hostile_string (m, text);

  json_node_set_string (node, replacement);
}

static JsonNode *
random_value (Mutation *m)
{
  GRand *rand = m->rand;
  JsonNode *node;

  switch (g_rand_int_range (rand, 0, 8))
    {
    case 0:
      return json_node_new (JSON_NODE_NULL);
    case 1:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_boolean (node, g_rand_boolean (rand));
      return node;
    case 2:
      return raw_node (m, PICK (rand, raw_numbers));
    case 3:
      node = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (node, json_object_new ());
      return node;
    case 4:
      node = json_node_new (JSON_NODE_ARRAY);
      json_node_take_array (node, json_array_new ());
      return node;
    case 5:
      if (m->sites->len > 0)
        return deep_copy (g_array_index (m->sites, Site, g_rand_int_range (rand, 0, m->sites->len)).node);
      G_GNUC_FALLTHROUGH;
    default:
      {
        g_autofree char *text = hostile_string (m, "");

        return string_node (text);
      }
    }
}

/* Puts @site's node @depth levels down in arrays or x- objects. */
static void
wrap (Mutation *m,
      Site     *site,
      guint     depth)
{
  JsonNode *inner = deep_copy (site->node);
  gboolean objects = g_rand_boolean (m->rand);

  for (guint i = 0; i < depth; i++)
    {
      JsonNode *outer = json_node_new (objects ? JSON_NODE_OBJECT : JSON_NODE_ARRAY);

      if (objects)
        {
          JsonObject *object = json_object_new ();

          json_object_set_member (object, "x-deep", inner);
          json_node_take_object (outer, object);
        }
      else
        {
          JsonArray *array = json_array_new ();

          json_array_add_element (array, inner);
          json_node_take_array (outer, array);
        }
      inner = outer;
    }
  replace (site, inner);
}

static void
mutate_object (Mutation *m,
               JsonNode *node)
{
  GRand *rand = m->rand;
  JsonObject *object = json_node_get_object (node);
  g_autoptr(GList) names = json_object_get_members (object);
  guint n = g_list_length (names);

  if (n > 0 && g_rand_boolean (rand))
    {
      /* one member less (the name belongs to the object: copied first) */
      g_autofree char *name = g_strdup (g_list_nth_data (names, g_rand_int_range (rand, 0, n)));

      json_object_remove_member (object, name);
    }
  else
    {
      /* a member more, or one replaced */
      const char *name = PICK (rand, member_names);
      g_autofree char *unique = NULL;

      if (g_str_has_prefix (name, "x-") && g_rand_boolean (rand))
        name = unique = g_strdup_printf ("x-fuzz-%u", g_rand_int (rand));
      json_object_set_member (object, name, random_value (m));
    }
}

static void
mutate_array (Mutation *m,
              JsonNode *node)
{
  GRand *rand = m->rand;
  JsonArray *array = json_node_get_array (node);
  guint n = json_array_get_length (array);
  guint choice = g_rand_int_range (rand, 0, 6);

  if (n > 0 && choice == 0)
    json_array_remove_element (array, g_rand_int_range (rand, 0, n));
  else if (n > 0 && choice <= 2)
    {
      /* repeated: duplicate ids, many entities */
      JsonNode *element = json_array_get_element (array, g_rand_int_range (rand, 0, n));
      guint copies = choice == 1 ? 1 : g_rand_int_range (rand, 2, 200);

      for (guint i = 0; i < copies; i++)
        json_array_add_element (array, deep_copy (element));
    }
  else if (n > 0 && choice == 3)
    {
      /* reversed */
      g_autoptr(JsonArray) reversed = json_array_sized_new (n);

      for (guint i = n; i > 0; i--)
        json_array_add_element (reversed, json_node_ref (json_array_get_element (array, i - 1)));
      json_node_set_array (node, reversed);
    }
  else
    json_array_add_element (array, random_value (m));
}

static void
mutate_site (Mutation *m,
             Site     *site)
{
  GRand *rand = m->rand;
  JsonNode *node = site->node;
  guint choice = g_rand_int_range (rand, 0, 20);

  /* A raw token of an earlier round stays as it is. */
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
      g_str_has_prefix (json_node_get_string (node), "@@fuzz-raw-"))
    return;

  if (choice == 0)
    {
      wrap (m, site, g_rand_boolean (rand) ? g_rand_int_range (rand, 1, 8)
                                           : g_rand_int_range (rand, 55, 75));
      return;
    }
  if (choice == 1)
    {
      /* another type, or a copy of another value */
      replace (site, random_value (m));
      return;
    }

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      mutate_object (m, node);
      break;
    case JSON_NODE_ARRAY:
      mutate_array (m, node);
      break;
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        mutate_string (m, site);
      else if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
        json_node_set_boolean (node, !json_node_get_boolean (node));
      else
        replace (site, raw_node (m, PICK (rand, raw_numbers)));
      break;
    case JSON_NODE_NULL:
    default:
      replace (site, string_node (PICK (rand, hostile_texts)));
      break;
    }
}

/* The document as text, raw tokens in place of their placeholders. */
static GString *
write_document (Mutation *m,
                JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  GString *out;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, g_rand_int_range (m->rand, 0, 4) != 0);
  text = json_generator_to_data (generator, NULL);
  out = g_string_new (text);
  for (guint i = 0; i < m->raw->len; i++)
    {
      g_autofree char *placeholder = g_strdup_printf ("\"@@fuzz-raw-%u@@\"", i);

      g_string_replace (out, placeholder, m->raw->pdata[i], 1);
    }
  if (g_rand_int_range (m->rand, 0, 4) != 0)
    g_string_append_c (out, '\n');
  return out;
}

/* The kinds of value a mutation is aimed at, each as likely: in a plan,
 * strings outnumber numbers by far, and a number deep in an indicator is
 * as worth trying as a title. */
static gboolean
is_kind (JsonNode *node,
         guint     kind)
{
  switch (kind)
    {
    case 0:
      return JSON_NODE_HOLDS_OBJECT (node);
    case 1:
      return JSON_NODE_HOLDS_ARRAY (node);
    case 2:
      return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
    default:
      return !JSON_NODE_HOLDS_OBJECT (node) && !JSON_NODE_HOLDS_ARRAY (node) &&
             !(JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING);
    }
}

/* A site other than the root, of a kind chosen first. */
static Site *
pick_site (Mutation *m)
{
  guint kind = g_rand_int_range (m->rand, 0, 4);
  guint n = 0;
  guint chosen;

  for (guint i = 1; i < m->sites->len; i++)
    if (is_kind (g_array_index (m->sites, Site, i).node, kind))
      n++;
  if (n == 0)
    return &g_array_index (m->sites, Site, g_rand_int_range (m->rand, 1, m->sites->len));

  chosen = g_rand_int_range (m->rand, 0, n);
  for (guint i = 1;; i++)
    if (is_kind (g_array_index (m->sites, Site, i).node, kind) && chosen-- == 0)
      return &g_array_index (m->sites, Site, i);
}

/* Mutates one JSON document; NULL when it is not one. */
static GString *
mutate_document (GRand         *rand,
                 const uint8_t *data,
                 size_t         size)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) root = NULL;
  Mutation m = { rand, NULL, NULL, NULL, NULL };
  guint rounds = g_rand_int_range (rand, 1, 4);
  GString *out;

  if (size == 0 || too_deep (data, size, MAX_PARSE_DEPTH) ||
      !g_utf8_validate ((const char *) data, (gssize) size, NULL) ||
      !json_parser_load_from_data (parser, (const char *) data, (gssize) size, NULL))
    return NULL;
  /* (An input of white space only is JSON without a root.) */
  if (json_parser_get_root (parser) == NULL)
    return NULL;
  root = json_node_ref (json_parser_get_root (parser));

  m.raw = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < rounds; i++)
    {
      m.sites = g_array_new (FALSE, FALSE, sizeof (Site));
      m.ids = g_ptr_array_new ();
      m.words = g_ptr_array_new ();
      collect (&m, root, NULL, NULL, 0);

      /* The root stays an object: only its members change. */
      if (m.sites->len > 1)
        mutate_site (&m, pick_site (&m));
      else if (JSON_NODE_HOLDS_OBJECT (root))
        mutate_object (&m, root);

      g_clear_pointer (&m.sites, g_array_unref);
      g_clear_pointer (&m.ids, g_ptr_array_unref);
      g_clear_pointer (&m.words, g_ptr_array_unref);
    }
  out = write_document (&m, root);
  g_ptr_array_unref (m.raw);
  return out;
}

static GString *
join_parts (GPtrArray *parts)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      gsize length;
      const char *data = g_bytes_get_data (parts->pdata[i], &length);

      if (i > 0)
        g_string_append (out, FUZZ_PART_SEPARATOR);
      g_string_append_len (out, data != NULL ? data : "", (gssize) length);
    }
  return out;
}

/* Mutates @data once; NULL to fall back on libFuzzer's own mutations. */
static GString *
mutate_parts (GRand         *rand,
              const uint8_t *data,
              size_t         size,
              guint          max_parts)
{
  g_autoptr(GPtrArray) parts = fuzz_split_parts (data, size, max_parts);
  guint i = g_rand_int_range (rand, 0, parts->len);
  gsize length;
  const uint8_t *part;
  GString *mutated;

  if (max_parts > 1 && g_rand_int_range (rand, 0, 8) == 0)
    {
      /* the parts themselves: one repeated, dropped, or two swapped */
      guint j = g_rand_int_range (rand, 0, parts->len);

      if (parts->len < max_parts && g_rand_boolean (rand))
        g_ptr_array_insert (parts, (gint) i, g_bytes_ref (parts->pdata[j]));
      else if (parts->len > 1 && g_rand_boolean (rand))
        g_ptr_array_remove_index (parts, i);
      else
        {
          gpointer swap = parts->pdata[i];

          parts->pdata[i] = parts->pdata[j];
          parts->pdata[j] = swap;
        }
      return join_parts (parts);
    }

  part = g_bytes_get_data (parts->pdata[i], &length);
  mutated = mutate_document (rand, part, length);
  if (mutated == NULL)
    return NULL;
  length = mutated->len;
  g_bytes_unref (parts->pdata[i]);
  parts->pdata[i] = g_bytes_new_take (g_string_free (mutated, FALSE), length);
  return join_parts (parts);
}

size_t
fuzz_mutate_json (uint8_t     *data,
                  size_t       size,
                  size_t       max_size,
                  unsigned int seed,
                  guint        max_parts)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  /* A share of byte-level mutations, for the syntax and what the tree
   * cannot say (duplicate members, invalid UTF-8, truncation). */
  if (g_rand_int_range (rand, 0, 4) != 0)
    {
      for (guint attempt = 0; attempt < 3; attempt++)
        {
          g_autoptr(GString) out = mutate_parts (rand, data, size, MAX (max_parts, 1));

          if (out == NULL)
            break;
          if (out->len <= max_size)
            {
              memcpy (data, out->str, out->len);
              return out->len;
            }
        }
    }
  return LLVMFuzzerMutate (data, size, max_size);
}
