/* pdz-tool.c: shared by the subcommands of the pdz command
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "pdz-tool-private.h"

/* ---- messages ------------------------------------------------------------ */

static const char *current_command;

void
pdz_tool_set_command (const char *name)
{
  current_command = name;
}

static void
print_message (const char *where,
               const char *message)
{
  GString *line = g_string_new ("pdz: ");
  g_autofree char *printable = NULL;

  if (current_command != NULL)
    g_string_append_printf (line, "%s: ", current_command);
  if (where != NULL)
    g_string_append_printf (line, "%s: ", where);
  g_string_append (line, message);
  printable = pdz_tool_printable (line->str, g_get_charset (NULL));
  g_string_free (line, TRUE);
  fprintf (stderr, "%s\n", printable);
}

static void
print_messagev (const char *where,
                const char *format,
                va_list     args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  print_message (where, message);
}

void
pdz_tool_error (const char *where,
                const char *format,
                ...)
{
  va_list args;

  va_start (args, format);
  print_messagev (where, format, args);
  va_end (args);
}

int
pdz_tool_usage_error (const char *where,
                      const char *format,
                      ...)
{
  va_list args;

  va_start (args, format);
  print_messagev (where, format, args);
  va_end (args);

  fprintf (stderr, "Try 'pdz%s%s --help' for more information.\n",
           current_command != NULL ? " " : "", current_command != NULL ? current_command : "");
  return PDZ_EXIT_FAILURE;
}

char *
pdz_tool_error_message (const char   *arg,
                        GFile        *file,
                        const GError *error)
{
  g_autofree char *parse_name = g_file_get_parse_name (file);
  g_autofree char *display = NULL;
  g_autofree char *shown = g_filename_display_name (arg);

  if (g_file_peek_path (file) != NULL)
    display = g_filename_display_name (g_file_peek_path (file));

  /* The library names the file as it resolved it ("/home/u/plan.json:
   * cannot open: ..."); the user wrote "plan.json". */
  for (guint i = 0; i < 2; i++)
    {
      const char *name = i == 0 ? display : parse_name;
      gsize length = name != NULL ? strlen (name) : 0;

      if (length > 0 && strncmp (error->message, name, length) == 0 && error->message[length] == ':')
        return g_strconcat (shown, error->message + length, NULL);
    }
  return g_strdup (error->message);
}

void
pdz_tool_file_error (const char   *arg,
                     GFile        *file,
                     const GError *error)
{
  g_autofree char *message = pdz_tool_error_message (arg, file, error);

  print_message (NULL, message);
}

/* ---- options ------------------------------------------------------------- */

gboolean
pdz_tool_parse (const char         *summary,
                const char         *description,
                const GOptionEntry *entries,
                const GOptionEntry *filter_entries,
                int                *argc,
                char             ***argv,
                int                *status)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  gboolean help = FALSE;
  gboolean version = FALSE;
  const GOptionEntry common[] = {
    { "help", 'h', 0, G_OPTION_ARG_NONE, &help, "Show this help", NULL },
    { "version", 'V', 0, G_OPTION_ARG_NONE, &version, "Show the version of pdz", NULL },
    { NULL }
  };

  g_option_context_set_summary (context, summary);
  g_option_context_set_description (context, description);
  /* --help is ours, so that its output is checked like any other. */
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, NULL);
  if (filter_entries != NULL)
    g_option_context_add_main_entries (context, filter_entries, NULL);
  g_option_context_add_main_entries (context, common, NULL);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      const char *unknown = "Unknown option ";

      /* "Unknown option -o", GLib's: the option first, as every message
       * has it (GLib's other messages, translated, are kept whole). */
      if (g_error_matches (error, G_OPTION_ERROR, G_OPTION_ERROR_UNKNOWN_OPTION) &&
          g_str_has_prefix (error->message, unknown))
        *status = pdz_tool_usage_error (error->message + strlen (unknown), "unknown option");
      else
        *status = pdz_tool_usage_error (NULL, "%s", error->message);
      return FALSE;
    }
  if (help)
    {
      g_autofree char *text = g_option_context_get_help (context, TRUE, NULL);

      pdz_tool_write (text);
      *status = PDZ_EXIT_OK;
      return FALSE;
    }
  if (version)
    {
      pdz_tool_write ("pdz " PDZ_VERSION_S "\n");
      *status = PDZ_EXIT_OK;
      return FALSE;
    }

  return TRUE;
}

