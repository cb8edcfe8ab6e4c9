"""The layout of a table flattened into text lines: its column titles (merged over two or three header lines),
which column a cell sits under, units and section lines, and row labels that wrap onto the next line. `tables.py`
reads the cells with it."""

from __future__ import annotations

import re
from itertools import pairwise

from tradefacts.extract.rules.cells import whole_place
from tradefacts.extract.rules.table_lines import CELL, TableLine


def merge_header(headers: list[TableLine]) -> list[tuple[int, int, str]]:
    """Column titles with their spans; a second header line's words join the column they sit under."""
    columns = [list(t) for t in headers[0].tokens]
    for line in headers[1:]:
        if len(line.tokens) > len(columns):  # "Exports to    Imports from" over "Dec  Jan-Dec  Dec  Jan-Dec": the
            columns = [[start, end, f"{_spanning(columns, start, end)} {word}".strip()]  # line above titles groups
                       for start, end, word in line.tokens]  # fmt: skip
            continue
        for start, end, word in line.tokens:
            best = min(columns, key=lambda c: abs(c[1] - end))
            best[2] = f"{best[2]} {word}"
            best[0], best[1] = min(best[0], start), max(best[1], end)
    return [(c[0], c[1], c[2]) for c in columns]


def _spanning(groups: list[list], start: int, end: int) -> str:
    """The title of the group over a column at `start`-`end`: the one whose span overlaps it most, else the one
    nearest it."""
    nearest = max(groups, key=lambda g: min(g[1], end) - max(g[0], start), default=None)  # overlap, or minus gap
    return nearest[2] if nearest is not None else ""


def column_for(cell: tuple[int, int, str], columns: list[tuple[int, int, str]]) -> int | None:
    """The index of the column a cell sits under: the title it starts with (left-aligned: "2025        Year-on-year
    (%)" over "15,794.4    13.8"), else the nearest right edge (right-aligned)."""
    if not columns:
        return None
    started = next((k for k, column in enumerate(columns) if column[0] == cell[0]), None)
    return started if started is not None else min(range(len(columns)), key=lambda k: abs(columns[k][1] - cell[1]))


def label_of(line: TableLine) -> str:
    """A row's label: its first token when that is no cell ("Exports", "Crude oil", "Exp($b)"), else ""."""
    return line.tokens[0][2] if line.tokens and not CELL.match(line.tokens[0][2]) else ""


UNITS_LINE = re.compile(r"^\((?P<parts>[^()]*;[^()]*)\)$")


OWN_UNITS = re.compile(r"\((?P<parts>[^()]*;[^()]*)\)$")  # a section title that ends naming its columns


def units_named(text: str, first_row: TableLine) -> list[str]:
    """The columns a bracketed units line names in order, for a table with no column titles:
    "(US$ bln; % change on 2024)" → ["US$ bln", "% change on 2024"], also at the end of a section's title
    ("EXPORT MARKETS, Jan-Sep ($ bln; pct y/y)")."""
    above = text[: first_row.start].rstrip("\n").split("\n")[-1].strip()
    units = UNITS_LINE.match(above) or (OWN_UNITS.search(above) if above[:1].isupper() else None)
    return [p.strip() for p in units.group("parts").split(";")] if units else []


def is_units(line: TableLine) -> bool:
    """A line that is one bracketed note of units: "($ bln; pct y/y)"."""
    stripped = line.text.strip()
    return len(line.tokens) == 1 and stripped.startswith("(") and stripped.endswith(")")


def is_section(line: TableLine) -> bool:
    """A line of one capitalised label and no cell: a section title ("EXPORTS", "European Union")."""
    stripped = line.text.strip()
    return bool(stripped) and len(line.tokens) == 1 and stripped[:1].isupper() and not CELL.match(stripped)


def headers_above(lines: list[TableLine], first_row: int) -> list[TableLine]:
    """The header lines (up to three) right above a block's first row."""
    found = []
    k = first_row - 1
    while k >= 0 and len(found) < 3 and lines[k].is_header():  # "Exports" over "($bln)" over "y/y"
        found.insert(0, lines[k])
        k -= 1
    return found


def note_above(text: str, start: int) -> str:
    """The bracketed line right above a block's column titles ("(pct change y/y)"), else ""."""
    line_start = text.rfind("\n", 0, max(0, start - 1)) + 1
    line = text[line_start : max(line_start, start - 1)].strip()
    return line if line.startswith("(") and line.endswith(")") else ""


def columns_by_order(cells: list[tuple[int, int, str]], columns: list[tuple[int, int, str]]) -> list[int]:
    """Column indexes in order for a row whose label pushed its cells out of line ("Copper ore and concentrates (mln
    T)  2.53  6.8  5,313 ..."): as many cells as column titles, two of which sit nearest one title. Else []."""
    if not columns or len(cells) != len(columns):
        return []
    nearest = [column_for(cell, columns) for cell in cells]
    return list(range(len(columns))) if len(set(nearest)) < len(nearest) else []


def wrapped_labels(rows: list[TableLine]) -> dict[int, str]:
    """Rows whose label wraps onto the next line ("European" over "Union"): the row's index and the partner the
    two lines name together, when neither line alone is one."""
    out = {}
    for k, (line, below) in enumerate(pairwise(rows)):
        label = label_of(line)
        if not label or not line.cells or not is_section(below) or below.tokens[0][0] != line.tokens[0][0]:
            continue
        partner = whole_place(f"{label} {below.tokens[0][2]}")
        if partner and whole_place(label) is None:
            out[k] = partner
    return out
