#!/usr/bin/python3
# test-cli-corpus.py: pdz validate|summary|query|report on a DIR or several FILEs
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# A small corpus made by the project's generator (tests/gen/pdzgen.py,
# preset "lombardia", made small), with what a Region's directory holds
# besides: a bad JSON file, a file of another format, two rounds of one
# plan, a dotfile, the leftover temporary file of an interrupted save, a
# text file and a subdirectory. Checked: which files are read and in which
# order, the exit status 2 with a bad file while the good files' output is
# still written, each bad file named on stderr and in the output, the JSON
# summary against doc/pdz-corpus-summary.schema.json, the progress bar
# (only when stderr is a terminal), and the regional report's one row per
# ambito in HTML, Markdown, CSV, XLSX and PDF.
#
# Environment: PDZ_BIN (the pdz executable). Runs under /usr/bin/python3
# with Debian's python3-jsonschema and python3-openpyxl (each test that
# needs one is skipped without it), and pdftotext for the PDF.

import copy
import csv
import html.parser
import io
import json
import os
import pathlib
import pty
import re
import select
import shutil
import subprocess
import sys
import tempfile
import unittest

SOURCE = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SOURCE / 'tests' / 'gen'))
import pdzgen  # noqa: E402

try:
    import jsonschema
except ImportError:
    jsonschema = None
try:
    import openpyxl
except ImportError:
    openpyxl = None

PDZ = os.environ.get('PDZ_BIN', 'pdz')
SCHEMA = SOURCE / 'doc' / 'pdz-corpus-summary.schema.json'
N_PLANS = 3
AMBITI = ['Ambito di Prova %d' % i for i in range(1, N_PLANS + 1)]
BAD = ['bad-format.json', 'bad-syntax.json']


def environment(**extra):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith('LC_') and k not in ('LANG', 'LANGUAGE', 'NO_COLOR')}
    env['LC_ALL'] = 'C.UTF-8'
    env.update(extra)
    return env


def pdz(*args, cwd=None):
    """Runs pdz with its output on pipes: (exit status, stdout, stderr)."""
    result = subprocess.run([PDZ, *args], capture_output=True, env=environment(), timeout=120, cwd=cwd)
    return result.returncode, result.stdout.decode('utf-8'), result.stderr.decode('utf-8')


def pdz_stderr_on_terminal(*args, cwd=None):
    """Runs pdz with its stderr on a pseudo-terminal: (exit status, stdout, what the terminal got)."""
    master, slave = pty.openpty()
    process = subprocess.Popen([PDZ, *args], stdout=subprocess.PIPE, stderr=slave,
                               env=environment(), cwd=cwd)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 60)
        if not ready:
            break
        try:
            data = os.read(master, 65536)
        except OSError:   # EIO once the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    out = process.stdout.read()
    process.stdout.close()
    process.wait(timeout=60)
    return process.returncode, out.decode('utf-8'), b''.join(chunks).decode('utf-8')


def write(path, plan):
    pathlib.Path(path).write_text(pdzgen.dump(plan), encoding='utf-8')


def make_corpus(directory, bad=True):
    """The corpus: ambito-001.json ... (3 plans that count), an earlier round
    of ambito-002 (ambito-002-2019.json), and with @bad the bad files and
    the files a directory listing must skip. Returns the plans' ids."""
    ids = []
    plans = list(pdzgen.preset_plans('lombardia', 7, plans=N_PLANS, objectives=2, actions=3,
                                     partners=20, municipalities=3, projects=1))
    for i, (name, plan) in enumerate(plans):
        plan['ambito'] = AMBITI[i]
        plan['monitoring'] = {'title': 'Monitoraggio', 'start': '2022-01', 'end': '2022-12'}
        write(directory / name, plan)
        ids.append(plan['id'])
    # An earlier round of the second plan: named, not counted
    earlier = copy.deepcopy(plans[1][1])
    earlier['ambito'] = AMBITI[1]
    earlier['monitoring'] = {'title': 'Monitoraggio', 'start': '2021-01', 'end': '2021-12'}
    write(directory / 'ambito-002-2021.json', earlier)
    if bad:
        (directory / 'bad-syntax.json').write_text('{"format": "pdz", "version": 2, "id": ', encoding='utf-8')
        (directory / 'bad-format.json').write_text('{"format": "xyz", "version": 2}\n', encoding='utf-8')
        # Skipped: not *.json, a dotfile, a leftover of a save, a subdirectory
        other = pdzgen.generate(99, pdzgen.Shape(objectives=1, actions=1, plan_id='skipped'))
        write(directory / '.hidden.json', other)
        write(directory / ('.ambito-001.json.AB12CD.tmp'), other)
        (directory / 'notes.txt').write_text('not a plan\n', encoding='utf-8')
        (directory / 'sub').mkdir()
        write(directory / 'sub' / 'inner.json', other)
    return ids


