/* fuzz-common.c: what every fuzz target shares
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "fuzz-common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "pdz-text-private.h"

/* The longest error message a refusal may give, in bytes, whatever the size
 * of the input: messages quote at most PDZ_MAX_QUOTED_CHARS characters of
 * it (each up to a six-byte escape), a few times, with a JSON pointer. */
#define FUZZ_MAX_MESSAGE_BYTES 4096

/* GLib stops on a fatal message with a breakpoint (SIGTRAP), which
 * libFuzzer does not catch: abort() first, so that it saves the input. */
static void
abort_on_message (const char     *domain,
                  GLogLevelFlags  level,
                  const char     *message,
                  gpointer        user_data)
{
  g_log_default_handler (domain, level, message, user_data);
  if (level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_ERROR))
    abort ();
}

static GLogWriterOutput
abort_on_structured (GLogLevelFlags   level,
                     const GLogField *fields,
                     gsize            n_fields,
                     gpointer         user_data)
{
  GLogWriterOutput output = g_log_writer_default (level, fields, n_fields, user_data);

  if (level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING | G_LOG_LEVEL_ERROR))
    abort ();
  return output;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autofree char *name = g_path_get_basename ((*argv)[0]);

  g_set_prgname (name);
  /* A critical or a warning from the library is a bug the fuzzer found. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_log_set_default_handler (abort_on_message, NULL);
  g_log_set_writer_func (abort_on_structured, NULL, NULL);
  return 0;
}

void
fuzz_fail (const char *what,
           const char *detail)
{
  fprintf (stderr, "%s: %s%s%s\n", g_get_prgname () != NULL ? g_get_prgname () : "fuzz",
           what, detail != NULL ? ": " : "", detail != NULL ? detail : "");
  abort ();
}

void
fuzz_check_message (const char *message,
                    const char *what)
{
  g_autofree char *detail = NULL;

  if (message == NULL || message[0] == '\0')
    fuzz_fail (what, "an empty message");
  if (!g_utf8_validate (message, -1, NULL))
    fuzz_fail (what, "a message that is not UTF-8");
  if (strlen (message) > FUZZ_MAX_MESSAGE_BYTES)
    {
      detail = g_strdup_printf ("a message of %" G_GSIZE_FORMAT " bytes", strlen (message));
      fuzz_fail (what, detail);
    }
  for (const char *p = message; *p != '\0'; p = g_utf8_next_char (p))
    if (_pdz_text_is_unsafe_char (g_utf8_get_char (p)))
      {
        g_autofree char *quoted = _pdz_text_quote (message, -1, 200, PDZ_QUOTE_DEFAULT);

        detail = g_strdup_printf ("a control or bidirectional character in the message: %s",
                                  quoted);
        fuzz_fail (what, detail);
      }
}

void
fuzz_check_error (const GError *error,
                  const char   *what)
{
  if (error == NULL)
    fuzz_fail (what, "refused without an error");
  if (error->domain != PDZ_ERROR)
    fuzz_fail (what, "refused with an error outside PDZ_ERROR");
  fuzz_check_message (error->message, what);
}

PdzPlan *
fuzz_load_plan (const uint8_t *data,
                size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzPlan) again = NULL;
  g_autofree char *written = NULL;
  g_autofree char *rewritten = NULL;
  gsize written_length = 0;
  gsize rewritten_length = 0;

  if (size > G_MAXSSIZE)
    return NULL;

  plan = pdz_plan_new_from_data (size > 0 ? (const char *) data : "", (gssize) size, &error);
  if (plan == NULL)
    {
      fuzz_check_error (error, "the plan reader");
      return NULL;
    }
  if (error != NULL)
    fuzz_fail ("read, yet an error was set", error->message);

  if (!pdz_plan_validate (plan, &error))
    fuzz_fail ("a plan that was read does not validate", error->message);

  written = pdz_plan_to_data (plan, &written_length);
  if (written == NULL || written_length != strlen (written))
    fuzz_fail ("the canonical form has the wrong length", NULL);

  again = pdz_plan_new_from_data (written, (gssize) written_length, &error);
  if (again == NULL)
    fuzz_fail ("the canonical form does not read back", error->message);

  rewritten = pdz_plan_to_data (again, &rewritten_length);
  if (rewritten_length != written_length || memcmp (written, rewritten, written_length) != 0)
    fuzz_fail ("the plan read back from its canonical form writes different bytes", NULL);

  return g_steal_pointer (&plan);
}

GPtrArray *
fuzz_split_parts (const uint8_t *data,
                  size_t         size,
                  guint          max_parts)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  const gsize sep_length = strlen (FUZZ_PART_SEPARATOR);
  const uint8_t *start = data;
  const uint8_t *end = data + size;

  while (parts->len + 1 < max_parts)
    {
      const uint8_t *sep = NULL;

      for (const uint8_t *p = start; (gsize) (end - p) >= sep_length; p++)
        if (*p == '\n' && memcmp (p, FUZZ_PART_SEPARATOR, sep_length) == 0)
          {
            sep = p;
            break;
          }
      if (sep == NULL)
        break;
      g_ptr_array_add (parts, g_bytes_new (start, sep - start));
      start = sep + sep_length;
    }
  g_ptr_array_add (parts, g_bytes_new (start, end - start));
  return parts;
}

guint32
fuzz_hash (const uint8_t *data,
           size_t         size)
{
  /* FNV-1a */
  guint32 hash = 2166136261u;

  for (size_t i = 0; i < size; i++)
    {
      hash ^= data[i];
      hash *= 16777619u;
    }
  return hash;
}

static char *temp_dir;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_remove (path);
}

static void
remove_temp_dir (void)
{
  if (temp_dir != NULL)
    remove_tree (temp_dir);
  g_clear_pointer (&temp_dir, g_free);
}

const char *
fuzz_temp_path (const char *name)
{
  static GHashTable *paths;
  char *path;

  if (temp_dir == NULL)
    {
      g_autoptr(GError) error = NULL;

      temp_dir = g_dir_make_tmp ("pdz-fuzz-XXXXXX", &error);
      if (temp_dir == NULL)
        fuzz_fail ("no temporary directory", error->message);
      atexit (remove_temp_dir);
      paths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    }

  path = g_hash_table_lookup (paths, name);
  if (path == NULL)
    {
      path = g_build_filename (temp_dir, name, NULL);
      g_hash_table_insert (paths, g_strdup (name), path);
    }
  return path;
}

const char *
fuzz_write_temp (const char    *name,
                 const uint8_t *data,
                 size_t         size)
{
  const char *path = fuzz_temp_path (name);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, size > 0 ? (const char *) data : "", (gssize) size, &error))
    fuzz_fail ("cannot write a temporary file", error->message);
  return path;
}

/* Undefined behaviour stops a run, as a memory error does, both under
 * libFuzzer and in the replay of a sanitized build: by default UBSan only
 * prints it. (The sanitizer runtimes of clang and gcc call this.) */
const char *__ubsan_default_options (void);

const char *
__ubsan_default_options (void)
{
  return "halt_on_error=1:print_stacktrace=1";
}
