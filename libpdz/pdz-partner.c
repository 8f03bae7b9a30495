/* pdz-partner.c: an organisation taking part in the plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-entity-private.h"

/**
 * PdzPartner:
 *
 * An organisation named by the plan: a municipality, the health agency
 * (ASST or ATS), the housing agency (ALER), the prefecture, a court, a
 * third-sector body, a school, and so on (see [enum@Pdz.PartnerKind]).
 *
 * Partners belong to the plan ([method@Pdz.Plan.add_partner]) and are
 * referred to by their [property@Pdz.Partner:id] from participations
 * ([class@Pdz.Participation]), from the plan's member municipalities and
 * from the lead of a project.
 *
 * Its text properties must be valid UTF-8: a setter or constructor given
 * anything else refuses it with a critical warning and changes nothing.
 */
struct _PdzPartner
{
  GObject parent_instance;
  GObject *owner;            /* (not owned) (nullable): see pdz-entity-private.h */

  char *id;                  /* (owned) (nullable) */
  char *name;                /* (owned) (nullable) */
  char *short_name;          /* (owned) (nullable) */
  PdzPartnerKind kind;
  char *website;             /* (owned) (nullable) */
};

G_DEFINE_FINAL_TYPE (PdzPartner, pdz_partner, G_TYPE_OBJECT)

static GObject **
owner_slot (gpointer entity)
{
  return &((PdzPartner *) entity)->owner;
}

