/* test-bad-input.c: every way a plan file can be wrong is refused, and said where
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <libpdz/pdz.h>

#include <stdio.h>
#include <string.h>

typedef struct {
  const char *name;
  PdzError code;
  const char *message;   /* the message starts with this */
} BadFile;

/* Every file of tests/data/bad, with the error it must give. */
static const BadFile bad_files[] = {
  { "not-json.json", PDZ_ERROR_PARSE, "1:1: unexpected word \"Piano\"" },
  { "truncated.json", PDZ_ERROR_PARSE, "19:3: unexpected end of the data" },
  { "root-array.json", PDZ_ERROR_FORMAT, "/: expected a JSON object (a plan), got an array" },
  { "missing-format.json", PDZ_ERROR_FORMAT, "/: missing member \"format\"" },
  { "wrong-format.json", PDZ_ERROR_FORMAT, "/format: unknown format \"pdz-plan\"" },
  { "missing-version.json", PDZ_ERROR_FORMAT, "/: missing member \"version\" (this version of libpdz reads versions 1 to 2)" },
  { "unsupported-version.json", PDZ_ERROR_FORMAT, "/version: unsupported version 3 (this version of libpdz reads versions 1 to 2)" },
  { "unknown-member.json", PDZ_ERROR_UNKNOWN_MEMBER, "/partners/1: unknown member \"webiste\"" },
  { "wrong-type.json", PDZ_ERROR_INVALID_VALUE, "/macroareas/0/title: expected a string, got a number" },
  { "duplicate-id.json", PDZ_ERROR_DUPLICATE_ID, "/partners/2/id: duplicate id \"aler\" (already used by /partners/1)" },
  { "empty-id.json", PDZ_ERROR_INVALID_VALUE, "/objectives/0/id: the id must not be empty" },
  { "dangling-reference.json", PDZ_ERROR_DANGLING_REFERENCE, "/objectives/0/macroarea: no macroarea with id \"politiche-abitative\"" },
  { "date-month-13.json", PDZ_ERROR_INVALID_VALUE, "/objectives/0/actions/0/date: invalid date \"2023-13\": " },
  { "date-feb-30.json", PDZ_ERROR_INVALID_VALUE, "/objectives/0/actions/0/date: invalid date \"2023-02-30\": " },
  { "date-short.json", PDZ_ERROR_INVALID_VALUE, "/objectives/0/actions/0/date: invalid date \"23-1\": " },
  { "date-empty.json", PDZ_ERROR_INVALID_VALUE, "/objectives/0/actions/0/date: invalid date \"\": " },
  { "unknown-enum.json", PDZ_ERROR_INVALID_VALUE, "/objectives/0/status: unknown status \"done\" (expected one of planned, in-progress, completed, suspended, cancelled)" },
  { "negative-amount.json", PDZ_ERROR_INVALID_VALUE, "/objectives/0/actions/0/fundings/0/amount: the amount must be a whole number of euro cents, zero or more" },
  { "invalid-utf8.json", PDZ_ERROR_PARSE, "5:29: invalid UTF-8 (byte 0xE0)" },
  { "deep-arrays.json", PDZ_ERROR_PARSE, "1:65: nesting deeper than 64 levels" },
  { "deep-objects.json", PDZ_ERROR_PARSE, "1:321: nesting deeper than 64 levels" },
  { "v2-explicit-not-stated.json", PDZ_ERROR_INVALID_VALUE, "/objectives/0/actions/0/status: \"not-stated\" is written by leaving \"status\" out" },
  { "v2-extra-member.json", PDZ_ERROR_UNKNOWN_MEMBER, "/objectives/0/actions/0: unknown member \"extra\"" },
  { "v2-health-agency.json", PDZ_ERROR_INVALID_VALUE, "/partners/2/kind: unknown kind \"health-agency\"" },
  { "v2-milestone-no-date.json", PDZ_ERROR_INVALID_VALUE, "/objectives/0/actions/0/milestones/0: missing required member \"date\"" },
  { "v2-sub-sub-action.json", PDZ_ERROR_UNKNOWN_MEMBER, "/objectives/0/actions/0/actions/0: unknown member \"actions\"" },
};

