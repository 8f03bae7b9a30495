/* pdz-summary.c: pdz summary, the figures of a plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Computes nothing: every figure is a cell of a PdzStats table, or one of
 * its totals, counted by the counting rule of doc/queries.md. Every fixed
 * text, label, count and amount comes from the library in the plan's
 * language or that of --lang (pdz-format.h), and the CSV is the library's
 * (pdz_stats_table_to_csv()). The JSON is the tables' own JSON
 * (pdz_stats_table_to_json()), with the plan's header and the totals, and
 * an overflowing amount spelled out (doc/pdz.1, "SUMMARY AS JSON").
 */

#include <string.h>

#include "pdz-tool-private.h"

#define TITLE_WIDTH 34
#define BAR_WIDTH 10
#define FIGURE_WIDTH 4

/* The tables of the summary, by their names: the members of the JSON and
 * the values of --table. */
static const struct {
  const char *name;
  PdzStatsTable *(*compute) (PdzStats *stats);
} tables[] = {
  { "by-status", pdz_stats_by_status },
  { "by-macroarea", pdz_stats_by_macroarea },
  { "by-objective", pdz_stats_by_objective },
  { "by-project", pdz_stats_by_project },
  { "by-partner", pdz_stats_by_partner },
  { "by-funding-source", pdz_stats_by_funding_source },
  { "by-funding-status", pdz_stats_by_funding_status },
  { "by-origin", pdz_stats_by_origin },
  { "by-year", pdz_stats_by_year },
  { "by-quarter", pdz_stats_by_quarter },
  { "by-month", pdz_stats_by_month },
};

/* The tables of a corpus' summary, for --table with -f csv: by-ambito
 * (the default) and the tables PdzCorpus adds up. */
static const struct {
  const char *name;
  PdzStatsTable *(*compute) (PdzCorpus *corpus, PdzQuery *query);
} corpus_tables[] = {
  { "by-ambito", pdz_corpus_by_ambito },
  { "by-status", pdz_corpus_by_status },
  { "by-macroarea", pdz_corpus_by_macroarea },
  { "by-partner", pdz_corpus_by_partner },
  { "by-funding-source", pdz_corpus_by_funding_source },
  { "by-funding-status", pdz_corpus_by_funding_status },
  { "by-origin", pdz_corpus_by_origin },
};

typedef struct {
  PdzToolTerm term;
  const char *language;   /* "it" or "en" */
  GString *out;
} Summary;

/* The tables of the text, of a plan (its PdzStats) or of a corpus (the
 * sums of PdzCorpus): the same rows and columns either way. */
typedef struct {
  PdzStatsTable *by_status;
  PdzStatsTable *by_macroarea;
  PdzStatsTable *by_partner;
  PdzStatsTable *by_funding_source;
  PdzStatsTable *by_origin;
  guint n_objectives;
  guint n_actions;
  double completion_rate;
} Figures;

static void
figures_clear (Figures *f)
{
  g_clear_object (&f->by_status);
  g_clear_object (&f->by_macroarea);
  g_clear_object (&f->by_partner);
  g_clear_object (&f->by_funding_source);
  g_clear_object (&f->by_origin);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Figures, figures_clear)

static const char *
text (Summary    *s,
      const char *key)
{
  return pdz_format_get_text (key, s->language);
}

static char *
count_text (Summary *s,
            gint64   n)
{
  return pdz_format_count ((guint64) MAX (n, 0), s->language);
}

/* One line of text, made printable: it may quote the plan. */
static void
emit_line (Summary    *s,
           const char *utf8)
{
  g_autofree char *printable = pdz_tool_text (&s->term, utf8);

  g_string_append (s->out, printable);
  g_string_append_c (s->out, '\n');
}

/* A heading line: @text is already printable. */
static void
emit_heading (Summary    *s,
              const char *printable)
{
  g_autofree char *colored = pdz_tool_color (&s->term, "1", printable);

  g_string_append (s->out, colored);
  g_string_append_c (s->out, '\n');
}

static const char *
dot (Summary *s)
{
  return s->term.unicode ? " · " : " - ";
}

static char *
bar (Summary *s,
     double   rate,
     guint    width)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint full = rate > 0 ? (guint) (rate * width + 0.5) : 0;

  full = MIN (full, width);
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

static char *
format_date (Summary       *s,
             const PdzDate *date)
{
  return date != NULL ? pdz_date_format (date, s->language) : g_strdup ("…");
}

static char *
format_span (Summary       *s,
             const PdzDate *start,
             const PdzDate *end)
{
  g_autofree char *a = format_date (s, start);
  g_autofree char *b = format_date (s, end);

  return g_strdup_printf ("%s – %s", a, b);
}

