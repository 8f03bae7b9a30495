/* pdz-workbook-layout.c: the sheets and columns of the workbook
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One sheet per table of pdz_plan_dup_table(), in the same order, with the
 * same columns (the member names of the plan format, in row 2 of each
 * sheet); this file adds what a person needs: the sheet's name and each
 * column's header in the plan's language, its width, the help of the
 * read-me sheet, how its cells are typed, and the labels of the
 * enumerations that the drop-down lists offer. doc/workbook.md is its
 * reference for people.
 *
 * The labels of the enumerations are pdz_enum_get_label()'s, the reports'
 * own, one form per value, so that a cell is checked against one list.
 */

#include "pdz-workbook-private.h"

#include <string.h>

#include "pdz-text-private.h"
#include "pdz-util-private.h"

/* The values in the order of the drop-down lists: "not stated" first. */
static const char * const status_nicks[] = {
  "not-stated", "planned", "in-progress", "completed", "suspended", "cancelled",
};
static const char * const origin_nicks[] = { "not-stated", "planned", "extra" };
static const char * const role_nicks[] = {
  "not-stated", "lead", "partner", "signatory", "funder", "contractor", "participant", "consulted",
};
static const char * const scope_nicks[] = { "not-stated", "ambito", "sovra-ambito", "regional", "national" };
static const char * const funding_status_nicks[] = {
  "not-stated", "applied", "granted", "not-funded", "reported",
};
static const char * const objective_kind_nicks[] = { "plan", "health-integration" };
static const char * const partner_kind_nicks[] = {
  "other", "municipality", "ambito", "own-body", "health-trust", "health-protection-agency",
  "housing-agency", "prefecture", "court", "metropolitan-city", "region", "ministry",
  "public-agency", "association-of-municipalities", "third-sector", "professional-order",
  "employment-agency", "school", "private-operator",
};
static const char * const owner_kind_nicks[] = { "objective", "action", "project" };
static const char * const owner_kind_it[] = { "obiettivo", "azione", "progetto" };
static const char * const owner_kind_en[] = { "objective", "action", "project" };

#define ENUMERATION(n, it, en, omitted, type, nicks) \
  { n, it, en, omitted, type, nicks, G_N_ELEMENTS (nicks) }

const PdzWbEnum _pdz_wb_enums[PDZ_WB_N_ENUMS] = {
  [PDZ_WB_ENUM_STATUS] = ENUMERATION ("status", "stato", "status", "not-stated",
                                      pdz_status_get_type, status_nicks),
  [PDZ_WB_ENUM_ORIGIN] = ENUMERATION ("origin", "origine", "origin", "not-stated",
                                      pdz_origin_get_type, origin_nicks),
  [PDZ_WB_ENUM_ROLE] = ENUMERATION ("role", "ruolo", "role", "not-stated", pdz_role_get_type, role_nicks),
  [PDZ_WB_ENUM_SCOPE] = ENUMERATION ("scope", "ambito di intervento", "scope", "not-stated",
                                     pdz_scope_get_type, scope_nicks),
  [PDZ_WB_ENUM_FUNDING_STATUS] = ENUMERATION ("funding-status", "esito", "funding status", "not-stated",
                                              pdz_funding_status_get_type, funding_status_nicks),
  [PDZ_WB_ENUM_OBJECTIVE_KIND] = ENUMERATION ("objective-kind", "tipo di obiettivo", "objective kind", "plan",
                                              pdz_objective_kind_get_type, objective_kind_nicks),
  [PDZ_WB_ENUM_PARTNER_KIND] = ENUMERATION ("partner-kind", "tipo di ente", "partner kind", "other",
                                            pdz_partner_kind_get_type, partner_kind_nicks),
  [PDZ_WB_ENUM_OWNER_KIND] = ENUMERATION ("owner-kind", "tipo di titolare", "owner kind", NULL,
                                          NULL, owner_kind_nicks),
};

#undef ENUMERATION

