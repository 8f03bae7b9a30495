/* pdz-json-emit-private.h: the emitter of the canonical form
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Primitives of the canonical form of doc/format.md, used by
 * pdz-json-writer.c; see pdz-json-emit.c. A document is written into a
 * GString as nested scopes: each open object or array is a PdzJsonScope
 * whose items go one per line, indented one level (two spaces) deeper than
 * its brackets.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "pdz.h"

G_BEGIN_DECLS

/* An open object or array. */
typedef struct {
  GString *s;      /* (unowned) the document */
  guint level;     /* the indentation level of the brackets */
  gboolean empty;  /* no item written yet */
} PdzJsonScope;

/* --- Scopes --- */

/* Writes @bracket ('{' or '[') at @level. */
void _pdz_json_scope_begin (PdzJsonScope *scope,
                            GString      *s,
                            guint         level,
                            char          bracket);
/* Begins @inner as the value of the current member or item of @outer. */
void _pdz_json_scope_begin_nested (PdzJsonScope *inner,
                                   PdzJsonScope *outer,
                                   char          bracket);
/* Starts an item: a comma after the previous one, a newline, indentation. */
void _pdz_json_scope_item (PdzJsonScope *scope);
/* Writes the closing @bracket, on its own line if there were items. */
void _pdz_json_scope_end (PdzJsonScope *scope,
                          char          bracket);

/* --- Values --- */

/* A JSON string: only '"', '\' and control characters are escaped. */
void _pdz_json_append_string (GString    *s,
                              const char *text);
/* The shortest form that reads back to @value; null if it is not finite. */
void _pdz_json_append_double (GString *s,
                              double   value);
/* Any tree (the value of an "x-" member); @level is its indentation. */
void _pdz_json_append_node (GString  *s,
                            JsonNode *node,
                            guint     level);
/* Any tree on one line, without spaces, escaped as above (json-glib 1.6's
 * generator leaves control characters such as U+001F unescaped, which no
 * parser reads back). (transfer full) */
char *_pdz_json_to_compact (JsonNode *node);

/* --- Members of an object --- */

/* Starts the member @name: its value is to be written next. */
void _pdz_json_member (PdzJsonScope *scope,
                       const char   *name);
/* Starts the member @name whose value is the object or array @value. */
void _pdz_json_member_begin (PdzJsonScope *scope,
                             const char   *name,
                             PdzJsonScope *value,
                             char          bracket);
/* Left out when @value is NULL. */
void _pdz_json_member_string (PdzJsonScope *scope,
                              const char   *name,
                              const char   *value);
/* Written as "" when @value is NULL, so the file stays readable. */
void _pdz_json_member_required_string (PdzJsonScope *scope,
                                       const char   *name,
                                       const char   *value);
/* Left out when @date is NULL. */
void _pdz_json_member_date (PdzJsonScope  *scope,
                            const char    *name,
                            const PdzDate *date);
/* The nick of @value, always written. */
void _pdz_json_member_enum (PdzJsonScope *scope,
                            const char   *name,
                            GType         type,
                            int           value);
/* Left out at @default_value. */
void _pdz_json_member_enum_optional (PdzJsonScope *scope,
                                     const char   *name,
                                     GType         type,
                                     int           value,
                                     int           default_value);
/* Left out when @strv is NULL or empty. */
void _pdz_json_member_strv (PdzJsonScope       *scope,
                            const char         *name,
                            const char * const *strv);
/* The "x-" members of @object's @part, in their order. */


G_END_DECLS
