#!/usr/bin/env -S gjs -m
// summary.js: the summary of a plan, printed and written as a short report
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Usage: gjs -m summary.js [FILE] [OUT.html] [--lang it|en]
//
// Prints the key figures of the plan (Pdz.Stats) and, with OUT.html, writes
// a short report: the cover, the summary and the charts (Pdz.Report with
// only those sections). Without FILE it reads the example plan.
//
// From a build tree, run it as
//   GI_TYPELIB_PATH=_build/libpdz LD_LIBRARY_PATH=_build/libpdz \
//   gjs -m examples/gjs/summary.js

import GLib from 'gi://GLib';
import Pdz from 'gi://Pdz?version=1.0';
import System from 'system';

const here = GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]);

let args = [...ARGV];
let language = null;
const langAt = args.indexOf('--lang');
if (langAt >= 0) {
    language = args[langAt + 1];
    args.splice(langAt, 2);
}

const planPath = args.find(a => a.endsWith('.json')) ??
    GLib.build_filenamev([here, '..', 'data', 'corsichese-2021-2023.json']);
const outPath = args.find(a => !a.endsWith('.json')) ?? null;

function* items(model) {
    for (let i = 0; i < model.get_n_items(); i++)
        yield model.get_item(i);
}

let plan;
try {
    plan = Pdz.Plan.load_path(planPath, null);
} catch (e) {
    printerr(e.message);
    System.exit(1);
}

const stats = Pdz.Stats.new(plan);
print(`${plan.title} — ${plan.ambito}`);
const completed = stats.by_status().lookup_row('completed').get_int('actions');
print(`objectives ${stats.n_objectives}, actions ${stats.n_actions} ` +
      `(${stats.n_extra_actions} extra), projects ${stats.n_projects}; ` +
      `${completed} of ${stats.n_actions} actions completed ` +
      `(${Math.round(stats.completion_rate * 100)}%)`);

// The rows that are not a macroarea of the plan, by their group.
const groups = {'no-macroarea': '(no macroarea)', 'project-actions': 'Project actions'};
for (const row of items(stats.by_macroarea())) {
    const title = row.get_string('title') ?? groups[row.get_string('group')];
    print(`  ${title}: ${row.get_int('actions')} actions, ` +
          `${row.get_int('actions-completed')} completed`);
}

if (outPath) {
    const report = new Pdz.Report({
        plan,
        format: Pdz.ReportFormat.HTML,
        sections: Pdz.ReportSection.COVER | Pdz.ReportSection.SUMMARY |
                  Pdz.ReportSection.CHARTS,
    });
    if (language)
        report.language = language;
    try {
        report.write_path(outPath, null);
    } catch (e) {
        printerr(`${outPath}: ${e.message}`);
        System.exit(1);
    }
    print(`written ${outPath} (${report.get_effective_language()})`);
}
