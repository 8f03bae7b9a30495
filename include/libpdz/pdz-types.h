/* pdz-types.h: forward declarations of the libpdz types
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _PdzPlan PdzPlan;
typedef struct _PdzMacroarea PdzMacroarea;
typedef struct _PdzObjective PdzObjective;
typedef struct _PdzAction PdzAction;
typedef struct _PdzProject PdzProject;
typedef struct _PdzPartner PdzPartner;
typedef struct _PdzParticipation PdzParticipation;
typedef struct _PdzFunding PdzFunding;
typedef struct _PdzIndicator PdzIndicator;
typedef struct _PdzMeasurement PdzMeasurement;
typedef struct _PdzMilestone PdzMilestone;
typedef struct _PdzQuery PdzQuery;
typedef struct _PdzStatsTable PdzStatsTable;
typedef struct _PdzStatsRow PdzStatsRow;
typedef struct _PdzDate PdzDate;
typedef struct _PdzWorkbookImport PdzWorkbookImport;
typedef struct _PdzWorkbookProblem PdzWorkbookProblem;

/* G_DECLARE_FINAL_TYPE, without the typedef of the instance structure that
 * the list above makes once for every type: C99 forbids declaring a
 * typedef twice, and the headers refer to each other's types. For the
 * public headers of libpdz only. */
#define _PDZ_DECLARE_FINAL_TYPE(ModuleObjName, module_obj_name, MODULE, OBJ_NAME, ParentName) \
  GType module_obj_name##_get_type (void);                                                   \
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS                                                           \
  typedef struct { ParentName##Class parent_class; } ModuleObjName##Class;                   \
                                                                                             \
  _GLIB_DEFINE_AUTOPTR_CHAINUP (ModuleObjName, ParentName)                                   \
  G_DEFINE_AUTOPTR_CLEANUP_FUNC (ModuleObjName##Class, g_type_class_unref)                   \
                                                                                             \
  G_GNUC_UNUSED static inline ModuleObjName * MODULE##_##OBJ_NAME (gpointer ptr) {           \
    return G_TYPE_CHECK_INSTANCE_CAST (ptr, module_obj_name##_get_type (), ModuleObjName); } \
  G_GNUC_UNUSED static inline gboolean MODULE##_IS_##OBJ_NAME (gpointer ptr) {               \
    return G_TYPE_CHECK_INSTANCE_TYPE (ptr, module_obj_name##_get_type ()); }                \
  G_GNUC_END_IGNORE_DEPRECATIONS

G_END_DECLS
