# test_plan.py: the plan model through PyGObject
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import datetime
import inspect
import json
import pathlib
import re
import sys

import pytest

from gi.repository import GLib, Gio, Pdz

ALL_STATUS = r'(planned|in-progress|completed|suspended|cancelled|not-stated)'
ISO_DATE = r'\d{4}(-\d\d(-\d\d)?)?'


# --- helpers ---------------------------------------------------------------

def to_text(plan):
    """plan.to_data(), checking that it is a str, as C's text is."""
    data = plan.to_data()
    assert isinstance(data, str)
    # the override drops the length; C's is the length in bytes
    assert Pdz.Plan.to_bytes(plan).get_size() == len(data.encode('utf-8'))
    return data


def load_json(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def json_bullets(doc):
    """Every top-level action of a parsed plan file, of objectives and of
    projects."""
    for objective in doc.get('objectives', []):
        yield from objective.get('actions', [])
    for project in doc.get('projects', []):
        yield from project.get('actions', [])


def json_actions(doc):
    """Every action of a parsed plan file, each bullet followed by its
    sub-actions."""
    for bullet in json_bullets(doc):
        yield bullet
        yield from bullet.get('actions', [])


def json_participations(doc):
    for objective in doc.get('objectives', []):
        yield from objective.get('partners', [])
    for project in doc.get('projects', []):
        yield from project.get('partners', [])
    for action in json_actions(doc):
        yield from action.get('partners', [])


def model_signals(model):
    """Connects to items-changed of @model; returns the list it records into."""
    emissions = []
    model.connect('items-changed',
                  lambda m, position, removed, added: emissions.append((position, removed, added)))
    return emissions


def notify_log(obj):
    emissions = []
    obj.connect('notify', lambda o, pspec: emissions.append(pspec.name))
    return emissions


def resolve_pointer(doc, pointer):
    """Resolves an RFC 6901 JSON pointer in @doc; raises KeyError/IndexError."""
    if pointer == '':
        return doc
    assert pointer.startswith('/'), pointer
    value = doc
    for token in pointer[1:].split('/'):
        token = token.replace('~1', '/').replace('~0', '~')
        if isinstance(value, list):
            value = value[int(token)]
        else:
            value = value[token]
    return value


def build_full_plan():
    """A plan built in code that sets every member the format defines."""
    plan = Pdz.Plan.new()
    plan.set_id('test-plan')
    plan.set_title('Piano di Zona 2024-2026')
    plan.set_description('Il piano triennale dell\u2019Ambito')
    plan.set_ambito('Ambito di prova')
    plan.set_language('it')
    plan.set_start(Pdz.Date.new_year(2024))
    plan.set_end(Pdz.Date.new_year(2026))
    plan.set_office('Ufficio di Piano')
    plan.set_email('udp@example.org')
    plan.set_phone('+39 02 0000000')
    plan.set_website('https://example.org/')
    plan.set_monitoring_title('Monitoraggio 2024')
    plan.set_monitoring_start(Pdz.Date.new_month(2024, 3))
    plan.set_monitoring_end(Pdz.Date.new_day(2024, 10, 31))

    corsico = Pdz.Partner.new('corsico', 'Comune di Corsico')
    corsico.set_kind(Pdz.PartnerKind.MUNICIPALITY)
    corsico.set_website('https://www.comune.corsico.mi.it/')
    aler = Pdz.Partner.new('aler', 'Azienda Lombarda per l\u2019Edilizia Residenziale')
    aler.set_short_name('ALER')
    aler.set_kind(Pdz.PartnerKind.HOUSING_AGENCY)
    ets = Pdz.Partner.new('ets', 'Cooperativa "Esempio"\tsociale')
    ads = Pdz.Partner.new('ads', 'Assemblea dei Sindaci')
    ads.set_short_name('AdS')
    ads.set_kind(Pdz.PartnerKind.OWN_BODY)
    asst = Pdz.Partner.new('asst', 'ASST Rhodense')
    asst.set_kind(Pdz.PartnerKind.HEALTH_TRUST)
    for partner in (corsico, aler, ets, ads, asst):
        plan.add_partner(partner)
    plan.add_municipality(corsico)
    plan.set_lead_municipality(corsico)

    casa = Pdz.Macroarea.new('casa', 'Politiche abitative')
    casa.set_code('A')
    sistema = Pdz.Macroarea.new('sistema', 'Azioni di sistema')
    plan.add_macroarea(casa)
    plan.add_macroarea(sistema)

    project = Pdz.Project.new('partecipe', 'PARTECIPE')
    project.set_description('Rete PRINS')
    project.set_status(Pdz.Status.IN_PROGRESS)
    project.set_scope(Pdz.Scope.SOVRA_AMBITO)
    project.set_lead(aler)
    project.set_start(Pdz.Date.new_month(2022, 9))
    project.set_end(Pdz.Date.new_year(2025))
    project.set_interventions(['Pronto intervento sociale', 'Centro servizi'])
    project.add_participation(Pdz.Participation.new(ets, Pdz.Role.CONTRACTOR))
    funding = Pdz.Funding.new('PNRR')
    funding.set_amount(12500000)
    funding.set_status(Pdz.FundingStatus.GRANTED)
    project.add_funding(funding)
    plan.add_project(project)

    objective = Pdz.Objective.new('emergenza-abitativa', 'Emergenza abitativa')
    objective.set_macroarea(casa)
    objective.set_status(Pdz.Status.IN_PROGRESS)
    objective.set_description('Soluzioni per le\nfragilit\u00e0 abitative')
    objective.add_participation(Pdz.Participation.new(aler, Pdz.Role.PARTNER))
    plan.add_objective(objective)
    project.add_objective(objective)

    indicator = Pdz.Indicator.new('famiglie-sfrattate', 'Famiglie accompagnate')
    indicator.set_unit('famiglie')
    indicator.set_baseline(Pdz.Measurement.new(Pdz.Date.new_year(2021), 0))
    indicator.set_target(Pdz.Measurement.new(None, 12.5))
    measurement = Pdz.Measurement.new(Pdz.Date.new_month(2023, 11), 9)
    measurement.set_note('prime nove famiglie')
    indicator.add_measurement(measurement)
    objective.add_indicator(indicator)

    action = Pdz.Action.new('protocollo-escomio', 'Sottoscrizione del protocollo')
    action.set_status(Pdz.Status.COMPLETED)
    action.set_date(Pdz.Date.new_day(2023, 1, 24))
    action.set_origin(Pdz.Origin.EXTRA)
    action.set_links(['https://example.org/protocollo.pdf'])
    action.add_participation(Pdz.Participation.new(aler, Pdz.Role.SIGNATORY))
    action.add_participation(Pdz.Participation.new(corsico, Pdz.Role.LEAD))
    action.add_project(project)
    refused = Pdz.Funding.new('DGR 7631/2017')
    refused.set_status(Pdz.FundingStatus.NOT_FUNDED)
    action.add_funding(refused)
    objective.add_action(action)

    span = Pdz.Action.new('tavoli', 'Tavoli di coprogrammazione')
    span.set_origin(Pdz.Origin.PLANNED)
    span.set_date(Pdz.Date.new_month(2023, 6))
    span.set_end_date(Pdz.Date.new_month(2023, 11))
    span.add_milestone(Pdz.Milestone.new(Pdz.Date.new_day(2023, 5, 30), 'Tavolo di confronto'))
    span.add_milestone(Pdz.Milestone.new(Pdz.Date.new_month(2023, 11), 'Restituzione'))
    span.add_participation(Pdz.Participation.new(ads, Pdz.Role.NOT_STATED))
    objective.add_action(span)
    sub = Pdz.Action.new('tavoli-a', 'Ricerca valutativa')
    sub.set_status(Pdz.Status.IN_PROGRESS)
    span.add_action(sub)
    span.add_action(Pdz.Action.new('tavoli-b', 'Rinnovo del bando'))

    health = Pdz.Objective.new('governance-integrata', 'GOVERNANCE INTEGRATA')
    health.set_kind(Pdz.ObjectiveKind.HEALTH_INTEGRATION)
    health.add_participation(Pdz.Participation.new(asst, Pdz.Role.PARTNER))
    plan.add_objective(health)

    project.add_action(Pdz.Action.new('laboratorio', 'Laboratorio tra operatori'))
    return plan


# --- the override ----------------------------------------------------------

def test_override_is_the_tree_copy():
    source = pathlib.Path(inspect.getsourcefile(Pdz.Plan.to_dict)).resolve()
    tree = pathlib.Path(__file__).resolve().parents[2] / 'bindings' / 'python'
    assert tree in source.parents
    # objects made by C are wrapped in the override classes
    plan = Pdz.Plan.new()
    assert hasattr(plan, 'to_dict')
    assert type(plan) is Pdz.Plan
    assert type(Pdz.Date.new_year(2023)) is Pdz.Date
    assert 'gi.overrides.Pdz' in sys.modules


# --- loading and walking the example ---------------------------------------

def test_example_counts_match_file(example_path, example_plan):
    doc = load_json(example_path)
    plan = example_plan
    assert len(plan.get_macroareas()) == len(doc.get('macroareas', []))
    assert len(plan.get_objectives()) == len(doc.get('objectives', []))
    assert len(plan.get_projects()) == len(doc.get('projects', []))
    assert len(plan.get_partners()) == len(doc.get('partners', []))
    assert len(plan.get_municipalities()) == len(doc.get('municipalities', []))
    # the example is the whole seed: it is not a toy
    assert len(plan.get_macroareas()) >= 5
    assert len(plan.get_objectives()) >= 10
    assert len(plan.get_projects()) >= 2
    assert len(plan.get_partners()) >= 10


def test_example_header(example_path, example_plan):
    doc = load_json(example_path)
    plan = example_plan
    assert plan.get_id() == doc.get('id')
    assert plan.get_title() == doc.get('title')
    assert plan.get_ambito() == doc.get('ambito')
    assert plan.get_language() == doc.get('language')
    assert str(plan.get_start()) == doc['start']
    assert str(plan.get_end()) == doc['end']
    assert plan.get_monitoring_title() == doc['monitoring'].get('title')
    assert str(plan.get_monitoring_start()) == doc['monitoring']['start']
    assert str(plan.get_monitoring_end()) == doc['monitoring']['end']
    assert plan.get_office() == doc['contacts'].get('office')
    assert plan.get_email() == doc['contacts'].get('email')
    assert plan.get_phone() == doc['contacts'].get('phone')
    assert plan.get_website() == doc['contacts'].get('website')
    lead = plan.get_lead_municipality()
    if 'lead-municipality' in doc:
        assert lead.get_id() == doc['lead-municipality']
    else:
        assert lead is None
    assert [p.get_id() for p in plan.get_municipalities()] == doc.get('municipalities', [])


def check_action(plan, action, jaction):
    """An action of the plan against its object in the file."""
    assert action.get_plan() == plan
    assert plan.lookup_action(action.get_id()) == action
    assert action.get_title() == jaction['title']
    # not stated is written by leaving the member out
    assert action.get_status().value_nick == jaction.get('status', 'not-stated')
    assert action.get_origin().value_nick == jaction.get('origin', 'not-stated')
    for member, value in (('date', action.get_date()), ('end-date', action.get_end_date())):
        assert (str(value) if value is not None else None) == jaction.get(member)
    assert [p.get_id() for p in action.get_projects()] == jaction.get('projects', [])
    assert [(p.get_partner().get_id(), p.get_role().value_nick)
            for p in action.get_participations()] == \
        [(p['partner'], p.get('role', 'not-stated')) for p in jaction.get('partners', [])]
    milestones = action.get_milestones()
    assert [(str(m.get_date()), m.get_title()) for m in milestones] == \
        [(m['date'], m['title']) for m in jaction.get('milestones', [])]
    assert all(m.get_action() == action for m in milestones)
    assert [a.get_id() for a in action.get_actions()] == \
        [a['id'] for a in jaction.get('actions', [])]


def test_walk_example(example_path, example_plan):
    doc = load_json(example_path)
    plan = example_plan

    macroareas = list(plan.get_macroareas())
    assert [m.get_id() for m in macroareas] == [m['id'] for m in doc['macroareas']]
    for macroarea in macroareas:
        assert macroarea.get_plan() == plan
        assert plan.lookup_macroarea(macroarea.get_id()) == macroarea

    by_macroarea = {}
    n_actions = 0
    n_indicators = 0
    for objective, jobjective in zip(plan.get_objectives(), doc['objectives']):
        assert objective.get_id() == jobjective['id']
        assert objective.get_title() == jobjective['title']
        assert objective.get_plan() == plan
        assert plan.lookup_objective(objective.get_id()) == objective
        macroarea = objective.get_macroarea()
        if 'macroarea' in jobjective:
            assert macroarea is not None
            assert macroarea.get_id() == jobjective['macroarea']
            assert macroarea in macroareas
            by_macroarea.setdefault(macroarea.get_id(), []).append(objective)
        else:
            assert macroarea is None
        actions = objective.get_actions()
        assert [a.get_id() for a in actions] == [a['id'] for a in jobjective.get('actions', [])]
        for action, jaction in zip(actions, jobjective.get('actions', [])):
            n_actions += 1
            assert action.get_owner() == objective
            assert action.get_objective() == objective
            assert action.get_macroarea() == objective.get_macroarea()
            assert action.get_parent() is None
            assert action.get_project() is None
            check_action(plan, action, jaction)
            for sub, jsub in zip(action.get_actions(), jaction.get('actions', [])):
                n_actions += 1
                assert sub.get_parent() == action
                assert sub.get_owner() == action
                assert sub.get_objective() == objective
                check_action(plan, sub, jsub)
        for indicator in objective.get_indicators():
            n_indicators += 1
            assert indicator.get_objective() == objective
            assert plan.lookup_indicator(indicator.get_id()) == indicator

    # every macroarea of the seed has objectives
    assert sorted(by_macroarea) == sorted(m.get_id() for m in macroareas)
    # the ASST health-integration objectives have no macroarea
    health = [o for o in plan.get_objectives()
              if o.get_kind() == Pdz.ObjectiveKind.HEALTH_INTEGRATION]
    assert len(health) == 8
    assert all(o.get_macroarea() is None for o in health)

    for project, jproject in zip(plan.get_projects(), doc['projects']):
        assert project.get_id() == jproject['id']
        assert project.get_plan() == plan
        assert plan.lookup_project(project.get_id()) == project
        for action, jaction in zip(project.get_actions(), jproject.get('actions', [])):
            n_actions += 1
            assert action.get_owner() == project
            assert action.get_project() == project
            assert action.get_objective() is None
            # by the counting rule, a project's action is under no macroarea
            assert action.get_macroarea() is None
            check_action(plan, action, jaction)

    assert n_actions == len(list(json_actions(doc)))
    assert len(list(json_bullets(doc))) == 31
    assert n_actions == 33
    assert n_indicators == sum(len(o.get('indicators', [])) for o in doc['objectives'])

    for jpartner in doc['partners']:
        partner = plan.lookup_partner(jpartner['id'])
        assert partner is not None
        assert partner.get_name() == jpartner['name']
        assert partner.get_kind().value_nick == jpartner.get('kind', 'other')
        assert partner.get_display_name() == jpartner.get('short-name', jpartner['name'])

    for jaction in json_actions(doc):
        action = plan.lookup_action(jaction['id'])
        assert action is not None and action.get_id() == jaction['id']

    assert plan.lookup_action('no-such-action') is None
    assert plan.lookup_partner('no-such-partner') is None
    assert plan.lookup_objective('no-such-objective') is None
    assert plan.lookup_project('no-such-project') is None
    assert plan.lookup_macroarea('no-such-macroarea') is None
    assert plan.lookup_indicator('no-such-indicator') is None


def test_example_round_trip_is_byte_identical(example_path, example_plan):
    text = example_path.read_text(encoding='utf-8')
    assert to_text(example_plan) == text
    assert example_plan.to_bytes().get_data() == example_path.read_bytes()
    assert to_text(Pdz.Plan.new_from_data(text)) == text
    # 0.1's call, with C's length argument, still works
    assert to_text(Pdz.Plan.new_from_data(text, -1)) == text
    again = Pdz.Plan.new_from_bytes(GLib.Bytes.new(example_path.read_bytes()))
    assert to_text(again) == text


def test_good_files_round_trip(test_data_dir):
    good = sorted((test_data_dir / 'good').glob('*.json'))
    assert good, 'no files in %s' % (test_data_dir / 'good')
    for path in good:
        plan = Pdz.Plan.load_path(path)
        # what is saved reads back to the same plan
        data = to_text(plan)
        assert to_text(Pdz.Plan.new_from_data(data)) == data, path.name
        # saving writes version 2, whatever was read
        assert json.loads(data)['version'] == 2, path.name


# --- editing ---------------------------------------------------------------

def test_edit_save_reload(example_plan, tmp_path):
    plan = example_plan
    plan.set_title('Piano di Zona 2021-2023 (rivisto)')
    objective = plan.get_objectives()[0]
    objective.set_title('Agenzia dell\u2019Abitare: studio di fattibilit\u00e0')

    partner = Pdz.Partner.new('fondazione-test', 'Fondazione di prova')
    partner.set_kind(Pdz.PartnerKind.THIRD_SECTOR)
    plan.add_partner(partner)

    action = Pdz.Action.new('azione-di-prova', 'Incontro con la fondazione')
    action.set_status(Pdz.Status.COMPLETED)
    action.set_date(Pdz.Date.new_month(2023, 10))
    action.set_origin(Pdz.Origin.EXTRA)
    action.add_participation(Pdz.Participation.new(partner, Pdz.Role.CONSULTED))
    objective.add_action(action)
    action.add_milestone(Pdz.Milestone.new(Pdz.Date.new_day(2023, 10, 12), 'Primo incontro'))
    action.add_action(Pdz.Action.new('azione-di-prova-a', 'Verbale dell\u2019incontro'))
    assert action.get_objective() == objective
    assert plan.lookup_action('azione-di-prova') == action

    victim_objective = next(o for o in plan.get_objectives()
                            if o != objective and len(o.get_actions()) > 1)
    victim = victim_objective.get_actions()[-1]
    n_left = len(victim_objective.get_actions()) - 1
    victim_id = victim.get_id()
    assert victim_objective.remove_action(victim)
    assert not victim_objective.remove_action(victim)
    assert plan.lookup_action(victim_id) is None
    assert len(victim_objective.get_actions()) == n_left
    assert victim.get_objective() is None

    path = tmp_path / 'edited.json'
    assert plan.get_modified()
    plan.save_path(path)
    assert not plan.get_modified()
    saved = path.read_text(encoding='utf-8')
    assert saved == to_text(plan)
    # nothing but the target was left in the directory (atomic save)
    assert [p.name for p in tmp_path.iterdir()] == ['edited.json']

    again = Pdz.Plan.load_path(path)
    assert not again.get_modified()
    assert to_text(again) == saved
    assert again.to_dict() == plan.to_dict()
    assert again.get_title() == 'Piano di Zona 2021-2023 (rivisto)'
    assert again.get_objectives()[0].get_title() == objective.get_title()
    reloaded = again.lookup_action('azione-di-prova')
    assert reloaded is not None
    assert reloaded.get_origin() == Pdz.Origin.EXTRA
    assert str(reloaded.get_date()) == '2023-10'
    assert [str(m.get_date()) for m in reloaded.get_milestones()] == ['2023-10-12']
    assert [a.get_id() for a in reloaded.get_actions()] == ['azione-di-prova-a']
    assert again.lookup_action('azione-di-prova-a').get_parent() == reloaded
    participations = reloaded.get_participations()
    assert len(participations) == 1
    assert participations[0].get_partner() == again.lookup_partner('fondazione-test')
    assert participations[0].get_role() == Pdz.Role.CONSULTED
    assert again.lookup_action(victim_id) is None
    assert len(again.lookup_objective(victim_objective.get_id()).get_actions()) == n_left


def test_build_in_code_save_reload(tmp_path):
    plan = build_full_plan()
    plan.validate()
    path = tmp_path / 'built.json'
    plan.save(Gio.File.new_for_path(str(path)))
    again = Pdz.Plan.load(Gio.File.new_for_path(str(path)))
    assert to_text(again) == to_text(plan)
    assert again.to_dict() == plan.to_dict()
    action = again.lookup_action('protocollo-escomio')
    assert [p.get_id() for p in action.get_projects()] == ['partecipe']
    assert action.get_projects()[0] == again.lookup_project('partecipe')
    assert action.get_links() == ['https://example.org/protocollo.pdf']
    funding = again.lookup_project('partecipe').get_fundings()[0]
    assert funding.get_amount() == 12500000
    assert funding.get_status() == Pdz.FundingStatus.GRANTED
    assert again.get_description() == 'Il piano triennale dell\u2019Ambito'
    assert again.lookup_partner('ads').get_kind() == Pdz.PartnerKind.OWN_BODY
    assert again.lookup_partner('asst').get_kind() == Pdz.PartnerKind.HEALTH_TRUST
    span = again.lookup_action('tavoli')
    assert span.get_origin() == Pdz.Origin.PLANNED
    assert span.get_status() == Pdz.Status.NOT_STATED
    assert [(str(m.get_date()), m.get_title()) for m in span.get_milestones()] == \
        [('2023-05-30', 'Tavolo di confronto'), ('2023-11', 'Restituzione')]
    assert [a.get_id() for a in span.get_actions()] == ['tavoli-a', 'tavoli-b']
    assert span.get_participations()[0].get_role() == Pdz.Role.NOT_STATED
    assert again.lookup_action('protocollo-escomio').get_origin() == Pdz.Origin.EXTRA
    indicator = again.lookup_indicator('famiglie-sfrattate')
    assert indicator.get_target().get_date() is None
    assert indicator.get_target().get_value() == 12.5
    assert indicator.get_latest_measurement().get_note() == 'prime nove famiglie'


def test_save_refuses_invalid_plan(tmp_path):
    plan = Pdz.Plan.new()
    other = Pdz.Plan.new()
    stranger = Pdz.Partner.new('stranger', 'Ente di un altro piano')
    other.add_partner(stranger)
    project = Pdz.Project.new('p', 'Progetto')
    project.set_lead(stranger)
    plan.add_project(project)
    path = tmp_path / 'refused.json'
    path.write_text('old contents\n')
    with pytest.raises(GLib.Error) as e:
        plan.save_path(path)
    assert e.value.matches(Pdz.error_quark(), Pdz.Error.DANGLING_REFERENCE)
    assert 'stranger' in e.value.message
    # the old file is left whole
    assert path.read_text() == 'old contents\n'


def test_save_conflict_and_force(example_path, tmp_path):
    path = tmp_path / 'plan.json'
    path.write_bytes(pathlib.Path(example_path).read_bytes())
    a = Pdz.Plan.load_path(path)
    b = Pdz.Plan.load_path(path)
    a.set_title('Edit by A')
    a.save_path(path)
    b.set_title('Edit by B')
    with pytest.raises(GLib.Error) as e:
        b.save_path(path)
    assert e.value.matches(Pdz.error_quark(), Pdz.Error.CONFLICT)
    assert str(path) in e.value.message
    assert Pdz.Plan.load_path(path).get_title() == 'Edit by A'
    b.save_path(path, Pdz.SaveFlags.FORCE)
    assert Pdz.Plan.load_path(path).get_title() == 'Edit by B'


def test_add_duplicate_id_raises(example_plan):
    plan = example_plan
    existing = plan.get_partners()[0]
    n = len(plan.get_partners())
    with pytest.raises(GLib.Error) as e:
        plan.add_partner(Pdz.Partner.new(existing.get_id(), 'Doppione'))
    assert e.value.matches(Pdz.error_quark(), Pdz.Error.DUPLICATE_ID)
    assert e.value.domain == 'pdz-error-quark'
    assert existing.get_id() in e.value.message
    assert len(plan.get_partners()) == n

    # action ids are unique across objectives and projects
    some_action = next(a for o in plan.get_objectives() for a in o.get_actions())
    project = plan.get_projects()[0]
    with pytest.raises(GLib.Error) as e:
        project.add_action(Pdz.Action.new(some_action.get_id(), 'Doppione'))
    assert e.value.matches(Pdz.error_quark(), Pdz.Error.DUPLICATE_ID)


def test_remove_referenced_partner_conflicts(example_path, example_plan):
    doc = load_json(example_path)
    plan = example_plan
    referenced = next(p['partner'] for p in json_participations(doc))
    partner = plan.lookup_partner(referenced)
    n = len(plan.get_partners())
    with pytest.raises(GLib.Error) as e:
        plan.remove_partner(partner)
    assert e.value.matches(Pdz.error_quark(), Pdz.Error.CONFLICT)
    assert referenced in e.value.message
    assert len(plan.get_partners()) == n
    assert plan.lookup_partner(referenced) == partner

    # an unreferenced partner goes
    loner = Pdz.Partner.new('solo', 'Ente isolato')
    plan.add_partner(loner)
    assert plan.remove_partner(loner)
    assert plan.lookup_partner('solo') is None
    assert len(plan.get_partners()) == n


# --- async -----------------------------------------------------------------

def test_load_async(example_path):
    loop = GLib.MainLoop()
    results = []

    def done(source, result, *user_data):
        try:
            results.append(Pdz.Plan.load_finish(result))
        except GLib.Error as e:
            results.append(e)
        loop.quit()

    Pdz.Plan.load_async(Gio.File.new_for_path(str(example_path)), None, done)
    assert results == []  # it does not complete before the loop runs
    GLib.timeout_add_seconds(30, loop.quit)
    loop.run()
    assert len(results) == 1
    plan = results[0]
    assert isinstance(plan, Pdz.Plan)
    assert to_text(plan) == example_path.read_text(encoding='utf-8')


def test_load_async_errors(bad_dir, tmp_path):
    loop = GLib.MainLoop()
    results = []

    def done(source, result, *user_data):
        try:
            results.append(Pdz.Plan.load_finish(result))
        except GLib.Error as e:
            results.append(e)
        if len(results) == 3:
            loop.quit()

    Pdz.Plan.load_async(Gio.File.new_for_path(str(bad_dir / 'duplicate-id.json')), None, done)
    Pdz.Plan.load_async(Gio.File.new_for_path(str(tmp_path / 'missing.json')), None, done)
    cancellable = Gio.Cancellable()
    cancellable.cancel()
    Pdz.Plan.load_async(Gio.File.new_for_path(str(bad_dir / 'duplicate-id.json')),
                        cancellable, done)
    GLib.timeout_add_seconds(30, loop.quit)
    loop.run()
    assert len(results) == 3
    assert all(isinstance(r, GLib.Error) for r in results), results
    assert any(r.matches(Pdz.error_quark(), Pdz.Error.DUPLICATE_ID) for r in results)
    # the message names the file by its parse name, then the JSON pointer
    duplicate = next(r for r in results if r.matches(Pdz.error_quark(), Pdz.Error.DUPLICATE_ID))
    assert duplicate.message.startswith(str(bad_dir / 'duplicate-id.json') + ': /partners/'), \
        duplicate.message
    assert any(r.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND) for r in results)
    assert any(r.matches(Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED) for r in results)


