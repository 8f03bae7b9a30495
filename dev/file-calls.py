#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""List the source files of libpdz that call each other.

    dev/file-calls.py [BUILDDIR]

Issue 8 asks that no two files of libpdz/ call each other, except for the
entities' notification of their plan. This reads, with nm, every object of
BUILDDIR/libpdz/libpdz-internal.a.p (default BUILDDIR: _build): the global
symbols each defines (functions and data) and those it uses but does not
define. A file A calls a file B when A uses a symbol that B defines. It
prints every pair of files that call each other, with the symbols each way,
then every cycle (a strongly connected component of the call graph: two
files or more), and exits 1 when there is any pair or cycle, 0 otherwise.
Static functions are not seen: they cannot be called from another file.

The exception, the entities' notification of their plan, is the set of
functions below (NOTIFICATIONS): the plan's side of the protocol by which
the model types and pdz-entity.c tell the plan that they changed, that an
entity joins or leaves it, and ask it, before one joins, whether its id is
free. A call of one of them is left out of the graph; the summary says how
many files make such calls.
"""

import collections
import os
import pathlib
import subprocess
import sys


# The entities' notification of their plan (pdz-plan-index-private.h,
# pdz-plan-private.h).
NOTIFICATIONS = {
    '_pdz_plan_touch',
    '_pdz_plan_entity_added',
    '_pdz_plan_entity_changed',
    '_pdz_plan_entity_removed',
    '_pdz_plan_ref_added',
    '_pdz_plan_emit_changed',
    '_pdz_plan_check_new_entity',
}


def read_objects(directory):
    defines = {}
    uses = collections.defaultdict(set)
    for obj in sorted(directory.glob('*.o')):
        name = obj.name[:-2]             # "report_pdz-report-odp.c"
        out = subprocess.run(['nm', str(obj)], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 3 and parts[1] in 'TDRBC':
                defines[parts[2]] = name
            elif len(parts) == 2 and parts[0] == 'U':
                uses[name].add(parts[1])
    calls = collections.defaultdict(lambda: collections.defaultdict(set))
    notifying = set()
    for caller, symbols in uses.items():
        for symbol in symbols:
            callee = defines.get(symbol)
            if callee is None or callee == caller:
                continue
            if symbol in NOTIFICATIONS:
                notifying.add(caller)
                continue
            calls[caller][callee].add(symbol)
    return calls, notifying


def components(calls):
    """Tarjan's strongly connected components of more than one file."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in calls.get(v, {}):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10000)
    nodes = set(calls) | {callee for callees in calls.values() for callee in callees}
    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return found


def main():
    build = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else '_build')
    directory = build / 'libpdz' / 'libpdz-internal.a.p'
    if not directory.is_dir():
        sys.exit('%s: not a build of libpdz (no %s)' % (build, directory))
    calls, notifying = read_objects(directory)

    pairs = [(a, b) for a in sorted(calls) for b in sorted(calls[a]) if a < b and a in calls.get(b, {})]
    for a, b in pairs:
        print('%s <-> %s' % (a, b))
        print('    %s -> %s: %s' % (a, b, ' '.join(sorted(calls[a][b]))))
        print('    %s -> %s: %s' % (b, a, ' '.join(sorted(calls[b][a]))))
    cycles = components(calls)
    for cycle in cycles:
        print('cycle of %d files: %s' % (len(cycle), ' '.join(cycle)))
    print('%d pairs of files calling each other, %d cycles '
          '(left out: the notification of the plan by %d files)' % (len(pairs), len(cycles), len(notifying)))
    return 1 if pairs or cycles else 0


if __name__ == '__main__':
    sys.exit(main())
