# Pdz.py: PyGObject overrides for libpdz
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Sugar only: everything here is built on the introspected API, so that what
# a Python user can do stays reachable from C, GJS and Vala too (the name of
# the plain call is given with each item).
#
#  - a __repr__ for every entity, e.g.
#    <Pdz.Action id='emergenza-abitativa-2' status=completed milestones=1>;
#  - Pdz.Date: str() and repr() give the ISO text ('2023-11'); dates compare
#    and hash with pdz_date_compare(), pdz_date_equal() and pdz_date_hash();
#    Date.from_date(datetime.date) and date.to_date() convert at day
#    precision, and to_date() raises ValueError naming the precision of a
#    date known to the year or the month only;
#  - to_dict() on the plan and on every entity: json.loads() of the JSON
#    text the library writes (pdz_plan_to_data(), pdz_entity_to_data()),
#    so the format is spelled once, in C; Plan.from_dict() is its inverse;
#  - Plan.new_from_data() takes a str of any content, or bytes, bytearray
#    or memoryview (pdz_plan_new_from_bytes()); Plan.to_data() and
#    Pdz.entity_to_data() return the text alone, not (text, length);
#  - Plan.load(), load_path(), save() and save_path() with keyword
#    defaults for the cancellable and the flags; paths may be os.PathLike;
#  - Pdz.StatsTable iterates as dicts, one per row (column -> value, None
#    for a null cell), so that pandas.DataFrame(table) works; rows() is the
#    same list; a Pdz.StatsRow reads like a dict (row['actions'],
#    to_dict()); Plan.rows(kind) gives the rows of pdz_plan_dup_table().
#
# Collections are Gio.ListModels: PyGObject already gives them len(),
# iteration and indexing.

import datetime
import json
import os

from gi.repository import GLib

from ..module import get_introspection_module
from ..overrides import override

Pdz = get_introspection_module('Pdz')

__all__ = []


# --- helpers ---------------------------------------------------------------

def _nick(value):
    """The JSON spelling of an enumeration value: its GEnum nick."""
    return value.value_nick


def _date_text(date):
    return date.to_string() if date is not None else None


