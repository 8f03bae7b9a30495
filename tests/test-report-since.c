/* test-report-since.c: PdzReport:since, what changed since the previous round
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Through the public API only, as an application calls it: the property
 * and its flags; the refusal of another plan's round unless forced; the
 * section in Markdown and HTML (after the summary, before the charts), in
 * Italian and English, for the example's two rounds and for two rounds
 * built in code (an action completed, one removed, one added extra, one
 * moved, a partner that joined, a funding gained, no monitoring round
 * named); the
 * marks in the macroareas; the table of changes in CSV, which needs a
 * previous round; and every other format rendering without error.
 * tests/test-report-since.py reads the same files with pdftotext,
 * openpyxl and python3-odf.
 */

#include <libpdz/pdz.h>

#include "pdz-test-util.h"

static PdzPlan *
load_old_round (void)
{
  g_autofree char *path = g_build_filename (pdz_test_get_examples_dir (), "corsichese-2022-12.json", NULL);

  return pdz_test_load_file (path);
}

static char *
render (PdzReport       *report,
        PdzReportFormat  format,
        const char      *language)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GDateTime) generated = g_date_time_new_utc (2024, 1, 15, 12, 0, 0);
  gsize length;
  const char *data;

  pdz_report_set_format (report, format);
  pdz_report_set_language (report, language);
  pdz_report_set_generated (report, generated);
  bytes = pdz_report_to_bytes (report, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &length);
  return g_strndup (data, length);
}

/* @needle occurs in @haystack, after @after (when not NULL); the position */
static const char *
find_after (const char *haystack,
            const char *needle,
            const char *after)
{
  const char *from = after != NULL ? after : haystack;
  const char *found = strstr (from, needle);

  if (found == NULL)
    g_error ("“%s” is not in the report%s", needle, after != NULL ? " where expected" : "");
  return found;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_property (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzPlan) old = load_old_round ();
  g_autoptr(PdzReport) report = pdz_report_new (plan);
  g_autoptr(PdzPlan) got = NULL;
  PdzDiffFlags flags = PDZ_DIFF_FLAGS_NONE;
  guint since_notified = 0;
  guint flags_notified = 0;

  g_assert_null (pdz_report_get_since (report));
  g_assert_cmpint (pdz_report_get_since_flags (report), ==, PDZ_DIFF_FLAGS_NONE);

  g_signal_connect (report, "notify::since", G_CALLBACK (count_notify), &since_notified);
  g_signal_connect (report, "notify::since-flags", G_CALLBACK (count_notify), &flags_notified);

  pdz_report_set_since (report, old);
  pdz_report_set_since (report, old);
  g_assert_cmpuint (since_notified, ==, 1);
  g_assert_true (pdz_report_get_since (report) == old);
  g_object_get (report, "since", &got, "since-flags", &flags, NULL);
  g_assert_true (got == old);
  g_assert_cmpint (flags, ==, PDZ_DIFF_FLAGS_NONE);

  g_object_set (report, "since-flags", PDZ_DIFF_FLAGS_FORCE, NULL);
  pdz_report_set_since_flags (report, PDZ_DIFF_FLAGS_FORCE);
  g_assert_cmpuint (flags_notified, ==, 1);
  g_assert_cmpint (pdz_report_get_since_flags (report), ==, PDZ_DIFF_FLAGS_FORCE);

  pdz_report_set_since (report, NULL);
  g_assert_cmpuint (since_notified, ==, 2);
  g_assert_null (pdz_report_get_since (report));
}

/* Another plan's round is refused, and forced */
static void
test_different_plans (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzPlan) old = load_old_round ();
  g_autoptr(PdzReport) report = pdz_report_new (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *md = NULL;

  pdz_plan_set_id (old, "another-plan");
  pdz_report_set_since (report, old);
  pdz_report_set_format (report, PDZ_REPORT_FORMAT_MARKDOWN);
  bytes = pdz_report_to_bytes (report, NULL, &error);
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_DIFFERENT_PLANS);
  g_assert_null (bytes);
  g_assert_nonnull (strstr (error->message, "another-plan"));

  pdz_report_set_since_flags (report, PDZ_DIFF_FLAGS_FORCE);
  md = render (report, PDZ_REPORT_FORMAT_MARKDOWN, "it");
  find_after (md, "## Cosa è cambiato dal monitoraggio precedente", NULL);
}

