/* pdz-report-util.c: walks over the model and escaping, shared by the writers
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-report-private.h"

GPtrArray *
_pdz_report_objectives_of_macroarea (PdzPlan      *plan,
                                     PdzMacroarea *macroarea)
{
  GListModel *objectives = pdz_plan_get_objectives (plan);
  guint n = g_list_model_get_n_items (objectives);
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzObjective) o = g_list_model_get_item (objectives, i);

      if (pdz_objective_get_kind (o) == PDZ_OBJECTIVE_KIND_PLAN &&
          pdz_objective_get_macroarea (o) == macroarea)
        g_ptr_array_add (result, o);
    }

  return result;
}

GPtrArray *
_pdz_report_health_objectives (PdzPlan *plan)
{
  GListModel *objectives = pdz_plan_get_objectives (plan);
  guint n = g_list_model_get_n_items (objectives);
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzObjective) o = g_list_model_get_item (objectives, i);

      if (pdz_objective_get_kind (o) == PDZ_OBJECTIVE_KIND_HEALTH_INTEGRATION)
        g_ptr_array_add (result, o);
    }

  return result;
}

GPtrArray *
_pdz_report_objective_actions_of_project (PdzPlan    *plan,
                                          PdzProject *project)
{
  GListModel *objectives = pdz_plan_get_objectives (plan);
  guint n = g_list_model_get_n_items (objectives);
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzObjective) o = g_list_model_get_item (objectives, i);
      GListModel *actions = pdz_objective_get_actions (o);
      guint n_actions = g_list_model_get_n_items (actions);

      for (guint j = 0; j < n_actions; j++)
        {
          g_autoptr(PdzAction) a = g_list_model_get_item (actions, j);

          if (_pdz_model_find (pdz_action_get_projects (a), project, NULL))
            g_ptr_array_add (result, a);
        }
    }

  return result;
}

static void
add_all (GPtrArray  *array,
         GListModel *model)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_ptr_array_add (array, item);
    }
}

GPtrArray *
_pdz_report_all_actions (PdzPlan *plan)
{
  GListModel *objectives = pdz_plan_get_objectives (plan);
  GListModel *projects = pdz_plan_get_projects (plan);
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(PdzObjective) o = g_list_model_get_item (objectives, i);
      add_all (result, pdz_objective_get_actions (o));
    }
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(PdzProject) p = g_list_model_get_item (projects, i);
      add_all (result, pdz_project_get_actions (p));
    }

  return result;
}

void
_pdz_report_count_actions (GListModel *actions,
                           guint       counts[PDZ_N_STATUSES])
{
  guint n = g_list_model_get_n_items (actions);

  memset (counts, 0, sizeof (guint) * PDZ_N_STATUSES);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzAction) a = g_list_model_get_item (actions, i);
      guint status = pdz_action_get_status (a);

      if (status < PDZ_N_STATUSES)
        counts[status]++;
    }
}

/* Where partners appear --------------------------------------------------- */

static void
appearances_free (PdzReportAppearances *a)
{
  g_ptr_array_unref (a->objectives);
  g_ptr_array_unref (a->projects);
  g_free (a);
}

static PdzReportAppearances *
appearances_of (GHashTable *table,
                PdzPartner *partner)
{
  PdzReportAppearances *a = g_hash_table_lookup (table, partner);

  if (a == NULL)
    {
      a = g_new0 (PdzReportAppearances, 1);
      a->objectives = g_ptr_array_new ();
      a->projects = g_ptr_array_new ();
      g_hash_table_insert (table, partner, a);
    }
  return a;
}

static void
add_unique (GPtrArray *array,
            gpointer   item)
{
  if (item != NULL && !g_ptr_array_find (array, item, NULL))
    g_ptr_array_add (array, item);
}

/* Records every partner of @participations as appearing in @objective or
 * @project (either may be NULL). */
static void
note_participations (GHashTable   *table,
                     GListModel   *participations,
                     PdzObjective *objective,
                     PdzProject   *project)
{
  for (guint i = 0; i < g_list_model_get_n_items (participations); i++)
    {
      g_autoptr(PdzParticipation) p = g_list_model_get_item (participations, i);
      PdzPartner *partner = pdz_participation_get_partner (p);
      PdzReportAppearances *a;

      if (partner == NULL)
        continue;
      a = appearances_of (table, partner);
      add_unique (a->objectives, objective);
      add_unique (a->projects, project);
    }
}

