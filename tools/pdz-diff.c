/* pdz-diff.c: pdz diff, what changed between two monitoring rounds
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Thin: the library compares (pdz_diff_new_from_plans()), writes the JSON
 * document (pdz_diff_to_data()), says each change in a line
 * (pdz_change_dup_display()) and applies a saved diff (pdz_diff_apply(),
 * then pdz_plan_save() with its conflict check). This file only groups
 * the lines by macroarea and objective, for a terminal or for Markdown.
 * pdz import --into prints its diff through pdz_tool_print_diff() too.
 */

#include <string.h>

#include "pdz-tool-private.h"

/* ---- the fixed texts ----------------------------------------------------- */

/* The headings the library's catalogue has no key for
 * (pdz_format_get_text() gives the others). */
typedef enum {
  TEXT_TITLE,
  TEXT_TRANSITIONS,
  TEXT_PLAN,
  TEXT_MACROAREA,
  TEXT_OBJECTIVE,
  TEXT_NO_CHANGES,
  TEXT_ONE_CHANGE,
  N_TEXTS
} Text;

static const char * const texts_it[N_TEXTS] = {
  "Cosa è cambiato",
  "Transizioni di stato",
  "Piano",
  "Macroarea",
  "Obiettivo",
  "Nessuna modifica.",
  "1 modifica.",
};

static const char * const texts_en[N_TEXTS] = {
  "What changed",
  "Status transitions",
  "Plan",
  "Policy area",
  "Objective",
  "No changes.",
  "1 change.",
};

static const char *
text (const char *language,
      Text        t)
{
  return g_str_equal (language, "it") ? texts_it[t] : texts_en[t];
}

/* ---- grouping ------------------------------------------------------------ */

/* Where a change is shown: under a macroarea and an objective, or in the
 * projects, the partners or the plan. */
typedef enum {
  PLACE_MACROAREA,   /* a macroarea, or no macroarea, and maybe an objective */
  PLACE_PROJECTS,
  PLACE_PARTNERS,
  PLACE_PLAN,
} Place;

typedef struct {
  Place place;
  guint macroarea_rank;      /* see macroarea_rank(); G_MAXUINT for no macroarea */
  char *macroarea_key;       /* (owned) (nullable): its id; NULL for none */
  char *macroarea_code;      /* (owned) (nullable) */
  char *macroarea_title;     /* (owned) (nullable) */
  char *objective_key;       /* (owned) (nullable): the objective's id */
  char *objective_title;     /* (owned) (nullable) */
  GPtrArray *changes;        /* (owned) (element-type PdzChange) */
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->macroarea_key);
  g_free (group->macroarea_code);
  g_free (group->macroarea_title);
  g_free (group->objective_key);
  g_free (group->objective_title);
  g_ptr_array_unref (group->changes);
  g_free (group);
}

/* The index that follows @prefix at the start of @pointer
 * ("/objectives/3/actions/1" and "/objectives/" give 3), or -1. */
static gint64
pointer_index (const char *pointer,
               const char *prefix)
{
  const char *p;
  char *end = NULL;
  guint64 index;

  if (pointer == NULL || !g_str_has_prefix (pointer, prefix))
    return -1;
  p = pointer + strlen (prefix);
  if (!g_ascii_isdigit (*p))
    return -1;
  index = g_ascii_strtoull (p, &end, 10);
  if (end == NULL || (*end != '\0' && *end != '/') || index > G_MAXINT32)
    return -1;
  return (gint64) index;
}

typedef struct {
  PdzPlan *old_plan;
  PdzPlan *new_plan;
  GPtrArray *groups;         /* (owned) (element-type Group) */
  GHashTable *by_key;        /* (owned): "place/macroarea/objective" → Group */
  GHashTable *ranks;         /* (owned): the new round's macroarea ids → their index + 1 */
} Grouping;

/* The rank of a macroarea: its place in the new round's list, or after
 * them all (by its place in the old round's) when it was removed. */
static guint
macroarea_rank (Grouping     *grouping,
                PdzMacroarea *macroarea)
{
  gpointer rank = g_hash_table_lookup (grouping->ranks, pdz_macroarea_get_id (macroarea));
  GListModel *old_list = pdz_plan_get_macroareas (grouping->old_plan);
  guint n = g_list_model_get_n_items (old_list);

  if (rank != NULL)
    return GPOINTER_TO_UINT (rank) - 1;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzMacroarea) item = g_list_model_get_item (old_list, i);

      if (g_strcmp0 (pdz_macroarea_get_id (item), pdz_macroarea_get_id (macroarea)) == 0)
        return g_hash_table_size (grouping->ranks) + i;
    }
  return G_MAXUINT - 1;
}

