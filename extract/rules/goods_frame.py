"""The goods a figure takes from its frame when its own words name none: the goods a sector story's headline is
about, "goods and services" where the story or its paragraph stated it, India's "overall" trade, and the ONS's
measure without precious metals."""

from __future__ import annotations

import re
from functools import lru_cache

from tradefacts.extract.rules.context import Context
from tradefacts.extract.rules.goods_classes import article_goods_names
from tradefacts.extract.rules.mention import clause_span
from tradefacts.extract.rules.scope import TONNAGE_UNIT
from tradefacts.extract.text import PERCENT_WORD

# "recorded foreign trade of 219.47 billion yuan (about 30.8 billion U.S. dollars) ..., down 1.8 percent": the trade
# with every partner, for each figure that restates or changes it
_ALL_PARTNERS = re.compile(  # "Yunnan's total imports and exports reached ..., up 9.6 percent": the whole trade's rate
    r"\b(?:foreign|external|overall|total)\s+trade\b|\b(?:total|overall)\s+(?:imports\s+and\s+exports|exports\s+and\s+"
    r"imports)\b",
    re.IGNORECASE,
)


def with_every_partner(sentence: str, clause: str, pos: int) -> bool:
    """Whether the figure at `pos` is of trade with the whole world: its clause names the whole trade ("total",
    "overall"), or the sentence did before it ("foreign trade")."""
    return bool(WHOLE_TRADE.search(clause) or _ALL_PARTNERS.search(sentence, 0, pos))


WHOLE_TRADE = re.compile(
    r"\b(?:total|overall|all|foreign\s+trade|goods|merchandise|economy|everything|country['’]s\s+(?:exports|imports)|"
    r"broader|in\s+dollar\s+terms|global|combined\s+(?:imports\s+and\s+exports|exports\s+and\s+imports)|"
    r"border\s+trade)\b",  # "broader trade data showed exports rose 5.2% in dollar
    # terms", "China's share of global merchandise exports": all goods, with the whole world
    re.IGNORECASE,
)
_BOTH_OPENING = re.compile(
    r"\b(?:taking|combining|including|counting|adding)\s+(?:both\s+)?(?:merchandise|goods)\s+and\s+services\b|"
    # "Including services, the UK recorded a deficit of £3.1bn", "Including precious metals and services, the overall
    # trade deficit narrowed": services added to the goods
    r"\b(?:including|counting|adding\s+in)\s+(?:precious\s+metals\s+and\s+)?services\b(?!\s+(?:exports|imports|trade))",
    re.IGNORECASE,
)
# a sector story that turns to the whole trade for the rest of its paragraph
_ALL_GOODS_OPENING = re.compile(r"\s*(?:Total|Overall)\s+(?:goods\s+|merchandise\s+)?(?:exports|imports|trade)\b")
_TURN_TO_ALL = re.compile(r"\bbroader\s+(?:trade|customs)\b|\b(?:wider|headline)\s+trade\b", re.IGNORECASE)
# Economies whose statistics headline goods and services together (the US Census and BEA release, the ONS): in a
# story that also gives goods or services figures apart, its unqualified totals are the combined ones.
COMBINED_HEADLINE = frozenset({"United States", "United Kingdom"})
EX_PRECIOUS = re.compile(
    r"\b(?:excluding|excl\.?|exclusive\s+of|stripping\s+out|strip\s+out|stripped\s+of|removing|taking\s+out|minus|"
    r"without|leaves\s+out|leaving\s+out|left\s+out)\s+(?:the\s+)?(?:erratic\s+|volatile\s+)?(?:trade\s+in\s+)?"
    r"precious\s+metals\b|"  # "once precious metals - whose flows swing wildly - were stripped out"
    r"\bonce\s+(?:the\s+)?precious\s+metals\b[^.;]{0,160}?\b(?:stripped|taken|left)\s+out\b|"
    # "With precious metals excluded", "with precious metals once more stripped out"
    r"\bwith\s+(?:the\s+)?precious\s+metals\s+(?:[a-z]+\s+){0,2}?(?:excluded|stripped\s+out|taken\s+out|removed)\b",
    re.IGNORECASE,
)
# Economies whose releases call goods and services together "overall" (India's commerce ministry: "overall
# exports", "the overall trade deficit").
OVERALL_COMBINED = frozenset({"India"})
_OVERALL = re.compile(  # "overall exports", "India's total exports", "Total imports during April-July"
    r"\b(?:overall|total)\s+(?:trade\s+)?(?:exports?|imports?|deficit|surplus|balance|trade\s+(?:deficit|surplus|balance))\b",
    re.IGNORECASE,
)
GOODS_APART = re.compile(r"\bgoods\s+(?:deficit|surplus|gap|exports|imports|trade)\b|\bservices\b", re.IGNORECASE)
# "goods exports", "trade in goods", "published for goods only": figures for goods alone (not "consumer goods")
GOODS_ONLY = re.compile(
    r"\b(?:goods|merchandise)\s+(?:trade|exports?|imports?|deficit|surplus|gap|balance|only|alone)\b|"
    r"\b(?:trade|exports?|imports?|deficit|surplus|balance|figures?|published)\s+(?:in|of|for|on)\s+goods\b"
    r"(?!\s*(?:and|&|/)\s*services)|\bmerchandise\b(?!\s*(?:and|&|/)\s*services)",
    re.IGNORECASE,
)