# --- errors ----------------------------------------------------------------

BAD_FILES = [
    ('unknown-member.json', Pdz.Error.UNKNOWN_MEMBER),
    ('duplicate-id.json', Pdz.Error.DUPLICATE_ID),
    ('dangling-reference.json', Pdz.Error.DANGLING_REFERENCE),
    ('date-month-13.json', Pdz.Error.INVALID_VALUE),
    ('negative-amount.json', Pdz.Error.INVALID_VALUE),
    ('not-json.json', Pdz.Error.PARSE),
    ('unsupported-version.json', Pdz.Error.FORMAT),
    # more of each kind
    ('truncated.json', Pdz.Error.PARSE),
    ('invalid-utf8.json', Pdz.Error.PARSE),
    ('wrong-format.json', Pdz.Error.FORMAT),
    ('date-feb-30.json', Pdz.Error.INVALID_VALUE),
    ('unknown-enum.json', Pdz.Error.INVALID_VALUE),
    ('empty-id.json', Pdz.Error.INVALID_VALUE),
    ('wrong-type.json', Pdz.Error.INVALID_VALUE),
    # format version 2
    ('v2-explicit-not-stated.json', Pdz.Error.INVALID_VALUE),
    ('v2-extra-member.json', Pdz.Error.UNKNOWN_MEMBER),
    ('v2-health-agency.json', Pdz.Error.INVALID_VALUE),
    ('v2-milestone-no-date.json', Pdz.Error.INVALID_VALUE),
    ('v2-sub-sub-action.json', Pdz.Error.UNKNOWN_MEMBER),
]


