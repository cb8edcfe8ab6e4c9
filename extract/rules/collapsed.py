"""Wire tables whose spacing was collapsed to single spaces when the page was copied.

"United States 47.3 -33.1 -21.7" under "EXPORTS Aug Aug y/y Jul y/y": the cells cannot be placed under their
titles by alignment any more, so they are placed by order. A row is a label of words and then two or more
numbers (or "n/a") ending the line; a header is the line right above the rows whose titles, each opened by a
period or a flow word ("Aug", "Jan-Aug", "2025", "Q3", "Exports") and carrying its modifiers ("y/y", "pct"),
are as many as the rows have cells. A block of collapsed rows with no such header is left to the prose.
"""

from __future__ import annotations

import re

from tradefacts.extract.periods import MONTH_WORDS

Token = tuple[int, int, str]  # (start, end, text) within the line

_CELL_WORD = r"(?:[-+−]?\d[\d,]*(?:\.\d+)?|n/?a|--?|—)"
_ROW = re.compile(
    rf"^\s*(?P<label>[A-Za-z][A-Za-z .,&'’()/-]{{0,40}}?)(?P<cells>(?:\s+{_CELL_WORD}){{2,}})\s*$", re.IGNORECASE
)
_CELL_TOKEN = re.compile(_CELL_WORD, re.IGNORECASE)
_WORD = re.compile(r"\S+")
# a token that opens a column title; anything else ("y/y", "pct", "vol", "($bln)") qualifies the title before it
_TITLE_START = re.compile(
    rf"^(?:{MONTH_WORDS}(?:-{MONTH_WORDS})?|(?:19|20)\d\d|Q[1-4]|H[12]|YTD|exports?|imports?|balance|total|"
    r"value|volume)$",
    re.IGNORECASE,
)
_RATE_WORDS = r"y/y|yoy|m/m|pct|%|chg"  # a change, not a level
_RATE_WORD = re.compile(rf"^(?:{_RATE_WORDS})$", re.IGNORECASE)
_WRAPPED_LABEL = re.compile(r"^\s*[A-Z][A-Za-z.&'’-]*(?: [A-Za-z.&'’-]+){0,2}\s*$")
_CORNER = re.compile(r"^[A-Z][A-Z/&-]+$")  # "EXPORTS", "PARTNER": a section word over the row labels
_PERIOD_CORNER = re.compile(rf"^{MONTH_WORDS}$", re.IGNORECASE)  # one month: the story's, over the labels


def _row_tokens(line: str) -> list[Token] | None:
    """The label and each cell of a collapsed row, or None when the line is no such row."""
    if "  " in line.strip() or "|" in line or "\t" in line:
        return None
    row = _ROW.match(line)
    if row is None:
        return None
    tokens = [(row.start("label"), row.end("label"), row.group("label"))]
    return tokens + [(m.start(), m.end(), m.group()) for m in _CELL_TOKEN.finditer(line, row.start("cells"))]


_SLASHED_TITLE = re.compile(r"[^/\s](?:[^/]*[^/\s])?")


def _header_tokens(line: str, cells: int) -> list[Token] | None:
    """A collapsed header's corner and column titles, when it names exactly `cells` columns."""
    if "  " in line.strip() or "|" in line or "\t" in line or not line.strip():
        return None
    slashed = [(m.start(), m.end(), m.group()) for m in _SLASHED_TITLE.finditer(line)] if " / " in line else []
    if len(slashed) == cells and all(_TITLE_START.match(t.split()[0]) for _, _, t in slashed):
        return [(0, 0, ""), *slashed]  # "Sept 2025 / Aug 2025 / Sept 2024": titles parted by slashes
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(line)]
    titles = _titles(words)
    corner: Token = (0, 0, "")
    first = words[0][2]  # the line is not blank: it has a first word
    capitals = _CORNER.match(first) is not None  # "EXPORTS Aug Aug y/y": a section word over the labels
    # "July Exports ($ bln) Imports ($ bln) ...": the month over the labels, each column a flow
    month = len(titles) == cells + 1 and titles[0] == words[0][:2] and _PERIOD_CORNER.match(first) is not None
    # "COMMODITY VOLUMES Oct ...": capitals that open no column are a corner, whatever the count of titles
    if (capitals and not _TITLE_START.match(first)) or (len(titles) != cells and (capitals or month)):
        n = 1  # "COMMODITY VOLUMES Oct y/y pct Jan-Oct": a corner of several capitalised words
        while n < len(words) - 1 and _CORNER.match(words[n][2]) and not _TITLE_START.match(words[n][2]):
            n += 1
        corner, words = (words[0][0], words[n - 1][1], line[words[0][0] : words[n - 1][1]]), words[n:]
        titles = _titles(words)
    named = [(s, e, line[s:e]) for s, e in titles]
    if len(titles) != cells and words:  # "Nov y/y pct Jan-Nov y/y pct" over four cells: a rate column after each
        named = _rate_columns(words)
    if len(named) != cells or not words or not _TITLE_START.match(words[0][2]):
        return None
    return [corner, *named]


