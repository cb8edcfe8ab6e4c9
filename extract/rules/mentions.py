"""Number mentions in a sentence, classified the way trade reporting writes them.

A mention is a number with what the text says about its kind: money (with a
currency), percent, rank, count, quantity, plus its qualifier. Mentions that
the guide puts out of scope (percentage points, derived comparisons,
milestones, non-trade counts) are not produced.
"""

from __future__ import annotations

import functools
import re
import string

from tradefacts.extract.deadline import check_deadline
from tradefacts.extract.periods import MONTH_WORDS
from tradefacts.extract.rules.bare_numbers import (
    count_or_share,
    counted_quantity,
    declared_money,
    elided_currency,
    listed_quantity,
    listed_rate,
    listed_value,
)
from tradefacts.extract.rules.currency import PREFIX_CODES, PREFIX_PATTERN, currency_code
from tradefacts.extract.rules.forecasts import in_forecast, volume_rate
from tradefacts.extract.rules.mention import (
    COMPARED_LEVEL,
    COUNTED_PIECES,
    GAP_VERBS,
    SUFFIX_WORDS,
    VEHICLE_KINDS,
    WINDOW,
    Mention,
    aside_spans,
    clause_span,
    in_spans,
    is_year,
    merged,
    qualifier_before,
)
from tradefacts.extract.rules.percent_kind import GROWTH_CUE, percent_measure
from tradefacts.extract.rules.ranks import is_rank
from tradefacts.extract.rules.scope import (
    ANOTHER_PART,
    AVERAGED,
    CHANGE_AFTER,
    CHANGE_BEFORE,
    DAILY,
    EXCESS_BY,
    FORECAST_AFTER,
    MILESTONE_AFTER,
    MILESTONE_BEFORE,
    NON_TRADE,
    OTHER_SUBJECT,
    PER_DAY_AFTER,
    PLEDGE_AFTER,
    PLEDGE_BEFORE,
    PRICE_AFTER,
    PRICE_SUBJECT,
    QUOTA_BEFORE,
    RATE_NOTE,
    RATIO_SUBJECT,
    REAL_OR_AVERAGE,
    REVENUE,
    SUPERSEDED_BEFORE,
    TARIFF_AFTER,
    TARIFF_BEFORE,
    TRADE_WORD,
    economy_rate,
)
from tradefacts.extract.scan import Anchored
from tradefacts.schemas import Basis, Measure, Qualifier, Unit
from tradefacts.schemas.numbers import (
    CARDINAL_PATTERN,
    CARDINAL_WORDS,
    NUMERAL,
    ORDINAL_WORDS,
    SCALE_PATTERN,
    parse_value_text,
)

_NUM = rf"(?:{NUMERAL}|(?:{CARDINAL_PATTERN}|an?)(?=[\s-](?:{SCALE_PATTERN})\b)|(?:{CARDINAL_PATTERN})(?=\s))"
_SCALE = rf"(?:(?:\s|-)?(?:{SCALE_PATTERN})\b|(?<=\d)\s?[mb](?![\w/-]))?"  # "$2,936m", "$ 1.47 b": written on
_CUR_PRE = rf"(?<![A-Za-z])(?P<pre>(?-i:{PREFIX_PATTERN}))\s?(?:\([-−]\)\s?)?"  # "SR82.6 billion" is no rand; "USD
# (-) 201.4 billion": an Indian release's deficit, its sign written as well as its word
_CUR_POST = rf"(?P<post>(?-i:[A-Z]{{3}})|(?:{SUFFIX_WORDS}))\b"
_ORDINAL = "|".join(sorted((w for w in ORDINAL_WORDS if w not in {"largest", "biggest", "top"}), key=len, reverse=True))

