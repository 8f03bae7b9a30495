# test_report.py: Pdz.Report through PyGObject, in every format, and the
# partner one-pager example built on the object model
#
# SPDX-License-Identifier: LGPL-2.1-or-later

import csv
import io
import os
import pathlib
import subprocess
import sys
import zipfile

import pytest

from gi.repository import Gio, GLib, Pdz

ONEPAGER = pathlib.Path(__file__).resolve().parents[2] / 'examples' / 'python' / 'partner_onepager.py'


@pytest.fixture
def report(example_plan):
    r = Pdz.Report.new(example_plan)
    r.props.generated = GLib.DateTime.new_utc(2023, 11, 14, 12, 0, 0)
    return r


def text(report):
    return report.to_bytes(None).get_data().decode('utf-8')


def test_defaults(example_plan):
    r = Pdz.Report(plan=example_plan)
    assert r.props.format == Pdz.ReportFormat.HTML
    assert r.props.language is None
    assert r.get_effective_language() == 'it'
    assert r.props.sections == Pdz.ReportSection.ALL
    assert r.props.table == Pdz.ReportTable.ALL
    assert r.props.csv_dialect == Pdz.ReportCsvDialect.RFC4180
    assert r.props.generated is None
    assert r.props.include_diagnostics is False
    assert list(Pdz.Report.get_languages()) == ['it', 'en']


def test_enum_nicks():
    # the nicks are what `pdz report --table` and --csv-dialect take
    assert Pdz.ReportTable.ACTIONS.value_nick == 'actions'
    assert Pdz.ReportTable.FUNDINGS.value_nick == 'fundings'
    assert Pdz.ReportCsvDialect.EXCEL_IT.value_nick == 'excel-it'
    assert Pdz.ReportFormat.MARKDOWN.value_nick == 'markdown'


def test_notify(report):
    seen = []
    report.connect('notify', lambda obj, pspec: seen.append(pspec.name))
    report.props.language = 'en'
    report.props.language = 'en'
    report.props.sections = Pdz.ReportSection.COVER
    report.props.sections = Pdz.ReportSection.COVER
    assert seen == ['language', 'sections']


@pytest.mark.parametrize('language,heading,span', [
    ('it', 'Schema di sintesi', '(Marzo 2022 – Ottobre 2023)'),
    ('en', 'Summary', '(March 2022 – October 2023)'),
])
def test_html(report, language, heading, span):
    report.props.language = language
    page = text(report)
    assert page.startswith('<!DOCTYPE html>\n<html lang="%s">' % language)
    assert '>%s</h2>' % heading in page
    assert span in page
    assert '<script' not in page
    # one chart: the example has too few dated actions and milestones for a
    # chart over time, and no amounts for one of funding
    assert page.count('<svg ') == 1


def test_markdown(report, example_plan):
    report.props.format = Pdz.ReportFormat.MARKDOWN
    md = text(report)
    assert md.startswith('# Piano di Zona 2021-2023\n')
    for objective in example_plan.get_objectives():
        # titles without Markdown-significant characters come out as they are
        if not any(c in objective.props.title for c in '\\`*_[]<>#|'):
            assert objective.props.title in md


def test_csv_tables(report, example_plan):
    report.props.format = Pdz.ReportFormat.CSV
    # the objectives, and a row for the actions of projects
    for table, expected in [(Pdz.ReportTable.OBJECTIVES, len(example_plan.get_objectives()) + 1),
                            (Pdz.ReportTable.PROJECTS, len(example_plan.get_projects())),
                            (Pdz.ReportTable.PARTNERS, len(example_plan.get_partners()))]:
        report.props.table = table
        rows = list(csv.reader(io.StringIO(text(report), newline='')))
        assert len(rows) == expected + 1
        assert len({len(r) for r in rows}) == 1

    report.props.table = Pdz.ReportTable.ALL
    with pytest.raises(GLib.Error) as error:
        report.to_bytes(None)
    assert error.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_SUPPORTED)


