"""Wire tables flattened into text ("TABLE-China Sept exports ..."): rows of cells under column titles.

A table is a run of lines whose cells are separated by two or more spaces: a header (one or two lines of
column titles: "Sept", "Sept y/y pct", "Exports ($bln)"), then rows of a label and numbers. Section lines
("EXPORTS BY DESTINATION ($ bln; pct y/y)", "SEASONALLY ADJUSTED (m/m pct)") change what the rows below
measure. The money scale and currency come from a units line ("($ bln unless stated)", "(bln yen, pct)").
Each cell becomes one fact; its evidence is its row line, its value_text the cell as written.
"""

from __future__ import annotations

import re
from datetime import date

from tradefacts.extract.rules.cells import (
    COUNTED_ROW,
    FLOW_LABELS,
    GROWTH_TITLE,
    MONEY_TITLE,
    ROW_UNIT,
    TableCell,
    cell_currency,
    column_flows,
    column_periods,
    is_growth,
    label_flow,
    labelled_lines,
    row_goods,
    row_tonnes,
    title_period,
    units_line,
    whole_place,
)
from tradefacts.extract.rules.collapsed import title_line_above
from tradefacts.extract.rules.gazetteer import find_places
from tradefacts.extract.rules.product_names import SEGMENT_NAME
from tradefacts.extract.rules.table_layout import (
    OWN_UNITS,
    UNITS_LINE,
    column_for,
    columns_by_order,
    headers_above,
    is_section,
    is_units,
    label_of,
    merge_header,
    note_above,
    units_named,
    wrapped_labels,
)
from tradefacts.extract.rules.table_lines import NUMBER_CELL, TableLine, table_lines
from tradefacts.schemas import (
    Basis,
    Fact,
    Flow,
    Measure,
    RejectedFact,
    Span,
    derive_value,
    sign_rule,
    table_scale,
)

_QUANTITY_CELL = re.compile(rf"^(?P<number>{NUMBER_CELL}(?:\s+(?:mln|bln|thousand))?)\s*(?:T|tonnes|tons)$")
_VOLUME_TITLE = re.compile(r"\bvol(?:ume)?s?\b", re.IGNORECASE)  # "Nov vol", "Jan-Nov volume"
_SCALED = re.compile(r"\b(?:mln|bln|thousand)\b", re.IGNORECASE)  # a cell that writes its own scale
_TONNES = re.compile(r"\b(?:tonnes|tons)\b", re.IGNORECASE)
_MONEY_CELL = re.compile(r"^[+-]?(?:US|A|C|HK|S)?[$€£¥]|.*\d\s*(?:bln|mln|bn|billion|million)$", re.IGNORECASE)
# Volume indexes are out of scope; volumes in tonnes ("VOLUMES (tonnes; pct change y/y)") are quantities.
_OUT_OF_SCOPE = re.compile(
    r"(?<!by\s)volume(?!s?\s*\(\s*(?:tonnes|tons))|index|forecast|poll|median|share\s+price|yield", re.IGNORECASE
)


def _in_scope(section: str, label: str) -> bool:
    """A row under an out-of-scope section title is skipped, unless the title says only "volumes" and the row writes
    its tonnage: "SELECTED COMMODITIES (volumes; m/m and y/y changes in pct)" over "Crude oil imports (mln T)"."""
    found = {m.group().lower() for m in _OUT_OF_SCOPE.finditer(section)}
    return not found or (row_tonnes(label) is not None and all(w.startswith("volume") for w in found))


_DIRECTION_FLOW = {"to": Flow.exports, "from": Flow.imports}  # a row " to Russia" or " from Brazil"


def _row_label(line: TableLine) -> tuple[Flow | None, str | None, str | None]:
    """What a row's label says: a flow, a partner, goods ("Crude oil", "Copper exports", "Copper, unwrought")."""
    label = label_of(line)
    flow = label_flow(label)
    places = find_places(label) if flow is None or re.search(r"\b(?:to|from|with)\b", label) else []
    if places:  # "Exports to Australia", "Balance with EU", "China": the partner
        return flow, places[0].name, None
    return flow, None, row_goods(label)


