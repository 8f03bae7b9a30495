/* pdz-filter.c: the options that select actions, for pdz query and pdz report
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One definition of every filter: the long options, their help, the check
 * of their values and the PdzQuery they make. The values of enumerations
 * are their GEnum nicks, read with GLib's GFlags API from the flags types
 * of libpdz, so a value libpdz adds is an option value at once.
 */

#include <string.h>

#include "pdz-tool-private.h"

struct _PdzToolFilter {
  /* What the options write. */
  char **macroareas;
  char **objectives;
  char **objective_kinds;
  char **partners;
  char **roles;
  char **partner_kinds;
  char **projects;
  char **funding_sources;
  char **statuses;
  char **origins;
  char *start;
  char *end;
  gboolean undated;
  gboolean via_projects;
  gboolean extra;
  char **text;
  char *sort;

  /* What the check makes of them. */
  guint status_flags;         /* PdzStatusFlags */
  guint origin_flags;         /* PdzOriginFlags */
  guint role_flags;           /* PdzRoleFlags */
  guint partner_kind_flags;   /* PdzPartnerKindFlags */
  guint objective_kind_flags; /* PdzObjectiveKindFlags */
  PdzDate *start_date;
  PdzDate *end_date;
  guint sort_value;           /* PdzQuerySort */

  GPtrArray *help;             /* (element-type utf8): the help texts the entries point to */
  GOptionEntry entries[21];
};

static const char *
help_text (PdzToolFilter *filter,
           char          *text)
{
  g_ptr_array_add (filter->help, text);
  return text;
}

PdzToolFilter *
pdz_tool_filter_new (void)
{
  PdzToolFilter *f = g_new0 (PdzToolFilter, 1);
  g_autofree char *statuses = pdz_tool_nicks (PDZ_TYPE_STATUS_FLAGS);
  g_autofree char *origins = pdz_tool_nicks (PDZ_TYPE_ORIGIN_FLAGS);
  g_autofree char *roles = pdz_tool_nicks (PDZ_TYPE_ROLE_FLAGS);
  g_autofree char *partner_kinds = pdz_tool_nicks (PDZ_TYPE_PARTNER_KIND_FLAGS);
  g_autofree char *objective_kinds = pdz_tool_nicks (PDZ_TYPE_OBJECTIVE_KIND_FLAGS);
  g_autofree char *sorts = pdz_tool_nicks (PDZ_TYPE_QUERY_SORT);

  /* First: the entries below point to help texts it keeps. */
  f->help = g_ptr_array_new_with_free_func (g_free);

  const GOptionEntry entries[] = {
    { "macroarea", 0, 0, G_OPTION_ARG_STRING_ARRAY, &f->macroareas,
      "Actions of the objectives of the macroarea ID", "ID" },
    { "objective", 0, 0, G_OPTION_ARG_STRING_ARRAY, &f->objectives,
      "Actions of the objective ID", "ID" },
    { "objective-kind", 0, 0, G_OPTION_ARG_STRING_ARRAY, &f->objective_kinds,
      help_text (f, g_strdup_printf ("Actions of objectives of the KIND: %s", objective_kinds)), "KIND" },
    { "via-projects", 0, 0, G_OPTION_ARG_NONE, &f->via_projects,
      "With the criteria of objectives, also the actions of the projects serving them", NULL },
    { "partner", 0, 0, G_OPTION_ARG_STRING_ARRAY, &f->partners,
      "Actions the partner ID takes part in", "ID" },
    { "role", 0, 0, G_OPTION_ARG_STRING_ARRAY, &f->roles,
      help_text (f, g_strdup_printf ("…in the ROLE: %s", roles)), "ROLE" },
    { "partner-kind", 0, 0, G_OPTION_ARG_STRING_ARRAY, &f->partner_kinds,
      help_text (f, g_strdup_printf ("…of a partner of the KIND: %s", partner_kinds)), "KIND" },
    { "project", 0, 0, G_OPTION_ARG_STRING_ARRAY, &f->projects,
      "Actions of the project ID, or naming it", "ID" },
    { "funding-source", 0, 0, G_OPTION_ARG_STRING_ARRAY, &f->funding_sources,
      "Actions funded by SOURCE, ignoring case and accents", "SOURCE" },
    { "status", 0, 0, G_OPTION_ARG_STRING_ARRAY, &f->statuses,
      help_text (f, g_strdup_printf ("Actions in the STATUS: %s", statuses)), "STATUS" },
    { "origin", 0, 0, G_OPTION_ARG_STRING_ARRAY, &f->origins,
      help_text (f, g_strdup_printf ("Actions of the ORIGIN: %s", origins)), "ORIGIN" },
    { "extra", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &f->extra,
      "The same as --origin extra", NULL },
    { "start", 0, 0, G_OPTION_ARG_STRING, &f->start,
      "Actions dated (or with a milestone) on or after DATE: YYYY, YYYY-MM or YYYY-MM-DD", "DATE" },
    { "from", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &f->start,
      "The same as --start", "DATE" },
    { "end", 0, 0, G_OPTION_ARG_STRING, &f->end,
      "Actions dated (or with a milestone) on or before DATE", "DATE" },
    { "to", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &f->end,
      "The same as --end", "DATE" },
    { "undated", 0, 0, G_OPTION_ARG_NONE, &f->undated,
      "Actions with neither a date nor a milestone", NULL },
    { "text", 0, 0, G_OPTION_ARG_STRING_ARRAY, &f->text,
      "Actions whose title holds all the WORDS, ignoring case and accents", "WORDS" },
    { "sort", 0, 0, G_OPTION_ARG_STRING, &f->sort,
      help_text (f, g_strdup_printf ("The order: %s (default: document)", sorts)), "ORDER" },
    { NULL }
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (entries) <= G_N_ELEMENTS (f->entries));

  memcpy (f->entries, entries, sizeof entries);
  return f;
}

