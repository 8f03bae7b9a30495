/* test-entities.c: tests of the small model types
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * PdzPartner, PdzParticipation, PdzFunding, PdzMeasurement, PdzIndicator
 * and PdzMacroarea: every property through its accessors and through
 * GObject, notify emitted once per real change and never for a no-op, the
 * change stamp of the owning plan bumped exactly when a value changes,
 * and the ownership of measurements by their indicator.
 */

#include <libpdz/pdz.h>
#include "pdz-test-util.h"
#include <libglib-testing/signal-logger.h>
#include <math.h>

#include "pdz-entity-private.h"

typedef struct
{
  PdzPlan *plan;            /* (owned) */
  GtSignalLogger *logger;   /* (owned) */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->plan = pdz_plan_new ();
  fixture->logger = gt_signal_logger_new ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_clear_pointer (&fixture->logger, gt_signal_logger_free);
  g_clear_object (&fixture->plan);
}

/* Makes @entity part of the fixture's plan, so that its setters bump the
 * plan's change stamp, and logs every notify it emits. */
static void
watch (Fixture  *fixture,
       gpointer  entity)
{
  _pdz_entity_set_owner (entity, fixture->plan);
  gt_signal_logger_connect (fixture->logger, entity, "notify");
}

/* Detaches @entity from the plan before either is freed. */
static void
unwatch (gpointer entity)
{
  _pdz_entity_set_owner (entity, NULL);
}

static guint64
stamp (Fixture *fixture)
{
  return _pdz_plan_get_stamp (fixture->plan);
}

/* Exercises a nullable string property @prop of @obj through @get/@set and
 * through g_object_get()/g_object_set(): one notify and one stamp bump per
 * real change, none for setting the same value again. */
#define CHECK_STRING_PROPERTY(fixture, obj, prop, get, set, v1, v2) \
  G_STMT_START { \
    guint64 csp_stamp = stamp (fixture); \
    g_autofree char *csp_value = NULL; \
    \
    set (obj, v1); \
    gt_signal_logger_assert_notify_emission_pop ((fixture)->logger, obj, prop); \
    gt_signal_logger_assert_no_emissions ((fixture)->logger); \
    g_assert_cmpstr (get (obj), ==, v1); \
    g_assert_cmpuint (stamp (fixture), >, csp_stamp); \
    csp_stamp = stamp (fixture); \
    \
    /* The same value, in another buffer: no notify, no stamp bump. */ \
    { \
      g_autofree char *csp_copy = g_strdup (v1); \
      set (obj, csp_copy); \
    } \
    gt_signal_logger_assert_no_emissions ((fixture)->logger); \
    g_assert_cmpuint (stamp (fixture), ==, csp_stamp); \
    \
    g_object_set (obj, prop, v2, NULL); \
    gt_signal_logger_assert_notify_emission_pop ((fixture)->logger, obj, prop); \
    gt_signal_logger_assert_no_emissions ((fixture)->logger); \
    g_assert_cmpstr (get (obj), ==, v2); \
    g_object_get (obj, prop, &csp_value, NULL); \
    g_assert_cmpstr (csp_value, ==, v2); \
    g_assert_cmpuint (stamp (fixture), >, csp_stamp); \
    csp_stamp = stamp (fixture); \
    \
    g_object_set (obj, prop, v2, NULL); \
    gt_signal_logger_assert_no_emissions ((fixture)->logger); \
    g_assert_cmpuint (stamp (fixture), ==, csp_stamp); \
    \
    set (obj, NULL); \
    gt_signal_logger_assert_notify_emission_pop ((fixture)->logger, obj, prop); \
    gt_signal_logger_assert_no_emissions ((fixture)->logger); \
    g_assert_null (get (obj)); \
    g_assert_cmpuint (stamp (fixture), >, csp_stamp); \
    csp_stamp = stamp (fixture); \
    \
    set (obj, NULL); \
    gt_signal_logger_assert_no_emissions ((fixture)->logger); \
    g_assert_cmpuint (stamp (fixture), ==, csp_stamp); \
  } G_STMT_END

/* Same for an enum property, from its default @def to @v. */
#define CHECK_ENUM_PROPERTY(fixture, obj, prop, get, set, def, v) \
  G_STMT_START { \
    guint64 cep_stamp = stamp (fixture); \
    int cep_value = -1; \
    \
    g_assert_cmpint (get (obj), ==, def); \
    set (obj, def); \
    gt_signal_logger_assert_no_emissions ((fixture)->logger); \
    g_assert_cmpuint (stamp (fixture), ==, cep_stamp); \
    \
    set (obj, v); \
    gt_signal_logger_assert_notify_emission_pop ((fixture)->logger, obj, prop); \
    gt_signal_logger_assert_no_emissions ((fixture)->logger); \
    g_assert_cmpint (get (obj), ==, v); \
    g_object_get (obj, prop, &cep_value, NULL); \
    g_assert_cmpint (cep_value, ==, v); \
    g_assert_cmpuint (stamp (fixture), >, cep_stamp); \
    cep_stamp = stamp (fixture); \
    \
    g_object_set (obj, prop, v, NULL); \
    gt_signal_logger_assert_no_emissions ((fixture)->logger); \
    g_assert_cmpuint (stamp (fixture), ==, cep_stamp); \
    \
    g_object_set (obj, prop, def, NULL); \
    gt_signal_logger_assert_notify_emission_pop ((fixture)->logger, obj, prop); \
    gt_signal_logger_assert_no_emissions ((fixture)->logger); \
    g_assert_cmpint (get (obj), ==, def); \
    g_assert_cmpuint (stamp (fixture), >, cep_stamp); \
  } G_STMT_END


