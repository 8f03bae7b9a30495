#!/usr/bin/env python3
# gen-plan.py: writes a large, valid plan file for benchmarks
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The plan has OBJECTIVES objectives of ACTIONS actions each, with an
# indicator per objective, partners taking part in actions, projects that
# serve objectives and hold actions of their own, fundings and dates: every
# part of the format that loading has to index. The output is a pure
# function of the arguments, so two runs give the same file.
#
# Usage: gen-plan.py [--objectives N] [--actions M] [-o FILE]
# Only the standard library is needed (no gi).

import argparse
import json
import sys

STATUSES = ["planned", "in-progress", "completed", "suspended", "cancelled"]
ROLES = ["lead", "partner", "signatory", "funder", "contractor", "participant", "consulted"]
KINDS = ["municipality", "health-agency", "housing-agency", "third-sector", "school"]


def month(i):
    return "%04d-%02d" % (2021 + (i // 12) % 3, 1 + i % 12)


def generate(n_objectives, n_actions, n_partners, n_macroareas, project_every):
    partners = [
        {
            "id": "partner-%d" % p,
            "name": "Ente %d" % p,
            "kind": KINDS[p % len(KINDS)],
        }
        for p in range(n_partners)
    ]
    macroareas = [
        {"id": "area-%d" % m, "title": "Macroarea %d" % m, "code": chr(ord("A") + m % 10)}
        for m in range(n_macroareas)
    ]

    objectives = []
    for o in range(n_objectives):
        actions = []
        for a in range(n_actions):
            k = o * n_actions + a
            action = {
                "id": "action-%d-%d" % (o, a),
                "title": "Azione %d dell'obiettivo %d" % (a, o),
                "status": STATUSES[k % len(STATUSES)],
                "date": month(k),
                "partners": [
                    {"partner": "partner-%d" % (k % n_partners),
                     "role": ROLES[k % len(ROLES)]},
                    {"partner": "partner-%d" % ((k * 7 + 3) % n_partners)},
                ],
            }
            if a == 0 and o // project_every * project_every + project_every <= n_objectives:
                action["projects"] = ["project-%d" % (o // project_every)]
            if k % 4 == 0:
                action["fundings"] = [{"source": "FNPS", "amount": 1000 * (k % 97 + 1),
                                       "status": "granted"}]
            actions.append(action)

        objectives.append({
            "id": "objective-%d" % o,
            "title": "Obiettivo %d" % o,
            "macroarea": "area-%d" % (o % n_macroareas),
            "status": STATUSES[o % len(STATUSES)],
            "description": "Descrizione dell'obiettivo %d." % o,
            "partners": [{"partner": "partner-%d" % (o % n_partners), "role": "lead"}],
            "indicators": [{
                "id": "indicator-%d" % o,
                "title": "Indicatore %d" % o,
                "unit": "persone",
                "baseline": {"date": "2021", "value": o % 50},
                "target": {"value": o % 50 + 10},
                "measurements": [{"date": "2022-06", "value": o % 50 + 3}],
            }],
            "actions": actions,
        })

    projects = []
    for j in range(n_objectives // project_every):
        first = j * project_every
        projects.append({
            "id": "project-%d" % j,
            "title": "Progetto %d" % j,
            "status": STATUSES[j % len(STATUSES)],
            "scope": "ambito",
            "lead": "partner-%d" % (j % n_partners),
            "start": "2022",
            "end": "2023",
            "partners": [{"partner": "partner-%d" % ((j + 1) % n_partners), "role": "partner"}],
            "fundings": [{"source": "PNRR", "amount": 500000, "status": "applied"}],
            "objectives": ["objective-%d" % (first + i) for i in range(project_every)],
            "actions": [{
                "id": "project-%d-action-%d" % (j, a),
                "title": "Azione %d del progetto %d" % (a, j),
                "status": STATUSES[a % len(STATUSES)],
                "date": month(j + a),
            } for a in range(2)],
        })

    return {
        "format": "pdz",
        "version": 1,
        "id": "bench-%d-%d" % (n_objectives, n_actions),
        "title": "Piano generato (%d obiettivi, %d azioni ciascuno)" % (n_objectives, n_actions),
        "ambito": "Ambito di prova",
        "language": "it",
        "start": "2021",
        "end": "2023",
        "municipalities": ["partner-0", "partner-1"],
        "lead-municipality": "partner-0",
        "partners": partners,
        "macroareas": macroareas,
        "objectives": objectives,
        "projects": projects,
    }


def main():
    parser = argparse.ArgumentParser(description="Write a large, valid plan file for benchmarks.")
    parser.add_argument("--objectives", type=int, default=2000, metavar="N",
                        help="number of objectives (default: 2000)")
    parser.add_argument("--actions", type=int, default=10, metavar="M",
                        help="actions per objective (default: 10)")
    parser.add_argument("--partners", type=int, default=200, metavar="P",
                        help="number of partners (default: 200)")
    parser.add_argument("-o", "--output", metavar="FILE", help="where to write (default: stdout)")
    args = parser.parse_args()

    if args.objectives < 1 or args.actions < 1 or args.partners < 2:
        parser.error("need at least 1 objective, 1 action and 2 partners")

    plan = generate(args.objectives, args.actions, args.partners, 10, 10)
    text = json.dumps(plan, indent=2, ensure_ascii=False) + "\n"
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
