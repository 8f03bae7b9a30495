/* test-limits.c: the input limits of doc/limits.md, each at its value and
 * one past it, and input quoted in errors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Every limit is tested through the public API. Where the real value would
 * make a test slow or big (a 256 MiB file, 2,000,000 entities), the test
 * lowers the limit through its test-only hook (_pdz_file_max_size,
 * _pdz_json_max_entities) and says so; the real value is then tested one
 * past it where that is cheap (a sparse file), and at its value in the
 * slow mode (-m slow).
 */

/* ftruncate(), mkfifo(), which strict C11 hides. */
#define _GNU_SOURCE

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "pdz-file-private.h"
#include "pdz-json-private.h"
#include "pdz-odf-private.h"
#include "pdz-text-private.h"
#include "pdz-test-util.h"

#define PLAN_HEAD "{\"format\": \"pdz\", \"version\": 2, \"id\": \"p\", \"title\": \"t\""

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("pdz-limits-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  pdz_test_remove_tree (f->dir);
  g_free (f->dir);
  /* Whatever a test lowered. */
  _pdz_file_max_size = PDZ_MAX_FILE_SIZE;
  _pdz_json_max_entities = PDZ_MAX_ENTITIES;
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *contents,
            gssize      length)
{
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

/* A sparse file of @size bytes. */
static char *
write_sparse (Fixture    *f,
              const char *name,
              guint64     size)
{
  char *path = g_build_filename (f->dir, name, NULL);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) size), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);
  return path;
}

/* A valid plan of exactly @size bytes: the smallest plan, then spaces. */
static char *
plan_of_size (gsize size)
{
  GString *s = g_string_new (PLAN_HEAD "}");

  g_assert_cmpuint (s->len, <=, size);
  while (s->len < size)
    g_string_append_c (s, ' ');
  return g_string_free (s, FALSE);
}

/* --- The file's size ------------------------------------------------------ */

/* The limit lowered to 4 KiB through its test-only hook (a real 256 MiB
 * file would be slow under valgrind): a file of 4 KiB loads, one of 4 KiB
 * and a byte is refused before it is read, and so is a document of that
 * size from memory. */
static void
test_file_size (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *at = plan_of_size (4096);
  g_autofree char *past = plan_of_size (4097);
  g_autofree char *at_path = write_file (f, "at.json", at, -1);
  g_autofree char *past_path = write_file (f, "past.json", past, -1);
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzPlan) refused = NULL;
  g_autoptr(PdzDiff) diff = NULL;
  g_autoptr(GError) error = NULL;

  _pdz_file_max_size = 4096;

  plan = pdz_plan_load_path (at_path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_clear_object (&plan);
  plan = pdz_plan_new_from_data (at, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);

  refused = pdz_plan_load_path (past_path, NULL, &error);
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED);
  g_assert_null (refused);
  g_assert_nonnull (strstr (error->message, "4097 bytes, more than the 4096"));
  g_clear_error (&error);

  refused = pdz_plan_new_from_data (past, -1, &error);
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED);
  g_assert_null (refused);
  g_clear_error (&error);

  diff = pdz_diff_new_from_data (past, -1, &error);
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED);
  g_assert_null (diff);
  g_clear_error (&error);

  diff = pdz_diff_load_path (past_path, NULL, &error);
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED);
  g_assert_null (diff);
}

/* The real limit, one past it: a sparse file of 256 MiB and a byte is
 * refused at once, by every loader, without being read. */
static void
test_file_size_real (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = write_sparse (f, "big.json", PDZ_MAX_FILE_SIZE + 1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzDiff) diff = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_strdup_printf ("%" G_GUINT64_FORMAT " bytes, more than the %"
                                               G_GUINT64_FORMAT, PDZ_MAX_FILE_SIZE + 1,
                                               PDZ_MAX_FILE_SIZE);

  plan = pdz_plan_load_path (path, NULL, &error);
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED);
  g_assert_nonnull (strstr (error->message, expected));
  g_assert_null (plan);
  g_clear_error (&error);

  diff = pdz_diff_load_path (path, NULL, &error);
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED);
  g_assert_null (diff);
  g_clear_error (&error);

  plan = pdz_plan_new_from_workbook (file, NULL, &error);
  g_assert_nonnull (error);
  g_assert_null (plan);
  g_assert_nonnull (strstr (error->message, "more than the"));
}

/* The real limit, at its value (slow: it reads 256 MiB): a plan padded
 * with spaces to exactly PDZ_MAX_FILE_SIZE bytes loads. */
