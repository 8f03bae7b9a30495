/* pdz-plan-io.c: reading, writing, saving and validating plan files
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Part of PdzPlan (see pdz-plan-private.h). The codec itself is
 * pdz-json-reader.c and pdz-json-writer.c; this file turns it into the
 * public API, reads and writes files, and says which file an error is in.
 */

#include <string.h>

#include "pdz-json-private.h"
#include "pdz-plan-private.h"

/* TRUE when @message begins with a "LINE:COLUMN:" location. */
static gboolean
has_line_column (const char *message)
{
  const char *p = message;

  for (guint part = 0; part < 2; part++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
      if (*p++ != ':')
        return FALSE;
    }

  return TRUE;
}

/* Makes an error of the codec say which file it is in, as a compiler
 * would: "plan.json:3:5: unexpected ..." for a syntax error, whose message
 * begins with LINE:COLUMN:, and "plan.json: /partners/1: ..." for one that
 * begins with a JSON pointer. Errors of GLib and GIO already name the file
 * and are left alone. @display_name is UTF-8. */
static void
prefix_file_name (GError     **error,
                  const char  *display_name)
{
  if (error == NULL || *error == NULL || (*error)->domain != PDZ_ERROR)
    return;

  if (has_line_column ((*error)->message))
    g_prefix_error (error, "%s:", display_name);
  else
    g_prefix_error (error, "%s: ", display_name);
}

/**
 * pdz_plan_new_from_data:
 * @data: (type utf8): the JSON text of a plan
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for a [error@Pdz.Error]
 *
 * Reads a plan from its JSON text. The text is checked whole: a syntax
 * error, an unknown member, a bad value, a duplicate id or a dangling
 * reference fails the call, with a message that says where: it begins
 * with `LINE:COLUMN:` for a syntax error, with the JSON pointer of the
 * offending value otherwise, e.g. `/partners/1: unknown member "webiste"`.
 *
 * Returns: (transfer full): a new plan, or %NULL with @error set
 */
PdzPlan *
pdz_plan_new_from_data (const char  *data,
                        gssize       length,
                        GError     **error)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);

  return _pdz_json_read_plan (data, (gsize) length, error);
}

/**
 * pdz_plan_new_from_bytes:
 * @bytes: the JSON text of a plan
 * @error: return location for a [error@Pdz.Error]
 *
 * Reads a plan from its JSON text, like [ctor@Pdz.Plan.new_from_data].
 *
 * Returns: (transfer full): a new plan, or %NULL with @error set
 */
PdzPlan *
pdz_plan_new_from_bytes (GBytes  *bytes,
                         GError **error)
{
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);

  return _pdz_json_read_plan (data != NULL ? data : "", length, error);
}

/**
 * pdz_plan_new_from_file:
 * @path: (type filename): the path of a plan file
 * @error: return location for a [error@Pdz.Error] or a [error@GLib.FileError]
 *
 * Reads a plan from a file, like [ctor@Pdz.Plan.new_from_data]. A file
 * that cannot be read fails with the [error@GLib.FileError] that says
 * why. See [func@Pdz.Plan.load_async] to read without blocking.
 *
 * The message of a [error@Pdz.Error] begins with the display name of
 * @path, then the location in the file, as a compiler writes it:
 * `plan.json:3:5: ...` for a syntax error,
 * `plan.json: /partners/1: ...` otherwise.
 *
 * Returns: (transfer full): a new plan, or %NULL with @error set
 */
