/* pdz-json-syntax.c: the strict scanner of a plan document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One pass over the raw bytes: UTF-8, the RFC 8259 grammar, the nesting
 * depth, duplicate member names and numbers that fit, with an exact
 * "LINE:COLUMN:" location for every syntax error. It refuses what
 * json-glib 1.6 would let through (comments, single quotes, hexadecimal
 * numbers, lone surrogates, integers that overflow 64 bits and wrap) and
 * never recurses, so that a deep document cannot overflow the stack.
 *
 * What it scans it records on a tape (pdz-json-syntax-private.h), from
 * which the reader builds the model; the values are decoded only when the
 * reader asks for them.
 *
 * Locations: lines and columns count from 1; a column counts characters
 * (Unicode code points), not bytes, so a tab or an "è" is one column.
 *
 * All state is in a PdzJsonScanner: the scanner is reentrant.
 */

#include "pdz-json-syntax-private.h"

#include "pdz-file-private.h"
#include "pdz-json-private.h"
#include "pdz-text-private.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* How often a scan looks at its cancellable: about every 64 KiB. */
#define CANCEL_CHECK_BYTES (64 * 1024)

/* Objects with more members than this check duplicate names in a hash
 * table rather than against each name before. */
#define NAMES_LINEAR_MAX 16

static void
location (const char *data,
          gsize       offset,
          guint      *line_out,
          guint      *column_out)
{
  guint line = 1;
  guint column = 1;

  for (gsize i = 0; i < offset; i++)
    {
      guchar c = (guchar) data[i];

      if (c == '\n')
        {
          line++;
          column = 1;
        }
      else if ((c & 0xC0) != 0x80)
        {
          /* Continuation bytes do not start a character. */
          column++;
        }
    }

  *line_out = line;
  *column_out = column;
}

static void
located_error (GError    **error,
               const char *data,
               gsize       offset,
               const char *format,
               ...) G_GNUC_PRINTF (4, 5);

static void
located_error (GError    **error,
               const char *data,
               gsize       offset,
               const char *format,
               ...)
{
  g_autofree char *message = NULL;
  va_list args;
  guint line, column;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  location (data, offset, &line, &column);
  g_set_error (error, PDZ_ERROR, PDZ_ERROR_PARSE, "%u:%u: %s", line, column, message);
}

/* UTF-8 comes first: a document that is not UTF-8 gets that error, at its
 * first bad byte, whatever else is wrong with it. The scanner validates
 * the text of strings as it reads them, and every byte outside strings
 * must be ASCII anyway; a syntax error validates the whole document first
 * (it is the rare path). Returns TRUE, with @error set, when @data is not
 * UTF-8. */
static gboolean
utf8_error (const char  *data,
            gsize        length,
            GError     **error)
{
  const char *end = NULL;
  gsize offset;

  if (g_utf8_validate_len (data, length, &end))
    return FALSE;

  offset = (gsize) (end - data);
  if (data[offset] == '\0')
    located_error (error, data, offset, "NUL byte (a plan file is UTF-8 text)");
  else
    located_error (error, data, offset, "invalid UTF-8 (byte 0x%02X): a plan file must be "
                   "encoded in UTF-8", (guchar) data[offset]);
  return TRUE;
}

/* Describes the character at @offset for an error message. The data is
 * valid UTF-8 by then. */
static char *
describe_char (const char *data,
               gsize       length,
               gsize       offset)
{
  gunichar c;

  if (offset >= length)
    return g_strdup ("the end of the data");

  c = g_utf8_get_char_validated (data + offset, length - offset);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    return g_strdup_printf ("byte 0x%02X", (guchar) data[offset]);
  if (c < 0x20 || c == 0x7F)
    return g_strdup_printf ("control character U+%04X", c);
  /* Never the character itself when a terminal would act on it. */
  if (_pdz_text_is_unsafe_char (c))
    return g_strdup_printf ("character U+%04X", c);
  {
    char buf[8] = { 0 };

    g_unichar_to_utf8 (c, buf);
    return g_strdup_printf ("'%s'", buf);
  }
}

typedef enum {
  EXPECT_VALUE,
  EXPECT_VALUE_OR_CLOSE,
  EXPECT_KEY_OR_CLOSE,
  EXPECT_KEY,
  EXPECT_COLON,
  EXPECT_COMMA_OR_CLOSE,
  EXPECT_END,
} SyntaxState;

