/* test-format.c: amounts, counts, labels and texts in a language; tables as CSV
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Public API only (pdz-format.h): what the pdz command and any program
 * printing figures for people call instead of writing its own.
 */

#include <string.h>

#include <libpdz/pdz.h>

#include "pdz-test-util.h"

static void
assert_amount (gint64      cents,
               const char *language,
               const char *expected)
{
  g_autofree char *text = pdz_format_amount (cents, language);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_amount (void)
{
  assert_amount (125000, "it", "€\u00a01.250,00");
  assert_amount (125000, "it_IT.UTF-8", "€\u00a01.250,00");
  assert_amount (125000, "en", "€1,250.00");
  assert_amount (125000, "en-GB", "€1,250.00");
  assert_amount (0, "it", "€\u00a00,00");
  assert_amount (5, "en", "€0.05");
  assert_amount (-150, "en", "−€1.50");
  /* Never truncated, at both ends of 64 bits. */
  assert_amount (G_MAXINT64, "en", "€92,233,720,368,547,758.07");
  assert_amount (G_MAXINT64, "it", "€\u00a092.233.720.368.547.758,07");
  assert_amount (G_MININT64, "en", "−€92,233,720,368,547,758.08");
  /* NULL is Italian, a language libpdz does not write is English. */
  assert_amount (125000, NULL, "€\u00a01.250,00");
  assert_amount (125000, "fr", "€1,250.00");
}

static void
test_count (void)
{
  g_autofree char *it = pdz_format_count (1234567, "it");
  g_autofree char *en = pdz_format_count (1234567, "en");
  g_autofree char *big = pdz_format_count (G_MAXUINT64, "en");
  g_autofree char *zero = pdz_format_count (0, "it");

  g_assert_cmpstr (it, ==, "1.234.567");
  g_assert_cmpstr (en, ==, "1,234,567");
  g_assert_cmpstr (big, ==, "18,446,744,073,709,551,615");
  g_assert_cmpstr (zero, ==, "0");
}

static void
test_completed_of (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzStats) stats = pdz_stats_new (plan);
  g_autoptr(PdzStatsTable) by_status = pdz_stats_by_status (stats);
  guint completed = (guint) pdz_stats_row_get_int (pdz_stats_table_lookup_row (by_status, "completed"),
                                                   "actions");
  guint total = pdz_stats_get_n_actions (stats);
  g_autofree char *it = pdz_format_completed_of (completed, total, "it");
  g_autofree char *en = pdz_format_completed_of (completed, total, "en");
  g_autofree char *none = pdz_format_completed_of (0, 0, "en");
  g_autofree char *many = pdz_format_completed_of (1500, 2000, "it");

  /* The example, by the counting rule of doc/queries.md. */
  g_assert_cmpstr (it, ==, "10 di 31 azioni concluse (32%)");
  g_assert_cmpstr (en, ==, "10 of 31 actions completed (32%)");
  g_assert_cmpstr (none, ==, "0 of 0 actions completed (0%)");
  g_assert_cmpstr (many, ==, "1.500 di 2.000 azioni concluse (75%)");
}