# goods alone by the figure's own words, in a story whose totals are goods and services: "Taking goods on their
# own, the deficit grew", "In goods, the deficit rose", "The goods shortfall", "Goods shipped abroad hit", "sold
# £6.1 billion of goods to the U.S."; read for the one figure, unlike GOODS_ONLY, which ends the paragraph's frame
# ", as exports of services grew faster than imports of goods": a cause given after the figure, whose goods are
# not the figure's
_CAUSE_TAIL = re.compile(r",\s+(?:as|because|since|thanks\s+to|helped\s+by|driven\s+by|amid)\s", re.IGNORECASE)


def states_goods_only(sentence: str) -> bool:
    """Whether the sentence says its figures are of goods alone ("Country figures are published for goods only"),
    outside a cause given after its figure."""
    first = GOODS_ONLY.search(sentence)  # a cause before the first mention is before every later one too
    return first is not None and not _CAUSE_TAIL.search(sentence, 0, first.start())


_GOODS_HERE = re.compile(
    r"(?:(?:^\W*|(?<=\bwhile\s)|(?<=\bwhereas\s))(?:foreign-made\s+|imported\s+)?|"  # "..., while goods ran"
    r"\b(?:taking|looking\s+(?:only\s+)?at|in|of|at|for)\s+(?:foreign\s+)?)goods\b"
    r"(?!\s*(?:and|&|/)\s*services)|"  # "Foreign-made goods worth $270.2 billion came into the country": goods alone
    r"\bgoods\s+(?:shortfall|sales|side|on\s+(?:their|its)\s+own|alone|only)\b",
    re.IGNORECASE,
)

_WHOLE_OF = r"\b(?:overall|total|all)\s+"  # "overall natural gas imports": the whole class, in a story on LNG
_ALL_KINDS = re.compile(r"\bof\s+all\s+(?:types|kinds|sorts)\b|\ball\s+(?:types|kinds)\s+of\b", re.IGNORECASE)
@lru_cache(maxsize=8)
def _all_kinds(sentence: str) -> bool:
    """Whether the sentence names a whole class ("vehicles of all types"); read once a sentence, not once a figure."""
    return _ALL_KINDS.search(sentence) is not None


_TONNAGE = re.compile(rf"\d\s*{TONNAGE_UNIT}\b", re.IGNORECASE)
_GENERIC_HEADS = frozenset("products product goods items commodities materials equipment parts components".split())


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


VEHICLE_NAMES = frozenset("car cars vehicle vehicles automobile automobiles auto autos".split())


def same_goods(one: str, other: str) -> bool:
    """Whether two names are of the same goods: one names the other by its head ("batteries", "lithium-ion
    batteries"), or both are names of motor vehicles ("vehicles" in a story on "cars")."""
    one, other = one.lower(), other.lower()
    return one == other or names_by_head(one, other) or names_by_head(other, one) or (
        one in VEHICLE_NAMES and other in VEHICLE_NAMES)