const char *
pdz_tool_language (const char *language,
                   PdzPlan    *plan)
{
  g_autoptr(PdzPlan) empty = plan == NULL ? pdz_plan_new () : NULL;
  g_autoptr(PdzReport) report = pdz_report_new (plan != NULL ? plan : empty);
  const char *effective;
  g_autofree char *known = NULL;

  /* The library's own rule, so that every subcommand and the report agree. */
  pdz_report_set_language (report, language);
  effective = pdz_report_get_effective_language (report);
  if (effective != NULL)
    return g_intern_string (effective);

  known = g_strjoinv (", ", (char **) pdz_report_get_languages ());
  pdz_tool_usage_error ("--lang", "unknown language \"%s\" (expected %s)", language, known);
  return NULL;
}

PdzDate *
pdz_tool_parse_date (const char *option,
                     const char *text)
{
  g_autoptr(GError) error = NULL;
  PdzDate *date = pdz_date_new_from_string (text, &error);

  if (date == NULL)
    pdz_tool_usage_error (option, "%s", error->message);
  return date;
}

char *
pdz_tool_nicks (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  GString *out = g_string_new (NULL);

  if (G_IS_FLAGS_CLASS (klass))
    {
      GFlagsClass *flags = G_FLAGS_CLASS (klass);

      for (guint i = 0; i < flags->n_values; i++)
        {
          if (flags->values[i].value != 0)
            g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", flags->values[i].value_nick);
        }
    }
  else
    {
      GEnumClass *enums = G_ENUM_CLASS (klass);

      for (guint i = 0; i < enums->n_values; i++)
        g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", enums->values[i].value_nick);
    }

  return g_string_free (out, FALSE);
}

gboolean
pdz_tool_parse_nick (GType       type,
                     const char *option,
                     const char *what,
                     const char *nick,
                     guint      *value)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  g_autofree char *known = NULL;

  if (G_IS_FLAGS_CLASS (klass))
    {
      GFlagsValue *flag = g_flags_get_value_by_nick (G_FLAGS_CLASS (klass), nick);

      if (flag != NULL && flag->value != 0)
        {
          *value |= flag->value;
          return TRUE;
        }
    }
  else
    {
      GEnumValue *enum_value = g_enum_get_value_by_nick (G_ENUM_CLASS (klass), nick);

      if (enum_value != NULL)
        {
          *value = (guint) enum_value->value;
          return TRUE;
        }
    }

  known = pdz_tool_nicks (type);
  pdz_tool_usage_error (option, "unknown %s \"%s\" (expected %s)", what, nick, known);
  return FALSE;
}

gboolean
pdz_tool_parse_csv_dialect (const char          *text,
                            gboolean             csv,
                            PdzReportCsvDialect *dialect)
{
  guint value = 0;

  if (text == NULL)
    return TRUE;
  if (!pdz_tool_parse_nick (PDZ_TYPE_REPORT_CSV_DIALECT, "--csv-dialect", "dialect", text, &value))
    return FALSE;
  if (!csv)
    {
      pdz_tool_usage_error ("--csv-dialect", "only for CSV: add -f csv");
      return FALSE;
    }
  *dialect = value;
  return TRUE;
}

PdzPlan *
pdz_tool_load_plan (const char *arg)
{
  /* A path, or a URI: the library refuses one that is not a local file,
   * naming it. */
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (arg);
  g_autoptr(GError) error = NULL;
  PdzPlan *plan = pdz_plan_load (file, NULL, &error);

  if (plan == NULL)
    pdz_tool_file_error (arg, file, error);
  return plan;
}

