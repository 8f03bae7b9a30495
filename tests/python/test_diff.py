# test_diff.py: Pdz.Diff and Pdz.Change through PyGObject
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The property test of issue 10: over 1,000 seeded sequences of random
# edits (tests/gen/pdzgen.py, edit mode), the diff of two rounds applied to
# the old one gives the new one, and the diff of that result and the new
# round is empty. Plus what a Python user reaches: values as Python values,
# display strings, tables as rows, the JSON document against its schema.

import json
import pathlib
import sys

import gi

gi.require_version('Pdz', '1.0')

from gi.repository import GLib, Pdz  # noqa: E402

import pytest  # noqa: E402

SOURCE_ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(SOURCE_ROOT / 'tests' / 'gen'))

import pdzgen  # noqa: E402

# The lists whose order does not count (doc/format.md, "Comparing two
# rounds"): a diff does not see a new order there, so apply cannot give it.
UNORDERED = {'partners', 'macroareas', 'projects', 'indicators', 'fundings', 'measurements'}


def unordered(node, key=None):
    """@node with the lists whose order does not count sorted."""
    if isinstance(node, dict):
        return {k: unordered(v, k) for k, v in node.items()}
    if isinstance(node, list):
        items = [unordered(v) for v in node]
        if key in UNORDERED and all(isinstance(v, dict) for v in items):
            items.sort(key=lambda v: json.dumps(v, sort_keys=True))
        return items
    return node


def load(text):
    return Pdz.Plan.new_from_data(text)


def text_of(plan):
    return plan.to_data()      # the override gives the text alone


@pytest.fixture(scope='module')
def validator():
    jsonschema = pytest.importorskip('jsonschema')
    doc = SOURCE_ROOT / 'doc'
    schema = json.loads((doc / 'pdz-diff-1.schema.json').read_text(encoding='utf-8'))
    plan_schema = json.loads((doc / 'pdz-2.schema.json').read_text(encoding='utf-8'))
    jsonschema.Draft202012Validator.check_schema(schema)
    resolver = jsonschema.RefResolver.from_schema(schema, store={plan_schema['$id']: plan_schema})
    return jsonschema.Draft202012Validator(schema, resolver=resolver)


def schema_errors(validator, text):
    return ['%s: %s' % ('/'.join(map(str, e.absolute_path)), e.message)
            for e in validator.iter_errors(json.loads(text))]


# --- The property -------------------------------------------------------------------


def test_apply_gives_the_new_round_over_1000_edit_sequences(validator):
    exact = 0
    kinds = set()
    sequences = 0
    for base in range(50):
        hostile = base % 4 == 3
        a = pdzgen.generate(base, objectives=3, actions=3, projects=2, partners=8, hostile=hostile)
        text_a = pdzgen.dump(a)
        plan_a = load(text_a)
        for k in range(20):
            seed = base * 100 + k
            b, edits = pdzgen.edit(a, seed, 1 + k % 8, hostile=hostile)
            kinds |= {e['edit'] for e in edits}
            plan_b = load(pdzgen.dump(b))
            where = 'base %d, edits %s' % (base, [e['edit'] for e in edits])

            diff = Pdz.Diff.new_from_plans(plan_a, plan_b, Pdz.DiffFlags.NONE)
            if k % 4 == 1:
                # Through the JSON document, checked against its schema
                document = diff.to_data()[0]
                if k % 8 == 1:
                    assert schema_errors(validator, document) == [], where
                diff = Pdz.Diff.new_from_data(document, -1)
                assert diff.to_data()[0] == document, where

            result = load(text_a)
            assert diff.apply(result), where
            got, want = text_of(result), text_of(plan_b)
            if got == want:
                exact += 1
            else:
                assert unordered(json.loads(got)) == unordered(json.loads(want)), where
            assert Pdz.Plan.diff(result, plan_b).is_empty(), where
            sequences += 1

    assert sequences == 1000
    # Every kind of edit was made, and all but a few (a list whose order
    # does not count, in another order) came back byte for byte.
    assert kinds == set(pdzgen.EDIT_KINDS)
    assert exact >= 980


def test_a_conflict_leaves_the_plan_unchanged():
    failed = applied = 0
    for seed in range(60):
        a = pdzgen.generate(seed, objectives=3, actions=3, projects=2, partners=8)
        b, _ = pdzgen.edit(a, seed + 1, 6)
        c, _ = pdzgen.edit(a, seed + 2, 6)     # edits made since, which may conflict
        diff = Pdz.Plan.diff(load(pdzgen.dump(a)), load(pdzgen.dump(b)))
        plan = load(pdzgen.dump(c))
        before = text_of(plan)
        try:
            diff.apply(plan)
            applied += 1
        except GLib.Error as e:
            assert e.matches(Pdz.error_quark(), Pdz.Error.CONFLICT), e.message
            assert e.message.startswith('change '), e.message
            assert text_of(plan) == before
            failed += 1
    assert failed > 0 and applied > 0


