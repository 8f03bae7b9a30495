/* pdz-diff.c: what changed between two monitoring rounds of a plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The type and its API; the comparison, the summaries, the apply and the
 * JSON document have a file each (see pdz-diff-private.h).
 */

#include "pdz-diff-private.h"

#include "pdz-file-private.h"
#include "pdz-language-private.h"

#include <string.h>

/**
 * PdzDiff:
 *
 * What changed between two monitoring rounds of a plan: the question the
 * mayors ask first. Which actions were completed, which objectives
 * changed status, which extra actions appeared, which partners joined,
 * which funding arrived or was lost.
 *
 * A diff is made by comparing two plans ([method@Pdz.Plan.diff],
 * [ctor@Pdz.Diff.new_from_plans]) or read from its JSON document
 * ([ctor@Pdz.Diff.new_from_data], [func@Pdz.Diff.load]); it never changes
 * once made.
 *
 * ## Changes
 *
 * [method@Pdz.Diff.get_changes] lists the [class@Pdz.Change]s: an entity
 * added, removed or moved, or one member of it changed. Entities are
 * matched by kind and id, so a new title is a change, not a removal and an
 * addition; an action that another objective, project or bullet holds in
 * the new round has *moved*. The entities without an id (milestones,
 * participations, fundings, measurements) are matched within the list of
 * their owner: a participation by its partner (a new role is a change),
 * a funding by its source, a measurement by its date, a milestone by its
 * date or its title. The order of a list counts only where the format
 * gives it a meaning: the plan's objectives, the actions of an objective
 * or a project, the sub-actions of an action, the milestones of an
 * action; an item of both rounds out of its order there has moved. The
 * format reference, `doc/format.md` ("Comparing two rounds"), has every
 * rule.
 *
 * The changes come in the order of the new round's file; the removed
 * entities with an id come last, in the order of the old round's file.
 * The comparison takes time linear in the size of the two plans.
 *
 * ## Summaries
 *
 * The figures of what changed are [class@Pdz.StatsTable]s, counted when
 * the plans are compared and kept in the JSON document:
 * status transitions ([method@Pdz.Diff.dup_transitions], by macroarea and
 * by objective), actions, objectives and projects added or removed, new
 * extra actions, partners that joined or left by role, funding gained,
 * lost or changed by source and by status, measurements added, and the
 * number of changes by kind of entity.
 *
 * ## Applying
 *
 * [method@Pdz.Diff.apply] applies a diff to a plan, as a patch with
 * context: applying the diff of two rounds `a` and `b` to a copy of `a`
 * gives a plan whose canonical JSON is `b`'s; applied to a plan edited
 * since `a`, it keeps the edits it does not conflict with.
 *
 * ## Same plan only
 *
 * Two plans with different ids are not two rounds of one plan.
 * [method@Pdz.Plan.diff] compares any two plans and says so
 * ([property@Pdz.Diff:same-plan]); [ctor@Pdz.Diff.new_from_plans] refuses
 * them with %PDZ_ERROR_DIFFERENT_PLANS unless given
 * %PDZ_DIFF_FLAGS_FORCE, as `pdz diff` refuses them without `--force`.
 *
 * ```python
 * old = Pdz.Plan.load_path('corsichese-2022-12.json')
 * new = Pdz.Plan.load_path('corsichese-2021-2023.json')
 * diff = Pdz.Diff.new_from_plans(old, new, Pdz.DiffFlags.NONE)
 * for change in diff.get_changes():
 *     print(change.dup_display(None))
 * print(diff.dup_transitions().rows())
 * ```
 *
 * ## Threads
 *
 * A diff is used from one thread at a time, and so is a plan it is
 * applied to. See [the threads guide](threads.html).
 *
 * Since: 0.2
 */

G_DEFINE_FINAL_TYPE (PdzDiff, pdz_diff, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CHANGES,
  PROP_LANGUAGE,
  PROP_SAME_PLAN,
  PROP_OLD_ID,
  PROP_NEW_ID,
  PROP_OLD_TITLE,
  PROP_NEW_TITLE,
  PROP_OLD_ROUND_TITLE,
  PROP_NEW_ROUND_TITLE,
  PROP_OLD_ROUND_START,
  PROP_OLD_ROUND_END,
  PROP_NEW_ROUND_START,
  PROP_NEW_ROUND_END,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_pdz_diff_round_set_from_plan (PdzDiffRound *round,
                               PdzPlan      *plan)
{
  round->id = g_strdup (pdz_plan_get_id (plan));
  round->title = g_strdup (pdz_plan_get_title (plan));
  round->round_title = g_strdup (pdz_plan_get_monitoring_title (plan));
  if (pdz_plan_get_monitoring_start (plan) != NULL)
    round->round_start = pdz_date_copy (pdz_plan_get_monitoring_start (plan));
  if (pdz_plan_get_monitoring_end (plan) != NULL)
    round->round_end = pdz_date_copy (pdz_plan_get_monitoring_end (plan));
}

void
_pdz_diff_round_clear (PdzDiffRound *round)
{
  g_clear_pointer (&round->id, g_free);
  g_clear_pointer (&round->title, g_free);
  g_clear_pointer (&round->round_title, g_free);
  g_clear_pointer (&round->round_start, pdz_date_free);
  g_clear_pointer (&round->round_end, pdz_date_free);
}

static void
pdz_diff_finalize (GObject *object)
{
  PdzDiff *self = PDZ_DIFF (object);

  g_clear_object (&self->changes);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->tables, g_hash_table_unref);
  _pdz_diff_round_clear (&self->old_round);
  _pdz_diff_round_clear (&self->new_round);

  G_OBJECT_CLASS (pdz_diff_parent_class)->finalize (object);
}

