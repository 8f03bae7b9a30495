/* pdz-members-private.h: the members of each kind of entity, as values
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One table, for every kind of entity of a plan (PdzEntityKind), of its
 * members that hold a value: the members of the plan format other than
 * its id and its lists of owned entities. For each member, how to read it
 * from an entity as a GValue, compare it between two entities (of one plan
 * or of two: references compare by id), set it, write it as JSON and show
 * it to people. The comparison of two rounds (pdz-diff-*.c) is built on it,
 * and so is the copy of an entity, below. Implemented in pdz-members.c.
 *
 * Values, by the type of the member:
 *
 * | type        | GValue                                | left out of a file when |
 * |-------------|---------------------------------------|-------------------------|
 * | STRING      | G_TYPE_STRING                         | NULL                    |
 * | TEXT        | G_TYPE_STRING (required: NULL is "")  | never                   |
 * | ENUM        | its enum type                         | its default (not stated)|
 * | DATE        | PDZ_TYPE_DATE                         | NULL                    |
 * | AMOUNT      | G_TYPE_INT64, cents                   | PDZ_AMOUNT_UNKNOWN      |
 * | NUMBER      | G_TYPE_DOUBLE                         | never                   |
 * | REF         | G_TYPE_STRING, the id referenced      | NULL                    |
 * | REFS        | G_TYPE_STRV, the ids referenced       | empty (NULL)            |
 * | STRV        | G_TYPE_STRV                           | empty (NULL)            |
 * | MEASUREMENT | PDZ_TYPE_MEASUREMENT, a detached copy | NULL                    |
 * | EXTENSION   | G_TYPE_STRING, the JSON text          | NULL (absent)           |
 *
 * A list of references (REFS: a plan's municipalities, an action's
 * projects, a project's objectives) is a set: two lists with the same ids
 * in another order are equal. "x-" members are EXTENSION members, named by
 * their member name ("x-note", or "contacts/x-note" in the plan's contacts).
 */

#pragma once

#include <json-glib/json-glib.h>

#include "pdz.h"

#include "pdz-entity-private.h"

G_BEGIN_DECLS

typedef enum {
  PDZ_MEMBER_STRING,
  PDZ_MEMBER_TEXT,
  PDZ_MEMBER_ENUM,
  PDZ_MEMBER_DATE,
  PDZ_MEMBER_AMOUNT,
  PDZ_MEMBER_NUMBER,
  PDZ_MEMBER_REF,
  PDZ_MEMBER_REFS,
  PDZ_MEMBER_STRV,
  PDZ_MEMBER_MEASUREMENT,
  PDZ_MEMBER_EXTENSION,
} PdzMemberType;

typedef struct _PdzMember PdzMember;

/* The members of @kind, in the order of the format. (transfer none) */
const PdzMember *_pdz_members_of (PdzEntityKind kind, guint *n_members);
/* The member @index of the array _pdz_members_of() returns. */
const PdzMember *_pdz_member_at (const PdzMember *members, guint index);
/* The member @name of @kind; an "x-" member ("x-NAME", and for the plan
 * "contacts/x-NAME", "monitoring/x-NAME") is an EXTENSION member made for
 * the name, which the caller frees with _pdz_member_free(). NULL when @kind
 * has no such member. */
const PdzMember *_pdz_member_lookup (PdzEntityKind kind, const char *name);
void _pdz_member_free (const PdzMember *member);

const char *_pdz_member_get_name (const PdzMember *member);
PdzMemberType _pdz_member_get_member_type (const PdzMember *member);
/* The GType of the member's values. */
GType _pdz_member_get_value_type (const PdzMember *member);
/* For REF and REFS members, the kind referenced. */
PdzKind _pdz_member_get_ref_kind (const PdzMember *member);

/* Initializes @value and sets it to the value of @member in @entity. */
void _pdz_member_get (const PdzMember *member, gpointer entity, GValue *value);
/* Whether @a and @b, entities of one kind, have equal values of @member. */
gboolean _pdz_member_equal (const PdzMember *member, gpointer a, gpointer b);
/* Whether two values of @member are equal. */
gboolean _pdz_member_value_equal (const PdzMember *member, const GValue *a, const GValue *b);
/* Whether @value is one the file leaves out (not stated, unset, empty). */
gboolean _pdz_member_value_is_absent (const PdzMember *member, const GValue *value);

/* Finds the entity of @kind with @id for a reference: NULL when there is
 * none. */
typedef gpointer (*PdzResolveFunc) (PdzKind kind, const char *id, gpointer user_data);

/* Sets @member of @entity to @value; references are found with @resolve.
 * Fails with PDZ_ERROR_DANGLING_REFERENCE, naming the id, when @resolve
 * finds none, and with the model's error when the model refuses. */
gboolean _pdz_member_set (const PdzMember  *member,
                          gpointer          entity,
                          const GValue     *value,
                          PdzResolveFunc    resolve,
                          gpointer          user_data,
                          GError          **error);

/* Writes @value as the JSON value of the member, at indentation @level
 * (one level is two spaces, as the canonical form has it). */
void _pdz_member_append_json (const PdzMember *member,
                              const GValue    *value,
                              GString         *s,
                              guint            level);