static const char * const expected_text[] = {
  [EXPECT_VALUE] = "a value",
  [EXPECT_VALUE_OR_CLOSE] = "a value or ']'",
  [EXPECT_KEY_OR_CLOSE] = "a member name (a string) or '}'",
  [EXPECT_KEY] = "a member name (a string)",
  [EXPECT_COLON] = "':'",
  [EXPECT_COMMA_OR_CLOSE] = "',' or a closing bracket",
  [EXPECT_END] = "the end of the data",
};

/* The member names of an open object: where each is in the data, and past
 * NAMES_LINEAR_MAX a set of them, decoded. */
typedef struct
{
  GArray *spans;            /* (owned) (nullable) of PdzJsonToken: offset, length, escaped */
  GHashTable *set;          /* (owned) (nullable): decoded names */
} Names;

/* An open object or array. */
typedef struct
{
  char kind;                /* '{' or '[' */
  PdzJsonTape *tape;        /* (nullable) (not owned): where its token was recorded */
  guint32 token;            /* its index there */
  guint32 count;            /* members or elements so far */
} Open;

struct _PdzJsonScanner
{
  const char *data;
  gsize length;
  gsize pos;
  SyntaxState state;
  guint depth;
  Open open[PDZ_JSON_MAX_DEPTH];
  Names names[PDZ_JSON_MAX_DEPTH];
  GCancellable *cancellable;  /* (owned) (nullable) */
  gsize next_check;
  GString *scratch;           /* (owned): decoded names being compared */
  GString *scratch2;          /* (owned) */
};

static void
syntax_error (GError        **error,
              PdzJsonScanner *s,
              gsize           offset,
              const char     *format,
              ...) G_GNUC_PRINTF (4, 5);

/* A syntax error at @offset, unless the document is not UTF-8, which is
 * then the error (see utf8_error()). */
static void
syntax_error (GError        **error,
              PdzJsonScanner *s,
              gsize           offset,
              const char     *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (utf8_error (s->data, s->length, error))
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  located_error (error, s->data, offset, "%s", message);
}

/* ----------------------------------------------------------------------
 * Tapes
 * ---------------------------------------------------------------------- */

void
_pdz_json_tape_init (PdzJsonTape *tape,
                     const char  *data)
{
  tape->data = data;
  tape->tokens = NULL;
  tape->n_tokens = 0;
  tape->allocated = 0;
}

void
_pdz_json_tape_clear (PdzJsonTape *tape)
{
  g_clear_pointer (&tape->tokens, g_free);
  tape->n_tokens = 0;
  tape->allocated = 0;
}

static inline PdzJsonToken *
tape_push (PdzJsonTape *tape)
{
  if (G_UNLIKELY (tape->n_tokens == tape->allocated))
    {
      tape->allocated = MAX (256, tape->allocated * 2);
      tape->tokens = g_renew (PdzJsonToken, tape->tokens, tape->allocated);
    }
  return &tape->tokens[tape->n_tokens++];
}

guint32
_pdz_json_tape_append (PdzJsonTape        *tape,
                       const PdzJsonToken *token)
{
  *tape_push (tape) = *token;
  return tape->n_tokens - 1;
}

guint32
_pdz_json_tape_copy_value (PdzJsonTape       *tape,
                           const PdzJsonTape *from,
                           guint32            index)
{
  PdzJsonValue value = { from, index };
  guint32 end = _pdz_json_value_end (value);
  guint32 base = tape->n_tokens;

  for (guint32 i = index; i < end; i++)
    {
      PdzJsonToken *token = tape_push (tape);

      *token = from->tokens[i];
      if (token->type == PDZ_JSON_OBJECT || token->type == PDZ_JSON_ARRAY)
        token->end = token->end - index + base;
    }
  return base;
}

/* ----------------------------------------------------------------------
 * Values
 * ---------------------------------------------------------------------- */

static gunichar
hex4 (const char *p)
{
  return (g_ascii_xdigit_value (p[0]) << 12) | (g_ascii_xdigit_value (p[1]) << 8) |
         (g_ascii_xdigit_value (p[2]) << 4) | g_ascii_xdigit_value (p[3]);
}

/* Appends the decoded text of the string at @p (@length bytes up to its
 * closing quote, checked by the scanner) to @out. */
