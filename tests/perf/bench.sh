#!/bin/sh
# bench.sh: libpdz against the analyst's scripts, on the generator's presets
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: tests/perf/bench.sh BUILD_DIR [BASE_BUILD_DIR]
#
# For each corpus (the presets of tests/gen/pdzgen.py: one-big, lombardia,
# italia), runs in turn, RUNS times each (default 5), and prints the median
# wall time, the peak RSS (GNU time's %M) and the ratio of libpdz's time to
# each program's:
#
#   peer_dataclasses.py     json + dataclasses, references resolved
#   peer_pandas.py          json + pandas
#   pdz C                   bench-summary of BUILD_DIR: PdzCorpus (every
#                           core) and pdz_corpus_summary_to_json(), what
#                           `pdz summary DIR --format json` prints
#   pdz Python              bench_bindings.py: Pdz.Corpus and its tables
#   pdz C (base)            bench-summary compiled against BASE_BUILD_DIR
#                           (the "before" figures): plans one by one, PdzStats
#   floor: json-glib        a bare JsonParser tree of the same files
#   floor: scan             our scanner over every byte, recording nothing
#
# All of them compute the same figures (check-peers.py, the test
# "perf-peers", checks that they agree). Then: the editing benchmark
# (bench-edit on gen-plan.py --objectives 1861 --actions 10), cancellation
# (bench-cancel), memory (bench-memory) and the GI cost per action.
#
# Environment: RUNS (5), CORPORA ("one-big lombardia italia"), DATA (where
# the corpora are generated, kept between runs; default a temporary
# directory removed at the end), CC (cc). Needs /usr/bin/python3 with gi
# and pandas (Debian python3-gi, python3-pandas) and GNU time (/usr/bin/time).

set -eu

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 BUILD_DIR [BASE_BUILD_DIR]" >&2
  exit 2
fi

here=$(cd "$(dirname "$0")" && pwd)
srcdir=$(cd "$here/../.." && pwd)
build=$(cd "$1" && pwd)
base=
if [ $# -eq 2 ]; then
  base=$(cd "$2" && pwd)
fi
runs=${RUNS:-5}
corpora=${CORPORA:-one-big lombardia italia}
cc=${CC:-cc}
py=/usr/bin/python3
gen="$py $srcdir/tests/gen/pdzgen.py"
if [ -n "${DATA:-}" ]; then
  data=$DATA
  mkdir -p "$data"
else
  data=$(mktemp -d "${TMPDIR:-/tmp}/pdz-bench.XXXXXX")
  trap 'rm -rf "$data"' EXIT INT TERM
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/pdz-bench-work.XXXXXX")
trap 'rm -rf "$work"; [ -n "${DATA:-}" ] || rm -rf "$data"' EXIT INT TERM

for p in bench-summary bench-floor bench-edit bench-cancel bench-memory; do
  if [ ! -x "$build/tests/perf/$p" ]; then
    echo "$0: $build/tests/perf/$p: not built (ninja -C $1)" >&2
    exit 2
  fi
done

export GI_TYPELIB_PATH="$build/libpdz${GI_TYPELIB_PATH:+:$GI_TYPELIB_PATH}"
export LD_LIBRARY_PATH="$build/libpdz${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export PYTHONPATH="$srcdir/bindings/python${PYTHONPATH:+:$PYTHONPATH}"

# The "before" programs, compiled against the other build.
if [ -n "$base" ]; then
  base_src=$(cd "$base/.." && pwd)
  for p in bench-summary bench-edit; do
    # shellcheck disable=SC2046
    "$cc" -O2 -o "$work/$p-base" "$here/$p.c" \
      -I"$base_src/include" -I"$base/include" -I"$base/include/libpdz" -I"$base_src/include/libpdz" \
      $(pkg-config --cflags --libs gio-2.0 json-glib-1.0) \
      -L"$base/libpdz" -lpdz-1 -Wl,-rpath,"$base/libpdz"
  done
fi

# corpus NAME: the path of the corpus NAME, generated if missing.
corpus () {
  case $1 in
    one-big) path="$data/one-big.json" ;;
    *) path="$data/$1" ;;
  esac
  if [ ! -e "$path" ]; then
    $gen --preset "$1" --seed 1 -o "$path" >/dev/null
  fi
  echo "$path"
}

