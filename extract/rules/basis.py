"""The comparison basis of a growth rate: year on year unless the text compares with the month or quarter before.

Cues, nearest first: a cue or a named base between the rate and the next figure ("down 2.21% from January but
up 4.52% year-on-year"); a cue in the rate's own clause ("rose 1.4% on the month", "up 3% y/y"); a base period
the sentence names against the rate's own period ("Compared with October" for a November figure is the
previous month); a cue that opens the sentence ("Sequentially, ..."), which also sets the paragraph's
frame; the paragraph's frame (guide: a month-on-month frame carries to the paragraph's later figures).
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Iterable
from operator import attrgetter

from tradefacts.extract.period_mention import PeriodMention
from tradefacts.extract.periods import BASE_VERBS, RATE_NOUNS
from tradefacts.extract.rules.mention import OWN_CLAUSE, WINDOW, Mention
from tradefacts.extract.text import PERCENT_WORD
from tradefacts.schemas import Basis, Measure, Period

MOM = re.compile(
    r"\bon\s+the\s+month\b|\bsequential(?:ly)?\b|month[- ](?:on|over|to)[- ]month|\bm/m\b|\bmom\b|\bmtm\b|"
    r"\bmonthly\s+basis\b|"
    r"(?<!(?<!than\s)in\sthe\s)(?<!for\sthe\s)(?:previous|preceding|prior)\s+month|a\s+month\s+(?:earlier|before|ago)|"
    # not "a rise of 1.0% in the previous month", that month's own rate ("higher than in the previous month" is)
    r"the\s+month\s+before|(?<!straight\s)(?<!consecutive\s)(?<!\d[a-z]{2}\s)(?<!first\s)(?<!second\s)(?<!third\s)"
    r"(?<!fourth\s)(?<!fifth\s)(?<!sixth\s)(?<!est\s)"  # "a third monthly decline" counts a streak: no basis;
    # "the fastest monthly growth this year" ranks a month's own rate
    r"monthly\s+(?:drop|fall|decline|decrease|rise|increase|gain|change|growth)|"
    r"over\s+the\s+month\b",
    re.IGNORECASE,
)


def compares_with_month_before(text: str, period: Period) -> bool:
    """Whether the text compares with the month before `period`'s last month by name ("Compared with July",
    "than in July", "from July" in a story on August): the guide's "comparison with the month before stated in
    the text"."""
    before = calendar.month_name[(int(period.end[5:7]) - 2) % 12 + 1]
    level = r"(?:(?:US|[A-Z]{1,2})?[$€£¥]?\d[\d.,]*\s*(?:trillion|billion|million|bn|mln|bln)?(?:\s+[a-z]+)?\s+in\s+)?"
    return re.search(  # "widened to £22.4 billion in October from £20.9 billion in September" too
        rf"\b(?:[Cc]ompared\s+(?:with|to)|than\s+in|from\s+{level}|[Aa]gainst)\s*{before}\b", text
    ) is not None


