/* pdz-summary.c: pdz summary, the figures of a plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include "pdz-tool-private.h"

#define TITLE_WIDTH 34
#define BAR_WIDTH 10

typedef struct {
  PdzToolTerm term;
  GString *out;
} Summary;

static const char * const status_columns[] = {
  "actions-planned", "actions-in-progress", "actions-completed",
  "actions-suspended", "actions-cancelled",
};

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
format_date (const PdzDate *date)
{
  return date != NULL ? pdz_date_format (date, "en") : g_strdup ("…");
}

static char *
format_span (Summary *s,
             const PdzDate *start,
             const PdzDate *end)
{
  g_autofree char *a = format_date (start);
  g_autofree char *b = format_date (end);

  return g_strdup_printf ("%s %s %s", a, s->term.unicode ? "–" : "-", b);
}

static void
print_header (Summary *s,
              PdzPlan *plan,
              PdzStats *stats)
{
  const char *title = pdz_plan_get_title (plan);
  g_autoptr(GString) line = g_string_new (NULL);

  heading (s, title != NULL ? title : (pdz_plan_get_id (plan) != NULL ? pdz_plan_get_id (plan) : "(untitled plan)"));
  g_string_append_c (s->out, '\n');

  if (pdz_plan_get_ambito (plan) != NULL)
    g_string_append (line, pdz_plan_get_ambito (plan));
  if (pdz_plan_get_start (plan) != NULL || pdz_plan_get_end (plan) != NULL)
    {
      g_autofree char *span = format_span (s, pdz_plan_get_start (plan), pdz_plan_get_end (plan));

      if (line->len > 0)
        g_string_append (line, dot (s));
      g_string_append_printf (line, "plan %s", span);
    }
  if (pdz_plan_get_language (plan) != NULL)
    {
      if (line->len > 0)
        g_string_append (line, dot (s));
      g_string_append_printf (line, "language %s", pdz_plan_get_language (plan));
    }
  if (line->len > 0)
    emit_line (s, line->str);

  if (pdz_plan_get_monitoring_title (plan) != NULL ||
      pdz_plan_get_monitoring_start (plan) != NULL ||
      pdz_plan_get_monitoring_end (plan) != NULL)
    {
      g_string_assign (line, "Monitoring: ");
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

  g_string_printf (line, "%u objectives%s%u actions%s%u projects%s%.0f%% of actions completed",
                   pdz_stats_get_n_objectives (stats), dot (s),
                   pdz_stats_get_n_actions (stats), dot (s),
                   pdz_stats_get_n_projects (stats), dot (s),
                   pdz_stats_get_completion_rate (stats) * 100.0);
  emit_line (s, line->str);
}

static void
print_macroareas (Summary *s,
                  PdzStats *stats)
{
  g_autoptr(PdzStatsTable) table = pdz_stats_by_macroarea (stats);
  g_autoptr(PdzStatsTable) by_status = pdz_stats_by_status (stats);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));
  g_autofree char *title = pdz_tool_cell (&s->term, "Status by macroarea", TITLE_WIDTH, FALSE);
  g_autofree char *header = g_strdup_printf ("%s %4s %4s %4s %4s %4s %4s %4s  %s",
                                             title, "obj", "act", "pln", "prg", "cmp", "sus",
                                             "can", "completed");
  gint64 totals[5] = { 0, };

  g_string_append_c (s->out, '\n');
  heading (s, header);
  g_string_append_c (s->out, '\n');

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (table), i);
      const char *name = pdz_stats_row_get_string (row, "title");
      double rate = pdz_stats_row_get_double (row, "actions-completion-rate");
      g_autofree char *cell = pdz_tool_cell (&s->term, name != NULL ? name : "(no macroarea)",
                                             TITLE_WIDTH, FALSE);
      g_autofree char *meter = bar (s, rate, BAR_WIDTH);

      g_string_append_printf (s->out, "%s %4" G_GINT64_FORMAT " %4" G_GINT64_FORMAT,
                              cell, pdz_stats_row_get_int (row, "objectives"),
                              pdz_stats_row_get_int (row, "actions"));
      for (guint k = 0; k < G_N_ELEMENTS (status_columns); k++)
        g_string_append_printf (s->out, " %4" G_GINT64_FORMAT,
                                pdz_stats_row_get_int (row, status_columns[k]));
      g_string_append_printf (s->out, "  %s %3.0f%%\n", meter, rate * 100.0);
    }

  /* The total comes from the overall counts: an action serving two
   * macroareas counts in both rows, but once here. */
  for (guint k = 0; k < 5; k++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (by_status), k);

      totals[k] = pdz_stats_row_get_int (row, "actions");
    }
  {
    g_autofree char *cell = pdz_tool_cell (&s->term, "Total", TITLE_WIDTH, FALSE);
    g_autofree char *meter = bar (s, pdz_stats_get_completion_rate (stats), BAR_WIDTH);

    g_string_append_printf (s->out, "%s %4u %4u", cell, pdz_stats_get_n_objectives (stats),
                            pdz_stats_get_n_actions (stats));
    for (guint k = 0; k < 5; k++)
      g_string_append_printf (s->out, " %4" G_GINT64_FORMAT, totals[k]);
    g_string_append_printf (s->out, "  %s %3.0f%%\n", meter,
                            pdz_stats_get_completion_rate (stats) * 100.0);
  }
}

