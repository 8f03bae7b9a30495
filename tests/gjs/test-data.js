// test-data.js: what the Python override gives, through the plain API in GJS
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Run as `gjs -m tests/gjs/test-data.js` with GI_TYPELIB_PATH and
// LD_LIBRARY_PATH pointing at the build tree; prints TAP. GJS has no
// override: each test reaches one feature of tests/python/test_sugar.py
// and test_pandas.py with the introspected calls alone, as any GI language
// would: the JSON text of the plan, of any entity and of any table, plan
// tables, dates, and loading and saving with a Gio.File.

import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import Pdz from 'gi://Pdz?version=1.0';

import {assert, assertEqual, assertThrows, examplePlanPath, finish, items, requireEnv, test} from './harness.js';

const [examplesDir] = requireEnv('PDZ_EXAMPLES_DIR');
const examplePath = examplePlanPath(examplesDir);
const exampleText = new TextDecoder().decode(GLib.file_get_contents(examplePath)[1]);

const ACCENTED = {
    format: 'pdz',
    version: 2,
    id: 'città',
    title: 'Piano di Zona: libertà, città e comunità — «prova» ✓',
    partners: [{id: 'ente', name: 'Società cooperativa “Esempio”'}],
};
const accentedText = `${JSON.stringify(ACCENTED, null, 2)}\n`;

// Python's plan.to_dict() and entity.to_dict(): the JSON text, parsed.
function toObject(entity) {
    const [text] = Pdz.entity_to_data(entity);
    return JSON.parse(text);
}

function same(a, b, what) {
    assertEqual(JSON.stringify(a), JSON.stringify(b), what);
}

test('new_from_data with text of any content', () => {
    const plan = Pdz.Plan.new_from_data(accentedText, -1);
    assertEqual(plan.title, ACCENTED.title, 'title');
    assertEqual(plan.get_id(), 'città', 'id');
    // a length is in bytes of the UTF-8 text, as in C
    const bytes = new TextEncoder().encode(accentedText);
    assert(bytes.length > accentedText.length, 'more bytes than characters');
    const again = Pdz.Plan.new_from_data(`${accentedText}trailing garbage`, bytes.length);
    assertEqual(again.to_data()[0], accentedText, 'length in bytes');
    assertThrows(() => Pdz.Plan.new_from_data(accentedText, accentedText.length),
        Pdz.error_quark(), Pdz.Error.PARSE, 'length in characters cuts the text short');
});

test('new_from_bytes with bytes', () => {
    const bytes = new TextEncoder().encode(accentedText);
    const plan = Pdz.Plan.new_from_bytes(new GLib.Bytes(bytes));
    assertEqual(plan.get_partners().get_item(0).get_name(), 'Società cooperativa “Esempio”', 'name');
    assertEqual(new TextDecoder().decode(plan.to_bytes().toArray()), accentedText, 'to_bytes');
    const bad = new TextEncoder().encode('{"format": "pdz", "version": 2, "title": "x"}');
    bad[bad.length - 3] = 0xe0;
    assertThrows(() => Pdz.Plan.new_from_bytes(new GLib.Bytes(bad)),
        Pdz.error_quark(), Pdz.Error.PARSE, 'invalid UTF-8');
});

test('to_data: the text and its length in bytes', () => {
    const plan = Pdz.Plan.load_path(examplePath, null);
    const [text, length] = plan.to_data();
    assertEqual(text, exampleText, 'text');
    assertEqual(length, new TextEncoder().encode(text).length, 'length');
});

test('the plan as an object and back (to_dict, from_dict)', () => {
    const plan = Pdz.Plan.load_path(examplePath, null);
    const object = JSON.parse(plan.to_data()[0]);
    same(toObject(plan), object, 'entity_to_data of the plan');
    assertEqual(object.version, 2, 'version');
    const again = Pdz.Plan.new_from_data(JSON.stringify(object), -1);
    assertEqual(again.to_data()[0], exampleText, 'from the object');
    // x- members are kept
    const ext = Pdz.Plan.new_from_data(JSON.stringify({format: 'pdz', version: 2, 'x-editor': 3,
        partners: [{id: 'p', name: 'Ente', 'x-note': 'nota'}]}), -1);
    same(toObject(ext.get_partners().get_item(0)), {id: 'p', name: 'Ente', 'x-note': 'nota'},
        'partner with an x- member');
    assertEqual(JSON.parse(ext.to_data()[0])['x-editor'], 3, 'plan x- member');
});

