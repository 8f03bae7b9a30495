# peer_common.py: what the peer scripts share
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The peers (peer_dataclasses.py, peer_pandas.py) are the scripts an analyst
# would write without libpdz. They share only what is not the point of the
# comparison: which files a directory gives, the folding of funding sources
# (libpdz groups them without regard to case or accents), and the printing
# of the figures, so that tests/perf/check-peers.py can compare every
# program's figures with one equality.
#
# The figures (a JSON object, keys sorted, rows whose figures are all zero
# left out):
#
#   "plans": the plans read; "actions": the bullets counted;
#   "by-macroarea": {macroarea id, "" (objectives without one) or
#       "+projects" (actions of projects): {status: bullets}};
#   "funding-by-source": {source as met first: [fundings, amount, unknown]};
#   "funding-by-status": {status: [fundings, amount in cents, unknown]};
#   "actions-by-partner": {partner id: bullets it takes part in}.
#
# Across plans, rows with the same key add up (macroareas and partners by
# id, sources by their folded spelling).

import json
import os
import sys
import unicodedata

STATUSES = ["planned", "in-progress", "completed", "suspended", "cancelled", "not-stated"]
FUNDING_STATUSES = ["applied", "granted", "not-funded", "reported", "not-stated"]


def plan_files(args):
    """The plan files named by @args: files as given, directories as
    their *.json sorted by name, without dotfiles (which include the
    temporary files of an interrupted save)."""
    files = []
    for arg in args:
        if os.path.isdir(arg):
            for name in sorted(os.listdir(arg)):
                if name.startswith(".") or not name.endswith(".json"):
                    continue
                path = os.path.join(arg, name)
                if os.path.isfile(path):
                    files.append(path)
        else:
            files.append(arg)
    return files


def load(path):
    """The JSON of @path, or None (with a message) if it is not a plan."""
    try:
        with open(path, "rb") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        print("%s: %s" % (path, e), file=sys.stderr)
        return None
    if not isinstance(data, dict) or data.get("format") != "pdz":
        print("%s: not a plan" % path, file=sys.stderr)
        return None
    return data


def fold(text):
    """Text without case or accents, as libpdz groups funding sources."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed
                   if unicodedata.category(c) not in ("Mn", "Mc", "Me")).casefold()


def print_figures(figures, out=sys.stdout):
    def nonzero(table):
        return {k: v for k, v in table.items()
                if (any(v.values()) if isinstance(v, dict)
                    else any(v) if isinstance(v, list) else v)}

    clean = dict(figures)
    for key in ("by-macroarea", "funding-by-source", "funding-by-status", "actions-by-partner"):
        clean[key] = nonzero(figures[key])
    json.dump(clean, out, sort_keys=True, indent=1, ensure_ascii=False)
    out.write("\n")
