# Pdz.py: PyGObject overrides for libpdz
#
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Sugar only: everything here is built on the introspected API, so that what
# a Python user can do stays reachable from C, GJS and Vala too.
#
#  - a __repr__ for every entity, e.g.
#    <Pdz.Action id='emergenza-abitativa-2' status=completed date=2023-01-24>;
#  - Pdz.Date: str() and repr() give the ISO text ('2023-11'), and dates
#    compare and hash with pdz_date_compare(), pdz_date_equal() and
#    pdz_date_hash();
#  - to_dict() on the plan and on every entity: plain nested dicts and lists
#    mirroring the JSON plan format (doc/format.md), with the same member
#    names and order, enumerations as their nicks, dates as ISO strings,
#    references as ids and amounts as integer cents. Members that are unset
#    are left out, as the file does; members starting with "x-" are not part
#    of the model and are not exported.
#
# Collections are Gio.ListModels: PyGObject already gives them len(),
# iteration and indexing.

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


def _put(d, name, value):
    """Sets d[name] unless the value is unset (None) or an empty list."""
    if value is None:
        return
    if isinstance(value, (list, tuple)) and len(value) == 0:
        return
    d[name] = value


def _ids(model):
    return [item.get_id() for item in model]


def _dicts(model):
    return [item.to_dict() for item in model]


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


# --- values ----------------------------------------------------------------

class Date(Pdz.Date):
    """A date known to the year, the month or the day.

    str() gives the ISO spelling used in plan files ('2023', '2023-11',
    '2023-11-30'); dates are ordered and hashable.
    """

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

    def to_dict(self):
        """The partner as a dict of the plan format's members."""
        d = {}
        _put(d, 'id', self.get_id())
        _put(d, 'name', self.get_name())
        _put(d, 'short-name', self.get_short_name())
        if self.get_kind() != Pdz.PartnerKind.OTHER:
            d['kind'] = _nick(self.get_kind())
        _put(d, 'website', self.get_website())
        return d


Partner = override(Partner)
__all__.append('Partner')


class Participation(Pdz.Participation):

    def __repr__(self):
        partner = self.get_partner()
        return _repr(self, [('partner', _quoted(partner.get_id() if partner else None)),
                            ('role', _nick(self.get_role()))])

    def to_dict(self):
        """The participation as a dict: the partner's id and the role."""
        d = {}
        partner = self.get_partner()
        if partner is not None:
            _put(d, 'partner', partner.get_id())
        if self.get_role() != Pdz.Role.PARTICIPANT:
            d['role'] = _nick(self.get_role())
        return d


Participation = override(Participation)
__all__.append('Participation')


class Funding(Pdz.Funding):

    def __repr__(self):
        amount = self.get_amount()
        return _repr(self, [('source', _quoted(self.get_source())),
                            ('amount', amount if amount >= 0 else None),
                            ('status', _nick(self.get_status()))])

    def to_dict(self):
        """The funding as a dict; the amount in integer euro cents."""
        d = {}
        _put(d, 'source', self.get_source())
        if self.get_amount() >= 0:
            d['amount'] = self.get_amount()
        if self.get_status() != Pdz.FundingStatus.UNKNOWN:
            d['status'] = _nick(self.get_status())
        return d


Funding = override(Funding)
__all__.append('Funding')


class Measurement(Pdz.Measurement):

    def __repr__(self):
        return _repr(self, [('date', _date_text(self.get_date())),
                            ('value', repr(_number(self.get_value())))])

    def to_dict(self):
        """The measurement as a dict: date, value and note."""
        d = {}
        _put(d, 'date', _date_text(self.get_date()))
        d['value'] = _number(self.get_value())
        _put(d, 'note', self.get_note())
        return d


Measurement = override(Measurement)
__all__.append('Measurement')


class Indicator(Pdz.Indicator):

    def __repr__(self):
        return _repr(self, [('id', _quoted(self.get_id())),
                            ('unit', _quoted(self.get_unit())),
                            ('measurements', len(self.get_measurements()))])

    def to_dict(self):
        """The indicator as a dict, with its baseline, target and measurements."""
        d = {}
        _put(d, 'id', self.get_id())
        _put(d, 'title', self.get_title())
        _put(d, 'unit', self.get_unit())
        baseline = self.get_baseline()
        if baseline is not None:
            d['baseline'] = baseline.to_dict()
        target = self.get_target()
        if target is not None:
            d['target'] = target.to_dict()
        _put(d, 'measurements', _dicts(self.get_measurements()))
        return d


Indicator = override(Indicator)
__all__.append('Indicator')


class Macroarea(Pdz.Macroarea):

    def __repr__(self):
        return _repr(self, [('id', _quoted(self.get_id())),
                            ('code', _quoted(self.get_code())),
                            ('title', _quoted(self.get_title()))])

    def to_dict(self):
        """The macroarea as a dict: id, title and code."""
        d = {}
        _put(d, 'id', self.get_id())
        _put(d, 'title', self.get_title())
        _put(d, 'code', self.get_code())
        return d


Macroarea = override(Macroarea)
__all__.append('Macroarea')


class Action(Pdz.Action):

    def __repr__(self):
        return _repr(self, [('id', _quoted(self.get_id())),
                            ('status', _nick(self.get_status())),
                            ('date', _date_text(self.get_date())),
                            ('end-date', _date_text(self.get_end_date())),
                            ('extra', True if self.get_extra() else None)])

    def to_dict(self):
        """The action as a dict; its projects as ids."""
        d = {}
        _put(d, 'id', self.get_id())
        _put(d, 'title', self.get_title())
        d['status'] = _nick(self.get_status())
        _put(d, 'date', _date_text(self.get_date()))
        _put(d, 'end-date', _date_text(self.get_end_date()))
        if self.get_extra():
            d['extra'] = True
        _put(d, 'partners', _dicts(self.get_participations()))
        _put(d, 'projects', _ids(self.get_projects()))
        _put(d, 'fundings', _dicts(self.get_fundings()))
        _put(d, 'links', list(self.get_links() or []))
        return d