/* A string property @prop of @obj refuses PDZ_TEST_NOT_UTF8, through @set and
 * through g_object_set(), with a critical: the value stays @expected, no
 * notify, no stamp bump. */
#define CHECK_UTF8_REFUSED(fixture, obj, prop, get, set, expected) \
  G_STMT_START { \
    guint64 cur_stamp = stamp (fixture); \
    \
    PDZ_TEST_EXPECT_UTF8_CRITICAL (set (obj, PDZ_TEST_NOT_UTF8)); \
    PDZ_TEST_EXPECT_UTF8_CRITICAL (g_object_set (obj, prop, PDZ_TEST_NOT_UTF8, NULL)); \
    gt_signal_logger_assert_no_emissions ((fixture)->logger); \
    g_assert_cmpstr (get (obj), ==, expected); \
    g_assert_cmpuint (stamp (fixture), ==, cur_stamp); \
  } G_STMT_END

/* Partner */

static void
test_partner_properties (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(PdzPartner) partner = pdz_partner_new ("aler", "Azienda Lombarda per l'Edilizia Residenziale");

  g_assert_cmpstr (pdz_partner_get_id (partner), ==, "aler");
  g_assert_cmpstr (pdz_partner_get_name (partner), ==, "Azienda Lombarda per l'Edilizia Residenziale");
  g_assert_null (pdz_partner_get_short_name (partner));
  g_assert_null (pdz_partner_get_website (partner));
  g_assert_cmpint (pdz_partner_get_kind (partner), ==, PDZ_PARTNER_KIND_OTHER);

  watch (fixture, partner);
  CHECK_STRING_PROPERTY (fixture, partner, "id", pdz_partner_get_id, pdz_partner_set_id,
                         "aler-milano", "aler-mi");
  CHECK_STRING_PROPERTY (fixture, partner, "name", pdz_partner_get_name, pdz_partner_set_name,
                         "ALER Milano", "Azienda Lombarda per l'Edilizia Residenziale di Milano");
  CHECK_STRING_PROPERTY (fixture, partner, "short-name", pdz_partner_get_short_name,
                         pdz_partner_set_short_name, "ALER", "ALER MI");
  CHECK_STRING_PROPERTY (fixture, partner, "website", pdz_partner_get_website,
                         pdz_partner_set_website, "https://www.aler.mi.it", "https://aler.mi.it/");
  CHECK_ENUM_PROPERTY (fixture, partner, "kind", pdz_partner_get_kind, pdz_partner_set_kind,
                       PDZ_PARTNER_KIND_OTHER, PDZ_PARTNER_KIND_HOUSING_AGENCY);
  unwatch (partner);
}

static void
test_partner_display_name (void)
{
  g_autoptr(PdzPartner) partner = pdz_partner_new ("ats", "Agenzia di Tutela della Salute");
  g_autoptr(PdzPartner) empty = g_object_new (PDZ_TYPE_PARTNER, NULL);

  g_assert_cmpstr (pdz_partner_get_display_name (partner), ==, "Agenzia di Tutela della Salute");
  pdz_partner_set_short_name (partner, "ATS");
  g_assert_cmpstr (pdz_partner_get_display_name (partner), ==, "ATS");
  /* An empty short name is no short name. */
  pdz_partner_set_short_name (partner, "");
  g_assert_cmpstr (pdz_partner_get_display_name (partner), ==, "Agenzia di Tutela della Salute");
  pdz_partner_set_short_name (partner, NULL);
  g_assert_cmpstr (pdz_partner_get_display_name (partner), ==, "Agenzia di Tutela della Salute");

  g_assert_null (pdz_partner_get_id (empty));
  g_assert_null (pdz_partner_get_display_name (empty));
}

/* Participation */

static void
test_participation_properties (Fixture       *fixture,
                               gconstpointer  user_data)
{
  g_autoptr(PdzPartner) prefettura = pdz_partner_new ("prefettura", "Prefettura di Milano");
  g_autoptr(PdzPartner) tribunale = pdz_partner_new ("tribunale", "Tribunale di Milano");
  g_autoptr(PdzParticipation) participation =
    pdz_participation_new (prefettura, PDZ_ROLE_SIGNATORY);
  g_autoptr(PdzPartner) got = NULL;
  guint64 before;

  g_assert_true (pdz_participation_get_partner (participation) == prefettura);
  g_assert_cmpint (pdz_participation_get_role (participation), ==, PDZ_ROLE_SIGNATORY);

  watch (fixture, participation);

  before = stamp (fixture);
  pdz_participation_set_partner (participation, prefettura);
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_cmpuint (stamp (fixture), ==, before);

  pdz_participation_set_partner (participation, tribunale);
  gt_signal_logger_assert_notify_emission_pop (fixture->logger, participation, "partner");
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_true (pdz_participation_get_partner (participation) == tribunale);
  g_assert_cmpuint (stamp (fixture), >, before);

  g_object_set (participation, "partner", prefettura, NULL);
  gt_signal_logger_assert_notify_emission_pop (fixture->logger, participation, "partner");
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_object_get (participation, "partner", &got, NULL);
  g_assert_true (got == prefettura);

  pdz_participation_set_role (participation, PDZ_ROLE_PARTICIPANT);
  gt_signal_logger_assert_notify_emission_pop (fixture->logger, participation, "role");
  gt_signal_logger_assert_no_emissions (fixture->logger);
  CHECK_ENUM_PROPERTY (fixture, participation, "role", pdz_participation_get_role,
                       pdz_participation_set_role, PDZ_ROLE_PARTICIPANT, PDZ_ROLE_CONTRACTOR);
  unwatch (participation);
}

