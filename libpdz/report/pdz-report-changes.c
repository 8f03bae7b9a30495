/* pdz-report-changes.c: what changed since the previous monitoring round
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A report with a previous round (PdzReport:since) compares it with its
 * plan through PdzDiff, once, in the context, and shows what the diff
 * says: the section "Cosa è cambiato dal monitoraggio precedente" of the
 * document (HTML, Markdown, PDF, and the slides of the deck), the marks of
 * the changed actions in the sections of the macroareas, and the table of
 * changes of CSV and XLSX. Every count and amount is a cell of the diff's
 * summary tables (pdz_diff_dup_transitions() and the others); the lists of
 * actions completed and the marks read the diff's changes. Nothing is
 * counted here.
 */

#include "pdz-report-sections-private.h"

/* The changes of the diff ---------------------------------------------------- */

/* Whether @change is the change of an action's status; its two statuses */
static gboolean
action_status_change (PdzChange *change,
                      PdzStatus *old_status,
                      PdzStatus *new_status)
{
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_auto(GValue) new_value = G_VALUE_INIT;

  if (pdz_change_get_kind (change) != PDZ_CHANGE_KIND_CHANGED ||
      pdz_change_get_entity_kind (change) != PDZ_ENTITY_KIND_ACTION ||
      g_strcmp0 (pdz_change_get_member (change), "status") != 0)
    return FALSE;
  if (!pdz_change_get_old_value (change, &old_value) || !pdz_change_get_new_value (change, &new_value) ||
      !G_VALUE_HOLDS_ENUM (&old_value) || !G_VALUE_HOLDS_ENUM (&new_value))
    return FALSE;

  *old_status = g_value_get_enum (&old_value);
  *new_status = g_value_get_enum (&new_value);
  return TRUE;
}

/* The status whose nick is @nick; not stated for another */
static PdzStatus
status_of_nick (const char *nick)
{
  int value;

  if (nick == NULL || !_pdz_enum_from_nick (PDZ_TYPE_STATUS, nick, &value))
    return PDZ_STATUS_NOT_STATED;
  return value;
}

/* "previsto → concluso" */
static char *
transition_text (const PdzReportContext *ctx,
                 PdzStatsRow            *row)
{
  return g_strdup_printf ("%s → %s",
                          _pdz_report_status_label (ctx, status_of_nick (pdz_stats_row_get_string (row, "from")), FALSE),
                          _pdz_report_status_label (ctx, status_of_nick (pdz_stats_row_get_string (row, "to")), FALSE));
}

/* The changes of status to completed of the bullets of the new round,
 * in the order of the changes: those the transitions count (transfer
 * container) (element-type PdzChange) */
static GPtrArray *
completed_changes (const PdzReportContext *ctx)
{
  GPtrArray *changes = g_ptr_array_new ();

  PDZ_MODEL_FOREACH (pdz_diff_get_changes (ctx->diff), PdzChange, change)
    {
      PdzStatus old_status, new_status;
      PdzAction *action;

      if (!action_status_change (change, &old_status, &new_status) || new_status != PDZ_STATUS_COMPLETED)
        continue;
      action = pdz_plan_lookup_action (ctx->plan, pdz_change_get_id (change));
      if (action != NULL && pdz_action_get_parent (action) == NULL)
        g_ptr_array_add (changes, change);
    }
  return changes;
}

/* The marks of the actions --------------------------------------------------- */

static void
add_mark (GHashTable *marks,
          const char *id,
          char       *text)
{
  GPtrArray *list;

  if (id == NULL)
    {
      g_free (text);
      return;
    }
  list = g_hash_table_lookup (marks, id);
  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (marks, g_strdup (id), list);
    }
  g_ptr_array_add (list, text);
}