/* ---- the terminal -------------------------------------------------------- */

void
pdz_tool_term_init (PdzToolTerm *term,
                    gboolean ascii)
{
  const char *no_color = g_getenv ("NO_COLOR");

  /* https://no-color.org: any non-empty NO_COLOR turns colour off. */
  term->color = isatty (STDOUT_FILENO) && (no_color == NULL || no_color[0] == '\0');
  term->unicode = !ascii && g_get_charset (NULL);
}

/* What a terminal obeys rather than shows: C0 but TAB, DEL, C1; and the
 * bidirectional embeddings, overrides (LRE, RLE, PDF, LRO, RLO) and
 * isolates (LRI, RLI, FSI, PDI), which reorder the rest of the line. */
static gboolean
is_unsafe (gunichar c)
{
  return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) ||
         (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

char *
pdz_tool_printable (const char *text,
                    gboolean unicode)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  /* Invalid bytes become U+FFFD first: a file name, say, need not be
   * UTF-8, and a lone byte could start a C1 control on a Latin-1 terminal. */
  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_unsafe (c))
        g_string_append (out, unicode ? "\xef\xbf\xbd" : "?");   /* U+FFFD */
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  if (!unicode)
    {
      /* Controls are gone: g_str_to_ascii() keeps ASCII as it is and
       * writes "?" for what it cannot transliterate (U+FFFD too), "EUR"
       * for "€". */
      g_autofree char *plain = g_string_free (out, FALSE);

      return g_str_to_ascii (plain, "C");
    }
  return g_string_free (out, FALSE);
}

char *
pdz_tool_text (const PdzToolTerm *term,
               const char *text)
{
  return pdz_tool_printable (text, term->unicode);
}

guint
pdz_tool_width (const PdzToolTerm *term,
                const char *text)
{
  return term->unicode ? (guint) g_utf8_strlen (text, -1) : (guint) strlen (text);
}

char *
pdz_tool_cell (const PdzToolTerm *term,
               const char *text,
               guint width,
               gboolean right)
{
  g_autofree char *printable = pdz_tool_text (term, text);
  guint length = pdz_tool_width (term, printable);
  GString *cell = g_string_new (NULL);

  if (length > width)
    {
      const char *ellipsis = term->unicode ? "…" : "...";
      guint keep = width > strlen (ellipsis) ? width - (term->unicode ? 1 : 3) : 0;
      const char *end = term->unicode
                        ? g_utf8_offset_to_pointer (printable, keep)
                        : printable + keep;

      g_string_append_len (cell, printable, end - printable);
      g_string_append (cell, ellipsis);
      return g_string_free (cell, FALSE);
    }

  if (right)
    {
      for (guint i = length; i < width; i++)
        g_string_append_c (cell, ' ');
      g_string_append (cell, printable);
    }
  else
    {
      g_string_append (cell, printable);
      for (guint i = length; i < width; i++)
        g_string_append_c (cell, ' ');
    }

  return g_string_free (cell, FALSE);
}

char *
pdz_tool_color (const PdzToolTerm *term,
                const char *sgr,
                const char *text)
{
  if (!term->color)
    return g_strdup (text);
  return g_strdup_printf ("\033[%sm%s\033[0m", sgr, text);
}

/* ---- the standard output ------------------------------------------------- */

/* The errno of the first write to the standard output that failed, or 0. */
static int output_errno;

static void
write_stdout (const char *data,
              gsize       length)
{
  if (output_errno != 0 || length == 0)
    return;
  errno = 0;
  if (fwrite (data, 1, length, stdout) != length)
    output_errno = errno != 0 ? errno : EIO;
}

void
pdz_tool_write (const char *text)
{
  write_stdout (text, strlen (text));
}

