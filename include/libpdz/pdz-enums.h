/* pdz-enums.h: the enumerations of the plan model
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The nick of each value (the part after the type prefix, lower case, with
 * dashes) is its spelling in the JSON plan format: do not rename values.
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PdzStatus:
 * @PDZ_STATUS_PLANNED: foreseen, not started yet (`planned`)
 * @PDZ_STATUS_IN_PROGRESS: started and still going on (`in-progress`)
 * @PDZ_STATUS_COMPLETED: carried out (`completed`)
 * @PDZ_STATUS_SUSPENDED: started, then put on hold (`suspended`)
 * @PDZ_STATUS_CANCELLED: dropped (`cancelled`)
 * @PDZ_STATUS_NOT_STATED: the source does not say (`not-stated`). This is
 *   the value of every objective, action and project whose status is not
 *   given: a plan file writes it by leaving `status` out. Since: 0.2
 *
 * The state of an objective, an action or a project in a monitoring round.
 *
 * Nothing defaults to %PDZ_STATUS_PLANNED: what the data does not say is
 * %PDZ_STATUS_NOT_STATED, and reports show it as "non indicato" / "not
 * stated".
 */
typedef enum {
  PDZ_STATUS_PLANNED,
  PDZ_STATUS_IN_PROGRESS,
  PDZ_STATUS_COMPLETED,
  PDZ_STATUS_SUSPENDED,
  PDZ_STATUS_CANCELLED,
  PDZ_STATUS_NOT_STATED,
} PdzStatus;

/**
 * PdzStatusFlags:
 * @PDZ_STATUS_FLAGS_NONE: no status: as a query criterion, any status (`none`)
 * @PDZ_STATUS_FLAGS_PLANNED: [enum@Pdz.Status.PLANNED] (`planned`)
 * @PDZ_STATUS_FLAGS_IN_PROGRESS: [enum@Pdz.Status.IN_PROGRESS] (`in-progress`)
 * @PDZ_STATUS_FLAGS_COMPLETED: [enum@Pdz.Status.COMPLETED] (`completed`)
 * @PDZ_STATUS_FLAGS_SUSPENDED: [enum@Pdz.Status.SUSPENDED] (`suspended`)
 * @PDZ_STATUS_FLAGS_CANCELLED: [enum@Pdz.Status.CANCELLED] (`cancelled`)
 * @PDZ_STATUS_FLAGS_NOT_STATED: [enum@Pdz.Status.NOT_STATED] (`not-stated`). Since: 0.2
 *
 * A set of [enum@Pdz.Status] values, as [property@Pdz.Query:statuses]
 * takes it. The flag of a status is `1 << status`; the nicks are those of
 * the statuses.
 */
typedef enum /*< flags >*/ {
  PDZ_STATUS_FLAGS_NONE = 0,
  PDZ_STATUS_FLAGS_PLANNED = 1 << PDZ_STATUS_PLANNED,
  PDZ_STATUS_FLAGS_IN_PROGRESS = 1 << PDZ_STATUS_IN_PROGRESS,
  PDZ_STATUS_FLAGS_COMPLETED = 1 << PDZ_STATUS_COMPLETED,
  PDZ_STATUS_FLAGS_SUSPENDED = 1 << PDZ_STATUS_SUSPENDED,
  PDZ_STATUS_FLAGS_CANCELLED = 1 << PDZ_STATUS_CANCELLED,
  PDZ_STATUS_FLAGS_NOT_STATED = 1 << PDZ_STATUS_NOT_STATED,
} PdzStatusFlags;

/**
 * PdzOrigin:
 * @PDZ_ORIGIN_NOT_STATED: the source does not say whether the plan
 *   foresaw it (`not-stated`); a plan file writes it by leaving `origin` out
 * @PDZ_ORIGIN_PLANNED: the plan foresaw it (`planned`)
 * @PDZ_ORIGIN_EXTRA: the plan did not foresee it, an *azione extra* (`extra`)
 *
 * Whether the plan foresaw a [class@Pdz.Action].
 *
 * Since: 0.2
 */