gboolean
_pdz_report_changes_prepare (PdzReportContext  *ctx,
                             PdzPlan           *since,
                             PdzDiffFlags       flags,
                             GError           **error)
{
  g_autoptr(PdzStatsTable) actions = NULL;

  ctx->diff = pdz_diff_new_from_plans (since, ctx->plan, flags, error);
  if (ctx->diff == NULL)
    return FALSE;

  ctx->change_marks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);

  /* new: the actions the diff lists as added */
  actions = pdz_diff_dup_actions (ctx->diff);
  PDZ_MODEL_FOREACH (actions, PdzStatsRow, row)
    {
      if (g_strcmp0 (pdz_stats_row_get_string (row, "change"), "added") == 0)
        add_mark (ctx->change_marks, pdz_stats_row_get_key (row),
                  g_strdup (_pdz_report_msg (ctx, PDZ_MSG_CHANGE_MARK_NEW)));
    }

  /* "concluso da previsto", "spostato" */
  PDZ_MODEL_FOREACH (pdz_diff_get_changes (ctx->diff), PdzChange, change)
    {
      PdzStatus old_status, new_status;

      if (action_status_change (change, &old_status, &new_status))
        add_mark (ctx->change_marks, pdz_change_get_id (change),
                  _pdz_report_msgf (ctx, PDZ_MSG_CHANGE_MARK_STATUS,
                                    _pdz_report_status_label (ctx, new_status, FALSE),
                                    _pdz_report_status_label (ctx, old_status, FALSE)));
      else if (pdz_change_get_kind (change) == PDZ_CHANGE_KIND_MOVED &&
               pdz_change_get_entity_kind (change) == PDZ_ENTITY_KIND_ACTION)
        add_mark (ctx->change_marks, pdz_change_get_id (change),
                  g_strdup (_pdz_report_msg (ctx, PDZ_MSG_CHANGE_MARK_MOVED)));
    }

  return TRUE;
}

GPtrArray *
_pdz_report_change_marks (const PdzReportContext *ctx,
                          PdzAction              *action)
{
  if (ctx->change_marks == NULL || pdz_action_get_id (action) == NULL)
    return NULL;
  return g_hash_table_lookup (ctx->change_marks, pdz_action_get_id (action));
}

/* The section of the document --------------------------------------------- */

/* "Monitoraggio dicembre 2022 (Gennaio 2022 – Dicembre 2022)" */
static char *
old_round_text (const PdzReportContext *ctx)
{
  PdzDiff *diff = ctx->diff;
  const char *title = pdz_diff_get_old_round_title (diff);
  g_autofree char *span = _pdz_report_format_span (ctx, pdz_diff_get_old_round_start (diff),
                                                   pdz_diff_get_old_round_end (diff));

  if (title == NULL || *title == '\0')
    title = _pdz_report_text_or (pdz_diff_get_old_title (diff), pdz_diff_get_old_id (diff));
  if (span == NULL)
    return g_strdup (title);
  return g_strdup_printf ("%s (%s)", title, span);
}

static gboolean
table_is_empty (PdzStatsTable *table)
{
  return g_list_model_get_n_items (G_LIST_MODEL (table)) == 0;
}

/* A part of the section that is a table: its heading (with @anchor), then
 * a table of class @klass, a text column and three numeric ones */
static PdzReportBlock *
add_part_table (PdzReportBuilder *b,
                const char       *anchor,
                PdzMsg            heading,
                const char       *klass,
                const PdzMsg      columns[4])
{
  const PdzReportContext *ctx = b->ctx;

  _pdz_doc_add_heading_text (b, 3, anchor, _pdz_report_msg (ctx, heading));
  return _pdz_doc_add_table (b, klass,
                             _pdz_report_msg (ctx, columns[0]), FALSE,
                             _pdz_report_msg (ctx, columns[1]), TRUE,
                             _pdz_report_msg (ctx, columns[2]), TRUE,
                             _pdz_report_msg (ctx, columns[3]), TRUE,
                             NULL);
}

static void
build_transitions (PdzReportBuilder *b,
                   PdzStatsTable    *transitions)
{
  static const PdzMsg columns[4] = {
    PDZ_MSG_CHANGES_TRANSITION, PDZ_MSG_ACTIONS, PDZ_MSG_OBJECTIVES, PDZ_MSG_PROJECTS,
  };
  const PdzReportContext *ctx = b->ctx;
  PdzReportBlock *table = add_part_table (b, "changes-transitions", PDZ_MSG_CHANGES_TRANSITIONS,
                                          "transitions", columns);

  PDZ_MODEL_FOREACH (transitions, PdzStatsRow, row)
    {
      GPtrArray *cells = _pdz_doc_table_add_row (table);
      g_autofree char *text = transition_text (ctx, row);

      _pdz_doc_row_add_text (cells, text);
      _pdz_doc_row_add_count (b, cells, pdz_stats_row_get_int (row, "actions"));
      _pdz_doc_row_add_count (b, cells, pdz_stats_row_get_int (row, "objectives"));
      _pdz_doc_row_add_count (b, cells, pdz_stats_row_get_int (row, "projects"));
    }
}

/* An action of a list: its title, its status when @status_nick is not
 * NULL, then the objective or project that holds it (or the bullet of a
 * sub-action), linked when the report has it */
