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

char *
_pdz_report_pango_text (const char *text)
{
  g_autofree char *clean = _pdz_report_xml_text (text != NULL ? text : "");
  GString *out = g_string_sized_new (strlen (clean));

  for (const char *p = clean; *p != '\0'; p++)
    {
      /* CR LF is one line break, and so is a CR alone */
      if (*p == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}
