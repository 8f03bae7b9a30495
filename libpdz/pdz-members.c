/* pdz-members.c: the members of each kind of entity, as values
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * See pdz-members-private.h. The tables below follow doc/format.md member
 * by member; every accessor is the public API of the model, so that a
 * value set here notifies, touches the plan and is checked as any other.
 */

#include "pdz-members-private.h"

#include "pdz-json-emit-private.h"
#include "pdz-json-private.h"
#include "pdz-text-private.h"

#include <string.h>

struct _PdzMember
{
  const char *name;           /* the member's name in the format */
  PdzMemberType type;
  GType (*enum_type) (void);  /* ENUM */
  int absent;                 /* ENUM: the value a file leaves out */
  PdzKind ref_kind;           /* REF, REFS */
  GCallback get;
  GCallback set;
  GCallback add;              /* REFS: gboolean (*) (owner, item, GError **) */
  GCallback remove;           /* REFS: gboolean (*) (owner, item, GError **) */
  /* EXTENSION members, made by _pdz_member_lookup() */
  char *part;                 /* (owned) "", "contacts" or "monitoring" */
  char *ext_name;             /* (owned) "x-NAME" */
  char *owned_name;           /* (owned) what @name points to */
};

typedef const char *(*GetString) (gpointer);
typedef void (*SetString) (gpointer, const char *);
typedef int (*GetEnum) (gpointer);
typedef void (*SetEnum) (gpointer, int);
typedef const PdzDate *(*GetDate) (gpointer);
typedef void (*SetDate) (gpointer, const PdzDate *);
typedef gint64 (*GetAmount) (gpointer);
typedef void (*SetAmount) (gpointer, gint64);
typedef double (*GetNumber) (gpointer);
typedef void (*SetNumber) (gpointer, double);
typedef gpointer (*GetRef) (gpointer);
typedef void (*SetRef) (gpointer, gpointer);
typedef GListModel *(*GetRefs) (gpointer);
typedef gboolean (*EditRefs) (gpointer, gpointer, GError **);
typedef const char * const *(*GetStrv) (gpointer);
typedef void (*SetStrv) (gpointer, const char * const *);
typedef PdzMeasurement *(*GetMeasurement) (gpointer);
typedef void (*SetMeasurement) (gpointer, PdzMeasurement *);

/* The reference lists' add and remove, with one signature. */

static gboolean
plan_add_municipality (gpointer plan, gpointer partner, GError **error)
{
  return pdz_plan_add_municipality (plan, partner, error);
}

static gboolean
plan_remove_municipality (gpointer plan, gpointer partner, GError **error)
{
  return pdz_plan_remove_municipality (plan, partner, error);
}

static gboolean
action_add_project (gpointer action, gpointer project, GError **error)
{
  pdz_action_add_project (action, project);
  return TRUE;
}

static gboolean
action_remove_project (gpointer action, gpointer project, GError **error)
{
  pdz_action_remove_project (action, project);
  return TRUE;
}

static gboolean
project_add_objective (gpointer project, gpointer objective, GError **error)
{
  pdz_project_add_objective (project, objective);
  return TRUE;
}

static gboolean
project_remove_objective (gpointer project, gpointer objective, GError **error)
{
  pdz_project_remove_objective (project, objective);
  return TRUE;
}

#define M_STRING(n, g, s) { .name = n, .type = PDZ_MEMBER_STRING, .get = G_CALLBACK (g), .set = G_CALLBACK (s) }
#define M_TEXT(n, g, s) { .name = n, .type = PDZ_MEMBER_TEXT, .get = G_CALLBACK (g), .set = G_CALLBACK (s) }
#define M_ENUM(n, t, a, g, s) { .name = n, .type = PDZ_MEMBER_ENUM, .enum_type = t, .absent = a, \
                                .get = G_CALLBACK (g), .set = G_CALLBACK (s) }
#define M_DATE(n, g, s) { .name = n, .type = PDZ_MEMBER_DATE, .get = G_CALLBACK (g), .set = G_CALLBACK (s) }
#define M_REF(n, k, g, s) { .name = n, .type = PDZ_MEMBER_REF, .ref_kind = k, \
                            .get = G_CALLBACK (g), .set = G_CALLBACK (s) }
#define M_REFS(n, k, g, a, r) { .name = n, .type = PDZ_MEMBER_REFS, .ref_kind = k, .get = G_CALLBACK (g), \
                                .add = G_CALLBACK (a), .remove = G_CALLBACK (r) }
#define M_STRV(n, g, s) { .name = n, .type = PDZ_MEMBER_STRV, .get = G_CALLBACK (g), .set = G_CALLBACK (s) }

static const PdzMember plan_members[] = {
  M_STRING ("id", pdz_plan_get_id, pdz_plan_set_id),
  M_STRING ("title", pdz_plan_get_title, pdz_plan_set_title),
  M_STRING ("description", pdz_plan_get_description, pdz_plan_set_description),
  M_STRING ("ambito", pdz_plan_get_ambito, pdz_plan_set_ambito),
  M_STRING ("language", pdz_plan_get_language, pdz_plan_set_language),
  M_DATE ("start", pdz_plan_get_start, pdz_plan_set_start),
  M_DATE ("end", pdz_plan_get_end, pdz_plan_set_end),
  M_REFS ("municipalities", PDZ_KIND_PARTNER, pdz_plan_get_municipalities,
          plan_add_municipality, plan_remove_municipality),
  M_REF ("lead-municipality", PDZ_KIND_PARTNER, pdz_plan_get_lead_municipality,
         pdz_plan_set_lead_municipality),
  M_STRING ("contacts/office", pdz_plan_get_office, pdz_plan_set_office),
  M_STRING ("contacts/email", pdz_plan_get_email, pdz_plan_set_email),
  M_STRING ("contacts/phone", pdz_plan_get_phone, pdz_plan_set_phone),
  M_STRING ("contacts/website", pdz_plan_get_website, pdz_plan_set_website),
  M_STRING ("monitoring/title", pdz_plan_get_monitoring_title, pdz_plan_set_monitoring_title),
  M_DATE ("monitoring/start", pdz_plan_get_monitoring_start, pdz_plan_set_monitoring_start),
  M_DATE ("monitoring/end", pdz_plan_get_monitoring_end, pdz_plan_set_monitoring_end),
};

static const PdzMember partner_members[] = {
  M_TEXT ("name", pdz_partner_get_name, pdz_partner_set_name),
  M_STRING ("short-name", pdz_partner_get_short_name, pdz_partner_set_short_name),
  M_ENUM ("kind", pdz_partner_kind_get_type, PDZ_PARTNER_KIND_OTHER,
          pdz_partner_get_kind, pdz_partner_set_kind),
  M_STRING ("website", pdz_partner_get_website, pdz_partner_set_website),
};

static const PdzMember macroarea_members[] = {
  M_TEXT ("title", pdz_macroarea_get_title, pdz_macroarea_set_title),
  M_STRING ("code", pdz_macroarea_get_code, pdz_macroarea_set_code),
};

static const PdzMember objective_members[] = {
  M_TEXT ("title", pdz_objective_get_title, pdz_objective_set_title),
  M_ENUM ("kind", pdz_objective_kind_get_type, PDZ_OBJECTIVE_KIND_PLAN,
          pdz_objective_get_kind, pdz_objective_set_kind),
  M_REF ("macroarea", PDZ_KIND_MACROAREA, pdz_objective_get_macroarea, pdz_objective_set_macroarea),
  M_ENUM ("status", pdz_status_get_type, PDZ_STATUS_NOT_STATED,
          pdz_objective_get_status, pdz_objective_set_status),
  M_STRING ("description", pdz_objective_get_description, pdz_objective_set_description),
};

