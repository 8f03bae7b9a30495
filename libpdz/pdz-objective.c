/* pdz-objective.c: an objective of the plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-entity-private.h"
#include "pdz-list-private.h"

/**
 * PdzObjective:
 *
 * An objective of the plan, e.g. "Ridefinizione del Servizio Tutela
 * Minori", in a policy area ([property@Pdz.Objective:macroarea]).
 *
 * An objective owns the actions done, or planned, for it
 * ([method@Pdz.Objective.get_actions]), the indicators that measure it
 * ([method@Pdz.Objective.get_indicators]) and the partners of the
 * objective as a whole ([method@Pdz.Objective.get_participations]).
 *
 * Objectives belong to a plan ([method@Pdz.Plan.add_objective]); besides
 * the plan's own objectives, [property@Pdz.Objective:kind] marks the
 * social and health integration objectives shared with the ASST.
 *
 * Its text properties must be valid UTF-8: a setter or constructor given
 * anything else refuses it with a critical warning and changes nothing.
 */
struct _PdzObjective
{
  GObject parent_instance;
  GObject *owner;            /* (not owned) (nullable): see pdz-entity-private.h */

  char *id;                  /* (owned) (nullable) */
  char *title;               /* (owned) (nullable) */
  char *description;         /* (owned) (nullable) */
  PdzStatus status;
  PdzMacroarea *macroarea;   /* (owned) (nullable): a reference, not owned as an entity */
  PdzObjectiveKind kind;

  PdzList *actions;         /* (owned) (nullable) of PdzAction (owned by self) */
  PdzList *indicators;      /* (owned) (nullable) of PdzIndicator (owned by self) */
  PdzList *participations;  /* (owned) (nullable) of PdzParticipation (owned by self) */
};

G_DEFINE_FINAL_TYPE (PdzObjective, pdz_objective, G_TYPE_OBJECT)

static GObject **
owner_slot (gpointer entity)
{
  return &((PdzObjective *) entity)->owner;
}

/* What pdz-entity.c needs of a objective (pdz-entity-private.h). */
static const PdzEntityType entity_type = {
  .kind = PDZ_KIND_OBJECTIVE,
  .owner_slot = owner_slot,
  .get_id = (const char *(*) (gpointer)) pdz_objective_get_id,
  .peek_list = (GListModel *(*) (gpointer, PdzListKind)) _pdz_objective_peek_list,
};

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_STATUS,
  PROP_MACROAREA,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The plan is touched before the notification, so that a handler which
 * looks the objective up in its plan already sees the new value. */
static void
changed (PdzObjective *self,
         guint         prop_id)
{
  _pdz_entity_notify (self, properties[prop_id]);
}

static void
pdz_objective_dispose (GObject *object)
{
  PdzObjective *self = PDZ_OBJECTIVE (object);

  _pdz_entity_disown_all ((GListModel *) self->actions);
  _pdz_entity_disown_all ((GListModel *) self->indicators);
  _pdz_entity_disown_all ((GListModel *) self->participations);

  g_clear_object (&self->actions);
  g_clear_object (&self->indicators);
  g_clear_object (&self->participations);
  g_clear_object (&self->macroarea);

  G_OBJECT_CLASS (pdz_objective_parent_class)->dispose (object);
}

static void
pdz_objective_finalize (GObject *object)
{
  PdzObjective *self = PDZ_OBJECTIVE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (pdz_objective_parent_class)->finalize (object);
}