#define TEXT(name, req, w, lit, len, hit, hen) { name, PDZ_WB_COL_TEXT, 0, req, w, lit, len, hit, hen }
#define ID(lit, len, hit, hen) { "id", PDZ_WB_COL_ID, 0, TRUE, 22, lit, len, hit, hen }
#define ENUM(name, e, lit, len, hit, hen) { name, PDZ_WB_COL_ENUM, PDZ_WB_ENUM_##e, FALSE, 18, lit, len, hit, hen }
#define REF(name, k, req, lit, len, hit, hen) { name, PDZ_WB_COL_REF, PDZ_ENTITY_KIND_##k, req, 22, lit, len, hit, hen }
#define REFS(name, k, lit, len, hit, hen) { name, PDZ_WB_COL_REFS, PDZ_ENTITY_KIND_##k, FALSE, 22, lit, len, hit, hen }
#define LINES(name, w, lit, len, hit, hen) { name, PDZ_WB_COL_LINES, 0, FALSE, w, lit, len, hit, hen }
#define DATE(name, req, lit, len, hit, hen) { name, PDZ_WB_COL_DATE, 0, req, 14, lit, len, hit, hen }
#define VALUE(name, lit, len, hit, hen) { name, PDZ_WB_COL_VALUE, 0, FALSE, 12, lit, len, hit, hen }

#define H_DATE_IT "una data: 2023, 2023-11 o 2023-11-24 (anche «novembre 2023», «24/11/2023»)"
#define H_DATE_EN "a date: 2023, 2023-11 or 2023-11-24 (also “November 2023”, “24/11/2023”)"
#define H_ID_IT "l'identificativo, unico nel foglio; lasciatelo vuoto in una riga nuova e l'importazione ne crea uno dal titolo"
#define H_ID_EN "the identifier, unique in the sheet; leave it empty in a new row and the import makes one from the title"
#define H_LINES_IT "uno per riga della cella (Alt+Invio in Excel, Ctrl+Invio in Calc)"
#define H_LINES_EN "one per line of the cell (Alt+Enter in Excel, Ctrl+Enter in Calc)"