static void
test_enum_labels (void)
{
  static const struct {
    GType (*type) (void);
    int value;
    const char *it;
    const char *en;
  } cases[] = {
    { pdz_status_get_type, PDZ_STATUS_IN_PROGRESS, "in corso", "in progress" },
    { pdz_status_get_type, PDZ_STATUS_COMPLETED, "concluso", "completed" },
    { pdz_status_get_type, PDZ_STATUS_NOT_STATED, "non indicato", "not stated" },
    { pdz_origin_get_type, PDZ_ORIGIN_PLANNED, "previsto dal Piano", "foreseen by the plan" },
    { pdz_origin_get_type, PDZ_ORIGIN_EXTRA, "extra", "extra" },
    { pdz_origin_get_type, PDZ_ORIGIN_NOT_STATED, "non indicato", "not stated" },
    { pdz_role_get_type, PDZ_ROLE_LEAD, "capofila", "lead" },
    { pdz_role_get_type, PDZ_ROLE_NOT_STATED, "non indicato", "not stated" },
    { pdz_scope_get_type, PDZ_SCOPE_SOVRA_AMBITO, "sovra-ambito", "across districts" },
    { pdz_scope_get_type, PDZ_SCOPE_NOT_STATED, "non indicata", "not stated" },
    { pdz_funding_status_get_type, PDZ_FUNDING_STATUS_GRANTED, "finanziato", "granted" },
    { pdz_objective_kind_get_type, PDZ_OBJECTIVE_KIND_PLAN, "obiettivo del Piano", "objective of the plan" },
    { pdz_partner_kind_get_type, PDZ_PARTNER_KIND_OWN_BODY, "organo dell’Ambito", "body of the district" },
    { pdz_partner_kind_get_type, PDZ_PARTNER_KIND_HEALTH_PROTECTION_AGENCY,
      "Agenzia di Tutela della Salute (ATS)", "health protection agency (ATS)" },
    { pdz_severity_get_type, PDZ_SEVERITY_WARNING, "avviso", "warning" },
  };
  GType types[] = {
    PDZ_TYPE_STATUS, PDZ_TYPE_ORIGIN, PDZ_TYPE_ROLE, PDZ_TYPE_SCOPE, PDZ_TYPE_FUNDING_STATUS,
    PDZ_TYPE_OBJECTIVE_KIND, PDZ_TYPE_PARTNER_KIND, PDZ_TYPE_SEVERITY,
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpstr (pdz_enum_get_label (cases[i].type (), cases[i].value, "it"), ==, cases[i].it);
      g_assert_cmpstr (pdz_enum_get_label (cases[i].type (), cases[i].value, "en"), ==, cases[i].en);
    }

  /* Every value of every type has a label of its own in each language:
   * no value falls back on a neighbour's. */
  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (types[t]);

      for (guint l = 0; l < 2; l++)
        {
          const char *language = l == 0 ? "it" : "en";
          g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

          for (guint v = 0; v < klass->n_values; v++)
            {
              const char *label = pdz_enum_get_label (types[t], klass->values[v].value, language);

              g_test_message ("%s %s %s", g_type_name (types[t]), klass->values[v].value_nick, language);
              g_assert_nonnull (label);
              g_assert_cmpstr (label, !=, "");
              /* In Italian "extra" is extra, "partner" partner */
              if (types[t] != PDZ_TYPE_STATUS && types[t] != PDZ_TYPE_ORIGIN)
                g_assert_true (g_hash_table_add (seen, (gpointer) label));
            }
        }
    }

  /* Not a value of the type. */
  g_assert_null (pdz_enum_get_label (PDZ_TYPE_STATUS, 99, "it"));
  g_assert_null (pdz_enum_get_label (PDZ_TYPE_ROLE, -1, "en"));
}

