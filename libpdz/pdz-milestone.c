/* pdz-milestone.c: a dated event named inside an action
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-entity-private.h"

/**
 * PdzMilestone:
 *
 * A dated event that an action's bullet names: "Tavolo di confronto 30
 * maggio 2023" inside the bullet on the network of co-design. A bullet may
 * name several; each is a milestone of the [class@Pdz.Action], with a
 * [struct@Pdz.Date] at the precision known and a short text.
 *
 * Milestones keep "one action per bullet as the office wrote it" without
 * losing a date: the action keeps its own date or span as well, and
 * reports show the milestones with their bullet and count them in the
 * time chart.
 *
 * A milestone belongs to at most one action
 * ([method@Pdz.Action.add_milestone]). Its date is required in a plan
 * file: a milestone without one cannot be saved. Its title must be valid
 * UTF-8: a setter or constructor given anything else refuses it with a
 * critical warning and changes nothing.
 *
 * Since: 0.2
 */
struct _PdzMilestone
{
  GObject parent_instance;
  GObject *owner;            /* (not owned) (nullable): see pdz-entity-private.h */

  PdzDate *date;             /* (owned) (nullable) */
  char *title;               /* (owned) (nullable) */
};

G_DEFINE_FINAL_TYPE (PdzMilestone, pdz_milestone, G_TYPE_OBJECT)

static GObject **
owner_slot (gpointer entity)
{
  return &((PdzMilestone *) entity)->owner;
}

/* What pdz-entity.c needs of a milestone (pdz-entity-private.h). */
static const PdzEntityType entity_type = {
  .kind = PDZ_KIND_NONE,
  .owner_slot = owner_slot,
};

enum {
  PROP_0,
  PROP_DATE,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pdz_milestone_finalize (GObject *object)
{
  PdzMilestone *self = PDZ_MILESTONE (object);

  g_clear_pointer (&self->date, pdz_date_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (pdz_milestone_parent_class)->finalize (object);
}

static void
pdz_milestone_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PdzMilestone *self = PDZ_MILESTONE (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_milestone_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PdzMilestone *self = PDZ_MILESTONE (object);

  switch (prop_id)
    {
    case PROP_DATE:
      pdz_milestone_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_TITLE:
      pdz_milestone_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_milestone_class_init (PdzMilestoneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  _pdz_entity_register_type (G_TYPE_FROM_CLASS (klass), &entity_type);

  object_class->finalize = pdz_milestone_finalize;
  object_class->get_property = pdz_milestone_get_property;
  object_class->set_property = pdz_milestone_set_property;

  /**
   * PdzMilestone:date:
   *
   * When the event took place, or is to take place, at the precision
   * known: "2023-05-30", "2023-06", "2022".
   *
   * Since: 0.2
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        PDZ_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzMilestone:title:
   *
   * A short text saying what the event is, in the words of the bullet:
   * "Tavolo di confronto".
   *
   * Since: 0.2
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_milestone_init (PdzMilestone *self)
{
}

/**
 * pdz_milestone_new:
 * @date: (nullable): when the event took place
 * @title: (nullable): what the event is
 *
 * Creates a milestone. @date is copied.
 *
 * Returns: (transfer full): a new milestone
 *
 * Since: 0.2
 */
PdzMilestone *
pdz_milestone_new (const PdzDate *date,
                   const char    *title)
{
  g_return_val_if_fail (title == NULL || g_utf8_validate (title, -1, NULL), NULL);

  return g_object_new (PDZ_TYPE_MILESTONE,
                       "date", date,
                       "title", title,
                       NULL);
}

/**
 * pdz_milestone_get_date:
 * @self: a milestone
 *
 * Gets the [property@Pdz.Milestone:date] of the event.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL if unset
 *
 * Since: 0.2
 */
const PdzDate *
pdz_milestone_get_date (PdzMilestone *self)
{
  g_return_val_if_fail (PDZ_IS_MILESTONE (self), NULL);

  return self->date;
}

/**
 * pdz_milestone_set_date:
 * @self: a milestone
 * @date: (nullable): the new date
 *
 * Sets the [property@Pdz.Milestone:date] of the event. @date is copied.
 *
 * Since: 0.2
 */
void
pdz_milestone_set_date (PdzMilestone  *self,
                        const PdzDate *date)
{
  g_return_if_fail (PDZ_IS_MILESTONE (self));

  if (_pdz_set_date (&self->date, date))
    _pdz_entity_notify (self, properties[PROP_DATE]);
}

/**
 * pdz_milestone_get_title:
 * @self: a milestone
 *
 * Gets the [property@Pdz.Milestone:title] of the event.
 *
 * Returns: (nullable): the title, or %NULL if unset
 *
 * Since: 0.2
 */
const char *
pdz_milestone_get_title (PdzMilestone *self)
{
  g_return_val_if_fail (PDZ_IS_MILESTONE (self), NULL);

  return self->title;
}

/**
 * pdz_milestone_set_title:
 * @self: a milestone
 * @title: (nullable): the new title
 *
 * Sets the [property@Pdz.Milestone:title] of the event.
 *
 * Since: 0.2
 */
void
pdz_milestone_set_title (PdzMilestone *self,
                         const char   *title)
{
  g_return_if_fail (PDZ_IS_MILESTONE (self));

  if (_pdz_set_string (&self->title, title))
    _pdz_entity_notify (self, properties[PROP_TITLE]);
}

/**
 * pdz_milestone_get_action:
 * @self: a milestone
 *
 * Gets the action the milestone belongs to.
 *
 * Returns: (transfer none) (nullable): the action, or %NULL if the
 *   milestone belongs to none
 *
 * Since: 0.2
 */
PdzAction *
pdz_milestone_get_action (PdzMilestone *self)
{
  g_return_val_if_fail (PDZ_IS_MILESTONE (self), NULL);

  return (PdzAction *) _pdz_entity_get_owner (self);
}
