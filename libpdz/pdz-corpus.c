/* pdz-corpus.c: many plans, read at once, and their figures together
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-corpus-private.h"

#include <string.h>

#include "pdz-date-private.h"
#include "pdz-file-private.h"
#include "pdz-entity-private.h"
#include "pdz-json-emit-private.h"
#include "pdz-plan-private.h"
#include "pdz-stats-private.h"
#include "pdz-text-private.h"
#include "pdz-util-private.h"
#include "pdz-workbook-private.h"

/**
 * PdzCorpus:
 *
 * The plans of many Ambiti, read at once: a directory of plan files, or a
 * list of them, as the Region keeps them.
 *
 * [method@Pdz.Corpus.load] reads the files in parallel, on every core,
 * and [method@Pdz.Corpus.load_async] does so without blocking, with a
 * [signal@Pdz.Corpus::progress] signal as each file is read.
 *
 * ## Which files
 *
 * A directory gives its files whose names end in `.json`, sorted by name
 * (byte order), not those of its subdirectories; names that start with a
 * dot are skipped, which includes the temporary files an interrupted save
 * may leave (`.NAME.XXXXXX.tmp`, see [method@Pdz.Plan.save]). A file given
 * by name is read whatever its name. A file given twice is read once.
 *
 * ## What counts
 *
 * Every file is a [class@Pdz.CorpusFile] of [method@Pdz.Corpus.get_files],
 * which says what became of it:
 *
 * - a file that cannot be read as a plan is %PDZ_CORPUS_FILE_FAILED, with
 *   its error, and the others still load ([method@Pdz.Corpus.get_errors]);
 * - several files with the same plan id are monitoring rounds of one plan:
 *   the corpus counts the one whose monitoring round ends last (a plan
 *   without a monitoring round ends before any other), and the others are
 *   %PDZ_CORPUS_FILE_SUPERSEDED by it ([method@Pdz.Corpus.get_superseded]);
 * - two files with the same plan id and the same round (the same last day
 *   of the monitoring round) are %PDZ_CORPUS_FILE_DUPLICATE, an error that
 *   names both; neither counts, and when they are the plan's last round,
 *   the plan does not count at all rather than count an earlier round.
 *
 * The plans that count are [method@Pdz.Corpus.get_plans], in the order of
 * their files.
 *
 * ## Figures
 *
 * The tables of [class@Pdz.Stats] across the plans: each plan's figures
 * come from its own [class@Pdz.Stats], by the counting rule, and the
 * corpus adds them up, row by row (the same key in several plans is one
 * row: a macroarea id, a partner id, a funding source without regard to
 * case or accents). [method@Pdz.Corpus.by_ambito] has one row per plan.
 * Each takes an optional [class@Pdz.Query], whose criteria apply to every
 * plan, and runs on every core. [method@Pdz.Corpus.summary_to_json]
 * writes them all as one JSON document (`doc/corpus.md`), which is what
 * `pdz summary DIR --format json` prints.
 *
 * ## Threads
 *
 * A corpus, like the plans it holds, is used from one thread at a time;
 * it uses worker threads of its own while it reads and counts, each on its
 * own plan, and emits its signals in the caller's thread (for an async
 * load, in the thread-default main context of the call). See
 * [the threads guide](threads.html).
 *
 * Since: 0.2
 */
struct _PdzCorpus
{
  GObject parent_instance;

  GListStore *files;          /* (owned) of PdzCorpusFile: every file, in order */
  GListStore *plans;          /* (owned) of PdzPlan: those that count */
  GListStore *errors;         /* (owned) of PdzCorpusFile: failed and duplicates */
  GListStore *superseded;     /* (owned) of PdzCorpusFile */
  gboolean loading;
};

G_DEFINE_FINAL_TYPE (PdzCorpus, pdz_corpus, G_TYPE_OBJECT)

