/* fuzz-replay.c: runs the checks of the fuzz target over files
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A standalone main for LLVMFuzzerTestOneInput() (fuzz-plan-reader.c), so
 * that the corpus and any crash file found by the fuzzer replay with any
 * compiler, in the normal build and under valgrind:
 *
 *   fuzz-replay FILE-OR-DIRECTORY...
 *
 * Directories are walked recursively, in name order. Each file's name is
 * printed before it is run, so the log names the file that aborts. Fails if
 * an argument cannot be read or if there is no file at all.
 */

#include <libpdz/pdz.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
replay_path (const char  *path,
             guint       *count,
             GError     **error)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, error);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      if (dir == NULL)
        return FALSE;
      while ((name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_strdup (name));
      g_ptr_array_sort (names, compare_names);

      for (guint i = 0; i < names->len; i++)
        {
          g_autofree char *child = g_build_filename (path, names->pdata[i], NULL);

          if (!replay_path (child, count, error))
            return FALSE;
        }
      return TRUE;
    }
  else
    {
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (!g_file_get_contents (path, &contents, &length, error))
        return FALSE;
      printf ("# %s (%" G_GSIZE_FORMAT " bytes)\n", path, length);
      fflush (stdout);
      LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
      (*count)++;
      return TRUE;
    }
}

int
main (int    argc,
      char **argv)
{
  guint count = 0;

  LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!replay_path (argv[i], &count, &error))
        {
          fprintf (stderr, "fuzz-replay: %s: %s\n", argv[i], error->message);
          return EXIT_FAILURE;
        }
    }

  if (count == 0)
    {
      fprintf (stderr, "fuzz-replay: no file to replay\n");
      return EXIT_FAILURE;
    }
  printf ("replayed %u files\n", count);
  return EXIT_SUCCESS;
}
