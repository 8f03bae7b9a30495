/* pdz-project.c: a funded project the plan takes part in
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-entity-private.h"
#include "pdz-list-private.h"

struct _PdzProject
{
  GObject parent_instance;
  GObject *owner;            /* (not owned) (nullable): see pdz-entity-private.h */

  char *id;                  /* (owned) (nullable) */
  char *title;               /* (owned) (nullable) */
  char *description;         /* (owned) (nullable) */
  PdzStatus status;
  PdzScope scope;
  PdzPartner *lead;          /* (owned) (nullable): a reference, not owned as an entity */
  PdzDate *start;            /* (owned) (nullable) */
  PdzDate *end;              /* (owned) (nullable) */
  char **interventions;      /* (owned) (nullable): never empty, NULL instead */

  PdzList *participations;  /* (owned) (nullable) of PdzParticipation (owned by self) */
  PdzList *fundings;        /* (owned) (nullable) of PdzFunding (owned by self) */
  PdzList *objectives;      /* (owned) (nullable) of PdzObjective (references) */
  PdzList *actions;         /* (owned) (nullable) of PdzAction (owned by self) */
};

/**
 * PdzProject:
 *
 * A project the plan takes part in, often funded by a call: "PARTECIPE",
 * "PIPPI-PNRR", "Welfare di comunità". A project has a territorial
 * [property@Pdz.Project:scope] (within the ambito, across several ambiti,
 * regional, national), a lead partner ([property@Pdz.Project:lead]), the
 * interventions it foresees ([property@Pdz.Project:interventions]) and a
 * period.
 *
 * A project owns its partners in their roles
 * ([method@Pdz.Project.get_participations]), its fundings
 * ([method@Pdz.Project.get_fundings]) and the actions carried out within it
 * ([method@Pdz.Project.get_actions]). It refers to the objectives it serves
 * ([method@Pdz.Project.get_objectives]); actions of objectives refer to the
 * projects they belong to with [method@Pdz.Action.add_project].
 *
 * Projects belong to a plan ([method@Pdz.Plan.add_project]).
 *
 * Its text properties, and each item of
 * [property@Pdz.Project:interventions], must be valid UTF-8: a setter or
 * constructor given anything else refuses it with a critical warning and
 * changes nothing.
 */
G_DEFINE_FINAL_TYPE (PdzProject, pdz_project, G_TYPE_OBJECT)

static GObject **
owner_slot (gpointer entity)
{
  return &((PdzProject *) entity)->owner;
}

