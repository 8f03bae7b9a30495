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
import unicodedata

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


def plan_texts(path, partners=True, projects=lambda project: True):
    """The titles of the objectives, actions, sub-actions and the projects
    that @projects accepts (with, for those, their interventions when
    @partners is False) and, with @partners, the names of the partners of
    the plan at @path."""
    plan = json.loads(pathlib.Path(path).read_text(encoding='utf-8'))
    texts = []

    def actions(owner):
        for action in owner.get('actions', []):
            texts.append(action['title'])
            texts.extend(m['title'] for m in action.get('milestones', []))
            actions(action)

    for objective in plan.get('objectives', []):
        texts.append(objective['title'])
        actions(objective)
    for project in plan.get('projects', []):
        if projects(project):
            texts.append(project['title'])
            if not partners:
                texts += project.get('interventions', [])
            actions(project)
    if partners:
        texts += [p['name'] for p in plan.get('partners', [])]
    return [t for t in texts if t]


def entity_texts(path):
    """Every objective, action, sub-action, milestone, project and partner of
    a plan."""
    return plan_texts(path)


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


# ODP ---------------------------------------------------------------------------------
#
# - python3-odf reads the deck: a cover, the summary, every objective on a
#   slide of its own, and every word of every bullet as the office wrote it
#   on a slide; every objective, action, project and partner in its text
#   (slides and notes);
# - our own Pango layout boxes of every text frame, in the deck's font,
#   lie inside the frame and the frame inside the slide, for the example
#   and for hostile plans;
# - the container: mimetype first and stored, the manifest, the dates.
# With PDZ_SLOW=1 (make check-all), LibreOffice converts the deck to PDF:
# one page per slide, every word of every bullet there, every word's box
# inside the page and above the foot of the body frame.

CM = 72 / 2.54
SLIDE_W, SLIDE_H = 28.0, 15.75           # cm
BODY_BOTTOM = 3.1 + 11.9                 # cm, pdz-report-odp.c


def render_odp(plan, tmp_path, *options, name='r.odp'):
    out = tmp_path / name
    pdz('report', plan, '-o', out, *options)
    return out


def cm(value):
    assert value.endswith('cm'), value
    return float(value[:-2])


class Deck:
    """The slides of an ODP as python3-odf reads them: for each slide its
    frames (x, y, width, height in cm, and paragraphs) and its notes."""

    def __init__(self, path):
        from odf.opendocument import load
        from odf import draw, presentation, style, text, teletype

        self.doc = load(str(path))
        self.styles = {}
        for s in self.doc.automaticstyles.getElementsByType(style.Style):
            props = {}
            for child in s.childNodes:
                for (ns, name), value in (getattr(child, 'attributes', None) or {}).items():
                    props[name] = value
            self.styles[s.getAttribute('name')] = props
        self.list_indent = {}
        for ls in self.doc.automaticstyles.getElementsByType(text.ListStyle):
            for level in ls.getElementsByType(text.ListLevelStyleBullet):
                props = level.getElementsByType(style.ListLevelProperties)[0]
                self.list_indent[int(level.getAttribute('level'))] = (
                    cm(props.getAttribute('spacebefore')) + cm(props.getAttribute('minlabelwidth')))

        self.slides = []
        for page in self.doc.body.getElementsByType(draw.Page):
            frames, notes = [], []
            for child in page.childNodes:
                if not hasattr(child, 'qname'):
                    continue
                if child.qname == draw.Frame().qname:
                    frames.append(self._frame(child, text, teletype))
                elif child.qname == presentation.Notes().qname:
                    for p in child.getElementsByType(text.P):
                        notes.append(teletype.extractText(p))
            self.slides.append({'frames': frames, 'notes': '\n'.join(notes)})

    def _frame(self, frame, text, teletype):
        paras = []
        for p in frame.getElementsByType(text.P):
            level, node, header = 0, p.parentNode, False
            while node is not None and node is not frame:
                if not hasattr(node, 'qname'):
                    break
                if node.qname == text.List().qname:
                    level += 1
                if node.qname == text.ListHeader().qname and node is p.parentNode:
                    header = True
                node = node.parentNode
            paras.append({'text': teletype.extractText(p), 'style': self.styles.get(p.getAttribute('stylename'), {}),
                          'level': level, 'header': header})
        return {'x': cm(frame.getAttribute('x')), 'y': cm(frame.getAttribute('y')),
                'width': cm(frame.getAttribute('width')), 'height': cm(frame.getAttribute('height')),
                'class': frame.getAttribute('class'), 'paras': paras}

    def slide_text(self):
        return '\n'.join(p['text'] for s in self.slides for f in s['frames'] for p in f['paras'])

    def all_text(self):
        return self.slide_text() + '\n' + '\n'.join(s['notes'] for s in self.slides)


