/* pdz-report.c: the monitoring report of a plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-util-private.h"
#include "pdz-language-private.h"
#include "pdz-report-private.h"

/**
 * PdzReport:
 *
 * The monitoring report of a [class@Pdz.Plan]: what a planning office hands
 * to the mayors' assembly, to the Region and to the public.
 *
 * A report reads the plan and the roll-ups of [class@Pdz.Stats]; it never
 * changes the plan. Its properties choose what it writes:
 *
 * - [property@Pdz.Report:format]: one self-contained HTML file, Markdown
 *   for pandoc, CSV tables, an XLSX workbook, an A4 PDF or an ODP slide
 *   deck (the last three when this build of libpdz has their writer:
 *   [func@Pdz.ReportFormat.is_available]);
 * - [property@Pdz.Report:language]: Italian (`it`) or English (`en`),
 *   by default the plan's [property@Pdz.Plan:language], whatever the locale
 *   of the process;
 * - [property@Pdz.Report:sections]: the sections of an HTML or Markdown
 *   report, and [property@Pdz.Report:include-diagnostics] for an appendix
 *   with the findings of [method@Pdz.Plan.check];
 * - [property@Pdz.Report:table] and [property@Pdz.Report:csv-dialect]: the
 *   table of a CSV report and how it is spelled;
 * - [property@Pdz.Report:generated]: the date the report says it was
 *   generated, so that the output can be reproduced;
 * - [property@Pdz.Report:query]: a [class@Pdz.Query] that limits the
 *   report to what it finds, for a report per macroarea or per partner;
 * - [property@Pdz.Report:since]: the previous monitoring round of the plan,
 *   for a section on what changed since then.
 *
 * The output is a function of the plan and of these properties alone (and,
 * when [property@Pdz.Report:generated] is unset, of `SOURCE_DATE_EPOCH`
 * or the clock).
 *
 * ```python
 * report = Pdz.Report.new(plan)
 * report.props.format = Pdz.ReportFormat.MARKDOWN
 * report.props.language = "en"
 * report.write_path("report.md", None)
 * ```
 *
 * ## Threads
 *
 * A report is used from one thread at a time, and the plan it refers to
 * with it: no other thread may touch the plan meanwhile. See
 * [the threads guide](threads.html).
 */
struct _PdzReport
{
  GObject parent_instance;

  PdzPlan *plan;                         /* (owned) (nullable) */
  PdzReportFormat format;
  char *language;                        /* (owned) (nullable) */
  PdzReportSection sections;
  PdzReportTable table;
  PdzReportCsvDialect csv_dialect;
  GDateTime *generated;                  /* (owned) (nullable) */
  gboolean include_diagnostics;
  PdzQuery *query;                       /* (owned) (nullable) */
  PdzPlan *since;                        /* (owned) (nullable) */
  PdzDiffFlags since_flags;
  PdzCorpus *corpus;                     /* (owned) (nullable) */
};

G_DEFINE_FINAL_TYPE (PdzReport, pdz_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_FORMAT,
  PROP_LANGUAGE,
  PROP_SECTIONS,
  PROP_TABLE,
  PROP_CSV_DIALECT,
  PROP_GENERATED,
  PROP_INCLUDE_DIAGNOSTICS,
  PROP_QUERY,
  PROP_SINCE,
  PROP_SINCE_FLAGS,
  PROP_CORPUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pdz_report_finalize (GObject *object)
{
  PdzReport *self = PDZ_REPORT (object);

  g_clear_object (&self->plan);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->generated, g_date_time_unref);
  g_clear_object (&self->query);
  g_clear_object (&self->since);
  g_clear_object (&self->corpus);

  G_OBJECT_CLASS (pdz_report_parent_class)->finalize (object);
}

