# test_workbook.py: the workbook through the Python binding
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Round trips of 200 generated plans (half of them hostile) in every format,
# an XLSX edited by openpyxl as an office would, the ODS that LibreOffice
# wrote, our ODS read by odfpy, and the problems one by one.

import json
import os
import pathlib
import sys
import tempfile

import gi

gi.require_version('Pdz', '1.0')
from gi.repository import Gio, GLib, Pdz  # noqa: E402

import pytest  # noqa: E402

from conftest import EXAMPLES_DIR, SOURCE_ROOT, TEST_DATA_DIR  # noqa: E402

sys.path.insert(0, str(SOURCE_ROOT / 'tests' / 'gen'))
import pdzgen  # noqa: E402

EXAMPLE = EXAMPLES_DIR / 'corsichese-2021-2023.json'
FORMATS = [
    (Pdz.WorkbookFormat.XLSX, 'plan.xlsx'),
    (Pdz.WorkbookFormat.ODS, 'plan.ods'),
    (Pdz.WorkbookFormat.CSV, 'tables'),
]


def available(fmt):
    return Pdz.workbook_format_is_available(fmt)


def export(plan, path, fmt):
    plan.export_workbook(Gio.File.new_for_path(str(path)), fmt, None)
    return path


def load(path):
    return Pdz.Plan.new_from_workbook(Gio.File.new_for_path(str(path)), None)


@pytest.fixture
def scratch(tmp_path):
    """A scratch directory in memory where there is one: every export syncs
    its file to disk, and 600 of them on a disk take a minute."""
    shm = pathlib.Path('/dev/shm')
    if shm.is_dir() and os.access(shm, os.W_OK):
        with tempfile.TemporaryDirectory(dir=shm, prefix='pdz-workbook-') as d:
            yield pathlib.Path(d)
    else:
        yield tmp_path


@pytest.mark.parametrize('fmt,name', FORMATS)
def test_round_trip_generated(scratch, fmt, name):
    if not available(fmt):
        pytest.skip('not in this build')
    for seed in range(200):
        text = pdzgen.dump(pdzgen.generate(seed, hostile=seed % 2 == 1))
        plan = Pdz.Plan.new_from_data(text, -1)
        before = plan.to_data()
        back = load(export(plan, scratch / ('%d-%s' % (seed, name)), fmt))
        assert back.to_data() == before, 'seed %d' % seed


@pytest.mark.parametrize('example', ['corsichese-2021-2023.json', 'corsichese-2022-12.json'])
@pytest.mark.parametrize('fmt,name', FORMATS)
def test_round_trip_examples(tmp_path, example, fmt, name):
    if not available(fmt):
        pytest.skip('not in this build')
    plan = Pdz.Plan.load_path(str(EXAMPLES_DIR / example), None)
    assert load(export(plan, tmp_path / name, fmt)).to_data() == plan.to_data()


def walk_actions(plan):
    for holder in plan.get('objectives', []) + plan.get('projects', []):
        for action in holder.get('actions', []):
            yield holder, action
            for sub in action.get('actions', []):
                yield holder, sub


def test_openpyxl_edits(tmp_path):
    """An office edits the workbook in a spreadsheet: exactly its changes come back."""
    openpyxl = pytest.importorskip('openpyxl')
    plan = Pdz.Plan.load_path(str(EXAMPLE), None)
    path = export(plan, tmp_path / 'piano.xlsx', Pdz.WorkbookFormat.XLSX)

    wb = openpyxl.load_workbook(path)
    actions = wb['Azioni']
    header = {cell.value: cell.column_letter for cell in actions[2]}
    action_id = actions[header['id'] + '3'].value
    objective_id = actions[header['objective'] + '3'].value
    actions[header['status'] + '3'] = 'concluso'
    actions[header['date'] + '3'] = '24/01/2023'
    actions[header['title'] + '3'] = 'Tavolo di rete con i Comuni'
    row = actions.max_row + 1
    actions[header['objective'] + str(row)] = objective_id
    actions[header['title'] + str(row)] = 'Sportello unico per la casa'
    actions[header['status'] + str(row)] = 'previsto'
    partners = wb['Partner']
    pheader = {cell.value: cell.column_letter for cell in partners[2]}
    row = partners.max_row + 1
    partners[pheader['name'] + str(row)] = 'Cooperativa Il Sole'
    partners[pheader['kind'] + str(row)] = 'ente del Terzo settore'
    wb.save(path)

    imp = Pdz.WorkbookImport.new()
    back = imp.load(Gio.File.new_for_path(str(path)), None)
    assert list(imp.get_new_ids()) == ['sportello-unico-per-la-casa', 'cooperativa-il-sole']

    expected = json.loads(plan.to_data())
    for holder, action in walk_actions(expected):
        if action['id'] == action_id:
            action['status'] = 'completed'
            action['date'] = '2023-01-24'
            action['title'] = 'Tavolo di rete con i Comuni'
    objective = next(o for o in expected['objectives'] if o['id'] == objective_id)
    objective['actions'].append({'id': 'sportello-unico-per-la-casa', 'title': 'Sportello unico per la casa',
                                 'status': 'planned'})
    expected['partners'].append({'id': 'cooperativa-il-sole', 'name': 'Cooperativa Il Sole',
                                 'kind': 'third-sector'})
    assert json.loads(back.to_data()) == expected


