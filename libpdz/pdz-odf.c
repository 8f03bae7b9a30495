/* pdz-odf.c: zip containers, for the OpenDocument files libpdz writes and
 * the workbooks it reads
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * See pdz-odf-private.h.
 */

#include "pdz-odf-private.h"
#include "pdz-date-private.h"

#include <string.h>

#include <gsf/gsf.h>
#include <gsf/gsf-infile-impl.h>

#include "pdz.h"

/* libgsf 1.14 defines no g_autoptr() cleanups of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfOutput, g_object_unref)

/* --- The moment files are stamped with --- */

/* Zip stores local times from 1980 to 2107 (MS-DOS dates). */
#define ZIP_FIRST_SECOND G_GINT64_CONSTANT (315532800)   /* 1980-01-01 */
#define ZIP_LAST_SECOND G_GINT64_CONSTANT (4354819199)   /* 2107-12-31 23:59:59 */

GDateTime *
_pdz_odf_source_date (void)
{
  g_autoptr(GDateTime) moment = NULL;

  /* one that is not a number of seconds is ignored, as it always was here */
  if (_pdz_source_date_epoch (G_MAXINT64, &moment, NULL) && moment != NULL)
    {
      gint64 clamped = CLAMP (g_date_time_to_unix (moment), ZIP_FIRST_SECOND, ZIP_LAST_SECOND);

      return g_date_time_new_from_unix_utc (clamped);
    }
  return g_date_time_new_now_utc ();
}

/* --- Writing --- */

struct _PdzOdfWriter
{
  GsfOutput *sink;           /* (owned): memory */
  GsfOutfile *zip;           /* (owned) */
  GDateTime *modtime;        /* (owned) */
  GString *manifest;         /* (owned): the <manifest:file-entry>s */
  GHashTable *folders;       /* (owned): path -> GsfOutfile (owned) */
  char *mimetype;            /* (owned) */
};

static void
append_xml_attribute (GString    *out,
                      const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

static gboolean
write_child (PdzOdfWriter  *self,
             GsfOutfile    *parent,
             const char    *name,
             gboolean       stored,
             const void    *data,
             gsize          length,
             GError       **error)
{
  g_autoptr(GsfOutput) child = NULL;

  child = gsf_outfile_new_child_full (parent, name, FALSE,
                                      "compression-level", stored ? GSF_ZIP_STORED : GSF_ZIP_DEFLATED,
                                      "modtime", self->modtime,
                                      NULL);
  if (child == NULL)
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE, "%s: cannot add to the package", name);
      return FALSE;
    }
  if ((length > 0 && !gsf_output_write (child, length, data)) || !gsf_output_close (child))
    {
      const GError *gsf_error = gsf_output_error (child);

      g_set_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE, "%s: cannot write to the package: %s",
                   name, gsf_error != NULL ? gsf_error->message : "unknown error");
      return FALSE;
    }
  return TRUE;
}

/* The folder of the package that holds @path ("META-INF/manifest.xml"),
 * made on first use; @base gets the name inside it. (transfer none) */
static GsfOutfile *
folder_for (PdzOdfWriter  *self,
            const char    *path,
            const char   **base)
{
  const char *slash = strrchr (path, '/');
  g_autofree char *dir = NULL;
  GsfOutfile *parent = self->zip;
  GsfOutfile *folder;
  g_auto(GStrv) parts = NULL;
  GString *sofar;

  *base = slash != NULL ? slash + 1 : path;
  if (slash == NULL)
    return self->zip;

  dir = g_strndup (path, slash - path);
  folder = g_hash_table_lookup (self->folders, dir);
  if (folder != NULL)
    return folder;

  parts = g_strsplit (dir, "/", -1);
  sofar = g_string_new (NULL);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (sofar, '/');
      g_string_append (sofar, parts[i]);
      folder = g_hash_table_lookup (self->folders, sofar->str);
      if (folder == NULL)
        {
          folder = GSF_OUTFILE (gsf_outfile_new_child_full (parent, parts[i], TRUE,
                                                            "modtime", self->modtime, NULL));
          g_hash_table_insert (self->folders, g_strdup (sofar->str), folder);
        }
      parent = folder;
    }
  g_string_free (sofar, TRUE);
  return parent;
}

PdzOdfWriter *
_pdz_odf_writer_new (const char  *mimetype,
                     GError     **error)
{
  g_autoptr(GDateTime) modtime = _pdz_odf_source_date ();

  return _pdz_odf_writer_new_at (mimetype, modtime, error);
}

