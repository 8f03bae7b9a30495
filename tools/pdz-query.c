/* pdz-query.c: pdz query, the actions of a plan that match criteria
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-tool-private.h"

#define ID_WIDTH 30
#define STATUS_WIDTH 11
#define DATE_WIDTH 21
#define TITLE_WIDTH 70

typedef enum {
  FORMAT_TABLE,
  FORMAT_CSV,
  FORMAT_JSON,
} Format;

static const char *
enum_nick (GType type,
           int value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *v = g_enum_get_value (klass, value);

  /* The class of a static enum type lives as long as the program. */
  return v != NULL ? v->value_nick : "";
}

static char *
date_text (PdzAction *action)
{
  const PdzDate *date = pdz_action_get_date (action);
  const PdzDate *end = pdz_action_get_end_date (action);
  g_autofree char *a = date != NULL ? pdz_date_to_string (date) : NULL;
  g_autofree char *b = end != NULL ? pdz_date_to_string (end) : NULL;

  if (a != NULL && b != NULL)
    return g_strdup_printf ("%s..%s", a, b);
  if (a != NULL)
    return g_steal_pointer (&a);
  if (b != NULL)
    return g_strdup_printf ("..%s", b);
  return g_strdup ("");
}

static const char *
owner_objective (PdzAction *action)
{
  PdzObjective *objective = pdz_action_get_objective (action);

  return objective != NULL ? pdz_objective_get_id (objective) : NULL;
}

static char **
project_ids (PdzAction *action)
{
  GObject *owner = pdz_action_get_owner (action);
  GListModel *projects = pdz_action_get_projects (action);
  guint n = g_list_model_get_n_items (projects);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (PDZ_IS_PROJECT (owner))
    g_strv_builder_add (builder, pdz_project_get_id (PDZ_PROJECT (owner)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzProject) project = g_list_model_get_item (projects, i);

      if (G_OBJECT (project) != owner)
        g_strv_builder_add (builder, pdz_project_get_id (project));
    }

  return g_strv_builder_end (builder);
}

static char **
partner_roles (PdzAction *action)
{
  GListModel *participations = pdz_action_get_participations (action);
  guint n = g_list_model_get_n_items (participations);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzParticipation) participation = g_list_model_get_item (participations, i);
      PdzPartner *partner = pdz_participation_get_partner (participation);

      if (partner == NULL)
        continue;
      {
        g_autofree char *item = g_strdup_printf ("%s:%s", pdz_partner_get_id (partner),
                                                 enum_nick (PDZ_TYPE_ROLE,
                                                            pdz_participation_get_role (participation)));

        g_strv_builder_add (builder, item);
      }
    }

  return g_strv_builder_end (builder);
}

/* ---- table -------------------------------------------------------------- */

static void
print_table (GListModel *actions,
             gboolean ascii)
{
  PdzToolTerm term;
  guint n = g_list_model_get_n_items (actions);
  g_autoptr(GString) out = g_string_new (NULL);
  guint id_width = 2;

  pdz_tool_term_init (&term, ascii);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (actions, i);

      id_width = MAX (id_width, (guint) g_utf8_strlen (pdz_action_get_id (action), -1));
    }
  id_width = MIN (id_width, ID_WIDTH);

  {
    g_autofree char *id = pdz_tool_cell (&term, "ID", id_width, FALSE);
    g_autofree char *status = pdz_tool_cell (&term, "STATUS", STATUS_WIDTH, FALSE);
    g_autofree char *date = pdz_tool_cell (&term, "DATE", DATE_WIDTH, FALSE);
    g_autofree char *header = g_strdup_printf ("%s  %s  %s  %s", id, status, date, "TITLE");
    g_autofree char *colored = pdz_tool_color (&term, "1", header);

    g_string_append_printf (out, "%s\n", colored);
  }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (actions, i);
      g_autofree char *when = date_text (action);
      g_autofree char *id = pdz_tool_cell (&term, pdz_action_get_id (action), id_width, FALSE);
      g_autofree char *status = pdz_tool_cell (&term, enum_nick (PDZ_TYPE_STATUS,
                                                                 pdz_action_get_status (action)),
                                               STATUS_WIDTH, FALSE);
      g_autofree char *date = pdz_tool_cell (&term, when, DATE_WIDTH, FALSE);
      g_autofree char *title = pdz_tool_cell (&term, pdz_action_get_title (action), TITLE_WIDTH, FALSE);

      /* The title is the last column: no trailing spaces. */
      g_strchomp (title);
      g_string_append_printf (out, "%s  %s  %s  %s%s\n", id, status, date, title,
                              pdz_action_get_extra (action) ? " [extra]" : "");
    }

  g_string_append_printf (out, "%u %s\n", n, n == 1 ? "action" : "actions");
  pdz_tool_write (out->str);
}

