/* test-report-sets.c: a report of several files is replaced as a set
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A Markdown report with its charts, and a CSV report of every table into
 * a directory, are written whole or not at all: when the disk fills
 * midway (the pdz-fault-write preload library, in a child) or the
 * directory is read-only, the old set stays byte-identical and no
 * temporary file is left; a new directory appears whole.
 */

/* seteuid(), setegid(), which strict C11 hides. */
#define _GNU_SOURCE

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "pdz-test-util.h"

typedef struct
{
  char *dir;       /* where the report is written */
  char *target;    /* the Markdown file, or the CSV directory */
  PdzReportFormat format;
} Fixture;

static gboolean
is_csv (gconstpointer data)
{
  return GPOINTER_TO_INT (data) == PDZ_REPORT_FORMAT_CSV;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* "name=contents\n" for every file under @path, sorted: the whole set, to
 * compare byte for byte. */
static char *
snapshot (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *child = g_build_filename (path, names->pdata[i], NULL);
      g_autofree char *contents = NULL;

      g_string_append_printf (out, "== %s\n", (char *) names->pdata[i]);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        {
          g_autofree char *inner = snapshot (child);

          g_string_append (out, inner);
        }
      else
        {
          g_assert_true (g_file_get_contents (child, &contents, NULL, NULL));
          g_string_append (out, contents);
        }
    }
  return g_string_free (out, FALSE);
}

static gboolean
write_report (PdzReportFormat   format,
              const char       *title,
              const char       *target,
              GError          **error)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(PdzReport) report = NULL;
  g_autoptr(GDateTime) generated = g_date_time_new_utc (2024, 3, 1, 12, 0, 0);
  /* The title for Markdown, the first partner's name for the CSV files. */
  g_autoptr(PdzPartner) partner = g_list_model_get_item (pdz_plan_get_partners (plan), 0);

  pdz_plan_set_title (plan, title);
  pdz_partner_set_name (partner, title);
  report = pdz_report_new (plan);
  pdz_report_set_format (report, format);
  pdz_report_set_generated (report, generated);
  if (format == PDZ_REPORT_FORMAT_CSV)
    pdz_report_set_table (report, PDZ_REPORT_TABLE_ALL);
  return pdz_report_write_path (report, target, NULL, error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->format = GPOINTER_TO_INT (data);
  f->dir = g_dir_make_tmp ("pdz-report-sets-XXXXXX", &error);
  g_assert_no_error (error);
  f->target = g_build_filename (f->dir, is_csv (data) ? "tables" : "r.md", NULL);
  /* The old set. */
  g_assert_true (write_report (f->format, "Old title", f->target, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_chmod (f->dir, 0755);
  pdz_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->target);
}

/* Whether the preload library of a full disk is there; skips if not. */
static gboolean
have_fault_library (void)
{
  if (g_getenv ("PDZ_FAULT_WRITE_LIBRARY") != NULL)
    return TRUE;
  g_test_skip ("PDZ_FAULT_WRITE_LIBRARY is not set: run the test through meson");
  return FALSE;
}

/* Writes the new set in a child whose disk fills after @budget bytes. */
static void
write_in_child (Fixture *f,
                gsize    budget)
{
  const char *preload = g_getenv ("PDZ_FAULT_WRITE_LIBRARY");
  g_autofree char *budget_text = g_strdup_printf ("%" G_GSIZE_FORMAT, budget);
  g_autofree char *format = g_strdup_printf ("%d", f->format);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = {
    g_test_get_filename (G_TEST_BUILT, "test-report-sets", NULL), "--write", format, f->target, NULL
  };
  int status = -1;

  env = g_environ_setenv (env, "LD_PRELOAD", preload, TRUE);
  env = g_environ_setenv (env, "PDZ_FAULT_WRITE_BUDGET", budget_text, TRUE);
  env = g_environ_setenv (env, "ASAN_OPTIONS", "verify_asan_link_order=0", TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("the child writing %s failed:\n%s%s", f->target, out, err);
}

/* The child: the write must fail for want of space, naming a file of the
 * set (in the directory of @target), never a temporary one. */
static int
write_child_main (const char *format,
                  const char *target)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (target);

  if (write_report ((PdzReportFormat) atoi (format), "New title", target, &error))
    {
      g_printerr ("%s: the report was written on a full disk\n", target);
      return 1;
    }
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE) ||
      !g_str_has_prefix (error->message, dir) || strstr (error->message, ".tmp") != NULL)
    {
      g_printerr ("unexpected error: %s\n", error->message);
      return 1;
    }
  g_printerr ("expected: %s\n", error->message);
  return 0;
}

