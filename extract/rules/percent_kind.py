"""Which kind a percent is: a rate of change ("up 4.5%", "3.3% below the 47.59 million tons"), a share
("accounting for 38%", "bringing their share ... to 49 percent"), or neither ("40 percent of GDP", the rate of a
count of traders)."""

from __future__ import annotations

import re

from tradefacts.extract.periods import MONTH_WORDS
from tradefacts.extract.rules.mention import SHARE_BEFORE, SHARE_MOVES
from tradefacts.extract.rules.scope import BASE_OF_SHARE, COUNTED_TRADERS_RATE
from tradefacts.extract.scan import Anchored
from tradefacts.extract.text import PERCENT_WORD
from tradefacts.schemas import Measure
from tradefacts.schemas.signs import FALL_WORDS, RISE_WORDS

_SHARE_AFTER = re.compile(
    r"^\s*(?:\)\s*)?(?:share\b|of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:\w+['’]s\s+|\w+\s+province['’]s\s+|city['’]s\s+|"
    r"(?-i:[A-Z][\w-]+)\s+)?(?:(?:regional|provincial|municipal|global|combined|grand)\s+)?"
    r"(?:total|national|overall|entire|whole|all|exports|imports|foreign|country|city|outbound|inbound|"
    r"shipments|sales|purchases|everything|trade|turnover)|"  # "of China's potash imports": goods before the flow
    r"of\s+(?:the\s+|its\s+|their\s+)?(?:\w+['’]s\s+)?(?:[a-z-]+\s+){1,2}(?:exports|imports|shipments|purchases|arrivals)\b|"
    # "of the export total", "of Xiamen's export value", "of the province's import and export value"
    r"of\s+(?:the\s+|its\s+|their\s+)?(?:\w+['’]s\s+)?(?:(?:export|import)\s+and\s+)?(?:export|import|trade)\s+"
    r"(?:total|bill|value|volume)\b)",
    re.IGNORECASE,
)

# A rate of change: the sign verbs of schemas.signs (one list for the sign and the measure), plus the words
# that only name a change ("pace", "y/y", "sequentially", "less", "faster").
GROWTH_CUE = re.compile(
    r"\b(?:" + "|".join(sorted(set(FALL_WORDS + RISE_WORDS), key=len, reverse=True)) + r"|edged|year[- ]on[- ]year|"
    r"y-o-y|yoy|pace|faster|slower|less|fewer|more|wider|narrower|m/m|y/y|on\s+the\s+month|sequentially|ahead\s+of|behind|"
    rf"added(?=\s+(?:about\s+)?[\d.]+\s*{PERCENT_WORD})|"  # "Petroleum product exports added 1.9 percent"
    r"(?:below|above)\s+(?:(?:their|its)\s+(?:[\w-]+\s+)?level|(?:that|those)\s+of|(?:the\s+)?(?:same|year-earlier|year-ago|"
    r"corresponding)|a\s+year\s+(?:earlier|ago)))\b",  # "0.3% below their April-June level", "below that of"
    re.IGNORECASE,
)
GROWTH_CUE = Anchored(
    GROWTH_CUE,
    words=[*FALL_WORDS, *RISE_WORDS, "edged", "year", "y-o-y", "yoy", "pace", "faster", "slower", "less", "more",
           "wider", "narrower", "m/m", "y/y", "on", "sequentially", "fewer", "below", "above", "ahead", "behind",
           "added"],
)  # fmt: skip

_CONTRIBUTION = re.compile(r"\bcontribut\w*\s+(?:\w+\s+){0,2}$", re.IGNORECASE)

# "China's share of Korea's total exports rose 0.4 percentage points from a year earlier to 19.6 percent"
_TOOK = re.compile(  # "Europe as a whole took about 33 percent of China's NEV exports": right before its share
    r"\b(?:took|takes)\s+(?:only\s+)?(?:(?:about|around|roughly|nearly|almost|some|just)\s+)?$", re.IGNORECASE
)
_SHARE_MOVED_TO = re.compile(
    # "the portion bound for China and Hong Kong shrank to 22.4 percent": the part of the whole that went there
    rf"\b(?:share|portion|proportion)\s+(?:of|(?:bound|destined|headed|going|sent)\s+(?:for|to))\b[^,;]{{0,80}}?"
    rf"\b(?:{SHARE_MOVES})\b[^,;]{{0,70}}?\bto\s+(?:about\s+|around\s+|nearly\s+)?$|"
    # "bringing their share of its foreign trade to nearly half at 49 percent"
    r"\b(?:bringing|brought|lifting|lifted|raising|raised|pushing|pushed|taking|took|putting)\s+(?:its|their|the)\s+"
    r"share\s+of\b[^,;]{0,80}?\bto\s+(?:(?:nearly|about|almost|roughly|around|over)\s+)?(?:[a-z-]+\s+at\s+)?$",
    re.IGNORECASE,
)

