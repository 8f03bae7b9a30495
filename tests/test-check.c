/* test-check.c: pdz_plan_check(), its options and diagnostics
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every check code has a plan in tests/data/checks/ that triggers it
 * (CODE.json) and one that does not (CODE-ok.json, which is entirely
 * clean). The example plan's diagnostics are counted by hand from
 * examples/data/corsichese-2021-2023.json.
 */

#include <libpdz/pdz.h>
#include <libglib-testing/signal-logger.h>

#include "pdz-entity-private.h"
#include "pdz-plan-index-private.h"
#include "pdz-test-util.h"

/* The reference date the check plans are written for. */
#define REF_YEAR 2023
#define REF_MONTH 10
#define REF_DAY 31

static PdzCheckOptions *
options_at_reference (void)
{
  PdzCheckOptions *options = pdz_check_options_new ();
  g_autoptr(PdzDate) day = pdz_date_new_day (REF_YEAR, REF_MONTH, REF_DAY);

  pdz_check_options_set_reference_date (options, day);
  return options;
}

static guint
count_code (GListModel *diagnostics,
            const char *code,
            const char *pointer)
{
  guint n = g_list_model_get_n_items (diagnostics);
  guint found = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      if (g_str_equal (pdz_diagnostic_get_code (diagnostic), code) &&
          (pointer == NULL || g_str_equal (pdz_diagnostic_get_pointer (diagnostic), pointer)))
        found++;
    }

  return found;
}

static guint
count_severity (GListModel *diagnostics,
                PdzSeverity severity)
{
  guint n = g_list_model_get_n_items (diagnostics);
  guint found = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      if (pdz_diagnostic_get_severity (diagnostic) == severity)
        found++;
    }

  return found;
}

static void
dump (GListModel *diagnostics)
{
  guint n = g_list_model_get_n_items (diagnostics);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      g_autofree char *text = pdz_diagnostic_to_string (diagnostic);

      g_test_message ("%s", text);
    }
}

/* ---- codes -------------------------------------------------------------- */

typedef struct {
  const char *code;
  PdzSeverity severity;
  const char *pointer;    /* of the diagnostic in CODE.json */
} CodeCase;

static const CodeCase code_cases[] = {
  { "action-outside-plan-period", PDZ_SEVERITY_WARNING, "/objectives/0/actions/0" },
  { "project-outside-plan-period", PDZ_SEVERITY_WARNING, "/projects/0" },
  { "end-before-start", PDZ_SEVERITY_ERROR, "/objectives/0/actions/1" },
  { "action-completed-in-future", PDZ_SEVERITY_WARNING, "/objectives/0/actions/0" },
  { "objective-without-actions", PDZ_SEVERITY_WARNING, "/objectives/1" },
  { "objective-status-mismatch", PDZ_SEVERITY_WARNING, "/objectives/0" },
  { "partner-unreferenced", PDZ_SEVERITY_INFO, "/partners/2" },
  { "project-without-lead", PDZ_SEVERITY_INFO, "/projects/0" },
  { "project-without-funding", PDZ_SEVERITY_INFO, "/projects/0" },
  { "project-not-funded-in-progress", PDZ_SEVERITY_WARNING, "/projects/0" },
  { "indicator-without-measurement", PDZ_SEVERITY_WARNING, "/objectives/0/indicators/0" },
  { "macroarea-without-objectives", PDZ_SEVERITY_INFO, "/macroareas/1" },
  { "action-outside-round", PDZ_SEVERITY_WARNING, "/objectives/0/actions/1" },
  { "milestone-outside-plan-period", PDZ_SEVERITY_WARNING, "/objectives/0/actions/0/milestones/0" },
  { "milestone-outside-round", PDZ_SEVERITY_WARNING, "/objectives/0/actions/0/milestones/0" },
};