static void
pdz_diff_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  PdzDiff *self = PDZ_DIFF (object);

  switch (prop_id)
    {
    case PROP_CHANGES:
      g_value_set_object (value, self->changes);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_SAME_PLAN:
      g_value_set_boolean (value, pdz_diff_get_same_plan (self));
      break;
    case PROP_OLD_ID:
      g_value_set_string (value, self->old_round.id);
      break;
    case PROP_NEW_ID:
      g_value_set_string (value, self->new_round.id);
      break;
    case PROP_OLD_TITLE:
      g_value_set_string (value, self->old_round.title);
      break;
    case PROP_NEW_TITLE:
      g_value_set_string (value, self->new_round.title);
      break;
    case PROP_OLD_ROUND_TITLE:
      g_value_set_string (value, self->old_round.round_title);
      break;
    case PROP_NEW_ROUND_TITLE:
      g_value_set_string (value, self->new_round.round_title);
      break;
    case PROP_OLD_ROUND_START:
      g_value_set_boxed (value, self->old_round.round_start);
      break;
    case PROP_OLD_ROUND_END:
      g_value_set_boxed (value, self->old_round.round_end);
      break;
    case PROP_NEW_ROUND_START:
      g_value_set_boxed (value, self->new_round.round_start);
      break;
    case PROP_NEW_ROUND_END:
      g_value_set_boxed (value, self->new_round.round_end);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
date_property (const char *name)
{
  return g_param_spec_boxed (name, NULL, NULL, PDZ_TYPE_DATE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

static void
pdz_diff_class_init (PdzDiffClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pdz_diff_finalize;
  object_class->get_property = pdz_diff_get_property;

  /**
   * PdzDiff:changes:
   *
   * The changes, a [iface@Gio.ListModel] of [class@Pdz.Change]: in the
   * order of the new round's file, then the entities with an id that were
   * removed, in the order of the old round's file. It never changes.
   *
   * Since: 0.2
   */
  properties[PROP_CHANGES] =
    g_param_spec_object ("changes", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzDiff:language:
   *
   * The language the changes are displayed in by default
   * ([method@Pdz.Change.dup_display] with %NULL): `it` or `en`, the
   * language of the new round's plan as the report resolves it (Italian
   * when the plan names none).
   *
   * Since: 0.2
   */
  properties[PROP_LANGUAGE] = string_property ("language");

  /**
   * PdzDiff:same-plan:
   *
   * Whether the two plans compared are rounds of one plan: their ids are
   * the same (two plans without an id count as the same).
   *
   * Since: 0.2
   */
  properties[PROP_SAME_PLAN] =
    g_param_spec_boolean ("same-plan", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzDiff:old-id:
   *
   * The id of the old round's plan, or %NULL if it has none.
   *
   * Since: 0.2
   */
  properties[PROP_OLD_ID] = string_property ("old-id");

  /**
   * PdzDiff:new-id:
   *
   * The id of the new round's plan, or %NULL if it has none.
   *
   * Since: 0.2
   */
  properties[PROP_NEW_ID] = string_property ("new-id");

  /**
   * PdzDiff:old-title:
   *
   * The title of the old round's plan, or %NULL if it has none.
   *
   * Since: 0.2
   */
  properties[PROP_OLD_TITLE] = string_property ("old-title");

  /**
   * PdzDiff:new-title:
   *
   * The title of the new round's plan, or %NULL if it has none.
   *
   * Since: 0.2
   */
  properties[PROP_NEW_TITLE] = string_property ("new-title");

  /**
   * PdzDiff:old-round-title:
   *
   * The title of the old monitoring round ([property@Pdz.Plan:monitoring-title]
   * of the old plan), or %NULL.
   *
   * Since: 0.2
   */
  properties[PROP_OLD_ROUND_TITLE] = string_property ("old-round-title");

  /**
   * PdzDiff:new-round-title:
   *
   * The title of the new monitoring round, or %NULL.
   *
   * Since: 0.2
   */
  properties[PROP_NEW_ROUND_TITLE] = string_property ("new-round-title");

  /**
   * PdzDiff:old-round-start:
   *
   * The start of the old monitoring round, or %NULL.
   *
   * Since: 0.2
   */
  properties[PROP_OLD_ROUND_START] = date_property ("old-round-start");

  /**
   * PdzDiff:old-round-end:
   *
   * The end of the old monitoring round, or %NULL.
   *
   * Since: 0.2
   */
  properties[PROP_OLD_ROUND_END] = date_property ("old-round-end");

  /**
   * PdzDiff:new-round-start:
   *
   * The start of the new monitoring round, or %NULL.
   *
   * Since: 0.2
   */
  properties[PROP_NEW_ROUND_START] = date_property ("new-round-start");

  /**
   * PdzDiff:new-round-end:
   *
   * The end of the new monitoring round, or %NULL.
   *
   * Since: 0.2
   */
  properties[PROP_NEW_ROUND_END] = date_property ("new-round-end");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_diff_init (PdzDiff *self)
{
  self->changes = g_list_store_new (PDZ_TYPE_CHANGE);
  self->tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

PdzDiff *
_pdz_diff_new_empty (void)
{
  return g_object_new (PDZ_TYPE_DIFF, NULL);
}

/* --- Making one ------------------------------------------------------------------ */

/* A diff read from its JSON document (pdz-diff-json.c), or NULL */
static PdzDiff *
read_diff (const char  *data,
           gsize        length,
           GError     **error)
{
  g_autoptr(PdzDiff) diff = _pdz_diff_new_empty ();

  if (!_pdz_diff_read (diff, data, length, error))
    return NULL;
  return g_steal_pointer (&diff);
}

/**
 * pdz_plan_diff:
 * @old_plan: the plan of the old round
 * @new_plan: the plan of the new round
 *
 * Compares two monitoring rounds of a plan: what changed from @old_plan
 * to @new_plan. Any two plans are compared, whatever their ids: see
 * [property@Pdz.Diff:same-plan], and [ctor@Pdz.Diff.new_from_plans] for
 * a comparison that refuses two plans that are not rounds of one.
 *
 * The diff describes the plans as they are now; it does not follow later
 * edits.
 *
 * Returns: (transfer full): what changed
 *
 * Since: 0.2
 */
PdzDiff *
pdz_plan_diff (PdzPlan *old_plan,
               PdzPlan *new_plan)
{
  PdzDiff *self;

  g_return_val_if_fail (PDZ_IS_PLAN (old_plan), NULL);
  g_return_val_if_fail (PDZ_IS_PLAN (new_plan), NULL);

  self = _pdz_diff_new_empty ();
  self->language = g_strdup (_pdz_language_resolve (NULL, new_plan));
  _pdz_diff_round_set_from_plan (&self->old_round, old_plan);
  _pdz_diff_round_set_from_plan (&self->new_round, new_plan);
  _pdz_diff_compare (self, old_plan, new_plan);
  return self;
}

/**
 * pdz_diff_new_from_plans:
 * @old_plan: the plan of the old round
 * @new_plan: the plan of the new round
 * @flags: %PDZ_DIFF_FLAGS_FORCE to compare plans whatever their ids
 * @error: return location for a [error@Pdz.Error]
 *
 * Compares two monitoring rounds of one plan, as [method@Pdz.Plan.diff]
 * does, after checking that they are rounds of one plan: two plans whose
 * ids differ (or one of which has an id and the other none) fail with
 * %PDZ_ERROR_DIFFERENT_PLANS, whose message names both ids, unless @flags
 * has %PDZ_DIFF_FLAGS_FORCE.
 *
 * Returns: (transfer full): what changed, or %NULL with @error set
 *
 * Since: 0.2
 */
PdzDiff *
pdz_diff_new_from_plans (PdzPlan       *old_plan,
                         PdzPlan       *new_plan,
                         PdzDiffFlags   flags,
                         GError       **error)
{
  const char *old_id, *new_id;

  g_return_val_if_fail (PDZ_IS_PLAN (old_plan), NULL);
  g_return_val_if_fail (PDZ_IS_PLAN (new_plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  old_id = pdz_plan_get_id (old_plan);
  new_id = pdz_plan_get_id (new_plan);
  if (!(flags & PDZ_DIFF_FLAGS_FORCE) && g_strcmp0 (old_id, new_id) != 0)
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_DIFFERENT_PLANS,
                   "the plans are not two rounds of one plan: the old one is %s%s%s, the new one %s%s%s",
                   old_id != NULL ? "\"" : "", old_id != NULL ? old_id : "without an id",
                   old_id != NULL ? "\"" : "",
                   new_id != NULL ? "\"" : "", new_id != NULL ? new_id : "without an id",
                   new_id != NULL ? "\"" : "");
      return NULL;
    }

  return pdz_plan_diff (old_plan, new_plan);
}

/**
 * pdz_diff_new_from_data:
 * @data: (type utf8): the JSON text of a diff
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @error: return location for a [error@Pdz.Error]
 *
 * Reads a diff from its JSON document (`"format": "pdz-diff"`, see
 * `doc/format.md` and `doc/pdz-diff-1.schema.json`), as strictly as a
 * plan is read: a syntax error, a member the format does not define, a
 * value of the wrong type, an entity or a value a plan would refuse, fail
 * the call with a message that says where: `LINE:COLUMN:` for a syntax
 * error, the JSON pointer of the offending value otherwise, e.g.
 * `/changes/3/new: invalid date "2023-13": …`. A document of another
 * format or version fails with %PDZ_ERROR_FORMAT.
 *
 * Returns: (transfer full): the diff, or %NULL with @error set
 *
 * Since: 0.2
 */
PdzDiff *
pdz_diff_new_from_data (const char  *data,
                        gssize       length,
                        GError     **error)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (data);
  return read_diff (data, (gsize) length, error);
}

/**
 * pdz_diff_new_from_bytes:
 * @bytes: the JSON text of a diff
 * @error: return location for a [error@Pdz.Error]
 *
 * Reads a diff from its JSON document, like [ctor@Pdz.Diff.new_from_data].
 *
 * Returns: (transfer full): the diff, or %NULL with @error set
 *
 * Since: 0.2
 */
PdzDiff *
pdz_diff_new_from_bytes (GBytes  *bytes,
                         GError **error)
{
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  return read_diff (data != NULL ? data : "", length, error);
}

/**
 * pdz_diff_load:
 * @file: a diff file
 * @cancellable: (nullable): a [class@Gio.Cancellable], or %NULL
 * @error: return location for a [error@Pdz.Error] or a [error@Gio.IOErrorEnum]
 *
 * Reads a diff from a local file, like [ctor@Pdz.Diff.new_from_data], with
 * the errors of [func@Pdz.Plan.load]: the file's name first, then the
 * location in it (`diff.json:3:5: …`, `diff.json: /changes/2: …`).
 *
 * Returns: (transfer full): the diff, or %NULL with @error set
 *
 * Since: 0.2
 */
PdzDiff *
pdz_diff_load (GFile         *file,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  PdzDiff *diff;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_pdz_file_load (file, cancellable, &contents, &length, NULL, error))
    return NULL;
  diff = read_diff (contents, length, error);
  if (diff == NULL)
    _pdz_file_prefix_error (error, file);
  return diff;
}

/**
 * pdz_diff_load_path:
 * @path: (type filename): the path of a diff file
 * @cancellable: (nullable): a [class@Gio.Cancellable], or %NULL
 * @error: return location for a [error@Pdz.Error] or a [error@Gio.IOErrorEnum]
 *
 * Reads a diff from the file at @path, as [func@Pdz.Diff.load] does.
 *
 * Returns: (transfer full): the diff, or %NULL with @error set
 *
 * Since: 0.2
 */
PdzDiff *
pdz_diff_load_path (const char    *path,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = g_file_new_for_path (path);
  return pdz_diff_load (file, cancellable, error);
}

/**
 * pdz_diff_to_data:
 * @self: a diff
 * @length: (out) (optional): return location for the length of the text
 *   in bytes
 *
 * Writes the diff as its JSON document, `{"format": "pdz-diff",
 * "version": 1, …}`, in the canonical form of the plan format (two-space
 * indentation, members in the documented order, a final newline): the
 * two rounds, the language, the changes and the summary tables. Reading
 * it back with [ctor@Pdz.Diff.new_from_data] gives a diff that writes the
 * same text.
 *
 * Returns: (transfer full): the JSON text, UTF-8 and nul-terminated
 *
 * Since: 0.2
 */
char *
pdz_diff_to_data (PdzDiff *self,
                  gsize   *length)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return _pdz_diff_write (self, length);
}

/**
 * pdz_diff_save:
 * @self: a diff
 * @file: the local file to write
 * @flags: how to save (no flags yet)
 * @cancellable: (nullable): a [class@Gio.Cancellable], or %NULL
 * @error: return location for a [error@Pdz.Error] or a [error@Gio.IOErrorEnum]
 *
 * Writes the JSON document of [method@Pdz.Diff.to_data] to @file,
 * atomically and with the checks of [method@Pdz.Plan.save].
 *
 * Returns: %TRUE if the diff was saved, %FALSE with @error set if not
 *
 * Since: 0.2
 */
gboolean
pdz_diff_save (PdzDiff       *self,
               GFile         *file,
               PdzSaveFlags   flags,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (PDZ_IS_DIFF (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = _pdz_file_get_local_path (file, error);
  if (path == NULL)
    return FALSE;
  data = _pdz_diff_write (self, &length);
  return _pdz_file_replace (path, data, length, cancellable, error);
}

/**
 * pdz_diff_save_path:
 * @self: a diff
 * @path: (type filename): the path of the file to write
 * @flags: how to save (no flags yet)
 * @cancellable: (nullable): a [class@Gio.Cancellable], or %NULL
 * @error: return location for a [error@Pdz.Error] or a [error@Gio.IOErrorEnum]
 *
 * Saves the diff to the file at @path, as [method@Pdz.Diff.save] does.
 *
 * Returns: %TRUE if the diff was saved, %FALSE with @error set if not
 *
 * Since: 0.2
 */
gboolean
pdz_diff_save_path (PdzDiff       *self,
                    const char    *path,
                    PdzSaveFlags   flags,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GFile) file = NULL;

  g_return_val_if_fail (PDZ_IS_DIFF (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  file = g_file_new_for_path (path);
  return pdz_diff_save (self, file, flags, cancellable, error);
}

/**
 * pdz_diff_apply:
 * @self: a diff
 * @plan: the plan to change
 * @error: return location for a [error@Pdz.Error]
 *
 * Applies the changes of the diff to @plan, as a patch with context: a
 * change applies where @plan holds what the diff found in the old round
 * (the entity, the value the change replaces, the owner a move leaves),
 * so that the edits made to @plan since the old round that touch nothing
 * the diff changes are kept. Applying the diff of `a` and `b` to a copy
 * of `a` gives a plan whose canonical JSON ([method@Pdz.Plan.to_data]) is
 * `b`'s; only where `b` reordered a list whose order does not count (see
 * [class@Pdz.Diff]) does it differ, by that order.
 *
 * A change whose entity or old value is not there fails the call with
 * %PDZ_ERROR_CONFLICT, whose message names the change ("change 12
 * (changed action "az-3" status): its status is completed in the plan,
 * not planned"), and @plan is left unchanged. Every change is checked
 * before any is applied; should the model still refuse one while they are
 * applied (a partner to remove that an edit made since refers to), the
 * changes already applied are undone, with the same objects, before the
 * call fails: @plan is then as it was, [property@Pdz.Plan:modified]
 * included, although its signals have been emitted along the way.
 *
 * Returns: %TRUE if the diff was applied, %FALSE with @error set if not
 *
 * Since: 0.2
 */
gboolean
pdz_diff_apply (PdzDiff  *self,
                PdzPlan  *plan,
                GError  **error)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), FALSE);
  g_return_val_if_fail (PDZ_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return _pdz_diff_apply (self, plan, error);
}

/* --- Reading one ---------------------------------------------------------------- */

/**
 * pdz_diff_get_changes:
 * @self: a diff
 *
 * Gets [property@Pdz.Diff:changes].
 *
 * Returns: (transfer none): the changes, a [iface@Gio.ListModel] of [class@Pdz.Change]
 *
 * Since: 0.2
 */
GListModel *
pdz_diff_get_changes (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return G_LIST_MODEL (self->changes);
}

/**
 * pdz_diff_is_empty:
 * @self: a diff
 *
 * Whether nothing changed: the diff of a plan with itself, or with a plan
 * equal to it, is empty.
 *
 * Returns: %TRUE if the diff has no change
 *
 * Since: 0.2
 */
gboolean
pdz_diff_is_empty (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), TRUE);

  return g_list_model_get_n_items (G_LIST_MODEL (self->changes)) == 0;
}

/**
 * pdz_diff_dup_entity_changes:
 * @self: a diff
 * @kind: a kind of entity with an id: macroarea, objective, action,
 *   project, partner or indicator
 * @id: its id
 *
 * Gets the changes of one entity, as a report marks a changed action: its
 * addition, removal or move, and the changes of its members. The changes
 * of what it holds (its participations, fundings, milestones, sub-actions)
 * are not included.
 *
 * Returns: (transfer full): a new [iface@Gio.ListModel] of [class@Pdz.Change],
 *   empty when the entity did not change
 *
 * Since: 0.2
 */
GListModel *
pdz_diff_dup_entity_changes (PdzDiff       *self,
                             PdzEntityKind  kind,
                             const char    *id)
{
  GListStore *out;

  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  out = g_list_store_new (PDZ_TYPE_CHANGE);
  PDZ_MODEL_FOREACH (self->changes, PdzChange, change)
    if (change->entity_kind == kind && g_strcmp0 (change->id, id) == 0)
      g_list_store_append (out, change);
  return G_LIST_MODEL (out);
}

/**
 * pdz_diff_get_language:
 * @self: a diff
 *
 * Gets [property@Pdz.Diff:language].
 *
 * Returns: `it` or `en`
 *
 * Since: 0.2
 */
const char *
pdz_diff_get_language (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return self->language;
}

/**
 * pdz_diff_get_same_plan:
 * @self: a diff
 *
 * Gets [property@Pdz.Diff:same-plan].
 *
 * Returns: %TRUE if the two plans have the same id
 *
 * Since: 0.2
 */
gboolean
pdz_diff_get_same_plan (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), FALSE);

  return g_strcmp0 (self->old_round.id, self->new_round.id) == 0;
}

