/* pdz-report-odp.c: the report as an OpenDocument slide deck, 16:9
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The deck the office shows the mayors' assembly, in the order of the seed:
 * a cover (plan, ambito, period, round and its span), the "Schema di
 * sintesi", what changed since the previous round when the report has one
 * (its parts as labels over their items), one slide per objective with its bullets as the office wrote
 * them and the sub-points indented under their bullet, the objectives
 * shared with the ASST, the sovra-ambito projects, the key figures and the
 * contacts. The details (dates, statuses, partners, projects, funding,
 * indicators) are in the speaker notes, where the office can edit them.
 *
 * It walks the document of pdz-report-document.c, as the other writers do,
 * taking from each section what a slide shows. Text is measured with Pango
 * in Liberation Sans, the font the deck names (metric-compatible with
 * Arial, which PowerPoint substitutes), with some room to spare, to decide
 * where a slide ends: a slide whose bullets do not fit goes on over
 * slides marked "(2/3)", never cutting a bullet; a bullet taller than a
 * slide goes on at a line boundary, its part ending with "(segue)"; a title
 * too long for its frame is set smaller, then cut with "…" (the whole of
 * it is in the notes). Nothing relies on autofit: every frame says so.
 *
 * The XML is ours; the zip container is libgsf's, through pdz-odf.c.
 */

#include "pdz-report-builder-private.h"
#include "pdz-report-pango-private.h"

#include "pdz-odf-private.h"

/* The slide: 28 cm by 15.75 cm, Impress's 16:9 */
#define CM (72.0 / 2.54)
#define SLIDE_W (28.0 * CM)
#define SLIDE_H (15.75 * CM)

/* Frames, in cm: x, y, width, height */
#define TITLE_X 1.2
#define TITLE_Y 0.5
#define TITLE_W 25.6
#define TITLE_H 2.4
#define BODY_X 1.2
#define BODY_Y 3.1
#define BODY_W 25.6
#define BODY_H 11.9

/* The cover's */
#define COVER_TITLE_Y 2.2
#define COVER_TITLE_H 5.2
#define COVER_SUB_Y 7.8
#define COVER_SUB_H 6.8

/* What the measure leaves spare for another program's line breaking */
#define SLACK_W 0.97
#define SLACK_H 0.97

/* The font the deck names: the measure is only good in it */
#define DECK_FONT "Liberation Sans"

typedef enum {
  PARA_SUBTITLE,                         /* an objective's title, over its bullets */
  PARA_BULLET,                           /* a bullet, at level 0 or 1 */
  PARA_LABEL,                            /* a heading inside the list ("Interventi"), no bullet */
  PARA_MARK,                             /* "(segue)" */
  PARA_COVER_TITLE,
  PARA_COVER_LINE,
} ParaKind;

typedef struct {
  ParaKind kind;
  guint level;
  char *text;                            /* (owned): cleaned, one paragraph */
  GString *note;                         /* (owned) (nullable): its line in the notes, a
                                          * GString so that the notes of a long table
                                          * gather under one paragraph in linear time */
  gboolean continued;                    /* goes on from the slide before: no bullet */
  gboolean repeat;                       /* a heading repeated at the top of a slide,
                                          * over the paragraph the slide was begun for */
  gboolean bold;
  double size;                           /* points */
} Para;

typedef struct {
  char *title;                           /* (owned) */
  gboolean cover;
  GPtrArray *paras;                      /* (owned) of Para */
  GString *notes;                        /* (owned): the notes of its first slide */
} Group;

typedef struct {
  char *title;                           /* (owned), cut to fit */
  double title_size;
  gboolean cover;
  GPtrArray *paras;                      /* (owned) of Para */
  GString *notes;                        /* (owned) */
} Slide;

typedef enum {
  SECTION_NONE,
  SECTION_PENDING,                       /* begun: its heading says which */
  SECTION_SUMMARY,
  SECTION_EXTRA,                         /* the box of extra actions */
  SECTION_MACROAREA,
  SECTION_HEALTH,
  SECTION_SOVRA,
  SECTION_CHANGES,                       /* what changed since the previous round */
  SECTION_SKIP,
} Section;

typedef struct {
  const PdzReportContext *ctx;
  PangoContext *context;                 /* (owned) */
  GPtrArray *groups;                     /* (owned) of Group */
  Group *key_figures;                    /* (owned) (nullable): shown near the end */
  Group *contacts;                       /* (owned) (nullable): the last slide */
  Group *current;                        /* (nullable) */
  Section section;
  gboolean section_is_macroarea;
  gboolean skip_projects;                /* in the ambito's projects */
  gboolean projects_named;
  char *section_title;                   /* (owned) (nullable) */
  GString *pending_notes;                /* (owned): for the next group */
  GPtrArray *slides;                     /* (owned) of Slide */
} Deck;

static void
para_free (Para *para)
{
  g_free (para->text);
  if (para->note != NULL)
    g_string_free (para->note, TRUE);
  g_free (para);
}

static void
group_free (Group *group)
{
  if (group == NULL)
    return;
  g_free (group->title);
  g_ptr_array_unref (group->paras);
  g_string_free (group->notes, TRUE);
  g_free (group);
}

static void
slide_free (Slide *slide)
{
  g_free (slide->title);
  g_ptr_array_unref (slide->paras);
  g_string_free (slide->notes, TRUE);
  g_free (slide);
}

/* Text ---------------------------------------------------------------------- */

/* Plan text as the deck shows it and as it is measured: cleaned, tabs and
 * paragraph separators as a space and a line break, runs of white space at
 * either end dropped. (transfer full) */
static char *
deck_text (const char *text)
{
  g_autofree char *clean = _pdz_report_pango_text (text);
  GString *out = g_string_new (NULL);

  for (const char *p = clean; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t')
        c = ' ';
      else if (c == 0x2028 || c == 0x2029)
        c = '\n';
      g_string_append_unichar (out, c);
    }
  return g_strstrip (g_string_free (out, FALSE));
}

/* The plain text of @inlines [@from, @to) */
static char *
inlines_text (GPtrArray *inlines,
              guint      from,
              guint      to)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = from; inlines != NULL && i < to && i < inlines->len; i++)
    {
      PdzReportInline *il = inlines->pdata[i];

      if (il->kind == PDZ_INLINE_BREAK)
        g_string_append (out, " · ");
      else if (il->text != NULL)
        g_string_append (out, il->text);
    }
  return deck_text (out->str);
}

static char *
inlines_all (GPtrArray *inlines)
{
  return inlines_text (inlines, 0, inlines != NULL ? inlines->len : 0);
}

/* What a bullet shows of a list item: its text as written, without the
 * date the document puts before an action ("24 gennaio 2023 — ") and
 * without the details after the line break, which go to the notes; an
 * extra action says so. */
