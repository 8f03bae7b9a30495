/* pdz-report-markdown.c: the report as Markdown that pandoc reads
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * ATX headings, pipe tables, "-" lists and hard line breaks written as a
 * backslash before the newline: all of it pandoc's default Markdown, so
 * that `pandoc report.md -o report.docx` (or .odt) works.
 *
 * Plan text is made inert: every character Markdown or pandoc's extensions
 * give a meaning to (\ ` * _ { } [ ] < > # | ~ ^ $ @ & and, at the start of
 * a line, + - = : ( and the list markers of pandoc's fancy_lists, "1." /
 * "1)" / "a)" / "B." / "iv.") is escaped with a backslash, newlines become
 * hard line breaks (spaces inside table cells), and leading blanks are
 * dropped so that nothing turns into a code block.
 *
 * Lists nest: an action's milestones and sub-actions are a list indented
 * under it (the block model's children, pdz-report-builder-private.h).
 */

#include "pdz-report-builder-private.h"

typedef enum {
  CONTEXT_BLOCK,      /* a paragraph or a heading: newlines become spaces in headings */
  CONTEXT_LIST_ITEM,  /* continuation lines are indented by two spaces */
  CONTEXT_TABLE,      /* no newline at all */
  CONTEXT_HEADING,
} Context;

typedef struct {
  GString *out;
  Context context;
  gboolean line_start;
  guint depth;        /* of the list item being written: 0 at the top */
} Writer;

static void
append_indent (Writer *w,
               guint   depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (w->out, "  ");
}

static void
newline (Writer *w)
{
  switch (w->context)
    {
    case CONTEXT_TABLE:
    case CONTEXT_HEADING:
      g_string_append_c (w->out, ' ');
      return;
    case CONTEXT_LIST_ITEM:
      g_string_append (w->out, "\\\n");
      append_indent (w, w->depth + 1);
      break;
    case CONTEXT_BLOCK:
    default:
      g_string_append (w->out, "\\\n");
      break;
    }
  w->line_start = TRUE;
}

static void
append_escaped (Writer     *w,
                const char *text)
{
  /* The characters XML forbids go as in every format: pandoc writes DOCX
   * and ODT, which are XML. */
  g_autofree char *clean = _pdz_report_xml_text (text);

  if (clean == NULL)
    return;

  for (const char *p = clean; *p != '\0'; p++)
    {
      char c = *p;

      if (c == '\r')
        continue;
      if (c == '\n')
        {
          /* a run of newlines is one break */
          while (p[1] == '\n' || p[1] == '\r')
            p++;
          newline (w);
          continue;
        }
      if ((guchar) c < 0x20 && c != '\t')
        continue;

      if (w->line_start)
        {
          /* No indented code blocks: drop leading blanks. */
          if (c == ' ' || c == '\t')
            continue;
          w->line_start = FALSE;

          if (strchr ("+-=:(", c) != NULL)
            {
              g_string_append_c (w->out, '\\');
              g_string_append_c (w->out, c);
              continue;
            }
          if (g_ascii_isalnum (c))
            {
              /* "2023. ", "1) ", "a) ", "B. ", "iv. " would start an
               * ordered list (pandoc's fancy_lists): digits, one letter,
               * or a roman numeral, then "." or ")" */
              const char *q = p;

              while (g_ascii_isdigit (*q))
                q++;
              if (q == p)
                {
                  if (g_ascii_isalpha (*q) && (q[1] == '.' || q[1] == ')'))
                    q++;
                  else
                    while (*q != '\0' && strchr ("ivxlcdmIVXLCDM", *q) != NULL)
                      q++;
                }
              if (q > p && (*q == '.' || *q == ')'))
                {
                  g_string_append_len (w->out, p, q - p);
                  g_string_append_c (w->out, '\\');
                  g_string_append_c (w->out, *q);
                  p = q;
                  continue;
                }
            }
        }

      if (c == '\t')
        c = ' ';

      if (strchr ("\\`*_{}[]<>#|~^$@&", c) != NULL)
        g_string_append_c (w->out, '\\');
      g_string_append_c (w->out, c);
    }
}

/* Escaped text wrapped in @mark (** or *), which must hug the text. */
static void
append_wrapped (Writer     *w,
                const char *mark,
                const char *text)
{
  g_autofree char *trimmed = NULL;

  if (text == NULL)
    return;
  trimmed = g_strstrip (g_strdup (text));
  if (*trimmed == '\0')
    return;

  g_string_append (w->out, mark);
  w->line_start = FALSE;
  append_escaped (w, trimmed);
  g_string_append (w->out, mark);
}

static void
append_link_target (GString    *out,
                    const char *target)
{
  /* Only safe URLs reach here: no space, quote, bracket or parenthesis;
   * what XML forbids goes as in all text. */
  _pdz_report_append_xml_text (out, target);
}

