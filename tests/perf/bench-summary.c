/* bench-summary.c: loads plans and computes the summary's figures
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Not a test of its own: bench.sh times it against the peer scripts, and
 * check-peers.py compares its figures with theirs.
 *
 *   bench-summary FILE|DIR...        load, then the figures (JSON on stdout)
 *   bench-summary --load FILE|DIR... load only
 *
 * The figures are the ones peer_common.py describes: bullets by macroarea
 * and status, funding per source and per status, and bullets per partner,
 * all from PdzStats. Against a libpdz with PdzCorpus, the plans are loaded
 * by a corpus (in parallel, on every core) and the figures are read from
 * pdz_corpus_summary_to_json(), the document `pdz summary DIR --format
 * json` prints (the command is wired to it separately); against an older
 * libpdz (the "before" figures of tests/perf/README.md), the files are
 * loaded one by one and each plan's PdzStats tables are added up here.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <libpdz/pdz.h>

static const char * const statuses[] = {
  "planned", "in-progress", "completed", "suspended", "cancelled", "not-stated",
};

/* Figures added up over plans: key → gint64[N] in each table. */
typedef struct
{
  guint n_plans;
  gint64 n_actions;
  GHashTable *by_macroarea;   /* key → gint64[6], per status */
  GHashTable *by_source;      /* key → gint64[3]: fundings, amount, unknown */
  GHashTable *by_status;      /* the same, per funding status */
  GHashTable *by_partner;     /* key → gint64[1] */
} Figures;

static gint64 *
figures_row (GHashTable *table,
             const char *key,
             guint       n)
{
  gint64 *row = g_hash_table_lookup (table, key);

  if (row == NULL)
    {
      row = g_new0 (gint64, n);
      g_hash_table_insert (table, g_strdup (key), row);
    }
  return row;
}

#ifndef PDZ_TYPE_CORPUS
static void
add_table (GHashTable          *figures,
           PdzStatsTable       *table,
           const char * const  *columns,
           guint                n_columns)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (table), i);
      gint64 *values = figures_row (figures, pdz_stats_row_get_key (row), n_columns);

      for (guint c = 0; c < n_columns; c++)
        values[c] += pdz_stats_row_get_int (row, columns[c]);
    }
}

#endif

static void
figures_init (Figures *f)
{
  memset (f, 0, sizeof *f);
  f->by_macroarea = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  f->by_source = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  f->by_status = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  f->by_partner = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static void
figures_clear (Figures *f)
{
  g_clear_pointer (&f->by_macroarea, g_hash_table_unref);
  g_clear_pointer (&f->by_source, g_hash_table_unref);
  g_clear_pointer (&f->by_status, g_hash_table_unref);
  g_clear_pointer (&f->by_partner, g_hash_table_unref);
}

/* The figures of one PdzStats (of a plan or of a corpus' plans). */
#ifndef PDZ_TYPE_CORPUS
static void
figures_add_tables (Figures       *f,
                    PdzStatsTable *by_macroarea,
                    PdzStatsTable *by_source,
                    PdzStatsTable *by_status,
                    PdzStatsTable *by_partner)
{
  static const char * const status_columns[] = {
    "actions-planned", "actions-in-progress", "actions-completed",
    "actions-suspended", "actions-cancelled", "actions-not-stated",
  };
  static const char * const funding_columns[] = { "fundings", "amount", "unknown-amounts" };
  static const char * const partner_columns[] = { "actions" };

  add_table (f->by_macroarea, by_macroarea, status_columns, G_N_ELEMENTS (status_columns));
  add_table (f->by_source, by_source, funding_columns, G_N_ELEMENTS (funding_columns));
  add_table (f->by_status, by_status, funding_columns, G_N_ELEMENTS (funding_columns));
  add_table (f->by_partner, by_partner, partner_columns, G_N_ELEMENTS (partner_columns));
}
#endif

/* Writes @figures as a member of @builder: an object of arrays, or of
 * numbers when @as_number (one column), or of objects named by @names. */
static void
build_table (JsonBuilder        *builder,
             const char         *member,
             GHashTable         *figures,
             guint               n,
             const char * const *names)
{
  GHashTableIter iter;
  gpointer key, value;

  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  g_hash_table_iter_init (&iter, figures);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const gint64 *values = value;
      gboolean any = FALSE;

      for (guint c = 0; c < n; c++)
        any |= values[c] != 0;
      if (!any)
        continue;   /* rows of zeros are left out, as the peers do */

      json_builder_set_member_name (builder, key);
      if (n == 1)
        {
          json_builder_add_int_value (builder, values[0]);
          continue;
        }
      if (names != NULL)
        json_builder_begin_object (builder);
      else
        json_builder_begin_array (builder);
      for (guint c = 0; c < n; c++)
        {
          if (names != NULL)
            json_builder_set_member_name (builder, names[c]);
          json_builder_add_int_value (builder, values[c]);
        }
      if (names != NULL)
        json_builder_end_object (builder);
      else
        json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
}

/* check-peers.py compares the parsed JSON, not the bytes. */
static void
figures_print (Figures *f)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "plans");
  json_builder_add_int_value (builder, f->n_plans);
  json_builder_set_member_name (builder, "actions");
  json_builder_add_int_value (builder, f->n_actions);
  build_table (builder, "by-macroarea", f->by_macroarea, G_N_ELEMENTS (statuses), statuses);
  build_table (builder, "funding-by-source", f->by_source, 3, NULL);
  build_table (builder, "funding-by-status", f->by_status, 3, NULL);
  build_table (builder, "actions-by-partner", f->by_partner, 1, NULL);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  puts (text);
}

