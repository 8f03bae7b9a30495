#!/usr/bin/env python3
"""Print one closing line, "N passed, N failed, N skipped", for meson test logs.

Usage: testlog-summary.py TESTLOG.json...

Each argument is a meson-logs/testlog*.json file; every test of every log
counts once. The exit status is 1 when any test failed, else 0.
"""
import json
import sys

passed = failed = skipped = 0
for path in sys.argv[1:]:
    with open(path, encoding='utf-8') as log:
        for line in log:
            if not line.strip():
                continue
            result = json.loads(line)['result']
            if result in ('OK', 'EXPECTEDFAIL'):
                passed += 1
            elif result == 'SKIP':
                skipped += 1
            else:
                failed += 1

print(f'{passed} passed, {failed} failed, {skipped} skipped')
sys.exit(1 if failed else 0)