typedef enum {
  PDZ_ORIGIN_NOT_STATED,
  PDZ_ORIGIN_PLANNED,
  PDZ_ORIGIN_EXTRA,
} PdzOrigin;

/**
 * PdzDatePrecision:
 * @PDZ_DATE_PRECISION_YEAR: only the year is known ("2024", "entro la fine del 2022")
 * @PDZ_DATE_PRECISION_MONTH: year and month are known ("novembre 2023")
 * @PDZ_DATE_PRECISION_DAY: the full date is known ("24/01/2023")
 *
 * How much of a [struct@Pdz.Date] is known.
 */
typedef enum {
  PDZ_DATE_PRECISION_YEAR = 1,
  PDZ_DATE_PRECISION_MONTH,
  PDZ_DATE_PRECISION_DAY,
} PdzDatePrecision;

/**
 * PdzPartnerKind:
 * @PDZ_PARTNER_KIND_OTHER: none of the kinds below (`other`)
 * @PDZ_PARTNER_KIND_MUNICIPALITY: a municipality, *Comune* (`municipality`)
 * @PDZ_PARTNER_KIND_AMBITO: another *Ambito territoriale* or its lead body (`ambito`)
 * @PDZ_PARTNER_KIND_HEALTH_TRUST: a health trust, *Azienda Socio-Sanitaria
 *   Territoriale* (ASST) (`health-trust`). Version 1 of the plan format
 *   called it `health-agency`. Since: 0.2
 * @PDZ_PARTNER_KIND_HOUSING_AGENCY: a public housing agency, ALER (`housing-agency`)
 * @PDZ_PARTNER_KIND_PREFECTURE: a prefecture, *Prefettura* (`prefecture`)
 * @PDZ_PARTNER_KIND_COURT: a court, *Tribunale* or *Corte d'Appello* (`court`)
 * @PDZ_PARTNER_KIND_METROPOLITAN_CITY: a metropolitan city or province (`metropolitan-city`)
 * @PDZ_PARTNER_KIND_REGION: a region, *Regione* (`region`)
 * @PDZ_PARTNER_KIND_MINISTRY: a ministry, e.g. MLPS (`ministry`)
 * @PDZ_PARTNER_KIND_PUBLIC_AGENCY: another national public body, e.g. INPS (`public-agency`)
 * @PDZ_PARTNER_KIND_ASSOCIATION_OF_MUNICIPALITIES: an association of
 *   municipalities, e.g. ANCI (`association-of-municipalities`)
 * @PDZ_PARTNER_KIND_THIRD_SECTOR: a third-sector body, ETS (`third-sector`)
 * @PDZ_PARTNER_KIND_PROFESSIONAL_ORDER: a professional order, *Ordine* (`professional-order`)
 * @PDZ_PARTNER_KIND_EMPLOYMENT_AGENCY: an employment or training agency,
 *   e.g. AFOL, CPI (`employment-agency`)
 * @PDZ_PARTNER_KIND_SCHOOL: a school (`school`)
 * @PDZ_PARTNER_KIND_PRIVATE_OPERATOR: a private operator or contractor (`private-operator`)
 * @PDZ_PARTNER_KIND_HEALTH_PROTECTION_AGENCY: a health protection agency,
 *   *Agenzia di Tutela della Salute* (ATS) (`health-protection-agency`). Since: 0.2
 * @PDZ_PARTNER_KIND_OWN_BODY: a body of the Ambito itself, such as the
 *   *Assemblea dei Sindaci* or the *Ufficio di Piano* (`own-body`); reports
 *   show these apart from the outside partners. Since: 0.2
 * @PDZ_PARTNER_KIND_HEALTH_AGENCY: the name of %PDZ_PARTNER_KIND_HEALTH_TRUST
 *   in libpdz 0.1. Deprecated: 0.2: Use %PDZ_PARTNER_KIND_HEALTH_TRUST, or
 *   %PDZ_PARTNER_KIND_HEALTH_PROTECTION_AGENCY for an ATS.
 *
 * What kind of body a [class@Pdz.Partner] is.
 */