static void
test_file_size_real_at (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = write_sparse (f, "at.json", PDZ_MAX_FILE_SIZE);
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  const char head[] = PLAN_HEAD "}";
  int fd;
  char block[65536];

  if (!g_test_slow ())
    {
      g_test_skip ("reads 256 MiB: run with -m slow");
      return;
    }

  /* Spaces after the plan, in place of the holes. */
  memset (block, ' ', sizeof block);
  fd = g_open (path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  for (guint64 done = 0; done < PDZ_MAX_FILE_SIZE; done += sizeof block)
    g_assert_cmpint (write (fd, block, sizeof block), ==, sizeof block);
  g_assert_cmpint (pwrite (fd, head, strlen (head), 0), ==, (gssize) strlen (head));
  g_assert_cmpint (close (fd), ==, 0);

  plan = pdz_plan_load_path (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
}

/* Not a regular file: a FIFO with no writer and /dev/zero are refused at
 * once, by every loader. */
static void
test_not_regular (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (f->dir, "fifo.json", NULL);
  const char *paths[] = { fifo, "/dev/zero" };

  g_assert_cmpint (mkfifo (fifo, 0644), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(PdzPlan) plan = NULL;
      g_autoptr(PdzPlan) imported = NULL;
      g_autoptr(PdzDiff) diff = NULL;
      g_autoptr(GError) error = NULL;

      plan = pdz_plan_load_path (paths[i], NULL, &error);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
      g_assert_null (plan);
      g_clear_error (&error);

      diff = pdz_diff_load_path (paths[i], NULL, &error);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
      g_assert_null (diff);
      g_clear_error (&error);

      imported = pdz_plan_new_from_workbook (file, NULL, &error);
      g_assert_nonnull (error);
      g_assert_null (imported);
      g_assert_nonnull (strstr (error->message, "not a regular file"));
    }
}

/* --- The document --------------------------------------------------------- */

static char *
plan_nested (guint depth)
{
  GString *s = g_string_new (PLAN_HEAD ", \"x-deep\": ");

  /* The plan's object is the first level. */
  for (guint i = 1; i < depth; i++)
    g_string_append_c (s, '[');
  for (guint i = 1; i < depth; i++)
    g_string_append_c (s, ']');
  g_string_append_c (s, '}');
  return g_string_free (s, FALSE);
}

/* The real limit: 64 levels load, 65 are a syntax error. */
static void
test_depth (void)
{
  g_autofree char *at = plan_nested (PDZ_JSON_MAX_DEPTH);
  g_autofree char *past = plan_nested (PDZ_JSON_MAX_DEPTH + 1);
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzPlan) refused = NULL;
  g_autoptr(PdzDiff) diff = NULL;
  g_autoptr(GError) error = NULL;

  plan = pdz_plan_new_from_data (at, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);

  refused = pdz_plan_new_from_data (past, -1, &error);
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_PARSE);
  g_assert_null (refused);
  g_assert_nonnull (strstr (error->message, "nesting deeper than 64 levels"));
  g_clear_error (&error);

  /* The diff reader has the same scanner. */
  diff = pdz_diff_new_from_data (past, -1, &error);
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_PARSE);
  g_assert_null (diff);
}

static char *
plan_with_description (gsize length)
{
  GString *s = g_string_new (PLAN_HEAD ", \"description\": \"");

  for (gsize i = 0; i < length; i++)
    g_string_append_c (s, 'a' + (char) (i % 26));
  g_string_append (s, "\"}");
  return g_string_free (s, FALSE);
}

/* The real limit: a string of 16 MiB loads, and one of 16 MiB and a byte
 * is a syntax error that does not quote it. */
static void
test_string_length (void)
{
  g_autofree char *at = plan_with_description (PDZ_JSON_MAX_STRING_BYTES);
  g_autofree char *past = plan_with_description (PDZ_JSON_MAX_STRING_BYTES + 1);
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzPlan) refused = NULL;
  g_autoptr(GError) error = NULL;

  plan = pdz_plan_new_from_data (at, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_cmpuint (strlen (pdz_plan_get_description (plan)), ==, PDZ_JSON_MAX_STRING_BYTES);

  refused = pdz_plan_new_from_data (past, -1, &error);
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_PARSE);
  g_assert_null (refused);
  g_assert_cmpstr (error->message, ==, "1:73: a string longer than 16777216 bytes, the most libpdz reads");
}

static char *
plan_with_partners (guint n)
{
  GString *s = g_string_new (PLAN_HEAD ", \"partners\": [");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"id\": \"p%u\", \"name\": \"P\"}", i > 0 ? ", " : "", i);
  g_string_append (s, "]}");
  return g_string_free (s, FALSE);
}

/* The limit lowered to 100 entities through its test-only hook (the real
 * 2,000,000 would take a 60 MB plan; doc/limits.md gives what the real
 * limit admits): 100 partners load, 101 are refused. The diff reader
 * counts its changes against the same limit. */
