// test-stats.js: checks, queries and roll-ups through GJS
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Run as `gjs -m tests/gjs/test-stats.js` with GI_TYPELIB_PATH and
// LD_LIBRARY_PATH pointing at the build tree; prints TAP. Figures counted
// by hand from examples/data/corsichese-2021-2023.json.

import Pdz from 'gi://Pdz?version=1.0';

import {assert, assertEqual, examplePlanPath, finish, items, requireEnv, test} from './harness.js';

// The rows of a table as plain objects, as the Python override's rows().
function rows(table) {
    const columns = table.get_columns();
    return items(table).map(row => {
        const object = {};
        for (const column of columns) {
            const [found, value] = row.get_value(column);
            assert(found, `column ${column}`);
            object[column] = value;
        }
        return object;
    });
}

const [examplesDir] = requireEnv('PDZ_EXAMPLES_DIR');
const plan = Pdz.Plan.new_from_file(examplePlanPath(examplesDir));

test('stats totals', () => {
    const stats = Pdz.Stats.new(plan);
    assertEqual(stats.n_objectives, 19, 'objectives');
    assertEqual(stats.n_actions, 67, 'actions');
    assertEqual(stats.n_projects, 16, 'projects');
    assertEqual(stats.n_extra_actions, 2, 'extra actions');
    assert(Math.abs(stats.completion_rate - 49 / 67) < 1e-9, 'completion rate');
});

test('actions per macroarea', () => {
    const table = Pdz.Stats.new(plan).by_macroarea();
    const actions = {};
    for (const row of items(table))
        actions[row.key] = row.get_int('actions');
    assertEqual(JSON.stringify(actions), JSON.stringify({
        'politiche-abitative': 10,
        'politiche-giovanili-minori': 3,
        'interventi-famiglia': 8,
        'digitalizzazione-servizi': 3,
        'azioni-di-sistema': 38,
        '': 5,
    }), 'actions per macroarea');
    const abitative = table.lookup_row('politiche-abitative');
    assertEqual(abitative.get_string('title'), 'Politiche abitative', 'title');
    assert(Math.abs(abitative.get_double('actions-completion-rate') - 0.7) < 1e-9, 'rate');
});

test('rows as plain objects', () => {
    const status = rows(Pdz.Stats.new(plan).by_status());
    assertEqual(status.length, 5, 'rows');
    assertEqual(JSON.stringify(status[1]),
        JSON.stringify({status: 'in-progress', objectives: 11, actions: 18, projects: 13}),
        'in progress');
});

test('partners ranked', () => {
    const table = Pdz.Stats.new(plan).by_partner();
    const keys = items(table).map(row => row.key);
    assertEqual(keys.length, 20, 'partners');
    assertEqual(keys.slice(0, 5).join(' '),
        'ads prefettura-milano citta-metropolitana-milano visconteo afol', 'top five');
    assertEqual(table.lookup_row('visconteo').get_string('roles'), 'participant,lead,signatory', 'roles');
});

test('years of the monitoring round', () => {
    const table = Pdz.Stats.new(plan).by_year();
    const counts = items(table).map(row => `${row.key}=${row.get_int('actions')}`);
    assertEqual(counts.join(' '), '2022=1 2023=5 before=0 after=1 undated=60', 'years');
});

test('query and stats of a query', () => {
    const query = new Pdz.Query({plan, partner: 'prefettura-milano'});
    assertEqual(query.find_actions().get_n_items(), 2, 'prefettura actions');
    query.partner = null;
    query.macroarea = 'politiche-abitative';
    query.statuses = Pdz.StatusFlags.IN_PROGRESS;
    assertEqual(query.find_actions().get_n_items(), 3, 'housing actions in progress');
    query.statuses = Pdz.StatusFlags.NONE;
    query.text = 'citta metropolitana';
    assertEqual(query.find_actions().get_n_items(), 2, 'text without accents');
    query.text = null;
    query.from = Pdz.Date.new_month(2023, 11);
    query.to = Pdz.Date.new_month(2023, 11);
    assertEqual(query.find_actions().get_n_items(), 1, 'housing actions of November 2023');
    query.from = null;
    query.to = null;
    const stats = Pdz.Stats.new_for_query(query);
    assertEqual(stats.n_actions, 10, 'housing actions');
});

test('checks', () => {
    const diagnostics = items(plan.check(null));
    assertEqual(diagnostics.length, 33, 'diagnostics');
    assertEqual(diagnostics.filter(d => d.severity === Pdz.Severity.ERROR).length, 0, 'errors');
    assertEqual(diagnostics[0].code, 'action-outside-plan-period', 'first code');
    assertEqual(diagnostics[0].pointer, '/objectives/8/actions/5', 'first pointer');
    const options = new Pdz.CheckOptions({language: 'en'});
    options.disable_code('project-without-lead');
    options.disable_code('project-without-funding');
    const fewer = items(plan.check(options));
    assertEqual(fewer.length, 9, 'warnings only');
    assert(fewer[1].message.startsWith('objective “GOVERNANCE INTEGRATA” has no actions'),
        fewer[1].message);
    assert(Pdz.check_get_codes().includes('end-before-start'), 'codes');
});

finish();