static GPtrArray *
action_line (PdzReportBuilder *b,
             PdzAction        *action,
             const char       *title,
             const char       *id,
             const char       *status_nick)
{
  GPtrArray *ils = _pdz_doc_inlines_new ();

  _pdz_doc_add_text (ils, _pdz_report_text_or (title, id));
  if (status_nick != NULL)
    {
      _pdz_doc_add_text (ils, " ");
      _pdz_doc_add_status_badge (b, ils, status_of_nick (status_nick), TRUE);
    }
  if (action == NULL)
    return ils;

  if (pdz_action_get_parent (action) != NULL)
    {
      PdzAction *parent = pdz_action_get_parent (action);
      g_autofree char *in = _pdz_report_msgf (b->ctx, PDZ_MSG_CHANGES_WAS,
                                              _pdz_report_text_or (pdz_action_get_title (parent),
                                                                   pdz_action_get_id (parent)));

      _pdz_doc_add_text (ils, " — ");
      _pdz_doc_add_text (ils, in);
    }
  else if (pdz_action_get_objective (action) != NULL)
    {
      PdzObjective *o = pdz_action_get_objective (action);

      _pdz_doc_add_separator (ils);
      _pdz_doc_add_label (ils, _pdz_report_msg (b->ctx, PDZ_MSG_OBJECTIVE));
      _pdz_doc_add_ref (b, ils, o, _pdz_report_text_or (pdz_objective_get_title (o), pdz_objective_get_id (o)));
    }
  else if (pdz_action_get_project (action) != NULL)
    {
      PdzProject *p = pdz_action_get_project (action);

      _pdz_doc_add_separator (ils);
      _pdz_doc_add_label (ils, _pdz_report_msg (b->ctx, PDZ_MSG_PROJECT));
      _pdz_doc_add_ref (b, ils, p, _pdz_report_text_or (pdz_project_get_title (p), pdz_project_get_id (p)));
    }
  return ils;
}

static void
build_completed (PdzReportBuilder *b,
                 GPtrArray        *completed)
{
  PdzReportBlock *list;

  _pdz_doc_add_heading_text (b, 3, "changes-completed", _pdz_report_msg (b->ctx, PDZ_MSG_CHANGES_COMPLETED));
  list = _pdz_doc_add_list (b, "changes");
  for (guint i = 0; i < completed->len; i++)
    {
      PdzAction *action = pdz_plan_lookup_action (b->ctx->plan, pdz_change_get_id (completed->pdata[i]));

      _pdz_doc_list_add_item (list, action_line (b, action, pdz_action_get_title (action),
                                                 pdz_action_get_id (action), NULL));
    }
}

/* The rows of @actions (of pdz_diff_dup_actions() or _extra_actions())
 * whose change is @change (NULL for every row), as a list under @heading;
 * nothing when there is none */
static void
build_action_rows (PdzReportBuilder *b,
                   PdzStatsTable    *actions,
                   const char       *change,
                   const char       *anchor,
                   PdzMsg            heading)
{
  PdzReportBlock *list = NULL;

  PDZ_MODEL_FOREACH (actions, PdzStatsRow, row)
    {
      const char *id = pdz_stats_row_get_key (row);
      gboolean removed = g_strcmp0 (pdz_stats_row_get_string (row, "change"), "removed") == 0;
      PdzAction *action = removed ? NULL : pdz_plan_lookup_action (b->ctx->plan, id);
      GPtrArray *ils;

      if (change != NULL && g_strcmp0 (pdz_stats_row_get_string (row, "change"), change) != 0)
        continue;
      if (list == NULL)
        {
          _pdz_doc_add_heading_text (b, 3, anchor, _pdz_report_msg (b->ctx, heading));
          list = _pdz_doc_add_list (b, "changes");
        }
      ils = action_line (b, action, pdz_stats_row_get_string (row, "title"), id,
                         pdz_stats_row_get_string (row, "status"));
      _pdz_doc_list_add_item (list, ils);
    }
}

