"""Which flow a figure measures: the nearest flow word ("shipments", "brought in", "deficit"), and where it does
not say, a list distributed by "respectively", the whole a share is part of, what a rank ranks; the segment
(enterprise type, trade mode) named before a figure."""

from __future__ import annotations

import re

from tradefacts.extract.rules.mention import GAP_VERBS, LIST_GAP, Mention, figures_between
from tradefacts.extract.rules.product_names import ASIDE_WORDS, SEGMENT_WORDS
from tradefacts.extract.rules.ranks import list_head
from tradefacts.extract.scan import Anchored
from tradefacts.schemas import Flow, Measure

_THEN_TO = r"[^,.;]{1,40}?\sto\s"  # "from China to Vietnam": the goods' origin, then their destination
# money right after "brought in" with no goods after it ("brought in $42.6 billion as output rose"): earnings
_EARNINGS = (  # "$42.6 billion", "69.16 billion dollars": money, not goods bought ("$5 billion of goods from")
    r"\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?(?:(?:US\$|[A-Z]{1,2}\$|[$€£¥])"
    r"(?>[\d.,]+(?:\s*(?:trillion|billion|million|bn|mln))?)|(?>[\d.,]+\s+(?:trillion|billion|million)?\s*)"
    r"(?:(?:US\s+)?dollars|yuan|euros|yen|pounds|won|rupees)\b)"
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
        r"trad(?:e|ing|ed(?=\s+goods\b))(?!\s+(?:partners?|nations?|powers?|hubs?|rules|gap|surplus|deficit|balance|"
        r"truce|wars?|talks|deals?|tensions|polic(?:y|ies)|disputes?|pacts?|negotiations|frictions|ministers?|"
        r"ministry|ministries|department|representative|organi[sz]ation|commission|officials?))|"
        r"(?<!export\s)(?<!import\s)(?<!exports\s)(?<!imports\s)turnover",  # "export turnover": exports
    ),
    (
        Flow.balance,
        r"trade\s+(?:surplus(?:es)?|deficits?|balances?|gaps?)|surplus(?:es)?|deficits?|gaps?\s+(?:in|with|between)|"
        r"net\s+(?:[a-z-]+\s+){0,2}?exports|"  # "China's net steel exports came to 9.48 million tons": the balance
        r"shortfalls?|(?<=\sin\sthe\s)(?:red|black)\b|(?<=services\s)gaps?|(?<=goods\s)gaps?|(?<=merchandise\s)gaps?|(?<=bilateral\s)gaps?|(?:(?<=the\s)|(?<=monthly\s)|(?<=annual\s)|(?<=overall\s)|(?<=combined\s)|(?<=total\s))gap"
        rf"(?=\s+(?:ha[ds]\s+)?(?:{GAP_VERBS})\b)",
    ),
    (
        Flow.exports,
        r"export(?:s|ed|ing|ers?)?(?!\s+(?:hub|gateway|centre|center|base|price)s?\b)|out(?:bound|ward)\s+(?:shipments|sales|deliveries|goods|ones)|overseas\s+sales|shipments\s+abroad|(?<!value\sof\sthe\s)shipments(?!\s+from)|shipped|"
        r"sales\s+(?:of\s+(?:[\w'’.-]+\s+){1,5}?)?(?:to|abroad|overseas)\b|sales\s+there\b|sold|sent\s+(?:abroad|overseas|to)|(?<!that\s)(?<!which\s)(?<!once\s)went\s+(?:abroad|overseas|to)|sent(?=\s+(?:[\w.%-]+\s+){0,3}?(?:goods|products)\s+(?:abroad|overseas|to)\b)|(?:leaving|left)\s+the\s+country|"
        r"earned|earning|fetched|fetching|bound\s+for|"  # "coal earned"
        r"(?<=[a-z.]-)bound(?=\s+(?:goods|shipments|exports|cargoes|sales|deliveries|trade)\b)|"  # "U.S.-bound goods"
        r"(?:deliveries|cargoes)\s+to\b|"  # "Deliveries to the euro zone totalled"
        # "72.9 billion euros of goods going to other EU member states", "goods headed overseas"
        r"(?:(?<=goods\s)|(?<=products\s))(?:going|headed|heading)\s+to\b|(?:going|headed|heading)\s+(?:abroad|overseas)|"
        rf"brought\s+in(?={_EARNINGS})|"  # "Crude oil brought in $42.6 billion": what the goods earned
        rf"shipments(?=\s+from{_THEN_TO})|(?<=services\s)credits",  # "shipments from China to Vietnam": China's
    ),
    (
        Flow.imports,
        r"import(?:s|ed|ing|ers?)?(?!\s+prices?\b)|in(?:bound|ward)\s+(?:shipments|purchases|deliveries|cargoes|goods|ones)|"
        r"(?<!exports\s)(?<!sales\s)(?<!shipments\s)brought\s+in(?:to\s+the\s+(?:country|nation|economy))?|"
        r"(?:came|coming|comes|come)\s+into\s+the\s+(?:country|nation|economy)|(?<!whose\s)purchases\s+(?:from|of)|(?<!its\s)(?<!their\s)(?<!whose\s)purchases|bought|purchased|buying\s+from|supplied|"
        rf"supplying|(?:shipments|cargoes|deliveries|supplies)\s+from(?!{_THEN_TO})(?!\s+the\s+world['’]s)|arrivals|"
        r"(?:arrived|arriving)(?=\s+from\b)|intake|"  # "15.86 million tons arrived from the Southeast Asian country",
        # "China's copper concentrate intake from Indonesia"
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
                                   "inbound", "inward", "outward", "brought", "purchase", "bought", "buying", "suppl",
                                   "cargoes", "deliveries", "earn", "fetch", "arriv", "intake", "gap", "shortfall",
                                   "sent", "credits", "debits", "bound", "leaving", "left", "went", "paid", "spent",
                                   "net", "bill", "red", "black", "spending", "outlays", "expenditure", "came",
                                   "coming", "comes", "come", "going", "head"])  # fmt: skip
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
    # "the trade deficit, the amount by which imports exceed exports, was": a definition of the figure's noun
    r"|,\s+(?:or\s+)?the\s+(?:amount|difference|margin|excess|gap)\s+(?:by\s+which|between|of)\b[^,;]*$",
    re.IGNORECASE,
)


