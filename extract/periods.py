"""Reference periods written in trade reporting: months, month ranges, first N months, halves, quarters,
years, "last month" and "last year", and the comparison bases that are not the fact's period ("from a
year earlier", "than in August", "over the same period last year", "compared with September 2024")."""

from __future__ import annotations

import re

from tradefacts.extract.fiscal import fiscal_of, fiscal_pattern
from tradefacts.extract.period_ellipsis import with_elided_quarters, with_year_of_part
from tradefacts.extract.period_mention import PeriodMention
from tradefacts.extract.period_needs import NEEDS
from tradefacts.extract.scan import Anchored, Gated, Vocabulary
from tradefacts.extract.text import MONTH_NUMBER
from tradefacts.schemas.numbers import CARDINAL_WORDS

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b\.?"
)
MONTH_WORDS = _MONTH  # for other rules that must know a month name
_COUNT = r"(?:\d{1,2}|" + "|".join(w for w, n in CARDINAL_WORDS.items() if 1 <= n <= 12) + r")"
_ORD_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_OF_YEAR = rf"(?:,?\s+(?:of\s+|in\s+)?(?:the\s+year\s+)?{_YEAR}|-(?P<yy>\d\d)\b)?"
_ORDQ = "|".join(_ORD_Q)
_SHIFT_YEAR = (
    r"(?:a|one)\s+year\s+(?:earlier|ago|before|prior)|(?:the\s+)?(?:same|corresponding)\s+(?:period|month|quarter|"
    r"(?:(?:three|six|3|6)\s+)?months|time|stretch)\s+(?:of\s+|in\s+)?(?:last|the\s+previous|the\s+prior|a|the)\s+year(?:\s+(?:earlier|before|ago))?|"
    r"(?:the\s+)?year[- ](?:ago|earlier)\s+(?:period|month|quarter|level|figure)?|"
    r"the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before"
)
_SHIFT_MONTH = (
    r"(?:a|one)\s+month\s+(?:earlier|ago|before)|the\s+(?:previous|prior|preceding)\s+month|the\s+month\s+before"
)
_FISCAL = fiscal_pattern(_MONTH, _COUNT)  # see extract/fiscal.py
PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"(?P<shifty>{_SHIFT_YEAR})",
        # "compared with 63.5 billion euros in the same quarter of 2024", "on the same four months of 2024": the
        # running months, in that year
        rf"(?P<samey>(?:the\s+)?(?:same|corresponding)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
        rf"\d{{1,2}})\s+)?(?:period|month|quarter|half|months|time|stretch)\s+(?:of|in)\s+{_YEAR})",
        _FISCAL,
        rf"(?P<shiftm>{_SHIFT_MONTH})",
        rf"(?P<qlist>(?:the\s+)?(?:{_ORDQ})(?:\s*,\s*(?:{_ORDQ}))*,?\s+and\s+(?:{_ORDQ})\s+quarters){_OF_YEAR}",
        rf"(?P<q4list>(?:the|all|each\s+of\s+the)\s+(?:four|4)\s+quarters|"
        r"(?:the\s+)?first\s+(?:to|through)\s+(?:the\s+)?(?P<qto>second|third|fourth)\s+quarters|"  # "in the first to
        rf"\bquarterly(?=[^;]{{0,300}}?\b(?:respectively|"  # fourth quarters": one quarter per listed figure
        rf"from\s+the\s+first\s+quarter\s+(?:through|to)\s+the\s+fourth)\b))"
        rf"{_OF_YEAR}",  # "Quarterly exports came in at A, B, C and D respectively" (or "from the first quarter through
        # the fourth"): Q1 to Q4
        # "in May, and June's deficit was": a possessive month opens another clause; it is no list's item
        rf"(?P<mlist>(?<![\w-])(?:in|for|during|over|across)\s+{_MONTH}(?:\s*,\s*{_MONTH})*,?\s+and\s+{_MONTH}(?!['’]s\b))"
        rf"(?:,?\s+{_YEAR})?",
        rf"(?P<firstn>(?:the\s+)?(?:first|(?P<final>final|last)(?=\s+\w+\s+months\s+of\s+(?:19|20)\d\d))\s+"
        rf"(?P<n>{_COUNT})\s+months){_OF_YEAR}",  # "the final three months of 2025": October to December
        # "in the eight months", "during the four months": the year's first months, as the story has counted them
        rf"(?P<thenm>(?<![\w-])(?:(?:in|during|over|for)\s+(?:the|those|these)\s+(?:same\s+)?(?P<n2>{_COUNT})\s+months"
        rf"(?!\s+(?:to|ending|ended|through|before|after|since|of\s+(?:last|the\s+previous)))|"
        rf"^(?:Over|In|During|For|Across)\s+(?P<n4>{_COUNT})\s+months(?=\s*,)|"  # "Over 11 months, such imports ...":
        # the year's first months (a milestone "the highest in 11 months" never opens a sentence)
        # "the four-month total", "in the six-month period": the year's first months (a three-month period is below)
        rf"(?:(?:in|during|over|for)\s+)?the\s+(?P<n3>{_COUNT})-month\s+"
        r"(?:total|tally|(?<!three-month\s)(?<!3-month\s)period)\b))",
        r"(?P<theperiod>(?<![\w-])(?:in|during|over|for)\s+the\s+(?:same\s+(?:period|stretch|span)(?!\s+(?:of|last|a\s+year|in|the|"
        r"a\s+year\s+(?:earlier|ago|before)))|"  # "rose 2.9% over the same period": the span just stated
        r"(?:[\w-]+-month\s+)?(?:period|half|"
        r"(?P<quarter>quarter)(?!\s+(?:of|before|earlier|ago|to)\b)))\b|"  # "For the quarter as a whole"
        # "That left a cumulative trade deficit of" after a span: that span
        r"(?<![\w-])cumulative(?=\s+(?:trade\s+)?(?:exports|imports|deficit|surplus|shipments|trade)\b))",
        r"(?P<themonth>(?<![\w-])(?:in|during|for)\s+the\s+month\b(?!\s+(?:of|before|earlier|ago)\b)|"
        r"(?<![\w-])monthly(?=\s+(?:trade\s+)?(?:surplus|deficit|exports|imports|shipments)\b)|"
        # "pulled the month's exports down 1.7 percent" after a paragraph on September: September's
        r"(?<![\w-])the\s+month['’]s(?=\s+(?:trade\s+)?(?:surplus|deficit|exports|imports|shipments)\b))",
        rf"(?P<trail>(?<![\w-])(?:in|during|over|for)\s+the\s+(?:last|past|previous|latest)\s+(?P<ntr>{_COUNT})\s+"
        r"months)",  # "exports over the last 12 months": the months up to the running one
        rf"(?:from\s+)?(?P<m1>{_MONTH})\s*(?:-|–|to|through|until|-(?:to|through)-)\s*(?P<m2>{_MONTH})(?:\s+period)?"
        rf"{_OF_YEAR}"  # "January-to-September exports"
        r"(?:[-–/](?P<fyend>\d\d)\b)?",  # "April-January 2025-26": the months of fiscal 2025-26
        rf"between\s+(?P<b1>{_MONTH})\s+and\s+(?P<b2>{_MONTH}){_OF_YEAR}",
        rf"(?P<half>(?:the\s+)?(?P<hwhich>first|second|1st|2nd)[\s-]+half|\bH(?P<hn>[12])){_OF_YEAR}",
        rf"(?P<firstq>(?:the\s+)?first\s+(?P<qn>two|three|2|3)\s+quarters){_OF_YEAR}",
        rf"(?P<qrange>\bQ(?P<qa>[1-4])\s*[-–]\s*Q(?P<qb>[1-4])){_OF_YEAR}",  # "Q1-Q3": January to September
        rf"(?P<quarter>(?:the\s+)?(?P<qwhich>{_ORDQ})[\s-]+quarter|\bQ(?P<qd>[1-4])|"
        # a statistics office's "Quarter 3 2025", "Quarter 3 (July to Sept) 2025": its months in brackets
        rf"\bquarter\s+(?P<qk>[1-4])(?!\d|[.,]\d)(?:\s+\((?:{_MONTH}|\s|to|-|–)+\))?|"
        rf"the\s+(?P<qend>march|june|september|december)\s+quarter){_OF_YEAR}",  # "the September quarter": Jul-Sep
        rf"(?P<mlast>(?<![\w-])(?:(?:in|for|during|of|than|from|with|to|and)\s+)?(?P<ml>{_MONTH})"
        rf"(?:\s*[-–]\s*(?P<ml2>{_MONTH}))?\s+(?:of\s+)?"
        r"(?:last|the\s+previous|the\s+prior)\s+year)",
        rf"(?P<single>(?<![\w-])(?:(?:in|for|during|of|since|throughout|by|than|from|with|and|to)\s+"
        rf"(?:the\s+month\s+of\s+)?)?(?P<m>{_MONTH}))"
        rf"(?!\.?\s*(?:\d{{1,2}}\b|[-–](?!\d\d\b)|(?:to|through|until)\s+{_MONTH}))(?:,?\s+{_YEAR}|-(?P<yy2>\d\d)\b)?",
        rf"(?P<monthsto>(?:the\s+)?(?:(?P<nto>three|3|six|6|twelve|12)\s+months|(?P<qto>quarter)|"
        rf"(?:(?P<fin>fiscal|financial)\s+)?year)\s+"
        rf"(?P<upto>to|ending|ended|through|(?:that\s+|which\s+)?ended\s+in)\s+"
        rf"(?:the\s+end\s+of\s+)?(?:\d{{1,2}}\s+)?(?P<mto>{_MONTH})){_OF_YEAR}",
        r"(?P<lastm>last\s+month)",
        rf"(?P<thru>(?<![\w-])(?:through|thru)\s+(?:the\s+end\s+of\s+)?(?P<mthru>{_MONTH})(?!\s*\d)){_OF_YEAR}",
        # "Through September, the deficit totaled ...", "Through the end of November": the year to that month
        r"(?P<wholeyear>(?:for|in|over|during|across)\s+the\s+(?:whole|full|entire)\s+(?:calendar\s+)?year|"
        r"(?:for\s+)?the\s+year\s+as\s+a\s+whole)",  # the running period's whole year
        r"(?P<ytd>(?:the\s+)?year[-\s]to[-\s]date|so\s+far\s+this\s+year|(?:for\s+)?the\s+year\s+so\s+far|"
        # "Cumulative purchases since January stood at": the year to date, no milestone's start
        r"(?<=(?:ulative|ombined)\s)(?:[a-z]+\s+){0,2}?since\s+(?:January|the\s+(?:start|beginning)\s+of\s+the\s+year)"
        r"(?!,?\s+\d{4}))",
        r"(?P<last>last\s+year)",
        rf"(?P<yearonly>(?<![\w-]){_YEAR}(?![\d-]|[.,]\d|\s*(?:percent|%)))",  # not "RMB1963.45 billion"
    )
]
_MONTHS = [*MONTH_NUMBER]
_QUARTER_CODES = ["q1", "q2", "q3", "q4"]


