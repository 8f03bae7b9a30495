/* pdz-query.c: pdz query, the actions of a plan that match criteria
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Thin: the filters make a PdzQuery (pdz-filter.c); what it finds is
 * printed from the library's own rows of the actions
 * (pdz_plan_dup_table()), as a table, as their CSV
 * (pdz_stats_table_to_csv()) or as their JSON (pdz_stats_table_to_json()),
 * with the count of the counting rule (pdz_query_count_actions()).
 */

#include <string.h>

#include "pdz-tool-private.h"

#define ID_WIDTH 30
#define STATUS_WIDTH 11
#define DATE_WIDTH 21
#define TITLE_WIDTH 70

typedef enum {
  FORMAT_TABLE,
  FORMAT_CSV,
  FORMAT_JSON,
} Format;

/* ---- table -------------------------------------------------------------- */

static void
free_string (gpointer string)
{
  g_string_free (string, TRUE);
}

/* The dates of each action's milestones, "2022-12, 2023-05-30", from the
 * library's table of milestones: action id → text. */
static GHashTable *
milestone_dates (PdzPlan *plan)
{
  g_autoptr(PdzStatsTable) milestones = pdz_plan_dup_table (plan, PDZ_ENTITY_KIND_MILESTONE);
  GHashTable *dates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_string);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (milestones));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (milestones), i);
      const char *action = pdz_stats_row_get_key (row);
      const char *date = pdz_stats_row_get_string (row, "date");
      GString *text = g_hash_table_lookup (dates, action);

      if (date == NULL)
        continue;
      if (text == NULL)
        {
          text = g_string_new (NULL);
          g_hash_table_insert (dates, g_strdup (action), text);
        }
      g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", date);
    }

  return dates;
}

/* The DATE column: the action's date or span; or else the dates of its
 * milestones, which date it for queries too. */
static char *
date_text (PdzStatsRow *row,
           GHashTable  *milestones)
{
  const char *date = pdz_stats_row_get_string (row, "date");
  const char *end = pdz_stats_row_get_string (row, "end-date");
  GString *dates;

  if (date != NULL && end != NULL)
    return g_strdup_printf ("%s..%s", date, end);
  if (date != NULL)
    return g_strdup (date);
  if (end != NULL)
    return g_strdup_printf ("..%s", end);
  dates = g_hash_table_lookup (milestones, pdz_stats_row_get_key (row));
  return g_strdup (dates != NULL ? dates->str : "");
}

static void
print_table (PdzPlan       *plan,
             PdzStatsTable *actions,
             guint          counted,
             gboolean       ascii)
{
  PdzToolTerm term;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (actions));
  g_autoptr(GHashTable) milestones = milestone_dates (plan);
  g_autoptr(GString) out = g_string_new (NULL);
  guint id_width = 2;

  pdz_tool_term_init (&term, ascii);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (actions), i);
      g_autofree char *id = pdz_tool_text (&term, pdz_stats_row_get_key (row));

      id_width = MAX (id_width, pdz_tool_width (&term, id));
    }
  id_width = MIN (id_width, ID_WIDTH);

  {
    g_autofree char *id = pdz_tool_cell (&term, "ID", id_width, FALSE);
    g_autofree char *status = pdz_tool_cell (&term, "STATUS", STATUS_WIDTH, FALSE);
    g_autofree char *date = pdz_tool_cell (&term, "DATE", DATE_WIDTH, FALSE);
    g_autofree char *header = g_strdup_printf ("%s  %s  %s  %s", id, status, date, "TITLE");
    g_autofree char *colored = pdz_tool_color (&term, "1", header);

    g_string_append_printf (out, "%s\n", colored);
  }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (actions), i);
      g_autofree char *when = date_text (row, milestones);
      g_autofree char *id = pdz_tool_cell (&term, pdz_stats_row_get_key (row), id_width, FALSE);
      g_autofree char *status = pdz_tool_cell (&term, pdz_stats_row_get_string (row, "status"),
                                               STATUS_WIDTH, FALSE);
      g_autofree char *date = pdz_tool_cell (&term, when, DATE_WIDTH, FALSE);
      g_autofree char *title = pdz_tool_cell (&term, pdz_stats_row_get_string (row, "title"),
                                              TITLE_WIDTH, FALSE);

      /* The title is the last column: no trailing spaces. */
      g_strchomp (title);
      g_string_append_printf (out, "%s  %s  %s  %s%s\n", id, status, date, title,
                              g_strcmp0 (pdz_stats_row_get_string (row, "origin"), "extra") == 0
                              ? " [extra]" : "");
    }

  /* What was found, sub-actions included, and what the counting rule
   * counts: bullets, a sub-action as its bullet (doc/queries.md). */
  g_string_append_printf (out, "%u %s found, %u counted\n", n, n == 1 ? "action" : "actions", counted);
  pdz_tool_write (out->str);
}

/* ---- JSON --------------------------------------------------------------- */

