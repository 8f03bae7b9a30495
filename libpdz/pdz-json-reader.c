/* pdz-json-reader.c: reads a plan from the JSON plan format
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * One pass over the bytes. The strict scanner (pdz-json-syntax.c) checks
 * UTF-8 and the grammar and records what it reads on a tape; the reader
 * builds the model from the tape as the scanner goes: each element of the
 * plan's four arrays (partners, macroareas, objectives, projects) is read
 * into its entities as soon as it is scanned, then its tape is reused for
 * the next, so that the document is never held as a tree. Its bytes are
 * needed until the end of the read, never after.
 *
 * The errors are those of a reader that would check the syntax of the
 * whole document first, then read its header ("format", "version"), the
 * names and values of the root's members, the four arrays in that order,
 * and last, in a second pass, every member that references another
 * entity, each refusing the document at its first error. Reading in one
 * pass must give the same first error:
 *
 * - a syntax error anywhere wins: the scanner reaches the end of the
 *   document before any other error is reported;
 * - the root's members are read at the end, in the old order, from their
 *   tape: their errors win over those of the arrays;
 * - the elements of an array are read as they come when the header came
 *   first (format and version known) and the arrays come in their order,
 *   as every saved plan has them; the first error of an element is kept
 *   and reported when the root's reading reaches its array. Otherwise the
 *   arrays are kept whole on the tape and read at the end, in order (a
 *   document whose arrays come out of order after one was read is read
 *   again that way from the start);
 * - references (pdz-json-reader-entities.c, _pdz_reader_defer()) are read
 *   as soon as what they reference exists, their first error kept until
 *   no earlier error can come; those that point forward (an action's
 *   projects) and the root's are read at the end.
 *
 * Every error found after the syntax begins with the JSON pointer (RFC
 * 6901) of the offending value.
 *
 * Entities join their container only once their id is checked, and an
 * objective joins the plan whole, so that the cost is linear in the size
 * of the document (an objective of 40,000 actions included).
 *
 * The reader keeps all its state on the stack: it is reentrant and may run
 * in several threads at once, each on its own plan. A GCancellable is
 * honoured about every 64 KiB scanned and every 256 entities built.
 */

#include "pdz-json-reader-private.h"
#include "pdz-text-private.h"

#include <string.h>

/* The plan's arrays, in the order they are read. */
typedef enum
{
  ARRAY_PARTNERS,
  ARRAY_MACROAREAS,
  ARRAY_OBJECTIVES,
  ARRAY_PROJECTS,
  N_ARRAYS,
  ARRAY_NONE = N_ARRAYS
} PlanArray;

static const struct
{
  const char *name;
  PdzReaderElementFunc read;
} plan_arrays[N_ARRAYS] = {
  [ARRAY_PARTNERS] = { "partners", _pdz_reader_read_partner },
  [ARRAY_MACROAREAS] = { "macroareas", _pdz_reader_read_macroarea },
  [ARRAY_OBJECTIVES] = { "objectives", _pdz_reader_read_objective },
  [ARRAY_PROJECTS] = { "projects", _pdz_reader_read_project },
};

/* What reading the document as it is scanned left for the end. */
typedef struct
{
  PdzReader *r;
  PdzJsonScanner *scanner;
  PdzJsonTape root_tape;      /* the root object, without the arrays read as they came */
  PdzJsonTape element_tape;   /* the element being read */
  gboolean buffered;          /* no array is read as it comes */
  gboolean skip;              /* the header is wrong: keep nothing more */
  int streamed;               /* the last array read as it came, or -1 */
  GError *first_error;        /* (owned) (nullable): the first error in an array read */
  PlanArray first_error_array;
  guint32 format;             /* the root's "format" and "version" on the root tape, or 0 */
  guint32 version;
} Read;

/* --- The document --- */

