# test_report_figures.py: every count the report shows, checked against
# PdzStats and against the project's generator's own count
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The cross-check of the "figures an office can sign" issue: the example
# plan and generated plans (tests/gen/pdzgen.py: projects that serve
# objectives and hold actions, sub-actions, milestones, every not-stated
# field) are rendered in HTML, CSV and XLSX through the bindings; every
# count is parsed back out of the HTML key figures, summary table, charts
# (their titles, descriptions and bars) and the sentences that stand in for
# a chart, out of the CSV tables and out of the XLSX (openpyxl), and each
# must equal the PdzStats figure and pdzgen.count()'s, which is written
# independently of libpdz. Then the done-when of the issue, on the example.

import csv
import html.parser
import io
import json
import pathlib
import re
import sys

import openpyxl
import pytest

from gi.repository import GLib, Pdz

SOURCE_ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(SOURCE_ROOT / 'tests' / 'gen'))
import pdzgen  # noqa: E402

STATUSES = ['planned', 'in-progress', 'completed', 'suspended', 'cancelled', 'not-stated']
COLUMNS = {'Previste': 'planned', 'In corso': 'in-progress', 'Concluse': 'completed',
           'Sospese': 'suspended', 'Annullate': 'cancelled', 'Non indicato': 'not-stated'}
GENERATED = [(seed, hostile) for seed in (1, 2, 3, 5, 8, 13) for hostile in (False, True)]


# Rendering ------------------------------------------------------------------------

def render(plan, fmt, table=None, language='it', query=None):
    report = Pdz.Report.new(plan)
    report.props.generated = GLib.DateTime.new_utc(2023, 11, 14, 12, 0, 0)
    report.props.format = fmt
    report.props.language = language
    if table is not None:
        report.props.table = table
    if query is not None:
        report.props.query = query
    return report.to_bytes(None).get_data()


def csv_table(plan, table, query=None):
    text = render(plan, Pdz.ReportFormat.CSV, table, query=query).decode('utf-8')
    rows = list(csv.reader(io.StringIO(text, newline='')))
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def workbook(plan, query=None):
    return openpyxl.load_workbook(io.BytesIO(render(plan, Pdz.ReportFormat.XLSX, query=query)))


# A small tree of the HTML, our own output ------------------------------------------

VOID = {'meta', 'br', 'img', 'link', 'hr', 'input'}


class Node:
    def __init__(self, tag, attrs):
        self.tag = tag
        self.attrs = dict(attrs)
        self.children = []

    @property
    def classes(self):
        return (self.attrs.get('class') or '').split()

    def text(self):
        return ''.join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag=None, cls=None, **attrs):
        return [n for n in self.iter()
                if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)
                and all(n.attrs.get(k) == v for k, v in attrs.items())]

    def find(self, tag=None, cls=None, **attrs):
        found = self.find_all(tag, cls, **attrs)
        return found[0] if found else None

    def child_elements(self, tag):
        return [c for c in self.children if isinstance(c, Node) and c.tag == tag]


class TreeBuilder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('#root', {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs)
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, attrs))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse_html(data):
    builder = TreeBuilder()
    builder.feed(data.decode('utf-8'))
    builder.close()
    return builder.root


def number(text):
    return int(text.replace('.', '').replace('\u00a0', '').strip())


def squash(text):
    return re.sub(r'\s+', ' ', text).strip()


# What PdzStats says -------------------------------------------------------------

def rows(table):
    return [table.get_item(i) for i in range(table.get_n_items())]


def status_counts(row):
    return {s: row.get_int('actions-' + s) for s in STATUSES}


class Figures:
    """The PdzStats figures of a plan (or of a query)."""

    def __init__(self, plan, query=None):
        stats = Pdz.Stats.new_for_query(query) if query is not None else Pdz.Stats.new(plan)
        self.stats = stats
        self.by_status = {r.get_key(): r.get_int('actions') for r in rows(stats.by_status())}
        self.by_origin = {r.get_key(): r.get_int('actions') for r in rows(stats.by_origin())}
        self.by_objective = rows(stats.by_objective())
        self.by_macroarea = rows(stats.by_macroarea())
        self.by_project = {r.get_key(): r for r in rows(stats.by_project())}
        self.by_partner = {r.get_key(): r for r in rows(stats.by_partner())}
        self.sources = rows(stats.by_funding_source())
        self.by_year = rows(stats.by_year())
        self.actions = stats.get_n_actions()
        assert sum(self.by_status.values()) == self.actions
        objective_rows = [r for r in self.by_objective if r.get_string('group') == 'objective']
        self.objectives = len(objective_rows)
        self.health_objectives = sum(1 for r in objective_rows if r.get_string('kind') == 'health-integration')
        self.project_actions = sum(r.get_int('actions') for r in self.by_objective
                                   if r.get_string('group') == 'project-actions')
        self.projects = len(self.by_project)


