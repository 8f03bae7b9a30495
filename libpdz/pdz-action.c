/* pdz-action.c: something the office did, or plans to do, for an objective or a project
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-entity-private.h"
#include "pdz-list-private.h"
#include "pdz-plan-index-private.h"
#include "pdz-text-private.h"

struct _PdzAction
{
  GObject parent_instance;
  GObject *owner;            /* (not owned) (nullable): see pdz-entity-private.h */

  char *id;                  /* (owned) (nullable) */
  char *title;               /* (owned) (nullable) */
  PdzStatus status;
  PdzDate *date;             /* (owned) (nullable) */
  PdzDate *end_date;         /* (owned) (nullable) */
  PdzOrigin origin;
  char **links;              /* (owned) (nullable): never empty, NULL instead */
  guint64 order;             /* for the plan's relations index (pdz-plan-index.c) */

  /* Created on first use (pdz-list-private.h): most actions have no
   * milestones, fundings or sub-actions. */
  PdzList *milestones;         /* (owned) (nullable) of PdzMilestone (owned by self) */
  PdzList *participations;     /* (owned) (nullable) of PdzParticipation (owned by self) */
  PdzList *projects;           /* (owned) (nullable) of PdzProject (references) */
  PdzList *fundings;           /* (owned) (nullable) of PdzFunding (owned by self) */
  PdzList *actions;            /* (owned) (nullable) of PdzAction (owned by self): the sub-actions */
};

/**
 * PdzAction:
 *
 * Something the planning office did, or plans to do: the sentence it
 * wrote in the monitoring report ("Rilascio on line e popolamento del
 * portale"), with its [property@Pdz.Action:status], when it happened
 * ([property@Pdz.Action:date], possibly a span up to
 * [property@Pdz.Action:end-date], at the precision known), who took part
 * ([method@Pdz.Action.get_participations]), the projects it belongs to
 * ([method@Pdz.Action.get_projects]), how it was funded
 * ([method@Pdz.Action.get_fundings]) and links to evidence.
 *
 * An action belongs either to an objective ([method@Pdz.Objective.add_action])
 * or to a project that carried it out ([method@Pdz.Project.add_action]);
 * [method@Pdz.Action.get_owner] tells which. Its id is unique among all the
 * actions of the plan, of objectives, of projects and sub-actions alike.
 *
 * ## Bullets and sub-actions
 *
 * An action is one bullet, or one paragraph, of the monitoring report, as
 * the office wrote it. The points under a bullet ("o Ricerca valutativa
 * empirica avviata…") are its sub-actions ([method@Pdz.Action.get_actions]),
 * one level deep: a sub-action has no sub-actions of its own. Bullets are
 * what the report's figures count; sub-actions are shown under their
 * bullet, found by queries and exported, but never counted on their own
 * (see the counting rule in [the queries guide](queries.html)).
 *
 * The dated events a bullet names ("Tavolo di confronto 30 maggio 2023")
 * are its milestones ([method@Pdz.Action.get_milestones]); the action keeps
 * its own [property@Pdz.Action:date] or span as well.
 *
 * Whether the plan foresaw the action is its [property@Pdz.Action:origin]:
 * %PDZ_ORIGIN_PLANNED, %PDZ_ORIGIN_EXTRA (an *azione extra*), or
 * %PDZ_ORIGIN_NOT_STATED where the source does not say, which is the
 * default. Its [property@Pdz.Action:status] is likewise
 * %PDZ_STATUS_NOT_STATED until set.
 *
 * The milestones, participations, fundings and sub-actions belong to the
 * action; the projects are references to projects of the same plan.
 *
 * Its text properties, and each item of [property@Pdz.Action:links], must
 * be valid UTF-8: a setter or constructor given anything else refuses it
 * with a critical warning and changes nothing.
 */
G_DEFINE_FINAL_TYPE (PdzAction, pdz_action, G_TYPE_OBJECT)

PdzList **
_pdz_action_get_projects_slot (PdzAction *action)
{
  return &action->projects;
}

