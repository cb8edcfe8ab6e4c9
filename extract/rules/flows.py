"""Which flow a figure measures: the nearest flow word ("shipments", "brought in", "deficit"); the segment
(enterprise type, trade mode) named before a figure. Where the words do not say, the figure's construction does
(`flow_constructions`: a list distributed by "respectively", the whole a share is part of, what a rank ranks)."""

from __future__ import annotations

import re

from tradefacts.extract.rules.currency import PREFIX_PATTERN
from tradefacts.extract.rules.mention import GAP_VERBS, SUFFIX_WORDS, Mention
from tradefacts.extract.rules.product_names import ASIDE_WORDS, SEGMENT_WORDS
from tradefacts.extract.scan import Anchored
from tradefacts.extract.text import PERCENT_WORD
from tradefacts.schemas import Flow

_THEN_TO = r"[^,.;]{1,40}?\sto\s"  # "from China to Vietnam": the goods' origin, then their destination
# money right after "brought in" with no goods after it ("brought in $42.6 billion as output rose"): earnings
_EARNINGS = (  # "$42.6 billion", "69.16 billion dollars": money, not goods bought ("$5 billion of goods from")
    r"\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?(?:(?:US\$|[A-Z]{1,2}\$|[$€£¥]|"
    rf"(?<![A-Za-z])(?-i:{PREFIX_PATTERN})\s?)"  # "NOK 32.9 billion", "Rs 5,000 crore"
    r"(?>[\d.,]+(?:\s*(?:trillion|billion|million|bn|mln))?)|(?>[\d.,]+\s+(?:trillion|billion|million)?\s*)"
    rf"(?:(?:US\s+)?dollars|{SUFFIX_WORDS})\b)"
    r"(?!\s+(?:worth\s+)?of\b|\s+(?:worth\s+of\s+goods\s+)?from\b(?!\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
    r"Nov|Dec)[a-z]*|a\s+year|the\s+(?:same|previous|prior)|last\s+year)\b))"  # "from January to October": a period
    # "brought in 598.6 billion yuan in export revenue", "brought in 2,203.9 hundred million yuan of export sales"
    r"|\s+(?:[^,;]|,(?=\d)){0,40}?\b(?:in|of)\s+(?:export|overseas|foreign)\s+(?:revenue|earnings|receipts|sales)\b"
)
_FLOW_WORDS = [
    (
        Flow.total,
        r"import(?:s|ed)?\s*(?:and|or|&|/|-)\s*export(?:s|ed)?|export(?:s|ed)?\s*(?:and|or|&|/|-)\s*import(?:s|ed)?|"
        r"foreign\s+trade|(?:shipped|moved|crossed)\s+in\s+and\s+out|"  # "goods shipped in and out of the country"
        # "the value of goods China bought from and sold to the rest of the world": both flows
        r"bought\s+from\s+and\s+sold\s+to|sold\s+to\s+and\s+bought\s+from|"
        r"external\s+trade|total\s+trade|trade\s+volume|bilateral\s+trade|trade\s+value|"
        r"(?:two-way|bilateral|total|overall)\s+commerce|"  # "two-way commerce grew 9.2 percent"
        # not an institution: "the Ministry of Trade, Industry and Resources", "the trade ministry said"
        r"(?<!ministry\sof\s)(?<!minister\sof\s)(?<!department\sof\s)(?<!secretary\sof\s)(?<!board\sof\s)"
        # "goods traded in both directions", "the goods the province traded with the rest of the world": both flows
        r"trad(?:e|ing|ed(?=\s+(?:goods\b|in\s+both\s+directions\b|with\b)))(?!\s+(?:partners?|nations?|powers?|hubs?|rules|gap|surplus|deficit|balance|"
        r"truce|wars?|talks|deals?|tensions|polic(?:y|ies)|disputes?|pacts?|negotiations|frictions|ministers?|"
        r"ministry|ministries|department|representative|organi[sz]ation|commission|officials?))|"
        r"(?<!export\s)(?<!import\s)(?<!exports\s)(?<!imports\s)turnover",  # "export turnover": exports
    ),
    (
        Flow.balance,
        r"trade\s+(?:surplus(?:es)?|deficits?|balances?|gaps?)|surplus(?:es)?|deficits?|gaps?\s+(?:in|with|between|on)(?!\s+the\s+(?:month|year|quarter))|"
        r"net\s+(?:[a-z-]+\s+){0,2}?exports|"  # "China's net steel exports came to 9.48 million tons": the balance
        # "August's revised gap of 242.8 billion yen": a gap "of" a figure is a balance
        r"gaps?(?=\s+of\s+(?:about\s+|around\s+|some\s+)?(?:(?:US|[A-Z]{1,2})?[$\u20ac\u00a3\u00a5\u20b9]\s?|Rs\.?\s?|"
        r"[A-Z]{3}\s?)?(?:\d|$))|"
        r"shortfalls?|(?<=\sin\sthe\s)(?:red|black)\b|(?<=services\s)gaps?|(?<=goods\s)gaps?|(?<=merchandise\s)gaps?|(?<=bilateral\s)gaps?|(?:(?<=the\s)|(?<=monthly\s)|(?<=annual\s)|(?<=overall\s)|(?<=combined\s)|(?<=total\s))gap"
        rf"(?=\s+(?:ha[ds]\s+)?(?:{GAP_VERBS})\b)",
    ),
    (
        Flow.exports,
        r"export(?:s|ed|ing|ers?)?(?!\s+(?:hub|gateway|centre|center|base|price)s?\b)(?!-(?:oriented|focused|dependent|reliant|heavy)\b)|NODX|NORX|out(?:bound|ward|going)\s+(?:(?!(?:and|or)\s)[a-z-]+\s+){0,2}?(?:shipments|sales|deliveries|cargoes|goods|ones)|overseas\s+sales|shipments\s+abroad|(?<!value\sof\sthe\s)shipments(?!\s+from)|shipped|"
        r"sales\s+(?:of\s+(?:[\w'’.-]+\s+){1,5}?)?(?:to|abroad|overseas)\b|sales\s+there\b|sold|sent\s+(?:abroad|overseas|to)|(?<!that\s)(?<!which\s)(?<!once\s)went\s+(?:abroad|overseas|to)|sent(?=\s+(?:[\w.%-]+\s+){0,3}?(?:goods|products)\s+(?:abroad|overseas|to)\b)|(?:leaving|left)\s+the\s+country|"
        # "goods worth 131.2 billion euros left Germany", "goods leaving Germany" (not "leaving Brazil as the top
        # supplier", "left Japan with a deficit"): what the goods did
        r"(?:(?<=goods\s)|(?<=products\s)|(?<=euros\s)|(?<=dollars\s)|(?<=pounds\s)|(?<=billion\s)|(?<=million\s))"
        r"(?:leaving|left)\s+(?-i:[A-Z][a-z]+)\b(?!['’])|"
        r"earned|earning|(?<!import\s)earnings|fetched|fetching|bound\s+for|"  # "coal earned", "tea earnings fell"
        r"(?<=[a-z.]-)bound(?=\s+(?:goods|shipments|exports|cargoes|sales|deliveries|trade)\b)|"  # "U.S.-bound goods"
        r"(?:deliveries|cargoes)\s+to\b|"  # "Deliveries to the euro zone totalled"
        # "72.9 billion euros of goods going to other EU member states", "goods headed overseas"
        r"(?:(?<=goods\s)|(?<=products\s))(?:going|headed|heading)\s+to\b|(?:going|headed|heading)\s+(?:abroad|overseas)|"
        rf"brought\s+in(?={_EARNINGS})|"  # "Crude oil brought in $42.6 billion": what the goods earned
        rf"shipments(?=\s+from{_THEN_TO})|(?<=services\s)credits",  # "shipments from China to Vietnam": China's
    ),
    (
        Flow.imports,
        r"import(?:s|ed|ing|ers?)?(?!\s+prices?\b)|in(?:bound|ward|coming)\s+(?:(?!(?:and|or)\s)[a-z-]+\s+){0,2}?(?:shipments|purchases|deliveries|cargoes|goods|ones)|"
        r"(?<!exports\s)(?<!sales\s)(?<!shipments\s)brought\s+in(?:to\s+the\s+(?:country|nation|economy))?|"
        r"(?:came|coming|comes|come)\s+into\s+the\s+(?:country|nation|economy)|(?<=goods\s)coming\s+in\b|(?<!whose\s)purchases\s+(?:from|of)|(?<!its\s)(?<!their\s)(?<!whose\s)purchases|bought|purchased|buying\s+from|"
        rf"supplied(?!\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+)?[\d.]+\s*{PERCENT_WORD}\s+of\b)|"
        rf"supplying|(?:shipments|cargoes|deliveries|supplies)\s+from(?!{_THEN_TO})(?!\s+the\s+world['’]s)|arrivals|"
        r"(?:arrived|arriving)(?=\s+from\b)|intake|sourced\s+from|"  # "15.86 million tons arrived from the Southeast
        # Asian country", "China's copper concentrate intake from Indonesia", "goods worth 57.3 billion euros were
        # sourced from the EU"
        # "China received 5.85 million metric tons of Brazilian soybeans": goods the economy took in, goods "of" a kind
        # after the figure (a partner that "received 540 tonnes, up 21.5 per cent" is the area's buyer:
        # `partner_verbs`); the end: a look that stops at the figure, then reads the whole sentence again
        r"(?:received|receiving)(?=\s+(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
        r"(?:US\$|[$\u20ac\u00a3\u00a5])?\d[\d.,]*\s+(?:[a-z]+\s+){0,3}?of\s|\s*$)|"
        r"(?:paid|spent)(?=\s+(?:[^.;]|\.(?=\d)){1,50}?\s+(?:for|on)\s)|"  # "paid 31.4 billion yuan for Russian crude"
        r"(?<=services\s)debits|"  # not "shipments from the world's biggest steel producer": the story's own
        # "spending on Brazilian iron ore", "outlays on imported chips": what the economy bought from abroad
        r"(?:spending|outlays|expenditure)\s+on(?=\s+(?:(?:imported|foreign(?:-made)?)\b|(?-i:[A-Z][\w.-]+\s+[a-z])))|"
        r"(?:(?<=oil\s)|(?<=fuel\s)|(?<=energy\s)|(?<=gold\s)|(?<=crude\s)|(?<=products\s))bills?",  # "the oil bill"
    ),
]
FLOW_RE = re.compile("|".join(f"(?P<{f.value}>\\b(?:{p})\\b)" for f, p in _FLOW_WORDS), re.IGNORECASE)
SEGMENT_RE = re.compile(rf"\b(?P<seg>{SEGMENT_WORDS})\b", re.IGNORECASE)
# Both are tried only where their words are (extract/scan.py): the words every alternative starts with.
FLOW_RE = Anchored(FLOW_RE, words=["import", "export", "foreign", "external", "total", "trad", "bilateral", "two",
                                   "overall", "moved", "crossed",
                                   "turnover", "surplus", "deficit", "outbound", "overseas", "ship", "sales", "sold",
                                   "inbound", "inward", "outward", "outgoing", "incoming", "brought", "purchase",
                                   "bought", "buying", "suppl",
                                   "cargoes", "deliveries", "earn", "fetch", "arriv", "intake", "gap", "shortfall",
                                   "sent", "credits", "debits", "bound", "leaving", "left", "went", "paid", "spent",
                                   "net", "bill", "red", "black", "spending", "outlays", "expenditure", "came",
                                   "coming", "comes", "come", "going", "head", "sourced", "nodx", "norx",
                                   "receiv"])  # fmt: skip