/* ---- a table of text ------------------------------------------------------ */

/* The cells of a table before they are laid out: the first column is a
 * name (cut to name_width, or as wide as the widest when it is 0; its
 * head is never cut), the others figures (never cut: each column is as
 * wide as its widest cell, and at least FIGURE_WIDTH), right aligned,
 * then an optional tail. */
typedef struct {
  GPtrArray *rows;        /* (element-type GStrv): name, figures... */
  GPtrArray *tails;       /* (element-type utf8) */
  guint n_figures;
  guint name_width;
  gboolean numbered;      /* "  1 " before each name */
} Grid;

static Grid *
grid_new (guint n_figures,
          guint name_width)
{
  Grid *grid = g_new0 (Grid, 1);

  grid->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  grid->tails = g_ptr_array_new_with_free_func (g_free);
  grid->n_figures = n_figures;
  grid->name_width = name_width;
  return grid;
}

static void
grid_free (Grid *grid)
{
  g_ptr_array_unref (grid->rows);
  g_ptr_array_unref (grid->tails);
  g_free (grid);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Grid, grid_free)

/* Adds a row: @cells are n_figures + 1 texts, taken; @tail (taken) may be NULL. */
static void
grid_add (Grid  *grid,
          char **cells,
          char  *tail)
{
  g_ptr_array_add (grid->rows, cells);
  g_ptr_array_add (grid->tails, tail);
}

/* Lays out @grid under a heading whose first row (heads) is the first row
 * added, in bold; then the other rows. */
static void
grid_print (Summary *s,
            Grid    *grid)
{
  g_autofree guint *widths = g_new0 (guint, grid->n_figures + 1);
  guint indent = grid->numbered ? 4 : 0;

  for (guint r = 0; r < grid->rows->len; r++)
    {
      char **cells = grid->rows->pdata[r];
      g_autofree char *name = pdz_tool_text (&s->term, cells[0]);
      guint name_width = pdz_tool_width (&s->term, name);

      /* The head always whole; the names whole when the width is 0. */
      if (r == 0 && name_width > grid->name_width + indent)
        widths[0] = MAX (widths[0], name_width - indent);
      else if (r > 0 && grid->name_width == 0)
        widths[0] = MAX (widths[0], name_width);
      else
        widths[0] = MAX (widths[0], grid->name_width);

      for (guint c = 1; c <= grid->n_figures; c++)
        {
          g_autofree char *printable = pdz_tool_text (&s->term, cells[c]);

          widths[c] = MAX (widths[c], MAX (FIGURE_WIDTH, pdz_tool_width (&s->term, printable)));
        }
    }

  for (guint r = 0; r < grid->rows->len; r++)
    {
      char **cells = grid->rows->pdata[r];
      const char *tail = grid->tails->pdata[r];
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *name = NULL;

      if (grid->numbered && r > 0)
        g_string_append_printf (line, "%3u ", r);
      name = pdz_tool_cell (&s->term, cells[0], widths[0] + (r == 0 ? indent : 0), FALSE);
      g_string_append (line, name);
      for (guint c = 1; c <= grid->n_figures; c++)
        {
          g_autofree char *cell = pdz_tool_cell (&s->term, cells[c], widths[c], TRUE);

          g_string_append_printf (line, " %s", cell);
        }
      if (tail != NULL)
        {
          g_string_append (line, "  ");
          g_string_append (line, tail);
        }
      /* No line ends in spaces. */
      while (line->len > 0 && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);
      if (r == 0)
        {
          emit_heading (s, line->str);
        }
      else
        {
          g_string_append_c (line, '\n');
          g_string_append (s->out, line->str);
        }
    }
}

/* ---- the sections of the text -------------------------------------------- */