static void
test_participation_default_role (void)
{
  g_autoptr(PdzPartner) partner = pdz_partner_new ("asst", "ASST Ovest Milanese");
  g_autoptr(PdzParticipation) participation =
    g_object_new (PDZ_TYPE_PARTICIPATION, "partner", partner, NULL);

  g_assert_cmpint (pdz_participation_get_role (participation), ==, PDZ_ROLE_NOT_STATED);
}

static void
test_participation_holds_partner (void)
{
  PdzPartner *partner = pdz_partner_new ("aler", "ALER");
  PdzParticipation *participation = pdz_participation_new (partner, PDZ_ROLE_PARTNER);

  /* The participation keeps its partner alive... */
  g_object_add_weak_pointer (G_OBJECT (partner), (gpointer *) &partner);
  g_object_unref (partner);
  g_assert_nonnull (partner);
  g_assert_true (pdz_participation_get_partner (participation) == partner);

  /* ...and lets it go with itself. */
  g_object_unref (participation);
  g_assert_null (partner);
}

static void
test_participation_null_partner (void)
{
  g_autoptr(PdzPartner) partner = pdz_partner_new ("aler", "ALER");
  g_autoptr(PdzParticipation) participation = pdz_participation_new (partner, PDZ_ROLE_LEAD);

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*PDZ_IS_PARTNER*");
  pdz_participation_set_partner (participation, NULL);
  g_test_assert_expected_messages ();
  g_assert_true (pdz_participation_get_partner (participation) == partner);
}

/* Funding */

static void
test_funding_properties (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(PdzFunding) funding = pdz_funding_new ("PNRR");
  gint64 amount = 0;
  guint64 before;

  g_assert_cmpstr (pdz_funding_get_source (funding), ==, "PNRR");
  g_assert_cmpint (pdz_funding_get_amount (funding), ==, PDZ_AMOUNT_UNKNOWN);
  g_assert_cmpint (pdz_funding_get_status (funding), ==, PDZ_FUNDING_STATUS_NOT_STATED);

  watch (fixture, funding);
  CHECK_STRING_PROPERTY (fixture, funding, "source", pdz_funding_get_source,
                         pdz_funding_set_source, "FNPS", "Fondo Povertà");
  CHECK_ENUM_PROPERTY (fixture, funding, "status", pdz_funding_get_status,
                       pdz_funding_set_status, PDZ_FUNDING_STATUS_NOT_STATED,
                       PDZ_FUNDING_STATUS_NOT_FUNDED);

  before = stamp (fixture);
  pdz_funding_set_amount (funding, PDZ_AMOUNT_UNKNOWN);
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_cmpuint (stamp (fixture), ==, before);

  /* Zero euro is a stated amount, distinct from "not stated". */
  pdz_funding_set_amount (funding, 0);
  gt_signal_logger_assert_notify_emission_pop (fixture->logger, funding, "amount");
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_cmpint (pdz_funding_get_amount (funding), ==, 0);
  g_assert_cmpuint (stamp (fixture), >, before);

  /* Large amounts in cents are exact. */
  g_object_set (funding, "amount", G_GINT64_CONSTANT (900719925474099312), NULL);
  gt_signal_logger_assert_notify_emission_pop (fixture->logger, funding, "amount");
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_object_get (funding, "amount", &amount, NULL);
  g_assert_cmpint (amount, ==, G_GINT64_CONSTANT (900719925474099312));

  pdz_funding_set_amount (funding, 125000);
  gt_signal_logger_assert_notify_emission_pop (fixture->logger, funding, "amount");
  gt_signal_logger_assert_no_emissions (fixture->logger);
  before = stamp (fixture);
  pdz_funding_set_amount (funding, 125000);
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_cmpuint (stamp (fixture), ==, before);

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*amount >= PDZ_AMOUNT_UNKNOWN*");
  pdz_funding_set_amount (funding, -2);
  g_test_assert_expected_messages ();
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_cmpint (pdz_funding_get_amount (funding), ==, 125000);

  pdz_funding_set_amount (funding, PDZ_AMOUNT_UNKNOWN);
  gt_signal_logger_assert_notify_emission_pop (fixture->logger, funding, "amount");
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_cmpint (pdz_funding_get_amount (funding), ==, PDZ_AMOUNT_UNKNOWN);
  unwatch (funding);
}

static void
test_funding_amount_pspec (void)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (PDZ_TYPE_FUNDING);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), "amount");
  GParamSpecInt64 *int64_pspec;

  g_assert_nonnull (pspec);
  g_assert_true (G_IS_PARAM_SPEC_INT64 (pspec));
  int64_pspec = G_PARAM_SPEC_INT64 (pspec);
  g_assert_cmpint (int64_pspec->minimum, ==, PDZ_AMOUNT_UNKNOWN);
  g_assert_cmpint (int64_pspec->maximum, ==, G_MAXINT64);
  g_assert_cmpint (int64_pspec->default_value, ==, PDZ_AMOUNT_UNKNOWN);
}

