/* pdz-report-text.c: how the report says labels, dates, amounts and lists
 * in its language
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The fixed texts themselves are in the catalogue of the language
 * (libpdz/pdz-catalog-LANG.c); these are the report's ways of putting them
 * together. Nothing here depends on the locale of the process.
 */

#include "pdz-report-private.h"

const char *
_pdz_report_msg (const PdzReportContext *ctx,
                 PdzMsg                  msg)
{
  return _pdz_catalog_text (ctx->cat, msg);
}

char *
_pdz_report_msgf (const PdzReportContext *ctx,
                  PdzMsg                  msg,
                  ...)
{
  va_list args;
  char *result;

  va_start (args, msg);
  result = _pdz_catalog_vprintf (ctx->cat, msg, args);
  va_end (args);

  return result;
}

/* Labels of enumerations ------------------------------------------------- */

const char *
_pdz_report_status_label (const PdzReportContext *ctx,
                          PdzStatus               status,
                          gboolean                feminine)
{
  return _pdz_catalog_status_label (ctx->cat, status,
                                    feminine ? PDZ_CATALOG_STATUS_OF_ACTION
                                             : PDZ_CATALOG_STATUS_OF_OBJECTIVE);
}

const char *
_pdz_report_status_plural_label (const PdzReportContext *ctx,
                                 PdzStatus               status)
{
  return _pdz_catalog_status_label (ctx->cat, status, PDZ_CATALOG_STATUS_COLUMN);
}

const char *
_pdz_report_origin_label (const PdzReportContext *ctx,
                          PdzOrigin               origin)
{
  return _pdz_catalog_origin_label (ctx->cat, origin, PDZ_CATALOG_STATUS_OF_OBJECTIVE);
}

const char *
_pdz_report_action_origin_label (const PdzReportContext *ctx,
                                 PdzOrigin               origin)
{
  return _pdz_catalog_origin_label (ctx->cat, origin, PDZ_CATALOG_STATUS_OF_ACTION);
}

const char *
_pdz_report_severity_label (const PdzReportContext *ctx,
                            PdzSeverity             severity)
{
  return _pdz_catalog_severity_label (ctx->cat, severity);
}

const char *
_pdz_report_role_label (const PdzReportContext *ctx,
                        PdzRole                 role)
{
  return _pdz_catalog_role_label (ctx->cat, role);
}

const char *
_pdz_report_scope_label (const PdzReportContext *ctx,
                         PdzScope                scope)
{
  return _pdz_catalog_scope_label (ctx->cat, scope);
}

const char *
_pdz_report_funding_status_label (const PdzReportContext *ctx,
                                  PdzFundingStatus        status)
{
  return _pdz_catalog_funding_status_label (ctx->cat, status);
}

const char *
_pdz_report_objective_kind_label (const PdzReportContext *ctx,
                                  PdzObjectiveKind        kind)
{
  return _pdz_catalog_objective_kind_label (ctx->cat, kind);
}

const char *
_pdz_report_partner_kind_label (const PdzReportContext *ctx,
                                PdzPartnerKind          kind)
{
  return _pdz_catalog_partner_kind_label (ctx->cat, kind);
}

const char *
_pdz_report_status_nick (PdzStatus status)
{
  return _pdz_enum_to_nick (PDZ_TYPE_STATUS, MIN ((guint) status, PDZ_STATUS_NOT_STATED));
}

/* Dates ------------------------------------------------------------------- */

