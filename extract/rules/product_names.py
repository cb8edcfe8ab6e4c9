"""The name of a goods category as a figure's words give it: where a goods phrase ends (an aside, a verb, a new
clause) and what of it is no goods (an origin, a period, a scale, a segment, a rank)."""

from __future__ import annotations

import re

from tradefacts.extract.rules.gazetteer import find_places, place_case
from tradefacts.extract.rules.goods_vocabulary import (
    CURRENCY_WORDS,
    FLOW_NOUNS,
    LEADING_SCALE_WORDS,
    NOT_GOODS,
    SCALED_MONEY,
    SECTORS_IN_ING,
    STOP_WORDS,
    TRAILING_FLOW,
)
from tradefacts.schemas import is_currency
from tradefacts.schemas.signs import FALL_WORDS, RISE_WORDS

HEAD_NOUNS = (  # the plural nouns goods phrases end in
    r"products|goods|equipment|machinery|vehicles|cars|autos|automobiles|chips|semiconductors|batteries|"
    r"commodities|components|parts|ships|steel|textiles|garments|furniture|toys|fruit|soybeans|grain|ores?|"
    r"minerals|fuels|oil|gas|coal|electronics|computers|phones|smartphones|pharmaceuticals|chemicals|"
    r"devices|appliances|instruments|materials|metals|circuits|laptops|tablets|notebooks|cells|panels|modules|"
    r"wafers|tyres|tires|turbines|robots|displays|vessels|petrochemicals|plastics|medicines|seafood|accessories|hybrids|"
    r"items|sands|beans|oils|petroleum|"  # "metal ores and ore sands", "crude petroleum and cocoa beans"
    r"knitwear|bedwear|apparel|clothing|footwear"  # "Readymade garments and knitwear led the increase"
)
HEAD_WORD = re.compile(HEAD_NOUNS, re.IGNORECASE)

VERBS = "|".join(  # verbs that follow a goods phrase: the sign verbs and the verbs of stating a figure
    sorted(
        {w for w in FALL_WORDS + RISE_WORDS
         if w.endswith(("ed", "ank", "ose", "ew", "ell", "id", "lt", "unk", "ost", "ing"))}  # "cars ... plunging 17.8%"
        | set(
            "accounted accounting made remained remains stood amounted totaled totalled reached reaching hit were was "
            "are is exceeded exceed exceeds topped came took posted registered recorded saw led dwindled deepened "
            "deteriorated continued dominated generated earned fetched brought fared rising growing falling sliding "
            "dropping shot climbing jumping declining increasing decreasing surging slumping edging edged soaring "
            "sent shipped exported imported kept went moved diverged bounced stayed contributed inched ticked crept "
            "nudged experienced supplied represented constituted comprised bucked defied"
            .split()  # "Transport equipment inched up 0.8%", "Steel sent
            # ...", "went different ways", "Automobiles, the second-biggest export item, bounced back", "of which EVs
            # contributed 352.6 billion yuan"
        ),
        key=len,
        reverse=True,
    )
)

_CAUSING = frozenset("pulling pushing dragging lifting sending driving leaving taking bringing keeping".split())
_CLASS_WORDS = frozenset("product products goods concentrate concentrates ore fuel fuels commodity items".split())
_NOUN_OF_ADJECTIVE = {
    "pharmaceutical": "pharmaceuticals", "petrochemical": "petrochemicals", "chemical": "chemicals",
    "crude": "crude oil",  # "crude imports", "African crude": crude oil
}  # fmt: skip
_PERIOD_WORD = re.compile(
    r"(?:[\w-]*-)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:t|tember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:-[\w-]*)?|"  # a month's name is a word: not "smartphones"
    r"[\w-]*(?:half|quarter|month|year|annual|monthly)[\w-]*|(?:table|update)-[\w-]+"
)
# Enterprise types and trade modes: the guide's segments, which are never goods.
SEGMENT_WORDS = (
    r"(?:private|state-owned|foreign-invested|foreign-funded|foreign\s+trade|small\s+and\s+medium-sized|"
    r"private-sector|domestic)\s+(?:enterprises|firms|companies|businesses)|(?:FDI|foreign-invested)\s+sector|"
    r"private\s+sector(?!\s+(?:enterprises|firms|companies|businesses|economists?|analysts?|surveys?|credit|"
    r"investment|employment|activity|PMI)\b)|"  # "the private sector contributed 121.18 billion yuan"
    r"cross-border\s+e-commerce|processing\s+trade|"
    r"general\s+trade|market\s+procurement(?:\s+trade)?|bonded\s+logistics|border\s+(?:small-volume\s+)?trade|"
    r"small-volume\s+border\s+trade"
)
SEGMENT_NAME = re.compile(rf"{SEGMENT_WORDS}|processing", re.IGNORECASE)
_SEGMENTS = re.compile(rf"(?:{SEGMENT_WORDS})\s+and\s+", re.IGNORECASE)  # "foreign-invested enterprises and ..."
_PRODUCT_ADJECTIVES = frozenset("electromechanical mechanical electrical agricultural high-tech technological "
                                 "labour-intensive labor-intensive ict".split())

