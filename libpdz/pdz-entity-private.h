/* pdz-entity-private.h: ownership and change tracking shared by the model types
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Ownership: every entity (macroarea, objective, action, project, partner,
 * indicator, measurement, participation, funding) keeps a *weak* pointer
 * (not a reference) to the object that owns it: the plan for macroareas,
 * objectives, projects and partners; the objective or project for actions;
 * the objective for indicators; the indicator for measurements; the
 * objective, action or project for participations and fundings. The owner
 * sets it when the entity is added, clears it when the entity is removed,
 * and clears it on all its children in its own dispose(), so the pointer
 * never dangles.
 *
 * Change tracking: every setter that really changes a value calls
 * _pdz_entity_touch(), which bumps the change stamp of the plan the entity
 * belongs to (if any), *before* it emits notify, so that a handler which
 * looks something up in the plan sees the new value. Adds and removes of
 * owned children go through _pdz_entity_add_owned() and
 * _pdz_entity_remove_owned(), which do the same before items-changed.
 * How the plan's indexes follow the stamp: pdz-plan-index-private.h.
 */

#pragma once

#include "pdz.h"

#include "pdz-list-private.h"
#include "pdz-util-private.h"

G_BEGIN_DECLS

/* (transfer none) (nullable) */
GObject *_pdz_entity_get_owner (gpointer entity);
/* Sets the values of @action, new and in nothing yet, taking @date,
 * @end_date and @links (each nullable; an empty @links is NULL), without
 * notifications: for the codec, which has checked them. */
void _pdz_action_init_values (PdzAction *action,
                              PdzStatus  status,
                              PdzOrigin  origin,
                              PdzDate   *date,
                              PdzDate   *end_date,
                              char     **links);

/* Appends @child to the list of @owner without the checks of the public
 * add methods (ids, one level of sub-actions): for the codec, which
 * checked them already. */
void _pdz_objective_append_action (PdzObjective *objective, PdzAction *action);
void _pdz_objective_append_indicator (PdzObjective *objective, PdzIndicator *indicator);
void _pdz_project_append_action (PdzProject *project, PdzAction *action);
void _pdz_action_append_action (PdzAction *action, PdzAction *sub_action);

/* Takes the list of actions of @objective or @project, leaving none:
 * for a plan being freed (_pdz_plan_steal_action_lists()).
 * (transfer full) (nullable) */
GListModel *_pdz_objective_steal_actions (PdzObjective *objective);
GListModel *_pdz_project_steal_actions (PdzProject *project);

/* The field of @action that holds the projects it names, for their
 * methods (in pdz-project.c). */
PdzList **_pdz_action_get_projects_slot (PdzAction *action);
/* @owner: (nullable): weak, not referenced */
void _pdz_entity_set_owner (gpointer entity, gpointer owner);
/* Walks the owners up to the plan. (transfer none) (nullable) */
PdzPlan *_pdz_entity_get_plan (gpointer entity);
/* Bumps the change stamps of the plan @entity belongs to, if any, for a
 * change of the plan's structure. @entity may be a PdzPlan. */
void _pdz_entity_touch (gpointer entity);
/* Bumps the change stamp only: a value of @entity changed, which no index
 * follows (what _pdz_entity_notify() does for most properties). */
void _pdz_entity_touch_value (gpointer entity, GParamSpec *pspec);
/* Records that the property @pspec of @entity changed: touches the plan
 * @entity belongs to (if any), emits notify, then the plan's
 * PdzPlan::changed. @entity may be a PdzPlan. */
void _pdz_entity_notify (gpointer entity, GParamSpec *pspec);
/* Emits PdzPlan::changed for @entity on the plan it belongs to, if any:
 * after a change is complete, so that a handler sees the new state. */
void _pdz_entity_emit_changed (gpointer entity);
/* Clears the owner of every item of @model (a GListModel of entities). */
void _pdz_entity_disown_all (GListModel *model);

/* The lists an entity holds, and the plan's, are PdzLists
 * (pdz-list-private.h); an entity's are created on first use. The
 * functions below take one as @list; the remove functions accept a NULL
 * @list, which holds nothing. */

/* Makes @item, which belongs to nothing, a child of @owner and appends it
 * to @list, one of @owner's lists. The plan @owner belongs to, if any, is
 * told first (_pdz_plan_entity_added()), so that a handler of
 * items-changed finds @item in it. */
