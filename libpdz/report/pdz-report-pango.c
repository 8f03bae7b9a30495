/* pdz-report-pango.c: measuring text with Pango, for the PDF and ODP writers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * See pdz-report-pango-private.h.
 */

#include "pdz-report-pango-private.h"

PangoContext *
_pdz_report_pango_context_new (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Hinted metrics would round every advance to a whole point: the text
   * would measure differently here, in a PDF viewer that zooms and in an
   * office suite that lays the deck out again. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_base_dir (context, PANGO_DIRECTION_LTR);

  return context;
}

PangoFontDescription *
_pdz_report_pango_font (double      size,
                        PangoWeight weight,
                        PangoStyle  style)
{
  PangoFontDescription *font = pango_font_description_from_string (PDZ_REPORT_FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE + 0.5));
  pango_font_description_set_weight (font, weight);
  pango_font_description_set_style (font, style);
  return font;
}

/* Whether a line may break after @c whatever follows: Pango's line
 * breaking (UAX #14) at white space and its kin. A run of anything else
 * may be one long word. */
static gboolean
is_break_after (gunichar c)
{
  switch (g_unichar_break_type (c))
    {
    case G_UNICODE_BREAK_SPACE:
    case G_UNICODE_BREAK_ZERO_WIDTH_SPACE:
    case G_UNICODE_BREAK_MANDATORY:
    case G_UNICODE_BREAK_LINE_FEED:
    case G_UNICODE_BREAK_CARRIAGE_RETURN:
    case G_UNICODE_BREAK_NEXT_LINE:
      return TRUE;
    default:
      return c == '\t';
    }
}

/* Whether a break may go before @c: not inside a grapheme (before a
 * combining mark, a joiner, a variation selector, a skin tone, or a
 * Hangul vowel or final jamo) */
static gboolean
may_break_before (gunichar c)
{
  switch (g_unichar_break_type (c))
    {
    case G_UNICODE_BREAK_COMBINING_MARK:
    case G_UNICODE_BREAK_ZERO_WIDTH_JOINER:
    case G_UNICODE_BREAK_EMOJI_MODIFIER:
    case G_UNICODE_BREAK_HANGUL_V_JAMO:
    case G_UNICODE_BREAK_HANGUL_T_JAMO:
      return FALSE;
    default:
      return !g_unichar_ismark (c) &&
             c != 0x200C &&                                /* ZWNJ */
             !(c >= 0xFE00 && c <= 0xFE0F) &&              /* variation selectors */
             !(c >= 0xE0100 && c <= 0xE01EF);
    }
}

/* Appends @word (@length characters, no break inside) to @out: whole when
 * it is a word, else in pieces of PDZ_REPORT_WORD_PIECE characters with an
 * invisible break between them. Pango wraps a word wider than its line at
 * any character, but finds where in time quadratic in the word's length. */
static void
append_word (GString    *out,
             const char *word,
             const char *end,
             gsize       length)
{
  guint run = 0;
  guint regional = 0;                    /* regional indicators just before */
  gboolean joined = FALSE;               /* after a zero-width joiner */

  if (length <= PDZ_REPORT_WORD_MAX)
    {
      g_string_append_len (out, word, end - word);
      return;
    }
  for (const char *p = word; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean indicator = g_unichar_break_type (c) == G_UNICODE_BREAK_REGIONAL_INDICATOR;
      /* between two flags, not inside one */
      gboolean may = !joined && (indicator ? regional % 2 == 0 : may_break_before (c));

      /* and, in a run that is one grapheme (a letter under a thousand
       * accents), anywhere at last */
      if ((run >= PDZ_REPORT_WORD_PIECE && may) || run >= 8 * PDZ_REPORT_WORD_PIECE)
        {
          g_string_append (out, "\u200B");
          run = 0;
        }
      g_string_append_unichar (out, c);
      regional = indicator ? regional + 1 : 0;
      joined = c == 0x200D;
      run++;
    }
}

/* The noncharacters (U+FDD0 to U+FDEF, and the last two code points of
 * every plane): XML allows most of them, but cairo refuses a string that
 * holds one ("input string not valid UTF-8"), and the whole PDF with it. */
static gboolean
is_noncharacter (gunichar c)
{
  return (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
}

/* @text (valid UTF-8) with each noncharacter replaced by U+FFFD.
 * (transfer full) */
static char *
replace_noncharacters (char *text)
{
  GString *out;
  const char *p;

  for (p = text; *p != '\0' && !is_noncharacter (g_utf8_get_char (p)); p = g_utf8_next_char (p))
    ;
  if (*p == '\0')
    return text;

  out = g_string_sized_new (strlen (text) + 8);
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, is_noncharacter (c) ? 0xfffd : c);
    }
  g_free (text);
  return g_string_free (out, FALSE);
}

char *
_pdz_report_pango_text (const char *text)
{
  g_autofree char *clean = replace_noncharacters (_pdz_report_xml_text (text != NULL ? text : ""));
  GString *out = g_string_sized_new (strlen (clean));
  const char *word = NULL;
  gsize length = 0;

  for (const char *p = clean; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && !is_break_after (c))
        {
          if (word == NULL)
            {
              word = p;
              length = 0;
            }
          length++;
          continue;
        }
      if (word != NULL)
        {
          append_word (out, word, p, length);
          word = NULL;
        }
      if (c == 0)
        break;

      /* CR LF is one line break, and so is a CR alone */
      if (c == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
        }
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