static char *
bullet_text (GPtrArray *inlines)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint i = 0;

  if (inlines->len >= 2 &&
      ((PdzReportInline *) inlines->pdata[0])->kind == PDZ_INLINE_STRONG &&
      ((PdzReportInline *) inlines->pdata[1])->kind == PDZ_INLINE_TEXT &&
      g_strcmp0 (((PdzReportInline *) inlines->pdata[1])->text, " — ") == 0)
    i = 2;

  for (; i < inlines->len; i++)
    {
      PdzReportInline *il = inlines->pdata[i];

      if (il->kind == PDZ_INLINE_BREAK || il->kind == PDZ_INLINE_STATUS)
        break;
      if (il->kind == PDZ_INLINE_MARK)
        g_string_append_printf (out, "(%s)", il->text);
      else if (il->text != NULL)
        g_string_append (out, il->text);
    }
  return deck_text (out->str);
}

/* Measure -------------------------------------------------------------------- */

static PangoLayout *
measure_layout (Deck       *deck,
                const char *text,
                double      size,
                gboolean    bold,
                gboolean    italic,
                double      width)
{
  PangoLayout *layout = pango_layout_new (deck->context);
  PangoFontDescription *font = pango_font_description_from_string (DECK_FONT);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE + 0.5));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (font, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * SLACK_W * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

/* How a paragraph is set: its left margin (cm), the space above it (cm) */
static double
para_margin_left (const Para *para)
{
  switch (para->kind)
    {
    case PARA_BULLET:
    case PARA_LABEL:
    case PARA_MARK:
      return para->level == 0 ? 0.7 : 1.5;
    default:
      return 0;
    }
}

static double
para_space_above (const Para *para)
{
  switch (para->kind)
    {
    case PARA_BULLET:
      return para->level == 0 ? 0.25 : 0.1;
    case PARA_LABEL:
    case PARA_SUBTITLE:
      return 0.2;
    case PARA_MARK:
      return 0.05;
    case PARA_COVER_LINE:
      return 0.15;
    default:
      return 0;
    }
}

static gboolean
para_italic (const Para *para)
{
  return para->kind == PARA_LABEL || para->kind == PARA_MARK;
}

static PangoLayout *
para_layout (Deck       *deck,
             const Para *para,
             double      frame_w)
{
  return measure_layout (deck, para->text, para->size, para->bold, para_italic (para),
                         frame_w - para_margin_left (para) * CM);
}

static double
para_height (Deck       *deck,
             const Para *para,
             double      frame_w,
             gboolean    first)
{
  g_autoptr(PangoLayout) layout = para_layout (deck, para, frame_w);

  return (first ? 0 : para_space_above (para) * CM) + layout_height (layout);
}

/* Building the groups ---------------------------------------------------------- */

static Para *
para_new (ParaKind    kind,
          guint       level,
          const char *text,
          double      size,
          gboolean    bold)
{
  Para *para = g_new0 (Para, 1);

  para->kind = kind;
  para->level = level;
  para->text = g_strdup (text);
  para->size = size;
  para->bold = bold;
  return para;
}

static Para *
para_copy (const Para *other,
           const char *text)
{
  Para *para = para_new (other->kind, other->level, text, other->size, other->bold);

  para->note = NULL;
  return para;
}

static Group *
group_new (Deck       *deck,
           const char *title,
           gboolean    append)
{
  Group *group = g_new0 (Group, 1);

  group->title = deck_text (title != NULL ? title : "");
  group->paras = g_ptr_array_new_with_free_func ((GDestroyNotify) para_free);
  group->notes = g_string_new (NULL);
  if (append)
    {
      g_string_append (group->notes, deck->pending_notes->str);
      g_string_truncate (deck->pending_notes, 0);
      g_ptr_array_add (deck->groups, group);
    }
  return group;
}

static void
add_note (GString    *notes,
          const char *text)
{
  if (text == NULL || *text == '\0')
    return;
  if (notes->len > 0)
    g_string_append_c (notes, '\n');
  g_string_append (notes, text);
}

/* A note about what the deck is walking: the last paragraph's (so that it
 * is on the slide that shows it), the group's, or the next group's. In the
 * box of extra actions, its first sentence ("1 di 31 azioni extra", or
 * that there are none) is shown on the slide instead. */
static void
note (Deck       *deck,
      const char *text)
{
  Group *group = deck->current;

  if (text == NULL || *text == '\0')
    return;
  if (group != NULL && deck->section == SECTION_EXTRA && group->paras->len == 0)
    g_ptr_array_add (group->paras, para_new (PARA_LABEL, 0, text, 15.0, FALSE));
  else if (group != NULL && group->paras->len > 0)
    {
      Para *last = group->paras->pdata[group->paras->len - 1];
      if (last->note == NULL)
        last->note = g_string_new (NULL);
      add_note (last->note, text);
    }
  else
    add_note (group != NULL ? group->notes : deck->pending_notes, text);
}

static Para *
add_bullet (Group      *group,
            guint       level,
            const char *text,
            const char *note_text)
{
  Para *para = para_new (PARA_BULLET, level, text, level == 0 ? 18.0 : 15.0, FALSE);

  if (note_text != NULL && g_strcmp0 (note_text, text) != 0)
    para->note = g_string_new (note_text);
  g_ptr_array_add (group->paras, para);
  return para;
}

static void
walk_cover (Deck           *deck,
            PdzReportBlock *block)
{
  static const struct {
    const char *klass;
    double size;
    gboolean bold;
  } lines[] = {
    { "ambito", 24.0, TRUE },
    { "period", 20.0, FALSE },
    { "monitoring", 20.0, TRUE },
    { "span", 18.0, FALSE },
  };
  Group *cover = group_new (deck, NULL, TRUE);

  cover->cover = TRUE;
  for (guint i = 0; i < block->items->len; i++)
    {
      const char *klass = block->cover_classes->pdata[i];
      GPtrArray *inlines = block->items->pdata[i];
      g_autofree char *text = inlines_all (inlines);

      if (g_strcmp0 (klass, "title") == 0)
        {
          g_free (cover->title);
          cover->title = g_strdup (text);
          continue;
        }
      if (g_strcmp0 (klass, "contacts") == 0)
        {
          /* the last slide: one line per contact, as the seed's */
          guint from = 0;

          deck->contacts = group_new (deck, _pdz_report_msg (deck->ctx, PDZ_MSG_CONTACTS), FALSE);
          for (guint j = 0; j <= inlines->len; j++)
            {
              PdzReportInline *il = j < inlines->len ? inlines->pdata[j] : NULL;

              if (il == NULL || (il->kind == PDZ_INLINE_TEXT && g_strcmp0 (il->text, " · ") == 0))
                {
                  g_autofree char *line = inlines_text (inlines, from, j);

                  if (*line != '\0')
                    g_ptr_array_add (deck->contacts->paras, para_new (PARA_COVER_LINE, 0, line, 20.0, from == 0));
                  from = j + 1;
                }
            }
          continue;
        }

      for (guint k = 0; k < G_N_ELEMENTS (lines); k++)
        {
          if (g_strcmp0 (klass, lines[k].klass) == 0)
            {
              g_ptr_array_add (cover->paras, para_new (PARA_COVER_LINE, 0, text, lines[k].size, lines[k].bold));
              text[0] = '\0';
            }
        }
      /* the municipalities, the date of the report: in the notes */
      add_note (cover->notes, text);
    }
}

/* The notes of the key figures, which the partners' index and the
 * projects of the ambito (sections the seed's deck has no slide for) name */
static void
key_figures_note (Deck       *deck,
                  const char *label,
                  const char *text)
{
  GString *notes;

  if (deck->key_figures == NULL)
    deck->key_figures = group_new (deck, _pdz_report_msg (deck->ctx, PDZ_MSG_KEY_FIGURES), FALSE);
  notes = deck->key_figures->notes;
  if (label != NULL)
    {
      add_note (notes, label);
      g_string_append (notes, ": ");
    }
  else
    g_string_append (notes, "; ");
  g_string_append (notes, text);
}

static void
walk_heading (Deck           *deck,
              PdzReportBlock *block)
{
  g_autofree char *text = inlines_all (block->inlines);

  if (block->level == 2)
    {
      deck->current = NULL;
      if (deck->section == SECTION_SUMMARY || deck->section == SECTION_CHANGES)
        {
          deck->current = group_new (deck, text, TRUE);
          return;
        }
      if (deck->section_is_macroarea)
        deck->section = SECTION_MACROAREA;
      else if (g_strcmp0 (block->anchor, "health-integration") == 0)
        deck->section = SECTION_HEALTH;
      else if (g_strcmp0 (block->anchor, "sovra-ambito-projects") == 0)
        deck->section = SECTION_SOVRA;
      else if (g_strcmp0 (block->anchor, "extra-actions") == 0)
        deck->section = SECTION_EXTRA;
      else
        deck->section = SECTION_SKIP;
      deck->skip_projects = g_strcmp0 (block->anchor, "projects") == 0;

      g_free (deck->section_title);
      deck->section_title = g_strdup (text);
      /* the health objectives with nothing to report share one slide, and
       * the sovra-ambito projects another, as in the seed; the extra
       * actions that the report's title promises one more */
      if (deck->section == SECTION_HEALTH || deck->section == SECTION_SOVRA || deck->section == SECTION_EXTRA)
        deck->current = group_new (deck, text, TRUE);
      return;
    }

  switch (deck->section)
    {
    case SECTION_MACROAREA:
    case SECTION_HEALTH:
      if (block->level == 3)
        {
          /* one slide per objective */
          deck->current = group_new (deck, deck->section_title, TRUE);
          g_ptr_array_add (deck->current->paras, para_new (PARA_SUBTITLE, 0, text, 20.0, TRUE));
        }
      else
        note (deck, text);
      break;
    case SECTION_SKIP:
      /* the projects of the ambito: named in the notes of the key figures */
      if (block->level == 3 && deck->skip_projects)
        {
          key_figures_note (deck, deck->projects_named ? NULL : deck->section_title, text);
          deck->projects_named = TRUE;
        }
      break;
    case SECTION_CHANGES:
      /* the parts of the section: a label over their bullets */
      if (deck->current != NULL)
        add_bullet (deck->current, 0, text, NULL)->bold = TRUE;
      break;
    case SECTION_SOVRA:
      if (deck->current == NULL)
        break;
      if (block->level == 3)
        add_bullet (deck->current, 0, text, NULL)->bold = TRUE;
      else
        g_ptr_array_add (deck->current->paras, para_new (PARA_LABEL, 1, text, 15.0, FALSE));
      break;
    default:
      break;
    }
}

static void
walk_list (Deck           *deck,
           PdzReportBlock *block)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GArray) levels = NULL;

  if (g_strcmp0 (block->klass, "figures") == 0)
    {
      if (deck->key_figures == NULL)
        deck->key_figures = group_new (deck, _pdz_report_msg (deck->ctx, PDZ_MSG_KEY_FIGURES), FALSE);
      for (guint i = 0; i < block->items->len; i++)
        {
          g_autofree char *text = inlines_all (block->items->pdata[i]);

          add_bullet (deck->key_figures, 0, text, NULL);
        }
      return;
    }

  if (deck->current == NULL || deck->section == SECTION_SKIP || deck->section == SECTION_SUMMARY)
    return;

  items = _pdz_doc_list_flatten (block, &levels);
  for (guint i = 0; i < items->len; i++)
    {
      GPtrArray *inlines = items->pdata[i];
      g_autofree char *text = bullet_text (inlines);
      g_autofree char *all = inlines_all (inlines);
      guint level = g_array_index (levels, guint, i);

      /* under a sovra-ambito project, its interventions and actions; under
       * the label of a part of what changed, its items */
      if (deck->section == SECTION_SOVRA || deck->section == SECTION_CHANGES)
        level = 1;
      add_bullet (deck->current, MIN (level, 1), text, all);
    }
}

