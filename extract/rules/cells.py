"""What a table cell is, and the words its labels and units use: a currency ("$ bln", "bln yen"), a flow
("Exports", "Trade balance"). A wire item's single labelled line ("Jan-Nov trade balance ($bln): 1,075.67")
is a table of one cell."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tradefacts.extract.period_shifts import shifted
from tradefacts.extract.periods import MONTH_WORDS, find_periods
from tradefacts.extract.rules.basis import MOM
from tradefacts.extract.rules.gazetteer import find_places
from tradefacts.schemas import Basis, Flow, Measure, Period, is_currency, table_scale
from tradefacts.schemas.numbers import ROW_TONNAGE, last_lines, row_tonnage_scale

_CURRENCIES = [
    (re.compile(r"\byen\b|¥", re.IGNORECASE), "JPY"),
    (re.compile(r"\byuan\b|\brmb\b|\bcny\b", re.IGNORECASE), "CNY"),
    (re.compile(r"\beuros?\b|€|\beur\b", re.IGNORECASE), "EUR"),
    (re.compile(r"\bwon\b|₩", re.IGNORECASE), "KRW"),
    (re.compile(r"£|\bpounds?\b|\bgbp\b", re.IGNORECASE), "GBP"),
    (re.compile(r"\$|\bdollars?\b|\busd\b", re.IGNORECASE), "USD"),
]
FLOW_LABELS = [
    (re.compile(r"balance|surplus|deficit", re.IGNORECASE), Flow.balance),
    (re.compile(r"export|\bexp\b", re.IGNORECASE), Flow.exports),  # "Exp($b)", "Exp pct"
    (re.compile(r"import|\bimp\b", re.IGNORECASE), Flow.imports),
    (re.compile(r"^total(?:\s+trade)?$|trade$", re.IGNORECASE), Flow.total),
]


MONEY_TITLE = re.compile(r"\$|bln|mln|billion|million|\byen\b|\byuan\b|\beuros?\b|\bwon\b", re.IGNORECASE)
GROWTH_TITLE = re.compile(r"y/y|yoy|m/m|%|\bpct\b|change", re.IGNORECASE)  # a column of percent changes
# "Crude oil (mln T)", "Unwrought copper (T)", "Total imports ($ bln)": a row label that writes its cells' unit
ROW_UNIT = re.compile(
    rf"\s*{ROW_TONNAGE}|"
    r"\s*\((?:US)?\$\s*(?:mln|bln|billion|million)\)",
    re.IGNORECASE,
)


def row_tonnes(label: str) -> float | None:
    """The scale of a row whose label writes its cells in tonnes ("Crude oil (mln T)": 1e6, "Copper (T)": 1), else
    None."""
    unit = ROW_UNIT.search(label)
    if unit is None or "$" in unit.group():
        return None
    return row_tonnage_scale(unit.group()) or 1.0


def label_flow(text: str, *, total: bool = True) -> Flow | None:
    """The flow a label, title or section line names ("Trade balance", "Exp pct"); the whole trade only when
    `total` (a section or column titled "Total" is no flow of its own)."""
    if total and _BOTH_FLOWS.match(text.strip()):
        return Flow.total  # "Total imports and exports": the whole trade, not the flow named last
    labels = FLOW_LABELS if total else FLOW_LABELS[:3]
    return next((flow for pattern, flow in labels if pattern.search(text)), None)


_BOTH_FLOWS = re.compile(r"(?:total\s+)?(?:imports?\s+and\s+exports?|exports?\s+and\s+imports?)$", re.IGNORECASE)


# any ISO 4217 code beside a scale word or alone in brackets: "(PLN mln)", "(mln SEK)", "INR crore", "(CZK)"
_CODE_UNITS = re.compile(
    r"\b(?P<code>[A-Z]{3})\s+(?:mln|bln|bn|mn|trln|million|billion|thousand|crore|lakh)\b|"
    r"\b(?:mln|bln|bn|mn|trln|million|billion|thousand)\s+(?P<after>[A-Z]{3})\b|\(\s*(?P<alone>[A-Z]{3})\s*[),;]"
)


def cell_currency(*texts: str) -> str | None:
    """The currency the first of `texts` that names one names ("$ bln" is USD, "bln yen" JPY, "(PLN mln)" PLN)."""
    for text in texts:
        for pattern, code in _CURRENCIES:
            if pattern.search(text):
                return code
        for m in _CODE_UNITS.finditer(text):
            if is_currency(code := m.group("code") or m.group("after") or m.group("alone")):
                return code
    return None


@dataclass
class TableCell:
    """One number of a table and what its row, column and section say it measures."""

    row_start: int  # offset of the row's evidence in the article text
    evidence: str
    value_text: str
    value_start: int  # offset of value_text in the evidence
    flow: Flow
    measure: Measure
    basis: Basis | None
    partner: str | None
    product: str | None
    period: Period | None
    currency: str | None
    scale: float
    unit: str | None = None  # a unit that is no currency: "number" for a row of counts ("Autos (units)")
    segment: str | None = None  # a row of a trade mode or a kind of firm: "General trade", "Private enterprises"
    origins_total: bool = False  # the "Total" row under rows of origins: the whole of the story's goods bought


_BASE_WORD = re.compile(r"\b(?:on|over|from|vs\.?|versus|against)\s+$", re.IGNORECASE)  # "% change on 2024"
_YEAR_AGO = re.compile(r"\b(?:yr|year)[- ]?ago\b|\ba\s+year\s+(?:earlier|before)\b", re.IGNORECASE)


def title_period(title: str, fallback: Period | None, year: int | None, published: date | None) -> Period | None:
    """The period a column title, table header or label names ("Jan-Nov", "Oct yr ago"), else `fallback`; not
    a base it is compared with ("% change on 2024")."""
    found = [
        p
        for p in find_periods(title)
        if not p.shift_months and not p.comparison and not _BASE_WORD.search(title, 0, p.start)
    ]
    if not found:
        return fallback
    period = found[0].resolve(year, published)
    if period is not None and found[0].year is None and _YEAR_AGO.search(title):
        return shifted(period, -12)  # "Oct yr ago": October of the year before
    return period


# "Jan-Nov-25 trade balance ($bln): 1,075.67": a label naming a flow and a period, its units, one number
_LABELLED_LINE = re.compile(
    r"^(?P<label>[A-Za-z][^():\n]{2,60}?)\s*\((?P<units>[^()\n]{1,20})\)\s*:\s*(?P<value>[-+]?\d[\d,]*(?:\.\d+)?)\s*$",
    re.MULTILINE,
)


def labelled_lines(text: str, *, year: int | None, published: date | None) -> list[tuple[TableCell, tuple[int, int]]]:
    """The single labelled money lines of a wire item, each a cell with its line's span; a line whose label
    names no flow or no period, or whose units name no currency, is none."""
    out = []
    for m in _LABELLED_LINE.finditer(text):
        flow = label_flow(m.group("label"))
        period = title_period(m.group("label"), None, year, published)
        currency = cell_currency(m.group("units"))
        if flow is None or period is None or currency is None:
            continue
        evidence = m.group().strip()
        value_text = m.group("value").lstrip("+")
        cell = TableCell(
            row_start=m.start(), evidence=evidence, value_text=value_text,
            value_start=m.end("value") - m.start() - len(value_text), flow=flow, measure=Measure.value, basis=None,
            partner=None, product=None, period=period, currency=currency,
            scale=table_scale(text, m.start()) or 1.0,
        )  # fmt: skip
        out.append((cell, (m.start(), m.end())))
    return out


def column_periods(
    columns: list[tuple[int, int, str]], fallback: Period | None, year: int | None, published: date | None
) -> list[Period | None]:
    """Each column's period: its title's, else, for a change column ("y/y pct"), the latest of the value columns
    it follows ("Jan-Jul  y/y pct": January to July; "Jul-24  Jun-24  y/y": July), else the table's."""
    periods: list[Period | None] = []
    run: list[Period] = []  # the periods of the value columns since the last change column
    months: list[Period] = []  # every single month a value column names, for a month-on-month change
    for title in (c[2] for c in columns):
        own = title_period(title, None, year, published)
        change = GROWTH_TITLE.search(title) is not None
        follows = (max(run, key=lambda p: p.end) if run else periods[-1] if periods else None) if change else None
        if change and months and MOM.search(title):
            follows = max(months, key=lambda p: p.end)  # "Nov  y/y pct  Oct  m/m pct": the change to November
        periods.append(own or follows or fallback)
        run = [] if change else [*run, own] if own else run
        months += [own] if own and not change and own.start == own.end else []
    return periods



