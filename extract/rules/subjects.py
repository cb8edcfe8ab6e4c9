"""What a sentence without figures says about the figures after it: a new subject economy ("Japan's exports
..."), an enterprise type, goods or a flow to a partner that the next sentence's "Their" and "They" stand for."""

from __future__ import annotations

import re

from tradefacts.extract.rules.attribution import WITH_OPENING, Places, is_foreign
from tradefacts.extract.rules.context import Context
from tradefacts.extract.rules.flows import flow_at
from tradefacts.extract.rules.gazetteer import country_of
from tradefacts.extract.rules.goods_frame import same_goods
from tradefacts.extract.rules.mention import Mention
from tradefacts.extract.rules.product_names import HEAD_NOUNS
from tradefacts.extract.rules.products import find_products
from tradefacts.extract.rules.segments import segment_before
from tradefacts.extract.rules.subject_economy import DEMONYM_SUBJECT, names_own_trade
from tradefacts.schemas import Flow, Unit

_SEGMENT_SUBJECT = re.compile(  # a sentence whose subject is an enterprise type or a trade mode
    r"^\s*(?:(?:Meanwhile|First|Second|Third|Fourth|Fifth|Firstly|Secondly|Thirdly|Also|In\s+addition|Moreover),\s+)?"
    r"(?:the\s+)?(?:private|state-owned|foreign-invested|foreign-funded|small|processing|general)",  # "First, private
    # enterprises further consolidated their position": a release's numbered point on the enterprises
    re.IGNORECASE,
)
_GOODS_SUBJECT = re.compile(  # "High-tech products were a bright spot.", "On the export side, mechanical and
    # electrical products led the way.": the goods "Their exports" are about
    r"^\s*(?:(?:On\s+the\s+\w+\s+side|Meanwhile|By\s+product|By\s+category),\s+)?(?:So-called\s+|The\s+[\"“])?"
    rf"(?P<goods>(?:[A-Za-z][\w-]*(?:\s+(?:and\s+)?[\w-]+){{0,4}}?\s+(?:and\s+)?)?(?i:{HEAD_NOUNS})|"
    # "Knowledge-intensive services, a group that takes in ..., remained the backbone"; 'The "new three" — new
    # energy vehicles, lithium batteries and solar cells — remained a highlight.'
    r"(?i:[a-z][\w-]*\s+services)|(?<=[\"“])new\s+three(?=[\"”]))"
    r"(?:[\"”](?:\s+(?:products|items))?(?:\s+[—–-]+\s+[^—–;.]{1,120}\s+[—–-]+)?)?"
    r"(?:,[^;.]{1,200}?,)?\s+(?:(?:again|also|still)\s+)?"  # "Electronic goods, led by smartphones, again did the
    r"(?:remained|were|stayed|continued|led|became|made\s+up|accounted|dominated|drove|topped|contributed|did|"
    r"lagged|stood\s+out|proved|fared|formed|anchored|held|kept|represented|comprised|constituted|headed)\b"  # heavy
    # lifting.", "Solar cells and modules remained the laggard.", "... formed the core of what China sold to Africa."
)
# the article's economy (written HOME) named as the other side of a country's trade: "China's biggest trading
# partner in the region", "its largest supplier", "where trade with China shrank"
_COUNTERPART = re.compile(
    r"\bHOME['’]s\s+(?:[\w-]+\s+){0,4}?(?:partner|supplier|market|buyer|customer|destination|source)s?\b|"
    r"\btrade\s+with\s+(?:HOME|the\s+(?:province|region|city))\b"
)
# "Coal was the weak spot.", "Iron ore tells a different story.", "Copper buying was mixed."
# "Most of what China sent to Africa consisted of mechanical and electrical products.": the goods named last
_GOODS_PREDICATE = re.compile(
    r"\b(?:consisted|consists|consist)\s+(?:mostly\s+|mainly\s+|largely\s+|chiefly\s+)?of\s+"
    rf"(?P<goods>(?:[a-z][\w-]*(?:\s+(?:and\s+)?[\w-]+){{0,4}}?\s+)?(?:{HEAD_NOUNS}))\s*\.?\s*$",
    re.IGNORECASE,
)
_VERB_AFTER = re.compile(
    r"\s+(?:(?:buying|purchases|imports|exports|shipments|arrivals|sales)\s+)?"
    r"(?:was|were|is|are|told|tells?|remained|stayed|proved|had|saw|fared|bucked)\b"
)
_FLOW_SUBJECT = re.compile(
    r"^\s*(?:[\w-]+\s+)?(?:exports|shipments|imports|sales|purchases|trade)(?:\s+(?:to|from)\s+|"
    r"\s+(?=(?:[a-z]+ed|took|fell|rose|grew|bore|saw|led|made)\b))",
    re.IGNORECASE,
)  # "Shipments to the United States fell for a third month.", "Exports carried the load."


