/* pdz-summary.c: pdz summary, the figures of a plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "pdz-summary-private.h"
#include "pdz-tool-private.h"

#define TITLE_WIDTH 34
#define BAR_WIDTH 10

typedef struct {
  PdzToolTerm term;
  const PdzSummaryCatalog *cat;   /* the texts of the language */
  GString *out;
} Summary;

static const char * const status_columns[] = {
  "actions-planned", "actions-in-progress", "actions-completed",
  "actions-suspended", "actions-cancelled",
};

static const char *
msg (Summary       *s,
     PdzSummaryMsg  id)
{
  return pdz_summary_msg (s->cat, id);
}

/* One line of text, made printable: it may quote the plan. */
static void
emit_line (Summary *s,
           const char *utf8)
{
  g_autofree char *printable = pdz_tool_text (&s->term, utf8);

  g_string_append (s->out, printable);
  g_string_append_c (s->out, '\n');
}

static void
heading (Summary *s,
         const char *text)
{
  g_autofree char *printable = pdz_tool_text (&s->term, text);
  g_autofree char *colored = pdz_tool_color (&s->term, "1", printable);

  g_string_append (s->out, colored);
}

static const char *
dot (Summary *s)
{
  return s->term.unicode ? " · " : " - ";
}

static char *
bar (Summary *s,
     double rate,
     guint width)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint full = (guint) (rate * width + 0.5);

  if (full > width)
    full = width;
  for (guint i = 0; i < width; i++)
    g_string_append (text, s->term.unicode ? (i < full ? "█" : "░") : (i < full ? "#" : "."));

  if (s->term.unicode)
    {
      /* Colour the filled part only. */
      g_autofree char *filled = g_strndup (text->str, full * strlen ("█"));
      g_autofree char *colored = pdz_tool_color (&s->term, "32", filled);

      return g_strconcat (colored, text->str + strlen (filled), NULL);
    }
  return g_strdup (text->str);
}

/* 123456 cents → "€ 1,234.56" (or "EUR 1,234.56" in ASCII). */
static char *
format_cents (Summary *s,
              gint64 cents)
{
  g_autofree char *units = g_strdup_printf ("%" G_GINT64_FORMAT, cents / 100);
  g_autoptr(GString) grouped = g_string_new (NULL);
  gsize length = strlen (units);

  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append_c (grouped, ',');
      g_string_append_c (grouped, units[i]);
    }

  return g_strdup_printf ("%s %s.%02d", s->term.unicode ? "€" : "EUR", grouped->str,
                          (int) (cents % 100));
}

static char *
format_date (Summary       *s,
             const PdzDate *date)
{
  return date != NULL ? pdz_date_format (date, s->cat->language) : g_strdup ("…");
}

static char *
format_span (Summary *s,
             const PdzDate *start,
             const PdzDate *end)
{
  g_autofree char *a = format_date (s, start);
  g_autofree char *b = format_date (s, end);

  return g_strdup_printf ("%s %s %s", a, s->term.unicode ? "–" : "-", b);
}

