// harness.js: the assertions and the TAP output shared by the GJS tests
//
// SPDX-License-Identifier: LGPL-2.1-or-later
//
// Import with `import {...} from './harness.js'` from a test run as
// `gjs -m tests/gjs/test-NAME.js`.

import GLib from 'gi://GLib';
import System from 'system';

let testNumber = 0;
let failures = 0;

export class AssertionError extends Error {}

export function assert(condition, message) {
    if (!condition)
        throw new AssertionError(message ?? 'assertion failed');
}

export function assertEqual(actual, expected, what) {
    if (actual !== expected) {
        throw new AssertionError(`${what ?? 'value'}: expected ${JSON.stringify(expected)}, ` +
                                 `got ${JSON.stringify(actual)}`);
    }
}

export function assertThrows(func, domain, code, what) {
    try {
        func();
    } catch (e) {
        if (!(e instanceof GLib.Error))
            throw e;
        assert(e.matches(domain, code),
            `${what}: expected error code ${code}, got ${e.code}: ${e.message}`);
        return e;
    }
    throw new AssertionError(`${what}: no error thrown`);
}

// Runs one test and prints its TAP line; a failure does not stop the others.
export function test(name, func) {
    testNumber++;
    try {
        func();
        print(`ok ${testNumber} - ${name}`);
    } catch (e) {
        failures++;
        print(`not ok ${testNumber} - ${name}`);
        for (const line of `${e}\n${e.stack ?? ''}`.trim().split('\n'))
            print(`# ${line}`);
    }
}

// Prints the TAP plan; exits with status 1 if a test failed.
export function finish() {
    print(`1..${testNumber}`);
    if (failures > 0) {
        printerr(`${failures} of ${testNumber} tests failed`);
        System.exit(1);
    }
}

// The values of the environment variables @names, in order; exits with
// status 1 if one of them is not set.
export function requireEnv(...names) {
    const values = names.map(name => GLib.getenv(name));
    if (values.some(value => !value)) {
        printerr(`${names.join(' and ')} must be set`);
        System.exit(1);
    }
    return values;
}

// The path of the example plan, in the directory named by PDZ_EXAMPLES_DIR.
export function examplePlanPath(examplesDir) {
    return GLib.build_filenamev([examplesDir, 'corsichese-2021-2023.json']);
}

// GListModel to array: the model API works in every GJS version.
export function items(model) {
    const result = [];
    for (let i = 0; i < model.get_n_items(); i++)
        result.push(model.get_item(i));
    return result;
}
