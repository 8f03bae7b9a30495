/* pdz-check.c: checks of a plan that loaded fine but may be wrong or incomplete
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every check has a stable code, a severity and one message per language,
 * in the catalogue of the language (pdz-catalog-LANG.c). Messages are
 * templates: "{0}", "{1}", ... are replaced by the arguments of the check.
 * Every code is documented in doc/checks.md.
 */

#include "pdz.h"

#include "pdz-catalog-private.h"
#include "pdz-language-private.h"
#include "pdz-date-private.h"
#include "pdz-plan-index-private.h"
#include "pdz-text-private.h"
#include "pdz-util-private.h"

typedef enum {
  CHECK_ACTION_OUTSIDE_PLAN_PERIOD,
  CHECK_PROJECT_OUTSIDE_PLAN_PERIOD,
  CHECK_END_BEFORE_START,
  CHECK_ACTION_COMPLETED_IN_FUTURE,
  CHECK_OBJECTIVE_WITHOUT_ACTIONS,
  CHECK_OBJECTIVE_STATUS_MISMATCH,
  CHECK_PARTNER_UNREFERENCED,
  CHECK_PROJECT_WITHOUT_LEAD,
  CHECK_PROJECT_WITHOUT_FUNDING,
  CHECK_PROJECT_NOT_FUNDED_IN_PROGRESS,
  CHECK_INDICATOR_WITHOUT_MEASUREMENT,
  CHECK_MACROAREA_WITHOUT_OBJECTIVES,
  CHECK_ACTION_OUTSIDE_ROUND,
  CHECK_MILESTONE_OUTSIDE_PLAN_PERIOD,
  CHECK_MILESTONE_OUTSIDE_ROUND,
  N_CHECKS
} CheckId;

/* The stable codes: never rename one. */
static const char * const check_codes[N_CHECKS + 1] = {
  [CHECK_ACTION_OUTSIDE_PLAN_PERIOD] = "action-outside-plan-period",
  [CHECK_PROJECT_OUTSIDE_PLAN_PERIOD] = "project-outside-plan-period",
  [CHECK_END_BEFORE_START] = "end-before-start",
  [CHECK_ACTION_COMPLETED_IN_FUTURE] = "action-completed-in-future",
  [CHECK_OBJECTIVE_WITHOUT_ACTIONS] = "objective-without-actions",
  [CHECK_OBJECTIVE_STATUS_MISMATCH] = "objective-status-mismatch",
  [CHECK_PARTNER_UNREFERENCED] = "partner-unreferenced",
  [CHECK_PROJECT_WITHOUT_LEAD] = "project-without-lead",
  [CHECK_PROJECT_WITHOUT_FUNDING] = "project-without-funding",
  [CHECK_PROJECT_NOT_FUNDED_IN_PROGRESS] = "project-not-funded-in-progress",
  [CHECK_INDICATOR_WITHOUT_MEASUREMENT] = "indicator-without-measurement",
  [CHECK_MACROAREA_WITHOUT_OBJECTIVES] = "macroarea-without-objectives",
  [CHECK_ACTION_OUTSIDE_ROUND] = "action-outside-round",
  [CHECK_MILESTONE_OUTSIDE_PLAN_PERIOD] = "milestone-outside-plan-period",
  [CHECK_MILESTONE_OUTSIDE_ROUND] = "milestone-outside-round",
  [N_CHECKS] = NULL
};

