/* pdz-tool-private.h: shared by the subcommands of the pdz command
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The command is thin: each subcommand parses its options, calls the
 * library and prints. What they share is here:
 *
 *  - the exit codes, and the one style of every message on stderr,
 *    "pdz: SUBCOMMAND: FILE: where: what", a usage error followed by a
 *    one-line hint to --help (pdz-tool.c);
 *  - the options every subcommand takes (-h, -V) and the language rule of
 *    --lang (pdz-tool.c);
 *  - the filters that select actions, one definition for pdz query and
 *    pdz report (pdz-filter.c);
 *  - the terminal: colour only on a terminal without NO_COLOR, Unicode only
 *    in a UTF-8 locale and without --ascii, and never a control character
 *    or a bidirectional override from a plan (pdz_tool_printable());
 *  - the standard output, written through pdz_tool_write() and checked at
 *    the end (pdz_tool_finish()), so that a full disk is an error.
 */

#pragma once

#include <json-glib/json-glib.h>
#include <libpdz/pdz.h>

G_BEGIN_DECLS

/* The exit codes, documented in doc/pdz.1. */
#define PDZ_EXIT_OK        0   /* done; for validate: no error (nor warning with --strict) */
#define PDZ_EXIT_WARNINGS  1   /* validate --strict: warnings */
#define PDZ_EXIT_FAILURE   2   /* errors, an unreadable file, unwritable output, or bad usage */

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
int pdz_tool_diff (int argc, char **argv);
int pdz_tool_export (int argc, char **argv);
int pdz_tool_import (int argc, char **argv);

/* ---- messages ------------------------------------------------------------ */

/* The subcommand that runs, which every message names; NULL for the
 * dispatcher. */
void pdz_tool_set_command (const char *name);

/* "pdz: SUBCOMMAND: WHERE: message" on stderr, on one line, made printable
 * (pdz_tool_printable()): messages quote plan values and command-line
 * arguments. @where (a file, an option) may be NULL. */