static void
walk_table (Deck           *deck,
            PdzReportBlock *block)
{
  g_autofree char *previous_group = NULL;

  if (deck->section == SECTION_SKIP && g_strcmp0 (block->klass, "partners") == 0)
    {
      for (guint r = 0; r < block->rows->len; r++)
        {
          GPtrArray *row = block->rows->pdata[r];
          g_autofree char *name = row->len > 0 ? bullet_text (row->pdata[0]) : g_strdup ("");

          key_figures_note (deck, r == 0 ? _pdz_report_msg (deck->ctx, PDZ_MSG_PARTNERS) : NULL, name);
        }
      return;
    }

  if (deck->section == SECTION_SUMMARY && deck->current != NULL && block->group_first_column)
    {
      /* the seed's "Schema di sintesi": each macroarea, its objectives */
      for (guint r = 0; r < block->rows->len; r++)
        {
          GPtrArray *row = block->rows->pdata[r];
          g_autofree char *group = row->len > 0 ? inlines_all (row->pdata[0]) : g_strdup ("");
          g_autofree char *objective = row->len > 1 ? inlines_all (row->pdata[1]) : g_strdup ("");
          g_autoptr(GString) detail = NULL;

          /* an outline of objectives: no row of totals, nor the project
           * actions' row, which names no objective */
          if (_pdz_doc_table_row_class (block, r) != NULL)
            continue;
          detail = g_string_new (objective);
          if (g_strcmp0 (group, previous_group) != 0)
            add_bullet (deck->current, 0, group, NULL)->bold = TRUE;
          g_free (previous_group);
          previous_group = g_strdup (group);

          for (guint c = 2; c < row->len && c < block->columns->len; c++)
            {
              g_autofree char *cell = inlines_all (row->pdata[c]);

              if (*cell != '\0')
                g_string_append_printf (detail, " · %s: %s",
                                        g_array_index (block->columns, PdzReportColumn, c).header, cell);
            }
          add_bullet (deck->current, 1, objective, detail->str);
        }
      return;
    }

  if (deck->section == SECTION_SKIP || deck->section == SECTION_NONE)
    return;

  if (deck->section == SECTION_CHANGES && deck->current != NULL)
    {
      /* the transitions and the funding: a bullet per row, "previsto →
       * concluso · Azioni: 7", the cells that say something */
      for (guint r = 0; r < block->rows->len; r++)
        {
          GPtrArray *row = block->rows->pdata[r];
          g_autoptr(GString) line = g_string_new (NULL);

          for (guint c = 0; c < row->len && c < block->columns->len; c++)
            {
              g_autofree char *cell = inlines_all (row->pdata[c]);

              if (c == 0)
                g_string_append (line, cell);
              else if (*cell != '\0' && g_strcmp0 (cell, "0") != 0)
                g_string_append_printf (line, " · %s: %s",
                                        g_array_index (block->columns, PdzReportColumn, c).header, cell);
            }
          add_bullet (deck->current, 1, line->str, NULL);
        }
      return;
    }

  /* indicators and the like: their rows in the notes */
  for (guint r = 0; r < block->rows->len; r++)
    {
      GPtrArray *row = block->rows->pdata[r];
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint c = 0; c < row->len && c < block->columns->len; c++)
        {
          g_autofree char *cell = inlines_all (row->pdata[c]);

          if (line->len > 0)
            g_string_append (line, " · ");
          g_string_append_printf (line, "%s: %s", g_array_index (block->columns, PdzReportColumn, c).header, cell);
        }
      note (deck, line->str);
    }
}

