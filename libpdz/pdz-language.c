/* pdz-language.c: which language the report and the checks speak
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The languages listed here are those that every text-writing part of
 * libpdz has: the report's catalogs (report/pdz-report-strings-LANG.c),
 * the names of the months of pdz_date_format() (pdz-date.c) and the
 * messages of the checks (pdz-check.c). Adding a language touches all of
 * them; see doc/report.md.
 */

#include "pdz.h"

#include "pdz-language-private.h"

static const char * const supported[] = { "it", "en" };

const char *
_pdz_language_lookup (const char *language)
{
  gsize len;

  if (language == NULL || *language == '\0')
    return NULL;

  /* "it", "it_IT", "it-IT", "it_IT.UTF-8", "it@euro": the primary subtag */
  len = strcspn (language, "_-.@");

  for (guint i = 0; i < G_N_ELEMENTS (supported); i++)
    {
      if (strlen (supported[i]) == len && g_ascii_strncasecmp (supported[i], language, len) == 0)
        return supported[i];
    }

  return NULL;
}

gboolean
_pdz_language_is_supported (const char *language)
{
  return _pdz_language_lookup (language) != NULL;
}

const char *
_pdz_language_resolve (const char *requested,
                       PdzPlan    *plan)
{
  const char *code = _pdz_language_lookup (requested);
  const char *plan_language;

  if (code != NULL)
    return code;

  plan_language = plan != NULL ? pdz_plan_get_language (plan) : NULL;
  code = _pdz_language_lookup (plan_language);
  if (code != NULL)
    return code;

  /* A plan that names no language is an Italian plan: Piani di Zona are. */
  if (plan_language == NULL || *plan_language == '\0')
    return "it";

  return "en";
}
