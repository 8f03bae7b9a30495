#!/usr/bin/python3
# peer_pandas.py: the summary figures of plans, the way an analyst would
# compute them with json and pandas
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: peer_pandas.py FILE|DIR...
#
# A lean pandas script: json.load, one DataFrame of bullets, one of
# participations and one of fundings built from tuples, then groupby for
# actions by macroarea and status, funding per source and per status, and
# actions per partner, by the counting rule of doc/queries.md. Prints the
# figures as peer_common.py describes them. Needs Debian's python3-pandas.

import os
import sys

import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import peer_common  # noqa: E402


def main(argv):
    bullets = []         # (plan, bullet, macroarea key, status)
    participations = []  # (plan, bullet, partner)
    fundings = []        # (order, source, amount, status)
    n_plans = 0

    for path in peer_common.plan_files(argv[1:]):
        data = peer_common.load(path)
        if data is None:
            continue
        n_plans += 1
        plan = n_plans

        def action(a, key):
            bullets.append((plan, a["id"], key, a.get("status", "not-stated")))
            for node in [a] + a.get("actions", []):
                for p in node.get("partners", ()):
                    participations.append((plan, a["id"], p["partner"]))
                for f in node.get("fundings", ()):
                    fundings.append((len(fundings), f["source"], f.get("amount"),
                                     f.get("status", "not-stated")))

        for o in data.get("objectives", ()):
            key = o.get("macroarea", "")
            for a in o.get("actions", ()):
                action(a, key)
        for p in data.get("projects", ()):
            for a in p.get("actions", ()):
                action(a, "+projects")
        for p in data.get("projects", ()):
            for f in p.get("fundings", ()):
                fundings.append((len(fundings), f["source"], f.get("amount"),
                                 f.get("status", "not-stated")))

    b = pd.DataFrame.from_records(bullets, columns=["plan", "bullet", "macroarea", "status"])
    p = pd.DataFrame.from_records(participations, columns=["plan", "bullet", "partner"])
    f = pd.DataFrame.from_records(fundings, columns=["order", "source", "amount", "status"])
    # Amounts are integer cents: a column with missing amounts would be
    # float64 and lose cents past 2**53.
    f["amount"] = f["amount"].astype("Int64")

    by_macroarea = {}
    for (key, status), n in b.groupby(["macroarea", "status"]).size().items():
        by_macroarea.setdefault(key, dict.fromkeys(peer_common.STATUSES, 0))[status] = int(n)

    by_partner = {k: int(n) for k, n in
                  p.drop_duplicates().groupby("partner").size().items()}

    def funding_table(frame, key):
        grouped = frame.groupby(key).agg(fundings=("order", "size"),
                                         amount=("amount", "sum"),
                                         known=("amount", "count"))
        return {k: [int(r.fundings), int(r.amount), int(r.fundings - r.known)]
                for k, r in grouped.iterrows()}

    f["folded"] = f["source"].map(peer_common.fold)
    first = f.drop_duplicates("folded").set_index("folded")["source"]
    by_source = {first[k]: v for k, v in funding_table(f, "folded").items()}
    by_status = funding_table(f, "status")

    peer_common.print_figures({
        "plans": n_plans,
        "actions": len(b),
        "by-macroarea": by_macroarea,
        "funding-by-source": by_source,
        "funding-by-status": by_status,
        "actions-by-partner": by_partner,
    })


if __name__ == "__main__":
    main(sys.argv)
