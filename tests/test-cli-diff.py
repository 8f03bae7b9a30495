#!/usr/bin/python3
# test-cli-diff.py: pdz diff, run as a subprocess
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# What changed between the example's two rounds, grouped by macroarea and
# objective, in Italian and English; exit codes as diff(1) (0 same, 1
# different, 2 error); plans of different ids refused without --force;
# --format json exactly the library's document and valid against
# doc/pdz-diff-1.schema.json; --format md read by pandoc, plan text never
# taken for markup; colour only on a terminal and never under NO_COLOR;
# --apply to the standard output, to a new file and in place, and its
# conflicts.
#
# Environment: PDZ_BIN, PDZ_EXAMPLES_DIR, PDZ_SCHEMA_DIR; GI_TYPELIB_PATH
# and LD_LIBRARY_PATH for the bindings (their test is skipped without).

import json
import os
import pathlib
import shutil
import subprocess
import tempfile
import unittest

import jsonschema

from pdzcli import bindings, hint, pdz, pdz_on_terminal, write_plan

Pdz = bindings()

SOURCE = pathlib.Path(__file__).resolve().parents[1]
EXAMPLES = pathlib.Path(os.environ.get('PDZ_EXAMPLES_DIR', SOURCE / 'examples' / 'data'))
SCHEMA_DIR = pathlib.Path(os.environ.get('PDZ_SCHEMA_DIR', SOURCE / 'doc'))
OLD = str(EXAMPLES / 'corsichese-2022-12.json')
NEW = str(EXAMPLES / 'corsichese-2021-2023.json')
ESC = '\x1b['
HINT = hint('diff') + '\n'


def read_plan(path):
    return json.loads(pathlib.Path(path).read_text(encoding='utf-8'))


# Two rounds of a small plan: a1 completed, a2 added (extra), b1 removed,
# o2's title changed; a partner joins.
SMALL = {
    'format': 'pdz', 'version': 2, 'id': 'small', 'title': 'Small', 'language': 'en',
    'partners': [{'id': 'comune-a', 'name': 'Comune A', 'kind': 'municipality'}],
    'macroareas': [{'id': 'm1', 'title': 'Housing'}, {'id': 'm2', 'title': 'Youth'}],
    'objectives': [
        {'id': 'o1', 'title': 'Objective one', 'macroarea': 'm1',
         'actions': [{'id': 'a1', 'title': 'First', 'status': 'in-progress'}]},
        {'id': 'o2', 'title': 'Objective two', 'macroarea': 'm2',
         'actions': [{'id': 'b1', 'title': 'Gone', 'status': 'planned'}]},
    ],
}


def small_rounds(directory):
    old = json.loads(json.dumps(SMALL))
    new = json.loads(json.dumps(SMALL))
    new['objectives'][0]['actions'][0]['status'] = 'completed'
    new['objectives'][0]['actions'].append({'id': 'a2', 'title': 'Second', 'origin': 'extra'})
    new['objectives'][1]['title'] = 'Objective two, renamed'
    new['objectives'][1]['actions'] = []
    new['partners'].append({'id': 'ets', 'name': 'ETS', 'kind': 'third-sector'})
    return write_plan(directory, 'old.json', old), write_plan(directory, 'new.json', new)


