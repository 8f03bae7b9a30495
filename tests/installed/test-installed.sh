#!/bin/sh
# Configures libpdz with -Dinstalled_tests=true into a temporary prefix,
# installs it, and runs a few installed tests as a distribution's test
# system would: with gnome-desktop-testing-runner where it is installed
# (Debian's gnome-desktop-testing), else by running the Exec line of each
# .test file; in both cases with the installed library only
# (LD_LIBRARY_PATH) and without the variables by which `meson test` points
# the tests at the source tree.
#
# Usage: test-installed.sh SOURCE_ROOT TEST...   (TEST: date, codec, ...)
set -eu
src=$1
shift
tests=$*
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

step() {
  echo "+ $*"
  "$@" >"$work/step.log" 2>&1 || { cat "$work/step.log"; exit 1; }
}

# No introspection: this is about the C library and its tests, and quicker.
# Not -Dwerror: warnings are the main build's business.
step meson setup "$work/build" "$src" --prefix="$prefix" -Dinstalled_tests=true \
  -Dintrospection=disabled -Dvapi=false -Ddocs=disabled -Dwerror=false
step meson install -C "$work/build"

name=libpdz-1
execdir=$(find "$prefix" -type d -path "*/installed-tests/$name" -not -path "$prefix/share/*")
metadir=$prefix/share/installed-tests/$name
lib=$(find "$prefix" -name 'libpdz-1.so.*' -type f | head -n 1)
[ -n "$execdir" ] && [ -d "$metadir" ] && [ -n "$lib" ] || {
  echo "not installed where expected:"; find "$prefix" | sed "s|^$prefix|  |"; exit 1;
}
echo "installed tests: $execdir"
echo "metadata: $metadir"

# The tests' data is installed beside them, and the environment that
# `meson test` gives them is gone: they must find it on their own.
unset G_TEST_SRCDIR G_TEST_BUILDDIR PDZ_TEST_DATA_DIR PDZ_EXAMPLES_DIR
LD_LIBRARY_PATH=$(dirname "$lib")
export LD_LIBRARY_PATH
for t in $tests; do
  [ -f "$metadir/$t.test" ] || { echo "missing $metadir/$t.test"; exit 1; }
done
[ -f "$execdir/data/good/full.json" ] || { echo "missing $execdir/data"; exit 1; }
[ -f "$execdir/examples/corsichese-2021-2023.json" ] || { echo "missing $execdir/examples"; exit 1; }

# The tests that link the shared library (tests/meson.build: those not in
# c_tests_internal) run against the installed one; at least one of those
# asked for does.
linked=0
for t in $tests; do
  if ldd "$execdir/test-$t" | grep -q 'libpdz-1'; then
    ldd "$execdir/test-$t" | grep 'libpdz-1' | sed "s/^/test-$t: /"
    ldd "$execdir/test-$t" | grep 'libpdz-1' | grep -q "=> $prefix/" \
      || { echo "test-$t does not use the installed libpdz"; exit 1; }
    linked=$((linked + 1))
  fi
done
[ "$linked" -gt 0 ] || { echo "none of $tests links the installed libpdz"; exit 1; }

cd "$work"
if command -v gnome-desktop-testing-runner >/dev/null 2>&1; then
  names=""
  for t in $tests; do names="$names $name/$t.test"; done
  echo "+ gnome-desktop-testing-runner --status=no -d $prefix/share$names"
  # shellcheck disable=SC2086 # a list of test names
  gnome-desktop-testing-runner --status=no -d "$prefix/share" $names
else
  echo "gnome-desktop-testing-runner is not installed: running the Exec lines"
  for t in $tests; do
    exec_line=$(sed -n 's/^Exec=//p' "$metadir/$t.test")
    echo "+ $exec_line"
    sh -c "$exec_line" >"$work/$t.log" 2>&1 || { cat "$work/$t.log"; echo "FAIL: $t"; exit 1; }
    echo "PASS: $t"
  done
fi
