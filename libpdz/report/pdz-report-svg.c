/* pdz-report-svg.c: the charts of the report, drawn as SVG
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every chart has a <title> and a <desc>, uses the Okabe–Ito palette (safe
 * for the common colour-vision deficiencies) and stays legible printed in
 * grey: each status also has its own fill pattern, and every bar carries
 * its value as a direct label.
 */

#include "pdz-report-private.h"

#include <math.h>

#define CHART_WIDTH 760
#define FONT "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"

/* Indexed by PdzStatus: planned, in progress, completed, suspended, cancelled */
static const char * const status_colours[PDZ_N_STATUSES] = {
  "#F0E442",   /* yellow: planned */
  "#56B4E9",   /* sky blue: in progress */
  "#009E73",   /* bluish green: completed */
  "#E69F00",   /* orange: suspended */
  "#D55E00",   /* vermillion: cancelled */
};

/* The order the stacked bars are drawn in: done first. */
static const PdzStatus status_order[PDZ_N_STATUSES] = {
  PDZ_STATUS_COMPLETED,
  PDZ_STATUS_IN_PROGRESS,
  PDZ_STATUS_PLANNED,
  PDZ_STATUS_SUSPENDED,
  PDZ_STATUS_CANCELLED,
};

/* A coordinate or length, "12.5": always with a full stop, whatever the
 * locale of the process (printf's "%.1f" would write "12,5" under an
 * Italian LC_NUMERIC). C11 keeps the array of the returned struct alive
 * to the end of the full expression: pass NUM (x) straight to printf. */
typedef struct {
  char s[G_ASCII_DTOSTR_BUF_SIZE];
} Num;

static Num
num (double value)
{
  Num n;

  g_ascii_formatd (n.s, sizeof n.s, "%.1f", value);
  return n;
}

#define NUM(value) (num (value).s)

static void
open_svg (GString    *out,
          const char *id_prefix,
          int         height,
          const char *title,
          const char *desc)
{
  g_string_append_printf (out,
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
                          "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                          "role=\"img\" aria-labelledby=\"%s-title %s-desc\" "
                          "font-family=\"%s\" font-size=\"12\">\n",
                          CHART_WIDTH, height, CHART_WIDTH, height, id_prefix, id_prefix, FONT);
  g_string_append_printf (out, "<title id=\"%s-title\">", id_prefix);
  _pdz_report_append_escaped_xml (out, title);
  g_string_append_printf (out, "</title>\n<desc id=\"%s-desc\">", id_prefix);
  _pdz_report_append_escaped_xml (out, desc);
  g_string_append (out, "</desc>\n");
  g_string_append_printf (out, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n",
                          CHART_WIDTH, height);
  g_string_append (out, "<text x=\"0\" y=\"18\" font-size=\"15\" font-weight=\"bold\" fill=\"#1a1a1a\">");
  _pdz_report_append_escaped_xml (out, title);
  g_string_append (out, "</text>\n");
}

/* A text with a white halo, legible over any fill. */
static void
append_label (GString    *out,
              double      x,
              double      y,
              const char *anchor,
              const char *weight,
              const char *text)
{
  g_string_append_printf (out,
                          "<text x=\"%s\" y=\"%s\" text-anchor=\"%s\" font-weight=\"%s\" "
                          "fill=\"#1a1a1a\" stroke=\"#ffffff\" stroke-width=\"3\" "
                          "stroke-linejoin=\"round\" paint-order=\"stroke\">",
                          NUM (x), NUM (y), anchor, weight);
  _pdz_report_append_escaped_xml (out, text);
  g_string_append (out, "</text>\n");
}