/* What pdz-entity.c needs of a project (pdz-entity-private.h). */
static const PdzEntityType entity_type = {
  .kind = PDZ_KIND_PROJECT,
  .owner_slot = owner_slot,
  .get_id = (const char *(*) (gpointer)) pdz_project_get_id,
  .peek_list = (GListModel *(*) (gpointer, PdzListKind)) _pdz_project_peek_list,
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_STATUS,
  PROP_SCOPE,
  PROP_LEAD,
  PROP_START,
  PROP_END,
  PROP_INTERVENTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The plan is touched before the notification, so that a handler which
 * looks the project up in its plan already sees the new value. */
static void
changed (PdzProject *self,
         guint       prop_id)
{
  _pdz_entity_notify (self, properties[prop_id]);
}

static void
pdz_project_dispose (GObject *object)
{
  PdzProject *self = PDZ_PROJECT (object);

  _pdz_entity_disown_all ((GListModel *) self->participations);
  _pdz_entity_disown_all ((GListModel *) self->fundings);
  _pdz_entity_disown_all ((GListModel *) self->actions);

  g_clear_object (&self->participations);
  g_clear_object (&self->fundings);
  g_clear_object (&self->objectives);
  g_clear_object (&self->actions);
  g_clear_object (&self->lead);

  G_OBJECT_CLASS (pdz_project_parent_class)->dispose (object);
}

static void
pdz_project_finalize (GObject *object)
{
  PdzProject *self = PDZ_PROJECT (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->start, pdz_date_free);
  g_clear_pointer (&self->end, pdz_date_free);
  g_clear_pointer (&self->interventions, g_strfreev);

  G_OBJECT_CLASS (pdz_project_parent_class)->finalize (object);
}

static void
pdz_project_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  PdzProject *self = PDZ_PROJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_SCOPE:
      g_value_set_enum (value, self->scope);
      break;
    case PROP_LEAD:
      g_value_set_object (value, self->lead);
      break;
    case PROP_START:
      g_value_set_boxed (value, self->start);
      break;
    case PROP_END:
      g_value_set_boxed (value, self->end);
      break;
    case PROP_INTERVENTIONS:
      g_value_set_boxed (value, self->interventions);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_project_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  PdzProject *self = PDZ_PROJECT (object);

  switch (prop_id)
    {
    case PROP_ID:
      pdz_project_set_id (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      pdz_project_set_title (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      pdz_project_set_description (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      pdz_project_set_status (self, g_value_get_enum (value));
      break;
    case PROP_SCOPE:
      pdz_project_set_scope (self, g_value_get_enum (value));
      break;
    case PROP_LEAD:
      pdz_project_set_lead (self, g_value_get_object (value));
      break;
    case PROP_START:
      pdz_project_set_start (self, g_value_get_boxed (value));
      break;
    case PROP_END:
      pdz_project_set_end (self, g_value_get_boxed (value));
      break;
    case PROP_INTERVENTIONS:
      pdz_project_set_interventions (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_project_class_init (PdzProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  _pdz_entity_register_type (G_TYPE_FROM_CLASS (klass), &entity_type);

  object_class->dispose = pdz_project_dispose;
  object_class->finalize = pdz_project_finalize;
  object_class->get_property = pdz_project_get_property;
  object_class->set_property = pdz_project_set_property;

  /**
   * PdzProject:id:
   *
   * The identifier of the project, unique among the projects of the plan.
   * Actions name the projects they belong to by it.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzProject:title:
   *
   * The title of the project, e.g. "PARTECIPE".
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzProject:description:
   *
   * A longer description of the project, or %NULL if none.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzProject:status:
   *
   * Where the project stands in the monitoring round.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       PDZ_TYPE_STATUS,
                       PDZ_STATUS_NOT_STATED,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzProject:scope:
   *
   * The territorial scope of the project: within the ambito, across
   * several ambiti (*sovra-ambito*), regional or national;
   * %PDZ_SCOPE_NOT_STATED (the default) where the source does not say.
   */
  properties[PROP_SCOPE] =
    g_param_spec_enum ("scope", NULL, NULL,
                       PDZ_TYPE_SCOPE,
                       PDZ_SCOPE_NOT_STATED,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzProject:lead:
   *
   * The lead partner of the project (*capofila*), a partner of the same
   * plan, or %NULL if not stated. This is a reference: the plan owns the
   * partner.
   */
  properties[PROP_LEAD] =
    g_param_spec_object ("lead", NULL, NULL,
                         PDZ_TYPE_PARTNER,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzProject:start:
   *
   * When the project started, at the precision known, or %NULL if not
   * known.
   */
  properties[PROP_START] =
    g_param_spec_boxed ("start", NULL, NULL,
                        PDZ_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzProject:end:
   *
   * When the project ended, or is to end, at the precision known, or %NULL
   * if not known.
   */
  properties[PROP_END] =
    g_param_spec_boxed ("end", NULL, NULL,
                        PDZ_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzProject:interventions:
   *
   * The interventions the project foresees, e.g. "Tutoring individuale".
   * %NULL when there are none; an empty vector is the same value as %NULL.
   */
  properties[PROP_INTERVENTIONS] =
    g_param_spec_boxed ("interventions", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_project_init (PdzProject *self)
{
  self->status = PDZ_STATUS_NOT_STATED;
  self->scope = PDZ_SCOPE_NOT_STATED;
}

/**
 * pdz_project_new:
 * @id: the identifier of the project
 * @title: the title of the project
 *
 * Creates a project, its status and scope not stated, not yet part of a
 * plan.
 *
 * Returns: (transfer full): a new project
 */
PdzProject *
pdz_project_new (const char *id,
                 const char *title)
{
  PdzProject *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (id, -1, NULL), NULL);
  g_return_val_if_fail (g_utf8_validate (title, -1, NULL), NULL);

  self = g_object_new (PDZ_TYPE_PROJECT, NULL);
  /* As the properties would be set, without their notifications, which
   * no handler could receive yet; much faster than by name. */
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  return self;
}

/**
 * pdz_project_get_id:
 * @self: a project
 *
 * Gets the [property@Pdz.Project:id] of the project.
 *
 * Returns: (nullable): the identifier, or %NULL if not set
 */
const char *
pdz_project_get_id (PdzProject *self)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), NULL);

  return self->id;
}

/**
 * pdz_project_set_id:
 * @self: a project
 * @id: (nullable): the new identifier
 *
 * Sets the [property@Pdz.Project:id] of the project. Nothing checks here
 * that the new id is unique in the plan; [method@Pdz.Plan.validate] does,
 * and a plan with duplicate ids is not saved.
 */
void
pdz_project_set_id (PdzProject *self,
                    const char *id)
{
  g_return_if_fail (PDZ_IS_PROJECT (self));

  if (_pdz_set_string (&self->id, id))
    changed (self, PROP_ID);
}

/**
 * pdz_project_get_title:
 * @self: a project
 *
 * Gets the [property@Pdz.Project:title] of the project.
 *
 * Returns: (nullable): the title, or %NULL if not set
 */
const char *
pdz_project_get_title (PdzProject *self)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), NULL);

  return self->title;
}

/**
 * pdz_project_set_title:
 * @self: a project
 * @title: (nullable): the new title
 *
 * Sets the [property@Pdz.Project:title] of the project.
 */
void
pdz_project_set_title (PdzProject *self,
                       const char *title)
{
  g_return_if_fail (PDZ_IS_PROJECT (self));

  if (_pdz_set_string (&self->title, title))
    changed (self, PROP_TITLE);
}

/**
 * pdz_project_get_description:
 * @self: a project
 *
 * Gets the [property@Pdz.Project:description] of the project.
 *
 * Returns: (nullable): the description, or %NULL if none
 */
const char *
pdz_project_get_description (PdzProject *self)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), NULL);

  return self->description;
}

/**
 * pdz_project_set_description:
 * @self: a project
 * @description: (nullable): the new description, or %NULL for none
 *
 * Sets the [property@Pdz.Project:description] of the project.
 */
void
pdz_project_set_description (PdzProject *self,
                             const char *description)
{
  g_return_if_fail (PDZ_IS_PROJECT (self));

  if (_pdz_set_string (&self->description, description))
    changed (self, PROP_DESCRIPTION);
}

/**
 * pdz_project_get_status:
 * @self: a project
 *
 * Gets the [property@Pdz.Project:status] of the project.
 *
 * Returns: the status
 */
PdzStatus
pdz_project_get_status (PdzProject *self)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), PDZ_STATUS_NOT_STATED);

  return self->status;
}