# "..., down 4.2 percent as lower coal prices dragged on import values, and made up 36 percent": a reason clause
_REASON_OPEN = re.compile(
    r"\b(?:as|because|amid)\s+(?!(?:of|well|much|many|far|long|soon|part|an?)\b)[^,;:]*$",  # not "as a new engine"
    re.IGNORECASE,
)


def _in_aside(sentence: str, word: re.Match[str], pos: int) -> bool:
    """Whether the flow `word` sits in an aside or a reason clause opened before it and closed by a comma before
    `pos`."""
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


_EARNINGS_AFTER = re.compile(_EARNINGS, re.IGNORECASE)
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
    if flow is Flow.imports:  # the window ends at the figure, where "brought in"'s look at its money cannot reach
        word = [m for m in FLOW_RE.finditer(sentence, max(window_start, pos - 300), pos)][-1:]
        if word and word[0].group().lower().startswith("brought") and _EARNINGS_AFTER.match(sentence, word[0].end()):
            return Flow.exports  # "Crude oil brought in $42.6 billion"
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


def _after_comma(sentence: str, pos: int) -> bool:
    """Whether a comma, then only spaces, stands right before `pos` (read back over the spaces, not the prefix)."""
    i = pos
    while i > 0 and sentence[i - 1].isspace():
        i -= 1
    return i > 0 and sentence[i - 1] == ","


