"""Whether a period written near a figure is another figure's: the earlier rate of a look back ("fell 21.7% in
July, after a 16.1% drop in June"), an item of a list of periods, or a later figure's between them ("improving on
the 1.0% gain logged in October"). `timing.py` asks these before it gives a figure the period."""

from __future__ import annotations

import bisect
import re
from itertools import pairwise
from operator import attrgetter

from tradefacts.extract.period_mention import PeriodMention
from tradefacts.extract.periods import MONEY_SIGN
from tradefacts.extract.rules.mention import OWN_CLAUSE, Mention, figures_between
from tradefacts.schemas import Measure

_LOOK_BACK_CUE = re.compile(  # "reversing an 8.3 percent gain in September", "compared with growth of 8.3 per cent"
    r"\b(?:after|following|from|than|versus|vs\.?|against|compared\s+with|reversing|reversed)\s+(?:an?\s+|the\s+)?"
    r"(?:revised\s+)?(?:(?:growth|a\s+(?:gain|rise|drop|fall|decline))\s+of\s+)?\S{0,4}$",
    re.IGNORECASE,
)
_FIGURE_THEN_PERIOD = re.compile(  # "16.1% drop in ": a figure, its noun, then its period
    r"\s*(?:percent|per\s+cent|pc\b|%)?\s*(?:[a-z-]+\s+){0,2}?(?:(?:in|for|during)\s+(?:the\s+)?)?"
)


_WHEN_AFTER = re.compile(r",?\s+when\b")


