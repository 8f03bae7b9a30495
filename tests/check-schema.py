#!/usr/bin/python3
# check-schema.py: the JSON Schema accepts every good plan file and refuses
# the bad ones it can express.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: check-schema.py SCHEMA EXAMPLES_DIR TEST_DATA_DIR
#
# - SCHEMA must itself be a valid JSON Schema 2020-12;
# - every *.json in EXAMPLES_DIR and in TEST_DATA_DIR/good must validate;
# - every file of TEST_DATA_DIR/bad must be classified below: either the
#   schema refuses it, for the reason named (a JSON Schema keyword that must
#   appear among the validation errors, and where given the JSON pointer of
#   the value it must be about), or it is wrong in a way no JSON
#   Schema can express (libpdz itself refuses it; tests/test-bad-input.c
#   checks that). A new bad file that is in neither list fails the test, so
#   that it gets classified.
#
# Runs with Debian's /usr/bin/python3 and python3-jsonschema (>= 4.0).

import fnmatch
import json
import pathlib
import sys

import jsonschema

# bad file -> the keyword whose failure must refuse it, or (keyword, pointer)
REFUSED_BY_SCHEMA = {
    "root-array.json": "type",
    "missing-format.json": "required",
    "wrong-format.json": "const",
    "missing-version.json": "required",
    "unsupported-version.json": "enum",
    "unknown-member.json": "additionalProperties",
    "wrong-type.json": "type",
    "empty-id.json": "minLength",
    "date-month-13.json": "pattern",
    "date-short.json": "pattern",
    "date-empty.json": "pattern",
    "unknown-enum.json": "enum",
    "negative-amount.json": "minimum",
    # Version 2: "not stated" is a member left out; no v1-only member or value.
    "v2-explicit-not-stated.json": ("enum", "/objectives/0/actions/0/status"),
    "v2-extra-member.json": ("additionalProperties", "/objectives/0/actions/0"),
    "v2-sub-sub-action.json": ("additionalProperties", "/objectives/0/actions/0/actions/0"),
    "v2-milestone-no-date.json": ("required", "/objectives/0/actions/0/milestones/0"),
    "v2-health-agency.json": ("enum", "/partners/2/kind"),
}

# bad file (glob) -> why no JSON Schema can refuse it
BEYOND_SCHEMA = {
    "not-json.json": "not JSON: a parse error, before any schema applies",
    "truncated.json": "truncated JSON: a parse error, before any schema applies",
    "invalid-utf8.json": "not UTF-8: a parse error, before any schema applies",
    "deep-*.json": "nesting depth: a limit of the reader, not of the document's shape",
    "duplicate-id.json": "unique ids: a relation between values, not a shape",
    "dangling-reference.json": "references: a relation between values, not a shape",
    "date-feb-30.json": "calendar validity: a pattern cannot know the length of each month",
}


class Checker:
    def __init__(self, validator):
        self.validator = validator
        self.passed = 0
        self.failed = 0

    def ok(self, name, message):
        self.passed += 1
        print(f"ok {name}: {message}")

    def fail(self, name, message):
        self.failed += 1
        print(f"FAIL {name}: {message}")

    @staticmethod
    def load(path):
        # Strict: the file must be UTF-8 and JSON; json.loads() accepts no BOM.
        return json.loads(path.read_bytes().decode("utf-8"))

    def errors(self, document):
        return sorted(self.validator.iter_errors(document), key=lambda e: list(e.absolute_path))

    def check_good(self, name, path):
        try:
            document = self.load(path)
        except (UnicodeDecodeError, ValueError) as e:
            self.fail(name, f"not valid JSON: {e}")
            return
        errors = self.errors(document)
        if errors:
            for e in errors:
                print(f"#   {json_pointer(e)}: {e.message}")
            self.fail(name, f"refused by the schema ({len(errors)} errors)")
        else:
            self.ok(name, "valid")

    def check_refused(self, name, path, reason):
        keyword, pointer = reason if isinstance(reason, tuple) else (reason, None)
        try:
            document = self.load(path)
        except (UnicodeDecodeError, ValueError) as e:
            self.fail(name, f"not valid JSON ({e}): classify it in BEYOND_SCHEMA")
            return
        errors = self.errors(document)
        if not errors:
            self.fail(name, "accepted by the schema, which should refuse it")
            return
        # The error may be nested, e.g. inside the context of a combinator.
        found = []
        stack = list(errors)
        while stack:
            e = stack.pop()
            if e.validator == keyword and (pointer is None or json_pointer(e) == pointer):
                found.append(e)
            stack.extend(e.context or [])
        if not found:
            kinds = ", ".join(sorted({f"{e.validator} at {json_pointer(e)}" for e in errors}))
            expected = keyword if pointer is None else f"{keyword} at {pointer}"
            self.fail(name, f"refused, but by {kinds}, not by {expected}")
            return
        e = found[0]
        message = e.message if len(e.message) <= 160 else e.message[:157] + "..."
        self.ok(name, f"refused: {json_pointer(e)}: {message}")


def json_pointer(error):
    """The JSON pointer (RFC 6901) of the value an error is about."""
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in error.absolute_path)


def json_files(directory):
    return sorted(p for p in directory.glob("*.json") if p.is_file())


def main(argv):
    if len(argv) != 4:
        print(f"usage: {argv[0]} SCHEMA EXAMPLES_DIR TEST_DATA_DIR", file=sys.stderr)
        return 2

    schema_path = pathlib.Path(argv[1])
    examples_dir = pathlib.Path(argv[2])
    good_dir = pathlib.Path(argv[3]) / "good"
    bad_dir = pathlib.Path(argv[3]) / "bad"

    schema = json.loads(schema_path.read_bytes().decode("utf-8"))
    try:
        jsonschema.Draft202012Validator.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        print(f"FAIL {schema_path.name}: not a valid JSON Schema 2020-12: {e.message}")
        print("0 passed, 1 failed")
        return 1

    checker = Checker(jsonschema.Draft202012Validator(schema))
    checker.ok(schema_path.name, "a valid JSON Schema 2020-12")

    for directory, label in ((examples_dir, "examples"), (good_dir, "good")):
        files = json_files(directory)
        if not files:
            checker.fail(f"{label}/", f"no *.json file in {directory}")
        for path in files:
            checker.check_good(f"{label}/{path.name}", path)

    bad_files = sorted(p for p in bad_dir.iterdir() if p.is_file()) if bad_dir.is_dir() else []
    present = {p.name for p in bad_files}

    for name in REFUSED_BY_SCHEMA:
        if name not in present:
            checker.fail(f"bad/{name}", f"missing from {bad_dir}")

    for path in bad_files:
        name = f"bad/{path.name}"
        if path.name in REFUSED_BY_SCHEMA:
            checker.check_refused(name, path, REFUSED_BY_SCHEMA[path.name])
            continue
        reason = next((why for pattern, why in BEYOND_SCHEMA.items()
                       if fnmatch.fnmatchcase(path.name, pattern)), None)
        if reason is None:
            checker.fail(name, "not classified: add it to REFUSED_BY_SCHEMA or BEYOND_SCHEMA")
        else:
            print(f"# skip {name}: beyond the schema: {reason}")

    print(f"{checker.passed} passed, {checker.failed} failed")
    return 1 if checker.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
