/* pdz-workbook-text.c: the text of workbook cells, both ways
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * How values become cell text and back, exactly: lists in one cell, the
 * values of "x-" members, numbers that must survive a spreadsheet's 15
 * digits, amounts, serial dates (the dates an office types are
 * pdz-date.c's), the escapes of characters XML cannot carry; and the text
 * of new ids (slugs).
 */

#include "pdz-workbook-private.h"

#include "pdz-json-emit-private.h"

#include <math.h>
#include <string.h>

#include "pdz-date-private.h"
#include "pdz-plan-private.h"
#include "pdz-text-private.h"

/* --- New ids --- */

char *
_pdz_wb_slug (const char *text)
{
  g_autofree char *folded = _pdz_text_fold (text);
  GString *out = g_string_new (NULL);
  gboolean dash = FALSE;

  for (const char *p = folded; *p != '\0' && out->len < 40; p++)
    {
      char c = *p;

      if (g_ascii_isalnum (c))
        {
          if (dash && out->len > 0)
            g_string_append_c (out, '-');
          g_string_append_c (out, g_ascii_tolower (c));
          dash = FALSE;
        }
      else
        dash = TRUE;
    }
  return g_string_free (out, FALSE);
}

gsize
_pdz_wb_utf16_length (const char *text)
{
  gsize n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    n += g_utf8_get_char (p) > 0xffff ? 2 : 1;
  return n;
}

/* --- _xHHHH_ --- */

static gboolean
is_x_escape (const char *p)
{
  return p[0] == '_' && p[1] == 'x' &&
         g_ascii_isxdigit (p[2]) && g_ascii_isxdigit (p[3]) &&
         g_ascii_isxdigit (p[4]) && g_ascii_isxdigit (p[5]) && p[6] == '_';
}

static gboolean
xml_forbids (gunichar c)
{
  return (c < 0x20 && c != '\t' && c != '\n') || c == 0xfffe || c == 0xffff;
}

char *
_pdz_wb_escape_x (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_x_escape (p))
        g_string_append (out, "_x005F");
      if (xml_forbids (c))
        g_string_append_printf (out, "_x%04X_", c);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

char *
_pdz_wb_unescape_x (const char *text)
{
  GString *out;

  if (strstr (text, "_x") == NULL)
    return g_strdup (text);

  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0';)
    {
      if (is_x_escape (p))
        {
          char hex[5] = { p[2], p[3], p[4], p[5], '\0' };
          gunichar c = (gunichar) g_ascii_strtoull (hex, NULL, 16);

          if (c != 0 && g_unichar_validate (c))
            {
              g_string_append_unichar (out, c);
              p += 7;
              continue;
            }
        }
      g_string_append_c (out, *p);
      p++;
    }
  return g_string_free (out, FALSE);
}

/* --- JSON in cells --- */

char *
_pdz_wb_json_to_cell (JsonNode *node)
{
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *s = json_node_get_string (node);
      JsonNode *parsed = _pdz_plan_table_parse_json (s);

      if (parsed == NULL)
        return g_strdup (s);
      json_node_unref (parsed);
    }
  return _pdz_json_to_compact (node);
}

JsonNode *
_pdz_wb_cell_to_json (const char *text)
{
  JsonNode *node = _pdz_plan_table_parse_json (text);

  if (node == NULL)
    {
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_string (node, text);
    }
  return node;
}

/* --- Numbers --- */

char *
_pdz_wb_format_double (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (int precision = 15; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  return g_strdup (buf);
}

gboolean
_pdz_wb_double_is_exact (double value)
{
  return isfinite (value) && value == floor (value) && fabs (value) < 1e15 &&
         !(value == 0 && signbit (value));
}

gboolean
_pdz_wb_amount_is_exact (gint64 cents)
{
  return cents > -G_GINT64_CONSTANT (1000000000000000) && cents < G_GINT64_CONSTANT (1000000000000000);
}

char *
_pdz_wb_format_amount (gint64 cents)
{
  guint64 magnitude = cents < 0 ? (guint64) (-(cents + 1)) + 1 : (guint64) cents;

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%02u", cents < 0 ? "-" : "",
                          magnitude / 100, (guint) (magnitude % 100));
}