typedef struct {
  const char *language;
  const char *heading;
  const char *summary;
  const char *charts;
  const char *intro;
  const char *transition;
  const char *completed;
  const char *added;
  const char *mark_completed;
  const char *mark_new;
} Texts;

static const Texts texts[] = {
  { "it", "Cosa è cambiato dal monitoraggio precedente", "Schema di sintesi", "Il monitoraggio in cifre",
    "Confronto con il monitoraggio precedente: Monitoraggio attuazione e azioni extra "
    "(Marzo 2022 – Dicembre 2022).",
    "in corso → concluso", "Azioni concluse", "Azioni nuove", "concluso da in corso", "nuovo" },
  { "en", "What changed since the previous round", "Summary", "At a glance",
    "Compared with the previous round: Monitoraggio attuazione e azioni extra "
    "(March 2022 – December 2022).",
    "in progress → completed", "Actions completed", "New actions", "completed, was in progress", "new" },
};

/* The example's two rounds, in Markdown and HTML */
static void
test_example (gconstpointer data)
{
  const Texts *t = data;
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzPlan) old = load_old_round ();
  g_autoptr(PdzReport) report = pdz_report_new (plan);
  PdzAction *completed = pdz_plan_lookup_action (plan, "emergenza-abitativa-2");
  PdzAction *added = pdz_plan_lookup_action (plan, "agenzia-abitare-1");
  const PdzReportFormat formats[] = { PDZ_REPORT_FORMAT_MARKDOWN, PDZ_REPORT_FORMAT_HTML };

  g_assert_nonnull (completed);
  g_assert_nonnull (added);
  pdz_report_set_since (report, old);

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *out = render (report, formats[f], t->language);
      g_autofree char *heading = formats[f] == PDZ_REPORT_FORMAT_MARKDOWN
                                 ? g_strdup_printf ("\n## %s\n", t->heading)
                                 : g_strdup_printf ("<h2 id=\"changes\">%s</h2>", t->heading);
      g_autofree char *charts = formats[f] == PDZ_REPORT_FORMAT_MARKDOWN
                                ? g_strdup_printf ("\n## %s\n", t->charts)
                                : g_strdup_printf (">%s</h2>", t->charts);
      const char *summary = find_after (out, t->summary, formats[f] == PDZ_REPORT_FORMAT_HTML
                                                         ? strstr (out, "<section class=\"summary")
                                                         : NULL);
      const char *section = find_after (out, heading, summary);
      const char *end = find_after (out, charts, section);
      const char *p;

      /* in the section, in this order */
      p = find_after (out, t->intro, section);
      p = find_after (out, t->transition, p);
      p = find_after (out, t->completed, p);
      p = find_after (out, "Partecipazione ai lavori e sottoscrizione in data 24/01/2023", p);
      p = find_after (out, t->added, p);
      p = find_after (out, "Avvio analisi preliminare studio di fattibilità", p);
      p = find_after (out, "Il Visconteo", p);
      p = find_after (out, "PNRR", p);
      g_assert_true (p < end);

      /* the marks beside the actions, in the macroareas */
      p = find_after (out, "Partecipazione ai lavori e sottoscrizione in data 24/01/2023", end);
      g_assert_true (find_after (out, t->mark_completed, p) - p < 600);
      p = find_after (out, "Avvio analisi preliminare studio di fattibilità", end);
      g_assert_true (find_after (out, t->mark_new, p) - p < 400);
    }
}