def pango_context():
    import gi
    gi.require_version('Pango', '1.0')
    gi.require_version('PangoCairo', '1.0')
    from gi.repository import PangoCairo
    import cairo

    context = PangoCairo.FontMap.get_default().create_context()
    options = cairo.FontOptions()
    options.set_hint_metrics(cairo.HINT_METRICS_OFF)
    options.set_hint_style(cairo.HINT_STYLE_NONE)
    PangoCairo.context_set_font_options(context, options)
    PangoCairo.context_set_resolution(context, 72)
    context.set_round_glyph_positions(False)
    return context


def assert_frames_fit(deck, label):
    """Every frame inside the slide, and its paragraphs, laid out by Pango in
    the font and size they name at the frame's width (less their list
    indent), no taller than the frame."""
    from gi.repository import Pango

    context = pango_context()
    assert deck.slides
    for n, slide in enumerate(deck.slides, start=1):
        for frame in slide['frames']:
            where = '%s, slide %d, frame at %.1f,%.1f' % (label, n, frame['x'], frame['y'])
            assert frame['x'] >= 0 and frame['y'] >= 0, where
            assert frame['x'] + frame['width'] <= SLIDE_W + 1e-6, where
            assert frame['y'] + frame['height'] <= SLIDE_H + 1e-6, where
            total = 0.0
            for para in frame['paras']:
                props = para['style']
                size = float(props.get('font-size', '18pt')[:-2])
                indent = deck.list_indent.get(para['level'], 0.0) if para['level'] else 0.0
                width = (frame['width'] - indent) * CM
                layout = Pango.Layout.new(context)
                font = Pango.FontDescription.from_string('Liberation Sans')
                font.set_size(int(size * Pango.SCALE + 0.5))
                if props.get('font-weight') == 'bold':
                    font.set_weight(Pango.Weight.BOLD)
                if props.get('font-style') == 'italic':
                    font.set_style(Pango.Style.ITALIC)
                layout.set_font_description(font)
                layout.set_width(int(width * Pango.SCALE))
                layout.set_wrap(Pango.WrapMode.WORD_CHAR)
                layout.set_text(para['text'], -1)
                _, logical = layout.get_extents()
                assert logical.width / Pango.SCALE <= width + 0.5, (where, para['text'][:60])
                total += cm(props.get('margin-top', '0cm')) * CM + logical.height / Pango.SCALE
            assert total <= frame['height'] * CM, '%s: %.1f pt of text in %.1f pt' % (
                where, total, frame['height'] * CM)


def bullet_texts(path):
    """What the seed's slides show of a plan: the objectives' titles, the
    actions and sub-actions as written, the health objectives, the
    sovra-ambito projects and their interventions."""
    return plan_texts(path, partners=False, projects=lambda p: p.get('scope') == 'sovra-ambito')


def xml_text(text):
    """@text as every format shows it (_pdz_report_xml_char()): vertical tab
    and form feed as line breaks, the other controls XML forbids dropped."""
    text = re.sub(r'[\x0b\x0c]', '\n', text)
    return re.sub(r'[\x00-\x08\x0e-\x1f\ufffe\uffff]', '', text)


def words(text):
    # without the invisible characters (zero-width, joiners, bidi controls),
    # which split no word on a slide and which pdftotext drops
    visible = ''.join(c for c in xml_text(text) if unicodedata.category(c) != 'Cf')
    return set(re.findall(r'\w+', visible))