def read_tables(
    text: str, *, year: int | None, published: date | None, headline: str = ""
) -> tuple[list[TableCell], list[tuple[int, int]]]:
    """Every in-scope cell of every table in `text`, and the character spans the tables cover."""
    lines = table_lines(text)
    cells: list[TableCell] = []
    spans: list[tuple[int, int]] = []
    i = 0
    previous: tuple[list[TableLine], int] | None = None  # the last block's column titles and the line after its rows
    while i < len(lines):
        if not lines[i].is_row():
            i += 1
            continue
        j = i
        while j < len(lines) and (lines[j].is_row() or is_section(lines[j])):
            j += 1
        rows = lines[i:j]
        headers = headers_above(lines, i)
        between = lines[i - 1] if i > 0 else None
        skipped = 0  # a line between the column titles and the rows
        if not headers and between and (is_section(between) or is_units(between)):
            headers = headers_above(lines, i - 1)  # column titles, then " IMPORTS" or "(millions of dollars)"
            skipped = 1 if headers else 0
            if headers and is_section(between):
                rows = [between, *rows]
        if not headers and (above := title_line_above([line.text for line in lines[max(0, i - 5) : i]], min(i, 5))):
            k = i - min(i, 5) + above  # "Nov y/y Jan-Nov y/y", "pct pct", a blank line, "EXPORTS BY VOLUME", rows
            if lines[k].is_header():
                headers, skipped = [lines[k]], i - k - 1
                rows = [*(line for line in lines[k + 1 : i] if is_section(line)), *rows]
        continued = not headers and previous is not None and i - previous[1] <= 3 and between and is_section(between)
        continued = continued and not OWN_UNITS.search(between.text)  # "EXPORT MARKETS, Jan-Sep ($ bln; pct y/y)"
        if continued and previous:  # "EXPORTS:" a blank line under the IMPORTS rows: the same column titles
            headers, rows = previous[0], [between, *rows]
        if sum(r.is_row() for r in rows) >= 2 or headers:
            first = i - 1 if continued else i - len(headers) - skipped
            if not headers and first > 0 and UNITS_LINE.match(lines[first - 1].text.strip()):
                first -= 1  # "(US$ bln; % change on 2024)" right above the rows: its parts name the columns
            if first > 0 and is_section(lines[first - 1]):
                rows = [lines[first - 1], *rows]  # "EXPORTS BY DESTINATION ($ bln)" above the column titles
            cells += _read_block(text, headers, rows, year=year, published=published, headline=headline)
            top = min([h.start for h in headers] + [r.start for r in rows])
            spans.append((top, lines[j - 1].start + len(lines[j - 1].text)))
            previous = (headers, j) if headers else None
        i = j
    for cell, span in labelled_lines(text, year=year, published=published):
        if not any(s <= span[0] < e for s, e in spans):  # "Jan-Nov-25 trade balance ($bln): 1,075.67"
            cells.append(cell)
            spans.append(span)
    return cells, spans


