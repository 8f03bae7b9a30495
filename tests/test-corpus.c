/* test-corpus.c: PdzCorpus
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * tests/data/corpus holds three plans, two rounds of a fourth, three files
 * of a fifth of which two hold the same round, two bad files, and what a
 * directory load skips: dotfiles (a leftover temporary file of a save
 * among them), a file not named *.json and a subdirectory.
 */

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libpdz/pdz.h>

#include "pdz-test-util.h"

static char *
corpus_dir (void)
{
  return g_build_filename (pdz_test_get_data_dir (), "corpus", NULL);
}

static PdzCorpus *
load_corpus (void)
{
  return pdz_test_load_corpus ();
}

static char *
basename_of (PdzCorpusFile *file)
{
  return g_file_get_basename (pdz_corpus_file_get_file (file));
}

static PdzCorpusFile *
find_file (PdzCorpus  *corpus,
           const char *name)
{
  GListModel *files = pdz_corpus_get_files (corpus);

  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(PdzCorpusFile) file = g_list_model_get_item (files, i);
      g_autofree char *base = basename_of (file);

      if (g_str_equal (base, name))
        return file;   /* the corpus holds it */
    }
  return NULL;
}

/* Which files, in which order, and what became of each. */
static void
test_directory (void)
{
  g_autoptr(PdzCorpus) corpus = load_corpus ();
  static const struct
  {
    const char *name;
    PdzCorpusFileState state;
    const char *other;
  } expected[] = {
    { "ambito-001.json", PDZ_CORPUS_FILE_USED, NULL },
    { "ambito-002.json", PDZ_CORPUS_FILE_USED, NULL },
    { "ambito-003.json", PDZ_CORPUS_FILE_USED, NULL },
    { "bad-format.json", PDZ_CORPUS_FILE_FAILED, NULL },
    { "bad-syntax.json", PDZ_CORPUS_FILE_FAILED, NULL },
    { "dupes-0.json", PDZ_CORPUS_FILE_SUPERSEDED, "dupes-1.json" },
    { "dupes-1.json", PDZ_CORPUS_FILE_DUPLICATE, "dupes-2.json" },
    { "dupes-2.json", PDZ_CORPUS_FILE_DUPLICATE, "dupes-1.json" },
    { "rounds-2022.json", PDZ_CORPUS_FILE_SUPERSEDED, "rounds-2023.json" },
    { "rounds-2023.json", PDZ_CORPUS_FILE_USED, NULL },
  };
  GListModel *files = pdz_corpus_get_files (corpus);
  GListModel *plans = pdz_corpus_get_plans (corpus);

  g_assert_cmpuint (g_list_model_get_n_items (files), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(PdzCorpusFile) file = g_list_model_get_item (files, i);
      g_autofree char *base = basename_of (file);
      PdzCorpusFile *other = pdz_corpus_file_get_other (file);

      g_assert_cmpstr (base, ==, expected[i].name);
      g_assert_cmpint (pdz_corpus_file_get_state (file), ==, expected[i].state);
      if (expected[i].other == NULL)
        {
          g_assert_null (other);
        }
      else
        {
          g_autofree char *other_base = basename_of (other);

          g_assert_cmpstr (other_base, ==, expected[i].other);
        }
      g_assert_true ((pdz_corpus_file_get_error (file) != NULL) ==
                     (expected[i].state == PDZ_CORPUS_FILE_FAILED ||
                      expected[i].state == PDZ_CORPUS_FILE_DUPLICATE));
      g_assert_true ((pdz_corpus_file_get_plan (file) != NULL) ==
                     (expected[i].state != PDZ_CORPUS_FILE_FAILED));
    }

  /* The plans that count: the three, and the last round of the fourth;
   * not the fifth, whose last round is held twice. */
  g_assert_cmpuint (g_list_model_get_n_items (plans), ==, 4);
  g_assert_nonnull (pdz_corpus_lookup_plan (corpus, "ambito-002"));
  g_assert_true (pdz_corpus_lookup_plan (corpus, "rounds") ==
                 pdz_corpus_file_get_plan (find_file (corpus, "rounds-2023.json")));
  g_assert_null (pdz_corpus_lookup_plan (corpus, "dupes"));
  g_assert_cmpuint (g_list_model_get_n_items (pdz_corpus_get_errors (corpus)), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (pdz_corpus_get_superseded (corpus)), ==, 2);
}

