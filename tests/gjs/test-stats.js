// test-stats.js: checks, queries and roll-ups through GJS
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Run as `gjs -m tests/gjs/test-stats.js` with GI_TYPELIB_PATH and
// LD_LIBRARY_PATH pointing at the build tree; prints TAP. Figures counted
// by hand from examples/data/corsichese-2021-2023.json, by the counting
// rule: 31 bullets (29 under the eleven plan objectives, 2 held by
// projects), 8 in progress, 10 completed, 13 not stated, 1 extra; 2
// sub-actions that do not count.

import Pdz from 'gi://Pdz?version=1.0';

import {assert, assertEqual, examplePlanPath, finish, items, requireEnv, test} from './harness.js';

// The rows of a table as plain objects, through the row API.
function rows(table) {
    const columns = table.get_columns();
    return items(table).map(row => {
        const object = {};
        for (const column of columns) {
            const [found, value] = row.get_value(column);
            assert(found, `column ${column}`);
            object[column] = row.is_null(column) ? null : value;
        }
        return object;
    });
}

const [examplesDir] = requireEnv('PDZ_EXAMPLES_DIR');
const plan = Pdz.Plan.load_path(examplePlanPath(examplesDir), null);

test('stats totals', () => {
    const stats = Pdz.Stats.new(plan);
    assertEqual(stats.n_objectives, 19, 'objectives');
    assertEqual(stats.n_actions, 31, 'actions');
    assertEqual(stats.n_projects, 16, 'projects');
    assertEqual(stats.n_extra_actions, 1, 'extra actions');
    assert(Math.abs(stats.completion_rate - 10 / 31) < 1e-9, 'completion rate');
    assertEqual(stats.dup_actions().get_n_items(), 31, 'dup_actions');
});

test('actions per macroarea', () => {
    const table = Pdz.Stats.new(plan).by_macroarea();
    const actions = {};
    for (const row of items(table))
        actions[row.key] = row.get_int('actions');
    assertEqual(JSON.stringify(actions), JSON.stringify({
        'politiche-abitative': 5,
        'politiche-giovanili-minori': 1,
        'interventi-famiglia': 2,
        'digitalizzazione-servizi': 2,
        'azioni-di-sistema': 19,
        '': 0,
        '+projects': 2,
    }), 'actions per macroarea');
    const abitative = table.lookup_row('politiche-abitative');
    assertEqual(abitative.get_string('title'), 'Politiche abitative', 'title');
    assert(Math.abs(abitative.get_double('actions-completion-rate') - 0.4) < 1e-9, 'rate');
    const projects = table.lookup_row('+projects');
    assertEqual(projects.get_string('group'), 'project-actions', 'group');
    assert(projects.is_null('title'), 'no title for the project actions');
    assertEqual(projects.get_string('title'), null, 'null title');
});

test('rows as plain objects', () => {
    const status = rows(Pdz.Stats.new(plan).by_status());
    assertEqual(status.length, 6, 'rows');
    assertEqual(status.map(row => row.status).join(' '),
        'planned in-progress completed suspended cancelled not-stated', 'not stated last');
    assertEqual(JSON.stringify(status[1]),
        JSON.stringify({status: 'in-progress', objectives: 0, actions: 8, projects: 3}),
        'in progress');
    assertEqual(JSON.stringify(status[5]),
        JSON.stringify({status: 'not-stated', objectives: 19, actions: 13, projects: 11}),
        'not stated');
});

test('by objective and by project', () => {
    const stats = Pdz.Stats.new(plan);
    const byObjective = stats.by_objective();
    assertEqual(byObjective.lookup_row('gestione-associata').get_int('actions'), 7, 'bullets');
    assertEqual(byObjective.lookup_row('gestione-associata').get_int('sub-actions'), 2, 'sub-actions');
    assertEqual(byObjective.lookup_row('rete-coprogettazione').get_int('milestones'), 4, 'milestones');
    assertEqual(byObjective.lookup_row('+projects').get_int('actions'), 2, 'project actions');
    const byProject = stats.by_project();
    assertEqual(byProject.get_n_items(), 16, 'projects');
    assertEqual(byProject.lookup_row('reddito-di-cittadinanza').get_int('actions'), 1, 'held');
    assertEqual(byProject.lookup_row('pippi-pnrr').get_int('naming-actions'), 1, 'naming');
    assertEqual(byProject.lookup_row('pippi-pnrr').get_string('scope'), 'not-stated', 'scope');
});

test('by origin', () => {
    const table = Pdz.Stats.new(plan).by_origin();
    const counts = items(table).map(row => `${row.key}=${row.get_int('actions')}`);
    assertEqual(counts.join(' '), 'planned=0 extra=1 not-stated=30', 'origins');
});