static const PdzMember action_members[] = {
  M_TEXT ("title", pdz_action_get_title, pdz_action_set_title),
  M_ENUM ("status", pdz_status_get_type, PDZ_STATUS_NOT_STATED,
          pdz_action_get_status, pdz_action_set_status),
  M_ENUM ("origin", pdz_origin_get_type, PDZ_ORIGIN_NOT_STATED,
          pdz_action_get_origin, pdz_action_set_origin),
  M_DATE ("date", pdz_action_get_date, pdz_action_set_date),
  M_DATE ("end-date", pdz_action_get_end_date, pdz_action_set_end_date),
  M_REFS ("projects", PDZ_KIND_PROJECT, pdz_action_get_projects,
          action_add_project, action_remove_project),
  M_STRV ("links", pdz_action_get_links, pdz_action_set_links),
};

static const PdzMember milestone_members[] = {
  M_DATE ("date", pdz_milestone_get_date, pdz_milestone_set_date),
  M_TEXT ("title", pdz_milestone_get_title, pdz_milestone_set_title),
};

static const PdzMember project_members[] = {
  M_TEXT ("title", pdz_project_get_title, pdz_project_set_title),
  M_STRING ("description", pdz_project_get_description, pdz_project_set_description),
  M_ENUM ("status", pdz_status_get_type, PDZ_STATUS_NOT_STATED,
          pdz_project_get_status, pdz_project_set_status),
  M_ENUM ("scope", pdz_scope_get_type, PDZ_SCOPE_NOT_STATED,
          pdz_project_get_scope, pdz_project_set_scope),
  M_REF ("lead", PDZ_KIND_PARTNER, pdz_project_get_lead, pdz_project_set_lead),
  M_DATE ("start", pdz_project_get_start, pdz_project_set_start),
  M_DATE ("end", pdz_project_get_end, pdz_project_set_end),
  M_REFS ("objectives", PDZ_KIND_OBJECTIVE, pdz_project_get_objectives,
          project_add_objective, project_remove_objective),
  M_STRV ("interventions", pdz_project_get_interventions, pdz_project_set_interventions),
};

static const PdzMember participation_members[] = {
  M_ENUM ("role", pdz_role_get_type, PDZ_ROLE_NOT_STATED,
          pdz_participation_get_role, pdz_participation_set_role),
};

static const PdzMember funding_members[] = {
  M_TEXT ("source", pdz_funding_get_source, pdz_funding_set_source),
  { .name = "amount", .type = PDZ_MEMBER_AMOUNT,
    .get = G_CALLBACK (pdz_funding_get_amount), .set = G_CALLBACK (pdz_funding_set_amount) },
  M_ENUM ("status", pdz_funding_status_get_type, PDZ_FUNDING_STATUS_NOT_STATED,
          pdz_funding_get_status, pdz_funding_set_status),
};

static const PdzMember indicator_members[] = {
  M_TEXT ("title", pdz_indicator_get_title, pdz_indicator_set_title),
  M_STRING ("unit", pdz_indicator_get_unit, pdz_indicator_set_unit),
  { .name = "baseline", .type = PDZ_MEMBER_MEASUREMENT,
    .get = G_CALLBACK (pdz_indicator_get_baseline), .set = G_CALLBACK (pdz_indicator_set_baseline) },
  { .name = "target", .type = PDZ_MEMBER_MEASUREMENT,
    .get = G_CALLBACK (pdz_indicator_get_target), .set = G_CALLBACK (pdz_indicator_set_target) },
};

static const PdzMember measurement_members[] = {
  M_DATE ("date", pdz_measurement_get_date, pdz_measurement_set_date),
  { .name = "value", .type = PDZ_MEMBER_NUMBER,
    .get = G_CALLBACK (pdz_measurement_get_value), .set = G_CALLBACK (pdz_measurement_set_value) },
  M_STRING ("note", pdz_measurement_get_note, pdz_measurement_set_note),
};

static const struct {
  const PdzMember *members;
  guint n_members;
} tables[] = {
#define T(t) { t, G_N_ELEMENTS (t) }
  [PDZ_ENTITY_KIND_PLAN] = T (plan_members),
  [PDZ_ENTITY_KIND_MACROAREA] = T (macroarea_members),
  [PDZ_ENTITY_KIND_OBJECTIVE] = T (objective_members),
  [PDZ_ENTITY_KIND_ACTION] = T (action_members),
  [PDZ_ENTITY_KIND_MILESTONE] = T (milestone_members),
  [PDZ_ENTITY_KIND_PROJECT] = T (project_members),
  [PDZ_ENTITY_KIND_PARTNER] = T (partner_members),
  [PDZ_ENTITY_KIND_PARTICIPATION] = T (participation_members),
  [PDZ_ENTITY_KIND_FUNDING] = T (funding_members),
  [PDZ_ENTITY_KIND_INDICATOR] = T (indicator_members),
  [PDZ_ENTITY_KIND_MEASUREMENT] = T (measurement_members),
#undef T
};

const PdzMember *
_pdz_members_of (PdzEntityKind  kind,
                 guint         *n_members)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (tables), NULL);

  *n_members = tables[kind].n_members;
  return tables[kind].members;
}

const PdzMember *
_pdz_member_at (const PdzMember *members,
                guint            index)
{
  return &members[index];
}

static const char * const plan_parts[] = { "", "contacts", "monitoring", NULL };
static const char * const entity_parts[] = { "", NULL };

const char * const *
_pdz_extension_parts (PdzEntityKind kind)
{
  return kind == PDZ_ENTITY_KIND_PLAN ? plan_parts : entity_parts;
}

char *
_pdz_extension_member_name (const char *part,
                            const char *name)
{
  if (part == NULL || *part == '\0')
    return g_strdup (name);
  return g_strconcat (part, "/", name, NULL);
}

const PdzMember *
_pdz_member_lookup (PdzEntityKind  kind,
                    const char    *name)
{
  const PdzMember *members;
  const char *slash, *ext;
  g_autofree char *part = NULL;
  guint n = 0;
  PdzMember *m;

  g_return_val_if_fail (name != NULL, NULL);

  members = _pdz_members_of (kind, &n);
  for (guint i = 0; i < n; i++)
    if (strcmp (members[i].name, name) == 0)
      return &members[i];

  /* "x-NAME", or for the plan "contacts/x-NAME", "monitoring/x-NAME" */
  slash = strchr (name, '/');
  if (slash != NULL)
    {
      part = g_strndup (name, slash - name);
      ext = slash + 1;
      if (kind != PDZ_ENTITY_KIND_PLAN || !g_strv_contains (plan_parts, part) || *part == '\0')
        return NULL;
    }
  else
    {
      part = g_strdup ("");
      ext = name;
    }
  if (!g_str_has_prefix (ext, "x-"))
    return NULL;

  m = g_new0 (PdzMember, 1);
  m->type = PDZ_MEMBER_EXTENSION;
  m->owned_name = g_strdup (name);
  m->name = m->owned_name;
  m->part = g_steal_pointer (&part);
  m->ext_name = g_strdup (ext);
  return m;
}

void
_pdz_member_free (const PdzMember *member)
{
  PdzMember *m = (PdzMember *) member;

  if (m == NULL || m->owned_name == NULL)
    return;   /* one of the static tables */
  g_free (m->owned_name);
  g_free (m->part);
  g_free (m->ext_name);
  g_free (m);
}

const char *
_pdz_member_get_name (const PdzMember *member)
{
  return member->name;
}

PdzMemberType
_pdz_member_get_member_type (const PdzMember *member)
{
  return member->type;
}

