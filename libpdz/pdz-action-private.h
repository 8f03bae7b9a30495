/* pdz-action-private.h: the instance structure of PdzAction
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Shared by pdz-action.c (the type, its properties) and
 * pdz-action-lists.c (its lists).
 */

#pragma once

#include "pdz.h"

G_BEGIN_DECLS

struct _PdzAction
{
  GObject parent_instance;

  char *id;                  /* (owned) (nullable) */
  char *title;               /* (owned) (nullable) */
  PdzStatus status;
  PdzDate *date;             /* (owned) (nullable) */
  PdzDate *end_date;         /* (owned) (nullable) */
  gboolean extra;
  char **links;              /* (owned) (nullable): never empty, NULL instead */

  GListStore *participations;  /* (owned) of PdzParticipation (owned by self) */
  GListStore *projects;        /* (owned) of PdzProject (references) */
  GListStore *fundings;        /* (owned) of PdzFunding (owned by self) */
};

G_END_DECLS
