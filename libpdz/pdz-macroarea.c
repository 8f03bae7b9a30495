/* pdz-macroarea.c: a policy area of the plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-entity-private.h"

/**
 * PdzMacroarea:
 *
 * A policy area (*macroarea di policy*) that groups the objectives of the
 * plan, such as "Politiche abitative" or "Interventi per la famiglia".
 *
 * Lombardy lists official macroareas with a letter code (A to J), kept in
 * [property@Pdz.Macroarea:code]; local areas such as "Azioni di sistema"
 * have no code. Objectives refer to their macroarea through
 * [property@Pdz.Objective:macroarea].
 *
 * Its text properties must be valid UTF-8: a setter or constructor given
 * anything else refuses it with a critical warning and changes nothing.
 */
struct _PdzMacroarea
{
  GObject parent_instance;
  GObject *owner;            /* (not owned) (nullable): see pdz-entity-private.h */

  char *id;                  /* (owned) (nullable) */
  char *title;               /* (owned) (nullable) */
  char *code;                /* (owned) (nullable) */
};

G_DEFINE_FINAL_TYPE (PdzMacroarea, pdz_macroarea, G_TYPE_OBJECT)

static GObject **
owner_slot (gpointer entity)
{
  return &((PdzMacroarea *) entity)->owner;
}

/* What pdz-entity.c needs of a macroarea (pdz-entity-private.h). */
static const PdzEntityType entity_type = {
  .kind = PDZ_KIND_MACROAREA,
  .owner_slot = owner_slot,
  .get_id = (const char *(*) (gpointer)) pdz_macroarea_get_id,
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_CODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pdz_macroarea_finalize (GObject *object)
{
  PdzMacroarea *self = PDZ_MACROAREA (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->code, g_free);

  G_OBJECT_CLASS (pdz_macroarea_parent_class)->finalize (object);
}

static void
pdz_macroarea_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PdzMacroarea *self = PDZ_MACROAREA (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_macroarea_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PdzMacroarea *self = PDZ_MACROAREA (object);

  switch (prop_id)
    {
    case PROP_ID:
      pdz_macroarea_set_id (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      pdz_macroarea_set_title (self, g_value_get_string (value));
      break;
    case PROP_CODE:
      pdz_macroarea_set_code (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_macroarea_class_init (PdzMacroareaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  _pdz_entity_register_type (G_TYPE_FROM_CLASS (klass), &entity_type);

  object_class->finalize = pdz_macroarea_finalize;
  object_class->get_property = pdz_macroarea_get_property;
  object_class->set_property = pdz_macroarea_set_property;

  /**
   * PdzMacroarea:id:
   *
   * The identifier of the macroarea, unique among the macroareas of the
   * plan. Objectives name their macroarea by it.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzMacroarea:title:
   *
   * The title of the macroarea, e.g. "Politiche abitative".
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzMacroarea:code:
   *
   * The official code of the macroarea (Lombardy's list A–J), or %NULL for
   * a local area that has none.
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_macroarea_init (PdzMacroarea *self)
{
}

/**
 * pdz_macroarea_new:
 * @id: the identifier of the macroarea
 * @title: the title of the macroarea
 *
 * Creates a macroarea without a code.
 *
 * Returns: (transfer full): a new macroarea
 */
PdzMacroarea *
pdz_macroarea_new (const char *id,
                   const char *title)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (id, -1, NULL), NULL);
  g_return_val_if_fail (g_utf8_validate (title, -1, NULL), NULL);

  return g_object_new (PDZ_TYPE_MACROAREA,
                       "id", id,
                       "title", title,
                       NULL);
}

/**
 * pdz_macroarea_get_id:
 * @self: a macroarea
 *
 * Gets the [property@Pdz.Macroarea:id] of the macroarea.
 *
 * Returns: (nullable): the identifier, or %NULL if not set
 */
const char *
pdz_macroarea_get_id (PdzMacroarea *self)
{
  g_return_val_if_fail (PDZ_IS_MACROAREA (self), NULL);

  return self->id;
}

/**
 * pdz_macroarea_set_id:
 * @self: a macroarea
 * @id: (nullable): the new identifier
 *
 * Sets the [property@Pdz.Macroarea:id] of the macroarea.
 */
void
pdz_macroarea_set_id (PdzMacroarea *self,
                      const char   *id)
{
  g_return_if_fail (PDZ_IS_MACROAREA (self));

  if (!_pdz_set_string (&self->id, id))
    return;

  _pdz_entity_notify (self, properties[PROP_ID]);
}

/**
 * pdz_macroarea_get_title:
 * @self: a macroarea
 *
 * Gets the [property@Pdz.Macroarea:title] of the macroarea.
 *
 * Returns: (nullable): the title, or %NULL if not set
 */
const char *
pdz_macroarea_get_title (PdzMacroarea *self)
{
  g_return_val_if_fail (PDZ_IS_MACROAREA (self), NULL);

  return self->title;
}

/**
 * pdz_macroarea_set_title:
 * @self: a macroarea
 * @title: (nullable): the new title
 *
 * Sets the [property@Pdz.Macroarea:title] of the macroarea.
 */
void
pdz_macroarea_set_title (PdzMacroarea *self,
                         const char   *title)
{
  g_return_if_fail (PDZ_IS_MACROAREA (self));

  if (!_pdz_set_string (&self->title, title))
    return;

  _pdz_entity_notify (self, properties[PROP_TITLE]);
}

/**
 * pdz_macroarea_get_code:
 * @self: a macroarea
 *
 * Gets the official [property@Pdz.Macroarea:code] of the macroarea.
 *
 * Returns: (nullable): the code, or %NULL for a local area without one
 */
const char *
pdz_macroarea_get_code (PdzMacroarea *self)
{
  g_return_val_if_fail (PDZ_IS_MACROAREA (self), NULL);

  return self->code;
}

/**
 * pdz_macroarea_set_code:
 * @self: a macroarea
 * @code: (nullable): the new code, or %NULL for none
 *
 * Sets the official [property@Pdz.Macroarea:code] of the macroarea.
 */
void
pdz_macroarea_set_code (PdzMacroarea *self,
                        const char   *code)
{
  g_return_if_fail (PDZ_IS_MACROAREA (self));

  if (!_pdz_set_string (&self->code, code))
    return;

  _pdz_entity_notify (self, properties[PROP_CODE]);
}

/**
 * pdz_macroarea_get_plan:
 * @self: a macroarea
 *
 * Gets the plan the macroarea belongs to.
 *
 * Returns: (transfer none) (nullable): the plan, or %NULL if the macroarea
 *   has not been added to one
 */
PdzPlan *
pdz_macroarea_get_plan (PdzMacroarea *self)
{
  g_return_val_if_fail (PDZ_IS_MACROAREA (self), NULL);

  return _pdz_entity_get_plan (self);
}