class Text(unittest.TestCase):
    def test_example_rounds(self):
        status, out, err = pdz('diff', OLD, NEW)
        self.assertEqual((status, err), (1, ''))
        lines = out.splitlines()
        self.assertTrue(lines[0].startswith('Cosa è cambiato: Piano di Zona 2021-2023'), lines[0])
        self.assertIn('dicembre 2022', lines[1])
        self.assertIn('ottobre 2023', lines[1])
        self.assertIn('Transizioni di stato', lines)
        self.assertIn('  in corso → concluso: azioni 1', lines)
        # Grouped: the macroarea, then its objective, then the changes.
        macroarea = lines.index('Macroarea: Politiche abitative')
        objective = lines.index('  Obiettivo: Emergenza abitativa (emergenza-abitativa)')
        change = [i for i, line in enumerate(lines)
                  if '(emergenza-abitativa-2): stato: in corso → concluso' in line]
        self.assertEqual(len(change), 1)
        self.assertLess(macroarea, objective)
        self.assertLess(objective, change[0])
        self.assertTrue(lines[change[0]].startswith('    Azione «'))
        # The next macroarea comes after.
        self.assertLess(change[0], lines.index('Macroarea: Politiche giovanili e per i minori'))
        self.assertIn('Piano', lines)
        self.assertIn('  Piano: fine del monitoraggio: dicembre 2022 → ottobre 2023', lines)
        # The count is the number of changes of the document.
        _, data, _ = pdz('diff', '--format', 'json', OLD, NEW)
        n = len(json.loads(data)['changes'])
        self.assertEqual(lines[-1], '%d modifiche.' % n)
        self.assertNotIn(ESC, out)

    def test_english(self):
        for option in ('--lang', '-l'):
            status, out, err = pdz('diff', option, 'en', OLD, NEW)
            self.assertEqual((status, err), (1, ''))
            self.assertTrue(out.startswith('What changed: '))
            self.assertIn('\nStatus transitions\n', out)
            self.assertIn('  in progress → completed: actions 1\n', out)
            self.assertIn('  Objective: Emergenza abitativa (emergenza-abitativa)\n', out)
            self.assertRegex(out, r'\n\d+ changes\.\n$')

    def test_small(self):
        with tempfile.TemporaryDirectory() as tmp:
            old, new = small_rounds(tmp)
            status, out, err = pdz('diff', old, new)
            self.assertEqual((status, err), (1, ''))
            self.assertEqual(out, (
                'What changed: Small\n'
                '… → …\n'
                '\n'
                'Status transitions\n'
                '  in progress → completed: actions 1\n'
                '\n'
                'Policy area: Housing\n'
                '\n'
                '  Objective: Objective one (o1)\n'
                '    Action “First” (a1): status: in progress → completed\n'
                '    Action “Second” (a2): added\n'
                '\n'
                'Policy area: Youth\n'
                '\n'
                '  Objective: Objective two, renamed (o2)\n'
                '    Objective “Objective two, renamed” (o2): title: “Objective two” → “Objective two, renamed”\n'
                '    Action “Gone” (b1): removed\n'
                '\n'
                'Partners\n'
                '  Partner “ETS” (ets): added\n'
                '\n'
                '5 changes.\n'))

    def test_removed_macroarea(self):
        """A macroarea of the old round only comes after the new round's,
        its heading once, its objective and actions under it."""
        with tempfile.TemporaryDirectory() as tmp:
            old = json.loads(json.dumps(SMALL))
            old['macroareas'].insert(0, {'id': 'm0', 'title': 'Gone area'})
            old['objectives'].insert(0, {'id': 'o0', 'title': 'Gone objective', 'macroarea': 'm0',
                                         'actions': [{'id': 'z1', 'title': 'Gone too'}]})
            new = json.loads(json.dumps(SMALL))
            new['objectives'][1]['actions'][0]['status'] = 'cancelled'
            status, out, err = pdz('diff', write_plan(tmp, 'old.json', old), write_plan(tmp, 'new.json', new))
            self.assertEqual((status, err), (1, ''))
            lines = out.splitlines()
            self.assertEqual(lines.count('Policy area: Gone area'), 1)
            self.assertLess(lines.index('Policy area: Youth'), lines.index('Policy area: Gone area'))
            gone = lines.index('Policy area: Gone area')
            # (the objective removed with what it held: one change)
            self.assertEqual(lines[gone:], [
                'Policy area: Gone area',
                '  Policy area “Gone area” (m0): removed',
                '',
                '  Objective: Gone objective (o0)',
                '    Objective “Gone objective” (o0): removed',
                '',
                '3 changes.',
            ])

    def test_same(self):
        status, out, err = pdz('diff', NEW, NEW)
        self.assertEqual((status, err), (0, ''))
        self.assertTrue(out.endswith('\nNessuna modifica.\n'), out)
        status, out, err = pdz('diff', '-f', 'json', NEW, NEW)
        self.assertEqual((status, err), (0, ''))
        self.assertEqual(json.loads(out)['changes'], [])

    def test_different_plans(self):
        with tempfile.TemporaryDirectory() as tmp:
            other = read_plan(NEW)
            other['id'] = 'another-plan'
            path = write_plan(tmp, 'other.json', other)
            status, out, err = pdz('diff', OLD, path)
            self.assertEqual((status, out), (2, ''))
            self.assertTrue(err.startswith('pdz: diff: %s: ' % path), err)
            self.assertIn('another-plan', err)
            self.assertIn('--force', err)
            self.assertEqual(err.count('\n'), 1)
            status, out, err = pdz('diff', '--force', OLD, path)
            self.assertEqual((status, err), (1, ''))
            self.assertIn('another-plan', out)

    def test_errors(self):
        missing = str(EXAMPLES / 'no-such-plan.json')
        status, out, err = pdz('diff', missing, NEW)
        self.assertEqual((status, out), (2, ''))
        self.assertTrue(err.startswith('pdz: diff: %s: ' % missing), err)
        for args, message in (
                ((NEW,), 'pdz: diff: expected two plan files, OLD and NEW\n'),
                ((OLD, NEW, NEW), 'pdz: diff: expected two plan files, OLD and NEW\n'),
                (('-f', 'html', OLD, NEW), 'pdz: diff: --format: unknown format "html" (expected text, json, md)\n'),
                (('-l', 'fr', OLD, NEW), 'pdz: diff: --lang: unknown language "fr" (expected it, en)\n'),
                (('-o', 'out.json', OLD, NEW),
                 'pdz: diff: --output: only with --apply: redirect the standard output instead\n'),
                (('--apply', 'd.json', '-f', 'json', OLD),
                 'pdz: diff: --apply: takes no --format, --lang, --force nor --ascii\n'),
                (('--apply', 'd.json', OLD, NEW), 'pdz: diff: --apply: expected one PLAN file\n')):
            status, out, err = pdz('diff', *args)
            self.assertEqual((status, out, err), (2, '', message + HINT), args)

    def test_help(self):
        status, out, err = pdz('diff', '--help')
        self.assertEqual((status, err), (0, ''))
        for option in ('-f, --format=FORMAT', '-l, --lang=LANG', '--force', '--apply=DIFF', '-o, --output=OUT'):
            self.assertIn(option, out)
        status, out, _ = pdz('--help')
        for command in ('diff', 'export', 'import'):
            self.assertIn('  %s ' % command, out)