/* The group of @change, found from where its entity is: the new round's
 * file, or the old one's for a removed entity. */
static Group *
find_group (Grouping  *grouping,
            PdzChange *change)
{
  const char *pointer = pdz_change_get_new_pointer (change);
  PdzPlan *plan = grouping->new_plan;
  Place place = PLACE_PLAN;
  g_autoptr(PdzMacroarea) macroarea = NULL;
  g_autoptr(PdzObjective) objective = NULL;
  g_autofree char *key = NULL;
  gint64 index;
  Group *group;

  if (pointer == NULL)
    {
      pointer = pdz_change_get_old_pointer (change);
      plan = grouping->old_plan;
    }

  if ((index = pointer_index (pointer, "/objectives/")) >= 0)
    {
      objective = g_list_model_get_item (pdz_plan_get_objectives (plan), (guint) index);
      if (objective != NULL && pdz_objective_get_macroarea (objective) != NULL)
        macroarea = g_object_ref (pdz_objective_get_macroarea (objective));
      place = PLACE_MACROAREA;
    }
  else if ((index = pointer_index (pointer, "/macroareas/")) >= 0)
    {
      macroarea = g_list_model_get_item (pdz_plan_get_macroareas (plan), (guint) index);
      place = PLACE_MACROAREA;
    }
  else if (pointer_index (pointer, "/projects/") >= 0)
    place = PLACE_PROJECTS;
  else if (pointer_index (pointer, "/partners/") >= 0)
    place = PLACE_PARTNERS;

  /* The ids escaped (g_strescape() leaves no newline), then joined. */
  {
    g_autofree char *m = g_strescape (macroarea != NULL ? pdz_macroarea_get_id (macroarea) : "", NULL);
    g_autofree char *o = g_strescape (objective != NULL ? pdz_objective_get_id (objective) : "", NULL);

    key = g_strdup_printf ("%d\n%s\n%s", place, m, o);
  }
  group = g_hash_table_lookup (grouping->by_key, key);
  if (group != NULL)
    return group;

  group = g_new0 (Group, 1);
  group->place = place;
  group->macroarea_rank = macroarea != NULL ? macroarea_rank (grouping, macroarea) : G_MAXUINT;
  group->macroarea_key = macroarea != NULL ? g_strdup (pdz_macroarea_get_id (macroarea)) : NULL;
  if (macroarea != NULL)
    {
      const char *title = pdz_macroarea_get_title (macroarea);

      group->macroarea_code = g_strdup (pdz_macroarea_get_code (macroarea));
      group->macroarea_title = g_strdup (title != NULL ? title : group->macroarea_key);
    }
  if (objective != NULL)
    {
      const char *title = pdz_objective_get_title (objective);

      group->objective_key = g_strdup (pdz_objective_get_id (objective));
      group->objective_title = g_strdup (title != NULL ? title : group->objective_key);
    }
  group->changes = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (grouping->groups, group);
  g_hash_table_insert (grouping->by_key, g_steal_pointer (&key), group);
  return group;
}

/* Macroareas in their order (none last), each with its own changes
 * first, then its objectives in the order they came; then the projects,
 * the partners and the plan. */
static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const Group *ga = *(const Group * const *) a;
  const Group *gb = *(const Group * const *) b;

  if (ga->place != gb->place)
    return ga->place < gb->place ? -1 : 1;
  if (ga->macroarea_rank != gb->macroarea_rank)
    return ga->macroarea_rank < gb->macroarea_rank ? -1 : 1;
  if (g_strcmp0 (ga->macroarea_key, gb->macroarea_key) != 0)
    return g_strcmp0 (ga->macroarea_key, gb->macroarea_key);
  if ((ga->objective_key == NULL) != (gb->objective_key == NULL))
    return ga->objective_key == NULL ? -1 : 1;
  return 0;
}

