#!/bin/sh
# Builds tests/subproject/ with libpdz as its subproject and runs it; checks
# that the consumer's find_program('pdz') found the subproject's pdz.
# Usage: test-subproject.sh SOURCE_ROOT VERSION
set -eu
src=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$src/tests/subproject/." "$work/"
mkdir -p "$work/subprojects"
ln -s "$src" "$work/subprojects/libpdz"
meson setup "$work/_build" "$work" >"$work/setup.log" 2>&1 || { cat "$work/setup.log"; exit 1; }
meson compile -C "$work/_build" >"$work/compile.log" 2>&1 || { cat "$work/compile.log"; exit 1; }
out=$("$work/_build/consumer")
echo "consumer printed: $out"
[ "$out" = "$version 1" ]
# find_program('pdz') in the consumer got the subproject's pdz.
pdz_out=$(cat "$work/_build/pdz-version.txt")
echo "pdz-version.txt: $pdz_out"
[ "$pdz_out" = "pdz $version" ]
echo "2 passed, 0 failed"