/* A plan built in code, two rounds of it */
static PdzPlan *
built_round (gboolean new_round)
{
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(PdzObjective) objective = pdz_objective_new ("o1", "Casa");
  g_autoptr(PdzObjective) other = pdz_objective_new ("o2", "Lavoro");
  g_autoptr(PdzAction) d = pdz_action_new ("d", "Borse lavoro");
  g_autoptr(PdzPartner) comune = pdz_partner_new ("comune", "Comune di Trezzano");
  g_autoptr(PdzPartner) asst = pdz_partner_new ("asst", "ASST Ovest");
  g_autoptr(PdzAction) a = pdz_action_new ("a", "Sportello affitti");
  g_autoptr(PdzAction) b = pdz_action_new ("b", "Tavolo sfratti");
  g_autoptr(PdzParticipation) by_comune = NULL;
  g_autoptr(GError) error = NULL;

  pdz_plan_set_id (plan, "built");
  pdz_plan_set_title (plan, "Piano costruito");
  g_assert_true (pdz_plan_add_partner (plan, comune, &error));
  g_assert_true (pdz_plan_add_objective (plan, objective, &error));
  g_assert_true (pdz_plan_add_objective (plan, other, &error));
  /* d moves from the one to the other */
  g_assert_true (pdz_objective_add_action (new_round ? other : objective, d, &error));
  by_comune = pdz_participation_new (comune, PDZ_ROLE_LEAD);
  g_assert_true (pdz_action_add_participation (a, by_comune, &error));
  g_assert_no_error (error);

  pdz_action_set_status (a, new_round ? PDZ_STATUS_COMPLETED : PDZ_STATUS_PLANNED);
  g_assert_true (pdz_objective_add_action (objective, a, &error));
  if (!new_round)
    {
      pdz_action_set_status (b, PDZ_STATUS_IN_PROGRESS);
      g_assert_true (pdz_objective_add_action (objective, b, &error));
    }
  else
    {
      g_autoptr(PdzAction) c = pdz_action_new ("c", "");
      g_autoptr(PdzFunding) funding = pdz_funding_new ("Fondo regionale");
      g_autoptr(PdzParticipation) by_asst = pdz_participation_new (asst, PDZ_ROLE_PARTNER);
      g_autoptr(PdzDate) start = pdz_date_new_month (2023, 1);
      g_autoptr(PdzDate) end = pdz_date_new_month (2023, 12);

      g_assert_true (pdz_plan_add_partner (plan, asst, &error));
      pdz_action_set_origin (c, PDZ_ORIGIN_EXTRA);
      pdz_action_set_status (c, PDZ_STATUS_IN_PROGRESS);
      pdz_funding_set_amount (funding, 1250000);
      pdz_funding_set_status (funding, PDZ_FUNDING_STATUS_GRANTED);
      pdz_action_add_funding (c, funding);
      g_assert_true (pdz_action_add_participation (c, by_asst, &error));
      g_assert_true (pdz_objective_add_action (objective, c, &error));
      pdz_plan_set_monitoring_title (plan, "Secondo monitoraggio");
      pdz_plan_set_monitoring_start (plan, start);
      pdz_plan_set_monitoring_end (plan, end);
    }
  g_assert_no_error (error);
  return g_steal_pointer (&plan);
}