enum {
  SIGNAL_PROGRESS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void run_jobs (gpointer    *jobs_data,
                      guint        n_jobs,
                      void       (*func) (gpointer job, gpointer user_data),
                      void       (*done_func) (guint n_done, guint n_jobs, gpointer user_data),
                      gpointer     user_data);

static void
unref_job (gpointer data,
           gpointer user_data)
{
  g_object_unref (data);
}

static void
pdz_corpus_dispose (GObject *object)
{
  PdzCorpus *self = PDZ_CORPUS (object);
  g_autoptr(GPtrArray) plans = NULL;

  /* Freeing hundreds of thousands of entities is work: the plans that
   * only the corpus holds are freed on every core, each by one thread. */
  if (self->files != NULL)
    {
      plans = g_ptr_array_new ();
      PDZ_MODEL_FOREACH (self->files, PdzCorpusFile, file)
        if (pdz_corpus_file_get_plan (file) != NULL)
          g_ptr_array_add (plans, g_object_ref (pdz_corpus_file_get_plan (file)));
    }

  g_clear_object (&self->superseded);
  g_clear_object (&self->errors);
  g_clear_object (&self->plans);
  g_clear_object (&self->files);

  if (plans != NULL)
    {
      g_autoptr(GPtrArray) lists = g_ptr_array_new ();

      /* A plan only the corpus held is taken apart first: the lists of
       * actions of its objectives and projects are freed in parallel
       * too, for a corpus of one large plan. */
      for (guint i = 0; i < plans->len; i++)
        if (g_atomic_int_get (&G_OBJECT (plans->pdata[i])->ref_count) == 1)
          _pdz_plan_steal_action_lists (plans->pdata[i], lists);
      run_jobs (lists->pdata, lists->len, unref_job, NULL, NULL);
      run_jobs (plans->pdata, plans->len, unref_job, NULL, NULL);
    }

  G_OBJECT_CLASS (pdz_corpus_parent_class)->dispose (object);
}

static void
pdz_corpus_class_init (PdzCorpusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pdz_corpus_dispose;

  /**
   * PdzCorpus::progress:
   * @self: the corpus
   * @n_done: the files read so far
   * @n_files: the files to read
   *
   * Emitted as a load goes, once before the first file (@n_done 0) and
   * once for each file read, in whatever order the worker threads finish
   * them; the last emission has @n_done equal to @n_files. For a command's
   * progress bar.
   *
   * Since: 0.2
   */
  signals[SIGNAL_PROGRESS] =
    g_signal_new ("progress",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
pdz_corpus_init (PdzCorpus *self)
{
  self->files = g_list_store_new (PDZ_TYPE_CORPUS_FILE);
  self->plans = g_list_store_new (PDZ_TYPE_PLAN);
  self->errors = g_list_store_new (PDZ_TYPE_CORPUS_FILE);
  self->superseded = g_list_store_new (PDZ_TYPE_CORPUS_FILE);
}

/**
 * pdz_corpus_new:
 *
 * Creates an empty corpus; read plans into it with [method@Pdz.Corpus.load].
 *
 * Returns: (transfer full): a new corpus
 *
 * Since: 0.2
 */
PdzCorpus *
pdz_corpus_new (void)
{
  return g_object_new (PDZ_TYPE_CORPUS, NULL);
}

/* ----------------------------------------------------------------------
 * Work on every core
 *
 * Each job works on its own plan (or file): a plan is used from one thread
 * at a time. The caller waits for the jobs and may hear of each as it
 * ends.
 * ---------------------------------------------------------------------- */

typedef void (*JobFunc) (gpointer job, gpointer user_data);
typedef void (*JobDoneFunc) (guint n_done, guint n_jobs, gpointer user_data);

typedef struct
{
  JobFunc func;
  gpointer user_data;
  GAsyncQueue *done;          /* (owned) */
} Jobs;

static void
run_job (gpointer data,
         gpointer user_data)
{
  Jobs *jobs = user_data;
  GAsyncQueue *done;

  _pdz_thread_acquire (jobs);
  jobs->func (data, jobs->user_data);
  /* Nothing of @jobs, which is on the caller's stack, after the release. */
  done = jobs->done;
  _pdz_thread_release (done);
  g_async_queue_push (done, data);
}

/* Runs @func on each of the @n_jobs @jobs in parallel, and @done_func
 * (nullable) in the calling thread as each ends. */
static void
run_jobs (gpointer    *jobs_data,
          guint        n_jobs,
          JobFunc      func,
          JobDoneFunc  done_func,
          gpointer     user_data)
{
  Jobs jobs = { func, user_data, NULL };
  GThreadPool *pool;
  guint n_threads = MIN ((guint) g_get_num_processors (), n_jobs);

  if (n_threads <= 1)
    {
      for (guint i = 0; i < n_jobs; i++)
        {
          func (jobs_data[i], user_data);
          if (done_func != NULL)
            done_func (i + 1, n_jobs, user_data);
        }
      return;
    }

  jobs.done = g_async_queue_new ();
  _pdz_plan_prepare_threads ();
  pool = g_thread_pool_new (run_job, &jobs, (int) n_threads, TRUE, NULL);
  for (guint i = 0; i < n_jobs; i++)
    {
      _pdz_thread_release (&jobs);
      g_thread_pool_push (pool, jobs_data[i], NULL);
    }
  for (guint i = 0; i < n_jobs; i++)
    {
      (void) g_async_queue_pop (jobs.done);
      _pdz_thread_acquire (jobs.done);
      if (done_func != NULL)
        done_func (i + 1, n_jobs, user_data);
    }
  g_thread_pool_free (pool, FALSE, TRUE);
  g_async_queue_unref (jobs.done);
}

/* ----------------------------------------------------------------------
 * Which files
 * ---------------------------------------------------------------------- */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Adds the plan files of the directory @dir to @out, or a failed file for
 * @dir when it cannot be listed. */
static gboolean
add_directory (GPtrArray     *out,
               GHashTable    *seen,
               GFile         *dir,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;

  enumerator = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  while (enumerator != NULL)
    {
      GFileInfo *info = NULL;
      const char *name;

      if (!g_file_enumerator_iterate (enumerator, &info, NULL, cancellable, &local_error) ||
          info == NULL)
        break;
      name = g_file_info_get_name (info);
      if (name[0] == '.' || !g_str_has_suffix (name, ".json") ||
          g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
        continue;
      g_ptr_array_add (names, g_strdup (name));
    }

  if (local_error != NULL)
    {
      g_autoptr(PdzCorpusFile) failed = NULL;
      g_autofree char *display = g_file_get_parse_name (dir);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      /* The error of a directory names it, as the loaders' errors do. */
      if (!g_str_has_prefix (local_error->message, display))
        g_prefix_error (&local_error, "%s: ", display);
      failed = _pdz_corpus_file_new (dir);
      _pdz_corpus_file_set (failed, PDZ_CORPUS_FILE_FAILED, NULL,
                            g_steal_pointer (&local_error), NULL);
      g_ptr_array_add (out, g_steal_pointer (&failed));
      return TRUE;
    }

  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GFile) file = g_file_get_child (dir, names->pdata[i]);

      if (g_hash_table_add (seen, g_object_ref (file)))
        g_ptr_array_add (out, _pdz_corpus_file_new (file));
    }
  return TRUE;
}

/* The corpus files @files give, directories expanded. (transfer full) */
static GPtrArray *
list_files (GFile         **files,
            guint           n_files,
            GCancellable   *cancellable,
            GError        **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_file_hash, (GEqualFunc) g_file_equal,
                                                      g_object_unref, NULL);

  for (guint i = 0; i < n_files; i++)
    {
      GFileType type = g_file_query_file_type (files[i], G_FILE_QUERY_INFO_NONE, cancellable);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (type == G_FILE_TYPE_DIRECTORY)
        {
          if (!add_directory (out, seen, files[i], cancellable, error))
            return NULL;
        }
      else if (g_hash_table_add (seen, g_object_ref (files[i])))
        {
          /* Anything else is read as a file, and says why it is not one. */
          g_ptr_array_add (out, _pdz_corpus_file_new (files[i]));
        }
    }

  return g_steal_pointer (&out);
}

/* ----------------------------------------------------------------------
 * Reading
 * ---------------------------------------------------------------------- */

typedef struct
{
  PdzCorpusFile *file;        /* (not owned) */
  GCancellable *cancellable;  /* (nullable) (not owned) */
  PdzPlan *plan;              /* (owned) (nullable) */
  GError *error;              /* (owned) (nullable) */
} LoadJob;

static void
load_job (gpointer data,
          gpointer user_data)
{
  LoadJob *job = data;

  if (pdz_corpus_file_get_error (job->file) != NULL)
    return;   /* a directory that could not be listed */
  job->plan = pdz_plan_load (pdz_corpus_file_get_file (job->file), job->cancellable, &job->error);
}

/* What a load found, applied to the corpus in the caller's thread. */
typedef struct
{
  GPtrArray *files;           /* (owned) (element-type PdzCorpusFile) */
} LoadResult;

static void
load_result_free (LoadResult *result)
{
  g_clear_pointer (&result->files, g_ptr_array_unref);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LoadResult, load_result_free)

/* The last day of the monitoring round of @plan; 0 without one. */
static guint32
round_end (PdzPlan *plan)
{
  const PdzDate *end = pdz_plan_get_monitoring_end (plan);

  return end != NULL ? _pdz_date_last_julian (end) : 0;
}

static char *
round_text (PdzPlan *plan)
{
  const PdzDate *end = pdz_plan_get_monitoring_end (plan);

  if (end == NULL)
    return g_strdup ("without a monitoring round");
  {
    g_autofree char *text = pdz_date_to_string (end);

    return g_strdup_printf ("the monitoring round ending %s", text);
  }
}

static int
compare_rounds (gconstpointer a,
                gconstpointer b)
{
  PdzCorpusFile *fa = *(PdzCorpusFile * const *) a;
  PdzCorpusFile *fb = *(PdzCorpusFile * const *) b;
  guint32 ea = round_end (pdz_corpus_file_get_plan (fa));
  guint32 eb = round_end (pdz_corpus_file_get_plan (fb));

  return ea < eb ? -1 : ea > eb;
}

/* Decides, among the files read of one plan id (in file order), which
 * counts. */
static void
resolve_rounds (GPtrArray *group)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_copy (group, NULL, NULL);
  PdzCorpusFile *last;
  gboolean last_duplicated = FALSE;

  /* A stable sort: g_ptr_array_sort is a merge sort. */
  g_ptr_array_sort (sorted, compare_rounds);

  for (guint i = 0; i < sorted->len; i++)
    {
      PdzCorpusFile *file = sorted->pdata[i];
      PdzPlan *plan = pdz_corpus_file_get_plan (file);
      PdzCorpusFile *same = NULL;

      if (i > 0 && round_end (pdz_corpus_file_get_plan (sorted->pdata[i - 1])) == round_end (plan))
        same = sorted->pdata[i - 1];
      else if (i + 1 < sorted->len &&
               round_end (pdz_corpus_file_get_plan (sorted->pdata[i + 1])) == round_end (plan))
        same = sorted->pdata[i + 1];

      if (same != NULL)
        {
          g_autofree char *name = g_file_get_parse_name (pdz_corpus_file_get_file (file));
          g_autofree char *other = g_file_get_parse_name (pdz_corpus_file_get_file (same));
          g_autofree char *round = round_text (plan);
          g_autofree char *plan_id = _pdz_text_quote (pdz_plan_get_id (plan), -1, 0, PDZ_QUOTE_JSON);

          _pdz_corpus_file_set (file, PDZ_CORPUS_FILE_DUPLICATE, plan,
                                g_error_new (PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID,
                                             "%s: the same round of plan \"%s\" as %s (%s): "
                                             "which one counts cannot be told",
                                             name, plan_id, other, round),
                                same);
          if (i + 1 == sorted->len)
            last_duplicated = TRUE;
        }
    }

  /* The last round; the first file of it when several hold it. */
  last = sorted->pdata[sorted->len - 1];
  for (guint i = sorted->len - 1; i-- > 0;)
    if (round_end (pdz_corpus_file_get_plan (sorted->pdata[i])) ==
        round_end (pdz_corpus_file_get_plan (last)))
      last = sorted->pdata[i];
  if (!last_duplicated)
    _pdz_corpus_file_set (last, PDZ_CORPUS_FILE_USED, pdz_corpus_file_get_plan (last), NULL, NULL);

  for (guint i = 0; i + 1 < sorted->len; i++)
    {
      PdzCorpusFile *file = sorted->pdata[i];

      if (pdz_corpus_file_get_state (file) != PDZ_CORPUS_FILE_DUPLICATE)
        _pdz_corpus_file_set (file, PDZ_CORPUS_FILE_SUPERSEDED, pdz_corpus_file_get_plan (file),
                              NULL, last);
    }
}

typedef struct
{
  PdzCorpus *corpus;          /* (nullable): a sync load emits progress itself */
  GMainContext *context;      /* (nullable): an async load emits it there */
} Progress;

typedef struct
{
  PdzCorpus *corpus;          /* (owned) */
  guint n_done;
  guint n_files;
} ProgressEmission;

static gboolean
emit_progress_cb (gpointer data)
{
  ProgressEmission *emission = data;

  _pdz_thread_acquire (emission);
  g_signal_emit (emission->corpus, signals[SIGNAL_PROGRESS], 0, emission->n_done, emission->n_files);
  return G_SOURCE_REMOVE;
}

static void
progress_emission_free (gpointer data)
{
  ProgressEmission *emission = data;

  _pdz_thread_acquire (emission);
  g_object_unref (emission->corpus);
  g_free (emission);
}