@needs['odp']
@pytest.mark.parametrize('lang', ['it', 'en'])
def test_odp_slides(tmp_path, lang):
    deck = Deck(render_odp(EXAMPLE, tmp_path, '--lang', lang))
    plan = json.loads(EXAMPLE.read_text(encoding='utf-8'))
    titles = [next((p['text'] for f in s['frames'] if f['class'] == 'title' for p in f['paras']), '')
              for s in deck.slides]
    summary = {'it': 'Schema di sintesi', 'en': 'Summary'}[lang]
    contacts = {'it': 'Contatti', 'en': 'Contacts'}[lang]
    # the seed's order: cover, summary, objectives, ASST, sovra-ambito, key figures, contacts
    assert titles[0] == plan['title']
    assert titles[1].startswith(summary)
    assert titles[-1] == contacts
    assert any(t.startswith({'it': 'Dati principali', 'en': 'Key figures'}[lang]) for t in titles[-3:])
    cover = ' '.join(p['text'] for f in deck.slides[0]['frames'] for p in f['paras'])
    assert 'Ambito del Corsichese' in cover and '2022' in cover and 'Monitoraggio attuazione' in cover
    # one slide (or more) per objective, its title first in the body
    subtitles = [f['paras'][0]['text'] for s in deck.slides for f in s['frames']
                 if f['class'] != 'title' and f['paras']]
    for objective in plan['objectives']:
        if objective.get('kind') != 'health-integration':
            assert objective['title'] in subtitles, objective['title']
    # every word of every bullet on a slide
    shown = words(deck.slide_text())
    for t in bullet_texts(EXAMPLE):
        missing = words(t) - shown
        assert not missing, (t, missing)
    # the extra actions that the report's title promises: a slide of their own
    extra = {'it': 'Azioni extra', 'en': 'Extra actions'}[lang]
    assert sum(t == extra for t in titles) == 1
    def shown_on(slide):
        return '\n'.join(p['text'] for f in slide['frames'] for p in f['paras'])

    assert 'CAS Ucraina (extra)' in shown_on(deck.slides[titles.index(extra)])
    # the summary outlines macroareas and objectives: no row of totals, none
    # of the project actions (they name no objective)
    firsts = [next((f['paras'][0]['text'] for f in s['frames'] if f['class'] != 'title' and f['paras']), '')
              for s in deck.slides]
    outline = '\n'.join(shown_on(s) for s, t in zip(deck.slides, titles) if t.startswith(summary)).split('\n')
    for row in ({'it': 'Totale', 'en': 'Total'}[lang], {'it': 'Azioni dei progetti', 'en': 'Project actions'}[lang]):
        assert row not in outline
    # an objective that goes on over another slide shows its title there too
    objectives = {o['title'] for o in plan['objectives']}
    went_on = [k for k in range(1, len(titles))
               if re.search(r'\((?!1/)\d+/\d+\)$', titles[k]) and firsts[k - 1] in objectives]
    assert went_on
    for k in went_on:
        assert firsts[k] == firsts[k - 1], titles[k]
    # the sub-points under their bullet, one level down
    paras = [p for s in deck.slides for f in s['frames'] for p in f['paras']]
    sub = next(p for p in paras if p['text'].startswith('Ricerca valutativa empirica'))
    assert sub['level'] == 2 and not sub['header']
    # every entity somewhere in the deck, the details in the notes
    everything = no_space(deck.all_text())
    for t in entity_texts(EXAMPLE):
        assert no_space(t) in everything, t
    notes = '\n'.join(s['notes'] for s in deck.slides)
    # the details of the bullets: partners with their roles, projects, statuses
    assert {'it': 'Prefettura di Milano (firmatario)', 'en': 'Prefettura di Milano (signatory)'}[lang] in notes
    assert 'PARTECIPE' in notes
    assert {'it': 'in corso', 'en': 'in progress'}[lang] in notes


@needs['odp']
def test_odp_frames_fit(tmp_path):
    for lang in ('it', 'en'):
        assert_frames_fit(Deck(render_odp(EXAMPLE, tmp_path, '--lang', lang, name=lang + '.odp')), lang)


@needs['odp']
@pytest.mark.parametrize('seed', HOSTILE_SEEDS)
def test_odp_hostile(tmp_path, seed):
    plan_path = tmp_path / 'hostile.json'
    plan_path.write_text(pdzgen.dump(pdzgen.generate(seed, hostile=True)), encoding='utf-8')
    for lang in ('it', 'en'):
        deck = Deck(render_odp(plan_path, tmp_path, '--lang', lang, name='h-%s.odp' % lang))
        assert_frames_fit(deck, 'seed %d %s' % (seed, lang))
        text = deck.slide_text()
        # a bullet of 5,000 characters goes on over slides "(2/3)", marked
        if any(len(t) > 2000 for t in bullet_texts(plan_path)):
            assert {'it': '(segue)', 'en': '(continued)'}[lang] in text
            assert re.search(r'\(\d+/\d+\)', '\n'.join(f['paras'][0]['text'] for s in deck.slides
                                                      for f in s['frames'] if f['class'] == 'title'))
        shown = words(text)
        for t in bullet_texts(plan_path):
            missing = words(t) - shown
            assert not missing, (t[:80], missing)