static void
test_codes (void)
{
  const char * const *codes = pdz_check_get_codes ();
  PdzSeverity severity = PDZ_SEVERITY_ERROR;

  g_assert_cmpuint (g_strv_length ((char **) codes), ==, G_N_ELEMENTS (code_cases));
  for (guint i = 0; i < G_N_ELEMENTS (code_cases); i++)
    {
      g_assert_true (g_strv_contains (codes, code_cases[i].code));
      g_assert_true (pdz_check_get_code_severity (code_cases[i].code, &severity));
      g_assert_cmpint (severity, ==, code_cases[i].severity);
    }
  g_assert_true (pdz_check_get_code_severity ("end-before-start", NULL));
  g_assert_false (pdz_check_get_code_severity ("no-such-check", &severity));
}

static void
test_clean (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_test_data ("checks", "clean.json", NULL);
  g_autoptr(PdzCheckOptions) options = options_at_reference ();
  g_autoptr(GListModel) diagnostics = pdz_plan_check (plan, options);
  g_autoptr(GListModel) with_defaults = pdz_plan_check (plan, NULL);

  dump (diagnostics);
  g_assert_true (g_list_model_get_item_type (diagnostics) == PDZ_TYPE_DIAGNOSTIC);
  g_assert_cmpuint (g_list_model_get_n_items (diagnostics), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (with_defaults), ==, 0);
}

static void
test_code_triggered (gconstpointer data)
{
  const CodeCase *c = data;
  g_autofree char *bad_name = g_strdup_printf ("%s.json", c->code);
  g_autofree char *ok_name = g_strdup_printf ("%s-ok.json", c->code);
  g_autoptr(PdzPlan) bad = pdz_test_load_test_data ("checks", bad_name, NULL);
  g_autoptr(PdzPlan) ok = pdz_test_load_test_data ("checks", ok_name, NULL);
  g_autoptr(PdzCheckOptions) options = options_at_reference ();
  g_autoptr(GListModel) found = pdz_plan_check (bad, options);
  g_autoptr(GListModel) clean = pdz_plan_check (ok, options);
  g_autoptr(GListModel) disabled = NULL;
  guint n = g_list_model_get_n_items (found);

  dump (found);
  g_assert_cmpuint (count_code (found, c->code, c->pointer), ==, 1);
  g_assert_cmpuint (count_code (found, c->code, NULL), ==, 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzDiagnostic) diagnostic = g_list_model_get_item (found, i);

      if (!g_str_equal (pdz_diagnostic_get_code (diagnostic), c->code))
        continue;
      g_assert_cmpint (pdz_diagnostic_get_severity (diagnostic), ==, c->severity);
      g_assert_nonnull (pdz_diagnostic_get_subject (diagnostic));
      g_assert_cmpstr (pdz_diagnostic_get_message (diagnostic), !=, "");
    }

  /* The plan that does not trigger it is entirely clean. */
  dump (clean);
  g_assert_cmpuint (g_list_model_get_n_items (clean), ==, 0);

  /* Switched off, it is gone. */
  pdz_check_options_disable_code (options, c->code);
  disabled = pdz_plan_check (bad, options);
  g_assert_cmpuint (count_code (disabled, c->code, NULL), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (disabled), ==, n - 1);
}

/* ---- rules at the edges ------------------------------------------------- */

static PdzPlan *
small_plan (PdzAction **action_out)
{
  PdzPlan *plan = pdz_plan_new ();
  g_autoptr(PdzMacroarea) macroarea = pdz_macroarea_new ("m", "Macroarea");
  g_autoptr(PdzObjective) objective = pdz_objective_new ("o", "Objective");
  g_autoptr(PdzAction) action = pdz_action_new ("a", "Action");
  g_autoptr(PdzDate) start = pdz_date_new_year (2021);
  g_autoptr(PdzDate) end = pdz_date_new_month (2023, 6);

  pdz_plan_set_start (plan, start);
  pdz_plan_set_end (plan, end);
  pdz_plan_set_language (plan, "en");
  g_assert_true (pdz_plan_add_macroarea (plan, macroarea, NULL));
  pdz_objective_set_macroarea (objective, macroarea);
  pdz_objective_set_status (objective, PDZ_STATUS_IN_PROGRESS);
  g_assert_true (pdz_plan_add_objective (plan, objective, NULL));
  g_assert_true (pdz_objective_add_action (objective, action, NULL));
  *action_out = action;
  return plan;
}

