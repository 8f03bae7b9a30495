/* pdz-indicator.c: an outcome or output indicator of an objective
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-entity-private.h"
#include "pdz-list-private.h"

/**
 * PdzIndicator:
 *
 * An outcome or output indicator of a [class@Pdz.Objective]: what is
 * measured ([property@Pdz.Indicator:title], in a
 * [property@Pdz.Indicator:unit]), where it started
 * ([property@Pdz.Indicator:baseline]), where the plan aims to bring it
 * ([property@Pdz.Indicator:target]), and the values measured over time
 * ([method@Pdz.Indicator.get_measurements]).
 *
 * The indicator owns its measurements: a [class@Pdz.Measurement] belongs
 * to at most one indicator, as one of its measurements, its baseline or its
 * target.
 *
 * Its text properties must be valid UTF-8: a setter or constructor given
 * anything else refuses it with a critical warning and changes nothing.
 */
struct _PdzIndicator
{
  GObject parent_instance;
  GObject *owner;            /* (not owned) (nullable): see pdz-entity-private.h */

  char *id;                  /* (owned) (nullable) */
  char *title;               /* (owned) (nullable) */
  char *unit;                /* (owned) (nullable) */
  PdzMeasurement *baseline;  /* (owned) (nullable) */
  PdzMeasurement *target;    /* (owned) (nullable) */
  PdzList *measurements;  /* (owned) (nullable) of PdzMeasurement */
};

G_DEFINE_FINAL_TYPE (PdzIndicator, pdz_indicator, G_TYPE_OBJECT)

static GObject **
owner_slot (gpointer entity)
{
  return &((PdzIndicator *) entity)->owner;
}

