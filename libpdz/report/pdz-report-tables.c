/* pdz-report-tables.c: the data tables, shared by the CSV and XLSX formats
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Each table is a grid of typed cells: the CSV writer prints them, the
 * XLSX writer stores counts and amounts as numbers. Both show the same
 * rows, in the plan's order.
 */

#include "pdz-report-private.h"

static void
cell_clear (PdzReportCell *cell)
{
  g_free (cell->text);
}

static GArray *
grid_add_row (PdzReportGrid *grid)
{
  GArray *row = g_array_new (FALSE, TRUE, sizeof (PdzReportCell));

  g_array_set_clear_func (row, (GDestroyNotify) cell_clear);
  g_ptr_array_add (grid->rows, row);
  return row;
}

static void
grid_add_column (PdzReportGrid *grid,
                 const char    *header,
                 PdzCellKind    kind)
{
  PdzReportGridColumn column = { g_strdup (header), kind, 0 };

  column.width = (int) g_utf8_strlen (header, -1);
  g_array_append_val (grid->columns, column);
}

/* Text cells hold what every format may hold: no character XML forbids,
 * so that the CSV and the XLSX show the same text. */
static void
cell_text_take (GArray *row,
                char   *text)
{
  PdzReportCell cell = { text != NULL ? _pdz_report_xml_text (text) : g_strdup (""), 0, 0, FALSE, text == NULL };

  g_free (text);
  g_array_append_val (row, cell);
}

static void
cell_text (GArray     *row,
           const char *text)
{
  cell_text_take (row, g_strdup (text));
}

static void
cell_integer (GArray *row,
              gint64  value)
{
  PdzReportCell cell = { NULL, value, 0, FALSE, FALSE };

  g_array_append_val (row, cell);
}

/* An amount: PDZ_AMOUNT_UNKNOWN (not stated) is an empty cell */
static void
cell_amount (GArray *row,
             gint64  cents)
{
  PdzReportCell cell = { NULL, cents, 0, FALSE, cents < 0 };

  g_array_append_val (row, cell);
}

/* A total of amounts: @overflow is a total too large to compute, and says
 * so; a total of no stated amount is empty */
static void
cell_total (GArray                 *row,
            const PdzReportContext *ctx,
            gint64                  cents,
            gboolean                stated,
            gboolean                overflow)
{
  PdzReportCell cell = { NULL, cents, 0, FALSE, !stated };

  if (stated && overflow)
    {
      cell.overflow = TRUE;
      cell.text = g_strdup (_pdz_report_msg (ctx, PDZ_MSG_AMOUNT_OVERFLOW));
    }
  g_array_append_val (row, cell);
}

static void
cell_date (GArray                 *row,
           const PdzReportContext *ctx,
           const PdzDate          *date)
{
  cell_text_take (row, _pdz_report_format_date (ctx, date));
  cell_text_take (row, date != NULL ? pdz_date_to_string (date) : NULL);
}

static char *
join_titles (GListModel *model,
             const char *(*get_title) (gpointer))
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (out->len > 0)
        g_string_append (out, "; ");
      g_string_append (out, get_title (item));
    }
  return g_string_free (out, FALSE);
}

static const char *
project_title (gpointer p)
{
  return _pdz_report_text_or (pdz_project_get_title (p), pdz_project_get_id (p));
}

static const char *
objective_title (gpointer o)
{
  return _pdz_report_text_or (pdz_objective_get_title (o), pdz_objective_get_id (o));
}

static void
cell_yes_no (GArray                 *row,
             const PdzReportContext *ctx,
             gboolean                yes)
{
  cell_text (row, _pdz_report_msg (ctx, yes ? PDZ_MSG_YES : PDZ_MSG_NO));
}

/* The statuses of the columns counting actions, in the summary's order */
static const PdzStatus column_statuses[] = {
  PDZ_STATUS_COMPLETED, PDZ_STATUS_IN_PROGRESS, PDZ_STATUS_PLANNED,
  PDZ_STATUS_SUSPENDED, PDZ_STATUS_CANCELLED, PDZ_STATUS_NOT_STATED,
};

/* Objectives -------------------------------------------------------------- */

/* The rows of by_objective: every objective of the report, then the
 * actions held by projects, so that the rows add up to the total */
