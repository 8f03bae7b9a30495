# test_sugar.py: what the Python override adds to the introspected API
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Each item is sugar over a call every language has; tests/gjs/test-data.js
# reaches the same through the plain API.

import datetime
import json
import pathlib

import pytest

from gi.repository import GLib, Gio, Pdz

ACCENTED = {
    'format': 'pdz', 'version': 2, 'id': 'città',
    'title': 'Piano di Zona: libertà, città e comunità — «prova» ✓',
    'partners': [{'id': 'ente', 'name': 'Società cooperativa “Esempio”'}],
}


def accented_text():
    return json.dumps(ACCENTED, indent=2, ensure_ascii=False) + '\n'


# --- reading text --------------------------------------------------------------

def test_new_from_data_str_of_any_content():
    text = accented_text()
    # more bytes than characters: 0.1 passed len(text) as C's length
    assert len(text.encode('utf-8')) > len(text)
    plan = Pdz.Plan.new_from_data(text)
    assert plan.get_title() == ACCENTED['title']
    assert plan.get_id() == 'città'
    assert plan.to_data() == text


@pytest.mark.parametrize('wrap', [bytes, bytearray, memoryview],
                         ids=['bytes', 'bytearray', 'memoryview'])
def test_new_from_data_bytes_like(wrap):
    data = accented_text().encode('utf-8')
    plan = Pdz.Plan.new_from_data(wrap(data))
    assert plan.get_partners()[0].get_name() == 'Società cooperativa “Esempio”'
    assert plan.to_data().encode('utf-8') == data


def test_new_from_data_length_counts_bytes():
    # C's meaning: the length of the UTF-8 text in bytes; the rest is ignored
    text = accented_text()
    data = text.encode('utf-8')
    plan = Pdz.Plan.new_from_data(text + 'trailing garbage', len(data))
    assert plan.to_data() == text
    with pytest.raises(GLib.Error) as e:
        Pdz.Plan.new_from_data(text, len(text))  # characters: cut short
    assert e.value.matches(Pdz.error_quark(), Pdz.Error.PARSE)


def test_new_from_data_errors():
    with pytest.raises(GLib.Error) as e:
        Pdz.Plan.new_from_data(b'{"format": "pdz", "version": 2, "title": "\xe0"}')
    assert e.value.matches(Pdz.error_quark(), Pdz.Error.PARSE)
    assert 'UTF-8' in e.value.message
    with pytest.raises(GLib.Error) as e:
        Pdz.Plan.new_from_data('{"format": "pdz", "version": 2, "title": "a\x00b"}')
    assert e.value.matches(Pdz.error_quark(), Pdz.Error.PARSE)
    with pytest.raises(TypeError):
        Pdz.Plan.new_from_data(42)


def test_to_data_is_str(example_path, example_plan):
    text = example_plan.to_data()
    assert isinstance(text, str)
    assert text == example_path.read_text(encoding='utf-8')


# --- dates ---------------------------------------------------------------------

def test_date_from_date():
    date = Pdz.Date.from_date(datetime.date(2023, 1, 24))
    assert isinstance(date, Pdz.Date)
    assert date.get_precision() == Pdz.DatePrecision.DAY
    assert date == Pdz.Date.new_day(2023, 1, 24)
    # of a datetime, its date
    assert Pdz.Date.from_date(datetime.datetime(2023, 11, 30, 23, 59)) == Pdz.Date.new_day(2023, 11, 30)
    with pytest.raises(TypeError):
        Pdz.Date.from_date('2023-01-24')


def test_date_to_date():
    assert Pdz.Date.new_day(2024, 2, 29).to_date() == datetime.date(2024, 2, 29)
    assert Pdz.Date.new_from_string('2023-01-24').to_date() == datetime.date(2023, 1, 24)
    day = datetime.date(2022, 12, 31)
    assert Pdz.Date.from_date(day).to_date() == day


@pytest.mark.parametrize('text,precision', [('2023-11', 'month'), ('2022', 'year')])
def test_date_to_date_refuses_a_partial_date(text, precision):
    # a month or a year is not one day: the error names the precision
    with pytest.raises(ValueError, match='%s precision' % precision) as e:
        Pdz.Date.new_from_string(text).to_date()
    assert text in str(e.value)


# --- load and save -------------------------------------------------------------

def test_load_and_save_keyword_defaults(example_path, tmp_path):
    plan = Pdz.Plan.load_path(example_path)              # a pathlib.Path
    assert not plan.get_modified()
    plan.set_description('Con una descrizione')
    assert plan.get_modified()
    out = tmp_path / 'out.json'
    assert plan.save_path(out)                            # no flags, no cancellable
    assert not plan.get_modified()
    again = Pdz.Plan.load_path(str(out), cancellable=Gio.Cancellable())
    assert again.get_description() == 'Con una descrizione'

    file = Gio.File.new_for_path(str(tmp_path / 'via-gfile.json'))
    assert again.save(file)
    assert Pdz.Plan.load(file).to_data() == again.to_data()
    assert again.save(file, flags=Pdz.SaveFlags.NONE, cancellable=None)
    # the positional form of C works too
    assert again.save_path(str(out), Pdz.SaveFlags.NONE, None)


