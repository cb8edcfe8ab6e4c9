"""The article's frame from its headline and opening: the economy it is about, the other side of a pair it
names, and the goods a sector story is about."""

from __future__ import annotations

import re
from itertools import pairwise

from tradefacts.extract.rules.attribution import EVENT_IN, POLICY_WORDS, Places, classify_places
from tradefacts.extract.rules.flows import FLOW_RE
from tradefacts.extract.rules.gazetteer import Place, country_of, find_places
from tradefacts.extract.rules.goods_frame import VEHICLE_NAMES
from tradefacts.extract.rules.products import find_products, only_goods
from tradefacts.extract.rules.sources import AGENCIES, publisher_place
from tradefacts.schemas import Flow

_POLICY_AFTER = re.compile(  # in a headline: "race US tariff deadline", "US curbs", "EU trade talks"; "as US
    # orders hold firm", "on Chinese demand": a buyer, not the subject
    rf"\s+(?:{POLICY_WORDS}|curbs|export\s+controls|trade\s+(?:war|talks|deal|policy)|orders|demand|buyers|buying)\b",
    re.IGNORECASE,
)
_WIRE_SLUG = re.compile(r"^(?:TABLE|UPDATE \d+|FACTBOX|EXCLUSIVE|ANALYSIS|WRAPUP \d*)\s*-\s*")


_PAIR_SEP = re.compile(r"^(?:-|–)$|^\s+(?:and|&)\s+$")  # "China-Russia", "China and Russia"; not "TOKYO - Japan"


def frame_partner(title: str | None, area: str | None) -> str | None:
    """The other side of a pair the headline names ("China-Russia trade hits record", "China's trade with Belt and
    Road partners"): the partner of the article's "bilateral trade" and of its figures that name no place."""
    title = _headline(title) if title else None
    places = [p for p in find_places(title or "") if p.kind != "demonym"]
    for first, second in pairwise(places):
        if _PAIR_SEP.match((title or "")[first.end : second.start]) and area in (first.name, second.name):
            return second.name if first.name == area else first.name
    with_partner = _TRADE_WITH.search(title or "")  # "China's Trade With Belt and Road Partners Tops Half"
    if with_partner is None:
        return None
    after = [p for p in places if p.start >= with_partner.end()]
    # one partner, not a list ("China's July trade with U.S., EU, ASEAN and Japan")
    return after[0].name if len(after) == 1 and after[0].start == with_partner.end() and after[0].name != area else None


_TRADE_WITH = re.compile(r"\btrade\s+with\s+(?:the\s+)?", re.IGNORECASE)


# "Russia stays China's top crude supplier", "Brazil remains China's biggest soybean source": the owner's imports
# (a supplier) or exports (a market, a buyer) of the goods between, ranked
_OWNER_ROLE = re.compile(
    r"['’]s\s+(?:top|biggest|largest|leading|main|no\.\s*\d|(?:second|third|fourth|fifth)(?:[-\s](?:largest|biggest))?)"
    r"\s+(?P<goods>(?:[\w-]+\s+){0,3}?)(?:(?P<imports>supplier|source)|(?P<exports>market|buyer|customer|destination))s?\b",
    re.IGNORECASE,
)


_CLAUSE_BREAK = re.compile(r";|\s(?:as|while|but|amid)\s", re.IGNORECASE)
# the same, but for an "as" before an owner's role: "Russia keeps its place as India's top crude supplier"
_CLAUSE_BREAK_BEFORE_ROLE = re.compile(r";|\s(?:as(?!\s+[\w.-]+['’]s\s)|while|but|amid)\s", re.IGNORECASE)


def _main_clause(title: str, breaks: re.Pattern[str] = _CLAUSE_BREAK) -> str:
    """The headline's main clause: "... imports hit record as mills ship more steel abroad"."""
    return breaks.split(title, maxsplit=1)[0]


def _owner_role(title: str) -> re.Match[str] | None:
    """A ranked supplier or market of a named owner in a headline's main clause that names no flow of its own
    ("Russia keeps its place as India's top crude supplier": the "as" opens no clause)."""
    main = _main_clause(title, _CLAUSE_BREAK_BEFORE_ROLE)
    return None if FLOW_RE.search(main) else _OWNER_ROLE.search(main)


