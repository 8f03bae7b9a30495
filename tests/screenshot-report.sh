#!/bin/sh
# screenshot-report.sh: a screenshot of the HTML report, taken with Debian's
# headless Chromium
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: tests/screenshot-report.sh OUT.png [REPORT.html]
#
# Without REPORT.html it shoots the demo report, _build/demo/report.html
# (see `make demo`), and renders it first with ${BUILDDIR:-_build}/tools/pdz
# when it is missing. Two shots: OUT.png, a window of 1280x2400 (the top of
# the report: its cover, its summary and its charts), and OUT-phone.png,
# the report at 400 px in the iframe of tests/report-phone.html (headless
# Chromium lays a window out at no less than 500 px: the grey band on the
# right is the test page's). Needs the Debian package chromium.
# Nothing is fetched: the report is self-contained, and Chromium runs with
# its network services off, in a throw-away profile.
#
# Exit status: 0 with the path of the PNG printed, 1 when no screenshot was
# taken, 2 on bad usage, 77 (skipped) without Chromium.

set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "Usage: $0 OUT.png [REPORT.html]" >&2
  exit 2
fi

out=$1
srcdir=$(cd "$(dirname "$0")/.." && pwd)
builddir=${BUILDDIR:-$srcdir/_build}
chromium=${CHROMIUM:-/usr/bin/chromium}

if [ $# -eq 2 ]; then
  report=$2
else
  report=$builddir/demo/report.html
  if [ ! -f "$report" ]; then
    mkdir -p "$builddir/demo"
    "$builddir/tools/pdz" report "$srcdir/examples/data/corsichese-2021-2023.json" \
      -f html -o "$report"
  fi
fi

if [ ! -x "$chromium" ]; then
  # 77: skipped, for meson
  echo "$0: $chromium not found: install the Debian package chromium" >&2
  exit 77
fi
if [ ! -f "$report" ]; then
  echo "$0: $report: no such file" >&2
  exit 2
fi

case $report in
  /*) url=file://$report ;;
  *) url=file://$(pwd)/$report ;;
esac
case $out in
  /*) ;;
  *) out=$(pwd)/$out ;;
esac

phone=${out%.png}-phone.png

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT INT TERM

# shoot URL OUT.png WIDTH,HEIGHT [CHROMIUM OPTION...]
shoot () {
  rm -f "$2"
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update \
    --disable-sync --hide-scrollbars --user-data-dir="$profile" \
    --virtual-time-budget=5000 "$4" \
    --screenshot="$2" --window-size="$3" "$1" >/dev/null 2>&1 || true

  # Chromium's exit status says little in headless mode: the file says it all.
  if [ ! -s "$2" ] || [ "$(head -c 8 "$2" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
    echo "$0: no screenshot was taken of $report" >&2
    exit 1
  fi
  echo "$2"
}

shoot "$url" "$out" 1280,2400 --hide-scrollbars
shoot "file://$srcdir/tests/report-phone.html?report=$url" "$phone" 500,2400 --allow-file-access-from-files
