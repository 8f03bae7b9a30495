/* fuzz-plan-reader.c: the plan reader under libFuzzer
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Feeds arbitrary bytes to pdz_plan_new_from_data() and checks what a user
 * relies on, aborting when it does not hold:
 *
 * - a refused document sets a PDZ_ERROR with a non-empty UTF-8 message;
 * - a plan that was read passes pdz_plan_validate(), so it can be saved;
 * - its canonical form (pdz_plan_to_data()) reads back, and the plan read
 *   back writes the same bytes again.
 *
 * Built with clang's -fsanitize=fuzzer as fuzz-plan-reader, and with the
 * standalone main of fuzz-replay.c as fuzz-replay, which runs the same
 * checks over the files given on its command line (tests/fuzz/README.md).
 */

#include <libpdz/pdz.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void G_GNUC_NORETURN
fail (const char *what,
      const char *detail)
{
  fprintf (stderr, "fuzz-plan-reader: %s%s%s\n", what,
           detail != NULL ? ": " : "", detail != NULL ? detail : "");
  abort ();
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or a warning from the library is a bug the fuzzer found. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
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
    return 0;

  plan = pdz_plan_new_from_data (size > 0 ? (const char *) data : "", (gssize) size, &error);
  if (plan == NULL)
    {
      if (error == NULL)
        fail ("refused without an error", NULL);
      if (error->domain != PDZ_ERROR)
        fail ("refused with an error outside PDZ_ERROR", error->message);
      if (error->message == NULL || error->message[0] == '\0' ||
          !g_utf8_validate (error->message, -1, NULL))
        fail ("refused with an empty or invalid message", NULL);
      return 0;
    }
  if (error != NULL)
    fail ("read, yet an error was set", error->message);

  if (!pdz_plan_validate (plan, &error))
    fail ("a plan that was read does not validate", error->message);

  written = pdz_plan_to_data (plan, &written_length);
  if (written == NULL || written_length != strlen (written))
    fail ("the canonical form has the wrong length", NULL);

  again = pdz_plan_new_from_data (written, (gssize) written_length, &error);
  if (again == NULL)
    fail ("the canonical form does not read back", error->message);

  rewritten = pdz_plan_to_data (again, &rewritten_length);
  if (rewritten_length != written_length || memcmp (written, rewritten, written_length) != 0)
    fail ("the plan read back from its canonical form writes different bytes", NULL);

  return 0;
}