# "China takes 9.3% more Brazilian soybeans in June": a buyer's verb, the goods it bought
_BOUGHT_GOODS = re.compile(
    r"\b(?:takes|took|buys|bought)\s+(?:[\d.]+\s*%\s+(?:more|less|fewer)\s+(?:[A-Z][\w.-]*\s+)?|(?:record|more|less|fewer)\s+"
    r"[A-Z][\w.-]*\s+|record\s+)"
    r"(?P<goods>[a-z][a-z-]+(?:\s+(?!in\b|from\b|as\b|at\b|of\b|on\b|to\b)[a-z][a-z-]+)?)\b"
)


# "China ships over 7 million vehicles abroad as NEV exports more than double": the goods it sent abroad
_SENT_GOODS = re.compile(
    r"\b(?:ships|shipped|sends|sent|sells|sold)\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|a\s+record\s+)?"
    r"[\d.,]+\s*(?:million|mln|m|billion|bn|thousand)?\s+(?P<goods>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+(?:abroad|overseas)\b"
)


def _bought_goods(title: str) -> str | None:
    """The goods a headline's main clause says its economy bought, or sent abroad, where it names no flow word."""
    main = _main_clause(title)
    found = (_BOUGHT_GOODS.search(main) or _SENT_GOODS.search(main)) if FLOW_RE.search(main) is None else None
    return only_goods(find_products(f"imports of {found.group('goods')} rose")) if found else None


def title_product(title: str | None) -> str | None:
    """The goods a sector story is about, when its headline's first flow is theirs ("China's car exports top
    6.4m", "NEV exports hit monthly high") or they name its ranked supplier ("Russia stays China's top crude
    supplier"): the figures that name no goods are theirs."""
    title = _headline(title or "")
    if bought := _bought_goods(title):
        return bought  # "China takes 9.3% more Brazilian soybeans in June"
    if role := _owner_role(title):  # the goods of a market read as those of a supplier ("top iron ore market")
        return only_goods(find_products(f"the top {role.group('goods').strip()} supplier"))
    flow = FLOW_RE.search(title)
    main = _main_clause(title)
    if flow is None:
        return _trader_goods(main)  # "Chinese Steel Exporters Head for Record Year": the traders' goods
    if len({m.lastgroup for m in FLOW_RE.finditer(main)} - {Flow.total.value}) > 1:
        return None  # "Gold, silver imports swell Jan trade deficit": the whole trade's story
    places = find_places(title)
    phrases = find_products(title)
    own = [
        p
        for p in phrases
        if p.start <= flow.start() <= p.end + 1 and len(p.names) == 1 and not any(
            q.start < p.end and p.start < q.end
            and ((q.kind == "demonym" and not _AFTER_OWNER.search(title, 0, q.start) and q.start > p.start)
                 or q.kind not in ("country", "demonym")
                 or set(title[q.start : q.end].lower().split()) & set(p.names[0].split()))
            for q in places
        )  # "New Zealand exports": a place, not goods; "China's US soybean imports" are soybeans
    ]  # fmt: skip
    if own and not _drives_another_flow(title, main, flow.end()) \
            and not _CAUSING.search(title, own[0].start, flow.start()) and not _WHOLE_BALANCE.search(title, len(main)):
        # not "Record chip shipments lift Korea's exports", "Chip boom lifts Sept. exports": the goods drive all
        # exports; not "US-bound car exports tumble as Japan's trade gap shrinks": the story is the whole trade's
        return own[0].names[0]
    # "Overseas shipments keep China in pole position as top vehicle exporter": the goods of the ranked trader
    return _trader_goods(title)


def _drives_another_flow(title: str, main: str, after: int) -> bool:
    """Whether the goods' flow drives a flow named after it: "Chip shipments lift Korea's exports", "Car sales to
    the US revive, lifting Japan's October exports"."""
    verb = _CAUSING.match(title, after)
    if verb and FLOW_RE.search(main, verb.end(), verb.end() + 40):
        return True
    then = _CAUSING_AFTER.search(title, after)
    return bool(then and FLOW_RE.search(title, then.end(), then.end() + 40))


def _trader_goods(text: str) -> str | None:
    """The goods of the one trader a headline names ("top vehicle exporter", "Chinese Steel Exporters")."""
    traders = [p for p in find_products(text) if len(p.names) == 1 and _TRADER_END.search(text, p.start, p.end)]
    if not traders and (named := _GOODS_TRADERS.search(text)):  # "Chinese Steel Exporters", no rank before them
        traders = find_products(f"the top {named.group('goods').lower()} supplier")
    return only_goods(traders)


_GOODS_TRADERS = re.compile(
    r"\b(?P<goods>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:Exporters|Importers|exporters|importers)\b"
)


