/* pdz-json-reader-private.h: the state and the tools of the plan reader
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Shared by the three files of the reader:
 *
 * - pdz-json-reader.c: _pdz_json_read_plan(), the document and its
 *   header, and the second pass (references);
 * - pdz-json-reader-values.c: the PdzReader and typed reads of members
 *   (strings, dates, enumerations, ids, arrays, references);
 * - pdz-json-reader-entities.c: the entities, read in the first pass.
 *
 * Every function that reads a value keeps the JSON pointer of the value
 * being read in r->path, so that every error starts with it; a function
 * that fails leaves r->path as it found it, or longer.
 */

#pragma once

#include "pdz-json-private.h"

G_BEGIN_DECLS

typedef enum {
  DEFER_PLAN_MUNICIPALITIES,
  DEFER_PLAN_LEAD_MUNICIPALITY,
  DEFER_OBJECTIVE_MACROAREA,
  DEFER_PARTICIPATIONS,
  DEFER_ACTION_PROJECTS,
  DEFER_PROJECT_LEAD,
  DEFER_PROJECT_OBJECTIVES,
} PdzReaderDeferKind;

/* A member read in the second pass, once every entity exists. */
typedef struct {
  PdzReaderDeferKind kind;
  GObject *target;   /* (owned) */
  JsonNode *node;    /* (unowned) lives as long as the parser */
  char *pointer;     /* (owned) JSON pointer of @node */
} PdzReaderDeferred;

/* The state of one read, kept on the stack of _pdz_json_read_plan(). */
typedef struct {
  PdzPlan *plan;        /* (owned) the plan being built */
  int version;          /* the format version of the document */
  GString *path;        /* (owned) JSON pointer of the value being read */
  PdzJsonIds ids;       /* every entity read so far, by kind and id */
  GPtrArray *deferred;  /* (owned) (element-type PdzReaderDeferred) */
} PdzReader;

void _pdz_reader_init (PdzReader *r);
/* Frees the state; the plan is not freed but returned. (transfer full) */
PdzPlan *_pdz_reader_clear (PdzReader *r);

/* --- Nodes --- */

/* "an object", "a string", ...: what @node is, for a message. */
const char *_pdz_reader_describe_node (JsonNode *node);
gboolean _pdz_reader_node_is_string (JsonNode *node);
gboolean _pdz_reader_node_is_number (JsonNode *node);
/* A JSON integer, or a number with no fraction that a double holds exactly
 * (1.0, 2e3), as JSON Schema's "integer" does. */
gboolean _pdz_reader_node_get_integer (JsonNode *node, gint64 *out);

/* --- Values at the current path --- */

gboolean _pdz_reader_expect_object (PdzReader   *r,
                                    JsonNode    *node,
                                    JsonObject **out,
                                    GError     **error);
gboolean _pdz_reader_expect_array (PdzReader  *r,
                                   JsonNode   *node,
                                   JsonArray **out,
                                   GError    **error);
gboolean _pdz_reader_expect_string (PdzReader   *r,
                                    JsonNode    *node,
                                    const char **out,
                                    GError     **error);
/* Fails with "missing required member NAME"; always returns FALSE. */
gboolean _pdz_reader_missing (PdzReader  *r,
                              const char *name,
                              GError    **error);

/* Checks that @obj has only members in @allowed (NULL-terminated) or
 * starting with "x-"; returns a copy of the "x-" members in @extensions
 * (NULL when there are none). */
gboolean _pdz_reader_check_members (PdzReader          *r,
                                    JsonObject         *obj,
                                    const char * const *allowed,
                                    JsonObject        **extensions,
                                    GError            **error);
/* Attaches @ext (nullable) to @object, as its @part. */
void _pdz_reader_attach_extensions (gpointer    object,
                                    const char *part,
                                    JsonObject *ext);

/* --- Members of the object at the current path --- */