static void
decode_string (const char *p,
               gsize       length,
               GString    *out)
{
  const char *end = p + length;

  while (p < end)
    {
      const char *backslash = memchr (p, '\\', (gsize) (end - p));
      gunichar u;

      if (backslash == NULL)
        {
          g_string_append_len (out, p, end - p);
          return;
        }
      g_string_append_len (out, p, backslash - p);
      p = backslash + 1;
      switch (*p)
        {
        case 'b': g_string_append_c (out, '\b'); p++; break;
        case 'f': g_string_append_c (out, '\f'); p++; break;
        case 'n': g_string_append_c (out, '\n'); p++; break;
        case 'r': g_string_append_c (out, '\r'); p++; break;
        case 't': g_string_append_c (out, '\t'); p++; break;
        case 'u':
          u = hex4 (p + 1);
          p += 5;
          if (u >= 0xD800 && u <= 0xDBFF)
            {
              u = 0x10000 + ((u - 0xD800) << 10) + (hex4 (p + 2) - 0xDC00);
              p += 6;
            }
          g_string_append_unichar (out, u);
          break;
        default:   /* '"', '\\', '/' */
          g_string_append_c (out, *p);
          p++;
          break;
        }
    }
}

gboolean
_pdz_json_value_equals (PdzJsonValue  value,
                        const char   *text)
{
  const PdzJsonToken *token = _pdz_json_value_token (value);
  const char *p = value.tape->data + token->offset;
  gsize n = strlen (text);

  if (token->type != PDZ_JSON_STRING)
    return FALSE;
  if (!token->escaped)
    return token->length == n && memcmp (p, text, n) == 0;

  {
    g_autoptr(GString) decoded = g_string_sized_new (token->length);

    decode_string (p, token->length, decoded);
    return decoded->len == n && memcmp (decoded->str, text, n) == 0;
  }
}

const char *
_pdz_json_value_get_string (PdzJsonValue  value,
                            GStringChunk *chunk)
{
  const PdzJsonToken *token = _pdz_json_value_token (value);
  const char *p = value.tape->data + token->offset;
  g_autoptr(GString) decoded = NULL;

  g_return_val_if_fail (token->type == PDZ_JSON_STRING, NULL);

  if (!token->escaped)
    return g_string_chunk_insert_len (chunk, p, token->length);

  decoded = g_string_sized_new (token->length);
  decode_string (p, token->length, decoded);
  return g_string_chunk_insert_len (chunk, decoded->str, (gssize) decoded->len);
}

/* The text of a number, nul-terminated, in @buf (of @size bytes) when it
 * fits, else in @heap. */
static const char *
number_text (PdzJsonValue   value,
             char          *buf,
             gsize          size,
             char         **heap)
{
  const PdzJsonToken *token = _pdz_json_value_token (value);
  const char *p = value.tape->data + token->offset;

  if (token->length < size)
    {
      memcpy (buf, p, token->length);
      buf[token->length] = '\0';
      return buf;
    }
  *heap = g_strndup (p, token->length);
  return *heap;
}

gint64
_pdz_json_value_get_int (PdzJsonValue value)
{
  char buf[32];
  g_autofree char *heap = NULL;

  return g_ascii_strtoll (number_text (value, buf, sizeof buf, &heap), NULL, 10);
}

double
_pdz_json_value_get_double (PdzJsonValue value)
{
  char buf[64];
  g_autofree char *heap = NULL;

  if (_pdz_json_value_type (value) == PDZ_JSON_INTEGER)
    return (double) _pdz_json_value_get_int (value);
  return g_ascii_strtod (number_text (value, buf, sizeof buf, &heap), NULL);
}

JsonNode *
_pdz_json_value_to_node (PdzJsonValue value)
{
  JsonNode *node;

  /* Recursion: the scanner bounds the depth (PDZ_JSON_MAX_DEPTH). */
  switch (_pdz_json_value_type (value))
    {
    case PDZ_JSON_OBJECT:
      {
        g_autoptr(JsonObject) object = json_object_new ();

        PDZ_JSON_FOREACH_MEMBER (value, key, member)
          {
            g_autoptr(GString) name = g_string_new (NULL);
            const PdzJsonToken *token = _pdz_json_value_token (key);

            decode_string (value.tape->data + token->offset, token->length, name);
            json_object_set_member (object, name->str, _pdz_json_value_to_node (member));
          }
        node = json_node_new (JSON_NODE_OBJECT);
        json_node_set_object (node, object);
      }
      break;

    case PDZ_JSON_ARRAY:
      {
        g_autoptr(JsonArray) array = json_array_sized_new (_pdz_json_value_token (value)->count);

        PDZ_JSON_FOREACH_ELEMENT (value, element)
          json_array_add_element (array, _pdz_json_value_to_node (element));
        node = json_node_new (JSON_NODE_ARRAY);
        json_node_set_array (node, array);
      }
      break;

    case PDZ_JSON_STRING:
      {
        const PdzJsonToken *token = _pdz_json_value_token (value);
        g_autoptr(GString) text = g_string_sized_new (token->length);

        decode_string (value.tape->data + token->offset, token->length, text);
        node = json_node_new (JSON_NODE_VALUE);
        json_node_set_string (node, text->str);
      }
      break;

    case PDZ_JSON_INTEGER:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_int (node, _pdz_json_value_get_int (value));
      break;

    case PDZ_JSON_DOUBLE:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_double (node, _pdz_json_value_get_double (value));
      break;

    case PDZ_JSON_TRUE:
    case PDZ_JSON_FALSE:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_boolean (node, _pdz_json_value_type (value) == PDZ_JSON_TRUE);
      break;

    case PDZ_JSON_NULL:
    case PDZ_JSON_STREAMED_ARRAY:
    default:
      node = json_node_new (JSON_NODE_NULL);
      break;
    }

  return node;
}