QOQ = re.compile(
    r"\bon\s+the\s+quarter\b|quarter[- ](?:on|over)[- ]quarter|\bq/q\b|\bqoq\b|\bquarterly\s+basis\b|"
    r"(?:previous|preceding|prior)\s+(?:quarter|three\s+months)|compared\s+with\s+the\s+three\s+months\s+to\b",
    re.IGNORECASE,
)
YOY = re.compile(
    r"year[- ](?:on|over)[- ]year|\by/y\b|\byoy\b|a\s+year\s+(?:earlier|ago|before)|"
    # "the same period last year" (alone, "over the same period" is the period just named, UK: three months)
    r"(?:same|corresponding)\s+(?:period|month|quarter|(?:two|three|six|\d+)\s+months)\s+(?:(?:of|in)\s+)?(?:(?:the\s+)?(?:last|previous|prior|a)\s+(?:fiscal\s+)?"
    r"year|(?:FY\s*)?\d{2,4}\b|a\s+year)|"
    r"year[- ]ago|year[- ]earlier|from\s+a\s+year|annual\s+basis|\bon[\s-]year\b|"
    r"\bon\s+the\s+year\b(?!\s+(?:to|ending|ended)\b(?!\s+(?:about\s+|around\s+)?[$€£¥\d]))|"  # "up 4.1% on the year
    # to 7.12 million tons", not "the year to March"
    r"\b(?:of|in)\s+the\s+(?:previous|preceding|prior)\s+year\b",
    re.IGNORECASE,
)
_CUES = ((Basis.mom, MOM), (Basis.qoq, QOQ), (Basis.yoy, YOY))
_FIGURE_OF_PERIOD = re.compile(  # "up from 0.2% in October", "than a 4.1% increase in July": that rate's month
    rf"\s*(?:(?:{RATE_NOUNS})\s+)?(?:(?:{BASE_VERBS})\s+)?(?:in|for)?\s*"
)
# "2.5 percentage points faster than in the second quarter": the base of a gap, no rate's base
_GAP_BASE = re.compile(
    r"percentage\s+points?\s+(?:[a-z]+\s+){1,2}than\s+(?:(?:that|those)\s+)?(?:in|of|for)?\s*$", re.IGNORECASE
)
# "grew 4.5 percent, quicker than in the first three months": the pace of another period's rate, no base of this one
_PACE_THAN = re.compile(
    r"\b(?:faster|quicker|slower)(?:\s+(?:pace|rate|clip))?\s+than\s+(?:(?:that|those)\s+)?(?:in|of|for|during)?\s*$",
    re.IGNORECASE,
)
_POSSESSIVE_OF_RATE = re.compile(r"['’]s?\s+(?:(?:revised|preliminary)\s+)?")
_NEXT_RATE_JOINT = re.compile(r"[,;]|\b(?:and|but|while|whereas)\b", re.IGNORECASE)
# "up 4.2%, and up 2.7% over September": the next rate with a sign word of its own, whose base the one before
# does not share (as "rose 5% and 3% from the previous month" shares its)
_OWN_SIGN_RATE = re.compile(
    r"[^\d;]{0,40}?,\s+(?:and\s+)?(?:was\s+)?(?:up|down|rising|falling|rose|fell|grew|increased|decreased|"
    r"an?\s+(?:increase|decrease|rise|drop|fall|decline))\b[^\d]{0,20}$",
    re.IGNORECASE,
)
# "an increase of 9.3%, and 5.2% higher than in November": the next rate, with a base written after it, its own
_THEN_RATE = re.compile(r"[^\d;]{0,30}?,\s+(?:and\s+)?$")
_COMPARATIVE_AFTER = re.compile(r"\s*(?:higher|lower|more|less|above|below)\s+than\b", re.IGNORECASE)
# "a month-on-month increase of": a rate named with its cue, right before its figure
_NAMED_RATE = re.compile(
    r"\b(?:an?\s+)?[\w/-]+(?:\s+[\w/-]+)?\s+(?:increase|decrease|growth|rise|decline|drop|fall|gain|jump|contraction)"
    r"\s+of\s*$",
    re.IGNORECASE,
)


def cue_in(text: str) -> Basis | None:
    """The basis a piece of text names, if any."""
    hits = [(m.start(), basis) for basis, pattern in _CUES if (m := pattern.search(text))]
    return min(hits)[1] if hits else None


def opening_frame(sentence: str) -> Basis | None:
    """The basis an opening cue of a sentence without figures sets for the paragraph's rates after it ("Month on
    month, the picture was mixed."); None for year on year, the default."""
    comma = sentence.find(",", 0, 60)
    basis = cue_in(sentence[:comma]) if comma > 0 else None
    return basis if basis is not Basis.yoy else None


_LEVEL_CHANGE = re.compile(r"\b(?:narrowed|widened|rose|fell|increased|decreased|grew|shrank)\s+by\b", re.IGNORECASE)


def level_change_basis(sentence: str) -> Basis | None:
    """The basis of a sentence that moves a level by an amount against the period before ("The deficit narrowed by
    £1.3bn to £5.9bn compared with the previous three months"): month or quarter on, else None."""
    basis = cue_in(sentence) if _LEVEL_CHANGE.search(sentence) else None
    return basis if basis in (Basis.mom, Basis.qoq) else None


def _months(period: Period) -> tuple[int, int]:
    return int(period.start[:4]) * 12 + int(period.start[5:]), int(period.end[:4]) * 12 + int(period.end[5:])


def from_base(own: Period, base: Period) -> Basis | None:
    """The basis that a named base period implies for a rate of period `own` (a month before: mom)."""
    (s1, e1), (s0, e0) = _months(own), _months(base)
    if e1 - s1 != e0 - s0:
        return None
    return {1: Basis.mom if e1 == s1 else None, 3: Basis.qoq if e1 - s1 == 2 else None, 12: Basis.yoy}.get(s1 - s0)


