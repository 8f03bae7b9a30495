/* pdz-report-pango-private.h: measuring text with Pango, for the PDF and
 * ODP writers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Both writers decide where a line, a page or a slide breaks by laying the
 * text out with Pango in the fonts the file names, so they share how that
 * is set up: one unit (the point, 1/72 inch), no hinting (a measure must
 * hold at every scale and in every program that draws the file) and the
 * same cleaning of the plan's text.
 */

#pragma once

#include <pango/pangocairo.h>

#include "pdz-report-private.h"

G_BEGIN_DECLS

/* The fonts: Liberation Sans (fonts-liberation2, metric-compatible with
 * Arial, which PowerPoint substitutes), then DejaVu Sans
 * (fonts-dejavu-core), then whatever fontconfig offers for a character
 * neither has. */
#define PDZ_REPORT_FONT_FAMILY "Liberation Sans,DejaVu Sans"

/* A context whose units are points, with hinting off and glyph positions
 * unrounded. (transfer full) */
PangoContext *_pdz_report_pango_context_new (void);

/* A font of PDZ_REPORT_FONT_FAMILY at @size points. (transfer full) */
PangoFontDescription *_pdz_report_pango_font (double size, PangoWeight weight, PangoStyle style);

/* A word longer than PDZ_REPORT_WORD_MAX characters (no line break
 * allowed inside: a run of characters without white space) is set in
 * pieces of PDZ_REPORT_WORD_PIECE characters, with a zero-width space
 * (U+200B) between them. Pango breaks a word wider than its line at any
 * character, but finds the place in time quadratic in the word's length:
 * a 100,000-character word took seconds. No word of a language, and few
 * addresses, are that long; the pieces keep the cost linear, and a line
 * that breaks among them ends at most a few characters short. A break
 * never goes inside a grapheme (an accented letter, a flag, an emoji
 * sequence), but for a single grapheme longer than 8 pieces. */
#define PDZ_REPORT_WORD_MAX 100
#define PDZ_REPORT_WORD_PIECE 8

/* Plan text as Pango lays it out: the XML text of _pdz_report_xml_text()
 * (what every other format shows), a carriage return (with or without a
 * line feed after it) a line break, and a word longer than
 * PDZ_REPORT_WORD_MAX in pieces (above). (transfer full) */
char *_pdz_report_pango_text (const char *text);

G_END_DECLS
