/* pdz-plan-properties.c: the getters and setters of the plan's properties
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Part of PdzPlan (see pdz-plan-private.h); the properties themselves are
 * documented and installed in pdz-plan.c. A setter notifies only when the
 * value really changes, after touching the plan (_pdz_plan_changed()).
 */

#include "pdz-entity-private.h"
#include "pdz-plan-private.h"

static void
set_string (PdzPlan          *self,
            char            **field,
            const char       *value,
            PdzPlanProperty   prop_id)
{
  if (_pdz_set_string (field, value))
    _pdz_plan_changed (self, prop_id);
}

static void
set_date (PdzPlan          *self,
          PdzDate         **field,
          const PdzDate    *value,
          PdzPlanProperty   prop_id)
{
  if (_pdz_set_date (field, value))
    _pdz_plan_changed (self, prop_id);
}

/**
 * pdz_plan_get_id:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:id] of the plan.
 *
 * Returns: (nullable): the identifier, or %NULL if not set
 */
const char *
pdz_plan_get_id (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->id;
}

/**
 * pdz_plan_set_id:
 * @self: a plan
 * @id: (nullable): the new identifier
 *
 * Sets the [property@Pdz.Plan:id] of the plan.
 */
void
pdz_plan_set_id (PdzPlan    *self,
                 const char *id)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_string (self, &self->id, id, PDZ_PLAN_PROP_ID);
}

/**
 * pdz_plan_get_title:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:title] of the plan.
 *
 * Returns: (nullable): the title, or %NULL if not set
 */
const char *
pdz_plan_get_title (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->title;
}

/**
 * pdz_plan_set_title:
 * @self: a plan
 * @title: (nullable): the new title
 *
 * Sets the [property@Pdz.Plan:title] of the plan.
 */
void
pdz_plan_set_title (PdzPlan    *self,
                    const char *title)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_string (self, &self->title, title, PDZ_PLAN_PROP_TITLE);
}

/**
 * pdz_plan_get_ambito:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:ambito] of the plan.
 *
 * Returns: (nullable): the name of the ambito, or %NULL if not set
 */
const char *
pdz_plan_get_ambito (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->ambito;
}

/**
 * pdz_plan_set_ambito:
 * @self: a plan
 * @ambito: (nullable): the new name of the ambito
 *
 * Sets the [property@Pdz.Plan:ambito] of the plan.
 */
void
pdz_plan_set_ambito (PdzPlan    *self,
                     const char *ambito)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_string (self, &self->ambito, ambito, PDZ_PLAN_PROP_AMBITO);
}

/**
 * pdz_plan_get_language:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:language] of the plan.
 *
 * Returns: (nullable): an ISO 639-1 language code, or %NULL if not stated
 */
const char *
pdz_plan_get_language (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->language;
}

/**
 * pdz_plan_set_language:
 * @self: a plan
 * @language: (nullable): an ISO 639-1 language code, or %NULL
 *
 * Sets the [property@Pdz.Plan:language] of the plan.
 */
void
pdz_plan_set_language (PdzPlan    *self,
                       const char *language)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_string (self, &self->language, language, PDZ_PLAN_PROP_LANGUAGE);
}

/**
 * pdz_plan_get_start:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:start] of the plan period.
 *
 * Returns: (transfer none) (nullable): the start, or %NULL if not set
 */
const PdzDate *
pdz_plan_get_start (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->start;
}

/**
 * pdz_plan_set_start:
 * @self: a plan
 * @start: (nullable): the new start, or %NULL
 *
 * Sets the [property@Pdz.Plan:start] of the plan period. The date is
 * copied.
 */
void
pdz_plan_set_start (PdzPlan       *self,
                    const PdzDate *start)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_date (self, &self->start, start, PDZ_PLAN_PROP_START);
}

/**
 * pdz_plan_get_end:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:end] of the plan period.
 *
 * Returns: (transfer none) (nullable): the end, or %NULL if not set
 */
const PdzDate *
pdz_plan_get_end (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->end;
}

/**
 * pdz_plan_set_end:
 * @self: a plan
 * @end: (nullable): the new end, or %NULL
 *
 * Sets the [property@Pdz.Plan:end] of the plan period. The date is
 * copied.
 */
void
pdz_plan_set_end (PdzPlan       *self,
                  const PdzDate *end)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_date (self, &self->end, end, PDZ_PLAN_PROP_END);
}

/**
 * pdz_plan_get_lead_municipality:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:lead-municipality] of the plan.
 *
 * Returns: (transfer none) (nullable): the lead municipality, or %NULL
 */
PdzPartner *
pdz_plan_get_lead_municipality (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->lead_municipality;
}

/**
 * pdz_plan_set_lead_municipality:
 * @self: a plan
 * @lead_municipality: (nullable): a partner of the plan, or %NULL
 *
 * Sets the [property@Pdz.Plan:lead-municipality] of the plan. The plan
 * keeps a reference to the partner; [method@Pdz.Plan.validate] checks
 * that it is one of the plan's partners.
 */