static void
assert_error_prefix (const GError *error,
                     PdzError      code,
                     const char   *prefix)
{
  g_assert_error (error, PDZ_ERROR, (gint) code);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("message \"%s\" does not start with \"%s\"", error->message, prefix);
}

/* A file's errors begin with its name, joined to a LINE:COLUMN: location
 * as a compiler does ("plan.json:3:5: ..."), to a JSON pointer with ": "
 * ("plan.json: /partners/1: ..."); the same text in memory gives the same
 * message without the name. */
static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", bad->name, NULL);
  g_autofree char *display_name = g_filename_display_name (path);
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *in_file = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPlan) plan = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  plan = pdz_plan_load_path (path, NULL, &error);
  g_assert_null (plan);
  expected = g_strconcat (display_name, g_ascii_isdigit (bad->message[0]) ? ":" : ": ",
                          bad->message, NULL);
  assert_error_prefix (error, bad->code, expected);

  /* The deep files are refused at once, not after a walk of the megabyte. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);

  in_file = g_strdup (error->message);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  plan = pdz_plan_new_from_data (contents, (gssize) length, &error);
  g_assert_null (plan);
  assert_error_prefix (error, bad->code, bad->message);
  g_assert_cmpstr (in_file + strlen (display_name) + (g_ascii_isdigit (bad->message[0]) ? 1 : 2),
                   ==, error->message);
}

/* No file in tests/data/bad goes untested. */
static void
test_all_files_listed (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
        listed |= strcmp (bad_files[i].name, name) == 0;
      if (!listed)
        g_error ("tests/data/bad/%s is not in the table of test-bad-input.c", name);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (bad_files));
}

/* --- In memory --- */

typedef struct {
  const char *data;
  gssize length;       /* -1: up to the nul */
  PdzError code;
  const char *message; /* the message starts with this */
} BadData;

#define HEADER "{\"format\": \"pdz\", \"version\": 1, "

