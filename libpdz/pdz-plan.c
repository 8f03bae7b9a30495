/* pdz-plan.c: a Piano di Zona and its monitoring round
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-entity-private.h"
#include "pdz-plan-private.h"

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
 * g_autoptr(PdzPlan) plan = pdz_plan_new_from_file ("corsichese.json", &error);
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
 * caller.
 */
G_DEFINE_FINAL_TYPE (PdzPlan, pdz_plan, G_TYPE_OBJECT)

static GParamSpec *properties[PDZ_PLAN_N_PROPS];

/* The plan is touched before the notification, so that a handler which
 * looks something up in the plan already sees the new value. */
void
_pdz_plan_changed (PdzPlan         *plan,
                   PdzPlanProperty  prop_id)
{
  _pdz_plan_touch (plan);
  g_object_notify_by_pspec (G_OBJECT (plan), properties[prop_id]);
}

/* ----------------------------------------------------------------------
 * GObject
 * ---------------------------------------------------------------------- */

static void
clear_store (GListModel *model)
{
  if (model != NULL && g_list_model_get_n_items (model) > 0)
    g_list_store_remove_all (G_LIST_STORE (model));
}

static void
clear_action_projects (GListModel *actions)
{
  guint n = g_list_model_get_n_items (actions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (actions, i);

      clear_store (pdz_action_get_projects (action));
    }
}

/* Clears the references that may form cycles, project -> objective ->
 * action -> project, so that disposing of the plan frees them all. */
static void
plan_break_cycles (PdzPlan *self)
{
  guint n;

  if (self->objectives != NULL)
    {
      n = g_list_model_get_n_items (G_LIST_MODEL (self->objectives));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PdzObjective) objective = g_list_model_get_item (G_LIST_MODEL (self->objectives), i);
          GListModel *actions = pdz_objective_get_actions (objective);

          if (actions != NULL)
            clear_action_projects (actions);
        }
    }

  if (self->projects != NULL)
    {
      n = g_list_model_get_n_items (G_LIST_MODEL (self->projects));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PdzProject) project = g_list_model_get_item (G_LIST_MODEL (self->projects), i);
          GListModel *actions = pdz_project_get_actions (project);

          if (actions != NULL)
            clear_action_projects (actions);
          clear_store (pdz_project_get_objectives (project));
        }
    }
}

static void
pdz_plan_dispose (GObject *object)
{
  PdzPlan *self = PDZ_PLAN (object);

  /* The indexes first: they borrow ids and hold entities. */
  if (self->indexes != NULL)
    _pdz_plan_indexes_clear (self->indexes);
  plan_break_cycles (self);

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
  g_clear_pointer (&self->monitoring_title, g_free);
  g_clear_pointer (&self->monitoring_start, pdz_date_free);
  g_clear_pointer (&self->monitoring_end, pdz_date_free);
  g_clear_pointer (&self->indexes, _pdz_plan_indexes_free);

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

static void
pdz_plan_class_init (PdzPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

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

  g_object_class_install_properties (object_class, PDZ_PLAN_N_PROPS, properties);
}

static void
pdz_plan_init (PdzPlan *self)
{
  self->macroareas = g_list_store_new (PDZ_TYPE_MACROAREA);
  self->objectives = g_list_store_new (PDZ_TYPE_OBJECTIVE);
  self->projects = g_list_store_new (PDZ_TYPE_PROJECT);
  self->partners = g_list_store_new (PDZ_TYPE_PARTNER);
  self->municipalities = g_list_store_new (PDZ_TYPE_PARTNER);
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

