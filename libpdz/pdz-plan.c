/* pdz-plan.c: a Piano di Zona and its monitoring round
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-entity-private.h"
#include "pdz-plan-private.h"
#include "pdz-text-private.h"

/**
 * PdzPlan:
 *
 * A Piano di Zona: the three-year plan in which the municipalities of an
 * *Ambito territoriale sociale* set out their social services (Legge
 * 328/2000, art. 19), together with the state of one monitoring round of
 * it ([property@Pdz.Plan:monitoring-title], from
 * [property@Pdz.Plan:monitoring-start] to [property@Pdz.Plan:monitoring-end]).
 *
 * A plan owns its partners ([method@Pdz.Plan.get_partners]), its policy
 * areas ([method@Pdz.Plan.get_macroareas]), its objectives
 * ([method@Pdz.Plan.get_objectives]) with their actions and indicators,
 * and its projects ([method@Pdz.Plan.get_projects]) with the actions
 * carried out within them. Every entity has an id, unique among the
 * entities of its kind in the plan (all the actions form one kind, those
 * of objectives and those of projects alike); the `add` methods refuse an
 * empty or duplicate id, and the `lookup` methods find an entity by it.
 *
 * Plans are read from and written to the JSON format described in
 * [the format reference](format.html). Loading a plan and listing its
 * objectives:
 *
 * ```c
 * g_autoptr(GError) error = NULL;
 * g_autoptr(PdzPlan) plan = pdz_plan_load_path ("corsichese.json", NULL, &error);
 * GListModel *objectives;
 *
 * if (plan == NULL)
 *   {
 *     g_printerr ("%s\n", error->message);  // "corsichese.json: /partners/1: ..."
 *     return EXIT_FAILURE;
 *   }
 *
 * objectives = pdz_plan_get_objectives (plan);
 * for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
 *   {
 *     g_autoptr(PdzObjective) objective = g_list_model_get_item (objectives, i);
 *     GListModel *actions = pdz_objective_get_actions (objective);
 *
 *     g_print ("%s: %u actions\n", pdz_objective_get_title (objective),
 *              g_list_model_get_n_items (actions));
 *   }
 * ```
 *
 * The same in Python:
 *
 * ```python
 * import gi
 * gi.require_version("Pdz", "1.0")
 * from gi.repository import Pdz
 *
 * plan = Pdz.Plan.new_from_file("corsichese.json")
 * for objective in plan.get_objectives():
 *     print(objective.props.title, len(objective.get_actions()))
 * ```
 *
 * [func@Pdz.Plan.load_async] reads and parses a file in a worker thread;
 * [method@Pdz.Plan.save_to_file] checks the plan and replaces the file
 * atomically.
 *
 * ## Ownership and references
 *
 * Each entity belongs to one container: the plan, an objective, a project
 * or an action. Other links between entities are references: the partner
 * of a participation, the lead of a project, the macroarea of an
 * objective, the objectives a project serves, the projects an action
 * belongs to, the plan's municipalities and lead municipality. The plan
 * refuses to remove an entity that something else still references
 * (%PDZ_ERROR_CONFLICT, naming the referrer by its JSON pointer).
 *
 * Projects refer to objectives, whose actions refer to projects: these
 * references may form cycles. To free them, the plan clears its cross
 * references when it is disposed: the projects of every action
 * ([method@Pdz.Action.get_projects]) and the objectives of every project
 * ([method@Pdz.Project.get_objectives]) become empty, and no entity
 * belongs to the plan any more ([method@Pdz.Project.get_plan] returns
 * %NULL), even in an entity you still hold a reference to. **Keep the plan
 * alive while you use its entities.** In Python, for example, a plan that
 * is only a temporary is disposed of as soon as the expression is done
 * with it:
 *
 * ```python
 * # Wrong: the plan is gone before get_objectives() runs: the list is empty.
 * objectives = Pdz.Plan.new_from_file(path).get_projects()[0].get_objectives()
 *
 * # Right: hold the plan while you use what it holds.
 * plan = Pdz.Plan.new_from_file(path)
 * objectives = plan.get_projects()[0].get_objectives()
 * ```
 *
 * ## Change notification
 *
 * Every property of the plan and of its entities emits
 * [signal@GObject.Object::notify] when it really changes, and every list
 * emits [signal@Gio.ListModel::items-changed] when items are added or
 * removed, so that a user interface can bind to them.
 *
 * The text properties of the plan and of its entities must be valid UTF-8,
 * the encoding of the plan file: a setter or constructor given anything
 * else refuses it with a critical warning and changes nothing.
 *
 * ## Threads
 *
 * A plan and its entities are used from one thread at a time. This holds
 * even for the methods that only read: lookups, queries, checks and
 * statistics build and refresh indexes inside the plan as they go. Guard a
 * plan shared between threads with a lock of your own.
 *
 * Different plans may be used from different threads at the same time:
 * libpdz keeps no state shared between plans that is not guarded.
 * [func@Pdz.Plan.load_async] parses the file in a worker thread, into a
 * plan that no other thread sees until the callback gets it with
 * [func@Pdz.Plan.load_finish], in the thread-default main context of the
 * caller. [The threads guide](threads.html) says which objects may be
 * used from which threads.
 */
G_DEFINE_FINAL_TYPE (PdzPlan, pdz_plan, G_TYPE_OBJECT)

static GParamSpec *properties[PDZ_PLAN_N_PROPS];

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The plan is touched before the notification, so that a handler which
 * looks something up in the plan already sees the new value. */
void
_pdz_plan_changed (PdzPlan         *plan,
                   PdzPlanProperty  prop_id)
{
  _pdz_entity_notify (plan, properties[prop_id]);
}

