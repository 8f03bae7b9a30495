# test_corpus_sqlite.py: a corpus through the bindings, and its SQLite export
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# A small corpus from the project's generator (tests/gen/pdzgen.py), with
# bad files, rounds of one plan and files a directory load skips, is read
# with Pdz.Corpus and exported with Pdz.Corpus.export_sqlite(); plain SQL
# over the database (Python's sqlite3, no libpdz) must find the counts of
# PdzStats (through the bindings) and of the generator's own count().
# Run alone by the meson test "corpus-sqlite", under /usr/bin/python3.

import copy
import json
import os
import pathlib
import sqlite3
import sys

import gi

gi.require_version('Pdz', '1.0')

from gi.repository import Gio, Pdz  # noqa: E402

import pytest  # noqa: E402

SOURCE_ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(SOURCE_ROOT / 'tests' / 'gen'))

import pdzgen  # noqa: E402

STATUSES = ['planned', 'in-progress', 'completed', 'suspended', 'cancelled', 'not-stated']


@pytest.fixture(scope='module')
def corpus_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp('corpus')
    plans = {}
    for name, plan in pdzgen.preset_plans('lombardia', seed=3, plans=3, objectives=4, actions=5):
        plans[name] = plan
    plans['hostile.json'] = pdzgen.generate(9, objectives=3, actions=4, hostile=True,
                                            plan_id='hostile')
    # Two rounds of one plan: the later one counts.
    old = copy.deepcopy(plans['ambito-001.json'])
    old['monitoring'] = {'title': 'Primo', 'start': '2021-01', 'end': '2021-06'}
    plans['ambito-001-old.json'] = old
    for name, plan in plans.items():
        (d / name).write_text(pdzgen.dump(plan), encoding='utf-8')
    (d / 'broken.json').write_text('{"format": "pdz", "version": 2, "id": ', encoding='utf-8')
    (d / 'not-a-plan.json').write_text('[1, 2, 3]\n', encoding='utf-8')
    (d / '.ambito-002.json.X1Y2Z3.tmp').write_text(pdzgen.dump(plans['ambito-002.json']))
    return d, plans


@pytest.fixture(scope='module')
def corpus(corpus_dir):
    d, _ = corpus_dir
    c = Pdz.Corpus.new()
    seen = []
    c.connect('progress', lambda corpus, done, total: seen.append((done, total)))
    assert c.load([Gio.File.new_for_path(str(d))], None)
    assert seen[0] == (0, 7) and seen[-1] == (7, 7)
    return c


@pytest.fixture(scope='module')
def db(corpus, tmp_path_factory):
    if not Pdz.Corpus.can_export_sqlite():
        pytest.skip('built without SQLite')
    path = tmp_path_factory.mktemp('db') / 'region.sqlite'
    assert corpus.export_sqlite(Gio.File.new_for_path(str(path)), None)
    con = sqlite3.connect(str(path))
    con.execute('PRAGMA foreign_keys = ON')
    yield con
    con.close()


def used_plans(corpus):
    return {p.get_id(): p for p in corpus.get_plans()}


def test_files(corpus):
    states = {pathlib.Path(f.get_file().get_path()).name: f.get_state().value_nick
              for f in corpus.get_files()}
    assert states == {
        'ambito-001-old.json': 'superseded',
        'ambito-001.json': 'used',
        'ambito-002.json': 'used',
        'ambito-003.json': 'used',
        'broken.json': 'failed',
        'hostile.json': 'used',
        'not-a-plan.json': 'failed',
    }
    errors = [f.get_error().message for f in corpus.get_errors()]
    assert any('broken.json' in m for m in errors)
    assert len(used_plans(corpus)) == 4


def test_schema(db):
    assert db.execute('PRAGMA user_version').fetchone()[0] == 1
    assert db.execute('PRAGMA foreign_key_check').fetchall() == []
    assert db.execute('PRAGMA integrity_check').fetchone()[0] == 'ok'
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {'plans', 'partners', 'macroareas', 'objectives', 'projects', 'actions',
            'milestones', 'participations', 'fundings', 'indicators', 'measurements',
            'plan_municipalities', 'project_objectives', 'action_projects'} <= tables
    # Every foreign key has an index that starts with its columns.
    for table in tables:
        keys = {}
        for row in db.execute('PRAGMA foreign_key_list(%s)' % table):
            keys.setdefault(row[0], []).append(row[3])
        indexed = [[r[2] for r in db.execute('PRAGMA index_info(%s)' % idx[1])]
                   for idx in db.execute('PRAGMA index_list(%s)' % table)]
        for columns in keys.values():
            if columns == ['plan']:
                continue
            assert any(ix[:len(columns)] == columns for ix in indexed), (table, columns)


