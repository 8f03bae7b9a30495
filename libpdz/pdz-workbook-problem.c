/* pdz-workbook-problem.c: one thing the workbook import found, with its cell
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * PdzWorkbookProblem, and the log (PdzWbLog) in which the readers and the
 * import put them.
 */

#include "pdz-text-private.h"
#include "pdz-workbook-private.h"

/**
 * PdzWorkbookProblem:
 *
 * One problem that [method@Pdz.WorkbookImport.load] found in a workbook,
 * or one note about what it did: where (the sheet and the cell, when there
 * is one) and what, in the plan's language.
 *
 * [method@Pdz.WorkbookProblem.to_string] gives the line that `pdz import`
 * prints after the file's name:
 *
 * ```
 * Azioni!C12: stato «in corsoo» sconosciuto; valori ammessi: non indicato, previsto, in corso, concluso, sospeso, annullato
 * ```
 *
 * For a CSV table the sheet is the file's name (`actions.csv`), and the
 * row is the CSV record (row 1 is the header), so that the cell names the
 * same place as in a spreadsheet that opened the file.
 *
 * Since: 0.2
 */
struct _PdzWorkbookProblem
{
  GObject parent_instance;

  PdzWorkbookSeverity severity;
  char *sheet;               /* (owned) (nullable) */
  guint row;                 /* 1-based; 0 for none */
  guint column;              /* 1-based; 0 for none */
  char *cell;                /* (owned) (nullable) */
  char *message;             /* (owned) */
};