static void
report_progress (guint    n_done,
                 guint    n_files,
                 gpointer user_data)
{
  Progress *progress = user_data;
  ProgressEmission *emission;

  if (progress->context == NULL)
    {
      g_signal_emit (progress->corpus, signals[SIGNAL_PROGRESS], 0, n_done, n_files);
      return;
    }

  emission = g_new0 (ProgressEmission, 1);
  emission->corpus = g_object_ref (progress->corpus);
  emission->n_done = n_done;
  emission->n_files = n_files;
  _pdz_thread_release (emission);
  g_main_context_invoke_full (progress->context, G_PRIORITY_DEFAULT, emit_progress_cb,
                              emission, progress_emission_free);
}

static void
job_done (guint    n_done,
          guint    n_jobs,
          gpointer user_data)
{
  report_progress (n_done, n_jobs, user_data);
}

/* Reads the files, in any thread; NULL when cancelled. */
static LoadResult *
load (GFile        **files,
      guint          n_files,
      Progress      *progress,
      GCancellable  *cancellable,
      GError       **error)
{
  g_autoptr(LoadResult) result = g_new0 (LoadResult, 1);
  g_autoptr(GHashTable) groups = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autofree LoadJob *jobs = NULL;
  g_autofree gpointer *job_data = NULL;
  guint n;

  result->files = list_files (files, n_files, cancellable, error);
  if (result->files == NULL)
    return NULL;

  n = result->files->len;
  jobs = g_new0 (LoadJob, n);
  job_data = g_new0 (gpointer, n);
  for (guint i = 0; i < n; i++)
    {
      jobs[i].file = result->files->pdata[i];
      jobs[i].cancellable = cancellable;
      job_data[i] = &jobs[i];
    }

  report_progress (0, n, progress);
  run_jobs (job_data, n, load_job, job_done, progress);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      GPtrArray *read = g_ptr_array_new_with_free_func (g_object_unref);

      /* Return at once; the plans read go later. */
      for (guint i = 0; i < n; i++)
        {
          if (jobs[i].plan != NULL)
            g_ptr_array_add (read, g_steal_pointer (&jobs[i].plan));
          g_clear_error (&jobs[i].error);
        }
      _pdz_unref_later (read);
      return NULL;
    }

  /* The rounds of each plan id, in file order. */
  groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  ids = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    {
      LoadJob *job = &jobs[i];
      const char *id;
      GPtrArray *group;

      if (job->plan == NULL)
        {
          if (job->error != NULL)
            _pdz_corpus_file_set (job->file, PDZ_CORPUS_FILE_FAILED, NULL,
                                  g_steal_pointer (&job->error), NULL);
          continue;
        }

      _pdz_corpus_file_set (job->file, PDZ_CORPUS_FILE_USED, job->plan, NULL, NULL);
      g_clear_object (&job->plan);
      id = pdz_plan_get_id (pdz_corpus_file_get_plan (job->file));
      if (id == NULL)
        continue;   /* no id: a plan of its own */
      group = g_hash_table_lookup (groups, id);
      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (groups, (gpointer) id, group);
          g_ptr_array_add (ids, (gpointer) id);
        }
      g_ptr_array_add (group, job->file);
    }

  for (guint i = 0; i < ids->len; i++)
    {
      GPtrArray *group = g_hash_table_lookup (groups, ids->pdata[i]);

      if (group->len > 1)
        resolve_rounds (group);
    }

  return g_steal_pointer (&result);
}

static void
apply (PdzCorpus  *self,
       LoadResult *result)
{
  g_list_store_remove_all (self->superseded);
  g_list_store_remove_all (self->errors);
  g_list_store_remove_all (self->plans);
  g_list_store_remove_all (self->files);

  for (guint i = 0; i < result->files->len; i++)
    {
      PdzCorpusFile *file = result->files->pdata[i];

      g_list_store_append (self->files, file);
      switch (pdz_corpus_file_get_state (file))
        {
        case PDZ_CORPUS_FILE_USED:
          g_list_store_append (self->plans, pdz_corpus_file_get_plan (file));
          break;
        case PDZ_CORPUS_FILE_SUPERSEDED:
          g_list_store_append (self->superseded, file);
          break;
        case PDZ_CORPUS_FILE_DUPLICATE:
        case PDZ_CORPUS_FILE_FAILED:
        default:
          g_list_store_append (self->errors, file);
          break;
        }
    }
}

/**
 * pdz_corpus_load:
 * @self: a corpus
 * @files: (array length=n_files): plan files and directories of plan files
 * @n_files: the length of @files
 * @cancellable: (nullable): a [class@Gio.Cancellable], or %NULL
 * @error: return location for a [error@Gio.IOErrorEnum]
 *
 * Reads the plans of @files into the corpus, in parallel on every core,
 * replacing what it held. A directory gives its `*.json` files, sorted by
 * name; see [class@Pdz.Corpus] for which files count. A file that cannot
 * be read, or a directory that cannot be listed, does not fail the load:
 * it is one of [method@Pdz.Corpus.get_errors], with its error.
 *
 * [signal@Pdz.Corpus::progress] is emitted as each file is read. Each file
 * is read as [func@Pdz.Plan.load] reads it, and @cancellable is honoured
 * within a fraction of a second at any size.
 *
 * Returns: %TRUE when every file was read or found bad; %FALSE with
 *   %G_IO_ERROR_CANCELLED when the load was cancelled, the corpus then
 *   unchanged
 *
 * Since: 0.2
 */
gboolean
pdz_corpus_load (PdzCorpus     *self,
                 GFile        **files,
                 guint          n_files,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(LoadResult) result = NULL;
  Progress progress = { self, NULL };

  g_return_val_if_fail (PDZ_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (files != NULL || n_files == 0, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (!self->loading, FALSE);

  for (guint i = 0; i < n_files; i++)
    g_return_val_if_fail (G_IS_FILE (files[i]), FALSE);

  self->loading = TRUE;
  result = load (files, n_files, &progress, cancellable, error);
  self->loading = FALSE;
  if (result == NULL)
    return FALSE;

  apply (self, result);
  return TRUE;
}

/**
 * pdz_corpus_load_paths:
 * @self: a corpus
 * @paths: (array zero-terminated=1) (element-type filename): paths of plan
 *   files and directories
 * @cancellable: (nullable): a [class@Gio.Cancellable], or %NULL
 * @error: return location for a [error@Gio.IOErrorEnum]
 *
 * Reads the plans at @paths, as [method@Pdz.Corpus.load] does.
 *
 * Returns: %TRUE unless the load was cancelled
 *
 * Since: 0.2
 */
gboolean
pdz_corpus_load_paths (PdzCorpus           *self,
                       const char * const  *paths,
                       GCancellable        *cancellable,
                       GError             **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (PDZ_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (paths != NULL, FALSE);

  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_path (paths[i]));
  return pdz_corpus_load (self, (GFile **) files->pdata, files->len, cancellable, error);
}

typedef struct
{
  GPtrArray *files;           /* (owned) (element-type GFile) */
  Progress progress;          /* its context owned */
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load_data = data;

  g_ptr_array_unref (load_data->files);
  g_main_context_unref (load_data->progress.context);
  g_free (load_data);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  LoadData *data = task_data;
  GError *error = NULL;
  LoadResult *result;

  _pdz_thread_acquire (task);
  result = load ((GFile **) data->files->pdata, data->files->len,
                 &data->progress, cancellable, &error);
  _pdz_thread_release (task);
  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, (GDestroyNotify) load_result_free);
}

/**
 * pdz_corpus_load_async:
 * @self: a corpus
 * @files: (array length=n_files): plan files and directories of plan files
 * @n_files: the length of @files
 * @cancellable: (nullable): a [class@Gio.Cancellable], or %NULL
 * @callback: (scope async): the function to call when the plans are read
 * @user_data: the data to pass to @callback
 *
 * Reads the plans of @files as [method@Pdz.Corpus.load] does, without
 * blocking: in worker threads, emitting [signal@Pdz.Corpus::progress] in
 * the thread-default main context of the call, then calling @callback
 * there. The corpus changes when [method@Pdz.Corpus.load_finish] is
 * called, and not before; it must not be loaded again meanwhile.
 *
 * Since: 0.2
 */
void
pdz_corpus_load_async (PdzCorpus           *self,
                       GFile              **files,
                       guint                n_files,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (PDZ_IS_CORPUS (self));
  g_return_if_fail (files != NULL || n_files == 0);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (!self->loading);

  data = g_new0 (LoadData, 1);
  data->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    {
      g_return_if_fail (G_IS_FILE (files[i]));
      g_ptr_array_add (data->files, g_object_ref (files[i]));
    }
  data->progress.corpus = self;
  data->progress.context = g_main_context_ref_thread_default ();

  self->loading = TRUE;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, pdz_corpus_load_async);
  g_task_set_task_data (task, data, load_data_free);
  _pdz_plan_prepare_threads ();
  _pdz_thread_release (task);
  g_task_run_in_thread (task, load_in_thread);
}