static const char * const plan_members_v1[] = {
  "format", "version", "id", "title", "ambito", "language", "start", "end",
  "municipalities", "lead-municipality", "contacts", "monitoring", "partners",
  "macroareas", "objectives", "projects", NULL
};
static const char * const plan_members[] = {
  "format", "version", "id", "title", "description", "ambito", "language",
  "start", "end", "municipalities", "lead-municipality", "contacts",
  "monitoring", "partners", "macroareas", "objectives", "projects", NULL
};
static const char * const contacts_members[] = { "office", "email", "phone", "website", NULL };
static const char * const monitoring_members[] = { "title", "start", "end", NULL };

/* "format" and "version" come first: nothing else of a file that is not a
 * plan of a version this library reads is looked at. With a NULL @error,
 * only tells whether they are right. */
static gboolean
check_header (PdzReader     *r,
              PdzJsonValue   root,
              GError       **error)
{
  PdzJsonValue format, version;
  gint64 number;

  if (!_pdz_reader_member (root, "format", &format))
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT,
                   "/: missing member \"format\": not a plan file "
                   "(a plan starts with \"format\": \"pdz\")");
      return FALSE;
    }
  if (!_pdz_json_value_equals (format, "pdz"))
    {
      if (_pdz_reader_value_is_string (format))
        {
          g_autofree char *quoted = _pdz_text_quote (_pdz_json_value_get_string (format, r->strings),
                                                     -1, 0, PDZ_QUOTE_JSON);

          g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT,
                       "/format: unknown format \"%s\": not a plan file (expected \"pdz\")",
                       quoted);
        }
      else
        g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT,
                     "/format: expected the string \"pdz\", got %s",
                     _pdz_reader_describe_value (format));
      return FALSE;
    }

  if (!_pdz_reader_member (root, "version", &version))
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT,
                   "/: missing member \"version\" (this version of libpdz reads versions %d to %d)",
                   PDZ_FORMAT_VERSION_MIN, PDZ_FORMAT_VERSION);
      return FALSE;
    }
  if (!_pdz_reader_value_get_integer (version, &number))
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT,
                   "/version: expected an integer, got %s "
                   "(this version of libpdz reads versions %d to %d)",
                   _pdz_reader_describe_value (version),
                   PDZ_FORMAT_VERSION_MIN, PDZ_FORMAT_VERSION);
      return FALSE;
    }
  if (number < PDZ_FORMAT_VERSION_MIN || number > PDZ_FORMAT_VERSION)
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT,
                   "/version: unsupported version %" G_GINT64_FORMAT
                   " (this version of libpdz reads versions %d to %d)",
                   number, PDZ_FORMAT_VERSION_MIN, PDZ_FORMAT_VERSION);
      return FALSE;
    }
  r->version = (int) number;

  return TRUE;
}

/* Reads the optional sub-object @name ("contacts" or "monitoring"): returns
 * it in @out (FALSE when absent), with its extensions attached to the plan. */
static gboolean
read_part (PdzReader          *r,
           PdzJsonValue        root,
           const char         *name,
           const char * const *allowed,
           PdzJsonValue       *out,
           gboolean           *present,
           GError            **error)
{
  g_autoptr(JsonObject) ext = NULL;
  gsize old;
  gboolean ok;

  *present = _pdz_reader_member (root, name, out);
  if (!*present)
    return TRUE;

  old = _pdz_pointer_push_member (r->path, name);
  ok = _pdz_reader_expect_object (r, *out, error) &&
       _pdz_reader_check_members (r, *out, allowed, &ext, error);
  _pdz_pointer_pop (r->path, old);
  if (ok)
    _pdz_reader_attach_extensions (r->plan, name, ext);
  return ok;
}

/* Reads one element of @array at the current path. */
static gboolean
read_element (Read          *rd,
              PlanArray      array,
              PdzJsonValue   value,
              GError       **error)
{
  PdzReader *r = rd->r;
  gboolean ok;

  ok = _pdz_reader_next_entity (r, error) &&
       plan_arrays[array].read (r, value, r->plan, error);
  g_string_chunk_clear (r->strings);
  return ok;
}

