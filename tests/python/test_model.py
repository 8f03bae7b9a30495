# test_model.py: the model of format version 2 through PyGObject
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Every field issue 7 added, through the binding: "not stated" instead of
# defaults, origin, milestones, sub-actions, partner kinds, the plan's
# description, and the plan's changed signal and modified property. Each
# with its notify and items-changed signals, and what a file says of it.
# tests/gjs/test-model.js holds the same checks in GJS.

import json

import pytest

from gi.repository import GLib, Pdz


def notify_log(obj):
    log = []
    obj.connect('notify', lambda o, pspec: log.append(pspec.name))
    return log


def items_log(model):
    log = []
    model.connect('items-changed', lambda m, p, r, a: log.append((p, r, a)))
    return log


def minimal(**members):
    """The JSON text of a version-2 plan with @members."""
    return json.dumps(dict({'format': 'pdz', 'version': 2}, **members))


def one_action(**action):
    """A plan holding one objective holding one action with @action's members."""
    return Pdz.Plan.new_from_data(minimal(objectives=[
        {'id': 'o', 'title': 'O', 'actions': [dict({'id': 'a', 'title': 'A'}, **action)]}]))


# --- not stated ----------------------------------------------------------------

def test_not_stated_defaults():
    assert Pdz.Action.new('a', 'A').get_status() == Pdz.Status.NOT_STATED
    assert Pdz.Objective.new('o', 'O').get_status() == Pdz.Status.NOT_STATED
    project = Pdz.Project.new('p', 'P')
    assert project.get_status() == Pdz.Status.NOT_STATED
    assert project.get_scope() == Pdz.Scope.NOT_STATED
    assert Pdz.Funding.new('FNPS').get_status() == Pdz.FundingStatus.NOT_STATED
    partner = Pdz.Partner.new('x', 'X')
    assert Pdz.Participation.new(partner, Pdz.Role.NOT_STATED).get_role() == Pdz.Role.NOT_STATED
    # an objective is a plan objective unless marked otherwise
    assert Pdz.Objective.new('o', 'O').get_kind() == Pdz.ObjectiveKind.PLAN
    # not stated is the last status
    assert Pdz.Status.NOT_STATED == 5
    assert Pdz.Status.NOT_STATED.value_nick == 'not-stated'


def test_not_stated_is_left_out_of_the_file():
    plan = one_action()
    action = plan.lookup_action('a')
    assert action.get_status() == Pdz.Status.NOT_STATED
    assert action.get_origin() == Pdz.Origin.NOT_STATED
    assert action.to_dict() == {'id': 'a', 'title': 'A'}
    action.set_status(Pdz.Status.PLANNED)
    assert action.to_dict() == {'id': 'a', 'title': 'A', 'status': 'planned'}
    action.set_status(Pdz.Status.NOT_STATED)
    assert 'status' not in plan.to_dict()['objectives'][0]['actions'][0]
    # an explicit "not-stated" is refused: one spelling only
    with pytest.raises(GLib.Error) as e:
        one_action(status='not-stated')
    assert e.value.matches(Pdz.error_quark(), Pdz.Error.INVALID_VALUE)


# --- origin --------------------------------------------------------------------

def test_origin():
    action = Pdz.Action.new('a', 'A')
    log = notify_log(action)
    action.set_origin(Pdz.Origin.PLANNED)
    action.set_origin(Pdz.Origin.PLANNED)
    assert 'origin' in log and log.count('origin') == 1
    assert action.props.origin == Pdz.Origin.PLANNED
    action.props.origin = Pdz.Origin.EXTRA
    assert action.get_origin() == Pdz.Origin.EXTRA
    assert [o.value_nick for o in (Pdz.Origin.NOT_STATED, Pdz.Origin.PLANNED, Pdz.Origin.EXTRA)] == \
        ['not-stated', 'planned', 'extra']

    plan = one_action(origin='extra')
    assert plan.lookup_action('a').get_origin() == Pdz.Origin.EXTRA
    assert plan.lookup_action('a').to_dict()['origin'] == 'extra'
    # "extra" is no member of version 2
    with pytest.raises(GLib.Error) as e:
        one_action(extra=True)
    assert e.value.matches(Pdz.error_quark(), Pdz.Error.UNKNOWN_MEMBER)


def test_extra_is_the_deprecated_view_of_origin():
    action = Pdz.Action.new('a', 'A')
    assert action.props.extra is False
    action.props.origin = Pdz.Origin.EXTRA
    assert action.props.extra is True
    action.props.origin = Pdz.Origin.PLANNED
    assert action.props.extra is False


# --- milestones ----------------------------------------------------------------

