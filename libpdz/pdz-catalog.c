/* pdz-catalog.c: the catalogues of libpdz's fixed texts, and how numbers,
 * amounts and dates are printed in each language
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * See pdz-catalog-private.h. To add a language: copy pdz-catalog-en.c to
 * pdz-catalog-LANG.c, translate it, add it to libpdz/meson.build and name
 * its catalogue in `catalogs` below (doc/report.md, "Language").
 */

#include "pdz-catalog-private.h"

#include <stdarg.h>

static const PdzCatalog * const catalogs[] = {
  &_pdz_catalog_it,
  &_pdz_catalog_en,
  NULL,
};

const PdzCatalog * const *
_pdz_catalog_list (void)
{
  return catalogs;
}

const PdzCatalog *
_pdz_catalog_lookup (const char *language)
{
  gsize len;

  if (language == NULL || *language == '\0')
    return NULL;

  /* "it", "it_IT", "it-IT", "it_IT.UTF-8", "it@euro": the primary subtag */
  len = strcspn (language, "_-.@");
  for (guint i = 0; catalogs[i] != NULL; i++)
    {
      if (strlen (catalogs[i]->language) == len &&
          g_ascii_strncasecmp (catalogs[i]->language, language, len) == 0)
        return catalogs[i];
    }

  return NULL;
}

const PdzCatalog *
_pdz_catalog_lookup_or_english (const char *language)
{
  const PdzCatalog *cat = _pdz_catalog_lookup (language);

  return cat != NULL ? cat : &_pdz_catalog_en;
}

const char *
_pdz_catalog_text (const PdzCatalog *cat,
                   PdzMsg            msg)
{
  const char *text;

  g_return_val_if_fail (msg < PDZ_N_MSGS, "");

  text = cat->strings[msg];
  return text != NULL ? text : _pdz_catalog_en.strings[msg];
}

char *
_pdz_catalog_vprintf (const PdzCatalog *cat,
                      PdzMsg            msg,
                      va_list           args)
{
  char *result;

  /* The catalogues are ours, and their conversions are the same in every
   * language (test-report checks them) */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  result = g_strdup_vprintf (_pdz_catalog_text (cat, msg), args);
#pragma GCC diagnostic pop

  return result;
}

char *
_pdz_catalog_printf (const PdzCatalog *cat,
                     PdzMsg            msg,
                     ...)
{
  va_list args;
  char *result;

  va_start (args, msg);
  result = _pdz_catalog_vprintf (cat, msg, args);
  va_end (args);

  return result;
}

/* Labels of enumerations ------------------------------------------------- */

/* The message of @value, counted from @first; a value out of range is the
 * last of the @n_values. */
static const char *
label (const PdzCatalog *cat,
       PdzMsg            first,
       guint             value,
       guint             n_values)
{
  return _pdz_catalog_text (cat, first + MIN (value, n_values - 1));
}

const char *
_pdz_catalog_status_label (const PdzCatalog     *cat,
                           PdzStatus             status,
                           PdzCatalogStatusForm  form)
{
  static const PdzMsg firsts[] = {
    [PDZ_CATALOG_STATUS_OF_OBJECTIVE] = PDZ_MSG_STATUS_M_PLANNED,
    [PDZ_CATALOG_STATUS_OF_ACTION] = PDZ_MSG_STATUS_F_PLANNED,
    [PDZ_CATALOG_STATUS_COLUMN] = PDZ_MSG_STATUS_COLUMN_PLANNED,
  };

  return label (cat, firsts[MIN ((guint) form, G_N_ELEMENTS (firsts) - 1)], status,
                PDZ_STATUS_NOT_STATED + 1);
}

const char *
_pdz_catalog_origin_label (const PdzCatalog     *cat,
                           PdzOrigin             origin,
                           PdzCatalogStatusForm  form)
{
  return label (cat, form == PDZ_CATALOG_STATUS_OF_ACTION ? PDZ_MSG_ORIGIN_NOT_STATED : PDZ_MSG_ORIGIN_M_NOT_STATED,
                origin, PDZ_ORIGIN_EXTRA + 1);
}

const char *
_pdz_catalog_role_label (const PdzCatalog *cat,
                         PdzRole           role)
{
  return label (cat, PDZ_MSG_ROLE_PARTICIPANT, role, PDZ_ROLE_NOT_STATED + 1);
}

const char *
_pdz_catalog_scope_label (const PdzCatalog *cat,
                          PdzScope          scope)
{
  return label (cat, PDZ_MSG_SCOPE_AMBITO, scope, PDZ_SCOPE_NOT_STATED + 1);
}

const char *
_pdz_catalog_funding_status_label (const PdzCatalog *cat,
                                   PdzFundingStatus  status)
{
  return label (cat, PDZ_MSG_FUNDING_NOT_STATED, status, PDZ_FUNDING_STATUS_REPORTED + 1);
}

const char *
_pdz_catalog_objective_kind_label (const PdzCatalog *cat,
                                   PdzObjectiveKind  kind)
{
  return label (cat, PDZ_MSG_OBJECTIVE_KIND_PLAN, kind, PDZ_OBJECTIVE_KIND_HEALTH_INTEGRATION + 1);
}

const char *
_pdz_catalog_partner_kind_label (const PdzCatalog *cat,
                                 PdzPartnerKind    kind)
{
  return label (cat, PDZ_MSG_PARTNER_KIND_OTHER, kind, PDZ_PARTNER_KIND_OWN_BODY + 1);
}

const char *
_pdz_catalog_severity_label (const PdzCatalog *cat,
                             PdzSeverity       severity)
{
  switch (severity)
    {
    case PDZ_SEVERITY_ERROR:
      return _pdz_catalog_text (cat, PDZ_MSG_SEVERITY_ERROR);
    case PDZ_SEVERITY_WARNING:
      return _pdz_catalog_text (cat, PDZ_MSG_SEVERITY_WARNING);
    case PDZ_SEVERITY_INFO:
    default:
      return _pdz_catalog_text (cat, PDZ_MSG_SEVERITY_INFO);
    }
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
_pdz_catalog_format_count (const PdzCatalog *cat,
                           guint64           n)
{
  GString *out = g_string_new (NULL);

  append_grouped (out, n, cat->thousands_separator);
  return g_string_free (out, FALSE);
}

char *
_pdz_catalog_format_amount (const PdzCatalog *cat,
                            gint64            cents)
{
  GString *out = g_string_new (cat->currency_prefix);
  guint64 abs_cents;

  /* The magnitude as unsigned, so that G_MININT64 has one too. */
  if (cents < 0)
    {
      g_string_prepend (out, "−");
      abs_cents = (guint64) (-(cents + 1)) + 1;
    }
  else
    abs_cents = (guint64) cents;

  append_grouped (out, abs_cents / 100, cat->thousands_separator);
  g_string_append_printf (out, "%s%02u", cat->decimal_mark, (guint) (abs_cents % 100));

  return g_string_free (out, FALSE);
}

char *
_pdz_catalog_format_percent (const PdzCatalog *cat,
                             double            share)
{
  g_autofree char *number = NULL;
  char *result;

  /* NaN is no share at all: 0% rather than undefined behaviour */
  if (!(share >= 0.0))
    share = 0.0;
  number = g_strdup_printf ("%u", (guint) (MIN (share, 1.0) * 100 + 0.5));
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  result = g_strdup_printf (cat->percent_format, number);
#pragma GCC diagnostic pop
  return result;
}
