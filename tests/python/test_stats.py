# test_stats.py: Pdz.Stats and its tables through PyGObject
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Figures counted by hand from examples/data/corsichese-2021-2023.json, by
# the counting rule: 31 bullets (29 under the eleven plan objectives, 2 held
# by the projects reddito-di-cittadinanza and violenza-di-genere), 8 in
# progress, 10 completed, 13 not stated, 1 extra; 2 sub-actions (one in
# progress, one completed) that do not count; 9 milestones and no action
# dated itself; 19 objectives (8 of them the ASST's, without actions) and
# 16 projects, none with a stated status but 3 in progress and 2 completed;
# 10 fundings, none with an amount.

from gi.repository import Pdz

STATUSES = ['planned', 'in-progress', 'completed', 'suspended', 'cancelled', 'not-stated']


def test_totals(example_plan):
    stats = Pdz.Stats.new(example_plan)
    assert stats.props.n_objectives == 19
    assert stats.props.n_actions == 31
    assert stats.props.n_projects == 16
    assert stats.props.n_extra_actions == 1
    assert abs(stats.props.completion_rate - 10 / 31) < 1e-9
    assert len(stats.dup_actions()) == 31
    assert len(stats.dup_objectives()) == 19
    assert len(stats.dup_projects()) == 16


def test_rows_shape(example_plan):
    table = Pdz.Stats.new(example_plan).by_macroarea()
    rows = table.rows()
    assert isinstance(rows, list)
    assert len(rows) == 7
    columns = list(table.get_columns())
    for row in rows:
        assert isinstance(row, dict)
        assert list(row) == columns
    first = rows[0]
    assert first['macroarea'] == 'politiche-abitative'
    assert first['group'] == 'macroarea'
    assert first['title'] == 'Politiche abitative'
    assert first['code'] is None
    assert isinstance(first['actions'], int)
    assert isinstance(first['actions-completion-rate'], float)


def test_by_status(example_plan):
    rows = Pdz.Stats.new(example_plan).by_status().rows()
    # not stated last
    assert [row['status'] for row in rows] == STATUSES
    by_key = {row['status']: row for row in rows}
    assert by_key['planned'] == {'status': 'planned', 'objectives': 0, 'actions': 0, 'projects': 0}
    assert by_key['in-progress'] == {'status': 'in-progress', 'objectives': 0, 'actions': 8,
                                     'projects': 3}
    assert by_key['completed'] == {'status': 'completed', 'objectives': 0, 'actions': 10,
                                   'projects': 2}
    assert by_key['not-stated'] == {'status': 'not-stated', 'objectives': 19, 'actions': 13,
                                    'projects': 11}
    assert sum(row['actions'] for row in rows) == 31


def test_by_macroarea(example_plan):
    rows = {row['macroarea']: row for row in Pdz.Stats.new(example_plan).by_macroarea()}
    assert {key: row['actions'] for key, row in rows.items()} == {
        'politiche-abitative': 5,
        'politiche-giovanili-minori': 1,
        'interventi-famiglia': 2,
        'digitalizzazione-servizi': 2,
        'azioni-di-sistema': 19,
        '': 0,
        '+projects': 2,
    }
    assert {key: row['objectives'] for key, row in rows.items()} == {
        'politiche-abitative': 2,
        'politiche-giovanili-minori': 1,
        'interventi-famiglia': 1,
        'digitalizzazione-servizi': 2,
        'azioni-di-sistema': 5,
        '': 8,
        '+projects': 0,
    }
    assert rows['']['group'] == 'no-macroarea'
    assert rows['+projects']['group'] == 'project-actions'
    assert rows['+projects']['title'] is None
    sistema = rows['azioni-di-sistema']
    assert (sistema['actions-in-progress'], sistema['actions-completed'],
            sistema['actions-not-stated']) == (5, 5, 9)
    assert sistema['objectives-not-stated'] == 5
    assert abs(rows['politiche-abitative']['actions-completion-rate'] - 2 / 5) < 1e-9
    assert rows['+projects']['actions-completed'] == 2
    # the rows add up to the plan's total
    assert sum(row['actions'] for row in rows.values()) == 31


def test_by_objective(example_plan):
    table = Pdz.Stats.new(example_plan).by_objective()
    rows = {row['objective']: row for row in table}
    assert {key: row['actions'] for key, row in rows.items() if row['actions']} == {
        'agenzia-abitare': 1, 'emergenza-abitativa': 4, 'giovani-neet': 1, 'tutela-minori': 2,
        'portale-ambito': 1, 'cartella-sociale': 1, 'tavolo-intervisione': 2,
        'rete-coprogettazione': 2, 'gestione-associata': 7, 'integrazione-sociosanitaria': 6,
        'piano-poverta': 2, '+projects': 2,
    }
    assert rows['gestione-associata']['sub-actions'] == 2
    assert {key: row['milestones'] for key, row in rows.items() if row['milestones']} == {
        'agenzia-abitare': 1, 'emergenza-abitativa': 1, 'giovani-neet': 2,
        'rete-coprogettazione': 4, 'gestione-associata': 1,
    }
    assert rows['asst-governance-integrata']['kind'] == 'health-integration'
    assert rows['asst-governance-integrata']['status'] == 'not-stated'
    assert rows['asst-governance-integrata']['macroarea'] is None
    assert rows['emergenza-abitativa']['macroarea'] == 'politiche-abitative'
    assert sum(row['actions'] for row in rows.values()) == 31