static void
pdz_objective_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PdzObjective *self = PDZ_OBJECTIVE (object);

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
    case PROP_MACROAREA:
      g_value_set_object (value, self->macroarea);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_objective_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PdzObjective *self = PDZ_OBJECTIVE (object);

  switch (prop_id)
    {
    case PROP_ID:
      pdz_objective_set_id (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      pdz_objective_set_title (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      pdz_objective_set_description (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      pdz_objective_set_status (self, g_value_get_enum (value));
      break;
    case PROP_MACROAREA:
      pdz_objective_set_macroarea (self, g_value_get_object (value));
      break;
    case PROP_KIND:
      pdz_objective_set_kind (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_objective_class_init (PdzObjectiveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  _pdz_entity_register_type (G_TYPE_FROM_CLASS (klass), &entity_type);

  object_class->dispose = pdz_objective_dispose;
  object_class->finalize = pdz_objective_finalize;
  object_class->get_property = pdz_objective_get_property;
  object_class->set_property = pdz_objective_set_property;

  /**
   * PdzObjective:id:
   *
   * The identifier of the objective, unique among the objectives of the
   * plan. Projects name the objectives they serve by it.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzObjective:title:
   *
   * The title of the objective, e.g. "Portale dell'Ambito territoriale".
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzObjective:description:
   *
   * A longer description of the objective, or %NULL if none.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzObjective:status:
   *
   * Where the objective stands in the monitoring round:
   * %PDZ_STATUS_NOT_STATED (the default) where the source does not say.
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       PDZ_TYPE_STATUS,
                       PDZ_STATUS_NOT_STATED,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzObjective:macroarea:
   *
   * The policy area of the objective, a macroarea of the same plan, or
   * %NULL if none. This is a reference: the plan owns the macroarea.
   */
  properties[PROP_MACROAREA] =
    g_param_spec_object ("macroarea", NULL, NULL,
                         PDZ_TYPE_MACROAREA,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzObjective:kind:
   *
   * What kind of objective this is: one of the plan itself, or a social
   * and health integration objective shared with the ASST.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PDZ_TYPE_OBJECTIVE_KIND,
                       PDZ_OBJECTIVE_KIND_PLAN,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_objective_init (PdzObjective *self)
{
  self->status = PDZ_STATUS_NOT_STATED;
  self->kind = PDZ_OBJECTIVE_KIND_PLAN;
}

/**
 * pdz_objective_new:
 * @id: the identifier of the objective
 * @title: the title of the objective
 *
 * Creates an objective of kind %PDZ_OBJECTIVE_KIND_PLAN, its status not stated, not yet
 * part of a plan.
 *
 * Returns: (transfer full): a new objective
 */
PdzObjective *
pdz_objective_new (const char *id,
                   const char *title)
{
  PdzObjective *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (id, -1, NULL), NULL);
  g_return_val_if_fail (g_utf8_validate (title, -1, NULL), NULL);

  self = g_object_new (PDZ_TYPE_OBJECTIVE, NULL);
  /* As the properties would be set, without their notifications, which
   * no handler could receive yet; much faster than by name. */
  self->id = g_strdup (id);
  self->title = g_strdup (title);
  return self;
}

/**
 * pdz_objective_get_id:
 * @self: an objective
 *
 * Gets the [property@Pdz.Objective:id] of the objective.
 *
 * Returns: (nullable): the identifier, or %NULL if not set
 */
const char *
pdz_objective_get_id (PdzObjective *self)
{
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (self), NULL);

  return self->id;
}

/**
 * pdz_objective_set_id:
 * @self: an objective
 * @id: (nullable): the new identifier
 *
 * Sets the [property@Pdz.Objective:id] of the objective. Nothing checks
 * here that the new id is unique in the plan; [method@Pdz.Plan.validate]
 * does, and a plan with duplicate ids is not saved.
 */
void
pdz_objective_set_id (PdzObjective *self,
                      const char   *id)
{
  g_return_if_fail (PDZ_IS_OBJECTIVE (self));

  if (_pdz_set_string (&self->id, id))
    changed (self, PROP_ID);
}

/**
 * pdz_objective_get_title:
 * @self: an objective
 *
 * Gets the [property@Pdz.Objective:title] of the objective.
 *
 * Returns: (nullable): the title, or %NULL if not set
 */
const char *
pdz_objective_get_title (PdzObjective *self)
{
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (self), NULL);

  return self->title;
}

/**
 * pdz_objective_set_title:
 * @self: an objective
 * @title: (nullable): the new title
 *
 * Sets the [property@Pdz.Objective:title] of the objective.
 */
void
pdz_objective_set_title (PdzObjective *self,
                         const char   *title)
{
  g_return_if_fail (PDZ_IS_OBJECTIVE (self));

  if (_pdz_set_string (&self->title, title))
    changed (self, PROP_TITLE);
}

/**
 * pdz_objective_get_description:
 * @self: an objective
 *
 * Gets the [property@Pdz.Objective:description] of the objective.
 *
 * Returns: (nullable): the description, or %NULL if none
 */
const char *
pdz_objective_get_description (PdzObjective *self)
{
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (self), NULL);

  return self->description;
}

/**
 * pdz_objective_set_description:
 * @self: an objective
 * @description: (nullable): the new description, or %NULL for none
 *
 * Sets the [property@Pdz.Objective:description] of the objective.
 */
void
pdz_objective_set_description (PdzObjective *self,
                               const char   *description)
{
  g_return_if_fail (PDZ_IS_OBJECTIVE (self));

  if (_pdz_set_string (&self->description, description))
    changed (self, PROP_DESCRIPTION);
}

/**
 * pdz_objective_get_status:
 * @self: an objective
 *
 * Gets the [property@Pdz.Objective:status] of the objective.
 *
 * Returns: the status
 */
PdzStatus
pdz_objective_get_status (PdzObjective *self)
{
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (self), PDZ_STATUS_NOT_STATED);

  return self->status;
}

/**
 * pdz_objective_set_status:
 * @self: an objective
 * @status: the new status
 *
 * Sets the [property@Pdz.Objective:status] of the objective.
 */
void
pdz_objective_set_status (PdzObjective *self,
                          PdzStatus     status)
{
  g_return_if_fail (PDZ_IS_OBJECTIVE (self));
  g_return_if_fail ((guint) status < PDZ_N_STATUSES);

  if (self->status == status)
    return;

  self->status = status;
  changed (self, PROP_STATUS);
}

/**
 * pdz_objective_get_macroarea:
 * @self: an objective
 *
 * Gets the [property@Pdz.Objective:macroarea] of the objective.
 *
 * Returns: (transfer none) (nullable): the macroarea, or %NULL if none
 */
PdzMacroarea *
pdz_objective_get_macroarea (PdzObjective *self)
{
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (self), NULL);

  return self->macroarea;
}

/**
 * pdz_objective_set_macroarea:
 * @self: an objective
 * @macroarea: (nullable): a macroarea of the same plan, or %NULL for none
 *
 * Sets the [property@Pdz.Objective:macroarea] of the objective. The
 * objective keeps a reference to it; while it does,
 * [method@Pdz.Plan.remove_macroarea] refuses to remove the macroarea.
 */
void
pdz_objective_set_macroarea (PdzObjective *self,
                             PdzMacroarea *macroarea)
{
  g_return_if_fail (PDZ_IS_OBJECTIVE (self));
  g_return_if_fail (macroarea == NULL || PDZ_IS_MACROAREA (macroarea));

  if (_pdz_set_object (&self->macroarea, macroarea))
    changed (self, PROP_MACROAREA);
}

/**
 * pdz_objective_get_kind:
 * @self: an objective
 *
 * Gets the [property@Pdz.Objective:kind] of the objective.
 *
 * Returns: the kind of objective
 */
PdzObjectiveKind
pdz_objective_get_kind (PdzObjective *self)
{
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (self), PDZ_OBJECTIVE_KIND_PLAN);

  return self->kind;
}