/**
 * pdz_corpus_load_finish:
 * @self: a corpus
 * @result: the result passed to the callback of [method@Pdz.Corpus.load_async]
 * @error: return location for a [error@Gio.IOErrorEnum]
 *
 * Finishes a load started with [method@Pdz.Corpus.load_async], putting
 * the plans it read into the corpus.
 *
 * Returns: %TRUE unless the load was cancelled (%G_IO_ERROR_CANCELLED);
 *   the corpus is then unchanged
 *
 * Since: 0.2
 */
gboolean
pdz_corpus_load_finish (PdzCorpus     *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_autoptr(LoadResult) loaded = NULL;

  g_return_val_if_fail (PDZ_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, pdz_corpus_load_async), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->loading = FALSE;
  _pdz_thread_acquire (result);
  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return FALSE;

  apply (self, loaded);
  return TRUE;
}

/* ----------------------------------------------------------------------
 * What was read
 * ---------------------------------------------------------------------- */

/**
 * pdz_corpus_get_files:
 * @self: a corpus
 *
 * Gets every file of the last load, in order (the files of a directory by
 * name), with what became of each.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of
 *   [class@Pdz.CorpusFile]
 *
 * Since: 0.2
 */
GListModel *
pdz_corpus_get_files (PdzCorpus *self)
{
  g_return_val_if_fail (PDZ_IS_CORPUS (self), NULL);

  return G_LIST_MODEL (self->files);
}

/**
 * pdz_corpus_get_plans:
 * @self: a corpus
 *
 * Gets the plans that count: one per plan id, its last monitoring round,
 * in the order of their files.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of [class@Pdz.Plan]
 *
 * Since: 0.2
 */
GListModel *
pdz_corpus_get_plans (PdzCorpus *self)
{
  g_return_val_if_fail (PDZ_IS_CORPUS (self), NULL);

  return G_LIST_MODEL (self->plans);
}

/**
 * pdz_corpus_get_errors:
 * @self: a corpus
 *
 * Gets the files that do not count because of an error:
 * %PDZ_CORPUS_FILE_FAILED and %PDZ_CORPUS_FILE_DUPLICATE, each with its
 * [property@Pdz.CorpusFile:error].
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of
 *   [class@Pdz.CorpusFile]
 *
 * Since: 0.2
 */
GListModel *
pdz_corpus_get_errors (PdzCorpus *self)
{
  g_return_val_if_fail (PDZ_IS_CORPUS (self), NULL);

  return G_LIST_MODEL (self->errors);
}

/**
 * pdz_corpus_get_superseded:
 * @self: a corpus
 *
 * Gets the files that hold an earlier monitoring round of a plan that
 * counts with a later one, each naming the file of that later round
 * ([property@Pdz.CorpusFile:other]).
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of
 *   [class@Pdz.CorpusFile]
 *
 * Since: 0.2
 */
GListModel *
pdz_corpus_get_superseded (PdzCorpus *self)
{
  g_return_val_if_fail (PDZ_IS_CORPUS (self), NULL);

  return G_LIST_MODEL (self->superseded);
}

/**
 * pdz_corpus_lookup_plan:
 * @self: a corpus
 * @id: the id of a plan
 *
 * Finds the plan that counts with the id @id.
 *
 * Returns: (transfer none) (nullable): the plan, or %NULL
 *
 * Since: 0.2
 */
PdzPlan *
pdz_corpus_lookup_plan (PdzCorpus  *self,
                        const char *id)
{
  g_return_val_if_fail (PDZ_IS_CORPUS (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  PDZ_MODEL_FOREACH (self->plans, PdzPlan, plan)
    if (g_strcmp0 (pdz_plan_get_id (plan), id) == 0)
      return plan;
  return NULL;
}

/* ----------------------------------------------------------------------
 * Queries and figures: PdzQuery and PdzStats on each plan
 * ---------------------------------------------------------------------- */

/* @query's criteria, on @plan: a query of its own, since a query holds
 * its plan. (transfer full) */
static PdzQuery *
query_for_plan (PdzQuery *query,
                PdzPlan  *plan)
{
  PdzQuery *copy = pdz_query_new (plan);
  g_autofree GParamSpec **pspecs = NULL;
  guint n;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (query), &n);
  for (guint i = 0; i < n; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;

      /* The deprecated properties are views of the others. */
      if ((pspec->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspec->flags & (G_PARAM_DEPRECATED | G_PARAM_CONSTRUCT_ONLY)) != 0 ||
          g_str_equal (pspec->name, "plan"))
        continue;
      g_value_init (&value, pspec->value_type);
      g_object_get_property (G_OBJECT (query), pspec->name, &value);
      g_object_set_property (G_OBJECT (copy), pspec->name, &value);
    }
  return copy;
}

/* The tables of PdzStats the corpus adds up. */
typedef enum
{
  TABLE_STATUS,
  TABLE_MACROAREA,
  TABLE_PARTNER,
  TABLE_FUNDING_SOURCE,
  TABLE_FUNDING_STATUS,
  TABLE_ORIGIN,
  N_TABLES
} Table;

typedef PdzStatsTable *(*TableFunc) (PdzStats *stats);

static const struct
{
  const char *name;
  TableFunc func;
} tables[N_TABLES] = {
  [TABLE_STATUS] = { "by-status", pdz_stats_by_status },
  [TABLE_MACROAREA] = { "by-macroarea", pdz_stats_by_macroarea },
  [TABLE_PARTNER] = { "by-partner", pdz_stats_by_partner },
  [TABLE_FUNDING_SOURCE] = { "by-funding-source", pdz_stats_by_funding_source },
  [TABLE_FUNDING_STATUS] = { "by-funding-status", pdz_stats_by_funding_status },
  [TABLE_ORIGIN] = { "by-origin", pdz_stats_by_origin },
};

/* One plan's figures, computed in a worker thread. */
typedef struct
{
  PdzPlan *plan;              /* (not owned) */
  PdzQuery *query;            /* (not owned) (nullable): the criteria */
  guint mask;                 /* the tables to compute: 1 << Table */
  gboolean totals;            /* and the totals */
  PdzStatsTable *tables[N_TABLES]; /* (owned) (nullable) */
  guint n_objectives;
  guint n_actions;
  guint n_projects;
  guint n_extra_actions;
} PlanFigures;

static void
plan_figures_job (gpointer data,
                  gpointer user_data)
{
  PlanFigures *figures = data;
  g_autoptr(PdzQuery) query = NULL;
  g_autoptr(PdzStats) stats = NULL;

  if (figures->query != NULL)
    {
      query = query_for_plan (figures->query, figures->plan);
      stats = pdz_stats_new_for_query (query);
    }
  else
    {
      stats = pdz_stats_new (figures->plan);
    }

  for (Table t = 0; t < N_TABLES; t++)
    if (figures->mask & (1u << t))
      figures->tables[t] = tables[t].func (stats);

  if (figures->totals)
    {
      figures->n_objectives = pdz_stats_get_n_objectives (stats);
      figures->n_actions = pdz_stats_get_n_actions (stats);
      figures->n_projects = pdz_stats_get_n_projects (stats);
      figures->n_extra_actions = pdz_stats_get_n_extra_actions (stats);
    }
}

/* The figures of every plan. (transfer full) (array length=n_plans of the corpus) */
static PlanFigures *
compute (PdzCorpus *self,
         PdzQuery  *query,
         guint      mask,
         gboolean   totals,
         guint     *n_plans)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->plans));
  PlanFigures *figures = g_new0 (PlanFigures, n);
  g_autofree gpointer *job_data = g_new0 (gpointer, n);

  for (guint i = 0; i < n; i++)
    {
      figures[i].plan = _pdz_model_peek (G_LIST_MODEL (self->plans), i);
      figures[i].query = query;
      figures[i].mask = mask;
      figures[i].totals = totals;
      job_data[i] = &figures[i];
    }
  run_jobs (job_data, n, plan_figures_job, NULL, NULL);

  *n_plans = n;
  return figures;
}

static void
figures_free (PlanFigures *figures,
              guint        n)
{
  for (guint i = 0; i < n; i++)
    for (Table t = 0; t < N_TABLES; t++)
      g_clear_object (&figures[i].tables[t]);
  g_free (figures);
}

/* ---- Adding up tables --------------------------------------------------- */

static const char * const status_suffixes[] = {
  "-planned", "-in-progress", "-completed", "-suspended", "-cancelled", "-not-stated",
};

