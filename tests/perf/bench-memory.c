/* bench-memory.c: what an action and a participation cost in memory
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Not a test: bench.sh runs it.
 *
 *   bench-memory [FILE]
 *
 * Counts the bytes the heap holds (mallinfo2(), with GSlice sent to
 * malloc) for:
 *
 * - 20,000 actions built in code into one objective of a plan, bare, then
 *   with one participation each, then with one funding each: the bytes of
 *   an action, of a participation and of a funding, each with its share of
 *   the lists that hold it;
 * - FILE loaded, if given: the bytes of the whole model divided by its
 *   actions (sub-actions included), and by its participations; the file's
 *   bytes are not kept after the load, so they do not count.
 */

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>

#include <libpdz/pdz.h>

#define N 20000

static gint64
heap (void)
{
  struct mallinfo2 info;

  malloc_trim (0);
  info = mallinfo2 ();
  return (gint64) info.uordblks;
}

static void
count_actions (GListModel *actions,
               guint      *n_actions,
               guint      *n_participations)
{
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (actions, i);

      (*n_actions)++;
      *n_participations += g_list_model_get_n_items (pdz_action_get_participations (action));
      count_actions (pdz_action_get_actions (action), n_actions, n_participations);
    }
}

int
main (int    argc,
      char **argv)
{
  gint64 before, bare, with_participation, with_funding;
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzObjective) objective = NULL;
  g_autoptr(PdzPartner) partner = NULL;
  g_autoptr(GPtrArray) actions = g_ptr_array_new ();

  /* Before any GLib allocation: GSlice allocates through malloc, which
   * mallinfo2() sees. (G_SLICE is read at the first slice.) */
  g_setenv ("G_SLICE", "always-malloc", TRUE);

  plan = pdz_plan_new ();
  objective = pdz_objective_new ("objective", "Obiettivo");
  partner = pdz_partner_new ("partner", "Ente");
  g_assert (pdz_plan_add_partner (plan, partner, NULL));
  g_assert (pdz_plan_add_objective (plan, objective, NULL));

  before = heap ();
  for (guint i = 0; i < N; i++)
    {
      g_autofree char *id = g_strdup_printf ("action-%05u", i);
      g_autoptr(PdzAction) action = pdz_action_new (id, "Azione di media lunghezza, come nei piani");

      g_assert (pdz_objective_add_action (objective, action, NULL));
      g_ptr_array_add (actions, action);
    }
  bare = heap ();
  for (guint i = 0; i < N; i++)
    {
      g_autoptr(PdzParticipation) p = pdz_participation_new (partner, PDZ_ROLE_PARTNER);

      g_assert (pdz_action_add_participation (actions->pdata[i], p, NULL));
    }
  with_participation = heap ();
  for (guint i = 0; i < N; i++)
    {
      g_autoptr(PdzFunding) funding = pdz_funding_new ("Fondo Nazionale Politiche Sociali");

      pdz_funding_set_amount (funding, 100000);
      pdz_action_add_funding (actions->pdata[i], funding);
    }
  with_funding = heap ();

  printf ("built in code (%u actions, title of 41 bytes): action %.0f B, participation %.0f B, "
          "funding %.0f B\n", N, (double) (bare - before) / N,
          (double) (with_participation - bare) / N, (double) (with_funding - with_participation) / N);

  g_clear_object (&plan);
  g_clear_object (&objective);

  if (argc > 1)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PdzPlan) loaded = NULL;
      guint n_actions = 0, n_participations = 0;
      gint64 start = heap ();
      gint64 end;

      loaded = pdz_plan_load_path (argv[1], NULL, &error);
      if (loaded == NULL)
        {
          g_printerr ("bench-memory: %s\n", error->message);
          return EXIT_FAILURE;
        }
      end = heap ();
      for (guint i = 0; i < g_list_model_get_n_items (pdz_plan_get_objectives (loaded)); i++)
        {
          g_autoptr(PdzObjective) o = g_list_model_get_item (pdz_plan_get_objectives (loaded), i);

          count_actions (pdz_objective_get_actions (o), &n_actions, &n_participations);
        }
      for (guint i = 0; i < g_list_model_get_n_items (pdz_plan_get_projects (loaded)); i++)
        {
          g_autoptr(PdzProject) p = g_list_model_get_item (pdz_plan_get_projects (loaded), i);

          count_actions (pdz_project_get_actions (p), &n_actions, &n_participations);
        }
      printf ("loaded %s: %.1f MB for %u actions and %u of their participations: "
              "%.0f B per action, everything it holds included\n",
              argv[1], (end - start) / 1e6, n_actions, n_participations,
              (double) (end - start) / n_actions);
    }

  return EXIT_SUCCESS;
}