/**
 * pdz_diff_get_old_id:
 * @self: a diff
 *
 * Gets [property@Pdz.Diff:old-id].
 *
 * Returns: (nullable): the id of the old round's plan
 *
 * Since: 0.2
 */
const char *
pdz_diff_get_old_id (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return self->old_round.id;
}

/**
 * pdz_diff_get_new_id:
 * @self: a diff
 *
 * Gets [property@Pdz.Diff:new-id].
 *
 * Returns: (nullable): the id of the new round's plan
 *
 * Since: 0.2
 */
const char *
pdz_diff_get_new_id (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return self->new_round.id;
}

/**
 * pdz_diff_get_old_title:
 * @self: a diff
 *
 * Gets [property@Pdz.Diff:old-title].
 *
 * Returns: (nullable): the title of the old round's plan
 *
 * Since: 0.2
 */
const char *
pdz_diff_get_old_title (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return self->old_round.title;
}

/**
 * pdz_diff_get_new_title:
 * @self: a diff
 *
 * Gets [property@Pdz.Diff:new-title].
 *
 * Returns: (nullable): the title of the new round's plan
 *
 * Since: 0.2
 */
const char *
pdz_diff_get_new_title (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return self->new_round.title;
}

/**
 * pdz_diff_get_old_round_title:
 * @self: a diff
 *
 * Gets [property@Pdz.Diff:old-round-title].
 *
 * Returns: (nullable): the title of the old monitoring round
 *
 * Since: 0.2
 */
