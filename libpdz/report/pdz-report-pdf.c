/* pdz-report-pdf.c: the report as an A4 PDF, drawn with cairo and Pango
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A walker of the document of pdz-report-document.c, as the HTML and
 * Markdown writers are: the same blocks in the same order. It works in
 * three steps:
 *
 *  1. layout: every block becomes items (a heading, a paragraph, a list
 *     item, a table row, a figure) made of boxes of text that Pango lays
 *     out at their width, in points;
 *  2. pagination: the items are placed on A4 pages. Headings stay with
 *     what follows them; list items and table rows are never split, and a
 *     table's header row is repeated at the top of every page it goes on
 *     to; paragraphs may break between lines (never leaving one line
 *     alone); an item taller than a whole page goes on over the page at a
 *     line boundary, its part ending with "(segue)" / "(continued)". Only
 *     then is the number of pages known;
 *  3. drawing, once the pages are known: the footer of every page after
 *     the cover ("plan · round · pagina N di M"), the page numbers of the
 *     contents, the outline (bookmarks), the links and their targets, and
 *     the structure tags of cairo 1.16 (Document, Sect, H1-H4, P, L, LI,
 *     Lbl, LBody, Table, TR, TH, TD, TOC, TOCI, Figure, Link).
 *
 * The fonts are Liberation Sans, then DejaVu Sans (pdz-report-pango.c);
 * cairo embeds the subsets it uses. Charts are the SVG of
 * pdz-report-svg.c, drawn by librsvg. The creation and modification dates
 * are the report's date of generation (SOURCE_DATE_EPOCH when set), so the
 * same plan gives the same bytes. cairo 1.16 writes no /Lang and no /Alt:
 * doc/report.md says what the document does instead.
 */

#include "pdz-report-builder-private.h"
#include "pdz-report-pango-private.h"

#include <cairo-pdf.h>
#include <librsvg/rsvg.h>

/* A4 portrait, in points */
/* The space inside either end of a badge: narrow, and no break */
#define BADGE_SPACE "\u202f"
#define PAGE_W 595.2756
#define PAGE_H 841.8898
#define MARGIN_X 56.6929                 /* 20 mm */
#define MARGIN_TOP 56.6929
#define MARGIN_BOTTOM 70.8661            /* 25 mm: the footer sits in it */
#define BODY_W (PAGE_W - 2 * MARGIN_X)
#define BODY_TOP MARGIN_TOP
#define BODY_BOTTOM (PAGE_H - MARGIN_BOTTOM)
#define BODY_H (BODY_BOTTOM - BODY_TOP)
#define FOOTER_RULE_Y (PAGE_H - 50.0)
#define FOOTER_TOP (PAGE_H - 45.0)

#define CELL_PAD_X 3.5
#define CELL_PAD_Y 2.5
#define LIST_INDENT 14.0
#define TOC_NUMBER_W 36.0
#define FIGURE_MAX_H (BODY_H * 0.55)

/* Colours, as in the HTML report */
#define INK 0x1a1a1a
#define MUTED 0x555555
#define ACCENT 0x0072b2
#define RULE 0xc8c8c8
#define HEADER_BG 0xf0f0f0
#define GROUP_BG 0xf7f7f7

/* Outline titles and document metadata longer than this are cut with "…" */
#define MAX_META_CHARS 400

/* Items ------------------------------------------------------------------ */

typedef struct {
  guint start, end;                      /* bytes of the layout's text */
  char *target;                          /* (owned): an anchor, or a URI */
  gboolean uri;
} Link;

typedef struct {
  guint index;                           /* byte of the layout's text */
  char *name;                            /* (owned) */
} Anchor;

/* One layout, at an offset in its item */
typedef struct {
  PangoLayout *layout;                   /* (owned) */
  double x;                              /* from the left of the body */
  double width;
  guint32 colour;
  const char *tag;                       /* static: its structure element */
  GArray *links;                         /* (owned) of Link */
  GArray *anchors;                       /* (owned) of Anchor */
  guint n_lines;
  PangoLayoutLine **lines;               /* (owned) n_lines, of the layout: its
                                          * n-th line in constant time */
  double *line_top;                      /* (owned) n_lines + 1: the last is the height */
  double *baseline;                      /* (owned) n_lines */
  double *line_x;                        /* (owned) n_lines: the left of each line, aligned */
} Box;

typedef enum {
  ITEM_TEXT,                             /* boxes side by side: a heading, a paragraph, a list item */
  ITEM_ROW,                              /* a table row: one box per cell */
  ITEM_FIGURE,                           /* a chart */
} ItemKind;

typedef struct _Item Item;

typedef struct {
  Item *header;                          /* (nullable) its header row */
  GArray *column_x;                      /* (owned) of double, n_columns + 1 */
  gboolean grouped;                      /* the first column is a group */
} Table;

struct _Item {
  ItemKind kind;
  GPtrArray *boxes;                      /* (owned) of Box */
  double space_before;                   /* dropped at the top of a page */
  double pad_top, pad_bottom;
  gboolean keep_with_next;
  gboolean break_before;
  gboolean flow;                         /* may break between lines, unmarked */
  gboolean cover;                        /* part of the cover: no footer on its pages */
  double cover_top;                      /* the cover's first item: space kept at the top */

  /* structure: container elements opened before it and closed after it */
  GPtrArray *open;                       /* (owned) (nullable) of static char* */
  guint n_close;

  /* where the outline and the links go */
  char *anchor;                          /* (owned) (nullable): a destination at its top */
  int outline_level;                     /* 0: none; 1 a section, 2 an objective */
  char *outline_title;                   /* (owned) (nullable) */
  char *toc_target;                      /* (owned) (nullable): a contents entry: the page of this anchor */

  /* rows */
  Table *table;                          /* (nullable) not owned: the writer's */
  gboolean header_row;
  gboolean group_continues;              /* its group cell repeats the row above's */
  guint32 background;                    /* 0: none */

  /* figures */
  RsvgHandle *svg;                       /* (owned) (nullable) */
  double figure_w, figure_h;
};

/* Where a part of an item goes */
typedef struct {
  Item *item;
  guint page;
  double y;                              /* its top */
  double height;
  guint *first;                          /* (owned): per box, its first line */
  guint *end;                            /* (owned): per box, past its last line */
  gboolean first_part;
  gboolean last_part;
  gboolean continued;                    /* ends with the mark */
  gboolean repeat;                       /* a header row repeated: drawn untagged */
  gboolean show_group;                   /* a row's group cell is drawn */
} Placement;

typedef struct {
  const PdzReportContext *ctx;
  PangoContext *context;                 /* (owned) */
  GPtrArray *items;                      /* (owned) of Item */
  GPtrArray *tables;                     /* (owned) of Table */
  GPtrArray *placements;                 /* (owned) of Placement */
  GHashTable *anchor_pages;              /* (owned) anchor -> page + 1 */
  guint n_pages;
  guint n_cover_pages;                   /* pages holding the cover only, at the start */
  double mark_h;                         /* the height of the "(segue)" line */

  /* while laying out */
  GPtrArray *pending_open;               /* (owned) of static char* */
  gboolean pending_break;
  gboolean in_contents;

  /* while paginating */
  guint page;
  double y;
} Writer;

static void
box_free (Box *box)
{
  g_clear_object (&box->layout);
  for (guint i = 0; box->links != NULL && i < box->links->len; i++)
    g_free (g_array_index (box->links, Link, i).target);
  g_clear_pointer (&box->links, g_array_unref);
  for (guint i = 0; box->anchors != NULL && i < box->anchors->len; i++)
    g_free (g_array_index (box->anchors, Anchor, i).name);
  g_clear_pointer (&box->anchors, g_array_unref);
  g_free (box->lines);
  g_free (box->line_top);
  g_free (box->baseline);
  g_free (box->line_x);
  g_free (box);
}

static void
item_free (Item *item)
{
  g_clear_pointer (&item->boxes, g_ptr_array_unref);
  g_clear_pointer (&item->open, g_ptr_array_unref);
  g_free (item->anchor);
  g_free (item->outline_title);
  g_free (item->toc_target);
  g_clear_object (&item->svg);
  g_free (item);
}

static void
table_free (Table *table)
{
  g_clear_pointer (&table->column_x, g_array_unref);
  g_free (table);
}

static void
placement_free (Placement *p)
{
  g_free (p->first);
  g_free (p->end);
  g_free (p);
}

/* Rich text: the inlines of the document as text and Pango attributes --- */

typedef struct {
  GString *text;
  PangoAttrList *attrs;
  GArray *links;                         /* of Link */
  GArray *anchors;                       /* of Anchor */
  gboolean meta_after_break;             /* what follows a line break is set smaller and grey */
  double size;
} Rich;