/* Errors name their files. */
static void
test_errors (void)
{
  g_autoptr(PdzCorpus) corpus = load_corpus ();
  const GError *error;

  error = pdz_corpus_file_get_error (find_file (corpus, "bad-syntax.json"));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_PARSE);
  g_assert_true (strstr (error->message, "bad-syntax.json:") != NULL);

  error = pdz_corpus_file_get_error (find_file (corpus, "bad-format.json"));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT);

  error = pdz_corpus_file_get_error (find_file (corpus, "dupes-1.json"));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID);
  g_assert_true (strstr (error->message, "dupes-1.json") != NULL);
  g_assert_true (strstr (error->message, "dupes-2.json") != NULL);
  g_assert_true (strstr (error->message, "\"dupes\"") != NULL);
}

/* Files given by name are read whatever their names, each once; a
 * missing one is an error of its own. */
static void
test_files (void)
{
  g_autofree char *dir = corpus_dir ();
  g_autofree char *a = g_build_filename (dir, "ambito-002.json", NULL);
  g_autofree char *b = g_build_filename (dir, ".hidden.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  const char *paths[] = { a, b, a, missing, NULL };
  g_autoptr(PdzCorpus) corpus = pdz_corpus_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzCorpusFile) last = NULL;

  g_assert_true (pdz_corpus_load_paths (corpus, paths, NULL, &error));
  g_assert_cmpuint (g_list_model_get_n_items (pdz_corpus_get_files (corpus)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (pdz_corpus_get_plans (corpus)), ==, 2);
  last = g_list_model_get_item (pdz_corpus_get_files (corpus), 2);
  g_assert_error (pdz_corpus_file_get_error (last), G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
count_progress (PdzCorpus *corpus,
                guint      n_done,
                guint      n_files,
                gpointer   user_data)
{
  guint *last = user_data;

  g_assert_cmpuint (n_done, <=, n_files);
  g_assert_cmpuint (n_files, ==, 10);
  /* Once each, in order, from 0. */
  g_assert_cmpuint (n_done, ==, *last == G_MAXUINT ? 0 : *last + 1);
  *last = n_done;
}

static void
test_progress (void)
{
  g_autofree char *dir = corpus_dir ();
  const char *paths[] = { dir, NULL };
  g_autoptr(PdzCorpus) corpus = pdz_corpus_new ();
  guint last = G_MAXUINT;

  g_signal_connect (corpus, "progress", G_CALLBACK (count_progress), &last);
  g_assert_true (pdz_corpus_load_paths (corpus, paths, NULL, NULL));
  g_assert_cmpuint (last, ==, 10);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
  g_main_context_wakeup (NULL);
}

static void
test_async (void)
{
  g_autofree char *dir = corpus_dir ();
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(PdzCorpus) corpus = pdz_corpus_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  guint last = G_MAXUINT;

  g_signal_connect (corpus, "progress", G_CALLBACK (count_progress), &last);
  pdz_corpus_load_async (corpus, &file, 1, NULL, loaded_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* Nothing changes before the finish. */
  g_assert_cmpuint (g_list_model_get_n_items (pdz_corpus_get_plans (corpus)), ==, 0);
  g_assert_true (pdz_corpus_load_finish (corpus, result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pdz_corpus_get_plans (corpus)), ==, 4);

  /* Every progress emitted before the callback has been dispatched. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (last, ==, 10);
}

static void
test_cancelled (void)
{
  g_autofree char *dir = corpus_dir ();
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(PdzCorpus) corpus = load_corpus ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (pdz_corpus_load (corpus, &file, 1, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  /* The corpus is as it was. */
  g_assert_cmpuint (g_list_model_get_n_items (pdz_corpus_get_plans (corpus)), ==, 4);

  pdz_corpus_load_async (corpus, &file, 1, cancellable, loaded_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (pdz_corpus_load_finish (corpus, result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (g_list_model_get_n_items (pdz_corpus_get_plans (corpus)), ==, 4);
}

/* A plan loaded with a cancelled GCancellable fails at once. */
static void
test_plan_load_cancelled (void)
{
  g_autofree char *dir = corpus_dir ();
  g_autofree char *path = g_build_filename (dir, "ambito-001.json", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPlan) plan = NULL;

  g_cancellable_cancel (cancellable);
  plan = pdz_plan_load_path (path, cancellable, &error);
  g_assert_null (plan);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* The corpus' tables add up the plans' PdzStats tables. */
static void
test_tables (void)
{
  g_autoptr(PdzCorpus) corpus = load_corpus ();
  g_autoptr(PdzStatsTable) by_status = pdz_corpus_by_status (corpus, NULL);
  g_autoptr(PdzStatsTable) by_macroarea = pdz_corpus_by_macroarea (corpus, NULL);
  g_autoptr(PdzStatsTable) by_ambito = pdz_corpus_by_ambito (corpus, NULL);
  g_autoptr(PdzStatsTable) by_partner = pdz_corpus_by_partner (corpus, NULL);
  g_autoptr(PdzStatsTable) by_source = pdz_corpus_by_funding_source (corpus, NULL);
  GListModel *plans = pdz_corpus_get_plans (corpus);
  gint64 actions = 0, macroarea_actions = 0, status_actions = 0, ambito_actions = 0;
  gint64 partner_actions = 0, source_fundings = 0, plan_fundings = 0;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (by_ambito)), ==, 4);
  for (guint i = 0; i < g_list_model_get_n_items (plans); i++)
    {
      g_autoptr(PdzPlan) plan = g_list_model_get_item (plans, i);
      g_autoptr(PdzStats) stats = pdz_stats_new (plan);
      g_autoptr(PdzStatsTable) partners = pdz_stats_by_partner (stats);
      g_autoptr(PdzStatsTable) fundings = pdz_stats_by_funding_status (stats);
      PdzStatsRow *row = pdz_stats_table_lookup_row (by_ambito, pdz_plan_get_id (plan));

      actions += pdz_stats_get_n_actions (stats);
      g_assert_nonnull (row);
      g_assert_cmpint (pdz_stats_row_get_int (row, "actions"), ==, pdz_stats_get_n_actions (stats));
      g_assert_cmpstr (pdz_stats_row_get_string (row, "ambito"), ==, pdz_plan_get_ambito (plan));
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (partners)); k++)
        {
          g_autoptr(PdzStatsRow) partner = g_list_model_get_item (G_LIST_MODEL (partners), k);

          partner_actions += pdz_stats_row_get_int (partner, "actions");
        }
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (fundings)); k++)
        {
          g_autoptr(PdzStatsRow) status = g_list_model_get_item (G_LIST_MODEL (fundings), k);

          plan_fundings += pdz_stats_row_get_int (status, "fundings");
        }
    }
  g_assert_cmpint (actions, >, 0);
  g_assert_cmpuint (pdz_corpus_get_n_actions (corpus), ==, actions);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (by_status)); i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (by_status), i);

      status_actions += pdz_stats_row_get_int (row, "actions");
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (by_macroarea)); i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (by_macroarea), i);
      gint64 completed = pdz_stats_row_get_int (row, "actions-completed");
      gint64 n = pdz_stats_row_get_int (row, "actions");

      macroarea_actions += n;
      g_assert_cmpfloat_with_epsilon (pdz_stats_row_get_double (row, "actions-completion-rate"),
                                      n > 0 ? (double) completed / (double) n : 0.0, 1e-12);
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (by_ambito)); i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (by_ambito), i);

      ambito_actions += pdz_stats_row_get_int (row, "actions");
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (by_source)); i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (by_source), i);

      source_fundings += pdz_stats_row_get_int (row, "fundings");
    }
  g_assert_cmpint (status_actions, ==, actions);
  g_assert_cmpint (macroarea_actions, ==, actions);
  g_assert_cmpint (ambito_actions, ==, actions);
  g_assert_cmpint (source_fundings, ==, plan_fundings);

  /* A partner row adds up the plans' rows of that id. */
  {
    gint64 merged = 0;

    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (by_partner)); i++)
      {
        g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (by_partner), i);

        merged += pdz_stats_row_get_int (row, "actions");
      }
    g_assert_cmpint (merged, ==, partner_actions);
  }
}

