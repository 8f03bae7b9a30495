/* pdz-sqlite.c: plans written to a SQLite database
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * For pdz_corpus_export_sqlite(); the schema is documented in
 * doc/sqlite.md, which must follow every change here (and bump
 * SCHEMA_VERSION). The rows of each table of entities are those of
 * pdz_plan_dup_table(), with the plan's id and the row's position added;
 * the lists of references (municipalities, the objectives a project
 * serves, the projects an action names) become tables of their own. The
 * database is built in memory in one transaction, then written as one
 * file through _pdz_file_replace(), which replaces the target atomically.
 */

#include "pdz-corpus-private.h"

#include <sqlite3.h>
#include <string.h>

#include "pdz-entity-private.h"
#include "pdz-file-private.h"
#include "pdz-stats-private.h"
#include "pdz-util-private.h"

/* PRAGMA user_version: bumped by every change of the schema. */
#define SCHEMA_VERSION 1

static const char schema[] =
  "CREATE TABLE plans (\n"
  "  plan TEXT PRIMARY KEY,\n"
  "  position INTEGER NOT NULL,\n"
  "  title TEXT, description TEXT, ambito TEXT, language TEXT,\n"
  "  start_date TEXT, end_date TEXT, lead_municipality TEXT,\n"
  "  office TEXT, email TEXT, phone TEXT, website TEXT,\n"
  "  monitoring_title TEXT, monitoring_start TEXT, monitoring_end TEXT,\n"
  "  FOREIGN KEY (plan, lead_municipality) REFERENCES partners (plan, id)\n"
  ");\n"
  "CREATE TABLE partners (\n"
  "  plan TEXT NOT NULL REFERENCES plans (plan),\n"
  "  id TEXT NOT NULL,\n"
  "  position INTEGER NOT NULL,\n"
  "  name TEXT, short_name TEXT, kind TEXT, website TEXT,\n"
  "  PRIMARY KEY (plan, id)\n"
  ");\n"
  "CREATE TABLE plan_municipalities (\n"
  "  plan TEXT NOT NULL REFERENCES plans (plan),\n"
  "  partner TEXT NOT NULL,\n"
  "  position INTEGER NOT NULL,\n"
  "  PRIMARY KEY (plan, partner),\n"
  "  FOREIGN KEY (plan, partner) REFERENCES partners (plan, id)\n"
  ");\n"
  "CREATE TABLE macroareas (\n"
  "  plan TEXT NOT NULL REFERENCES plans (plan),\n"
  "  id TEXT NOT NULL,\n"
  "  position INTEGER NOT NULL,\n"
  "  title TEXT, code TEXT,\n"
  "  PRIMARY KEY (plan, id)\n"
  ");\n"
  "CREATE TABLE objectives (\n"
  "  plan TEXT NOT NULL REFERENCES plans (plan),\n"
  "  id TEXT NOT NULL,\n"
  "  position INTEGER NOT NULL,\n"
  "  title TEXT, kind TEXT, macroarea TEXT, status TEXT, description TEXT,\n"
  "  PRIMARY KEY (plan, id),\n"
  "  FOREIGN KEY (plan, macroarea) REFERENCES macroareas (plan, id)\n"
  ");\n"
  "CREATE TABLE projects (\n"
  "  plan TEXT NOT NULL REFERENCES plans (plan),\n"
  "  id TEXT NOT NULL,\n"
  "  position INTEGER NOT NULL,\n"
  "  title TEXT, description TEXT, status TEXT, scope TEXT, lead TEXT,\n"
  "  start_date TEXT, end_date TEXT, interventions TEXT,\n"
  "  PRIMARY KEY (plan, id),\n"
  "  FOREIGN KEY (plan, lead) REFERENCES partners (plan, id)\n"
  ");\n"
  "CREATE TABLE project_objectives (\n"
  "  plan TEXT NOT NULL REFERENCES plans (plan),\n"
  "  project TEXT NOT NULL,\n"
  "  objective TEXT NOT NULL,\n"
  "  position INTEGER NOT NULL,\n"
  "  PRIMARY KEY (plan, project, objective),\n"
  "  FOREIGN KEY (plan, project) REFERENCES projects (plan, id),\n"
  "  FOREIGN KEY (plan, objective) REFERENCES objectives (plan, id)\n"
  ");\n"
  "CREATE TABLE actions (\n"
  "  plan TEXT NOT NULL REFERENCES plans (plan),\n"
  "  id TEXT NOT NULL,\n"
  "  position INTEGER NOT NULL,\n"
  "  parent TEXT, objective TEXT, project TEXT, macroarea TEXT,\n"
  "  title TEXT, status TEXT, origin TEXT, date TEXT, end_date TEXT, links TEXT,\n"
  "  PRIMARY KEY (plan, id),\n"
  "  FOREIGN KEY (plan, parent) REFERENCES actions (plan, id),\n"
  "  FOREIGN KEY (plan, objective) REFERENCES objectives (plan, id),\n"
  "  FOREIGN KEY (plan, project) REFERENCES projects (plan, id),\n"
  "  FOREIGN KEY (plan, macroarea) REFERENCES macroareas (plan, id)\n"
  ");\n"
  "CREATE TABLE action_projects (\n"
  "  plan TEXT NOT NULL REFERENCES plans (plan),\n"
  "  action TEXT NOT NULL,\n"
  "  project TEXT NOT NULL,\n"
  "  position INTEGER NOT NULL,\n"
  "  PRIMARY KEY (plan, action, project),\n"
  "  FOREIGN KEY (plan, action) REFERENCES actions (plan, id),\n"
  "  FOREIGN KEY (plan, project) REFERENCES projects (plan, id)\n"
  ");\n"
  "CREATE TABLE milestones (\n"
  "  plan TEXT NOT NULL REFERENCES plans (plan),\n"
  "  position INTEGER NOT NULL,\n"
  "  action TEXT NOT NULL,\n"
  "  date TEXT, title TEXT,\n"
  "  PRIMARY KEY (plan, position),\n"
  "  FOREIGN KEY (plan, action) REFERENCES actions (plan, id)\n"
  ");\n"
  "CREATE TABLE participations (\n"
  "  plan TEXT NOT NULL REFERENCES plans (plan),\n"
  "  position INTEGER NOT NULL,\n"
  "  objective TEXT, action TEXT, project TEXT,\n"
  "  partner TEXT NOT NULL, role TEXT,\n"
  "  PRIMARY KEY (plan, position),\n"
  "  CHECK ((objective IS NOT NULL) + (action IS NOT NULL) + (project IS NOT NULL) = 1),\n"
  "  FOREIGN KEY (plan, objective) REFERENCES objectives (plan, id),\n"
  "  FOREIGN KEY (plan, action) REFERENCES actions (plan, id),\n"
  "  FOREIGN KEY (plan, project) REFERENCES projects (plan, id),\n"
  "  FOREIGN KEY (plan, partner) REFERENCES partners (plan, id)\n"
  ");\n"
  "CREATE TABLE fundings (\n"
  "  plan TEXT NOT NULL REFERENCES plans (plan),\n"
  "  position INTEGER NOT NULL,\n"
  "  action TEXT, project TEXT,\n"
  "  source TEXT, amount INTEGER, status TEXT,\n"
  "  PRIMARY KEY (plan, position),\n"
  "  CHECK ((action IS NOT NULL) + (project IS NOT NULL) = 1),\n"
  "  FOREIGN KEY (plan, action) REFERENCES actions (plan, id),\n"
  "  FOREIGN KEY (plan, project) REFERENCES projects (plan, id)\n"
  ");\n"
  "CREATE TABLE indicators (\n"
  "  plan TEXT NOT NULL REFERENCES plans (plan),\n"
  "  id TEXT NOT NULL,\n"
  "  position INTEGER NOT NULL,\n"
  "  objective TEXT NOT NULL, title TEXT, unit TEXT,\n"
  "  baseline_date TEXT, baseline_value REAL, baseline_note TEXT,\n"
  "  target_date TEXT, target_value REAL, target_note TEXT,\n"
  "  PRIMARY KEY (plan, id),\n"
  "  FOREIGN KEY (plan, objective) REFERENCES objectives (plan, id)\n"
  ");\n"
  "CREATE TABLE measurements (\n"
  "  plan TEXT NOT NULL REFERENCES plans (plan),\n"
  "  position INTEGER NOT NULL,\n"
  "  indicator TEXT NOT NULL,\n"
  "  date TEXT, value REAL, note TEXT,\n"
  "  PRIMARY KEY (plan, position),\n"
  "  FOREIGN KEY (plan, indicator) REFERENCES indicators (plan, id)\n"
  ");\n";

