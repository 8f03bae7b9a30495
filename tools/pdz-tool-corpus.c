/* pdz-tool-corpus.c: many plans for pdz validate, summary, query and report
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A directory, or several FILEs, are a corpus (PdzCorpus, doc/corpus.md):
 * the library reads them on every core and says what became of each file.
 * Here: the progress bar on stderr (only when stderr is a terminal), each
 * bad file named on stderr as the user spelled it, and the exit status 2
 * when there is any.
 */

#include <stdio.h>
#include <unistd.h>

#include "pdz-tool-private.h"

#define PROGRESS_WIDTH 30

gboolean
pdz_tool_is_corpus (char **files)
{
  if (files == NULL || files[0] == NULL)
    return FALSE;
  if (files[1] != NULL)
    return TRUE;
  return g_file_test (files[0], G_FILE_TEST_IS_DIR);
}

/* "[#########.....]  12/91" over itself, on a terminal's stderr. */
static void
progress_cb (PdzCorpus *corpus,
             guint      n_done,
             guint      n_files,
             gpointer   user_data)
{
  gboolean unicode = GPOINTER_TO_INT (user_data);
  guint full = n_files > 0 ? n_done * PROGRESS_WIDTH / n_files : PROGRESS_WIDTH;
  g_autoptr(GString) line = g_string_new ("\r");

  g_string_append_printf (line, "pdz: %s ", unicode ? "▕" : "[");
  for (guint i = 0; i < PROGRESS_WIDTH; i++)
    g_string_append (line, unicode ? (i < full ? "█" : " ") : (i < full ? "#" : "."));
  g_string_append_printf (line, "%s %u/%u", unicode ? "▏" : "]", n_done, n_files);
  if (n_done == n_files)
    g_string_assign (line, "\r\033[K");   /* done: the line is cleared */
  fputs (line->str, stderr);
  fflush (stderr);
}

char *
pdz_tool_corpus_file_name (char          **args,
                           PdzCorpusFile  *corpus_file)
{
  GFile *file = pdz_corpus_file_get_file (corpus_file);

  /* As the user wrote it: the argument itself, or the argument (a
   * directory) and the file's name. */
  for (guint i = 0; args[i] != NULL; i++)
    {
      g_autoptr(GFile) arg = g_file_new_for_commandline_arg (args[i]);

      if (g_file_equal (arg, file))
        return g_strdup (args[i]);
      if (g_file_has_parent (file, arg))
        {
          g_autofree char *base = g_file_get_basename (file);

          return g_build_filename (args[i], base, NULL);
        }
    }
  return g_file_get_parse_name (file);
}

char *
pdz_tool_corpus_file_error (char          **args,
                            PdzCorpusFile  *corpus_file)
{
  g_autofree char *name = pdz_tool_corpus_file_name (args, corpus_file);

  return pdz_tool_error_message (name, pdz_corpus_file_get_file (corpus_file),
                                 pdz_corpus_file_get_error (corpus_file));
}

PdzCorpus *
pdz_tool_load_corpus (char  **args,
                      guint  *n_bad)
{
  g_autoptr(PdzCorpus) corpus = pdz_corpus_new ();
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  GListModel *errors;

  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (args[i]));

  /* The bar only for a person watching: never in a pipe or a log. */
  if (isatty (STDERR_FILENO))
    {
      PdzToolTerm term;

      pdz_tool_term_init (&term, FALSE);
      g_signal_connect (corpus, "progress", G_CALLBACK (progress_cb), GINT_TO_POINTER (term.unicode));
    }

  /* Not cancellable: it fails only when cancelled. */
  if (!pdz_corpus_load (corpus, (GFile **) files->pdata, files->len, NULL, &error))
    g_assert_not_reached ();

  errors = pdz_corpus_get_errors (corpus);
  for (guint i = 0; i < g_list_model_get_n_items (errors); i++)
    {
      g_autoptr(PdzCorpusFile) file = g_list_model_get_item (errors, i);
      g_autofree char *message = pdz_tool_corpus_file_error (args, file);

      pdz_tool_error (NULL, "%s", message);
    }
  *n_bad = g_list_model_get_n_items (errors);

  return g_steal_pointer (&corpus);
}

const char *
pdz_tool_corpus_file_state (PdzCorpusFile *file)
{
  g_autoptr(GEnumClass) states = g_type_class_ref (PDZ_TYPE_CORPUS_FILE_STATE);

  return g_enum_get_value (states, pdz_corpus_file_get_state (file))->value_nick;
}