static void
rich_init (Rich   *rich,
           double  size)
{
  rich->text = g_string_new (NULL);
  rich->attrs = pango_attr_list_new ();
  rich->links = g_array_new (FALSE, TRUE, sizeof (Link));
  rich->anchors = g_array_new (FALSE, TRUE, sizeof (Anchor));
  rich->meta_after_break = FALSE;
  rich->size = size;
}

static void
rich_clear (Rich *rich)
{
  if (rich->text != NULL)
    g_string_free (rich->text, TRUE);
  g_clear_pointer (&rich->attrs, pango_attr_list_unref);
  for (guint i = 0; rich->links != NULL && i < rich->links->len; i++)
    g_free (g_array_index (rich->links, Link, i).target);
  g_clear_pointer (&rich->links, g_array_unref);
  for (guint i = 0; rich->anchors != NULL && i < rich->anchors->len; i++)
    g_free (g_array_index (rich->anchors, Anchor, i).name);
  g_clear_pointer (&rich->anchors, g_array_unref);
}

static void
rich_attr (Rich           *rich,
           PangoAttribute *attr,
           guint           start,
           guint           end)
{
  attr->start_index = start;
  attr->end_index = end;
  pango_attr_list_insert (rich->attrs, attr);
}

static PangoAttribute *
attr_colour (guint32  rgb,
             gboolean background)
{
  guint16 r = ((rgb >> 16) & 0xff) * 257;
  guint16 g = ((rgb >> 8) & 0xff) * 257;
  guint16 b = (rgb & 0xff) * 257;

  return background ? pango_attr_background_new (r, g, b) : pango_attr_foreground_new (r, g, b);
}

/* Appends plan text; returns its start */
/* The text of a badge (a status, a mark) as it is set: its words joined
 * by no-break spaces, between narrow no-break spaces, so that it never
 * breaks. (transfer full) */
static char *
badge_text (const char *text)
{
  g_auto(GStrv) words = g_strsplit (text != NULL ? text : "", " ", -1);
  g_autofree char *whole = g_strjoinv ("\u00a0", words);

  return g_strconcat (BADGE_SPACE, whole, BADGE_SPACE, NULL);
}

static guint
rich_text (Rich       *rich,
           const char *text)
{
  guint start = rich->text->len;
  g_autofree char *clean = _pdz_report_pango_text (text);

  g_string_append (rich->text, clean);
  return start;
}

static guint32
status_background (const char *nick)
{
  static const struct {
    const char *nick;
    guint32 colour;
  } colours[] = {
    { "completed", 0xd9f2e9 },
    { "in-progress", 0xdcefff },
    { "planned", 0xfbf7cf },
    { "suspended", 0xfdebcc },
    { "cancelled", 0xf9dfcf },
  };

  for (guint i = 0; i < G_N_ELEMENTS (colours); i++)
    if (g_strcmp0 (nick, colours[i].nick) == 0)
      return colours[i].colour;
  return 0xeeeeee;                       /* not stated, and any other */
}

/* Appends the inlines [@from, @to) of @inlines */
static void
rich_range (Rich      *rich,
            GPtrArray *inlines,
            guint      from,
            guint      to)
{
  for (guint i = from; i < to; i++)
    {
      PdzReportInline *il = inlines->pdata[i];
      guint start;

      switch (il->kind)
        {
        case PDZ_INLINE_TEXT:
          rich_text (rich, il->text);
          break;
        case PDZ_INLINE_STRONG:
          start = rich_text (rich, il->text);
          rich_attr (rich, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, rich->text->len);
          break;
        case PDZ_INLINE_EMPH:
          start = rich_text (rich, il->text);
          rich_attr (rich, pango_attr_style_new (PANGO_STYLE_ITALIC), start, rich->text->len);
          break;
        case PDZ_INLINE_LINK:
        case PDZ_INLINE_REF:
          start = rich_text (rich, il->text);
          if (il->target != NULL && rich->text->len > start &&
              (il->kind == PDZ_INLINE_REF || _pdz_report_url_is_safe (il->target)))
            {
              Link link = { start, rich->text->len, g_strdup (il->target), il->kind == PDZ_INLINE_LINK };

              g_array_append_val (rich->links, link);
              rich_attr (rich, attr_colour (ACCENT, FALSE), start, rich->text->len);
              rich_attr (rich, pango_attr_underline_new (PANGO_UNDERLINE_SINGLE), start, rich->text->len);
            }
          break;
        case PDZ_INLINE_STATUS:
        case PDZ_INLINE_MARK:
          {
            /* a badge: narrow no-break spaces inside its background, and
             * no line break inside it or after its opening space
             * ("concluso da in corso" stays whole; a thin space, which may
             * break, left the badge alone on a line below an empty one) */
            g_autofree char *badge = badge_text (il->text);
            gboolean changed = il->kind == PDZ_INLINE_MARK && g_strcmp0 (il->klass, "changed") == 0;
            guint32 background = il->kind == PDZ_INLINE_STATUS ? status_background (il->klass)
                                 : changed ? 0xe9e9f2 : 0xf6e3ee;

            start = rich->text->len;
            rich_text (rich, badge);
            rich_attr (rich, attr_colour (background, TRUE), start, rich->text->len);
            rich_attr (rich, pango_attr_size_new ((int) (rich->size * 0.88 * PANGO_SCALE)), start, rich->text->len);
            /* what changed since the previous round: italic, as in HTML */
            if (changed)
              rich_attr (rich, pango_attr_style_new (PANGO_STYLE_ITALIC), start, rich->text->len);
            else if (il->kind == PDZ_INLINE_MARK)
              rich_attr (rich, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, rich->text->len);
          }
          break;
        case PDZ_INLINE_BREAK:
          g_string_append_c (rich->text, '\n');
          if (rich->meta_after_break)
            {
              /* the details after the title of an action: smaller, grey */
              start = rich->text->len;
              rich->meta_after_break = FALSE;
              rich_range (rich, inlines, i + 1, to);
              rich_attr (rich, attr_colour (MUTED, FALSE), start, rich->text->len);
              rich_attr (rich, pango_attr_scale_new (0.88), start, rich->text->len);
              return;
            }
          break;
        case PDZ_INLINE_ANCHOR:
          if (il->target != NULL)
            {
              Anchor anchor = { rich->text->len, g_strdup (il->target) };

              g_array_append_val (rich->anchors, anchor);
            }
          break;
        default:
          break;
        }
    }
}

static void
rich_inlines (Rich      *rich,
              GPtrArray *inlines)
{
  if (inlines != NULL)
    rich_range (rich, inlines, 0, inlines->len);
}

/* Boxes ------------------------------------------------------------------- */

typedef struct {
  double size;
  PangoWeight weight;
  PangoStyle style;
  guint32 colour;
  PangoAlignment align;
} Style;

static const Style style_body = { 10.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, INK, PANGO_ALIGN_LEFT };