PdzKind
_pdz_member_get_ref_kind (const PdzMember *member)
{
  return member->ref_kind;
}

GType
_pdz_member_get_value_type (const PdzMember *member)
{
  switch (member->type)
    {
    case PDZ_MEMBER_STRING:
    case PDZ_MEMBER_TEXT:
    case PDZ_MEMBER_REF:
    case PDZ_MEMBER_EXTENSION:
      return G_TYPE_STRING;
    case PDZ_MEMBER_ENUM:
      return member->enum_type ();
    case PDZ_MEMBER_DATE:
      return PDZ_TYPE_DATE;
    case PDZ_MEMBER_AMOUNT:
      return G_TYPE_INT64;
    case PDZ_MEMBER_NUMBER:
      return G_TYPE_DOUBLE;
    case PDZ_MEMBER_REFS:
    case PDZ_MEMBER_STRV:
      return G_TYPE_STRV;
    case PDZ_MEMBER_MEASUREMENT:
      return PDZ_TYPE_MEASUREMENT;
    default:
      g_assert_not_reached ();
    }
}

/* --- "x-" members ------------------------------------------------------------ */

static JsonNode *
extension_node (const PdzMember *member,
                gpointer         entity)
{
  JsonObject *ext = _pdz_extensions_get (entity, member->part);

  return ext != NULL && json_object_has_member (ext, member->ext_name)
    ? json_object_get_member (ext, member->ext_name) : NULL;
}

/* The canonical text of @node. (transfer full) */
static char *
node_to_text (JsonNode *node)
{
  GString *s = g_string_new (NULL);

  _pdz_json_append_node (s, node, 0);
  return g_string_free (s, FALSE);
}

gboolean
_pdz_extensions_equal (JsonObject *a,
                       JsonObject *b)
{
  guint na = a != NULL ? json_object_get_size (a) : 0;
  guint nb = b != NULL ? json_object_get_size (b) : 0;
  GList *names;
  gboolean equal = TRUE;

  if (na != nb)
    return FALSE;
  if (na == 0)
    return TRUE;

  names = json_object_get_members (a);
  for (GList *l = names; l != NULL && equal; l = l->next)
    {
      JsonNode *other = json_object_get_member (b, l->data);

      equal = other != NULL && json_node_equal (json_object_get_member (a, l->data), other);
    }
  g_list_free (names);
  return equal;
}

/* --- Values ------------------------------------------------------------------- */

static char **
refs_to_ids (GListModel *model,
             PdzKind     kind)
{
  guint n = _pdz_model_n_items (model);
  char **ids;

  if (n == 0)
    return NULL;
  ids = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    ids[i] = g_strdup (_pdz_kind_get_id (kind, _pdz_model_peek (model, i)));
  return ids;
}

static PdzMeasurement *
measurement_copy (PdzMeasurement *m)
{
  PdzMeasurement *copy;

  if (m == NULL)
    return NULL;
  copy = pdz_measurement_new (pdz_measurement_get_date (m), pdz_measurement_get_value (m));
  pdz_measurement_set_note (copy, pdz_measurement_get_note (m));
  _pdz_extensions_set (copy, "", _pdz_extensions_get (m, ""));
  return copy;
}

