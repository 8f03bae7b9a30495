/* test-plan.c: tests of the plan and its containers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * PdzPlan, PdzObjective, PdzAction and PdzProject: building a plan through
 * the API, ids checked when entities are added, lookups and their indexes
 * kept fresh, removals refused while something still references the
 * entity, municipalities, ownership, the reference cycle broken when the
 * plan is disposed, and loading and saving files.
 */

#include <glib/gstdio.h>
#include <libpdz/pdz.h>
#include "pdz-test-util.h"
#include <string.h>

#include "pdz-entity-private.h"
#include "pdz-plan-index-private.h"

/* A small plan in the file format (doc/format.md). */
static const char tiny_plan_json[] =
  "{\n"
  "  \"format\": \"pdz\",\n"
  "  \"version\": 1,\n"
  "  \"id\": \"tiny\",\n"
  "  \"title\": \"Piano di Zona 2021-2023\",\n"
  "  \"partners\": [\n"
  "    { \"id\": \"corsico\", \"name\": \"Comune di Corsico\", \"kind\": \"municipality\" }\n"
  "  ],\n"
  "  \"municipalities\": [\"corsico\"],\n"
  "  \"objectives\": [\n"
  "    {\n"
  "      \"id\": \"portale\",\n"
  "      \"title\": \"Portale dell'Ambito territoriale\",\n"
  "      \"status\": \"completed\",\n"
  "      \"actions\": [\n"
  "        { \"id\": \"online\", \"title\": \"Rilascio on line\", \"status\": \"completed\",\n"
  "          \"partners\": [ { \"partner\": \"corsico\", \"role\": \"lead\" } ] }\n"
  "      ]\n"
  "    }\n"
  "  ]\n"
  "}\n";

typedef struct
{
  PdzPlan *plan;              /* (owned) */
  char *tmpdir;               /* (owned) */

  /* The rest are borrowed from the plan: see fixture_set_up(). */
  PdzPartner *corsico;
  PdzPartner *buccinasco;
  PdzPartner *aler;
  PdzPartner *prefettura;
  PdzMacroarea *abitare;
  PdzMacroarea *digitale;
  PdzObjective *emergenza;
  PdzAction *valorizzazione;
  PdzAction *escomio;
  PdzIndicator *sfratti;
  PdzObjective *portale;
  PdzAction *online;
  PdzIndicator *accessi;
  PdzProject *partecipe;
  PdzAction *prins;
} Fixture;

static PdzPartner *
add_partner (PdzPlan        *plan,
             const char     *id,
             const char     *name,
             PdzPartnerKind  kind)
{
  PdzPartner *partner = pdz_partner_new (id, name);
  g_autoptr(GError) error = NULL;

  pdz_partner_set_kind (partner, kind);
  g_assert_true (pdz_plan_add_partner (plan, partner, &error));
  g_assert_no_error (error);
  g_object_unref (partner);   /* the plan holds it now */

  return partner;
}

static PdzMacroarea *
add_macroarea (PdzPlan    *plan,
               const char *id,
               const char *title)
{
  PdzMacroarea *macroarea = pdz_macroarea_new (id, title);
  g_autoptr(GError) error = NULL;

  g_assert_true (pdz_plan_add_macroarea (plan, macroarea, &error));
  g_assert_no_error (error);
  g_object_unref (macroarea);

  return macroarea;
}

static PdzAction *
add_objective_action (PdzObjective *objective,
                      const char   *id,
                      const char   *title)
{
  PdzAction *action = pdz_action_new (id, title);
  g_autoptr(GError) error = NULL;

  g_assert_true (pdz_objective_add_action (objective, action, &error));
  g_assert_no_error (error);
  g_object_unref (action);

  return action;
}

static PdzAction *
add_project_action (PdzProject *project,
                    const char *id,
                    const char *title)
{
  PdzAction *action = pdz_action_new (id, title);
  g_autoptr(GError) error = NULL;

  g_assert_true (pdz_project_add_action (project, action, &error));
  g_assert_no_error (error);
  g_object_unref (action);

  return action;
}

static PdzIndicator *
add_indicator (PdzObjective *objective,
               const char   *id,
               const char   *title)
{
  PdzIndicator *indicator = pdz_indicator_new (id, title);
  g_autoptr(GError) error = NULL;

  g_assert_true (pdz_objective_add_indicator (objective, indicator, &error));
  g_assert_no_error (error);
  g_object_unref (indicator);

  return indicator;
}

static PdzParticipation *
participation (PdzPartner *partner,
               PdzRole     role)
{
  /* (transfer full): the caller adds it and drops its reference */
  return pdz_participation_new (partner, role);
}

/* The plan, by JSON pointer:
 *
 *   /municipalities: corsico, buccinasco; /lead-municipality: corsico
 *   /partners: corsico, buccinasco, aler, prefettura
 *   /macroareas: abitare, digitale
 *   /objectives/0 emergenza (macroarea abitare)
 *     indicators: sfratti
 *     actions/0 valorizzazione: partners [aler], projects [partecipe]
 *     actions/1 escomio: partners [prefettura]
 *   /objectives/1 portale (macroarea digitale): partners [corsico]
 *     indicators: accessi
 *     actions/0 online
 *   /projects/0 partecipe: lead corsico, partners [corsico],
 *     objectives [emergenza], actions/0 prins: partners [corsico]
 *
 * emergenza is built before it joins the plan, portale after: both paths
 * of the id checks are taken. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzObjective) emergenza = NULL;
  g_autoptr(PdzObjective) portale = NULL;
  g_autoptr(PdzProject) partecipe = NULL;
  g_autoptr(PdzParticipation) p1 = NULL;
  g_autoptr(PdzParticipation) p2 = NULL;
  g_autoptr(PdzParticipation) p3 = NULL;
  g_autoptr(PdzParticipation) p4 = NULL;
  g_autoptr(PdzParticipation) p5 = NULL;

  f->tmpdir = g_dir_make_tmp ("pdz-test-plan-XXXXXX", &error);
  g_assert_no_error (error);

  f->plan = pdz_plan_new ();
  pdz_plan_set_id (f->plan, "corsichese-2021-2023");

  f->corsico = add_partner (f->plan, "corsico", "Comune di Corsico", PDZ_PARTNER_KIND_MUNICIPALITY);
  f->buccinasco = add_partner (f->plan, "buccinasco", "Comune di Buccinasco", PDZ_PARTNER_KIND_MUNICIPALITY);
  f->aler = add_partner (f->plan, "aler", "ALER Milano", PDZ_PARTNER_KIND_HOUSING_AGENCY);
  f->prefettura = add_partner (f->plan, "prefettura", "Prefettura di Milano", PDZ_PARTNER_KIND_PREFECTURE);
  g_assert_true (pdz_plan_add_municipality (f->plan, f->corsico, &error));
  g_assert_no_error (error);
  g_assert_true (pdz_plan_add_municipality (f->plan, f->buccinasco, &error));
  g_assert_no_error (error);
  pdz_plan_set_lead_municipality (f->plan, f->corsico);

  f->abitare = add_macroarea (f->plan, "abitare", "Politiche abitative");
  f->digitale = add_macroarea (f->plan, "digitale", "Digitalizzazione dei servizi");

  /* Built first, then added. */
  emergenza = pdz_objective_new ("emergenza", "Emergenza abitativa");
  pdz_objective_set_macroarea (emergenza, f->abitare);
  f->emergenza = emergenza;
  f->sfratti = add_indicator (emergenza, "sfratti", "Sfratti evitati");
  f->valorizzazione = add_objective_action (emergenza, "valorizzazione",
                                            "Soluzioni per le abitazioni ALER in valorizzazione");
  p1 = participation (f->aler, PDZ_ROLE_PARTNER);
  g_assert_true (pdz_action_add_participation (f->valorizzazione, p1, NULL));
  f->escomio = add_objective_action (emergenza, "escomio",
                                     "Protocollo per le fragilità in fase di escomio");
  p2 = participation (f->prefettura, PDZ_ROLE_SIGNATORY);
  g_assert_true (pdz_action_add_participation (f->escomio, p2, NULL));
  g_assert_true (pdz_plan_add_objective (f->plan, emergenza, &error));
  g_assert_no_error (error);

  /* Added first, then filled. */
  portale = pdz_objective_new ("portale", "Portale dell'Ambito territoriale");
  f->portale = portale;
  g_assert_true (pdz_plan_add_objective (f->plan, portale, &error));
  g_assert_no_error (error);
  pdz_objective_set_macroarea (portale, f->digitale);
  p3 = participation (f->corsico, PDZ_ROLE_LEAD);
  g_assert_true (pdz_objective_add_participation (portale, p3, NULL));
  f->accessi = add_indicator (portale, "accessi", "Accessi al portale");
  f->online = add_objective_action (portale, "online", "Rilascio on line e popolamento");

  partecipe = pdz_project_new ("partecipe", "PARTECIPE");
  f->partecipe = partecipe;
  g_assert_true (pdz_plan_add_project (f->plan, partecipe, &error));
  g_assert_no_error (error);
  pdz_project_set_lead (partecipe, f->corsico);
  p4 = participation (f->corsico, PDZ_ROLE_LEAD);
  g_assert_true (pdz_project_add_participation (partecipe, p4, NULL));
  pdz_project_add_objective (partecipe, f->emergenza);
  f->prins = add_project_action (partecipe, "prins", "Avvio servizi rete PRINS");
  p5 = participation (f->corsico, PDZ_ROLE_PARTICIPANT);
  g_assert_true (pdz_action_add_participation (f->prins, p5, NULL));

  pdz_action_add_project (f->valorizzazione, partecipe);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->plan);

  dir = g_dir_open (f->tmpdir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->tmpdir, name, NULL);

      g_assert_no_errno (g_remove (path));
    }
  g_assert_no_errno (g_rmdir (f->tmpdir));
  g_clear_pointer (&f->tmpdir, g_free);
}

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

/* (transfer none): the item is held by @model */
static gpointer
item (GListModel *model,
      guint       position)
{
  g_autoptr(GObject) object = g_list_model_get_item (model, position);

  return object;
}

static void
assert_error_message (GError     *error,
                      GQuark      domain,
                      int         code,
                      const char *message)
{
  g_assert_error (error, domain, code);
  g_assert_cmpstr (error->message, ==, message);
}

/* ---------------------------------------------------------------------- */

