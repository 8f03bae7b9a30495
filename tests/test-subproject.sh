#!/bin/sh
# Builds tests/subproject/ with libpdz as its subproject and runs it.
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
echo "1 passed, 0 failed"