static void
box_measure (Box *box)
{
  PangoLayoutIter *iter = pango_layout_get_iter (box->layout);
  PangoRectangle logical;
  guint i = 0;

  /* again after a change of the layout: the lines are new */
  g_free (box->lines);
  g_free (box->line_top);
  g_free (box->baseline);
  g_free (box->line_x);
  box->n_lines = (guint) pango_layout_get_line_count (box->layout);
  box->lines = g_new0 (PangoLayoutLine *, MAX (box->n_lines, 1));
  box->line_top = g_new0 (double, box->n_lines + 1);
  box->baseline = g_new0 (double, MAX (box->n_lines, 1));
  box->line_x = g_new0 (double, MAX (box->n_lines, 1));
  do
    {
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      box->lines[i] = pango_layout_iter_get_line_readonly (iter);
      box->line_top[i] = (double) logical.y / PANGO_SCALE;
      box->line_x[i] = (double) logical.x / PANGO_SCALE;
      box->baseline[i] = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      i++;
    }
  while (i < box->n_lines && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  pango_layout_get_extents (box->layout, NULL, &logical);
  box->line_top[box->n_lines] = (double) (logical.y + logical.height) / PANGO_SCALE;
}

/* A box of @rich (whose contents it takes) at @x, @width points wide */
static Box *
box_new (Writer      *w,
         Rich        *rich,
         const Style *style,
         double       x,
         double       width,
         const char  *tag)
{
  Box *box = g_new0 (Box, 1);
  g_autoptr(PangoFontDescription) font = _pdz_report_pango_font (style->size, style->weight, style->style);

  box->layout = pango_layout_new (w->context);
  pango_layout_set_font_description (box->layout, font);
  pango_layout_set_width (box->layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_wrap (box->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (box->layout, style->align);
  pango_layout_set_text (box->layout, rich->text->str, (int) rich->text->len);
  pango_layout_set_attributes (box->layout, rich->attrs);
  box->x = x;
  box->width = width;
  box->colour = style->colour;
  box->tag = tag;
  box->links = g_steal_pointer (&rich->links);
  box->anchors = g_steal_pointer (&rich->anchors);
  rich_clear (rich);
  box_measure (box);
  return box;
}

static Box *
box_new_text (Writer      *w,
              const char  *text,
              const Style *style,
              double       x,
              double       width,
              const char  *tag)
{
  Rich rich;

  rich_init (&rich, style->size);
  rich_text (&rich, text);
  return box_new (w, &rich, style, x, width, tag);
}

static Box *
box_new_inlines (Writer      *w,
                 GPtrArray   *inlines,
                 const Style *style,
                 double       x,
                 double       width,
                 const char  *tag,
                 gboolean     meta_after_break)
{
  Rich rich;

  rich_init (&rich, style->size);
  rich.meta_after_break = meta_after_break;
  rich_inlines (&rich, inlines);
  return box_new (w, &rich, style, x, width, tag);
}

/* The height of lines [first, end) of @box */
static double
box_span (const Box *box,
          guint      first,
          guint      end)
{
  return box->line_top[end] - box->line_top[first];
}

/* Items ------------------------------------------------------------------- */

static Item *
item_new (Writer   *w,
          ItemKind  kind)
{
  Item *item = g_new0 (Item, 1);

  item->kind = kind;
  item->boxes = g_ptr_array_new_with_free_func ((GDestroyNotify) box_free);
  if (w->pending_open->len > 0)
    {
      item->open = g_ptr_array_new ();
      g_ptr_array_extend (item->open, w->pending_open, NULL, NULL);
      g_ptr_array_set_size (w->pending_open, 0);
    }
  item->break_before = w->pending_break;
  w->pending_break = FALSE;
  g_ptr_array_add (w->items, item);
  return item;
}

static void
open_element (Writer     *w,
              const char *tag)
{
  g_ptr_array_add (w->pending_open, (gpointer) tag);
}

/* Ends the innermost element: after the last item, or, when it holds none
 * yet, by not opening it at all */
static void
close_element (Writer *w)
{
  if (w->pending_open->len > 0)
    g_ptr_array_set_size (w->pending_open, w->pending_open->len - 1);
  else if (w->items->len > 0)
    ((Item *) w->items->pdata[w->items->len - 1])->n_close++;
}

/* The height of an item from the lines @first of its boxes */
static double
item_height_from (const Item  *item,
                  const guint *first)
{
  double h = 0;

  if (item->kind == ITEM_FIGURE)
    return item->pad_top + item->figure_h + item->pad_bottom;

  for (guint b = 0; b < item->boxes->len; b++)
    {
      const Box *box = item->boxes->pdata[b];

      h = MAX (h, box_span (box, first[b], box->n_lines));
    }
  return item->pad_top + h + item->pad_bottom;
}

/* The lines each box of @item starts from: 0, but for the group cell of a
 * row whose group goes on from the row above, which is not shown again
 * but at the top of a page. (transfer full) */
static guint *
item_start (const Item *item,
            gboolean    show_group)
{
  guint *first = g_new0 (guint, item->boxes->len + 1);

  if (item->kind == ITEM_ROW && item->group_continues && !show_group && item->boxes->len > 0)
    first[0] = ((Box *) item->boxes->pdata[0])->n_lines;
  return first;
}

static double
item_height (const Item *item)
{
  g_autofree guint *first = item_start (item, FALSE);

  return item_height_from (item, first);
}

/* The plain text of @inlines, cleaned, on one line, at most @max characters */
static char *
one_line (const char *text,
          guint       max)
{
  g_autofree char *clean = _pdz_report_pango_text (text);
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = clean; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (n == max)
        {
          g_string_append (out, "…");
          break;
        }
      if (c == '\n' || c == '\t' || c == 0x2028 || c == 0x2029)
        c = ' ';
      if (c == ' ' && (out->len == 0 || out->str[out->len - 1] == ' '))
        continue;
      g_string_append_unichar (out, c);
      n++;
    }
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

/* Layout: the blocks of the document as items ----------------------------- */

static Item *
add_text_item (Writer *w,
               Box    *box,
               double  space_before)
{
  Item *item = item_new (w, ITEM_TEXT);

  g_ptr_array_add (item->boxes, box);
  item->space_before = space_before;
  return item;
}

static void
layout_cover (Writer         *w,
              PdzReportBlock *block)
{
  static const struct {
    const char *klass;
    Style style;
    double space;
  } styles[] = {
    { "title", { 26.0, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0x003e63, PANGO_ALIGN_LEFT }, 0 },
    { "ambito", { 18.0, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, INK, PANGO_ALIGN_LEFT }, 16 },
    { "period", { 15.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, INK, PANGO_ALIGN_LEFT }, 4 },
    { "monitoring", { 15.0, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, INK, PANGO_ALIGN_LEFT }, 30 },
    { "span", { 13.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, INK, PANGO_ALIGN_LEFT }, 4 },
    { "municipalities", { 9.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, INK, PANGO_ALIGN_LEFT }, 40 },
    { "contacts", { 9.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, INK, PANGO_ALIGN_LEFT }, 8 },
    { "generated", { 9.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, MUTED, PANGO_ALIGN_LEFT }, 24 },
  };

  for (guint i = 0; i < block->items->len; i++)
    {
      const char *klass = block->cover_classes->pdata[i];
      const Style *style = &style_body;
      double space = 8;
      Item *item;
      Box *box;

      for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
        {
          if (g_strcmp0 (klass, styles[s].klass) == 0)
            {
              style = &styles[s].style;
              space = styles[s].space;
            }
        }

      box = box_new_inlines (w, block->items->pdata[i], style, 0, BODY_W, i == 0 ? "H1" : "P", FALSE);
      /* A title so long that it would fill the cover is set as a heading */
      if (i == 0 && box_span (box, 0, box->n_lines) > BODY_H / 3)
        {
          static const Style smaller = { 14.0, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0x003e63, PANGO_ALIGN_LEFT };

          box_free (box);
          box = box_new_inlines (w, block->items->pdata[i], &smaller, 0, BODY_W, "H1", FALSE);
        }

      item = add_text_item (w, box, space);
      item->cover = TRUE;
      if (i == 0)
        {
          g_autofree char *title = _pdz_doc_inlines_plain_text (block->items->pdata[i]);

          item->cover_top = BODY_H * 0.22;
          item->anchor = g_strdup (block->anchor);
          item->outline_level = 1;
          item->outline_title = one_line (title, MAX_META_CHARS);
        }
    }

  w->pending_break = TRUE;
}

static void
layout_heading (Writer         *w,
                PdzReportBlock *block)
{
  static const Style styles[] = {
    { 16.0, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, 0x003e63, PANGO_ALIGN_LEFT },
    { 12.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, INK, PANGO_ALIGN_LEFT },
    { 10.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, MUTED, PANGO_ALIGN_LEFT },
  };
  static const char * const tags[] = { "H1", "H2", "H3", "H4", "H5", "H6" };
  static const double spaces[] = { 18.0, 14.0, 9.0 };
  int level = CLAMP (block->level, 1, 6);
  guint s = CLAMP (level, 2, 4) - 2;
  Item *item;

  item = add_text_item (w, box_new_inlines (w, block->inlines, &styles[s], 0, BODY_W, tags[level - 1], FALSE),
                        spaces[s]);
  item->keep_with_next = TRUE;
  item->pad_bottom = level == 2 ? 6.0 : 2.0;
  item->anchor = g_strdup (block->anchor);
  if (level <= 2 || (level == 3 && block->anchor != NULL))
    {
      g_autofree char *title = _pdz_doc_inlines_plain_text (block->inlines);

      item->outline_level = level <= 2 ? 1 : 2;
      item->outline_title = one_line (title, MAX_META_CHARS);
    }
}

static void
layout_paragraph (Writer         *w,
                  PdzReportBlock *block)
{
  static const struct {
    const char *klass;
    Style style;
  } styles[] = {
    { "meta", { 8.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, MUTED, PANGO_ALIGN_LEFT } },
    { "lead", { 8.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, MUTED, PANGO_ALIGN_LEFT } },
    { "detail", { 9.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, INK, PANGO_ALIGN_LEFT } },
    { "empty", { 9.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, MUTED, PANGO_ALIGN_LEFT } },
    { "note", { 8.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, MUTED, PANGO_ALIGN_LEFT } },
  };
  const Style *style = &style_body;
  Item *item;

  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    if (g_strcmp0 (block->klass, styles[s].klass) == 0)
      style = &styles[s].style;

  item = add_text_item (w, box_new_inlines (w, block->inlines, style, 0, BODY_W, "P", FALSE), 5.0);
  item->flow = TRUE;
}

static void
layout_contents (Writer         *w,
                 PdzReportBlock *block)
{
  static const Style entry = { 10.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, INK, PANGO_ALIGN_LEFT };

  open_element (w, "TOC");
  for (guint i = 0; i < block->items->len; i++)
    {
      GPtrArray *inlines = block->items->pdata[i];
      Item *item;

      open_element (w, "TOCI");
      item = add_text_item (w, box_new_inlines (w, inlines, &entry, 0, BODY_W - TOC_NUMBER_W, "Reference", FALSE),
                            4.0);
      for (guint j = 0; j < inlines->len; j++)
        {
          PdzReportInline *il = inlines->pdata[j];

          if (il->kind == PDZ_INLINE_REF && item->toc_target == NULL)
            item->toc_target = g_strdup (il->target);
        }
      close_element (w);
    }
  close_element (w);
}

static void
layout_list (Writer         *w,
             PdzReportBlock *block)
{
  static const Style bullet = { 10.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, ACCENT, PANGO_ALIGN_LEFT };
  gboolean actions = g_strcmp0 (block->klass, "actions") == 0;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GArray) levels = NULL;

  if (g_strcmp0 (block->klass, "toc") == 0)
    {
      layout_contents (w, block);
      return;
    }

  open_element (w, "L");
  items = _pdz_doc_list_flatten (block, &levels);
  for (guint i = 0; i < items->len; i++)
    {
      GPtrArray *inlines = items->pdata[i];
      Item *item;
      Box *body;

      /* a sub-point: under its item, indented, with a hollow bullet */
      double indent = LIST_INDENT * g_array_index (levels, guint, i);

      open_element (w, "LI");
      item = item_new (w, ITEM_TEXT);
      item->space_before = i == 0 ? 5.0 : 3.5;
      g_ptr_array_add (item->boxes, box_new_text (w, indent > 0 ? "◦" : "•", &bullet, indent + 3.0,
                                                  LIST_INDENT - 3.0, "Lbl"));
      body = box_new_inlines (w, inlines, &style_body, indent + LIST_INDENT, BODY_W - indent - LIST_INDENT,
                              "LBody", actions);
      g_ptr_array_add (item->boxes, body);

      /* An objective named by a list item (the health-integration ones
       * with nothing reported yet): a bookmark of its own */
      if (body->anchors->len > 0 && g_str_has_prefix (g_array_index (body->anchors, Anchor, 0).name, "objective-"))
        {
          g_autoptr(GString) title = g_string_new (NULL);

          /* its name, without the badge of its status */
          for (guint j = 0; j < inlines->len; j++)
            {
              PdzReportInline *il = inlines->pdata[j];

              if (il->kind == PDZ_INLINE_STATUS || il->kind == PDZ_INLINE_MARK || il->kind == PDZ_INLINE_BREAK)
                break;
              if (il->text != NULL)
                g_string_append (title, il->text);
            }
          item->outline_level = 2;
          item->outline_title = one_line (title->str, MAX_META_CHARS);
        }
      close_element (w);
    }
  close_element (w);
}

/* A space a line may break at: not the no-break spaces that join "€" to
 * its amount (U+00A0, U+202F), which Pango keeps on one line */
static gboolean
is_break_space (gunichar c)
{
  return g_unichar_isspace (c) && c != 0x00A0 && c != 0x202F;
}

/* The text of a cell as the column widths measure it: a badge (a status,
 * a mark) is one word, as it is set. (transfer full) */
static char *
cell_text_for_width (GPtrArray *inlines)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < inlines->len; i++)
    {
      PdzReportInline *il = inlines->pdata[i];

      if (il->text == NULL)
        continue;
      if (il->kind == PDZ_INLINE_STATUS || il->kind == PDZ_INLINE_MARK)
        {
          g_autofree char *badge = badge_text (il->text);

          g_string_append (out, badge);
        }
      else
        g_string_append (out, il->text);
    }
  return g_string_free (out, FALSE);
}

