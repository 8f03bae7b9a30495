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
# each program's (and of their CPU times, user + system, and peak RSS):
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

# The "before" programs, compiled against the other build, and run with
# its library (LD_LIBRARY_PATH, exported above, would win over their rpath).
if [ -n "$base" ]; then
  base_src=$(cd "$base/.." && pwd)
  for p in bench-summary bench-edit bench-memory; do
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

# measure LABEL COMMAND...: RUNS runs; prints "LABEL median-wall
# median-cpu max-rss-MB" (CPU: user + system, of every thread).
measure () {
  label=$1
  shift
  : > "$work/times"
  i=0
  while [ $i -lt "$runs" ]; do
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > /dev/null 2> "$work/err" || {
      echo "$0: $label failed:" >&2
      cat "$work/err" >&2
      exit 1
    }
    cat "$work/time" >> "$work/times"
    i=$((i + 1))
  done
  mid=$(( (runs + 1) / 2 ))
  wall=$(awk '{ print $1 }' "$work/times" | sort -n | sed -n "${mid}p")
  cpu=$(awk '{ print $2 + $3 }' "$work/times" | sort -n | sed -n "${mid}p")
  rss=$(awk '{ if ($4 > m) m = $4 } END { printf "%.0f", m / 1024 }' "$work/times")
  echo "$label $wall $cpu $rss"
}

echo "libpdz: $build"
[ -n "$base" ] && echo "before: $base"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians of $runs runs, wall and CPU (user + system) seconds; peak RSS in MB"

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
      measure "pdz-C-before" env LD_LIBRARY_PATH="$base/libpdz" "$work/bench-summary-base" "$path"
    fi
    measure "floor:json-glib" "$build/tests/perf/bench-floor" json-glib "$@"
    measure "floor:scan" "$build/tests/perf/bench-floor" scan "$@"
  } > "$work/results"
  awk '
    { label[NR] = $1; wall[NR] = $2; cpu[NR] = $3; rss[NR] = $4
      if ($1 == "pdz-C") { pdz = $2; pdz_cpu = $3; pdz_rss = $4 } }
    END {
      printf "%-20s %9s %8s %9s %11s %10s %10s\n", "program", "wall (s)", "CPU (s)", "RSS (MB)",
             "pdz/it wall", "pdz/it CPU", "pdz/it RSS"
      for (i = 1; i <= NR; i++)
        printf "%-20s %9.3f %8.3f %9d %11.2f %10.2f %10.2f\n", label[i], wall[i], cpu[i], rss[i],
               pdz / wall[i], pdz_cpu / cpu[i], pdz_rss / rss[i]
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
  echo "before: $(env LD_LIBRARY_PATH="$base/libpdz" "$work/bench-edit-base" "$edit" 11)"
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
echo "after:  $("$build/tests/perf/bench-memory" "$(corpus one-big)" | tr '\n' ' ')"
if [ -n "$base" ]; then
  echo "before: $(env LD_LIBRARY_PATH="$base/libpdz" "$work/bench-memory-base" "$(corpus one-big)" | tr '\n' ' ')"
fi

echo
echo "== GI: a Python loop over every action of lombardia, three properties each"
$py "$here/bench_bindings.py" --gi-loop "$(corpus lombardia)"
