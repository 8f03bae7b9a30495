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


def options(**props):
    opts = Pdz.CheckOptions(**props)
    opts.set_reference_date(Pdz.Date.new_day(*REFERENCE))
    return opts


def load_check_plan(test_data_dir, name):
    return Pdz.Plan.load_path(test_data_dir / 'checks' / name)


def test_codes_listed():
    assert sorted(Pdz.check_get_codes()) == sorted(CODES)
    for code, (severity, _) in CODES.items():
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


def test_clean(test_data_dir):
    plan = load_check_plan(test_data_dir, 'clean.json')
    assert len(plan.check(None)) == 0


def test_example(example_plan):
    """Counted by hand from the example: the eight ASST objectives hold no
    action; only network-corsico has a lead; eight projects have no
    funding of their own nor an action naming them that has one
    (partecipe and sappi-che-ce are named by rete-coprogettazione-2, which
    has a PNRR funding). The dates of the example are all milestones: the
    date checks of the round are left to the C tests."""
    diagnostics = list(example_plan.check(Pdz.CheckOptions()))
    by_code = collections.Counter(d.props.code for d in diagnostics)
    counted = ('objective-without-actions', 'project-without-lead', 'project-without-funding')
    assert {code: by_code[code] for code in counted} == {
        'objective-without-actions': 8,
        'project-without-lead': 15,
        'project-without-funding': 8,
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


def test_diagnostic_to_string():
    d = Pdz.Diagnostic.new(Pdz.Severity.INFO, 'partner-unreferenced', '/partners/0', 'text', None)
    assert d.to_string() == '/partners/0: info[partner-unreferenced]: text'
    assert Pdz.Severity.to_string(Pdz.Severity.WARNING) == 'warning'
