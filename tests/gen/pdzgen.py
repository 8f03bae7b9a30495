#!/usr/bin/python3
# pdzgen.py: the project's seeded random-plan generator (format "pdz", version 2)
#
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Seeded random plans in format "pdz" version 2, for tests and benchmarks.

One generator for the whole project: later tests extend this module rather
than write their own. Everything is a pure function of its arguments (a
seed and a shape): the same call gives the same plan, and dump() the same
bytes, on every run and machine. Only the standard library is used, and
randomness comes from a random.Random(seed) of its own, never from the
module-level functions of random.

The API:

    generate(seed, shape=None, **overrides) -> dict
        A valid version-2 plan in canonical member order. `shape` is a
        Shape; keyword overrides change some of its fields
        (generate(7, objectives=3, hostile=True)).
    dump(plan) -> str
        The canonical text: json.dumps(indent=2, ensure_ascii=False) and a
        final newline.
    edit(plan, seed, n_edits, hostile=False) -> (new_plan, edits)
        A copy of the plan after n random edits, still valid, and the list of
        the edits made (dicts, see EDIT_KINDS and README.md).
    count(plan) -> dict
        Hand-computable figures by the counting rule of format v2 (bullets
        are top-level actions, each under its one owner; project actions in
        a row of their own). Independent of libpdz.
    problems(plan) -> list of str
        What makes a plan invalid or not canonical (ids, references, dates,
        amounts, enumerations, nesting, member order); [] when all is well.
    canonicalize(plan) -> dict
        The same plan with members in canonical order.
    upgrade_v1(plan) -> dict
        A version-1 plan as version 2, with its libpdz 0.1 meaning.
    preset_plans(name, seed, plans=None, **overrides) -> iterator
        (file name, plan) for the presets "lombardia", "italia", "one-big".
    gen_plan_compat(objectives, actions, partners) -> dict
        The plan tests/perf/gen-plan.py has always written, in version 2.

