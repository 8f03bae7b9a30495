/* pdz-funding.c: a source of money for an action or a project
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-entity-private.h"

/**
 * PdzFunding:
 *
 * A source of money for an action or a project: PNRR, FNPS, FAMI, the
 * Fondo Povertà, a regional call, the municipal budget, and so on.
 *
 * The [property@Pdz.Funding:amount] is an exact number of euro cents, never
 * a floating-point number; it is %PDZ_AMOUNT_UNKNOWN when the plan does not
 * state it. The [property@Pdz.Funding:status] says whether the money was
 * applied for, granted, refused or reported.
 *
 * Its text properties must be valid UTF-8: a setter or constructor given
 * anything else refuses it with a critical warning and changes nothing.
 */
struct _PdzFunding
{
  GObject parent_instance;
  GObject *owner;            /* (not owned) (nullable): see pdz-entity-private.h */

  char *source;              /* (owned) (nullable) */
  gint64 amount;             /* euro cents, or PDZ_AMOUNT_UNKNOWN */
  PdzFundingStatus status;
};

G_DEFINE_FINAL_TYPE (PdzFunding, pdz_funding, G_TYPE_OBJECT)

static GObject **
owner_slot (gpointer entity)
{
  return &((PdzFunding *) entity)->owner;
}

/* What pdz-entity.c needs of a funding (pdz-entity-private.h). */
static const PdzEntityType entity_type = {
  .kind = PDZ_KIND_NONE,
  .owner_slot = owner_slot,
};

enum {
  PROP_0,
  PROP_SOURCE,
  PROP_AMOUNT,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pdz_funding_finalize (GObject *object)
{
  PdzFunding *self = PDZ_FUNDING (object);

  g_clear_pointer (&self->source, g_free);

  G_OBJECT_CLASS (pdz_funding_parent_class)->finalize (object);
}

static void
pdz_funding_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PdzFunding *self = PDZ_FUNDING (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;
    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_funding_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PdzFunding *self = PDZ_FUNDING (object);

  switch (prop_id)
    {
    case PROP_SOURCE:
      pdz_funding_set_source (self, g_value_get_string (value));
      break;
    case PROP_AMOUNT:
      pdz_funding_set_amount (self, g_value_get_int64 (value));
      break;
    case PROP_STATUS:
      pdz_funding_set_status (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_funding_class_init (PdzFundingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  _pdz_entity_register_type (G_TYPE_FROM_CLASS (klass), &entity_type);

  object_class->finalize = pdz_funding_finalize;
  object_class->get_property = pdz_funding_get_property;
  object_class->set_property = pdz_funding_set_property;

  /**
   * PdzFunding:source:
   *
   * Where the money comes from, e.g. "PNRR", "FNPS", "FAMI",
   * "Fondo Povertà".
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzFunding:amount:
   *
   * The amount in euro cents (`125000` is € 1.250,00), zero or more, or
   * %PDZ_AMOUNT_UNKNOWN (-1) when the amount is not stated.
   */
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL,
                        PDZ_AMOUNT_UNKNOWN, G_MAXINT64,
                        PDZ_AMOUNT_UNKNOWN,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzFunding:status:
   *
   * Where the funding stands: applied for, granted, refused, reported;
   * %PDZ_FUNDING_STATUS_NOT_STATED (the default) where the source does
   * not say.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       PDZ_TYPE_FUNDING_STATUS,
                       PDZ_FUNDING_STATUS_NOT_STATED,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_funding_init (PdzFunding *self)
{
  self->amount = PDZ_AMOUNT_UNKNOWN;
  self->status = PDZ_FUNDING_STATUS_NOT_STATED;
}

/**
 * pdz_funding_new:
 * @source: where the money comes from, e.g. "PNRR"
 *
 * Creates a funding from @source, of unknown amount and status.
 *
 * Returns: (transfer full): a new funding
 */
PdzFunding *
pdz_funding_new (const char *source)
{
  PdzFunding *self;

  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (source, -1, NULL), NULL);

  /* As the property would be set, without its notification, which no
   * handler could receive yet; much faster than by name. */
  self = g_object_new (PDZ_TYPE_FUNDING, NULL);
  self->source = g_strdup (source);
  return self;
}

/**
 * pdz_funding_get_source:
 * @self: a funding
 *
 * Gets the [property@Pdz.Funding:source] of the money.
 *
 * Returns: (nullable): the source, or %NULL if not set
 */
const char *
pdz_funding_get_source (PdzFunding *self)
{
  g_return_val_if_fail (PDZ_IS_FUNDING (self), NULL);

  return self->source;
}

/**
 * pdz_funding_set_source:
 * @self: a funding
 * @source: (nullable): the new source
 *
 * Sets the [property@Pdz.Funding:source] of the money.
 */
void
pdz_funding_set_source (PdzFunding *self,
                        const char *source)
{
  g_return_if_fail (PDZ_IS_FUNDING (self));

  if (!_pdz_set_string (&self->source, source))
    return;

  _pdz_entity_notify (self, properties[PROP_SOURCE]);
}

/**
 * pdz_funding_get_amount:
 * @self: a funding
 *
 * Gets the [property@Pdz.Funding:amount], in euro cents.
 *
 * Returns: the amount in euro cents, or %PDZ_AMOUNT_UNKNOWN if not stated
 */
gint64
pdz_funding_get_amount (PdzFunding *self)
{
  g_return_val_if_fail (PDZ_IS_FUNDING (self), PDZ_AMOUNT_UNKNOWN);

  return self->amount;
}

/**
 * pdz_funding_set_amount:
 * @self: a funding
 * @amount: the amount in euro cents, zero or more, or %PDZ_AMOUNT_UNKNOWN
 *
 * Sets the [property@Pdz.Funding:amount]. Any other negative amount is a
 * programmer error.
 */
void
pdz_funding_set_amount (PdzFunding *self,
                        gint64      amount)
{
  g_return_if_fail (PDZ_IS_FUNDING (self));
  g_return_if_fail (amount >= PDZ_AMOUNT_UNKNOWN);

  if (self->amount == amount)
    return;

  self->amount = amount;
  _pdz_entity_notify (self, properties[PROP_AMOUNT]);
}

/**
 * pdz_funding_get_status:
 * @self: a funding
 *
 * Gets the [property@Pdz.Funding:status] of the funding.
 *
 * Returns: where the funding stands
 */
PdzFundingStatus
pdz_funding_get_status (PdzFunding *self)
{
  g_return_val_if_fail (PDZ_IS_FUNDING (self), PDZ_FUNDING_STATUS_NOT_STATED);

  return self->status;
}

/**
 * pdz_funding_set_status:
 * @self: a funding
 * @status: the new status
 *
 * Sets the [property@Pdz.Funding:status] of the funding.
 */
void
pdz_funding_set_status (PdzFunding       *self,
                        PdzFundingStatus  status)
{
  g_return_if_fail (PDZ_IS_FUNDING (self));
  g_return_if_fail ((guint) status < PDZ_N_FUNDING_STATUSES);

  if (self->status == status)
    return;

  self->status = status;
  _pdz_entity_notify (self, properties[PROP_STATUS]);
}
