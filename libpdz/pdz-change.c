/* pdz-change.c: one change between two monitoring rounds of a plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-diff-private.h"

#include "pdz-language-private.h"
#include "pdz-text-private.h"

#include <string.h>

/**
 * PdzChange:
 *
 * One change between two monitoring rounds of a plan, an item of
 * [method@Pdz.Diff.get_changes]: an entity [enum@Pdz.ChangeKind.ADDED],
 * [enum@Pdz.ChangeKind.REMOVED], [enum@Pdz.ChangeKind.MOVED], or one of
 * its members [enum@Pdz.ChangeKind.CHANGED].
 *
 * A change names its entity by its kind ([property@Pdz.Change:entity-kind])
 * and its id ([property@Pdz.Change:id]). The entities without an id — a
 * milestone, a participation, a funding, a measurement — are named by the
 * entity that holds them (the owner) and by themselves as they were
 * ([property@Pdz.Change:old-entity]): a participation by its partner and
 * role, a funding by its source, amount and status, a milestone by its
 * date and title, a measurement by its date, value and note. The format
 * reference, `doc/format.md` ("Comparing two rounds"), gives every rule.
 *
 * Where the entity is in each file is a JSON pointer
 * ([property@Pdz.Change:old-pointer], [property@Pdz.Change:new-pointer]);
 * a change of a member gives the member's name in the format
 * ([property@Pdz.Change:member]: `status`, `end-date`, `x-note`) and its
 * two values ([method@Pdz.Change.get_old_value],
 * [method@Pdz.Change.get_new_value]). [method@Pdz.Change.dup_display]
 * says the change in a sentence, in Italian or English.
 *
 * A change never changes once made.
 *
 * Since: 0.2
 */

G_DEFINE_FINAL_TYPE (PdzChange, pdz_change, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_ENTITY_KIND,
  PROP_ID,
  PROP_TITLE,
  PROP_OLD_OWNER_KIND,
  PROP_OLD_OWNER_ID,
  PROP_NEW_OWNER_KIND,
  PROP_NEW_OWNER_ID,
  PROP_OLD_POINTER,
  PROP_NEW_POINTER,
  PROP_MEMBER,
  PROP_OLD_ENTITY,
  PROP_NEW_ENTITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pdz_change_finalize (GObject *object)
{
  PdzChange *self = PDZ_CHANGE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->old_owner_id, g_free);
  g_clear_pointer (&self->new_owner_id, g_free);
  g_clear_pointer (&self->old_pointer, g_free);
  g_clear_pointer (&self->new_pointer, g_free);
  g_clear_pointer (&self->member, g_free);
  g_clear_pointer (&self->language, g_free);
  if (G_IS_VALUE (&self->old_value))
    g_value_unset (&self->old_value);
  if (G_IS_VALUE (&self->new_value))
    g_value_unset (&self->new_value);
  g_clear_object (&self->old_entity);
  g_clear_object (&self->new_entity);

  G_OBJECT_CLASS (pdz_change_parent_class)->finalize (object);
}