The command line is described by `pdzgen.py --help` and README.md.
"""

import argparse
import calendar
import copy
import dataclasses
import datetime
import itertools
import json
import math
import os
import random
import re
import sys

FORMAT = "pdz"
VERSION = 2

# Enumerations of format version 2, in the order of the spec. "Not stated"
# is not a value: the member is left out (None below).
STATUSES = ("planned", "in-progress", "completed", "suspended", "cancelled")
ORIGINS = ("planned", "extra")
ROLES = ("lead", "partner", "signatory", "funder", "contractor", "participant", "consulted")
SCOPES = ("ambito", "sovra-ambito", "regional", "national")
FUNDING_STATUSES = ("applied", "granted", "not-funded", "reported")
# The first of these two is the default, written by leaving "kind" out.
OBJECTIVE_KINDS = ("plan", "health-integration")
PARTNER_KINDS = (
    "other", "municipality", "ambito", "own-body", "health-trust",
    "health-protection-agency", "housing-agency", "prefecture", "court",
    "metropolitan-city", "region", "ministry", "public-agency",
    "association-of-municipalities", "third-sector", "professional-order",
    "employment-agency", "school", "private-operator",
)

# Canonical member order (doc/format.md and the v2 spec); "x-" members
# follow, in the order they were added.
MEMBERS = {
    "plan": ("format", "version", "id", "title", "description", "ambito", "language",
             "start", "end", "municipalities", "lead-municipality", "contacts",
             "monitoring", "partners", "macroareas", "objectives", "projects"),
    "contacts": ("office", "email", "phone", "website"),
    "monitoring": ("title", "start", "end"),
    "partner": ("id", "name", "short-name", "kind", "website"),
    "macroarea": ("id", "title", "code"),
    "objective": ("id", "title", "kind", "macroarea", "status", "description",
                  "partners", "indicators", "actions"),
    "action": ("id", "title", "status", "origin", "date", "end-date", "milestones",
               "partners", "projects", "fundings", "links", "actions"),
    "sub-action": ("id", "title", "status", "origin", "date", "end-date", "milestones",
                   "partners", "projects", "fundings", "links"),
    "milestone": ("date", "title"),
    "project": ("id", "title", "description", "status", "scope", "lead", "start", "end",
                "partners", "fundings", "objectives", "interventions", "actions"),
    "participation": ("partner", "role"),
    "funding": ("source", "amount", "status"),
    "indicator": ("id", "title", "unit", "baseline", "target", "measurements"),
    "measurement": ("date", "value", "note"),
}

MAX_AMOUNT = 2 ** 53 - 1
DATE_RE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")


# --- The shape of a generated plan -------------------------------------------


@dataclasses.dataclass(frozen=True)
class Shape:
    """What generate() makes. Counts are exact; rates are probabilities."""

    objectives: int = 5             # objectives
    actions: int = 6                # top-level actions per objective
    macroareas: int = 4             # macroareas (an objective may have none)
    partners: int = 24              # partners; 19 or more give every kind
    municipalities: int = 5         # partners of kind municipality (member municipalities)
    projects: int = 3               # projects
    project_actions: int = 2        # top-level actions per project
    sub_action_rate: float = 0.2    # share of top-level actions with 1-3 sub-actions
    milestone_rate: float = 0.15    # share of actions with 1-3 milestones
    indicator_rate: float = 0.6     # share of objectives with 1-2 indicators
    participation_rate: float = 0.6  # share of actions with 1-3 participations
    funding_rate: float = 0.3       # share of actions with 1-2 fundings
    link_rate: float = 0.15         # share of actions with links
    project_link_rate: float = 0.12  # share of actions that name 1-2 projects
    extension_rate: float = 0.03    # share of objects with "x-" members
    hostile: bool = False           # hostile text, ids and values (see README.md)
    plan_id: str = ""               # the plan's id ("" = derived from the seed)
    ambito: str = ""                # the Ambito's name ("" = drawn at random)

    def check(self):
        for field in ("objectives", "actions", "macroareas", "partners", "municipalities",
                      "projects", "project_actions"):
            if getattr(self, field) < 0:
                raise ValueError(f"{field} must be zero or more")
        if self.municipalities > self.partners:
            raise ValueError("municipalities must not be more than partners")
        for field in ("sub_action_rate", "milestone_rate", "indicator_rate",
                      "participation_rate", "funding_rate", "link_rate",
                      "project_link_rate", "extension_rate"):
            if not 0.0 <= getattr(self, field) <= 1.0:
                raise ValueError(f"{field} must be between 0 and 1")


# Realistic mixes for the speed issues: many Ambiti, or one huge plan.
_BIG_MIX = dict(sub_action_rate=0.12, milestone_rate=0.1, indicator_rate=0.8,
                participation_rate=0.55, funding_rate=0.35, link_rate=0.1,
                project_link_rate=0.08, extension_rate=0.01)


@dataclasses.dataclass(frozen=True)
class Preset:
    plans: int          # how many plan files
    shape: Shape
    directory: bool     # written into a directory (-o DIR) rather than one file


PRESETS = {
    # Lombardy: 91 Ambiti, one plan each, 40 objectives of 25 actions.
    "lombardia": Preset(91, Shape(objectives=40, actions=25, macroareas=11, partners=60,
                                  municipalities=8, projects=10, project_actions=4, **_BIG_MIX),
                        directory=True),
    # Italy: 600 such plans.
    "italia": Preset(600, Shape(objectives=40, actions=25, macroareas=11, partners=60,
                                municipalities=8, projects=10, project_actions=4, **_BIG_MIX),
                     directory=True),
    # One plan of 100,000 objective actions (2,000 objectives of 50), plus
    # 400 project actions and the sub-actions.
    "one-big": Preset(1, Shape(objectives=2000, actions=50, macroareas=11, partners=400,
                               municipalities=30, projects=100, project_actions=4, **_BIG_MIX),
                      directory=False),
}


# --- Vocabulary ----------------------------------------------------------------

_TOWNS = (
    "Corsico", "Buccinasco", "Cesano Boscone", "Cusago", "Trezzano sul Naviglio",
    "Assago", "Rozzano", "Opera", "Pieve Emanuele", "Basiglio", "Locate di Triulzi",
    "Abbiategrasso", "Magenta", "Rho", "Legnano", "Garbagnate Milanese", "Bollate",
    "Sesto San Giovanni", "Cinisello Balsamo", "Paderno Dugnano", "Melzo", "Pioltello",
    "San Donato Milanese", "San Giuliano Milanese", "Melegnano", "Vimercate", "Monza",
    "Lecco", "Como", "Varese", "Busto Arsizio", "Gallarate", "Saronno", "Bergamo",
    "Treviglio", "Brescia", "Chiari", "Mantova", "Cremona", "Crema", "Lodi", "Pavia",
    "Vigevano", "Voghera", "Sondrio", "Tirano", "Morbegno", "Seriate", "Dalmine",
)
_PROVINCES = ("Milano", "Bergamo", "Brescia", "Como", "Cremona", "Lecco", "Lodi",
              "Mantova", "Monza e Brianza", "Pavia", "Sondrio", "Varese")

# Lombardy's macroareas (codes A-J) and a local area without a code.
_MACROAREAS = (
    ("A", "Contrasto alla povertà e all'emarginazione sociale"),
    ("B", "Politiche abitative"),
    ("C", "Promozione inclusione attiva"),
    ("D", "Domiciliarità"),
    ("E", "Anziani"),
    ("F", "Digitalizzazione dei servizi"),
    ("G", "Politiche giovanili e per i minori"),
    ("H", "Interventi connessi alle politiche per il lavoro"),
    ("I", "Interventi per la famiglia"),
    ("J", "Interventi a favore di persone con disabilità"),
    (None, "Azioni di sistema"),
)
_MACROAREAS_EN = (
    ("A", "Fighting poverty and social exclusion"), ("B", "Housing"),
    ("C", "Active inclusion"), ("D", "Home care"), ("E", "Older people"),
    ("F", "Digital services"), ("G", "Youth and children"), ("H", "Employment"),
    ("I", "Families"), ("J", "People with disabilities"), (None, "System actions"),
)

_VOCAB = {
    "it": {
        "objective-head": ("Rafforzamento", "Sviluppo", "Consolidamento", "Promozione",
                           "Ridefinizione", "Integrazione", "Qualificazione", "Ampliamento"),
        "objective-topic": (
            "della rete dei servizi domiciliari", "degli interventi per l'emergenza abitativa",
            "del Servizio Tutela Minori", "dell'inclusione lavorativa",
            "delle politiche giovanili", "della co-progettazione con il Terzo Settore",
            "dell'accesso ai servizi (PUA)", "dei percorsi per le persone con disabilità",
            "del sostegno alle famiglie fragili", "della rete antiviolenza",
            "dell'integrazione sociosanitaria con l'ASST", "della cartella sociale informatizzata",
            "dei servizi per gli anziani soli", "del contrasto alla povertà educativa",
            "delle dimissioni protette", "dell'housing temporaneo"),
        "action-head": ("Avvio", "Sottoscrizione", "Attivazione", "Prosecuzione", "Costituzione",
                        "Affidamento", "Monitoraggio", "Organizzazione", "Approvazione",
                        "Rinnovo", "Gestione", "Definizione", "Aggiornamento", "Adozione"),
        "action-topic": (
            "del protocollo d'intesa", "dello sportello sociale", "del tavolo di coprogrammazione",
            "del servizio di assistenza domiciliare", "del bando per l'accreditamento",
            "delle linee guida per l'accesso", "del regolamento ISEE", "dell'équipe multidisciplinare",
            "del servizio di pronto intervento sociale", "della banca dati dei beneficiari",
            "del percorso formativo per gli operatori", "dell'accordo di programma",
            "del progetto personalizzato", "della convenzione con l'ALER",
            "delle attività estive per i minori", "del servizio di trasporto sociale"),
        "action-tail": ("", "", "", " con le scuole del territorio", " con i Comuni dell'Ambito",
                        " per il {year}", " (seconda annualità)", " in collaborazione con gli ETS"),
        "sub-action": ("Incontro con gli operatori", "Raccolta delle adesioni", "Verbale del tavolo",
                       "Report intermedio", "Formazione degli operatori", "Comunicazione alle famiglie",
                       "Pubblicazione dell'avviso", "Verifica dei requisiti", "Questionario di gradimento"),
        "milestone": ("Tavolo di confronto", "Firma del protocollo", "Delibera dell'Assemblea dei Sindaci",
                      "Avvio del servizio", "Scadenza del bando", "Incontro pubblico", "Rendicontazione",
                      "Approvazione della graduatoria"),
        "objective-description": ("Obiettivo del Piano di Zona, ripreso dal documento di programmazione.",
                                  "Garantire continuità ai servizi avviati nel triennio precedente.",
                                  "Azioni condivise con i Comuni e con il Terzo Settore.\nSeconda riga."),
        "project-description": ("Progetto finanziato su bando.", "Progetto sovra-ambito.",
                                "Progetto in rete con gli Ambiti vicini."),
        "intervention": ("Sportello di ascolto", "Laboratori nelle scuole", "Educativa domiciliare",
                         "Tirocini di inclusione", "Gruppi di auto-mutuo aiuto", "Housing temporaneo",
                         "Supervisione degli assistenti sociali"),
        "indicator": ("Famiglie prese in carico", "Persone inserite al lavoro", "Minori seguiti",
                      "Ore di assistenza domiciliare", "Accessi allo sportello",
                      "Quota di utenti soddisfatti",
                      "Tempo medio di risposta"),
        "unit": ("famiglie", "persone", "minori", "ore", "accessi", "%", "giorni"),
        "note": ("stima", "dato parziale", "fonte: cartella sociale", "dato provvisorio"),
        "plan-title": "Piano di Zona {start}-{end}",
        "plan-description": ("Il Piano di Zona dell'{ambito} per il triennio {start}-{end}: "
                             "obiettivi, azioni, progetti e il loro monitoraggio."),
        "ambito": "Ambito di {town}",
        "monitoring": ("Monitoraggio attuazione e azioni extra", "Monitoraggio intermedio",
                       "Relazione annuale"),
        "office": "Ufficio di Piano",
    },
    "en": {
        "objective-head": ("Strengthening", "Developing", "Consolidating", "Promoting", "Redesigning"),
        "objective-topic": ("home care services", "housing emergency measures", "child protection",
                            "work inclusion", "youth policies", "co-design with the third sector",
                            "access to services", "support to vulnerable families"),
        "action-head": ("Start of", "Signature of", "Activation of", "Continuation of", "Monitoring of",
                        "Approval of", "Renewal of"),
        "action-topic": ("the memorandum of understanding", "the social help desk",
                         "the co-planning table", "the home care service", "the accreditation call",
                         "the access guidelines", "the training course for social workers"),
        "action-tail": ("", "", " with local schools", " with the municipalities", " for {year}"),
        "sub-action": ("Meeting with social workers", "Collection of applications", "Minutes of the table",
                       "Interim report", "Staff training"),
        "milestone": ("Round table", "Signature", "Mayors' assembly resolution", "Service start",
                      "Call deadline"),
        "objective-description": ("An objective of the plan.", "Continuity for the services started."),
        "project-description": ("A project funded by a call.", "A project across districts."),
        "intervention": ("Help desk", "School workshops", "Home education", "Work placements"),
        "indicator": ("Families supported", "People placed in work", "Children followed",
                      "Home care hours"),
        "unit": ("families", "people", "children", "hours", "%"),
        "note": ("estimate", "partial figure", "provisional"),
        "plan-title": "Area Social Plan {start}-{end}",
        "plan-description": "The social plan of {ambito} for {start}-{end}.",
        "ambito": "District of {town}",
        "monitoring": ("Monitoring of implementation and extra actions", "Interim monitoring"),
        "office": "Planning office",
    },
}

_PROJECT_NAMES = ("PARTECIPE", "PIPPI-PNRR", "AFFIANCO", "Pathway donne", "SAPPI CHE C'E'",
                  "Network", "Artemisia", "Ben-essere anziani", "Dimissioni Protette",
                  "Housing First", "Territori generativi", "Inclusione Autismo", "Reddito di cittadinanza",
                  "Violenza di genere", "Giovani al centro", "Scuola aperta")
_FUNDING_SOURCES = ("PNRR", "FNPS", "FAMI", "Fondo Povertà", "Fondo Sociale Regionale",
                    "Bilancio comunale", "DGR 7631/2017", "Bando ANCI-NEET 2022", "FSE+",
                    "La Lombardia è dei Giovani 2023", "Fondo Non Autosufficienze")


def _partner_name(kind, town, n):
    """A realistic name, short name and id base for a partner of @kind."""
    province = _PROVINCES[n % len(_PROVINCES)]
    table = {
        "municipality": (f"Comune di {town}", None),
        "ambito": (f"Comune capofila dell'Ambito di {town}", None),
        "own-body": (("Assemblea dei Sindaci", "Ufficio di Piano", "Tavolo tecnico",
                      "Servizio sociale d'Ambito")[n % 4], ("AdS", "UdP", None, None)[n % 4]),
        "health-trust": ("ASST " + ("Santi Paolo e Carlo", "Rhodense", "Ovest Milanese",
                                    "Melegnano e della Martesana", "Lariana")[n % 5], "ASST"),
        "health-protection-agency": ("ATS " + ("della Città Metropolitana di Milano", "Insubria",
                                               "Brianza", "Bergamo", "Val Padana")[n % 5], "ATS"),
        "housing-agency": (f"ALER {province}", "ALER"),
        "prefecture": (f"Prefettura di {province}", None),
        "court": ((f"Tribunale per i Minorenni di {province}", f"Tribunale di {province}")[n % 2], None),
        "metropolitan-city": ("Città Metropolitana di Milano", None),
        "region": ("Regione Lombardia", "Reg.Lomb."),
        "ministry": (("Ministero del Lavoro e delle Politiche Sociali", "Ministero dell'Interno")[n % 2],
                     ("MLPS", None)[n % 2]),
        "public-agency": (("Istituto Nazionale della Previdenza Sociale", "Agenzia delle Entrate")[n % 2],
                          ("INPS", None)[n % 2]),
        "association-of-municipalities": ("ANCI Lombardia", "ANCI"),
        "third-sector": ((f"Cooperativa sociale {town}", f"Associazione Amici di {town}",
                          f"Fondazione {town} Onlus")[n % 3], None),
        "professional-order": ("Ordine degli Assistenti Sociali della Lombardia", "CROAS"),
        "employment-agency": ((f"Centro per l'Impiego di {town}", "AFOL Metropolitana")[n % 2],
                              ("CPI", "AFOL")[n % 2]),
        "school": (f"Istituto Comprensivo di {town}", None),
        "private-operator": (f"Servizi {town} S.r.l.", None),
        "other": ((f"Parrocchia di {town}", f"Gestore agenzia {town}", "Il Visconteo")[n % 3], None),
    }
    return table[kind]


def _slug(text):
    out = []
    for ch in text.lower():
        if "a" <= ch <= "z" or "0" <= ch <= "9":
            out.append(ch)
        elif ch in "àáâ":
            out.append("a")
        elif ch in "èéê":
            out.append("e")
        elif ch in "ìí":
            out.append("i")
        elif ch in "òó":
            out.append("o")
        elif ch in "ùú":
            out.append("u")
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-") or "x"


# --- Hostile material ------------------------------------------------------------

_LONG_WORDS = ("Attivazione", "del", "servizio", "di", "assistenza", "domiciliare", "per",
               "le", "famiglie", "fragili", "dell'Ambito", "in", "rete", "con", "gli", "ETS")
LONG_TITLE = " ".join(_LONG_WORDS[i % len(_LONG_WORDS)] for i in range(800))[:4999].rstrip()
LONG_TITLE += "." * (5000 - len(LONG_TITLE))      # exactly 5,000 characters
UNBREAKABLE_TITLE = ("Coprogettazionesovracomunaledeiservizi" * 10)[:300]

# Each of these is the whole of one title or name in every hostile plan
# (with enough titles to hold them all; the default shape has).
HOSTILE_TITLES = (
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "Tom &amp; Jerry & <b>soci</b> &lt;ETS&gt; </td></tr>",
    "=1+1",
    "+39 02 1234567",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    " =1+1",
    "\uff1d1+1 (segno uguale a tutta larghezza)",
    "=HYPERLINK(\"https://example.com\";\"clic\")",
    "a) primo punto",
    "1. primo punto",
    "- trattino iniziale",
    "* asterisco iniziale",
    "# non è un titolo",
    "> non è una citazione",
    "colonna | altra colonna | terza",
    "C:\\Servizi\\Sociali\\verbale.docx",
    "finisce con una barra rovesciata \\",
    "controlli:" + "".join(chr(c) for c in range(1, 32)) + ":fine",
    "riga uno\nriga due\r\nriga tre",
    "DEL\x7f e NEL\x85 (C1)",
    "testo \u202eoiggassem\u202c e \u2066isolato\u2069",
    "zero\u200bwidth\u200c non\u200djoiner\u2060joiner",
    "\ufeffBOM all'inizio e \ufeff nel mezzo",
    "100\u00a0000\u00a0€ e 5\u202f%",
    "perche\u0301 cosi\u0300 Citta\u0300 e\u0301\u0301\u0301",
    "\U0001F600 famiglie \U0001F468\u200d\U0001F469\u200d\U0001F467 "
    "\U0001D518\U0001D52B\U0001D526 \U0002070E",
    "separatori\u2028di riga\u2029e di paragrafo",
    "'; DROP TABLE actions; --",
    "%s %n %d {0} ${x} {{x}} %(name)s",
    "\\section{x} $x^2$ % commento & _ # ~",
    "   spazi   intorno   ",
    "",
    LONG_TITLE,
    UNBREAKABLE_TITLE,
)
# Pieces mixed into ordinary text at random.
_HOSTILE_BITS = ("<i>", "</b>", "&amp;", "&", "\"", "'", "|", "\\", "\t", "\n", "\u202e", "\u200b",
                 "\ufeff", "\u00a0", "\u0301", "\U0001F600", "=", "+", "@", "# ", "- ", "* ", "1. ",
                 "a) ", "\u2028", "\x01", "\x1f", "${x}")
# Ids (made unique with a suffix when taken).
HOSTILE_IDS = ("a/b", "~0~1", "x~y/z", "/", "~", "perché-già", "città-€", "日本語", "\U0001F600",
               "id con spazi", "<b>id</b>", "\"quoted\"", "=1+1", "ünïcödé")
_HOSTILE_LINKS = ("javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                  "https://example.com/a b?c=<d>&e=\"f\"", "file:///etc/passwd", "",
                  "https://例え.テスト/パス")
_HOSTILE_DATES = ("1000", "1000-01-01", "9999-12-31", "2024-02-29", "2000-02-29", "9999")
_HOSTILE_VALUES = (0, -0.5, 123456789012345, 0.30000000000000004, 1.5, -1000000, 0.01)
_HOSTILE_X_NAMES = ("x-<script>", "x-a/b~c", "x-\U0001F600", "x-", "x-ünï")


def _x_value(rng, depth=0):
    """A JSON value for an "x-" member: nested objects and arrays, every type."""
    r = rng.random()
    if depth < 3 and r < 0.25:
        return {f"k{i}": _x_value(rng, depth + 1) for i in range(rng.randrange(0, 4))}
    if depth < 3 and r < 0.45:
        return [_x_value(rng, depth + 1) for _ in range(rng.randrange(0, 4))]
    return rng.choice(("015093", "J11H22000000006", 34000, -1, 2.5, 0.25, True, False, None,
                       "perché", "", 9223372036854775807, {}, []))


# --- Dates ------------------------------------------------------------------------


def parse_date(text):
    """(first day, last day, precision) of a format date, or None if invalid."""
    if not isinstance(text, str):
        return None
    m = DATE_RE.match(text)
    if m is None:
        return None
    year = int(m.group(1))
    if not 1000 <= year <= 9999:
        return None
    try:
        if m.group(3) is not None:
            day = datetime.date(year, int(m.group(2)), int(m.group(3)))
            return day, day, "day"
        if m.group(2) is not None:
            month = int(m.group(2))
            last = calendar.monthrange(year, month)[1]
            return datetime.date(year, month, 1), datetime.date(year, month, last), "month"
    except ValueError:
        return None
    return datetime.date(year, 1, 1), datetime.date(year, 12, 31), "year"


def format_date(day, precision):
    if precision == "year":
        return "%04d" % day.year
    if precision == "month":
        return "%04d-%02d" % (day.year, day.month)
    return "%04d-%02d-%02d" % (day.year, day.month, day.day)


def span_ordered(start, end):
    """True when the span @start..@end is ordered: the end neither begins
    nor finishes before the start does (a stricter rule than the format's,
    which has none, and than pdz validate's end-before-start)."""
    a, b = parse_date(start), parse_date(end)
    return a is not None and b is not None and b[0] >= a[0] and b[1] >= a[1]


_PRECISIONS = ("year", "month", "day")


def _random_day(rng, lo, hi):
    return datetime.date.fromordinal(rng.randrange(lo.toordinal(), hi.toordinal() + 1))


def _random_precision(rng):
    r = rng.random()
    return "year" if r < 0.15 else "month" if r < 0.55 else "day"


def _random_date(rng, lo, hi):
    return format_date(_random_day(rng, lo, hi), _random_precision(rng))


def _random_span(rng, lo, hi):
    """(start, end) ordered by span_ordered(), each at its own precision."""
    d1 = _random_day(rng, lo, hi)
    start = format_date(d1, _random_precision(rng))
    for _ in range(8):
        d2 = _random_day(rng, d1, max(d1, hi))
        end = format_date(d2, _random_precision(rng))
        if end != start and span_ordered(start, end):
            return start, end
    year = min(parse_date(start)[0].year + 1, 9999)
    end = "%04d" % year
    return (start, end) if span_ordered(start, end) else (start, None)


# --- Generation ----------------------------------------------------------------------


class _Ids:
    """Ids unique within each kind (actions are one kind, wherever they are)."""

    KINDS = ("partner", "macroarea", "objective", "project", "indicator", "action")

    def __init__(self, rng, hostile):
        self.rng = rng
        self.hostile = hostile
        self.used = {kind: set() for kind in self.KINDS}
        self.taken = []      # every id given, in order (for sharing across kinds)
        self.suffix = {}     # (kind, base) -> the next suffix to try

    def reserve(self, kind, ident):
        self.used[kind].add(ident)
        self.taken.append(ident)

    def take(self, kind, base):
        used = self.used[kind]
        if self.hostile:
            r = self.rng.random()
            if r < 0.04 and self.taken:
                # The same id in two kinds is allowed: make some.
                other = self.taken[self.rng.randrange(len(self.taken))]
                if other not in used:
                    self.reserve(kind, other)
                    return other
            elif r < 0.25:
                base = HOSTILE_IDS[self.rng.randrange(len(HOSTILE_IDS))]
        ident, n = base, self.suffix.get((kind, base), 2)
        while ident in used:
            ident = f"{base}-{n}"
            n += 1
        self.suffix[(kind, base)] = n
        self.reserve(kind, ident)
        return ident


class _Generator:
    def __init__(self, seed, shape):
        self.seed = seed
        self.shape = shape
        self.rng = random.Random(seed)
        self.hostile = shape.hostile
        self.ids = _Ids(self.rng, self.hostile)
        self.language = "en" if self.rng.random() < 0.15 else "it"
        self.vocab = _VOCAB[self.language]
        self.n_amounts_huge = 0
        self.title_slots = []    # (dict, member) holding a title or name, for hostile titles
        self.towns = []

    # Small helpers --------------------------------------------------------------

    def chance(self, p):
        return self.rng.random() < p

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def weighted(self, choices):
        """One of @choices, a tuple of (value, weight)."""
        r = self.rng.random() * sum(w for _, w in choices)
        for value, weight in choices:
            r -= weight
            if r < 0:
                return value
        return choices[-1][0]

    def text(self, s):
        """@s, or in hostile mode sometimes @s with something hostile in it."""
        if not self.hostile or not self.chance(0.2):
            return s
        bit = self.pick(_HOSTILE_BITS)
        r = self.rng.random()
        if r < 0.4:
            return bit + s
        if r < 0.7:
            return s + " " + bit
        i = self.rng.randrange(len(s) + 1)
        return s[:i] + bit + s[i:]

    def title(self, obj, member, s):
        obj[member] = self.text(s)
        self.title_slots.append((obj, member))

    def maybe_empty(self, s):
        """In hostile mode, an optional string member may be present but empty."""
        return "" if self.hostile and self.chance(0.15) else self.text(s)

    def extend(self, obj, rate=None):
        """Adds "x-" members to @obj, now and then."""
        if not self.chance(self.shape.extension_rate if rate is None else rate):
            return
        names = ["x-note", "x-istat", "x-meta", "x-cup", "x-priority"]
        if self.hostile:
            names += list(_HOSTILE_X_NAMES)
        for _ in range(self.rng.randrange(1, 3)):
            name = self.pick(names)
            if name in obj:
                continue
            obj[name] = self.rng.choice((
                "nota interna", 3, {"fonte": "ISTAT", "anno": 2022},
                {"a": [1, 2.5, True, None, {"b": "c"}], "empty": {}, "list": []},
                _x_value(self.rng)))

    def status(self):
        return self.weighted((("planned", 2), ("in-progress", 2.5), ("completed", 3),
                              ("suspended", 0.5), ("cancelled", 0.5), (None, 1.5)))

    def value(self):
        """A measurement value: integral (written as an int) or not."""
        if self.hostile and self.chance(0.15):
            return self.pick(_HOSTILE_VALUES)
        if self.chance(0.6):
            return self.rng.randrange(0, 500)
        v = round(self.rng.uniform(0.1, 100.0), self.rng.choice((1, 2)))
        if v == int(v):
            v += 0.5
        return -v if self.chance(0.05) else v

    def amount(self):
        if self.hostile and self.n_amounts_huge < 2 and self.chance(0.1):
            self.n_amounts_huge += 1
            return self.pick((0, MAX_AMOUNT))
        return self.weighted(((0, 0.03), (self.rng.randrange(1, 100) * 50000, 0.6),
                              (self.rng.randrange(1, 10 ** 9), 0.37)))

    # Dates --------------------------------------------------------------------------

    def date(self, inside=0.9):
        """A date in the plan period (usually), at a random precision."""
        if self.hostile and self.chance(0.03):
            return self.pick(_HOSTILE_DATES)
        if self.chance(inside):
            return _random_date(self.rng, self.lo, self.hi)
        return _random_date(self.rng, self.lo - datetime.timedelta(days=400),
                            self.hi + datetime.timedelta(days=400))

    def span_into(self, obj, start_member, end_member, p_start=0.8, p_span=0.3):
        """Sets a date (or an ordered span) on @obj, or leaves them out."""
        r = self.rng.random()
        if r < p_start * (1 - p_span):
            obj[start_member] = self.date()
        elif r < p_start:
            start, end = _random_span(self.rng, self.lo - datetime.timedelta(days=60), self.hi)
            obj[start_member] = start
            if end is not None:
                obj[end_member] = end
        elif r < p_start + 0.02:
            obj[end_member] = self.date()          # an end and no start: allowed

    # Entities ----------------------------------------------------------------------

    def participations(self, n_max, rate):
        if not self.chance(rate) or not self.partner_ids:
            return None
        n = min(self.rng.randrange(1, n_max + 1), len(self.partner_ids))
        chosen = self.rng.sample(self.partner_ids, n)
        if self.hostile and self.chance(0.1):
            chosen.append(chosen[0])     # one partner in two roles: allowed
        out = []
        for partner in chosen:
            p = {"partner": partner}
            role = self.weighted(tuple((r, 1) for r in ROLES) + ((None, 1.2),))
            if out and partner == out[0]["partner"] and role == out[0].get("role"):
                role = "funder" if role != "funder" else "lead"
            if role is not None:
                p["role"] = role
            self.extend(p)
            out.append(p)
        return out

    def fundings(self, n_max):
        out = []
        for _ in range(self.rng.randrange(1, n_max + 1)):
            f = {"source": self.text(self.pick(_FUNDING_SOURCES))}
            if self.chance(0.75):
                f["amount"] = self.amount()
            status = self.weighted(tuple((s, 1) for s in FUNDING_STATUSES) + ((None, 1),))
            if status is not None:
                f["status"] = status
            self.extend(f)
            out.append(f)
        return out

    def links(self):
        out = []
        for _ in range(self.rng.randrange(1, 3)):
            if self.hostile and self.chance(0.3):
                link = self.pick(_HOSTILE_LINKS)
            else:
                link = f"https://www.ambito.example.it/documenti/{self.rng.randrange(1, 10 ** 6)}.pdf"
            if link not in out:
                out.append(link)
        return out

    def milestones(self):
        out = []
        for _ in range(self.rng.randrange(1, 4)):
            m = {"date": self.pick(_HOSTILE_DATES) if self.hostile and self.chance(0.1)
                 else _random_date(self.rng, self.lo, self.hi)}
            self.title(m, "title", self.pick(self.vocab["milestone"]))
            self.extend(m)
            out.append(m)
        return out

    def action(self, ident, title, sub=False):
        s = self.shape
        a = {"id": ident}
        self.title(a, "title", title)
        status = self.status()
        if status is not None:
            a["status"] = status
        origin = self.weighted((("planned", 5), ("extra", 2), (None, 3)))
        if origin is not None:
            a["origin"] = origin
        self.span_into(a, "date", "end-date", p_start=0.7 if sub else 0.8)
        if self.chance(s.milestone_rate):
            a["milestones"] = self.milestones()
        parts = self.participations(3, s.participation_rate * (0.5 if sub else 1))
        if parts:
            a["partners"] = parts
        if self.project_ids and self.chance(s.project_link_rate * (0.3 if sub else 1)):
            n = min(self.rng.randrange(1, 3), len(self.project_ids))
            a["projects"] = self.rng.sample(self.project_ids, n)
        if self.chance(s.funding_rate * (0.3 if sub else 1)):
            a["fundings"] = self.fundings(2)
        if self.chance(s.link_rate):
            a["links"] = self.links()
        if not sub and self.chance(s.sub_action_rate):
            a["actions"] = [
                self.action(self.ids.take("action", f"{ident}-{k + 1}"),
                            self.pick(self.vocab["sub-action"]), sub=True)
                for k in range(self.rng.randrange(1, 4))]
        self.extend(a)
        return a

    def action_title(self):
        v = self.vocab
        tail = self.pick(v["action-tail"]).format(year=self.hi.year)
        return f"{self.pick(v['action-head'])} {self.pick(v['action-topic'])}{tail}"

    def measurement(self, dated):
        m = {}
        if dated:
            m["date"] = self.pick(_HOSTILE_DATES) if self.hostile and self.chance(0.05) \
                else _random_date(self.rng, self.lo, self.hi)
        m["value"] = self.value()
        if self.chance(0.3):
            m["note"] = self.maybe_empty(self.pick(self.vocab["note"]))
        self.extend(m)
        return m

    def indicator(self, base):
        ind = {"id": self.ids.take("indicator", base)}
        self.title(ind, "title", self.pick(self.vocab["indicator"]))
        if self.chance(0.8):
            ind["unit"] = self.maybe_empty(self.pick(self.vocab["unit"]))
        if self.chance(0.7):
            ind["baseline"] = self.measurement(self.chance(0.6))
        if self.chance(0.7):
            ind["target"] = self.measurement(self.chance(0.5))
        if self.chance(0.8):
            ms = [self.measurement(True) for _ in range(self.rng.randrange(1, 4))]
            ind["measurements"] = sorted(ms, key=lambda m: parse_date(m["date"])[0])
        self.extend(ind)
        return ind

    def town(self):
        """The next of the towns, in an order of this plan's own."""
        if not self.towns:
            self.towns = list(_TOWNS)
            self.rng.shuffle(self.towns)
        return self.towns.pop()

    def partner(self, kind):
        town = self.town()
        name, short = _partner_name(kind, town, self.rng.randrange(1000))
        p = {"id": self.ids.take("partner", _slug(name))}
        self.title(p, "name", name)
        if short is not None and self.chance(0.8):
            p["short-name"] = self.text(short)
        elif self.hostile and self.chance(0.1):
            p["short-name"] = ""
        if kind != "other":
            p["kind"] = kind
        if self.chance(0.3):
            p["website"] = self.maybe_empty(f"https://www.{_slug(name)}.example.it")
        self.extend(p)
        return p

    # The plan -----------------------------------------------------------------------

    def plan(self):
        s = self.shape
        rng = self.rng
        v = self.vocab

        first_year = self.pick((2015, 2018, 2021, 2024))
        self.lo = datetime.date(first_year, 1, 1)
        self.hi = datetime.date(first_year + 2, 12, 31)
        town = self.town()
        ambito = s.ambito or v["ambito"].format(town=town)

        plan = {"format": FORMAT, "version": VERSION,
                "id": s.plan_id or f"pdzgen-{self.seed}"}
        self.title(plan, "title", v["plan-title"].format(start=first_year, end=first_year + 2))
        if self.chance(0.85):
            plan["description"] = self.maybe_empty(v["plan-description"].format(
                ambito=ambito, start=first_year, end=first_year + 2))
        plan["ambito"] = self.text(ambito)
        plan["language"] = self.language
        if self.chance(0.9):
            plan["start"] = self.pick((str(first_year), f"{first_year}-01-01", f"{first_year}-01"))
            plan["end"] = self.pick((str(first_year + 2), f"{first_year + 2}-12-31", f"{first_year + 2}-12"))

        # Partners first: every kind appears when there are 19 or more.
        kinds = ["municipality"] * s.municipalities
        others = [k for k in PARTNER_KINDS if k != "municipality"]
        rng.shuffle(others)
        while len(kinds) < s.partners:
            kinds.append(others.pop() if others else self.pick(PARTNER_KINDS))
        kinds = kinds[:s.partners]
        partners = [self.partner(kind) for kind in kinds]
        self.partner_ids = [p["id"] for p in partners]
        municipalities = [p["id"] for p, kind in zip(partners, kinds) if kind == "municipality"]
        if municipalities and self.chance(0.9):
            plan["municipalities"] = municipalities
            if self.chance(0.9):
                plan["lead-municipality"] = self.pick(municipalities)

        contacts = {}
        for member, value in (("office", v["office"]), ("email", "ufficiodipiano@ambito.example.it"),
                              ("phone", "+39 02 %07d" % rng.randrange(10 ** 7)),
                              ("website", "https://www.ambito.example.it/")):
            if self.chance(0.75):
                contacts[member] = self.maybe_empty(value)
        self.extend(contacts)
        if contacts and self.chance(0.9):
            plan["contacts"] = contacts
        if self.chance(0.85):
            monitoring = {}
            if self.chance(0.9):
                monitoring["title"] = self.maybe_empty(self.pick(v["monitoring"]))
            start, end = _random_span(rng, self.lo, self.hi)
            monitoring["start"] = start
            if end is not None:
                monitoring["end"] = end
            self.extend(monitoring)
            plan["monitoring"] = monitoring

        if partners:
            plan["partners"] = partners

        # Macroareas.
        areas = _MACROAREAS if self.language == "it" else _MACROAREAS_EN
        macroareas = []
        for k in range(s.macroareas):
            code, title = areas[k % len(areas)]
            if k >= len(areas):
                title = f"{title} ({k // len(areas) + 1})"
            m = {"id": self.ids.take("macroarea", f"area-{_slug(code or title)}")}
            self.title(m, "title", title)
            if code is not None and k < len(areas):
                m["code"] = code
            self.extend(m)
            macroareas.append(m)
        if macroareas:
            plan["macroareas"] = macroareas

        # Project ids come first so that actions can name them.
        project_titles = []
        self.project_ids = []
        for j in range(s.projects):
            name = _PROJECT_NAMES[j % len(_PROJECT_NAMES)]
            if j >= len(_PROJECT_NAMES):
                name = f"{name} {j // len(_PROJECT_NAMES) + 1}"
            project_titles.append(name)
            self.project_ids.append(self.ids.take("project", _slug(name)))

        # Objectives and their actions.
        objectives = []
        for i in range(s.objectives):
            o = {"id": self.ids.take("objective", f"ob-{i + 1}")}
            self.title(o, "title", f"{self.pick(v['objective-head'])} {self.pick(v['objective-topic'])}")
            if self.chance(0.2):
                o["kind"] = "health-integration"
            if macroareas and self.chance(0.9):
                o["macroarea"] = self.pick(macroareas)["id"]
            status = self.status()
            if status is not None:
                o["status"] = status
            if self.chance(0.5):
                o["description"] = self.maybe_empty(self.pick(v["objective-description"]))
            parts = self.participations(2, 0.4)
            if parts:
                o["partners"] = parts
            if self.chance(s.indicator_rate):
                o["indicators"] = [self.indicator(f"ind-{i + 1}-{k + 1}")
                                   for k in range(self.rng.randrange(1, 3))]
            actions = [self.action(self.ids.take("action", f"az-{i + 1}-{k + 1}"), self.action_title())
                       for k in range(s.actions)]
            if actions:
                o["actions"] = actions
            self.extend(o)
            objectives.append(o)
        if objectives:
            plan["objectives"] = objectives

        # Projects: they serve objectives and hold actions of their own.
        projects = []
        objective_ids = [o["id"] for o in objectives]
        for j, (ident, name) in enumerate(zip(self.project_ids, project_titles)):
            p = {"id": ident}
            self.title(p, "title", name)
            if self.chance(0.6):
                p["description"] = self.maybe_empty(self.pick(v["project-description"]))
            status = self.status()
            if status is not None:
                p["status"] = status
            scope = self.weighted(tuple((x, 1) for x in SCOPES) + ((None, 1),))
            if scope is not None:
                p["scope"] = scope
            if self.partner_ids and self.chance(0.7):
                p["lead"] = self.pick(self.partner_ids)
            self.span_into(p, "start", "end", p_start=0.8, p_span=0.7)
            parts = self.participations(4, 0.8)
            if parts:
                p["partners"] = parts
            if self.chance(0.7):
                p["fundings"] = self.fundings(3)
            if objective_ids and self.chance(0.85):
                n = min(self.rng.randrange(1, 4), len(objective_ids))
                p["objectives"] = self.rng.sample(objective_ids, n)
            if self.chance(0.5):
                p["interventions"] = [self.text(x) for x in
                                      self.rng.sample(v["intervention"], self.rng.randrange(1, 4))]
            actions = [self.action(self.ids.take("action", f"{_slug(name)}-az-{k + 1}"),
                                   self.action_title())
                       for k in range(s.project_actions)]
            if actions:
                p["actions"] = actions
            self.extend(p)
            projects.append(p)
        if projects:
            plan["projects"] = projects

        self.extend(plan, rate=max(s.extension_rate, 0.2))
        if self.hostile:
            self.harden()
        return plan

    def harden(self):
        """Puts each of HOSTILE_TITLES into a title or name of its own."""
        slots = list(self.title_slots)
        self.rng.shuffle(slots)
        for specimen, (obj, member) in zip(HOSTILE_TITLES, slots):
            obj[member] = specimen


def generate(seed, shape=None, **overrides):
    """A valid version-2 plan, a pure function of @seed and the shape.

    @shape is a Shape (the default one when None); keyword arguments
    replace some of its fields: generate(3, objectives=10, hostile=True).
    """
    shape = dataclasses.replace(shape or Shape(), **overrides)
    shape.check()
    return _Generator(seed, shape).plan()


# --- Canonical text -----------------------------------------------------------------


def dump(plan):
    """The canonical text of @plan: two-space indent, UTF-8 characters as
    they are, a final newline (what libpdz writes, for plans whose numbers
    Python and libpdz spell alike: every number pdzgen generates)."""
    return json.dumps(plan, indent=2, ensure_ascii=False) + "\n"


def _ordered(obj, kind):
    out = {k: obj[k] for k in MEMBERS[kind] if k in obj}
    out.update((k, v) for k, v in obj.items() if k not in out)
    return out


def canonicalize(plan):
    """A copy of @plan with the members of every object in canonical order
    ("x-" and unknown members after the defined ones, in their order)."""

    def action(a, sub=False):
        a = _ordered(a, "sub-action" if sub else "action")
        for key, kind in (("milestones", "milestone"), ("partners", "participation"),
                          ("fundings", "funding")):
            if isinstance(a.get(key), list):
                a[key] = [_ordered(x, kind) for x in a[key]]
        if isinstance(a.get("actions"), list):
            a["actions"] = [action(x, True) for x in a["actions"]]
        return a

    def measurement(m):
        return _ordered(m, "measurement")

    p = _ordered(plan, "plan")
    for key in ("contacts", "monitoring"):
        if isinstance(p.get(key), dict):
            p[key] = _ordered(p[key], key)
    p["partners"] = [_ordered(x, "partner") for x in p.get("partners", [])]
    p["macroareas"] = [_ordered(x, "macroarea") for x in p.get("macroareas", [])]
    objectives = []
    for o in p.get("objectives", []):
        o = _ordered(o, "objective")
        if "partners" in o:
            o["partners"] = [_ordered(x, "participation") for x in o["partners"]]
        if "indicators" in o:
            inds = []
            for ind in o["indicators"]:
                ind = _ordered(ind, "indicator")
                for key in ("baseline", "target"):
                    if key in ind:
                        ind[key] = measurement(ind[key])
                if "measurements" in ind:
                    ind["measurements"] = [measurement(m) for m in ind["measurements"]]
                inds.append(ind)
            o["indicators"] = inds
        if "actions" in o:
            o["actions"] = [action(a) for a in o["actions"]]
        objectives.append(o)
    p["objectives"] = objectives
    projects = []
    for pr in p.get("projects", []):
        pr = _ordered(pr, "project")
        for key, kind in (("partners", "participation"), ("fundings", "funding")):
            if key in pr:
                pr[key] = [_ordered(x, kind) for x in pr[key]]
        if "actions" in pr:
            pr["actions"] = [action(a) for a in pr["actions"]]
        projects.append(pr)
    p["projects"] = projects
    for key in ("partners", "macroareas", "objectives", "projects"):
        if not p[key] and key not in plan:
            del p[key]
    return p


# --- Walking a plan -------------------------------------------------------------------


def iter_actions(plan):
    """Every action of @plan, in file order: (action, owner kind, owner,
    parent action or None, the list holding it). Owner kind is "objective"
    or "project"; for a sub-action, parent is its top-level action."""
    for kind, key in (("objective", "objectives"), ("project", "projects")):
        for owner in plan.get(key, []):
            top = owner.get("actions", [])
            for a in top:
                yield a, kind, owner, None, top
                subs = a.get("actions", [])
                for s in subs:
                    yield s, kind, owner, a, subs


def iter_participation_lists(plan):
    """(holder kind, holder, list) for every "partners" list of participations."""
    for o in plan.get("objectives", []):
        if "partners" in o:
            yield "objective", o, o["partners"]
    for p in plan.get("projects", []):
        if "partners" in p:
            yield "project", p, p["partners"]
    for a, _, _, _, _ in iter_actions(plan):
        if "partners" in a:
            yield "action", a, a["partners"]


# --- Checking ----------------------------------------------------------------------------


def _is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def problems(plan, canonical=True, ordered_spans=True):
    """What is wrong with @plan as a version-2 plan, as messages with a
    JSON pointer; [] when nothing is. Checks ids (non-empty, unique per
    kind), references, reference lists without repeats, dates (real
    calendar dates, years 1000-9999), amounts (integers, 0 to 2^53-1),
    enumerations (no explicit "not stated"), members (known or "x-"),
    milestones, one level of sub-actions, finite numbers; with @canonical,
    the canonical member order and no empty arrays; with @ordered_spans,
    spans whose end does not come before their start (span_ordered())."""
    out = []

    def esc(key):
        return str(key).replace("~", "~0").replace("/", "~1")

    def bad(path, message):
        out.append("/" + "/".join(esc(k) for k in path) + ": " + message)

    if not isinstance(plan, dict):
        return ["/: not an object"]
    if plan.get("format") != FORMAT or plan.get("version") != VERSION:
        bad([], "not a version-2 pdz plan")

    ids = {kind: {} for kind in _Ids.KINDS}

    def members(obj, path, kind):
        if not isinstance(obj, dict):
            bad(path, "not an object")
            return False
        allowed = MEMBERS[kind]
        for key in obj:
            if key not in allowed and not key.startswith("x-"):
                bad(path, f"unknown member {key!r}")
        for key in allowed:
            if isinstance(obj.get(key), list) and canonical and not obj[key]:
                bad(path + [key], "an empty array (canonical form leaves it out)")
        if canonical:
            order = [k for k in obj if not k.startswith("x-")]
            defined = [k for k in order if k in allowed]
            if defined != [k for k in allowed if k in obj]:
                bad(path, "members not in canonical order")
            first_x = next((i for i, k in enumerate(obj) if k.startswith("x-")), len(obj))
            if any(not k.startswith("x-") for k in list(obj)[first_x:]):
                bad(path, "an \"x-\" member before a defined one")
        return True

    def string(obj, key, path, required=False):
        if key not in obj:
            if required:
                bad(path, f"missing member {key!r}")
            return
        if not isinstance(obj[key], str):
            bad(path + [key], "not a string")
        elif "\x00" in obj[key]:
            bad(path + [key], "a NUL character")

    def ident(obj, path, kind):
        string(obj, "id", path, required=True)
        value = obj.get("id")
        if not isinstance(value, str):
            return
        if value == "":
            bad(path + ["id"], "an empty id")
        elif value in ids[kind]:
            bad(path + ["id"], f"duplicate {kind} id {value!r} (already {ids[kind][value]})")
        else:
            ids[kind][value] = "/" + "/".join(esc(k) for k in path)

    def date(obj, key, path, required=False):
        if key not in obj:
            if required:
                bad(path, f"missing member {key!r}")
            return
        if parse_date(obj[key]) is None:
            bad(path + [key], f"invalid date {obj[key]!r}")

    def span(obj, a, b, path):
        if ordered_spans and a in obj and b in obj and parse_date(obj[a]) and parse_date(obj[b]):
            if not span_ordered(obj[a], obj[b]):
                bad(path, f"{b} {obj[b]!r} before {a} {obj[a]!r}")

    def enum(obj, key, path, values):
        if key in obj and obj[key] not in values:
            bad(path + [key], f"{obj[key]!r} is not one of {', '.join(values)}")

    refs = []   # (kind, id, path)

    def ref(obj, key, path, kind):
        if key in obj:
            if not isinstance(obj[key], str):
                bad(path + [key], "not a string")
            else:
                refs.append((kind, obj[key], path + [key]))

    def ref_list(obj, key, path, kind):
        if key not in obj:
            return
        value = obj[key]
        if not isinstance(value, list):
            bad(path + [key], "not an array")
            return
        seen = set()
        for i, r in enumerate(value):
            if not isinstance(r, str):
                bad(path + [key, i], "not a string")
                continue
            if r in seen:
                bad(path + [key, i], f"{r!r} listed twice")
            seen.add(r)
            refs.append((kind, r, path + [key, i]))

    def array(obj, key, path):
        value = obj.get(key, [])
        if not isinstance(value, list):
            bad(path + [key], "not an array")
            return []
        return value

    def participations(obj, path):
        seen = set()
        for i, p in enumerate(array(obj, "partners", path)):
            q = path + ["partners", i]
            if members(p, q, "participation"):
                ref(p, "partner", q, "partner")
                if "partner" not in p:
                    bad(q, "missing member 'partner'")
                enum(p, "role", q, ROLES)
                pair = (p.get("partner"), p.get("role"))
                if pair in seen:
                    bad(q, f"partner {pair[0]!r} twice in the role {pair[1] or 'not stated'}")
                seen.add(pair)

    def fundings(obj, path):
        for i, f in enumerate(array(obj, "fundings", path)):
            q = path + ["fundings", i]
            if members(f, q, "funding"):
                string(f, "source", q, required=True)
                if "amount" in f:
                    a = f["amount"]
                    if not _is_int(a) or not 0 <= a <= MAX_AMOUNT:
                        bad(q + ["amount"], f"{a!r} is not an amount (an integer, 0 to 2^53-1)")
                enum(f, "status", q, FUNDING_STATUSES)

    def measurement(m, path, dated):
        if members(m, path, "measurement"):
            date(m, "date", path, required=dated)
            v = m.get("value")
            if not (_is_int(v) or (isinstance(v, float) and math.isfinite(v))):
                bad(path + ["value"], f"{v!r} is not a finite number")
            string(m, "note", path)

    def action(a, path, sub):
        if not members(a, path, "sub-action" if sub else "action"):
            return
        if sub and "actions" in a:
            bad(path + ["actions"], "a sub-action with actions of its own")
        ident(a, path, "action")
        string(a, "title", path, required=True)
        enum(a, "status", path, STATUSES)
        enum(a, "origin", path, ORIGINS)
        date(a, "date", path)
        date(a, "end-date", path)
        span(a, "date", "end-date", path)
        for i, m in enumerate(array(a, "milestones", path)):
            q = path + ["milestones", i]
            if members(m, q, "milestone"):
                date(m, "date", q, required=True)
                string(m, "title", q, required=True)
        participations(a, path)
        ref_list(a, "projects", path, "project")
        fundings(a, path)
        for i, link in enumerate(array(a, "links", path)):
            if not isinstance(link, str):
                bad(path + ["links", i], "not a string")
        if not sub:
            for i, s in enumerate(array(a, "actions", path)):
                action(s, path + ["actions", i], True)

    members(plan, [], "plan")
    for key in ("id", "title", "description", "ambito", "language"):
        string(plan, key, [])
    if "id" in plan and plan["id"] == "":
        bad(["id"], "an empty id")
    date(plan, "start", [])
    date(plan, "end", [])
    span(plan, "start", "end", [])
    ref_list(plan, "municipalities", [], "partner")
    ref(plan, "lead-municipality", [], "partner")
    if "contacts" in plan and members(plan["contacts"], ["contacts"], "contacts"):
        for key in MEMBERS["contacts"]:
            string(plan["contacts"], key, ["contacts"])
    if "monitoring" in plan and members(plan["monitoring"], ["monitoring"], "monitoring"):
        string(plan["monitoring"], "title", ["monitoring"])
        date(plan["monitoring"], "start", ["monitoring"])
        date(plan["monitoring"], "end", ["monitoring"])
        span(plan["monitoring"], "start", "end", ["monitoring"])
    for i, p in enumerate(array(plan, "partners", [])):
        path = ["partners", i]
        if members(p, path, "partner"):
            ident(p, path, "partner")
            string(p, "name", path, required=True)
            enum(p, "kind", path, PARTNER_KINDS)
    for i, m in enumerate(array(plan, "macroareas", [])):
        path = ["macroareas", i]
        if members(m, path, "macroarea"):
            ident(m, path, "macroarea")
            string(m, "title", path, required=True)
    for i, o in enumerate(array(plan, "objectives", [])):
        path = ["objectives", i]
        if not members(o, path, "objective"):
            continue
        ident(o, path, "objective")
        string(o, "title", path, required=True)
        enum(o, "kind", path, OBJECTIVE_KINDS)
        ref(o, "macroarea", path, "macroarea")
        enum(o, "status", path, STATUSES)
        participations(o, path)
        for k, ind in enumerate(array(o, "indicators", path)):
            q = path + ["indicators", k]
            if members(ind, q, "indicator"):
                ident(ind, q, "indicator")
                string(ind, "title", q, required=True)
                for key in ("baseline", "target"):
                    if key in ind:
                        measurement(ind[key], q + [key], False)
                for j, m in enumerate(array(ind, "measurements", q)):
                    measurement(m, q + ["measurements", j], True)
        for k, a in enumerate(array(o, "actions", path)):
            action(a, path + ["actions", k], False)
    for i, p in enumerate(array(plan, "projects", [])):
        path = ["projects", i]
        if not members(p, path, "project"):
            continue
        ident(p, path, "project")
        string(p, "title", path, required=True)
        enum(p, "status", path, STATUSES)
        enum(p, "scope", path, SCOPES)
        ref(p, "lead", path, "partner")
        date(p, "start", path)
        date(p, "end", path)
        span(p, "start", "end", path)
        participations(p, path)
        fundings(p, path)
        ref_list(p, "objectives", path, "objective")
        for k, a in enumerate(array(p, "actions", path)):
            action(a, path + ["actions", k], False)

    for kind, r, path in refs:
        if r not in ids[kind]:
            bad(path, f"no {kind} with id {r!r}")
    return out


# --- Counting ----------------------------------------------------------------------------

NOT_STATED = "not-stated"   # the key of "not stated" in count()'s tables


def count(plan):
    """Figures of @plan that can be checked by hand, by the counting rule of
    format version 2 (a version-1 plan is read with its 0.1 meaning first):

    - a bullet is a top-level action; sub-actions do not count (they are
      reported apart, as "sub-actions");
    - a bullet counts once, under its one owner: the objective or the
      project that holds it;
    - by objective and by macroarea, project actions are a row of their own
      ("project-actions"), never under an objective the project serves;
      objectives without a macroarea form the row "" (present when such an
      objective exists);
    - by status and by origin, "not-stated" is the row of the bullets that
      leave the member out.

    Every breakdown adds up to "actions"."""
    if plan.get("version") == 1:
        plan = upgrade_v1(plan)
    objectives = plan.get("objectives", [])
    projects = plan.get("projects", [])

    def tally(items, key, values):
        t = {v: 0 for v in values}
        t[NOT_STATED] = 0
        for x in items:
            t[x.get(key, NOT_STATED)] += 1
        return t

    by_objective = {}
    by_macroarea = {m["id"]: 0 for m in plan.get("macroareas", [])}
    objective_status = {}
    macroarea_status = {m["id"]: tally([], "status", STATUSES) for m in plan.get("macroareas", [])}
    bullets = []
    for o in objectives:
        actions = o.get("actions", [])
        by_objective[o["id"]] = len(actions)
        objective_status[o["id"]] = tally(actions, "status", STATUSES)
        area = o.get("macroarea", "")
        by_macroarea[area] = by_macroarea.get(area, 0) + len(actions)
        row = macroarea_status.setdefault(area, tally([], "status", STATUSES))
        for k, v in tally(actions, "status", STATUSES).items():
            row[k] += v
        bullets += actions
    by_project = {}
    project_bullets = []
    for p in projects:
        actions = p.get("actions", [])
        by_project[p["id"]] = len(actions)
        project_bullets += actions
    n_project = len(project_bullets)
    project_status = tally(project_bullets, "status", STATUSES)
    bullets += project_bullets

    def milestones_of(action):
        return len(action.get("milestones", [])) + sum(len(s.get("milestones", []))
                                                       for s in action.get("actions", []))

    def dated(action):
        return "date" in action or "end-date" in action

    partner_kinds = {}
    for partner in plan.get("partners", []):
        kind = partner.get("kind", "other")
        partner_kinds[kind] = partner_kinds.get(kind, 0) + 1
    return {
        "actions": len(bullets),
        "objective-actions": len(bullets) - n_project,
        "project-actions": n_project,
        "sub-actions": sum(len(a.get("actions", [])) for a in bullets),
        "by-objective": {"rows": by_objective, "project-actions": n_project},
        "by-macroarea": {"rows": by_macroarea, "project-actions": n_project},
        "by-project": by_project,
        "by-status": tally(bullets, "status", STATUSES),
        "by-origin": tally(bullets, "origin", ORIGINS),
        "objectives": len(objectives),
        "objectives-by-status": tally(objectives, "status", STATUSES),
        "projects": len(projects),
        "projects-by-status": tally(projects, "status", STATUSES),
        # the statuses of the bullets per objective and per macroarea, the
        # project actions apart, as the report's breakdowns show them
        "by-objective-status": {"rows": objective_status, "project-actions": project_status},
        "by-macroarea-status": {"rows": macroarea_status, "project-actions": project_status},
        # what the chart over time counts: bullets with a date of their own,
        # and the milestones of the bullets and of their sub-actions
        "dated-actions": sum(1 for a in bullets if dated(a)),
        "milestones": sum(milestones_of(a) for a in bullets),
        "partners": len(plan.get("partners", [])),
        "partners-by-kind": partner_kinds,
    }


# --- Version 1 ------------------------------------------------------------------------------


def upgrade_v1(plan):
    """A version-1 plan as version 2, with the meaning libpdz 0.1 gave it:
    a missing status is planned, a missing role participant, a missing
    scope ambito; funding status unknown is not stated; "extra": true is
    origin extra (false or missing: not stated); kind health-agency is
    health-trust."""
    p = copy.deepcopy(plan)
    p["version"] = VERSION

    def action(a):
        a.setdefault("status", "planned")
        if a.pop("extra", False) is True:
            a["origin"] = "extra"
        for f in a.get("fundings", []):
            funding(f)
        for q in a.get("partners", []):
            q.setdefault("role", "participant")

    def funding(f):
        if f.get("status") == "unknown":
            del f["status"]

    for partner in p.get("partners", []):
        if partner.get("kind") == "health-agency":
            partner["kind"] = "health-trust"
    for o in p.get("objectives", []):
        o.setdefault("status", "planned")
        for q in o.get("partners", []):
            q.setdefault("role", "participant")
        for a in o.get("actions", []):
            action(a)
    for pr in p.get("projects", []):
        pr.setdefault("status", "planned")
        pr.setdefault("scope", "ambito")
        for q in pr.get("partners", []):
            q.setdefault("role", "participant")
        for f in pr.get("fundings", []):
            funding(f)
        for a in pr.get("actions", []):
            action(a)
    return canonicalize(p)


# --- Editing ---------------------------------------------------------------------------------

# Every kind of edit edit() makes, and the members of its record (besides
# "edit", the kind). Owners and parents are {"kind": ..., "id": ...}; a
# value that is not stated is None.
EDIT_KINDS = {
    "add-action": ("action", "parent"),
    "remove-action": ("action", "parent", "sub-actions"),
    "rename-action": ("action", "before", "after"),
    "move-action": ("action", "from", "to"),
    "set-action-status": ("action", "before", "after"),
    "set-action-date": ("action", "before", "after"),
    "set-action-origin": ("action", "before", "after"),
    "add-participation": ("owner", "partner", "role"),
    "remove-participation": ("owner", "partner", "role"),
    "set-participation-role": ("owner", "partner", "before", "after"),
    "add-funding": ("owner", "funding"),
    "remove-funding": ("owner", "funding"),
    "set-funding": ("owner", "index", "before", "after"),
    "add-partner": ("partner", "kind"),
    "remove-partner": ("partner", "references-removed"),
    "add-measurement": ("indicator", "measurement"),
    "add-milestone": ("action", "milestone"),
    "remove-milestone": ("action", "milestone"),
    "set-objective-status": ("objective", "before", "after"),
    "move-sub-action": ("action", "from", "to"),
    "reorder-actions": ("owner", "before", "after"),
    "reorder-objectives": ("before", "after"),
    "reorder-milestones": ("action", "before", "after"),
    "set-milestone": ("action", "index", "before", "after"),
    "rename-objective": ("objective", "before", "after"),
    "set-project-status": ("project", "before", "after"),
    "set-action-projects": ("action", "before", "after"),
    "set-extension": ("path", "name", "before", "after"),
    "add-objective": ("objective", "index", "moved-in"),
    "remove-objective": ("objective", "moved-out", "references-removed"),
    "add-project": ("project",),
    "remove-project": ("project", "references-removed"),
    "move-indicator": ("indicator", "from", "to"),
    "set-plan-member": ("member", "before", "after"),
    "set-measurement": ("indicator", "index", "before", "after"),
}


# The edits after which the list of actions (_Editor.actions()) is made anew:
# those that add, remove or move an action, or the list that holds one.
_MOVES = {"add-action", "remove-action", "move-action", "move-sub-action", "reorder-actions",
          "reorder-objectives", "add-objective", "remove-objective", "add-project", "remove-project"}


def _set_list(obj, key, items, kind):
    """Sets the array member @key of @obj, or leaves it out when empty, in
    canonical order."""
    if items:
        obj[key] = items
        reordered = _ordered(obj, kind)
        obj.clear()
        obj.update(reordered)
    else:
        obj.pop(key, None)


def _set_member(obj, key, value, kind):
    if value is None:
        obj.pop(key, None)
        return
    obj[key] = value
    reordered = _ordered(obj, kind)
    obj.clear()
    obj.update(reordered)


class _Editor:
    def __init__(self, plan, seed, hostile):
        self.plan = plan
        shape = Shape(hostile=hostile)
        self.gen = _Generator(seed, shape)
        self.rng = self.gen.rng
        if plan.get("language") in _VOCAB:
            self.gen.language = plan["language"]
            self.gen.vocab = _VOCAB[plan["language"]]
        self.gen.lo, self.gen.hi = self.period()
        self.gen.partner_ids = [p["id"] for p in plan.get("partners", [])]
        self.gen.project_ids = [p["id"] for p in plan.get("projects", [])]
        ids = self.gen.ids
        for a, _, _, _, _ in iter_actions(plan):
            ids.reserve("action", a["id"])
        for kind, key in (("partner", "partners"), ("macroarea", "macroareas"),
                          ("objective", "objectives"), ("project", "projects")):
            for x in plan.get(key, []):
                ids.reserve(kind, x["id"])
        for o in plan.get("objectives", []):
            for ind in o.get("indicators", []):
                ids.reserve("indicator", ind["id"])
        self.serial = 0
        self._actions = None

    def period(self):
        lo = parse_date(self.plan.get("start", ""))
        hi = parse_date(self.plan.get("end", ""))
        lo = lo[0] if lo else datetime.date(2021, 1, 1)
        hi = hi[1] if hi else datetime.date(lo.year + 2, 12, 31)
        return (lo, hi) if lo <= hi else (hi, lo)

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))] if seq else None

    def owners(self):
        """Every objective and project, as (kind, dict)."""
        return [("objective", o) for o in self.plan.get("objectives", [])] + \
               [("project", p) for p in self.plan.get("projects", [])]

    def new_id(self, base):
        self.serial += 1
        return self.gen.ids.take("action", f"{base}-e{self.serial}")

    @staticmethod
    def ref(kind, obj):
        return {"kind": kind, "id": obj["id"]}

    # Picking at random without walking the whole plan at every edit, so that
    # editing a plan of 100,000 actions stays fast: the list of actions is
    # kept until an edit adds, removes or moves one (see _MOVES), and an item
    # that must meet a test is drawn until one does (uniform among those).

    def actions(self):
        """Every action, as iter_actions() gives them."""
        if self._actions is None:
            self._actions = list(iter_actions(self.plan))
        return self._actions

    def pick_action(self, test=None):
        """An iter_actions() tuple, at random, for which @test holds; or None."""
        actions = self.actions()
        if not actions:
            return None
        for _ in range(64):
            x = actions[self.rng.randrange(len(actions))]
            if test is None or test(x):
                return x
        return self.pick([x for x in actions if test(x)])

    def pick_holder(self, kinds, test=None):
        """(kind, object) at random among the objectives and projects (as
        @kinds says) and every action, for which @test holds; or None."""
        pools = [(k, self.plan.get(k + "s", [])) for k in ("objective", "project") if k in kinds]
        actions = self.actions()
        total = sum(len(pool) for _, pool in pools) + len(actions)
        if total == 0:
            return None
        for _ in range(64):
            r = self.rng.randrange(total)
            for kind, pool in pools:
                if r < len(pool):
                    found = (kind, pool[r])
                    break
                r -= len(pool)
            else:
                found = ("action", actions[r][0])
            if test is None or test(found[1]):
                return found
        return self.pick([(k, x) for k, pool in pools for x in pool if test(x)] +
                         [("action", x[0]) for x in actions if test(x[0])])

    # Each returns a record, or None when the plan offers nothing to edit.

    def add_action(self):
        r = self.rng.random()
        top = self.pick_action(lambda x: x[3] is None) if r < 0.3 else None
        if top is not None:
            parent = top[0]
            title = self.gen.pick(self.gen.vocab["sub-action"])
            a = self.gen.action(self.new_id(parent["id"]), title, sub=True)
            _set_list(parent, "actions", parent.get("actions", []) + [a], "action")
            return {"action": a["id"], "parent": self.ref("action", parent)}
        owners = self.owners()
        if not owners:
            return None
        kind, owner = self.pick(owners)
        a = self.gen.action(self.new_id("az"), self.gen.action_title())
        _set_list(owner, "actions", owner.get("actions", []) + [a], kind)
        return {"action": a["id"], "parent": self.ref(kind, owner)}

    def remove_action(self):
        found = self.pick_action()
        if found is None:
            return None
        a, kind, owner, parent, holder = found
        holder.remove(a)
        if parent is not None:
            _set_list(parent, "actions", holder, "action")
            where = self.ref("action", parent)
        else:
            _set_list(owner, "actions", holder, kind)
            where = self.ref(kind, owner)
        return {"action": a["id"], "parent": where,
                "sub-actions": [s["id"] for s in a.get("actions", [])]}

    def rename_action(self):
        a = (self.pick_action() or (None,))[0]
        if a is None:
            return None
        before = a["title"]
        after = self.gen.text(self.gen.action_title())
        if after == before:
            after += " (rivisto)"
        a["title"] = after
        return {"action": a["id"], "before": before, "after": after}

    def move_action(self):
        found = self.pick_action(lambda x: x[3] is None)
        owners = self.owners()
        if found is None or len(owners) < 2:
            return None
        a, kind, owner, _, holder = found
        targets = [(k, o) for k, o in owners if o is not owner]
        to_kind, to = self.pick(targets)
        holder.remove(a)
        _set_list(owner, "actions", holder, kind)
        if to_kind == "project" and to["id"] in a.get("projects", []):
            _set_list(a, "projects", [p for p in a["projects"] if p != to["id"]], "action")
        _set_list(to, "actions", to.get("actions", []) + [a], to_kind)
        return {"action": a["id"], "from": self.ref(kind, owner), "to": self.ref(to_kind, to)}

    def set_action_status(self):
        a, _, _, parent, _ = self.pick_action() or (None,) * 5
        if a is None:
            return None
        before = a.get("status")
        after = self.pick([s for s in STATUSES + (None,) if s != before])
        _set_member(a, "status", after, "sub-action" if parent else "action")
        return {"action": a["id"], "before": before, "after": after}

    def set_action_origin(self):
        a, _, _, parent, _ = self.pick_action() or (None,) * 5
        if a is None:
            return None
        before = a.get("origin")
        after = self.pick([s for s in ORIGINS + (None,) if s != before])
        _set_member(a, "origin", after, "sub-action" if parent else "action")
        return {"action": a["id"], "before": before, "after": after}

    def set_action_date(self):
        a, _, _, parent, _ = self.pick_action() or (None,) * 5
        if a is None:
            return None
        kind = "sub-action" if parent else "action"
        before = {"date": a.get("date"), "end-date": a.get("end-date")}
        r = self.rng.random()
        old = parse_date(a.get("date", ""))
        if r < 0.3 and old is not None:
            # The same date at another precision, coarser or finer.
            precision = self.pick([p for p in _PRECISIONS if p != old[2]])
            day = _random_day(self.rng, old[0], old[1])
            new = {"date": format_date(day, precision), "end-date": a.get("end-date")}
            if new["end-date"] and not span_ordered(new["date"], new["end-date"]):
                new["end-date"] = None
        elif r < 0.5 and ("date" in a or "end-date" in a):
            new = {"date": None, "end-date": None}                 # removed
        elif r < 0.75:
            new = {"date": self.gen.date(), "end-date": None}
        else:
            start, end = _random_span(self.rng, self.gen.lo, self.gen.hi)
            new = {"date": start, "end-date": end}
        if new == before:
            new = {"date": None, "end-date": None} if before["date"] else \
                  {"date": format_date(self.gen.lo, "year"), "end-date": None}
        a.pop("date", None)
        a.pop("end-date", None)
        for key in ("date", "end-date"):
            if new[key] is not None:
                _set_member(a, key, new[key], kind)
        return {"action": a["id"], "before": before, "after": new}

    def add_participation(self):
        partners = [p["id"] for p in self.plan.get("partners", [])]
        holder = self.pick_holder(("objective", "project"))
        if not partners or holder is None:
            return None
        kind, obj = holder
        # The same partner in the same role twice in one list is refused
        # (libpdz: PDZ_ERROR_DUPLICATE_ID): pick a pair the list lacks.
        taken = {(q["partner"], q.get("role")) for q in obj.get("partners", [])}
        free = [(partner, role) for partner in partners for role in ROLES + (None,)
                if (partner, role) not in taken]
        if not free:
            return None
        partner, role = self.pick(free)
        p = {"partner": partner}
        if role is not None:
            p["role"] = role
        _set_list(obj, "partners", obj.get("partners", []) + [p],
                  "action" if kind == "action" else kind)
        return {"owner": self.ref(kind, obj), "partner": p["partner"], "role": role}

    def remove_participation(self):
        holder = self.pick_holder(("objective", "project"), lambda o: o.get("partners"))
        if holder is None:
            return None
        kind, obj = holder
        parts = obj["partners"]
        p = parts.pop(self.rng.randrange(len(parts)))
        _set_list(obj, "partners", parts, "action" if kind == "action" else kind)
        return {"owner": self.ref(kind, obj), "partner": p["partner"], "role": p.get("role")}

    def set_participation_role(self):
        holder = self.pick_holder(("objective", "project"), lambda o: o.get("partners"))
        if holder is None:
            return None
        kind, obj = holder
        p = self.pick(obj["partners"])
        before = p.get("role")
        held = {q.get("role") for q in obj["partners"] if q["partner"] == p["partner"]}
        after = self.pick([r for r in ROLES + (None,) if r not in held])
        _set_member(p, "role", after, "participation")
        return {"owner": self.ref(kind, obj), "partner": p["partner"], "before": before, "after": after}

    def add_funding(self):
        holder = self.pick_holder(("project",))
        if holder is None:
            return None
        kind, obj = holder
        f = self.gen.fundings(1)[0]
        _set_list(obj, "fundings", obj.get("fundings", []) + [f], "action" if kind == "action" else kind)
        return {"owner": self.ref(kind, obj), "funding": copy.deepcopy(f)}

    def remove_funding(self):
        holder = self.pick_holder(("project",), lambda o: o.get("fundings"))
        if holder is None:
            return None
        kind, obj = holder
        fundings = obj["fundings"]
        f = fundings.pop(self.rng.randrange(len(fundings)))
        _set_list(obj, "fundings", fundings, "action" if kind == "action" else kind)
        return {"owner": self.ref(kind, obj), "funding": f}

    def set_funding(self):
        holder = self.pick_holder(("project",), lambda o: o.get("fundings"))
        if holder is None:
            return None
        kind, obj = holder
        index = self.rng.randrange(len(obj["fundings"]))
        f = obj["fundings"][index]
        before = copy.deepcopy(f)
        if self.rng.random() < 0.5:
            _set_member(f, "amount", self.pick((None, self.gen.amount())), "funding")
        else:
            _set_member(f, "status", self.pick([s for s in FUNDING_STATUSES + (None,)
                                                if s != f.get("status")]), "funding")
        if f == before:               # nothing changed: change the amount for sure
            if "amount" in f:
                del f["amount"]
            else:
                _set_member(f, "amount", 100, "funding")
        return {"owner": self.ref(kind, obj), "index": index, "before": before, "after": copy.deepcopy(f)}

    def add_partner(self):
        kind = self.pick(PARTNER_KINDS)
        p = self.gen.partner(kind)
        _set_list(self.plan, "partners", self.plan.get("partners", []) + [p], "plan")
        self.gen.partner_ids.append(p["id"])
        return {"partner": p["id"], "kind": kind}

    def remove_partner(self):
        partners = self.plan.get("partners", [])
        if not partners:
            return None
        gone = partners[self.rng.randrange(len(partners))]["id"]
        n = 0
        holders = itertools.chain((("objective", o) for o in self.plan.get("objectives", [])),
                                  (("project", p) for p in self.plan.get("projects", [])),
                                  (("action", x[0]) for x in self.actions()))
        for kind, obj in holders:
            parts = obj.get("partners")
            if not parts or all(p["partner"] != gone for p in parts):
                continue
            kept = [p for p in parts if p["partner"] != gone]
            n += len(parts) - len(kept)
            _set_list(obj, "partners", kept, kind)
        for p in self.plan.get("projects", []):
            if p.get("lead") == gone:
                del p["lead"]
                n += 1
        if gone in self.plan.get("municipalities", []):
            _set_list(self.plan, "municipalities",
                      [m for m in self.plan["municipalities"] if m != gone], "plan")
            n += 1
        if self.plan.get("lead-municipality") == gone:
            del self.plan["lead-municipality"]
            n += 1
        _set_list(self.plan, "partners", [p for p in partners if p["id"] != gone], "plan")
        self.gen.partner_ids = [p for p in self.gen.partner_ids if p != gone]
        return {"partner": gone, "references-removed": n}

    def add_measurement(self):
        indicators = [ind for o in self.plan.get("objectives", []) for ind in o.get("indicators", [])]
        ind = self.pick(indicators)
        if ind is None:
            return None
        m = self.gen.measurement(True)
        _set_list(ind, "measurements", ind.get("measurements", []) + [m], "indicator")
        return {"indicator": ind["id"], "measurement": copy.deepcopy(m)}

    def add_milestone(self):
        a, _, _, parent, _ = self.pick_action() or (None,) * 5
        if a is None:
            return None
        m = self.gen.milestones()[0]
        _set_list(a, "milestones", a.get("milestones", []) + [m], "sub-action" if parent else "action")
        return {"action": a["id"], "milestone": copy.deepcopy(m)}

    def remove_milestone(self):
        found = self.pick_action(lambda x: x[0].get("milestones"))
        if found is None:
            return None
        a, parent = found[0], found[3]
        ms = a["milestones"]
        m = ms.pop(self.rng.randrange(len(ms)))
        _set_list(a, "milestones", ms, "sub-action" if parent else "action")
        return {"action": a["id"], "milestone": m}

    def set_objective_status(self):
        o = self.pick(self.plan.get("objectives", []))
        if o is None:
            return None
        before = o.get("status")
        after = self.pick([s for s in STATUSES + (None,) if s != before])
        _set_member(o, "status", after, "objective")
        return {"objective": o["id"], "before": before, "after": after}


    # Edits for the comparison of two rounds: moves and orders, objectives and
    # projects that come and go (with what they hold), "x-" members.

    def move_sub_action(self):
        found = self.pick_action(lambda x: x[3] is not None)
        if found is None:
            return None
        a, _, _, parent, holder = found
        target = self.pick_action(lambda x: x[3] is None and x[0] is not parent)
        if target is None:
            return None
        to = target[0]
        holder.remove(a)
        _set_list(parent, "actions", holder, "action")
        _set_list(to, "actions", to.get("actions", []) + [a], "action")
        return {"action": a["id"], "from": self.ref("action", parent), "to": self.ref("action", to)}

    def _shuffled(self, items, key=lambda x: x["id"]):
        """@items in another order (by @key), or None."""
        before = [key(x) for x in items]
        if len(set(before)) < 2:
            return None
        order = list(items)
        while [key(x) for x in order] == before:
            self.rng.shuffle(order)
        return order

    def reorder_actions(self):
        owners = [(k, o) for k, o in self.owners() if len(o.get("actions", [])) >= 2]
        bullet = self.pick_action(lambda x: x[3] is None and len(x[0].get("actions", [])) >= 2) \
            if self.rng.random() < 0.3 or not owners else None
        if bullet is not None:
            kind, o = "action", bullet[0]
        elif owners:
            kind, o = self.pick(owners)
        else:
            return None
        before = [x["id"] for x in o["actions"]]
        o["actions"] = self._shuffled(o["actions"])
        return {"owner": self.ref(kind, o), "before": before, "after": [x["id"] for x in o["actions"]]}

    def reorder_objectives(self):
        objectives = self.plan.get("objectives", [])
        if len(objectives) < 2:
            return None
        before = [o["id"] for o in objectives]
        self.plan["objectives"] = self._shuffled(objectives)
        return {"before": before, "after": [o["id"] for o in self.plan["objectives"]]}

    def reorder_milestones(self):
        def text(m):
            return json.dumps(m, sort_keys=True)

        found = self.pick_action(lambda x: len({text(m) for m in x[0].get("milestones", [])}) >= 2)
        if found is None:
            return None
        a = found[0]
        before = copy.deepcopy(a["milestones"])
        a["milestones"] = self._shuffled(a["milestones"], text)
        return {"action": a["id"], "before": before, "after": copy.deepcopy(a["milestones"])}

    def set_milestone(self):
        found = self.pick_action(lambda x: x[0].get("milestones"))
        if found is None:
            return None
        a = found[0]
        index = self.rng.randrange(len(a["milestones"]))
        m = a["milestones"][index]
        before = copy.deepcopy(m)
        if self.rng.random() < 0.5:
            m["date"] = _random_date(self.rng, self.gen.lo, self.gen.hi)
        else:
            m["title"] = self.gen.text(self.gen.pick(self.gen.vocab["milestone"]))
        if m == before:
            m["title"] = before["title"] + " (rivisto)"
        return {"action": a["id"], "index": index, "before": before, "after": copy.deepcopy(m)}

    def rename_objective(self):
        o = self.pick(self.plan.get("objectives", []))
        if o is None:
            return None
        before = o["title"]
        v = self.gen.vocab
        after = self.gen.text(f"{self.gen.pick(v['objective-head'])} {self.gen.pick(v['objective-topic'])}")
        if after == before:
            after += " (rivisto)"
        o["title"] = after
        return {"objective": o["id"], "before": before, "after": after}

    def set_project_status(self):
        p = self.pick(self.plan.get("projects", []))
        if p is None:
            return None
        before = p.get("status")
        after = self.pick([s for s in STATUSES + (None,) if s != before])
        _set_member(p, "status", after, "project")
        return {"project": p["id"], "before": before, "after": after}

    def set_action_projects(self):
        projects = [p["id"] for p in self.plan.get("projects", [])]
        found = self.pick_action()
        if not projects or found is None:
            return None
        a, _, _, parent, _ = found
        before = a.get("projects", [])
        for _attempt in range(10):
            after = self.rng.sample(projects, self.rng.randrange(0, min(2, len(projects)) + 1))
            if sorted(after) != sorted(before):
                break
        else:
            return None
        _set_list(a, "projects", after, "sub-action" if parent else "action")
        return {"action": a["id"], "before": before, "after": after}

    def _pick_object(self):
        """An object that may hold "x-" members, at random: (JSON pointer, object)."""
        def ptr(*parts):
            return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)

        def index_of(seq, x):
            return next(i for i, y in enumerate(seq) if y is x)

        def with_items(base, obj, keys):
            """@obj, or one of the items of its lists @keys."""
            choices = [(base, obj)]
            for key in keys:
                choices += [(base + ptr(key, i), x) for i, x in enumerate(obj.get(key, []))]
            return self.pick(choices)

        plan = self.plan
        r = self.rng.random()
        if r < 0.15 and plan.get("partners"):
            i = self.rng.randrange(len(plan["partners"]))
            return ptr("partners", i), plan["partners"][i]
        if r < 0.3 and plan.get("objectives"):
            i = self.rng.randrange(len(plan["objectives"]))
            o = plan["objectives"][i]
            if o.get("indicators") and self.rng.random() < 0.3:
                j = self.rng.randrange(len(o["indicators"]))
                return with_items(ptr("objectives", i, "indicators", j), o["indicators"][j], ("measurements",))
            return with_items(ptr("objectives", i), o, ("partners",))
        if r < 0.4 and plan.get("projects"):
            i = self.rng.randrange(len(plan["projects"]))
            return with_items(ptr("projects", i), plan["projects"][i], ("partners", "fundings"))
        found = self.pick_action() if r >= 0.05 else None
        if found is None:
            return "", plan
        a, kind, owner, parent, _ = found
        base = ptr(kind + "s", index_of(plan[kind + "s"], owner))
        if parent is None:
            base += ptr("actions", index_of(owner["actions"], a))
        else:
            base += ptr("actions", index_of(owner["actions"], parent), "actions", index_of(parent["actions"], a))
        return with_items(base, a, ("milestones", "partners", "fundings"))

    def set_extension(self):
        path, obj = self._pick_object()
        names = [k for k in obj if k.startswith("x-")]
        if names and self.rng.random() < 0.6:
            name = self.pick(names)
        else:
            self.serial += 1
            name = f"x-e{self.serial}"
        before = copy.deepcopy(obj.get(name))
        after = None if name in obj and self.rng.random() < 0.4 else \
            self.rng.choice(("nota", 7, 2.5, True, {"fonte": "ISTAT", "anno": self.serial}, [1, "due"]))
        if after == before:
            after = {"rev": self.serial}
        if after is None:
            del obj[name]
        else:
            obj[name] = after
        return {"path": path, "name": name, "before": before, "after": copy.deepcopy(after)}

    def add_objective(self):
        g = self.gen
        v = g.vocab
        ident = g.ids.take("objective", "obiettivo-e")
        o = {"id": ident}
        o["title"] = g.text(f"{g.pick(v['objective-head'])} {g.pick(v['objective-topic'])}")
        macroareas = [m["id"] for m in self.plan.get("macroareas", [])]
        if macroareas and self.rng.random() < 0.8:
            o["macroarea"] = self.pick(macroareas)
        status = g.status()
        if status is not None:
            o["status"] = status
        actions = [g.action(self.new_id("az"), g.action_title()) for _ in range(self.rng.randrange(0, 3))]
        moved = []
        top = self.pick_action(lambda x: x[3] is None) if self.rng.random() < 0.5 else None
        if top is not None:
            a, kind, owner, _, holder = top
            holder.remove(a)
            _set_list(owner, "actions", holder, kind)
            actions.insert(self.rng.randrange(len(actions) + 1), a)
            moved.append(a["id"])
        if actions:
            o["actions"] = actions
        objectives = self.plan.get("objectives", [])
        index = self.rng.randrange(len(objectives) + 1)
        objectives.insert(index, _ordered(o, "objective"))
        _set_list(self.plan, "objectives", objectives, "plan")
        return {"objective": ident, "index": index, "moved-in": moved}

    def remove_objective(self):
        objectives = self.plan.get("objectives", [])
        if not objectives:
            return None
        o = self.pick(objectives)
        others = [(k, x) for k, x in self.owners() if x is not o]
        moved = []
        for a in list(o.get("actions", [])):
            if others and self.rng.random() < 0.3:
                kind, to = self.pick(others)
                if kind == "project" and to["id"] in a.get("projects", []):
                    _set_list(a, "projects", [p for p in a["projects"] if p != to["id"]], "action")
                _set_list(to, "actions", to.get("actions", []) + [a], kind)
                moved.append(a["id"])
        n = 0
        for p in self.plan.get("projects", []):
            if o["id"] in p.get("objectives", []):
                _set_list(p, "objectives", [x for x in p["objectives"] if x != o["id"]], "project")
                n += 1
        _set_list(self.plan, "objectives", [x for x in objectives if x is not o], "plan")
        return {"objective": o["id"], "moved-out": moved, "references-removed": n}

    def add_project(self):
        g = self.gen
        ident = g.ids.take("project", "progetto-e")
        p = {"id": ident, "title": g.text(g.pick(("PNRR Housing First", "Progetto Ponte", "Rete Giovani",
                                                   "Comunità Amica")))}
        status = g.status()
        if status is not None:
            p["status"] = status
        objectives = [o["id"] for o in self.plan.get("objectives", [])]
        if objectives and self.rng.random() < 0.6:
            p["objectives"] = self.rng.sample(objectives, self.rng.randrange(1, min(2, len(objectives)) + 1))
        actions = [g.action(self.new_id("az"), g.action_title()) for _ in range(self.rng.randrange(0, 3))]
        if actions:
            p["actions"] = actions
        _set_list(self.plan, "projects", self.plan.get("projects", []) + [_ordered(p, "project")], "plan")
        g.project_ids.append(ident)
        return {"project": ident}

    def remove_project(self):
        projects = self.plan.get("projects", [])
        if not projects:
            return None
        p = self.pick(projects)
        n = 0
        for a, _, _, parent, _ in self.actions():
            if p["id"] in a.get("projects", []):
                _set_list(a, "projects", [x for x in a["projects"] if x != p["id"]],
                          "sub-action" if parent else "action")
                n += 1
        _set_list(self.plan, "projects", [x for x in projects if x is not p], "plan")
        self.gen.project_ids = [x for x in self.gen.project_ids if x != p["id"]]
        return {"project": p["id"], "references-removed": n}

    def move_indicator(self):
        objectives = self.plan.get("objectives", [])
        found = [o for o in objectives if o.get("indicators")]
        if not found or len(objectives) < 2:
            return None
        source = self.pick(found)
        to = self.pick([o for o in objectives if o is not source])
        ind = source["indicators"][self.rng.randrange(len(source["indicators"]))]
        _set_list(source, "indicators", [x for x in source["indicators"] if x is not ind], "objective")
        _set_list(to, "indicators", to.get("indicators", []) + [ind], "objective")
        return {"indicator": ind["id"], "from": source["id"], "to": to["id"]}

    def set_plan_member(self):
        member = self.pick(("title", "description", "ambito"))
        before = self.plan.get(member)
        after = self.pick([x for x in (None, "Piano di Zona 2024-2026", "Ambito di prova",
                                       "Secondo round di monitoraggio") if x != before])
        _set_member(self.plan, member, after, "plan")
        return {"member": member, "before": before, "after": after}

    def set_measurement(self):
        indicators = [i for o in self.plan.get("objectives", []) for i in o.get("indicators", [])
                      if i.get("measurements")]
        ind = self.pick(indicators)
        if ind is None:
            return None
        index = self.rng.randrange(len(ind["measurements"]))
        m = ind["measurements"][index]
        before = copy.deepcopy(m)
        value = self.gen.value()
        if value == m["value"]:
            value = m["value"] + 1
        m["value"] = value
        return {"indicator": ind["id"], "index": index, "before": before, "after": copy.deepcopy(m)}