/* The role nicks of @a and @b, in the order of the enumeration. */
static char *
merge_roles (const char *a,
             const char *b)
{
  g_autoptr(GEnumClass) roles = g_type_class_ref (PDZ_TYPE_ROLE);
  g_auto(GStrv) in_a = g_strsplit (a != NULL ? a : "", ",", -1);
  g_auto(GStrv) in_b = g_strsplit (b != NULL ? b : "", ",", -1);
  GString *text = g_string_new (NULL);

  for (guint r = 0; r < roles->n_values; r++)
    {
      const char *nick = roles->values[r].value_nick;

      if (!g_strv_contains ((const char * const *) in_a, nick) &&
          !g_strv_contains ((const char * const *) in_b, nick))
        continue;
      if (text->len > 0)
        g_string_append_c (text, ',');
      g_string_append (text, nick);
    }
  return g_string_free (text, FALSE);
}

typedef struct
{
  PdzStatsTable *table;       /* (owned) */
  GHashTable *rows;           /* (owned): merge key → PdzStatsRow (the table's) */
  GHashTable *order;          /* (owned): PdzStatsRow → position met + 1 */
  const char * const *columns;
  gboolean fold_keys;         /* funding sources: without regard to case or accents */
} Merge;

static void
merge_init (Merge         *merge,
            PdzStatsTable *like,
            gboolean       fold_keys)
{
  const char * const *columns = pdz_stats_table_get_columns (like);
  guint n = g_strv_length ((char **) columns);
  g_autofree PdzStatsColumnSpec *specs = g_new0 (PdzStatsColumnSpec, n);

  for (guint c = 0; c < n; c++)
    {
      specs[c].name = columns[c];
      specs[c].type = pdz_stats_table_get_column_type (like, columns[c]);
    }
  merge->table = _pdz_stats_table_new (pdz_stats_table_get_name (like), specs, n);
  merge->rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  merge->order = g_hash_table_new (g_direct_hash, g_direct_equal);
  merge->columns = pdz_stats_table_get_columns (merge->table);
  merge->fold_keys = fold_keys;
}

static void
merge_row (Merge       *merge,
           PdzStatsRow *row)
{
  const char *key = pdz_stats_row_get_key (row);
  char *merge_key = merge->fold_keys ? _pdz_text_fold (key) : g_strdup (key);
  PdzStatsRow *into = g_hash_table_lookup (merge->rows, merge_key);
  int overflow = -1, amount = -1;

  if (into == NULL)
    {
      into = _pdz_stats_table_append (merge->table, key);
      g_hash_table_insert (merge->rows, merge_key, into);
      g_hash_table_insert (merge->order, into, GUINT_TO_POINTER (g_hash_table_size (merge->order) + 1));
    }
  else
    {
      g_free (merge_key);
    }

  for (guint c = 1; merge->columns[c] != NULL; c++)
    {
      const char *column = merge->columns[c];
      const GValue *value = _pdz_stats_row_peek_value (row, c);
      const GValue *old = _pdz_stats_row_peek_value (into, c);

      if (g_str_equal (column, "amount-overflow"))
        overflow = (int) c;
      if (g_str_equal (column, "amount"))
        amount = (int) c;
      if (value == NULL)
        continue;

      if (G_VALUE_HOLDS_INT64 (value))
        {
          gint64 sum;

          if (__builtin_add_overflow (old != NULL ? g_value_get_int64 (old) : 0,
                                      g_value_get_int64 (value), &sum))
            sum = G_MAXINT64;   /* only an amount can: see below */
          _pdz_stats_row_set_int (into, c, sum);
        }
      else if (G_VALUE_HOLDS_STRING (value))
        {
          if (g_str_equal (column, "roles"))
            {
              g_autofree char *roles = merge_roles (old != NULL ? g_value_get_string (old) : NULL,
                                                    g_value_get_string (value));

              _pdz_stats_row_set_string (into, c, roles);
            }
          else if (old == NULL)
            {
              _pdz_stats_row_set_string (into, c, g_value_get_string (value));
            }
        }
      /* Doubles (the completion rates) are computed again at the end. */
    }

  /* A total that does not fit is not computable: say so, as PdzStats
   * does, never cap it. */
  if (overflow >= 0 && amount >= 0 &&
      (_pdz_stats_row_peek_int (into, (guint) overflow) != 0 ||
       _pdz_stats_row_peek_int (into, (guint) amount) == G_MAXINT64))
    {
      _pdz_stats_row_set_int (into, (guint) overflow, 1);
      _pdz_stats_row_set_int (into, (guint) amount, 0);
    }
}

/* Computes the completion rates again from the counts added up. */
static void
merge_rates (Merge *merge)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (merge->table));

  for (guint c = 1; merge->columns[c] != NULL; c++)
    {
      const char *column = merge->columns[c];
      g_autofree char *prefix = NULL;
      int counts[G_N_ELEMENTS (status_suffixes)];
      gboolean all = TRUE;

      if (!g_str_has_suffix (column, "-completion-rate"))
        continue;
      prefix = g_strndup (column, strlen (column) - strlen ("-completion-rate"));
      for (guint s = 0; s < G_N_ELEMENTS (status_suffixes); s++)
        {
          g_autofree char *name = g_strconcat (prefix, status_suffixes[s], NULL);

          counts[s] = -1;
          for (guint k = 1; merge->columns[k] != NULL; k++)
            if (g_str_equal (merge->columns[k], name))
              counts[s] = (int) k;
          all &= counts[s] >= 0;
        }
      if (!all)
        continue;

      for (guint i = 0; i < n; i++)
        {
          PdzStatsRow *row = _pdz_model_peek (G_LIST_MODEL (merge->table), i);
          gint64 total = 0;

          for (guint s = 0; s < G_N_ELEMENTS (status_suffixes); s++)
            total += _pdz_stats_row_peek_int (row, (guint) counts[s]);
          _pdz_stats_row_set_double (row, c, total > 0 ?
                                     (double) _pdz_stats_row_peek_int (row, (guint) counts[2]) /
                                     (double) total : 0.0);
        }
    }
}

static gint64
row_int (PdzStatsRow *row,
         const char  *column)
{
  return pdz_stats_row_has_column (row, column) ? pdz_stats_row_get_int (row, column) : 0;
}

/* As pdz_stats_by_partner() ranks: actions and projects, then actions,
 * then in the order met. */
static int
compare_partners (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GHashTable *order = user_data;
  PdzStatsRow *ra = *(PdzStatsRow * const *) a;
  PdzStatsRow *rb = *(PdzStatsRow * const *) b;
  gint64 ta = row_int (ra, "actions") + row_int (ra, "projects");
  gint64 tb = row_int (rb, "actions") + row_int (rb, "projects");
  guint oa = GPOINTER_TO_UINT (g_hash_table_lookup (order, ra));
  guint ob = GPOINTER_TO_UINT (g_hash_table_lookup (order, rb));

  if (ta != tb)
    return ta > tb ? -1 : 1;
  if (row_int (ra, "actions") != row_int (rb, "actions"))
    return row_int (ra, "actions") > row_int (rb, "actions") ? -1 : 1;
  return oa < ob ? -1 : oa > ob;
}

/* As pdz_stats_by_funding_source() ranks: not computable first, then by
 * amount, then by number, then in the order met. */
static int
compare_fundings (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GHashTable *order = user_data;
  PdzStatsRow *ra = *(PdzStatsRow * const *) a;
  PdzStatsRow *rb = *(PdzStatsRow * const *) b;
  guint oa = GPOINTER_TO_UINT (g_hash_table_lookup (order, ra));
  guint ob = GPOINTER_TO_UINT (g_hash_table_lookup (order, rb));

  if (row_int (ra, "amount-overflow") != row_int (rb, "amount-overflow"))
    return row_int (ra, "amount-overflow") > row_int (rb, "amount-overflow") ? -1 : 1;
  if (row_int (ra, "amount") != row_int (rb, "amount"))
    return row_int (ra, "amount") > row_int (rb, "amount") ? -1 : 1;
  if (row_int (ra, "fundings") != row_int (rb, "fundings"))
    return row_int (ra, "fundings") > row_int (rb, "fundings") ? -1 : 1;
  return oa < ob ? -1 : oa > ob;
}

/* The table @t of every plan, added up. (transfer full) */
static PdzStatsTable *
merge_table (PlanFigures *figures,
             guint        n,
             Table        t)
{
  g_autoptr(PdzStats) empty = NULL;
  g_autoptr(PdzStatsTable) like = NULL;
  Merge merge;

  /* The columns, even for a corpus without plans. */
  if (n > 0)
    {
      like = g_object_ref (figures[0].tables[t]);
    }
  else
    {
      empty = g_object_new (PDZ_TYPE_STATS, NULL);
      like = tables[t].func (empty);
    }

  merge_init (&merge, like, t == TABLE_FUNDING_SOURCE);
  for (guint i = 0; i < n; i++)
    PDZ_MODEL_FOREACH (figures[i].tables[t], PdzStatsRow, row)
      merge_row (&merge, row);
  merge_rates (&merge);

  if (t == TABLE_PARTNER)
    _pdz_stats_table_sort (merge.table, compare_partners, merge.order);
  else if (t == TABLE_FUNDING_SOURCE)
    _pdz_stats_table_sort (merge.table, compare_fundings, merge.order);

  g_hash_table_unref (merge.order);
  g_hash_table_unref (merge.rows);
  return merge.table;
}

