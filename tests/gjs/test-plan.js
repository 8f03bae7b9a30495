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

function jsonActions(doc) {
    const result = [];
    for (const o of doc.objectives ?? [])
        result.push(...(o.actions ?? []));
    for (const p of doc.projects ?? [])
        result.push(...(p.actions ?? []));
    return result;
}

test('load the example and count', () => {
    const plan = Pdz.Plan.new_from_file(examplePath);
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
    const plan = Pdz.Plan.new_from_file(examplePath);
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
            assertEqual(action.get_extra(), jaction.extra ?? false, 'action extra');
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
            assert(action.get_objective() === null, 'project action has no objective');
        }
    }
    assertEqual(nActions, jsonActions(exampleJson).length, 'actions');
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
    const plan = Pdz.Plan.new_from_file(examplePath);
    assertEqual(toText(plan), exampleText, 'to_data');
    const again = Pdz.Plan.new_from_bytes(plan.to_bytes());
    assertEqual(toText(again), exampleText, 'new_from_bytes (to_bytes)');
});

test('edit, save, reload', () => {
    const plan = Pdz.Plan.new_from_file(examplePath);
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
        plan.save_to_file(path);
        const saved = readText(path);
        assertEqual(saved, toText(plan), 'saved file');
        const again = Pdz.Plan.new_from_file(path);
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
    ];
    for (const [name, code] of bad) {
        const path = GLib.build_filenamev([testDataDir, 'bad', name]);
        const e = assertThrows(() => Pdz.Plan.new_from_file(path), Pdz.error_quark(), code, name);
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
