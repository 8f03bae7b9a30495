/* pdz-report-strings.c: the catalogs of the report's fixed texts, and how
 * the report prints labels, dates and amounts in its language
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * To add a language: copy pdz-report-strings-en.c to
 * pdz-report-strings-LANG.c, translate it, add it to libpdz/meson.build and
 * name its catalog in `catalogs` below; the language must also be known to
 * pdz-language.c, to pdz_date_format() (pdz-date.c) and to the checks
 * (pdz-check.c): doc/report.md lists what to touch. Nothing here depends
 * on the locale of the process.
 */

#include "pdz-util-private.h"
#include "pdz-language-private.h"
#include "pdz-report-private.h"

#include <stdarg.h>

static const PdzReportCatalog * const catalogs[] = {
  &_pdz_report_catalog_it,
  &_pdz_report_catalog_en,
  NULL,
};

const PdzReportCatalog * const *
_pdz_report_get_catalogs (void)
{
  return catalogs;
}

const PdzReportCatalog *
_pdz_report_lookup_catalog (const char *language)
{
  /* "it", "it_IT", "it-IT", "it_IT.UTF-8", "it@euro": as pdz-language.c matches */
  const char *code = _pdz_language_lookup (language);

  for (guint i = 0; code != NULL && catalogs[i] != NULL; i++)
    {
      if (g_str_equal (catalogs[i]->language, code))
        return catalogs[i];
    }

  return NULL;
}

const char *
_pdz_report_msg (const PdzReportContext *ctx,
                 PdzReportMsg            msg)
{
  const char *text;

  g_assert (msg < PDZ_N_MSGS);

  text = ctx->cat->strings[msg];
  /* A missing translation is a bug that test-report catches; never crash on it. */
  return text != NULL ? text : _pdz_report_catalog_en.strings[msg];
}

char *
_pdz_report_msgf (const PdzReportContext *ctx,
                  PdzReportMsg            msg,
                  ...)
{
  va_list args;
  char *result;

  va_start (args, msg);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  result = g_strdup_vprintf (_pdz_report_msg (ctx, msg), args);
#pragma GCC diagnostic pop
  va_end (args);

  return result;
}

/* Labels of enumerations ------------------------------------------------- */

static PdzReportMsg
clamp_msg (PdzReportMsg first,
           guint        value,
           guint        n_values)
{
  return first + MIN (value, n_values - 1);
}

const char *
_pdz_report_status_label (const PdzReportContext *ctx,
                          PdzStatus               status,
                          gboolean                feminine)
{
  if (status == PDZ_STATUS_NOT_STATED)
    return _pdz_report_msg (ctx, feminine ? PDZ_MSG_STATUS_F_NOT_STATED : PDZ_MSG_STATUS_M_NOT_STATED);
  return _pdz_report_msg (ctx, clamp_msg (feminine ? PDZ_MSG_STATUS_F_PLANNED : PDZ_MSG_STATUS_M_PLANNED,
                                          status, PDZ_STATUS_CANCELLED + 1));
}

const char *
_pdz_report_status_plural_label (const PdzReportContext *ctx,
                                 PdzStatus               status)
{
  if (status == PDZ_STATUS_NOT_STATED)
    return _pdz_report_msg (ctx, PDZ_MSG_STATUS_FP_NOT_STATED);
  return _pdz_report_msg (ctx, clamp_msg (PDZ_MSG_STATUS_FP_PLANNED, status, PDZ_STATUS_CANCELLED + 1));
}

const char *
_pdz_report_role_label (const PdzReportContext *ctx,
                        PdzRole                 role)
{
  if (role == PDZ_ROLE_NOT_STATED)
    return _pdz_report_msg (ctx, PDZ_MSG_ROLE_NOT_STATED);
  return _pdz_report_msg (ctx, clamp_msg (PDZ_MSG_ROLE_PARTICIPANT, role,
                                          PDZ_MSG_ROLE_CONSULTED - PDZ_MSG_ROLE_PARTICIPANT + 1));
}

const char *
_pdz_report_scope_label (const PdzReportContext *ctx,
                         PdzScope                scope)
{
  if (scope == PDZ_SCOPE_NOT_STATED)
    return _pdz_report_msg (ctx, PDZ_MSG_SCOPE_NOT_STATED);
  return _pdz_report_msg (ctx, clamp_msg (PDZ_MSG_SCOPE_AMBITO, scope,
                                          PDZ_MSG_SCOPE_NATIONAL - PDZ_MSG_SCOPE_AMBITO + 1));
}

const char *
_pdz_report_funding_status_label (const PdzReportContext *ctx,
                                  PdzFundingStatus        status)
{
  return _pdz_report_msg (ctx, clamp_msg (PDZ_MSG_FUNDING_UNKNOWN, status,
                                          PDZ_MSG_FUNDING_REPORTED - PDZ_MSG_FUNDING_UNKNOWN + 1));
}