GHashTable *
_pdz_report_collect_appearances (PdzPlan *plan)
{
  GHashTable *table = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) appearances_free);
  GListModel *objectives = pdz_plan_get_objectives (plan);
  GListModel *projects = pdz_plan_get_projects (plan);
  GListModel *municipalities = pdz_plan_get_municipalities (plan);

  for (guint i = 0; i < g_list_model_get_n_items (municipalities); i++)
    {
      g_autoptr(PdzPartner) m = g_list_model_get_item (municipalities, i);
      appearances_of (table, m)->municipality = TRUE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(PdzObjective) o = g_list_model_get_item (objectives, i);
      GListModel *actions = pdz_objective_get_actions (o);

      note_participations (table, pdz_objective_get_participations (o), o, NULL);
      for (guint j = 0; j < g_list_model_get_n_items (actions); j++)
        {
          g_autoptr(PdzAction) a = g_list_model_get_item (actions, j);
          note_participations (table, pdz_action_get_participations (a), o, NULL);
        }
    }

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(PdzProject) p = g_list_model_get_item (projects, i);
      GListModel *actions = pdz_project_get_actions (p);

      if (pdz_project_get_lead (p) != NULL)
        {
          PdzReportAppearances *a = appearances_of (table, pdz_project_get_lead (p));

          add_unique (a->projects, p);
        }
      note_participations (table, pdz_project_get_participations (p), NULL, p);
      for (guint j = 0; j < g_list_model_get_n_items (actions); j++)
        {
          g_autoptr(PdzAction) a = g_list_model_get_item (actions, j);
          note_participations (table, pdz_action_get_participations (a), NULL, p);
        }
    }

  return table;
}

/* Texts a plan built in code may lack ------------------------------------- */

const char *
_pdz_report_text_or (const char *text,
                     const char *fallback)
{
  if (text != NULL && *text != '\0')
    return text;
  if (fallback != NULL && *fallback != '\0')
    return fallback;
  return "—";
}

/* Characters XML 1.0 forbids ----------------------------------------------- */

gunichar
_pdz_report_xml_char (gunichar c)
{
  /* A vertical tab is what Word writes for a soft line break, a form feed
   * for a page break: both are line breaks. */
  if (c == 0x0b || c == 0x0c)
    return '\n';
  if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
    return 0;
  /* Surrogates cannot occur in valid UTF-8; the two non-characters can. */
  if (c == 0xfffe || c == 0xffff || (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
    return 0;
  return c;
}

void
_pdz_report_append_xml_text (GString    *out,
                             const char *text)
{
  const char *p = text;

  if (text == NULL)
    return;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);
      const char *next;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* Not UTF-8 (a plan built in code may hold anything): one byte
           * becomes U+FFFD. */
          g_string_append (out, "\xef\xbf\xbd");
          p++;
          continue;
        }

      next = g_utf8_next_char (p);
      c = _pdz_report_xml_char (c);
      if (c == '\n' && *p != '\n')
        g_string_append_c (out, '\n');
      else if (c != 0)
        g_string_append_len (out, p, next - p);
      p = next;
    }
}

char *
_pdz_report_xml_text (const char *text)
{
  GString *out;

  if (text == NULL)
    return NULL;

  out = g_string_sized_new (strlen (text));
  _pdz_report_append_xml_text (out, text);
  return g_string_free (out, FALSE);
}

char *
_pdz_report_sheet_name (const char *name)
{
  g_autofree char *clean = _pdz_report_xml_text (name != NULL ? name : "");
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = clean; *p != '\0' && n < 31; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Excel forbids these in sheet names, and line breaks and tabs */
      if (c < 0x20)
        continue;
      if (c < 0x80 && strchr ("[]:*?/\\", (int) c) != NULL)
        g_string_append_c (out, '_');
      else
        g_string_append_unichar (out, c);
      n++;
    }

  /* nor may a name begin or end with an apostrophe */
  while (out->len > 0 && out->str[out->len - 1] == '\'')
    g_string_truncate (out, out->len - 1);
  while (out->len > 0 && out->str[0] == '\'')
    g_string_erase (out, 0, 1);
  if (out->len == 0)
    g_string_append_c (out, '_');

  return g_string_free (out, FALSE);
}

/* Escaping ---------------------------------------------------------------- */

void
_pdz_report_append_escaped_xml (GString    *out,
                                const char *text)
{
  g_autofree char *clean = _pdz_report_xml_text (text);

  if (clean == NULL)
    return;

  for (const char *p = clean; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        case '\'':
          g_string_append (out, "&#39;");
          break;
        case '\r':
          /* HTML and SVG text have no use for it */
          break;
        default:
          g_string_append_c (out, *p);
          break;
        }
    }
}

gboolean
_pdz_report_url_is_safe (const char *url)
{
  static const char * const schemes[] = { "http://", "https://", "mailto:" };
  gboolean scheme_ok = FALSE;

  if (url == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    if (g_ascii_strncasecmp (url, schemes[i], strlen (schemes[i])) == 0 &&
        url[strlen (schemes[i])] != '\0')
      scheme_ok = TRUE;

  if (!scheme_ok)
    return FALSE;

  for (const char *p = url; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c <= 0x20 || c == 0x7f || strchr ("\"'<>`\\()[]{}|^", c) != NULL)
        return FALSE;
    }

  return TRUE;
}
