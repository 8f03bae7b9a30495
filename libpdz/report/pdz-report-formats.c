/* pdz-report-formats.c: which report formats this build of libpdz writes
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The one place that knows: the writer dispatch (pdz-report-write.c) asks
 * _pdz_report_format_available() before anything else, and applications
 * and `pdz report` ask pdz_report_format_is_available(). A writer that
 * brings a dependency is built only with its meson option (see
 * libpdz/report/meson.build), which sets PDZ_HAVE_<NAME> in pdz-config.h.
 */

#include "pdz-report-private.h"

static const struct {
  PdzReportFormat format;
  const char *name;                      /* as a message says it */
  gboolean available;
  const char *why_not;                   /* when not available */
} formats[] = {
  { PDZ_REPORT_FORMAT_HTML, "HTML", TRUE, NULL },
  { PDZ_REPORT_FORMAT_MARKDOWN, "Markdown", TRUE, NULL },
  { PDZ_REPORT_FORMAT_CSV, "CSV", TRUE, NULL },
  { PDZ_REPORT_FORMAT_XLSX, "XLSX", PDZ_HAVE_XLSX,
    "it was configured with the meson option xlsx disabled" },
  { PDZ_REPORT_FORMAT_PDF, "PDF", PDZ_HAVE_PDF,
    "it was configured with the meson option pdf disabled" },
  { PDZ_REPORT_FORMAT_ODP, "ODP", PDZ_HAVE_ODF,
    "it was configured with the meson option odf disabled" },
};

G_STATIC_ASSERT (G_N_ELEMENTS (formats) == PDZ_N_REPORT_FORMATS);

gboolean
_pdz_report_format_available (PdzReportFormat   format,
                              GError          **error)
{
  g_autoptr(GString) known = NULL;

  if (format < PDZ_N_REPORT_FORMATS && formats[format].available)
    return TRUE;

  if (format >= PDZ_N_REPORT_FORMATS)
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED,
                   "no report format %d in this build of libpdz", (int) format);
      return FALSE;
    }

  known = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (!formats[i].available)
        continue;
      if (known->len > 0)
        g_string_append (known, ", ");
      g_string_append (known, _pdz_enum_to_nick (PDZ_TYPE_REPORT_FORMAT, formats[i].format));
    }

  g_set_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED,
               "this build of libpdz has no %s writer (%s); it writes %s",
               formats[format].name, formats[format].why_not, known->str);
  return FALSE;
}

/**
 * pdz_report_format_is_available:
 * @format: a report format
 *
 * Tells whether this build of libpdz writes reports in @format.
 *
 * HTML, Markdown and CSV always are. XLSX, PDF and ODP each depend on a
 * library that a build of libpdz may leave out (its meson options `xlsx`,
 * `pdf` and `odf`). Writing a report in a
 * format that is not available fails with %PDZ_ERROR_UNSUPPORTED, whose
 * message names the format and lists those that are.
 *
 * Returns: %TRUE if [class@Pdz.Report] can write @format
 *
 * Since: 0.2
 */
gboolean
pdz_report_format_is_available (PdzReportFormat format)
{
  return _pdz_report_format_available (format, NULL);
}
