/* pdz-scaling.c: every entry point costs what its input weighs
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * For each shape of plan that once made libpdz quadratic (one objective
 * with many actions, one project with many actions, one objective with
 * many indicators, many macroareas and objectives, many partners) and
 * each entry point (load, check, statistics, a query, save, every report
 * format this build writes), the program measures the CPU time at sizes n,
 * 4n and 16n, after a warm-up, with the time at size 0 subtracted. The
 * entry point runs k times per measure, k chosen so that the smallest
 * measure takes at least 0.2 s, and each measure is the least of a few
 * trials, each size in a process of its own (see measure_size()). The
 * slope of log(time) against log(n), fitted over the three sizes, must be
 * at most 1.2: 1 is linear, 2 quadratic, and an n log n cost (the sorted
 * lists that make the rest linear) measures 1.0 to 1.1 here.
 *
 * This is the one timing test of make check: it compares the program with
 * itself, so the speed of the machine cancels out. It runs in the native
 * build only (suite "scaling"), never under valgrind or the sanitizers.
 *
 *   pdz-scaling [-p /pdz/scaling/SHAPE[/ENTRY]] [--tap]
 *
 * Each shape and entry point is a GTest case: /pdz/scaling/SHAPE/ENTRY.
 * PDZ_SCALING_VERBOSE=1 prints the times.
 */

#include <libpdz/pdz.h>

#include <errno.h>
#include <math.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#define MAX_SLOPE 1.2
#define MIN_SECONDS 0.2
#define BASE_N 1000
#define MAX_K 100000
#define MAX_ROUNDS 3

/* ----------------------------------------------------------------------
 * Shapes: the JSON text of a plan of size n
 */

typedef void (*ShapeFunc) (GString *out, guint n);

static void
begin_plan (GString *out)
{
  g_string_append (out,
                   "{\"format\": \"pdz\", \"version\": 2, \"id\": \"scaling\", "
                   "\"title\": \"Piano di Zona per la misura\", \"start\": \"2021\", "
                   "\"end\": \"2023\", \"monitoring\": {\"title\": \"Monitoraggio\", "
                   "\"start\": \"2022-03\", \"end\": \"2023-10\"}");
}

static void
append_partners (GString *out,
                 guint    n)
{
  g_string_append (out, ", \"partners\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s{\"id\": \"partner-%u\", \"name\": \"Cooperativa sociale %u\", "
                            "\"kind\": \"third-sector\"}", i > 0 ? ", " : "", i, i);
  g_string_append (out, "]");
}

/* An action as the office writes them: a status, an origin, a date, a
 * partner, a milestone every third one. */
static void
append_action (GString    *out,
               gboolean    first,
               const char *prefix,
               guint       i,
               guint       n_partners)
{
  static const char *statuses[] = { "planned", "in-progress", "completed", "suspended" };

  g_string_append_printf (out,
                          "%s{\"id\": \"%s-%u\", \"title\": \"Azione %u: sportello di "
                          "accompagnamento all'abitare per le famiglie del territorio\", "
                          "\"status\": \"%s\", \"origin\": \"%s\", \"date\": \"2022-%02u\"",
                          first ? "" : ", ", prefix, i, i, statuses[i % 4],
                          i % 5 == 0 ? "extra" : "planned", 3 + i % 10);
  if (n_partners > 0)
    g_string_append_printf (out, ", \"partners\": [{\"partner\": \"partner-%u\", \"role\": \"%s\"}]",
                            i % n_partners, i % 2 ? "lead" : "participant");
  if (i % 3 == 0)
    g_string_append_printf (out, ", \"milestones\": [{\"date\": \"2023-%02u\", "
                            "\"title\": \"Avvio del servizio\"}]", 1 + i % 9);
  g_string_append (out, "}");
}

static void
shape_objective_actions (GString *out,
                         guint    n)
{
  begin_plan (out);
  append_partners (out, 10);
  g_string_append (out, ", \"macroareas\": [{\"id\": \"m\", \"title\": \"Politiche abitative\"}], "
                        "\"objectives\": [{\"id\": \"o\", \"title\": \"Abitare\", "
                        "\"macroarea\": \"m\", \"actions\": [");
  for (guint i = 0; i < n; i++)
    append_action (out, i == 0, "a", i, 10);
  g_string_append (out, "]}]}");
}

