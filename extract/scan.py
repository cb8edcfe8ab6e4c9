"""Regular expressions tried only where they can match: at the words every match contains (its anchors).

Python's `re` tries every alternative of a pattern at every character, so a pattern of many words
("one|two|three|...") spends microseconds on each character of a sentence. `Anchored` finds its pattern's
anchors first, the words in one Aho-Corasick pass over the lower-cased text and any others with one small
expression, then tries the pattern only there, and up to `lead` characters before an anchor where the
character could start a match. The answers are the pattern's own, match for match, as long as every match
of the pattern has an anchor starting at most `lead` characters after the match's start (the declaration
each use makes, and tests/test_scan.py checks on real and mutated sentences).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import ClassVar

import ahocorasick

# The non-ASCII letters `re.IGNORECASE` matches to ASCII ones ("ſ" to "s", the Kelvin sign to "k"); "İ" also
# lower-cases to two characters. A text with one of them is searched the plain way.
UNFOLDED = re.compile("[\u0130\u0131\u017f\u212a]")


class Anchored:
    """A compiled pattern searched only near its anchors; `finditer` and `search` answer as the pattern does.

    `words` are literal anchors, found case-insensitively; `anchor` is an expression whose match starts are
    anchors too (digits: r"\\d"). A match may start at an anchor or up to `lead` characters before one, on a
    character of `lead_chars`. The pattern must not match the empty string, and an anchor found in the start of a
    text must be one in the whole text (no `$`, `\\b` or negative lookahead at the end of `anchor`), so that a
    search that ends at `endpos` is answered too.
    """

    made: ClassVar[list[Anchored]] = []  # every one built, for the test that checks them all against their pattern

    def __init__(
        self,
        pattern: re.Pattern[str],
        words: Iterable[str] = (),
        anchor: str | None = None,
        lead: int = 0,
        lead_chars: Iterable[str] = (),
    ) -> None:
        self.pattern = pattern
        self.words = frozenset(w.lower() for w in words)
        self._words = ahocorasick.Automaton()
        for word in self.words:
            self._words.add_word(word, len(word))
        self._words.make_automaton()
        self._has_words = len(self._words) > 0
        self._anchor = re.compile(anchor) if anchor else None
        self._lead = lead
        self._lead_chars = frozenset(lead_chars)
        Anchored.made.append(self)

    def starts(self, text: str, pos: int = 0, endpos: int | None = None) -> list[int] | None:
        """Every offset where a match in `text[pos:endpos]` may start, in order; None: search it the plain way.

        A match that ends by `endpos` holds its anchor, so only that stretch is read.
        """
        end = len(text) if endpos is None else min(endpos, len(text))
        pos = max(0, pos)
        window = text[pos:end] if pos or end < len(text) else text
        if UNFOLDED.search(window):
            return None
        anchors = (
            {pos + last - length + 1 for last, length in self._words.iter(window.lower())} if self._has_words else set()
        )
        if self._anchor is not None:
            anchors.update(m.start() for m in self._anchor.finditer(text, pos, end))
        if not self._lead:
            return sorted(anchors)
        starts, lead, lead_chars = set(anchors), self._lead, self._lead_chars
        for q in anchors:
            starts.update(p for p in range(max(pos, q - lead), q) if text[p] in lead_chars)
        return sorted(starts)

    def over(self, text: str) -> Scan:
        """The pattern's candidates in `text`, found once, for any number of searches in it."""
        return Scan(self.pattern, text, self.starts(text))

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        """`pattern.finditer(text, pos, endpos)`, as a list."""
        return Scan(self.pattern, text, self.starts(text, pos, endpos)).finditer(pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """`pattern.search(text, pos, endpos)`."""
        starts = self.starts(text, pos, endpos)
        if starts == []:
            return None
        return Scan(self.pattern, text, starts).search(pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """`pattern.match(text, pos, endpos)` (one place: nothing to anchor)."""
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)

    def sub(self, replace: Callable[[re.Match[str]], str], text: str) -> str:
        """`pattern.sub(replace, text)` for a function `replace`."""
        matches = self.finditer(text)
        if not matches:
            return text
        pieces, last = [], 0
        for m in matches:
            pieces += [text[last : m.start()], replace(m)]
            last = m.end()
        pieces.append(text[last:])
        return "".join(pieces)


class Scan:
    """One text's candidate starts for one pattern (None: the text must be searched the plain way)."""

    def __init__(self, pattern: re.Pattern[str], text: str, starts: list[int] | None) -> None:
        self.pattern, self.text, self.starts = pattern, text, starts

    def finditer(self, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        """`pattern.finditer(text, pos, endpos)`, as a list."""
        text = self.text
        end = len(text) if endpos is None else min(endpos, len(text))
        if self.starts is None:
            return list(self.pattern.finditer(text, pos, end))
        found = []
        match = self.pattern.match
        for start in self.starts[bisect_left(self.starts, pos) :]:
            if start < pos:
                continue
            if start > end:
                break
            if m := match(text, start, end):
                if m.end() == start:  # an empty match: the anchors do not describe this pattern
                    return list(self.pattern.finditer(text, pos, end))
                found.append(m)
                pos = m.end()
        return found

    def search(self, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """`pattern.search(text, pos, endpos)`."""
        text = self.text
        end = len(text) if endpos is None else min(endpos, len(text))
        if self.starts is None:
            return self.pattern.search(text, pos, end)
        match = self.pattern.match
        for start in self.starts[bisect_left(self.starts, pos) :]:
            if start > end:
                break
            if m := match(text, start, end):
                return m
        return None


class Gated:
    """A pattern that cannot match a text holding none of the words `needs` (case-insensitive), so is not run there
    (no words: it runs everywhere).

    `search` is what runs where it can match: the plain pattern, or an `Anchored` of it.
    """

    made: ClassVar[list[Gated]] = []  # every one built, for the test that checks each declaration

    def __init__(self, pattern: re.Pattern[str], needs: Iterable[str], search: Anchored | None = None) -> None:
        self.pattern = pattern
        self.needs = frozenset(w.lower() for w in needs)
        self._search: Anchored | re.Pattern[str] = search or pattern
        Gated.made.append(self)

    def finditer(self, text: str, present: frozenset[str] | None) -> list[re.Match[str]]:
        """`pattern.finditer(text)` as a list, given the words of `Vocabulary.present(text)`."""
        if present is not None and self.needs and self.needs.isdisjoint(present):
            return []
        return list(self._search.finditer(text))


class Vocabulary:
    """The words of a fixed list that a text holds (case-insensitive), found in one Aho-Corasick pass."""

    def __init__(self, words: Iterable[str]) -> None:
        self._words = ahocorasick.Automaton()
        for word in {w.lower() for w in words}:
            self._words.add_word(word, word)
        self._words.make_automaton()

    def present(self, text: str) -> frozenset[str] | None:
        """The words `text` holds; None when it must be searched the plain way (see `UNFOLDED`)."""
        if UNFOLDED.search(text):
            return None
        if not len(self._words):
            return frozenset()
        return frozenset(word for _, word in self._words.iter(text.lower()))