typedef enum {
  PDZ_PARTNER_KIND_OTHER,
  PDZ_PARTNER_KIND_MUNICIPALITY,
  PDZ_PARTNER_KIND_AMBITO,
  PDZ_PARTNER_KIND_HEALTH_TRUST,
  PDZ_PARTNER_KIND_HOUSING_AGENCY,
  PDZ_PARTNER_KIND_PREFECTURE,
  PDZ_PARTNER_KIND_COURT,
  PDZ_PARTNER_KIND_METROPOLITAN_CITY,
  PDZ_PARTNER_KIND_REGION,
  PDZ_PARTNER_KIND_MINISTRY,
  PDZ_PARTNER_KIND_PUBLIC_AGENCY,
  PDZ_PARTNER_KIND_ASSOCIATION_OF_MUNICIPALITIES,
  PDZ_PARTNER_KIND_THIRD_SECTOR,
  PDZ_PARTNER_KIND_PROFESSIONAL_ORDER,
  PDZ_PARTNER_KIND_EMPLOYMENT_AGENCY,
  PDZ_PARTNER_KIND_SCHOOL,
  PDZ_PARTNER_KIND_PRIVATE_OPERATOR,
  PDZ_PARTNER_KIND_HEALTH_PROTECTION_AGENCY,
  PDZ_PARTNER_KIND_OWN_BODY,
  PDZ_PARTNER_KIND_HEALTH_AGENCY /*< skip >*/ = PDZ_PARTNER_KIND_HEALTH_TRUST,
} PdzPartnerKind;

/**
 * PdzRole:
 * @PDZ_ROLE_PARTICIPANT: takes part (`participant`)
 * @PDZ_ROLE_LEAD: leads it, *capofila* (`lead`)
 * @PDZ_ROLE_PARTNER: a formal partner (`partner`)
 * @PDZ_ROLE_SIGNATORY: signed it, e.g. a protocol or agreement (`signatory`)
 * @PDZ_ROLE_FUNDER: funds it (`funder`)
 * @PDZ_ROLE_CONTRACTOR: was awarded the contract, *affidatario* (`contractor`)
 * @PDZ_ROLE_CONSULTED: was consulted (`consulted`)
 * @PDZ_ROLE_NOT_STATED: the source names the partner but not its role
 *   (`not-stated`); a plan file writes it by leaving `role` out. Since: 0.2
 *
 * The role a partner plays in a [class@Pdz.Participation].
 */
typedef enum {
  PDZ_ROLE_PARTICIPANT,
  PDZ_ROLE_LEAD,
  PDZ_ROLE_PARTNER,
  PDZ_ROLE_SIGNATORY,
  PDZ_ROLE_FUNDER,
  PDZ_ROLE_CONTRACTOR,
  PDZ_ROLE_CONSULTED,
  PDZ_ROLE_NOT_STATED,
} PdzRole;

/**
 * PdzScope:
 * @PDZ_SCOPE_AMBITO: within the ambito (`ambito`)
 * @PDZ_SCOPE_SOVRA_AMBITO: across several ambiti, *sovra-ambito* (`sovra-ambito`)
 * @PDZ_SCOPE_REGIONAL: regional (`regional`)
 * @PDZ_SCOPE_NATIONAL: national (`national`)
 * @PDZ_SCOPE_NOT_STATED: the source does not say (`not-stated`); a plan
 *   file writes it by leaving `scope` out. Since: 0.2
 *
 * The territorial scope of a [class@Pdz.Project].
 */
typedef enum {
  PDZ_SCOPE_AMBITO,
  PDZ_SCOPE_SOVRA_AMBITO,
  PDZ_SCOPE_REGIONAL,
  PDZ_SCOPE_NATIONAL,
  PDZ_SCOPE_NOT_STATED,
} PdzScope;