def _gate(pattern: re.Pattern[str]) -> Gated:
    first = {index: name for name, index in pattern.groupindex.items()}.get(1, "")
    needs, starts = NEEDS.get(first, ((), None))
    return Gated(pattern, needs, Anchored(pattern, words=starts) if starts else None)


_PATTERN_GATES = [_gate(p) for p in PATTERNS]
_PERIOD_WORDS = Vocabulary(word for gate in _PATTERN_GATES for word in gate.needs)
_ANY_PERIOD = re.compile(
    rf"\d|{_MONTH}|\b(?:first|second|half|quarter|year|months?|period|H[12]|Q[1-4])\b", re.IGNORECASE
)
_WRITTEN_DATE = re.compile(  # "July 10, 2025", "Oct. 13", "8 Sep 2025": dates, not periods
    rf"{_MONTH}\s+\d{{1,2}}(?:,?\s+(?:19|20)\d\d)?\b(?!\s*(?:percent|%|bln|billion))|"
    rf"(?<![\d.,])\b\d{{1,2}}\s+{_MONTH}(?:,?\s+(?:19|20)\d\d)?(?!\s*(?:-|–|to\b))",
    re.IGNORECASE,
)
# A rate named by its noun, and the verbs that log a figure in a month: "the 1.0% gain logged in October".
RATE_NOUNS = "gain|rise|increase|decline|drop|fall|contraction|surge|growth|expansion|pace"
BASE_VERBS = "recorded|logged|booked|registered|reported|seen|posted|set|hit|reached|touched"  # "the record set in"
# "6.9% below the record $244.8 billion of 2024": a comparative right after a rate makes what follows its base
# "3.2% ahead of 2024": a base; "1.2 percentage points above the 2024 level" too
RATE_COMPARATIVE = r"(?:(?<=%\s)|(?<=cent\s)|(?<=\dpc\s)|(?<=points\s))(?:below|above|ahead\s+of|behind)"
COMPARISON = re.compile(
    r"\bon\s+$|"  # "rose 0.9% on May": the month compared with
    # "down $1,391 million on the revised September figure": a change's base
    r"(?:%|\bcent|(?<=\d)pc|\bbillion|\bmillion|\bbn)\s+on\s+(?:the\s+|a\s+)?(?:(?:downwardly\s+|upwardly\s+)?revised\s+)?$|"
    # "3.52 per cent over April-July 2024", "July 2025 over"
    r"(?:(?<=cent\s)|(?<=%\s)|(?<=\dpc\s)|(?<=\d{4}\s))over\s+$|"
    rf"\b(?:{RATE_NOUNS}|decrease|jump|up|down)\s+over\s+$|"  # "a 41.3% increase over August"
    r"(?:%|percent|cent|(?<=\d)pc)\s+(?:below|above)\s+(?:(?:their|its|the)\s+)?(?:(?:figure|level|total)\s+(?:for|of|in)\s+|"
    r"[\d.,]+\s*(?:million|billion|trillion|mln|bln)?\s*(?:metric\s+)?(?:tons|tonnes|barrels)?\s+(?:of|in)\s+)?$|"
    # "26.3% below September's 12.87 million tons", "0.3% below their April-June level", "8.4% below the figure for
    # June last year"
    r"\b(?:below|above|under|beneath|short\s+of)\s+(?:(?:their|its|the)\s+)?(?:[\w-]+\s+)?levels?\s+(?:(?:of|in)\s+)?$|"
    # "they remained below their level of August"
    rf"(?:\b(?:from|than|{RATE_COMPARATIVE}|compare[ds]?\s+(?:with|to)|versus|vs\.?|against|relative\s+to|since|previous|vis-[àa]-vis|"
    r"(?:improving|improvement|improved)\s+on)|"
    rf"\bthat\s+(?:in|of)|\bwith)\s+(?:(?:{_MONTH}|in|the|its|their|a|an|same|corresponding|period|month|quarter|of|level|levels?\s+of|(?:{BASE_VERBS})\s+in|"
    r"(?<=than\s)at|point|"  # "762 more than at the same point of 2024"
    rf"that\s+(?:in|of)|(?:downwardly\s+|upwardly\s+)?revised|record|high|peak|surplus|deficit|gap|shortfall|figure|reading|"
    r"months|quarters|(?:two|three|four|five|six|seven|eight|nine|ten|eleven)(?=\s+(?:months|quarters))|"
    rf"{RATE_NOUNS}|"
    # "USD 33.98 Billion in", "than the 9.1-percent growth logged in"
    r"(?:[A-Z]{0,3}\$?\s?|[€£¥])?[\d.,]+(?:\s*|-)(?:billion|million|trillion|bln|bn|percent|pc|%)?"
    r"(?:\s+(?:yen|won|yuan|euros?|pounds?|(?:U\.S\.\s+)?dollars?|rupees?))?\s*(?:in|for)?)\s+)"  # "152.1bn yen in"
    r"{0,5}$",
    re.IGNORECASE,
)
_OVER_SPAN = re.compile(r"over\s+", re.IGNORECASE)
_OVER_END = re.compile(r"(?:^|\s)over\s+$", re.IGNORECASE)
_LEVEL_BEFORE = re.compile(r"\b(?:share|was|were|stood\s+at|made\s+up|accounted\s+for)\s+(?:about\s+|around\s+)?"
                           r"[\d.]+\s*(?:%|per\s*cent|pc|percent)\s+$", re.IGNORECASE)