/* A query applies to every plan. */
static void
test_query (void)
{
  g_autoptr(PdzCorpus) corpus = load_corpus ();
  g_autoptr(PdzQuery) query = pdz_query_new (NULL);
  g_autoptr(GListModel) found = NULL;
  g_autoptr(PdzStatsTable) by_status = NULL;
  guint n_completed = 0;

  pdz_query_set_statuses (query, 1u << PDZ_STATUS_COMPLETED);
  found = pdz_corpus_find_actions (corpus, query);
  for (guint i = 0; i < g_list_model_get_n_items (found); i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (found, i);

      g_assert_cmpint (pdz_action_get_status (action), ==, PDZ_STATUS_COMPLETED);
      g_assert_nonnull (pdz_action_get_plan (action));
    }

  by_status = pdz_corpus_by_status (corpus, query);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (by_status)); i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (G_LIST_MODEL (by_status), i);

      if (g_str_equal (pdz_stats_row_get_key (row), "completed"))
        n_completed = (guint) pdz_stats_row_get_int (row, "actions");
      else
        g_assert_cmpint (pdz_stats_row_get_int (row, "actions"), ==, 0);
    }
  g_assert_cmpuint (n_completed, >, 0);
  /* The query itself is unchanged. */
  g_assert_null (pdz_query_get_plan (query));
}

