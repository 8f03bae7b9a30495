/* pdz-corpus.h: many plans, read at once, and their figures together
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <gio/gio.h>

#include "pdz-corpus-file.h"
#include "pdz-query.h"
#include "pdz-stats-table.h"
#include "pdz-types.h"
#include "pdz-version-macros.h"

G_BEGIN_DECLS

#define PDZ_TYPE_CORPUS (pdz_corpus_get_type ())

PDZ_AVAILABLE_IN_0_2
G_DECLARE_FINAL_TYPE (PdzCorpus, pdz_corpus, PDZ, CORPUS, GObject)

PDZ_AVAILABLE_IN_0_2
PdzCorpus *     pdz_corpus_new               (void);

PDZ_AVAILABLE_IN_0_2
gboolean        pdz_corpus_load              (PdzCorpus          *self,
                                              GFile             **files,
                                              guint               n_files,
                                              GCancellable       *cancellable,
                                              GError            **error);
PDZ_AVAILABLE_IN_0_2
gboolean        pdz_corpus_load_paths        (PdzCorpus          *self,
                                              const char * const *paths,
                                              GCancellable       *cancellable,
                                              GError            **error);
PDZ_AVAILABLE_IN_0_2
void            pdz_corpus_load_async        (PdzCorpus          *self,
                                              GFile             **files,
                                              guint               n_files,
                                              GCancellable       *cancellable,
                                              GAsyncReadyCallback callback,
                                              gpointer            user_data);
PDZ_AVAILABLE_IN_0_2
gboolean        pdz_corpus_load_finish       (PdzCorpus          *self,
                                              GAsyncResult       *result,
                                              GError            **error);

PDZ_AVAILABLE_IN_0_2
GListModel *    pdz_corpus_get_files         (PdzCorpus          *self);
PDZ_AVAILABLE_IN_0_2
GListModel *    pdz_corpus_get_plans         (PdzCorpus          *self);
PDZ_AVAILABLE_IN_0_2
GListModel *    pdz_corpus_get_errors        (PdzCorpus          *self);
PDZ_AVAILABLE_IN_0_2
GListModel *    pdz_corpus_get_superseded    (PdzCorpus          *self);
PDZ_AVAILABLE_IN_0_2
PdzPlan *       pdz_corpus_lookup_plan       (PdzCorpus          *self,
                                              const char         *id);

PDZ_AVAILABLE_IN_0_2
GListModel *    pdz_corpus_find_actions      (PdzCorpus          *self,
                                              PdzQuery           *query);
PDZ_AVAILABLE_IN_0_2
guint           pdz_corpus_get_n_actions     (PdzCorpus          *self);

PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_corpus_by_ambito         (PdzCorpus          *self,
                                              PdzQuery           *query);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_corpus_by_status         (PdzCorpus          *self,
                                              PdzQuery           *query);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_corpus_by_macroarea      (PdzCorpus          *self,
                                              PdzQuery           *query);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_corpus_by_partner        (PdzCorpus          *self,
                                              PdzQuery           *query);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_corpus_by_funding_source (PdzCorpus          *self,
                                              PdzQuery           *query);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_corpus_by_funding_status (PdzCorpus          *self,
                                              PdzQuery           *query);
PDZ_AVAILABLE_IN_0_2
PdzStatsTable * pdz_corpus_by_origin         (PdzCorpus          *self,
                                              PdzQuery           *query);

PDZ_AVAILABLE_IN_0_2
char *          pdz_corpus_summary_to_json   (PdzCorpus          *self,
                                              PdzQuery           *query,
                                              gsize              *length);

PDZ_AVAILABLE_IN_0_2
gboolean        pdz_corpus_can_export_sqlite (void);
PDZ_AVAILABLE_IN_0_2
gboolean        pdz_corpus_export_sqlite     (PdzCorpus          *self,
                                              GFile              *file,
                                              GCancellable       *cancellable,
                                              GError            **error);
PDZ_AVAILABLE_IN_0_2
gboolean        pdz_corpus_export_csv        (PdzCorpus          *self,
                                              GFile              *file,
                                              GCancellable       *cancellable,
                                              GError            **error);

G_END_DECLS
