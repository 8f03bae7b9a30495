# conftest.py: fixtures shared by the Python binding tests
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# The tests run the real binding against the build tree: meson sets
# GI_TYPELIB_PATH and LD_LIBRARY_PATH to the built library and PYTHONPATH to
# bindings/python, whose gi/overrides/Pdz.py must be the override in use.

import inspect
import os
import pathlib

import gi

gi.require_version('Pdz', '1.0')

from gi.repository import Pdz  # noqa: E402

import pytest  # noqa: E402

SOURCE_ROOT = pathlib.Path(__file__).resolve().parents[2]
OVERRIDES_DIR = SOURCE_ROOT / 'bindings' / 'python'

EXAMPLE_PLAN = 'corsichese-2021-2023.json'


def _env_dir(name, default):
    value = os.environ.get(name)
    return pathlib.Path(value) if value else default


EXAMPLES_DIR = _env_dir('PDZ_EXAMPLES_DIR', SOURCE_ROOT / 'examples' / 'data')
TEST_DATA_DIR = _env_dir('PDZ_TEST_DATA_DIR', SOURCE_ROOT / 'tests' / 'data')


def _check_override_from_tree():
    # An installed Pdz.py earlier on gi.overrides.__path__ would shadow the
    # one under test: refuse to run rather than test the wrong file.
    assert hasattr(Pdz.Plan, 'to_dict'), \
        'the Pdz override is not loaded (PYTHONPATH must hold bindings/python)'
    override_file = pathlib.Path(inspect.getsourcefile(Pdz.Plan.to_dict)).resolve()
    assert OVERRIDES_DIR.resolve() in override_file.parents, \
        'the Pdz override in use is %s, not the one in %s' % (override_file, OVERRIDES_DIR)


_check_override_from_tree()


@pytest.fixture(scope='session')
def examples_dir():
    """The directory of the example plans (PDZ_EXAMPLES_DIR)."""
    return EXAMPLES_DIR


@pytest.fixture(scope='session')
def test_data_dir():
    """The directory of the test inputs (PDZ_TEST_DATA_DIR), with good/ and bad/."""
    return TEST_DATA_DIR


@pytest.fixture(scope='session')
def example_path():
    """The path of the example plan, the Corsichese 2021-2023 monitoring round."""
    path = EXAMPLES_DIR / EXAMPLE_PLAN
    assert path.is_file(), '%s is missing' % path
    return path


@pytest.fixture
def example_plan(example_path):
    """A fresh Pdz.Plan loaded from the example file."""
    return Pdz.Plan.load_path(example_path)


@pytest.fixture(scope='session')
def bad_dir():
    """The directory of the bad inputs, each refused with a known error."""
    return TEST_DATA_DIR / 'bad'
