// test-model.js: the model of format version 2 through GJS
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Run as `gjs -m tests/gjs/test-model.js` with GI_TYPELIB_PATH and
// LD_LIBRARY_PATH pointing at the build tree; prints TAP. Every field
// issue 7 added, as tests/python/test_model.py checks it: "not stated"
// instead of defaults, origin, milestones, sub-actions, partner kinds, the
// plan's description, and the plan's changed signal and modified property.

import Pdz from 'gi://Pdz?version=1.0';

import {assert, assertEqual, assertThrows, examplePlanPath, finish, items, requireEnv, test} from './harness.js';

const [examplesDir] = requireEnv('PDZ_EXAMPLES_DIR');

function same(a, b, what) {
    assertEqual(JSON.stringify(a), JSON.stringify(b), what);
}

function toObject(entity) {
    return JSON.parse(Pdz.entity_to_data(entity)[0]);
}

function notifyLog(object) {
    const log = [];
    object.connect('notify', (o, pspec) => log.push(pspec.get_name()));
    return log;
}

function itemsLog(model) {
    const log = [];
    model.connect('items-changed', (m, position, removed, added) => log.push([position, removed, added]));
    return log;
}

// A plan holding one objective holding one action with @members.
function oneAction(members = {}) {
    return Pdz.Plan.new_from_data(JSON.stringify({
        format: 'pdz',
        version: 2,
        objectives: [{id: 'o', title: 'O', actions: [{id: 'a', title: 'A', ...members}]}],
    }), -1);
}

test('not stated instead of defaults', () => {
    assertEqual(Pdz.Action.new('a', 'A').get_status(), Pdz.Status.NOT_STATED, 'action status');
    assertEqual(Pdz.Objective.new('o', 'O').get_status(), Pdz.Status.NOT_STATED, 'objective status');
    const project = Pdz.Project.new('p', 'P');
    assertEqual(project.status, Pdz.Status.NOT_STATED, 'project status');
    assertEqual(project.scope, Pdz.Scope.NOT_STATED, 'project scope');
    assertEqual(Pdz.Funding.new('FNPS').status, Pdz.FundingStatus.NOT_STATED, 'funding status');
    assertEqual(Pdz.Objective.new('o', 'O').kind, Pdz.ObjectiveKind.PLAN, 'objective kind');
    const plan = oneAction();
    const action = plan.lookup_action('a');
    same(toObject(action), {id: 'a', title: 'A'}, 'left out of the file');
    action.status = Pdz.Status.PLANNED;
    same(toObject(action), {id: 'a', title: 'A', status: 'planned'}, 'planned');
    assertThrows(() => oneAction({status: 'not-stated'}),
        Pdz.error_quark(), Pdz.Error.INVALID_VALUE, 'an explicit not-stated');
});

test('origin', () => {
    const action = Pdz.Action.new('a', 'A');
    const log = notifyLog(action);
    action.set_origin(Pdz.Origin.PLANNED);
    action.origin = Pdz.Origin.PLANNED;
    assertEqual(log.filter(name => name === 'origin').length, 1, 'notify::origin once');
    action.origin = Pdz.Origin.EXTRA;
    assertEqual(action.get_origin(), Pdz.Origin.EXTRA, 'extra');
    assertEqual(toObject(oneAction({origin: 'extra'}).lookup_action('a')).origin, 'extra', 'in the file');
    assertThrows(() => oneAction({extra: true}),
        Pdz.error_quark(), Pdz.Error.UNKNOWN_MEMBER, 'no extra in version 2');
});

test('milestones', () => {
    const action = Pdz.Action.new('a', 'Rete della co-progettazione');
    const log = itemsLog(action.get_milestones());
    const first = Pdz.Milestone.new(Pdz.Date.new_year(2022), 'Raccolta delle sottoscrizioni');
    const second = Pdz.Milestone.new(Pdz.Date.new_day(2023, 5, 30), 'Tavolo di confronto');
    action.add_milestone(first);
    action.add_milestone(second);
    same(log, [[0, 0, 1], [1, 0, 1]], 'items-changed');
    assert(first.get_action() === action, 'the milestone knows its action');
    const notified = notifyLog(second);
    second.date = Pdz.Date.new_month(2023, 6);
    second.set_title('Tavoli');
    second.title = 'Tavoli';
    same(notified, ['date', 'title'], 'notify');
    assert(action.remove_milestone(first), 'remove');
    assert(!action.remove_milestone(first), 'remove twice');
    assertEqual(first.get_action(), null, 'removed');
    same(items(action.get_milestones()).map(toObject), [{date: '2023-06', title: 'Tavoli'}], 'left');

    const plan = oneAction({date: '2023', milestones: [{date: '2023-01-24', title: 'Firma'}]});
    const read = plan.lookup_action('a');
    assertEqual(read.get_date().to_string(), '2023', 'own date kept');
    assertEqual(read.get_milestones().get_item(0).get_date().to_string(), '2023-01-24', 'milestone');
});