static void
build_objectives (const PdzReportContext *ctx,
                  const PdzReportFigures *fig,
                  PdzReportGrid          *grid)
{
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_ID), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_MACROAREA), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_OBJECTIVE), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_KIND), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_STATUS), PDZ_CELL_TEXT);
  for (guint i = 0; i < G_N_ELEMENTS (column_statuses); i++)
    grid_add_column (grid, _pdz_report_status_plural_label (ctx, column_statuses[i]), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_N_ACTIONS), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_N_SUB_ACTIONS), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_N_MILESTONES), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_PARTNERS), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_DESCRIPTION), PDZ_CELL_TEXT);

  PDZ_MODEL_FOREACH (fig->by_objective, PdzStatsRow, counted)
    {
      const char *key = pdz_stats_row_get_key (counted);
      gboolean projects = g_strcmp0 (pdz_stats_row_get_string (counted, "group"), "project-actions") == 0;
      PdzObjective *o = !projects && key != NULL ? pdz_plan_lookup_objective (ctx->plan, key) : NULL;
      PdzMacroarea *m = o != NULL ? pdz_objective_get_macroarea (o) : NULL;
      GArray *row;
      guint counts[PDZ_N_STATUSES];

      if (!projects && o == NULL)
        continue;
      row = grid_add_row (grid);
      _pdz_report_row_counts (counted, counts);
      /* the row of the project actions has no id: its key is the
       * statistics' own ("+projects"), not a word of the report */
      cell_text (row, projects ? NULL : key);
      cell_text (row, m != NULL ? pdz_macroarea_get_title (m) : NULL);
      if (projects)
        {
          cell_text (row, _pdz_report_msg (ctx, PDZ_MSG_PROJECT_ACTIONS));
          cell_text (row, NULL);
          cell_text (row, NULL);
        }
      else
        {
          cell_text (row, pdz_objective_get_title (o));
          cell_text (row, _pdz_report_objective_kind_label (ctx, pdz_objective_get_kind (o)));
          cell_text (row, _pdz_report_status_label (ctx, pdz_objective_get_status (o), FALSE));
        }
      for (guint i = 0; i < G_N_ELEMENTS (column_statuses); i++)
        cell_integer (row, counts[column_statuses[i]]);
      cell_integer (row, pdz_stats_row_get_int (counted, "actions"));
      cell_integer (row, pdz_stats_row_get_int (counted, "sub-actions"));
      cell_integer (row, pdz_stats_row_get_int (counted, "milestones"));
      if (projects)
        {
          cell_text (row, NULL);
          cell_text (row, NULL);
        }
      else
        {
          cell_text_take (row, _pdz_report_participations_text (ctx, pdz_objective_get_participations (o)));
          cell_text (row, pdz_objective_get_description (o));
        }
    }
}

/* Actions ----------------------------------------------------------------- */

/* Every action shown: each bullet, then its sub-actions with the bullet's
 * id as their parent */
