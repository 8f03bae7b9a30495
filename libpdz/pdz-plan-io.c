/* pdz-plan-io.c: reading, writing, saving and validating plan files
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Part of PdzPlan (see pdz-plan-private.h). The codec itself is
 * pdz-json-reader.c and pdz-json-writer.c; this file turns it into the
 * public API, reads and writes files, and says which file an error is in.
 */

#include <string.h>

#include "pdz-file-private.h"
#include "pdz-json-private.h"
#include "pdz-plan-private.h"
#include "pdz-util-private.h"


/* Reads a plan from memory; a plan just read has no unsaved changes. */
static PdzPlan *
read_unmodified (const char  *data,
                 gsize        length,
                 GError     **error)
{
  PdzPlan *plan = _pdz_json_read_plan (data, length, NULL, error);

  if (plan != NULL)
    _pdz_plan_set_modified (plan, FALSE);
  return plan;
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

  return read_unmodified (data, (gsize) length, error);
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

  return read_unmodified (data != NULL ? data : "", length, error);
}

/* Reads @file as a plan, the errors naming it. */
static PdzPlan *
load_file (GFile         *file,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autofree char *contents = NULL;
  g_autoptr(PdzFileStamp) stamp = NULL;
  gsize length = 0;
  PdzPlan *plan;

  if (!_pdz_file_load (file, cancellable, &contents, &length, &stamp, error))
    return NULL;

  plan = _pdz_json_read_plan (contents, length, cancellable, error);
  if (plan == NULL)
    {
      _pdz_file_prefix_error (error, file);
      return NULL;
    }

  _pdz_plan_set_modified (plan, FALSE);
  _pdz_plan_take_file_stamp (plan, g_steal_pointer (&stamp));
  return plan;
}

/**
 * pdz_plan_load:
 * @file: a plan file
 * @cancellable: (nullable): a [class@Gio.Cancellable], or %NULL
 * @error: return location for a [error@Pdz.Error] or a [error@Gio.IOErrorEnum]
 *
 * Reads a plan from a local file, like [ctor@Pdz.Plan.new_from_data]. See
 * [func@Pdz.Plan.load_async] to read without blocking.
 *
 * A file that cannot be read fails with the [error@Gio.IOErrorEnum] that
 * says why (%G_IO_ERROR_NOT_FOUND for a missing file), whose message
 * names the file; so does one that is not a regular file (a directory, a
 * FIFO, a device). A URI that is not a local file fails with
 * %PDZ_ERROR_UNSUPPORTED, naming it. A file that is not a valid plan fails
 * with a [error@Pdz.Error] whose message begins with the parse name of
 * @file (see [method@Gio.File.get_parse_name]), then the location in the
 * file, as a compiler writes it: `plan.json:3:5: ...` for a syntax error,
 * `plan.json: /partners/1: ...` otherwise.
 *
 * The plan is not [property@Pdz.Plan:modified].
 *
 * Returns: (transfer full): a new plan, or %NULL with @error set
 *
 * Since: 0.2
 */
PdzPlan *
pdz_plan_load (GFile         *file,
               GCancellable  *cancellable,
               GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_file (file, cancellable, error);
}

/**
 * pdz_plan_load_path:
 * @path: (type filename): the path of a plan file
 * @cancellable: (nullable): a [class@Gio.Cancellable], or %NULL
 * @error: return location for a [error@Pdz.Error] or a [error@Gio.IOErrorEnum]
 *
 * Reads a plan from the file at @path, as [func@Pdz.Plan.load] does.
 *
 * Returns: (transfer full): a new plan, or %NULL with @error set
 *
 * Since: 0.2
 */
PdzPlan *
pdz_plan_load_path (const char    *path,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = g_file_new_for_path (path);
  return load_file (file, cancellable, error);
}

/**
 * pdz_plan_new_from_file:
 * @path: (type filename): the path of a plan file
 * @error: return location for a [error@Pdz.Error] or a [error@Gio.IOErrorEnum]
 *
 * Reads a plan from a file: the same as [func@Pdz.Plan.load_path] without
 * a cancellable.
 *
 * Returns: (transfer full): a new plan, or %NULL with @error set
 *
 * Deprecated: 0.2: Use [func@Pdz.Plan.load_path], or
 *   [func@Pdz.Plan.load] for a [iface@Gio.File].
 */
