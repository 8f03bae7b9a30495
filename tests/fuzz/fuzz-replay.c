/* fuzz-replay.c: runs the checks of a fuzz target over files
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A standalone main for a target's LLVMFuzzerTestOneInput(), so that its
 * seeds, its regressions and any crash file found by the fuzzer replay
 * with any compiler, in the normal build and under valgrind:
 *
 *   fuzz-replay-NAME [--mutations=N] [--keep=FILE] [--regressions=DIR]
 *                    FILE-OR-DIRECTORY...
 *
 * Directories are walked recursively, in name order. Each file's name is
 * printed before it is run, so the log names the file that aborts. With
 * --mutations=N, a target that has a custom mutator (fuzz-mutator.c) also
 * runs N mutations of each file, the same ones on every run, so that the
 * mutator itself is tested under valgrind and the sanitizers; --keep=FILE
 * writes each mutation to FILE before running it, so that the one that
 * failed is there to see. --regressions=DIR is replayed like a directory
 * argument, but may not exist yet (a target with no finding so far). Fails
 * if an argument cannot be read or if there is no file at all.
 */

#include "fuzz-common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Defined by the targets that mutate their input themselves. */
size_t LLVMFuzzerCustomMutator (uint8_t *data, size_t size, size_t max_size,
                                unsigned int seed) __attribute__ ((weak));

/* The room a mutation has to grow an input, as libFuzzer's -max_len. */
#define MUTATION_ROOM (64 * 1024)

static guint n_mutations;
static const char *keep_path;

/* libFuzzer's byte-level mutation, for the custom mutator to fall back on:
 * here a simple one, the same sequence on every run. */
size_t
LLVMFuzzerMutate (uint8_t *data,
                  size_t   size,
                  size_t   max_size)
{
  static guint32 state = 2463534242u;
  size_t at;

  state ^= state << 13;
  state ^= state >> 17;
  state ^= state << 5;
  at = size > 0 ? state % size : 0;

  switch (state % 4)
    {
    case 0:
      if (size > 0)
        data[at] ^= (uint8_t) (1u << (state % 8));
      return size;
    case 1:
      if (size < max_size)
        {
          memmove (data + at + 1, data + at, size - at);
          data[at] = (uint8_t) (state >> 8);
          return size + 1;
        }
      return size;
    case 2:
      if (size > 0)
        {
          memmove (data + at, data + at + 1, size - at - 1);
          return size - 1;
        }
      return size;
    default:
      return at;
    }
}

static void
replay (const uint8_t *data,
        size_t         size)
{
  LLVMFuzzerTestOneInput (data, size);

  if (LLVMFuzzerCustomMutator == NULL)
    return;
  for (guint i = 0; i < n_mutations; i++)
    {
      size_t max_size = size + MUTATION_ROOM;
      g_autofree uint8_t *buffer = g_malloc (max_size);
      size_t n;

      memcpy (buffer, data, size);
      n = LLVMFuzzerCustomMutator (buffer, size, max_size, fuzz_hash (data, size) + i);
      if (n > max_size)
        fuzz_fail ("the mutator wrote past the end of its buffer", NULL);
      if (keep_path != NULL && !g_file_set_contents (keep_path, (const char *) buffer, (gssize) n, NULL))
        fuzz_fail ("cannot write the file of --keep", keep_path);
      LLVMFuzzerTestOneInput (buffer, n);
    }
}

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
      replay ((const uint8_t *) contents, length);
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
      const char *path = argv[i];

      if (g_str_has_prefix (argv[i], "--mutations="))
        {
          n_mutations = (guint) g_ascii_strtoull (argv[i] + strlen ("--mutations="), NULL, 10);
          continue;
        }
      if (g_str_has_prefix (argv[i], "--keep="))
        {
          keep_path = argv[i] + strlen ("--keep=");
          continue;
        }
      if (g_str_has_prefix (argv[i], "--regressions="))
        {
          path = argv[i] + strlen ("--regressions=");
          if (!g_file_test (path, G_FILE_TEST_EXISTS))
            continue;
        }

      if (!replay_path (path, &count, &error))
        {
          fprintf (stderr, "%s: %s: %s\n", g_get_prgname (), path, error->message);
          return EXIT_FAILURE;
        }
    }

  if (count == 0)
    {
      fprintf (stderr, "%s: no file to replay\n", g_get_prgname ());
      return EXIT_FAILURE;
    }
  printf ("replayed %u files\n", count);
  return EXIT_SUCCESS;
}