/* What pdz-entity.c needs of a indicator (pdz-entity-private.h). */
static const PdzEntityType entity_type = {
  .kind = PDZ_KIND_INDICATOR,
  .owner_slot = owner_slot,
  .get_id = (const char *(*) (gpointer)) pdz_indicator_get_id,
  .peek_list = (GListModel *(*) (gpointer, PdzListKind)) _pdz_indicator_peek_list,
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_UNIT,
  PROP_BASELINE,
  PROP_TARGET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pdz_indicator_dispose (GObject *object)
{
  PdzIndicator *self = PDZ_INDICATOR (object);

  /* The owner pointers are weak: clear them before letting go, so that a
   * measurement that outlives its indicator never points to it. */
  _pdz_entity_disown_all ((GListModel *) self->measurements);
  if (self->baseline != NULL)
    _pdz_entity_set_owner (self->baseline, NULL);
  if (self->target != NULL)
    _pdz_entity_set_owner (self->target, NULL);

  g_clear_object (&self->measurements);
  g_clear_object (&self->baseline);
  g_clear_object (&self->target);

  G_OBJECT_CLASS (pdz_indicator_parent_class)->dispose (object);
}

static void
pdz_indicator_finalize (GObject *object)
{
  PdzIndicator *self = PDZ_INDICATOR (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->unit, g_free);

  G_OBJECT_CLASS (pdz_indicator_parent_class)->finalize (object);
}

static void
pdz_indicator_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PdzIndicator *self = PDZ_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;
    case PROP_BASELINE:
      g_value_set_object (value, self->baseline);
      break;
    case PROP_TARGET:
      g_value_set_object (value, self->target);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_indicator_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PdzIndicator *self = PDZ_INDICATOR (object);

  switch (prop_id)
    {
    case PROP_ID:
      pdz_indicator_set_id (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      pdz_indicator_set_title (self, g_value_get_string (value));
      break;
    case PROP_UNIT:
      pdz_indicator_set_unit (self, g_value_get_string (value));
      break;
    case PROP_BASELINE:
      pdz_indicator_set_baseline (self, g_value_get_object (value));
      break;
    case PROP_TARGET:
      pdz_indicator_set_target (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_indicator_class_init (PdzIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  _pdz_entity_register_type (G_TYPE_FROM_CLASS (klass), &entity_type);

  object_class->dispose = pdz_indicator_dispose;
  object_class->finalize = pdz_indicator_finalize;
  object_class->get_property = pdz_indicator_get_property;
  object_class->set_property = pdz_indicator_set_property;

  /**
   * PdzIndicator:id:
   *
   * The identifier of the indicator, unique among all the indicators of
   * the plan.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzIndicator:title:
   *
   * What the indicator measures, e.g. "Famiglie prese in carico".
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzIndicator:unit:
   *
   * The unit of the values, e.g. "famiglie" or "%", or %NULL if not
   * stated.
   */
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzIndicator:baseline:
   *
   * The starting value of the indicator, or %NULL if not stated. Its date
   * is optional.
   */
  properties[PROP_BASELINE] =
    g_param_spec_object ("baseline", NULL, NULL,
                         PDZ_TYPE_MEASUREMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzIndicator:target:
   *
   * The value the plan aims at, or %NULL if not stated. Its date, when
   * given, is when the value should be reached.
   */
  properties[PROP_TARGET] =
    g_param_spec_object ("target", NULL, NULL,
                         PDZ_TYPE_MEASUREMENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_indicator_init (PdzIndicator *self)
{
}

/**
 * pdz_indicator_new:
 * @id: the identifier of the indicator
 * @title: what the indicator measures
 *
 * Creates an indicator without unit, baseline, target or measurements.
 *
 * Returns: (transfer full): a new indicator
 */
PdzIndicator *
pdz_indicator_new (const char *id,
                   const char *title)
{
  PdzIndicator *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (id, -1, NULL), NULL);
  g_return_val_if_fail (g_utf8_validate (title, -1, NULL), NULL);

  self = g_object_new (PDZ_TYPE_INDICATOR, NULL);
  /* As the properties would be set, without their notifications, which
   * no handler could receive yet; much faster than by name. */
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  return self;
}

/**
 * pdz_indicator_get_id:
 * @self: an indicator
 *
 * Gets the [property@Pdz.Indicator:id] of the indicator.
 *
 * Returns: (nullable): the identifier, or %NULL if not set
 */
const char *
pdz_indicator_get_id (PdzIndicator *self)
{
  g_return_val_if_fail (PDZ_IS_INDICATOR (self), NULL);

  return self->id;
}

/**
 * pdz_indicator_set_id:
 * @self: an indicator
 * @id: (nullable): the new identifier
 *
 * Sets the [property@Pdz.Indicator:id] of the indicator.
 */
void
pdz_indicator_set_id (PdzIndicator *self,
                      const char   *id)
{
  g_return_if_fail (PDZ_IS_INDICATOR (self));

  if (!_pdz_set_string (&self->id, id))
    return;

  _pdz_entity_notify (self, properties[PROP_ID]);
}

/**
 * pdz_indicator_get_title:
 * @self: an indicator
 *
 * Gets the [property@Pdz.Indicator:title] of the indicator.
 *
 * Returns: (nullable): the title, or %NULL if not set
 */
const char *
pdz_indicator_get_title (PdzIndicator *self)
{
  g_return_val_if_fail (PDZ_IS_INDICATOR (self), NULL);

  return self->title;
}

/**
 * pdz_indicator_set_title:
 * @self: an indicator
 * @title: (nullable): the new title
 *
 * Sets the [property@Pdz.Indicator:title] of the indicator.
 */
void
pdz_indicator_set_title (PdzIndicator *self,
                         const char   *title)
{
  g_return_if_fail (PDZ_IS_INDICATOR (self));

  if (!_pdz_set_string (&self->title, title))
    return;

  _pdz_entity_notify (self, properties[PROP_TITLE]);
}

/**
 * pdz_indicator_get_unit:
 * @self: an indicator
 *
 * Gets the [property@Pdz.Indicator:unit] of the values.
 *
 * Returns: (nullable): the unit, or %NULL if not stated
 */
const char *
pdz_indicator_get_unit (PdzIndicator *self)
{
  g_return_val_if_fail (PDZ_IS_INDICATOR (self), NULL);

  return self->unit;
}

/**
 * pdz_indicator_set_unit:
 * @self: an indicator
 * @unit: (nullable): the new unit, or %NULL for none
 *
 * Sets the [property@Pdz.Indicator:unit] of the values.
 */
void
pdz_indicator_set_unit (PdzIndicator *self,
                        const char   *unit)
{
  g_return_if_fail (PDZ_IS_INDICATOR (self));

  if (!_pdz_set_string (&self->unit, unit))
    return;

  _pdz_entity_notify (self, properties[PROP_UNIT]);
}

/* Whether @measurement is still one of the baseline, the target or the
 * measurements of @self, so that it keeps @self as its owner. */
static gboolean
indicator_holds (PdzIndicator   *self,
                 PdzMeasurement *measurement)
{
  return measurement == self->baseline ||
         measurement == self->target ||
         _pdz_list_find (self->measurements, measurement, NULL);
}

/* Replaces *@field (the baseline or the target) by @measurement, keeping
 * the owner pointers right. Returns TRUE if it changed. */
static gboolean
indicator_replace (PdzIndicator    *self,
                   PdzMeasurement **field,
                   PdzMeasurement  *measurement)
{
  g_autoptr(PdzMeasurement) old = NULL;

  if (*field == measurement)
    return FALSE;

  old = g_steal_pointer (field);
  if (measurement != NULL)
    {
      *field = g_object_ref (measurement);
      _pdz_entity_set_owner (measurement, self);
    }

  if (old != NULL && !indicator_holds (self, old))
    _pdz_entity_set_owner (old, NULL);

  return TRUE;
}

static gboolean
can_take (PdzIndicator   *self,
          PdzMeasurement *measurement)
{
  GObject *owner;

  if (measurement == NULL)
    return TRUE;

  owner = _pdz_entity_get_owner (measurement);
  return owner == NULL || owner == G_OBJECT (self);
}

/**
 * pdz_indicator_get_baseline:
 * @self: an indicator
 *
 * Gets the [property@Pdz.Indicator:baseline], the starting value.
 *
 * Returns: (transfer none) (nullable): the baseline, or %NULL if not stated
 */
PdzMeasurement *
pdz_indicator_get_baseline (PdzIndicator *self)
{
  g_return_val_if_fail (PDZ_IS_INDICATOR (self), NULL);

  return self->baseline;
}

/**
 * pdz_indicator_set_baseline:
 * @self: an indicator
 * @baseline: (nullable): the new baseline, or %NULL for none
 *
 * Sets the [property@Pdz.Indicator:baseline], the starting value. The
 * indicator takes a reference on @baseline and becomes its owner;
 * @baseline must not belong to another indicator. The baseline it replaces
 * is released.
 */
void
pdz_indicator_set_baseline (PdzIndicator   *self,
                            PdzMeasurement *baseline)
{
  g_return_if_fail (PDZ_IS_INDICATOR (self));
  g_return_if_fail (baseline == NULL || PDZ_IS_MEASUREMENT (baseline));
  g_return_if_fail (can_take (self, baseline));

  if (!indicator_replace (self, &self->baseline, baseline))
    return;

  _pdz_entity_notify (self, properties[PROP_BASELINE]);
}

/**
 * pdz_indicator_get_target:
 * @self: an indicator
 *
 * Gets the [property@Pdz.Indicator:target], the value aimed at.
 *
 * Returns: (transfer none) (nullable): the target, or %NULL if not stated
 */
PdzMeasurement *
pdz_indicator_get_target (PdzIndicator *self)
{
  g_return_val_if_fail (PDZ_IS_INDICATOR (self), NULL);

  return self->target;
}

/**
 * pdz_indicator_set_target:
 * @self: an indicator
 * @target: (nullable): the new target, or %NULL for none
 *
 * Sets the [property@Pdz.Indicator:target], the value aimed at. The
 * indicator takes a reference on @target and becomes its owner; @target
 * must not belong to another indicator. The target it replaces is
 * released.
 */
void
pdz_indicator_set_target (PdzIndicator   *self,
                          PdzMeasurement *target)
{
  g_return_if_fail (PDZ_IS_INDICATOR (self));
  g_return_if_fail (target == NULL || PDZ_IS_MEASUREMENT (target));
  g_return_if_fail (can_take (self, target));

  if (!indicator_replace (self, &self->target, target))
    return;

  _pdz_entity_notify (self, properties[PROP_TARGET]);
}

GListModel *
_pdz_indicator_peek_list (PdzIndicator *self,
                          PdzListKind kind)
{
  switch ((int) kind)
    {
    case PDZ_LIST_MEASUREMENTS:
      return (GListModel *) self->measurements;
    default:
      return NULL;
    }
}

/**
 * pdz_indicator_get_measurements:
 * @self: an indicator
 *
 * Gets the values measured over time, in the order they were added.
 *
 * The items of the list model are [class@Pdz.Measurement]s. The model
 * is live: it emits [signal@Gio.ListModel::items-changed] when
 * measurements are added or removed. Do not modify it directly; use
 * [method@Pdz.Indicator.add_measurement] and
 * [method@Pdz.Indicator.remove_measurement].
 *
 * Returns: (transfer none): a list model of [class@Pdz.Measurement]
 */
GListModel *
pdz_indicator_get_measurements (PdzIndicator *self)
{
  g_return_val_if_fail (PDZ_IS_INDICATOR (self), NULL);

  return _pdz_list_ensure (&self->measurements, PDZ_TYPE_MEASUREMENT);
}

/**
 * pdz_indicator_add_measurement:
 * @self: an indicator
 * @measurement: the measurement to add
 *
 * Appends @measurement to the measurements of the indicator, which takes
 * a reference on it and becomes its owner. @measurement must not already
 * belong to an indicator.
 */
void
pdz_indicator_add_measurement (PdzIndicator   *self,
                               PdzMeasurement *measurement)
{
  g_return_if_fail (PDZ_IS_INDICATOR (self));
  g_return_if_fail (PDZ_IS_MEASUREMENT (measurement));
  g_return_if_fail (_pdz_entity_get_owner (measurement) == NULL);

  _pdz_entity_add_owned (self, _pdz_list_ensure (&self->measurements, PDZ_TYPE_MEASUREMENT), measurement);
}

/**
 * pdz_indicator_remove_measurement:
 * @self: an indicator
 * @measurement: the measurement to remove
 *
 * Removes @measurement from the measurements of the indicator, which
 * stops being its owner and drops its reference.
 *
 * Returns: %TRUE if @measurement was removed, %FALSE if it was not one of
 *   the measurements of the indicator
 */
gboolean
pdz_indicator_remove_measurement (PdzIndicator   *self,
                                  PdzMeasurement *measurement)
{
  g_autoptr(PdzMeasurement) keep = NULL;
  guint position;

  g_return_val_if_fail (PDZ_IS_INDICATOR (self), FALSE);
  g_return_val_if_fail (PDZ_IS_MEASUREMENT (measurement), FALSE);

  /* Not _pdz_entity_remove_owned(): a measurement that is also the
   * baseline or the target stays owned. Keep it alive until its owner is
   * cleared, and clear the owner and touch the plan before items-changed
   * is emitted, so that handlers see it detached and the plan changed. */
  keep = g_object_ref (measurement);
  if (!_pdz_list_find (self->measurements, measurement, &position))
    return FALSE;

  if (measurement != self->baseline && measurement != self->target)
    _pdz_entity_set_owner (measurement, NULL);
  _pdz_entity_touch (self);
  _pdz_list_remove (self->measurements, position);
  _pdz_entity_emit_changed (self);

  return TRUE;
}

/**
 * pdz_indicator_get_latest_measurement:
 * @self: an indicator
 *
 * Gets the most recent of the measurements: the one with the greatest date
 * as ordered by [method@Pdz.Date.compare]. Measurements without a date are
 * ignored; of two measurements with equal dates, the one added later wins.
 *
 * Returns: (transfer none) (nullable): the latest measurement, or %NULL if
 *   no measurement has a date
 */
PdzMeasurement *
pdz_indicator_get_latest_measurement (PdzIndicator *self)
{
  GListModel *model;
  guint n;
  PdzMeasurement *latest = NULL;
  const PdzDate *latest_date = NULL;

  g_return_val_if_fail (PDZ_IS_INDICATOR (self), NULL);

  model = (GListModel *) self->measurements;
  n = _pdz_model_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzMeasurement) measurement = g_list_model_get_item (model, i);
      const PdzDate *date = pdz_measurement_get_date (measurement);

      if (date == NULL)
        continue;

      if (latest_date == NULL || pdz_date_compare (date, latest_date) >= 0)
        {
          /* The store keeps its own reference: borrowing is safe. */
          latest = measurement;
          latest_date = date;
        }
    }

  return latest;
}

/**
 * pdz_indicator_get_objective:
 * @self: an indicator
 *
 * Gets the objective the indicator belongs to.
 *
 * Returns: (transfer none) (nullable): the objective, or %NULL if the
 *   indicator has not been added to one
 */
PdzObjective *
pdz_indicator_get_objective (PdzIndicator *self)
{
  GObject *owner;

  g_return_val_if_fail (PDZ_IS_INDICATOR (self), NULL);

  owner = _pdz_entity_get_owner (self);
  if (_pdz_entity_is (owner, PDZ_KIND_OBJECTIVE))
    return (PdzObjective *) owner;

  return NULL;
}
