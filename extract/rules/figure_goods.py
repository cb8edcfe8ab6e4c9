"""Which of a sentence's goods phrases a figure takes: the phrase right after it, what it counts, or the phrase
before it, one item of a list where "respectively" distributes it."""

from __future__ import annotations

import bisect
import re
from operator import attrgetter

from tradefacts.extract.rules.flows import FLOW_RE, RESPECTIVELY, flow_at, respectively
from tradefacts.extract.rules.gazetteer import Place
from tradefacts.extract.rules.goods_lists import split_into
from tradefacts.extract.rules.mention import COUNTED_PIECES, VEHICLE_KINDS, Mention, figures_between
from tradefacts.extract.rules.partner_lists import second_list_item
from tradefacts.extract.rules.product_names import HEAD_NOUNS, VERBS
from tradefacts.extract.rules.products import RANKED_ROLES, ProductPhrase, find_products, only_goods
from tradefacts.extract.text import PERCENT_WORD
from tradefacts.schemas import Flow, Measure

# Goods written right after the figure: "55,431 tonnes of rare earths", "a 59.2% plunge in gold imports", "£12.9bn
# on trade in services", "a £16.7bn surplus on services".
_GOODS_AFTER = re.compile(  # "tonnes of rare earths", "top crude oil supplier": the goods right after the figure
    rf"\s+(?:worth\s+)?of\s+|\s+(?:on|for|in)\s+(?:imported\s+|exported\s+|foreign(?:-made)?\s+)?|\s*{PERCENT_WORD}?\s*[a-z-]+\s+(?:in|on)\s+|(?<=top)\s+",
    re.IGNORECASE,
)
# "83.4% of Mexico's non-oil exports", "72 per cent of the country's total soybean imports": the whole of a share
_SHARE_OF_GOODS = re.compile(
    rf"\s*{PERCENT_WORD}?\s+of\s+(?:the\s+)?(?:[\w.-]+['’]s\s+)?(?:total\s+|overall\s+)?", re.IGNORECASE
)
# "the top destination for China's automobile exports", "the second-largest buyer of Australian coal": a rank's goods
_ROLE_END = re.compile(rf"\b{RANKED_ROLES}$", re.IGNORECASE)  # a phrase `find_products` read as a ranked role's
_RANK_OF_GOODS = re.compile(
    r"(?:[-\s](?:largest|biggest))?\s+(?:[\w-]+\s+){0,2}?(?:destination|market|buyer|supplier|source|customer)\s+"
    r"(?:for|of)\s+(?:the\s+)?(?:[\w.-]+['’]s\s+|[A-Z][\w-]+\s+)?",
    re.IGNORECASE,
)
_GOODS_ACRONYM = re.compile(r"\b(?:N?EVs?|ICs|LNG|PV)\b")
_SERVICES_NAMES = frozenset({"services", "goods and services"})
_COUNTED_GOODS = re.compile(
    rf"\b(?:{VEHICLE_KINDS}\s+)?(?:vehicles|cars|automobiles)$|\bN?EVs$|\b(?:{COUNTED_PIECES})$", re.IGNORECASE
)


# "Mechanical and electrical products remained the province's leading exports, worth ...": an owner in the predicate
# "... remained the province's leading exports"; "..., earned China 1.12 trillion yuan": the economy the goods earned
# for, in their predicate
_PREDICATE_OWNER = re.compile(r"\b(?:remained|remains|was|were|is|are|became|stayed|earned|earning|netted|gave)\s+$")
# "Crude oil imports into the province amounted to": where the goods went, after them
_DESTINATION_BEFORE = re.compile(r"\b(?:imports|shipments|arrivals|deliveries)\s+into\s+$", re.IGNORECASE)


# "Semiconductors, South Korea's mainstay export item, led the gains": an apposition naming what the goods are to
# their economy; its owner closes no goods window
_GOODS_ROLE_APPOSITION = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:items?|products?|exports?|categor(?:y|ies)|commodit(?:y|ies)|earners?|staples?|"
    r"mainstays?),",
    re.IGNORECASE,
)