static const PdzSeverity check_severities[N_CHECKS] = {
  [CHECK_ACTION_OUTSIDE_PLAN_PERIOD] = PDZ_SEVERITY_WARNING,
  [CHECK_PROJECT_OUTSIDE_PLAN_PERIOD] = PDZ_SEVERITY_WARNING,
  [CHECK_END_BEFORE_START] = PDZ_SEVERITY_ERROR,
  [CHECK_ACTION_COMPLETED_IN_FUTURE] = PDZ_SEVERITY_WARNING,
  [CHECK_OBJECTIVE_WITHOUT_ACTIONS] = PDZ_SEVERITY_WARNING,
  [CHECK_OBJECTIVE_STATUS_MISMATCH] = PDZ_SEVERITY_WARNING,
  [CHECK_PARTNER_UNREFERENCED] = PDZ_SEVERITY_INFO,
  [CHECK_PROJECT_WITHOUT_LEAD] = PDZ_SEVERITY_INFO,
  [CHECK_PROJECT_WITHOUT_FUNDING] = PDZ_SEVERITY_INFO,
  [CHECK_PROJECT_NOT_FUNDED_IN_PROGRESS] = PDZ_SEVERITY_WARNING,
  [CHECK_INDICATOR_WITHOUT_MEASUREMENT] = PDZ_SEVERITY_WARNING,
  [CHECK_MACROAREA_WITHOUT_OBJECTIVES] = PDZ_SEVERITY_INFO,
  [CHECK_ACTION_OUTSIDE_ROUND] = PDZ_SEVERITY_WARNING,
  [CHECK_MILESTONE_OUTSIDE_PLAN_PERIOD] = PDZ_SEVERITY_WARNING,
  [CHECK_MILESTONE_OUTSIDE_ROUND] = PDZ_SEVERITY_WARNING,
};

/* The message of each check, in the catalogue of each language
 * (pdz-catalog-LANG.c) */
static const PdzMsg check_messages[N_CHECKS] = {
  [CHECK_ACTION_OUTSIDE_PLAN_PERIOD] = PDZ_MSG_CHECK_ACTION_OUTSIDE_PLAN_PERIOD,
  [CHECK_PROJECT_OUTSIDE_PLAN_PERIOD] = PDZ_MSG_CHECK_PROJECT_OUTSIDE_PLAN_PERIOD,
  [CHECK_END_BEFORE_START] = PDZ_MSG_CHECK_END_BEFORE_START,
  [CHECK_ACTION_COMPLETED_IN_FUTURE] = PDZ_MSG_CHECK_ACTION_COMPLETED_IN_FUTURE,
  [CHECK_OBJECTIVE_WITHOUT_ACTIONS] = PDZ_MSG_CHECK_OBJECTIVE_WITHOUT_ACTIONS,
  [CHECK_OBJECTIVE_STATUS_MISMATCH] = PDZ_MSG_CHECK_OBJECTIVE_STATUS_MISMATCH,
  [CHECK_PARTNER_UNREFERENCED] = PDZ_MSG_CHECK_PARTNER_UNREFERENCED,
  [CHECK_PROJECT_WITHOUT_LEAD] = PDZ_MSG_CHECK_PROJECT_WITHOUT_LEAD,
  [CHECK_PROJECT_WITHOUT_FUNDING] = PDZ_MSG_CHECK_PROJECT_WITHOUT_FUNDING,
  [CHECK_PROJECT_NOT_FUNDED_IN_PROGRESS] = PDZ_MSG_CHECK_PROJECT_NOT_FUNDED_IN_PROGRESS,
  [CHECK_INDICATOR_WITHOUT_MEASUREMENT] = PDZ_MSG_CHECK_INDICATOR_WITHOUT_MEASUREMENT,
  [CHECK_MACROAREA_WITHOUT_OBJECTIVES] = PDZ_MSG_CHECK_MACROAREA_WITHOUT_OBJECTIVES,
  [CHECK_ACTION_OUTSIDE_ROUND] = PDZ_MSG_CHECK_ACTION_OUTSIDE_ROUND,
  [CHECK_MILESTONE_OUTSIDE_PLAN_PERIOD] = PDZ_MSG_CHECK_MILESTONE_OUTSIDE_PLAN_PERIOD,
  [CHECK_MILESTONE_OUTSIDE_ROUND] = PDZ_MSG_CHECK_MILESTONE_OUTSIDE_ROUND,
};

/* ------------------------------------------------------------------------- */

/* Titles are sentences: messages quote at most this many characters. */
#define MAX_QUOTED_CHARS 60

