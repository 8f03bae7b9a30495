/* pdz-diagnostic.c: a problem found in a plan by pdz_plan_check()
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz.h"

/**
 * PdzDiagnostic:
 *
 * A problem, or a remark, that [method@Pdz.Plan.check] found in a plan that
 * loaded fine: an end before its start, an objective with nothing reported,
 * a partner that nothing references.
 *
 * A diagnostic is immutable. It has a [enum@Pdz.Severity], a stable
 * [property@Pdz.Diagnostic:code] such as `action-outside-plan-period`
 * (every code is documented in `doc/checks.md`), the JSON pointer of its
 * subject in the plan file, such as `/objectives/3/actions/2`, and a
 * message for people, in Italian or English.
 */
struct _PdzDiagnostic
{
  GObject parent_instance;

  PdzSeverity severity;
  char *code;      /* (owned) */
  char *pointer;   /* (owned) */
  char *message;   /* (owned) */
  GObject *subject; /* (owned) (nullable) */
};

G_DEFINE_FINAL_TYPE (PdzDiagnostic, pdz_diagnostic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_CODE,
  PROP_POINTER,
  PROP_MESSAGE,
  PROP_SUBJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pdz_diagnostic_finalize (GObject *object)
{
  PdzDiagnostic *self = PDZ_DIAGNOSTIC (object);

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->pointer, g_free);
  g_clear_pointer (&self->message, g_free);
  g_clear_object (&self->subject);

  G_OBJECT_CLASS (pdz_diagnostic_parent_class)->finalize (object);
}