static GObject **
owner_slot (gpointer entity)
{
  return &((PdzAction *) entity)->owner;
}

/* What pdz-entity.c needs of a action (pdz-entity-private.h). */
static const PdzEntityType entity_type = {
  .kind = PDZ_KIND_ACTION,
  .owner_slot = owner_slot,
  .get_id = (const char *(*) (gpointer)) pdz_action_get_id,
  .peek_list = (GListModel *(*) (gpointer, PdzListKind)) _pdz_action_peek_list,
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_STATUS,
  PROP_DATE,
  PROP_END_DATE,
  PROP_EXTRA,
  PROP_LINKS,
  PROP_ORIGIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The plan is touched before the notification, so that a handler which
 * looks the action up in its plan already sees the new value. */
static void
changed (PdzAction *self,
         guint      prop_id)
{
  _pdz_entity_notify (self, properties[prop_id]);
}

static void
pdz_action_dispose (GObject *object)
{
  PdzAction *self = PDZ_ACTION (object);

  _pdz_entity_disown_all ((GListModel *) self->milestones);
  _pdz_entity_disown_all ((GListModel *) self->participations);
  _pdz_entity_disown_all ((GListModel *) self->fundings);
  _pdz_entity_disown_all ((GListModel *) self->actions);

  g_clear_object (&self->milestones);
  g_clear_object (&self->participations);
  g_clear_object (&self->projects);
  g_clear_object (&self->fundings);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (pdz_action_parent_class)->dispose (object);
}

static void
pdz_action_finalize (GObject *object)
{
  PdzAction *self = PDZ_ACTION (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date, pdz_date_free);
  g_clear_pointer (&self->end_date, pdz_date_free);
  g_clear_pointer (&self->links, g_strfreev);

  G_OBJECT_CLASS (pdz_action_parent_class)->finalize (object);
}

static void
pdz_action_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PdzAction *self = PDZ_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_END_DATE:
      g_value_set_boxed (value, self->end_date);
      break;
    case PROP_EXTRA:
      g_value_set_boolean (value, self->origin == PDZ_ORIGIN_EXTRA);
      break;
    case PROP_ORIGIN:
      g_value_set_enum (value, self->origin);
      break;
    case PROP_LINKS:
      g_value_set_boxed (value, self->links);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_action_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PdzAction *self = PDZ_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      pdz_action_set_id (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      pdz_action_set_title (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      pdz_action_set_status (self, g_value_get_enum (value));
      break;
    case PROP_DATE:
      pdz_action_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_END_DATE:
      pdz_action_set_end_date (self, g_value_get_boxed (value));
      break;
    case PROP_EXTRA:
      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      pdz_action_set_extra (self, g_value_get_boolean (value));
      G_GNUC_END_IGNORE_DEPRECATIONS
      break;
    case PROP_ORIGIN:
      pdz_action_set_origin (self, g_value_get_enum (value));
      break;
    case PROP_LINKS:
      pdz_action_set_links (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_action_class_init (PdzActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  _pdz_entity_register_type (G_TYPE_FROM_CLASS (klass), &entity_type);

  object_class->dispose = pdz_action_dispose;
  object_class->finalize = pdz_action_finalize;
  object_class->get_property = pdz_action_get_property;
  object_class->set_property = pdz_action_set_property;

  /**
   * PdzAction:id:
   *
   * The identifier of the action, unique among all the actions of the
   * plan, those of objectives and those of projects alike.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzAction:title:
   *
   * What was done, or is to be done: the sentence the office wrote, e.g.
   * "Rilascio on line e popolamento del portale".
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzAction:status:
   *
   * Where the action stands in the monitoring round:
   * %PDZ_STATUS_NOT_STATED (the default) where the source does not say.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       PDZ_TYPE_STATUS,
                       PDZ_STATUS_NOT_STATED,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzAction:date:
   *
   * When the action happened, or started if [property@Pdz.Action:end-date]
   * is set, at the precision known ("novembre 2023" is a month), or %NULL
   * if not known.
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        PDZ_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzAction:end-date:
   *
   * With [property@Pdz.Action:date], the end of the span over which the
   * action took place, or %NULL for a single date.
   */
  properties[PROP_END_DATE] =
    g_param_spec_boxed ("end-date", NULL, NULL,
                        PDZ_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzAction:extra:
   *
   * Whether the plan did not foresee the action (an *azione extra*): %TRUE
   * when [property@Pdz.Action:origin] is %PDZ_ORIGIN_EXTRA. Setting it to
   * %TRUE sets the origin to %PDZ_ORIGIN_EXTRA; setting it to %FALSE turns
   * an extra action's origin to %PDZ_ORIGIN_NOT_STATED, and leaves any
   * other origin as it is.
   *
   * Deprecated: 0.2: Use [property@Pdz.Action:origin], which can also say
   *   that the plan foresaw the action, or that the source does not say.
   */
  properties[PROP_EXTRA] =
    g_param_spec_boolean ("extra", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_DEPRECATED);

  /**
   * PdzAction:origin:
   *
   * Whether the plan foresaw the action: %PDZ_ORIGIN_PLANNED, or
   * %PDZ_ORIGIN_EXTRA for an *azione extra*; %PDZ_ORIGIN_NOT_STATED (the
   * default) where the source does not say.
   *
   * Since: 0.2
   */
  properties[PROP_ORIGIN] =
    g_param_spec_enum ("origin", NULL, NULL,
                       PDZ_TYPE_ORIGIN,
                       PDZ_ORIGIN_NOT_STATED,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzAction:links:
   *
   * Links to evidence of the action: web pages, documents. %NULL when
   * there are none; an empty vector is the same value as %NULL.
   */
  properties[PROP_LINKS] =
    g_param_spec_boxed ("links", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_action_init (PdzAction *self)
{
  self->status = PDZ_STATUS_NOT_STATED;
  self->origin = PDZ_ORIGIN_NOT_STATED;
}

/**
 * pdz_action_new:
 * @id: the identifier of the action
 * @title: what was done, or is to be done
 *
 * Creates an action, not yet part of an objective or a project. Its
 * status and origin are not stated until set.
 *
 * Returns: (transfer full): a new action
 */
PdzAction *
pdz_action_new (const char *id,
                const char *title)
{
  PdzAction *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (id, -1, NULL), NULL);
  g_return_val_if_fail (g_utf8_validate (title, -1, NULL), NULL);

  self = g_object_new (PDZ_TYPE_ACTION, NULL);
  /* As the properties would be set, without their notifications, which
   * no handler could receive yet; much faster than by name. */
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  return self;
}

/**
 * pdz_action_get_id:
 * @self: an action
 *
 * Gets the [property@Pdz.Action:id] of the action.
 *
 * Returns: (nullable): the identifier, or %NULL if not set
 */
const char *
pdz_action_get_id (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  return self->id;
}

/**
 * pdz_action_set_id:
 * @self: an action
 * @id: (nullable): the new identifier
 *
 * Sets the [property@Pdz.Action:id] of the action. Nothing checks here
 * that the new id is unique in the plan; [method@Pdz.Plan.validate] does,
 * and a plan with duplicate ids is not saved.
 */
void
pdz_action_set_id (PdzAction  *self,
                   const char *id)
{
  g_return_if_fail (PDZ_IS_ACTION (self));

  if (_pdz_set_string (&self->id, id))
    changed (self, PROP_ID);
}

/**
 * pdz_action_get_title:
 * @self: an action
 *
 * Gets the [property@Pdz.Action:title] of the action.
 *
 * Returns: (nullable): the title, or %NULL if not set
 */
const char *
pdz_action_get_title (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  return self->title;
}

/**
 * pdz_action_set_title:
 * @self: an action
 * @title: (nullable): the new title
 *
 * Sets the [property@Pdz.Action:title] of the action.
 */
void
pdz_action_set_title (PdzAction  *self,
                      const char *title)
{
  g_return_if_fail (PDZ_IS_ACTION (self));

  if (_pdz_set_string (&self->title, title))
    changed (self, PROP_TITLE);
}

/**
 * pdz_action_get_status:
 * @self: an action
 *
 * Gets the [property@Pdz.Action:status] of the action.
 *
 * Returns: the status
 */
PdzStatus
pdz_action_get_status (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), PDZ_STATUS_NOT_STATED);

  return self->status;
}

/**
 * pdz_action_set_status:
 * @self: an action
 * @status: the new status
 *
 * Sets the [property@Pdz.Action:status] of the action.
 */
void
pdz_action_set_status (PdzAction *self,
                       PdzStatus  status)
{
  g_return_if_fail (PDZ_IS_ACTION (self));
  g_return_if_fail ((guint) status < PDZ_N_STATUSES);

  if (self->status == status)
    return;

  self->status = status;
  changed (self, PROP_STATUS);
}

/**
 * pdz_action_get_date:
 * @self: an action
 *
 * Gets the [property@Pdz.Action:date] of the action.
 *
 * Returns: (transfer none) (nullable): the date, or %NULL if not known
 */
const PdzDate *
pdz_action_get_date (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  return self->date;
}

/**
 * pdz_action_set_date:
 * @self: an action
 * @date: (nullable): the new date, or %NULL if not known
 *
 * Sets the [property@Pdz.Action:date] of the action. The date is copied.
 */
void
pdz_action_set_date (PdzAction     *self,
                     const PdzDate *date)
{
  g_return_if_fail (PDZ_IS_ACTION (self));

  if (_pdz_set_date (&self->date, date))
    changed (self, PROP_DATE);
}

/**
 * pdz_action_get_end_date:
 * @self: an action
 *
 * Gets the [property@Pdz.Action:end-date] of the action.
 *
 * Returns: (transfer none) (nullable): the end of the span, or %NULL for
 *   a single date
 */
const PdzDate *
pdz_action_get_end_date (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  return self->end_date;
}

/**
 * pdz_action_set_end_date:
 * @self: an action
 * @end_date: (nullable): the end of the span, or %NULL for a single date
 *
 * Sets the [property@Pdz.Action:end-date] of the action. The date is
 * copied.
 */
void
pdz_action_set_end_date (PdzAction     *self,
                         const PdzDate *end_date)
{
  g_return_if_fail (PDZ_IS_ACTION (self));

  if (_pdz_set_date (&self->end_date, end_date))
    changed (self, PROP_END_DATE);
}

/**
 * pdz_action_get_origin:
 * @self: an action
 *
 * Gets whether the plan foresaw the action: see
 * [property@Pdz.Action:origin].
 *
 * Returns: the origin
 *
 * Since: 0.2
 */
PdzOrigin
pdz_action_get_origin (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), PDZ_ORIGIN_NOT_STATED);

  return self->origin;
}

/**
 * pdz_action_set_origin:
 * @self: an action
 * @origin: the new origin
 *
 * Sets the [property@Pdz.Action:origin] of the action.
 *
 * Since: 0.2
 */
void
pdz_action_set_origin (PdzAction *self,
                       PdzOrigin  origin)
{
  gboolean was_extra;

  g_return_if_fail (PDZ_IS_ACTION (self));
  g_return_if_fail ((guint) origin < PDZ_N_ORIGINS);

  if (self->origin == origin)
    return;

  was_extra = self->origin == PDZ_ORIGIN_EXTRA;
  self->origin = origin;
  if (was_extra != (origin == PDZ_ORIGIN_EXTRA))
    {
      _pdz_entity_touch_value (self, properties[PROP_EXTRA]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXTRA]);
    }
  changed (self, PROP_ORIGIN);
}

/**
 * pdz_action_get_extra:
 * @self: an action
 *
 * Gets whether the plan did not foresee the action: see
 * [property@Pdz.Action:extra].
 *
 * Returns: %TRUE for an *azione extra* (its origin is %PDZ_ORIGIN_EXTRA)
 *
 * Deprecated: 0.2: Use [method@Pdz.Action.get_origin].
 */
gboolean
pdz_action_get_extra (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), FALSE);

  return self->origin == PDZ_ORIGIN_EXTRA;
}

