/* pdz-json-syntax-private.h: the strict scanner of a plan document
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The reader (pdz-json-reader.c) reads a document in one pass of this
 * scanner over its bytes: no other parser sees them. The scanner checks
 * UTF-8, the JSON grammar, the nesting depth (PDZ_JSON_MAX_DEPTH),
 * duplicate member names and numbers that fit, and gives every syntax
 * error an exact "LINE:COLUMN:" location; see pdz-json-syntax.c.
 *
 * What it scans, it records on a tape: one PdzJsonToken per value and per
 * member name, in document order, each a few words that point into the
 * document's bytes. The reader records one value at a time (an entity of
 * the plan, a member of its header), reads it from the tape with the
 * PdzJsonValue functions below, builds the model, and reuses the tape for
 * the next: the document is never held as a tree.
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  PDZ_JSON_OBJECT = 1,
  PDZ_JSON_ARRAY,
  PDZ_JSON_STRING,
  PDZ_JSON_INTEGER,        /* a number without fraction or exponent */
  PDZ_JSON_DOUBLE,         /* any other number */
  PDZ_JSON_TRUE,
  PDZ_JSON_FALSE,
  PDZ_JSON_NULL,
  /* An array of the plan's root that the reader read element by element
   * as it was scanned, kept on the tape as a mark without its elements. */
  PDZ_JSON_STREAMED_ARRAY,
} PdzJsonType;

typedef struct
{
  guint8 type;             /* PdzJsonType */
  guint8 escaped;          /* strings: the text has backslash escapes */
  guint32 offset;          /* where the value starts in the data (a string: after its quote) */
  guint32 length;          /* strings: bytes up to the closing quote; numbers: bytes */
  guint32 end;             /* containers: the index of the token after the last one inside */
  guint32 count;           /* containers: members or elements */
} PdzJsonToken;

typedef struct
{
  const char *data;        /* (not owned) the document */
  PdzJsonToken *tokens;    /* (owned) */
  guint32 n_tokens;
  guint32 allocated;
} PdzJsonTape;

void _pdz_json_tape_init (PdzJsonTape *tape, const char *data);
void _pdz_json_tape_clear (PdzJsonTape *tape);
static inline void
_pdz_json_tape_reset (PdzJsonTape *tape)
{
  tape->n_tokens = 0;
}
/* Appends a token; returns its index. */
guint32 _pdz_json_tape_append (PdzJsonTape *tape, const PdzJsonToken *token);
/* Appends a copy of the value @index of @from (with all it contains) to
 * @tape, which reads the same data; returns its new index. */
guint32 _pdz_json_tape_copy_value (PdzJsonTape       *tape,
                                   const PdzJsonTape *from,
                                   guint32            index);

/* --- Values on a tape ----------------------------------------------------- */

/* A value: a token of a tape. Passed by value. */
typedef struct
{
  const PdzJsonTape *tape;
  guint32 index;
} PdzJsonValue;

static inline const PdzJsonToken *
_pdz_json_value_token (PdzJsonValue value)
{
  return &value.tape->tokens[value.index];
}

static inline PdzJsonType
_pdz_json_value_type (PdzJsonValue value)
{
  return (PdzJsonType) _pdz_json_value_token (value)->type;
}

/* The index of the token after @value and all it contains. */
static inline guint32
_pdz_json_value_end (PdzJsonValue value)
{
  const PdzJsonToken *token = _pdz_json_value_token (value);

  return token->type == PDZ_JSON_OBJECT || token->type == PDZ_JSON_ARRAY ?
         token->end : value.index + 1;
}

/* Iterates the members of an object: @key and @member are PdzJsonValues.
 *
 *   PDZ_JSON_FOREACH_MEMBER (object, key, member) { ... }
 */