static void
build_actions (const PdzReportContext *ctx,
               const PdzReportFigures *fig,
               PdzReportGrid          *grid)
{
  g_autoptr(GPtrArray) actions = _pdz_report_all_actions (fig);

  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_ID), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_PARENT_ID), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_OWNER_ID), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_OWNER), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_MACROAREA), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_ACTION), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_STATUS), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_ORIGIN), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_DATE), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_DATE_ISO), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_END_DATE), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_END_DATE_ISO), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_OUTSIDE_ROUND), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_MILESTONES), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_PARTNERS), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_PROJECTS), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_FUNDING), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_LINKS), PDZ_CELL_TEXT);

  for (guint i = 0; i < actions->len; i++)
    {
      PdzAction *a = actions->pdata[i];
      PdzAction *parent = pdz_action_get_parent (a);
      PdzObjective *objective = pdz_action_get_objective (a);
      PdzProject *project = pdz_action_get_project (a);
      PdzMacroarea *m = pdz_action_get_macroarea (a);
      const char * const *links = pdz_action_get_links (a);
      gboolean outside = _pdz_report_is_outside_round (fig, a);
      GArray *row = grid_add_row (grid);

      PDZ_MODEL_FOREACH (pdz_action_get_milestones (a), PdzMilestone, milestone)
        outside = outside || _pdz_report_is_outside_round (fig, milestone);

      cell_text (row, pdz_action_get_id (a));
      cell_text (row, parent != NULL ? pdz_action_get_id (parent) : NULL);
      if (objective != NULL)
        {
          cell_text (row, pdz_objective_get_id (objective));
          cell_text (row, pdz_objective_get_title (objective));
        }
      else if (project != NULL)
        {
          cell_text (row, pdz_project_get_id (project));
          cell_text (row, pdz_project_get_title (project));
        }
      else
        {
          cell_text (row, NULL);
          cell_text (row, NULL);
        }
      cell_text (row, m != NULL ? pdz_macroarea_get_title (m) : NULL);
      cell_text (row, pdz_action_get_title (a));
      cell_text (row, _pdz_report_status_label (ctx, pdz_action_get_status (a), TRUE));
      cell_text (row, _pdz_report_action_origin_label (ctx, pdz_action_get_origin (a)));
      cell_date (row, ctx, pdz_action_get_date (a));
      cell_date (row, ctx, pdz_action_get_end_date (a));
      cell_yes_no (row, ctx, outside);
      cell_text_take (row, _pdz_report_milestones_text (ctx, pdz_action_get_milestones (a)));
      cell_text_take (row, _pdz_report_participations_text (ctx, pdz_action_get_participations (a)));
      cell_text_take (row, join_titles (pdz_action_get_projects (a), project_title));
      cell_text_take (row, _pdz_report_fundings_text (ctx, pdz_action_get_fundings (a)));
      cell_text_take (row, links != NULL ? g_strjoinv (" ", (char **) links) : NULL);
    }
}

/* Projects ---------------------------------------------------------------- */

static void
build_projects (const PdzReportContext *ctx,
                const PdzReportFigures *fig,
                PdzReportGrid          *grid)
{
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_ID), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_PROJECT), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_STATUS), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_SCOPE), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_LEAD), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_START), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_START_ISO), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_END), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_END_ISO), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_PARTNERS), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_FUNDING), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_AMOUNT_EUR), PDZ_CELL_AMOUNT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_LINKED_OBJECTIVES), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_INTERVENTIONS), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_N_ACTIONS), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_N_SUB_ACTIONS), PDZ_CELL_INTEGER);

  PDZ_MODEL_FOREACH (pdz_plan_get_projects (ctx->plan), PdzProject, p)
    {
      PdzPartner *lead = pdz_project_get_lead (p);
      const char * const *interventions = pdz_project_get_interventions (p);
      PdzStatsRow *counted = _pdz_report_project_row (fig, p);
      gint64 total = 0;
      gboolean stated = FALSE, overflow = FALSE;
      GArray *row;

      if (!_pdz_report_shows_project (fig, p))
        continue;

      /* The total of the project's own stated amounts */
      PDZ_MODEL_FOREACH (pdz_project_get_fundings (p), PdzFunding, f)
        {
          if (pdz_funding_get_amount (f) < 0)
            continue;
          stated = TRUE;
          overflow = overflow || !_pdz_report_add_amounts (&total, pdz_funding_get_amount (f));
        }

      row = grid_add_row (grid);
      cell_text (row, pdz_project_get_id (p));
      cell_text (row, pdz_project_get_title (p));
      cell_text (row, _pdz_report_status_label (ctx, pdz_project_get_status (p), FALSE));
      cell_text (row, _pdz_report_scope_label (ctx, pdz_project_get_scope (p)));
      cell_text (row, lead != NULL ? pdz_partner_get_display_name (lead) : NULL);
      cell_date (row, ctx, pdz_project_get_start (p));
      cell_date (row, ctx, pdz_project_get_end (p));
      cell_text_take (row, _pdz_report_participations_text (ctx, pdz_project_get_participations (p)));
      cell_text_take (row, _pdz_report_fundings_text (ctx, pdz_project_get_fundings (p)));
      cell_total (row, ctx, total, stated, overflow);
      cell_text_take (row, join_titles (pdz_project_get_objectives (p), objective_title));
      cell_text_take (row, interventions != NULL ? g_strjoinv ("; ", (char **) interventions) : NULL);
      /* Its own actions: by_project, the counting rule */
      cell_integer (row, counted != NULL ? pdz_stats_row_get_int (counted, "actions") : 0);
      cell_integer (row, counted != NULL ? pdz_stats_row_get_int (counted, "sub-actions") : 0);
    }
}

