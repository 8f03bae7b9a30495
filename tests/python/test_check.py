# test_check.py: Pdz.Plan.check() through PyGObject
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Every check code has a plan that triggers it (tests/data/checks/CODE.json)
# and one that does not (CODE-ok.json, entirely clean). The example plan's
# diagnostics are counted by hand.

import collections

import pytest

from gi.repository import Pdz

REFERENCE = (2023, 10, 31)

CODES = {
    'action-outside-plan-period': (Pdz.Severity.WARNING, '/objectives/0/actions/0'),
    'project-outside-plan-period': (Pdz.Severity.WARNING, '/projects/0'),
    'end-before-start': (Pdz.Severity.ERROR, '/objectives/0/actions/1'),
    'action-completed-in-future': (Pdz.Severity.WARNING, '/objectives/0/actions/0'),
    'objective-without-actions': (Pdz.Severity.WARNING, '/objectives/1'),
    'objective-status-mismatch': (Pdz.Severity.WARNING, '/objectives/0'),
    'partner-unreferenced': (Pdz.Severity.INFO, '/partners/2'),
    'project-without-lead': (Pdz.Severity.INFO, '/projects/0'),
    'project-without-funding': (Pdz.Severity.INFO, '/projects/0'),
    'project-not-funded-in-progress': (Pdz.Severity.WARNING, '/projects/0'),
    'indicator-without-measurement': (Pdz.Severity.WARNING, '/objectives/0/indicators/0'),
    'macroarea-without-objectives': (Pdz.Severity.INFO, '/macroareas/1'),
}

# The codes of format version 2, checked on plans built below.
DATE_CODES = {
    'action-outside-round': Pdz.Severity.WARNING,
    'milestone-outside-plan-period': Pdz.Severity.WARNING,
    'milestone-outside-round': Pdz.Severity.WARNING,
}


def options(**props):
    opts = Pdz.CheckOptions(**props)
    opts.set_reference_date(Pdz.Date.new_day(*REFERENCE))
    return opts


def load_check_plan(test_data_dir, name):
    return Pdz.Plan.load_path(test_data_dir / 'checks' / name)


def test_codes_listed():
    assert sorted(Pdz.check_get_codes()) == sorted(list(CODES) + list(DATE_CODES))
    for code, (severity, _) in CODES.items():
        assert Pdz.check_get_code_severity(code) == (True, severity)
    for code, severity in DATE_CODES.items():
        assert Pdz.check_get_code_severity(code) == (True, severity)
    assert Pdz.check_get_code_severity('no-such-code')[0] is False


@pytest.mark.parametrize('code', sorted(CODES))
def test_code(test_data_dir, code):
    severity, pointer = CODES[code]
    bad = load_check_plan(test_data_dir, code + '.json')
    found = [d for d in bad.check(options()) if d.props.code == code]
    assert len(found) == 1
    assert found[0].props.pointer == pointer
    assert found[0].props.severity == severity
    assert found[0].props.message
    assert found[0].props.subject is not None

    ok = load_check_plan(test_data_dir, code + '-ok.json')
    assert len(ok.check(options())) == 0

    off = options(disabled_codes=[code])
    assert [d for d in bad.check(off) if d.props.code == code] == []