def _flow_at(sentence: str, pos: int, window_start: int = 0) -> Flow | None:
    before = list(FLOW_RE.finditer(sentence, max(window_start, pos - 300), pos))
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
    if before:
        last = before[-1]
        mode = _TRADE_MODE.search(sentence, max(0, last.start() - 20), last.start())
        if last.lastgroup == Flow.total.value and len(before) > 1 and mode:
            last = before[-2]  # "exports under market procurement trade": the trade is the mode's name
        if last.lastgroup == Flow.total.value and len(before) > 1 and before[-2].lastgroup == Flow.balance.value:
            between = sentence[before[-2].end() : last.start()]
            if len(between) < 40 and not re.search(r"[,;]", between):
                return Flow.balance  # "deficit in goods and services trade widened": the deficit's
        return Flow(last.lastgroup)
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


# one flow as an item of a list: "total trade, exports and imports"; "imports and exports, exports and imports":
# Chinese reporting's idiom for total trade is one item
_FLOW_ITEM = re.compile(
    r"\b(?:(?P<total>(?:total|foreign|two-way)\s+trade|trade|imports\s+and\s+exports)|(?P<exports>exports|shipments)|"
    r"(?P<imports>imports|purchases)|(?P<balance>(?:trade\s+)?(?:surplus|deficit|balance)))\b",
    re.IGNORECASE,
)


_SHARE_OF = re.compile(  # "44.3 percent of Anhui's total imports and exports": Chinese reporting's total trade
    r"\s*(?:per\s*cent|percent|%)?\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?P<total>imports\s+and\s+exports|exports\s+and\s+imports|(?:foreign|external|overall|total)\s+trade)|"
    r"(?P<exports>exports|shipments)|(?P<imports>imports|purchases))\b",
    re.IGNORECASE,
)


def _share_of_flow(sentence: str, mention: Mention) -> Flow | None:
    """"taking 11.9% of exports and supplying 21.4% of imports": a share's flow is the whole it is part of."""
    whole = _SHARE_OF.match(sentence, mention.end) if mention.measure is Measure.share else None
    return Flow(whole.lastgroup) if whole and whole.lastgroup else None


_RANKED_AS = re.compile(
    # "first place among Germany's trading partners", "first place among the destinations"
    r"[\s-]*(?:[\w-]+\s+|(?:(?:place|spot|position)\s+)?among\s+(?:the\s+|[\w.-]+['’]s\s+)){0,2}?"  # "second
    # among America's trading partners"
    r"(?:(?P<total>(?:trading|trade)\s+partner|trader|trading\s+nation)|"
    r"(?P<exports>export\s+(?:market|destination|item|product|commodity|earner)|exporter|buyer|customer|client|market|"
    r"destination|(?:countries|economies|nations)\s+(?:buying|importing)\s+from)|"  # "the biggest customer for German
    # products", "third among the nations buying from the UK": a market
    r"(?P<imports>source\s+of\s+(?:[\w'’.-]+\s+){0,2}?imports|import\s+(?:source|item|product|commodity)|supplier|"
    r"importer|source(?!\s+of)|(?:countries|economies|nations)\s+(?:selling|exporting|shipping)\s+to|"
    r"(?:countries|economies|nations)\s+supplying))s?\b",  # "partners", "the largest source of German imports", "top
    # export item", "first among the countries selling to Germany": a supplier
    re.IGNORECASE,
)


def _rank_flow(sentence: str, mention: Mention, mentions: list[Mention]) -> Flow | None:
    """"China, Japan's biggest trading partner": a rank's flow is what it ranks (partners, markets, suppliers), as
    written at the head of the list it continues ("..., and Austria the second largest")."""
    if mention.measure is not Measure.rank:
        return None
    mention = list_head(sentence, mention, mentions) or mention
    ranked = _RANKED_AS.match(sentence, mention.end)
    if ranked and _WORLD_RANK.search(sentence, max(0, mention.start - 12), mention.start) and (
        trader := _AS_TRADER.fullmatch(ranked.group().split()[-1])
    ):  # "the world's largest buyer of LNG": what the economy itself buys, not a market for its goods
        return Flow(trader.lastgroup)
    return Flow(ranked.lastgroup) if ranked and ranked.lastgroup else None