static void
append_patterns (GString    *out,
                 const char *id_prefix)
{
  g_string_append (out, "<defs>\n");
  for (guint s = 0; s < PDZ_N_STATUSES; s++)
    {
      const char *colour = status_colours[s];
      const char *nick = _pdz_report_status_nick (s);

      g_string_append_printf (out,
                              "<pattern id=\"%s-%s\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">"
                              "<rect width=\"8\" height=\"8\" fill=\"%s\"/>",
                              id_prefix, nick, colour);
      switch ((PdzStatus) s)
        {
        case PDZ_STATUS_COMPLETED:
          /* solid */
          break;
        case PDZ_STATUS_IN_PROGRESS:
          g_string_append (out, "<path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4\" "
                                "stroke=\"#1a1a1a\" stroke-opacity=\"0.55\" stroke-width=\"1.5\"/>");
          break;
        case PDZ_STATUS_PLANNED:
          g_string_append (out, "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#1a1a1a\" fill-opacity=\"0.55\"/>");
          break;
        case PDZ_STATUS_SUSPENDED:
          g_string_append (out, "<path d=\"M0,0 l8,8 M8,0 l-8,8\" "
                                "stroke=\"#1a1a1a\" stroke-opacity=\"0.55\" stroke-width=\"1.2\"/>");
          break;
        case PDZ_STATUS_CANCELLED:
        default:
          g_string_append (out, "<path d=\"M0,2 h8 M0,6 h8\" "
                                "stroke=\"#1a1a1a\" stroke-opacity=\"0.55\" stroke-width=\"1.5\"/>");
          break;
        }
      g_string_append (out, "</pattern>\n");
    }
  g_string_append (out, "</defs>\n");
}

/* Splits @text into at most two lines of about @width characters. */
static char **
wrap_label (const char *text,
            guint       width)
{
  glong len;
  const char *cut = NULL;
  const char *p;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  char **lines;

  text = _pdz_report_text_or (text, NULL);
  len = g_utf8_strlen (text, -1);
  if (len <= (glong) width)
    {
      lines = g_new0 (char *, 2);
      lines[0] = g_strdup (text);
      return lines;
    }

  /* The last space within the first @width characters. */
  p = text;
  for (guint i = 0; i < width && *p != '\0'; i++, p = g_utf8_next_char (p))
    if (*p == ' ')
      cut = p;
  if (cut == NULL)
    cut = p;

  first = g_strndup (text, cut - text);
  second = g_strdup (*cut == ' ' ? cut + 1 : cut);
  if (g_utf8_strlen (second, -1) > (glong) width)
    {
      char *end = g_utf8_offset_to_pointer (second, width - 1);
      char *shorter;

      *end = '\0';
      shorter = g_strconcat (second, "…", NULL);
      g_free (second);
      second = shorter;
    }

  lines = g_new0 (char *, 3);
  lines[0] = g_steal_pointer (&first);
  lines[1] = g_steal_pointer (&second);
  return lines;
}

static void
append_wrapped_label (GString    *out,
                      double      x,
                      double      y_middle,
                      const char *text)
{
  g_auto(GStrv) lines = wrap_label (text, 30);
  guint n = g_strv_length (lines);
  double y = y_middle + 4 - (n - 1) * 7;

  g_string_append_printf (out, "<text x=\"%s\" y=\"%s\" text-anchor=\"end\" fill=\"#1a1a1a\">",
                          NUM (x), NUM (y));
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (out, "<tspan x=\"%s\" dy=\"%s\">", NUM (x), i == 0 ? "0" : "14");
      _pdz_report_append_escaped_xml (out, lines[i]);
      g_string_append (out, "</tspan>");
    }
  g_string_append (out, "</text>\n");
}

/* Status per macroarea: stacked horizontal bars --------------------------- */

