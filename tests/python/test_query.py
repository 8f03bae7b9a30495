# test_query.py: Pdz.Query through PyGObject
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Figures counted by hand from examples/data/corsichese-2021-2023.json.

import pytest

from gi.repository import Pdz

ACTIONS_PER_MACROAREA = {
    'politiche-abitative': 10,
    'politiche-giovanili-minori': 3,
    'interventi-famiglia': 8,
    'digitalizzazione-servizi': 3,
    'azioni-di-sistema': 38,
}

ACTIONS_PER_PARTNER = {
    'gestore-agenzia-buccinasco': 1,
    'ads': 2,
    'aler': 1,
    'prefettura-milano': 2,
    'corte-appello-milano': 1,
    'citta-metropolitana-milano': 2,
    'anci-lombardia': 1,
    'capofila-ambiti-citta-metropolitana': 1,
    'ordine-assistenti-sociali': 1,
    'ordine-avvocati': 1,
    'tribunale': 1,
    'anci': 1,
    'asst-santi-paolo-carlo': 1,
    'asst-rhodense': 1,
    'mlps': 0,
    'visconteo': 2,
    'inps': 1,
    'afol': 1,
    'regione-lombardia': 0,
    'cpi': 1,
}


def ids(model):
    return [item.get_id() for item in model]


def test_everything(example_plan):
    query = Pdz.Query(plan=example_plan)
    assert len(query.find_actions()) == 67
    assert len(query.find_objectives()) == 19
    assert len(query.find_projects()) == 16


@pytest.mark.parametrize('macroarea,expected', sorted(ACTIONS_PER_MACROAREA.items()))
def test_actions_per_macroarea(example_plan, macroarea, expected):
    query = Pdz.Query(plan=example_plan, macroarea=macroarea)
    assert len(query.find_actions()) == expected


@pytest.mark.parametrize('partner,expected', sorted(ACTIONS_PER_PARTNER.items()))
def test_actions_per_partner(example_plan, partner, expected):
    query = Pdz.Query(plan=example_plan, partner=partner)
    assert len(query.find_actions()) == expected


def test_statuses(example_plan):
    query = Pdz.Query(plan=example_plan, statuses=Pdz.StatusFlags.IN_PROGRESS)
    assert len(query.find_actions()) == 18
    query.props.statuses = Pdz.StatusFlags.IN_PROGRESS | Pdz.StatusFlags.COMPLETED
    assert len(query.find_actions()) == 67
    query.set_statuses(Pdz.StatusFlags.NONE)
    query.add_status(Pdz.Status.COMPLETED)
    assert len(query.find_actions()) == 49


def test_partial_dates(example_plan):
    query = Pdz.Query(plan=example_plan)
    query.set_from(Pdz.Date.new_year(2023))
    query.set_to(Pdz.Date.new_year(2023))
    assert ids(query.find_actions()) == ['agenzia-abitare-2', 'emergenza-abitativa-2',
                                         'rete-coprogettazione-3', 'rete-coprogettazione-4',
                                         'rete-coprogettazione-5']
    # "2023-11" holds the two actions of November 2023, not the June tables,
    # and December nothing.
    query.set_from(Pdz.Date.new_month(2023, 11))
    query.set_to(Pdz.Date.new_month(2023, 11))
    assert ids(query.find_actions()) == ['agenzia-abitare-2', 'rete-coprogettazione-5']
    query.set_from(Pdz.Date.new_month(2023, 12))
    query.set_to(Pdz.Date.new_month(2023, 12))
    assert ids(query.find_actions()) == []


def test_text_without_accents(example_plan):
    query = Pdz.Query(plan=example_plan, text='fattibilita')
    assert ids(query.find_actions()) == ['agenzia-abitare-1', 'gestione-associata-7']
    query.props.text = 'CITTÀ metropolitana'
    assert len(query.find_actions()) == 2


def test_liberta():
    plan = Pdz.Plan()
    objective = Pdz.Objective.new('o', 'Objective')
    plan.add_objective(objective)
    objective.add_action(Pdz.Action.new('a', 'Sportello Libertà'))
    objective.add_action(Pdz.Action.new('b', 'Altro'))
    assert ids(Pdz.Query(plan=plan, text='liberta').find_actions()) == ['a']


def test_role_extra_project(example_plan):
    query = Pdz.Query(plan=example_plan)
    query.set_role(Pdz.Role.SIGNATORY)
    assert query.props.role_set
    assert len(query.find_actions()) == 2
    query.props.role_set = False
    query.set_extra(True)
    assert ids(query.find_actions()) == ['emergenza-abitativa-7', 'piano-poverta-2']
    query.props.extra = False
    assert len(query.find_actions()) == 65
    query.props.extra_set = False
    query.props.project = 'supervisione-operatori-sociali'
    assert len(query.find_actions()) == 5
    assert ids(query.find_objectives()) == ['tavolo-intervisione']
    assert ids(query.find_projects()) == ['supervisione-operatori-sociali']


def test_funding_source(example_plan):
    query = Pdz.Query(plan=example_plan, funding_source='pnrr')
    assert ids(query.find_actions()) == ['rete-coprogettazione-8']
    # SAPPI CHE C'E' through the co-progettazione action that names it.
    assert ids(query.find_projects()) == ['pippi-pnrr', 'supervisione-operatori-sociali',
                                          'sappi-che-ce', 'pnrr-dimissioni-protette']