static void
shape_project_actions (GString *out,
                       guint    n)
{
  begin_plan (out);
  append_partners (out, 10);
  g_string_append (out, ", \"macroareas\": [{\"id\": \"m\", \"title\": \"Politiche abitative\"}], "
                        "\"objectives\": [{\"id\": \"o\", \"title\": \"Abitare\", \"macroarea\": \"m\"}], "
                        "\"projects\": [{\"id\": \"p\", \"title\": \"PARTECIPE\", \"lead\": \"partner-0\", "
                        "\"objectives\": [\"o\"], \"actions\": [");
  for (guint i = 0; i < n; i++)
    append_action (out, i == 0, "a", i, 10);
  g_string_append (out, "]}]}");
}

static void
shape_objective_indicators (GString *out,
                            guint    n)
{
  begin_plan (out);
  g_string_append (out, ", \"objectives\": [{\"id\": \"o\", \"title\": \"Abitare\", "
                        "\"indicators\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s{\"id\": \"i-%u\", \"title\": \"Famiglie accolte %u\", "
                            "\"unit\": \"famiglie\", \"target\": {\"value\": %u}, "
                            "\"measurements\": [{\"date\": \"2022-06\", \"value\": %u}]}",
                            i > 0 ? ", " : "", i, i, 10 + i % 50, i % 40);
  g_string_append (out, "]}]}");
}

/* n macroareas, and n objectives, one in each, with an action each. */
static void
shape_macroareas_objectives (GString *out,
                             guint    n)
{
  begin_plan (out);
  g_string_append (out, ", \"macroareas\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s{\"id\": \"m-%u\", \"title\": \"Area %u\"}",
                            i > 0 ? ", " : "", i, i);
  g_string_append (out, "], \"objectives\": [");
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (out, "%s{\"id\": \"o-%u\", \"title\": \"Obiettivo %u\", "
                              "\"macroarea\": \"m-%u\", \"status\": \"in-progress\", \"actions\": [",
                              i > 0 ? ", " : "", i, i, i);
      append_action (out, TRUE, "a", i, 0);
      g_string_append (out, "]}");
    }
  g_string_append (out, "]}");
}

/* n partners, each taking part in its own action, and all of them in one
 * more: the participations of one action grow with n too. */
static void
shape_partners (GString *out,
                guint    n)
{
  begin_plan (out);
  append_partners (out, n);
  g_string_append (out, ", \"objectives\": [{\"id\": \"o\", \"title\": \"Rete\", \"actions\": [");
  for (guint i = 0; i < n; i++)
    append_action (out, i == 0, "a", i, n);
  g_string_append_printf (out, "%s{\"id\": \"all\", \"title\": \"Tavolo di tutti\", \"partners\": [",
                          n > 0 ? ", " : "");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s{\"partner\": \"partner-%u\", \"role\": \"participant\"}",
                            i > 0 ? ", " : "", i);
  g_string_append (out, "]}]}]}");
}

static const struct
{
  const char *name;
  ShapeFunc func;
} shapes[] = {
  { "objective-actions", shape_objective_actions },
  { "project-actions", shape_project_actions },
  { "objective-indicators", shape_objective_indicators },
  { "macroareas-objectives", shape_macroareas_objectives },
  { "partners", shape_partners },
};

/* ----------------------------------------------------------------------
 * Entry points
 */

typedef struct
{
  char *text;          /* the plan's JSON text */
  gsize length;
  PdzPlan *plan;       /* the plan read from it */
  char *dir;           /* a scratch directory */
} Input;

typedef void (*EntryFunc) (Input *input, gconstpointer data);

static void
entry_load (Input         *input,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPlan) plan = pdz_plan_new_from_data (input->text, (gssize) input->length, &error);

  g_assert_no_error (error);
}

static void
entry_check (Input         *input,
             gconstpointer  data)
{
  g_autoptr(GListModel) diagnostics = pdz_plan_check (input->plan, NULL);

  g_assert_nonnull (diagnostics);
}

