/* pdz-corpus-file.h: one file of a corpus of plans, and what became of it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(PDZ_INSIDE) && !defined(PDZ_COMPILATION)
#error "Only <libpdz/pdz.h> can be included directly."
#endif

#include <gio/gio.h>

#include "pdz-types.h"
#include "pdz-version-macros.h"

G_BEGIN_DECLS

/**
 * PdzCorpusFileState:
 * @PDZ_CORPUS_FILE_USED: the file was read, and its plan is one of the
 *   corpus' plans (`used`)
 * @PDZ_CORPUS_FILE_SUPERSEDED: the file was read, and is an earlier
 *   monitoring round of a plan whose later round another file holds
 *   (`superseded`)
 * @PDZ_CORPUS_FILE_DUPLICATE: the file was read, and another file holds
 *   the same round of the same plan: which one to count cannot be told,
 *   so neither counts (`duplicate`)
 * @PDZ_CORPUS_FILE_FAILED: the file could not be read as a plan
 *   (`failed`)
 *
 * What became of a file of a [class@Pdz.Corpus].
 *
 * Since: 0.2
 */
typedef enum {
  PDZ_CORPUS_FILE_USED,
  PDZ_CORPUS_FILE_SUPERSEDED,
  PDZ_CORPUS_FILE_DUPLICATE,
  PDZ_CORPUS_FILE_FAILED,
} PdzCorpusFileState;

#define PDZ_TYPE_CORPUS_FILE (pdz_corpus_file_get_type ())

PDZ_AVAILABLE_IN_0_2
G_DECLARE_FINAL_TYPE (PdzCorpusFile, pdz_corpus_file, PDZ, CORPUS_FILE, GObject)

PDZ_AVAILABLE_IN_0_2
GFile *            pdz_corpus_file_get_file  (PdzCorpusFile *self);
PDZ_AVAILABLE_IN_0_2
PdzCorpusFileState pdz_corpus_file_get_state (PdzCorpusFile *self);
PDZ_AVAILABLE_IN_0_2
PdzPlan *          pdz_corpus_file_get_plan  (PdzCorpusFile *self);
PDZ_AVAILABLE_IN_0_2
const GError *     pdz_corpus_file_get_error (PdzCorpusFile *self);
PDZ_AVAILABLE_IN_0_2
PdzCorpusFile *    pdz_corpus_file_get_other (PdzCorpusFile *self);

G_END_DECLS