/* ----------------------------------------------------------------------
 * Scanning strings, numbers and literals
 * ---------------------------------------------------------------------- */

static gboolean
is_hex (char c)
{
  return g_ascii_isxdigit (c);
}

guint _pdz_json_max_string_bytes = PDZ_JSON_MAX_STRING_BYTES;

/* Scans the string whose opening quote is at s->pos; leaves s->pos after
 * the closing quote, and its text (between the quotes) in @token. */
static gboolean
scan_string (PdzJsonScanner *s,
             PdzJsonToken   *token,
             GError        **error)
{
  const char *d = s->data;
  gsize start = s->pos;
  gsize p = s->pos + 1;
  gboolean escaped = FALSE;

  while (p < s->length)
    {
      guchar c = (guchar) d[p];

      if (G_UNLIKELY (p - start - 1 > _pdz_json_max_string_bytes))
        {
          syntax_error (error, s, start,
                        "a string longer than %u bytes, the most libpdz reads",
                        _pdz_json_max_string_bytes);
          return FALSE;
        }
      if (c == '"')
        {
          token->type = PDZ_JSON_STRING;
          token->escaped = escaped;
          token->offset = (guint32) (start + 1);
          token->length = (guint32) (p - start - 1);
          s->pos = p + 1;
          return TRUE;
        }
      else if (G_UNLIKELY (c < 0x20))
        {
          syntax_error (error, s, p,
                        "control character U+%04X in a string (escape it, e.g. as \\n or \\u%04X)",
                        c, c);
          return FALSE;
        }
      else if (c == '\\')
        {
          char e;

          escaped = TRUE;
          if (p + 1 >= s->length)
            break;
          e = d[p + 1];
          switch (e)
            {
            case '"': case '\\': case '/':
            case 'b': case 'f': case 'n': case 'r': case 't':
              p += 2;
              break;
            case 'u':
              {
                gunichar u;

                for (gsize i = 0; i < 4; i++)
                  {
                    if (p + 2 + i >= s->length)
                      goto unterminated;
                    if (!is_hex (d[p + 2 + i]))
                      {
                        syntax_error (error, s, p, "invalid escape in a string: "
                                      "\\u needs four hexadecimal digits");
                        return FALSE;
                      }
                  }
                u = hex4 (d + p + 2);
                if (u == 0)
                  {
                    syntax_error (error, s, p,
                                  "\\u0000 (a NUL character) is not supported in strings");
                    return FALSE;
                  }
                if (u >= 0xDC00 && u <= 0xDFFF)
                  {
                    syntax_error (error, s, p,
                                  "invalid escape in a string: \\u%04X is a lone low surrogate", u);
                    return FALSE;
                  }
                if (u >= 0xD800 && u <= 0xDBFF)
                  {
                    gunichar low = 0;

                    if (p + 12 <= s->length && d[p + 6] == '\\' && d[p + 7] == 'u' &&
                        is_hex (d[p + 8]) && is_hex (d[p + 9]) &&
                        is_hex (d[p + 10]) && is_hex (d[p + 11]))
                      low = hex4 (d + p + 8);
                    if (low < 0xDC00 || low > 0xDFFF)
                      {
                        syntax_error (error, s, p,
                                      "invalid escape in a string: \\u%04X is a high surrogate "
                                      "not followed by a low one", u);
                        return FALSE;
                      }
                    p += 6;
                  }
                p += 6;
              }
              break;
            default:
              {
                g_autofree char *what = describe_char (d, s->length, p + 1);

                syntax_error (error, s, p,
                              "invalid escape in a string: '\\' followed by %s", what);
                return FALSE;
              }
            }
        }
      else if (c >= 0x80)
        {
          /* One character, validated as g_utf8_validate() would. */
          gsize n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;

          if (c < 0xC2 || c > 0xF4 || p + n > s->length ||
              !g_utf8_validate_len (d + p, n, NULL))
            {
              /* Everything before is valid: the first bad byte is here. */
              if (!utf8_error (d, s->length, error))
                located_error (error, d, p, "invalid UTF-8 (byte 0x%02X): a plan file must be "
                               "encoded in UTF-8", c);
              return FALSE;
            }
          p += n;
        }
      else
        {
          p++;
        }
    }

unterminated:
  syntax_error (error, s, start, "unterminated string (the data ends inside it)");
  return FALSE;
}

