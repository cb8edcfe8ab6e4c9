"""A number mention and the words around it: what every reader of numbers in a sentence shares."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

from tradefacts.extract.rules.currency import SUFFIX_CODES
from tradefacts.extract.scan import Anchored
from tradefacts.schemas import Basis, Measure, Qualifier

SUFFIX_WORDS = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in sorted(SUFFIX_CODES, key=len, reverse=True))
_QUALIFIER_BEFORE = [
    (
        Qualifier.approx,
        r"(?:about|approximately|approx\.?|around|roughly|nearly|near|almost|close\s+to|just\s+shy\s+of|"
        r"an\s+estimated|some|~|circa)",
    ),
    (Qualifier.under, r"(?:under|less\s+than|below|fewer\s+than|just\s+under|short\s+of)"),
    (
        Qualifier.over,
        r"(?:over|more\s+than|exceeding|exceeded|exceeds|exceed|above|surpassed|surpassing|surpasses|"
        r"surpass|crossed|crossing|topped|topping|past|passed|beyond|breaking\s+through|broke\s+through|"
        r"in\s+excess\s+of|upwards\s+of|at\s+least|remained\s+above)",
    ),
]
_QUALIFIER_WORDS = {  # the words the qualifiers' patterns start with: they are searched only there
    Qualifier.approx: ["about", "approx", "around", "roughly", "near", "almost", "close", "just", "an", "some", "~",
                       "circa"],
    Qualifier.under: ["under", "less", "below", "fewer", "just", "short"],
    Qualifier.over: ["over", "more", "exceed", "above", "surpass", "crossed", "crossing", "topped", "topping", "past",
                     "passed", "beyond", "breaking", "broke", "in", "upwards", "at", "remained"],
}  # fmt: skip
_QUALIFIER_RES = [
    # not a rate's base: "5 per cent above the $95.2 billion in 2024" (the base is exact)
    # nor a rival's figure a total edges past: "edging past the 162.8 billion euros exchanged with the US" is exact
    (q, Anchored(re.compile(rf"(?<!%\s)(?<!cent\s)(?<!\w){p}(?:\s+(?:the|a|by|of|to))?\s*$(?<!edging\spast\sthe\s)"
                            r"(?<!edged\spast\sthe\s)(?<!inching\spast\sthe\s)(?<!moving\spast\sthe\s)", re.IGNORECASE),
                 words=_QUALIFIER_WORDS[q]))
    for q, p in _QUALIFIER_BEFORE
]
# The verbs a share moves by ("its share slipped to 9.3 per cent", "China's share of ... rose ... to 19.6 percent")
SHARE_MOVES = r"rose|fell|shrank|slipped|climbed|dropped|declined|increased|decreased|grew|edged\s+(?:up|down)"
SHARE_BEFORE = re.compile(
    r"\b(?:accounting\s+for|accounted\s+for|accounts?\s+for|representing|represented|represents|constituting|"
    r"constituted|making\s+up|made\s+up|makes\s+up|comprising|took\s+up|taking\s+up|shares?\s+of|captured\s+a|"
    r"contribut\w*|proportion\s+of|equivalent\s+to|giving\s+(?:it|them)|"  # "giving it 73.9 per cent of the market"
    r"absorb(?:ed|ing|s)|suppl(?:ied|ying)|"  # "Europe absorbed about 37 percent of", "Chile supplying 65% of"
    rf"share\s+(?:(?:{SHARE_MOVES})\s+to|to|"  # "lowering the country's share to 14.9 per cent"
    r"stood\s+at|was|came\s+in\s+at|reached|remained(?:\s+at)?|hit)|"  # "its share stood at 11.7 per cent"
    # "Jiangsu's share of the country's imports and exports over the period was 12.9 percent"
    rf"(?:share|weight|slice|portion)\s+(?:in|of)\s+(?:[\w'’-]+\s+){{0,9}}?(?:(?:{SHARE_MOVES}|widened|narrowed)\s+to|"
    r"stood\s+at|was|reached)"  # "its weight in China's total slipped to 7.9 percent", "its slice of ... widened to"
    r")\b[^,;]{0,30}$",  # "Russia's share shrank to 9.4 percent": the share's new level
    re.IGNORECASE,
)
SHARE_BEFORE = Anchored(SHARE_BEFORE, words=["account", "represent", "constitut", "making", "made", "makes",
                                              "comprising", "took", "taking", "share", "captured", "contribut",
                                              "proportion", "equivalent", "giving", "absorb", "suppl",
                                              "weight", "slice", "portion"])  # fmt: skip

_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d{3}(?!\d))|[;:()—–]")  # not the comma of "480,000"
_YEAR = re.compile(r"(?:19|20)\d\d")

# "the gap hit $20.3 billion", "the gap was revised": verbs after "the gap" that make it the trade balance itself
GAP_VERBS = (
    r"held|stood|stands|was|is|been|came|hovered|remained|widened|narrowed|shrank|totaled|totalled|hit|reached|"
    r"touched|swelled|ballooned|grew|rose|fell|jumped|dropped|eased|amounted|increased|decreased|expanded|contracted"
)


def is_year(number: str) -> bool:
    """Whether a number as written reads as a year ("2025"), which no list, count or share takes."""
    return _YEAR.fullmatch(number) is not None


# What kind of vehicles a count names ("300,000 new energy vehicles", "91,400 electric passenger cars")
# Goods counted in pieces that trade reporting states as quantities: "exported 28.6 million laptops", "6,123 ships"
COUNTED_PIECES = r"laptops|notebook\s+computers|(?:mobile\s+)?phones|smartphones|ships|vessels"
VEHICLE_KINDS = (
    r"(?:new[-\s]energy|(?:battery[-\s]|pure[-\s])?electric|plug-in\s+hybrid|hybrid|passenger|commercial|used)"
    r"(?:\s+passenger)?"
)

LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")  # between two items of a list: ", ", ", and ", " and "
# a participle clause after a figure that states a figure of its own, for a period (and a base) of its own:
# "rose 4.1% to 5,226.3 tons, putting shipments in the first eight months at ..."
OWN_CLAUSE = re.compile(
    r",\s+(?:putting|bringing|taking|pushing|pulling|lifting|leaving|raising|dragging|narrowing|widening|cutting|"
    r"though|although)\b"  # ", though they were higher than the $4.02 billion recorded in November": its own base
)

# "Vietnam and Taiwan, whose factories took business from China, came to"; "magnets, which Beijing put under a
# licensing regime in April, rose 7.5%": a relative clause with no figure of its own, about what comes before it
# ", which shares a border of more than 3,000 km with Russia,": a number that is no money or rate may stand in it
# a participle that describes the place before it: ", often used as a transhipment point for Iranian oil,"
DESCRIBED_AS = r"(?:(?:often|long|once|widely|also)\s+)?(?:used|seen|known|regarded|described|viewed|billed)\s+as"
_RELATIVE_ASIDE = re.compile(
    r", (?:(?:through|via|from|in|at|by)\s+(?:whose|which)|whose|which|where|mainly|mostly|largely|chiefly|primarily|"
    r"(?:though|although|albeit)(?=\s+(?:still|now|once|long|no\s+longer|again)\b)|"  # ", though still the biggest
    # single buyer,"
    r"most\s+of\s+(?:them|it|which)|"
    rf"{DESCRIBED_AS}|"  # ", often used as a transhipment point for Iranian oil,"
    r"(?:conducted|carried|handled|routed|transported|delivered|moved)(?:\s+\w+ly)?\s+(?:through|via|by|over|on)) "
    r"(?:[^,;\d%$€£¥]|\d(?!\S*\s*(?:percent|per\s+cent|pc\b|billion|million|trillion|yuan|dollars|euros|yen))|,(?=\d{3})){0,200}?,(?!\d{3})"
)
# "Guangxi, a gateway to ASEAN, saw ...", "Suifenhe, the province's busiest crossing into Russia's Primorsky Krai,"
_APPOSITION = re.compile(
    r", (?:an?\s[^,;\d]{0,120}?|home\s+to\s[^,;\d]{0,120}?|"  # ", home to the province's busiest land port,"
    r"the\s+(?:province|region|city|country)['’]s\s(?:(?!imports|exports|trade)[^,;\d]){0,120}?|"
    # "Suzhou, the manufacturing powerhouse in East China's Jiangsu province, reported ...": a place described
    r"the\s+(?:[a-z-]+\s+)?(?:backbone|mainstay|pillar|engine|cornerstone|staple)\s+of\s[^,;\d]{0,100}?|"  # "Exports
    # of mechanical and electrical products, the backbone of the country's outbound trade, came to ...": goods described
    r"the\s+(?:(?!imports|exports|trade|shipments|value)[a-z-]+\s+){1,3}(?:in|of|on|along|near)\s"
    r"(?:(?!imports|exports|trade)[^,;\d]){0,100}?),"
)  # not ", the city's imports and exports with ASEAN,": the figure's own subject


# "Ningbo and Jinhua (home to the Yiwu small-commodity market) recorded": a place described in brackets
_DESCRIBING_BRACKET = re.compile(
    r"\((?:home\s+to|where|which|including|known\s+for|site\s+of|seat\s+of)\b[^()]{0,120}\)"
)
_DASH_ASIDE = re.compile(  # after the quoted name or its noun: 'the "new three" products -- electric vehicles, ... --'
    r"(?:(?<=[\"”’'])|(?<=[\"”’']\sproducts)|(?<=[\"”’']\sgoods)|(?<=[\"”’']\sitems))\s[-–—]{1,2}\s(?:[^-–—\d]|(?<=\w)-(?=\w)){3,150}?\s[-–—]{1,2}(?=\s)")


def without_dash_asides(sentence: str) -> str:
    """`sentence` with each aside between dashes after a quoted name blanked, offsets kept: 'those of the "new three"
    -- electric vehicles, lithium batteries and photovoltaic products -- jumped' names the goods before the aside."""
    if "- " not in sentence and "— " not in sentence and "– " not in sentence:
        return sentence
    return _DASH_ASIDE.sub(lambda m: " " * len(m.group()), sentence)