_WORLD_RANK = re.compile(r"\bworld['’]s\s+$", re.IGNORECASE)
_AS_TRADER = re.compile(r"(?P<imports>buyer|importer)|(?P<exports>supplier|exporter)", re.IGNORECASE)


_LIST_REACH = 400  # how far a list of flows and its figures may stand from a figure: a long sentence stays linear


def _listed_flow(sentence: str, mention: Mention, mentions: list[Mention]) -> Flow | None:
    """"total trade, exports and imports increased by 4.1, 6.5 and 1.5 per cent, respectively": the flow in
    the figure's position."""
    if not RESPECTIVELY.search(sentence, max(0, mention.start - 200), mention.end + 200):
        return None  # "..., respectively, as compared to A and B": a base list after the word takes it too
    words = list(_FLOW_ITEM.finditer(sentence, max(0, mention.start - _LIST_REACH), mention.start))
    run = words[-1:]
    for word in reversed(words[:-1]):
        if not (LIST_GAP.fullmatch(sentence, word.end(), run[0].start()) or _PARTNER_GAP.fullmatch(
                sentence, word.end(), run[0].start())):  # fmt: skip
            break
        run.insert(0, word)
    if len(run) < 2:
        return None  # "the city's imports and exports with ASEAN, the EU and the US were ...": total trade
    flows = [Flow(w.lastgroup) for w in run if w.lastgroup]
    # "exports and imports were $36.9bn and $51.0bn, respectively, as compared to $41.4bn and $60.9bn in
    # February 2024": each list of figures after the flows is distributed over them
    after = figures_between(mentions, run[-1].end(), mention.end + _LIST_REACH)
    listed = _list_of(sentence, mention, after, len(flows))
    item = respectively(flows, listed, mention)
    return Flow(item) if item else None


# "Shipments to euro zone countries and purchases from them", "exports to and imports from Africa": two flows
_PARTNER_GAP = re.compile(r"\s+(?:to|from|with)\s+(?:(?:the\s+)?(?:[\w.'’-]+\s+){1,5}?)?and\s+(?:those\s+|the\s+)?")


def _list_of(sentence: str, mention: Mention, figures: list[Mention], items: int) -> list[Mention]:
    """The figures of `mention`'s measure in the list that holds it (joined by commas or "and") when that list has
    `items` figures; else all the figures of that measure."""
    same = [m for m in figures if m.measure is mention.measure]
    if mention not in same:
        return same
    at = same.index(mention)
    first = last = at
    while first > 0 and _FIGURE_JOIN.fullmatch(sentence, same[first - 1].end, same[first].start):
        first -= 1
    while last + 1 < len(same) and _FIGURE_JOIN.fullmatch(sentence, same[last].end, same[last + 1].start):
        last += 1
    return same[first : last + 1] if last - first + 1 == items else same


_FIGURE_JOIN = re.compile(  # between two figures of one list: "billion and USD", ", "
    r"\s*(?:(?:per\s*cent|percent|%|billion|million|trillion|bn|mn)\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:(?:up|down)\s+)?"
    r"(?:US\$|USD\s*|[A-Z]{0,2}\$|[€£¥₹₩]|Rs\.?\s*)?",
    re.IGNORECASE,
)


# "outpacing a 13.8 percent gain in exports": the flow the rate is of, written after it
_RATE_IN = re.compile(
    r"\s*(?:per\s*cent|percent|%)?\s+(?:gain|rise|increase|drop|fall|decline|jump|growth|slump|plunge|surge|dip|"
    r"contraction|expansion)\s+in\s+(?:[a-z-]+\s+){0,2}?",
    re.IGNORECASE,
)


def _rate_in_flow(sentence: str, mention: Mention) -> Flow | None:
    rate = _RATE_IN.match(sentence, mention.end)
    named = FLOW_RE.match(sentence, rate.end()) if rate else None
    return Flow(named.lastgroup) if named and named.lastgroup else None