MENTION_RE = re.compile(
    "|".join(
        [
            rf"{_CUR_PRE}(?P<num_a>{_NUM}{_SCALE})",
            rf"(?P<num_b>{_NUM}{_SCALE})(?:\s|-)?(?:{_CUR_POST})",
            rf"(?:(?<=[\s(:])\+)?(?P<num_p>(?:(?<=[\s(:])[-−])?{NUMERAL}|(?<![\w-])(?:{CARDINAL_PATTERN})(?=[\s-]))(?:\s?|-)(?P<pct>%|percent\b|per\s+cent\b|pct\b|pc\b)"
            rf"(?P<pp>\s*(?:age)?\s*points?\b|-point)?",
            rf"(?P<pp2>{NUMERAL}[-\s]percentage[-\s]points?)",
            rf"(?P<num_q>{NUMERAL}{_SCALE})\s+(?P<qty>tonnes|tons|metric\s+tons|(?-i:T)(?=[\s,;)]|$)|units|(?:{VEHICLE_KINDS}\s+)?"
            rf"(?:vehicles|cars|automobiles)|NEVs|EVs|{COUNTED_PIECES})\b",  # "shipped 300,000 new energy vehicles"
            rf"(?P<ord>\b(?:{_ORDINAL})(?:[-\s](?:largest|biggest))?|\b\d{{1,2}}(?:st|nd|rd|th)|(?<=\bthe\s)(?:largest|biggest)|(?<=\bits\s)(?:largest|biggest)|(?<=\btheir\s)(?:largest|biggest)|(?<=['’]s\s)(?:largest|biggest)|(?<=['’]s\ssingle\s)(?:largest|biggest)|(?<=\bthe\ssingle\s)(?:largest|biggest)"
            # "South Korea's top trading partner"; not "the world's top soybean buyer" nor "its top 10 markets"
            r"|(?<=['’]s\s)(?<!world's\s)(?<!world’s\s)top(?![\s-]+(?:\d|two|three|four|five|six|seven|eight|nine|ten|twenty|dozen))"
            r"|(?<=\bthe\s)top(?=\s+(?:[a-z-]+\s+){0,2}?(?:buyer|supplier|destination|market|source|partner|customer)\b)"
            # "held on to the top spot among Hainan's partners" (of partners in all goods: not "among China's crude
            # suppliers", whose goods the rank's reader cannot yet see)
            r"|(?<=\bthe\s)top(?=\s+(?:spot|position|place)\s+among\s+(?:[\w.]+['’]s\s+)?(?:(?:main|major|trading|"
            r"export|import)\s+)?(?:partners|markets|destinations|suppliers|sources|buyers|customers)\b)"
            r"|(?<=\bno\.\s)\d{1,2})"  # "the No. 2 supplier"
            rf"(?=[\s,.;)]|-\s+(?:and|or)\s)",  # "second- and third-largest": two ranks sharing one noun
            # "reached 11.3 ten thousand": a translated release's count in wan
            rf"(?P<num_n>(?<![\w.$-])(?<!quarter\s){NUMERAL}(?:\s+ten\s+thousand)?|(?<=\s)(?:{CARDINAL_PATTERN})(?=\s))(?![\w-])",
        ]
    ),
    re.IGNORECASE,
)
# Every mention holds a digit, a number word, an ordinal, "largest"/"biggest" or "a"/"an" before a scale word, at
# most this many characters after its start: the longest currency prefix ("U.S.$"), a space, an Indian release's
# written sign and a space ("(-) "), and a decimal point ("U.S.$ (-) .5"; 8 had left that form to the plain pattern,
# which test_scan's generated texts found)
_MENTION_LEAD = max(map(len, PREFIX_CODES)) + len(" (-) .")
_MENTION_SCAN = Anchored(
    MENTION_RE,
    words=[*CARDINAL_WORDS, *ORDINAL_WORDS],
    anchor=rf"\d|(?i:an?)(?=[\s-](?i:{SCALE_PATTERN}))",
    lead=_MENTION_LEAD,
    lead_chars={k[0] for k in PREFIX_CODES} | set(string.ascii_uppercase) | set("+-−."),
)
# ", when factories rushed out orders ahead of the holidays": a look back at the base month, no subject of the figures
_WHEN_TAIL = re.compile(r",\s+when\s[^;]*$")
# "October to December alone produced GH¢92.9 billion of exports": a flow's figure, whatever verb brought it
_OF_FLOW_AFTER = re.compile(r"\s+of\s+(?:its\s+|their\s+|the\s+)?(?:exports|imports)\b", re.IGNORECASE)
_DERIVED_AFTER = re.compile(  # "2.1% higher than the national average"; "3.5% higher than in July" is growth
    r"^\s*(?:percent|%)?\s*(?:higher|lower|faster|slower|more|less|fewer)\s+than\b"
    rf"(?!\s+(?:in\s+|at\s+|during\s+)?(?:the\s+)?(?:{MONTH_WORDS}|quarter\s+[1-4]\b|a\s+year|a\s+month|(?:previous|prior|preceding|same|corresponding|"
    r"year-earlier|year-ago)\b|last\s+(?:year|month)|(?:year|month|quarter)\s+(?:before|earlier)\b|(?:19|20)\d\d|"
    r"(?:first|second|third|fourth)\s+(?:quarter|half)\b|Q[1-4]\b|H[12]\b|"  # "0.8% lower than in the second quarter"
    r"(?:first|opening)\s+(?:[\w-]+\s+)?(?:months|quarters)\b|"  # "2.8 per cent more than in the first nine months"
    r"(?:(?:US|A|C|HK|S|NT|R)?[$€£¥₹]|(?:USD|EUR|GBP|JPY|CNY|RMB|INR|Rs\.?|KRW|AUD|CAD|BRL|IDR|VND|TWD|Rp)\s?)\s?\d|"
    r"\d[\d.,]*\s+(?:million|billion|thousand|mln|bln)?\s*(?:tons|tonnes|units|barrels)|"
    r"\d[\d.,]*\s+(?:million|billion|trillion)\s+(?:yuan|dollars|euros|yen|won|rupees|pounds)))|"  # a level:
    # "36.2% more than the 10.22 million tons shipped a year before", "3.85 per cent higher than the USD 38.13 billion"
    r"^[^,;]{0,40}\b(?:of\s+(?:the\s+)?(?:overall\s+|national\s+|total\s+)?(?:\w+\s+){0,2}"
    r"(?:increase|increment))\b",
    re.IGNORECASE,
)
_RATE_FROM = re.compile(  # after a tariff rate: "down from the 25 percent threatened", "far above the 2.5 percent
    # charged before", "agreed ... to cut them to 30%": the rates it replaced or became
    r"\b(?:(?:down|up|lowered|raised|cut|reduced)\s+from|above|below|(?:cut|lower|raise|reduce)\s+(?:them|it)\s+to)\s+"
    r"(?:the\s+)?(?:about\s+|around\s+)?$", re.I)
