// test-format.js: amounts, counts, labels, texts and table CSV through GJS
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Run as `gjs -m tests/gjs/test-format.js` with GI_TYPELIB_PATH and
// LD_LIBRARY_PATH pointing at the build tree; prints TAP. What a report
// generator in JavaScript calls to say figures as the reports do.

import Pdz from 'gi://Pdz?version=1.0';

import {assertEqual, examplePlanPath, finish, items, requireEnv, test} from './harness.js';

const [examplesDir] = requireEnv('PDZ_EXAMPLES_DIR');
const plan = Pdz.Plan.load_path(examplePlanPath(examplesDir), null);

test('amounts in each language, never truncated', () => {
    assertEqual(Pdz.format_amount(125000, 'it'), '€\u00a01.250,00', 'Italian');
    assertEqual(Pdz.format_amount(125000, 'en'), '€1,250.00', 'English');
    assertEqual(Pdz.format_amount(-150, 'en'), '−€1.50', 'negative');
});

test('the named base of the example', () => {
    const stats = Pdz.Stats.new(plan);
    const completed = stats.by_status().lookup_row('completed').get_int('actions');
    assertEqual(Pdz.format_completed_of(completed, stats.get_n_actions(), 'it'),
        '10 di 31 azioni concluse (32%)', 'Italian');
    assertEqual(Pdz.format_count(1234567, 'en'), '1,234,567', 'count');
});

test('labels and texts', () => {
    assertEqual(Pdz.enum_get_label(Pdz.Status.$gtype, Pdz.Status.NOT_STATED, 'it'), 'non indicato', 'status');
    assertEqual(Pdz.enum_get_label(Pdz.PartnerKind.$gtype, Pdz.PartnerKind.OWN_BODY, 'en'),
        'body of the district', 'own body');
    assertEqual(Pdz.format_get_text('project-actions', 'en'), 'Project actions', 'text');
});

test('a table as CSV, and some of its rows', () => {
    const table = plan.dup_table(Pdz.EntityKind.ACTION);
    const subset = table.dup_rows(['piano-poverta-2', 'agenzia-abitare-1']);
    assertEqual(items(subset).map(row => row.get_key()).join(' '), 'piano-poverta-2 agenzia-abitare-1', 'rows');
    const lines = subset.to_csv(Pdz.ReportCsvDialect.RFC4180).split('\r\n');
    assertEqual(lines[0], table.get_columns().join(','), 'header');
    assertEqual(lines.length, 4, 'header, two rows, the end');
});

finish();
