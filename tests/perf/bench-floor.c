/* bench-floor.c: the floor under loading a plan
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Not a test: bench.sh times it beside the loaders.
 *
 *   bench-floor scan FILE...       reads each file and runs the strict
 *                                  scanner of libpdz over every byte,
 *                                  recording nothing (private API)
 *   bench-floor json-glib FILE...  reads each file into a bare json-glib
 *                                  JsonParser tree
 *
 * Nothing that reads a plan can be faster than the first; the second is
 * what loading cost before libpdz built its model from the scanner.
 */

#include <stdio.h>
#include <stdlib.h>

#include <json-glib/json-glib.h>

#include "pdz-json-syntax-private.h"

static gboolean
scan (const char *path)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PdzJsonScanner) scanner = NULL;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, &error))
    goto fail;
  scanner = _pdz_json_scanner_new (data, length, NULL, &error);
  if (scanner == NULL)
    goto fail;
  for (;;)
    {
      PdzJsonScan result = _pdz_json_scanner_next_value (scanner, NULL, &error);

      if (result == PDZ_JSON_SCAN_ERROR)
        goto fail;
      if (result == PDZ_JSON_SCAN_VALUE &&
          _pdz_json_scanner_next (scanner, NULL, &error) == PDZ_JSON_SCAN_DONE)
        return TRUE;
      goto fail;
    }

fail:
  g_printerr ("bench-floor: %s: %s\n", path, error != NULL ? error->message : "not one value");
  return FALSE;
}

static gboolean
parse (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;

  if (json_parser_load_from_file (parser, path, &error))
    return TRUE;
  g_printerr ("bench-floor: %s: %s\n", path, error->message);
  return FALSE;
}

int
main (int    argc,
      char **argv)
{
  gboolean json_glib;

  if (argc < 3 || (!g_str_equal (argv[1], "scan") && !g_str_equal (argv[1], "json-glib")))
    {
      g_printerr ("usage: bench-floor scan|json-glib FILE...\n");
      return EXIT_FAILURE;
    }
  json_glib = g_str_equal (argv[1], "json-glib");

  for (int i = 2; i < argc; i++)
    if (!(json_glib ? parse (argv[i]) : scan (argv[i])))
      return EXIT_FAILURE;
  return EXIT_SUCCESS;
}