static PdzStatsTable *
corpus_table (PdzCorpus *self,
              PdzQuery  *query,
              Table      t)
{
  guint n;
  PlanFigures *figures = compute (self, query, 1u << t, FALSE, &n);
  PdzStatsTable *table = merge_table (figures, n, t);

  figures_free (figures, n);
  return table;
}

/* ---- By ambito ---------------------------------------------------------- */

static const PdzStatsColumnSpec by_ambito_columns[] = {
  { "plan", G_TYPE_STRING },
  { "ambito", G_TYPE_STRING },
  { "title", G_TYPE_STRING },
  { "file", G_TYPE_STRING },
  { "monitoring-start", G_TYPE_STRING },
  { "monitoring-end", G_TYPE_STRING },
  { "objectives", G_TYPE_INT64 },
  { "actions", G_TYPE_INT64 },
  { "projects", G_TYPE_INT64 },
  { "extra-actions", G_TYPE_INT64 },
  { "actions-planned", G_TYPE_INT64 },
  { "actions-in-progress", G_TYPE_INT64 },
  { "actions-completed", G_TYPE_INT64 },
  { "actions-suspended", G_TYPE_INT64 },
  { "actions-cancelled", G_TYPE_INT64 },
  { "actions-not-stated", G_TYPE_INT64 },
  { "actions-completion-rate", G_TYPE_DOUBLE },
  { "fundings", G_TYPE_INT64 },
  { "amount", G_TYPE_INT64 },
  { "unknown-amounts", G_TYPE_INT64 },
  { "amount-overflow", G_TYPE_INT64 },
};

enum {
  AMBITO_COL_AMBITO = 1,
  AMBITO_COL_TITLE,
  AMBITO_COL_FILE,
  AMBITO_COL_MONITORING_START,
  AMBITO_COL_MONITORING_END,
  AMBITO_COL_OBJECTIVES,
  AMBITO_COL_ACTIONS,
  AMBITO_COL_PROJECTS,
  AMBITO_COL_EXTRA,
  AMBITO_COL_FIRST_STATUS,
  AMBITO_COL_RATE = AMBITO_COL_FIRST_STATUS + 6,
  AMBITO_COL_FUNDINGS,
  AMBITO_COL_AMOUNT,
  AMBITO_COL_UNKNOWN,
  AMBITO_COL_OVERFLOW,
};

/* The file a plan of the corpus came from. */
static GFile *
file_of_plan (PdzCorpus *self,
              PdzPlan   *plan)
{
  PDZ_MODEL_FOREACH (self->files, PdzCorpusFile, file)
    if (pdz_corpus_file_get_plan (file) == plan)
      return pdz_corpus_file_get_file (file);
  return NULL;
}

static void
set_date (PdzStatsRow   *row,
          guint          column,
          const PdzDate *date)
{
  g_autofree char *text = date != NULL ? pdz_date_to_string (date) : NULL;

  if (text != NULL)
    _pdz_stats_row_set_string (row, column, text);
  else
    _pdz_stats_row_set_null (row, column);
}

static PdzStatsTable *
by_ambito (PdzCorpus   *self,
           PlanFigures *figures,
           guint        n)
{
  PdzStatsTable *table = _pdz_stats_table_new ("by-ambito", by_ambito_columns,
                                               G_N_ELEMENTS (by_ambito_columns));

  for (guint i = 0; i < n; i++)
    {
      PdzPlan *plan = figures[i].plan;
      PdzStatsRow *row = _pdz_stats_table_append (table, pdz_plan_get_id (plan));
      GFile *file = file_of_plan (self, plan);
      g_autofree char *path = file != NULL ? g_file_get_parse_name (file) : NULL;
      gint64 completed, total = 0;

      _pdz_stats_row_set_string (row, AMBITO_COL_AMBITO, pdz_plan_get_ambito (plan));
      _pdz_stats_row_set_string (row, AMBITO_COL_TITLE, pdz_plan_get_title (plan));
      _pdz_stats_row_set_string (row, AMBITO_COL_FILE, path);
      set_date (row, AMBITO_COL_MONITORING_START, pdz_plan_get_monitoring_start (plan));
      set_date (row, AMBITO_COL_MONITORING_END, pdz_plan_get_monitoring_end (plan));
      _pdz_stats_row_set_int (row, AMBITO_COL_OBJECTIVES, figures[i].n_objectives);
      _pdz_stats_row_set_int (row, AMBITO_COL_ACTIONS, figures[i].n_actions);
      _pdz_stats_row_set_int (row, AMBITO_COL_PROJECTS, figures[i].n_projects);
      _pdz_stats_row_set_int (row, AMBITO_COL_EXTRA, figures[i].n_extra_actions);

      for (guint s = 0; s < PDZ_N_STATUSES; s++)
        {
          PdzStatsRow *status = _pdz_model_peek (G_LIST_MODEL (figures[i].tables[TABLE_STATUS]), s);
          gint64 count = pdz_stats_row_get_int (status, "actions");
          PdzStatus value;

          /* The rows of by_status() are keyed by the status nicks. */
          if (!_pdz_enum_from_nick (PDZ_TYPE_STATUS, pdz_stats_row_get_key (status), (int *) &value))
            continue;
          _pdz_stats_row_set_int (row, AMBITO_COL_FIRST_STATUS + value, count);
          total += count;
        }
      completed = _pdz_stats_row_peek_int (row, AMBITO_COL_FIRST_STATUS + PDZ_STATUS_COMPLETED);
      _pdz_stats_row_set_double (row, AMBITO_COL_RATE, total > 0 ? (double) completed / (double) total : 0.0);

      PDZ_MODEL_FOREACH (figures[i].tables[TABLE_FUNDING_STATUS], PdzStatsRow, status)
        {
          _pdz_stats_row_add_int (row, AMBITO_COL_FUNDINGS, pdz_stats_row_get_int (status, "fundings"));
          _pdz_stats_row_add_int (row, AMBITO_COL_UNKNOWN,
                                  pdz_stats_row_get_int (status, "unknown-amounts"));
          if (pdz_stats_row_get_int (status, "amount-overflow") != 0 ||
              _pdz_stats_row_peek_int (row, AMBITO_COL_OVERFLOW) != 0)
            {
              _pdz_stats_row_set_int (row, AMBITO_COL_OVERFLOW, 1);
              _pdz_stats_row_set_int (row, AMBITO_COL_AMOUNT, 0);
            }
          else
            {
              gint64 sum;

              if (__builtin_add_overflow (_pdz_stats_row_peek_int (row, AMBITO_COL_AMOUNT),
                                          pdz_stats_row_get_int (status, "amount"), &sum))
                {
                  _pdz_stats_row_set_int (row, AMBITO_COL_OVERFLOW, 1);
                  _pdz_stats_row_set_int (row, AMBITO_COL_AMOUNT, 0);
                }
              else
                {
                  _pdz_stats_row_set_int (row, AMBITO_COL_AMOUNT, sum);
                }
            }
        }
    }

  return table;
}

