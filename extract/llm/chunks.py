"""Long articles cut by paragraph to a token budget, each chunk told the article's running period."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradefacts.extract.periods import find_periods

CHARS_PER_TOKEN = 4  # English news prose; an estimate that errs on the side of smaller chunks
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")


@dataclass(frozen=True)
class Chunk:
    """A run of whole paragraphs of the article: its text and where it starts."""

    start: int
    text: str

    @property
    def end(self) -> int:
        """Offset just past the chunk in the article text."""
        return self.start + len(self.text)


def paragraphs(text: str) -> list[Chunk]:
    """The article's non-blank paragraphs (lines), with their offsets."""
    out, pos = [], 0
    for m in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        if text[pos:end].strip():
            out.append(Chunk(pos, text[pos:end]))
        pos = m.end() if m else end
    return out


def split_long(p: Chunk, budget_chars: int) -> list[Chunk]:
    """A paragraph longer than the budget, cut at sentence ends (or hard, when a sentence is that long)."""
    pieces, start = [], 0
    while len(p.text) - start > budget_chars:
        window = p.text[start : start + budget_chars]
        cut = max(window.rfind(". "), window.rfind("; "))
        cut = cut + 2 if cut > budget_chars // 4 else budget_chars
        pieces.append(Chunk(p.start + start, p.text[start : start + cut]))
        start += cut
    pieces.append(Chunk(p.start + start, p.text[start:]))
    return pieces


def chunk_text(text: str, budget_tokens: int, overlap_paragraphs: int = 1) -> list[Chunk]:
    """Whole paragraphs packed to `budget_tokens`, each chunk repeating the previous one's last paragraph(s)."""
    budget = max(budget_tokens * CHARS_PER_TOKEN, 200)
    units = [piece for p in paragraphs(text) for piece in split_long(p, budget)]
    if not units:
        return []
    chunks: list[Chunk] = []
    group: list[Chunk] = []
    fresh = 0  # paragraphs in the group that no earlier chunk has
    for unit in units:
        if group and fresh and group[-1].end - group[0].start + len(unit.text) > budget:
            chunks.append(Chunk(group[0].start, text[group[0].start : group[-1].end]))
            group = group[-overlap_paragraphs:] if overlap_paragraphs else []
            while group and group[-1].end - group[0].start + len(unit.text) > budget:
                group.pop(0)  # the overlap never pushes a chunk over budget
            fresh = 0
        group.append(unit)
        fresh += 1
    chunks.append(Chunk(group[0].start, text[group[0].start : group[-1].end]))
    return chunks


def running_periods(text: str, starts: list[int], year: int | None) -> list[str | None]:
    """For each offset in `starts` (ascending), the last period the article states before it, as
    'YYYY-MM to YYYY-MM', or None; one pass over the text however many chunks there are."""
    resolved: list[tuple[int, str]] = []
    context_year = year
    for mention in find_periods(text[: max(starts, default=0)]):
        if (period := mention.resolve(context_year)) is not None:
            resolved.append((mention.end, f"{period.start} to {period.end}"))
            context_year = int(period.end[:4])
    out: list[str | None] = []
    last, i = None, 0
    for start in starts:
        while i < len(resolved) and resolved[i][0] <= start:
            last, i = resolved[i][1], i + 1
        out.append(last)
    return out