def _number(value):
    """A measurement value as the file spells it: integral values as int."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _count(model):
    """The number of items of a list model, or None when there are none."""
    n = model.get_n_items()
    return n if n > 0 else None


def _repr(self, fields):
    """<Pdz.Type a='text' b=nick ...>, leaving out fields that are None."""
    parts = ['<Pdz.%s' % type(self).__name__]
    for name, value in fields:
        if value is None:
            continue
        parts.append('%s=%s' % (name, value))
    return ' '.join(parts) + '>'


def _quoted(text):
    return repr(text) if text is not None else None


def _id_of(entity):
    return _quoted(entity.get_id()) if entity is not None else None


def entity_to_data(entity):
    """The JSON text of a plan or of any entity of a plan, as a str.

    Wraps Pdz.entity_to_data() (pdz_entity_to_data() in C), which the
    binding would otherwise return as a (text, length) pair."""
    return Pdz.entity_to_data(entity)[0]


__all__.append('entity_to_data')


def _to_dict(self):
    """The entity as plain dicts and lists: json.loads() of its JSON text
    (Pdz.entity_to_data()), with the member names and order of the plan
    format, enumerations as nicks, dates as ISO strings, references as ids,
    amounts as integer cents, and its "x-" members."""
    return json.loads(entity_to_data(self))


# --- values ----------------------------------------------------------------

class Date(Pdz.Date):
    """A date known to the year, the month or the day.

    str() gives the ISO spelling used in plan files ('2023', '2023-11',
    '2023-11-30'); dates are ordered and hashable. Date.from_date() and
    to_date() convert to and from datetime.date, at day precision only.
    """

    @staticmethod
    def from_date(value):
        """A Pdz.Date known to the day, from a datetime.date (of a
        datetime.datetime, its date). The same as
        Pdz.Date.new_day(value.year, value.month, value.day)."""
        if isinstance(value, datetime.datetime):
            value = value.date()
        if not isinstance(value, datetime.date):
            raise TypeError('expected a datetime.date, got %s' % type(value).__name__)
        return Pdz.Date.new_day(value.year, value.month, value.day)

    def to_date(self):
        """The datetime.date of a date known to the day.

        A date known to the year or the month only is not one day: it
        raises ValueError, naming the precision. Its first and last days
        are dup_first_day() and dup_last_day()."""
        precision = self.get_precision()
        if precision != Pdz.DatePrecision.DAY:
            raise ValueError('Pdz.Date %s has %s precision, not day: it is not one day '
                             '(dup_first_day() and dup_last_day() give its span)'
                             % (self.to_string(), _nick(precision)))
        return datetime.date(self.get_year(), self.get_month(), self.get_day())

    def __str__(self):
        return self.to_string()

    def __repr__(self):
        return '<Pdz.Date %s>' % self.to_string()

    def __eq__(self, other):
        if not isinstance(other, Pdz.Date):
            return NotImplemented
        return Pdz.Date.equal(self, other)

    def __ne__(self, other):
        if not isinstance(other, Pdz.Date):
            return NotImplemented
        return not Pdz.Date.equal(self, other)

    def __lt__(self, other):
        if not isinstance(other, Pdz.Date):
            return NotImplemented
        return Pdz.Date.compare(self, other) < 0

    def __le__(self, other):
        if not isinstance(other, Pdz.Date):
            return NotImplemented
        return Pdz.Date.compare(self, other) <= 0

    def __gt__(self, other):
        if not isinstance(other, Pdz.Date):
            return NotImplemented
        return Pdz.Date.compare(self, other) > 0

    def __ge__(self, other):
        if not isinstance(other, Pdz.Date):
            return NotImplemented
        return Pdz.Date.compare(self, other) >= 0

    def __hash__(self):
        return Pdz.Date.hash(self)


Date = override(Date)
__all__.append('Date')


# --- entities --------------------------------------------------------------

class Partner(Pdz.Partner):

    def __repr__(self):
        return _repr(self, [('id', _quoted(self.get_id())),
                            ('name', _quoted(self.get_display_name())),
                            ('kind', _nick(self.get_kind()))])

    to_dict = _to_dict


Partner = override(Partner)
__all__.append('Partner')


class Participation(Pdz.Participation):

    def __repr__(self):
        return _repr(self, [('partner', _id_of(self.get_partner())),
                            ('role', _nick(self.get_role()))])

    to_dict = _to_dict


Participation = override(Participation)
__all__.append('Participation')


class Funding(Pdz.Funding):

    def __repr__(self):
        amount = self.get_amount()
        return _repr(self, [('source', _quoted(self.get_source())),
                            ('amount', amount if amount >= 0 else None),
                            ('status', _nick(self.get_status()))])

    to_dict = _to_dict


Funding = override(Funding)
__all__.append('Funding')


class Measurement(Pdz.Measurement):

    def __repr__(self):
        return _repr(self, [('date', _date_text(self.get_date())),
                            ('value', repr(_number(self.get_value())))])

    to_dict = _to_dict


Measurement = override(Measurement)
__all__.append('Measurement')


class Indicator(Pdz.Indicator):

    def __repr__(self):
        return _repr(self, [('id', _quoted(self.get_id())),
                            ('unit', _quoted(self.get_unit())),
                            ('measurements', len(self.get_measurements()))])

    to_dict = _to_dict


Indicator = override(Indicator)
__all__.append('Indicator')


class Macroarea(Pdz.Macroarea):

    def __repr__(self):
        return _repr(self, [('id', _quoted(self.get_id())),
                            ('code', _quoted(self.get_code())),
                            ('title', _quoted(self.get_title()))])

    to_dict = _to_dict


Macroarea = override(Macroarea)
__all__.append('Macroarea')


class Milestone(Pdz.Milestone):

    def __repr__(self):
        return _repr(self, [('date', _date_text(self.get_date())),
                            ('title', _quoted(self.get_title()))])

    to_dict = _to_dict


Milestone = override(Milestone)
__all__.append('Milestone')


class Action(Pdz.Action):

    def __repr__(self):
        origin = self.get_origin()
        return _repr(self, [('id', _quoted(self.get_id())),
                            ('status', _nick(self.get_status())),
                            ('origin', _nick(origin) if origin != Pdz.Origin.NOT_STATED else None),
                            ('date', _date_text(self.get_date())),
                            ('end-date', _date_text(self.get_end_date())),
                            ('milestones', _count(self.get_milestones())),
                            ('actions', _count(self.get_actions()))])

    to_dict = _to_dict


Action = override(Action)
__all__.append('Action')


class Objective(Pdz.Objective):

    def __repr__(self):
        macroarea = self.get_macroarea()
        return _repr(self, [('id', _quoted(self.get_id())),
                            ('kind', _nick(self.get_kind())),
                            ('status', _nick(self.get_status())),
                            ('macroarea', _id_of(macroarea)),
                            ('actions', len(self.get_actions()))])

    to_dict = _to_dict


Objective = override(Objective)
__all__.append('Objective')


class Project(Pdz.Project):

    def __repr__(self):
        return _repr(self, [('id', _quoted(self.get_id())),
                            ('title', _quoted(self.get_title())),
                            ('status', _nick(self.get_status())),
                            ('scope', _nick(self.get_scope())),
                            ('actions', len(self.get_actions()))])

    to_dict = _to_dict


Project = override(Project)
__all__.append('Project')


class Plan(Pdz.Plan):
    """A Piano di Zona and its monitoring round.

    Reading and writing:

        plan = Pdz.Plan.load_path('piano.json')
        plan = Pdz.Plan.new_from_data(text)       # str, bytes, bytearray
        plan = Pdz.Plan.from_dict(d)
        plan.save_path('piano.json')
        text, d = plan.to_data(), plan.to_dict()

    Tables for pandas:

        pandas.DataFrame(plan.rows(Pdz.EntityKind.ACTION))
    """

    def __repr__(self):
        return _repr(self, [('id', _quoted(self.get_id())),
                            ('title', _quoted(self.get_title())),
                            ('objectives', len(self.get_objectives())),
                            ('projects', len(self.get_projects()))])

    @classmethod
    def new_from_data(cls, data, length=-1):
        """Reads a plan from its JSON text: a str of any content, or its
        UTF-8 encoding as bytes, bytearray or memoryview. @length, as in C,
        counts bytes of the UTF-8 text; -1 (the default) reads it all.

        The text goes to the library as bytes (pdz_plan_new_from_bytes()),
        so that what C calls the length is never a count of characters.
        Raises GLib.Error as the library does."""
        if isinstance(data, str):
            raw = data.encode('utf-8')
        else:
            try:
                raw = bytes(memoryview(data))
            except TypeError:
                raise TypeError('expected str or bytes-like data, got %s'
                                % type(data).__name__) from None
        if length is not None and length >= 0:
            raw = raw[:length]
        return Pdz.Plan.new_from_bytes(GLib.Bytes.new(raw))

    @classmethod
    def from_dict(cls, d):
        """Reads a plan from plain dicts and lists shaped like the plan
        format: the inverse of to_dict(). It is checked as a file is, and
        errors name the offending value by its JSON pointer."""
        return cls.new_from_data(json.dumps(d, ensure_ascii=False))

    @staticmethod
    def load(file, cancellable=None):
        """Reads a plan from a Gio.File (pdz_plan_load())."""
        return Pdz.Plan.load(file, cancellable)

    @staticmethod
    def load_path(path, cancellable=None):
        """Reads a plan from a path, a str or an os.PathLike
        (pdz_plan_load_path())."""
        return Pdz.Plan.load_path(os.fspath(path), cancellable)

    def save(self, file, flags=Pdz.SaveFlags.NONE, cancellable=None):
        """Saves the plan to a Gio.File (pdz_plan_save())."""
        return Pdz.Plan.save(self, file, flags, cancellable)

    def save_path(self, path, flags=Pdz.SaveFlags.NONE, cancellable=None):
        """Saves the plan to a path, a str or an os.PathLike
        (pdz_plan_save_path())."""
        return Pdz.Plan.save_path(self, os.fspath(path), flags, cancellable)

    def to_data(self):
        """The plan's JSON text in canonical form, as a str
        (pdz_plan_to_data() without the length)."""
        return Pdz.Plan.to_data(self)[0]

    def to_dict(self):
        """The whole plan as plain dicts and lists: json.loads() of
        to_data(), "x-" members included, so that
        Pdz.Plan.from_dict(plan.to_dict()) is the same plan."""
        return json.loads(self.to_data())

    def rows(self, kind):
        """The entities of one kind as a list of dicts, one per entity:
        the rows of dup_table(kind), for pandas.DataFrame()."""
        return self.dup_table(kind).rows()


Plan = override(Plan)
__all__.append('Plan')


# --- statistics tables -------------------------------------------------------

class StatsRow(Pdz.StatsRow):
    """One row of a Pdz.StatsTable. It reads like a dict keyed by column
    name: row['actions'], 'actions' in row, dict(row), row.to_dict()."""

    def __getitem__(self, column):
        """The value of @column: a str, an int (counts, amounts in cents)
        or a float (rates), None for a null cell. KeyError for a column the
        row does not have."""
        if not isinstance(column, str) or not self.has_column(column):
            raise KeyError(column)
        if self.is_null(column):
            return None
        return self.get_value(column)[1]

    def __contains__(self, column):
        return isinstance(column, str) and self.has_column(column)

    def __iter__(self):
        return iter(self.get_columns())

    def keys(self):
        return list(self.get_columns())

    def to_dict(self):
        """The row as a dict, column -> value, in the table's order."""
        return {column: self[column] for column in self.get_columns()}

    def __repr__(self):
        return _repr(self, [('key', _quoted(self.get_key()))])


StatsRow = override(StatsRow)
__all__.append('StatsRow')


class StatsTable(Pdz.StatsTable):
    """A table of figures (Pdz.Stats) or of entities (Plan.dup_table()).

    Iterating gives one dict per row, keyed by column name in the table's
    order: strings, ints (counts, amounts in cents) and floats (rates), None
    for a null cell. That is what pandas.DataFrame() takes:

        pandas.DataFrame(stats.by_macroarea())

    rows() is the same list. Indexing gives the Pdz.StatsRow objects, as
    for any Gio.ListModel; lookup_row(key) finds one by its key, and
    to_json() gives the table as JSON text.
    """

    def __iter__(self):
        for i in range(self.get_n_items()):
            yield self.get_item(i).to_dict()

    def __contains__(self, item):
        if isinstance(item, Pdz.StatsRow):
            return any(self.get_item(i) == item for i in range(self.get_n_items()))
        return any(row == item for row in self)

    def rows(self):
        """The rows as a list of dicts: list(table)."""
        return list(self)

    def __repr__(self):
        return _repr(self, [('name', _quoted(self.get_name())),
                            ('rows', self.get_n_items())])


StatsTable = override(StatsTable)
__all__.append('StatsTable')
