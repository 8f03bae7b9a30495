/* test-workbook.c: the plan as a workbook, both ways, and every error with its cell
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <string.h>

#include <glib/gstdio.h>
#include <libpdz/pdz.h>

#include "pdz-test-util.h"
#include "pdz-csv-private.h"
#include "pdz-date-private.h"
#include "pdz-text-private.h"
#include "pdz-workbook-private.h"

typedef struct
{
  char *dir;                 /* a scratch directory, removed at teardown */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->dir = g_dir_make_tmp ("pdz-workbook-XXXXXX", NULL);
  g_assert_nonnull (fixture->dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  pdz_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
data_path (const char *dir,
           const char *name)
{
  return g_build_filename (pdz_test_get_data_dir (), dir, name, NULL);
}

static PdzPlan *
load_example (const char *name)
{
  g_autofree char *path = g_build_filename (pdz_test_get_examples_dir (), name, NULL);

  return pdz_test_load_file (path);
}

static char *
to_data (PdzPlan *plan)
{
  return pdz_plan_to_data (plan, NULL);
}

/* Exports @plan in @format into @dir and reads it back. (transfer full) */
static PdzPlan *
round_trip (PdzPlan           *plan,
            const char        *dir,
            PdzWorkbookFormat  format)
{
  static const char * const names[] = { "plan.xlsx", "plan.ods", "tables" };
  g_autofree char *path = g_build_filename (dir, names[format], NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PdzPlan *back;

  g_assert_true (pdz_plan_export_workbook (plan, file, format, NULL, &error));
  g_assert_no_error (error);
  back = pdz_plan_new_from_workbook (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  return back;
}

/* --- Round trips --- */

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  user_data)
{
  static const char * const examples[] = { "corsichese-2021-2023.json", "corsichese-2022-12.json" };

  for (guint e = 0; e < G_N_ELEMENTS (examples); e++)
    {
      g_autoptr(PdzPlan) plan = load_example (examples[e]);
      g_autofree char *before = to_data (plan);

      for (PdzWorkbookFormat format = PDZ_WORKBOOK_FORMAT_XLSX; format <= PDZ_WORKBOOK_FORMAT_CSV; format++)
        {
          g_autoptr(PdzPlan) back = NULL;
          g_autofree char *after = NULL;

          if (!pdz_workbook_format_is_available (format))
            continue;
          back = round_trip (plan, fixture->dir, format);
          after = to_data (back);
          g_assert_cmpstr (before, ==, after);
        }
    }
}

/* Every generated plan of tests/gen (made by the build) comes back. */
static void
test_round_trip_generated (Fixture       *fixture,
                           gconstpointer  user_data)
{
  const char *dir = g_getenv ("PDZ_WORKBOOK_GENERATED_DIR");
  g_autoptr(GDir) plans = NULL;
  const char *name;
  guint n = 0;

  if (dir == NULL || (plans = g_dir_open (dir, 0, NULL)) == NULL)
    {
      g_test_skip ("no generated plans (PDZ_WORKBOOK_GENERATED_DIR)");
      return;
    }
  while ((name = g_dir_read_name (plans)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(PdzPlan) plan = NULL;
      g_autofree char *before = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      plan = pdz_test_load_file (path);
      before = to_data (plan);
      for (PdzWorkbookFormat format = PDZ_WORKBOOK_FORMAT_XLSX; format <= PDZ_WORKBOOK_FORMAT_CSV; format++)
        {
          g_autoptr(PdzPlan) back = NULL;
          g_autofree char *after = NULL;

          if (!pdz_workbook_format_is_available (format))
            continue;
          back = round_trip (plan, fixture->dir, format);
          after = to_data (back);
          if (g_strcmp0 (before, after) != 0)
            g_test_message ("%s: the %d round trip differs", name, format);
          g_assert_cmpstr (before, ==, after);
        }
      n++;
    }
  g_test_message ("%u generated plans, each in every available format", n);
  g_assert_cmpuint (n, >, 0);
}

static GBytes *
read_bytes (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (contents, length);
}

static void
test_reproducible (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(PdzPlan) plan = load_example ("corsichese-2021-2023.json");
  static const char * const names[] = { "a.xlsx", "a.ods" };

  g_setenv ("SOURCE_DATE_EPOCH", "1700000000", TRUE);
  for (PdzWorkbookFormat format = PDZ_WORKBOOK_FORMAT_XLSX; format <= PDZ_WORKBOOK_FORMAT_ODS; format++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, names[format], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GBytes) first = NULL;
      g_autoptr(GBytes) second = NULL;
      g_autoptr(GError) error = NULL;

      if (!pdz_workbook_format_is_available (format))
        continue;
      g_assert_true (pdz_plan_export_workbook (plan, file, format, NULL, &error));
      first = read_bytes (path);
      g_usleep (1100 * 1000);
      g_assert_true (pdz_plan_export_workbook (plan, file, format, NULL, &error));
      g_assert_no_error (error);
      second = read_bytes (path);
      g_assert_true (g_bytes_equal (first, second));
      if (format == PDZ_WORKBOOK_FORMAT_ODS)
        {
          /* The package's signature: "mimetype" first, stored. */
          const char *data = g_bytes_get_data (first, NULL);

          g_assert_cmpmem (data + 30, 8, "mimetype", 8);
          g_assert_cmpmem (data + 38, 46, "application/vnd.oasis.opendocument.spreadsheet", 46);
        }
    }
  g_unsetenv ("SOURCE_DATE_EPOCH");
}

/* --- Errors, each with its sheet and cell --- */

typedef struct
{
  const char *file;
  int code;
  const char *expected;      /* in the message */
} BadCase;

static const BadCase bad_cases[] = {
  { "unknown-enum.xlsx", PDZ_ERROR_INVALID_VALUE,
    "unknown-enum.xlsx: Azioni!F5: stato «in corsoo» sconosciuto; valori ammessi: non indicato, previsto, "
    "in corso, concluso, sospeso, annullato" },
  { "unknown-reference.xlsx", PDZ_ERROR_INVALID_VALUE,
    "Azioni!C6: «obiettivo-che-non-esiste» non è un identificativo del foglio Obiettivi" },
  { "duplicate-id.xlsx", PDZ_ERROR_INVALID_VALUE, "Partner!A4: identificativo «gestore-agenzia-buccinasco» ripetuto" },
  { "invalid-date.xlsx", PDZ_ERROR_INVALID_VALUE, "Azioni!H7: data «31/02/2023» non valida" },
  { "negative-amount.xlsx", PDZ_ERROR_INVALID_VALUE, "Finanziamenti!D3: importo negativo «-1250»" },
  { "non-numeric-amount.xlsx", PDZ_ERROR_INVALID_VALUE, "Finanziamenti!D3: importo «tanti» non valido" },
  { "missing-column.xlsx", PDZ_ERROR_INVALID_VALUE, "Azioni!2: manca la colonna «title» (Titolo)" },
  { "unknown-column.xlsx", PDZ_ERROR_INVALID_VALUE, "Obiettivi!G2: colonna «colore» sconosciuta" },
  { "missing-sheet.xlsx", PDZ_ERROR_INVALID_VALUE, "missing-sheet.xlsx: Milestone: manca il foglio" },
  { "formula-without-value.xlsx", PDZ_ERROR_INVALID_VALUE,
    "Azioni!E4: la formula «=CONCATENATE(\"a\",\"b\")» non ha un valore calcolato" },
  { "not-a-workbook.xlsx", PDZ_ERROR_FORMAT, "not-a-workbook.xlsx: non è una cartella di lavoro" },
  { "truncated.xlsx", PDZ_ERROR_FORMAT, "truncated.xlsx: il file zip è danneggiato o troncato" },
  { "zip-bomb.xlsx", PDZ_ERROR_FORMAT, "xl/workbook.xml: decompresso supererebbe il limite" },
  { "old-excel.xls", PDZ_ERROR_UNSUPPORTED, "Excel 97-2003 (.xls)" },
  { "macros.xlsm", PDZ_ERROR_UNSUPPORTED, "cartella con macro (.xlsm)" },
  { "report.xlsx", PDZ_ERROR_FORMAT, "questo è un rapporto di «pdz report»" },
  { "report-csv", PDZ_ERROR_FORMAT, "sono le tabelle di «pdz report»" },
  { "latin1-csv", PDZ_ERROR_INVALID_VALUE, "latin1-csv: partners.csv: riga 4: il testo non è UTF-8" },
  { "missing-table-csv", PDZ_ERROR_INVALID_VALUE, "milestones.csv: manca il file" },
};

static void
test_bad (gconstpointer user_data)
{
  const BadCase *c = user_data;
  g_autofree char *path = data_path ("bad-workbooks", c->file);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPlan) plan = pdz_plan_new_from_workbook (file, NULL, &error);

  g_assert_null (plan);
  g_assert_error (error, PDZ_ERROR, c->code);
  if (strstr (error->message, c->expected) == NULL)
    g_error ("%s: expected “%s” in “%s”", c->file, c->expected, error->message);
}

/* All the errors at once, up to the limit, and how many more. */
static void
test_max_errors (void)
{
  g_autofree char *path = data_path ("bad-workbooks", "many-errors.xlsx");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PdzWorkbookImport) import = pdz_workbook_import_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPlan) plan = NULL;
  GListModel *problems;
  g_autoptr(PdzWorkbookProblem) first = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpuint (pdz_workbook_import_get_max_errors (import), ==, PDZ_WORKBOOK_DEFAULT_MAX_ERRORS);
  plan = pdz_workbook_import_load (import, file, NULL, &error);
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
  g_assert_null (plan);
  g_assert_cmpuint (pdz_workbook_import_get_n_errors (import), ==, 20);
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 20);
  g_clear_error (&error);

  pdz_workbook_import_set_max_errors (import, 5);
  plan = pdz_workbook_import_load (import, file, NULL, &error);
  g_assert_null (plan);
  g_assert_cmpuint (pdz_workbook_import_get_n_errors (import), ==, 20);
  problems = pdz_workbook_import_get_problems (import);
  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 5);
  g_assert_nonnull (strstr (error->message, "many-errors.xlsx: … e altri 15 errori"));

  first = g_list_model_get_item (problems, 0);
  g_assert_cmpint (pdz_workbook_problem_get_severity (first), ==, PDZ_WORKBOOK_SEVERITY_ERROR);
  g_assert_cmpstr (pdz_workbook_problem_get_sheet (first), ==, "Azioni");
  g_assert_cmpstr (pdz_workbook_problem_get_cell (first), ==, "F3");
  g_assert_cmpuint (pdz_workbook_problem_get_row (first), ==, 3);
  g_assert_cmpuint (pdz_workbook_problem_get_column (first), ==, 6);
  g_assert_cmpstr (pdz_workbook_problem_get_message (first), ==,
                   "stato «boh» sconosciuto; valori ammessi: non indicato, previsto, in corso, concluso, "
                   "sospeso, annullato");
}