/**
 * pdz_action_set_extra:
 * @self: an action
 * @extra: %TRUE for an action the plan did not foresee
 *
 * Sets the [property@Pdz.Action:extra] flag of the action: %TRUE makes its
 * origin %PDZ_ORIGIN_EXTRA; %FALSE turns %PDZ_ORIGIN_EXTRA into
 * %PDZ_ORIGIN_NOT_STATED and leaves any other origin as it is.
 *
 * Deprecated: 0.2: Use [method@Pdz.Action.set_origin].
 */
void
pdz_action_set_extra (PdzAction *self,
                      gboolean   extra)
{
  g_return_if_fail (PDZ_IS_ACTION (self));

  if (extra)
    pdz_action_set_origin (self, PDZ_ORIGIN_EXTRA);
  else if (self->origin == PDZ_ORIGIN_EXTRA)
    pdz_action_set_origin (self, PDZ_ORIGIN_NOT_STATED);
}

/**
 * pdz_action_get_links:
 * @self: an action
 *
 * Gets the [property@Pdz.Action:links] to evidence of the action.
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the
 *   links, or %NULL if there are none
 */
const char * const *
pdz_action_get_links (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  return (const char * const *) self->links;
}

/**
 * pdz_action_set_links:
 * @self: an action
 * @links: (nullable) (array zero-terminated=1): the new links, or %NULL
 *   for none
 *
 * Sets the [property@Pdz.Action:links] of the action. The vector is
 * copied; an empty one is stored as %NULL.
 */