static const BadData bad_syntax[] = {
  { "", 0, PDZ_ERROR_PARSE, "1:1: the document is empty" },
  { "  \n\t ", -1, PDZ_ERROR_PARSE, "2:3: the document is empty" },
  { "{}\0", 3, PDZ_ERROR_PARSE, "1:3: NUL byte" },
  { "[\"\xc0\xaf\"]", -1, PDZ_ERROR_PARSE, "1:3: invalid UTF-8 (byte 0xC0)" },
  { "{\n  \"è\": \"\xff\"}", -1, PDZ_ERROR_PARSE, "2:9: invalid UTF-8 (byte 0xFF)" },
  /* A byte-order mark is skipped, and not counted as a column. */
  { "\xEF\xBB\xBF{\xFF", -1, PDZ_ERROR_PARSE, "1:2: invalid UTF-8" },
  /* Columns count characters, not bytes. */
  { "{\n  \"è\": tru}", -1, PDZ_ERROR_PARSE, "2:8: unexpected word \"tru\"" },
  { "{", -1, PDZ_ERROR_PARSE, "1:2: unexpected end of the data, expected a member name (a string) or '}'" },
  { "{\"format\": \"pdz\"", -1, PDZ_ERROR_PARSE, "1:17: unexpected end of the data, expected ',' or a closing bracket" },
  { "{\"a\" 1}", -1, PDZ_ERROR_PARSE, "1:6: unexpected '1', expected ':'" },
  { "[1 2]", -1, PDZ_ERROR_PARSE, "1:4: unexpected '2', expected ',' or a closing bracket" },
  { "[1}", -1, PDZ_ERROR_PARSE, "1:3: unexpected '}', expected ']'" },
  { "{\"a\": 1]", -1, PDZ_ERROR_PARSE, "1:8: unexpected ']', expected '}'" },
  { "[1,]", -1, PDZ_ERROR_PARSE, "1:4: unexpected ']', expected a value" },
  { "{\"a\": 1,}", -1, PDZ_ERROR_PARSE, "1:9: unexpected '}', expected a member name (a string)" },
  { "{} {}", -1, PDZ_ERROR_PARSE, "1:4: unexpected '{' after the end of the document" },
  { "[\"abc", -1, PDZ_ERROR_PARSE, "1:2: unterminated string" },
  { "[\"abc\\", -1, PDZ_ERROR_PARSE, "1:2: unterminated string" },
  { "[\"\\u12", -1, PDZ_ERROR_PARSE, "1:2: unterminated string" },
  { "[\"a\tb\"]", -1, PDZ_ERROR_PARSE, "1:4: control character U+0009 in a string" },
  { "[\"\\x\"]", -1, PDZ_ERROR_PARSE, "1:3: invalid escape in a string: '\\' followed by 'x'" },
  { "[\"\\u12g4\"]", -1, PDZ_ERROR_PARSE, "1:3: invalid escape in a string: \\u needs four hexadecimal digits" },
  { "[\"\\u0000\"]", -1, PDZ_ERROR_PARSE, "1:3: \\u0000 (a NUL character) is not supported" },
  { "[\"\\ud800\"]", -1, PDZ_ERROR_PARSE, "1:3: invalid escape in a string: \\uD800 is a high surrogate" },
  { "[\"\\ud800\\u0041\"]", -1, PDZ_ERROR_PARSE, "1:3: invalid escape in a string: \\uD800 is a high surrogate" },
  { "[\"x\\udc00\"]", -1, PDZ_ERROR_PARSE, "1:4: invalid escape in a string: \\uDC00 is a lone low surrogate" },
  { "[tru]", -1, PDZ_ERROR_PARSE, "1:2: unexpected word \"tru\"" },
  { "[nullx]", -1, PDZ_ERROR_PARSE, "1:2: unexpected word \"nullx\"" },
  { "[-]", -1, PDZ_ERROR_PARSE, "1:2: invalid number: '-' must be followed by a digit" },
  { "[1.]", -1, PDZ_ERROR_PARSE, "1:2: invalid number: '.' must be followed by a digit" },
  { "[1e+]", -1, PDZ_ERROR_PARSE, "1:2: invalid number: the exponent needs a digit" },
  { "[-01]", -1, PDZ_ERROR_PARSE, "1:2: invalid number: leading zeros are not allowed" },
  { "[99999999999999999999]", -1, PDZ_ERROR_PARSE, "1:2: the integer 99999999999999999999 is out of range" },
  { "[-9223372036854775809]", -1, PDZ_ERROR_PARSE, "1:2: the integer -9223372036854775809 is out of range" },
  { "[1e400]", -1, PDZ_ERROR_PARSE, "1:2: the number 1e400 is out of range" },
  /* What json-glib 1.6 alone would accept. */
  { "/* comment */ {}", -1, PDZ_ERROR_PARSE, "1:1: unexpected '/', expected a value" },
  { "{'format': 'pdz'}", -1, PDZ_ERROR_PARSE, "1:2: unexpected ''', expected a member name (a string) or '}'" },
  { "{\"a\": 0x10}", -1, PDZ_ERROR_PARSE, "1:8: unexpected 'x', expected ',' or a closing bracket" },
  { "[.5]", -1, PDZ_ERROR_PARSE, "1:2: unexpected '.', expected a value" },
  { "[+1]", -1, PDZ_ERROR_PARSE, "1:2: unexpected '+', expected a value" },
  { "[NaN]", -1, PDZ_ERROR_PARSE, "1:2: unexpected word \"NaN\"" },
  { "[\x01]", -1, PDZ_ERROR_PARSE, "1:2: unexpected control character U+0001, expected a value" },
  { "{\"a\": 1, \"a\": 2}", -1, PDZ_ERROR_PARSE, "1:10: duplicate member \"a\" in an object" },
  { "{\"a\": {\"b\": 1}, \"\\u0061\": 2}", -1, PDZ_ERROR_PARSE, "1:17: duplicate member \"a\" in an object" },
};

