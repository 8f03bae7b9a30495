/* pdz-tool.c: shared by the subcommands of the pdz command
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "pdz-tool-private.h"

void
pdz_tool_term_init (PdzToolTerm *term,
                    gboolean ascii)
{
  const char *no_color = g_getenv ("NO_COLOR");

  /* https://no-color.org: any non-empty NO_COLOR turns colour off. */
  term->color = isatty (STDOUT_FILENO) && (no_color == NULL || no_color[0] == '\0');
  term->unicode = !ascii && g_get_charset (NULL);
}

/* What a terminal obeys rather than shows: C0 but TAB, DEL, C1. */
static gboolean
is_control (gunichar c)
{
  return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f);
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

      if (is_control (c))
        g_string_append (out, unicode ? "\xef\xbf\xbd" : "?");   /* U+FFFD */
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  if (!unicode)
    {
      /* Controls are gone: g_str_to_ascii() keeps ASCII as it is and
       * writes "?" for what it cannot transliterate (U+FFFD too). */
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

void
pdz_tool_write (const char *text)
{
  fputs (text, stdout);
}

/* Rewrites the text json-glib generated so that no control character is
 * left raw in a string. Outside strings json-glib writes only structure,
 * numbers, literals and the spaces and newlines of pretty-printing; inside,
 * it escapes '"' and '\\', so a quote not after a backslash ends the
 * string. Raw controls left in a string (U+001F in json-glib 1.6) become
 * \u00XX, and so do DEL and the C1 controls (UTF-8 C2 80 to C2 9F), which
 * JSON allows raw but a terminal showing the output would obey. */
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

void
pdz_tool_csv_field (GString *out,
                    const char *value)
{
  /* The rule of append_field() in libpdz/report/pdz-report-csv.c: keep alike. */
  gboolean neutralise;

  if (value == NULL)
    value = "";

  neutralise = value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL;
  if (!neutralise && strpbrk (value, ",;\"\r\n") == NULL)
    {
      g_string_append (out, value);
      return;
    }

  g_string_append_c (out, '"');
  if (neutralise)
    g_string_append_c (out, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
pdz_tool_error (const char *file,
                const char *format,
                ...)
{
  g_autofree char *message = NULL;
  g_autofree char *line = NULL;
  g_autofree char *printable = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  line = file != NULL
         ? g_strdup_printf ("pdz: %s: %s", file, message)
         : g_strdup_printf ("pdz: %s", message);
  printable = pdz_tool_printable (line, g_get_charset (NULL));
  fprintf (stderr, "%s\n", printable);
}

PdzPlan *
pdz_tool_load_plan (const char *path)
{
  g_autoptr(GError) error = NULL;
  PdzPlan *plan = pdz_plan_load_path (path, NULL, &error);

  /* The message already names the file (and says where in it). */
  if (plan == NULL)
    pdz_tool_error (NULL, "%s", error->message);
  return plan;
}

gboolean
pdz_tool_parse (const char         *name,
                const char         *summary,
                const char         *description,
                const GOptionEntry *entries,
                int                *argc,
                char             ***argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, summary);
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, NULL);
  if (g_option_context_parse (context, argc, argv, &error))
    return TRUE;

  pdz_tool_usage_error (name, "%s", error->message);
  return FALSE;
}

int
pdz_tool_usage_error (const char *name,
                      const char *format,
                      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  pdz_tool_error (NULL, "%s: %s; run 'pdz %s --help'", name, message, name);
  return PDZ_EXIT_FAILURE;
}

PdzDate *
pdz_tool_parse_date (const char *option,
                     const char *text)
{
  g_autoptr(GError) error = NULL;
  PdzDate *date = pdz_date_new_from_string (text, &error);

  if (date == NULL)
    pdz_tool_error (NULL, "%s: %s", option, error->message);
  return date;
}

gboolean
pdz_tool_check_language (const char *option,
                         const char *what,
                         const char *language)
{
  g_autoptr(PdzPlan) plan = pdz_plan_new ();
  g_autoptr(PdzReport) report = pdz_report_new (plan);
  g_autofree char *known = NULL;

  /* The library's own rule, so that validate and report agree. */
  pdz_report_set_language (report, language);
  if (pdz_report_get_effective_language (report) != NULL)
    return TRUE;

  known = g_strjoinv (", ", (char **) pdz_report_get_languages ());
  pdz_tool_error (NULL, "%s: no %s in “%s”: expected %s", option, what, language, known);
  return FALSE;
}