void
pdz_action_set_links (PdzAction          *self,
                      const char * const *links)
{
  g_return_if_fail (PDZ_IS_ACTION (self));

  if (_pdz_set_strv (&self->links, links))
    changed (self, PROP_LINKS);
}

/**
 * pdz_action_get_owner:
 * @self: an action
 *
 * Gets what the action belongs to: the [class@Pdz.Objective] it was added
 * to with [method@Pdz.Objective.add_action], the [class@Pdz.Project] that
 * carried it out ([method@Pdz.Project.add_action]), or, for a sub-action,
 * the [class@Pdz.Action] of its bullet ([method@Pdz.Action.add_action]).
 *
 * Returns: (transfer none) (nullable): the objective, project or action,
 *   or %NULL if the action belongs to none
 */
GObject *
pdz_action_get_owner (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  return _pdz_entity_get_owner (self);
}

/**
 * pdz_action_get_parent:
 * @self: an action
 *
 * Gets the action whose sub-action this is: the bullet it is a point of.
 *
 * Returns: (transfer none) (nullable): the parent action, or %NULL if
 *   @self is not a sub-action
 *
 * Since: 0.2
 */
PdzAction *
pdz_action_get_parent (PdzAction *self)
{
  GObject *owner;

  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  owner = _pdz_entity_get_owner (self);
  return owner != NULL && PDZ_IS_ACTION (owner) ? PDZ_ACTION (owner) : NULL;
}

