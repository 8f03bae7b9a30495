#!/bin/sh
# Builds libpdz and pdz without the writers that bring a dependency
# (-Dxlsx=disabled -Dpdf=disabled -Dodf=disabled) in a temporary
# directory, and checks what that build promises: the summary says XLSX,
# PDF and ODP are left out, the library links neither libxlsxwriter nor
# cairo, `pdz report -f xlsx` (or -o r.xlsx, and the same for PDF and ODP) fails with the
# library's PDZ_ERROR_UNSUPPORTED message and exit status 2 and writes
# nothing, --help says so, and HTML still works.
# Usage: test-build-options.sh SOURCE_ROOT
set -eu
src=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
plan=$src/tests/data/good/minimal.json
failures=0
n=0

check () {
  n=$((n + 1))
  if [ "$1" = 0 ]; then
    echo "ok $n - $2"
  else
    echo "not ok $n - $2"
    failures=$((failures + 1))
  fi
}

meson setup "$work/_build" "$src" -Dxlsx=disabled -Dpdf=disabled -Dodf=disabled \
  -Dintrospection=disabled -Dvapi=false \
  -Ddocs=disabled -Dtests=false >"$work/setup.log" 2>&1 || { cat "$work/setup.log"; exit 1; }
meson compile -C "$work/_build" pdz >"$work/compile.log" 2>&1 || { cat "$work/compile.log"; exit 1; }
pdz=$work/_build/tools/pdz
set +e

grep -q 'XLSX (-Dxlsx) *: NO' "$work/setup.log"; check $? "the summary says XLSX is left out"
grep -q 'PDF (-Dpdf) *: NO' "$work/setup.log"; check $? "the summary says PDF is left out"
grep -q 'ODP (-Dodf) *: NO' "$work/setup.log"; check $? "the summary says ODP is left out"

readelf -d "$work/_build/libpdz/libpdz-1.so" | grep -q xlsxwriter && linked=1 || linked=0
check $linked "libpdz-1.so does not link libxlsxwriter"
readelf -d "$work/_build/libpdz/libpdz-1.so" | grep -q -e cairo -e rsvg && linked=1 || linked=0
check $linked "libpdz-1.so does not link cairo nor librsvg"

for args in "-f xlsx -o $work/r.xlsx" "-o $work/r.xlsx" "-f xlsx" "-f pdf -o $work/r.pdf" "-o $work/r.pdf" \
            "-o $work/r.odp"; do
  name=XLSX
  case $args in *pdf*) name=PDF ;; *odp*) name=ODP ;; esac
  status=0
  # shellcheck disable=SC2086
  "$pdz" report "$plan" $args >"$work/out" 2>"$work/err" || status=$?
  [ "$status" = 2 ]; check $? "pdz report $args: exit status 2 (got $status)"
  grep -q "this build of libpdz has no $name writer (" "$work/err"; check $? "pdz report $args: the library's message"
  [ "$(wc -l <"$work/err")" = 1 ]; check $? "pdz report $args: one line"
  [ ! -s "$work/out" ] && [ ! -e "$work/r.xlsx" ] && [ ! -e "$work/r.pdf" ] && [ ! -e "$work/r.odp" ]; check $? "pdz report $args: nothing written"
  sed 's/^/# /' "$work/err"
done

"$pdz" report --help | grep -q "not in this build: xlsx, pdf, odp"; check $? "--help lists the formats left out"

status=0
"$pdz" report "$plan" -o "$work/r.html" 2>"$work/err" || status=$?
[ "$status" = 0 ] && head -c 15 "$work/r.html" | grep -q '<!DOCTYPE html>'
check $? "pdz report -o r.html still works"

echo "1..$n"
[ "$failures" = 0 ]