void _pdz_entity_add_owned (gpointer owner, gpointer list, gpointer item);
/* Removes @item from @list, one of @owner's lists, and clears its owner,
 * touching the plan first; the item is disowned before the list emits
 * items-changed. Returns FALSE, changing nothing, when @item is not in
 * @list. */
gboolean _pdz_entity_remove_owned (gpointer owner, gpointer list, gpointer item);

/* Moves the item at @from of @list, one of
 * @owner's lists, to @to, the items between shifting by one, touching the
 * plan first: one items-changed for the positions between. The item keeps
 * its owner. */
void _pdz_entity_move_owned (gpointer owner, gpointer list, guint from, guint to);

/* Adds @participation to @list, the participations of @owner (an
 * objective, an action or a project), refusing with a PdzError the same
 * partner in the same role twice (PDZ_ERROR_DUPLICATE_ID) and, when @owner
 * is part of a plan, a partner of no plan or of another plan
 * (PDZ_ERROR_DANGLING_REFERENCE). O(1) amortised. */
gboolean _pdz_entity_add_participation (gpointer           owner,
                                        gpointer           list,
                                        PdzParticipation  *participation,
                                        GError           **error);

/* References to entities @owner does not own (an action's projects, a
 * project's objectives, the plan's municipalities: one list of references
 * per owner). Appends @item to @list, touching the plan first, unless
 * @list already lists it; returns FALSE, changing nothing, then. O(1)
 * amortised. */
gboolean _pdz_entity_add_ref (gpointer owner, gpointer list, gpointer item);
/* Removes @item from @list, touching the plan first; returns FALSE,
 * changing nothing, when @item is not in @list. */
gboolean _pdz_entity_remove_ref (gpointer owner, gpointer list, gpointer item);


/* Plan side (pdz-plan-index.c): the change stamps. */
/* A change of the plan's structure, which the indexes do not follow in
 * place. */
void _pdz_plan_touch (PdzPlan *plan);
guint64 _pdz_plan_get_stamp (PdzPlan *plan);
/* Bumps the stamps of @plan for @entity (with its subtree) that is about
 * to join it, bringing the indexes along in place. @entity already has its
 * owner set, not yet its place in the owner's list. */
void _pdz_plan_entity_added (PdzPlan *plan, gpointer entity);
/* The same for @entity (with its subtree), about to leave @plan: still in
 * its owner's list. */
void _pdz_plan_entity_removed (PdzPlan *plan, gpointer entity);
/* The same for a reference @owner is about to make to @item. */
void _pdz_plan_ref_added (PdzPlan *plan, gpointer owner, gpointer item);
/* The property @pspec of @entity (or of the plan) changed: bumps the
 * stamps the change concerns (see pdz-plan-index-private.h). */
void _pdz_plan_entity_changed (PdzPlan *plan, gpointer entity, GParamSpec *pspec);
/* Plan side (pdz-plan.c): emits PdzPlan::changed for @entity and sets
 * PdzPlan:modified. */
void _pdz_plan_emit_changed (PdzPlan *plan, gpointer entity);

/* Plan side (pdz-plan-refs.c) */
/* Checks that @entity (an action, indicator, objective, project, partner or
 * macroarea) and every child it holds can join @plan without an empty or
 * duplicate id. @container is the list model it is about to be added to,
 * checked too when the plan is NULL. Sets PDZ_ERROR_INVALID_VALUE or
 * PDZ_ERROR_DUPLICATE_ID. */
gboolean _pdz_plan_check_new_entity (PdzPlan *plan,
                                     GListModel *container,
                                     gpointer entity,
                                     GError **error);

/* --- Entity kinds ---------------------------------------------------------
 *
 * One table of the kinds of entity that have an id unique among those of
 * their kind in a plan, for the codec, the indexes and the messages. */

typedef enum
{
  PDZ_KIND_MACROAREA,
  PDZ_KIND_OBJECTIVE,
  PDZ_KIND_ACTION,
  PDZ_KIND_PROJECT,
  PDZ_KIND_PARTNER,
  PDZ_KIND_INDICATOR,
  PDZ_N_KINDS,
  PDZ_KIND_NONE = PDZ_N_KINDS
} PdzKind;

/* The kind of @entity, or PDZ_KIND_NONE for an entity without an id
 * (participation, funding, measurement). */
PdzKind _pdz_kind_of (gpointer entity);
/* The id of @entity, of kind @kind. (transfer none) (nullable) */
const char *_pdz_kind_get_id (PdzKind kind, gpointer entity);
/* "action", and its indefinite article "an", for messages. */
const char *_pdz_kind_get_name (PdzKind kind);
const char *_pdz_kind_get_article (PdzKind kind);

