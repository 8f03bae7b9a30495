/* pdz-json-syntax.c: the strict syntax check of a plan document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One pass over the raw bytes, before json-glib sees them: UTF-8, the
 * RFC 8259 grammar, the nesting depth, duplicate member names and numbers
 * that fit. It gives every syntax error an exact "LINE:COLUMN:" location.
 * json-glib 1.6 recurses once per nesting level and would overflow the
 * stack on a deep document; it also accepts comments, single quotes,
 * hexadecimal numbers and lone surrogates, and silently wraps integers that
 * overflow 64 bits, so nothing reaches it before this check has passed.
 *
 * Locations: lines and columns count from 1; a column counts characters
 * (Unicode code points), not bytes, so a tab or an "è" is one column.
 *
 * All state is in a Scanner on the stack: the check is reentrant.
 */

#include "pdz-json-syntax-private.h"

#include "pdz-json-private.h"
#include "pdz-text-private.h"

#include <errno.h>
#include <math.h>
#include <string.h>

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
syntax_error (GError    **error,
              const char *data,
              gsize       offset,
              const char *format,
              ...) G_GNUC_PRINTF (4, 5);

static void
syntax_error (GError    **error,
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

typedef struct {
  const char *data;
  gsize length;
  gsize pos;
  /* One entry per open array or object: '[' or '{', and for objects the
   * set of member names seen so far (created on the first member). */
  char kinds[PDZ_JSON_MAX_DEPTH];
  GHashTable *names[PDZ_JSON_MAX_DEPTH];
  guint depth;
} Scanner;

static gboolean
is_hex (char c)
{
  return g_ascii_isxdigit (c);
}

static gunichar
hex4 (const char *p)
{
  return (g_ascii_xdigit_value (p[0]) << 12) | (g_ascii_xdigit_value (p[1]) << 8) |
         (g_ascii_xdigit_value (p[2]) << 4) | g_ascii_xdigit_value (p[3]);
}

/* Scans the string whose opening quote is at s->pos; leaves s->pos after the
 * closing quote. With @decoded, appends the decoded text to it. */
static gboolean
scan_string (Scanner *s,
             GString *decoded,
             GError **error)
{
  gsize start = s->pos;
  gsize p = s->pos + 1;

  while (p < s->length)
    {
      guchar c = (guchar) s->data[p];

      if (c == '"')
        {
          s->pos = p + 1;
          return TRUE;
        }
      else if (c < 0x20)
        {
          syntax_error (error, s->data, p,
                        "control character U+%04X in a string (escape it, e.g. as \\n or \\u%04X)",
                        c, c);
          return FALSE;
        }
      else if (c == '\\')
        {
          char e;

          if (p + 1 >= s->length)
            break;
          e = s->data[p + 1];
          switch (e)
            {
            case '"': case '\\': case '/':
              if (decoded)
                g_string_append_c (decoded, e);
              p += 2;
              break;
            case 'b': if (decoded) g_string_append_c (decoded, '\b'); p += 2; break;
            case 'f': if (decoded) g_string_append_c (decoded, '\f'); p += 2; break;
            case 'n': if (decoded) g_string_append_c (decoded, '\n'); p += 2; break;
            case 'r': if (decoded) g_string_append_c (decoded, '\r'); p += 2; break;
            case 't': if (decoded) g_string_append_c (decoded, '\t'); p += 2; break;
            case 'u':
              {
                gunichar u;

                for (gsize i = 0; i < 4; i++)
                  {
                    if (p + 2 + i >= s->length)
                      goto unterminated;
                    if (!is_hex (s->data[p + 2 + i]))
                      {
                        syntax_error (error, s->data, p, "invalid escape in a string: "
                                      "\\u needs four hexadecimal digits");
                        return FALSE;
                      }
                  }
                u = hex4 (s->data + p + 2);
                if (u == 0)
                  {
                    syntax_error (error, s->data, p,
                                  "\\u0000 (a NUL character) is not supported in strings");
                    return FALSE;
                  }
                if (u >= 0xDC00 && u <= 0xDFFF)
                  {
                    syntax_error (error, s->data, p,
                                  "invalid escape in a string: \\u%04X is a lone low surrogate", u);
                    return FALSE;
                  }
                if (u >= 0xD800 && u <= 0xDBFF)
                  {
                    gunichar low = 0;

                    if (p + 12 <= s->length && s->data[p + 6] == '\\' && s->data[p + 7] == 'u' &&
                        is_hex (s->data[p + 8]) && is_hex (s->data[p + 9]) &&
                        is_hex (s->data[p + 10]) && is_hex (s->data[p + 11]))
                      low = hex4 (s->data + p + 8);
                    if (low < 0xDC00 || low > 0xDFFF)
                      {
                        syntax_error (error, s->data, p,
                                      "invalid escape in a string: \\u%04X is a high surrogate "
                                      "not followed by a low one", u);
                        return FALSE;
                      }
                    u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                  }
                if (decoded)
                  g_string_append_unichar (decoded, u);
                p += 6;
              }
              break;
            default:
              {
                g_autofree char *what = describe_char (s->data, s->length, p + 1);

                syntax_error (error, s->data, p,
                              "invalid escape in a string: '\\' followed by %s", what);
                return FALSE;
              }
            }
        }
      else
        {
          if (decoded)
            g_string_append_c (decoded, (char) c);
          p++;
        }
    }

unterminated:
  syntax_error (error, s->data, start, "unterminated string (the data ends inside it)");
  return FALSE;
}

static gboolean
scan_number (Scanner *s,
             GError **error)
{
  const char *d = s->data;
  gsize start = s->pos;
  gsize p = s->pos;
  gboolean integer = TRUE;
  g_autofree char *text = NULL;

  if (p < s->length && d[p] == '-')
    p++;
  if (p < s->length && d[p] == '0')
    {
      p++;
      if (p < s->length && g_ascii_isdigit (d[p]))
        {
          syntax_error (error, d, start, "invalid number: leading zeros are not allowed");
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
      syntax_error (error, d, start, "invalid number: '-' must be followed by a digit");
      return FALSE;
    }

  if (p < s->length && d[p] == '.')
    {
      integer = FALSE;
      p++;
      if (p >= s->length || !g_ascii_isdigit (d[p]))
        {
          syntax_error (error, d, start, "invalid number: '.' must be followed by a digit");
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
          syntax_error (error, d, start, "invalid number: the exponent needs a digit");
          return FALSE;
        }
      while (p < s->length && g_ascii_isdigit (d[p]))
        p++;
    }

  /* json-glib reads integers as gint64 and wraps silently on overflow, and
   * reads an overflowing fraction as infinity: refuse both here. */
  text = g_strndup (d + start, p - start);
  if (integer)
    {
      errno = 0;
      (void) g_ascii_strtoll (text, NULL, 10);
      if (errno == ERANGE)
        {
          syntax_error (error, d, start,
                        "the integer %s is out of range (at most 64 bits)", text);
          return FALSE;
        }
    }
  else if (isinf (g_ascii_strtod (text, NULL)))
    {
      syntax_error (error, d, start, "the number %s is out of range", text);
      return FALSE;
    }

  s->pos = p;
  return TRUE;
}

static gboolean
scan_literal (Scanner *s,
              GError **error)
{
  static const char * const literals[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize n = strlen (literals[i]);

      if (s->length - s->pos >= n && memcmp (s->data + s->pos, literals[i], n) == 0 &&
          (s->length - s->pos == n || !g_ascii_isalnum (s->data[s->pos + n])))
        {
          s->pos += n;
          return TRUE;
        }
    }

  if (g_ascii_isalpha (s->data[s->pos]))
    {
      gsize n = 0;

      while (s->pos + n < s->length && n < 32 && g_ascii_isalnum (s->data[s->pos + n]))
        n++;
      syntax_error (error, s->data, s->pos, "unexpected word \"%.*s\", expected a value "
                    "(a string, a number, an object, an array, true, false or null)",
                    (int) n, s->data + s->pos);
    }
  else
    {
      g_autofree char *what = describe_char (s->data, s->length, s->pos);

      syntax_error (error, s->data, s->pos, "unexpected %s, expected a value "
                    "(a string, a number, an object, an array, true, false or null)", what);
    }
  return FALSE;
}

/* Checks @data (@length bytes, valid UTF-8, no BOM) against the JSON grammar. */
static gboolean
check_syntax (const char *data,
              gsize       length,
              GError    **error)
{
  Scanner s = { data, length, 0, { 0 }, { NULL }, 0 };
  SyntaxState state = EXPECT_VALUE;
  g_autoptr(GString) key = g_string_new (NULL);
  gboolean ok = FALSE;

  for (;;)
    {
      char c;

      while (s.pos < length && (data[s.pos] == ' ' || data[s.pos] == '\t' ||
                                data[s.pos] == '\n' || data[s.pos] == '\r'))
        s.pos++;

      if (s.pos >= length)
        {
          if (state == EXPECT_END)
            ok = TRUE;
          else if (state == EXPECT_VALUE && s.depth == 0)
            syntax_error (error, data, s.pos, "the document is empty");
          else
            syntax_error (error, data, s.pos,
                          "unexpected end of the data, expected %s (is the file truncated?)",
                          expected_text[state]);
          goto out;
        }

      c = data[s.pos];

      switch (state)
        {
        case EXPECT_VALUE:
        case EXPECT_VALUE_OR_CLOSE:
          if (c == ']' && state == EXPECT_VALUE_OR_CLOSE)
            goto close;
          if (c == '{' || c == '[')
            {
              if (s.depth >= PDZ_JSON_MAX_DEPTH)
                {
                  syntax_error (error, data, s.pos, "nesting deeper than %d levels",
                                PDZ_JSON_MAX_DEPTH);
                  goto out;
                }
              s.kinds[s.depth++] = c;
              s.pos++;
              state = c == '{' ? EXPECT_KEY_OR_CLOSE : EXPECT_VALUE_OR_CLOSE;
              continue;
            }
          if (c == '"')
            {
              if (!scan_string (&s, NULL, error))
                goto out;
            }
          else if (c == '-' || g_ascii_isdigit (c))
            {
              if (!scan_number (&s, error))
                goto out;
            }
          else if (!scan_literal (&s, error))
            goto out;
          state = s.depth == 0 ? EXPECT_END : EXPECT_COMMA_OR_CLOSE;
          continue;

        case EXPECT_KEY_OR_CLOSE:
        case EXPECT_KEY:
          if (c == '}' && state == EXPECT_KEY_OR_CLOSE)
            goto close;
          if (c == '"')
            {
              GHashTable **names = &s.names[s.depth - 1];
              gsize key_start = s.pos;

              g_string_truncate (key, 0);
              if (!scan_string (&s, key, error))
                goto out;
              if (*names == NULL)
                *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
              if (g_hash_table_contains (*names, key->str))
                {
                  g_autofree char *quoted = _pdz_text_quote (key->str, (gssize) key->len, 0,
                                                             PDZ_QUOTE_JSON);

                  syntax_error (error, data, key_start,
                                "duplicate member \"%s\" in an object", quoted);
                  goto out;
                }
              g_hash_table_add (*names, g_strdup (key->str));
              state = EXPECT_COLON;
              continue;
            }
          break;

        case EXPECT_COLON:
          if (c == ':')
            {
              s.pos++;
              state = EXPECT_VALUE;
              continue;
            }
          break;

        case EXPECT_COMMA_OR_CLOSE:
          if (c == ',')
            {
              s.pos++;
              state = s.kinds[s.depth - 1] == '{' ? EXPECT_KEY : EXPECT_VALUE;
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
        g_autofree char *what = describe_char (data, length, s.pos);

        if (state == EXPECT_END)
          syntax_error (error, data, s.pos,
                        "unexpected %s after the end of the document", what);
        else
          syntax_error (error, data, s.pos, "unexpected %s, expected %s",
                        what, expected_text[state]);
        goto out;
      }

    close:
      if ((c == '}') != (s.kinds[s.depth - 1] == '{'))
        {
          syntax_error (error, data, s.pos, "unexpected '%c', expected '%c'", c,
                        s.kinds[s.depth - 1] == '{' ? '}' : ']');
          goto out;
        }
      s.depth--;
      g_clear_pointer (&s.names[s.depth], g_hash_table_unref);
      s.pos++;
      state = s.depth == 0 ? EXPECT_END : EXPECT_COMMA_OR_CLOSE;
    }

out:
  for (guint i = 0; i < PDZ_JSON_MAX_DEPTH; i++)
    g_clear_pointer (&s.names[i], g_hash_table_unref);
  return ok;
}

/*
 * _pdz_json_syntax_check:
 * @data: the document, not necessarily nul-terminated
 * @length: the length of @data in bytes
 * @start: (out): where the document starts: 3 after a UTF-8 byte-order
 *   mark, which some editors write and which is skipped, else 0
 * @error: return location for a #GError
 *
 * Checks that @data is UTF-8 text with one JSON value that json-glib can
 * read safely. Errors are %PDZ_ERROR_PARSE with a message starting with
 * "LINE:COLUMN:".
 *
 * Returns: %TRUE if the document may be given to json-glib
 */
gboolean
_pdz_json_syntax_check (const char *data,
                        gsize       length,
                        gsize      *start,
                        GError    **error)
{
  const char *end = NULL;

  /* Tolerate a byte-order mark, which some editors write; locations do not
   * count it. */
  *start = length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  data += *start;
  length -= *start;

  if (!g_utf8_validate_len (data, length, &end))
    {
      gsize offset = (gsize) (end - data);

      if (data[offset] == '\0')
        syntax_error (error, data, offset, "NUL byte (a plan file is UTF-8 text)");
      else
        syntax_error (error, data, offset, "invalid UTF-8 (byte 0x%02X): a plan file must be "
                      "encoded in UTF-8", (guchar) data[offset]);
      return FALSE;
    }

  return check_syntax (data, length, error);
}

/* Turns json-glib's "<data>:LINE:COL: Parse error: TEXT" into "LINE:COL: TEXT".
 * Only reached if json-glib refuses what the syntax check accepted. */
void
_pdz_json_syntax_set_parser_error (GError      **error,
                                   const GError *parser_error)
{
  const char *message = parser_error->message;
  guint line = 1, column = 1;
  const char *rest = message;

  if (g_str_has_prefix (message, "<data>:"))
    {
      char *end;
      guint64 l = g_ascii_strtoull (message + 7, &end, 10);

      if (*end == ':')
        {
          guint64 c = g_ascii_strtoull (end + 1, &end, 10);

          if (*end == ':')
            {
              line = (guint) MIN (l, G_MAXUINT);
              column = (guint) MIN (c, G_MAXUINT);
              rest = end + 1;
              while (*rest == ' ')
                rest++;
              if (g_str_has_prefix (rest, "Parse error: "))
                rest += strlen ("Parse error: ");
            }
        }
    }

  g_set_error (error, PDZ_ERROR, PDZ_ERROR_PARSE, "%u:%u: %s", line, column, rest);
}