def check_stats_against_pdzgen(fig, counted):
    """PdzStats and the generator's independent count agree."""
    assert fig.actions == counted['actions']
    assert fig.by_status == counted['by-status']
    assert fig.by_origin == counted['by-origin']
    assert fig.objectives == counted['objectives']
    assert fig.projects == counted['projects']
    assert fig.project_actions == counted['project-actions']
    per_objective = {r.get_key(): r.get_int('actions') for r in fig.by_objective
                     if r.get_string('group') == 'objective'}
    assert per_objective == counted['by-objective']['rows']
    for r in fig.by_objective:
        if r.get_string('group') == 'objective':
            assert status_counts(r) == counted['by-objective-status']['rows'][r.get_key()]
        else:
            assert status_counts(r) == counted['by-objective-status']['project-actions']
    for r in fig.by_macroarea:
        group = r.get_string('group')
        expected = (counted['by-macroarea-status']['project-actions'] if group == 'project-actions'
                    else counted['by-macroarea-status']['rows'][r.get_key()])
        assert status_counts(r) == expected, r.get_key()
    assert {k: r.get_int('actions') for k, r in fig.by_project.items()} == counted['by-project']
    assert sum(r.get_int('milestones') for r in fig.by_year) == counted['milestones']
    assert sum(r.get_int('actions') for r in fig.by_year if r.get_key() != 'undated') == counted['dated-actions']


# The HTML ------------------------------------------------------------------------

def key_figures(page):
    items = [squash(li.text()) for li in page.find('ul', 'figures').child_elements('li')]
    found = {}
    for item in items:
        if m := re.fullmatch(r'Obiettivi: ([\d.]+)(?: \(([\d.]+) del Piano, ([\d.]+) di integrazione sociosanitaria\))?', item):
            found['objectives'] = number(m[1])
            found['objectives-split'] = (number(m[2]), number(m[3])) if m[2] else None
        elif m := re.fullmatch(r'Azioni: ([\d.]+)(?: \(([\d.]+) negli obiettivi, ([\d.]+) nei progetti\))?', item):
            found['actions'] = number(m[1])
            found['actions-split'] = (number(m[2]), number(m[3])) if m[2] else None
        elif m := re.fullmatch(r'([\d.]+) di ([\d.]+) azioni concluse \((\d+)%\)', item):
            found['completed'] = (number(m[1]), number(m[2]), int(m[3]))
        elif m := re.fullmatch(r'([\d.]+) di ([\d.]+) azioni previste dal Piano(?:; origine non indicata per ([\d.]+))?', item):
            found['planned'] = (number(m[1]), number(m[2]), number(m[3]) if m[3] else 0)
        elif m := re.fullmatch(r'([\d.]+) di ([\d.]+) azioni extra', item):
            found['extra'] = (number(m[1]), number(m[2]))
        elif m := re.fullmatch(r'Progetti: ([\d.]+)', item):
            found['projects'] = number(m[1])
        elif m := re.fullmatch(r'Partner: ([\d.]+)(?: \(oltre a ([\d.]+) organ[oi] dell’Ambito\))?', item):
            found['partners'] = (number(m[1]), number(m[2]) if m[2] else 0)
        else:
            raise AssertionError('a key figure the test cannot read: %r' % item)
    assert len(found) == 9, items
    return found


def summary_table(page):
    """The summary's rows: (group, objective, status, {status: n}, total), and
    the row of totals."""
    table = page.find('table', 'summary')
    header = [squash(th.text()) for th in table.find('thead').find_all('th')]
    assert header[:3] == ['Macroarea', 'Obiettivo', 'Stato'] and header[-1] == 'Azioni'
    assert 'Non indicato' in header
    out, total, group = [], None, None
    for tr in table.find('tbody').child_elements('tr'):
        cells = [c for c in tr.children if isinstance(c, Node) and c.tag in ('th', 'td')]
        if cells[0].tag == 'th':
            group = squash(cells[0].text())
            cells = cells[1:]
        values = [squash(c.text()) for c in cells]
        counts = {COLUMNS[h]: number(v) for h, v in zip(header[3:-1], values[2:-1]) if v != ''}
        row = (group, values[0], values[1], counts, number(values[-1]) if values[-1] else None)
        if 'total' in tr.classes:
            total = row
        else:
            out.append(row)
    assert total is not None
    return header, out, total