/* The disk fills after the first file of the new set, then in the middle
 * of the second: the old set stays whole, and no temporary file. */
static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *before = snapshot (f->dir);
  g_autofree char *first = NULL;
  gsize first_length = 0;

  if (!have_fault_library ())
    return;

  /* The first file written: the Markdown file, or objectives.csv. */
  {
    g_autofree char *path = is_csv (data) ? g_build_filename (f->target, "objectives.csv", NULL)
                                          : g_strdup (f->target);

    g_assert_true (g_file_get_contents (path, &first, &first_length, NULL));
  }

  for (guint i = 0; i < 3; i++)
    {
      gsize budget = i == 0 ? 10 : i == 1 ? first_length + 40 : first_length + 400;
      g_autofree char *after = NULL;

      write_in_child (f, budget);
      after = snapshot (f->dir);
      g_assert_true (strcmp (after, before) == 0);
    }
}

/* A read-only directory: nothing is written, the old set stays whole. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *before = snapshot (f->dir);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  const char *dir = is_csv (data) ? f->target : f->dir;
  gboolean root = geteuid () == 0;
  gboolean written;

  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
  if (root)
    {
      /* Root writes anywhere: be nobody for the write. */
      g_assert_cmpint (setegid (65534), ==, 0);
      g_assert_cmpint (seteuid (65534), ==, 0);
    }
  written = write_report (f->format, "New title", f->target, &error);
  if (root)
    {
      g_assert_cmpint (seteuid (0), ==, 0);
      g_assert_cmpint (setegid (0), ==, 0);
    }
  g_chmod (dir, 0755);

  g_assert_false (written);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_null (strstr (error->message, ".tmp"));
  after = snapshot (f->dir);
  g_assert_true (strcmp (after, before) == 0);
}

/* A successful write replaces the whole set, and leaves nothing else. */
static void
test_replaced (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *before = snapshot (f->dir);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (write_report (f->format, "New title", f->target, &error));
  g_assert_no_error (error);
  after = snapshot (f->dir);
  g_assert_true (strcmp (after, before) != 0);
  g_assert_null (strstr (after, ".tmp"));
  g_assert_null (strstr (after, "Old title"));
}

/* A new CSV directory appears whole: a full disk leaves no directory and
 * no temporary one. */
static void
test_new_directory_disk_full (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (!have_fault_library ())
    return;

  pdz_test_remove_tree (f->target);
  before = snapshot (f->dir);
  write_in_child (f, 100);
  after = snapshot (f->dir);
  g_assert_true (strcmp (after, before) == 0);
}

int
main (int    argc,
      char **argv)
{
  if (argc == 4 && strcmp (argv[1], "--write") == 0)
    return write_child_main (argv[2], argv[3]);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func, format) \
  g_test_add ("/pdz/report-sets/" path, Fixture, GINT_TO_POINTER (format), \
              fixture_set_up, func, fixture_tear_down)
  ADD ("markdown/disk-full", test_disk_full, PDZ_REPORT_FORMAT_MARKDOWN);
  ADD ("markdown/read-only", test_read_only, PDZ_REPORT_FORMAT_MARKDOWN);
  ADD ("markdown/replaced", test_replaced, PDZ_REPORT_FORMAT_MARKDOWN);
  ADD ("csv/disk-full", test_disk_full, PDZ_REPORT_FORMAT_CSV);
  ADD ("csv/read-only", test_read_only, PDZ_REPORT_FORMAT_CSV);
  ADD ("csv/replaced", test_replaced, PDZ_REPORT_FORMAT_CSV);
  ADD ("csv/new-directory-disk-full", test_new_directory_disk_full, PDZ_REPORT_FORMAT_CSV);
#undef ADD

  return g_test_run ();
}