PdzPlan *
pdz_plan_new_from_file (const char  *path,
                        GError     **error)
{
  return pdz_plan_load_path (path, NULL, error);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  PdzPlan *plan;

  _pdz_thread_acquire (task);
  plan = load_file (task_data, cancellable, &error);
  _pdz_thread_release (task);
  if (plan == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, plan, g_object_unref);
}

/* GLib publishes a class to the other threads with an atomic, after its
 * class_init (ours included) ran in whichever thread used it first. Made
 * here, in the giving thread, before a hand-off, the classes of every
 * object a worker thread makes (a plan and its entities) have their
 * class_init ordered by the hand-off too (doc/threads.md). */
void
_pdz_plan_prepare_threads (void)
{
  GType types[] = {
    PDZ_TYPE_PLAN, PDZ_TYPE_MACROAREA, PDZ_TYPE_OBJECTIVE, PDZ_TYPE_ACTION,
    PDZ_TYPE_MILESTONE, PDZ_TYPE_PROJECT, PDZ_TYPE_PARTNER, PDZ_TYPE_PARTICIPATION,
    PDZ_TYPE_FUNDING, PDZ_TYPE_INDICATOR, PDZ_TYPE_MEASUREMENT, PDZ_TYPE_LIST,
    PDZ_TYPE_DIAGNOSTIC, PDZ_TYPE_CORPUS_FILE, PDZ_TYPE_STATS, PDZ_TYPE_STATS_TABLE,
    PDZ_TYPE_STATS_ROW, PDZ_TYPE_QUERY,
  };

  /* Static types: their classes live on after the unref. */
  for (gsize i = 0; i < G_N_ELEMENTS (types); i++)
    g_type_class_unref (g_type_class_ref (types[i]));
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
  _pdz_plan_prepare_threads ();
  _pdz_thread_release (task);
  g_task_run_in_thread (task, load_in_thread);
}

/**
 * pdz_plan_load_finish:
 * @result: the result passed to the callback of [func@Pdz.Plan.load_async]
 * @error: return location for a [error@Pdz.Error] or a [error@Gio.IOErrorEnum]
 *
 * Gets the plan read by [func@Pdz.Plan.load_async], with the same errors
 * as [func@Pdz.Plan.load] (%G_IO_ERROR_CANCELLED if the load was
 * cancelled).
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

  _pdz_thread_acquire (result);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * pdz_plan_save:
 * @self: a plan
 * @file: the local file to write
 * @flags: how to save
 * @cancellable: (nullable): a [class@Gio.Cancellable], or %NULL
 * @error: return location for a [error@Pdz.Error] or a [error@Gio.IOErrorEnum]
 *
 * Checks the plan with [method@Pdz.Plan.validate] and writes it to @file
 * in the canonical JSON form of [method@Pdz.Plan.to_data]. A plan that
 * fails the check is not written.
 *
 * The file is replaced atomically: the text is written to a temporary file
 * beside it, which is then renamed over it, so that a failure at any
 * point leaves the old file whole and no temporary file behind. A symbolic
 * link is followed, and its target replaced; the file keeps its
 * permissions and, where the process may set them, its owner. A file that
 * is read-only (by its permission bits, even for root), a directory, or
 * not a regular file is refused; so is a @file whose directory does not
 * exist. Errors are [error@Gio.IOErrorEnum]s whose message names @file,
 * never the temporary file. A URI that is not a local file fails with
 * %PDZ_ERROR_UNSUPPORTED. A temporary file that an interrupted save of
 * the same file left behind is removed.
 *
 * A plan remembers the file it was loaded from or last saved to. Saving
 * back over that file fails with %PDZ_ERROR_CONFLICT when the file changed
 * on disk since (another program saved it), so that its edit is not lost
 * without a word; a file with more than one hard link, which the rename
 * would break, fails with %PDZ_ERROR_UNSUPPORTED. %PDZ_SAVE_FLAGS_FORCE
 * saves in both cases.
 *
 * After a save, the plan is not [property@Pdz.Plan:modified], and it
 * remembers @file as the one it was saved to.
 *
 * Returns: %TRUE if the plan was saved, %FALSE with @error set if not
 *
 * Since: 0.2
 */