def error_location(message, path):
    """The location an error message gives: ('pointer', p) or ('line', l, c).

    The message may name the file first; what follows begins with the
    JSON pointer or line:column of the error."""
    for prefix in (str(path), path.name):
        if message.startswith(prefix):
            message = message[len(prefix):].lstrip(':').lstrip()
            break
    m = re.match(r'(\d+):(\d+):', message)
    if m:
        return ('line', int(m.group(1)), int(m.group(2)))
    m = re.match(r'(/[^\s:]*):', message)
    if m:
        return ('pointer', m.group(1))
    return None


@pytest.mark.parametrize('name,code', BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_refused(bad_dir, name, code):
    path = bad_dir / name
    assert path.is_file(), '%s is missing' % path
    with pytest.raises(GLib.Error) as e:
        Pdz.Plan.load_path(path)
    error = e.value
    assert error.matches(Pdz.error_quark(), code), \
        'expected %s, got %s: %s' % (code.value_nick, error.code, error.message)
    assert error.domain == 'pdz-error-quark'

    # the same data refused the same way when it does not come from a file
    with pytest.raises(GLib.Error) as e2:
        Pdz.Plan.new_from_bytes(GLib.Bytes.new(path.read_bytes()))
    assert e2.value.matches(Pdz.error_quark(), code)
    assert error_location(e2.value.message, path) is not None, e2.value.message
    # and through the override, from bytes
    with pytest.raises(GLib.Error) as e3:
        Pdz.Plan.new_from_data(path.read_bytes())
    assert e3.value.message == e2.value.message

    # from a file, the message begins with the file's name, joined to a
    # line:column as a compiler does, to a JSON pointer by ': '; from
    # memory, with the location
    separator = ':' if code == Pdz.Error.PARSE else ': '
    assert error.message == str(path) + separator + e2.value.message, error.message

    where = error_location(error.message, path)
    assert where is not None, 'no location at the start of %r' % error.message
    text = path.read_text(encoding='utf-8', errors='replace')
    if code == Pdz.Error.PARSE:
        assert where[0] == 'line', error.message
        n_lines = text.count('\n') + 1
        assert 1 <= where[1] <= n_lines, error.message
        assert where[2] >= 1, error.message
    else:
        assert where[0] == 'pointer', error.message
        doc = json.loads(text)
        # the pointer names a value that really is in the file
        value = resolve_pointer(doc, where[1])
        if code == Pdz.Error.DANGLING_REFERENCE:
            assert isinstance(value, (str, dict)), error.message
            ref = value if isinstance(value, str) else value.get('partner')
            assert ref in error.message
        elif code == Pdz.Error.UNKNOWN_MEMBER:
            # the pointer names the member, or the object that has it: the
            # message quotes the member's name
            quoted = re.findall(r'"([^"]+)"', error.message)
            if isinstance(value, dict):
                assert any(q in value for q in quoted), error.message
            else:
                assert where[1].rsplit('/', 1)[-1] in quoted, error.message
        elif name.startswith('date-'):
            assert isinstance(value, str) and '"%s"' % value in error.message
            if name == 'date-month-13.json':
                assert re.match(r'\d{4}-13', value), value
        elif name == 'negative-amount.json':
            assert isinstance(value, int) and value < 0, error.message
        elif name == 'unsupported-version.json':
            assert where[1] == '/version'
            assert value not in (1, 2) and str(value) in error.message
        elif name == 'wrong-format.json':
            assert where[1] == '/format'
            assert value != 'pdz' and value in error.message
        elif name == 'v2-explicit-not-stated.json':
            # one spelling: "not stated" is written by leaving the member out
            assert value == 'not-stated', error.message
        elif name == 'v2-health-agency.json':
            assert value == 'health-agency', error.message
        elif name == 'duplicate-id.json':
            dup = value if isinstance(value, str) else value['id']
            assert '"%s"' % dup in error.message


def test_missing_file_is_an_io_error(tmp_path):
    path = tmp_path / 'absent.json'
    with pytest.raises(GLib.Error) as e:
        Pdz.Plan.load_path(path)
    assert e.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND)
    assert e.value.message.startswith(str(path))
    # the same domain and code from a Gio.File
    with pytest.raises(GLib.Error) as e:
        Pdz.Plan.load(Gio.File.new_for_path(str(path)))
    assert e.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND)


