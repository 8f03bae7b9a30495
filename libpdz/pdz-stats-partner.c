/* pdz-stats-partner.c: partners ranked by actions and projects
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Methods of PdzStats (see pdz-stats.c), kept apart to keep each file
 * short. They read the statistics through the public API.
 */

#include "pdz.h"

#include "pdz-stats-private.h"

/* ---- by partner --------------------------------------------------------- */

static const PdzStatsColumnSpec by_partner_columns[] = {
  { "partner", G_TYPE_STRING },
  { "name", G_TYPE_STRING },
  { "kind", G_TYPE_STRING },
  { "actions", G_TYPE_INT64 },
  { "projects", G_TYPE_INT64 },
  { "objectives", G_TYPE_INT64 },
  { "roles", G_TYPE_STRING },
};

enum {
  TALLY_ACTIONS,
  TALLY_PROJECTS,
  TALLY_OBJECTIVES,
  N_TALLIES
};

typedef struct {
  PdzPartner *partner;      /* (not owned) */
  gint64 counts[N_TALLIES];
  guint roles;              /* mask of 1 << PdzRole */
  guint order;              /* position in the plan's partners, or after them */
  guint64 last_counted;     /* the entity counted last, so that each counts once */
} PartnerTally;

typedef struct {
  GHashTable *tallies;      /* PdzPartner* → PartnerTally* (owned) */
  GHashTable *order;        /* PdzPartner* → position + 1 */
  guint64 entity;           /* a serial number per entity counted */
} PartnerCount;

static void
partner_count (PartnerCount *pc,
               PdzPartner *partner,
               PdzRole role,
               guint what)
{
  PartnerTally *tally;

  if (partner == NULL)
    return;

  tally = g_hash_table_lookup (pc->tallies, partner);
  if (tally == NULL)
    {
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (pc->order, partner));

      tally = g_new0 (PartnerTally, 1);
      tally->partner = partner;
      tally->order = position > 0 ? position - 1 : G_MAXUINT;
      g_hash_table_insert (pc->tallies, partner, tally);
    }

  tally->roles |= 1u << role;
  if (tally->last_counted != pc->entity)
    {
      tally->last_counted = pc->entity;
      tally->counts[what]++;
    }
}

static void
partner_count_participations (PartnerCount *pc,
                              GListModel *participations,
                              guint what)
{
  guint n = g_list_model_get_n_items (participations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzParticipation) participation = g_list_model_get_item (participations, i);

      partner_count (pc, pdz_participation_get_partner (participation),
                     pdz_participation_get_role (participation), what);
    }
}

static int
compare_tallies (gconstpointer a,
                 gconstpointer b)
{
  const PartnerTally *ta = *(PartnerTally * const *) a;
  const PartnerTally *tb = *(PartnerTally * const *) b;
  gint64 total_a = ta->counts[TALLY_ACTIONS] + ta->counts[TALLY_PROJECTS];
  gint64 total_b = tb->counts[TALLY_ACTIONS] + tb->counts[TALLY_PROJECTS];

  if (total_a != total_b)
    return total_a > total_b ? -1 : 1;
  if (ta->counts[TALLY_ACTIONS] != tb->counts[TALLY_ACTIONS])
    return ta->counts[TALLY_ACTIONS] > tb->counts[TALLY_ACTIONS] ? -1 : 1;
  if (ta->order != tb->order)
    return ta->order < tb->order ? -1 : 1;
  return g_strcmp0 (pdz_partner_get_id (ta->partner), pdz_partner_get_id (tb->partner));
}

/**
 * pdz_stats_by_partner:
 * @self: statistics
 *
 * Ranks the partners by the number of actions and projects they take part
 * in, with their roles.
 *
 * One row per partner that takes part in something counted, keyed by its
 * id, ranked by actions plus projects, then by actions, then in the plan's
 * order. A partner counts once per action it takes part in (the action's
 * participations), once per project it leads or takes part in, and once
 * per objective it takes part in as a whole.
 *
 * Columns: `partner`, `name`, `kind` (the nick of its
 * [enum@Pdz.PartnerKind]) (strings); `actions`, `projects`, `objectives`
 * (integers); `roles` (a string: the nicks of the [enum@Pdz.Role]s it
 * plays in what is counted, comma-separated, in the order of the
 * enumeration).
 *
 * Returns: (transfer full): a new table
 */