static void
walk_document (Deck              *deck,
               PdzReportDocument *doc)
{
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      PdzReportBlock *block = doc->blocks->pdata[i];

      switch (block->kind)
        {
        case PDZ_BLOCK_COVER:
          walk_cover (deck, block);
          break;
        case PDZ_BLOCK_SECTION_BEGIN:
          deck->current = NULL;
          deck->section_is_macroarea = block->klass != NULL && strstr (block->klass, "macroarea") != NULL;
          deck->section = g_strcmp0 (block->klass, "summary") == 0 ? SECTION_SUMMARY : SECTION_PENDING;
          if (g_strcmp0 (block->klass, "changes") == 0)
            deck->section = SECTION_CHANGES;
          if (g_strcmp0 (block->klass, "toc") == 0 || g_strcmp0 (block->klass, "charts") == 0)
            deck->section = SECTION_SKIP;
          break;
        case PDZ_BLOCK_SECTION_END:
          deck->current = NULL;
          deck->section = SECTION_NONE;
          g_string_truncate (deck->pending_notes, 0);
          break;
        case PDZ_BLOCK_HEADING:
          walk_heading (deck, block);
          break;
        case PDZ_BLOCK_PARAGRAPH:
          if (deck->section == SECTION_CHANGES && deck->current != NULL)
            {
              g_autofree char *text = inlines_all (block->inlines);

              /* the old round named, or that nothing changed */
              g_ptr_array_add (deck->current->paras, para_new (PARA_LABEL, 0, text, 16.0, FALSE));
            }
          else if (deck->section != SECTION_SKIP && deck->section != SECTION_NONE)
            {
              g_autofree char *text = inlines_all (block->inlines);

              note (deck, text);
            }
          break;
        case PDZ_BLOCK_LIST:
          walk_list (deck, block);
          break;
        case PDZ_BLOCK_TABLE:
          walk_table (deck, block);
          break;
        default:
          break;
        }
    }

  if (deck->key_figures != NULL)
    g_ptr_array_add (deck->groups, g_steal_pointer (&deck->key_figures));
  if (deck->contacts != NULL)
    g_ptr_array_add (deck->groups, g_steal_pointer (&deck->contacts));
}

/* Slides ------------------------------------------------------------------------ */

static Slide *
slide_new (Deck  *deck,
           Group *group)
{
  Slide *slide = g_new0 (Slide, 1);

  slide->title = g_strdup (group->title);
  slide->cover = group->cover;
  slide->paras = g_ptr_array_new_with_free_func ((GDestroyNotify) para_free);
  slide->notes = g_string_new (NULL);
  g_ptr_array_add (deck->slides, slide);
  return slide;
}

static void
slide_add (Slide *slide,
           Para  *para)
{
  if (para->note != NULL)
    {
      g_autofree char *line = g_strconcat ("• ", para->note->str, NULL);

      add_note (slide->notes, line);
    }
  else if (para->kind == PARA_BULLET && !para->continued)
    {
      g_autofree char *line = g_strconcat (para->level > 0 ? "  – " : "• ", para->text, NULL);

      add_note (slide->notes, line);
    }
  g_ptr_array_add (slide->paras, para);
}

/* Splits @para, which does not fit in @room points, at line boundaries,
 * from one layout of it: @para keeps the lines that fit in @room; each
 * next piece, for a slide of its own, the lines that fit in @room_next;
 * the last piece, the rest, which fits on a slide whole (or is a single
 * line). The pieces after the first are returned, to go on without their
 * bullet, each but the last followed by the mark. NULL when not a line
 * fits in @room. Laying the rest out again for every slide would cost
 * time quadratic in the paragraph's length. */
static GPtrArray *
split_para (Deck   *deck,
            Para   *para,
            double  frame_w,
            double  room,
            double  room_next,
            double  frame_h)
{
  g_autoptr(PangoLayout) layout = para_layout (deck, para, frame_w);
  int n = pango_layout_get_line_count (layout);
  double above = para_space_above (para) * CM;
  g_autofree double *bottom = g_new (double, n + 1);
  g_autofree int *start = g_new (int, n + 1);
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (int));
  GPtrArray *pieces;
  char *text = para->text;
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int k = 0;
  int fit = 0;
  double top;

  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      bottom[k] = (double) (logical.y + logical.height) / PANGO_SCALE;
      start[k] = pango_layout_iter_get_index (iter);
      k++;
    }
  while (k < n && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  n = k;
  start[n] = (int) strlen (text);

  while (fit < n && above + bottom[fit] <= room)
    fit++;
  if (fit == 0 || fit >= n)
    return NULL;

  /* the pieces after the first: [cut_j, cut_j+1) */
  g_array_append_val (cuts, fit);
  top = bottom[fit - 1];
  while (above + bottom[n - 1] - top > frame_h)
    {
      int end = g_array_index (cuts, int, cuts->len - 1);
      int from = end;

      while (end < n && above + bottom[end] - top <= room_next)
        end++;
      if (end == from)
        end++;                           /* a line taller than a slide */
      if (end >= n)
        break;
      g_array_append_val (cuts, end);
      top = bottom[end - 1];
    }

  pieces = g_ptr_array_new ();
  for (guint j = 0; j < cuts->len; j++)
    {
      int from = start[g_array_index (cuts, int, j)];
      int to = j + 1 < cuts->len ? start[g_array_index (cuts, int, j + 1)] : start[n];
      Para *piece = para_copy (para, NULL);

      piece->continued = TRUE;
      piece->text = g_strstrip (g_strndup (text + from, to - from));
      g_ptr_array_add (pieces, piece);
    }
  text[start[fit]] = '\0';
  g_strchomp (text);
  return pieces;
}