/* Indexes on the foreign keys (those that the primary keys do not start
 * with), and the views of the counting rule; made after the rows are in. */
static const char indexes_and_views[] =
  "CREATE INDEX plans_lead ON plans (plan, lead_municipality);\n"
  "CREATE INDEX plan_municipalities_partner ON plan_municipalities (plan, partner);\n"
  "CREATE INDEX objectives_macroarea ON objectives (plan, macroarea);\n"
  "CREATE INDEX projects_lead ON projects (plan, lead);\n"
  "CREATE INDEX project_objectives_objective ON project_objectives (plan, objective);\n"
  "CREATE INDEX actions_parent ON actions (plan, parent);\n"
  "CREATE INDEX actions_objective ON actions (plan, objective);\n"
  "CREATE INDEX actions_project ON actions (plan, project);\n"
  "CREATE INDEX actions_macroarea ON actions (plan, macroarea);\n"
  "CREATE INDEX action_projects_project ON action_projects (plan, project);\n"
  "CREATE INDEX milestones_action ON milestones (plan, action);\n"
  "CREATE INDEX participations_objective ON participations (plan, objective);\n"
  "CREATE INDEX participations_action ON participations (plan, action);\n"
  "CREATE INDEX participations_project ON participations (plan, project);\n"
  "CREATE INDEX participations_partner ON participations (plan, partner);\n"
  "CREATE INDEX fundings_action ON fundings (plan, action);\n"
  "CREATE INDEX fundings_project ON fundings (plan, project);\n"
  "CREATE INDEX indicators_objective ON indicators (plan, objective);\n"
  "CREATE INDEX measurements_indicator ON measurements (plan, indicator);\n"
  /* The counting rule (doc/queries.md): bullets count, each once, under
   * the one owner that holds it. */
  "CREATE VIEW bullets AS\n"
  "  SELECT * FROM actions WHERE parent IS NULL;\n"
  "CREATE VIEW plan_actions AS\n"
  "  SELECT p.plan AS plan,\n"
  "         COUNT (b.id) AS actions,\n"
  "         COUNT (b.objective) AS objective_actions,\n"
  "         COUNT (b.id) - COUNT (b.objective) AS project_actions,\n"
  "         COALESCE (SUM (b.status = 'planned'), 0) AS planned,\n"
  "         COALESCE (SUM (b.status = 'in-progress'), 0) AS in_progress,\n"
  "         COALESCE (SUM (b.status = 'completed'), 0) AS completed,\n"
  "         COALESCE (SUM (b.status = 'suspended'), 0) AS suspended,\n"
  "         COALESCE (SUM (b.status = 'cancelled'), 0) AS cancelled,\n"
  "         COALESCE (SUM (b.status = 'not-stated'), 0) AS not_stated,\n"
  "         COALESCE (SUM (b.origin = 'extra'), 0) AS extra,\n"
  "         CASE WHEN COUNT (b.id) > 0\n"
  "              THEN CAST (SUM (b.status = 'completed') AS REAL) / COUNT (b.id) ELSE 0.0 END AS completion_rate\n"
  "  FROM plans p LEFT JOIN bullets b ON b.plan = p.plan\n"
  "  GROUP BY p.plan;\n"
  "CREATE VIEW objective_actions AS\n"
  "  SELECT plan, COALESCE (objective, '+projects') AS objective,\n"
  "         COUNT (*) AS actions,\n"
  "         SUM (status = 'planned') AS planned,\n"
  "         SUM (status = 'in-progress') AS in_progress,\n"
  "         SUM (status = 'completed') AS completed,\n"
  "         SUM (status = 'suspended') AS suspended,\n"
  "         SUM (status = 'cancelled') AS cancelled,\n"
  "         SUM (status = 'not-stated') AS not_stated\n"
  "  FROM bullets\n"
  "  GROUP BY plan, COALESCE (objective, '+projects');\n"
  "CREATE VIEW macroarea_actions AS\n"
  "  SELECT plan,\n"
  "         CASE WHEN objective IS NULL THEN '+projects' ELSE COALESCE (macroarea, '') END AS macroarea,\n"
  "         COUNT (*) AS actions,\n"
  "         SUM (status = 'planned') AS planned,\n"
  "         SUM (status = 'in-progress') AS in_progress,\n"
  "         SUM (status = 'completed') AS completed,\n"
  "         SUM (status = 'suspended') AS suspended,\n"
  "         SUM (status = 'cancelled') AS cancelled,\n"
  "         SUM (status = 'not-stated') AS not_stated\n"
  "  FROM bullets\n"
  "  GROUP BY plan, 2;\n"
  "CREATE VIEW partner_actions AS\n"
  "  SELECT pa.plan AS plan, pa.partner AS partner,\n"
  "         COUNT (DISTINCT COALESCE (a.parent, a.id)) AS actions\n"
  "  FROM participations pa JOIN actions a ON a.plan = pa.plan AND a.id = pa.action\n"
  "  GROUP BY pa.plan, pa.partner;\n"
  "CREATE VIEW funding_by_status AS\n"
  "  SELECT plan, status, COUNT (*) AS fundings, COALESCE (SUM (amount), 0) AS amount,\n"
  "         COUNT (*) - COUNT (amount) AS unknown_amounts\n"
  "  FROM fundings GROUP BY plan, status;\n"
  "CREATE VIEW funding_by_source AS\n"
  "  SELECT plan, source, COUNT (*) AS fundings, COALESCE (SUM (amount), 0) AS amount,\n"
  "         COUNT (*) - COUNT (amount) AS unknown_amounts\n"
  "  FROM fundings GROUP BY plan, source;\n";