static void
print_header (Summary *s,
              PdzPlan *plan,
              PdzStats *stats)
{
  const char *title = pdz_plan_get_title (plan);
  g_autoptr(GString) line = g_string_new (NULL);

  if (title == NULL)
    title = pdz_plan_get_id (plan);
  heading (s, title != NULL ? title : msg (s, PDZ_SUMMARY_MSG_UNTITLED_PLAN));
  g_string_append_c (s->out, '\n');

  if (pdz_plan_get_ambito (plan) != NULL)
    g_string_append (line, pdz_plan_get_ambito (plan));
  if (pdz_plan_get_start (plan) != NULL || pdz_plan_get_end (plan) != NULL)
    {
      g_autofree char *span = format_span (s, pdz_plan_get_start (plan), pdz_plan_get_end (plan));
      g_autofree char *period = pdz_summary_msgf (s->cat, PDZ_SUMMARY_MSG_PLAN_PERIOD, span);

      if (line->len > 0)
        g_string_append (line, dot (s));
      g_string_append (line, period);
    }
  if (pdz_plan_get_language (plan) != NULL)
    {
      g_autofree char *language = pdz_summary_msgf (s->cat, PDZ_SUMMARY_MSG_PLAN_LANGUAGE,
                                                    pdz_plan_get_language (plan));

      if (line->len > 0)
        g_string_append (line, dot (s));
      g_string_append (line, language);
    }
  if (line->len > 0)
    emit_line (s, line->str);

  if (pdz_plan_get_monitoring_title (plan) != NULL ||
      pdz_plan_get_monitoring_start (plan) != NULL ||
      pdz_plan_get_monitoring_end (plan) != NULL)
    {
      g_string_assign (line, msg (s, PDZ_SUMMARY_MSG_MONITORING));
      g_string_append_c (line, ' ');
      if (pdz_plan_get_monitoring_title (plan) != NULL)
        g_string_append (line, pdz_plan_get_monitoring_title (plan));
      if (pdz_plan_get_monitoring_start (plan) != NULL || pdz_plan_get_monitoring_end (plan) != NULL)
        {
          g_autofree char *span = format_span (s, pdz_plan_get_monitoring_start (plan),
                                               pdz_plan_get_monitoring_end (plan));

          if (pdz_plan_get_monitoring_title (plan) != NULL)
            g_string_append (line, ", ");
          g_string_append (line, span);
        }
      emit_line (s, line->str);
    }

  {
    g_autofree char *objectives = pdz_summary_msgf (s->cat, PDZ_SUMMARY_MSG_N_OBJECTIVES,
                                                    pdz_stats_get_n_objectives (stats));
    g_autofree char *actions = pdz_summary_msgf (s->cat, PDZ_SUMMARY_MSG_N_ACTIONS,
                                                 pdz_stats_get_n_actions (stats));
    g_autofree char *projects = pdz_summary_msgf (s->cat, PDZ_SUMMARY_MSG_N_PROJECTS,
                                                  pdz_stats_get_n_projects (stats));
    g_autofree char *rate = pdz_summary_msgf (s->cat, PDZ_SUMMARY_MSG_COMPLETION_RATE,
                                              pdz_stats_get_completion_rate (stats) * 100.0);

    g_string_printf (line, "%s%s%s%s%s%s%s", objectives, dot (s), actions, dot (s),
                     projects, dot (s), rate);
    emit_line (s, line->str);
  }
}

/* Appends " HEAD" to @header for each column of @heads, right aligned to
 * the width of its numbers, at least @min_width: a language's head may be
 * longer than another's. Gives the widths in @widths. */
static void
column_heads (Summary             *s,
              GString             *header,
              const PdzSummaryMsg *heads,
              guint                n_heads,
              guint                min_width,
              int                 *widths)
{
  for (guint k = 0; k < n_heads; k++)
    {
      g_autofree char *text = pdz_tool_text (&s->term, msg (s, heads[k]));
      guint width = MAX (min_width, pdz_tool_width (&s->term, text));
      g_autofree char *cell = pdz_tool_cell (&s->term, text, width, TRUE);

      g_string_append_printf (header, " %s", cell);
      widths[k] = (int) width;
    }
}