static Para *
mark_for (Deck       *deck,
          const Para *para)
{
  Para *mark = para_new (PARA_MARK, para->kind == PARA_BULLET || para->kind == PARA_LABEL ? para->level : 0,
                         _pdz_report_msg (deck->ctx, PDZ_MSG_CONTINUED), 12.0, FALSE);

  return mark;
}

static void
paginate_group (Deck  *deck,
                Group *group)
{
  double frame_w = BODY_W * CM;
  double frame_h = BODY_H * CM * SLACK_H;
  guint first_slide = deck->slides->len;
  Slide *slide = slide_new (deck, group);
  double used = 0;
  /* the group's paragraphs, taken: each goes to a slide, whole or split */
  g_autoptr(GPtrArray) queue = g_ptr_array_new ();
  gsize n_paras = 0;
  g_autofree gpointer *paras = g_ptr_array_steal (group->paras, &n_paras);
  /* an objective's slide: its title first, repeated on the slides after */
  Para *subtitle = n_paras > 0 && ((Para *) paras[0])->kind == PARA_SUBTITLE ? paras[0] : NULL;
  Para *probe = mark_for (deck, &(Para) { .kind = PARA_BULLET });
  double mark_h = para_height (deck, probe, frame_w, FALSE);
  /* the paragraph a new slide was begun for */
  Para *forced = NULL;

  para_free (probe);
  for (gsize i = 0; i < n_paras; i++)
    g_ptr_array_add (queue, paras[i]);
  g_string_append (slide->notes, group->notes->str);

  for (guint i = 0; i < queue->len; i++)
    {
      Para *para = queue->pdata[i];
      double h = para_height (deck, para, frame_w, FALSE);
      double need = h;
      GPtrArray *pieces;

      /* a heading in the list stays with the paragraph after it */
      if ((para->kind == PARA_SUBTITLE || para->kind == PARA_LABEL || (para->kind == PARA_BULLET && para->bold)) &&
          i + 1 < queue->len)
        need += MIN (para_height (deck, queue->pdata[i + 1], frame_w, FALSE), frame_h / 3);

      /* on a slide of its own, or under the headings repeated for it
       * (which leave it room), it goes in whether or not what it should
       * stay with follows: else the headings would be repeated on slide
       * after slide */
      if (used + need <= frame_h || ((slide->paras->len == 0 || para == forced || para->repeat) && used + h <= frame_h))
        {
          slide_add (slide, para);
          used += h;
          continue;
        }

      /* whole, on a slide of its own, when it fits on one */
      if (slide->paras->len > 0 && h <= frame_h)
        {
          slide = slide_new (deck, group);
          used = 0;
          forced = para;
          /* a sub-point (or a heading among them) goes on under its item's
           * text again, without bullet */
          if ((para->kind == PARA_BULLET || para->kind == PARA_LABEL) && para->level > 0)
            {
              for (guint k = i; k-- > 0;)
                {
                  Para *parent = queue->pdata[k];

                  if (parent->kind == PARA_BULLET && parent->level == 0)
                    {
                      Para *again = para_copy (parent, parent->text);
                      double again_h = para_height (deck, again, frame_w, FALSE);

                      again->continued = TRUE;
                      again->repeat = TRUE;
                      /* only when it is short and both fit: else the
                       * sub-point alone */
                      if (again_h <= frame_h / 4 && again_h + h <= frame_h)
                        g_ptr_array_insert (queue, i, again);
                      else
                        para_free (again);
                      break;
                    }
                }
            }
          /* and under the objective's title again, when it is short */
          if (subtitle != NULL && para != subtitle)
            {
              Para *again = para_copy (subtitle, subtitle->text);
              double again_h = para_height (deck, again, frame_w, FALSE);
              Para *next = queue->pdata[i];
              double next_h = next == para ? h : para_height (deck, next, frame_w, FALSE) + h;

              again->continued = TRUE;
              again->repeat = TRUE;
              if (again_h <= frame_h / 4 && again_h + next_h <= frame_h)
                g_ptr_array_insert (queue, i, again);
              else
                para_free (again);
            }
          i--;
          continue;
        }

      /* taller than a slide: the lines that fit here, marked, and the rest
       * on the next slide */
      pieces = split_para (deck, para, frame_w, frame_h - used - mark_h, frame_h - mark_h, frame_h);
      if (pieces == NULL && slide->paras->len > 0)
        {
          slide = slide_new (deck, group);
          used = 0;
          i--;
          continue;
        }
      if (pieces == NULL)
        {
          /* not a line fits on an empty slide: cannot happen at our sizes */
          slide_add (slide, para);
          continue;
        }
      slide_add (slide, para);
      slide_add (slide, mark_for (deck, para));
      /* the pieces that fill a slide each, marked; the rest goes on */
      for (guint j = 0; j + 1 < pieces->len; j++)
        {
          slide = slide_new (deck, group);
          slide_add (slide, pieces->pdata[j]);
          slide_add (slide, mark_for (deck, pieces->pdata[j]));
        }
      g_ptr_array_insert (queue, i + 1, pieces->pdata[pieces->len - 1]);
      g_ptr_array_unref (pieces);
      slide = slide_new (deck, group);
      used = 0;
      forced = NULL;
    }

  /* "(2/3)" after the title of each slide of a group of several */
  if (deck->slides->len - first_slide > 1)
    {
      guint m = deck->slides->len - first_slide;

      for (guint k = 0; k < m; k++)
        {
          Slide *s = deck->slides->pdata[first_slide + k];
          char *title = g_strdup_printf ("%s (%u/%u)", s->title, k + 1, m);

          g_free (s->title);
          s->title = title;
        }
    }
}

/* Sets @text in the largest of @sizes at which it fits @width by @height;
 * at the smallest, cut with "…" to fit. Returns the size; @text may be cut. */
