#!/usr/bin/python3
# outline.py: print the outline of a plan
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: outline.py [FILE]
#
# The Python twin of examples/c/outline.c. From a build tree, run it as
#   GI_TYPELIB_PATH=_build/libpdz LD_LIBRARY_PATH=_build/libpdz \
#   PYTHONPATH=bindings/python examples/python/outline.py

import os
import sys

import gi

gi.require_version('Pdz', '1.0')
from gi.repository import GLib, Pdz  # noqa: E402

EXAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       '..', 'data', 'corsichese-2021-2023.json')


def date_range(start, end, language):
    if start is None and end is None:
        return None
    return '%s – %s' % (start.format(language) if start else '?',
                        end.format(language) if end else '?')


def count(n, word):
    return '%d %s' % (n, word if n == 1 else word + 's')


def print_objective(objective):
    print('  - %s [%s]: %s' % (objective.props.title, objective.props.status.value_nick,
                               count(len(objective.get_actions()), 'action')))


def main(argv):
    path = argv[1] if len(argv) > 1 else EXAMPLE
    try:
        plan = Pdz.Plan.load_path(path)
    except GLib.Error as e:
        print(e.message, file=sys.stderr)
        return 1

    language = plan.props.language or 'it'
    print(plan.props.title or '(untitled plan)')
    if plan.props.ambito:
        print(plan.props.ambito)
    period = date_range(plan.get_start(), plan.get_end(), language)
    if period:
        print('Period:', period)
    if plan.props.monitoring_title:
        print('Monitoring:', plan.props.monitoring_title)
    period = date_range(plan.get_monitoring_start(), plan.get_monitoring_end(), language)
    if period:
        print('Monitoring period:', period)

    for macroarea in plan.get_macroareas():
        code = macroarea.props.code
        print('\n%s%s' % (code + '. ' if code else '', macroarea.props.title))
        for objective in plan.get_objectives():
            if objective.get_macroarea() == macroarea:
                print_objective(objective)

    orphans = [o for o in plan.get_objectives() if o.get_macroarea() is None]
    if orphans:
        print('\nObjectives without a macroarea')
        for objective in orphans:
            print_objective(objective)

    if len(plan.get_projects()):
        print('\nProjects')
    for project in plan.get_projects():
        line = '  - %s [%s]: %s' % (project.props.title, project.props.status.value_nick,
                                    count(len(project.get_actions()), 'action'))
        naming = [a for o in plan.get_objectives() for a in o.get_actions()
                  if project in a.get_projects()]
        if naming:
            line += ', named by %s of objectives' % count(len(naming), 'action')
        print(line)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