def _owner_in_apposition(sentence: str, place: Place) -> bool:
    return _APPOSITION_OPENING.search(sentence, max(0, place.start - 30), place.start) is not None and (
        _GOODS_ROLE_APPOSITION.match(sentence, place.end) is not None)


_APPOSITION_OPENING = re.compile(r",\s(?:[a-z]+\s){0,2}$")  # ", Korea's ...", ", long Chongqing's ..."


# "Mechanical and electrical goods dominated what the province sold abroad, with exports of": the economy named
# back inside the predicate of goods that open the sentence, not a new subject
_BACK_REFERENCE = re.compile(r"the\s+(?:province|city|country|nation|region|municipality)\b", re.IGNORECASE)
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^|[,;:]|\b(?:while|whereas|but|and|as|with|when)|\.)\s*$", re.IGNORECASE)
_GOODS_OPENING = re.compile(rf"\s*[A-Z][a-z-]+(?:,?\s+(?:and\s+)?[a-z-]+){{0,4}}\s+(?:{HEAD_NOUNS})\s+[a-z]")


def _in_goods_predicate(sentence: str, place: Place) -> bool:
    return bool(_BACK_REFERENCE.match(sentence, place.start) and _GOODS_OPENING.match(sentence)
                and not _CLAUSE_OPENS_BEFORE.search(sentence, max(0, place.start - 12), place.start))


def goods_window(sentence: str, areas: list[Place], mention: Mention) -> int:
    """Where the goods of the figure at `mention` may start: after the last area written before it, but not after a
    demonym that qualifies a noun ("the backbone of Chinese sales to Africa"), an owner in the predicate ("...
    remained the province's leading exports"), a destination ("imports into the province") nor one in an apposition
    on the goods (", Korea's mainstay export item,")."""
    k = bisect.bisect_right(areas, mention.start, key=attrgetter("end"))  # the areas are in text order
    return next((p.start for p in reversed(areas[:k]) if p.kind != "demonym"
                 and not _PREDICATE_OWNER.search(sentence, max(0, p.start - 12), p.start)
                 and not _DESTINATION_BEFORE.search(sentence, max(0, p.start - 20), p.start)
                 and not _in_goods_predicate(sentence, p)
                 and not _owner_in_apposition(sentence, p)), 0)  # fmt: skip


_AFTER_A_FIGURE_AND = re.compile(r"(?:\d|%|\b(?:trillion|billion|million|bn|tons|tonnes|percent))\s+and\s+$")


def _own_flow(sentence: str, phrase: ProductPhrase) -> Flow | None:
    """The flow of a goods phrase: the flow word right after it where the phrase opens a clause ("..., while rare
    earth exports increased", after another clause's "soybean imports"), else the nearest one before its end."""
    for word in FLOW_RE.finditer(sentence, max(0, phrase.start - 12), phrase.end + 20):
        if word.start() <= phrase.start and word.end() >= phrase.end and word.lastgroup:
            return Flow(word.lastgroup)  # "inbound gold shipments": the goods inside their flow's words
    own = FLOW_RE.match(sentence, phrase.end)
    opening = _NEW_CLAUSE.search(sentence, max(0, phrase.start - 10), phrase.start)
    if own is not None and own.lastgroup and (phrase.start == 0 or (opening and opening.end() == phrase.start) or (
            _AFTER_A_FIGURE_AND.search(sentence, max(0, phrase.start - 16), phrase.start))):
        return Flow(own.lastgroup)  # "Petroleum exports reached $24.9 billion and petroleum imports were": imports
    return flow_at(sentence, phrase.end)