/**
 * pdz_corpus_by_ambito:
 * @self: a corpus
 * @query: (nullable): criteria for every plan, or %NULL for every bullet
 *
 * One row per plan that counts (one per ambito), in the corpus' order,
 * keyed by the plan's id, with its figures by the counting rule: what
 * [class@Pdz.Stats] gives for the plan, or for what @query finds in it.
 *
 * Columns: `plan` (the key), `ambito`, `title`, `file` (the file it was
 * read from), `monitoring-start`, `monitoring-end` (the round, as dates
 * are written in the format, or null) (strings); `objectives`,
 * `actions` (bullets), `projects`, `extra-actions` (integers);
 * `actions-planned` … `actions-not-stated` (integers) and
 * `actions-completion-rate` (a double); `fundings`, `amount` (in euro
 * cents), `unknown-amounts`, `amount-overflow` (integers, as in
 * [method@Pdz.Stats.by_funding_status]).
 *
 * Returns: (transfer full): a new table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_corpus_by_ambito (PdzCorpus *self,
                      PdzQuery  *query)
{
  PlanFigures *figures;
  PdzStatsTable *table;
  guint n;

  g_return_val_if_fail (PDZ_IS_CORPUS (self), NULL);
  g_return_val_if_fail (query == NULL || PDZ_IS_QUERY (query), NULL);

  figures = compute (self, query, (1u << TABLE_STATUS) | (1u << TABLE_FUNDING_STATUS), TRUE, &n);
  table = by_ambito (self, figures, n);
  figures_free (figures, n);
  return table;
}

/**
 * pdz_corpus_by_status:
 * @self: a corpus
 * @query: (nullable): criteria for every plan, or %NULL
 *
 * [method@Pdz.Stats.by_status] of every plan that counts, added up: the
 * same rows and columns.
 *
 * Returns: (transfer full): a new table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_corpus_by_status (PdzCorpus *self,
                      PdzQuery  *query)
{
  g_return_val_if_fail (PDZ_IS_CORPUS (self), NULL);
  g_return_val_if_fail (query == NULL || PDZ_IS_QUERY (query), NULL);

  return corpus_table (self, query, TABLE_STATUS);
}

/**
 * pdz_corpus_by_macroarea:
 * @self: a corpus
 * @query: (nullable): criteria for every plan, or %NULL
 *
 * [method@Pdz.Stats.by_macroarea] of every plan that counts, added up: a
 * macroarea with the same id in several plans (Lombardy's A to J, say) is
 * one row; so are the objectives without a macroarea (`""`) and the
 * actions of projects (`+projects`). The completion rates are those of
 * the sums.
 *
 * Returns: (transfer full): a new table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_corpus_by_macroarea (PdzCorpus *self,
                         PdzQuery  *query)
{
  g_return_val_if_fail (PDZ_IS_CORPUS (self), NULL);
  g_return_val_if_fail (query == NULL || PDZ_IS_QUERY (query), NULL);

  return corpus_table (self, query, TABLE_MACROAREA);
}

/**
 * pdz_corpus_by_partner:
 * @self: a corpus
 * @query: (nullable): criteria for every plan, or %NULL
 *
 * [method@Pdz.Stats.by_partner] of every plan that counts, added up: a
 * partner id in several plans is one row, with the roles of all, ranked
 * as [method@Pdz.Stats.by_partner] ranks.
 *
 * Returns: (transfer full): a new table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_corpus_by_partner (PdzCorpus *self,
                       PdzQuery  *query)
{
  g_return_val_if_fail (PDZ_IS_CORPUS (self), NULL);
  g_return_val_if_fail (query == NULL || PDZ_IS_QUERY (query), NULL);

  return corpus_table (self, query, TABLE_PARTNER);
}

/**
 * pdz_corpus_by_funding_source:
 * @self: a corpus
 * @query: (nullable): criteria for every plan, or %NULL
 *
 * [method@Pdz.Stats.by_funding_source] of every plan that counts, added
 * up: sources are grouped without regard to case or accents, keyed by the
 * spelling met first, and ranked as [method@Pdz.Stats.by_funding_source]
 * ranks. A total that does not fit in 64 bits is not computable:
 * `amount-overflow` 1, `amount` 0.
 *
 * Returns: (transfer full): a new table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_corpus_by_funding_source (PdzCorpus *self,
                              PdzQuery  *query)
{
  g_return_val_if_fail (PDZ_IS_CORPUS (self), NULL);
  g_return_val_if_fail (query == NULL || PDZ_IS_QUERY (query), NULL);

  return corpus_table (self, query, TABLE_FUNDING_SOURCE);
}

/**
 * pdz_corpus_by_funding_status:
 * @self: a corpus
 * @query: (nullable): criteria for every plan, or %NULL
 *
 * [method@Pdz.Stats.by_funding_status] of every plan that counts, added
 * up.
 *
 * Returns: (transfer full): a new table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_corpus_by_funding_status (PdzCorpus *self,
                              PdzQuery  *query)
{
  g_return_val_if_fail (PDZ_IS_CORPUS (self), NULL);
  g_return_val_if_fail (query == NULL || PDZ_IS_QUERY (query), NULL);

  return corpus_table (self, query, TABLE_FUNDING_STATUS);
}

/**
 * pdz_corpus_by_origin:
 * @self: a corpus
 * @query: (nullable): criteria for every plan, or %NULL
 *
 * [method@Pdz.Stats.by_origin] of every plan that counts, added up.
 *
 * Returns: (transfer full): a new table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_corpus_by_origin (PdzCorpus *self,
                      PdzQuery  *query)
{
  g_return_val_if_fail (PDZ_IS_CORPUS (self), NULL);
  g_return_val_if_fail (query == NULL || PDZ_IS_QUERY (query), NULL);

  return corpus_table (self, query, TABLE_ORIGIN);
}

/**
 * pdz_corpus_get_n_actions:
 * @self: a corpus
 *
 * Counts the bullets of every plan that counts, by the counting rule: the
 * sum of [method@Pdz.Stats.get_n_actions].
 *
 * Returns: the number of actions
 *
 * Since: 0.2
 */
guint
pdz_corpus_get_n_actions (PdzCorpus *self)
{
  PlanFigures *figures;
  guint n, total = 0;

  g_return_val_if_fail (PDZ_IS_CORPUS (self), 0);

  figures = compute (self, NULL, 0, TRUE, &n);
  for (guint i = 0; i < n; i++)
    total += figures[i].n_actions;
  figures_free (figures, n);
  return total;
}

typedef struct
{
  PdzQuery *query;            /* (not owned) */
  GListStore *out;            /* (owned) */
} FindJob;

static void
find_job (gpointer data,
          gpointer user_data)
{
  FindJob *job = data;
  g_autoptr(GListModel) found = pdz_query_find_actions (job->query);

  job->out = g_list_store_new (PDZ_TYPE_ACTION);
  PDZ_MODEL_FOREACH (found, PdzAction, action)
    g_list_store_append (job->out, action);
}

/**
 * pdz_corpus_find_actions:
 * @self: a corpus
 * @query: the criteria, for every plan (its own plan, if any, is not used)
 *
 * Finds the actions that @query finds in each plan that counts, as
 * [method@Pdz.Query.find_actions] finds them, plan after plan in the
 * corpus' order. [method@Pdz.Action.get_plan] tells each one's plan.
 *
 * Returns: (transfer full): a [iface@Gio.ListModel] of [class@Pdz.Action]
 *
 * Since: 0.2
 */
GListModel *
pdz_corpus_find_actions (PdzCorpus *self,
                         PdzQuery  *query)
{
  GListStore *out;
  g_autofree FindJob *jobs = NULL;
  g_autofree gpointer *job_data = NULL;
  g_autoptr(GPtrArray) queries = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_return_val_if_fail (PDZ_IS_CORPUS (self), NULL);
  g_return_val_if_fail (PDZ_IS_QUERY (query), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->plans));
  jobs = g_new0 (FindJob, n);
  job_data = g_new0 (gpointer, n);
  for (guint i = 0; i < n; i++)
    {
      PdzQuery *q = query_for_plan (query, _pdz_model_peek (G_LIST_MODEL (self->plans), i));

      g_ptr_array_add (queries, q);
      jobs[i].query = q;
      job_data[i] = &jobs[i];
    }
  run_jobs (job_data, n, find_job, NULL, NULL);

  out = g_list_store_new (PDZ_TYPE_ACTION);
  for (guint i = 0; i < n; i++)
    {
      PDZ_MODEL_FOREACH (jobs[i].out, PdzAction, action)
        g_list_store_append (out, action);
      g_object_unref (jobs[i].out);
    }
  return G_LIST_MODEL (out);
}

/* ----------------------------------------------------------------------
 * The summary
 * ---------------------------------------------------------------------- */

static const char * const state_nicks[] = {
  [PDZ_CORPUS_FILE_USED] = "used",
  [PDZ_CORPUS_FILE_SUPERSEDED] = "superseded",
  [PDZ_CORPUS_FILE_DUPLICATE] = "duplicate",
  [PDZ_CORPUS_FILE_FAILED] = "failed",
};

static void
member_uint (PdzJsonScope *scope,
             const char   *name,
             guint64       value)
{
  _pdz_json_member (scope, name);
  g_string_append_printf (scope->s, "%" G_GUINT64_FORMAT, value);
}

static void
member_table (PdzJsonScope  *scope,
              const char    *name,
              PdzStatsTable *table)
{
  _pdz_json_member (scope, name);
  _pdz_stats_table_append_json (table, scope->s, scope->level + 1);
}

static void
member_file (PdzJsonScope *scope,
             const char   *name,
             GFile        *file)
{
  g_autofree char *path = file != NULL ? g_file_get_parse_name (file) : NULL;

  _pdz_json_member (scope, name);
  if (path != NULL)
    _pdz_json_append_string (scope->s, path);
  else
    g_string_append (scope->s, "null");
}

/**
 * pdz_corpus_summary_to_json:
 * @self: a corpus
 * @query: (nullable): criteria for every plan, or %NULL for every bullet
 * @length: (out) (optional): the length of the text in bytes
 *
 * Writes the summary of the corpus as one JSON document: its files and
 * what became of each, the totals, and the tables of
 * [method@Pdz.Corpus.by_status], [method@Pdz.Corpus.by_macroarea],
 * [method@Pdz.Corpus.by_partner], [method@Pdz.Corpus.by_funding_source],
 * [method@Pdz.Corpus.by_funding_status], [method@Pdz.Corpus.by_origin]
 * and [method@Pdz.Corpus.by_ambito]. This is what
 * `pdz summary DIR --format json` prints; its shape is documented in
 * `doc/corpus.md`, with a JSON Schema in `doc/pdz-corpus-summary.schema.json`.
 * Every plan's figures are computed once, on every core.
 *
 * Returns: (transfer full): the JSON text, UTF-8, ending in a newline
 *
 * Since: 0.2
 */
