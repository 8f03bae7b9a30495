/* test-save-kill.c: a save killed at any moment leaves one whole file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A 40 MB plan is loaded once; then, again and again, a forked child
 * saves it with a new title and is killed with SIGKILL at a random moment:
 * before it writes, while it writes its temporary file, after, or not at
 * all. After each kill the file on disk must be the old plan whole or the
 * new plan whole, byte for byte. A temporary file left by a killed save is
 * removed by the next save.
 *
 * Native build only (suite "native"): under valgrind or the sanitizers the
 * timing means nothing, and a 40 MB plan takes minutes.
 */

/* kill() and usleep(), which strict C11 hides. */
#define _GNU_SOURCE

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "pdz-test-util.h"

#define PLAN_SIZE (40 * 1024 * 1024)
#define N_KILLS 60

/* The JSON text of a plan of about @size bytes: partners with long names. */
static char *
make_big_plan_text (gsize size)
{
  GString *text = g_string_sized_new (size + 4096);
  guint i = 0;

  g_string_append (text, "{\"format\": \"pdz\", \"version\": 2, \"id\": \"big\", "
                         "\"title\": \"Old\", \"partners\": [");
  while (text->len < size)
    {
      g_string_append_printf (text, "%s{\"id\": \"partner-%07u\", \"name\": \"Partner %07u: ",
                              i > 0 ? ", " : "", i, i);
      for (guint k = 0; k < 8; k++)
        g_string_append (text, "una cooperativa sociale del territorio, ");
      g_string_append (text, "fine\"}");
      i++;
    }
  g_string_append (text, "]}");
  return g_string_free (text, FALSE);
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, &error));
  g_assert_no_error (error);
  return contents;
}

/* The temporary files in @dir: names that start with ".". */
static guint
count_temporaries (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (name[0] == '.')
      n++;
  return n;
}

static gint64
now_usec (void)
{
  return g_get_monotonic_time ();
}

/* Forks a child that saves @plan to @path, forced (each round rewrites the
 * file behind the back of the parent's plan), and exits. */
static pid_t
fork_save (PdzPlan    *plan,
           const char *path)
{
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      GError *error = NULL;

      if (!pdz_plan_save_path (plan, path, PDZ_SAVE_FLAGS_FORCE, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          _exit (1);
        }
      _exit (0);
    }
  return pid;
}

static void
test_save_killed (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pdz-test-save-kill-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *text = make_big_plan_text (PLAN_SIZE);
  g_autoptr(PdzPlan) plan = NULL;
  char *data[2] = { NULL, NULL };
  gsize length[2];
  const char *titles[2] = { "Old", "New" };
  guint on_disk;   /* which of data[] the file holds */
  guint outcomes[2] = { 0, 0 };
  guint temporaries_seen = 0;
  gint64 save_usec;
  int status;

  g_assert_no_error (error);
  path = g_build_filename (dir, "plan.json", NULL);

  plan = pdz_plan_new_from_data (text, -1, &error);
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);

  for (guint k = 0; k < 2; k++)
    {
      pdz_plan_set_title (plan, titles[k]);
      data[k] = pdz_plan_to_data (plan, &length[k]);
    }
  g_assert_cmpuint (length[0], >=, PLAN_SIZE);
  g_test_message ("the plan is %zu bytes", length[0]);

  /* The first save, timed, writes the "New" plan; then back to "Old". */
  save_usec = now_usec ();
  g_assert_cmpint (waitpid (fork_save (plan, path), &status, 0), >, 0);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  save_usec = now_usec () - save_usec;
  {
    gsize n;
    g_autofree char *contents = read_file (path, &n);

    g_assert_cmpmem (contents, n, data[1], length[1]);
  }
  on_disk = 1;
  g_test_message ("a whole save takes %.3f s", save_usec / 1e6);

  for (guint i = 0; i < N_KILLS; i++)
    {
      guint next = 1 - on_disk;
      g_autofree char *contents = NULL;
      gsize n;
      pid_t pid;

      pdz_plan_set_title (plan, titles[next]);
      pid = fork_save (plan, path);

      if (i % 2 == 0)
        {
          /* Anywhere from the start to a little past the end. */
          usleep ((useconds_t) g_test_rand_int_range (0, (gint32) (save_usec * 3 / 2) + 1));
        }
      else
        {
          /* Once the temporary file appeared, somewhere while it is
           * written, renamed, or just after. */
          gint64 deadline = now_usec () + 10 * save_usec + G_USEC_PER_SEC;

          while (count_temporaries (dir) == 0 && now_usec () < deadline &&
                 waitpid (pid, &status, WNOHANG) == 0)
            usleep (50);
          usleep ((useconds_t) g_test_rand_int_range (0, (gint32) save_usec + 1));
        }

      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);

      temporaries_seen += count_temporaries (dir) > 0;
      g_assert_cmpuint (count_temporaries (dir), <=, 1);

      contents = read_file (path, &n);
      if (n == length[next] && memcmp (contents, data[next], n) == 0)
        on_disk = next;
      else if (!(n == length[on_disk] && memcmp (contents, data[on_disk], n) == 0))
        g_error ("kill %u: the file is neither the old plan nor the new one (%zu bytes)", i, n);
      outcomes[on_disk == next]++;
    }

  g_test_message ("%u kills: %u left the old file, %u the new one; "
                  "%u left a temporary file", N_KILLS, outcomes[0], outcomes[1],
                  temporaries_seen);
  /* The moments were spread: some kills landed before the rename, some
   * after, and some while the temporary file was there. */
  g_assert_cmpuint (outcomes[0], >, 0);
  g_assert_cmpuint (outcomes[1], >, 0);
  g_assert_cmpuint (temporaries_seen, >, 0);

  /* A save that is not killed removes what the killed ones left. */
  pdz_plan_set_title (plan, "Final");
  g_assert_true (pdz_plan_save_path (plan, path, PDZ_SAVE_FLAGS_FORCE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_temporaries (dir), ==, 0);

  g_unlink (path);
  g_rmdir (dir);
  g_free (data[0]);
  g_free (data[1]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdz/save-kill/random-moments", test_save_killed);

  return g_test_run ();
}
