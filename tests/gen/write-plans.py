#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Writes the generated plans the C tests read, at build time.

    write-plans.py SET DIR

SET is one of:

    workbook    20 default plans, 10 plain and 10 hostile (test-workbook)
    properties  1,000 small plans of many shapes, one in three hostile
                (test-properties: issue 13's properties)

Each plan is DIR/plan-NNNN.json; `pdzgen.py --seed N` with the shape below
makes plan N again.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pdzgen  # noqa: E402


def workbook(seed):
    return pdzgen.generate(seed, hostile=seed >= 10)


def properties(seed):
    return pdzgen.generate(seed, objectives=1 + seed % 4, actions=1 + seed % 3,
                           projects=seed % 3, project_actions=1 + seed % 2,
                           partners=5 + seed % 9, municipalities=1 + seed % 5,
                           hostile=seed % 3 == 2)


SETS = {'workbook': (workbook, 20), 'properties': (properties, 1000)}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in SETS:
        sys.exit('usage: write-plans.py %s DIR' % '|'.join(SETS))
    make, count = SETS[sys.argv[1]]
    os.makedirs(sys.argv[2], exist_ok=True)
    for seed in range(count):
        path = os.path.join(sys.argv[2], 'plan-%04d.json' % seed)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(pdzgen.dump(make(seed)))


if __name__ == '__main__':
    main()