static const BadData bad_format[] = {
  { "{}", -1, PDZ_ERROR_FORMAT, "/: missing member \"format\"" },
  { "null", -1, PDZ_ERROR_FORMAT, "/: expected a JSON object (a plan), got null" },
  { "[]", -1, PDZ_ERROR_FORMAT, "/: expected a JSON object (a plan), got an array" },
  { "\"pdz\"", -1, PDZ_ERROR_FORMAT, "/: expected a JSON object (a plan), got a string" },
  { "1", -1, PDZ_ERROR_FORMAT, "/: expected a JSON object (a plan), got a number" },
  { "{\"format\": \"pdz\"}", -1, PDZ_ERROR_FORMAT, "/: missing member \"version\"" },
  { "{\"format\": 1, \"version\": 1}", -1, PDZ_ERROR_FORMAT, "/format: expected the string \"pdz\", got a number" },
  { "{\"format\": \"PDZ\", \"version\": 1}", -1, PDZ_ERROR_FORMAT, "/format: unknown format \"PDZ\"" },
  { "{\"format\": \"pdz\", \"version\": \"1\"}", -1, PDZ_ERROR_FORMAT, "/version: expected an integer, got a string (this version of libpdz reads versions 1 to 2)" },
  { "{\"format\": \"pdz\", \"version\": 1.5}", -1, PDZ_ERROR_FORMAT, "/version: expected an integer, got a number" },
  { "{\"format\": \"pdz\", \"version\": 0}", -1, PDZ_ERROR_FORMAT, "/version: unsupported version 0" },
  { "{\"format\": \"pdz\", \"version\": -9223372036854775808}", -1, PDZ_ERROR_FORMAT, "/version: unsupported version -9223372036854775808" },
  /* The header is checked before anything else in the file. */
  { "{\"bogus\": 1, \"partners\": 5, \"version\": 3, \"format\": \"pdz\"}", -1, PDZ_ERROR_FORMAT, "/version: unsupported version 3" },
  { "{\"partners\": 5, \"version\": 1, \"format\": \"json\"}", -1, PDZ_ERROR_FORMAT, "/format: unknown format \"json\"" },
};