/* The bullet @self counts as: itself, or its parent for a sub-action. */
static PdzAction *
bullet_of (PdzAction *self)
{
  PdzAction *parent = pdz_action_get_parent (self);

  return parent != NULL ? parent : self;
}

/**
 * pdz_action_get_objective:
 * @self: an action
 *
 * Gets the objective the action belongs to: the one that holds it, or,
 * for a sub-action, the one that holds its bullet. An action carried out
 * within a project has none: see [method@Pdz.Action.get_owner].
 *
 * Returns: (transfer none) (nullable): the objective, or %NULL if the
 *   action does not belong to an objective
 */
PdzObjective *
pdz_action_get_objective (PdzAction *self)
{
  GObject *owner;

  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  owner = _pdz_entity_get_owner (bullet_of (self));
  if (_pdz_entity_is (owner, PDZ_KIND_OBJECTIVE))
    return (PdzObjective *) owner;

  return NULL;
}

/**
 * pdz_action_get_project:
 * @self: an action
 *
 * Gets the project that carried the action out: the one that holds it,
 * or, for a sub-action, the one that holds its bullet. This is not one of
 * the projects the action names ([method@Pdz.Action.get_projects]).
 *
 * Returns: (transfer none) (nullable): the project, or %NULL if the
 *   action does not belong to a project
 *
 * Since: 0.2
 */
