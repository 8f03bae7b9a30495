/* bench-edit.c: what a question costs after an edit
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Not a test: bench.sh runs it.
 *
 *   bench-edit FILE [ROUNDS]
 *
 * Loads FILE, then times a partner query (pdz_query_find_actions() with
 * the partner of the first participation) alone, and a set_title() of an
 * action followed by the same query, each ROUNDS times (default 51),
 * alternating between them; prints the medians in milliseconds and their
 * ratio. An editor changes one field, then asks a question: the edit must
 * not make the question pay for the whole plan.
 */

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <libpdz/pdz.h>

static double
now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

/* The partner of the first participation of an action, and that action. */
static PdzPartner *
first_partner (PdzPlan    *plan,
               PdzAction **action_out)
{
  GListModel *objectives = pdz_plan_get_objectives (plan);

  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(PdzObjective) objective = g_list_model_get_item (objectives, i);
      GListModel *actions = pdz_objective_get_actions (objective);

      for (guint k = 0; k < g_list_model_get_n_items (actions); k++)
        {
          g_autoptr(PdzAction) action = g_list_model_get_item (actions, k);
          GListModel *participations = pdz_action_get_participations (action);

          if (g_list_model_get_n_items (participations) > 0)
            {
              g_autoptr(PdzParticipation) p = g_list_model_get_item (participations, 0);

              *action_out = action;
              return pdz_participation_get_partner (p);
            }
        }
    }
  return NULL;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzQuery) query = NULL;
  g_autofree double *alone = NULL;
  g_autofree double *edited = NULL;
  PdzAction *action = NULL;
  PdzPartner *partner;
  guint rounds = argc > 2 ? (guint) atoi (argv[2]) : 51;
  guint n_found = 0;

  if (argc < 2 || rounds == 0)
    {
      g_printerr ("usage: bench-edit FILE [ROUNDS]\n");
      return EXIT_FAILURE;
    }

  plan = pdz_plan_load_path (argv[1], NULL, &error);
  if (plan == NULL)
    {
      g_printerr ("bench-edit: %s\n", error->message);
      return EXIT_FAILURE;
    }
  partner = first_partner (plan, &action);
  if (partner == NULL)
    {
      g_printerr ("bench-edit: %s: no participation\n", argv[1]);
      return EXIT_FAILURE;
    }

  query = pdz_query_new (plan);
  pdz_query_add_partner (query, pdz_partner_get_id (partner));
  {
    g_autoptr(GListModel) warm = pdz_query_find_actions (query);

    n_found = g_list_model_get_n_items (warm);
  }

  alone = g_new (double, rounds);
  edited = g_new (double, rounds);
  for (guint i = 0; i < rounds; i++)
    {
      double start = now ();

      {
        g_autoptr(GListModel) found = pdz_query_find_actions (query);
      }
      alone[i] = now () - start;

      start = now ();
      pdz_action_set_title (action, i % 2 ? "Titolo dispari" : "Titolo pari");
      {
        g_autoptr(GListModel) found = pdz_query_find_actions (query);
      }
      edited[i] = now () - start;
    }

  {
    double q = median (alone, rounds);
    double e = median (edited, rounds);

    printf ("partner query: %u actions found; alone %.3f ms, after set_title %.3f ms, ratio %.2f\n",
            n_found, q, e, e / q);
  }
  return EXIT_SUCCESS;
}