static void
print_macroareas (Summary *s,
                  PdzStats *stats)
{
  static const PdzSummaryMsg heads[] = {
    PDZ_SUMMARY_MSG_COLUMN_OBJECTIVES, PDZ_SUMMARY_MSG_COLUMN_ACTIONS,
    /* in the order of status_columns */
    PDZ_SUMMARY_MSG_COLUMN_PLANNED, PDZ_SUMMARY_MSG_COLUMN_IN_PROGRESS,
    PDZ_SUMMARY_MSG_COLUMN_COMPLETED, PDZ_SUMMARY_MSG_COLUMN_SUSPENDED,
    PDZ_SUMMARY_MSG_COLUMN_CANCELLED,
  };
  g_autoptr(PdzStatsTable) table = pdz_stats_by_macroarea (stats);
  g_autoptr(PdzStatsTable) by_status = pdz_stats_by_status (stats);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));
  g_autofree char *title = pdz_tool_cell (&s->term, msg (s, PDZ_SUMMARY_MSG_STATUS_BY_MACROAREA),
                                          TITLE_WIDTH, FALSE);
  g_autoptr(GString) header = g_string_new (title);
  int widths[G_N_ELEMENTS (heads)];
  gint64 totals[G_N_ELEMENTS (status_columns)] = { 0, };

  G_STATIC_ASSERT (G_N_ELEMENTS (heads) == 2 + G_N_ELEMENTS (status_columns));

  column_heads (s, header, heads, G_N_ELEMENTS (heads), 4, widths);
  g_string_append_printf (header, "  %s", msg (s, PDZ_SUMMARY_MSG_COLUMN_COMPLETION));

  g_string_append_c (s->out, '\n');
  heading (s, header->str);
  g_string_append_c (s->out, '\n');

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (table), i);
      const char *name = pdz_stats_row_get_string (row, "title");
      double rate = pdz_stats_row_get_double (row, "actions-completion-rate");
      g_autofree char *cell = pdz_tool_cell (&s->term,
                                             name != NULL ? name : msg (s, PDZ_SUMMARY_MSG_NO_MACROAREA),
                                             TITLE_WIDTH, FALSE);
      g_autofree char *meter = bar (s, rate, BAR_WIDTH);

      g_string_append_printf (s->out, "%s %*" G_GINT64_FORMAT " %*" G_GINT64_FORMAT,
                              cell, widths[0], pdz_stats_row_get_int (row, "objectives"),
                              widths[1], pdz_stats_row_get_int (row, "actions"));
      for (guint k = 0; k < G_N_ELEMENTS (status_columns); k++)
        g_string_append_printf (s->out, " %*" G_GINT64_FORMAT,
                                widths[2 + k], pdz_stats_row_get_int (row, status_columns[k]));
      g_string_append_printf (s->out, "  %s %3.0f%%\n", meter, rate * 100.0);
    }

  /* The total comes from the overall counts: an action serving two
   * macroareas counts in both rows, but once here. */
  for (guint k = 0; k < G_N_ELEMENTS (status_columns); k++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (by_status), k);

      totals[k] = pdz_stats_row_get_int (row, "actions");
    }
  {
    g_autofree char *cell = pdz_tool_cell (&s->term, msg (s, PDZ_SUMMARY_MSG_TOTAL), TITLE_WIDTH, FALSE);
    g_autofree char *meter = bar (s, pdz_stats_get_completion_rate (stats), BAR_WIDTH);

    g_string_append_printf (s->out, "%s %*u %*u", cell, widths[0], pdz_stats_get_n_objectives (stats),
                            widths[1], pdz_stats_get_n_actions (stats));
    for (guint k = 0; k < G_N_ELEMENTS (status_columns); k++)
      g_string_append_printf (s->out, " %*" G_GINT64_FORMAT, widths[2 + k], totals[k]);
    g_string_append_printf (s->out, "  %s %3.0f%%\n", meter,
                            pdz_stats_get_completion_rate (stats) * 100.0);
  }
}

/* "lead,partner" (the nicks of the roles) → "lead, partner" in the
 * language; a nick this table lacks is shown as it is. */
static char *
format_roles (Summary    *s,
              const char *nicks)
{
  g_autoptr(GEnumClass) roles = g_type_class_ref (PDZ_TYPE_ROLE);
  g_auto(GStrv) split = g_strsplit (nicks != NULL ? nicks : "", ",", -1);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; split[i] != NULL; i++)
    {
      const GEnumValue *role = g_enum_get_value_by_nick (roles, split[i]);
      guint offset = role != NULL ? (guint) role->value : 0;
      gboolean known = role != NULL &&
                       offset <= PDZ_SUMMARY_MSG_ROLE_CONSULTED - PDZ_SUMMARY_MSG_ROLE_PARTICIPANT;

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, known ? msg (s, PDZ_SUMMARY_MSG_ROLE_PARTICIPANT + offset) : split[i]);
    }

  return pdz_tool_text (&s->term, text->str);
}