_POINTS_BASE = re.compile(r"points\s+(?:below|above|ahead\s+of|behind)\b", re.IGNORECASE)
_FROM_SPAN = re.compile(r"from\s+[A-Za-z]+\s*[-–]\s*[A-Za-z]+", re.IGNORECASE)  # "from January-June", not "to"
_RATE_END = re.compile(r"(?:%|percent|cent|(?<=\d)pc)\s*$", re.IGNORECASE)
_OF_LAST_YEAR = re.compile(r"\s+of\s+(?:last|the\s+previous|the\s+prior)\s+year\b", re.IGNORECASE)
_OF_THIS_YEAR = re.compile(r",?\s+(?:(?:of|in)\s+)?this\s+year\b(?!\s+(?:to|ended|ending)\b)", re.IGNORECASE)
# "the highest since comparable data began in 1979": a milestone's start, never the fact's period.
# "records going back to 1992" too
# "a level last seen in March 2022", "had last been this low in October 2024": the earlier time, a milestone too
_SINCE = re.compile(r"\b(?:since|(?:going|dating)\s+back\s+to|last\s+(?:seen|recorded|reached|touched)|"
                    r"any\s+(?:single\s+|other\s+)?(?:month|quarter|year)\s+(?:of|in)|"  # "the most in any month of
                    # 2025": a milestone's span
                    r"last\s+been\s+(?:this|that|so)\s+\w+)\b[^,;.]{0,60}$", re.IGNORECASE)