void
_pdz_plan_set_modified (PdzPlan  *plan,
                        gboolean  modified)
{
  modified = !!modified;
  if (plan->modified == modified)
    return;

  plan->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (plan), properties[PDZ_PLAN_PROP_MODIFIED]);
}

void
_pdz_plan_take_file_stamp (PdzPlan      *plan,
                           PdzFileStamp *stamp)
{
  g_clear_pointer (&plan->file_stamp, _pdz_file_stamp_free);
  plan->file_stamp = stamp;
}

void
_pdz_plan_emit_changed (PdzPlan  *plan,
                        gpointer  entity)
{
  _pdz_plan_set_modified (plan, TRUE);
  g_signal_emit (plan, signals[SIGNAL_CHANGED], 0, entity);
}

/* ----------------------------------------------------------------------
 * GObject
 * ---------------------------------------------------------------------- */

static void
pdz_plan_dispose (GObject *object)
{
  PdzPlan *self = PDZ_PLAN (object);

  /* The indexes first: they borrow ids and hold entities. */
  if (self->indexes != NULL)
    _pdz_plan_indexes_clear (self->indexes);
  _pdz_plan_break_cycles (self);

  if (self->macroareas != NULL)
    _pdz_entity_disown_all (G_LIST_MODEL (self->macroareas));
  if (self->objectives != NULL)
    _pdz_entity_disown_all (G_LIST_MODEL (self->objectives));
  if (self->projects != NULL)
    _pdz_entity_disown_all (G_LIST_MODEL (self->projects));
  if (self->partners != NULL)
    _pdz_entity_disown_all (G_LIST_MODEL (self->partners));

  g_clear_object (&self->macroareas);
  g_clear_object (&self->objectives);
  g_clear_object (&self->projects);
  g_clear_object (&self->partners);
  g_clear_object (&self->municipalities);
  g_clear_object (&self->lead_municipality);

  G_OBJECT_CLASS (pdz_plan_parent_class)->dispose (object);
}

static void
pdz_plan_finalize (GObject *object)
{
  PdzPlan *self = PDZ_PLAN (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->ambito, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->start, pdz_date_free);
  g_clear_pointer (&self->end, pdz_date_free);
  g_clear_pointer (&self->office, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->website, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->monitoring_title, g_free);
  g_clear_pointer (&self->monitoring_start, pdz_date_free);
  g_clear_pointer (&self->monitoring_end, pdz_date_free);
  g_clear_pointer (&self->indexes, _pdz_plan_indexes_free);
  g_clear_pointer (&self->file_stamp, _pdz_file_stamp_free);

  G_OBJECT_CLASS (pdz_plan_parent_class)->finalize (object);
}