def names_by_head(short: str, topic: str) -> bool:
    """Whether `short` names the story's `topic` goods by their last words ("batteries" for "lithium-ion battery",
    "battery" for "lithium-ion batteries"); not a generic head ("products" for "mechanical and electrical ...")."""
    words, topic_words = short.split(), topic.split()
    head, last = _singular(short), _singular(topic_words[-1])
    if len(words) == 1 and len(last) > len(head) and last.endswith(head) and last[: -len(head)].isalpha():
        return short not in _GENERIC_HEADS  # "beans" for "soybeans"; not "oil" for "non-oil"
    if len(words) >= len(topic_words) or words[-1] in _GENERIC_HEADS:
        return False
    tail = topic_words[-len(words) :]
    return [_singular(w) for w in words] == [_singular(w) for w in tail]


# "The total was 5.7% higher than in May" in a story on soybeans: the story's goods' total, not all trade
_THE_TOTAL = re.compile(r"\b[Tt]he\s+(?:year['’]s\s+|monthly\s+|annual\s+)?total\b"
                        r"(?=\s+(?:was|were|stood|came|rose|fell|reached|climbed|dropped|for|so\s+far)\b)")
# "up 28.8% from a year earlier and equal to 75.1% of the total": the whole of a share, not the figure's own goods
_SHARE_OF_WHOLE = re.compile(r"(?:%|\bper\s*cent|pc\b|\bpercent)\s+of\s+(?:the\s+|its\s+)?(?:total|overall|all)\b",
                             re.I)
_WHOLE_AFTER_SHARE = re.compile(  # "14.7 percent of overall exports" (not "of the total": the story's goods' total)
    rf"[\d.,]+\s*{PERCENT_WORD}\s+of\s+(?:the\s+|its\s+)?(?:total|overall|all)\s+(?:merchandise\s+|goods\s+)?"
    r"(?:exports|imports|shipments|trade)\b", re.I)
# "Total merchandise exports stood at SR101.6 billion ($27.09 billion) ..., a rise of 3.8 percent": every figure of a
# sentence whose subject is the whole trade is the whole's
_WHOLE_SUBJECT = re.compile(r"\W*(?:Total|Overall)\s+(?:merchandise\s+|goods\s+)?(?:exports|imports|trade|shipments)\b")