static void
test_entities (void)
{
  g_autofree char *at = plan_with_partners (100);
  g_autofree char *past = plan_with_partners (101);
  g_autofree char *empty = plan_with_partners (0);
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzPlan) refused = NULL;
  g_autoptr(PdzPlan) old_plan = NULL;
  g_autoptr(PdzDiff) diff = NULL;
  g_autoptr(PdzDiff) read = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *diff_text = NULL;

  _pdz_json_max_entities = 100;

  plan = pdz_plan_new_from_data (at, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);

  refused = pdz_plan_new_from_data (past, -1, &error);
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED);
  g_assert_null (refused);
  g_assert_cmpstr (error->message, ==, "/partners/100: more than 100 entities, the most a plan may hold");
  g_clear_error (&error);

  /* A diff of 100 changes (100 partners added) reads; with a limit of
   * 99, it is refused. */
  old_plan = pdz_plan_new_from_data (empty, -1, &error);
  g_assert_no_error (error);
  diff = pdz_diff_new_from_plans (old_plan, plan, PDZ_DIFF_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (pdz_diff_get_changes (diff)), ==, 100);
  diff_text = pdz_diff_to_data (diff, NULL);
  read = pdz_diff_new_from_data (diff_text, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (read);
  g_clear_object (&read);

  _pdz_json_max_entities = 99;
  read = pdz_diff_new_from_data (diff_text, -1, &error);
  g_assert_error (error, PDZ_ERROR, PDZ_ERROR_UNSUPPORTED);
  g_assert_null (read);
  g_assert_cmpstr (error->message, ==, "/changes: more than 99 changes, the most a diff may hold");
  _pdz_json_max_entities = PDZ_MAX_ENTITIES;
}

/* --- The workbook's uncompressed size ------------------------------------- */

static GBytes *
zip_of_entry (gsize size)
{
  g_autoptr(PdzOdfWriter) writer = _pdz_odf_writer_new (NULL, NULL);
  g_autofree guint8 *zeros = g_malloc0 (size);

  g_assert_true (_pdz_odf_writer_add (writer, "big.xml", "text/xml", zeros, size, NULL));
  return _pdz_odf_writer_finish (writer, NULL);
}

/* A container may always give PDZ_ZIP_MIN_BUDGET bytes (16 MiB), and at
 * most PDZ_ZIP_MAX_RATIO times its size up to PDZ_ZIP_MAX_UNCOMPRESSED
 * (512 MiB): 16 MiB of zeros, deflated to a few KiB, read; a byte more
 * is refused once it has cost that much. The 512 MiB ceiling would take a
 * 2.6 MB container that decompresses to 512 MiB; it is left to
 * doc/limits.md. */
static void
test_workbook_uncompressed (void)
{
  g_autoptr(GBytes) at = zip_of_entry (PDZ_ZIP_MIN_BUDGET);
  g_autoptr(GBytes) past = zip_of_entry (PDZ_ZIP_MIN_BUDGET + 1);
  g_autoptr(PdzZip) zip_at = NULL;
  g_autoptr(PdzZip) zip_past = NULL;
  g_autoptr(GBytes) entry = NULL;
  PdzZipStatus status = PDZ_ZIP_OK;

  g_assert_cmpuint (g_bytes_get_size (at) * PDZ_ZIP_MAX_RATIO, <, PDZ_ZIP_MIN_BUDGET);
  zip_at = _pdz_zip_open (g_bytes_get_data (at, NULL), g_bytes_get_size (at), &status);
  g_assert_nonnull (zip_at);
  entry = _pdz_zip_read (zip_at, "big.xml", &status);
  g_assert_cmpint (status, ==, PDZ_ZIP_OK);
  g_assert_nonnull (entry);
  g_assert_cmpuint (g_bytes_get_size (entry), ==, PDZ_ZIP_MIN_BUDGET);
  g_clear_pointer (&entry, g_bytes_unref);

  zip_past = _pdz_zip_open (g_bytes_get_data (past, NULL), g_bytes_get_size (past), &status);
  g_assert_nonnull (zip_past);
  entry = _pdz_zip_read (zip_past, "big.xml", &status);
  g_assert_cmpint (status, ==, PDZ_ZIP_TOO_LARGE);
  g_assert_null (entry);
}

/* --- Input quoted in errors ------------------------------------------------ */

static void
assert_safe_message (const char *message)
{
  for (const char *p = message; *p != '\0'; p = g_utf8_next_char (p))
    g_assert_false (_pdz_text_is_unsafe_char (g_utf8_get_char (p)));
  g_assert_cmpuint (strlen (message), <, 1000);
}

/* An id of exactly PDZ_MAX_QUOTED_CHARS characters is quoted whole; one
 * of a character more is cut there, with "…". */