static void
pdz_plan_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  PdzPlan *self = PDZ_PLAN (object);

  switch (prop_id)
    {
    case PDZ_PLAN_PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PDZ_PLAN_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PDZ_PLAN_PROP_AMBITO:
      g_value_set_string (value, self->ambito);
      break;
    case PDZ_PLAN_PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PDZ_PLAN_PROP_START:
      g_value_set_boxed (value, self->start);
      break;
    case PDZ_PLAN_PROP_END:
      g_value_set_boxed (value, self->end);
      break;
    case PDZ_PLAN_PROP_LEAD_MUNICIPALITY:
      g_value_set_object (value, self->lead_municipality);
      break;
    case PDZ_PLAN_PROP_OFFICE:
      g_value_set_string (value, self->office);
      break;
    case PDZ_PLAN_PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PDZ_PLAN_PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case PDZ_PLAN_PROP_WEBSITE:
      g_value_set_string (value, self->website);
      break;
    case PDZ_PLAN_PROP_MONITORING_TITLE:
      g_value_set_string (value, self->monitoring_title);
      break;
    case PDZ_PLAN_PROP_MONITORING_START:
      g_value_set_boxed (value, self->monitoring_start);
      break;
    case PDZ_PLAN_PROP_MONITORING_END:
      g_value_set_boxed (value, self->monitoring_end);
      break;
    case PDZ_PLAN_PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PDZ_PLAN_PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_plan_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  PdzPlan *self = PDZ_PLAN (object);

  switch (prop_id)
    {
    case PDZ_PLAN_PROP_ID:
      pdz_plan_set_id (self, g_value_get_string (value));
      break;
    case PDZ_PLAN_PROP_TITLE:
      pdz_plan_set_title (self, g_value_get_string (value));
      break;
    case PDZ_PLAN_PROP_DESCRIPTION:
      pdz_plan_set_description (self, g_value_get_string (value));
      break;
    case PDZ_PLAN_PROP_AMBITO:
      pdz_plan_set_ambito (self, g_value_get_string (value));
      break;
    case PDZ_PLAN_PROP_LANGUAGE:
      pdz_plan_set_language (self, g_value_get_string (value));
      break;
    case PDZ_PLAN_PROP_START:
      pdz_plan_set_start (self, g_value_get_boxed (value));
      break;
    case PDZ_PLAN_PROP_END:
      pdz_plan_set_end (self, g_value_get_boxed (value));
      break;
    case PDZ_PLAN_PROP_LEAD_MUNICIPALITY:
      pdz_plan_set_lead_municipality (self, g_value_get_object (value));
      break;
    case PDZ_PLAN_PROP_OFFICE:
      pdz_plan_set_office (self, g_value_get_string (value));
      break;
    case PDZ_PLAN_PROP_EMAIL:
      pdz_plan_set_email (self, g_value_get_string (value));
      break;
    case PDZ_PLAN_PROP_PHONE:
      pdz_plan_set_phone (self, g_value_get_string (value));
      break;
    case PDZ_PLAN_PROP_WEBSITE:
      pdz_plan_set_website (self, g_value_get_string (value));
      break;
    case PDZ_PLAN_PROP_MONITORING_TITLE:
      pdz_plan_set_monitoring_title (self, g_value_get_string (value));
      break;
    case PDZ_PLAN_PROP_MONITORING_START:
      pdz_plan_set_monitoring_start (self, g_value_get_boxed (value));
      break;
    case PDZ_PLAN_PROP_MONITORING_END:
      pdz_plan_set_monitoring_end (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* What pdz-entity.c needs of the plan: that it is the root of the
 * ownership tree (pdz-entity-private.h). */
static const PdzEntityType entity_type = {
  .kind = PDZ_KIND_NONE,
  .is_plan = TRUE,
};

static void
pdz_plan_class_init (PdzPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  _pdz_entity_register_type (G_TYPE_FROM_CLASS (klass), &entity_type);

  object_class->dispose = pdz_plan_dispose;
  object_class->finalize = pdz_plan_finalize;
  object_class->get_property = pdz_plan_get_property;
  object_class->set_property = pdz_plan_set_property;

  /**
   * PdzPlan:id:
   *
   * The identifier of the plan, e.g. "corsichese-2021-2023", or %NULL.
   */
  properties[PDZ_PLAN_PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, flags);

  /**
   * PdzPlan:title:
   *
   * The title of the plan, e.g. "Piano di Zona 2021-2023", or %NULL.
   */
  properties[PDZ_PLAN_PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);

  /**
   * PdzPlan:ambito:
   *
   * The *Ambito territoriale* whose plan this is, e.g. "Ambito del
   * Corsichese", or %NULL.
   */
  properties[PDZ_PLAN_PROP_AMBITO] =
    g_param_spec_string ("ambito", NULL, NULL, NULL, flags);

  /**
   * PdzPlan:language:
   *
   * The language the text of the plan is written in, an ISO 639-1 code
   * such as "it" or "en", or %NULL if not stated.
   */
  properties[PDZ_PLAN_PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL, flags);

  /**
   * PdzPlan:start:
   *
   * The start of the period the plan covers (usually a year, e.g. 2021),
   * or %NULL.
   */
  properties[PDZ_PLAN_PROP_START] =
    g_param_spec_boxed ("start", NULL, NULL, PDZ_TYPE_DATE, flags);

  /**
   * PdzPlan:end:
   *
   * The end of the period the plan covers (usually a year, e.g. 2023), or
   * %NULL.
   */
  properties[PDZ_PLAN_PROP_END] =
    g_param_spec_boxed ("end", NULL, NULL, PDZ_TYPE_DATE, flags);

  /**
   * PdzPlan:lead-municipality:
   *
   * The lead municipality of the ambito (*Comune capofila*), a partner of
   * the plan, or %NULL. This is a reference: while it is set,
   * [method@Pdz.Plan.remove_partner] refuses to remove the partner.
   */
  properties[PDZ_PLAN_PROP_LEAD_MUNICIPALITY] =
    g_param_spec_object ("lead-municipality", NULL, NULL, PDZ_TYPE_PARTNER, flags);

  /**
   * PdzPlan:office:
   *
   * The name of the planning office (*Ufficio di Piano*), or %NULL.
   */
  properties[PDZ_PLAN_PROP_OFFICE] =
    g_param_spec_string ("office", NULL, NULL, NULL, flags);

  /**
   * PdzPlan:email:
   *
   * The e-mail address of the planning office, or %NULL.
   */
  properties[PDZ_PLAN_PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL, flags);

  /**
   * PdzPlan:phone:
   *
   * The telephone number of the planning office, or %NULL.
   */
  properties[PDZ_PLAN_PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL, flags);

  /**
   * PdzPlan:website:
   *
   * The address of the web site of the ambito, or %NULL.
   */
  properties[PDZ_PLAN_PROP_WEBSITE] =
    g_param_spec_string ("website", NULL, NULL, NULL, flags);

  /**
   * PdzPlan:monitoring-title:
   *
   * The title of the monitoring round the plan describes, e.g.
   * "Monitoraggio attuazione e azioni extra", or %NULL.
   */
  properties[PDZ_PLAN_PROP_MONITORING_TITLE] =
    g_param_spec_string ("monitoring-title", NULL, NULL, NULL, flags);

  /**
   * PdzPlan:monitoring-start:
   *
   * The start of the period the monitoring round covers (e.g. March 2022),
   * or %NULL.
   */
  properties[PDZ_PLAN_PROP_MONITORING_START] =
    g_param_spec_boxed ("monitoring-start", NULL, NULL, PDZ_TYPE_DATE, flags);

  /**
   * PdzPlan:monitoring-end:
   *
   * The end of the period the monitoring round covers (e.g. October 2023),
   * or %NULL.
   */
  properties[PDZ_PLAN_PROP_MONITORING_END] =
    g_param_spec_boxed ("monitoring-end", NULL, NULL, PDZ_TYPE_DATE, flags);

  /**
   * PdzPlan:description:
   *
   * A description of the plan file, or %NULL: what it is and where it
   * comes from, e.g. that a round was derived from a published report.
   *
   * Since: 0.2
   */
  properties[PDZ_PLAN_PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, flags);

  /**
   * PdzPlan:modified:
   *
   * Whether the plan changed since it was loaded or last saved. It becomes
   * %TRUE on any edit of the plan or of any entity in it (whenever
   * [signal@Pdz.Plan::changed] is emitted), and %FALSE again when the plan
   * is saved ([method@Pdz.Plan.save]). A plan made with [ctor@Pdz.Plan.new]
   * starts unmodified; one read by a loader is unmodified when the loader
   * returns it. An editor can bind its "unsaved" state to it.
   *
   * Since: 0.2
   */
  properties[PDZ_PLAN_PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, PDZ_PLAN_N_PROPS, properties);

  /**
   * PdzPlan::changed:
   * @self: the plan
   * @entity: the object that changed: the plan itself, or one of its
   *   entities (for a list that changed, the entity that holds the list)
   *
   * Emitted after any edit of the plan or of any entity in it: a property
   * that really changed, an entity added or removed, a reference made or
   * dropped. It comes after the [signal@GObject.Object::notify] or
   * [signal@Gio.ListModel::items-changed] of the change itself, so that
   * an editor can follow every edit of the plan with one handler.
   *
   * Since: 0.2
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);
}

static void
pdz_plan_init (PdzPlan *self)
{
  self->macroareas = _pdz_list_new (PDZ_TYPE_MACROAREA);
  self->objectives = _pdz_list_new (PDZ_TYPE_OBJECTIVE);
  self->projects = _pdz_list_new (PDZ_TYPE_PROJECT);
  self->partners = _pdz_list_new (PDZ_TYPE_PARTNER);
  self->municipalities = _pdz_list_new (PDZ_TYPE_PARTNER);
  self->indexes = _pdz_plan_indexes_new ();
}

/* ----------------------------------------------------------------------
 * Construction
 * ---------------------------------------------------------------------- */

/**
 * pdz_plan_new:
 *
 * Creates an empty plan.
 *
 * Returns: (transfer full): a new plan
 */
PdzPlan *
pdz_plan_new (void)
{
  return g_object_new (PDZ_TYPE_PLAN, NULL);
}

/* ----------------------------------------------------------------------
 * Properties: getters and setters
 * ---------------------------------------------------------------------- */

static void
set_string (PdzPlan          *self,
            char            **field,
            const char       *value,
            PdzPlanProperty   prop_id)
{
  if (_pdz_set_string (field, value))
    _pdz_plan_changed (self, prop_id);
}

static void
set_date (PdzPlan          *self,
          PdzDate         **field,
          const PdzDate    *value,
          PdzPlanProperty   prop_id)
{
  if (_pdz_set_date (field, value))
    _pdz_plan_changed (self, prop_id);
}

/**
 * pdz_plan_get_id:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:id] of the plan.
 *
 * Returns: (nullable): the identifier, or %NULL if not set
 */
const char *
pdz_plan_get_id (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->id;
}

/**
 * pdz_plan_set_id:
 * @self: a plan
 * @id: (nullable): the new identifier
 *
 * Sets the [property@Pdz.Plan:id] of the plan.
 */
void
pdz_plan_set_id (PdzPlan    *self,
                 const char *id)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_string (self, &self->id, id, PDZ_PLAN_PROP_ID);
}

/**
 * pdz_plan_get_title:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:title] of the plan.
 *
 * Returns: (nullable): the title, or %NULL if not set
 */
const char *
pdz_plan_get_title (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->title;
}

/**
 * pdz_plan_set_title:
 * @self: a plan
 * @title: (nullable): the new title
 *
 * Sets the [property@Pdz.Plan:title] of the plan.
 */
void
pdz_plan_set_title (PdzPlan    *self,
                    const char *title)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_string (self, &self->title, title, PDZ_PLAN_PROP_TITLE);
}

/**
 * pdz_plan_get_description:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:description] of the plan.
 *
 * Returns: (nullable): the description, or %NULL if not set
 *
 * Since: 0.2
 */
const char *
pdz_plan_get_description (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->description;
}

/**
 * pdz_plan_set_description:
 * @self: a plan
 * @description: (nullable): the new description
 *
 * Sets the [property@Pdz.Plan:description] of the plan.
 *
 * Since: 0.2
 */
void
pdz_plan_set_description (PdzPlan    *self,
                          const char *description)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_string (self, &self->description, description, PDZ_PLAN_PROP_DESCRIPTION);
}

/**
 * pdz_plan_get_modified:
 * @self: a plan
 *
 * Gets whether the plan changed since it was loaded or last saved: see
 * [property@Pdz.Plan:modified].
 *
 * Returns: %TRUE if the plan has unsaved changes
 *
 * Since: 0.2
 */
gboolean
pdz_plan_get_modified (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);

  return self->modified;
}