static void
append_inlines (Writer    *w,
                GPtrArray *inlines)
{
  for (guint i = 0; inlines != NULL && i < inlines->len; i++)
    {
      PdzReportInline *il = inlines->pdata[i];

      switch (il->kind)
        {
        case PDZ_INLINE_TEXT:
        case PDZ_INLINE_REF:
          append_escaped (w, il->text);
          break;
        case PDZ_INLINE_STRONG:
        case PDZ_INLINE_MARK:
          append_wrapped (w, "**", il->text);
          break;
        case PDZ_INLINE_EMPH:
        case PDZ_INLINE_STATUS:
          append_wrapped (w, "*", il->text);
          break;
        case PDZ_INLINE_LINK:
          if (_pdz_report_url_is_safe (il->target) && g_strcmp0 (il->text, il->target) == 0)
            {
              g_string_append_c (w->out, '<');
              append_link_target (w->out, il->target);
              g_string_append_c (w->out, '>');
              w->line_start = FALSE;
            }
          else if (_pdz_report_url_is_safe (il->target))
            {
              g_string_append_c (w->out, '[');
              w->line_start = FALSE;
              append_escaped (w, il->text);
              g_string_append (w->out, "](");
              append_link_target (w->out, il->target);
              g_string_append_c (w->out, ')');
            }
          else
            append_escaped (w, il->text);
          break;
        case PDZ_INLINE_BREAK:
          if (w->context == CONTEXT_TABLE || w->context == CONTEXT_HEADING)
            g_string_append (w->out, " · ");
          else
            newline (w);
          break;
        case PDZ_INLINE_ANCHOR:
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static void
append_cell (Writer    *w,
             GPtrArray *inlines,
             gboolean   strong)
{
  g_autofree char *text = NULL;

  w->context = CONTEXT_TABLE;
  w->line_start = TRUE;
  g_string_append_c (w->out, ' ');
  /* A row of totals is in bold: its text, as one run */
  if (strong && inlines != NULL && (text = _pdz_doc_inlines_plain_text (inlines)) != NULL && *text != '\0')
    append_wrapped (w, "**", text);
  else
    append_inlines (w, inlines);
  g_string_append (w->out, " |");
}

static void
append_table (Writer         *w,
              PdzReportBlock *block)
{
  GArray *columns = block->columns;
  g_autofree char *previous_group = NULL;

  g_string_append_c (w->out, '|');
  for (guint c = 0; c < columns->len; c++)
    {
      g_autoptr(GPtrArray) header = g_ptr_array_new ();
      PdzReportInline il = { PDZ_INLINE_TEXT, g_array_index (columns, PdzReportColumn, c).header, NULL, NULL };

      g_ptr_array_add (header, &il);
      append_cell (w, header, FALSE);
    }
  g_string_append (w->out, "\n|");
  for (guint c = 0; c < columns->len; c++)
    g_string_append (w->out, g_array_index (columns, PdzReportColumn, c).numeric ? "---:|" : "---|");
  g_string_append_c (w->out, '\n');

  for (guint r = 0; r < block->rows->len; r++)
    {
      GPtrArray *row = block->rows->pdata[r];
      gboolean total = g_strcmp0 (_pdz_doc_table_row_class (block, r), "total") == 0;

      g_string_append_c (w->out, '|');
      for (guint c = 0; c < columns->len; c++)
        {
          GPtrArray *cell = c < row->len ? row->pdata[c] : NULL;

          if (c == 0 && block->group_first_column && cell != NULL)
            {
              g_autofree char *group = _pdz_doc_inlines_plain_text (cell);

              if (g_strcmp0 (group, previous_group) == 0)
                cell = NULL;
              g_free (previous_group);
              previous_group = g_steal_pointer (&group);
            }
          append_cell (w, cell, total);
        }
      g_string_append_c (w->out, '\n');
    }
  g_string_append_c (w->out, '\n');
}

/* A path or URL for the image link: file names are percent-encoded. */
static void
append_figure (Writer         *w,
               PdzReportBlock *block,
               const char     *chart_stem)
{
  PdzReportFigure *figure = block->figure;

  g_string_append (w->out, "![");
  w->context = CONTEXT_HEADING;
  w->line_start = FALSE;
  append_escaped (w, figure->title);
  g_string_append (w->out, "](");

  if (chart_stem != NULL)
    {
      g_autofree char *name = _pdz_report_chart_file_name (chart_stem, figure->id);
      g_autofree char *escaped = g_uri_escape_string (name, NULL, FALSE);

      g_string_append (w->out, escaped);
    }
  else
    {
      g_autofree char *base64 = g_base64_encode ((const guchar *) figure->svg, strlen (figure->svg));

      g_string_append (w->out, "data:image/svg+xml;base64,");
      g_string_append (w->out, base64);
    }
  g_string_append (w->out, ")\n\n");

  w->context = CONTEXT_BLOCK;
  w->line_start = TRUE;
  g_string_append_c (w->out, '*');
  w->line_start = FALSE;
  append_escaped (w, figure->description);
  g_string_append (w->out, "*\n\n");
}

/* The items of @list at the writer's depth, each followed by the list
 * nested under it, one level deeper */
static void
append_list (Writer         *w,
             PdzReportBlock *list)
{
  for (guint i = 0; i < list->items->len; i++)
    {
      PdzReportBlock *children = _pdz_doc_list_item_children (list, i);

      append_indent (w, w->depth);
      g_string_append (w->out, "- ");
      w->context = CONTEXT_LIST_ITEM;
      w->line_start = TRUE;
      append_inlines (w, list->items->pdata[i]);
      g_string_append_c (w->out, '\n');
      if (children != NULL)
        {
          w->depth++;
          append_list (w, children);
          w->depth--;
        }
    }
}

static void
append_block (Writer         *w,
              PdzReportBlock *block,
              const char     *chart_stem)
{
  w->line_start = TRUE;

  switch (block->kind)
    {
    case PDZ_BLOCK_COVER:
      for (guint i = 0; i < block->items->len; i++)
        {
          w->line_start = TRUE;
          if (i == 0)
            {
              w->context = CONTEXT_HEADING;
              g_string_append (w->out, "# ");
              w->line_start = FALSE;
            }
          else
            w->context = CONTEXT_BLOCK;
          append_inlines (w, block->items->pdata[i]);
          g_string_append (w->out, "\n\n");
        }
      break;

    case PDZ_BLOCK_SECTION_BEGIN:
    case PDZ_BLOCK_SECTION_END:
      break;

    case PDZ_BLOCK_HEADING:
      w->context = CONTEXT_HEADING;
      for (int i = 0; i < block->level; i++)
        g_string_append_c (w->out, '#');
      g_string_append_c (w->out, ' ');
      w->line_start = FALSE;
      append_inlines (w, block->inlines);
      g_string_append (w->out, "\n\n");
      break;

    case PDZ_BLOCK_PARAGRAPH:
      w->context = CONTEXT_BLOCK;
      append_inlines (w, block->inlines);
      g_string_append (w->out, "\n\n");
      break;

    case PDZ_BLOCK_LIST:
      /* The table of contents is left to pandoc --toc. */
      if (g_strcmp0 (block->klass, "toc") == 0)
        break;
      append_list (w, block);
      g_string_append_c (w->out, '\n');
      break;

    case PDZ_BLOCK_TABLE:
      append_table (w, block);
      break;

    case PDZ_BLOCK_FIGURE:
      append_figure (w, block, chart_stem);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Numbered, not named, so that no word of either language is in the file
 * names: 1 the status per macroarea, 2 the actions and milestones over
 * time, 3 the
 * funding per source */
char *
_pdz_report_chart_file_name (const char *chart_stem,
                             const char *chart_id)
{
  static const char * const ids[] = { "status", "timeline", "funding" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      if (g_str_equal (chart_id, ids[i]))
        return g_strdup_printf ("%s-%u.svg", chart_stem, i + 1);
    }
  g_return_val_if_reached (NULL);
}

GBytes *
_pdz_report_write_markdown (const PdzReportContext *ctx,
                            const char             *chart_stem)
{
  g_autoptr(PdzReportDocument) doc = _pdz_report_document_new (ctx);
  Writer w = { g_string_sized_new (32 * 1024), CONTEXT_BLOCK, TRUE, 0 };
  gboolean skipping_toc = FALSE;

  for (guint i = 0; i < doc->blocks->len; i++)
    {
      PdzReportBlock *block = doc->blocks->pdata[i];

      /* The table of contents is left to pandoc --toc. */
      if (block->kind == PDZ_BLOCK_SECTION_BEGIN && g_strcmp0 (block->klass, "toc") == 0)
        skipping_toc = TRUE;
      if (!skipping_toc)
        append_block (&w, block, chart_stem);
      if (block->kind == PDZ_BLOCK_SECTION_END)
        skipping_toc = FALSE;
    }

  if (ctx->sections & PDZ_REPORT_SECTION_COVER &&
      (pdz_plan_get_office (ctx->plan) != NULL || pdz_plan_get_email (ctx->plan) != NULL))
    {
      g_string_append (w.out, "---\n\n");
      w.context = CONTEXT_BLOCK;
      w.line_start = TRUE;
      append_escaped (&w, pdz_plan_get_office (ctx->plan));
      if (pdz_plan_get_office (ctx->plan) != NULL && pdz_plan_get_email (ctx->plan) != NULL)
        g_string_append (w.out, " · ");
      append_escaped (&w, pdz_plan_get_email (ctx->plan));
      g_string_append (w.out, "\n");
    }

  /* One trailing newline */
  while (w.out->len > 1 && w.out->str[w.out->len - 1] == '\n' && w.out->str[w.out->len - 2] == '\n')
    g_string_truncate (w.out, w.out->len - 1);

  return g_string_free_to_bytes (w.out);
}
