"""The article's frame from its headline and opening: the economy it is about and the other side of a pair it
names (the goods and flow a headline gives its story are in `headline_goods.py`)."""

from __future__ import annotations

import re
from itertools import pairwise

from tradefacts.extract.rules.attribution import EVENT_IN, OWNER_MARK, POLICY_WORDS, Places, classify_places
from tradefacts.extract.rules.gazetteer import Place, country_of, find_places, is_dateline
from tradefacts.extract.rules.headline_goods import (
    BALANCE_AFTER,
    CAUSE_IN_TITLE,
    CAUSING,
    OWNER_ROLE,
    WHOLE_BALANCE,
    headline,
)
from tradefacts.extract.rules.sources import cited_offices, publisher_place

_POLICY_AFTER = re.compile(  # in a headline: "race US tariff deadline", "US curbs", "EU trade talks"; "as US
    # orders hold firm", "on Chinese demand": a buyer, not the subject
    rf"\s+(?:{POLICY_WORDS}|curbs|export\s+controls|trade\s+(?:war|talks|deal|policy)|orders|demand|buyers|buying)\b",
    re.IGNORECASE,
)


_PAIR_SEP = re.compile(r"^(?:-|–)$|^\s+(?:and|&)\s+$")  # "China-Russia", "China and Russia"; not "TOKYO - Japan"


def frame_partner(title: str | None, area: str | None) -> str | None:
    """The other side of a pair the headline names ("China-Russia trade hits record", "China's trade with Belt and
    Road partners"): the partner of the article's "bilateral trade" and of its figures that name no place."""
    title = headline(title) if title else None
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


def _ranking_owner(title: str, ranked: re.Match[str]) -> Place | None:
    """The economy whose partners a headline ranks ("ASEAN stays China's top trading partner"): a possessive in it."""
    phrase = ranked.group()
    return next((p for p in find_places(phrase) if OWNER_MARK.match(phrase, p.end)), None)


def _buyer_by_its_statistics(title: str, places: Places, paragraphs: list[str]) -> str | None:
    """The buyer of a headline's "<Demonym> <goods> shipments to <Place>" or "<Place>'s <goods> shipments to <Place>"
    when the lead cites the buyer's own statistics ("Data from the General Administration of Customs showed") or
    makes the buyer the one who bought ("the soybeans China brought in last month"): a story on its imports."""
    origin = places.areas[0] if places.areas else None
    buyer = next((p for p in places.partners if origin and p.start > origin.end), None)
    if origin is None or buyer is None:
        return None
    owner_end = origin.end + 2 if title.startswith(("'s", "’s"), origin.end) else -1
    if not ((origin.kind == "demonym" and _SHIPPED_TO.fullmatch(title, origin.end, buyer.start)) or (
            owner_end > 0 and _SHIPPED_TO.fullmatch(title, owner_end, buyer.start))):
        return None
    cited = {economy for text in paragraphs[:2] for _, economy in cited_offices(text)}
    bought = re.compile(rf"\b{re.escape(buyer.name)}\s+(?:{_BUYING_VERBS})\b")
    return buyer.name if cited == {buyer.name} or any(bought.search(text) for text in paragraphs[:1]) else None


_BUYING_VERBS = r"brought\s+in|imported|bought|purchased|took\s+in"  # "the soybeans China brought in last month"
_OWNED_MARKET = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?market\b")


def _market_owner(title: str, paragraphs: list[str]) -> str | None:
    """The economy whose market a headline names ("Australia's grip on China's iron ore market loosens"), when the
    lead says it bought ("China's imports of Australian iron ore fell"): a story on its imports, not the seller's."""
    owner = next((p for p in find_places(title) if p.kind == "country" and _OWNED_MARKET.match(title, p.end)), None)
    if owner is None:
        return None
    bought = re.compile(rf"\b{re.escape(owner.name)}(?:['’]s\s+imports\b|\s+(?:{_BUYING_VERBS})\b)")
    return owner.name if any(bought.search(text) for text in paragraphs[:3]) else None


def frame_area(title: str | None, paragraphs: list[str]) -> str | None:
    """The economy an article is about: the headline's first subject, else the first opening paragraph's."""
    title = headline(title) if title else None
    if title and (cause := CAUSE_IN_TITLE.search(title)) and not find_places(title[: cause.start()]) and paragraphs \
            and not any(_POSSESSIVE_TRADE.match(title, p.end) or _OWNS_TRADE.match(title, p.end)
                        for p in find_places(title) if p.start > cause.start()):
        title = None  # "Trade deficit balloons ... as gold imports surge, US shipments slide": the place of the
        # cause is not the subject, and a headline that names none before it leaves the economy to the lead (not
        # "Exporters shrug off tariffs as China's trade surplus hits $1.19tn", "... as UK trade gap grows": the
        # clause names whose trade it is)
    texts = ([title] if title else []) + paragraphs[:2]
    if (own := publisher_place(texts)) is not None and not (
            title and (named := classify_places(title).areas) and own not in {_economy(p) for p in named}):
        return own  # "How Our Province's Foreign Trade Performed" under "Published by: ... of Zhejiang Province" (not
        # "Zhejiang's Import and Export Exceeded 5.2 Trillion Yuan" over "Source: Hangzhou Customs": the headline's)
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
        if text is title and (buyer := _buyer_by_its_statistics(text, places, paragraphs) or _market_owner(
                text, paragraphs)):
            return buyer  # "Australia's grip on China's iron ore market loosens" over "China's imports of ...": China
        areas = places.areas[1:] if len(places.areas) > 1 and is_dateline(text, places.areas[0]) else places.areas
        if areas:  # "SINGAPORE, Oct 20 (Reuters) - China's copper concentrate imports": China's, not Singapore's
            return _economy(_trade_owner(text, areas) if text is title else areas[0])
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
    return next((economy for text in texts for _, economy in cited_offices(text)), None)


