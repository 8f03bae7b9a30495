/* pdz.c: the pdz command, a dispatcher of subcommands
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * "pdz NAME ARGS..." runs the subcommand NAME of the table below; adding a
 * subcommand is one line there (and its declaration in pdz-tool-private.h).
 * Each subcommand lives in tools/pdz-NAME.c and parses its own options.
 */

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "pdz-tool-private.h"

static const PdzToolCommand commands[] = {
  { "validate", "Load and check plan files", pdz_tool_validate },
  { "summary", "Print the figures of a plan: statuses, partners, funding", pdz_tool_summary },
  { "query", "Print the actions of a plan that match criteria", pdz_tool_query },
  { "report", "Write the monitoring report: HTML, Markdown, CSV, XLSX, PDF or slides", pdz_tool_report },
  { "diff", "Print what changed between two monitoring rounds; apply a diff", pdz_tool_diff },
  { "export", "Write a plan as an editable workbook (XLSX, ODS, CSV) or SQLite", pdz_tool_export },
  { "import", "Read a plan back from its workbook, or update a plan from it", pdz_tool_import },
};

static const PdzToolCommand *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (commands[i].name, name))
        return &commands[i];
    }

  return NULL;
}

static void
print_usage (FILE *out)
{
  fprintf (out,
           "Usage:\n"
           "  pdz COMMAND [OPTION...] [ARGUMENT...]\n"
           "  pdz help COMMAND\n"
           "\n"
           "Check, query, sum up and report on Piani di Zona plan files.\n"
           "\n"
           "Commands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, commands[i].summary);
  fprintf (out,
           "  %-10s %s\n"
           "\n"
           "Options:\n"
           "  -h, --help     Show this help\n"
           "  -V, --version  Show the version of pdz\n"
           "\n"
           "Run 'pdz help COMMAND' or 'pdz COMMAND --help' for the options of a command.\n"
           "Exit status: 0 clean, 1 warnings (validate --strict) or differences (diff,\n"
           "import --dry-run), 2 errors, an unreadable file, output that cannot be\n"
           "written, or bad usage. See pdz(1).\n",
           "help", "Show the help of a command");
}

static int
run_command (const PdzToolCommand *command,
             int argc,
             char **argv)
{
  g_autofree char *name = g_strdup_printf ("pdz %s", command->name);
  g_autofree char **args = g_new0 (char *, argc + 1);

  /* argv[0] of the subcommand is "pdz NAME", which GOptionContext shows
   * in its usage line. */
  args[0] = name;
  for (int i = 1; i < argc; i++)
    args[i] = argv[i];

  /* Every message of the subcommand names it: "pdz: query: ..." */
  pdz_tool_set_command (command->name);
  return command->run (argc, args);
}

int
main (int argc,
      char **argv)
{
  const PdzToolCommand *command;

  setlocale (LC_ALL, "");

  if (argc < 2)
    {
      print_usage (stderr);
      return PDZ_EXIT_FAILURE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h"))
    {
      print_usage (stdout);
      return pdz_tool_finish (PDZ_EXIT_OK);
    }

  if (g_str_equal (argv[1], "--version") || g_str_equal (argv[1], "-V"))
    {
      pdz_tool_write ("pdz " PDZ_VERSION_S "\n");
      return pdz_tool_finish (PDZ_EXIT_OK);
    }

  if (g_str_equal (argv[1], "help"))
    {
      char *help_argv[] = { NULL, (char *) "--help", NULL };

      if (argc < 3)
        {
          print_usage (stdout);
          return pdz_tool_finish (PDZ_EXIT_OK);
        }
      command = find_command (argv[2]);
      if (command == NULL)
        return pdz_tool_usage_error (NULL, "unknown command \"%s\"", argv[2]);
      return pdz_tool_finish (run_command (command, 2, help_argv));
    }

  command = find_command (argv[1]);
  if (command == NULL)
    {
      if (argv[1][0] == '-')
        return pdz_tool_usage_error (NULL, "unknown option \"%s\"", argv[1]);
      return pdz_tool_usage_error (NULL, "unknown command \"%s\"", argv[1]);
    }

  /* The output checked once, for every subcommand: a full disk is an error. */
  return pdz_tool_finish (run_command (command, argc - 1, argv + 1));
}
