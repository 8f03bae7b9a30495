# test_example_plan.py: the example plans against the report they transcribe
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The figures below are counted by hand from the report itself, "Piano di
# Zona 2021-2023, Ambito del Corsichese: Monitoraggio attuazione e azioni
# extra (Marzo 2022 – Ottobre 2023)", not from the plan files, so that the
# files are checked against the report (examples/data/README.md explains
# the transcription).
#
# Each fact is checked twice:
# - test_json_*: on the raw files, with the json module only;
# - test_pdz_*: through the binding, Pdz.Plan.load_path().
#
# conftest.py in this directory loads the binding from the build tree; to
# run the json tests without a build: pytest --noconftest -k json.

import json
import os
import pathlib

import pytest

try:
    import gi
    gi.require_version('Pdz', '1.0')
    from gi.repository import Pdz
except (ImportError, ValueError):
    Pdz = None


EXAMPLES_DIR = pathlib.Path(os.environ.get('PDZ_EXAMPLES_DIR')
                            or pathlib.Path(__file__).resolve().parents[2] / 'examples' / 'data')
CURRENT = 'corsichese-2021-2023.json'
EARLIER = 'corsichese-2022-12.json'

# --- what the report says, counted by hand ---------------------------------

# The bullets (or paragraphs, where a slide has no bullets) under each of the
# eleven plan objectives. The "o" sub-points do not count.
BULLETS = {
    'agenzia-abitare': 1,
    'emergenza-abitativa': 4,
    'giovani-neet': 1,
    'tutela-minori': 2,
    'portale-ambito': 1,
    'cartella-sociale': 1,
    'tavolo-intervisione': 2,
    'rete-coprogettazione': 2,
    'gestione-associata': 7,
    'integrazione-sociosanitaria': 6,
    'piano-poverta': 2,
}
TOTAL_BULLETS = 29

# The two "o" sub-points, under the third bullet of "Mantenere e potenziare
# la gestione associata".
SUB_POINTS_PARENT = ('gestione-associata', 3, 'Protocollo operativo dell’Ufficio di Piano')
SUB_POINTS = [
    'Ricerca valutativa empirica avviata e in fase di conclusione',
    'Rinnovo «ponte» bando di accreditamento transitorio per il 2024',
]

# One bullet, not three.
PATHWAY = 'Progetto Pathway donne: Finanziamento, Rendicontazione, Organizzazione Incontri'

# Every date the report gives to an event, as it writes it, and the bullet
# (objective, position from 1; a sub-point adds its letter) whose date or
# milestone it is.
SEED_DATES = [
    ('novembre 2023', '2023-11', ('agenzia-abitare', 1)),
    ('24/01/2023', '2023-01-24', ('emergenza-abitativa', 2)),
    ('bando ANCI-NEET 2022', '2022', ('giovani-neet', 1)),
    ('La Lombardia è dei Giovani 2023', '2023', ('giovani-neet', 1)),
    ('entro la fine del 2022', '2022', ('rete-coprogettazione', 1)),
    ('30 maggio 2023', '2023-05-30', ('rete-coprogettazione', 1)),
    ('giugno', '2023-06', ('rete-coprogettazione', 1)),
    ('novembre', '2023-11', ('rete-coprogettazione', 1)),
    ('per il 2024', '2024', ('gestione-associata', 3, 'b')),
]

# The one bullet that dates alone make extra: CAS Ucraina.
EXTRA = [('emergenza-abitativa', 4, 'CAS Ucraina')]

N_HEALTH_INTEGRATION = 8

EARLIER_ROUND_END = '2022-12'


# --- one outline of a plan, from the file or from the binding ----------------
#
# Enumerations are their nicks, None where not stated; dates their strings.

def _json_action(a):
    return {
        'id': a['id'],
        'title': a['title'],
        'status': a.get('status'),
        'origin': a.get('origin'),
        'dates': [a[k] for k in ('date', 'end-date') if k in a],
        'milestones': [(m['date'], m['title']) for m in a.get('milestones', [])],
        'actions': [_json_action(s) for s in a.get('actions', [])],
    }


def outline_from_json(path):
    with open(path, encoding='utf-8') as f:
        doc = json.load(f)
    return {
        'description': doc.get('description'),
        'monitoring-end': doc.get('monitoring', {}).get('end'),
        'partners': [{'id': p['id'], 'short-name': p.get('short-name'),
                      'kind': p.get('kind', 'other')} for p in doc.get('partners', [])],
        'objectives': [{'id': o['id'], 'kind': o.get('kind', 'plan'), 'status': o.get('status'),
                        'actions': [_json_action(a) for a in o.get('actions', [])]}
                       for o in doc.get('objectives', [])],
        'projects': [{'id': p['id'], 'status': p.get('status'),
                      'dates': [p[k] for k in ('start', 'end') if k in p],
                      'actions': [_json_action(a) for a in p.get('actions', [])]}
                     for p in doc.get('projects', [])],
    }