static const BadData bad_values[] = {
  { HEADER "\"partner\": []}", -1, PDZ_ERROR_UNKNOWN_MEMBER, "/: unknown member \"partner\"" },
  { HEADER "\"contacts\": {\"fax\": \"1\"}}", -1, PDZ_ERROR_UNKNOWN_MEMBER, "/contacts: unknown member \"fax\"" },
  { HEADER "\"monitoring\": {\"start\": \"2022-3\"}}", -1, PDZ_ERROR_INVALID_VALUE, "/monitoring/start: invalid date \"2022-3\"" },
  { HEADER "\"monitoring\": []}", -1, PDZ_ERROR_INVALID_VALUE, "/monitoring: expected an object, got an array" },
  { HEADER "\"title\": null}", -1, PDZ_ERROR_INVALID_VALUE, "/title: expected a string, got null" },
  { HEADER "\"id\": \"\"}", -1, PDZ_ERROR_INVALID_VALUE, "/id: the id must not be empty" },
  { HEADER "\"start\": 2021}", -1, PDZ_ERROR_INVALID_VALUE, "/start: expected a string, got a number" },
  { HEADER "\"partners\": {}}", -1, PDZ_ERROR_INVALID_VALUE, "/partners: expected an array, got an object" },
  { HEADER "\"partners\": [\"a\"]}", -1, PDZ_ERROR_INVALID_VALUE, "/partners/0: expected an object, got a string" },
  { HEADER "\"partners\": [{\"id\": \"a\"}]}", -1, PDZ_ERROR_INVALID_VALUE, "/partners/0: missing required member \"name\"" },
  { HEADER "\"partners\": [{\"name\": \"A\"}]}", -1, PDZ_ERROR_INVALID_VALUE, "/partners/0: missing required member \"id\"" },
  { HEADER "\"partners\": [{\"id\": 7, \"name\": \"A\"}]}", -1, PDZ_ERROR_INVALID_VALUE, "/partners/0/id: expected a string, got a number" },
  { HEADER "\"partners\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"Municipality\"}]}", -1, PDZ_ERROR_INVALID_VALUE,
    "/partners/0/kind: unknown kind \"Municipality\" (expected one of other, municipality, ambito," },
  { HEADER "\"partners\": [{\"id\": \"a\", \"name\": \"A\", \"nmae\": \"A\"}]}", -1, PDZ_ERROR_UNKNOWN_MEMBER,
    "/partners/0: unknown member \"nmae\" (expected id, name, short-name, kind, website, or a name starting with \"x-\")" },
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"status\": \"In-Progress\"}]}", -1, PDZ_ERROR_INVALID_VALUE,
    "/objectives/0/status: unknown status \"In-Progress\"" },
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"status\": 1}]}", -1, PDZ_ERROR_INVALID_VALUE,
    "/objectives/0/status: expected a string, got a number" },
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"kind\": \"other\"}]}", -1, PDZ_ERROR_INVALID_VALUE,
    "/objectives/0/kind: unknown kind \"other\" (expected one of plan, health-integration)" },
  /* Actions */
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"actions\": [{\"id\": \"a\", \"title\": \"A\", \"extra\": \"yes\"}]}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/objectives/0/actions/0/extra: expected a boolean, got a string" },
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"actions\": [{\"id\": \"a\", \"title\": \"A\", \"links\": [\"u\", 1]}]}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/objectives/0/actions/0/links/1: expected a string, got a number" },
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"actions\": [{\"id\": \"a\", \"title\": \"A\", \"end-date\": \"2023-02-29\"}]}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/objectives/0/actions/0/end-date: invalid date \"2023-02-29\"" },
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"actions\": [{\"id\": \"a\", \"title\": \"A\", \"projects\": [\"nope\"]}]}]}", -1,
    PDZ_ERROR_DANGLING_REFERENCE, "/objectives/0/actions/0/projects/0: no project with id \"nope\"" },
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"actions\": [{\"id\": \"a\", \"title\": \"A\", \"projects\": \"p\"}]}],"
    " \"projects\": [{\"id\": \"p\", \"title\": \"P\"}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/objectives/0/actions/0/projects: expected an array, got a string" },
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"actions\": [{\"id\": \"a\", \"title\": \"A\", \"projects\": [\"p\", \"p\"]}]}],"
    " \"projects\": [{\"id\": \"p\", \"title\": \"P\"}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/objectives/0/actions/0/projects/1: project \"p\" is listed twice (first at index 0)" },
  /* Actions are one kind, wherever they are. */
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"actions\": [{\"id\": \"a\", \"title\": \"A\"}]}],"
    " \"projects\": [{\"id\": \"p\", \"title\": \"P\", \"actions\": [{\"id\": \"b\", \"title\": \"B\"}, {\"id\": \"a\", \"title\": \"A\"}]}]}", -1,
    PDZ_ERROR_DUPLICATE_ID, "/projects/0/actions/1/id: duplicate id \"a\" (already used by /objectives/0/actions/0)" },
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"actions\": [{\"id\": \"a\", \"title\": \"A\"}, {\"id\": \"a\", \"title\": \"A2\"}]}]}", -1,
    PDZ_ERROR_DUPLICATE_ID, "/objectives/0/actions/1/id: duplicate id \"a\" (already used by /objectives/0/actions/0)" },
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"indicators\": [{\"id\": \"i\", \"title\": \"I\"}]},"
    " {\"id\": \"o2\", \"title\": \"O2\", \"indicators\": [{\"id\": \"i\", \"title\": \"I\"}]}]}", -1,
    PDZ_ERROR_DUPLICATE_ID, "/objectives/1/indicators/0/id: duplicate id \"i\" (already used by /objectives/0/indicators/0)" },
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\"}, {\"id\": \"o\", \"title\": \"O\"}]}", -1,
    PDZ_ERROR_DUPLICATE_ID, "/objectives/1/id: duplicate id \"o\" (already used by /objectives/0)" },
  { HEADER "\"projects\": [{\"id\": \"p\", \"title\": \"P\", \"actions\": [{\"id\": \"\", \"title\": \"A\"}]}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/projects/0/actions/0/id: the id must not be empty" },
  /* Participations */
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"partners\": [{\"role\": \"lead\"}]}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/objectives/0/partners/0: missing required member \"partner\"" },
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"partners\": [{\"partner\": \"zzz\"}]}]}", -1,
    PDZ_ERROR_DANGLING_REFERENCE, "/objectives/0/partners/0/partner: no partner with id \"zzz\"" },
  { HEADER "\"partners\": [{\"id\": \"a\", \"name\": \"A\"}], \"objectives\": [{\"id\": \"o\", \"title\": \"O\","
    " \"partners\": [{\"partner\": \"a\", \"role\": \"boss\"}]}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/objectives/0/partners/0/role: unknown role \"boss\" (expected one of participant, lead," },
  { HEADER "\"partners\": [{\"id\": \"a\", \"name\": \"A\"}], \"projects\": [{\"id\": \"p\", \"title\": \"P\","
    " \"partners\": [{\"partner\": \"a\", \"roel\": \"lead\"}]}]}", -1,
    PDZ_ERROR_UNKNOWN_MEMBER, "/projects/0/partners/0: unknown member \"roel\"" },
  /* Fundings */
  { HEADER "\"projects\": [{\"id\": \"p\", \"title\": \"P\", \"fundings\": [{\"source\": \"S\", \"amount\": 1.5}]}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/projects/0/fundings/0/amount: the amount must be a whole number of euro cents, zero or more" },
  { HEADER "\"projects\": [{\"id\": \"p\", \"title\": \"P\", \"fundings\": [{\"source\": \"S\", \"amount\": -1}]}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/projects/0/fundings/0/amount: the amount must be a whole number of euro cents, zero or more" },
  { HEADER "\"projects\": [{\"id\": \"p\", \"title\": \"P\", \"fundings\": [{\"source\": \"S\", \"amount\": \"100\"}]}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/projects/0/fundings/0/amount: expected a number of euro cents, got a string" },
  { HEADER "\"projects\": [{\"id\": \"p\", \"title\": \"P\", \"fundings\": [{\"amount\": 1}]}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/projects/0/fundings/0: missing required member \"source\"" },
  { HEADER "\"projects\": [{\"id\": \"p\", \"title\": \"P\", \"fundings\": [{\"source\": \"S\", \"status\": \"paid\"}]}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/projects/0/fundings/0/status: unknown status \"paid\" (expected one of unknown, applied, granted, not-funded, reported)" },
  /* Projects */
  { HEADER "\"projects\": [{\"id\": \"p\", \"title\": \"P\", \"lead\": \"nobody\"}]}", -1,
    PDZ_ERROR_DANGLING_REFERENCE, "/projects/0/lead: no partner with id \"nobody\"" },
  { HEADER "\"projects\": [{\"id\": \"p\", \"title\": \"P\", \"objectives\": [\"o\"]}]}", -1,
    PDZ_ERROR_DANGLING_REFERENCE, "/projects/0/objectives/0: no objective with id \"o\"" },
  { HEADER "\"projects\": [{\"id\": \"p\", \"title\": \"P\", \"scope\": \"global\"}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/projects/0/scope: unknown scope \"global\" (expected one of ambito, sovra-ambito, regional, national)" },
  { HEADER "\"projects\": [{\"id\": \"p\", \"title\": \"P\", \"interventions\": [null]}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/projects/0/interventions/0: expected a string, got null" },
  /* The plan's references */
  { HEADER "\"municipalities\": [\"a\"]}", -1, PDZ_ERROR_DANGLING_REFERENCE, "/municipalities/0: no partner with id \"a\"" },
  { HEADER "\"lead-municipality\": \"a\"}", -1, PDZ_ERROR_DANGLING_REFERENCE, "/lead-municipality: no partner with id \"a\"" },
  { HEADER "\"macroareas\": [{\"id\": \"a\", \"title\": \"A\"}], \"lead-municipality\": \"a\"}", -1,
    PDZ_ERROR_DANGLING_REFERENCE, "/lead-municipality: no partner with id \"a\"" },
  { HEADER "\"partners\": [{\"id\": \"a\", \"name\": \"A\"}], \"municipalities\": [\"a\", \"a\"]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/municipalities/1: partner \"a\" is listed twice (first at index 0)" },
  /* Indicators and measurements */
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"indicators\": [{\"id\": \"i\", \"title\": \"I\","
    " \"measurements\": [{\"value\": 1}]}]}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/objectives/0/indicators/0/measurements/0: missing required member \"date\"" },
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"indicators\": [{\"id\": \"i\", \"title\": \"I\","
    " \"measurements\": [{\"date\": \"2023\", \"value\": \"1\"}]}]}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/objectives/0/indicators/0/measurements/0/value: expected a number, got a string" },
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"indicators\": [{\"id\": \"i\", \"title\": \"I\","
    " \"baseline\": {\"date\": \"2023\"}}]}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/objectives/0/indicators/0/baseline: missing required member \"value\"" },
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"indicators\": [{\"id\": \"i\", \"title\": \"I\","
    " \"target\": {\"value\": 1, \"unit\": \"%\"}}]}]}", -1,
    PDZ_ERROR_UNKNOWN_MEMBER, "/objectives/0/indicators/0/target: unknown member \"unit\"" },
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"indicators\": [{\"id\": \"i\", \"title\": \"I\","
    " \"target\": [1]}]}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/objectives/0/indicators/0/target: expected an object, got an array" },
  { HEADER "\"objectives\": [{\"id\": \"o\", \"title\": \"O\", \"macroarea\": 3}]}", -1,
    PDZ_ERROR_INVALID_VALUE, "/objectives/0/macroarea: expected a string, got a number" },
};

