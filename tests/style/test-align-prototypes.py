#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Self-test of dev/align-prototypes.py on align-input.h.

Usage: test-align-prototypes.py SCRIPT   (the path of align-prototypes.py)

align-expected.h is the script's output on align-input.h, read and judged
by a human: the prototypes aligned, everything else untouched. Aligning it
again changes nothing, --check accepts it and refuses align-input.h, and
rewriting in place writes it.
"""

import importlib.util
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

SCRIPT = pathlib.Path(sys.argv.pop(1)).resolve()
HERE = pathlib.Path(__file__).resolve().parent
INPUT = HERE / "align-input.h"
EXPECTED = HERE / "align-expected.h"

spec = importlib.util.spec_from_file_location("align_prototypes", SCRIPT)
align_prototypes = importlib.util.module_from_spec(spec)
spec.loader.exec_module(align_prototypes)


def run(*args):
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)],
                          capture_output=True, text=True, check=False)


class AlignPrototypes(unittest.TestCase):
    def test_aligns(self):
        self.assertEqual(align_prototypes.align(INPUT.read_text()), EXPECTED.read_text())

    def test_idempotent(self):
        expected = EXPECTED.read_text()
        self.assertEqual(align_prototypes.align(expected), expected)

    def test_check(self):
        result = run("--check", EXPECTED)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertEqual(result.stdout, "")
        result = run("--check", INPUT, EXPECTED)
        self.assertEqual(result.returncode, 1)
        self.assertIn("+PdzPlan *            pdz_plan_new           (void);", result.stdout)
        self.assertNotIn(str(EXPECTED), result.stdout)

    def test_in_place(self):
        with tempfile.TemporaryDirectory() as work:
            copy = pathlib.Path(work) / "header.h"
            shutil.copyfile(INPUT, copy)
            result = run(copy)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(copy.read_text(), EXPECTED.read_text())
            mtime = os.stat(copy).st_mtime_ns
            self.assertEqual(run(copy).stdout, "")    # nothing to do, not rewritten
            self.assertEqual(os.stat(copy).st_mtime_ns, mtime)

    def test_untouched(self):
        text = "#define F(x) \\\n  int f (int x);\n\nstatic inline int g (void) { return 0; }\n"
        self.assertEqual(align_prototypes.align(text), text)


if __name__ == "__main__":
    unittest.main(verbosity=2)