static void
test_build (Fixture       *f,
            gconstpointer  user_data)
{
  g_assert_cmpuint (n_items (pdz_plan_get_partners (f->plan)), ==, 4);
  g_assert_cmpuint (n_items (pdz_plan_get_macroareas (f->plan)), ==, 2);
  g_assert_cmpuint (n_items (pdz_plan_get_objectives (f->plan)), ==, 2);
  g_assert_cmpuint (n_items (pdz_plan_get_projects (f->plan)), ==, 1);
  g_assert_cmpuint (n_items (pdz_plan_get_municipalities (f->plan)), ==, 2);

  g_assert_true (item (pdz_plan_get_objectives (f->plan), 0) == f->emergenza);
  g_assert_true (item (pdz_plan_get_objectives (f->plan), 1) == f->portale);
  g_assert_true (item (pdz_objective_get_actions (f->emergenza), 0) == f->valorizzazione);
  g_assert_true (item (pdz_objective_get_actions (f->emergenza), 1) == f->escomio);
  g_assert_true (item (pdz_objective_get_indicators (f->portale), 0) == f->accessi);
  g_assert_true (item (pdz_project_get_actions (f->partecipe), 0) == f->prins);
  g_assert_true (item (pdz_project_get_objectives (f->partecipe), 0) == f->emergenza);
  g_assert_true (item (pdz_action_get_projects (f->valorizzazione), 0) == f->partecipe);
  g_assert_true (pdz_plan_get_lead_municipality (f->plan) == f->corsico);

  /* Owners, all the way down. */
  g_assert_true (pdz_objective_get_plan (f->emergenza) == f->plan);
  g_assert_true (pdz_objective_get_plan (f->portale) == f->plan);
  g_assert_true (pdz_project_get_plan (f->partecipe) == f->plan);
  g_assert_true (pdz_macroarea_get_plan (f->abitare) == f->plan);
  g_assert_true (pdz_indicator_get_objective (f->accessi) == f->portale);
  g_assert_true (_pdz_entity_get_plan (f->sfratti) == f->plan);
  g_assert_true (_pdz_entity_get_owner (f->corsico) == G_OBJECT (f->plan));
  g_assert_true (_pdz_entity_get_owner (item (pdz_action_get_participations (f->prins), 0)) ==
                 G_OBJECT (f->prins));

  /* References are not ownership. */
  g_assert_true (_pdz_entity_get_owner (f->emergenza) == G_OBJECT (f->plan));
  g_assert_true (pdz_objective_get_macroarea (f->emergenza) == f->abitare);
  g_assert_true (_pdz_entity_get_owner (f->abitare) == G_OBJECT (f->plan));

  /* Defaults. */
  g_assert_cmpint (pdz_action_get_status (f->online), ==, PDZ_STATUS_NOT_STATED);
  g_assert_cmpint (pdz_action_get_origin (f->online), ==, PDZ_ORIGIN_NOT_STATED);
  g_assert_null (pdz_action_get_links (f->online));
  g_assert_cmpint (pdz_objective_get_kind (f->portale), ==, PDZ_OBJECTIVE_KIND_PLAN);
  g_assert_cmpint (pdz_project_get_scope (f->partecipe), ==, PDZ_SCOPE_NOT_STATED);
  g_assert_cmpint (pdz_project_get_status (f->partecipe), ==, PDZ_STATUS_NOT_STATED);
  g_assert_cmpint (pdz_objective_get_status (f->portale), ==, PDZ_STATUS_NOT_STATED);
  g_assert_null (pdz_project_get_interventions (f->partecipe));
}

static void
test_action_owner (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autoptr(PdzAction) loose = pdz_action_new ("loose", "Non ancora assegnata");

  g_assert_true (pdz_action_get_owner (f->valorizzazione) == G_OBJECT (f->emergenza));
  g_assert_true (pdz_action_get_objective (f->valorizzazione) == f->emergenza);
  g_assert_true (pdz_action_get_plan (f->valorizzazione) == f->plan);

  /* Carried out within a project: owned by it, no objective. */
  g_assert_true (pdz_action_get_owner (f->prins) == G_OBJECT (f->partecipe));
  g_assert_null (pdz_action_get_objective (f->prins));
  g_assert_true (pdz_action_get_plan (f->prins) == f->plan);

  g_assert_null (pdz_action_get_owner (loose));
  g_assert_null (pdz_action_get_objective (loose));
  g_assert_null (pdz_action_get_plan (loose));

  /* Removed: owned by nothing any more, but still alive while held. */
  g_object_ref (f->online);
  g_assert_true (pdz_objective_remove_action (f->portale, f->online));
  g_assert_null (pdz_action_get_owner (f->online));
  g_assert_null (pdz_action_get_plan (f->online));
  g_assert_cmpuint (n_items (pdz_objective_get_actions (f->portale)), ==, 0);

  /* It can join a project now. */
  g_assert_true (pdz_project_add_action (f->partecipe, f->online, NULL));
  g_assert_true (pdz_action_get_owner (f->online) == G_OBJECT (f->partecipe));
  g_assert_true (pdz_action_get_plan (f->online) == f->plan);
  g_object_unref (f->online);
}

static void
test_add_owned_twice (Fixture       *f,
                      gconstpointer  user_data)
{
  g_autoptr(PdzParticipation) p = participation (f->aler, PDZ_ROLE_PARTNER);

  /* Adding an entity that already belongs somewhere is a programmer
   * error: refused with a critical, and nothing changes. */
  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*_pdz_entity_get_owner*NULL*");
  g_assert_false (pdz_objective_add_action (f->portale, f->prins, NULL));
  g_test_assert_expected_messages ();
  g_assert_true (pdz_action_get_owner (f->prins) == G_OBJECT (f->partecipe));
  g_assert_cmpuint (n_items (pdz_objective_get_actions (f->portale)), ==, 1);

  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*_pdz_entity_get_owner*NULL*");
  g_assert_false (pdz_plan_add_partner (f->plan, f->aler, NULL));
  g_test_assert_expected_messages ();
  g_assert_cmpuint (n_items (pdz_plan_get_partners (f->plan)), ==, 4);

  g_assert_true (pdz_objective_add_participation (f->portale, p, NULL));
  g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*_pdz_entity_get_owner*NULL*");
  g_assert_false (pdz_action_add_participation (f->online, p, NULL));
  g_test_assert_expected_messages ();
  g_assert_cmpuint (n_items (pdz_action_get_participations (f->online)), ==, 0);
}

/* ---------------------------------------------------------------------- */

static void
test_lookup (Fixture       *f,
             gconstpointer  user_data)
{
  g_assert_true (pdz_plan_lookup_partner (f->plan, "aler") == f->aler);
  g_assert_true (pdz_plan_lookup_partner (f->plan, "corsico") == f->corsico);
  g_assert_true (pdz_plan_lookup_macroarea (f->plan, "digitale") == f->digitale);
  g_assert_true (pdz_plan_lookup_objective (f->plan, "emergenza") == f->emergenza);
  g_assert_true (pdz_plan_lookup_objective (f->plan, "portale") == f->portale);
  g_assert_true (pdz_plan_lookup_project (f->plan, "partecipe") == f->partecipe);
  g_assert_true (pdz_plan_lookup_action (f->plan, "escomio") == f->escomio);
  g_assert_true (pdz_plan_lookup_action (f->plan, "online") == f->online);
  /* Actions carried out in projects are actions of the plan too. */
  g_assert_true (pdz_plan_lookup_action (f->plan, "prins") == f->prins);
  g_assert_true (pdz_plan_lookup_indicator (f->plan, "accessi") == f->accessi);
  g_assert_true (pdz_plan_lookup_indicator (f->plan, "sfratti") == f->sfratti);

  /* Each kind has its own ids. */
  g_assert_null (pdz_plan_lookup_partner (f->plan, "nessuno"));
  g_assert_null (pdz_plan_lookup_action (f->plan, "aler"));
  g_assert_null (pdz_plan_lookup_objective (f->plan, "online"));
  g_assert_null (pdz_plan_lookup_project (f->plan, "emergenza"));
  g_assert_null (pdz_plan_lookup_macroarea (f->plan, "accessi"));
  g_assert_null (pdz_plan_lookup_indicator (f->plan, "abitare"));
  g_assert_null (pdz_plan_lookup_action (f->plan, ""));
}

static void
test_lookup_after_set_id (Fixture       *f,
                          gconstpointer  user_data)
{
  /* Build every index, then change an id of each kind. */
  test_lookup (f, user_data);

  pdz_partner_set_id (f->aler, "aler-milano");
  pdz_macroarea_set_id (f->digitale, "digitalizzazione");
  pdz_objective_set_id (f->portale, "portale-ambito");
  pdz_project_set_id (f->partecipe, "partecipe-2");
  pdz_action_set_id (f->prins, "prins-2");
  pdz_action_set_id (f->online, "online-2");
  pdz_indicator_set_id (f->accessi, "accessi-2");

  g_assert_null (pdz_plan_lookup_partner (f->plan, "aler"));
  g_assert_true (pdz_plan_lookup_partner (f->plan, "aler-milano") == f->aler);
  g_assert_null (pdz_plan_lookup_macroarea (f->plan, "digitale"));
  g_assert_true (pdz_plan_lookup_macroarea (f->plan, "digitalizzazione") == f->digitale);
  g_assert_null (pdz_plan_lookup_objective (f->plan, "portale"));
  g_assert_true (pdz_plan_lookup_objective (f->plan, "portale-ambito") == f->portale);
  g_assert_null (pdz_plan_lookup_project (f->plan, "partecipe"));
  g_assert_true (pdz_plan_lookup_project (f->plan, "partecipe-2") == f->partecipe);
  g_assert_null (pdz_plan_lookup_action (f->plan, "prins"));
  g_assert_true (pdz_plan_lookup_action (f->plan, "prins-2") == f->prins);
  g_assert_null (pdz_plan_lookup_action (f->plan, "online"));
  g_assert_true (pdz_plan_lookup_action (f->plan, "online-2") == f->online);
  g_assert_null (pdz_plan_lookup_indicator (f->plan, "accessi"));
  g_assert_true (pdz_plan_lookup_indicator (f->plan, "accessi-2") == f->accessi);

  /* The old ids are free again. */
  {
    g_autoptr(PdzAction) again = pdz_action_new ("online", "Di nuovo");
    g_autoptr(GError) error = NULL;

    g_assert_true (pdz_objective_add_action (f->portale, again, &error));
    g_assert_no_error (error);
    g_assert_true (pdz_plan_lookup_action (f->plan, "online") == again);
  }
}

static void
test_lookup_after_add_remove (Fixture       *f,
                              gconstpointer  user_data)
{
  g_autoptr(PdzAction) action = pdz_action_new ("nuova", "Nuova azione");
  g_autoptr(PdzPartner) ats = pdz_partner_new ("ats", "ATS Città Metropolitana");

  g_assert_null (pdz_plan_lookup_action (f->plan, "nuova"));
  g_assert_true (pdz_project_add_action (f->partecipe, action, NULL));
  g_assert_true (pdz_plan_lookup_action (f->plan, "nuova") == action);
  g_assert_true (pdz_project_remove_action (f->partecipe, action));
  g_assert_null (pdz_plan_lookup_action (f->plan, "nuova"));

  g_assert_null (pdz_plan_lookup_partner (f->plan, "ats"));
  g_assert_true (pdz_plan_add_partner (f->plan, ats, NULL));
  g_assert_true (pdz_plan_lookup_partner (f->plan, "ats") == ats);
  g_assert_true (pdz_plan_remove_partner (f->plan, ats, NULL));
  g_assert_null (pdz_plan_lookup_partner (f->plan, "ats"));

  /* Entities of a removed objective leave the indexes with it. */
  g_assert_true (pdz_plan_lookup_indicator (f->plan, "accessi") == f->accessi);
  g_object_ref (f->portale);
  g_assert_true (pdz_plan_remove_objective (f->plan, f->portale, NULL));
  g_assert_null (pdz_plan_lookup_objective (f->plan, "portale"));
  g_assert_null (pdz_plan_lookup_action (f->plan, "online"));
  g_assert_null (pdz_plan_lookup_indicator (f->plan, "accessi"));
  g_object_unref (f->portale);
}