test('the JSON text of any entity is its object in the file', () => {
    const plan = Pdz.Plan.load_path(examplePath, null);
    const file = JSON.parse(exampleText);
    const resolve = pointer => pointer.split('/').slice(1)
        .reduce((node, part) => node[part], file);
    const entities = [...items(plan.get_partners()), ...items(plan.get_macroareas())];
    for (const objective of items(plan.get_objectives())) {
        entities.push(objective);
        for (const action of items(objective.get_actions()))
            entities.push(action, ...items(action.get_actions()));
    }
    for (const project of items(plan.get_projects()))
        entities.push(project, ...items(project.get_actions()));
    assertEqual(entities.length, 94, 'entities');
    for (const entity of entities)
        same(toObject(entity), resolve(plan.dup_pointer(entity)), plan.dup_pointer(entity));

    const bullet = plan.lookup_action('rete-coprogettazione-1');
    same(items(bullet.get_milestones()).map(toObject), resolve('/objectives/7/actions/0').milestones,
        'milestones');
    const funding = plan.lookup_project('supervisione-operatori-sociali').get_fundings().get_item(1);
    same(toObject(funding), {source: 'FNPS', status: 'applied'}, 'funding');
    const participation = plan.lookup_action('agenzia-abitare-1').get_participations().get_item(1);
    same(toObject(participation), {partner: 'ads'}, 'participation, role not stated');
    const [text, length] = Pdz.entity_to_data(plan.lookup_action('emergenza-abitativa-4'));
    same(JSON.parse(text), {id: 'emergenza-abitativa-4', title: 'CAS Ucraina', origin: 'extra'},
        'extra action');
    assertEqual(length, new TextEncoder().encode(text).length, 'length');
});

test('dates to and from a JS Date at day precision', () => {
    const jsDate = new Date(2023, 0, 24);
    const date = Pdz.Date.new_day(jsDate.getFullYear(), jsDate.getMonth() + 1, jsDate.getDate());
    assertEqual(date.to_string(), '2023-01-24', 'from a Date');
    assertEqual(date.get_precision(), Pdz.DatePrecision.DAY, 'day precision');
    const back = new Date(date.get_year(), date.get_month() - 1, date.get_day());
    assertEqual(back.getTime(), jsDate.getTime(), 'to a Date');
    // a month is not one day: its precision says so, and its span is two days
    const month = Pdz.Date.new_from_string('2023-11');
    assertEqual(month.get_precision(), Pdz.DatePrecision.MONTH, 'month precision');
    const first = month.dup_first_day();
    const last = month.dup_last_day();
    assertEqual(`${first.get_year()}-${first.get_month()}-${first.get_day()}`, '2023-11-1', 'first');
    assertEqual(`${last.get_year()}-${last.get_month()}-${last.get_day()}`, '2023-11-30', 'last');
    assertEqual(Pdz.Date.new_year(2022).get_precision(), Pdz.DatePrecision.YEAR, 'year precision');
});

test('load and save with a Gio.File and a path', () => {
    const dir = GLib.dir_make_tmp('pdz-gjs-XXXXXX');
    const path = GLib.build_filenamev([dir, 'plan.json']);
    const file = Gio.File.new_for_path(path);
    try {
        const plan = Pdz.Plan.load(Gio.File.new_for_path(examplePath), null);
        assert(!plan.modified, 'unmodified when loaded');
        plan.description = 'Con una descrizione';
        assert(plan.modified, 'modified by an edit');
        assert(plan.save(file, Pdz.SaveFlags.NONE, null), 'save');
        assert(!plan.modified, 'unmodified when saved');
        const again = Pdz.Plan.load_path(path, null);
        assertEqual(again.description, 'Con una descrizione', 'description');
        assert(again.save_path(path, Pdz.SaveFlags.NONE, new Gio.Cancellable()), 'save_path');
        const cancellable = new Gio.Cancellable();
        cancellable.cancel();
        assertThrows(() => Pdz.Plan.load(file, cancellable),
            Gio.io_error_quark(), Gio.IOErrorEnum.CANCELLED, 'cancelled');
    } finally {
        GLib.unlink(path);
        GLib.rmdir(dir);
    }
});

