/* pdz-report-util.c: texts and escaping, shared by the writers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-report-private.h"

/* Texts a plan built in code may lack ------------------------------------- */

const char *
_pdz_report_text_or (const char *text,
                     const char *fallback)
{
  if (text != NULL && *text != '\0')
    return text;
  if (fallback != NULL && *fallback != '\0')
    return fallback;
  return "—";
}

/* Characters XML 1.0 forbids ----------------------------------------------- */

gunichar
_pdz_report_xml_char (gunichar c)
{
  /* A vertical tab is what Word writes for a soft line break, a form feed
   * for a page break: both are line breaks. */
  if (c == 0x0b || c == 0x0c)
    return '\n';
  if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
    return 0;
  /* Surrogates cannot occur in valid UTF-8; the two non-characters can. */
  if (c == 0xfffe || c == 0xffff || (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
    return 0;
  return c;
}

void
_pdz_report_append_xml_text (GString    *out,
                             const char *text)
{
  const char *p = text;

  if (text == NULL)
    return;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      const char *next;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* Not UTF-8 (a plan built in code may hold anything): one byte
           * becomes U+FFFD. */
          g_string_append (out, "\xef\xbf\xbd");
          p++;
          continue;
        }

      next = g_utf8_next_char (p);
      c = _pdz_report_xml_char (c);
      if (c == '\n' && *p != '\n')
        g_string_append_c (out, '\n');
      else if (c != 0)
        g_string_append_len (out, p, next - p);
      p = next;
    }
}

char *
_pdz_report_xml_text (const char *text)
{
  GString *out;

  if (text == NULL)
    return NULL;

  out = g_string_sized_new (strlen (text));
  _pdz_report_append_xml_text (out, text);
  return g_string_free (out, FALSE);
}

char *
_pdz_report_sheet_name (const char *name)
{
  g_autofree char *clean = _pdz_report_xml_text (name != NULL ? name : "");
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = clean; *p != '\0' && n < 31; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Excel forbids these in sheet names, and line breaks and tabs */
      if (c < 0x20)
        continue;
      if (c < 0x80 && strchr ("[]:*?/\\", (int) c) != NULL)
        g_string_append_c (out, '_');
      else
        g_string_append_unichar (out, c);
      n++;
    }

  /* nor may a name begin or end with an apostrophe */
  while (out->len > 0 && out->str[out->len - 1] == '\'')
    g_string_truncate (out, out->len - 1);
  while (out->len > 0 && out->str[0] == '\'')
    g_string_erase (out, 0, 1);
  if (out->len == 0)
    g_string_append_c (out, '_');

  return g_string_free (out, FALSE);
}

/* Escaping ---------------------------------------------------------------- */

void
_pdz_report_append_escaped_xml (GString    *out,
                                const char *text)
{
  g_autofree char *clean = _pdz_report_xml_text (text);

  if (clean == NULL)
    return;

  for (const char *p = clean; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        case '\'':
          g_string_append (out, "&#39;");
          break;
        case '\r':
          /* HTML and SVG text have no use for it */
          break;
        default:
          g_string_append_c (out, *p);
          break;
        }
    }
}

gboolean
_pdz_report_url_is_safe (const char *url)
{
  static const char * const schemes[] = { "http://", "https://", "mailto:" };
  gboolean scheme_ok = FALSE;

  if (url == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    if (g_ascii_strncasecmp (url, schemes[i], strlen (schemes[i])) == 0 &&
        url[strlen (schemes[i])] != '\0')
      scheme_ok = TRUE;

  if (!scheme_ok)
    return FALSE;

  for (const char *p = url; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c <= 0x20 || c == 0x7f || strchr ("\"'<>`\\()[]{}|^", c) != NULL)
        return FALSE;
    }

  return TRUE;
}