def test_xlsx_stream(report):
    report.props.format = Pdz.ReportFormat.XLSX
    stream = Gio.MemoryOutputStream.new_resizable()
    assert report.write_to_stream(stream, None)
    stream.close(None)
    data = stream.steal_as_bytes().get_data()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert 'xl/workbook.xml' in z.namelist()
        sheets = [n for n in z.namelist() if n.startswith('xl/worksheets/sheet')]
        assert len(sheets) == 6


def test_write_path(report, tmp_path):
    report.props.format = Pdz.ReportFormat.MARKDOWN
    path = tmp_path / 'report.md'
    files = report.dup_output_files(str(path))
    assert files == [str(path), str(tmp_path / 'report-1.svg')]
    assert report.write_path(str(path), None)
    assert sorted(p.name for p in tmp_path.iterdir()) == ['report-1.svg', 'report.md']


def test_unknown_language(report):
    report.props.language = 'fr'
    assert report.get_effective_language() is None
    with pytest.raises(GLib.Error) as error:
        report.to_bytes(None)
    assert error.value.matches(Pdz.error_quark(), Pdz.Error.INVALID_VALUE)


def test_source_date_epoch_out_of_range(example_plan, monkeypatch):
    # milliseconds, not seconds: past 9999-12-31, an error, never None
    monkeypatch.setenv('SOURCE_DATE_EPOCH', '1700000000000')
    r = Pdz.Report.new(example_plan)
    with pytest.raises(GLib.Error) as error:
        r.to_bytes(None)
    assert error.value.matches(Pdz.error_quark(), Pdz.Error.INVALID_VALUE)
    assert 'SOURCE_DATE_EPOCH' in error.value.message
    # a date before the year 1000, set in code, is refused too
    monkeypatch.delenv('SOURCE_DATE_EPOCH')
    r.props.generated = GLib.DateTime.new_utc(999, 12, 31, 0, 0, 0)
    with pytest.raises(GLib.Error) as error:
        r.to_bytes(None)
    assert error.value.matches(Pdz.error_quark(), Pdz.Error.INVALID_VALUE)


def test_diagnostics_appendix(report):
    report.props.include_diagnostics = True
    report.props.sections = Pdz.ReportSection.NONE
    page = text(report)
    assert 'Appendice: verifiche sul Piano' in page
    assert 'objective-without-actions' in page


def test_partner_onepager_example(example_path, tmp_path):
    out = tmp_path / 'pages'
    result = subprocess.run([sys.executable, str(ONEPAGER), str(example_path), str(out), '--lang', 'en'],
                            capture_output=True, check=True, env=os.environ)
    written = result.stdout.decode().split()
    plan = Pdz.Plan.new_from_file(str(example_path))
    assert len(written) == len(plan.get_partners())
    page = (out / 'asst-santi-paolo-carlo.md').read_text(encoding='utf-8')
    assert page.startswith('# ASST Santi Paolo e Carlo\n')
    assert '## Actions' in page
    assert 'Prosecuzione contatti con ASST Santi Paolo e Carlo' in page


# Writing files, and the formats this build writes -------------------------------

@pytest.fixture
def small_report(test_data_dir):
    """A report of tests/data/injection.json, which every format renders."""
    plan = Pdz.Plan.load_path(str(test_data_dir / 'injection.json'), None)
    r = Pdz.Report.new(plan)
    r.props.generated = GLib.DateTime.new_utc(2023, 11, 14, 12, 0, 0)
    return r


def test_format_availability():
    assert Pdz.ReportFormat.PDF.value_nick == 'pdf'
    assert Pdz.ReportFormat.ODP.value_nick == 'odp'
    for f in (Pdz.ReportFormat.HTML, Pdz.ReportFormat.MARKDOWN, Pdz.ReportFormat.CSV):
        assert Pdz.ReportFormat.is_available(f)


