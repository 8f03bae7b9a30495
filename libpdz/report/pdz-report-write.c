/* pdz-report-write.c: writing a PdzReport to a file, a stream or bytes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Resolves the report's properties into a PdzReportContext, hands it to
 * the writer of the format, and puts the result where it was asked for:
 * files are replaced atomically through _pdz_file_replace(), whose errors
 * name the user's file; no directory is created but the one a CSV report
 * of every table is written into.
 */

#include "pdz-report-private.h"

#include <string.h>

#include <glib/gstdio.h>

#include "pdz-date-private.h"
#include "pdz-file-private.h"

/* The last second of 9999, the last year a PdzDate (and a GDateTime) holds */
#define MAX_EPOCH G_GINT64_CONSTANT (253402300799)

/* The moment of generation; %NULL with @error set, always, on failure. */
static GDateTime *
resolve_generated (PdzReport  *self,
                   GError    **error)
{
  g_autoptr(GDateTime) generated = NULL;
  int year;

  if (pdz_report_get_generated (self) != NULL)
    {
      generated = g_date_time_ref (pdz_report_get_generated (self));
    }
  else
    {
      if (!_pdz_source_date_epoch (MAX_EPOCH, &generated, error))
        return NULL;
      if (generated == NULL)
        generated = g_date_time_new_now_local ();
      if (generated == NULL)
        {
          g_set_error_literal (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                               "the current time is not a date the report can print");
          return NULL;
        }
    }

  /* The report prints the day as a PdzDate, which holds years 1000 to 9999. */
  year = g_date_time_get_year (generated);
  if (year < 1000 || year > 9999)
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                   "the date of the report is in the year %d: expected a year from 1000 to 9999", year);
      return NULL;
    }

  return g_steal_pointer (&generated);
}

static PdzReportContext *
context_new (PdzReport  *self,
             GError    **error)
{
  g_autoptr(PdzReportContext) ctx = g_new0 (PdzReportContext, 1);

  /* First: whatever the plan, this build cannot write it. */
  if (!_pdz_report_format_available (pdz_report_get_format (self), error))
    return NULL;

  if (pdz_report_get_corpus (self) != NULL)
    {
      /* The regional overview: its own document, with an empty plan
       * standing in for the one a report has. */
      ctx->corpus = g_object_ref (pdz_report_get_corpus (self));
      ctx->plan = pdz_plan_new ();
      /* The deck picks a plan's sections out of the document; it has no
       * slides for the overview's yet. */
      if (pdz_report_get_format (self) == PDZ_REPORT_FORMAT_ODP)
        {
          g_set_error_literal (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED,
                               "the regional overview is not written as a slide deck (odp): "
                               "choose html, md, pdf, csv or xlsx");
          return NULL;
        }
      if (pdz_report_get_query (self) != NULL)
        {
          g_set_error_literal (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                               "a regional report takes no query: it sums up every plan");
          return NULL;
        }
    }
  else if (pdz_report_get_plan (self) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           "the report has no plan");
      return NULL;
    }
  else
    {
      ctx->plan = g_object_ref (pdz_report_get_plan (self));
    }

  if (pdz_report_get_query (self) != NULL)
    {
      ctx->query = g_object_ref (pdz_report_get_query (self));
      if (pdz_query_get_plan (ctx->query) != ctx->plan)
        {
          g_set_error_literal (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                               "the query that limits the report is not about the report's plan");
          return NULL;
        }
    }
  ctx->cat = _pdz_report_get_catalog (self);
  if (ctx->cat == NULL)
    {
      g_autofree char *known = g_strjoinv (", ", (char **) pdz_report_get_languages ());

      g_set_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                   "no report in language \"%s\": the languages are %s", pdz_report_get_language (self), known);
      return NULL;
    }

  ctx->format = pdz_report_get_format (self);
  ctx->sections = pdz_report_get_sections (self);
  ctx->table = pdz_report_get_table (self);
  ctx->csv_dialect = pdz_report_get_csv_dialect (self);
  ctx->include_diagnostics = pdz_report_get_include_diagnostics (self);
  ctx->generated = resolve_generated (self, error);
  if (ctx->generated == NULL)
    return NULL;

  if (pdz_report_get_since (self) != NULL && ctx->corpus != NULL)
    {
      g_set_error_literal (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                           "a regional overview compares no rounds: PdzReport:since is for the report of one plan");
      return NULL;
    }
  if (pdz_report_get_since (self) != NULL &&
      !_pdz_report_changes_prepare (ctx, pdz_report_get_since (self), pdz_report_get_since_flags (self), error))
    return NULL;
  if (ctx->format == PDZ_REPORT_FORMAT_CSV && ctx->table == PDZ_REPORT_TABLE_CHANGES && ctx->diff == NULL)
    {
      g_set_error_literal (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE,
                           "the table of changes needs the previous round of the plan (PdzReport:since)");
      return NULL;
    }

  if (ctx->include_diagnostics && ctx->corpus == NULL &&
      (ctx->format == PDZ_REPORT_FORMAT_HTML || ctx->format == PDZ_REPORT_FORMAT_MARKDOWN ||
       ctx->format == PDZ_REPORT_FORMAT_PDF))
    {
      g_autoptr(PdzCheckOptions) options = pdz_check_options_new ();
      g_autoptr(PdzDate) today = pdz_date_new_day (g_date_time_get_year (ctx->generated),
                                                   g_date_time_get_month (ctx->generated),
                                                   g_date_time_get_day_of_month (ctx->generated));

      /* The day of the report, not of the clock: reproducible. */
      pdz_check_options_set_reference_date (options, today);
      pdz_check_options_set_language (options, ctx->cat->language);
      ctx->diagnostics = pdz_plan_check (ctx->plan, options);
    }

  return g_steal_pointer (&ctx);
}