_POLL_TITLE = re.compile(r"\b(?:poll|forecasts?|f['’]?cast|consensus|expected|median)\b", re.IGNORECASE)
def _read_block(
    text: str, headers: list[TableLine], rows: list[TableLine], *, year: int | None, published: date | None,
    headline: str,
) -> list[TableCell]:
    columns = merge_header(headers) if headers else []
    header_text = " ".join(h.text for h in headers)
    first_row = next((r for r in rows if not is_section(r)), rows[0])
    unit_columns = [] if headers else units_named(text, first_row)
    sections = " ".join(r.text for r in rows if is_section(r))
    table_period = title_period(header_text + " " + sections + " " + headline, None, year, published)
    periods_of_columns = column_periods(columns, table_period, year, published)
    named = {f for p, f in FLOW_LABELS[1:3] if p.search(header_text + " " + headline)}
    table_flow = named.pop() if len(named) == 1 else None  # "TABLE-India's imports of key commodities"
    corner = headers[-1].tokens[0] if headers and headers[-1].tokens else None
    flows_of_columns = column_flows(columns)
    volume_growth = _volume_growth_columns(columns)
    # "Rare earths (tonnes)" under "Oct ($ mln)" with no volume column: the row writes its own unit
    volume_columns = any(_VOLUME_TITLE.search(title) or _TONNES.search(title) for _, _, title in columns)
    section_flow: Flow | None = None
    # "EXPORTS   Jul   Jul y/y": the title over the row labels names their flow
    if corner and first_row.cells and (headers[-1].ordinal or corner[1] < first_row.cells[0][0]):
        section_flow = label_flow(corner[2], total=False)
    if section_flow is None and first_row.cells:  # "EXPORTS  Oct  y/y" over a line of units ("($ bln)  (pct)"):
        section_flow = next((flow for h in headers[:-1] if h.tokens and h.tokens[0][1] < first_row.cells[0][0]
                             and (flow := label_flow(h.tokens[0][2], total=False))), None)  # the upper line's corner
    parent_flow: Flow | None = None
    section_basis: Basis | None = None
    section_text = ""
    note = note_above(text, headers[0].start) if headers else ""  # "(pct change y/y)" over the column titles
    out: list[TableCell] = []
    above: tuple[Flow | None, str | None, str | None] = (None, None, None)  # the last row's flow, partner, goods
    wrapped = wrapped_labels(rows)
    section_partner: str | None = None
    origins_above = False  # rows of partners with no flow of their own above this row
    for k, line in enumerate(rows):
        if k - 1 in wrapped:
            continue  # "Union" under "European  45.7  23.5": the end of the row label above
        if is_section(line):
            section_text = line.text
            section_partner = whole_place(line.text.strip())  # "EUROPEAN UNION" over "Exp pct", "Imp pct"
            section_flow = label_flow(section_text, total=False)
            parent_flow = None
            section_basis = Basis.mom if re.search(r"m/m|month", section_text, re.IGNORECASE) and not re.search(
                r"y/y", section_text, re.IGNORECASE) else None  # "(volumes; m/m and y/y changes)": the columns say
            continue
        label = label_of(line)
        if not _in_scope(section_text, label):
            continue
        flow, partner, goods = _row_label(line)
        segment = label.strip().lower() if SEGMENT_NAME.fullmatch(label.strip()) else None  # "General trade"
        goods = None if segment else goods
        if k in wrapped:
            partner, goods = wrapped[k], None
        partner = partner or section_partner
        if flow is partner is goods is None and GROWTH_TITLE.fullmatch(label.strip()):
            flow, partner, goods = above  # " y/y" under "Exports July": the change of the row above
        above = flow, partner, goods
        if flow is Flow.total and section_flow and label.lower() == "total":
            flow = section_flow  # "Total" under "EXPORTS": all exports
        origins_total = flow is Flow.total and label.lower() == "total" and origins_above
        flow = None if origins_total else flow  # "Total" under rows of origins ("Brazil", ...): all they sold
        origins_above = origins_above or (flow is None and partner is not None)
        if flow is not None and partner is None and goods is None:
            parent_flow = flow  # "Total exports": the flow of the " to United States" rows under it
        elif flow is None and partner is not None:
            flow = parent_flow or _DIRECTION_FLOW.get(label.split()[0].lower())
        flow = flow or section_flow
        evidence = line.text.strip()
        lead = len(line.text) - len(line.text.lstrip())
        units = units_line(text, line.start)  # once a row: it looks up to 25 lines above
        scale = table_scale(text, line.start) or 1
        volumes_in_tonnes = bool(_TONNES.search(units + header_text + section_text))
        piped = line.piped and bool(headers) and headers[-1].piped
        by_order = columns_by_order(line.cells, columns)
        for index, cell in enumerate(line.cells):
            written = cell[2]
            if not re.search(r"\d", written):
                continue  # n/a, --
            column = line.tokens.index(cell) if piped else by_order[index] if by_order else column_for(cell, columns)
            if column in volume_growth or (column is not None and _POLL_TITLE.search(columns[column][2])):
                continue  # "Volume  y/y  Value  y/y": the change by weight beside the change by value is out of
                # scope; "Reuters poll (Dec)": economists' forecasts, no reported figures
            title = columns[column][2] if column is not None else (
                unit_columns[index] if index < len(unit_columns) else ""
            )
            column_flow = flows_of_columns[column] if column is not None else label_flow(title, total=False)
            tonnes = _QUANTITY_CELL.match(written)  # "41.8 mln T": a quantity that says so
            growth = not tonnes and not _MONEY_CELL.match(written) and (  # "$190.5 bln" under "percentage
                (is_growth(title, section_text or note)  # changes" is money; "Total imports ($ bln)" under "y/y pct"
                 and (not MONEY_TITLE.search(label) or (ROW_UNIT.search(label) and GROWTH_TITLE.search(title))))
                or (is_growth(label, "") and not MONEY_TITLE.search(title))
                or written.endswith("%")
            )
            value_text = tonnes.group("number") if tonnes else written.lstrip("+$€£¥US").rstrip("%")
            currency = cell_currency(written, title, label, section_text, header_text, units)  # "$46.9": dollars
            # "Nov vol" under "(volume in tonnes unless stated; ...)": 42.35 mln tonnes
            # "(tonnes; pct change y/y)" over columns "Aug   y/y pct": a table of volumes, with no money in it
            counted = not growth and COUNTED_ROW.search(label) is not None
            # "Value ($ mln)" beside "Volume" in a row "Crude oil (mln T)": that column is money, whatever the row's
            # tonnage
            money_column = not growth and not tonnes and _money_title(title) and (
                volume_columns or row_tonnes(label) is None)
            in_tonnes = None if growth or money_column else row_tonnes(label)  # "Crude oil (mln T)  55.97": tonnes
            quantity = bool(tonnes) or counted or in_tonnes is not None or (
                not growth and volumes_in_tonnes and bool(_VOLUME_TITLE.search(title) or currency is None)
            )
            out.append(
                TableCell(
                    row_start=line.start + lead,
                    evidence=evidence,
                    value_text=value_text,
                    value_start=cell[0] - lead + written.index(value_text),
                    flow=column_flow or flow or table_flow or Flow.total,
                    measure=Measure.growth if growth else Measure.quantity if quantity else Measure.value,
                    basis=(Basis.mom if re.search(r"m/m", title, re.IGNORECASE) else section_basis or Basis.yoy)
                    if growth
                    else None,
                    partner=partner or whole_place(title),  # partners as columns: "ASEAN   EU   Japan"
                    product=goods,
                    period=periods_of_columns[column] if column is not None else title_period(
                        title, table_period, year, published
                    ),
                    currency=None if growth or quantity else currency,
                    unit="number" if counted else None,
                    segment=segment,
                    origins_total=origins_total,
                    scale=in_tonnes or (1.0 if growth or quantity or _SCALED.search(written) else (
                        table_scale(title, 0) if money_column else None) or scale),
                )
            )
    return out


