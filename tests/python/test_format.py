# test_format.py: amounts, counts, labels, texts and table CSV through Python
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# pdz-format.h, as an analyst or a report generator calls it: the same
# texts as the reports, in Italian and English.

import csv
import io
import json

from gi.repository import Pdz


def test_amount():
    assert Pdz.format_amount(125000, 'it') == '€\u00a01.250,00'
    assert Pdz.format_amount(125000, 'en') == '€1,250.00'
    assert Pdz.format_amount(125000, None) == '€\u00a01.250,00'
    assert Pdz.format_amount(2**63 - 1, 'en') == '€92,233,720,368,547,758.07'
    assert Pdz.format_amount(-2**63, 'en') == '−€92,233,720,368,547,758.08'


def test_count_and_named_base(example_plan):
    stats = Pdz.Stats.new(example_plan)
    completed = stats.by_status().lookup_row('completed')['actions']
    total = stats.get_n_actions()
    assert Pdz.format_count(1234567, 'it') == '1.234.567'
    assert Pdz.format_completed_of(completed, total, 'it') == '10 di 31 azioni concluse (32%)'
    assert Pdz.format_completed_of(completed, total, 'en') == '10 of 31 actions completed (32%)'


def test_enum_labels():
    assert Pdz.enum_get_label(Pdz.Status.__gtype__, Pdz.Status.IN_PROGRESS, 'it') == 'in corso'
    assert Pdz.enum_get_label(Pdz.Status.__gtype__, Pdz.Status.NOT_STATED, 'it') == 'non indicato'
    assert Pdz.enum_get_label(Pdz.Role.__gtype__, Pdz.Role.LEAD, 'en') == 'lead'
    assert Pdz.enum_get_label(Pdz.Origin.__gtype__, Pdz.Origin.EXTRA, 'it') == 'extra'
    assert Pdz.enum_get_label(Pdz.Status.__gtype__, 99, 'it') is None


def test_texts():
    assert Pdz.format_get_text('project-actions', 'it') == 'Azioni dei progetti'
    assert Pdz.format_get_text('amount-overflow', 'en') == 'not computable'


def test_table_csv_and_rows(example_plan):
    table = example_plan.dup_table(Pdz.EntityKind.ACTION)
    subset = table.dup_rows(['piano-poverta-2', 'agenzia-abitare-1', 'nope'])
    assert [row['id'] for row in subset] == ['piano-poverta-2', 'agenzia-abitare-1']
    rows = list(csv.DictReader(io.StringIO(subset.to_csv(Pdz.ReportCsvDialect.RFC4180), newline='')))
    assert [row['id'] for row in rows] == ['piano-poverta-2', 'agenzia-abitare-1']
    # CSV and JSON, the same rows; null is an empty field.
    for row, record in zip(json.loads(subset.to_json()), rows):
        assert {k: '' if v is None else str(v) for k, v in row.items()} == record
    excel = subset.to_csv(Pdz.ReportCsvDialect.EXCEL_IT)
    assert excel.startswith('\ufeffid;parent;')
