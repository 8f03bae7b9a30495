#!/usr/bin/python3
# bench_bindings.py: the summary figures through the Python bindings
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: bench_bindings.py [--load] FILE|DIR...
#        bench_bindings.py --gi-loop FILE|DIR...
#
# What an analyst writes with libpdz instead of the peers: Pdz.Corpus
# reads the plans (in parallel), its tables (PdzStats of each plan, added
# up) give the figures, printed as peer_common.py describes them. With
# --gi-loop, reads three properties (title, status, date) of every action
# through GI instead, and prints what that costs per action: the price of
# walking the model from Python, against the bulk API (tables).

import os
import sys
import time

import gi

gi.require_version('Pdz', '1.0')

from gi.repository import Gio, Pdz  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import peer_common  # noqa: E402


def rows(table):
    for i in range(table.get_n_items()):
        yield table.get_item(i)


def actions_of(model):
    for i in range(model.get_n_items()):
        action = model.get_item(i)
        yield action
        yield from actions_of(action.get_actions())


def gi_loop(corpus):
    actions = []
    for plan in corpus.get_plans():
        for objective in plan.get_objectives():
            actions.extend(actions_of(objective.get_actions()))
        for project in plan.get_projects():
            actions.extend(actions_of(project.get_actions()))
    start = time.perf_counter()
    for action in actions:
        action.get_title()
        action.get_status()
        action.get_date()
    elapsed = time.perf_counter() - start
    print("GI: %d actions, three properties each: %.2f s, %.2f us per action"
          % (len(actions), elapsed, elapsed / max(len(actions), 1) * 1e6))


def main(argv):
    mode = None
    if len(argv) > 1 and argv[1] in ('--load', '--gi-loop'):
        mode = argv[1]
        argv = argv[1:]
    corpus = Pdz.Corpus.new()
    corpus.load([Gio.File.new_for_commandline_arg(a) for a in argv[1:]], None)
    for f in corpus.get_errors():
        print(f.get_error().message, file=sys.stderr)
    if mode == '--load':
        return
    if mode == '--gi-loop':
        gi_loop(corpus)
        return

    statuses = peer_common.STATUSES
    by_macroarea = {r.get_key(): {s: r.get_int('actions-' + s) for s in statuses}
                    for r in rows(corpus.by_macroarea(None))}
    funding = ('fundings', 'amount', 'unknown-amounts')
    by_source = {r.get_key(): [r.get_int(c) for c in funding]
                 for r in rows(corpus.by_funding_source(None))}
    by_status = {r.get_key(): [r.get_int(c) for c in funding]
                 for r in rows(corpus.by_funding_status(None))}
    by_partner = {r.get_key(): r.get_int('actions') for r in rows(corpus.by_partner(None))}
    peer_common.print_figures({
        'plans': corpus.get_plans().get_n_items(),
        'actions': corpus.get_n_actions(),
        'by-macroarea': by_macroarea,
        'funding-by-source': by_source,
        'funding-by-status': by_status,
        'actions-by-partner': by_partner,
    })


if __name__ == '__main__':
    main(sys.argv)