/* Output ------------------------------------------------------------------ */

#if PDZ_HAVE_XLSX
static gboolean
write_xlsx (const char  *path,
            gpointer     ctx,
            GError     **error)
{
  return _pdz_report_write_xlsx (ctx, path, error);
}

/* libxlsxwriter writes files only: the workbook goes through a private file
 * in the temporary directory, removed at once. Its name is no business of
 * the caller's, and no message carries it. */
static GBytes *
render_xlsx (PdzReportContext  *ctx,
             GCancellable      *cancellable,
             GError           **error)
{
  return _pdz_file_write_through_temp ("workbook", "pdz-report-XXXXXX.xlsx", write_xlsx, ctx,
                                       cancellable, error);
}
#endif

static GBytes *
render_bytes (PdzReportContext  *ctx,
              GCancellable      *cancellable,
              GError           **error)
{
  switch (ctx->format)
    {
    case PDZ_REPORT_FORMAT_HTML:
      return _pdz_report_write_html (ctx);

    case PDZ_REPORT_FORMAT_MARKDOWN:
      return _pdz_report_write_markdown (ctx, NULL);

    case PDZ_REPORT_FORMAT_CSV:
      /* The regional overview is one table, of the ambiti */
      if (ctx->corpus != NULL)
        return _pdz_report_write_csv (ctx, NULL, ctx->table);
      if (ctx->table == PDZ_REPORT_TABLE_ALL)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               "a CSV report of every table is a directory of files: "
                               "choose one table, or write to a directory");
          return NULL;
        }
      {
        g_autoptr(PdzReportFigures) fig = _pdz_report_figures_new (ctx);

        return _pdz_report_write_csv (ctx, fig, ctx->table);
      }

    case PDZ_REPORT_FORMAT_XLSX:
#if PDZ_HAVE_XLSX
      return render_xlsx (ctx, cancellable, error);
#endif
    case PDZ_REPORT_FORMAT_PDF:
#if PDZ_HAVE_PDF
      return _pdz_report_write_pdf (ctx, error);
#endif
    case PDZ_REPORT_FORMAT_ODP:
#if PDZ_HAVE_ODF
      return _pdz_report_write_odp (ctx, error);