/**
 * PdzFundingStatus:
 * @PDZ_FUNDING_STATUS_NOT_STATED: the source is known, its outcome is not
 *   stated (`not-stated`); a plan file writes it by leaving `status` out.
 *   Since: 0.2
 * @PDZ_FUNDING_STATUS_APPLIED: applied for, awaiting the outcome (`applied`)
 * @PDZ_FUNDING_STATUS_GRANTED: granted, *finanziato* (`granted`)
 * @PDZ_FUNDING_STATUS_NOT_FUNDED: refused, *non finanziato* (`not-funded`)
 * @PDZ_FUNDING_STATUS_REPORTED: spent and accounted for, *rendicontato* (`reported`)
 * @PDZ_FUNDING_STATUS_UNKNOWN: the name of %PDZ_FUNDING_STATUS_NOT_STATED
 *   in libpdz 0.1. Deprecated: 0.2: Use %PDZ_FUNDING_STATUS_NOT_STATED.
 *
 * Where a [class@Pdz.Funding] stands.
 */
typedef enum {
  PDZ_FUNDING_STATUS_NOT_STATED,
  PDZ_FUNDING_STATUS_APPLIED,
  PDZ_FUNDING_STATUS_GRANTED,
  PDZ_FUNDING_STATUS_NOT_FUNDED,
  PDZ_FUNDING_STATUS_REPORTED,
  PDZ_FUNDING_STATUS_UNKNOWN /*< skip >*/ = PDZ_FUNDING_STATUS_NOT_STATED,
} PdzFundingStatus;

/**
 * PdzObjectiveKind:
 * @PDZ_OBJECTIVE_KIND_PLAN: an objective of the plan itself (`plan`)
 * @PDZ_OBJECTIVE_KIND_HEALTH_INTEGRATION: a social and health integration
 *   objective shared with the ASST (`health-integration`)
 *
 * What kind of objective a [class@Pdz.Objective] is.
 */
typedef enum {
  PDZ_OBJECTIVE_KIND_PLAN,
  PDZ_OBJECTIVE_KIND_HEALTH_INTEGRATION,
} PdzObjectiveKind;

/**
 * PdzSaveFlags:
 * @PDZ_SAVE_FLAGS_NONE: save with every check
 * @PDZ_SAVE_FLAGS_FORCE: save over a file that changed on disk since the
 *   plan was loaded from it, and over a file with several hard links
 *   (which the save breaks); a read-only file, or one that is not a
 *   regular file, is refused all the same
 *
 * How [method@Pdz.Plan.save] saves a plan.
 *
 * Since: 0.2
 */
typedef enum /*< flags >*/ {
  PDZ_SAVE_FLAGS_NONE = 0,
  PDZ_SAVE_FLAGS_FORCE = 1 << 0,
} PdzSaveFlags;

/**
 * PdzOriginFlags:
 * @PDZ_ORIGIN_FLAGS_NONE: no origin: as a query criterion, any origin (`none`)
 * @PDZ_ORIGIN_FLAGS_NOT_STATED: [enum@Pdz.Origin.NOT_STATED] (`not-stated`)
 * @PDZ_ORIGIN_FLAGS_PLANNED: [enum@Pdz.Origin.PLANNED] (`planned`)
 * @PDZ_ORIGIN_FLAGS_EXTRA: [enum@Pdz.Origin.EXTRA] (`extra`)
 *
 * A set of [enum@Pdz.Origin] values, as [property@Pdz.Query:origins] takes
 * it. The flag of an origin is `1 << origin`.
 *
 * Since: 0.2
 */
typedef enum /*< flags >*/ {
  PDZ_ORIGIN_FLAGS_NONE = 0,
  PDZ_ORIGIN_FLAGS_NOT_STATED = 1 << PDZ_ORIGIN_NOT_STATED,
  PDZ_ORIGIN_FLAGS_PLANNED = 1 << PDZ_ORIGIN_PLANNED,
  PDZ_ORIGIN_FLAGS_EXTRA = 1 << PDZ_ORIGIN_EXTRA,
} PdzOriginFlags;

