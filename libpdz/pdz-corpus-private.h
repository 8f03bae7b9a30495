/* pdz-corpus-private.h: what PdzCorpus and PdzCorpusFile share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "pdz.h"

G_BEGIN_DECLS

/* A file not read yet. (transfer full) */
PdzCorpusFile *_pdz_corpus_file_new (GFile *file);
/* Sets what became of the file, taking @error; @other is kept as a weak
 * pointer. */
void _pdz_corpus_file_set (PdzCorpusFile      *self,
                           PdzCorpusFileState  state,
                           PdzPlan            *plan,
                           GError             *error,
                           PdzCorpusFile      *other);

/* pdz-sqlite.c: writes @plans (a list of PdzPlan) to the SQLite database
 * @path, replacing it atomically. */
gboolean _pdz_sqlite_export (GListModel    *plans,
                             const char    *path,
                             GCancellable  *cancellable,
                             GError       **error);

G_END_DECLS