/* What pdz-entity.c needs of a partner (pdz-entity-private.h). */
static const PdzEntityType entity_type = {
  .kind = PDZ_KIND_PARTNER,
  .owner_slot = owner_slot,
  .get_id = (const char *(*) (gpointer)) pdz_partner_get_id,
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_KIND,
  PROP_WEBSITE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pdz_partner_finalize (GObject *object)
{
  PdzPartner *self = PDZ_PARTNER (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->short_name, g_free);
  g_clear_pointer (&self->website, g_free);

  G_OBJECT_CLASS (pdz_partner_parent_class)->finalize (object);
}

static void
pdz_partner_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PdzPartner *self = PDZ_PARTNER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_WEBSITE:
      g_value_set_string (value, self->website);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_partner_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PdzPartner *self = PDZ_PARTNER (object);

  switch (prop_id)
    {
    case PROP_ID:
      pdz_partner_set_id (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      pdz_partner_set_name (self, g_value_get_string (value));
      break;
    case PROP_SHORT_NAME:
      pdz_partner_set_short_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      pdz_partner_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_WEBSITE:
      pdz_partner_set_website (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_partner_class_init (PdzPartnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  _pdz_entity_register_type (G_TYPE_FROM_CLASS (klass), &entity_type);

  object_class->finalize = pdz_partner_finalize;
  object_class->get_property = pdz_partner_get_property;
  object_class->set_property = pdz_partner_set_property;

  /**
   * PdzPartner:id:
   *
   * The identifier of the partner, unique among the partners of the plan.
   * Participations and other references name the partner by it.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzPartner:name:
   *
   * The full name of the partner, e.g. "Prefettura di Milano".
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzPartner:short-name:
   *
   * An acronym or short form of the name, e.g. "ALER", or %NULL if the
   * partner has none.
   */
  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzPartner:kind:
   *
   * What kind of body the partner is.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PDZ_TYPE_PARTNER_KIND,
                       PDZ_PARTNER_KIND_OTHER,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzPartner:website:
   *
   * The address of the partner's web site, or %NULL if not known.
   */
  properties[PROP_WEBSITE] =
    g_param_spec_string ("website", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_partner_init (PdzPartner *self)
{
  self->kind = PDZ_PARTNER_KIND_OTHER;
}

/**
 * pdz_partner_new:
 * @id: the identifier of the partner
 * @name: the full name of the partner
 *
 * Creates a partner of kind %PDZ_PARTNER_KIND_OTHER.
 *
 * Returns: (transfer full): a new partner
 */
PdzPartner *
pdz_partner_new (const char *id,
                 const char *name)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (id, -1, NULL), NULL);
  g_return_val_if_fail (g_utf8_validate (name, -1, NULL), NULL);

  return g_object_new (PDZ_TYPE_PARTNER,
                       "id", id,
                       "name", name,
                       NULL);
}

/**
 * pdz_partner_get_id:
 * @self: a partner
 *
 * Gets the [property@Pdz.Partner:id] of the partner.
 *
 * Returns: (nullable): the identifier, or %NULL if not set
 */
const char *
pdz_partner_get_id (PdzPartner *self)
{
  g_return_val_if_fail (PDZ_IS_PARTNER (self), NULL);

  return self->id;
}

/**
 * pdz_partner_set_id:
 * @self: a partner
 * @id: (nullable): the new identifier
 *
 * Sets the [property@Pdz.Partner:id] of the partner.
 */
void
pdz_partner_set_id (PdzPartner *self,
                    const char *id)
{
  g_return_if_fail (PDZ_IS_PARTNER (self));

  if (!_pdz_set_string (&self->id, id))
    return;

  _pdz_entity_notify (self, properties[PROP_ID]);
}

/**
 * pdz_partner_get_name:
 * @self: a partner
 *
 * Gets the [property@Pdz.Partner:name] of the partner.
 *
 * Returns: (nullable): the full name, or %NULL if not set
 */
const char *
pdz_partner_get_name (PdzPartner *self)
{
  g_return_val_if_fail (PDZ_IS_PARTNER (self), NULL);

  return self->name;
}

/**
 * pdz_partner_set_name:
 * @self: a partner
 * @name: (nullable): the new full name
 *
 * Sets the [property@Pdz.Partner:name] of the partner.
 */
void
pdz_partner_set_name (PdzPartner *self,
                      const char *name)
{
  g_return_if_fail (PDZ_IS_PARTNER (self));

  if (!_pdz_set_string (&self->name, name))
    return;

  _pdz_entity_notify (self, properties[PROP_NAME]);
}

/**
 * pdz_partner_get_short_name:
 * @self: a partner
 *
 * Gets the [property@Pdz.Partner:short-name] of the partner.
 *
 * Returns: (nullable): the short name, or %NULL if the partner has none
 */
const char *
pdz_partner_get_short_name (PdzPartner *self)
{
  g_return_val_if_fail (PDZ_IS_PARTNER (self), NULL);

  return self->short_name;
}

/**
 * pdz_partner_set_short_name:
 * @self: a partner
 * @short_name: (nullable): the new short name, or %NULL for none
 *
 * Sets the [property@Pdz.Partner:short-name] of the partner.
 */
void
pdz_partner_set_short_name (PdzPartner *self,
                            const char *short_name)
{
  g_return_if_fail (PDZ_IS_PARTNER (self));

  if (!_pdz_set_string (&self->short_name, short_name))
    return;

  _pdz_entity_notify (self, properties[PROP_SHORT_NAME]);
}

/**
 * pdz_partner_get_kind:
 * @self: a partner
 *
 * Gets the [property@Pdz.Partner:kind] of the partner.
 *
 * Returns: the kind of body the partner is
 */
PdzPartnerKind
pdz_partner_get_kind (PdzPartner *self)
{
  g_return_val_if_fail (PDZ_IS_PARTNER (self), PDZ_PARTNER_KIND_OTHER);

  return self->kind;
}

/**
 * pdz_partner_set_kind:
 * @self: a partner
 * @kind: the new kind
 *
 * Sets the [property@Pdz.Partner:kind] of the partner.
 */
void
pdz_partner_set_kind (PdzPartner     *self,
                      PdzPartnerKind  kind)
{
  g_return_if_fail (PDZ_IS_PARTNER (self));
  g_return_if_fail ((guint) kind < PDZ_N_PARTNER_KINDS);

  if (self->kind == kind)
    return;

  self->kind = kind;
  _pdz_entity_notify (self, properties[PROP_KIND]);
}

/**
 * pdz_partner_get_website:
 * @self: a partner
 *
 * Gets the [property@Pdz.Partner:website] of the partner.
 *
 * Returns: (nullable): the web site address, or %NULL if not known
 */
const char *
pdz_partner_get_website (PdzPartner *self)
{
  g_return_val_if_fail (PDZ_IS_PARTNER (self), NULL);

  return self->website;
}

/**
 * pdz_partner_set_website:
 * @self: a partner
 * @website: (nullable): the new web site address, or %NULL for none
 *
 * Sets the [property@Pdz.Partner:website] of the partner.
 */
void
pdz_partner_set_website (PdzPartner *self,
                         const char *website)
{
  g_return_if_fail (PDZ_IS_PARTNER (self));

  if (!_pdz_set_string (&self->website, website))
    return;

  _pdz_entity_notify (self, properties[PROP_WEBSITE]);
}

/**
 * pdz_partner_get_display_name:
 * @self: a partner
 *
 * Gets the name to show for the partner where space is short: its
 * [property@Pdz.Partner:short-name] if it has one (and it is not empty),
 * else its [property@Pdz.Partner:name].
 *
 * Returns: (nullable): the name to show, or %NULL if the partner has
 *   neither a short name nor a name
 */
const char *
pdz_partner_get_display_name (PdzPartner *self)
{
  g_return_val_if_fail (PDZ_IS_PARTNER (self), NULL);

  if (self->short_name != NULL && self->short_name[0] != '\0')
    return self->short_name;

  return self->name;
}