def test_dates_outside_the_round():
    """Actions and milestones, of bullets and sub-actions, dated outside
    the plan period (2021 to 2023) or the monitoring round (March 2022 to
    October 2023)."""
    plan = Pdz.Plan.from_dict({
        'format': 'pdz', 'version': 2, 'language': 'en', 'start': '2021', 'end': '2023',
        'monitoring': {'start': '2022-03', 'end': '2023-10'},
        'objectives': [{'id': 'o', 'title': 'O', 'actions': [
            {'id': 'late', 'title': 'Late', 'date': '2023-11'},
            {'id': 'in', 'title': 'In the round', 'date': '2023-10', 'milestones': [
                {'date': '2024', 'title': 'Next plan'}],
             'actions': [{'id': 'in-a', 'title': 'Sub', 'milestones': [
                 {'date': '2022-01', 'title': 'Before the round'}]}]},
        ]}],
    })
    found = [(d.props.code, d.props.pointer) for d in plan.check(Pdz.CheckOptions())
             if d.props.code in DATE_CODES or d.props.code == 'action-outside-plan-period']
    assert sorted(found) == sorted([
        ('action-outside-round', '/objectives/0/actions/0'),
        ('milestone-outside-plan-period', '/objectives/0/actions/1/milestones/0'),
        ('milestone-outside-round', '/objectives/0/actions/1/milestones/0'),
        ('milestone-outside-round', '/objectives/0/actions/1/actions/0/milestones/0'),
    ])
    # the pointer is the milestone's, the subject its action
    subjects = [d.props.subject for d in plan.check(None) if d.props.code == 'milestone-outside-plan-period']
    assert subjects == [plan.lookup_action('in')]
    off = Pdz.CheckOptions(disabled_codes=list(DATE_CODES))
    assert not [d for d in plan.check(off) if d.props.code in DATE_CODES]


def test_clean(test_data_dir):
    plan = load_check_plan(test_data_dir, 'clean.json')
    assert len(plan.check(None)) == 0


def test_example(example_plan):
    """Counted by hand from the example: the eight ASST objectives hold no
    action; only network-corsico has a lead; eight projects have no
    funding of their own nor an action naming them that has one
    (partecipe and sappi-che-ce are named by rete-coprogettazione-2, which
    has a PNRR funding); every date of the example is a milestone's."""
    diagnostics = list(example_plan.check(Pdz.CheckOptions()))
    by_code = collections.Counter(d.props.code for d in diagnostics)
    assert by_code == {
        'objective-without-actions': 8,
        'project-without-lead': 15,
        'project-without-funding': 8,
        # 2023-11 twice and 2024 after the round's October 2023; 2024 after
        # the plan's 2023
        'milestone-outside-round': 3,
        'milestone-outside-plan-period': 1,
    }
    assert not [d for d in diagnostics if d.props.severity == Pdz.Severity.ERROR]
    asst = [d for d in diagnostics if d.props.code == 'objective-without-actions']
    assert [d.props.pointer for d in asst] == ['/objectives/%d' % i for i in range(11, 19)]
    assert all(d.props.subject.get_kind() == Pdz.ObjectiveKind.HEALTH_INTEGRATION for d in asst)
    lead = [d.props.subject.get_id() for d in diagnostics if d.props.code == 'project-without-lead']
    assert 'network-corsico' not in lead
    unfunded = [d.props.subject.get_id() for d in diagnostics
                if d.props.code == 'project-without-funding']
    assert unfunded == ['pathway-donne', 'territori-generativi', 'artemisia', 'inclusione-autismo',
                        'network-corsico', 'ben-essere-anziani', 'reddito-di-cittadinanza',
                        'violenza-di-genere']
    # The plan is in Italian: so are the messages.
    assert asst[0].props.message.startswith("l'obiettivo «GOVERNANCE INTEGRATA» non ha azioni")
    english = [d for d in example_plan.check(Pdz.CheckOptions(language='en'))
               if d.props.code == 'objective-without-actions']
    assert english[0].props.message.startswith('objective “GOVERNANCE INTEGRATA” has no actions')
    late = [d.props.pointer for d in diagnostics if d.props.code == 'milestone-outside-round']
    assert late == ['/objectives/0/actions/0/milestones/0', '/objectives/7/actions/0/milestones/3',
                    '/objectives/8/actions/2/actions/1/milestones/0']


def test_diagnostic_to_string():
    d = Pdz.Diagnostic.new(Pdz.Severity.INFO, 'partner-unreferenced', '/partners/0', 'text', None)
    assert d.to_string() == '/partners/0: info[partner-unreferenced]: text'
    assert Pdz.Severity.to_string(Pdz.Severity.WARNING) == 'warning'