/* Column widths: each column's content, as a browser sizes a table */
static GArray *
table_columns (Writer         *w,
               PdzReportBlock *block,
               const Style    *style)
{
  guint n = block->columns->len;
  g_autofree double *min_w = g_new0 (double, n);
  g_autofree double *max_w = g_new0 (double, n);
  GArray *x = g_array_sized_new (FALSE, TRUE, sizeof (double), n + 1);
  double sum_min = 0, sum_max = 0, sum_text = 0, at = 0;
  g_autoptr(PangoFontDescription) font = _pdz_report_pango_font (style->size, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
  g_autoptr(PangoLayout) layout = pango_layout_new (w->context);
  g_autoptr(GHashTable) widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  pango_layout_set_font_description (layout, font);
  for (guint r = 0; r <= block->rows->len; r++)
    {
      for (guint c = 0; c < n; c++)
        {
          g_autofree char *text = NULL;
          PangoRectangle logical;

          if (r == 0)
            text = _pdz_report_pango_text (g_array_index (block->columns, PdzReportColumn, c).header);
          else
            {
              GPtrArray *row = block->rows->pdata[r - 1];
              g_autofree char *plain = NULL;

              if (c >= row->len)
                continue;
              plain = cell_text_for_width (row->pdata[c]);
              text = _pdz_report_pango_text (plain);
            }

          pango_layout_set_width (layout, -1);
          pango_layout_set_text (layout, text, -1);
          pango_layout_get_extents (layout, NULL, &logical);
          max_w[c] = MAX (max_w[c], (double) logical.width / PANGO_SCALE);

          /* the widest word, each word measured once */
          for (const char *p = text; *p != '\0';)
            {
              const char *end = p;
              g_autofree char *word = NULL;
              gpointer width;

              while (*end != '\0' && !is_break_space (g_utf8_get_char (end)))
                end = g_utf8_next_char (end);
              if (end > p)
                {
                  word = g_strndup (p, end - p);
                  if (!g_hash_table_lookup_extended (widths, word, NULL, &width))
                    {
                      pango_layout_set_text (layout, word, -1);
                      pango_layout_get_extents (layout, NULL, &logical);
                      width = GINT_TO_POINTER (logical.width);
                      g_hash_table_insert (widths, g_steal_pointer (&word), width);
                    }
                  min_w[c] = MAX (min_w[c], (double) GPOINTER_TO_INT (width) / PANGO_SCALE);
                }
              p = *end != '\0' ? g_utf8_next_char (end) : end;
            }
        }
    }

  for (guint c = 0; c < n; c++)
    {
      /* no word may claim more than a third of the page: longer ones break */
      min_w[c] = MIN (min_w[c], BODY_W / 3) + 2 * CELL_PAD_X;
      /* nor may a long text take every other column's room */
      max_w[c] = MAX (MIN (max_w[c], BODY_W * 0.45) + 2 * CELL_PAD_X, min_w[c]);
      sum_min += min_w[c];
      sum_max += max_w[c];
      if (!g_array_index (block->columns, PdzReportColumn, c).numeric)
        sum_text += max_w[c];
    }

  g_array_append_val (x, at);
  for (guint c = 0; c < n; c++)
    {
      double width;

      if (sum_max <= BODY_W)
        {
          /* the room left goes to the columns of text */
          PdzReportColumn *col = &g_array_index (block->columns, PdzReportColumn, c);

          width = max_w[c];
          if (sum_text > 0 && !col->numeric)
            width += (BODY_W - sum_max) * max_w[c] / sum_text;
          else if (sum_text == 0)
            width += (BODY_W - sum_max) * max_w[c] / sum_max;
        }
      else if (sum_min <= BODY_W)
        width = min_w[c] + (max_w[c] - min_w[c]) * (BODY_W - sum_min) / (sum_max - sum_min);
      else
        width = min_w[c] * BODY_W / sum_min;
      at += width;
      g_array_append_val (x, at);
    }
  g_array_index (x, double, n) = BODY_W;
  return x;
}

static void
layout_table (Writer         *w,
              PdzReportBlock *block)
{
  static const Style cell = { 8.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, INK, PANGO_ALIGN_LEFT };
  static const Style cell_num = { 8.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, INK, PANGO_ALIGN_RIGHT };
  static const Style head = { 8.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, INK, PANGO_ALIGN_LEFT };
  static const Style head_num = { 8.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, INK, PANGO_ALIGN_RIGHT };
  guint n = block->columns->len;
  Table *table;
  Item *item;
  g_autofree char *previous_group = NULL;

  if (n == 0)
    return;

  table = g_new0 (Table, 1);
  table->column_x = table_columns (w, block, &cell);
  table->grouped = block->group_first_column;
  g_ptr_array_add (w->tables, table);

#define COL_X(c) g_array_index (table->column_x, double, (c))

  open_element (w, "Table");
  open_element (w, "TR");
  item = item_new (w, ITEM_ROW);
  item->table = table;
  item->header_row = TRUE;
  item->keep_with_next = TRUE;
  item->space_before = 8.0;
  item->pad_top = item->pad_bottom = CELL_PAD_Y;
  item->background = HEADER_BG;
  for (guint c = 0; c < n; c++)
    {
      PdzReportColumn *col = &g_array_index (block->columns, PdzReportColumn, c);

      g_ptr_array_add (item->boxes, box_new_text (w, col->header, col->numeric ? &head_num : &head,
                                                  COL_X (c) + CELL_PAD_X,
                                                  COL_X (c + 1) - COL_X (c) - 2 * CELL_PAD_X, "TH"));
    }
  table->header = item;
  close_element (w);

  for (guint r = 0; r < block->rows->len; r++)
    {
      GPtrArray *row = block->rows->pdata[r];

      open_element (w, "TR");
      item = item_new (w, ITEM_ROW);
      item->table = table;
      item->pad_top = item->pad_bottom = CELL_PAD_Y;
      for (guint c = 0; c < n; c++)
        {
          PdzReportColumn *col = &g_array_index (block->columns, PdzReportColumn, c);
          GPtrArray *inlines = c < row->len ? row->pdata[c] : NULL;
          gboolean group = c == 0 && table->grouped;
          const Style *style = group ? &head : col->numeric ? &cell_num : &cell;

          g_ptr_array_add (item->boxes, box_new_inlines (w, inlines, style, COL_X (c) + CELL_PAD_X,
                                                         COL_X (c + 1) - COL_X (c) - 2 * CELL_PAD_X,
                                                         group ? "TH" : "TD", FALSE));
          if (group)
            {
              g_autofree char *text = inlines != NULL ? _pdz_doc_inlines_plain_text (inlines) : g_strdup ("");

              item->group_continues = previous_group != NULL && g_strcmp0 (text, previous_group) == 0;
              g_free (previous_group);
              previous_group = g_steal_pointer (&text);
            }
        }
      close_element (w);
    }
  close_element (w);

#undef COL_X
}

static void
layout_figure (Writer         *w,
               PdzReportBlock *block)
{
  static const Style caption = { 8.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, MUTED, PANGO_ALIGN_LEFT };
  PdzReportFigure *figure = block->figure;
  g_autoptr(GError) error = NULL;
  RsvgHandle *svg;
  double width = 0, height = 0, scale;
  Item *item;

  if (figure == NULL || figure->svg == NULL)
    return;

  svg = rsvg_handle_new_from_data ((const guint8 *) figure->svg, strlen (figure->svg), &error);
  if (svg == NULL)
    return;                              /* our own SVG: never */
  if (!rsvg_handle_get_intrinsic_size_in_pixels (svg, &width, &height) || width <= 0 || height <= 0)
    {
      g_object_unref (svg);
      return;
    }
  rsvg_handle_set_dpi (svg, 72.0);

  scale = MIN (1.0, MIN (BODY_W / width, FIGURE_MAX_H / height));
  item = item_new (w, ITEM_FIGURE);
  item->svg = svg;
  item->figure_w = width * scale;
  item->figure_h = height * scale;
  item->space_before = 12.0;
  item->keep_with_next = TRUE;
  item->anchor = g_strconcat ("chart-", figure->id, NULL);

  /* cairo 1.16 gives a Figure no /Alt: its description follows it, as
   * text, and the chart's own words are text too */
  add_text_item (w, box_new_text (w, figure->description, &caption, 0, BODY_W, "P"), 4.0);
}

static void
layout_document (Writer            *w,
                 PdzReportDocument *doc)
{
  for (guint i = 0; i < doc->blocks->len; i++)
    {
      PdzReportBlock *block = doc->blocks->pdata[i];

      switch (block->kind)
        {
        case PDZ_BLOCK_COVER:
          layout_cover (w, block);
          break;
        case PDZ_BLOCK_SECTION_BEGIN:
          if (block->klass != NULL && g_regex_match_simple ("(^| )page( |$)", block->klass, 0, 0))
            w->pending_break = TRUE;
          w->in_contents = g_strcmp0 (block->klass, "toc") == 0;
          open_element (w, w->in_contents ? "Div" : "Sect");
          break;
        case PDZ_BLOCK_SECTION_END:
          close_element (w);
          /* the contents have a page of their own */
          if (w->in_contents)
            w->pending_break = TRUE;
          w->in_contents = FALSE;
          break;
        case PDZ_BLOCK_HEADING:
          layout_heading (w, block);
          break;
        case PDZ_BLOCK_PARAGRAPH:
          layout_paragraph (w, block);
          break;
        case PDZ_BLOCK_LIST:
          layout_list (w, block);
          break;
        case PDZ_BLOCK_TABLE:
          layout_table (w, block);
          break;
        case PDZ_BLOCK_FIGURE:
          layout_figure (w, block);
          break;
        default:
          break;
        }
    }
}

/* Pagination -------------------------------------------------------------- */

#define EPSILON 0.01

static gboolean
at_top (Writer *w)
{
  return w->y <= BODY_TOP + EPSILON;
}

static void
new_page (Writer *w)
{
  w->page++;
  w->y = BODY_TOP;
}

/* The room an item has on a page of its own: less its table's header */
static double
capacity (const Item *item)
{
  if (item->kind == ITEM_ROW && !item->header_row && item->table->header != NULL)
    return BODY_H - item_height (item->table->header);
  return BODY_H;
}

/* The least part of @item that may begin a page's worth of it */
static double
item_min_start (Writer     *w,
                const Item *item)
{
  double full = item_height (item);
  double h = 0;

  if (item->kind == ITEM_FIGURE)
    return full;
  if (item->flow && item->boxes->len == 1)
    {
      const Box *box = item->boxes->pdata[0];

      return item->pad_top + box_span (box, 0, box->n_lines <= 3 ? box->n_lines : 2) + item->pad_bottom;
    }
  if (full <= capacity (item))
    return full;
  for (guint b = 0; b < item->boxes->len; b++)
    {
      const Box *box = item->boxes->pdata[b];

      h = MAX (h, box_span (box, 0, MIN (box->n_lines, 1)));
    }
  return item->pad_top + h + item->pad_bottom + w->mark_h;
}

/* The last line of @box after @from that ends within @height */
static guint
lines_within (const Box *box,
              guint      from,
              double     height)
{
  guint end = from;

  while (end < box->n_lines && box_span (box, from, end + 1) <= height + EPSILON)
    end++;
  return end;
}

static void
record_anchor (Writer     *w,
               const char *anchor)
{
  if (anchor != NULL && !g_hash_table_contains (w->anchor_pages, anchor))
    g_hash_table_insert (w->anchor_pages, g_strdup (anchor), GUINT_TO_POINTER (w->page + 1));
}

static Placement *
place (Writer      *w,
       Item        *item,
       const guint *first,
       const guint *end,
       double       height)
{
  Placement *p = g_new0 (Placement, 1);
  guint n = item->boxes->len;

  p->item = item;
  p->page = w->page;
  p->y = w->y;
  p->height = height;
  p->first = g_memdup2 (first, sizeof (guint) * (n + 1));
  p->end = g_memdup2 (end, sizeof (guint) * (n + 1));
  g_ptr_array_add (w->placements, p);
  w->y += height;
  return p;
}

/* The header row of @item's table, at the top of a page */
static void
repeat_header (Writer *w,
               Item   *item)
{
  Item *header = item->table->header;
  g_autofree guint *first = item_start (header, TRUE);
  g_autofree guint *end = g_new0 (guint, header->boxes->len + 1);
  Placement *p;

  for (guint b = 0; b < header->boxes->len; b++)
    end[b] = ((Box *) header->boxes->pdata[b])->n_lines;
  p = place (w, header, first, end, item_height (header));
  p->repeat = TRUE;
  p->first_part = p->last_part = TRUE;
}

/* Moves to a new page when @item, which keeps with the items after it,
 * would end a page without them */
static void
keep_with_next (Writer *w,
                guint   index,
                double  space)
{
  Item *item = w->items->pdata[index];
  double need = space + item_height (item);
  guint j = index + 1;

  while (j < w->items->len)
    {
      Item *next = w->items->pdata[j];

      if (next->break_before)
        return;
      need += next->space_before;
      if (!next->keep_with_next)
        {
          need += item_min_start (w, next);
          break;
        }
      need += item_height (next);
      j++;
    }

  if (need <= BODY_H && w->y + need > BODY_BOTTOM + EPSILON && !at_top (w))
    new_page (w);
}

static void
paginate_item (Writer *w,
               guint   index)
{
  Item *item = w->items->pdata[index];
  guint n = item->boxes->len;
  g_autofree guint *first = item_start (item, FALSE);
  g_autofree guint *end = g_new0 (guint, n + 1);
  gboolean first_part = TRUE;
  gboolean fresh;

  if (item->break_before && !at_top (w))
    new_page (w);
  if (item->keep_with_next)
    keep_with_next (w, index, at_top (w) ? 0 : item->space_before);

  fresh = at_top (w);
  if (fresh && item->cover_top > 0)
    w->y += item->cover_top;
  else if (!fresh)
    w->y += item->space_before;

  for (;;)
    {
      double avail, rest;
      gboolean progress = FALSE, done = TRUE;
      Placement *p;

      if (at_top (w))
        {
          fresh = TRUE;
          if (item->kind == ITEM_ROW && !item->header_row && item->table->header != NULL)
            {
              repeat_header (w, item);
              /* a group goes on: its name again */
              if (item->group_continues && first_part)
                first[0] = 0;
            }
        }

      avail = BODY_BOTTOM - w->y;
      rest = item_height_from (item, first);
      if (rest <= avail + EPSILON || item->kind == ITEM_FIGURE)
        {
          if (item->kind == ITEM_FIGURE && rest > avail + EPSILON && !fresh)
            {
              new_page (w);
              continue;
            }
          for (guint b = 0; b < n; b++)
            end[b] = ((Box *) item->boxes->pdata[b])->n_lines;
          p = place (w, item, first, end, rest);
          p->first_part = first_part;
          p->last_part = TRUE;
          if (first_part)
            {
              record_anchor (w, item->anchor);
              for (guint b = 0; b < n; b++)
                {
                  Box *box = item->boxes->pdata[b];

                  for (guint a = 0; a < box->anchors->len; a++)
                    record_anchor (w, g_array_index (box->anchors, Anchor, a).name);
                }
            }
          return;
        }

      if (item->flow && n == 1)
        {
          const Box *box = item->boxes->pdata[0];
          guint left = box->n_lines - first[0];
          /* a paragraph taller than a page is marked where it goes on */
          gboolean tall = item_height (item) > BODY_H;
          double room = avail - item->pad_top - item->pad_bottom - (tall ? w->mark_h : 0);
          guint k = lines_within (box, first[0], room) - first[0];

          /* no line of a paragraph alone at the foot or the head of a page */
          if (left >= 4 && left - k < 2)
            k = left - 2;
          if (k < 2 && !(k == 1 && fresh) && !fresh)
            {
              new_page (w);
              continue;
            }
          k = MAX (k, 1);
          end[0] = first[0] + k;
          p = place (w, item, first, end,
                     item->pad_top + box_span (box, first[0], end[0]) + item->pad_bottom + (tall ? w->mark_h : 0));
          p->first_part = first_part;
          p->continued = tall;
          if (first_part)
            record_anchor (w, item->anchor);
          first_part = FALSE;
          first[0] = end[0];
          new_page (w);
          continue;
        }

      /* Whole, on a page of its own, when it fits on one */
      if (!fresh && rest <= capacity (item) + EPSILON)
        {
          new_page (w);
          continue;
        }
      if (!fresh && rest > capacity (item))
        {
          /* taller than a page: it begins here if a line of it fits */
          gboolean fits = FALSE;

          for (guint b = 0; b < n; b++)
            {
              const Box *box = item->boxes->pdata[b];

              if (first[b] < box->n_lines &&
                  lines_within (box, first[b], avail - item->pad_top - item->pad_bottom - w->mark_h) > first[b])
                fits = TRUE;
            }
          if (!fits)
            {
              new_page (w);
              continue;
            }
        }

      /* Goes on over the page at a line boundary, marked */
      for (guint b = 0; b < n; b++)
        {
          const Box *box = item->boxes->pdata[b];

          end[b] = lines_within (box, first[b], avail - item->pad_top - item->pad_bottom - w->mark_h);
          if (end[b] > first[b])
            progress = TRUE;
        }
      if (!progress)
        {
          /* not a line fits on an empty page: one line each, whatever */
          for (guint b = 0; b < n; b++)
            end[b] = MIN (first[b] + 1, ((Box *) item->boxes->pdata[b])->n_lines);
        }
      for (guint b = 0; b < n; b++)
        if (end[b] < ((Box *) item->boxes->pdata[b])->n_lines)
          done = FALSE;

      {
        double h = 0;

        for (guint b = 0; b < n; b++)
          h = MAX (h, box_span (item->boxes->pdata[b], first[b], end[b]));
        p = place (w, item, first, end, item->pad_top + h + item->pad_bottom + (done ? 0 : w->mark_h));
      }
      p->first_part = first_part;
      p->last_part = done;
      p->continued = !done;
      if (first_part)
        record_anchor (w, item->anchor);
      if (done)
        return;
      first_part = FALSE;
      memcpy (first, end, sizeof (guint) * n);
      new_page (w);
    }
}

static void
paginate (Writer *w)
{
  w->page = 0;
  w->y = BODY_TOP;
  for (guint i = 0; i < w->items->len; i++)
    {
      Item *item = w->items->pdata[i];

      paginate_item (w, i);
      if (item->cover)
        w->n_cover_pages = w->page + 1;
    }
  w->n_pages = w->page + 1;
}

/* Drawing ----------------------------------------------------------------- */

typedef struct {
  Writer *w;
  cairo_surface_t *surface;
  cairo_t *cr;
  GPtrArray *open;                       /* (owned) of static char*: the elements open */
  GHashTable *dests;                     /* (owned): the destinations made, by name */
  int outline_section;                   /* the outline entry of the current section */
  char *footer;                          /* (owned): "plan · round" */
} Painter;

static void
set_colour (cairo_t *cr,
            guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
}

/* A number as cairo's attributes read it, whatever the locale */
static const char *
fmt (char   *buf,
     double  value)
{
  return g_ascii_formatd (buf, G_ASCII_DTOSTR_BUF_SIZE, "%.2f", value);
}

/* A string value of a cairo attribute: in single quotes, with the quotes
 * and backslashes inside escaped; for a URI, every byte that is not
 * printable ASCII percent-encoded (cairo 1.16 writes it into the file as
 * it is) */
static void
append_attr_string (GString    *out,
                    const char *value,
                    gboolean    uri)
{
  g_string_append_c (out, '\'');
  for (const guchar *p = (const guchar *) value; *p != '\0'; p++)
    {
      if (uri && (*p <= 0x20 || *p >= 0x7f || *p == '(' || *p == ')' || *p == '\\' || *p == '\''))
        g_string_append_printf (out, "%%%02X", *p);
      else if (*p == '\'' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else
        g_string_append_c (out, (char) *p);
    }
  g_string_append_c (out, '\'');
}

static void
tag_begin (Painter    *pt,
           const char *tag)
{
  cairo_tag_begin (pt->cr, tag, NULL);
  g_ptr_array_add (pt->open, (gpointer) tag);
}

static void
tag_end (Painter *pt)
{
  const char *tag = pt->open->pdata[pt->open->len - 1];

  cairo_tag_end (pt->cr, tag);
  g_ptr_array_set_size (pt->open, pt->open->len - 1);
}

static void
make_dest (Painter    *pt,
           const char *name,
           double      x,
           double      y)
{
  g_autoptr(GString) attrs = g_string_new ("name=");
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];

  if (name == NULL || g_hash_table_contains (pt->dests, name))
    return;
  g_hash_table_add (pt->dests, g_strdup (name));
  append_attr_string (attrs, name, FALSE);
  g_string_append_printf (attrs, " x=%s y=%s", fmt (a, x), fmt (b, MAX (y - 6, 0)));
  cairo_tag_begin (pt->cr, CAIRO_TAG_DEST, attrs->str);
  cairo_tag_end (pt->cr, CAIRO_TAG_DEST);
}

static void
add_outline (Painter    *pt,
             const Item *item,
             double      y)
{
  g_autofree char *link = NULL;
  char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];
  int id;

  if (item->outline_level == 0 || item->outline_title == NULL || *item->outline_title == '\0')
    return;

  link = g_strdup_printf ("page=%u pos=[%s %s]", pt->w->page + 1, fmt (a, MARGIN_X), fmt (b, MAX (y - 6, 0)));
  id = cairo_pdf_surface_add_outline (pt->surface,
                                      item->outline_level == 1 ? CAIRO_PDF_OUTLINE_ROOT : pt->outline_section,
                                      item->outline_title, link,
                                      item->outline_level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
  if (item->outline_level == 1)
    pt->outline_section = id;
}

/* The lines [first, end) of @box, its first line's top at @top */
static void
draw_lines (Painter   *pt,
            const Box *box,
            guint      first,
            guint      end,
            double     top)
{
  cairo_t *cr = pt->cr;

  set_colour (cr, box->colour);
  for (guint l = first; l < end; l++)
    {
      PangoLayoutLine *line = box->lines[l];

      cairo_move_to (cr, MARGIN_X + box->x + box->line_x[l], top + box->baseline[l] - box->line_top[first]);
      pango_cairo_show_layout_line (cr, line);
    }
}

/* The left and right of the text [@from, @to) of @line, from the line's
 * start, in Pango units: from its runs. pango_layout_line_index_to_x()
 * counts the characters from the start of the whole layout, which for a
 * link over many lines costs time quadratic in its length. */
static void
line_range_x (PangoLayoutLine *line,
              int              from,
              int              to,
              int             *left,
              int             *right)
{
  const char *text = pango_layout_get_text (line->layout);
  int x = 0;

  *left = G_MAXINT;
  *right = G_MININT;
  for (GSList *r = line->runs; r != NULL; r = r->next)
    {
      PangoGlyphItem *run = r->data;
      PangoItem *item = run->item;
      int width = pango_glyph_string_get_width (run->glyphs);
      int start = MAX (from, item->offset);
      int end = MIN (to, item->offset + item->length);

      if (start < end)
        {
          int a, b;

          pango_glyph_string_index_to_x (run->glyphs, text + item->offset, item->length,
                                         &item->analysis, start - item->offset, FALSE, &a);
          if (end == item->offset + item->length)
            b = item->analysis.level % 2 != 0 ? 0 : width;
          else
            pango_glyph_string_index_to_x (run->glyphs, text + item->offset, item->length,
                                           &item->analysis, end - item->offset, FALSE, &b);
          *left = MIN (*left, x + MIN (a, b));
          *right = MAX (*right, x + MAX (a, b));
        }
      x += width;
    }
  if (*left > *right)
    *left = *right = 0;
}

/* The links of @box in its lines [first, end), as Link elements with the
 * rectangles of their text on those lines; the anchors as destinations */
static void
draw_links (Painter   *pt,
            const Box *box,
            guint      first,
            guint      end,
            double     top)
{
  for (guint i = 0; i < box->links->len; i++)
    {
      const Link *link = &g_array_index (box->links, Link, i);
      g_autoptr(GString) attrs = g_string_new (link->uri ? "uri=" : "dest=");
      gboolean any = FALSE;

      append_attr_string (attrs, link->target, link->uri);
      g_string_append (attrs, " rect=[");
      for (guint l = first; l < end; l++)
        {
          PangoLayoutLine *line = box->lines[l];
          int from = MAX ((int) link->start, line->start_index);
          int to = MIN ((int) link->end, line->start_index + line->length);
          PangoRectangle logical;
          int x0, x1;
          char a[G_ASCII_DTOSTR_BUF_SIZE], b[G_ASCII_DTOSTR_BUF_SIZE];
          char c[G_ASCII_DTOSTR_BUF_SIZE], d[G_ASCII_DTOSTR_BUF_SIZE];
          double left;

          if (from >= to)
            continue;
          pango_layout_line_get_extents (line, NULL, &logical);
          line_range_x (line, from, to, &x0, &x1);
          if (to == line->start_index + line->length)
            x1 = logical.width;
          left = MARGIN_X + box->x + box->line_x[l] + (double) MIN (x0, x1) / PANGO_SCALE;
          g_string_append_printf (attrs, "%s%s %s %s %s", any ? " " : "",
                                  fmt (a, left),
                                  fmt (b, top + box->line_top[l] - box->line_top[first]),
                                  fmt (c, (double) ABS (x1 - x0) / PANGO_SCALE),
                                  fmt (d, box_span (box, l, l + 1)));
          any = TRUE;
        }
      g_string_append (attrs, "]");
      if (!any)
        continue;
      cairo_tag_begin (pt->cr, CAIRO_TAG_LINK, attrs->str);
      cairo_tag_end (pt->cr, CAIRO_TAG_LINK);
    }

  /* the anchors in the order of the text, as the lines: one pass */
  for (guint i = 0, l = first; i < box->anchors->len && l < end;)
    {
      const Anchor *anchor = &g_array_index (box->anchors, Anchor, i);
      PangoLayoutLine *line = box->lines[l];

      if ((int) anchor->index < line->start_index)
        i++;
      else if ((int) anchor->index < line->start_index + line->length || l + 1 == box->n_lines)
        {
          make_dest (pt, anchor->name, MARGIN_X, top + box->line_top[l] - box->line_top[first]);
          i++;
        }
      else
        l++;
    }
}

/* A contents entry's page number, right-aligned, after a dotted leader */
static void
draw_toc_number (Painter    *pt,
                 const Item *item,
                 const Box  *box,
                 double      top)
{
  guint page = GPOINTER_TO_UINT (g_hash_table_lookup (pt->w->anchor_pages, item->toc_target));
  g_autofree char *number = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoFontDescription) font = _pdz_report_pango_font (10.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
  PangoLayoutLine *last;
  PangoRectangle logical, number_rect;
  double baseline = top + box->baseline[box->n_lines - 1] - box->line_top[0];
  double from, to;

  if (page == 0)
    return;
  number = g_strdup_printf ("%u", page);
  layout = pango_layout_new (pt->w->context);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, number, -1);
  pango_layout_get_extents (layout, NULL, &number_rect);

  last = box->lines[box->n_lines - 1];
  pango_layout_line_get_extents (last, NULL, &logical);
  from = MARGIN_X + box->x + box->line_x[box->n_lines - 1] + (double) logical.width / PANGO_SCALE + 4;
  to = MARGIN_X + BODY_W - (double) number_rect.width / PANGO_SCALE - 4;

  set_colour (pt->cr, RULE);
  if (to > from)
    {
      double dash[] = { 0.1, 3.0 };

      cairo_save (pt->cr);
      cairo_set_line_width (pt->cr, 1.0);
      cairo_set_line_cap (pt->cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_dash (pt->cr, dash, 2, 0);
      cairo_move_to (pt->cr, from, baseline - 1);
      cairo_line_to (pt->cr, to, baseline - 1);
      cairo_stroke (pt->cr);
      cairo_restore (pt->cr);
    }
  set_colour (pt->cr, INK);
  cairo_move_to (pt->cr, MARGIN_X + BODY_W - (double) number_rect.width / PANGO_SCALE,
                 baseline - (double) pango_layout_get_baseline (layout) / PANGO_SCALE);
  pango_cairo_show_layout (pt->cr, layout);
}

static void
draw_mark (Painter *pt,
           double   bottom)
{
  static const Style mark = { 8.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, MUTED, PANGO_ALIGN_RIGHT };
  Box *box = box_new_text (pt->w, _pdz_report_msg (pt->w->ctx, PDZ_MSG_CONTINUED), &mark, 0, BODY_W, NULL);

  draw_lines (pt, box, 0, box->n_lines, bottom - box_span (box, 0, box->n_lines));
  box_free (box);
}

static void
draw_row_frame (Painter         *pt,
                const Placement *p)
{
  const Item *item = p->item;
  GArray *x = item->table->column_x;
  guint n = x->len - 1;
  cairo_t *cr = pt->cr;
  double top = p->y, bottom = p->y + p->height;
  gboolean group_hidden = item->group_continues && p->first[0] >= ((Box *) item->boxes->pdata[0])->n_lines;

  if (item->background != 0)
    {
      set_colour (cr, item->background);
      cairo_rectangle (cr, MARGIN_X, top, BODY_W, p->height);
      cairo_fill (cr);
    }
  if (item->table->grouped && !item->header_row)
    {
      set_colour (cr, GROUP_BG);
      cairo_rectangle (cr, MARGIN_X, top, g_array_index (x, double, 1), p->height);
      cairo_fill (cr);
    }

  set_colour (cr, RULE);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, MARGIN_X + (group_hidden ? g_array_index (x, double, 1) : 0), top);
  cairo_line_to (cr, MARGIN_X + BODY_W, top);
  cairo_move_to (cr, MARGIN_X, bottom);
  cairo_line_to (cr, MARGIN_X + BODY_W, bottom);
  for (guint c = 0; c <= n; c++)
    {
      cairo_move_to (cr, MARGIN_X + g_array_index (x, double, c), top);
      cairo_line_to (cr, MARGIN_X + g_array_index (x, double, c), bottom);
    }
  cairo_stroke (cr);
}

