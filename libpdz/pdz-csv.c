/* pdz-csv.c: CSV fields, and text that a spreadsheet would take for a formula
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * See pdz-csv-private.h.
 */

#include "pdz-csv-private.h"

#include <string.h>

/* What a spreadsheet skips, or shows as nothing, before the first
 * character it parses: white space and control characters, the
 * byte-order mark, zero-width and no-break spaces, the other spaces. */
static gboolean
is_invisible_lead (gunichar c)
{
  return c <= 0x20 || c == 0x7f ||
         (c >= 0x80 && c <= 0x9f) ||
         c == 0xa0 || c == 0xfeff || c == 0x180e ||
         (c >= 0x2000 && c <= 0x200f) ||
         c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f ||
         c == 0x2060 || c == 0x3000;
}

gboolean
_pdz_csv_looks_like_formula (const char *text)
{
  const char *p = text;

  if (text == NULL)
    return FALSE;

  /* A tab or a carriage return first is itself a trigger. */
  if (*p == '\t' || *p == '\r')
    return TRUE;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        return FALSE;
      if (!is_invisible_lead (c))
        return c == '=' || c == '+' || c == '-' || c == '@' ||
               c == 0xff1d || c == 0xff0b || c == 0xff0d || c == 0xff20;
      p = g_utf8_next_char (p);
    }

  return FALSE;
}

void
_pdz_csv_append_field (GString    *out,
                       const char *text,
                       char        separator)
{
  gboolean neutralise = _pdz_csv_looks_like_formula (text);
  gboolean quote = neutralise ||
                   strchr (text, separator) != NULL ||
                   strpbrk (text, "\"\r\n,;") != NULL;

  if (!quote)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  if (neutralise)
    g_string_append_c (out, '\'');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
_pdz_csv_append_field_exact (GString    *out,
                             const char *text,
                             char        separator)
{
  if (*text == '\0')
    {
      g_string_append (out, "\"\"");
      return;
    }
  if (*text == '\'' && !_pdz_csv_looks_like_formula (text))
    {
      g_autofree char *prefixed = g_strconcat ("\'", text, NULL);

      /* quoted, and the apostrophe doubled, as the guard does */
      g_string_append_c (out, '"');
      for (const char *p = prefixed; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
      return;
    }
  _pdz_csv_append_field (out, text, separator);
}