typedef struct {
  PdzPlan *plan;              /* (not owned) */
  PdzPlanIndex *index;        /* (owned) */
  PdzCheckOptions *options;   /* (owned) */
  GListStore *out;            /* (owned) (element-type PdzDiagnostic) */
  const PdzCatalog *cat;      /* the language's fixed texts */
  guint32 reference;          /* Julian day */
  const PdzDate *plan_start;  /* (nullable) */
  const PdzDate *plan_end;    /* (nullable) */
  const PdzDate *round_start; /* (nullable) */
  const PdzDate *round_end;   /* (nullable) */
  gboolean enabled[N_CHECKS]; /* the options' answer for each check, asked once */
} CheckContext;

static char *
expand_template (const char *template,
                 const char * const *args,
                 guint n_args)
{
  GString *out = g_string_new (NULL);

  for (const char *p = template; *p != '\0'; p++)
    {
      if (p[0] == '{' && g_ascii_isdigit (p[1]) && p[2] == '}')
        {
          guint i = p[1] - '0';

          if (i < n_args && args[i] != NULL)
            g_string_append (out, args[i]);
          p += 2;
        }
      else
        {
          g_string_append_c (out, *p);
        }
    }

  return g_string_free (out, FALSE);
}

/* Shortens @text to MAX_QUOTED_CHARS characters, at a word break when one
 * is near, with an ellipsis; control and bidirectional characters
 * escaped, so that a title cannot garble the terminal that shows it. */
static char *
quote_text (const char *text)
{
  return _pdz_text_quote (text, -1, MAX_QUOTED_CHARS, PDZ_QUOTE_AT_WORD);
}

/* A status as the messages say it: "previsto", "in progress" */
static const char *
status_label (CheckContext *ctx,
              PdzStatus status)
{
  return _pdz_catalog_status_label (ctx->cat, status, PDZ_CATALOG_STATUS_OF_OBJECTIVE);
}

static gboolean
check_enabled (CheckContext *ctx,
               CheckId id)
{
  return ctx->enabled[id];
}

/* Adds a diagnostic of check @id about @subject, at @pointer, or at the
 * subject's own place in the file when @pointer is %NULL: the pointers are
 * looked up only for what is reported. @args are the @n_args arguments of
 * the message template. */
static void
report (CheckContext *ctx,
        CheckId id,
        gpointer subject,
        const char *pointer,
        const char * const *args,
        guint n_args)
{
  g_autofree char *message = NULL;
  g_autoptr(PdzDiagnostic) diagnostic = NULL;

  if (pointer == NULL)
    pointer = _pdz_plan_index_get_pointer (ctx->index, subject);
  message = expand_template (_pdz_catalog_text (ctx->cat, check_messages[id]), args, n_args);
  diagnostic = pdz_diagnostic_new (check_severities[id], check_codes[id],
                                   pointer != NULL ? pointer : "",
                                   message, subject);
  g_list_store_append (ctx->out, diagnostic);
}

static char *
format_date (CheckContext *ctx,
             const PdzDate *date)
{
  if (date == NULL)
    return g_strdup ("…");
  return _pdz_catalog_format_date (ctx->cat, date);
}

static char *
format_span (CheckContext *ctx,
             const PdzDate *start,
             const PdzDate *end)
{
  g_autofree char *a = format_date (ctx, start);
  g_autofree char *b = NULL;

  if (end == NULL || (start != NULL && pdz_date_equal (start, end)))
    return g_steal_pointer (&a);

  b = format_date (ctx, end);
  return g_strdup_printf ("%s – %s", a, b);
}

/* TRUE when the span from @start to @end (either may be NULL, not both)
 * certainly lies partly outside the plan period: it certainly begins before
 * the plan starts, or certainly ends after the plan ends. A partial date is
 * outside only when all of it is: "2023" is not outside a plan that ends in
 * "2023-06". */
static gboolean
outside_period (const PdzDate *period_start,
                const PdzDate *period_end,
                const PdzDate *start,
                const PdzDate *end)
{
  const PdzDate *first = start != NULL ? start : end;
  const PdzDate *last = end != NULL ? end : start;

  if (period_start != NULL &&
      _pdz_date_last_julian (first) < _pdz_date_first_julian (period_start))
    return TRUE;
  if (period_end != NULL &&
      _pdz_date_first_julian (last) > _pdz_date_last_julian (period_end))
    return TRUE;
  return FALSE;
}