static void
rename_escomio_cb (GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added,
                   gpointer    user_data)
{
  Fixture *f = user_data;

  pdz_action_set_id (f->escomio, "escomio-2");
}

static void
test_lookup_after_add_subtree (Fixture       *f,
                               gconstpointer  user_data)
{
  g_autoptr(PdzObjective) casa = pdz_objective_new ("casa", "Agenzia dell'Abitare");
  g_autoptr(PdzObjective) tavolo = pdz_objective_new ("tavolo", "Tavolo di intervisione");
  g_autoptr(PdzAction) studio = pdz_action_new ("studio", "Studio di fattibilità");
  g_autoptr(PdzIndicator) famiglie = pdz_indicator_new ("famiglie", "Famiglie accolte");
  g_autoptr(PdzProject) pippi = pdz_project_new ("pippi", "PIPPI-PNRR");
  g_autoptr(PdzAction) equipe = pdz_action_new ("equipe", "Equipe territoriali");
  gulong id;

  /* Every index fresh, then whole subtrees join the plan: the indexes
   * must take their entities, and keep the others. */
  test_lookup (f, user_data);
  g_assert_true (pdz_objective_add_action (casa, studio, NULL));
  g_assert_true (pdz_objective_add_indicator (casa, famiglie, NULL));
  g_assert_true (pdz_plan_add_objective (f->plan, casa, NULL));
  g_assert_true (pdz_project_add_action (pippi, equipe, NULL));
  g_assert_true (pdz_plan_add_project (f->plan, pippi, NULL));

  g_assert_true (pdz_plan_lookup_objective (f->plan, "casa") == casa);
  g_assert_true (pdz_plan_lookup_action (f->plan, "studio") == studio);
  g_assert_true (pdz_plan_lookup_indicator (f->plan, "famiglie") == famiglie);
  g_assert_true (pdz_plan_lookup_project (f->plan, "pippi") == pippi);
  g_assert_true (pdz_plan_lookup_action (f->plan, "equipe") == equipe);
  test_lookup (f, user_data);

  /* A handler that changes the plan while an entity joins it: the
   * indexes must see that change too. */
  id = g_signal_connect (pdz_plan_get_objectives (f->plan), "items-changed",
                         G_CALLBACK (rename_escomio_cb), f);
  g_assert_true (pdz_plan_add_objective (f->plan, tavolo, NULL));
  g_signal_handler_disconnect (pdz_plan_get_objectives (f->plan), id);
  g_assert_null (pdz_plan_lookup_action (f->plan, "escomio"));
  g_assert_true (pdz_plan_lookup_action (f->plan, "escomio-2") == f->escomio);
  g_assert_true (pdz_plan_lookup_objective (f->plan, "tavolo") == tavolo);
}

static void
lookup_in_notify_cb (GObject    *object,
                     GParamSpec *pspec,
                     gpointer    user_data)
{
  Fixture *f = user_data;

  /* The plan must already know the new id. */
  g_assert_true (pdz_plan_lookup_action (f->plan, pdz_action_get_id (PDZ_ACTION (object))) ==
                 (gpointer) object);
  g_assert_null (pdz_plan_lookup_action (f->plan, "escomio"));
}

static void
lookup_in_items_changed_cb (GListModel *model,
                            guint       position,
                            guint       removed,
                            guint       added,
                            gpointer    user_data)
{
  Fixture *f = user_data;

  g_assert_cmpuint (added, ==, 1);
  g_assert_nonnull (pdz_plan_lookup_action (f->plan, "tavolo"));
}

static void
lookup_partner_in_items_changed_cb (GListModel *model,
                                    guint       position,
                                    guint       removed,
                                    guint       added,
                                    gpointer    user_data)
{
  Fixture *f = user_data;
  PdzPartner *found = pdz_plan_lookup_partner (f->plan, "ats");

  if (added == 1)
    g_assert_true (found == item (model, position));
  else
    g_assert_null (found);
}

static void
test_lookup_in_handlers (Fixture       *f,
                         gconstpointer  user_data)
{
  g_autoptr(PdzAction) action = pdz_action_new ("tavolo", "Tavolo in Prefettura");
  g_autoptr(PdzPartner) ats = pdz_partner_new ("ats", "ATS Città Metropolitana");
  gulong id;

  /* Indexes built, then used from handlers of the change. */
  g_assert_true (pdz_plan_lookup_action (f->plan, "escomio") == f->escomio);

  id = g_signal_connect (f->escomio, "notify::id", G_CALLBACK (lookup_in_notify_cb), f);
  pdz_action_set_id (f->escomio, "escomio-2023");
  g_signal_handler_disconnect (f->escomio, id);

  id = g_signal_connect (pdz_objective_get_actions (f->emergenza), "items-changed",
                         G_CALLBACK (lookup_in_items_changed_cb), f);
  g_assert_true (pdz_objective_add_action (f->emergenza, action, NULL));
  g_signal_handler_disconnect (pdz_objective_get_actions (f->emergenza), id);

  g_assert_null (pdz_plan_lookup_partner (f->plan, "ats"));
  id = g_signal_connect (pdz_plan_get_partners (f->plan), "items-changed",
                         G_CALLBACK (lookup_partner_in_items_changed_cb), f);
  g_assert_true (pdz_plan_add_partner (f->plan, ats, NULL));
  g_assert_true (pdz_plan_remove_partner (f->plan, ats, NULL));
  g_signal_handler_disconnect (pdz_plan_get_partners (f->plan), id);
}

static void
lookup_partner_in_notify_cb (GObject    *object,
                             GParamSpec *pspec,
                             gpointer    user_data)
{
  Fixture *f = user_data;

  /* The plan already knows the new id, and no longer the old one. */
  g_assert_true (pdz_plan_lookup_partner (f->plan, "aler-milano") == PDZ_PARTNER (object));
  g_assert_null (pdz_plan_lookup_partner (f->plan, "aler"));
}

static void
lookup_macroarea_in_notify_cb (GObject    *object,
                               GParamSpec *pspec,
                               gpointer    user_data)
{
  Fixture *f = user_data;

  g_assert_true (pdz_plan_lookup_macroarea (f->plan, "casa") == PDZ_MACROAREA (object));
  g_assert_null (pdz_plan_lookup_macroarea (f->plan, "abitare"));
}

static void
lookup_indicator_in_notify_cb (GObject    *object,
                               GParamSpec *pspec,
                               gpointer    user_data)
{
  Fixture *f = user_data;

  g_assert_true (pdz_plan_lookup_indicator (f->plan, "accessi-mensili") == PDZ_INDICATOR (object));
  g_assert_null (pdz_plan_lookup_indicator (f->plan, "accessi"));
}

/* Every entity with a place in the file has its JSON pointer, and the
 * pointer follows the entity when the plan changes. */