/**
 * pdz_plan_get_ambito:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:ambito] of the plan.
 *
 * Returns: (nullable): the name of the ambito, or %NULL if not set
 */
const char *
pdz_plan_get_ambito (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->ambito;
}

/**
 * pdz_plan_set_ambito:
 * @self: a plan
 * @ambito: (nullable): the new name of the ambito
 *
 * Sets the [property@Pdz.Plan:ambito] of the plan.
 */
void
pdz_plan_set_ambito (PdzPlan    *self,
                     const char *ambito)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_string (self, &self->ambito, ambito, PDZ_PLAN_PROP_AMBITO);
}

/**
 * pdz_plan_get_language:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:language] of the plan.
 *
 * Returns: (nullable): an ISO 639-1 language code, or %NULL if not stated
 */
const char *
pdz_plan_get_language (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->language;
}

/**
 * pdz_plan_set_language:
 * @self: a plan
 * @language: (nullable): an ISO 639-1 language code, or %NULL
 *
 * Sets the [property@Pdz.Plan:language] of the plan.
 */
void
pdz_plan_set_language (PdzPlan    *self,
                       const char *language)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_string (self, &self->language, language, PDZ_PLAN_PROP_LANGUAGE);
}

/**
 * pdz_plan_get_start:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:start] of the plan period.
 *
 * Returns: (transfer none) (nullable): the start, or %NULL if not set
 */
