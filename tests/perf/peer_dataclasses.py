#!/usr/bin/python3
# peer_dataclasses.py: the summary figures of plans, the way an analyst
# would compute them with json and dataclasses
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: peer_dataclasses.py FILE|DIR...
#
# Reads every plan (json.load), builds dataclasses for partners,
# macroareas, objectives, projects, actions, participations and fundings
# with their references resolved to objects, then computes what the
# summary shows: actions (bullets) by macroarea and status, funding per
# source and per status, and actions per partner, by the counting rule
# of doc/queries.md. Prints the figures as peer_common.py describes them.
# Format version 2 (a missing status, role or funding status is not
# stated).

import os
import sys
from dataclasses import dataclass, field
from typing import List, Optional

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import peer_common  # noqa: E402


@dataclass
class Partner:
    id: str
    name: str
    kind: str


@dataclass
class Macroarea:
    id: str
    title: str


@dataclass
class Participation:
    partner: Partner
    role: str


@dataclass
class Funding:
    source: str
    amount: Optional[int]
    status: str


@dataclass
class Action:
    id: str
    title: str
    status: str
    participations: List[Participation] = field(default_factory=list)
    fundings: List[Funding] = field(default_factory=list)
    actions: List["Action"] = field(default_factory=list)


@dataclass
class Objective:
    id: str
    title: str
    macroarea: Optional[Macroarea]
    actions: List[Action] = field(default_factory=list)


@dataclass
class Project:
    id: str
    title: str
    fundings: List[Funding] = field(default_factory=list)
    actions: List[Action] = field(default_factory=list)


@dataclass
class Plan:
    id: str
    partners: List[Partner]
    macroareas: List[Macroarea]
    objectives: List[Objective]
    projects: List[Project]


def build(data):
    partners = {p["id"]: Partner(p["id"], p["name"], p.get("kind", "other"))
                for p in data.get("partners", [])}
    macroareas = {m["id"]: Macroarea(m["id"], m["title"]) for m in data.get("macroareas", [])}

    def participations(obj):
        return [Participation(partners[p["partner"]], p.get("role", "not-stated"))
                for p in obj.get("partners", [])]

    def fundings(obj):
        return [Funding(f["source"], f.get("amount"), f.get("status", "not-stated"))
                for f in obj.get("fundings", [])]

    def action(a):
        return Action(a["id"], a["title"], a.get("status", "not-stated"),
                      participations(a), fundings(a), [action(s) for s in a.get("actions", [])])

    objectives = [Objective(o["id"], o["title"],
                            macroareas[o["macroarea"]] if "macroarea" in o else None,
                            [action(a) for a in o.get("actions", [])])
                  for o in data.get("objectives", [])]
    projects = [Project(p["id"], p["title"], fundings(p), [action(a) for a in p.get("actions", [])])
                for p in data.get("projects", [])]
    return Plan(data.get("id"), list(partners.values()), list(macroareas.values()),
                objectives, projects)


def main(argv):
    by_macroarea = {}
    by_source = {}
    source_keys = {}
    by_fstatus = {}
    by_partner = {}
    n_plans = 0
    n_actions = 0

    def count_funding(f):
        key = source_keys.setdefault(peer_common.fold(f.source), f.source)
        for table, k in ((by_source, key), (by_fstatus, f.status)):
            row = table.setdefault(k, [0, 0, 0])
            row[0] += 1
            if f.amount is None:
                row[2] += 1
            else:
                row[1] += f.amount

    for path in peer_common.plan_files(argv[1:]):
        data = peer_common.load(path)
        if data is None:
            continue
        plan = build(data)
        n_plans += 1
        bullets = [(o.macroarea.id if o.macroarea else "", a)
                   for o in plan.objectives for a in o.actions]
        bullets += [("+projects", a) for p in plan.projects for a in p.actions]
        for key, a in bullets:
            n_actions += 1
            row = by_macroarea.setdefault(key, dict.fromkeys(peer_common.STATUSES, 0))
            row[a.status] += 1
            partners = {p.partner.id for p in a.participations}
            for sub in a.actions:
                partners.update(p.partner.id for p in sub.participations)
            for pid in partners:
                by_partner[pid] = by_partner.get(pid, 0) + 1
            for f in a.fundings:
                count_funding(f)
            for sub in a.actions:
                for f in sub.fundings:
                    count_funding(f)
        for p in plan.projects:
            for f in p.fundings:
                count_funding(f)

    peer_common.print_figures({
        "plans": n_plans,
        "actions": n_actions,
        "by-macroarea": by_macroarea,
        "funding-by-source": by_source,
        "funding-by-status": by_fstatus,
        "actions-by-partner": by_partner,
    })


if __name__ == "__main__":
    main(sys.argv)
