#!/usr/bin/python3
# check-peers.py: the peers, the C benchmark and the bindings agree
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: check-peers.py BENCH_SUMMARY
#
# The test "perf-peers" of make check (no timing): writes a small corpus
# with the project's generator (tests/gen/pdzgen.py: three plans of the
# lombardia preset, one hostile plan, and a file that is not a plan), then
# checks that peer_dataclasses.py, peer_pandas.py, the C benchmark
# (BENCH_SUMMARY, libpdz's PdzCorpus summary) and bench_bindings.py (the
# bindings) print the same figures. Needs python3-pandas and gi.

import json
import os
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / 'gen'))

import pdzgen  # noqa: E402


def run(argv):
    result = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise SystemExit('%s failed (%d): %s' % (' '.join(map(str, argv)), result.returncode,
                                                  result.stderr))
    return json.loads(result.stdout)


def main(argv):
    if len(argv) != 2:
        print('usage: check-peers.py BENCH_SUMMARY', file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        d = pathlib.Path(tmp)
        for name, plan in pdzgen.preset_plans('lombardia', seed=5, plans=3, objectives=5):
            (d / name).write_text(pdzgen.dump(plan), encoding='utf-8')
        (d / 'hostile.json').write_text(
            pdzgen.dump(pdzgen.generate(11, objectives=4, hostile=True, plan_id='hostile')),
            encoding='utf-8')
        (d / 'zz-broken.json').write_text('{"format": "pdz", "version": 2,', encoding='utf-8')

        py = sys.executable
        results = {
            'peer_dataclasses.py': run([py, str(HERE / 'peer_dataclasses.py'), str(d)]),
            'peer_pandas.py': run([py, str(HERE / 'peer_pandas.py'), str(d)]),
            'bench-summary (C)': run([argv[1], str(d)]),
            'bench_bindings.py': run([py, str(HERE / 'bench_bindings.py'), str(d)]),
        }
    reference = results['bench-summary (C)']
    assert reference['plans'] == 4 and reference['actions'] > 0, reference
    failed = False
    for name, figures in results.items():
        if figures != reference:
            failed = True
            print('%s disagrees with libpdz:' % name)
            for key in reference:
                if figures.get(key) != reference[key]:
                    print('  %s: %s\n  libpdz: %s' % (key, json.dumps(figures.get(key))[:300],
                                                      json.dumps(reference[key])[:300]))
        else:
            print('%s: the same figures (%d plans, %d actions)'
                  % (name, figures['plans'], figures['actions']))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