static void
entry_stats (Input         *input,
             gconstpointer  data)
{
  g_autoptr(PdzStats) stats = pdz_stats_new (input->plan);
  PdzStatsTable *(*tables[]) (PdzStats *) = {
    pdz_stats_by_status, pdz_stats_by_macroarea, pdz_stats_by_objective,
    pdz_stats_by_project, pdz_stats_by_month, pdz_stats_by_quarter, pdz_stats_by_year,
    pdz_stats_by_partner, pdz_stats_by_funding_source, pdz_stats_by_funding_status,
    pdz_stats_by_origin,
  };

  for (gsize i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autoptr(PdzStatsTable) table = tables[i] (stats);

      g_assert_nonnull (table);
    }
}

static void
entry_query (Input         *input,
             gconstpointer  data)
{
  g_autoptr(PdzQuery) query = pdz_query_new (input->plan);
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(GListModel) objectives = NULL;

  pdz_query_set_text (query, "abitare famiglie");
  actions = pdz_query_find_actions (query);
  objectives = pdz_query_find_objectives (query);
  g_assert_nonnull (actions);
  g_assert_nonnull (objectives);
}

static void
entry_save (Input         *input,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (input->dir, "plan.json", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (pdz_plan_save_path (input->plan, path, PDZ_SAVE_FLAGS_FORCE, NULL, &error));
  g_assert_no_error (error);
}

static void
entry_report (Input         *input,
              gconstpointer  data)
{
  PdzReportFormat format = GPOINTER_TO_INT (data);
  g_autoptr(PdzReport) report = pdz_report_new (input->plan);
  g_autoptr(GDateTime) generated = g_date_time_new_utc (2023, 11, 30, 12, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GEnumClass *formats = g_type_class_ref (PDZ_TYPE_REPORT_FORMAT);

  pdz_report_set_format (report, format);
  pdz_report_set_generated (report, generated);
  path = g_build_filename (input->dir, "report", NULL);
  if (format == PDZ_REPORT_FORMAT_CSV)
    pdz_report_set_table (report, PDZ_REPORT_TABLE_ACTIONS);
  else
    {
      char *with_extension = g_strconcat (path, ".",
                                          g_enum_get_value (formats, format)->value_nick, NULL);

      g_free (path);
      path = with_extension;
    }
  g_type_class_unref (formats);

  g_assert_true (pdz_report_write_path (report, path, NULL, &error));
  g_assert_no_error (error);
}

static const struct
{
  const char *name;
  EntryFunc func;
  gconstpointer data;
} entries[] = {
  { "load", entry_load, NULL },
  { "check", entry_check, NULL },
  { "stats", entry_stats, NULL },
  { "query", entry_query, NULL },
  { "save", entry_save, NULL },
  { "report-html", entry_report, GINT_TO_POINTER (PDZ_REPORT_FORMAT_HTML) },
  { "report-markdown", entry_report, GINT_TO_POINTER (PDZ_REPORT_FORMAT_MARKDOWN) },
  { "report-csv", entry_report, GINT_TO_POINTER (PDZ_REPORT_FORMAT_CSV) },
  { "report-xlsx", entry_report, GINT_TO_POINTER (PDZ_REPORT_FORMAT_XLSX) },
  { "report-pdf", entry_report, GINT_TO_POINTER (PDZ_REPORT_FORMAT_PDF) },
  { "report-odp", entry_report, GINT_TO_POINTER (PDZ_REPORT_FORMAT_ODP) },
};

/* ----------------------------------------------------------------------
 * Measuring
 */

typedef struct
{
  guint shape;
  guint entry;
} Case;

static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
input_init (Input      *input,
            ShapeFunc   shape,
            guint       n,
            const char *dir)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  shape (text, n);
  input->length = text->len;
  input->text = g_string_free (text, FALSE);
  input->plan = pdz_plan_new_from_data (input->text, (gssize) input->length, &error);
  g_assert_no_error (error);
  input->dir = g_strdup (dir);
}

static void
input_clear (Input *input)
{
  g_clear_pointer (&input->text, g_free);
  g_clear_object (&input->plan);
  g_clear_pointer (&input->dir, g_free);
}

/* The least CPU time, over @trials trials, of @k runs of the entry. */
static double
measure (guint  entry,
         Input *input,
         guint  k,
         guint  trials)
{
  double best = G_MAXDOUBLE;

  for (guint t = 0; t < trials; t++)
    {
      double start = cpu_seconds ();

      for (guint i = 0; i < k; i++)
        entries[entry].func (input, entries[entry].data);
      best = MIN (best, cpu_seconds () - start);
    }
  return best;
}

static void
remove_dir_contents (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        {
          remove_dir_contents (child);
          g_rmdir (child);
        }
      else
        g_unlink (child);
    }
}