typedef void (*PdzEntityFunc) (PdzKind kind, gpointer entity, gpointer user_data);

/* Calls @func on @entity, of kind @kind, then on every entity with an id
 * it owns (indicators, then actions, each followed by its sub-actions), in
 * the order of the file format. */
void _pdz_entity_foreach (PdzKind kind, gpointer entity, PdzEntityFunc func, gpointer user_data);
/* Calls _pdz_entity_foreach() on every item of @model, entities of @kind. */
void _pdz_entity_model_foreach (GListModel *model, PdzKind kind, PdzEntityFunc func, gpointer user_data);

/* --- The lists of an entity, without creating them ----------------------
 *
 * The public getters (pdz_action_get_fundings() ...) create a list on
 * first call, since they must return one that stays current. Code of
 * libpdz that only reads uses _pdz_entity_peek_list(), which returns NULL
 * for a list never created (an empty one), so that walking a plan does
 * not give every action five empty lists. */

typedef enum
{
  PDZ_LIST_ACTIONS,         /* objective, project, action (sub-actions) */
  PDZ_LIST_INDICATORS,      /* objective */
  PDZ_LIST_PARTICIPATIONS,  /* objective, project, action */
  PDZ_LIST_FUNDINGS,        /* project, action */
  PDZ_LIST_MILESTONES,      /* action */
  PDZ_LIST_PROJECTS,        /* action (references) */
  PDZ_LIST_OBJECTIVES,      /* project (references) */
  PDZ_LIST_MEASUREMENTS,    /* indicator */
} PdzListKind;

/* The list @kind of @entity (an objective, project, action or indicator),
 * or NULL when it was never created or @entity has no such list.
 * (transfer none) (nullable) */
GListModel *_pdz_entity_peek_list (gpointer entity, PdzListKind kind);
/* The same, for each type (in its own file). */
GListModel *_pdz_action_peek_list (PdzAction *action, PdzListKind kind);
GListModel *_pdz_objective_peek_list (PdzObjective *objective, PdzListKind kind);
GListModel *_pdz_project_peek_list (PdzProject *project, PdzListKind kind);
GListModel *_pdz_indicator_peek_list (PdzIndicator *indicator, PdzListKind kind);

/* TRUE when an item of @list (nullable), other than @except, is an entity
 * of @kind with the id @id. O(1) amortised: past a few items, the owner of
 * the list keeps a table of its children's ids. */
gboolean _pdz_entity_list_has_id (GListModel *list,
                                  PdzKind     kind,
                                  const char *id,
                                  gpointer    except);
/* Drops the tables @owner keeps of its children (ids, partners in roles,
 * references): after a change they do not follow, and when @owner joins a
 * plan, whose indexes answer from then on. */
void _pdz_entity_forget_children (gpointer owner);

/* --- What pdz-entity.c needs of each type ---------------------------------
 *
 * pdz-entity.c calls none of the model types: the class_init of each type
 * (the plan's too) registers what the ownership, id and list code needs of
 * it, so that the types call this file and never the other way round. A
 * type is registered before its first instance exists, so that an
 * instance of a type never registered cannot be asked about. */

typedef struct
{
  PdzKind kind;                                   /* PDZ_KIND_NONE: no id */
  gboolean is_plan;                               /* the root: no owner */
  GObject **(*owner_slot) (gpointer entity);      /* NULL for the plan */
  const char *(*get_id) (gpointer entity);        /* NULL without an id */
  GListModel *(*peek_list) (gpointer entity, PdzListKind list);  /* NULL: no lists */
  PdzPartner *(*get_partner) (gpointer entity);   /* participations only */
  PdzRole (*get_role) (gpointer entity);          /* participations only */
} PdzEntityType;

/* Registers @info (static, never freed) for @type: from class_init. */
void _pdz_entity_register_type (GType type, const PdzEntityType *info);
/* TRUE when @instance is an entity of @kind: the type check of the add
 * and remove methods that take another type's entities. */
gboolean _pdz_entity_is (gpointer instance, PdzKind kind);
/* TRUE when @instance is a plan. */
gboolean _pdz_entity_is_plan (gpointer instance);
/* TRUE when @instance is a participation. */
gboolean _pdz_entity_is_participation (gpointer instance);
/* The GType of the entities of @kind, G_TYPE_INVALID while none exists. */
GType _pdz_kind_get_type (PdzKind kind);

G_END_DECLS