_STREAK = re.compile(r"\bconsecutive\b|\bstraight\b|\bin\s+a\s+row\b", re.IGNORECASE)
_PRICE_GAP_ENDS = re.compile(
    r"[;:]|\b(?:while|whereas|but|exports?|imports?|shipments|trade|volumes?)\b", re.IGNORECASE
)
_REASON = re.compile(r",\s+(?:helped|driven|boosted|supported|buoyed|lifted|aided)\s+by\b|\bthanks\s+to\b",
                     re.IGNORECASE)
# ", as ...", "..., which was mainly affected by ...", ", owing to ...": a cause given after the figure
_CAUSE_OPENING = re.compile(
    r",\s+(?:as|because|since|amid|(?:\w+ly\s+)?(?:due|owing)\s+to|(?:which|that)\s+(?:was|were)\s+(?:\w+ly\s+)?"
    r"(?:affected|caused|driven|dragged\s+down|weighed\s+down|hit|hurt)\s+by)\s|"
    # "falling 3.9 percent as weaker demand cut into orders": no comma, but a clause with its own verb
    r"(?<!such\s)\bas\s+(?=(?:[\w'’-]+\s+){1,4}?(?:weighed|cut|hit|hurt|curbed|dented|dampened|sapped|slowed|"
    r"eroded|squeezed|bought|purchased|imported|stocked\s+up)\b)",  # "rose 9.1% ... as mining projects bought more"
    re.IGNORECASE)


