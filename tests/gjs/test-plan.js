// test-plan.js: the plan model through GJS
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Run as `gjs -m tests/gjs/test-plan.js` with GI_TYPELIB_PATH and
// LD_LIBRARY_PATH pointing at the build tree; prints TAP.

import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import Pdz from 'gi://Pdz?version=1.0';

import {assert, assertEqual, assertThrows, examplePlanPath, finish, items, requireEnv, test} from './harness.js';

function readText(path) {
    const [, contents] = GLib.file_get_contents(path);
    return new TextDecoder().decode(contents);
}

function toText(plan) {
    const [data, length] = plan.to_data();
    assertEqual(length, new TextEncoder().encode(data).length, 'to_data length');
    return data;
}

const [examplesDir, testDataDir] = requireEnv('PDZ_EXAMPLES_DIR', 'PDZ_TEST_DATA_DIR');
const examplePath = examplePlanPath(examplesDir);
const exampleText = readText(examplePath);
const exampleJson = JSON.parse(exampleText);

// Every action of a parsed plan file, each bullet followed by its sub-actions.
function jsonActions(doc) {
    const result = [];
    const bullets = [...(doc.objectives ?? []), ...(doc.projects ?? [])]
        .flatMap(owner => owner.actions ?? []);
    for (const bullet of bullets)
        result.push(bullet, ...(bullet.actions ?? []));
    return result;
}

// The nick of an enumeration value, as the file spells it.
function nick(enumType, value) {
    const name = Object.keys(enumType).find(key => enumType[key] === value);
    return name.toLowerCase().replaceAll('_', '-');
}

test('load the example and count', () => {
    const plan = Pdz.Plan.load_path(examplePath, null);
    assertEqual(plan.get_id(), exampleJson.id, 'id');
    assertEqual(plan.title, exampleJson.title, 'title property');
    assertEqual(plan.get_macroareas().get_n_items(), exampleJson.macroareas.length, 'macroareas');
    assertEqual(plan.get_objectives().get_n_items(), exampleJson.objectives.length, 'objectives');
    assertEqual(plan.get_projects().get_n_items(), exampleJson.projects.length, 'projects');
    assertEqual(plan.get_partners().get_n_items(), exampleJson.partners.length, 'partners');
    assertEqual(plan.get_lead_municipality()?.get_id() ?? null,
        exampleJson['lead-municipality'] ?? null, 'lead municipality');
    assertEqual(plan.get_email(), exampleJson.contacts.email, 'email');
    assertEqual(plan.get_monitoring_start().to_string(), exampleJson.monitoring.start,
        'monitoring start');
});

test('walk the example', () => {
    const plan = Pdz.Plan.load_path(examplePath, null);
    let nActions = 0;
    for (const macroarea of items(plan.get_macroareas())) {
        assert(plan.lookup_macroarea(macroarea.get_id()) === macroarea, 'lookup_macroarea');
        const objectives = items(plan.get_objectives())
            .filter(o => o.get_macroarea() === macroarea);
        assert(objectives.length > 0, `macroarea ${macroarea.get_id()} has objectives`);
    }
    const jobjectives = exampleJson.objectives;
    items(plan.get_objectives()).forEach((objective, i) => {
        assertEqual(objective.get_id(), jobjectives[i].id, 'objective id');
        assertEqual(objective.get_macroarea()?.get_id() ?? null,
            jobjectives[i].macroarea ?? null, 'objective macroarea');
        assert(objective.get_plan() === plan, 'objective plan');
        items(objective.get_actions()).forEach((action, j) => {
            const jaction = jobjectives[i].actions[j];
            nActions++;
            assertEqual(action.get_id(), jaction.id, 'action id');
            assert(action.get_objective() === objective, 'action objective');
            assert(action.get_plan() === plan, 'action plan');
            assertEqual(action.get_date()?.to_string() ?? null, jaction.date ?? null, 'action date');
            // not stated is written by leaving the member out
            assertEqual(nick(Pdz.Status, action.get_status()), jaction.status ?? 'not-stated',
                'action status');
            assertEqual(nick(Pdz.Origin, action.get_origin()), jaction.origin ?? 'not-stated',
                'action origin');
            assertEqual(action.get_macroarea(), objective.get_macroarea(), 'action macroarea');
            assertEqual(items(action.get_milestones()).map(m => m.get_date().to_string()).join(),
                (jaction.milestones ?? []).map(m => m.date).join(), 'milestones');
            items(action.get_actions()).forEach((sub, k) => {
                nActions++;
                assertEqual(sub.get_id(), jaction.actions[k].id, 'sub-action id');
                assert(sub.get_parent() === action, 'sub-action parent');
                assert(sub.get_objective() === objective, 'sub-action objective');
            });
        });
    });
    const health = items(plan.get_objectives())
        .filter(o => o.get_kind() === Pdz.ObjectiveKind.HEALTH_INTEGRATION);
    assert(health.length > 0, 'there are health-integration objectives');
    assert(health.every(o => o.get_macroarea() === null), 'health-integration without macroarea');
    for (const project of items(plan.get_projects())) {
        assert(plan.lookup_project(project.get_id()) === project, 'lookup_project');
        for (const action of items(project.get_actions())) {
            nActions++;
            assert(action.get_owner() === project, 'project action owner');
            assert(action.get_project() === project, 'project action project');
            assert(action.get_objective() === null, 'project action has no objective');
            assert(action.get_macroarea() === null, 'project action has no macroarea');
        }
    }
    assertEqual(nActions, jsonActions(exampleJson).length, 'actions');
    assertEqual(nActions, 33, 'actions and sub-actions');
    for (const jpartner of exampleJson.partners) {
        const partner = plan.lookup_partner(jpartner.id);
        assert(partner !== null, `lookup_partner ${jpartner.id}`);
        assertEqual(partner.get_name(), jpartner.name, 'partner name');
    }
    for (const jaction of jsonActions(exampleJson))
        assertEqual(plan.lookup_action(jaction.id)?.get_title(), jaction.title, 'lookup_action');
    assertEqual(plan.lookup_action('no-such-action'), null, 'lookup_action missing');
    assertEqual(plan.lookup_partner('no-such-partner'), null, 'lookup_partner missing');
});