def _nick(value, not_stated):
    return None if value == not_stated else value.value_nick


def _dates(*dates):
    return [d.to_string() for d in dates if d is not None]


def _pdz_action(a):
    return {
        'id': a.get_id(),
        'title': a.get_title(),
        'status': _nick(a.get_status(), Pdz.Status.NOT_STATED),
        'origin': _nick(a.get_origin(), Pdz.Origin.NOT_STATED),
        'dates': _dates(a.get_date(), a.get_end_date()),
        'milestones': [(m.get_date().to_string(), m.get_title()) for m in a.get_milestones()],
        'actions': [_pdz_action(s) for s in a.get_actions()],
    }


def outline_from_pdz(path):
    plan = Pdz.Plan.load_path(path)
    return {
        'description': plan.get_description(),
        'monitoring-end': (_dates(plan.get_monitoring_end()) or [None])[0],
        'partners': [{'id': p.get_id(), 'short-name': p.get_short_name(),
                      'kind': p.get_kind().value_nick} for p in plan.get_partners()],
        'objectives': [{'id': o.get_id(), 'kind': o.get_kind().value_nick,
                        'status': _nick(o.get_status(), Pdz.Status.NOT_STATED),
                        'actions': [_pdz_action(a) for a in o.get_actions()]}
                       for o in plan.get_objectives()],
        'projects': [{'id': p.get_id(), 'status': _nick(p.get_status(), Pdz.Status.NOT_STATED),
                      'dates': _dates(p.get_start(), p.get_end()),
                      'actions': [_pdz_action(a) for a in p.get_actions()]}
                     for p in plan.get_projects()],
    }


def all_actions(outline):
    """Every action of an outline, sub-actions included."""
    for owner in outline['objectives'] + outline['projects']:
        for a in owner['actions']:
            yield a
            yield from a['actions']


def bullet(outline, ref):
    """The bullet at (objective id, position from 1[, sub-point letter])."""
    objective = next(o for o in outline['objectives'] if o['id'] == ref[0])
    a = objective['actions'][ref[1] - 1]
    if len(ref) > 2:
        a = a['actions'][ord(ref[2]) - ord('a')]
    return a


def dated_items(outline):
    """(what, date) for every date in an outline."""
    for a in all_actions(outline):
        for d in a['dates']:
            yield a['id'], d
        for d, title in a['milestones']:
            yield '%s milestone "%s"' % (a['id'], title), d
    for p in outline['projects']:
        for d in p['dates']:
            yield p['id'], d


def not_after(date, month):
    """Whether a date of any precision ends at or before the month YYYY-MM."""
    return date[:7] <= month


# --- the checks, the same for both readers -----------------------------------

def check_bullet_counts(outline):
    plan_objectives = [o for o in outline['objectives'] if o['kind'] == 'plan']
    counts = {o['id']: len(o['actions']) for o in plan_objectives}
    assert counts == BULLETS
    assert sum(counts.values()) == TOTAL_BULLETS == sum(BULLETS.values())


def check_sub_points(outline):
    parent = bullet(outline, SUB_POINTS_PARENT[:2])
    assert parent['title'].startswith(SUB_POINTS_PARENT[2])
    assert [s['title'] for s in parent['actions']] == SUB_POINTS
    assert all(not s['actions'] for s in parent['actions'])
    with_sub_actions = [a['id'] for a in all_actions(outline) if a['actions']]
    assert with_sub_actions == [parent['id']]


def check_pathway(outline):
    tutela = next(o for o in outline['objectives'] if o['id'] == 'tutela-minori')
    pathway = [a['title'] for a in tutela['actions'] if 'Pathway' in a['title']]
    assert pathway == [PATHWAY]


def check_seed_dates(outline):
    for text, date, ref in SEED_DATES:
        a = bullet(outline, ref)
        found = a['dates'] + [d for d, _ in a['milestones']]
        assert date in found, '"%s" (%s) is not a date of %s' % (text, date, a['id'])
    # and no date the report does not give
    seed = sorted(date for _, date, _ in SEED_DATES)
    assert sorted(d for _, d in dated_items(outline)) == seed


def check_origin(outline):
    extra = [(a['id'], a['title']) for a in all_actions(outline) if a['origin'] == 'extra']
    expected = [(bullet(outline, ref[:2])['id'], ref[2]) for ref in EXTRA]
    assert extra == expected
    assert not [a['id'] for a in all_actions(outline) if a['origin'] == 'planned']


def check_health_integration(outline):
    asst = [o for o in outline['objectives'] if o['kind'] == 'health-integration']
    assert len(asst) == N_HEALTH_INTEGRATION
    assert [o['id'] for o in asst if o['status'] is not None] == []
    assert [o['id'] for o in asst if o['actions']] == []