/* Partners ---------------------------------------------------------------- */

static void
build_partners (const PdzReportContext *ctx,
                const PdzReportFigures *fig,
                PdzReportGrid          *grid)
{
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_ID), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_NAME), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_SHORT_NAME), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_KIND), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_ROLES), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_N_OBJECTIVES), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_N_PROJECTS), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_N_ACTIONS), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_WEBSITE_COLUMN), PDZ_CELL_TEXT);

  PDZ_MODEL_FOREACH (pdz_plan_get_partners (ctx->plan), PdzPartner, p)
    {
      const char *id = pdz_partner_get_id (p);
      /* rows are keyed by id: a partner without one cannot be found */
      PdzStatsRow *counted = id != NULL ? pdz_stats_table_lookup_row (fig->by_partner, id) : NULL;
      GArray *row;

      if (!_pdz_report_shows_partner (fig, p))
        continue;
      row = grid_add_row (grid);
      cell_text (row, id);
      cell_text (row, pdz_partner_get_name (p));
      cell_text (row, pdz_partner_get_short_name (p));
      cell_text (row, _pdz_report_partner_kind_label (ctx, pdz_partner_get_kind (p)));
      cell_text_take (row, _pdz_report_partner_roles (ctx, counted));
      cell_integer (row, counted != NULL ? pdz_stats_row_get_int (counted, "objectives") : 0);
      cell_integer (row, counted != NULL ? pdz_stats_row_get_int (counted, "projects") : 0);
      cell_integer (row, counted != NULL ? pdz_stats_row_get_int (counted, "actions") : 0);
      cell_text (row, pdz_partner_get_website (p));
    }
}

/* Fundings ---------------------------------------------------------------- */

static void
funding_rows (const PdzReportContext *ctx,
              PdzReportGrid          *grid,
              PdzMsg                  kind,
              const char             *id,
              const char             *title,
              GListModel             *fundings)
{
  for (guint i = 0; i < g_list_model_get_n_items (fundings); i++)
    {
      g_autoptr(PdzFunding) f = g_list_model_get_item (fundings, i);
      GArray *row = grid_add_row (grid);

      cell_text (row, _pdz_report_msg (ctx, kind));
      cell_text (row, id);
      cell_text (row, title);
      cell_text (row, pdz_funding_get_source (f));
      cell_amount (row, pdz_funding_get_amount (f));
      cell_text (row, _pdz_report_funding_status_label (ctx, pdz_funding_get_status (f)));
    }
}

static void
build_fundings (const PdzReportContext *ctx,
                const PdzReportFigures *fig,
                PdzReportGrid          *grid)
{
  g_autoptr(GPtrArray) actions = _pdz_report_all_actions (fig);

  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_BELONGS_TO), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_ID), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_TITLE), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_SOURCE), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_AMOUNT_EUR), PDZ_CELL_AMOUNT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_FUNDING_STATUS), PDZ_CELL_TEXT);

  PDZ_MODEL_FOREACH (pdz_plan_get_projects (ctx->plan), PdzProject, p)
    {
      if (_pdz_report_shows_project (fig, p))
        funding_rows (ctx, grid, PDZ_MSG_PROJECT, pdz_project_get_id (p), pdz_project_get_title (p),
                      pdz_project_get_fundings (p));
    }
  for (guint i = 0; i < actions->len; i++)
    {
      PdzAction *a = actions->pdata[i];

      funding_rows (ctx, grid, PDZ_MSG_ACTION, pdz_action_get_id (a), pdz_action_get_title (a),
                    pdz_action_get_fundings (a));
    }
}

/* Changes since the previous round ------------------------------------------ */