def expected_summary_order(plan, fig):
    """The rows of the summary as the report groups them, from the model."""
    shown = {r.get_key() for r in fig.by_objective if r.get_string('group') == 'objective'}
    objectives = [o for o in plan.get_objectives() if o.props.id in shown]
    order = []
    for m in plan.get_macroareas():
        mine = [o for o in objectives if o.get_macroarea() is m]
        order += mine if mine else [None]
    order += [o for o in objectives if o.get_macroarea() is None and o.props.kind == Pdz.ObjectiveKind.PLAN]
    order += [o for o in objectives if o.get_macroarea() is None and o.props.kind != Pdz.ObjectiveKind.PLAN]
    return order


def status_chart(page):
    """The bars of the chart of statuses per macroarea: one dict per row."""
    figure = page.find('figure', id='chart-status')
    if figure is None:
        return None, None, []
    svg = figure.find('svg')
    bars = {}
    for rect in svg.find_all('rect'):
        title = rect.find('title')
        if title is None:
            continue
        m = re.fullmatch(r'(\d+) (.+)', squash(title.text()))
        bars.setdefault(float(rect.attrs['y']), {})[COLUMNS[m[2]]] = int(m[1])
    legend = [squash(t.text()) for t in svg.find_all('text', 'legend')]
    desc = squash(svg.find('desc').text())
    return legend, desc, [bars[y] for y in sorted(bars)]


def time_chart(page):
    figure = page.find('figure', id='chart-timeline')
    if figure is None:
        sentence = page.find('p', 'no-chart')
        return None, squash(sentence.text()) if sentence else None, None
    svg = figure.find('svg')
    actions = milestones = 0
    for title in svg.find_all('title'):
        text = squash(title.text())
        if m := re.search(r': azioni: ([\d.]+)$', text):
            actions += number(m[1])
        elif m := re.search(r': tappe: ([\d.]+)$', text):
            milestones += number(m[1])
    return squash(svg.find('title').text()), squash(svg.find('desc').text()), (actions, milestones)


def in_period(fig, title):
    """What the chart over time should hold, read from the stats tables of its unit."""
    if 'per mese' in title:
        table, parts = rows(fig.stats.by_month()), range(1, 13)
    elif 'per trimestre' in title:
        table, parts = rows(fig.stats.by_quarter()), range(1, 5)
    else:
        table, parts = rows(fig.stats.by_year()), (0,)
    picked = [r for r in table if r.get_int('year') > 0 and r.get_int('part') in parts]
    return sum(r.get_int('actions') for r in picked), sum(r.get_int('milestones') for r in picked)