/* The array @array of the root: read at the end if it is on the tape, or
 * what reading it as it came left. */
static gboolean
read_plan_array (Read          *rd,
                 PdzJsonValue   root,
                 PlanArray      array,
                 GError       **error)
{
  PdzReader *r = rd->r;
  PdzJsonValue value;
  gboolean ok = TRUE;
  gsize old;
  guint i = 0;

  if (!_pdz_reader_member (root, plan_arrays[array].name, &value))
    return TRUE;

  old = _pdz_pointer_push_member (r->path, plan_arrays[array].name);
  if (_pdz_json_value_type (value) == PDZ_JSON_STREAMED_ARRAY)
    {
      if (rd->first_error != NULL && rd->first_error_array == array)
        {
          g_propagate_error (error, g_steal_pointer (&rd->first_error));
          ok = FALSE;
        }
    }
  else if (!_pdz_reader_expect_array (r, value, error))
    {
      ok = FALSE;
    }
  else
    {
      PDZ_JSON_FOREACH_ELEMENT (value, element)
        {
          gsize old_item = _pdz_pointer_push_index (r->path, i++);

          ok = read_element (rd, array, element, error);
          if (!ok)
            break;
          _pdz_pointer_pop (r->path, old_item);
        }
    }
  _pdz_pointer_pop (r->path, old);
  return ok;
}

static gboolean
read_document (Read          *rd,
               PdzJsonValue   root,
               GError       **error)
{
  PdzReader *r = rd->r;
  g_autoptr(JsonObject) ext = NULL;
  g_autoptr(PdzDate) start = NULL;
  g_autoptr(PdzDate) end = NULL;
  PdzJsonValue contacts, monitoring;
  gboolean has_contacts, has_monitoring;
  const char *id, *title, *description = NULL, *ambito, *language;

  if (!check_header (r, root, error) ||
      !_pdz_reader_check_members (r, root, r->version == 1 ? plan_members_v1 : plan_members,
                                  &ext, error) ||
      !_pdz_reader_read_string (r, root, "id", FALSE, &id, error) ||
      !_pdz_reader_read_string (r, root, "title", FALSE, &title, error) ||
      !_pdz_reader_read_string (r, root, "description", FALSE, &description, error) ||
      !_pdz_reader_read_string (r, root, "ambito", FALSE, &ambito, error) ||
      !_pdz_reader_read_string (r, root, "language", FALSE, &language, error) ||
      !_pdz_reader_read_date (r, root, "start", FALSE, &start, error) ||
      !_pdz_reader_read_date (r, root, "end", FALSE, &end, error))
    return FALSE;

  if (id != NULL && *id == '\0')
    {
      gsize old = _pdz_pointer_push_member (r->path, "id");

      _pdz_json_pointer_error (error, r->path, PDZ_ERROR_INVALID_VALUE, "the id must not be empty");
      _pdz_pointer_pop (r->path, old);
      return FALSE;
    }

  if (id != NULL)
    pdz_plan_set_id (r->plan, id);
  if (title != NULL)
    pdz_plan_set_title (r->plan, title);
  if (description != NULL)
    pdz_plan_set_description (r->plan, description);
  if (ambito != NULL)
    pdz_plan_set_ambito (r->plan, ambito);
  if (language != NULL)
    pdz_plan_set_language (r->plan, language);
  if (start != NULL)
    pdz_plan_set_start (r->plan, start);
  if (end != NULL)
    pdz_plan_set_end (r->plan, end);

  _pdz_reader_defer (r, root, "municipalities", DEFER_PLAN_MUNICIPALITIES, r->plan);
  _pdz_reader_defer (r, root, "lead-municipality", DEFER_PLAN_LEAD_MUNICIPALITY, r->plan);

  if (!read_part (r, root, "contacts", contacts_members, &contacts, &has_contacts, error))
    return FALSE;
  if (has_contacts)
    {
      static const char * const names[] = { "office", "email", "phone", "website" };
      gsize old = _pdz_pointer_push_member (r->path, "contacts");

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          const char *value;

          if (!_pdz_reader_read_string (r, contacts, names[i], FALSE, &value, error))
            {
              _pdz_pointer_pop (r->path, old);
              return FALSE;
            }
          if (value == NULL)
            continue;
          switch (i)
            {
            case 0: pdz_plan_set_office (r->plan, value); break;
            case 1: pdz_plan_set_email (r->plan, value); break;
            case 2: pdz_plan_set_phone (r->plan, value); break;
            default: pdz_plan_set_website (r->plan, value); break;
            }
        }
      _pdz_pointer_pop (r->path, old);
    }

  if (!read_part (r, root, "monitoring", monitoring_members, &monitoring, &has_monitoring, error))
    return FALSE;
  if (has_monitoring)
    {
      g_autoptr(PdzDate) m_start = NULL;
      g_autoptr(PdzDate) m_end = NULL;
      const char *m_title;
      gsize old = _pdz_pointer_push_member (r->path, "monitoring");
      gboolean ok = _pdz_reader_read_string (r, monitoring, "title", FALSE, &m_title, error) &&
                    _pdz_reader_read_date (r, monitoring, "start", FALSE, &m_start, error) &&
                    _pdz_reader_read_date (r, monitoring, "end", FALSE, &m_end, error);

      _pdz_pointer_pop (r->path, old);
      if (!ok)
        return FALSE;
      if (m_title != NULL)
        pdz_plan_set_monitoring_title (r->plan, m_title);
      if (m_start != NULL)
        pdz_plan_set_monitoring_start (r->plan, m_start);
      if (m_end != NULL)
        pdz_plan_set_monitoring_end (r->plan, m_end);
    }

  for (PlanArray array = 0; array < N_ARRAYS; array++)
    if (!read_plan_array (rd, root, array, error))
      return FALSE;

  _pdz_reader_attach_extensions (r->plan, "", ext);

  return _pdz_reader_read_deferred (r, error);
}