SEGMENT_RE = Anchored(SEGMENT_RE, words=["private", "state", "foreign", "small", "cross", "processing", "general",
                                         "market", "bonded", "border", "domestic", "fdi"])  # fmt: skip
_TRADE_MODE = re.compile(r"\b(?:processing|general|procurement|border)\s+$", re.IGNORECASE)


# ", mostly gold bought and sold by investors,": an aside that describes the goods, its flow words not the figure's
# ", now America's biggest source of imports,", ", the EU's largest export market,": an apposition on the partner
_ASIDE_OPEN = re.compile(
    rf",\s+(?:{ASIDE_WORDS}|including|such\s+as|now|still|once|long|(?:(?:the|a|an|its)\s+|which\s+(?:(?:has|had)\s+)?"
    rf"(?:remained|remains|is|was|been|became|becomes)\s+(?:the\s+)?)(?=[^,;]{{0,60}}?"
    r"\b(?:source|market|partner|buyer|supplier|customer|destination|hub|gateway|centre|center|backbone|mainstay|pillar|"
    r"engine|cornerstone|staple)s?\b))\b[^,;]*$"  # ", the backbone of the country's outbound trade,"
    # "Shipments from Argentina, which briefly scrapped grain export taxes, nearly doubled", "Imports from Angola,
    # whose shipments to China are mostly crude oil, dropped"
    r"|,\s+wh(?:ich|ose)\b[^,;]*$"
    # "Travel imports, driven mainly by Chinese tourists heading overseas, rose": the cause's words, not the figure's
    r"|,\s+(?:driven|helped|boosted|fu?elled|powered|lifted|led|supported)\s+(?:(?:mainly|largely|mostly|partly)\s+)?by\b"
    r"[^,;]*$"
    # "the trade deficit, the amount by which imports exceed exports, was": a definition of the figure's noun
    r"|,\s+(?:or\s+)?the\s+(?:amount|difference|margin|excess|gap)\s+(?:by\s+which|between|of)\b[^,;]*$",
    re.IGNORECASE,
)


