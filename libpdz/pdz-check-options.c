/* pdz-check-options.c: what pdz_plan_check() checks, and how it reports
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz.h"

#include "pdz-util-private.h"

/**
 * PdzCheckOptions:
 *
 * The options of [method@Pdz.Plan.check]: the reference date that tells
 * the past from the future, the language of the messages, and the checks
 * switched off.
 *
 * ```c
 * g_autoptr(PdzCheckOptions) options = pdz_check_options_new ();
 * g_autoptr(PdzDate) day = pdz_date_new_day (2023, 10, 31);
 *
 * pdz_check_options_set_reference_date (options, day);
 * pdz_check_options_disable_code (options, "partner-unreferenced");
 * diagnostics = pdz_plan_check (plan, options);
 * ```
 */
struct _PdzCheckOptions
{
  GObject parent_instance;

  PdzDate *reference_date;  /* (owned) (nullable) */
  char *language;           /* (owned) (nullable) */
  char **disabled_codes;    /* (owned) (nullable) */
};

G_DEFINE_FINAL_TYPE (PdzCheckOptions, pdz_check_options, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REFERENCE_DATE,
  PROP_LANGUAGE,
  PROP_DISABLED_CODES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pdz_check_options_finalize (GObject *object)
{
  PdzCheckOptions *self = PDZ_CHECK_OPTIONS (object);

  g_clear_pointer (&self->reference_date, pdz_date_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->disabled_codes, g_strfreev);

  G_OBJECT_CLASS (pdz_check_options_parent_class)->finalize (object);
}

static void
pdz_check_options_get_property (GObject *object,
                                guint prop_id,
                                GValue *value,
                                GParamSpec *pspec)
{
  PdzCheckOptions *self = PDZ_CHECK_OPTIONS (object);

  switch (prop_id)
    {
    case PROP_REFERENCE_DATE:
      g_value_set_boxed (value, self->reference_date);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_DISABLED_CODES:
      g_value_set_boxed (value, self->disabled_codes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_check_options_set_property (GObject *object,
                                guint prop_id,
                                const GValue *value,
                                GParamSpec *pspec)
{
  PdzCheckOptions *self = PDZ_CHECK_OPTIONS (object);

  switch (prop_id)
    {
    case PROP_REFERENCE_DATE:
      pdz_check_options_set_reference_date (self, g_value_get_boxed (value));
      break;
    case PROP_LANGUAGE:
      pdz_check_options_set_language (self, g_value_get_string (value));
      break;
    case PROP_DISABLED_CODES:
      pdz_check_options_set_disabled_codes (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_check_options_class_init (PdzCheckOptionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pdz_check_options_finalize;
  object_class->get_property = pdz_check_options_get_property;
  object_class->set_property = pdz_check_options_set_property;

  /**
   * PdzCheckOptions:reference-date:
   *
   * The day that tells the past from the future: an action marked
   * completed but dated after it is reported. %NULL, the default, means
   * today.
   */
  properties[PROP_REFERENCE_DATE] =
    g_param_spec_boxed ("reference-date", NULL, NULL,
                        PDZ_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzCheckOptions:language:
   *
   * The language of the messages, an ISO 639-1 code: `it` or `en`,
   * optionally with a region (`it_IT`). %NULL, the default, means the
   * plan's [property@Pdz.Plan:language].
   *
   * The language is resolved by the rule [property@Pdz.Report:language]
   * follows too, written out under "Language" in
   * [the guide to the report](report.html): the language set here when
   * libpdz has it, else the plan's when libpdz has it, else Italian when
   * the plan names none, else English. [method@Pdz.Plan.check] cannot
   * fail: a language libpdz lacks set here is not an error, it falls back
   * by that rule (where a report refuses it).
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzCheckOptions:disabled-codes:
   *
   * The codes of the checks switched off, such as `partner-unreferenced`.
   * Unknown codes are kept and ignored.
   */
  properties[PROP_DISABLED_CODES] =
    g_param_spec_boxed ("disabled-codes", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_check_options_init (PdzCheckOptions *self)
{
}

/**
 * pdz_check_options_new:
 *
 * Creates options with the defaults: today as the reference date, the
 * plan's language, every check on.
 *
 * Returns: (transfer full): new options
 */
PdzCheckOptions *
pdz_check_options_new (void)
{
  return g_object_new (PDZ_TYPE_CHECK_OPTIONS, NULL);
}

/**
 * pdz_check_options_get_reference_date:
 * @self: check options
 *
 * Gets [property@Pdz.CheckOptions:reference-date].
 *
 * Returns: (transfer none) (nullable): the reference date, or %NULL for today
 */
const PdzDate *
pdz_check_options_get_reference_date (PdzCheckOptions *self)
{
  g_return_val_if_fail (PDZ_IS_CHECK_OPTIONS (self), NULL);

  return self->reference_date;
}

/**
 * pdz_check_options_set_reference_date:
 * @self: check options
 * @reference_date: (nullable): the reference date, or %NULL for today
 *
 * Sets [property@Pdz.CheckOptions:reference-date].
 */
void
pdz_check_options_set_reference_date (PdzCheckOptions *self,
                                      const PdzDate *reference_date)
{
  g_return_if_fail (PDZ_IS_CHECK_OPTIONS (self));

  if (_pdz_set_date (&self->reference_date, reference_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE_DATE]);
}

/**
 * pdz_check_options_get_language:
 * @self: check options
 *
 * Gets [property@Pdz.CheckOptions:language].
 *
 * Returns: (transfer none) (nullable): the language of the messages, or
 *   %NULL for the plan's
 */
const char *
pdz_check_options_get_language (PdzCheckOptions *self)
{
  g_return_val_if_fail (PDZ_IS_CHECK_OPTIONS (self), NULL);

  return self->language;
}

/**
 * pdz_check_options_set_language:
 * @self: check options
 * @language: (nullable): `it`, `en`, or %NULL for the plan's language
 *
 * Sets [property@Pdz.CheckOptions:language].
 */
void
pdz_check_options_set_language (PdzCheckOptions *self,
                                const char *language)
{
  g_return_if_fail (PDZ_IS_CHECK_OPTIONS (self));

  if (_pdz_set_string (&self->language, language))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * pdz_check_options_get_disabled_codes:
 * @self: check options
 *
 * Gets [property@Pdz.CheckOptions:disabled-codes].
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the codes
 *   switched off, or %NULL when none is
 */
const char * const *
pdz_check_options_get_disabled_codes (PdzCheckOptions *self)
{
  g_return_val_if_fail (PDZ_IS_CHECK_OPTIONS (self), NULL);

  return (const char * const *) self->disabled_codes;
}

/**
 * pdz_check_options_set_disabled_codes:
 * @self: check options
 * @codes: (nullable) (array zero-terminated=1): the codes to switch off
 *
 * Sets [property@Pdz.CheckOptions:disabled-codes], replacing the codes
 * switched off before.
 */
void
pdz_check_options_set_disabled_codes (PdzCheckOptions *self,
                                      const char * const *codes)
{
  g_return_if_fail (PDZ_IS_CHECK_OPTIONS (self));

  if (_pdz_set_strv (&self->disabled_codes, codes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISABLED_CODES]);
}

/**
 * pdz_check_options_disable_code:
 * @self: check options
 * @code: the code of a check, such as `partner-unreferenced`
 *
 * Switches off the check of @code.
 */
void
pdz_check_options_disable_code (PdzCheckOptions *self,
                                const char *code)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) codes = NULL;

  g_return_if_fail (PDZ_IS_CHECK_OPTIONS (self));
  g_return_if_fail (code != NULL);

  if (!pdz_check_options_is_code_enabled (self, code))
    return;

  builder = g_strv_builder_new ();
  if (self->disabled_codes != NULL)
    g_strv_builder_addv (builder, (const char **) self->disabled_codes);
  g_strv_builder_add (builder, code);
  codes = g_strv_builder_end (builder);
  pdz_check_options_set_disabled_codes (self, (const char * const *) codes);
}

/**
 * pdz_check_options_enable_code:
 * @self: check options
 * @code: the code of a check
 *
 * Switches the check of @code back on.
 */
void
pdz_check_options_enable_code (PdzCheckOptions *self,
                               const char *code)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) codes = NULL;

  g_return_if_fail (PDZ_IS_CHECK_OPTIONS (self));
  g_return_if_fail (code != NULL);

  if (pdz_check_options_is_code_enabled (self, code))
    return;

  builder = g_strv_builder_new ();
  for (guint i = 0; self->disabled_codes[i] != NULL; i++)
    {
      if (g_strcmp0 (self->disabled_codes[i], code) != 0)
        g_strv_builder_add (builder, self->disabled_codes[i]);
    }
  codes = g_strv_builder_end (builder);
  pdz_check_options_set_disabled_codes (self, (const char * const *) codes);
}

/**
 * pdz_check_options_is_code_enabled:
 * @self: check options
 * @code: the code of a check
 *
 * Tells whether the check of @code is on.
 *
 * Returns: %TRUE unless @code is among the disabled codes
 */
gboolean
pdz_check_options_is_code_enabled (PdzCheckOptions *self,
                                   const char *code)
{
  g_return_val_if_fail (PDZ_IS_CHECK_OPTIONS (self), TRUE);
  g_return_val_if_fail (code != NULL, TRUE);

  return self->disabled_codes == NULL ||
         !g_strv_contains ((const char * const *) self->disabled_codes, code);
}