static void
print_partners (Summary *s,
                PdzStats *stats,
                guint top)
{
  static const PdzSummaryMsg heads[] = {
    PDZ_SUMMARY_MSG_COLUMN_PARTNER_ACTIONS, PDZ_SUMMARY_MSG_COLUMN_PARTNER_PROJECTS,
  };
  g_autoptr(PdzStatsTable) table = pdz_stats_by_partner (stats);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));
  g_autofree char *title = pdz_tool_cell (&s->term, msg (s, PDZ_SUMMARY_MSG_TOP_PARTNERS),
                                          TITLE_WIDTH + 4, FALSE);
  g_autoptr(GString) header = g_string_new (title);
  int widths[G_N_ELEMENTS (heads)];

  /* As wide as the English heads, "actions" and "projects", at least. */
  column_heads (s, header, heads, 1, 7, widths);
  column_heads (s, header, heads + 1, 1, 8, widths + 1);
  g_string_append_printf (header, "  %s", msg (s, PDZ_SUMMARY_MSG_COLUMN_ROLES));

  g_string_append_c (s->out, '\n');
  heading (s, header->str);
  g_string_append_c (s->out, '\n');
  if (n == 0)
    {
      g_autofree char *none = g_strconcat ("  ", msg (s, PDZ_SUMMARY_MSG_NO_PARTNERS), NULL);

      emit_line (s, none);
    }

  for (guint i = 0; i < n && i < top; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (table), i);
      g_autofree char *cell = pdz_tool_cell (&s->term, pdz_stats_row_get_string (row, "name"),
                                             TITLE_WIDTH, FALSE);
      g_autofree char *role_text = format_roles (s, pdz_stats_row_get_string (row, "roles"));

      g_string_append_printf (s->out, "%3u %s %*" G_GINT64_FORMAT " %*" G_GINT64_FORMAT "  %s\n",
                              i + 1, cell,
                              widths[0], pdz_stats_row_get_int (row, "actions"),
                              widths[1], pdz_stats_row_get_int (row, "projects"),
                              role_text);
    }
  if (n > top)
    {
      g_autofree char *text = pdz_summary_msgf (s->cat, PDZ_SUMMARY_MSG_AND_MORE, n - top);
      g_autofree char *more = g_strconcat ("    ", text, NULL);

      emit_line (s, more);
    }
}

static void
print_funding (Summary *s,
               PdzStats *stats)
{
  static const PdzSummaryMsg heads[] = {
    PDZ_SUMMARY_MSG_COLUMN_FUNDINGS, PDZ_SUMMARY_MSG_COLUMN_AMOUNT,
  };
  g_autoptr(PdzStatsTable) table = pdz_stats_by_funding_source (stats);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));
  g_autofree char *title = pdz_tool_cell (&s->term, msg (s, PDZ_SUMMARY_MSG_FUNDING_PER_SOURCE),
                                          TITLE_WIDTH, FALSE);
  g_autoptr(GString) header = g_string_new (title);
  int widths[G_N_ELEMENTS (heads)];

  column_heads (s, header, heads, 1, 8, widths);
  column_heads (s, header, heads + 1, 1, 18, widths + 1);
  g_string_append_printf (header, "  %s", msg (s, PDZ_SUMMARY_MSG_COLUMN_AMOUNT_NOT_STATED));

  g_string_append_c (s->out, '\n');
  heading (s, header->str);
  g_string_append_c (s->out, '\n');
  if (n == 0)
    {
      g_autofree char *none = g_strconcat ("  ", msg (s, PDZ_SUMMARY_MSG_NO_FUNDINGS), NULL);

      emit_line (s, none);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (table), i);
      g_autofree char *cell = pdz_tool_cell (&s->term, pdz_stats_row_get_string (row, "source"),
                                             TITLE_WIDTH, FALSE);
      gint64 stated = pdz_stats_row_get_int (row, "fundings") -
                      pdz_stats_row_get_int (row, "unknown-amounts");
      g_autofree char *amount = stated > 0
                                ? format_cents (s, pdz_stats_row_get_int (row, "amount"))
                                : g_strdup (s->term.unicode ? "—" : "-");
      g_autofree char *amount_cell = pdz_tool_cell (&s->term, amount, (guint) widths[1], TRUE);

      g_string_append_printf (s->out, "%s %*" G_GINT64_FORMAT " %s  %" G_GINT64_FORMAT "\n",
                              cell, widths[0], pdz_stats_row_get_int (row, "fundings"), amount_cell,
                              pdz_stats_row_get_int (row, "unknown-amounts"));
    }
}