_CAUSING = re.compile(
    r"\s+(?:lift|boost|drive|push|extend|help|propel|power|fuel|send|spur|buoy|drag|pull|dent|carry|underpin)"
    r"(?:s|es|ies)?\b",
    re.IGNORECASE,
)
# "Car sales to the US revive, lifting Japan's October exports": the goods' flow drove the economy's
_CAUSING_AFTER = re.compile(
    r",\s+(?:lifting|boosting|driving|pushing|extending|helping|propelling|powering|fuell?ing|sending|spurring"
    r"|buoying|dragging|pulling|denting|carrying|underpinning)\b",
    re.IGNORECASE,
)
# "as Japan's fiscal first-half trade gap shrinks": a clause on an economy's whole balance
_WHOLE_BALANCE = re.compile(  # "as Japan runs a fiscal 1st-half trade gap": the same
    r"(?:['’]s|\s+(?:runs?|posts?|records?|logs?|reports?|has)\s+an?)\s+(?:[\w.-]+\s+){0,3}?(?:trade\s+)?"
    r"(?:gap|deficit|surplus|shortfall)\b",
    re.IGNORECASE,
)
_BALANCE_AFTER = re.compile(r"\s+(?:[\w.-]+\s+){0,2}?(?:trade\s+)?(?:gap|deficit|surplus|shortfall)\b", re.IGNORECASE)
_TRADER_END = re.compile(r"\b(?:exporter|importer|buyer|supplier)s?$", re.IGNORECASE)


# what the lead's verb bought or sold: "bought no American sorghum in November", "imported more Brazilian soybeans"
_LEAD_OBJECT = re.compile(
    r"\s+(?:(?:no|more|less|fewer|any|record)\s+)?(?:[A-Z][a-z]+\s+)?(?P<goods>(?-i:[a-z][a-z-]+)(?:\s+(?-i:[a-z][a-z-]+))?)"
)
_NOT_GOODS = frozenset("goods products of from in to for than the a an".split())


_VEHICLE_WORD = re.compile(rf"\b(?:{'|'.join(sorted(n for n in VEHICLE_NAMES if n.endswith('s')))})\b", re.IGNORECASE)


def _lead_vehicle_word(lead: str, topic: str) -> str | None:
    """The lead's own word for the headline's vehicles: "China shipped 652,000 vehicles abroad" under "China's car
    exports set record" (the story's figures are vehicles, the lead's word)."""
    if topic.lower() not in VEHICLE_NAMES:
        return None  # not "commercial vehicle", whose lead's "vehicles" are the same class
    word = _VEHICLE_WORD.search(lead)
    return word.group().lower() if word else None


def story_goods(title: str | None, lead: str, headline_flow: Flow | None) -> tuple[bool, str | None]:
    """Whether the story is on what its economy buys, and the goods it is about, from the headline and the lead's
    first sentence. The lead names the goods in the text's words ("auto exports" under "China's vehicle exports
    ..."); a headline with no flow ("China Skips US Sorghum Again") leaves the flow to the lead ("China bought no
    American sorghum ..."), whose goods are the story's where the headline names them too."""
    first = re.split(r"(?<=[.!?])\s", lead)[0]
    untitled = FLOW_RE.search(title or "") is None
    flow = FLOW_RE.search(first) if untitled else None
    lead_flow = title_flow(first) if flow else None
    headline_topic = title_product(title)
    topic = headline_topic and (title_product(first) or _lead_vehicle_word(first, headline_topic) or headline_topic)
    if topic is None and flow and lead_flow and (goods := _LEAD_OBJECT.match(first, flow.end())):
        words = goods.group("goods").split()
        topic = next((" ".join(words[:n]) for n in (2, 1) if len(words) >= n and not _NOT_GOODS & set(words[:n])
                      and re.search(rf"\b{re.escape(' '.join(words[:n]))}\b", title or "", re.IGNORECASE)), None)
    if (topic is None and sum(1 for _ in FLOW_RE.finditer(first)) == 1 and (lead_goods := title_product(first))
            and _named_apart(title or "", lead_goods) and not _lead_cause(first, lead_goods)):  # fmt: skip
        topic = lead_goods  # "Brazil takes 52% of China's beef market ..." over "Chinese beef imports dropped 2.5%
        # ...": the lead's one flow is in goods the headline names away from a flow (not "car shipments sink"), not
        # a cause of another ("A slump in car shipments ... dragged Japan's exports lower")
    return (headline_flow or lead_flow) is Flow.imports, topic


