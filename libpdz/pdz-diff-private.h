/* pdz-diff-private.h: PdzDiff and PdzChange, shared by the files that implement them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A comparison of two rounds is one type, PdzDiff (pdz-diff.c), and its
 * changes another, PdzChange (pdz-change.c); four concepts of their own
 * have a file each and share the instance structures below:
 *
 *   pdz-diff-compare.c   matching the entities of two plans, and the changes
 *   pdz-diff-summary.c   the summary tables, counted from the two plans
 *   pdz-diff-apply.c     applying a diff to a plan
 *   pdz-diff-json.c      the JSON diff document, written and read
 *
 * Identity of the entities without an id, and which lists' order counts:
 * see pdz-diff-compare.c and doc/format.md ("Comparing two rounds").
 */

#pragma once

#include "pdz.h"

#include "pdz-members-private.h"

G_BEGIN_DECLS

struct _PdzChange
{
  GObject parent_instance;

  PdzChangeKind kind;
  PdzEntityKind entity_kind;
  char *id;                     /* (owned) (nullable): NULL for a kind without ids, or the plan */
  char *title;                  /* (owned) (nullable): what names the entity */
  gboolean has_old_owner;       /* the entity is owned (action, indicator, id-less) and was there */
  PdzEntityKind old_owner_kind;
  char *old_owner_id;           /* (owned) (nullable) */
  gboolean has_new_owner;
  PdzEntityKind new_owner_kind;
  char *new_owner_id;           /* (owned) (nullable) */
  char *old_pointer;            /* (owned) (nullable) */
  char *new_pointer;            /* (owned) (nullable) */
  char *member;                 /* (owned) (nullable): changed only */
  GValue old_value;             /* changed only; else unset */
  GValue new_value;
  GObject *old_entity;          /* (owned) (nullable): removed; id-less changed and moved */
  GObject *new_entity;          /* (owned) (nullable): added */
  char *language;               /* (owned): "it" or "en", for dup_display (NULL) */
};

/* A new, empty change of @kind for an entity of @entity_kind. */
PdzChange *_pdz_change_new (PdzChangeKind kind, PdzEntityKind entity_kind, const char *language);
/* The member of a changed change, looked up in the table of its kind
 * (free with _pdz_member_free()); NULL for the other kinds. */
const PdzMember *_pdz_change_lookup_member (PdzChange *change);
/* "change 12 (changed action “az-3” status)", for messages. (transfer full) */
char *_pdz_change_describe (PdzChange *change, guint index);

/* What a diff says of one round: its plan and its monitoring round. */
typedef struct {
  char *id;                     /* (owned) (nullable) */
  char *title;                  /* (owned) (nullable) */
  char *round_title;            /* (owned) (nullable) */
  PdzDate *round_start;         /* (owned) (nullable) */
  PdzDate *round_end;           /* (owned) (nullable) */
} PdzDiffRound;

void _pdz_diff_round_set_from_plan (PdzDiffRound *round, PdzPlan *plan);
void _pdz_diff_round_clear (PdzDiffRound *round);

/* The names of the summary tables, in the order of the document. */
extern const char * const _pdz_diff_table_names[];

struct _PdzDiff
{
  GObject parent_instance;

  GListStore *changes;          /* (owned) (element-type PdzChange) */
  char *language;               /* (owned) "it" or "en" */
  PdzDiffRound old_round;
  PdzDiffRound new_round;
  GHashTable *tables;           /* (owned): name → PdzStatsTable */
};

/* pdz-diff.c: a diff holding nothing yet. */
PdzDiff *_pdz_diff_new_empty (void);

/* pdz-diff-compare.c: appends to @diff->changes what changed from @old_plan
 * to @new_plan, and fills @diff->tables (through pdz-diff-summary.c). */
void _pdz_diff_compare (PdzDiff *diff, PdzPlan *old_plan, PdzPlan *new_plan);

/* pdz-diff-summary.c: what the comparison records for the summaries. */
typedef struct _PdzDiffEvents PdzDiffEvents;

PdzDiffEvents *_pdz_diff_events_new (void);
void _pdz_diff_events_free (PdzDiffEvents *events);
/* A funding of @new_plan with no counterpart in @old_plan (@old NULL), one
 * of @old_plan with none in @new_plan (@new NULL), or the two sides of a
 * funding that is in both. */
void _pdz_diff_events_funding (PdzDiffEvents *events, PdzFunding *old, PdzFunding *new);
/* A measurement of @indicator (of the new plan) that the old plan has not. */
void _pdz_diff_events_measurement (PdzDiffEvents *events, PdzIndicator *indicator, PdzMeasurement *measurement);
/* An action, objective or project of one plan only: @in_new says which. */
void _pdz_diff_events_entity (PdzDiffEvents *events, PdzEntityKind kind, gpointer entity, gboolean in_new);
/* An action, objective or project in both plans. */
void _pdz_diff_events_pair (PdzDiffEvents *events, PdzEntityKind kind, gpointer old, gpointer new);
/* Counts the summary tables into @diff->tables. */
void _pdz_diff_summarize (PdzDiff *diff, PdzDiffEvents *events, PdzPlan *old_plan, PdzPlan *new_plan);

/* pdz-diff-apply.c */
gboolean _pdz_diff_apply (PdzDiff *diff, PdzPlan *plan, GError **error);

/* pdz-diff-json.c */
char *_pdz_diff_write (PdzDiff *diff, gsize *length);
/* Fills @diff, new and empty (the caller makes it, so that this file calls
 * nothing of pdz-diff.c): FALSE with @error set on a bad document. */
gboolean _pdz_diff_read (PdzDiff *diff, const char *data, gsize length, GError **error);

G_END_DECLS