def edit(plan, seed, n_edits, hostile=False, kinds=None):
    """A copy of @plan after @n_edits random edits, and the list of the edits.

    Each edit is a dict: {"edit": KIND, ...} with the members EDIT_KINDS
    lists for KIND; @kinds (default: all of EDIT_KINDS) restricts them. The
    result is a valid, canonical version-2 plan (a version-1 plan is
    upgraded first). @plan itself is not changed."""
    if plan.get("version") == 1:
        plan = upgrade_v1(plan)
    new = json.loads(json.dumps(plan))
    editor = _Editor(new, seed, hostile)
    kinds = [k for k in EDIT_KINDS if kinds is None or k in kinds]
    edits = []
    for _ in range(n_edits):
        for _attempt in range(100):
            kind = kinds[editor.rng.randrange(len(kinds))]
            record = getattr(editor, kind.replace("-", "_"))()
            if kind in _MOVES:
                editor._actions = None
            if record is not None:
                edits.append({"edit": kind, **record})
                break
        else:
            raise ValueError("the plan offers nothing to edit")
    return canonicalize(new), edits


# --- Presets and the benchmark shape --------------------------------------------------------


def preset_plans(name, seed, plans=None, **overrides):
    """(file name, plan) for each plan of preset @name. @plans and the
    Shape @overrides make a smaller run (tests use them). The plans have
    distinct ids; plan i has its own seed, derived from @seed and i."""
    preset = PRESETS[name]
    n = preset.plans if plans is None else plans
    for i in range(1, n + 1):
        if preset.directory:
            ident = f"ambito-{i:03d}"
            shape = dataclasses.replace(preset.shape, plan_id=f"{ident}-{seed}", **overrides)
            yield f"{ident}.json", generate(seed * 1000003 + i, shape)
        else:
            shape = dataclasses.replace(preset.shape, plan_id=f"{name}-{seed}", **overrides)
            yield f"{name}.json", generate(seed, shape)


