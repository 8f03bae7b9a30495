#!/usr/bin/python3
# test-report-paged.py: the PDF and the ODP slide deck, read by the tools
# their readers use, and the same bytes for the same plan in every binary
# format
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# PDF (poppler-utils' pdftotext, pdfinfo and pdffonts; qpdf):
# - every objective, action (and sub-action), project and partner of the
#   example plan is in the text, in Italian and in English;
# - it is tagged, titled, A4, with its fonts embedded, an outline entry for
#   every section and objective, and links whose destinations exist;
# - every page after the cover has its footer, "pagina N di M";
# - hostile plans (tests/gen/pdzgen.py --hostile) render, and every word
#   lies inside the page's margins.
# ODP: see the second half of this file.
# Reproducibility: two renderings of the same plan under SOURCE_DATE_EPOCH
# are the same bytes, for PDF, ODP and XLSX.
#
# Run by meson with PDZ_TOOL, PDZ_EXAMPLES_DIR and PDZ_TEST_DATA_DIR in the
# environment, under /usr/bin/python3 -m pytest. Needs the Debian packages
# poppler-utils, qpdf, python3-odf, gir1.2-pango-1.0 and python3-gi-cairo.

import json
import os
import pathlib
import re
import subprocess
import sys

import pytest

SOURCE_ROOT = pathlib.Path(__file__).resolve().parents[1]
PDZ = os.environ.get('PDZ_TOOL', str(SOURCE_ROOT / '_build' / 'tools' / 'pdz'))
EXAMPLES_DIR = pathlib.Path(os.environ.get('PDZ_EXAMPLES_DIR', SOURCE_ROOT / 'examples' / 'data'))
EXAMPLE = EXAMPLES_DIR / 'corsichese-2021-2023.json'

sys.path.insert(0, str(SOURCE_ROOT / 'tests' / 'gen'))
import pdzgen  # noqa: E402

# A4 in points, and the margins of pdz-report-pdf.c
PAGE_W, PAGE_H = 595.2756, 841.8898
MARGIN_X = 56.6929
HOSTILE_SEEDS = [7, 11]


def pdz(*args, env=None, check=True):
    env = {**os.environ, 'LC_ALL': 'C.UTF-8', 'SOURCE_DATE_EPOCH': '1700000000', **(env or {})}
    result = subprocess.run([PDZ, *map(str, args)], capture_output=True, env=env)
    if check and result.returncode != 0:
        raise AssertionError('pdz %s failed (%d): %s' % (' '.join(map(str, args)), result.returncode,
                                                         result.stderr.decode()))
    return result


def unavailable_formats():
    found = re.search(r'not in this build: ([a-z, ]+)', pdz('report', '--help').stdout.decode())
    return found.group(1).split(', ') if found else []


UNAVAILABLE = unavailable_formats()
needs = {fmt: pytest.mark.skipif(fmt in UNAVAILABLE, reason='this build has no %s writer' % fmt)
         for fmt in ('pdf', 'odp', 'xlsx')}


def run(*args):
    return subprocess.run([*map(str, args)], capture_output=True, check=True).stdout.decode('utf-8')


def no_space(text):
    """@text without any white space: a line break (and a hyphen a line ends
    with, after which Pango may break) is where the PDF's lines end."""
    return re.sub(r'\s+', '', text)


def entity_texts(path):
    """The titles of the objectives, actions, sub-actions and projects and
    the names of the partners of the plan at @path."""
    plan = json.loads(pathlib.Path(path).read_text(encoding='utf-8'))
    texts = []

    def actions(owner):
        for action in owner.get('actions', []):
            texts.append(action['title'])
            actions(action)

    for objective in plan.get('objectives', []):
        texts.append(objective['title'])
        actions(objective)
    for project in plan.get('projects', []):
        texts.append(project['title'])
        actions(project)
    texts += [p['name'] for p in plan.get('partners', [])]
    return texts


# PDF ---------------------------------------------------------------------------

def render_pdf(plan, tmp_path, *options, name='r.pdf'):
    out = tmp_path / name
    # the format from the extension, as a user types it
    pdz('report', plan, '-o', out, *options)
    assert out.read_bytes().startswith(b'%PDF-')
    return out


def pdf_words(path):
    """(page, xMin, yMin, xMax, yMax, word) of every word pdftotext finds."""
    bbox = run('pdftotext', '-bbox', path, '-')
    words = []
    for n, page in enumerate(re.findall(r'<page [^>]*>(.*?)</page>', bbox, re.S), start=1):
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                             page):
            words.append((n, *map(float, m.groups()[:4]), m.group(5)))
    return words


def pdfinfo(path):
    return dict(re.findall(r'^([^:]+):\s*(.*)$', run('pdfinfo', path), re.M))


@needs['pdf']
@pytest.mark.parametrize('lang', ['it', 'en'])
def test_pdf_holds_every_entity(tmp_path, lang):
    pdf = render_pdf(EXAMPLE, tmp_path, '--lang', lang)
    text = no_space(run('pdftotext', '-layout', pdf, '-'))
    raw = no_space(run('pdftotext', '-raw', pdf, '-'))
    texts = entity_texts(EXAMPLE)
    assert len(texts) > 60
    # sub-actions are there too
    assert 'Ricerca valutativa empirica avviata e in fase di conclusione' in texts
    for t in texts:
        assert no_space(t) in raw or no_space(t) in text, '%s: not in the %s PDF' % (t, lang)
    heading = {'it': 'Schema di sintesi', 'en': 'Summary'}[lang]
    assert no_space(heading) in raw