def basis_for(
    clause: str,
    before: str,
    after: str,
    opening: str,
    bases: Iterable[Period],
    near_bases: list[Period],
    own: Period | None,
    frame: Basis | None,
) -> tuple[Basis, Basis | None]:
    """The rate's basis, and the paragraph frame after this sentence (set by an opening cue).

    `before` and `after` are the text from the figure or joint before the rate to it, and from it to the next
    joint or figure; `near_bases` are the bases named in `after`."""
    if basis := cue_in(after):
        return basis, frame
    for base in near_bases:  # "about double the year-earlier level though 0.9% lower than August": August's
        if own and (implied := from_base(own, base)):
            return implied, frame
    if basis := cue_in(before):
        return basis, frame
    if basis := cue_in(clause):
        return basis, frame
    for base in bases:
        if own and (implied := from_base(own, base)):
            return implied, frame
    if basis := cue_in(opening):
        return basis, basis if basis is not Basis.yoy else None
    return frame or Basis.yoy, frame  # the guide: with no cue in the text, year on year


def base_periods(
    periods: list[PeriodMention],
    resolve: Callable[[PeriodMention], Period | None],
    start: int = 0,
    end: int | None = None,
) -> list[Period]:
    """The comparison periods a sentence names with a month or year ("Compared with October"), those
    within `start`-`end` when given."""
    return [
        p
        for m in periods
        if m.comparison and not m.shift_months and start <= m.start and (end is None or m.end <= end)
        and (p := resolve(m))
    ]


# "slowing sharply from September's 7.4% gain", "a sharp slowdown from September": rates compared, no base
_RATE_CHANGE_FROM = re.compile(  # "still an improvement on October, when ...": the rate compared with October's
    r"\b(?:slow(?:ing|ed|s)?|slowdown|accelerat\w*|quicken\w*|decelerat\w*)\s+(?:\w+\s+)?(?:from\s+(?:the\s+)?)?$|"
    r"\b(?:an\s+)?improvement\s+on\s+$|\bimproving\s+on\s+$",
    re.IGNORECASE,
)


def free_bases(
    text: str, periods: list[PeriodMention], mentions: list[Mention], resolve: Callable[[PeriodMention], Period | None]
) -> list[tuple[int, Period]]:
    """The sentence's comparison bases, where each starts, without the months that are a rate's own ("up from 0.2%
    in October", "than a 4.1% increase in July"): once per sentence, each period against the figure right before
    it."""
    ends = [m.end for m in mentions]
    free = []
    for p in periods:
        i = bisect.bisect_right(ends, p.start) - 1  # the last figure ending before the period
        own = i >= 0 and mentions[i].measure is Measure.growth and _FIGURE_OF_PERIOD.fullmatch(text, ends[i], p.start)
        if not own and not _compares_rates(text, p, mentions):
            free.append(p)
    return [(m.start, p) for m in free if m.comparison and not m.shift_months and (p := resolve(m))]


def _starting_in(periods: list[PeriodMention], start: int, end: int) -> list[PeriodMention]:
    """The periods (sorted by start) that start in `start`-`end`, found by two bisections, not a scan."""
    first = bisect.bisect_left(periods, start, key=attrgetter("start"))
    return periods[first : bisect.bisect_left(periods, end, first, key=attrgetter("start"))]


def _compares_rates(text: str, period: PeriodMention, mentions: list[Mention]) -> bool:
    """Whether the period dates a rate the figure is compared with, not a base of it: a possessive before a rate
    ("May's 7.6 percent gain"), the base of a percentage-point gap, or a month after "a sharp slowdown from"."""
    return (_rate_of_possessive(text, period, mentions) or _of_gap(text, period)
            or _PACE_THAN.search(text, max(0, period.start - 40), period.start) is not None
            or _RATE_CHANGE_FROM.search(text, max(0, period.start - 40), period.start) is not None)  # fmt: skip


def _of_gap(text: str, period: PeriodMention) -> bool:
    """Whether the period is the base of a percentage-point gap ("2.5 percentage points faster than in Q2")."""
    return _GAP_BASE.search(text, max(0, period.start - 60), period.start) is not None


