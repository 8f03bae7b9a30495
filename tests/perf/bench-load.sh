#!/bin/sh
# bench-load.sh: is loading a plan, and building one in code, linear?
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: tests/perf/bench-load.sh BUILD_DIR [OTHER_BUILD_DIR]
#
# Generates plans of 250 to 2000 objectives of 10 actions each
# (gen-plan.py), compiles bench-load.c against the libpdz of each build
# directory, and prints for each size the best of three CPU times to load
# the file and to build the same shape of plan through the API (every
# action added to an objective already in the plan). "x2" is the time divided by
# the time at half the size: about 2 when the work is linear, about 4 when
# it is quadratic. With two build directories (e.g. before and after a
# change), their figures are printed side by side, with the ratio of the
# second to the first.
#
# A build directory whose time passes MAX_SECONDS (default 120) at one
# size is not run at the larger sizes ("skipped").
#
# Environment: SIZES (default "250 500 1000 2000"), ACTIONS (default 10),
# MODES (default "load build"), MAX_SECONDS, CC (default cc). Needs python3 (no gi) and pkg-config for
# glib.

set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 BUILD_DIR [OTHER_BUILD_DIR]" >&2
  exit 2
fi

here=$(cd "$(dirname "$0")" && pwd)
srcdir=$(cd "$here/../.." && pwd)
sizes=${SIZES:-250 500 1000 2000}
actions=${ACTIONS:-10}
max_seconds=${MAX_SECONDS:-120}
modes=${MODES:-load build}
cc=${CC:-cc}
python=$(command -v python3 || echo /usr/bin/python3)
work=$(mktemp -d "${TMPDIR:-/tmp}/pdz-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

# compile BUILD_DIR OUTPUT: bench-load.c against the libpdz of BUILD_DIR.
compile () {
  build=$(cd "$1" && pwd)
  if [ ! -e "$build/libpdz/libpdz-1.so" ]; then
    echo "$0: $1: no libpdz/libpdz-1.so (build it first)" >&2
    exit 2
  fi
  # shellcheck disable=SC2046
  "$cc" -O2 -o "$2" "$here/bench-load.c" \
    -I"$srcdir/include" -I"$build/include" -I"$build/include/libpdz" -I"$srcdir/include/libpdz" \
    $(pkg-config --cflags --libs gio-2.0) \
    -L"$build/libpdz" -lpdz-1 -Wl,-rpath,"$build/libpdz"
}

compile "$1" "$work/bench-a"
if [ $# -eq 2 ]; then
  compile "$2" "$work/bench-b"
fi

for n in $sizes; do
  "$python" "$here/gen-plan.py" --objectives "$n" --actions "$actions" -o "$work/plan-$n.json"
done

# ratio A B: A / B with two decimals, "-" when B is missing or zero.
ratio () {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a == "skipped" || b == "" || b == "skipped" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'
}

# measure PROGRAM PREVIOUS ARGS...: the time of PROGRAM ARGS..., or
# "skipped" when PREVIOUS (its time at the size before) passed max_seconds.
measure () {
  program=$1
  previous=$2
  shift 2
  if [ "$previous" = skipped ] ||
     awk -v t="$previous" -v m="$max_seconds" 'BEGIN { exit !(t != "" && t + 0 > m) }'; then
    echo skipped
  else
    "$program" "$@"
  fi
}

# run MODE: one table for "load" or "build".
run () {
  mode=$1
  echo
  if [ -x "$work/bench-b" ]; then
    printf '%-6s %8s  %9s %5s  %9s %5s  %6s\n' "$mode" "actions" "A (s)" "x2" "B (s)" "x2" "B/A"
  else
    printf '%-6s %8s  %9s %5s\n' "$mode" "actions" "time (s)" "x2"
  fi
  prev_a=
  prev_b=
  for n in $sizes; do
    if [ "$mode" = load ]; then
      set -- load "$work/plan-$n.json"
    else
      set -- build "$n" "$actions"
    fi
    a=$(measure "$work/bench-a" "$prev_a" "$@")
    if [ -x "$work/bench-b" ]; then
      b=$(measure "$work/bench-b" "$prev_b" "$@")
      printf '%-6s %8s  %9s %5s  %9s %5s  %6s\n' "" $((n * actions)) \
        "$a" "$(ratio "$a" "$prev_a")" "$b" "$(ratio "$b" "$prev_b")" "$(ratio "$b" "$a")"
      prev_b=$b
    else
      printf '%-6s %8s  %9s %5s\n' "" $((n * actions)) "$a" "$(ratio "$a" "$prev_a")"
    fi
    prev_a=$a
  done
}

echo "A: $1"
if [ -x "$work/bench-b" ]; then
  echo "B: $2"
fi
echo "objectives: $sizes, $actions actions each; best of 3 runs, CPU seconds"
for mode in $modes; do
  case $mode in
    load|build) run "$mode" ;;
    *) echo "$0: unknown mode $mode (load, build)" >&2; exit 2 ;;
  esac
done
