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

/* A total of amounts: PDZ_REPORT_AMOUNT_OVERFLOW is a total too large to
 * compute, and says so */
static void
cell_total (GArray                 *row,
            const PdzReportContext *ctx,
            gint64                  cents)
{
  PdzReportCell cell = { NULL, cents, 0, FALSE, cents < 0 };

  if (cents == PDZ_REPORT_AMOUNT_OVERFLOW)
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

/* Objectives -------------------------------------------------------------- */

static void
build_objectives (const PdzReportContext *ctx,
                  PdzReportGrid          *grid)
{
  GListModel *objectives = pdz_plan_get_objectives (ctx->plan);

  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_ID), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_MACROAREA), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_OBJECTIVE), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_KIND), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_STATUS), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_status_plural_label (ctx, PDZ_STATUS_COMPLETED), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_status_plural_label (ctx, PDZ_STATUS_IN_PROGRESS), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_status_plural_label (ctx, PDZ_STATUS_PLANNED), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_status_plural_label (ctx, PDZ_STATUS_SUSPENDED), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_status_plural_label (ctx, PDZ_STATUS_CANCELLED), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_N_ACTIONS), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_EXTRA_ACTIONS), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_PARTNERS), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_DESCRIPTION), PDZ_CELL_TEXT);

  for (guint i = 0; i < g_list_model_get_n_items (objectives); i++)
    {
      g_autoptr(PdzObjective) o = g_list_model_get_item (objectives, i);
      PdzMacroarea *m = pdz_objective_get_macroarea (o);
      GListModel *actions = pdz_objective_get_actions (o);
      GArray *row = grid_add_row (grid);
      guint counts[PDZ_N_STATUSES];
      guint n_extra = 0;

      _pdz_report_count_actions (actions, counts);
      for (guint j = 0; j < g_list_model_get_n_items (actions); j++)
        {
          g_autoptr(PdzAction) a = g_list_model_get_item (actions, j);
          n_extra += pdz_action_get_origin (a) == PDZ_ORIGIN_EXTRA ? 1 : 0;
        }

      cell_text (row, pdz_objective_get_id (o));
      cell_text (row, m != NULL ? pdz_macroarea_get_title (m) : NULL);
      cell_text (row, pdz_objective_get_title (o));
      cell_text (row, _pdz_report_objective_kind_label (ctx, pdz_objective_get_kind (o)));
      cell_text (row, _pdz_report_status_label (ctx, pdz_objective_get_status (o), FALSE));
      cell_integer (row, counts[PDZ_STATUS_COMPLETED]);
      cell_integer (row, counts[PDZ_STATUS_IN_PROGRESS]);
      cell_integer (row, counts[PDZ_STATUS_PLANNED]);
      cell_integer (row, counts[PDZ_STATUS_SUSPENDED]);
      cell_integer (row, counts[PDZ_STATUS_CANCELLED]);
      cell_integer (row, g_list_model_get_n_items (actions));
      cell_integer (row, n_extra);
      cell_text_take (row, _pdz_report_participations_text (ctx, pdz_objective_get_participations (o)));
      cell_text (row, pdz_objective_get_description (o));
    }
}

/* Actions ----------------------------------------------------------------- */

static void
build_actions (const PdzReportContext *ctx,
               PdzReportGrid          *grid)
{
  g_autoptr(GPtrArray) actions = _pdz_report_all_actions (ctx->plan);

  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_ID), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_OWNER_ID), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_OWNER), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_MACROAREA), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_ACTION), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_STATUS), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_DATE), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_DATE_ISO), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_END_DATE), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_END_DATE_ISO), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_EXTRA_COLUMN), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_PARTNERS), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_PROJECTS), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_FUNDING), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_LINKS), PDZ_CELL_TEXT);

  for (guint i = 0; i < actions->len; i++)
    {
      PdzAction *a = actions->pdata[i];
      GObject *owner = pdz_action_get_owner (a);
      PdzObjective *objective = pdz_action_get_objective (a);
      PdzMacroarea *m = objective != NULL ? pdz_objective_get_macroarea (objective) : NULL;
      const char * const *links = pdz_action_get_links (a);
      GArray *row = grid_add_row (grid);

      cell_text (row, pdz_action_get_id (a));
      if (PDZ_IS_OBJECTIVE (owner))
        {
          cell_text (row, pdz_objective_get_id (PDZ_OBJECTIVE (owner)));
          cell_text (row, pdz_objective_get_title (PDZ_OBJECTIVE (owner)));
        }
      else if (PDZ_IS_PROJECT (owner))
        {
          cell_text (row, pdz_project_get_id (PDZ_PROJECT (owner)));
          cell_text (row, pdz_project_get_title (PDZ_PROJECT (owner)));
        }
      else
        {
          cell_text (row, NULL);
          cell_text (row, NULL);
        }
      cell_text (row, m != NULL ? pdz_macroarea_get_title (m) : NULL);
      cell_text (row, pdz_action_get_title (a));
      cell_text (row, _pdz_report_status_label (ctx, pdz_action_get_status (a), TRUE));
      cell_date (row, ctx, pdz_action_get_date (a));
      cell_date (row, ctx, pdz_action_get_end_date (a));
      cell_yes_no (row, ctx, pdz_action_get_origin (a) == PDZ_ORIGIN_EXTRA);
      cell_text_take (row, _pdz_report_participations_text (ctx, pdz_action_get_participations (a)));
      cell_text_take (row, join_titles (pdz_action_get_projects (a), project_title));
      cell_text_take (row, _pdz_report_fundings_text (ctx, pdz_action_get_fundings (a)));
      cell_text_take (row, links != NULL ? g_strjoinv (" ", (char **) links) : NULL);
    }
}