const PdzDate *
pdz_plan_get_start (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->start;
}

/**
 * pdz_plan_set_start:
 * @self: a plan
 * @start: (nullable): the new start, or %NULL
 *
 * Sets the [property@Pdz.Plan:start] of the plan period. The date is
 * copied.
 */
void
pdz_plan_set_start (PdzPlan       *self,
                    const PdzDate *start)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_date (self, &self->start, start, PDZ_PLAN_PROP_START);
}

/**
 * pdz_plan_get_end:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:end] of the plan period.
 *
 * Returns: (transfer none) (nullable): the end, or %NULL if not set
 */
const PdzDate *
pdz_plan_get_end (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->end;
}

/**
 * pdz_plan_set_end:
 * @self: a plan
 * @end: (nullable): the new end, or %NULL
 *
 * Sets the [property@Pdz.Plan:end] of the plan period. The date is
 * copied.
 */
void
pdz_plan_set_end (PdzPlan       *self,
                  const PdzDate *end)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_date (self, &self->end, end, PDZ_PLAN_PROP_END);
}

/**
 * pdz_plan_get_lead_municipality:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:lead-municipality] of the plan.
 *
 * Returns: (transfer none) (nullable): the lead municipality, or %NULL
 */
PdzPartner *
pdz_plan_get_lead_municipality (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->lead_municipality;
}

/**
 * pdz_plan_set_lead_municipality:
 * @self: a plan
 * @lead_municipality: (nullable): a partner of the plan, or %NULL
 *
 * Sets the [property@Pdz.Plan:lead-municipality] of the plan. The plan
 * keeps a reference to the partner; [method@Pdz.Plan.validate] checks
 * that it is one of the plan's partners.
 */
void
pdz_plan_set_lead_municipality (PdzPlan    *self,
                                PdzPartner *lead_municipality)
{
  g_return_if_fail (PDZ_IS_PLAN (self));
  g_return_if_fail (lead_municipality == NULL || PDZ_IS_PARTNER (lead_municipality));

  if (_pdz_set_object (&self->lead_municipality, lead_municipality))
    _pdz_plan_changed (self, PDZ_PLAN_PROP_LEAD_MUNICIPALITY);
}

/**
 * pdz_plan_get_office:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:office] of the plan.
 *
 * Returns: (nullable): the name of the planning office, or %NULL
 */
const char *
pdz_plan_get_office (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->office;
}

/**
 * pdz_plan_set_office:
 * @self: a plan
 * @office: (nullable): the name of the planning office, or %NULL
 *
 * Sets the [property@Pdz.Plan:office] of the plan.
 */
void
pdz_plan_set_office (PdzPlan    *self,
                     const char *office)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_string (self, &self->office, office, PDZ_PLAN_PROP_OFFICE);
}

/**
 * pdz_plan_get_email:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:email] of the plan.
 *
 * Returns: (nullable): the e-mail address of the planning office, or %NULL
 */
const char *
pdz_plan_get_email (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->email;
}

/**
 * pdz_plan_set_email:
 * @self: a plan
 * @email: (nullable): the e-mail address of the planning office, or %NULL
 *
 * Sets the [property@Pdz.Plan:email] of the plan.
 */
void
pdz_plan_set_email (PdzPlan    *self,
                    const char *email)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_string (self, &self->email, email, PDZ_PLAN_PROP_EMAIL);
}

/**
 * pdz_plan_get_phone:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:phone] of the plan.
 *
 * Returns: (nullable): the telephone number of the planning office, or
 *   %NULL
 */
const char *
pdz_plan_get_phone (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->phone;
}

/**
 * pdz_plan_set_phone:
 * @self: a plan
 * @phone: (nullable): the telephone number of the planning office, or %NULL
 *
 * Sets the [property@Pdz.Plan:phone] of the plan.
 */
void
pdz_plan_set_phone (PdzPlan    *self,
                    const char *phone)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_string (self, &self->phone, phone, PDZ_PLAN_PROP_PHONE);
}

/**
 * pdz_plan_get_website:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:website] of the plan.
 *
 * Returns: (nullable): the web site address, or %NULL
 */
const char *
pdz_plan_get_website (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->website;
}

/**
 * pdz_plan_set_website:
 * @self: a plan
 * @website: (nullable): the web site address, or %NULL
 *
 * Sets the [property@Pdz.Plan:website] of the plan.
 */
void
pdz_plan_set_website (PdzPlan    *self,
                      const char *website)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_string (self, &self->website, website, PDZ_PLAN_PROP_WEBSITE);
}

/**
 * pdz_plan_get_monitoring_title:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:monitoring-title] of the plan.
 *
 * Returns: (nullable): the title of the monitoring round, or %NULL
 */
const char *
pdz_plan_get_monitoring_title (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->monitoring_title;
}

/**
 * pdz_plan_set_monitoring_title:
 * @self: a plan
 * @monitoring_title: (nullable): the title of the monitoring round, or %NULL
 *
 * Sets the [property@Pdz.Plan:monitoring-title] of the plan.
 */
void
pdz_plan_set_monitoring_title (PdzPlan    *self,
                               const char *monitoring_title)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_string (self, &self->monitoring_title, monitoring_title, PDZ_PLAN_PROP_MONITORING_TITLE);
}

/**
 * pdz_plan_get_monitoring_start:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:monitoring-start] of the plan.
 *
 * Returns: (transfer none) (nullable): the start of the monitoring round,
 *   or %NULL
 */
const PdzDate *
pdz_plan_get_monitoring_start (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->monitoring_start;
}