def _lead_cause(first: str, goods: str) -> bool:
    """Whether the lead's goods are a cause's ("A slump in car shipments ... dragged Japan's exports lower")."""
    found = re.search(rf"\b(?:in|of|for|from|on)\s+(?:[\w-]+\s+)?{re.escape(goods)}\b", first, re.IGNORECASE)
    return found is not None


def _named_apart(title: str, goods: str) -> bool:
    """Whether the headline names the goods, and never as the goods of a flow ("Gold imports push ... deficit")."""
    found = list(re.finditer(rf"\b{re.escape(goods)}\b", title, re.IGNORECASE))
    return bool(found) and not any(FLOW_RE.match(title, m.end() + 1) for m in found)


_AFTER_OWNER = re.compile(r"['’]s\s+$")  # "China's Russian oil imports": the demonym after an owner is an origin


def title_flow(title: str | None) -> Flow | None:
    """Exports or imports, when the headline names one of them and not the other ("Exports extend growth run")."""
    if role := _owner_role(title or ""):
        return Flow(role.lastgroup)  # "Russia stays China's top crude supplier as Saudi shipments slide": imports
    if _bought_goods(_headline(title or "")):
        return Flow.imports  # "China takes 9.3% more Brazilian soybeans in June"
    title = title or ""
    if (cause := _CAUSE_IN_TITLE.search(title)) and _BALANCE_IN_TITLE.search(title, 0, cause.start()):
        title = title[: cause.start()]  # "Trade deficit widens ... as gold imports surge": a story on the balance
    found = list(FLOW_RE.finditer(title))
    named = {Flow(m.lastgroup) for m in found} & {Flow.exports, Flow.imports}
    if len(named) == 2 and all(_supplier_shipments(title, m) for m in found if m.lastgroup == "exports"):
        return Flow.imports  # "China's coal imports from Indonesia slump; Mongolian shipments stay near record"
    return named.pop() if len(named) == 1 else None


_CAUSE_IN_TITLE = re.compile(r"\s(?:as|amid|on|after)\s", re.IGNORECASE)
_BALANCE_IN_TITLE = re.compile(r"\b(?:deficit|surplus|gap|balance)\b", re.IGNORECASE)
_SUPPLY_NOUN = re.compile(r"shipments|cargoes|deliveries|supplies|volumes", re.IGNORECASE)


def _supplier_shipments(title: str, flow: re.Match[str]) -> bool:
    """Whether a flow word of the headline is a supplier's shipments ("Mongolian shipments"): a demonym before it."""
    words = title[: flow.start()].split()
    return bool(_SUPPLY_NOUN.fullmatch(flow.group()) and words and any(
        p.kind == "demonym" for p in find_places(words[-1].strip(",;:"))))


# "China's northernmost province", "Guangdong's manufacturing hub": a part of the place, described, not the place
_RANKED_PARTNER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:(?:top|largest|biggest|main|leading)\s+(?:trade\s+|trading\s+)?(?:partner|supplier)|"
    r"(?:top|first)\s+(?:spot|place|position)\s+among)\b",  # "China reclaims top spot among Germany's partners"
    re.IGNORECASE,
)
_DESCRIBED_PART = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,2}(?:province|city|region|port|hub|county|district)\b", re.I)


# "Indonesian coal shipments to China tumble": the goods' origin, then where they went
_SHIPPED_TO = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:shipments|exports|cargoes|supplies|sales)\s+to\s+(?:the\s+)?$",
                         re.IGNORECASE)


_POSSESSIVE = re.compile(r"['’]s\b")


def _ranking_owner(title: str, ranked: re.Match[str]) -> Place | None:
    """The economy whose partners a headline ranks ("ASEAN stays China's top trading partner"): a possessive in it."""
    phrase = ranked.group()
    return next((p for p in find_places(phrase) if _POSSESSIVE.match(phrase, p.end)), None)


def _buyer_by_its_statistics(title: str, places: Places, paragraphs: list[str]) -> str | None:
    """The buyer of a headline's "<Demonym> <goods> shipments to <Place>" when the lead cites the buyer's own
    statistics ("Data from the General Administration of Customs showed"): a story on its imports, not the origin's."""
    origin = places.areas[0] if places.areas else None
    buyer = next((p for p in places.partners if origin and p.start > origin.end), None)
    if origin is None or buyer is None or origin.kind != "demonym" or not _SHIPPED_TO.fullmatch(
            title, origin.end, buyer.start):
        return None
    cited = {economy for text in paragraphs[:2] for pattern, economy in AGENCIES if pattern.search(text)}
    return buyer.name if cited == {buyer.name} else None