/**
 * PdzRoleFlags:
 * @PDZ_ROLE_FLAGS_NONE: no role: as a query criterion, any role (`none`)
 * @PDZ_ROLE_FLAGS_PARTICIPANT: [enum@Pdz.Role.PARTICIPANT] (`participant`)
 * @PDZ_ROLE_FLAGS_LEAD: [enum@Pdz.Role.LEAD] (`lead`)
 * @PDZ_ROLE_FLAGS_PARTNER: [enum@Pdz.Role.PARTNER] (`partner`)
 * @PDZ_ROLE_FLAGS_SIGNATORY: [enum@Pdz.Role.SIGNATORY] (`signatory`)
 * @PDZ_ROLE_FLAGS_FUNDER: [enum@Pdz.Role.FUNDER] (`funder`)
 * @PDZ_ROLE_FLAGS_CONTRACTOR: [enum@Pdz.Role.CONTRACTOR] (`contractor`)
 * @PDZ_ROLE_FLAGS_CONSULTED: [enum@Pdz.Role.CONSULTED] (`consulted`)
 * @PDZ_ROLE_FLAGS_NOT_STATED: [enum@Pdz.Role.NOT_STATED] (`not-stated`)
 *
 * A set of [enum@Pdz.Role] values, as [property@Pdz.Query:roles] takes it.
 * The flag of a role is `1 << role`.
 *
 * Since: 0.2
 */
typedef enum /*< flags >*/ {
  PDZ_ROLE_FLAGS_NONE = 0,
  PDZ_ROLE_FLAGS_PARTICIPANT = 1 << PDZ_ROLE_PARTICIPANT,
  PDZ_ROLE_FLAGS_LEAD = 1 << PDZ_ROLE_LEAD,
  PDZ_ROLE_FLAGS_PARTNER = 1 << PDZ_ROLE_PARTNER,
  PDZ_ROLE_FLAGS_SIGNATORY = 1 << PDZ_ROLE_SIGNATORY,
  PDZ_ROLE_FLAGS_FUNDER = 1 << PDZ_ROLE_FUNDER,
  PDZ_ROLE_FLAGS_CONTRACTOR = 1 << PDZ_ROLE_CONTRACTOR,
  PDZ_ROLE_FLAGS_CONSULTED = 1 << PDZ_ROLE_CONSULTED,
  PDZ_ROLE_FLAGS_NOT_STATED = 1 << PDZ_ROLE_NOT_STATED,
} PdzRoleFlags;

/**
 * PdzPartnerKindFlags:
 * @PDZ_PARTNER_KIND_FLAGS_NONE: no kind: as a query criterion, any kind (`none`)
 * @PDZ_PARTNER_KIND_FLAGS_OTHER: [enum@Pdz.PartnerKind.OTHER] (`other`)
 * @PDZ_PARTNER_KIND_FLAGS_MUNICIPALITY: [enum@Pdz.PartnerKind.MUNICIPALITY] (`municipality`)
 * @PDZ_PARTNER_KIND_FLAGS_AMBITO: [enum@Pdz.PartnerKind.AMBITO] (`ambito`)
 * @PDZ_PARTNER_KIND_FLAGS_HEALTH_TRUST: [enum@Pdz.PartnerKind.HEALTH_TRUST] (`health-trust`)
 * @PDZ_PARTNER_KIND_FLAGS_HOUSING_AGENCY: [enum@Pdz.PartnerKind.HOUSING_AGENCY] (`housing-agency`)
 * @PDZ_PARTNER_KIND_FLAGS_PREFECTURE: [enum@Pdz.PartnerKind.PREFECTURE] (`prefecture`)
 * @PDZ_PARTNER_KIND_FLAGS_COURT: [enum@Pdz.PartnerKind.COURT] (`court`)
 * @PDZ_PARTNER_KIND_FLAGS_METROPOLITAN_CITY: [enum@Pdz.PartnerKind.METROPOLITAN_CITY] (`metropolitan-city`)
 * @PDZ_PARTNER_KIND_FLAGS_REGION: [enum@Pdz.PartnerKind.REGION] (`region`)
 * @PDZ_PARTNER_KIND_FLAGS_MINISTRY: [enum@Pdz.PartnerKind.MINISTRY] (`ministry`)
 * @PDZ_PARTNER_KIND_FLAGS_PUBLIC_AGENCY: [enum@Pdz.PartnerKind.PUBLIC_AGENCY] (`public-agency`)
 * @PDZ_PARTNER_KIND_FLAGS_ASSOCIATION_OF_MUNICIPALITIES: [enum@Pdz.PartnerKind.ASSOCIATION_OF_MUNICIPALITIES] (`association-of-municipalities`)
 * @PDZ_PARTNER_KIND_FLAGS_THIRD_SECTOR: [enum@Pdz.PartnerKind.THIRD_SECTOR] (`third-sector`)
 * @PDZ_PARTNER_KIND_FLAGS_PROFESSIONAL_ORDER: [enum@Pdz.PartnerKind.PROFESSIONAL_ORDER] (`professional-order`)
 * @PDZ_PARTNER_KIND_FLAGS_EMPLOYMENT_AGENCY: [enum@Pdz.PartnerKind.EMPLOYMENT_AGENCY] (`employment-agency`)
 * @PDZ_PARTNER_KIND_FLAGS_SCHOOL: [enum@Pdz.PartnerKind.SCHOOL] (`school`)
 * @PDZ_PARTNER_KIND_FLAGS_PRIVATE_OPERATOR: [enum@Pdz.PartnerKind.PRIVATE_OPERATOR] (`private-operator`)
 * @PDZ_PARTNER_KIND_FLAGS_HEALTH_PROTECTION_AGENCY: [enum@Pdz.PartnerKind.HEALTH_PROTECTION_AGENCY] (`health-protection-agency`)
 * @PDZ_PARTNER_KIND_FLAGS_OWN_BODY: [enum@Pdz.PartnerKind.OWN_BODY] (`own-body`)
 *
 * A set of [enum@Pdz.PartnerKind] values, as [property@Pdz.Query:partner-kinds]
 * takes it. The flag of a kind is `1 << kind`.
 *
 * Since: 0.2
 */