/* The summary is one JSON document of the documented shape. */
static void
test_summary (void)
{
  g_autoptr(PdzCorpus) corpus = load_corpus ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  JsonObject *root, *totals, *counts;
  gsize length;

  json = pdz_corpus_summary_to_json (corpus, NULL, &length);
  g_assert_cmpuint (strlen (json), ==, length);
  g_assert_true (g_str_has_suffix (json, "}\n"));
  g_assert_true (json_parser_load_from_data (parser, json, (gssize) length, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  counts = json_object_get_object_member (root, "corpus");
  g_assert_cmpint (json_object_get_int_member (counts, "files"), ==, 10);
  g_assert_cmpint (json_object_get_int_member (counts, "plans"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (counts, "errors"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (counts, "superseded"), ==, 2);
  totals = json_object_get_object_member (root, "totals");
  g_assert_cmpint (json_object_get_int_member (totals, "actions"), ==, pdz_corpus_get_n_actions (corpus));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "files")), ==, 10);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "by-ambito")), ==, 4);
  g_assert_true (json_object_has_member (root, "by-status"));
  g_assert_true (json_object_has_member (root, "by-macroarea"));
  g_assert_true (json_object_has_member (root, "partners"));
  g_assert_true (json_object_has_member (root, "funding-by-source"));
  g_assert_true (json_object_has_member (root, "funding-by-status"));
  g_assert_true (json_object_has_member (root, "by-origin"));
}

/* The export writes a database, replacing the file. */
static void
test_sqlite (void)
{
  g_autoptr(PdzCorpus) corpus = load_corpus ();
  g_autofree char *tmpdir = g_dir_make_tmp ("pdz-corpus-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (tmpdir, "region.sqlite", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  if (!pdz_corpus_can_export_sqlite ())
    {
      g_assert_false (pdz_corpus_export_sqlite (corpus, file, NULL, &error));
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED);
      g_test_skip ("built without SQLite");
      g_rmdir (tmpdir);
      return;
    }

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (pdz_corpus_export_sqlite (corpus, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_true (g_str_has_prefix (data, "SQLite format 3"));

  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);

    /* No temporary file left. */
    g_assert_cmpstr (g_dir_read_name (dir), ==, "region.sqlite");
    g_assert_null (g_dir_read_name (dir));
  }
  g_unlink (path);
  g_rmdir (tmpdir);
}

/* The CSV tables of every plan: the workbook's tables, one per kind, each
 * row with its plan's id first, and the columns of every plan (the "x-"
 * members of one plan are empty in the rows of the others). */
