/* align-input.h: what dev/align-prototypes.py meets in a header
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * pdz_doc_example:
 * @self: not a prototype: pdz_doc_example (PdzPlan *self);
 */

#define PDZ_DECLARE_THING(Name, name) \
  GType name##_get_type (void); \
  static inline int name##_one (void) { return 1; }

typedef enum {
  PDZ_THING_A,
  PDZ_THING_B,
} PdzThing;

typedef struct _PdzThingPrivate PdzThingPrivate;

typedef void (*PdzThingFunc) (gpointer data, gpointer user_data);

PDZ_AVAILABLE_IN_ALL
_PDZ_DECLARE_FINAL_TYPE (PdzPlan, pdz_plan, PDZ, PLAN, GObject)

PDZ_AVAILABLE_IN_ALL
GType pdz_thing_get_type (void) G_GNUC_CONST;

PDZ_AVAILABLE_IN_ALL
PdzPlan*pdz_plan_new(void);
PDZ_AVAILABLE_IN_0_2
PdzPlan *pdz_plan_load (GFile *file, GCancellable *cancellable, GError **error);
PDZ_DEPRECATED_IN_0_2_FOR (pdz_plan_load)
PdzPlan *pdz_plan_new_from_file (const char *path,
                                 GError    **error);
PDZ_AVAILABLE_IN_ALL
const char * const *pdz_plan_get_names (PdzPlan *self);
PDZ_AVAILABLE_IN_ALL
void pdz_plan_set_names (PdzPlan           *self,
    const char *const *names);
PDZ_AVAILABLE_IN_ALL char *pdz_plan_dup_title (PdzPlan *self) G_GNUC_WARN_UNUSED_RESULT;
PDZ_AVAILABLE_IN_ALL
char *pdz_plan_format (PdzPlan *self, const char *format, ...) G_GNUC_PRINTF (2, 3);
PDZ_AVAILABLE_IN_ALL
void pdz_plan_foreach (PdzPlan *self, void (*func) (PdzPlan *plan, gpointer data), gpointer data);
PDZ_AVAILABLE_IN_ALL
int pdz_plan_sum (const int values[4], gsize n_values);
PDZ_AVAILABLE_IN_ALL
unsigned int pdz_plan_count (PdzPlan *self, int);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdzThing, g_object_unref)

G_END_DECLS