def column_flows(columns: list[tuple[int, int, str]]) -> list[Flow | None]:
    """Each column's flow: its title's, else, for a change column ("y/y pct"), that of the column it follows
    ("Exports   y/y pct   Imports   y/y pct")."""
    flows: list[Flow | None] = []
    for title in (c[2] for c in columns):
        follows = flows[-1] if flows and GROWTH_TITLE.search(title) else None
        flows.append(label_flow(title, total=False) or follows)
    return flows


def whole_place(text: str) -> str | None:
    """The economy `text` is when it is nothing but a place name, in any case: a column title ("EU", "Japan"), a
    section line over flow rows ("EUROPEAN UNION")."""
    for form in dict.fromkeys((text, text.title())):
        places = find_places(form) if form else []
        if len(places) == 1 and places[0].start == 0 and places[0].end == len(form):
            return places[0].name
    return None


def is_growth(title: str, section: str) -> bool:
    """A column of percent changes ("Sept y/y pct", "y/y %"), not of money ("Sept", "Exports ($bln)")."""
    if GROWTH_TITLE.search(title) and not MONEY_TITLE.search(title):
        return True
    if title and not _UNLESS_STATED.search(section):
        # a title that only names the period or the flow: the money column, unless the section's units are changes
        # alone ("MAJOR PARTNERS, DOLLAR TERMS (pct change y/y)" over "Dec   Jan-Dec")
        return bool(_CHANGES_ONLY.search(section)) and not MONEY_TITLE.search(section)
    return bool(GROWTH_TITLE.search(section)) and not MONEY_TITLE.search(section)