class Colour(unittest.TestCase):
    def test_terminal(self):
        status, out = pdz_on_terminal('diff', OLD, NEW)
        self.assertEqual(status, 1)
        self.assertIn(ESC + '1m', out)     # headings
        self.assertIn(ESC + '32m', out)    # added
        self.assertIn(ESC + '33m', out)    # changed

    def test_no_color(self):
        for value in ('1', 'yes'):
            status, out = pdz_on_terminal('diff', OLD, NEW, NO_COLOR=value)
            self.assertEqual(status, 1)
            self.assertNotIn(ESC, out)

    def test_pipe(self):
        _, out, _ = pdz('diff', OLD, NEW)
        self.assertNotIn(ESC, out)

    def test_hostile_text(self):
        with tempfile.TemporaryDirectory() as tmp:
            old, new = small_rounds(tmp)
            plan = read_plan(new)
            plan['objectives'][0]['actions'][1]['title'] = 'Evil \x1b]0;PWNED\x07 \u202eright-to-left'
            write_plan(tmp, 'new.json', plan)
            for run in (lambda: pdz('diff', old, new)[1], lambda: pdz_on_terminal('diff', old, new)[1]):
                out = run()
                self.assertNotIn('\x1b]', out)
                self.assertNotIn('\x07', out)
                self.assertNotIn('\u202e', out)
                self.assertIn('PWNED', out)


class Json(unittest.TestCase):
    def test_schema(self):
        schema = json.loads((SCHEMA_DIR / 'pdz-diff-1.schema.json').read_text(encoding='utf-8'))
        plan_schema = json.loads((SCHEMA_DIR / 'pdz-2.schema.json').read_text(encoding='utf-8'))
        jsonschema.Draft202012Validator.check_schema(schema)
        # The plan schema, which the diff's refers to, from the tree.
        resolver = jsonschema.RefResolver.from_schema(schema, store={plan_schema['$id']: plan_schema})
        validator = jsonschema.Draft202012Validator(schema, resolver=resolver)
        for old, new in ((OLD, NEW), (NEW, NEW), (NEW, OLD)):
            status, out, err = pdz('diff', '--format', 'json', old, new)
            self.assertEqual(err, '')
            self.assertIn(status, (0, 1))
            document = json.loads(out)
            validator.validate(document)
            self.assertEqual(document['format'], 'pdz-diff')
            self.assertEqual(document['version'], 1)

    @unittest.skipIf(Pdz is None, 'the Python bindings are not available')
    def test_library_document(self):
        """Exactly the document of pdz_diff_to_data()."""
        _, out, _ = pdz('diff', '-f', 'json', OLD, NEW)
        old = Pdz.Plan.load_path(OLD, None)
        new = Pdz.Plan.load_path(NEW, None)
        diff = Pdz.Diff.new_from_plans(old, new, Pdz.DiffFlags.NONE)
        data = diff.to_data()
        if isinstance(data, tuple):
            data = data[0]
        self.assertEqual(out, data)