static void
assert_bad_data (const BadData *bad)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPlan) plan = NULL;
  gsize length = bad->length < 0 ? strlen (bad->data) : (gsize) bad->length;
  g_autoptr(GBytes) bytes = g_bytes_new (bad->data, length);

  {
    /* The TAP stream must stay UTF-8: show the input with bad bytes escaped. */
    g_autofree char *shown = g_strescape (bad->data, NULL);
    g_test_message ("input: %s", shown);
  }
  plan = pdz_plan_new_from_data (bad->data, (gssize) length, &error);
  g_assert_null (plan);
  assert_error_prefix (error, bad->code, bad->message);
  g_clear_error (&error);

  /* Bytes that are not nul-terminated give the same answer. */
  plan = pdz_plan_new_from_bytes (bytes, &error);
  g_assert_null (plan);
  assert_error_prefix (error, bad->code, bad->message);
}

static void
test_bad_data (gconstpointer data)
{
  const BadData *table = data;
  const BadData *end = table == bad_syntax ? bad_syntax + G_N_ELEMENTS (bad_syntax)
                     : table == bad_format ? bad_format + G_N_ELEMENTS (bad_format)
                     : bad_values + G_N_ELEMENTS (bad_values);

  for (const BadData *bad = table; bad < end; bad++)
    assert_bad_data (bad);
}