static void
test_pointers (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(PdzPartner) stranger = pdz_partner_new ("x", "Not in the plan");
  struct { GObject *entity; const char *pointer; } expected[] = {
    { G_OBJECT (f->corsico), "/partners/0" },
    { G_OBJECT (f->prefettura), "/partners/3" },
    { G_OBJECT (f->digitale), "/macroareas/1" },
    { G_OBJECT (f->emergenza), "/objectives/0" },
    { G_OBJECT (f->sfratti), "/objectives/0/indicators/0" },
    { G_OBJECT (f->escomio), "/objectives/0/actions/1" },
    { G_OBJECT (f->online), "/objectives/1/actions/0" },
    { G_OBJECT (f->partecipe), "/projects/0" },
    { G_OBJECT (f->prins), "/projects/0/actions/0" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *pointer = pdz_plan_dup_pointer (f->plan, expected[i].entity);

      g_assert_cmpstr (pointer, ==, expected[i].pointer);
    }

  g_assert_null (pdz_plan_dup_pointer (f->plan, G_OBJECT (stranger)));

  /* Removing the first action moves the second up. */
  g_assert_true (pdz_objective_remove_action (f->emergenza, f->valorizzazione));
  {
    g_autofree char *pointer = pdz_plan_dup_pointer (f->plan, G_OBJECT (f->escomio));

    g_assert_cmpstr (pointer, ==, "/objectives/0/actions/0");
  }
}

static void
test_lookup_in_notify (Fixture       *f,
                       gconstpointer  user_data)
{
  gulong id;

  /* Every index fresh first, so that a stale one would be used. */
  test_lookup (f, user_data);

  id = g_signal_connect (f->aler, "notify::id", G_CALLBACK (lookup_partner_in_notify_cb), f);
  pdz_partner_set_id (f->aler, "aler-milano");
  g_signal_handler_disconnect (f->aler, id);
  g_assert_true (pdz_plan_lookup_partner (f->plan, "aler-milano") == f->aler);

  id = g_signal_connect (f->abitare, "notify::id", G_CALLBACK (lookup_macroarea_in_notify_cb), f);
  pdz_macroarea_set_id (f->abitare, "casa");
  g_signal_handler_disconnect (f->abitare, id);

  id = g_signal_connect (f->accessi, "notify::id", G_CALLBACK (lookup_indicator_in_notify_cb), f);
  pdz_indicator_set_id (f->accessi, "accessi-mensili");
  g_signal_handler_disconnect (f->accessi, id);
}

typedef struct
{
  PdzPlan *plan;
  guint64 before;
  guint n_notifies;
} StampSeen;

static void
stamp_in_notify_cb (GObject    *object,
                    GParamSpec *pspec,
                    gpointer    user_data)
{
  StampSeen *seen = user_data;

  /* The plan is touched before the notification. */
  g_assert_cmpuint (_pdz_plan_get_stamp (seen->plan), >, seen->before);
  seen->n_notifies++;
}

#define EXPECT_TOUCH_THEN_NOTIFY(seen, call) \
  G_STMT_START { \
    guint ettn_n = (seen)->n_notifies; \
    (seen)->before = _pdz_plan_get_stamp ((seen)->plan); \
    call; \
    g_assert_cmpuint ((seen)->n_notifies, ==, ettn_n + 1); \
  } G_STMT_END

/* Every kind of entity touches the plan before it notifies. */
static void
test_touch_before_notify (Fixture       *f,
                          gconstpointer  user_data)
{
  StampSeen seen = { f->plan, 0, 0 };
  g_autoptr(PdzFunding) funding = pdz_funding_new ("PNRR");
  g_autoptr(PdzMeasurement) measurement = pdz_measurement_new (NULL, 1.0);
  g_autoptr(PdzMeasurement) baseline = pdz_measurement_new (NULL, 0.0);
  g_autoptr(PdzDate) date = pdz_date_new_year (2023);
  PdzParticipation *participation = item (pdz_action_get_participations (f->escomio), 0);
  GObject *objects[] = {
    G_OBJECT (f->aler), G_OBJECT (f->abitare), G_OBJECT (f->sfratti), G_OBJECT (participation),
    G_OBJECT (funding), G_OBJECT (measurement), G_OBJECT (f->escomio), G_OBJECT (f->emergenza),
    G_OBJECT (f->partecipe), G_OBJECT (f->plan),
  };

  pdz_action_add_funding (f->escomio, funding);
  pdz_indicator_add_measurement (f->sfratti, measurement);
  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    g_signal_connect (objects[i], "notify", G_CALLBACK (stamp_in_notify_cb), &seen);

  /* Partners, macroareas, indicators, participations, fundings, measurements ... */
  EXPECT_TOUCH_THEN_NOTIFY (&seen, pdz_partner_set_name (f->aler, "ALER Milano (sede)"));
  EXPECT_TOUCH_THEN_NOTIFY (&seen, pdz_partner_set_kind (f->aler, PDZ_PARTNER_KIND_OTHER));
  EXPECT_TOUCH_THEN_NOTIFY (&seen, pdz_macroarea_set_title (f->abitare, "Casa"));
  EXPECT_TOUCH_THEN_NOTIFY (&seen, pdz_indicator_set_unit (f->sfratti, "sfratti"));
  EXPECT_TOUCH_THEN_NOTIFY (&seen, pdz_indicator_set_baseline (f->sfratti, baseline));
  EXPECT_TOUCH_THEN_NOTIFY (&seen, pdz_participation_set_role (participation, PDZ_ROLE_LEAD));
  EXPECT_TOUCH_THEN_NOTIFY (&seen, pdz_funding_set_amount (funding, 100000));
  EXPECT_TOUCH_THEN_NOTIFY (&seen, pdz_measurement_set_date (measurement, date));
  EXPECT_TOUCH_THEN_NOTIFY (&seen, pdz_measurement_set_value (measurement, 2.0));
  /* ... actions, objectives, projects and the plan. */
  EXPECT_TOUCH_THEN_NOTIFY (&seen, pdz_action_set_title (f->escomio, "Protocollo escomio"));
  EXPECT_TOUCH_THEN_NOTIFY (&seen, pdz_objective_set_status (f->emergenza, PDZ_STATUS_COMPLETED));
  EXPECT_TOUCH_THEN_NOTIFY (&seen, pdz_project_set_title (f->partecipe, "PARTECIPE 2"));
  EXPECT_TOUCH_THEN_NOTIFY (&seen, pdz_plan_set_title (f->plan, "Piano di Zona"));

  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    g_signal_handlers_disconnect_by_func (objects[i], stamp_in_notify_cb, &seen);
}

#undef EXPECT_TOUCH_THEN_NOTIFY

/* Adding to a container already in the plan keeps the id indexes fresh
 * without a rebuild, which keeps building a large plan in code linear; so
 * do removes and setters of anything but an id. */
static void
test_ids_added_in_place (Fixture       *f,
                         gconstpointer  user_data)
{
  g_autoptr(PdzObjective) casa = pdz_objective_new ("casa", "Agenzia dell'Abitare");
  guint n_builds;

  test_lookup (f, user_data);
  n_builds = _pdz_plan_indexes_get_n_builds (f->plan);

  g_assert_true (pdz_plan_add_objective (f->plan, casa, NULL));
  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *action_id = g_strdup_printf ("casa-%u", i);
      g_autofree char *indicator_id = g_strdup_printf ("famiglie-%u", i);
      g_autofree char *project_action_id = g_strdup_printf ("prins-%u", i);
      g_autoptr(PdzAction) action = pdz_action_new (action_id, "Azione");
      g_autoptr(PdzIndicator) indicator = pdz_indicator_new (indicator_id, "Famiglie");
      g_autoptr(PdzAction) project_action = pdz_action_new (project_action_id, "Azione");
      g_autoptr(PdzParticipation) p = pdz_participation_new (f->aler, PDZ_ROLE_PARTNER);
      g_autoptr(PdzFunding) funding = pdz_funding_new ("FNPS");
      g_autoptr(PdzMeasurement) measurement = pdz_measurement_new (NULL, i);

      g_assert_true (pdz_objective_add_action (casa, action, NULL));
      g_assert_true (pdz_objective_add_indicator (casa, indicator, NULL));
      g_assert_true (pdz_project_add_action (f->partecipe, project_action, NULL));
      /* Children without ids do not make the id indexes stale either. */
      g_assert_true (pdz_action_add_participation (action, p, NULL));
      pdz_action_add_funding (action, funding);
      pdz_indicator_add_measurement (indicator, measurement);

      g_assert_true (pdz_plan_lookup_action (f->plan, action_id) == action);
      g_assert_true (pdz_plan_lookup_indicator (f->plan, indicator_id) == indicator);
      g_assert_true (pdz_plan_lookup_action (f->plan, project_action_id) == project_action);
      g_assert_true (pdz_plan_lookup_objective (f->plan, "casa") == casa);
    }
  test_lookup (f, user_data);
  g_assert_cmpuint (_pdz_plan_indexes_get_n_builds (f->plan), ==, n_builds);

  /* A duplicate is still refused from the index kept in place. */
  {
    g_autoptr(PdzAction) again = pdz_action_new ("casa-7", "Doppione");
    g_autoptr(GError) error = NULL;

    g_assert_false (pdz_project_add_action (f->partecipe, again, &error));
    g_assert_error (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID);
  }

  /* A new value leaves them fresh; a new id makes the table of its kind
   * stale, built again at the next lookup, and only that one. */
  pdz_action_set_status (f->escomio, PDZ_STATUS_COMPLETED);
  g_assert_true (pdz_plan_lookup_action (f->plan, "casa-49") != NULL);
  g_assert_cmpuint (_pdz_plan_indexes_get_n_builds (f->plan), ==, n_builds);
  pdz_action_set_id (f->escomio, "escomio-2");
  g_assert_true (pdz_plan_lookup_action (f->plan, "escomio-2") == f->escomio);
  g_assert_null (pdz_plan_lookup_action (f->plan, "escomio"));
  g_assert_true (pdz_plan_lookup_objective (f->plan, "casa") == casa);
  g_assert_cmpuint (_pdz_plan_indexes_get_n_builds (f->plan), ==, n_builds + 1);

  /* A remove takes the entity out in place. */
  g_assert_true (pdz_objective_remove_action (casa, pdz_plan_lookup_action (f->plan, "casa-7")));
  g_assert_null (pdz_plan_lookup_action (f->plan, "casa-7"));
  g_assert_true (pdz_plan_lookup_action (f->plan, "casa-8") != NULL);
  g_assert_cmpuint (_pdz_plan_indexes_get_n_builds (f->plan), ==, n_builds + 1);
}

static void
test_stamp (Fixture       *f,
            gconstpointer  user_data)
{
  guint64 stamp = _pdz_plan_get_stamp (f->plan);
  g_autoptr(PdzFunding) funding = pdz_funding_new ("PNRR");

  /* Changes deep in the plan bump its stamp; no-ops do not. */
  pdz_action_set_status (f->prins, PDZ_STATUS_COMPLETED);
  g_assert_cmpuint (_pdz_plan_get_stamp (f->plan), >, stamp);
  stamp = _pdz_plan_get_stamp (f->plan);
  pdz_action_set_status (f->prins, PDZ_STATUS_COMPLETED);
  g_assert_cmpuint (_pdz_plan_get_stamp (f->plan), ==, stamp);

  pdz_action_add_funding (f->valorizzazione, funding);
  g_assert_cmpuint (_pdz_plan_get_stamp (f->plan), >, stamp);
  stamp = _pdz_plan_get_stamp (f->plan);
  pdz_action_add_project (f->valorizzazione, f->partecipe);   /* already listed */
  g_assert_cmpuint (_pdz_plan_get_stamp (f->plan), ==, stamp);
  pdz_plan_set_title (f->plan, "Piano di Zona 2021-2023");
  g_assert_cmpuint (_pdz_plan_get_stamp (f->plan), >, stamp);
}

/* ---------------------------------------------------------------------- */