def test_load_cancelled(example_path):
    cancellable = Gio.Cancellable()
    cancellable.cancel()
    with pytest.raises(GLib.Error) as e:
        Pdz.Plan.load_path(example_path, cancellable=cancellable)
    assert e.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED)


# --- tables --------------------------------------------------------------------

def test_stats_table_iterates_as_dicts(example_plan):
    table = Pdz.Stats.new(example_plan).by_status()
    rows = list(table)
    assert all(type(row) is dict for row in rows)
    assert rows == table.rows()
    assert len(table) == 6
    assert [row['status'] for row in rows] == ['planned', 'in-progress', 'completed',
                                               'suspended', 'cancelled', 'not-stated']
    assert rows[2] == {'status': 'completed', 'objectives': 0, 'actions': 10, 'projects': 2}
    assert {'status': 'completed', 'objectives': 0, 'actions': 10, 'projects': 2} in table
    # indexing gives the row objects, as for any Gio.ListModel
    assert isinstance(table[2], Pdz.StatsRow)
    assert table[2] in table
    assert table[-1].get_key() == 'not-stated'
    # the same JSON as C writes
    text = table.to_json()
    assert isinstance(text, str)
    assert json.loads(text) == rows


def test_stats_row_reads_like_a_dict(example_plan):
    row = Pdz.Stats.new(example_plan).by_status().lookup_row('in-progress')
    assert row['actions'] == 8
    assert row['status'] == 'in-progress'
    assert 'actions' in row and 'no-such-column' not in row
    assert list(row) == ['status', 'objectives', 'actions', 'projects']
    assert row.to_dict() == dict(row) == {'status': 'in-progress', 'objectives': 0,
                                          'actions': 8, 'projects': 3}
    with pytest.raises(KeyError):
        row['no-such-column']
    with pytest.raises(KeyError):
        row[0]
    assert repr(row) == "<Pdz.StatsRow key='in-progress'>"


def test_null_cells_are_none(example_plan):
    actions = example_plan.dup_table(Pdz.EntityKind.ACTION)
    first = actions.lookup_row('agenzia-abitare-1')
    assert first['parent'] is None and first.is_null('parent')
    assert first['date'] is None
    assert first['status'] == 'completed'
    sub = actions.lookup_row('gestione-associata-3-b')
    assert sub['parent'] == 'gestione-associata-3'
    # an amount not stated is None, not 0
    fundings = example_plan.dup_table(Pdz.EntityKind.FUNDING)
    assert all(row['amount'] is None for row in fundings)
    assert json.loads(fundings.to_json())[0]['amount'] is None


def test_plan_rows(example_plan):
    rows = example_plan.rows(Pdz.EntityKind.ACTION)
    assert rows == list(example_plan.dup_table(Pdz.EntityKind.ACTION))
    # every action in document order, each bullet followed by its sub-actions
    assert len(rows) == 33
    assert [row['id'] for row in rows[16:19]] == ['gestione-associata-3', 'gestione-associata-3-a',
                                                  'gestione-associata-3-b']
    assert rows[-1]['project'] == 'violenza-di-genere'
    assert rows[-1]['macroarea'] is None
    assert list(rows[0]) == ['id', 'parent', 'objective', 'project', 'macroarea', 'title', 'status',
                             'origin', 'date', 'end-date', 'projects', 'links']
    milestones = example_plan.rows(Pdz.EntityKind.MILESTONE)
    assert len(milestones) == 9
    assert milestones[0] == {'action': 'agenzia-abitare-1', 'date': '2023-11',
                             'title': 'Stakeholder consultati durante tavoli coprogrammazione'}
    plan_row, = example_plan.rows(Pdz.EntityKind.PLAN)
    assert plan_row['id'] == 'corsichese-2021-2023'
    assert plan_row['description'] is None
    assert len(example_plan.rows(Pdz.EntityKind.PARTNER)) == 21
    assert len(example_plan.rows(Pdz.EntityKind.PROJECT)) == 16
    assert len(example_plan.rows(Pdz.EntityKind.FUNDING)) == 10


def test_tables_are_snapshots(example_plan):
    table = example_plan.dup_table(Pdz.EntityKind.ACTION)
    example_plan.lookup_objective('portale-ambito').add_action(Pdz.Action.new('nuova', 'Nuova'))
    assert len(table) == 33
    assert len(example_plan.rows(Pdz.EntityKind.ACTION)) == 34


def test_override_module_names():
    import gi.overrides.Pdz as override
    for name in override.__all__:
        assert isinstance(name, str)
        assert getattr(Pdz, name) is getattr(override, name)
    assert {'Plan', 'Date', 'Milestone', 'StatsRow', 'StatsTable', 'entity_to_data'} <= \
        set(override.__all__)
    assert pathlib.Path(override.__file__).name == 'Pdz.py'
