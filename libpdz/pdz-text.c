/* pdz-text.c: text matching without regard to case or accents
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-text-private.h"

#include <string.h>

static gboolean
is_mark (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_SPACING_MARK:
    case G_UNICODE_ENCLOSING_MARK:
      return TRUE;
    default:
      return FALSE;
    }
}

char *
_pdz_text_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  GString *stripped;

  if (text == NULL)
    return g_strdup ("");

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  if (decomposed == NULL)
    return g_strdup ("");   /* not UTF-8: matches nothing but the empty query */

  stripped = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_mark (c))
        g_string_append_unichar (stripped, c);
    }

  {
    g_autofree char *plain = g_string_free (stripped, FALSE);

    return g_utf8_casefold (plain, -1);
  }
}

char **
_pdz_text_fold_words (const char *text)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;

  if (text == NULL)
    return NULL;

  folded = _pdz_text_fold (text);
  parts = g_strsplit_set (folded, " \t\n\r\f\v", -1);
  builder = g_strv_builder_new ();
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  {
    char **words = g_strv_builder_end (builder);

    if (words[0] == NULL)
      {
        g_strfreev (words);
        return NULL;
      }
    return words;
  }
}

gboolean
_pdz_text_contains_words (const char *folded_haystack,
                          const char * const *words)
{
  if (words == NULL)
    return TRUE;

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (folded_haystack == NULL || strstr (folded_haystack, words[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}

gboolean
_pdz_text_is_unsafe_char (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) ||
         c == 0x061c || c == 0x200e || c == 0x200f ||
         (c >= 0x2028 && c <= 0x202e) ||
         (c >= 0x2066 && c <= 0x2069);
}

static void
append_escaped (GString  *out,
                gunichar  c)
{
  switch (c)
    {
    case '\n':
      g_string_append (out, "\\n");
      break;
    case '\t':
      g_string_append (out, "\\t");
      break;
    case '\r':
      g_string_append (out, "\\r");
      break;
    default:
      g_string_append_printf (out, "\\u%04x", c);
      break;
    }
}

char *
_pdz_text_quote (const char    *text,
                 gssize         length,
                 guint          max_chars,
                 PdzQuoteFlags  flags)
{
  const char *p, *end;
  gsize available, budget;
  gsize word_break = 0;   /* the length of out before the last space */
  guint n_chars = 0;
  gboolean truncated = FALSE;
  GString *out;

  if (text == NULL)
    return g_strdup ("");
  if (max_chars == 0)
    max_chars = PDZ_MAX_QUOTED_CHARS;

  /* Never read more than the characters shown can take: 4 bytes each, and
   * one more, so that a character cut at the end is never among them. */
  budget = 4 * ((gsize) max_chars + 1);
  if (length >= 0)
    available = (gsize) length;
  else
    for (available = 0; available <= budget && text[available] != '\0'; available++)
      ;
  if (available > budget)
    {
      available = budget;
      truncated = TRUE;
    }

  out = g_string_sized_new (available + 8);
  end = text + available;
  for (p = text; p < end; n_chars++)
    {
      gunichar c;
      gsize size;

      if (n_chars == max_chars)
        {
          truncated = TRUE;
          break;
        }

      /* A nul byte inside a counted text is a character of its own
       * (g_utf8_get_char_validated() takes it for a bad sequence). */
      c = *p == '\0' ? 0 : g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append (out, "\xef\xbf\xbd");   /* U+FFFD for a bad byte */
          p++;
          continue;
        }
      size = (gsize) (g_utf8_next_char (p) - p);
      if (c == 0)
        size = 1;

      if (c == ' ' && n_chars > max_chars / 2)
        word_break = out->len;

      if (_pdz_text_is_unsafe_char (c))
        append_escaped (out, c);
      else if ((flags & PDZ_QUOTE_JSON) != 0 && (c == '"' || c == '\\'))
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) c);
        }
      else
        g_string_append_len (out, p, (gssize) size);
      p += size;
    }

  if (truncated && (flags & PDZ_QUOTE_AT_WORD) != 0 && word_break > 0)
    g_string_truncate (out, word_break);
  if (truncated)
    g_string_append (out, "…");

  return g_string_free (out, FALSE);
}