# "..., down 4.2 percent as lower coal prices dragged on import values, and made up 36 percent": a reason clause
_REASON_OPEN = re.compile(
    r"\b(?:as|because|amid)\s+(?!(?:of|well|much|many|far|long|soon|part|an?)\b)[^,;:]*$",  # not "as a new engine"
    re.IGNORECASE,
)


# ", as imports, at $54.12 billion, grew": the figure sizes the flow word right before it, which is its subject
_OWN_SIZE = re.compile(r",\s+(?:at|worth|valued\s+at)\s+(?:about\s+|around\s+)?(?:US|A|C|HK|S)?[$€£¥₹₩]?\s*$",
                       re.IGNORECASE)


def _in_aside(sentence: str, word: re.Match[str], pos: int) -> bool:
    """Whether the flow `word` sits in an aside or a reason clause opened before it and closed by a comma before
    `pos`."""
    if _OWN_SIZE.match(sentence, word.end(), pos):
        return False
    start = max(0, word.start() - 120)
    return bool(_ASIDE_OPEN.search(sentence, start, word.start()) or _REASON_OPEN.search(sentence, start, word.start())
                ) and sentence.find(",", word.end(), pos) >= 0  # fmt: skip


# Where the words after a figure stop being its own: a bracket, a colon, or a participle that gives the cause
# (", helped by private exporters in Ningbo": the exporters are no flow of the figure)
_OWN_WORDS_END = re.compile(
    r"[;:()]|,\s+(?:helped|driven|led|boosted|supported|fuelled|fueled|dragged|weighed|hit|while|whereas|but)\b|"
    r",\s+thanks\s+to\b",  # ", while exports climbed": another figure's clause
    re.IGNORECASE,
)


MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
_SOLD = re.compile(  # "shipments to Vietnam" are sold; "rose 1.1% to 110.54 million tons" is no destination
    rf"\bto\s+(?:the\s+(?:bloc|region|continent|country|kingdom|republic|neighbou?r)\b|(?!(?:{MONTH_NAMES})\b)"
    r"(?-i:(?:the\s+)?[A-Z]))|\b(?:abroad|overseas|bound|sold|sales|exports?|export\s+side|destinations?)\b",
    re.IGNORECASE,
)


# "Soybeans from Brazil totaled 68.3 million tons": goods named by their origin open the sentence
_ORIGIN_OPENING = re.compile(
    r"\s*(?!(?:data|figures|statistics|officials|analysts|reports|news|buyers|demand|exports?|shipments|sales)\b)"
    r"(?:[A-Za-z-]+\s+){1,3}from\s+(?:the\s+)?",
    re.IGNORECASE,
)


def named_by_origin(sentence: str, place_start: int) -> bool:
    """Whether the sentence opens on goods named by where they come from, the place at `place_start`."""
    return _ORIGIN_OPENING.fullmatch(sentence, 0, place_start) is not None


def flow_at(sentence: str, pos: int, window_start: int = 0, story: Flow | None = None) -> Flow | None:
    """The flow named by the nearest flow word before `pos` (after `window_start`), else right after it. In a
    story whose headline names imports alone (`story`), "shipments" in a sentence that names no selling are the
    goods bought ("On a monthly basis, shipments jumped 11.9%" under "China's Crude Imports Slide"), as are the goods
    "shipped"."""
    flow = _flow_at(sentence, pos, window_start)
    if flow is not Flow.imports and _SPENT.search(sentence, max(0, pos - 12), pos) and _ON_GOODS.match(sentence, pos):
        return Flow.imports  # "shipped ... abroad, and spent 55.89 trillion yen on imports": the look back ends at
        # the figure, where the verb's "on" cannot be seen
    if flow is None and (origin := _ORIGIN_OPENING.match(sentence)) and origin.end() < pos and (
        sentence[origin.end()].isupper()
    ):
        return Flow.imports  # "Soybeans from Brazil totaled 68.3 million tons": goods bought from there
    if flow is Flow.exports and story is Flow.imports and not _SOLD.search(sentence, max(0, pos - 300), pos + 200):
        before = FLOW_RE.finditer(sentence, max(window_start, pos - 300), pos)
        word = before[-1] if before else FLOW_RE.search(sentence, pos, pos + 60)
        if word and word.group().lower() in ("shipments", "shipped"):  # "36.2% more than the 10.22 million tons
            return Flow.imports  # shipped in May a year earlier"
    return flow