#endif
    default:
      /* context_new() refused the formats this build has no writer for. */
      g_assert_not_reached ();
      return NULL;
    }
}

/**
 * pdz_report_to_bytes:
 * @self: a report
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Writes the report into memory.
 *
 * A Markdown report carries its charts inline, as `data:` URIs of SVG
 * images; a CSV report needs a single [property@Pdz.Report:table].
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
GBytes *
pdz_report_to_bytes (PdzReport     *self,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(PdzReportContext) ctx = NULL;

  g_return_val_if_fail (PDZ_IS_REPORT (self), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  ctx = context_new (self, error);
  if (ctx == NULL)
    return NULL;

  return render_bytes (ctx, cancellable, error);
}

/**
 * pdz_report_write_to_stream:
 * @self: a report
 * @stream: the stream to write to
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Writes the report to @stream, as [method@Pdz.Report.to_bytes] makes it.
 * The stream is left open.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 */
gboolean
pdz_report_write_to_stream (PdzReport      *self,
                            GOutputStream  *stream,
                            GCancellable   *cancellable,
                            GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const void *data;

  g_return_val_if_fail (PDZ_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = pdz_report_to_bytes (self, cancellable, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  return g_output_stream_write_all (stream, data, length, NULL, cancellable, error);
}

/* Writes @bytes over the file at @path: _pdz_file_replace(), whose errors
 * name @path. */
static gboolean
replace_with_bytes (const char    *path,
                    GBytes        *bytes,
                    GCancellable  *cancellable,
                    GError       **error)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return _pdz_file_replace (path, data, length, cancellable, error);
}

/* The stem of the Markdown file: "report" for "out/report.md" */
static char *
markdown_stem (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

static GPtrArray *
charts_of (PdzReportContext *ctx)
{
  g_autoptr(PdzReportFigures) fig = NULL;

  if (!(ctx->sections & PDZ_REPORT_SECTION_CHARTS))
    return g_ptr_array_new ();

  fig = ctx->corpus != NULL ? _pdz_report_figures_new_for_corpus (ctx) : _pdz_report_figures_new (ctx);
  return _pdz_report_figures_charts (ctx, fig);
}

static char **
output_files (PdzReportContext *ctx,
              const char       *path)
{
  GPtrArray *files = g_ptr_array_new ();

  switch (ctx->format)
    {
    case PDZ_REPORT_FORMAT_MARKDOWN:
      {
        g_autoptr(GPtrArray) charts = charts_of (ctx);
        g_autofree char *dir = g_path_get_dirname (path);
        g_autofree char *stem = markdown_stem (path);

        g_ptr_array_add (files, g_strdup (path));
        for (guint i = 0; i < charts->len; i++)
          {
            PdzReportFigure *figure = charts->pdata[i];
            g_autofree char *name = _pdz_report_chart_file_name (stem, figure->id);

            g_ptr_array_add (files, g_build_filename (dir, name, NULL));
          }
      }
      break;

    case PDZ_REPORT_FORMAT_CSV:
      if (ctx->table == PDZ_REPORT_TABLE_ALL && ctx->corpus == NULL)
        {
          for (PdzReportTable t = PDZ_REPORT_TABLE_OBJECTIVES; t <= _pdz_report_last_table (ctx); t++)
            g_ptr_array_add (files, g_build_filename (path, _pdz_report_table_file_name (t), NULL));
          break;
        }
      G_GNUC_FALLTHROUGH;

    case PDZ_REPORT_FORMAT_HTML:
    case PDZ_REPORT_FORMAT_XLSX:
    default:
      g_ptr_array_add (files, g_strdup (path));
      break;
    }

  g_ptr_array_add (files, NULL);
  return (char **) g_ptr_array_free (files, FALSE);
}

/**
 * pdz_report_dup_output_files:
 * @self: a report
 * @path: (type filename): the path [method@Pdz.Report.write_path] would be given
 *
 * Lists the files [method@Pdz.Report.write_path] writes for @path: @path
 * itself for HTML and XLSX and for a CSV report of one table; for Markdown,
 * @path and the SVG files of its charts beside it, for those charts that
 * have something to show: `STEM-1.svg` (the status of the actions per
 * macroarea), `STEM-2.svg` (the actions and milestones over time) and
 * `STEM-3.svg` (the
 * funding per source), where STEM is the name of @path without its
 * extension; for a CSV report of every table, the files
 * `objectives.csv`, `actions.csv`, `projects.csv`, `partners.csv` and
 * `fundings.csv` in the directory @path.
 *
 * A program can check them before it writes, for instance so as not to
 * overwrite its input.
 *
 * Returns: (transfer full) (array zero-terminated=1) (nullable): the paths,
 *   or %NULL when the report cannot be written (a format this build of libpdz
 *   leaves out, no plan, an unknown language, or a date of generation
 *   outside the years 1000 to 9999)
 *
 * Since: 0.2
 */
char **
pdz_report_dup_output_files (PdzReport  *self,
                             const char *path)
{
  g_autoptr(PdzReportContext) ctx = NULL;

  g_return_val_if_fail (PDZ_IS_REPORT (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  ctx = context_new (self, NULL);
  if (ctx == NULL)
    return NULL;

  return output_files (ctx, path);
}

/**
 * pdz_report_get_output_files:
 * @self: a report
 * @path: (type filename): the path [method@Pdz.Report.write_path] would be given
 *
 * Lists the files [method@Pdz.Report.write_path] writes for @path: the same
 * as [method@Pdz.Report.dup_output_files].
 *
 * Returns: (transfer full) (array zero-terminated=1) (nullable): the paths,
 *   or %NULL when the report cannot be written
 *
 * Deprecated: 0.2: Use [method@Pdz.Report.dup_output_files].
 */
char **
pdz_report_get_output_files (PdzReport  *self,
                             const char *path)
{
  return pdz_report_dup_output_files (self, path);
}

/* The Markdown file and its charts beside it, as one set: every file is
 * written before any replaces its old self (see _pdz_file_set_add()). The
 * Markdown file first, so that a directory that does not exist is reported
 * for the file the caller named. */
static gboolean
write_markdown (PdzReportContext  *ctx,
                const char        *path,
                GCancellable      *cancellable,
                GError           **error)
{
  g_autofree char *stem = markdown_stem (path);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GBytes) bytes = _pdz_report_write_markdown (ctx, stem);
  g_autoptr(GPtrArray) charts = charts_of (ctx);
  g_autoptr(PdzFileSet) set = _pdz_file_set_new ();
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  if (!_pdz_file_set_add (set, path, data, length, cancellable, error))
    return FALSE;

  for (guint i = 0; i < charts->len; i++)
    {
      PdzReportFigure *figure = charts->pdata[i];
      g_autofree char *name = _pdz_report_chart_file_name (stem, figure->id);
      g_autofree char *chart_path = g_build_filename (dir, name, NULL);
      g_autofree char *svg = g_strconcat ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", figure->svg, NULL);

      if (!_pdz_file_set_add (set, chart_path, svg, strlen (svg), cancellable, error))
        return FALSE;
    }

  return _pdz_file_set_commit (set, error);
}

/* Every table into the directory @path: the one directory libpdz creates,
 * because it is the output itself; its parent must exist. A new directory
 * is written whole beside @path and renamed into place; the files of one
 * that exists are replaced as one set. */
static gboolean
write_csv_directory (PdzReportContext  *ctx,
                     const char        *path,
                     GCancellable      *cancellable,
                     GError           **error)
{
  g_autoptr(PdzReportFigures) fig = NULL;
  g_autoptr(PdzFileSet) set = _pdz_file_set_new ();

  if (!_pdz_file_set_make_directory (set, path, error))
    return FALSE;

  fig = _pdz_report_figures_new (ctx);
  for (PdzReportTable t = PDZ_REPORT_TABLE_OBJECTIVES; t <= _pdz_report_last_table (ctx); t++)
    {
      g_autoptr(GBytes) bytes = _pdz_report_write_csv (ctx, fig, t);
      g_autofree char *file = g_build_filename (path, _pdz_report_table_file_name (t), NULL);
      gsize length;
      const char *data = g_bytes_get_data (bytes, &length);

      if (!_pdz_file_set_add (set, file, data, length, cancellable, error))
        return FALSE;
    }

  return _pdz_file_set_commit (set, error);
}

static gboolean
write_local (PdzReport     *self,
             const char    *path,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(PdzReportContext) ctx = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  ctx = context_new (self, error);
  if (ctx == NULL)
    return FALSE;

  if (ctx->format == PDZ_REPORT_FORMAT_MARKDOWN)
    return write_markdown (ctx, path, cancellable, error);
  if (ctx->format == PDZ_REPORT_FORMAT_CSV && ctx->table == PDZ_REPORT_TABLE_ALL && ctx->corpus == NULL)
    return write_csv_directory (ctx, path, cancellable, error);

  /* One file: what pdz_report_to_bytes() gives, put in place atomically. */
  bytes = render_bytes (ctx, cancellable, error);
  return bytes != NULL && replace_with_bytes (path, bytes, cancellable, error);
}

/**
 * pdz_report_write:
 * @self: a report
 * @file: the file to write
 * @cancellable: (nullable): a [class@Gio.Cancellable], or %NULL
 * @error: return location for a [error@Pdz.Error] or a [error@Gio.IOErrorEnum]
 *
 * Writes the report to @file, replacing it atomically: each file is written
 * to a temporary file beside it, which is then renamed over it, so that a
 * failure leaves the old file whole and no temporary file behind. A
 * symbolic link is followed and its target replaced.
 *
 * A Markdown report also writes its charts as SVG files beside @file and
 * links them by relative name; a CSV report of every table treats @file as
 * a directory and writes one file per table in it.
 * [method@Pdz.Report.dup_output_files] lists what is written.
 *
 * The directory @file is in must exist, as for `cp`: libpdz creates no
 * directory but the one a CSV report of every table is written into, and
 * that one only when its own parent exists.
 *
 * A file that cannot be written fails with the [error@Gio.IOErrorEnum]
 * that says why (%G_IO_ERROR_NOT_FOUND for a directory that does not
 * exist), whose message names the file, never a temporary one. A @file
 * that is not a local file fails with %PDZ_ERROR_UNSUPPORTED, naming its
 * URI, as does a format this build of libpdz leaves out (see
 * [func@Pdz.ReportFormat.is_available]).
 *
 * Returns: %TRUE on success, %FALSE with @error set
 *
 * Since: 0.2
 */
gboolean
pdz_report_write (PdzReport     *self,
                  GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (PDZ_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = _pdz_file_get_local_path (file, error);
  if (path == NULL)
    return FALSE;

  return write_local (self, path, cancellable, error);
}

/**
 * pdz_report_write_path:
 * @self: a report
 * @path: (type filename): the path of the file to write
 * @cancellable: (nullable): a [class@Gio.Cancellable], or %NULL
 * @error: return location for a [error@Pdz.Error] or a [error@Gio.IOErrorEnum]
 *
 * Writes the report to the file at @path, as [method@Pdz.Report.write] does.
 *
 * Returns: %TRUE on success, %FALSE with @error set
 *
 * Since: 0.2
 */
gboolean
pdz_report_write_path (PdzReport     *self,
                       const char    *path,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_return_val_if_fail (PDZ_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return write_local (self, path, cancellable, error);
}

/**
 * pdz_report_write_to_file:
 * @self: a report
 * @path: (type filename): where to write
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Writes the report to @path: the same as [method@Pdz.Report.write_path].
 *
 * Returns: %TRUE on success, %FALSE with @error set
 *
 * Deprecated: 0.2: Use [method@Pdz.Report.write_path], or
 *   [method@Pdz.Report.write] for a [iface@Gio.File].
 */
gboolean
pdz_report_write_to_file (PdzReport     *self,
                          const char    *path,
                          GCancellable  *cancellable,
                          GError       **error)
{
  return pdz_report_write_path (self, path, cancellable, error);
}