Action = override(Action)
__all__.append('Action')


class Objective(Pdz.Objective):

    def __repr__(self):
        macroarea = self.get_macroarea()
        return _repr(self, [('id', _quoted(self.get_id())),
                            ('kind', _nick(self.get_kind())),
                            ('status', _nick(self.get_status())),
                            ('macroarea', _quoted(macroarea.get_id() if macroarea else None)),
                            ('actions', len(self.get_actions()))])

    def to_dict(self):
        """The objective as a dict, with its indicators and actions; the
        macroarea as an id."""
        d = {}
        _put(d, 'id', self.get_id())
        _put(d, 'title', self.get_title())
        if self.get_kind() != Pdz.ObjectiveKind.PLAN:
            d['kind'] = _nick(self.get_kind())
        macroarea = self.get_macroarea()
        if macroarea is not None:
            d['macroarea'] = macroarea.get_id()
        d['status'] = _nick(self.get_status())
        _put(d, 'description', self.get_description())
        _put(d, 'partners', _dicts(self.get_participations()))
        _put(d, 'indicators', _dicts(self.get_indicators()))
        _put(d, 'actions', _dicts(self.get_actions()))
        return d


Objective = override(Objective)
__all__.append('Objective')


class Project(Pdz.Project):

    def __repr__(self):
        return _repr(self, [('id', _quoted(self.get_id())),
                            ('title', _quoted(self.get_title())),
                            ('status', _nick(self.get_status())),
                            ('scope', _nick(self.get_scope())),
                            ('actions', len(self.get_actions()))])

    def to_dict(self):
        """The project as a dict, with its actions; lead partner and
        objectives as ids."""
        d = {}
        _put(d, 'id', self.get_id())
        _put(d, 'title', self.get_title())
        _put(d, 'description', self.get_description())
        d['status'] = _nick(self.get_status())
        if self.get_scope() != Pdz.Scope.AMBITO:
            d['scope'] = _nick(self.get_scope())
        lead = self.get_lead()
        if lead is not None:
            d['lead'] = lead.get_id()
        _put(d, 'start', _date_text(self.get_start()))
        _put(d, 'end', _date_text(self.get_end()))
        _put(d, 'partners', _dicts(self.get_participations()))
        _put(d, 'fundings', _dicts(self.get_fundings()))
        _put(d, 'objectives', _ids(self.get_objectives()))
        _put(d, 'interventions', list(self.get_interventions() or []))
        _put(d, 'actions', _dicts(self.get_actions()))
        return d


Project = override(Project)
__all__.append('Project')


class Plan(Pdz.Plan):

    def __repr__(self):
        return _repr(self, [('id', _quoted(self.get_id())),
                            ('title', _quoted(self.get_title())),
                            ('objectives', len(self.get_objectives())),
                            ('projects', len(self.get_projects()))])

    def to_dict(self):
        """The whole plan as plain nested dicts and lists, mirroring the
        JSON plan format: json.dumps(plan.to_dict()) has the structure of
        the file plan.to_data() writes, without its "x-" members."""
        d = {'format': 'pdz', 'version': Pdz.FORMAT_VERSION}
        _put(d, 'id', self.get_id())
        _put(d, 'title', self.get_title())
        _put(d, 'ambito', self.get_ambito())
        _put(d, 'language', self.get_language())
        _put(d, 'start', _date_text(self.get_start()))
        _put(d, 'end', _date_text(self.get_end()))
        _put(d, 'municipalities', _ids(self.get_municipalities()))
        lead = self.get_lead_municipality()
        if lead is not None:
            d['lead-municipality'] = lead.get_id()
        contacts = {}
        _put(contacts, 'office', self.get_office())
        _put(contacts, 'email', self.get_email())
        _put(contacts, 'phone', self.get_phone())
        _put(contacts, 'website', self.get_website())
        if contacts:
            d['contacts'] = contacts
        monitoring = {}
        _put(monitoring, 'title', self.get_monitoring_title())
        _put(monitoring, 'start', _date_text(self.get_monitoring_start()))
        _put(monitoring, 'end', _date_text(self.get_monitoring_end()))
        if monitoring:
            d['monitoring'] = monitoring
        _put(d, 'partners', _dicts(self.get_partners()))
        _put(d, 'macroareas', _dicts(self.get_macroareas()))
        _put(d, 'objectives', _dicts(self.get_objectives()))
        _put(d, 'projects', _dicts(self.get_projects()))
        return d


Plan = override(Plan)
__all__.append('Plan')


# --- statistics tables (issue 3) ---

class StatsTable(Pdz.StatsTable):
    """A table of figures computed by Pdz.Stats, a Gio.ListModel of rows.

    rows() gives them as plain data, a list of dicts, one per row, keyed by
    column name in the table's order: strings, ints (counts, amounts in
    cents) and floats (rates), None for an unset string. That is the shape
    pandas.DataFrame() takes:

        pandas.DataFrame(stats.by_macroarea().rows())
    """

    def rows(self):
        columns = list(self.get_columns())
        return [{name: row.get_value(name)[1] for name in columns} for row in self]


StatsTable = override(StatsTable)
__all__.append('StatsTable')
