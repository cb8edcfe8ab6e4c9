"""Which months a figure covers: the period its clause states, the running one, or a comparison's base."""

from __future__ import annotations

import bisect
import re
from datetime import timedelta
from operator import attrgetter

from tradefacts.extract.period_mention import PeriodMention, restated
from tradefacts.extract.period_shifts import in_year, months_to, shifted
from tradefacts.extract.periods import BASE_VERBS, MONEY_SIGN, RATE_COMPARATIVE
from tradefacts.extract.rules.basis import rate_then
from tradefacts.extract.rules.context import MONTH_ON_MONTH_RELEASES, Context, months_in
from tradefacts.extract.rules.flow_constructions import AT_SUBJECT
from tradefacts.extract.rules.mention import Mention, clause_span, figures_between
from tradefacts.extract.rules.period_claims import claimed_by_later, item_after, looked_back, opens_look_back
from tradefacts.extract.text import PERCENT_WORD
from tradefacts.schemas import Basis, Measure, Period

_BASE_CUE = re.compile(  # right before the number: "than the $91.02 billion", "down from 1.9 billion"
    rf"\b(?:from|than|{RATE_COMPARATIVE}|compared?s?\s+(?:with|to)|against|versus|vs\.?|(?:improvement|improving|improved|increase|decrease|rise|fall)\s+on|"
    # "reversing a deficit of", "down from 17.2 billion euros in October and 20.0 billion euros a year earlier"
    rf"revers(?:ing|ed|es)|(?:from|than)\s+(?:about\s+|around\s+)?(?:{MONEY_SIGN})?\d[^;:]{{0,50}}?\s+and)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:(?:downwardly\s+|upwardly\s+)?revised\s+|preliminary\s+|record(?:-high)?\s+)?"
    r"(?:(?:surplus|deficit|gap|shortfall|growth|expansion|(?:a\s+)?(?:gain|rise|drop|fall|decline|contraction))\s+of\s+)?"
    r"(?:(?:about|around|roughly|nearly|almost|some|just\s+(?:over|under))\s+)?"
    rf"(?:{MONEY_SIGN}|[A-Z]{{1,3}}\s?)?$",  # "up from growth of 2.9 percent in the first half"
    re.IGNORECASE,
)


_POSSESSIVE_GAP = re.compile(
    rf"['’]s?\s+(?:(?:revised|record|downwardly|upwardly|preliminary)\s+)?(?:{MONEY_SIGN})?"
    rf"(?:(?:(?:all-time\s+|record\s+)?(?:high|low|peak|level|total|figure|reading|tally)|"
    rf"(?:trade\s+)?(?:shortfall|deficit|surplus|gap)|exports|imports|shipments)\s+of\s+(?:{MONEY_SIGN})?)?"  # "May's
    # peak of", "July's shortfall of", "July's figure of US$27.7 billion"
)


def _ending_by(periods: list[PeriodMention], pos: int) -> PeriodMention | None:
    """The last of the sentence's periods (in text order) that ends by `pos`: a bisection, not a scan."""
    i = bisect.bisect_right(periods, pos, key=attrgetter("end")) - 1
    return periods[i] if i >= 0 else None


def possessive_period(sentence: str, periods: list[PeriodMention], mention: Mention) -> PeriodMention | None:
    """The period written as a possessive right before the figure ("from September's $56.6 billion",
    "December's 10.7% pace"): the figure's own, a look back from the running period."""
    p = _ending_by(periods, mention.start)
    if p and mention.start - p.end <= 25:
        return p if _POSSESSIVE_GAP.fullmatch(sentence, p.end, mention.start) else None
    return None


def _at_subject_period(sentence: str, periods: list[PeriodMention], mention: Mention) -> PeriodMention | None:
    """The period the subject after an opening figure names as its owner ("At 22.2 billion euros ($23.92 billion),
    December's trade surplus was ..."): that figure's."""
    at = AT_SUBJECT.match(sentence) if periods else None
    if at is None or mention.end > at.end():
        return None
    i = bisect.bisect_left(periods, at.end(), key=attrgetter("start"))
    p = periods[i] if i < len(periods) else None
    return p if p and p.start == at.end() and sentence.startswith(("'s", "’s"), p.end) else None