static void
build_partners (PdzReportBuilder *b,
                PdzStatsTable    *partners)
{
  const PdzReportContext *ctx = b->ctx;
  PdzReportBlock *list;

  _pdz_doc_add_heading_text (b, 3, "changes-partners", _pdz_report_msg (ctx, PDZ_MSG_CHANGES_PARTNERS));
  list = _pdz_doc_add_list (b, "changes");
  PDZ_MODEL_FOREACH (partners, PdzStatsRow, row)
    {
      const char *change = pdz_stats_row_get_string (row, "change");
      GPtrArray *ils = _pdz_doc_inlines_new ();
      g_autofree char *joined = _pdz_report_roles_column (ctx, row, "roles-joined");
      g_autofree char *left = _pdz_report_roles_column (ctx, row, "roles-left");
      PdzMsg what = g_strcmp0 (change, "joined") == 0 ? PDZ_MSG_CHANGES_PARTNER_JOINED
                    : g_strcmp0 (change, "left") == 0 ? PDZ_MSG_CHANGES_PARTNER_LEFT
                    : PDZ_MSG_CHANGES_PARTNER_CHANGED;

      _pdz_doc_add_strong (ils, _pdz_report_text_or (pdz_stats_row_get_string (row, "name"),
                                                     pdz_stats_row_get_key (row)));
      _pdz_doc_add_text (ils, ": ");
      _pdz_doc_add_text (ils, _pdz_report_msg (ctx, what));
      if (*joined != '\0')
        _pdz_doc_add_field (ils, _pdz_report_msg (ctx, PDZ_MSG_CHANGES_ROLES_JOINED), joined);
      if (*left != '\0')
        _pdz_doc_add_field (ils, _pdz_report_msg (ctx, PDZ_MSG_CHANGES_ROLES_LEFT), left);
      _pdz_doc_list_add_item (list, ils);
    }
}

/* "2 · € 10.000,00": a count of fundings and their amount, when stated */
static char *
count_and_amount (const PdzReportContext *ctx,
                  gint64                  count,
                  gint64                  amount)
{
  g_autofree char *n = _pdz_report_format_count (ctx, (guint64) MAX (count, 0));
  g_autofree char *a = NULL;

  if (count == 0)
    return g_strdup ("");
  if (amount <= 0)
    return g_steal_pointer (&n);
  a = _pdz_report_format_amount (ctx, amount);
  return g_strdup_printf ("%s · %s", n, a);
}

static void
build_funding (PdzReportBuilder *b,
               PdzStatsTable    *sources)
{
  static const PdzMsg columns[4] = {
    PDZ_MSG_SOURCE, PDZ_MSG_CHANGES_GAINED, PDZ_MSG_CHANGES_LOST, PDZ_MSG_CHANGES_CHANGED,
  };
  const PdzReportContext *ctx = b->ctx;
  PdzReportBlock *table = add_part_table (b, "changes-funding", PDZ_MSG_CHANGES_FUNDING,
                                          "changes-funding", columns);
  PDZ_MODEL_FOREACH (sources, PdzStatsRow, row)
    {
      GPtrArray *cells = _pdz_doc_table_add_row (table);
      g_autofree char *gained = count_and_amount (ctx, pdz_stats_row_get_int (row, "gained"),
                                                  pdz_stats_row_get_int (row, "amount-gained"));
      g_autofree char *lost = count_and_amount (ctx, pdz_stats_row_get_int (row, "lost"),
                                                pdz_stats_row_get_int (row, "amount-lost"));
      g_autofree char *changed = NULL;
      gint64 n_changed = pdz_stats_row_get_int (row, "changed");

      if (n_changed > 0)
        {
          g_autofree char *n = _pdz_report_format_count (ctx, (guint64) n_changed);
          g_autofree char *before = _pdz_report_format_amount (ctx, pdz_stats_row_get_int (row, "amount-before"));
          g_autofree char *after = _pdz_report_format_amount (ctx, pdz_stats_row_get_int (row, "amount-after"));

          changed = g_strdup_printf ("%s · %s → %s", n, before, after);
        }
      _pdz_doc_row_add_text (cells, _pdz_report_text_or (pdz_stats_row_get_key (row), NULL));
      _pdz_doc_row_add_text (cells, gained);
      _pdz_doc_row_add_text (cells, lost);
      _pdz_doc_row_add_text (cells, changed != NULL ? changed : "");
    }
}

