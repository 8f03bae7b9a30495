/* pdz-report-html.c: the report as one self-contained HTML file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Inline CSS and SVG, no script, nothing fetched: a Content-Security-Policy
 * says so to the browser too. Every text run of the document is escaped
 * (&, <, >, " and '), in content and in attributes alike, and links only
 * ever point to http:, https: and mailto: URLs or to anchors of our own.
 */

#include "pdz-report-builder-private.h"

/* The screen, the phone (below 600 px: one column, tables and charts that
 * scroll inside their own box, never the page) and paper (A4, page
 * numbers in the margin boxes of @page, no contents, no page break inside
 * a chart or a box, headings kept with what follows). */
static const char css[] =
  ":root{--ink:#1a1a1a;--muted:#555;--rule:#c8c8c8;--accent:#0072B2;--paper:#fff}\n"
  "*{box-sizing:border-box}\n"
  "html{font-size:100%;-webkit-text-size-adjust:100%;text-size-adjust:100%}\n"
  "body{margin:0 auto;max-width:64rem;padding:0 1.5rem 3rem;color:var(--ink);background:var(--paper);"
  "font-family:'DejaVu Sans','Liberation Sans',Arial,Helvetica,sans-serif;font-size:.95rem;line-height:1.45;"
  "overflow-wrap:break-word}\n"
  "a{color:var(--accent)}\n"
  "h1,h2,h3,h4{line-height:1.2;margin:1.6em 0 .5em}\n"
  "h2{font-size:1.45rem;border-bottom:3px solid var(--accent);padding-bottom:.25em}\n"
  "h2 .subtitle{font-weight:normal;font-size:1rem;color:var(--muted)}\n"
  "h3{font-size:1.15rem;border-left:4px solid var(--accent);padding-left:.5em}\n"
  "h4{font-size:1rem;color:var(--muted);margin-top:1.1em}\n"
  ".cover{margin:0 -1.5rem;padding:2rem 2rem 1.5rem;background:#eef5fb;border-bottom:6px solid var(--accent)}\n"
  ".cover .title{font-size:2.4rem;margin:0 0 .3em;color:#003e63}\n"
  ".cover .ambito{font-size:1.6rem;margin:0;font-weight:bold}\n"
  ".cover .period{font-size:1.4rem;margin:0 0 1.2em}\n"
  ".cover .monitoring{font-size:1.3rem;margin:0;font-weight:bold}\n"
  ".cover .span{font-size:1.2rem;margin:.1em 0 1.2em}\n"
  ".cover .municipalities,.cover .contacts{margin:.3em 0}\n"
  ".cover .subset{margin:1em 0 0;padding:.4em .6em;border-left:4px solid #CC79A7;background:#fff}\n"
  ".cover .generated{margin-top:1.4em;color:var(--muted);font-size:.9rem}\n"
  ".toc ul{padding-left:1.2em;margin:.4em 0}\n"
  "@media (min-width:900px){.toc ul{columns:3;column-gap:2rem}.toc li{break-inside:avoid}}\n"
  "@media (min-width:600px) and (max-width:899px){.toc ul{columns:2;column-gap:1.5rem}.toc li{break-inside:avoid}}\n"
  "ul.figures{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.6rem}\n"
  "ul.figures li{flex:1 1 14rem;border:1px solid var(--rule);border-top:4px solid var(--accent);padding:.5rem .7rem}\n"
  "ul.figures strong.value{font-size:1.5rem}\n"
  "ul.figures strong.share{font-size:1.1rem}\n"
  ".table-wrap{overflow-x:auto;margin:.6em 0 1.2em}\n"
  "table{border-collapse:collapse;width:100%;font-size:.9rem}\n"
  "th,td{border:1px solid var(--rule);padding:.3em .45em;text-align:left;vertical-align:top}\n"
  "th{background:#f0f0f0}\n"
  "th.num,td.num{text-align:right;white-space:nowrap}\n"
  "table.summary th.num{white-space:normal;hyphens:auto}\n"
  "th.group{background:#f7f7f7}\n"
  "tr.total th,tr.total td{font-weight:bold;border-top:2px solid var(--ink)}\n"
  "ul.actions{padding-left:1.2em}\n"
  "ul.actions li{margin:.45em 0}\n"
  "ul.sub{padding-left:1.4em;margin:.2em 0;font-size:.95em}\n"
  "p.meta,p.lead{color:var(--muted)}\n"
  "p.description{white-space:pre-line}\n"
  "p.empty,p.note,p.no-chart{font-style:italic;color:var(--muted)}\n"
  "section.box{border:2px solid #CC79A7;border-radius:4px;padding:0 1rem .6rem;margin:1.6em 0}\n"
  "section.box h2{border-bottom-color:#CC79A7;margin-top:.8em}\n"
  ".status,.mark{display:inline-block;padding:0 .45em;border:1px solid;border-left-width:5px;"
  "border-radius:3px;font-size:.85em;white-space:nowrap}\n"
  ".st-completed{background:#d9f2e9;border-color:#009E73}\n"
  ".st-in-progress{background:#dcefff;border-color:#0072B2;border-style:dashed solid dashed solid}\n"
  ".st-planned{background:#fbf7cf;border-color:#a89a00;border-style:dotted solid dotted solid}\n"
  ".st-suspended{background:#fdebcc;border-color:#E69F00}\n"
  ".st-cancelled{background:#f9dfcf;border-color:#D55E00;text-decoration:line-through}\n"
  ".st-not-stated{background:#eeeeee;border-color:#8a8a8a;border-style:dashed;color:#333}\n"
  ".mark.extra{background:#f6e3ee;border-color:#CC79A7;font-weight:bold}\n"
  ".mark.outside{background:#fff;border-color:#D55E00;border-style:dashed;color:#8a3600}\n"
  ".mark.milestone{background:#e8f3fb;border-color:#56B4E9;border-left-width:1px}\n"
  ".mark.changed{background:#fff;border-color:#555;font-style:italic}\n"
  "figure.chart{margin:1.2em 0;break-inside:avoid}\n"
  "figure.chart svg{max-width:100%;height:auto;display:block}\n"
  "figcaption{color:var(--muted);font-size:.85rem;margin-top:.3em}\n"
  "footer{margin-top:3rem;border-top:1px solid var(--rule);padding-top:.6rem;color:var(--muted);font-size:.85rem}\n"
  "@media (max-width:600px){\n"
  "  body{padding:0 .75rem 2rem;font-size:1rem}\n"
  "  .cover{margin:0 -.75rem;padding:1.2rem .9rem 1rem}\n"
  "  .cover .title{font-size:1.8rem}\n"
  "  .cover .ambito{font-size:1.3rem}\n"
  "  .cover .period,.cover .monitoring,.cover .span{font-size:1.1rem}\n"
  "  h2{font-size:1.25rem}\n"
  "  ul.figures li{flex-basis:100%}\n"
  "  table{width:auto;min-width:100%}\n"
  "  figure.chart{overflow-x:auto}\n"
  "  figure.chart svg{max-width:none}\n"
  "}\n"
  "@media print{\n"
  "  body{max-width:none;padding:0;font-size:10pt}\n"
  "  a{color:inherit;text-decoration:none}\n"
  "  .cover{margin:0;min-height:240mm;display:flex;flex-direction:column;justify-content:center;"
  "background:none;border:none;break-after:page}\n"
  "  .toc{display:none}\n"
  "  .table-wrap{overflow:visible}\n"
  "  h1,h2,h3,h4{break-after:avoid;break-inside:avoid}\n"
  "  tr,li,figure,section.box,p.lead,p.meta{break-inside:avoid}\n"
  "  section.keep{break-inside:avoid}\n"
  "  thead{display:table-header-group}\n"
  "  footer{display:none}\n"
  "}\n";

