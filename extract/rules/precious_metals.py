"""UK figures without precious metals: a sentence's own exclusion ("excluding precious metals", "once precious
metals ... were stripped out") and "on the same basis", which carries the last sentence's to the rest of a paragraph.
An article's standing note ("Unless stated otherwise, all figures in this bulletin exclude ... precious metals") is
not read: the corpus labels its figures both ways."""

from __future__ import annotations

import re

from tradefacts.extract.rules.context import Context
from tradefacts.extract.rules.goods_frame import EX_PRECIOUS, GOODS_ONLY

_ON_SAME_BASIS = re.compile(r"\bon\s+(?:the\s+same|this|that)\s+(?:basis|measure)\b", re.IGNORECASE)
_INCLUDING_PRECIOUS = re.compile(  # "When precious metals, which ..., are included, the shortfall was £6.9bn"
    r"\bincluding\s+(?:the\s+)?precious\s+metals\b|\bprecious\s+metals\b[^.;]{0,120}?\b(?:are|were|is)\s+"
    r"(?:included|added\s+back|counted)\b",
    re.IGNORECASE,
)

_WHOLE_TRADE = re.compile(r"\b(?:total|combined|overall)\s+(?:exports|imports|trade)\b|\bgoods\s+and\s+services\b",
                          re.IGNORECASE)


def precious_metals_frame(text: str, paragraph: int, ctx: Context) -> int:
    """Where the sentence first says its goods are goods alone, if its figures exclude precious metals (its length
    if it does not say so), else -1: by its own words or by the last sentence's, where it says "on the same basis"
    (and then for the rest of that paragraph), or where it names no goods of its own after a sentence that excluded
    them from goods ("Exports to the EU slipped 2.7%" after "imports of goods excluding precious metals fell", not
    "Goods imports rose"; "sales to the EU slipped" after "Excluding precious metals, imports from the bloc grew",
    not "total exports fell" after an exclusion that did not say goods); remembered for the next sentence."""
    ex_precious = -1 if EX_PRECIOUS.search(text) is None else (
        goods.start() if (goods := GOODS_ONLY.search(text)) else len(text))
    frame = ctx.ex_precious_frame
    if ex_precious < 0 and frame and not _INCLUDING_PRECIOUS.search(text):
        same_basis = _ON_SAME_BASIS.search(text) is not None  # "exports to the EU rose 1.7% on the same basis"
        if same_basis or (frame[0] == paragraph and (frame[2] or not GOODS_ONLY.search(text)) and (
                frame[1] or not _WHOLE_TRADE.search(text))):  # not "total exports fell" after the exclusion
            ctx.ex_precious_frame = (paragraph, frame[1], same_basis or (frame[2] and frame[0] == paragraph))
            ex_precious = 0 if frame[1] else len(text)  # goods without precious metals
    elif ex_precious >= 0:
        goods_alone = ex_precious < len(text)
        ctx.ex_precious_frame = (paragraph, goods_alone, False)
    return ex_precious


_EXCLUDING_SUFFIX = " excluding precious metals"


def with_metals_restored(goods: str | None, text: str) -> str | None:
    """The paragraph's `goods` as a sentence that puts precious metals back counts them: "goods and services
    excluding precious metals" becomes "goods and services" ("When precious metals ... are included, the shortfall
    was £6.9bn")."""
    if goods and goods.endswith(_EXCLUDING_SUFFIX) and _INCLUDING_PRECIOUS.search(text):
        return goods.removesuffix(_EXCLUDING_SUFFIX)
    return goods