PdzProject *
pdz_action_get_project (PdzAction *self)
{
  GObject *owner;

  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  owner = _pdz_entity_get_owner (bullet_of (self));
  if (_pdz_entity_is (owner, PDZ_KIND_PROJECT))
    return (PdzProject *) owner;

  return NULL;
}

/**
 * pdz_action_get_plan:
 * @self: an action
 *
 * Gets the plan the action belongs to, through its objective or project
 * (and its bullet, for a sub-action).
 *
 * Returns: (transfer none) (nullable): the plan, or %NULL if the action
 *   is not part of a plan
 */
PdzPlan *
pdz_action_get_plan (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  return _pdz_entity_get_plan (self);
}

void
_pdz_action_init_values (PdzAction *self,
                         PdzStatus  status,
                         PdzOrigin  origin,
                         PdzDate   *date,
                         PdzDate   *end_date,
                         char     **links)
{
  g_return_if_fail (_pdz_entity_get_owner (self) == NULL);

  self->status = status;
  self->origin = origin;
  g_clear_pointer (&self->date, pdz_date_free);
  self->date = date;
  g_clear_pointer (&self->end_date, pdz_date_free);
  self->end_date = end_date;
  g_clear_pointer (&self->links, g_strfreev);
  self->links = links != NULL && links[0] != NULL ? links : NULL;
  if (self->links == NULL)
    g_strfreev (links);
}

guint64
_pdz_action_get_order (PdzAction *self)
{
  return self->order;
}

void
_pdz_action_set_order (PdzAction *self,
                       guint64    order)
{
  self->order = order;
}

/* ----------------------------------------------------------------------
 * Lists: milestones, participations, projects, fundings, sub-actions
 * ---------------------------------------------------------------------- */

GListModel *
_pdz_action_peek_list (PdzAction   *self,
                       PdzListKind  kind)
{
  switch (kind)
    {
    case PDZ_LIST_MILESTONES:
      return (GListModel *) self->milestones;
    case PDZ_LIST_PARTICIPATIONS:
      return (GListModel *) self->participations;
    case PDZ_LIST_PROJECTS:
      return (GListModel *) self->projects;
    case PDZ_LIST_FUNDINGS:
      return (GListModel *) self->fundings;
    case PDZ_LIST_ACTIONS:
      return (GListModel *) self->actions;
    case PDZ_LIST_INDICATORS:
    case PDZ_LIST_OBJECTIVES:
    case PDZ_LIST_MEASUREMENTS:
    default:
      return NULL;
    }
}

/**
 * pdz_action_get_milestones:
 * @self: an action
 *
 * Gets the dated events the action's bullet names, in the order written.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Milestone]; it emits
 * [signal@Gio.ListModel::items-changed] when milestones are added or
 * removed.
 *
 * Returns: (transfer none): the milestones
 *
 * Since: 0.2
 */
GListModel *
pdz_action_get_milestones (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  return _pdz_list_ensure (&self->milestones, PDZ_TYPE_MILESTONE);
}

/**
 * pdz_action_add_milestone:
 * @self: an action
 * @milestone: a milestone that belongs to nothing yet
 *
 * Appends @milestone to the milestones of the action, which takes
 * ownership of it.
 *
 * Since: 0.2
 */