/* Where the value of an SQL column comes from. */
typedef enum
{
  FROM_PLAN,                  /* the plan's key */
  FROM_POSITION,              /* the row's position in its table */
  FROM_COLUMN,                /* a column of the pdz_plan_dup_table() row */
  FROM_OWNER,                 /* "owner" when "owner-kind" is @column */
} Source;

typedef struct
{
  Source source;
  const char *column;         /* FROM_COLUMN: the table's column; FROM_OWNER: the kind */
} Value;

typedef struct
{
  PdzEntityKind kind;
  const char *insert;         /* INSERT INTO ... VALUES (?, ...) */
  Value values[18];           /* up to the first with a NULL column, after the plan */
} Export;

#define PLAN { FROM_PLAN, NULL }
#define POSITION { FROM_POSITION, NULL }
#define COL(name) { FROM_COLUMN, name }
#define OWNER(kind) { FROM_OWNER, kind }
#define END { FROM_COLUMN, NULL }

static const Export exports[] = {
  { PDZ_ENTITY_KIND_PARTNER,
    "INSERT INTO partners (plan, id, position, name, short_name, kind, website) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)",
    { PLAN, COL ("id"), POSITION, COL ("name"), COL ("short-name"), COL ("kind"),
      COL ("website"), END } },
  { PDZ_ENTITY_KIND_MACROAREA,
    "INSERT INTO macroareas (plan, id, position, title, code) VALUES (?, ?, ?, ?, ?)",
    { PLAN, COL ("id"), POSITION, COL ("title"), COL ("code"), END } },
  { PDZ_ENTITY_KIND_OBJECTIVE,
    "INSERT INTO objectives (plan, id, position, title, kind, macroarea, status, description) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    { PLAN, COL ("id"), POSITION, COL ("title"), COL ("kind"), COL ("macroarea"),
      COL ("status"), COL ("description"), END } },
  { PDZ_ENTITY_KIND_PROJECT,
    "INSERT INTO projects (plan, id, position, title, description, status, scope, lead, "
    "start_date, end_date, interventions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    { PLAN, COL ("id"), POSITION, COL ("title"), COL ("description"), COL ("status"),
      COL ("scope"), COL ("lead"), COL ("start"), COL ("end"), COL ("interventions"), END } },
  { PDZ_ENTITY_KIND_ACTION,
    "INSERT INTO actions (plan, id, position, parent, objective, project, macroarea, title, "
    "status, origin, date, end_date, links) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    { PLAN, COL ("id"), POSITION, COL ("parent"), COL ("objective"), COL ("project"),
      COL ("macroarea"), COL ("title"), COL ("status"), COL ("origin"), COL ("date"),
      COL ("end-date"), COL ("links"), END } },
  { PDZ_ENTITY_KIND_MILESTONE,
    "INSERT INTO milestones (plan, position, action, date, title) VALUES (?, ?, ?, ?, ?)",
    { PLAN, POSITION, COL ("action"), COL ("date"), COL ("title"), END } },
  { PDZ_ENTITY_KIND_PARTICIPATION,
    "INSERT INTO participations (plan, position, objective, action, project, partner, role) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)",
    { PLAN, POSITION, OWNER ("objective"), OWNER ("action"), OWNER ("project"),
      COL ("partner"), COL ("role"), END } },
  { PDZ_ENTITY_KIND_FUNDING,
    "INSERT INTO fundings (plan, position, action, project, source, amount, status) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)",
    { PLAN, POSITION, OWNER ("action"), OWNER ("project"), COL ("source"), COL ("amount"),
      COL ("status"), END } },
  { PDZ_ENTITY_KIND_INDICATOR,
    "INSERT INTO indicators (plan, id, position, objective, title, unit, baseline_date, "
    "baseline_value, baseline_note, target_date, target_value, target_note) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    { PLAN, COL ("id"), POSITION, COL ("objective"), COL ("title"), COL ("unit"),
      COL ("baseline-date"), COL ("baseline-value"), COL ("baseline-note"),
      COL ("target-date"), COL ("target-value"), COL ("target-note"), END } },
  { PDZ_ENTITY_KIND_MEASUREMENT,
    "INSERT INTO measurements (plan, position, indicator, date, value, note) "
    "VALUES (?, ?, ?, ?, ?, ?)",
    { PLAN, POSITION, COL ("indicator"), COL ("date"), COL ("value"), COL ("note"), END } },
};