PRODUCT_END = re.compile(  # "imports of goods, meanwhile, rose": an aside closes the goods; so does a name
    # ("integrated circuits, China's biggest import item, rose": the goods stop before "China")
    rf",\s+(?:a|an|the|which|mainly|mostly|most|many|some|half|including|among|meanwhile|however|though|too|also|likewise|in\s+turn|while|whereas|but|"
    rf"by\s+contrast|in\s+contrast|for\s+(?:example|instance)|[a-z]{{3,}}ly)\b.*$|,\s+(?-i:[A-Z])[\w.-]*$|"
    # "sales of handsets, and textile exports climbed": a new clause with goods and a flow of its own
    rf",\s+and\s+(?:[a-z-]+\s+){{0,3}}?(?:exports|imports|shipments|sales|purchases)\b.*$|\s*\((?:[A-Z][A-Za-z&]*)\)(?=\s|$)|,?\s+(?:{VERBS}|"
    r"up|down|also|too|alone|both|each|together|with|in|to|by|at|during|for|from|edged|namely|including|such|which|between|"
    r"nearly|almost|roughly|more\s+than|less\s+than|leaving|entering|heading|going|arriving|exceeding|topping|"
    r"that|—|–)\b(?!-).*$",  # "by-products" is no "by"
    re.IGNORECASE,
)

_ORDINAL_WORD = re.compile(r"^(?:\w+-)?(?:largest|biggest|second|third|top|main)\b|^single-(?:country|nation|market)$")

# ", widening the trade deficit": a participle clause, not a good in -ing ("textiles, clothing and footwear")
CLAUSE_AFTER_GOODS = re.compile(rf",\s+(?!(?:{'|'.join(sorted(SECTORS_IN_ING))})\b)[a-z]+ing\b")


# ", mostly gold bought and sold by investors,": an aside that describes goods just named
ASIDE_WORDS = r"mostly|mainly|largely|chiefly|primarily|notably|especially"
ASIDE_AFTER_GOODS = re.compile(rf",\s+(?:{ASIDE_WORDS})\b")
_ASIDE_ADVERBS = frozenset(ASIDE_WORDS.split("|"))
CONTRAST_AFTER_GOODS = re.compile(r",\s+(?:while|whereas|but)\b")  # "..., while goods imports rose": another figure's


# "sharply higher", "mostly cars": an adverb, not "eco-friendly", "supply" or "assembly"
_ADVERB = re.compile(r"[a-z]+(?<!supp)(?<!assemb)(?<!fami)ly")


_SIDE_OPENING = re.compile(r"^\s*on\s+the\s+(?:import|export)\s+side,\s*", re.IGNORECASE)
_DISCOURSE = re.compile(r"^(?:on\s+the\s+other\s+hand|by\s+contrast|in\s+contrast|meanwhile|however)$", re.IGNORECASE)


_ACRONYM_AT_END = re.compile(r"\s*\([A-Z][A-Z&]{1,6}\)$")
_POINTED_HEADS = frozenset({"services", "products", "items", "commodities"})