static void
draw_placement (Painter         *pt,
                const Placement *p)
{
  Item *item = p->item;
  gboolean tagged = !p->repeat;
  double bottom = p->y + p->height;

  if (tagged && p->first_part && item->open != NULL)
    for (guint i = 0; i < item->open->len; i++)
      tag_begin (pt, item->open->pdata[i]);

  if (tagged && p->first_part)
    {
      make_dest (pt, item->anchor, MARGIN_X, p->y);
      add_outline (pt, item, p->y);
    }

  if (item->kind == ITEM_ROW)
    draw_row_frame (pt, p);

  if (item->kind == ITEM_FIGURE)
    {
      RsvgRectangle viewport = { MARGIN_X + (BODY_W - item->figure_w) / 2, p->y + item->pad_top,
                                 item->figure_w, item->figure_h };

      tag_begin (pt, "Figure");
      /* nothing of a chart is drawn outside its place */
      cairo_save (pt->cr);
      cairo_rectangle (pt->cr, viewport.x, viewport.y, viewport.width, viewport.height);
      cairo_clip (pt->cr);
      rsvg_handle_render_document (item->svg, pt->cr, &viewport, NULL);
      cairo_restore (pt->cr);
      tag_end (pt);
    }

  for (guint b = 0; b < item->boxes->len; b++)
    {
      const Box *box = item->boxes->pdata[b];
      double top = p->y + item->pad_top;

      if (tagged && box->tag != NULL)
        tag_begin (pt, box->tag);
      draw_lines (pt, box, p->first[b], p->end[b], top);
      if (item->toc_target != NULL && b == 0 && p->last_part)
        draw_toc_number (pt, item, box, top);
      if (tagged && box->tag != NULL)
        tag_end (pt);
      if (tagged)
        draw_links (pt, box, p->first[b], p->end[b], top);
    }

  if (item->kind == ITEM_TEXT && item->pad_bottom >= 6.0 && p->last_part)
    {
      /* the rule under a section's heading */
      set_colour (pt->cr, ACCENT);
      cairo_set_line_width (pt->cr, 2.0);
      cairo_move_to (pt->cr, MARGIN_X, bottom - 2.0);
      cairo_line_to (pt->cr, MARGIN_X + BODY_W, bottom - 2.0);
      cairo_stroke (pt->cr);
    }

  if (p->continued)
    draw_mark (pt, bottom);

  if (tagged && p->last_part)
    for (guint i = 0; i < item->n_close && pt->open->len > 1; i++)
      tag_end (pt);
}

