"""The dates in a sentence that date no figure: an event's ("after Washington imposed a 15% tariff in August"), one
in an aside without figures ("which Beijing put under licensing in April"), one in an "after ..." clause ("after the
buying spree of October faded")."""

from __future__ import annotations

import bisect
import re
from itertools import pairwise

from tradefacts.extract.period_mention import PeriodMention
from tradefacts.extract.periods import find_periods
from tradefacts.extract.rules.mention import Mention, aside_spans, in_spans, merged

# "after Washington imposed a 15% tariff ... in August": the date of an event, not a period of the figures
_EVENT_DATE = re.compile(
    r"\b(?:imposed|introduced|announced|unveiled|hiked|levied|slapped|signed|ordered|took\s+effect|placed\s+on|"
    r"came\s+into\s+(?:force|effect)|"
    r"went\s+into\s+effect|kicked\s+in|"
    # "after Washington lowered tariffs on Japanese cars in September": a policy's date
    r"(?:lowered|raised|cut|reduced|lifted|scrapped|removed|suspended|doubled|tripled)\s+(?:(?:its|their|the)\s+)?"
    r"(?:tariffs?|levy|levies|duties|duty)\b)\b[^,;.]{0,60}$|"
    r"\b(?:ended|ending|closed|closing|finished|into|entering|entered)\s+$|"  # "manufacturers ended 2025 on a weak"
    # "figures released in July", "data released earlier in November": the release's date, not theirs
    r"\b(?:released|published|issued)\s+(?:(?:earlier|later|early|late)\s+)?(?:in\s+|on\s+)?$|"
    r"\b(?:that|which)\s+(?:began|started|set\s+in)\s+(?:in\s+)?(?:(?:late|early|mid)[\s-]+)?$|"  # "declines that
    # began in April": a streak; "a diplomatic chill that began late last year": an event
    r"\bset\s+to\s+[^,;.]{0,60}\s$|"  # "a tariff set to reach 35 percent by July 2026": a target's date
    # "With the Chuseok holiday falling in October this year, September had 24 working days": the calendar's date
    r"\b(?:holidays?|festival|New\s+Year|Chuseok|Golden\s+Week|Diwali|Ramadan|Eid)\b[^,;.]{0,30}?"
    r"\b(?:fall|falls|fell|falling|came|comes|coming|began|beginning|ended|ending|was|were)\s+(?:in\s+|on\s+)?$",
    re.IGNORECASE,
)


# "..., the first increase after declines in December and January": what the figures came after
_AFTER_EVENT = re.compile(  # ", a reflection of the flood of goods that arrived in early 2025": its cause's date
    r"\b(?:after|following|since)\s+(?!(?:an?\s+)?[\d$€£¥₹(-])|"
    # "a $1.9 billion surplus with Switzerland as gold bars flown into New York last year kept moving": its cause's
    r"\sas\s+(?!(?:a|an|of|in|well|much|many|far|long|soon|part|compared|against|with|to|for|per|the\s+same)\b)|"
    r",\s+(?:a\s+reflection\s+of|reflecting|driven\s+by|extending\s+(?:a|an|the|its)\s+(?:run|streak|string|slide)|"
    r"thanks\s+to|due\s+to|(?:supported|helped|boosted|buoyed|hit|hurt|weighed\s+down|dragged\s+down)\s+by)\b",
    re.IGNORECASE,
)


# "With China, the target of Trump's steepest tariffs last year, the goods gap grew", "Taiwan, home to the
# chipmakers ...,": a description of a place, whose dates are no figure's
_DESCRIBED = re.compile(
    r", (?:home\s+to\s|the\s+(?:[\w-]+\s+){0,2}?(?:target|home|hub|focus|subject|birthplace|seat)\s+(?:of|to|for)\s)"
    r"[^,;\d]{0,120}?,|"
    # "The goods shortfall with China, hit by Trump's highest tariffs last year, rose": what befell the place
    r", (?:hit|hurt|targeted|singled\s+out)\s+by\s[^,;\d]{0,120}?,|"
    # "Chip shipments for the 11 months came to $152.6 billion, topping their total for the whole of 2024, and": the
    # year a figure is measured against, not its own
    r", (?:topping|surpassing|exceeding|beating|eclipsing|outstripping)\s+(?:their|its|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:total|tally|figure|level|haul)\s+(?:for|of|in)\s+(?:the\s+(?:whole|entire|full)\s+(?:of\s+)?)?"
    r"(?:(?:19|20)\d\d|last\s+year|the\s+previous\s+year|(?:all|the\s+whole)\s+of\s+(?:19|20)\d\d),|"
    # "Exports of cars to Russia, a market that took off in 2023 when Western automakers left, plunged": the market's
    r", (?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:market|country|economy|region|destination|partner|sector|industry|business)"
    r"\s+(?:that|which|where|whose)\s[^,;]{0,120}?,"
)