/* The string member @name into @out (NULL when absent). */
gboolean _pdz_reader_read_string (PdzReader   *r,
                                  JsonObject  *obj,
                                  const char  *name,
                                  gboolean     required,
                                  const char **out,
                                  GError     **error);
/* The "id" member of an entity of @kind: required, not empty, not taken. */
gboolean _pdz_reader_read_id (PdzReader   *r,
                              JsonObject  *obj,
                              PdzKind  kind,
                              const char **out,
                              GError     **error);
/* Records @object as the entity of @kind with @id, at the current path. */
void _pdz_reader_record_id (PdzReader   *r,
                            PdzKind  kind,
                            const char  *id,
                            gpointer     object);
/* A date member into @out (NULL when absent). */
gboolean _pdz_reader_read_date (PdzReader   *r,
                                JsonObject  *obj,
                                const char  *name,
                                gboolean     required,
                                PdzDate    **out,
                                GError     **error);
/* An enumeration member, by its nick in the format version of the
 * document; @out keeps its value when absent. "Not stated" is written by
 * leaving the member out: its nick, "not-stated", is refused. Version 1
 * spelled a few values its own way ("health-agency", "unknown"); they are
 * read as their version-2 values, and values new in version 2 are refused
 * in a version-1 document. */
gboolean _pdz_reader_read_enum (PdzReader  *r,
                                JsonObject *obj,
                                const char *name,
                                GType       enum_type,
                                int        *out,
                                GError    **error);
/* An array of strings; @out is NULL when the member is absent. */
gboolean _pdz_reader_read_string_array (PdzReader   *r,
                                        JsonObject  *obj,
                                        const char  *name,
                                        GStrv       *out,
                                        GError     **error);

/* Reads one element of an array, at the element's path, into @owner. */
typedef gboolean (*PdzReaderElementFunc) (PdzReader *r,
                                          JsonNode  *node,
                                          gpointer   owner,
                                          GError   **error);

/* Calls @func on each element of the array member @name (absent: nothing). */
gboolean _pdz_reader_read_array (PdzReader            *r,
                                 JsonObject           *obj,
                                 const char           *name,
                                 PdzReaderElementFunc  func,
                                 gpointer              owner,
                                 GError              **error);

/* Leaves the member @name of @obj (if present) for the second pass. */
void _pdz_reader_defer (PdzReader          *r,
                        JsonObject         *obj,
                        const char         *name,
                        PdzReaderDeferKind  kind,
                        gpointer            target);

/* --- References, in the second pass --- */

/* The entity of @kind that the string at @node (the current path) names.
 * (transfer none) */
gpointer _pdz_reader_resolve (PdzReader    *r,
                              JsonNode     *node,
                              PdzKind   kind,
                              GError      **error);
/* An array of references to @kind, none listed twice. (transfer container) */
GPtrArray *_pdz_reader_resolve_array (PdzReader    *r,
                                      JsonNode     *node,
                                      PdzKind   kind,
                                      GError      **error);

/* --- Entities (pdz-json-reader-entities.c) --- */

/* Elements of the plan's arrays; @owner is the plan. */
gboolean _pdz_reader_read_partner (PdzReader *r, JsonNode *node, gpointer owner, GError **error);
gboolean _pdz_reader_read_macroarea (PdzReader *r, JsonNode *node, gpointer owner, GError **error);
gboolean _pdz_reader_read_objective (PdzReader *r, JsonNode *node, gpointer owner, GError **error);
gboolean _pdz_reader_read_project (PdzReader *r, JsonNode *node, gpointer owner, GError **error);
/* An element of "partners" of an objective, an action or a project
 * (@owner), in the second pass: the partner must exist. */
gboolean _pdz_reader_read_participation (PdzReader *r, JsonNode *node, gpointer owner,
                                         GError **error);

/* The value a member of @enum_type has when a document of @version leaves
 * it out: version 1 had defaults (a planned status, a participant, an
 * ambito scope) that version 2 reads as "not stated". */
int _pdz_reader_enum_default (int version, GType enum_type);

G_END_DECLS