# "KEY FIGURES (pct change y/y unless stated)" over columns "Oct   Sept": every cell a change, but for a row whose
# label states its money ("Trade balance (bln yen)")
_UNLESS_STATED = re.compile(
    r"(?:y/y|yoy|m/m|%|\bpct\b|change)[^;,()]{0,20}\bunless\s+(?:otherwise\s+)?(?:stated|noted|specified)",
    re.IGNORECASE,
)


_CHANGES_ONLY = re.compile(
    r"\(\s*(?:(?:pct|percent|%)\s+change(?:\s+(?:y/y|yoy|m/m|from\s+a\s+year\s+earlier))?|(?:y/y|yoy|m/m)\s+(?:pct|%))"
    r"\s*\)",
    re.IGNORECASE,
)
_ROW_CELLS_AFTER = re.compile(r"\)\s+[-+−]?\d")


# "($ bln unless stated; ...)", "Below are the imports from its top suppliers, in metric tons:"
_UNITS_STATED = re.compile(
    r"\(.*(?:bln|mln|trln|billion|million|trillion|tonnes|tons)|\bin\s+(?:metric\s+)?(?:tonnes|tons)\s*[:.]?\s*$|"
    r"\bin\s+(?:metric\s+)?(?:tonnes|tons),[^()]*:\s*$",  # "... for January-September, in tonnes, according to data:"
    re.IGNORECASE,
)


def units_line(text: str, row_start: int) -> str:
    """The nearest line above a row that states units in brackets ("($ bln unless stated; ...)")."""
    above = last_lines(text, row_start, 25)
    units = (c for c in reversed(above) if _UNITS_STATED.search(c)
             and not _ROW_CELLS_AFTER.search(c))  # not a row that writes its own unit: "Steel products (mln T) 9.98"
    return next(units, "")


COUNTED_ROW = re.compile(r"\s*\((?:units?|vehicles|cars)\)", re.IGNORECASE)  # "Autos (units)": a row of counts
_FLOW_WORD = re.compile(r"\b(?:exports?|imports?|shipments|exp|imp)\b", re.IGNORECASE)
_NOT_GOODS_LABEL = re.compile(
    r"\b(?:total|balance|surplus|deficit|trade|of\s+which|others?|all|average|index|price|volume|n/?a|pct|percent|"
    r"bln|mln|bn|yoy|y/y|m/m|change|values?|levels?|growth|share)\b|\d|[$%€£¥]|"
    rf"^{MONTH_WORDS}$|^(?:goods|merchandise)$",  # "Exports Aug": the month of the row, no goods; "Goods
    # exports": goods alone are no restriction (the guide's null)
    re.IGNORECASE,
)


_CONC = re.compile(r"\bconc\.(?=\s|$)", re.IGNORECASE)


def row_goods(label: str) -> str | None:
    """The goods a row label names, in the order prose writes them ("Copper, unwrought" → "unwrought copper")."""
    words = _FLOW_WORD.sub(" ", ROW_UNIT.sub("", COUNTED_ROW.sub("", label))).strip(" ,:-")
    words = re.sub(r"^of\s+", "", words)  # "Exports of mechanical and electrical products"
    words = _CONC.sub("concentrates", words)  # "Copper ores & conc.": a wire's short form
    if not words or _NOT_GOODS_LABEL.search(words) or not re.fullmatch(r"[A-Za-z][A-Za-z ,&'’-]{1,40}", words):
        return None
    head, _, qualifier = words.partition(",")
    return " ".join(f"{qualifier} {head}".split()).lower()