/**
 * pdz_project_set_status:
 * @self: a project
 * @status: the new status
 *
 * Sets the [property@Pdz.Project:status] of the project.
 */
void
pdz_project_set_status (PdzProject *self,
                        PdzStatus   status)
{
  g_return_if_fail (PDZ_IS_PROJECT (self));
  g_return_if_fail ((guint) status < PDZ_N_STATUSES);

  if (self->status == status)
    return;

  self->status = status;
  changed (self, PROP_STATUS);
}

/**
 * pdz_project_get_scope:
 * @self: a project
 *
 * Gets the [property@Pdz.Project:scope] of the project.
 *
 * Returns: the territorial scope
 */
PdzScope
pdz_project_get_scope (PdzProject *self)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), PDZ_SCOPE_NOT_STATED);

  return self->scope;
}

/**
 * pdz_project_set_scope:
 * @self: a project
 * @scope: the new territorial scope
 *
 * Sets the [property@Pdz.Project:scope] of the project.
 */
void
pdz_project_set_scope (PdzProject *self,
                       PdzScope    scope)
{
  g_return_if_fail (PDZ_IS_PROJECT (self));
  g_return_if_fail ((guint) scope < PDZ_N_SCOPES);

  if (self->scope == scope)
    return;

  self->scope = scope;
  changed (self, PROP_SCOPE);
}

/**
 * pdz_project_get_lead:
 * @self: a project
 *
 * Gets the [property@Pdz.Project:lead] partner of the project.
 *
 * Returns: (transfer none) (nullable): the lead partner, or %NULL if not
 *   stated
 */