def _titles(words: list[Token]) -> list[tuple[int, int]]:
    """Column titles as spans: each opened by a period or flow word, with the modifiers after it."""
    titles: list[list[int]] = []
    for start, end, word in words:
        if _TITLE_START.match(word) or not titles:
            titles.append([start, end])
        else:
            titles[-1][1] = end
    return [(s, e) for s, e in titles]


def _rate_columns(words: list[Token]) -> list[Token]:
    """Titles where a rate word after a period opens a column of its own, named with that period: "Nov y/y pct
    Jan-Nov y/y pct" is "Nov", "Nov y/y pct", "Jan-Nov", "Jan-Nov y/y pct"."""
    titles: list[list] = []
    opener = ""
    for start, end, word in words:
        rate = _RATE_WORD.match(word) is not None
        if _TITLE_START.match(word) or not titles:
            titles.append([start, end, word])
            opener = word
        elif rate and not _RATE_WORD.search(titles[-1][2].split()[-1]):
            titles.append([start, end, f"{opener} {word}"])
        else:
            titles[-1][1], titles[-1][2] = end, f"{titles[-1][2]} {word}"
    return [(s, e, t) for s, e, t in titles]


# lines that may stand between a table's titles and its rows: blank, a section ("EXPORTS BY VOLUME"), the rest of
# the titles ("pct pct" under "Nov y/y Jan-Nov y/y")
_BETWEEN = re.compile(rf"^\s*(?:[A-Z][A-Z&/ -]*|[A-Z][a-z]+(?: [a-z]+)?:|(?:(?:{_RATE_WORDS})\s*)+)?\s*$")  # "Imports:"


def title_line_above(lines: list[str], first_row: int, reach: int = 4) -> int | None:
    """The index of the line of column titles above the row at `first_row`, past blank, section and modifier lines
    (at most `reach` lines up), or None."""
    k = first_row - 1
    while k > 0 and first_row - k <= reach and _BETWEEN.match(lines[k]):
        k -= 1
    return k if k >= 0 and not _BETWEEN.match(lines[k]) else None


def collapsed_tokens(lines: list[str]) -> dict[int, list[Token]]:
    """The tokens of every line of a collapsed table, by line index: rows as label then cells, and the header
    above them as corner then titles, so that cells and titles pair by position."""
    out: dict[int, list[Token]] = {}
    last: tuple[int, int] | None = None  # where the last block with titles ended, and its width
    i = 0
    while i < len(lines):
        first = _row_tokens(lines[i])
        if first is None:
            i += 1
            continue
        width = len(first) - 1
        j, rows = i, {}
        while j < len(lines):
            if (tokens := _row_tokens(lines[j])) is not None and len(tokens) - 1 == width:
                rows[j] = tokens
            elif not (_WRAPPED_LABEL.match(lines[j]) and j + 1 < len(lines) and (
                (below := _row_tokens(lines[j + 1])) is not None and len(below) - 1 == width
            )):  # "Union" under "European 52.1 14.8 ...": the rest of the label above, the rows go on
                break
            j += 1
        above = title_line_above(lines, i)
        header = _header_tokens(lines[above], width) if above is not None else None
        if header is not None:
            out[above] = header
        if header is not None or (last is not None and last[1] == width and i - last[0] <= 3):
            out.update(rows)  # or the rows under "EXPORTS BY VALUE" a blank line below the last block: its titles
            last = (j, width)
        i = j
    return out


def tab_tokens(line: str) -> list[tuple[int, int, str]]:
    """The cells of a line parted by tabs, with their spans; by position, an empty cell kept."""
    tokens, start = [], 0
    for part in line.split("\t"):
        stripped = part.strip()
        offset = start + part.find(stripped) if stripped else start
        tokens.append((offset, offset + len(stripped), stripped))
        start += len(part) + 1
    return tokens