static guint
check_count (PdzPlan *plan,
             const char *code)
{
  g_autoptr(PdzCheckOptions) options = options_at_reference ();
  g_autoptr(GListModel) diagnostics = pdz_plan_check (plan, options);

  return count_code (diagnostics, code, NULL);
}

static void
test_partial_dates (void)
{
  PdzAction *action;
  g_autoptr(PdzPlan) plan = small_plan (&action);
  g_autoptr(PdzDate) y2023 = pdz_date_new_year (2023);
  g_autoptr(PdzDate) jul2023 = pdz_date_new_month (2023, 7);
  g_autoptr(PdzDate) jun30 = pdz_date_new_day (2023, 6, 30);
  g_autoptr(PdzDate) y2020 = pdz_date_new_year (2020);
  g_autoptr(PdzDate) may2023 = pdz_date_new_month (2023, 5);
  g_autoptr(PdzDate) apr2023 = pdz_date_new_month (2023, 4);
  g_autoptr(PdzDate) nov2023 = pdz_date_new_month (2023, 11);
  g_autoptr(PdzDate) oct2023 = pdz_date_new_month (2023, 10);

  /* The plan ends in June 2023. "2023" may be before then: not outside. */
  pdz_action_set_date (action, y2023);
  g_assert_cmpuint (check_count (plan, "action-outside-plan-period"), ==, 0);
  pdz_action_set_date (action, jun30);
  g_assert_cmpuint (check_count (plan, "action-outside-plan-period"), ==, 0);
  pdz_action_set_date (action, jul2023);
  g_assert_cmpuint (check_count (plan, "action-outside-plan-period"), ==, 1);
  /* A span that begins before the plan is outside too. */
  pdz_action_set_date (action, y2020);
  pdz_action_set_end_date (action, may2023);
  g_assert_cmpuint (check_count (plan, "action-outside-plan-period"), ==, 1);

  /* "2023-05" to "2023": the end may be after the start. */
  pdz_action_set_date (action, may2023);
  pdz_action_set_end_date (action, y2023);
  g_assert_cmpuint (check_count (plan, "end-before-start"), ==, 0);
  pdz_action_set_end_date (action, may2023);
  g_assert_cmpuint (check_count (plan, "end-before-start"), ==, 0);
  pdz_action_set_end_date (action, apr2023);
  g_assert_cmpuint (check_count (plan, "end-before-start"), ==, 1);
  pdz_action_set_end_date (action, NULL);

  /* Completed in the future, against 31 October 2023: October is not
   * after it, November is; "2023" may be before it. */
  pdz_action_set_status (action, PDZ_STATUS_COMPLETED);
  pdz_action_set_date (action, oct2023);
  g_assert_cmpuint (check_count (plan, "action-completed-in-future"), ==, 0);
  pdz_action_set_date (action, y2023);
  g_assert_cmpuint (check_count (plan, "action-completed-in-future"), ==, 0);
  pdz_action_set_date (action, nov2023);
  g_assert_cmpuint (check_count (plan, "action-completed-in-future"), ==, 1);
  /* Only completed actions. */
  pdz_action_set_status (action, PDZ_STATUS_IN_PROGRESS);
  g_assert_cmpuint (check_count (plan, "action-completed-in-future"), ==, 0);
  /* The end date counts: a completed span ending in November. */
  pdz_action_set_status (action, PDZ_STATUS_COMPLETED);
  pdz_action_set_date (action, may2023);
  pdz_action_set_end_date (action, nov2023);
  g_assert_cmpuint (check_count (plan, "action-completed-in-future"), ==, 1);
}