const char *
_pdz_report_objective_kind_label (const PdzReportContext *ctx,
                                  PdzObjectiveKind        kind)
{
  return _pdz_report_msg (ctx, clamp_msg (PDZ_MSG_OBJECTIVE_KIND_PLAN, kind, 2));
}

const char *
_pdz_report_partner_kind_label (const PdzReportContext *ctx,
                                PdzPartnerKind          kind)
{
  if (kind == PDZ_PARTNER_KIND_HEALTH_PROTECTION_AGENCY)
    return _pdz_report_msg (ctx, PDZ_MSG_PARTNER_KIND_HEALTH_PROTECTION_AGENCY);
  if (kind == PDZ_PARTNER_KIND_OWN_BODY)
    return _pdz_report_msg (ctx, PDZ_MSG_PARTNER_KIND_OWN_BODY);
  return _pdz_report_msg (ctx, clamp_msg (PDZ_MSG_PARTNER_KIND_OTHER, kind,
                                          PDZ_MSG_PARTNER_KIND_PRIVATE_OPERATOR -
                                          PDZ_MSG_PARTNER_KIND_OTHER + 1));
}

const char *
_pdz_report_origin_label (const PdzReportContext *ctx,
                          PdzOrigin               origin)
{
  return _pdz_report_msg (ctx, clamp_msg (PDZ_MSG_ORIGIN_NOT_STATED, origin,
                                          PDZ_MSG_ORIGIN_EXTRA - PDZ_MSG_ORIGIN_NOT_STATED + 1));
}

const char *
_pdz_report_severity_label (const PdzReportContext *ctx,
                            PdzSeverity             severity)
{
  switch (severity)
    {
    case PDZ_SEVERITY_ERROR:
      return _pdz_report_msg (ctx, PDZ_MSG_SEVERITY_ERROR);
    case PDZ_SEVERITY_WARNING:
      return _pdz_report_msg (ctx, PDZ_MSG_SEVERITY_WARNING);
    case PDZ_SEVERITY_INFO:
    default:
      return _pdz_report_msg (ctx, PDZ_MSG_SEVERITY_INFO);
    }
}

/* The GEnum nick of @status; a value out of range counts as the last one. */
const char *
_pdz_report_status_nick (PdzStatus status)
{
  return _pdz_enum_to_nick (PDZ_TYPE_STATUS, MIN ((guint) status, PDZ_STATUS_CANCELLED));
}

/* Dates ------------------------------------------------------------------- */

char *
_pdz_report_format_date (const PdzReportContext *ctx,
                         const PdzDate          *date)
{
  if (date == NULL)
    return NULL;

  return pdz_date_format (date, ctx->cat->language);
}

char *
_pdz_report_format_date_range (const PdzReportContext *ctx,
                               const PdzDate          *start,
                               const PdzDate          *end)
{
  g_autofree char *a = _pdz_report_format_date (ctx, start);
  g_autofree char *b = _pdz_report_format_date (ctx, end);

  if (a != NULL && b != NULL)
    return pdz_date_equal (start, end) ? g_steal_pointer (&a) : g_strdup_printf ("%s\u2009–\u2009%s", a, b);
  if (a != NULL)
    return g_steal_pointer (&a);
  if (b != NULL)
    return g_strdup_printf ("–\u2009%s", b);
  return NULL;
}

/* Upper-cases the first letter of @text when it is a letter. */
static char *
capitalize (const char *text)
{
  gunichar c = g_utf8_get_char (text);
  char buf[8];
  int len;

  if (!g_unichar_islower (c))
    return g_strdup (text);

  len = g_unichar_to_utf8 (g_unichar_totitle (c), buf);
  buf[len] = '\0';
  return g_strconcat (buf, g_utf8_next_char (text), NULL);
}

char *
_pdz_report_format_span (const PdzReportContext *ctx,
                         const PdzDate          *start,
                         const PdzDate          *end)
{
  g_autofree char *a = _pdz_report_format_date (ctx, start);
  g_autofree char *b = _pdz_report_format_date (ctx, end);

  /* In running Italian text months are lower case ("novembre 2023"), but a
   * span standing on its own, as on the cover, capitalises them: "Marzo
   * 2022 – Ottobre 2023". */
  if (ctx->cat->capitalize_months)
    {
      if (a != NULL)
        {
          char *c = capitalize (a);
          g_free (a);
          a = c;
        }
      if (b != NULL)
        {
          char *c = capitalize (b);
          g_free (b);
          b = c;
        }
    }

  if (a != NULL && b != NULL)
    return g_strdup_printf ("%s – %s", a, b);
  if (a != NULL)
    return g_steal_pointer (&a);
  if (b != NULL)
    return g_strdup_printf ("– %s", b);
  return NULL;
}

