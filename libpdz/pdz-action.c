/* pdz-action.c: something the office did, or plans to do, for an objective or a project
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-entity-private.h"

struct _PdzAction
{
  GObject parent_instance;

  char *id;                  /* (owned) (nullable) */
  char *title;               /* (owned) (nullable) */
  PdzStatus status;
  PdzDate *date;             /* (owned) (nullable) */
  PdzDate *end_date;         /* (owned) (nullable) */
  gboolean extra;
  char **links;              /* (owned) (nullable): never empty, NULL instead */

  GListStore *participations;  /* (owned) of PdzParticipation (owned by self) */
  GListStore *projects;        /* (owned) of PdzProject (references) */
  GListStore *fundings;        /* (owned) of PdzFunding (owned by self) */
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
 * actions of the plan, of objectives and of projects alike.
 *
 * An action the plan did not foresee (an *azione extra*) has
 * [property@Pdz.Action:extra] set.
 *
 * The participations and fundings belong to the action; the projects are
 * references to projects of the same plan.
 *
 * Its text properties, and each item of [property@Pdz.Action:links], must
 * be valid UTF-8: a setter or constructor given anything else refuses it
 * with a critical warning and changes nothing.
 */
G_DEFINE_FINAL_TYPE (PdzAction, pdz_action, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_STATUS,
  PROP_DATE,
  PROP_END_DATE,
  PROP_EXTRA,
  PROP_LINKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The plan is touched before the notification, so that a handler which
 * looks the action up in its plan already sees the new value. */
static void
changed (PdzAction *self,
         guint      prop_id)
{
  _pdz_entity_touch (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
pdz_action_dispose (GObject *object)
{
  PdzAction *self = PDZ_ACTION (object);

  if (self->participations != NULL)
    _pdz_entity_disown_all (G_LIST_MODEL (self->participations));
  if (self->fundings != NULL)
    _pdz_entity_disown_all (G_LIST_MODEL (self->fundings));

  g_clear_object (&self->participations);
  g_clear_object (&self->projects);
  g_clear_object (&self->fundings);

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
      g_value_set_boolean (value, self->extra);
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
      pdz_action_set_extra (self, g_value_get_boolean (value));
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
   * Where the action stands in the monitoring round.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       PDZ_TYPE_STATUS,
                       PDZ_STATUS_PLANNED,
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
   * Whether the plan did not foresee the action (an *azione extra*).
   */
  properties[PROP_EXTRA] =
    g_param_spec_boolean ("extra", NULL, NULL,
                          FALSE,
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
  self->status = PDZ_STATUS_PLANNED;
  self->participations = g_list_store_new (PDZ_TYPE_PARTICIPATION);
  self->projects = g_list_store_new (PDZ_TYPE_PROJECT);
  self->fundings = g_list_store_new (PDZ_TYPE_FUNDING);
}

/**
 * pdz_action_new:
 * @id: the identifier of the action
 * @title: what was done, or is to be done
 *
 * Creates a planned action, not yet part of an objective or a project.
 *
 * Returns: (transfer full): a new action
 */
PdzAction *
pdz_action_new (const char *id,
                const char *title)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (id, -1, NULL), NULL);
  g_return_val_if_fail (g_utf8_validate (title, -1, NULL), NULL);

  return g_object_new (PDZ_TYPE_ACTION,
                       "id", id,
                       "title", title,
                       NULL);
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
  g_return_val_if_fail (PDZ_IS_ACTION (self), PDZ_STATUS_PLANNED);

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
  g_return_if_fail ((guint) status <= PDZ_STATUS_CANCELLED);

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
 * pdz_action_get_extra:
 * @self: an action
 *
 * Gets whether the plan did not foresee the action: see
 * [property@Pdz.Action:extra].
 *
 * Returns: %TRUE for an *azione extra*
 */
gboolean
pdz_action_get_extra (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), FALSE);

  return self->extra;
}

/**
 * pdz_action_set_extra:
 * @self: an action
 * @extra: %TRUE for an action the plan did not foresee
 *
 * Sets the [property@Pdz.Action:extra] flag of the action.
 */
void
pdz_action_set_extra (PdzAction *self,
                      gboolean   extra)
{
  g_return_if_fail (PDZ_IS_ACTION (self));

  extra = !!extra;
  if (self->extra == extra)
    return;

  self->extra = extra;
  changed (self, PROP_EXTRA);
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
 * to with [method@Pdz.Objective.add_action], or the [class@Pdz.Project]
 * that carried it out ([method@Pdz.Project.add_action]).
 *
 * Returns: (transfer none) (nullable): the objective or project, or
 *   %NULL if the action belongs to neither
 */
GObject *
pdz_action_get_owner (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  return _pdz_entity_get_owner (self);
}

/**
 * pdz_action_get_objective:
 * @self: an action
 *
 * Gets the objective the action belongs to. An action carried out within
 * a project has none: see [method@Pdz.Action.get_owner].
 *
 * Returns: (transfer none) (nullable): the objective, or %NULL if the
 *   action does not belong to an objective
 */
PdzObjective *
pdz_action_get_objective (PdzAction *self)
{
  GObject *owner;

  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  owner = _pdz_entity_get_owner (self);
  if (owner != NULL && PDZ_IS_OBJECTIVE (owner))
    return PDZ_OBJECTIVE (owner);

  return NULL;
}

/**
 * pdz_action_get_plan:
 * @self: an action
 *
 * Gets the plan the action belongs to, through its objective or project.
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

/* ----------------------------------------------------------------------
 * Lists: participations, projects, fundings
 * ---------------------------------------------------------------------- */

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

  return G_LIST_MODEL (self->participations);
}

/**
 * pdz_action_add_participation:
 * @self: an action
 * @participation: a participation that belongs to nothing yet
 *
 * Appends @participation to the participations of the action, which
 * takes ownership of it. A partner may take part more than once, in
 * different roles.
 */
void
pdz_action_add_participation (PdzAction        *self,
                              PdzParticipation *participation)
{
  g_return_if_fail (PDZ_IS_ACTION (self));
  g_return_if_fail (PDZ_IS_PARTICIPATION (participation));
  g_return_if_fail (_pdz_entity_get_owner (participation) == NULL);

  _pdz_entity_add_owned (self, self->participations, participation);
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
 * pdz_action_get_projects:
 * @self: an action
 *
 * Gets the projects the action belongs to. These are references to
 * projects of the plan, which the action does not own.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Project]; it emits
 * [signal@Gio.ListModel::items-changed] when projects are added or
 * removed.
 *
 * Returns: (transfer none): the projects
 */
GListModel *
pdz_action_get_projects (PdzAction *self)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  return G_LIST_MODEL (self->projects);
}

/**
 * pdz_action_add_project:
 * @self: an action
 * @project: a project of the same plan
 *
 * Appends @project to the projects the action belongs to. Adding a
 * project the action already lists does nothing.
 *
 * The action holds a reference to the project; the plan clears these
 * references when it is disposed.
 */
void
pdz_action_add_project (PdzAction  *self,
                        PdzProject *project)
{
  g_return_if_fail (PDZ_IS_ACTION (self));
  g_return_if_fail (PDZ_IS_PROJECT (project));

  _pdz_entity_add_ref (self, self->projects, project);
}

/**
 * pdz_action_remove_project:
 * @self: an action
 * @project: a project
 *
 * Removes @project from the projects the action belongs to.
 *
 * Returns: %TRUE if it was removed, %FALSE if the action did not list it
 */
gboolean
pdz_action_remove_project (PdzAction  *self,
                           PdzProject *project)
{
  g_return_val_if_fail (PDZ_IS_ACTION (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PROJECT (project), FALSE);

  return _pdz_entity_remove_ref (self, self->projects, project);
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

  return G_LIST_MODEL (self->fundings);
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

  _pdz_entity_add_owned (self, self->fundings, funding);
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
