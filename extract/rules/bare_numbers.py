"""Numbers written bare, whose kind the words around them give: a scale or currency shared with a
neighbouring figure ("from 18.5 billion", "428.6 and 205.3 billion yuan"), counts of firms or partners, shares
written without a percent sign."""

from __future__ import annotations

import re

from tradefacts.extract.periods import MONTH_WORDS
from tradefacts.extract.rules.currency import currency_code
from tradefacts.extract.rules.mention import SHARE_BEFORE, SUFFIX_WORDS, WINDOW, Mention, is_year, qualifier_before
from tradefacts.extract.text import PERCENT_WORD
from tradefacts.schemas import Measure, Unit
from tradefacts.schemas.numbers import SCALE_PATTERN, list_scale, parse_value_text, scaled

# "in March 2025 to 455.5 billion", "slipped 0.4% in 2025 to 18.8 trillion yen", "from the same period of 2024 to
# 134.9 billion euros": a year, not the first figure of a range
_DATE_BEFORE = re.compile(
    rf"\b{MONTH_WORDS},?\s+$|\b(?:in|of|since|during|for|from|year|until|through|than)\s+$", re.IGNORECASE
)
_COUNT_CHANGE_BEFORE = re.compile(
    r"\b(?:increase|decrease|rise|drop|fall|growth|addition)\s+of\s+$|\b(?:up|down)(?:\s+by)?\s+$", re.IGNORECASE
)
_COUNT_CHANGE_AFTER = re.compile(r"^\s*(?:more|fewer|less)\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"^[\s-]*(?:months?|quarters?|years?|weeks?|days?)\b", re.IGNORECASE)
_COUNT_AFTER = re.compile(
    r"^\s*(?:(?P<partners>countries\s+and\s+regions|countries|economies|trading\s+partners|"
    r"trade\s+partners|markets)|(?P<firms>(?P<private>private\s+)?(?:foreign[- ]trade\s+)?(?-i:[A-Z][a-z]+\s+)?"
    r"(?:enterprises|firms|companies|businesses)))\b",  # "4,312 Chongqing enterprises", "3,126 private enterprises"
    re.IGNORECASE,
)
_OF_WHICH = re.compile(r"\bof\s+(?:which|them|these)\s*,?\s+$", re.IGNORECASE)  # "Of these, 119,000 were private"
_OF_THEM_PRIVATE = re.compile(r"\s+of\s+them\s+(?:were|are)\s+private\b", re.IGNORECASE)  # "101,900 of them were
# private enterprises"
# "Enterprises with actual import and export records ... reach 106,238", "Firms with import and export records
# numbered 627,000", "with the count reaching 628,000": the firms counted, as the clause's subject
_FIRMS_NUMBERED = re.compile(
    r"(?:\b(?P<private>private\s+)?(?:enterprises|firms|companies|businesses)\s+(?:with|that|which)\b[^.;]{0,90}?|"
    r"\bthe\s+count\s+)\b(?:numbered|totall?ed|reach(?:ed|ing)?|stood\s+at|came\s+to|(?:rose|climbed|grew)\s+to)\s+"
    r"(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
_PRIVATE_AFTER = re.compile(r"\s+(?:were|are)\s+private(?:ly[- ]owned)?\s+(?:companies|enterprises|firms|businesses)\b",
                            re.IGNORECASE)
_COUNT_NUMBER_OF = re.compile(  # "The count of private firms that actually imported or exported climbed to 98,600"
    r"\b(?:number|count)\s+of\s+(?P<what>[\w\s-]{3,60}?)\s+(?:with|that|having|was|were|has|had|"
    r"exceeded|reached|rose|grew|stood|hit|increased)\b",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(
    r"^\s*(?:of\s+them|of\s+which)|^\s*(?:countries|economies|partners|markets)?[\w\s]{0,30}?"
    r"\b(?:increased|grew|rose|exceeding|above|surpassing)\b",
    re.IGNORECASE,
)
_FIRM_TRADE_CONTEXT = re.compile(
    # "import and export records", "recorded imports or exports" (not "the China Import and Export Fair": its
    # exhibitors), "imported or exported", "importing and exporting"
    r"imports?\s+(?:and|or)\s+exports?(?!\s+(?:Fair|Expo))|imported\s+(?:and|or)\s+exported|"
    r"importing\s+(?:and|or)\s+exporting|foreign[- ]trade|"
    r"trading\s+enterprises|registered\s+exporters",
    re.IGNORECASE,
)
_PARTNER_CONTEXT = re.compile(
    r"\b(?:trade\s+network|trading\s+partners|trade\s+partners|trade\s+with|trad(?:ed|es|ing)\s+with|exports?\s+to|"
    r"export(?:ed|ing)\s+to|trading\s+[\w\s]{0,30}\bto|sold\s+to|reach(?:es|ed)?|"
    r"encompass\w*|cover\w*|(?:records|dealings|transactions|relations)\s+with|"  # "had import and export records
    # with 226 countries and regions", "did business with 183 countries", "carried out import and export business with"
    r"(?:did|does|do|doing|done|carried\s+out|conducted)\s+(?:[\w-]+\s+){0,4}?business\s+with)\b",
    re.IGNORECASE,
)


_SCALE_AFTER = re.compile(rf"(?:\s|-)?(?:{SCALE_PATTERN})\b(?!\s*(?:{SUFFIX_WORDS}))", re.IGNORECASE)
_SAME_MONEY_BEFORE = re.compile(
    r"(?:\b(?:from|than|versus|vs\.?|against|compared\s+(?:with|to)|and|or|to)\s+(?:the\s+|a\s+|an\s+)?|,\s*)$",
    re.IGNORECASE,
)


_CONVERSION_OPENS = re.compile(r"\((?:about|around|roughly|some|approximately|or|equivalent\s+to)?\s*[^()\d]{0,6}$",
                               re.IGNORECASE)


def elided_currency(sentence: str, m: re.Match[str], mentions: list[Mention]) -> Mention | None:
    """A scaled number right after money takes that money's currency: "to 22.2 billion euros from 18.5 billion".

    Looks back only as far as the money may stand (60 characters): a sentence of thousands of such numbers
    stays linear."""
    start = m.start()
    scale = _SCALE_AFTER.match(sentence, m.end())
    if not scale:
        return None
    money = next((x for x in reversed(mentions) if (x.measure is Measure.value and not _CONVERSION_OPENS.search(
        sentence, max(0, x.start - 24), x.start)) or x.end < start - 60), None)  # not "29.7 billion crowns ($1.41
    # billion) ..., up from 23.3 billion": a conversion in brackets lends no currency
    if money is None or money.measure is not Measure.value or start - money.end > 60:
        return None
    if not _SAME_MONEY_BEFORE.search(sentence, max(0, start - 60), start):
        return None
    return _scaled_money(sentence, start, scale.end(), money.unit)


def _scaled_money(sentence: str, start: int, end: int, unit: str) -> Mention | None:
    """The money mention `sentence[start:end]` ("18.5 billion") in `unit`, or None when it reads as no number."""
    value_text = sentence[start:end]
    try:
        magnitude = parse_value_text(value_text)
    except ValueError:
        return None
    qualifier = qualifier_before(sentence[max(0, start - WINDOW) : start])
    return Mention(start, end, value_text, start, Measure.value, unit, magnitude, qualifier)


_LIST_END = re.compile(rf"(?:[\d\s,.–-]|\band\b|\bto\b){{0,120}}?(?:{SCALE_PATTERN})\b", re.IGNORECASE)  # bounded
_CURRENCY_AFTER = re.compile(rf"\s*(?P<post>(?-i:[A-Z]{{3}})|(?:{SUFFIX_WORDS}))\b", re.IGNORECASE)


_DECLARED_END = re.compile(  # the scaled number ends its phrase: "... stood at 842.37 billion, up 11.3%"
    r"\s*(?:[,.;:)]|$|\s(?:up|down|in|a|an|from|which|and|or|accounting|making|representing|year|over|compared|"
    r"against|than|respectively)\b)",
    re.IGNORECASE,
)


def declared_money(sentence: str, m: re.Match[str], currency: str) -> Mention | None:
    """A scaled number with no currency in a text that declared one for its figures ("(RMB, the same below)"):
    "services exports stood at 842.37 billion, up 11.3%"; not "1.4 billion people"."""
    scale = _SCALE_AFTER.match(sentence, m.end())
    if not scale or not _DECLARED_END.match(sentence, scale.end()):
        return None
    return _scaled_money(sentence, m.start(), scale.end(), currency)


def listed_value(sentence: str, m: re.Match[str]) -> Mention | None:
    """A bare figure that takes the scale and currency written once after its list: "428.6" in "were 428.6 and
    205.3 billion yuan respectively"."""
    scale = list_scale(sentence, m.end())
    if scale is None:
        return None
    if is_year(m.group()) and _DATE_BEFORE.search(sentence, max(0, m.start() - 16), m.start()):
        return None  # a date, not the first figure of a range
    last = _LIST_END.match(sentence, m.end())
    currency = _CURRENCY_AFTER.match(sentence, last.end()) if last else None
    unit = currency_code(None, currency.group("post")) if currency else None
    if unit is None:
        return None
    value_text = m.group()
    qualifier = qualifier_before(sentence[max(0, m.start() - WINDOW) : m.start()])
    magnitude = scaled(parse_value_text(value_text), scale)
    mention = Mention(m.start(), m.end(), value_text, m.start(), Measure.value, unit, magnitude, qualifier)
    mention.list_scale = scale
    return mention


# "with 171,000 and 152,000 units, respectively": a count whose unit is written once, after the list's last
_QUANTITY_LIST_REST = re.compile(
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d[\d,.]*(?:\s+(?:{SCALE_PATTERN}))?){{1,12}}\s+"
    r"(?:(?P<tonnes>tonnes|tons|metric\s+tons)|units|vehicles|cars)\b",
    re.IGNORECASE,
)


def listed_quantity(sentence: str, m: re.Match[str]) -> Mention | None:
    """A bare number that takes the unit written once after its list: "171,000" in "with 171,000 and 152,000
    units, respectively"."""
    rest = _QUANTITY_LIST_REST.match(sentence, m.end())
    if rest is None or is_year(m.group()):
        return None
    value_text = m.group()
    try:
        magnitude = parse_value_text(value_text)
    except ValueError:
        return None
    qualifier = qualifier_before(sentence[max(0, m.start() - WINDOW) : m.start()])
    unit = Unit.tonnes if rest.group("tonnes") else Unit.number
    scale = list_scale(sentence, m.end()) or 1.0  # "1.2 and 5.6 million tonnes": the scale written once too
    mention = Mention(m.start(), m.end(), value_text, m.start(), Measure.quantity, unit, scaled(magnitude, scale),
                      qualifier)
    mention.list_scale = scale
    return mention


# ", 6.5 and 1.5 per cent": the rest of a list of rates that writes its percent once, after the last
_RATE_LIST_REST = re.compile(
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[-−]?\d+(?:\.\d+)?){{1,12}}\s*{PERCENT_WORD}(?!\w)", re.IGNORECASE
)
_RANGE_BEFORE = re.compile(r"\bbetween\s+$|\bfrom\s+$", re.IGNORECASE)  # "between 2 and 3 percent": a range


def listed_rate(sentence: str, m: re.Match[str], num: str | None) -> str | None:
    """A bare number that is a rate of a list which writes "percent" once, after its last item: "4.1" in
    "increased by 4.1, 6.5 and 1.5 per cent, respectively"; None for any other number."""
    if num is None or is_year(num) or not _RATE_LIST_REST.match(sentence, m.end()):
        return None
    if _RANGE_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
        return None
    return num


_CLAUSE_JOINT = re.compile(r";|,?\s+(?:while|whereas)\s+", re.IGNORECASE)


def _clause_of(sentence: str, at: int) -> str:
    """The clause of the sentence that holds position `at`, split at ';', 'while' and 'whereas', at most WINDOW
    either side (a long sentence of counts stays linear)."""
    lo = max(0, at - WINDOW)
    starts = [joint.end() for joint in _CLAUSE_JOINT.finditer(sentence, lo, at)]
    end = _CLAUSE_JOINT.search(sentence, at, at + WINDOW)
    return sentence[starts[-1] if starts else lo : end.start() if end else min(len(sentence), at + WINDOW)]


def count_or_share(sentence: str, m: re.Match[str], num: str) -> Mention | None:
    """A bare number: a count of firms or partners, or a share written without '%' ("accounting for 74.7 of")."""
    start, end = m.span()
    prefix, suffix = sentence[max(0, start - WINDOW) : start], sentence[end : end + WINDOW]
    if re.match(r"^\s*of\s+(?:the\s+)?(?:total|overall)", suffix) and SHARE_BEFORE.search(prefix[-40:]) and (
        float(num.replace(",", "")) <= 100  # "made up 256,000 of the total": a part of a count, no share
    ):
        return Mention(
            start, end, num, start, Measure.share, Unit.percent, float(num.replace(",", "")), qualifier_before(prefix)
        )
    if is_year(num) or _COUNT_CHANGE_BEFORE.search(prefix) or _COUNT_CHANGE_AFTER.match(suffix):
        return None  # "an increase of 1,123 over the previous year", "512 more than": a change in a count
    if _SPAN_AFTER.match(suffix):
        return None  # "reached 627,000 in the first nine months": the months of a period, no count
    count = _COUNT_AFTER.match(suffix)
    if count and _THE_BEFORE.search(prefix):
        return None  # "before the two countries agreed a truce": the countries a story refers to, no count
    segment = None
    if count and count.group("partners"):
        if (
            _CONDITIONAL.match(suffix[count.end() :])
            or _CONDITIONAL.match(suffix)
            or not _PARTNER_CONTEXT.search(sentence[max(0, start - 80) : start])
        ):
            return None
        segment = "trading partners"
    elif count and count.group("firms"):
        if not _FIRM_TRADE_CONTEXT.search(_clause_of(sentence, start)):
            return None
        segment = "private enterprises" if count.group("private") else "foreign trade enterprises"
    elif (_OF_WHICH.search(prefix[-14:]) and _PRIVATE_AFTER.match(suffix)) or _OF_THEM_PRIVATE.match(suffix):
        segment = "private enterprises"  # "7,836 enterprises ..., of which 6,615 were private companies": the private
        # ones among the firms just counted
    elif (numbered := _FIRMS_NUMBERED.search(prefix)) and _FIRM_TRADE_CONTEXT.search(sentence):
        segment = "private enterprises" if numbered.group("private") else "foreign trade enterprises"
    elif not _THE_BEFORE.search(prefix) and (of := _COUNT_NUMBER_OF.search(prefix)) and re.search(
            r"enterprises|firms|companies|businesses|partners", of["what"]):  # not "records in the nine cities"
        segment = "trading partners" if "partner" in of["what"] else "foreign trade enterprises"
        if "private" in of["what"].lower():
            segment = "private enterprises"
        if _CONDITIONAL.match(prefix[of.end("what") :]) or re.search(r"exceeding|above|over\s+\d", of["what"]):
            return None
    else:
        return None
    try:
        magnitude = parse_value_text(num)
    except ValueError:
        return None
    if magnitude != int(magnitude):
        return None
    return Mention(
        start, end, num, start, Measure.count, Unit.number, magnitude, qualifier_before(prefix), segment_hint=segment
    )


# "ranked fourth with 233,700", "came second with 367,800", "accounted for 222,000 of the September total", "made up
# 1.758 million of them": in a story that counts units (vehicles), a bare number in these places is more of them
_COUNTED_BEFORE = re.compile(
    r"\b(?:with|accounted\s+for|made\s+up|numbered)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_COUNTED_AFTER = re.compile(r"^\s*(?:[,.;)]|$|of\s+(?:the|them|those|these|all)\b|(?:units|vehicles)\b)", re.IGNORECASE)


def counted_quantity(sentence: str, m: re.Match[str], num: str) -> Mention | None:
    """A bare number of the units a story counts: "... ranked fourth with 233,700." after "652,000 vehicles"."""
    start, end = m.span()
    scale = _SCALE_AFTER.match(sentence, end)
    after = scale.end() if scale else end
    if not _COUNTED_BEFORE.search(sentence, max(0, start - 40), start) or not _COUNTED_AFTER.match(sentence[after:]):
        return None
    if is_year(num):
        return None
    value_text = sentence[start:after]
    try:
        magnitude = parse_value_text(value_text)
    except ValueError:
        return None
    if magnitude < 1000 or magnitude != int(magnitude):
        return None  # "with 12 others": no count of units
    return Mention(start, after, value_text, start, Measure.quantity, Unit.number, magnitude,
                   qualifier_before(sentence[max(0, start - WINDOW) : start]))
