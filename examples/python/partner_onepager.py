#!/usr/bin/python3
# partner_onepager.py: a Markdown one-pager per partner of a plan
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Usage: partner_onepager.py [FILE] OUTDIR [--lang it|en]
#
# Writes OUTDIR/PARTNER-ID.md for each partner of the plan: who it is, the
# figures of what it takes part in (Pdz.Stats over a Pdz.Query), and the
# objectives, projects and actions themselves, with their roles and dates.
# A custom report built from the object model, where Pdz.Report writes the
# standard one. Convert a page with `pandoc PARTNER-ID.md -o PARTNER-ID.docx`.
#
# From a build tree, run it as
#   GI_TYPELIB_PATH=_build/libpdz LD_LIBRARY_PATH=_build/libpdz \
#   PYTHONPATH=bindings/python examples/python/partner_onepager.py OUTDIR

import os
import re
import sys

import gi

gi.require_version('Pdz', '1.0')
from gi.repository import Pdz  # noqa: E402

EXAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                       '..', 'data', 'corsichese-2021-2023.json')

WORDS = {
    'it': {
        'kind': 'Tipologia', 'website': 'Sito web', 'figures': 'In cifre',
        'actions': 'Azioni', 'projects': 'Progetti', 'objectives': 'Obiettivi',
        'completed': 'di cui concluse', 'roles': 'Ruoli', 'undated': 'senza data',
        'none': 'Nessuna.', 'plan': 'Piano',
    },
    'en': {
        'kind': 'Type', 'website': 'Website', 'figures': 'Figures',
        'actions': 'Actions', 'projects': 'Projects', 'objectives': 'Objectives',
        'completed': 'of which completed', 'roles': 'Roles', 'undated': 'undated',
        'none': 'None.', 'plan': 'Plan',
    },
}


def md(text):
    """Plan text made inert in Markdown, as the report's own writer does."""
    text = re.sub(r'\s+', ' ', text or '').strip()
    text = re.sub(r'([\\`*_{}\[\]<>#|~^$@&])', r'\\\1', text)
    return re.sub(r'^([-+=:]|\d+[.)])', lambda m: m.group(0)[:-1] + '\\' + m.group(0)[-1], text)


def nick(value):
    return value.value_nick


def roles_of(participations, partner):
    return sorted({nick(p.props.role) for p in participations if p.props.partner == partner})


def one_pager(plan, partner, language):
    w = WORDS[language]
    query = Pdz.Query(plan=plan, partners=[partner.props.id])
    stats = Pdz.Stats.new_for_query(query)
    # a table iterates as dicts, one per row
    by_status = {row['status']: row['actions'] for row in stats.by_status()}

    lines = ['# %s' % md(partner.props.name), '']
    lines.append('*%s* · %s' % (md(plan.props.title), md(plan.props.ambito)))
    lines.append('')
    lines.append('**%s:** %s' % (w['kind'], nick(partner.props.kind)))
    if partner.props.website:
        lines.append('')
        lines.append('**%s:** <%s>' % (w['website'], partner.props.website)
                     if re.fullmatch(r'https?://[^\s<>()"\']+', partner.props.website)
                     else '**%s:** %s' % (w['website'], md(partner.props.website)))
    lines += ['', '## %s' % w['figures'], '',
              '- %s: %d (%s: %d)' % (w['actions'], stats.props.n_actions,
                                     w['completed'], by_status.get('completed', 0)),
              '- %s: %d' % (w['projects'], stats.props.n_projects),
              '- %s: %d' % (w['objectives'], stats.props.n_objectives), '']

    lines += ['## %s' % w['objectives'], '']
    objectives = list(query.find_objectives())
    for objective in objectives:
        roles = roles_of(objective.get_participations(), partner)
        lines.append('- %s%s' % (md(objective.props.title), ' (%s)' % ', '.join(roles) if roles else ''))
    if not objectives:
        lines += [w['none'], '']
    else:
        lines.append('')

    lines += ['## %s' % w['projects'], '']
    projects = list(query.find_projects())
    for project in projects:
        roles = roles_of(project.get_participations(), partner)
        if project.props.lead == partner:
            roles = sorted(set(roles) | {'lead'})
        lines.append('- **%s** (%s)%s' % (md(project.props.title), nick(project.props.scope),
                                          ': ' + ', '.join(roles) if roles else ''))
    if not projects:
        lines += [w['none'], '']
    else:
        lines.append('')

    lines += ['## %s' % w['actions'], '']
    actions = list(query.find_actions())
    for action in actions:
        # its own date, or the dates of the events it names
        dates = [action.props.date] if action.props.date is not None else \
            [m.props.date for m in action.get_milestones()]
        when = ', '.join(d.format(language) for d in dates) or w['undated']
        roles = roles_of(action.get_participations(), partner)
        lines.append('- **%s** — %s [%s]%s' % (md(when), md(action.props.title),
                                               nick(action.props.status),
                                               ' (%s)' % ', '.join(roles) if roles else ''))
    if not actions:
        lines += [w['none'], '']
    else:
        lines.append('')

    return '\n'.join(line for line in lines).rstrip('\n') + '\n'


def main(argv):
    language = None
    if '--lang' in argv:
        i = argv.index('--lang')
        language = argv[i + 1]
        del argv[i:i + 2]
    if len(argv) == 3:
        path, outdir = argv[1], argv[2]
    elif len(argv) == 2:
        path, outdir = EXAMPLE, argv[1]
    else:
        print('Usage: %s [FILE] OUTDIR [--lang it|en]' % argv[0], file=sys.stderr)
        return 1

    plan = Pdz.Plan.load_path(path)
    language = language or (plan.props.language or 'it')[:2]
    if language not in WORDS:
        language = 'en'
    os.makedirs(outdir, exist_ok=True)

    for partner in plan.get_partners():
        # ids are plain names in practice, but never trust them as paths
        name = re.sub(r'[^A-Za-z0-9._-]', '_', partner.props.id) + '.md'
        out = os.path.join(outdir, name)
        with open(out, 'w', encoding='utf-8') as f:
            f.write(one_pager(plan, partner, language))
        print(out)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