/* Projects ---------------------------------------------------------------- */

/* The total of the stated amounts, PDZ_AMOUNT_UNKNOWN when none is, or
 * PDZ_REPORT_AMOUNT_OVERFLOW */
static gint64
stated_total (GListModel *fundings)
{
  gint64 total = 0;
  gboolean any = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (fundings); i++)
    {
      g_autoptr(PdzFunding) f = g_list_model_get_item (fundings, i);

      if (pdz_funding_get_amount (f) >= 0)
        {
          total = _pdz_report_add_amounts (total, pdz_funding_get_amount (f));
          any = TRUE;
        }
    }
  return any ? total : PDZ_AMOUNT_UNKNOWN;
}

static void
build_projects (const PdzReportContext *ctx,
                PdzReportGrid          *grid)
{
  GListModel *projects = pdz_plan_get_projects (ctx->plan);

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

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(PdzProject) p = g_list_model_get_item (projects, i);
      PdzPartner *lead = pdz_project_get_lead (p);
      const char * const *interventions = pdz_project_get_interventions (p);
      GArray *row = grid_add_row (grid);

      cell_text (row, pdz_project_get_id (p));
      cell_text (row, pdz_project_get_title (p));
      cell_text (row, _pdz_report_status_label (ctx, pdz_project_get_status (p), FALSE));
      cell_text (row, _pdz_report_scope_label (ctx, pdz_project_get_scope (p)));
      cell_text (row, lead != NULL ? pdz_partner_get_display_name (lead) : NULL);
      cell_date (row, ctx, pdz_project_get_start (p));
      cell_date (row, ctx, pdz_project_get_end (p));
      cell_text_take (row, _pdz_report_participations_text (ctx, pdz_project_get_participations (p)));
      cell_text_take (row, _pdz_report_fundings_text (ctx, pdz_project_get_fundings (p)));
      cell_total (row, ctx, stated_total (pdz_project_get_fundings (p)));
      cell_text_take (row, join_titles (pdz_project_get_objectives (p), objective_title));
      cell_text_take (row, interventions != NULL ? g_strjoinv ("; ", (char **) interventions) : NULL);
      cell_integer (row, g_list_model_get_n_items (pdz_project_get_actions (p)));
    }
}

/* Partners ---------------------------------------------------------------- */

static void
build_partners (const PdzReportContext *ctx,
                PdzReportGrid          *grid)
{
  GListModel *partners = pdz_plan_get_partners (ctx->plan);
  g_autoptr(PdzStats) stats = pdz_stats_new (ctx->plan);
  g_autoptr(PdzStatsTable) by_partner = pdz_stats_by_partner (stats);

  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_ID), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_NAME), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_SHORT_NAME), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_KIND), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_ROLES), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_N_OBJECTIVES), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_N_PROJECTS), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_N_ACTIONS), PDZ_CELL_INTEGER);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_WEBSITE_COLUMN), PDZ_CELL_TEXT);

  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(PdzPartner) p = g_list_model_get_item (partners, i);
      const char *id = pdz_partner_get_id (p);
      /* rows are keyed by id: a partner without one cannot be found */
      PdzStatsRow *counted = id != NULL ? pdz_stats_table_lookup_row (by_partner, id) : NULL;
      GArray *row = grid_add_row (grid);

      cell_text (row, pdz_partner_get_id (p));
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
              PdzReportMsg            kind,
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
                PdzReportGrid          *grid)
{
  g_autoptr(GPtrArray) actions = _pdz_report_all_actions (ctx->plan);
  GListModel *projects = pdz_plan_get_projects (ctx->plan);

  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_BELONGS_TO), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_ID), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_TITLE), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_SOURCE), PDZ_CELL_TEXT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_AMOUNT_EUR), PDZ_CELL_AMOUNT);
  grid_add_column (grid, _pdz_report_msg (ctx, PDZ_MSG_FUNDING_STATUS), PDZ_CELL_TEXT);

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(PdzProject) p = g_list_model_get_item (projects, i);

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
    case PDZ_REPORT_TABLE_ALL:
    default:
      g_return_val_if_reached (NULL);
    }
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

PdzReportGrid *
_pdz_report_grid_new (const PdzReportContext *ctx,
                      PdzReportTable          table)
{
  PdzReportGrid *grid = g_new0 (PdzReportGrid, 1);
  PdzReportMsg sheet;

  grid->table = table;
  grid->file_name = _pdz_report_table_file_name (table);
  grid->columns = g_array_new (FALSE, TRUE, sizeof (PdzReportGridColumn));
  grid->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  switch (table)
    {
    case PDZ_REPORT_TABLE_OBJECTIVES:
      build_objectives (ctx, grid);
      sheet = PDZ_MSG_SHEET_OBJECTIVES;
      break;
    case PDZ_REPORT_TABLE_ACTIONS:
      build_actions (ctx, grid);
      sheet = PDZ_MSG_SHEET_ACTIONS;
      break;
    case PDZ_REPORT_TABLE_PROJECTS:
      build_projects (ctx, grid);
      sheet = PDZ_MSG_SHEET_PROJECTS;
      break;
    case PDZ_REPORT_TABLE_PARTNERS:
      build_partners (ctx, grid);
      sheet = PDZ_MSG_SHEET_PARTNERS;
      break;
    case PDZ_REPORT_TABLE_FUNDINGS:
    case PDZ_REPORT_TABLE_ALL:
    default:
      build_fundings (ctx, grid);
      sheet = PDZ_MSG_SHEET_FUNDINGS;
      break;
    }
  grid->sheet_name = g_strdup (_pdz_report_msg (ctx, sheet));

  /* Column widths for XLSX: the longest cell, within reason. */
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

  return grid;
}
