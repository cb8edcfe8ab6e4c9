"""The flow a figure's construction states, where its nearest flow word does not decide: a listed flow
("exports and imports rose 5.1 and 2.3 percent, respectively"), the whole a share is part of, what a rank ranks,
the flow a rate is "a gain in", the part of a sum a flow made up, the gap between what an economy buys and sells."""

from __future__ import annotations

import re

from tradefacts.extract.rules.flows import FLOW_RE, RESPECTIVELY, respectively
from tradefacts.extract.rules.mention import LIST_GAP, Mention, figures_between
from tradefacts.extract.rules.ranks import list_head
from tradefacts.extract.rules.scope import EXCESS_BY
from tradefacts.extract.text import PERCENT_WORD
from tradefacts.schemas import Flow, Measure

# one flow as an item of a list: "total trade, exports and imports"; "imports and exports, exports and imports":
# Chinese reporting's idiom for total trade is one item
_FLOW_ITEM = re.compile(
    r"\b(?:(?P<total>(?:total|foreign|two-way)\s+trade|trade|imports\s+and\s+exports)|(?P<exports>exports|shipments)|"
    r"(?P<imports>imports|purchases)|(?P<balance>(?:trade\s+)?(?:surplus|deficit|balance)))\b",
    re.IGNORECASE,
)