def trade_owner_in(paragraphs: list[str]) -> str | None:
    """The first economy the paragraphs name as the owner of trade ("China's foreign trade picked up speed"), or
    None: a frame for a story whose headline and credits name none."""
    for text in paragraphs:
        for place in classify_places(text).areas:
            if _POSSESSIVE_TRADE.match(text, place.end) or _OWNS_TRADE.match(text, place.end):
                return _economy(place)
    return None


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
        or next((p for p in later if _OWNS_TRADE.match(title, p.end) or OWNER_ROLE.match(title, p.end)), None)
        or next((p for p in later if _ANY_TRADE_AFTER.match(title, p.end, main_end)), None)
        or next((p for p in later if _MARKET_OF.match(title, p.end) and _SHARE_OF.search(title, 0, p.start)), None)
        or next((p for p in areas[1:] if _POSSESSIVE_TRADE.match(title, p.end)), first)
    )


_VERB_OBJECT = re.compile(r"\s+(?:the\s+)?")  # the place right after a verb: its object


def _other_owner(title: str, areas: list[Place], first: Place, trade: re.Match[str], subordinate: bool) -> Place | None:
    """A later place that owns the trade the headline reports though the first names trade of its own: "Rebound in
    China trade gives German exports a lift" (trade with the place a preposition names), "Falling EU exports push
    UK's trade deficit wider" (the first's trade drives the later one's), "U.S. car exports plunge as Japan runs a
    trade gap" (goods for a market, in a story on the whole balance)."""
    later = areas[1:]
    verb_at = trade.end() + (len(m.group()) if (m := _VERB_ENDING.match(title, trade.end())) else 0)
    causing = CAUSING.match(title, verb_at)
    if _PREPOSITION_BEFORE.search(title, max(0, first.start - 6), first.start) or causing:
        main_end = _SUBORDINATE.search(title, first.end).start() if subordinate else len(title)
        owner = next((p for p in later if p.start < main_end and (
            _OWNS_TRADE.match(title, p.end) or _POSSESSIVE_TRADE.match(title, p.end) or p.kind == "demonym"
            or (causing and p.kind != "country" and _VERB_OBJECT.fullmatch(title, causing.end(), p.start)))), None)
        if owner:  # "ASEAN trade lifts Guangxi with 11.3 pct gain": the province the partner's trade lifted
            return owner
    acted_on = next((p for p in later if _POSSESSIVE_TRADE.match(title, p.end)
                     and _ACTS_ON.search(title, trade.end(), p.start)), None)
    if acted_on:
        return acted_on  # "Gold import slump, U.S. export rebound cut India's November trade gap": the object's
    if subordinate and title[first.end : first.end + 1] == " " and len(trade.group().split()) > 1:
        return next((p for p in later if WHOLE_BALANCE.match(title, p.end) or BALANCE_AFTER.match(title, p.end)),
                    None)
    return None


# "Brazil takes 52% of China's beef market", "Russia's share of India's crude market": the market's owner buys
_SHARE_OF = re.compile(r"\bof\s+(?:the\s+)?$")
_MARKET_OF = re.compile(r"['’]s(?:\s+[\w-]+){0,2}?\s+market\b")


_ACTS_ON = re.compile(  # a verb whose object is another economy's trade: what the first's trade did to it ("US
    # shipments sink by a quarter, tipping China's exports into first fall": China's exports)
    r"\s(?:cut|cuts|cutting|trim|trims|trimming|narrow|narrows|narrowing|widen|widens|widening|shrink|shrinks|"
    r"shrinking|swell|swells|swelling|lift|lifts|lifting|push|pushes|pushing|boost|boosts|boosting|drag|drags|dragging|"
    r"send|sends|sending|drive|drives|driving|keep|keeps|keeping|tip|tips|tipping)\s(?:[\w-]+\s){0,2}?$", re.IGNORECASE)
_POSSESSIVE_TRADE = re.compile(
    r"['’]s(?:[\s–-]+[\w-]+){0,3}?[\s–-]+(?:foreign\s+)?(?:trade|exports?|imports?|surplus|deficit|commerce|"
    r"trading\s+partners)\b",  # "as China reclaims top spot among Germany's trading partners": Germany's trade
    re.IGNORECASE,
)
_SUBORDINATE = re.compile(r"\s(?:as|while|amid|despite)\s", re.IGNORECASE)



def _economy(place: Place) -> str:
    """The economy a frame place stands for: a Chinese city for itself, a city elsewhere ("New Delhi",
    "WASHINGTON —") for its country, whose trade the story reports."""
    return country_of(place) or place.name

