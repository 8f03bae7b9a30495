/* test-signals.c: notify and items-changed of the plan and its containers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * For PdzPlan, PdzObjective, PdzAction and PdzProject: every property
 * setter emits exactly one notify on a real change and none when the value
 * stays the same; every add and remove emits one items-changed, with the
 * right position, removed and added counts, on the right list, and nothing
 * else. Every object and list of the fixture is watched, so that a stray
 * emission anywhere fails the test.
 */

#include <libpdz/pdz.h>
#include <libglib-testing/signal-logger.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

typedef struct
{
  GtSignalLogger *logger;     /* (owned) */
  PdzPlan *plan;              /* (owned) */

  /* Borrowed from the plan. */
  PdzPartner *corsico;
  PdzPartner *aler;
  PdzMacroarea *abitare;
  PdzObjective *objective;
  PdzAction *action;
  PdzProject *project;
} Fixture;

static void
watch (Fixture  *f,
       gpointer  object,
       ...)
{
  va_list args;
  GListModel *model;

  gt_signal_logger_connect (f->logger, object, "notify");

  va_start (args, object);
  while ((model = va_arg (args, GListModel *)) != NULL)
    gt_signal_logger_connect (f->logger, model, "items-changed");
  va_end (args);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(PdzPartner) corsico = pdz_partner_new ("corsico", "Comune di Corsico");
  g_autoptr(PdzPartner) aler = pdz_partner_new ("aler", "ALER Milano");
  g_autoptr(PdzMacroarea) abitare = pdz_macroarea_new ("abitare", "Politiche abitative");
  g_autoptr(PdzObjective) objective = pdz_objective_new ("emergenza", "Emergenza abitativa");
  g_autoptr(PdzAction) action = pdz_action_new ("escomio", "Protocollo escomio");
  g_autoptr(PdzProject) project = pdz_project_new ("partecipe", "PARTECIPE");

  f->plan = pdz_plan_new ();
  g_assert_true (pdz_plan_add_partner (f->plan, corsico, NULL));
  g_assert_true (pdz_plan_add_partner (f->plan, aler, NULL));
  g_assert_true (pdz_plan_add_macroarea (f->plan, abitare, NULL));
  g_assert_true (pdz_plan_add_objective (f->plan, objective, NULL));
  g_assert_true (pdz_objective_add_action (objective, action, NULL));
  g_assert_true (pdz_plan_add_project (f->plan, project, NULL));

  f->corsico = corsico;
  f->aler = aler;
  f->abitare = abitare;
  f->objective = objective;
  f->action = action;
  f->project = project;

  /* Watched only once built: what follows must be quiet unless asked. */
  f->logger = gt_signal_logger_new ();
  watch (f, f->plan,
         pdz_plan_get_macroareas (f->plan), pdz_plan_get_objectives (f->plan),
         pdz_plan_get_projects (f->plan), pdz_plan_get_partners (f->plan),
         pdz_plan_get_municipalities (f->plan), NULL);
  watch (f, f->objective,
         pdz_objective_get_actions (f->objective),
         pdz_objective_get_indicators (f->objective),
         pdz_objective_get_participations (f->objective), NULL);
  watch (f, f->action,
         pdz_action_get_milestones (f->action),
         pdz_action_get_participations (f->action),
         pdz_action_get_projects (f->action),
         pdz_action_get_fundings (f->action),
         pdz_action_get_actions (f->action), NULL);
  watch (f, f->project,
         pdz_project_get_participations (f->project),
         pdz_project_get_fundings (f->project),
         pdz_project_get_objectives (f->project),
         pdz_project_get_actions (f->project), NULL);
  watch (f, f->corsico, NULL);
  watch (f, f->aler, NULL);
  watch (f, f->abitare, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  g_clear_pointer (&f->logger, gt_signal_logger_free);
  g_clear_object (&f->plan);
}

/* Pops one notify of @prop on @obj, and asserts nothing else came. */
#define ASSERT_NOTIFY(f, obj, prop) \
  G_STMT_START { \
    gt_signal_logger_assert_notify_emission_pop ((f)->logger, obj, prop); \
    gt_signal_logger_assert_no_emissions ((f)->logger); \
  } G_STMT_END

#define ASSERT_QUIET(f) gt_signal_logger_assert_no_emissions ((f)->logger)

/* Pops one items-changed on @model. */
static void
pop_items_changed (Fixture    *f,
                   GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added)
{
  guint p = G_MAXUINT, r = G_MAXUINT, a = G_MAXUINT;

  gt_signal_logger_assert_emission_pop (f->logger, model, "items-changed", &p, &r, &a);
  g_assert_cmpuint (p, ==, position);
  g_assert_cmpuint (r, ==, removed);
  g_assert_cmpuint (a, ==, added);
}

/* Pops one items-changed on @model, and asserts nothing else came. */
static void
assert_items_changed (Fixture    *f,
                      GListModel *model,
                      guint       position,
                      guint       removed,
                      guint       added)
{
  pop_items_changed (f, model, position, removed, added);
  gt_signal_logger_assert_no_emissions (f->logger);
}

/* A nullable string property: one notify per change, none for the same
 * value in another buffer, none for NULL again. */
#define CHECK_STRING(f, obj, prop, get, set) \
  G_STMT_START { \
    set (obj, "uno"); \
    ASSERT_NOTIFY (f, obj, prop); \
    g_assert_cmpstr (get (obj), ==, "uno"); \
    { \
      g_autofree char *cs_same = g_strdup ("uno"); \
      set (obj, cs_same); \
      ASSERT_QUIET (f); \
    } \
    set (obj, "due"); \
    ASSERT_NOTIFY (f, obj, prop); \
    g_assert_cmpstr (get (obj), ==, "due"); \
    set (obj, NULL); \
    ASSERT_NOTIFY (f, obj, prop); \
    g_assert_null (get (obj)); \
    set (obj, NULL); \
    ASSERT_QUIET (f); \
  } G_STMT_END

/* A nullable date property: an equal date is the same value; the same
 * year at another precision is not. */
#define CHECK_DATE(f, obj, prop, get, set) \
  G_STMT_START { \
    g_autoptr(PdzDate) cd_month = pdz_date_new_month (2023, 11); \
    g_autoptr(PdzDate) cd_same = pdz_date_new_month (2023, 11); \
    g_autoptr(PdzDate) cd_year = pdz_date_new_year (2023); \
    \
    set (obj, cd_month); \
    ASSERT_NOTIFY (f, obj, prop); \
    g_assert_true (pdz_date_equal (get (obj), cd_month)); \
    set (obj, cd_same); \
    ASSERT_QUIET (f); \
    set (obj, cd_year); \
    ASSERT_NOTIFY (f, obj, prop); \
    g_assert_true (pdz_date_equal (get (obj), cd_year)); \
    set (obj, NULL); \
    ASSERT_NOTIFY (f, obj, prop); \
    g_assert_null (get (obj)); \
    set (obj, NULL); \
    ASSERT_QUIET (f); \
  } G_STMT_END

/* An enum property, from its default @def to @other and back. */
#define CHECK_ENUM(f, obj, prop, get, set, def, other) \
  G_STMT_START { \
    g_assert_cmpint (get (obj), ==, def); \
    set (obj, def); \
    ASSERT_QUIET (f); \
    set (obj, other); \
    ASSERT_NOTIFY (f, obj, prop); \
    g_assert_cmpint (get (obj), ==, other); \
    set (obj, other); \
    ASSERT_QUIET (f); \
    set (obj, def); \
    ASSERT_NOTIFY (f, obj, prop); \
  } G_STMT_END

/* A string vector property: NULL and an empty vector are the same value. */
#define CHECK_STRV(f, obj, prop, get, set) \
  G_STMT_START { \
    const char * const cv_two[] = { "uno", "due", NULL }; \
    const char * const cv_empty[] = { NULL }; \
    g_auto(GStrv) cv_same = g_strdupv ((char **) cv_two); \
    \
    set (obj, cv_empty); \
    ASSERT_QUIET (f); \
    set (obj, cv_two); \
    ASSERT_NOTIFY (f, obj, prop); \
    g_assert_true (g_strv_equal (get (obj), cv_two)); \
    set (obj, (const char * const *) cv_same); \
    ASSERT_QUIET (f); \
    set (obj, cv_two + 1); \
    ASSERT_NOTIFY (f, obj, prop); \
    set (obj, cv_empty); \
    ASSERT_NOTIFY (f, obj, prop); \
    g_assert_null (get (obj)); \
    set (obj, NULL); \
    ASSERT_QUIET (f); \
  } G_STMT_END

/* An object reference property: @a, @b, then NULL. */
#define CHECK_OBJECT(f, obj, prop, get, set, a, b) \
  G_STMT_START { \
    set (obj, a); \
    ASSERT_NOTIFY (f, obj, prop); \
    g_assert_true (get (obj) == a); \
    set (obj, a); \
    ASSERT_QUIET (f); \
    set (obj, b); \
    ASSERT_NOTIFY (f, obj, prop); \
    g_assert_true (get (obj) == b); \
    set (obj, NULL); \
    ASSERT_NOTIFY (f, obj, prop); \
    g_assert_null (get (obj)); \
    set (obj, NULL); \
    ASSERT_QUIET (f); \
  } G_STMT_END

/* ---------------------------------------------------------------------- */

static void
test_plan_notify (Fixture       *f,
                  gconstpointer  user_data)
{
  g_autoptr(PdzPartner) outsider = pdz_partner_new ("cesano", "Comune di Cesano Boscone");

  CHECK_STRING (f, f->plan, "id", pdz_plan_get_id, pdz_plan_set_id);
  CHECK_STRING (f, f->plan, "title", pdz_plan_get_title, pdz_plan_set_title);
  CHECK_STRING (f, f->plan, "ambito", pdz_plan_get_ambito, pdz_plan_set_ambito);
  CHECK_STRING (f, f->plan, "language", pdz_plan_get_language, pdz_plan_set_language);
  CHECK_DATE (f, f->plan, "start", pdz_plan_get_start, pdz_plan_set_start);
  CHECK_DATE (f, f->plan, "end", pdz_plan_get_end, pdz_plan_set_end);
  CHECK_OBJECT (f, f->plan, "lead-municipality",
                pdz_plan_get_lead_municipality, pdz_plan_set_lead_municipality,
                f->corsico, outsider);
  CHECK_STRING (f, f->plan, "office", pdz_plan_get_office, pdz_plan_set_office);
  CHECK_STRING (f, f->plan, "email", pdz_plan_get_email, pdz_plan_set_email);
  CHECK_STRING (f, f->plan, "phone", pdz_plan_get_phone, pdz_plan_set_phone);
  CHECK_STRING (f, f->plan, "website", pdz_plan_get_website, pdz_plan_set_website);
  CHECK_STRING (f, f->plan, "monitoring-title",
                pdz_plan_get_monitoring_title, pdz_plan_set_monitoring_title);
  CHECK_DATE (f, f->plan, "monitoring-start",
              pdz_plan_get_monitoring_start, pdz_plan_set_monitoring_start);
  CHECK_DATE (f, f->plan, "monitoring-end",
              pdz_plan_get_monitoring_end, pdz_plan_set_monitoring_end);

  /* Through GObject too: one notify, not two. */
  g_object_set (f->plan, "title", "Piano di Zona 2021-2023", NULL);
  ASSERT_NOTIFY (f, f->plan, "title");
  g_object_set (f->plan, "title", "Piano di Zona 2021-2023", NULL);
  ASSERT_QUIET (f);
}

static void
test_objective_notify (Fixture       *f,
                       gconstpointer  user_data)
{
  g_autoptr(PdzMacroarea) other = pdz_macroarea_new ("sistema", "Azioni di sistema");

  CHECK_STRING (f, f->objective, "id", pdz_objective_get_id, pdz_objective_set_id);
  CHECK_STRING (f, f->objective, "title", pdz_objective_get_title, pdz_objective_set_title);
  CHECK_STRING (f, f->objective, "description",
                pdz_objective_get_description, pdz_objective_set_description);
  CHECK_ENUM (f, f->objective, "status", pdz_objective_get_status, pdz_objective_set_status,
              PDZ_STATUS_NOT_STATED, PDZ_STATUS_IN_PROGRESS);
  CHECK_OBJECT (f, f->objective, "macroarea",
                pdz_objective_get_macroarea, pdz_objective_set_macroarea,
                f->abitare, other);
  CHECK_ENUM (f, f->objective, "kind", pdz_objective_get_kind, pdz_objective_set_kind,
              PDZ_OBJECTIVE_KIND_PLAN, PDZ_OBJECTIVE_KIND_HEALTH_INTEGRATION);

  g_object_set (f->objective, "status", PDZ_STATUS_COMPLETED, NULL);
  ASSERT_NOTIFY (f, f->objective, "status");
  g_object_set (f->objective, "status", PDZ_STATUS_COMPLETED, NULL);
  ASSERT_QUIET (f);
}

static void
test_action_notify (Fixture       *f,
                    gconstpointer  user_data)
{
  CHECK_STRING (f, f->action, "id", pdz_action_get_id, pdz_action_set_id);
  CHECK_STRING (f, f->action, "title", pdz_action_get_title, pdz_action_set_title);
  CHECK_ENUM (f, f->action, "status", pdz_action_get_status, pdz_action_set_status,
              PDZ_STATUS_NOT_STATED, PDZ_STATUS_COMPLETED);
  CHECK_ENUM (f, f->action, "origin", pdz_action_get_origin, pdz_action_set_origin,
              PDZ_ORIGIN_NOT_STATED, PDZ_ORIGIN_PLANNED);
  CHECK_DATE (f, f->action, "date", pdz_action_get_date, pdz_action_set_date);
  CHECK_DATE (f, f->action, "end-date", pdz_action_get_end_date, pdz_action_set_end_date);
  CHECK_STRV (f, f->action, "links", pdz_action_get_links, pdz_action_set_links);

  /* The deprecated extra follows the origin: any true value is
   * PDZ_ORIGIN_EXTRA, FALSE turns only an extra action to not stated, and
   * each change of one notifies both. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  pdz_action_set_extra (f->action, FALSE);
  ASSERT_QUIET (f);
  pdz_action_set_extra (f->action, TRUE);
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->action, "extra");
  ASSERT_NOTIFY (f, f->action, "origin");
  g_assert_true (pdz_action_get_extra (f->action));
  g_assert_cmpint (pdz_action_get_origin (f->action), ==, PDZ_ORIGIN_EXTRA);
  pdz_action_set_extra (f->action, 2);
  ASSERT_QUIET (f);
  g_assert_true (pdz_action_get_extra (f->action) == TRUE);
  pdz_action_set_extra (f->action, FALSE);
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->action, "extra");
  ASSERT_NOTIFY (f, f->action, "origin");
  g_assert_cmpint (pdz_action_get_origin (f->action), ==, PDZ_ORIGIN_NOT_STATED);

  pdz_action_set_origin (f->action, PDZ_ORIGIN_PLANNED);
  ASSERT_NOTIFY (f, f->action, "origin");
  pdz_action_set_extra (f->action, FALSE);
  ASSERT_QUIET (f);
  g_assert_cmpint (pdz_action_get_origin (f->action), ==, PDZ_ORIGIN_PLANNED);
  pdz_action_set_origin (f->action, PDZ_ORIGIN_EXTRA);
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->action, "extra");
  ASSERT_NOTIFY (f, f->action, "origin");
  pdz_action_set_origin (f->action, PDZ_ORIGIN_NOT_STATED);
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->action, "extra");
  ASSERT_NOTIFY (f, f->action, "origin");

  /* g_object_set() holds notifications back until it returns, then
   * emits them in its own order. */
  g_object_set (f->action, "extra", TRUE, NULL);
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->action, "origin");
  ASSERT_NOTIFY (f, f->action, "extra");
  g_object_set (f->action, "extra", TRUE, NULL);
  ASSERT_QUIET (f);
  G_GNUC_END_IGNORE_DEPRECATIONS

  g_object_set (f->action, "origin", PDZ_ORIGIN_PLANNED, NULL);
  gt_signal_logger_assert_notify_emission_pop (f->logger, f->action, "origin");
  ASSERT_NOTIFY (f, f->action, "extra");
  g_object_set (f->action, "origin", PDZ_ORIGIN_PLANNED, NULL);
  ASSERT_QUIET (f);
}

