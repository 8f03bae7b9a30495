/* pdz-odf-private.h: zip containers, for the OpenDocument files libpdz writes
 * and the workbooks it reads
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Writing (an OpenDocument package: the ODS workbook, later the ODP deck):
 * the `mimetype` entry comes first and is stored, not compressed (libgsf's
 * GsfOutfileZip with GSF_ZIP_STORED), as ODF 1.2 part 3, 3.3 asks, so that
 * `file` and the office suites recognise the package by its first bytes;
 * every other entry is deflated and listed in META-INF/manifest.xml, which
 * _pdz_odf_writer_finish() writes last. Every entry carries the same
 * modification time: SOURCE_DATE_EPOCH when set, so that the bytes are
 * reproducible, else the time of the call.
 *
 * Reading (XLSX and ODS): the whole container is in memory (the caller
 * read the file through _pdz_file_load(), within PDZ_MAX_FILE_SIZE), and
 * every read is bounded, whatever the sizes the zip directory declares:
 * at most PDZ_ZIP_MAX_ENTRIES entries, and at most PDZ_ZIP_MAX_UNCOMPRESSED
 * bytes, and at most PDZ_ZIP_MAX_RATIO times the size of the file (with a
 * floor of PDZ_ZIP_MIN_BUDGET), decompressed from all entries together: a
 * zip bomb is refused once it has cost that much, not after.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The most entries a container may hold. */
#define PDZ_ZIP_MAX_ENTRIES 10000
/* The most bytes read from all the entries of one container together. */
#define PDZ_ZIP_MAX_UNCOMPRESSED (G_GUINT64_CONSTANT (512) * 1024 * 1024)
/* The most bytes read per byte of the container... */
#define PDZ_ZIP_MAX_RATIO 200
/* ...except that a small container may always give this much. */
#define PDZ_ZIP_MIN_BUDGET (G_GUINT64_CONSTANT (16) * 1024 * 1024)

/* --- Writing an OpenDocument package --- */

typedef struct _PdzOdfWriter PdzOdfWriter;

/* A package of @mimetype ("application/vnd.oasis.opendocument.spreadsheet"),
 * written to memory; with a NULL @mimetype, a plain zip file (no mimetype
 * entry, no manifest), for the XLSX writer. */
PdzOdfWriter *_pdz_odf_writer_new    (const char    *mimetype,
                                      GError       **error);
/* Adds the entry @path ("content.xml"; a "/" makes folders) of
 * @media_type ("text/xml") to the package and its manifest. */
gboolean      _pdz_odf_writer_add    (PdzOdfWriter  *self,
                                      const char    *path,
                                      const char    *media_type,
                                      const void    *data,
                                      gsize          length,
                                      GError       **error);
/* Writes the manifest, closes the package and returns its bytes.
 * (transfer full) */
GBytes       *_pdz_odf_writer_finish (PdzOdfWriter  *self,
                                      GError       **error);
void          _pdz_odf_writer_free   (PdzOdfWriter  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdzOdfWriter, _pdz_odf_writer_free)

/* The moment files are stamped with: SOURCE_DATE_EPOCH when it is set and a
 * number of seconds, else now. (transfer full) */
GDateTime    *_pdz_odf_source_date   (void);

/* --- Reading a zip container --- */

typedef enum
{
  PDZ_ZIP_OK,
  PDZ_ZIP_NOT_ZIP,          /* not a zip file, or one cut short */
  PDZ_ZIP_TOO_MANY_ENTRIES, /* more than PDZ_ZIP_MAX_ENTRIES */
  PDZ_ZIP_TOO_LARGE,        /* past the budget of uncompressed bytes */
  PDZ_ZIP_CORRUPT,          /* an entry that does not decompress */
  PDZ_ZIP_MISSING,          /* no entry of that name */
} PdzZipStatus;

typedef struct _PdzZip PdzZip;

/* Opens the container in @data (which must outlive it). NULL with
 * @status set when it cannot be read. */
PdzZip       *_pdz_zip_open          (const guint8  *data,
                                      gsize          length,
                                      PdzZipStatus  *status);
/* Whether the container has an entry at @path ("xl/workbook.xml"). */
gboolean      _pdz_zip_has           (PdzZip        *self,
                                      const char    *path);
/* The whole entry at @path, nul-terminated, charged to the budget; NULL
 * with @status set. (transfer full) */
GBytes       *_pdz_zip_read          (PdzZip        *self,
                                      const char    *path,
                                      PdzZipStatus  *status);
/* The paths of every file entry, [Content_Types].xml first. (transfer full)
 * (element-type utf8) */
GPtrArray    *_pdz_zip_list          (PdzZip        *self);
void          _pdz_zip_free          (PdzZip        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdzZip, _pdz_zip_free)

G_END_DECLS
