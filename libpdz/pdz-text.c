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