static double
fit_text (Deck    *deck,
          char   **text,
          gboolean bold,
          const double *sizes,
          guint    n_sizes,
          double   width,
          double   height)
{
  double size = sizes[n_sizes - 1];
  glong length, lo, hi;

  for (guint i = 0; i < n_sizes; i++)
    {
      g_autoptr(PangoLayout) layout = measure_layout (deck, *text, sizes[i], bold, FALSE, width);

      if (layout_height (layout) <= height)
        return sizes[i];
    }

  /* the longest beginning that fits, with "…" */
  length = g_utf8_strlen (*text, -1);
  lo = 0;
  hi = length;
  while (lo < hi)
    {
      glong mid = (lo + hi + 1) / 2;
      g_autofree char *cut = g_utf8_substring (*text, 0, mid);
      g_autofree char *candidate = g_strconcat (g_strchomp (cut), "…", NULL);
      g_autoptr(PangoLayout) layout = measure_layout (deck, candidate, size, bold, FALSE, width);

      if (layout_height (layout) <= height)
        lo = mid;
      else
        hi = mid - 1;
    }
  {
    g_autofree char *cut = g_utf8_substring (*text, 0, lo);

    g_free (*text);
    *text = g_strconcat (g_strchomp (cut), "…", NULL);
  }
  return size;
}

static void
fit_titles (Deck *deck)
{
  static const double title_sizes[] = { 28.0, 22.0, 18.0 };
  static const double cover_sizes[] = { 36.0, 28.0, 20.0, 14.0 };

  for (guint i = 0; i < deck->slides->len; i++)
    {
      Slide *slide = deck->slides->pdata[i];
      g_autofree char *whole = g_strdup (slide->title);

      if (slide->cover)
        slide->title_size = fit_text (deck, &slide->title, TRUE, cover_sizes, G_N_ELEMENTS (cover_sizes),
                                      25.0 * CM, COVER_TITLE_H * CM * SLACK_H);
      else
        slide->title_size = fit_text (deck, &slide->title, TRUE, title_sizes, G_N_ELEMENTS (title_sizes),
                                      TITLE_W * CM, TITLE_H * CM * SLACK_H);
      /* cut: the whole title is in the notes */
      if (g_strcmp0 (whole, slide->title) != 0)
        {
          GString *notes = g_string_new (whole);

          add_note (notes, slide->notes->str);
          g_string_free (slide->notes, TRUE);
          slide->notes = notes;
        }
    }
}

/* The cover's lines, in their frame: smaller, then cut, until they fit */
static void
fit_cover (Deck  *deck,
           Slide *slide)
{
  double frame_w = 25.0 * CM;
  double frame_h = COVER_SUB_H * CM * SLACK_H;
  double total;

  for (guint round = 0; round < 40; round++)
    {
      total = 0;
      for (guint i = 0; i < slide->paras->len; i++)
        total += para_height (deck, slide->paras->pdata[i], frame_w, FALSE);
      if (total <= frame_h)
        return;

      for (guint i = 0; i < slide->paras->len; i++)
        {
          Para *para = slide->paras->pdata[i];

          if (round < 3)
            para->size = MAX (para->size * 0.8, 12.0);
          else
            {
              /* the longest line loses a fifth of itself */
              glong length = g_utf8_strlen (para->text, -1);

              if (length > 20)
                {
                  g_autofree char *cut = g_utf8_substring (para->text, 0, length * 4 / 5);

                  g_free (para->text);
                  para->text = g_strconcat (g_strchomp (cut), "…", NULL);
                }
            }
        }
    }
}

/* XML --------------------------------------------------------------------------- */

typedef struct {
  GString *styles;                       /* (owned): the automatic styles made */
  GHashTable *names;                     /* (owned): style key -> name */
} Styles;

static void
append_text (GString    *out,
             const char *text)
{
  gboolean at_start = TRUE;

  for (const char *p = text; *p != '\0';)
    {
      if (*p == '\n')
        {
          g_string_append (out, "<text:line-break/>");
          at_start = TRUE;
          p++;
        }
      else if (*p == ' ')
        {
          guint n = 0;

          while (p[n] == ' ')
            n++;
          /* ODF keeps one space between words: the others, and one at the
           * start of a line, are text:s */
          if (at_start)
            g_string_append_printf (out, "<text:s text:c=\"%u\"/>", n);
          else
            {
              g_string_append_c (out, ' ');
              if (n > 1)
                g_string_append_printf (out, "<text:s text:c=\"%u\"/>", n - 1);
            }
          p += n;
        }
      else
        {
          const char *end = p;
          g_autofree char *run = NULL;

          while (*end != '\0' && *end != '\n' && *end != ' ')
            end++;
          run = g_strndup (p, end - p);
          _pdz_report_append_escaped_xml (out, run);
          at_start = FALSE;
          p = end;
        }
    }
}

static char *
num (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.3f", value));
}

/* The name of an automatic paragraph style */
static const char *
para_style (Styles     *st,
            double      size,
            gboolean    bold,
            gboolean    italic,
            double      above,
            const char *colour)
{
  g_autofree char *size_s = num (size);
  g_autofree char *above_s = num (above);
  g_autofree char *key = g_strdup_printf ("%s|%d|%d|%s|%s", size_s, bold, italic, above_s, colour);
  const char *name = g_hash_table_lookup (st->names, key);

  if (name != NULL)
    return name;

  name = g_strdup_printf ("P%u", g_hash_table_size (st->names) + 1);
  g_string_append_printf (st->styles,
                          "  <style:style style:name=\"%s\" style:family=\"paragraph\">\n"
                          "   <style:paragraph-properties fo:margin-top=\"%scm\" fo:margin-bottom=\"0cm\""
                          " fo:line-height=\"100%%\" fo:text-align=\"start\"/>\n"
                          "   <style:text-properties style:font-name=\"" DECK_FONT "\" fo:font-size=\"%spt\""
                          " fo:font-weight=\"%s\" fo:font-style=\"%s\" fo:color=\"%s\"/>\n"
                          "  </style:style>\n",
                          name, above_s, size_s, bold ? "bold" : "normal", italic ? "italic" : "normal", colour);
  g_hash_table_insert (st->names, g_steal_pointer (&key), (gpointer) name);
  return name;
}

static void
append_para (GString    *out,
             Styles     *st,
             const Para *para)
{
  const char *colour = para->kind == PARA_SUBTITLE ? "#0072b2" : para->kind == PARA_MARK ? "#555555" : "#1a1a1a";
  const char *style = para_style (st, para->size, para->bold, para_italic (para), para_space_above (para), colour);
  gboolean listed = para->kind == PARA_BULLET || para->kind == PARA_LABEL || para->kind == PARA_MARK;
  gboolean header = para->kind != PARA_BULLET || para->continued;

  if (listed)
    {
      /* a list of one item, nested as deep as its level: the list style
       * sets the bullet and the indent; a list header has no bullet */
      g_string_append (out, "<text:list text:style-name=\"L1\">");
      if (para->level > 0)
        g_string_append (out, "<text:list-item><text:list>");
      g_string_append (out, header ? "<text:list-header>" : "<text:list-item>");
    }
  g_string_append_printf (out, "<text:p text:style-name=\"%s\">", style);
  append_text (out, para->text);
  g_string_append (out, "</text:p>");
  if (listed)
    {
      g_string_append (out, header ? "</text:list-header>" : "</text:list-item>");
      if (para->level > 0)
        g_string_append (out, "</text:list></text:list-item>");
      g_string_append (out, "</text:list>");
    }
  g_string_append_c (out, '\n');
}