static void
print_header (Summary  *s,
              PdzPlan  *plan,
              PdzStats *stats)
{
  const char *title = pdz_plan_get_title (plan);
  g_autoptr(PdzStatsTable) by_status = pdz_stats_by_status (stats);
  PdzStatsRow *completed = pdz_stats_table_lookup_row (by_status, "completed");
  g_autoptr(GString) line = g_string_new (NULL);

  if (title == NULL)
    title = pdz_plan_get_id (plan);
  {
    g_autofree char *printable = pdz_tool_text (&s->term, title != NULL ? title
                                                : text (s, "summary-untitled-plan"));

    emit_heading (s, printable);
  }

  if (pdz_plan_get_ambito (plan) != NULL)
    g_string_append (line, pdz_plan_get_ambito (plan));
  if (pdz_plan_get_start (plan) != NULL || pdz_plan_get_end (plan) != NULL)
    {
      g_autofree char *span = format_span (s, pdz_plan_get_start (plan), pdz_plan_get_end (plan));

      g_string_append_printf (line, "%s%s %s", line->len > 0 ? dot (s) : "", text (s, "summary-plan"), span);
    }
  if (pdz_plan_get_language (plan) != NULL)
    g_string_append_printf (line, "%s%s %s", line->len > 0 ? dot (s) : "", text (s, "summary-language"),
                            pdz_plan_get_language (plan));
  if (line->len > 0)
    emit_line (s, line->str);

  if (pdz_plan_get_monitoring_title (plan) != NULL ||
      pdz_plan_get_monitoring_start (plan) != NULL ||
      pdz_plan_get_monitoring_end (plan) != NULL)
    {
      g_string_assign (line, text (s, "summary-monitoring"));
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
    g_autofree char *objectives = count_text (s, pdz_stats_get_n_objectives (stats));
    g_autofree char *actions = count_text (s, pdz_stats_get_n_actions (stats));
    g_autofree char *projects = count_text (s, pdz_stats_get_n_projects (stats));
    /* The named base: "10 di 31 azioni concluse (32%)". */
    g_autofree char *base = pdz_format_completed_of ((guint) pdz_stats_row_get_int (completed, "actions"),
                                                     pdz_stats_get_n_actions (stats), s->language);

    g_string_printf (line, "%s %s%s%s %s%s%s %s", objectives, text (s, "summary-objectives"), dot (s),
                     actions, text (s, "summary-actions"), dot (s), projects, text (s, "summary-projects"));
    emit_line (s, line->str);
    emit_line (s, base);
  }
}

static void
print_macroareas (Summary       *s,
                  const Figures *f)
{
  PdzStatsTable *table = f->by_macroarea;
  PdzStatsTable *by_status = f->by_status;
  g_autoptr(GEnumClass) statuses = g_type_class_ref (PDZ_TYPE_STATUS);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));
  guint n_figures = 2 + statuses->n_values;
  g_autoptr(Grid) grid = grid_new (n_figures, TITLE_WIDTH);
  g_autoptr(GStrvBuilder) heads = g_strv_builder_new ();

  /* The heads: objectives, actions, then one per status, in the order of
   * PdzStatus, not stated last, as every status breakdown has them. */
  g_strv_builder_add (heads, text (s, "status-by-macroarea"));
  g_strv_builder_add (heads, text (s, "summary-column-objectives"));
  g_strv_builder_add (heads, text (s, "summary-column-actions"));
  for (guint k = 0; k < statuses->n_values; k++)
    {
      g_autofree char *key = g_strconcat ("summary-column-", statuses->values[k].value_nick, NULL);

      g_strv_builder_add (heads, text (s, key));
    }
  grid_add (grid, g_strv_builder_end (heads),
            g_strdup_printf ("%*s%s", BAR_WIDTH + 5 - (int) g_utf8_strlen (text (s, "summary-column-completion"), -1),
                             "", text (s, "summary-column-completion")));

  for (guint i = 0; i <= n; i++)
    {
      /* The rows of the table, then the total, which is by_status(): the
       * rows add up to it by the counting rule. */
      g_autoptr(PdzStatsRow) row = i < n ? g_list_model_get_item (G_LIST_MODEL (table), i) : NULL;
      GPtrArray *cells = g_ptr_array_new ();
      double rate;
      g_autofree char *meter = NULL;

      if (row != NULL)
        {
          const char *group = pdz_stats_row_get_string (row, "group");
          const char *title = pdz_stats_row_get_string (row, "title");

          if (g_strcmp0 (group, "no-macroarea") == 0)
            title = text (s, "no-macroarea");
          else if (g_strcmp0 (group, "project-actions") == 0)
            title = text (s, "project-actions");
          g_ptr_array_add (cells, g_strdup (title != NULL ? title : pdz_stats_row_get_key (row)));
          g_ptr_array_add (cells, count_text (s, pdz_stats_row_get_int (row, "objectives")));
          g_ptr_array_add (cells, count_text (s, pdz_stats_row_get_int (row, "actions")));
          rate = pdz_stats_row_get_double (row, "actions-completion-rate");
        }
      else
        {
          g_ptr_array_add (cells, g_strdup (text (s, "total")));
          g_ptr_array_add (cells, count_text (s, f->n_objectives));
          g_ptr_array_add (cells, count_text (s, f->n_actions));
          rate = f->completion_rate;
        }

      for (guint k = 0; k < statuses->n_values; k++)
        {
          const char *nick = statuses->values[k].value_nick;
          gint64 count;

          if (row != NULL)
            {
              g_autofree char *column = g_strconcat ("actions-", nick, NULL);

              count = pdz_stats_row_get_int (row, column);
            }
          else
            {
              count = pdz_stats_row_get_int (pdz_stats_table_lookup_row (by_status, nick), "actions");
            }
          g_ptr_array_add (cells, count_text (s, count));
        }

      meter = bar (s, rate, BAR_WIDTH);
      g_ptr_array_add (cells, NULL);
      grid_add (grid, (char **) g_ptr_array_free (cells, FALSE), g_strdup_printf ("%s %3.0f%%", meter, rate * 100.0));
    }

  g_string_append_c (s->out, '\n');
  grid_print (s, grid);
}