def gen_plan_compat(objectives=2000, actions=10, partners=200, macroareas=10, project_every=10):
    """The plan tests/perf/gen-plan.py has always written (same shape, ids,
    values and order), in version 2: what version 1 let it leave to
    defaults is written out (the second participation of each action is
    "participant"), and the partner kind health-agency is health-trust.
    Not random: a pure function of the counts."""
    if objectives < 1 or actions < 1 or partners < 2:
        raise ValueError("need at least 1 objective, 1 action and 2 partners")
    kinds = ["municipality", "health-trust", "housing-agency", "third-sector", "school"]

    def month(i):
        return "%04d-%02d" % (2021 + (i // 12) % 3, 1 + i % 12)

    plan = {"format": FORMAT, "version": VERSION,
            "id": "bench-%d-%d" % (objectives, actions),
            "title": "Piano generato (%d obiettivi, %d azioni ciascuno)" % (objectives, actions),
            "ambito": "Ambito di prova", "language": "it", "start": "2021", "end": "2023",
            "municipalities": ["partner-0", "partner-1"], "lead-municipality": "partner-0",
            "partners": [{"id": "partner-%d" % p, "name": "Ente %d" % p, "kind": kinds[p % len(kinds)]}
                         for p in range(partners)],
            "macroareas": [{"id": "area-%d" % m, "title": "Macroarea %d" % m,
                            "code": chr(ord("A") + m % 10)} for m in range(macroareas)]}
    roles = ["lead", "partner", "signatory", "funder", "contractor", "participant", "consulted"]
    objs = []
    for o in range(objectives):
        acts = []
        for a in range(actions):
            k = o * actions + a
            action = {
                "id": "action-%d-%d" % (o, a),
                "title": "Azione %d dell'obiettivo %d" % (a, o),
                "status": STATUSES[k % len(STATUSES)],
                "date": month(k),
                "partners": [
                    {"partner": "partner-%d" % (k % partners), "role": roles[k % len(roles)]},
                    {"partner": "partner-%d" % ((k * 7 + 3) % partners), "role": "participant"},
                ],
            }
            if a == 0 and o // project_every * project_every + project_every <= objectives:
                action["projects"] = ["project-%d" % (o // project_every)]
            if k % 4 == 0:
                action["fundings"] = [{"source": "FNPS", "amount": 1000 * (k % 97 + 1), "status": "granted"}]
            acts.append(action)
        objs.append({
            "id": "objective-%d" % o,
            "title": "Obiettivo %d" % o,
            "macroarea": "area-%d" % (o % macroareas),
            "status": STATUSES[o % len(STATUSES)],
            "description": "Descrizione dell'obiettivo %d." % o,
            "partners": [{"partner": "partner-%d" % (o % partners), "role": "lead"}],
            "indicators": [{
                "id": "indicator-%d" % o, "title": "Indicatore %d" % o, "unit": "persone",
                "baseline": {"date": "2021", "value": o % 50},
                "target": {"value": o % 50 + 10},
                "measurements": [{"date": "2022-06", "value": o % 50 + 3}],
            }],
            "actions": acts,
        })
    plan["objectives"] = objs
    projects = []
    for j in range(objectives // project_every):
        first = j * project_every
        projects.append({
            "id": "project-%d" % j, "title": "Progetto %d" % j,
            "status": STATUSES[j % len(STATUSES)], "scope": "ambito",
            "lead": "partner-%d" % (j % partners), "start": "2022", "end": "2023",
            "partners": [{"partner": "partner-%d" % ((j + 1) % partners), "role": "partner"}],
            "fundings": [{"source": "PNRR", "amount": 500000, "status": "applied"}],
            "objectives": ["objective-%d" % (first + i) for i in range(project_every)],
            "actions": [{"id": "project-%d-action-%d" % (j, a), "title": "Azione %d del progetto %d" % (a, j),
                         "status": STATUSES[a % len(STATUSES)], "date": month(j + a)} for a in range(2)],
        })
    plan["projects"] = projects
    return plan


# --- The command ------------------------------------------------------------------------------


def _write(path, text):
    """Writes @text to @path ("-" is standard output), replacing it whole."""
    if path == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    tmp = f"{path}.tmp{os.getpid()}"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, path)


def _read(path):
    with open(path, "rb") as f:
        data = f.read()
    return json.loads(data.decode("utf-8-sig"))


def _parser():
    defaults = Shape()
    p = argparse.ArgumentParser(
        prog="pdzgen.py",
        description="Write seeded random plans in format pdz version 2 (valid, canonical, "
                    "the same bytes for the same seed and options).",
        epilog="Modes: generate (default), --preset, --compat-gen-plan, --edit-from. "
               "--count prints the figures of the plan made (see README.md).")
    p.add_argument("--seed", type=int, default=0, help="the seed (default: 0)")
    p.add_argument("-o", "--output", metavar="FILE", default=None,
                   help="where to write the plan, - for standard output (a directory for "
                        "--preset lombardia|italia; default: standard output, or nowhere with --count)")
    shape = p.add_argument_group("shape (generate and --preset)")
    for name, help_text in (("objectives", "objectives (N)"), ("actions", "actions per objective (M)"),
                            ("macroareas", "macroareas"), ("partners", "partners"),
                            ("municipalities", "member municipalities (of the partners)"),
                            ("projects", "projects"), ("project-actions", "actions per project")):
        shape.add_argument(f"--{name}", type=int, default=None, metavar="N",
                           help=f"{help_text} (default: {getattr(defaults, name.replace('-', '_'))})")
    for name in ("sub-action-rate", "milestone-rate", "indicator-rate", "participation-rate",
                 "funding-rate", "link-rate", "project-link-rate", "extension-rate"):
        shape.add_argument(f"--{name}", type=float, default=None, metavar="P",
                           help=f"between 0 and 1 (default: {getattr(defaults, name.replace('-', '_'))})")
    shape.add_argument("--hostile", action="store_true",
                       help="hostile titles, names, ids, links and values (see README.md)")
    shape.add_argument("--plan-id", default=None, help="the plan's id (default: pdzgen-SEED)")
    modes = p.add_argument_group("modes")
    modes.add_argument("--preset", choices=sorted(PRESETS),
                       help="lombardia: 91 plans of 40x25 actions into -o DIR; italia: 600 such "
                            "plans; one-big: one plan of 2,000x50 actions into -o FILE")
    modes.add_argument("--plans", type=int, default=None, metavar="N",
                       help="with --preset: write only the first N plans")
    modes.add_argument("--compat-gen-plan", action="store_true",
                       help="the plan of tests/perf/gen-plan.py (--objectives, default 2000; "
                            "--actions, default 10; --partners, default 200), in version 2")
    modes.add_argument("--edit-from", metavar="FILE",
                       help="read a plan and write it after --edits random edits (seeded by --seed)")
    modes.add_argument("--edits", type=int, default=10, metavar="N",
                       help="with --edit-from: how many edits (default: 10)")
    modes.add_argument("--edit-log", metavar="FILE",
                       help="with --edit-from: write the list of edits there, as JSON")
    modes.add_argument("--count", action="store_true",
                       help="print the figures of the plan made, as JSON (count(), README.md); "
                            "the plan is written only if -o FILE is given")
    modes.add_argument("--count-of", metavar="FILE",
                       help="print the figures of the plan in FILE (version 1 or 2) and exit")
    return p


def main(argv=None):
    parser = _parser()
    args = parser.parse_args(argv)
    overrides = {}
    for name in ("objectives", "actions", "macroareas", "partners", "municipalities", "projects",
                 "project_actions", "sub_action_rate", "milestone_rate", "indicator_rate",
                 "participation_rate", "funding_rate", "link_rate", "project_link_rate",
                 "extension_rate", "plan_id"):
        value = getattr(args, name)
        if value is not None:
            overrides[name] = value
    if args.hostile:
        overrides["hostile"] = True

    def emit(plan):
        if args.count:
            sys.stdout.write(json.dumps(count(plan), indent=2, ensure_ascii=False) + "\n")
            if args.output not in (None, "-"):
                _write(args.output, dump(plan))
        else:
            _write(args.output or "-", dump(plan))

    try:
        if args.count_of:
            sys.stdout.write(json.dumps(count(_read(args.count_of)), indent=2, ensure_ascii=False) + "\n")
            return 0
        if args.preset:
            preset = PRESETS[args.preset]
            overrides.pop("plan_id", None)
            if preset.directory:
                if args.output in (None, "-"):
                    parser.error(f"--preset {args.preset} writes a directory: give -o DIR")
                os.makedirs(args.output, exist_ok=True)
                for name, plan in preset_plans(args.preset, args.seed, args.plans, **overrides):
                    _write(os.path.join(args.output, name), dump(plan))
            else:
                for _, plan in preset_plans(args.preset, args.seed, args.plans, **overrides):
                    emit(plan)
            return 0
        if args.compat_gen_plan:
            emit(gen_plan_compat(args.objectives or 2000, args.actions or 10, args.partners or 200))
            return 0
        if args.edit_from:
            plan, edits = edit(_read(args.edit_from), args.seed, args.edits, hostile=args.hostile)
            if args.edit_log:
                _write(args.edit_log, json.dumps(edits, indent=2, ensure_ascii=False) + "\n")
            emit(plan)
            return 0
        emit(generate(args.seed, **overrides))
        return 0
    except (ValueError, OSError) as e:
        print(f"pdzgen: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