static void
build_changes (const PdzReportContext *ctx,
               PdzReportGrid          *grid)
{
  g_autoptr(GPtrArray) rows = _pdz_report_change_rows (ctx);

  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_CHANGE), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_ID), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_TITLE), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_BEFORE), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_AFTER), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_NUMBER), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_AMOUNT_BEFORE_EUR), PDZ_CELL_AMOUNT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_AMOUNT_AFTER_EUR), PDZ_CELL_AMOUNT);

  for (guint i = 0; i < rows->len; i++)
    {
      const PdzReportChangeRow *r = rows->pdata[i];
      GArray *row = grid_add_row (grid);

      cell_text (row, _pdz_report_msg (ctx, r->what));
      cell_text (row, r->id);
      cell_text (row, r->title);
      cell_text (row, r->before);
      cell_text (row, r->after);
      if (r->count >= 0)
        cell_integer (row, r->count);
      else
        cell_text (row, NULL);
      cell_amount (row, r->amount_before);
      cell_amount (row, r->amount_after);
    }
}

/* Grids ------------------------------------------------------------------- */

const char *
_pdz_report_table_file_name (PdzReportTable table)
{
  switch (table)
    {
    case PDZ_REPORT_TABLE_OBJECTIVES:
      return "objectives.csv";
    case PDZ_REPORT_TABLE_ACTIONS:
      return "actions.csv";
    case PDZ_REPORT_TABLE_PROJECTS:
      return "projects.csv";
    case PDZ_REPORT_TABLE_PARTNERS:
      return "partners.csv";
    case PDZ_REPORT_TABLE_FUNDINGS:
      return "fundings.csv";
    case PDZ_REPORT_TABLE_CHANGES:
      return "changes.csv";
    case PDZ_REPORT_TABLE_ALL:
    default:
      g_return_val_if_reached (NULL);
    }
}

PdzReportTable
_pdz_report_last_table (const PdzReportContext *ctx)
{
  return ctx->diff != NULL ? PDZ_REPORT_TABLE_CHANGES : PDZ_REPORT_TABLE_FUNDINGS;
}

void
_pdz_report_grid_free (PdzReportGrid *grid)
{
  if (grid == NULL)
    return;

  for (guint i = 0; i < grid->columns->len; i++)
    g_free (g_array_index (grid->columns, PdzReportGridColumn, i).header);
  g_array_unref (grid->columns);
  g_ptr_array_unref (grid->rows);
  g_free (grid->sheet_name);
  g_free (grid);
}

static void grid_set_widths (PdzReportGrid *grid);

static PdzReportGrid *
grid_alloc (PdzReportTable  table,
            const char     *file_name)
{
  PdzReportGrid *grid = g_new0 (PdzReportGrid, 1);

  grid->table = table;
  grid->file_name = file_name;
  grid->columns = g_array_new (FALSE, TRUE, sizeof (PdzReportGridColumn));
  grid->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  return grid;
}

PdzReportGrid *
_pdz_report_grid_new (const PdzReportContext *ctx,
                      const PdzReportFigures *fig,
                      PdzReportTable          table)
{
  PdzReportGrid *grid;
  PdzMsg sheet;

  /* The regional overview is one table, of the ambiti */
  if (ctx->corpus != NULL)
    return _pdz_report_region_grid_new (ctx);

  grid = grid_alloc (table, _pdz_report_table_file_name (table));

  switch (table)
    {
    case PDZ_REPORT_TABLE_OBJECTIVES:
      build_objectives (ctx, fig, grid);
      sheet = PDZ_MSG_SHEET_OBJECTIVES;
      break;
    case PDZ_REPORT_TABLE_ACTIONS:
      build_actions (ctx, fig, grid);
      sheet = PDZ_MSG_SHEET_ACTIONS;
      break;
    case PDZ_REPORT_TABLE_PROJECTS:
      build_projects (ctx, fig, grid);
      sheet = PDZ_MSG_SHEET_PROJECTS;
      break;
    case PDZ_REPORT_TABLE_PARTNERS:
      build_partners (ctx, fig, grid);
      sheet = PDZ_MSG_SHEET_PARTNERS;
      break;
    case PDZ_REPORT_TABLE_CHANGES:
      build_changes (ctx, grid);
      sheet = PDZ_MSG_SHEET_CHANGES;
      break;
    case PDZ_REPORT_TABLE_FUNDINGS:
    case PDZ_REPORT_TABLE_ALL:
    default:
      build_fundings (ctx, fig, grid);
      sheet = PDZ_MSG_SHEET_FUNDINGS;
      break;
    }
  grid->sheet_name = g_strdup (_pdz_report_msg (ctx, sheet));
  grid_set_widths (grid);

  return grid;
}