/* @value for people, in @language ("it" or "en"): labels for enumerations,
 * pdz_date_format() for dates, euros for amounts, "non indicato" / "not
 * stated" for what is left out. (transfer full) */
char *_pdz_member_dup_display (const PdzMember *member,
                               const GValue    *value,
                               const char      *language);

/* Writes @entity (of any kind but the plan) as the JSON object it is in a
 * plan file, at indentation @level. */
void _pdz_entity_append_json (gpointer entity, GString *s, guint level);

/* --- "x-" members ---------------------------------------------------------- */

/* The parts of @kind that keep "x-" members: "" for the entity, and for
 * the plan "contacts" and "monitoring" too. (transfer none) */
const char * const *_pdz_extension_parts (PdzEntityKind kind);
/* Whether the "x-" members of two objects (nullable) are equal, member by
 * member, in any order. */
gboolean _pdz_extensions_equal (JsonObject *a, JsonObject *b);
/* The name of the EXTENSION member @name of @part: "x-a", "contacts/x-a". */
char *_pdz_extension_member_name (const char *part, const char *name);

/* --- Entities --------------------------------------------------------------- */

/* The kind of @entity (a model object or a plan); FALSE when it is none. */
gboolean _pdz_entity_kind_of (gpointer entity, PdzEntityKind *kind);
/* The PdzKind of an entity kind with an id, or PDZ_KIND_NONE. */
PdzKind _pdz_entity_kind_to_kind (PdzEntityKind kind);
/* The id of @entity of @kind, or NULL for a kind without ids. */
const char *_pdz_entity_get_id (PdzEntityKind kind, gpointer entity);
/* What names @entity for people: its title, a partner's name, the id of
 * the partner of a participation, the source of a funding, the date of a
 * measurement. (transfer full) (nullable) */
char *_pdz_entity_dup_label (PdzEntityKind kind, gpointer entity);
/* Whether two entities of @kind have equal members (every member of
 * _pdz_members_of(), and their "x-" members), not looking at their lists
 * of owned entities. */
gboolean _pdz_entity_members_equal (PdzEntityKind kind, gpointer a, gpointer b);

/* --- Owned lists ------------------------------------------------------------ */

/* The lists of owned entities of @owner_kind, by member name: "actions",
 * "indicators", "partners" (participations, or the plan's partners),
 * "fundings", "milestones", "measurements", "macroareas", "objectives",
 * "projects". The kind of their items, or FALSE when @owner_kind has no
 * such list. */
gboolean _pdz_owned_list_item_kind (PdzEntityKind owner_kind, const char *member, PdzEntityKind *kind);
/* The member that lists entities of @kind in their owner: "actions",
 * "partners" (a plan's partners, or participations), "fundings", ... */
const char *_pdz_owned_list_member_of (PdzEntityKind kind);
/* Whether entities of @kind are held by another entity than the plan:
 * actions, indicators, milestones, participations, fundings, measurements. */
gboolean _pdz_entity_kind_is_owned (PdzEntityKind kind);
/* The list model of @owner for @member (transfer none). */
GListModel *_pdz_owned_list_get (PdzEntityKind owner_kind, gpointer owner, const char *member);
/* Appends @item to @owner's list @member with the model's add method,
 * which checks what it checks (ids, sub-action depth, duplicates). */
gboolean _pdz_owned_list_add (PdzEntityKind   owner_kind,
                              gpointer        owner,
                              const char     *member,
                              gpointer        item,
                              GError        **error);
/* Removes @item from @owner's list @member with the model's remove method. */
gboolean _pdz_owned_list_remove (PdzEntityKind   owner_kind,
                                 gpointer        owner,
                                 const char     *member,
                                 gpointer        item,
                                 GError        **error);

/* --- Copies ----------------------------------------------------------------- */

/* Whether to copy @child, an action or an indicator held by the entity
 * being copied. */
typedef gboolean (*PdzCopyFilter) (gpointer child, gpointer user_data);

typedef struct {
  PdzCopyFilter filter;      /* (nullable): copy every child when NULL */
  PdzResolveFunc resolve;    /* (nullable): references keep their entity when NULL */
  gpointer user_data;
  /* When @resolve finds no entity for a reference of a copy, the
   * reference is left out of the copy and recorded here, to be set later
   * with _pdz_copy_finish(); NULL: the copy fails. */
  GPtrArray *pending;        /* (nullable) (element-type PdzCopyPending) */
} PdzCopyContext;

/* A detached copy of @entity of @kind, with its owned entities (those
 * @ctx's filter keeps) and its "x-" members; it belongs to nothing.
 * (transfer full) (nullable): NULL with @error set when a reference cannot
 * be resolved and @ctx keeps no pending list. */
gpointer _pdz_entity_copy (PdzEntityKind    kind,
                           gpointer         entity,
                           PdzCopyContext  *ctx,
                           GError         **error);
/* A new list for PdzCopyContext:pending. (transfer full) */
GPtrArray *_pdz_copy_pending_new (void);
/* Sets the references that _pdz_entity_copy() left pending, resolving
 * them now; fails like _pdz_member_set(). */
gboolean _pdz_copy_finish (PdzCopyContext *ctx, GError **error);
void _pdz_copy_context_clear (PdzCopyContext *ctx);

G_END_DECLS