static void
test_project_notify (Fixture       *f,
                     gconstpointer  user_data)
{
  CHECK_STRING (f, f->project, "id", pdz_project_get_id, pdz_project_set_id);
  CHECK_STRING (f, f->project, "title", pdz_project_get_title, pdz_project_set_title);
  CHECK_STRING (f, f->project, "description",
                pdz_project_get_description, pdz_project_set_description);
  CHECK_ENUM (f, f->project, "status", pdz_project_get_status, pdz_project_set_status,
              PDZ_STATUS_NOT_STATED, PDZ_STATUS_SUSPENDED);
  CHECK_ENUM (f, f->project, "scope", pdz_project_get_scope, pdz_project_set_scope,
              PDZ_SCOPE_NOT_STATED, PDZ_SCOPE_SOVRA_AMBITO);
  CHECK_OBJECT (f, f->project, "lead", pdz_project_get_lead, pdz_project_set_lead,
                f->corsico, f->aler);
  CHECK_DATE (f, f->project, "start", pdz_project_get_start, pdz_project_set_start);
  CHECK_DATE (f, f->project, "end", pdz_project_get_end, pdz_project_set_end);
  CHECK_STRV (f, f->project, "interventions",
              pdz_project_get_interventions, pdz_project_set_interventions);

  g_object_set (f->project, "scope", PDZ_SCOPE_NATIONAL, NULL);
  ASSERT_NOTIFY (f, f->project, "scope");
  g_object_set (f->project, "scope", PDZ_SCOPE_NATIONAL, NULL);
  ASSERT_QUIET (f);
}