const char *
pdz_diff_get_old_round_title (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return self->old_round.round_title;
}

/**
 * pdz_diff_get_new_round_title:
 * @self: a diff
 *
 * Gets [property@Pdz.Diff:new-round-title].
 *
 * Returns: (nullable): the title of the new monitoring round
 *
 * Since: 0.2
 */
const char *
pdz_diff_get_new_round_title (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return self->new_round.round_title;
}

/**
 * pdz_diff_get_old_round_start:
 * @self: a diff
 *
 * Gets [property@Pdz.Diff:old-round-start].
 *
 * Returns: (transfer none) (nullable): the start of the old monitoring round
 *
 * Since: 0.2
 */
const PdzDate *
pdz_diff_get_old_round_start (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return self->old_round.round_start;
}

/**
 * pdz_diff_get_old_round_end:
 * @self: a diff
 *
 * Gets [property@Pdz.Diff:old-round-end].
 *
 * Returns: (transfer none) (nullable): the end of the old monitoring round
 *
 * Since: 0.2
 */
const PdzDate *
pdz_diff_get_old_round_end (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return self->old_round.round_end;
}

/**
 * pdz_diff_get_new_round_start:
 * @self: a diff
 *
 * Gets [property@Pdz.Diff:new-round-start].
 *
 * Returns: (transfer none) (nullable): the start of the new monitoring round
 *
 * Since: 0.2
 */