/**
 * pdz_objective_set_kind:
 * @self: an objective
 * @kind: the new kind
 *
 * Sets the [property@Pdz.Objective:kind] of the objective.
 */
void
pdz_objective_set_kind (PdzObjective     *self,
                        PdzObjectiveKind  kind)
{
  g_return_if_fail (PDZ_IS_OBJECTIVE (self));
  g_return_if_fail ((guint) kind < PDZ_N_OBJECTIVE_KINDS);

  if (self->kind == kind)
    return;

  self->kind = kind;
  changed (self, PROP_KIND);
}

/**
 * pdz_objective_get_plan:
 * @self: an objective
 *
 * Gets the plan the objective belongs to.
 *
 * Returns: (transfer none) (nullable): the plan, or %NULL if the objective
 *   is not part of a plan
 */
PdzPlan *
pdz_objective_get_plan (PdzObjective *self)
{
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (self), NULL);

  return _pdz_entity_get_plan (self);
}

GListModel *
_pdz_objective_peek_list (PdzObjective *self,
                          PdzListKind kind)
{
  switch ((int) kind)
    {
    case PDZ_LIST_ACTIONS:
      return (GListModel *) self->actions;
    case PDZ_LIST_INDICATORS:
      return (GListModel *) self->indicators;
    case PDZ_LIST_PARTICIPATIONS:
      return (GListModel *) self->participations;
    default:
      return NULL;
    }
}

