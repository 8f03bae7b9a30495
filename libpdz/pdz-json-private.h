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
 * - pdz-json-syntax.c: the strict scanner of the raw bytes, which records
 *   what it reads on a tape (pdz-json-syntax-private.h);
 * - pdz-json-reader.c, pdz-json-reader-values.c, pdz-json-reader-entities.c:
 *   the model built from the tape in the same pass
 *   (pdz-json-reader-private.h);
 * - pdz-json-emit.c: the canonical-form emitter (pdz-json-emit-private.h);
 * - pdz-json-writer.c: the model written with the emitter;
 * - pdz-json-validate.c: the check that runs before a save;
 * - pdz-json-extensions.c: the store of "x-" members;
 * - pdz-json-util.c: what the reader, the writer and the validator share,
 *   declared below: JSON pointers and tables of ids (entity kinds and enum
 *   nicks are pdz-entity-private.h's and pdz-util-private.h's).
 *
 * Nothing here keeps mutable static state: every function is reentrant.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "pdz.h"

#include "pdz-entity-private.h"

G_BEGIN_DECLS

/* The deepest nesting of arrays and objects the reader accepts. The plan
 * format itself needs fewer than 12 levels; "x-" members may use the rest. */
#define PDZ_JSON_MAX_DEPTH 64

/* The longest string (a value or a member name) the scanner accepts, in
 * bytes as written between its quotes: 16 MiB. doc/limits.md lists every
 * limit. */
#define PDZ_JSON_MAX_STRING_BYTES (16 * 1024 * 1024)

/* The most entities a plan file may hold (every element of an array of
 * entities: partners, actions, milestones, measurements...), and the most
 * changes a diff file may hold: 2,000,000, about three times what twice
 * the speed issue's "one-big" plan needs. */
#define PDZ_MAX_ENTITIES 2000000

/* The limits the reader applies, PDZ_MAX_ENTITIES and
 * PDZ_JSON_MAX_STRING_BYTES unless a test lowered them, so that it can
 * check a limit at its value and one past it without a file of 2,000,000
 * entities. Only tests write them (tests/test-limits.c). */
extern guint _pdz_json_max_entities;
extern guint _pdz_json_max_string_bytes;

/* See pdz-json-reader.c. */
PdzPlan *_pdz_json_read_plan (const char    *data,
                              gsize          length,
                              GCancellable  *cancellable,
                              GError       **error);
char *_pdz_json_write_plan (PdzPlan *plan, gsize *length);
/* One entity of a plan (or the plan), as the object it is in the file. */
char *_pdz_json_write_entity (gpointer entity, gsize *length);

/* Checks what a save must not write: empty or duplicate ids, references to
 * entities that are not in the plan. Sets a PdzError naming the JSON pointer. */
gboolean _pdz_json_validate_plan (PdzPlan *plan, GError **error);

/* "x-" members of an object of the model, keyed by @part ("" for the object
 * itself, "contacts" and "monitoring" for the plan's sub-objects).
 * (transfer none) (nullable) */
JsonObject *_pdz_extensions_get (gpointer object, const char *part);
/* @extensions: (transfer none) (nullable): referenced */
void _pdz_extensions_set (gpointer object, const char *part, JsonObject *extensions);

/* --- JSON pointers (RFC 6901) -------------------------------------------- */

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
  char *pointer;    /* (not owned) JSON pointer of the entity, in the table's chunk */
} PdzJsonIdEntry;

/* The ids seen so far, one table per kind: id -> PdzJsonIdEntry. */
typedef struct {
  GHashTable *tables[PDZ_N_KINDS];
  GStringChunk *strings;   /* (owned): the ids and pointers */
  GPtrArray *blocks;       /* (owned): blocks of entries */
  guint n_in_block;        /* entries used in the last block */
} PdzJsonIds;

void _pdz_json_ids_init (PdzJsonIds *ids);
void _pdz_json_ids_clear (PdzJsonIds *ids);
/* (transfer none) (nullable) */
PdzJsonIdEntry *_pdz_json_ids_lookup (PdzJsonIds *ids, PdzKind kind, const char *id);
/* Checks that @id (nullable) is not empty and not taken by another entity
 * of @kind; @pointer is the pointer of the id itself. */
gboolean _pdz_json_ids_check_new (PdzJsonIds  *ids,
                                  PdzKind  kind,
                                  const char  *id,
                                  GString     *pointer,
                                  GError     **error);
/* Records @object, at @pointer, under @id. */
void _pdz_json_ids_add (PdzJsonIds  *ids,
                        PdzKind  kind,
                        const char  *id,
                        gpointer     object,
                        const char  *pointer);

/* A list of references names each entity once: checks that @object, item
 * @index (at @pointer) of a list of references to @kind, was not listed
 * before, and records it in @listed (object -> index of its first listing). */
gboolean _pdz_json_check_listed_once (GHashTable  *listed,
                                      gpointer     object,
                                      guint        index,
                                      PdzKind  kind,
                                      const char  *id,
                                      GString     *pointer,
                                      GError     **error);

G_END_DECLS