_SPENT = re.compile(r"\b(?:paid|spent)\s+(?:about\s+|around\s+|some\s+)?(?:US|A|C|HK|S)?[$€£¥₹]?$", re.IGNORECASE)
_ON_GOODS = re.compile(r"(?:[^.;,]|\.(?=\d)){1,50}?\s(?:for|on)\s")


# a contrast, or a reason's aside ("..., helped by cargoes from the Arctic LNG 2 project"): its flow word is not the
# figure's before it
_CONTRAST_BREAK = re.compile(
    r",\s+(?:while|whereas|but|thanks\s+to|(?:helped|driven|boosted|buoyed|supported|lifted|aided)\s+by)\b|;"
)


def flow_only_past_contrast(sentence: str, pos: int, first_flow: re.Match[str] | None) -> bool:
    """Whether the sentence's first flow word comes after the figure at `pos` and past a contrast or a reason
    ("Argentina ranked second with 48,200 tons, while arrivals from Australia jumped"): the figure's clause names no
    flow of its own, so it continues the flow of the figures before, not the whole trade."""
    return first_flow is not None and first_flow.start() > pos and (
        _CONTRAST_BREAK.search(sentence, pos, first_flow.start()) is not None)


_ROLE_WITH = re.compile(
    r"\b(?:market|destination|source|supplier|buyer|customer|partner)s?\b[^,;]{0,40}?\bwith\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
_BALANCE_AFTER = re.compile(  # the figure, then the side of the balance it is on
    r"\S{0,4}[\d.,]+\s*(?:trillion|billion|million|bn|mln)?(?:\s+[a-z]+)?\s+in\s+(?:deficit|surplus|the\s+(?:red|black))\b",
    re.IGNORECASE,
)
_WHILE = re.compile(r",\s+(?:while|whereas)\s+(?:the\s+)?(?:goods|products|merchandise)\s+(?:worth|valued)\b")


def _after_comma(sentence: str, pos: int) -> bool:
    """Whether a comma, then only spaces, stands right before `pos` (read back over the spaces, not the prefix)."""
    i = pos
    while i > 0 and sentence[i - 1].isspace():
        i -= 1
    return i > 0 and sentence[i - 1] == ","


_THAN_BEFORE = re.compile(r"\bthan\s+(?:the\s+)?$", re.IGNORECASE)
_PARTICIPLE_AFTER = re.compile(r",\s+[a-z]+ing\b[^,;]*$")


def _flow_at(sentence: str, pos: int, window_start: int = 0) -> Flow | None:
    before = list(FLOW_RE.finditer(sentence, max(window_start, pos - 300), pos))
    while before:  # the last word read again in the whole sentence, where its look past `pos` sees: "products
        # supplied 60.7 percent of" is no purchase, "brought in $10.70 billion" are earnings
        if (whole := FLOW_RE.match(sentence, before[-1].start())) is not None and whole.lastgroup:
            before[-1] = whole
            break
        before.pop()
    # The window opened inside an aside, so the figure's flow word stands before it: "The deficit with Mexico, now
    # America's biggest source of imports, dipped" (the aside's owner opened it), "Exports to China, Japan's biggest
    # trading partner, rose 2.1%" (an apposition did, and holds no flow word)
    if window_start and (
        (len(before) == 1 and _in_aside(sentence, before[0], pos))
        or (not before and _after_comma(sentence, window_start) and sentence.find(",", window_start, pos) >= 0)
    ):
        before = list(FLOW_RE.finditer(sentence, max(0, pos - 300), pos))
    while len(before) > 1 and _in_aside(sentence, before[-1], pos):
        before.pop()  # "Imports of precious metals, mostly gold bought and sold by investors, jumped": not "sold"
    if len(before) > 1 and _THAN_BEFORE.search(sentence, max(0, before[-1].start() - 12), before[-1].start()) and (
        _PARTICIPLE_AFTER.match(sentence, before[-1].end(), pos)
    ):
        before.pop()  # "imports grew more slowly than exports, rising 5.5 percent": the subject's rise, not exports'
    if before and _WHILE.search(sentence, before[-1].end(), pos) and (after := _flow_after(sentence, pos)):
        return after  # "Shipments to the EU reached X, while goods worth Y were sourced from the EU": the contrast's
        # clause, whose subject is goods, names its flow after its figure
    if before and before[-1].lastgroup == Flow.total.value and _BALANCE_AFTER.match(sentence, pos):
        return Flow.balance  # "Brazil's November trade with the U.S. ended $1.11 billion in deficit"
    if before:
        last = before[-1]
        mode = _TRADE_MODE.search(sentence, max(0, last.start() - 20), last.start())
        if last.lastgroup == Flow.total.value and len(before) > 1 and mode:
            last = before[-2]  # "exports under market procurement trade": the trade is the mode's name
        if last.group().lower() == "turnover" and len(before) > 1 and _ROLE_WITH.search(
            sentence, max(0, before[-2].start() - 30), last.start()
        ):
            last = before[-2]  # "the largest export market with turnover of", "the largest source of imports with a
            # turnover of": the market's or the source's flow
        if last.lastgroup == Flow.total.value and len(before) > 1 and before[-2].lastgroup == Flow.balance.value:
            between = sentence[before[-2].end() : last.start()]
            if len(between) < 40 and not re.search(r"[,;]", between):
                return Flow.balance  # "deficit in goods and services trade widened": the deficit's
        return Flow(last.lastgroup)
    return _flow_after(sentence, pos)


def _flow_after(sentence: str, pos: int) -> Flow | None:
    """The flow word right after the figure at `pos`, within its own words."""
    window = _without_conversions(sentence[pos : pos + 120])  # "231.6 billion yen (about $1.52 billion) in the
    # black": a conversion in brackets is no end of the figure's words, for the figure or the converted one
    stop = _OWN_WORDS_END.search(window, 0, 40)  # the figure's own words, up to its clause's end
    limit = stop.start() if stop else 40
    after = FLOW_RE.search(window, 0, limit + 30)  # a flow word that starts in the window may end past it
    return Flow(after.lastgroup) if after and after.start() < limit else None


_CONVERSION = re.compile(  # "(about $1.52 billion)", and the rest of one a converted figure stands in
    r"\((?:about|around|roughly|some|approximately|equivalent\s+to|or)\s[^()]{1,40}\)|^[^()]{1,40}\)(?=\s+[a-z])",
    re.IGNORECASE,
)


def _without_conversions(window: str) -> str:
    """The window with its conversions in brackets cut out, the rest of one it opens inside included."""
    return _CONVERSION.sub(" ", window) if ")" in window else window


RESPECTIVELY = re.compile("respectively", re.IGNORECASE)  # searched in place: no lower-cased copy per figure


def respectively(items: list[str], mentions: list[Mention], mention: Mention) -> str | None:
    """The item paired with `mention` in an "X and Y ... A and B, respectively" construction."""
    same = [m for m in mentions if m.measure is mention.measure]
    if len(items) == len(same) > 1:
        return items[same.index(mention)]
    return None
