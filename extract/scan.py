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
from collections.abc import Iterable
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
        self._words = ahocorasick.Automaton()
        for word in {w.lower() for w in words}:
            self._words.add_word(word, len(word))
        self._words.make_automaton()
        self._has_words = len(self._words) > 0
        self._anchor = re.compile(anchor) if anchor else None
        self._lead = lead
        self._lead_chars = frozenset(lead_chars)
        Anchored.made.append(self)

    def over(self, text: str) -> Scan:
        """The pattern's candidates in `text`, found once, for any number of searches in it."""
        if UNFOLDED.search(text):
            return Scan(self.pattern, text, None)
        anchors: set[int] = set()
        if self._has_words:
            anchors.update(end - length + 1 for end, length in self._words.iter(text.lower()))
        if self._anchor is not None:
            anchors.update(m.start() for m in self._anchor.finditer(text))
        starts = set(anchors)
        if self._lead:
            lead_chars = self._lead_chars
            for q in anchors:
                starts.update(p for p in range(max(0, q - self._lead), q) if text[p] in lead_chars)
        return Scan(self.pattern, text, sorted(starts))

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        """`pattern.finditer(text, pos, endpos)`, as a list."""
        return self.over(text).finditer(pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """`pattern.search(text, pos, endpos)`."""
        return self.over(text).search(pos, endpos)


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
        for start in self.starts:
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
        for start in self.starts:
            if start < pos:
                continue
            if start > end:
                break
            if m := match(text, start, end):
                return m
        return None
