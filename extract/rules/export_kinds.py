"""Kinds of exports a release counts apart: Singapore's non-oil domestic exports ("NODX") and non-oil re-exports
("NORX"), domestic exports and re-exports. A figure's kind is the one its sentence names before it ("Electronic
NODX: up 33.2%", "Oil domestic exports: down 8.9%"), else the story's, when its headline or lead is about one
("Singapore's October NODX surges"): the guide files the kind as the segment and its goods as the product."""

from __future__ import annotations

import re

from tradefacts.schemas import Flow

# the kind's name, or the goods that make domestic exports and re-exports Singapore's measures ("oil domestic
# exports"); bare "domestic exports" (Hong Kong's split of its exports) names no kind of its own
_KIND = re.compile(
    r"\b(?:(?P<goods>non-oil|oil|non-electronics?|electronics?)\s+)?(?P<kind>NODX|NORX)\b|"
    r"\b(?P<goods2>non-oil|oil)\s+(?P<kind2>domestic\s+exports|re-exports)\b",
    re.IGNORECASE,
)
_SEGMENT = {"nodx": "domestic exports", "norx": "re-exports"}
# "Re-exports grew 16.1 per cent to Dh394.6 billion": the last flow word before the figure, in its clause
_BARE_RE_EXPORTS = re.compile(
    r"(?<!including\s)(?<!excluding\s)(?<!and\s)(?<!plus\s)\bre-exports?\b"  # not "exports including re-exports"
    r"(?![^,;]*\b(?:exports|imports|shipments)\b)[^,;]*$",
    re.IGNORECASE,
)
_GOODS = {"electronic": "electronics", "non-electronic": "non-electronics"}
_LEAD = 600  # the headline and lead, where a story names the kind it is about
# a story on Singapore's headline measure (not a Hong Kong story that splits its exports into both kinds)
_STORY_KIND = re.compile(r"\b(?P<goods>)(?P<kind>NODX)\b|\b(?P<goods2>non-oil)\s+(?P<kind2>domestic\s+exports)\b",
                         re.IGNORECASE)


def _kind(match: re.Match[str]) -> tuple[str, str | None]:
    """The segment and goods a kind's name gives: "Electronic NODX" is domestic exports of electronics."""
    kind = " ".join((match.group("kind") or match.group("kind2")).lower().split())
    goods = (match.group("goods") or match.group("goods2") or "non-oil").lower()  # "NODX": non-oil goods
    return _SEGMENT.get(kind, kind), _GOODS.get(goods, goods)


def with_export_kind(
    sentence: str, text: str, pos: int, flow: Flow | None, segment: str | None, goods: list[str | None]
) -> tuple[str | None, list[str | None]]:
    """The segment and goods of an export figure at `pos`, with the kind of exports its sentence (else its
    story) names; other figures, and figures with a segment of their own, as they are."""
    if flow is not Flow.exports or segment is not None:
        return segment, goods
    named = list(_KIND.finditer(sentence, max(0, pos - 200), pos))
    found = named[-1] if named else _STORY_KIND.search(text, 0, _LEAD)
    if found is None:
        bare = _BARE_RE_EXPORTS.search(sentence, max(0, pos - 80), pos)  # "Re-exports grew 16.1 per cent to": the
        return ("re-exports" if bare else segment), goods  # figure's own flow word names the kind
    kind_segment, kind_goods = _kind(found)
    return kind_segment, [kind_goods] if goods == [None] else goods