void pdz_tool_error (const char *where, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* A usage error: pdz_tool_error(), then the hint "Try 'pdz SUBCOMMAND
 * --help' for more information." on a line of its own. Returns
 * PDZ_EXIT_FAILURE. */
int pdz_tool_usage_error (const char *where, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* The message of @error, which the library wrote naming @file: the name
 * it gives the file (an absolute path) is spelled as the user wrote it,
 * @arg, so that every subcommand names a file alike. (transfer full) */
char *pdz_tool_error_message (const char *arg, GFile *file, const GError *error);

/* pdz_tool_error (NULL, pdz_tool_error_message (...)). */
void pdz_tool_file_error (const char *arg, GFile *file, const GError *error);

/* ---- options ------------------------------------------------------------- */

/* Parses @argv for the current subcommand with its @entries and, when
 * @filter_entries is not NULL, the filters (pdz-filter.c), adding -h and
 * -V, --version. --help shows @summary and @description. Returns TRUE to go
 * on; FALSE when the subcommand is done with the exit status @status:
 * after --version (0), or a usage error (2, the message printed). */
gboolean pdz_tool_parse (const char         *summary,
                         const char         *description,
                         const GOptionEntry *entries,
                         const GOptionEntry *filter_entries,
                         int                *argc,
                         char             ***argv,
                         int                *status);

/* The language a subcommand writes in, by the library's rule (that of
 * pdz report --lang): @language when libpdz writes it, else the plan's,
 * else Italian (a plan that names none) or English. With @plan NULL, only
 * checks @language. When libpdz does not write @language prints the usage
 * error "--lang: unknown language "fr" (expected it, en)" and returns
 * NULL. (transfer none): "it" or "en" */
const char *pdz_tool_language (const char *language, PdzPlan *plan);

/* A date from the command line, or NULL after the usage error
 * "OPTION: why". */
PdzDate *pdz_tool_parse_date (const char *option, const char *text);

/* The nicks of the enumeration or flags @type, but a flag of value 0
 * ("none"), comma-separated: "a, b, c". (transfer full) */
char *pdz_tool_nicks (GType type);

/* Reads @nick as a value of the enumeration @type into @value, or as a
 * flag of the flags @type, or-ed into @value. Else prints the usage error
 * "OPTION: unknown WHAT "NICK" (expected a, b, c)" and returns FALSE. */
gboolean pdz_tool_parse_nick (GType type, const char *option, const char *what, const char *nick,
                              guint *value);

/* --csv-dialect @text (nullable: leaves @dialect as it is), given with
 * -f csv when @csv; FALSE after a usage error. */
gboolean pdz_tool_parse_csv_dialect (const char *text, gboolean csv, PdzReportCsvDialect *dialect);

/* Loads the plan @arg names: a path or a file:// URI; another URI is
 * refused, naming it. Prints the library's message (pdz_tool_file_error())
 * and returns NULL when it cannot. */
PdzPlan *pdz_tool_load_plan (const char *arg);

/* ---- many plans (pdz-tool-corpus.c) --------------------------------------- */

/* Whether the FILE arguments @files are a corpus: more than one, or a
 * directory. */
gboolean pdz_tool_is_corpus (char **files);

/* Reads the files and directories @args (doc/corpus.md), drawing a
 * progress bar on stderr when it is a terminal, never otherwise, and
 * naming each bad file on stderr (pdz_tool_corpus_file_error()); sets
 * @n_bad to how many there are (the subcommand then exits 2).
 * (transfer full) */
PdzCorpus *pdz_tool_load_corpus (char **args, guint *n_bad);

/* The name of the file of @file as the user spelled it in @args: the
 * argument, or a directory argument and the file's name. (transfer full) */
char *pdz_tool_corpus_file_name (char **args, PdzCorpusFile *file);

/* The error of the bad @file, naming it as the user spelled it. (transfer full) */
char *pdz_tool_corpus_file_error (char **args, PdzCorpusFile *file);

/* The nick of the state of @file: "used", "superseded", "duplicate", "failed" */
const char *pdz_tool_corpus_file_state (PdzCorpusFile *file);

/* ---- filters (pdz-filter.c) ---------------------------------------------- */

/* The long options that select actions, shared by pdz query and pdz report:
 * --macroarea, --objective, --objective-kind, --partner, --role,
 * --partner-kind, --project, --funding-source, --status, --origin,
 * --start (--from), --end (--to), --undated, --via-projects, --text,
 * --sort. Ids are given by repeating the option (an id may hold a comma);
 * the values of an enumeration may also be joined by commas. */
typedef struct _PdzToolFilter PdzToolFilter;

PdzToolFilter *pdz_tool_filter_new (void);
void pdz_tool_filter_free (PdzToolFilter *filter);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdzToolFilter, pdz_tool_filter_free)

/* The option entries, which write into @filter. (transfer none) */
const GOptionEntry *pdz_tool_filter_get_entries (PdzToolFilter *filter);

/* The long name of the first filter option given ("partner"), or NULL
 * when none is. */
const char *pdz_tool_filter_get_first_option (PdzToolFilter *filter);

/* Checks the values of the options: FALSE after a usage error. */
gboolean pdz_tool_filter_check (PdzToolFilter *filter);

/* A query on @plan with the criteria of @filter (checked), or NULL after
 * naming an id the plan @arg does not hold: it is most likely a typo. */
PdzQuery *pdz_tool_filter_build_query (PdzToolFilter *filter, PdzPlan *plan, const char *arg);

/* ---- a diff (pdz-diff.c) ------------------------------------------------ */

/* How pdz diff and pdz import --into print a diff. */
typedef enum {
  PDZ_TOOL_DIFF_TEXT,       /* grouped by macroarea and objective, for people */
  PDZ_TOOL_DIFF_JSON,       /* the library's document, pdz_diff_to_data() */
  PDZ_TOOL_DIFF_MARKDOWN,   /* the text's groups as Markdown for pandoc */
} PdzToolDiffFormat;

/* --format text|json|md (NULL: text); FALSE after a usage error. */
gboolean pdz_tool_diff_parse_format (const char *name, PdzToolDiffFormat *format);

/* Prints @diff of @old_plan and @new_plan (the plans it was made from) on
 * the standard output in @format, its text in @language ("it" or "en"). */
void pdz_tool_print_diff (PdzDiff *diff, PdzPlan *old_plan, PdzPlan *new_plan, const char *language,
                          PdzToolDiffFormat format, gboolean ascii);

/* The same for @plan, one of the plans of a corpus: the ids unchecked,
 * since each plan has its own. (transfer full) */
PdzQuery *pdz_tool_filter_build_corpus_query (PdzToolFilter *filter, PdzPlan *plan);

/* ---- the terminal -------------------------------------------------------- */

/* What the standard output can show. */
typedef struct {
  gboolean color;     /* a terminal, and NO_COLOR unset or empty */
  gboolean unicode;   /* a UTF-8 locale, and not --ascii */
} PdzToolTerm;

void pdz_tool_term_init (PdzToolTerm *term, gboolean ascii);

/* Makes @text safe to show on a terminal, whatever a plan (or the command
 * line) put in it: invalid UTF-8, the C0 controls but TAB (newline
 * included: one value never spans lines), DEL, the C1 controls (U+0080 to
 * U+009F) and the bidirectional embeddings, overrides and isolates (U+202A
 * to U+202E, U+2066 to U+2069), which would reorder what follows on the
 * line, each become U+FFFD, or '?' when @unicode is FALSE, and then the
 * text is transliterated to ASCII ("libertà" → "liberta"). So no escape
 * sequence and no reordering of a plan ever reaches the terminal.
 * (transfer full) */
char *pdz_tool_printable (const char *text, gboolean unicode);

/* pdz_tool_printable() for @term: every text output goes through it.
 * (transfer full) */
char *pdz_tool_text (const PdzToolTerm *term, const char *text);

/* Like pdz_tool_text(), then cut to @width characters (with an ellipsis)
 * and padded with spaces to @width; @right aligns to the right. Never cuts
 * a figure: give it a width it fits. */
char *pdz_tool_cell (const PdzToolTerm *term, const char *text, guint width, gboolean right);

/* The number of characters of text already made printable on @term. */
guint pdz_tool_width (const PdzToolTerm *term, const char *text);

/* @text wrapped in the ANSI colour @sgr ("1", "31", "1;33", ...) when
 * @term has colour. (transfer full) */
char *pdz_tool_color (const PdzToolTerm *term, const char *sgr, const char *text);

/* ---- the standard output ------------------------------------------------- */

/* Writes @text to the standard output as it is (UTF-8 text already made
 * printable, or JSON). The first failure is remembered for pdz_tool_finish(). */
void pdz_tool_write (const char *text);

/* Writes data a program reads (CSV, a report) to the standard output: as
 * it is, unless the standard output is a terminal, where it is made
 * printable line by line (pdz_tool_printable(), line ends kept). */
void pdz_tool_write_data (const char *data, gsize length);

/* Writes @root as JSON, indented by 2, and a newline. The output is RFC
 * 8259 whatever json-glib does: json-glib 1.6 writes U+001F raw in a
 * string, so every C0 control (and DEL, the C1 controls and the
 * bidirectional controls of pdz_tool_printable()) in a string is written
 * \uXXXX here, and invalid UTF-8 (a file name, say) becomes U+FFFD.
 * Strings read back unchanged. */
void pdz_tool_print_json (JsonNode *root);

/* Parses JSON text the library wrote (pdz_stats_table_to_json()).
 * (transfer full) */
JsonNode *pdz_tool_parse_json (const char *text);

/* Flushes the standard output. When any write to it failed (a full disk,
 * `> /dev/full`), prints "pdz: SUBCOMMAND: standard output: cannot write:
 * why" and returns PDZ_EXIT_FAILURE; else returns @status. */
int pdz_tool_finish (int status);

G_END_DECLS
