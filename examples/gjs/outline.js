#!/usr/bin/env -S gjs -m
// outline.js: print the outline of a plan
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Usage: gjs -m outline.js [FILE]
//
// The GJS twin of examples/c/outline.c. From a build tree, run it as
//   GI_TYPELIB_PATH=_build/libpdz LD_LIBRARY_PATH=_build/libpdz \
//   gjs -m examples/gjs/outline.js

import GLib from 'gi://GLib';
import Pdz from 'gi://Pdz?version=1.0';
import System from 'system';

const here = GLib.path_get_dirname(GLib.filename_from_uri(import.meta.url)[0]);
const path = ARGV[0] ?? GLib.build_filenamev([here, '..', 'data', 'corsichese-2021-2023.json']);

function* items(model) {
    for (let i = 0; i < model.get_n_items(); i++)
        yield model.get_item(i);
}

function dateRange(start, end, language) {
    if (!start && !end)
        return null;
    return `${start?.format(language) ?? '?'} – ${end?.format(language) ?? '?'}`;
}

function count(n, word) {
    return `${n} ${n === 1 ? word : `${word}s`}`;
}

// The JSON spelling of a status: its value name, lower case, with dashes.
function statusNick(status) {
    const name = Object.keys(Pdz.Status).find(key => Pdz.Status[key] === status);
    return name?.toLowerCase().replaceAll('_', '-') ?? `${status}`;
}

function printObjective(objective) {
    print(`  - ${objective.title} [${statusNick(objective.status)}]: ` +
          `${count(objective.get_actions().get_n_items(), 'action')}`);
}

let plan;
try {
    plan = Pdz.Plan.load_path(path, null);
} catch (e) {
    printerr(e.message);
    System.exit(1);
}

const language = plan.language ?? 'it';
print(plan.title ?? '(untitled plan)');
if (plan.ambito)
    print(plan.ambito);
const period = dateRange(plan.get_start(), plan.get_end(), language);
if (period)
    print(`Period: ${period}`);
if (plan.monitoring_title)
    print(`Monitoring: ${plan.monitoring_title}`);
const round = dateRange(plan.get_monitoring_start(), plan.get_monitoring_end(), language);
if (round)
    print(`Monitoring period: ${round}`);

const objectives = [...items(plan.get_objectives())];
for (const macroarea of items(plan.get_macroareas())) {
    print(`\n${macroarea.code ? `${macroarea.code}. ` : ''}${macroarea.title}`);
    objectives.filter(o => o.get_macroarea() === macroarea).forEach(printObjective);
}

const orphans = objectives.filter(o => o.get_macroarea() === null);
if (orphans.length > 0) {
    print('\nObjectives without a macroarea');
    orphans.forEach(printObjective);
}

const projects = [...items(plan.get_projects())];
if (projects.length > 0)
    print('\nProjects');
const objectiveActions = objectives.flatMap(o => [...items(o.get_actions())]);
for (const project of projects) {
    let line = `  - ${project.title} [${statusNick(project.status)}]: ` +
        `${count(project.get_actions().get_n_items(), 'action')}`;
    const naming = objectiveActions.filter(a => [...items(a.get_projects())].includes(project));
    if (naming.length > 0)
        line += `, named by ${count(naming.length, 'action')} of objectives`;
    print(line);
}