class CorpusTestCase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = pathlib.Path(self.tmp.name) / 'plans'
        self.dir.mkdir()
        self.ids = make_corpus(self.dir)
        self.clean = pathlib.Path(self.tmp.name) / 'clean'
        self.clean.mkdir()
        make_corpus(self.clean, bad=False)
        self.out = pathlib.Path(self.tmp.name) / 'out'
        self.out.mkdir()

    def tearDown(self):
        self.tmp.cleanup()

    def assert_names_bad_files(self, command, stderr):
        """Each bad file named on stderr, in the message style, as the user
        spelled it (DIR/NAME)."""
        lines = stderr.splitlines()
        for name in BAD:
            self.assertTrue(any(line.startswith('pdz: %s: %s/%s' % (command, self.dir, name)) for line in lines),
                            (name, stderr))
        for skipped in ('.hidden.json', '.tmp', 'notes.txt', 'inner.json'):
            self.assertNotIn(skipped, stderr)


class TestSummary(CorpusTestCase):
    def summary_json(self, *args):
        status, out, err = pdz('summary', *args, '--format', 'json')
        return status, json.loads(out), err

    def test_json_shape_and_files(self):
        status, doc, err = self.summary_json(str(self.dir))
        self.assertEqual(status, 2, err)
        self.assert_names_bad_files('summary', err)
        self.assertEqual(doc['corpus'], {'files': N_PLANS + 1 + len(BAD), 'plans': N_PLANS,
                                         'errors': len(BAD), 'superseded': 1})
        # Sorted by name, not recursive, dotfiles and leftovers skipped
        names = [pathlib.Path(f['file']).name for f in doc['files']]
        self.assertEqual(names, sorted(['ambito-001.json', 'ambito-002.json', 'ambito-003.json',
                                        'ambito-002-2021.json'] + BAD))
        states = {pathlib.Path(f['file']).name: f for f in doc['files']}
        for name in BAD:
            self.assertEqual(states[name]['state'], 'failed')
            self.assertIn(name, states[name]['error'])
        # Rounds of one plan: the last counts, the others named
        self.assertEqual(states['ambito-002-2021.json']['state'], 'superseded')
        self.assertEqual(pathlib.Path(states['ambito-002-2021.json']['other']).name, 'ambito-002.json')
        self.assertEqual(states['ambito-002.json']['state'], 'used')
        self.assertEqual([row['plan'] for row in doc['by-ambito']], self.ids)
        self.assertEqual([row['ambito'] for row in doc['by-ambito']], AMBITI)

    @unittest.skipIf(jsonschema is None, 'python3-jsonschema is not installed')
    def test_json_against_schema(self):
        schema = json.loads(SCHEMA.read_text(encoding='utf-8'))
        jsonschema.Draft202012Validator.check_schema(schema)
        for directory in (self.dir, self.clean):
            status, doc, err = self.summary_json(str(directory))
            errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(doc), key=str)
            self.assertEqual(errors, [], directory)

    def test_clean_directory_exits_0(self):
        status, doc, err = self.summary_json(str(self.clean))
        self.assertEqual((status, err), (0, ''))
        self.assertEqual(doc['corpus']['plans'], N_PLANS)

    def test_several_files(self):
        files = [str(self.dir / 'ambito-001.json'), str(self.dir / 'ambito-003.json')]
        status, doc, err = self.summary_json(*files)
        self.assertEqual((status, err), (0, ''))
        self.assertEqual([row['ambito'] for row in doc['by-ambito']], [AMBITI[0], AMBITI[2]])
        # A bad FILE among them: the others still counted, exit 2
        status, doc, err = self.summary_json(*files, str(self.dir / 'bad-syntax.json'))
        self.assertEqual(status, 2)
        self.assertEqual(doc['corpus']['plans'], 2)
        self.assertIn('bad-syntax.json', err)

    def test_totals_add_up(self):
        status, doc, err = self.summary_json(str(self.clean))
        self.assertEqual(sum(row['actions'] for row in doc['by-ambito']), doc['totals']['actions'])
        self.assertEqual(sum(row['actions'] for row in doc['by-status']), doc['totals']['actions'])

    def test_text(self):
        status, out, err = pdz('summary', str(self.dir))
        self.assertEqual(status, 2)
        for ambito in AMBITI:
            self.assertEqual(out.count(ambito), 1, ambito)
        # the bad files and the earlier round named in the output too
        for name in BAD + ['ambito-002-2021.json']:
            self.assertIn('%s/%s' % (self.dir, name), out)
        self.assert_names_bad_files('summary', err)

    def test_csv_by_ambito(self):
        status, out, err = pdz('summary', str(self.clean), '-f', 'csv')
        self.assertEqual((status, err), (0, ''))
        rows = list(csv.DictReader(io.StringIO(out)))
        self.assertEqual([row['plan'] for row in rows], self.ids)
        status, out, err = pdz('summary', str(self.clean), '-f', 'csv', '--table', 'by-quarter')
        self.assertEqual(status, 2)
        self.assertIn('--table', err)


