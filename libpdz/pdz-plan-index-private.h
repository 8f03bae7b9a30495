/* pdz-plan-index-private.h: how a plan indexes itself
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A plan answers some questions faster than by walking every entity, from
 * indexes it keeps in its PdzPlanIndexes (pdz-plan-index.c is the one file
 * that builds and updates them):
 *
 * - the id indexes, one per kind of entity with an id (PdzKind): id ->
 *   entity, for the pdz_plan_lookup_*() methods and for the id checks of
 *   every add method (_pdz_plan_check_new_entity());
 * - the relations index (PdzPlanIndex below): which actions, objectives
 *   and projects involve a partner, a project, a macroarea or an
 *   objective, and the JSON pointer of every entity, for checks, queries
 *   and statistics.
 *
 * Stamps: every change to a plan or to any entity in it bumps the plan's
 * change stamp (_pdz_plan_get_stamp()), *before* notify or items-changed
 * is emitted, so that a signal handler already sees the new state. The
 * changes of the plan's structure (an entity added or removed, a
 * reference to another entity set or added, a role) also bump its
 * structure stamp, which the relations index follows; a new title, status,
 * date or any other value does not, so that an editor that changes one
 * field and then asks a question does not pay for the whole plan.
 *
 * How each index follows a change, without a rebuild where it can:
 *
 * - adds (_pdz_plan_entity_added(), which every add calls): the id
 *   indexes take the new entities; the relations index inserts them at
 *   their place in document order (see pdz-plan-index.c), as a rebuild
 *   would give them; so do references added (_pdz_plan_ref_added());
 * - removes (_pdz_plan_entity_removed()): the id indexes drop the
 *   entities; the relations index is built again by its next reader;
 * - a setter (_pdz_plan_entity_changed()): a new id makes the id index
 *   of its kind stale (built again at its next lookup); a new reference
 *   (macroarea, lead, partner, lead municipality) or role makes the
 *   relations index stale; any other value only drops the entity's
 *   folded text, made again when next asked for.
 *
 * Ids are unique when entities join (the add methods check them), so a
 * subtree's entries may be added in any order and give what a rebuild
 * would.
 *
 * Lifetimes: the id indexes borrow their keys (ids) and values (entities)
 * from the plan; they are only read while fresh, and every change that
 * could free either makes them stale or updates them. The relations index
 * holds references to the entities it lists and is reference counted: a
 * caller holds its own reference while it uses it, so a rebuild never
 * pulls it away mid-use, and an index that someone other than the plan
 * holds is never updated in place (the plan builds a new one instead).
 * There is no global state; a plan, like every GObject of the model, is
 * used from one thread at a time.
 */

#pragma once

#include "pdz.h"

#include "pdz-entity-private.h"

G_BEGIN_DECLS

/* --- The change stamp and the plan's indexes ----------------------------- */

/* What a plan keeps to index itself: its stamp and its indexes. Opaque;
 * one per plan, created with it. */
typedef struct _PdzPlanIndexes PdzPlanIndexes;

PdzPlanIndexes *_pdz_plan_indexes_new (void);
/* Drops every index (not the stamp): called when the plan is disposed. */
void _pdz_plan_indexes_clear (PdzPlanIndexes *indexes);
void _pdz_plan_indexes_free (PdzPlanIndexes *indexes);

/* _pdz_plan_touch(), _pdz_plan_get_stamp(), _pdz_plan_entity_added(),
 * _pdz_plan_entity_removed(), _pdz_plan_ref_added() and
 * _pdz_plan_entity_changed(), implemented in pdz-plan-index.c, are
 * declared in pdz-entity-private.h for the model types that call them. */

/* The structure stamp: bumped by the changes the relations index follows. */
guint64 _pdz_plan_get_structure_stamp (PdzPlan *plan);

/* --- The id indexes ------------------------------------------------------ */

/* How many times an id index, and the relations index, of @plan were
 * built from scratch: for tests that changes are followed in place. */
guint _pdz_plan_indexes_get_n_builds (PdzPlan *plan);
guint _pdz_plan_indexes_get_n_relations_builds (PdzPlan *plan);

/* The entity of @kind with the id @id in @plan, from the fresh id index
 * of that kind; NULL when none. When a setter gave two entities the same
 * id, the first in file order wins. (transfer none) (nullable) */