/* "lead,not-stated" (the nicks of the roles) → "capofila, non indicato". */
static char *
format_roles (Summary    *s,
              const char *nicks)
{
  g_autoptr(GEnumClass) roles = g_type_class_ref (PDZ_TYPE_ROLE);
  g_auto(GStrv) split = g_strsplit (nicks != NULL ? nicks : "", ",", -1);
  g_autoptr(GString) labels = g_string_new (NULL);

  for (guint i = 0; split[i] != NULL; i++)
    {
      const GEnumValue *role = g_enum_get_value_by_nick (roles, split[i]);

      if (split[i][0] == '\0')
        continue;
      if (labels->len > 0)
        g_string_append (labels, ", ");
      g_string_append (labels, role != NULL ? pdz_enum_get_label (PDZ_TYPE_ROLE, role->value, s->language)
                                            : split[i]);
    }

  return pdz_tool_text (&s->term, labels->str);
}

/* The partners of @table whose kind is (@own) or is not (!@own) own-body,
 * at most @top of them; returns how many were left out. */
static guint
print_partners (Summary       *s,
                PdzStatsTable *table,
                const char    *heading,
                gboolean       own,
                guint          top)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));
  g_autoptr(Grid) grid = grid_new (2, TITLE_WIDTH);
  const char *heads[] = { heading, text (s, "summary-actions"), text (s, "summary-projects"), NULL };
  guint shown = 0, left = 0;

  grid->numbered = TRUE;
  grid_add (grid, g_strdupv ((char **) heads), g_strdup (text (s, "summary-roles")));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (table), i);
      const char *name = pdz_stats_row_get_string (row, "name");
      char **cells;

      if ((g_strcmp0 (pdz_stats_row_get_string (row, "kind"), "own-body") == 0) != own)
        continue;
      if (shown == top)
        {
          left++;
          continue;
        }
      cells = g_new0 (char *, 4);
      cells[0] = g_strdup (name != NULL ? name : pdz_stats_row_get_key (row));
      cells[1] = count_text (s, pdz_stats_row_get_int (row, "actions"));
      cells[2] = count_text (s, pdz_stats_row_get_int (row, "projects"));
      grid_add (grid, cells, format_roles (s, pdz_stats_row_get_string (row, "roles")));
      shown++;
    }

  if (shown == 0 && own)
    return 0;
  g_string_append_c (s->out, '\n');
  grid_print (s, grid);
  if (shown == 0)
    {
      g_autofree char *none = g_strconcat ("    ", text (s, "summary-none"), NULL);

      emit_line (s, none);
    }
  return left;
}

static void
print_all_partners (Summary       *s,
                    const Figures *f,
                    guint          top)
{
  PdzStatsTable *table = f->by_partner;
  guint left;

  left = print_partners (s, table, text (s, "summary-top-partners"), FALSE, top);
  if (left > 0)
    {
      g_autofree char *more = g_strdup_printf ("    %s (+%u)", s->term.unicode ? "…" : "...", left);

      g_string_append (s->out, more);
      g_string_append_c (s->out, '\n');
    }
  /* The Ambito's own bodies, apart from the outside partners. */
  print_partners (s, table, text (s, "summary-own-bodies"), TRUE, G_MAXUINT);
}