static void
pdz_report_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PdzReport *self = PDZ_REPORT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_FORMAT:
      g_value_set_enum (value, self->format);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_SECTIONS:
      g_value_set_flags (value, self->sections);
      break;
    case PROP_TABLE:
      g_value_set_enum (value, self->table);
      break;
    case PROP_CSV_DIALECT:
      g_value_set_enum (value, self->csv_dialect);
      break;
    case PROP_GENERATED:
      g_value_set_boxed (value, self->generated);
      break;
    case PROP_INCLUDE_DIAGNOSTICS:
      g_value_set_boolean (value, self->include_diagnostics);
      break;
    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;
    case PROP_SINCE:
      g_value_set_object (value, self->since);
      break;
    case PROP_SINCE_FLAGS:
      g_value_set_flags (value, self->since_flags);
      break;
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_report_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PdzReport *self = PDZ_REPORT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      pdz_report_set_plan (self, g_value_get_object (value));
      break;
    case PROP_FORMAT:
      pdz_report_set_format (self, g_value_get_enum (value));
      break;
    case PROP_LANGUAGE:
      pdz_report_set_language (self, g_value_get_string (value));
      break;
    case PROP_SECTIONS:
      pdz_report_set_sections (self, g_value_get_flags (value));
      break;
    case PROP_TABLE:
      pdz_report_set_table (self, g_value_get_enum (value));
      break;
    case PROP_CSV_DIALECT:
      pdz_report_set_csv_dialect (self, g_value_get_enum (value));
      break;
    case PROP_GENERATED:
      pdz_report_set_generated (self, g_value_get_boxed (value));
      break;
    case PROP_INCLUDE_DIAGNOSTICS:
      pdz_report_set_include_diagnostics (self, g_value_get_boolean (value));
      break;
    case PROP_QUERY:
      pdz_report_set_query (self, g_value_get_object (value));
      break;
    case PROP_SINCE:
      pdz_report_set_since (self, g_value_get_object (value));
      break;
    case PROP_SINCE_FLAGS:
      pdz_report_set_since_flags (self, g_value_get_flags (value));
      break;
    case PROP_CORPUS:
      pdz_report_set_corpus (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_report_class_init (PdzReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pdz_report_finalize;
  object_class->get_property = pdz_report_get_property;
  object_class->set_property = pdz_report_set_property;

  /**
   * PdzReport:plan:
   *
   * The plan the report is about. A report cannot be written without one.
   */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         PDZ_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzReport:format:
   *
   * The file format the report is written in. Any format can be set;
   * writing the report in one that this build of libpdz leaves out (see
   * [func@Pdz.ReportFormat.is_available]) fails with
   * %PDZ_ERROR_UNSUPPORTED.
   */
  properties[PROP_FORMAT] =
    g_param_spec_enum ("format", NULL, NULL,
                       PDZ_TYPE_REPORT_FORMAT, PDZ_REPORT_FORMAT_HTML,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzReport:language:
   *
   * The language of the report's own texts (headings, labels, dates), an
   * ISO 639-1 code such as `it` or `en`, optionally with a region (`it_IT`).
   * The plan's text is printed as it is.
   *
   * When %NULL, the language follows from the plan's
   * [property@Pdz.Plan:language] by the rule that
   * [property@Pdz.CheckOptions:language] follows too (so that a report and
   * its appendix of diagnostics agree), written out under "Language" in
   * [the guide to the report](report.html): the plan's language
   * when libpdz has it; Italian when the plan names none; else English.
   * Writing a report whose language is set to one that
   * [func@Pdz.Report.get_languages] does not list fails with
   * %PDZ_ERROR_INVALID_VALUE.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzReport:sections:
   *
   * The sections an HTML, Markdown or PDF report holds, in their fixed order.
   * CSV and XLSX reports ignore it.
   */
  properties[PROP_SECTIONS] =
    g_param_spec_flags ("sections", NULL, NULL,
                        PDZ_TYPE_REPORT_SECTION, PDZ_REPORT_SECTION_ALL,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzReport:table:
   *
   * The data table a CSV report holds. With [enum@Pdz.ReportTable.ALL],
   * [method@Pdz.Report.write_path] writes one file per table into a
   * directory, and a stream or bytes cannot hold the report. Other formats
   * ignore it.
   */
  properties[PROP_TABLE] =
    g_param_spec_enum ("table", NULL, NULL,
                       PDZ_TYPE_REPORT_TABLE, PDZ_REPORT_TABLE_ALL,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzReport:csv-dialect:
   *
   * How a CSV report is spelled.
   */
  properties[PROP_CSV_DIALECT] =
    g_param_spec_enum ("csv-dialect", NULL, NULL,
                       PDZ_TYPE_REPORT_CSV_DIALECT, PDZ_REPORT_CSV_DIALECT_RFC4180,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzReport:generated:
   *
   * The moment the report says it was generated; its day is printed on the
   * cover and is the reference date of the diagnostics.
   *
   * When %NULL, the `SOURCE_DATE_EPOCH` environment variable is used if it
   * is set (seconds since 1970, read as UTC, as
   * <https://reproducible-builds.org/specs/source-date-epoch/> says, from
   * 0 to 253402300799, the last second of 9999), and the current time
   * otherwise.
   *
   * The report prints the day in the years 1000 to 9999 only: writing it
   * with a date outside them, or with a `SOURCE_DATE_EPOCH` outside its
   * range, fails with %PDZ_ERROR_INVALID_VALUE.
   */
  properties[PROP_GENERATED] =
    g_param_spec_boxed ("generated", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzReport:include-diagnostics:
   *
   * Whether an HTML, Markdown or PDF report ends with an appendix listing the
   * diagnostics of [method@Pdz.Plan.check], in the report's language.
   */
  properties[PROP_INCLUDE_DIAGNOSTICS] =
    g_param_spec_boolean ("include-diagnostics", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzReport:query:
   *
   * A query that limits the report to what it finds: a report per
   * macroarea (`pdz_query_set_macroareas()`), per partner
   * (`pdz_query_set_partners()`), or by any other criterion of
   * [class@Pdz.Query]. %NULL, the default, reports on the whole plan.
   *
   * Every figure, chart and table of a limited report comes from
   * [ctor@Pdz.Stats.new_for_query] with this query, by the counting rule:
   * the bullets of the actions the query finds, the objectives and projects
   * it finds or that hold one of those bullets, and the partners taking
   * part in them. The sections show those objectives, bullets (with their
   * sub-actions and milestones) and projects, and the cover says that the
   * report is an excerpt and of how many of the plan's actions.
   *
   * The query must be about the report's plan: writing a report whose
   * query has another plan (or none) fails with %PDZ_ERROR_INVALID_VALUE.
   * The report reads the query when it is written, so a change to the
   * query shows in the next output.
   *
   * Since: 0.2
   */
  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL,
                         PDZ_TYPE_QUERY,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzReport:since:
   *
   * The previous monitoring round of the plan, or %NULL, the default, for
   * a report of the round alone.
   *
   * With a previous round, the report compares it with
   * [property@Pdz.Report:plan] as [ctor@Pdz.Diff.new_from_plans] does, and
   * says what changed, every figure from the summaries of that
   * [class@Pdz.Diff]: an HTML, Markdown or PDF report has a section "What
   * changed since the previous round" right after the summary (when
   * [property@Pdz.Report:sections] has it), which names the old round and
   * its span and holds a table of the status transitions, the lists of
   * the actions completed, added, removed and newly extra, and the
   * partners and funding that changed; the sections of the macroareas mark
   * each action that is new, changed status or moved ("nuovo", "concluso
   * da previsto"). The slide deck has the section as slides in the same
   * place, a CSV report the table [enum@Pdz.ReportTable.CHANGES], and an
   * XLSX workbook a sheet "Modifiche" ("Changes").
   *
   * The two plans must be rounds of one plan: writing a report whose
   * previous round has another id fails with %PDZ_ERROR_DIFFERENT_PLANS,
   * unless [property@Pdz.Report:since-flags] has
   * %PDZ_DIFF_FLAGS_FORCE. The report reads the plan when it is written,
   * so a change to it shows in the next output.
   *
   * Since: 0.2
   */
  properties[PROP_SINCE] =
    g_param_spec_object ("since", NULL, NULL,
                         PDZ_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzReport:since-flags:
   *
   * How the report compares its plan with [property@Pdz.Report:since]:
   * %PDZ_DIFF_FLAGS_FORCE compares two plans whatever their ids, as
   * `pdz report --since OLD --force` does.
   *
   * Since: 0.2
   */
  properties[PROP_SINCE_FLAGS] =
    g_param_spec_flags ("since-flags", NULL, NULL,
                        PDZ_TYPE_DIFF_FLAGS, PDZ_DIFF_FLAGS_NONE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzReport:corpus:
   *
   * The plans of many Ambiti, for the regional overview: when set, the
   * report is about the plans that count in the corpus (see
   * [class@Pdz.Corpus]) rather than about [property@Pdz.Report:plan], which
   * it ignores. %NULL, the default, reports on the plan.
   *
   * The overview has a cover, a summary with one row per ambito and the
   * Region's totals, the charts of the same kinds as a plan's report with
   * the Region's figures, a section per ambito, and the files that did not
   * count (bad files, and earlier rounds of a plan), in HTML, Markdown and
   * PDF. In CSV and XLSX it is the table of the ambiti, one row each,
   * whatever [property@Pdz.Report:table] says. It has no slide deck:
   * writing it as %PDZ_REPORT_FORMAT_ODP fails with %PDZ_ERROR_UNSUPPORTED. It is written in
   * [property@Pdz.Report:language], else in the language of the first plan
   * that counts. A regional report takes no [property@Pdz.Report:query]:
   * writing one that has a query fails with %PDZ_ERROR_INVALID_VALUE.
   *
   * The report reads the corpus when it is written; see `doc/corpus.md`.
   *
   * Since: 0.2
   */
  properties[PROP_CORPUS] =
    g_param_spec_object ("corpus", NULL, NULL,
                         PDZ_TYPE_CORPUS,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_report_init (PdzReport *self)
{
  self->format = PDZ_REPORT_FORMAT_HTML;
  self->sections = PDZ_REPORT_SECTION_ALL;
  self->table = PDZ_REPORT_TABLE_ALL;
  self->csv_dialect = PDZ_REPORT_CSV_DIALECT_RFC4180;
}

/**
 * pdz_report_new:
 * @plan: the plan to report on
 *
 * Creates a report of @plan, in HTML, with every section, in the plan's
 * language.
 *
 * Returns: (transfer full): a new report
 */
PdzReport *
pdz_report_new (PdzPlan *plan)
{
  g_return_val_if_fail (PDZ_IS_PLAN (plan), NULL);

  return g_object_new (PDZ_TYPE_REPORT, "plan", plan, NULL);
}

/**
 * pdz_report_new_for_corpus:
 * @corpus: the plans of many Ambiti, loaded
 *
 * Creates the regional overview of the plans of @corpus, in HTML, with
 * every section; see [property@Pdz.Report:corpus].
 *
 * Returns: (transfer full): a new report
 *
 * Since: 0.2
 */
PdzReport *
pdz_report_new_for_corpus (PdzCorpus *corpus)
{
  g_return_val_if_fail (PDZ_IS_CORPUS (corpus), NULL);

  return g_object_new (PDZ_TYPE_REPORT, "corpus", corpus, NULL);
}

/**
 * pdz_report_get_corpus:
 * @self: a report
 *
 * Gets [property@Pdz.Report:corpus].
 *
 * Returns: (transfer none) (nullable): the corpus
 *
 * Since: 0.2
 */
PdzCorpus *
pdz_report_get_corpus (PdzReport *self)
{
  g_return_val_if_fail (PDZ_IS_REPORT (self), NULL);

  return self->corpus;
}

/**
 * pdz_report_set_corpus:
 * @self: a report
 * @corpus: (nullable): the plans of many Ambiti, or %NULL to report on
 *   [property@Pdz.Report:plan]
 *
 * Sets [property@Pdz.Report:corpus].
 *
 * Since: 0.2
 */
void
pdz_report_set_corpus (PdzReport *self,
                       PdzCorpus *corpus)
{
  g_return_if_fail (PDZ_IS_REPORT (self));
  g_return_if_fail (corpus == NULL || PDZ_IS_CORPUS (corpus));

  if (_pdz_set_object (&self->corpus, corpus))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
}

/* The plan whose language the report takes by default: the report's, or
 * of a regional report the first plan that counts. (transfer none) */
static PdzPlan *
report_language_plan (PdzReport *self)
{
  if (self->corpus != NULL)
    return _pdz_model_peek (pdz_corpus_get_plans (self->corpus), 0);
  return self->plan;
}

/**
 * pdz_report_get_plan:
 * @self: a report
 *
 * Gets [property@Pdz.Report:plan].
 *
 * Returns: (transfer none) (nullable): the plan
 */
PdzPlan *
pdz_report_get_plan (PdzReport *self)
{
  g_return_val_if_fail (PDZ_IS_REPORT (self), NULL);

  return self->plan;
}

/**
 * pdz_report_set_plan:
 * @self: a report
 * @plan: (nullable): the plan to report on
 *
 * Sets [property@Pdz.Report:plan].
 */
void
pdz_report_set_plan (PdzReport *self,
                     PdzPlan   *plan)
{
  g_return_if_fail (PDZ_IS_REPORT (self));
  g_return_if_fail (plan == NULL || PDZ_IS_PLAN (plan));

  if (_pdz_set_object (&self->plan, plan))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

/**
 * pdz_report_get_format:
 * @self: a report
 *
 * Gets [property@Pdz.Report:format].
 *
 * Returns: the format
 */
PdzReportFormat
pdz_report_get_format (PdzReport *self)
{
  g_return_val_if_fail (PDZ_IS_REPORT (self), PDZ_REPORT_FORMAT_HTML);

  return self->format;
}

/**
 * pdz_report_set_format:
 * @self: a report
 * @format: the format
 *
 * Sets [property@Pdz.Report:format].
 */
void
pdz_report_set_format (PdzReport       *self,
                       PdzReportFormat  format)
{
  g_return_if_fail (PDZ_IS_REPORT (self));
  g_return_if_fail (format < PDZ_N_REPORT_FORMATS);

  if (self->format != format)
    {
      self->format = format;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORMAT]);
    }
}

/**
 * pdz_report_get_language:
 * @self: a report
 *
 * Gets [property@Pdz.Report:language], as set.
 *
 * Returns: (nullable): the language, or %NULL for the plan's
 */
const char *
pdz_report_get_language (PdzReport *self)
{
  g_return_val_if_fail (PDZ_IS_REPORT (self), NULL);

  return self->language;
}

/**
 * pdz_report_set_language:
 * @self: a report
 * @language: (nullable): an ISO 639-1 code such as `it` or `en`, or %NULL
 *   for the plan's language
 *
 * Sets [property@Pdz.Report:language]. An empty string is %NULL.
 */
void
pdz_report_set_language (PdzReport  *self,
                         const char *language)
{
  g_return_if_fail (PDZ_IS_REPORT (self));

  if (language != NULL && *language == '\0')
    language = NULL;

  if (_pdz_set_string (&self->language, language))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

const PdzCatalog *
_pdz_report_get_catalog (PdzReport *self)
{
  /* Asked for a language libpdz lacks: an error when writing, unlike the
   * checks, which fall back (they have no GError to say so). */
  if (self->language != NULL && !_pdz_language_is_supported (self->language))
    return NULL;

  return _pdz_catalog_lookup (_pdz_language_resolve (self->language, report_language_plan (self)));
}

/**
 * pdz_report_get_effective_language:
 * @self: a report
 *
 * Gets the language the report is written in: [property@Pdz.Report:language]
 * when set, or else the one the plan implies (see that property).
 *
 * Returns: (nullable): a code of [func@Pdz.Report.get_languages], or %NULL
 *   when [property@Pdz.Report:language] names a language the report does
 *   not have
 */
const char *
pdz_report_get_effective_language (PdzReport *self)
{
  const PdzCatalog *cat;

  g_return_val_if_fail (PDZ_IS_REPORT (self), NULL);

  cat = _pdz_report_get_catalog (self);
  return cat != NULL ? cat->language : NULL;
}

/**
 * pdz_report_get_sections:
 * @self: a report
 *
 * Gets [property@Pdz.Report:sections].
 *
 * Returns: the sections
 */
PdzReportSection
pdz_report_get_sections (PdzReport *self)
{
  g_return_val_if_fail (PDZ_IS_REPORT (self), PDZ_REPORT_SECTION_NONE);

  return self->sections;
}

/**
 * pdz_report_set_sections:
 * @self: a report
 * @sections: the sections
 *
 * Sets [property@Pdz.Report:sections].
 */
void
pdz_report_set_sections (PdzReport        *self,
                         PdzReportSection  sections)
{
  g_return_if_fail (PDZ_IS_REPORT (self));

  sections &= PDZ_REPORT_SECTION_ALL;
  if (self->sections != sections)
    {
      self->sections = sections;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTIONS]);
    }
}

/**
 * pdz_report_get_table:
 * @self: a report
 *
 * Gets [property@Pdz.Report:table].
 *
 * Returns: the table
 */
PdzReportTable
pdz_report_get_table (PdzReport *self)
{
  g_return_val_if_fail (PDZ_IS_REPORT (self), PDZ_REPORT_TABLE_ALL);

  return self->table;
}

/**
 * pdz_report_set_table:
 * @self: a report
 * @table: the table
 *
 * Sets [property@Pdz.Report:table].
 */
void
pdz_report_set_table (PdzReport      *self,
                      PdzReportTable  table)
{
  g_return_if_fail (PDZ_IS_REPORT (self));
  g_return_if_fail (table <= PDZ_REPORT_TABLE_CHANGES);

  if (self->table != table)
    {
      self->table = table;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TABLE]);
    }
}

/**
 * pdz_report_get_csv_dialect:
 * @self: a report
 *
 * Gets [property@Pdz.Report:csv-dialect].
 *
 * Returns: the dialect
 */
PdzReportCsvDialect
pdz_report_get_csv_dialect (PdzReport *self)
{
  g_return_val_if_fail (PDZ_IS_REPORT (self), PDZ_REPORT_CSV_DIALECT_RFC4180);

  return self->csv_dialect;
}

/**
 * pdz_report_set_csv_dialect:
 * @self: a report
 * @csv_dialect: the dialect
 *
 * Sets [property@Pdz.Report:csv-dialect].
 */
void
pdz_report_set_csv_dialect (PdzReport           *self,
                            PdzReportCsvDialect  csv_dialect)
{
  g_return_if_fail (PDZ_IS_REPORT (self));
  g_return_if_fail (csv_dialect <= PDZ_REPORT_CSV_DIALECT_EXCEL_IT);

  if (self->csv_dialect != csv_dialect)
    {
      self->csv_dialect = csv_dialect;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CSV_DIALECT]);
    }
}

/**
 * pdz_report_get_generated:
 * @self: a report
 *
 * Gets [property@Pdz.Report:generated], as set.
 *
 * Returns: (transfer none) (nullable): the moment of generation, or %NULL
 *   for `SOURCE_DATE_EPOCH` or the current time
 */
GDateTime *
pdz_report_get_generated (PdzReport *self)
{
  g_return_val_if_fail (PDZ_IS_REPORT (self), NULL);

  return self->generated;
}

/**
 * pdz_report_set_generated:
 * @self: a report
 * @generated: (nullable): the moment of generation, or %NULL for
 *   `SOURCE_DATE_EPOCH` or the current time
 *
 * Sets [property@Pdz.Report:generated].
 */
void
pdz_report_set_generated (PdzReport *self,
                          GDateTime *generated)
{
  g_return_if_fail (PDZ_IS_REPORT (self));

  if (self->generated == generated ||
      (self->generated != NULL && generated != NULL && g_date_time_equal (self->generated, generated)))
    return;

  g_clear_pointer (&self->generated, g_date_time_unref);
  if (generated != NULL)
    self->generated = g_date_time_ref (generated);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GENERATED]);
}

/**
 * pdz_report_get_include_diagnostics:
 * @self: a report
 *
 * Gets [property@Pdz.Report:include-diagnostics].
 *
 * Returns: whether the report ends with the diagnostics
 */
gboolean
pdz_report_get_include_diagnostics (PdzReport *self)
{
  g_return_val_if_fail (PDZ_IS_REPORT (self), FALSE);

  return self->include_diagnostics;
}

/**
 * pdz_report_set_include_diagnostics:
 * @self: a report
 * @include_diagnostics: whether the report ends with the diagnostics
 *
 * Sets [property@Pdz.Report:include-diagnostics].
 */
void
pdz_report_set_include_diagnostics (PdzReport *self,
                                    gboolean   include_diagnostics)
{
  g_return_if_fail (PDZ_IS_REPORT (self));

  include_diagnostics = !!include_diagnostics;
  if (self->include_diagnostics != include_diagnostics)
    {
      self->include_diagnostics = include_diagnostics;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_DIAGNOSTICS]);
    }
}

/**
 * pdz_report_get_query:
 * @self: a report
 *
 * Gets [property@Pdz.Report:query].
 *
 * Returns: (transfer none) (nullable): the query the report is limited to,
 *   or %NULL for the whole plan
 *
 * Since: 0.2
 */
PdzQuery *
pdz_report_get_query (PdzReport *self)
{
  g_return_val_if_fail (PDZ_IS_REPORT (self), NULL);

  return self->query;
}

/**
 * pdz_report_set_query:
 * @self: a report
 * @query: (nullable): a query of the report's plan, or %NULL for the whole plan
 *
 * Sets [property@Pdz.Report:query].
 *
 * Since: 0.2
 */
void
pdz_report_set_query (PdzReport *self,
                      PdzQuery  *query)
{
  g_return_if_fail (PDZ_IS_REPORT (self));
  g_return_if_fail (query == NULL || PDZ_IS_QUERY (query));

  if (_pdz_set_object (&self->query, query))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

/**
 * pdz_report_get_since:
 * @self: a report
 *
 * Gets [property@Pdz.Report:since].
 *
 * Returns: (transfer none) (nullable): the previous monitoring round the
 *   report compares its plan with, or %NULL
 *
 * Since: 0.2
 */
PdzPlan *
pdz_report_get_since (PdzReport *self)
{
  g_return_val_if_fail (PDZ_IS_REPORT (self), NULL);

  return self->since;
}

/**
 * pdz_report_set_since:
 * @self: a report
 * @since: (nullable): the previous monitoring round of the report's plan,
 *   or %NULL for none
 *
 * Sets [property@Pdz.Report:since].
 *
 * Since: 0.2
 */
void
pdz_report_set_since (PdzReport *self,
                      PdzPlan   *since)
{
  g_return_if_fail (PDZ_IS_REPORT (self));
  g_return_if_fail (since == NULL || PDZ_IS_PLAN (since));

  if (_pdz_set_object (&self->since, since))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SINCE]);
}