/* Measurement */

static void
test_measurement_properties (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(PdzDate) november = pdz_date_new_month (2023, 11);
  g_autoptr(PdzDate) november_again = pdz_date_new_month (2023, 11);
  g_autoptr(PdzDate) day = pdz_date_new_day (2023, 11, 1);
  g_autoptr(PdzMeasurement) measurement = pdz_measurement_new (november, 42.0);
  g_autoptr(PdzDate) got = NULL;
  double value = 0.0;
  guint64 before;

  /* The date is copied. */
  g_assert_nonnull (pdz_measurement_get_date (measurement));
  g_assert_true (pdz_measurement_get_date (measurement) != november);
  g_assert_true (pdz_date_equal (pdz_measurement_get_date (measurement), november));
  g_assert_cmpfloat (pdz_measurement_get_value (measurement), ==, 42.0);
  g_assert_null (pdz_measurement_get_note (measurement));

  watch (fixture, measurement);

  /* An equal date is no change. */
  before = stamp (fixture);
  pdz_measurement_set_date (measurement, november_again);
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_cmpuint (stamp (fixture), ==, before);

  /* A date that starts on the same day, but at another precision, is. */
  pdz_measurement_set_date (measurement, day);
  gt_signal_logger_assert_notify_emission_pop (fixture->logger, measurement, "date");
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_true (pdz_date_equal (pdz_measurement_get_date (measurement), day));
  g_assert_cmpuint (stamp (fixture), >, before);

  g_object_get (measurement, "date", &got, NULL);
  g_assert_true (pdz_date_equal (got, day));

  g_object_set (measurement, "date", NULL, NULL);
  gt_signal_logger_assert_notify_emission_pop (fixture->logger, measurement, "date");
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_null (pdz_measurement_get_date (measurement));
  pdz_measurement_set_date (measurement, NULL);
  gt_signal_logger_assert_no_emissions (fixture->logger);

  g_object_set (measurement, "date", november, NULL);
  gt_signal_logger_assert_notify_emission_pop (fixture->logger, measurement, "date");
  gt_signal_logger_assert_no_emissions (fixture->logger);

  before = stamp (fixture);
  pdz_measurement_set_value (measurement, 42.0);
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_cmpuint (stamp (fixture), ==, before);
  pdz_measurement_set_value (measurement, 12.5);
  gt_signal_logger_assert_notify_emission_pop (fixture->logger, measurement, "value");
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_cmpfloat (pdz_measurement_get_value (measurement), ==, 12.5);
  g_assert_cmpuint (stamp (fixture), >, before);
  g_object_set (measurement, "value", -3.25, NULL);
  gt_signal_logger_assert_notify_emission_pop (fixture->logger, measurement, "value");
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_object_get (measurement, "value", &value, NULL);
  g_assert_cmpfloat (value, ==, -3.25);

  /* A value the file format cannot spell (infinite or NaN) is refused,
   * and the value stays as it was: through the setter with a critical,
   * through GObject with GObject's out-of-range warning. */
  before = stamp (fixture);
  {
    const double non_finite[] = { NAN, INFINITY, -INFINITY };

    for (guint i = 0; i < G_N_ELEMENTS (non_finite); i++)
      {
        g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*isfinite (value)*");
        pdz_measurement_set_value (measurement, non_finite[i]);
        g_test_assert_expected_messages ();
        g_test_expect_message ("GLib-GObject", G_LOG_LEVEL_WARNING, "*out of range*");
        g_object_set (measurement, "value", non_finite[i], NULL);
        g_test_assert_expected_messages ();
        gt_signal_logger_assert_no_emissions (fixture->logger);
        g_assert_cmpfloat (pdz_measurement_get_value (measurement), ==, -3.25);
      }
  }
  g_assert_cmpuint (stamp (fixture), ==, before);

  CHECK_STRING_PROPERTY (fixture, measurement, "note", pdz_measurement_get_note,
                         pdz_measurement_set_note, "fonte: cartella sociale", "stima");
  unwatch (measurement);
}

static void
test_measurement_no_date (void)
{
  g_autoptr(PdzMeasurement) measurement = pdz_measurement_new (NULL, 0.5);

  g_assert_null (pdz_measurement_get_date (measurement));
  g_assert_cmpfloat (pdz_measurement_get_value (measurement), ==, 0.5);
}

/* The constructor refuses a value that is not finite as the setter does;
 * the largest finite values are fine. */
static void
test_measurement_new_non_finite (void)
{
  const double non_finite[] = { NAN, INFINITY, -INFINITY };
  g_autoptr(PdzMeasurement) largest = pdz_measurement_new (NULL, G_MAXDOUBLE);
  g_autoptr(PdzMeasurement) lowest = pdz_measurement_new (NULL, -G_MAXDOUBLE);

  g_assert_cmpfloat (pdz_measurement_get_value (largest), ==, G_MAXDOUBLE);
  g_assert_cmpfloat (pdz_measurement_get_value (lowest), ==, -G_MAXDOUBLE);

  for (guint i = 0; i < G_N_ELEMENTS (non_finite); i++)
    {
      g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*isfinite (value)*");
      g_assert_null (pdz_measurement_new (NULL, non_finite[i]));
      g_test_assert_expected_messages ();
    }
}

/* Macroarea */