static void
print_funding (Summary       *s,
               const Figures *f)
{
  PdzStatsTable *table = f->by_funding_source;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));
  g_autoptr(Grid) grid = grid_new (2, TITLE_WIDTH);
  const char *heads[] = { text (s, "funding-by-source"), text (s, "summary-fundings"),
                          text (s, "summary-amount"), NULL };

  grid_add (grid, g_strdupv ((char **) heads), g_strdup (text (s, "summary-amount-not-stated")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (table), i);
      gint64 unknown = pdz_stats_row_get_int (row, "unknown-amounts");
      char **cells = g_new0 (char *, 4);

      cells[0] = g_strdup (pdz_stats_row_get_string (row, "source"));
      cells[1] = count_text (s, pdz_stats_row_get_int (row, "fundings"));
      /* A total that does not fit in 64 bits is said so, never capped;
       * none is "—" when no funding of the source states an amount. */
      if (pdz_stats_row_get_int (row, "amount-overflow") != 0)
        cells[2] = g_strdup (text (s, "amount-overflow"));
      else if (pdz_stats_row_get_int (row, "fundings") > unknown)
        cells[2] = pdz_format_amount (pdz_stats_row_get_int (row, "amount"), s->language);
      else
        cells[2] = g_strdup (s->term.unicode ? "—" : "-");
      grid_add (grid, cells, count_text (s, unknown));
    }

  g_string_append_c (s->out, '\n');
  grid_print (s, grid);
  if (n == 0)
    {
      g_autofree char *none = g_strconcat ("  ", text (s, "summary-none"), NULL);

      emit_line (s, none);
    }
}

static void
print_origin (Summary       *s,
              const Figures *f)
{
  PdzStatsTable *table = f->by_origin;
  g_autoptr(GEnumClass) origins = g_type_class_ref (PDZ_TYPE_ORIGIN);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));
  guint total = f->n_actions;
  g_autoptr(Grid) grid = grid_new (1, 0);
  const char *heads[] = { text (s, "summary-planned-and-extra"), "", NULL };

  grid_add (grid, g_strdupv ((char **) heads), NULL);
  /* The rows, which add up to the total below them: the base of the bars. */
  for (guint i = 0; i <= n; i++)
    {
      g_autoptr(PdzStatsRow) row = i < n ? g_list_model_get_item (G_LIST_MODEL (table), i) : NULL;
      char **cells = g_new0 (char *, 3);
      gint64 actions;

      if (row != NULL)
        {
          const GEnumValue *origin = g_enum_get_value_by_nick (origins, pdz_stats_row_get_key (row));

          actions = pdz_stats_row_get_int (row, "actions");
          cells[0] = g_strconcat ("  ", origin != NULL
                                        ? pdz_enum_get_label (PDZ_TYPE_ORIGIN, origin->value, s->language)
                                        : pdz_stats_row_get_key (row), NULL);
          cells[1] = count_text (s, actions);
          grid_add (grid, cells, bar (s, total > 0 ? (double) actions / total : 0.0, 20));
        }
      else
        {
          cells[0] = g_strconcat ("  ", text (s, "total"), NULL);
          cells[1] = count_text (s, total);
          grid_add (grid, cells, NULL);
        }
    }

  g_string_append_c (s->out, '\n');
  grid_print (s, grid);
}

/* The figures after the header, of a plan or of a corpus */
static void
print_sections (Summary       *s,
                const Figures *f,
                guint          top)
{
  print_macroareas (s, f);
  print_all_partners (s, f, top);
  print_funding (s, f);
  print_origin (s, f);
}

/* ---- JSON --------------------------------------------------------------- */

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_date (JsonBuilder   *builder,
          const char    *member,
          const PdzDate *date)
{
  g_autofree char *iso = date != NULL ? pdz_date_to_string (date) : NULL;

  add_string (builder, member, iso);
}

/* The JSON of @table, the library's, with a total that overflowed spelled
 * out: `"amount": null, "amount-overflow": true`, never a figure that
 * could be read as the total. */
static JsonNode *
table_json (PdzStatsTable *table)
{
  g_autofree char *text = pdz_stats_table_to_json (table);
  JsonNode *root = pdz_tool_parse_json (text);
  JsonArray *rows = json_node_get_array (root);

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      gboolean overflow;

      if (!json_object_has_member (row, "amount-overflow"))
        continue;
      overflow = json_object_get_int_member (row, "amount-overflow") != 0;
      json_object_set_boolean_member (row, "amount-overflow", overflow);
      if (overflow)
        json_object_set_null_member (row, "amount");
    }

  return root;
}

static void
print_json (PdzPlan  *plan,
            PdzStats *stats)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(PdzStatsTable) by_status = pdz_stats_by_status (stats);

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
  json_builder_set_member_name (builder, "completed-actions");
  json_builder_add_int_value (builder, pdz_stats_row_get_int (pdz_stats_table_lookup_row (by_status, "completed"),
                                                              "actions"));
  json_builder_set_member_name (builder, "completion-rate");
  json_builder_add_double_value (builder, pdz_stats_get_completion_rate (stats));
  json_builder_end_object (builder);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autoptr(PdzStatsTable) table = tables[i].compute (stats);

      json_builder_set_member_name (builder, pdz_stats_table_get_name (table));
      json_builder_add_value (builder, table_json (table));
    }

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  pdz_tool_print_json (root);
}

