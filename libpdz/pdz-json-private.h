/* pdz-json-private.h: the JSON codec of the plan format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The reader builds a plan through the public model API; the writer reads
 * the model through the public API and is a pure function of it. Members
 * whose name starts with "x-" are kept as a JsonObject attached to the
 * object they were read from (see _pdz_extensions_get()) and written back
 * unchanged, after the members the format defines, in their original order.
 *
 * The codec's files:
 *
 * - pdz-json-syntax.c: the strict syntax check of the raw bytes that runs
 *   before json-glib (pdz-json-syntax-private.h);
 * - pdz-json-reader.c, pdz-json-reader-values.c, pdz-json-reader-entities.c:
 *   the tree read into the model (pdz-json-reader-private.h);
 * - pdz-json-emit.c: the canonical-form emitter (pdz-json-emit-private.h);
 * - pdz-json-writer.c: the model written with the emitter;
 * - pdz-json-validate.c: the check that runs before a save;
 * - pdz-json-extensions.c: the store of "x-" members;
 * - pdz-json-util.c: what the reader, the writer and the validator share,
 *   declared below: entity kinds, JSON pointers, tables of ids, enum nicks.
 *
 * Nothing here keeps mutable static state: every function is reentrant.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "pdz.h"

G_BEGIN_DECLS

/* The deepest nesting of arrays and objects the reader accepts. The plan
 * format itself needs fewer than 12 levels; "x-" members may use the rest. */
#define PDZ_JSON_MAX_DEPTH 64

PdzPlan *_pdz_json_read_plan (const char *data, gsize length, GError **error);
char *_pdz_json_write_plan (PdzPlan *plan, gsize *length);

/* Checks what a save must not write: empty or duplicate ids, references to
 * entities that are not in the plan. Sets a PdzError naming the JSON pointer. */
gboolean _pdz_json_validate_plan (PdzPlan *plan, GError **error);

/* "x-" members of an object of the model, keyed by @part ("" for the object
 * itself, "contacts" and "monitoring" for the plan's sub-objects).
 * (transfer none) (nullable) */
JsonObject *_pdz_extensions_get (gpointer object, const char *part);
/* @extensions: (transfer none) (nullable): referenced */
void _pdz_extensions_set (gpointer object, const char *part, JsonObject *extensions);

/* --- Entity kinds -------------------------------------------------------- */

/* The kinds of entity that have an id, unique within the kind. */
typedef enum {
  PDZ_JSON_KIND_PARTNER,
  PDZ_JSON_KIND_MACROAREA,
  PDZ_JSON_KIND_OBJECTIVE,
  PDZ_JSON_KIND_PROJECT,
  PDZ_JSON_KIND_ACTION,
  PDZ_JSON_KIND_INDICATOR,
  PDZ_JSON_N_KINDS
} PdzJsonKind;

/* "partner", "macroarea", ...: the kind's name in messages. */
const char *_pdz_json_kind_name (PdzJsonKind kind);
/* The id of @entity, an entity of @kind. (transfer none) (nullable) */
const char *_pdz_json_entity_id (PdzJsonKind kind, gpointer entity);

/* --- JSON pointers (RFC 6901) -------------------------------------------- */

/* A pointer is built in a GString, one reference token per push; the empty
 * string is the root. Each push returns the length to give back to
 * _pdz_json_pointer_pop(). */
gsize _pdz_json_pointer_push_member (GString *pointer, const char *name);
gsize _pdz_json_pointer_push_index (GString *pointer, guint index);

static inline void
_pdz_json_pointer_pop (GString *pointer,
                       gsize    old)
{
  g_string_truncate (pointer, old);
}

/* The pointer as text, "/" for the root. (transfer none) */
const char *_pdz_json_pointer_get (GString *pointer);

/* Sets a PdzError whose message is "POINTER: MESSAGE". */
void _pdz_json_pointer_error (GError    **error,
                              GString    *pointer,
                              PdzError    code,
                              const char *format,
                              ...) G_GNUC_PRINTF (4, 5);
/* Prefixes an error of the model with "POINTER: ". */
void _pdz_json_pointer_prefix_error (GError **error, GString *pointer);

/* --- Ids ----------------------------------------------------------------- */

typedef struct {
  GObject *object;  /* (owned) */
  char *pointer;    /* (owned) JSON pointer of the entity */
} PdzJsonIdEntry;

/* The ids seen so far, one table per kind: id -> PdzJsonIdEntry. */
typedef struct {
  GHashTable *tables[PDZ_JSON_N_KINDS];
} PdzJsonIds;

void _pdz_json_ids_init (PdzJsonIds *ids);
void _pdz_json_ids_clear (PdzJsonIds *ids);
/* (transfer none) (nullable) */
PdzJsonIdEntry *_pdz_json_ids_lookup (PdzJsonIds *ids, PdzJsonKind kind, const char *id);
/* Checks that @id (nullable) is not empty and not taken by another entity
 * of @kind; @pointer is the pointer of the id itself. */
gboolean _pdz_json_ids_check_new (PdzJsonIds  *ids,
                                  PdzJsonKind  kind,
                                  const char  *id,
                                  GString     *pointer,
                                  GError     **error);
/* Records @object, at @pointer, under @id. */
void _pdz_json_ids_add (PdzJsonIds  *ids,
                        PdzJsonKind  kind,
                        const char  *id,
                        gpointer     object,
                        const char  *pointer);

/* A list of references names each entity once: checks that @object, item
 * @index (at @pointer) of a list of references to @kind, was not listed
 * before, and records it in @listed (object -> index of its first listing). */
gboolean _pdz_json_check_listed_once (GHashTable  *listed,
                                      gpointer     object,
                                      guint        index,
                                      PdzJsonKind  kind,
                                      const char  *id,
                                      GString     *pointer,
                                      GError     **error);

/* --- Enumerations: written as their GEnum nicks --------------------------- */

/* (transfer none) (nullable): NULL if @value is not a value of @enum_type */
const char *_pdz_json_enum_to_nick (GType enum_type, int value);
gboolean _pdz_json_enum_from_nick (GType enum_type, const char *nick, int *value);
/* Every nick of @enum_type, joined by ", ", for a message. (transfer full) */
char *_pdz_json_enum_list_nicks (GType enum_type);

G_END_DECLS