static void
test_reference_default_today (void)
{
  PdzAction *action;
  g_autoptr(PdzPlan) plan = small_plan (&action);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(PdzDate) next_year = pdz_date_new_year (g_date_time_get_year (now) + 1);
  g_autoptr(PdzDate) last_year = pdz_date_new_year (g_date_time_get_year (now) - 1);
  g_autoptr(GListModel) future = NULL;
  g_autoptr(GListModel) past = NULL;

  pdz_action_set_status (action, PDZ_STATUS_COMPLETED);
  pdz_action_set_date (action, next_year);
  future = pdz_plan_check (plan, NULL);
  g_assert_cmpuint (count_code (future, "action-completed-in-future", "/objectives/0/actions/0"), ==, 1);

  pdz_action_set_date (action, last_year);
  past = pdz_plan_check (plan, NULL);
  g_assert_cmpuint (count_code (past, "action-completed-in-future", NULL), ==, 0);
}

static void
test_status_mismatch_rules (void)
{
  /* objective status, action status, contradiction? */
  static const struct {
    PdzStatus objective;
    PdzStatus action;
    gboolean contradicts;
  } rules[] = {
    { PDZ_STATUS_COMPLETED, PDZ_STATUS_IN_PROGRESS, TRUE },
    { PDZ_STATUS_COMPLETED, PDZ_STATUS_PLANNED, TRUE },
    { PDZ_STATUS_COMPLETED, PDZ_STATUS_SUSPENDED, TRUE },
    { PDZ_STATUS_COMPLETED, PDZ_STATUS_COMPLETED, FALSE },
    { PDZ_STATUS_COMPLETED, PDZ_STATUS_CANCELLED, FALSE },
    { PDZ_STATUS_PLANNED, PDZ_STATUS_IN_PROGRESS, TRUE },
    { PDZ_STATUS_PLANNED, PDZ_STATUS_COMPLETED, TRUE },
    { PDZ_STATUS_PLANNED, PDZ_STATUS_PLANNED, FALSE },
    { PDZ_STATUS_CANCELLED, PDZ_STATUS_IN_PROGRESS, TRUE },
    { PDZ_STATUS_CANCELLED, PDZ_STATUS_COMPLETED, FALSE },
    { PDZ_STATUS_IN_PROGRESS, PDZ_STATUS_COMPLETED, FALSE },
    { PDZ_STATUS_IN_PROGRESS, PDZ_STATUS_PLANNED, FALSE },
    { PDZ_STATUS_SUSPENDED, PDZ_STATUS_IN_PROGRESS, FALSE },
  };
  PdzAction *action;
  g_autoptr(PdzPlan) plan = small_plan (&action);
  PdzObjective *objective = pdz_action_get_objective (action);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      pdz_objective_set_status (objective, rules[i].objective);
      pdz_action_set_status (action, rules[i].action);
      g_assert_cmpuint (check_count (plan, "objective-status-mismatch"), ==,
                        rules[i].contradicts ? 1 : 0);
    }
}

/* ---- languages ---------------------------------------------------------- */

static const char *
first_message (GListModel *diagnostics,
               const char *code,
               char **out)
{
  guint n = g_list_model_get_n_items (diagnostics);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      if (g_str_equal (pdz_diagnostic_get_code (diagnostic), code))
        {
          *out = g_strdup (pdz_diagnostic_get_message (diagnostic));
          return *out;
        }
    }

  *out = NULL;
  return NULL;
}

static void
test_language (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_test_data ("checks", "macroarea-without-objectives.json", NULL);
  g_autoptr(PdzCheckOptions) options = options_at_reference ();
  g_autoptr(GListModel) english = NULL;
  g_autoptr(GListModel) italian = NULL;
  g_autoptr(GListModel) from_plan = NULL;
  g_autofree char *en = NULL;
  g_autofree char *it = NULL;
  g_autofree char *plan_it = NULL;

  /* The plan says "en". */
  english = pdz_plan_check (plan, options);
  g_assert_cmpstr (first_message (english, "macroarea-without-objectives", &en), ==,
                   "macroarea “Macroarea two” has no objectives");

  pdz_check_options_set_language (options, "it");
  g_assert_cmpstr (pdz_check_options_get_language (options), ==, "it");
  italian = pdz_plan_check (plan, options);
  g_assert_cmpstr (first_message (italian, "macroarea-without-objectives", &it), ==,
                   "la macroarea «Macroarea two» non ha obiettivi");

  /* Without a language option, the plan's. */
  pdz_check_options_set_language (options, NULL);
  g_assert_null (pdz_check_options_get_language (options));
  pdz_plan_set_language (plan, "it");
  from_plan = pdz_plan_check (plan, options);
  g_assert_cmpstr (first_message (from_plan, "macroarea-without-objectives", &plan_it), ==, it);
}