#undef PLAN
#undef POSITION
#undef COL
#undef OWNER
#undef END

typedef struct
{
  sqlite3 *db;
  const char *path;           /* the user's file, for messages */
  GError **error;
} Db;

static gboolean
db_check (Db         *db,
          int         rc,
          const char *what)
{
  g_autofree char *display = NULL;

  if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;

  display = g_filename_display_name (db->path);
  g_set_error (db->error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: SQLite: %s: %s",
               display, what, db->db != NULL ? sqlite3_errmsg (db->db) : sqlite3_errstr (rc));
  return FALSE;
}

static gboolean
db_exec (Db         *db,
         const char *sql)
{
  return db_check (db, sqlite3_exec (db->db, sql, NULL, NULL, NULL), "cannot write");
}

static int
column_of (PdzStatsTable *table,
           const char    *name)
{
  const char * const *columns = pdz_stats_table_get_columns (table);

  for (int c = 0; columns[c] != NULL; c++)
    if (g_str_equal (columns[c], name))
      return c;
  g_return_val_if_reached (-1);
}

static void
bind_value (sqlite3_stmt *stmt,
            int           index,
            const GValue *value)
{
  if (value == NULL)
    sqlite3_bind_null (stmt, index);
  else if (G_VALUE_HOLDS_INT64 (value))
    sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
  else if (G_VALUE_HOLDS_DOUBLE (value))
    sqlite3_bind_double (stmt, index, g_value_get_double (value));
  else
    sqlite3_bind_text (stmt, index, g_value_get_string (value), -1, SQLITE_STATIC);
}

