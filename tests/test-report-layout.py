#!/usr/bin/env python3
# test-report-layout.py: the HTML report on paper and on a phone, as
# Debian's headless Chromium lays it out
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Paper: the report printed to PDF (chromium --print-to-pdf), read back
# with poppler's pdfinfo and pdftotext: a page number on every page after
# the cover ("pagina N di M", from the @page margin boxes), no contents on
# paper, no page that holds a chart and nothing else, no heading left alone
# at the foot of a page, and a page count that stays reasonable.
#
# Phone: headless Chromium lays a page out at no less than 500 px, so the
# report is loaded into the 400 px iframe of tests/report-phone.html, whose
# script writes the report's scroll width, the height of its smallest chart
# text and how its contents are laid out into the DOM, read back with
# --dump-dom: no sideways scrolling of the page (wide tables and charts
# scroll inside their own box), the contents in one column, chart text of
# 11 px at least.
#
# Skipped without the Debian packages chromium and poppler-utils (the
# Makefile installs both).

import html
import html.parser
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import pytest

SOURCE_ROOT = pathlib.Path(__file__).resolve().parents[1]
PDZ = os.environ.get('PDZ_TOOL', str(SOURCE_ROOT / '_build' / 'tools' / 'pdz'))
EXAMPLES_DIR = pathlib.Path(os.environ.get('PDZ_EXAMPLES_DIR', SOURCE_ROOT / 'examples' / 'data'))
EXAMPLE = EXAMPLES_DIR / 'corsichese-2021-2023.json'
WRAPPER = SOURCE_ROOT / 'tests' / 'report-phone.html'
CHROMIUM = os.environ.get('CHROMIUM', '/usr/bin/chromium')

sys.path.insert(0, str(SOURCE_ROOT / 'tests' / 'gen'))
import pdzgen  # noqa: E402

needs_tools = pytest.mark.skipif(
    not (os.access(CHROMIUM, os.X_OK) and shutil.which('pdftotext') and shutil.which('pdfinfo')),
    reason='needs the Debian packages chromium and poppler-utils')


def report(plan, out, *options):
    env = dict(os.environ, SOURCE_DATE_EPOCH='1700000000')
    subprocess.run([PDZ, 'report', str(plan), '-f', 'html', '-o', str(out), '--lang', 'it'] + list(options),
                   check=True, env=env)
    return out


def chromium(*args):
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run([CHROMIUM, '--headless', '--no-sandbox', '--disable-gpu',
                                 '--no-first-run', '--disable-background-networking',
                                 '--disable-component-update', '--disable-sync',
                                 '--user-data-dir=' + profile] + list(args),
                                capture_output=True, timeout=180)
    return result.stdout.decode('utf-8', 'replace')


def generated(tmp_path, seed, **shape):
    path = tmp_path / ('generated-%d.json' % seed)
    path.write_text(pdzgen.dump(pdzgen.generate(seed, **shape)), encoding='utf-8')
    return path


# The phone -------------------------------------------------------------------

def phone_metrics(page):
    dom = chromium('--allow-file-access-from-files', '--virtual-time-budget=8000', '--dump-dom',
                   '%s?report=%s' % (WRAPPER.as_uri(), page.resolve().as_uri()))
    m = re.search(r'<pre id="metrics">([^<]*)</pre>', dom)
    assert m and m[1] != 'pending', dom[-500:]
    return json.loads(html.unescape(m[1]))


@needs_tools
@pytest.mark.parametrize('which', ['example', 'generated', 'hostile'])
def test_phone(tmp_path, which):
    if which == 'example':
        plan = EXAMPLE
    else:
        plan = generated(tmp_path, 31, hostile=which == 'hostile', objectives=6, actions=8)
    metrics = phone_metrics(report(plan, tmp_path / 'r.html'))
    # the page itself never scrolls sideways: what is wide scrolls in its box
    assert metrics['clientWidth'] <= 400
    assert metrics['scrollWidth'] <= metrics['clientWidth'], metrics
    assert metrics['wide'] == [], metrics
    # the contents stack, in one column
    assert metrics['tocColumns'] == 'auto'
    assert len(metrics['tocLefts']) == 1
    # the charts' text stays legible
    assert metrics['chartTexts'] > 0
    assert metrics['minChartText'] >= 11, metrics


# Paper -------------------------------------------------------------------------

class Texts(html.parser.HTMLParser):
    """The texts of the report's headings, and those of its charts."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.headings = []
        self.others = set()
        self.chart = set()

    def handle_starttag(self, tag, attrs):
        if tag not in ('meta', 'br'):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data):
        text = ' '.join(data.split())
        if not text:
            return
        if 'figure' in self.stack:
            self.chart.update(text.split())
        elif any(h in self.stack for h in ('h2', 'h3', 'h4')):
            self.headings.append(text)
        else:
            self.others.add(text)

    def lone_headings(self):
        """The headings whose text is nowhere else (a project's title is also a link)"""
        return set(self.headings) - self.others


def pdf_pages(page, tmp_path):
    pdf = tmp_path / 'r.pdf'
    chromium('--no-pdf-header-footer', '--print-to-pdf=%s' % pdf, page.resolve().as_uri())
    info = subprocess.run(['pdfinfo', str(pdf)], capture_output=True, check=True).stdout.decode()
    n = int(re.search(r'^Pages:\s+(\d+)', info, re.MULTILINE)[1])
    pages = []
    for i in range(1, n + 1):
        text = subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), '-layout', str(pdf), '-'],
                              capture_output=True, check=True).stdout.decode()
        pages.append([line.strip() for line in text.splitlines() if line.strip()])
    return pages


@needs_tools
@pytest.mark.parametrize('which,max_pages', [('example', 16), ('generated', 40)])
def test_print(tmp_path, which, max_pages):
    plan = EXAMPLE if which == 'example' else generated(tmp_path, 32, objectives=6, actions=8)
    page = report(plan, tmp_path / 'r.html')
    texts = Texts()
    texts.feed(page.read_text(encoding='utf-8'))
    pages = pdf_pages(page, tmp_path)
    n = len(pages)
    assert 3 <= n <= max_pages

    footer = re.compile(r'pagina (\d+) di (\d+)$')
    # the cover has no footer; every other page its number
    assert not any(footer.search(line) for line in pages[0])
    for i, lines in enumerate(pages[1:], start=2):
        numbers = [footer.search(line) for line in lines if footer.search(line)]
        assert len(numbers) == 1, (i, lines[-3:])
        assert (int(numbers[0][1]), int(numbers[0][2])) == (i, n)

    # no contents on paper: no page lists the sections
    for lines in pages:
        assert 'Indice' not in lines

    for i, lines in enumerate(pages, start=1):
        body = [line for line in lines if not footer.search(line)]
        if not body:
            continue
        # no page holding a chart and nothing else
        words = ' '.join(body).split()
        outside = [w for w in words if w not in texts.chart]
        assert len(outside) >= 5, (i, body)
        # no heading alone at the foot of a page
        if i < n:
            assert body[-1] not in texts.lone_headings(), (i, body[-1])