/* ---- many plans ---------------------------------------------------------- */

/* The header of a corpus: what was read, what counts, and the files that
 * do not, each named (a bad one with its error, an earlier round with the
 * file that counts instead). */
static void
print_corpus_header (Summary   *s,
                     PdzCorpus *corpus,
                     char     **args,
                     Figures   *f)
{
  GListModel *files = pdz_corpus_get_files (corpus);
  guint n_files = g_list_model_get_n_items (files);
  guint n_plans = g_list_model_get_n_items (pdz_corpus_get_plans (corpus));
  g_autofree char *plans = count_text (s, n_plans);
  g_autofree char *file_count = count_text (s, n_files);
  g_autofree char *objectives = count_text (s, f->n_objectives);
  g_autofree char *actions = count_text (s, f->n_actions);
  g_autofree char *title = pdz_tool_text (&s->term, text (s, "region-title"));
  g_autofree char *line = g_strdup_printf ("%s %s%s%s %s%s%s %s%s%s %s", plans, text (s, "summary-plans"),
                                           dot (s), file_count, text (s, "summary-files"), dot (s),
                                           objectives, text (s, "summary-objectives"), dot (s),
                                           actions, text (s, "summary-actions"));
  gboolean heading = FALSE;

  emit_heading (s, title);
  emit_line (s, line);

  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(PdzCorpusFile) file = g_list_model_get_item (files, i);
      g_autofree char *message = NULL;

      if (pdz_corpus_file_get_state (file) == PDZ_CORPUS_FILE_USED)
        continue;
      if (!heading)
        {
          g_autofree char *printable = pdz_tool_text (&s->term, text (s, "region-files-not-read"));

          g_string_append_c (s->out, '\n');
          emit_heading (s, printable);
          heading = TRUE;
        }
      if (pdz_corpus_file_get_error (file) != NULL)
        {
          message = pdz_tool_corpus_file_error (args, file);
        }
      else
        {
          g_autofree char *name = pdz_tool_corpus_file_name (args, file);
          g_autofree char *other = pdz_tool_corpus_file_name (args, pdz_corpus_file_get_other (file));

          message = g_strdup_printf ("%s: %s (%s)", name, pdz_tool_corpus_file_state (file), other);
        }
      {
        g_autofree char *indented = g_strconcat ("  ", message, NULL);

        emit_line (s, indented);
      }
    }
}

/* One row per ambito: its figures, and its completion */
static void
print_ambiti (Summary       *s,
              PdzStatsTable *by_ambito)
{
  g_autoptr(Grid) grid = grid_new (3, TITLE_WIDTH);
  const char *heads[] = { text (s, "region-ambiti"), text (s, "summary-column-objectives"),
                          text (s, "summary-column-actions"), text (s, "summary-column-completed"), NULL };

  grid_add (grid, g_strdupv ((char **) heads),
            g_strdup_printf ("%*s%s", BAR_WIDTH + 5 - (int) g_utf8_strlen (text (s, "summary-column-completion"), -1),
                             "", text (s, "summary-column-completion")));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (by_ambito)); i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (by_ambito), i);
      const char *name = pdz_stats_row_get_string (row, "ambito");
      double rate = pdz_stats_row_get_double (row, "actions-completion-rate");
      g_autofree char *meter = bar (s, rate, BAR_WIDTH);
      char **cells = g_new0 (char *, 5);

      if (name == NULL)
        name = pdz_stats_row_get_string (row, "title");
      cells[0] = g_strdup (name != NULL ? name : pdz_stats_row_get_key (row));
      cells[1] = count_text (s, pdz_stats_row_get_int (row, "objectives"));
      cells[2] = count_text (s, pdz_stats_row_get_int (row, "actions"));
      cells[3] = count_text (s, pdz_stats_row_get_int (row, "actions-completed"));
      grid_add (grid, cells, g_strdup_printf ("%s %3.0f%%", meter, rate * 100.0));
    }

  g_string_append_c (s->out, '\n');
  grid_print (s, grid);
}