test('to_data round trip is byte-identical', () => {
    const plan = Pdz.Plan.load_path(examplePath, null);
    assertEqual(toText(plan), exampleText, 'to_data');
    const again = Pdz.Plan.new_from_bytes(plan.to_bytes());
    assertEqual(toText(again), exampleText, 'new_from_bytes (to_bytes)');
});

test('edit, save, reload', () => {
    const plan = Pdz.Plan.load_path(examplePath, null);
    plan.set_title('Piano di Zona 2021-2023 (rivisto)');
    const objective = plan.get_objectives().get_item(0);
    objective.title = 'Agenzia dell\u2019Abitare';

    const partner = Pdz.Partner.new('fondazione-test', 'Fondazione di prova');
    partner.kind = Pdz.PartnerKind.THIRD_SECTOR;
    plan.add_partner(partner);
    const action = Pdz.Action.new('azione-gjs', 'Incontro con la fondazione');
    action.set_status(Pdz.Status.COMPLETED);
    action.set_date(Pdz.Date.new_month(2023, 10));
    action.add_participation(Pdz.Participation.new(partner, Pdz.Role.CONSULTED));
    objective.add_action(action);

    const victim = items(objective.get_actions())[0];
    const victimId = victim.get_id();
    assert(victimId !== 'azione-gjs', 'victim is an existing action');
    assert(objective.remove_action(victim), 'remove_action');
    assertEqual(plan.lookup_action(victimId), null, 'removed action is gone');

    const dir = GLib.dir_make_tmp('pdz-gjs-XXXXXX');
    const path = GLib.build_filenamev([dir, 'edited.json']);
    try {
        assert(plan.modified, 'modified before save');
        plan.save_path(path, Pdz.SaveFlags.NONE, null);
        assert(!plan.modified, 'not modified after save');
        const saved = readText(path);
        assertEqual(saved, toText(plan), 'saved file');
        const again = Pdz.Plan.load_path(path, null);
        assertEqual(toText(again), saved, 'reloaded to_data');
        assertEqual(again.get_title(), 'Piano di Zona 2021-2023 (rivisto)', 'reloaded title');
        assertEqual(again.get_objectives().get_item(0).get_title(), 'Agenzia dell\u2019Abitare',
            'reloaded objective title');
        const reloaded = again.lookup_action('azione-gjs');
        assertEqual(reloaded.get_date().format('it'), 'ottobre 2023', 'reloaded date');
        const participation = reloaded.get_participations().get_item(0);
        assert(participation.get_partner() === again.lookup_partner('fondazione-test'),
            'participation partner');
        assertEqual(participation.get_role(), Pdz.Role.CONSULTED, 'participation role');
        assertEqual(again.lookup_action(victimId), null, 'removed action stays removed');
    } finally {
        GLib.unlink(path);
        GLib.rmdir(dir);
    }
});

