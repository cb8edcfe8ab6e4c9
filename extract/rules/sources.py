"""Whose statistics a sentence reports: the statistics offices and the "side" a text names ("According to the MDIC,
soybean sales to China ...", "Measured by the Brazilian side, bilateral trade ..."), for stories that give two
economies' figures of one trade; and the publisher a government release names on a line of its own, for one that
calls itself "our province"."""

from __future__ import annotations

import re

from tradefacts.extract.rules.gazetteer import find_places

# The statistics offices a release names where it names no economy ("The Ministry of Science and ICT (MSIT)
# announced that exports of ICT products ..."): the economy whose figures they publish.
AGENCIES = [(re.compile(pattern), economy) for pattern, economy in (
    (r"\bMinistry of (?:Trade, Industry and (?:Energy|Resources)|Science and ICT)\b|\bMOTIE\b|\bMSIT\b", "South Korea"),
    (r"\bDestatis\b", "Germany"),
    (r"\bOffice for National Statistics\b|\bONS\b|\bHMRC\b", "United Kingdom"),
    (r"\bCensus Bureau\b|\bBureau of Economic Analysis\b", "United States"),
    (r"\bMinistry of Commerce and Industry\b|\bDGCI&S\b", "India"),
    (r"\bGeneral Administration of Customs\b", "China"),
    (r"\bAustralian Bureau of Statistics\b", "Australia"),
    (r"\bStatistics Indonesia\b", "Indonesia"),
    (r"\bIstat\b", "Italy"),
    (r"\bEurostat\b", "European Union"),
    (r"\bMDIC\b|\bSecex\b", "Brazil"),
    (r"\bStatistics Canada\b", "Canada"),
)]  # fmt: skip

_WHO = r"(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})"
# An office named after its economy: "the Philippine Statistics Authority", "the Turkish Statistical Institute",
# "the Pakistan Bureau of Statistics", "Statistics Norway", "the National Bureau of Statistics of Nigeria".
_NAMED_OFFICE = re.compile(
    rf"{_WHO}\s+(?:National\s+)?(?:Statistics|Statistical|Census)\s+(?:Authority|Office|Institute|Bureau|Agency|"
    rf"Service|Department|Commission)\b|{_WHO.replace('who', 'who2')}\s+(?:National\s+)?(?:Bureau|Institute|Office|"
    rf"Department)\s+(?:of|for)\s+(?:Statistics|Census)\b(?!\s+(?:of|in)\s+[A-Z])|\bStatistics\s+"
    rf"{_WHO.replace('who', 'who3')}|\b(?:Bureau|Institute|Office|Department)\s+(?:of|for)\s+(?:Statistics|Census)"
    rf"\s+(?:of|in)\s+(?:the\s+)?{_WHO.replace('who', 'who4')}"
)


def cited_offices(text: str) -> list[tuple[int, str]]:
    """The statistics offices `text` names, as (where, whose economy): the listed agencies ("Destatis") and any
    office named after its economy ("the Pakistan Bureau of Statistics"), in the order written."""
    found = [(m.start(), economy) for pattern, economy in AGENCIES for m in [pattern.search(text)] if m]
    for m in _NAMED_OFFICE.finditer(text) if "Statistic" in text or "Census" in text else ():
        who = next(g for g in ("who", "who2", "who3", "who4") if m.group(g))
        place = next((p for p in find_places(m.group(who)) if p.kind in ("country", "demonym")), None)
        if place is not None:
            found.append((m.start(), place.name))
    return sorted(found)


_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|measured\s+by|per|citing)\s+(?:data\s+(?:from|of)\s+)?(?:the\s+)?$",
                            re.IGNORECASE)
_SIDE = re.compile(r"\b(?i:measured|counted|reported|calculated)\s+by\s+the\s+(?P<who>[A-Z][\w-]+)\s+side\b")


def source_economy(sentence: str) -> str | None:
    """The economy whose statistics the sentence says it reports ("According to the MDIC, ...": Brazil's), or None."""
    if side := _SIDE.search(sentence):
        named = find_places(side.group("who"))
        return named[0].name if named else None
    if "ccording" not in sentence and "easured" not in sentence and "per " not in sentence:
        return None
    return next((economy for start, economy in cited_offices(sentence)
                 if _SOURCE_BEFORE.search(sentence, max(0, start - 40), start)), None)


_OUR_PLACE = re.compile(r"\bour\s+(?:province|city|region|municipality)\b", re.IGNORECASE)
_PUBLISHER_LINE = re.compile(r"\s*(?:(?:Published|Issued|Released)\s+by|Source|Publisher)\s*:", re.IGNORECASE)


def publisher_place(texts: list[str]) -> str | None:
    """The province or city of a government release that calls itself "our province" and names its publisher on a
    line of its own ("Published by: Department of Commerce of Zhejiang Province"); None for any other story."""
    if not any(_OUR_PLACE.search(text) for text in texts):
        return None
    line = next((text for text in texts if _PUBLISHER_LINE.match(text)), None)
    if line is None:
        return None
    place = next((p for p in find_places(line) if p.kind in ("province", "city")), None)
    return place.name if place else None
