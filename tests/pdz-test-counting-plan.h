/* pdz-test-counting-plan.h: a small plan for the counting rule, shared by
 * test-stats.c and test-query.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every expected figure of those tests is derived by hand from this map of
 * the plan (P planned, IP in progress, C completed, S suspended, X
 * cancelled, NS not stated; origins likewise, "-" when not stated).
 * Monitoring round 2022-11 to 2023-04; plan 2021 to 2023.
 *
 * Partners, in this order: regione (region), ets (third-sector), ufficio
 * (own-body), asst (health-trust), aler (housing-agency), comune
 * (municipality), ignoto (other; referenced by nothing).
 * Macroareas: m-casa (code A), m-lavoro, m-vuota (no objective).
 *
 * o1 "Casa per tutti"   m-casa, plan kind, IP; ufficio lead
 *   a1  P   planned  2022-11-15             aler signatory; names p2; PNRR 1000.00 granted
 *   a2  IP  extra    2022-12-20 to 2023-03  comune participant, ufficio lead;
 *                                           milestone 2023-02-10
 *     a2-s1  C   -   2023-02   ets partner; names p2; "Fondo Povertà" 50.00 reported;
 *                              milestone 2023-04-30
 *     a2-s2  NS  -   undated   aler consulted, ufficio participant; milestone 2024
 *   a3  NS  -        undated
 * o2 "Lavoro"           m-lavoro, plan kind, C
 *   a4  C   planned  2022-12                comune lead; "pnrr" (amount not stated) applied
 *   a5  S   extra    end-date 2023-05 only  names p1
 * o3 "Salute mentale"   no macroarea, health-integration, NS
 *   a6  X   -        2021-06                asst partner; milestone 2022-10
 * o4 "ASST: continuità" no macroarea, health-integration, P; no action
 *
 * p1 "Ponte"        IP, ambito, lead comune, 2022 to 2023-06, serves o1 and o2;
 *                   aler partner; FNPS 2500.00 granted
 *   b1  C   planned  2023-01-20             ets contractor
 *     b1-s1  IP  -   2023-02   asst participant; PNRR 200.00 (status not stated);
 *                              milestone 2023-03-15
 *   b2  NS  extra    undated                milestone 2022-11
 * p2 "Rete"         NS, scope not stated, undated, serves o1; asst consulted,
 *                   regione participant; "Bando regionale" (no amount) not-funded
 * p3 "Azione solo"  C, sovra-ambito, from 2023-02-01 (no end), serves nothing;
 *                   regione funder; "Fondo poverta" 70.00 (status not stated)
 *   c1  IP  planned  2023                   ufficio (role not stated); milestone 2022
 *
 * Bullets, in document order: a1 a2 a3 a4 a5 a6 b1 b2 c1 (9). Every action,
 * in document order: a1 a2 a2-s1 a2-s2 a3 a4 a5 a6 b1 b1-s1 b2 c1 (12).
 */

#pragma once

#include <libpdz/pdz.h>

/* The ids of the entities of @model, space-separated, for comparing what
 * a query or a statistic lists with a line of the map above. */
