/* pdz-change.h: one change between two monitoring rounds of a plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <glib-object.h>

#include "pdz-enums.h"
#include "pdz-types.h"
#include "pdz-version-macros.h"

G_BEGIN_DECLS

/**
 * PdzChangeKind:
 * @PDZ_CHANGE_KIND_ADDED: the entity is in the new round only (`added`)
 * @PDZ_CHANGE_KIND_REMOVED: the entity is in the old round only (`removed`)
 * @PDZ_CHANGE_KIND_CHANGED: one member of the entity has another value
 *   (`changed`)
 * @PDZ_CHANGE_KIND_MOVED: the entity is held by another owner (an action
 *   under another objective, project or bullet; an indicator under another
 *   objective), or it has another place in a list whose order counts
 *   (`moved`)
 *
 * What a [class@Pdz.Change] says happened to an entity between two rounds.
 *
 * Since: 0.2
 */
typedef enum {
  PDZ_CHANGE_KIND_ADDED,
  PDZ_CHANGE_KIND_REMOVED,
  PDZ_CHANGE_KIND_CHANGED,
  PDZ_CHANGE_KIND_MOVED,
} PdzChangeKind;

#define PDZ_TYPE_CHANGE (pdz_change_get_type ())

PDZ_AVAILABLE_IN_0_2
G_DECLARE_FINAL_TYPE (PdzChange, pdz_change, PDZ, CHANGE, GObject)

PDZ_AVAILABLE_IN_0_2
PdzChangeKind pdz_change_get_kind           (PdzChange  *self);
PDZ_AVAILABLE_IN_0_2
PdzEntityKind pdz_change_get_entity_kind    (PdzChange  *self);
PDZ_AVAILABLE_IN_0_2
const char *  pdz_change_get_id             (PdzChange  *self);
PDZ_AVAILABLE_IN_0_2
const char *  pdz_change_get_title          (PdzChange  *self);
PDZ_AVAILABLE_IN_0_2
PdzEntityKind pdz_change_get_old_owner_kind (PdzChange  *self);
PDZ_AVAILABLE_IN_0_2
const char *  pdz_change_get_old_owner_id   (PdzChange  *self);
PDZ_AVAILABLE_IN_0_2
PdzEntityKind pdz_change_get_new_owner_kind (PdzChange  *self);
PDZ_AVAILABLE_IN_0_2
const char *  pdz_change_get_new_owner_id   (PdzChange  *self);
PDZ_AVAILABLE_IN_0_2
const char *  pdz_change_get_old_pointer    (PdzChange  *self);
PDZ_AVAILABLE_IN_0_2
const char *  pdz_change_get_new_pointer    (PdzChange  *self);
PDZ_AVAILABLE_IN_0_2
const char *  pdz_change_get_member         (PdzChange  *self);
PDZ_AVAILABLE_IN_0_2
gboolean      pdz_change_get_old_value      (PdzChange  *self,
                                             GValue     *value);
PDZ_AVAILABLE_IN_0_2
gboolean      pdz_change_get_new_value      (PdzChange  *self,
                                             GValue     *value);
PDZ_AVAILABLE_IN_0_2
GObject *     pdz_change_get_old_entity     (PdzChange  *self);
PDZ_AVAILABLE_IN_0_2
GObject *     pdz_change_get_new_entity     (PdzChange  *self);
PDZ_AVAILABLE_IN_0_2
char *        pdz_change_dup_display        (PdzChange  *self,
                                             const char *language);
PDZ_AVAILABLE_IN_0_2
char *        pdz_change_dup_old_display    (PdzChange  *self,
                                             const char *language);
PDZ_AVAILABLE_IN_0_2
char *        pdz_change_dup_new_display    (PdzChange  *self,
                                             const char *language);

G_END_DECLS
