"""The lines of a text as a table reader sees them: tokens parted by two or more spaces, by "|", by tabs, or, where
the spacing was collapsed, by position (`rules/collapsed.py`); which are rows of cells and which column titles."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradefacts.extract.rules.collapsed import collapsed_tokens, tab_tokens

NUMBER_CELL = r"[-+−]?\d[\d,]*(?:\.\d+)?"
CELL = re.compile(  # "46.93", "-2.8", "41.8 mln T", "n/a", and a cell that writes its sign: "$46.9", "8.1%"
    rf"^(?:(?:US\$|[$€£¥])?{NUMBER_CELL}(?:\s+(?:mln|bln|thousand))?(?:\s*(?:T|tonnes|tons))?%?|n/?a|--?|—)$",
    re.IGNORECASE,
)
_YEAR_TITLE = re.compile(r"^(?:19|20)\d\d$")
TOKEN = re.compile(r"\S+(?: \S+)*")  # words joined by single spaces; two spaces separate cells
PIPED_TOKEN = re.compile(r"[^\s|]+(?: +[^\s|]+)*")  # in a line of "|"-parted cells, "|" separates them


@dataclass
class TableLine:
    """One line of text, its offset in the article and its tokens."""

    start: int
    text: str
    tokens: list[tuple[int, int, str]]  # (start, end, text) within the line
    ordinal: bool = False  # spacing collapsed: cells pair with titles by position (see rules/collapsed.py)

    @property
    def cells(self) -> list[tuple[int, int, str]]:
        """The tokens that are cells: numbers, "n/a", dashes."""
        return [t for t in self.tokens if CELL.match(t[2])]

    def is_row(self) -> bool:
        """A row: cells, and at most one label, first."""
        labels = [t for t in self.tokens if not CELL.match(t[2])]
        return len(self.cells) >= 1 and len(self.tokens) >= 2 and len(labels) <= 1 and (
            not labels or labels[0] is self.tokens[0]
        )

    def is_header(self) -> bool:
        """A line of column titles: two or more tokens, no cell but a year ("Indicator   2025   Year-on-year (%)")."""
        years = [c for c in self.cells if _YEAR_TITLE.match(c[2])]
        titled = not years or len(self.tokens) - len(self.cells) >= 2  # a year among words is a column's title
        return len(self.tokens) >= 2 and len(self.cells) == len(years) and titled and (
            "  " in self.text.strip() or self.piped)

    @property
    def piped(self) -> bool:
        """Cells parted by "|" ("Rice | 1,012.38 | 10.58"), or by collapsed single spaces: columns by position in
        the row, not by alignment."""
        return self.ordinal or "|" in self.text


def table_lines(text: str) -> list[TableLine]:
    """Every line of `text` with its offset and tokens."""
    out, pos = [], 0
    raws = text.split("\n")
    collapsed = collapsed_tokens(raws)
    for index, raw in enumerate(raws):
        pattern = PIPED_TOKEN if "|" in raw else TOKEN
        if (tokens := collapsed.get(index)) is not None:
            out.append(TableLine(pos, raw, tokens, ordinal=True))
        elif "\t" in raw.strip(" "):  # cells parted by tabs: by position, a leading tab leaves the corner empty
            out.append(TableLine(pos, raw, tab_tokens(raw), ordinal=True))
        else:
            out.append(TableLine(pos, raw, [(m.start(), m.end(), m.group()) for m in pattern.finditer(raw)]))
        pos += len(raw) + 1
    return out
