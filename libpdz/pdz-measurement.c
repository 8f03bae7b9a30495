/* pdz-measurement.c: a dated value of an indicator
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-entity-private.h"

#include <math.h>

/**
 * PdzMeasurement:
 *
 * A value of a [class@Pdz.Indicator], measured at a [struct@Pdz.Date]
 * of any precision, with an optional note.
 *
 * Measurements serve as the baseline and the target of an indicator, where
 * the date is optional, and as its list of measured values over time, where
 * the plan format requires it.
 *
 * The value must be a finite number, and the note valid UTF-8: a setter
 * or constructor given anything else refuses it with a critical warning
 * and changes nothing.
 */
struct _PdzMeasurement
{
  GObject parent_instance;
  GObject *owner;            /* (not owned) (nullable): see pdz-entity-private.h */

  PdzDate *date;             /* (owned) (nullable) */
  double value;
  char *note;                /* (owned) (nullable) */
};

G_DEFINE_FINAL_TYPE (PdzMeasurement, pdz_measurement, G_TYPE_OBJECT)

static GObject **
owner_slot (gpointer entity)
{
  return &((PdzMeasurement *) entity)->owner;
}

/* What pdz-entity.c needs of a measurement (pdz-entity-private.h). */
static const PdzEntityType entity_type = {
  .kind = PDZ_KIND_NONE,
  .owner_slot = owner_slot,
};

enum {
  PROP_0,
  PROP_DATE,
  PROP_VALUE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pdz_measurement_finalize (GObject *object)
{
  PdzMeasurement *self = PDZ_MEASUREMENT (object);

  g_clear_pointer (&self->date, pdz_date_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (pdz_measurement_parent_class)->finalize (object);
}

static void
pdz_measurement_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PdzMeasurement *self = PDZ_MEASUREMENT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_measurement_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PdzMeasurement *self = PDZ_MEASUREMENT (object);

  switch (prop_id)
    {
    case PROP_DATE:
      pdz_measurement_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_VALUE:
      pdz_measurement_set_value (self, g_value_get_double (value));
      break;
    case PROP_NOTE:
      pdz_measurement_set_note (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_measurement_class_init (PdzMeasurementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  _pdz_entity_register_type (G_TYPE_FROM_CLASS (klass), &entity_type);

  object_class->finalize = pdz_measurement_finalize;
  object_class->get_property = pdz_measurement_get_property;
  object_class->set_property = pdz_measurement_set_property;

  /**
   * PdzMeasurement:date:
   *
   * When the value was measured, at the precision known, or %NULL if not
   * stated (allowed for the baseline and the target of an indicator).
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        PDZ_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzMeasurement:value:
   *
   * The measured value, in the [property@Pdz.Indicator:unit] of the
   * indicator: a finite number. Infinities and NaN are refused, as the
   * plan file format has no spelling for them.
   */
  properties[PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzMeasurement:note:
   *
   * A free-text note on the value, e.g. its source, or %NULL.
   */
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_measurement_init (PdzMeasurement *self)
{
}

/**
 * pdz_measurement_new:
 * @date: (nullable): when the value was measured, or %NULL if not stated
 * @value: the measured value, a finite number
 *
 * Creates a measurement. @date is copied. A @value that is not finite
 * (infinite or NaN) is a programmer error: see
 * [property@Pdz.Measurement:value].
 *
 * Returns: (transfer full): a new measurement
 */
PdzMeasurement *
pdz_measurement_new (const PdzDate *date,
                     double         value)
{
  g_return_val_if_fail (isfinite (value), NULL);

  return g_object_new (PDZ_TYPE_MEASUREMENT,
                       "date", date,
                       "value", value,
                       NULL);
}

/**
 * pdz_measurement_get_date:
 * @self: a measurement
 *
 * Gets the [property@Pdz.Measurement:date] of the measurement.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL if not stated
 */
const PdzDate *
pdz_measurement_get_date (PdzMeasurement *self)
{
  g_return_val_if_fail (PDZ_IS_MEASUREMENT (self), NULL);

  return self->date;
}

/**
 * pdz_measurement_set_date:
 * @self: a measurement
 * @date: (nullable): the new date, or %NULL for none
 *
 * Sets the [property@Pdz.Measurement:date] of the measurement. @date is
 * copied.
 */
void
pdz_measurement_set_date (PdzMeasurement *self,
                          const PdzDate  *date)
{
  g_return_if_fail (PDZ_IS_MEASUREMENT (self));

  if (!_pdz_set_date (&self->date, date))
    return;

  _pdz_entity_notify (self, properties[PROP_DATE]);
}

/**
 * pdz_measurement_get_value:
 * @self: a measurement
 *
 * Gets the [property@Pdz.Measurement:value] measured.
 *
 * Returns: the value
 */
double
pdz_measurement_get_value (PdzMeasurement *self)
{
  g_return_val_if_fail (PDZ_IS_MEASUREMENT (self), 0.0);

  return self->value;
}

/**
 * pdz_measurement_set_value:
 * @self: a measurement
 * @value: the new value, a finite number
 *
 * Sets the [property@Pdz.Measurement:value] measured. A @value that is
 * not finite (infinite or NaN) is a programmer error: it is refused with a
 * critical warning and the value stays as it was, as the plan file format
 * has no spelling for it.
 */
void
pdz_measurement_set_value (PdzMeasurement *self,
                           double          value)
{
  g_return_if_fail (PDZ_IS_MEASUREMENT (self));
  g_return_if_fail (isfinite (value));

  if (self->value == value)
    return;

  self->value = value;
  _pdz_entity_notify (self, properties[PROP_VALUE]);
}

/**
 * pdz_measurement_get_note:
 * @self: a measurement
 *
 * Gets the [property@Pdz.Measurement:note] on the value.
 *
 * Returns: (nullable): the note, or %NULL if there is none
 */
const char *
pdz_measurement_get_note (PdzMeasurement *self)
{
  g_return_val_if_fail (PDZ_IS_MEASUREMENT (self), NULL);

  return self->note;
}

/**
 * pdz_measurement_set_note:
 * @self: a measurement
 * @note: (nullable): the new note, or %NULL for none
 *
 * Sets the [property@Pdz.Measurement:note] on the value.
 */
void
pdz_measurement_set_note (PdzMeasurement *self,
                          const char     *note)
{
  g_return_if_fail (PDZ_IS_MEASUREMENT (self));

  if (!_pdz_set_string (&self->note, note))
    return;

  _pdz_entity_notify (self, properties[PROP_NOTE]);
}