/* The CPU time of @k runs of @entry on the plan of @size (the least over
 * @trials trials, after a warm-up run), less nothing: the caller subtracts
 * t0. Each measure runs in a process of its own, forked before the plan
 * is built, so that every size starts from the same memory: in one
 * long-lived process, the plans built and freed before leave the heap in
 * pieces, and a larger plan, spread over more of them, measured n^1.3
 * where a fresh process measures n^1.0. The parent runs no libpdz code,
 * and so no thread, before it forks. */
static double
measure_size (guint       entry,
              ShapeFunc   shape,
              guint       size,
              guint       k,
              guint       trials,
              const char *dir)
{
  int fds[2];
  pid_t pid;
  double t = -1;
  gssize got = 0;
  int status = 0;

  g_assert_cmpint (pipe (fds), ==, 0);
  fflush (stdout);
  fflush (stderr);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      Input input = { 0 };

      close (fds[0]);
      input_init (&input, shape, size, dir);
      measure (entry, &input, 1, 1);   /* the warm-up: lazy indexes, caches */
      t = measure (entry, &input, k, trials);
      input_clear (&input);
      remove_dir_contents (dir);
      if (write (fds[1], &t, sizeof t) != sizeof t)
        _exit (1);
      _exit (0);
    }

  close (fds[1]);
  while (got < (gssize) sizeof t)
    {
      gssize r = read (fds[0], (char *) &t + got, sizeof t - got);

      if (r < 0 && errno == EINTR)
        continue;
      if (r <= 0)
        break;
      got += r;
    }
  close (fds[0]);
  while (waitpid (pid, &status, 0) < 0 && errno == EINTR)
    ;
  if (got != sizeof t || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s at size %u: the measuring process failed (status %d)",
             entries[entry].name, size, status);
  return t;
}

