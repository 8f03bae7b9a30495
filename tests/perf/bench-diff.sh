#!/bin/sh
# bench-diff.sh: is comparing two rounds linear in the size of the plans?
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: tests/perf/bench-diff.sh BUILD_DIR
#
# For each size (25,000, 50,000 and 100,000 top-level actions), generates a
# plan with the project's seeded generator (tests/gen/pdzgen.py: objectives
# of 50 actions, with their sub-actions, milestones, participations,
# fundings, indicators; one project per 1,000 actions; 400 partners), then
# its next round with pdzgen's edit mode, one random edit per hundred
# entities of the plan (1% of the entities changed: one edit in ten adds,
# removes or moves, the others change; see below), compiles bench-diff.c
# against the libpdz of BUILD_DIR and prints the best of three CPU times of
# the diff, of writing and reading its JSON document, and of applying it.
# "x2" is a time divided by the time at half the size: about 2 when the work
# is linear, about 4 when it is quadratic. The last column says whether
# apply gave the new round.
#
# Environment: SIZES (default "25000 50000 100000"), SEED (default 1),
# CC (default cc). Needs python3 (no gi) and pkg-config for glib.

set -eu

if [ $# -ne 1 ]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi

here=$(cd "$(dirname "$0")" && pwd)
srcdir=$(cd "$here/../.." && pwd)
build=$(cd "$1" && pwd)
sizes=${SIZES:-25000 50000 100000}
seed=${SEED:-1}
cc=${CC:-cc}
python=$(command -v python3 || echo /usr/bin/python3)
work=$(mktemp -d "${TMPDIR:-/tmp}/pdz-bench-diff.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

if [ ! -e "$build/libpdz/libpdz-1.so" ]; then
  echo "$0: $1: no libpdz/libpdz-1.so (build it first)" >&2
  exit 2
fi
# shellcheck disable=SC2046
"$cc" -O2 -o "$work/bench-diff" "$here/bench-diff.c" \
  -I"$srcdir/include" -I"$build/include" -I"$build/include/libpdz" -I"$srcdir/include/libpdz" \
  $(pkg-config --cflags --libs gio-2.0) \
  -L"$build/libpdz" -lpdz-1 -Wl,-rpath,"$build/libpdz"

# The two rounds of each size, and their figures: "entities edits".
for n in $sizes; do
  "$python" - "$srcdir/tests/gen" "$n" "$seed" "$work/old-$n.json" "$work/new-$n.json" \
    > "$work/figures-$n" <<'EOF'
import sys
sys.path.insert(0, sys.argv[1])
import pdzgen

actions, seed = int(sys.argv[2]), int(sys.argv[3])
plan = pdzgen.generate(seed, objectives=actions // 50, actions=50, projects=max(1, actions // 1000),
                       project_actions=4, partners=400, macroareas=11)


def entities(plan):
    n = len(plan.get("partners", [])) + len(plan.get("macroareas", []))
    for o in plan.get("objectives", []):
        n += 1 + len(o.get("partners", []))
        for ind in o.get("indicators", []):
            n += 1 + len(ind.get("measurements", []))
    for p in plan.get("projects", []):
        n += 1 + len(p.get("partners", [])) + len(p.get("fundings", []))
    for a, *_ in pdzgen.iter_actions(plan):
        n += 1 + len(a.get("milestones", [])) + len(a.get("partners", [])) + len(a.get("fundings", []))
    return n


n = entities(plan)
edits = max(1, n // 100)
# One edit in ten adds, removes or moves actions (and objectives, projects
# that hold them), the others change members, participations, fundings,
# milestones, measurements: pdzgen walks the plan anew after each of the
# first kind. Reordering the objectives is left out: one such edit moves
# all of them, not 1% of the plan.
moves = [k for k in pdzgen.EDIT_KINDS if k in pdzgen._MOVES and k != "reorder-objectives"]
others = [k for k in pdzgen.EDIT_KINDS if k not in pdzgen._MOVES]
new, _ = pdzgen.edit(plan, seed + 1, max(1, edits // 10), kinds=moves)
new, _ = pdzgen.edit(new, seed + 2, edits - max(1, edits // 10), kinds=others)
for path, p in ((sys.argv[4], plan), (sys.argv[5], new)):
    with open(path, "w", encoding="utf-8") as f:
        f.write(pdzgen.dump(p))
print(n, edits)
EOF
done

# ratio A B: A / B with two decimals, "-" when B is missing or zero.
ratio () {
  awk -v a="$1" -v b="$2" 'BEGIN { if (b == "" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'
}

echo "libpdz: $build"
echo "one edit per 100 entities; best of 3 runs, CPU seconds"
printf '%8s %9s %6s %7s  %7s %5s  %7s %5s  %7s %7s  %s\n' \
  actions entities edits changes diff x2 apply x2 write read result
prev_diff=
prev_apply=
for n in $sizes; do
  read -r entities edits < "$work/figures-$n"
  # shellcheck disable=SC2046
  set -- $("$work/bench-diff" "$work/old-$n.json" "$work/new-$n.json" || true)
  changes=$1 diff=$2 write=$3 read=$4 apply=$5 result=$6
  printf '%8s %9s %6s %7s  %7s %5s  %7s %5s  %7s %7s  %s\n' "$n" "$entities" "$edits" "$changes" \
    "$diff" "$(ratio "$diff" "$prev_diff")" "$apply" "$(ratio "$apply" "$prev_apply")" \
    "$write" "$read" "$result"
  prev_diff=$diff
  prev_apply=$apply
done