def clean_product(raw: str) -> str | None:
    """The goods a raw phrase names, in lower case, or None where it names none (a flow, a place, money, a rank)."""
    # "shipments of gold, widening the trade deficit": the goods end where a participle clause opens
    raw = raw[: m.start()] if (m := CLAUSE_AFTER_GOODS.search(raw)) else raw
    if _DISCOURSE.match(raw.strip(" ,")):
        return None  # "Outbound shipments of petroleum products, on the other hand, fell": no goods
    raw = _SIDE_OPENING.sub("", raw)  # "On the import side, consumption goods climbed": the goods after it
    text = PRODUCT_END.sub("", raw).strip(" ,")
    text = _ACRONYM_AT_END.sub("", text)  # "ready-made garments (RMG)": the goods, their acronym defined beside them
    quoted = re.match(r"^[“\"‘](.+?)[”\"’],?(?:\s+products)?$", text)
    if quoted:
        return quoted.group(1).lower().strip(" ,")
    words = [w for w in re.split(r"\s+", text.lower().strip('“”"‘’')) if w]
    if len(words) == 2 and words[0] in ("such", "these", "those") and words[1] in _POINTED_HEADS:
        return None  # "worth of such services", "those products": the goods named before, not a class of their own
    while words and ((words[0] in STOP_WORDS and words[:2] != ["new", "energy"]) or _ADVERB.fullmatch(words[0])):
        popped = words.pop(0)
        adverb = bool(_ADVERB.fullmatch(popped)) and popped not in _ASIDE_ADVERBS  # not "mostly cars"
        # "politically sensitive goods", "the politically sensitive deficit": an adverb and the adjective it
        # qualifies say nothing of the goods
        if words and words[0] not in STOP_WORDS and (
            (len(words) > 1 and words[-1] == "goods")
            or (adverb and len(words) == 1 and not HEAD_WORD.fullmatch(words[0]))
        ):
            words.pop(0)
    for i, word in enumerate(words[:-1]):
        if HEAD_WORD.fullmatch(word) and words[i + 1].endswith("ed"):
            words = words[: i + 1]  # "non-petroleum goods touched a record": the goods end at their noun
            break
    if words and SCALED_MONEY.fullmatch(words[-1]):
        return None  # "a 4.1 billion-pound surplus": the figure's scale and currency, not goods
    while len(words) > 1 and words[0] in LEADING_SCALE_WORDS:
        words.pop(0)  # "a $19.6 billion goods deficit": the scale of the figure before, not goods
    if len(words) > 1 and "-" in words[0] and _PERIOD_WORD.fullmatch(words[0]) and not (
            len(words) == 2 and words[1] in _CLASS_WORDS):
        words.pop(0)  # "Year-to-date coal purchases", "first-half soybean imports": the goods after the period (not
        # "Year-to-date product exports": a class the story names, read as such)
    while words and (words[-1].rstrip(",;:") in STOP_WORDS or words[-1].rstrip(",;:") in TRAILING_FLOW):
        words.pop()  # "soybean purchases": the goods are soybeans; "Car exports, of which ...": cars
    words[-1:] = [w.rstrip(",;:") for w in words[-1:]]
    if words and _ORDINAL_WORD.match(words[0]):
        return None  # "second-largest export destination", "single-country export market": a rank, not goods
    while len(words) > 1 and words[0] in _CAUSING:
        words.pop(0)  # "..., pulling goods exports down by £1.7bn": the verb of a result clause, then the goods
    while words and words[0].endswith(("-bound", "-destined")):
        words.pop(0)  # "US-bound shipments", "Europe-bound cars": where the goods go, the rest are the goods
    if len(words) > 1 and (origin := find_places(place_case(words[0]))) and origin[0].kind in ("demonym", "country"):
        words.pop(0)  # "African crude", "US soybean imports": the origin is the partner, the goods are the rest
        if words == ["products"]:
            return None  # "imports of American products", "$2.9 billion of Cambodian products": all goods
    if words[:1] in (["foreign-made"], ["imported"], ["foreign"]) and words[1:] in (["goods"], ["products"]):
        words.pop(0)  # "Foreign-made goods worth $270.2 billion came into the country": goods, no restriction
    if words in (["goods"], ["merchandise", "goods"]) or (words and words[0] == "goods"):
        return None  # trade in goods is the default: no restriction
    if not words or find_places(" ".join(w.capitalize() for w in words)) or words[-1] in {"province", "city"}:
        return None  # "Sichuan Province exports": a place, not goods
    if len(words) == 1 and words[0] in _NOUN_OF_ADJECTIVE:
        return _NOUN_OF_ADJECTIVE[words[0]]  # "pharmaceutical exports" are exports of pharmaceuticals
    if len(words) == 1 and words[0] in _PRODUCT_ADJECTIVES:
        words.append("products")  # "electromechanical exports" are exports of electromechanical products
    if any(_PERIOD_WORD.fullmatch(w) for w in words):
        return None  # "TABLE-China Sept exports", "first-half exports": a period, not goods
    if len(" ".join(words)) < 3 or (len(words) == 1 and (words[0] in CURRENCY_WORDS or is_currency(words[0].upper()))):
        return None  # "exports of R176.48bn", "import and export value of RMB 321.64 billion", "exports of SEK 157.0
        # billion": money, not goods
    if len(words) == 1 and (words[0] in NOT_GOODS or words[0].endswith(("ing", "ed"))) and not (
        words[0].endswith(("seed", "feed")) or  # "the oilseed", "animal feed": goods, not a participle
        words[0].startswith("non-") or words[0] in SECTORS_IN_ING
    ):
        return None  # "the resulting surplus", "a revised deficit", "the year before surplus"
    if all(w in NOT_GOODS for w in words):
        return None  # "(mainly) on lower sales": the words before a flow say how it moved, not what
    if words[0] in FLOW_NOUNS or SEGMENT_NAME.fullmatch(joined := " ".join(words)) or _SEGMENTS.match(joined):
        return None  # "imports of goods", "private enterprises (and state-owned enterprises)": a flow or segments
    if words[0] in {"domestic", "general", "regional", "external", "eu", "extra-eu", "intra-eu"}:
        return None  # "domestic exports", "general trade": a segment or a region, not goods
    if len(words) > 1 and words[-1] in ("domestic", "export", "import"):
        words = words[:-1]  # "Oil domestic exports", "copper export earnings": the goods, then the kind or flow
    return " ".join(words)
