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
 * Staleness: one mechanism, the change stamp. Every change to a plan or to
 * any entity in it (every setter that really changes a value, every add
 * and remove) bumps the plan's stamp through _pdz_entity_touch(), or
 * _pdz_plan_entity_added() for an add, *before* it emits notify or
 * items-changed, so that a signal handler already sees the new state. An
 * index records the stamp it was built at and is fresh while that equals
 * the plan's stamp; whoever reads a stale index first rebuilds it, from
 * scratch, by walking the plan in file order. An index holds nothing a
 * rebuild would not give.
 *
 * Adds in place: adding an entity (with its subtree) is the one change an
 * index may follow rather than be rebuilt. _pdz_plan_entity_added(), which
 * every add calls instead of touching, adds the new entities to each id
 * index that was fresh before the add and carries it over to the new
 * stamp: ids are unique when entities join (the add methods check them),
 * so a subtree's entries may be added in any order and give what a
 * rebuild would. This keeps loading a plan (which adds objectives one by
 * one) and building one in code (adding actions one by one to objectives
 * already in the plan) linear. The relations index is not updated in
 * place: it is rebuilt by the next reader after any change.
 *
 * Lifetimes: the id indexes borrow their keys (ids) and values (entities)
 * from the plan; they are only read while fresh, and every change that
 * could free either bumps the stamp. The relations index holds references
 * to the entities it lists and is reference counted: a caller holds its
 * own reference while it uses it, so a rebuild never pulls it away
 * mid-use. There is no global state; a plan, like every GObject of the
 * model, is used from one thread at a time.
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

/* _pdz_plan_touch(), _pdz_plan_get_stamp() and _pdz_plan_entity_added(),
 * implemented in pdz-plan-index.c, are declared in pdz-entity-private.h
 * for the model types that call them. */

/* --- The id indexes ------------------------------------------------------ */

/* How many times an id index of @plan was built from scratch: for tests
 * that an add keeps the id indexes fresh in place. */
guint _pdz_plan_indexes_get_n_builds (PdzPlan *plan);

/* The entity of @kind with the id @id in @plan, from the fresh id index
 * of that kind; NULL when none. When a setter gave two entities the same
 * id, the first in file order wins. (transfer none) (nullable) */
gpointer _pdz_plan_lookup_id (PdzPlan *plan, PdzKind kind, const char *id);

/* --- The relations index ------------------------------------------------- */

typedef struct _PdzPlanIndex PdzPlanIndex;

struct _PdzPlanIndex
{
  /*< private >*/
  guint64 stamp;                  /* the plan's stamp when it was built */
  PdzPlan *plan;                  /* (not owned) only compared, never dereferenced after a rebuild */

  GPtrArray *actions;             /* (owned) (element-type PdzAction): every action, sub-actions
                                   * after their bullet, in document order */
  GPtrArray *bullets;             /* (owned) (element-type PdzAction): the top-level actions
                                   * (the bullets the counting rule counts), in document order */
  GHashTable *pointers;           /* (owned): GObject* → char* JSON pointer, for every entity with one */

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

  GHashTable *folded_text;        /* (owned): entity → folded searchable text, filled on demand */
};

/* The current relations index of @plan, rebuilt first if stale.
 * (transfer full) */
PdzPlanIndex *_pdz_plan_index_get (PdzPlan *plan);
PdzPlanIndex *_pdz_plan_index_ref (PdzPlanIndex *index);
void _pdz_plan_index_unref (PdzPlanIndex *index);

/* The JSON pointer of @entity, e.g. "/objectives/3/actions/2", or NULL when
 * the entity is not in the plan. (transfer none) (nullable) */
const char *_pdz_plan_index_get_pointer (PdzPlanIndex *index, gpointer entity);

/* The entities listed under @key in @table (one of the tables above), or
 * NULL when none. (transfer none) (nullable) (element-type GObject) */
GPtrArray *_pdz_plan_index_lookup (GHashTable *table, gconstpointer key);

/* The folded text searched by a free-text query: the title of an action;
 * title and description of an objective; title, description and
 * interventions of a project. (transfer none) */
const char *_pdz_plan_index_get_folded_text (PdzPlanIndex *index, gpointer entity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdzPlanIndex, _pdz_plan_index_unref)

G_END_DECLS