/* ---------------------------------------------------------------------- */

static void
test_plan_items_changed (Fixture       *f,
                         gconstpointer  user_data)
{
  g_autoptr(PdzPartner) ats = pdz_partner_new ("ats", "ATS Città Metropolitana");
  g_autoptr(PdzPartner) dup = pdz_partner_new ("aler", "ALER Lodi");
  g_autoptr(PdzPartner) outsider = pdz_partner_new ("cesano", "Comune di Cesano Boscone");
  g_autoptr(PdzMacroarea) sistema = pdz_macroarea_new ("sistema", "Azioni di sistema");
  g_autoptr(PdzObjective) portale = pdz_objective_new ("portale", "Portale");
  g_autoptr(PdzProject) pippi = pdz_project_new ("pippi", "PIPPI-PNRR");
  g_autoptr(PdzParticipation) participation = pdz_participation_new (f->aler, PDZ_ROLE_PARTNER);
  GListModel *partners = pdz_plan_get_partners (f->plan);
  GListModel *macroareas = pdz_plan_get_macroareas (f->plan);
  GListModel *objectives = pdz_plan_get_objectives (f->plan);
  GListModel *projects = pdz_plan_get_projects (f->plan);
  GListModel *municipalities = pdz_plan_get_municipalities (f->plan);

  /* Partners. */
  g_assert_true (pdz_plan_add_partner (f->plan, ats, NULL));
  assert_items_changed (f, partners, 2, 0, 1);
  g_assert_false (pdz_plan_add_partner (f->plan, dup, NULL));
  ASSERT_QUIET (f);
  g_assert_true (pdz_plan_remove_partner (f->plan, f->corsico, NULL));
  assert_items_changed (f, partners, 0, 1, 0);
  f->corsico = NULL;

  /* A refused removal changes nothing. */
  g_assert_true (pdz_action_add_participation (f->action, participation, NULL));
  assert_items_changed (f, pdz_action_get_participations (f->action), 0, 0, 1);
  g_assert_false (pdz_plan_remove_partner (f->plan, f->aler, NULL));
  ASSERT_QUIET (f);

  /* Municipalities. */
  g_assert_true (pdz_plan_add_municipality (f->plan, ats, NULL));
  assert_items_changed (f, municipalities, 0, 0, 1);
  g_assert_true (pdz_plan_add_municipality (f->plan, f->aler, NULL));
  assert_items_changed (f, municipalities, 1, 0, 1);
  g_assert_true (pdz_plan_add_municipality (f->plan, ats, NULL));
  ASSERT_QUIET (f);
  g_assert_false (pdz_plan_add_municipality (f->plan, outsider, NULL));
  ASSERT_QUIET (f);
  g_assert_true (pdz_plan_remove_municipality (f->plan, ats, NULL));
  assert_items_changed (f, municipalities, 0, 1, 0);
  g_assert_false (pdz_plan_remove_municipality (f->plan, ats, NULL));
  ASSERT_QUIET (f);

  /* Macroareas. */
  g_assert_true (pdz_plan_add_macroarea (f->plan, sistema, NULL));
  assert_items_changed (f, macroareas, 1, 0, 1);
  g_assert_true (pdz_plan_remove_macroarea (f->plan, f->abitare, NULL));
  assert_items_changed (f, macroareas, 0, 1, 0);
  f->abitare = NULL;

  /* Objectives. */
  g_assert_true (pdz_plan_add_objective (f->plan, portale, NULL));
  assert_items_changed (f, objectives, 1, 0, 1);
  pdz_project_add_objective (f->project, portale);
  assert_items_changed (f, pdz_project_get_objectives (f->project), 0, 0, 1);
  g_assert_false (pdz_plan_remove_objective (f->plan, portale, NULL));
  ASSERT_QUIET (f);
  g_assert_true (pdz_project_remove_objective (f->project, portale));
  assert_items_changed (f, pdz_project_get_objectives (f->project), 0, 1, 0);
  g_assert_true (pdz_plan_remove_objective (f->plan, portale, NULL));
  assert_items_changed (f, objectives, 1, 1, 0);

  /* Projects. */
  g_assert_true (pdz_plan_add_project (f->plan, pippi, NULL));
  assert_items_changed (f, projects, 1, 0, 1);
  g_assert_true (pdz_plan_remove_project (f->plan, f->project, NULL));
  assert_items_changed (f, projects, 0, 1, 0);
  f->project = NULL;
}