static void
append_frame (GString    *out,
              const char *style,
              const char *klass,
              double      x,
              double      y,
              double      w,
              double      h)
{
  g_autofree char *xs = num (x), *ys = num (y), *ws = num (w), *hs = num (h);

  g_string_append (out, "<draw:frame");
  if (klass != NULL)
    g_string_append_printf (out, " presentation:class=\"%s\" presentation:style-name=\"%s\""
                                 " presentation:user-transformed=\"true\"", klass, style);
  else
    g_string_append_printf (out, " draw:style-name=\"%s\"", style);
  g_string_append_printf (out, " draw:layer=\"layout\" svg:x=\"%scm\" svg:y=\"%scm\" svg:width=\"%scm\""
                               " svg:height=\"%scm\"><draw:text-box>\n", xs, ys, ws, hs);
}

static void
append_slide (GString     *out,
              Styles      *st,
              const Slide *slide,
              guint        number)
{
  g_string_append_printf (out, "<draw:page draw:name=\"page%u\" draw:style-name=\"dp1\""
                               " draw:master-page-name=\"Default\">\n", number);

  if (slide->cover)
    {
      append_frame (out, "pr-title", "title", 1.5, COVER_TITLE_Y, 25.0, COVER_TITLE_H);
      g_string_append_printf (out, "<text:p text:style-name=\"%s\">",
                              para_style (st, slide->title_size, TRUE, FALSE, 0, "#003e63"));
      append_text (out, slide->title);
      g_string_append (out, "</text:p>\n</draw:text-box></draw:frame>\n");
      append_frame (out, "gr-body", NULL, 1.5, COVER_SUB_Y, 25.0, COVER_SUB_H);
    }
  else
    {
      append_frame (out, "pr-title", "title", TITLE_X, TITLE_Y, TITLE_W, TITLE_H);
      g_string_append_printf (out, "<text:p text:style-name=\"%s\">",
                              para_style (st, slide->title_size, TRUE, FALSE, 0, "#003e63"));
      append_text (out, slide->title);
      g_string_append (out, "</text:p>\n</draw:text-box></draw:frame>\n");
      append_frame (out, "gr-body", NULL, BODY_X, BODY_Y, BODY_W, BODY_H);
    }

  for (guint i = 0; i < slide->paras->len; i++)
    append_para (out, st, slide->paras->pdata[i]);
  if (slide->paras->len == 0)
    g_string_append (out, "<text:p/>\n");
  g_string_append (out, "</draw:text-box></draw:frame>\n");

  /* the speaker notes: one paragraph per line */
  g_string_append_printf (out, "<presentation:notes draw:style-name=\"dp2\">\n"
                               "<draw:page-thumbnail draw:style-name=\"gr-thumb\" draw:layer=\"layout\""
                               " svg:width=\"14cm\" svg:height=\"7.875cm\" svg:x=\"3.5cm\" svg:y=\"1.5cm\""
                               " draw:page-number=\"%u\" presentation:class=\"page\"/>\n", number);
  append_frame (out, "pr-notes", "notes", 2.0, 10.5, 17.0, 17.0);
  {
    g_auto(GStrv) lines = g_strsplit (slide->notes->str, "\n", -1);
    gboolean any = FALSE;

    for (guint i = 0; lines[i] != NULL; i++)
      {
        if (*lines[i] == '\0')
          continue;
        g_string_append (out, "<text:p>");
        append_text (out, lines[i]);
        g_string_append (out, "</text:p>\n");
        any = TRUE;
      }
    if (!any)
      g_string_append (out, "<text:p/>\n");
  }
  g_string_append (out, "</draw:text-box></draw:frame>\n</presentation:notes>\n</draw:page>\n");
}

#define NAMESPACES \
  " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"" \
  " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\"" \
  " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"" \
  " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"" \
  " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\"" \
  " xmlns:xlink=\"http://www.w3.org/1999/xlink\"" \
  " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"" \
  " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"" \
  " xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\"" \
  " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"" \
  " office:version=\"1.2\""

#define FONT_FACES \
  "<office:font-face-decls>\n" \
  " <style:font-face style:name=\"" DECK_FONT "\" svg:font-family=\"'" DECK_FONT "'\"" \
  " style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/>\n" \
  "</office:font-face-decls>\n"

/* Frames that never grow, shrink nor fit their text: the measure decides */
#define FRAME_PROPERTIES \
  "draw:stroke=\"none\" draw:fill=\"none\" draw:auto-grow-height=\"false\" draw:auto-grow-width=\"false\"" \
  " draw:fit-to-size=\"false\" style:shrink-to-fit=\"false\" fo:min-height=\"0cm\"" \
  " fo:padding-top=\"0cm\" fo:padding-bottom=\"0cm\" fo:padding-left=\"0cm\" fo:padding-right=\"0cm\"" \
  " fo:wrap-option=\"wrap\""

static char *
content_xml (Deck *deck)
{
  Styles st = { g_string_new (NULL), g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free) };
  g_autoptr(GString) body = g_string_new (NULL);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < deck->slides->len; i++)
    append_slide (body, &st, deck->slides->pdata[i], i + 1);

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<office:document-content" NAMESPACES ">\n" FONT_FACES
                        "<office:automatic-styles>\n"
                        "  <style:style style:name=\"dp1\" style:family=\"drawing-page\">\n"
                        "   <style:drawing-page-properties presentation:background-visible=\"true\""
                        " presentation:background-objects-visible=\"true\" presentation:display-footer=\"false\""
                        " presentation:display-page-number=\"false\" presentation:display-date-time=\"false\"/>\n"
                        "  </style:style>\n"
                        "  <style:style style:name=\"dp2\" style:family=\"drawing-page\"/>\n"
                        "  <style:style style:name=\"pr-title\" style:family=\"presentation\">\n"
                        "   <style:graphic-properties " FRAME_PROPERTIES " draw:textarea-vertical-align=\"middle\"/>\n"
                        "  </style:style>\n"
                        "  <style:style style:name=\"pr-notes\" style:family=\"presentation\">\n"
                        "   <style:graphic-properties draw:fill=\"none\" draw:stroke=\"none\"/>\n"
                        "  </style:style>\n"
                        "  <style:style style:name=\"gr-body\" style:family=\"graphic\">\n"
                        "   <style:graphic-properties " FRAME_PROPERTIES " draw:textarea-vertical-align=\"top\"/>\n"
                        "  </style:style>\n"
                        "  <style:style style:name=\"gr-thumb\" style:family=\"graphic\"/>\n"
                        "  <text:list-style style:name=\"L1\">\n"
                        "   <text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\""
                        " text:bullet-relative-size=\"100%\">\n"
                        "    <style:list-level-properties text:space-before=\"0.1cm\" text:min-label-width=\"0.6cm\"/>\n"
                        "    <style:text-properties fo:font-family=\"'" DECK_FONT "'\" fo:color=\"#0072b2\"/>\n"
                        "   </text:list-level-style-bullet>\n"
                        "   <text:list-level-style-bullet text:level=\"2\" text:bullet-char=\"–\""
                        " text:bullet-relative-size=\"100%\">\n"
                        "    <style:list-level-properties text:space-before=\"0.9cm\" text:min-label-width=\"0.6cm\"/>\n"
                        "    <style:text-properties fo:font-family=\"'" DECK_FONT "'\" fo:color=\"#0072b2\"/>\n"
                        "   </text:list-level-style-bullet>\n"
                        "  </text:list-style>\n");
  g_string_append_len (out, st.styles->str, st.styles->len);
  g_string_append (out, "</office:automatic-styles>\n<office:body>\n<office:presentation>\n");
  g_string_append_len (out, body->str, body->len);
  g_string_append (out, "</office:presentation>\n</office:body>\n</office:document-content>\n");

  g_string_free (st.styles, TRUE);
  g_hash_table_unref (st.names);
  return g_string_free (out, FALSE);
}