PdzPlan *
pdz_plan_new_from_file (const char  *path,
                        GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *display_name = NULL;
  gsize length = 0;
  PdzPlan *plan;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  plan = _pdz_json_read_plan (contents, length, error);
  if (plan == NULL)
    {
      display_name = g_filename_display_name (path);
      prefix_file_name (error, display_name);
    }

  return plan;
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;
  PdzPlan *plan;

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  plan = _pdz_json_read_plan (contents, length, &error);
  if (plan == NULL)
    {
      g_autofree char *display_name = g_file_get_parse_name (file);

      prefix_file_name (&error, display_name);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_pointer (task, plan, g_object_unref);
}

/**
 * pdz_plan_load_async:
 * @file: the plan file
 * @cancellable: (nullable): a [class@Gio.Cancellable], or %NULL
 * @callback: (scope async): the function to call when the plan is read
 * @user_data: the data to pass to @callback
 *
 * Reads a plan from @file in a worker thread, reading and parsing it
 * there, then calls @callback in the thread-default main context of the
 * caller; get the plan with [func@Pdz.Plan.load_finish].
 */
void
pdz_plan_load_async (GFile               *file,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, pdz_plan_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_in_thread);
}

/**
 * pdz_plan_load_finish:
 * @result: the result passed to the callback of [func@Pdz.Plan.load_async]
 * @error: return location for a [error@Pdz.Error] or a [error@Gio.IOErrorEnum]
 *
 * Gets the plan read by [func@Pdz.Plan.load_async]. A file that could not
 * be read fails with the GIO error that says why
 * (%G_IO_ERROR_CANCELLED if the load was cancelled); a file that is not a
 * valid plan, with a [error@Pdz.Error] whose message begins with the
 * parse name of the file (see [method@Gio.File.get_parse_name]) and the
 * location in it, as with [ctor@Pdz.Plan.new_from_file].
 *
 * Returns: (transfer full): a new plan, or %NULL with @error set
 */
PdzPlan *
pdz_plan_load_finish (GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, pdz_plan_load_async), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * pdz_plan_save_to_file:
 * @self: a plan
 * @path: (type filename): the path of the file to write
 * @error: return location for a [error@Pdz.Error] or a [error@GLib.FileError]
 *
 * Checks the plan with [method@Pdz.Plan.validate] and writes it to @path
 * in the canonical JSON form of [method@Pdz.Plan.to_data].
 *
 * A plan that fails the check is not written. The file is replaced
 * atomically: the text is written to a temporary file beside it, which is
 * then renamed over @path, so that a failure at any point leaves the old
 * file whole.
 *
 * Returns: %TRUE if the plan was saved, %FALSE with @error set if not
 */
gboolean
pdz_plan_save_to_file (PdzPlan     *self,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_pdz_json_validate_plan (self, error))
    return FALSE;

  data = _pdz_json_write_plan (self, &length);

  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT,
                                   0666, error);
}

/**
 * pdz_plan_to_data:
 * @self: a plan
 * @length: (out) (optional): return location for the length of the text
 *   in bytes
 *
 * Writes the plan as JSON text in canonical form: two-space indentation,
 * members in the order of the format, a final newline. The plan is not
 * checked first: see [method@Pdz.Plan.validate].
 *
 * Returns: (transfer full): the JSON text, UTF-8 and nul-terminated
 */
char *
pdz_plan_to_data (PdzPlan *self,
                  gsize   *length)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  return _pdz_json_write_plan (self, length);
}

/**
 * pdz_plan_to_bytes:
 * @self: a plan
 *
 * Writes the plan as JSON text, like [method@Pdz.Plan.to_data].
 *
 * Returns: (transfer full): the JSON text, UTF-8, without a trailing nul
 */
GBytes *
pdz_plan_to_bytes (PdzPlan *self)
{
  char *data;
  gsize length = 0;

  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);

  data = _pdz_json_write_plan (self, &length);

  return g_bytes_new_take (data, length);
}

/**
 * pdz_plan_validate:
 * @self: a plan
 * @error: return location for a [error@Pdz.Error]
 *
 * Checks what a save must not write: an empty or duplicate id (which
 * setters such as [method@Pdz.Action.set_id] can make), or a reference to
 * an entity that is not part of the plan. The error names the offending
 * value by its JSON pointer.
 *
 * Returns: %TRUE if the plan can be saved, %FALSE with @error set if not
 */
gboolean
pdz_plan_validate (PdzPlan  *self,
                   GError  **error)
{
  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _pdz_json_validate_plan (self, error);
}