_SHARE_OF = re.compile(  # "44.3 percent of Anhui's total imports and exports": Chinese reporting's total trade
    rf"\s*{PERCENT_WORD}?\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    r"(?:(?P<total>imports\s+and\s+exports|exports\s+and\s+imports|(?:foreign|external|overall|total)\s+trade)|"
    r"(?P<exports>exports|shipments)|(?P<imports>imports|purchases))\b",
    re.IGNORECASE,
)


def _share_of_flow(sentence: str, mention: Mention) -> Flow | None:
    """"taking 11.9% of exports and supplying 21.4% of imports": a share's flow is the whole it is part of."""
    whole = _SHARE_OF.match(sentence, mention.end) if mention.measure is Measure.share else None
    return Flow(whole.lastgroup) if whole and whole.lastgroup else None


_RANKED_AS = re.compile(
    # "first place among Germany's trading partners", "first place among the destinations", "second among America's
    # trading partners", "the largest U.S. trading partner"
    r"[\s-]*(?:[\w-]+\s+|(?-i:[A-Z]\.){2,3}\s+|"
    r"(?:(?:place|spot|position)\s+)?among\s+(?:the\s+|[\w.-]+['’]s\s+)){0,2}?"
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
    if _AMONG_REGIONS.match(sentence, mention.end) and not FLOW_RE.search(
        sentence, max(0, mention.start - 120), mention.start
    ):  # "Jiangxi stood 17th among the country's 31 provincial-level regions": ranked by trade (not "Exports of farm
        return Flow.total  # products were ..., ranking first among all provinces")
    ranked = _RANKED_AS.match(sentence, mention.end)
    if ranked and _WORLD_RANK.search(sentence, max(0, mention.start - 12), mention.start) and (
        trader := _AS_TRADER.fullmatch(ranked.group().split()[-1])
    ):  # "the world's largest buyer of LNG": what the economy itself buys, not a market for its goods
        return Flow(trader.lastgroup)
    if ranked and ranked.lastgroup == "exports" and _WITH_TOTAL_AFTER.match(sentence, ranked.end()):
        return Flow.total  # "Africa remained Yiwu's largest market, with imports and exports of 493.9 ...": by trade
    return Flow(ranked.lastgroup) if ranked and ranked.lastgroup else None


_WITH_TOTAL_AFTER = re.compile(
    r",\s+with\s+(?:total\s+|combined\s+)?(?:imports\s+and\s+exports|trade)\s+(?:of|worth)\b"
)
_PART_OF_FLOW = re.compile(
    r"\s+(?:yuan|dollars|euros)?\s*(?:of\s+(?:the\s+|its\s+|their\s+|[\w.-]+['’]s\s+)?(?:total\s+)?"
    r"(?P<flow>exports|imports)\b(?!\s+(?:and|&)\s)|in\s+(?P<bought>purchases|imports)\s+from\b)", re.IGNORECASE)
_AMONG_REGIONS = re.compile(r"(?:\s+place)?\s+among\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:provincial-level\s+)?"
                            r"(?:regions|provinces|cities|municipalities)\b", re.IGNORECASE)
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
    if len(run) < 2:  # "the city's imports and exports with ASEAN, the EU and the US were ...": total trade
        return _flows_after(sentence, mention, mentions)
    flows = [Flow(w.lastgroup) for w in run if w.lastgroup]
    # "exports and imports were $36.9bn and $51.0bn, respectively, as compared to $41.4bn and $60.9bn in
    # February 2024": each list of figures after the flows is distributed over them
    after = figures_between(mentions, run[-1].end(), mention.end + _LIST_REACH)
    listed = _list_of(sentence, mention, after, len(flows))
    item = respectively(flows, listed, mention)
    return Flow(item) if item else None


def _flows_after(sentence: str, mention: Mention, mentions: list[Mention]) -> Flow | None:
    """"supplied 39.1 percent and 32.9 percent of the nation's exports and imports, respectively": the flow in the
    figure's position, where the flows follow the figures."""
    resp = RESPECTIVELY.search(sentence, mention.end, mention.end + 200)
    words = list(_FLOW_ITEM.finditer(sentence, mention.end, resp.start())) if resp else []
    run = words[:1]
    for word in words[1:]:
        if not LIST_GAP.fullmatch(sentence, run[-1].end(), word.start()):
            break
        run.append(word)
    if len(run) < 2:
        return None
    flows = [Flow(w.lastgroup) for w in run if w.lastgroup]
    same = [m for m in figures_between(mentions, max(0, mention.start - _LIST_REACH), run[0].start())
            if m.measure is mention.measure][-len(flows):]
    item = respectively(flows, same, mention) if mention in same else None
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
    r"\s*(?:(?:per\s*cent|pc\b|percent|%|billion|million|trillion|bn|mn)\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:(?:up|down)\s+)?"
    r"(?:US\$|USD\s*|[A-Z]{0,2}\$|[€£¥₹₩]|Rs\.?\s*)?",
    re.IGNORECASE,
)


# "outpacing a 13.8 percent gain in exports": the flow the rate is of, written after it
_RATE_IN = re.compile(  # "the 3.4-percent fall in purchases"
    rf"(?:\s*|-){PERCENT_WORD}?\s+(?:gain|rise|increase|drop|fall|decline|jump|growth|slump|plunge|surge|dip|"
    r"contraction|expansion)\s+in\s+",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z-]+\s+", re.IGNORECASE)


def _rate_in_flow(sentence: str, mention: Mention) -> Flow | None:
    """The flow a rate is "a rise in", at most two words on: "a 0.9% rise in services imports"."""
    if (rate := _RATE_IN.match(sentence, mention.end)) is None:
        return None
    at = rate.end()
    for _ in range(3):
        if (named := FLOW_RE.match(sentence, at)) and named.lastgroup:
            return Flow(named.lastgroup)
        if (word := _WORD.match(sentence, at)) is None:
            return None
        at = word.end()
    return None


_EITHER_WAY = re.compile(r"\b(?:imported|exported)\s+(?:(?:into|from|to)\s+)?(?:or|and)\s+(?:exported|imported)\b",
                         re.IGNORECASE)
_BOTH_WAYS = re.compile(r"\bimport(?:s|ed|ing)?\s+(?:and|or)\s+export(?:s|ed|ing)?\b", re.IGNORECASE)


# "At 22.2 billion euros ($23.92 billion), December's trade surplus was ...": figures that open the sentence before
# their subject
AT_SUBJECT = re.compile(r"\s*At\s+(?:about\s+|around\s+|some\s+|a\s+record\s+)?[^,;()]{1,40}(?:\([^()]{1,40}\))?,\s+")


def refined_flow(sentence: str, mention: Mention, mentions: list[Mention]) -> Flow | None:
    """The flow the figure's construction states, if any: a listed flow, a share's whole, a rank's kind, the
    flow a rate is "a gain in", the gap between what an economy buys and sells, the subject after "At <figure>,"."""
    if (at := AT_SUBJECT.match(sentence)) and mention.end <= at.end() and (
        subject := FLOW_RE.search(sentence, at.end(), at.end() + 40)
    ) and subject.lastgroup:
        return Flow(subject.lastgroup)
    if mention.measure is Measure.value and _BALANCE_NOUN_AFTER.match(sentence, mention.end):
        return Flow.balance  # "which left the country with a $9.73 billion trade surplus": the noun the figure sizes
    if mention.measure is Measure.value and (source := _FLOW_SOURCE_AFTER.match(sentence, mention.end)):
        # "22.12 trillion yuan came from exports, ... and 15.19 trillion yuan from imports": the flow the part of a
        # sum came from
        if source.group("out") or source.group("in"):
            return Flow.exports if source.group("out") else Flow.imports
        return Flow((source.group("flow") or source.group("bare").split()[0]).lower())
    if mention.measure is Measure.value and (part_of := _PART_OF_FLOW.match(sentence, mention.end)):
        # "market procurement trade carried 1,809.4 hundred million yuan of Yiwu's exports": the part of the flow it
        # names; "against $16.3 billion in purchases from it": imports
        word = (part_of.group("flow") or part_of.group("bought")).lower()
        return Flow.imports if word in ("imports", "purchases") else Flow.exports
    if mention.measure is Measure.value and _EITHER_WAY.search(sentence, mention.end, mention.end + 90):
        return Flow.total  # "Goods worth 16.01 trillion yuan ... were imported into or exported from the region"
    if mention.measure is Measure.count and _BOTH_WAYS.search(sentence, mention.end, mention.end + 120):
        return Flow.total  # "48,000 private firms engaged in importing and exporting": firms that trade both ways
    listed = _listed_flow(sentence, mention, mentions)
    if listed or (listed := _share_of_flow(sentence, mention) or _rank_flow(sentence, mention, mentions)):
        return listed
    if _GAP_BETWEEN.search(sentence, max(0, mention.start - 250), mention.start) or (
        mention.measure is Measure.value and EXCESS_BY.search(sentence, max(0, mention.start - 80), mention.start)
    ):
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