G_DEFINE_FINAL_TYPE (PdzWorkbookProblem, pdz_workbook_problem, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_SHEET,
  PROP_CELL,
  PROP_ROW,
  PROP_COLUMN,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pdz_workbook_problem_finalize (GObject *object)
{
  PdzWorkbookProblem *self = PDZ_WORKBOOK_PROBLEM (object);

  g_free (self->sheet);
  g_free (self->cell);
  g_free (self->message);

  G_OBJECT_CLASS (pdz_workbook_problem_parent_class)->finalize (object);
}

static void
pdz_workbook_problem_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PdzWorkbookProblem *self = PDZ_WORKBOOK_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;
    case PROP_SHEET:
      g_value_set_string (value, self->sheet);
      break;
    case PROP_CELL:
      g_value_set_string (value, self->cell);
      break;
    case PROP_ROW:
      g_value_set_uint (value, self->row);
      break;
    case PROP_COLUMN:
      g_value_set_uint (value, self->column);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_workbook_problem_class_init (PdzWorkbookProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pdz_workbook_problem_finalize;
  object_class->get_property = pdz_workbook_problem_get_property;

  /**
   * PdzWorkbookProblem:severity:
   *
   * An error (the workbook was not read) or a note.
   *
   * Since: 0.2
   */
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL,
                       PDZ_TYPE_WORKBOOK_SEVERITY, PDZ_WORKBOOK_SEVERITY_ERROR,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzWorkbookProblem:sheet:
   *
   * The sheet (for CSV tables, the file) the problem is in, or %NULL for
   * one of the whole workbook.
   *
   * Since: 0.2
   */
  properties[PROP_SHEET] =
    g_param_spec_string ("sheet", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzWorkbookProblem:cell:
   *
   * The cell, as `C12`; a row alone as `12`; %NULL for the whole sheet.
   *
   * Since: 0.2
   */
  properties[PROP_CELL] =
    g_param_spec_string ("cell", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzWorkbookProblem:row:
   *
   * The row, from 1, or 0 when the problem has none.
   *
   * Since: 0.2
   */
  properties[PROP_ROW] =
    g_param_spec_uint ("row", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzWorkbookProblem:column:
   *
   * The column, from 1 (A), or 0 when the problem has none.
   *
   * Since: 0.2
   */
  properties[PROP_COLUMN] =
    g_param_spec_uint ("column", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * PdzWorkbookProblem:message:
   *
   * What is wrong and what was expected, in the plan's language, without
   * the place.
   *
   * Since: 0.2
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_workbook_problem_init (PdzWorkbookProblem *self)
{
}

PdzWorkbookProblem *
_pdz_workbook_problem_new (PdzWorkbookSeverity  severity,
                           const char          *sheet,
                           guint                row,
                           guint                column,
                           const char          *message)
{
  PdzWorkbookProblem *self = g_object_new (PDZ_TYPE_WORKBOOK_PROBLEM, NULL);

  self->severity = severity;
  self->sheet = g_strdup (sheet);
  self->message = g_strdup (message);
  if (sheet != NULL && row != G_MAXUINT)
    {
      self->row = row + 1;
      if (column != G_MAXUINT)
        {
          self->column = column + 1;
          self->cell = _pdz_wb_cell_name (row, column);
        }
      else
        self->cell = g_strdup_printf ("%u", row + 1);
    }
  return self;
}

/**
 * pdz_workbook_problem_get_severity:
 * @self: a problem
 *
 * Gets [property@Pdz.WorkbookProblem:severity].
 *
 * Returns: whether it is an error or a note
 *
 * Since: 0.2
 */
PdzWorkbookSeverity
pdz_workbook_problem_get_severity (PdzWorkbookProblem *self)
{
  g_return_val_if_fail (PDZ_IS_WORKBOOK_PROBLEM (self), PDZ_WORKBOOK_SEVERITY_ERROR);

  return self->severity;
}

/**
 * pdz_workbook_problem_get_sheet:
 * @self: a problem
 *
 * Gets [property@Pdz.WorkbookProblem:sheet].
 *
 * Returns: (nullable): the sheet, or %NULL
 *
 * Since: 0.2
 */
const char *
pdz_workbook_problem_get_sheet (PdzWorkbookProblem *self)
{
  g_return_val_if_fail (PDZ_IS_WORKBOOK_PROBLEM (self), NULL);

  return self->sheet;
}

/**
 * pdz_workbook_problem_get_cell:
 * @self: a problem
 *
 * Gets [property@Pdz.WorkbookProblem:cell].
 *
 * Returns: (nullable): the cell (`C12`), the row (`12`), or %NULL
 *
 * Since: 0.2
 */
const char *
pdz_workbook_problem_get_cell (PdzWorkbookProblem *self)
{
  g_return_val_if_fail (PDZ_IS_WORKBOOK_PROBLEM (self), NULL);

  return self->cell;
}

/**
 * pdz_workbook_problem_get_row:
 * @self: a problem
 *
 * Gets [property@Pdz.WorkbookProblem:row].
 *
 * Returns: the row from 1, or 0
 *
 * Since: 0.2
 */
guint
pdz_workbook_problem_get_row (PdzWorkbookProblem *self)
{
  g_return_val_if_fail (PDZ_IS_WORKBOOK_PROBLEM (self), 0);

  return self->row;
}

/**
 * pdz_workbook_problem_get_column:
 * @self: a problem
 *
 * Gets [property@Pdz.WorkbookProblem:column].
 *
 * Returns: the column from 1, or 0
 *
 * Since: 0.2
 */
guint
pdz_workbook_problem_get_column (PdzWorkbookProblem *self)
{
  g_return_val_if_fail (PDZ_IS_WORKBOOK_PROBLEM (self), 0);

  return self->column;
}

/**
 * pdz_workbook_problem_get_message:
 * @self: a problem
 *
 * Gets [property@Pdz.WorkbookProblem:message].
 *
 * Returns: the message, without the place
 *
 * Since: 0.2
 */
const char *
pdz_workbook_problem_get_message (PdzWorkbookProblem *self)
{
  g_return_val_if_fail (PDZ_IS_WORKBOOK_PROBLEM (self), NULL);

  return self->message;
}

/**
 * pdz_workbook_problem_to_string:
 * @self: a problem
 *
 * The problem as one line: `Sheet!Cell: message`, `Sheet: message` for a
 * whole sheet, or the message alone for the whole workbook. The sheet's
 * name is shown as the user's text in every message is: control and
 * bidirectional characters escaped (`\u202e`), at most 80 characters.
 *
 * Returns: (transfer full): the line
 *
 * Since: 0.2
 */
char *
pdz_workbook_problem_to_string (PdzWorkbookProblem *self)
{
  g_autofree char *sheet = NULL;

  g_return_val_if_fail (PDZ_IS_WORKBOOK_PROBLEM (self), NULL);

  if (self->sheet == NULL)
    return g_strdup (self->message);
  /* The sheet's name is the file's: quoted, as any text of the user. */
  sheet = _pdz_text_quote (self->sheet, -1, 0, PDZ_QUOTE_DEFAULT);
  if (self->cell == NULL)
    return g_strdup_printf ("%s: %s", sheet, self->message);
  return g_strdup_printf ("%s!%s: %s", sheet, self->cell, self->message);
}

/* --- The log --- */

void
_pdz_wb_log (PdzWbLog            *log,
             PdzWorkbookSeverity  severity,
             const char          *sheet,
             guint                row,
             guint                column,
             const char          *format,
             ...)
{
  g_autoptr(PdzWorkbookProblem) problem = NULL;
  g_autofree char *message = NULL;
  va_list args;

  if (severity == PDZ_WORKBOOK_SEVERITY_ERROR)
    {
      log->n_errors++;
      if (log->full)
        {
          log->n_dropped++;
          return;
        }
      if (log->max_errors > 0 && log->n_errors >= log->max_errors)
        log->full = TRUE;
    }
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  problem = _pdz_workbook_problem_new (severity, sheet, row, column, message);
  g_list_store_append (log->problems, problem);
}