def check_html(plan, fig, counted):
    page = parse_html(render(plan, Pdz.ReportFormat.HTML))

    # The key figures, on one named base: the actions counted
    kf = key_figures(page)
    assert kf['objectives'] == fig.objectives == counted['objectives']
    if kf['objectives-split']:
        assert kf['objectives-split'] == (fig.objectives - fig.health_objectives, fig.health_objectives)
    assert kf['actions'] == fig.actions == counted['actions']
    if kf['actions-split']:
        assert kf['actions-split'] == (counted['objective-actions'], counted['project-actions'])
    assert sum(kf['actions-split'] or (kf['actions'],)) == kf['actions']
    completed = fig.by_status['completed']
    assert kf['completed'] == (completed, fig.actions, round(100 * completed / fig.actions) if fig.actions else 0)
    assert kf['planned'] == (fig.by_origin['planned'], fig.actions, fig.by_origin['not-stated'])
    assert kf['extra'] == (fig.by_origin['extra'], fig.actions)
    assert kf['projects'] == fig.projects == counted['projects']
    own = counted['partners-by-kind'].get('own-body', 0)
    assert kf['partners'] == (counted['partners'] - own, own)

    # The summary table: its rows are by_objective's, in the report's
    # groups, and add up to its row of totals, which is the key figures'
    header, table, total = summary_table(page)
    order = expected_summary_order(plan, fig)
    objective_rows = [r for r in table if r[1] != '—' or r[0] == 'Azioni dei progetti']
    assert len([r for r in table if r[0] != 'Azioni dei progetti']) == len(order)
    by_key = {r.get_key(): r for r in fig.by_objective}
    for (group, title, status, counts, n), objective in zip(table, order + [None]):
        if objective is None:
            continue
        row = by_key[objective.props.id]
        expected = status_counts(row)
        assert n == row.get_int('actions') == counted['by-objective']['rows'][objective.props.id]
        for s, v in counts.items():
            assert v == expected[s], (objective.props.id, s)
        assert sum(counts.values()) == n
    projects = [r for r in table if r[0] == 'Azioni dei progetti']
    assert [r[4] for r in projects] == ([counted['project-actions']] if counted['project-actions'] else [])
    assert total[0] == 'Totale'
    assert number(total[1]) == fig.objectives
    assert total[4] == fig.actions == sum(r[4] for r in objective_rows if r[4] is not None)
    for s, v in total[3].items():
        assert v == fig.by_status[s] == sum(r[3].get(s, 0) for r in table)
    # suspended and cancelled have a column when some action is; not stated always
    for label, s in COLUMNS.items():
        assert (label in header) == (s not in ('suspended', 'cancelled') or fig.by_status[s] > 0)

    # The chart of statuses: by_macroarea's rows that have actions, the
    # legend only what occurs, the description the same base
    legend, desc, bars = status_chart(page)
    with_actions = [r for r in fig.by_macroarea if r.get_int('actions') > 0]
    if fig.actions:
        assert desc.endswith('in tutto %s azioni.' % format(fig.actions, ',').replace(',', '.'))
        assert len(bars) == len(with_actions)
        for bar, row in zip(bars, with_actions):
            assert bar == {s: n for s, n in status_counts(row).items() if n > 0}
        occurring = {s for s, n in fig.by_status.items() if n > 0}
        assert {COLUMNS[label] for label in legend} == occurring
    else:
        assert bars == []

    # The chart over time, or the sentence that says why there is none
    title, desc, bars = time_chart(page)
    dated_actions, milestones = counted['dated-actions'], counted['milestones']
    if title is not None:
        assert bars == in_period(fig, title)
        assert sum(bars) >= 8
        m = re.search(r': ([\d.]+) in tutto\.', desc)
        assert number(m[1]) == sum(bars)
        if m := re.search(r'Con una data ma non nel grafico .*: ([\d.]+)\.', desc):
            assert number(m[1]) == dated_actions + milestones - sum(bars)
        else:
            assert sum(bars) == dated_actions + milestones
    elif desc is not None and dated_actions + milestones > 0:
        m = re.search(r'hanno una data ([\d.]+) tra azioni e tappe \(([\d.]+) azioni, ([\d.]+) tappe\), '
                      r'di cui ([\d.]+) nel periodo', desc)
        assert m, desc
        assert (number(m[1]), number(m[2]), number(m[3])) == (dated_actions + milestones, dated_actions, milestones)
        assert number(m[4]) < 8 or 'in 1 ' in desc or 'in 2 ' in desc
    else:
        assert dated_actions + milestones == 0 or not fig.actions

    # Funding: a chart of amounts when two sources state one, else the list
    figure = page.find('figure', id='chart-funding')
    with_amount = [r for r in fig.sources if r.get_int('unknown-amounts') < r.get_int('fundings')]
    if figure is not None:
        assert len(with_amount) >= 2
        labels = [squash(t.text()) for t in figure.find('svg').find_all('text')
                  if re.search(r'\((\d+)\)$', squash(t.text()))]
        assert [int(re.search(r'\((\d+)\)$', label)[1]) for label in labels] == \
            [r.get_int('fundings') for r in fig.sources]
    elif fig.sources:
        assert len(with_amount) < 2
        items = [squash(li.text()) for li in page.find('ul', 'funding-sources').child_elements('li')]
        assert [number(re.search(r'finanziamenti: ([\d.]+);', i)[1]) for i in items] == \
            [r.get_int('fundings') for r in fig.sources]

    # The box of extra actions lists them all
    box = page.find('section', 'extra')
    items = box.find('ul', 'actions')
    assert (len(items.child_elements('li')) if items else 0) == fig.by_origin['extra']
    return page


# CSV and XLSX ---------------------------------------------------------------------