static void
print_partners (Summary *s,
                PdzStats *stats,
                guint top)
{
  g_autoptr(PdzStatsTable) table = pdz_stats_by_partner (stats);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));
  g_autofree char *title = pdz_tool_cell (&s->term, "Top partners", TITLE_WIDTH + 4, FALSE);
  g_autofree char *header = g_strdup_printf ("%s %7s %8s  %s", title, "actions", "projects", "roles");

  g_string_append_c (s->out, '\n');
  heading (s, header);
  g_string_append_c (s->out, '\n');
  if (n == 0)
    emit_line (s, "  (none)");

  for (guint i = 0; i < n && i < top; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (table), i);
      g_autofree char *cell = pdz_tool_cell (&s->term, pdz_stats_row_get_string (row, "name"),
                                             TITLE_WIDTH, FALSE);
      g_auto(GStrv) roles = g_strsplit (pdz_stats_row_get_string (row, "roles"), ",", -1);
      g_autofree char *joined = g_strjoinv (", ", roles);
      g_autofree char *role_text = pdz_tool_text (&s->term, joined);

      g_string_append_printf (s->out, "%3u %s %7" G_GINT64_FORMAT " %8" G_GINT64_FORMAT "  %s\n",
                              i + 1, cell,
                              pdz_stats_row_get_int (row, "actions"),
                              pdz_stats_row_get_int (row, "projects"),
                              role_text);
    }
  if (n > top)
    {
      g_autofree char *more = g_strdup_printf ("    … and %u more", n - top);

      emit_line (s, more);
    }
}

static void
print_funding (Summary *s,
               PdzStats *stats)
{
  g_autoptr(PdzStatsTable) table = pdz_stats_by_funding_source (stats);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));
  g_autofree char *title = pdz_tool_cell (&s->term, "Funding per source", TITLE_WIDTH, FALSE);
  g_autofree char *header = g_strdup_printf ("%s %8s %18s  %s", title, "fundings", "amount",
                                             "amount not stated");

  g_string_append_c (s->out, '\n');
  heading (s, header);
  g_string_append_c (s->out, '\n');
  if (n == 0)
    emit_line (s, "  (none)");

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
      g_autofree char *amount_cell = pdz_tool_cell (&s->term, amount, 18, TRUE);

      g_string_append_printf (s->out, "%s %8" G_GINT64_FORMAT " %s  %" G_GINT64_FORMAT "\n",
                              cell, pdz_stats_row_get_int (row, "fundings"), amount_cell,
                              pdz_stats_row_get_int (row, "unknown-amounts"));
    }
}

static void
print_origin (Summary *s,
              PdzStats *stats)
{
  g_autoptr(PdzStatsTable) table = pdz_stats_by_origin (stats);
  guint total = pdz_stats_get_n_actions (stats);
  static const char * const labels[] = { "planned", "extra" };

  g_string_append_c (s->out, '\n');
  heading (s, "Planned against extra actions");
  g_string_append_c (s->out, '\n');

  for (guint i = 0; i < 2; i++)
    {
      PdzStatsRow *row = pdz_stats_table_lookup_row (table, labels[i]);
      gint64 actions = pdz_stats_row_get_int (row, "actions");
      double share = total > 0 ? (double) actions / total : 0.0;
      g_autofree char *meter = bar (s, share, 20);

      g_string_append_printf (s->out, "  %-8s %5" G_GINT64_FORMAT "  %s %3.0f%%\n",
                              labels[i], actions, meter, share * 100.0);
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
      Summary s;

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