_BOTH_WAYS = re.compile(r"\bimport(?:s|ed|ing)?\s+(?:and|or)\s+export(?:s|ed|ing)?\b", re.IGNORECASE)


def refined_flow(sentence: str, mention: Mention, mentions: list[Mention]) -> Flow | None:
    """The flow the figure's construction states, if any: a listed flow, a share's whole, a rank's kind, the
    flow a rate is "a gain in", the gap between what an economy buys and sells."""
    if mention.measure is Measure.value and _BALANCE_NOUN_AFTER.match(sentence, mention.end):
        return Flow.balance  # "which left the country with a $9.73 billion trade surplus": the noun the figure sizes
    if mention.measure is Measure.value and (source := _FLOW_SOURCE_AFTER.match(sentence, mention.end)):
        # "22.12 trillion yuan came from exports, ... and 15.19 trillion yuan from imports": the flow the part of a
        # sum came from
        if source.group("out") or source.group("in"):
            return Flow.exports if source.group("out") else Flow.imports
        return Flow((source.group("flow") or source.group("bare").split()[0]).lower())
    if mention.measure is Measure.count and _BOTH_WAYS.search(sentence, mention.end, mention.end + 120):
        return Flow.total  # "48,000 private firms engaged in importing and exporting": firms that trade both ways
    listed = _listed_flow(sentence, mention, mentions)
    if listed or (listed := _share_of_flow(sentence, mention) or _rank_flow(sentence, mention, mentions)):
        return listed
    if _GAP_BETWEEN.search(sentence, max(0, mention.start - 250), mention.start):
        return Flow.balance
    return _rate_in_flow(sentence, mention)


_CURRENCY_AFTER = r"(?:\s+(?:yuan|dollars?|euros?|pounds?|yen|won|rupees?))?"  # "4.5 billion euro"
# a balance noun the figure's money words modify: "a $9.73 billion trade surplus", "a 4.5 billion euro deficit", "an
# £8.6bn gap"
_BALANCE_NOUN_AFTER = re.compile(  # "ended the month $6.94 billion in the black": a balance too
    rf"{_CURRENCY_AFTER}(?:\s+|-)(?:(?:goods|merchandise)\s+)?(?:trade\s+)?(?:surplus|deficit|shortfall|gap)\b|"
    rf"{_CURRENCY_AFTER}\s+in\s+the\s+(?:black|red)\b",
    re.IGNORECASE,
)
# the flow a part of a sum came from: "15.19 trillion yuan from imports"; the flow a part is named as after it: "of
# which 870 billion yuan was exports to Japan and 960 billion yuan imports from the neighbour"
_FLOW_SOURCE_AFTER = re.compile(
    rf"{_CURRENCY_AFTER}\s+(?:(?:came\s+|coming\s+)?from\s+|(?:was|were)\s+)(?P<flow>imports|exports)\b|"
    rf"{_CURRENCY_AFTER}\s+(?P<bare>imports\s+from|exports\s+to)\b|"
    # "with 70.2 billion euros of goods going to other EU member states": the goods' way out, or in
    rf"{_CURRENCY_AFTER}\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:goods|products)\s+(?:(?P<out>going|headed|heading|sent|shipped|"
    r"bound)\s+(?:to|for|abroad|overseas)|(?P<in>coming|arriving|brought\s+in)\s+from)\b", re.IGNORECASE
)


# "The gap between the value of goods the UK imports and the amount it sells abroad grew to £5.4bn", "the excess
# of imports over exports": the balance
_GAP_BETWEEN = re.compile(
    r"(?:\b(?:gap|difference)\s+between\b[^.;]{0,120}?\b(?:(?:imports?|buys|purchases)\b[^.;]{0,100}?\b(?:exports?|"
    r"sells|sales)|(?:exports?|sells|sales)\b[^.;]{0,100}?\b(?:imports?|buys|purchases))|\bexcess\s+of\s+"
    r"(?:imports\s+over\s+exports|exports\s+over\s+imports))\b(?:[^.;]|\.(?=\d)){0,140}$",
    re.IGNORECASE,
)