def note_topic_partner(text: str, places: Places, ctx: Context) -> bool:
    """Note the foreign country a sentence opens on as the partner of its paragraph, where the sentence names the
    article's economy as the other side ("Turkmenistan was the only one of the five where trade with China
    shrank.", "Kazakhstan remained China's biggest trading partner in the region."); whether it did."""
    note_opening_partner(text, places, ctx)
    named = [*places.areas[:1], *places.partners[:1], *([places.subject_partner] if places.subject_partner else [])]
    first = min(named, key=lambda p: p.start, default=None)
    home = ctx.article_area
    if first is None or home is None or first.start > 40 or not is_foreign(first, home):
        return False
    if not _COUNTERPART.search(text.replace(home, "HOME")):
        return False
    ctx.topic_partner = first.name, ctx.paragraph
    return True


def note_opening_partner(text: str, places: Places, ctx: Context) -> None:
    """Note the partner a sentence opens on ("In trade with the United States, Japan's surplus fell ...") as the
    partner of its paragraph's later figures that name no place."""
    if places.partners and WITH_OPENING.match(text, 0, places.partners[0].start):
        ctx.opening_partner = places.partners[0].name, ctx.paragraph


def note_figureless(text: str, places: Places, ctx: Context, classed: list[tuple[int, str]]) -> None:
    """Carry into `ctx` what a sentence with no figure says its following figures are about; `classed` are the goods of
    a known class it names (from `goods_classes.goods_named`, read once a sentence by the caller)."""
    first = places.areas[0] if places.areas else None
    if note_topic_partner(text, places, ctx):
        return
    # "Brazil dominated the flow." in a story about China's imports names a partner, not a new subject;
    # "Japan's exports ..." or "Vietnam, for its part, is selling more ..." moves the story to Japan, Vietnam
    if (
        first is not None
        and first.start < max(40, len(text) // 3)
        and (not is_foreign(first, ctx.article_area) or names_own_trade(text, first))
        and not (country_of(first) == ctx.article_area and not DEMONYM_SUBJECT.match(
            re.sub(r"^['’]s?", "", text[first.end : first.end + 60])))
    ):  # not "gold through London's vaults" in a story on the UK: a city of the economy, named for no trade of its own
        ctx.area = first.name
    if _SEGMENT_SUBJECT.match(text) and (opening := segment_before(text, min(len(text), 60))):
        ctx.segment, ctx.partner, ctx.product = opening, None, None  # "Private enterprises remained the mainstay.
        # Their imports ..." are the enterprises' trade in all goods
    elif goods := _GOODS_SUBJECT.match(text) or _GOODS_PREDICATE.search(text):
        ctx.product, ctx.partner, ctx.segment = goods.group("goods").lower(), None, None  # "Their exports" are the
        # goods' alone, not the firms counted in the sentence before; in a story on other goods, so are its bare
        ctx.product_paragraph = ctx.paragraph  # "Exports fell 13.2%" after "Solar cells remained the laggard."
    elif classed and classed[0][0] == 0 and _VERB_AFTER.match(text, len(classed[0][1])):
        # "Coal was the weak spot. Imports dropped 20% to 44.05 million tons": the paragraph's goods
        ctx.product, ctx.partner, ctx.product_paragraph = classed[0][1], None, ctx.paragraph
    elif _FLOW_OF.match(text) and (goods_of := find_products(text)) and len(goods_of[0].names) == 1 and (
        flow := flow_at(text, goods_of[0].end)
    ):  # "Arrivals of copper ore and concentrate, the raw material for smelters, held near record levels. They ..."
        ctx.product, ctx.partner, ctx.product_paragraph, ctx.flow = goods_of[0].names[0], None, ctx.paragraph, flow
        ctx.goods_in_full.add(goods_of[0].names[0])
    elif (opening := _FLOW_SUBJECT.match(text)) and (flow := flow_at(text, opening.end())):
        # "Shipments to the United States fell for a third month. They slid 3.4%": what "They" are
        ctx.flow, ctx.product = flow, None
        ctx.partner = places.partners[0].name if places.partners else None
    elif _TRADE_WITH_SUBJECT.match(text) and places.partners:  # "Commerce with countries participating in the
        # Belt and Road Initiative grew faster than trade as a whole. It totaled 5.26 trillion yuan": the partner's
        ctx.flow, ctx.product, ctx.partner = Flow.total, None, places.partners[0].name


_TRADE_WITH_SUBJECT = re.compile(r"^\s*(?:[\w-]+\s+)?(?:trade|commerce)\s+with\s", re.IGNORECASE)
_FLOW_OF = re.compile(  # "Arrivals of copper ore ...", "Overseas shipments of Chinese rare-earth magnets ..."
    r"^\s*(?:(?:Overseas|Outbound|Inbound|Foreign)\s+(?=[a-z]))?"
    r"(?i:arrivals|imports|exports|shipments|purchases|sales|deliveries)\s+of\s"
)
# "Shipments in the first 11 months totaled 1.13 billion tons" after "It brought in 110.5 million tons of iron ore";
# "That left year-to-date arrivals at 4.97 million tons" after copper: bare "shipments" of the goods just bought
_BARE_SHIPMENTS = re.compile(r"^\s*(?:That\s+\w+\s+)?(?:[\w-]+\s+)?shipments\b(?!\s+(?:to|abroad|overseas)\b)", re.I)


def paragraph_goods(named_goods: bool, ctx: Context) -> str | None:
    """The goods the paragraph's figures so far were for, where the sentence names no goods of its own ("Iron ore
    shipments rose 1.1% ... China paid $10.6 billion for the steelmaking ingredient"); None otherwise."""
    return None if named_goods or ctx.product_paragraph != ctx.paragraph else ctx.product


def carried_volume(
    text: str, mentions: list[Mention], named_goods: bool, ctx: Context
) -> tuple[str | None, Flow | None]:
    """The goods a tonnage continues, and the flow where its own word misleads: a sentence with a volume in tonnes
    that names no goods, after figures for goods in the same paragraph, is about those goods (in a later paragraph,
    about the story's goods: the headline's, else the last named); its bare "shipments" of goods being bought are
    imports. (None, None) where it continues nothing."""
    goods = paragraph_goods(named_goods, ctx)
    if goods is None and not named_goods and ctx.goods and (
        ctx.title_product is None or same_goods(ctx.title_product, ctx.goods)
    ):  # "Chile remained the largest supplier, sending 780,522 tons" paragraphs after the copper concentrate
        goods = ctx.title_product or ctx.goods  # "total imports" in a story on coal whose last figures were coking coal
    if goods is None or not any(m.unit == Unit.tonnes for m in mentions):
        return None, None
    return goods, Flow.imports if ctx.flow is Flow.imports and _BARE_SHIPMENTS.match(text) else None


_NOUN_BEFORE_OWNER = re.compile(r"\bthe\s+(?:trade\s+)?(?:surplus|deficit|gap|exports|imports|shipments)\s+$", re.I)


def described_noun_start(text: str, subject: int) -> int:
    """Where the figure's subject clause starts: at a flow noun the subject's own clause describes ("the surplus
    Japan ran with the country was 628.4 billion yen": the surplus is the figure's), else at the subject."""
    noun = _NOUN_BEFORE_OWNER.search(text, max(0, subject - 30), subject)
    return noun.start() if noun else subject