PdzPartner *
pdz_project_get_lead (PdzProject *self)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), NULL);

  return self->lead;
}

/**
 * pdz_project_set_lead:
 * @self: a project
 * @lead: (nullable): a partner of the same plan, or %NULL for none
 *
 * Sets the [property@Pdz.Project:lead] partner of the project. The
 * project keeps a reference to it; while it does,
 * [method@Pdz.Plan.remove_partner] refuses to remove the partner.
 */
void
pdz_project_set_lead (PdzProject *self,
                      PdzPartner *lead)
{
  g_return_if_fail (PDZ_IS_PROJECT (self));
  g_return_if_fail (lead == NULL || PDZ_IS_PARTNER (lead));

  if (_pdz_set_object (&self->lead, lead))
    changed (self, PROP_LEAD);
}

/**
 * pdz_project_get_start:
 * @self: a project
 *
 * Gets the [property@Pdz.Project:start] of the project.
 *
 * Returns: (transfer none) (nullable): the start date, or %NULL if not
 *   known
 */
const PdzDate *
pdz_project_get_start (PdzProject *self)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), NULL);

  return self->start;
}

/**
 * pdz_project_set_start:
 * @self: a project
 * @start: (nullable): the new start date, or %NULL if not known
 *
 * Sets the [property@Pdz.Project:start] of the project. The date is
 * copied.
 */
void
pdz_project_set_start (PdzProject    *self,
                       const PdzDate *start)
{
  g_return_if_fail (PDZ_IS_PROJECT (self));

  if (_pdz_set_date (&self->start, start))
    changed (self, PROP_START);
}

/**
 * pdz_project_get_end:
 * @self: a project
 *
 * Gets the [property@Pdz.Project:end] of the project.
 *
 * Returns: (transfer none) (nullable): the end date, or %NULL if not known
 */
const PdzDate *
pdz_project_get_end (PdzProject *self)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), NULL);

  return self->end;
}

/**
 * pdz_project_set_end:
 * @self: a project
 * @end: (nullable): the new end date, or %NULL if not known
 *
 * Sets the [property@Pdz.Project:end] of the project. The date is copied.
 */
void
pdz_project_set_end (PdzProject    *self,
                     const PdzDate *end)
{
  g_return_if_fail (PDZ_IS_PROJECT (self));

  if (_pdz_set_date (&self->end, end))
    changed (self, PROP_END);
}

/**
 * pdz_project_get_interventions:
 * @self: a project
 *
 * Gets the [property@Pdz.Project:interventions] the project foresees.
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the
 *   interventions, or %NULL if there are none
 */
const char * const *
pdz_project_get_interventions (PdzProject *self)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), NULL);

  return (const char * const *) self->interventions;
}

/**
 * pdz_project_set_interventions:
 * @self: a project
 * @interventions: (nullable) (array zero-terminated=1): the new
 *   interventions, or %NULL for none
 *
 * Sets the [property@Pdz.Project:interventions] of the project. The
 * vector is copied; an empty one is stored as %NULL.
 */
void
pdz_project_set_interventions (PdzProject         *self,
                               const char * const *interventions)
{
  g_return_if_fail (PDZ_IS_PROJECT (self));

  if (_pdz_set_strv (&self->interventions, interventions))
    changed (self, PROP_INTERVENTIONS);
}

/**
 * pdz_project_get_plan:
 * @self: a project
 *
 * Gets the plan the project belongs to.
 *
 * Returns: (transfer none) (nullable): the plan, or %NULL if the project
 *   is not part of a plan
 */
PdzPlan *
pdz_project_get_plan (PdzProject *self)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), NULL);

  return _pdz_entity_get_plan (self);
}

/* ----------------------------------------------------------------------
 * Lists: participations, fundings, objectives, actions
 * ---------------------------------------------------------------------- */

GListModel *
_pdz_project_peek_list (PdzProject *self,
                        PdzListKind kind)
{
  switch ((int) kind)
    {
    case PDZ_LIST_PARTICIPATIONS:
      return (GListModel *) self->participations;
    case PDZ_LIST_FUNDINGS:
      return (GListModel *) self->fundings;
    case PDZ_LIST_OBJECTIVES:
      return (GListModel *) self->objectives;
    case PDZ_LIST_ACTIONS:
      return (GListModel *) self->actions;
    default:
      return NULL;
    }
}