void
pdz_plan_set_lead_municipality (PdzPlan    *self,
                                PdzPartner *lead_municipality)
{
  g_return_if_fail (PDZ_IS_PLAN (self));
  g_return_if_fail (lead_municipality == NULL || PDZ_IS_PARTNER (lead_municipality));

  if (_pdz_set_object (&self->lead_municipality, lead_municipality))
    _pdz_plan_changed (self, PDZ_PLAN_PROP_LEAD_MUNICIPALITY);
}

/**
 * pdz_plan_get_office:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:office] of the plan.
 *
 * Returns: (nullable): the name of the planning office, or %NULL
 */
const char *
pdz_plan_get_office (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->office;
}

/**
 * pdz_plan_set_office:
 * @self: a plan
 * @office: (nullable): the name of the planning office, or %NULL
 *
 * Sets the [property@Pdz.Plan:office] of the plan.
 */
void
pdz_plan_set_office (PdzPlan    *self,
                     const char *office)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_string (self, &self->office, office, PDZ_PLAN_PROP_OFFICE);
}

/**
 * pdz_plan_get_email:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:email] of the plan.
 *
 * Returns: (nullable): the e-mail address of the planning office, or %NULL
 */
const char *
pdz_plan_get_email (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->email;
}

/**
 * pdz_plan_set_email:
 * @self: a plan
 * @email: (nullable): the e-mail address of the planning office, or %NULL
 *
 * Sets the [property@Pdz.Plan:email] of the plan.
 */
void
pdz_plan_set_email (PdzPlan    *self,
                    const char *email)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_string (self, &self->email, email, PDZ_PLAN_PROP_EMAIL);
}

/**
 * pdz_plan_get_phone:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:phone] of the plan.
 *
 * Returns: (nullable): the telephone number of the planning office, or
 *   %NULL
 */
const char *
pdz_plan_get_phone (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->phone;
}

/**
 * pdz_plan_set_phone:
 * @self: a plan
 * @phone: (nullable): the telephone number of the planning office, or %NULL
 *
 * Sets the [property@Pdz.Plan:phone] of the plan.
 */
void
pdz_plan_set_phone (PdzPlan    *self,
                    const char *phone)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_string (self, &self->phone, phone, PDZ_PLAN_PROP_PHONE);
}

/**
 * pdz_plan_get_website:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:website] of the plan.
 *
 * Returns: (nullable): the web site address, or %NULL
 */
const char *
pdz_plan_get_website (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->website;
}

/**
 * pdz_plan_set_website:
 * @self: a plan
 * @website: (nullable): the web site address, or %NULL
 *
 * Sets the [property@Pdz.Plan:website] of the plan.
 */
void
pdz_plan_set_website (PdzPlan    *self,
                      const char *website)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_string (self, &self->website, website, PDZ_PLAN_PROP_WEBSITE);
}

/**
 * pdz_plan_get_monitoring_title:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:monitoring-title] of the plan.
 *
 * Returns: (nullable): the title of the monitoring round, or %NULL
 */
const char *
pdz_plan_get_monitoring_title (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->monitoring_title;
}

/**
 * pdz_plan_set_monitoring_title:
 * @self: a plan
 * @monitoring_title: (nullable): the title of the monitoring round, or %NULL
 *
 * Sets the [property@Pdz.Plan:monitoring-title] of the plan.
 */
void
pdz_plan_set_monitoring_title (PdzPlan    *self,
                               const char *monitoring_title)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_string (self, &self->monitoring_title, monitoring_title, PDZ_PLAN_PROP_MONITORING_TITLE);
}

/**
 * pdz_plan_get_monitoring_start:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:monitoring-start] of the plan.
 *
 * Returns: (transfer none) (nullable): the start of the monitoring round,
 *   or %NULL
 */
const PdzDate *
pdz_plan_get_monitoring_start (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->monitoring_start;
}

/**
 * pdz_plan_set_monitoring_start:
 * @self: a plan
 * @monitoring_start: (nullable): the start of the monitoring round, or %NULL
 *
 * Sets the [property@Pdz.Plan:monitoring-start] of the plan. The date is
 * copied.
 */
void
pdz_plan_set_monitoring_start (PdzPlan       *self,
                               const PdzDate *monitoring_start)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_date (self, &self->monitoring_start, monitoring_start, PDZ_PLAN_PROP_MONITORING_START);
}

/**
 * pdz_plan_get_monitoring_end:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:monitoring-end] of the plan.
 *
 * Returns: (transfer none) (nullable): the end of the monitoring round, or
 *   %NULL
 */
const PdzDate *
pdz_plan_get_monitoring_end (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->monitoring_end;
}

/**
 * pdz_plan_set_monitoring_end:
 * @self: a plan
 * @monitoring_end: (nullable): the end of the monitoring round, or %NULL
 *
 * Sets the [property@Pdz.Plan:monitoring-end] of the plan. The date is
 * copied.
 */
void
pdz_plan_set_monitoring_end (PdzPlan       *self,
                             const PdzDate *monitoring_end)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_date (self, &self->monitoring_end, monitoring_end, PDZ_PLAN_PROP_MONITORING_END);
}