static void
pdz_diagnostic_get_property (GObject *object,
                             guint prop_id,
                             GValue *value,
                             GParamSpec *pspec)
{
  PdzDiagnostic *self = PDZ_DIAGNOSTIC (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_POINTER:
      g_value_set_string (value, self->pointer);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_SUBJECT:
      g_value_set_object (value, self->subject);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_diagnostic_set_property (GObject *object,
                             guint prop_id,
                             const GValue *value,
                             GParamSpec *pspec)
{
  PdzDiagnostic *self = PDZ_DIAGNOSTIC (object);

  /* Construct-only: each is set once, before anyone can watch. */
  switch (prop_id)
    {
    case PROP_SEVERITY:
      self->severity = g_value_get_enum (value);
      break;
    case PROP_CODE:
      self->code = g_value_dup_string (value);
      break;
    case PROP_POINTER:
      self->pointer = g_value_dup_string (value);
      break;
    case PROP_MESSAGE:
      self->message = g_value_dup_string (value);
      break;
    case PROP_SUBJECT:
      self->subject = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_diagnostic_class_init (PdzDiagnosticClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pdz_diagnostic_finalize;
  object_class->get_property = pdz_diagnostic_get_property;
  object_class->set_property = pdz_diagnostic_set_property;

  /**
   * PdzDiagnostic:severity:
   *
   * How serious the diagnostic is.
   */
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       PDZ_TYPE_SEVERITY, PDZ_SEVERITY_INFO,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * PdzDiagnostic:code:
   *
   * The stable code of the check that found it, such as
   * `action-outside-plan-period`. Codes never change meaning; every code
   * is documented in `doc/checks.md`.
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * PdzDiagnostic:pointer:
   *
   * The JSON pointer (RFC 6901) of the subject in the plan file, such as
   * `/objectives/3/actions/2`, or `/end` for the plan's end date.
   */
  properties[PROP_POINTER] =
    g_param_spec_string ("pointer", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * PdzDiagnostic:message:
   *
   * What is wrong, and where, for people: one sentence in the language
   * the check was run in (Italian or English).
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * PdzDiagnostic:subject:
   *
   * The entity the diagnostic is about (a [class@Pdz.Action],
   * [class@Pdz.Objective], [class@Pdz.Project], [class@Pdz.Partner],
   * [class@Pdz.Macroarea], [class@Pdz.Indicator] or the [class@Pdz.Plan]),
   * or %NULL.
   */
  properties[PROP_SUBJECT] =
    g_param_spec_object ("subject", NULL, NULL,
                         G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_diagnostic_init (PdzDiagnostic *self)
{
}

/**
 * pdz_diagnostic_new:
 * @severity: how serious it is
 * @code: the stable code of the check
 * @pointer: the JSON pointer of the subject
 * @message: the message for people
 * @subject: (nullable): the entity it is about
 *
 * Creates a diagnostic. Checks create them; applications that run checks
 * of their own can too.
 *
 * Returns: (transfer full): a new diagnostic
 */
PdzDiagnostic *
pdz_diagnostic_new (PdzSeverity severity,
                    const char *code,
                    const char *pointer,
                    const char *message,
                    GObject *subject)
{
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (pointer != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);
  g_return_val_if_fail (subject == NULL || G_IS_OBJECT (subject), NULL);

  return g_object_new (PDZ_TYPE_DIAGNOSTIC,
                       "severity", severity,
                       "code", code,
                       "pointer", pointer,
                       "message", message,
                       "subject", subject,
                       NULL);
}

/**
 * pdz_diagnostic_get_severity:
 * @self: a diagnostic
 *
 * Gets [property@Pdz.Diagnostic:severity].
 *
 * Returns: how serious the diagnostic is
 */
PdzSeverity
pdz_diagnostic_get_severity (PdzDiagnostic *self)
{
  g_return_val_if_fail (PDZ_IS_DIAGNOSTIC (self), PDZ_SEVERITY_INFO);

  return self->severity;
}

/**
 * pdz_diagnostic_get_code:
 * @self: a diagnostic
 *
 * Gets [property@Pdz.Diagnostic:code].
 *
 * Returns: (transfer none): the stable code, such as `end-before-start`
 */
const char *
pdz_diagnostic_get_code (PdzDiagnostic *self)
{
  g_return_val_if_fail (PDZ_IS_DIAGNOSTIC (self), NULL);

  return self->code;
}

/**
 * pdz_diagnostic_get_pointer:
 * @self: a diagnostic
 *
 * Gets [property@Pdz.Diagnostic:pointer].
 *
 * Returns: (transfer none): the JSON pointer of the subject
 */
const char *
pdz_diagnostic_get_pointer (PdzDiagnostic *self)
{
  g_return_val_if_fail (PDZ_IS_DIAGNOSTIC (self), NULL);

  return self->pointer;
}

/**
 * pdz_diagnostic_get_message:
 * @self: a diagnostic
 *
 * Gets [property@Pdz.Diagnostic:message].
 *
 * Returns: (transfer none): the message for people
 */
const char *
pdz_diagnostic_get_message (PdzDiagnostic *self)
{
  g_return_val_if_fail (PDZ_IS_DIAGNOSTIC (self), NULL);

  return self->message;
}

/**
 * pdz_diagnostic_get_subject:
 * @self: a diagnostic
 *
 * Gets [property@Pdz.Diagnostic:subject].
 *
 * Returns: (transfer none) (nullable): the entity the diagnostic is about
 */
GObject *
pdz_diagnostic_get_subject (PdzDiagnostic *self)
{
  g_return_val_if_fail (PDZ_IS_DIAGNOSTIC (self), NULL);

  return self->subject;
}

/**
 * pdz_diagnostic_to_string:
 * @self: a diagnostic
 *
 * Formats the diagnostic the way compilers do:
 * `/objectives/3/actions/2: warning[action-outside-plan-period]: message`.
 *
 * Returns: (transfer full): the formatted diagnostic
 */
char *
pdz_diagnostic_to_string (PdzDiagnostic *self)
{
  g_return_val_if_fail (PDZ_IS_DIAGNOSTIC (self), NULL);

  return g_strdup_printf ("%s: %s[%s]: %s", self->pointer,
                          pdz_severity_to_string (self->severity),
                          self->code, self->message);
}

/**
 * pdz_severity_to_string:
 * @severity: a severity
 *
 * Gets the name of @severity, its nick: `info`, `warning` or `error`.
 *
 * Returns: (transfer none): the name of the severity
 */
const char *
pdz_severity_to_string (PdzSeverity severity)
{
  switch (severity)
    {
    case PDZ_SEVERITY_INFO:
      return "info";
    case PDZ_SEVERITY_WARNING:
      return "warning";
    case PDZ_SEVERITY_ERROR:
      return "error";
    default:
      g_return_val_if_reached ("unknown");
    }
}