static void
test_enum_labels_other_types (void)
{
  if (g_test_subprocess ())
    {
      pdz_enum_get_label (PDZ_TYPE_REPORT_FORMAT, PDZ_REPORT_FORMAT_HTML, "it");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*PdzReportFormat has no labels*");
}

static void
test_texts (void)
{
  static const char * const keys[] = {
    "objectives", "actions", "projects", "partners", "period", "total", "no-macroarea",
    "project-actions", "status-by-macroarea", "funding-by-source", "amount-not-stated",
    "amount-overflow", "summary-untitled-plan", "summary-plan", "summary-language",
    "summary-monitoring", "summary-objectives", "summary-actions", "summary-projects",
    "summary-column-objectives", "summary-column-actions", "summary-column-planned",
    "summary-column-in-progress", "summary-column-completed", "summary-column-suspended",
    "summary-column-cancelled", "summary-column-not-stated", "summary-column-completion",
    "summary-top-partners", "summary-own-bodies", "summary-roles", "summary-none",
    "summary-fundings", "summary-amount", "summary-amount-not-stated",
    "summary-planned-and-extra",
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *it = pdz_format_get_text (keys[i], "it");
      const char *en = pdz_format_get_text (keys[i], "en");

      g_test_message ("%s", keys[i]);
      g_assert_nonnull (it);
      g_assert_nonnull (en);
      /* labels, never formats */
      g_assert_null (strchr (it, '%'));
      g_assert_null (strchr (en, '%'));
    }

  g_assert_cmpstr (pdz_format_get_text ("project-actions", "it"), ==, "Azioni dei progetti");
  g_assert_cmpstr (pdz_format_get_text ("project-actions", "en"), ==, "Project actions");
  g_assert_cmpstr (pdz_format_get_text ("amount-overflow", "it"), ==, "non calcolabile");
  g_assert_cmpstr (pdz_format_get_text ("amount-overflow", "en"), ==, "not computable");
  g_assert_cmpstr (pdz_format_get_text ("summary-top-partners", NULL), ==, "Partner principali");
  g_assert_cmpstr (pdz_format_get_text ("summary-top-partners", "de"), ==, "Top partners");
}

static void
test_texts_unknown_key (void)
{
  if (g_test_subprocess ())
    {
      g_assert_null (pdz_format_get_text ("no-such-text", "it"));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*pdz_format_get_text*");
}

/* A plan whose two fundings add up to more than 64 bits of cents. */
static PdzPlan *
overflowing_plan (void)
{
  PdzPlan *plan = pdz_plan_new ();
  g_autoptr(PdzObjective) objective = pdz_objective_new ("o1", "Objective");
  g_autoptr(PdzAction) action = pdz_action_new ("a1", "=1+1 looks like a formula");
  g_autoptr(PdzAction) other = pdz_action_new ("a2", "Second; with \"quotes\"");

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PdzFunding) funding = pdz_funding_new ("PNRR");

      pdz_funding_set_amount (funding, G_MAXINT64);
      pdz_action_add_funding (i == 0 ? action : other, funding);
    }
  g_assert_true (pdz_objective_add_action (objective, action, NULL));
  g_assert_true (pdz_objective_add_action (objective, other, NULL));
  g_assert_true (pdz_plan_add_objective (plan, objective, NULL));
  return plan;
}

static void
test_table_csv (void)
{
  g_autoptr(PdzPlan) plan = overflowing_plan ();
  g_autoptr(PdzStats) stats = pdz_stats_new (plan);
  g_autoptr(PdzStatsTable) sources = pdz_stats_by_funding_source (stats);
  g_autoptr(PdzStatsTable) by_status = pdz_stats_by_status (stats);
  g_autoptr(PdzStatsTable) actions = pdz_plan_dup_table (plan, PDZ_ENTITY_KIND_ACTION);
  g_autofree char *csv = pdz_stats_table_to_csv (sources, PDZ_REPORT_CSV_DIALECT_RFC4180);
  g_autofree char *excel = pdz_stats_table_to_csv (sources, PDZ_REPORT_CSV_DIALECT_EXCEL_IT);
  g_autofree char *status_csv = pdz_stats_table_to_csv (by_status, PDZ_REPORT_CSV_DIALECT_EXCEL_IT);
  g_autofree char *actions_csv = pdz_stats_table_to_csv (actions, PDZ_REPORT_CSV_DIALECT_RFC4180);

  /* The overflow is a column of its own: never a capped amount. */
  g_assert_cmpstr (csv, ==,
                   "source,fundings,amount,unknown-amounts,amount-overflow\r\n"
                   "PNRR,2,0,0,1\r\n");
  g_assert_cmpstr (excel, ==,
                   "\xef\xbb\xbf" "source;fundings;amount;unknown-amounts;amount-overflow\r\n"
                   "PNRR;2;0;0;1\r\n");
  g_assert_true (g_str_has_prefix (status_csv, "\xef\xbb\xbf" "status;objectives;actions;projects\r\n"));
  g_assert_true (strstr (status_csv, "\r\nnot-stated;1;2;0\r\n") != NULL);
  /* The formula guard and the quoting of the library, nulls empty. */
  g_assert_true (strstr (actions_csv, "\r\na1,,o1,,,\"'=1+1 looks like a formula\",not-stated,not-stated,,,,\r\n") != NULL);
  g_assert_true (strstr (actions_csv, "\"Second; with \"\"quotes\"\"\"") != NULL);
}