static void
print_json (PdzStatsTable *actions,
            guint          counted)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *rows = pdz_stats_table_to_json (actions);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "found");
  json_builder_add_int_value (builder, g_list_model_get_n_items (G_LIST_MODEL (actions)));
  json_builder_set_member_name (builder, "counted");
  json_builder_add_int_value (builder, counted);
  json_builder_set_member_name (builder, "actions");
  json_builder_add_value (builder, pdz_tool_parse_json (rows));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  pdz_tool_print_json (root);
}

/* The library's rows of the actions @found in @plan, in the order of the
 * query. (transfer full) */
static PdzStatsTable *
found_rows (PdzPlan    *plan,
            GListModel *found)
{
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(PdzStatsTable) all = pdz_plan_dup_table (plan, PDZ_ENTITY_KIND_ACTION);

  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (found, i);

      g_ptr_array_add (keys, (gpointer) pdz_action_get_id (action));
    }
  g_ptr_array_add (keys, NULL);
  return pdz_stats_table_dup_rows (all, (const char * const *) keys->pdata);
}

/* ---- many plans ---------------------------------------------------------- */

/* The actions each plan of the corpus that @args give holds: a table per
 * plan under its ambito and file, or one JSON document; the bad files
 * named on stderr and in the output. */
static int
query_corpus (char          **args,
              PdzToolFilter  *filter,
              Format          format,
              gboolean        ascii)
{
  guint n_bad = 0;
  g_autoptr(PdzCorpus) corpus = pdz_tool_load_corpus (args, &n_bad);
  GListModel *files = pdz_corpus_get_files (corpus);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  PdzToolTerm term;
  guint total_found = 0, total_counted = 0, n_plans = 0, n_shown = 0;

  pdz_tool_term_init (&term, ascii);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "plans");
  json_builder_begin_array (builder);

  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(PdzCorpusFile) file = g_list_model_get_item (files, i);
      PdzPlan *plan = pdz_corpus_file_get_plan (file);
      g_autofree char *name = pdz_tool_corpus_file_name (args, file);
      g_autoptr(PdzQuery) query = NULL;
      g_autoptr(GListModel) found = NULL;
      g_autoptr(PdzStatsTable) actions = NULL;
      guint counted;

      if (pdz_corpus_file_get_state (file) != PDZ_CORPUS_FILE_USED)
        continue;
      query = pdz_tool_filter_build_corpus_query (filter, plan);
      found = pdz_query_find_actions (query);
      counted = pdz_query_count_actions (query);
      actions = found_rows (plan, found);
      total_found += g_list_model_get_n_items (found);
      total_counted += counted;
      n_plans++;

      if (format == FORMAT_JSON)
        {
          g_autofree char *rows = pdz_stats_table_to_json (actions);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "plan");
          json_builder_add_string_value (builder, pdz_plan_get_id (plan));
          json_builder_set_member_name (builder, "ambito");
          json_builder_add_string_value (builder, pdz_plan_get_ambito (plan));
          json_builder_set_member_name (builder, "file");
          json_builder_add_string_value (builder, name);
          json_builder_set_member_name (builder, "found");
          json_builder_add_int_value (builder, g_list_model_get_n_items (found));
          json_builder_set_member_name (builder, "counted");
          json_builder_add_int_value (builder, counted);
          json_builder_set_member_name (builder, "actions");
          json_builder_add_value (builder, pdz_tool_parse_json (rows));
          json_builder_end_object (builder);
        }
      else
        {
          const char *ambito = pdz_plan_get_ambito (plan);
          g_autofree char *heading = g_strdup_printf ("%s (%s)", ambito != NULL ? ambito : pdz_plan_get_id (plan),
                                                      name);
          g_autofree char *printable = pdz_tool_text (&term, heading);
          g_autofree char *colored = pdz_tool_color (&term, "1", printable);
          g_autofree char *line = g_strdup_printf ("%s%s\n", n_plans > 1 ? "\n" : "", colored);

          pdz_tool_write (line);
          print_table (plan, actions, counted, ascii);
        }
    }
  json_builder_end_array (builder);

  /* The files that do not count: bad ones, and earlier rounds */
  json_builder_set_member_name (builder, "files-not-counted");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(PdzCorpusFile) file = g_list_model_get_item (files, i);
      g_autofree char *name = NULL;
      g_autofree char *message = NULL;

      if (pdz_corpus_file_get_state (file) == PDZ_CORPUS_FILE_USED)
        continue;
      name = pdz_tool_corpus_file_name (args, file);
      if (pdz_corpus_file_get_error (file) != NULL)
        message = pdz_tool_corpus_file_error (args, file);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, name);
      json_builder_set_member_name (builder, "state");
      json_builder_add_string_value (builder, pdz_tool_corpus_file_state (file));
      json_builder_set_member_name (builder, "error");
      json_builder_add_string_value (builder, message);
      json_builder_end_object (builder);
      if (format != FORMAT_JSON)
        {
          g_autofree char *other = pdz_corpus_file_get_other (file) != NULL
                                   ? pdz_tool_corpus_file_name (args, pdz_corpus_file_get_other (file)) : NULL;
          g_autofree char *text = message != NULL ? g_strdup (message)
                                  : g_strdup_printf ("%s: %s (%s)", name, pdz_tool_corpus_file_state (file), other);
          g_autofree char *printable = pdz_tool_text (&term, text);
          g_autofree char *line = g_strdup_printf ("%s%s\n", n_shown++ == 0 ? "\n" : "", printable);

          pdz_tool_write (line);
        }
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "found");
  json_builder_add_int_value (builder, total_found);
  json_builder_set_member_name (builder, "counted");
  json_builder_add_int_value (builder, total_counted);
  json_builder_end_object (builder);

  if (format == FORMAT_JSON)
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);

      pdz_tool_print_json (root);
    }
  else
    {
      g_autofree char *line = g_strdup_printf ("\n%u %s found, %u counted, in %u %s\n", total_found,
                                               total_found == 1 ? "action" : "actions", total_counted,
                                               n_plans, n_plans == 1 ? "plan" : "plans");

      pdz_tool_write (line);
    }

  return n_bad > 0 ? PDZ_EXIT_FAILURE : PDZ_EXIT_OK;
}

