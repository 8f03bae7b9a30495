// test-diff.js: the comparison of two rounds through GJS
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Run as `gjs -m tests/gjs/test-diff.js` with GI_TYPELIB_PATH and
// LD_LIBRARY_PATH pointing at the build tree; prints TAP. The figures are
// those of examples/data/README.md for the example's two rounds.

import GLib from 'gi://GLib';
import Pdz from 'gi://Pdz?version=1.0';

import {assert, assertEqual, assertThrows, finish, items, requireEnv, test} from './harness.js';

const [examplesDir] = requireEnv('PDZ_EXAMPLES_DIR');
const load = name => Pdz.Plan.load_path(GLib.build_filenamev([examplesDir, name]), null);
const oldPlan = load('corsichese-2022-12.json');
const newPlan = load('corsichese-2021-2023.json');

test('the example rounds compared', () => {
    const diff = Pdz.Diff.new_from_plans(oldPlan, newPlan, Pdz.DiffFlags.NONE);
    assert(diff.get_same_plan(), 'same plan');
    assertEqual(diff.language, 'it', 'language');
    assertEqual(diff.get_new_round_end().to_string(), '2023-10', 'new round end');
    const transitions = diff.dup_transitions();
    assertEqual(transitions.lookup_row('in-progress:completed').get_int('actions'), 1, 'signed');
    assertEqual(transitions.lookup_row('not-stated:completed').get_int('projects'), 2, 'projects');
    const joined = items(diff.dup_partners()).filter(row => row.get_string('change') === 'joined');
    assertEqual(joined.length, 9, 'new partners');
});

test('a change, its values and its display', () => {
    const diff = oldPlan.diff(newPlan);
    const [change] = items(diff.get_changes()).filter(c =>
        c.get_id() === 'emergenza-abitativa-2' && c.get_member() === 'status');
    assertEqual(change.get_kind(), Pdz.ChangeKind.CHANGED, 'kind');
    assertEqual(change.get_entity_kind(), Pdz.EntityKind.ACTION, 'entity kind');
    const [hasOld, oldValue] = change.get_old_value();
    const [hasNew, newValue] = change.get_new_value();
    assert(hasOld && hasNew, 'values');
    assertEqual(oldValue, Pdz.Status.IN_PROGRESS, 'old status');
    assertEqual(newValue, Pdz.Status.COMPLETED, 'new status');
    assertEqual(change.old_pointer, '/objectives/1/actions/1', 'old pointer');
    assert(change.dup_display(null).endsWith('stato: in corso → concluso'), change.dup_display(null));
    assert(change.dup_display('en').endsWith('status: in progress → completed'), 'English');
    const added = items(diff.get_changes()).find(c => c.get_kind() === Pdz.ChangeKind.ADDED &&
        c.get_entity_kind() === Pdz.EntityKind.PROJECT);
    assert(added.get_new_entity() instanceof Pdz.Project, 'the added project');
});

test('apply, and the document read back', () => {
    const diff = oldPlan.diff(newPlan);
    const [text] = diff.to_data();
    const read = Pdz.Diff.new_from_data(text, -1);
    assertEqual(read.to_data()[0], text, 'round trip');
    const [oldText] = oldPlan.to_data();
    const copy = Pdz.Plan.new_from_data(oldText, -1);
    assert(read.apply(copy), 'applied');
    assertEqual(copy.to_data()[0], newPlan.to_data()[0], 'the new round');
    assert(copy.diff(newPlan).is_empty(), 'nothing left');
    // A second time, the old values are no longer there
    const [before] = copy.to_data();
    assertThrows(() => read.apply(copy), Pdz.error_quark(), Pdz.Error.CONFLICT, 'conflict');
    assertEqual(copy.to_data()[0], before, 'unchanged');
});

test('two plans are refused unless forced', () => {
    const other = Pdz.Plan.new_from_data(newPlan.to_data()[0], -1);
    other.set_id('altro');
    assertThrows(() => Pdz.Diff.new_from_plans(oldPlan, other, Pdz.DiffFlags.NONE),
        Pdz.error_quark(), Pdz.Error.DIFFERENT_PLANS, 'different plans');
    const forced = Pdz.Diff.new_from_plans(oldPlan, other, Pdz.DiffFlags.FORCE);
    assert(!forced.same_plan, 'forced');
});

finish();