class TestValidateQuery(CorpusTestCase):
    def test_validate(self):
        status, out, err = pdz('validate', str(self.dir), '--format', 'json')
        self.assertEqual(status, 2)
        self.assert_names_bad_files('validate', err)
        doc = json.loads(out)
        states = {pathlib.Path(f['file']).name: f for f in doc['files']}
        self.assertEqual(set(states), {'ambito-001.json', 'ambito-002.json', 'ambito-003.json',
                                       'ambito-002-2021.json'} | set(BAD))
        for name in BAD:
            self.assertFalse(states[name]['loaded'])
            self.assertIn(name, states[name]['error'])
        self.assertEqual(states['ambito-002-2021.json']['state'], 'superseded')
        self.assertEqual(doc['unreadable'], len(BAD))
        # text: each bad file in the output as well
        status, out, err = pdz('validate', str(self.dir))
        self.assertEqual(status, 2)
        for name in BAD:
            self.assertIn('%s/%s' % (self.dir, name), out)

    def test_query(self):
        status, out, err = pdz('query', str(self.dir), '-f', 'json')
        self.assertEqual(status, 2)
        self.assert_names_bad_files('query', err)
        doc = json.loads(out)
        self.assertEqual([p['plan'] for p in doc['plans']], self.ids)
        self.assertEqual(doc['found'], sum(p['found'] for p in doc['plans']))
        self.assertGreater(doc['found'], 0)
        not_counted = {pathlib.Path(f['file']).name: f['state'] for f in doc['files-not-counted']}
        self.assertEqual(not_counted, {'bad-format.json': 'failed', 'bad-syntax.json': 'failed',
                                       'ambito-002-2021.json': 'superseded'})
        # The filters apply to every plan
        status, out, err = pdz('query', str(self.clean), '-f', 'json', '--status', 'completed')
        self.assertEqual(status, 0)
        doc = json.loads(out)
        self.assertTrue(all(a['status'] == 'completed' for p in doc['plans'] for a in p['actions']))
        # The table names each ambito
        status, out, err = pdz('query', str(self.clean))
        self.assertEqual(status, 0)
        for ambito in AMBITI:
            self.assertIn(ambito, out)


class TestProgress(CorpusTestCase):
    def test_never_when_stderr_is_not_a_terminal(self):
        for command in ('validate', 'summary', 'query'):
            status, out, err = pdz(command, str(self.clean))
            self.assertEqual(err, '', command)
        status, out, err = pdz('summary', str(self.dir))
        self.assertNotIn('\r', err)
        self.assertNotIn('\x1b', err)
        self.assertNotIn('/%d' % (N_PLANS + 1 + len(BAD)), err)

    def test_on_a_terminal(self):
        status, out, term = pdz_stderr_on_terminal('summary', str(self.dir), '-f', 'json')
        self.assertEqual(status, 2)
        n = N_PLANS + 1 + len(BAD)
        # a bar that goes from 0 to the end, drawn over itself, then cleared
        self.assertIn('0/%d' % n, term)
        self.assertIn('%d/%d' % (n - 1, n), term)
        self.assertIn('\r\x1b[K', term)
        # the bad files still named, after the bar
        self.assertIn('bad-syntax.json', term)
        # stdout untouched by the bar
        self.assertEqual(json.loads(out)['corpus']['plans'], N_PLANS)