# --- signals ---------------------------------------------------------------

def test_notify_title():
    plan = Pdz.Plan.new()
    titles = []
    plan.connect('notify::title', lambda obj, pspec: titles.append(obj.get_title()))
    log = notify_log(plan)
    plan.set_title('Piano di Zona')
    assert titles == ['Piano di Zona']
    plan.set_title('Piano di Zona')  # unchanged: no notify
    assert titles == ['Piano di Zona']
    plan.props.title = 'Piano'
    assert titles == ['Piano di Zona', 'Piano']
    # the first edit makes the plan modified
    assert log == ['title', 'modified', 'title']

    action = Pdz.Action.new('a', 'Titolo')
    log = notify_log(action)
    action.set_status(Pdz.Status.COMPLETED)
    action.set_status(Pdz.Status.COMPLETED)
    action.set_date(Pdz.Date.new_month(2023, 11))
    action.set_date(Pdz.Date.new_from_string('2023-11'))  # equal: no notify
    action.set_origin(Pdz.Origin.EXTRA)
    action.set_origin(Pdz.Origin.EXTRA)
    # the deprecated extra property is origin seen as a boolean
    assert log[:2] == ['status', 'date'] and sorted(log[2:]) == ['extra', 'origin']
    assert str(action.props.date) == '2023-11'