static void
test_long_title_shortened (void)
{
  PdzAction *action;
  g_autoptr(PdzPlan) plan = small_plan (&action);
  g_autoptr(PdzDate) y2030 = pdz_date_new_year (2030);
  g_autoptr(PdzCheckOptions) options = options_at_reference ();
  g_autoptr(GListModel) diagnostics = NULL;
  g_autofree char *message = NULL;

  pdz_action_set_title (action, "Partecipazione ai lavori e sottoscrizione in data 24/01/2023 del "
                                "Protocollo di intesa per il miglior raccordo operativo");
  pdz_action_set_date (action, y2030);
  diagnostics = pdz_plan_check (plan, options);
  first_message (diagnostics, "action-outside-plan-period", &message);
  g_assert_nonnull (message);
  g_assert_true (g_str_has_prefix (message, "action “Partecipazione ai lavori e sottoscrizione in data…”"));
}

/* ---- the example plan --------------------------------------------------- */

/* The codes the example plan may give, and how many: counted by hand from
 * examples/data/corsichese-2021-2023.json (version 2). */
static void
assert_example_codes (GListModel *diagnostics)
{
  static const char * const expected_codes[] = {
    "objective-without-actions", "project-without-lead", "project-without-funding",
    /* the dated events (milestones): see test_example_milestones() */
    "milestone-outside-plan-period", "milestone-outside-round", "action-completed-in-future",
    NULL
  };
  /* Projects without funding, by their index in the file. */
  static const guint unfunded[] = { 4, 8, 10, 11, 12, 13, 14, 15 };
  guint n = g_list_model_get_n_items (diagnostics);

  dump (diagnostics);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      if (!g_strv_contains (expected_codes, pdz_diagnostic_get_code (diagnostic)))
        g_error ("unexpected diagnostic %s at %s", pdz_diagnostic_get_code (diagnostic),
                 pdz_diagnostic_get_pointer (diagnostic));
    }
  g_assert_cmpuint (count_severity (diagnostics, PDZ_SEVERITY_ERROR), ==, 0);

  /* The eight ASST objectives (/objectives/11 to 18) report nothing; each
   * of the eleven plan objectives has bullets. */
  g_assert_cmpuint (count_code (diagnostics, "objective-without-actions", NULL), ==, 8);
  for (guint i = 11; i <= 18; i++)
    {
      g_autofree char *pointer = g_strdup_printf ("/objectives/%u", i);

      g_assert_cmpuint (count_code (diagnostics, "objective-without-actions", pointer), ==, 1);
    }

  /* 15 of the 16 projects have no lead: only Network Corsico (/projects/12)
   * has one, AFOL. */
  g_assert_cmpuint (count_code (diagnostics, "project-without-lead", NULL), ==, 15);
  g_assert_cmpuint (count_code (diagnostics, "project-without-lead", "/projects/12"), ==, 0);

  /* Eight projects have no funding of their own nor on an action of theirs
   * or naming them: Pathway donne (4), Territori generativi (8), Artemisia
   * (10), Inclusione Autismo (11), Network Corsico (12), Ben-essere anziani
   * (13) and the two sovra-ambito projects (14, 15). DGR7631/2017 (0) has
   * its refused funding, the others theirs, and PARTECIPE (6) and SAPPI
   * CHE C'E' (7) the PNRR funding of rete-coprogettazione-2, which names
   * them both (the seed ties it to SAPPI CHE C'E' only: see the note on
   * project_has_funding() in the report of this change). */
  g_assert_cmpuint (count_code (diagnostics, "project-without-funding", NULL), ==, G_N_ELEMENTS (unfunded));
  for (guint i = 0; i < G_N_ELEMENTS (unfunded); i++)
    {
      g_autofree char *pointer = g_strdup_printf ("/projects/%u", unfunded[i]);

      g_assert_cmpuint (count_code (diagnostics, "project-without-funding", pointer), ==, 1);
    }

  /* No project is in progress on refused money (DGR7631/2017 states no
   * status); every partner is referenced; no objective states a status. */
  g_assert_cmpuint (count_code (diagnostics, "project-not-funded-in-progress", NULL), ==, 0);
  g_assert_cmpuint (count_code (diagnostics, "partner-unreferenced", NULL), ==, 0);
  g_assert_cmpuint (count_code (diagnostics, "objective-status-mismatch", NULL), ==, 0);
}

