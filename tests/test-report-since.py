#!/usr/bin/python3
# test-report-since.py: `pdz report NEW --since OLD`, what changed since the
# previous monitoring round, in every format and in both languages
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The example's current round (examples/data/corsichese-2021-2023.json)
# against its earlier round (corsichese-2022-12.json), whose differences
# are known: one bullet went from in progress to completed
# (emergenza-abitativa-2), one from not stated to in progress, two
# projects became completed, agenzia-abitare-1 and others are new,
# Il Visconteo joined, four PNRR fundings were gained.
#
# - HTML, Markdown and PDF have the section right after the summary (and
#   its box of extra actions), before the charts: the old round named with
#   its span, the table of transitions, the lists of completed and new
#   actions, the partners and the funding; the sections of the macroareas
#   mark the changed actions;
# - the deck has it as slides after those of the summary;
# - CSV has the table `changes` (and changes.csv among every table), XLSX
#   a sheet "Modifiche" / "Changes" with the same rows;
# - two plans with different ids are refused unless --force; --force and
#   --table changes need --since; a plan against itself says nothing
#   changed.
#
# Run by meson with PDZ_TOOL and PDZ_EXAMPLES_DIR in the environment, under
# /usr/bin/python3 -m pytest. Needs the Debian packages python3-openpyxl,
# python3-odf and poppler-utils.

import csv
import html.parser
import importlib.util
import io
import json
import pathlib
import re
import subprocess

import pytest


