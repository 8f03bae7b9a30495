/* pdz-corpus-file.c: one file of a corpus of plans, and what became of it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "pdz-corpus-private.h"

/**
 * PdzCorpusFile:
 *
 * A file that a [class@Pdz.Corpus] read, with what became of it: its
 * [property@Pdz.CorpusFile:state], its [property@Pdz.CorpusFile:plan]
 * when it could be read, the [property@Pdz.CorpusFile:error] that says
 * why it does not count when it does not, and the
 * [property@Pdz.CorpusFile:other] file involved: the later round that
 * supersedes it, or the file that holds the same round of the same plan.
 *
 * A corpus file never changes once the corpus has loaded it.
 *
 * Since: 0.2
 */
struct _PdzCorpusFile
{
  GObject parent_instance;

  GFile *file;                /* (owned) */
  PdzCorpusFileState state;
  PdzPlan *plan;              /* (owned) (nullable) */
  GError *error;              /* (owned) (nullable) */
  PdzCorpusFile *other;       /* (nullable): a weak pointer to a file of the same corpus */
};

G_DEFINE_FINAL_TYPE (PdzCorpusFile, pdz_corpus_file, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_STATE,
  PROP_PLAN,
  PROP_ERROR,
  PROP_OTHER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
pdz_corpus_file_finalize (GObject *object)
{
  PdzCorpusFile *self = PDZ_CORPUS_FILE (object);

  g_clear_weak_pointer (&self->other);
  g_clear_object (&self->file);
  g_clear_object (&self->plan);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (pdz_corpus_file_parent_class)->finalize (object);
}

static void
pdz_corpus_file_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PdzCorpusFile *self = PDZ_CORPUS_FILE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_STATE:
      g_value_set_enum (value, self->state);
      break;
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;
    case PROP_OTHER:
      g_value_set_object (value, self->other);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pdz_corpus_file_class_init (PdzCorpusFileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pdz_corpus_file_finalize;
  object_class->get_property = pdz_corpus_file_get_property;

  /**
   * PdzCorpusFile:file:
   *
   * The file.
   *
   * Since: 0.2
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzCorpusFile:state:
   *
   * What became of the file.
   *
   * Since: 0.2
   */
  properties[PROP_STATE] =
    g_param_spec_enum ("state", NULL, NULL,
                       PDZ_TYPE_CORPUS_FILE_STATE, PDZ_CORPUS_FILE_FAILED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzCorpusFile:plan:
   *
   * The plan the file holds, when it could be read: that of a
   * %PDZ_CORPUS_FILE_USED, %PDZ_CORPUS_FILE_SUPERSEDED or
   * %PDZ_CORPUS_FILE_DUPLICATE file.
   *
   * Since: 0.2
   */
  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         PDZ_TYPE_PLAN,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzCorpusFile:error:
   *
   * Why the file does not count, for a %PDZ_CORPUS_FILE_FAILED or
   * %PDZ_CORPUS_FILE_DUPLICATE file: the error of reading it (whose
   * message names the file), or a %PDZ_ERROR_DUPLICATE_ID that names both
   * files of the same round.
   *
   * Since: 0.2
   */
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL,
                        G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * PdzCorpusFile:other:
   *
   * The other file involved: for a %PDZ_CORPUS_FILE_SUPERSEDED file, the
   * file of the plan's last round; for a %PDZ_CORPUS_FILE_DUPLICATE file,
   * a file with the same round of the same plan.
   *
   * Since: 0.2
   */
  properties[PROP_OTHER] =
    g_param_spec_object ("other", NULL, NULL,
                         PDZ_TYPE_CORPUS_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pdz_corpus_file_init (PdzCorpusFile *self)
{
  self->state = PDZ_CORPUS_FILE_FAILED;
}

PdzCorpusFile *
_pdz_corpus_file_new (GFile *file)
{
  PdzCorpusFile *self = g_object_new (PDZ_TYPE_CORPUS_FILE, NULL);

  self->file = g_object_ref (file);
  return self;
}

void
_pdz_corpus_file_set (PdzCorpusFile      *self,
                      PdzCorpusFileState  state,
                      PdzPlan            *plan,
                      GError             *error,
                      PdzCorpusFile      *other)
{
  self->state = state;
  if (plan != self->plan)
    g_set_object (&self->plan, plan);
  if (error != self->error)
    {
      g_clear_error (&self->error);
      self->error = error;
    }
  g_set_weak_pointer (&self->other, other);
}

/**
 * pdz_corpus_file_get_file:
 * @self: a corpus file
 *
 * Gets the [property@Pdz.CorpusFile:file].
 *
 * Returns: (transfer none): the file
 *
 * Since: 0.2
 */
GFile *
pdz_corpus_file_get_file (PdzCorpusFile *self)
{
  g_return_val_if_fail (PDZ_IS_CORPUS_FILE (self), NULL);

  return self->file;
}

/**
 * pdz_corpus_file_get_state:
 * @self: a corpus file
 *
 * Gets the [property@Pdz.CorpusFile:state]: what became of the file.
 *
 * Returns: the state
 *
 * Since: 0.2
 */
PdzCorpusFileState
pdz_corpus_file_get_state (PdzCorpusFile *self)
{
  g_return_val_if_fail (PDZ_IS_CORPUS_FILE (self), PDZ_CORPUS_FILE_FAILED);

  return self->state;
}

/**
 * pdz_corpus_file_get_plan:
 * @self: a corpus file
 *
 * Gets the [property@Pdz.CorpusFile:plan] the file holds.
 *
 * Returns: (transfer none) (nullable): the plan, or %NULL when the file
 *   could not be read
 *
 * Since: 0.2
 */
PdzPlan *
pdz_corpus_file_get_plan (PdzCorpusFile *self)
{
  g_return_val_if_fail (PDZ_IS_CORPUS_FILE (self), NULL);

  return self->plan;
}

/**
 * pdz_corpus_file_get_error:
 * @self: a corpus file
 *
 * Gets the [property@Pdz.CorpusFile:error]: why the file does not count.
 *
 * Returns: (transfer none) (nullable): the error, or %NULL for a file
 *   that was read
 *
 * Since: 0.2
 */
const GError *
pdz_corpus_file_get_error (PdzCorpusFile *self)
{
  g_return_val_if_fail (PDZ_IS_CORPUS_FILE (self), NULL);

  return self->error;
}

/**
 * pdz_corpus_file_get_other:
 * @self: a corpus file
 *
 * Gets the [property@Pdz.CorpusFile:other] file involved: the later round
 * that supersedes @self, or the file that holds the same round.
 *
 * Returns: (transfer none) (nullable): the other file, or %NULL
 *
 * Since: 0.2
 */
PdzCorpusFile *
pdz_corpus_file_get_other (PdzCorpusFile *self)
{
  g_return_val_if_fail (PDZ_IS_CORPUS_FILE (self), NULL);

  return self->other;
}