/* --- Scanning the document --- */

static PlanArray
plan_array_of (PdzReader    *r,
               PdzJsonValue  key)
{
  for (PlanArray array = 0; array < N_ARRAYS; array++)
    if (_pdz_json_value_equals (key, plan_arrays[array].name))
      return array;
  return ARRAY_NONE;
}

/* Scans the rest of the object or array that just began, onto @tape (or
 * nowhere). */
static gboolean
scan_rest (Read         *rd,
           PdzJsonTape  *tape,
           GError      **error)
{
  for (;;)
    {
      PdzJsonScan scan = _pdz_json_scanner_next_value (rd->scanner, tape, error);

      if (scan == PDZ_JSON_SCAN_END)
        return TRUE;
      if (scan != PDZ_JSON_SCAN_VALUE)
        return FALSE;
    }
}

/* The root's "format" and "version", if both came and are right: then the
 * arrays can be read as they come. */
static gboolean
header_known (Read *rd)
{
  PdzJsonTape header = rd->root_tape;
  PdzJsonToken tokens[5];
  PdzJsonValue root = { &header, 0 };
  g_autoptr(GError) ignored = NULL;

  if (rd->format == 0 || rd->version == 0)
    return FALSE;

  /* A small object of the two members, for check_header(). */
  tokens[0] = (PdzJsonToken) { PDZ_JSON_OBJECT, FALSE, 0, 0, 5, 2 };
  tokens[1] = rd->root_tape.tokens[rd->format - 1];
  tokens[2] = rd->root_tape.tokens[rd->format];
  tokens[3] = rd->root_tape.tokens[rd->version - 1];
  tokens[4] = rd->root_tape.tokens[rd->version];
  if (tokens[2].type == PDZ_JSON_OBJECT || tokens[2].type == PDZ_JSON_ARRAY ||
      tokens[4].type == PDZ_JSON_OBJECT || tokens[4].type == PDZ_JSON_ARRAY)
    return FALSE;
  header.tokens = tokens;
  header.n_tokens = 5;
  return check_header (rd->r, root, &ignored);
}

