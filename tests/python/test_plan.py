# test_plan.py: the plan model through PyGObject
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import inspect
import json
import pathlib
import re
import sys

import pytest

from gi.repository import GLib, Gio, Pdz

ALL_STATUS = r'(planned|in-progress|completed|suspended|cancelled)'
ISO_DATE = r'\d{4}(-\d\d(-\d\d)?)?'


# --- helpers ---------------------------------------------------------------

def to_text(plan):
    """plan.to_data() as a str, checking the length it reports."""
    data, length = plan.to_data()
    assert length == len(data.encode('utf-8'))
    return data


def load_json(path):
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def strip_extensions(doc):
    """A copy of a parsed plan file without its "x-" members.

    The plan's "contacts" and "monitoring" objects are written when they hold
    only "x-" members: without those they are empty, and go too."""
    def strip(value):
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if not k.startswith('x-')}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    doc = strip(doc)
    for part in ('contacts', 'monitoring'):
        if doc.get(part) == {}:
            del doc[part]
    return doc


def json_actions(doc):
    """Every action of a parsed plan file, of objectives and of projects."""
    for objective in doc.get('objectives', []):
        yield from objective.get('actions', [])
    for project in doc.get('projects', []):
        yield from project.get('actions', [])


def json_participations(doc):
    for objective in doc.get('objectives', []):
        yield from objective.get('partners', [])
        for action in objective.get('actions', []):
            yield from action.get('partners', [])
    for project in doc.get('projects', []):
        yield from project.get('partners', [])
        for action in project.get('actions', []):
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
    for partner in (corsico, aler, ets):
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
    action.set_extra(True)
    action.set_links(['https://example.org/protocollo.pdf'])
    action.add_participation(Pdz.Participation.new(aler, Pdz.Role.SIGNATORY))
    action.add_participation(Pdz.Participation.new(corsico, Pdz.Role.LEAD))
    action.add_project(project)
    refused = Pdz.Funding.new('DGR 7631/2017')
    refused.set_status(Pdz.FundingStatus.NOT_FUNDED)
    action.add_funding(refused)
    objective.add_action(action)

    span = Pdz.Action.new('tavoli', 'Tavoli di coprogrammazione')
    span.set_date(Pdz.Date.new_month(2023, 6))
    span.set_end_date(Pdz.Date.new_month(2023, 11))
    objective.add_action(span)

    health = Pdz.Objective.new('governance-integrata', 'GOVERNANCE INTEGRATA')
    health.set_kind(Pdz.ObjectiveKind.HEALTH_INTEGRATION)
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
            assert action.get_plan() == plan
            assert action.get_title() == jaction['title']
            assert action.get_status().value_nick == jaction.get('status', 'planned')
            assert action.get_extra() == jaction.get('extra', False)
            if 'date' in jaction:
                assert str(action.get_date()) == jaction['date']
            else:
                assert action.get_date() is None
            assert [p.get_id() for p in action.get_projects()] == jaction.get('projects', [])
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
        for action in project.get_actions():
            n_actions += 1
            assert action.get_owner() == project
            assert action.get_objective() is None
            assert action.get_plan() == plan

    assert n_actions == len(list(json_actions(doc)))
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
    again = Pdz.Plan.new_from_data(text, -1)
    assert to_text(again) == text
    again = Pdz.Plan.new_from_bytes(GLib.Bytes.new(example_path.read_bytes()))
    assert to_text(again) == text


