/* pdz-plan-private.h: PdzPlan, shared by the files that implement it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * PdzPlan is one type; besides pdz-plan.c (the type, its properties, its
 * lists of entities), three concepts of its own have a file each and
 * share its instance structure:
 *
 *   pdz-plan-io.c          reading, writing, saving and validating files
 *   pdz-plan-refs.c        ids of new entities, and what still references
 *                          an entity about to be removed
 *   pdz-plan-index.c       the change stamp and every index of the plan
 *                          (see pdz-plan-index-private.h)
 */

#pragma once

#include "pdz.h"

#include "pdz-file-private.h"
#include "pdz-plan-index-private.h"

G_BEGIN_DECLS

struct _PdzPlan
{
  GObject parent_instance;

  char *id;                       /* (owned) (nullable) */
  char *title;                    /* (owned) (nullable) */
  char *description;              /* (owned) (nullable) */
  char *ambito;                   /* (owned) (nullable) */
  char *language;                 /* (owned) (nullable) */
  PdzDate *start;                 /* (owned) (nullable) */
  PdzDate *end;                   /* (owned) (nullable) */
  PdzPartner *lead_municipality;  /* (owned) (nullable): a reference */
  char *office;                   /* (owned) (nullable) */
  char *email;                    /* (owned) (nullable) */
  char *phone;                    /* (owned) (nullable) */
  char *website;                  /* (owned) (nullable) */
  char *monitoring_title;         /* (owned) (nullable) */
  PdzDate *monitoring_start;      /* (owned) (nullable) */
  PdzDate *monitoring_end;        /* (owned) (nullable) */

  GListStore *macroareas;         /* (owned) of PdzMacroarea (owned by self) */
  GListStore *objectives;         /* (owned) of PdzObjective (owned by self) */
  GListStore *projects;           /* (owned) of PdzProject (owned by self) */
  GListStore *partners;           /* (owned) of PdzPartner (owned by self) */
  GListStore *municipalities;     /* (owned) of PdzPartner (references) */

  PdzPlanIndexes *indexes;        /* (owned): the change stamp and the indexes */
  gboolean modified;              /* changed since it was loaded or saved */
  PdzFileStamp *file_stamp;       /* (owned) (nullable): the file it was last
                                   * loaded from or saved to */
};

typedef enum
{
  PDZ_PLAN_PROP_0,
  PDZ_PLAN_PROP_ID,
  PDZ_PLAN_PROP_TITLE,
  PDZ_PLAN_PROP_AMBITO,
  PDZ_PLAN_PROP_LANGUAGE,
  PDZ_PLAN_PROP_START,
  PDZ_PLAN_PROP_END,
  PDZ_PLAN_PROP_LEAD_MUNICIPALITY,
  PDZ_PLAN_PROP_OFFICE,
  PDZ_PLAN_PROP_EMAIL,
  PDZ_PLAN_PROP_PHONE,
  PDZ_PLAN_PROP_WEBSITE,
  PDZ_PLAN_PROP_MONITORING_TITLE,
  PDZ_PLAN_PROP_MONITORING_START,
  PDZ_PLAN_PROP_MONITORING_END,
  PDZ_PLAN_PROP_DESCRIPTION,
  PDZ_PLAN_PROP_MODIFIED,
  PDZ_PLAN_N_PROPS
} PdzPlanProperty;

/* pdz-plan.c: records that the property @prop_id of @plan changed: touches
 * the plan first, then emits notify, so that a handler which looks
 * something up in the plan already sees the new value, then
 * PdzPlan::changed. */
void _pdz_plan_changed (PdzPlan *plan, PdzPlanProperty prop_id);

/* pdz-plan.c: replaces the stamp of the file @plan was last loaded from or
 * saved to, which pdz_plan_save() checks the file against. */
void _pdz_plan_take_file_stamp (PdzPlan      *plan,
                                PdzFileStamp *stamp);
/* pdz-plan.c: sets PdzPlan:modified, notifying when it flips; loading and
 * saving clear it. */
void _pdz_plan_set_modified (PdzPlan *plan, gboolean modified);

/* pdz-plan-refs.c: fails with PDZ_ERROR_CONFLICT, naming the first
 * reference in file order by its JSON pointer, when something in @plan
 * still references @entity (a partner, macroarea, objective or project of
 * the plan). An action of a project that lists the project counts. */
gboolean _pdz_plan_check_unreferenced (PdzPlan *plan, gpointer entity, GError **error);

/* _pdz_plan_check_new_entity() (pdz-plan-refs.c) is declared in
 * pdz-entity-private.h, for the containers that add entities. */

G_END_DECLS