# "with 2024", "over 2024": may be the year itself; "down 5% on 2024" is a base
_NOT_COMPARISON = re.compile(r"\b(?:(?<!compare\s)(?<!compares\s)(?<!compared\s)with|(?<!%\s)(?<!cent\s)(?<!\dpc\s)on|"
                             r"over)\s+(?:the\s+)?$", re.IGNORECASE)  # not "(growth rates below compare with 2024)"
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_FLOW_NOUN_AFTER = re.compile(r"\s+(?:exports|imports|shipments|trade|surplus|deficit)\b", re.IGNORECASE)
_FROM_TO = re.compile(r"from\s+\S+\s+to\s", re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"\b(?:more|less|fewer)\s+$", re.IGNORECASE)
MONEY_SIGN = r"US\$|[A-Z]{0,2}\$|[€£¥₹₩]"  # what may stand right before a number: "$", "A$", "€"
_FISCAL_OPENED = re.compile(  # "the fiscal year that began in April"
    r"\s+(?:that|which)\s+(?:began|started|begins|starts|opened)\s+(?:in\s+|on\s+)?", re.IGNORECASE
)
_THE_YEAR = re.compile(r"\b(?:for|in|during|over)\s+the\s+(?:whole\s+|full\s+)?year\b(?!\s+(?:to|ended|ending)\b)",
                       re.IGNORECASE)