def _own_period(
    mention: Mention, sentence: str, periods: list[PeriodMention], ctx: Context, mentions: list[Mention]
) -> Period | None:
    """The period the sentence states for the number: in its clause, else before it, else the running one. The
    periods are read by bisection around the figure, a bounded few each way: time stays linear in the sentence."""
    clause_start, clause_end = clause_span(sentence, mention.start)

    def own(p: PeriodMention) -> bool:
        if p.start > mention.end and sentence.startswith(("'s", "’s"), p.end):
            return False  # "26.3% below September's 12.87 million tons": the possessive dates a figure after it
        return (p.start < mention.end or not claimed_by_later(sentence, p, mention, mentions)) and not (
            looked_back(sentence, p, mention, mentions) or _in_other_aside(sentence, p, mention)
            or _in_look_back_clause(sentence, p, mention)
            or (p.start > mention.end and _SUPERLATIVE_BEFORE.search(sentence, max(mention.end, p.start - 60), p.start))
            or _MILESTONE_BEFORE.search(sentence, max(0, p.start - 60), p.start)
        )

    start_of = attrgetter("start")
    lo = bisect.bisect_left(periods, clause_start, key=start_of)
    in_clause = [p for p in periods[lo : bisect.bisect_left(periods, clause_end, lo, key=start_of)] if own(p)]
    k = bisect.bisect_left(periods, mention.start, key=start_of)
    before = next((p for p in reversed(periods[max(0, k - _LOOK) : k]) if p.end <= mention.start and own(p)), None)
    first = None
    if not in_clause and before is None:
        first = next((p for p in periods[:_LOOK] if own(p) and not _NEW_CLAUSE_BETWEEN.search(
            sentence, mention.end, max(mention.end, p.start))), None)  # fmt: skip
    chosen = in_clause[0] if in_clause else before or first
    if in_clause and before and before in in_clause:
        chosen = before
        following = [p for p in in_clause if 0 <= p.start - mention.end <= 25 or (
            p.start > mention.end and _TO_FIGURE_THEN.fullmatch(sentence, mention.end, p.start))]
        if following and (any(0 <= chosen.start - m.end <= 40 for m in figures_between(
            mentions, clause_start - 1, chosen.start)) or _THAN_BEFORE.search(sentence, max(0, mention.start - 20),
                                                                              mention.start)
                          or (_AND_FIGURE_BEFORE.search(sentence, max(0, mention.start - 12), mention.start)
                              and figures_between(mentions, chosen.end, mention.start - 1))):  # fmt: skip
            chosen = following[0]  # "slipped 3.4% to $8.1 billion last month and were down 6.9% for the first four
            # months": the period before was written after the earlier figures; the one right after is this one's
    if chosen is None and ctx.period and (_ANNUAL.search(sentence, max(0, mention.start - 60), mention.start) or (
            mention.measure is Measure.share and _OF_ANNUAL.match(sentence, mention.end))):  # "made up 58.3 percent
        # of China's full-year exports to the region": the share of the year's
        return months_to(ctx.period, 12)  # "an annual trade surplus of 195.6 billion euros": the twelve months to
        # the running month (the calendar year in a story on December, the year to October in Stats NZ's)
    if chosen is None and ctx.period is None and ctx.published and _ANNUAL.search(
            sentence, max(0, mention.start - 60), mention.start):  # "China's full-year exports rose 7.2 percent" in
        # a story of January that names no year: the last whole year by the published day
        return Period.months((ctx.published + timedelta(days=1)).year - 1, 1, 12)  # (a story of 31 December: its own)
    if chosen is None:
        if (span := ctx.period) and months_in(span) > 1 and (
            _MONTHLY_OPENING.match(sentence) or _ON_THE_MONTH.match(sentence, mention.end)
            or ctx.basis_frame is Basis.mom  # the paragraph compares with the month before: its figures are a month's
        ):  # "On the month, exports to EU countries slipped 2.7%", "rose 1.7% on the month to £14.7bn" in a story
            # on a quarter or the three months to October: the month named last in it, else its last month
            month = ctx.month
            return month if month and span.start <= month.start <= span.end else Period(start=span.end, end=span.end)
        return ctx.period or (Period.months(ctx.year, 1, 12) if ctx.year else None)
    chosen = item_after(mention, sentence, periods, mentions) or chosen
    k = bisect.bisect_right(periods, chosen.start, key=start_of)
    if k < len(periods) and restated(sentence, chosen, periods[k]):
        chosen = periods[k]  # "the first half (July-December 2025) of the current fiscal year": the bracket's dates
    if chosen.items:  # "in the first, second and third quarters ... X, Y and Z": the item in its position
        # of its measure and unit: "7.73 trillion yuan (about 1.1 trillion U.S. dollars)" is one figure, twice
        after = [m for m in figures_between(mentions, chosen.end)
                 if m.measure is mention.measure and m.unit == mention.unit]  # fmt: skip
        if len(after) == len(chosen.items) and mention in after:
            chosen = chosen.item(after.index(mention))
    if chosen.the_month:  # "In March alone, ..., and the monthly deficit ...", "... during June 2025, and ... in
        # the month": the last month the sentence named before it
        k = bisect.bisect_left(periods, chosen.start, key=start_of)
        chosen = next((p for p in reversed(periods[max(0, k - _LOOK) : k]) if p.end <= chosen.start
                       and p.first == p.last and not p.comparison and not p.the_month and not p.shift_months),
                      chosen)  # fmt: skip
    if chosen.the_period and not chosen.same_as_last and chosen.last != 3:  # "In the first four months ...,
        # leaving a surplus of $445 billion for the period": the span the sentence stated before it
        k = bisect.bisect_left(periods, chosen.start, key=start_of)
        chosen = next((p for p in reversed(periods[max(0, k - _LOOK) : k]) if p.end <= chosen.start and
                       p.first != p.last and not p.comparison and not p.the_period and not p.shift_months), chosen)
    if chosen.shift_months:  # "In the year-ago month the deficit stood at ...": the running period, moved
        return shifted(ctx.period, chosen.shift_months) if ctx.period else None
    return ctx.resolve(chosen)