def framed_goods(
    chosen: list[str | None], text: str, clause: str, at: int, area: str, partner: str | None, ctx: Context, *,
    ex_precious: int, share: bool = False, paragraph_goods: str | None = None,
) -> list[str | None]:
    """The goods of the figure at `at` once its frame is applied to `chosen`, the goods its own words name;
    `paragraph_goods` are those of the paragraph's figures before its sentence, where the sentence names none;
    `ex_precious` is where the sentence first says its goods are of goods alone if it excludes precious metals
    (the sentence's length if it does not say so), else -1."""
    if _TURN_TO_ALL.search(clause):
        ctx.whole_trade_paragraph = ctx.paragraph  # "broader trade numbers showed ...": the rest of it too
    # a share's whole comes after it ("72 per cent of the country's total soybean imports", "or 61% of total
    # arrivals"): only the words before it say whether the part is the whole trade
    scope = text[clause_span(text, at)[0] : at] if share else clause
    named = _THE_TOTAL.sub(" ", _SHARE_OF_WHOLE.sub(" ", scope))
    whole = (WHOLE_TRADE.search(named) or _WHOLE_SUBJECT.match(text) or (
        share and _WHOLE_AFTER_SHARE.match(text, at))) and not _TONNAGE.search(clause)  # "total imports
    # slid 11% to 387.62 million tons" in a coal story: a tonnage is never of all goods
    if chosen == [None] and ctx.title_product and whole and _ALL_GOODS_OPENING.match(text):
        ctx.whole_trade_paragraph = ctx.paragraph  # "Total exports were up 5.9% ... That left a monthly surplus": a
        # sentence opened on all goods turns its paragraph to them
    if chosen == [None] and ctx.title_product and not whole and ctx.whole_trade_paragraph != ctx.paragraph:
        turned = paragraph_goods and not same_goods(paragraph_goods, ctx.title_product)
        chosen = [paragraph_goods if turned else ctx.title_product]  # a sector story: its figures are the
        # headline's goods, or the other goods its paragraph turned to
    elif len(chosen) == 1 and chosen[0] and ctx.title_product and names_by_head(chosen[0], ctx.title_product) and (
        not _all_kinds(text) and not re.search(rf"{_WHOLE_OF}{re.escape(chosen[0])}", text[:at], re.I)
    ):
        chosen = [ctx.title_product]  # "battery exports", "the batteries" in a story on lithium-ion battery exports;
        # "overall natural gas imports" in one on LNG are the whole class
    if chosen == [None] and (comma := text.find(",", 0, 90)) > 0 and _BOTH_OPENING.search(text, 0, comma):
        chosen = ["goods and services"]  # "Taking goods and services together, India's total exports rose 2.77%"
    framed = ctx.product_frame and not (
        GOODS_ONLY.search(clause) or _GOODS_HERE.search(clause) or _GOODS_HERE.search(text, 0, at))
    if chosen == [None] and framed and (partner is None or "goods and services" in text):
        chosen = [ctx.product_frame]  # "Exports of goods and services fell 1.1% ... imports rose 1.8%"; a
        # partner's figures are usually for goods alone
    if chosen == [None] and area in OVERALL_COMBINED and _OVERALL.search(text, max(0, at - 120), at):
        chosen = ["goods and services"]  # India's "overall exports": merchandise and services together
    if chosen in ([None], ["goods and services"]) and area in COMBINED_HEADLINE and ex_precious >= 0:
        # "Stripping out precious metals, ... the total trade deficit widened": the ONS's headline measure; "goods
        # exports excluding precious metals decreased ..., while imports increased": goods, the sentence's subject
        whole = "goods" if chosen == [None] and (ex_precious < at or partner is not None) else "goods and services"
        # (a partner's figures are for goods alone: "again excluding precious metals, imports from the EU edged up")
        chosen = [f"{whole} excluding precious metals"]
    return chosen


def article_renames(text: str, products: set[str], named_in_figureless: set[str]) -> dict[str, str]:
    """The name each of the article's goods `products` takes where it is not its own: "car exports" are cars, "the
    oilseed" soybeans where the story says so (`goods_classes.article_goods_names`), "concentrate" the full name
    written before it, also by a sentence with no figure (`named_in_figureless`)."""
    names = article_goods_names(text)
    named = {p: names.get(p, p) for p in products}
    full = named_in_full(text, set(named.values()) | named_in_figureless)
    return {p: full.get(n, n) for p, n in named.items() if full.get(n, n) != p}


def named_in_full(text: str, products: set[str]) -> dict[str, str]:
    """The full name each short name of goods stands for in this article: "concentrate" is "copper ore and
    concentrate" where the full name came first ("Arrivals of copper ore and concentrate ... 862,300 tons of
    concentrate"). Not where the short name stood alone before it: "vehicles" in a story on vehicle exports that
    later names "new energy vehicles" are all vehicles; nor where the text calls it the whole ("overall natural
    gas")."""
    lower = text.lower()
    full_names: dict[str, str] = {}
    for short in products - {"services", "goods and services"}:  # the guide's own names: no shorter goods
        fulls = [full for full in products if full != short and names_by_head(short, full)]
        if len(fulls) != 1:
            continue  # none, or several ("batteries" after "lithium-ion batteries" and "lead-acid batteries")
        full = fulls[0]
        if re.search(rf"{_WHOLE_OF}{re.escape(short)}\b", lower):
            continue  # "Overall natural gas imports" in a story on LNG: the whole class, written as such
        first_full = lower.find(full)
        forms = rf"\b(?:{re.escape(short)}|{re.escape(_singular(short))})\b"  # "vehicle exports" name vehicles too
        alone = (m.start() for m in re.finditer(forms, lower)
                 if not lower.startswith(full, m.end() - len(full)))
        first_alone = next(alone, -1)
        if 0 <= first_full < first_alone:
            full_names[short] = full
    return full_names