def frame_area(title: str | None, paragraphs: list[str]) -> str | None:
    """The economy an article is about: the headline's first subject, else the first opening paragraph's."""
    title = _headline(title) if title else None
    if title and (cause := _CAUSE_IN_TITLE.search(title)) and not find_places(title[: cause.start()]) and paragraphs \
            and not any(_POSSESSIVE_TRADE.match(title, p.end) or _OWNS_TRADE.match(title, p.end)
                        for p in find_places(title) if p.start > cause.start()):
        title = None  # "Trade deficit balloons ... as gold imports surge, US shipments slide": the place of the
        # cause is not the subject, and a headline that names none before it leaves the economy to the lead (not
        # "Exporters shrug off tariffs as China's trade surplus hits $1.19tn", "... as UK trade gap grows": the
        # clause names whose trade it is)
    texts = ([title] if title else []) + paragraphs[:2]
    if (own := publisher_place(texts)) is not None:
        return own  # "How Our Province's Foreign Trade Performed" under "Published by: ... of Zhejiang Province"
    unstated: list[list[Place]] = []  # each text's places that are neither a subject nor a partner
    for text in texts:
        places = classify_places(text)
        if text is title and places.pairs and (not places.areas or places.pairs[0][0].start < places.areas[0].start):
            return _economy(places.pairs[0][0])  # "China-Central Asia trade sets record as Kazakh imports soar"
        ranked = _RANKED_PARTNER.match(text, places.areas[0].end) if text is title and places.areas else None
        if ranked and (owner := _ranking_owner(text, ranked)):
            return _economy(owner)  # "ASEAN stays China's top trading partner as ...": the owner's trade with it
        if text is title and places.areas and (ranked or _DESCRIBED_PART.match(text, places.areas[0].end)):
            # "China's northernmost province sees exports rise": the province, named in the story; "China regains top
            continue  # trade partner spot as German exports drop": a partner's rank, the lead names the economy
        if text is title and (buyer := _buyer_by_its_statistics(text, places, paragraphs)):
            return buyer
        if places.areas:
            return _economy(_trade_owner(text, places.areas) if text is title else places.areas[0])
        unstated.append(
            [p for p in find_places(text) if p not in places.partners and p.kind != "demonym"
             and not _POLICY_AFTER.match(text, p.end)  # "race US tariff deadline": the US is not the subject
             and not EVENT_IN.search(text, max(0, p.start - 80), p.start)]  # "held a press conference in Beijing"
        )  # fmt: skip
        if text is title and unstated[-1]:
            return _economy(unstated[-1][0])  # "Analysis of Sichuan's foreign trade": a headline names its subject
    for others in unstated:  # "Source: Department of Commerce of Zhejiang Province": the publisher's own place
        if others:
            return _economy(others[0])
    return next((economy for text in texts for pattern, economy in AGENCIES if pattern.search(text)), None)


_VERB_ENDING = re.compile(r"\s+(?:up|down|higher|lower|again)\b", re.IGNORECASE)  # "exports edge up, lift"
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|with|from|to)\s+$", re.IGNORECASE)
_OWNS_TRADE = re.compile(  # "German Trade", "Japan's car exports": whose trade the headline is about
    r"(?:'s|’s)?\s+(?:foreign\s+)?(?:trade|exports?|imports?|surplus|deficit|commerce)\b", re.IGNORECASE
)
_ANY_TRADE_AFTER = re.compile(  # "China Says Exports Rose": the first subject's own trade, a few words on
    r"(?:'s|’s)?(?:[\s–-]+[\w-]+){0,3}?[\s–-]+(?:foreign\s+)?(?:trade|exports?|imports?|surplus|deficit|commerce|shipments)\b",
    re.IGNORECASE,
)