PdzOdfWriter *
_pdz_odf_writer_new_at (const char  *mimetype,
                        GDateTime   *modtime,
                        GError     **error)
{
  g_autoptr(PdzOdfWriter) self = g_new0 (PdzOdfWriter, 1);
  GError *gsf_error = NULL;
  gint64 seconds = CLAMP (g_date_time_to_unix (modtime), ZIP_FIRST_SECOND, ZIP_LAST_SECOND);

  self->mimetype = g_strdup (mimetype);
  /* in UTC, within the years a zip date holds */
  self->modtime = g_date_time_new_from_unix_utc (seconds);
  self->manifest = g_string_new (NULL);
  self->folders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->sink = gsf_output_memory_new ();
  self->zip = gsf_outfile_zip_new (self->sink, &gsf_error);
  if (self->zip == NULL)
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE, "cannot start a zip container: %s",
                   gsf_error != NULL ? gsf_error->message : "unknown error");
      g_clear_error (&gsf_error);
      return NULL;
    }

  /* First, and stored: the package's signature. */
  if (mimetype != NULL &&
      !write_child (self, self->zip, "mimetype", TRUE, mimetype, strlen (mimetype), error))
    return NULL;
  return g_steal_pointer (&self);
}

gboolean
_pdz_odf_writer_add (PdzOdfWriter  *self,
                     const char    *path,
                     const char    *media_type,
                     const void    *data,
                     gsize          length,
                     GError       **error)
{
  const char *base;
  GsfOutfile *folder = folder_for (self, path, &base);

  if (!write_child (self, folder, base, FALSE, data, length, error))
    return FALSE;
  if (media_type == NULL)
    return TRUE;
  g_string_append (self->manifest, "  <manifest:file-entry manifest:full-path=\"");
  append_xml_attribute (self->manifest, path);
  g_string_append (self->manifest, "\" manifest:media-type=\"");
  append_xml_attribute (self->manifest, media_type);
  g_string_append (self->manifest, "\"/>\n");
  return TRUE;
}

GBytes *
_pdz_odf_writer_finish (PdzOdfWriter  *self,
                        GError       **error)
{
  g_autoptr(GString) manifest = g_string_new (NULL);
  GsfOutfile *meta_inf;
  const char *base;
  gsize size;

  if (self->mimetype == NULL)
    goto close;

  g_string_append (manifest,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                   " manifest:version=\"1.2\">\n"
                   "  <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" manifest:media-type=\"");
  append_xml_attribute (manifest, self->mimetype);
  g_string_append (manifest, "\"/>\n");
  g_string_append_len (manifest, self->manifest->str, self->manifest->len);
  g_string_append (manifest, "</manifest:manifest>\n");

  meta_inf = folder_for (self, "META-INF/manifest.xml", &base);
  if (!write_child (self, meta_inf, base, FALSE, manifest->str, manifest->len, error))
    return NULL;

close:
  /* Folders close before the zip, which writes the central directory. */
  g_hash_table_remove_all (self->folders);
  if (!gsf_output_close (GSF_OUTPUT (self->zip)))
    {
      const GError *gsf_error = gsf_output_error (GSF_OUTPUT (self->zip));

      g_set_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE, "cannot finish the zip container: %s",
                   gsf_error != NULL ? gsf_error->message : "unknown error");
      return NULL;
    }
  size = (gsize) gsf_output_size (self->sink);
  return g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (self->sink)), size);
}

void
_pdz_odf_writer_free (PdzOdfWriter *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->folders, g_hash_table_unref);
  if (self->zip != NULL && !gsf_output_is_closed (GSF_OUTPUT (self->zip)))
    gsf_output_close (GSF_OUTPUT (self->zip));
  g_clear_object (&self->zip);
  if (self->sink != NULL && !gsf_output_is_closed (self->sink))
    gsf_output_close (self->sink);
  g_clear_object (&self->sink);
  g_clear_pointer (&self->modtime, g_date_time_unref);
  if (self->manifest != NULL)
    g_string_free (self->manifest, TRUE);
  g_free (self->mimetype);
  g_free (self);
}

/* --- Reading --- */

struct _PdzZip
{
  GsfInput *source;          /* (owned) */
  GsfInfile *root;           /* (owned) */
  guint64 budget;            /* bytes that may still be decompressed */
};

