"""Which flow a figure measures where the nearest flow word does not say: a list distributed by
"respectively", the whole a share is part of, what a rank ranks."""

from __future__ import annotations

import re

from tradefacts.extract.rules.mention import Mention
from tradefacts.schemas import Flow, Measure


def respectively(items: list[str], mentions: list[Mention], mention: Mention) -> str | None:
    """The item paired with `mention` in an "X and Y ... A and B, respectively" construction."""
    same = [m for m in mentions if m.measure is mention.measure]
    if len(items) == len(same) > 1:
        return items[same.index(mention)]
    return None


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_FLOW_ITEM = re.compile(  # one flow as an item of a list: "total trade, exports and imports"
    r"\b(?:(?P<total>(?:total|foreign|two-way)\s+trade|trade)|(?P<exports>exports)|(?P<imports>imports)|"
    r"(?P<balance>(?:trade\s+)?(?:surplus|deficit|balance)))\b",
    re.IGNORECASE,
)


_SHARE_OF = re.compile(
    r"\s*(?:per\s*cent|percent|%)?\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:(?P<exports>exports|shipments)|(?P<imports>imports|purchases))\b",
    re.IGNORECASE,
)


def _share_of_flow(sentence: str, mention: Mention) -> Flow | None:
    """"taking 11.9% of exports and supplying 21.4% of imports": a share's flow is the whole it is part of."""
    if mention.measure is not Measure.share:
        return None
    whole = _SHARE_OF.match(sentence, mention.end)
    return Flow(whole.lastgroup) if whole and whole.lastgroup else None


_RANKED_AS = re.compile(
    r"[\s-]*(?:[\w-]+\s+){0,2}?(?:(?P<total>(?:trading|trade)\s+partner|trader|trading\s+nation)|"
    r"(?P<exports>export\s+(?:market|destination)|exporter|buyer|market|destination)|"
    r"(?P<imports>source\s+of\s+imports|import\s+source|supplier|importer))\b",
    re.IGNORECASE,
)


def _rank_flow(sentence: str, mention: Mention) -> Flow | None:
    """"China, Japan's biggest trading partner": a rank's flow is what it ranks (partners, markets, suppliers)."""
    if mention.measure is not Measure.rank:
        return None
    ranked = _RANKED_AS.match(sentence, mention.end)
    return Flow(ranked.lastgroup) if ranked and ranked.lastgroup else None


def _listed_flow(sentence: str, mention: Mention, mentions: list[Mention]) -> Flow | None:
    """"total trade, exports and imports increased by 4.1, 6.5 and 1.5 per cent, respectively": the flow in
    the figure's position."""
    if "respectively" not in sentence[mention.end : mention.end + 200].lower():
        return None
    words = list(_FLOW_ITEM.finditer(sentence, 0, mention.start))
    run = words[-1:]
    for word in reversed(words[:-1]):
        if not _LIST_GAP.fullmatch(sentence, word.end(), run[0].start()):
            break
        run.insert(0, word)
    if len(run) < 2:
        return None
    flows = [Flow(w.lastgroup) for w in run if w.lastgroup]
    item = respectively(flows, [m for m in mentions if m.start > run[-1].end()], mention)
    return Flow(item) if item else None


def refined_flow(sentence: str, mention: Mention, mentions: list[Mention]) -> Flow | None:
    """The flow the figure's construction states, if any: a listed flow, a share's whole, a rank's kind."""
    listed = _listed_flow(sentence, mention, mentions)
    return listed or _share_of_flow(sentence, mention) or _rank_flow(sentence, mention)