@needs['pdf']
def test_pdf_document(tmp_path):
    pdf = render_pdf(EXAMPLE, tmp_path)
    info = pdfinfo(pdf)
    assert info['Title'] == 'Piano di Zona 2021-2023'
    assert info['Tagged'] == 'yes'
    assert info['Page size'].startswith('595.276 x 841.89 pts (A4)')
    pages = int(info['Pages'])
    assert 10 <= pages <= 30
    # the report's date, not the clock's (SOURCE_DATE_EPOCH=1700000000)
    assert info['CreationDate'] == 'Tue Nov 14 22:13:20 2023 UTC'

    fonts = run('pdffonts', pdf).splitlines()[2:]
    assert fonts and all(line.split()[-5] == 'yes' for line in fonts), fonts
    assert any('LiberationSans' in line for line in fonts)

    # the structure: the elements a screen reader walks
    struct = run('pdfinfo', '-struct', pdf)
    for element in ('Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'LBody', 'Table', 'TR', 'TH', 'TD',
                    'Figure', 'TOC', 'TOCI', 'Link'):
        assert re.search(r'^\s*%s\b' % element, struct, re.M), element

    # a footer on every page after the cover, none on the cover
    for page in range(1, pages + 1):
        text = run('pdftotext', '-f', page, '-l', page, pdf, '-')
        footer = 'pagina %d di %d' % (page, pages)
        assert (footer in text) == (page > 1), (page, text[-200:])
    assert 'page 2 of' in run('pdftotext', '-f', 2, '-l', 2, render_pdf(EXAMPLE, tmp_path, '--lang', 'en',
                                                                          name='en.pdf'), '-')


def qpdf_json(path):
    return json.loads(run('qpdf', '--json=2', '--json-key=outlines', '--json-key=qpdf', path))


@needs['pdf']
def test_pdf_outline_and_links(tmp_path):
    pdf = render_pdf(EXAMPLE, tmp_path)
    data = qpdf_json(pdf)
    titles = []

    def walk(entries, depth):
        for e in entries:
            titles.append((depth, e['title']))
            assert e['destpageposfrom1'] is not None, e['title']
            walk(e['kids'], depth + 1)
    walk(data['outlines'], 0)

    plan = json.loads(EXAMPLE.read_text(encoding='utf-8'))
    sections = {t for d, t in titles if d == 0}
    assert 'Schema di sintesi' in sections and 'Indice dei partner' in sections
    children = {t for d, t in titles if d == 1}
    for objective in plan['objectives']:
        assert objective['title'] in children, objective['title']
    for project in plan['projects']:
        assert project['title'] in children, project['title']

    # every link goes somewhere: a destination of the document, or a web page
    objects = data['qpdf'][1]
    dests = set()
    for obj in objects.values():
        value = obj.get('value')
        if isinstance(value, dict) and '/Names' in value and isinstance(value['/Names'], list):
            dests |= {n[2:] for n in value['/Names'][0::2] if isinstance(n, str)}
    internal = external = 0
    for obj in objects.values():
        value = obj.get('value')
        if not (isinstance(value, dict) and value.get('/Subtype') == '/Link'):
            continue
        if '/Dest' in value:
            dest = value['/Dest']
            if isinstance(dest, str):
                assert dest[2:] in dests, dest
            internal += 1
        else:
            uri = value['/A']['/URI']
            assert re.match(r'^u:(https?://|mailto:)', uri), uri
            external += 1
    assert internal > 50 and external >= 2, (internal, external)


def assert_words_inside(pdf, label):
    words = pdf_words(pdf)
    assert words
    for page, x0, y0, x1, y1, word in words:
        assert x0 >= MARGIN_X - 1 and x1 <= PAGE_W - MARGIN_X + 1, (label, page, x0, x1, word)
        assert y0 >= 0 and y1 <= PAGE_H, (label, page, y0, y1, word)
    return words


@needs['pdf']
def test_pdf_example_inside_margins(tmp_path):
    assert_words_inside(render_pdf(EXAMPLE, tmp_path), 'example')


@needs['pdf']
@pytest.mark.parametrize('seed', HOSTILE_SEEDS)
def test_pdf_hostile(tmp_path, seed):
    plan_path = tmp_path / 'hostile.json'
    plan = pdzgen.generate(seed, hostile=True)
    plan_path.write_text(pdzgen.dump(plan), encoding='utf-8')
    # the plan holds the worst of it
    assert json.dumps(pdzgen.LONG_TITLE, ensure_ascii=False) in pdzgen.dump(plan)
    assert json.dumps(pdzgen.UNBREAKABLE_TITLE) in pdzgen.dump(plan)
    for lang in ('it', 'en'):
        pdf = render_pdf(plan_path, tmp_path, '--lang', lang, '--diagnostics', name='h-%s.pdf' % lang)
        words = assert_words_inside(pdf, 'seed %d %s' % (seed, lang))
        text = ' '.join(w[-1] for w in words)
        # the 5,000-character title goes on over the page, marked
        assert {'it': '(segue)', 'en': '(continued)'}[lang] in text
        assert no_space(pdzgen.UNBREAKABLE_TITLE[:40]) in no_space(text)


# Reproducible bytes -----------------------------------------------------------------

@pytest.mark.parametrize('fmt', [pytest.param(f, marks=needs[f]) for f in ('pdf', 'odp', 'xlsx')])
def test_same_bytes(tmp_path, fmt):
    first = tmp_path / ('a.' + fmt)
    second = tmp_path / ('b.' + fmt)
    later = tmp_path / ('c.' + fmt)
    pdz('report', EXAMPLE, '-o', first)
    pdz('report', EXAMPLE, '-o', second)
    assert first.read_bytes() == second.read_bytes()
    # and the date is SOURCE_DATE_EPOCH's, not the clock's
    pdz('report', EXAMPLE, '-o', later, env={'SOURCE_DATE_EPOCH': '1800000000'})
    assert later.read_bytes() != first.read_bytes()