/* The paper's margin boxes: the plan and the round at the foot of every
 * page but the cover, and "pagina N di M". Their texts are CSS strings,
 * escaped here. */
static void
append_css_string (GString    *out,
                   const char *text)
{
  g_autofree char *clean = _pdz_report_xml_text (text);

  g_string_append_c (out, '"');
  for (const char *p = clean != NULL ? clean : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Letters, digits and spaces as they are; anything else as a CSS
       * escape, so that no text can end the string or the style sheet */
      if (c < 0x80 && (g_ascii_isalnum (c) || c == ' '))
        g_string_append_c (out, (char) c);
      else if (c == '\n' || c == '\r' || c == '\t')
        g_string_append_c (out, ' ');
      else
        g_string_append_printf (out, "\\%06X ", c);
    }
  g_string_append_c (out, '"');
}

/* The margin boxes do not inherit the body's font */
#define PAGE_BOX_STYLE \
  "font-family:'DejaVu Sans','Liberation Sans',Arial,Helvetica,sans-serif;font-size:8pt;color:#555;" \
  "vertical-align:top"

static void
append_page_css (GString                *out,
                 const PdzReportContext *ctx)
{
  PdzPlan *plan = ctx->plan;
  g_autoptr(GString) running = g_string_new (NULL);

  g_string_append (running, _pdz_report_text_or (pdz_plan_get_title (plan), NULL));
  if (pdz_plan_get_monitoring_title (plan) != NULL)
    {
      g_string_append (running, " · ");
      g_string_append (running, pdz_plan_get_monitoring_title (plan));
    }

  g_string_append (out, "@page{size:A4;margin:16mm 14mm 18mm;\n  @bottom-left{content:");
  append_css_string (out, running->str);
  g_string_append (out, ";" PAGE_BOX_STYLE "}\n  @bottom-right{content:");
  append_css_string (out, _pdz_report_msg (ctx, PDZ_MSG_PRINT_PAGE));
  g_string_append (out, " \" \" counter(page) \" \" ");
  append_css_string (out, _pdz_report_msg (ctx, PDZ_MSG_PRINT_OF));
  g_string_append (out, " \" \" counter(pages);" PAGE_BOX_STYLE "}}\n"
                        "@page:first{@bottom-left{content:none}@bottom-right{content:none}}\n");
}