def products_for(
    mention: Mention, mentions: list[Mention], phrases: list[ProductPhrase], sentence: str, window_start: int, at: int
) -> list[str | None]:
    """The goods a figure is restricted to: a phrase right after it ("tonnes of rare earths"), what it counts, or
    the phrase before it in its window, one item of it where "respectively" distributes a list. `at` is its index
    in `mentions`."""
    start_of = attrgetter("start")  # the phrases are in order: two bisections find those near the figure
    after = bisect.bisect_left(phrases, mention.end, key=start_of)
    following = phrases[after] if after < len(phrases) and phrases[after].start <= mention.end + 25 else None
    if following and mention.measure is not Measure.share and _GOODS_AFTER.fullmatch(sentence, mention.end,
                                                                                   following.start):
        return list(following.names)  # "55,431 tonnes of rare earths", "105.7 billion yuan of farm goods"
    if mention.measure is Measure.rank and after < len(phrases) and (
        _RANK_OF_GOODS.fullmatch(sentence, mention.end, phrases[after].start)
        or (sentence[mention.end : phrases[after].start].isspace()
            and _ROLE_END.search(sentence, phrases[after].start, phrases[after].end))
    ):  # "the biggest supplier of crude oil", "China's largest crude oil supplier"
        return list(phrases[after].names)
    k = bisect.bisect_left(phrases, mention.start, key=start_of)
    before = phrases[k - 1] if k and phrases[k - 1].start >= window_start else None
    aside = _PART_ASIDE.search(sentence, max(window_start, before.start - 20), mention.start) if before else None
    if aside and aside.start() < before.start < aside.end() <= mention.start:  # "Chip exports, of which memory
        # products made up $15.02 billion, accounted for 32.8 percent": the part's goods are not the whole's
        before = phrases[k - 2] if k > 1 and phrases[k - 2].start >= window_start else None
    if mention.measure is Measure.share and before is None and after < len(phrases) and _SHARE_OF_GOODS.fullmatch(
        sentence, mention.end, phrases[after].start
    ) and not _GOODS_ACRONYM.search(sentence, window_start, mention.start):  # "The US absorbed 83.4% of Mexico's
        # non-oil exports": a share of those goods, when the part names none (not "NEVs accounted for 36.9%")
        return list(phrases[after].names)
    if mention.measure is Measure.quantity:
        counted = _COUNTED_GOODS.search(sentence, mention.start, mention.end)
        if counted and (before is None or _NEW_CLAUSE.search(sentence, before.end, mention.start)):
            return [counted.group().lower()]  # "shipped 4.1 million vehicles": the goods are what is counted, also
            # after another clause's goods ("sales of chips climbed 18.9%, while the country shipped 5.79 million cars")
    if before is None and after < len(phrases) and _AT_FIGURE_OPENING.fullmatch(sentence, 0, mention.start) and (
        _AT_FIGURE_GAP.fullmatch(sentence, mention.end, phrases[after].start)
    ):  # "At $17.26 billion, overseas chip sales were the highest on record": the clause's subject after the figure
        before = phrases[after]
    if before is None:
        return [_counted_before(at, mentions, sentence) or _labelled_goods(sentence, mention.start)]
    phrase = before
    if _GOODS_CONTRAST.search(sentence, phrase.end, mention.start):
        return [None]  # "Services contributed a surplus, while goods ran a shortfall of": goods alone, the new subject
    own_flow = None if set(phrase.names) <= _SERVICES_NAMES else _own_flow(sentence, phrase)
    if own_flow is not None and own_flow != flow_at(sentence, mention.start) and not _NET_BEFORE.search(
        sentence, max(0, phrase.start - 5), phrase.start
    ):  # "services trade deficit": any flow; "net steel exports": the balance of steel
        return [None]  # "..., while imports rose": the product belonged to the exports
    found = RESPECTIVELY.search(sentence, mention.end, mention.end + 400)  # bounded, as the partners' look is
    resp = found.start() if found else -1
    if len(phrase.names) == 1 and resp >= 0 and (item := _gapped_goods(sentence, phrases, phrase, mention, mentions,
                                                                     resp)):
        return [item]  # "exports of A reached X and those of B Y, with growth of a% and b% respectively"
    if len(phrase.names) > 1 and (picked := _picked_items(sentence, phrase, mention, mentions, resp)):
        return picked
    listed = figures_between(mentions, phrase.start, resp)
    same = [m for m in listed if m.measure is mention.measure]
    if resp >= 0 and phrase.whole and len(same) > 1 and len(phrase.names) != len(same):
        phrase.names = split_into(phrase.whole, len(same)) or phrase.names  # "X and Y products and Z products"
    if len(phrase.names) > 1 and resp >= 0:
        item = respectively(phrase.names, listed, mention)
        return [item] if item else list(phrase.names)
    if len(phrase.names) > 1 and (item := second_list_item(sentence, phrase.names, mention, mentions)):
        return [item]  # "declined 4.7 percent and 3.9 percent, respectively, to $3.93 billion and $3.56 billion"
    if phrase.whole and any(len(name.split()) < 2 for name in phrase.names):
        return [phrase.whole]  # "computers and parts", "precious metals and stones": one category
    return list(phrase.names)  # "lithium batteries and wind turbines": each good has the figure