def test_by_project(example_plan):
    rows = {row['project']: row for row in Pdz.Stats.new(example_plan).by_project()}
    assert len(rows) == 16
    assert {key for key, row in rows.items() if row['actions']} == {
        'reddito-di-cittadinanza', 'violenza-di-genere'}
    # an objective's bullet names every other project once
    assert {key for key, row in rows.items() if row['naming-actions'] == 1} == \
        set(rows) - {'reddito-di-cittadinanza', 'violenza-di-genere'}
    assert rows['reddito-di-cittadinanza']['scope'] == 'sovra-ambito'
    assert rows['partecipe']['status'] == 'in-progress'
    assert rows['pippi-pnrr']['status'] == 'not-stated'
    assert rows['pippi-pnrr']['scope'] == 'not-stated'
    assert rows['pippi-pnrr']['objectives'] == 1


def test_by_partner(example_plan):
    rows = Pdz.Stats.new(example_plan).by_partner().rows()
    # ranked by bullets plus projects, then bullets, then the plan's order
    assert [row['partner'] for row in rows[:5]] == [
        'ads', 'prefettura-milano', 'citta-metropolitana-milano', 'afol',
        'gestore-agenzia-buccinasco']
    assert [row['partner'] for row in rows[-2:]] == ['mlps', 'regione-lombardia']
    assert len(rows) == 21
    actions = {row['partner']: row['actions'] for row in rows}
    assert actions['prefettura-milano'] == 2
    assert actions['aler'] == 1
    assert actions['mlps'] == 0
    assert sum(actions.values()) == 22
    roles = {row['partner']: row['roles'] for row in rows}
    assert roles['visconteo'] == 'lead,signatory'
    assert roles['afol'] == 'lead,not-stated'
    assert roles['mlps'] == 'not-stated'
    assert roles['anci'] == 'funder'
    kinds = {row['partner']: row['kind'] for row in rows}
    assert kinds['ads'] == kinds['ufficio-di-piano'] == 'own-body'
    assert kinds['asst-rhodense'] == 'health-trust'


def test_periods(example_plan):
    # the nine milestones: 2022 (twice), 2023, 2023-01-24, 2023-05-30,
    # 2023-06, 2023-11 (twice), 2024. By year, everything counts in its
    # year; by month, November 2023 is after the round (March 2022 to
    # October 2023).
    stats = Pdz.Stats.new(example_plan)
    years = {row['period']: (row['actions'], row['milestones']) for row in stats.by_year()}
    assert years == {'2022': (0, 2), '2023': (0, 6), 'before': (0, 0), 'after': (0, 1),
                     'undated': (31, 0)}
    months = stats.by_month().rows()
    # March 2022 to October 2023, a row for each year, before, after, undated
    assert len(months) == 20 + 2 + 3
    assert months[0]['period'] == '2022-03'
    milestones = {row['period']: row['milestones'] for row in months if row['milestones']}
    assert milestones == {'2022': 2, '2023-01': 1, '2023-05': 1, '2023-06': 1, '2023': 1,
                          'after': 3}
    assert sum(row['actions'] for row in months) == 31
    quarters = {row['period']: row['milestones'] for row in stats.by_quarter()}
    assert quarters['2023-Q1'] == 1
    assert quarters['2023-Q2'] == 2


def test_funding(example_plan):
    stats = Pdz.Stats.new(example_plan)
    sources = stats.by_funding_source().rows()
    assert sources[0] == {'source': 'PNRR', 'fundings': 4, 'amount': 0, 'unknown-amounts': 4,
                          'amount-overflow': 0}
    assert sum(row['fundings'] for row in sources) == 10
    statuses = {row['status']: row['fundings'] for row in stats.by_funding_status()}
    assert statuses == {'applied': 1, 'granted': 3, 'not-funded': 1, 'reported': 0,
                        'not-stated': 5}


def test_by_origin(example_plan):
    rows = {row['origin']: row for row in Pdz.Stats.new(example_plan).by_origin()}
    assert list(rows) == ['planned', 'extra', 'not-stated']
    assert rows['planned']['actions'] == 0
    assert rows['extra']['actions'] == 1
    assert rows['extra']['actions-not-stated'] == 1
    assert rows['not-stated']['actions'] == 30
    assert rows['not-stated']['actions-completed'] == 10


def test_for_query(example_plan):
    query = Pdz.Query(plan=example_plan, macroareas=['politiche-abitative'])
    stats = Pdz.Stats.new_for_query(query)
    assert stats.props.n_actions == 5
    assert stats.props.query == query
    partners = stats.by_partner().rows()
    assert len(partners) == 11
    assert partners[0]['partner'] == 'prefettura-milano'
    # The same through the constructor's properties.
    assert Pdz.Stats(query=query).props.n_objectives == 2


def test_stats_are_live(example_plan):
    """Stats describe the plan as it is when a table is asked for; a table
    once returned is a snapshot."""
    stats = Pdz.Stats.new(example_plan)
    before = stats.by_status()
    objective = example_plan.lookup_objective('portale-ambito')
    action = Pdz.Action.new('portale-ambito-2', 'Nuova sezione del portale')
    action.set_status(Pdz.Status.COMPLETED)
    objective.add_action(action)
    assert stats.props.n_actions == 32
    assert stats.by_status().lookup_row('completed')['actions'] == 11
    assert before.lookup_row('completed')['actions'] == 10
    action.set_status(Pdz.Status.CANCELLED)
    assert stats.by_status().lookup_row('cancelled')['actions'] == 1
    objective.remove_action(action)
    assert stats.props.n_actions == 31


def test_row_values(example_plan):
    table = Pdz.Stats.new(example_plan).by_origin()
    row = table.lookup_row('not-stated')
    assert row.props.key == 'not-stated'
    assert row.get_int('actions') == 30
    assert row.get_value('actions') == (True, 30)
    assert row.has_column('actions') and not row.has_column('no-such-column')
    assert row.get_value('no-such-column') == (False, None)
    assert table.get_column_type('actions-completion-rate').name == 'gdouble'