#define append_escaped _pdz_report_append_escaped_xml

static void
append_inlines (GString   *out,
                GPtrArray *inlines)
{
  for (guint i = 0; inlines != NULL && i < inlines->len; i++)
    {
      PdzReportInline *il = inlines->pdata[i];

      switch (il->kind)
        {
        case PDZ_INLINE_TEXT:
          append_escaped (out, il->text);
          break;
        case PDZ_INLINE_STRONG:
          if (il->klass != NULL)
            {
              g_string_append (out, "<strong class=\"");
              append_escaped (out, il->klass);
              g_string_append (out, "\">");
            }
          else
            g_string_append (out, "<strong>");
          append_escaped (out, il->text);
          g_string_append (out, "</strong>");
          break;
        case PDZ_INLINE_EMPH:
          if (il->klass != NULL)
            {
              g_string_append (out, "<em class=\"");
              append_escaped (out, il->klass);
              g_string_append (out, "\">");
            }
          else
            g_string_append (out, "<em>");
          append_escaped (out, il->text);
          g_string_append (out, "</em>");
          break;
        case PDZ_INLINE_LINK:
          if (_pdz_report_url_is_safe (il->target))
            {
              g_string_append (out, "<a href=\"");
              append_escaped (out, il->target);
              g_string_append (out, "\">");
              append_escaped (out, il->text);
              g_string_append (out, "</a>");
            }
          else
            append_escaped (out, il->text);
          break;
        case PDZ_INLINE_REF:
          g_string_append (out, "<a href=\"#");
          append_escaped (out, il->target);
          g_string_append (out, "\">");
          append_escaped (out, il->text);
          g_string_append (out, "</a>");
          break;
        case PDZ_INLINE_STATUS:
          g_string_append (out, "<span class=\"status st-");
          append_escaped (out, il->klass);
          g_string_append (out, "\">");
          append_escaped (out, il->text);
          g_string_append (out, "</span>");
          break;
        case PDZ_INLINE_MARK:
          g_string_append (out, "<span class=\"mark ");
          append_escaped (out, il->klass);
          g_string_append (out, "\"");
          if (il->target != NULL)
            {
              g_string_append (out, " title=\"");
              append_escaped (out, il->target);
              g_string_append (out, "\"");
            }
          g_string_append (out, ">");
          append_escaped (out, il->text);
          g_string_append (out, "</span>");
          break;
        case PDZ_INLINE_BREAK:
          g_string_append (out, "<br>");
          break;
        case PDZ_INLINE_ANCHOR:
          g_string_append (out, "<span id=\"");
          append_escaped (out, il->target);
          g_string_append (out, "\"></span>");
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

static void
append_class_attr (GString    *out,
                   const char *klass)
{
  if (klass != NULL)
    {
      g_string_append (out, " class=\"");
      append_escaped (out, klass);
      g_string_append (out, "\"");
    }
}

static void
append_table (GString        *out,
              PdzReportBlock *block)
{
  GArray *columns = block->columns;
  g_autofree guint *spans = g_new0 (guint, block->rows->len);

  /* Rows whose first cell repeats the one above are merged into it. */
  for (guint r = 0; r < block->rows->len; r++)
    {
      spans[r] = 1;
      if (block->group_first_column && r > 0)
        {
          guint head = r - 1;
          g_autofree char *a = NULL;
          g_autofree char *c = NULL;

          while (spans[head] == 0)
            head--;
          a = _pdz_doc_inlines_plain_text (g_ptr_array_index ((GPtrArray *) block->rows->pdata[head], 0));
          c = _pdz_doc_inlines_plain_text (g_ptr_array_index ((GPtrArray *) block->rows->pdata[r], 0));
          if (g_strcmp0 (a, c) == 0)
            {
              spans[head]++;
              spans[r] = 0;
            }
        }
    }

  /* A wide table scrolls in its own box, never the page */
  g_string_append (out, "<div class=\"table-wrap\"><table");
  append_class_attr (out, block->klass);
  g_string_append (out, ">\n<thead><tr>");
  for (guint c = 0; c < columns->len; c++)
    {
      PdzReportColumn *col = &g_array_index (columns, PdzReportColumn, c);

      g_string_append (out, col->numeric ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">");
      append_escaped (out, col->header);
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr></thead>\n<tbody>\n");

  for (guint r = 0; r < block->rows->len; r++)
    {
      GPtrArray *row = block->rows->pdata[r];

      g_string_append (out, "<tr");
      append_class_attr (out, _pdz_doc_table_row_class (block, r));
      g_string_append (out, ">");
      for (guint c = 0; c < row->len && c < columns->len; c++)
        {
          PdzReportColumn *col = &g_array_index (columns, PdzReportColumn, c);

          if (c == 0 && block->group_first_column)
            {
              if (spans[r] == 0)
                continue;
              g_string_append_printf (out, "<th scope=\"rowgroup\" class=\"group\" rowspan=\"%u\">", spans[r]);
              append_inlines (out, row->pdata[c]);
              g_string_append (out, "</th>");
              continue;
            }

          g_string_append (out, col->numeric ? "<td class=\"num\">" : "<td>");
          append_inlines (out, row->pdata[c]);
          g_string_append (out, "</td>");
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody>\n</table></div>\n");
}

static void
append_block (GString        *out,
              PdzReportBlock *block)
{
  switch (block->kind)
    {
    case PDZ_BLOCK_COVER:
      g_string_append (out, "<header class=\"cover\" id=\"cover\">\n");
      for (guint i = 0; i < block->items->len; i++)
        {
          const char *klass = block->cover_classes->pdata[i];
          gboolean title = i == 0;

          g_string_append (out, title ? "<h1" : "<p");
          append_class_attr (out, klass);
          g_string_append (out, ">");
          append_inlines (out, block->items->pdata[i]);
          g_string_append (out, title ? "</h1>\n" : "</p>\n");
        }
      g_string_append (out, "</header>\n");
      break;

    case PDZ_BLOCK_SECTION_BEGIN:
      g_string_append (out, "<section");
      append_class_attr (out, block->klass);
      g_string_append (out, ">\n");
      break;

    case PDZ_BLOCK_SECTION_END:
      g_string_append (out, "</section>\n");
      break;

    case PDZ_BLOCK_HEADING:
      g_string_append_printf (out, "<h%d", block->level);
      if (block->anchor != NULL)
        {
          g_string_append (out, " id=\"");
          append_escaped (out, block->anchor);
          g_string_append (out, "\"");
        }
      g_string_append (out, ">");
      append_inlines (out, block->inlines);
      g_string_append_printf (out, "</h%d>\n", block->level);
      break;

    case PDZ_BLOCK_PARAGRAPH:
      g_string_append (out, "<p");
      append_class_attr (out, block->klass);
      g_string_append (out, ">");
      append_inlines (out, block->inlines);
      g_string_append (out, "</p>\n");
      break;

    case PDZ_BLOCK_LIST:
      g_string_append (out, "<ul");
      append_class_attr (out, block->klass);
      g_string_append (out, ">\n");
      for (guint i = 0; i < block->items->len; i++)
        {
          PdzReportBlock *children = _pdz_doc_list_item_children (block, i);

          g_string_append (out, "<li>");
          append_inlines (out, block->items->pdata[i]);
          /* the list nested under the item: its milestones, its sub-actions */
          if (children != NULL)
            append_block (out, children);
          g_string_append (out, "</li>\n");
        }
      g_string_append (out, "</ul>\n");
      break;

    case PDZ_BLOCK_TABLE:
      append_table (out, block);
      break;

    case PDZ_BLOCK_FIGURE:
      g_string_append (out, "<figure class=\"chart\" id=\"chart-");
      append_escaped (out, block->figure->id);
      g_string_append (out, "\">\n");
      /* Our own SVG: every text in it is escaped by pdz-report-svg.c */
      g_string_append (out, block->figure->svg);
      g_string_append (out, "<figcaption>");
      append_escaped (out, block->figure->description);
      g_string_append (out, "</figcaption>\n</figure>\n");
      break;

    default:
      g_assert_not_reached ();
    }
}

GBytes *
_pdz_report_write_html (const PdzReportContext *ctx)
{
  g_autoptr(PdzReportDocument) doc = _pdz_report_document_new (ctx);
  GString *out = g_string_sized_new (64 * 1024);

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  append_escaped (out, doc->language);
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<meta http-equiv=\"Content-Security-Policy\" "
                        "content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
                        "<meta name=\"generator\" content=\"libpdz " PDZ_VERSION_S "\">\n<title>");
  append_escaped (out, doc->title);
  g_string_append (out, "</title>\n<style>\n");
  g_string_append (out, css);
  append_page_css (out, ctx);
  g_string_append (out, "</style>\n</head>\n<body>\n");

  for (guint i = 0; i < doc->blocks->len; i++)
    append_block (out, doc->blocks->pdata[i]);

  if (ctx->sections & PDZ_REPORT_SECTION_COVER)
    {
      PdzPlan *plan = ctx->plan;

      /* The office's contacts close the report, as on the seed's last page. */
      if (pdz_plan_get_office (plan) != NULL || pdz_plan_get_email (plan) != NULL)
        {
          g_string_append (out, "<footer>");
          append_escaped (out, pdz_plan_get_office (plan));
          if (pdz_plan_get_office (plan) != NULL && pdz_plan_get_email (plan) != NULL)
            g_string_append (out, " · ");
          append_escaped (out, pdz_plan_get_email (plan));
          g_string_append (out, "</footer>\n");
        }
    }

  g_string_append (out, "</body>\n</html>\n");

  return g_string_free_to_bytes (out);
}