static void
test_objective_items_changed (Fixture       *f,
                              gconstpointer  user_data)
{
  g_autoptr(PdzAction) first = g_object_ref (f->action);
  g_autoptr(PdzAction) a2 = pdz_action_new ("aler", "Interlocuzioni con ALER");
  g_autoptr(PdzAction) dup = pdz_action_new ("escomio", "Doppione");
  g_autoptr(PdzIndicator) indicator = pdz_indicator_new ("sfratti", "Sfratti evitati");
  g_autoptr(PdzParticipation) p1 = pdz_participation_new (f->aler, PDZ_ROLE_PARTNER);
  g_autoptr(PdzParticipation) p2 = pdz_participation_new (f->aler, PDZ_ROLE_SIGNATORY);
  GListModel *actions = pdz_objective_get_actions (f->objective);
  GListModel *indicators = pdz_objective_get_indicators (f->objective);
  GListModel *participations = pdz_objective_get_participations (f->objective);

  g_assert_true (pdz_objective_add_action (f->objective, a2, NULL));
  assert_items_changed (f, actions, 1, 0, 1);
  g_assert_false (pdz_objective_add_action (f->objective, dup, NULL));
  ASSERT_QUIET (f);
  g_assert_true (pdz_objective_remove_action (f->objective, first));
  assert_items_changed (f, actions, 0, 1, 0);
  g_assert_false (pdz_objective_remove_action (f->objective, first));
  ASSERT_QUIET (f);
  g_assert_null (pdz_action_get_owner (first));
  f->action = NULL;

  g_assert_true (pdz_objective_add_indicator (f->objective, indicator, NULL));
  assert_items_changed (f, indicators, 0, 0, 1);
  g_assert_true (pdz_objective_remove_indicator (f->objective, indicator));
  assert_items_changed (f, indicators, 0, 1, 0);
  g_assert_false (pdz_objective_remove_indicator (f->objective, indicator));
  ASSERT_QUIET (f);

  g_assert_true (pdz_objective_add_participation (f->objective, p1, NULL));
  assert_items_changed (f, participations, 0, 0, 1);
  g_assert_true (pdz_objective_add_participation (f->objective, p2, NULL));
  assert_items_changed (f, participations, 1, 0, 1);
  g_assert_true (pdz_objective_remove_participation (f->objective, p2));
  assert_items_changed (f, participations, 1, 1, 0);
  g_assert_false (pdz_objective_remove_participation (f->objective, p2));
  ASSERT_QUIET (f);
}