# "5.1 percent over 2024"; "an 8.2 percent increase over 2023": a rate's base whatever came before
_RATE_NOUN_OVER = re.compile(rf"\b(?:{RATE_NOUNS})\s+over\s+$", re.IGNORECASE)
_RATE_OVER = re.compile(r"(?:%|\bper\s?cent|\bpercent|\bpct|(?<=\d)pc)\s+over\s+$", re.IGNORECASE)
_ANY_PERIOD_SCAN = Anchored(
    _ANY_PERIOD,
    words=[*_MONTHS, "first", "second", "half", "quarter", "year", "month", "period", "h1", "h2", *_QUARTER_CODES],
    anchor=r"\d",
)
_WRITTEN_DATE_SCAN = Anchored(_WRITTEN_DATE, words=_MONTHS, anchor=r"\d")
_COMPARISON_SCAN = Anchored(
    COMPARISON,
    words=["on", "from", "than", "compare", "versus", "vs", "against", "relative", "since", "previous", "that",
           "with", "over", "vis", "improving", "improvement", "improved", *RATE_NOUNS.split("|"), "decrease", "jump",
           "up", "down", "%", "percent", "cent", "pc", "below", "above", "under", "beneath", "short", "ahead",
           "behind", "billion", "million", "bn"],  # the words its alternatives start with
)


def _count(text: str) -> int:
    return int(text) if text.isdigit() else CARDINAL_WORDS[text.lower()]


def _year(groups: dict[str, str | None]) -> int | None:
    if groups.get("year"):
        return int(groups["year"])  # type: ignore[arg-type]
    short = groups.get("yy") or groups.get("yy2")
    return 2000 + int(short) if short else None


def _months(m: re.Match[str], groups: dict[str, str | None]) -> tuple[int, int] | None:
    if groups.get("firstn") or groups.get("thenm"):
        n = _count(groups.get("n") or groups.get("n2") or groups.get("n3") or groups.get("n4") or "")
        return None if not 1 <= n <= 12 else (13 - n, 12) if groups.get("final") else (1, n)
    if groups.get("m1") or groups.get("b1"):  # "Jan-Sept", "from January to May", "between July and September"
        ends = ("m1", "m2") if groups.get("m1") else ("b1", "b2")
        first, last = (MONTH_NUMBER[m.group(g).lower().rstrip(".")] for g in ends)
        return (first, last) if first <= last else (first - 12, last)  # "July-March": across the new year
    if groups.get("half"):
        second = (groups.get("hwhich") or "").lower() in ("second", "2nd") or groups.get("hn") == "2"
        return (7, 12) if second else (1, 6)
    if groups.get("firstq"):
        return 1, 3 * _count(m.group("qn"))
    if groups.get("qrange"):
        a, b = int(m.group("qa")), int(m.group("qb"))
        return (3 * a - 2, 3 * b) if a <= b else None
    if groups.get("qend"):
        last = MONTH_NUMBER[m.group("qend").lower()]
        return last - 2, last
    if groups.get("quarter"):
        q = _ORD_Q[m.group("qwhich").lower()] if groups.get("qwhich") else int(m.group("qd") or m.group("qk"))
        return 3 * q - 2, 3 * q
    if groups.get("thru"):
        return 1, MONTH_NUMBER[m.group("mthru").lower().rstrip(".")]
    if groups.get("monthsto"):
        last = MONTH_NUMBER[m.group("mto").lower().rstrip(".")]
        upto, bare = m.group("upto").lower(), not groups.get("nto") and not groups.get("fin") and not groups.get("qto")
        of_year = m.string[max(0, m.start() - 3) : m.start()].lower() == "of "  # "six months of the year to June"
        if bare and (upto == "to" or (upto == "through" and last not in (3, 6)) or of_year):  # "fell 8% in the year
            # to November": November on a year earlier; "the year through November": to date (March, June end fiscal
            # years); "the first six months of the year through June": the months just named
            return (last, last) if upto == "to" and not of_year else (1, last)
        nto = (m.group("nto") or ("3" if groups.get("qto") else "12")).lower()  # "the quarter to July": May-July
        n = {"three": 3, "six": 6, "twelve": 12}.get(nto) or int(nto)
        return last - n + 1, last  # a first month below 1 lies in the year before ("12 months to March")
    if groups.get("single"):
        if m.group("m") == "may" and not _year(groups):
            return None  # lower-case "may" is the verb
        month = MONTH_NUMBER[m.group("m").lower().rstrip(".")]
        return month, month
    return 1, 12