void
_pdz_member_get (const PdzMember *member,
                 gpointer         entity,
                 GValue          *value)
{
  g_value_init (value, _pdz_member_get_value_type (member));

  switch (member->type)
    {
    case PDZ_MEMBER_STRING:
      g_value_set_string (value, ((GetString) member->get) (entity));
      break;
    case PDZ_MEMBER_TEXT:
      {
        const char *text = ((GetString) member->get) (entity);

        g_value_set_string (value, text != NULL ? text : "");
      }
      break;
    case PDZ_MEMBER_ENUM:
      g_value_set_enum (value, ((GetEnum) member->get) (entity));
      break;
    case PDZ_MEMBER_DATE:
      g_value_set_boxed (value, ((GetDate) member->get) (entity));
      break;
    case PDZ_MEMBER_AMOUNT:
      g_value_set_int64 (value, ((GetAmount) member->get) (entity));
      break;
    case PDZ_MEMBER_NUMBER:
      g_value_set_double (value, ((GetNumber) member->get) (entity));
      break;
    case PDZ_MEMBER_REF:
      {
        gpointer ref = ((GetRef) member->get) (entity);

        g_value_set_string (value, ref != NULL ? _pdz_kind_get_id (member->ref_kind, ref) : NULL);
      }
      break;
    case PDZ_MEMBER_REFS:
      g_value_take_boxed (value, refs_to_ids (((GetRefs) member->get) (entity), member->ref_kind));
      break;
    case PDZ_MEMBER_STRV:
      {
        const char * const *strv = ((GetStrv) member->get) (entity);

        g_value_set_boxed (value, strv != NULL && strv[0] != NULL ? strv : NULL);
      }
      break;
    case PDZ_MEMBER_MEASUREMENT:
      g_value_take_object (value, measurement_copy (((GetMeasurement) member->get) (entity)));
      break;
    case PDZ_MEMBER_EXTENSION:
      {
        JsonNode *node = extension_node (member, entity);

        if (node != NULL)
          g_value_take_string (value, node_to_text (node));
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  guint na = a != NULL ? g_strv_length ((char **) a) : 0;
  guint nb = b != NULL ? g_strv_length ((char **) b) : 0;

  if (na != nb)
    return FALSE;
  for (guint i = 0; i < na; i++)
    if (g_strcmp0 (a[i], b[i]) != 0)
      return FALSE;
  return TRUE;
}

/* Two lists of ids as sets (a list of references names each entity once). */
static gboolean
id_sets_equal (const char * const *a,
               const char * const *b)
{
  guint na = a != NULL ? g_strv_length ((char **) a) : 0;
  guint nb = b != NULL ? g_strv_length ((char **) b) : 0;
  g_autoptr(GHashTable) set = NULL;

  if (na != nb)
    return FALSE;
  if (strv_equal (a, b))
    return TRUE;
  set = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < na; i++)
    g_hash_table_add (set, (gpointer) a[i]);
  for (guint i = 0; i < nb; i++)
    if (!g_hash_table_contains (set, b[i]))
      return FALSE;
  return TRUE;
}

static gboolean
refs_equal (GListModel *a,
            GListModel *b,
            PdzKind     kind)
{
  guint n = _pdz_model_n_items (a);
  g_auto(GStrv) ids_a = NULL;
  g_auto(GStrv) ids_b = NULL;
  gboolean same = TRUE;

  if (n != _pdz_model_n_items (b))
    return FALSE;
  for (guint i = 0; i < n && same; i++)
    same = g_strcmp0 (_pdz_kind_get_id (kind, _pdz_model_peek (a, i)),
                      _pdz_kind_get_id (kind, _pdz_model_peek (b, i))) == 0;
  if (same)
    return TRUE;

  ids_a = refs_to_ids (a, kind);
  ids_b = refs_to_ids (b, kind);
  return id_sets_equal ((const char * const *) ids_a, (const char * const *) ids_b);
}

static gboolean
dates_equal (const PdzDate *a,
             const PdzDate *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return pdz_date_equal (a, b);
}

static gboolean
measurements_equal (PdzMeasurement *a,
                    PdzMeasurement *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return dates_equal (pdz_measurement_get_date (a), pdz_measurement_get_date (b)) &&
         pdz_measurement_get_value (a) == pdz_measurement_get_value (b) &&
         g_strcmp0 (pdz_measurement_get_note (a), pdz_measurement_get_note (b)) == 0 &&
         _pdz_extensions_equal (_pdz_extensions_get (a, ""), _pdz_extensions_get (b, ""));
}

static gboolean
texts_equal (const char *a,
             const char *b)
{
  return g_strcmp0 (a != NULL ? a : "", b != NULL ? b : "") == 0;
}

gboolean
_pdz_member_equal (const PdzMember *member,
                   gpointer         a,
                   gpointer         b)
{
  switch (member->type)
    {
    case PDZ_MEMBER_STRING:
      return g_strcmp0 (((GetString) member->get) (a), ((GetString) member->get) (b)) == 0;
    case PDZ_MEMBER_TEXT:
      return texts_equal (((GetString) member->get) (a), ((GetString) member->get) (b));
    case PDZ_MEMBER_ENUM:
      return ((GetEnum) member->get) (a) == ((GetEnum) member->get) (b);
    case PDZ_MEMBER_DATE:
      return dates_equal (((GetDate) member->get) (a), ((GetDate) member->get) (b));
    case PDZ_MEMBER_AMOUNT:
      return ((GetAmount) member->get) (a) == ((GetAmount) member->get) (b);
    case PDZ_MEMBER_NUMBER:
      return ((GetNumber) member->get) (a) == ((GetNumber) member->get) (b);
    case PDZ_MEMBER_REF:
      {
        gpointer ra = ((GetRef) member->get) (a);
        gpointer rb = ((GetRef) member->get) (b);

        if (ra == NULL || rb == NULL)
          return ra == rb;
        return g_strcmp0 (_pdz_kind_get_id (member->ref_kind, ra),
                          _pdz_kind_get_id (member->ref_kind, rb)) == 0;
      }
    case PDZ_MEMBER_REFS:
      return refs_equal (((GetRefs) member->get) (a), ((GetRefs) member->get) (b), member->ref_kind);
    case PDZ_MEMBER_STRV:
      return strv_equal (((GetStrv) member->get) (a), ((GetStrv) member->get) (b));
    case PDZ_MEMBER_MEASUREMENT:
      return measurements_equal (((GetMeasurement) member->get) (a), ((GetMeasurement) member->get) (b));
    case PDZ_MEMBER_EXTENSION:
      {
        JsonNode *na = extension_node (member, a);
        JsonNode *nb = extension_node (member, b);

        if (na == NULL || nb == NULL)
          return na == nb;
        return json_node_equal (na, nb);
      }
    default:
      g_assert_not_reached ();
    }
}

gboolean
_pdz_member_value_equal (const PdzMember *member,
                         const GValue    *a,
                         const GValue    *b)
{
  switch (member->type)
    {
    case PDZ_MEMBER_STRING:
    case PDZ_MEMBER_REF:
    case PDZ_MEMBER_EXTENSION:
      return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
    case PDZ_MEMBER_TEXT:
      return texts_equal (g_value_get_string (a), g_value_get_string (b));
    case PDZ_MEMBER_ENUM:
      return g_value_get_enum (a) == g_value_get_enum (b);
    case PDZ_MEMBER_DATE:
      return dates_equal (g_value_get_boxed (a), g_value_get_boxed (b));
    case PDZ_MEMBER_AMOUNT:
      return g_value_get_int64 (a) == g_value_get_int64 (b);
    case PDZ_MEMBER_NUMBER:
      return g_value_get_double (a) == g_value_get_double (b);
    case PDZ_MEMBER_REFS:
      return id_sets_equal (g_value_get_boxed (a), g_value_get_boxed (b));
    case PDZ_MEMBER_STRV:
      return strv_equal (g_value_get_boxed (a), g_value_get_boxed (b));
    case PDZ_MEMBER_MEASUREMENT:
      return measurements_equal (g_value_get_object (a), g_value_get_object (b));
    default:
      g_assert_not_reached ();
    }
}

gboolean
_pdz_member_value_is_absent (const PdzMember *member,
                             const GValue    *value)
{
  switch (member->type)
    {
    case PDZ_MEMBER_STRING:
    case PDZ_MEMBER_REF:
    case PDZ_MEMBER_EXTENSION:
      return g_value_get_string (value) == NULL;
    case PDZ_MEMBER_TEXT:
    case PDZ_MEMBER_NUMBER:
      return FALSE;
    case PDZ_MEMBER_ENUM:
      return g_value_get_enum (value) == member->absent;
    case PDZ_MEMBER_DATE:
      return g_value_get_boxed (value) == NULL;
    case PDZ_MEMBER_AMOUNT:
      return g_value_get_int64 (value) < 0;
    case PDZ_MEMBER_REFS:
    case PDZ_MEMBER_STRV:
      {
        const char * const *strv = g_value_get_boxed (value);

        return strv == NULL || strv[0] == NULL;
      }
    case PDZ_MEMBER_MEASUREMENT:
      return g_value_get_object (value) == NULL;
    default:
      g_assert_not_reached ();
    }
}

/* --- Setting ------------------------------------------------------------------ */

static gpointer
resolve_ref (PdzKind          kind,
             const char      *id,
             PdzResolveFunc   resolve,
             gpointer         user_data,
             GError         **error)
{
  gpointer entity = resolve (kind, id, user_data);

  if (entity == NULL)
    {
      g_autofree char *quoted = _pdz_text_quote (id, -1, 0, PDZ_QUOTE_JSON);

      g_set_error (error, PDZ_ERROR, PDZ_ERROR_DANGLING_REFERENCE,
                   "%s \"%s\" is not in the plan", _pdz_kind_get_name (kind), quoted);
    }
  return entity;
}

static gboolean
set_extension (const PdzMember  *member,
               gpointer          entity,
               const char       *text,
               GError          **error)
{
  JsonObject *old = _pdz_extensions_get (entity, member->part);
  g_autoptr(JsonObject) ext = json_object_new ();
  g_autoptr(JsonNode) node = NULL;
  gboolean replaced = FALSE;

  if (text != NULL)
    {
      node = json_from_string (text, error);
      if (node == NULL)
        return FALSE;
    }

  /* A new object, so that a copy sharing the old one keeps it; the
   * member keeps its place, a new one goes last. */
  if (old != NULL)
    {
      GList *names = json_object_get_members (old);

      for (GList *l = names; l != NULL; l = l->next)
        {
          if (strcmp (l->data, member->ext_name) == 0)
            {
              replaced = TRUE;
              if (node != NULL)
                json_object_set_member (ext, l->data, json_node_copy (node));
            }
          else
            {
              json_object_set_member (ext, l->data,
                                      json_node_copy (json_object_get_member (old, l->data)));
            }
        }
      g_list_free (names);
    }
  if (!replaced && node != NULL)
    json_object_set_member (ext, member->ext_name, json_node_copy (node));

  _pdz_extensions_set (entity, member->part, ext);
  _pdz_entity_touch (entity);
  return TRUE;
}

static gboolean
set_refs (const PdzMember     *member,
          gpointer             entity,
          const char * const  *ids,
          PdzResolveFunc       resolve,
          gpointer             user_data,
          GError             **error)
{
  GListModel *model = ((GetRefs) member->get) (entity);
  g_autoptr(GPtrArray) wanted = g_ptr_array_new ();
  g_autoptr(GPtrArray) current = _pdz_model_to_array (model);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      gpointer ref = resolve_ref (member->ref_kind, ids[i], resolve, user_data, error);

      if (ref == NULL)
        return FALSE;
      g_ptr_array_add (wanted, ref);
    }

  /* The list in the order asked for: what is there already stays when the
   * order is the same, else everything is taken out and put back. */
  if (current->len == wanted->len)
    {
      gboolean same = TRUE;

      for (guint i = 0; i < wanted->len && same; i++)
        same = current->pdata[i] == wanted->pdata[i];
      if (same)
        return TRUE;
    }
  for (guint i = current->len; i > 0; i--)
    if (!((EditRefs) member->remove) (entity, current->pdata[i - 1], error))
      return FALSE;
  for (guint i = 0; i < wanted->len; i++)
    if (!((EditRefs) member->add) (entity, wanted->pdata[i], error))
      return FALSE;
  return TRUE;
}