/**
 * pdz_objective_get_actions:
 * @self: an objective
 *
 * Gets the actions done, or planned, for the objective, in the order of
 * the plan.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Action]; it emits
 * [signal@Gio.ListModel::items-changed] when actions are added or
 * removed.
 *
 * Returns: (transfer none): the actions
 */
GListModel *
pdz_objective_get_actions (PdzObjective *self)
{
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (self), NULL);

  return _pdz_list_ensure (&self->actions, PDZ_TYPE_ACTION);
}

/**
 * pdz_objective_add_action:
 * @self: an objective
 * @action: an action that belongs to nothing yet
 * @error: return location for a [error@Pdz.Error]
 *
 * Appends @action to the actions of the objective, which takes ownership
 * of it.
 *
 * The action needs a non-empty id (else %PDZ_ERROR_INVALID_VALUE) that no
 * other action has (else %PDZ_ERROR_DUPLICATE_ID): no other action of the
 * plan, objectives and projects alike, if the objective is part of one;
 * no other action of the objective otherwise.
 *
 * Returns: %TRUE if the action was added, %FALSE with @error set if not
 */
gboolean
pdz_objective_add_action (PdzObjective  *self,
                          PdzAction     *action,
                          GError       **error)
{
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (self), FALSE);
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
_pdz_objective_steal_actions (PdzObjective *self)
{
  return (GListModel *) g_steal_pointer (&self->actions);
}

void
_pdz_objective_append_action (PdzObjective *self,
                              PdzAction    *action)
{
  _pdz_entity_add_owned (self, _pdz_list_ensure (&self->actions, PDZ_TYPE_ACTION), action);
}

void
_pdz_objective_append_indicator (PdzObjective *self,
                                 PdzIndicator *indicator)
{
  _pdz_entity_add_owned (self, _pdz_list_ensure (&self->indicators, PDZ_TYPE_INDICATOR), indicator);
}

/**
 * pdz_objective_remove_action:
 * @self: an objective
 * @action: an action
 *
 * Removes @action from the actions of the objective.
 *
 * Returns: %TRUE if it was removed, %FALSE if the objective did not have it
 */
gboolean
pdz_objective_remove_action (PdzObjective *self,
                             PdzAction    *action)
{
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (self), FALSE);
  g_return_val_if_fail (_pdz_entity_is (action, PDZ_KIND_ACTION), FALSE);

  return _pdz_entity_remove_owned (self, self->actions, action);
}

/**
 * pdz_objective_get_indicators:
 * @self: an objective
 *
 * Gets the indicators that measure the objective.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Indicator]; it emits
 * [signal@Gio.ListModel::items-changed] when indicators are added or
 * removed.
 *
 * Returns: (transfer none): the indicators
 */
GListModel *
pdz_objective_get_indicators (PdzObjective *self)
{
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (self), NULL);

  return _pdz_list_ensure (&self->indicators, PDZ_TYPE_INDICATOR);
}

/**
 * pdz_objective_add_indicator:
 * @self: an objective
 * @indicator: an indicator that belongs to nothing yet
 * @error: return location for a [error@Pdz.Error]
 *
 * Appends @indicator to the indicators of the objective, which takes
 * ownership of it.
 *
 * The indicator needs a non-empty id (else %PDZ_ERROR_INVALID_VALUE) that
 * no other indicator of the plan has, or of the objective if it is not
 * part of a plan (else %PDZ_ERROR_DUPLICATE_ID).
 *
 * Returns: %TRUE if the indicator was added, %FALSE with @error set if not
 */