def _mask_date(m: re.Match[str]) -> str:
    """A written date becomes blanks, except the end of a span ("the year ended 31 March 2026")."""
    if re.search(r"\b(?:ended|ending|to|through)\s+$", m.string[max(0, m.start() - 12) : m.start()], re.IGNORECASE):
        return m.group()
    return " " * len(m.group())


def _listed(text: str, *, quarters: bool) -> list[tuple[int, int]]:
    if quarters:
        return [(3 * _ORD_Q[w.lower()] - 2, 3 * _ORD_Q[w.lower()]) for w in re.findall(_ORDQ, text, re.IGNORECASE)]
    months = [MONTH_NUMBER[w.lower().rstrip(".")] for w in re.findall(_MONTH, text, re.IGNORECASE)]
    return [(n, n) for n in months]


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def _leftmost_longest(m: re.Match[str]) -> tuple[int, int]:
    return m.start(), -m.end()


_EVENT_DATE_BEFORE = re.compile(  # "from late August", "ahead of the election in November": no period of figures
    r"\b(?:late|early|mid)[-\s]$|\b(?:elections?|summit|talks|negotiations|visit|vote|referendum|deadline|meeting|"
    # "after retooling shutdowns in September, pushing exports up": the event's month, not the figure's
    r"conference|shutdowns?|strikes?|closures?|outages?|stoppages?|typhoons?|hurricanes?|floods?)\s+"
    r"(?:(?:due|scheduled|set|expected|held|slated)\s+)?(?:in|for|on)\s+$",
    re.IGNORECASE,
)
_STATED_IN = re.compile(
    r"\b(?:was|were|stood\s+at|came\s+to|totall?ed|amounted\s+to)\s+(?:about\s+|around\s+)?(?:US)?[$€£¥₹]?"
    r"[\d.,]+\s*(?:billion|million|trillion|bn|bln)?(?:\s+(?:yuan|euros?|dollars?|yen|won|pounds?|rupees))?\s+"
    r"(?:in|for|during)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FIGURE_IN = re.compile(  # a base's period: "from 7.0 billion euros in the same month ...", "more than in the same"
    r"(?:\d|billion|million|trillion|bn|bln|percent|%|yuan|euros?|dollars?|yen|won|pounds?|\bthan|\bfrom|"
    r"(?:decline|fall|drop|contraction|slump|growth|increase|rise)\s+(?:recorded|seen|posted|registered|logged))\s+"
    r"(?:in|for|during)\s+(?:the\s+)?$",  # "reversing the decline recorded in the same period last year"
    re.IGNORECASE,
)
# "the April-February period of the", "the April-September half of fiscal 2025"
_WITHIN = re.compile(r"\s+(?:period\s+|half\s+|months\s+)?(?:of|in)\s+(?:the\s+)?(?:current\s+)?", re.IGNORECASE)


_BY_END = re.compile(r"\b(?:by|at|as\s+of)\s+the\s+end\s+of\s+$", re.IGNORECASE)  # the year so far


def _states_own_period(before: str) -> bool:
    """Whether a shifted or "same period of <year>" phrase after `before` is the figure's own period ("The gap was
    $31.93 billion in the year-ago month", "the $628.7 billion posted for the same period in 2022"), not a base ("from
    7.0 billion euros in the same month a year earlier")."""
    return bool(re.search(r"\b(?:in|for|during)\s+(?:the\s+)?$", before, re.IGNORECASE)) and (
        not _FIGURE_IN.search(before) or bool(_STATED_IN.search(before)))