char *
pdz_corpus_summary_to_json (PdzCorpus *self,
                            PdzQuery  *query,
                            gsize     *length)
{
  g_autoptr(PdzStatsTable) ambito = NULL;
  PlanFigures *figures;
  PdzStatsTable *merged[N_TABLES];
  GString *s;
  PdzJsonScope root, scope, files;
  guint n, n_objectives = 0, n_actions = 0, n_projects = 0, n_extra = 0;
  gint64 completed = 0;

  g_return_val_if_fail (PDZ_IS_CORPUS (self), NULL);
  g_return_val_if_fail (query == NULL || PDZ_IS_QUERY (query), NULL);

  figures = compute (self, query, (1u << N_TABLES) - 1, TRUE, &n);
  for (Table t = 0; t < N_TABLES; t++)
    merged[t] = merge_table (figures, n, t);
  ambito = by_ambito (self, figures, n);
  for (guint i = 0; i < n; i++)
    {
      n_objectives += figures[i].n_objectives;
      n_actions += figures[i].n_actions;
      n_projects += figures[i].n_projects;
      n_extra += figures[i].n_extra_actions;
    }
  PDZ_MODEL_FOREACH (ambito, PdzStatsRow, row)
    completed += pdz_stats_row_get_int (row, "actions-completed");

  s = g_string_new (NULL);
  _pdz_json_scope_begin (&root, s, 0, '{');

  _pdz_json_member_begin (&root, "corpus", &scope, '{');
  member_uint (&scope, "files", g_list_model_get_n_items (G_LIST_MODEL (self->files)));
  member_uint (&scope, "plans", n);
  member_uint (&scope, "errors", g_list_model_get_n_items (G_LIST_MODEL (self->errors)));
  member_uint (&scope, "superseded", g_list_model_get_n_items (G_LIST_MODEL (self->superseded)));
  _pdz_json_scope_end (&scope, '}');

  _pdz_json_member_begin (&root, "files", &files, '[');
  PDZ_MODEL_FOREACH (self->files, PdzCorpusFile, file)
    {
      PdzPlan *plan = pdz_corpus_file_get_plan (file);
      PdzCorpusFile *other = pdz_corpus_file_get_other (file);
      const GError *error = pdz_corpus_file_get_error (file);
      PdzJsonScope item;

      _pdz_json_scope_item (&files);
      _pdz_json_scope_begin_nested (&item, &files, '{');
      member_file (&item, "file", pdz_corpus_file_get_file (file));
      _pdz_json_member_string (&item, "state", state_nicks[pdz_corpus_file_get_state (file)]);
      _pdz_json_member (&item, "plan");
      if (plan != NULL && pdz_plan_get_id (plan) != NULL)
        _pdz_json_append_string (s, pdz_plan_get_id (plan));
      else
        g_string_append (s, "null");
      _pdz_json_member (&item, "monitoring-end");
      if (plan != NULL && pdz_plan_get_monitoring_end (plan) != NULL)
        {
          g_autofree char *text = pdz_date_to_string (pdz_plan_get_monitoring_end (plan));

          _pdz_json_append_string (s, text);
        }
      else
        {
          g_string_append (s, "null");
        }
      member_file (&item, "other", other != NULL ? pdz_corpus_file_get_file (other) : NULL);
      _pdz_json_member (&item, "error");
      if (error != NULL)
        _pdz_json_append_string (s, error->message);
      else
        g_string_append (s, "null");
      _pdz_json_scope_end (&item, '}');
    }
  _pdz_json_scope_end (&files, ']');

  _pdz_json_member_begin (&root, "totals", &scope, '{');
  member_uint (&scope, "plans", n);
  member_uint (&scope, "objectives", n_objectives);
  member_uint (&scope, "actions", n_actions);
  member_uint (&scope, "projects", n_projects);
  member_uint (&scope, "extra-actions", n_extra);
  _pdz_json_member (&scope, "completion-rate");
  _pdz_json_append_double (s, n_actions > 0 ? (double) completed / (double) n_actions : 0.0);
  _pdz_json_scope_end (&scope, '}');

  member_table (&root, "by-status", merged[TABLE_STATUS]);
  member_table (&root, "by-macroarea", merged[TABLE_MACROAREA]);
  member_table (&root, "partners", merged[TABLE_PARTNER]);
  member_table (&root, "funding-by-source", merged[TABLE_FUNDING_SOURCE]);
  member_table (&root, "funding-by-status", merged[TABLE_FUNDING_STATUS]);
  member_table (&root, "by-origin", merged[TABLE_ORIGIN]);
  member_table (&root, "by-ambito", ambito);

  _pdz_json_scope_end (&root, '}');
  g_string_append_c (s, '\n');

  for (Table t = 0; t < N_TABLES; t++)
    g_object_unref (merged[t]);
  figures_free (figures, n);

  if (length != NULL)
    *length = s->len;
  return g_string_free (s, FALSE);
}

/* ----------------------------------------------------------------------
 * SQLite
 * ---------------------------------------------------------------------- */

/**
 * pdz_corpus_can_export_sqlite:
 *
 * Whether this build of libpdz writes SQLite databases: it does unless it
 * was built with `-Dsqlite=disabled`.
 *
 * Returns: %TRUE if [method@Pdz.Corpus.export_sqlite] can write
 *
 * Since: 0.2
 */
gboolean
pdz_corpus_can_export_sqlite (void)
{
#ifdef PDZ_HAVE_SQLITE
  return TRUE;
#else
  return FALSE;
#endif
}

/**
 * pdz_corpus_export_sqlite:
 * @self: a corpus
 * @file: the database to write
 * @cancellable: (nullable): a [class@Gio.Cancellable], or %NULL
 * @error: return location for a [error@Pdz.Error] or a [error@Gio.IOErrorEnum]
 *
 * Writes the plans that count to a SQLite database: one table per kind of
 * entity, each row with the id of its plan, primary and foreign keys,
 * indexes on the foreign keys, and views that count by the counting rule,
 * so that SQL gives the figures of [class@Pdz.Stats]. The schema is
 * documented in `doc/sqlite.md`; `PRAGMA user_version` is its version.
 *
 * The database is written in one transaction to a temporary file beside
 * @file, then renamed over it: a failure leaves the old file whole. A
 * build without SQLite ([func@Pdz.Corpus.can_export_sqlite]) fails with
 * %PDZ_ERROR_UNSUPPORTED.
 *
 * Returns: %TRUE if the database was written, %FALSE with @error set
 *
 * Since: 0.2
 */
gboolean
pdz_corpus_export_sqlite (PdzCorpus     *self,
                          GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (PDZ_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = _pdz_file_get_local_path (file, error);
  if (path == NULL)
    return FALSE;

#ifdef PDZ_HAVE_SQLITE
  return _pdz_sqlite_export (G_LIST_MODEL (self->plans), path, cancellable, error);
#else
  g_set_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED,
               "this build of libpdz cannot write SQLite databases (built with -Dsqlite=disabled)");
  return FALSE;
#endif
}

/**
 * pdz_corpus_export_csv:
 * @self: a corpus
 * @file: the directory to write the tables into
 * @cancellable: (nullable): a [class@Gio.Cancellable], or %NULL
 * @error: return location for a [error@Pdz.Error] or a [error@Gio.IOErrorEnum]
 *
 * Writes the plans that count as the CSV tables of the workbook
 * ([method@Pdz.Plan.export_workbook] with %PDZ_WORKBOOK_FORMAT_CSV:
 * `plan.csv`, `macroareas.csv`, …, `measurements.csv`), one table per
 * kind of entity for all the plans, each with a first column `plan`, the
 * id of the row's plan, then the columns of the plans' tables (those of
 * every plan, in the order they first come, for the `x-` members that
 * differ). The ids of a table are unique within a plan only: `plan` and
 * `id` together name a row.
 *
 * The directory is made if it does not exist; the tables are written as
 * those of one plan are, to temporary files first and renamed into place
 * once all were written.
 *
 * Returns: %TRUE if the tables were written, %FALSE with @error set
 *
 * Since: 0.2
 */
gboolean
pdz_corpus_export_csv (PdzCorpus     *self,
                       GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (PDZ_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = _pdz_file_get_local_path (file, error);
  if (path == NULL)
    return FALSE;

  return _pdz_workbook_write_corpus_csv (G_LIST_MODEL (self->plans), path, cancellable, error);
}