@pytest.mark.parametrize('fmt,name', [(Pdz.ReportFormat.PDF, 'PDF'), (Pdz.ReportFormat.ODP, 'ODP')])
def test_unavailable_format(small_report, tmp_path, fmt, name):
    if Pdz.ReportFormat.is_available(fmt):
        pytest.skip('this build writes %s' % name)
    small_report.props.format = fmt
    assert small_report.props.format == fmt
    with pytest.raises(GLib.Error) as error:
        small_report.to_bytes(None)
    assert error.value.matches(Pdz.error_quark(), Pdz.Error.UNSUPPORTED)
    assert error.value.message.startswith('this build of libpdz has no %s writer (' % name)
    # NULL: PyGObject 3.42 gives an empty list for a NULL array
    assert not small_report.dup_output_files(str(tmp_path / 'r.out'))
    with pytest.raises(GLib.Error) as error:
        small_report.write_path(str(tmp_path / 'r.out'), None)
    assert error.value.matches(Pdz.error_quark(), Pdz.Error.UNSUPPORTED)
    assert list(tmp_path.iterdir()) == []


def test_write_gfile(small_report, tmp_path):
    path = tmp_path / 'r.html'
    assert small_report.write(Gio.File.new_for_path(str(path)), None)
    assert path.read_bytes() == small_report.to_bytes(None).get_data()
    assert small_report.dup_output_files(str(path)) == [str(path)]


def test_write_errors_name_the_file(small_report, tmp_path):
    # no silent directories: the message names the file asked for, and only it
    target = tmp_path / 'missing' / 'r.html'
    with pytest.raises(GLib.Error) as error:
        small_report.write_path(str(target), None)
    assert error.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND)
    assert error.value.message == '%s: cannot write: No such file or directory' % target
    assert not (tmp_path / 'missing').exists()

    # a file that is not local is refused, by its URI
    remote = Gio.File.new_for_uri('sftp://example.org/reports/r.html')
    with pytest.raises(GLib.Error) as error:
        small_report.write(remote, None)
    assert error.value.matches(Pdz.error_quark(), Pdz.Error.UNSUPPORTED)
    assert 'sftp://example.org/reports/r.html' in error.value.message


def test_csv_directory_is_made_only_under_an_existing_parent(small_report, tmp_path):
    small_report.props.format = Pdz.ReportFormat.CSV
    with pytest.raises(GLib.Error) as error:
        small_report.write_path(str(tmp_path / 'missing' / 'tables'), None)
    assert error.value.matches(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND)
    assert small_report.write_path(str(tmp_path / 'tables'), None)
    assert sorted(p.name for p in (tmp_path / 'tables').iterdir()) == [
        'actions.csv', 'fundings.csv', 'objectives.csv', 'partners.csv', 'projects.csv']


def test_pdf_through_the_binding(small_report, tmp_path):
    if not Pdz.ReportFormat.is_available(Pdz.ReportFormat.PDF):
        pytest.skip('this build has no PDF writer')
    small_report.props.format = Pdz.ReportFormat.PDF
    data = small_report.to_bytes(None).get_data()
    assert data.startswith(b'%PDF-1.5') and data.rstrip().endswith(b'%%EOF')
    # the report's own date: the same bytes again, and in a file
    assert small_report.to_bytes(None).get_data() == data
    small_report.write_path(str(tmp_path / 'r.pdf'), None)
    assert (tmp_path / 'r.pdf').read_bytes() == data


def test_odp_through_the_binding(small_report, tmp_path):
    if not Pdz.ReportFormat.is_available(Pdz.ReportFormat.ODP):
        pytest.skip('this build has no ODP writer')
    small_report.props.format = Pdz.ReportFormat.ODP
    data = small_report.to_bytes(None).get_data()
    assert data[:4] == b'PK\x03\x04' and b'application/vnd.oasis.opendocument.presentation' in data[:100]
    assert small_report.to_bytes(None).get_data() == data
    small_report.write_path(str(tmp_path / 'r.odp'), None)
    assert (tmp_path / 'r.odp').read_bytes() == data