/* 64 levels of nesting are allowed, 65 are not, wherever they are. */
static void
test_depth_limit (void)
{
  g_autoptr(GString) doc = g_string_new (HEADER "\"x-deep\": ");
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzPlan) plan = NULL;
  g_autoptr(PdzPlan) deeper = NULL;
  g_autofree char *closing = NULL;

  /* The root object is level 1, the value of "x-deep" levels 2 to 64. */
  for (guint i = 0; i < 63; i++)
    g_string_append_c (doc, '[');
  closing = g_strnfill (63, ']');
  g_string_append (doc, closing);
  g_string_append_c (doc, '}');

  plan = pdz_plan_new_from_data (doc->str, doc->len, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);

  g_string_insert_c (doc, strlen (HEADER "\"x-deep\": "), '[');
  g_string_insert_c (doc, doc->len - 1, ']');
  deeper = pdz_plan_new_from_data (doc->str, doc->len, &error);
  g_assert_null (deeper);
  assert_error_prefix (error, PDZ_ERROR_PARSE, "1:106: nesting deeper than 64 levels");
}

/* No strict prefix of a good file is a plan, and none crashes. */
static void
test_truncated_prefixes (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "full.json", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize end;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  /* Up to the brace that closes the document: what follows is whitespace. */
  end = strrchr (contents, '}') - contents;
  for (gsize n = 0; n <= end; n++)
    {
      g_autoptr(PdzPlan) plan = pdz_plan_new_from_data (contents, (gssize) n, &error);
      guint line, column;
      char colon;

      g_assert_null (plan);
      g_assert_error (error, PDZ_ERROR, PDZ_ERROR_PARSE);
      g_assert_cmpint (sscanf (error->message, "%u:%u%c", &line, &column, &colon), ==, 3);
      g_assert_cmpint (colon, ==, ':');
      g_clear_error (&error);
    }

  /* The whole file is a plan. */
  {
    g_autoptr(PdzPlan) plan = pdz_plan_new_from_data (contents, (gssize) length, &error);

    g_assert_no_error (error);
    g_assert_nonnull (plan);
  }
}