#define PDZ_JSON_FOREACH_MEMBER(object, key, member) \
  for (PdzJsonValue key = { (object).tape, (object).index + 1 }, \
         member = { (object).tape, (object).index + 2 }; \
       key.index < _pdz_json_value_end (object); \
       key.index = _pdz_json_value_end (member), member.index = key.index + 1)

/* Iterates the elements of an array, @element a PdzJsonValue. */
#define PDZ_JSON_FOREACH_ELEMENT(array, element) \
  for (PdzJsonValue element = { (array).tape, (array).index + 1 }; \
       element.index < _pdz_json_value_end (array); \
       element.index = _pdz_json_value_end (element))

/* Whether the string @value is @text, decoded. */
gboolean _pdz_json_value_equals (PdzJsonValue value, const char *text);
/* The text of the string @value, decoded, in @chunk. (transfer none) */
const char *_pdz_json_value_get_string (PdzJsonValue value, GStringChunk *chunk);
/* An integer (that the scanner checked fits in 64 bits). */
gint64 _pdz_json_value_get_int (PdzJsonValue value);
/* A number, integer or not, as a double (an integer converted as C does). */
double _pdz_json_value_get_double (PdzJsonValue value);
/* A copy of @value as a json-glib node, for "x-" members. (transfer full) */
JsonNode *_pdz_json_value_to_node (PdzJsonValue value);

/* --- The scanner ---------------------------------------------------------- */

typedef struct _PdzJsonScanner PdzJsonScanner;

/* Checks that @data is UTF-8 (a leading byte-order mark is skipped and
 * not counted in locations) and starts a scanner over it; @cancellable is
 * checked about every 64 KiB. Returns NULL with a PDZ_ERROR_PARSE error,
 * "LINE:COL: ...", when the data is not UTF-8. (transfer full) */
PdzJsonScanner *_pdz_json_scanner_new (const char    *data,
                                       gsize          length,
                                       GCancellable  *cancellable,
                                       GError       **error);
void _pdz_json_scanner_free (PdzJsonScanner *scanner);
/* The data after the byte-order mark, which the tapes point into. */
const char *_pdz_json_scanner_get_data (PdzJsonScanner *scanner);

typedef enum
{
  PDZ_JSON_SCAN_ERROR,     /* error set */
  PDZ_JSON_SCAN_VALUE,     /* a value was recorded */
  PDZ_JSON_SCAN_KEY,       /* a member name was recorded */
  PDZ_JSON_SCAN_BEGIN,     /* an object or an array begins (recorded without its end) */
  PDZ_JSON_SCAN_END,       /* the enclosing object or array ended */
  PDZ_JSON_SCAN_DONE,      /* the document ended */
} PdzJsonScan;

/* Scans the next thing of the document. A scalar value or a member name
 * is appended to @tape (PDZ_JSON_SCAN_VALUE, PDZ_JSON_SCAN_KEY); so is the
 * token of an object or an array that begins (PDZ_JSON_SCAN_BEGIN), whose
 * content the next calls give, up to its PDZ_JSON_SCAN_END. */
PdzJsonScan _pdz_json_scanner_next (PdzJsonScanner  *scanner,
                                    PdzJsonTape     *tape,
                                    GError         **error);
/* Scans the next value of the document whole, containers with all they
 * contain, onto @tape (PDZ_JSON_SCAN_VALUE), or finds that the enclosing
 * array ends instead (PDZ_JSON_SCAN_END). With a NULL @tape, checks the
 * value without recording it. */
PdzJsonScan _pdz_json_scanner_next_value (PdzJsonScanner  *scanner,
                                          PdzJsonTape     *tape,
                                          GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PdzJsonScanner, _pdz_json_scanner_free)

/* A whole small document (a diff) read by the scanner into a json-glib
 * tree; NULL with a PDZ_ERROR_PARSE error "LINE:COL: ...". (transfer full) */
JsonNode *_pdz_json_parse_document (const char    *data,
                                    gsize          length,
                                    GCancellable  *cancellable,
                                    GError       **error);

G_END_DECLS