/* The least-squares slope of log(seconds) against log(size). */
static double
fit_slope (guint         n,
           const guint  *factors,
           const double *seconds,
           guint         m)
{
  double sx = 0, sy = 0, sxx = 0, sxy = 0;

  for (guint i = 0; i < m; i++)
    {
      double x = log ((double) n * factors[i]);
      double y = log (MAX (seconds[i], 1e-6));

      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
  return (m * sxy - sx * sy) / (m * sxx - sx * sx);
}

static void
test_scaling (gconstpointer data)
{
  const Case *c = data;
  ShapeFunc shape = shapes[c->shape].func;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pdz-scaling-XXXXXX", &error);
  const guint factors[] = { 1, 4, 16 };
  double seconds[G_N_ELEMENTS (factors)];
  gboolean measured[G_N_ELEMENTS (factors)] = { FALSE, };
  double t0, tn, slope = 0;
  guint n = BASE_N, k = 1;
  const guint m = G_N_ELEMENTS (factors);

  g_assert_no_error (error);

  if (g_str_has_prefix (entries[c->entry].name, "report-"))
    {
      PdzReportFormat format = GPOINTER_TO_INT (entries[c->entry].data);

      if (!pdz_report_format_is_available (format))
        {
          g_test_skip ("this build does not write the format");
          g_rmdir (dir);
          return;
        }
    }

  /* k so that the smallest measure, above the time at size 0, takes at
   * least MIN_SECONDS. An entry point whose cost does not grow with n in
   * this shape (statistics of a plan of indicators, which count actions)
   * never gets there: it passes. */
  for (;;)
    {
      double diff;

      t0 = measure_size (c->entry, shape, 0, k, 2, dir);
      tn = measure_size (c->entry, shape, n, k, 2, dir);
      diff = tn - t0;
      if (diff >= MIN_SECONDS)
        break;
      if (k >= MAX_K || (k >= 1000 && diff < 0.05 * tn))
        {
          g_test_message ("%s/%s: %.3f s at size %u, %.3f s at size 0, %u times: "
                          "no cost that grows with n", shapes[c->shape].name,
                          entries[c->entry].name, tn, n, t0, k);
          g_rmdir (dir);
          return;
        }
      k = (guint) MIN (k * ceil (1.5 * MIN_SECONDS / MAX (diff, 1e-4)), MAX_K);
    }

  /* The machine is shared: another process can inflate one measure (CPU
   * time too, through the caches and the hypervisor's steal). A slope over
   * the bound is measured again, each size keeping its least time, up to
   * MAX_ROUNDS times; a cost that really grows faster fails every round. */
  for (guint round = 0; round < MAX_ROUNDS; round++)
    {
      gboolean clearly = FALSE;

      for (guint i = 0; i < m; i++)
        {
          double t = measure_size (c->entry, shape, n * factors[i], k, i == m - 1 ? 1 : 2, dir) - t0;

          seconds[i] = measured[i] ? MIN (seconds[i], t) : t;
          measured[i] = TRUE;

          /* Clearly superlinear already: the largest size would take
           * minutes (16 times as long, at a slope of 2), and say nothing
           * more. */
          if (i == 1 && seconds[1] > seconds[0] * pow (4, MAX_SLOPE + 0.4))
            {
              clearly = TRUE;
              break;
            }
        }
      if (clearly)
        {
          if (round + 1 < MAX_ROUNDS)
            continue;
          g_rmdir (dir);
          g_test_fail_printf ("%s/%s grows as n^%.2f (at most n^%.1f): %.3f s, %.3f s at %u, %u",
                              shapes[c->shape].name, entries[c->entry].name,
                              log (seconds[1] / MAX (seconds[0], 1e-6)) / log (4), MAX_SLOPE,
                              seconds[0], seconds[1], n, 4 * n);
          return;
        }

      slope = fit_slope (n, factors, seconds, m);
      if (slope <= MAX_SLOPE)
        break;
      g_test_message ("%s/%s: n^%.2f in round %u, measured again", shapes[c->shape].name,
                      entries[c->entry].name, slope, round + 1);
    }
  g_rmdir (dir);

  g_test_message ("%s/%s: n=%u k=%u t0=%.3fs t(n)=%.3fs t(4n)=%.3fs t(16n)=%.3fs slope=%.2f",
                  shapes[c->shape].name, entries[c->entry].name, n, k, t0,
                  seconds[0], seconds[1], seconds[2], slope);
  if (g_getenv ("PDZ_SCALING_VERBOSE") != NULL)
    g_printerr ("%-22s %-16s n=%-5u k=%-5u t0=%.3f  %.3f  %.3f  %.3f  slope %.2f\n",
                shapes[c->shape].name, entries[c->entry].name, n, k, t0,
                seconds[0], seconds[1], seconds[2], slope);

  if (slope > MAX_SLOPE)
    g_test_fail_printf ("%s/%s grows as n^%.2f (at most n^%.1f): %.3f s, %.3f s, %.3f s "
                        "at %u, %u, %u",
                        shapes[c->shape].name, entries[c->entry].name, slope, MAX_SLOPE,
                        seconds[0], seconds[1], seconds[2], n, 4 * n, 16 * n);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_free);

  g_test_init (&argc, &argv, NULL);

  for (guint s = 0; s < G_N_ELEMENTS (shapes); s++)
    for (guint e = 0; e < G_N_ELEMENTS (entries); e++)
      {
        Case *c = g_new (Case, 1);
        g_autofree char *name = g_strdup_printf ("/pdz/scaling/%s/%s",
                                                 shapes[s].name, entries[e].name);

        c->shape = s;
        c->entry = e;
        g_ptr_array_add (cases, c);
        g_test_add_data_func (name, c, test_scaling);
      }

  return g_test_run ();
}
