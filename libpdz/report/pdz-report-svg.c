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

#define CHART_WIDTH 720
#define FONT "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"

/* Indexed by PdzStatus: planned, in progress, completed, suspended,
 * cancelled, not stated. Not stated is a neutral grey, as it prints. */
static const char * const status_colours[PDZ_N_STATUSES] = {
  "#F0E442",   /* yellow: planned */
  "#56B4E9",   /* sky blue: in progress */
  "#009E73",   /* bluish green: completed */
  "#E69F00",   /* orange: suspended */
  "#D55E00",   /* vermillion: cancelled */
  "#BDBDBD",   /* grey: not stated */
};

/* The order the stacked bars are drawn in: done first, not stated last. */
static const PdzStatus status_order[PDZ_N_STATUSES] = {
  PDZ_STATUS_COMPLETED,
  PDZ_STATUS_IN_PROGRESS,
  PDZ_STATUS_PLANNED,
  PDZ_STATUS_SUSPENDED,
  PDZ_STATUS_CANCELLED,
  PDZ_STATUS_NOT_STATED,
};

#define COLOUR_ACTIONS "#0072B2"
#define COLOUR_MILESTONES "#56B4E9"

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
        case PDZ_STATUS_NOT_STATED:
          g_string_append (out, "<path d=\"M2,0 v8 M6,0 v8\" "
                                "stroke=\"#1a1a1a\" stroke-opacity=\"0.35\" stroke-width=\"1\"/>");
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

/* A legend of swatches in a row: @fills and @labels, @n of each */
static void
append_legend (GString            *out,
               double              y,
               const char * const *fills,
               const char * const *labels,
               guint               n)
{
  double x = 0;

  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (out,
                              "<rect x=\"%s\" y=\"%s\" width=\"16\" height=\"16\" fill=\"%s\" "
                              "stroke=\"#1a1a1a\" stroke-width=\"0.8\"/>\n",
                              NUM (x), NUM (y - 12), fills[i]);
      g_string_append_printf (out, "<text class=\"legend\" x=\"%s\" y=\"%s\" fill=\"#1a1a1a\">",
                              NUM (x + 22), NUM (y));
      _pdz_report_append_escaped_xml (out, labels[i]);
      g_string_append (out, "</text>\n");
      x += 22 + 8 * g_utf8_strlen (labels[i], -1) + 24;
    }
}

/* Status per macroarea: stacked horizontal bars --------------------------- */

char *
_pdz_report_chart_status (const PdzReportContext *ctx,
                          const PdzReportFigures *fig,
                          const char             *id_prefix)
{
  GString *out;
  guint max_total = 0, charted = 0, n_rows = 0;
  guint occurring[PDZ_N_STATUSES] = { 0 };
  const double label_w = 220, left = label_w + 10, right = CHART_WIDTH - 50;
  const double legend_y = 40, top = 70, row_h = 36, bar_h = 22;
  g_autofree char *total = NULL;
  g_autofree char *desc = NULL;
  g_autoptr(GPtrArray) fills = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  double y;

  for (guint r = 0; r < fig->macroareas->len; r++)
    {
      const PdzReportStatusRow *row = &g_array_index (fig->macroareas, PdzReportStatusRow, r);

      if (row->total == 0)
        continue;
      n_rows++;
      charted += row->total;
      max_total = MAX (max_total, row->total);
      for (guint s = 0; s < PDZ_N_STATUSES; s++)
        occurring[s] += row->counts[s];
    }
  if (max_total == 0)
    return NULL;

  total = _pdz_report_format_count (ctx, charted);
  desc = _pdz_report_msgf (ctx, PDZ_MSG_CHART_STATUS_DESC, total);
  out = g_string_new (NULL);
  open_svg (out, id_prefix, (int) (top + n_rows * row_h + 10),
            _pdz_report_msg (ctx, PDZ_MSG_CHART_STATUS_TITLE), desc);
  append_patterns (out, id_prefix);

  /* The legend: the statuses that occur, in drawing order */
  for (guint i = 0; i < PDZ_N_STATUSES; i++)
    {
      PdzStatus s = status_order[i];

      if (occurring[s] == 0)
        continue;
      g_ptr_array_add (fills, g_strdup_printf ("url(#%s-%s)", id_prefix, _pdz_report_status_nick (s)));
      g_ptr_array_add (labels, (gpointer) _pdz_report_status_plural_label (ctx, s));
    }
  append_legend (out, legend_y, (const char * const *) fills->pdata, (const char * const *) labels->pdata,
                 labels->len);

  y = top;
  for (guint r = 0; r < fig->macroareas->len; r++)
    {
      const PdzReportStatusRow *row = &g_array_index (fig->macroareas, PdzReportStatusRow, r);
      double x = left;
      char number[16];

      if (row->total == 0)
        continue;

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
        }

      g_snprintf (number, sizeof number, "%u", row->total);
      append_label (out, x + 6, y + bar_h / 2 + 4, "start", "normal", number);
      y += row_h;
    }

  g_string_append (out, "</svg>\n");
  return g_string_free (out, FALSE);
}