static gboolean
outside_plan_period (CheckContext *ctx,
                     const PdzDate *start,
                     const PdzDate *end)
{
  return outside_period (ctx->plan_start, ctx->plan_end, start, end);
}

/* The same, for the monitoring round: an action dated after the round's
 * end, or before its start, is not of this round. */
static gboolean
outside_round (CheckContext *ctx,
               const PdzDate *start,
               const PdzDate *end)
{
  return outside_period (ctx->round_start, ctx->round_end, start, end);
}

/* TRUE when @end certainly comes before @start. */
static gboolean
ends_before_start (const PdzDate *start,
                   const PdzDate *end)
{
  return start != NULL && end != NULL &&
         _pdz_date_last_julian (end) < _pdz_date_first_julian (start);
}

static void
check_end_before_start (CheckContext *ctx,
                        gpointer subject,
                        const char *pointer,
                        const char *title,
                        const PdzDate *start,
                        const PdzDate *end)
{
  g_autofree char *quoted = NULL;
  g_autofree char *end_text = NULL;
  g_autofree char *start_text = NULL;

  if (!check_enabled (ctx, CHECK_END_BEFORE_START) || !ends_before_start (start, end))
    return;

  quoted = quote_text (title);
  end_text = format_date (ctx, end);
  start_text = format_date (ctx, start);
  report (ctx, CHECK_END_BEFORE_START, subject, pointer,
          (const char *[]) { quoted, end_text, start_text }, 3);
}

static void
check_plan (CheckContext *ctx)
{
  const char *title = pdz_plan_get_title (ctx->plan);

  if (title == NULL)
    title = pdz_plan_get_id (ctx->plan);

  check_end_before_start (ctx, ctx->plan, "/end", title, ctx->plan_start, ctx->plan_end);

  title = pdz_plan_get_monitoring_title (ctx->plan);
  if (title == NULL)
    title = _pdz_catalog_text (ctx->cat, PDZ_MSG_CHECK_UNTITLED_ROUND);
  check_end_before_start (ctx, ctx->plan, "/monitoring/end", title,
                          pdz_plan_get_monitoring_start (ctx->plan),
                          pdz_plan_get_monitoring_end (ctx->plan));
}

static void
check_partners (CheckContext *ctx)
{
  if (!check_enabled (ctx, CHECK_PARTNER_UNREFERENCED))
    return;

  PDZ_MODEL_FOREACH (pdz_plan_get_partners (ctx->plan), PdzPartner, partner)
    {
      g_autofree char *quoted = NULL;

      if (g_hash_table_contains (ctx->index->referenced_partners, partner))
        continue;

      quoted = quote_text (pdz_partner_get_display_name (partner));
      report (ctx, CHECK_PARTNER_UNREFERENCED, partner, NULL,
              (const char *[]) { quoted }, 1);
    }
}

static void
check_macroareas (CheckContext *ctx)
{
  if (!check_enabled (ctx, CHECK_MACROAREA_WITHOUT_OBJECTIVES))
    return;

  PDZ_MODEL_FOREACH (pdz_plan_get_macroareas (ctx->plan), PdzMacroarea, macroarea)
    {
      GPtrArray *objectives = _pdz_plan_index_lookup (ctx->index->macroarea_objectives, macroarea);
      g_autofree char *quoted = NULL;

      if (objectives != NULL && objectives->len > 0)
        continue;

      quoted = quote_text (pdz_macroarea_get_title (macroarea));
      report (ctx, CHECK_MACROAREA_WITHOUT_OBJECTIVES, macroarea, NULL,
              (const char *[]) { quoted }, 1);
    }
}

static void check_action (CheckContext *ctx, PdzAction *action);