def _rate_of_possessive(text: str, period: PeriodMention, mentions: list[Mention]) -> bool:
    """Whether the period is a possessive right before a rate, its own ("faster than May's 7.6 percent gain")."""
    j = bisect.bisect_left(mentions, period.end, key=attrgetter("start"))  # the first figure after the period
    return j < len(mentions) and mentions[j].measure is Measure.growth and bool(
        _POSSESSIVE_OF_RATE.fullmatch(text, period.end, mentions[j].start)
    )


# "after a 1.9% rise the month before", "from 1% growth the previous month": a rate named as a noun, then the
# period it was the rate of, counted back from the figures'
_RATE_THEN = re.compile(
    rf"\s*{PERCENT_WORD}?\s+(?:rise|gain|growth|increase|expansion|decline|drop|fall|contraction|jump)\s+"
    r"(?:in\s+)?(?:the\s+(?P<a>month|quarter|year)\s+before|the\s+previous\s+(?P<b>month|quarter|year)|"
    r"an?\s+(?P<c>month|quarter|year)\s+(?:earlier|before|ago))\b",
    re.IGNORECASE,
)
_MONTHS_BACK = {"month": -1, "quarter": -3, "year": -12}
# "after gaining 2.8% a month earlier": a look back by its verb, then the figure and the period it was the rate of
_LOOK_BACK_VERB = re.compile(r"\b(?:after|following)\s+[a-z]+ing\s+(?:by\s+)?$", re.IGNORECASE)
_PERIOD_THEN = re.compile(
    rf"\s*{PERCENT_WORD}?\s+(?:in\s+)?(?:the\s+(?P<a>month|quarter)\s+before|the\s+previous\s+(?P<b>month|quarter)|"
    r"an?\s+(?P<c>month|quarter)\s+(?:earlier|before|ago))\b",
    re.IGNORECASE,
)


def rate_then(sentence: str, mention: Mention) -> int | None:
    """How many months back the rate at `mention` was, when it is written as an earlier period's rate ("after a
    1.9% rise the month before", "after gaining 2.8% a month earlier": -1); None for a rate of the figures' own
    period."""
    if not (then := _rate_then_match(sentence, mention)):
        return None
    return _MONTHS_BACK[(then.group("a") or then.group("b") or then.group("c")).lower()]


def _rate_then_match(sentence: str, mention: Mention) -> re.Match[str] | None:
    """The words after a rate that date it to an earlier period (see `rate_then`)."""
    if mention.measure is not Measure.growth:
        return None
    return _RATE_THEN.match(sentence, mention.end) or (
        _PERIOD_THEN.match(sentence, mention.end)
        if _LOOK_BACK_VERB.search(sentence, max(0, mention.start - 30), mention.start) else None)


def rate_basis(
    text: str,
    clause: str,
    index: int,
    mentions: list[Mention],
    periods: list[PeriodMention],
    bases: list[tuple[int, Period]],
    resolve: Callable[[PeriodMention], Period | None],
    own: Period | None,
    frame: Basis | None,
) -> tuple[Basis, Basis | None]:
    """The basis of the rate `mentions[index]` in sentence `text` (its cues, its `clause`, the sentence's `bases`
    (see `free_bases`), its opening and `frame`), and the paragraph frame after it (see `basis_for`). A base past
    a ", pulling ..." clause after the rate is that clause's figure's ("Imports fell 2.3%, pulling the deficit
    down to $23.8 billion from $40.2 billion in October")."""
    mention = mentions[index]
    if rate_then(text, mention):  # "after a 1.9% rise the month before": compared as the rate before it is
        earlier = next((m.basis for m in reversed(mentions[:index]) if m.measure is Measure.growth and m.basis), None)
        return earlier or frame or Basis.yoy, frame
    nxt = mentions[index + 1] if index + 1 < len(mentions) else None
    if nxt and (then := _rate_then_match(text, nxt)):  # "rose 1.6% after gaining 2.8% a month earlier": the
        clause = clause.replace(then.group(), " " * len(then.group()))  # earlier rate's period, no base of this one
    own_next = nxt.start if nxt and nxt.measure is Measure.growth and (
        _OWN_SIGN_RATE.fullmatch(text, mention.end, nxt.start)
        or (_THEN_RATE.fullmatch(text, mention.end, nxt.start) and _COMPARATIVE_AFTER.match(text, nxt.end))
    ) else len(text)
    bases_of_rate = (  # read lazily: the first base that implies a basis ends the look; a sentence of many bases
        base for start, base in (bases if len(bases) <= 8 else ())  # shares none with all its rates
        if not (0 < start - mention.end <= WINDOW and OWN_CLAUSE.search(text, mention.end, start))
        and not (mention.end <= own_next < start)
        and not (start < mention.start and _CONTRAST_CLAUSE.search(text, start, mention.start) and any(
            m.measure is not Measure.growth and 0 <= start - m.end <= 25 for m in mentions[max(0, index - 4) : index]))
    )  # fmt: skip  # "The deficit narrowed to $19.9 billion from $22.6 billion in September, while exports jumped
    # 42%": a level's base is no base of a rate in a contrast clause after it (an opening "Compared with November,"
    # still frames every rate)
    comma = text.find(",", 0, min(80, mention.start))  # "Compared with November of the previous year, ...": a
    # clause that opens the sentence frames all its rates, however far ("Compared with the previous three months,
    # imports ... rose by £3.1bn, or 4.3%")
    opening = text[:comma] if comma > 0 else text[: min(40, mention.start)] if mention.start < 80 else text[:0]
    following = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
    after_end = min(following, mention.end + 50)
    if named := _NAMED_RATE.search(text, mention.end, following):
        after_end = min(after_end, named.start())  # "5.3% and a month-on-month increase of 8.1%": the next's
    preceding = mentions[index - 1].end if index > 0 else 0
    joints = [j.end() for j in _NEXT_RATE_JOINT.finditer(text, max(preceding, mention.start - 50), mention.start)]
    before = text[max(joints[-1] if joints else preceding, mention.start - 50) : mention.start]
    near = [p for p in _starting_in(periods, mention.end, after_end) if not _compares_rates(text, p, mentions)]
    return basis_for(
        clause, before, text[mention.end : after_end], opening, bases_of_rate,
        _level_base(text, mention, nxt, periods, resolve) + base_periods(near, resolve, mention.end, after_end), own,
        frame,
    )  # fmt: skip