def test_milestones():
    action = Pdz.Action.new('a', 'Rete della co-progettazione')
    milestones = action.get_milestones()
    assert milestones.get_item_type() == Pdz.Milestone.__gtype__
    log = items_log(milestones)
    first = Pdz.Milestone.new(Pdz.Date.new_year(2022), 'Raccolta delle sottoscrizioni')
    second = Pdz.Milestone.new(Pdz.Date.new_day(2023, 5, 30), 'Tavolo di confronto')
    action.add_milestone(first)
    action.add_milestone(second)
    assert log == [(0, 0, 1), (1, 0, 1)]
    assert list(milestones) == [first, second]
    assert first.get_action() == action

    notified = notify_log(second)
    second.set_date(Pdz.Date.new_month(2023, 6))
    second.set_title('Tavoli di coprogrammazione')
    second.props.title = 'Tavoli di coprogrammazione'
    assert notified == ['date', 'title']
    assert str(second.props.date) == '2023-06'

    assert action.remove_milestone(first)
    assert not action.remove_milestone(first)
    assert log[-1] == (0, 1, 0)
    assert first.get_action() is None
    assert [m.to_dict() for m in milestones] == [{'date': '2023-06',
                                                  'title': 'Tavoli di coprogrammazione'}]


def test_milestones_in_the_file():
    plan = one_action(date='2023', milestones=[{'date': '2023-01-24', 'title': 'Firma'},
                                               {'date': '2023-11', 'title': 'Restituzione'}])
    action = plan.lookup_action('a')
    # the action keeps its own date as well
    assert str(action.get_date()) == '2023'
    assert [(str(m.get_date()), m.get_title()) for m in action.get_milestones()] == \
        [('2023-01-24', 'Firma'), ('2023-11', 'Restituzione')]
    with pytest.raises(GLib.Error) as e:
        one_action(milestones=[{'title': 'Senza data'}])
    assert e.value.matches(Pdz.error_quark(), Pdz.Error.INVALID_VALUE)


# --- sub-actions ---------------------------------------------------------------

def test_sub_actions():
    plan = one_action()
    bullet = plan.lookup_action('a')
    sub_actions = bullet.get_actions()
    log = items_log(sub_actions)
    first = Pdz.Action.new('a-1', 'Ricerca valutativa')
    bullet.add_action(first)
    bullet.add_action(Pdz.Action.new('a-2', 'Rinnovo «ponte» del bando'))
    assert log == [(0, 0, 1), (1, 0, 1)]
    assert first.get_parent() == bullet
    assert first.get_owner() == bullet
    assert first.get_objective() == plan.lookup_objective('o')
    assert first.get_plan() == plan
    assert plan.lookup_action('a-1') == first
    assert [a['id'] for a in bullet.to_dict()['actions']] == ['a-1', 'a-2']

    # one level only
    with pytest.raises(GLib.Error) as e:
        first.add_action(Pdz.Action.new('a-1-x', 'Troppo profondo'))
    assert e.value.matches(Pdz.error_quark(), Pdz.Error.INVALID_VALUE)
    # ids are unique among all the actions of the plan
    with pytest.raises(GLib.Error) as e:
        bullet.add_action(Pdz.Action.new('a', 'Doppione'))
    assert e.value.matches(Pdz.error_quark(), Pdz.Error.DUPLICATE_ID)
    assert log == [(0, 0, 1), (1, 0, 1)]

    assert bullet.remove_action(first)
    assert log[-1] == (0, 1, 0)
    assert first.get_parent() is None
    assert plan.lookup_action('a-1') is None


def test_sub_actions_do_not_count():
    plan = one_action(status='in-progress', actions=[{'id': 'a-1', 'title': 'A1', 'status': 'completed'},
                                                     {'id': 'a-2', 'title': 'A2'}])
    stats = Pdz.Stats.new(plan)
    assert stats.props.n_actions == 1
    assert stats.by_status().lookup_row('completed')['actions'] == 0
    assert stats.by_objective().lookup_row('o')['sub-actions'] == 2
    query = Pdz.Query(plan=plan, statuses=Pdz.StatusFlags.COMPLETED)
    assert [a.get_id() for a in query.find_actions()] == ['a-1']
    # found, but its bullet is in progress: it does not count as completed
    assert query.count_actions() == 0
    with pytest.raises(GLib.Error) as e:
        one_action(actions=[{'id': 'a-1', 'title': 'A1', 'actions': []}])
    assert e.value.matches(Pdz.error_quark(), Pdz.Error.UNKNOWN_MEMBER)


# --- partner kinds -------------------------------------------------------------