/* ---- CSV (RFC 4180) ----------------------------------------------------- */

/* The field quoted, and neutralised against formulas, by the report's
 * rule (pdz_tool_csv_field()), then its separator. */
static void
csv_field (GString *out,
           const char *value,
           gboolean last)
{
  pdz_tool_csv_field (out, value);
  g_string_append (out, last ? "\r\n" : ",");
}

static void
print_csv (PdzPlan    *plan,
           GListModel *actions)
{
  static const char * const header[] = {
    "id", "title", "status", "date", "end-date", "extra", "objective", "projects",
    "partners", "pointer",
  };
  guint n = g_list_model_get_n_items (actions);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint c = 0; c < G_N_ELEMENTS (header); c++)
    csv_field (out, header[c], c + 1 == G_N_ELEMENTS (header));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (actions, i);
      const PdzDate *date = pdz_action_get_date (action);
      const PdzDate *end = pdz_action_get_end_date (action);
      g_autofree char *date_s = date != NULL ? pdz_date_to_string (date) : NULL;
      g_autofree char *end_s = end != NULL ? pdz_date_to_string (end) : NULL;
      g_auto(GStrv) projects = project_ids (action);
      g_auto(GStrv) partners = partner_roles (action);
      g_autofree char *projects_s = g_strjoinv (";", projects);
      g_autofree char *partners_s = g_strjoinv (";", partners);
      g_autofree char *pointer = pdz_plan_dup_pointer (plan, G_OBJECT (action));

      csv_field (out, pdz_action_get_id (action), FALSE);
      csv_field (out, pdz_action_get_title (action), FALSE);
      csv_field (out, enum_nick (PDZ_TYPE_STATUS, pdz_action_get_status (action)), FALSE);
      csv_field (out, date_s, FALSE);
      csv_field (out, end_s, FALSE);
      csv_field (out, pdz_action_get_extra (action) ? "true" : "false", FALSE);
      csv_field (out, owner_objective (action), FALSE);
      csv_field (out, projects_s, FALSE);
      csv_field (out, partners_s, FALSE);
      csv_field (out, pointer, TRUE);
    }

  pdz_tool_write (out->str);
}

/* ---- JSON --------------------------------------------------------------- */

static void
print_json (PdzPlan    *plan,
            GListModel *actions)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  guint n = g_list_model_get_n_items (actions);

  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (actions, i);
      const PdzDate *date = pdz_action_get_date (action);
      const PdzDate *end = pdz_action_get_end_date (action);
      g_auto(GStrv) projects = project_ids (action);
      GListModel *participations = pdz_action_get_participations (action);
      guint n_participations = g_list_model_get_n_items (participations);
      g_autofree char *pointer = pdz_plan_dup_pointer (plan, G_OBJECT (action));

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, pdz_action_get_id (action));
      json_builder_set_member_name (builder, "pointer");
      json_builder_add_string_value (builder, pointer);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, pdz_action_get_title (action));
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, enum_nick (PDZ_TYPE_STATUS, pdz_action_get_status (action)));
      json_builder_set_member_name (builder, "date");
      if (date != NULL)
        {
          g_autofree char *s = pdz_date_to_string (date);

          json_builder_add_string_value (builder, s);
        }
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "end-date");
      if (end != NULL)
        {
          g_autofree char *s = pdz_date_to_string (end);

          json_builder_add_string_value (builder, s);
        }
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "extra");
      json_builder_add_boolean_value (builder, pdz_action_get_extra (action));
      json_builder_set_member_name (builder, "objective");
      if (owner_objective (action) != NULL)
        json_builder_add_string_value (builder, owner_objective (action));
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "projects");
      json_builder_begin_array (builder);
      for (guint p = 0; projects[p] != NULL; p++)
        json_builder_add_string_value (builder, projects[p]);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "partners");
      json_builder_begin_array (builder);
      for (guint p = 0; p < n_participations; p++)
        {
          g_autoptr(PdzParticipation) participation = g_list_model_get_item (participations, p);
          PdzPartner *partner = pdz_participation_get_partner (participation);

          if (partner == NULL)
            continue;
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "partner");
          json_builder_add_string_value (builder, pdz_partner_get_id (partner));
          json_builder_set_member_name (builder, "role");
          json_builder_add_string_value (builder,
                                         enum_nick (PDZ_TYPE_ROLE,
                                                    pdz_participation_get_role (participation)));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  pdz_tool_print_json (root);
}