static void
print_origin (Summary *s,
              PdzStats *stats)
{
  g_autoptr(PdzStatsTable) table = pdz_stats_by_origin (stats);
  guint total = pdz_stats_get_n_actions (stats);
  static const char * const origins[] = { "planned", "extra" };   /* the rows' keys */
  static const PdzSummaryMsg labels[] = {
    PDZ_SUMMARY_MSG_ORIGIN_PLANNED, PDZ_SUMMARY_MSG_ORIGIN_EXTRA,
  };
  guint width = 8;

  g_string_append_c (s->out, '\n');
  heading (s, msg (s, PDZ_SUMMARY_MSG_PLANNED_AGAINST_EXTRA));
  g_string_append_c (s->out, '\n');

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *text = pdz_tool_text (&s->term, msg (s, labels[i]));

      width = MAX (width, pdz_tool_width (&s->term, text));
    }

  for (guint i = 0; i < G_N_ELEMENTS (origins); i++)
    {
      PdzStatsRow *row = pdz_stats_table_lookup_row (table, origins[i]);
      gint64 actions = pdz_stats_row_get_int (row, "actions");
      double share = total > 0 ? (double) actions / total : 0.0;
      g_autofree char *meter = bar (s, share, 20);
      g_autofree char *label = pdz_tool_cell (&s->term, msg (s, labels[i]), width, FALSE);

      g_string_append_printf (s->out, "  %s %5" G_GINT64_FORMAT "  %s %3.0f%%\n",
                              label, actions, meter, share * 100.0);
    }
}

/* ---- JSON --------------------------------------------------------------- */

static void
add_table (JsonBuilder *builder,
           const char *member,
           PdzStatsTable *table)
{
  const char * const *columns = pdz_stats_table_get_columns (table);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (table), i);

      json_builder_begin_object (builder);
      for (guint c = 0; columns[c] != NULL; c++)
        {
          GType type = pdz_stats_table_get_column_type (table, columns[c]);

          json_builder_set_member_name (builder, columns[c]);
          if (type == G_TYPE_INT64)
            json_builder_add_int_value (builder, pdz_stats_row_get_int (row, columns[c]));
          else if (type == G_TYPE_DOUBLE)
            json_builder_add_double_value (builder, pdz_stats_row_get_double (row, columns[c]));
          else if (pdz_stats_row_get_string (row, columns[c]) != NULL)
            json_builder_add_string_value (builder, pdz_stats_row_get_string (row, columns[c]));
          else
            json_builder_add_null_value (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_string (JsonBuilder *builder,
            const char *member,
            const char *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_date (JsonBuilder *builder,
          const char *member,
          const PdzDate *date)
{
  g_autofree char *text = date != NULL ? pdz_date_to_string (date) : NULL;

  add_string (builder, member, text);
}

static void
print_json (PdzPlan *plan,
            PdzStats *stats)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  struct {
    const char *member;
    PdzStatsTable *(*compute) (PdzStats *stats);
  } tables[] = {
    { "by-status", pdz_stats_by_status },
    { "by-macroarea", pdz_stats_by_macroarea },
    { "partners", pdz_stats_by_partner },
    { "funding-by-source", pdz_stats_by_funding_source },
    { "funding-by-status", pdz_stats_by_funding_status },
    { "by-origin", pdz_stats_by_origin },
    { "by-year", pdz_stats_by_year },
    { "by-quarter", pdz_stats_by_quarter },
    { "by-month", pdz_stats_by_month },
  };

  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "plan");
  json_builder_begin_object (builder);
  add_string (builder, "id", pdz_plan_get_id (plan));
  add_string (builder, "title", pdz_plan_get_title (plan));
  add_string (builder, "ambito", pdz_plan_get_ambito (plan));
  add_string (builder, "language", pdz_plan_get_language (plan));
  add_date (builder, "start", pdz_plan_get_start (plan));
  add_date (builder, "end", pdz_plan_get_end (plan));
  json_builder_set_member_name (builder, "monitoring");
  json_builder_begin_object (builder);
  add_string (builder, "title", pdz_plan_get_monitoring_title (plan));
  add_date (builder, "start", pdz_plan_get_monitoring_start (plan));
  add_date (builder, "end", pdz_plan_get_monitoring_end (plan));
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "totals");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "objectives");
  json_builder_add_int_value (builder, pdz_stats_get_n_objectives (stats));
  json_builder_set_member_name (builder, "actions");
  json_builder_add_int_value (builder, pdz_stats_get_n_actions (stats));
  json_builder_set_member_name (builder, "projects");
  json_builder_add_int_value (builder, pdz_stats_get_n_projects (stats));
  json_builder_set_member_name (builder, "extra-actions");
  json_builder_add_int_value (builder, pdz_stats_get_n_extra_actions (stats));
  json_builder_set_member_name (builder, "completion-rate");
  json_builder_add_double_value (builder, pdz_stats_get_completion_rate (stats));
  json_builder_end_object (builder);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autoptr(PdzStatsTable) table = tables[i].compute (stats);

      add_table (builder, tables[i].member, table);
    }

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  pdz_tool_print_json (root);
}

