/* fuzz-report.c: the report writers under libFuzzer
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Reads the input as a plan (with the checks of fuzz_load_plan()), then
 * renders its report in every format this build has, into memory
 * (pdz_report_to_bytes(); XLSX goes through a temporary file inside the
 * library, as libxlsxwriter writes only files), and checks:
 *
 * - every format renders a plan that was read, without an error, a
 *   critical or a warning;
 * - HTML and Markdown are UTF-8 with no character that XML 1.0 forbids,
 *   and plan text never becomes markup: the mutator's
 *   "<fuzz-markup>" never appears as a tag in HTML, nor unescaped in
 *   Markdown;
 * - each CSV table has the same number of fields on every line, and no
 *   field that a spreadsheet would run as a formula;
 * - the binary formats are not empty.
 *
 * The language, the CSV dialect, the sections and the diagnostics are
 * taken from a hash of the input, so that a replay renders the same way.
 */

#include "fuzz-common.h"

#include <string.h>

#include "pdz-csv-private.h"

static void
check_text (const char *format,
            const char *text,
            gsize       length)
{
  const char *end = text + length;

  if (!g_utf8_validate (text, (gssize) length, NULL))
    fuzz_fail (format, "the report is not UTF-8");
  /* XML 1.0's Char: pandoc writes DOCX and ODT from the Markdown. */
  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xfffe || c == 0xffff)
        fuzz_fail (format, "the report has a character that XML forbids");
    }
}

static void
check_html (const char *text,
            gsize       length)
{
  check_text ("HTML", text, length);
  if (g_strstr_len (text, (gssize) length, "<fuzz") != NULL)
    fuzz_fail ("HTML", "plan text became markup");
}

static void
check_markdown (const char *text,
                gsize       length)
{
  const char *end = text + length;

  check_text ("Markdown", text, length);
  for (const char *p = text; (p = g_strstr_len (p, end - p, "<fuzz")) != NULL; p++)
    if (p == text || p[-1] != '\\')
      fuzz_fail ("Markdown", "plan text became markup");
}

static gboolean
is_number (const char *text)
{
  const char *p = text;

  if (*p == '-')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p) || *p == '.' || *p == ',')
    p++;
  return *p == '\0';
}

static void
check_csv_field (GString *field)
{
  if (_pdz_csv_looks_like_formula (field->str) && !is_number (field->str))
    {
      g_autofree char *quoted = g_strndup (field->str, 80);

      fuzz_fail ("CSV: a field a spreadsheet would run as a formula", quoted);
    }
}

/* Reads @text as RFC 4180 CSV with @separator, checking every field and
 * that every record has as many fields as the first. */
static void
check_csv (const char *text,
           gsize       length,
           char        separator)
{
  const char *p = text;
  const char *end = text + length;
  g_autoptr(GString) field = g_string_new (NULL);
  guint n_fields = 0;
  guint header_fields = 0;
  guint line = 1;

  check_text ("CSV", text, length);
  if (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;

  while (p < end)
    {
      g_string_truncate (field, 0);
      if (*p == '"')
        {
          for (p++;; p++)
            {
              if (p >= end)
                fuzz_fail ("CSV", "a quoted field does not end");
              if (*p == '"' && p + 1 < end && p[1] == '"')
                g_string_append_c (field, *p++);
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p);
            }
        }
      else
        while (p < end && *p != separator && *p != '\r' && *p != '\n' && *p != '"')
          g_string_append_c (field, *p++);

      check_csv_field (field);
      n_fields++;

      if (p < end && *p == separator)
        p++;
      else if (end - p >= 2 && p[0] == '\r' && p[1] == '\n')
        {
          p += 2;
          if (header_fields == 0)
            header_fields = n_fields;
          else if (n_fields != header_fields)
            {
              g_autofree char *where = g_strdup_printf ("line %u has %u fields, the header %u",
                                                        line, n_fields, header_fields);
              fuzz_fail ("CSV", where);
            }
          n_fields = 0;
          line++;
        }
      else
        fuzz_fail ("CSV", "a field is followed by neither a separator nor CRLF");
    }
  if (n_fields != 0)
    fuzz_fail ("CSV", "the last line does not end with CRLF");
}

static void
render (PdzReport       *report,
        PdzReportFormat  format,
        char             csv_separator)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = g_enum_to_string (PDZ_TYPE_REPORT_FORMAT, format);
  const char *data;
  gsize length;

  pdz_report_set_format (report, format);
  bytes = pdz_report_to_bytes (report, NULL, &error);
  if (bytes == NULL)
    fuzz_fail (name, error->message);

  /* (A Markdown report of sections the plan has nothing for is empty.) */
  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";

  switch (format)
    {
    case PDZ_REPORT_FORMAT_HTML:
      check_html (data, length);
      break;
    case PDZ_REPORT_FORMAT_MARKDOWN:
      check_markdown (data, length);
      break;
    case PDZ_REPORT_FORMAT_CSV:
      check_csv (data, length, csv_separator);
      break;
    case PDZ_REPORT_FORMAT_XLSX:
    case PDZ_REPORT_FORMAT_PDF:
    case PDZ_REPORT_FORMAT_ODP:
    default:
      if (length == 0)
        fuzz_fail (name, "the report is empty");
      break;
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(PdzPlan) plan = fuzz_load_plan (data, size);
  g_autoptr(PdzReport) report = NULL;
  g_autoptr(GDateTime) generated = NULL;
  g_autoptr(GEnumClass) formats = NULL;
  const char * const *languages = pdz_report_get_languages ();
  guint32 hash = fuzz_hash (data, size);
  gboolean excel_it = (hash & 0x100) != 0;

  if (plan == NULL)
    return 0;

  report = pdz_report_new (plan);
  generated = g_date_time_new_utc (2023, 10, 31, 12, 0, 0);
  pdz_report_set_generated (report, generated);
  pdz_report_set_language (report, languages[hash % g_strv_length ((char **) languages)]);
  pdz_report_set_include_diagnostics (report, (hash & 0x200) != 0);
  if ((hash & 0x3000) == 0)
    pdz_report_set_sections (report, (hash >> 16) & PDZ_REPORT_SECTION_ALL);
  pdz_report_set_csv_dialect (report, excel_it ? PDZ_REPORT_CSV_DIALECT_EXCEL_IT
                                               : PDZ_REPORT_CSV_DIALECT_RFC4180);

  /* Every format of the enumeration: a writer that lands is fuzzed at once. */
  formats = g_type_class_ref (PDZ_TYPE_REPORT_FORMAT);
  for (guint i = 0; i < formats->n_values; i++)
    {
      PdzReportFormat format = formats->values[i].value;

      if (!pdz_report_format_is_available (format))
        continue;
      if (format != PDZ_REPORT_FORMAT_CSV)
        {
          render (report, format, 0);
          continue;
        }
      for (PdzReportTable table = PDZ_REPORT_TABLE_OBJECTIVES; table <= PDZ_REPORT_TABLE_FUNDINGS; table++)
        {
          pdz_report_set_table (report, table);
          render (report, format, excel_it ? ';' : ',');
        }
    }

  return 0;
}

size_t
LLVMFuzzerCustomMutator (uint8_t      *data,
                         size_t        size,
                         size_t        max_size,
                         unsigned int  seed)
{
  return fuzz_mutate_json (data, size, max_size, seed, 1);
}