char *
_pdz_report_format_generated (const PdzReportContext *ctx)
{
  g_autoptr(PdzDate) date = NULL;
  int year = g_date_time_get_year (ctx->generated);

  /* pdz-report-write.c refuses the others before any writer runs */
  g_return_val_if_fail (year >= 1000 && year <= 9999, g_strdup ("—"));

  date = pdz_date_new_day (year,
                           g_date_time_get_month (ctx->generated),
                           g_date_time_get_day_of_month (ctx->generated));
  return _pdz_report_format_date (ctx, date);
}

/* Numbers ----------------------------------------------------------------- */

static void
append_grouped (GString    *out,
                guint64     n,
                const char *separator)
{
  char digits[32];
  gsize len;

  g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, n);
  len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, separator);
      g_string_append_c (out, digits[i]);
    }
}

char *
_pdz_report_format_count (const PdzReportContext *ctx,
                          guint64                 n)
{
  GString *out = g_string_new (NULL);

  append_grouped (out, n, ctx->cat->thousands_separator);
  return g_string_free (out, FALSE);
}

char *
_pdz_report_format_completed_of (const PdzReportContext *ctx,
                                 guint                   completed,
                                 guint                   total)
{
  g_autofree char *x = _pdz_report_format_count (ctx, completed);
  g_autofree char *y = _pdz_report_format_count (ctx, total);
  char percent[16];

  /* The share of the base, rounded; 0% of no action, as
   * pdz_stats_get_completion_rate() has it. */
  g_snprintf (percent, sizeof percent, "%.0f%%",
              total > 0 ? 100.0 * completed / total : 0.0);
  return _pdz_report_msgf (ctx, PDZ_MSG_COMPLETED_OF, x, y, percent);
}

char *
_pdz_report_format_amount (const PdzReportContext *ctx,
                           gint64                  cents)
{
  GString *out = g_string_new (ctx->cat->currency_prefix);
  guint64 abs_cents;

  if (cents < 0)
    {
      g_string_prepend (out, "−");
      abs_cents = (guint64) (-(cents + 1)) + 1;
    }
  else
    abs_cents = (guint64) cents;

  append_grouped (out, abs_cents / 100, ctx->cat->thousands_separator);
  g_string_append_printf (out, "%s%02u", ctx->cat->decimal_mark, (guint) (abs_cents % 100));

  return g_string_free (out, FALSE);
}

gint64
_pdz_report_add_amounts (gint64 a,
                         gint64 b)
{
  gint64 sum;

  /* Amounts are never negative: an overflow can only be upwards. */
  if (a == PDZ_REPORT_AMOUNT_OVERFLOW || b == PDZ_REPORT_AMOUNT_OVERFLOW ||
      __builtin_add_overflow (a, b, &sum))
    return PDZ_REPORT_AMOUNT_OVERFLOW;
  return sum;
}

char *
_pdz_report_format_total (const PdzReportContext *ctx,
                          gint64                  cents)
{
  if (cents == PDZ_REPORT_AMOUNT_OVERFLOW)
    return g_strdup (_pdz_report_msg (ctx, PDZ_MSG_AMOUNT_OVERFLOW));
  return _pdz_report_format_amount (ctx, cents);
}

/* Lists of partners and fundings ------------------------------------------ */

char *
_pdz_report_participations_text (const PdzReportContext *ctx,
                                 GListModel             *participations)
{
  GString *out = g_string_new (NULL);
  guint n = g_list_model_get_n_items (participations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzParticipation) p = g_list_model_get_item (participations, i);
      PdzPartner *partner = pdz_participation_get_partner (p);

      if (partner == NULL)
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      g_string_append_printf (out, "%s (%s)",
                              _pdz_report_text_or (pdz_partner_get_display_name (partner),
                                                   pdz_partner_get_id (partner)),
                              _pdz_report_role_label (ctx, pdz_participation_get_role (p)));
    }

  return g_string_free (out, FALSE);
}

char *
_pdz_report_fundings_text (const PdzReportContext *ctx,
                           GListModel             *fundings)
{
  GString *out = g_string_new (NULL);
  guint n = g_list_model_get_n_items (fundings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzFunding) f = g_list_model_get_item (fundings, i);
      gint64 amount = pdz_funding_get_amount (f);
      PdzFundingStatus status = pdz_funding_get_status (f);

      if (out->len > 0)
        g_string_append (out, "; ");
      g_string_append (out, _pdz_report_text_or (pdz_funding_get_source (f), NULL));

      if (amount >= 0 || status != PDZ_FUNDING_STATUS_UNKNOWN)
        {
          g_string_append (out, " (");
          if (amount >= 0)
            {
              g_autofree char *a = _pdz_report_format_amount (ctx, amount);
              g_string_append (out, a);
              if (status != PDZ_FUNDING_STATUS_UNKNOWN)
                g_string_append (out, ", ");
            }
          if (status != PDZ_FUNDING_STATUS_UNKNOWN)
            g_string_append (out, _pdz_report_funding_status_label (ctx, status));
          g_string_append (out, ")");
        }
    }

  return g_string_free (out, FALSE);
}
