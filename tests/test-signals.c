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
         pdz_action_get_participations (f->action),
         pdz_action_get_projects (f->action),
         pdz_action_get_fundings (f->action), NULL);
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
              PDZ_STATUS_PLANNED, PDZ_STATUS_IN_PROGRESS);
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
              PDZ_STATUS_PLANNED, PDZ_STATUS_COMPLETED);
  CHECK_DATE (f, f->action, "date", pdz_action_get_date, pdz_action_set_date);
  CHECK_DATE (f, f->action, "end-date", pdz_action_get_end_date, pdz_action_set_end_date);
  CHECK_STRV (f, f->action, "links", pdz_action_get_links, pdz_action_set_links);

  /* extra: any true value is TRUE. */
  pdz_action_set_extra (f->action, FALSE);
  ASSERT_QUIET (f);
  pdz_action_set_extra (f->action, TRUE);
  ASSERT_NOTIFY (f, f->action, "extra");
  g_assert_true (pdz_action_get_extra (f->action));
  pdz_action_set_extra (f->action, 2);
  ASSERT_QUIET (f);
  g_assert_true (pdz_action_get_extra (f->action) == TRUE);
  pdz_action_set_extra (f->action, FALSE);
  ASSERT_NOTIFY (f, f->action, "extra");

  g_object_set (f->action, "extra", TRUE, NULL);
  ASSERT_NOTIFY (f, f->action, "extra");
  g_object_set (f->action, "extra", TRUE, NULL);
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
              PDZ_STATUS_PLANNED, PDZ_STATUS_SUSPENDED);
  CHECK_ENUM (f, f->project, "scope", pdz_project_get_scope, pdz_project_set_scope,
              PDZ_SCOPE_AMBITO, PDZ_SCOPE_SOVRA_AMBITO);
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
  pdz_action_add_participation (f->action, participation);
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
  g_assert_true (pdz_plan_remove_municipality (f->plan, ats));
  assert_items_changed (f, municipalities, 0, 1, 0);
  g_assert_false (pdz_plan_remove_municipality (f->plan, ats));
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

  pdz_objective_add_participation (f->objective, p1);
  assert_items_changed (f, participations, 0, 0, 1);
  pdz_objective_add_participation (f->objective, p2);
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

  pdz_action_add_participation (f->action, p1);
  assert_items_changed (f, participations, 0, 0, 1);
  pdz_action_add_participation (f->action, p2);
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

  pdz_project_add_participation (f->project, p1);
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
  ADD ("project/items-changed", test_project_items_changed);
  ADD ("plan/dispose-clears-references", test_dispose_clears_references);

#undef ADD

  return g_test_run ();
}
