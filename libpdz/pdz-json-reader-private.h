/* pdz-json-reader-private.h: the state and the tools of the plan reader
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Shared by the three files of the reader:
 *
 * - pdz-json-reader.c: _pdz_json_read_plan(), the document, its header
 *   and the order in which its parts are read and their errors reported;
 * - pdz-json-reader-values.c: the PdzReader and typed reads of members
 *   (strings, dates, enumerations, ids, arrays, references resolved);
 * - pdz-json-reader-entities.c: the entities, and the members that
 *   reference other entities, read at once or once every entity exists.
 *
 * pdz-json-reader.c calls the other two, the entities call the values,
 * and the values call neither.
 *
 * Values are read from a tape of the scanner (pdz-json-syntax-private.h),
 * never from a tree of the whole document: one entity of the plan at a
 * time, as the scanner goes.
 *
 * Every function that reads a value keeps the JSON pointer of the value
 * being read in r->path, so that every error starts with it; a function
 * that fails leaves r->path as it found it, or longer.
 */

#pragma once

#include "pdz-json-private.h"
#include "pdz-json-syntax-private.h"

G_BEGIN_DECLS

/* Members that reference other entities. Those of the plan's root and an
 * action's projects are read once every entity exists (delayed); the
 * others as soon as their entity is read, since what they reference comes
 * earlier in the document (immediate). Either way, an error in them is
 * reported as if they were all read after every entity, in the order met:
 * the reader's second pass of old. */
typedef enum {
  DEFER_PLAN_MUNICIPALITIES,
  DEFER_PLAN_LEAD_MUNICIPALITY,
  DEFER_OBJECTIVE_MACROAREA,
  DEFER_PARTICIPATIONS,
  DEFER_ACTION_PROJECTS,
  DEFER_PROJECT_LEAD,
  DEFER_PROJECT_OBJECTIVES,
} PdzReaderDeferKind;

/* A member read once every entity exists. */
typedef struct {
  PdzReaderDeferKind kind;
  guint seq;         /* its place in the order of the second pass */
  GObject *target;   /* (owned) */
  guint32 value;     /* its value on the reader's tape of delayed members */
  char *pointer;     /* (owned) JSON pointer of the value */
} PdzReaderDeferred;

/* The state of one read, kept on the stack of _pdz_json_read_plan(). */
typedef struct {
  PdzPlan *plan;        /* (owned) the plan being built */
  int version;          /* the format version of the document */
  GString *path;        /* (owned) JSON pointer of the value being read */
  PdzJsonIds ids;       /* every entity read so far, by kind and id */
  GStringChunk *strings;  /* (owned) the strings of the values being read */
  GCancellable *cancellable;  /* (nullable) (not owned) */
  guint n_read;         /* entities read, for the checks of @cancellable */

  PdzJsonTape delayed_tape;  /* the values of @delayed */
  GArray *delayed;      /* (owned) (element-type PdzReaderDeferred) */
  guint next_seq;       /* the next member's place in the second pass */
  /* The first error of an immediate member, kept until the reader knows
   * that no error of the first pass, nor of a delayed member met before
   * it, comes first. */
  GError *deferred_error;  /* (owned) (nullable) */
  guint deferred_error_seq;
} PdzReader;

void _pdz_reader_init (PdzReader *r, const char *data, GCancellable *cancellable);
/* Frees the state; the plan is not freed but returned. (transfer full) */
PdzPlan *_pdz_reader_clear (PdzReader *r);
/* Called once per entity read: fails with PDZ_ERROR_UNSUPPORTED past
 * _pdz_json_max_entities entities, and with G_IO_ERROR_CANCELLED if the
 * read was cancelled (looked at every 256 calls). */
gboolean _pdz_reader_next_entity (PdzReader *r, GError **error);

/* --- Values --- */

/* "an object", "a string", ...: what @value is, for a message. */
const char *_pdz_reader_describe_value (PdzJsonValue value);
gboolean _pdz_reader_value_is_string (PdzJsonValue value);
gboolean _pdz_reader_value_is_number (PdzJsonValue value);
/* A JSON integer, or a number with no fraction that a double holds exactly
 * (1.0, 2e3), as JSON Schema's "integer" does. */
gboolean _pdz_reader_value_get_integer (PdzJsonValue value, gint64 *out);
/* The member @name of the object @object into @out; FALSE when absent. */
gboolean _pdz_reader_member (PdzJsonValue object, const char *name, PdzJsonValue *out);

/* --- Values at the current path --- */

gboolean _pdz_reader_expect_object (PdzReader    *r,
                                    PdzJsonValue  value,
                                    GError      **error);
gboolean _pdz_reader_expect_array (PdzReader    *r,
                                   PdzJsonValue  value,
                                   GError      **error);
gboolean _pdz_reader_expect_string (PdzReader    *r,
                                    PdzJsonValue  value,
                                    const char  **out,
                                    GError      **error);
/* Fails with "missing required member NAME"; always returns FALSE. */
gboolean _pdz_reader_missing (PdzReader  *r,
                              const char *name,
                              GError    **error);