class AmbitiTable(html.parser.HTMLParser):
    """The rows of the table of the ambiti of an HTML report."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.rows = []

    def handle_starttag(self, tag, attrs):
        if tag == 'table' and 'ambiti' in (dict(attrs).get('class') or '').split():
            self.depth = 1
        elif self.depth and tag == 'tr':
            self.rows.append('')

    def handle_endtag(self, tag):
        if tag == 'table':
            self.depth = 0

    def handle_data(self, data):
        if self.depth and self.rows:
            self.rows[-1] += data


class TestReport(CorpusTestCase):
    def report(self, name, *args):
        path = self.out / name
        status, out, err = pdz('report', str(self.dir), '-o', str(path), *args)
        self.assertEqual(status, 2, err)
        self.assert_names_bad_files('report', err)
        self.assertTrue(path.exists(), name)
        return path

    def test_html(self):
        text = self.report('region.html').read_text(encoding='utf-8')
        table = AmbitiTable()
        table.feed(text)
        # the head, one row per ambito, the total
        self.assertEqual(len(table.rows), 1 + N_PLANS + 1, table.rows)
        for row, ambito in zip(table.rows[1:], AMBITI):
            self.assertIn(ambito, row)
        # a section per ambito, linked from its row
        for i, ambito in enumerate(AMBITI, 1):
            self.assertIn('id="ambito-%d"' % i, text)
            self.assertIn('href="#ambito-%d"' % i, text)
        # the charts, and the files that do not count, named
        self.assertIn('<svg', text)
        for name in BAD + ['ambito-002-2021.json']:
            self.assertIn(name, text)

    def test_markdown(self):
        text = self.report('region.md').read_text(encoding='utf-8')
        lines = text.splitlines()
        start = lines.index('### Gli ambiti')
        table = []
        for line in lines[start + 2:]:
            if not line.startswith('|'):
                break
            table.append(line)
        self.assertEqual(len(table), 2 + N_PLANS + 1, table)
        for line, ambito in zip(table[2:], AMBITI):
            self.assertIn(ambito, line)
        for ambito in AMBITI:
            self.assertIn('## %s' % ambito, lines)

    def test_csv(self):
        status, out, err = pdz('report', str(self.dir), '-f', 'csv')
        self.assertEqual(status, 2)
        rows = list(csv.reader(io.StringIO(out)))
        self.assertEqual(len(rows), 1 + N_PLANS)
        self.assertEqual([row[0] for row in rows[1:]], self.ids)
        self.assertEqual([row[1] for row in rows[1:]], AMBITI)
        # in English too
        status, out, err = pdz('report', str(self.clean), '-f', 'csv', '--lang', 'en')
        self.assertEqual(status, 0, err)
        self.assertTrue(out.startswith('ID,Ambito,Title,'), out[:80])

    @unittest.skipIf(openpyxl is None, 'python3-openpyxl is not installed')
    def test_xlsx(self):
        path = self.report('region.xlsx')
        sheet = openpyxl.load_workbook(path).worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
        self.assertEqual(len(rows), 1 + N_PLANS)
        self.assertEqual([row[1] for row in rows[1:]], AMBITI)

    @unittest.skipIf(shutil.which('pdftotext') is None, 'pdftotext is not installed')
    def test_pdf(self):
        status, out, err = pdz('report', str(self.dir), '-f', 'pdf', '-o', str(self.out / 'probe.pdf'))
        if status == 2 and 'not available' in err:
            self.skipTest('this build writes no PDF')
        path = self.report('region.pdf')
        text = subprocess.run(['pdftotext', '-layout', str(path), '-'], capture_output=True,
                              check=True).stdout.decode('utf-8')
        text = re.sub(r'\s+', ' ', text)
        # each ambito in the table of the ambiti and as a section of its own
        for ambito in AMBITI:
            self.assertGreaterEqual(text.count(ambito), 2, ambito)

    def test_usage(self):
        status, out, err = pdz('report', str(self.clean), '--partner', 'x')
        self.assertEqual(status, 2)
        self.assertIn('--partner', err)
        status, out, err = pdz('report', str(self.clean), '-f', 'csv', '--table', 'actions')
        self.assertEqual(status, 2)
        self.assertIn('--table', err)
        # the input files are never overwritten
        status, out, err = pdz('report', str(self.clean), '-f', 'html', '-o', str(self.clean / 'ambito-001.json'))
        self.assertEqual(status, 2)
        self.assertIn('refusing to overwrite the input file', err)


if __name__ == '__main__':
    unittest.main(verbosity=2)