def _cause_after(sentence: str, start: int, end: int, non_trade_at: int) -> bool:
    """Whether the sentence's non-trade word sits in a cause given after a trade figure ("Furniture exports, on the
    other hand, slipped 2.7 percent, as higher US tariffs cut into orders"): the figure's subject is trade."""
    cause = _CAUSE_OPENING.search(sentence, end, non_trade_at + 80) if non_trade_at > end else None  # its look
    # ahead reads past the word: "as mining projects bought"
    return cause is not None and cause.start() < non_trade_at and (
        TRADE_WORD.search(sentence, max(0, start - 200), start) is not None)


_THE_FIGURE = re.compile(r"\b(?:the|that|this)\s+(?:figure|total|amount|value|sum)\b", re.IGNORECASE)
_COUNTED_PART = re.compile(  # "156 of them exceeding", "of which 48 exceeded": counted firms (not "of which 870
    # billion yuan was exports": money)
    r"(?:\d\s+(?:[\w-]+\s+)?of\s+(?:them|which)|\bof\s+(?:them|which)\s+[\d,]+\s(?!(?:trillion|billion|million|"
    r"hundred|thousand|yuan|dollars|euros|pounds|yen|won|rupees)\b))[^,;]*$")
_RECORDED_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:recorded|reported|posted|registered|logged)\s+(?:in|over|for|during)\b")
_CONDITIONAL_VALUE = re.compile(r"\bnumber\s+of\b|\bof\s+them\b", re.IGNORECASE)  # not "of which exports were"
# "the gap", "the monthly gap" before a verb of a level: the balance itself
_BALANCE_GAP = "(?:" + "|".join(rf"(?<=\b{w}\sgap)" for w in ("the", "monthly", "annual", "overall", "total",
                                                               "combined", "merchandise", "bilateral")) + ")"
_DERIVED_VALUE_BEFORE = re.compile(
    r"\b(?:(?<!trade\s)(?<!services\s)(?<!goods\s)gap(?!\s+(?:with|in|(?:ha[ds]\s+)?(?:held|stood|was|been|came|"
    rf"hovered|remained))\b)(?!{_BALANCE_GAP}\s+(?:ha[ds]\s+)?(?:{GAP_VERBS})\b)|difference|"  # "the gap hit": the
    # balance, not "the funding gap narrowed"
    r"margin|ahead\s+of|behind|short\s+of|narrowing|widening)\b"
    r"[^,;]{0,25}(?<!from\s)(?<!from\sthe\s)(?<!from\sa\s)(?<!\sto\s)(?<!\sat\s)"
    r"(?<!surplus\sof\s)(?<!deficit\sof\s)(?<!\sgap\sof\s)$",  # "the difference gave China a surplus of": the
    # balance, named; "August's revised gap of 242.8 billion yen": the balance "of" a figure
    # "narrowing by 9.4% from the $1.4 bn": a base; "widening the trade deficit to USD 27.26 billion": the level it
    # reached; "ahead of the US at $5.3 bn": the rival's own level
    # "the gap between the two", not "the trade gap" nor "the gap with Mexico": the balance
    re.IGNORECASE,
)
_DERIVED_VALUE_BEFORE = Anchored(
    _DERIVED_VALUE_BEFORE, words=["gap", "difference", "margin", "ahead", "behind", "short", "narrowing", "widening"]
)
_MILESTONE_CLAUSE = re.compile(
    r"\b(?:\w+th|first|second|third|only)\s+(?:[\w-]+\s+){0,3}(?:city|cities|province|provinces|economy|"
    r"economies|member|port)\b",
    re.IGNORECASE,
)