/* Checks the example plan with today as the reference date (after 2024),
 * then with the end of its monitoring round, 31 October 2023. */
static void
check_example (GListModel **today,
               GListModel **at_round_end)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzCheckOptions) options = pdz_check_options_new ();
  g_autoptr(PdzDate) round_end = pdz_date_new_day (2023, 10, 31);

  *today = pdz_plan_check (plan, options);
  pdz_check_options_set_reference_date (options, round_end);
  *at_round_end = pdz_plan_check (plan, options);
}

static void
test_example (void)
{
  g_autoptr(GListModel) today = NULL;
  g_autoptr(GListModel) at_round_end = NULL;

  check_example (&today, &at_round_end);

  /* Today: 8 objectives without actions and 4 milestones outside the
   * plan period (1) or the round (3): 12 warnings; 23 infos. */
  assert_example_codes (today);
  g_assert_cmpuint (g_list_model_get_n_items (today), ==, 35);
  g_assert_cmpuint (count_severity (today, PDZ_SEVERITY_WARNING), ==, 12);
  g_assert_cmpuint (count_severity (today, PDZ_SEVERITY_INFO), ==, 23);
  /* Nothing completed after today. */
  g_assert_cmpuint (count_code (today, "action-completed-in-future", NULL), ==, 0);

  /* At the end of the monitoring round, the same. */
  assert_example_codes (at_round_end);
}

/* The example's dates are milestones in version 2: "entro la fine del
 * 2022", "30 maggio 2023", "novembre 2023" (twice), "per il 2024". The
 * checks of dates read them, and the sub-actions, as the report shows them:
 * - the milestone 2024 of gestione-associata-3-b, the sub-point "Rinnovo
 *   «ponte» bando di accreditamento transitorio per il 2024", falls after
 *   the plan's 2021-2023 and after the round (March 2022 - October 2023);
 * - the two milestones of November 2023 (agenzia-abitare-1's stakeholder
 *   tables, rete-coprogettazione-1's co-programming tables) fall after the
 *   round;
 * - at the round's end (31 October 2023), two completed actions have a
 *   later milestone: agenzia-abitare-1 (November 2023) and that sub-point
 *   (2024): action-completed-in-future. */
static void
test_example_milestones (void)
{
  g_autoptr(GListModel) today = NULL;
  g_autoptr(GListModel) at_round_end = NULL;

  check_example (&today, &at_round_end);

  g_assert_cmpuint (count_code (today, "milestone-outside-plan-period", NULL), ==, 1);
  g_assert_cmpuint (count_code (today, "milestone-outside-plan-period",
                                "/objectives/8/actions/2/actions/1/milestones/0"), ==, 1);
  g_assert_cmpuint (count_code (today, "milestone-outside-round", NULL), ==, 3);
  g_assert_cmpuint (count_code (today, "milestone-outside-round",
                                "/objectives/0/actions/0/milestones/0"), ==, 1);
  g_assert_cmpuint (count_code (today, "milestone-outside-round",
                                "/objectives/7/actions/0/milestones/3"), ==, 1);
  g_assert_cmpuint (count_code (today, "milestone-outside-round",
                                "/objectives/8/actions/2/actions/1/milestones/0"), ==, 1);
  g_assert_cmpuint (count_code (at_round_end, "action-completed-in-future", NULL), ==, 2);
  g_assert_cmpuint (count_code (at_round_end, "action-completed-in-future",
                                "/objectives/0/actions/0"), ==, 1);
  g_assert_cmpuint (count_code (at_round_end, "action-completed-in-future",
                                "/objectives/8/actions/2/actions/1"), ==, 1);
}