/**
 * pdz_project_get_participations:
 * @self: a project
 *
 * Gets the partners of the project, each in a role.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Participation]; it
 * emits [signal@Gio.ListModel::items-changed] when participations are
 * added or removed.
 *
 * Returns: (transfer none): the participations
 */
GListModel *
pdz_project_get_participations (PdzProject *self)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), NULL);

  return _pdz_list_ensure (&self->participations, PDZ_TYPE_PARTICIPATION);
}

/**
 * pdz_project_add_participation:
 * @self: a project
 * @participation: a participation that belongs to nothing yet
 * @error: return location for a [error@Pdz.Error]
 *
 * Appends @participation to the participations of the project, which
 * takes ownership of it. A partner may take part more than once, in
 * different roles; the same partner in the same role twice fails with
 * %PDZ_ERROR_DUPLICATE_ID. When the project is part of a plan, the partner
 * must be one of that plan's partners, else %PDZ_ERROR_DANGLING_REFERENCE.
 *
 * Returns: %TRUE if the participation was added, %FALSE with @error set
 *   if not
 */
gboolean
pdz_project_add_participation (PdzProject        *self,
                             PdzParticipation  *participation,
                             GError           **error)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PARTICIPATION (participation), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (participation) == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _pdz_entity_add_participation (self, _pdz_list_ensure (&self->participations, PDZ_TYPE_PARTICIPATION), participation, error);
}

/**
 * pdz_project_remove_participation:
 * @self: a project
 * @participation: a participation
 *
 * Removes @participation from the participations of the project.
 *
 * Returns: %TRUE if it was removed, %FALSE if the project did not have it
 */
gboolean
pdz_project_remove_participation (PdzProject       *self,
                                  PdzParticipation *participation)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PARTICIPATION (participation), FALSE);

  return _pdz_entity_remove_owned (self, self->participations, participation);
}

/**
 * pdz_project_get_fundings:
 * @self: a project
 *
 * Gets the sources of money for the project.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Funding]; it emits
 * [signal@Gio.ListModel::items-changed] when fundings are added or
 * removed.
 *
 * Returns: (transfer none): the fundings
 */
GListModel *
pdz_project_get_fundings (PdzProject *self)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), NULL);

  return _pdz_list_ensure (&self->fundings, PDZ_TYPE_FUNDING);
}

/**
 * pdz_project_add_funding:
 * @self: a project
 * @funding: a funding that belongs to nothing yet
 *
 * Appends @funding to the fundings of the project, which takes ownership
 * of it.
 */
void
pdz_project_add_funding (PdzProject *self,
                         PdzFunding *funding)
{
  g_return_if_fail (PDZ_IS_PROJECT (self));
  g_return_if_fail (PDZ_IS_FUNDING (funding));
  g_return_if_fail (_pdz_entity_get_owner (funding) == NULL);

  _pdz_entity_add_owned (self, _pdz_list_ensure (&self->fundings, PDZ_TYPE_FUNDING), funding);
}

/**
 * pdz_project_remove_funding:
 * @self: a project
 * @funding: a funding
 *
 * Removes @funding from the fundings of the project.
 *
 * Returns: %TRUE if it was removed, %FALSE if the project did not have it
 */
gboolean
pdz_project_remove_funding (PdzProject *self,
                            PdzFunding *funding)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (PDZ_IS_FUNDING (funding), FALSE);

  return _pdz_entity_remove_owned (self, self->fundings, funding);
}

/**
 * pdz_project_get_objectives:
 * @self: a project
 *
 * Gets the objectives the project serves. These are references to
 * objectives of the plan, which the project does not own.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Objective]; it emits
 * [signal@Gio.ListModel::items-changed] when objectives are added or
 * removed.
 *
 * Returns: (transfer none): the objectives
 */
GListModel *
pdz_project_get_objectives (PdzProject *self)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), NULL);

  return _pdz_list_ensure (&self->objectives, PDZ_TYPE_OBJECTIVE);
}

/**
 * pdz_project_add_objective:
 * @self: a project
 * @objective: an objective of the same plan
 *
 * Appends @objective to the objectives the project serves. Adding an
 * objective the project already lists does nothing.
 *
 * The project holds a reference to the objective; the plan clears these
 * references when it is disposed.
 */