# "expanded 6.2 percent year on year to $2.84 trillion in the first nine months": the period after the rate's own
# level is the rate's too
_TO_FIGURE_THEN = re.compile(
    rf"\s*{PERCENT_WORD}?(?:\s+(?:year[- ]on[- ]year|on\s+the\s+year|from\s+a\s+year\s+(?:earlier|ago)))?"
    r"\s+to\s+(?:about\s+|around\s+)?(?:US)?[$€£¥]?\s?[\d.,]+\s*(?:trillion|billion|million|bn)?(?:\s+[a-z]+)?\s+"
    r"(?:in|for|during|over)\s+$",
    re.IGNORECASE,
)
# "the trade deficit in October was $19.9 billion and $98.71 billion during April-October": a figure joined by "and"
# to an earlier one that the period before belongs to
_AND_FIGURE_BEFORE = re.compile(r"\band\s+(?:about\s+|around\s+)?(?:US|USD\s?|Rs\.?\s?)?[$€£¥]?$")
_THAN_BEFORE = re.compile(r"\bthan\s+(?:the\s+|a\s+|an\s+)?$")  # "The October drop was milder than the 33.1% plunge
# in August": the period right after a figure of comparison is its own, not the one the sentence opens with
# "up 7.9 percent and the highest monthly figure so far this year": the period of a superlative is its own
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:highest|lowest|largest|biggest|fastest|quickest|slowest|strongest|weakest|best|worst|sharpest|steepest|"
    r"smallest|narrowest|widest|greatest)\b[^,;]{0,50}$|"
    rf"\b(?:record|peak)\b[^,;]{{0,50}}\b(?:{BASE_VERBS})\s+(?:in\s+)?$",  # "the peak of 112.4 mln tons set in 2015"
    re.IGNORECASE,
)
# "the first year-on-year fall of the fiscal year": a milestone's span, the period of no figure on either side of it
# "falling back from the all-time high of 2023", "down from the record set in 2023": a past record's date
_MILESTONE_BEFORE = re.compile(
    r"\bfirst\s+(?:[\w-]+\s+){0,2}?(?:fall|rise|drop|decline|increase|gain|contraction|expansion|deficit|surplus)\s+"
    r"(?:of|in|for|this)\s+(?:the\s+)?$|"
    r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:high|low|peak|record)\s+(?:(?:set|reached|hit|seen)\s+)?(?:of|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
def _in_look_back_clause(sentence: str, p: PeriodMention, mention: Mention) -> bool:
    """Whether a period before the figure dates a look back at an earlier rate in a clause closed by a comma before
    the figure ("after rising 3.2% in October, they came to ...": October is the 3.2%'s)."""
    return p.end <= mention.start and "," in sentence[p.end : mention.start] and opens_look_back(sentence, p)


# ", which supplied 71.3% of the imports last year,"; ", Japan's biggest export market so far this year,": a
# relative clause, or a rank that describes a partner; "The merchandise gap, $162.6 billion in March, was cut to":
# an earlier level set off by commas
_RELATIVE_OPEN = re.compile(
    r",\s+(?:(?:which|who)\s|(?:US)?[$€£¥₹]\d[\d.,]*\s*(?:trillion|billion|million|bn)?\s|(?:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s|the\s+(?:country|nation|province|city|region)['’]s)"
    r"\s+(?:(?:second|third|fourth|fifth)[- ])?(?:largest|biggest|top|main|leading)\s|"
    r"the\s+(?:(?:second|third|fourth|fifth)[- ])?(?:largest|biggest|top|main|leading)\s)[^,;()]*$",  # "Russia, the
    re.IGNORECASE)  # top market in 2024, fell to second with 531,800 units": the description's year


def _in_other_aside(sentence: str, p: PeriodMention, mention: Mention) -> bool:
    """Whether the period is inside a relative clause that the figure is not in: "Arrivals from the U.S., which
    supplied 71.3% of the imports last year, tumbled 93%" (last year is the 71.3%'s). Bounded windows: linear."""
    opening = _RELATIVE_OPEN.search(sentence, max(0, p.start - 120), p.start)
    close = sentence.find(",", p.end, p.end + 120) if opening else -1
    return close >= 0 and not opening.start() <= mention.start < close


# "..., and in December alone shipments plunged 41%", "..., while rare earths surged 32% in December": a period in
# a later coordinate clause is that clause's, not the figures' before it
_NEW_CLAUSE_BETWEEN = re.compile(  # ", a sign that carmakers ... placed on foreign cars in April": the sign's
    r",\s+(?:and|while|whereas|but|a\s+sign\s+that)\b|;|\bas\s+(?!of\b|well\b)"
)  # "... as average
# prices kept falling, to about $679 a ton from roughly $749 in 2024": a reason's period is not the figure's
# "an annual trade surplus of", "Full-year exports fell": the calendar year of the running period
_ANNUAL = re.compile(
    r"\b(?:annual|full[- ]year|whole-year)\s+(?:[\w-]+\s+){0,2}?(?:surplus|deficit|exports|imports|trade|shipments)\b"
    r"[^,;]{0,40}$",
    re.IGNORECASE,
)
_OF_ANNUAL = re.compile(
    rf"\s*{PERCENT_WORD}?\s+of\s+(?:the\s+|its\s+|their\s+|[\w.]+['’]s\s+)?"
    r"(?:annual|full[- ]year|whole-year)\s",
    re.IGNORECASE,
)
_ON_THE_MONTH = re.compile(rf"\s*{PERCENT_WORD}?\s*(?:on\s+the\s+month|month[- ]on[- ]month)\b", re.I)
_MONTHLY_OPENING = re.compile(  # "On the month, ...", "On a monthly basis, ...", "Month on month, ..."
    r"\s*(?:on|in|over)\s+the\s+month\b|\s*on\s+a\s+monthly\s+basis\b|\s*month[- ]on[- ]month\b", re.IGNORECASE
)
_COMPARED_OPENING = re.compile(
    r"\s*(?:Compared(?:\s+(?:with|to))?|(?:Set\s+|Measured\s+)?Against|Relative(?:\s+to)?)\s*", re.IGNORECASE)


def _opening_base(sentence: str, periods: list[PeriodMention], ctx: Context) -> Period | None:
    """The period a sentence opens on as its comparison ("Compared with September, ...", "Set against the three
    months to July 2026, ..."), resolved; None where it opens on none."""
    first = periods[0] if periods else None
    if first is None or first.start > 30 or not _COMPARED_OPENING.fullmatch(sentence, 0, first.start):
        return None
    return ctx.resolve(first)


def _opens_on_month_before(sentence: str, periods: list[PeriodMention], span: Period, ctx: Context) -> bool:
    """Whether the sentence opens on a comparison with the month before the span's last ("Compared with September,
    ..." in a story on the three months to October): its figures are that last month's."""
    base = _opening_base(sentence, periods, ctx)
    return base is not None and base.start == base.end and base.end == shifted(
        Period(start=span.end, end=span.end), -1).end


def _opens_on_span_before(sentence: str, periods: list[PeriodMention], month: Period, ctx: Context) -> Period | None:
    """The span of the figures of a sentence that opens on a comparison with the span before ("Set against the three
    months to July 2026, exports fell 1.9%" in a story at October: the three months to October), else None."""
    base = _opening_base(sentence, periods, ctx)
    n = months_in(base) if base else 0
    if base is None or n < 2 or shifted(Period(start=base.end, end=base.end), n).end != month.end:
        return None
    return months_to(month, n)


_SET_IN = re.compile(rf"\s+(?:{BASE_VERBS})\s+")
_LOOK = 16  # periods a figure reads on either side of it: a bound that keeps a sentence of thousands linear


def period_for(
    mention: Mention, sentence: str, periods: list[PeriodMention], ctx: Context, mentions: list[Mention],
    stated: list[PeriodMention] | None = None, economy: str | None = None,
) -> Period | None:
    """The fact's period; a number inside a comparison ("from $95.7 billion a year earlier") takes the base's.
    `stated` is `periods` without the comparisons, when the caller has it (once a sentence, not once a figure);
    `economy` is the figure's area, whose releases say what a bare base level is (the month or the year before)."""
    if possessive := possessive_period(sentence, periods, mention) or _at_subject_period(sentence, periods, mention):
        return ctx.resolve(possessive)
    stated = [p for p in periods if not p.comparison] if stated is None else stated
    own = _own_period(mention, sentence, stated, ctx, mentions)
    if own and (back := rate_then(sentence, mention)):  # "after a 1.9% rise the month before": a month's rate
        return shifted(own if back != -1 else Period(start=own.end, end=own.end), back)
    if own and own.start != own.end and not stated and _opens_on_month_before(sentence, periods, own, ctx):
        own = Period(start=own.end, end=own.end)  # "Compared with September, exports rose 3.9%" in a quarter's story
    if own and own.start == own.end and not stated and (span := _opens_on_span_before(sentence, periods, own, ctx)):
        own = span  # "Set against the three months to July, exports fell 1.9%" in a story at October
    if own and periods and periods[0].start <= 2 and periods[0].shift_months and all(
        p.year is None and not p.relative_year for p in stated[:_LOOK]
    ):  # "A year earlier, the surplus stood at 18.2 billion euros", "A year earlier, U.S. beans had accounted for
        return shifted(own, periods[0].shift_months)  # 2.79 million tons of China's November purchases"
    if own and (shift := _shifted_level_of(sentence, periods, mention)):
        return shifted(own, shift)  # "13.2% above the year-earlier level of 11.37 million tons": the base's level
    if own and 0 < len(periods) <= 8 and all(p.comparison for p in periods):  # a bounded look: stays linear
        own = _year_after_base(periods, own, ctx) or own
    if record := _record_of(sentence, periods, mention):
        return ctx.resolve(record)  # "The previous best, from 2022, stood at $683.6 billion": 2022's
    if own and (then := _shifted_subject(sentence, periods, mention)):
        return shifted(own, then)  # "whereas the same month last year had yielded a surplus of 62.4 billion yen"
    if (when := _when_clause_of(sentence, periods, mention)) is not None:  # "down 17.6 percent from March, when
        # they had totaled USD40.1 billion": March's; "than in the previous month, when they stood at": the month before
        return (shifted(own, when.shift_months) if own else None) if when.shift_months else ctx.resolve(when)
    first = bisect.bisect_left(periods, mention.end, key=attrgetter("start"))  # the bases just after the figure
    last = bisect.bisect_right(periods, mention.end + 45, first, key=attrgetter("start"))
    for base in (p for p in periods[first:last] if p.comparison):
        between = sentence[mention.end : base.start]
        follows = not re.search(r"\d", between)
        # "... topping the previous record of $82.71 billion set in March": the base's own period
        if follows and (_base_cue(sentence, mention) or _SET_IN.fullmatch(between)):
            if base.shift_months:
                return shifted(own, base.shift_months) if own else None
            if base.same_months and own and base.year is not None:  # "in the same quarter of 2024"
                return in_year(own, base.year)
            return ctx.resolve(base)
    if own and mention.measure is not Measure.growth and _bare_base(sentence, mention, periods):
        # "widened to £7.2bn from £6.1bn": a level's base with no period of its own is the period before
        length = months_in(own)
        before = length in _STARTS and own.start[5:] in _STARTS[length]  # a month, a quarter, a calendar year
        before = before and (length > 1 or (economy or ctx.article_area) in MONTH_ON_MONTH_RELEASES)  # India's,
        return shifted(own, -length if before else -12)  # Japan's, China's releases set a month against a year before
    return own


def _year_after_base(periods: list[PeriodMention], own: Period, ctx: Context) -> Period | None:
    """"Compared with September 2024, exports rose 2.1%" after a sentence on the third quarter: a base a year
    before a month of the running period makes that month the rate's own."""
    for base in (p for p in periods if not p.shift_months):
        later = shifted(resolved, 12) if (resolved := ctx.resolve(base)) else None
        if later and later != own and own.start <= later.start and later.end <= own.end:
            return later
    return None


_LEVEL_OF = re.compile(rf"\s+(?:(?:level|figure|total|tally|reading|volume|amount)\s+)?of\s+(?:about\s+|around\s+)?"
                       rf"(?:{MONEY_SIGN})?\s*")


def _shifted_level_of(sentence: str, periods: list[PeriodMention], mention: Mention) -> int:
    """The shift of a relative base that names the figure right after it ("the year-earlier level of 11.37 million
    tons", "the year-ago figure of $8.1 billion"): -12 there; 0 when the figure follows no such base."""
    base = _ending_by(periods, mention.start)
    return base.shift_months if base and base.shift_months and _LEVEL_OF.fullmatch(
        sentence, base.end, mention.start) else 0


_RECORD_FROM = re.compile(r"\b(?:previous|prior|old|former|earlier)\s+(?:best|record|high|peak|low)\s*,\s+"
                          r"(?:from|set\s+in|in|of)\s+$", re.IGNORECASE)


def _record_of(sentence: str, periods: list[PeriodMention], mention: Mention) -> PeriodMention | None:
    """The period of a former record the figure's clause opens on ("The previous best, from 2022, stood at $683.6
    billion"), else None."""
    p = _ending_by(periods, mention.start)
    if p is None or mention.start - p.end > 40:
        return None
    return p if _RECORD_FROM.search(sentence, max(0, p.start - 40), p.start) else None


_SUBJECT_OPENS = re.compile(r"(?:^|[,;:]\s*|\b(?:whereas|while|but|and)\s+)$")
_SUBJECT_VERB = re.compile(
    r"\s+(?:had\s+|has\s+)?(?:yielded|produced|posted|recorded|saw|brought|showed|shown|seen|was|were|stood\s+at|"
    r"came\s+to|reached|totall?ed)\b[^,;]{0,60}"
)


def _shifted_subject(sentence: str, periods: list[PeriodMention], mention: Mention) -> int:
    """The shift of a relative period that is the subject of the figure's clause ("whereas the same month last year
    had yielded a surplus of 62.4 billion yen"): -12 there; 0 when the clause opens on no such period."""
    base = _ending_by(periods, mention.start)
    if not base or not base.shift_months or not base.comparison:
        return 0
    opens = _SUBJECT_OPENS.search(sentence, max(0, base.start - 12), base.start)
    return base.shift_months if opens and _SUBJECT_VERB.fullmatch(sentence, base.end, mention.start) else 0


_WHEN_CLAUSE = re.compile(r",\s+when\s+[^,;]{0,80}$")


def _when_clause_of(sentence: str, periods: list[PeriodMention], mention: Mention) -> PeriodMention | None:
    """The period a ", when ..." clause that holds the figure looks back to ("bigger than in July, when it stood
    at US$27.7 billion"); None when the figure is in no such clause."""
    clause = _WHEN_CLAUSE.search(sentence, max(0, mention.start - 90), mention.start)
    if clause is None:
        return None
    p = _ending_by(periods, clause.start())
    return p if p and p.end == clause.start() else None


def _bare_base(sentence: str, mention: Mention, periods: list[PeriodMention]) -> bool:
    """Whether the figure is a comparison's base ("from £6.1bn") with no period after it and no goods or partner of
    its own, in a sentence that revises nothing ("revised May's deficit to .. from the .. it first reported")."""
    cue = _BASE_CUE.search(sentence[max(0, mention.start - 40) : mention.start])
    return bool(
        cue
        and not _THRESHOLD.search(cue.string, 0, cue.start() + 4)
        and not (periods and periods[-1].start >= mention.end)
        and not _REVISED.search(sentence, max(0, mention.start - 200), mention.start)
        and not _OWN_FIGURE.match(sentence, mention.end)
    )


_THRESHOLD = re.compile(r"\b(?:more|less|fewer|greater|rather|other)\s+than$", re.IGNORECASE)  # a bound, no base


def _base_cue(sentence: str, mention: Mention) -> bool:
    """Whether a base's cue stands right before the figure ("down from 1.9 billion", "than the $91.02 billion"), not
    a bound's alone ("more than 11 percent from the same period last year" is this period's rate)."""
    cue = _BASE_CUE.search(sentence[max(0, mention.start - 40) : mention.start])
    bound = cue and re.fullmatch(rf"than\s+(?:{MONEY_SIGN})?", cue.group()) and _THRESHOLD.search(
        cue.string, 0, cue.start() + 4)  # not "8.4% more than the 2.9 million tons shipped in October a year earlier"
    return bool(cue and (not bound or _BASE_CUE.search(cue.string, 0, bound.start())))  # "down from more than 13%"
_REVISED = re.compile(r"\brevis(?:ed|ing|es?)\b", re.IGNORECASE)
# "against a €1.2bn deficit on services": another figure, named after its number, not the base of the first
_OWN_FIGURE = re.compile(  # "... of exports against GH¢72.4 billion of imports": the other flow's own figure
    r"\s+(?:trade\s+)?(?:surplus|deficit|gap|exports?|imports?)\s+(?:on|in|of|with)\b|\s+of\s+(?:exports|imports)\b|"
    r"\s+in\s+(?:purchases|sales|imports|exports|shipments)\b|"  # "worth $24.7 billion, against $16.3 billion in
    # purchases from it": the other flow's figure, no base
    r"\s+for\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE  # "compared with 203.5 billion euros for the U.S.": its own
)
_STARTS = {1: {f"{m:02d}" for m in range(1, 13)}, 3: {"01", "04", "07", "10"}, 12: {"01"}}