static void
test_macroarea_properties (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(PdzMacroarea) macroarea = pdz_macroarea_new ("abitare", "Politiche abitative");

  g_assert_cmpstr (pdz_macroarea_get_id (macroarea), ==, "abitare");
  g_assert_cmpstr (pdz_macroarea_get_title (macroarea), ==, "Politiche abitative");
  g_assert_null (pdz_macroarea_get_code (macroarea));
  g_assert_null (pdz_macroarea_get_plan (macroarea));

  watch (fixture, macroarea);
  g_assert_true (pdz_macroarea_get_plan (macroarea) == fixture->plan);
  CHECK_STRING_PROPERTY (fixture, macroarea, "id", pdz_macroarea_get_id,
                         pdz_macroarea_set_id, "casa", "politiche-abitative");
  CHECK_STRING_PROPERTY (fixture, macroarea, "title", pdz_macroarea_get_title,
                         pdz_macroarea_set_title, "Politiche per la casa", "Abitare");
  CHECK_STRING_PROPERTY (fixture, macroarea, "code", pdz_macroarea_get_code,
                         pdz_macroarea_set_code, "A", "B");
  unwatch (macroarea);
  g_assert_null (pdz_macroarea_get_plan (macroarea));
}

/* Indicator */

static void
test_indicator_properties (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(PdzIndicator) indicator = pdz_indicator_new ("ind-1", "Famiglie prese in carico");

  g_assert_cmpstr (pdz_indicator_get_id (indicator), ==, "ind-1");
  g_assert_cmpstr (pdz_indicator_get_title (indicator), ==, "Famiglie prese in carico");
  g_assert_null (pdz_indicator_get_unit (indicator));
  g_assert_null (pdz_indicator_get_baseline (indicator));
  g_assert_null (pdz_indicator_get_target (indicator));
  g_assert_null (pdz_indicator_get_objective (indicator));
  g_assert_cmpuint (g_list_model_get_n_items (pdz_indicator_get_measurements (indicator)), ==, 0);
  g_assert_true (g_list_model_get_item_type (pdz_indicator_get_measurements (indicator)) ==
                 PDZ_TYPE_MEASUREMENT);

  watch (fixture, indicator);
  CHECK_STRING_PROPERTY (fixture, indicator, "id", pdz_indicator_get_id,
                         pdz_indicator_set_id, "ind-famiglie", "ind-2");
  CHECK_STRING_PROPERTY (fixture, indicator, "title", pdz_indicator_get_title,
                         pdz_indicator_set_title, "Famiglie in carico", "Nuclei seguiti");
  CHECK_STRING_PROPERTY (fixture, indicator, "unit", pdz_indicator_get_unit,
                         pdz_indicator_set_unit, "famiglie", "%");
  unwatch (indicator);
}

static void
test_indicator_baseline_target (Fixture       *fixture,
                                gconstpointer  user_data)
{
  g_autoptr(PdzIndicator) indicator = pdz_indicator_new ("ind", "Indicatore");
  g_autoptr(PdzDate) year = pdz_date_new_year (2021);
  g_autoptr(PdzMeasurement) baseline = pdz_measurement_new (year, 10);
  g_autoptr(PdzMeasurement) baseline2 = pdz_measurement_new (NULL, 12);
  g_autoptr(PdzMeasurement) target = pdz_measurement_new (NULL, 50);
  g_autoptr(PdzMeasurement) got = NULL;
  guint64 before;

  watch (fixture, indicator);

  before = stamp (fixture);
  pdz_indicator_set_baseline (indicator, baseline);
  gt_signal_logger_assert_notify_emission_pop (fixture->logger, indicator, "baseline");
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_true (pdz_indicator_get_baseline (indicator) == baseline);
  g_assert_true (_pdz_entity_get_owner (baseline) == G_OBJECT (indicator));
  g_assert_cmpuint (stamp (fixture), >, before);

  /* Setters of the measurement now reach the plan through the indicator. */
  before = stamp (fixture);
  pdz_measurement_set_value (baseline, 11);
  g_assert_cmpuint (stamp (fixture), >, before);

  before = stamp (fixture);
  pdz_indicator_set_baseline (indicator, baseline);
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_cmpuint (stamp (fixture), ==, before);

  /* Replacing the baseline releases the old one. */
  g_object_set (indicator, "baseline", baseline2, NULL);
  gt_signal_logger_assert_notify_emission_pop (fixture->logger, indicator, "baseline");
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_null (_pdz_entity_get_owner (baseline));
  g_assert_true (_pdz_entity_get_owner (baseline2) == G_OBJECT (indicator));
  g_object_get (indicator, "baseline", &got, NULL);
  g_assert_true (got == baseline2);

  pdz_indicator_set_target (indicator, target);
  gt_signal_logger_assert_notify_emission_pop (fixture->logger, indicator, "target");
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_true (pdz_indicator_get_target (indicator) == target);
  g_assert_true (_pdz_entity_get_owner (target) == G_OBJECT (indicator));

  /* A measurement that belongs to another indicator is refused. */
  {
    g_autoptr(PdzIndicator) other = pdz_indicator_new ("other", "Altro");

    g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*can_take*");
    pdz_indicator_set_target (other, target);
    g_test_assert_expected_messages ();
    g_assert_null (pdz_indicator_get_target (other));
    g_assert_true (_pdz_entity_get_owner (target) == G_OBJECT (indicator));
  }

  pdz_indicator_set_baseline (indicator, NULL);
  gt_signal_logger_assert_notify_emission_pop (fixture->logger, indicator, "baseline");
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_null (pdz_indicator_get_baseline (indicator));
  g_assert_null (_pdz_entity_get_owner (baseline2));

  g_object_set (indicator, "target", NULL, NULL);
  gt_signal_logger_assert_notify_emission_pop (fixture->logger, indicator, "target");
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_null (_pdz_entity_get_owner (target));

  unwatch (indicator);
}