def _load_sibling(name):
    """A test file of this folder, as a module: its helpers, shared."""
    path = pathlib.Path(__file__).with_name(name)
    spec = importlib.util.spec_from_file_location(path.stem.replace('-', '_'), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# pdz() runs the command as those tests do; UNAVAILABLE lists the formats
# this build leaves out
_paged = _load_sibling('test-report-paged.py')
pdz = _paged.pdz
MISSING = _paged.UNAVAILABLE
EXAMPLES_DIR = _paged.EXAMPLES_DIR
NEW = EXAMPLES_DIR / 'corsichese-2021-2023.json'
OLD = EXAMPLES_DIR / 'corsichese-2022-12.json'

# What each language says, and what it must not
TEXTS = {
    'it': {
        'heading': 'Cosa è cambiato dal monitoraggio precedente',
        'summary': 'Schema di sintesi',
        'extra': 'Azioni extra',
        'intro': 'Confronto con il monitoraggio precedente: '
                 'Monitoraggio attuazione e azioni extra (Marzo 2022 – Dicembre 2022).',
        'transitions': 'Cambi di stato',
        'transition': 'in corso → concluso',
        'projects_transition': 'non indicato → concluso',
        'completed': 'Azioni concluse',
        'added': 'Azioni nuove',
        'partners': 'Partner entrati e usciti',
        'joined': 'entrato',
        'funding': 'Finanziamenti ottenuti, persi o cambiati',
        'mark_new': 'nuovo',
        'mark_completed': 'concluso da in corso',
        'none': 'Nulla è cambiato dal monitoraggio precedente.',
        'sheet': 'Modifiche',
        'change_column': 'Modifica',
        'row_transition': 'Cambio di stato',
        'row_completed': 'Azione conclusa',
        'row_added': 'Azione nuova',
        'row_joined': 'Partner entrato',
        'row_gained': 'Finanziamenti ottenuti',
        'actions': 'Azioni',
        'projects': 'Progetti',
        'charts': 'Il monitoraggio in cifre',
    },
    'en': {
        'heading': 'What changed since the previous round',
        'summary': 'Summary',
        'extra': 'Extra actions',
        'intro': 'Compared with the previous round: '
                 'Monitoraggio attuazione e azioni extra (March 2022 – December 2022).',
        'transitions': 'Status changes',
        'transition': 'in progress → completed',
        'projects_transition': 'not stated → completed',
        'completed': 'Actions completed',
        'added': 'New actions',
        'partners': 'Partners that joined or left',
        'joined': 'joined',
        'funding': 'Funding gained, lost or changed',
        'mark_new': 'new',
        'mark_completed': 'completed, was in progress',
        'none': 'Nothing changed since the previous round.',
        'sheet': 'Changes',
        'change_column': 'Change',
        'row_transition': 'Status change',
        'row_completed': 'Action completed',
        'row_added': 'New action',
        'row_joined': 'Partner joined',
        'row_gained': 'Funding gained',
        'actions': 'Actions',
        'projects': 'Projects',
        'charts': 'At a glance',
    },
}
LANGUAGES = list(TEXTS)


def needs(fmt):
    return pytest.mark.skipif(fmt in MISSING, reason='this build has no %s writer' % fmt)


def action_title(plan_path, action_id):
    plan = json.loads(pathlib.Path(plan_path).read_text(encoding='utf-8'))
    for owner in plan.get('objectives', []) + plan.get('projects', []):
        for action in owner.get('actions', []):
            if action.get('id') == action_id:
                return action['title']
            for sub in action.get('actions', []):
                if sub.get('id') == action_id:
                    return sub['title']
    raise KeyError(action_id)


COMPLETED = action_title(NEW, 'emergenza-abitativa-2')
ADDED = action_title(NEW, 'agenzia-abitare-1')


class TextOf(html.parser.HTMLParser):
    """The text of an HTML page, one line per block, without the markup."""

    BLOCKS = {'p', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'section', 'div', 'br', 'table', 'ul'}

    def __init__(self):
        super().__init__()
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ('style', 'svg', 'title'):
            self.skip += 1
        if tag in self.BLOCKS:
            self.parts.append('\n')
        if tag in ('td', 'th'):
            self.parts.append(' | ')

    def handle_endtag(self, tag):
        if tag in ('style', 'svg', 'title'):
            self.skip -= 1
        if tag in self.BLOCKS:
            self.parts.append('\n')

    def handle_data(self, data):
        if self.skip == 0:
            self.parts.append(data)

    def text(self):
        return re.sub(r'[ \t]+', ' ', ''.join(self.parts))


def html_text(data):
    parser = TextOf()
    parser.feed(data)
    return parser.text()


def unescape_markdown(md):
    return re.sub(r'\\([\\`*_{}\[\]()#+\-.!|<>~"\'$&:;=@^])', r'\1', md)


def section_of(text, heading, next_heading):
    """The text from the section's heading to the next one's."""
    start = text.index(heading)
    end = text.index(next_heading, start + len(heading))
    return text[start:end]


def check_section(text, t, next_heading):
    """The section is right after the summary and its box, and says it all."""
    assert text.index(t['summary']) < text.index(t['extra']) < text.index(t['heading'])
    section = section_of(text, t['heading'], next_heading)
    flat = ' '.join(section.split())
    for key in ('intro', 'transitions', 'transition', 'projects_transition', 'completed', 'added',
                'partners', 'funding'):
        assert ' '.join(t[key].split()) in flat, (key, t[key])
    assert ' '.join(COMPLETED.split()) in flat
    assert ' '.join(ADDED.split()) in flat
    assert 'Il Visconteo' in flat and 'PNRR' in flat
    return section


def check_marks(text, t):
    """The macroareas (after the section) mark the changed actions."""
    after = text[text.index(t['heading']):]
    after = after[after.index(t['funding']):]
    flat = ' '.join(after.split())
    completed = flat.index(' '.join(COMPLETED.split()))
    assert flat.index(t['mark_completed'], completed) < completed + len(COMPLETED) + 80
    added = flat.index(' '.join(ADDED.split()))
    assert flat.index(t['mark_new'], added) < added + len(ADDED) + 40


@pytest.mark.parametrize('lang', LANGUAGES)
def test_html(tmp_path, lang):
    t = TEXTS[lang]
    out = tmp_path / 'report.html'
    pdz('report', NEW, '--since', OLD, '--lang', lang, '-o', out)
    page = out.read_text(encoding='utf-8')
    assert 'class="mark changed"' in page
    # from the summary on: the contents name every section first
    text = html_text(page[page.index('<section class="summary'):])
    section = check_section(text, t, '\n' + t['charts'] + '\n')
    # the table of transitions: one row per transition, its counts
    assert re.search(re.escape(t['transition']) + r' \| 1 \| 0 \| 0', section)
    assert re.search(re.escape(t['projects_transition']) + r' \| 0 \| 0 \| 2', section)
    check_marks(text, t)
    # the contents link to it
    assert '<a href="#changes">' + t['heading'] + '</a>' in page


@pytest.mark.parametrize('lang', LANGUAGES)
def test_markdown(tmp_path, lang):
    t = TEXTS[lang]
    out = tmp_path / 'report.md'
    pdz('report', NEW, '--since', OLD, '--lang', lang, '-o', out)
    md = unescape_markdown(out.read_text(encoding='utf-8'))
    assert '\n## ' + t['heading'] + '\n' in md
    assert '\n### ' + t['transitions'] + '\n' in md
    section = check_section(md, t, '\n## ')
    assert re.search(r'\| ' + re.escape(t['transition']) + r' \| 1 \| 0 \| 0 \|', section)
    check_marks(md, t)


@needs('pdf')
@pytest.mark.parametrize('lang', LANGUAGES)
def test_pdf(tmp_path, lang):
    t = TEXTS[lang]
    out = tmp_path / 'report.pdf'
    pdz('report', NEW, '--since', OLD, '--lang', lang, '-o', out)
    text = subprocess.run(['pdftotext', '-layout', out, '-'], capture_output=True, check=True).stdout.decode()
    text = text.replace('\f', '\n')
    # the outline (bookmarks) and the contents come first: from the section on
    body = text[text.index(t['extra'] + '\n'):]
    body = t['summary'] + '\n' + body
    check_section(body, t, '\n' + t['charts'] + '\n')
    assert re.search(re.escape(t['transition']) + r'\s+1\s+0\s+0', body)
    assert t['mark_completed'] in ' '.join(body.split())


@needs('odp')
@pytest.mark.parametrize('lang', LANGUAGES)
def test_odp(tmp_path, lang):
    from odf import draw, teletype
    from odf.opendocument import load

    t = TEXTS[lang]
    out = tmp_path / 'deck.odp'
    pdz('report', NEW, '--since', OLD, '--lang', lang, '-o', out)
    slides = []
    for page in load(str(out)).getElementsByType(draw.Page):
        frames = [teletype.extractText(f) for f in page.getElementsByType(draw.Frame)]
        slides.append(frames)
    titles = [frames[0].strip() if frames else '' for frames in slides]
    changes = [i for i, title in enumerate(titles) if title.startswith(t['heading'])]
    assert changes, titles
    summary = [i for i, title in enumerate(titles) if title.startswith(t['summary'])]
    # the slides of the section come right after those of the summary and
    # of its extra actions, as the section follows the summary's box of
    # extra actions in HTML, Markdown and PDF
    extra = [i for i, title in enumerate(titles) if title.startswith(('Azioni extra', 'Extra actions'))]
    assert summary and changes[0] == max(summary + [i for i in extra if i < changes[0]]) + 1
    assert changes == list(range(changes[0], changes[-1] + 1))
    shown = ' '.join(' '.join(' '.join(slides[i]).split()) for i in changes)
    for key in ('intro', 'transitions', 'completed', 'added', 'partners', 'funding'):
        assert ' '.join(t[key].split()) in shown, key
    assert t['transition'] + ' · ' + t['actions'] + ': 1' in shown
    assert t['projects_transition'] + ' · ' + t['projects'] + ': 2' in shown
    assert 'Il Visconteo' in shown


def csv_rows(data):
    return list(csv.reader(io.StringIO(data)))


@pytest.mark.parametrize('lang', LANGUAGES)
def test_csv_table(lang):
    t = TEXTS[lang]
    rows = csv_rows(pdz('report', NEW, '--since', OLD, '--lang', lang, '-f', 'csv',
                        '--table', 'changes').stdout.decode())
    assert rows[0][0] == t['change_column'] and len(rows[0]) == 8
    by_what = {}
    for row in rows[1:]:
        by_what.setdefault(row[0], []).append(row)
    transition = [r for r in by_what[t['row_transition']] if r[1] == 'in-progress:completed']
    assert transition and transition[0][2] == t['actions'] and transition[0][5] == '1'
    projects = [r for r in by_what[t['row_transition']] if r[1] == 'not-stated:completed']
    assert projects[0][2] == t['projects'] and projects[0][5] == '2'
    assert [r[1] for r in by_what[t['row_completed']]] == ['emergenza-abitativa-2']
    assert by_what[t['row_completed']][0][2] == COMPLETED
    assert 'agenzia-abitare-1' in [r[1] for r in by_what[t['row_added']]]
    assert 'il-visconteo' in [r[1] for r in by_what[t['row_joined']]] or \
        'Il Visconteo' in [r[2] for r in by_what[t['row_joined']]]
    pnrr = [r for r in by_what[t['row_gained']] if r[2] == 'PNRR']
    assert pnrr and pnrr[0][5] == '4'


def test_csv_every_table(tmp_path):
    out = tmp_path / 'tables'
    pdz('report', NEW, '--since', OLD, '-f', 'csv', '-o', out)
    assert (out / 'changes.csv').exists()
    without = tmp_path / 'without'
    pdz('report', NEW, '-f', 'csv', '-o', without)
    assert not (without / 'changes.csv').exists()


@needs('xlsx')
@pytest.mark.parametrize('lang', LANGUAGES)
def test_xlsx_sheet(tmp_path, lang):
    import openpyxl

    t = TEXTS[lang]
    out = tmp_path / 'report.xlsx'
    pdz('report', NEW, '--since', OLD, '--lang', lang, '-o', out)
    book = openpyxl.load_workbook(out)
    # beside the summary
    assert book.sheetnames[1] == t['sheet']
    sheet = book[t['sheet']]
    cells = [['' if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]
    rows = csv_rows(pdz('report', NEW, '--since', OLD, '--lang', lang, '-f', 'csv',
                        '--table', 'changes').stdout.decode())
    assert len(cells) == len(rows)
    for cell_row, csv_row in zip(cells, rows):
        assert [str(v) if not isinstance(v, float) else ('%.2f' % v) for v in cell_row[:6]] == csv_row[:6]
    # no sheet without a previous round
    plain = tmp_path / 'plain.xlsx'
    pdz('report', NEW, '--lang', lang, '-o', plain)
    assert t['sheet'] not in openpyxl.load_workbook(plain).sheetnames


def test_without_since_no_section():
    text = pdz('report', NEW, '-f', 'md').stdout.decode()
    assert TEXTS['it']['heading'] not in text
    assert 'concluso da' not in text


@pytest.mark.parametrize('lang', LANGUAGES)
def test_same_round_nothing_changed(lang):
    md = unescape_markdown(pdz('report', NEW, '--since', NEW, '--lang', lang, '-f', 'md').stdout.decode())
    section = section_of(md, TEXTS[lang]['heading'], '\n## ')
    assert TEXTS[lang]['none'] in section
    assert TEXTS[lang]['transitions'] not in section


def test_other_plan_refused_unless_forced(tmp_path):
    other = json.loads(OLD.read_text(encoding='utf-8'))
    other['id'] = 'another-plan'
    other_path = tmp_path / 'other.json'
    other_path.write_text(json.dumps(other, ensure_ascii=False), encoding='utf-8')

    refused = pdz('report', NEW, '--since', other_path, '-f', 'md', check=False)
    assert refused.returncode == 2
    message = refused.stderr.decode()
    assert message.startswith('pdz: report: %s: ' % other_path)
    assert 'not two rounds of one plan' in message and '--force' in message
    assert refused.stdout == b''

    forced = pdz('report', NEW, '--since', other_path, '--force', '-f', 'md')
    assert TEXTS['it']['heading'] in forced.stdout.decode()


@pytest.mark.parametrize('args, message', [
    (['--force'], '--since'),
    (['-f', 'csv', '--table', 'changes'], 'previous round'),
])
def test_usage(args, message):
    result = pdz('report', NEW, *args, check=False)
    assert result.returncode == 2
    assert message in result.stderr.decode()
