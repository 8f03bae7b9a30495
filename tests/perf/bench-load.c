/* bench-load.c: times loading a plan file and building a plan in code
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Not a test: bench-load.sh compiles it against a build tree and runs it.
 *
 *   bench-load load FILE         reads FILE with pdz_plan_new_from_file()
 *   bench-load build N M         builds a plan of N objectives of M actions
 *                                through the public API, adding every
 *                                action to an objective already in the plan
 *
 * Prints the best of three runs, in seconds of CPU time of the process
 * (the work is single-threaded; CPU time is steadier than wall-clock time
 * on a machine shared with other jobs). A run longer than MAX_SECONDS is
 * not repeated.
 */

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <libpdz/pdz.h>

#define RUNS 3
#define MAX_SECONDS 10.0

static double
cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

static double
time_load (const char *path)
{
  g_autoptr(GError) error = NULL;
  double start = cpu_seconds ();
  g_autoptr(PdzPlan) plan = pdz_plan_load_path (path, NULL, &error);
  double end = cpu_seconds ();

  if (plan == NULL)
    {
      g_printerr ("bench-load: %s\n", error->message);
      exit (EXIT_FAILURE);
    }

  return end - start;
}

static void
check (gboolean ok,
       GError  *error)
{
  if (!ok)
    {
      g_printerr ("bench-load: %s\n", error->message);
      exit (EXIT_FAILURE);
    }
}

static double
time_build (guint n_objectives,
            guint n_actions)
{
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(PdzPartner) partner = pdz_partner_new ("partner", "Ente");
  GError *error = NULL;
  double start = cpu_seconds ();
  double end;

  check (pdz_plan_add_partner (plan, partner, &error), error);

  for (guint o = 0; o < n_objectives; o++)
    {
      g_autofree char *id = g_strdup_printf ("objective-%u", o);
      g_autofree char *indicator_id = g_strdup_printf ("indicator-%u", o);
      g_autofree char *project_id = g_strdup_printf ("project-%u", o);
      g_autoptr(PdzObjective) objective = pdz_objective_new (id, "Obiettivo");
      g_autoptr(PdzIndicator) indicator = pdz_indicator_new (indicator_id, "Indicatore");
      g_autoptr(PdzProject) project = pdz_project_new (project_id, "Progetto");
      g_autoptr(PdzAction) project_action = NULL;
      g_autofree char *project_action_id = g_strdup_printf ("project-%u-action", o);

      /* The objective joins the plan empty; its children come after. */
      check (pdz_plan_add_objective (plan, objective, &error), error);
      check (pdz_objective_add_indicator (objective, indicator, &error), error);

      for (guint a = 0; a < n_actions; a++)
        {
          g_autofree char *action_id = g_strdup_printf ("action-%u-%u", o, a);
          g_autoptr(PdzAction) action = pdz_action_new (action_id, "Azione");
          g_autoptr(PdzParticipation) participation = pdz_participation_new (partner, PDZ_ROLE_PARTNER);

          check (pdz_objective_add_action (objective, action, &error), error);
          pdz_action_add_participation (action, participation);
        }

      check (pdz_plan_add_project (plan, project, &error), error);
      project_action = pdz_action_new (project_action_id, "Azione del progetto");
      check (pdz_project_add_action (project, project_action, &error), error);
    }

  end = cpu_seconds ();

  /* Sanity: the last ids are found. */
  {
    g_autofree char *last = g_strdup_printf ("action-%u-%u", n_objectives - 1, n_actions - 1);

    if (pdz_plan_lookup_action (plan, last) == NULL)
      {
        g_printerr ("bench-load: action %s not found\n", last);
        exit (EXIT_FAILURE);
      }
  }

  return end - start;
}

int
main (int    argc,
      char **argv)
{
  double best = G_MAXDOUBLE;
  gboolean load;

  if (argc == 3 && g_str_equal (argv[1], "load"))
    load = TRUE;
  else if (argc == 4 && g_str_equal (argv[1], "build"))
    load = FALSE;
  else
    {
      g_printerr ("usage: bench-load load FILE | bench-load build N M\n");
      return EXIT_FAILURE;
    }

  for (guint i = 0; i < RUNS; i++)
    {
      double t = load ? time_load (argv[2])
                      : time_build ((guint) atoi (argv[2]), (guint) atoi (argv[3]));

      best = MIN (best, t);
      if (t > MAX_SECONDS)
        break;
    }

  printf ("%.3f\n", best);
  return EXIT_SUCCESS;
}