def find_periods(sentence: str) -> list[PeriodMention]:
    """Every period phrase in a sentence, left to right; written dates ("July 10, 2025") are not periods."""
    if not _ANY_PERIOD_SCAN.search(sentence):
        return []
    masked = _WRITTEN_DATE_SCAN.sub(_mask_date, sentence)
    present = _PERIOD_WORDS.present(masked)
    matches = sorted((m for g in _PATTERN_GATES for m in g.finditer(masked, present)), key=_leftmost_longest)
    if not matches:
        return []
    comparisons = _COMPARISON_SCAN.over(masked)
    found: list[PeriodMention] = []
    taken_until = -1
    for m in matches:
        if m.start() < taken_until:
            continue
        groups = m.groupdict()
        cut = m.start("m") if groups.get("single") else m.start("ml") if groups.get("mlast") else m.start()
        if groups.get("single") and _EVENT_DATE_BEFORE.search(masked, max(0, cut - 40), cut):
            continue  # "a tariff imposed from late August", "the presidential election in November": an event's date
        before = masked[:cut]  # "single", "mlast": the preposition is part of the match; the cue comes before it
        cue = comparisons.search(max(0, cut - 240), cut)  # a cue ends at the period: a bounded look, linear
        if cue and found and found[-1].start >= cue.start() and cue.group()[:5].lower() == "since":
            cue = None  # the milestone was the earlier period's: "its smallest since June 2021 in September"
        listed = groups.get("qlist") or groups.get("q4list") or groups.get("mlist")
        comparison = bool(cue) and not (listed and cue.group().lower().startswith("with"))  # "with the first, ..."
        comparison = comparison and not (groups.get("yearonly") and _NOT_COMPARISON.search(before) and not (
            ((found and not found[-1].comparison) or _THE_YEAR.search(before, max(0, cut - 200)))
            and _RATE_OVER.search(before)
        ) and not _RATE_NOUN_OVER.search(before))  # "over 2024" alone may be the year itself; after "in 2025, up
        # 4.2 percent" or "for the year stood at 1.37 trillion yuan, up 5.6 percent over 2023" it is the base
        comparison = comparison and not (  # "more than 26 percent in 2023": a bound, no base
            _BOUND_BEFORE.search(masked, max(0, cue.start() - 9), cue.start())
            and re.match(rf"than\s+(?:{MONEY_SIGN})?\s?\d", cue.group(), re.IGNORECASE))
        comparison = comparison and not (  # "0.6 percentage points above April's pace": the base of a difference
            not groups.get("yearonly") and _POINTS_BASE.search(masked, max(0, cue.start() - 8), cue.end()))  # of
        # rates; "above the 2024 level" is a base
        comparison = comparison and not (  # "The U.S. share ... was 11.2% over January-October 2025": a level's span
            _OVER_SPAN.fullmatch(cue.group()) and _LEVEL_BEFORE.search(masked, max(0, cue.start() - 60), cue.start()))
        comparison = comparison and not (  # "grew by 7.2 percent over January-November", "Export growth over the
            _OVER_END.search(cue.group()) and (groups.get("m2") or groups.get("firstn"))  # first ten months": the
            and _year(groups) is None)  # months of this year, not a base
        comparison = comparison and not (  # ", with January-November exports at $674.3 billion": a new figure's span
            cue.group().lower().startswith("with") and _FLOW_NOUN_AFTER.match(masked, m.end()))
        since = _SINCE.search(before, max(0, len(before) - 70))  # not past a period it already took
        comparison = comparison or bool(since and not (found and found[-1].start >= since.start()))
        comparison = comparison or bool(_FROM_SPAN.match(masked, m.start()) and _RATE_END.search(
            masked, max(0, m.start() - 12), m.start()))  # "up 58.4% from January-June 2024": the base, no span
        if groups.get("shifty") or groups.get("shiftm"):
            shift = -12 if groups.get("shifty") else -1
            # "In the year-ago month the deficit stood at ...": the fact's own period, not a comparison
            own = _states_own_period(before)
            found.append(PeriodMention(m.start(), m.end(), 1, 12, None, comparison=not own, shift_months=shift))
        elif groups.get("q4list"):  # "in the four quarters": Q1 to Q4, one per listed figure
            items = ((1, 3), (4, 6), (7, 9), (10, 12))
            if last := groups.get("qto"):
                items = items[: ("second", "third", "fourth").index(last.lower()) + 2]
            found.append(PeriodMention(m.start(), m.end(), 1, 12, _year(groups), comparison=comparison, items=items))
        elif groups.get("qlist") or groups.get("mlist"):
            items = _listed(groups.get("qlist") or groups.get("mlist") or "", quarters=bool(groups.get("qlist")))
            if len(items) == 2 and items[1][0] == items[0][1] + 1 and _BETWEEN.search(before):
                later = masked.find(" and ", m.start(), m.end())  # "between the second and third quarters": the
                found.append(PeriodMention(m.start(), later, *items[0], _year(groups), comparison=True))  # third,
                found.append(PeriodMention(later + 5, m.end(), *items[1], _year(groups), comparison=comparison))  # on
                taken_until = m.end()  # the second (as "between October and November" is November on October)
                continue
            if items == [(1, 1), (2, 2)] and not _RESPECTIVELY.search(masked):
                items = []  # "7.73 trillion yuan in January and February": the two months China's customs combine
            found.append(
                PeriodMention(m.start(), m.end(), items[0][0] if items else 1, items[-1][1] if items else 2,
                              _year(groups), comparison=comparison, items=tuple(items))
            )  # fmt: skip
        elif groups.get("fiscal"):
            if found and found[-1].first != found[-1].last and _WITHIN.fullmatch(masked, found[-1].end, m.start()):
                taken_until = m.end()  # "the April-February period of the fiscal year that ends on March 31": the
                continue  # fiscal year only places the months before it
            fiscal = fiscal_of(groups)
            found.append(PeriodMention(m.start(), m.end(), 1, 12, None, comparison=comparison, fiscal=fiscal))
            if opened := _FISCAL_OPENED.match(masked, m.end()):
                taken_until = opened.end() + 1  # "the fiscal year that began in April": its first month, no period
                continue
        elif groups.get("samey"):  # a base, but a figure's own when stated "for the same period in 2022"
            own = _states_own_period(before) and not re.match(r"[-–/]\d", masked[m.end() : m.end() + 2])  # not a
            # fiscal "2024-25" (its months)
            found.append(PeriodMention(m.start(), m.end(), 1, 12, _year(groups), comparison=not own, same_months=True))
        elif groups.get("trail"):
            n = _count(groups.get("ntr") or "")
            found.append(PeriodMention(m.start(), m.end(), 1, 12, None, comparison=comparison, trailing=n))
        elif groups.get("theperiod"):  # "in the period": the span the story last stated; "the quarter": three months
            last = 3 if groups.get("quarter") else 6 if re.search(r"\bhalf\b", m.group(), re.IGNORECASE) else 12
            found.append(PeriodMention(m.start(), m.end(), 1, last, None, comparison=comparison, the_period=True,
                                       same_as_last="same" in m.group().lower()))
        elif groups.get("themonth"):  # "in the month": the single month the story last stated
            found.append(PeriodMention(m.start(), m.end(), 1, 12, None, comparison=comparison, the_month=True))
        elif groups.get("wholeyear") and "calendar" not in m.group().lower():
            found.append(PeriodMention(m.start(), m.end(), 1, 12, None, comparison=comparison, whole_year=True))
        elif groups.get("ytd"):
            found.append(PeriodMention(m.start(), m.end(), 1, 12, None, comparison=comparison, to_date=True))
        elif groups.get("lastm"):
            found.append(PeriodMention(m.start(), m.end(), 1, 1, None, relative_month=-1, comparison=comparison))
        elif groups.get("mlast"):  # "in September last year", "January-February last year"
            first = MONTH_NUMBER[m.group("ml").lower().rstrip(".")]
            last = MONTH_NUMBER[m.group("ml2").lower().rstrip(".")] if m.group("ml2") else first
            found.append(PeriodMention(m.start(), m.end(), first, last, None, relative_year=-1, comparison=comparison))
        elif groups.get("last"):
            found.append(PeriodMention(m.start(), m.end(), 1, 12, None, relative_year=-1, comparison=comparison))
        else:
            months = _months(m, groups)
            if months is None:
                continue
            year = _year(groups)
            if groups.get("single") and _BY_END.search(masked, max(0, m.start("m") - 24), m.start("m")):
                months = (1, months[1])  # "By the end of September, 8,962 enterprises had ...": the year so far
            stepped = groups.get("m1") and months[1] - months[0] == 1 and _FROM_TO.match(m.group())  # "From July to
            # August, imports from China decreased 4.5%": August against July, as "between" says
            if (groups.get("b1") or stepped) and months[1] - months[0] == 1:  # "between October and November 2025":
                later = m.start("b2") if groups.get("b1") else m.start("m2")  # November, against October (the ONS
                # bulletin's month-on-month wording)
                found.append(PeriodMention(m.start(), later, months[0], months[0], year, comparison=True))
                found.append(PeriodMention(later, m.end(), months[1], months[1], year, comparison=comparison))
                taken_until = m.end()
                continue
            # "April-January 2025-26": January of 2026
            year = year + 1 if year and groups.get("fyend") and months[0] < 1 else year
            of_last = None if year else _OF_LAST_YEAR.match(masked, m.end())  # "the first 11 months of last year"
            of_this = None if year or of_last else _OF_THIS_YEAR.match(masked, m.end())  # "the first half of this
            end = suffix.end() if (suffix := of_last or of_this) else m.end()  # year", though 2024 came before
            found.append(
                PeriodMention(m.start(), end, *months, year, comparison=comparison, this_year=bool(of_this),
                              months_named=bool(groups.get("thenm")), relative_year=-1 if of_last else 0,
                              ordinal_part=bool(groups.get("qwhich") or groups.get("hwhich")))
            )  # fmt: skip
        taken_until = max(m.end(), found[-1].end if found else 0)
    # "... in the first quarter to 11.86 trillion yuan in the fourth"; "a first-quarter record of ... in 2024"
    return with_elided_quarters(masked, with_year_of_part(masked, found))