static void
check_action (CheckContext *ctx,
              PdzAction *action)
{
  const PdzDate *date = pdz_action_get_date (action);
  const PdzDate *end = pdz_action_get_end_date (action);
  const char *title = pdz_action_get_title (action);

  check_end_before_start (ctx, action, NULL, title, date, end);

  if (check_enabled (ctx, CHECK_ACTION_OUTSIDE_PLAN_PERIOD) &&
      (date != NULL || end != NULL) &&
      outside_plan_period (ctx, date, end))
    {
      g_autofree char *quoted = quote_text (title);
      g_autofree char *when = format_span (ctx, date, end);
      g_autofree char *period = format_span (ctx, ctx->plan_start, ctx->plan_end);

      report (ctx, CHECK_ACTION_OUTSIDE_PLAN_PERIOD, action, NULL,
              (const char *[]) { quoted, when, period }, 3);
    }

  /* A completed action is in the future when even the earliest day its
   * last date, or one of its milestones, may denote is after the
   * reference date. */
  if (check_enabled (ctx, CHECK_ACTION_COMPLETED_IN_FUTURE) &&
      pdz_action_get_status (action) == PDZ_STATUS_COMPLETED)
    {
      g_autofree char *when = NULL;

      if ((date != NULL || end != NULL) &&
          _pdz_date_first_julian (end != NULL ? end : date) > ctx->reference)
        when = format_span (ctx, date, end);
      PDZ_MODEL_FOREACH (_pdz_action_peek_list (action, PDZ_LIST_MILESTONES), PdzMilestone, milestone)
        {
          const PdzDate *day = pdz_milestone_get_date (milestone);

          if (when == NULL && day != NULL && _pdz_date_first_julian (day) > ctx->reference)
            when = format_date (ctx, day);
        }

      if (when != NULL)
        {
          g_autofree char *quoted = quote_text (title);
          g_autofree char *reference = NULL;
          GDate day;

          g_date_clear (&day, 1);
          g_date_set_julian (&day, ctx->reference);
          {
            g_autoptr(PdzDate) ref = pdz_date_new_day (g_date_get_year (&day),
                                                       g_date_get_month (&day),
                                                       g_date_get_day (&day));
            reference = format_date (ctx, ref);
          }
          report (ctx, CHECK_ACTION_COMPLETED_IN_FUTURE, action, NULL,
                  (const char *[]) { quoted, when, reference }, 3);
        }
    }

  if (check_enabled (ctx, CHECK_ACTION_OUTSIDE_ROUND) &&
      (date != NULL || end != NULL) &&
      outside_round (ctx, date, end))
    {
      g_autofree char *quoted = quote_text (title);
      g_autofree char *when = format_span (ctx, date, end);
      g_autofree char *round = format_span (ctx, ctx->round_start, ctx->round_end);

      report (ctx, CHECK_ACTION_OUTSIDE_ROUND, action, NULL,
              (const char *[]) { quoted, when, round }, 3);
    }

  PDZ_MODEL_FOREACH (_pdz_action_peek_list (action, PDZ_LIST_MILESTONES), PdzMilestone, milestone)
    {
      const PdzDate *when = pdz_milestone_get_date (milestone);
      g_autofree char *milestone_pointer = NULL;
      struct {
        CheckId id;
        gboolean outside;
        const PdzDate *start, *end;
      } periods[] = {
        { CHECK_MILESTONE_OUTSIDE_PLAN_PERIOD, FALSE, ctx->plan_start, ctx->plan_end },
        { CHECK_MILESTONE_OUTSIDE_ROUND, FALSE, ctx->round_start, ctx->round_end },
      };

      if (when == NULL)
        continue;
      for (guint p = 0; p < G_N_ELEMENTS (periods); p++)
        {
          g_autofree char *quoted = NULL;
          g_autofree char *quoted_action = NULL;
          g_autofree char *text = NULL;
          g_autofree char *period = NULL;

          if (!check_enabled (ctx, periods[p].id) ||
              !outside_period (periods[p].start, periods[p].end, when, NULL))
            continue;
          if (milestone_pointer == NULL)
            milestone_pointer = _pdz_pointer_child (_pdz_plan_index_get_pointer (ctx->index, action),
                                                    "milestones", (int) milestone_i);
          quoted = quote_text (pdz_milestone_get_title (milestone));
          quoted_action = quote_text (title);
          text = format_date (ctx, when);
          period = format_span (ctx, periods[p].start, periods[p].end);
          report (ctx, periods[p].id, action, milestone_pointer,
                  (const char *[]) { quoted, text, quoted_action, period }, 4);
        }
    }

  /* The points under the bullet, checked as actions of their own. */
  PDZ_MODEL_FOREACH (_pdz_action_peek_list (action, PDZ_LIST_ACTIONS), PdzAction, sub)
    check_action (ctx, sub);
}