static void
test_built (void)
{
  g_autoptr(PdzPlan) old = built_round (FALSE);
  g_autoptr(PdzPlan) plan = built_round (TRUE);
  g_autoptr(PdzReport) report = pdz_report_new (plan);
  g_autofree char *md = NULL;
  g_autofree char *csv = NULL;
  const char *p;

  pdz_report_set_since (report, old);
  md = render (report, PDZ_REPORT_FORMAT_MARKDOWN, "it");

  /* the old round has no monitoring round: the plan's title names it */
  p = find_after (md, "## Cosa è cambiato dal monitoraggio precedente", NULL);
  p = find_after (md, "Confronto con il monitoraggio precedente: Piano costruito.", p);
  p = find_after (md, "| previsto → concluso | 1 | 0 | 0 |", p);
  p = find_after (md, "### Azioni concluse", p);
  p = find_after (md, "- Sportello affitti", p);
  p = find_after (md, "### Azioni nuove", p);
  p = find_after (md, "- c *in corso*", p);
  p = find_after (md, "### Nuove azioni extra", p);
  p = find_after (md, "- c *in corso*", p);
  p = find_after (md, "### Azioni tolte", p);
  p = find_after (md, "- Tavolo sfratti *in corso*", p);
  p = find_after (md, "- **ASST Ovest**: entrato · **nuovi ruoli:** partner", p);
  p = find_after (md, "| Fondo regionale | 1 · €\u00a012.500,00 |", p);
  /* the marks */
  p = find_after (md, "Sportello affitti **concluso da previsto**", p);
  find_after (md, "c **extra** **nuovo**", NULL);
  find_after (md, "Borse lavoro **spostato**", NULL);

  pdz_report_set_table (report, PDZ_REPORT_TABLE_CHANGES);
  csv = render (report, PDZ_REPORT_FORMAT_CSV, "en");
  g_assert_true (g_str_has_prefix (csv, "Change,ID,Title,Before,After,Number,Amount before (€),Amount after (€)\r\n"));
  find_after (csv, "\r\nStatus change,planned:completed,Actions,planned,completed,1,,\r\n", NULL);
  find_after (csv, "\r\nAction completed,a,Sportello affitti,planned,completed,,,\r\n", NULL);
  find_after (csv, "\r\nNew action,c,,,in progress,,,\r\n", NULL);
  find_after (csv, "\r\nNew extra action,c,,,in progress,,,\r\n", NULL);
  find_after (csv, "\r\nAction removed,b,Tavolo sfratti,in progress,,,,\r\n", NULL);
  find_after (csv, "\r\nPartner joined,asst,ASST Ovest,,partner,,,\r\n", NULL);
  find_after (csv, "\r\nFunding gained,,Fondo regionale,,,1,,12500.00\r\n", NULL);
}

/* A round against itself: nothing changed, and the section says so */
static void
test_same_round (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzPlan) again = pdz_test_load_example ();
  g_autoptr(PdzReport) report = pdz_report_new (plan);
  g_autofree char *md = NULL;
  const char *p;

  pdz_report_set_since (report, again);
  md = render (report, PDZ_REPORT_FORMAT_MARKDOWN, "en");
  p = find_after (md, "## What changed since the previous round", NULL);
  p = find_after (md, "Nothing changed since the previous round.", p);
  g_assert_null (strstr (md, "### Status changes"));
  g_assert_null (strstr (md, "**new**"));
}

/* The table of changes needs a previous round; without one, no section */
static void
test_needs_since (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzReport) report = pdz_report_new (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *md = NULL;

  pdz_report_set_format (report, PDZ_REPORT_FORMAT_CSV);
  pdz_report_set_table (report, PDZ_REPORT_TABLE_CHANGES);
  bytes = pdz_report_to_bytes (report, NULL, &error);
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
  g_assert_null (bytes);

  md = render (report, PDZ_REPORT_FORMAT_MARKDOWN, "it");
  g_assert_null (strstr (md, "Cosa è cambiato"));
  g_assert_null (strstr (md, "concluso da"));
}

/* Every other format renders, in both languages */
static void
test_every_format (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzPlan) old = load_old_round ();
  g_autoptr(PdzReport) report = pdz_report_new (plan);
  const PdzReportFormat formats[] = { PDZ_REPORT_FORMAT_XLSX, PDZ_REPORT_FORMAT_PDF, PDZ_REPORT_FORMAT_ODP };

  pdz_report_set_since (report, old);
  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      if (!pdz_report_format_is_available (formats[f]))
        continue;
      for (guint l = 0; l < G_N_ELEMENTS (texts); l++)
        {
          g_autofree char *out = render (report, formats[f], texts[l].language);

          g_assert_cmpuint (strlen (out), >, 0);
        }
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdz/report-since/property", test_property);
  g_test_add_func ("/pdz/report-since/different-plans", test_different_plans);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *path = g_strdup_printf ("/pdz/report-since/example/%s", texts[i].language);

      g_test_add_data_func (path, &texts[i], test_example);
    }
  g_test_add_func ("/pdz/report-since/built", test_built);
  g_test_add_func ("/pdz/report-since/same-round", test_same_round);
  g_test_add_func ("/pdz/report-since/needs-since", test_needs_since);
  g_test_add_func ("/pdz/report-since/every-format", test_every_format);

  return g_test_run ();
}