static char *
styles_xml (Deck *deck)
{
  const char *language = deck->ctx->cat->language;
  const char *country = g_strcmp0 (language, "it") == 0 ? "IT" : "GB";

  return g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<office:document-styles" NAMESPACES ">\n" FONT_FACES
                          "<office:styles>\n"
                          " <style:default-style style:family=\"graphic\">\n"
                          "  <style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0cm\"/>\n"
                          "  <style:text-properties style:font-name=\"" DECK_FONT "\" fo:font-size=\"18pt\""
                          " fo:language=\"%s\" fo:country=\"%s\" fo:color=\"#1a1a1a\"/>\n"
                          " </style:default-style>\n"
                          "</office:styles>\n"
                          "<office:automatic-styles>\n"
                          " <style:page-layout style:name=\"PM1\">\n"
                          "  <style:page-layout-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0cm\""
                          " fo:margin-left=\"0cm\" fo:margin-right=\"0cm\" fo:page-width=\"28cm\""
                          " fo:page-height=\"15.75cm\" style:print-orientation=\"landscape\"/>\n"
                          " </style:page-layout>\n"
                          " <style:page-layout style:name=\"PM2\">\n"
                          "  <style:page-layout-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0cm\""
                          " fo:margin-left=\"0cm\" fo:margin-right=\"0cm\" fo:page-width=\"21cm\""
                          " fo:page-height=\"29.7cm\" style:print-orientation=\"portrait\"/>\n"
                          " </style:page-layout>\n"
                          " <style:style style:name=\"Mdp1\" style:family=\"drawing-page\">\n"
                          "  <style:drawing-page-properties draw:background-size=\"border\" draw:fill=\"solid\""
                          " draw:fill-color=\"#ffffff\"/>\n"
                          " </style:style>\n"
                          "</office:automatic-styles>\n"
                          "<office:master-styles>\n"
                          " <draw:layer-set>\n"
                          "  <draw:layer draw:name=\"layout\"/>\n"
                          "  <draw:layer draw:name=\"background\"/>\n"
                          "  <draw:layer draw:name=\"backgroundobjects\"/>\n"
                          "  <draw:layer draw:name=\"controls\"/>\n"
                          "  <draw:layer draw:name=\"measurelines\"/>\n"
                          " </draw:layer-set>\n"
                          " <style:master-page style:name=\"Default\" style:page-layout-name=\"PM1\""
                          " draw:style-name=\"Mdp1\">\n"
                          "  <presentation:notes style:page-layout-name=\"PM2\"/>\n"
                          " </style:master-page>\n"
                          "</office:master-styles>\n"
                          "</office:document-styles>\n",
                          language, country);
}

static char *
meta_xml (Deck       *deck,
          const char *title)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (deck->ctx->generated);
  g_autofree char *date = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S");
  GString *out = g_string_new (NULL);

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<office:document-meta" NAMESPACES ">\n<office:meta>\n"
                        " <meta:generator>libpdz " PDZ_VERSION_S "</meta:generator>\n <dc:title>");
  append_text (out, title);
  g_string_append_printf (out, "</dc:title>\n <dc:language>%s</dc:language>\n"
                               " <meta:creation-date>%s</meta:creation-date>\n <dc:date>%s</dc:date>\n"
                               "</office:meta>\n</office:document-meta>\n",
                          deck->ctx->cat->language, date, date);
  return g_string_free (out, FALSE);
}

GBytes *
_pdz_report_write_odp (const PdzReportContext  *ctx,
                       GError                 **error)
{
  g_autoptr(PdzReportDocument) doc = _pdz_report_document_new (ctx);
  g_autoptr(PdzOdfWriter) writer = NULL;
  g_autofree char *content = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *title = deck_text (doc->title);
  Deck deck = { 0, };
  gboolean ok;

  deck.ctx = ctx;
  deck.context = _pdz_report_pango_context_new ();
  deck.groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  deck.slides = g_ptr_array_new_with_free_func ((GDestroyNotify) slide_free);
  deck.pending_notes = g_string_new (NULL);

  walk_document (&deck, doc);
  for (guint i = 0; i < deck.groups->len; i++)
    {
      Group *group = deck.groups->pdata[i];

      /* a section that shows nothing on a slide has no slide */
      if (group->paras->len == 0 && !group->cover)
        continue;
      paginate_group (&deck, group);
      if (group->cover)
        fit_cover (&deck, deck.slides->pdata[deck.slides->len - 1]);
    }
  fit_titles (&deck);

  content = content_xml (&deck);
  styles = styles_xml (&deck);
  meta = meta_xml (&deck, title);

  g_ptr_array_unref (deck.slides);
  g_ptr_array_unref (deck.groups);
  group_free (deck.key_figures);
  group_free (deck.contacts);
  g_string_free (deck.pending_notes, TRUE);
  g_free (deck.section_title);
  g_object_unref (deck.context);

  /* the zip's entries dated as the report is: the same bytes for the same
   * plan and date */
  writer = _pdz_odf_writer_new_at ("application/vnd.oasis.opendocument.presentation", ctx->generated, error);
  ok = writer != NULL &&
       _pdz_odf_writer_add (writer, "content.xml", "text/xml", content, strlen (content), error) &&
       _pdz_odf_writer_add (writer, "styles.xml", "text/xml", styles, strlen (styles), error) &&
       _pdz_odf_writer_add (writer, "meta.xml", "text/xml", meta, strlen (meta), error);
  if (!ok)
    return NULL;
  return _pdz_odf_writer_finish (writer, error);
}