gpointer _pdz_plan_lookup_id (PdzPlan *plan, PdzKind kind, const char *id);

/* --- The relations index ------------------------------------------------- */

typedef struct _PdzPlanIndex PdzPlanIndex;

struct _PdzPlanIndex
{
  /*< private >*/
  gint ref_count;
  guint64 structure;              /* the plan's structure stamp it describes */
  PdzPlan *plan;                  /* (not owned): the plan, alive while a holder reads pointers */

  GPtrArray *actions;             /* (owned) (element-type PdzAction): every action, sub-actions
                                   * after their bullet, in document order */
  GPtrArray *bullets;             /* (owned) (element-type PdzAction): the top-level actions
                                   * (the bullets the counting rule counts), in document order */
  guint n_objective_actions;      /* the first @actions, held by objectives (the rest by projects) */
  GHashTable *ranks;              /* (owned): PdzObjective*, PdzProject* → position in the plan */
  GHashTable *pointers;           /* (owned) (nullable): GObject* → char* JSON pointer, built at
                                   * the first _pdz_plan_index_get_pointer() */

  /* Each value is a (owned) GPtrArray of entities, in document order. The
   * lists of actions hold bullets and sub-actions alike. By the counting
   * rule (doc/queries.md), an action belongs under one owner: an objective
   * (and its macroarea), or a project; the actions of the projects serving
   * an objective are kept apart, for the queries that ask for them. */
  GHashTable *partner_actions;    /* PdzPartner* → actions it takes part in */
  GHashTable *partner_objectives; /* PdzPartner* → objectives it takes part in */
  GHashTable *partner_projects;   /* PdzPartner* → projects it leads or takes part in */
  GHashTable *project_actions;    /* PdzProject* → its own actions, then actions naming it */
  GHashTable *objective_actions;  /* PdzObjective* → the actions it holds */
  GHashTable *objective_project_actions; /* PdzObjective* → actions of the projects serving it */
  GHashTable *macroarea_objectives; /* PdzMacroarea* → its objectives */
  GHashTable *macroarea_actions;  /* PdzMacroarea* → the actions its objectives hold */
  GHashTable *macroarea_project_actions; /* PdzMacroarea* → actions of projects serving its objectives */
  GHashTable *macroarea_projects; /* PdzMacroarea* → projects serving one of its objectives */

  GHashTable *partner_roles;      /* PdzPartner* → GUINT_TO_POINTER (mask of 1 << PdzRole) */
  GHashTable *referenced_partners; /* set of PdzPartner* referenced anywhere in the plan */

  GHashTable *folded_text;        /* (owned): entity → folded searchable text, filled on demand,
                                   * dropped per entity when its text changes */
  GPtrArray *stale_texts;         /* (owned) (nullable): folded texts dropped while another
                                   * holder might still read them */
};

/* The current relations index of @plan, rebuilt first if stale.
 * (transfer full) */
PdzPlanIndex *_pdz_plan_index_get (PdzPlan *plan);
PdzPlanIndex *_pdz_plan_index_ref (PdzPlanIndex *index);
void _pdz_plan_index_unref (PdzPlanIndex *index);

/* The JSON pointer of @entity, e.g. "/objectives/3/actions/2", or NULL when
 * the entity is not in the plan. The table of pointers is made at the
 * first call, from the plan as it is then. (transfer none) (nullable) */
const char *_pdz_plan_index_get_pointer (PdzPlanIndex *index, gpointer entity);

/* The entities listed under @key in @table (one of the tables above), or
 * NULL when none. (transfer none) (nullable) (element-type GObject) */
GPtrArray *_pdz_plan_index_lookup (GHashTable *table, gconstpointer key);

/* The folded text searched by a free-text query: the title of an action;
 * title and description of an objective; title, description and
 * interventions of a project. (transfer none) */
const char *_pdz_plan_index_get_folded_text (PdzPlanIndex *index, gpointer entity);

/* The document order the relations index gives an action (pdz-action.c
 * keeps it for the index, which alone reads and writes it). */
guint64 _pdz_action_get_order (PdzAction *action);
void _pdz_action_set_order (PdzAction *action, guint64 order);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdzPlanIndex, _pdz_plan_index_unref)

G_END_DECLS