/* A sub-action's dates are checked as a bullet's are. */
static void
test_sub_action_dates (void)
{
  PdzAction *action;
  g_autoptr(PdzPlan) plan = small_plan (&action);
  g_autoptr(PdzAction) sub = pdz_action_new ("a-1", "Sub-point");
  g_autoptr(PdzDate) may2023 = pdz_date_new_month (2023, 5);
  g_autoptr(PdzDate) apr2023 = pdz_date_new_month (2023, 4);
  g_autoptr(PdzCheckOptions) options = options_at_reference ();
  g_autoptr(GListModel) diagnostics = NULL;

  g_assert_true (pdz_action_add_action (action, sub, NULL));
  pdz_action_set_date (sub, may2023);
  pdz_action_set_end_date (sub, apr2023);
  diagnostics = pdz_plan_check (plan, options);
  dump (diagnostics);

  g_assert_cmpuint (count_code (diagnostics, "end-before-start", "/objectives/0/actions/0/actions/0"), ==, 1);
}

/* ---- the plan's index --------------------------------------------------- */

static void
test_index_follows_changes (void)
{
  PdzAction *action;
  g_autoptr(PdzPlan) plan = small_plan (&action);
  PdzObjective *objective = pdz_action_get_objective (action);
  g_autoptr(PdzPlanIndex) first = _pdz_plan_index_get (plan);
  g_autoptr(PdzPlanIndex) again = _pdz_plan_index_get (plan);
  g_autoptr(PdzPlanIndex) rebuilt = NULL;

  /* Unchanged plan: the same index. */
  g_assert_true (first == again);
  g_assert_cmpstr (_pdz_plan_index_get_pointer (first, action), ==, "/objectives/0/actions/0");
  g_assert_cmpuint (check_count (plan, "objective-without-actions"), ==, 0);

  /* A change: a new index, and the check sees it. The old one stays
   * usable by whoever holds it. */
  g_assert_true (pdz_objective_remove_action (objective, action));
  rebuilt = _pdz_plan_index_get (plan);
  g_assert_true (rebuilt != first);
  g_assert_cmpuint (rebuilt->actions->len, ==, 0);
  g_assert_cmpuint (first->actions->len, ==, 1);
  g_assert_cmpuint (check_count (plan, "objective-without-actions"), ==, 1);
}

/* ---- diagnostics and options -------------------------------------------- */

static void
test_diagnostic (void)
{
  g_autoptr(PdzPartner) subject = pdz_partner_new ("x", "X");
  g_autoptr(PdzDiagnostic) diagnostic =
    pdz_diagnostic_new (PDZ_SEVERITY_WARNING, "objective-without-actions",
                        "/objectives/3", "objective “X” has no actions", G_OBJECT (subject));
  g_autofree char *text = pdz_diagnostic_to_string (diagnostic);
  g_autofree char *code = NULL;
  PdzSeverity severity;

  g_assert_cmpstr (text, ==,
                   "/objectives/3: warning[objective-without-actions]: objective “X” has no actions");
  g_object_get (diagnostic, "code", &code, "severity", &severity, NULL);
  g_assert_cmpstr (code, ==, "objective-without-actions");
  g_assert_cmpint (severity, ==, PDZ_SEVERITY_WARNING);
  g_assert_true (pdz_diagnostic_get_subject (diagnostic) == G_OBJECT (subject));
  g_assert_cmpstr (pdz_severity_to_string (PDZ_SEVERITY_ERROR), ==, "error");
  g_assert_cmpstr (pdz_severity_to_string (PDZ_SEVERITY_INFO), ==, "info");
  g_assert_cmpint (PDZ_SEVERITY_ERROR, >, PDZ_SEVERITY_WARNING);
}

