/* pdz-report-context.c: the context of one rendering
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * pdz-report-write.c makes the context of a PdzReport; the regional
 * overview (pdz-report-region.c) makes one per ambito from it. Below both,
 * this file calls neither.
 */

#include "pdz-report-private.h"

void
_pdz_report_context_free (PdzReportContext *ctx)
{
  g_clear_object (&ctx->plan);
  g_clear_object (&ctx->corpus);
  g_clear_object (&ctx->query);
  g_clear_pointer (&ctx->generated, g_date_time_unref);
  g_clear_object (&ctx->diagnostics);
  g_clear_object (&ctx->diff);
  g_clear_pointer (&ctx->change_marks, g_hash_table_unref);
  g_free (ctx);
}

PdzReportContext *
_pdz_report_context_for_plan (const PdzReportContext *ctx,
                              PdzPlan                *plan,
                              PdzReportSection        sections)
{
  PdzReportContext *copy = g_new0 (PdzReportContext, 1);

  *copy = *ctx;
  copy->plan = g_object_ref (plan);
  copy->corpus = NULL;
  copy->query = NULL;
  copy->sections = sections;
  copy->include_diagnostics = FALSE;
  copy->diagnostics = NULL;
  /* (a regional overview compares no rounds: @ctx has none, and a
   * borrowed pointer here would be unreffed twice) */
  copy->diff = NULL;
  copy->change_marks = NULL;
  copy->generated = g_date_time_ref (ctx->generated);
  return copy;
}