static void
draw_footer (Painter *pt,
             guint    page)
{
  static const Style footer = { 8.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, MUTED, PANGO_ALIGN_LEFT };
  static const Style number = { 8.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, MUTED, PANGO_ALIGN_RIGHT };
  g_autofree char *text = _pdz_report_msgf (pt->w->ctx, PDZ_MSG_PAGE_N_OF_M, page + 1, pt->w->n_pages);
  Box *right = box_new_text (pt->w, text, &number, 0, BODY_W, NULL);
  PangoRectangle logical;
  Box *left;

  pango_layout_get_extents (right->layout, NULL, &logical);
  left = box_new_text (pt->w, pt->footer, &footer, 0, MAX (BODY_W - (double) logical.width / PANGO_SCALE - 16, 10),
                       NULL);
  /* one line, whatever the plan's title: the rest is cut with "…" */
  pango_layout_set_ellipsize (left->layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (left->layout, TRUE);
  box_measure (left);

  set_colour (pt->cr, RULE);
  cairo_set_line_width (pt->cr, 0.6);
  cairo_move_to (pt->cr, MARGIN_X, FOOTER_RULE_Y);
  cairo_line_to (pt->cr, MARGIN_X + BODY_W, FOOTER_RULE_Y);
  cairo_stroke (pt->cr);

  draw_lines (pt, left, 0, MIN (left->n_lines, 1), FOOTER_TOP);
  draw_lines (pt, right, 0, MIN (right->n_lines, 1), FOOTER_TOP);
  box_free (left);
  box_free (right);
}

static char *
footer_text (const PdzReportContext *ctx,
             const char             *title)
{
  const char *round = pdz_plan_get_monitoring_title (ctx->plan);
  g_autofree char *text = round != NULL && *round != '\0' ? g_strconcat (title, " · ", round, NULL)
                                                         : g_strdup (title);

  return one_line (text, MAX_META_CHARS);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (cairo_surface_t        *surface,
              cairo_pdf_metadata_t    key,
              const char             *text)
{
  g_autofree char *line = NULL;

  if (text == NULL || *text == '\0')
    return;
  line = one_line (text, MAX_META_CHARS);
  cairo_pdf_surface_set_metadata (surface, key, line);
}

GBytes *
_pdz_report_write_pdf (const PdzReportContext  *ctx,
                       GError                 **error)
{
  g_autoptr(PdzReportDocument) doc = _pdz_report_document_new (ctx);
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GDateTime) utc = g_date_time_to_utc (ctx->generated);
  g_autofree char *date = g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *creator = g_strdup_printf ("libpdz %s", PDZ_VERSION_S);
  Writer w = { 0, };
  Painter pt = { 0, };
  cairo_status_t status;

  w.ctx = ctx;
  w.context = _pdz_report_pango_context_new ();
  w.items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  w.tables = g_ptr_array_new_with_free_func ((GDestroyNotify) table_free);
  w.placements = g_ptr_array_new_with_free_func ((GDestroyNotify) placement_free);
  w.anchor_pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  w.pending_open = g_ptr_array_new ();

  {
    static const Style mark = { 8.0, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, MUTED, PANGO_ALIGN_RIGHT };
    Box *box = box_new_text (&w, _pdz_report_msg (ctx, PDZ_MSG_CONTINUED), &mark, 0, BODY_W, NULL);

    w.mark_h = box_span (box, 0, box->n_lines) + 2.0;
    box_free (box);
  }

  /* 1. layout, 2. pagination */
  layout_document (&w, doc);
  paginate (&w);

  /* 3. drawing, the pages known */
  pt.w = &w;
  pt.surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, PAGE_W, PAGE_H);
  pt.cr = cairo_create (pt.surface);
  pt.open = g_ptr_array_new ();
  pt.dests = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  pt.outline_section = CAIRO_PDF_OUTLINE_ROOT;
  pt.footer = footer_text (ctx, doc->title);

  set_metadata (pt.surface, CAIRO_PDF_METADATA_TITLE, doc->title);
  set_metadata (pt.surface, CAIRO_PDF_METADATA_AUTHOR, pdz_plan_get_office (ctx->plan));
  set_metadata (pt.surface, CAIRO_PDF_METADATA_SUBJECT, pdz_plan_get_monitoring_title (ctx->plan));
  set_metadata (pt.surface, CAIRO_PDF_METADATA_KEYWORDS, pdz_plan_get_ambito (ctx->plan));
  set_metadata (pt.surface, CAIRO_PDF_METADATA_CREATOR, creator);
  /* cairo would stamp the clock's time: the report's own, reproducible */
  cairo_pdf_surface_set_metadata (pt.surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
  cairo_pdf_surface_set_metadata (pt.surface, CAIRO_PDF_METADATA_MOD_DATE, date);

  tag_begin (&pt, "Document");
  for (guint page = 0, i = 0; page < w.n_pages; page++)
    {
      w.page = page;
      for (; i < w.placements->len && ((Placement *) w.placements->pdata[i])->page == page; i++)
        draw_placement (&pt, w.placements->pdata[i]);
      if (page >= w.n_cover_pages)
        draw_footer (&pt, page);
      if (page + 1 < w.n_pages)
        cairo_show_page (pt.cr);
    }
  /* The last page is emitted by cairo_surface_finish(): a tag ended after
   * cairo_show_page() would make a blank page of its own */
  while (pt.open->len > 0)
    tag_end (&pt);

  status = cairo_status (pt.cr);
  cairo_destroy (pt.cr);
  cairo_surface_finish (pt.surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (pt.surface);
  cairo_surface_destroy (pt.surface);

  g_ptr_array_unref (pt.open);
  g_hash_table_unref (pt.dests);
  g_free (pt.footer);
  g_ptr_array_unref (w.pending_open);
  g_hash_table_unref (w.anchor_pages);
  g_ptr_array_unref (w.placements);
  g_ptr_array_unref (w.items);
  g_ptr_array_unref (w.tables);
  g_object_unref (w.context);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot write the PDF: %s",
                   cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
