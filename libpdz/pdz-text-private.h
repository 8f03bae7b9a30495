/* pdz-text-private.h: text matching without regard to case or accents
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Folds @text for matching: decomposes it (NFD), drops the combining marks,
 * then case-folds it, so that "Libertà", "LIBERTA" and "liberta" all fold to
 * "liberta". Returns "" for NULL. (transfer full) */
char *_pdz_text_fold (const char *text);

/* Splits @text on white space into folded words; NULL when @text holds no
 * word. (transfer full) (nullable) */
char **_pdz_text_fold_words (const char *text);

/* TRUE when every word of @words (already folded, see _pdz_text_fold_words())
 * occurs in the folded @folded_haystack. An empty or NULL @words matches. */
gboolean _pdz_text_contains_words (const char *folded_haystack,
                                   const char * const *words);

G_END_DECLS
