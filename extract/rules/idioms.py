"""Partners a story names by an idiom rather than a place name: "across the Atlantic" and "transatlantic" in a
story on a European economy are the United States, and so is "its security partner" (or ally) in a story on Japan
or South Korea."""

from __future__ import annotations

import re

from tradefacts.extract.rules.gazetteer import Place

_EUROPEAN = frozenset({
    "Germany", "France", "United Kingdom", "Italy", "Spain", "Netherlands", "Belgium", "Poland", "Ireland", "Austria",
    "Sweden", "Denmark", "Finland", "Switzerland", "Norway", "Czech Republic", "Portugal", "European Union",
    "Euro area",
})  # fmt: skip
# "Shipments across the Atlantic were 18.6% lower", "transatlantic sales fell" (a figure written before the idiom,
# "sold goods worth 10.4 billion euros across the Atlantic", does not take it: partners are read before a figure)
_ACROSS_ATLANTIC = re.compile(r"\bacross\s+the\s+Atlantic\b|\btransatlantic\s+(?:sales|exports|shipments|trade)\b")


# "Japan's surplus with its key security partner fell 23.9 percent": the United States, in Japanese and Korean copy
_SECURITY_PARTNER = re.compile(r"\b(?:its|their|the\s+country's|Japan's|Seoul's|Tokyo's)\s+(?:(?:main|key|chief|top|"
                               r"closest|biggest)\s+)?security\s+(?:partner|ally)\b")
_ALLIED = frozenset({"Japan", "South Korea"})


# "The intra-African surplus rose to GH¢32.1 billion" in a story on Ghana: its trade with the rest of Africa
_INTRA = re.compile(r"\bintra-(?P<region>African|Asian|European|EU|ASEAN|Latin\s+American)\s+(?:trade|surplus|deficit|"
                    r"exports|imports|shipments|sales)\b", re.IGNORECASE)
_INTRA_REGION = {"african": "Africa", "asian": "Asia", "european": "Europe", "eu": "European Union", "asean": "ASEAN",
                 "latin american": "Latin America"}  # fmt: skip


def idiom_partners(sentence: str, frame: str | None) -> list[Place]:
    """The partners the sentence names by an idiom, given the story's economy `frame`."""
    found = [Place(_INTRA_REGION[" ".join(m.group("region").lower().split())], "bloc", m.start(), m.end())
             for m in _INTRA.finditer(sentence)] if frame and "ntra-" in sentence else []
    if frame in _ALLIED and "security" in sentence:
        found += [Place("United States", "country", m.start(), m.end()) for m in _SECURITY_PARTNER.finditer(sentence)]
    if frame in _EUROPEAN and "tlantic" in sentence:
        found += [Place("United States", "country", m.start(), m.end()) for m in _ACROSS_ATLANTIC.finditer(sentence)]
    return found