/**
 * pdz_plan_set_monitoring_start:
 * @self: a plan
 * @monitoring_start: (nullable): the start of the monitoring round, or %NULL
 *
 * Sets the [property@Pdz.Plan:monitoring-start] of the plan. The date is
 * copied.
 */
void
pdz_plan_set_monitoring_start (PdzPlan       *self,
                               const PdzDate *monitoring_start)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_date (self, &self->monitoring_start, monitoring_start, PDZ_PLAN_PROP_MONITORING_START);
}

/**
 * pdz_plan_get_monitoring_end:
 * @self: a plan
 *
 * Gets the [property@Pdz.Plan:monitoring-end] of the plan.
 *
 * Returns: (transfer none) (nullable): the end of the monitoring round, or
 *   %NULL
 */
const PdzDate *
pdz_plan_get_monitoring_end (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return self->monitoring_end;
}

/**
 * pdz_plan_set_monitoring_end:
 * @self: a plan
 * @monitoring_end: (nullable): the end of the monitoring round, or %NULL
 *
 * Sets the [property@Pdz.Plan:monitoring-end] of the plan. The date is
 * copied.
 */
void
pdz_plan_set_monitoring_end (PdzPlan       *self,
                             const PdzDate *monitoring_end)
{
  g_return_if_fail (PDZ_IS_PLAN (self));

  set_date (self, &self->monitoring_end, monitoring_end, PDZ_PLAN_PROP_MONITORING_END);
}

/* ----------------------------------------------------------------------
 * Entities: lists, adding, removing, lookups
 * ---------------------------------------------------------------------- */

/* Checks @entity, then appends it to @store, owned by @self. */
static gboolean
add_owned (PdzPlan     *self,
           PdzList     *store,
           gpointer     entity,
           GError     **error)
{
  if (!_pdz_plan_check_new_entity (self, G_LIST_MODEL (store), entity, error))
    return FALSE;

  _pdz_entity_add_owned (self, store, entity);
  return TRUE;
}

/* Removes @entity, owned by @self, from @store unless something still
 * references it. */
static gboolean
remove_owned (PdzPlan     *self,
              PdzList     *store,
              gpointer     entity,
              GError     **error)
{
  if (!_pdz_plan_check_unreferenced (self, entity, error))
    return FALSE;

  if (!_pdz_entity_remove_owned (self, store, entity))
    g_return_val_if_reached (FALSE);

  return TRUE;
}

/* ----------------------------------------------------------------------
 * Macroareas
 * ---------------------------------------------------------------------- */

/**
 * pdz_plan_get_macroareas:
 * @self: a plan
 *
 * Gets the policy areas of the plan.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Macroarea]; it emits
 * [signal@Gio.ListModel::items-changed] when macroareas are added or
 * removed.
 *
 * Returns: (transfer none): the macroareas
 */
GListModel *
pdz_plan_get_macroareas (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->macroareas);
}

/**
 * pdz_plan_add_macroarea:
 * @self: a plan
 * @macroarea: a macroarea that belongs to nothing yet
 * @error: return location for a [error@Pdz.Error]
 *
 * Appends @macroarea to the macroareas of the plan, which takes ownership
 * of it. It needs a non-empty id (else %PDZ_ERROR_INVALID_VALUE) that no
 * other macroarea of the plan has (else %PDZ_ERROR_DUPLICATE_ID).
 *
 * Returns: %TRUE if the macroarea was added, %FALSE with @error set if not
 */
gboolean
pdz_plan_add_macroarea (PdzPlan       *self,
                        PdzMacroarea  *macroarea,
                        GError       **error)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_MACROAREA (macroarea), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (macroarea) == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_owned (self, self->macroareas, macroarea, error);
}

/**
 * pdz_plan_remove_macroarea:
 * @self: a plan
 * @macroarea: a macroarea of the plan
 * @error: return location for a [error@Pdz.Error]
 *
 * Removes @macroarea from the plan, unless an objective still refers to
 * it: then it fails with %PDZ_ERROR_CONFLICT, naming the first such
 * objective by its JSON pointer.
 *
 * Returns: %TRUE if the macroarea was removed, %FALSE with @error set if not
 */
gboolean
pdz_plan_remove_macroarea (PdzPlan       *self,
                           PdzMacroarea  *macroarea,
                           GError       **error)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_MACROAREA (macroarea), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (macroarea) == G_OBJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return remove_owned (self, self->macroareas, macroarea, error);
}

/**
 * pdz_plan_lookup_macroarea:
 * @self: a plan
 * @id: the id of a macroarea
 *
 * Finds the macroarea of the plan with the given id.
 *
 * Returns: (transfer none) (nullable): the macroarea, or %NULL if none has
 *   that id
 */
PdzMacroarea *
pdz_plan_lookup_macroarea (PdzPlan    *self,
                           const char *id)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _pdz_plan_lookup_id (self, PDZ_KIND_MACROAREA, id);
}

/* ----------------------------------------------------------------------
 * Objectives
 * ---------------------------------------------------------------------- */

/**
 * pdz_plan_get_objectives:
 * @self: a plan
 *
 * Gets the objectives of the plan, in the plan's order.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Objective]; it emits
 * [signal@Gio.ListModel::items-changed] when objectives are added or
 * removed.
 *
 * Returns: (transfer none): the objectives
 */
GListModel *
pdz_plan_get_objectives (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->objectives);
}

/**
 * pdz_plan_add_objective:
 * @self: a plan
 * @objective: an objective that belongs to nothing yet
 * @error: return location for a [error@Pdz.Error]
 *
 * Appends @objective, with its actions and indicators, to the objectives
 * of the plan, which takes ownership of it.
 *
 * The objective, each of its actions and each of its indicators need a
 * non-empty id (else %PDZ_ERROR_INVALID_VALUE) that no other entity of the
 * same kind in the plan has (else %PDZ_ERROR_DUPLICATE_ID).
 *
 * Returns: %TRUE if the objective was added, %FALSE with @error set if not
 */