void
pdz_tool_filter_free (PdzToolFilter *filter)
{
  g_strfreev (filter->macroareas);
  g_strfreev (filter->objectives);
  g_strfreev (filter->objective_kinds);
  g_strfreev (filter->partners);
  g_strfreev (filter->roles);
  g_strfreev (filter->partner_kinds);
  g_strfreev (filter->projects);
  g_strfreev (filter->funding_sources);
  g_strfreev (filter->statuses);
  g_strfreev (filter->origins);
  g_free (filter->start);
  g_free (filter->end);
  g_strfreev (filter->text);
  g_free (filter->sort);
  g_clear_pointer (&filter->start_date, pdz_date_free);
  g_clear_pointer (&filter->end_date, pdz_date_free);
  g_ptr_array_unref (filter->help);
  g_free (filter);
}

const GOptionEntry *
pdz_tool_filter_get_entries (PdzToolFilter *filter)
{
  return filter->entries;
}

const char *
pdz_tool_filter_get_first_option (PdzToolFilter *filter)
{
  for (guint i = 0; filter->entries[i].long_name != NULL; i++)
    {
      const GOptionEntry *e = &filter->entries[i];
      gboolean set;

      switch (e->arg)
        {
        case G_OPTION_ARG_NONE:
          set = *(gboolean *) e->arg_data;
          break;
        case G_OPTION_ARG_STRING:
          set = *(char **) e->arg_data != NULL;
          break;
        case G_OPTION_ARG_STRING_ARRAY:
        default:
          set = *(char ***) e->arg_data != NULL;
          break;
        }
      if (set)
        return e->long_name;
    }
  return NULL;
}

/* The values of @option (repeated, or joined by commas) as flags of
 * @type, by their nicks, or-ed into @flags; FALSE after a usage error. */
static gboolean
parse_flags (GType        type,
             char       **values,
             const char  *option,
             const char  *what,
             guint       *flags)
{
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      g_auto(GStrv) names = g_strsplit (values[i], ",", -1);

      for (guint n = 0; names[n] != NULL; n++)
        {
          if (!pdz_tool_parse_nick (type, option, what, g_strstrip (names[n]), flags))
            return FALSE;
        }
    }

  return TRUE;
}