@needs['odp']
def test_odp_container(tmp_path):
    import zipfile
    path = render_odp(EXAMPLE, tmp_path)
    with zipfile.ZipFile(path) as z:
        first = z.infolist()[0]
        assert first.filename == 'mimetype' and first.compress_type == zipfile.ZIP_STORED
        assert z.read('mimetype') == b'application/vnd.oasis.opendocument.presentation'
        manifest = z.read('META-INF/manifest.xml').decode()
        for name in ('content.xml', 'styles.xml', 'meta.xml'):
            assert 'manifest:full-path="%s"' % name in manifest
        # dated as the report: SOURCE_DATE_EPOCH=1700000000, 2023-11-14 22:13:20 UTC
        assert all(info.date_time[:5] == (2023, 11, 14, 22, 13) for info in z.infolist())
        meta = z.read('meta.xml').decode()
        assert '<meta:creation-date>2023-11-14T22:13:20</meta:creation-date>' in meta
        assert '<dc:language>it</dc:language>' in meta
        styles = z.read('styles.xml').decode()
        assert 'fo:page-width="28cm"' in styles and 'fo:page-height="15.75cm"' in styles
        content = z.read('content.xml').decode()
        # nothing is left to autofit
        assert 'shrink-to-fit="true"' not in content and 'auto-grow-height="true"' not in content


# LibreOffice (make check-all) -------------------------------------------------------

SLOW = os.environ.get('PDZ_SLOW') == '1'
needs_libreoffice = pytest.mark.skipif(not SLOW, reason='the slow suite (make check-all) runs LibreOffice')


def libreoffice_pdf(deck, tmp_path):
    profile = tmp_path / 'lo-profile'
    out = tmp_path / 'lo'
    subprocess.run(['soffice', '-env:UserInstallation=' + profile.as_uri(), '--headless', '--norestore',
                    '--convert-to', 'pdf', '--outdir', str(out), str(deck)],
                   check=True, capture_output=True, timeout=240)
    pdf = out / (deck.stem + '.pdf')
    assert pdf.exists()
    return pdf


def assert_libreoffice_shows(path, tmp_path, plan, label):
    deck = Deck(path)
    pdf = libreoffice_pdf(path, tmp_path)
    info = pdfinfo(pdf)
    assert int(info['Pages']) == len(deck.slides), label
    assert info['Page size'].startswith('793.7') and ' x 446.4' in info['Page size'], info['Page size']
    found = pdf_words(pdf)
    # pdftotext drops a word outside the page: a missing word is overflow
    shown = set()
    for page, x0, y0, x1, y1, word in found:
        shown |= words(word)
        assert 0 <= x0 and x1 <= SLIDE_W * CM + 0.5, (label, page, word)
        assert 0 <= y0 and y1 <= BODY_BOTTOM * CM + 2, (label, page, y1, word)
    # (a word pdftotext joins to the next, or reads right to left where a
    # bidi override turned it, is there all the same)
    joined = ''.join(c for c in no_space(run('pdftotext', pdf, '-')) if unicodedata.category(c) != 'Cf')
    for t in bullet_texts(plan):
        missing = {w for w in words(t) - shown if w[::-1] not in shown and w not in joined}
        assert not missing, (label, t[:80], missing)


@needs['odp']
@needs_libreoffice
@pytest.mark.parametrize('lang', ['it', 'en'])
def test_libreoffice_example(tmp_path, lang):
    assert_libreoffice_shows(render_odp(EXAMPLE, tmp_path, '--lang', lang), tmp_path, EXAMPLE, lang)


@needs['odp']
@needs_libreoffice
@pytest.mark.parametrize('seed', HOSTILE_SEEDS)
def test_libreoffice_hostile(tmp_path, seed):
    plan_path = tmp_path / 'hostile.json'
    plan_path.write_text(pdzgen.dump(pdzgen.generate(seed, hostile=True)), encoding='utf-8')
    assert_libreoffice_shows(render_odp(plan_path, tmp_path), tmp_path, plan_path, 'seed %d' % seed)


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
