/* pdz-tool-private.h: shared by the subcommands of the pdz command
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The command is thin: each subcommand parses its options, calls the
 * library and prints. What they share is here: the exit codes, loading a
 * plan with the error message "pdz: FILE: ...", and the terminal (colour
 * only on a terminal without NO_COLOR, Unicode only in a UTF-8 locale and
 * without --ascii).
 */

#pragma once

#include <libpdz/pdz.h>

G_BEGIN_DECLS

/* The exit codes, documented in doc/pdz.1. */
#define PDZ_EXIT_OK        0   /* done; for validate: no error (nor warning with --strict) */
#define PDZ_EXIT_WARNINGS  1   /* validate --strict: warnings */
#define PDZ_EXIT_FAILURE   2   /* errors, an unreadable file, or bad usage */

/* A subcommand: "pdz NAME ARGS...". @argv[0] is "pdz NAME". */
typedef int (*PdzToolRun) (int argc, char **argv);

typedef struct {
  const char *name;
  const char *summary;   /* one line, for "pdz --help" */
  PdzToolRun run;
} PdzToolCommand;

int pdz_tool_validate (int argc, char **argv);
int pdz_tool_summary (int argc, char **argv);
int pdz_tool_query (int argc, char **argv);
int pdz_tool_report (int argc, char **argv);

/* What the standard output can show. */
typedef struct {
  gboolean color;     /* a terminal, and NO_COLOR unset or empty */
  gboolean unicode;   /* a UTF-8 locale, and not --ascii */
} PdzToolTerm;

void pdz_tool_term_init (PdzToolTerm *term, gboolean ascii);

/* Makes UTF-8 @text printable on @term: itself in Unicode, transliterated
 * to ASCII otherwise ("libertà" → "liberta"). (transfer full) */
char *pdz_tool_text (const PdzToolTerm *term, const char *text);

/* Like pdz_tool_text(), then cut to @width characters (with an ellipsis)
 * and padded with spaces to @width; @right aligns to the right. */
char *pdz_tool_cell (const PdzToolTerm *term, const char *text, guint width, gboolean right);

/* The number of characters of text already made printable on @term. */
guint pdz_tool_width (const PdzToolTerm *term, const char *text);

/* @text wrapped in the ANSI colour @sgr ("1", "31", "1;33", ...) when
 * @term has colour. (transfer full) */
char *pdz_tool_color (const PdzToolTerm *term, const char *sgr, const char *text);

/* Writes UTF-8 @text to stdout as is (for JSON and CSV, always UTF-8). */
void pdz_tool_write (const char *text);

/* "pdz: FILE: message" (or "pdz: message" without @file) on stderr. */
void pdz_tool_error (const char *file, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* Loads a plan, or prints "pdz: MESSAGE" (the message names the file) and
 * returns NULL. */
PdzPlan *pdz_tool_load_plan (const char *path);

/* Parses @argv with @context. On a usage error prints "pdz NAME: why" and
 * a hint, and returns FALSE. */
gboolean pdz_tool_parse (GOptionContext *context, const char *name, int *argc, char ***argv);

/* A date from the command line, or NULL with "pdz: OPTION: why" printed. */
PdzDate *pdz_tool_parse_date (const char *option, const char *text);

G_END_DECLS
