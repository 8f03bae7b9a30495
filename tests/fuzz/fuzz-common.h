/* fuzz-common.h: what every fuzz target shares
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A fuzz target is one file, fuzz-NAME.c, that defines
 * LLVMFuzzerTestOneInput() and, when its input is JSON, a
 * LLVMFuzzerCustomMutator() that calls fuzz_mutate_json(). It is linked
 * twice (tests/fuzz/meson.build): with libFuzzer as fuzz-NAME (clang only),
 * and with the main of fuzz-replay.c as fuzz-replay-NAME, which replays
 * its seeds and regressions in every build. See README.md.
 */

#pragma once

#include <libpdz/pdz.h>

#include <stddef.h>
#include <stdint.h>

G_BEGIN_DECLS

/* The entry points of libFuzzer: fuzz-common.c defines the first (a GLib
 * critical or warning aborts), a target the next two, libFuzzer the last;
 * fuzz-replay.c stands in for libFuzzer in the replay. */
int    LLVMFuzzerInitialize    (int      *argc,
                                char   ***argv);
int    LLVMFuzzerTestOneInput  (const uint8_t *data,
                                size_t         size);
size_t LLVMFuzzerCustomMutator (uint8_t *data,
                                size_t   size,
                                size_t   max_size,
                                unsigned int seed);
size_t LLVMFuzzerMutate        (uint8_t *data,
                                size_t   size,
                                size_t   max_size);

/* Aborts, naming the target and what did not hold: libFuzzer then keeps the
 * input as a crash file. @detail may be NULL. */
G_GNUC_NORETURN
void      fuzz_fail            (const char *what,
                                const char *detail);

/* Checks a message made from the input (an error's, a diagnostic's):
 * non-empty, valid UTF-8, free of control and bidirectional characters, and
 * bounded in length whatever the input's size. */
void      fuzz_check_message   (const char   *message,
                                const char   *what);

/* Checks the error of a refused input: set, in PDZ_ERROR, with a message
 * that passes fuzz_check_message(). */
void      fuzz_check_error     (const GError *error,
                                const char   *what);

/* Reads @data as a plan, with the checks of the plan reader's target: a
 * refusal is checked with fuzz_check_error(); a plan that was read
 * validates, and its canonical form reads back and writes the same bytes.
 * Returns: (transfer full) (nullable): the plan, or NULL if refused. */
PdzPlan  *fuzz_load_plan       (const uint8_t *data,
                                size_t         size);

/* The separator of the parts of an input that holds several documents (two
 * plans and a diff, a CSV table per file): a line of five '=', which no
 * JSON text holds outside a string, and no string holds a raw newline. */
#define FUZZ_PART_SEPARATOR "\n=====\n"

/* Splits @data into at most @max_parts parts at FUZZ_PART_SEPARATOR; the
 * last part keeps any further separators. (transfer full) (element-type
 * GBytes) */
GPtrArray *fuzz_split_parts    (const uint8_t *data,
                                size_t         size,
                                guint          max_parts);

/* A 32-bit hash of @data, to derive a run's options (a language, a CSV
 * dialect) from its input, so that a replay runs the same way. */
guint32   fuzz_hash            (const uint8_t *data,
                                size_t         size);

/* The path of a file named @name in a private temporary directory of this
 * process, made on first use and removed at exit: for the APIs that need a
 * file. (transfer none) */
const char *fuzz_temp_path     (const char *name);

/* Writes @size bytes of @data to fuzz_temp_path (@name), replacing it.
 * (transfer none) */
const char *fuzz_write_temp    (const char    *name,
                                const uint8_t *data,
                                size_t         size);

/* The structure-aware mutator (fuzz-mutator.c), for the targets that read
 * JSON: parses each of the input's parts (at most @max_parts, see
 * fuzz_split_parts()), mutates values deep in one of them, and writes it
 * back; falls back to LLVMFuzzerMutate() when a part is not JSON, when the
 * result would not fit, and now and then at random. */
size_t    fuzz_mutate_json     (uint8_t     *data,
                                size_t       size,
                                size_t       max_size,
                                unsigned int seed,
                                guint        max_parts);

G_END_DECLS