def test_counts_of_the_generator(db, corpus_dir, corpus):
    _, plans = corpus_dir
    used = used_plans(corpus)
    for name, plan in plans.items():
        if plan['id'] not in used or name == 'ambito-001-old.json':
            continue
        figures = pdzgen.count(plan)
        row = db.execute('SELECT actions, objective_actions, project_actions, planned, '
                         'in_progress, completed, suspended, cancelled, not_stated, extra '
                         'FROM plan_actions WHERE plan = ?', (plan['id'],)).fetchone()
        assert row[0] == figures['actions']
        assert row[1] == figures['objective-actions']
        assert row[2] == figures['project-actions']
        assert list(row[3:9]) == [figures['by-status'][s] for s in STATUSES]
        assert row[9] == figures['by-origin']['extra']

        by_objective = dict(db.execute('SELECT objective, actions FROM objective_actions '
                                       'WHERE plan = ?', (plan['id'],)).fetchall())
        expected = {k: v for k, v in figures['by-objective']['rows'].items() if v}
        if figures['by-objective']['project-actions']:
            expected['+projects'] = figures['by-objective']['project-actions']
        assert by_objective == expected

        by_macroarea = dict(db.execute('SELECT macroarea, actions FROM macroarea_actions '
                                       'WHERE plan = ?', (plan['id'],)).fetchall())
        expected = {k: v for k, v in figures['by-macroarea']['rows'].items() if v}
        if figures['by-macroarea']['project-actions']:
            expected['+projects'] = figures['by-macroarea']['project-actions']
        assert by_macroarea == expected


def test_counts_of_pdz_stats(db, corpus):
    for plan in corpus.get_plans():
        stats = Pdz.Stats.new(plan)
        plan_id = plan.get_id()
        assert db.execute('SELECT actions FROM plan_actions WHERE plan = ?',
                          (plan_id,)).fetchone()[0] == stats.get_n_actions()
        assert db.execute('SELECT extra FROM plan_actions WHERE plan = ?',
                          (plan_id,)).fetchone()[0] == stats.get_n_extra_actions()

        table = stats.by_macroarea()
        for i in range(table.get_n_items()):
            row = table.get_item(i)
            sql = db.execute('SELECT ' + ', '.join(s.replace('-', '_') for s in STATUSES) +
                             ' FROM macroarea_actions WHERE plan = ? AND macroarea = ?',
                             (plan_id, row.get_key())).fetchone() or (0,) * len(STATUSES)
            assert list(sql) == [row.get_int('actions-' + s) for s in STATUSES]

        partners = stats.by_partner()
        for i in range(partners.get_n_items()):
            row = partners.get_item(i)
            if row.get_int('actions') == 0:
                continue
            n = db.execute('SELECT actions FROM partner_actions WHERE plan = ? AND partner = ?',
                           (plan_id, row.get_key())).fetchone()[0]
            assert n == row.get_int('actions')

        fundings = stats.by_funding_status()
        for i in range(fundings.get_n_items()):
            row = fundings.get_item(i)
            sql = db.execute('SELECT fundings, amount, unknown_amounts FROM funding_by_status '
                             'WHERE plan = ? AND status = ?', (plan_id, row.get_key())).fetchone()
            sql = sql or (0, 0, 0)
            assert list(sql) == [row.get_int('fundings'), row.get_int('amount'),
                                 row.get_int('unknown-amounts')]


def test_region_totals(db, corpus):
    total = db.execute('SELECT SUM(actions) FROM plan_actions').fetchone()[0]
    assert total == corpus.get_n_actions()
    by_ambito = corpus.by_ambito(None)
    assert sum(by_ambito.get_item(i).get_int('actions')
               for i in range(by_ambito.get_n_items())) == total


def test_rows(db, corpus):
    # Every entity of every plan is a row, with its plan.
    for plan in corpus.get_plans():
        plan_id = plan.get_id()
        for kind, table in [(Pdz.EntityKind.ACTION, 'actions'),
                            (Pdz.EntityKind.PARTICIPATION, 'participations'),
                            (Pdz.EntityKind.FUNDING, 'fundings'),
                            (Pdz.EntityKind.MILESTONE, 'milestones'),
                            (Pdz.EntityKind.PARTNER, 'partners'),
                            (Pdz.EntityKind.INDICATOR, 'indicators'),
                            (Pdz.EntityKind.MEASUREMENT, 'measurements')]:
            n = db.execute('SELECT COUNT(*) FROM %s WHERE plan = ?' % table,
                           (plan_id,)).fetchone()[0]
            assert n == plan.dup_table(kind).get_n_items(), (plan_id, table)


def test_summary_json(corpus):
    summary = json.loads(corpus.summary_to_json(None)[0])
    assert summary['corpus'] == {'files': 7, 'plans': 4, 'errors': 2, 'superseded': 1}
    assert summary['totals']['actions'] == corpus.get_n_actions()
    try:
        import jsonschema
    except ImportError:
        return
    schema = json.loads((SOURCE_ROOT / 'doc' / 'pdz-corpus-summary.schema.json').read_text())
    jsonschema.Draft202012Validator(schema).validate(summary)