static void
test_csv (void)
{
  g_autoptr(PdzCorpus) corpus = load_corpus ();
  g_autofree char *tmpdir = g_dir_make_tmp ("pdz-corpus-XXXXXX", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (tmpdir);
  GListModel *plans = pdz_corpus_get_plans (corpus);
  g_autoptr(GError) error = NULL;
  static const struct {
    PdzEntityKind kind;
    const char *file;
  } tables[] = {
    { PDZ_ENTITY_KIND_PLAN, "plan.csv" },
    { PDZ_ENTITY_KIND_ACTION, "actions.csv" },
    { PDZ_ENTITY_KIND_PARTICIPATION, "participations.csv" },
    { PDZ_ENTITY_KIND_MEASUREMENT, "measurements.csv" },
  };

  g_assert_true (pdz_corpus_export_csv (corpus, file, NULL, &error));
  g_assert_no_error (error);

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *path = g_build_filename (tmpdir, tables[t].file, NULL);
      g_autofree char *data = NULL;
      g_auto(GStrv) records = NULL;
      guint expected = 0, n_records;
      guint n_fields = 0;

      for (guint p = 0; p < g_list_model_get_n_items (plans); p++)
        {
          g_autoptr(PdzPlan) plan = g_list_model_get_item (plans, p);
          g_autoptr(PdzStatsTable) table = pdz_plan_dup_table (plan, tables[t].kind);

          expected += g_list_model_get_n_items (G_LIST_MODEL (table));
        }

      g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
      g_assert_true (g_str_has_prefix (data, "plan,"));
      g_assert_true (g_str_has_suffix (data, "\r\n"));
      records = g_strsplit (data, "\r\n", -1);
      n_records = g_strv_length (records) - 1;   /* after the last CRLF: "" */
      g_assert_cmpuint (n_records, ==, expected + 1);

      for (guint r = 0; r < n_records; r++)
        {
          g_auto(GStrv) fields = g_strsplit (records[r], ",", 2);

          if (r == 0)
            {
              n_fields = 1;
              for (const char *c = records[r]; *c != '\0'; c++)
                n_fields += *c == ',';
              continue;
            }
          /* The first field is a plan of the corpus. */
          g_assert_nonnull (pdz_corpus_lookup_plan (corpus, fields[0]));
        }
      g_assert_cmpuint (n_fields, >, 2);
    }

  /* An "x-" member of measurements of some plans is a column of the table. */
  {
    g_autofree char *path = g_build_filename (tmpdir, "measurements.csv", NULL);
    g_autofree char *data = NULL;
    g_autofree char *header = NULL;

    g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
    header = g_strndup (data, strcspn (data, "\r"));
    g_assert_nonnull (strstr (header, ",x-note"));
  }

  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    /* The eleven tables and nothing else: no scratch directory left. */
    for (guint n = 0; (name = g_dir_read_name (dir)) != NULL; n++)
      {
        g_autofree char *path = g_build_filename (tmpdir, name, NULL);

        g_assert_true (g_str_has_suffix (name, ".csv"));
        g_assert_cmpuint (n, <, 11);
        g_unlink (path);
      }
  }
  g_rmdir (tmpdir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdz/corpus/directory", test_directory);
  g_test_add_func ("/pdz/corpus/errors", test_errors);
  g_test_add_func ("/pdz/corpus/files", test_files);
  g_test_add_func ("/pdz/corpus/progress", test_progress);
  g_test_add_func ("/pdz/corpus/async", test_async);
  g_test_add_func ("/pdz/corpus/cancelled", test_cancelled);
  g_test_add_func ("/pdz/corpus/plan-load-cancelled", test_plan_load_cancelled);
  g_test_add_func ("/pdz/corpus/tables", test_tables);
  g_test_add_func ("/pdz/corpus/query", test_query);
  g_test_add_func ("/pdz/corpus/summary", test_summary);
  g_test_add_func ("/pdz/corpus/sqlite", test_sqlite);
  g_test_add_func ("/pdz/corpus/csv", test_csv);

  return g_test_run ();
}