test('a stats table as rows of objects (iterating, rows(), to_json())', () => {
    const plan = Pdz.Plan.load_path(examplePath, null);
    const table = Pdz.Stats.new(plan).by_status();
    const rows = JSON.parse(table.to_json());
    assertEqual(rows.length, table.get_n_items(), 'one object per row');
    same(Object.keys(rows[0]), table.get_columns(), 'columns in order');
    same(rows[2], {status: 'completed', objectives: 0, actions: 10, projects: 2}, 'completed');
    // the same through the rows
    const row = table.lookup_row('completed');
    assertEqual(row.get_int('actions'), 10, 'get_int');
    same(row.get_value('actions'), [true, 10], 'get_value');
    assert(row.has_column('actions') && !row.has_column('no-such-column'), 'has_column');
    same(row.get_value('no-such-column'), [false, null], 'no such column');
});

test('plan tables (Plan.rows) and null cells', () => {
    const plan = Pdz.Plan.load_path(examplePath, null);
    const table = plan.dup_table(Pdz.EntityKind.ACTION);
    assertEqual(table.get_name(), 'actions', 'name');
    const rows = JSON.parse(table.to_json());
    assertEqual(rows.length, 33, 'every action, sub-actions included');
    same(rows.slice(16, 19).map(r => r.id),
        ['gestione-associata-3', 'gestione-associata-3-a', 'gestione-associata-3-b'], 'order');
    assertEqual(rows[0].parent, null, 'a null cell is null');
    assertEqual(rows[17].parent, 'gestione-associata-3', 'parent');
    assertEqual(rows[32].macroarea, null, 'a project action is under no macroarea');
    const first = table.get_item(0);
    assert(first.is_null('parent') && !first.is_null('title'), 'is_null');
    assertEqual(first.get_string('date'), null, 'null string');
    // a group-by gives the stats' figures
    const bullets = rows.filter(r => r.parent === null);
    const completed = bullets.filter(r => r.status === 'completed').length;
    assertEqual(completed, Pdz.Stats.new(plan).by_status().lookup_row('completed').get_int('actions'),
        'completed bullets');
    const fundings = JSON.parse(plan.dup_table(Pdz.EntityKind.FUNDING).to_json());
    assertEqual(fundings.length, 10, 'fundings');
    assert(fundings.every(f => f.amount === null), 'amounts not stated are null');
    assertEqual(JSON.parse(plan.dup_table(Pdz.EntityKind.MILESTONE).to_json()).length, 9,
        'milestones');
    const [planRow] = JSON.parse(plan.dup_table(Pdz.EntityKind.PLAN).to_json());
    assertEqual(planRow.id, 'corsichese-2021-2023', 'plan row');
    // a snapshot
    plan.lookup_objective('portale-ambito').add_action(Pdz.Action.new('nuova', 'Nuova'));
    assertEqual(table.get_n_items(), 33, 'the table is a snapshot');
    assertEqual(plan.dup_table(Pdz.EntityKind.ACTION).get_n_items(), 34, 'a new table sees it');
});

test('query with strv and flags criteria, built from properties', () => {
    const plan = Pdz.Plan.load_path(examplePath, null);
    const query = new Pdz.Query({
        plan,
        partners: ['prefettura-milano', 'citta-metropolitana-milano'],
        roles: Pdz.RoleFlags.SIGNATORY,
    });
    same(items(query.find_actions()).map(a => a.get_id()), ['emergenza-abitativa-2'], 'signatories');
    same(query.partners, ['prefettura-milano', 'citta-metropolitana-milano'], 'partners');
    assertEqual(query.roles, Pdz.RoleFlags.SIGNATORY, 'roles');
    query.set_partners(null);
    query.roles = Pdz.RoleFlags.NONE;
    query.macroareas = ['politiche-abitative', 'interventi-famiglia'];
    assertEqual(query.count_actions(), 7, 'two macroareas');
    query.via_projects = true;
    assertEqual(query.count_actions(), 7, 'no project serving them holds an action');
});

finish();
