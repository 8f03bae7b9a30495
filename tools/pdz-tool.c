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

char *
pdz_tool_text (const PdzToolTerm *term,
               const char *text)
{
  if (text == NULL)
    return g_strdup ("");
  if (term->unicode)
    return g_strdup (text);
  return g_str_to_ascii (text, "C");
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

void
pdz_tool_error (const char *file,
                const char *format,
                ...)
{
  g_autofree char *message = NULL;
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  line = file != NULL
         ? g_strdup_printf ("pdz: %s: %s\n", file, message)
         : g_strdup_printf ("pdz: %s\n", message);
  if (!g_get_charset (NULL))
    {
      g_autofree char *ascii = g_str_to_ascii (line, "C");

      fputs (ascii, stderr);
    }
  else
    {
      fputs (line, stderr);
    }
}

PdzPlan *
pdz_tool_load_plan (const char *path)
{
  g_autoptr(GError) error = NULL;
  PdzPlan *plan = pdz_plan_new_from_file (path, &error);

  /* The message already names the file (and says where in it). */
  if (plan == NULL)
    pdz_tool_error (NULL, "%s", error->message);
  return plan;
}

gboolean
pdz_tool_parse (GOptionContext *context,
                const char *name,
                int *argc,
                char ***argv)
{
  g_autoptr(GError) error = NULL;

  if (g_option_context_parse (context, argc, argv, &error))
    return TRUE;

  pdz_tool_error (NULL, "%s: %s; run 'pdz %s --help'", name, error->message, name);
  return FALSE;
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