static void
test_quote_length (void)
{
  for (guint extra = 0; extra < 2; extra++)
    {
      g_autoptr(PdzPlan) plan = pdz_plan_new ();
      g_autofree char *id = g_strnfill (PDZ_MAX_QUOTED_CHARS + extra, 'x');
      g_autofree char *first80 = g_strnfill (PDZ_MAX_QUOTED_CHARS, 'x');
      g_autofree char *expected = g_strdup_printf ("a partner with id \"%s%s\" already exists",
                                                   first80, extra > 0 ? "…" : "");
      g_autoptr(PdzPartner) a = pdz_partner_new (id, "A");
      g_autoptr(PdzPartner) b = pdz_partner_new (id, "B");
      g_autoptr(GError) error = NULL;

      g_assert_true (pdz_plan_add_partner (plan, a, &error));
      g_assert_no_error (error);
      g_assert_false (pdz_plan_add_partner (plan, b, &error));
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID);
      g_assert_cmpstr (error->message, ==, expected);
    }
}

/* A control character, a bidirectional override and a 10 MB id reach a
 * GError escaped and bounded, from the reader and from the model. */
static void
test_quote_hostile (void)
{
  g_autoptr(GString) huge = g_string_new (NULL);
  const char *ids[] = { "nope\x1b]0;PWNED\x07", "evil\xe2\x80\xae" "txt.exe", NULL };

  for (gsize i = 0; i < 10 * 1000 * 1000; i++)
    g_string_append_c (huge, 'a' + (char) (i % 26));
  ids[2] = huge->str;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(PdzPlan) plan = pdz_plan_new ();
      g_autoptr(PdzPartner) a = pdz_partner_new (ids[i], "A");
      g_autoptr(PdzPartner) b = pdz_partner_new (ids[i], "B");
      g_autoptr(PdzPlan) refused = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GString) json = g_string_new (PLAN_HEAD ", \"partners\": [{\"id\": \"p\", \"name\": \"P\", "
                                              "\"kind\": \"");
      g_autofree char *text = NULL;

      /* The model: a duplicate id. */
      g_assert_true (pdz_plan_add_partner (plan, a, &error));
      g_assert_false (pdz_plan_add_partner (plan, b, &error));
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID);
      assert_safe_message (error->message);
      g_clear_error (&error);

      /* The reader: an unknown value, and a dangling reference. */
      for (const char *p = ids[i]; *p != '\0'; p++)
        {
          if ((guchar) *p < 0x20)
            g_string_append_printf (json, "\\u%04x", (guchar) *p);
          else
            g_string_append_c (json, *p);
        }
      g_string_append (json, "\"}]}");
      refused = pdz_plan_new_from_data (json->str, -1, &error);
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_INVALID_VALUE);
      g_assert_null (refused);
      assert_safe_message (error->message);
      g_clear_error (&error);

      /* Saved, the plan of the first partner loads; its id in the
       * message of a second, duplicate one from the file. */
      text = pdz_plan_to_data (plan, NULL);
      {
        g_autoptr(GString) twice = g_string_new (text);
        const char *partners = strstr (twice->str, "\"partners\": [");
        const char *end;
        g_autofree char *object = NULL;

        g_assert_nonnull (partners);
        partners += strlen ("\"partners\": [");
        end = strstr (partners, "}");
        g_assert_nonnull (end);
        object = g_strndup (partners, end + 1 - partners);
        g_string_insert (twice, partners - twice->str, ",");
        g_string_insert (twice, partners - twice->str, object);
        refused = pdz_plan_new_from_data (twice->str, -1, &error);
        g_assert_error (error, PDZ_ERROR, PDZ_ERROR_DUPLICATE_ID);
        g_assert_null (refused);
        assert_safe_message (error->message);
      }
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/pdz/limits/file-size", Fixture, NULL, fixture_set_up, test_file_size, fixture_tear_down);
  g_test_add ("/pdz/limits/file-size-real", Fixture, NULL, fixture_set_up, test_file_size_real,
              fixture_tear_down);
  g_test_add ("/pdz/limits/file-size-real-at", Fixture, NULL, fixture_set_up, test_file_size_real_at,
              fixture_tear_down);
  g_test_add ("/pdz/limits/not-regular", Fixture, NULL, fixture_set_up, test_not_regular, fixture_tear_down);
  g_test_add_func ("/pdz/limits/depth", test_depth);
  g_test_add_func ("/pdz/limits/string-length", test_string_length);
  g_test_add_func ("/pdz/limits/entities", test_entities);
  g_test_add_func ("/pdz/limits/workbook-uncompressed", test_workbook_uncompressed);
  g_test_add_func ("/pdz/limits/quote-length", test_quote_length);
  g_test_add_func ("/pdz/limits/quote-hostile", test_quote_hostile);

  return g_test_run ();
}