static gboolean
scan_number (PdzJsonScanner *s,
             PdzJsonToken   *token,
             GError        **error)
{
  const char *d = s->data;
  gsize start = s->pos;
  gsize p = s->pos;
  gboolean integer = TRUE;
  gsize digits;

  if (p < s->length && d[p] == '-')
    p++;
  if (p < s->length && d[p] == '0')
    {
      p++;
      if (p < s->length && g_ascii_isdigit (d[p]))
        {
          syntax_error (error, s, start, "invalid number: leading zeros are not allowed");
          return FALSE;
        }
    }
  else if (p < s->length && g_ascii_isdigit (d[p]))
    {
      while (p < s->length && g_ascii_isdigit (d[p]))
        p++;
    }
  else
    {
      syntax_error (error, s, start, "invalid number: '-' must be followed by a digit");
      return FALSE;
    }
  digits = p - start;

  if (p < s->length && d[p] == '.')
    {
      integer = FALSE;
      p++;
      if (p >= s->length || !g_ascii_isdigit (d[p]))
        {
          syntax_error (error, s, start, "invalid number: '.' must be followed by a digit");
          return FALSE;
        }
      while (p < s->length && g_ascii_isdigit (d[p]))
        p++;
    }

  if (p < s->length && (d[p] == 'e' || d[p] == 'E'))
    {
      integer = FALSE;
      p++;
      if (p < s->length && (d[p] == '+' || d[p] == '-'))
        p++;
      if (p >= s->length || !g_ascii_isdigit (d[p]))
        {
          syntax_error (error, s, start, "invalid number: the exponent needs a digit");
          return FALSE;
        }
      while (p < s->length && g_ascii_isdigit (d[p]))
        p++;
    }

  token->type = integer ? PDZ_JSON_INTEGER : PDZ_JSON_DOUBLE;
  token->escaped = FALSE;
  token->offset = (guint32) start;
  token->length = (guint32) (p - start);

  /* json-glib read integers as gint64 and wrapped silently on overflow,
   * and read an overflowing fraction as infinity: both are refused. An
   * integer of at most 18 digits always fits. */
  if (!integer || digits > 18)
    {
      PdzJsonTape tape = { d, token, 1, 1 };
      PdzJsonValue value = { &tape, 0 };

      if (integer)
        {
          errno = 0;
          (void) _pdz_json_value_get_int (value);
          if (errno == ERANGE)
            {
              g_autofree char *text = _pdz_text_quote (d + start, (gssize) (p - start), 0, PDZ_QUOTE_DEFAULT);

              syntax_error (error, s, start,
                            "the integer %s is out of range (at most 64 bits)", text);
              return FALSE;
            }
        }
      else if (isinf (_pdz_json_value_get_double (value)))
        {
          g_autofree char *text = _pdz_text_quote (d + start, (gssize) (p - start), 0, PDZ_QUOTE_DEFAULT);

          syntax_error (error, s, start, "the number %s is out of range", text);
          return FALSE;
        }
    }

  s->pos = p;
  return TRUE;
}

