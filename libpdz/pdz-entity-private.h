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

#include "pdz-util-private.h"

G_BEGIN_DECLS

/* (transfer none) (nullable) */
GObject *_pdz_entity_get_owner (gpointer entity);
/* @owner: (nullable): weak, not referenced */
void _pdz_entity_set_owner (gpointer entity, gpointer owner);
/* Walks the owners up to the plan. (transfer none) (nullable) */
PdzPlan *_pdz_entity_get_plan (gpointer entity);
/* Bumps the change stamp of the plan @entity belongs to, if any. @entity may be a PdzPlan. */
void _pdz_entity_touch (gpointer entity);
/* Records that the property @pspec of @entity changed: touches the plan
 * @entity belongs to (if any), emits notify, then the plan's
 * PdzPlan::changed. @entity may be a PdzPlan. */
void _pdz_entity_notify (gpointer entity, GParamSpec *pspec);
/* Emits PdzPlan::changed for @entity on the plan it belongs to, if any:
 * after a change is complete, so that a handler sees the new state. */
void _pdz_entity_emit_changed (gpointer entity);
/* Clears the owner of every item of @model (a GListModel of entities). */
void _pdz_entity_disown_all (GListModel *model);

/* Makes @item, which belongs to nothing, a child of @owner and appends it
 * to @store, one of @owner's lists. The plan @owner belongs to, if any, is
 * told first (_pdz_plan_entity_added()), so that a handler of
 * items-changed finds @item in it. */
void _pdz_entity_add_owned (gpointer owner, GListStore *store, gpointer item);
/* Removes @item from @store, one of @owner's lists, and clears its owner,
 * touching the plan first; the item is disowned before the store emits
 * items-changed. Returns FALSE, changing nothing, when @item is not in
 * @store. */
gboolean _pdz_entity_remove_owned (gpointer owner, GListStore *store, gpointer item);

/* Moves the item at @from of @store, one of @owner's lists, to @to, the
 * items between shifting by one, touching the plan first: one
 * items-changed for the positions between. The item keeps its owner. */
void _pdz_entity_move_owned (gpointer owner, GListStore *store, guint from, guint to);

/* Adds @participation to @store, the participations of @owner (an
 * objective, an action or a project), refusing with a PdzError the same
 * partner in the same role twice (PDZ_ERROR_DUPLICATE_ID) and, when @owner
 * is part of a plan, a partner of no plan or of another plan
 * (PDZ_ERROR_DANGLING_REFERENCE). */
gboolean _pdz_entity_add_participation (gpointer           owner,
                                        GListStore        *store,
                                        PdzParticipation  *participation,
                                        GError           **error);

/* References to entities @owner does not own (an action's projects, a
 * project's objectives, the plan's municipalities). Appends @item to
 * @store, touching the plan first, unless @store already lists it; returns
 * FALSE, changing nothing, then. */
gboolean _pdz_entity_add_ref (gpointer owner, GListStore *store, gpointer item);
/* Removes @item from @store, touching the plan first; returns FALSE,
 * changing nothing, when @item is not in @store. */
gboolean _pdz_entity_remove_ref (gpointer owner, GListStore *store, gpointer item);

/* Plan side (pdz-plan-index.c): the change stamp. */
void _pdz_plan_touch (PdzPlan *plan);
guint64 _pdz_plan_get_stamp (PdzPlan *plan);
/* Bumps the stamp of @plan for @entity (with its subtree) that is about to
 * join it, bringing the id indexes along in place. @entity already has its
 * owner set, not yet its place in the owner's list. */
void _pdz_plan_entity_added (PdzPlan *plan, gpointer entity);
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

G_END_DECLS