char *
_pdz_report_chart_status (const PdzReportContext *ctx,
                          const PdzReportFigures *fig,
                          const char             *id_prefix)
{
  GString *out;
  guint max_total = 0;
  guint n_rows = fig->macroareas->len;
  const double label_w = 230, left = label_w + 10, right = CHART_WIDTH - 50;
  const double legend_y = 40, top = 70, row_h = 36, bar_h = 22;
  int height;

  if (n_rows == 0)
    return NULL;

  for (guint r = 0; r < n_rows; r++)
    {
      const PdzReportStatusRow *row = &g_array_index (fig->macroareas, PdzReportStatusRow, r);
      guint total = 0;

      for (guint s = 0; s < PDZ_N_STATUSES; s++)
        total += row->counts[s];
      max_total = MAX (max_total, total);
    }
  if (max_total == 0)
    return NULL;

  height = (int) (top + n_rows * row_h + 10);
  out = g_string_new (NULL);
  open_svg (out, id_prefix, height,
            _pdz_report_msg (ctx, PDZ_MSG_CHART_STATUS_TITLE),
            _pdz_report_msg (ctx, PDZ_MSG_CHART_STATUS_DESC));
  append_patterns (out, id_prefix);

  /* Legend, in drawing order */
  {
    double x = 0;

    for (guint i = 0; i < PDZ_N_STATUSES; i++)
      {
        PdzStatus s = status_order[i];
        const char *label = _pdz_report_status_plural_label (ctx, s);

        g_string_append_printf (out,
                                "<rect x=\"%s\" y=\"%s\" width=\"16\" height=\"16\" fill=\"url(#%s-%s)\" "
                                "stroke=\"#1a1a1a\" stroke-width=\"0.8\"/>\n",
                                NUM (x), NUM (legend_y - 12), id_prefix, _pdz_report_status_nick (s));
        g_string_append_printf (out, "<text x=\"%s\" y=\"%s\" fill=\"#1a1a1a\">",
                                NUM (x + 22), NUM (legend_y));
        _pdz_report_append_escaped_xml (out, label);
        g_string_append (out, "</text>\n");
        x += 22 + 8 * g_utf8_strlen (label, -1) + 24;
      }
  }

  for (guint r = 0; r < n_rows; r++)
    {
      const PdzReportStatusRow *row = &g_array_index (fig->macroareas, PdzReportStatusRow, r);
      double y = top + r * row_h;
      double x = left;
      guint total = 0;
      char number[16];

      append_wrapped_label (out, label_w, y + bar_h / 2, row->label);

      for (guint i = 0; i < PDZ_N_STATUSES; i++)
        {
          PdzStatus s = status_order[i];
          guint count = row->counts[s];
          double w;

          if (count == 0)
            continue;

          w = (right - left) * count / max_total;
          g_string_append_printf (out,
                                  "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" "
                                  "fill=\"url(#%s-%s)\" stroke=\"#1a1a1a\" stroke-width=\"0.8\">"
                                  "<title>",
                                  NUM (x), NUM (y), NUM (w), NUM (bar_h), id_prefix, _pdz_report_status_nick (s));
          g_string_append_printf (out, "%u ", count);
          _pdz_report_append_escaped_xml (out, _pdz_report_status_plural_label (ctx, s));
          g_string_append (out, "</title></rect>\n");
          if (w >= 16)
            {
              g_snprintf (number, sizeof number, "%u", count);
              append_label (out, x + w / 2, y + bar_h / 2 + 4, "middle", "bold", number);
            }
          x += w;
          total += count;
        }

      g_snprintf (number, sizeof number, "%u", total);
      append_label (out, x + 6, y + bar_h / 2 + 4, "start", "normal", number);
    }

  g_string_append (out, "</svg>\n");
  return g_string_free (out, FALSE);
}

/* Actions over time: vertical bars ----------------------------------------- */

/* The bar's period, in words: "marzo 2022", "1º trimestre 2022", "2022",
 * "2000–2009" */
static char *
time_label (const PdzReportContext *ctx,
            const PdzReportFigures *fig,
            const PdzReportTimeRow *t)
{
  switch (fig->time_unit)
    {
    case PDZ_REPORT_TIME_MONTH:
      {
        g_autoptr(PdzDate) d = pdz_date_new_month (t->year, t->part);

        return _pdz_report_format_date (ctx, d);
      }
    case PDZ_REPORT_TIME_QUARTER:
      return _pdz_report_msgf (ctx, PDZ_MSG_QUARTER_OF_YEAR, (guint) t->part, t->year);
    case PDZ_REPORT_TIME_YEAR:
    default:
      if (t->last_year != t->year)
        return g_strdup_printf ("%d–%d", t->year, t->last_year);
      return g_strdup_printf ("%d", t->year);
    }
}

static const char *
timeline_title (const PdzReportContext *ctx,
                const PdzReportFigures *fig,
                char                  **to_free)
{
  *to_free = NULL;
  switch (fig->time_unit)
    {
    case PDZ_REPORT_TIME_MONTH:
      return _pdz_report_msg (ctx, PDZ_MSG_CHART_TIMELINE_TITLE);
    case PDZ_REPORT_TIME_QUARTER:
      return _pdz_report_msg (ctx, PDZ_MSG_CHART_TIMELINE_TITLE_QUARTER);
    case PDZ_REPORT_TIME_YEAR:
    default:
      if (fig->years_per_bar == 1)
        return _pdz_report_msg (ctx, PDZ_MSG_CHART_TIMELINE_TITLE_YEAR);
      *to_free = _pdz_report_msgf (ctx, PDZ_MSG_CHART_TIMELINE_TITLE_YEARS, fig->years_per_bar);
      return *to_free;
    }
}

