# test_pandas.py: the tables of a plan and of its stats in pandas
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# What an analyst does first: pandas.DataFrame() of a table, then a group-by
# that must give the figures Pdz.Stats gives. pandas is Debian's
# python3-pandas (the Makefile's DEBIAN_PACKAGES).

import pytest

from gi.repository import Pdz

pandas = pytest.importorskip('pandas')


def test_dataframe_of_a_stats_table(example_plan):
    table = Pdz.Stats.new(example_plan).by_status()
    df = pandas.DataFrame(table)
    assert list(df.columns) == list(table.get_columns())
    assert len(df) == len(table) == 6
    by_status = df.set_index('status')
    assert by_status.loc['completed', 'actions'] == 10
    assert by_status.loc['in-progress', 'actions'] == 8
    assert by_status.loc['not-stated', 'actions'] == 13
    assert df['actions'].sum() == 31
    assert df.equals(pandas.DataFrame(table.rows()))


def test_dataframe_of_a_plan_table(example_plan):
    df = pandas.DataFrame(example_plan.rows(Pdz.EntityKind.ACTION))
    assert len(df) == 33
    assert list(df.columns[:5]) == ['id', 'parent', 'objective', 'project', 'macroarea']
    # null cells are missing values
    assert df['parent'].notna().sum() == 2
    assert df['date'].isna().all()
    # the same through the table itself
    table = example_plan.dup_table(Pdz.EntityKind.ACTION)
    assert pandas.DataFrame(table).equals(df)


def bullets(plan):
    """The actions that count: those without a parent."""
    df = pandas.DataFrame(plan.rows(Pdz.EntityKind.ACTION))
    return df[df['parent'].isna()]


def test_group_by_status_is_by_status(example_plan):
    stats = {row['status']: row['actions'] for row in Pdz.Stats.new(example_plan).by_status()}
    counts = bullets(example_plan).groupby('status').size()
    assert counts.to_dict() == {status: n for status, n in stats.items() if n}
    assert len(bullets(example_plan)) == Pdz.Stats.new(example_plan).props.n_actions == 31


def test_group_by_macroarea_is_by_macroarea(example_plan):
    stats = {row['macroarea']: row['actions']
             for row in Pdz.Stats.new(example_plan).by_macroarea() if row['actions']}
    df = bullets(example_plan)
    # a project's action is under no macroarea: Stats counts it in the
    # row keyed "+projects"
    counts = df.fillna({'macroarea': '+projects'}).groupby('macroarea').size()
    assert counts.to_dict() == stats


def test_group_by_objective_and_origin(example_plan):
    stats = Pdz.Stats.new(example_plan)
    by_objective = {row['objective']: row['actions'] for row in stats.by_objective()
                    if row['actions'] and row['group'] == 'objective'}
    df = bullets(example_plan)
    assert df.groupby('objective').size().to_dict() == by_objective
    by_origin = {row['origin']: row['actions'] for row in stats.by_origin() if row['actions']}
    assert df.groupby('origin').size().to_dict() == by_origin == {'extra': 1, 'not-stated': 30}


def test_group_by_partner_is_by_partner(example_plan):
    """Participations joined to partners: the bullets each partner takes
    part in, and the kinds of body."""
    participations = pandas.DataFrame(example_plan.rows(Pdz.EntityKind.PARTICIPATION))
    partners = pandas.DataFrame(example_plan.rows(Pdz.EntityKind.PARTNER))
    on_actions = participations[participations['owner-kind'] == 'action']
    counts = on_actions.groupby('partner')['owner'].nunique().to_dict()
    stats = {row['partner']: row['actions']
             for row in Pdz.Stats.new(example_plan).by_partner() if row['actions']}
    assert counts == stats
    joined = on_actions.merge(partners, left_on='partner', right_on='id')
    own = joined[joined['kind'] == 'own-body']
    assert sorted(own['owner'].unique()) == ['agenzia-abitare-1', 'gestione-associata-3',
                                             'rete-coprogettazione-1']


def test_fundings(example_plan):
    df = pandas.DataFrame(example_plan.rows(Pdz.EntityKind.FUNDING))
    assert len(df) == 10
    # no amount is stated: missing, never 0
    assert df['amount'].isna().all()
    stats = {row['source']: row['fundings']
             for row in Pdz.Stats.new(example_plan).by_funding_source()}
    assert df.groupby('source').size().to_dict() == stats
    assert df.groupby('status').size().to_dict() == {'applied': 1, 'granted': 3, 'not-funded': 1,
                                                     'not-stated': 5}