static inline char *
pdz_test_ids_of (GListModel *model)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *id = NULL;

      g_object_get (item, "id", &id, NULL);
      if (i > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, id);
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static const char pdz_test_counting_plan[] =
  "{\n"
  "  \"format\": \"pdz\",\n"
  "  \"version\": 2,\n"
  "  \"id\": \"counting-rule\",\n"
  "  \"title\": \"Piano di prova della regola di conteggio\",\n"
  "  \"language\": \"it\",\n"
  "  \"start\": \"2021\",\n"
  "  \"end\": \"2023\",\n"
  "  \"monitoring\": { \"title\": \"Monitoraggio\", \"start\": \"2022-11\", \"end\": \"2023-04\" },\n"
  "  \"partners\": [\n"
  "    { \"id\": \"regione\", \"name\": \"Regione Lombardia\", \"kind\": \"region\" },\n"
  "    { \"id\": \"ets\", \"name\": \"Cooperativa Aurora\", \"kind\": \"third-sector\" },\n"
  "    { \"id\": \"ufficio\", \"name\": \"Ufficio di Piano\", \"kind\": \"own-body\" },\n"
  "    { \"id\": \"asst\", \"name\": \"ASST Rhodense\", \"kind\": \"health-trust\" },\n"
  "    { \"id\": \"aler\", \"name\": \"ALER Milano\", \"kind\": \"housing-agency\" },\n"
  "    { \"id\": \"comune\", \"name\": \"Comune di Corsico\", \"kind\": \"municipality\" },\n"
  "    { \"id\": \"ignoto\", \"name\": \"Ente mai citato\" }\n"
  "  ],\n"
  "  \"macroareas\": [\n"
  "    { \"id\": \"m-casa\", \"title\": \"Casa\", \"code\": \"A\" },\n"
  "    { \"id\": \"m-lavoro\", \"title\": \"Lavoro\" },\n"
  "    { \"id\": \"m-vuota\", \"title\": \"Senza obiettivi\" }\n"
  "  ],\n"
  "  \"objectives\": [\n"
  "    {\n"
  "      \"id\": \"o1\", \"title\": \"Casa per tutti\", \"macroarea\": \"m-casa\", \"status\": \"in-progress\",\n"
  "      \"partners\": [ { \"partner\": \"ufficio\", \"role\": \"lead\" } ],\n"
  "      \"actions\": [\n"
  "        {\n"
  "          \"id\": \"a1\", \"title\": \"Protocollo con ALER\", \"status\": \"planned\", \"origin\": \"planned\",\n"
  "          \"date\": \"2022-11-15\",\n"
  "          \"partners\": [ { \"partner\": \"aler\", \"role\": \"signatory\" } ],\n"
  "          \"projects\": [ \"p2\" ],\n"
  "          \"fundings\": [ { \"source\": \"PNRR\", \"amount\": 100000, \"status\": \"granted\" } ]\n"
  "        },\n"
  "        {\n"
  "          \"id\": \"a2\", \"title\": \"Équipe territoriale avviata\", \"status\": \"in-progress\", \"origin\": \"extra\",\n"
  "          \"date\": \"2022-12-20\", \"end-date\": \"2023-03\",\n"
  "          \"milestones\": [ { \"date\": \"2023-02-10\", \"title\": \"Prima riunione\" } ],\n"
  "          \"partners\": [ { \"partner\": \"comune\", \"role\": \"participant\" },\n"
  "                        { \"partner\": \"ufficio\", \"role\": \"lead\" } ],\n"
  "          \"actions\": [\n"
  "            {\n"
  "              \"id\": \"a2-s1\", \"title\": \"Laboratori di comunità\", \"status\": \"completed\", \"date\": \"2023-02\",\n"
  "              \"milestones\": [ { \"date\": \"2023-04-30\", \"title\": \"Chiusura dei laboratori\" } ],\n"
  "              \"partners\": [ { \"partner\": \"ets\", \"role\": \"partner\" } ],\n"
  "              \"projects\": [ \"p2\" ],\n"
  "              \"fundings\": [ { \"source\": \"Fondo Povertà\", \"amount\": 5000, \"status\": \"reported\" } ]\n"
  "            },\n"
  "            {\n"
  "              \"id\": \"a2-s2\", \"title\": \"Rinnovo «ponte» per il 2024\",\n"
  "              \"milestones\": [ { \"date\": \"2024\", \"title\": \"Accreditamento transitorio\" } ],\n"
  "              \"partners\": [ { \"partner\": \"aler\", \"role\": \"consulted\" },\n"
  "                            { \"partner\": \"ufficio\", \"role\": \"participant\" } ]\n"
  "            }\n"
  "          ]\n"
  "        },\n"
  "        { \"id\": \"a3\", \"title\": \"Tavolo di rete\" }\n"
  "      ]\n"
  "    },\n"
  "    {\n"
  "      \"id\": \"o2\", \"title\": \"Lavoro\", \"macroarea\": \"m-lavoro\", \"status\": \"completed\",\n"
  "      \"actions\": [\n"
  "        {\n"
  "          \"id\": \"a4\", \"title\": \"avvio Budget di Ambito\", \"status\": \"completed\", \"origin\": \"planned\",\n"
  "          \"date\": \"2022-12\",\n"
  "          \"partners\": [ { \"partner\": \"comune\", \"role\": \"lead\" } ],\n"
  "          \"fundings\": [ { \"source\": \"pnrr\", \"status\": \"applied\" } ]\n"
  "        },\n"
  "        {\n"
  "          \"id\": \"a5\", \"title\": \"Bando regionale sospeso\", \"status\": \"suspended\", \"origin\": \"extra\",\n"
  "          \"end-date\": \"2023-05\",\n"
  "          \"projects\": [ \"p1\" ]\n"
  "        }\n"
  "      ]\n"
  "    },\n"
  "    {\n"
  "      \"id\": \"o3\", \"title\": \"Salute mentale\", \"kind\": \"health-integration\",\n"
  "      \"actions\": [\n"
  "        {\n"
  "          \"id\": \"a6\", \"title\": \"Casa della comunità\", \"status\": \"cancelled\", \"date\": \"2021-06\",\n"
  "          \"milestones\": [ { \"date\": \"2022-10\", \"title\": \"Rinuncia\" } ],\n"
  "          \"partners\": [ { \"partner\": \"asst\", \"role\": \"partner\" } ]\n"
  "        }\n"
  "      ]\n"
  "    },\n"
  "    { \"id\": \"o4\", \"title\": \"ASST: continuità\", \"kind\": \"health-integration\", \"status\": \"planned\" }\n"
  "  ],\n"
  "  \"projects\": [\n"
  "    {\n"
  "      \"id\": \"p1\", \"title\": \"Ponte\", \"status\": \"in-progress\", \"scope\": \"ambito\", \"lead\": \"comune\",\n"
  "      \"start\": \"2022\", \"end\": \"2023-06\",\n"
  "      \"partners\": [ { \"partner\": \"aler\", \"role\": \"partner\" } ],\n"
  "      \"fundings\": [ { \"source\": \"FNPS\", \"amount\": 250000, \"status\": \"granted\" } ],\n"
  "      \"objectives\": [ \"o1\", \"o2\" ],\n"
  "      \"actions\": [\n"
  "        {\n"
  "          \"id\": \"b1\", \"title\": \"Affidamento del servizio\", \"status\": \"completed\", \"origin\": \"planned\",\n"
  "          \"date\": \"2023-01-20\",\n"
  "          \"partners\": [ { \"partner\": \"ets\", \"role\": \"contractor\" } ],\n"
  "          \"actions\": [\n"
  "            {\n"
  "              \"id\": \"b1-s1\", \"title\": \"Sportello per la Libertà\", \"status\": \"in-progress\", \"date\": \"2023-02\",\n"
  "              \"milestones\": [ { \"date\": \"2023-03-15\", \"title\": \"Apertura\" } ],\n"
  "              \"partners\": [ { \"partner\": \"asst\", \"role\": \"participant\" } ],\n"
  "              \"fundings\": [ { \"source\": \"PNRR\", \"amount\": 20000 } ]\n"
  "            }\n"
  "          ]\n"
  "        },\n"
  "        {\n"
  "          \"id\": \"b2\", \"title\": \"Tavolo di rete\", \"origin\": \"extra\",\n"
  "          \"milestones\": [ { \"date\": \"2022-11\", \"title\": \"Avvio\" } ]\n"
  "        }\n"
  "      ]\n"
  "    },\n"
  "    {\n"
  "      \"id\": \"p2\", \"title\": \"Rete\",\n"
  "      \"partners\": [ { \"partner\": \"asst\", \"role\": \"consulted\" },\n"
  "                    { \"partner\": \"regione\", \"role\": \"participant\" } ],\n"
  "      \"fundings\": [ { \"source\": \"Bando regionale\", \"status\": \"not-funded\" } ],\n"
  "      \"objectives\": [ \"o1\" ]\n"
  "    },\n"
  "    {\n"
  "      \"id\": \"p3\", \"title\": \"Azione solo\", \"status\": \"completed\", \"scope\": \"sovra-ambito\",\n"
  "      \"start\": \"2023-02-01\",\n"
  "      \"partners\": [ { \"partner\": \"regione\", \"role\": \"funder\" } ],\n"
  "      \"fundings\": [ { \"source\": \"Fondo poverta\", \"amount\": 7000 } ],\n"
  "      \"actions\": [\n"
  "        {\n"
  "          \"id\": \"c1\", \"title\": \"Zona franca\", \"status\": \"in-progress\", \"origin\": \"planned\", \"date\": \"2023\",\n"
  "          \"milestones\": [ { \"date\": \"2022\", \"title\": \"Delibera\" } ],\n"
  "          \"partners\": [ { \"partner\": \"ufficio\" } ]\n"
  "        }\n"
  "      ]\n"
  "    }\n"
  "  ]\n"
  "}\n";
