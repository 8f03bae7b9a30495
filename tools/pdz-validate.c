/* pdz-validate.c: pdz validate, load and check plan files
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-tool-private.h"

typedef struct {
  guint errors;
  guint warnings;
  guint infos;
  guint unreadable;
} Counts;

static const char *
severity_color (PdzSeverity severity)
{
  switch (severity)
    {
    case PDZ_SEVERITY_ERROR:
      return "1;31";
    case PDZ_SEVERITY_WARNING:
      return "1;33";
    case PDZ_SEVERITY_INFO:
    default:
      return "1;36";
    }
}

static void
print_text (const PdzToolTerm *term,
            const char *file,
            GListModel *diagnostics)
{
  guint n = g_list_model_get_n_items (diagnostics);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);
      PdzSeverity severity = pdz_diagnostic_get_severity (diagnostic);
      g_autofree char *label = g_strdup_printf ("%s[%s]", pdz_severity_to_string (severity),
                                                pdz_diagnostic_get_code (diagnostic));
      /* Each part made printable on its own: the message quotes the plan,
       * the colour is ours. */
      g_autofree char *file_text = pdz_tool_text (term, file);
      g_autofree char *pointer = pdz_tool_text (term, pdz_diagnostic_get_pointer (diagnostic));
      g_autofree char *label_text = pdz_tool_text (term, label);
      g_autofree char *colored = pdz_tool_color (term, severity_color (severity), label_text);
      g_autofree char *message = pdz_tool_text (term, pdz_diagnostic_get_message (diagnostic));
      g_autofree char *line = g_strdup_printf ("%s: %s: %s: %s\n", file_text, pointer, colored,
                                               message);

      pdz_tool_write (line);
    }
}

/* @state: of a file of a corpus, its state nick; NULL for a FILE alone */
static void
add_json_file (JsonBuilder *builder,
               const char *file,
               GListModel *diagnostics,
               const char *error,
               const char *state)
{
  guint n = diagnostics != NULL ? g_list_model_get_n_items (diagnostics) : 0;
  g_autofree char *name = g_filename_display_name (file);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "file");
  json_builder_add_string_value (builder, name);
  json_builder_set_member_name (builder, "loaded");
  json_builder_add_boolean_value (builder, error == NULL);
  if (state != NULL)
    {
      json_builder_set_member_name (builder, "state");
      json_builder_add_string_value (builder, state);
    }
  if (error != NULL)
    {
      json_builder_set_member_name (builder, "error");
      json_builder_add_string_value (builder, error);
    }
  json_builder_set_member_name (builder, "diagnostics");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "pointer");
      json_builder_add_string_value (builder, pdz_diagnostic_get_pointer (diagnostic));
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder,
                                     pdz_severity_to_string (pdz_diagnostic_get_severity (diagnostic)));
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, pdz_diagnostic_get_code (diagnostic));
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, pdz_diagnostic_get_message (diagnostic));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
count (Counts *counts,
       GListModel *diagnostics)
{
  guint n = g_list_model_get_n_items (diagnostics);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzDiagnostic) diagnostic = g_list_model_get_item (diagnostics, i);

      switch (pdz_diagnostic_get_severity (diagnostic))
        {
        case PDZ_SEVERITY_ERROR:
          counts->errors++;
          break;
        case PDZ_SEVERITY_WARNING:
          counts->warnings++;
          break;
        case PDZ_SEVERITY_INFO:
        default:
          counts->infos++;
          break;
        }
    }
}

static void
list_codes (void)
{
  const char * const *codes = pdz_check_get_codes ();

  for (guint i = 0; codes[i] != NULL; i++)
    {
      PdzSeverity severity = PDZ_SEVERITY_INFO;
      g_autofree char *line = NULL;

      pdz_check_get_code_severity (codes[i], &severity);
      line = g_strdup_printf ("%-32s %s\n", codes[i], pdz_severity_to_string (severity));
      pdz_tool_write (line);
    }
}