/* --- Workbooks as offices and other programs save them --- */

static PdzPlan *
load_good (const char         *name,
           PdzWorkbookImport **import_out)
{
  g_autofree char *path = data_path ("workbooks", name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PdzWorkbookImport) import = pdz_workbook_import_new ();
  g_autoptr(GError) error = NULL;
  PdzPlan *plan = pdz_workbook_import_load (import, file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  if (import_out != NULL)
    *import_out = g_steal_pointer (&import);
  return plan;
}

/* The id of the entity in @row (from 3, as the sheet shows it) of the
 * example's sheet of @kind. */
static char *
example_id (PdzEntityKind kind,
            guint         row)
{
  g_autoptr(PdzPlan) plan = load_example ("corsichese-2021-2023.json");
  g_autoptr(PdzStatsTable) table = pdz_plan_dup_table (plan, kind);
  g_autoptr(PdzStatsRow) r = g_list_model_get_item (G_LIST_MODEL (table), row - 3);

  return g_strdup (pdz_stats_row_get_key (r));
}

static char *
action_date (PdzPlan *plan,
             guint    row)
{
  g_autofree char *id = example_id (PDZ_ENTITY_KIND_ACTION, row);
  PdzAction *action = pdz_plan_lookup_action (plan, id);

  g_assert_nonnull (action);
  return pdz_action_get_date (action) != NULL ? pdz_date_to_string (pdz_action_get_date (action)) : NULL;
}

static void
test_same_as_example (gconstpointer user_data)
{
  g_autoptr(PdzPlan) example = load_example ("corsichese-2021-2023.json");
  g_autoptr(PdzPlan) plan = load_good (user_data, NULL);
  g_autofree char *expected = to_data (example);
  g_autofree char *got = to_data (plan);

  g_assert_cmpstr (expected, ==, got);
}

static void
test_office_edits (void)
{
  g_autoptr(PdzPlan) plan = load_good ("office-edits.xlsx", NULL);
  g_autofree char *d3 = action_date (plan, 3);
  g_autofree char *d4 = action_date (plan, 4);
  g_autofree char *d5 = action_date (plan, 5);
  g_autofree char *partner = example_id (PDZ_ENTITY_KIND_PARTNER, 3);
  g_autofree char *json = to_data (plan);

  g_assert_cmpstr (d3, ==, "2023-01-24");   /* a serial date of the 1900 system */
  g_assert_cmpstr (d4, ==, "2023-11");      /* "novembre 2023" */
  g_assert_cmpstr (d5, ==, "2023-01-24");   /* "24/01/2023" */
  g_assert_nonnull (strstr (json, "\"x-codice\": true"));
  g_assert_nonnull (pdz_plan_lookup_partner (plan, partner));
}

static void
test_date1904_inline (void)
{
  g_autoptr(PdzPlan) plan = load_good ("date1904-inline.xlsx", NULL);
  g_autofree char *d3 = action_date (plan, 3);
  g_autofree char *d4 = action_date (plan, 4);

  g_assert_cmpstr (d3, ==, "2023-01-24");   /* serial 43488 of the 1904 system */
  g_assert_cmpstr (d4, ==, "2023-11");      /* an inline string */
}

static void
test_merged_cells (void)
{
  g_autoptr(PdzPlan) plan = load_good ("merged-cells.xlsx", NULL);
  g_autofree char *first = example_id (PDZ_ENTITY_KIND_ACTION, 3);
  g_autofree char *second = example_id (PDZ_ENTITY_KIND_ACTION, 4);
  PdzAction *a = pdz_plan_lookup_action (plan, first);
  PdzAction *b = pdz_plan_lookup_action (plan, second);

  g_assert_true (pdz_action_get_objective (a) == pdz_action_get_objective (b));
}

static void
test_formula_cached (void)
{
  g_autoptr(PdzPlan) plan = load_good ("formula-cached.xlsx", NULL);
  g_autofree char *id = example_id (PDZ_ENTITY_KIND_ACTION, 4);

  g_assert_cmpstr (pdz_action_get_title (pdz_plan_lookup_action (plan, id)), ==, "Tavolo di rete");
}

static void
test_extra_sheet (void)
{
  g_autoptr(PdzWorkbookImport) import = NULL;
  g_autoptr(PdzPlan) plan = load_good ("extra-sheet.xlsx", &import);
  GListModel *problems = pdz_workbook_import_get_problems (import);
  g_autoptr(PdzWorkbookProblem) note = NULL;
  g_autofree char *line = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (problems), ==, 1);
  note = g_list_model_get_item (problems, 0);
  g_assert_cmpint (pdz_workbook_problem_get_severity (note), ==, PDZ_WORKBOOK_SEVERITY_NOTE);
  line = pdz_workbook_problem_to_string (note);
  g_assert_cmpstr (line, ==, "Appunti: foglio in più, ignorato");
  g_assert_null (pdz_workbook_problem_get_cell (note));
}