/* Checks that @object has only members in @allowed (NULL-terminated) or
 * starting with "x-"; returns a copy of the "x-" members in @extensions
 * (NULL when there are none). */
gboolean _pdz_reader_check_members (PdzReader          *r,
                                    PdzJsonValue        object,
                                    const char * const *allowed,
                                    JsonObject        **extensions,
                                    GError            **error);
/* Attaches @ext (nullable) to @object, as its @part. */
void _pdz_reader_attach_extensions (gpointer    object,
                                    const char *part,
                                    JsonObject *ext);

/* --- Members of the object at the current path --- */

/* The string member @name into @out (NULL when absent). */
gboolean _pdz_reader_read_string (PdzReader    *r,
                                  PdzJsonValue  object,
                                  const char   *name,
                                  gboolean      required,
                                  const char  **out,
                                  GError      **error);
/* The "id" member of an entity of @kind: required, not empty, not taken. */
gboolean _pdz_reader_read_id (PdzReader    *r,
                              PdzJsonValue  object,
                              PdzKind       kind,
                              const char  **out,
                              GError      **error);
/* Records @object as the entity of @kind with @id, at the current path. */
void _pdz_reader_record_id (PdzReader  *r,
                            PdzKind     kind,
                            const char *id,
                            gpointer    object);
/* A date member into @out (NULL when absent). */
gboolean _pdz_reader_read_date (PdzReader    *r,
                                PdzJsonValue  object,
                                const char   *name,
                                gboolean      required,
                                PdzDate     **out,
                                GError      **error);
/* An enumeration member, by its nick in the format version of the
 * document; @out keeps its value when absent. "Not stated" is written by
 * leaving the member out: its nick, "not-stated", is refused. Version 1
 * spelled a few values its own way ("health-agency", "unknown"); they are
 * read as their version-2 values, and values new in version 2 are refused
 * in a version-1 document. */
gboolean _pdz_reader_read_enum (PdzReader    *r,
                                PdzJsonValue  object,
                                const char   *name,
                                GType         enum_type,
                                int          *out,
                                GError      **error);
/* An array of strings; @out is NULL when the member is absent. */
gboolean _pdz_reader_read_string_array (PdzReader    *r,
                                        PdzJsonValue  object,
                                        const char   *name,
                                        GStrv        *out,
                                        GError      **error);

/* Reads one element of an array, at the element's path, into @owner. */
typedef gboolean (*PdzReaderElementFunc) (PdzReader    *r,
                                          PdzJsonValue  value,
                                          gpointer      owner,
                                          GError      **error);

/* Calls @func on each element of the array member @name (absent: nothing). */
gboolean _pdz_reader_read_array (PdzReader            *r,
                                 PdzJsonValue          object,
                                 const char           *name,
                                 PdzReaderElementFunc  func,
                                 gpointer              owner,
                                 GError              **error);

/* --- References --- */

/* The entity of @kind that the string @value (at the current path) names.
 * (transfer none) */
gpointer _pdz_reader_resolve (PdzReader     *r,
                              PdzJsonValue   value,
                              PdzKind        kind,
                              GError       **error);
/* An array of references to @kind, none listed twice. (transfer container) */
GPtrArray *_pdz_reader_resolve_array (PdzReader     *r,
                                      PdzJsonValue   value,
                                      PdzKind        kind,
                                      GError       **error);

/* The value a member of @enum_type has when a document of @version leaves
 * it out: version 1 had defaults (a planned status, a participant, an
 * ambito scope) that version 2 reads as "not stated". */
int _pdz_reader_enum_default (int version, GType enum_type);

/* --- Entities (pdz-json-reader-entities.c) --- */

/* Elements of the plan's arrays; @owner is the plan. */
gboolean _pdz_reader_read_partner (PdzReader *r, PdzJsonValue value, gpointer owner, GError **error);
gboolean _pdz_reader_read_macroarea (PdzReader *r, PdzJsonValue value, gpointer owner, GError **error);
gboolean _pdz_reader_read_objective (PdzReader *r, PdzJsonValue value, gpointer owner, GError **error);
gboolean _pdz_reader_read_project (PdzReader *r, PdzJsonValue value, gpointer owner, GError **error);
/* An element of "partners" of an objective, an action or a project
 * (@owner): the partner must exist. */
gboolean _pdz_reader_read_participation (PdzReader *r, PdzJsonValue value, gpointer owner,
                                         GError **error);

/* Reads the member @name of @object (if present) as a reference of @kind
 * to @target: at once (an immediate kind), its error kept for later; or
 * once every entity exists (a delayed kind). */
void _pdz_reader_defer (PdzReader          *r,
                        PdzJsonValue        object,
                        const char         *name,
                        PdzReaderDeferKind  kind,
                        gpointer            target);
/* Reads the delayed members, in the order of the second pass; fails with
 * the first error of any member, immediate or delayed, in that order. */
gboolean _pdz_reader_read_deferred (PdzReader *r, GError **error);

G_END_DECLS