/* ---- options ------------------------------------------------------------ */

static gboolean
parse_statuses (const char *text,
                PdzStatusFlags *statuses)
{
  g_auto(GStrv) names = g_strsplit (text, ",", -1);
  g_autoptr(GEnumClass) klass = g_type_class_ref (PDZ_TYPE_STATUS);

  for (guint i = 0; names[i] != NULL; i++)
    {
      GEnumValue *value = g_enum_get_value_by_nick (klass, g_strstrip (names[i]));

      if (value == NULL)
        {
          pdz_tool_error (NULL, "query: --status: unknown status “%s”: use planned, "
                          "in-progress, completed, suspended or cancelled", names[i]);
          return FALSE;
        }
      *statuses |= 1u << value->value;
    }

  return TRUE;
}

static gboolean
parse_role (const char *text,
            PdzRole *role)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (PDZ_TYPE_ROLE);
  GEnumValue *value = g_enum_get_value_by_nick (klass, text);

  if (value == NULL)
    {
      pdz_tool_error (NULL, "query: --role: unknown role “%s”: use participant, lead, partner, "
                      "signatory, funder, contractor or consulted", text);
      return FALSE;
    }
  *role = value->value;
  return TRUE;
}

int
pdz_tool_query (int argc,
                char **argv)
{
  g_autofree char *macroarea = NULL;
  g_autofree char *objective = NULL;
  g_autofree char *partner = NULL;
  g_autofree char *role_text = NULL;
  g_autofree char *project = NULL;
  g_autofree char *source = NULL;
  g_autofree char *status_text = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *text = NULL;
  g_autofree char *format_text = NULL;
  g_auto(GStrv) files = NULL;
  gboolean extra = FALSE;
  gboolean planned = FALSE;
  gboolean ascii = FALSE;
  const GOptionEntry entries[] = {
    { "macroarea", 'm', 0, G_OPTION_ARG_STRING, &macroarea,
      "Actions of the macroarea ID", "ID" },
    { "objective", 'o', 0, G_OPTION_ARG_STRING, &objective,
      "Actions of the objective ID", "ID" },
    { "partner", 'p', 0, G_OPTION_ARG_STRING, &partner,
      "Actions the partner ID takes part in", "ID" },
    { "role", 0, 0, G_OPTION_ARG_STRING, &role_text,
      "…in this role (lead, partner, signatory, …)", "ROLE" },
    { "project", 0, 0, G_OPTION_ARG_STRING, &project,
      "Actions of the project ID", "ID" },
    { "funding-source", 0, 0, G_OPTION_ARG_STRING, &source,
      "Actions funded by SOURCE", "SOURCE" },
    { "status", 's', 0, G_OPTION_ARG_STRING, &status_text,
      "Actions in one of these statuses, comma-separated", "S,…" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text,
      "Actions dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD), by overlap", "DATE" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text,
      "Actions dated on or before DATE, by overlap", "DATE" },
    { "extra", 0, 0, G_OPTION_ARG_NONE, &extra,
      "Only extra actions", NULL },
    { "planned", 0, 0, G_OPTION_ARG_NONE, &planned,
      "Only planned (not extra) actions", NULL },
    { "text", 't', 0, G_OPTION_ARG_STRING, &text,
      "Actions whose title holds all the WORDS, ignoring case and accents", "WORDS" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_text,
      "Output format: table (the default), csv or json", "FORMAT" },
    { "ascii", 0, 0, G_OPTION_ARG_NONE, &ascii,
      "Plain ASCII table", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE" },
    { NULL }
  };
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzQuery) query = NULL;
  g_autoptr(GListModel) actions = NULL;
  PdzStatusFlags statuses = PDZ_STATUS_FLAGS_NONE;
  Format format = FORMAT_TABLE;

  if (!pdz_tool_parse ("query",
                       "Prints the actions of the plan FILE that meet every criterion\n"
                       "given. Dates match by overlap: --from 2023 finds an action of\n"
                       "2023-11, --to 2023-11 does not find one of 2023-12.",
                       "Exit status: 0 on success (even when nothing matches), 2 when\n"
                       "FILE cannot be loaded or the usage is wrong.",
                       entries, &argc, &argv))
    return PDZ_EXIT_FAILURE;

  if (format_text == NULL || g_str_equal (format_text, "table"))
    format = FORMAT_TABLE;
  else if (g_str_equal (format_text, "csv"))
    format = FORMAT_CSV;
  else if (g_str_equal (format_text, "json"))
    format = FORMAT_JSON;
  else
    {
      pdz_tool_error (NULL, "query: unknown format “%s”: use table, csv or json", format_text);
      return PDZ_EXIT_FAILURE;
    }
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      pdz_tool_error (NULL, "query: give exactly one FILE; run 'pdz query --help'");
      return PDZ_EXIT_FAILURE;
    }
  if (extra && planned)
    {
      pdz_tool_error (NULL, "query: --extra and --planned exclude each other");
      return PDZ_EXIT_FAILURE;
    }
  if (status_text != NULL && !parse_statuses (status_text, &statuses))
    return PDZ_EXIT_FAILURE;

  query = pdz_query_new (NULL);
  if (role_text != NULL)
    {
      PdzRole role;

      if (!parse_role (role_text, &role))
        return PDZ_EXIT_FAILURE;
      pdz_query_set_role (query, role);
    }
  if (from_text != NULL)
    {
      g_autoptr(PdzDate) from = pdz_tool_parse_date ("--from", from_text);

      if (from == NULL)
        return PDZ_EXIT_FAILURE;
      pdz_query_set_from (query, from);
    }
  if (to_text != NULL)
    {
      g_autoptr(PdzDate) to = pdz_tool_parse_date ("--to", to_text);

      if (to == NULL)
        return PDZ_EXIT_FAILURE;
      pdz_query_set_to (query, to);
    }

  plan = pdz_tool_load_plan (files[0]);
  if (plan == NULL)
    return PDZ_EXIT_FAILURE;

  pdz_query_set_plan (query, plan);
  pdz_query_set_macroarea (query, macroarea);
  pdz_query_set_objective (query, objective);
  pdz_query_set_partner (query, partner);
  pdz_query_set_project (query, project);
  pdz_query_set_funding_source (query, source);
  pdz_query_set_statuses (query, statuses);
  pdz_query_set_text (query, text);
  if (extra || planned)
    pdz_query_set_extra (query, extra);

  /* An id the plan does not hold is most likely a typo: say so. */
#define CHECK_ID(value, lookup, what)                                           \
  if (value != NULL && lookup (plan, value) == NULL)                            \
    {                                                                           \
      pdz_tool_error (files[0], "no " what " with the id “%s”", value);        \
      return PDZ_EXIT_FAILURE;                                                  \
    }
  CHECK_ID (macroarea, pdz_plan_lookup_macroarea, "macroarea");
  CHECK_ID (objective, pdz_plan_lookup_objective, "objective");
  CHECK_ID (partner, pdz_plan_lookup_partner, "partner");
  CHECK_ID (project, pdz_plan_lookup_project, "project");
#undef CHECK_ID

  actions = pdz_query_find_actions (query);

  switch (format)
    {
    case FORMAT_CSV:
      print_csv (plan, actions);
      break;
    case FORMAT_JSON:
      print_json (plan, actions);
      break;
    case FORMAT_TABLE:
    default:
      print_table (actions, ascii);
      break;
    }

  return PDZ_EXIT_OK;
}