def _volume_growth_columns(columns: list[tuple[int, int, str]]) -> set[int]:
    """The change columns that follow a volume column ("Volume   y/y pct") in a table that also has a change of a
    value column ("Value ($ mln)   y/y pct"): the guide leaves volume growth beside value growth out."""
    after: dict[int, str] = {}  # a change column's index, and the kind of the column it follows
    kind = ""
    for k, (_, _, title) in enumerate(columns):
        if is_growth(title, "") and not _VOLUME_TITLE.search(title) and not _money_title(title):
            if kind:
                after[k] = kind
            continue
        kind = "volume" if _VOLUME_TITLE.search(title) else "value" if _money_title(title) else ""
    return {k for k, kind in after.items() if kind == "volume"} if "value" in after.values() else set()


def _money_title(title: str) -> bool:
    """A column title that states a currency and no tonnage: "Value ($ mln)", "Oct 2025 Value ($ mln)"."""
    tonnage = _TONNES.search(title) or re.search(r"\(\s*(?:mln\s+)?T\s*\)", title)
    return cell_currency(title) is not None and not tonnage


def table_facts(
    cells: list[TableCell], area: str | None, rejected: list[RejectedFact], story_goods: str | None = None
) -> list[Fact]:
    """The facts of table cells; a cell with no area, period or currency is recorded in `rejected` instead. A row of a
    partner that names no goods, in a story on one kind of goods (`story_goods`: "China's Nov soybean imports from
    Brazil jump"), is of those goods: the table of suppliers under it."""
    facts = []
    for cell in cells:
        reason = None
        if area is None:
            reason = "no area: the table's article names no economy"
        elif cell.period is None:
            reason = "no period: the table's columns and headline name no month and there is no published date"
        elif cell.measure is Measure.value and cell.currency is None:
            reason = "no currency: the table states no unit for its money columns"
        record = {"value_text": cell.value_text, "evidence": cell.evidence, "measure": cell.measure}
        if reason:
            rejected.append(RejectedFact(reason=reason, fact=record))
            continue
        of_story = cell.partner is not None or cell.origins_total  # a supplier's row, or all of theirs
        try:
            rule = sign_rule(cell.measure, cell.flow)
            value = derive_value(cell.value_text, cell.evidence, rule, cell.value_start) * cell.scale
            facts.append(
                Fact(
                    area=area,  # type: ignore[arg-type]
                    partner=cell.partner if cell.partner != area else None,
                    product=cell.product or (story_goods if of_story and not cell.segment else None),
                    segment=cell.segment,
                    flow=cell.flow,
                    measure=cell.measure,
                    basis=cell.basis,
                    value=value,
                    unit=cell.unit or cell.currency or ("tonnes" if cell.measure is Measure.quantity else "percent"),
                    period=cell.period,  # type: ignore[arg-type]
                    value_text=cell.value_text,
                    evidence=cell.evidence,
                    evidence_span=Span(cell.row_start, cell.row_start + len(cell.evidence)),
                    source="regex",
                )
            )
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            rejected.append(RejectedFact(reason=f"table cell does not make a valid fact: {exc}", fact=record))
    return facts