@unittest.skipIf(shutil.which('pandoc') is None, 'pandoc is not installed')
class Markdown(unittest.TestCase):
    def pandoc(self, text):
        result = subprocess.run(['pandoc', '-f', 'markdown', '-t', 'json'], input=text.encode('utf-8'),
                                capture_output=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        return json.loads(result.stdout)

    def test_pandoc(self):
        status, out, err = pdz('diff', '--format', 'md', OLD, NEW)
        self.assertEqual((status, err), (1, ''))
        self.assertTrue(out.startswith('# Cosa è cambiato'))
        document = self.pandoc(out)
        kinds = [block['t'] for block in document['blocks']]
        self.assertIn('Header', kinds)
        self.assertIn('BulletList', kinds)
        headers = [block['c'][0] for block in document['blocks'] if block['t'] == 'Header']
        self.assertEqual(sorted(set(headers)), [1, 2, 3])
        self.assertNotIn(ESC, out)

    def test_plan_text_is_text(self):
        with tempfile.TemporaryDirectory() as tmp:
            old, new = small_rounds(tmp)
            plan = read_plan(new)
            hostile = 'a) <b>bold</b> *em* [link](http://x) `code` # hash'
            plan['objectives'][0]['actions'][1]['title'] = hostile
            plan['objectives'][0]['title'] = '1. Numbered'
            write_plan(tmp, 'new.json', plan)
            status, out, _ = pdz('diff', '-f', 'md', old, new)
            self.assertEqual(status, 1)
            text = json.dumps(self.pandoc(out))
            for markup in ('OrderedList', 'Emph', 'Strong', 'RawInline', 'Link', 'Code"'):
                self.assertNotIn(markup, text)
            self.assertIn('bold', text)


class Apply(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = pathlib.Path(self.tmp.name)
        status, out, _ = pdz('diff', '-f', 'json', OLD, NEW)
        self.assertEqual(status, 1)
        self.diff = self.dir / 'diff.json'
        self.diff.write_text(out, encoding='utf-8')
        self.plan = self.dir / 'plan.json'
        shutil.copyfile(OLD, self.plan)

    def tearDown(self):
        self.tmp.cleanup()

    def test_stdout(self):
        status, out, err = pdz('diff', '--apply', str(self.diff), str(self.plan))
        self.assertEqual((status, err), (0, ''))
        self.assertEqual(out, pathlib.Path(NEW).read_text(encoding='utf-8'))
        # The plan file is not touched.
        self.assertEqual(self.plan.read_bytes(), pathlib.Path(OLD).read_bytes())

    def test_output(self):
        out = self.dir / 'out.json'
        status, stdout, err = pdz('diff', '--apply', str(self.diff), str(self.plan), '-o', str(out))
        self.assertEqual((status, stdout, err), (0, '', ''))
        self.assertEqual(out.read_bytes(), pathlib.Path(NEW).read_bytes())

    def test_in_place(self):
        os.chmod(self.plan, 0o640)
        status, stdout, err = pdz('diff', '--apply', str(self.diff), str(self.plan), '-o', str(self.plan))
        self.assertEqual((status, stdout, err), (0, '', ''))
        self.assertEqual(self.plan.read_bytes(), pathlib.Path(NEW).read_bytes())
        self.assertEqual(os.stat(self.plan).st_mode & 0o777, 0o640)
        self.assertEqual([p.name for p in self.dir.iterdir() if p.name.startswith('plan.json')],
                         ['plan.json'])
        # Now the two rounds are the same.
        status, _, _ = pdz('diff', NEW, str(self.plan))
        self.assertEqual(status, 0)

    def test_conflict(self):
        """A second apply finds the new values where it expects the old:
        exit 2, the change named, the file unchanged."""
        shutil.copyfile(NEW, self.plan)
        before = self.plan.read_bytes()
        status, stdout, err = pdz('diff', '--apply', str(self.diff), str(self.plan), '-o', str(self.plan))
        self.assertEqual((status, stdout), (2, ''))
        self.assertTrue(err.startswith('pdz: diff: %s: change ' % self.plan), err)
        self.assertEqual(self.plan.read_bytes(), before)

    def test_keeps_unrelated_edits(self):
        plan = read_plan(self.plan)
        plan['ambito'] = 'Ambito edited since'
        write_plan(self.dir, 'plan.json', plan)
        status, _, err = pdz('diff', '--apply', str(self.diff), str(self.plan), '-o', str(self.plan))
        self.assertEqual((status, err), (0, ''))
        self.assertEqual(read_plan(self.plan)['ambito'], 'Ambito edited since')
        self.assertEqual(read_plan(self.plan)['monitoring'], read_plan(NEW)['monitoring'])

    def test_read_only(self):
        os.chmod(self.plan, 0o444)
        status, _, err = pdz('diff', '--apply', str(self.diff), str(self.plan), '-o', str(self.plan))
        self.assertEqual(status, 2)
        self.assertTrue(err.startswith('pdz: diff: %s: ' % self.plan), err)
        self.assertEqual(self.plan.read_bytes(), pathlib.Path(OLD).read_bytes())

    def test_bad_diff(self):
        self.diff.write_text('{"format": "pdz-diff", "version": 99}\n', encoding='utf-8')
        status, out, err = pdz('diff', '--apply', str(self.diff), str(self.plan))
        self.assertEqual((status, out), (2, ''))
        self.assertTrue(err.startswith('pdz: diff: %s: ' % self.diff), err)


if __name__ == '__main__':
    unittest.main(verbosity=2)