static int
summary_corpus (char                **args,
                const char           *format,
                guint                 table,
                PdzReportCsvDialect   dialect,
                const char           *language,
                gboolean              ascii,
                guint                 top)
{
  guint n_bad = 0;
  g_autoptr(PdzCorpus) corpus = pdz_tool_load_corpus (args, &n_bad);

  if (g_strcmp0 (format, "json") == 0)
    {
      /* The documented shape: doc/pdz-corpus-summary.schema.json */
      g_autofree char *json = pdz_corpus_summary_to_json (corpus, NULL, NULL);
      g_autoptr(JsonNode) root = pdz_tool_parse_json (json);

      pdz_tool_print_json (root);
    }
  else if (g_strcmp0 (format, "csv") == 0)
    {
      g_autoptr(PdzStatsTable) rows = corpus_tables[table].compute (corpus, NULL);
      g_autofree char *csv = pdz_stats_table_to_csv (rows, dialect);

      pdz_tool_write_data (csv, strlen (csv));
    }
  else
    {
      PdzPlan *first = NULL;
      g_autoptr(PdzStatsTable) by_ambito = pdz_corpus_by_ambito (corpus, NULL);
      g_auto(Figures) f = { NULL, };
      Summary s;
      gint64 completed;

      if (g_list_model_get_n_items (pdz_corpus_get_plans (corpus)) > 0)
        first = g_list_model_get_item (pdz_corpus_get_plans (corpus), 0);
      /* The language of the first plan, as the regional report's */
      s.language = first != NULL ? pdz_tool_language (language, first)
                                 : (language != NULL ? pdz_tool_language (language, NULL) : "it");
      g_clear_object (&first);
      pdz_tool_term_init (&s.term, ascii);
      s.out = g_string_new (NULL);

      f.by_status = pdz_corpus_by_status (corpus, NULL);
      f.by_macroarea = pdz_corpus_by_macroarea (corpus, NULL);
      f.by_partner = pdz_corpus_by_partner (corpus, NULL);
      f.by_funding_source = pdz_corpus_by_funding_source (corpus, NULL);
      f.by_origin = pdz_corpus_by_origin (corpus, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (by_ambito)); i++)
        {
          g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (by_ambito), i);

          f.n_objectives += (guint) pdz_stats_row_get_int (row, "objectives");
          f.n_actions += (guint) pdz_stats_row_get_int (row, "actions");
        }
      completed = pdz_stats_row_get_int (pdz_stats_table_lookup_row (f.by_status, "completed"), "actions");
      f.completion_rate = f.n_actions > 0 ? (double) completed / f.n_actions : 0.0;

      print_corpus_header (&s, corpus, args, &f);
      print_ambiti (&s, by_ambito);
      print_sections (&s, &f, top);
      pdz_tool_write (s.out->str);
      g_string_free (s.out, TRUE);
    }

  /* The good files' output written, a bad file fails the command */
  return n_bad > 0 ? PDZ_EXIT_FAILURE : PDZ_EXIT_OK;
}

/* ---- the command --------------------------------------------------------- */

static char *
table_names (void)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", tables[i].name);
  return g_string_free (out, FALSE);
}