void
_pdz_doc_build_changes (PdzReportBuilder *b)
{
  const PdzReportContext *ctx = b->ctx;
  g_autoptr(PdzStatsTable) transitions = NULL;
  g_autoptr(PdzStatsTable) actions = NULL;
  g_autoptr(PdzStatsTable) extra = NULL;
  g_autoptr(PdzStatsTable) partners = NULL;
  g_autoptr(PdzStatsTable) sources = NULL;
  g_autoptr(GPtrArray) completed = NULL;
  g_autofree char *old_round = NULL;

  if (ctx->diff == NULL)
    return;

  transitions = pdz_diff_dup_transitions (ctx->diff);
  actions = pdz_diff_dup_actions (ctx->diff);
  extra = pdz_diff_dup_extra_actions (ctx->diff);
  partners = pdz_diff_dup_partners (ctx->diff);
  sources = pdz_diff_dup_fundings_by_source (ctx->diff);
  completed = completed_changes (ctx);
  old_round = old_round_text (ctx);

  _pdz_doc_begin_section (b, "changes");
  _pdz_doc_add_heading_text (b, 2, "changes", _pdz_report_msg (ctx, PDZ_MSG_CHANGES));
  _pdz_doc_add_paragraph (b, "lead", _pdz_doc_inlines_text_take (_pdz_report_msgf (ctx, PDZ_MSG_CHANGES_INTRO,
                                                                                 old_round)));

  if (table_is_empty (transitions) && table_is_empty (actions) && table_is_empty (extra) &&
      table_is_empty (partners) && table_is_empty (sources))
    {
      _pdz_doc_add_paragraph (b, "empty", _pdz_doc_inlines_text (_pdz_report_msg (ctx, PDZ_MSG_CHANGES_NONE)));
      _pdz_doc_end_section (b);
      return;
    }

  if (!table_is_empty (transitions))
    build_transitions (b, transitions);
  if (completed->len > 0)
    build_completed (b, completed);
  build_action_rows (b, actions, "added", "changes-added", PDZ_MSG_CHANGES_ADDED);
  build_action_rows (b, extra, NULL, "changes-extra", PDZ_MSG_CHANGES_EXTRA);
  build_action_rows (b, actions, "removed", "changes-removed", PDZ_MSG_CHANGES_REMOVED);
  if (!table_is_empty (partners))
    build_partners (b, partners);
  if (!table_is_empty (sources))
    build_funding (b, sources);

  _pdz_doc_end_section (b);
}

/* The table of CSV and XLSX ------------------------------------------------ */

static void
change_row_free (PdzReportChangeRow *row)
{
  g_free (row->id);
  g_free (row->title);
  g_free (row->before);
  g_free (row->after);
  g_free (row);
}

static PdzReportChangeRow *
add_row (GPtrArray  *rows,
         PdzMsg      what,
         const char *id,
         const char *title)
{
  PdzReportChangeRow *row = g_new0 (PdzReportChangeRow, 1);

  row->what = what;
  row->id = g_strdup (id);
  row->title = g_strdup (title);
  row->count = -1;
  row->amount_before = -1;
  row->amount_after = -1;
  g_ptr_array_add (rows, row);
  return row;
}

static char *
status_label_of_nick (const PdzReportContext *ctx,
                      const char             *nick)
{
  return nick != NULL ? g_strdup (_pdz_report_status_label (ctx, status_of_nick (nick), TRUE)) : NULL;
}

static void
action_rows (const PdzReportContext *ctx,
             GPtrArray              *rows,
             PdzStatsTable          *actions,
             const char             *change,
             PdzMsg                  what)
{
  PDZ_MODEL_FOREACH (actions, PdzStatsRow, r)
    {
      const char *status = pdz_stats_row_get_string (r, "status");
      PdzReportChangeRow *row;

      if (change != NULL && g_strcmp0 (pdz_stats_row_get_string (r, "change"), change) != 0)
        continue;
      row = add_row (rows, what, pdz_stats_row_get_key (r), pdz_stats_row_get_string (r, "title"));
      if (g_strcmp0 (pdz_stats_row_get_string (r, "change"), "removed") == 0)
        row->before = status_label_of_nick (ctx, status);
      else
        row->after = status_label_of_nick (ctx, status);
    }
}