char *
_pdz_report_format_date (const PdzReportContext *ctx,
                         const PdzDate          *date)
{
  if (date == NULL)
    return NULL;

  return _pdz_catalog_format_date (ctx->cat, date);
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

char *
_pdz_report_format_count (const PdzReportContext *ctx,
                          guint64                 n)
{
  return _pdz_catalog_format_count (ctx->cat, n);
}

char *
_pdz_report_format_amount (const PdzReportContext *ctx,
                           gint64                  cents)
{
  return _pdz_catalog_format_amount (ctx->cat, cents);
}

char *
_pdz_report_format_share (const PdzReportContext *ctx,
                          PdzMsg                  msg,
                          guint64                 part,
                          guint64                 whole)
{
  g_autofree char *a = _pdz_report_format_count (ctx, part);
  g_autofree char *b = _pdz_report_format_count (ctx, whole);
  g_autofree char *percent = _pdz_catalog_format_percent (ctx->cat, whole > 0 ? (double) part / whole : 0.0);

  return _pdz_report_msgf (ctx, msg, a, b, percent);
}

char *
_pdz_report_format_completed_of (const PdzReportContext *ctx,
                                 guint                   completed,
                                 guint                   total)
{
  return _pdz_report_format_share (ctx, PDZ_MSG_FIG_COMPLETED, completed, total);
}

gboolean
_pdz_report_add_amounts (gint64 *total,
                         gint64  amount)
{
  gint64 sum;

  if (__builtin_add_overflow (*total, amount, &sum))
    return FALSE;
  *total = sum;
  return TRUE;
}

char *
_pdz_report_format_total (const PdzReportContext *ctx,
                          gint64                  cents,
                          gboolean                overflow)
{
  if (overflow)
    return g_strdup (_pdz_report_msg (ctx, PDZ_MSG_AMOUNT_OVERFLOW));
  return _pdz_report_format_amount (ctx, cents);
}

/* Lists of partners, fundings and milestones ------------------------------ */

char *
_pdz_report_participations_text (const PdzReportContext *ctx,
                                 GListModel             *participations)
{
  GString *out = g_string_new (NULL);

  PDZ_MODEL_FOREACH (participations, PdzParticipation, p)
    {
      PdzPartner *partner = pdz_participation_get_partner (p);

      if (partner == NULL)
        continue;
      if (out->len > 0)
        g_string_append (out, ", ");
      /* beside a name, a role not stated says that it is the role */
      g_string_append_printf (out, "%s (%s)",
                              _pdz_report_text_or (pdz_partner_get_display_name (partner),
                                                   pdz_partner_get_id (partner)),
                              pdz_participation_get_role (p) == PDZ_ROLE_NOT_STATED
                              ? _pdz_report_msg (ctx, PDZ_MSG_ROLE_NOT_STATED_BESIDE)
                              : _pdz_report_role_label (ctx, pdz_participation_get_role (p)));
    }

  return g_string_free (out, FALSE);
}

char *
_pdz_report_fundings_text (const PdzReportContext *ctx,
                           GListModel             *fundings)
{
  GString *out = g_string_new (NULL);

  PDZ_MODEL_FOREACH (fundings, PdzFunding, f)
    {
      gint64 amount = pdz_funding_get_amount (f);
      g_autofree char *a = NULL;

      if (out->len > 0)
        g_string_append (out, "; ");
      g_string_append (out, _pdz_report_text_or (pdz_funding_get_source (f), NULL));

      /* The amount and the outcome, each said when it is not known */
      a = amount >= 0 ? _pdz_report_format_amount (ctx, amount)
                      : g_strdup (_pdz_report_msg (ctx, PDZ_MSG_NO_AMOUNT));
      g_string_append_printf (out, " (%s; %s)", a,
                              _pdz_report_funding_status_label (ctx, pdz_funding_get_status (f)));
    }

  return g_string_free (out, FALSE);
}

char *
_pdz_report_milestones_text (const PdzReportContext *ctx,
                             GListModel             *milestones)
{
  GString *out = g_string_new (NULL);

  PDZ_MODEL_FOREACH (milestones, PdzMilestone, m)
    {
      g_autofree char *date = _pdz_report_format_date (ctx, pdz_milestone_get_date (m));

      if (out->len > 0)
        g_string_append (out, "; ");
      g_string_append_printf (out, "%s — %s", date != NULL ? date : "—",
                              _pdz_report_text_or (pdz_milestone_get_title (m), NULL));
    }

  return g_string_free (out, FALSE);
}