gboolean
pdz_plan_save (PdzPlan       *self,
               GFile         *file,
               PdzSaveFlags   flags,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autoptr(PdzFileStamp) stamp = NULL;
  gsize length = 0;

  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = _pdz_file_get_local_path (file, error);
  if (path == NULL)
    return FALSE;

  if (!_pdz_json_validate_plan (self, error))
    return FALSE;

  data = _pdz_json_write_plan (self, &length);
  if (!_pdz_file_save (path, data, length, self->file_stamp, flags, &stamp,
                       cancellable, error))
    return FALSE;

  _pdz_plan_take_file_stamp (self, g_steal_pointer (&stamp));
  _pdz_plan_set_modified (self, FALSE);
  return TRUE;
}

/**
 * pdz_plan_save_path:
 * @self: a plan
 * @path: (type filename): the path of the file to write
 * @flags: how to save
 * @cancellable: (nullable): a [class@Gio.Cancellable], or %NULL
 * @error: return location for a [error@Pdz.Error] or a [error@Gio.IOErrorEnum]
 *
 * Saves the plan to the file at @path, as [method@Pdz.Plan.save] does.
 *
 * Returns: %TRUE if the plan was saved, %FALSE with @error set if not
 *
 * Since: 0.2
 */
gboolean
pdz_plan_save_path (PdzPlan       *self,
                    const char    *path,
                    PdzSaveFlags   flags,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (PDZ_IS_PLAN (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  file = g_file_new_for_path (path);
  return pdz_plan_save (self, file, flags, cancellable, error);
}

/**
 * pdz_plan_save_to_file:
 * @self: a plan
 * @path: (type filename): the path of the file to write
 * @error: return location for a [error@Pdz.Error] or a [error@Gio.IOErrorEnum]
 *
 * Saves the plan to the file at @path: the same as
 * [method@Pdz.Plan.save_path] with no flags and no cancellable.
 *
 * Returns: %TRUE if the plan was saved, %FALSE with @error set if not
 *
 * Deprecated: 0.2: Use [method@Pdz.Plan.save_path], or
 *   [method@Pdz.Plan.save] for a [iface@Gio.File].
 */
gboolean
pdz_plan_save_to_file (PdzPlan     *self,
                       const char  *path,
                       GError     **error)
{
  return pdz_plan_save_path (self, path, PDZ_SAVE_FLAGS_NONE, NULL, error);
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
 * pdz_entity_to_data:
 * @entity: a plan, or one of the entities of a plan: a partner,
 *   macroarea, objective, action, milestone, project, participation,
 *   funding, indicator or measurement
 * @length: (out) (optional): return location for the length of the text
 *   in bytes
 *
 * Writes @entity as the JSON object it is in the canonical form of the
 * plan format (see [method@Pdz.Plan.to_data]), with its children, and
 * the entities it refers to written as their ids. This is the JSON text of
 * any entity, for the bindings' dictionaries and for applications that
 * show or copy one entity.
 *
 * Returns: (transfer full): the JSON text, UTF-8 and nul-terminated,
 *   ending in a newline
 *
 * Since: 0.2
 */
char *
pdz_entity_to_data (GObject *entity,
                    gsize   *length)
{
  g_return_val_if_fail (PDZ_IS_PLAN (entity) || PDZ_IS_PARTNER (entity) ||
                        PDZ_IS_MACROAREA (entity) || PDZ_IS_OBJECTIVE (entity) ||
                        PDZ_IS_ACTION (entity) || PDZ_IS_MILESTONE (entity) ||
                        PDZ_IS_PROJECT (entity) || PDZ_IS_PARTICIPATION (entity) ||
                        PDZ_IS_FUNDING (entity) || PDZ_IS_INDICATOR (entity) ||
                        PDZ_IS_MEASUREMENT (entity), NULL);

  return _pdz_json_write_entity (entity, length);
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

