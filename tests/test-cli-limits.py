"""pdz and hostile input: bounded, escaped messages; limits; formula guards.

SPDX-License-Identifier: LGPL-2.1-or-later

Run by meson (suite report) with PDZ_TOOL set to the built pdz, under a
Python with pytest and openpyxl (Debian's python3-pytest, python3-openpyxl).
"""

import json
import os
import pathlib
import subprocess

import pytest

PDZ = os.environ['PDZ_TOOL']
HEAD = {'format': 'pdz', 'version': 2, 'id': 'p', 'title': 't'}

# What a spreadsheet skips before a formula (doc/report.md, "Formulas").
LEADS = [' ', '\n', '\t', '\r', '\x01', '\u00a0', '\u200b', '\ufeff', '\u3000', '\u2060']
TRIGGERS = ['=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20']


def pdz(*args, check=True):
    env = {**os.environ, 'LC_ALL': 'C.UTF-8', 'SOURCE_DATE_EPOCH': '1700000000'}
    result = subprocess.run([PDZ, *map(str, args)], capture_output=True, env=env)
    if check and result.returncode != 0:
        raise AssertionError('pdz %s failed (%d): %s' % (' '.join(map(str, args)), result.returncode,
                                                         result.stderr.decode()))
    return result


def write_plan(path, plan):
    path.write_text(json.dumps({**HEAD, **plan}, ensure_ascii=False), encoding='utf-8')
    return path


def test_validate_huge_integer_is_bounded(tmp_path):
    plan = tmp_path / 'int.json'
    plan.write_text('{"format": "pdz", "version": 2, "id": "p", "title": "t", "x-n": %s}' % ('9' * 50_000_000))
    result = pdz('validate', plan, check=False)
    assert result.returncode == 2
    assert len(result.stderr) < 400
    assert '…' in result.stderr.decode()
    assert result.stdout == b''


def test_validate_huge_member_is_bounded(tmp_path):
    plan = tmp_path / 'member.json'
    plan.write_text('{"format": "pdz", "version": 2, "id": "p", "title": "t", "%s": 1}' % ('a' * 10_000_000))
    result = pdz('validate', plan, check=False)
    assert result.returncode == 2
    assert len(result.stderr) < 1000
    assert 'unknown member "' + 'a' * 80 + '…"' in result.stderr.decode()


def test_validate_escapes_controls_and_bidi(tmp_path):
    plan = write_plan(tmp_path / 'ctl.json', {'partners': [{'id': 'nope\x1b]0;PWNED\x07', 'name': 'n'}],
                                              'objectives': [{'id': 'o', 'title': 'O', 'partners': [
                                                  {'partner': 'evil\u202etxt', 'role': 'lead'}]}]})
    result = pdz('validate', plan, check=False)
    assert result.returncode == 2
    err = result.stderr.decode()
    assert '\u202e' not in err and '\x1b' not in err
    assert '\\u202e' in err


def test_fifo_and_dev_zero_refused_at_once(tmp_path):
    fifo = tmp_path / 'fifo.json'
    os.mkfifo(fifo)
    for path in (fifo, '/dev/zero'):
        result = subprocess.run([PDZ, 'validate', str(path)], capture_output=True, timeout=20)
        assert result.returncode == 2
        assert b'not a regular file' in result.stderr


def test_file_past_the_size_limit(tmp_path):
    big = tmp_path / 'big.json'
    with open(big, 'wb') as f:
        f.truncate(256 * 1024 * 1024 + 1)
    result = pdz('validate', big, check=False)
    assert result.returncode == 2
    assert '268435457 bytes, more than the 268435456' in result.stderr.decode()


def guarded_plan(tmp_path):
    titles = [lead + trigger + '1+1' for lead in LEADS for trigger in TRIGGERS[:2]]
    titles += [trigger + '1+1' for trigger in TRIGGERS]
    actions = [{'id': 'a%d' % i, 'title': t} for i, t in enumerate(titles)]
    return write_plan(tmp_path / 'guard.json', {'objectives': [{'id': 'o', 'title': 'O', 'actions': actions}]}), titles


def test_csv_guard_past_what_spreadsheets_skip(tmp_path):
    plan, titles = guarded_plan(tmp_path)
    out = tmp_path / 'actions.csv'
    pdz('report', plan, '-f', 'csv', '--table', 'actions', '-o', out)
    with open(out, encoding='utf-8', newline='') as f:
        text = f.read()
    for title in titles:
        # The report drops control characters other than tab and line ends.
        shown = ''.join(c for c in title if c >= ' ' or c in '\t\n\r')
        assert '"\'' + shown + '"' in text, repr(title)


def xlsx_available():
    help_text = pdz('report', '--help').stdout.decode()
    return 'not in this build:' not in help_text or 'xlsx' not in help_text.split('not in this build:')[1]


@pytest.mark.skipif(not xlsx_available(), reason='no XLSX in this build')
def test_xlsx_never_a_formula(tmp_path):
    import openpyxl

    plan, titles = guarded_plan(tmp_path)
    out = tmp_path / 'r.xlsx'
    pdz('report', plan, '-f', 'xlsx', '-o', out)
    strings = set()
    for sheet in openpyxl.load_workbook(out):
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != 'f', (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    strings.add(cell.value)
    # Stored as the text it is (openpyxl reads XML: \r comes back as \n).
    for title in titles:
        if '\r' not in title and '\x01' not in title:
            assert title in strings, repr(title)