def aside_spans(sentence: str, *, appositions: bool = False) -> list[tuple[int, int]]:
    """The spans of the relative-clause asides in `sentence` (and of appositions, "a gateway to ASEAN", when asked):
    the places and dates inside them are not a figure's."""
    dashed = appositions and ("— " in sentence or "– " in sentence or "-- " in sentence)
    if ", " not in sentence and "(" not in sentence and not dashed:
        return []
    spans = [m.span() for m in _RELATIVE_ASIDE.finditer(sentence)]
    if not appositions:
        return spans
    described = [m.span() for m in _DESCRIBING_BRACKET.finditer(sentence)] if "(" in sentence else []
    between_dashes = [m.span() for m in _DASHED_APPOSITION.finditer(sentence)] if dashed else []
    return merged(spans + described + between_dashes + [m.span() for m in _APPOSITION.finditer(sentence)])


# "the US — India's largest export destination — took": a description between dashes, no figure in it
_DASHED_APPOSITION = re.compile(r"\s(?:—|–|--)\s[^—–\d;]{3,80}?\s(?:—|–|--)(?=\s)")


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans sorted, overlapping ones joined: what `in_spans` reads."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def in_spans(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` lies in one of the sorted, disjoint `spans` (see `merged`): a bisection, not a scan."""
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