def _trade_owner(title: str, areas: list[Place]) -> Place:
    """The headline's subject economy: its first subject, unless that one is only the story's actor and a later
    one owns the trade ("China Edges Toward Top Spot in German Trade": Germany's trade is reported)."""
    first = areas[0]
    clause = _SUBORDINATE.search(title, first.end)  # "Japan logs ... deficit as U.S. exports fall": Japan's
    main_end = clause.start() if clause else len(title)
    later = [p for p in areas[1:] if p.start < main_end]
    trade = _ANY_TRADE_AFTER.match(title, first.end)
    if trade and (trade.group()[:1] in "'’" or not any(first.end < p.start < trade.end() for p in later)):
        # "China's US soybean imports"; not "US sales leave German exports": the later place's own
        return _other_owner(title, areas, first, trade, bool(clause)) or first
    # "ASEAN, Africa trade helps lift China's first-quarter goods trade": the possessive owns it, the places before
    # are its partners; "... China's top supplier"; "U.S. rebound lifts German September exports"; "Sales to ASEAN
    # make up for U.S. slide as China's July exports top forecasts": the trade's owner, after the "as" if need be
    return (
        next((p for p in later if _POSSESSIVE_TRADE.match(title, p.end)), None)
        or next((p for p in later if _OWNS_TRADE.match(title, p.end) or _OWNER_ROLE.match(title, p.end)), None)
        or next((p for p in later if _ANY_TRADE_AFTER.match(title, p.end, main_end)), None)
        or next((p for p in later if _MARKET_OF.match(title, p.end) and _SHARE_OF.search(title, 0, p.start)), None)
        or next((p for p in areas[1:] if _POSSESSIVE_TRADE.match(title, p.end)), first)
    )


def _other_owner(title: str, areas: list[Place], first: Place, trade: re.Match[str], subordinate: bool) -> Place | None:
    """A later place that owns the trade the headline reports though the first names trade of its own: "Rebound in
    China trade gives German exports a lift" (trade with the place a preposition names), "Falling EU exports push
    UK's trade deficit wider" (the first's trade drives the later one's), "U.S. car exports plunge as Japan runs a
    trade gap" (goods for a market, in a story on the whole balance)."""
    later = areas[1:]
    verb_at = trade.end() + (len(m.group()) if (m := _VERB_ENDING.match(title, trade.end())) else 0)
    if _PREPOSITION_BEFORE.search(title, max(0, first.start - 6), first.start) or _CAUSING.match(title, verb_at):
        main_end = _SUBORDINATE.search(title, first.end).start() if subordinate else len(title)
        owner = next((p for p in later if p.start < main_end and (
            _OWNS_TRADE.match(title, p.end) or _POSSESSIVE_TRADE.match(title, p.end) or p.kind == "demonym")), None)
        if owner:
            return owner
    acted_on = next((p for p in later if _POSSESSIVE_TRADE.match(title, p.end)
                     and _ACTS_ON.search(title, trade.end(), p.start)), None)
    if acted_on:
        return acted_on  # "Gold import slump, U.S. export rebound cut India's November trade gap": the object's
    if subordinate and title[first.end : first.end + 1] == " " and len(trade.group().split()) > 1:
        return next((p for p in later if _WHOLE_BALANCE.match(title, p.end) or _BALANCE_AFTER.match(title, p.end)),
                    None)
    return None


# "Brazil takes 52% of China's beef market", "Russia's share of India's crude market": the market's owner buys
_SHARE_OF = re.compile(r"\bof\s+(?:the\s+)?$")
_MARKET_OF = re.compile(r"['’]s(?:\s+[\w-]+){0,2}?\s+market\b")


_ACTS_ON = re.compile(  # a verb whose object is another economy's trade: what the first's trade did to it
    r"\s(?:cut|cuts|trim|trims|narrow|narrows|widen|widens|shrink|shrinks|swell|swells|lift|lifts|push|pushes|boost|"
    r"boosts|drag|drags|send|sends|drive|drives|keep|keeps)\s(?:[\w-]+\s){0,2}?$", re.IGNORECASE)
_POSSESSIVE_TRADE = re.compile(
    r"['’]s(?:[\s–-]+[\w-]+){0,3}?[\s–-]+(?:foreign\s+)?(?:trade|exports?|imports?|surplus|deficit|commerce|"
    r"trading\s+partners)\b",  # "as China reclaims top spot among Germany's trading partners": Germany's trade
    re.IGNORECASE,
)
_SUBORDINATE = re.compile(r"\s(?:as|while|amid|despite)\s", re.IGNORECASE)


def _headline(title: str) -> str:
    """The headline without its wire slug ("TABLE-China's ...": the slug is no word) or a month's abbreviation
    ("China's Sept copper concentrate imports": no name of goods), offsets kept."""
    return _MONTH_ABBREVIATION.sub(_blank, _WIRE_SLUG.sub(_blank, title))


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


_MONTH_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?")


def _economy(place: Place) -> str:
    """The economy a frame place stands for: a Chinese city for itself, a city elsewhere ("New Delhi",
    "WASHINGTON —") for its country, whose trade the story reports."""
    return country_of(place) or place.name

