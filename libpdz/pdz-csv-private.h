/* pdz-csv-private.h: CSV fields, and text that a spreadsheet would take for a formula
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The one home of CSV quoting (RFC 4180) and of the formula guard, for
 * every writer of libpdz that writes cells: the report's CSV and XLSX, the
 * tables' CSV, the workbook.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when a spreadsheet could read @text as a formula (CSV injection):
 * when, past any leading white space, control characters, byte-order
 * mark, zero-width or no-break spaces, it begins with = + - @ or their
 * fullwidth forms (＝ ＋ － ＠), or with a tab or a carriage return. */
gboolean _pdz_csv_looks_like_formula (const char *text);

/* Appends @text as one CSV field: quoted when it holds @separator, a
 * quote, CR, LF, ',' or ';', quotes doubled; a field that looks like a
 * formula is quoted and prefixed with an apostrophe. */
void _pdz_csv_append_field (GString    *out,
                            const char *text,
                            char        separator);

/* Appends @text as _pdz_csv_append_field() does, so that it reads back
 * exactly: an empty text is "" (an empty field is no value at all), and
 * a text that begins with an apostrophe gets one more in front, as one
 * that looks like a formula does, so that a reader that takes one leading
 * apostrophe away (a spreadsheet's quote prefix) gets every text back: the
 * CSV tables of the workbook. */
void _pdz_csv_append_field_exact (GString    *out,
                                  const char *text,
                                  char        separator);

G_END_DECLS