_OF_FIRMS = re.compile(
    rf"^\s*(?:{PERCENT_WORD}\s+)?of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){{0,3}}?(?:businesses|firms|companies|"
    r"respondents|manufacturers|exporters|importers)\b(?!['’]|\s+(?:exports|imports|trade|shipments|sales))|"
    # "32% of those with 10 or more employees": a share of the firms surveyed
    rf"^\s*(?:{PERCENT_WORD}\s+)?of\s+those\s+(?:with|surveyed|polled|asked|questioned)\b",
    re.IGNORECASE,
)
_OF_ECONOMY = re.compile(
    rf"^\s*(?:{PERCENT_WORD}\s+)?of\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,4}}?(?:gross\s+domestic\s+product|GDP|economy)\b",
    re.IGNORECASE,
)

# "running 40.3% below the same period last year": a rate against a base written as a comparative
_AGAINST_BASE = re.compile(
    rf"^\s*(?:{PERCENT_WORD}\s+)?(?:below|above)\s+(?:the\s+)?(?:same\s+|year-earlier|year-ago|previous|"
    # "6.9% below the record $244.8 billion of 2024", "4 per cent above the $99.9 billion in 2024"
    rf"prior|a\s+year|last\s+year|(?:19|20)\d\d|record\b|(?:US)?\$|[€£¥₹]|(?:{MONTH_WORDS})['’]s|"
    r"(?-i:[A-Z]{3}|Rs\.?)\s?\d|"  # "2.4 per cent below the NOK 37.7 billion recorded in September 2024"
    r"\d[\d.,]*\s+(?:million|billion|thousand|mln|bln)?\s*(?:tons|tonnes|units|vehicles|barrels))",  # "3.3% below the
    # 47.59 million tons brought in a year before"
    re.IGNORECASE,
)

def percent_measure(
    sentence: str, start: int, end: int, previous: Measure | None, growth_in_sentence: bool
) -> Measure | None:
    """Whether the percent at `start`-`end` is a rate of change or a share, None when it is no trade figure; a
    percent with no cue of its own is of the kind of the one before it (`previous`)."""
    before, after = sentence[max(0, start - 60) : start], sentence[end : end + 60]
    if _RATE_NOUN_AFTER.match(after):
        return Measure.growth  # "a far cry from the 77.6 percent surge recorded in 2023": a change, named so
    if previous is Measure.share and BASE_OF_SHARE.search(before):
        return Measure.share  # "72% of exports, down from 76%": the base of a share is a share
    # 100 characters: "Jiangsu's share of the country's imports and exports over the period was 12.9 percent"
    clause_before = re.split(r"[;—–]|,\s+(?:while|whereas|but)\b", sentence[max(0, start - 100) : start])[-1]
    if COUNTED_TRADERS_RATE.search(sentence, max(0, start - 160), start):
        return None  # "The number of enterprises with import and export records reached 566,000, up 4.5 percent"
    if _OF_ECONOMY.match(after) or _OF_FIRMS.match(after):
        return None  # "Exports account for about 40 percent of South Korea's gross domestic product", "34% of
        # exporting businesses said": a share of the economy or of firms, not of trade
    if _LESS_THAN.match(after):
        return Measure.growth  # "took 4.7% less from Japan than a year earlier": a change, whatever the verb
    if SHARE_BEFORE.search(clause_before) or _SHARE_AFTER.match(after) or _TOOK.search(before) or (
        _SHARE_MOVED_TO.search(sentence, max(0, start - 160), start)
    ):
        if _CONTRIBUTION.search(clause_before) and re.match(r"^[^,;]{0,40}\b(?:increase|growth|increment)", after):
            return None
        return Measure.share
    window = before[-45:] + " " + " ".join(after.split()[:4])
    if GROWTH_CUE.search(window) or sentence[start] in "+-−" or _AGAINST_BASE.match(after):
        return Measure.growth  # a written sign is a change: "exports -1.1% to 6.9 billion euros"
    if previous is not None:
        return previous
    return Measure.growth if growth_in_sentence else None

# "took 4.7% less from Japan than a year earlier", "China took 3.9 percent more and ASEAN 4.5 percent more": a change
_LESS_THAN = re.compile(r"\s*(?:less|more)\b(?:[^,;%]{0,40}?\bthan\b|\s*(?:[,;.]|and\b|$))", re.IGNORECASE)
_RATE_NOUN_AFTER = re.compile(
    rf"[\s-]*{PERCENT_WORD}?[\s-]*(?:surge|jump|rise|increase|gain|decline|drop|fall|slump|plunge)\b",
    re.I,
)