def test_good_files_round_trip(test_data_dir):
    good = sorted((test_data_dir / 'good').glob('*.json'))
    assert good, 'no files in %s' % (test_data_dir / 'good')
    for path in good:
        plan = Pdz.Plan.new_from_file(str(path))
        # what is saved reads back to the same plan
        data = to_text(plan)
        assert to_text(Pdz.Plan.new_from_data(data, -1)) == data, path.name


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
    action.set_extra(True)
    action.add_participation(Pdz.Participation.new(partner, Pdz.Role.CONSULTED))
    objective.add_action(action)
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
    plan.save_to_file(str(path))
    saved = path.read_text(encoding='utf-8')
    assert saved == to_text(plan)
    # nothing but the target was left in the directory (atomic save)
    assert [p.name for p in tmp_path.iterdir()] == ['edited.json']

    again = Pdz.Plan.new_from_file(str(path))
    assert to_text(again) == saved
    assert again.to_dict() == plan.to_dict()
    assert again.get_title() == 'Piano di Zona 2021-2023 (rivisto)'
    assert again.get_objectives()[0].get_title() == objective.get_title()
    reloaded = again.lookup_action('azione-di-prova')
    assert reloaded is not None
    assert reloaded.get_extra()
    assert str(reloaded.get_date()) == '2023-10'
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
    plan.save_to_file(str(path))
    again = Pdz.Plan.new_from_file(str(path))
    assert to_text(again) == to_text(plan)
    assert again.to_dict() == plan.to_dict()
    action = again.lookup_action('protocollo-escomio')
    assert [p.get_id() for p in action.get_projects()] == ['partecipe']
    assert action.get_projects()[0] == again.lookup_project('partecipe')
    assert action.get_links() == ['https://example.org/protocollo.pdf']
    funding = again.lookup_project('partecipe').get_fundings()[0]
    assert funding.get_amount() == 12500000
    assert funding.get_status() == Pdz.FundingStatus.GRANTED
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
        plan.save_to_file(str(path))
    assert e.value.matches(Pdz.error_quark(), Pdz.Error.DANGLING_REFERENCE)
    assert 'stranger' in e.value.message
    # the old file is left whole
    assert path.read_text() == 'old contents\n'


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
        Pdz.Plan.new_from_file(str(path))
    error = e.value
    assert error.matches(Pdz.error_quark(), code), \
        'expected %s, got %s: %s' % (code.value_nick, error.code, error.message)
    assert error.domain == 'pdz-error-quark'

    # the same data refused the same way when it does not come from a file
    with pytest.raises(GLib.Error) as e2:
        Pdz.Plan.new_from_bytes(GLib.Bytes.new(path.read_bytes()))
    assert e2.value.matches(Pdz.error_quark(), code)
    assert error_location(e2.value.message, path) is not None, e2.value.message

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
            assert value != 1 and str(value) in error.message
        elif name == 'wrong-format.json':
            assert where[1] == '/format'
            assert value != 'pdz' and value in error.message
        elif name == 'duplicate-id.json':
            dup = value if isinstance(value, str) else value['id']
            assert '"%s"' % dup in error.message


def test_missing_file_is_an_io_error(tmp_path):
    with pytest.raises(GLib.Error) as e:
        Pdz.Plan.new_from_file(str(tmp_path / 'absent.json'))
    assert e.value.matches(GLib.file_error_quark(), GLib.FileError.NOENT) or \
        e.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND)


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
    assert log == ['title', 'title']

    action = Pdz.Action.new('a', 'Titolo')
    log = notify_log(action)
    action.set_status(Pdz.Status.COMPLETED)
    action.set_status(Pdz.Status.COMPLETED)
    action.set_date(Pdz.Date.new_month(2023, 11))
    action.set_date(Pdz.Date.new_from_string('2023-11'))  # equal: no notify
    action.set_extra(True)
    assert log == ['status', 'date', 'extra']
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
    action.set_extra(True)
    assert repr(action) == ("<Pdz.Action id='emergenza-abitativa-2' status=completed "
                            "date=2023-01-24 end-date=2023-06 extra=True>")

    plan = build_full_plan()
    assert repr(plan) == "<Pdz.Plan id='test-plan' title='Piano di Zona 2024-2026' objectives=2 projects=1>"
    assert repr(plan.lookup_macroarea('casa')) == "<Pdz.Macroarea id='casa' code='A' title='Politiche abitative'>"
    assert repr(plan.lookup_macroarea('sistema')) == "<Pdz.Macroarea id='sistema' title='Azioni di sistema'>"
    assert repr(plan.lookup_objective('emergenza-abitativa')) == \
        "<Pdz.Objective id='emergenza-abitativa' kind=plan status=in-progress macroarea='casa' actions=2>"
    assert repr(plan.lookup_objective('governance-integrata')) == \
        "<Pdz.Objective id='governance-integrata' kind=health-integration status=planned actions=0>"
    project = plan.lookup_project('partecipe')
    assert repr(project) == \
        "<Pdz.Project id='partecipe' title='PARTECIPE' status=in-progress scope=sovra-ambito actions=1>"
    assert repr(plan.lookup_partner('aler')) == "<Pdz.Partner id='aler' name='ALER' kind=housing-agency>"
    assert repr(plan.lookup_partner('ets')) == \
        "<Pdz.Partner id='ets' name='Cooperativa \"Esempio\"\\tsociale' kind=other>"
    assert repr(project.get_participations()[0]) == "<Pdz.Participation partner='ets' role=contractor>"
    assert repr(project.get_fundings()[0]) == "<Pdz.Funding source='PNRR' amount=12500000 status=granted>"
    refused = plan.lookup_action('protocollo-escomio').get_fundings()[0]
    assert repr(refused) == "<Pdz.Funding source='DGR 7631/2017' status=not-funded>"
    indicator = plan.lookup_indicator('famiglie-sfrattate')
    assert repr(indicator) == "<Pdz.Indicator id='famiglie-sfrattate' unit='famiglie' measurements=1>"
    assert repr(indicator.get_measurements()[0]) == "<Pdz.Measurement date=2023-11 value=9>"
    assert repr(indicator.get_target()) == "<Pdz.Measurement value=12.5>"
    # an empty entity still has a repr
    assert repr(Pdz.Plan.new()) == '<Pdz.Plan objectives=0 projects=0>'


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
            entities.append(action)
            entities += list(action.get_participations()) + list(action.get_fundings())
    for project in plan.get_projects():
        entities.append(project)
        entities += list(project.get_participations()) + list(project.get_fundings())
        for action in project.get_actions():
            entities.append(action)
            entities += list(action.get_participations()) + list(action.get_fundings())
    seen = set()
    for entity in entities:
        text = repr(entity)
        name = type(entity).__name__
        seen.add(name)
        assert text.startswith('<Pdz.%s ' % name) and text.endswith('>'), text
        if isinstance(entity, Pdz.Action):
            assert re.fullmatch(r"<Pdz\.Action id='[^']+' status=%s( date=%s)?( end-date=%s)?( extra=True)?>"
                                % (ALL_STATUS, ISO_DATE, ISO_DATE), text), text
    assert {'Plan', 'Macroarea', 'Partner', 'Objective', 'Action', 'Project',
            'Participation', 'Funding'} <= seen