static const PdzWbColumnSpec plan_columns[] = {
  TEXT ("id", FALSE, 24, "Identificativo", "Identifier", "l'identificativo del piano", "the plan's identifier"),
  TEXT ("title", FALSE, 40, "Titolo", "Title", "il titolo del piano", "the plan's title"),
  TEXT ("description", FALSE, 40, "Descrizione", "Description", "che cosa è questo file e da dove viene", "what this file is and where it comes from"),
  TEXT ("ambito", FALSE, 30, "Ambito", "Ambito", "l'Ambito territoriale", "the Ambito territoriale"),
  TEXT ("language", FALSE, 10, "Lingua", "Language", "la lingua del testo: it o en", "the language of the text: it or en"),
  DATE ("start", FALSE, "Inizio", "Start", "l'inizio del periodo del piano; " H_DATE_IT, "the start of the plan's period; " H_DATE_EN),
  DATE ("end", FALSE, "Fine", "End", "la fine del periodo del piano", "the end of the plan's period"),
  REFS ("municipalities", PARTNER, "Comuni", "Municipalities", "i comuni dell'Ambito, per identificativo del foglio Partner; " H_LINES_IT,
        "the Ambito's municipalities, by identifier of the Partners sheet; " H_LINES_EN),
  REF ("lead-municipality", PARTNER, FALSE, "Comune capofila", "Lead municipality", "il comune capofila (foglio Partner)", "the lead municipality (Partners sheet)"),
  TEXT ("office", FALSE, 24, "Ufficio", "Office", "l'ufficio di piano", "the planning office"),
  TEXT ("email", FALSE, 24, "Email", "Email", "l'indirizzo email dell'ufficio", "the office's email address"),
  TEXT ("phone", FALSE, 16, "Telefono", "Phone", "il telefono dell'ufficio", "the office's phone"),
  TEXT ("website", FALSE, 24, "Sito web", "Website", "il sito web", "the website"),
  TEXT ("monitoring-title", FALSE, 30, "Monitoraggio", "Monitoring", "il titolo del monitoraggio che il file descrive", "the title of the monitoring round the file describes"),
  DATE ("monitoring-start", FALSE, "Monitoraggio dal", "Monitoring from", "l'inizio del periodo monitorato", "the start of the monitored period"),
  DATE ("monitoring-end", FALSE, "Monitoraggio al", "Monitoring to", "la fine del periodo monitorato", "the end of the monitored period"),
};
static const PdzWbColumnSpec macroarea_columns[] = {
  ID ("Identificativo", "Identifier", H_ID_IT, H_ID_EN),
  TEXT ("title", TRUE, 40, "Titolo", "Title", "il nome della macroarea", "the name of the macroarea"),
  TEXT ("code", FALSE, 10, "Codice", "Code", "il codice ufficiale (A–J in Lombardia), se c'è", "the official code (A–J in Lombardy), if any"),
};
static const PdzWbColumnSpec objective_columns[] = {
  ID ("Identificativo", "Identifier", H_ID_IT, H_ID_EN),
  TEXT ("title", TRUE, 50, "Titolo", "Title", "il titolo dell'obiettivo", "the objective's title"),
  ENUM ("kind", OBJECTIVE_KIND, "Tipo", "Kind", "obiettivo del piano o di integrazione sociosanitaria", "a plan objective or a health-integration one"),
  REF ("macroarea", MACROAREA, FALSE, "Macroarea", "Macroarea", "la macroarea (foglio Macroaree)", "the macroarea (Macroareas sheet)"),
  ENUM ("status", STATUS, "Stato", "Status", "lo stato; «non indicato» quando la fonte non lo dice", "the status; “not stated” when the source does not say"),
  TEXT ("description", FALSE, 40, "Descrizione", "Description", "la descrizione", "the description"),
};
static const PdzWbColumnSpec action_columns[] = {
  ID ("Identificativo", "Identifier", H_ID_IT, H_ID_EN),
  REF ("parent", ACTION, FALSE, "Azione madre", "Parent action", "per un sotto-punto, l'azione (il punto elenco) sotto cui sta; vuoto per un punto elenco",
       "for a sub-point, the action (the bullet) it is under; empty for a bullet"),
  REF ("objective", OBJECTIVE, FALSE, "Obiettivo", "Objective", "l'obiettivo che contiene l'azione (foglio Obiettivi); oppure un progetto",
       "the objective holding the action (Objectives sheet); or else a project"),
  REF ("project", PROJECT, FALSE, "Progetto", "Project", "il progetto che contiene l'azione (foglio Progetti), se non è di un obiettivo",
       "the project holding the action (Projects sheet), when no objective does"),
  { "macroarea", PDZ_WB_COL_DERIVED, 0, FALSE, 0, NULL, NULL, NULL, NULL },
  TEXT ("title", TRUE, 60, "Titolo", "Title", "il testo del punto elenco, come l'ufficio l'ha scritto", "the text of the bullet, as the office wrote it"),
  ENUM ("status", STATUS, "Stato", "Status", "lo stato; «non indicato» quando la fonte non lo dice", "the status; “not stated” when the source does not say"),
  ENUM ("origin", ORIGIN, "Origine", "Origin", "previsto dal Piano, o extra", "foreseen by the plan, or extra"),
  DATE ("date", FALSE, "Data", "Date", H_DATE_IT, H_DATE_EN),
  DATE ("end-date", FALSE, "Fino a", "Until", "con la data, un periodo", "with the date, a span"),
  REFS ("projects", PROJECT, "Progetti citati", "Projects named", "i progetti che l'azione cita; " H_LINES_IT, "the projects the action names; " H_LINES_EN),
  LINES ("links", 30, "Collegamenti", "Links", "collegamenti a documenti o pagine; " H_LINES_IT, "links to documents or pages; " H_LINES_EN),
};
static const PdzWbColumnSpec milestone_columns[] = {
  REF ("action", ACTION, TRUE, "Azione", "Action", "l'azione (foglio Azioni)", "the action (Actions sheet)"),
  DATE ("date", TRUE, "Data", "Date", H_DATE_IT, H_DATE_EN),
  TEXT ("title", TRUE, 50, "Titolo", "Title", "che cosa è l'evento", "what the event is"),
};
static const PdzWbColumnSpec project_columns[] = {
  ID ("Identificativo", "Identifier", H_ID_IT, H_ID_EN),
  TEXT ("title", TRUE, 40, "Titolo", "Title", "il nome del progetto", "the project's name"),
  TEXT ("description", FALSE, 40, "Descrizione", "Description", "la descrizione", "the description"),
  ENUM ("status", STATUS, "Stato", "Status", "lo stato", "the status"),
  ENUM ("scope", SCOPE, "Dimensione", "Scope", "di Ambito, sovra-ambito, regionale o nazionale", "within the district, across districts, regional or national"),
  REF ("lead", PARTNER, FALSE, "Capofila", "Lead", "l'ente capofila (foglio Partner)", "the lead partner (Partners sheet)"),
  DATE ("start", FALSE, "Inizio", "Start", H_DATE_IT, H_DATE_EN),
  DATE ("end", FALSE, "Fine", "End", H_DATE_IT, H_DATE_EN),
  REFS ("objectives", OBJECTIVE, "Obiettivi", "Objectives", "gli obiettivi che serve; " H_LINES_IT, "the objectives it serves; " H_LINES_EN),
  LINES ("interventions", 40, "Interventi", "Interventions", "gli interventi previsti; " H_LINES_IT, "the interventions it foresees; " H_LINES_EN),
};
static const PdzWbColumnSpec partner_columns[] = {
  ID ("Identificativo", "Identifier", H_ID_IT, H_ID_EN),
  TEXT ("name", TRUE, 40, "Nome", "Name", "il nome per esteso", "the full name"),
  TEXT ("short-name", FALSE, 14, "Sigla", "Short name", "la sigla o il nome breve", "the acronym or short name"),
  ENUM ("kind", PARTNER_KIND, "Tipo", "Kind", "che tipo di ente è", "what kind of body it is"),
  TEXT ("website", FALSE, 24, "Sito web", "Website", "il sito web", "the website"),
};
static const PdzWbColumnSpec participation_columns[] = {
  { "owner", PDZ_WB_COL_OWNER, 0, TRUE, 22, "Di", "Of", "l'obiettivo, l'azione o il progetto (secondo la colonna seguente)",
    "the objective, action or project (as the next column says)" },
  ENUM ("owner-kind", OWNER_KIND, "Tipo", "Kind", "obiettivo, azione o progetto", "objective, action or project"),
  REF ("partner", PARTNER, TRUE, "Partner", "Partner", "l'ente (foglio Partner)", "the partner (Partners sheet)"),
  ENUM ("role", ROLE, "Ruolo", "Role", "il ruolo", "the role"),
};
static const PdzWbColumnSpec funding_columns[] = {
  { "owner", PDZ_WB_COL_OWNER, 0, TRUE, 22, "Di", "Of", "l'azione o il progetto (secondo la colonna seguente)",
    "the action or project (as the next column says)" },
  ENUM ("owner-kind", OWNER_KIND, "Tipo", "Kind", "azione o progetto", "action or project"),
  TEXT ("source", TRUE, 24, "Fonte", "Source", "la fonte: PNRR, FNPS, FAMI, Fondo Povertà, bando regionale, …",
        "the source: PNRR, FNPS, FAMI, a regional call, …"),
  { "amount", PDZ_WB_COL_AMOUNT, 0, FALSE, 16, "Importo (€)", "Amount (€)", "l'importo in euro, con al più due decimali; vuoto se non indicato",
    "the amount in euro, with at most two decimals; empty when not stated" },
  ENUM ("status", FUNDING_STATUS, "Esito", "Status", "richiesto, finanziato, non finanziato, rendicontato", "applied for, granted, not funded, reported"),
};
static const PdzWbColumnSpec indicator_columns[] = {
  ID ("Identificativo", "Identifier", H_ID_IT, H_ID_EN),
  REF ("objective", OBJECTIVE, TRUE, "Obiettivo", "Objective", "l'obiettivo (foglio Obiettivi)", "the objective (Objectives sheet)"),
  TEXT ("title", TRUE, 40, "Titolo", "Title", "che cosa misura", "what it measures"),
  TEXT ("unit", FALSE, 12, "Unità", "Unit", "l'unità: famiglie, %, …", "the unit: families, %, …"),
  DATE ("baseline-date", FALSE, "Base: data", "Baseline: date", "la data del valore di partenza", "the date of the starting value"),
  VALUE ("baseline-value", "Base: valore", "Baseline: value", "il valore di partenza", "the starting value"),
  TEXT ("baseline-note", FALSE, 20, "Base: nota", "Baseline: note", "una nota sul valore di partenza", "a note on the starting value"),
  DATE ("target-date", FALSE, "Obiettivo: data", "Target: date", "la data del valore atteso", "the date of the value aimed at"),
  VALUE ("target-value", "Obiettivo: valore", "Target: value", "il valore atteso", "the value aimed at"),
  TEXT ("target-note", FALSE, 20, "Obiettivo: nota", "Target: note", "una nota sul valore atteso", "a note on the value aimed at"),
};
static const PdzWbColumnSpec measurement_columns[] = {
  REF ("indicator", INDICATOR, TRUE, "Indicatore", "Indicator", "l'indicatore (foglio Indicatori)", "the indicator (Indicators sheet)"),
  DATE ("date", TRUE, "Data", "Date", H_DATE_IT, H_DATE_EN),
  { "value", PDZ_WB_COL_VALUE, 0, TRUE, 12, "Valore", "Value", "il valore misurato", "the value measured" },
  TEXT ("note", FALSE, 30, "Nota", "Note", "una nota", "a note"),
};