gboolean
pdz_tool_filter_check (PdzToolFilter *f)
{
  if (f->extra)
    {
      /* --extra, the spelling of 0.1, is --origin extra. */
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      if (f->origins != NULL)
        g_strv_builder_addv (builder, (const char **) f->origins);
      g_strv_builder_add (builder, "extra");
      g_strfreev (f->origins);
      f->origins = g_strv_builder_end (builder);
    }

  {
    const struct {
      GType type;
      char **values;
      const char *option;
      const char *what;
      guint *flags;
    } flags[] = {
      { PDZ_TYPE_STATUS_FLAGS, f->statuses, "--status", "status", &f->status_flags },
      { PDZ_TYPE_ORIGIN_FLAGS, f->origins, "--origin", "origin", &f->origin_flags },
      { PDZ_TYPE_ROLE_FLAGS, f->roles, "--role", "role", &f->role_flags },
      { PDZ_TYPE_PARTNER_KIND_FLAGS, f->partner_kinds, "--partner-kind", "partner kind",
        &f->partner_kind_flags },
      { PDZ_TYPE_OBJECTIVE_KIND_FLAGS, f->objective_kinds, "--objective-kind", "objective kind",
        &f->objective_kind_flags },
    };

    for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
      {
        *flags[i].flags = 0;
        if (!parse_flags (flags[i].type, flags[i].values, flags[i].option, flags[i].what, flags[i].flags))
          return FALSE;
      }
  }

  if (f->start != NULL && (f->start_date = pdz_tool_parse_date ("--start", f->start)) == NULL)
    return FALSE;
  if (f->end != NULL && (f->end_date = pdz_tool_parse_date ("--end", f->end)) == NULL)
    return FALSE;
  if (f->undated && (f->start != NULL || f->end != NULL))
    {
      pdz_tool_usage_error ("--undated", "finds the actions without a date: it cannot be given "
                                         "with --start or --end");
      return FALSE;
    }

  f->sort_value = PDZ_QUERY_SORT_DOCUMENT;
  if (f->sort != NULL && !pdz_tool_parse_nick (PDZ_TYPE_QUERY_SORT, "--sort", "order", f->sort, &f->sort_value))
    return FALSE;

  return TRUE;
}

typedef enum {
  ID_MACROAREA,
  ID_OBJECTIVE,
  ID_PARTNER,
  ID_PROJECT,
} IdKind;

/* Whether each of @ids is in @plan; else names the first that is not. */
static gboolean
check_ids (char       **ids,
           IdKind       kind,
           PdzPlan     *plan,
           const char  *arg)
{
  static const char * const names[] = { "macroarea", "objective", "partner", "project" };

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      gpointer found = NULL;

      switch (kind)
        {
        case ID_MACROAREA:
          found = pdz_plan_lookup_macroarea (plan, ids[i]);
          break;
        case ID_OBJECTIVE:
          found = pdz_plan_lookup_objective (plan, ids[i]);
          break;
        case ID_PARTNER:
          found = pdz_plan_lookup_partner (plan, ids[i]);
          break;
        case ID_PROJECT:
        default:
          found = pdz_plan_lookup_project (plan, ids[i]);
          break;
        }
      if (found == NULL)
        {
          pdz_tool_error (arg, "--%s: no %s with the id \"%s\"", names[kind], names[kind], ids[i]);
          return FALSE;
        }
    }
  return TRUE;
}

/* A query on @plan with the criteria of @f, unchecked. (transfer full) */
static PdzQuery *
build_query (PdzToolFilter *f,
             PdzPlan       *plan)
{
  PdzQuery *query = pdz_query_new (plan);
  g_autofree char *text = f->text != NULL ? g_strjoinv (" ", f->text) : NULL;

  pdz_query_set_macroareas (query, (const char * const *) f->macroareas);
  pdz_query_set_objectives (query, (const char * const *) f->objectives);
  pdz_query_set_objective_kinds (query, f->objective_kind_flags);
  pdz_query_set_via_projects (query, f->via_projects);
  pdz_query_set_partners (query, (const char * const *) f->partners);
  pdz_query_set_roles (query, f->role_flags);
  pdz_query_set_partner_kinds (query, f->partner_kind_flags);
  pdz_query_set_projects (query, (const char * const *) f->projects);
  pdz_query_set_funding_sources (query, (const char * const *) f->funding_sources);
  pdz_query_set_statuses (query, f->status_flags);
  pdz_query_set_origins (query, f->origin_flags);
  pdz_query_set_start (query, f->start_date);
  pdz_query_set_end (query, f->end_date);
  pdz_query_set_undated (query, f->undated);
  pdz_query_set_text (query, text);
  pdz_query_set_sort (query, f->sort_value);

  return query;
}

PdzQuery *
pdz_tool_filter_build_query (PdzToolFilter *f,
                             PdzPlan       *plan,
                             const char    *arg)
{
  /* An id the plan does not hold is most likely a typo: say so, where the
   * library would quietly find nothing. */
  if (!check_ids (f->macroareas, ID_MACROAREA, plan, arg) ||
      !check_ids (f->objectives, ID_OBJECTIVE, plan, arg) ||
      !check_ids (f->partners, ID_PARTNER, plan, arg) ||
      !check_ids (f->projects, ID_PROJECT, plan, arg))
    return NULL;

  return build_query (f, plan);
}

PdzQuery *
pdz_tool_filter_build_corpus_query (PdzToolFilter *f,
                                    PdzPlan       *plan)
{
  return build_query (f, plan);
}