GPtrArray *
_pdz_report_change_rows (const PdzReportContext *ctx)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) change_row_free);
  g_autoptr(PdzStatsTable) transitions = NULL;
  g_autoptr(PdzStatsTable) actions = NULL;
  g_autoptr(PdzStatsTable) extra = NULL;
  g_autoptr(PdzStatsTable) partners = NULL;
  g_autoptr(PdzStatsTable) sources = NULL;
  static const struct {
    const char *column;
    PdzMsg kind;
  } transition_columns[] = {
    { "actions", PDZ_MSG_ACTIONS },
    { "objectives", PDZ_MSG_OBJECTIVES },
    { "projects", PDZ_MSG_PROJECTS },
  };

  if (ctx->diff == NULL)
    return rows;

  transitions = pdz_diff_dup_transitions (ctx->diff);
  actions = pdz_diff_dup_actions (ctx->diff);
  extra = pdz_diff_dup_extra_actions (ctx->diff);
  partners = pdz_diff_dup_partners (ctx->diff);
  sources = pdz_diff_dup_fundings_by_source (ctx->diff);

  /* the transitions, one row per kind of entity that made one */
  PDZ_MODEL_FOREACH (transitions, PdzStatsRow, r)
    {
      for (guint c = 0; c < G_N_ELEMENTS (transition_columns); c++)
        {
          gint64 n = pdz_stats_row_get_int (r, transition_columns[c].column);
          PdzReportChangeRow *row;

          if (n == 0)
            continue;
          row = add_row (rows, PDZ_MSG_CHANGE_ROW_TRANSITION, pdz_stats_row_get_key (r),
                         _pdz_report_msg (ctx, transition_columns[c].kind));
          row->before = g_strdup (_pdz_report_status_label (ctx, status_of_nick (pdz_stats_row_get_string (r, "from")), FALSE));
          row->after = g_strdup (_pdz_report_status_label (ctx, status_of_nick (pdz_stats_row_get_string (r, "to")), FALSE));
          row->count = n;
        }
    }

  /* the actions completed */
  {
    g_autoptr(GPtrArray) completed = completed_changes (ctx);

    for (guint i = 0; i < completed->len; i++)
      {
        PdzChange *change = completed->pdata[i];
        PdzAction *action = pdz_plan_lookup_action (ctx->plan, pdz_change_get_id (change));
        PdzStatus old_status, new_status;
        PdzReportChangeRow *row;

        action_status_change (change, &old_status, &new_status);
        row = add_row (rows, PDZ_MSG_CHANGE_ROW_COMPLETED, pdz_action_get_id (action), pdz_action_get_title (action));
        row->before = g_strdup (_pdz_report_status_label (ctx, old_status, TRUE));
        row->after = g_strdup (_pdz_report_status_label (ctx, new_status, TRUE));
      }
  }

  action_rows (ctx, rows, actions, "added", PDZ_MSG_CHANGE_ROW_ADDED);
  action_rows (ctx, rows, extra, NULL, PDZ_MSG_CHANGE_ROW_EXTRA);
  action_rows (ctx, rows, actions, "removed", PDZ_MSG_CHANGE_ROW_REMOVED);

  PDZ_MODEL_FOREACH (partners, PdzStatsRow, r)
    {
      const char *change = pdz_stats_row_get_string (r, "change");
      PdzMsg what = g_strcmp0 (change, "joined") == 0 ? PDZ_MSG_CHANGE_ROW_PARTNER_JOINED
                    : g_strcmp0 (change, "left") == 0 ? PDZ_MSG_CHANGE_ROW_PARTNER_LEFT
                    : PDZ_MSG_CHANGE_ROW_PARTNER_CHANGED;
      PdzReportChangeRow *row = add_row (rows, what, pdz_stats_row_get_key (r), pdz_stats_row_get_string (r, "name"));

      row->before = _pdz_report_roles_column (ctx, r, "roles-left");
      row->after = _pdz_report_roles_column (ctx, r, "roles-joined");
    }

  PDZ_MODEL_FOREACH (sources, PdzStatsRow, r)
    {
      const char *source = pdz_stats_row_get_key (r);
      PdzReportChangeRow *row;

      if (pdz_stats_row_get_int (r, "gained") > 0)
        {
          row = add_row (rows, PDZ_MSG_CHANGE_ROW_FUNDING_GAINED, NULL, source);
          row->count = pdz_stats_row_get_int (r, "gained");
          row->amount_after = pdz_stats_row_get_int (r, "amount-gained");
        }
      if (pdz_stats_row_get_int (r, "lost") > 0)
        {
          row = add_row (rows, PDZ_MSG_CHANGE_ROW_FUNDING_LOST, NULL, source);
          row->count = pdz_stats_row_get_int (r, "lost");
          row->amount_before = pdz_stats_row_get_int (r, "amount-lost");
        }
      if (pdz_stats_row_get_int (r, "changed") > 0)
        {
          row = add_row (rows, PDZ_MSG_CHANGE_ROW_FUNDING_CHANGED, NULL, source);
          row->count = pdz_stats_row_get_int (r, "changed");
          row->amount_before = pdz_stats_row_get_int (r, "amount-before");
          row->amount_after = pdz_stats_row_get_int (r, "amount-after");
        }
    }

  return rows;
}