# --- What a Python user reaches ------------------------------------------------------


@pytest.fixture(scope='module')
def rounds(examples_dir):
    old = Pdz.Plan.load_path(str(examples_dir / 'corsichese-2022-12.json'), None)
    new = Pdz.Plan.load_path(str(examples_dir / 'corsichese-2021-2023.json'), None)
    return old, new


def test_example_rounds(rounds, validator):
    old, new = rounds
    diff = Pdz.Diff.new_from_plans(old, new, Pdz.DiffFlags.NONE)
    assert diff.get_same_plan() and diff.props.language == 'it'
    assert diff.get_old_round_end().to_string() == '2022-12'
    assert diff.get_new_round_end().to_string() == '2023-10'

    transitions = {r['transition']: r for r in diff.dup_transitions().rows()}
    assert transitions['in-progress:completed']['actions'] == 1
    assert transitions['not-stated:completed']['projects'] == 2

    added = [r for r in diff.dup_actions().rows() if r['change'] == 'added']
    assert len([r for r in added if r['parent'] is None]) == 25      # 23 + the 2 of projects
    joined = [r['partner'] for r in diff.dup_partners().rows() if r['change'] == 'joined']
    assert len(joined) == 9 and 'visconteo' in joined
    assert sum(r['gained'] for r in diff.dup_fundings_by_source().rows()) == 9

    document = diff.to_data()[0]
    assert schema_errors(validator, document) == []
    assert json.loads(document)['format'] == 'pdz-diff'


def test_change_values_and_display(rounds):
    old, new = rounds
    diff = Pdz.Plan.diff(old, new)
    status = [c for c in diff.get_changes()
              if c.get_id() == 'emergenza-abitativa-2' and c.get_member() == 'status']
    assert len(status) == 1
    change = status[0]
    assert change.get_kind() == Pdz.ChangeKind.CHANGED
    assert change.get_entity_kind() == Pdz.EntityKind.ACTION
    assert change.get_old_value() == (True, Pdz.Status.IN_PROGRESS)
    assert change.get_new_value() == (True, Pdz.Status.COMPLETED)
    assert change.props.old_owner_id == 'emergenza-abitativa'
    assert change.dup_display(None).endswith('stato: in corso → concluso')
    assert change.dup_display('en').endswith('status: in progress → completed')
    assert change.dup_old_display('it') == 'in corso'

    added = [c for c in diff.get_changes() if c.get_kind() == Pdz.ChangeKind.ADDED
             and c.get_entity_kind() == Pdz.EntityKind.PROJECT]
    assert len(added) == 14
    assert isinstance(added[0].get_new_entity(), Pdz.Project)
    # A change without values: the binding's null
    assert added[0].get_old_value() == (False, None)

    # The changes of one entity, as a report's marker needs them
    marks = diff.dup_entity_changes(Pdz.EntityKind.ACTION, 'giovani-neet-1')
    assert {c.get_member() for c in marks} >= {'status', 'title', 'projects'}


def test_apply_and_conflict(rounds):
    old, new = rounds
    diff = Pdz.Plan.diff(old, new)
    copy = load(text_of(old))
    assert diff.apply(copy)
    assert text_of(copy) == text_of(new)

    # Applied again, the old values are no longer there
    before = text_of(copy)
    with pytest.raises(GLib.Error) as raised:
        diff.apply(copy)
    assert raised.value.matches(Pdz.error_quark(), Pdz.Error.CONFLICT)
    assert text_of(copy) == before


def test_same_plan_only(rounds):
    old, new = rounds
    other = load(text_of(new))
    other.set_id('altro-piano')
    with pytest.raises(GLib.Error) as raised:
        Pdz.Diff.new_from_plans(old, other, Pdz.DiffFlags.NONE)
    assert raised.value.matches(Pdz.error_quark(), Pdz.Error.DIFFERENT_PLANS)
    diff = Pdz.Diff.new_from_plans(old, other, Pdz.DiffFlags.FORCE)
    assert not diff.get_same_plan()


def test_read_errors_say_where():
    with pytest.raises(GLib.Error) as raised:
        Pdz.Diff.new_from_data('{"format": "pdz-diff", "version": 1, "old": {}, "new": {}, '
                               '"changes": [{"change": "added"}]}', -1)
    assert raised.value.matches(Pdz.error_quark(), Pdz.Error.INVALID_VALUE)
    assert raised.value.message.startswith('/changes/0: missing required member "entity"')