static char *
timeline_description (const PdzReportContext *ctx,
                      const PdzReportFigures *fig)
{
  const PdzReportTimeRow *first, *last;
  g_autofree char *s1 = NULL;
  g_autofree char *s2 = NULL;
  g_autofree char *desc = NULL;
  PdzReportMsg not_shown = PDZ_MSG_CHART_TIMELINE_NOT_SHOWN;

  if (fig->times->len == 0)
    return g_strdup (_pdz_report_msg (ctx, PDZ_MSG_NO_DATA));

  first = &g_array_index (fig->times, PdzReportTimeRow, 0);
  last = &g_array_index (fig->times, PdzReportTimeRow, fig->times->len - 1);
  s1 = time_label (ctx, fig, first);
  s2 = time_label (ctx, fig, last);

  switch (fig->time_unit)
    {
    case PDZ_REPORT_TIME_MONTH:
      desc = _pdz_report_msgf (ctx, PDZ_MSG_CHART_TIMELINE_DESC, s1, s2);
      break;
    case PDZ_REPORT_TIME_QUARTER:
      desc = _pdz_report_msgf (ctx, PDZ_MSG_CHART_TIMELINE_DESC_QUARTER, s1, s2);
      break;
    case PDZ_REPORT_TIME_YEAR:
    default:
      g_free (s1);
      g_free (s2);
      s1 = g_strdup_printf ("%d", first->year);
      s2 = g_strdup_printf ("%d", last->last_year);
      if (fig->years_per_bar == 1)
        desc = _pdz_report_msgf (ctx, PDZ_MSG_CHART_TIMELINE_DESC_YEAR, s1, s2);
      else
        desc = _pdz_report_msgf (ctx, PDZ_MSG_CHART_TIMELINE_DESC_YEARS, fig->years_per_bar, s1, s2);
      not_shown = PDZ_MSG_CHART_TIMELINE_NOT_SHOWN_YEAR;
      break;
    }

  if (fig->actions_not_charted > 0)
    {
      g_autofree char *text = _pdz_report_msgf (ctx, not_shown, fig->actions_not_charted);

      return g_strconcat (desc, " ", text, NULL);
    }

  return g_steal_pointer (&desc);
}

/* The label under a bar: the month's number, the quarter ("T1"), or the
 * (first) year */
static char *
tick_label (const PdzReportContext *ctx,
            const PdzReportFigures *fig,
            const PdzReportTimeRow *t)
{
  switch (fig->time_unit)
    {
    case PDZ_REPORT_TIME_MONTH:
      return g_strdup_printf ("%d", t->part);
    case PDZ_REPORT_TIME_QUARTER:
      return _pdz_report_msgf (ctx, PDZ_MSG_QUARTER_SHORT, (guint) t->part);
    case PDZ_REPORT_TIME_YEAR:
    default:
      return g_strdup_printf ("%d", t->year);
    }
}