/* A child of @dir, or NULL. libgsf's gsf_infile_child_by_index() and
 * _by_name() log a warning when an entry's local header is damaged, which
 * a damaged file must not do (a warning is fatal in tests, and noise in an
 * application): their implementations give the same child, or a GError
 * that is dropped here, the caller saying PDZ_ZIP_CORRUPT or MISSING. */
static GsfInput *
child_by_index (GsfInfile *dir,
                int        i)
{
  GError *error = NULL;
  GsfInput *child = GSF_INFILE_CLASS (G_OBJECT_GET_CLASS (dir))->child_by_index (dir, i, &error);

  g_clear_error (&error);
  return child;
}

static GsfInput *
child_by_name (GsfInfile  *dir,
               const char *name)
{
  GError *error = NULL;
  GsfInput *child = GSF_INFILE_CLASS (G_OBJECT_GET_CLASS (dir))->child_by_name (dir, name, &error);

  g_clear_error (&error);
  return child;
}

/* Counts the entries under @dir, stopping past the limit. */
static guint
count_entries (GsfInfile *dir,
               guint      depth)
{
  int n = gsf_infile_num_children (dir);
  guint total = 0;

  if (n < 0)
    return 0;
  for (int i = 0; i < n && total <= PDZ_ZIP_MAX_ENTRIES; i++)
    {
      g_autoptr(GsfInput) child = child_by_index (dir, i);

      total++;
      if (child != NULL && GSF_IS_INFILE (child) && depth < 64)
        total += count_entries (GSF_INFILE (child), depth + 1);
    }
  return total;
}

static guint32
le32 (const guint8 *p)
{
  return (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;
}

static guint16
le16 (const guint8 *p)
{
  return (guint16) (p[0] | p[1] << 8);
}

static gboolean
dos_time_ok (guint32 dostime)
{
  guint date = dostime >> 16, time = dostime & 0xffff;
  guint year = 1980 + (date >> 9), month = (date >> 5) & 0xf, day = date & 0x1f;

  if (dostime == 0)
    return TRUE;
  return g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year) &&
         (time >> 11) < 24 && ((time >> 5) & 0x3f) < 60 && (time & 0x1f) * 2 < 60;
}

/* Whether every entry of the central directory points at a local header.
 * libgsf prints "Header is 0x…" on standard output when one does not (and
 * logs a warning), and logs a critical for a modification time that is not
 * a date: a damaged file is refused here first. A zip64 directory is left
 * to libgsf. */
static gboolean
local_headers_ok (const guint8 *data,
                  gsize         length)
{
  gsize eocd = 0, p;
  guint32 cd_offset, cd_size;
  guint16 n_entries;
  gboolean found = FALSE;

  /* The end of central directory record: 22 bytes and a comment of at most
   * 65,535, at the end. */
  for (gsize i = length - 22 + 1; i-- > 0 && length - i <= 22 + 65535;)
    if (memcmp (data + i, "PK\005\006", 4) == 0)
      {
        eocd = i;
        found = TRUE;
        break;
      }
  if (!found)
    return FALSE;
  n_entries = le16 (data + eocd + 10);
  cd_size = le32 (data + eocd + 12);
  cd_offset = le32 (data + eocd + 16);
  if (n_entries == 0xffff || cd_size == 0xffffffff || cd_offset == 0xffffffff)
    return TRUE;
  if ((gsize) cd_offset > eocd || (gsize) cd_size > eocd - cd_offset)
    return FALSE;

  p = cd_offset;
  for (guint i = 0; i < n_entries; i++)
    {
      guint32 local;

      if (p + 46 > eocd || memcmp (data + p, "PK\001\002", 4) != 0)
        return FALSE;
      /* A modification time libgsf can make a GDateTime of: it logs a
       * critical for one it cannot. */
      if (!dos_time_ok (le32 (data + p + 12)))
        return FALSE;
      local = le32 (data + p + 42);
      if (local != 0xffffffff &&
          ((gsize) local + 30 > length || memcmp (data + local, "PK\003\004", 4) != 0))
        return FALSE;
      p += 46 + (gsize) le16 (data + p + 28) + le16 (data + p + 30) + le16 (data + p + 32);
    }
  return TRUE;
}

