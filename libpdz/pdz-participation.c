/* pdz-participation.c: a partner in a role
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-entity-private.h"

/**
 * PdzParticipation:
 *
 * A [class@Pdz.Partner] taking part in an objective, an action or a
 * project, in a [enum@Pdz.Role]: lead (*capofila*), partner, signatory,
 * funder, contractor (*affidatario*), participant or consulted.
 *
 * A participation holds a reference on its partner; the partner itself
 * belongs to the plan.
 */
struct _PdzParticipation
{
  GObject parent_instance;
  GObject *owner;            /* (not owned) (nullable): see pdz-entity-private.h */

  PdzPartner *partner;       /* (owned) (nullable only before construction ends) */
  PdzRole role;
};

G_DEFINE_FINAL_TYPE (PdzParticipation, pdz_participation, G_TYPE_OBJECT)

static GObject **
owner_slot (gpointer entity)
{
  return &((PdzParticipation *) entity)->owner;
}

/* What pdz-entity.c needs of a participation (pdz-entity-private.h). */
static const PdzEntityType entity_type = {
  .kind = PDZ_KIND_NONE,
  .owner_slot = owner_slot,
  .get_partner = (PdzPartner *(*) (gpointer)) pdz_participation_get_partner,
  .get_role = (PdzRole (*) (gpointer)) pdz_participation_get_role,
};

enum {
  PROP_0,
  PROP_PARTNER,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pdz_participation_dispose (GObject *object)
{
  PdzParticipation *self = PDZ_PARTICIPATION (object);

  g_clear_object (&self->partner);

  G_OBJECT_CLASS (pdz_participation_parent_class)->dispose (object);
}

static void
pdz_participation_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PdzParticipation *self = PDZ_PARTICIPATION (object);

  switch (prop_id)
    {
    case PROP_PARTNER:
      g_value_set_object (value, self->partner);
      break;
    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_participation_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PdzParticipation *self = PDZ_PARTICIPATION (object);

  switch (prop_id)
    {
    case PROP_PARTNER:
      pdz_participation_set_partner (self, g_value_get_object (value));
      break;
    case PROP_ROLE:
      pdz_participation_set_role (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_participation_class_init (PdzParticipationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  _pdz_entity_register_type (G_TYPE_FROM_CLASS (klass), &entity_type);

  object_class->dispose = pdz_participation_dispose;
  object_class->get_property = pdz_participation_get_property;
  object_class->set_property = pdz_participation_set_property;

  /**
   * PdzParticipation:partner:
   *
   * The partner that takes part. It can be changed, but not unset: it is
   * %NULL only on a participation made with g_object_new() without it.
   */
  properties[PROP_PARTNER] =
    g_param_spec_object ("partner", NULL, NULL,
                         PDZ_TYPE_PARTNER,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzParticipation:role:
   *
   * The role the partner plays: %PDZ_ROLE_NOT_STATED (the default) where
   * the source names the partner but not its role.
   */
  properties[PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       PDZ_TYPE_ROLE,
                       PDZ_ROLE_NOT_STATED,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_participation_init (PdzParticipation *self)
{
  self->role = PDZ_ROLE_NOT_STATED;
}

/**
 * pdz_participation_new:
 * @partner: the partner that takes part
 * @role: the role it plays
 *
 * Creates a participation of @partner in @role.
 *
 * Returns: (transfer full): a new participation
 */
PdzParticipation *
pdz_participation_new (PdzPartner *partner,
                       PdzRole     role)
{
  PdzParticipation *self;

  g_return_val_if_fail (PDZ_IS_PARTNER (partner), NULL);
  g_return_val_if_fail ((guint) role < PDZ_N_ROLES, NULL);

  /* As the properties would be set, without their notifications, which
   * no handler could receive yet; much faster than by name. */
  self = g_object_new (PDZ_TYPE_PARTICIPATION, NULL);
  self->partner = g_object_ref (partner);
  self->role = role;
  return self;
}

/**
 * pdz_participation_get_partner:
 * @self: a participation
 *
 * Gets the [property@Pdz.Participation:partner] that takes part.
 *
 * Returns: (transfer none) (nullable): the partner; %NULL only if the
 *   participation was made with g_object_new() without one
 */
PdzPartner *
pdz_participation_get_partner (PdzParticipation *self)
{
  g_return_val_if_fail (PDZ_IS_PARTICIPATION (self), NULL);

  return self->partner;
}

/**
 * pdz_participation_set_partner:
 * @self: a participation
 * @partner: the new partner
 *
 * Sets the [property@Pdz.Participation:partner] that takes part. The
 * participation holds a reference on it.
 */
void
pdz_participation_set_partner (PdzParticipation *self,
                               PdzPartner       *partner)
{
  g_return_if_fail (PDZ_IS_PARTICIPATION (self));
  g_return_if_fail (PDZ_IS_PARTNER (partner));

  if (!_pdz_set_object (&self->partner, partner))
    return;

  _pdz_entity_notify (self, properties[PROP_PARTNER]);
}

/**
 * pdz_participation_get_role:
 * @self: a participation
 *
 * Gets the [property@Pdz.Participation:role] the partner plays.
 *
 * Returns: the role
 */
PdzRole
pdz_participation_get_role (PdzParticipation *self)
{
  g_return_val_if_fail (PDZ_IS_PARTICIPATION (self), PDZ_ROLE_NOT_STATED);

  return self->role;
}

/**
 * pdz_participation_set_role:
 * @self: a participation
 * @role: the new role
 *
 * Sets the [property@Pdz.Participation:role] the partner plays.
 */
void
pdz_participation_set_role (PdzParticipation *self,
                            PdzRole           role)
{
  g_return_if_fail (PDZ_IS_PARTICIPATION (self));
  g_return_if_fail ((guint) role < PDZ_N_ROLES);

  if (self->role == role)
    return;

  self->role = role;
  _pdz_entity_notify (self, properties[PROP_ROLE]);
}