PdzStatsTable *
pdz_stats_by_partner (PdzStats *self)
{
  PdzStatsTable *table;
  PartnerCount pc;
  g_autoptr(GPtrArray) ranked = NULL;
  g_autoptr(GEnumClass) kinds = NULL;
  g_autoptr(GEnumClass) roles = NULL;
  GListModel *model;
  guint n;

  g_return_val_if_fail (PDZ_IS_STATS (self), NULL);

  pc.tallies = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  pc.order = g_hash_table_new (g_direct_hash, g_direct_equal);
  pc.entity = 0;

  if (pdz_stats_get_plan (self) != NULL)
    {
      model = pdz_plan_get_partners (pdz_stats_get_plan (self));
      n = g_list_model_get_n_items (model);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PdzPartner) partner = g_list_model_get_item (model, i);

          g_hash_table_insert (pc.order, partner, GUINT_TO_POINTER (i + 1));
        }
    }

  model = pdz_stats_get_actions (self);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzAction) action = g_list_model_get_item (model, i);

      pc.entity++;
      partner_count_participations (&pc, pdz_action_get_participations (action), TALLY_ACTIONS);
    }

  model = pdz_stats_get_projects (self);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzProject) project = g_list_model_get_item (model, i);

      pc.entity++;
      partner_count (&pc, pdz_project_get_lead (project), PDZ_ROLE_LEAD, TALLY_PROJECTS);
      partner_count_participations (&pc, pdz_project_get_participations (project),
                                    TALLY_PROJECTS);
    }

  model = pdz_stats_get_objectives (self);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzObjective) objective = g_list_model_get_item (model, i);

      pc.entity++;
      partner_count_participations (&pc, pdz_objective_get_participations (objective),
                                    TALLY_OBJECTIVES);
    }

  ranked = g_ptr_array_sized_new (g_hash_table_size (pc.tallies));
  {
    GHashTableIter iter;
    gpointer tally;

    g_hash_table_iter_init (&iter, pc.tallies);
    while (g_hash_table_iter_next (&iter, NULL, &tally))
      g_ptr_array_add (ranked, tally);
  }
  g_ptr_array_sort (ranked, compare_tallies);

  table = _pdz_stats_table_new ("by-partner", by_partner_columns,
                                G_N_ELEMENTS (by_partner_columns));
  kinds = g_type_class_ref (PDZ_TYPE_PARTNER_KIND);
  roles = g_type_class_ref (PDZ_TYPE_ROLE);
  for (guint i = 0; i < ranked->len; i++)
    {
      PartnerTally *tally = g_ptr_array_index (ranked, i);
      GEnumValue *kind = g_enum_get_value (kinds, pdz_partner_get_kind (tally->partner));
      PdzStatsRow *row = _pdz_stats_table_append (table, pdz_partner_get_id (tally->partner));
      g_autoptr(GString) text = g_string_new (NULL);

      _pdz_stats_row_set_string (row, 1, pdz_partner_get_name (tally->partner));
      _pdz_stats_row_set_string (row, 2, kind != NULL ? kind->value_nick : NULL);
      for (guint t = 0; t < N_TALLIES; t++)
        _pdz_stats_row_set_int (row, 3 + t, tally->counts[t]);

      for (guint r = 0; r < roles->n_values; r++)
        {
          const GEnumValue *role = &roles->values[r];

          if ((tally->roles & (1u << role->value)) == 0)
            continue;
          if (text->len > 0)
            g_string_append_c (text, ',');
          g_string_append (text, role->value_nick);
        }
      _pdz_stats_row_set_string (row, 6, text->str);
    }

  g_hash_table_unref (pc.order);
  g_hash_table_unref (pc.tallies);
  return table;
}