/* ---- the command --------------------------------------------------------- */

int
pdz_tool_query (int argc,
                char **argv)
{
  g_autofree char *format_text = NULL;
  g_autofree char *dialect_text = NULL;
  g_auto(GStrv) files = NULL;
  gboolean ascii = FALSE;
  g_autoptr(PdzToolFilter) filter = pdz_tool_filter_new ();
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text,
      "Output format: table (the default), csv or json", "FORMAT" },
    { "csv-dialect", 0, 0, G_OPTION_ARG_STRING, &dialect_text,
      "For CSV: rfc4180 (default) or excel-it (';' separator, byte-order mark)", "DIALECT" },
    { "ascii", 0, 0, G_OPTION_ARG_NONE, &ascii,
      "Plain ASCII table", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE|DIR…" },
    { NULL }
  };
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzQuery) query = NULL;
  g_autoptr(GListModel) found = NULL;
  g_autoptr(PdzStatsTable) actions = NULL;
  PdzReportCsvDialect dialect = PDZ_REPORT_CSV_DIALECT_RFC4180;
  Format format = FORMAT_TABLE;
  guint counted;
  int status;

  if (!pdz_tool_parse ("Prints the actions of the plan FILE that meet every criterion\n"
                       "given; a criterion given several times matches any of its values\n"
                       "(--partner aler --partner anci). Dates match by overlap, an\n"
                       "action's own date or one of its milestones: --start 2023 finds\n"
                       "an action of 2023-11, --end 2023-11 does not find one of 2023-12.\n"
                       "--from and --to are the spellings of 0.1 of --start and --end.",
                       "The table and the JSON say how many actions were found (a\n"
                       "sub-action too) and how many count by the counting rule of the\n"
                       "figures (bullets; a sub-action counts as its bullet).\n"
                       "A DIR or several FILEs are many plans: a table per plan (pdz(1),\n"
                       "MANY PLANS); a bad file is named and exits 2.\n"
                       "Exit status: 0 on success (even when nothing matches), 2 when\n"
                       "FILE cannot be loaded, names no such id, the output cannot be\n"
                       "written or the usage is wrong.",
                       entries, pdz_tool_filter_get_entries (filter), &argc, &argv, &status))
    return status;

  if (format_text == NULL || g_str_equal (format_text, "table"))
    format = FORMAT_TABLE;
  else if (g_str_equal (format_text, "csv"))
    format = FORMAT_CSV;
  else if (g_str_equal (format_text, "json"))
    format = FORMAT_JSON;
  else
    return pdz_tool_usage_error ("--format", "unknown format \"%s\" (expected table, csv, json)",
                                 format_text);
  if (!pdz_tool_parse_csv_dialect (dialect_text, format == FORMAT_CSV, &dialect))
    return PDZ_EXIT_FAILURE;
  if (files == NULL || files[0] == NULL)
    return pdz_tool_usage_error (NULL, "expected a plan FILE, a DIR or several FILEs");
  if (!pdz_tool_filter_check (filter))
    return PDZ_EXIT_FAILURE;
  if (pdz_tool_is_corpus (files))
    {
      if (format == FORMAT_CSV)
        return pdz_tool_usage_error ("--format", "several plans have no one CSV table: "
                                     "give -f table or -f json");
      return query_corpus (files, filter, format, ascii);
    }

  plan = pdz_tool_load_plan (files[0]);
  if (plan == NULL)
    return PDZ_EXIT_FAILURE;
  query = pdz_tool_filter_build_query (filter, plan, files[0]);
  if (query == NULL)
    return PDZ_EXIT_FAILURE;

  found = pdz_query_find_actions (query);
  counted = pdz_query_count_actions (query);

  actions = found_rows (plan, found);

  switch (format)
    {
    case FORMAT_CSV:
      {
        g_autofree char *csv = pdz_stats_table_to_csv (actions, dialect);

        pdz_tool_write_data (csv, strlen (csv));
      }
      break;
    case FORMAT_JSON:
      print_json (actions, counted);
      break;
    case FORMAT_TABLE:
    default:
      print_table (plan, actions, counted, ascii);
      break;
    }

  return PDZ_EXIT_OK;
}