_WITH_OPENING = re.compile(  # not "With imports climbing ... in the three months to September, the shortfall": flows'
    r"\s*With\s(?![^,;]*\b(?:imports|exports|trade|shipments|sales|purchases)\b)[^,;]{1,80}?\b[a-z]+ing\b[^,;]{0,80},")


def _figureless_asides(sentence: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """The relative-clause asides with no figure of their own ("which Beijing put under a licensing regime in
    April"), and a trailing "after ..." clause past the last figure ("after the buying spree of October faded"):
    a date inside one is an event's, not the figures'."""
    starts = [m.start for m in mentions]
    asides = aside_spans(sentence) + [m.span() for m in _DESCRIBED.finditer(sentence)]
    if opening := _WITH_OPENING.match(sentence):
        asides.append(opening.span())  # "With energy bills shrinking from the peaks of 2022, imports ...": a cause
    asides += [(a, b) for a, b in aside_spans(sentence, appositions=True) if sentence.startswith(", the ", a)]  # ",
    # the largest of Japan's trading partners last year,": a description's date (not ", a slowdown from September,")
    spans = [(a, b) for a, b in asides if bisect.bisect_left(starts, a) == bisect.bisect_left(starts, b)
             and (mentions or not _TRADE_MOVE_ASIDE.match(sentence, a))]  # "Sales to the U.S., which rose in
    # November for the first time since March, ..." in a lead without figures: the month the story is on
    if mentions and (after := _AFTER_EVENT.search(sentence, mentions[-1].end)):
        spans.append((after.start(), len(sentence)))
    for figure, following in pairwise(mentions):  # "... $4.02 billion after the buying of October faded,
        # while crude oil imports ...": an "after" clause closed before the next figure's clause opens
        if (after := _AFTER_EVENT.search(sentence, figure.end, following.start)) and (
            joint := _NEXT_CLAUSE.search(sentence, after.end(), following.start)
        ):
            spans.append((after.start(), joint.start()))
    return merged(spans)


_TRADE_MOVE_ASIDE = re.compile(
    r",\s+which\s+(?:rose|grew|fell|increased|decreased|declined|dropped|jumped|climbed|slipped|expanded|"
    r"contracted|shrank|surged|slumped)\b"
)
_NEXT_CLAUSE = re.compile(r",\s+(?:while|whereas|but|and)\s|;")


def figures_periods(sentence: str, mentions: list[Mention]) -> list[PeriodMention]:
    """The sentence's periods that may date its figures: not an event's date ("after Washington imposed a 15%
    tariff in August") nor one in an aside without figures."""
    asides = _figureless_asides(sentence, mentions)
    return [p for p in find_periods(sentence) if not _EVENT_DATE.search(sentence, max(0, p.start - 80), p.start)
            and not in_spans(asides, p.start) and not _TITLE_AFTER.match(sentence, p.end)
            and not (_GIVING.search(sentence, max(0, p.start - 12), p.start)
                     and _ITS.match(sentence, p.end))]  # fmt: skip


# "..., giving 2025 its best month yet", "handing the year its first deficit": the period a result clause praises,
# not the one its figures cover
_GIVING = re.compile(r"\b(?:giving|gave|handing|handed|earning)\s+$")
_ITS = re.compile(r"\s+(?:its|their)\s")


# "In its January 2025 Summary of Economic and Financial Data, the central bank recorded ...": a publication's name
_TITLE_AFTER = re.compile(r"\s+(?:(?-i:[A-Z])[a-z]+\s+){0,3}?(?-i:Summary|Report|Bulletin|Review|Survey|Statement|"
                          r"Update|Outlook|Release|Edition|Digest)\b")