def test_partner_kinds():
    assert Pdz.PartnerKind.HEALTH_TRUST.value_nick == 'health-trust'
    assert Pdz.PartnerKind.HEALTH_PROTECTION_AGENCY.value_nick == 'health-protection-agency'
    assert Pdz.PartnerKind.OWN_BODY.value_nick == 'own-body'

    partner = Pdz.Partner.new('ads', 'Assemblea dei Sindaci')
    log = notify_log(partner)
    partner.set_kind(Pdz.PartnerKind.OWN_BODY)
    assert log == ['kind']
    assert partner.to_dict() == {'id': 'ads', 'name': 'Assemblea dei Sindaci', 'kind': 'own-body'}

    plan = Pdz.Plan.new_from_data(minimal(partners=[
        {'id': 'asst', 'name': 'ASST Rhodense', 'kind': 'health-trust'},
        {'id': 'ats', 'name': 'ATS Milano', 'kind': 'health-protection-agency'},
        {'id': 'udp', 'name': 'Ufficio di Piano', 'kind': 'own-body'},
    ]))
    assert [p.get_kind() for p in plan.get_partners()] == [
        Pdz.PartnerKind.HEALTH_TRUST, Pdz.PartnerKind.HEALTH_PROTECTION_AGENCY,
        Pdz.PartnerKind.OWN_BODY]
    # version 2 has no health-agency; version 1's is read as health-trust
    with pytest.raises(GLib.Error) as e:
        Pdz.Plan.new_from_data(minimal(partners=[{'id': 'x', 'name': 'X', 'kind': 'health-agency'}]))
    assert e.value.matches(Pdz.error_quark(), Pdz.Error.INVALID_VALUE)
    v1 = Pdz.Plan.new_from_data(json.dumps({'format': 'pdz', 'version': 1, 'partners': [
        {'id': 'x', 'name': 'X', 'kind': 'health-agency'}]}))
    assert v1.get_partners()[0].get_kind() == Pdz.PartnerKind.HEALTH_TRUST
    assert v1.to_dict()['partners'][0]['kind'] == 'health-trust'


# --- the plan's description ----------------------------------------------------

def test_plan_description():
    plan = Pdz.Plan.new()
    log = notify_log(plan)
    plan.set_description('Il secondo monitoraggio')
    plan.set_description('Il secondo monitoraggio')
    assert log.count('description') == 1
    assert plan.props.description == 'Il secondo monitoraggio'
    plan.props.title = 'Piano'
    # written right after the title
    assert list(plan.to_dict()) == ['format', 'version', 'title', 'description']
    assert Pdz.Plan.new_from_data(minimal(description='Testo')).get_description() == 'Testo'
    plan.set_description(None)
    assert 'description' not in plan.to_dict()


# --- changed and modified ------------------------------------------------------

def test_changed_and_modified(example_path, tmp_path):
    plan = Pdz.Plan.load_path(example_path)
    assert plan.props.modified is False
    changed = []
    plan.connect('changed', lambda p, entity: changed.append(entity))
    log = notify_log(plan)

    action = plan.lookup_action('emergenza-abitativa-4')
    action.set_status(Pdz.Status.COMPLETED)
    assert changed == [action]
    assert plan.props.modified is True
    assert log == ['modified']
    action.set_status(Pdz.Status.COMPLETED)  # no change, no signal
    assert changed == [action]

    # a list that changed: the entity that holds it
    action.add_milestone(Pdz.Milestone.new(Pdz.Date.new_month(2022, 3), 'Prima accoglienza'))
    assert changed[-1] == action
    milestone = action.get_milestones()[0]
    milestone.set_title('Accoglienza')
    assert changed[-1] == milestone
    objective = plan.lookup_objective('emergenza-abitativa')
    objective.add_action(Pdz.Action.new('emergenza-abitativa-5', 'Nuova'))
    assert changed[-1] == objective
    action.add_action(Pdz.Action.new('emergenza-abitativa-4-a', 'Sotto-azione'))
    assert changed[-1] == action
    plan.set_description('Rivisto')
    assert changed[-1] == plan
    plan.lookup_partner('ads').set_kind(Pdz.PartnerKind.AMBITO)
    assert changed[-1] == plan.lookup_partner('ads')
    assert log == ['modified', 'description']

    plan.save_path(tmp_path / 'saved.json')
    assert plan.props.modified is False
    assert log[-1] == 'modified'
    n = len(changed)
    action.set_origin(Pdz.Origin.PLANNED)
    assert len(changed) == n + 1 and plan.get_modified()

    # an entity removed from the plan no longer reports to it
    objective.remove_action(action)
    n = len(changed)
    action.set_title('Fuori dal piano')
    assert len(changed) == n