def looked_back(sentence: str, period: PeriodMention, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether `period` dates another figure of a look back ("fell 21.7% in July, after a 16.1% drop in June, while
    shipments to the EU rose 9.2%": June is the 16.1%'s, not the 9.2%'s)."""
    i = bisect.bisect_left(mentions, period.start, key=attrgetter("start")) - 1
    if i < 0 or mentions[i] is mention:
        return False
    prior = mentions[i]
    if mention.start > period.end and _WHEN_AFTER.match(sentence, period.end):
        return False  # "as against USD 22.99 billion in January 2025, when exports stood at": the clause's period
    return bool(
        _FIGURE_THEN_PERIOD.fullmatch(sentence, prior.end, period.start)
        and _LOOK_BACK_CUE.search(sentence, max(0, prior.start - 30), prior.start)
    )


def item_after(
    mention: Mention, sentence: str, periods: list[PeriodMention], mentions: list[Mention]
) -> PeriodMention | None:
    """"10.15 trillion yuan, 11 trillion yuan and 11.17 trillion yuan in the first, second and third quarters": the
    item, in the figure's position, of a listed period written right after a list of as many figures."""
    i = bisect.bisect_left(periods, mention.end, key=attrgetter("start"))
    listed = periods[i] if i < len(periods) else None
    if listed is None or not listed.items:
        return None
    near = figures_between(mentions, max(0, listed.start - 300), listed.start)
    same = [m for m in near if m.measure is mention.measure][-len(listed.items) :]
    if len(same) != len(listed.items) or mention not in same:
        return None
    if not all(_SHARED_GAP.fullmatch(sentence, a.end, b.start) for a, b in pairwise(same)):
        return None
    return listed.item(same.index(mention))


# Between two figures of one observation, or of one list that shares the period: "C$3.97 billion ($2.78 billion)",
# "3.02 trillion yuan, 2.31 trillion yuan and 1.67 trillion yuan, respectively, during the January-May period".
_SHARED_GAP = re.compile(
    r"\s*(?:\(|,?\s*or)\s*(?:about|around|roughly|some|approximately)?\s*\S{0,4}|"
    r"[\s,]*(?:(?:yuan|dollars?|euros?|yen|won|percent|per\s+cent|pc\b|and)\b[\s,]*)*\S{0,4}",
    re.IGNORECASE,
)


def claimed_by_later(sentence: str, period: PeriodMention, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether a period written after the figure belongs to a later figure of the same kind between them
    ("Imports grew 1.9%, ... improving on the 1.0% gain logged in October": October is the 1.0%'s). A rate
    and its value share it ("rose 11% to $53.1 billion between January and July"), as do a figure and its
    conversion and the items of a list. Reads at most `_LIST_ITEMS` figures after this one: a list longer than
    that shares its period, and a sentence of thousands of figures stays linear."""
    if period.start <= mention.end:
        return False
    if period.start - mention.end <= 200 and (OWN_CLAUSE.search(sentence, mention.end, period.start)
                                              or _COLON.search(sentence, mention.end, period.start)):
        return True  # "rose 4.1% to 5,226.3 tons, putting shipments in the first eight months at 37,608.1 tons";
        # "..., a recovery that owed much to weak year-earlier figures: in July last year, shipments were ...": the
        # clause after a colon dates its own figures
    if period.start - mention.end <= 200 and (after := _AFTER_FIGURE.search(sentence, mention.end, period.start)) and (
        figures_between(mentions, after.end() - 1, period.start)
    ):
        return True  # "Imports slid 5.9% to 109.2 billion euros after rising 1.3% in December": the 1.3%'s
    if mention.measure is Measure.growth and period.start - mention.end <= 200 and any(
        _BASE_FIGURE_CUE.search(sentence, max(mention.end, m.start - 30), m.start)
        for m in figures_between(mentions, mention.end, period.start)[:2]
    ):
        return True  # "3.3% below the 47.59 million tons brought in during September 2024": the base level's
    last, seen = mention, 0
    for m in mentions[bisect.bisect_right(mentions, mention.start, key=attrgetter("start")) :]:
        if m.start >= period.start or seen >= _LIST_ITEMS:
            break
        if m.measure is not mention.measure:
            continue
        if not _SHARED_GAP.fullmatch(sentence, last.end, m.start):
            return True
        last, seen = m, seen + 1
    return False


_AFTER_FIGURE = re.compile(
    r"\b(?:after|following)\s+(?:(?:rising|falling|growing|climbing|increasing|declining|dropping|gaining|jumping|"
    r"sliding|slipping|contracting|shrinking|expanding|decreasing|dipping|easing|slumping|surging|advancing)\s+|an?\s+)|\bhaving\s+(?:grown|risen|fallen|climbed|increased|declined|dropped|gained|"
    r"jumped|slid|slipped|shrunk|expanded|contracted)\s+",  # "..., having grown 1.3% in December": the 1.3%'s
    re.IGNORECASE,
)
_BASE_FIGURE_CUE = re.compile(  # a rate's base level written out after it: "below the", "than the", "from"
    rf"\b(?:below|above|than|from|against|versus|compared\s+(?:with|to))\s+(?:the\s+)?(?:record\s+|revised\s+)?"
    rf"(?:{MONEY_SIGN})?\s*$",
    re.IGNORECASE,
)
_COLON = re.compile(r":\s")
_LIST_ITEMS = 48


# "after rising 3.2% in October, they came to 10.17 trillion yen": a clause that dates the earlier rate it names;
# "After falling in both August and September, goods exports jumped 27%": the months before the figure's own; an
# opening comparison's month
_LOOK_BACK_OPENING = re.compile(
    r"\b(?:after|following)\s+(?:(?:[a-z]+ing\s+|an?\s+)[^,;]{0,30}?\d[^,;]{0,30}|"
    r"(?:[a-z]+ing|(?:declines|falls|drops|gains|rises|increases|decreases))\s+"
    r"(?:(?:in|during|over)\s+)?(?:both\s+|each\s+of\s+)?(?:the\s+)?(?:(?-i:[A-Z][a-z]+)\s+)?)$|"
    # "Measured against a revised $53.0 billion in November, the gap surged 32.6%": the base an opening comparison
    # names is that month's, the figures after it the story's
    r"(?:^|(?<=^\s)|(?<=^\s\s))(?:measured|set|compared|weighed)\s+(?:against|with|to)\b[^,;]{0,80}$",
    re.IGNORECASE,
)


def opens_look_back(sentence: str, p: PeriodMention) -> bool:
    """Whether the period `p` sits in an opening "after ..." clause that looks back at earlier months."""
    return bool(_LOOK_BACK_OPENING.search(sentence, max(0, p.start - 70), p.start))