typedef enum /*< flags >*/ {
  PDZ_PARTNER_KIND_FLAGS_NONE = 0,
  PDZ_PARTNER_KIND_FLAGS_OTHER = 1 << PDZ_PARTNER_KIND_OTHER,
  PDZ_PARTNER_KIND_FLAGS_MUNICIPALITY = 1 << PDZ_PARTNER_KIND_MUNICIPALITY,
  PDZ_PARTNER_KIND_FLAGS_AMBITO = 1 << PDZ_PARTNER_KIND_AMBITO,
  PDZ_PARTNER_KIND_FLAGS_HEALTH_TRUST = 1 << PDZ_PARTNER_KIND_HEALTH_TRUST,
  PDZ_PARTNER_KIND_FLAGS_HOUSING_AGENCY = 1 << PDZ_PARTNER_KIND_HOUSING_AGENCY,
  PDZ_PARTNER_KIND_FLAGS_PREFECTURE = 1 << PDZ_PARTNER_KIND_PREFECTURE,
  PDZ_PARTNER_KIND_FLAGS_COURT = 1 << PDZ_PARTNER_KIND_COURT,
  PDZ_PARTNER_KIND_FLAGS_METROPOLITAN_CITY = 1 << PDZ_PARTNER_KIND_METROPOLITAN_CITY,
  PDZ_PARTNER_KIND_FLAGS_REGION = 1 << PDZ_PARTNER_KIND_REGION,
  PDZ_PARTNER_KIND_FLAGS_MINISTRY = 1 << PDZ_PARTNER_KIND_MINISTRY,
  PDZ_PARTNER_KIND_FLAGS_PUBLIC_AGENCY = 1 << PDZ_PARTNER_KIND_PUBLIC_AGENCY,
  PDZ_PARTNER_KIND_FLAGS_ASSOCIATION_OF_MUNICIPALITIES = 1 << PDZ_PARTNER_KIND_ASSOCIATION_OF_MUNICIPALITIES,
  PDZ_PARTNER_KIND_FLAGS_THIRD_SECTOR = 1 << PDZ_PARTNER_KIND_THIRD_SECTOR,
  PDZ_PARTNER_KIND_FLAGS_PROFESSIONAL_ORDER = 1 << PDZ_PARTNER_KIND_PROFESSIONAL_ORDER,
  PDZ_PARTNER_KIND_FLAGS_EMPLOYMENT_AGENCY = 1 << PDZ_PARTNER_KIND_EMPLOYMENT_AGENCY,
  PDZ_PARTNER_KIND_FLAGS_SCHOOL = 1 << PDZ_PARTNER_KIND_SCHOOL,
  PDZ_PARTNER_KIND_FLAGS_PRIVATE_OPERATOR = 1 << PDZ_PARTNER_KIND_PRIVATE_OPERATOR,
  PDZ_PARTNER_KIND_FLAGS_HEALTH_PROTECTION_AGENCY = 1 << PDZ_PARTNER_KIND_HEALTH_PROTECTION_AGENCY,
  PDZ_PARTNER_KIND_FLAGS_OWN_BODY = 1 << PDZ_PARTNER_KIND_OWN_BODY,
} PdzPartnerKindFlags;

