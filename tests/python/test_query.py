# test_query.py: Pdz.Query through PyGObject
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Figures counted by hand from examples/data/corsichese-2021-2023.json: 31
# bullets (29 under the eleven plan objectives, 2 held by projects) and 2
# sub-actions, under the third bullet of gestione-associata. find_actions()
# returns bullets and sub-actions alike; count_actions() counts bullets.

import pytest

from gi.repository import Pdz

# Bullets under the objectives of each macroarea (the projects' actions
# belong to no macroarea); find_actions() also returns the two sub-actions
# of azioni-di-sistema.
BULLETS_PER_MACROAREA = {
    'politiche-abitative': 5,        # agenzia-abitare 1, emergenza-abitativa 4
    'politiche-giovanili-minori': 1,  # giovani-neet
    'interventi-famiglia': 2,        # tutela-minori
    'digitalizzazione-servizi': 2,   # portale-ambito 1, cartella-sociale 1
    'azioni-di-sistema': 19,         # 2 + 2 + 7 + 6 + 2
}

# The bullets each partner takes part in, as the actions' own "partners"
# name them. mlps and regione-lombardia take part in projects only.
BULLETS_PER_PARTNER = {
    'gestore-agenzia-buccinasco': 1,
    'ads': 2,
    'ufficio-di-piano': 1,
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
    'visconteo': 1,
    'inps': 1,
    'afol': 1,
    'regione-lombardia': 0,
    'cpi': 1,
}


def ids(model):
    return [item.get_id() for item in model]


def found(query):
    """(actions found, bullets counted)."""
    return len(query.find_actions()), query.count_actions()


def test_everything(example_plan):
    query = Pdz.Query(plan=example_plan)
    assert found(query) == (33, 31)
    assert len(query.find_objectives()) == 19
    assert len(query.find_projects()) == 16


@pytest.mark.parametrize('macroarea,expected', sorted(BULLETS_PER_MACROAREA.items()))
def test_bullets_per_macroarea(example_plan, macroarea, expected):
    query = Pdz.Query(plan=example_plan, macroareas=[macroarea])
    n_sub_actions = 2 if macroarea == 'azioni-di-sistema' else 0
    assert found(query) == (expected + n_sub_actions, expected)


def test_macroareas_add_up(example_plan):
    every = list(BULLETS_PER_MACROAREA)
    query = Pdz.Query(plan=example_plan, macroareas=every)
    # the two project actions are under no macroarea
    assert query.count_actions() == sum(BULLETS_PER_MACROAREA.values()) == 29
    query = Pdz.Query(plan=example_plan, macroareas=['politiche-abitative', 'interventi-famiglia'])
    assert found(query) == (7, 7)
    assert query.props.macroareas == ['politiche-abitative', 'interventi-famiglia']
    query.add_macroarea('politiche-giovanili-minori')
    assert query.count_actions() == 8


@pytest.mark.parametrize('partner,expected', sorted(BULLETS_PER_PARTNER.items()))
def test_bullets_per_partner(example_plan, partner, expected):
    query = Pdz.Query(plan=example_plan, partners=[partner])
    assert found(query) == (expected, expected)


def test_several_partners(example_plan):
    """partners=[A, B] finds what A or B takes part in; a bullet counts once."""
    query = Pdz.Query(plan=example_plan, partners=['prefettura-milano', 'citta-metropolitana-milano'])
    assert ids(query.find_actions()) == ['emergenza-abitativa-2', 'emergenza-abitativa-3']
    query.props.partners = ['aler', 'anci']
    assert ids(query.find_actions()) == ['emergenza-abitativa-1', 'giovani-neet-1']
    query.set_partners(None)
    assert query.get_partners() == []  # NULL: any partner
    assert query.count_actions() == 31


def test_statuses(example_plan):
    # 8 bullets in progress, 10 completed, 13 not stated; the sub-actions
    # are one in progress and one completed, under a bullet in progress.
    query = Pdz.Query(plan=example_plan, statuses=Pdz.StatusFlags.IN_PROGRESS)
    assert found(query) == (9, 8)
    query.props.statuses = Pdz.StatusFlags.IN_PROGRESS | Pdz.StatusFlags.COMPLETED
    assert found(query) == (20, 18)
    query.set_statuses(Pdz.StatusFlags.NOT_STATED)
    assert found(query) == (13, 13)
    query.set_statuses(Pdz.StatusFlags.NONE)
    query.add_status(Pdz.Status.COMPLETED)
    assert query.props.statuses == Pdz.StatusFlags.COMPLETED
    # the completed sub-action is found, but its bullet, in progress, does
    # not count as completed: the count is by_status()'s
    assert found(query) == (11, 10)


