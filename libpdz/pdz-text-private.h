/* pdz-text-private.h: text matching without regard to case or accents,
 * and input quoted in messages
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

/* The most characters of input a message quotes: an error or a diagnostic
 * about a 10 MB id quotes its first PDZ_MAX_QUOTED_CHARS, then "…". */
#define PDZ_MAX_QUOTED_CHARS 80

typedef enum
{
  PDZ_QUOTE_DEFAULT = 0,
  /* Escape '"' and '\\' too, as in a JSON string: for text a message
   * puts between double quotes. */
  PDZ_QUOTE_JSON = 1 << 0,
  /* Cut at a word break when there is one in the second half. */
  PDZ_QUOTE_AT_WORD = 1 << 1,
} PdzQuoteFlags;

/* A rendering of untrusted input (@length bytes of @text, or up to its
 * nul when -1) that is safe in any message: valid UTF-8 (a bad byte shows
 * as U+FFFD), no control character (C0, DEL, C1), no bidirectional
 * control (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C) and no
 * line or paragraph separator: each is written as a JSON escape ("\\n",
 * "\\u001b", "\\u202e"). At most @max_chars characters of the input
 * (0: PDZ_MAX_QUOTED_CHARS), then "…". Reads at most about 4 * @max_chars
 * bytes, whatever the length of @text. "" for NULL. (transfer full) */
char *_pdz_text_quote (const char    *text,
                       gssize         length,
                       guint          max_chars,
                       PdzQuoteFlags  flags);

/* Whether @c must be escaped in text shown to a person: a control
 * character, a bidirectional control, or a line or paragraph separator. */
gboolean _pdz_text_is_unsafe_char (gunichar c);

G_END_DECLS