# --- to_dict ---------------------------------------------------------------

def assert_to_dict_mirrors_file(plan):
    data = to_text(plan)
    expected = strip_extensions(json.loads(data))
    got = plan.to_dict()
    assert got == expected
    # same member order and same spelling of every value, too
    assert json.dumps(got, ensure_ascii=False) == json.dumps(expected, ensure_ascii=False)
    # only plain JSON types
    assert json.loads(json.dumps(got)) == got


def test_to_dict_example(example_plan):
    assert_to_dict_mirrors_file(example_plan)
    d = example_plan.to_dict()
    assert d['format'] == 'pdz' and d['version'] == 1


def test_to_dict_built_in_code():
    plan = build_full_plan()
    assert_to_dict_mirrors_file(plan)
    d = plan.to_dict()
    assert d['lead-municipality'] == 'corsico'
    assert d['municipalities'] == ['corsico']
    assert d['contacts'] == {'office': 'Ufficio di Piano', 'email': 'udp@example.org',
                             'phone': '+39 02 0000000', 'website': 'https://example.org/'}
    assert d['monitoring'] == {'title': 'Monitoraggio 2024', 'start': '2024-03', 'end': '2024-10-31'}
    objective = d['objectives'][0]
    assert objective['macroarea'] == 'casa'
    action = objective['actions'][0]
    assert action == {
        'id': 'protocollo-escomio',
        'title': 'Sottoscrizione del protocollo',
        'status': 'completed',
        'date': '2023-01-24',
        'extra': True,
        'partners': [{'partner': 'aler', 'role': 'signatory'},
                     {'partner': 'corsico', 'role': 'lead'}],
        'projects': ['partecipe'],
        'fundings': [{'source': 'DGR 7631/2017', 'status': 'not-funded'}],
        'links': ['https://example.org/protocollo.pdf'],
    }
    assert objective['actions'][1] == {'id': 'tavoli', 'title': 'Tavoli di coprogrammazione',
                                       'status': 'planned', 'date': '2023-06',
                                       'end-date': '2023-11'}
    indicator = objective['indicators'][0]
    assert indicator['baseline'] == {'date': '2021', 'value': 0}
    assert indicator['target'] == {'value': 12.5}
    project = d['projects'][0]
    assert project['fundings'] == [{'source': 'PNRR', 'amount': 12500000, 'status': 'granted'}]
    assert isinstance(project['fundings'][0]['amount'], int)
    assert project['objectives'] == ['emergenza-abitativa']
    assert project['lead'] == 'aler'


def test_to_dict_empty_plan():
    plan = Pdz.Plan.new()
    assert plan.to_dict() == {'format': 'pdz', 'version': 1}
    assert_to_dict_mirrors_file(plan)


def test_to_dict_leaves_out_extensions():
    # x- members are kept in the file but are not part of the model
    data = json.dumps({
        'format': 'pdz', 'version': 1, 'id': 'x', 'x-editor': {'revision': 3},
        'partners': [{'id': 'p', 'name': 'Ente', 'x-note': 'nota'}],
    }, indent=2) + '\n'
    plan = Pdz.Plan.new_from_data(data, -1)
    assert 'x-editor' in to_text(plan)
    assert plan.to_dict() == {'format': 'pdz', 'version': 1, 'id': 'x',
                              'partners': [{'id': 'p', 'name': 'Ente'}]}
    assert_to_dict_mirrors_file(plan)


def test_to_dict_good_files(test_data_dir):
    for path in sorted((test_data_dir / 'good').glob('*.json')):
        assert_to_dict_mirrors_file(Pdz.Plan.new_from_file(str(path)))


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
        entities.extend(objective.get_actions())
    for project in example_plan.get_projects():
        entities.append(project)
        entities.extend(project.get_actions())

    assert len(entities) > 100
    for entity in entities:
        pointer = example_plan.dup_pointer(entity)
        assert resolve(pointer)['id'] == entity.props.id

    assert example_plan.dup_pointer(Pdz.Partner.new('x', 'Not in the plan')) is None