/* TRUE when an objective of status @objective contradicts an action of
 * status @action (see doc/checks.md). */
static gboolean
status_contradicts (PdzStatus objective,
                    PdzStatus action)
{
  /* What is not stated contradicts nothing. */
  if (objective == PDZ_STATUS_NOT_STATED || action == PDZ_STATUS_NOT_STATED)
    return FALSE;

  switch (objective)
    {
    case PDZ_STATUS_COMPLETED:
      /* done, yet some of its work is still to do or on hold */
      return action == PDZ_STATUS_PLANNED ||
             action == PDZ_STATUS_IN_PROGRESS ||
             action == PDZ_STATUS_SUSPENDED;
    case PDZ_STATUS_PLANNED:
      /* not started, yet some of its work started */
      return action == PDZ_STATUS_IN_PROGRESS ||
             action == PDZ_STATUS_COMPLETED;
    case PDZ_STATUS_CANCELLED:
      /* dropped, yet some of its work goes on */
      return action == PDZ_STATUS_IN_PROGRESS;
    case PDZ_STATUS_IN_PROGRESS:
    case PDZ_STATUS_SUSPENDED:
    case PDZ_STATUS_NOT_STATED:
    default:
      return FALSE;
    }
}

static void
check_objective (CheckContext *ctx,
                 PdzObjective *objective)
{
  GListModel *actions = _pdz_objective_peek_list (objective, PDZ_LIST_ACTIONS);
  GListModel *indicators = _pdz_objective_peek_list (objective, PDZ_LIST_INDICATORS);
  PdzStatus status = pdz_objective_get_status (objective);

  /* Nothing reported: no action of its own, nor of a project serving it. */
  if (check_enabled (ctx, CHECK_OBJECTIVE_WITHOUT_ACTIONS) && _pdz_model_n_items (actions) == 0)
    {
      GPtrArray *own = _pdz_plan_index_lookup (ctx->index->objective_actions, objective);
      GPtrArray *projects = _pdz_plan_index_lookup (ctx->index->objective_project_actions, objective);

      if ((own == NULL || own->len == 0) && (projects == NULL || projects->len == 0))
        {
          g_autofree char *quoted = quote_text (pdz_objective_get_title (objective));

          report (ctx, CHECK_OBJECTIVE_WITHOUT_ACTIONS, objective, NULL,
                  (const char *[]) { quoted }, 1);
        }
    }

  if (check_enabled (ctx, CHECK_OBJECTIVE_STATUS_MISMATCH))
    {
      PDZ_MODEL_FOREACH (actions, PdzAction, action)
        {
          PdzStatus action_status = pdz_action_get_status (action);

          if (status_contradicts (status, action_status))
            {
              g_autofree char *quoted = quote_text (pdz_objective_get_title (objective));
              g_autofree char *quoted_action = quote_text (pdz_action_get_title (action));

              report (ctx, CHECK_OBJECTIVE_STATUS_MISMATCH, objective, NULL,
                      (const char *[]) { quoted, status_label (ctx, status),
                                         quoted_action, status_label (ctx, action_status) }, 4);
              break;   /* once per objective, naming the first such action */
            }
        }
    }

  if (check_enabled (ctx, CHECK_INDICATOR_WITHOUT_MEASUREMENT))
    {
      PDZ_MODEL_FOREACH (indicators, PdzIndicator, indicator)
        {
          g_autofree char *quoted = NULL;

          if (pdz_indicator_get_target (indicator) == NULL ||
              _pdz_model_n_items (_pdz_indicator_peek_list (indicator, PDZ_LIST_MEASUREMENTS)) > 0)
            continue;

          quoted = quote_text (pdz_indicator_get_title (indicator));
          report (ctx, CHECK_INDICATOR_WITHOUT_MEASUREMENT, indicator,
                  NULL,
                  (const char *[]) { quoted }, 1);
        }
    }

  PDZ_MODEL_FOREACH (actions, PdzAction, action)
    check_action (ctx, action);
}

