"""The goods and flow a story's headline gives it (a sector story's goods, a buying story's imports), and the
headline text both halves of the frame read: without its wire slug, and the clauses that cause or report a whole
balance. `headline.py` reads the economy and the pair from the same headline."""

from __future__ import annotations

import re

from tradefacts.extract.rules.flows import FLOW_RE
from tradefacts.extract.rules.gazetteer import find_places
from tradefacts.extract.rules.goods_frame import VEHICLE_NAMES
from tradefacts.extract.rules.products import find_products, only_goods
from tradefacts.schemas import Flow

_WIRE_SLUG = re.compile(r"^(?:TABLE|UPDATE \d+|FACTBOX|EXCLUSIVE|ANALYSIS|WRAPUP \d*)\s*-\s*")


def headline(title: str) -> str:
    """The headline without its wire slug ("TABLE-China's ...": the slug is no word) or a month's abbreviation
    ("China's Sept copper concentrate imports": no name of goods), offsets kept."""
    return _MONTH_ABBREVIATION.sub(_blank, _WIRE_SLUG.sub(_blank, title))


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


_MONTH_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?")


# "Russia stays China's top crude supplier", "Brazil remains China's biggest soybean source": the owner's imports
# (a supplier) or exports (a market, a buyer) of the goods between, ranked
OWNER_ROLE = re.compile(
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
    return None if FLOW_RE.search(main) else OWNER_ROLE.search(main)


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
    title = headline(title or "")
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
            and not CAUSING.search(title, own[0].start, flow.start()) and not WHOLE_BALANCE.search(title, len(main)):
        # not "Record chip shipments lift Korea's exports", "Chip boom lifts Sept. exports": the goods drive all
        # exports; not "US-bound car exports tumble as Japan's trade gap shrinks": the story is the whole trade's
        return own[0].names[0]
    # "Overseas shipments keep China in pole position as top vehicle exporter": the goods of the ranked trader
    return _trader_goods(title)


def _drives_another_flow(title: str, main: str, after: int) -> bool:
    """Whether the goods' flow drives a flow named after it: "Chip shipments lift Korea's exports", "Car sales to
    the US revive, lifting Japan's October exports"."""
    verb = CAUSING.match(title, after) or _CAUSING_LISTED.match(title, after)  # "..., car recovery lift"
    if verb and (FLOW_RE.search(main, verb.end(), verb.end() + 40) or _INTO_BALANCE.search(main, verb.end())):
        return True  # "Fuel bill tips Japan back into the red on trade": the whole balance
    then = CAUSING_AFTER.search(title, after)
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


CAUSING = re.compile(
    r"\s+(?:lift|boost|drive|push|extend|help|propel|power|fuel|send|spur|buoy|drag|pull|dent|carry|underpin|tip)"
    r"(?:s|es|ies)?\b",
    re.IGNORECASE,
)
# "Record chip shipments, car recovery lift S. Korea's Nov. exports": the verb after the other causes listed
_CAUSING_LISTED = re.compile(r"(?:,|\s+and)\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+" + CAUSING.pattern, re.IGNORECASE)
# "Car sales to the US revive, lifting Japan's October exports": the goods' flow drove the economy's
CAUSING_AFTER = re.compile(
    r",\s+(?:lifting|boosting|driving|pushing|extending|helping|propelling|powering|fuell?ing|sending|spurring"
    r"|buoying|dragging|pulling|denting|carrying|underpinning)\b",
    re.IGNORECASE,
)
# "as Japan's fiscal first-half trade gap shrinks": a clause on an economy's whole balance
WHOLE_BALANCE = re.compile(  # "as Japan runs a fiscal 1st-half trade gap": the same
    r"(?:['’]s|\s+(?:runs?|posts?|records?|logs?|reports?|has)\s+an?)\s+(?:[\w.-]+\s+){0,3}?(?:trade\s+)?"
    r"(?:gap|deficit|surplus|shortfall)\b",
    re.IGNORECASE,
)
_INTO_BALANCE = re.compile(r"\binto\s+(?:the\s+)?(?:red|black|deficit|surplus)\b", re.IGNORECASE)
BALANCE_AFTER = re.compile(r"\s+(?:[\w.-]+\s+){0,2}?(?:trade\s+)?(?:gap|deficit|surplus|shortfall)\b", re.IGNORECASE)
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
    if _bought_goods(headline(title or "")):
        return Flow.imports  # "China takes 9.3% more Brazilian soybeans in June"
    title = title or ""
    if (cause := CAUSE_IN_TITLE.search(title)) and _BALANCE_IN_TITLE.search(title, 0, cause.start()):
        title = title[: cause.start()]  # "Trade deficit widens ... as gold imports surge": a story on the balance
    found = list(FLOW_RE.finditer(title))
    named = {Flow(m.lastgroup) for m in found} & {Flow.exports, Flow.imports}
    if len(named) == 2 and all(_supplier_shipments(title, m) for m in found if m.lastgroup == "exports"):
        return Flow.imports  # "China's coal imports from Indonesia slump; Mongolian shipments stay near record"
    return named.pop() if len(named) == 1 else None


CAUSE_IN_TITLE = re.compile(r"\s(?:as|amid|on|after)\s", re.IGNORECASE)
_BALANCE_IN_TITLE = re.compile(r"\b(?:deficit|surplus|gap|balance)\b", re.IGNORECASE)
_SUPPLY_NOUN = re.compile(r"shipments|cargoes|deliveries|supplies|volumes", re.IGNORECASE)


def _supplier_shipments(title: str, flow: re.Match[str]) -> bool:
    """Whether a flow word of the headline is a supplier's shipments ("Mongolian shipments"): a demonym before it."""
    words = title[: flow.start()].split()
    return bool(_SUPPLY_NOUN.fullmatch(flow.group()) and words and any(
        p.kind == "demonym" for p in find_places(words[-1].strip(",;:"))))
