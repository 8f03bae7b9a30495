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
#include <json-glib/json-glib.h>

#include "pdz-list-private.h"
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

  PdzList *macroareas;            /* (owned) of PdzMacroarea (owned by self) */
  PdzList *objectives;            /* (owned) of PdzObjective (owned by self) */
  PdzList *projects;              /* (owned) of PdzProject (owned by self) */
  PdzList *partners;              /* (owned) of PdzPartner (owned by self) */
  PdzList *municipalities;        /* (owned) of PdzPartner (references) */

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

/* pdz-plan-tables.c: pdz_plan_dup_table() written so that the plan can be
 * rebuilt from it exactly: lists as below, and a string column per "x-"
 * member holding its value as JSON (see there). (transfer full) */
PdzStatsTable *_pdz_plan_dup_table_exact (PdzPlan *self, PdzEntityKind kind);
/* A list of strings in one cell: one per line, or a JSON array of strings
 * where lines cannot hold them (an item with a line break, a list of one
 * empty item, text that reads as such an array). (transfer full)
 * (nullable): NULL for an empty list */
char *_pdz_plan_table_lines_to_cell (const char * const *items);
/* The list in a cell that _pdz_plan_table_lines_to_cell() wrote, or that
 * a person typed one per line. (transfer full): empty for NULL or "" */
GStrv _pdz_plan_table_cell_to_lines (const char *text);
/* The JSON value of @text, or NULL when it is not JSON (or is empty): how
 * the cells of the exact tables tell JSON from plain text. (transfer full) */
JsonNode *_pdz_plan_table_parse_json (const char *text);
/* pdz-plan-refs.c: clears the references that may form cycles (project
 * -> action -> project, project -> objective -> action -> project), so
 * that disposing of the plan frees every entity. */
void _pdz_plan_break_cycles (PdzPlan *plan);

/* pdz-plan-refs.c: for a plan that nobody but the caller holds any more,
 * about to be freed: drops its indexes and moves the lists of actions of
 * its objectives and projects (which hold most of its entities) to @out,
 * so that several threads can free them, each list by one thread, before
 * the plan itself is freed. */
void _pdz_plan_steal_action_lists (PdzPlan *plan, GPtrArray *out);

/* _pdz_plan_check_new_entity() (pdz-plan-refs.c) is declared in
 * pdz-entity-private.h, for the containers that add entities. */

/* Makes, in the calling thread, the classes of every object a worker
 * thread loading a plan makes, before the hand-off (pdz-plan-io.c). */
void _pdz_plan_prepare_threads (void);

G_END_DECLS