char *
_pdz_report_chart_timeline (const PdzReportContext *ctx,
                            const PdzReportFigures *fig,
                            const char             *id_prefix)
{
  GString *out;
  guint n = fig->times->len;
  guint max_count = 0;
  const double left = 36, right = CHART_WIDTH - 10, top = 40, plot_h = 140;
  double slot, bar_w;
  int height = (int) (top + plot_h + 50);
  g_autofree char *desc = NULL;
  g_autofree char *title_to_free = NULL;
  const char *title;
  guint ticks, label_every;
  gboolean by_year = fig->time_unit == PDZ_REPORT_TIME_YEAR;

  if (n == 0)
    return NULL;
  g_assert (n <= PDZ_REPORT_MAX_BARS);

  for (guint i = 0; i < n; i++)
    max_count = MAX (max_count, g_array_index (fig->times, PdzReportTimeRow, i).count);

  desc = timeline_description (ctx, fig);
  title = timeline_title (ctx, fig, &title_to_free);

  out = g_string_new (NULL);
  open_svg (out, id_prefix, height, title, desc);

  /* Horizontal grid lines with their values */
  ticks = MAX (max_count, 1);
  {
    guint step = ticks <= 5 ? 1 : ticks <= 10 ? 2 : ticks <= 25 ? 5 : (ticks + 4) / 5;

    for (guint v = 0; v <= ticks; v += step)
      {
        double y = top + plot_h - plot_h * v / ticks;

        g_string_append_printf (out,
                                "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" "
                                "stroke=\"#bbbbbb\" stroke-width=\"%s\"/>\n"
                                "<text x=\"%s\" y=\"%s\" text-anchor=\"end\" fill=\"#444444\">%u</text>\n",
                                NUM (left), NUM (y), NUM (right), NUM (y), v == 0 ? "1.2" : "0.6",
                                NUM (left - 6), NUM (y + 4), v);
      }
  }

  slot = (right - left) / n;
  bar_w = MAX (slot * 0.7, 2);
  /* Years are four digits wide: label every one that has room. */
  label_every = by_year ? (guint) MAX (1.0, ceil (34.0 / slot)) : 1;

  for (guint i = 0; i < n; i++)
    {
      const PdzReportTimeRow *t = &g_array_index (fig->times, PdzReportTimeRow, i);
      double x = left + i * slot + (slot - bar_w) / 2;
      double h = max_count > 0 ? plot_h * t->count / ticks : 0;
      double y = top + plot_h - h;
      g_autofree char *period = time_label (ctx, fig, t);
      g_autofree char *tick = tick_label (ctx, fig, t);

      if (t->count > 0)
        {
          char number[16];

          g_string_append_printf (out,
                                  "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" "
                                  "fill=\"#0072B2\" stroke=\"#1a1a1a\" stroke-width=\"0.8\"><title>",
                                  NUM (x), NUM (y), NUM (bar_w), NUM (h));
          _pdz_report_append_escaped_xml (out, period);
          g_string_append_printf (out, ": %u</title></rect>\n", t->count);
          g_snprintf (number, sizeof number, "%u", t->count);
          append_label (out, x + bar_w / 2, y - 4, "middle", "bold", number);
        }

      /* The month, quarter or year under each bar... */
      if (i % label_every == 0)
        {
          g_string_append_printf (out,
                                  "<text class=\"tick\" x=\"%s\" y=\"%s\" text-anchor=\"middle\" "
                                  "fill=\"#444444\">",
                                  NUM (x + bar_w / 2), NUM (top + plot_h + 16));
          _pdz_report_append_escaped_xml (out, tick);
          g_string_append (out, "</text>\n");
        }

      /* ...and for months and quarters, the year under its first one. */
      if (!by_year && (i == 0 || t->part == 1))
        {
          g_string_append_printf (out,
                                  "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"#444444\"/>\n"
                                  "<text class=\"year\" x=\"%s\" y=\"%s\" fill=\"#1a1a1a\" "
                                  "font-weight=\"bold\">%d</text>\n",
                                  NUM (left + i * slot), NUM (top + plot_h),
                                  NUM (left + i * slot), NUM (top + plot_h + 40),
                                  NUM (left + i * slot + 4), NUM (top + plot_h + 36), t->year);
        }
    }

  g_string_append (out, "</svg>\n");
  return g_string_free (out, FALSE);
}

/* Funding by source: horizontal bars -------------------------------------- */

/* When the plan states no amount at all, the bars count the fundings. */
static gboolean
funding_by_count (const PdzReportFigures *fig)
{
  for (guint i = 0; i < fig->sources->len; i++)
    if (g_array_index (fig->sources, PdzReportAmountRow, i).amount > 0)
      return FALSE;
  return TRUE;
}

static const char *
funding_description (const PdzReportContext *ctx,
                     const PdzReportFigures *fig)
{
  return _pdz_report_msg (ctx, funding_by_count (fig) ? PDZ_MSG_CHART_FUNDING_COUNT_DESC
                                                      : PDZ_MSG_CHART_FUNDING_DESC);
}

