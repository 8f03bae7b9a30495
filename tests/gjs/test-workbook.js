// test-workbook.js: the workbook through GJS
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Run as `gjs -m tests/gjs/test-workbook.js` with GI_TYPELIB_PATH and
// LD_LIBRARY_PATH pointing at the build tree; prints TAP.

import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import Pdz from 'gi://Pdz?version=1.0';

import {assert, assertEqual, assertThrows, examplePlanPath, finish, requireEnv, test} from './harness.js';

const [examplesDir, testDataDir] = requireEnv('PDZ_EXAMPLES_DIR', 'PDZ_TEST_DATA_DIR');

const plan = Pdz.Plan.new_from_file(examplePlanPath(examplesDir));
const dir = GLib.dir_make_tmp('pdz-gjs-workbook-XXXXXX');

test('export and import, every format', () => {
    const formats = [[Pdz.WorkbookFormat.XLSX, 'plan.xlsx'], [Pdz.WorkbookFormat.ODS, 'plan.ods'],
        [Pdz.WorkbookFormat.CSV, 'tables']];
    for (const [format, name] of formats) {
        if (!Pdz.workbook_format_is_available(format))
            continue;
        const file = Gio.File.new_for_path(GLib.build_filenamev([dir, name]));
        assert(plan.export_workbook(file, format, null), `export ${name}`);
        const back = Pdz.Plan.new_from_workbook(file, null);
        assertEqual(back.to_data()[0], plan.to_data()[0], name);
    }
});

test('problems, with their cells', () => {
    const imp = new Pdz.WorkbookImport({max_errors: 10});
    const file = Gio.File.new_for_path(GLib.build_filenamev([testDataDir, 'bad-workbooks', 'unknown-enum.xlsx']));
    assertThrows(() => imp.load(file, null), Pdz.error_quark(), Pdz.Error.INVALID_VALUE, 'load');
    const problems = imp.get_problems();
    assertEqual(problems.get_n_items(), 1, 'problems');
    const problem = problems.get_item(0);
    assertEqual(problem.sheet, 'Azioni', 'sheet');
    assertEqual(problem.cell, 'F5', 'cell');
    assert(problem.to_string().startsWith('Azioni!F5: stato «in corsoo» sconosciuto'), 'message');
});

GLib.spawn_command_line_sync(`rm -rf ${GLib.shell_quote(dir)}`);

finish();