static void
test_action_items_changed (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autoptr(PdzProject) pippi = pdz_project_new ("pippi", "PIPPI-PNRR");
  g_autoptr(PdzFunding) f1 = pdz_funding_new ("PNRR");
  g_autoptr(PdzFunding) f2 = pdz_funding_new ("FNPS");
  g_autoptr(PdzParticipation) p1 = pdz_participation_new (f->aler, PDZ_ROLE_PARTNER);
  g_autoptr(PdzParticipation) p2 = pdz_participation_new (f->corsico, PDZ_ROLE_LEAD);
  GListModel *participations = pdz_action_get_participations (f->action);
  GListModel *projects = pdz_action_get_projects (f->action);
  GListModel *fundings = pdz_action_get_fundings (f->action);

  g_assert_true (pdz_plan_add_project (f->plan, pippi, NULL));
  assert_items_changed (f, pdz_plan_get_projects (f->plan), 1, 0, 1);

  g_assert_true (pdz_action_add_participation (f->action, p1, NULL));
  assert_items_changed (f, participations, 0, 0, 1);
  g_assert_true (pdz_action_add_participation (f->action, p2, NULL));
  assert_items_changed (f, participations, 1, 0, 1);
  g_assert_true (pdz_action_remove_participation (f->action, p1));
  assert_items_changed (f, participations, 0, 1, 0);
  g_assert_false (pdz_action_remove_participation (f->action, p1));
  ASSERT_QUIET (f);

  pdz_action_add_project (f->action, f->project);
  assert_items_changed (f, projects, 0, 0, 1);
  pdz_action_add_project (f->action, pippi);
  assert_items_changed (f, projects, 1, 0, 1);
  pdz_action_add_project (f->action, f->project);   /* already listed */
  ASSERT_QUIET (f);
  g_assert_true (pdz_action_remove_project (f->action, f->project));
  assert_items_changed (f, projects, 0, 1, 0);
  g_assert_false (pdz_action_remove_project (f->action, f->project));
  ASSERT_QUIET (f);

  pdz_action_add_funding (f->action, f1);
  assert_items_changed (f, fundings, 0, 0, 1);
  pdz_action_add_funding (f->action, f2);
  assert_items_changed (f, fundings, 1, 0, 1);
  g_assert_true (pdz_action_remove_funding (f->action, f2));
  assert_items_changed (f, fundings, 1, 1, 0);
  g_assert_false (pdz_action_remove_funding (f->action, f2));
  ASSERT_QUIET (f);
}

