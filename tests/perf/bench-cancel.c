/* bench-cancel.c: how soon a cancelled load returns
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Not a test: bench.sh runs it (a timed assertion has no place in a unit
 * test; test-corpus.c checks that a cancelled load fails at once).
 *
 *   bench-cancel [--corpus] PATH [DELAY_MS...]
 *
 * Starts pdz_plan_load_async() on the file PATH (or, with --corpus,
 * pdz_corpus_load_async() on the directory PATH), cancels it after each
 * DELAY_MS (default 20 50 100 200 400), and prints how long after the
 * cancellation the callback ran, and whether the load had ended first.
 * Exits 1 if any latency passes 100 ms.
 */

#include <stdio.h>
#include <stdlib.h>

#include <libpdz/pdz.h>

typedef struct
{
  GCancellable *cancellable;
  gint64 cancelled_at;        /* 0 until cancelled */
  gint64 done_at;
  gboolean finished;          /* the load ended without being cancelled */
  gboolean done;
} Run;

static gboolean
cancel_cb (gpointer data)
{
  Run *run = data;

  if (!run->done)
    {
      run->cancelled_at = g_get_monotonic_time ();
      g_cancellable_cancel (run->cancellable);
    }
  return G_SOURCE_REMOVE;
}

static void
plan_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      data)
{
  Run *run = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPlan) plan = pdz_plan_load_finish (result, &error);

  run->done_at = g_get_monotonic_time ();
  run->finished = plan != NULL;
  run->done = TRUE;
}

static void
corpus_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  Run *run = data;
  g_autoptr(GError) error = NULL;

  run->finished = pdz_corpus_load_finish (PDZ_CORPUS (source), result, &error);
  run->done_at = g_get_monotonic_time ();
  run->done = TRUE;
}

int
main (int    argc,
      char **argv)
{
  static const guint default_delays[] = { 20, 50, 100, 200, 400 };
  g_autoptr(GArray) delays = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean corpus = FALSE;
  gboolean slow = FALSE;
  const char *path;
  int first = 1;

  if (argc > 1 && g_str_equal (argv[1], "--corpus"))
    {
      corpus = TRUE;
      first++;
    }
  if (argc <= first)
    {
      g_printerr ("usage: bench-cancel [--corpus] PATH [DELAY_MS...]\n");
      return EXIT_FAILURE;
    }
  path = argv[first];
  for (int i = first + 1; i < argc; i++)
    {
      guint delay = (guint) atoi (argv[i]);

      g_array_append_val (delays, delay);
    }
  if (delays->len == 0)
    g_array_append_vals (delays, default_delays, G_N_ELEMENTS (default_delays));

  for (guint d = 0; d < delays->len; d++)
    {
      guint delay = g_array_index (delays, guint, d);
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
      g_autoptr(PdzCorpus) c = corpus ? pdz_corpus_new () : NULL;
      Run run = { g_cancellable_new (), 0, 0, FALSE, FALSE };
      gint64 start = g_get_monotonic_time ();

      if (corpus)
        pdz_corpus_load_async (c, &file, 1, run.cancellable, corpus_loaded_cb, &run);
      else
        pdz_plan_load_async (file, run.cancellable, plan_loaded_cb, &run);
      g_timeout_add (delay, cancel_cb, &run);
      while (!run.done)
        g_main_context_iteration (NULL, TRUE);

      if (run.cancelled_at == 0 || run.finished)
        {
          printf ("cancel after %4u ms: the load ended first, in %.0f ms\n", delay,
                  (run.done_at - start) / 1000.0);
        }
      else
        {
          double latency = (run.done_at - run.cancelled_at) / 1000.0;

          printf ("cancel after %4u ms: returned %.1f ms after the cancellation\n", delay, latency);
          slow |= latency > 100.0;
        }
      /* Let the worker thread end before the next run. */
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_object_unref (run.cancellable);
    }

  return slow ? EXIT_FAILURE : EXIT_SUCCESS;
}