gboolean
pdz_plan_add_objective (PdzPlan       *self,
                        PdzObjective  *objective,
                        GError       **error)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (objective), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (objective) == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_owned (self, self->objectives, objective, error);
}

/**
 * pdz_plan_remove_objective:
 * @self: a plan
 * @objective: an objective of the plan
 * @error: return location for a [error@Pdz.Error]
 *
 * Removes @objective, with its actions and indicators, from the plan,
 * unless a project still refers to it: then it fails with
 * %PDZ_ERROR_CONFLICT, naming the first such reference by its JSON
 * pointer.
 *
 * Returns: %TRUE if the objective was removed, %FALSE with @error set if not
 */
gboolean
pdz_plan_remove_objective (PdzPlan       *self,
                           PdzObjective  *objective,
                           GError       **error)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_OBJECTIVE (objective), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (objective) == G_OBJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return remove_owned (self, self->objectives, objective, error);
}

/**
 * pdz_plan_lookup_objective:
 * @self: a plan
 * @id: the id of an objective
 *
 * Finds the objective of the plan with the given id.
 *
 * Returns: (transfer none) (nullable): the objective, or %NULL if none has
 *   that id
 */
PdzObjective *
pdz_plan_lookup_objective (PdzPlan    *self,
                           const char *id)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _pdz_plan_lookup_id (self, PDZ_KIND_OBJECTIVE, id);
}

/* ----------------------------------------------------------------------
 * Projects
 * ---------------------------------------------------------------------- */

/**
 * pdz_plan_get_projects:
 * @self: a plan
 *
 * Gets the projects of the plan.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Project]; it emits
 * [signal@Gio.ListModel::items-changed] when projects are added or
 * removed.
 *
 * Returns: (transfer none): the projects
 */
GListModel *
pdz_plan_get_projects (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->projects);
}

/**
 * pdz_plan_add_project:
 * @self: a plan
 * @project: a project that belongs to nothing yet
 * @error: return location for a [error@Pdz.Error]
 *
 * Appends @project, with the actions carried out within it, to the
 * projects of the plan, which takes ownership of it.
 *
 * The project and each of its actions need a non-empty id (else
 * %PDZ_ERROR_INVALID_VALUE) that no other entity of the same kind in the
 * plan has (else %PDZ_ERROR_DUPLICATE_ID).
 *
 * Returns: %TRUE if the project was added, %FALSE with @error set if not
 */
gboolean
pdz_plan_add_project (PdzPlan     *self,
                      PdzProject  *project,
                      GError     **error)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (project) == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_owned (self, self->projects, project, error);
}

/**
 * pdz_plan_remove_project:
 * @self: a plan
 * @project: a project of the plan
 * @error: return location for a [error@Pdz.Error]
 *
 * Removes @project, with the actions carried out within it, from the
 * plan, unless an action still refers to it (one of its own actions
 * included): then it fails with %PDZ_ERROR_CONFLICT, naming the first
 * such reference by its JSON pointer.
 *
 * Returns: %TRUE if the project was removed, %FALSE with @error set if not
 */
gboolean
pdz_plan_remove_project (PdzPlan     *self,
                         PdzProject  *project,
                         GError     **error)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (project) == G_OBJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return remove_owned (self, self->projects, project, error);
}

/**
 * pdz_plan_lookup_project:
 * @self: a plan
 * @id: the id of a project
 *
 * Finds the project of the plan with the given id.
 *
 * Returns: (transfer none) (nullable): the project, or %NULL if none has
 *   that id
 */
PdzProject *
pdz_plan_lookup_project (PdzPlan    *self,
                         const char *id)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _pdz_plan_lookup_id (self, PDZ_KIND_PROJECT, id);
}

/* ----------------------------------------------------------------------
 * Partners and municipalities
 * ---------------------------------------------------------------------- */

/**
 * pdz_plan_get_partners:
 * @self: a plan
 *
 * Gets every organisation the plan names.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Partner]; it emits
 * [signal@Gio.ListModel::items-changed] when partners are added or
 * removed.
 *
 * Returns: (transfer none): the partners
 */
GListModel *
pdz_plan_get_partners (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->partners);
}

/**
 * pdz_plan_add_partner:
 * @self: a plan
 * @partner: a partner that belongs to nothing yet
 * @error: return location for a [error@Pdz.Error]
 *
 * Appends @partner to the partners of the plan, which takes ownership of
 * it. It needs a non-empty id (else %PDZ_ERROR_INVALID_VALUE) that no
 * other partner of the plan has (else %PDZ_ERROR_DUPLICATE_ID).
 *
 * Returns: %TRUE if the partner was added, %FALSE with @error set if not
 */
gboolean
pdz_plan_add_partner (PdzPlan     *self,
                      PdzPartner  *partner,
                      GError     **error)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PARTNER (partner), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (partner) == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return add_owned (self, self->partners, partner, error);
}

/**
 * pdz_plan_remove_partner:
 * @self: a plan
 * @partner: a partner of the plan
 * @error: return location for a [error@Pdz.Error]
 *
 * Removes @partner from the plan, unless something still refers to it: a
 * participation (of an objective, an action or a project), the lead of a
 * project, the plan's lead municipality or its list of municipalities.
 * Then it fails with %PDZ_ERROR_CONFLICT, naming the first such reference
 * by its JSON pointer, e.g. `/objectives/1/actions/0/partners/0`.
 *
 * Returns: %TRUE if the partner was removed, %FALSE with @error set if not
 */