char *
_pdz_report_chart_funding (const PdzReportContext *ctx,
                           const PdzReportFigures *fig,
                           const char             *id_prefix)
{
  GString *out;
  guint n = fig->sources->len;
  gboolean by_count = funding_by_count (fig);
  double max_value = 0;
  const double label_w = 200, left = label_w + 10, right = CHART_WIDTH - 190;
  const double top = 36, row_h = 30, bar_h = 20;
  int height;

  if (n == 0)
    return NULL;

  for (guint i = 0; i < n; i++)
    {
      const PdzReportAmountRow *row = &g_array_index (fig->sources, PdzReportAmountRow, i);

      max_value = MAX (max_value, by_count ? (double) row->n_fundings : (double) row->amount);
    }

  height = (int) (top + n * row_h + 10);
  out = g_string_new (NULL);
  open_svg (out, id_prefix, height,
            _pdz_report_msg (ctx, PDZ_MSG_CHART_FUNDING_TITLE),
            funding_description (ctx, fig));

  for (guint i = 0; i < n; i++)
    {
      const PdzReportAmountRow *row = &g_array_index (fig->sources, PdzReportAmountRow, i);
      double value = by_count ? (double) row->n_fundings : (double) row->amount;
      double y = top + i * row_h;
      double w = max_value > 0 ? (right - left) * value / max_value : 0;
      g_autofree char *label = NULL;

      if (by_count)
        label = g_strdup_printf ("%u", row->n_fundings);
      else if (row->amount == 0)
        label = g_strdup_printf ("%s (%u)", _pdz_report_msg (ctx, PDZ_MSG_AMOUNT_NOT_STATED), row->n_fundings);
      else
        {
          g_autofree char *amount = _pdz_report_format_total (ctx, row->amount);
          label = g_strdup_printf ("%s (%u)", amount, row->n_fundings);
        }

      append_wrapped_label (out, label_w, y + bar_h / 2, row->label);
      if (w > 0)
        {
          g_string_append_printf (out,
                                  "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" "
                                  "fill=\"#0072B2\" stroke=\"#1a1a1a\" stroke-width=\"0.8\"><title>",
                                  NUM (left), NUM (y), NUM (MAX (w, 1.0)), NUM (bar_h));
          _pdz_report_append_escaped_xml (out, row->label);
          g_string_append (out, ": ");
          _pdz_report_append_escaped_xml (out, label);
          g_string_append (out, "</title></rect>\n");
        }
      append_label (out, left + w + 6, y + bar_h / 2 + 4, "start", "normal", label);
    }

  g_string_append (out, "</svg>\n");
  return g_string_free (out, FALSE);
}

/* The figures of the document --------------------------------------------- */

void
_pdz_report_figure_free (PdzReportFigure *figure)
{
  if (figure == NULL)
    return;
  g_free (figure->id);
  g_free (figure->title);
  g_free (figure->description);
  g_free (figure->svg);
  g_free (figure);
}

GPtrArray *
_pdz_report_figures_charts (const PdzReportContext *ctx,
                            const PdzReportFigures *fig)
{
  GPtrArray *charts = g_ptr_array_new_with_free_func ((GDestroyNotify) _pdz_report_figure_free);
  static const struct {
    const char *id;
    PdzReportMsg title;
    PdzReportMsg desc;
    char *(*draw) (const PdzReportContext *, const PdzReportFigures *, const char *);
  } kinds[] = {
    { "status", PDZ_MSG_CHART_STATUS_TITLE, PDZ_MSG_CHART_STATUS_DESC, _pdz_report_chart_status },
    { "timeline", PDZ_MSG_CHART_TIMELINE_TITLE, PDZ_MSG_CHART_TIMELINE_DESC, _pdz_report_chart_timeline },
    { "funding", PDZ_MSG_CHART_FUNDING_TITLE, PDZ_MSG_CHART_FUNDING_DESC, _pdz_report_chart_funding },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *prefix = g_strconcat ("pdz-chart-", kinds[i].id, NULL);
      char *svg = kinds[i].draw (ctx, fig, prefix);
      PdzReportFigure *figure;

      if (svg == NULL)
        continue;

      figure = g_new0 (PdzReportFigure, 1);
      figure->id = g_strdup (kinds[i].id);
      if (kinds[i].title == PDZ_MSG_CHART_TIMELINE_TITLE)
        {
          g_autofree char *to_free = NULL;

          figure->title = g_strdup (timeline_title (ctx, fig, &to_free));
        }
      else
        figure->title = g_strdup (_pdz_report_msg (ctx, kinds[i].title));
      if (kinds[i].desc == PDZ_MSG_CHART_TIMELINE_DESC)
        figure->description = timeline_description (ctx, fig);
      else if (kinds[i].desc == PDZ_MSG_CHART_FUNDING_DESC)
        figure->description = g_strdup (funding_description (ctx, fig));
      else
        figure->description = g_strdup (_pdz_report_msg (ctx, kinds[i].desc));
      figure->svg = svg;
      g_ptr_array_add (charts, figure);
    }

  return charts;
}
