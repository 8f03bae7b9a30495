/* outline.c: print the outline of a plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Usage: pdz-outline [FILE]
 *
 * Loads a plan file and prints its outline: the plan and its monitoring
 * round, each macroarea with its objectives and how many actions each has,
 * the objectives without a macroarea (such as the health-integration ones
 * shared with the ASST), and the projects with their own actions and the
 * actions of objectives that name them. Without FILE it reads the
 * example plan, examples/data/corsichese-2021-2023.json.
 */

#include <locale.h>
#include <stdlib.h>

#include <libpdz/pdz.h>

#ifndef PDZ_EXAMPLE_PLAN
#define PDZ_EXAMPLE_PLAN "examples/data/corsichese-2021-2023.json"
#endif

static void
print_date_range (const char *label,
                  const PdzDate *start,
                  const PdzDate *end,
                  const char *language)
{
  g_autofree char *from = start != NULL ? pdz_date_format (start, language) : NULL;
  g_autofree char *to = end != NULL ? pdz_date_format (end, language) : NULL;

  if (from == NULL && to == NULL)
    return;

  g_print ("%s: %s – %s\n", label, from != NULL ? from : "?", to != NULL ? to : "?");
}

static const char *
status_nick (PdzStatus status)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (PDZ_TYPE_STATUS);
  GEnumValue *value = g_enum_get_value (klass, status);

  /* Enum classes of static types are never finalized: the nick stays valid. */
  return value != NULL ? value->value_nick : "?";
}

static void
print_objective (PdzObjective *objective)
{
  guint n_actions = g_list_model_get_n_items (pdz_objective_get_actions (objective));

  g_print ("  - %s [%s]: %u %s\n",
           pdz_objective_get_title (objective),
           status_nick (pdz_objective_get_status (objective)),
           n_actions, n_actions == 1 ? "action" : "actions");
}

static gboolean
list_contains (GListModel *model,
               gpointer    item)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        return TRUE;
    }

  return FALSE;
}

/* How many actions of objectives name @project among their projects. */
static guint
count_naming_actions (PdzPlan    *plan,
                      PdzProject *project)
{
  GListModel *objectives = pdz_plan_get_objectives (plan);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(PdzObjective) objective = g_list_model_get_item (objectives, i);
      GListModel *actions = pdz_objective_get_actions (objective);

      for (guint j = 0; j < g_list_model_get_n_items (actions); j++)
        {
          g_autoptr(PdzAction) action = g_list_model_get_item (actions, j);

          if (list_contains (pdz_action_get_projects (action), project))
            n++;
        }
    }

  return n;
}

static void
print_outline (PdzPlan *plan)
{
  const char *language = pdz_plan_get_language (plan) != NULL ? pdz_plan_get_language (plan) : "it";
  GListModel *macroareas = pdz_plan_get_macroareas (plan);
  GListModel *objectives = pdz_plan_get_objectives (plan);
  GListModel *projects = pdz_plan_get_projects (plan);
  guint n_objectives = g_list_model_get_n_items (objectives);
  gboolean header_printed = FALSE;

  g_print ("%s\n", pdz_plan_get_title (plan) != NULL ? pdz_plan_get_title (plan) : "(untitled plan)");
  if (pdz_plan_get_ambito (plan) != NULL)
    g_print ("%s\n", pdz_plan_get_ambito (plan));
  print_date_range ("Period", pdz_plan_get_start (plan), pdz_plan_get_end (plan), language);
  if (pdz_plan_get_monitoring_title (plan) != NULL)
    g_print ("Monitoring: %s\n", pdz_plan_get_monitoring_title (plan));
  print_date_range ("Monitoring period",
                    pdz_plan_get_monitoring_start (plan),
                    pdz_plan_get_monitoring_end (plan),
                    language);

  for (guint i = 0; i < g_list_model_get_n_items (macroareas); i++)
    {
      g_autoptr(PdzMacroarea) macroarea = g_list_model_get_item (macroareas, i);
      const char *code = pdz_macroarea_get_code (macroarea);

      if (code != NULL)
        g_print ("\n%s. %s\n", code, pdz_macroarea_get_title (macroarea));
      else
        g_print ("\n%s\n", pdz_macroarea_get_title (macroarea));

      for (guint j = 0; j < n_objectives; j++)
        {
          g_autoptr(PdzObjective) objective = g_list_model_get_item (objectives, j);

          if (pdz_objective_get_macroarea (objective) == macroarea)
            print_objective (objective);
        }
    }

  for (guint j = 0; j < n_objectives; j++)
    {
      g_autoptr(PdzObjective) objective = g_list_model_get_item (objectives, j);

      if (pdz_objective_get_macroarea (objective) != NULL)
        continue;

      if (!header_printed)
        {
          g_print ("\nObjectives without a macroarea\n");
          header_printed = TRUE;
        }
      print_objective (objective);
    }

  if (g_list_model_get_n_items (projects) > 0)
    g_print ("\nProjects\n");
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(PdzProject) project = g_list_model_get_item (projects, i);
      guint n_actions = g_list_model_get_n_items (pdz_project_get_actions (project));
      guint n_naming = count_naming_actions (plan, project);

      g_print ("  - %s [%s]: %u %s",
               pdz_project_get_title (project),
               status_nick (pdz_project_get_status (project)),
               n_actions, n_actions == 1 ? "action" : "actions");
      if (n_naming > 0)
        g_print (", named by %u %s of objectives", n_naming, n_naming == 1 ? "action" : "actions");
      g_print ("\n");
    }
}

int
main (int argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPlan) plan = NULL;
  const char *path;

  setlocale (LC_ALL, "");

  if (argc > 2)
    {
      g_printerr ("Usage: %s [FILE]\n", g_get_prgname () != NULL ? g_get_prgname () : argv[0]);
      return EXIT_FAILURE;
    }

  path = argc == 2 ? argv[1] : PDZ_EXAMPLE_PLAN;
  plan = pdz_plan_load_path (path, NULL, &error);
  if (plan == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  print_outline (plan);

  return EXIT_SUCCESS;
}