# "exports of labour-intensive products reached 946.7 hundred million yuan and those of mechanical and electrical
# products 903.5 hundred million yuan": goods each written with a figure of its own, joined by "and (those of)"
_GOODS_CHAIN_GAP = re.compile(r"[^;]{0,80}?(?:,\s*|\s+)and\s+(?:those\s+of\s+|that\s+of\s+)?")


def _gapped_goods(sentence: str, phrases: list[ProductPhrase], phrase: ProductPhrase, mention: Mention,
                  mentions: list[Mention], resp: int) -> str | None:
    """The goods of a rate shared out "respectively" over goods each written with a figure of its own: "exports of
    A reached X and those of B Y, with growth of a% and b% respectively" (a% is A's). At most eight goods back."""
    i = bisect.bisect_left(phrases, phrase.start, key=attrgetter("start"))  # a bisection: linear in a long sentence
    while i < len(phrases) and phrases[i] is not phrase:
        i += 1  # past phrases that start where this one does
    if i == len(phrases):
        return None
    chain = [phrase]
    while i > 0 and len(chain) < 8 and len(phrases[i - 1].names) == 1 and _GOODS_CHAIN_GAP.fullmatch(
        sentence, phrases[i - 1].end, chain[0].start
    ) and not any(m.measure is mention.measure for m in figures_between(mentions, phrases[i - 1].end, chain[0].start)):
        # not "Ship exports dropped 4.6 percent ..., and petroleum products ... fell 10.3 percent and 14.1 percent,
        # respectively": goods with a rate of their own are no item of the list shared out
        i -= 1
        chain.insert(0, phrases[i])
    if len(chain) < 2:
        return None
    figures = [m for m in figures_between(mentions, chain[-1].end, resp) if m.measure is mention.measure]
    return respectively([p.names[0] for p in chain], figures, mention) if mention in figures else None


# ", of which memory products made up $15.02 billion, accounted for": an aside on a part, closed before the whole's
# own verb (not ", of which soybeans were 214.9 hundred million yuan, a decrease of 11.7%": the part's rate)
_PART_ASIDE = re.compile(rf",\s+of\s+which\s[^,;]{{1,80}},(?=\s+(?:{VERBS})\b)")
_NEW_CLAUSE = re.compile(r",\s+(?:while|whereas|but|and)\s|;\s")
_GOODS_CONTRAST = re.compile(r",\s+(?:while|whereas|but)\s+goods\b(?!\s*(?:and|&|/)\s*services)", re.IGNORECASE)
_NET_BEFORE = re.compile(r"\bnet\s$", re.IGNORECASE)
# "At 1.07 trillion yuan, up 5.8 per cent, trade in machinery ... made up": figures that open the sentence before
# their subject
_AT_FIGURE_OPENING = re.compile(  # "At a record $173.4 billion, chip exports were up 22.2 percent"
    r"\s*At\s+(?:[^,]{1,40},\s+(?:up|down)\s+(?:by\s+)?)?(?:(?:a|an)\s+(?:new\s+)?(?:record|high|peak|low)\s+(?:of\s+)?)?"
    r"(?:US)?[$€£¥]?"
)
_AT_FIGURE_GAP = re.compile(r"[^,]{0,25},(?:\s+(?:up|down)\s+[^,]{1,40},)?\s+(?:[\w-]+\s+){0,3}?")


