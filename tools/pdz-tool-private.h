/* pdz-tool-private.h: shared by the subcommands of the pdz command
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The command is thin: each subcommand parses its options, calls the
 * library and prints. What they share is here: the exit codes, loading a
 * plan with the error message "pdz: FILE: ...", the terminal (colour
 * only on a terminal without NO_COLOR, Unicode only in a UTF-8 locale and
 * without --ascii, and never a control character from a plan), and the
 * writers of JSON and CSV that every subcommand uses.
 */

#pragma once

#include <json-glib/json-glib.h>
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

/* Makes @text safe to show on a terminal, whatever a plan (or the command
 * line) put in it: invalid UTF-8, the C0 controls but TAB (newline
 * included: one value never spans lines), DEL and the C1 controls
 * (U+0080 to U+009F) each become U+FFFD, or '?' when @unicode is FALSE,
 * and then the text is transliterated to ASCII ("libertà" → "liberta").
 * So no escape sequence of a plan ever reaches the terminal.
 * (transfer full) */
char *pdz_tool_printable (const char *text, gboolean unicode);

/* pdz_tool_printable() for @term: every text output goes through it.
 * (transfer full) */
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

/* Writes @root to stdout as JSON, indented by 2, and a newline. The output
 * is RFC 8259 whatever json-glib does: json-glib 1.6 writes U+001F raw in
 * a string, so every C0 control (and DEL and the C1 controls) in a string
 * is written \u00XX here, and invalid UTF-8 (a file name, say) becomes
 * U+FFFD. Strings read back unchanged. */
void pdz_tool_print_json (JsonNode *root);

/* Appends @value (nullable: empty) to @out as one RFC 4180 CSV field, no
 * separator. The rule is the report's (append_field() in
 * libpdz/report/pdz-report-csv.c, private to the library, which the tool
 * cannot call; keep the two alike): a field beginning with = + - @ TAB or
 * CR is prefixed with an apostrophe so that no spreadsheet runs it as a
 * formula, and quoted; a field holding a comma, a semicolon, a quote, CR
 * or LF is quoted, its quotes doubled. */
void pdz_tool_csv_field (GString *out, const char *value);

/* "pdz: FILE: message" (or "pdz: message" without @file) on stderr, made
 * printable (pdz_tool_printable()): messages quote plan values and
 * command-line arguments. */
void pdz_tool_error (const char *file, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* Whether libpdz writes in @language ("it", "en", or with a region,
 * "it_IT"): the rule of pdz report --lang, the languages of
 * pdz_report_get_languages(). Otherwise prints "pdz: OPTION: no WHAT in
 * “LANGUAGE”: expected it, en" and returns FALSE. */
gboolean pdz_tool_check_language (const char *option, const char *what, const char *language);

/* Loads a plan, or prints "pdz: MESSAGE" (the message names the file) and
 * returns NULL. */
PdzPlan *pdz_tool_load_plan (const char *path);

/* A usage error of the command @name: prints "pdz: NAME: MESSAGE; run
 * 'pdz NAME --help'" on one line, and returns PDZ_EXIT_FAILURE. */
int pdz_tool_usage_error (const char *name, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* Parses @argv for the command @name with the options @entries, whose
 * --help shows @summary and @description. On a usage error prints
 * "pdz: NAME: why" and a hint (pdz_tool_usage_error()), and returns FALSE. */
gboolean pdz_tool_parse (const char *name, const char *summary, const char *description,
                         const GOptionEntry *entries, int *argc, char ***argv);

/* A date from the command line, or NULL with "pdz: OPTION: why" printed. */
PdzDate *pdz_tool_parse_date (const char *option, const char *text);

G_END_DECLS