/**
 * PdzObjectiveKindFlags:
 * @PDZ_OBJECTIVE_KIND_FLAGS_NONE: no kind: as a query criterion, any kind (`none`)
 * @PDZ_OBJECTIVE_KIND_FLAGS_PLAN: [enum@Pdz.ObjectiveKind.PLAN] (`plan`)
 * @PDZ_OBJECTIVE_KIND_FLAGS_HEALTH_INTEGRATION: [enum@Pdz.ObjectiveKind.HEALTH_INTEGRATION] (`health-integration`)
 *
 * A set of [enum@Pdz.ObjectiveKind] values, as
 * [property@Pdz.Query:objective-kinds] takes it. The flag of a kind is
 * `1 << kind`.
 *
 * Since: 0.2
 */
typedef enum /*< flags >*/ {
  PDZ_OBJECTIVE_KIND_FLAGS_NONE = 0,
  PDZ_OBJECTIVE_KIND_FLAGS_PLAN = 1 << PDZ_OBJECTIVE_KIND_PLAN,
  PDZ_OBJECTIVE_KIND_FLAGS_HEALTH_INTEGRATION = 1 << PDZ_OBJECTIVE_KIND_HEALTH_INTEGRATION,
} PdzObjectiveKindFlags;

/**
 * PdzEntityKind:
 * @PDZ_ENTITY_KIND_PLAN: the plan itself, [class@Pdz.Plan] (`plan`)
 * @PDZ_ENTITY_KIND_MACROAREA: [class@Pdz.Macroarea] (`macroarea`)
 * @PDZ_ENTITY_KIND_OBJECTIVE: [class@Pdz.Objective] (`objective`)
 * @PDZ_ENTITY_KIND_ACTION: [class@Pdz.Action], sub-actions included (`action`)
 * @PDZ_ENTITY_KIND_MILESTONE: [class@Pdz.Milestone] (`milestone`)
 * @PDZ_ENTITY_KIND_PROJECT: [class@Pdz.Project] (`project`)
 * @PDZ_ENTITY_KIND_PARTNER: [class@Pdz.Partner] (`partner`)
 * @PDZ_ENTITY_KIND_PARTICIPATION: [class@Pdz.Participation] (`participation`)
 * @PDZ_ENTITY_KIND_FUNDING: [class@Pdz.Funding] (`funding`)
 * @PDZ_ENTITY_KIND_INDICATOR: [class@Pdz.Indicator] (`indicator`)
 * @PDZ_ENTITY_KIND_MEASUREMENT: [class@Pdz.Measurement] (`measurement`)
 *
 * The kinds of entity a plan is made of: the tables of its tabular views
 * ([method@Pdz.Plan.dup_table]), the sheets of its workbook and the
 * entity types of a comparison of two rounds.
 *
 * Since: 0.2
 */
typedef enum {
  PDZ_ENTITY_KIND_PLAN,
  PDZ_ENTITY_KIND_MACROAREA,
  PDZ_ENTITY_KIND_OBJECTIVE,
  PDZ_ENTITY_KIND_ACTION,
  PDZ_ENTITY_KIND_MILESTONE,
  PDZ_ENTITY_KIND_PROJECT,
  PDZ_ENTITY_KIND_PARTNER,
  PDZ_ENTITY_KIND_PARTICIPATION,
  PDZ_ENTITY_KIND_FUNDING,
  PDZ_ENTITY_KIND_INDICATOR,
  PDZ_ENTITY_KIND_MEASUREMENT,
} PdzEntityKind;

G_END_DECLS