_YEAR_PREPOSITION = re.compile(r"\b(?:in|since|of|by|for|until|from)\s+$", re.IGNORECASE)


_ANY_NUMBER = re.compile(
    rf"\d|\b(?:{CARDINAL_PATTERN}|{_ORDINAL}|largest|biggest|an?\s+(?:{SCALE_PATTERN}))\b", re.IGNORECASE
)
_ANY_NUMBER = Anchored(
    _ANY_NUMBER, words=[*CARDINAL_WORDS, *ORDINAL_WORDS], anchor=r"\d|(?i:an?)(?=\s)"
)  # every alternative but the digit starts with one of the words, or "a"/"an" before a scale word


_TOP = re.compile(r"\btop\b", re.IGNORECASE)


def only_top_rank(sentence: str) -> bool:
    """Whether the sentence's only number word may be a "top" rank ("That made Australia the top supplier.")."""
    return not _ANY_NUMBER.search(sentence) and _TOP.search(sentence) is not None
# "Deficits were recorded, in billions of dollars, with China ($29.7), ...": a scale declared once for the list
_UNITS_DECLARED = re.compile(r"\bin\s+(?P<scale>billions|millions|trillions)\s+of\s+[a-z]+\b", re.IGNORECASE)
SCALE_OF_UNITS = {"billions": 1e9, "millions": 1e6, "trillions": 1e12}


# "Shipments to the United States, the world's biggest economy, sank 28.6%", "the deficit with Germany, the bloc's
# largest economy, rose": an apposition that describes a partner, not the figure's subject
_ECONOMY_APPOSITION = re.compile(
    r"[A-Z][\w.]*,\s+(?:the|its|a|an|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s)\s+(?:[\w'’-]+\s+){0,4}?economy"
    r"(?:\s+in\s+the\s+\w+)?,\s"  # "Exports to Brazil, Latin America's largest economy, rose 5 percent"
)
# "goods from the world's second-largest economy, 10.7% more": a partner described, not another subject's figure
_PARTNER_ECONOMY = re.compile(r"\b(?:from|to|with)\s+(?:the\s+)?[\w.-]+['’]s\s+(?:[\w-]+\s+){0,3}economy$", re.I)
_BOUGHT_BEFORE = re.compile(r"\b(?:brought\s+in|bought|purchased|imported)\s+(?:about\s+|some\s+|nearly\s+)?$")


_DATA_NOUN = re.compile(r"\s+(?:data|figures|statistics|numbers|report|release)\b", re.IGNORECASE)


# "Portside inventories of imported ore stood at 158.3 million tons": stocks of traded goods, no flow
_STOCKS_OF = re.compile(r"(?:stockpiles?|inventories)\s+of\s+(?:imported|exported)\b", re.IGNORECASE)


def _trade_subject_near(window: str, other_start: int) -> bool:
    """Whether a trade word stands up to 40 characters before a non-trade subject ("the trade-reliant economy's
    exports"), not as the name of a release ("figures published alongside the trade data showed the economy grew")."""
    return any(not _DATA_NOUN.match(window, m.end()) for m in TRADE_WORD.finditer(window, max(0, other_start - 40)))