/* Reads the elements of the array that just began as they come. */
static gboolean
stream_array (Read       *rd,
              PlanArray   array,
              GError    **error)
{
  PdzReader *r = rd->r;
  guint i = 0;

  for (;;)
    {
      PdzJsonScan scan;

      _pdz_json_tape_reset (&rd->element_tape);
      scan = _pdz_json_scanner_next_value (rd->scanner,
                                           rd->first_error == NULL ? &rd->element_tape : NULL,
                                           error);
      if (scan == PDZ_JSON_SCAN_END)
        return TRUE;
      if (scan != PDZ_JSON_SCAN_VALUE)
        return FALSE;

      if (rd->first_error == NULL)
        {
          PdzJsonValue value = { &rd->element_tape, 0 };

          g_string_printf (r->path, "/%s/%u", plan_arrays[array].name, i);
          if (!read_element (rd, array, value, &rd->first_error))
            {
              /* Cancelled: at once. Else kept for its turn. */
              if (g_error_matches (rd->first_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
                {
                  g_propagate_error (error, g_steal_pointer (&rd->first_error));
                  return FALSE;
                }
              rd->first_error_array = array;
            }
          g_string_truncate (r->path, 0);
        }
      i++;
    }
}

/* Scans the whole document, reading the arrays as they come where it can.
 * Sets @restart, and returns FALSE, when it cannot go on in one pass. */
static gboolean
scan_document (Read      *rd,
               gboolean  *restart,
               GError   **error)
{
  PdzJsonTape *tape = &rd->root_tape;
  PdzJsonScan scan;

  *restart = FALSE;

  scan = _pdz_json_scanner_next (rd->scanner, tape, error);
  if (scan == PDZ_JSON_SCAN_ERROR)
    return FALSE;
  if (scan == PDZ_JSON_SCAN_BEGIN && tape->tokens[0].type == PDZ_JSON_ARRAY)
    {
      /* Not a plan; the message says so once the syntax is checked. */
      if (!scan_rest (rd, NULL, error))
        return FALSE;
    }
  else if (scan == PDZ_JSON_SCAN_BEGIN)
    {
      for (;;)
        {
          guint32 key;
          PlanArray array;

          scan = _pdz_json_scanner_next (rd->scanner, tape, error);
          if (scan == PDZ_JSON_SCAN_END)
            break;
          if (scan != PDZ_JSON_SCAN_KEY)
            return FALSE;
          key = tape->n_tokens - 1;
          array = plan_array_of (rd->r, (PdzJsonValue) { tape, key });

          if (array != ARRAY_NONE && !rd->skip && !rd->buffered)
            {
              scan = _pdz_json_scanner_next (rd->scanner, tape, error);
              if (scan == PDZ_JSON_SCAN_ERROR)
                return FALSE;
              if (scan == PDZ_JSON_SCAN_BEGIN && tape->tokens[key + 1].type == PDZ_JSON_ARRAY)
                {
                  if ((int) array <= rd->streamed)
                    {
                      /* Out of order, after an array read already. */
                      *restart = TRUE;
                      return FALSE;
                    }
                  if (rd->streamed >= 0 || header_known (rd))
                    {
                      tape->tokens[key + 1].type = PDZ_JSON_STREAMED_ARRAY;
                      rd->streamed = (int) array;
                      if (!stream_array (rd, array, error))
                        return FALSE;
                      continue;
                    }
                  rd->buffered = TRUE;
                }
              if (scan == PDZ_JSON_SCAN_BEGIN && !scan_rest (rd, tape, error))
                return FALSE;
              continue;
            }

          if (rd->skip)
            {
              /* Only the header's error can come: keep nothing. */
              PdzJsonToken placeholder = { PDZ_JSON_NULL, FALSE, 0, 0, 0, 0 };

              if (_pdz_json_scanner_next_value (rd->scanner, NULL, error) != PDZ_JSON_SCAN_VALUE)
                return FALSE;
              _pdz_json_tape_append (tape, &placeholder);
              continue;
            }

          if (_pdz_json_scanner_next_value (rd->scanner, tape, error) != PDZ_JSON_SCAN_VALUE)
            return FALSE;

          if (_pdz_json_value_equals ((PdzJsonValue) { tape, key }, "format"))
            rd->format = key + 1;
          else if (_pdz_json_value_equals ((PdzJsonValue) { tape, key }, "version"))
            rd->version = key + 1;
          else
            continue;
          if (rd->format != 0 && rd->version != 0 && !header_known (rd))
            rd->skip = TRUE;
        }
    }

  scan = _pdz_json_scanner_next (rd->scanner, NULL, error);
  return scan == PDZ_JSON_SCAN_DONE;
}

static gboolean
read_plan (Read          *rd,
           gboolean      *restart,
           GError       **error)
{
  PdzJsonValue root = { &rd->root_tape, 0 };

  if (!scan_document (rd, restart, error))
    return FALSE;

  if (_pdz_json_value_type (root) != PDZ_JSON_OBJECT)
    {
      g_set_error (error, PDZ_ERROR, PDZ_ERROR_FORMAT,
                   "/: expected a JSON object (a plan), got %s",
                   _pdz_reader_describe_value (root));
      return FALSE;
    }

  g_string_truncate (rd->r->path, 0);
  return read_document (rd, root, error);
}

/* One attempt; @buffered keeps the arrays whole on the tape. */
static PdzPlan *
read_once (const char    *data,
           gsize          length,
           gboolean       buffered,
           gboolean      *restart,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(PdzJsonScanner) scanner = NULL;
  g_autoptr(PdzPlan) plan = NULL;
  PdzReader r;
  Read rd = { NULL, };
  gboolean ok;

  *restart = FALSE;
  scanner = _pdz_json_scanner_new (data, length, cancellable, error);
  if (scanner == NULL)
    return NULL;

  _pdz_reader_init (&r, _pdz_json_scanner_get_data (scanner), cancellable);
  rd.r = &r;
  rd.scanner = scanner;
  rd.buffered = buffered;
  rd.streamed = -1;
  _pdz_json_tape_init (&rd.root_tape, _pdz_json_scanner_get_data (scanner));
  _pdz_json_tape_init (&rd.element_tape, _pdz_json_scanner_get_data (scanner));

  ok = read_plan (&rd, restart, error);

  g_clear_error (&rd.first_error);
  _pdz_json_tape_clear (&rd.element_tape);
  _pdz_json_tape_clear (&rd.root_tape);
  plan = _pdz_reader_clear (&r);

  /* A cancelled read returns at once; what it built goes later. */
  if (!ok && g_cancellable_is_cancelled (cancellable))
    {
      GPtrArray *built = g_ptr_array_new_with_free_func (g_object_unref);

      g_ptr_array_add (built, g_steal_pointer (&plan));
      _pdz_unref_later (built);
    }

  return ok ? g_steal_pointer (&plan) : NULL;
}

/*
 * _pdz_json_read_plan:
 * @data: the document, not necessarily nul-terminated
 * @length: the length of @data in bytes
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a plan from the JSON plan format. Syntax errors are
 * %PDZ_ERROR_PARSE with a message starting with "LINE:COLUMN:", both
 * counted from 1, the column in characters (Unicode code points) rather
 * than bytes; a leading UTF-8 byte-order mark is skipped and not counted.
 * Every other error starts with the JSON pointer of the offending value.
 * A cancelled read fails with %G_IO_ERROR_CANCELLED.
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL on error
 */
PdzPlan *
_pdz_json_read_plan (const char    *data,
                     gsize          length,
                     GCancellable  *cancellable,
                     GError       **error)
{
  gboolean restart;
  PdzPlan *plan;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";

  plan = read_once (data, length, FALSE, &restart, cancellable, error);
  if (plan == NULL && restart)
    plan = read_once (data, length, TRUE, &restart, cancellable, error);
  return plan;
}