static gboolean
scan_literal (PdzJsonScanner *s,
              PdzJsonToken   *token,
              GError        **error)
{
  static const struct { const char *text; PdzJsonType type; } literals[] = {
    { "true", PDZ_JSON_TRUE }, { "false", PDZ_JSON_FALSE }, { "null", PDZ_JSON_NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize n = strlen (literals[i].text);

      if (s->length - s->pos >= n && memcmp (s->data + s->pos, literals[i].text, n) == 0 &&
          (s->length - s->pos == n || !g_ascii_isalnum (s->data[s->pos + n])))
        {
          token->type = literals[i].type;
          token->escaped = FALSE;
          token->offset = (guint32) s->pos;
          token->length = (guint32) n;
          s->pos += n;
          return TRUE;
        }
    }

  if (g_ascii_isalpha (s->data[s->pos]))
    {
      gsize n = 0;

      while (s->pos + n < s->length && n < 32 && g_ascii_isalnum (s->data[s->pos + n]))
        n++;
      syntax_error (error, s, s->pos, "unexpected word \"%.*s\", expected a value "
                    "(a string, a number, an object, an array, true, false or null)",
                    (int) n, s->data + s->pos);
    }
  else
    {
      g_autofree char *what = describe_char (s->data, s->length, s->pos);

      syntax_error (error, s, s->pos, "unexpected %s, expected a value "
                    "(a string, a number, an object, an array, true, false or null)", what);
    }
  return FALSE;
}

/* ----------------------------------------------------------------------
 * Member names
 * ---------------------------------------------------------------------- */

static void
decode_name (PdzJsonScanner     *s,
             const PdzJsonToken *name,
             GString            *out)
{
  g_string_truncate (out, 0);
  decode_string (s->data + name->offset, name->length, out);
}

static gboolean
same_name (PdzJsonScanner     *s,
           const PdzJsonToken *a,
           const PdzJsonToken *b)
{
  if (!a->escaped && !b->escaped)
    return a->length == b->length &&
           memcmp (s->data + a->offset, s->data + b->offset, a->length) == 0;

  decode_name (s, a, s->scratch);
  decode_name (s, b, s->scratch2);
  return g_string_equal (s->scratch, s->scratch2);
}

/* Records @name in the object open at @level; FALSE when it has a member
 * of that name already. */
static gboolean
names_add (PdzJsonScanner     *s,
           guint               level,
           const PdzJsonToken *name)
{
  Names *names = &s->names[level];

  if (names->spans == NULL)
    names->spans = g_array_new (FALSE, FALSE, sizeof (PdzJsonToken));

  if (names->set != NULL)
    {
      decode_name (s, name, s->scratch);
      if (g_hash_table_contains (names->set, s->scratch->str))
        return FALSE;
      g_hash_table_add (names->set, g_strdup (s->scratch->str));
      return TRUE;
    }

  for (guint i = 0; i < names->spans->len; i++)
    if (same_name (s, &g_array_index (names->spans, PdzJsonToken, i), name))
      return FALSE;
  g_array_append_val (names->spans, *name);

  if (names->spans->len > NAMES_LINEAR_MAX)
    {
      names->set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < names->spans->len; i++)
        {
          decode_name (s, &g_array_index (names->spans, PdzJsonToken, i), s->scratch);
          g_hash_table_add (names->set, g_strdup (s->scratch->str));
        }
    }
  return TRUE;
}

static void
names_reset (Names *names)
{
  if (names->spans != NULL)
    g_array_set_size (names->spans, 0);
  g_clear_pointer (&names->set, g_hash_table_unref);
}

/* ----------------------------------------------------------------------
 * The scanner
 * ---------------------------------------------------------------------- */

PdzJsonScanner *
_pdz_json_scanner_new (const char    *data,
                       gsize          length,
                       GCancellable  *cancellable,
                       GError       **error)
{
  PdzJsonScanner *s;
  gsize start;

  /* Tolerate a byte-order mark, which some editors write; locations do not
   * count it. */
  start = length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  data += start;
  length -= start;

  /* Documents from memory have the files' limit too; tapes count bytes in
   * 32 bits, which it keeps. */
  G_STATIC_ASSERT (PDZ_MAX_FILE_SIZE < G_MAXUINT32);
  if ((guint64) length > _pdz_file_max_size)
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED,
                   "the document is %" G_GUINT64_FORMAT " bytes, more than the %"
                   G_GUINT64_FORMAT " that libpdz reads",
                   (guint64) length, _pdz_file_max_size);
      return NULL;
    }

  s = g_new0 (PdzJsonScanner, 1);
  s->data = data;
  s->length = length;
  s->state = EXPECT_VALUE;
  s->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  s->next_check = CANCEL_CHECK_BYTES;
  s->scratch = g_string_new (NULL);
  s->scratch2 = g_string_new (NULL);
  return s;
}

void
_pdz_json_scanner_free (PdzJsonScanner *s)
{
  if (s == NULL)
    return;

  for (guint i = 0; i < PDZ_JSON_MAX_DEPTH; i++)
    {
      g_clear_pointer (&s->names[i].spans, g_array_unref);
      g_clear_pointer (&s->names[i].set, g_hash_table_unref);
    }
  g_clear_object (&s->cancellable);
  g_string_free (s->scratch, TRUE);
  g_string_free (s->scratch2, TRUE);
  g_free (s);
}

