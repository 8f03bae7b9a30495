#!/usr/bin/env python3
# gen-plan.py: writes a large, valid plan file for benchmarks
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The plan has OBJECTIVES objectives of ACTIONS actions each, with an
# indicator per objective, partners taking part in actions, projects that
# serve objectives and hold actions of their own, fundings and dates: every
# part of the format that loading has to index. The output is a pure
# function of the arguments, so two runs give the same file.
#
# The plan is made by tests/gen/pdzgen.py (gen_plan_compat(), also
# `pdzgen.py --compat-gen-plan`), the project's one plan generator: the same
# shape, ids and values as this script always wrote, in format version 2,
# where what version 1 left to defaults is written out.
#
# Usage: gen-plan.py [--objectives N] [--actions M] [--partners P] [-o FILE]
# Only the standard library is needed (no gi).

import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gen"))

import pdzgen  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description="Write a large, valid plan file for benchmarks.")
    parser.add_argument("--objectives", type=int, default=2000, metavar="N",
                        help="number of objectives (default: 2000)")
    parser.add_argument("--actions", type=int, default=10, metavar="M",
                        help="actions per objective (default: 10)")
    parser.add_argument("--partners", type=int, default=200, metavar="P",
                        help="number of partners (default: 200)")
    parser.add_argument("-o", "--output", metavar="FILE", help="where to write (default: stdout)")
    args = parser.parse_args()

    if args.objectives < 1 or args.actions < 1 or args.partners < 2:
        parser.error("need at least 1 objective, 1 action and 2 partners")

    text = pdzgen.dump(pdzgen.gen_plan_compat(args.objectives, args.actions, args.partners))
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