#ifdef PDZ_TYPE_CORPUS
/* Adds the rows of the table @member of the summary to @figures. */
static void
add_summary_table (GHashTable         *figures,
                   JsonObject         *summary,
                   const char         *member,
                   const char         *key,
                   const char * const *columns,
                   guint               n_columns)
{
  JsonArray *rows = json_object_get_array_member (summary, member);

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      gint64 *values = figures_row (figures, json_object_get_string_member (row, key), n_columns);

      for (guint c = 0; c < n_columns; c++)
        values[c] += json_object_get_int_member (row, columns[c]);
    }
}

/* The figures from pdz_corpus_summary_to_json(): what `pdz summary DIR
 * --format json` prints. */
static gboolean
run_corpus (int       argc,
            char    **argv,
            gboolean  figures)
{
  static const char * const status_columns[] = {
    "actions-planned", "actions-in-progress", "actions-completed",
    "actions-suspended", "actions-cancelled", "actions-not-stated",
  };
  static const char * const funding_columns[] = { "fundings", "amount", "unknown-amounts" };
  static const char * const partner_columns[] = { "actions" };
  g_autoptr(PdzCorpus) corpus = pdz_corpus_new ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  GListModel *errors;
  JsonObject *summary;
  gsize length;
  Figures f;

  for (int i = 0; i < argc; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (argv[i]));
  if (!pdz_corpus_load (corpus, (GFile **) files->pdata, files->len, NULL, &error))
    {
      g_printerr ("bench-summary: %s\n", error->message);
      return FALSE;
    }
  errors = pdz_corpus_get_errors (corpus);
  for (guint i = 0; i < g_list_model_get_n_items (errors); i++)
    {
      g_autoptr(PdzCorpusFile) file = g_list_model_get_item (errors, i);

      g_printerr ("bench-summary: %s\n", pdz_corpus_file_get_error (file)->message);
    }

  if (!figures)
    return TRUE;

  json = pdz_corpus_summary_to_json (corpus, NULL, &length);
  if (!json_parser_load_from_data (parser, json, (gssize) length, &error))
    {
      g_printerr ("bench-summary: the summary: %s\n", error->message);
      return FALSE;
    }
  summary = json_node_get_object (json_parser_get_root (parser));

  figures_init (&f);
  f.n_plans = json_object_get_int_member (json_object_get_object_member (summary, "totals"), "plans");
  f.n_actions = json_object_get_int_member (json_object_get_object_member (summary, "totals"), "actions");
  add_summary_table (f.by_macroarea, summary, "by-macroarea", "macroarea",
                     status_columns, G_N_ELEMENTS (status_columns));
  add_summary_table (f.by_source, summary, "funding-by-source", "source",
                     funding_columns, G_N_ELEMENTS (funding_columns));
  add_summary_table (f.by_status, summary, "funding-by-status", "status",
                     funding_columns, G_N_ELEMENTS (funding_columns));
  add_summary_table (f.by_partner, summary, "partners", "partner",
                     partner_columns, G_N_ELEMENTS (partner_columns));
  figures_print (&f);
  figures_clear (&f);
  return TRUE;
}
#else

/* Without PdzCorpus: one file after the other, each with its PdzStats. */
static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
add_path (GPtrArray  *paths,
          const char *arg)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (arg, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (paths, g_strdup (arg));
      return;
    }

  dir = g_dir_open (arg, 0, NULL);
  names = g_ptr_array_new_with_free_func (g_free);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (paths, g_build_filename (arg, names->pdata[i], NULL));
}

static gboolean
run_files (int       argc,
           char    **argv,
           gboolean  figures)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func (g_object_unref);
  Figures f;

  for (int i = 0; i < argc; i++)
    add_path (paths, argv[i]);
  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GError) error = NULL;
      PdzPlan *plan = pdz_plan_load_path (paths->pdata[i], NULL, &error);

      if (plan == NULL)
        g_printerr ("bench-summary: %s\n", error->message);
      else
        g_ptr_array_add (plans, plan);
    }

  if (!figures)
    return TRUE;

  figures_init (&f);
  for (guint i = 0; i < plans->len; i++)
    {
      g_autoptr(PdzStats) stats = pdz_stats_new (plans->pdata[i]);
      g_autoptr(PdzStatsTable) by_macroarea = pdz_stats_by_macroarea (stats);
      g_autoptr(PdzStatsTable) by_source = pdz_stats_by_funding_source (stats);
      g_autoptr(PdzStatsTable) by_status = pdz_stats_by_funding_status (stats);
      g_autoptr(PdzStatsTable) by_partner = pdz_stats_by_partner (stats);

      f.n_plans++;
      f.n_actions += pdz_stats_get_n_actions (stats);
      figures_add_tables (&f, by_macroarea, by_source, by_status, by_partner);
    }
  figures_print (&f);
  figures_clear (&f);
  return TRUE;
}
#endif

int
main (int    argc,
      char **argv)
{
  gboolean figures = TRUE;
  gboolean ok;

  if (argc >= 2 && g_str_equal (argv[1], "--load"))
    {
      figures = FALSE;
      argc--;
      argv++;
    }
  if (argc < 2)
    {
      g_printerr ("usage: bench-summary [--load] FILE|DIR...\n");
      return EXIT_FAILURE;
    }

#ifdef PDZ_TYPE_CORPUS
  ok = run_corpus (argc - 1, argv + 1, figures);
#else
  ok = run_files (argc - 1, argv + 1, figures);
#endif
  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