static void
test_action_milestones (Fixture       *f,
                        gconstpointer  user_data)
{
  g_autoptr(PdzDate) may = pdz_date_new_day (2023, 5, 30);
  g_autoptr(PdzDate) june = pdz_date_new_month (2023, 6);
  g_autoptr(PdzMilestone) m1 = pdz_milestone_new (may, "Tavolo di confronto");
  g_autoptr(PdzMilestone) m2 = pdz_milestone_new (june, "Tavoli coprogrammazione");
  GListModel *milestones = pdz_action_get_milestones (f->action);

  pdz_action_add_milestone (f->action, m1);
  assert_items_changed (f, milestones, 0, 0, 1);
  pdz_action_add_milestone (f->action, m2);
  assert_items_changed (f, milestones, 1, 0, 1);
  g_assert_true (pdz_milestone_get_action (m2) == f->action);

  /* A milestone's own properties notify once per change. */
  gt_signal_logger_connect (f->logger, m1, "notify");
  CHECK_STRING (f, m1, "title", pdz_milestone_get_title, pdz_milestone_set_title);
  CHECK_DATE (f, m1, "date", pdz_milestone_get_date, pdz_milestone_set_date);

  /* One owner at a time. */
  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*owner*");
  pdz_action_add_milestone (f->action, m1);
  g_test_assert_expected_messages ();
  ASSERT_QUIET (f);

  g_assert_true (pdz_action_remove_milestone (f->action, m1));
  assert_items_changed (f, milestones, 0, 1, 0);
  g_assert_null (pdz_milestone_get_action (m1));
  g_assert_false (pdz_action_remove_milestone (f->action, m1));
  ASSERT_QUIET (f);
}