def test_items_changed_on_add_and_remove():
    plan = Pdz.Plan.new()
    partners = plan.get_partners()
    emissions = model_signals(partners)
    a = Pdz.Partner.new('a', 'Ente A')
    b = Pdz.Partner.new('b', 'Ente B')
    plan.add_partner(a)
    plan.add_partner(b)
    assert emissions == [(0, 0, 1), (1, 0, 1)]
    assert list(partners) == [a, b]
    assert plan.remove_partner(a)
    assert emissions[-1] == (0, 1, 0)
    assert list(partners) == [b]

    objective = Pdz.Objective.new('o', 'Obiettivo')
    plan.add_objective(objective)
    actions = objective.get_actions()
    emissions = model_signals(actions)
    objective.add_action(Pdz.Action.new('x', 'Azione'))
    assert emissions == [(0, 0, 1)]
    with pytest.raises(GLib.Error):
        objective.add_action(Pdz.Action.new('x', 'Doppione'))
    assert emissions == [(0, 0, 1)]  # a refused add changes nothing


# --- repr ------------------------------------------------------------------

def test_repr_of_entities_built_in_code():
    date = Pdz.Date.new_day(2023, 1, 24)
    assert repr(date) == '<Pdz.Date 2023-01-24>'
    assert str(date) == '2023-01-24'

    action = Pdz.Action.new('emergenza-abitativa-2', 'Protocollo')
    action.set_status(Pdz.Status.COMPLETED)
    action.set_date(date)
    assert repr(action) == "<Pdz.Action id='emergenza-abitativa-2' status=completed date=2023-01-24>"
    action.set_end_date(Pdz.Date.new_month(2023, 6))
    action.set_origin(Pdz.Origin.EXTRA)
    action.add_milestone(Pdz.Milestone.new(date, 'Firma'))
    assert repr(action) == ("<Pdz.Action id='emergenza-abitativa-2' status=completed origin=extra "
                            "date=2023-01-24 end-date=2023-06 milestones=1>")
    # what is not stated: the status says so, the origin is left out
    assert repr(Pdz.Action.new('a', 'Azione')) == "<Pdz.Action id='a' status=not-stated>"
    milestone = action.get_milestones()[0]
    assert repr(milestone) == "<Pdz.Milestone date=2023-01-24 title='Firma'>"
    assert repr(Pdz.Milestone.new(Pdz.Date.new_year(2024), None)) == '<Pdz.Milestone date=2024>'

    plan = build_full_plan()
    assert repr(plan.lookup_action('tavoli')) == \
        ("<Pdz.Action id='tavoli' status=not-stated origin=planned date=2023-06 end-date=2023-11 "
         "milestones=2 actions=2>")
    assert repr(plan.lookup_action('tavoli-a')) == "<Pdz.Action id='tavoli-a' status=in-progress>"
    assert repr(plan) == "<Pdz.Plan id='test-plan' title='Piano di Zona 2024-2026' objectives=2 projects=1>"
    assert repr(plan.lookup_macroarea('casa')) == "<Pdz.Macroarea id='casa' code='A' title='Politiche abitative'>"
    assert repr(plan.lookup_macroarea('sistema')) == "<Pdz.Macroarea id='sistema' title='Azioni di sistema'>"
    assert repr(plan.lookup_objective('emergenza-abitativa')) == \
        "<Pdz.Objective id='emergenza-abitativa' kind=plan status=in-progress macroarea='casa' actions=2>"
    assert repr(plan.lookup_objective('governance-integrata')) == \
        "<Pdz.Objective id='governance-integrata' kind=health-integration status=not-stated actions=0>"
    project = plan.lookup_project('partecipe')
    assert repr(project) == \
        "<Pdz.Project id='partecipe' title='PARTECIPE' status=in-progress scope=sovra-ambito actions=1>"
    assert repr(plan.lookup_partner('aler')) == "<Pdz.Partner id='aler' name='ALER' kind=housing-agency>"
    assert repr(plan.lookup_partner('ets')) == \
        "<Pdz.Partner id='ets' name='Cooperativa \"Esempio\"\\tsociale' kind=other>"
    assert repr(project.get_participations()[0]) == "<Pdz.Participation partner='ets' role=contractor>"
    assert repr(plan.lookup_partner('ads')) == "<Pdz.Partner id='ads' name='AdS' kind=own-body>"
    assert repr(plan.lookup_action('tavoli').get_participations()[0]) == \
        "<Pdz.Participation partner='ads' role=not-stated>"
    assert repr(project.get_fundings()[0]) == "<Pdz.Funding source='PNRR' amount=12500000 status=granted>"
    refused = plan.lookup_action('protocollo-escomio').get_fundings()[0]
    assert repr(refused) == "<Pdz.Funding source='DGR 7631/2017' status=not-funded>"
    indicator = plan.lookup_indicator('famiglie-sfrattate')
    assert repr(indicator) == "<Pdz.Indicator id='famiglie-sfrattate' unit='famiglie' measurements=1>"
    assert repr(indicator.get_measurements()[0]) == "<Pdz.Measurement date=2023-11 value=9>"
    assert repr(indicator.get_target()) == "<Pdz.Measurement value=12.5>"
    # an empty entity still has a repr
    assert repr(Pdz.Plan.new()) == '<Pdz.Plan objectives=0 projects=0>'