def find_mentions(sentence: str, declared_currency: str | None = None, *, counted: bool = False) -> list[Mention]:
    """Every in-scope number mention in one sentence, left to right; a scaled number written bare is money in
    `declared_currency`, the one the text declared for its figures, when there is one; in a story that `counted`
    units, a bare number "with 233,700" or "accounting for 222,000 of" is more of them."""
    if not _ANY_NUMBER.search(sentence) and not only_top_rank(sentence):
        return []  # most sentences of an article state no number: skip the full pattern
    mentions: list[Mention] = []
    last_percent: Measure | None = None
    # once per sentence, not once per number: a non-trade word ("trains", "jobs", "steps"), and the reason clause
    # it sits in, if any ("..., helped by Beijing's steps to shore up demand"): no subject of the figures before it
    non_trade_words = NON_TRADE.finditer(sentence)  # asides are read only where a non-trade word stands
    # ", which the BEA strips out when it calculates gross domestic product,", "– a mainstay of the economy –": a
    # non-trade word in an aside or a description names no subject of the figures
    apposed = functools.cache(lambda: aside_spans(sentence, appositions=True))  # read once, where needed
    asides = merged(apposed() + [m.span() for m in _WHEN_TAIL.finditer(sentence)]) if non_trade_words else []
    first_non_trade = next((n for n in non_trade_words if not in_spans(asides, n.start())), None)
    non_trade = first_non_trade is not None
    reasons = list(_REASON.finditer(sentence, 0, first_non_trade.start())) if first_non_trade else []
    reason_at = reasons[-1].start() if reasons else -1
    ranks_named = re.search(r"\b(?:spots?|places?|positions?|rank)", sentence) is not None
    growth_in_sentence: bool | None = None
    price_end = -1  # where the last price ended: "$95.61 per barrel, up 22.5 percent" is its change
    other_end = -1  # where the last figure of another subject ended: "industrial output fell 1.9%, after ... 1.2%"
    skipped_end = -1  # where the last tax or economy rate ended: "tariffs of 10% to 20% on all goods and 60% on cars"
    for index, m in enumerate(_MENTION_SCAN.finditer(sentence)):
        if index % 64 == 63:
            check_deadline()  # a sentence of thousands of numbers stops with the per-article limit too
        groups = {k: v for k, v in m.groupdict().items() if v is not None}
        start, end = m.span()
        prefix, suffix = sentence[max(0, start - WINDOW) : start], sentence[end : end + WINDOW]
        if "pp" in groups or "pp2" in groups:
            continue
        clause_start, clause_end = clause_span(sentence, start)
        clause = sentence[clause_start:clause_end]
        if non_trade and reason_at < clause_end and not TRADE_WORD.search(clause) and not _THE_FIGURE.search(
                sentence, clause_start, start) and not _cause_after(sentence, start, end, first_non_trade.start()):
            continue  # not "although the figure was 4.3 percent lower than in September, when ... orders": the trade
            # figure just given
        if in_forecast(sentence, start, clause_start, clause_end) or FORECAST_AFTER.match(sentence, end):
            if "num_p" in groups and (TARIFF_BEFORE.search(prefix[-110:]) or TARIFF_AFTER.match(suffix)):
                skipped_end = end  # "will impose a 15 percent tariff ..., down from the 25 percent": both tax rates
            continue  # "beating a forecast 1.5% rise": the poll's; "... but improving on the 1.0% gain": a fact
        qualifier: Qualifier | None = None  # read once, where needed
        if REVENUE.search(prefix[-120:]) or RATIO_SUBJECT.search(prefix[-200:]):
            continue  # "Duties on imports and exports collected by customs ... reached": revenue, not trade
        window = prefix[-70:]
        bought = groups.get("num_q") and _BOUGHT_BEFORE.search(window)  # "... economy brought in 14.62 million tons"
        if (other := OTHER_SUBJECT.search(window)) and not _OF_FLOW_AFTER.match(suffix) and (
                _STOCKS_OF.match(window, other.start()) or (
            not _trade_subject_near(window, other.start()) and not bought
            and not in_spans(apposed(), len(prefix) - len(window) + other.start())  # "services – a mainstay of the
            # economy – earned": a description of the subject, no subject
            and not _ECONOMY_APPOSITION.search(window, max(0, other.start() - 50), other.end() + 30)
            and not _PARTNER_ECONOMY.search(  # in the whole prefix: "Sales to the" may lie before the window
                prefix, max(0, (at := len(prefix) - len(window) + other.start()) - 60), at + len("economy"))
        )):
            other_end = end
            continue  # "industrial production rose 1.8%", "Realized FDI reached $21.3 billion, up 8.8%"
        if "num_p" in groups and other_end >= 0 and start - other_end < 120 and not TRADE_WORD.search(
            sentence, other_end, start
        ):
            other_end = end
            continue  # "industrial output fell 1.9%, dragged down by an 8.9% slump in car production": its detail
        if RATE_NOTE.search(sentence[max(0, start - 12) : end + 3]):
            continue  # "($1 = 7.3317 yuan)": an exchange-rate note
        if num := groups.get("num_a") or groups.get("num_b"):
            if groups.get("num_b") and is_year(num):
                continue  # "in chained 2017 dollars", "at constant 2015 prices": a price base year, no amount
            if _COUNTED_PART.search(prefix):
                continue  # "156 of them exceeding one billion yuan": a conditional count, not a value (not "of
                # which exports were 2.93 trillion yuan": a part of the whole)
            if (MILESTONE_AFTER.match(suffix) or MILESTONE_BEFORE.search(prefix[-40:])) and not re.search(
                r"(?:crossed|past|passed|through)\s+the\s*$", prefix
            ):
                continue
            qualifier = qualifier_before(prefix)
            threshold = qualifier in (Qualifier.over, Qualifier.under)
            if (
                _CONDITIONAL_VALUE.search(sentence, clause_start, start)  # "the number of firms with ... over"
                or (_DERIVED_VALUE_BEFORE.search(prefix) and not _RECORDED_AFTER.match(suffix))  # not "short of
                # the A$48.9 billion recorded over January-October 2025": a level of its own
                or (threshold and (_STREAK.search(clause) or _MILESTONE_CLAUSE.search(clause)))
            ):
                continue
            unit = currency_code(groups.get("pre"), groups.get("post"))
            if unit is None:
                continue  # "5 billion GDP": three capitals that are no currency
            if PRICE_AFTER.match(suffix):
                price_end = end
                continue  # "$48 per ton": a price
            change = CHANGE_BEFORE.search(prefix[-50:]) and not EXCESS_BY.search(prefix[-90:])  # not "made up $13.05
            # billion": a part; not "imports outstripped exports by USD 26.57 billion": the balance
            if (change or CHANGE_AFTER.match(suffix)
                    or ANOTHER_PART.search(prefix[-140:]) or AVERAGED.search(prefix[-40:])):
                continue  # "rose $22.5 billion", "£7.9 billion narrower than": a change
            if REAL_OR_AVERAGE.search(sentence, max(0, start - 160), end + 12):
                continue  # "The real goods deficit decreased $7.1 billion ... to $151.3 billion"
            if SUPERSEDED_BEFORE.search(prefix[-60:]):
                continue  # "revised to £3.1bn, from a first estimate of £2.9bn": the figure it replaced
            if PLEDGE_BEFORE.search(prefix[-50:]) or PLEDGE_AFTER.match(suffix):
                continue  # "an outlay of Rs 25,060 crore", "$350 billion in Korean investment": spending pledged
            if DAILY.search(prefix[-160:]) or PER_DAY_AFTER.match(suffix):
                continue  # "Average daily exports ... rose 5.0 percent to $3 billion": a per-day average
            value_text, measure = num, Measure.value
        elif num := groups.get("num_p") or listed_rate(sentence, m, groups.get("num_n")):
            if _DERIVED_AFTER.search(suffix) or volume_rate(sentence, start, end) or DAILY.search(
                prefix[-160:]
            ):  # "Average daily exports, which take working days into account, came to $2.53 billion, up 1.6%"
                continue  # "rose 4.8 percent in volume": volume growth beside value growth is out of scope
            tariff = TARIFF_BEFORE.search(prefix[-110:]) or TARIFF_AFTER.match(suffix)
            after_rate = skipped_end >= 0 and start - skipped_end < 60
            gap = sentence[skipped_end:start] if after_rate else ""
            more_rates = after_rate and not TRADE_WORD.search(gap) and not re.search(r"[,;:]", gap)
            # "stands at 15 percent under a deal reached last year, down from 27.5 percent": the rate it replaced
            more_rates = more_rates or (skipped_end >= 0 and start - skipped_end < 160 and bool(
                _RATE_FROM.search(prefix[-30:])) and not TRADE_WORD.search(sentence, skipped_end, start))
            if tariff or more_rates:
                skipped_end = end
                continue  # a tariff rate, or the next one of a list of rates
            if economy_rate(prefix, suffix):
                skipped_end = end  # "a 0.6% annualized contraction", "grow at a 4.3% annual rate", "rebounded at a
                continue  # 3.8% pace" after the economy: the economy's growth, and "down from 2.7%" after it
            if PRICE_SUBJECT.search(sentence, max(0, start - 120), start):
                continue  # "auction prices fell 3.1 percent": prices are not trade flows
            if price_end >= 0 and start - price_end < 40 and not _PRICE_GAP_ENDS.search(sentence, price_end, start):
                continue  # "Crude oil averaged $95.61 per barrel, up 22.5 percent": the price's change
            if growth_in_sentence is None:
                growth_in_sentence = GROWTH_CUE.search(sentence) is not None  # once per sentence
            measure = percent_measure(sentence, start, end, last_percent, growth_in_sentence)
            if measure is None:
                continue
            last_percent, value_text, unit = measure, num, Unit.percent
        elif num := groups.get("num_q"):
            if (is_year(num) and _YEAR_PREPOSITION.search(prefix[-12:])) or QUOTA_BEFORE.search(prefix[-40:]):
                continue  # "In 2025 electric cars made up half": a year, not a count; "a quota of 100,000 cars"
            if PER_DAY_AFTER.match(suffix):
                continue  # "That works out to roughly 3.86 million tons a day": a per-day average
            value_text, measure = num, Measure.quantity
            in_tonnes = groups["qty"] == "T" or groups["qty"].lower().startswith(("ton", "metric"))  # "31.86 mln T"
            unit = Unit.tonnes if in_tonnes else Unit.number
        elif word := groups.get("ord"):
            if not is_rank(sentence, start, word, prefix, suffix, mentions, ranks_named=ranks_named):
                continue
            value_text = re.sub(r"[-\s](?:largest|biggest)$", "", word, flags=re.IGNORECASE)
            measure, unit = Measure.rank, Unit.number
        else:
            mention = (
                elided_currency(sentence, m, mentions)
                or listed_value(sentence, m)
                or listed_quantity(sentence, m)
                or (declared_currency and declared_money(sentence, m, declared_currency))
                or count_or_share(sentence, m, groups["num_n"])
                or (counted and counted_quantity(sentence, m, groups["num_n"]))
            )
            if mention:
                mentions.append(mention)
            continue
        try:
            magnitude = parse_value_text(value_text)
        except ValueError:
            continue
        scale = 1.0
        if measure is Measure.value and abs(magnitude) < 1000:
            declared = _UNITS_DECLARED.search(sentence, max(0, start - 300), start)
            if declared is None:
                continue  # "$497 a tonne", "to trade near Rmb6.98", "edged up to $1.3330": a price or a quote
            scale = SCALE_OF_UNITS[declared.group("scale").lower()]  # "surpluses, in billions of dollars, with
            magnitude *= scale  # Netherlands ($5.2)": the Census release's lists
        offset = sentence.index(value_text, start)
        qualifier = qualifier_before(prefix) if qualifier is None else qualifier
        if measure is Measure.value and COMPARED_LEVEL.search(prefix, max(0, len(prefix) - 40)):
            qualifier = Qualifier.exact
        mention = Mention(start, end, value_text, offset, measure, unit, magnitude, qualifier)
        mention.list_scale = scale
        if measure is Measure.growth:
            mention.basis = Basis.yoy  # the default; the backend reads the sentence's cues (rules/basis.py)
        mentions.append(mention)
    return mentions