void
pdz_project_add_objective (PdzProject   *self,
                           PdzObjective *objective)
{
  g_return_if_fail (PDZ_IS_PROJECT (self));
  g_return_if_fail (PDZ_IS_OBJECTIVE (objective));

  _pdz_entity_add_ref (self, _pdz_list_ensure (&self->objectives, PDZ_TYPE_OBJECTIVE), objective);
}

/**
 * pdz_project_remove_objective:
 * @self: a project
 * @objective: an objective
 *
 * Removes @objective from the objectives the project serves.
 *
 * Returns: %TRUE if it was removed, %FALSE if the project did not list it
 */
gboolean
pdz_project_remove_objective (PdzProject   *self,
                              PdzObjective *objective)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (objective), FALSE);

  return _pdz_entity_remove_ref (self, self->objectives, objective);
}

/**
 * pdz_project_get_actions:
 * @self: a project
 *
 * Gets the actions carried out within the project.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Action]; it emits
 * [signal@Gio.ListModel::items-changed] when actions are added or
 * removed.
 *
 * Returns: (transfer none): the actions
 */
GListModel *
pdz_project_get_actions (PdzProject *self)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), NULL);

  return _pdz_list_ensure (&self->actions, PDZ_TYPE_ACTION);
}

/**
 * pdz_project_add_action:
 * @self: a project
 * @action: an action that belongs to nothing yet
 * @error: return location for a [error@Pdz.Error]
 *
 * Appends @action to the actions carried out within the project, which
 * takes ownership of it.
 *
 * The action needs a non-empty id (else %PDZ_ERROR_INVALID_VALUE) that no
 * other action has (else %PDZ_ERROR_DUPLICATE_ID): no other action of the
 * plan, objectives and projects alike, if the project is part of one; no
 * other action of the project otherwise.
 *
 * Returns: %TRUE if the action was added, %FALSE with @error set if not
 */
gboolean
pdz_project_add_action (PdzProject  *self,
                        PdzAction   *action,
                        GError     **error)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (_pdz_entity_is (action, PDZ_KIND_ACTION), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (action) == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_pdz_plan_check_new_entity (_pdz_entity_get_plan (self),
                                   (GListModel *) self->actions,
                                   action, error))
    return FALSE;

  _pdz_entity_add_owned (self, _pdz_list_ensure (&self->actions, PDZ_TYPE_ACTION), action);
  return TRUE;
}

GListModel *
_pdz_project_steal_actions (PdzProject *self)
{
  return (GListModel *) g_steal_pointer (&self->actions);
}

void
_pdz_project_append_action (PdzProject *self,
                            PdzAction  *action)
{
  _pdz_entity_add_owned (self, _pdz_list_ensure (&self->actions, PDZ_TYPE_ACTION), action);
}

/**
 * pdz_project_remove_action:
 * @self: a project
 * @action: an action
 *
 * Removes @action from the actions carried out within the project.
 *
 * Returns: %TRUE if it was removed, %FALSE if the project did not have it
 */
gboolean
pdz_project_remove_action (PdzProject *self,
                           PdzAction  *action)
{
  g_return_val_if_fail (PDZ_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (_pdz_entity_is (action, PDZ_KIND_ACTION), FALSE);

  return _pdz_entity_remove_owned (self, self->actions, action);
}

/* ----------------------------------------------------------------------
 * The projects an action names: methods of PdzAction, kept with the type
 * they name, so that pdz-action.c needs nothing of pdz-project.c
 * ---------------------------------------------------------------------- */

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

  return _pdz_list_ensure (_pdz_action_get_projects_slot (self), PDZ_TYPE_PROJECT);
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
  g_return_if_fail (_pdz_entity_is (project, PDZ_KIND_PROJECT));

  _pdz_entity_add_ref (self, _pdz_list_ensure (_pdz_action_get_projects_slot (self), PDZ_TYPE_PROJECT), project);
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
  g_return_val_if_fail (_pdz_entity_is (project, PDZ_KIND_PROJECT), FALSE);

  return _pdz_entity_remove_ref (self, *_pdz_action_get_projects_slot (self), project);
}