/* New rows with an empty id get one from their title, made unique. */
static void
test_new_ids (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(PdzPlan) plan = load_example ("corsichese-2021-2023.json");
  g_autofree char *dir = g_build_filename (fixture->dir, "tables", NULL);
  g_autofree char *actions = g_build_filename (dir, "actions.csv", NULL);
  g_autofree char *partners = g_build_filename (dir, "partners.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (dir);
  g_autoptr(PdzWorkbookImport) import = pdz_workbook_import_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *objective = example_id (PDZ_ENTITY_KIND_OBJECTIVE, 3);
  g_autofree char *csv = NULL;
  g_autofree char *more = NULL;
  const char * const *ids;
  PdzAction *action;

  g_assert_true (pdz_plan_export_workbook (plan, file, PDZ_WORKBOOK_FORMAT_CSV, NULL, &error));
  g_assert_true (g_file_get_contents (actions, &csv, NULL, NULL));
  more = g_strdup_printf ("%s,,%s,,Città in rete!,in-progress,,,,,\r\n,,%s,,Città in rete!,,,,,,\r\n",
                          csv, objective, objective);
  g_assert_true (g_file_set_contents (actions, more, -1, NULL));
  g_clear_pointer (&csv, g_free);
  g_clear_pointer (&more, g_free);
  g_assert_true (g_file_get_contents (partners, &csv, NULL, NULL));
  more = g_strdup_printf ("%s,Cooperativa «Il Sole»,,third-sector,\r\n", csv);
  g_assert_true (g_file_set_contents (partners, more, -1, NULL));

  g_clear_object (&plan);
  plan = pdz_workbook_import_load (import, file, NULL, &error);
  g_assert_no_error (error);
  ids = pdz_workbook_import_get_new_ids (import);
  g_assert_cmpstr (ids[0], ==, "citta-in-rete");
  g_assert_cmpstr (ids[1], ==, "citta-in-rete-2");
  g_assert_cmpstr (ids[2], ==, "cooperativa-il-sole");
  g_assert_null (ids[3]);
  action = pdz_plan_lookup_action (plan, "citta-in-rete");
  g_assert_nonnull (action);
  g_assert_cmpint (pdz_action_get_status (action), ==, PDZ_STATUS_IN_PROGRESS);
  g_assert_cmpstr (pdz_objective_get_id (pdz_action_get_objective (action)), ==, objective);
  g_assert_cmpint (pdz_partner_get_kind (pdz_plan_lookup_partner (plan, "cooperativa-il-sole")), ==,
                   PDZ_PARTNER_KIND_THIRD_SECTOR);
  g_assert_cmpuint (g_list_model_get_n_items (pdz_workbook_import_get_problems (import)), ==, 3);
}

/* A text longer than a cell holds is refused at export, naming it. */
static void
test_too_long (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(PdzPlan) plan = load_example ("corsichese-2021-2023.json");
  g_autofree char *id = example_id (PDZ_ENTITY_KIND_ACTION, 3);
  g_autofree char *path = g_build_filename (fixture->dir, "long.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strnfill (32768, 'a');
  g_autofree char *expected = g_strdup_printf ("Azioni!E3: Titolo di «%s» ha 32768 caratteri", id);

  pdz_action_set_title (pdz_plan_lookup_action (plan, id), title);
  for (PdzWorkbookFormat format = PDZ_WORKBOOK_FORMAT_XLSX; format <= PDZ_WORKBOOK_FORMAT_ODS; format++)
    {
      if (!pdz_workbook_format_is_available (format))
        continue;
      g_assert_false (pdz_plan_export_workbook (plan, file, format, NULL, &error));
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
      g_assert_nonnull (strstr (error->message, expected));
      g_clear_error (&error);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }

  /* 32,767 fit, and come back. */
  if (!pdz_workbook_format_is_available (PDZ_WORKBOOK_FORMAT_XLSX))
    return;
  title[32767] = '\0';
  pdz_action_set_title (pdz_plan_lookup_action (plan, id), title);
  {
    g_autoptr(PdzPlan) back = round_trip (plan, fixture->dir, PDZ_WORKBOOK_FORMAT_XLSX);

    g_assert_cmpstr (pdz_action_get_title (pdz_plan_lookup_action (back, id)), ==, title);
  }
}

static void
test_guess (void)
{
  PdzWorkbookFormat format;

  g_assert_true (pdz_workbook_format_guess ("piano.xlsx", &format));
  g_assert_cmpint (format, ==, PDZ_WORKBOOK_FORMAT_XLSX);
  g_assert_true (pdz_workbook_format_guess ("PIANO.ODS", &format));
  g_assert_cmpint (format, ==, PDZ_WORKBOOK_FORMAT_ODS);
  g_assert_true (pdz_workbook_format_guess ("tabelle/", &format));
  g_assert_cmpint (format, ==, PDZ_WORKBOOK_FORMAT_CSV);
  g_assert_false (pdz_workbook_format_guess ("piano.xls", &format));
  g_assert_false (pdz_workbook_format_guess ("piano.json", NULL));
  g_assert_true (pdz_workbook_format_is_available (PDZ_WORKBOOK_FORMAT_CSV));
}

/* A build without a writer says so, and writes nothing. */
static void
test_unavailable (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(PdzPlan) plan = load_example ("corsichese-2021-2023.json");
  static const char * const names[] = { "plan.xlsx", "plan.ods" };

  for (PdzWorkbookFormat format = PDZ_WORKBOOK_FORMAT_XLSX; format <= PDZ_WORKBOOK_FORMAT_ODS; format++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, names[format], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;

      if (pdz_workbook_format_is_available (format))
        continue;
      g_assert_false (pdz_plan_export_workbook (plan, file, format, NULL, &error));
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
}

/* --- The text of cells --- */

static void
test_text (void)
{
  struct { const char *text; const char *date; } dates[] = {
    { "2023", "2023" }, { "2023-11", "2023-11" }, { "2023-11-24", "2023-11-24" },
    { "novembre 2023", "2023-11" }, { "Novembre 2023", "2023-11" }, { "November 2023", "2023-11" },
    { "24/01/2023", "2023-01-24" }, { "24.1.2023", "2023-01-24" }, { "1/2023", "2023-01" },
    { "24 gennaio 2023", "2023-01-24" }, { " 2023 ", "2023" },
    { "31/02/2023", NULL }, { "2023-13", NULL }, { "novembr 2023", NULL }, { "", NULL }, { "999", NULL },
  };
  struct { const char *text; gboolean ok; gint64 cents; } amounts[] = {
    { "1250", TRUE, 125000 }, { "1250,5", TRUE, 125050 }, { "1250.50", TRUE, 125050 },
    { "1.250,50", TRUE, 125050 }, { "1,250.50", TRUE, 125050 }, { "€ 1.250.000", TRUE, 125000000 },
    { "-3", TRUE, -300 }, { "1.250", FALSE, 0 }, { "tanti", FALSE, 0 }, { "1,2,3", FALSE, 0 },
    { "12.345", FALSE, 0 }, { "1250,505", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(PdzDate) date = _pdz_date_parse_lenient (dates[i].text);
      g_autofree char *text = date != NULL ? pdz_date_to_string (date) : NULL;

      g_assert_cmpstr (text, ==, dates[i].date);
    }
  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      gint64 cents = 0;

      g_assert_cmpint (_pdz_wb_parse_amount (amounts[i].text, &cents), ==, amounts[i].ok);
      if (amounts[i].ok)
        g_assert_cmpint (cents, ==, amounts[i].cents);
    }

  {
    g_autofree char *slug = _pdz_wb_slug ("Città in rete: «Tavolo» n. 3!");
    g_autofree char *empty = _pdz_wb_slug ("日本語");
    g_autofree char *quoted = _pdz_text_quote ("a\x1b]0;x\xe2\x80\xae", -1, 0, PDZ_QUOTE_DEFAULT);
    g_autofree char *escaped = _pdz_wb_escape_x ("a\x01_x0041_\r");
    g_autofree char *back = _pdz_wb_unescape_x (escaped);
    g_autofree char *long_text = g_strnfill (200, 'x');
    g_autofree char *long_quoted = _pdz_text_quote (long_text, -1, 0, PDZ_QUOTE_DEFAULT);

    g_assert_cmpstr (slug, ==, "citta-in-rete-tavolo-n-3");
    g_assert_cmpstr (empty, ==, "");
    g_assert_cmpstr (quoted, ==, "a\\u001b]0;x\\u202e");
    g_assert_cmpstr (escaped, ==, "a_x0001__x005F_x0041__x000D_");
    g_assert_cmpstr (back, ==, "a\x01_x0041_\r");
    g_assert_cmpuint (g_utf8_strlen (long_quoted, -1), ==, PDZ_MAX_QUOTED_CHARS + 1);
  }


  {
    static const struct { const char *text; const char *field; } fields[] = {
      { "", "\"\"" }, { "'quoted'", "\"''quoted'\"" }, { "=1+1", "\"'=1+1\"" }, { "a,b", "\"a,b\"" },
      { "plain", "plain" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      {
        g_autoptr(GString) out = g_string_new (NULL);

        _pdz_csv_append_field_exact (out, fields[i].text, ',');
        g_assert_cmpstr (out->str, ==, fields[i].field);
      }
  }

  {
    g_autoptr(PdzDate) d1900 = _pdz_wb_serial_to_date (44950, FALSE);
    g_autoptr(PdzDate) d1904 = _pdz_wb_serial_to_date (43488, TRUE);
    g_autoptr(PdzDate) early = _pdz_wb_serial_to_date (59, FALSE);
    g_autofree char *a = pdz_date_to_string (d1900);
    g_autofree char *b = pdz_date_to_string (d1904);
    g_autofree char *c = pdz_date_to_string (early);

    g_assert_cmpstr (a, ==, "2023-01-24");
    g_assert_cmpstr (b, ==, "2023-01-24");
    g_assert_cmpstr (c, ==, "1900-02-28");
    g_assert_null (_pdz_wb_serial_to_date (60, FALSE));   /* 29 February 1900 never was */
    g_assert_null (_pdz_wb_serial_to_date (0, FALSE));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/pdz/workbook/round-trip/examples", Fixture, NULL, fixture_set_up, test_round_trip,
              fixture_tear_down);
  g_test_add ("/pdz/workbook/round-trip/generated", Fixture, NULL, fixture_set_up, test_round_trip_generated,
              fixture_tear_down);
  g_test_add ("/pdz/workbook/reproducible", Fixture, NULL, fixture_set_up, test_reproducible, fixture_tear_down);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/pdz/workbook/bad/%s", bad_cases[i].file);

      g_test_add_data_func (name, &bad_cases[i], test_bad);
    }
  g_test_add_func ("/pdz/workbook/bad/max-errors", test_max_errors);
  g_test_add_data_func ("/pdz/workbook/good/libreoffice-ods", "corsichese-libreoffice.ods", test_same_as_example);
  g_test_add_data_func ("/pdz/workbook/good/libreoffice-xlsx", "corsichese-libreoffice.xlsx", test_same_as_example);
  g_test_add_data_func ("/pdz/workbook/good/excel-it-csv", "excel-it-csv", test_same_as_example);
  g_test_add_func ("/pdz/workbook/good/office-edits", test_office_edits);
  g_test_add_func ("/pdz/workbook/good/date1904-inline", test_date1904_inline);
  g_test_add_func ("/pdz/workbook/good/merged-cells", test_merged_cells);
  g_test_add_func ("/pdz/workbook/good/formula-cached", test_formula_cached);
  g_test_add_func ("/pdz/workbook/good/extra-sheet", test_extra_sheet);
  g_test_add ("/pdz/workbook/new-ids", Fixture, NULL, fixture_set_up, test_new_ids, fixture_tear_down);
  g_test_add ("/pdz/workbook/too-long", Fixture, NULL, fixture_set_up, test_too_long, fixture_tear_down);
  g_test_add_func ("/pdz/workbook/guess", test_guess);
  g_test_add ("/pdz/workbook/unavailable", Fixture, NULL, fixture_set_up, test_unavailable, fixture_tear_down);
  g_test_add_func ("/pdz/workbook/text", test_text);

  return g_test_run ();
}