int
pdz_tool_validate (int argc,
                   char **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *reference_text = NULL;
  g_autofree char *language = NULL;
  g_auto(GStrv) disabled = NULL;
  g_auto(GStrv) files = NULL;
  gboolean strict = FALSE;
  gboolean codes = FALSE;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      "Output format: text (the default) or json", "FORMAT" },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict,
      "Exit with status 1 when there are warnings", NULL },
    { "reference-date", 0, 0, G_OPTION_ARG_STRING, &reference_text,
      "The date that tells the past from the future (default: today)", "DATE" },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &language,
      "Language of the messages: it or en (default: the plan's)", "LANG" },
    /* The spelling of the library's property: an alias, as in pdz report. */
    { "language", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &language,
      "The same as --lang", "LANG" },
    { "disable", 0, 0, G_OPTION_ARG_STRING_ARRAY, &disabled,
      "Switch off the check CODE (repeatable)", "CODE" },
    { "list-codes", 0, 0, G_OPTION_ARG_NONE, &codes,
      "List the codes of the checks and their severities", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE…" },
    { NULL }
  };
  g_autoptr(PdzCheckOptions) options = pdz_check_options_new ();
  g_autoptr(JsonBuilder) builder = NULL;
  PdzToolTerm term;
  Counts counts = { 0, };
  gboolean json;
  gboolean directory = FALSE;
  int status;

  if (!pdz_tool_parse ("Loads each plan FILE and checks it. Prints one line per problem,\n"
                       "FILE: POINTER: SEVERITY[CODE]: MESSAGE, or a JSON report.",
                       "A DIR checks its *.json files (pdz(1), MANY PLANS).\n"
                       "Exit status: 0 when nothing is wrong (infos and warnings allowed),\n"
                       "1 with --strict when there are warnings, 2 when there are errors,\n"
                       "a file cannot be loaded, the output cannot be written, or the usage\n"
                       "is wrong.",
                       entries, NULL, &argc, &argv, &status))
    return status;

  if (codes)
    {
      list_codes ();
      return PDZ_EXIT_OK;
    }

  json = g_strcmp0 (format, "json") == 0;
  if (format != NULL && !json && !g_str_equal (format, "text"))
    return pdz_tool_usage_error ("--format", "unknown format \"%s\" (expected text, json)", format);
  if (files == NULL || files[0] == NULL)
    return pdz_tool_usage_error (NULL, "no FILE given");
  if (reference_text != NULL)
    {
      g_autoptr(PdzDate) reference = pdz_tool_parse_date ("--reference-date", reference_text);

      if (reference == NULL)
        return PDZ_EXIT_FAILURE;
      pdz_check_options_set_reference_date (options, reference);
    }
  if (language != NULL)
    {
      /* A language libpdz lacks is refused, as by pdz report, rather than
       * falling back to another without a word. */
      if (pdz_tool_language (language, NULL) == NULL)
        return PDZ_EXIT_FAILURE;
      pdz_check_options_set_language (options, language);
    }
  for (guint i = 0; disabled != NULL && disabled[i] != NULL; i++)
    {
      if (!pdz_check_get_code_severity (disabled[i], NULL))
        return pdz_tool_usage_error ("--disable", "unknown code \"%s\" (see pdz validate --list-codes)",
                                     disabled[i]);
      pdz_check_options_disable_code (options, disabled[i]);
    }

  pdz_tool_term_init (&term, FALSE);
  if (json)
    {
      builder = json_builder_new ();
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "files");
      json_builder_begin_array (builder);
    }

  /* Several FILEs are checked each on its own, as in 0.1; a directory
   * makes the arguments a corpus. */
  for (guint i = 0; files[i] != NULL; i++)
    directory = directory || g_file_test (files[i], G_FILE_TEST_IS_DIR);

  if (directory)
    {
      /* A directory or several FILEs: each file read is checked, an
       * earlier round too; a bad file is named on stderr and in the
       * output. */
      g_autoptr(PdzCorpus) corpus = pdz_tool_load_corpus (files, &counts.unreadable);
      GListModel *corpus_files = pdz_corpus_get_files (corpus);

      for (guint i = 0; i < g_list_model_get_n_items (corpus_files); i++)
        {
          g_autoptr(PdzCorpusFile) file = g_list_model_get_item (corpus_files, i);
          g_autofree char *name = pdz_tool_corpus_file_name (files, file);
          PdzPlan *plan = pdz_corpus_file_get_plan (file);
          g_autoptr(GListModel) diagnostics = NULL;

          if (pdz_corpus_file_get_error (file) != NULL)
            {
              g_autofree char *message = pdz_tool_corpus_file_error (files, file);

              if (json)
                {
                  add_json_file (builder, name, NULL, message, pdz_tool_corpus_file_state (file));
                }
              else
                {
                  g_autofree char *printable = pdz_tool_text (&term, message);
                  g_autofree char *line = g_strconcat (printable, "\n", NULL);

                  pdz_tool_write (line);
                }
              continue;
            }
          diagnostics = pdz_plan_check (plan, options);
          count (&counts, diagnostics);
          if (json)
            add_json_file (builder, name, diagnostics, NULL, pdz_tool_corpus_file_state (file));
          else
            print_text (&term, name, diagnostics);
        }
    }

  for (guint i = 0; !directory && files[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(PdzPlan) plan = pdz_plan_load (file, NULL, &error);
      g_autoptr(GListModel) diagnostics = NULL;

      if (plan == NULL)
        {
          /* The library's message names the file, as the user wrote it. */
          g_autofree char *message = pdz_tool_error_message (files[i], file, error);

          pdz_tool_error (NULL, "%s", message);
          counts.unreadable++;
          if (json)
            add_json_file (builder, files[i], NULL, message, NULL);
          continue;
        }

      diagnostics = pdz_plan_check (plan, options);
      count (&counts, diagnostics);
      if (json)
        add_json_file (builder, files[i], diagnostics, NULL, NULL);
      else
        print_text (&term, files[i], diagnostics);
    }

  if (json)
    {
      g_autoptr(JsonNode) root = NULL;

      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "errors");
      json_builder_add_int_value (builder, counts.errors);
      json_builder_set_member_name (builder, "warnings");
      json_builder_add_int_value (builder, counts.warnings);
      json_builder_set_member_name (builder, "infos");
      json_builder_add_int_value (builder, counts.infos);
      json_builder_set_member_name (builder, "unreadable");
      json_builder_add_int_value (builder, counts.unreadable);
      json_builder_end_object (builder);

      root = json_builder_get_root (builder);
      pdz_tool_print_json (root);
    }

  if (counts.unreadable > 0 || counts.errors > 0)
    return PDZ_EXIT_FAILURE;
  if (strict && counts.warnings > 0)
    return PDZ_EXIT_WARNINGS;
  return PDZ_EXIT_OK;
}
