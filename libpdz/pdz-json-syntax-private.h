/* pdz-json-syntax-private.h: the strict syntax check of a plan document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Used by the reader (pdz-json-reader.c) before json-glib parses the
 * document; see pdz-json-syntax.c.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Checks UTF-8, the JSON grammar, the nesting depth (PDZ_JSON_MAX_DEPTH),
 * duplicate member names and numbers that fit; sets *start to 3 past a
 * UTF-8 byte-order mark, else 0. Errors are PDZ_ERROR_PARSE, "LINE:COL: ". */
gboolean _pdz_json_syntax_check (const char  *data,
                                 gsize        length,
                                 gsize       *start,
                                 GError     **error);

/* Sets a PDZ_ERROR_PARSE error "LINE:COL: TEXT" from json-glib's
 * "<data>:LINE:COL: Parse error: TEXT". */
void _pdz_json_syntax_set_parser_error (GError       **error,
                                        const GError  *parser_error);

G_END_DECLS