# files PATH: the files of a corpus, for the programs that take files.
files () {
  if [ -d "$1" ]; then
    find "$1" -maxdepth 1 -name '*.json' ! -name '.*' | sort
  else
    echo "$1"
  fi
}

# measure LABEL COMMAND...: RUNS runs; prints "LABEL median-wall max-rss-MB".
measure () {
  label=$1
  shift
  : > "$work/times"
  i=0
  while [ $i -lt "$runs" ]; do
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" > /dev/null 2> "$work/err" || {
      echo "$0: $label failed:" >&2
      cat "$work/err" >&2
      exit 1
    }
    cat "$work/time" >> "$work/times"
    i=$((i + 1))
  done
  sort -n "$work/times" | awk -v label="$label" '
    { wall[NR] = $1; if ($2 > rss) rss = $2 }
    END { printf "%s %.3f %.0f\n", label, wall[int((NR + 1) / 2)], rss / 1024 }'
}

echo "libpdz: $build"
[ -n "$base" ] && echo "before: $base"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians of $runs runs, wall seconds; peak RSS in MB"

for name in $corpora; do
  path=$(corpus "$name")
  # shellcheck disable=SC2046
  set -- $(files "$path")
  size=$(du -sm "$path" | cut -f1)
  echo
  echo "== $name: $# file(s), $size MB"
  {
    measure "peer_dataclasses.py" $py "$here/peer_dataclasses.py" "$path"
    measure "peer_pandas.py" $py "$here/peer_pandas.py" "$path"
    measure "pdz-C" "$build/tests/perf/bench-summary" "$path"
    measure "pdz-Python" $py "$here/bench_bindings.py" "$path"
    if [ -n "$base" ]; then
      measure "pdz-C-before" "$work/bench-summary-base" "$path"
    fi
    measure "floor:json-glib" "$build/tests/perf/bench-floor" json-glib "$@"
    measure "floor:scan" "$build/tests/perf/bench-floor" scan "$@"
  } > "$work/results"
  awk '
    { label[NR] = $1; wall[NR] = $2; rss[NR] = $3; if ($1 == "pdz-C") pdz = $2 }
    END {
      printf "%-22s %9s %9s %12s\n", "program", "wall (s)", "RSS (MB)", "pdz C / it"
      for (i = 1; i <= NR; i++)
        printf "%-22s %9.3f %9d %12.2f\n", label[i], wall[i], rss[i], pdz / wall[i]
    }' "$work/results"
  grep '^pdz-C ' "$work/results" | awk -v n="$name" '{ print n, $2 }' >> "$work/pdz-times"
done

if grep -q '^italia ' "$work/pdz-times" 2>/dev/null && grep -q '^lombardia ' "$work/pdz-times"; then
  awk '{ t[$1] = $2 } END { printf "\nitalia / lombardia (pdz C): %.2f (600 plans against 91: 6.6 times the data)\n", t["italia"] / t["lombardia"] }' "$work/pdz-times"
fi

echo
echo "== editing: set_title, then a partner query (gen-plan.py --objectives 1861 --actions 10)"
edit="$data/edit-1861x10.json"
[ -e "$edit" ] || $py "$here/gen-plan.py" --objectives 1861 --actions 10 -o "$edit"
echo "after:  $("$build/tests/perf/bench-edit" "$edit")"
if [ -n "$base" ]; then
  echo "before: $("$work/bench-edit-base" "$edit" 11)"
fi

echo
echo "== cancellation: pdz_plan_load_async() of one-big, cancelled after a delay"
"$build/tests/perf/bench-cancel" "$(corpus one-big)" || true
echo "one objective of 40,000 actions:"
[ -e "$data/one-objective.json" ] || $py "$here/gen-plan.py" --objectives 1 --actions 40000 -o "$data/one-objective.json"
"$build/tests/perf/bench-cancel" "$data/one-objective.json" 50 200 || true
echo "pdz_corpus_load_async() of lombardia:"
"$build/tests/perf/bench-cancel" --corpus "$(corpus lombardia)" 50 200 || true

echo
echo "== memory"
"$build/tests/perf/bench-memory" "$(corpus one-big)"

echo
echo "== GI: a Python loop over every action of lombardia, three properties each"
$py "$here/bench_bindings.py" --gi-loop "$(corpus lombardia)"
