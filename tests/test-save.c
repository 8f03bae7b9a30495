/* test-save.c: saving a plan never loses an edit, a permission or a file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Everything through pdz_plan_load_path() and pdz_plan_save_path(): what
 * a save keeps (links, mode, owner), what it refuses (read-only files,
 * files that are not regular, hard links, files changed on disk since the
 * load), the temporary files it cleans up, and the faults it survives (a
 * file size limit, a read-only directory, a full disk). The save killed
 * at random moments is in test-save-kill.c.
 *
 * Run as "test-save --save PLAN", the program is instead a child of the
 * fault tests (see save_in_child()): it loads PLAN, edits it, saves it,
 * and checks that the save failed cleanly.
 */

/* link(), mkfifo(), flock(), setuid() and friends, which strict C11 hides. */
#define _GNU_SOURCE

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "pdz-test-util.h"

typedef struct
{
  char *dir;    /* a temporary directory of the test's own */
  char *path;   /* dir/plan.json, the example plan saved */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PdzPlan) plan = pdz_test_load_example ();
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("pdz-test-save-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "plan.json", NULL);
  g_assert_true (pdz_plan_save_path (plan, f->path, PDZ_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  pdz_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The names in @dir, sorted and joined with spaces. */
static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static PdzPlan *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  PdzPlan *plan = pdz_plan_load_path (path, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static void
save (PdzPlan      *plan,
      const char   *path,
      PdzSaveFlags  flags)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (pdz_plan_save_path (plan, path, flags, NULL, &error));
  g_assert_no_error (error);
}

static char *
title_on_disk (const char *path)
{
  g_autoptr(PdzPlan) plan = load (path);

  return g_strdup (pdz_plan_get_title (plan));
}

/* An error names the file the caller saved, never the temporary one. */
static void
assert_names_file (const GError *error,
                   const char   *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, display));
  g_assert_null (strstr (error->message, ".tmp"));
  g_assert_null (strstr (error->message, "XXXXXX"));
}

/* ----------------------------------------------------------------------
 * Conflicts
 */

/* Two editors load the same file: the second save fails, and the first
 * editor's work stays; forcing it overwrites. */
static void
test_conflict_two_editors (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(PdzPlan) a = load (f->path);
  g_autoptr(PdzPlan) b = load (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *after_a = NULL;
  g_autofree char *title = NULL;

  pdz_plan_set_title (a, "Edit by A");
  save (a, f->path, PDZ_SAVE_FLAGS_NONE);
  after_a = read_file (f->path);

  pdz_plan_set_title (b, "Edit by B");
  g_assert_false (pdz_plan_save_path (b, f->path, PDZ_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_CONFLICT);
  assert_names_file (error, f->path);
  g_assert_nonnull (strstr (error->message, "changed on disk"));
  g_assert_true (pdz_plan_get_modified (b));

  {
    g_autofree char *now = read_file (f->path);

    g_assert_cmpstr (now, ==, after_a);
  }

  /* A saves again: its own save is no conflict. */
  pdz_plan_set_title (a, "Second edit by A");
  save (a, f->path, PDZ_SAVE_FLAGS_NONE);

  save (b, f->path, PDZ_SAVE_FLAGS_FORCE);
  title = title_on_disk (f->path);
  g_assert_cmpstr (title, ==, "Edit by B");
  g_assert_false (pdz_plan_get_modified (b));

  /* Having forced, B owns the file: its next save is no conflict. */
  pdz_plan_set_title (b, "Second edit by B");
  save (b, f->path, PDZ_SAVE_FLAGS_NONE);
}

/* An edit in place of the same length, whose writer sets the modification
 * time back: the size and the time say nothing, the bytes do. */
static void
test_conflict_same_size_same_time (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(PdzPlan) plan = load (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = read_file (f->path);
  char *found;
  GStatBuf before;
  struct timespec times[2];
  int fd;

  g_assert_cmpint (g_stat (f->path, &before), ==, 0);
  found = strstr (contents, "Corsichese");
  g_assert_nonnull (found);
  found[0] = 'K';

  fd = g_open (f->path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, contents, strlen (contents)), ==, (gssize) strlen (contents));
  times[0] = before.st_atim;
  times[1] = before.st_mtim;
  g_assert_cmpint (futimens (fd, times), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);

  pdz_plan_set_title (plan, "Edited");
  g_assert_false (pdz_plan_save_path (plan, f->path, PDZ_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_CONFLICT);

  {
    g_autofree char *now = read_file (f->path);

    g_assert_cmpstr (now, ==, contents);
  }
}

/* A file touched, or rewritten with the same bytes, has not changed. */
static void
test_conflict_touched (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(PdzPlan) plan = load (f->path);
  g_autofree char *contents = read_file (f->path);
  g_autofree char *title = NULL;

  g_assert_cmpint (utimensat (AT_FDCWD, f->path, NULL, 0), ==, 0);
  write_file (f->path, contents);   /* a new inode, the same bytes */

  pdz_plan_set_title (plan, "Edited");
  save (plan, f->path, PDZ_SAVE_FLAGS_NONE);
  title = title_on_disk (f->path);
  g_assert_cmpstr (title, ==, "Edited");
}

/* A plan follows the file it was saved to ("save as"); a file it did not
 * come from is overwritten without a check. */
static void
test_conflict_save_as (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.json", NULL);
  g_autoptr(PdzPlan) plan = load (f->path);
  g_autoptr(GError) error = NULL;

  write_file (other, "not even a plan");
  save (plan, other, PDZ_SAVE_FLAGS_NONE);

  /* The first file may change now: the plan belongs to the other one. */
  write_file (f->path, "changed by somebody else");
  pdz_plan_set_title (plan, "Edited");
  save (plan, other, PDZ_SAVE_FLAGS_NONE);

  /* Changes to the other file are now conflicts. */
  write_file (other, "changed by somebody else");
  pdz_plan_set_title (plan, "Edited again");
  g_assert_false (pdz_plan_save_path (plan, other, PDZ_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_CONFLICT);
  assert_names_file (error, other);
}

/* A file removed since the load holds no edit to lose: it is written. */
static void
test_conflict_removed (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(PdzPlan) plan = load (f->path);
  g_autofree char *title = NULL;

  g_assert_cmpint (g_unlink (f->path), ==, 0);
  pdz_plan_set_title (plan, "Edited");
  save (plan, f->path, PDZ_SAVE_FLAGS_NONE);
  title = title_on_disk (f->path);
  g_assert_cmpstr (title, ==, "Edited");
}

/* A plan loaded through a symbolic link and saved through its target (or
 * the other way round) is the same file. */
static void
test_conflict_through_link (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *link = g_build_filename (f->dir, "link.json", NULL);
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (symlink ("plan.json", link), ==, 0);
  plan = load (link);
  write_file (f->path, "changed by somebody else");

  g_assert_false (pdz_plan_save_path (plan, f->path, PDZ_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (pdz_plan_save_path (plan, link, PDZ_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_CONFLICT);
  assert_names_file (error, link);
}

/* ----------------------------------------------------------------------
 * What a save keeps, and what it refuses
 */

static void
test_keeps_symlink (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *link = g_build_filename (f->dir, "link.json", NULL);
  g_autoptr(PdzPlan) plan = NULL;
  g_autofree char *target = NULL;
  g_autofree char *title = NULL;
  GStatBuf st;

  g_assert_cmpint (symlink ("plan.json", link), ==, 0);
  plan = load (link);
  pdz_plan_set_title (plan, "Edited");
  save (plan, link, PDZ_SAVE_FLAGS_NONE);

  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  target = g_file_read_link (link, NULL);
  g_assert_cmpstr (target, ==, "plan.json");
  title = title_on_disk (f->path);
  g_assert_cmpstr (title, ==, "Edited");
}

static void
test_keeps_mode (Fixture       *f,
                 gconstpointer  data)
{
  const int modes[] = { 0640, 0600, 0664, 0660 };

  for (gsize i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autoptr(PdzPlan) plan = load (f->path);
      GStatBuf st;

      g_assert_cmpint (g_chmod (f->path, modes[i]), ==, 0);
      pdz_plan_set_title (plan, "Edited");
      save (plan, f->path, PDZ_SAVE_FLAGS_NONE);
      g_assert_cmpint (g_stat (f->path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 07777, ==, modes[i]);
    }
}

/* As root, a save keeps the owner of the file: it does not become root's. */
static void
test_keeps_owner (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(PdzPlan) plan = NULL;
  GStatBuf st;

  if (geteuid () != 0)
    {
      g_test_skip ("changing a file's owner needs root");
      return;
    }

  g_assert_cmpint (chown (f->path, 65534, 65534), ==, 0);
  plan = load (f->path);
  pdz_plan_set_title (plan, "Edited");
  save (plan, f->path, PDZ_SAVE_FLAGS_NONE);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpuint (st.st_uid, ==, 65534);
  g_assert_cmpuint (st.st_gid, ==, 65534);
}

/* A read-only file is refused by its mode, even for root, for whom
 * access() always says yes. */
static void
test_refuses_read_only (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(PdzPlan) plan = load (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = read_file (f->path);

  g_assert_cmpint (g_chmod (f->path, 0444), ==, 0);
  pdz_plan_set_title (plan, "Edited");
  g_assert_false (pdz_plan_save_path (plan, f->path, PDZ_SAVE_FLAGS_FORCE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  assert_names_file (error, f->path);
  g_assert_nonnull (strstr (error->message, "read-only"));

  {
    g_autofree char *after = read_file (f->path);
    g_autofree char *names = list_dir (f->dir);

    g_assert_cmpstr (after, ==, before);
    g_assert_cmpstr (names, ==, "plan.json");
  }
}

/* A FIFO, a directory and a device are refused at once, and stay what
 * they are: as root, a save to /dev/null must not replace it. */
static void
test_refuses_not_regular (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(PdzPlan) plan = load (f->path);
  g_autofree char *fifo = g_build_filename (f->dir, "fifo.json", NULL);
  g_autofree char *subdir = g_build_filename (f->dir, "dir.json", NULL);
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  g_assert_false (pdz_plan_save_path (plan, fifo, PDZ_SAVE_FLAGS_FORCE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  assert_names_file (error, fifo);
  g_clear_error (&error);
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));

  g_assert_cmpint (g_mkdir (subdir, 0755), ==, 0);
  g_assert_false (pdz_plan_save_path (plan, subdir, PDZ_SAVE_FLAGS_FORCE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_clear_error (&error);

  g_assert_false (pdz_plan_save_path (plan, "/dev/null", PDZ_SAVE_FLAGS_FORCE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_assert_cmpint (g_lstat ("/dev/null", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
}

/* A rename cannot keep hard links: a file that has several is refused
 * unless the save is forced, which breaks the link. */
static void
test_hard_links (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *other = g_build_filename (f->dir, "other.json", NULL);
  g_autoptr(PdzPlan) plan = load (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = read_file (f->path);
  g_autofree char *title = NULL;
  g_autofree char *other_now = NULL;

  g_assert_cmpint (link (f->path, other), ==, 0);
  pdz_plan_set_title (plan, "Edited");
  g_assert_false (pdz_plan_save_path (plan, f->path, PDZ_SAVE_FLAGS_NONE, NULL, &error));
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED);
  assert_names_file (error, f->path);
  g_assert_nonnull (strstr (error->message, "2 hard links"));

  {
    g_autofree char *after = read_file (f->path);

    g_assert_cmpstr (after, ==, before);
  }

  save (plan, f->path, PDZ_SAVE_FLAGS_FORCE);
  title = title_on_disk (f->path);
  g_assert_cmpstr (title, ==, "Edited");
  other_now = read_file (other);
  g_assert_cmpstr (other_now, ==, before);
}

/* ----------------------------------------------------------------------
 * Temporary files
 */

static void
test_temporary_stale (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *stale = g_build_filename (f->dir, ".plan.json.Ab12Cd.tmp", NULL);
  g_autofree char *held = g_build_filename (f->dir, ".plan.json.Zz99Yy.tmp", NULL);
  g_autofree char *other = g_build_filename (f->dir, ".other.json.Ab12Cd.tmp", NULL);
  g_autofree char *similar = g_build_filename (f->dir, "plan.json.tmp", NULL);
  g_autoptr(PdzPlan) plan = load (f->path);
  g_autofree char *names = NULL;
  int fd;

  write_file (stale, "left by a save that was killed");
  write_file (held, "being written by another save");
  write_file (other, "another file's");
  write_file (similar, "the user's");

  /* A save in progress holds its temporary file locked. */
  fd = g_open (held, O_RDONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (flock (fd, LOCK_EX), ==, 0);

  pdz_plan_set_title (plan, "Edited");
  save (plan, f->path, PDZ_SAVE_FLAGS_NONE);
  names = list_dir (f->dir);
  g_assert_cmpstr (names, ==, ".other.json.Ab12Cd.tmp .plan.json.Zz99Yy.tmp plan.json plan.json.tmp");

  /* Once released, it is stale too. */
  g_assert_cmpint (close (fd), ==, 0);
  save (plan, f->path, PDZ_SAVE_FLAGS_NONE);
  g_clear_pointer (&names, g_free);
  names = list_dir (f->dir);
  g_assert_cmpstr (names, ==, ".other.json.Ab12Cd.tmp plan.json plan.json.tmp");
}

/* ----------------------------------------------------------------------
 * Faults: the old file stays byte for byte, and no temporary file stays
 */

/* In a child, the file size limit stops the save before it writes: with
 * SIGXFSZ ignored (the write would fail with EFBIG) and with its default
 * action (it would kill the process, leaving the temporary file). */
static void
test_fault_file_size_limit (Fixture       *f,
                            gconstpointer  data)
{
  gboolean ignore = GPOINTER_TO_INT (data);

  if (g_test_subprocess ())
    {
      g_autoptr(PdzPlan) plan = load (f->path);
      g_autoptr(GError) error = NULL;
      g_autofree char *before = read_file (f->path);
      g_autofree char *after = NULL;
      g_autofree char *names = NULL;
      struct rlimit limit = { strlen (before) / 2, strlen (before) / 2 };

      signal (SIGXFSZ, ignore ? SIG_IGN : SIG_DFL);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

      pdz_plan_set_title (plan, "Edited");
      g_assert_false (pdz_plan_save_path (plan, f->path, PDZ_SAVE_FLAGS_NONE, NULL, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
      assert_names_file (error, f->path);
      g_assert_nonnull (strstr (error->message, g_strerror (EFBIG)));

      after = read_file (f->path);
      g_assert_cmpstr (after, ==, before);
      names = list_dir (f->dir);
      g_assert_cmpstr (names, ==, "plan.json");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* A directory the process may not write in: as root, which may write in
 * any directory, the test gives up root (its effective ids) for the save. */
static void
test_fault_read_only_directory (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(PdzPlan) plan = load (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = read_file (f->path);
  g_autofree char *after = NULL;
  g_autofree char *names = NULL;
  gboolean root = geteuid () == 0;
  gboolean saved;

  pdz_plan_set_title (plan, "Edited");
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);

  if (root)
    {
      g_assert_cmpint (setegid (65534), ==, 0);
      g_assert_cmpint (seteuid (65534), ==, 0);
    }
  saved = pdz_plan_save_path (plan, f->path, PDZ_SAVE_FLAGS_NONE, NULL, &error);
  if (root)
    {
      g_assert_cmpint (seteuid (0), ==, 0);
      g_assert_cmpint (setegid (0), ==, 0);
    }

  g_assert_false (saved);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  assert_names_file (error, f->path);
  after = read_file (f->path);
  g_assert_cmpstr (after, ==, before);
  names = list_dir (f->dir);
  g_assert_cmpstr (names, ==, "plan.json");
}

/* Runs this program as "test-save --save PATH" with @envp added, and
 * asserts that it exited 0: the child's own checks held. */
static void
save_in_child (const char  *const *prefix,
               const char  *path,
               const char  *const *envp)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = -1;

  for (gsize i = 0; prefix != NULL && prefix[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) prefix[i]);
  g_ptr_array_add (argv, (char *) g_test_get_filename (G_TEST_BUILT, "test-save", NULL));
  g_ptr_array_add (argv, "--save");
  g_ptr_array_add (argv, (char *) path);
  g_ptr_array_add (argv, NULL);

  for (gsize i = 0; envp[i] != NULL; i += 2)
    env = g_environ_setenv (env, envp[i], envp[i + 1], TRUE);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT,
                               NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("the child saving %s failed:\n%s%s", path, out, err);
}

/* A full disk: write() fails with ENOSPC midway, through the
 * pdz-fault-write preload library. */
static void
test_fault_disk_full (Fixture       *f,
                      gconstpointer  data)
{
  const char *preload = g_getenv ("PDZ_FAULT_WRITE_LIBRARY");
  g_autofree char *before = read_file (f->path);
  g_autofree char *budget = g_strdup_printf ("%zu", strlen (before) / 2);
  g_autofree char *after = NULL;
  g_autofree char *names = NULL;
  const char *envp[] = {
    "LD_PRELOAD", preload,
    "PDZ_FAULT_WRITE_BUDGET", budget,
    /* The sanitizers' runtime wants to be first; it is, for what it checks. */
    "ASAN_OPTIONS", "verify_asan_link_order=0",
    NULL
  };

  if (preload == NULL)
    {
      g_test_skip ("PDZ_FAULT_WRITE_LIBRARY is not set: run the test through meson");
      return;
    }

  save_in_child (NULL, f->path, envp);

  after = read_file (f->path);
  g_assert_cmpstr (after, ==, before);
  names = list_dir (f->dir);
  g_assert_cmpstr (names, ==, "plan.json");
}

/* A full disk, for real: a small tmpfs, where the test may mount one (as
 * root, in a mount namespace of its own). The child checks the file, as
 * the mount goes with the namespace. */
static void
test_fault_tmpfs_full (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *mount_dir = g_build_filename (f->dir, "small", NULL);
  g_autofree char *size = NULL;
  g_autofree char *script = NULL;
  g_autofree char *quoted_dir = NULL;
  g_autofree char *quoted_plan = NULL;
  g_autofree char *quoted_self = NULL;
  g_autofree char *unshare = g_find_program_in_path ("unshare");
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  GStatBuf st;
  int status = -1;
  const char *probe[] = { "unshare", "-m", "true", NULL };

  if (geteuid () != 0 || unshare == NULL)
    {
      g_test_skip ("mounting a tmpfs needs root and unshare(1)");
      return;
    }
  if (!g_spawn_sync (NULL, (char **) probe, NULL, G_SPAWN_SEARCH_PATH |
                     G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    {
      g_test_skip ("this machine allows no mount namespace");
      return;
    }

  /* Room for the plan and a quarter of its new copy, in whole pages. */
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  size = g_strdup_printf ("%" G_GINT64_FORMAT,
                          ((gint64) st.st_size + 4095) / 4096 * 4096 + st.st_size / 4);
  g_assert_cmpint (g_mkdir (mount_dir, 0755), ==, 0);
  quoted_dir = g_shell_quote (mount_dir);
  quoted_plan = g_shell_quote (f->path);
  quoted_self = g_shell_quote (g_test_get_filename (G_TEST_BUILT, "test-save", NULL));
  script = g_strdup_printf ("mount -t tmpfs -o size=%s tmpfs %s && cp %s %s/plan.json && "
                            "exec %s --save %s/plan.json",
                            size, quoted_dir, quoted_plan, quoted_dir, quoted_self, quoted_dir);

  {
    const char *argv[] = { unshare, "-m", "sh", "-c", script, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT,
                                 NULL, NULL, NULL, &err, &status, &error));
    g_assert_no_error (error);
    if (!g_spawn_check_wait_status (status, NULL))
      g_error ("the child saving to a full tmpfs failed:\n%s", err);
  }
}

/* The child of the fault tests: loads @path, edits, saves, and checks
 * that the save failed with the file's name, leaving the file as it was
 * and no temporary file. Exits 0 when all of that holds. */
static int
save_child_main (const char *path)
{
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *names = NULL;

  if (!g_file_get_contents (path, &before, NULL, &error) ||
      (plan = pdz_plan_load_path (path, NULL, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  pdz_plan_set_title (plan, "Edited");
  if (pdz_plan_save_path (plan, path, PDZ_SAVE_FLAGS_NONE, NULL, &error))
    {
      g_printerr ("%s: the save succeeded on a full disk\n", path);
      return 1;
    }
  g_printerr ("expected: %s\n", error->message);
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE) ||
      !g_str_has_prefix (error->message, path) || strstr (error->message, ".tmp") != NULL)
    {
      g_printerr ("%s: not the error of a full disk that names the file\n", path);
      return 1;
    }

  if (!g_file_get_contents (path, &after, NULL, NULL) || strcmp (before, after) != 0)
    {
      g_printerr ("%s: the old file changed\n", path);
      return 1;
    }
  names = list_dir (dir);
  if (strcmp (names, "plan.json") != 0)
    {
      g_printerr ("%s: the directory holds %s\n", dir, names);
      return 1;
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && strcmp (argv[1], "--save") == 0)
    return save_child_main (argv[2]);

  g_test_init (&argc, &argv, NULL);

#define ADD(name, func, data) \
  g_test_add ("/pdz/save/" name, Fixture, data, fixture_set_up, func, fixture_tear_down)

  ADD ("conflict/two-editors", test_conflict_two_editors, NULL);
  ADD ("conflict/same-size-same-time", test_conflict_same_size_same_time, NULL);
  ADD ("conflict/touched", test_conflict_touched, NULL);
  ADD ("conflict/save-as", test_conflict_save_as, NULL);
  ADD ("conflict/removed", test_conflict_removed, NULL);
  ADD ("conflict/through-link", test_conflict_through_link, NULL);
  ADD ("keeps/symlink", test_keeps_symlink, NULL);
  ADD ("keeps/mode", test_keeps_mode, NULL);
  ADD ("keeps/owner", test_keeps_owner, NULL);
  ADD ("refuses/read-only", test_refuses_read_only, NULL);
  ADD ("refuses/not-regular", test_refuses_not_regular, NULL);
  ADD ("refuses/hard-links", test_hard_links, NULL);
  ADD ("temporary/stale", test_temporary_stale, NULL);
  ADD ("fault/file-size-limit/sigxfsz-ignored", test_fault_file_size_limit, GINT_TO_POINTER (TRUE));
  ADD ("fault/file-size-limit/sigxfsz-default", test_fault_file_size_limit, GINT_TO_POINTER (FALSE));
  ADD ("fault/read-only-directory", test_fault_read_only_directory, NULL);
  ADD ("fault/disk-full", test_fault_disk_full, NULL);
  ADD ("fault/tmpfs-full", test_fault_tmpfs_full, NULL);

#undef ADD

  return g_test_run ();
}