# "with the first two rising 22.4 percent and 9.6 percent respectively while the last fell 14.3 percent": items of
# the list named before, picked by their place in it
_PICK = re.compile(
    r"\bthe\s+(?P<pick>first\s+two|first\s+three|last\s+two|former|latter|first|second|third|last)\b(?!\s+(?:half|quarter|"
    r"months?|time|year))",
    re.IGNORECASE,
)
_PICKED = {"first two": slice(0, 2), "first three": slice(0, 3), "last two": slice(-2, None), "former": slice(0, 1),
           "first": slice(0, 1), "second": slice(1, 2), "third": slice(2, 3), "latter": slice(-1, None),
           "last": slice(-1, None)}  # fmt: skip


def _picked_items(
    sentence: str, phrase: ProductPhrase, mention: Mention, mentions: list[Mention], resp: int
) -> list[str | None] | None:
    """The items of the list `phrase` that the words before the figure pick ("the first two ... respectively", "the
    last"), the figure's own where "respectively" distributes the picked ones; None where no words pick."""
    picks = list(_PICK.finditer(sentence, phrase.end, mention.start))  # bounded by the phrase and the figure
    if not picks:
        return None
    chosen = phrase.names[_PICKED[" ".join(picks[-1]["pick"].lower().split())]]
    if len(chosen) == 1:
        return [chosen[0]]
    if not chosen:
        return None
    after = figures_between(mentions, picks[-1].end(), resp if resp >= 0 else None)
    same = [m for m in after if m.measure is mention.measure][: len(chosen)]  # "the first two up 45.3 and 30.1%"
    return [item] if (item := respectively(chosen, same, mention)) else None


_RATE_GAP = re.compile(r"[^;:]{0,80}")  # between a count and its rates: no clause of its own ("while", "but")
_COUNT_CLAUSE_ENDS = re.compile(r"\b(?:while|whereas|but|and\s+(?:exports|imports|shipments|sales))\b", re.IGNORECASE)


def _counted_before(at: int, mentions: list[Mention], sentence: str) -> str | None:
    """The vehicles a count just before a figure counted: "exported 728,000 vehicles last month, up 21.4 percent
    year-on-year and 3.2 percent from March", "1.06 million vehicles ..., worth 118.5 billion yuan" (the same
    vehicles'). Not a rank: "... vehicles abroad, extending its lead as the world's largest car exporter"."""
    if mentions[at].measure in (Measure.quantity, Measure.rank):
        return None
    for k in range(at - 1, max(-1, at - 4), -1):  # back over at most three figures
        prior = mentions[k]
        gap = sentence[prior.end : mentions[k + 1].start]
        if not _RATE_GAP.fullmatch(gap) or _COUNT_CLAUSE_ENDS.search(gap):
            return None
        if prior.measure is Measure.quantity:
            counted = _COUNTED_GOODS.search(sentence, prior.start, prior.end)
            return counted.group().lower() if counted else None
    return None


# "- integrated circuits: 1.16 trillion yuan, up 22.6 percent;": a list line labelled with its goods
_GOODS_LABEL = re.compile(r"^\s*(?:[-–•*]\s*)?(?P<label>[a-z][a-z ,'-]{1,60}?):\s")


def _labelled_goods(sentence: str, at: int) -> str | None:
    """The goods of a list line that opens with their name and a colon, for a figure after the colon."""
    if not (label := _GOODS_LABEL.match(sentence)) or label.end() > at:
        return None
    return only_goods(find_products(f"exports of {label.group('label')} rose"))