/* The rows of @plan's table of @export->kind. */
static gboolean
export_table (Db           *db,
              sqlite3_stmt *stmt,
              const Export *export,
              PdzPlan      *plan,
              const char   *key)
{
  g_autoptr(PdzStatsTable) table = pdz_plan_dup_table (plan, export->kind);
  int columns[G_N_ELEMENTS (export->values)];
  int owner_kind = -1;
  guint n;

  for (guint v = 0; v < G_N_ELEMENTS (export->values); v++)
    {
      const Value *value = &export->values[v];

      columns[v] = -1;
      if (value->source == FROM_COLUMN && value->column != NULL)
        columns[v] = column_of (table, value->column);
      else if (value->source == FROM_OWNER)
        {
          columns[v] = 0;   /* "owner", the key */
          owner_kind = column_of (table, "owner-kind");
        }
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (table));
  for (guint i = 0; i < n; i++)
    {
      PdzStatsRow *row = _pdz_model_peek (G_LIST_MODEL (table), i);

      for (guint v = 0; v < G_N_ELEMENTS (export->values); v++)
        {
          const Value *value = &export->values[v];
          int index = (int) v + 1;

          if (value->source == FROM_COLUMN && value->column == NULL)
            break;
          switch (value->source)
            {
            case FROM_PLAN:
              sqlite3_bind_text (stmt, index, key, -1, SQLITE_STATIC);
              break;
            case FROM_POSITION:
              sqlite3_bind_int64 (stmt, index, i);
              break;
            case FROM_OWNER:
              if (g_strcmp0 (g_value_get_string (_pdz_stats_row_peek_value (row, (guint) owner_kind)),
                             value->column) == 0)
                bind_value (stmt, index, _pdz_stats_row_peek_value (row, 0));
              else
                sqlite3_bind_null (stmt, index);
              break;
            case FROM_COLUMN:
            default:
              bind_value (stmt, index, _pdz_stats_row_peek_value (row, (guint) columns[v]));
              break;
            }
        }
      if (!db_check (db, sqlite3_step (stmt), "cannot write"))
        return FALSE;
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
  return TRUE;
}

/* A list of references, as rows (plan, owner id, item id, position). */
static gboolean
export_refs (Db           *db,
             sqlite3_stmt *stmt,
             const char   *key,
             const char   *owner,
             GListModel   *items,
             PdzKind       kind,
             gboolean      with_owner)
{
  PDZ_MODEL_FOREACH (items, GObject, item)
    {
      int index = 1;

      sqlite3_bind_text (stmt, index++, key, -1, SQLITE_STATIC);
      if (with_owner)
        sqlite3_bind_text (stmt, index++, owner, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, index++, _pdz_kind_get_id (kind, item), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, index, item_i);
      if (!db_check (db, sqlite3_step (stmt), "cannot write"))
        return FALSE;
      sqlite3_reset (stmt);
    }
  return TRUE;
}

static gboolean
export_action_projects (Db           *db,
                        sqlite3_stmt *stmt,
                        const char   *key,
                        GListModel   *actions)
{
  PDZ_MODEL_FOREACH (actions, PdzAction, action)
    {
      if (!export_refs (db, stmt, key, pdz_action_get_id (action),
                        _pdz_action_peek_list (action, PDZ_LIST_PROJECTS), PDZ_KIND_PROJECT, TRUE) ||
          !export_action_projects (db, stmt, key, _pdz_action_peek_list (action, PDZ_LIST_ACTIONS)))
        return FALSE;
    }
  return TRUE;
}

/* The plan's row, then the rows of its entities. */
static gboolean
export_plan (Db           *db,
             sqlite3_stmt *plan_stmt,
             sqlite3_stmt *stmts[],
             sqlite3_stmt *municipality_stmt,
             sqlite3_stmt *project_objective_stmt,
             sqlite3_stmt *action_project_stmt,
             PdzPlan      *plan,
             const char   *key,
             guint         position)
{
  g_autoptr(PdzStatsTable) table = pdz_plan_dup_table (plan, PDZ_ENTITY_KIND_PLAN);
  PdzStatsRow *row = _pdz_model_peek (G_LIST_MODEL (table), 0);
  static const char * const plan_columns[] = {
    "title", "description", "ambito", "language", "start", "end", "lead-municipality",
    "office", "email", "phone", "website", "monitoring-title", "monitoring-start",
    "monitoring-end",
  };

  sqlite3_bind_text (plan_stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (plan_stmt, 2, position);
  for (guint c = 0; c < G_N_ELEMENTS (plan_columns); c++)
    bind_value (plan_stmt, (int) c + 3,
                _pdz_stats_row_peek_value (row, (guint) column_of (table, plan_columns[c])));
  if (!db_check (db, sqlite3_step (plan_stmt), "cannot write"))
    return FALSE;
  sqlite3_reset (plan_stmt);

  for (guint e = 0; e < G_N_ELEMENTS (exports); e++)
    if (!export_table (db, stmts[e], &exports[e], plan, key))
      return FALSE;

  if (!export_refs (db, municipality_stmt, key, NULL, pdz_plan_get_municipalities (plan),
                    PDZ_KIND_PARTNER, FALSE))
    return FALSE;
  PDZ_MODEL_FOREACH (pdz_plan_get_objectives (plan), PdzObjective, objective)
    if (!export_action_projects (db, action_project_stmt, key,
                                 _pdz_objective_peek_list (objective, PDZ_LIST_ACTIONS)))
      return FALSE;
  PDZ_MODEL_FOREACH (pdz_plan_get_projects (plan), PdzProject, project)
    {
      if (!export_refs (db, project_objective_stmt, key, pdz_project_get_id (project),
                        _pdz_project_peek_list (project, PDZ_LIST_OBJECTIVES), PDZ_KIND_OBJECTIVE,
                        TRUE) ||
          !export_action_projects (db, action_project_stmt, key,
                                   _pdz_project_peek_list (project, PDZ_LIST_ACTIONS)))
        return FALSE;
    }
  return TRUE;
}

static gboolean
prepare (Db            *db,
         const char    *sql,
         sqlite3_stmt **stmt)
{
  return db_check (db, sqlite3_prepare_v2 (db->db, sql, -1, stmt, NULL), "cannot prepare");
}

static gboolean
export_plans (Db            *db,
              GListModel    *plans,
              GCancellable  *cancellable)
{
  sqlite3_stmt *stmts[G_N_ELEMENTS (exports)] = { NULL, };
  sqlite3_stmt *plan_stmt = NULL, *municipality_stmt = NULL;
  sqlite3_stmt *project_objective_stmt = NULL, *action_project_stmt = NULL;
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean ok;

  ok = prepare (db, "INSERT INTO plans (plan, position, title, description, ambito, language, "
                "start_date, end_date, lead_municipality, office, email, phone, website, "
                "monitoring_title, monitoring_start, monitoring_end) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", &plan_stmt) &&
       prepare (db, "INSERT INTO plan_municipalities (plan, partner, position) VALUES (?, ?, ?)",
                &municipality_stmt) &&
       prepare (db, "INSERT INTO project_objectives (plan, project, objective, position) "
                "VALUES (?, ?, ?, ?)", &project_objective_stmt) &&
       prepare (db, "INSERT INTO action_projects (plan, action, project, position) "
                "VALUES (?, ?, ?, ?)", &action_project_stmt);
  for (guint e = 0; ok && e < G_N_ELEMENTS (exports); e++)
    ok = prepare (db, exports[e].insert, &stmts[e]);

  for (guint i = 0; ok && i < g_list_model_get_n_items (plans); i++)
    {
      PdzPlan *plan = _pdz_model_peek (plans, i);
      const char *id = pdz_plan_get_id (plan);
      g_autofree char *key = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, db->error))
        {
          ok = FALSE;
          break;
        }
      /* A plan without an id, or with one a plan before took, gets one. */
      key = id != NULL && !g_hash_table_contains (keys, id) ?
            g_strdup (id) : g_strdup_printf ("plan-%u", i + 1);
      g_hash_table_add (keys, g_strdup (key));
      ok = export_plan (db, plan_stmt, stmts, municipality_stmt, project_objective_stmt,
                        action_project_stmt, plan, key, i);
    }

  for (guint e = 0; e < G_N_ELEMENTS (exports); e++)
    sqlite3_finalize (stmts[e]);
  sqlite3_finalize (action_project_stmt);
  sqlite3_finalize (project_objective_stmt);
  sqlite3_finalize (municipality_stmt);
  sqlite3_finalize (plan_stmt);
  return ok;
}