def test_origins(example_plan):
    query = Pdz.Query(plan=example_plan, origins=Pdz.OriginFlags.EXTRA)
    assert ids(query.find_actions()) == ['emergenza-abitativa-4']
    query.props.origins = Pdz.OriginFlags.PLANNED
    assert found(query) == (0, 0)
    query.props.origins = Pdz.OriginFlags.NOT_STATED
    assert found(query) == (32, 30)
    query.props.origins = Pdz.OriginFlags.NOT_STATED | Pdz.OriginFlags.EXTRA
    assert found(query) == (33, 31)


def test_undated(example_plan):
    # every date of the example is a milestone: no action has a date
    # itself, and the 5 actions with a milestone are dated by it
    query = Pdz.Query(plan=example_plan, undated=True)
    assert found(query) == (28, 27)
    query.props.start = Pdz.Date.new_year(2022)
    assert found(query) == (0, 0)


def test_text_without_accents(example_plan):
    query = Pdz.Query(plan=example_plan, text='fattibilita')
    assert ids(query.find_actions()) == ['agenzia-abitare-1', 'gestione-associata-4']
    query.props.text = 'CITTÀ metropolitana'
    assert ids(query.find_actions()) == ['emergenza-abitativa-2', 'emergenza-abitativa-3']


def test_liberta():
    plan = Pdz.Plan()
    objective = Pdz.Objective.new('o', 'Objective')
    plan.add_objective(objective)
    objective.add_action(Pdz.Action.new('a', 'Sportello Libertà'))
    objective.add_action(Pdz.Action.new('b', 'Altro'))
    assert ids(Pdz.Query(plan=plan, text='liberta').find_actions()) == ['a']


def test_roles_and_partner_kinds(example_plan):
    query = Pdz.Query(plan=example_plan, roles=Pdz.RoleFlags.SIGNATORY)
    assert ids(query.find_actions()) == ['emergenza-abitativa-2', 'integrazione-sociosanitaria-2']
    query.props.roles = Pdz.RoleFlags.NOT_STATED
    assert found(query) == (8, 8)
    # one and the same participation meets partner and role
    query = Pdz.Query(plan=example_plan, partners=['visconteo'], roles=Pdz.RoleFlags.LEAD)
    assert ids(query.find_actions()) == ['integrazione-sociosanitaria-2']
    query.props.partners = ['prefettura-milano']
    assert ids(query.find_actions()) == []

    query = Pdz.Query(plan=example_plan, partner_kinds=Pdz.PartnerKindFlags.OWN_BODY)
    assert ids(query.find_actions()) == ['agenzia-abitare-1', 'rete-coprogettazione-1',
                                         'gestione-associata-3']
    query.props.partner_kinds = Pdz.PartnerKindFlags.HEALTH_TRUST
    assert ids(query.find_actions()) == ['integrazione-sociosanitaria-1']
    query.props.partner_kinds = Pdz.PartnerKindFlags.COURT
    assert ids(query.find_actions()) == ['emergenza-abitativa-2', 'emergenza-abitativa-3']


def test_objective_kinds(example_plan):
    query = Pdz.Query(plan=example_plan, objective_kinds=Pdz.ObjectiveKindFlags.HEALTH_INTEGRATION)
    assert len(query.find_objectives()) == 8
    assert found(query) == (0, 0)
    assert ids(query.find_projects()) == []
    query.props.objective_kinds = Pdz.ObjectiveKindFlags.PLAN
    assert len(query.find_objectives()) == 11
    assert found(query) == (31, 29)


def test_projects(example_plan):
    query = Pdz.Query(plan=example_plan, projects=['pippi-pnrr'])
    # an objective's bullet that names the project
    assert ids(query.find_actions()) == ['tutela-minori-1']
    assert ids(query.find_objectives()) == ['tutela-minori']
    query.props.projects = ['reddito-di-cittadinanza', 'violenza-di-genere']
    # the bullets the projects hold
    assert ids(query.find_actions()) == ['reddito-di-cittadinanza-1', 'violenza-di-genere-1']
    assert ids(query.find_projects()) == ['reddito-di-cittadinanza', 'violenza-di-genere']


def test_funding_sources(example_plan):
    query = Pdz.Query(plan=example_plan, funding_sources=['pnrr'])
    assert ids(query.find_actions()) == ['rete-coprogettazione-2']
    # PARTECIPE and SAPPI CHE C'E' through the co-progettazione bullet that
    # names them and has a PNRR funding
    assert ids(query.find_projects()) == ['pippi-pnrr', 'supervisione-operatori-sociali',
                                          'partecipe', 'sappi-che-ce', 'pnrr-dimissioni-protette']
    query.add_funding_source('Bando GAP')
    assert ids(query.find_actions()) == ['rete-coprogettazione-2', 'integrazione-sociosanitaria-5']