static gboolean
project_has_lead (PdzProject *project)
{
  if (pdz_project_get_lead (project) != NULL)
    return TRUE;

  PDZ_MODEL_FOREACH (_pdz_project_peek_list (project, PDZ_LIST_PARTICIPATIONS),
                     PdzParticipation, participation)
    {
      if (pdz_participation_get_role (participation) == PDZ_ROLE_LEAD)
        return TRUE;
    }

  return FALSE;
}

/* A project is funded when it, or one of its actions (its own, or an
 * action of an objective naming it), has a funding. */
static gboolean
project_has_funding (CheckContext *ctx,
                     PdzProject *project)
{
  GPtrArray *actions = _pdz_plan_index_lookup (ctx->index->project_actions, project);

  if (_pdz_model_n_items (_pdz_project_peek_list (project, PDZ_LIST_FUNDINGS)) > 0)
    return TRUE;

  for (guint i = 0; actions != NULL && i < actions->len; i++)
    {
      PdzAction *action = g_ptr_array_index (actions, i);

      if (_pdz_model_n_items (_pdz_action_peek_list (action, PDZ_LIST_FUNDINGS)) > 0)
        return TRUE;
    }

  return FALSE;
}

static void
check_project (CheckContext *ctx,
               PdzProject *project)
{
  const char *title = pdz_project_get_title (project);
  const PdzDate *start = pdz_project_get_start (project);
  const PdzDate *end = pdz_project_get_end (project);
  GListModel *fundings = _pdz_project_peek_list (project, PDZ_LIST_FUNDINGS);
  guint n_fundings = _pdz_model_n_items (fundings);

  check_end_before_start (ctx, project, NULL, title, start, end);

  if (check_enabled (ctx, CHECK_PROJECT_OUTSIDE_PLAN_PERIOD) &&
      (start != NULL || end != NULL) &&
      outside_plan_period (ctx, start, end))
    {
      g_autofree char *quoted = quote_text (title);
      g_autofree char *when = format_span (ctx, start, end);
      g_autofree char *period = format_span (ctx, ctx->plan_start, ctx->plan_end);

      report (ctx, CHECK_PROJECT_OUTSIDE_PLAN_PERIOD, project, NULL,
              (const char *[]) { quoted, when, period }, 3);
    }

  if (check_enabled (ctx, CHECK_PROJECT_WITHOUT_LEAD) && !project_has_lead (project))
    {
      g_autofree char *quoted = quote_text (title);

      report (ctx, CHECK_PROJECT_WITHOUT_LEAD, project, NULL,
              (const char *[]) { quoted }, 1);
    }

  if (check_enabled (ctx, CHECK_PROJECT_WITHOUT_FUNDING) && !project_has_funding (ctx, project))
    {
      g_autofree char *quoted = quote_text (title);

      report (ctx, CHECK_PROJECT_WITHOUT_FUNDING, project, NULL,
              (const char *[]) { quoted }, 1);
    }

  /* In progress on money that was refused: every funding of the project
   * is "not-funded". */
  if (check_enabled (ctx, CHECK_PROJECT_NOT_FUNDED_IN_PROGRESS) &&
      pdz_project_get_status (project) == PDZ_STATUS_IN_PROGRESS &&
      n_fundings > 0)
    {
      g_autoptr(GString) sources = g_string_new (NULL);
      gboolean all_refused = TRUE;

      for (guint i = 0; i < n_fundings && all_refused; i++)
        {
          PdzFunding *funding = _pdz_model_peek (fundings, i);

          all_refused = pdz_funding_get_status (funding) == PDZ_FUNDING_STATUS_NOT_FUNDED;
          if (sources->len > 0)
            g_string_append (sources, ", ");
          g_string_append (sources, pdz_funding_get_source (funding));
        }

      if (all_refused)
        {
          g_autofree char *quoted = quote_text (title);

          report (ctx, CHECK_PROJECT_NOT_FUNDED_IN_PROGRESS, project, NULL,
                  (const char *[]) { quoted, sources->str }, 2);
        }
    }

  PDZ_MODEL_FOREACH (_pdz_project_peek_list (project, PDZ_LIST_ACTIONS), PdzAction, action)
    check_action (ctx, action);
}