const PdzDate *
pdz_diff_get_new_round_start (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return self->new_round.round_start;
}

/**
 * pdz_diff_get_new_round_end:
 * @self: a diff
 *
 * Gets [property@Pdz.Diff:new-round-end].
 *
 * Returns: (transfer none) (nullable): the end of the new monitoring round
 *
 * Since: 0.2
 */
const PdzDate *
pdz_diff_get_new_round_end (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return self->new_round.round_end;
}

/* --- Summaries ----------------------------------------------------------------- */

/**
 * pdz_diff_dup_table:
 * @self: a diff
 * @name: the name of a summary table: `counts`, `transitions`,
 *   `transitions-by-macroarea`, `transitions-by-objective`, `actions`,
 *   `extra-actions`, `objectives`, `projects`, `partners`,
 *   `partners-by-role`, `fundings-by-source`, `fundings-by-status`,
 *   `measurements`
 *
 * Gets a summary table by its name; each has a method of its own, which
 * documents it. Tables never change.
 *
 * Returns: (transfer full) (nullable): the table, or %NULL if there is no
 *   table of that name
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_diff_dup_table (PdzDiff    *self,
                    const char *name)
{
  PdzStatsTable *table;

  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  table = g_hash_table_lookup (self->tables, name);
  return table != NULL ? g_object_ref (table) : NULL;
}

/* Every diff has every table (empty when nothing changed). */
static PdzStatsTable *
dup_table (PdzDiff    *self,
           const char *name)
{
  PdzStatsTable *table = pdz_diff_dup_table (self, name);

  g_assert (table != NULL);
  return table;
}