test('errors carry domain and code', () => {
    const bad = [
        ['unknown-member.json', Pdz.Error.UNKNOWN_MEMBER],
        ['duplicate-id.json', Pdz.Error.DUPLICATE_ID],
        ['dangling-reference.json', Pdz.Error.DANGLING_REFERENCE],
        ['date-month-13.json', Pdz.Error.INVALID_VALUE],
        ['negative-amount.json', Pdz.Error.INVALID_VALUE],
        ['not-json.json', Pdz.Error.PARSE],
        ['unsupported-version.json', Pdz.Error.FORMAT],
        ['v2-explicit-not-stated.json', Pdz.Error.INVALID_VALUE],
        ['v2-extra-member.json', Pdz.Error.UNKNOWN_MEMBER],
        ['v2-health-agency.json', Pdz.Error.INVALID_VALUE],
        ['v2-milestone-no-date.json', Pdz.Error.INVALID_VALUE],
        ['v2-sub-sub-action.json', Pdz.Error.UNKNOWN_MEMBER],
    ];
    for (const [name, code] of bad) {
        const path = GLib.build_filenamev([testDataDir, 'bad', name]);
        const e = assertThrows(() => Pdz.Plan.load_path(path, null), Pdz.error_quark(), code, name);
        // The file's name, then where in it, as a compiler writes it.
        const where = e.message.slice(path.length);
        assert(e.message.startsWith(path), `${name}: file name first in "${e.message}"`);
        if (code === Pdz.Error.PARSE)
            assert(/^:\d+:\d+: /.test(where), `${name}: line:column in "${e.message}"`);
        else
            assert(/^: \/[^\s:]*: /.test(where), `${name}: JSON pointer in "${e.message}"`);
    }

    const plan = Pdz.Plan.new();
    plan.add_partner(Pdz.Partner.new('aler', 'ALER'));
    assertThrows(() => plan.add_partner(Pdz.Partner.new('aler', 'Doppione')),
        Pdz.error_quark(), Pdz.Error.DUPLICATE_ID, 'add_partner duplicate');
    assertEqual(plan.get_partners().get_n_items(), 1, 'refused add changes nothing');

    const objective = Pdz.Objective.new('o', 'Obiettivo');
    plan.add_objective(objective);
    const action = Pdz.Action.new('a', 'Azione');
    action.add_participation(Pdz.Participation.new(plan.lookup_partner('aler'), Pdz.Role.SIGNATORY));
    objective.add_action(action);
    assertThrows(() => plan.remove_partner(plan.lookup_partner('aler')),
        Pdz.error_quark(), Pdz.Error.CONFLICT, 'remove referenced partner');

    assertThrows(() => Pdz.Date.new_from_string('2023-13'),
        Pdz.error_quark(), Pdz.Error.INVALID_VALUE, 'bad date');

    // a missing file: the same domain and code from a path and a Gio.File
    const missing = GLib.build_filenamev([testDataDir, 'no-such-plan.json']);
    assertThrows(() => Pdz.Plan.load_path(missing, null),
        Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND, 'missing path');
    assertThrows(() => Pdz.Plan.load(Gio.File.new_for_path(missing), null),
        Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND, 'missing file');
});

test('dates', () => {
    const date = Pdz.Date.new_from_string('2023-11');
    assertEqual(date.format('it'), 'novembre 2023', 'format it');
    assertEqual(date.to_string(), '2023-11', 'to_string');
    assertEqual(date.get_precision(), Pdz.DatePrecision.MONTH, 'precision');
    assertEqual(Pdz.Date.new_day(2023, 1, 24).format('it'), '24 gennaio 2023', 'day format');
    assert(date.equal(Pdz.Date.new_month(2023, 11)), 'equal');
    assert(Pdz.Date.new_day(2023, 1, 24).compare(date) < 0, 'compare');
});

test('notify and items-changed signals', () => {
    const plan = Pdz.Plan.new();
    const titles = [];
    plan.connect('notify::title', obj => titles.push(obj.get_title()));
    plan.set_title('Piano di Zona');
    plan.set_title('Piano di Zona');
    plan.title = 'Piano';
    assertEqual(JSON.stringify(titles), JSON.stringify(['Piano di Zona', 'Piano']), 'notify::title');
    assert(plan.modified, 'an edit makes the plan modified');

    const changes = [];
    const partners = plan.get_partners();
    partners.connect('items-changed', (model, position, removed, added) => {
        changes.push([position, removed, added]);
    });
    const a = Pdz.Partner.new('a', 'Ente A');
    plan.add_partner(a);
    plan.add_partner(Pdz.Partner.new('b', 'Ente B'));
    plan.remove_partner(a);
    assertEqual(JSON.stringify(changes), JSON.stringify([[0, 0, 1], [1, 0, 1], [0, 1, 0]]),
        'items-changed');
});

test('load_async', () => {
    const loop = new GLib.MainLoop(null, false);
    let plan = null;
    let error = null;
    Pdz.Plan.load_async(Gio.File.new_for_path(examplePath), null, (source, result) => {
        try {
            plan = Pdz.Plan.load_finish(result);
        } catch (e) {
            error = e;
        }
        loop.quit();
    });
    const timeout = GLib.timeout_add_seconds(GLib.PRIORITY_DEFAULT, 30, () => {
        loop.quit();
        return GLib.SOURCE_REMOVE;
    });
    loop.run();
    GLib.source_remove(timeout);
    assertEqual(error, null, 'load_async error');
    assert(plan instanceof Pdz.Plan, 'load_async result');
    assertEqual(toText(plan), exampleText, 'load_async to_data');
});

finish();
