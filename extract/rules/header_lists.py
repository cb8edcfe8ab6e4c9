"""Lists of figures one item a line, under a header that declares their unit and basis once:

    Leading markets in October (tons; change from September):
    Germany 1,120 (+5.0%)
    United States 658 (+56.0%)

Each row is a partner (or, when its label is no place, a product) with a level in the header's unit and its change
on the header's basis; the goods and the flow are the story's at that point. The header and row patterns live in
`schemas.numbers`, where the grounding gate reads the same header for the rows' tonnage scale."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradefacts.extract.periods import find_periods
from tradefacts.extract.rules.cells import TableCell, cell_currency, label_flow, whole_place
from tradefacts.extract.rules.context import Context
from tradefacts.extract.rules.tables import table_facts
from tradefacts.extract.text import Sentence
from tradefacts.schemas import Basis, Fact, Flow, Measure, Period, table_scale
from tradefacts.schemas.numbers import LIST_HEADER, LIST_ROW, list_tonnage_scale, list_units_parts

_MONTHLY = re.compile(
    r"m/m|month|sequential|from\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b",
    re.IGNORECASE,
)
_YEARLY = re.compile(r"y/y|year|yoy", re.IGNORECASE)
_COUNTED = re.compile(r"^(?:units|vehicles|cars)$", re.IGNORECASE)
_BUYERS = re.compile(r"\b(?:markets|destinations|buyers|customers|importers)\b", re.IGNORECASE)
_SELLERS = re.compile(r"\b(?:suppliers|origins|sources|sellers|exporters)\b", re.IGNORECASE)


@dataclass
class ListHeader:
    """What a list's header declares for the rows under it."""

    measure: Measure
    unit: str | None  # "tonnes" or "number"; money takes its currency
    currency: str | None
    scale: float | None  # None: money, scaled by the header as a table's cells are
    basis: Basis
    period: Period | None
    flow: Flow | None
    product: str | None = None  # "Leading destinations for China's rare earth magnets, October 2025 (...)"


def read_header(text: str, ctx: Context) -> ListHeader | None:
    """The header of a list ("Leading markets in October (tons; change from September):"), else None."""
    header = LIST_HEADER.match(text.strip())
    if header is None:
        return None
    parts = list_units_parts(header.group("units"))
    level, change = parts[0], " ".join(parts[1:])
    title = header.group("title")
    period = next((r for p in find_periods(title) if not p.comparison and (r := ctx.resolve(p))), None)
    flow = Flow.exports if _BUYERS.search(title) else Flow.imports if _SELLERS.search(title) else (
        label_flow(title, total=False))  # "Key export sectors in September"
    basis = Basis.mom if _MONTHLY.search(change) and not _YEARLY.search(change) else Basis.yoy
    # the story's goods the header names: "Leading destinations for China's rare earth magnets" after a paragraph on
    # rare earths keeps the magnets of the headline
    product = next((g for g in (ctx.title_product, ctx.product) if g and re.search(
        rf"\b{re.escape(g.rstrip('s'))}", title, re.IGNORECASE)), None)
    if (tonnes := list_tonnage_scale(header.group("units"))) is not None:
        return ListHeader(Measure.quantity, "tonnes", None, tonnes, basis, period, flow, product)
    if _COUNTED.match(level):
        return ListHeader(Measure.quantity, "number", None, 1.0, basis, period, flow, product)
    if currency := cell_currency(level):
        return ListHeader(Measure.value, None, currency, None, basis, period, flow, product)
    return None


def list_facts(sentence: Sentence, ctx: Context) -> list[Fact] | None:
    """The facts of a line that is a list's header (none) or one of its rows; None for any other line, which also
    ends the list."""
    if (header := read_header(sentence.text, ctx)) is not None:
        ctx.list_header = header
        return []
    header = ctx.list_header
    row = LIST_ROW.match(sentence.text.strip()) if header else None
    if header is None or row is None:
        ctx.list_header = None
        return None
    lead = len(sentence.text) - len(sentence.text.lstrip())
    evidence, row_start = sentence.text.strip(), sentence.start + lead
    label = row.group("label").strip()
    partner = whole_place(label)
    named_flow = None if partner else label_flow(label)  # "Exports 3,080.6 (+5.3)", "Balance 964.8": the flow
    product = (header.product or ctx.product or ctx.title_product) if partner else None if named_flow else label.lower()
    flow = named_flow or header.flow or ctx.title_flow or ctx.flow
    period = header.period or ctx.period
    scale = header.scale if header.scale is not None else (table_scale(ctx.text, row_start) or 1.0)

    def cell(group: str, measure: Measure) -> TableCell:
        level = measure is not Measure.growth
        return TableCell(
            row_start=row_start, evidence=evidence, value_text=row.group(group).lstrip("+"),
            value_start=row.start(group) + (row.group(group).startswith("+")), flow=flow, measure=measure,
            basis=None if level else header.basis, partner=partner, product=product, period=period,
            currency=header.currency if level else None, scale=scale if level else 1.0,
            unit=header.unit if level else None,
        )  # fmt: skip

    cells = [cell("level", header.measure)]
    change = next((g for g in ("change", "change_after", "change_column") if row.group(g)), None)
    if change:
        cells.append(cell(change, Measure.growth))
    return table_facts(cells, ctx.article_area, ctx.rejected)