gboolean
_pdz_sqlite_export (GListModel    *plans,
                    const char    *path,
                    GCancellable  *cancellable,
                    GError       **error)
{
  Db db = { NULL, path, error };
  g_autofree char *pragma = g_strdup_printf ("PRAGMA user_version = %d;", SCHEMA_VERSION);
  sqlite3_int64 size = 0;
  unsigned char *image;
  gboolean ok;

  /* In memory, then one file: the replacement is atomic, and keeps what
   * every save of libpdz keeps (pdz-file-private.h). */
  if (!db_check (&db, sqlite3_open_v2 (":memory:", &db.db,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL),
                 "cannot create"))
    {
      sqlite3_close (db.db);
      return FALSE;
    }

  /* The keys are checked once all the rows are in (below), as a reader
   * with foreign_keys on would check them. */
  ok = db_exec (&db, pragma) &&
       db_exec (&db, "BEGIN;") &&
       db_exec (&db, schema) &&
       export_plans (&db, plans, cancellable) &&
       db_exec (&db, indexes_and_views) &&
       db_exec (&db, "COMMIT;");

  /* The foreign keys hold: the plans were checked when they were read. */
  if (ok)
    {
      sqlite3_stmt *check = NULL;

      ok = prepare (&db, "PRAGMA foreign_key_check;", &check);
      if (ok && sqlite3_step (check) == SQLITE_ROW)
        {
          g_autofree char *display = g_filename_display_name (path);

          g_set_error (error, PDZ_ERROR, PDZ_ERROR_DANGLING_REFERENCE,
                       "%s: a reference of the table %s does not resolve",
                       display, (const char *) sqlite3_column_text (check, 0));
          ok = FALSE;
        }
      sqlite3_finalize (check);
    }

  if (ok)
    {
      image = sqlite3_serialize (db.db, "main", &size, 0);
      if (image == NULL)
        {
          ok = db_check (&db, SQLITE_NOMEM, "cannot write");
        }
      else
        {
          ok = _pdz_file_replace (path, image, (gsize) size, cancellable, error);
          sqlite3_free (image);
        }
    }

  sqlite3_close (db.db);
  return ok;
}
