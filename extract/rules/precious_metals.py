"""UK figures without precious metals: a sentence's own exclusion ("excluding precious metals", "once precious
metals ... were stripped out") and "on the same basis", which carries the last sentence's to the rest of a paragraph.
An article's standing note ("Unless stated otherwise, all figures in this bulletin exclude ... precious metals") is
not read: the corpus labels its figures both ways."""

from __future__ import annotations

import re

from tradefacts.extract.rules.context import Context
from tradefacts.extract.rules.goods_frame import EX_PRECIOUS, GOODS_ONLY

_ON_SAME_BASIS = re.compile(r"\bon\s+(?:the\s+same|this|that)\s+(?:basis|measure)\b", re.IGNORECASE)
_INCLUDING_PRECIOUS = re.compile(r"\bincluding\s+(?:the\s+)?precious\s+metals\b", re.IGNORECASE)


def precious_metals_frame(text: str, paragraph: int, ctx: Context) -> int:
    """Where the sentence first says its goods are goods alone, if its figures exclude precious metals (its length
    if it does not say so), else -1: by its own words or, where it says "on the same basis" (and for the rest of
    that paragraph), by the last sentence's; remembered for the next sentence."""
    ex_precious = -1 if EX_PRECIOUS.search(text) is None else (
        goods.start() if (goods := GOODS_ONLY.search(text)) else len(text))
    if ex_precious < 0 and ctx.ex_precious_frame and not _INCLUDING_PRECIOUS.search(text) and (
        _ON_SAME_BASIS.search(text) or ctx.ex_precious_frame[0] == paragraph
    ):
        ctx.ex_precious_frame = (paragraph, ctx.ex_precious_frame[1])  # "exports to the EU rose 1.7% on the same
        ex_precious = 0 if ctx.ex_precious_frame[1] else len(text)  # basis": goods without precious metals
    elif ex_precious >= 0:
        ctx.ex_precious_frame = (-1, ex_precious < len(text))
    return ex_precious
