#!/usr/bin/python3
# test-cli-workbook.py: pdz export and pdz import, run as a subprocess
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Every format out and back (XLSX, ODS, CSV tables; SQLite and CSV for
# several plans, with their plan column); the format chosen by -f or by
# -o; existing outputs refused without --force; the problems of a bad
# workbook, one line each with its sheet and cell; and an office's edits:
# the exported XLSX edited with openpyxl, and LibreOffice's ODS fixture
# edited in its XML, after which pdz import --into reports exactly those
# changes, --dry-run saves nothing, and the plan is saved in place.
#
# Environment: PDZ_BIN, PDZ_EXAMPLES_DIR, PDZ_TEST_DATA_DIR.

import copy
import csv
import io
import json
import os
import pathlib
import sqlite3
import subprocess
import tempfile
import time
import unittest
import xml.etree.ElementTree as ET
import zipfile

import openpyxl

from pdzcli import PDZ, environment, hint, pdz

SOURCE = pathlib.Path(__file__).resolve().parents[1]
EXAMPLES = pathlib.Path(os.environ.get('PDZ_EXAMPLES_DIR', SOURCE / 'examples' / 'data'))
DATA = pathlib.Path(os.environ.get('PDZ_TEST_DATA_DIR', SOURCE / 'tests' / 'data'))
EXAMPLE = EXAMPLES / 'corsichese-2021-2023.json'
EARLIER = EXAMPLES / 'corsichese-2022-12.json'
LIBREOFFICE_ODS = DATA / 'workbooks' / 'corsichese-libreoffice.ods'
BAD = DATA / 'bad-workbooks'
TABLES = ['actions.csv', 'fundings.csv', 'indicators.csv', 'macroareas.csv', 'measurements.csv',
          'milestones.csv', 'objectives.csv', 'participations.csv', 'partners.csv', 'plan.csv',
          'projects.csv']


class Case(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = pathlib.Path(self.tmp.name)

    def tearDown(self):
        self.tmp.cleanup()

    def run_ok(self, *args):
        status, out, err = pdz(*args)
        self.assertEqual((status, err), (0, ''), args)
        return out


class RoundTrip(Case):
    def test_every_format(self):
        for plan in (EXAMPLE, EARLIER):
            for name, option in (('plan.xlsx', ()), ('plan.ods', ()), ('tables/', ()),
                                 ('book', ('-f', 'xlsx')), ('sheets', ('-f', 'ods')),
                                 ('dir', ('-f', 'csv'))):
                out = self.dir / name
                self.assertEqual(self.run_ok('export', plan, '-o', str(self.dir) + '/' + name, *option), '')
                back = self.dir / 'back.json'
                self.assertEqual(self.run_ok('import', out, '-o', back), '')
                self.assertEqual(back.read_bytes(), plan.read_bytes(), (plan, name))
                back.unlink()
            self.assertEqual(sorted(p.name for p in (self.dir / 'tables').iterdir()), TABLES)
            for p in list(self.dir.iterdir()):
                if p.is_dir():
                    for q in p.iterdir():
                        q.unlink()
                    p.rmdir()
                else:
                    p.unlink()

    def test_existing_directory_is_csv(self):
        (self.dir / 'out').mkdir()
        self.run_ok('export', EXAMPLE, '-o', self.dir / 'out')
        self.assertEqual(sorted(p.name for p in (self.dir / 'out').iterdir()), TABLES)
        with open(self.dir / 'out' / 'actions.csv', encoding='utf-8', newline='') as f:
            rows = list(csv.DictReader(f))
        self.assertEqual(rows[0]['id'], 'agenzia-abitare-1')
        self.assertNotIn('plan', rows[0])

    def test_sqlite(self):
        n_actions = sum(1 for _ in csv.reader(io.StringIO(self.actions_csv()))) - 1
        self.assertGreater(n_actions, 30)
        for name in ('plan.sqlite', 'plan.db'):
            self.run_ok('export', EXAMPLE, '-o', self.dir / name)
            with sqlite3.connect(self.dir / name) as db:
                n = db.execute("SELECT count(*) FROM actions WHERE plan = 'corsichese-2021-2023'").fetchone()[0]
            self.assertEqual(n, n_actions)

    def actions_csv(self):
        self.run_ok('export', EXAMPLE, '-o', str(self.dir) + '/for-count/')
        return (self.dir / 'for-count' / 'actions.csv').read_text(encoding='utf-8')


class Corpus(Case):
    """Several plans: SQLite or CSV tables with a plan column."""

    def plans(self):
        plans = self.dir / 'plans'
        plans.mkdir()
        for n in (1, 2):
            plan = json.loads(EXAMPLE.read_text(encoding='utf-8'))
            plan['id'] = 'ambito-%d' % n
            (plans / ('ambito-%d.json' % n)).write_text(json.dumps(plan, ensure_ascii=False), encoding='utf-8')
        return plans

    def test_csv(self):
        plans = self.plans()
        for args in ((plans,), (plans / 'ambito-1.json', plans / 'ambito-2.json')):
            out = self.dir / 'region/'
            self.run_ok('export', *args, '-o', str(out) + '/', '--force')
            self.assertEqual(sorted(p.name for p in out.iterdir()), TABLES)
            with open(out / 'actions.csv', encoding='utf-8', newline='') as f:
                reader = csv.reader(f)
                header = next(reader)
                rows = list(reader)
            self.assertEqual(header[:2], ['plan', 'id'])
            self.assertEqual(sorted(set(row[0] for row in rows)), ['ambito-1', 'ambito-2'])
            self.assertEqual(len(rows) % 2, 0)
            self.assertTrue(all(len(row) == len(header) for row in rows))

    def test_sqlite(self):
        plans = self.plans()
        out = self.dir / 'region.sqlite'
        self.run_ok('export', plans, '-o', out)
        with sqlite3.connect(out) as db:
            ids = [r[0] for r in db.execute('SELECT DISTINCT plan FROM actions ORDER BY plan')]
        self.assertEqual(ids, ['ambito-1', 'ambito-2'])

    def test_workbook_refused(self):
        plans = self.plans()
        for name in ('region.xlsx', 'region.ods'):
            status, out, err = pdz('export', plans, '-o', self.dir / name)
            self.assertEqual((status, out), (2, ''))
            self.assertIn('several plans go to SQLite or CSV only', err)
            self.assertFalse((self.dir / name).exists())

    def test_bad_file(self):
        plans = self.plans()
        (plans / 'bad.json').write_text('{"format": "pdz", "version": 2, ', encoding='utf-8')
        status, out, err = pdz('export', plans, '-o', self.dir / 'region.sqlite')
        self.assertEqual((status, out), (2, ''))
        self.assertIn('bad.json', err)
        self.assertIn('not written: 1 file could not be read', err)
        self.assertFalse((self.dir / 'region.sqlite').exists())


class Refusals(Case):
    def test_existing_output(self):
        for name in ('plan.xlsx', 'plan.ods', 'plan.sqlite', 'tables/'):
            out = self.dir / name
            self.run_ok('export', EXAMPLE, '-o', str(out) + ('/' if name.endswith('/') else ''))
            shown = str(out / 'plan.csv') if name.endswith('/') else str(out)
            before = (out / 'plan.csv' if name.endswith('/') else out).read_bytes()
            status, stdout, err = pdz('export', EXAMPLE, '-o', str(out) + ('/' if name.endswith('/') else ''))
            self.assertEqual((status, stdout), (2, ''))
            self.assertEqual(err, 'pdz: export: %s: already exists: give --force to replace it\n' % shown)
            self.assertEqual((out / 'plan.csv' if name.endswith('/') else out).read_bytes(), before)
            self.run_ok('export', EXAMPLE, '-o', str(out) + ('/' if name.endswith('/') else ''), '--force')

    def test_import_existing_output(self):
        book = self.dir / 'plan.xlsx'
        self.run_ok('export', EXAMPLE, '-o', book)
        out = self.dir / 'plan.json'
        out.write_text('mine\n', encoding='utf-8')
        status, stdout, err = pdz('import', book, '-o', out)
        self.assertEqual((status, stdout), (2, ''))
        self.assertEqual(err, 'pdz: import: %s: already exists: give --force to replace it, '
                              'or --into to update it\n' % out)
        self.assertEqual(out.read_text(encoding='utf-8'), 'mine\n')
        self.run_ok('import', book, '-o', out, '--force')
        self.assertEqual(out.read_bytes(), EXAMPLE.read_bytes())

    def test_never_over_the_input(self):
        plan = self.dir / 'plan.json'
        plan.write_bytes(EXAMPLE.read_bytes())
        status, _, err = pdz('export', plan, '-f', 'sqlite', '-o', plan, '--force')
        self.assertEqual(status, 2)
        self.assertIn('refusing to overwrite the input', err)
        self.assertEqual(plan.read_bytes(), EXAMPLE.read_bytes())

    def test_usage(self):
        for args, message in (
                (('export', EXAMPLE), 'pdz: export: no output: give -o OUT\n'),
                (('export', '-o', 'x.xlsx'),
                 'pdz: export: expected a PLAN file, a directory of plans, or several files\n'),
                (('export', EXAMPLE, '-o', 'plan.txt'),
                 "pdz: export: plan.txt: names no format: add -f FORMAT (xlsx, ods, csv or sqlite), "
                 "or end a directory of CSV tables with '/'\n"),
                (('export', EXAMPLE, '-f', 'pdf', '-o', 'x'),
                 'pdz: export: --format: unknown format "pdf" (expected xlsx, ods, csv or sqlite)\n'),
                (('import', 'x.xlsx'), 'pdz: import: no output: give -o plan.json, or --into plan.json\n'),
                (('import', 'x.xlsx', '-o', 'a.json', '--into', 'b.json'),
                 'pdz: import: --into: -o is not allowed beside --into\n'),
                (('import', 'x.xlsx', '-o', 'a.json', '--dry-run'),
                 'pdz: import: --dry-run, --format, --lang and --ascii go with --into\n'),
                (('import', 'x.xlsx', '--into', 'a.json', '--force'),
                 "pdz: import: --force: only with -o: --into never saves over another program's edit\n"),
                (('import', '-o', 'a.json'),
                 'pdz: import: expected one WORKBOOK (an .xlsx or .ods file, or a directory of CSV tables)\n')):
            status, out, err = pdz(*args)
            command = args[0]
            self.assertEqual((status, out, err), (2, '', message + hint(command) + '\n'), args)
            self.assertFalse(pathlib.Path('a.json').exists())


class Problems(Case):
    def test_cell_named(self):
        out = self.dir / 'plan.json'
        book = BAD / 'unknown-enum.xlsx'
        status, stdout, err = pdz('import', book, '-o', out)
        self.assertEqual((status, stdout), (2, ''))
        self.assertEqual(err, 'pdz: import: %s: Azioni!F5: stato «in corsoo» sconosciuto; valori ammessi: '
                              'non indicato, previsto, in corso, concluso, sospeso, annullato\n' % book)
        self.assertFalse(out.exists())

    def test_every_problem(self):
        book = BAD / 'many-errors.xlsx'
        status, _, err = pdz('import', book, '-o', self.dir / 'plan.json')
        self.assertEqual(status, 2)
        lines = err.splitlines()
        self.assertGreater(len(lines), 1)
        for line in lines:
            self.assertTrue(line.startswith('pdz: import: %s: ' % book), line)

    def test_refused_files(self):
        for name, what in (('old-excel.xls', '.xls'), ('macros.xlsm', '.xlsm'), ('report.xlsx', 'pdz export')):
            status, _, err = pdz('import', BAD / name, '-o', self.dir / 'plan.json')
            self.assertEqual(status, 2, name)
            self.assertTrue(err.startswith('pdz: import: %s: ' % (BAD / name)), err)
            self.assertIn(what, err)
            self.assertFalse((self.dir / 'plan.json').exists())

    def test_missing(self):
        status, _, err = pdz('import', self.dir / 'none.xlsx', '-o', self.dir / 'plan.json')
        self.assertEqual(status, 2)
        self.assertTrue(err.startswith('pdz: import: %s: ' % (self.dir / 'none.xlsx')), err)


class Conflict(Case):
    """Another program saves the plan file while pdz import --into runs:
    nothing is written over its edit, exit 2. The import is held between
    its load of the plan and its save by a full pipe: the diff it prints
    first is larger than a pipe holds, and it is read only after the edit."""

    def test_into_conflict(self):
        book = self.dir / 'piano.xlsx'
        self.run_ok('export', EXAMPLE, '-o', book)
        plan = self.dir / 'plan.json'
        plan.write_bytes(EARLIER.read_bytes())
        process = subprocess.Popen([PDZ, 'import', str(book), '--into', str(plan), '-f', 'json'],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment())
        try:
            wchan = pathlib.Path('/proc/%d/wchan' % process.pid)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and process.poll() is None:
                # (pipe_write, anon_pipe_write, by the kernel)
                if wchan.exists() and wchan.read_text().endswith('pipe_write'):
                    break
                time.sleep(0.05)
            else:
                self.skipTest('the import did not wait on its output')
            edited = json.loads(plan.read_text(encoding='utf-8'))
            edited['ambito'] = 'Edited by another program'
            plan.write_text(json.dumps(edited, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
            out, err = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
            process.communicate()
        self.assertEqual(process.returncode, 2, err)
        self.assertGreater(len(out), 65536)
        self.assertIn(b'changed on disk since', err)
        self.assertTrue(err.decode('utf-8').startswith('pdz: import: %s: ' % plan), err)
        self.assertEqual(json.loads(plan.read_text(encoding='utf-8'))['ambito'], 'Edited by another program')


# --- An office's edits -----------------------------------------------------

NEW_ACTION = 'Nuova azione dell’ufficio'
NEW_PARTNER = 'Cooperativa Nuova'


class OfficeEdits(Case):
    """An office edits the workbook in its spreadsheet: a status, a date and
    a title changed, an action row and a partner row added. pdz import
    --into reports exactly those five changes."""

    def edit_xlsx(self, path):
        book = openpyxl.load_workbook(path)
        actions = book['Azioni']
        names = [c.value for c in actions[2]]
        col = {name: i for i, name in enumerate(names)}
        rows = list(actions.iter_rows(min_row=3))
        status_row = next(r for r in rows if r[col['status']].value == 'in corso')
        # (every date of the example is a milestone's: an action gets one)
        date_row = next(r for r in rows if r[col['date']].value is None and r is not status_row)
        title_row = next(r for r in rows if r is not status_row and r is not date_row)
        edited = {
            'status': status_row[col['id']].value,
            'date': date_row[col['id']].value,
            'title': title_row[col['id']].value,
            'objective': title_row[col['objective']].value,
        }
        status_row[col['status']].value = 'concluso'
        date_row[col['date']].value = '2023-05'
        title_row[col['title']].value = 'Un titolo nuovo'
        new_row = actions.max_row + 1
        actions.cell(new_row, col['objective'] + 1, edited['objective'])
        actions.cell(new_row, col['title'] + 1, NEW_ACTION)
        actions.cell(new_row, col['status'] + 1, 'previsto')
        partners = book['Partner']
        pcol = {c.value: i for i, c in enumerate(partners[2])}
        new_row = partners.max_row + 1
        partners.cell(new_row, pcol['name'] + 1, NEW_PARTNER)
        partners.cell(new_row, pcol['kind'] + 1, 'third-sector')
        book.save(path)
        return edited

    def check_into(self, book, edited):
        plan = self.dir / 'plan.json'
        plan.write_bytes(EXAMPLE.read_bytes())

        # --dry-run: the changes, exit 1, nothing saved.
        status, out, err = pdz('import', book, '--into', plan, '--dry-run', '--format', 'json')
        self.assertEqual(status, 1, err)
        self.assertEqual(plan.read_bytes(), EXAMPLE.read_bytes())
        # The new ids are listed, with their cells.
        self.assertRegex(err, r'pdz: import: %s: Azioni!A\d+: nuova riga: identificativo '
                              r'«nuova-azione-dell-ufficio»\n' % book)
        self.assertRegex(err, r'pdz: import: %s: Partner!A\d+: nuova riga: identificativo '
                              r'«cooperativa-nuova»\n' % book)
        changes = json.loads(out)['changes']
        found = sorted((c['change'], c['entity'], c.get('id'), c.get('member')) for c in changes)
        self.assertEqual(found, sorted([
            ('added', 'action', 'nuova-azione-dell-ufficio', None),
            ('added', 'partner', 'cooperativa-nuova', None),
            ('changed', 'action', edited['date'], 'date'),
            ('changed', 'action', edited['status'], 'status'),
            ('changed', 'action', edited['title'], 'title'),
        ]), json.dumps(changes, indent=1, ensure_ascii=False)[:3000])

        # The text, as pdz diff prints it.
        status, out, _ = pdz('import', book, '--into', plan, '--dry-run')
        self.assertEqual(status, 1)
        self.assertIn('Azione «Un titolo nuovo» (%s): titolo: «' % edited['title'], out)
        self.assertIn('(%s): stato: in corso → concluso' % edited['status'], out)
        self.assertIn('Azione «%s» (nuova-azione-dell-ufficio): aggiunta' % NEW_ACTION, out)
        self.assertIn('Partner «%s» (cooperativa-nuova): aggiunto' % NEW_PARTNER, out)
        self.assertTrue(out.endswith('\n5 modifiche.\n'), out)

        # Saved: exit 0, the plan in place, the same as the workbook's.
        status, _, err = pdz('import', book, '--into', plan)
        self.assertEqual(status, 0, err)
        saved = json.loads(plan.read_text(encoding='utf-8'))
        actions = {a['id']: a for o in saved['objectives'] for a in o.get('actions', [])}
        self.assertEqual(actions[edited['status']]['status'], 'completed')
        self.assertEqual(actions[edited['date']]['date'], '2023-05')
        self.assertEqual(actions[edited['title']]['title'], 'Un titolo nuovo')
        self.assertEqual(actions['nuova-azione-dell-ufficio']['title'], NEW_ACTION)
        self.assertIn('cooperativa-nuova', [p['id'] for p in saved['partners']])
        self.assertEqual([p.name for p in self.dir.iterdir() if p.name.startswith('plan.json')], ['plan.json'])

        # And now nothing is left to change.
        status, out, _ = pdz('import', book, '--into', plan, '--dry-run')
        self.assertEqual(status, 0)
        self.assertTrue(out.endswith('\nNessuna modifica.\n'), out)

    def test_openpyxl(self):
        book = self.dir / 'piano.xlsx'
        self.run_ok('export', EXAMPLE, '-o', book)
        edited = self.edit_xlsx(book)
        self.check_into(book, edited)

    def test_libreoffice_ods(self):
        book = self.dir / 'piano.ods'
        book.write_bytes(LIBREOFFICE_ODS.read_bytes())
        # As LibreOffice saved it, the example plan.
        status, out, err = pdz('import', book, '--into', EXAMPLE, '--dry-run')
        self.assertEqual((status, err), (0, ''))
        edited = edit_ods(book)
        self.check_into(book, edited)


# --- Editing an ODS file in its XML ----------------------------------------

NS = {
    'table': 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
    'text': 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
    'office': 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
}


def q(prefix, name):
    return '{%s}%s' % (NS[prefix], name)


REPEAT = q('table', 'number-columns-repeated')


def cells_of(row, upto):
    """The cells of @row, the repeated ones split so that each of the first
    @upto columns is an element of its own."""
    out = []
    i = 0
    for cell in list(row):
        if cell.tag not in (q('table', 'table-cell'), q('table', 'covered-table-cell')):
            continue
        n = int(cell.get(REPEAT, '1'))
        if n > 1 and i < upto:
            index = list(row).index(cell)
            keep = min(n, upto - i)
            for k in range(keep):
                one = copy.deepcopy(cell)
                one.attrib.pop(REPEAT, None)
                row.insert(index + k, one)
            row.remove(cell)
            if n > keep:
                rest = copy.deepcopy(cell)
                rest.set(REPEAT, str(n - keep))
                row.insert(index + keep, rest)
            out.extend(list(row)[index:index + keep])
            i += keep
        else:
            out.append(cell)
            i += n
        if i >= upto:
            break
    return out


def cell_text(cell):
    return '\n'.join(''.join(p.itertext()) for p in cell.findall(q('text', 'p')))


def set_text(cell, value):
    for p in cell.findall(q('text', 'p')):
        cell.remove(p)
    for name in list(cell.attrib):
        if name.endswith('}value') or name.endswith('}value-type') or name.endswith('}formula'):
            del cell.attrib[name]
    cell.set(q('office', 'value-type'), 'string')
    cell.set('{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}value-type', 'string')
    ET.SubElement(cell, q('text', 'p')).text = value


def data_rows(table):
    rows = []
    for element in table.iter(q('table', 'table-row')):
        rows.append(element)
    return rows


def edit_ods(path):
    """The same edits as the XLSX's, in content.xml, as a program other than
    LibreOffice could make them."""
    with zipfile.ZipFile(path) as z:
        members = [(info, z.read(info.filename)) for info in z.infolist()]
    for prefix, uri in NS.items():
        ET.register_namespace(prefix, uri)
    content = dict((info.filename, data) for info, data in members)['content.xml']
    # Keep every namespace declaration of the document.
    for _, (prefix, uri) in ET.iterparse(io.BytesIO(content), events=['start-ns']):
        ET.register_namespace(prefix, uri)
    root = ET.fromstring(content)
    tables = {t.get(q('table', 'name')): t for t in root.iter(q('table', 'table'))}

    def table_columns(table, width):
        rows = data_rows(table)
        names = [cell_text(c) for c in cells_of(rows[1], width)]
        return rows, {name: i for i, name in enumerate(names) if name}

    actions, col = table_columns(tables['Azioni'], 11)
    width = max(col.values()) + 1
    body = [r for r in actions[2:] if cell_text(cells_of(r, width)[col['id']])]
    texts = [[cell_text(c) for c in cells_of(r, width)] for r in body]
    s = next(i for i, t in enumerate(texts) if t[col['status']] == 'in corso')
    d = next(i for i, t in enumerate(texts) if not t[col['date']] and i != s)
    t = next(i for i in range(len(texts)) if i not in (s, d))
    edited = {'status': texts[s][col['id']], 'date': texts[d][col['id']], 'title': texts[t][col['id']],
              'objective': texts[t][col['objective']]}
    set_text(cells_of(body[s], width)[col['status']], 'concluso')
    set_text(cells_of(body[d], width)[col['date']], '2023-05')
    set_text(cells_of(body[t], width)[col['title']], 'Un titolo nuovo')

    def add_row(table, rows, like, values, width):
        new = copy.deepcopy(like)
        new.attrib.pop(q('table', 'number-rows-repeated'), None)
        cells = cells_of(new, width)
        for cell in cells:
            set_text(cell, '')
            for p in cell.findall(q('text', 'p')):
                cell.remove(p)
            for name in list(cell.attrib):
                if name.endswith('value-type'):
                    del cell.attrib[name]
        for index, value in values.items():
            set_text(cells[index], value)
        parent = next(p for p in table.iter() if like in list(p))
        parent.insert(list(parent).index(like) + 1, new)

    add_row(tables['Azioni'], actions, body[-1],
            {col['objective']: edited['objective'], col['title']: NEW_ACTION, col['status']: 'previsto'}, width)
    partners, pcol = table_columns(tables['Partner'], 5)
    pbody = [r for r in partners[2:] if cell_text(cells_of(r, 5)[pcol['id']])]
    add_row(tables['Partner'], partners, pbody[-1], {pcol['name']: NEW_PARTNER, pcol['kind']: 'third-sector'}, 5)

    data = ET.tostring(root, xml_declaration=True, encoding='UTF-8')
    with zipfile.ZipFile(path, 'w') as z:
        for info, member in members:
            if info.filename == 'content.xml':
                member = data
            compress = zipfile.ZIP_STORED if info.filename == 'mimetype' else zipfile.ZIP_DEFLATED
            z.writestr(info.filename, member, compress_type=compress)
    return edited


if __name__ == '__main__':
    unittest.main(verbosity=2)
