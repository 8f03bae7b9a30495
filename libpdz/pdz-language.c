/* pdz-language.c: which language the report and the checks speak
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The languages of libpdz are those of its catalogues of fixed texts
 * (pdz-catalog-LANG.c, listed in pdz-catalog.c), which hold every text it
 * writes for people: the report's, the messages of the checks and the
 * names of the months of pdz_date_format(). Adding a language is adding a
 * catalogue; see doc/report.md.
 */

#include "pdz.h"

#include "pdz-catalog-private.h"
#include "pdz-language-private.h"

const char *
_pdz_language_lookup (const char *language)
{
  const PdzCatalog *cat = _pdz_catalog_lookup (language);

  return cat != NULL ? cat->language : NULL;
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