static void
test_indicator_measurements (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(PdzIndicator) indicator = pdz_indicator_new ("ind", "Indicatore");
  GListModel *measurements = pdz_indicator_get_measurements (indicator);
  g_autoptr(PdzDate) d2022 = pdz_date_new_year (2022);
  g_autoptr(PdzDate) d2023 = pdz_date_new_month (2023, 6);
  g_autoptr(PdzMeasurement) m1 = pdz_measurement_new (d2022, 1);
  g_autoptr(PdzMeasurement) m2 = pdz_measurement_new (d2023, 2);
  g_autoptr(PdzMeasurement) m3 = pdz_measurement_new (d2022, 3);
  g_autoptr(PdzMeasurement) stranger = pdz_measurement_new (d2022, 4);
  g_autoptr(PdzMeasurement) item = NULL;
  guint position = G_MAXUINT, removed = G_MAXUINT, added = G_MAXUINT;
  guint64 before;

  watch (fixture, indicator);
  gt_signal_logger_connect (fixture->logger, measurements, "items-changed");

  before = stamp (fixture);
  pdz_indicator_add_measurement (indicator, m1);
  gt_signal_logger_assert_emission_pop (fixture->logger, measurements, "items-changed",
                                        &position, &removed, &added);
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpuint (removed, ==, 0);
  g_assert_cmpuint (added, ==, 1);
  g_assert_true (_pdz_entity_get_owner (m1) == G_OBJECT (indicator));
  g_assert_cmpuint (stamp (fixture), >, before);

  pdz_indicator_add_measurement (indicator, m2);
  gt_signal_logger_assert_emission_pop (fixture->logger, measurements, "items-changed",
                                        &position, &removed, &added);
  g_assert_cmpuint (position, ==, 1);
  g_assert_cmpuint (removed, ==, 0);
  g_assert_cmpuint (added, ==, 1);
  pdz_indicator_add_measurement (indicator, m3);
  gt_signal_logger_assert_emission_pop (fixture->logger, measurements, "items-changed",
                                        &position, &removed, &added);
  g_assert_cmpuint (position, ==, 2);
  gt_signal_logger_assert_no_emissions (fixture->logger);

  g_assert_cmpuint (g_list_model_get_n_items (measurements), ==, 3);
  item = g_list_model_get_item (measurements, 1);
  g_assert_true (item == m2);
  g_clear_object (&item);

  /* A measurement cannot be added twice, nor to two indicators. */
  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*_pdz_entity_get_owner*");
  pdz_indicator_add_measurement (indicator, m1);
  g_test_assert_expected_messages ();
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_cmpuint (g_list_model_get_n_items (measurements), ==, 3);

  /* Removing something that is not there changes nothing. */
  before = stamp (fixture);
  g_assert_false (pdz_indicator_remove_measurement (indicator, stranger));
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_cmpuint (stamp (fixture), ==, before);

  g_assert_true (pdz_indicator_remove_measurement (indicator, m2));
  gt_signal_logger_assert_emission_pop (fixture->logger, measurements, "items-changed",
                                        &position, &removed, &added);
  gt_signal_logger_assert_no_emissions (fixture->logger);
  g_assert_cmpuint (position, ==, 1);
  g_assert_cmpuint (removed, ==, 1);
  g_assert_cmpuint (added, ==, 0);
  g_assert_null (_pdz_entity_get_owner (m2));
  g_assert_cmpuint (g_list_model_get_n_items (measurements), ==, 2);
  g_assert_cmpuint (stamp (fixture), >, before);

  g_assert_false (pdz_indicator_remove_measurement (indicator, m2));
  gt_signal_logger_assert_no_emissions (fixture->logger);

  /* Once removed, it can go to another indicator. */
  {
    g_autoptr(PdzIndicator) other = pdz_indicator_new ("other", "Altro");

    pdz_indicator_add_measurement (other, m2);
    g_assert_true (_pdz_entity_get_owner (m2) == G_OBJECT (other));
  }
  /* ...whose dispose lets it go again. */
  g_assert_null (_pdz_entity_get_owner (m2));

  unwatch (indicator);
}