static void
test_duplicate_ids (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPartner) aler2 = pdz_partner_new ("aler", "ALER Lodi");
  g_autoptr(PdzMacroarea) abitare2 = pdz_macroarea_new ("abitare", "Casa");
  g_autoptr(PdzObjective) portale2 = pdz_objective_new ("portale", "Un altro portale");
  g_autoptr(PdzProject) partecipe2 = pdz_project_new ("partecipe", "PARTECIPE bis");
  g_autoptr(PdzAction) prins2 = pdz_action_new ("prins", "Seconda PRINS");
  g_autoptr(PdzAction) online2 = pdz_action_new ("online", "Secondo rilascio");
  g_autoptr(PdzIndicator) accessi2 = pdz_indicator_new ("accessi", "Accessi");

  g_assert_false (pdz_plan_add_partner (f->plan, aler2, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID,
                        "a partner with id \"aler\" already exists");
  g_clear_error (&error);

  g_assert_false (pdz_plan_add_macroarea (f->plan, abitare2, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID,
                        "a macroarea with id \"abitare\" already exists");
  g_clear_error (&error);

  g_assert_false (pdz_plan_add_objective (f->plan, portale2, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID,
                        "an objective with id \"portale\" already exists");
  g_clear_error (&error);

  g_assert_false (pdz_plan_add_project (f->plan, partecipe2, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID,
                        "a project with id \"partecipe\" already exists");
  g_clear_error (&error);

  /* Actions form one kind: a project's action clashes with an
   * objective's, and the other way round. */
  g_assert_false (pdz_objective_add_action (f->portale, prins2, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID,
                        "an action with id \"prins\" already exists");
  g_clear_error (&error);

  g_assert_false (pdz_project_add_action (f->partecipe, online2, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID,
                        "an action with id \"online\" already exists");
  g_clear_error (&error);

  g_assert_false (pdz_objective_add_indicator (f->emergenza, accessi2, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID,
                        "an indicator with id \"accessi\" already exists");
  g_clear_error (&error);

  /* Nothing was added, and nothing was taken over. */
  g_assert_cmpuint (n_items (pdz_plan_get_partners (f->plan)), ==, 4);
  g_assert_cmpuint (n_items (pdz_plan_get_macroareas (f->plan)), ==, 2);
  g_assert_cmpuint (n_items (pdz_plan_get_objectives (f->plan)), ==, 2);
  g_assert_cmpuint (n_items (pdz_plan_get_projects (f->plan)), ==, 1);
  g_assert_cmpuint (n_items (pdz_objective_get_actions (f->portale)), ==, 1);
  g_assert_cmpuint (n_items (pdz_project_get_actions (f->partecipe)), ==, 1);
  g_assert_cmpuint (n_items (pdz_objective_get_indicators (f->emergenza)), ==, 1);
  g_assert_null (pdz_action_get_owner (prins2));
  g_assert_null (pdz_action_get_owner (online2));
  g_assert_null (_pdz_entity_get_owner (aler2));
  g_assert_null (pdz_indicator_get_objective (accessi2));
  g_assert_true (pdz_plan_lookup_partner (f->plan, "aler") == f->aler);
  g_assert_true (pdz_plan_lookup_action (f->plan, "prins") == f->prins);
}

static void
test_duplicate_ids_of_children (Fixture       *f,
                                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzObjective) objective = pdz_objective_new ("casa", "Agenzia dell'Abitare");
  g_autoptr(PdzProject) project = pdz_project_new ("pippi", "PIPPI-PNRR");
  g_autoptr(PdzAction) a1 = pdz_action_new ("studio", "Studio di fattibilità");
  g_autoptr(PdzAction) a2 = pdz_action_new ("escomio", "Un'altra");
  g_autoptr(PdzAction) a3 = pdz_action_new ("affidamento", "Affidamento");
  g_autoptr(PdzAction) a4 = pdz_action_new ("famiglie", "Presa in carico");
  g_autoptr(PdzIndicator) i1 = pdz_indicator_new ("sfratti", "Sfratti");

  /* Outside a plan, an objective checks its own actions. */
  g_assert_true (pdz_objective_add_action (objective, a1, &error));
  g_assert_no_error (error);
  pdz_action_set_id (a2, "studio");
  g_assert_false (pdz_objective_add_action (objective, a2, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID,
                        "an action with id \"studio\" already exists");
  g_clear_error (&error);

  /* An objective whose action clashes with one of the plan is refused
   * whole. */
  pdz_action_set_id (a2, "escomio");
  g_assert_true (pdz_objective_add_action (objective, a2, &error));
  g_assert_no_error (error);
  g_assert_false (pdz_plan_add_objective (f->plan, objective, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID,
                        "an action with id \"escomio\" already exists");
  g_clear_error (&error);
  g_assert_null (pdz_objective_get_plan (objective));
  g_assert_cmpuint (n_items (pdz_plan_get_objectives (f->plan)), ==, 2);

  /* So is one whose own actions clash with each other (made with a
   * setter after they were added). */
  pdz_action_set_id (a2, "studio");
  g_assert_false (pdz_plan_add_objective (f->plan, objective, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID,
                        "an action with id \"studio\" already exists");
  g_clear_error (&error);

  /* And one with an indicator of the plan's. */
  pdz_action_set_id (a2, "ricognizione");
  g_assert_true (pdz_objective_add_indicator (objective, i1, &error));
  g_assert_no_error (error);
  g_assert_false (pdz_plan_add_objective (f->plan, objective, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID,
                        "an indicator with id \"sfratti\" already exists");
  g_clear_error (&error);
  pdz_indicator_set_id (i1, "sfratti-2");
  g_assert_true (pdz_plan_add_objective (f->plan, objective, &error));
  g_assert_no_error (error);
  g_assert_true (pdz_plan_lookup_action (f->plan, "ricognizione") == a2);
  g_assert_true (pdz_plan_lookup_indicator (f->plan, "sfratti-2") == i1);

  /* A project's actions are checked with it. */
  g_assert_true (pdz_project_add_action (project, a3, &error));
  g_assert_no_error (error);
  pdz_action_set_id (a4, "online");
  g_assert_true (pdz_project_add_action (project, a4, &error));
  g_assert_no_error (error);
  g_assert_false (pdz_plan_add_project (f->plan, project, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID,
                        "an action with id \"online\" already exists");
  g_clear_error (&error);
  pdz_action_set_id (a4, "famiglie");
  g_assert_true (pdz_plan_add_project (f->plan, project, &error));
  g_assert_no_error (error);
  g_assert_true (pdz_plan_lookup_action (f->plan, "famiglie") == a4);
}

static void
test_empty_ids (Fixture       *f,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPartner) partner = pdz_partner_new ("", "Senza id");
  g_autoptr(PdzAction) action = pdz_action_new ("x", "Senza id");
  g_autoptr(PdzIndicator) indicator = pdz_indicator_new ("", "Senza id");
  g_autoptr(PdzObjective) objective = pdz_objective_new ("con-figli", "Con figli");
  g_autoptr(PdzAction) child = pdz_action_new ("figlia", "Figlia");
  g_autoptr(PdzMacroarea) macroarea = pdz_macroarea_new ("m", "Senza id");
  g_autoptr(PdzProject) project = pdz_project_new ("", "Senza id");

  g_assert_false (pdz_plan_add_partner (f->plan, partner, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                        "a partner needs a non-empty id");
  g_clear_error (&error);

  pdz_macroarea_set_id (macroarea, NULL);
  g_assert_false (pdz_plan_add_macroarea (f->plan, macroarea, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_false (pdz_plan_add_project (f->plan, project, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  pdz_action_set_id (action, NULL);
  g_assert_false (pdz_objective_add_action (f->portale, action, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                        "an action needs a non-empty id");
  g_clear_error (&error);
  pdz_action_set_id (action, "");
  g_assert_false (pdz_project_add_action (f->partecipe, action, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_false (pdz_objective_add_indicator (f->portale, indicator, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  /* A child emptied after it was added is caught when its objective
   * joins the plan. */
  g_assert_true (pdz_objective_add_action (objective, child, &error));
  g_assert_no_error (error);
  pdz_action_set_id (child, "");
  g_assert_false (pdz_plan_add_objective (f->plan, objective, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                        "an action of objective \"con-figli\" needs a non-empty id");
  g_clear_error (&error);

  g_assert_cmpuint (n_items (pdz_plan_get_partners (f->plan)), ==, 4);
  g_assert_cmpuint (n_items (pdz_plan_get_macroareas (f->plan)), ==, 2);
  g_assert_cmpuint (n_items (pdz_plan_get_objectives (f->plan)), ==, 2);
  g_assert_cmpuint (n_items (pdz_plan_get_projects (f->plan)), ==, 1);
  g_assert_cmpuint (n_items (pdz_objective_get_actions (f->portale)), ==, 1);
  g_assert_cmpuint (n_items (pdz_objective_get_indicators (f->portale)), ==, 1);
}

/* ---------------------------------------------------------------------- */

/* Removes @partner, expecting a conflict naming @pointer. */
static void
assert_partner_referenced (Fixture    *f,
                           PdzPartner *partner,
                           const char *pointer)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = g_strdup_printf ("partner \"%s\" is still referenced by %s",
                                              pdz_partner_get_id (partner), pointer);
  guint n = n_items (pdz_plan_get_partners (f->plan));

  g_assert_false (pdz_plan_remove_partner (f->plan, partner, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_CONFLICT, message);
  g_assert_cmpuint (n_items (pdz_plan_get_partners (f->plan)), ==, n);
  g_assert_true (_pdz_entity_get_owner (partner) == G_OBJECT (f->plan));
  g_assert_true (pdz_plan_lookup_partner (f->plan, pdz_partner_get_id (partner)) == partner);
}

static void
test_remove_partner (Fixture       *f,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPartner) corsico = g_object_ref (f->corsico);
  g_autoptr(PdzPartner) aler = g_object_ref (f->aler);

  assert_partner_referenced (f, f->aler, "/objectives/0/actions/0/partners/0");
  g_assert_true (pdz_action_remove_participation (
    f->valorizzazione, item (pdz_action_get_participations (f->valorizzazione), 0)));
  g_assert_true (pdz_plan_remove_partner (f->plan, f->aler, &error));
  g_assert_no_error (error);
  g_assert_null (_pdz_entity_get_owner (aler));
  g_assert_null (pdz_plan_lookup_partner (f->plan, "aler"));
  g_assert_cmpuint (n_items (pdz_plan_get_partners (f->plan)), ==, 3);

  /* corsico is referenced from everywhere a partner can be: each
   * reference is reported, in file order, until none is left. */
  assert_partner_referenced (f, corsico, "/municipalities/0");
  g_assert_true (pdz_plan_remove_municipality (f->plan, corsico, &error));
  g_assert_no_error (error);
  assert_partner_referenced (f, corsico, "/lead-municipality");
  pdz_plan_set_lead_municipality (f->plan, NULL);
  assert_partner_referenced (f, corsico, "/objectives/1/partners/0");
  g_assert_true (pdz_objective_remove_participation (
    f->portale, item (pdz_objective_get_participations (f->portale), 0)));
  assert_partner_referenced (f, corsico, "/projects/0/lead");
  pdz_project_set_lead (f->partecipe, NULL);
  assert_partner_referenced (f, corsico, "/projects/0/partners/0");
  g_assert_true (pdz_project_remove_participation (
    f->partecipe, item (pdz_project_get_participations (f->partecipe), 0)));
  assert_partner_referenced (f, corsico, "/projects/0/actions/0/partners/0");
  g_assert_true (pdz_action_remove_participation (
    f->prins, item (pdz_action_get_participations (f->prins), 0)));

  g_assert_true (pdz_plan_remove_partner (f->plan, corsico, &error));
  g_assert_no_error (error);
  g_assert_null (_pdz_entity_get_owner (corsico));
  g_assert_null (pdz_plan_lookup_partner (f->plan, "corsico"));
  g_assert_cmpuint (n_items (pdz_plan_get_partners (f->plan)), ==, 2);
  g_assert_true (item (pdz_plan_get_partners (f->plan), 0) == f->buccinasco);
}

static void
test_remove_macroarea (Fixture       *f,
                       gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (pdz_plan_remove_macroarea (f->plan, f->digitale, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_CONFLICT,
                        "macroarea \"digitale\" is still referenced by /objectives/1/macroarea");
  g_clear_error (&error);
  g_assert_cmpuint (n_items (pdz_plan_get_macroareas (f->plan)), ==, 2);

  pdz_objective_set_macroarea (f->portale, NULL);
  g_assert_true (pdz_plan_remove_macroarea (f->plan, f->digitale, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (pdz_plan_get_macroareas (f->plan)), ==, 1);
  g_assert_null (pdz_plan_lookup_macroarea (f->plan, "digitale"));
  f->digitale = NULL;
}

static void
test_remove_project (Fixture       *f,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzProject) partecipe = g_object_ref (f->partecipe);

  g_assert_false (pdz_plan_remove_project (f->plan, partecipe, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_CONFLICT,
                        "project \"partecipe\" is still referenced by /objectives/0/actions/0/projects/0");
  g_clear_error (&error);
  g_assert_true (pdz_action_remove_project (f->valorizzazione, partecipe));

  /* Its own actions count too. */
  pdz_action_add_project (f->prins, partecipe);
  g_assert_false (pdz_plan_remove_project (f->plan, partecipe, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_CONFLICT,
                        "project \"partecipe\" is still referenced by /projects/0/actions/0/projects/0");
  g_clear_error (&error);
  g_assert_true (pdz_action_remove_project (f->prins, partecipe));
  g_assert_cmpuint (n_items (pdz_plan_get_projects (f->plan)), ==, 1);

  /* The objectives a project serves do not hold it back. */
  g_assert_true (pdz_plan_remove_project (f->plan, partecipe, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (pdz_plan_get_projects (f->plan)), ==, 0);
  g_assert_null (pdz_project_get_plan (partecipe));
  g_assert_null (pdz_plan_lookup_project (f->plan, "partecipe"));
  g_assert_null (pdz_plan_lookup_action (f->plan, "prins"));
  /* The project keeps what it owns. */
  g_assert_true (pdz_action_get_owner (f->prins) == G_OBJECT (partecipe));
  f->partecipe = NULL;
  f->prins = NULL;
}

static void
test_remove_objective (Fixture       *f,
                       gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzObjective) emergenza = g_object_ref (f->emergenza);

  g_assert_false (pdz_plan_remove_objective (f->plan, emergenza, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_CONFLICT,
                        "objective \"emergenza\" is still referenced by /projects/0/objectives/0");
  g_clear_error (&error);
  g_assert_cmpuint (n_items (pdz_plan_get_objectives (f->plan)), ==, 2);

  g_assert_true (pdz_project_remove_objective (f->partecipe, emergenza));
  g_assert_false (pdz_project_remove_objective (f->partecipe, emergenza));
  g_assert_true (pdz_plan_remove_objective (f->plan, emergenza, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (pdz_plan_get_objectives (f->plan)), ==, 1);
  g_assert_true (item (pdz_plan_get_objectives (f->plan), 0) == f->portale);
  g_assert_null (pdz_objective_get_plan (emergenza));
  g_assert_null (pdz_action_get_plan (f->valorizzazione));
  g_assert_true (pdz_action_get_objective (f->valorizzazione) == emergenza);
  g_assert_null (pdz_plan_lookup_action (f->plan, "valorizzazione"));
  f->emergenza = NULL;
  f->valorizzazione = NULL;
  f->escomio = NULL;
  f->sfratti = NULL;
}

static void
test_remove_children (Fixture       *f,
                      gconstpointer  user_data)
{
  g_autoptr(PdzFunding) f1 = pdz_funding_new ("FNPS");
  g_autoptr(PdzFunding) f2 = pdz_funding_new ("PNRR");
  g_autoptr(PdzParticipation) stranger = participation (f->aler, PDZ_ROLE_CONSULTED);
  g_autoptr(PdzIndicator) accessi = g_object_ref (f->accessi);

  /* Absent: FALSE, nothing changes. */
  g_assert_false (pdz_objective_remove_action (f->portale, f->valorizzazione));
  g_assert_false (pdz_project_remove_action (f->partecipe, f->online));
  g_assert_false (pdz_objective_remove_indicator (f->portale, f->sfratti));
  g_assert_false (pdz_objective_remove_participation (f->portale, stranger));
  g_assert_false (pdz_action_remove_participation (f->online, stranger));
  g_assert_false (pdz_project_remove_participation (f->partecipe, stranger));
  g_assert_false (pdz_action_remove_funding (f->online, f1));
  g_assert_false (pdz_project_remove_funding (f->partecipe, f1));
  g_assert_false (pdz_action_remove_project (f->online, f->partecipe));
  g_assert_false (pdz_project_remove_objective (f->partecipe, f->portale));
  g_assert_true (pdz_action_get_objective (f->valorizzazione) == f->emergenza);

  g_assert_true (pdz_objective_remove_indicator (f->portale, accessi));
  g_assert_null (pdz_indicator_get_objective (accessi));
  g_assert_null (pdz_plan_lookup_indicator (f->plan, "accessi"));

  /* Fundings and participations may repeat. */
  pdz_action_add_funding (f->online, f1);
  pdz_action_add_funding (f->online, f2);
  g_assert_true (_pdz_entity_get_owner (f1) == G_OBJECT (f->online));
  g_assert_cmpuint (n_items (pdz_action_get_fundings (f->online)), ==, 2);
  g_assert_true (pdz_action_remove_funding (f->online, f1));
  g_assert_null (_pdz_entity_get_owner (f1));
  g_assert_true (item (pdz_action_get_fundings (f->online), 0) == f2);
  pdz_project_add_funding (f->partecipe, f1);
  g_assert_true (_pdz_entity_get_owner (f1) == G_OBJECT (f->partecipe));
  g_assert_true (pdz_project_remove_funding (f->partecipe, f1));
  g_assert_null (_pdz_entity_get_owner (f1));

  g_assert_true (pdz_project_add_participation (f->partecipe, stranger, NULL));
  g_assert_cmpuint (n_items (pdz_project_get_participations (f->partecipe)), ==, 2);
  g_assert_true (pdz_project_remove_participation (f->partecipe, stranger));
  g_assert_null (_pdz_entity_get_owner (stranger));

  /* Projects and objectives are referenced at most once. */
  pdz_action_add_project (f->online, f->partecipe);
  pdz_action_add_project (f->online, f->partecipe);
  g_assert_cmpuint (n_items (pdz_action_get_projects (f->online)), ==, 1);
  /* A reference: the owner does not change. */
  g_assert_true (pdz_action_get_owner (f->online) == G_OBJECT (f->portale));
  pdz_project_add_objective (f->partecipe, f->emergenza);
  pdz_project_add_objective (f->partecipe, f->portale);
  g_assert_cmpuint (n_items (pdz_project_get_objectives (f->partecipe)), ==, 2);
  g_assert_true (pdz_objective_get_plan (f->portale) == f->plan);
}

static void
test_municipalities (Fixture       *f,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPartner) outsider = pdz_partner_new ("cesano", "Comune di Cesano Boscone");
  GListModel *municipalities = pdz_plan_get_municipalities (f->plan);

  g_assert_false (pdz_plan_add_municipality (f->plan, outsider, &error));
  assert_error_message (error, PDZ_ERROR, PDZ_ERROR_DANGLING_REFERENCE,
                        "partner \"cesano\" is not a partner of the plan");
  g_clear_error (&error);
  g_assert_cmpuint (n_items (municipalities), ==, 2);

  /* Listed already: nothing to do. */
  g_assert_true (pdz_plan_add_municipality (f->plan, f->buccinasco, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (municipalities), ==, 2);

  g_assert_true (pdz_plan_add_partner (f->plan, outsider, NULL));
  g_assert_true (pdz_plan_add_municipality (f->plan, outsider, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (municipalities), ==, 3);
  g_assert_true (item (municipalities, 2) == outsider);
  /* A reference, not ownership. */
  g_assert_true (_pdz_entity_get_owner (outsider) == G_OBJECT (f->plan));

  g_assert_true (pdz_plan_remove_municipality (f->plan, f->corsico, &error));
  g_assert_no_error (error);
  g_assert_false (pdz_plan_remove_municipality (f->plan, f->corsico, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "corsico"));
  g_clear_error (&error);
  g_assert_cmpuint (n_items (municipalities), ==, 2);
  g_assert_true (item (municipalities, 0) == f->buccinasco);
  /* Still a partner. */
  g_assert_true (pdz_plan_lookup_partner (f->plan, "corsico") == f->corsico);
}

/* ---------------------------------------------------------------------- */

static void
test_dispose_breaks_cycle (void)
{
  PdzPlan *plan = pdz_plan_new ();
  PdzObjective *objective = pdz_objective_new ("o", "Objective");
  PdzProject *project = pdz_project_new ("p", "Project");
  PdzAction *action = pdz_action_new ("a", "Action of the objective");
  PdzAction *inner = pdz_action_new ("b", "Action of the project");
  PdzAction *kept = pdz_action_new ("c", "Action held past the plan");
  gpointer weak[6] = { plan, objective, project, action, inner, kept };

  for (guint i = 0; i < G_N_ELEMENTS (weak); i++)
    g_object_add_weak_pointer (weak[i], &weak[i]);

  /* project -> objective -> action -> project, and project -> inner ->
   * project: cycles of strong references. */
  g_assert_true (pdz_plan_add_project (plan, project, NULL));
  g_assert_true (pdz_plan_add_objective (plan, objective, NULL));
  g_assert_true (pdz_objective_add_action (objective, action, NULL));
  g_assert_true (pdz_objective_add_action (objective, kept, NULL));
  g_assert_true (pdz_project_add_action (project, inner, NULL));
  pdz_project_add_objective (project, objective);
  pdz_action_add_project (action, project);
  pdz_action_add_project (inner, project);
  pdz_action_add_project (kept, project);

  g_object_unref (objective);
  g_object_unref (project);
  g_object_unref (action);
  g_object_unref (inner);

  /* Only the plan and one action are held from outside. */
  g_object_unref (plan);

  g_assert_null (weak[0]);
  g_assert_null (weak[1]);
  g_assert_null (weak[2]);
  g_assert_null (weak[3]);
  g_assert_null (weak[4]);

  /* An entity held past its plan survives, without the references. */
  g_assert_nonnull (weak[5]);
  g_assert_cmpuint (n_items (pdz_action_get_projects (kept)), ==, 0);
  g_assert_null (pdz_action_get_owner (kept));
  g_object_unref (kept);
  g_assert_null (weak[5]);
}

/* ---------------------------------------------------------------------- */

static char *
write_file (Fixture    *f,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->tmpdir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);

  return path;
}

static void
assert_tiny_plan (PdzPlan *plan)
{
  PdzAction *online;
  PdzPartner *corsico;

  g_assert_nonnull (plan);
  g_assert_cmpstr (pdz_plan_get_id (plan), ==, "tiny");
  g_assert_cmpstr (pdz_plan_get_title (plan), ==, "Piano di Zona 2021-2023");
  g_assert_cmpuint (n_items (pdz_plan_get_objectives (plan)), ==, 1);
  corsico = pdz_plan_lookup_partner (plan, "corsico");
  g_assert_nonnull (corsico);
  g_assert_true (item (pdz_plan_get_municipalities (plan), 0) == corsico);
  online = pdz_plan_lookup_action (plan, "online");
  g_assert_nonnull (online);
  g_assert_cmpint (pdz_action_get_status (online), ==, PDZ_STATUS_COMPLETED);
  g_assert_true (pdz_action_get_objective (online) == pdz_plan_lookup_objective (plan, "portale"));
  g_assert_true (pdz_participation_get_partner (item (pdz_action_get_participations (online), 0)) ==
                 corsico);
}

static void
test_new_from_data (Fixture       *f,
                    gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPlan) p1 = NULL;
  g_autoptr(PdzPlan) p2 = NULL;
  g_autoptr(PdzPlan) p3 = NULL;
  g_autoptr(PdzPlan) p4 = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (tiny_plan_json, strlen (tiny_plan_json));
  g_autofree char *path = write_file (f, "tiny.json", tiny_plan_json);
  g_autofree char *missing = g_build_filename (f->tmpdir, "missing.json", NULL);

  p1 = pdz_plan_new_from_data (tiny_plan_json, -1, &error);
  g_assert_no_error (error);
  assert_tiny_plan (p1);

  p2 = pdz_plan_new_from_data (tiny_plan_json, strlen (tiny_plan_json), &error);
  g_assert_no_error (error);
  assert_tiny_plan (p2);

  p3 = pdz_plan_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  assert_tiny_plan (p3);

  p4 = pdz_plan_load_path (path, NULL, &error);
  g_assert_no_error (error);
  assert_tiny_plan (p4);

  /* A length that cuts the text short is honoured. */
  g_assert_null (pdz_plan_new_from_data (tiny_plan_json, 40, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_PARSE);
  g_clear_error (&error);

  /* An unreadable file fails with the error that says why. */
  g_assert_null (pdz_plan_load_path (missing, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "missing.json"));
}

typedef struct
{
  GMainLoop *loop;
  PdzPlan *plan;
  GError *error;
} LoadData;

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  LoadData *data = user_data;

  g_assert_null (source);
  data->plan = pdz_plan_load_finish (result, &data->error);
  g_main_loop_quit (data->loop);
}

static void
load (GFile        *file,
      GCancellable *cancellable,
      LoadData     *data)
{
  data->loop = g_main_loop_new (NULL, FALSE);
  pdz_plan_load_async (file, cancellable, load_cb, data);
  g_main_loop_run (data->loop);
  g_clear_pointer (&data->loop, g_main_loop_unref);
}

static void
test_load_async (Fixture       *f,
                 gconstpointer  user_data)
{
  g_autofree char *path = write_file (f, "tiny.json", tiny_plan_json);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  LoadData data = { NULL, NULL, NULL };

  load (file, NULL, &data);
  g_assert_no_error (data.error);
  assert_tiny_plan (data.plan);
  g_clear_object (&data.plan);
}

static void
test_load_async_cancelled (Fixture       *f,
                           gconstpointer  user_data)
{
  g_autofree char *path = write_file (f, "tiny.json", tiny_plan_json);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  LoadData data = { NULL, NULL, NULL };

  g_cancellable_cancel (cancellable);
  load (file, cancellable, &data);
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (data.plan);
  g_clear_error (&data.error);
}

static void
test_load_async_errors (Fixture       *f,
                        gconstpointer  user_data)
{
  g_autofree char *missing = g_build_filename (f->tmpdir, "missing.json", NULL);
  g_autofree char *bad = write_file (f, "bad.json", "{ \"format\": \"pdz\", ");
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  LoadData data = { NULL, NULL, NULL };

  load (missing_file, NULL, &data);
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_null (data.plan);
  g_clear_error (&data.error);

  load (bad_file, NULL, &data);
  g_assert_error (data.error, PDZ_ERROR, PDZ_ERROR_PARSE);
  g_assert_null (data.plan);
  /* The message names the file by its parse name, then LINE:COLUMN:. */
  {
    g_autofree char *parse_name = g_file_get_parse_name (bad_file);
    g_autofree char *expected = g_strconcat (parse_name, ":1:20: ", NULL);

    g_assert_true (g_str_has_prefix (data.error->message, expected));
  }
  g_clear_error (&data.error);
}

typedef struct
{
  GMainLoop *loop;
  guint pending;
  guint n_good;
  guint n_bad;
} ConcurrentData;

static void
concurrent_load_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  ConcurrentData *data = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPlan) plan = pdz_plan_load_finish (result, &error);

  if (plan != NULL)
    {
      g_assert_no_error (error);
      assert_tiny_plan (plan);
      data->n_good++;
    }
  else
    {
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_PARSE);
      data->n_bad++;
    }
  if (--data->pending == 0)
    g_main_loop_quit (data->loop);
}

/* Loads started together parse in worker threads at the same time, each
 * into its own plan; good and bad files alike. */
static void
test_load_async_concurrent (Fixture       *f,
                            gconstpointer  user_data)
{
  g_autofree char *good = write_file (f, "tiny.json", tiny_plan_json);
  g_autofree char *bad = write_file (f, "bad.json", "{ \"format\": \"pdz\", ");
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  ConcurrentData data = { g_main_loop_new (NULL, FALSE), 0, 0, 0 };

  for (guint i = 0; i < 16; i++)
    {
      data.pending++;
      pdz_plan_load_async (i % 2 == 0 ? good_file : bad_file, NULL, concurrent_load_cb, &data);
    }
  g_main_loop_run (data.loop);
  g_clear_pointer (&data.loop, g_main_loop_unref);
  g_assert_cmpuint (data.n_good, ==, 8);
  g_assert_cmpuint (data.n_bad, ==, 8);
}

/* Different plans may be used from different threads at once: each thread
 * builds, reads, edits and writes plans of its own. The threads start
 * before anything else in the process uses libpdz, so that its lazily
 * made statics are first reached from several threads at once. */
static gpointer
plan_thread (gpointer user_data)
{
  char *first = NULL;

  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PdzPlan) plan = pdz_plan_new_from_data (tiny_plan_json, -1, &error);
      g_autoptr(PdzPartner) partner = pdz_partner_new ("aler", "ALER Milano");
      g_autofree char *data = NULL;

      g_assert_no_error (error);
      assert_tiny_plan (plan);
      g_assert_true (pdz_plan_add_partner (plan, partner, &error));
      g_assert_no_error (error);
      g_assert_true (pdz_plan_lookup_partner (plan, "aler") == partner);
      data = pdz_plan_to_data (plan, NULL);
      if (first == NULL)
        first = g_steal_pointer (&data);
      else
        g_assert_cmpstr (data, ==, first);

      g_assert_null (pdz_plan_new_from_data ("{ \"format\": \"pdz\", ", -1, &error));
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_PARSE);
    }

  return first;
}

static void
test_threads (void)
{
  GThread *threads[4];
  char *results[G_N_ELEMENTS (threads)];
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzPartner) partner = NULL;
  g_autofree char *expected = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("pdz-test-plan", plan_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    results[i] = g_thread_join (threads[i]);

  plan = pdz_plan_new_from_data (tiny_plan_json, -1, &error);
  g_assert_no_error (error);
  partner = pdz_partner_new ("aler", "ALER Milano");
  g_assert_true (pdz_plan_add_partner (plan, partner, &error));
  expected = pdz_plan_to_data (plan, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_assert_cmpstr (results[i], ==, expected);
      g_free (results[i]);
    }
}

static void
test_save_roundtrip (Fixture       *f,
                     gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->tmpdir, "plan.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *data = NULL;
  g_autofree char *reread = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PdzPlan) plan = NULL;
  gsize length = 0;

  g_assert_true (pdz_plan_validate (f->plan, &error));
  g_assert_no_error (error);
  g_assert_true (pdz_plan_save_path (f->plan, path, PDZ_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  data = pdz_plan_to_data (f->plan, &length);
  g_assert_cmpuint (length, ==, strlen (data));
  g_assert_cmpstr (contents, ==, data);
  bytes = pdz_plan_to_bytes (f->plan);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), data, length);

  plan = pdz_plan_load_path (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (pdz_objective_get_macroarea (pdz_plan_lookup_objective (plan, "portale")) ==
                 pdz_plan_lookup_macroarea (plan, "digitale"));
  g_assert_true (item (pdz_action_get_projects (pdz_plan_lookup_action (plan, "valorizzazione")), 0) ==
                 pdz_plan_lookup_project (plan, "partecipe"));
  reread = pdz_plan_to_data (plan, NULL);
  g_assert_cmpstr (reread, ==, data);
}

static void
test_save_missing_directory (Fixture       *f,
                             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (f->tmpdir, "missing", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *expected = NULL;

  g_assert_false (pdz_plan_save_path (f->plan, path, PDZ_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  expected = g_strconcat (path, ": cannot write: No such file or directory", NULL);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
}

static void
test_save_invalid_keeps_old_file (Fixture       *f,
                                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->tmpdir, "plan.json", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_length = 0, after_length = 0;
  g_autoptr(GDir) dir = NULL;
  guint n_files = 0;

  g_assert_true (pdz_plan_save_path (f->plan, path, PDZ_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &before, &before_length, &error));
  g_assert_no_error (error);

  /* A setter can make two actions share an id; such a plan is not
   * saved, and the file on disk stays as it was. */
  pdz_action_set_id (f->online, "prins");
  pdz_plan_set_title (f->plan, "Changed, but never written");
  g_assert_false (pdz_plan_validate (f->plan, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_false (pdz_plan_save_path (f->plan, path, PDZ_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID);
  g_assert_nonnull (strstr (error->message, "prins"));

  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);

  /* No temporary file left beside it. */
  dir = g_dir_open (f->tmpdir, 0, NULL);
  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 1);
}

/* PDZ_VERSION_HEX is one byte per part, as PDZ_ENCODE_VERSION encodes
 * major and minor, and agrees with the string. */
static void
test_version_hex (void)
{
  g_autofree char *hex = g_strdup_printf ("%d.%d.%d", (PDZ_VERSION_HEX >> 16) & 0xff,
                                          (PDZ_VERSION_HEX >> 8) & 0xff, PDZ_VERSION_HEX & 0xff);

  g_assert_cmphex (PDZ_VERSION_HEX, ==,
                   PDZ_ENCODE_VERSION (PDZ_MAJOR_VERSION, PDZ_MINOR_VERSION) | PDZ_MICRO_VERSION);
  g_assert_cmpstr (hex, ==, PDZ_VERSION_S);
  g_assert_cmphex (PDZ_VERSION_HEX, >=, PDZ_VERSION_0_1);
  g_assert_cmphex (PDZ_VERSION_HEX & ~0xff, ==, PDZ_VERSION_CUR_STABLE);
}


static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  guint *n_notify = user_data;

  (*n_notify)++;
}

/* A string property @prop of @obj refuses PDZ_TEST_NOT_UTF8, through @set and
 * through g_object_set(), with a critical, keeping its value and the
 * plan's change stamp, with no notify. */
#define CHECK_UTF8_REFUSED(f, obj, prop, get, set) \
  G_STMT_START { \
    g_autofree char *cur_value = g_strdup (get (obj)); \
    guint64 cur_stamp = _pdz_plan_get_stamp ((f)->plan); \
    guint cur_notify = 0; \
    gulong cur_handler = g_signal_connect (obj, "notify", G_CALLBACK (count_notify), &cur_notify); \
    \
    PDZ_TEST_EXPECT_UTF8_CRITICAL (set (obj, PDZ_TEST_NOT_UTF8)); \
    PDZ_TEST_EXPECT_UTF8_CRITICAL (g_object_set (obj, prop, PDZ_TEST_NOT_UTF8, NULL)); \
    g_assert_cmpstr (get (obj), ==, cur_value); \
    g_assert_cmpuint (_pdz_plan_get_stamp ((f)->plan), ==, cur_stamp); \
    g_assert_cmpuint (cur_notify, ==, 0); \
    g_signal_handler_disconnect (obj, cur_handler); \
  } G_STMT_END

/* The same for a string-vector property: one bad item spoils the vector. */
#define CHECK_UTF8_STRV_REFUSED(f, obj, prop, get, set) \
  G_STMT_START { \
    const char * const cur_bad[] = { "https://example.org", PDZ_TEST_NOT_UTF8, NULL }; \
    g_auto(GStrv) cur_value = g_strdupv ((char **) get (obj)); \
    guint64 cur_stamp = _pdz_plan_get_stamp ((f)->plan); \
    \
    g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*strv_is_utf8*"); \
    set (obj, cur_bad); \
    g_test_assert_expected_messages (); \
    g_test_expect_message ("Pdz", G_LOG_LEVEL_CRITICAL, "*strv_is_utf8*"); \
    g_object_set (obj, prop, cur_bad, NULL); \
    g_test_assert_expected_messages (); \
    g_assert_true (g_strv_equal ((const char * const *) cur_value, get (obj))); \
    g_assert_cmpuint (_pdz_plan_get_stamp ((f)->plan), ==, cur_stamp); \
  } G_STMT_END

/* Every string property of the plan, objectives, actions and projects
 * refuses text that is not UTF-8: the plan stays valid, saves, and loads
 * back with the values it had. */
static void
test_invalid_utf8 (Fixture       *f,
                   gconstpointer  user_data)
{
  const char * const links[] = { "https://example.org/delibera.pdf", NULL };
  const char * const interventions[] = { "Tutoring individuale", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *path = g_build_filename (f->tmpdir, "plan.json", NULL);
  g_autoptr(PdzPlan) reloaded = NULL;

  pdz_plan_set_title (f->plan, "Piano di Zona 2021-2023");
  pdz_plan_set_ambito (f->plan, "Corsichese");
  pdz_plan_set_language (f->plan, "it");
  pdz_plan_set_office (f->plan, "Ufficio di Piano");
  pdz_plan_set_email (f->plan, "udp@example.org");
  pdz_plan_set_phone (f->plan, "02 0000");
  pdz_plan_set_website (f->plan, "https://example.org");
  pdz_plan_set_monitoring_title (f->plan, "Monitoraggio 2023");
  pdz_objective_set_description (f->portale, "Un portale");
  pdz_project_set_description (f->partecipe, "Un progetto");
  pdz_action_set_links (f->online, links);
  pdz_project_set_interventions (f->partecipe, interventions);

  CHECK_UTF8_REFUSED (f, f->plan, "id", pdz_plan_get_id, pdz_plan_set_id);
  CHECK_UTF8_REFUSED (f, f->plan, "title", pdz_plan_get_title, pdz_plan_set_title);
  CHECK_UTF8_REFUSED (f, f->plan, "ambito", pdz_plan_get_ambito, pdz_plan_set_ambito);
  CHECK_UTF8_REFUSED (f, f->plan, "language", pdz_plan_get_language, pdz_plan_set_language);
  CHECK_UTF8_REFUSED (f, f->plan, "office", pdz_plan_get_office, pdz_plan_set_office);
  CHECK_UTF8_REFUSED (f, f->plan, "email", pdz_plan_get_email, pdz_plan_set_email);
  CHECK_UTF8_REFUSED (f, f->plan, "phone", pdz_plan_get_phone, pdz_plan_set_phone);
  CHECK_UTF8_REFUSED (f, f->plan, "website", pdz_plan_get_website, pdz_plan_set_website);
  CHECK_UTF8_REFUSED (f, f->plan, "monitoring-title", pdz_plan_get_monitoring_title,
                      pdz_plan_set_monitoring_title);

  CHECK_UTF8_REFUSED (f, f->portale, "id", pdz_objective_get_id, pdz_objective_set_id);
  CHECK_UTF8_REFUSED (f, f->portale, "title", pdz_objective_get_title, pdz_objective_set_title);
  CHECK_UTF8_REFUSED (f, f->portale, "description", pdz_objective_get_description,
                      pdz_objective_set_description);

  CHECK_UTF8_REFUSED (f, f->online, "id", pdz_action_get_id, pdz_action_set_id);
  CHECK_UTF8_REFUSED (f, f->online, "title", pdz_action_get_title, pdz_action_set_title);
  CHECK_UTF8_STRV_REFUSED (f, f->online, "links", pdz_action_get_links, pdz_action_set_links);

  CHECK_UTF8_REFUSED (f, f->partecipe, "id", pdz_project_get_id, pdz_project_set_id);
  CHECK_UTF8_REFUSED (f, f->partecipe, "title", pdz_project_get_title, pdz_project_set_title);
  CHECK_UTF8_REFUSED (f, f->partecipe, "description", pdz_project_get_description,
                      pdz_project_set_description);
  CHECK_UTF8_STRV_REFUSED (f, f->partecipe, "interventions", pdz_project_get_interventions,
                           pdz_project_set_interventions);

  CHECK_UTF8_REFUSED (f, f->aler, "name", pdz_partner_get_name, pdz_partner_set_name);

  /* The constructors refuse it before they build anything. */
  PDZ_TEST_EXPECT_UTF8_CRITICAL (g_assert_null (pdz_objective_new ("o", PDZ_TEST_NOT_UTF8)));
  PDZ_TEST_EXPECT_UTF8_CRITICAL (g_assert_null (pdz_objective_new (PDZ_TEST_NOT_UTF8, "O")));
  PDZ_TEST_EXPECT_UTF8_CRITICAL (g_assert_null (pdz_action_new ("a", PDZ_TEST_NOT_UTF8)));
  PDZ_TEST_EXPECT_UTF8_CRITICAL (g_assert_null (pdz_action_new (PDZ_TEST_NOT_UTF8, "A")));
  PDZ_TEST_EXPECT_UTF8_CRITICAL (g_assert_null (pdz_project_new ("p", PDZ_TEST_NOT_UTF8)));
  PDZ_TEST_EXPECT_UTF8_CRITICAL (g_assert_null (pdz_project_new (PDZ_TEST_NOT_UTF8, "P")));

  /* What the setters kept is what is saved and read back. */
  g_assert_true (pdz_plan_validate (f->plan, &error));
  g_assert_no_error (error);
  g_assert_true (pdz_plan_save_path (f->plan, path, PDZ_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
  reloaded = pdz_plan_load_path (path, NULL, &error);
  g_assert_no_error (error);
  data = pdz_plan_to_data (f->plan, NULL);
  {
    g_autofree char *reloaded_data = pdz_plan_to_data (reloaded, NULL);

    g_assert_cmpstr (reloaded_data, ==, data);
  }
  g_assert_cmpstr (pdz_partner_get_name (pdz_plan_lookup_partner (reloaded, "aler")), ==,
                   "ALER Milano");
}

/* Null cells of a plan table read as null through every accessor, without
 * a critical: a string column left unset (an action without a date) and
 * an integer one (a funding whose amount is not stated). */
static void
test_table_null_cells (void)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_data (
    "{\"format\": \"pdz\", \"version\": 2, \"id\": \"p\", \"objectives\": [\n"
    "  {\"id\": \"o\", \"title\": \"O\", \"actions\": [\n"
    "    {\"id\": \"a\", \"title\": \"A\", \"fundings\": [{\"source\": \"FNPS\"}]}\n"
    "  ]}\n"
    "]}\n");
  g_autoptr(PdzStatsTable) actions = pdz_plan_dup_table (plan, PDZ_ENTITY_KIND_ACTION);
  g_autoptr(PdzStatsTable) fundings = pdz_plan_dup_table (plan, PDZ_ENTITY_KIND_FUNDING);
  g_autoptr(PdzStatsRow) action = g_list_model_get_item (G_LIST_MODEL (actions), 0);
  g_autoptr(PdzStatsRow) funding = g_list_model_get_item (G_LIST_MODEL (fundings), 0);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *json = NULL;

  g_assert_true (pdz_stats_row_is_null (action, "date"));
  g_assert_true (pdz_stats_row_is_null (action, "parent"));
  g_assert_false (pdz_stats_row_is_null (action, "title"));
  g_assert_false (pdz_stats_row_is_null (action, "status"));
  g_assert_false (pdz_stats_row_is_null (action, "no-such-column"));
  g_assert_null (pdz_stats_row_get_string (action, "date"));
  g_assert_true (pdz_stats_row_get_value (action, "date", &value));
  g_assert_true (G_VALUE_HOLDS_STRING (&value));
  g_assert_null (g_value_get_string (&value));

  g_assert_true (pdz_stats_row_is_null (funding, "amount"));
  g_assert_false (pdz_stats_row_is_null (funding, "source"));
  g_assert_cmpint (pdz_stats_row_get_int (funding, "amount"), ==, 0);

  json = pdz_stats_table_to_json (actions);
  g_assert_nonnull (strstr (json, "\"date\": null"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/pdz/plan/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("build", test_build);
  ADD ("action-owner", test_action_owner);
  ADD ("add-owned-twice", test_add_owned_twice);
  ADD ("lookup", test_lookup);
  ADD ("lookup/after-set-id", test_lookup_after_set_id);
  ADD ("lookup/after-add-remove", test_lookup_after_add_remove);
  ADD ("lookup/after-add-subtree", test_lookup_after_add_subtree);
  ADD ("lookup/in-handlers", test_lookup_in_handlers);
  ADD ("lookup/in-notify", test_lookup_in_notify);
  ADD ("pointers", test_pointers);
  ADD ("lookup/ids-added-in-place", test_ids_added_in_place);
  ADD ("touch-before-notify", test_touch_before_notify);
  ADD ("stamp", test_stamp);
  ADD ("add/duplicate-id", test_duplicate_ids);
  ADD ("add/duplicate-id-of-children", test_duplicate_ids_of_children);
  ADD ("add/empty-id", test_empty_ids);
  ADD ("remove/partner", test_remove_partner);
  ADD ("remove/macroarea", test_remove_macroarea);
  ADD ("remove/project", test_remove_project);
  ADD ("remove/objective", test_remove_objective);
  ADD ("remove/children", test_remove_children);
  ADD ("municipalities", test_municipalities);
  ADD ("invalid-utf8", test_invalid_utf8);
  ADD ("new-from-data", test_new_from_data);
  ADD ("load-async", test_load_async);
  ADD ("load-async/cancelled", test_load_async_cancelled);
  ADD ("load-async/errors", test_load_async_errors);
  ADD ("load-async/concurrent", test_load_async_concurrent);
  ADD ("save/roundtrip", test_save_roundtrip);
  ADD ("save/missing-directory", test_save_missing_directory);
  ADD ("save/invalid-keeps-old-file", test_save_invalid_keeps_old_file);

#undef ADD

  g_test_add_func ("/pdz/plan/dispose-breaks-cycle", test_dispose_breaks_cycle);
  g_test_add_func ("/pdz/plan/threads", test_threads);
  g_test_add_func ("/pdz/plan/version-hex", test_version_hex);
  g_test_add_func ("/pdz/plan/table/null-cells", test_table_null_cells);

  return g_test_run ();
}