PdzZip *
_pdz_zip_open (const guint8 *data,
               gsize         length,
               PdzZipStatus *status)
{
  g_autoptr(PdzZip) self = g_new0 (PdzZip, 1);
  g_autoptr(GError) gsf_error = NULL;

  /* Every zip starts with a local file header, "PK\3\4". Anything else
   * (an empty file, an old .xls, a CSV) is not one. */
  if (length < 22 || memcmp (data, "PK\003\004", 4) != 0 || !local_headers_ok (data, length))
    {
      *status = PDZ_ZIP_NOT_ZIP;
      return NULL;
    }

  self->source = gsf_input_memory_new (data, (gsf_off_t) length, FALSE);
  self->root = gsf_infile_zip_new (self->source, &gsf_error);
  if (self->root == NULL)
    {
      *status = PDZ_ZIP_NOT_ZIP;
      return NULL;
    }
  if (count_entries (self->root, 0) > PDZ_ZIP_MAX_ENTRIES)
    {
      *status = PDZ_ZIP_TOO_MANY_ENTRIES;
      return NULL;
    }
  self->budget = MIN (PDZ_ZIP_MAX_UNCOMPRESSED,
                      MAX ((guint64) length * PDZ_ZIP_MAX_RATIO, PDZ_ZIP_MIN_BUDGET));
  *status = PDZ_ZIP_OK;
  return g_steal_pointer (&self);
}

static GsfInput *
child_at (PdzZip     *self,
          const char *path)
{
  g_auto(GStrv) names = g_strsplit (path, "/", -1);
  GsfInput *child = g_object_ref (GSF_INPUT (self->root));

  for (guint i = 0; names[i] != NULL && child != NULL; i++)
    {
      GsfInput *next = NULL;

      if (GSF_IS_INFILE (child) && gsf_infile_num_children (GSF_INFILE (child)) >= 0)
        next = child_by_name (GSF_INFILE (child), names[i]);
      g_object_unref (child);
      child = next;
    }
  return child;
}

gboolean
_pdz_zip_has (PdzZip     *self,
              const char *path)
{
  g_autoptr(GsfInput) child = child_at (self, path);

  /* (libgsf's zip entries are all GsfInfiles: a file has no children) */
  return child != NULL && (!GSF_IS_INFILE (child) || gsf_infile_num_children (GSF_INFILE (child)) < 0);
}

GBytes *
_pdz_zip_read (PdzZip       *self,
               const char   *path,
               PdzZipStatus *status)
{
  g_autoptr(GsfInput) child = child_at (self, path);
  gsf_off_t size;
  guint8 *buffer;
  gsize done = 0;

  if (child == NULL || (GSF_IS_INFILE (child) && gsf_infile_num_children (GSF_INFILE (child)) >= 0))
    {
      *status = PDZ_ZIP_MISSING;
      return NULL;
    }

  /* The declared size, charged before anything is decompressed; libgsf
   * never reads past it. */
  size = gsf_input_size (child);
  if (size < 0 || (guint64) size > self->budget)
    {
      *status = PDZ_ZIP_TOO_LARGE;
      return NULL;
    }
  self->budget -= (guint64) size;

  buffer = g_malloc ((gsize) size + 1);
  while (done < (gsize) size)
    {
      gsize chunk = MIN ((gsize) size - done, 64 * 1024);

      if (gsf_input_read (child, chunk, buffer + done) == NULL)
        {
          g_free (buffer);
          *status = PDZ_ZIP_CORRUPT;
          return NULL;
        }
      done += chunk;
    }
  buffer[size] = '\0';
  *status = PDZ_ZIP_OK;
  /* The nul past the end stays, for the parsers. */
  return g_bytes_new_take (buffer, (gsize) size);
}

static void
list_entries (GsfInfile  *dir,
              const char *prefix,
              GPtrArray  *names,
              guint       depth)
{
  int n = gsf_infile_num_children (dir);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(GsfInput) child = child_by_index (dir, i);
      g_autofree char *path = NULL;

      if (child == NULL)
        continue;
      path = g_strconcat (prefix, gsf_infile_name_by_index (dir, i), NULL);
      if (GSF_IS_INFILE (child) && gsf_infile_num_children (GSF_INFILE (child)) >= 0)
        {
          g_autofree char *sub = g_strconcat (path, "/", NULL);

          if (depth < 64)
            list_entries (GSF_INFILE (child), sub, names, depth + 1);
        }
      else if (strcmp (path, "[Content_Types].xml") == 0)
        g_ptr_array_insert (names, 0, g_steal_pointer (&path));
      else
        g_ptr_array_add (names, g_steal_pointer (&path));
    }
}

GPtrArray *
_pdz_zip_list (PdzZip *self)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  list_entries (self->root, "", names, 0);
  return names;
}

void
_pdz_zip_free (PdzZip *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->root);
  g_clear_object (&self->source);
  g_free (self);
}