test('sub-actions', () => {
    const plan = oneAction();
    const bullet = plan.lookup_action('a');
    const log = itemsLog(bullet.get_actions());
    const sub = Pdz.Action.new('a-1', 'Ricerca valutativa');
    bullet.add_action(sub);
    same(log, [[0, 0, 1]], 'items-changed');
    assert(sub.get_parent() === bullet, 'parent');
    assert(sub.get_objective() === plan.lookup_objective('o'), 'objective through the bullet');
    assert(plan.lookup_action('a-1') === sub, 'lookup');
    assertThrows(() => sub.add_action(Pdz.Action.new('a-1-x', 'X')),
        Pdz.error_quark(), Pdz.Error.INVALID_VALUE, 'one level only');
    assertThrows(() => bullet.add_action(Pdz.Action.new('a', 'Doppione')),
        Pdz.error_quark(), Pdz.Error.DUPLICATE_ID, 'ids unique among all actions');
    same(toObject(bullet).actions, [{id: 'a-1', title: 'Ricerca valutativa'}], 'in the file');
    sub.status = Pdz.Status.COMPLETED;
    const stats = Pdz.Stats.new(plan);
    assertEqual(stats.n_actions, 1, 'sub-actions do not count');
    assertEqual(stats.by_status().lookup_row('completed').get_int('actions'), 0, 'not by status');
    assert(bullet.remove_action(sub), 'remove');
    same(log[log.length - 1], [0, 1, 0], 'removed');
    assertEqual(sub.get_parent(), null, 'no parent');
});

test('partner kinds', () => {
    const plan = Pdz.Plan.new_from_data(JSON.stringify({format: 'pdz', version: 2, partners: [
        {id: 'asst', name: 'ASST Rhodense', kind: 'health-trust'},
        {id: 'ats', name: 'ATS Milano', kind: 'health-protection-agency'},
        {id: 'ads', name: 'Assemblea dei Sindaci', kind: 'own-body'},
    ]}), -1);
    same(items(plan.get_partners()).map(p => p.kind),
        [Pdz.PartnerKind.HEALTH_TRUST, Pdz.PartnerKind.HEALTH_PROTECTION_AGENCY,
            Pdz.PartnerKind.OWN_BODY], 'kinds');
    const partner = Pdz.Partner.new('udp', 'Ufficio di Piano');
    const log = notifyLog(partner);
    partner.kind = Pdz.PartnerKind.OWN_BODY;
    same(log, ['kind'], 'notify::kind');
    assertEqual(toObject(partner).kind, 'own-body', 'in the file');
    const v1 = Pdz.Plan.new_from_data(JSON.stringify({format: 'pdz', version: 1,
        partners: [{id: 'x', name: 'X', kind: 'health-agency'}]}), -1);
    assertEqual(v1.get_partners().get_item(0).kind, Pdz.PartnerKind.HEALTH_TRUST,
        'version 1 health-agency');
});

test('the plan description', () => {
    const plan = Pdz.Plan.new();
    const log = notifyLog(plan);
    plan.set_description('Il secondo monitoraggio');
    plan.description = 'Il secondo monitoraggio';
    assertEqual(log.filter(name => name === 'description').length, 1, 'notify::description once');
    plan.title = 'Piano';
    same(Object.keys(JSON.parse(plan.to_data()[0])), ['format', 'version', 'title', 'description'],
        'written after the title');
});

test('changed and modified', () => {
    const plan = Pdz.Plan.load_path(examplePlanPath(examplesDir), null);
    assertEqual(plan.modified, false, 'unmodified when loaded');
    const changed = [];
    plan.connect('changed', (p, entity) => changed.push(entity));
    const log = notifyLog(plan);
    const action = plan.lookup_action('emergenza-abitativa-4');
    action.status = Pdz.Status.COMPLETED;
    assert(changed.length === 1 && changed[0] === action, 'changed(action)');
    assertEqual(plan.modified, true, 'modified');
    same(log, ['modified'], 'notify::modified');
    action.status = Pdz.Status.COMPLETED;
    assertEqual(changed.length, 1, 'no change, no signal');
    action.add_milestone(Pdz.Milestone.new(Pdz.Date.new_month(2022, 3), 'Accoglienza'));
    assert(changed[changed.length - 1] === action, 'a list: its holder');
    const objective = plan.lookup_objective('emergenza-abitativa');
    objective.add_action(Pdz.Action.new('emergenza-abitativa-5', 'Nuova'));
    assert(changed[changed.length - 1] === objective, 'an action added');
    plan.description = 'Rivisto';
    assert(changed[changed.length - 1] === plan, 'the plan itself');
});

finish();