static GPtrArray *
group_changes (PdzDiff *diff,
               PdzPlan *old_plan,
               PdzPlan *new_plan)
{
  GListModel *changes = pdz_diff_get_changes (diff);
  GListModel *macroareas = pdz_plan_get_macroareas (new_plan);
  guint n = g_list_model_get_n_items (changes);
  Grouping grouping = {
    old_plan, new_plan,
    g_ptr_array_new_with_free_func (group_free),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
  };

  for (guint i = 0; i < g_list_model_get_n_items (macroareas); i++)
    {
      g_autoptr(PdzMacroarea) macroarea = g_list_model_get_item (macroareas, i);

      g_hash_table_insert (grouping.ranks, g_strdup (pdz_macroarea_get_id (macroarea)), GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < n; i++)
    {
      PdzChange *change = g_list_model_get_item (changes, i);

      g_ptr_array_add (find_group (&grouping, change)->changes, change);
    }
  g_hash_table_unref (grouping.by_key);
  g_hash_table_unref (grouping.ranks);

  /* A stable sort: the order of the changes within each rank is kept. */
  g_ptr_array_sort_with_data (grouping.groups, (GCompareDataFunc) compare_groups, NULL);
  return grouping.groups;
}

/* ---- text and Markdown ---------------------------------------------------- */

typedef struct {
  PdzToolTerm term;
  gboolean markdown;
  const char *language;
  GString *out;
} Printer;

/* Plan text for a Markdown document: made printable (no control
 * character, one line), then every ASCII punctuation character that
 * Markdown could read as markup escaped with a backslash, which pandoc
 * and CommonMark take as the character itself. So "a) …", "1. …", "# …",
 * "*", "[x](y)" and "<b>" stay text. */
static char *
markdown_text (const char *text)
{
  g_autofree char *printable = pdz_tool_printable (text, TRUE);
  GString *out = g_string_new (NULL);

  for (const char *p = printable; *p != '\0'; p++)
    {
      if (strchr ("\\`*_{}[]()<>#+-.!|~\"'$%&=:;@^", *p) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static char *
shown (Printer    *printer,
       const char *text)
{
  if (printer->markdown)
    return markdown_text (text);
  return pdz_tool_text (&printer->term, text);
}

static void
print_heading (Printer    *printer,
               guint       level,
               const char *heading)
{
  g_autofree char *safe = shown (printer, heading);
  GString *out = printer->out;

  /* One empty line before a heading. */
  if (!g_str_has_suffix (out->str, "\n\n"))
    g_string_append_c (out, '\n');
  if (printer->markdown)
    {
      g_string_append_printf (out, "%.*s %s\n\n", (int) level, "####", safe);
      return;
    }
  {
    g_autofree char *colored = pdz_tool_color (&printer->term, "1", safe);

    g_string_append_printf (out, "%*s%s\n", (int) (level - 2) * 2, "", colored);
  }
}

static const char *
change_color (PdzChangeKind kind)
{
  switch (kind)
    {
    case PDZ_CHANGE_KIND_ADDED:
      return "32";
    case PDZ_CHANGE_KIND_REMOVED:
      return "31";
    case PDZ_CHANGE_KIND_MOVED:
      return "36";
    case PDZ_CHANGE_KIND_CHANGED:
    default:
      return "33";
    }
}

static void
print_item (Printer    *printer,
            guint       indent,
            const char *sgr,
            const char *line)
{
  g_autofree char *safe = shown (printer, line);

  if (printer->markdown)
    {
      g_string_append_printf (printer->out, "- %s\n", safe);
      return;
    }
  {
    g_autofree char *colored = sgr != NULL ? pdz_tool_color (&printer->term, sgr, safe) : g_strdup (safe);

    g_string_append_printf (printer->out, "%*s%s\n", (int) indent, "", colored);
  }
}

static char *
round_text (const char    *title,
            const PdzDate *start,
            const PdzDate *end,
            const char    *language)
{
  GString *out = g_string_new (title);

  if (start != NULL || end != NULL)
    {
      g_autofree char *from = start != NULL ? pdz_date_format (start, language) : g_strdup ("…");
      g_autofree char *to = end != NULL ? pdz_date_format (end, language) : g_strdup ("…");

      g_string_append_printf (out, "%s%s – %s%s", out->len > 0 ? " (" : "", from, to,
                              out->len > 0 ? ")" : "");
    }
  if (out->len == 0)
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

/* "previsto → concluso: azioni 7, obiettivi 1", from the library's table of
 * transitions. */
static void
print_transitions (Printer *printer,
                   PdzDiff *diff)
{
  g_autoptr(PdzStatsTable) table = pdz_diff_dup_transitions (diff);
  GListModel *rows = G_LIST_MODEL (table);
  guint n = g_list_model_get_n_items (rows);
  static const char * const counts[] = { "actions", "objectives", "projects" };
  g_autoptr(GEnumClass) statuses = g_type_class_ref (PDZ_TYPE_STATUS);

  if (n == 0)
    return;
  print_heading (printer, 2, text (printer->language, TEXT_TRANSITIONS));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PdzStatsRow) row = g_list_model_get_item (rows, i);
      GEnumValue *from = g_enum_get_value_by_nick (statuses, pdz_stats_row_get_string (row, "from"));
      GEnumValue *to = g_enum_get_value_by_nick (statuses, pdz_stats_row_get_string (row, "to"));
      g_autoptr(GString) line = g_string_new (NULL);

      if (from == NULL || to == NULL)
        continue;
      g_string_append_printf (line, "%s → %s:",
                              pdz_enum_get_label (PDZ_TYPE_STATUS, from->value, printer->language),
                              pdz_enum_get_label (PDZ_TYPE_STATUS, to->value, printer->language));
      for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
        {
          gint64 count = pdz_stats_row_get_int (row, counts[c]);
          g_autofree char *label = NULL;

          if (count == 0)
            continue;
          label = g_utf8_strdown (pdz_format_get_text (counts[c], printer->language), -1);
          g_string_append_printf (line, "%s %s %" G_GINT64_FORMAT, line->str[line->len - 1] == ':' ? "" : ",",
                                  label, count);
        }
      print_item (printer, 2, NULL, line->str);
    }
}

static void
print_groups (Printer   *printer,
              PdzDiff   *diff,
              PdzPlan   *old_plan,
              PdzPlan   *new_plan)
{
  g_autoptr(GPtrArray) groups = group_changes (diff, old_plan, new_plan);
  const Group *previous = NULL;

  for (guint i = 0; i < groups->len; i++)
    {
      const Group *group = groups->pdata[i];
      gboolean new_section = previous == NULL || previous->place != group->place ||
                             g_strcmp0 (previous->macroarea_key, group->macroarea_key) != 0;
      guint indent = 2;

      if (new_section)
        {
          const char *heading;
          g_autofree char *owned = NULL;

          switch (group->place)
            {
            case PLACE_MACROAREA:
              /* "Macroarea A: title", "Policy area: title", as the reports */
              if (group->macroarea_title == NULL)
                heading = pdz_format_get_text ("no-macroarea", printer->language);
              else
                heading = owned = g_strdup_printf ("%s%s%s: %s", text (printer->language, TEXT_MACROAREA),
                                                   group->macroarea_code != NULL ? " " : "",
                                                   group->macroarea_code != NULL ? group->macroarea_code : "",
                                                   group->macroarea_title);
              break;
            case PLACE_PROJECTS:
              heading = pdz_format_get_text ("projects", printer->language);
              break;
            case PLACE_PARTNERS:
              heading = pdz_format_get_text ("partners", printer->language);
              break;
            case PLACE_PLAN:
            default:
              heading = text (printer->language, TEXT_PLAN);
              break;
            }
          print_heading (printer, 2, heading);
        }
      if (group->objective_key != NULL)
        {
          g_autofree char *heading = g_strdup_printf ("%s: %s (%s)", text (printer->language, TEXT_OBJECTIVE),
                                                      group->objective_title, group->objective_key);

          print_heading (printer, 3, heading);
          indent = 4;
        }
      for (guint c = 0; c < group->changes->len; c++)
        {
          PdzChange *change = group->changes->pdata[c];
          g_autofree char *line = pdz_change_dup_display (change, printer->language);

          print_item (printer, indent, change_color (pdz_change_get_kind (change)), line);
        }
      previous = group;
    }
}

gboolean
pdz_tool_diff_parse_format (const char        *name,
                            PdzToolDiffFormat *format)
{
  if (name == NULL || g_str_equal (name, "text"))
    *format = PDZ_TOOL_DIFF_TEXT;
  else if (g_str_equal (name, "json"))
    *format = PDZ_TOOL_DIFF_JSON;
  else if (g_str_equal (name, "md") || g_str_equal (name, "markdown"))
    *format = PDZ_TOOL_DIFF_MARKDOWN;
  else
    {
      pdz_tool_usage_error ("--format", "unknown format \"%s\" (expected text, json, md)", name);
      return FALSE;
    }
  return TRUE;
}

void
pdz_tool_print_diff (PdzDiff           *diff,
                     PdzPlan           *old_plan,
                     PdzPlan           *new_plan,
                     const char        *language,
                     PdzToolDiffFormat  format,
                     gboolean           ascii)
{
  Printer printer = { { FALSE, TRUE }, format == PDZ_TOOL_DIFF_MARKDOWN, language, NULL };
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = g_list_model_get_n_items (pdz_diff_get_changes (diff));
  const char *plan_title = pdz_diff_get_new_title (diff);

  if (format == PDZ_TOOL_DIFF_JSON)
    {
      gsize length;
      g_autofree char *data = pdz_diff_to_data (diff, &length);

      pdz_tool_write_data (data, length);
      return;
    }

  printer.out = out;
  if (!printer.markdown)
    pdz_tool_term_init (&printer.term, ascii);

  /* The title: what changed in the plan, from one round to the other. */
  {
    g_autofree char *title = g_strdup_printf ("%s: %s", text (language, TEXT_TITLE),
                                              plan_title != NULL ? plan_title
                                              : pdz_diff_get_new_id (diff) != NULL ? pdz_diff_get_new_id (diff) : "…");
    g_autofree char *from = round_text (pdz_diff_get_old_round_title (diff), pdz_diff_get_old_round_start (diff),
                                        pdz_diff_get_old_round_end (diff), language);
    g_autofree char *to = round_text (pdz_diff_get_new_round_title (diff), pdz_diff_get_new_round_start (diff),
                                      pdz_diff_get_new_round_end (diff), language);
    g_autofree char *rounds = g_strdup_printf ("%s → %s", from, to);
    g_autofree char *safe_title = shown (&printer, title);
    g_autofree char *safe_rounds = shown (&printer, rounds);

    if (printer.markdown)
      g_string_append_printf (out, "# %s\n\n%s\n", safe_title, safe_rounds);
    else
      {
        g_autofree char *colored = pdz_tool_color (&printer.term, "1", safe_title);

        g_string_append_printf (out, "%s\n%s\n", colored, safe_rounds);
      }
  }

  print_transitions (&printer, diff);
  print_groups (&printer, diff, old_plan, new_plan);

  {
    g_autofree char *count = NULL;

    if (n < 2)
      count = g_strdup (text (language, n == 0 ? TEXT_NO_CHANGES : TEXT_ONE_CHANGE));
    else if (g_str_equal (language, "it"))
      count = g_strdup_printf ("%u modifiche.", n);
    else
      count = g_strdup_printf ("%u changes.", n);

    g_string_append_printf (out, "\n%s\n", count);
  }
  pdz_tool_write (out->str);
}

/* ---- --apply ------------------------------------------------------------- */

static int
apply_diff (const char *diff_path,
            const char *plan_path,
            const char *output)
{
  g_autoptr(GFile) diff_file = g_file_new_for_commandline_arg (diff_path);
  g_autoptr(GFile) plan_file = g_file_new_for_commandline_arg (plan_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzDiff) diff = NULL;
  g_autoptr(PdzPlan) plan = NULL;

  diff = pdz_diff_load (diff_file, NULL, &error);
  if (diff == NULL)
    {
      pdz_tool_file_error (diff_path, diff_file, error);
      return PDZ_EXIT_FAILURE;
    }
  /* The plan remembers the file it was loaded from: saved back over it
   * (-o PLAN), the library refuses when another program changed it
   * since (PDZ_ERROR_CONFLICT). */
  plan = pdz_plan_load (plan_file, NULL, &error);
  if (plan == NULL)
    {
      pdz_tool_file_error (plan_path, plan_file, error);
      return PDZ_EXIT_FAILURE;
    }
  if (!pdz_diff_apply (diff, plan, &error))
    {
      pdz_tool_error (plan_path, "%s", error->message);
      return PDZ_EXIT_FAILURE;
    }

  if (output == NULL)
    {
      gsize length;
      g_autofree char *data = pdz_plan_to_data (plan, &length);

      pdz_tool_write_data (data, length);
      return PDZ_EXIT_OK;
    }

  {
    g_autoptr(GFile) output_file = g_file_new_for_commandline_arg (output);

    if (!pdz_plan_save (plan, output_file, PDZ_SAVE_FLAGS_NONE, NULL, &error))
      {
        pdz_tool_file_error (output, output_file, error);
        return PDZ_EXIT_FAILURE;
      }
  }
  return PDZ_EXIT_OK;
}

/* ---- the command --------------------------------------------------------- */

int
pdz_tool_diff (int    argc,
               char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *language = NULL;
  g_autofree char *apply = NULL;
  g_autofree char *output = NULL;
  gboolean force = FALSE;
  gboolean ascii = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      "Output format: text (the default), json (the diff document) or md (Markdown)", "FORMAT" },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &language,
      "The language of the text: it or en (default: the new plan's)", "LANG" },
    { "force", 0, 0, G_OPTION_ARG_NONE, &force,
      "Compare two plans whose ids differ", NULL },
    { "ascii", 0, 0, G_OPTION_ARG_NONE, &ascii,
      "Plain ASCII text", NULL },
    { "apply", 0, 0, G_OPTION_ARG_FILENAME, &apply,
      "Apply the diff document DIFF (from --format json) to PLAN", "DIFF" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "With --apply: write the plan to OUT (which may be PLAN) instead of the standard output", "OUT" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, "FILE" },
    { NULL }
  };
  g_autoptr(PdzPlan) old_plan = NULL;
  g_autoptr(PdzPlan) new_plan = NULL;
  g_autoptr(PdzDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  PdzToolDiffFormat format;
  int status;

  if (!pdz_tool_parse ("Print what changed from the monitoring round OLD to the round NEW of a\n"
                       "plan, grouped by macroarea and objective: status transitions, actions\n"
                       "and objectives added, removed or moved, partners, funding, measurements.\n"
                       "Or, with --apply DIFF PLAN, apply a saved diff to a plan.",
                       "Usage:\n"
                       "  pdz diff [--format text|json|md] [--lang LANG] [--force] OLD NEW\n"
                       "  pdz diff --apply DIFF PLAN [-o OUT]\n"
                       "\n"
                       "Two plans whose ids differ are not two rounds of one plan: they are\n"
                       "refused unless --force. --format json prints the diff document\n"
                       "(doc/pdz-diff-1.schema.json), which --apply reads. --apply applies\n"
                       "each change where PLAN still holds what the change replaces; -o PLAN\n"
                       "rewrites PLAN in place, atomically, and refuses when another program\n"
                       "changed it since it was read. Colour only on a terminal, never under\n"
                       "NO_COLOR.\n"
                       "Exit status, as diff(1): 0 when the plans are the same (--apply: the\n"
                       "plan was written), 1 when they differ, 2 on an error, a conflict or\n"
                       "bad usage.",
                       entries, NULL, &argc, &argv, &status))
    return status;

  if (apply != NULL)
    {
      if (format_name != NULL || language != NULL || force || ascii)
        return pdz_tool_usage_error ("--apply", "takes no --format, --lang, --force nor --ascii");
      if (files == NULL || files[0] == NULL || files[1] != NULL)
        return pdz_tool_usage_error ("--apply", "expected one PLAN file");
      return apply_diff (apply, files[0], output);
    }

  if (output != NULL)
    return pdz_tool_usage_error ("--output", "only with --apply: redirect the standard output instead");
  if (!pdz_tool_diff_parse_format (format_name, &format))
    return PDZ_EXIT_FAILURE;
  if (language != NULL && pdz_tool_language (language, NULL) == NULL)
    return PDZ_EXIT_FAILURE;
  if (files == NULL || files[0] == NULL || files[1] == NULL || files[2] != NULL)
    return pdz_tool_usage_error (NULL, "expected two plan files, OLD and NEW");

  old_plan = pdz_tool_load_plan (files[0]);
  if (old_plan == NULL)
    return PDZ_EXIT_FAILURE;
  new_plan = pdz_tool_load_plan (files[1]);
  if (new_plan == NULL)
    return PDZ_EXIT_FAILURE;

  diff = pdz_diff_new_from_plans (old_plan, new_plan, force ? PDZ_DIFF_FLAGS_FORCE : PDZ_DIFF_FLAGS_NONE,
                                  &error);
  if (diff == NULL)
    {
      if (g_error_matches (error, PDZ_ERROR, PDZ_ERROR_DIFFERENT_PLANS))
        pdz_tool_error (files[1], "%s; give --force to compare them anyway", error->message);
      else
        pdz_tool_error (files[1], "%s", error->message);
      return PDZ_EXIT_FAILURE;
    }

  pdz_tool_print_diff (diff, old_plan, new_plan, pdz_tool_language (language, new_plan), format, ascii);
  return pdz_diff_is_empty (diff) ? PDZ_EXIT_OK : PDZ_EXIT_WARNINGS;
}