gboolean
pdz_objective_add_indicator (PdzObjective  *self,
                             PdzIndicator  *indicator,
                             GError       **error)
{
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (self), FALSE);
  g_return_val_if_fail (_pdz_entity_is (indicator, PDZ_KIND_INDICATOR), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (indicator) == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_pdz_plan_check_new_entity (_pdz_entity_get_plan (self),
                                   (GListModel *) self->indicators,
                                   indicator, error))
    return FALSE;

  _pdz_entity_add_owned (self, _pdz_list_ensure (&self->indicators, PDZ_TYPE_INDICATOR), indicator);
  return TRUE;
}

/**
 * pdz_objective_remove_indicator:
 * @self: an objective
 * @indicator: an indicator
 *
 * Removes @indicator from the indicators of the objective.
 *
 * Returns: %TRUE if it was removed, %FALSE if the objective did not have it
 */
gboolean
pdz_objective_remove_indicator (PdzObjective *self,
                                PdzIndicator *indicator)
{
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (self), FALSE);
  g_return_val_if_fail (_pdz_entity_is (indicator, PDZ_KIND_INDICATOR), FALSE);

  return _pdz_entity_remove_owned (self, self->indicators, indicator);
}

/**
 * pdz_objective_get_participations:
 * @self: an objective
 *
 * Gets the partners of the objective as a whole, each in a role.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Participation]; it
 * emits [signal@Gio.ListModel::items-changed] when participations are
 * added or removed.
 *
 * Returns: (transfer none): the participations
 */
GListModel *
pdz_objective_get_participations (PdzObjective *self)
{
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (self), NULL);

  return _pdz_list_ensure (&self->participations, PDZ_TYPE_PARTICIPATION);
}

/**
 * pdz_objective_add_participation:
 * @self: an objective
 * @participation: a participation that belongs to nothing yet
 * @error: return location for a [error@Pdz.Error]
 *
 * Appends @participation to the participations of the objective, which
 * takes ownership of it. A partner may take part more than once, in
 * different roles; the same partner in the same role twice fails with
 * %PDZ_ERROR_DUPLICATE_ID. When the objective is part of a plan, the partner
 * must be one of that plan's partners, else %PDZ_ERROR_DANGLING_REFERENCE.
 *
 * Returns: %TRUE if the participation was added, %FALSE with @error set
 *   if not
 */
gboolean
pdz_objective_add_participation (PdzObjective        *self,
                               PdzParticipation  *participation,
                               GError           **error)
{
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PARTICIPATION (participation), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (participation) == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _pdz_entity_add_participation (self, _pdz_list_ensure (&self->participations, PDZ_TYPE_PARTICIPATION), participation, error);
}

/**
 * pdz_objective_remove_participation:
 * @self: an objective
 * @participation: a participation
 *
 * Removes @participation from the participations of the objective.
 *
 * Returns: %TRUE if it was removed, %FALSE if the objective did not have it
 */
gboolean
pdz_objective_remove_participation (PdzObjective     *self,
                                    PdzParticipation *participation)
{
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PARTICIPATION (participation), FALSE);

  return _pdz_entity_remove_owned (self, self->participations, participation);
}

/* ----------------------------------------------------------------------
 * The macroarea an action counts under: a method of PdzAction, kept with
 * the objective whose macroarea it is, so that pdz-action.c needs nothing
 * of pdz-objective.c
 * ---------------------------------------------------------------------- */

/**
 * pdz_action_get_macroarea:
 * @self: an action
 *
 * Gets the policy area the action counts under. By the counting rule of
 * [the queries guide](queries.html), that is the macroarea of the
 * objective that holds the action (or its bullet). An action held by a
 * project counts under the project, in the row "Project actions" of a
 * breakdown by macroarea, never under the macroarea of an objective the
 * project serves: it has none.
 *
 * Returns: (transfer none) (nullable): the macroarea, or %NULL for an
 *   action held by a project, by no objective, or by an objective without
 *   a macroarea
 *
 * Since: 0.2
 */
PdzMacroarea *
pdz_action_get_macroarea (PdzAction *self)
{
  PdzObjective *objective;

  g_return_val_if_fail (PDZ_IS_ACTION (self), NULL);

  objective = pdz_action_get_objective (self);
  return objective != NULL ? pdz_objective_get_macroarea (objective) : NULL;
}