def check_tables(plan, fig, counted):
    objectives = csv_table(plan, Pdz.ReportTable.OBJECTIVES)
    assert len(objectives) == len(fig.by_objective)
    for row, counted_row in zip(objectives, fig.by_objective):
        expected = status_counts(counted_row)
        for label, s in COLUMNS.items():
            assert int(row[label]) == expected[s]
        assert int(row['N. azioni']) == counted_row.get_int('actions')
        if counted_row.get_string('group') == 'objective':
            assert row['ID'] == counted_row.get_key()
            assert int(row['N. azioni']) == counted['by-objective']['rows'][row['ID']]
        else:
            assert row['Obiettivo'] == 'Azioni dei progetti'
            assert int(row['N. azioni']) == counted['project-actions']
    assert sum(int(r['N. azioni']) for r in objectives) == fig.actions

    # every action, each bullet and its sub-actions (with a parent)
    actions = csv_table(plan, Pdz.ReportTable.ACTIONS)
    assert len(actions) == counted['actions'] + counted['sub-actions']
    bullets = [r for r in actions if r['ID dell’azione principale'] == '']
    assert len(bullets) == fig.actions
    labels = {'prevista': 'planned', 'in corso': 'in-progress', 'conclusa': 'completed',
              'sospesa': 'suspended', 'annullata': 'cancelled', 'non indicato': 'not-stated'}
    for s in STATUSES:
        assert sum(1 for r in bullets if labels[r['Stato']] == s) == fig.by_status[s]
    origins = {'prevista dal Piano': 'planned', 'extra': 'extra', 'non indicata': 'not-stated'}
    for o in ('planned', 'extra', 'not-stated'):
        assert sum(1 for r in bullets if origins[r['Origine']] == o) == fig.by_origin[o]

    # N. azioni per project: its own actions (by_project)
    for row in csv_table(plan, Pdz.ReportTable.PROJECTS):
        key = unguard(row['ID'], fig.by_project)
        assert int(row['N. azioni']) == fig.by_project[key].get_int('actions') == counted['by-project'][key]

    for row in csv_table(plan, Pdz.ReportTable.PARTNERS):
        counted_row = fig.by_partner.get(unguard(row['ID'], fig.by_partner))
        assert int(row['N. azioni']) == (counted_row.get_int('actions') if counted_row else 0)

    # The workbook: the same key figures, each share with its base
    book = workbook(plan)
    summary = book[book.sheetnames[0]]
    cells = [list(r) for r in summary.iter_rows(values_only=True)]
    start = next(i for i, r in enumerate(cells) if r[0] == 'Dato')
    assert cells[start][:4] == ['Dato', 'Numero', 'Su', 'Quota']
    key = {}
    for r in cells[start + 1:]:
        if r[0] is None:
            break
        key[r[0]] = tuple(r[1:4])
    assert key['Obiettivi'][0] == fig.objectives
    assert key['Azioni'][0] == fig.actions
    shares = {'Azioni concluse': fig.by_status['completed'],
              'Azioni previste dal Piano': fig.by_origin['planned'],
              'Azioni con origine non indicata': fig.by_origin['not-stated'],
              'Azioni extra': fig.by_origin['extra']}
    for label, n in shares.items():
        assert key[label][:2] == (n, fig.actions)
        assert key[label][2] == pytest.approx(n / fig.actions if fig.actions else 0)
    assert key['Progetti'][0] == fig.projects
    own = counted['partners-by-kind'].get('own-body', 0)
    assert key['Partner'][0] == counted['partners'] - own
    assert key['Organi dell’Ambito'][0] == own

    start = next(i for i, r in enumerate(cells) if r[0] == 'Macroarea')
    head = cells[start]
    table = []
    for r in cells[start + 1:]:
        table.append(r)
        if r[0] == 'Totale':
            break
    assert len(table) == len(fig.by_macroarea) + 1
    for r, counted_row in zip(table, fig.by_macroarea):
        expected = status_counts(counted_row)
        for label, s in COLUMNS.items():
            assert r[head.index(label)] == expected[s]
        assert r[head.index('N. azioni')] == counted_row.get_int('actions')
    for label, s in COLUMNS.items():
        assert table[-1][head.index(label)] == fig.by_status[s]
    assert table[-1][head.index('N. azioni')] == fig.actions

    sheet = book['Obiettivi']
    header = [c.value for c in sheet[1]]
    values = [list(r) for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert [v[header.index('N. azioni')] for v in values] == [r.get_int('actions') for r in fig.by_objective]

    sheet = book['Progetti']
    header = [c.value for c in sheet[1]]
    for v in sheet.iter_rows(min_row=2, values_only=True):
        assert v[header.index('N. azioni')] == counted['by-project'][v[header.index('ID')]]

    # An amount not known is an empty cell, never € 0,00
    sheet = book['Finanziamenti']
    header = [c.value for c in sheet[1]]
    amounts = [v[header.index('Importo (euro)')] for v in sheet.iter_rows(min_row=2, values_only=True)]
    stated = [f.get('amount') for owner, f in fundings_of(counted_plan(plan))]
    assert [a is None for a in amounts] == [a is None for a in stated]
    assert all(a is None or isinstance(a, (int, float)) for a in amounts)


def unguard(cell, keys):
    """A CSV cell as it was before the formula guard put an apostrophe before it"""
    return cell[1:] if cell not in keys and cell.startswith("'") and cell[1:] in keys else cell


def counted_plan(plan):
    return json.loads(plan.to_data())


def fundings_of(plan):
    """(owner, funding) in the report's order: projects' fundings first, then
    every action's, each bullet followed by its sub-actions"""
    out = [(p['id'], f) for p in plan.get('projects', []) for f in p.get('fundings', [])]
    holders = [o for o in plan.get('objectives', [])] + [p for p in plan.get('projects', [])]
    for holder in holders:
        for a in holder.get('actions', []):
            out += [(a['id'], f) for f in a.get('fundings', [])]
            for sub in a.get('actions', []):
                out += [(sub['id'], f) for f in sub.get('fundings', [])]
    return out


def cross_check(plan, plan_dict):
    fig = Figures(plan)
    counted = pdzgen.count(plan_dict)
    check_stats_against_pdzgen(fig, counted)
    check_html(plan, fig, counted)
    check_tables(plan, fig, counted)


def test_cross_check_example(example_plan, example_path):
    cross_check(example_plan, json.loads(example_path.read_text(encoding='utf-8')))


@pytest.mark.parametrize('seed,hostile', GENERATED)
def test_cross_check_generated(seed, hostile):
    plan_dict = pdzgen.generate(seed, hostile=hostile)
    plan = Pdz.Plan.new_from_data(pdzgen.dump(plan_dict))
    cross_check(plan, plan_dict)


def test_cross_check_generated_with_every_chart():
    # a plan with many dated actions and amounts: all three charts are drawn
    plan_dict = pdzgen.generate(21, objectives=8, actions=8, funding_rate=0.9, projects=4)
    plan = Pdz.Plan.new_from_data(pdzgen.dump(plan_dict))
    page = parse_html(render(plan, Pdz.ReportFormat.HTML))
    assert page.find('figure', id='chart-timeline') is not None
    assert page.find('figure', id='chart-funding') is not None
    cross_check(plan, plan_dict)


# The example, as the done-when asks -------------------------------------

# Bullets (or paragraphs) under each objective of the seed, counted by hand
# from the seed's slides, independently of the plan file.
SEED_BULLETS = {
    'Agenzia dell’Abitare': 1,
    'Emergenza abitativa': 4,
    'Sviluppare forme di collaborazione e coprogettazione sui bandi di finanziamento rivolti ai giovani e ai NEET': 1,
    'Ridefinizione del Servizio Tutela Minori': 2,
    'Portale dell’Ambito territoriale': 1,
    'Potenziamento Cartella Sociale Informatizzata': 1,
    'Tavolo di intervisione': 2,
    'Rete della co-progettazione': 2,
    'Mantenere e potenziare la gestione associata': 7,
    'Rafforzamento Integrazione sociosanitaria': 6,
    'Attuazione del Piano Povertà': 2,
}

# Every date of the seed, as the report prints it beside its bullet (a
# milestone: "tappa DATE — ...")
SEED_DATES = [
    ('novembre 2023', 'Stakeholder consultati durante tavoli coprogrammazione'),
    ('24 gennaio 2023', 'Sottoscrizione del Protocollo di intesa'),
    ('2022', 'Bando ANCI-NEET 2022'),
    ('2023', 'Bando La Lombardia è dei Giovani 2023'),
    ('2022', 'Organizzazione primo tavolo di confronto'),
    ('30 maggio 2023', 'Tavolo di confronto'),
    ('giugno 2023', 'Tavoli coprogrammazione giugno'),
    ('novembre 2023', 'Tavoli coprogrammazione novembre'),
    ('2024', 'Accreditamento transitorio per il 2024'),
]


def test_example_done_when(example_plan):
    page = parse_html(render(example_plan, Pdz.ReportFormat.HTML))
    text = squash(page.text())

    # The ASST objectives are "non indicato", in their section and in the summary
    section = next(s for s in page.find_all('section') if s.find('h2', id='health-integration'))
    items = section.find('ul', 'objectives').child_elements('li')
    assert len(items) == 8
    for li in items:
        assert squash(li.find('span', 'status').text()) == 'non indicato'
    header, table, total = summary_table(page)
    health = [r for r in table if r[0] == 'Integrazione sociosanitaria']
    assert len(health) == 8 and all(r[2] == 'non indicato' for r in health)

    # No "previste dal Piano" figure built from defaults: the example marks
    # no action as planned, and says for how many the origin is not stated
    kf = key_figures(page)
    assert kf['planned'] == (0, 31, 30)
    assert 'Azioni previste dal Piano: 65' not in text
    assert '0 di 31 azioni previste dal Piano; origine non indicata per 30' in text

    # 29 bullets under the eleven objectives, as counted by hand
    plan_rows = [r for r in table if r[1] in SEED_BULLETS]
    assert len(plan_rows) == 11
    assert {r[1]: r[4] for r in plan_rows} == SEED_BULLETS
    assert sum(SEED_BULLETS.values()) == 29
    for objective in example_plan.get_objectives():
        if objective.props.title in SEED_BULLETS:
            assert len(objective.get_actions()) == SEED_BULLETS[objective.props.title]

    # the two sub-points nested under their bullet, in every format
    bullet = next(li for li in page.find_all('li')
                  if squash(li.text()).startswith('Protocollo operativo dell’Ufficio di Piano'))
    nested = bullet.find('ul', 'sub').child_elements('li')
    assert [squash(li.text()).split(' ')[0] for li in nested] == ['Ricerca', 'Rinnovo']
    md = render(example_plan, Pdz.ReportFormat.MARKDOWN).decode('utf-8')
    assert re.search(r'^- Protocollo operativo dell’Ufficio di Piano.*\n(  .*\n)*'
                     r'  - Ricerca valutativa empirica.*\n(    .*\n)*'
                     r'  - Rinnovo «ponte» bando', md, re.MULTILINE)
    actions = csv_table(example_plan, Pdz.ReportTable.ACTIONS)
    subs = [r for r in actions if r['ID dell’azione principale'] == 'gestione-associata-3']
    assert [r['ID'] for r in subs] == ['gestione-associata-3-a', 'gestione-associata-3-b']
    sheet = workbook(example_plan)['Azioni']
    header = [c.value for c in sheet[1]]
    parents = [r[header.index('ID dell’azione principale')] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert parents.count('gestione-associata-3') == 2

    # every date of the seed kept, beside its bullet, in every format
    milestones = [squash(li.text()) for li in page.find_all('li')
                  if li.find('span', 'milestone') is not None and li.find('span', 'milestone') is li.children[0]]
    for date, title in SEED_DATES:
        assert any(m.startswith('tappa %s — %s' % (date, title)) for m in milestones), (date, title)
        assert '**%s** — %s' % (date, title) in md
    cells = ' | '.join(r['Tappe'] for r in actions)
    xlsx_cells = ' | '.join(r[header.index('Tappe')] or '' for r in sheet.iter_rows(min_row=2, values_only=True))
    for date, title in SEED_DATES:
        assert '%s — %s' % (date, title) in cells
        assert '%s — %s' % (date, title) in xlsx_cells
    # ...and those past the round's end marked, as pdz_plan_check() finds them
    outside = [m for m in milestones if m.endswith('fuori periodo')]
    assert len(outside) == 3
    marked = [r['ID'] for r in actions if r['Fuori dal periodo del monitoraggio'] == 'sì']
    assert marked == ['agenzia-abitare-1', 'rete-coprogettazione-1', 'gestione-associata-3-b']

    # Figures that add up on one named base: 31 actions
    assert kf['actions'] == 31 and kf['actions-split'] == (29, 2)
    assert kf['completed'] == (10, 31, 32)
    assert kf['extra'] == (1, 31)
    assert total[4] == 31 and sum(r[4] for r in table if r[4] is not None) == 31
    legend, desc, bars = status_chart(page)
    assert desc.endswith('in tutto 31 azioni.')
    assert sum(sum(b.values()) for b in bars) == 31


def test_example_in_english(example_plan):
    page = parse_html(render(example_plan, Pdz.ReportFormat.HTML, language='en'))
    items = [squash(li.text()) for li in page.find('ul', 'figures').child_elements('li')]
    assert '10 of 31 actions completed (32%)' in items
    assert '0 of 31 actions foreseen by the plan; origin not stated for 30' in items
    assert '1 of 31 actions were extra' in items
    assert 'No chart over time: 9 actions and milestones have a date (0 actions, 9 milestones), ' \
           '8 of them within 2022 – 2023, in 2 years; a chart needs at least 8 within the period, ' \
           'in at least 3 years.' in squash(page.find('p', 'no-chart').text())


# A report limited by a query -------------------------------------------------------

@pytest.mark.parametrize('criterion,values', [
    ('macroareas', ['azioni-di-sistema']),
    ('macroareas', ['politiche-abitative', 'interventi-famiglia']),
    ('partners', ['ads']),
    ('partners', ['asst-santi-paolo-carlo', 'afol']),
])
def test_query_subset(example_plan, criterion, values):
    query = Pdz.Query.new(example_plan)
    getattr(query, 'set_' + criterion)(values)
    fig = Figures(example_plan, query)
    assert 0 < fig.actions < 31

    page = parse_html(render(example_plan, Pdz.ReportFormat.HTML, query=query))
    text = squash(page.text())
    assert 'Estratto: %d delle 31 azioni del Piano' % fig.actions in text
    kf = key_figures(page)
    assert kf['actions'] == fig.actions
    assert kf['completed'][:2] == (fig.by_status['completed'], fig.actions)
    assert kf['planned'] == (fig.by_origin['planned'], fig.actions, fig.by_origin['not-stated'])
    assert kf['objectives'] == fig.objectives
    assert kf['projects'] == fig.projects
    header, table, total = summary_table(page)
    assert total[4] == fig.actions == sum(r[4] for r in table if r[4] is not None)
    for s, v in total[3].items():
        assert v == fig.by_status[s]

    # the tables: the same bullets, objectives and projects
    objectives = csv_table(example_plan, Pdz.ReportTable.OBJECTIVES, query=query)
    assert [int(r['N. azioni']) for r in objectives] == [r.get_int('actions') for r in fig.by_objective]
    actions = csv_table(example_plan, Pdz.ReportTable.ACTIONS, query=query)
    bullets = [r['ID'] for r in actions if r['ID dell’azione principale'] == '']
    counted = fig.stats.dup_actions()
    assert bullets == [counted.get_item(i).props.id for i in range(counted.get_n_items())]
    projects = csv_table(example_plan, Pdz.ReportTable.PROJECTS, query=query)
    assert sorted(r['ID'] for r in projects) == sorted(fig.by_project)
    book = workbook(example_plan, query=query)
    cells = [list(r) for r in book[book.sheetnames[0]].iter_rows(values_only=True)]
    start = next(i for i, r in enumerate(cells) if r[0] == 'Dato')
    assert cells[start + 2][:2] == ['Azioni', fig.actions]


def test_query_subset_per_partner_lists_the_partner(example_plan):
    query = Pdz.Query.new(example_plan)
    query.set_partners(['aler'])
    page = parse_html(render(example_plan, Pdz.ReportFormat.HTML, query=query))
    section = next(s for s in page.find_all('section') if s.find('h2', id='partners'))
    names = [squash(tr.find('td').text()) for tr in section.find('tbody').child_elements('tr')]
    assert names[0].startswith('ALER')
    # only the partners of what the query finds
    assert all(not n.startswith('AFOL') for n in names)


# Amounts --------------------------------------------------------------------------

def test_xlsx_unknown_amounts_are_empty(example_plan):
    # the example states no amount: no cell says € 0,00
    book = workbook(example_plan)
    cells = [list(r) for r in book[book.sheetnames[0]].iter_rows(values_only=True)]
    start = next(i for i, r in enumerate(cells) if r[0] == 'Fonte')
    column = cells[start].index('Importo (euro)')
    sources = [r for r in cells[start + 1:] if r[0] is not None]
    assert len(sources) == 7
    assert all(r[column] is None for r in sources)
    for name in ('Progetti', 'Finanziamenti'):
        sheet = book[name]
        header = [c.value for c in sheet[1]]
        assert all(r[header.index('Importo (euro)')] is None
                   for r in sheet.iter_rows(min_row=2, values_only=True))


def funded_plan(amounts):
    plan = Pdz.Plan.new()
    plan.props.title = 'Piano'
    project = Pdz.Project.new('p', 'Progetto')
    for source, amount in amounts:
        funding = Pdz.Funding.new(source)
        funding.props.amount = amount
        project.add_funding(funding)
    plan.add_project(project)
    return plan


@pytest.mark.parametrize('language,exact,overflow', [
    ('it', '€\u00a04.611.686.018.427.387,90', 'non calcolabile'),
    ('en', '€4,611,686,018,427,387.90', 'not computable'),
])
def test_amounts_in_every_format(language, exact, overflow):
    # an amount with every digit, in the output's language
    big = 461168601842738790
    plan = funded_plan([('PNRR', big), ('FNPS', 100)])
    page = render(plan, Pdz.ReportFormat.HTML, language=language).decode('utf-8')
    assert exact in page
    md = render(plan, Pdz.ReportFormat.MARKDOWN, language=language).decode('utf-8')
    assert exact in md
    book = openpyxl.load_workbook(io.BytesIO(render(plan, Pdz.ReportFormat.XLSX, language=language)))
    values = [c for sheet in book for r in sheet.iter_rows(values_only=True) for c in r]
    assert big / 100 in values

    # a total past 2^63 - 1 cents cannot be computed: every format says so
    half = 2 ** 62
    plan = funded_plan([('PNRR', half), ('PNRR', half), ('FNPS', 1)])
    for fmt in (Pdz.ReportFormat.HTML, Pdz.ReportFormat.MARKDOWN):
        text = render(plan, fmt, language=language).decode('utf-8')
        assert overflow in text
        assert '−' + exact[:3] not in text
    assert overflow in render(plan, Pdz.ReportFormat.CSV, Pdz.ReportTable.PROJECTS, language=language).decode()
    book = openpyxl.load_workbook(io.BytesIO(render(plan, Pdz.ReportFormat.XLSX, language=language)))
    texts = [c for sheet in book for r in sheet.iter_rows(values_only=True) for c in r if isinstance(c, str)]
    assert overflow in texts
    numbers = [c for sheet in book for r in sheet.iter_rows(values_only=True) for c in r
               if isinstance(c, (int, float))]
    assert all(n >= 0 for n in numbers)