const char *
_pdz_json_scanner_get_data (PdzJsonScanner *s)
{
  return s->data;
}

typedef enum
{
  MODE_STEP,    /* return after each value begun or ended, and each name */
  MODE_VALUE,   /* return after one whole value, or when the enclosing array ends */
} ScanMode;

/* The one loop of the scanner. */
static PdzJsonScan
scan (PdzJsonScanner  *s,
      PdzJsonTape     *tape,
      ScanMode         mode,
      GError         **error)
{
  const char *data = s->data;
  gsize length = s->length;
  guint start_depth = s->depth;
  PdzJsonToken scratch_token;

  for (;;)
    {
      PdzJsonToken *token;
      char c;

      while (s->pos < length && (data[s->pos] == ' ' || data[s->pos] == '\t' ||
                                 data[s->pos] == '\n' || data[s->pos] == '\r'))
        s->pos++;

      if (G_UNLIKELY (s->pos >= s->next_check))
        {
          if (g_cancellable_set_error_if_cancelled (s->cancellable, error))
            return PDZ_JSON_SCAN_ERROR;
          s->next_check = s->pos + CANCEL_CHECK_BYTES;
        }

      if (s->pos >= length)
        {
          if (s->state == EXPECT_END)
            return PDZ_JSON_SCAN_DONE;
          else if (s->state == EXPECT_VALUE && s->depth == 0)
            syntax_error (error, s, s->pos, "the document is empty");
          else
            syntax_error (error, s, s->pos,
                          "unexpected end of the data, expected %s (is the file truncated?)",
                          expected_text[s->state]);
          return PDZ_JSON_SCAN_ERROR;
        }

      c = data[s->pos];

      switch (s->state)
        {
        case EXPECT_VALUE:
        case EXPECT_VALUE_OR_CLOSE:
          if (c == ']' && s->state == EXPECT_VALUE_OR_CLOSE)
            goto close;

          if (s->depth > 0 && s->open[s->depth - 1].kind == '[')
            s->open[s->depth - 1].count++;

          if (c == '{' || c == '[')
            {
              Open *open;

              if (s->depth >= PDZ_JSON_MAX_DEPTH)
                {
                  syntax_error (error, s, s->pos, "nesting deeper than %d levels",
                                PDZ_JSON_MAX_DEPTH);
                  return PDZ_JSON_SCAN_ERROR;
                }
              open = &s->open[s->depth++];
              open->kind = c;
              open->count = 0;
              open->tape = tape;
              if (tape != NULL)
                {
                  token = tape_push (tape);
                  token->type = c == '{' ? PDZ_JSON_OBJECT : PDZ_JSON_ARRAY;
                  token->escaped = FALSE;
                  token->offset = (guint32) s->pos;
                  token->length = 1;
                  token->end = 0;
                  token->count = 0;
                  open->token = tape->n_tokens - 1;
                }
              s->pos++;
              s->state = c == '{' ? EXPECT_KEY_OR_CLOSE : EXPECT_VALUE_OR_CLOSE;
              if (mode == MODE_STEP)
                return PDZ_JSON_SCAN_BEGIN;
              continue;
            }

          token = tape != NULL ? tape_push (tape) : &scratch_token;
          token->end = 0;
          token->count = 0;
          if (c == '"')
            {
              if (!scan_string (s, token, error))
                goto fail;
            }
          else if (c == '-' || g_ascii_isdigit (c))
            {
              if (!scan_number (s, token, error))
                goto fail;
            }
          else if (!scan_literal (s, token, error))
            goto fail;
          s->state = s->depth == 0 ? EXPECT_END : EXPECT_COMMA_OR_CLOSE;
          if (mode == MODE_STEP || s->depth == start_depth)
            return PDZ_JSON_SCAN_VALUE;
          continue;

        case EXPECT_KEY_OR_CLOSE:
        case EXPECT_KEY:
          if (c == '}' && s->state == EXPECT_KEY_OR_CLOSE)
            goto close;
          if (c == '"')
            {
              gsize key_start = s->pos;

              token = tape != NULL ? tape_push (tape) : &scratch_token;
              token->end = 0;
              token->count = 0;
              if (!scan_string (s, token, error))
                goto fail;
              if (!names_add (s, s->depth - 1, token))
                {
                  g_autofree char *quoted = NULL;

                  decode_name (s, token, s->scratch);
                  quoted = _pdz_text_quote (s->scratch->str, (gssize) s->scratch->len, 0,
                                            PDZ_QUOTE_JSON);
                  syntax_error (error, s, key_start,
                                "duplicate member \"%s\" in an object", quoted);
                  goto fail;
                }
              s->open[s->depth - 1].count++;
              s->state = EXPECT_COLON;
              if (mode == MODE_STEP)
                return PDZ_JSON_SCAN_KEY;
              continue;
            }
          break;

        case EXPECT_COLON:
          if (c == ':')
            {
              s->pos++;
              s->state = EXPECT_VALUE;
              continue;
            }
          break;

        case EXPECT_COMMA_OR_CLOSE:
          if (c == ',')
            {
              s->pos++;
              s->state = s->open[s->depth - 1].kind == '{' ? EXPECT_KEY : EXPECT_VALUE;
              continue;
            }
          if (c == '}' || c == ']')
            goto close;
          break;

        case EXPECT_END:
        default:
          break;
        }

      /* Anything that reaches here is out of place. */
      {
        g_autofree char *what = describe_char (data, length, s->pos);

        if (s->state == EXPECT_END)
          syntax_error (error, s, s->pos,
                        "unexpected %s after the end of the document", what);
        else
          syntax_error (error, s, s->pos, "unexpected %s, expected %s",
                        what, expected_text[s->state]);
        return PDZ_JSON_SCAN_ERROR;
      }

    close:
      {
        Open *open = &s->open[s->depth - 1];

        if ((c == '}') != (open->kind == '{'))
          {
            syntax_error (error, s, s->pos, "unexpected '%c', expected '%c'", c,
                          open->kind == '{' ? '}' : ']');
            return PDZ_JSON_SCAN_ERROR;
          }
        if (open->tape != NULL)
          {
            PdzJsonToken *opened = &open->tape->tokens[open->token];

            opened->end = open->tape->n_tokens;
            opened->count = open->count;
          }
        if (open->kind == '{')
          names_reset (&s->names[s->depth - 1]);
        s->depth--;
        s->pos++;
        s->state = s->depth == 0 ? EXPECT_END : EXPECT_COMMA_OR_CLOSE;
        if (mode == MODE_STEP || s->depth < start_depth)
          return PDZ_JSON_SCAN_END;
        if (s->depth == start_depth)
          return PDZ_JSON_SCAN_VALUE;
        continue;
      }

    fail:
      /* The token being scanned is not recorded. */
      if (tape != NULL)
        tape->n_tokens--;
      return PDZ_JSON_SCAN_ERROR;
    }
}