static void
pdz_change_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PdzChange *self = PDZ_CHANGE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_ENTITY_KIND:
      g_value_set_enum (value, self->entity_kind);
      break;
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_OLD_OWNER_KIND:
      g_value_set_enum (value, pdz_change_get_old_owner_kind (self));
      break;
    case PROP_OLD_OWNER_ID:
      g_value_set_string (value, self->old_owner_id);
      break;
    case PROP_NEW_OWNER_KIND:
      g_value_set_enum (value, pdz_change_get_new_owner_kind (self));
      break;
    case PROP_NEW_OWNER_ID:
      g_value_set_string (value, self->new_owner_id);
      break;
    case PROP_OLD_POINTER:
      g_value_set_string (value, self->old_pointer);
      break;
    case PROP_NEW_POINTER:
      g_value_set_string (value, self->new_pointer);
      break;
    case PROP_MEMBER:
      g_value_set_string (value, self->member);
      break;
    case PROP_OLD_ENTITY:
      g_value_set_object (value, self->old_entity);
      break;
    case PROP_NEW_ENTITY:
      g_value_set_object (value, self->new_entity);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_change_class_init (PdzChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pdz_change_finalize;
  object_class->get_property = pdz_change_get_property;

  /**
   * PdzChange:kind:
   *
   * What happened to the entity: added, removed, changed or moved.
   *
   * Since: 0.2
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PDZ_TYPE_CHANGE_KIND, PDZ_CHANGE_KIND_CHANGED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzChange:entity-kind:
   *
   * The kind of entity that changed. A sub-action is an action.
   *
   * Since: 0.2
   */
  properties[PROP_ENTITY_KIND] =
    g_param_spec_enum ("entity-kind", NULL, NULL,
                       PDZ_TYPE_ENTITY_KIND, PDZ_ENTITY_KIND_PLAN,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzChange:id:
   *
   * The id of the entity, the same in both rounds; %NULL for the plan
   * itself (its `id` is a member that may change) and for the kinds of
   * entity without an id (milestones, participations, fundings,
   * measurements), which [property@Pdz.Change:old-owner-id] and
   * [property@Pdz.Change:old-entity] name instead.
   *
   * Since: 0.2
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzChange:title:
   *
   * What names the entity for people, as the new round has it (the old
   * one for a removed entity): the title of an action, an objective, a
   * project, a macroarea, an indicator, a milestone or the plan; the name
   * of a partner, or of the partner of a participation; the source of a
   * funding; the date of a measurement. %NULL when the entity has none.
   *
   * Since: 0.2
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzChange:old-owner-kind:
   *
   * The kind of the entity that held this one in the old round: an
   * objective, a project or an action for an action, an objective for an
   * indicator, an action for a milestone, and so on;
   * [enum@Pdz.EntityKind.PLAN] for the entities the plan holds (partners,
   * macroareas, objectives, projects), the plan itself, and an added
   * entity.
   *
   * Since: 0.2
   */
  properties[PROP_OLD_OWNER_KIND] =
    g_param_spec_enum ("old-owner-kind", NULL, NULL,
                       PDZ_TYPE_ENTITY_KIND, PDZ_ENTITY_KIND_PLAN,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzChange:old-owner-id:
   *
   * The id of the entity that held this one in the old round, or %NULL
   * when [property@Pdz.Change:old-owner-kind] is the plan.
   *
   * Since: 0.2
   */
  properties[PROP_OLD_OWNER_ID] =
    g_param_spec_string ("old-owner-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzChange:new-owner-kind:
   *
   * The kind of the entity that holds this one in the new round, as
   * [property@Pdz.Change:old-owner-kind] for the old;
   * [enum@Pdz.EntityKind.PLAN] for a removed entity.
   *
   * Since: 0.2
   */
  properties[PROP_NEW_OWNER_KIND] =
    g_param_spec_enum ("new-owner-kind", NULL, NULL,
                       PDZ_TYPE_ENTITY_KIND, PDZ_ENTITY_KIND_PLAN,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzChange:new-owner-id:
   *
   * The id of the entity that holds this one in the new round, or %NULL
   * when [property@Pdz.Change:new-owner-kind] is the plan.
   *
   * Since: 0.2
   */
  properties[PROP_NEW_OWNER_ID] =
    g_param_spec_string ("new-owner-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzChange:old-pointer:
   *
   * Where the entity is in the old round's file, a JSON pointer (RFC
   * 6901) such as `/objectives/3/actions/2`, `""` for the plan itself;
   * %NULL for an added entity.
   *
   * Since: 0.2
   */
  properties[PROP_OLD_POINTER] =
    g_param_spec_string ("old-pointer", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzChange:new-pointer:
   *
   * Where the entity is in the new round's file; %NULL for a removed
   * entity.
   *
   * Since: 0.2
   */
  properties[PROP_NEW_POINTER] =
    g_param_spec_string ("new-pointer", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzChange:member:
   *
   * For a change of a member, its name in the plan format: `title`,
   * `status`, `end-date`, `projects`, `x-note`; the members of the plan's
   * `contacts` and `monitoring` objects are `contacts/email`,
   * `monitoring/end`. %NULL for the other kinds of change.
   *
   * Since: 0.2
   */
  properties[PROP_MEMBER] =
    g_param_spec_string ("member", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzChange:old-entity:
   *
   * The entity as it was, a copy that belongs to no plan: for a removed
   * entity, with what it held (but not what moved out of it); for a change
   * or a move of an entity without an id, its members before the change,
   * which name it. %NULL otherwise.
   *
   * In a diff read from a file, the references of the copy (a
   * participation's partner, an action's projects) are stand-ins that hold
   * only the id.
   *
   * Since: 0.2
   */
  properties[PROP_OLD_ENTITY] =
    g_param_spec_object ("old-entity", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzChange:new-entity:
   *
   * For an added entity, the entity as it is in the new round, a copy
   * that belongs to no plan, with what it holds (but not what moved into
   * it, which the diff lists as moved). %NULL otherwise.
   *
   * Since: 0.2
   */
  properties[PROP_NEW_ENTITY] =
    g_param_spec_object ("new-entity", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_change_init (PdzChange *self)
{
}

PdzChange *
_pdz_change_new (PdzChangeKind  kind,
                 PdzEntityKind  entity_kind,
                 const char    *language)
{
  PdzChange *self = g_object_new (PDZ_TYPE_CHANGE, NULL);

  self->kind = kind;
  self->entity_kind = entity_kind;
  self->language = g_strdup (language != NULL ? language : "it");
  return self;
}

const PdzMember *
_pdz_change_lookup_member (PdzChange *change)
{
  if (change->kind != PDZ_CHANGE_KIND_CHANGED || change->member == NULL)
    return NULL;
  return _pdz_member_lookup (change->entity_kind, change->member);
}

/**
 * pdz_change_get_kind:
 * @self: a change
 *
 * Gets [property@Pdz.Change:kind].
 *
 * Returns: what happened to the entity
 *
 * Since: 0.2
 */
PdzChangeKind
pdz_change_get_kind (PdzChange *self)
{
  g_return_val_if_fail (PDZ_IS_CHANGE (self), PDZ_CHANGE_KIND_CHANGED);

  return self->kind;
}

/**
 * pdz_change_get_entity_kind:
 * @self: a change
 *
 * Gets [property@Pdz.Change:entity-kind].
 *
 * Returns: the kind of entity that changed
 *
 * Since: 0.2
 */
PdzEntityKind
pdz_change_get_entity_kind (PdzChange *self)
{
  g_return_val_if_fail (PDZ_IS_CHANGE (self), PDZ_ENTITY_KIND_PLAN);

  return self->entity_kind;
}

/**
 * pdz_change_get_id:
 * @self: a change
 *
 * Gets [property@Pdz.Change:id].
 *
 * Returns: (nullable): the id of the entity
 *
 * Since: 0.2
 */
const char *
pdz_change_get_id (PdzChange *self)
{
  g_return_val_if_fail (PDZ_IS_CHANGE (self), NULL);

  return self->id;
}

/**
 * pdz_change_get_title:
 * @self: a change
 *
 * Gets [property@Pdz.Change:title].
 *
 * Returns: (nullable): what names the entity for people
 *
 * Since: 0.2
 */
const char *
pdz_change_get_title (PdzChange *self)
{
  g_return_val_if_fail (PDZ_IS_CHANGE (self), NULL);

  return self->title;
}

/**
 * pdz_change_get_old_owner_kind:
 * @self: a change
 *
 * Gets [property@Pdz.Change:old-owner-kind].
 *
 * Returns: the kind of the entity that held this one in the old round
 *
 * Since: 0.2
 */
PdzEntityKind
pdz_change_get_old_owner_kind (PdzChange *self)
{
  g_return_val_if_fail (PDZ_IS_CHANGE (self), PDZ_ENTITY_KIND_PLAN);

  return self->has_old_owner ? self->old_owner_kind : PDZ_ENTITY_KIND_PLAN;
}

/**
 * pdz_change_get_old_owner_id:
 * @self: a change
 *
 * Gets [property@Pdz.Change:old-owner-id].
 *
 * Returns: (nullable): the id of the entity that held this one in the old round
 *
 * Since: 0.2
 */
const char *
pdz_change_get_old_owner_id (PdzChange *self)
{
  g_return_val_if_fail (PDZ_IS_CHANGE (self), NULL);

  return self->old_owner_id;
}

/**
 * pdz_change_get_new_owner_kind:
 * @self: a change
 *
 * Gets [property@Pdz.Change:new-owner-kind].
 *
 * Returns: the kind of the entity that holds this one in the new round
 *
 * Since: 0.2
 */
PdzEntityKind
pdz_change_get_new_owner_kind (PdzChange *self)
{
  g_return_val_if_fail (PDZ_IS_CHANGE (self), PDZ_ENTITY_KIND_PLAN);

  return self->has_new_owner ? self->new_owner_kind : PDZ_ENTITY_KIND_PLAN;
}

/**
 * pdz_change_get_new_owner_id:
 * @self: a change
 *
 * Gets [property@Pdz.Change:new-owner-id].
 *
 * Returns: (nullable): the id of the entity that holds this one in the new round
 *
 * Since: 0.2
 */
const char *
pdz_change_get_new_owner_id (PdzChange *self)
{
  g_return_val_if_fail (PDZ_IS_CHANGE (self), NULL);

  return self->new_owner_id;
}

/**
 * pdz_change_get_old_pointer:
 * @self: a change
 *
 * Gets [property@Pdz.Change:old-pointer].
 *
 * Returns: (nullable): the JSON pointer of the entity in the old round's file
 *
 * Since: 0.2
 */
const char *
pdz_change_get_old_pointer (PdzChange *self)
{
  g_return_val_if_fail (PDZ_IS_CHANGE (self), NULL);

  return self->old_pointer;
}

/**
 * pdz_change_get_new_pointer:
 * @self: a change
 *
 * Gets [property@Pdz.Change:new-pointer].
 *
 * Returns: (nullable): the JSON pointer of the entity in the new round's file
 *
 * Since: 0.2
 */
const char *
pdz_change_get_new_pointer (PdzChange *self)
{
  g_return_val_if_fail (PDZ_IS_CHANGE (self), NULL);

  return self->new_pointer;
}

/**
 * pdz_change_get_member:
 * @self: a change
 *
 * Gets [property@Pdz.Change:member].
 *
 * Returns: (nullable): the name of the member that changed
 *
 * Since: 0.2
 */
const char *
pdz_change_get_member (PdzChange *self)
{
  g_return_val_if_fail (PDZ_IS_CHANGE (self), NULL);

  return self->member;
}

static gboolean
get_value (const GValue *from,
           GValue       *value)
{
  if (!G_IS_VALUE (from))
    {
      g_value_init (value, G_TYPE_STRING);
      return FALSE;
    }
  g_value_init (value, G_VALUE_TYPE (from));
  g_value_copy (from, value);
  return TRUE;
}

/**
 * pdz_change_get_old_value:
 * @self: a change
 * @value: (out caller-allocates): where to store the value
 *
 * Gets the value of [property@Pdz.Change:member] in the old round, for a
 * change of a member. The type of @value follows the member:
 *
 * - text (`title`, `description`, …): a string, %NULL when not stated;
 * - an enumeration (`status`, `origin`, `role`, `scope`, `kind`): its
 *   GEnum type ([enum@Pdz.Status], [enum@Pdz.Origin], …), the
 *   `NOT_STATED` value when not stated;
 * - a date: a [struct@Pdz.Date], %NULL when not stated;
 * - an amount: a 64-bit integer of euro cents, %PDZ_AMOUNT_UNKNOWN when
 *   not stated; a measured value: a double;
 * - a reference (`macroarea`, `lead`, `lead-municipality`): the id, a
 *   string; a list of references (`projects`, `objectives`,
 *   `municipalities`) or of strings (`links`, `interventions`): a string
 *   array, %NULL when empty;
 * - a `baseline` or `target`: a [class@Pdz.Measurement] that belongs to
 *   no indicator;
 * - an `x-` member: its JSON text, %NULL when absent.
 *
 * For the other kinds of change there is no value: @value then holds a
 * %NULL string, so that bindings get their null value.
 *
 * Returns: %TRUE if the change has an old value
 *
 * Since: 0.2
 */
gboolean
pdz_change_get_old_value (PdzChange *self,
                          GValue    *value)
{
  g_return_val_if_fail (PDZ_IS_CHANGE (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  return get_value (&self->old_value, value);
}

/**
 * pdz_change_get_new_value:
 * @self: a change
 * @value: (out caller-allocates): where to store the value
 *
 * Gets the value of [property@Pdz.Change:member] in the new round, as
 * [method@Pdz.Change.get_old_value] gets the old.
 *
 * Returns: %TRUE if the change has a new value
 *
 * Since: 0.2
 */
gboolean
pdz_change_get_new_value (PdzChange *self,
                          GValue    *value)
{
  g_return_val_if_fail (PDZ_IS_CHANGE (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  return get_value (&self->new_value, value);
}

/**
 * pdz_change_get_old_entity:
 * @self: a change
 *
 * Gets [property@Pdz.Change:old-entity].
 *
 * Returns: (transfer none) (nullable): the entity as it was
 *
 * Since: 0.2
 */
GObject *
pdz_change_get_old_entity (PdzChange *self)
{
  g_return_val_if_fail (PDZ_IS_CHANGE (self), NULL);

  return self->old_entity;
}

/**
 * pdz_change_get_new_entity:
 * @self: a change
 *
 * Gets [property@Pdz.Change:new-entity].
 *
 * Returns: (transfer none) (nullable): the entity added
 *
 * Since: 0.2
 */
GObject *
pdz_change_get_new_entity (PdzChange *self)
{
  g_return_val_if_fail (PDZ_IS_CHANGE (self), NULL);

  return self->new_entity;
}

/* --- Display ----------------------------------------------------------------- */

/* The words of a change's line that are a comparison's own: the kinds of
 * entity and the members, in Italian and English. The values' labels are
 * the reports' (pdz_enum_get_label(), pdz_format_amount()). */
typedef struct {
  const char *it;
  const char *en;
} Words;

static const Words kind_words[] = {
  [PDZ_ENTITY_KIND_PLAN] = { "piano", "plan" },
  [PDZ_ENTITY_KIND_MACROAREA] = { "macroarea", "policy area" },
  [PDZ_ENTITY_KIND_OBJECTIVE] = { "obiettivo", "objective" },
  [PDZ_ENTITY_KIND_ACTION] = { "azione", "action" },
  [PDZ_ENTITY_KIND_MILESTONE] = { "tappa", "milestone" },
  [PDZ_ENTITY_KIND_PROJECT] = { "progetto", "project" },
  [PDZ_ENTITY_KIND_PARTNER] = { "partner", "partner" },
  [PDZ_ENTITY_KIND_PARTICIPATION] = { "partecipazione", "participation" },
  [PDZ_ENTITY_KIND_FUNDING] = { "finanziamento", "funding" },
  [PDZ_ENTITY_KIND_INDICATOR] = { "indicatore", "indicator" },
  [PDZ_ENTITY_KIND_MEASUREMENT] = { "misurazione", "measurement" },
};

static const struct {
  const char *member;
  Words words;
} member_words[] = {
  { "id", { "identificativo", "id" } },
  { "title", { "titolo", "title" } },
  { "description", { "descrizione", "description" } },
  { "ambito", { "Ambito", "district" } },
  { "language", { "lingua", "language" } },
  { "start", { "inizio", "start" } },
  { "end", { "fine", "end" } },
  { "municipalities", { "Comuni dell’Ambito", "municipalities" } },
  { "lead-municipality", { "Comune capofila", "lead municipality" } },
  { "contacts/office", { "ufficio", "office" } },
  { "contacts/email", { "posta elettronica", "email" } },
  { "contacts/phone", { "telefono", "phone" } },
  { "contacts/website", { "sito web", "website" } },
  { "monitoring/title", { "titolo del monitoraggio", "title of the monitoring round" } },
  { "monitoring/start", { "inizio del monitoraggio", "start of the monitoring round" } },
  { "monitoring/end", { "fine del monitoraggio", "end of the monitoring round" } },
  { "name", { "nome", "name" } },
  { "short-name", { "nome breve", "short name" } },
  { "kind", { "tipologia", "kind" } },
  { "website", { "sito web", "website" } },
  { "code", { "codice", "code" } },
  { "macroarea", { "macroarea", "policy area" } },
  { "status", { "stato", "status" } },
  { "origin", { "origine", "origin" } },
  { "date", { "data", "date" } },
  { "end-date", { "data di fine", "end date" } },
  { "projects", { "progetti", "projects" } },
  { "links", { "documentazione", "links" } },
  { "scope", { "dimensione territoriale", "scope" } },
  { "lead", { "capofila", "lead" } },
  { "objectives", { "obiettivi", "objectives" } },
  { "interventions", { "interventi", "interventions" } },
  { "role", { "ruolo", "role" } },
  { "source", { "fonte", "source" } },
  { "amount", { "importo", "amount" } },
  { "unit", { "unità di misura", "unit" } },
  { "baseline", { "valore di partenza", "baseline" } },
  { "target", { "valore obiettivo", "target" } },
  { "value", { "valore", "value" } },
  { "note", { "nota", "note" } },
};

static const char *
pick_words (const Words *words,
            const char  *language)
{
  return g_str_equal (language, "it") ? words->it : words->en;
}

static const char *
kind_word (PdzEntityKind  kind,
           const char    *language)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_words), "");
  return pick_words (&kind_words[kind], language);
}

/* The name of @member for people; an "x-" member is its own name. */
static const char *
member_word (const char *member,
             const char *language)
{
  for (guint i = 0; i < G_N_ELEMENTS (member_words); i++)
    if (g_strcmp0 (member_words[i].member, member) == 0)
      return pick_words (&member_words[i].words, language);
  return member != NULL ? member : "";
}

static const char *
display_language (PdzChange  *self,
                  const char *language)
{
  const char *code;

  if (language == NULL)
    return self->language;
  code = _pdz_language_lookup (language);
  return code != NULL ? code : "en";
}

static char *
dup_value_display (PdzChange    *self,
                   const GValue *value,
                   const char   *language)
{
  const PdzMember *member;
  char *text;

  if (!G_IS_VALUE (value))
    return NULL;
  member = _pdz_change_lookup_member (self);
  if (member == NULL)
    return NULL;
  text = _pdz_member_dup_display (member, value, display_language (self, language));
  _pdz_member_free (member);
  return text;
}

/**
 * pdz_change_dup_old_display:
 * @self: a change
 * @language: (nullable): `it` or `en` (a region may follow: `it_IT`), or
 *   %NULL for the language of the rounds compared
 *   ([property@Pdz.Diff:language])
 *
 * Gets the old value of a change of a member for people, in @language:
 * an enumeration by its label ("previsto", "in corso", "concluso",
 * "sospeso", "annullato"; "planned", "in progress", …), a date with
 * [method@Pdz.Date.format], an amount in euros ("€ 1.250,00",
 * "€1,250.00"), text in quotation marks, lists joined by commas, and what
 * is not stated as "non indicato" / "not stated". Any other language is
 * English.
 *
 * Returns: (transfer full) (nullable): the old value as text, or %NULL
 *   when the change has no value
 *
 * Since: 0.2
 */
char *
pdz_change_dup_old_display (PdzChange  *self,
                            const char *language)
{
  g_return_val_if_fail (PDZ_IS_CHANGE (self), NULL);

  return dup_value_display (self, &self->old_value, language);
}

/**
 * pdz_change_dup_new_display:
 * @self: a change
 * @language: (nullable): `it` or `en`, or %NULL for the language of the
 *   rounds compared
 *
 * Gets the new value of a change of a member for people, as
 * [method@Pdz.Change.dup_old_display] gets the old.
 *
 * Returns: (transfer full) (nullable): the new value as text, or %NULL
 *   when the change has no value
 *
 * Since: 0.2
 */
char *
pdz_change_dup_new_display (PdzChange  *self,
                            const char *language)
{
  g_return_val_if_fail (PDZ_IS_CHANGE (self), NULL);

  return dup_value_display (self, &self->new_value, language);
}

/* The entity kinds whose Italian noun is feminine. */
static gboolean
feminine (PdzEntityKind kind)
{
  return kind == PDZ_ENTITY_KIND_MACROAREA || kind == PDZ_ENTITY_KIND_ACTION ||
         kind == PDZ_ENTITY_KIND_MILESTONE || kind == PDZ_ENTITY_KIND_PARTICIPATION ||
         kind == PDZ_ENTITY_KIND_MEASUREMENT;
}

static void
append_capitalized (GString    *out,
                    const char *text)
{
  gsize start = out->len;

  g_string_append (out, text);
  if (out->len > start)
    out->str[start] = g_ascii_toupper (out->str[start]);
}

static void
append_owner (GString       *out,
              PdzEntityKind  kind,
              const char    *id,
              const char    *language)
{
  g_string_append_printf (out, "%s %s", kind_word (kind, language),
                          id != NULL ? id : "");
}

/* The detail that tells apart two id-less entities of one owner. */
static char *
dup_entity_detail (PdzChange  *self,
                   const char *language)
{
  GObject *entity = self->new_entity != NULL ? self->new_entity : self->old_entity;

  if (entity == NULL)
    return NULL;
  if (PDZ_IS_PARTICIPATION (entity))
    return g_strdup (pdz_enum_get_label (PDZ_TYPE_ROLE, pdz_participation_get_role (PDZ_PARTICIPATION (entity)),
                                         language));
  if (PDZ_IS_FUNDING (entity))
    return pdz_funding_get_amount (PDZ_FUNDING (entity)) >= 0
      ? pdz_format_amount (pdz_funding_get_amount (PDZ_FUNDING (entity)), language)
      : g_strdup (pdz_enum_get_label (PDZ_TYPE_STATUS, PDZ_STATUS_NOT_STATED, language));
  if (PDZ_IS_MEASUREMENT (entity))
    {
      const PdzMember *value = _pdz_member_lookup (PDZ_ENTITY_KIND_MEASUREMENT, "value");
      g_auto(GValue) number = G_VALUE_INIT;

      _pdz_member_get (value, entity, &number);
      return _pdz_member_dup_display (value, &number, language);
    }
  if (PDZ_IS_MILESTONE (entity) && pdz_milestone_get_date (PDZ_MILESTONE (entity)) != NULL)
    return pdz_date_format (pdz_milestone_get_date (PDZ_MILESTONE (entity)), language);
  return NULL;
}

/**
 * pdz_change_dup_display:
 * @self: a change
 * @language: (nullable): `it` or `en` (a region may follow: `it_IT`), or
 *   %NULL for the language of the rounds compared
 *   ([property@Pdz.Diff:language])
 *
 * Says the change in one line, for people, in @language: the entity (its
 * kind, its title in quotation marks, its id, and for an entity without an
 * id its owner), then what happened. Values are written as
 * [method@Pdz.Change.dup_old_display] writes them:
 *
 * ```
 * Azione «Sottoscrizione del Protocollo» (emergenza-abitativa-2): stato: in corso → concluso
 * Action “CAS Ucraina” (emergenza-abitativa-4): added
 * Partecipazione «ASST Ovest Milanese» (capofila) di azione az-3: rimossa
 * ```
 *
 * Titles longer than 60 characters are shortened, with an ellipsis.
 *
 * Returns: (transfer full): the line
 *
 * Since: 0.2
 */
char *
pdz_change_dup_display (PdzChange  *self,
                        const char *language)
{
  g_autofree char *title = NULL;
  g_autofree char *detail = NULL;
  gboolean it;
  GString *out;

  g_return_val_if_fail (PDZ_IS_CHANGE (self), NULL);

  language = display_language (self, language);
  it = g_str_equal (language, "it");
  out = g_string_new (NULL);

  append_capitalized (out, kind_word (self->entity_kind, language));
  if (self->title != NULL && self->entity_kind != PDZ_ENTITY_KIND_PLAN)
    {
      title = _pdz_text_quote (self->title, -1, 60, PDZ_QUOTE_AT_WORD);
      g_string_append_printf (out, it ? " «%s»" : " “%s”", title);
    }
  detail = dup_entity_detail (self, language);
  if (detail != NULL)
    g_string_append_printf (out, " (%s)", detail);
  if (self->id != NULL)
    g_string_append_printf (out, " (%s)", self->id);
  else if (self->entity_kind != PDZ_ENTITY_KIND_PLAN)
    {
      g_string_append (out, it ? " di " : " of ");
      if (self->has_new_owner)
        append_owner (out, self->new_owner_kind, self->new_owner_id, language);
      else
        append_owner (out, self->old_owner_kind, self->old_owner_id, language);
    }
  g_string_append (out, ": ");

  switch (self->kind)
    {
    case PDZ_CHANGE_KIND_ADDED:
      g_string_append (out, it ? (feminine (self->entity_kind) ? "aggiunta" : "aggiunto") : "added");
      break;
    case PDZ_CHANGE_KIND_REMOVED:
      g_string_append (out, it ? (feminine (self->entity_kind) ? "rimossa" : "rimosso") : "removed");
      break;
    case PDZ_CHANGE_KIND_MOVED:
      g_string_append (out, it ? (feminine (self->entity_kind) ? "spostata" : "spostato") : "moved");
      if (self->has_old_owner && self->has_new_owner &&
          (self->old_owner_kind != self->new_owner_kind ||
           g_strcmp0 (self->old_owner_id, self->new_owner_id) != 0))
        {
          g_string_append (out, it ? " da " : " from ");
          append_owner (out, self->old_owner_kind, self->old_owner_id, language);
          g_string_append (out, it ? " a " : " to ");
          append_owner (out, self->new_owner_kind, self->new_owner_id, language);
        }
      else if (self->new_pointer != NULL)
        {
          const char *slash = strrchr (self->new_pointer, '/');
          guint64 index = slash != NULL ? g_ascii_strtoull (slash + 1, NULL, 10) : 0;

          g_string_append_printf (out, it ? " alla posizione %" G_GUINT64_FORMAT
                                          : " to position %" G_GUINT64_FORMAT, index + 1);
        }
      break;
    case PDZ_CHANGE_KIND_CHANGED:
    default:
      {
        g_autofree char *old_text = pdz_change_dup_old_display (self, language);
        g_autofree char *new_text = pdz_change_dup_new_display (self, language);

        g_string_append_printf (out, "%s: %s → %s", member_word (self->member, language),
                                old_text != NULL ? old_text : "", new_text != NULL ? new_text : "");
      }
      break;
    }

  return g_string_free (out, FALSE);
}

char *
_pdz_change_describe (PdzChange *change,
                      guint      index)
{
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "change %u (%s %s", index,
                          _pdz_enum_to_nick (PDZ_TYPE_CHANGE_KIND, change->kind),
                          _pdz_enum_to_nick (PDZ_TYPE_ENTITY_KIND, change->entity_kind));
  if (change->id != NULL)
    {
      g_autofree char *quoted = _pdz_text_quote (change->id, -1, 0, PDZ_QUOTE_JSON);

      g_string_append_printf (out, " \"%s\"", quoted);
    }
  else if (change->entity_kind != PDZ_ENTITY_KIND_PLAN)
    {
      g_autofree char *quoted = _pdz_text_quote (change->has_old_owner ? change->old_owner_id
                                                                       : change->new_owner_id,
                                                 -1, 0, PDZ_QUOTE_JSON);

      g_string_append_printf (out, " of %s \"%s\"",
                              _pdz_enum_to_nick (PDZ_TYPE_ENTITY_KIND,
                                                 change->has_old_owner ? change->old_owner_kind
                                                                       : change->new_owner_kind),
                              quoted);
    }
  if (change->member != NULL)
    {
      g_autofree char *quoted = _pdz_text_quote (change->member, -1, 0, PDZ_QUOTE_DEFAULT);

      g_string_append_printf (out, " %s", quoted);
    }
  g_string_append_c (out, ')');
  return g_string_free (out, FALSE);
}
