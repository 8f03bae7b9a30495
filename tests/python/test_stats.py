# test_stats.py: Pdz.Stats and the rows() of its tables through PyGObject
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Figures counted by hand from examples/data/corsichese-2021-2023.json.
# pandas is not installed here: rows() is checked for the shape that
# pandas.DataFrame accepts, a list of dicts with the same keys.

from gi.repository import Pdz


def test_totals(example_plan):
    stats = Pdz.Stats.new(example_plan)
    assert stats.props.n_objectives == 19
    assert stats.props.n_actions == 67
    assert stats.props.n_projects == 16
    assert stats.props.n_extra_actions == 2
    assert abs(stats.props.completion_rate - 49 / 67) < 1e-9


def test_rows_shape(example_plan):
    table = Pdz.Stats.new(example_plan).by_macroarea()
    rows = table.rows()
    assert isinstance(rows, list)
    assert len(rows) == 6
    columns = list(table.get_columns())
    for row in rows:
        assert isinstance(row, dict)
        assert list(row) == columns
    first = rows[0]
    assert first['macroarea'] == 'politiche-abitative'
    assert first['title'] == 'Politiche abitative'
    assert first['code'] is None
    assert isinstance(first['actions'], int)
    assert isinstance(first['actions-completion-rate'], float)


def test_by_macroarea(example_plan):
    rows = {row['macroarea']: row for row in Pdz.Stats.new(example_plan).by_macroarea().rows()}
    assert {key: row['actions'] for key, row in rows.items()} == {
        'politiche-abitative': 10,
        'politiche-giovanili-minori': 3,
        'interventi-famiglia': 8,
        'digitalizzazione-servizi': 3,
        'azioni-di-sistema': 38,
        '': 5,
    }
    assert {key: row['objectives'] for key, row in rows.items()} == {
        'politiche-abitative': 2,
        'politiche-giovanili-minori': 1,
        'interventi-famiglia': 1,
        'digitalizzazione-servizi': 2,
        'azioni-di-sistema': 5,
        '': 8,
    }
    assert rows['azioni-di-sistema']['actions-in-progress'] == 12
    assert rows['azioni-di-sistema']['actions-completed'] == 26
    assert rows['politiche-abitative']['projects'] == 1
    assert abs(rows['politiche-abitative']['actions-completion-rate'] - 0.7) < 1e-9


def test_by_status(example_plan):
    rows = Pdz.Stats.new(example_plan).by_status().rows()
    assert rows[0] == {'status': 'planned', 'objectives': 8, 'actions': 0, 'projects': 1}
    assert rows[1] == {'status': 'in-progress', 'objectives': 11, 'actions': 18, 'projects': 13}
    assert rows[2] == {'status': 'completed', 'objectives': 0, 'actions': 49, 'projects': 2}


def test_by_partner(example_plan):
    rows = Pdz.Stats.new(example_plan).by_partner().rows()
    assert [row['partner'] for row in rows[:5]] == [
        'ads', 'prefettura-milano', 'citta-metropolitana-milano', 'visconteo', 'afol']
    actions = {row['partner']: row['actions'] for row in rows}
    assert actions['prefettura-milano'] == 2
    assert actions['aler'] == 1
    assert actions['mlps'] == 0
    assert sum(actions.values()) == 22
    visconteo = [row for row in rows if row['partner'] == 'visconteo'][0]
    assert visconteo['roles'] == 'participant,lead,signatory'
    roles = {row['partner']: row['roles'] for row in rows}
    assert roles['mlps'] == 'participant'
    assert roles['regione-lombardia'] == 'participant'


def test_periods(example_plan):
    stats = Pdz.Stats.new(example_plan)
    years = {row['period']: row['actions'] for row in stats.by_year().rows()}
    assert years == {'2022': 1, '2023': 5, 'before': 0, 'after': 1, 'undated': 60}
    months = stats.by_month().rows()
    assert len(months) == 25
    assert months[0]['period'] == '2022-03'
    assert sum(row['actions'] for row in months) == 67
    quarters = {row['period']: row['actions'] for row in stats.by_quarter().rows()}
    assert quarters['2023-Q2'] == 2
    assert quarters['2023-Q4'] == 2


def test_funding(example_plan):
    stats = Pdz.Stats.new(example_plan)
    sources = stats.by_funding_source().rows()
    assert sources[0] == {'source': 'PNRR', 'fundings': 4, 'amount': 0, 'unknown-amounts': 4}
    assert sum(row['fundings'] for row in sources) == 10
    statuses = {row['status']: row['fundings'] for row in stats.by_funding_status().rows()}
    assert statuses == {'unknown': 5, 'applied': 1, 'granted': 3, 'not-funded': 1, 'reported': 0}


def test_by_origin(example_plan):
    rows = {row['origin']: row for row in Pdz.Stats.new(example_plan).by_origin().rows()}
    assert rows['planned']['actions'] == 65
    assert rows['extra']['actions'] == 2
    assert rows['extra']['in-progress'] == 1
    assert rows['extra']['completed'] == 1


def test_for_query(example_plan):
    query = Pdz.Query(plan=example_plan, macroarea='politiche-abitative')
    stats = Pdz.Stats.new_for_query(query)
    assert stats.props.n_actions == 10
    assert stats.props.query == query
    partners = stats.by_partner().rows()
    assert len(partners) == 11
    assert partners[0]['partner'] == 'prefettura-milano'
    # The same through the constructor's properties.
    assert Pdz.Stats(query=query).props.n_objectives == 2


def test_row_values(example_plan):
    table = Pdz.Stats.new(example_plan).by_origin()
    row = table.lookup_row('planned')
    assert row.props.key == 'planned'
    assert row.get_int('actions') == 65
    assert row.get_value('actions') == (True, 65)
    assert row.get_value('no-such-column') == (False, None)
    assert table.get_column_type('completion-rate').name == 'gdouble'