def action_entities(action):
    """An action, its milestones, participations, fundings and sub-actions."""
    entities = [action] + list(action.get_milestones())
    entities += list(action.get_participations()) + list(action.get_fundings())
    for sub in action.get_actions():
        entities += action_entities(sub)
    return entities


def test_repr_of_every_entity_in_example(example_plan):
    plan = example_plan
    entities = [plan]
    entities += list(plan.get_macroareas())
    entities += list(plan.get_partners())
    for objective in plan.get_objectives():
        entities.append(objective)
        entities += list(objective.get_participations())
        for indicator in objective.get_indicators():
            entities.append(indicator)
            entities += [m for m in (indicator.get_baseline(), indicator.get_target()) if m]
            entities += list(indicator.get_measurements())
        for action in objective.get_actions():
            entities += action_entities(action)
    for project in plan.get_projects():
        entities.append(project)
        entities += list(project.get_participations()) + list(project.get_fundings())
        for action in project.get_actions():
            entities += action_entities(action)
    seen = set()
    for entity in entities:
        text = repr(entity)
        name = type(entity).__name__
        seen.add(name)
        assert text.startswith('<Pdz.%s ' % name) and text.endswith('>'), text
        if isinstance(entity, Pdz.Action):
            assert re.fullmatch(r"<Pdz\.Action id='[^']+' status=%s( origin=(planned|extra))?"
                                r"( date=%s)?( end-date=%s)?( milestones=\d+)?( actions=\d+)?>"
                                % (ALL_STATUS, ISO_DATE, ISO_DATE), text), text
    assert {'Plan', 'Macroarea', 'Partner', 'Objective', 'Action', 'Milestone', 'Project',
            'Participation', 'Funding'} <= seen


