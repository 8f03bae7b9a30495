/* pdz-project-private.h: the instance structure of PdzProject
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Shared by pdz-project.c (the type, its properties) and
 * pdz-project-lists.c (its lists).
 */

#pragma once

#include "pdz.h"

G_BEGIN_DECLS

struct _PdzProject
{
  GObject parent_instance;

  char *id;                  /* (owned) (nullable) */
  char *title;               /* (owned) (nullable) */
  char *description;         /* (owned) (nullable) */
  PdzStatus status;
  PdzScope scope;
  PdzPartner *lead;          /* (owned) (nullable): a reference, not owned as an entity */
  PdzDate *start;            /* (owned) (nullable) */
  PdzDate *end;              /* (owned) (nullable) */
  char **interventions;      /* (owned) (nullable): never empty, NULL instead */

  GListStore *participations;  /* (owned) of PdzParticipation (owned by self) */
  GListStore *fundings;        /* (owned) of PdzFunding (owned by self) */
  GListStore *objectives;      /* (owned) of PdzObjective (references) */
  GListStore *actions;         /* (owned) of PdzAction (owned by self) */
};

G_END_DECLS
