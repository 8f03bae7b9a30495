#!/bin/sh
# Builds a program outside the tree against the build tree, through
# meson-uninstalled/libpdz-1-uninstalled.pc, as another project would
# before libpdz is installed.
#
# Usage: test-uninstalled.sh c|vala|pedantic
#   c         compiles and links consumer.c with the .pc file's Cflags and
#             Libs, and runs it
#   vala      builds consumer.vala with valac --vapidir <build>/libpdz
#             --pkg libpdz-1, and runs it
#   pedantic  compiles pedantic.c with -std=c99 -pedantic -Wall -Wextra
#             -Werror: the public headers give no warning
#
# Environment (tests/consumer/meson.build sets it): PDZ_BUILD_ROOT,
# PDZ_CONSUMER_DIR, PDZ_VERSION, CC, PKG_CONFIG and, for vala, VALAC.
set -eu
mode=$1
src=$PDZ_CONSUMER_DIR
export PKG_CONFIG_PATH="$PDZ_BUILD_ROOT/meson-uninstalled"
# The only libpdz the programs may see at run time is the build tree's.
export LD_LIBRARY_PATH="$PDZ_BUILD_ROOT/libpdz"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

run() {
  echo "+ $*"
  "$@"
}

expect_output() {
  out=$("$1")
  echo "printed: $out"
  if [ "$out" != "$PDZ_VERSION 1 not-stated" ]; then
    echo "expected: $PDZ_VERSION 1 not-stated"
    exit 1
  fi
}

echo "PKG_CONFIG_PATH=$PKG_CONFIG_PATH"
run "$PKG_CONFIG" --cflags --libs libpdz-1
cflags=$("$PKG_CONFIG" --cflags libpdz-1)
libs=$("$PKG_CONFIG" --libs libpdz-1)

case $mode in
  c)
    # shellcheck disable=SC2086 # CC and the flags are lists of words
    run $CC -o "$work/consumer" "$src/consumer.c" $cflags $libs
    expect_output "$work/consumer"
    ;;
  vala)
    cd "$work"
    run "$VALAC" --pkg-config="$PKG_CONFIG" --vapidir "$PDZ_BUILD_ROOT/libpdz" \
      --pkg libpdz-1 -o consumer-vala "$src/consumer.vala"
    expect_output "$work/consumer-vala"
    ;;
  pedantic)
    # shellcheck disable=SC2086
    run $CC -std=c99 -pedantic -Wall -Wextra -Werror -c -o "$work/pedantic.o" \
      "$src/pedantic.c" $cflags
    ;;
  *)
    echo "usage: $0 c|vala|pedantic" >&2
    exit 2
    ;;
esac
echo "1 passed, 0 failed"
