/* bench-diff.c: times the comparison of two rounds, and what follows it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Not a test: bench-diff.sh compiles it against a build tree and runs it.
 *
 *   bench-diff OLD NEW
 *
 * Loads the two plan files (not timed), then times, in CPU seconds of the
 * process, the best of three runs of:
 *
 *   diff    pdz_plan_diff (old, new)
 *   write   pdz_diff_to_data ()
 *   read    pdz_diff_new_from_data () of that text
 *   apply   pdz_diff_apply () to a fresh copy of OLD (the copy not timed)
 *
 * and checks that the result of apply is NEW, byte for byte, or but for
 * the order of the lists whose order does not count ("same as NEW" or
 * "differs"). Prints one line of figures.
 */

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <libpdz/pdz.h>

#define RUNS 3

static double
cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

static void
check (gpointer  result,
       GError   *error)
{
  if (result == NULL)
    {
      g_printerr ("bench-diff: %s\n", error->message);
      exit (EXIT_FAILURE);
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(PdzPlan) old_plan = NULL;
  g_autoptr(PdzPlan) new_plan = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  GError *error = NULL;
  double best_diff = G_MAXDOUBLE, best_write = G_MAXDOUBLE, best_read = G_MAXDOUBLE;
  double best_apply = G_MAXDOUBLE;
  guint n_changes = 0;
  gboolean same = TRUE;

  if (argc != 3)
    {
      g_printerr ("usage: bench-diff OLD NEW\n");
      return EXIT_FAILURE;
    }

  old_plan = pdz_plan_load_path (argv[1], NULL, &error);
  check (old_plan, error);
  new_plan = pdz_plan_load_path (argv[2], NULL, &error);
  check (new_plan, error);
  old_text = pdz_plan_to_data (old_plan, NULL);
  new_text = pdz_plan_to_data (new_plan, NULL);

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(PdzDiff) diff = NULL;
      g_autoptr(PdzDiff) read = NULL;
      g_autoptr(PdzPlan) copy = NULL;
      g_autofree char *text = NULL;
      g_autofree char *result = NULL;
      double start;

      start = cpu_seconds ();
      diff = pdz_plan_diff (old_plan, new_plan);
      best_diff = MIN (best_diff, cpu_seconds () - start);
      n_changes = g_list_model_get_n_items (pdz_diff_get_changes (diff));

      start = cpu_seconds ();
      text = pdz_diff_to_data (diff, NULL);
      best_write = MIN (best_write, cpu_seconds () - start);

      start = cpu_seconds ();
      read = pdz_diff_new_from_data (text, -1, &error);
      best_read = MIN (best_read, cpu_seconds () - start);
      check (read, error);

      copy = pdz_plan_new_from_data (old_text, -1, &error);
      check (copy, error);
      start = cpu_seconds ();
      if (!pdz_diff_apply (diff, copy, &error))
        check (NULL, error);
      best_apply = MIN (best_apply, cpu_seconds () - start);

      result = pdz_plan_to_data (copy, NULL);
      if (g_strcmp0 (result, new_text) != 0)
        {
          g_autoptr(PdzDiff) rest = pdz_plan_diff (copy, new_plan);

          same = same && pdz_diff_is_empty (rest);
        }
    }

  printf ("%u %.3f %.3f %.3f %.3f %s\n", n_changes, best_diff, best_write, best_read, best_apply,
          same ? "same-as-new" : "differs");
  return same ? EXIT_SUCCESS : EXIT_FAILURE;
}