void
pdz_tool_write_data (const char *data,
                     gsize       length)
{
  const char *end = data + length;

  if (!isatty (STDOUT_FILENO))
    {
      write_stdout (data, length);
      return;
    }

  /* On a terminal, each line made printable; its end kept. */
  while (data < end)
    {
      const char *newline = memchr (data, '\n', end - data);
      const char *stop = newline != NULL ? newline : end;
      gsize line_length = stop - data;
      g_autofree char *line = NULL;
      g_autofree char *printable = NULL;

      if (line_length > 0 && data[line_length - 1] == '\r')
        line_length--;
      line = g_strndup (data, line_length);
      printable = pdz_tool_printable (line, g_get_charset (NULL));
      pdz_tool_write (printable);
      if (newline != NULL)
        pdz_tool_write ("\n");
      data = newline != NULL ? newline + 1 : end;
    }
}

/* Rewrites the text json-glib generated so that no control character is
 * left raw in a string. Outside strings json-glib writes only structure,
 * numbers, literals and the spaces and newlines of pretty-printing; inside,
 * it escapes '"' and '\\', so a quote not after a backslash ends the
 * string. Raw controls left in a string (U+001F in json-glib 1.6) become
 * \u00XX, and so do DEL and the C1 controls (UTF-8 C2 80 to C2 9F), which
 * JSON allows raw but a terminal showing the output would obey; the
 * bidirectional controls (E2 80 AA to AE, E2 81 A6 to A9) become \u202X
 * and \u206X. */
static char *
json_escape_controls (const char *json)
{
  GString *out = g_string_sized_new (strlen (json) + 16);
  gboolean in_string = FALSE;

  for (const char *p = json; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (!in_string)
        {
          if (c == '"')
            in_string = TRUE;
          g_string_append_c (out, (char) c);
        }
      else if (c == '\\' && p[1] != '\0')
        {
          /* an escape, kept as it is: \" \\ \n \u001b... */
          g_string_append_c (out, (char) c);
          g_string_append_c (out, *++p);
        }
      else if (c == '"')
        {
          in_string = FALSE;
          g_string_append_c (out, (char) c);
        }
      else if (c < 0x20 || c == 0x7f)
        {
          g_string_append_printf (out, "\\u%04x", c);
        }
      else if (c == 0xc2 && (guchar) p[1] >= 0x80 && (guchar) p[1] <= 0x9f)
        {
          g_string_append_printf (out, "\\u%04x", (guchar) *++p);
        }
      else if (c == 0xe2 && p[1] != '\0' && p[2] != '\0' &&
               (((guchar) p[1] == 0x80 && (guchar) p[2] >= 0xaa && (guchar) p[2] <= 0xae) ||
                ((guchar) p[1] == 0x81 && (guchar) p[2] >= 0xa6 && (guchar) p[2] <= 0xa9)))
        {
          g_string_append_printf (out, "\\u%04x", g_utf8_get_char (p));
          p += 2;
        }
      else
        {
          g_string_append_c (out, (char) c);
        }
    }

  return g_string_free (out, FALSE);
}

void
pdz_tool_print_json (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  g_autofree char *valid = NULL;
  g_autofree char *escaped = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  /* RFC 8259 wants UTF-8: a string json-glib was given need not be. */
  valid = g_utf8_make_valid (text, -1);
  escaped = json_escape_controls (valid);
  pdz_tool_write (escaped);
  pdz_tool_write ("\n");
}

JsonNode *
pdz_tool_parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;

  /* The library's own output: it always parses. */
  if (!json_parser_load_from_data (parser, text, -1, &error))
    g_error ("the library wrote JSON that does not parse: %s", error->message);
  return json_node_ref (json_parser_get_root (parser));
}

int
pdz_tool_finish (int status)
{
  if (output_errno == 0)
    {
      errno = 0;
      if (fflush (stdout) != 0 || ferror (stdout))
        output_errno = errno != 0 ? errno : EIO;
    }
  if (output_errno != 0)
    {
      pdz_tool_error ("standard output", "cannot write: %s", g_strerror (output_errno));
      return PDZ_EXIT_FAILURE;
    }
  return status;
}