def test_sort(example_plan):
    query = Pdz.Query(plan=example_plan, sort=Pdz.QuerySort.STATUS)
    statuses = [a.get_status().value_nick for a in query.find_actions()]
    assert statuses == ['in-progress'] * 9 + ['completed'] * 11 + ['not-stated'] * 13
    query.props.sort = Pdz.QuerySort.TITLE
    # without regard to case or punctuation
    assert ids(query.find_actions())[:4] == ['piano-poverta-2', 'integrazione-sociosanitaria-3',
                                             'integrazione-sociosanitaria-6',
                                             'integrazione-sociosanitaria-4']


def build_dated_plan():
    """A plan with dated actions and a project serving an objective."""
    plan = Pdz.Plan.new()
    macroarea = Pdz.Macroarea.new('casa', 'Politiche abitative')
    plan.add_macroarea(macroarea)
    objective = Pdz.Objective.new('o', 'Obiettivo')
    objective.set_macroarea(macroarea)
    plan.add_objective(objective)
    for action_id, date, end in [('a2023', '2023', None), ('a2023-11', '2023-11', None),
                                 ('a2023-06', '2023-06', '2023-11'), ('a2022', '2022-05-02', None),
                                 ('undated', None, None)]:
        action = Pdz.Action.new(action_id, 'Azione ' + action_id)
        if date:
            action.set_date(Pdz.Date.new_from_string(date))
        if end:
            action.set_end_date(Pdz.Date.new_from_string(end))
        objective.add_action(action)
    project = Pdz.Project.new('p', 'Progetto')
    project.add_objective(objective)
    plan.add_project(project)
    project.add_action(Pdz.Action.new('p-a', 'Azione del progetto'))
    return plan


def test_partial_dates():
    plan = build_dated_plan()
    query = Pdz.Query(plan=plan, start=Pdz.Date.new_year(2023), end=Pdz.Date.new_year(2023))
    assert ids(query.find_actions()) == ['a2023', 'a2023-11', 'a2023-06']
    # "2023-11" overlaps "2023" and the June-November span, not 2022
    query.props.start = Pdz.Date.new_month(2023, 11)
    query.props.end = Pdz.Date.new_month(2023, 11)
    assert ids(query.find_actions()) == ['a2023', 'a2023-11', 'a2023-06']
    query.props.start = Pdz.Date.new_month(2023, 12)
    query.props.end = None
    assert ids(query.find_actions()) == ['a2023']
    query.props.start = None
    query.props.end = Pdz.Date.new_day(2022, 5, 1)
    assert ids(query.find_actions()) == []
    query = Pdz.Query(plan=plan, undated=True)
    assert ids(query.find_actions()) == ['undated', 'p-a']
    query = Pdz.Query(plan=plan, sort=Pdz.QuerySort.DATE)
    # the earliest first, an action without a date last
    assert ids(query.find_actions()) == ['a2022', 'a2023', 'a2023-06', 'a2023-11', 'undated', 'p-a']


def test_via_projects():
    plan = build_dated_plan()
    query = Pdz.Query(plan=plan, macroareas=['casa'])
    # by the counting rule the project's action is the project's
    assert query.count_actions() == 5
    assert 'p-a' not in ids(query.find_actions())
    query.props.via_projects = True
    assert query.count_actions() == 6
    assert ids(query.find_actions())[-1] == 'p-a'
    query = Pdz.Query(plan=plan, objectives=['o'], via_projects=True)
    assert query.count_actions() == 6


def test_every_property_without_getattr(example_plan):
    """The criteria are plain identifiers in Python: keyword arguments and
    props attributes (0.1's "from" was a syntax error as q.props.from)."""
    start, end = Pdz.Date.new_year(2022), Pdz.Date.new_year(2023)
    query = Pdz.Query(plan=example_plan, macroareas=['casa'], objectives=['o'], partners=['p'],
                      projects=['x'], funding_sources=['PNRR'],
                      statuses=Pdz.StatusFlags.COMPLETED, origins=Pdz.OriginFlags.EXTRA,
                      roles=Pdz.RoleFlags.LEAD, partner_kinds=Pdz.PartnerKindFlags.SCHOOL,
                      objective_kinds=Pdz.ObjectiveKindFlags.PLAN, start=start, end=end,
                      undated=False, via_projects=True, text='casa', sort=Pdz.QuerySort.DATE)
    props = query.props
    assert props.plan == example_plan
    assert (props.macroareas, props.objectives, props.partners, props.projects,
            props.funding_sources) == (['casa'], ['o'], ['p'], ['x'], ['PNRR'])
    assert props.statuses == Pdz.StatusFlags.COMPLETED
    assert props.origins == Pdz.OriginFlags.EXTRA
    assert props.roles == Pdz.RoleFlags.LEAD
    assert props.partner_kinds == Pdz.PartnerKindFlags.SCHOOL
    assert props.objective_kinds == Pdz.ObjectiveKindFlags.PLAN
    assert props.start == start and props.end == end
    assert (props.undated, props.via_projects, props.text) == (False, True, 'casa')
    assert props.sort == Pdz.QuerySort.DATE
    # ids the plan does not hold match nothing
    assert found(query) == (0, 0)