static void
test_indicator_latest_measurement (void)
{
  g_autoptr(PdzIndicator) indicator = pdz_indicator_new ("ind", "Indicatore");
  g_autoptr(PdzDate) y2023 = pdz_date_new_year (2023);
  g_autoptr(PdzDate) dec2023 = pdz_date_new_month (2023, 12);
  g_autoptr(PdzDate) jan2023 = pdz_date_new_month (2023, 1);
  g_autoptr(PdzDate) jan2023_1 = pdz_date_new_day (2023, 1, 1);
  g_autoptr(PdzMeasurement) undated = pdz_measurement_new (NULL, 0);
  g_autoptr(PdzMeasurement) m_dec = pdz_measurement_new (dec2023, 1);
  g_autoptr(PdzMeasurement) m_year = pdz_measurement_new (y2023, 2);
  g_autoptr(PdzMeasurement) m_dec_again = pdz_measurement_new (dec2023, 3);
  g_autoptr(PdzMeasurement) m_jan = pdz_measurement_new (jan2023, 4);
  g_autoptr(PdzMeasurement) m_jan_1 = pdz_measurement_new (jan2023_1, 5);

  g_assert_null (pdz_indicator_get_latest_measurement (indicator));

  /* Measurements without a date do not count. */
  pdz_indicator_add_measurement (indicator, undated);
  g_assert_null (pdz_indicator_get_latest_measurement (indicator));

  pdz_indicator_add_measurement (indicator, m_dec);
  g_assert_true (pdz_indicator_get_latest_measurement (indicator) == m_dec);

  /* "2023" comes before "2023-12": not the latest, even added later. */
  pdz_indicator_add_measurement (indicator, m_year);
  g_assert_true (pdz_indicator_get_latest_measurement (indicator) == m_dec);

  /* Equal dates: the one added later wins. */
  pdz_indicator_add_measurement (indicator, m_dec_again);
  g_assert_true (pdz_indicator_get_latest_measurement (indicator) == m_dec_again);

  g_assert_true (pdz_indicator_remove_measurement (indicator, m_dec_again));
  g_assert_true (pdz_indicator_get_latest_measurement (indicator) == m_dec);
  g_assert_true (pdz_indicator_remove_measurement (indicator, m_dec));
  g_assert_true (pdz_indicator_get_latest_measurement (indicator) == m_year);

  /* "2023" < "2023-01" < "2023-01-01". */
  pdz_indicator_add_measurement (indicator, m_jan_1);
  pdz_indicator_add_measurement (indicator, m_jan);
  g_assert_true (pdz_indicator_get_latest_measurement (indicator) == m_jan_1);

  /* The date of a measurement can change after it was added. */
  pdz_measurement_set_date (m_jan, dec2023);
  g_assert_true (pdz_indicator_get_latest_measurement (indicator) == m_jan);
  pdz_measurement_set_date (m_jan, NULL);
  g_assert_true (pdz_indicator_get_latest_measurement (indicator) == m_jan_1);
}

static void
test_indicator_dispose_disowns (void)
{
  PdzIndicator *indicator = pdz_indicator_new ("ind", "Indicatore");
  g_autoptr(PdzDate) date = pdz_date_new_year (2023);
  g_autoptr(PdzMeasurement) measurement = pdz_measurement_new (date, 1);
  g_autoptr(PdzMeasurement) baseline = pdz_measurement_new (NULL, 0);
  g_autoptr(PdzMeasurement) target = pdz_measurement_new (NULL, 2);

  pdz_indicator_add_measurement (indicator, measurement);
  pdz_indicator_set_baseline (indicator, baseline);
  pdz_indicator_set_target (indicator, target);
  g_assert_true (_pdz_entity_get_owner (measurement) == G_OBJECT (indicator));

  /* The measurements outlive the indicator: their owner must not dangle. */
  g_object_unref (indicator);
  g_assert_null (_pdz_entity_get_owner (measurement));
  g_assert_null (_pdz_entity_get_owner (baseline));
  g_assert_null (_pdz_entity_get_owner (target));

  /* Setting a value now reaches no plan, and must not crash. */
  pdz_measurement_set_value (measurement, 7);
}

static void
test_indicator_objective (void)
{
  g_autoptr(PdzIndicator) indicator = pdz_indicator_new ("ind", "Indicatore");
  g_autoptr(PdzObjective) objective = pdz_objective_new ("obj", "Obiettivo");
  g_autoptr(PdzPlan) plan = pdz_plan_new ();

  g_assert_null (pdz_indicator_get_objective (indicator));

  _pdz_entity_set_owner (indicator, objective);
  g_assert_true (pdz_indicator_get_objective (indicator) == objective);

  /* An owner that is not an objective is not returned as one. */
  _pdz_entity_set_owner (indicator, plan);
  g_assert_null (pdz_indicator_get_objective (indicator));

  _pdz_entity_set_owner (indicator, NULL);
  g_assert_null (pdz_indicator_get_objective (indicator));
}

/* Every string property of the small types refuses text that is not
 * UTF-8 (it could be neither saved nor shown), and keeps its value. */