def check_ads(outline):
    ads = [p for p in outline['partners'] if p['short-name'] == 'AdS']
    assert len(ads) == 1
    assert ads[0]['kind'] == 'own-body'


def check_earlier_round(earlier, current):
    assert earlier['monitoring-end'] == EARLIER_ROUND_END
    assert earlier['description']
    late = [(what, d) for what, d in dated_items(earlier) if not not_after(d, EARLIER_ROUND_END)]
    assert late == []
    # the same ids for the same entities: nothing of the earlier round is
    # missing from the later one
    def ids(outline):
        return {('partner', p['id']) for p in outline['partners']} \
            | {('objective', o['id']) for o in outline['objectives']} \
            | {('project', p['id']) for p in outline['projects']} \
            | {('action', a['id']) for a in all_actions(outline)}
    assert ids(earlier) <= ids(current)
    assert len(list(all_actions(earlier))) < len(list(all_actions(current)))


# --- with json only ----------------------------------------------------------

@pytest.fixture(scope='module')
def current_json():
    return outline_from_json(EXAMPLES_DIR / CURRENT)


@pytest.fixture(scope='module')
def earlier_json():
    return outline_from_json(EXAMPLES_DIR / EARLIER)


def test_json_bullet_counts(current_json):
    check_bullet_counts(current_json)


def test_json_sub_points(current_json):
    check_sub_points(current_json)


def test_json_pathway_one_bullet(current_json):
    check_pathway(current_json)


def test_json_seed_dates(current_json):
    check_seed_dates(current_json)


def test_json_origin(current_json):
    check_origin(current_json)


def test_json_health_integration_not_stated(current_json):
    check_health_integration(current_json)


def test_json_ads_own_body(current_json):
    check_ads(current_json)


def test_json_earlier_round(earlier_json, current_json):
    check_earlier_round(earlier_json, current_json)


@pytest.mark.parametrize('name', [CURRENT, EARLIER])
def test_json_canonical_version_2(name):
    """Version 2, canonical text, and "not stated" only by leaving out."""
    text = (EXAMPLES_DIR / name).read_text(encoding='utf-8')
    doc = json.loads(text)
    assert (doc['format'], doc['version']) == ('pdz', 2)
    assert json.dumps(doc, indent=2, ensure_ascii=False) + '\n' == text

    def walk(value, pointer):
        if isinstance(value, dict):
            assert 'extra' not in value, pointer
            for k, v in value.items():
                walk(v, '%s/%s' % (pointer, k))
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, '%s/%d' % (pointer, i))
        else:
            assert value not in ('not-stated', 'unknown'), pointer
    walk(doc, '')


# --- through the binding -----------------------------------------------------

@pytest.fixture(scope='module')
def current_pdz():
    return outline_from_pdz(EXAMPLES_DIR / CURRENT)


@pytest.fixture(scope='module')
def earlier_pdz():
    return outline_from_pdz(EXAMPLES_DIR / EARLIER)


def test_pdz_bullet_counts(current_pdz):
    check_bullet_counts(current_pdz)


def test_pdz_sub_points(current_pdz):
    check_sub_points(current_pdz)


def test_pdz_pathway_one_bullet(current_pdz):
    check_pathway(current_pdz)


def test_pdz_seed_dates(current_pdz):
    check_seed_dates(current_pdz)


def test_pdz_origin(current_pdz):
    check_origin(current_pdz)


def test_pdz_health_integration_not_stated(current_pdz):
    check_health_integration(current_pdz)


def test_pdz_ads_own_body(current_pdz):
    check_ads(current_pdz)


def test_pdz_earlier_round(earlier_pdz, current_pdz):
    check_earlier_round(earlier_pdz, current_pdz)


def test_pdz_enums():
    """The enumerations themselves, not their nicks."""
    plan = Pdz.Plan.load_path(EXAMPLES_DIR / CURRENT)
    for objective in plan.get_objectives():
        if objective.get_kind() == Pdz.ObjectiveKind.HEALTH_INTEGRATION:
            assert objective.get_status() == Pdz.Status.NOT_STATED
    ads = [p for p in plan.get_partners() if p.get_short_name() == 'AdS']
    assert [p.get_kind() for p in ads] == [Pdz.PartnerKind.OWN_BODY]
    cas = plan.lookup_objective('emergenza-abitativa').get_actions()[3]
    assert cas.get_origin() == Pdz.Origin.EXTRA
    assert cas.get_status() == Pdz.Status.NOT_STATED
    signing = plan.lookup_objective('emergenza-abitativa').get_actions()[1].get_milestones()
    assert [m.get_date().to_string() for m in signing] == ['2023-01-24']
    assert plan.get_monitoring_end().to_string() == '2023-10'