gboolean
pdz_plan_remove_partner (PdzPlan     *self,
                         PdzPartner  *partner,
                         GError     **error)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PARTNER (partner), FALSE);
  g_return_val_if_fail (_pdz_entity_get_owner (partner) == G_OBJECT (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return remove_owned (self, self->partners, partner, error);
}

/**
 * pdz_plan_lookup_partner:
 * @self: a plan
 * @id: the id of a partner
 *
 * Finds the partner of the plan with the given id.
 *
 * Returns: (transfer none) (nullable): the partner, or %NULL if none has
 *   that id
 */
PdzPartner *
pdz_plan_lookup_partner (PdzPlan    *self,
                         const char *id)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _pdz_plan_lookup_id (self, PDZ_KIND_PARTNER, id);
}

/**
 * pdz_plan_get_municipalities:
 * @self: a plan
 *
 * Gets the member municipalities of the ambito. These are references to
 * partners of the plan.
 *
 * The list is a [iface@Gio.ListModel] of [class@Pdz.Partner]; it emits
 * [signal@Gio.ListModel::items-changed] when municipalities are added or
 * removed.
 *
 * Returns: (transfer none): the municipalities
 */
GListModel *
pdz_plan_get_municipalities (PdzPlan *self)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->municipalities);
}

/**
 * pdz_plan_add_municipality:
 * @self: a plan
 * @partner: a partner of the plan
 * @error: return location for a [error@Pdz.Error]
 *
 * Appends @partner to the member municipalities of the ambito. The
 * partner must be one of the plan's partners (else
 * %PDZ_ERROR_DANGLING_REFERENCE). Adding a municipality already listed
 * does nothing and succeeds.
 *
 * Returns: %TRUE if the partner is now listed, %FALSE with @error set if
 *   not
 */
gboolean
pdz_plan_add_municipality (PdzPlan     *self,
                           PdzPartner  *partner,
                           GError     **error)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PARTNER (partner), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (_pdz_entity_get_owner (partner) != G_OBJECT (self))
    {
      const char *id = pdz_partner_get_id (partner);

      g_autofree char *quoted = _pdz_text_quote (id, -1, 0, PDZ_QUOTE_JSON);

      g_set_error (error, PDZ_ERROR, PDZ_ERROR_DANGLING_REFERENCE,
                   "partner \"%s\" is not a partner of the plan", quoted);
      return FALSE;
    }

  _pdz_entity_add_ref (self, self->municipalities, partner);
  return TRUE;
}

/**
 * pdz_plan_remove_municipality:
 * @self: a plan
 * @partner: a partner
 * @error: return location for a [error@Pdz.Error]
 *
 * Removes @partner from the member municipalities of the ambito. The
 * partner stays one of the plan's partners, and stays the lead
 * municipality if it is. A partner that is not a member fails with
 * %PDZ_ERROR_INVALID_VALUE.
 *
 * Returns: %TRUE if it was removed, %FALSE with @error set if not
 */
gboolean
pdz_plan_remove_municipality (PdzPlan     *self,
                              PdzPartner  *partner,
                              GError     **error)
{
  const char *id;

  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PARTNER (partner), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  id = pdz_partner_get_id (partner);
  if (!_pdz_entity_remove_ref (self, self->municipalities, partner))
    {
      g_autofree char *quoted = _pdz_text_quote (id, -1, 0, PDZ_QUOTE_JSON);

      g_set_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                   "partner \"%s\" is not a member municipality", quoted);
      return FALSE;
    }

  return TRUE;
}

/* ----------------------------------------------------------------------
 * Lookups of entities owned by objectives and projects
 * ---------------------------------------------------------------------- */

/**
 * pdz_plan_lookup_action:
 * @self: a plan
 * @id: the id of an action
 *
 * Finds the action of the plan with the given id, among the actions of
 * its objectives and those carried out within its projects.
 *
 * Returns: (transfer none) (nullable): the action, or %NULL if none has
 *   that id
 */
PdzAction *
pdz_plan_lookup_action (PdzPlan    *self,
                        const char *id)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _pdz_plan_lookup_id (self, PDZ_KIND_ACTION, id);
}

/**
 * pdz_plan_lookup_indicator:
 * @self: a plan
 * @id: the id of an indicator
 *
 * Finds the indicator of the plan with the given id, among the indicators
 * of its objectives.
 *
 * Returns: (transfer none) (nullable): the indicator, or %NULL if none has
 *   that id
 */
PdzIndicator *
pdz_plan_lookup_indicator (PdzPlan    *self,
                           const char *id)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return _pdz_plan_lookup_id (self, PDZ_KIND_INDICATOR, id);
}

/**
 * pdz_plan_dup_pointer:
 * @self: a plan
 * @entity: a partner, macroarea, objective, indicator, project or action
 *
 * Gets where @entity stands in the plan's file: its JSON pointer (RFC
 * 6901), e.g. "/objectives/3/actions/2" for the third action of the fourth
 * objective, or "/projects/1/actions/0" for an action carried out in a
 * project. These are the pointers that [class@Pdz.Diagnostic]s and error
 * messages name.
 *
 * Returns: (transfer full) (nullable): the pointer, or %NULL if @entity is
 *   not one of the plan's partners, macroareas, objectives, indicators,
 *   projects or actions
 */
char *
pdz_plan_dup_pointer (PdzPlan *self,
                      GObject *entity)
{
  g_autoptr(PdzPlanIndex) index = NULL;

  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);
  g_return_val_if_fail (G_IS_OBJECT (entity), NULL);

  index = _pdz_plan_index_get (self);
  return g_strdup (_pdz_plan_index_get_pointer (index, entity));
}