int
pdz_tool_summary (int argc,
                  char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *language = NULL;
  g_auto(GStrv) files = NULL;
  gboolean ascii = FALSE;
  int top = 10;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      "Output format: text (the default) or json", "FORMAT" },
    { "ascii", 0, 0, G_OPTION_ARG_NONE, &ascii,
      "Plain ASCII text, without Unicode bars or letters", NULL },
    { "top", 't', 0, G_OPTION_ARG_INT, &top,
      "How many partners to list (default: 10)", "N" },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &language,
      "Language of the text: it or en (default: the plan's)", "LANG" },
    /* The spelling of the library's property: an alias, as in pdz report. */
    { "language", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &language,
      "The same as --lang", "LANG" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE" },
    { NULL }
  };
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzStats) stats = NULL;
  gboolean json;

  if (!pdz_tool_parse ("summary",
                       "Prints the figures of the plan FILE: its header, the status of\n"
                       "objectives and actions per macroarea, the top partners, the\n"
                       "funding per source and planned against extra actions.",
                       "The text is in the plan's language (Italian when it names none,\n"
                       "English when libpdz lacks it), or in that of --lang; the JSON\n"
                       "keys are the same in every language.\n"
                       "Colour only on a terminal, never when NO_COLOR is set. Unicode\n"
                       "only in a UTF-8 locale and without --ascii.\n"
                       "Exit status: 0 on success, 2 when FILE cannot be loaded or the\n"
                       "usage is wrong.",
                       entries, &argc, &argv))
    return PDZ_EXIT_FAILURE;

  json = g_strcmp0 (format, "json") == 0;
  if (format != NULL && !json && !g_str_equal (format, "text"))
    {
      pdz_tool_error (NULL, "summary: unknown format “%s”: use text or json", format);
      return PDZ_EXIT_FAILURE;
    }
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      pdz_tool_error (NULL, "summary: give exactly one FILE; run 'pdz summary --help'");
      return PDZ_EXIT_FAILURE;
    }
  if (top < 0)
    {
      pdz_tool_error (NULL, "summary: --top must be 0 or more");
      return PDZ_EXIT_FAILURE;
    }
  /* Refused even with --format json, which has no text: a usage error. */
  if (language != NULL && !pdz_tool_check_language ("summary: --lang", "summary", language))
    return PDZ_EXIT_FAILURE;

  plan = pdz_tool_load_plan (files[0]);
  if (plan == NULL)
    return PDZ_EXIT_FAILURE;
  stats = pdz_stats_new (plan);

  if (json)
    {
      print_json (plan, stats);
    }
  else
    {
      /* The library's language rule, as pdz report and validate follow
       * it: --lang, else the plan's, else Italian (a plan naming none)
       * or English (a plan naming a language libpdz lacks). */
      g_autoptr(PdzReport) report = pdz_report_new (plan);
      const char *effective;
      Summary s;

      pdz_report_set_language (report, language);
      effective = pdz_report_get_effective_language (report);
      s.cat = pdz_summary_catalog_lookup (effective);
      if (s.cat == NULL)
        {
          /* libpdz writes a language these tables lack: keep them alike. */
          pdz_tool_error (NULL, "summary: no summary in “%s”",
                          effective != NULL ? effective : language);
          return PDZ_EXIT_FAILURE;
        }

      pdz_tool_term_init (&s.term, ascii);
      s.out = g_string_new (NULL);
      print_header (&s, plan, stats);
      print_macroareas (&s, stats);
      print_partners (&s, stats, (guint) top);
      print_funding (&s, stats);
      print_origin (&s, stats);
      pdz_tool_write (s.out->str);
      g_string_free (s.out, TRUE);
    }

  return PDZ_EXIT_OK;
}