/**
 * pdz_report_get_since_flags:
 * @self: a report
 *
 * Gets [property@Pdz.Report:since-flags].
 *
 * Returns: the flags of the comparison with the previous round
 *
 * Since: 0.2
 */
PdzDiffFlags
pdz_report_get_since_flags (PdzReport *self)
{
  g_return_val_if_fail (PDZ_IS_REPORT (self), PDZ_DIFF_FLAGS_NONE);

  return self->since_flags;
}

/**
 * pdz_report_set_since_flags:
 * @self: a report
 * @flags: the flags of the comparison with the previous round
 *
 * Sets [property@Pdz.Report:since-flags].
 *
 * Since: 0.2
 */
void
pdz_report_set_since_flags (PdzReport    *self,
                            PdzDiffFlags  flags)
{
  g_return_if_fail (PDZ_IS_REPORT (self));

  if (self->since_flags != flags)
    {
      self->since_flags = flags;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SINCE_FLAGS]);
    }
}

/**
 * pdz_report_get_languages:
 *
 * Lists the languages a report can be written in, as ISO 639-1 codes.
 *
 * Returns: (transfer none) (array zero-terminated=1): the codes, `it` first
 */
const char * const *
pdz_report_get_languages (void)
{
  static const char **languages = NULL;

  if (g_once_init_enter (&languages))
    {
      const PdzCatalog * const *catalogs = _pdz_catalog_list ();
      guint n = 0;
      const char **codes;

      while (catalogs[n] != NULL)
        n++;
      codes = g_new0 (const char *, n + 1);
      for (guint i = 0; i < n; i++)
        codes[i] = catalogs[i]->language;
      g_once_init_leave (&languages, codes);
    }

  return languages;
}
