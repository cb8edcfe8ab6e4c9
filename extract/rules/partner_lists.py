"""Figures shared out over a list of partners or goods in order: "respectively" after a gapped clause, as many
figures as items joined as the items are, a second list after the distributed one, and figures fronted by "At"
before the partners they measure."""

from __future__ import annotations

import bisect
import re
from itertools import pairwise
from operator import attrgetter

from tradefacts.extract.rules.attribution import Places
from tradefacts.extract.rules.flows import RESPECTIVELY, respectively
from tradefacts.extract.rules.mention import Mention, figures_between
from tradefacts.extract.rules.place_lists import LIST_SEP
from tradefacts.extract.text import PERCENT_WORD

LIST_ITEMS = 48  # the most items a list of partners is read back over: a bound that keeps the look linear
AT_CUE = re.compile(r"[^,;()]{0,30},\s+(?:[\w'’.-]+\s+){0,4}?(?:with|to|from)\s+(?:the\s+)?(?:other\s+)?")

_LIST_REACH = 300
_CLAUSE_END = re.compile(r",\s+(?:while|whereas|but|and)\b|;|\s+(?:while|whereas)\s")
_FIGURE_JOINT = re.compile(  # "9.4% and 6.1% and decreasing by 11.7%": one list of rates
    rf"\s*{PERCENT_WORD}?\s*(?:,\s*(?:and\s+)?|and\s+)"
    r"(?:(?:increas|decreas|ris|fall|declin|grow)(?:ing|ed)\s+(?:by\s+)?|(?:up|down)\s+(?:by\s+)?)?"
)


_THAT_WITH = re.compile(r"\band\s+th(?:at|ose)\s+(?:with|to|from)\s+(?:the\s+)?$")


def gapped_respectively(
    places: Places, sentence: str, mention: Mention, mentions: list[Mention], resp: int
) -> str | None:
    """The partner of a rate shared out "respectively" over partners each written with a figure of its own, the
    second in a gapped clause: "Trade with Malaysia came to A and that with Indonesia to B, increases of x% and y%,
    respectively" (x is Malaysia's)."""
    before = [p for p in places.partners if p.start < mention.start][-LIST_ITEMS:]
    named = before[-1:]
    while len(named) < len(before) and _THAT_WITH.search(sentence, max(0, named[0].start - 30), named[0].start):
        named.insert(0, before[-len(named) - 1])  # back over the chain of "and that with X to ..." clauses
    if len(named) < 2:
        return None
    figures = [m for m in figures_between(mentions, named[-1].end, resp) if m.measure is mention.measure]
    return respectively([p.name for p in named], figures, mention) if mention in figures else None


def paired(sentence: str, places: Places, group: list[str], mention: Mention, mentions: list[Mention]) -> str | None:
    """ "Trade with the US and ASEAN rose 5.1 percent and 8.8 percent": as many figures as partners, joined as
    the partners are, pair up in order without "respectively"."""
    last_partner = max(p.end for p in places.partners if p.name == group[-1] and p.start <= mention.start)
    return paired_item(sentence, group, last_partner, mention, mentions)


def paired_item(sentence: str, items: list[str], after: int, mention: Mention, mentions: list[Mention]) -> str | None:
    """The item of a list written before `after` that `mention` stands for, where as many figures of its measure,
    joined as a list, follow the list in its clause ("while Dongguan and Guangzhou grew 11.6 percent and 3.5
    percent")."""
    if mention.start - after > _LIST_REACH:
        return None
    figures = joined_figures(sentence, after, after, mention, mentions)
    return respectively(items, figures, mention) if mention in figures else None


def second_list_item(sentence: str, items: list[str], mention: Mention, mentions: list[Mention]) -> str | None:
    """ "... 548.6 billion yuan, 470.2 billion yuan and 441.4 billion yuan respectively, increasing by 7.3 percent,
    4.6 percent and 12.6 percent": a second list of as many figures, right after the distributed one, follows it."""
    window = max(0, mention.start - _LIST_REACH)
    found = next(reversed(list(RESPECTIVELY.finditer(sentence, window, mention.start))), None)
    if found is None:
        return None
    figures = joined_figures(sentence, found.end(), mention.end, mention, mentions)
    return respectively(items, figures, mention) if mention in figures else None


def joined_figures(
    sentence: str, start: int, clause_from: int, mention: Mention, mentions: list[Mention]
) -> list[Mention]:
    """The figures of `mention`'s measure from `start` to the end of the clause (looked for from `clause_from`),
    when they are joined as one list ("7.3 percent, 4.6 percent and 12.6 percent"); else none. Bounded, so a long
    sentence stays linear."""
    limit = min(len(sentence), start + _LIST_REACH)
    end = cut.start() if (cut := _CLAUSE_END.search(sentence, clause_from, limit)) else limit
    figures = [m for m in figures_between(mentions, start, end) if m.measure is mention.measure]
    return figures if all(_FIGURE_JOINT.fullmatch(sentence, a.end, b.start) for a, b in pairwise(figures)) else []


# "At 1,383.5, 1,126.4 and 1,052.8 hundred million yuan, trade with ...", "...: at 612.3 and 398.7 ...": a fronted list
_AT_LEAD = re.compile(r"(?:^|[:;,]\s*)at\s+(?:about\s+|around\s+|some\s+)?\S{0,4}$", re.IGNORECASE)


def fronted_list(sentence: str, places: Places, mention: Mention, mentions: list[Mention]) -> str | None:
    """ "At A, B and C billion yuan, trade with X, Y and Z was up ...": figures listed before the partners they
    measure, in the partners' order, where the list opens on "At" and the partners' list follows it at once."""
    k = bisect.bisect_left(places.partners, mention.end, key=attrgetter("start"))
    if k >= len(places.partners):
        return None
    same = [
        m
        for m in figures_between(mentions, max(0, mention.start - _LIST_REACH), places.partners[k].start)
        if m.measure is mention.measure
    ]
    if mention not in same:
        return None
    first = same.index(mention)
    while first and _FIGURE_JOINT.fullmatch(sentence, same[first - 1].end, same[first].start):
        first -= 1
    figures = same[first:]
    if (
        len(figures) < 2
        or not _AT_LEAD.search(sentence, max(0, figures[0].start - 30), figures[0].start)
        or not all(_FIGURE_JOINT.fullmatch(sentence, a.end, b.start) for a, b in pairwise(figures))
        or not AT_CUE.fullmatch(sentence, figures[-1].end, places.partners[k].start)
    ):
        return None
    group = [places.partners[k]]
    for p in places.partners[k + 1 : k + LIST_ITEMS]:
        if not LIST_SEP.match(sentence[group[-1].end : p.start]):
            break
        group.append(p)
    return respectively([p.name for p in group], figures, mention)