gboolean
_pdz_member_set (const PdzMember  *member,
                 gpointer          entity,
                 const GValue     *value,
                 PdzResolveFunc    resolve,
                 gpointer          user_data,
                 GError          **error)
{
  switch (member->type)
    {
    case PDZ_MEMBER_STRING:
    case PDZ_MEMBER_TEXT:
      ((SetString) member->set) (entity, g_value_get_string (value));
      return TRUE;
    case PDZ_MEMBER_ENUM:
      ((SetEnum) member->set) (entity, g_value_get_enum (value));
      return TRUE;
    case PDZ_MEMBER_DATE:
      ((SetDate) member->set) (entity, g_value_get_boxed (value));
      return TRUE;
    case PDZ_MEMBER_AMOUNT:
      ((SetAmount) member->set) (entity, g_value_get_int64 (value));
      return TRUE;
    case PDZ_MEMBER_NUMBER:
      ((SetNumber) member->set) (entity, g_value_get_double (value));
      return TRUE;
    case PDZ_MEMBER_REF:
      {
        const char *id = g_value_get_string (value);
        gpointer ref = NULL;

        if (id != NULL && (ref = resolve_ref (member->ref_kind, id, resolve, user_data, error)) == NULL)
          return FALSE;
        ((SetRef) member->set) (entity, ref);
        return TRUE;
      }
    case PDZ_MEMBER_REFS:
      return set_refs (member, entity, g_value_get_boxed (value), resolve, user_data, error);
    case PDZ_MEMBER_STRV:
      ((SetStrv) member->set) (entity, g_value_get_boxed (value));
      return TRUE;
    case PDZ_MEMBER_MEASUREMENT:
      {
        g_autoptr(PdzMeasurement) copy = measurement_copy (g_value_get_object (value));

        ((SetMeasurement) member->set) (entity, copy);
        return TRUE;
      }
    case PDZ_MEMBER_EXTENSION:
      return set_extension (member, entity, g_value_get_string (value), error);
    default:
      g_assert_not_reached ();
    }
}

/* --- JSON --------------------------------------------------------------------- */

/* Appends @text, the canonical text of a value written at level 0, as a
 * value at @level: each line after the first indented by @level. */
static void
append_reindented (GString    *s,
                   const char *text,
                   guint       level)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n')
        {
          if (p[1] == '\0')
            break;   /* the final newline of a document */
          g_string_append_c (s, '\n');
          for (guint i = 0; i < level; i++)
            g_string_append (s, "  ");
        }
      else
        {
          g_string_append_c (s, *p);
        }
    }
}

static void
append_strv (GString            *s,
             const char * const *strv,
             guint               level)
{
  PdzJsonScope array;

  _pdz_json_scope_begin (&array, s, level, '[');
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    {
      _pdz_json_scope_item (&array);
      _pdz_json_append_string (s, strv[i]);
    }
  _pdz_json_scope_end (&array, ']');
}

void
_pdz_member_append_json (const PdzMember *member,
                         const GValue    *value,
                         GString         *s,
                         guint            level)
{
  switch (member->type)
    {
    case PDZ_MEMBER_STRING:
    case PDZ_MEMBER_TEXT:
    case PDZ_MEMBER_REF:
      {
        const char *text = g_value_get_string (value);

        _pdz_json_append_string (s, text != NULL ? text : "");
      }
      break;
    case PDZ_MEMBER_ENUM:
      _pdz_json_append_string (s, _pdz_enum_to_nick (G_VALUE_TYPE (value), g_value_get_enum (value)));
      break;
    case PDZ_MEMBER_DATE:
      {
        g_autofree char *text = pdz_date_to_string (g_value_get_boxed (value));

        _pdz_json_append_string (s, text);
      }
      break;
    case PDZ_MEMBER_AMOUNT:
      g_string_append_printf (s, "%" G_GINT64_FORMAT, g_value_get_int64 (value));
      break;
    case PDZ_MEMBER_NUMBER:
      _pdz_json_append_double (s, g_value_get_double (value));
      break;
    case PDZ_MEMBER_REFS:
    case PDZ_MEMBER_STRV:
      append_strv (s, g_value_get_boxed (value), level);
      break;
    case PDZ_MEMBER_MEASUREMENT:
      {
        g_autofree char *text = _pdz_json_write_entity (g_value_get_object (value), NULL);

        append_reindented (s, text, level);
      }
      break;
    case PDZ_MEMBER_EXTENSION:
      append_reindented (s, g_value_get_string (value), level);
      break;
    default:
      g_assert_not_reached ();
    }
}

void
_pdz_entity_append_json (gpointer  entity,
                         GString  *s,
                         guint     level)
{
  g_autofree char *text = _pdz_json_write_entity (entity, NULL);

  append_reindented (s, text, level);
}

/* --- Display ------------------------------------------------------------------ */

/* "non indicato" / "not stated", as the reports say it. */
static const char *
not_stated (const char *language)
{
  return pdz_enum_get_label (PDZ_TYPE_STATUS, PDZ_STATUS_NOT_STATED, language);
}

/* A number in the shortest form that reads back to it, with the decimal
 * mark of @language: "12,5" / "12.5". */
static char *
format_number (double      value,
               const char *language)
{
  GString *out = g_string_new (NULL);

  _pdz_json_append_double (out, value);
  if (g_strcmp0 (language, "it") == 0)
    g_strdelimit (out->str, ".", ',');
  return g_string_free (out, FALSE);
}

static char *
quoted (const char *text,
        const char *language)
{
  if (g_strcmp0 (language, "it") == 0)
    return g_strdup_printf ("«%s»", text);
  return g_strdup_printf ("“%s”", text);
}

static char *
join_display (const char * const *strv,
              const char         *language)
{
  if (strv == NULL || strv[0] == NULL)
    return g_strdup (not_stated (language));
  return g_strjoinv (", ", (char **) strv);
}

