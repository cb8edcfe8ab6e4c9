"""Who sold the goods in a story on what an economy buys: the cues that make a foreign place a figure's supplier
(its partner), read only where the headline's flow is imports (`buying`)."""

from __future__ import annotations

import re

from tradefacts.extract.rules.mention import DESCRIBED_AS, SHARE_MOVES

# "Chile shipped 1.2 million tonnes", "Brazil has supplied 62.7 million tons" in a story on what China buys: a foreign
# seller is the supplier of its imports
SELLER_VERB = re.compile(
    rf"^(?:,\s+(?:which\b|who\b|the\s|{DESCRIBED_AS}\s)[^,]{{0,90}},)?\s+(?:(?:also|alone)\s+)?"
    r"(?:(?:has|have|had)\s+(?:so\s+far\s+|already\s+|also\s+)?)?(?:shipped|sent|exported|delivered|sold|supplied)\b",
    re.IGNORECASE,
)
_SUPPLY_NOUNS = r"shipments|supplies|cargoes|deliveries"
SUPPLIED = re.compile(rf"\s+(?:{_SUPPLY_NOUNS}|arrivals|volumes)\b")  # "Russian supplies"
# "Russian imports surged 61.4%", "Russian barrels represented 19.4%" in a story on what China buys: the supplier's
SUPPLIED_BY_ORIGIN = re.compile(rf"\s+(?:{_SUPPLY_NOUNS}|arrivals|volumes|imports|barrels)\b")
# "Australia, which supplied 612,000 tons, or 45.3% of the total, took back the top position": the supplier described
SUPPLIED_ASIDE = re.compile(r",\s+which\s+(?:supplied|shipped|sent|sold|provided|delivered)\b")
# "Indonesia's shipments", "Uruguay's volumes slipped 6.1%"
# "... and New Zealand's fell 2.9%": the noun left out after the possessive is the supply the clause before named
OWN_SUPPLIES = re.compile(
    rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:{_SUPPLY_NOUNS}|volumes|arrivals)\b"
    rf"|['’]s\s+(?:also\s+)?(?:{SHARE_MOVES}|jumped|surged|plunged|slid|tumbled|soared)\s+(?:by\s+)?\d"
    r"|['’]s\s+(?:about\s+|around\s+|some\s+)?\d"  # "still ahead of Saudi Arabia's 60.1 million tons"
)
# "Volumes from Saudi Arabia rose 1.8%", "brought in 96,437 tons of the concentrate from Indonesia": in a story on
# what an economy buys, a foreign country after "from" is where the goods came from, whatever noun the writer chose
FROM_BEFORE = re.compile(
    r"\b(?:volumes?|flows?|inflows?|intake|(?:tons|tonnes|barrels)(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?)"
    r"\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Australia supplied 58.1 million tons, up 4.1%, and Brazil 21.5 million tons": the verb is left out of the second
# clause, whose country is a supplier as the first one is
_GAP_BEFORE = re.compile(r"(?:,\s+and|,\s+while|;|\band)\s+(?:the\s+)?$")
_FIGURE_NEXT = re.compile(r"\s+(?:(?:about|some|nearly|almost|roughly|around|just|another)\s+)?[$€£¥]?\d")


def supplier_cue(before: str, after: str) -> bool:
    """Whether a foreign country in a story on what an economy buys is written as a supplier: after "volumes from"
    or a tonnage's "from" (`before` ends at the country), or as the subject of a clause whose verb is left out
    (`after` starts right after it)."""
    return bool(FROM_BEFORE.search(before) or (_GAP_BEFORE.search(before) and _FIGURE_NEXT.match(after)))