static void
test_invalid_utf8 (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(PdzPartner) partner = pdz_partner_new ("aler", "ALER Milano");
  g_autoptr(PdzFunding) funding = pdz_funding_new ("PNRR");
  g_autoptr(PdzMeasurement) measurement = pdz_measurement_new (NULL, 1);
  g_autoptr(PdzIndicator) indicator = pdz_indicator_new ("ind", "Indicatore");
  g_autoptr(PdzMacroarea) macroarea = pdz_macroarea_new ("abitare", "Abitare");

  pdz_partner_set_short_name (partner, "ALER");
  pdz_partner_set_website (partner, "https://www.aler.mi.it");
  pdz_measurement_set_note (measurement, "stima");
  pdz_indicator_set_unit (indicator, "famiglie");
  pdz_macroarea_set_code (macroarea, "A");

  watch (fixture, partner);
  CHECK_UTF8_REFUSED (fixture, partner, "id", pdz_partner_get_id, pdz_partner_set_id, "aler");
  CHECK_UTF8_REFUSED (fixture, partner, "name", pdz_partner_get_name, pdz_partner_set_name,
                      "ALER Milano");
  CHECK_UTF8_REFUSED (fixture, partner, "short-name", pdz_partner_get_short_name,
                      pdz_partner_set_short_name, "ALER");
  CHECK_UTF8_REFUSED (fixture, partner, "website", pdz_partner_get_website,
                      pdz_partner_set_website, "https://www.aler.mi.it");
  unwatch (partner);

  watch (fixture, funding);
  CHECK_UTF8_REFUSED (fixture, funding, "source", pdz_funding_get_source,
                      pdz_funding_set_source, "PNRR");
  unwatch (funding);

  watch (fixture, measurement);
  CHECK_UTF8_REFUSED (fixture, measurement, "note", pdz_measurement_get_note,
                      pdz_measurement_set_note, "stima");
  unwatch (measurement);

  watch (fixture, indicator);
  CHECK_UTF8_REFUSED (fixture, indicator, "id", pdz_indicator_get_id, pdz_indicator_set_id, "ind");
  CHECK_UTF8_REFUSED (fixture, indicator, "title", pdz_indicator_get_title,
                      pdz_indicator_set_title, "Indicatore");
  CHECK_UTF8_REFUSED (fixture, indicator, "unit", pdz_indicator_get_unit,
                      pdz_indicator_set_unit, "famiglie");
  unwatch (indicator);

  watch (fixture, macroarea);
  CHECK_UTF8_REFUSED (fixture, macroarea, "id", pdz_macroarea_get_id, pdz_macroarea_set_id,
                      "abitare");
  CHECK_UTF8_REFUSED (fixture, macroarea, "title", pdz_macroarea_get_title,
                      pdz_macroarea_set_title, "Abitare");
  CHECK_UTF8_REFUSED (fixture, macroarea, "code", pdz_macroarea_get_code,
                      pdz_macroarea_set_code, "A");
  unwatch (macroarea);
}

/* The constructors refuse it too, rather than build a half-set object. */
static void
test_new_invalid_utf8 (void)
{
  PDZ_TEST_EXPECT_UTF8_CRITICAL (g_assert_null (pdz_partner_new ("a", PDZ_TEST_NOT_UTF8)));

  PDZ_TEST_EXPECT_UTF8_CRITICAL (g_assert_null (pdz_partner_new (PDZ_TEST_NOT_UTF8, "A")));

  PDZ_TEST_EXPECT_UTF8_CRITICAL (g_assert_null (pdz_funding_new (PDZ_TEST_NOT_UTF8)));

  PDZ_TEST_EXPECT_UTF8_CRITICAL (g_assert_null (pdz_indicator_new (PDZ_TEST_NOT_UTF8, "I")));

  PDZ_TEST_EXPECT_UTF8_CRITICAL (g_assert_null (pdz_indicator_new ("i", PDZ_TEST_NOT_UTF8)));

  PDZ_TEST_EXPECT_UTF8_CRITICAL (g_assert_null (pdz_macroarea_new (PDZ_TEST_NOT_UTF8, "M")));

  PDZ_TEST_EXPECT_UTF8_CRITICAL (g_assert_null (pdz_macroarea_new ("m", PDZ_TEST_NOT_UTF8)));
}

static void
test_new_invalid (void)
{
  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*id != NULL*");
  g_assert_null (pdz_partner_new (NULL, "x"));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*PDZ_IS_PARTNER*");
  g_assert_null (pdz_participation_new (NULL, PDZ_ROLE_LEAD));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*source != NULL*");
  g_assert_null (pdz_funding_new (NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*title != NULL*");
  g_assert_null (pdz_indicator_new ("x", NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*title != NULL*");
  g_assert_null (pdz_macroarea_new ("x", NULL));
  g_test_assert_expected_messages ();
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/pdz/entities/partner/properties", test_partner_properties);
  g_test_add_func ("/pdz/entities/partner/display-name", test_partner_display_name);
  ADD ("/pdz/entities/participation/properties", test_participation_properties);
  g_test_add_func ("/pdz/entities/participation/default-role", test_participation_default_role);
  g_test_add_func ("/pdz/entities/participation/holds-partner", test_participation_holds_partner);
  g_test_add_func ("/pdz/entities/participation/null-partner", test_participation_null_partner);
  ADD ("/pdz/entities/funding/properties", test_funding_properties);
  g_test_add_func ("/pdz/entities/funding/amount-pspec", test_funding_amount_pspec);
  ADD ("/pdz/entities/measurement/properties", test_measurement_properties);
  g_test_add_func ("/pdz/entities/measurement/no-date", test_measurement_no_date);
  g_test_add_func ("/pdz/entities/measurement/new-non-finite", test_measurement_new_non_finite);
  ADD ("/pdz/entities/macroarea/properties", test_macroarea_properties);
  ADD ("/pdz/entities/indicator/properties", test_indicator_properties);
  ADD ("/pdz/entities/indicator/baseline-target", test_indicator_baseline_target);
  ADD ("/pdz/entities/indicator/measurements", test_indicator_measurements);
  g_test_add_func ("/pdz/entities/indicator/latest-measurement", test_indicator_latest_measurement);
  g_test_add_func ("/pdz/entities/indicator/dispose", test_indicator_dispose_disowns);
  g_test_add_func ("/pdz/entities/indicator/objective", test_indicator_objective);
  ADD ("/pdz/entities/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/pdz/entities/new/invalid", test_new_invalid);
  g_test_add_func ("/pdz/entities/new/invalid-utf8", test_new_invalid_utf8);

#undef ADD

  return g_test_run ();
}