WINDOW = 300  # characters the rules look back or ahead of a number: time stays linear in the sentence


def clause_span(sentence: str, pos: int) -> tuple[int, int]:
    """Offsets of the clause (between commas, semicolons, dashes or brackets) around `pos`, at most WINDOW back."""
    lo = max(0, pos - WINDOW)
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, lo, pos)]
    end = _CLAUSE_BREAK.search(sentence, pos, pos + WINDOW)
    return (starts[-1] if starts else lo), (end.start() if end else min(len(sentence), pos + WINDOW))


def clause_of(sentence: str, pos: int) -> str:
    """The clause (between commas, semicolons, dashes or brackets) around position `pos`."""
    start, end = clause_span(sentence, pos)
    return sentence[start:end]


@dataclass
class Mention:
    """One number in a sentence and how the text qualifies it."""

    start: int
    end: int
    value_text: str
    value_start: int  # offset of value_text in the sentence
    measure: Measure
    unit: str  # an ISO 4217 code or a Unit
    magnitude: float
    qualifier: Qualifier = Qualifier.exact
    basis: Basis | None = None
    segment_hint: str | None = None
    list_scale: float = 1.0  # the scale a list writes once after its last figure ("428.6 and 205.3 billion")




# a comparative before "the" and an amount compares with a stated level and bounds nothing ("well below the 18.0
# billion euros recorded", "more than the $992 billion for 2024"; not "crossed the 100-billion-yuan threshold")
COMPARED_LEVEL = re.compile(r"\b(?:(?:more|less|fewer)\s+than|below|above)\s+the\s+(?:[A-Z]{0,2}\$|[€£¥])?\s*$",
                             re.IGNORECASE)


def qualifier_before(prefix: str) -> Qualifier:
    """The qualifier the words just before a number give it ("nearly", "more than", "under")."""
    for qualifier, pattern in _QUALIFIER_RES:
        if pattern.search(prefix):
            return qualifier
    return Qualifier.exact


def figures_between(mentions: Sequence[Mention], start: int, end: int | None = None) -> list[Mention]:
    """The figures of a sentence's `mentions` (in text order) that begin after `start` and before `end`, found by
    bisection, so that a figure's look at its neighbours stays linear in a long sentence."""
    first = bisect.bisect_right(mentions, start, key=attrgetter("start"))
    last = len(mentions) if end is None else bisect.bisect_left(mentions, end, key=attrgetter("start"))
    return list(mentions[first:last])


class SpanSet:
    """Half-open spans, merged as they are added; whether a position or a range meets one is two bisections, so a
    sentence of thousands of phrases stays linear."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        """Add `start`..`end`, joined with the spans it overlaps."""
        i = bisect.bisect_right(self.ends, start)  # the first span that ends after `start`
        j = bisect.bisect_left(self.starts, end)  # the first span that starts at or after `end`
        if i < j:
            start, end = min(start, self.starts[i]), max(end, self.ends[j - 1])
        self.starts[i:j], self.ends[i:j] = [start], [end]

    def covers(self, pos: int) -> bool:
        """Whether a span covers `pos`."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def meets(self, start: int, end: int) -> bool:
        """Whether a span covers `start` or starts in `start`..`end`."""
        k = bisect.bisect_left(self.starts, start)
        return self.covers(start) or (k < len(self.starts) and self.starts[k] < end)