test('partners ranked', () => {
    const table = Pdz.Stats.new(plan).by_partner();
    const keys = items(table).map(row => row.key);
    assertEqual(keys.length, 21, 'partners');
    assertEqual(keys.slice(0, 4).join(' '),
        'ads prefettura-milano citta-metropolitana-milano afol', 'top four');
    assertEqual(table.lookup_row('visconteo').get_string('roles'), 'lead,signatory', 'roles');
    assertEqual(table.lookup_row('ads').get_string('kind'), 'own-body', 'own body');
});

test('years of the monitoring round', () => {
    const table = Pdz.Stats.new(plan).by_year();
    const counts = items(table).map(row =>
        `${row.key}=${row.get_int('actions')}/${row.get_int('milestones')}`);
    assertEqual(counts.join(' '), '2022=0/2 2023=0/6 before=0/0 after=0/1 undated=31/0', 'years');
});

test('query and stats of a query', () => {
    const query = new Pdz.Query({plan, partners: ['prefettura-milano']});
    assertEqual(query.find_actions().get_n_items(), 2, 'prefettura actions');
    query.partners = ['aler', 'anci'];
    assertEqual(query.count_actions(), 2, 'aler or anci');
    query.partners = null;
    query.macroareas = ['politiche-abitative'];
    query.statuses = Pdz.StatusFlags.IN_PROGRESS;
    assertEqual(query.find_actions().get_n_items(), 1, 'housing actions in progress');
    query.statuses = Pdz.StatusFlags.NONE;
    query.text = 'citta metropolitana';
    assertEqual(query.find_actions().get_n_items(), 2, 'text without accents');
    query.text = null;
    query.origins = Pdz.OriginFlags.EXTRA;
    assertEqual(query.find_actions().get_item(0).get_title(), 'CAS Ucraina', 'extra');
    query.origins = Pdz.OriginFlags.NONE;
    // agenzia-abitare-1 and emergenza-abitativa-2 are dated by milestones
    query.undated = true;
    assertEqual(query.count_actions(), 3, 'undated');
    query.start = Pdz.Date.new_year(2023);
    assertEqual(query.count_actions(), 0, 'undated in a window');
    query.undated = false;
    query.start = null;
    const stats = Pdz.Stats.new_for_query(query);
    assertEqual(stats.n_actions, 5, 'housing actions');

    const sub = new Pdz.Query({plan, macroareas: ['azioni-di-sistema']});
    assertEqual(sub.find_actions().get_n_items(), 21, 'bullets and sub-actions');
    assertEqual(sub.count_actions(), 19, 'bullets');
    const kinds = new Pdz.Query({plan, partner_kinds: Pdz.PartnerKindFlags.OWN_BODY,
        roles: Pdz.RoleFlags.NOT_STATED});
    assertEqual(kinds.count_actions(), 3, 'own bodies');
    const health = new Pdz.Query({plan, objective_kinds: Pdz.ObjectiveKindFlags.HEALTH_INTEGRATION});
    assertEqual(health.find_objectives().get_n_items(), 8, 'ASST objectives');
    const sorted = new Pdz.Query({plan, sort: Pdz.QuerySort.STATUS});
    assertEqual(sorted.find_actions().get_item(0).get_status(), Pdz.Status.IN_PROGRESS, 'sort');
});

test('checks', () => {
    const diagnostics = items(plan.check(null));
    const count = code => diagnostics.filter(d => d.code === code).length;
    assertEqual(count('objective-without-actions'), 8, 'ASST objectives without actions');
    assertEqual(count('project-without-lead'), 15, 'projects without lead');
    assertEqual(count('project-without-funding'), 8, 'projects without funding');
    assertEqual(count('milestone-outside-round'), 3, 'milestones after October 2023');
    assertEqual(count('milestone-outside-plan-period'), 1, 'the milestone of 2024');
    assertEqual(diagnostics.filter(d => d.severity === Pdz.Severity.ERROR).length, 0, 'errors');
    const first = diagnostics.find(d => d.code === 'objective-without-actions');
    assertEqual(first.pointer, '/objectives/11', 'first pointer');
    const options = new Pdz.CheckOptions({language: 'en'});
    options.disable_code('project-without-lead');
    options.disable_code('project-without-funding');
    const fewer = items(plan.check(options)).filter(d => d.code === 'objective-without-actions');
    assertEqual(fewer.length, 8, 'warnings only');
    assert(fewer[0].message.startsWith('objective “GOVERNANCE INTEGRATA” has no actions'),
        fewer[0].message);
    assert(Pdz.check_get_codes().includes('end-before-start'), 'codes');
});

finish();