static void
test_table_csv_doubles (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzStats) stats = pdz_stats_new (plan);
  g_autoptr(PdzStatsTable) table = pdz_stats_by_macroarea (stats);
  g_autofree char *csv = pdz_stats_table_to_csv (table, PDZ_REPORT_CSV_DIALECT_RFC4180);
  g_autofree char *excel = pdz_stats_table_to_csv (table, PDZ_REPORT_CSV_DIALECT_EXCEL_IT);
  g_auto(GStrv) lines = g_strsplit (csv, "\r\n", -1);
  g_auto(GStrv) excel_lines = g_strsplit (excel, "\r\n", -1);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (table));

  /* A header, a record per row, and the empty string after the last CRLF. */
  g_assert_cmpuint (g_strv_length (lines), ==, n + 2);
  g_assert_cmpstr (lines[n + 1], ==, "");
  /* Politiche abitative: 2 of its 5 actions completed, a rate of 0.4. */
  g_assert_true (g_str_has_prefix (lines[1], "politiche-abitative,macroarea,Politiche abitative,"));
  g_assert_true (g_str_has_suffix (lines[1], ",0.4"));
  g_assert_true (g_str_has_suffix (excel_lines[1], ";0,4"));
}

static void
test_dup_rows (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzStatsTable) actions = pdz_plan_dup_table (plan, PDZ_ENTITY_KIND_ACTION);
  const char * const keys[] = { "piano-poverta-2", "agenzia-abitare-1", "no-such-action",
                                "piano-poverta-2", NULL };
  const char * const none[] = { NULL };
  g_autoptr(PdzStatsTable) subset = pdz_stats_table_dup_rows (actions, keys);
  g_autoptr(PdzStatsTable) empty = pdz_stats_table_dup_rows (actions, none);
  g_autoptr(PdzStatsRow) first = g_list_model_get_item (G_LIST_MODEL (subset), 0);
  g_autoptr(PdzStatsRow) second = g_list_model_get_item (G_LIST_MODEL (subset), 1);
  g_autofree char *json = pdz_stats_table_to_json (empty);

  g_assert_cmpstr (pdz_stats_table_get_name (subset), ==, pdz_stats_table_get_name (actions));
  g_assert_cmpstrv (pdz_stats_table_get_columns (subset), pdz_stats_table_get_columns (actions));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (subset)), ==, 2);
  g_assert_cmpstr (pdz_stats_row_get_key (first), ==, "piano-poverta-2");
  g_assert_cmpstr (pdz_stats_row_get_key (second), ==, "agenzia-abitare-1");
  g_assert_true (first == pdz_stats_table_lookup_row (actions, "piano-poverta-2"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (empty)), ==, 0);
  g_assert_cmpstr (json, ==, "[]\n");
}

int
main (int argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdz/format/amount", test_amount);
  g_test_add_func ("/pdz/format/count", test_count);
  g_test_add_func ("/pdz/format/completed-of", test_completed_of);
  g_test_add_func ("/pdz/format/enum-labels", test_enum_labels);
  g_test_add_func ("/pdz/format/enum-labels/other-types", test_enum_labels_other_types);
  g_test_add_func ("/pdz/format/texts", test_texts);
  g_test_add_func ("/pdz/format/texts/unknown-key", test_texts_unknown_key);
  g_test_add_func ("/pdz/format/table-csv", test_table_csv);
  g_test_add_func ("/pdz/format/table-csv/doubles", test_table_csv_doubles);
  g_test_add_func ("/pdz/format/dup-rows", test_dup_rows);

  return g_test_run ();
}