static void
test_action_sub_actions (Fixture       *f,
                         gconstpointer  user_data)
{
  g_autoptr(PdzAction) ricerca = pdz_action_new ("ricerca", "Ricerca valutativa empirica");
  g_autoptr(PdzAction) rinnovo = pdz_action_new ("rinnovo", "Rinnovo «ponte» bando");
  g_autoptr(PdzAction) dup = pdz_action_new ("escomio", "Doppione");
  g_autoptr(PdzAction) deeper = pdz_action_new ("deeper", "Terzo livello");
  g_autoptr(PdzAction) parent = pdz_action_new ("parent", "Con sotto-azioni");
  g_autoptr(PdzAction) child = pdz_action_new ("child", "Sotto-azione");
  g_autoptr(GError) error = NULL;
  GListModel *subs = pdz_action_get_actions (f->action);

  g_assert_true (pdz_action_add_action (f->action, ricerca, &error));
  g_assert_no_error (error);
  assert_items_changed (f, subs, 0, 0, 1);
  g_assert_true (pdz_action_add_action (f->action, rinnovo, &error));
  assert_items_changed (f, subs, 1, 0, 1);

  g_assert_true (pdz_action_get_parent (rinnovo) == f->action);
  g_assert_true (pdz_action_get_owner (rinnovo) == G_OBJECT (f->action));
  g_assert_true (pdz_action_get_objective (rinnovo) == f->objective);
  g_assert_true (pdz_action_get_plan (rinnovo) == f->plan);
  g_assert_null (pdz_action_get_parent (f->action));
  g_assert_true (pdz_plan_lookup_action (f->plan, "rinnovo") == rinnovo);

  /* Ids are unique among all the actions of the plan. */
  g_assert_false (pdz_action_add_action (f->action, dup, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  ASSERT_QUIET (f);

  /* One level only: no sub-action of a sub-action ... */
  g_assert_false (pdz_action_add_action (ricerca, deeper, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  /* ... and no action with sub-actions as a sub-action. */
  g_assert_true (pdz_action_add_action (parent, child, &error));
  g_assert_false (pdz_action_add_action (f->action, parent, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  ASSERT_QUIET (f);

  g_assert_true (pdz_action_remove_action (f->action, ricerca));
  assert_items_changed (f, subs, 0, 1, 0);
  g_assert_null (pdz_action_get_parent (ricerca));
  g_assert_null (pdz_plan_lookup_action (f->plan, "ricerca"));
  g_assert_false (pdz_action_remove_action (f->action, ricerca));
  ASSERT_QUIET (f);
}

static void
test_participation_errors (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autoptr(PdzPartner) stranger = pdz_partner_new ("stranger", "Ente di un altro piano");
  g_autoptr(PdzParticipation) p1 = pdz_participation_new (f->aler, PDZ_ROLE_PARTNER);
  g_autoptr(PdzParticipation) again = pdz_participation_new (f->aler, PDZ_ROLE_PARTNER);
  g_autoptr(PdzParticipation) other_role = pdz_participation_new (f->aler, PDZ_ROLE_LEAD);
  g_autoptr(PdzParticipation) outside = pdz_participation_new (stranger, PDZ_ROLE_PARTNER);
  g_autoptr(GError) error = NULL;
  GListModel *lists[] = {
    pdz_objective_get_participations (f->objective),
    pdz_action_get_participations (f->action),
    pdz_project_get_participations (f->project),
  };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      gboolean (*add) (gpointer, PdzParticipation *, GError **) =
        i == 0 ? (gpointer) pdz_objective_add_participation :
        i == 1 ? (gpointer) pdz_action_add_participation :
                 (gpointer) pdz_project_add_participation;
      gpointer owner = i == 0 ? (gpointer) f->objective :
                       i == 1 ? (gpointer) f->action : (gpointer) f->project;
      g_autoptr(PdzParticipation) first = pdz_participation_new (f->aler, PDZ_ROLE_PARTNER);
      g_autoptr(PdzParticipation) twice = pdz_participation_new (f->aler, PDZ_ROLE_PARTNER);
      g_autoptr(PdzParticipation) lead = pdz_participation_new (f->aler, PDZ_ROLE_LEAD);
      g_autoptr(PdzParticipation) foreign = pdz_participation_new (stranger, PDZ_ROLE_PARTNER);

      g_assert_true (add (owner, first, &error));
      g_assert_no_error (error);
      assert_items_changed (f, lists[i], 0, 0, 1);

      /* The same partner in the same role twice: an error an editor's
       * user can cause, not a critical. */
      g_assert_false (add (owner, twice, &error));
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID);
      g_assert_nonnull (strstr (error->message, "aler"));
      g_clear_error (&error);
      ASSERT_QUIET (f);

      /* The same partner in another role is fine. */
      g_assert_true (add (owner, lead, &error));
      assert_items_changed (f, lists[i], 1, 0, 1);

      /* A partner that is not in the plan. */
      g_assert_false (add (owner, foreign, &error));
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_DANGLING_REFERENCE);
      g_assert_nonnull (strstr (error->message, "stranger"));
      g_clear_error (&error);
      ASSERT_QUIET (f);
    }

  /* Outside a plan, the partner cannot be checked yet: the save does. */
  {
    g_autoptr(PdzAction) loose = pdz_action_new ("loose", "Fuori dal piano");

    g_assert_true (pdz_action_add_participation (loose, outside, &error));
    g_assert_no_error (error);
    g_assert_true (pdz_action_add_participation (loose, p1, &error));
    g_assert_false (pdz_action_add_participation (loose, again, &error));
    g_assert_error (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID);
    g_clear_error (&error);
    g_assert_true (pdz_action_add_participation (loose, other_role, &error));
  }
}

typedef struct
{
  GPtrArray *entities;   /* (owned) the entity of each PdzPlan::changed */
  guint n_at_notify;     /* emissions seen by a notify handler */
} ChangedLog;

static void
on_plan_changed (PdzPlan    *plan,
                 GObject    *entity,
                 ChangedLog *log)
{
  g_ptr_array_add (log->entities, entity);
}

static void
on_title_notify (GObject    *object,
                 GParamSpec *pspec,
                 ChangedLog *log)
{
  log->n_at_notify = log->entities->len;
}

static void
test_plan_changed_and_modified (Fixture       *f,
                                gconstpointer  user_data)
{
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(PdzObjective) objective = pdz_objective_new ("o", "Obiettivo");
  g_autoptr(PdzAction) action = pdz_action_new ("a", "Azione");
  g_autoptr(PdzMilestone) milestone = pdz_milestone_new (NULL, "Evento");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  ChangedLog log = { g_ptr_array_new (), 0 };
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();
  int fd;

  g_assert_false (pdz_plan_get_modified (plan));
  g_signal_connect (plan, "changed", G_CALLBACK (on_plan_changed), &log);
  gt_signal_logger_connect (logger, plan, "notify::modified");

  /* A property of the plan: changed comes after its notify. */
  g_signal_connect (plan, "notify::title", G_CALLBACK (on_title_notify), &log);
  pdz_plan_set_title (plan, "Piano");
  g_assert_cmpuint (log.n_at_notify, ==, 0);
  g_assert_cmpuint (log.entities->len, ==, 1);
  g_assert_true (log.entities->pdata[0] == plan);
  g_assert_true (pdz_plan_get_modified (plan));
  gt_signal_logger_assert_notify_emission_pop (logger, plan, "modified");
  gt_signal_logger_assert_no_emissions (logger);

  /* The same value: nothing. */
  pdz_plan_set_title (plan, "Piano");
  g_assert_cmpuint (log.entities->len, ==, 1);

  /* Adds, nested entities and their properties, through one signal; the
   * modified flag stays TRUE without notifying again. */
  g_assert_true (pdz_plan_add_objective (plan, objective, NULL));
  g_assert_true (pdz_objective_add_action (objective, action, NULL));
  pdz_action_add_milestone (action, milestone);
  pdz_milestone_set_title (milestone, "Tavolo");
  pdz_action_set_status (action, PDZ_STATUS_COMPLETED);
  g_assert_true (pdz_objective_remove_action (objective, action));
  g_assert_cmpuint (log.entities->len, ==, 7);
  g_assert_true (log.entities->pdata[1] == plan);
  g_assert_true (log.entities->pdata[2] == objective);
  g_assert_true (log.entities->pdata[3] == action);
  g_assert_true (log.entities->pdata[4] == milestone);
  g_assert_true (log.entities->pdata[5] == action);
  g_assert_true (log.entities->pdata[6] == objective);
  gt_signal_logger_assert_no_emissions (logger);

  /* An entity no longer in the plan does not change the plan. */
  pdz_action_set_title (action, "Fuori");
  g_assert_cmpuint (log.entities->len, ==, 7);

  /* Saving clears the flag. */
  fd = g_file_open_tmp ("pdz-modified-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (pdz_plan_save_path (plan, path, PDZ_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (pdz_plan_get_modified (plan));
  gt_signal_logger_assert_notify_emission_pop (logger, plan, "modified");
  gt_signal_logger_assert_no_emissions (logger);

  /* A loaded plan starts unmodified. */
  {
    g_autoptr(PdzPlan) loaded = pdz_plan_load_path (path, NULL, &error);

    g_assert_no_error (error);
    g_assert_false (pdz_plan_get_modified (loaded));
  }

  g_unlink (path);
  g_signal_handlers_disconnect_by_data (plan, &log);
  g_ptr_array_unref (log.entities);
}

static void
test_project_items_changed (Fixture       *f,
                            gconstpointer  user_data)
{
  g_autoptr(PdzAction) a1 = pdz_action_new ("prins", "Avvio servizi rete PRINS");
  g_autoptr(PdzAction) a2 = pdz_action_new ("housing", "Co-progettazione Housing First");
  g_autoptr(PdzAction) dup = pdz_action_new ("escomio", "Doppione");
  g_autoptr(PdzObjective) other = pdz_objective_new ("portale", "Portale");
  g_autoptr(PdzFunding) f1 = pdz_funding_new ("PNRR");
  g_autoptr(PdzParticipation) p1 = pdz_participation_new (f->aler, PDZ_ROLE_PARTNER);
  GListModel *participations = pdz_project_get_participations (f->project);
  GListModel *fundings = pdz_project_get_fundings (f->project);
  GListModel *objectives = pdz_project_get_objectives (f->project);
  GListModel *actions = pdz_project_get_actions (f->project);

  g_assert_true (pdz_project_add_participation (f->project, p1, NULL));
  assert_items_changed (f, participations, 0, 0, 1);
  g_assert_true (pdz_project_remove_participation (f->project, p1));
  assert_items_changed (f, participations, 0, 1, 0);
  g_assert_false (pdz_project_remove_participation (f->project, p1));
  ASSERT_QUIET (f);

  pdz_project_add_funding (f->project, f1);
  assert_items_changed (f, fundings, 0, 0, 1);
  g_assert_true (pdz_project_remove_funding (f->project, f1));
  assert_items_changed (f, fundings, 0, 1, 0);
  g_assert_false (pdz_project_remove_funding (f->project, f1));
  ASSERT_QUIET (f);

  pdz_project_add_objective (f->project, f->objective);
  assert_items_changed (f, objectives, 0, 0, 1);
  pdz_project_add_objective (f->project, other);
  assert_items_changed (f, objectives, 1, 0, 1);
  pdz_project_add_objective (f->project, f->objective);   /* already listed */
  ASSERT_QUIET (f);
  g_assert_true (pdz_project_remove_objective (f->project, f->objective));
  assert_items_changed (f, objectives, 0, 1, 0);

  g_assert_true (pdz_project_add_action (f->project, a1, NULL));
  assert_items_changed (f, actions, 0, 0, 1);
  g_assert_true (pdz_project_add_action (f->project, a2, NULL));
  assert_items_changed (f, actions, 1, 0, 1);
  g_assert_false (pdz_project_add_action (f->project, dup, NULL));
  ASSERT_QUIET (f);
  g_assert_true (pdz_project_remove_action (f->project, a1));
  assert_items_changed (f, actions, 0, 1, 0);
  g_assert_false (pdz_project_remove_action (f->project, a1));
  ASSERT_QUIET (f);

  g_assert_true (pdz_project_remove_objective (f->project, other));
  assert_items_changed (f, objectives, 0, 1, 0);
}

static void
test_dispose_clears_references (Fixture       *f,
                                gconstpointer  user_data)
{
  g_autoptr(PdzAction) action = g_object_ref (f->action);
  g_autoptr(PdzProject) project = g_object_ref (f->project);
  g_autoptr(GtSignalLogger) logger = gt_signal_logger_new ();

  pdz_action_add_project (action, project);
  assert_items_changed (f, pdz_action_get_projects (action), 0, 0, 1);
  pdz_project_add_objective (project, f->objective);
  assert_items_changed (f, pdz_project_get_objectives (project), 0, 0, 1);

  /* The fixture's logger holds references to what it watches: only the
   * two reference lists are watched while the plan goes. */
  g_clear_pointer (&f->logger, gt_signal_logger_free);
  gt_signal_logger_connect (logger, pdz_action_get_projects (action), "items-changed");
  gt_signal_logger_connect (logger, pdz_project_get_objectives (project), "items-changed");

  g_clear_object (&f->plan);

  f->logger = g_steal_pointer (&logger);
  pop_items_changed (f, pdz_action_get_projects (action), 0, 1, 0);
  assert_items_changed (f, pdz_project_get_objectives (project), 0, 1, 0);
  g_assert_null (pdz_action_get_plan (action));
  g_assert_null (pdz_project_get_plan (project));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/pdz/signals/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("plan/notify", test_plan_notify);
  ADD ("objective/notify", test_objective_notify);
  ADD ("action/notify", test_action_notify);
  ADD ("project/notify", test_project_notify);
  ADD ("plan/items-changed", test_plan_items_changed);
  ADD ("objective/items-changed", test_objective_items_changed);
  ADD ("action/items-changed", test_action_items_changed);
  ADD ("action/milestones", test_action_milestones);
  ADD ("action/sub-actions", test_action_sub_actions);
  ADD ("participation/errors", test_participation_errors);
  ADD ("plan/changed-and-modified", test_plan_changed_and_modified);
  ADD ("project/items-changed", test_project_items_changed);
  ADD ("plan/dispose-clears-references", test_dispose_clears_references);

#undef ADD

  return g_test_run ();
}