/**
 * pdz_plan_check:
 * @self: a plan
 * @options: (nullable): the options, or %NULL for the defaults
 *
 * Checks a plan that loaded fine for what is wrong or incomplete in it: an
 * action dated outside the plan period, an end before its start, an action
 * marked completed but dated after the reference date, an objective with
 * nothing reported, an objective whose status contradicts its actions, a
 * partner that nothing references, a project without a lead or funding, a
 * project in progress on funding that was refused, an indicator with a
 * target but no measurement, a macroarea without objectives.
 *
 * Each problem is a [class@Pdz.Diagnostic], in the order of the file: the
 * plan, its partners, macroareas, objectives (each followed by its
 * indicators and actions), then projects (each followed by its actions).
 * Every code is listed by [func@Pdz.check_get_codes] and documented in
 * `doc/checks.md`.
 *
 * Returns: (transfer full): a list model of [class@Pdz.Diagnostic], empty
 *   when nothing is wrong
 */
GListModel *
pdz_plan_check (PdzPlan *self,
                PdzCheckOptions *options)
{
  CheckContext ctx = { NULL, };
  const char *language;
  const PdzDate *reference;

  g_return_val_if_fail (PDZ_IS_PLAN (self), NULL);
  g_return_val_if_fail (options == NULL || PDZ_IS_CHECK_OPTIONS (options), NULL);

  ctx.plan = self;
  ctx.index = _pdz_plan_index_get (self);
  ctx.options = options != NULL ? g_object_ref (options) : pdz_check_options_new ();
  for (guint i = 0; i < N_CHECKS; i++)
    ctx.enabled[i] = pdz_check_options_is_code_enabled (ctx.options, check_codes[i]);
  ctx.out = g_list_store_new (PDZ_TYPE_DIAGNOSTIC);

  /* The rule the report follows too (pdz-language.c) */
  language = _pdz_language_resolve (pdz_check_options_get_language (ctx.options), self);
  ctx.cat = _pdz_catalog_lookup_or_english (language);

  reference = pdz_check_options_get_reference_date (ctx.options);
  ctx.reference = reference != NULL ? _pdz_date_last_julian (reference) : _pdz_julian_today ();
  ctx.plan_start = pdz_plan_get_start (self);
  ctx.plan_end = pdz_plan_get_end (self);
  ctx.round_start = pdz_plan_get_monitoring_start (self);
  ctx.round_end = pdz_plan_get_monitoring_end (self);

  check_plan (&ctx);
  check_partners (&ctx);
  check_macroareas (&ctx);

  PDZ_MODEL_FOREACH (pdz_plan_get_objectives (self), PdzObjective, objective)
    check_objective (&ctx, objective);
  PDZ_MODEL_FOREACH (pdz_plan_get_projects (self), PdzProject, project)
    check_project (&ctx, project);

  _pdz_plan_index_unref (ctx.index);
  g_object_unref (ctx.options);
  return G_LIST_MODEL (ctx.out);
}

/**
 * pdz_check_get_codes:
 *
 * Lists the codes of every check [method@Pdz.Plan.check] runs, such as
 * `end-before-start`.
 *
 * Returns: (transfer none) (array zero-terminated=1): the codes
 */
const char * const *
pdz_check_get_codes (void)
{
  return check_codes;
}

/**
 * pdz_check_get_code_severity:
 * @code: the code of a check
 * @severity: (out) (optional): where to store the severity of its diagnostics
 *
 * Looks up the severity the check of @code reports with.
 *
 * Returns: %TRUE if @code is the code of a check
 */
gboolean
pdz_check_get_code_severity (const char *code,
                             PdzSeverity *severity)
{
  g_return_val_if_fail (code != NULL, FALSE);

  for (guint i = 0; i < N_CHECKS; i++)
    {
      if (g_str_equal (check_codes[i], code))
        {
          if (severity != NULL)
            *severity = check_severities[i];
          return TRUE;
        }
    }

  return FALSE;
}