_CONTRAST_CLAUSE = re.compile(r",\s+(?:while|whereas|but)\s")
# "down 9.0% from 5,774 tons in September": the rate's base is the level it came from, dated after it
# "3.3% below the 47.59 million tons brought in during September 2024", "23.2% smaller than the $31.93 billion
# deficit recorded in November 2024": a level the rate is below or above
_FROM_LEVEL = re.compile(
    rf"\s*{PERCENT_WORD}?\s*(?:(?:from|versus|vs\.?|against|compared\s+with)(?:\s+the)?|(?:below|above|"
    r"more\s+than|less\s+than|(?:smaller|larger|bigger|lower|higher|wider|narrower)\s+than)\s+the)\s+\W{0,3}"
)
_LEVEL_DATED = re.compile(
    r"\s*(?:(?:tons|tonnes|units|barrels|vehicles|deficit|surplus|gap)\s+)?(?:(?:shipped|sent|brought|imported|exported|recorded|logged|"
    r"posted|set|taken|received|bought)(?:\s+(?:in|abroad|overseas|out))?\s+)?(?:(?:in|for|during)\s+)?"
)


def _level_base(
    text: str, mention: Mention, nxt: Mention | None, periods: list[PeriodMention],
    resolve: Callable[[PeriodMention], Period | None],
) -> list[Period]:
    """The period of the level a rate is compared "from" right after it, when that level is dated ("from 5,774
    tons in September"): the rate's base."""
    if nxt is None or nxt.measure not in (Measure.value, Measure.quantity) or not _FROM_LEVEL.fullmatch(
        text, mention.end, nxt.start
    ):
        return []
    dated = _starting_in(periods, nxt.end, nxt.end + 60)
    return [base for p in dated[:1] if _LEVEL_DATED.fullmatch(text, nxt.end, p.start) and (base := resolve(p))]


def month_after_base(
    text: str,
    index: int,
    mentions: list[Mention],
    periods: list[PeriodMention],
    resolve: Callable[[PeriodMention], Period | None],
    own: Period | None,
) -> Period | None:
    """A rate compared "from August" in a story about April-September is September's: the month after a single
    month named right after it, when that month ends the running span; None otherwise."""
    if own is None or own.start == own.end:
        return None
    mention = mentions[index]
    following = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
    for p in _starting_in(periods, mention.end, min(following, mention.end + 50)):
        base = resolve(p) if p.comparison and not p.shift_months else None
        if base and base.start == base.end and _months(own)[1] - _months(base)[0] == 1:
            return Period(start=own.end, end=own.end)
    return None