/* Random damage to a good file never crashes and never warns: the result
 * is a plan or a PdzError. */
static void
test_mutations (void)
{
  static const char alphabet[] = "{}[]\":,\\ 0123456789.-+eE\n\txtrufalsn\x01\xc3\xa8\xff";
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "full.json", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20231031);
  guint n_plans = 0, n_errors = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *copy = g_memdup2 (contents, length);
      g_autoptr(PdzPlan) plan = NULL;
      guint n_changes = g_rand_int_range (rand, 1, 4);

      for (guint j = 0; j < n_changes; j++)
        copy[g_rand_int_range (rand, 0, (gint32) length)] =
          alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];

      plan = pdz_plan_new_from_data (copy, (gssize) length, &error);
      if (plan != NULL)
        {
          g_autofree char *text = pdz_plan_to_data (plan, NULL);

          g_assert_no_error (error);
          g_assert_true (g_utf8_validate (text, -1, NULL));
          n_plans++;
        }
      else
        {
          g_assert_nonnull (error);
          g_assert_true (error->domain == PDZ_ERROR);
          n_errors++;
          g_clear_error (&error);
        }
    }

  /* Both outcomes happen: the damage is neither always fatal nor harmless. */
  g_assert_cmpuint (n_plans, >, 0);
  g_assert_cmpuint (n_errors, >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/pdz/bad-input/file/%s", bad_files[i].name);

      g_test_add_data_func (test_path, &bad_files[i], test_bad_file);
    }
  g_test_add_func ("/pdz/bad-input/file/all-listed", test_all_files_listed);
  g_test_add_data_func ("/pdz/bad-input/data/syntax", bad_syntax, test_bad_data);
  g_test_add_data_func ("/pdz/bad-input/data/format", bad_format, test_bad_data);
  g_test_add_data_func ("/pdz/bad-input/data/values", bad_values, test_bad_data);
  g_test_add_func ("/pdz/bad-input/depth-limit", test_depth_limit);
  g_test_add_func ("/pdz/bad-input/truncated-prefixes", test_truncated_prefixes);
  g_test_add_func ("/pdz/bad-input/mutations", test_mutations);

  return g_test_run ();
}