PdzJsonScan
_pdz_json_scanner_next (PdzJsonScanner  *s,
                        PdzJsonTape     *tape,
                        GError         **error)
{
  return scan (s, tape, MODE_STEP, error);
}

PdzJsonScan
_pdz_json_scanner_next_value (PdzJsonScanner  *s,
                              PdzJsonTape     *tape,
                              GError         **error)
{
  return scan (s, tape, MODE_VALUE, error);
}

/*
 * _pdz_json_parse_document:
 * @data: the document, not necessarily nul-terminated
 * @length: the length of @data in bytes
 * @cancellable: (nullable): checked as the scanner goes
 * @error: return location for a #GError
 *
 * Reads a whole small document (a diff, not a plan) with the strict
 * scanner, so that it meets every rule a plan's syntax meets, and gives it
 * as a json-glib tree.
 *
 * Returns: (transfer full) (nullable): the root, or %NULL with a
 *   %PDZ_ERROR_PARSE error "LINE:COL: ..."
 */
JsonNode *
_pdz_json_parse_document (const char    *data,
                          gsize          length,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(PdzJsonScanner) scanner = NULL;
  PdzJsonTape tape;
  JsonNode *root = NULL;

  scanner = _pdz_json_scanner_new (data, length, cancellable, error);
  if (scanner == NULL)
    return NULL;
  _pdz_json_tape_init (&tape, _pdz_json_scanner_get_data (scanner));
  if (_pdz_json_scanner_next_value (scanner, &tape, error) == PDZ_JSON_SCAN_VALUE &&
      _pdz_json_scanner_next (scanner, NULL, error) == PDZ_JSON_SCAN_DONE)
    root = _pdz_json_value_to_node ((PdzJsonValue) { &tape, 0 });
  _pdz_json_tape_clear (&tape);
  return root;
}