/* JSON text on one line: the canonical text without its indentation. */
static char *
one_line (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\n')
        {
          while (p[1] == ' ')
            p++;
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

char *
_pdz_member_dup_display (const PdzMember *member,
                         const GValue    *value,
                         const char      *language)
{
  if (_pdz_member_value_is_absent (member, value) &&
      member->type != PDZ_MEMBER_ENUM)
    return g_strdup (not_stated (language));

  switch (member->type)
    {
    case PDZ_MEMBER_STRING:
    case PDZ_MEMBER_TEXT:
      return quoted (g_value_get_string (value) != NULL ? g_value_get_string (value) : "", language);
    case PDZ_MEMBER_REF:
      return g_value_dup_string (value);
    case PDZ_MEMBER_ENUM:
      return g_strdup (pdz_enum_get_label (G_VALUE_TYPE (value), g_value_get_enum (value), language));
    case PDZ_MEMBER_DATE:
      return pdz_date_format (g_value_get_boxed (value), language);
    case PDZ_MEMBER_AMOUNT:
      return pdz_format_amount (g_value_get_int64 (value), language);
    case PDZ_MEMBER_NUMBER:
      return format_number (g_value_get_double (value), language);
    case PDZ_MEMBER_REFS:
    case PDZ_MEMBER_STRV:
      return join_display (g_value_get_boxed (value), language);
    case PDZ_MEMBER_MEASUREMENT:
      {
        PdzMeasurement *m = g_value_get_object (value);
        g_autofree char *number = format_number (pdz_measurement_get_value (m), language);
        g_autofree char *date = NULL;

        if (pdz_measurement_get_date (m) == NULL)
          return g_steal_pointer (&number);
        date = pdz_date_format (pdz_measurement_get_date (m), language);
        return g_strdup_printf ("%s (%s)", number, date);
      }
    case PDZ_MEMBER_EXTENSION:
      return one_line (g_value_get_string (value));
    default:
      g_assert_not_reached ();
    }
}

/* --- Entities ----------------------------------------------------------------- */

gboolean
_pdz_entity_kind_of (gpointer       entity,
                     PdzEntityKind *kind)
{
  static const struct {
    GType (*get_type) (void);
    PdzEntityKind kind;
  } types[] = {
    { pdz_plan_get_type, PDZ_ENTITY_KIND_PLAN },
    { pdz_macroarea_get_type, PDZ_ENTITY_KIND_MACROAREA },
    { pdz_objective_get_type, PDZ_ENTITY_KIND_OBJECTIVE },
    { pdz_action_get_type, PDZ_ENTITY_KIND_ACTION },
    { pdz_milestone_get_type, PDZ_ENTITY_KIND_MILESTONE },
    { pdz_project_get_type, PDZ_ENTITY_KIND_PROJECT },
    { pdz_partner_get_type, PDZ_ENTITY_KIND_PARTNER },
    { pdz_participation_get_type, PDZ_ENTITY_KIND_PARTICIPATION },
    { pdz_funding_get_type, PDZ_ENTITY_KIND_FUNDING },
    { pdz_indicator_get_type, PDZ_ENTITY_KIND_INDICATOR },
    { pdz_measurement_get_type, PDZ_ENTITY_KIND_MEASUREMENT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (entity, types[i].get_type ()))
      {
        *kind = types[i].kind;
        return TRUE;
      }
  return FALSE;
}

PdzKind
_pdz_entity_kind_to_kind (PdzEntityKind kind)
{
  switch (kind)
    {
    case PDZ_ENTITY_KIND_MACROAREA:
      return PDZ_KIND_MACROAREA;
    case PDZ_ENTITY_KIND_OBJECTIVE:
      return PDZ_KIND_OBJECTIVE;
    case PDZ_ENTITY_KIND_ACTION:
      return PDZ_KIND_ACTION;
    case PDZ_ENTITY_KIND_PROJECT:
      return PDZ_KIND_PROJECT;
    case PDZ_ENTITY_KIND_PARTNER:
      return PDZ_KIND_PARTNER;
    case PDZ_ENTITY_KIND_INDICATOR:
      return PDZ_KIND_INDICATOR;
    default:
      return PDZ_KIND_NONE;
    }
}

const char *
_pdz_entity_get_id (PdzEntityKind kind,
                    gpointer      entity)
{
  PdzKind k = _pdz_entity_kind_to_kind (kind);

  return k == PDZ_KIND_NONE ? NULL : _pdz_kind_get_id (k, entity);
}

char *
_pdz_entity_dup_label (PdzEntityKind kind,
                       gpointer      entity)
{
  switch (kind)
    {
    case PDZ_ENTITY_KIND_PLAN:
      return g_strdup (pdz_plan_get_title (entity));
    case PDZ_ENTITY_KIND_MACROAREA:
      return g_strdup (pdz_macroarea_get_title (entity));
    case PDZ_ENTITY_KIND_OBJECTIVE:
      return g_strdup (pdz_objective_get_title (entity));
    case PDZ_ENTITY_KIND_ACTION:
      return g_strdup (pdz_action_get_title (entity));
    case PDZ_ENTITY_KIND_MILESTONE:
      return g_strdup (pdz_milestone_get_title (entity));
    case PDZ_ENTITY_KIND_PROJECT:
      return g_strdup (pdz_project_get_title (entity));
    case PDZ_ENTITY_KIND_PARTNER:
      return g_strdup (pdz_partner_get_name (entity));
    case PDZ_ENTITY_KIND_PARTICIPATION:
      {
        PdzPartner *partner = pdz_participation_get_partner (entity);
        const char *name = partner != NULL ? pdz_partner_get_name (partner) : NULL;

        if (name == NULL || *name == '\0')
          name = partner != NULL ? pdz_partner_get_id (partner) : NULL;
        return g_strdup (name);
      }
    case PDZ_ENTITY_KIND_FUNDING:
      return g_strdup (pdz_funding_get_source (entity));
    case PDZ_ENTITY_KIND_INDICATOR:
      return g_strdup (pdz_indicator_get_title (entity));
    case PDZ_ENTITY_KIND_MEASUREMENT:
      return pdz_measurement_get_date (entity) != NULL
        ? pdz_date_to_string (pdz_measurement_get_date (entity)) : NULL;
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
_pdz_entity_members_equal (PdzEntityKind kind,
                           gpointer      a,
                           gpointer      b)
{
  const char * const *parts = _pdz_extension_parts (kind);
  const PdzMember *members;
  guint n = 0;

  members = _pdz_members_of (kind, &n);
  for (guint i = 0; i < n; i++)
    if (!_pdz_member_equal (&members[i], a, b))
      return FALSE;
  if (kind == PDZ_ENTITY_KIND_PARTICIPATION)
    {
      PdzPartner *pa = pdz_participation_get_partner (a);
      PdzPartner *pb = pdz_participation_get_partner (b);

      if (g_strcmp0 (pa != NULL ? pdz_partner_get_id (pa) : NULL,
                     pb != NULL ? pdz_partner_get_id (pb) : NULL) != 0)
        return FALSE;
    }
  for (guint i = 0; parts[i] != NULL; i++)
    if (!_pdz_extensions_equal (_pdz_extensions_get (a, parts[i]), _pdz_extensions_get (b, parts[i])))
      return FALSE;
  return TRUE;
}

/* --- Owned lists -------------------------------------------------------------- */

typedef gboolean (*ListEdit) (gpointer owner, gpointer item, GError **error);

#define ADD_VOID(name, call) \
  static gboolean name (gpointer owner, gpointer item, GError **error) { call (owner, item); return TRUE; }
#define REMOVE_BOOL(name, call) \
  static gboolean name (gpointer owner, gpointer item, GError **error) { return call (owner, item); }

ADD_VOID (action_add_milestone, pdz_action_add_milestone)
ADD_VOID (action_add_funding, pdz_action_add_funding)
ADD_VOID (project_add_funding, pdz_project_add_funding)
ADD_VOID (indicator_add_measurement, pdz_indicator_add_measurement)
REMOVE_BOOL (objective_remove_action, pdz_objective_remove_action)
REMOVE_BOOL (objective_remove_indicator, pdz_objective_remove_indicator)
REMOVE_BOOL (objective_remove_participation, pdz_objective_remove_participation)
REMOVE_BOOL (action_remove_action, pdz_action_remove_action)
REMOVE_BOOL (action_remove_milestone, pdz_action_remove_milestone)
REMOVE_BOOL (action_remove_participation, pdz_action_remove_participation)
REMOVE_BOOL (action_remove_funding, pdz_action_remove_funding)
REMOVE_BOOL (project_remove_action, pdz_project_remove_action)
REMOVE_BOOL (project_remove_participation, pdz_project_remove_participation)
REMOVE_BOOL (project_remove_funding, pdz_project_remove_funding)
REMOVE_BOOL (indicator_remove_measurement, pdz_indicator_remove_measurement)

static const struct {
  PdzEntityKind owner;
  const char *member;
  PdzEntityKind item;
  GCallback get;
  GCallback add;
  GCallback remove;
} owned_lists[] = {
  { PDZ_ENTITY_KIND_PLAN, "partners", PDZ_ENTITY_KIND_PARTNER, G_CALLBACK (pdz_plan_get_partners),
    G_CALLBACK (pdz_plan_add_partner), G_CALLBACK (pdz_plan_remove_partner) },
  { PDZ_ENTITY_KIND_PLAN, "macroareas", PDZ_ENTITY_KIND_MACROAREA, G_CALLBACK (pdz_plan_get_macroareas),
    G_CALLBACK (pdz_plan_add_macroarea), G_CALLBACK (pdz_plan_remove_macroarea) },
  { PDZ_ENTITY_KIND_PLAN, "objectives", PDZ_ENTITY_KIND_OBJECTIVE, G_CALLBACK (pdz_plan_get_objectives),
    G_CALLBACK (pdz_plan_add_objective), G_CALLBACK (pdz_plan_remove_objective) },
  { PDZ_ENTITY_KIND_PLAN, "projects", PDZ_ENTITY_KIND_PROJECT, G_CALLBACK (pdz_plan_get_projects),
    G_CALLBACK (pdz_plan_add_project), G_CALLBACK (pdz_plan_remove_project) },
  { PDZ_ENTITY_KIND_OBJECTIVE, "partners", PDZ_ENTITY_KIND_PARTICIPATION,
    G_CALLBACK (pdz_objective_get_participations),
    G_CALLBACK (pdz_objective_add_participation), G_CALLBACK (objective_remove_participation) },
  { PDZ_ENTITY_KIND_OBJECTIVE, "indicators", PDZ_ENTITY_KIND_INDICATOR,
    G_CALLBACK (pdz_objective_get_indicators),
    G_CALLBACK (pdz_objective_add_indicator), G_CALLBACK (objective_remove_indicator) },
  { PDZ_ENTITY_KIND_OBJECTIVE, "actions", PDZ_ENTITY_KIND_ACTION, G_CALLBACK (pdz_objective_get_actions),
    G_CALLBACK (pdz_objective_add_action), G_CALLBACK (objective_remove_action) },
  { PDZ_ENTITY_KIND_ACTION, "milestones", PDZ_ENTITY_KIND_MILESTONE, G_CALLBACK (pdz_action_get_milestones),
    G_CALLBACK (action_add_milestone), G_CALLBACK (action_remove_milestone) },
  { PDZ_ENTITY_KIND_ACTION, "partners", PDZ_ENTITY_KIND_PARTICIPATION,
    G_CALLBACK (pdz_action_get_participations),
    G_CALLBACK (pdz_action_add_participation), G_CALLBACK (action_remove_participation) },
  { PDZ_ENTITY_KIND_ACTION, "fundings", PDZ_ENTITY_KIND_FUNDING, G_CALLBACK (pdz_action_get_fundings),
    G_CALLBACK (action_add_funding), G_CALLBACK (action_remove_funding) },
  { PDZ_ENTITY_KIND_ACTION, "actions", PDZ_ENTITY_KIND_ACTION, G_CALLBACK (pdz_action_get_actions),
    G_CALLBACK (pdz_action_add_action), G_CALLBACK (action_remove_action) },
  { PDZ_ENTITY_KIND_PROJECT, "partners", PDZ_ENTITY_KIND_PARTICIPATION,
    G_CALLBACK (pdz_project_get_participations),
    G_CALLBACK (pdz_project_add_participation), G_CALLBACK (project_remove_participation) },
  { PDZ_ENTITY_KIND_PROJECT, "fundings", PDZ_ENTITY_KIND_FUNDING, G_CALLBACK (pdz_project_get_fundings),
    G_CALLBACK (project_add_funding), G_CALLBACK (project_remove_funding) },
  { PDZ_ENTITY_KIND_PROJECT, "actions", PDZ_ENTITY_KIND_ACTION, G_CALLBACK (pdz_project_get_actions),
    G_CALLBACK (pdz_project_add_action), G_CALLBACK (project_remove_action) },
  { PDZ_ENTITY_KIND_INDICATOR, "measurements", PDZ_ENTITY_KIND_MEASUREMENT,
    G_CALLBACK (pdz_indicator_get_measurements),
    G_CALLBACK (indicator_add_measurement), G_CALLBACK (indicator_remove_measurement) },
};

const char *
_pdz_owned_list_member_of (PdzEntityKind kind)
{
  switch (kind)
    {
    case PDZ_ENTITY_KIND_PARTNER:
    case PDZ_ENTITY_KIND_PARTICIPATION:
      return "partners";
    case PDZ_ENTITY_KIND_MACROAREA:
      return "macroareas";
    case PDZ_ENTITY_KIND_OBJECTIVE:
      return "objectives";
    case PDZ_ENTITY_KIND_PROJECT:
      return "projects";
    case PDZ_ENTITY_KIND_ACTION:
      return "actions";
    case PDZ_ENTITY_KIND_INDICATOR:
      return "indicators";
    case PDZ_ENTITY_KIND_MILESTONE:
      return "milestones";
    case PDZ_ENTITY_KIND_FUNDING:
      return "fundings";
    case PDZ_ENTITY_KIND_MEASUREMENT:
      return "measurements";
    case PDZ_ENTITY_KIND_PLAN:
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
_pdz_entity_kind_is_owned (PdzEntityKind kind)
{
  return kind != PDZ_ENTITY_KIND_PLAN && kind != PDZ_ENTITY_KIND_PARTNER &&
         kind != PDZ_ENTITY_KIND_MACROAREA && kind != PDZ_ENTITY_KIND_OBJECTIVE &&
         kind != PDZ_ENTITY_KIND_PROJECT;
}

static int
find_owned_list (PdzEntityKind  owner_kind,
                 const char    *member)
{
  for (guint i = 0; i < G_N_ELEMENTS (owned_lists); i++)
    if (owned_lists[i].owner == owner_kind && strcmp (owned_lists[i].member, member) == 0)
      return i;
  return -1;
}

gboolean
_pdz_owned_list_item_kind (PdzEntityKind  owner_kind,
                           const char    *member,
                           PdzEntityKind *kind)
{
  int i = find_owned_list (owner_kind, member);

  if (i < 0)
    return FALSE;
  *kind = owned_lists[i].item;
  return TRUE;
}

GListModel *
_pdz_owned_list_get (PdzEntityKind  owner_kind,
                     gpointer       owner,
                     const char    *member)
{
  int i = find_owned_list (owner_kind, member);

  g_return_val_if_fail (i >= 0, NULL);
  return ((GetRefs) owned_lists[i].get) (owner);
}

gboolean
_pdz_owned_list_add (PdzEntityKind   owner_kind,
                     gpointer        owner,
                     const char     *member,
                     gpointer        item,
                     GError        **error)
{
  int i = find_owned_list (owner_kind, member);

  g_return_val_if_fail (i >= 0, FALSE);
  return ((ListEdit) owned_lists[i].add) (owner, item, error);
}

gboolean
_pdz_owned_list_remove (PdzEntityKind   owner_kind,
                        gpointer        owner,
                        const char     *member,
                        gpointer        item,
                        GError        **error)
{
  int i = find_owned_list (owner_kind, member);

  g_return_val_if_fail (i >= 0, FALSE);
  if (!((ListEdit) owned_lists[i].remove) (owner, item, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, PDZ_ERROR, PDZ_ERROR_CONFLICT, "it is not among the %s", member);
      return FALSE;
    }
  return TRUE;
}

/* --- Copies ------------------------------------------------------------------- */

typedef struct {
  GObject *entity;    /* (owned) */
  const PdzMember *member;
  GValue value;
} PdzCopyPending;

static void
copy_pending_free (gpointer data)
{
  PdzCopyPending *p = data;

  g_object_unref (p->entity);
  g_value_unset (&p->value);
  g_free (p);
}

/* Copies the members of @from to @to, both of @kind. */
static gboolean
copy_members (PdzEntityKind    kind,
              gpointer         from,
              gpointer         to,
              PdzCopyContext  *ctx,
              GError         **error)
{
  const char * const *parts = _pdz_extension_parts (kind);
  const PdzMember *members;
  guint n = 0;

  members = _pdz_members_of (kind, &n);
  for (guint i = 0; i < n; i++)
    {
      const PdzMember *m = &members[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if (ctx->resolve == NULL && (m->type == PDZ_MEMBER_REF || m->type == PDZ_MEMBER_REFS))
        {
          /* The same entities, referenced from the copy */
          if (m->type == PDZ_MEMBER_REF)
            {
              ((SetRef) m->set) (to, ((GetRef) m->get) (from));
            }
          else
            {
              PDZ_MODEL_FOREACH (((GetRefs) m->get) (from), GObject, ref)
                if (!((EditRefs) m->add) (to, ref, error))
                  return FALSE;
            }
          continue;
        }

      _pdz_member_get (m, from, &value);
      if (m->type == PDZ_MEMBER_REF || m->type == PDZ_MEMBER_REFS)
        {
          g_autoptr(GError) local_error = NULL;

          if (_pdz_member_set (m, to, &value, ctx->resolve, ctx->user_data, &local_error))
            continue;
          if (ctx->pending == NULL ||
              !g_error_matches (local_error, PDZ_ERROR, PDZ_ERROR_DANGLING_REFERENCE))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          else
            {
              PdzCopyPending *p = g_new0 (PdzCopyPending, 1);

              p->entity = g_object_ref (to);
              p->member = m;
              g_value_init (&p->value, G_VALUE_TYPE (&value));
              g_value_copy (&value, &p->value);
              g_ptr_array_add (ctx->pending, p);
            }
          continue;
        }
      if (!_pdz_member_set (m, to, &value, NULL, NULL, error))
        return FALSE;
    }

  for (guint i = 0; parts[i] != NULL; i++)
    _pdz_extensions_set (to, parts[i], _pdz_extensions_get (from, parts[i]));
  return TRUE;
}

static gpointer
create_like (PdzEntityKind    kind,
             gpointer         entity,
             PdzCopyContext  *ctx,
             GError         **error)
{
  switch (kind)
    {
    case PDZ_ENTITY_KIND_MACROAREA:
      return pdz_macroarea_new (pdz_macroarea_get_id (entity), pdz_macroarea_get_title (entity));
    case PDZ_ENTITY_KIND_OBJECTIVE:
      return pdz_objective_new (pdz_objective_get_id (entity), pdz_objective_get_title (entity));
    case PDZ_ENTITY_KIND_ACTION:
      return pdz_action_new (pdz_action_get_id (entity), pdz_action_get_title (entity));
    case PDZ_ENTITY_KIND_MILESTONE:
      return pdz_milestone_new (pdz_milestone_get_date (entity), pdz_milestone_get_title (entity));
    case PDZ_ENTITY_KIND_PROJECT:
      return pdz_project_new (pdz_project_get_id (entity), pdz_project_get_title (entity));
    case PDZ_ENTITY_KIND_PARTNER:
      return pdz_partner_new (pdz_partner_get_id (entity), pdz_partner_get_name (entity));
    case PDZ_ENTITY_KIND_PARTICIPATION:
      {
        PdzPartner *partner = pdz_participation_get_partner (entity);

        if (partner != NULL && ctx->resolve != NULL)
          {
            partner = resolve_ref (PDZ_KIND_PARTNER, pdz_partner_get_id (partner),
                                   ctx->resolve, ctx->user_data, error);
            if (partner == NULL)
              return NULL;
          }
        return pdz_participation_new (partner, pdz_participation_get_role (entity));
      }
    case PDZ_ENTITY_KIND_FUNDING:
      return pdz_funding_new (pdz_funding_get_source (entity));
    case PDZ_ENTITY_KIND_INDICATOR:
      return pdz_indicator_new (pdz_indicator_get_id (entity), pdz_indicator_get_title (entity));
    case PDZ_ENTITY_KIND_MEASUREMENT:
      return pdz_measurement_new (pdz_measurement_get_date (entity), pdz_measurement_get_value (entity));
    case PDZ_ENTITY_KIND_PLAN:
    default:
      g_return_val_if_reached (NULL);
    }
}

static const struct {
  PdzEntityKind owner;
  const char *member;
  gboolean filtered;     /* actions and indicators: entities with an id */
} copied_lists[] = {
  { PDZ_ENTITY_KIND_OBJECTIVE, "partners", FALSE },
  { PDZ_ENTITY_KIND_OBJECTIVE, "indicators", TRUE },
  { PDZ_ENTITY_KIND_OBJECTIVE, "actions", TRUE },
  { PDZ_ENTITY_KIND_ACTION, "milestones", FALSE },
  { PDZ_ENTITY_KIND_ACTION, "partners", FALSE },
  { PDZ_ENTITY_KIND_ACTION, "fundings", FALSE },
  { PDZ_ENTITY_KIND_ACTION, "actions", TRUE },
  { PDZ_ENTITY_KIND_PROJECT, "partners", FALSE },
  { PDZ_ENTITY_KIND_PROJECT, "fundings", FALSE },
  { PDZ_ENTITY_KIND_PROJECT, "actions", TRUE },
  { PDZ_ENTITY_KIND_INDICATOR, "measurements", FALSE },
};

gpointer
_pdz_entity_copy (PdzEntityKind    kind,
                  gpointer         entity,
                  PdzCopyContext  *ctx,
                  GError         **error)
{
  g_autoptr(GObject) copy = create_like (kind, entity, ctx, error);

  if (copy == NULL)
    return NULL;
  if (!copy_members (kind, entity, copy, ctx, error))
    return NULL;

  for (guint l = 0; l < G_N_ELEMENTS (copied_lists); l++)
    {
      PdzEntityKind item_kind = PDZ_ENTITY_KIND_PLAN;

      if (copied_lists[l].owner != kind)
        continue;
      _pdz_owned_list_item_kind (kind, copied_lists[l].member, &item_kind);
      PDZ_MODEL_FOREACH (_pdz_owned_list_get (kind, entity, copied_lists[l].member), GObject, child)
        {
          g_autoptr(GObject) child_copy = NULL;

          if (copied_lists[l].filtered && ctx->filter != NULL && !ctx->filter (child, ctx->user_data))
            continue;
          child_copy = _pdz_entity_copy (item_kind, child, ctx, error);
          if (child_copy == NULL ||
              !_pdz_owned_list_add (kind, copy, copied_lists[l].member, child_copy, error))
            return NULL;
        }
    }

  return g_steal_pointer (&copy);
}

gboolean
_pdz_copy_finish (PdzCopyContext  *ctx,
                  GError         **error)
{
  if (ctx->pending == NULL)
    return TRUE;
  for (guint i = 0; i < ctx->pending->len; i++)
    {
      PdzCopyPending *p = g_ptr_array_index (ctx->pending, i);

      if (!_pdz_member_set (p->member, p->entity, &p->value, ctx->resolve, ctx->user_data, error))
        return FALSE;
    }
  g_ptr_array_set_size (ctx->pending, 0);
  return TRUE;
}

void
_pdz_copy_context_clear (PdzCopyContext *ctx)
{
  g_clear_pointer (&ctx->pending, g_ptr_array_unref);
}

GPtrArray *
_pdz_copy_pending_new (void)
{
  return g_ptr_array_new_with_free_func (copy_pending_free);
}