#define SHEET(k, it, en, file, cols, hit, hen) \
  [PDZ_ENTITY_KIND_##k] = { PDZ_ENTITY_KIND_##k, it, en, file, cols, G_N_ELEMENTS (cols), hit, hen }

const PdzWbSheetSpec _pdz_wb_sheets[11] = {
  SHEET (PLAN, "Piano", "Plan", "plan.csv", plan_columns,
         "il piano: una sola riga", "the plan: one row"),
  SHEET (MACROAREA, "Macroaree", "Macroareas", "macroareas.csv", macroarea_columns,
         "le macroaree di policy", "the policy areas"),
  SHEET (OBJECTIVE, "Obiettivi", "Objectives", "objectives.csv", objective_columns,
         "gli obiettivi, nell'ordine del piano", "the objectives, in the plan's order"),
  SHEET (ACTION, "Azioni", "Actions", "actions.csv", action_columns,
         "le azioni (i punti elenco) e i loro sotto-punti, nell'ordine del piano",
         "the actions (the bullets) and their sub-points, in the plan's order"),
  SHEET (MILESTONE, "Milestone", "Milestones", "milestones.csv", milestone_columns,
         "gli eventi datati che un'azione cita", "the dated events an action names"),
  SHEET (PROJECT, "Progetti", "Projects", "projects.csv", project_columns,
         "i progetti", "the projects"),
  SHEET (PARTNER, "Partner", "Partners", "partners.csv", partner_columns,
         "tutti gli enti che il piano nomina", "every body the plan names"),
  SHEET (PARTICIPATION, "Ruoli", "Roles", "participations.csv", participation_columns,
         "chi partecipa a un obiettivo, a un'azione o a un progetto, e con quale ruolo",
         "who takes part in an objective, an action or a project, and in which role"),
  SHEET (FUNDING, "Finanziamenti", "Fundings", "fundings.csv", funding_columns,
         "i finanziamenti delle azioni e dei progetti", "the fundings of actions and projects"),
  SHEET (INDICATOR, "Indicatori", "Indicators", "indicators.csv", indicator_columns,
         "gli indicatori degli obiettivi, con valore di partenza e atteso",
         "the objectives' indicators, with their baseline and target"),
  SHEET (MEASUREMENT, "Misurazioni", "Measurements", "measurements.csv", measurement_columns,
         "i valori misurati degli indicatori", "the measured values of the indicators"),
};

const PdzWbColumnSpec *
_pdz_wb_sheet_spec_column (const PdzWbSheetSpec *sheet,
                           const char           *name)
{
  for (guint i = 0; i < sheet->n_columns; i++)
    if (strcmp (sheet->columns[i].name, name) == 0)
      return &sheet->columns[i];
  return NULL;
}

const char *
_pdz_wb_sheet_spec_name (const PdzWbSheetSpec *sheet,
                         gboolean              italian)
{
  return italian ? sheet->name_it : sheet->name_en;
}

const char *
_pdz_wb_enum_label (const PdzWbEnum *e,
                    guint            i,
                    gboolean         italian)
{
  int value;

  g_return_val_if_fail (i < e->n_values, NULL);

  if (e->get_type == NULL)
    return italian ? owner_kind_it[i] : owner_kind_en[i];
  if (!_pdz_enum_from_nick (e->get_type (), e->nicks[i], &value))
    g_return_val_if_reached (e->nicks[i]);
  return pdz_enum_get_label (e->get_type (), value, italian ? "it" : "en");
}

const char *
_pdz_wb_enum_lookup (const PdzWbEnum *e,
                     const char      *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *folded = g_utf8_casefold (stripped, -1);

  for (guint i = 0; i < e->n_values; i++)
    {
      g_autofree char *it = g_utf8_casefold (_pdz_wb_enum_label (e, i, TRUE), -1);
      g_autofree char *en = g_utf8_casefold (_pdz_wb_enum_label (e, i, FALSE), -1);

      if (strcmp (folded, e->nicks[i]) == 0 || strcmp (folded, it) == 0 || strcmp (folded, en) == 0)
        return e->nicks[i];
    }
  return NULL;
}

char *
_pdz_wb_enum_list_labels (const PdzWbEnum *e,
                          gboolean         italian)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < e->n_values; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, _pdz_wb_enum_label (e, i, italian));
    }
  return g_string_free (out, FALSE);
}