# --- to_dict and from_dict -----------------------------------------------
#
# to_dict() is json.loads() of the JSON text the library writes: the format
# is spelled once, in C. from_dict() is its inverse.

def assert_to_dict_mirrors_file(plan):
    data = to_text(plan)
    got = plan.to_dict()
    assert got == json.loads(data)
    assert list(got) == list(json.loads(data))
    # and back: the same plan, "x-" members included
    assert to_text(Pdz.Plan.from_dict(got)) == data


def test_to_dict_example(example_plan):
    assert_to_dict_mirrors_file(example_plan)
    d = example_plan.to_dict()
    assert d['format'] == 'pdz' and d['version'] == 2


def test_to_dict_built_in_code():
    plan = build_full_plan()
    assert_to_dict_mirrors_file(plan)
    d = plan.to_dict()
    assert d['description'] == 'Il piano triennale dell\u2019Ambito'
    assert d['lead-municipality'] == 'corsico'
    assert d['municipalities'] == ['corsico']
    assert d['contacts'] == {'office': 'Ufficio di Piano', 'email': 'udp@example.org',
                             'phone': '+39 02 0000000', 'website': 'https://example.org/'}
    assert d['monitoring'] == {'title': 'Monitoraggio 2024', 'start': '2024-03', 'end': '2024-10-31'}
    assert d['partners'][3] == {'id': 'ads', 'name': 'Assemblea dei Sindaci', 'short-name': 'AdS',
                                'kind': 'own-body'}
    assert d['partners'][4]['kind'] == 'health-trust'
    objective = d['objectives'][0]
    assert objective['macroarea'] == 'casa'
    action = objective['actions'][0]
    assert action == {
        'id': 'protocollo-escomio',
        'title': 'Sottoscrizione del protocollo',
        'status': 'completed',
        'origin': 'extra',
        'date': '2023-01-24',
        'partners': [{'partner': 'aler', 'role': 'signatory'},
                     {'partner': 'corsico', 'role': 'lead'}],
        'projects': ['partecipe'],
        'fundings': [{'source': 'DGR 7631/2017', 'status': 'not-funded'}],
        'links': ['https://example.org/protocollo.pdf'],
    }
    # not stated is left out: the status of tavoli, the role of its
    # participation, the status of its second sub-action
    assert objective['actions'][1] == {
        'id': 'tavoli',
        'title': 'Tavoli di coprogrammazione',
        'origin': 'planned',
        'date': '2023-06',
        'end-date': '2023-11',
        'milestones': [{'date': '2023-05-30', 'title': 'Tavolo di confronto'},
                       {'date': '2023-11', 'title': 'Restituzione'}],
        'partners': [{'partner': 'ads'}],
        'actions': [{'id': 'tavoli-a', 'title': 'Ricerca valutativa', 'status': 'in-progress'},
                    {'id': 'tavoli-b', 'title': 'Rinnovo del bando'}],
    }
    indicator = objective['indicators'][0]
    assert indicator['baseline'] == {'date': '2021', 'value': 0}
    assert indicator['target'] == {'value': 12.5}
    project = d['projects'][0]
    assert project['fundings'] == [{'source': 'PNRR', 'amount': 12500000, 'status': 'granted'}]
    assert isinstance(project['fundings'][0]['amount'], int)
    assert project['objectives'] == ['emergenza-abitativa']
    assert project['lead'] == 'aler'
    assert d['objectives'][1] == {'id': 'governance-integrata', 'title': 'GOVERNANCE INTEGRATA',
                                  'kind': 'health-integration',
                                  'partners': [{'partner': 'asst', 'role': 'partner'}]}


def test_to_dict_empty_plan():
    plan = Pdz.Plan.new()
    assert plan.to_dict() == {'format': 'pdz', 'version': 2}
    assert_to_dict_mirrors_file(plan)


def test_to_dict_keeps_extensions():
    # x- members are kept in the file, and so in the dict and back
    d = {
        'format': 'pdz', 'version': 2, 'id': 'x', 'x-editor': {'revision': 3},
        'partners': [{'id': 'p', 'name': 'Ente', 'x-note': 'nota'}],
    }
    plan = Pdz.Plan.from_dict(d)
    assert plan.to_dict() == d
    assert plan.get_partners()[0].to_dict() == {'id': 'p', 'name': 'Ente', 'x-note': 'nota'}
    assert_to_dict_mirrors_file(plan)


def test_to_dict_good_files(test_data_dir):
    for path in sorted((test_data_dir / 'good').glob('*.json')):
        assert_to_dict_mirrors_file(Pdz.Plan.load_path(path))