int
pdz_tool_summary (int argc,
                  char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *language = NULL;
  g_autofree char *table_name = NULL;
  g_autofree char *dialect_name = NULL;
  g_autofree char *names = table_names ();
  g_autofree char *table_help = g_strdup_printf ("For CSV, the table: %s (default: by-macroarea)", names);
  g_auto(GStrv) files = NULL;
  gboolean ascii = FALSE;
  int top = 10;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      "Output format: text (the default), json or csv", "FORMAT" },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &language,
      "Language of the text: it or en (default: the plan's)", "LANG" },
    /* The spelling of the library's property: an alias, as in pdz report. */
    { "language", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &language,
      "The same as --lang", "LANG" },
    { "ascii", 0, 0, G_OPTION_ARG_NONE, &ascii,
      "Plain ASCII text, without Unicode bars or letters", NULL },
    { "top", 0, 0, G_OPTION_ARG_INT, &top,
      "How many partners to list (default: 10)", "N" },
    { "table", 0, 0, G_OPTION_ARG_STRING, &table_name, table_help, "TABLE" },
    { "csv-dialect", 0, 0, G_OPTION_ARG_STRING, &dialect_name,
      "For CSV: rfc4180 (default) or excel-it (';' separator, decimal comma, byte-order mark)", "DIALECT" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE|DIR…" },
    { NULL }
  };
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzStats) stats = NULL;
  PdzReportCsvDialect dialect = PDZ_REPORT_CSV_DIALECT_RFC4180;
  const char *effective;
  guint table = 1;   /* by-macroarea */
  gboolean corpus;
  int status;

  if (!pdz_tool_parse ("Prints the figures of the plan FILE, as PdzStats counts them: its\n"
                       "header, the actions per macroarea by status, the top partners and\n"
                       "the Ambito's own bodies, the funding per source, and the planned,\n"
                       "extra and not stated actions.",
                       "The text is in the plan's language (Italian when it names none,\n"
                       "English when libpdz lacks it), or in that of --lang. The JSON holds\n"
                       "every table, with keys that are the same in every language; the CSV\n"
                       "one table (--table). See pdz(1) for both.\n"
                       "Colour only on a terminal, never when NO_COLOR is set. Unicode\n"
                       "only in a UTF-8 locale and without --ascii.\n"
                       "A DIR or several FILEs are many plans: the Region's figures, one row\n"
                       "per ambito (pdz(1), MANY PLANS); a bad file is named and exits 2.\n"
                       "Exit status: 0 on success, 2 when FILE cannot be loaded, the output\n"
                       "cannot be written or the usage is wrong.",
                       entries, NULL, &argc, &argv, &status))
    return status;

  if (format != NULL && !g_str_equal (format, "text") && !g_str_equal (format, "json") &&
      !g_str_equal (format, "csv"))
    return pdz_tool_usage_error ("--format", "unknown format \"%s\" (expected text, json, csv)", format);
  if (files == NULL || files[0] == NULL)
    return pdz_tool_usage_error (NULL, "expected a plan FILE, a DIR or several FILEs");
  corpus = pdz_tool_is_corpus (files);
  if (top < 0)
    return pdz_tool_usage_error ("--top", "expected 0 or more, not %d", top);
  if (corpus && table_name != NULL)
    {
      for (table = 0; table < G_N_ELEMENTS (corpus_tables); table++)
        {
          if (g_str_equal (corpus_tables[table].name, table_name))
            break;
        }
      if (table == G_N_ELEMENTS (corpus_tables))
        return pdz_tool_usage_error ("--table", "not a table of several plans: \"%s\" (expected "
                                     "by-ambito, by-status, by-macroarea, by-partner, by-funding-source, "
                                     "by-funding-status, by-origin)", table_name);
      if (g_strcmp0 (format, "csv") != 0)
        return pdz_tool_usage_error ("--table", "only a CSV summary holds one table: add -f csv");
    }
  else if (corpus)
    {
      table = 0;   /* by-ambito */
    }
  else if (table_name != NULL)
    {
      for (table = 0; table < G_N_ELEMENTS (tables); table++)
        {
          if (g_str_equal (tables[table].name, table_name))
            break;
        }
      if (table == G_N_ELEMENTS (tables))
        return pdz_tool_usage_error ("--table", "unknown table \"%s\" (expected %s)", table_name, names);
      if (g_strcmp0 (format, "csv") != 0)
        return pdz_tool_usage_error ("--table", "only a CSV summary holds one table: add -f csv");
    }
  if (!pdz_tool_parse_csv_dialect (dialect_name, g_strcmp0 (format, "csv") == 0, &dialect))
    return PDZ_EXIT_FAILURE;
  /* Refused even with --format json, which has no text: a usage error. */
  if (language != NULL && pdz_tool_language (language, NULL) == NULL)
    return PDZ_EXIT_FAILURE;

  if (corpus)
    return summary_corpus (files, format, table, dialect, language, ascii, (guint) top);

  plan = pdz_tool_load_plan (files[0]);
  if (plan == NULL)
    return PDZ_EXIT_FAILURE;
  stats = pdz_stats_new (plan);

  if (g_strcmp0 (format, "json") == 0)
    {
      print_json (plan, stats);
    }
  else if (g_strcmp0 (format, "csv") == 0)
    {
      g_autoptr(PdzStatsTable) rows = tables[table].compute (stats);
      g_autofree char *csv = pdz_stats_table_to_csv (rows, dialect);

      pdz_tool_write_data (csv, strlen (csv));
    }
  else
    {
      Summary s;

      /* The library's language rule, as pdz report and validate follow
       * it: --lang, else the plan's, else Italian (a plan naming none)
       * or English (a plan naming a language libpdz lacks). */
      effective = pdz_tool_language (language, plan);
      s.language = effective;
      pdz_tool_term_init (&s.term, ascii);
      s.out = g_string_new (NULL);
      g_auto(Figures) f = { NULL, };

      f.by_status = pdz_stats_by_status (stats);
      f.by_macroarea = pdz_stats_by_macroarea (stats);
      f.by_partner = pdz_stats_by_partner (stats);
      f.by_funding_source = pdz_stats_by_funding_source (stats);
      f.by_origin = pdz_stats_by_origin (stats);
      f.n_objectives = pdz_stats_get_n_objectives (stats);
      f.n_actions = pdz_stats_get_n_actions (stats);
      f.completion_rate = pdz_stats_get_completion_rate (stats);
      print_header (&s, plan, stats);
      print_sections (&s, &f, (guint) top);
      pdz_tool_write (s.out->str);
      g_string_free (s.out, TRUE);
    }

  return PDZ_EXIT_OK;
}