void
pdz_action_add_milestone (PdzAction    *self,
                          PdzMilestone *milestone)
{
  g_return_if_fail (PDZ_IS_ACTION (self));
  g_return_if_fail (PDZ_IS_MILESTONE (milestone));
  g_return_if_fail (_pdz_entity_get_owner (milestone) == NULL);

  _pdz_entity_add_owned (self, _pdz_list_ensure (&self->milestones, PDZ_TYPE_MILESTONE),
                         milestone);
}

/**
 * pdz_action_remove_milestone:
 * @self: an action
 * @milestone: a milestone
 *
 * Removes @milestone from the milestones of the action.
 *
 * Returns: %TRUE if it was removed, %FALSE if the action did not have it
 *
 * Since: 0.2
 */
gboolean
pdz_action_remove_milestone (PdzAction    *self,
                             PdzMilestone *milestone)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), FALSE);
  g_return_val_if_fail (PDZ_IS_MILESTONE (milestone), FALSE);

  return _pdz_entity_remove_owned (self, self->milestones, milestone);
}

/**
 * pdz_action_get_participations:
 * @self: an action
 *
 * Gets the partners that took part in the action, each in a role.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Participation]; it
 * emits [signal@Gio.ListModel::items-changed] when participations are
 * added or removed.
 *
 * Returns: (transfer none): the participations
 */
GListModel *
pdz_action_get_participations (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  return _pdz_list_ensure (&self->participations, PDZ_TYPE_PARTICIPATION);
}

/**
 * pdz_action_add_participation:
 * @self: an action
 * @participation: a participation that belongs to nothing yet
 * @error: return location for a [error@Pdz.Error]
 *
 * Appends @participation to the participations of the action, which
 * takes ownership of it. A partner may take part more than once, in
 * different roles; the same partner in the same role twice fails with
 * %PDZ_ERROR_DUPLICATE_ID. When the action is part of a plan, the partner
 * must be one of that plan's partners, else %PDZ_ERROR_DANGLING_REFERENCE.
 *
 * Returns: %TRUE if the participation was added, %FALSE with @error set
 *   if not
 */
gboolean
pdz_action_add_participation (PdzAction         *self,
                              PdzParticipation  *participation,
                              GError           **error)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PARTICIPATION (participation), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (participation) == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _pdz_entity_add_participation (self,
                                        _pdz_list_ensure (&self->participations,
                                                          PDZ_TYPE_PARTICIPATION),
                                        participation, error);
}

/**
 * pdz_action_remove_participation:
 * @self: an action
 * @participation: a participation
 *
 * Removes @participation from the participations of the action.
 *
 * Returns: %TRUE if it was removed, %FALSE if the action did not have it
 */
gboolean
pdz_action_remove_participation (PdzAction        *self,
                                 PdzParticipation *participation)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PARTICIPATION (participation), FALSE);

  return _pdz_entity_remove_owned (self, self->participations, participation);
}

/**
 * pdz_action_get_fundings:
 * @self: an action
 *
 * Gets the sources of money for the action.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Funding]; it emits
 * [signal@Gio.ListModel::items-changed] when fundings are added or
 * removed.
 *
 * Returns: (transfer none): the fundings
 */
GListModel *
pdz_action_get_fundings (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  return _pdz_list_ensure (&self->fundings, PDZ_TYPE_FUNDING);
}

/**
 * pdz_action_add_funding:
 * @self: an action
 * @funding: a funding that belongs to nothing yet
 *
 * Appends @funding to the fundings of the action, which takes ownership
 * of it.
 */
void
pdz_action_add_funding (PdzAction  *self,
                        PdzFunding *funding)
{
  g_return_if_fail (PDZ_IS_ACTION (self));
  g_return_if_fail (PDZ_IS_FUNDING (funding));
  g_return_if_fail (_pdz_entity_get_owner (funding) == NULL);

  _pdz_entity_add_owned (self, _pdz_list_ensure (&self->fundings, PDZ_TYPE_FUNDING), funding);
}