/* Actions and milestones over time: vertical bars ---------------------------- */

/* The bar's period, in words: "marzo 2022", "1º trimestre 2022", "2022",
 * "2000–2009" */
static char *
time_label (const PdzReportContext *ctx,
            const PdzReportTime    *time,
            const PdzReportTimeRow *t)
{
  switch (time->unit)
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

static char *
timeline_title (const PdzReportContext *ctx,
                const PdzReportTime    *time)
{
  switch (time->unit)
    {
    case PDZ_REPORT_TIME_MONTH:
      return g_strdup (_pdz_report_msg (ctx, PDZ_MSG_CHART_TIME_TITLE_MONTH));
    case PDZ_REPORT_TIME_QUARTER:
      return g_strdup (_pdz_report_msg (ctx, PDZ_MSG_CHART_TIME_TITLE_QUARTER));
    case PDZ_REPORT_TIME_YEAR:
    default:
      if (time->years_per_bar == 1)
        return g_strdup (_pdz_report_msg (ctx, PDZ_MSG_CHART_TIME_TITLE_YEAR));
      return _pdz_report_msgf (ctx, PDZ_MSG_CHART_TIME_TITLE_YEARS, time->years_per_bar);
    }
}

/* "2 anni", "1 mese", "3 periodi di 5 anni" */
static char *
periods_text (const PdzReportContext *ctx,
              const PdzReportTime    *time,
              guint                   n)
{
  g_autofree char *count = _pdz_report_format_count (ctx, n);
  gboolean one = n == 1;

  switch (time->unit)
    {
    case PDZ_REPORT_TIME_MONTH:
      return _pdz_report_msgf (ctx, one ? PDZ_MSG_UNIT_MONTH : PDZ_MSG_UNIT_MONTHS, count);
    case PDZ_REPORT_TIME_QUARTER:
      return _pdz_report_msgf (ctx, one ? PDZ_MSG_UNIT_QUARTER : PDZ_MSG_UNIT_QUARTERS, count);
    case PDZ_REPORT_TIME_YEAR:
    default:
      if (time->years_per_bar > 1)
        return _pdz_report_msgf (ctx, one ? PDZ_MSG_UNIT_PERIOD : PDZ_MSG_UNIT_PERIODS, count,
                                 time->years_per_bar);
      return _pdz_report_msgf (ctx, one ? PDZ_MSG_UNIT_YEAR : PDZ_MSG_UNIT_YEARS, count);
    }
}

/* The period the bars cover, at their unit: "2022 – 2023" */
static char *
time_period (const PdzReportContext *ctx,
             const PdzReportTime    *time)
{
  const PdzReportTimeRow *first, *last;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (time->bars->len == 0)
    return g_strdup ("—");
  first = &g_array_index (time->bars, PdzReportTimeRow, 0);
  last = &g_array_index (time->bars, PdzReportTimeRow, time->bars->len - 1);
  a = time_label (ctx, time, first);
  if (first == last)
    return g_steal_pointer (&a);
  b = time_label (ctx, time, last);
  return g_strdup_printf ("%s – %s", a, b);
}

char *
_pdz_report_time_text (const PdzReportContext *ctx,
                       const PdzReportFigures *fig)
{
  const PdzReportTime *time = &fig->time;
  guint n_dated = time->n_dated_actions + time->n_milestones;
  GString *out = g_string_new (NULL);

  if (n_dated == 0)
    {
      g_string_append (out, _pdz_report_msg (ctx, PDZ_MSG_CHART_TIME_NONE));
      return g_string_free (out, FALSE);
    }

  if (time->drawn)
    {
      const PdzReportTimeRow *first = &g_array_index (time->bars, PdzReportTimeRow, 0);
      const PdzReportTimeRow *last = &g_array_index (time->bars, PdzReportTimeRow, time->bars->len - 1);
      g_autofree char *a = time_label (ctx, time, first);
      g_autofree char *b = time_label (ctx, time, last);
      g_autofree char *n = _pdz_report_format_count (ctx, time->n_in_period);
      g_autofree char *desc = _pdz_report_msgf (ctx, PDZ_MSG_CHART_TIME_DESC, a, b, n);

      g_string_append (out, desc);
      if (n_dated > time->n_in_period)
        {
          g_autofree char *missing = _pdz_report_format_count (ctx, n_dated - time->n_in_period);
          g_autofree char *text = _pdz_report_msgf (ctx, PDZ_MSG_CHART_TIME_NOT_SHOWN, missing);

          g_string_append_c (out, ' ');
          g_string_append (out, text);
        }
    }
  else
    {
      g_autofree char *dated = _pdz_report_format_count (ctx, n_dated);
      g_autofree char *actions = _pdz_report_format_count (ctx, time->n_dated_actions);
      g_autofree char *milestones = _pdz_report_format_count (ctx, time->n_milestones);
      g_autofree char *in_period = _pdz_report_format_count (ctx, time->n_in_period);
      g_autofree char *spanned = periods_text (ctx, time, time->n_periods);
      g_autofree char *needed = _pdz_report_format_count (ctx, PDZ_REPORT_TIME_MIN_ITEMS);
      g_autofree char *periods_needed = periods_text (ctx, time, PDZ_REPORT_TIME_MIN_PERIODS);
      g_autofree char *period = time_period (ctx, time);
      g_autofree char *text = _pdz_report_msgf (ctx, PDZ_MSG_CHART_TIME_TOO_FEW, dated, actions, milestones,
                                                in_period, period, spanned, needed, periods_needed);

      g_string_append (out, text);
    }

  if (time->by_year_for_precision)
    {
      g_autofree char *known = _pdz_report_format_count (ctx, time->n_month_known);
      g_autofree char *base = _pdz_report_format_count (ctx, time->n_precision_base);
      g_autofree char *text = _pdz_report_msgf (ctx, PDZ_MSG_CHART_TIME_BY_YEAR, known, base);

      g_string_append_c (out, ' ');
      g_string_append (out, text);
    }

  return g_string_free (out, FALSE);
}

/* The label under a bar: the month's number, the quarter ("T1"), or the
 * (first) year */
static char *
tick_label (const PdzReportContext *ctx,
            const PdzReportTime    *time,
            const PdzReportTimeRow *t)
{
  switch (time->unit)
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

/* One segment of a bar, with its tooltip */
static void
append_segment (GString    *out,
                double      x,
                double      y,
                double      w,
                double      h,
                const char *fill,
                const char *period,
                const char *what)
{
  g_string_append_printf (out,
                          "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" "
                          "fill=\"%s\" stroke=\"#1a1a1a\" stroke-width=\"0.8\"><title>",
                          NUM (x), NUM (y), NUM (w), NUM (h), fill);
  _pdz_report_append_escaped_xml (out, period);
  g_string_append (out, ": ");
  _pdz_report_append_escaped_xml (out, what);
  g_string_append (out, "</title></rect>\n");
}

char *
_pdz_report_chart_timeline (const PdzReportContext *ctx,
                            const PdzReportFigures *fig,
                            const char             *id_prefix)
{
  const PdzReportTime *time = &fig->time;
  GString *out;
  guint n = time->bars->len;
  guint max_count = 0, any_actions = 0, any_milestones = 0;
  const double left = 36, right = CHART_WIDTH - 10, top = 64, plot_h = 140;
  double slot, bar_w;
  int height = (int) (top + plot_h + 50);
  g_autofree char *desc = NULL;
  g_autofree char *title = NULL;
  guint ticks, label_every;
  gboolean by_year = time->unit == PDZ_REPORT_TIME_YEAR;
  const char *fills[2];
  const char *labels[2];
  guint n_legend = 0;
  g_autofree char *milestone_fill = g_strdup_printf ("url(#%s-milestones)", id_prefix);

  if (!time->drawn)
    return NULL;
  g_assert (n > 0 && n <= PDZ_REPORT_MAX_BARS);

  for (guint i = 0; i < n; i++)
    {
      const PdzReportTimeRow *t = &g_array_index (time->bars, PdzReportTimeRow, i);

      max_count = MAX (max_count, t->actions + t->milestones);
      any_actions += t->actions;
      any_milestones += t->milestones;
    }

  desc = _pdz_report_time_text (ctx, fig);
  title = timeline_title (ctx, time);

  out = g_string_new (NULL);
  open_svg (out, id_prefix, height, title, desc);
  g_string_append_printf (out,
                          "<defs><pattern id=\"%s-milestones\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">"
                          "<rect width=\"8\" height=\"8\" fill=\"%s\"/>"
                          "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#1a1a1a\" fill-opacity=\"0.55\"/>"
                          "</pattern></defs>\n", id_prefix, COLOUR_MILESTONES);

  /* The legend: what occurs */
  if (any_actions > 0)
    {
      fills[n_legend] = COLOUR_ACTIONS;
      labels[n_legend++] = _pdz_report_msg (ctx, PDZ_MSG_ACTIONS);
    }
  if (any_milestones > 0)
    {
      fills[n_legend] = milestone_fill;
      labels[n_legend++] = _pdz_report_msg (ctx, PDZ_MSG_MILESTONES);
    }
  append_legend (out, 40, fills, labels, n_legend);

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
      const PdzReportTimeRow *t = &g_array_index (time->bars, PdzReportTimeRow, i);
      double x = left + i * slot + (slot - bar_w) / 2;
      double h_actions = plot_h * t->actions / ticks;
      double h_milestones = plot_h * t->milestones / ticks;
      double y = top + plot_h;
      g_autofree char *period = time_label (ctx, time, t);
      g_autofree char *tick = tick_label (ctx, time, t);

      if (t->actions > 0)
        {
          g_autofree char *n_actions = _pdz_report_format_count (ctx, t->actions);
          g_autofree char *what = _pdz_report_msgf (ctx, PDZ_MSG_CHART_BAR_ACTIONS, n_actions);

          y -= h_actions;
          append_segment (out, x, y, bar_w, h_actions, COLOUR_ACTIONS, period, what);
        }
      if (t->milestones > 0)
        {
          g_autofree char *n_milestones = _pdz_report_format_count (ctx, t->milestones);
          g_autofree char *what = _pdz_report_msgf (ctx, PDZ_MSG_CHART_BAR_MILESTONES, n_milestones);

          y -= h_milestones;
          append_segment (out, x, y, bar_w, h_milestones, milestone_fill, period, what);
        }
      if (t->actions + t->milestones > 0)
        {
          char number[16];

          g_snprintf (number, sizeof number, "%u", t->actions + t->milestones);
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

/* Funding by source: horizontal bars of the stated amounts ---------------- */

char *
_pdz_report_chart_funding (const PdzReportContext *ctx,
                           const PdzReportFigures *fig,
                           const char             *id_prefix)
{
  GString *out;
  guint n = fig->sources->len;
  double max_value = 0;
  const double label_w = 200, left = label_w + 10, right = CHART_WIDTH - 190;
  const double top = 36, row_h = 30, bar_h = 20;

  /* Amounts, or no chart: a chart of how often a source is named says
   * little (the document lists the sources instead) */
  if (fig->n_sources_with_amount < 2)
    return NULL;

  for (guint i = 0; i < n; i++)
    {
      const PdzReportAmountRow *row = &g_array_index (fig->sources, PdzReportAmountRow, i);

      if (!row->overflow)
        max_value = MAX (max_value, (double) row->amount);
    }

  out = g_string_new (NULL);
  open_svg (out, id_prefix, (int) (top + n * row_h + 10),
            _pdz_report_msg (ctx, PDZ_MSG_CHART_FUNDING_TITLE),
            _pdz_report_msg (ctx, PDZ_MSG_CHART_FUNDING_DESC));

  for (guint i = 0; i < n; i++)
    {
      const PdzReportAmountRow *row = &g_array_index (fig->sources, PdzReportAmountRow, i);
      gboolean stated = row->n_unstated < row->n_fundings;
      double y = top + i * row_h;
      double w = 0;
      g_autofree char *amount = NULL;
      g_autofree char *label = NULL;

      if (!stated)
        amount = g_strdup (_pdz_report_msg (ctx, PDZ_MSG_NO_AMOUNT));
      else
        amount = _pdz_report_format_total (ctx, row->amount, row->overflow);
      label = g_strdup_printf ("%s (%u)", amount, row->n_fundings);

      if (stated)
        w = row->overflow ? right - left : max_value > 0 ? (right - left) * row->amount / max_value : 0;

      append_wrapped_label (out, label_w, y + bar_h / 2, row->label);
      if (w > 0)
        {
          g_string_append_printf (out,
                                  "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" "
                                  "fill=\"%s\" stroke=\"#1a1a1a\" stroke-width=\"0.8\"><title>",
                                  NUM (left), NUM (y), NUM (MAX (w, 1.0)), NUM (bar_h), COLOUR_ACTIONS);
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

static PdzReportFigure *
figure_new (const char *id,
            char       *title,
            char       *description,
            char       *svg)
{
  PdzReportFigure *figure = g_new0 (PdzReportFigure, 1);

  figure->id = g_strdup (id);
  figure->title = title;
  figure->description = description;
  figure->svg = svg;
  return figure;
}

GPtrArray *
_pdz_report_figures_charts (const PdzReportContext *ctx,
                            const PdzReportFigures *fig)
{
  GPtrArray *charts = g_ptr_array_new_with_free_func ((GDestroyNotify) _pdz_report_figure_free);
  char *svg;

  svg = _pdz_report_chart_status (ctx, fig, "pdz-chart-status");
  if (svg != NULL)
    {
      g_autofree char *total = _pdz_report_format_count (ctx, fig->n_actions);

      g_ptr_array_add (charts, figure_new ("status", g_strdup (_pdz_report_msg (ctx, PDZ_MSG_CHART_STATUS_TITLE)),
                                           _pdz_report_msgf (ctx, PDZ_MSG_CHART_STATUS_DESC, total), svg));
    }

  svg = _pdz_report_chart_timeline (ctx, fig, "pdz-chart-timeline");
  if (svg != NULL)
    g_ptr_array_add (charts, figure_new ("timeline", timeline_title (ctx, &fig->time),
                                         _pdz_report_time_text (ctx, fig), svg));

  svg = _pdz_report_chart_funding (ctx, fig, "pdz-chart-funding");
  if (svg != NULL)
    g_ptr_array_add (charts, figure_new ("funding", g_strdup (_pdz_report_msg (ctx, PDZ_MSG_CHART_FUNDING_TITLE)),
                                         g_strdup (_pdz_report_msg (ctx, PDZ_MSG_CHART_FUNDING_DESC)), svg));

  return charts;
}