gboolean
_pdz_wb_parse_amount (const char *text,
                      gint64     *cents)
{
  GString *digits = g_string_new (NULL);
  gboolean negative = FALSE;
  const char *last_dot, *last_comma, *decimal = NULL;
  g_autofree char *clean = NULL;
  guint64 whole = 0;
  guint fraction = 0, n_fraction = 0;
  gboolean ok = TRUE;

  /* Without spaces, no-break spaces, "€" and "EUR". */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00a0 || c == 0x202f || c == 0x20ac)
        continue;
      if (g_str_has_prefix (p, "EUR"))
        {
          p += 2;
          continue;
        }
      g_string_append_unichar (digits, c);
    }
  clean = g_string_free (digits, FALSE);

  if (clean[0] == '-' || clean[0] == '+')
    negative = clean[0] == '-';
  {
    const char *s = clean + (clean[0] == '-' || clean[0] == '+');

    if (*s == '\0')
      return FALSE;
    last_dot = strrchr (s, '.');
    last_comma = strrchr (s, ',');
    /* Both: the last one is the decimal mark, the other groups. One kind
     * only, once, with one or two digits after it: the decimal mark. Three
     * digits after the only mark could be either: refused. */
    if (last_dot != NULL && last_comma != NULL)
      decimal = last_dot > last_comma ? last_dot : last_comma;
    else if (last_dot != NULL || last_comma != NULL)
      {
        const char *mark = last_dot != NULL ? last_dot : last_comma;
        gsize after = strlen (mark + 1);

        if (strchr (s, *mark) == mark && after >= 1 && after <= 2)
          decimal = mark;
        else if (after == 3 && strchr (s, *mark) == mark)
          return FALSE;
      }

    for (const char *p = s; *p != '\0' && ok; p++)
      {
        if (p == decimal)
          continue;
        if (decimal != NULL && p > decimal)
          {
            if (!g_ascii_isdigit (*p) || n_fraction == 2)
              ok = FALSE;
            else
              fraction = fraction * 10 + (guint) (*p - '0'), n_fraction++;
          }
        else if (g_ascii_isdigit (*p))
          {
            if (whole > (G_MAXINT64 / 100 - 9) / 10)
              ok = FALSE;
            else
              whole = whole * 10 + (guint64) (*p - '0');
          }
        else if ((*p == '.' || *p == ',') && decimal != NULL && *p != *decimal && p != s)
          continue;
        else if ((*p == '.' || *p == ',') && decimal == NULL && p != s && p[1] != '\0')
          {
            /* grouping with no decimal part: "1.250.000" */
            const char *next = strpbrk (p + 1, ".,");
            gsize group = next != NULL ? (gsize) (next - p - 1) : strlen (p + 1);

            if (group != 3)
              ok = FALSE;
          }
        else
          ok = FALSE;
      }
  }
  if (!ok)
    return FALSE;
  if (n_fraction == 1)
    fraction *= 10;
  *cents = (gint64) (whole * 100 + fraction);
  if (negative)
    *cents = -*cents;
  return TRUE;
}

/* --- Dates --- */

PdzDate *
_pdz_wb_serial_to_date (double   serial,
                        gboolean date1904)
{
  g_autoptr(GDate) date = NULL;
  double days = floor (serial);

  if (!isfinite (serial) || days < (date1904 ? 0 : 1) || days > 2958465)
    return NULL;

  if (date1904)
    {
      date = g_date_new_dmy (1, G_DATE_JANUARY, 1904);
      g_date_add_days (date, (guint) days);
    }
  else
    {
      /* Excel's 1900 system counts a 29 February 1900 that never was. */
      if (days == 60)
        return NULL;
      date = g_date_new_dmy (31, G_DATE_DECEMBER, 1899);
      g_date_add_days (date, (guint) (days < 60 ? days : days - 1));
    }
  return _pdz_date_new_from_parts (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

gboolean
_pdz_wb_check_utf8 (const char *data,
                    gsize       length,
                    guint      *bad_line)
{
  const char *end = NULL;

  if (g_utf8_validate_len (data, length, &end))
    return TRUE;
  *bad_line = 1;
  for (const char *p = data; p < end; p++)
    if (*p == '\n')
      (*bad_line)++;
  return FALSE;
}
