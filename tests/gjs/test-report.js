// test-report.js: Pdz.Report through GJS, in every format
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Run as `gjs -m tests/gjs/test-report.js` with GI_TYPELIB_PATH and
// LD_LIBRARY_PATH pointing at the build tree; prints TAP.

import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import Pdz from 'gi://Pdz?version=1.0';

import {assert, assertEqual, assertThrows, examplePlanPath, finish, items, requireEnv, test} from './harness.js';

const [examplesDir, testDataDir] = requireEnv('PDZ_EXAMPLES_DIR', 'PDZ_TEST_DATA_DIR');

const plan = Pdz.Plan.new_from_file(examplePlanPath(examplesDir));
const generated = GLib.DateTime.new_utc(2023, 11, 14, 12, 0, 0);
const decoder = new TextDecoder();

function newReport(props = {}) {
    return new Pdz.Report({plan, generated, ...props});
}

function text(report) {
    return decoder.decode(report.to_bytes(null).toArray());
}

test('defaults and properties', () => {
    const report = Pdz.Report.new(plan);
    assertEqual(report.format, Pdz.ReportFormat.HTML, 'format');
    assertEqual(report.language, null, 'language');
    assertEqual(report.get_effective_language(), 'it', 'effective language');
    assertEqual(report.sections, Pdz.ReportSection.ALL, 'sections');
    assertEqual(report.table, Pdz.ReportTable.ALL, 'table');
    assertEqual(report.csv_dialect, Pdz.ReportCsvDialect.RFC4180, 'csv dialect');
    assertEqual(report.include_diagnostics, false, 'include diagnostics');
    assertEqual(report.generated, null, 'generated');

    let notified = [];
    report.connect('notify', (obj, pspec) => notified.push(pspec.name));
    report.language = 'en';
    report.language = 'en';
    report.format = Pdz.ReportFormat.MARKDOWN;
    assertEqual(notified.join(','), 'language,format', 'notifications');
    assertEqual(report.get_effective_language(), 'en', 'effective language');

    const languages = Pdz.Report.get_languages();
    assertEqual(languages.join(','), 'it,en', 'languages');
});

// injection.json renders in every format: these do not depend on the example.
const small = Pdz.Plan.load_path(GLib.build_filenamev([testDataDir, 'injection.json']), null);

test('formats this build writes', () => {
    assertEqual(Pdz.ReportFormat.is_available(Pdz.ReportFormat.HTML), true, 'HTML');
    assertEqual(Pdz.ReportFormat.is_available(Pdz.ReportFormat.CSV), true, 'CSV');
    // PDF and ODP as built (-Dpdf, -Dodf): written from GJS, or refused
    for (const [format, name, magic] of [[Pdz.ReportFormat.PDF, 'PDF', '%PDF-1.5'],
        [Pdz.ReportFormat.ODP, 'ODP', 'PK\x03\x04']]) {
        const report = new Pdz.Report({plan: small, generated, format});
        if (Pdz.ReportFormat.is_available(format)) {
            const bytes = report.to_bytes(null).get_data();
            assertEqual(String.fromCharCode(...bytes.slice(0, magic.length)), magic, name);
            assertEqual(report.dup_output_files(`r.${name.toLowerCase()}`).length, 1, 'one file');
            continue;
        }
        const e = assertThrows(() => report.to_bytes(null), Pdz.Error, Pdz.Error.UNSUPPORTED, name);
        assert(e.message.startsWith(`this build of libpdz has no ${name} writer (`), e.message);
        assertEqual(report.dup_output_files(`r.${name.toLowerCase()}`), null, 'no output files');
    }
});

test('write a GFile; errors name the file', () => {
    const dir = GLib.dir_make_tmp('pdz-report-gjs-XXXXXX');
    const path = GLib.build_filenamev([dir, 'r.html']);
    const report = new Pdz.Report({plan: small, generated});
    assert(report.write(Gio.File.new_for_path(path), null), 'written');
    const [, contents] = GLib.file_get_contents(path);
    assertEqual(decoder.decode(contents), text(report), 'the same bytes as to_bytes');
    GLib.unlink(path);

    const missing = GLib.build_filenamev([dir, 'missing', 'r.html']);
    const e = assertThrows(() => report.write_path(missing, null), Gio.IOErrorEnum,
        Gio.IOErrorEnum.NOT_FOUND, 'a directory that does not exist');
    assertEqual(e.message, `${missing}: cannot write: No such file or directory`, 'message');
    assertEqual(GLib.file_test(GLib.build_filenamev([dir, 'missing']), GLib.FileTest.EXISTS), false,
        'no directory made');
    assertThrows(() => report.write(Gio.File.new_for_uri('sftp://example.org/r.html'), null),
        Pdz.Error, Pdz.Error.UNSUPPORTED, 'not a local file');
    GLib.rmdir(dir);
});