static void
test_options_notify (void)
{
  g_autoptr(PdzCheckOptions) options = pdz_check_options_new ();
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  g_autoptr(PdzDate) day = pdz_date_new_day (2023, 10, 31);
  g_autoptr(PdzDate) same_day = pdz_date_new_day (2023, 10, 31);
  const char * const two[] = { "partner-unreferenced", "project-without-lead", NULL };

  gt_signal_logger_connect (logger, options, "notify");

  pdz_check_options_set_reference_date (options, day);
  gt_signal_logger_assert_notify_emission_pop (logger, options, "reference-date");
  pdz_check_options_set_reference_date (options, same_day);
  gt_signal_logger_assert_no_emissions (logger);

  pdz_check_options_set_language (options, "it");
  gt_signal_logger_assert_notify_emission_pop (logger, options, "language");
  pdz_check_options_set_language (options, "it");
  gt_signal_logger_assert_no_emissions (logger);

  g_assert_true (pdz_check_options_is_code_enabled (options, "partner-unreferenced"));
  pdz_check_options_disable_code (options, "partner-unreferenced");
  gt_signal_logger_assert_notify_emission_pop (logger, options, "disabled-codes");
  pdz_check_options_disable_code (options, "partner-unreferenced");
  gt_signal_logger_assert_no_emissions (logger);
  g_assert_false (pdz_check_options_is_code_enabled (options, "partner-unreferenced"));

  pdz_check_options_set_disabled_codes (options, two);
  gt_signal_logger_assert_notify_emission_pop (logger, options, "disabled-codes");
  g_assert_false (pdz_check_options_is_code_enabled (options, "project-without-lead"));

  pdz_check_options_enable_code (options, "project-without-lead");
  gt_signal_logger_assert_notify_emission_pop (logger, options, "disabled-codes");
  g_assert_true (pdz_check_options_is_code_enabled (options, "project-without-lead"));
  g_assert_cmpstrv (pdz_check_options_get_disabled_codes (options),
                    ((const char * const[]) { "partner-unreferenced", NULL }));
  pdz_check_options_enable_code (options, "project-without-lead");
  gt_signal_logger_assert_no_emissions (logger);

  pdz_check_options_set_reference_date (options, NULL);
  gt_signal_logger_assert_notify_emission_pop (logger, options, "reference-date");
  g_assert_null (pdz_check_options_get_reference_date (options));
  gt_signal_logger_assert_no_emissions (logger);
}

int
main (int argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdz/check/codes", test_codes);
  g_test_add_func ("/pdz/check/clean", test_clean);
  for (guint i = 0; i < G_N_ELEMENTS (code_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/pdz/check/code/%s", code_cases[i].code);

      g_test_add_data_func (path, &code_cases[i], test_code_triggered);
    }
  g_test_add_func ("/pdz/check/partial-dates", test_partial_dates);
  g_test_add_func ("/pdz/check/reference-default-today", test_reference_default_today);
  g_test_add_func ("/pdz/check/status-mismatch-rules", test_status_mismatch_rules);
  g_test_add_func ("/pdz/check/language", test_language);
  g_test_add_func ("/pdz/check/long-title", test_long_title_shortened);
  g_test_add_func ("/pdz/check/example", test_example);
  g_test_add_func ("/pdz/check/example/milestones", test_example_milestones);
  g_test_add_func ("/pdz/check/sub-action-dates", test_sub_action_dates);
  g_test_add_func ("/pdz/check/index", test_index_follows_changes);
  g_test_add_func ("/pdz/check/diagnostic", test_diagnostic);
  g_test_add_func ("/pdz/check/options-notify", test_options_notify);

  return g_test_run ();
}