/**
 * pdz_diff_dup_counts:
 * @self: a diff
 *
 * Counts the changes by kind of entity.
 *
 * One row per [enum@Pdz.EntityKind], in its order, keyed by its nick
 * (`plan`, `macroarea`, … `measurement`). Columns: `entity` (the key),
 * `added`, `removed`, `changed` (entities with at least one member
 * changed, each once), `moved` (integers). These count the changes of
 * [property@Pdz.Diff:changes]: what was added or removed with the entity
 * that holds it is part of that change, not counted apart.
 *
 * Returns: (transfer full): the table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_diff_dup_counts (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return dup_table (self, "counts");
}

/**
 * pdz_diff_dup_transitions:
 * @self: a diff
 *
 * Counts the status transitions ("previsto → concluso: 7") of the
 * actions, objectives and projects of both rounds whose status changed.
 * Actions are counted by the counting rule: bullets (the actions of
 * objectives and projects in the new round), not sub-actions.
 *
 * One row per transition that happened, keyed `FROM:TO` by the nicks of
 * the two [enum@Pdz.Status]es (`planned:completed`,
 * `not-stated:in-progress`), in the order of the statuses (not stated
 * last). Columns: `transition` (the key), `from`, `to` (strings),
 * `actions`, `objectives`, `projects` (integers).
 *
 * Returns: (transfer full): the table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_diff_dup_transitions (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return dup_table (self, "transitions");
}

/**
 * pdz_diff_dup_transitions_by_macroarea:
 * @self: a diff
 *
 * Counts the status transitions of the bullets per macroarea, by the
 * counting rule: a bullet counts under the macroarea of the objective that
 * holds it in the new round; the bullets of projects count in a row of
 * their own.
 *
 * One row per macroarea of the new round with a transition, in the plan's
 * order, keyed by its id; then a row keyed `""` for the objectives without
 * a macroarea, and one keyed `+projects` for the actions of projects, when
 * they have one. Columns: `macroarea` (the key), `group` (`macroarea`,
 * `no-macroarea` or `project-actions`), `title` (strings); `actions` (the
 * bullets whose status changed); then one integer column per transition
 * of [method@Pdz.Diff.dup_transitions] with actions, named as its key
 * (`planned:completed`).
 *
 * Returns: (transfer full): the table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_diff_dup_transitions_by_macroarea (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return dup_table (self, "transitions-by-macroarea");
}

/**
 * pdz_diff_dup_transitions_by_objective:
 * @self: a diff
 *
 * Counts the status transitions of the bullets per objective of the new
 * round, the bullets of projects in a row of their own.
 *
 * One row per objective with a transition, in the plan's order, keyed by
 * its id; then one keyed `+projects`. Columns: `objective` (the key),
 * `group` (`objective` or `project-actions`), `title`, `macroarea` (its
 * id) (strings); `actions`; then one integer column per transition, as
 * [method@Pdz.Diff.dup_transitions_by_macroarea] has them.
 *
 * Returns: (transfer full): the table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_diff_dup_transitions_by_objective (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return dup_table (self, "transitions-by-objective");
}

/**
 * pdz_diff_dup_actions:
 * @self: a diff
 *
 * Lists the actions added or removed, sub-actions and those held by an
 * objective or a project that was itself added or removed included: the
 * new ones in the order of the new round, then the removed ones in the
 * order of the old.
 *
 * Keyed by the action's id. Columns: `action` (the key), `change`
 * (`added` or `removed`), `title`, `status`, `origin` (nicks),
 * `objective` (the objective it counts under, by the counting rule; null
 * for the actions of projects), `project` (the project that holds its
 * bullet, or null), `macroarea`, `parent` (the bullet of a sub-action;
 * null for a bullet): strings, as the round that has it says.
 *
 * Returns: (transfer full): the table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_diff_dup_actions (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return dup_table (self, "actions");
}

/**
 * pdz_diff_dup_extra_actions:
 * @self: a diff
 *
 * Lists the new extra actions: the bullets of the new round whose origin
 * is extra, and which were not in the old round (`added`) or were not
 * extra there (`changed`).
 *
 * Keyed by the action's id. Columns: `action` (the key), `change`,
 * `title`, `status`, `objective`, `project`, `macroarea` (as in
 * [method@Pdz.Diff.dup_actions]), `origin-before` (the old origin's nick,
 * null for an added action): strings.
 *
 * Returns: (transfer full): the table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_diff_dup_extra_actions (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return dup_table (self, "extra-actions");
}

/**
 * pdz_diff_dup_objectives:
 * @self: a diff
 *
 * Lists the objectives added or removed, the new first.
 *
 * Keyed by the objective's id. Columns: `objective` (the key), `change`
 * (`added` or `removed`), `title`, `macroarea` (its id), `status`, `kind`
 * (nicks) (strings); `actions` (its bullets, an integer).
 *
 * Returns: (transfer full): the table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_diff_dup_objectives (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return dup_table (self, "objectives");
}

/**
 * pdz_diff_dup_projects:
 * @self: a diff
 *
 * Lists the projects added or removed, the new first.
 *
 * Keyed by the project's id. Columns: `project` (the key), `change`,
 * `title`, `status`, `scope` (strings); `actions` (its bullets, an
 * integer).
 *
 * Returns: (transfer full): the table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_diff_dup_projects (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return dup_table (self, "projects");
}

/**
 * pdz_diff_dup_partners:
 * @self: a diff
 *
 * Lists the partners that joined or left, and those that took up or gave
 * up a role. The roles of a partner are those it plays anywhere in the
 * round: in the participations of objectives, actions (sub-actions
 * included) and projects, and `lead` for the projects it leads; a
 * participation without a role counts as the role `not-stated`.
 *
 * One row per partner of the new round that is new to the plan's partners
 * (`joined`) or whose roles changed (`changed`), in the new round's order;
 * then one per partner the new round no longer has (`left`), in the old
 * round's order. Keyed by the partner's id. Columns: `partner` (the key),
 * `name`, `kind` (its nick), `change`, `roles-joined` (the roles it plays
 * now and did not), `roles-left` (the roles it played and does not),
 * `roles` (the roles it plays now; before, for a partner that left): the
 * role lists are nicks separated by commas, in the order of
 * [enum@Pdz.Role], null when empty.
 *
 * Returns: (transfer full): the table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_diff_dup_partners (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return dup_table (self, "partners");
}

/**
 * pdz_diff_dup_partners_by_role:
 * @self: a diff
 *
 * Counts the partners that joined or left each role, as
 * [method@Pdz.Diff.dup_partners] finds them.
 *
 * One row per [enum@Pdz.Role], in its order (not stated last), keyed by
 * its nick. Columns: `role` (the key), `joined`, `left` (integers).
 *
 * Returns: (transfer full): the table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_diff_dup_partners_by_role (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return dup_table (self, "partners-by-role");
}

/**
 * pdz_diff_dup_fundings_by_source:
 * @self: a diff
 *
 * Counts the fundings gained, lost or changed, per source. A funding is
 * gained when the new round has it and the old one not (a funding of an
 * added action or project included), lost the other way round, and
 * changed when both have it with another amount or status. Amounts are in
 * euro cents; an amount that is not stated adds nothing.
 *
 * One row per source, grouped without regard to case or accents under
 * the spelling met first, in the order met. Columns: `source` (the key);
 * `gained`, `amount-gained`, `lost`, `amount-lost`, `changed`,
 * `amount-before`, `amount-after` (the total of the changed fundings in
 * each round) (integers).
 *
 * Returns: (transfer full): the table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_diff_dup_fundings_by_source (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return dup_table (self, "fundings-by-source");
}

/**
 * pdz_diff_dup_fundings_by_status:
 * @self: a diff
 *
 * Counts the fundings that entered or left each status: a funding gained
 * enters its status, one lost leaves it, and one whose status changed
 * (applied for, then granted) leaves the old status and enters the new.
 *
 * One row per [enum@Pdz.FundingStatus] (`applied`, `granted`,
 * `not-funded`, `reported`, then `not-stated`), keyed by its nick.
 * Columns: `status` (the key); `gained`, `amount-gained` (their amounts
 * now), `lost`, `amount-lost` (their amounts before) (integers, cents).
 *
 * Returns: (transfer full): the table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_diff_dup_fundings_by_status (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return dup_table (self, "fundings-by-status");
}

/**
 * pdz_diff_dup_measurements:
 * @self: a diff
 *
 * Lists the indicators with measurements added since the old round (every
 * measurement of an indicator the old round did not have counts).
 *
 * One row per indicator, in the order met, keyed by its id. Columns:
 * `indicator` (the key), `title`, `unit`, `objective` (its id) (strings);
 * `measurements` (how many were added, an integer); `latest-date` (the
 * date of the latest added, a string, null when none is dated) and
 * `latest-value` (its value, a double).
 *
 * Returns: (transfer full): the table
 *
 * Since: 0.2
 */
PdzStatsTable *
pdz_diff_dup_measurements (PdzDiff *self)
{
  g_return_val_if_fail (PDZ_IS_DIFF (self), NULL);

  return dup_table (self, "measurements");
}