static void
cell_percent (GArray *row,
              double  share)
{
  PdzReportCell cell = { NULL, 0, share, FALSE, FALSE };

  g_array_append_val (row, cell);
}

PdzReportGrid *
_pdz_report_region_grid_new (const PdzReportContext *ctx)
{
  PdzReportGrid *grid = grid_alloc (PDZ_REPORT_TABLE_ALL, "ambiti.csv");
  g_autoptr(PdzStatsTable) by_ambito = pdz_corpus_by_ambito (ctx->corpus, NULL);
  static const struct {
    const char *column;
    PdzMsg header;
  } texts[] = {
    { NULL, PDZ_MSG_ID },
    { "ambito", PDZ_MSG_REGION_AMBITO },
    { "title", PDZ_MSG_TITLE },
    { "file", PDZ_MSG_REGION_FILE },
    { "monitoring-start", PDZ_MSG_START_ISO },
    { "monitoring-end", PDZ_MSG_END_ISO },
  }, counts[] = {
    { "objectives", PDZ_MSG_OBJECTIVES },
    { "actions", PDZ_MSG_ACTIONS },
    { "projects", PDZ_MSG_PROJECTS },
    { "extra-actions", PDZ_MSG_EXTRA_ACTIONS },
  };

  grid->sheet_name = g_strdup (_pdz_report_msg (ctx, PDZ_MSG_REGION_AMBITI));
  for (guint c = 0; c < G_N_ELEMENTS (texts); c++)
    grid_add_column (grid, _pdz_report_msg (ctx, texts[c].header), PDZ_CELL_TEXT);
  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    grid_add_column (grid, _pdz_report_msg (ctx, counts[c].header), PDZ_CELL_INTEGER);
  for (PdzStatus status = 0; status < PDZ_N_STATUSES; status++)
    grid_add_column (grid, _pdz_report_status_plural_label (ctx, status), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_REGION_COMPLETED_SHARE), PDZ_CELL_PERCENT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_FUNDING), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_AMOUNT_EUR), PDZ_CELL_AMOUNT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_AMOUNT_NOT_STATED), PDZ_CELL_INTEGER);

  /* One row per plan that counts: the cells of pdz_corpus_by_ambito() */
  PDZ_MODEL_FOREACH (by_ambito, PdzStatsRow, r)
    {
      GArray *row = grid_add_row (grid);
      gint64 fundings = pdz_stats_row_get_int (r, "fundings");
      gint64 unknown = pdz_stats_row_get_int (r, "unknown-amounts");

      for (guint c = 0; c < G_N_ELEMENTS (texts); c++)
        cell_text (row, texts[c].column != NULL ? pdz_stats_row_get_string (r, texts[c].column)
                                                : pdz_stats_row_get_key (r));
      for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
        cell_integer (row, pdz_stats_row_get_int (r, counts[c].column));
      for (PdzStatus status = 0; status < PDZ_N_STATUSES; status++)
        {
          g_autofree char *column = g_strconcat ("actions-", _pdz_report_status_nick (status), NULL);

          cell_integer (row, pdz_stats_row_get_int (r, column));
        }
      cell_percent (row, pdz_stats_row_get_double (r, "actions-completion-rate"));
      cell_integer (row, fundings);
      cell_total (row, ctx, pdz_stats_row_get_int (r, "amount"), fundings > unknown,
                  pdz_stats_row_get_int (r, "amount-overflow") != 0);
      cell_integer (row, unknown);
    }
  grid_set_widths (grid);

  return grid;
}

/* Column widths for XLSX: the longest cell, within reason. */
static void
grid_set_widths (PdzReportGrid *grid)
{
  for (guint r = 0; r < grid->rows->len; r++)
    {
      GArray *row = grid->rows->pdata[r];

      for (guint c = 0; c < row->len && c < grid->columns->len; c++)
        {
          PdzReportCell *cell = &g_array_index (row, PdzReportCell, c);
          PdzReportGridColumn *col = &g_array_index (grid->columns, PdzReportGridColumn, c);
          int width = cell->text != NULL ? (int) g_utf8_strlen (cell->text, -1) : 14;

          col->width = MAX (col->width, MIN (width, 60));
        }
    }
}