def test_libreoffice_ods():
    """An ODS that LibreOffice made from our XLSX (committed, converted once)."""
    plan = Pdz.Plan.load_path(str(EXAMPLE), None)
    back = load(TEST_DATA_DIR / 'workbooks' / 'corsichese-libreoffice.ods')
    assert back.to_data() == plan.to_data()


def test_ods_read_by_odfpy(tmp_path):
    """Our ODS is a spreadsheet other programs read: odfpy sees the sheets and the text."""
    pytest.importorskip('odf')
    from odf.opendocument import load as odf_load
    from odf.table import Table, TableCell, TableRow
    from odf import teletype

    plan = Pdz.Plan.load_path(str(EXAMPLE), None)
    path = export(plan, tmp_path / 'piano.ods', Pdz.WorkbookFormat.ODS)
    doc = odf_load(str(path))
    sheets = {t.getAttribute('name'): t for t in doc.spreadsheet.getElementsByType(Table)}
    assert ['Leggimi', 'Piano', 'Macroaree', 'Obiettivi', 'Azioni', 'Milestone', 'Progetti', 'Partner',
            'Ruoli', 'Finanziamenti', 'Indicatori', 'Misurazioni', 'Elenchi'] == list(sheets)
    rows = sheets['Azioni'].getElementsByType(TableRow)
    members = [teletype.extractText(c) for c in rows[1].getElementsByType(TableCell)]
    assert members[:6] == ['id', 'parent', 'objective', 'project', 'title', 'status']
    titles = [teletype.extractText(r.getElementsByType(TableCell)[4]) for r in rows[2:]]
    for _, action in walk_actions(json.loads(plan.to_data())):
        assert action['title'] in titles


def test_problems(tmp_path):
    imp = Pdz.WorkbookImport.new()
    imp.props.max_errors = 3
    with pytest.raises(GLib.Error) as info:
        imp.load(Gio.File.new_for_path(str(TEST_DATA_DIR / 'bad-workbooks' / 'unknown-enum.xlsx')), None)
    assert info.value.matches(Pdz.error_quark(), Pdz.Error.INVALID_VALUE)
    problems = list(imp.get_problems())
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.get_sheet(), problem.get_cell(), problem.get_row(), problem.get_column()) == \
        ('Azioni', 'F5', 5, 6)
    assert problem.get_severity() == Pdz.WorkbookSeverity.ERROR
    assert problem.to_string() == ('Azioni!F5: stato «in corsoo» sconosciuto; valori ammessi: non indicato, '
                                   'previsto, in corso, concluso, sospeso, annullato')
    assert imp.get_n_errors() == 1


def test_english_plan(tmp_path):
    """An English plan has English sheets, headers and messages."""
    import csv
    data = json.loads(EXAMPLE.read_text())
    data['language'] = 'en'
    plan = Pdz.Plan.new_from_data(json.dumps(data), -1)
    path = export(plan, tmp_path / 'tables', Pdz.WorkbookFormat.CSV)
    with open(path / 'actions.csv', newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f))
    rows[1][rows[0].index('status')] = 'finished'
    with open(path / 'actions.csv', 'w', newline='', encoding='utf-8') as f:
        csv.writer(f, lineterminator='\r\n').writerows(rows)
    with pytest.raises(GLib.Error) as info:
        load(path)
    cell = 'actions.csv!%s2' % 'ABCDEFGHIJKL'[rows[0].index('status')]
    assert info.value.message == ('tables: %s: unknown status “finished”; allowed values: not stated, planned, '
                                  'in progress, completed, suspended, cancelled' % cell)
    if available(Pdz.WorkbookFormat.XLSX):
        openpyxl = pytest.importorskip('openpyxl')
        xlsx = export(plan, tmp_path / 'plan.xlsx', Pdz.WorkbookFormat.XLSX)
        assert openpyxl.load_workbook(xlsx).sheetnames[:3] == ['Read me', 'Plan', 'Macroareas']
        assert load(xlsx).to_data() == plan.to_data()
