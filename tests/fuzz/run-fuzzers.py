#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Runs the libFuzzer targets one after the other: `make fuzz`.

    run-fuzzers.py --work-dir=DIR --target=SPEC...

tests/fuzz/meson.build gives one --target per target, a ';'-separated
list: NAME;EXECUTABLE;DICTS;MAX_LEN;REGRESSIONS;SEED..., DICTS being
','-separated (joined into DIR/NAME.dict for libFuzzer, which takes one).
The environment chooses the run:

    FUZZ_SECONDS  seconds per target (default 60): -max_total_time
    FUZZ_RUNS     also stop a target after this many runs: -runs
    FUZZ_TARGETS  the targets to run, comma-separated (default: all)

Each target's scratch corpus is DIR/corpus/NAME. It is seeded with copies of
the seeds and the regressions (named by their SHA-1, as libFuzzer names
what it adds), so that libFuzzer writes only there, never into the source
tree. A failing input goes to DIR/findings/NAME/, the target's whole output
to DIR/logs/NAME.log. The last lines are a table of runs, coverage (cov:)
and features (ft:) per target, also written to DIR/fuzz-summary.txt. Exits
1 if any target failed.
"""

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time


def seed_files(path):
    if os.path.isdir(path):
        for root, dirs, files in os.walk(path):
            dirs.sort()
            for name in sorted(files):
                yield os.path.join(root, name)
    elif os.path.isfile(path):
        yield path


def seed_corpus(corpus, paths):
    os.makedirs(corpus, exist_ok=True)
    for path in paths:
        for name in seed_files(path):
            with open(name, "rb") as f:
                data = f.read()
            copy = os.path.join(corpus, hashlib.sha1(data).hexdigest())
            if not os.path.exists(copy):
                with open(copy, "wb") as f:
                    f.write(data)


def last_stats(log):
    stats = {}
    for match in re.finditer(r"cov: (\d+) ft: (\d+) corp: (\d+)", log):
        stats["cov"], stats["ft"], stats["corpus"] = match.groups()
    for match in re.finditer(r"stat::(\w+):\s*(\d+)", log):
        stats[match.group(1)] = match.group(2)
    return stats


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work-dir", required=True)
    parser.add_argument("--target", action="append", default=[])
    args = parser.parse_args()

    seconds = int(os.environ.get("FUZZ_SECONDS") or 60)
    runs = os.environ.get("FUZZ_RUNS")
    chosen = [t for t in (os.environ.get("FUZZ_TARGETS") or "").split(",") if t]
    source_root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

    targets = [spec.split(";") for spec in args.target]
    known = [t[0] for t in targets]
    for name in chosen:
        if name not in known:
            sys.exit("run-fuzzers: FUZZ_TARGETS: no target %r (the targets: %s)"
                     % (name, ", ".join(known)))

    rows = []
    failed = []
    for name, executable, dictionaries, max_len, regressions, *seeds in targets:
        if chosen and name not in chosen:
            continue
        dictionary = None
        if dictionaries:
            dictionary = os.path.join(args.work_dir, name + ".dict")
            with open(dictionary, "wb") as out:
                for path in dictionaries.split(","):
                    with open(path, "rb") as f:
                        out.write(f.read())
        corpus = os.path.join(args.work_dir, "corpus", name)
        findings = os.path.join(args.work_dir, "findings", name)
        logs = os.path.join(args.work_dir, "logs")
        seed_corpus(corpus, seeds + [regressions])
        shutil.rmtree(findings, ignore_errors=True)
        os.makedirs(findings)
        os.makedirs(logs, exist_ok=True)
        log_path = os.path.join(logs, name + ".log")

        command = [executable, corpus] + (["-dict=" + dictionary] if dictionary else []) + [
                   "-max_len=" + max_len,
                   "-max_total_time=%d" % seconds,
                   "-timeout=60",
                   "-rss_limit_mb=4096",
                   "-print_final_stats=1",
                   "-artifact_prefix=" + findings + os.sep]
        if runs:
            command.append("-runs=" + runs)
        print("run-fuzzers: %s for %d s: %s" % (name, seconds, " ".join(command)), flush=True)

        # From the source root, where a crash's stack names its files. The
        # leaks of the libraries that the tests' LeakSanitizer also lets
        # pass (tests/lsan.supp: fontconfig's caches, reached by the PDF and
        # ODP writers, which no leak checker can follow) are not findings.
        env = dict(os.environ)
        env.setdefault("LSAN_OPTIONS", "suppressions=%s:print_suppressions=0"
                       % os.path.join(source_root, "tests", "lsan.supp"))
        start = time.monotonic()
        with open(log_path, "w", encoding="utf-8", errors="replace") as log_file:
            status = subprocess.run(command, cwd=source_root, stdout=log_file,
                                    stderr=subprocess.STDOUT, env=env).returncode
        elapsed = time.monotonic() - start
        with open(log_path, encoding="utf-8", errors="replace") as log_file:
            log = log_file.read()

        stats = last_stats(log)
        found = sorted(os.listdir(findings))
        ok = status == 0 and not found
        rows.append((name, stats.get("number_of_executed_units", "?"), stats.get("cov", "?"),
                     stats.get("ft", "?"), stats.get("corpus", "?"), "%.0f" % elapsed,
                     "ok" if ok else "FAILED"))
        if not ok:
            failed.append(name)
            print("\n".join(log.splitlines()[-40:]))
            print("run-fuzzers: %s FAILED (exit status %d); its log: %s" % (name, status, log_path))
            for f in found:
                print("run-fuzzers:   finding: %s" % os.path.join(findings, f))

    header = ("target", "runs", "cov", "ft", "corpus", "seconds", "result")
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    table = "\n".join("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip()
                      for r in [header] + rows)
    print(table)
    with open(os.path.join(args.work_dir, "fuzz-summary.txt"), "w", encoding="utf-8") as f:
        f.write(table + "\n")
    if failed:
        print("run-fuzzers: failed: %s (tests/fuzz/README.md says what to do)" % ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