/**
 * pdz_action_remove_funding:
 * @self: an action
 * @funding: a funding
 *
 * Removes @funding from the fundings of the action.
 *
 * Returns: %TRUE if it was removed, %FALSE if the action did not have it
 */
gboolean
pdz_action_remove_funding (PdzAction  *self,
                           PdzFunding *funding)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), FALSE);
  g_return_val_if_fail (PDZ_IS_FUNDING (funding), FALSE);

  return _pdz_entity_remove_owned (self, self->fundings, funding);
}

/**
 * pdz_action_get_actions:
 * @self: an action
 *
 * Gets the sub-actions of the action: the points written under its
 * bullet, in order. They are shown under the bullet, found by queries and
 * exported, but not counted on their own in the report's figures.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Action]; it emits
 * [signal@Gio.ListModel::items-changed] when sub-actions are added or
 * removed.
 *
 * Returns: (transfer none): the sub-actions
 *
 * Since: 0.2
 */
GListModel *
pdz_action_get_actions (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  return _pdz_list_ensure (&self->actions, PDZ_TYPE_ACTION);
}

/**
 * pdz_action_add_action:
 * @self: an action
 * @action: an action that belongs to nothing yet
 * @error: return location for a [error@Pdz.Error]
 *
 * Appends @action to the sub-actions of @self, which takes ownership of
 * it.
 *
 * Sub-actions are one level deep: adding one to an action that is itself
 * a sub-action, or adding an action that has sub-actions of its own, fails
 * with %PDZ_ERROR_INVALID_VALUE. The action needs a non-empty id (else
 * %PDZ_ERROR_INVALID_VALUE) that no other action has (else
 * %PDZ_ERROR_DUPLICATE_ID): no other action of the plan, if @self is part
 * of one; no other sub-action of @self otherwise.
 *
 * Returns: %TRUE if the sub-action was added, %FALSE with @error set if not
 *
 * Since: 0.2
 */
gboolean
pdz_action_add_action (PdzAction  *self,
                       PdzAction  *action,
                       GError    **error)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), FALSE);
  g_return_val_if_fail (PDZ_IS_ACTION (action), FALSE);
  g_return_val_if_fail (action != self, FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (action) == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (pdz_action_get_parent (self) != NULL)
    {
      g_autofree char *quoted = _pdz_text_quote (self->id, -1, 0, PDZ_QUOTE_JSON);

      g_set_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                   "action \"%s\" is a sub-action: it cannot have sub-actions", quoted);
      return FALSE;
    }
  if (_pdz_list_get_n_items (action->actions) > 0)
    {
      g_autofree char *quoted = _pdz_text_quote (action->id, -1, 0, PDZ_QUOTE_JSON);

      g_set_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                   "action \"%s\" has sub-actions: it cannot be a sub-action", quoted);
      return FALSE;
    }

  if (!_pdz_plan_check_new_entity (_pdz_entity_get_plan (self),
                                   (GListModel *) self->actions,
                                   action, error))
    return FALSE;

  _pdz_entity_add_owned (self, _pdz_list_ensure (&self->actions, PDZ_TYPE_ACTION), action);
  return TRUE;
}

void
_pdz_action_append_action (PdzAction *self,
                           PdzAction *sub_action)
{
  _pdz_entity_add_owned (self, _pdz_list_ensure (&self->actions, PDZ_TYPE_ACTION), sub_action);
}

/**
 * pdz_action_remove_action:
 * @self: an action
 * @action: a sub-action
 *
 * Removes @action from the sub-actions of @self.
 *
 * Returns: %TRUE if it was removed, %FALSE if @self did not have it
 *
 * Since: 0.2
 */
gboolean
pdz_action_remove_action (PdzAction *self,
                          PdzAction *action)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), FALSE);
  g_return_val_if_fail (PDZ_IS_ACTION (action), FALSE);

  return _pdz_entity_remove_owned (self, self->actions, action);
}