def test_from_dict_reads_version_1():
    """A version-1 dict has its 0.1.0 meaning and comes back as version 2."""
    plan = Pdz.Plan.from_dict({
        'format': 'pdz', 'version': 1,
        'partners': [{'id': 'asst', 'name': 'ASST', 'kind': 'health-agency'}],
        'objectives': [{'id': 'o', 'title': 'O', 'actions': [
            {'id': 'a', 'title': 'A', 'extra': True, 'partners': [{'partner': 'asst'}]}]}],
    })
    action = plan.lookup_action('a')
    assert action.get_status() == Pdz.Status.PLANNED
    assert action.get_origin() == Pdz.Origin.EXTRA
    assert action.get_participations()[0].get_role() == Pdz.Role.PARTICIPANT
    assert plan.lookup_partner('asst').get_kind() == Pdz.PartnerKind.HEALTH_TRUST
    assert plan.to_dict()['version'] == 2
    assert action.to_dict() == {'id': 'a', 'title': 'A', 'status': 'planned', 'origin': 'extra',
                                'partners': [{'partner': 'asst', 'role': 'participant'}]}


def test_from_dict_errors_name_the_value():
    with pytest.raises(GLib.Error) as e:
        Pdz.Plan.from_dict({'format': 'pdz', 'version': 2,
                            'objectives': [{'id': 'o', 'title': 'O', 'status': 'done'}]})
    assert e.value.matches(Pdz.error_quark(), Pdz.Error.INVALID_VALUE)
    assert e.value.message.startswith('/objectives/0/status: ')
    with pytest.raises(GLib.Error) as e:
        Pdz.Plan.from_dict({'format': 'pdz', 'version': 2, 'titel': 'x'})
    assert e.value.matches(Pdz.error_quark(), Pdz.Error.UNKNOWN_MEMBER)
    with pytest.raises(TypeError):
        Pdz.Plan.from_dict({'format': 'pdz', 'version': 2, 'start': datetime.date(2023, 1, 1)})


def test_entity_to_dict_is_its_object_in_the_file(example_plan):
    """entity.to_dict() is the entity's object in plan.to_dict(), for every
    entity the plan can point to, and for the values inside them."""
    plan = example_plan
    d = plan.to_dict()
    entities = list(plan.get_partners()) + list(plan.get_macroareas())
    for objective in plan.get_objectives():
        entities.append(objective)
        entities += list(objective.get_indicators())
        for action in objective.get_actions():
            entities += [action] + list(action.get_actions())
    for project in plan.get_projects():
        entities.append(project)
        for action in project.get_actions():
            entities += [action] + list(action.get_actions())
    assert len(entities) == 21 + 5 + 19 + 33 + 16
    for entity in entities:
        expected = resolve_pointer(d, plan.dup_pointer(entity))
        assert entity.to_dict() == expected
        assert json.loads(Pdz.entity_to_data(entity)) == expected
        if isinstance(entity, Pdz.Action):
            got = entity.to_dict()
            assert [m.to_dict() for m in entity.get_milestones()] == got.get('milestones', [])
            assert [p.to_dict() for p in entity.get_participations()] == got.get('partners', [])
            assert [f.to_dict() for f in entity.get_fundings()] == got.get('fundings', [])
    assert plan.get_projects()[5].get_fundings()[1].to_dict() == {'source': 'FNPS',
                                                                  'status': 'applied'}


def test_entity_to_data_is_text(example_plan):
    # the override returns the text, not C's (text, length) pair
    action = example_plan.lookup_action('emergenza-abitativa-4')
    text = Pdz.entity_to_data(action)
    assert isinstance(text, str) and text.endswith('}\n')
    assert json.loads(text) == {'id': 'emergenza-abitativa-4', 'title': 'CAS Ucraina',
                                'origin': 'extra'}


# --- dates -----------------------------------------------------------------

def test_date_format():
    assert Pdz.Date.new_from_string('2023-11').format('it') == 'novembre 2023'
    assert Pdz.Date.new_from_string('2023-01-24').format('it') == '24 gennaio 2023'
    assert Pdz.Date.new_from_string('2022').format('it') == '2022'
    english = Pdz.Date.new_from_string('2023-11').format('en')
    assert 'November' in english and '2023' in english


def test_date_precision_and_parts():
    date = Pdz.Date.new_from_string('2023-11')
    assert date.get_precision() == Pdz.DatePrecision.MONTH
    assert (date.get_year(), date.get_month()) == (2023, 11)
    assert Pdz.Date.new_year(2022).get_precision() == Pdz.DatePrecision.YEAR
    assert Pdz.Date.new_day(2023, 1, 24).get_day() == 24
    first, last = date.dup_first_day(), date.dup_last_day()
    assert (first.get_year(), int(first.get_month()), first.get_day()) == (2023, 11, 1)
    assert (last.get_year(), int(last.get_month()), last.get_day()) == (2023, 11, 30)


@pytest.mark.parametrize('text', ['2023-13', '2023-02-30', '23', '2023-1', 'novembre', '', '999'])
def test_date_invalid(text):
    with pytest.raises(GLib.Error) as e:
        Pdz.Date.new_from_string(text)
    assert e.value.matches(Pdz.error_quark(), Pdz.Error.INVALID_VALUE)


def test_date_sugar():
    a = Pdz.Date.new_from_string('2023-11')
    b = Pdz.Date.new_month(2023, 11)
    c = Pdz.Date.new_day(2023, 1, 24)
    assert a == b and not (a != b)
    assert a is not b
    assert hash(a) == hash(b)
    assert len({a, b, c}) == 2
    assert c < a and a > c and c <= a and a >= b
    assert sorted([a, c]) == [c, a]
    assert a != '2023-11'
    assert Pdz.Date.new_year(2022) < Pdz.Date.new_year(2023)


def test_pointers_resolve_in_the_file(example_path, example_plan):
    """dup_pointer() names where each entity stands in the file: resolving
    the pointer in the JSON gives back the entity's id."""
    document = json.loads(example_path.read_text(encoding='utf-8'))

    def resolve(pointer):
        node = document
        for part in pointer.split('/')[1:]:
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node

    entities = list(example_plan.get_partners()) + list(example_plan.get_macroareas())
    for objective in example_plan.get_objectives():
        entities.append(objective)
        for action in objective.get_actions():
            entities += [action] + list(action.get_actions())
    for project in example_plan.get_projects():
        entities.append(project)
        entities.extend(project.get_actions())

    # 21 partners, 5 macroareas, 19 objectives, 16 projects, 33 actions
    assert len(entities) == 94
    for entity in entities:
        pointer = example_plan.dup_pointer(entity)
        assert resolve(pointer)['id'] == entity.props.id

    assert example_plan.dup_pointer(Pdz.Partner.new('x', 'Not in the plan')) is None