test('HTML, in Italian and English', () => {
    const italian = text(newReport());
    assert(italian.startsWith('<!DOCTYPE html>\n<html lang="it">'), 'doctype');
    assert(italian.includes('Schema di sintesi'), 'summary heading');
    assert(italian.includes('(Marzo 2022 – Ottobre 2023)'), 'span');
    assert(italian.includes('Relazione generata il 14 novembre 2023'), 'generated');
    assert(!italian.includes('<script'), 'no script');

    const english = text(newReport({language: 'en'}));
    assert(english.includes('<html lang="en">'), 'lang');
    assert(english.includes('>Summary<'), 'summary heading');
    assert(!english.includes('Schema di sintesi'), 'no Italian heading');
    assert(english.includes('(March 2022 – October 2023)'), 'span');
});

test('Markdown with charts inline', () => {
    const md = text(newReport({format: Pdz.ReportFormat.MARKDOWN}));
    assert(md.startsWith('# Piano di Zona 2021-2023\n'), 'title');
    // the example has one chart: too few dates for one over time, no amounts
    assertEqual(md.split('](data:image/svg+xml;base64,').length - 1, 1, 'charts');
});

test('sections', () => {
    const md = text(newReport({
        format: Pdz.ReportFormat.MARKDOWN,
        sections: Pdz.ReportSection.COVER | Pdz.ReportSection.FUNDING,
    }));
    assert(md.includes('## Quadro dei finanziamenti'), 'funding');
    assert(!md.includes('## Schema di sintesi'), 'no summary');
});

test('CSV, one table', () => {
    const report = newReport({
        format: Pdz.ReportFormat.CSV,
        table: Pdz.ReportTable.PARTNERS,
        csv_dialect: Pdz.ReportCsvDialect.EXCEL_IT,
    });
    const bytes = report.to_bytes(null).toArray();
    assertEqual(bytes[0], 0xef, 'byte-order mark');
    const csv = decoder.decode(bytes.slice(3));
    const lines = csv.split('\r\n');
    assert(lines[0].startsWith('ID;Denominazione;'), lines[0]);
    assertEqual(lines.length - 2, items(plan.get_partners()).length, 'rows');

    report.table = Pdz.ReportTable.ALL;
    assertThrows(() => report.to_bytes(null), Gio.IOErrorEnum, Gio.IOErrorEnum.NOT_SUPPORTED,
        'every table to bytes');
});

test('XLSX to a stream', () => {
    const report = newReport({format: Pdz.ReportFormat.XLSX});
    const stream = Gio.MemoryOutputStream.new_resizable();
    assert(report.write_to_stream(stream, null), 'written');
    stream.close(null);
    const bytes = stream.steal_as_bytes().toArray();
    assertEqual(String.fromCharCode(...bytes.slice(0, 4)), 'PK\x03\x04', 'zip header');
});

test('files', () => {
    const dir = GLib.dir_make_tmp('pdz-report-gjs-XXXXXX');
    const path = GLib.build_filenamev([dir, 'report.md']);
    const report = newReport({format: Pdz.ReportFormat.MARKDOWN});
    const files = report.dup_output_files(path);
    assertEqual(files.length, 2, 'files');
    assert(report.write_path(path, null), 'written');
    for (const file of files) {
        assert(GLib.file_test(file, GLib.FileTest.IS_REGULAR), file);
        GLib.unlink(file);
    }
    GLib.rmdir(dir);
});

test('an unknown language is an error', () => {
    const report = newReport({language: 'fr'});
    assertEqual(report.get_effective_language(), null, 'effective language');
    assertThrows(() => report.to_bytes(null), Pdz.Error, Pdz.Error.INVALID_VALUE, 'fr');
});

finish();
