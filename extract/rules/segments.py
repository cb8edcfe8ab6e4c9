"""Which enterprise type or trade mode a figure is of: "Private enterprises' exports rose", and of a list of them
distributed by "respectively", the one in the figure's place."""

from __future__ import annotations

import re

from tradefacts.extract.rules.flows import RESPECTIVELY, SEGMENT_RE, respectively
from tradefacts.extract.rules.mention import LIST_GAP, Mention, figures_between
from tradefacts.extract.rules.partner_lists import second_list_item


def segment_before(
    sentence: str, pos: int, mention: Mention | None = None, mentions: tuple[Mention, ...] | list[Mention] = ()
) -> str | None:
    """An enterprise type or trade mode named before `pos` in the sentence, lower case; of a list of them
    distributed by "respectively" ("Foreign-invested enterprises and state-owned enterprises accounted for 28.5
    percent and 14.3 percent, respectively"), the one in the position of `mention` (at `pos`) among `mentions`."""
    hits = list(SEGMENT_RE.finditer(sentence, max(0, pos - 300), pos))
    if not hits:
        return None
    names = [_segment_name(hits[-1])]
    for earlier, later in zip(reversed(hits[:-1]), reversed(hits[1:]), strict=True):
        if not LIST_GAP.fullmatch(sentence, earlier.end(), later.start()):
            break
        names.insert(0, _segment_name(earlier))
    if len(names) > 1 and mention and (found := RESPECTIVELY.search(sentence, pos, pos + 300)):
        listed = figures_between(mentions, hits[-1].end(), found.start())
        return respectively(names, listed, mention) or names[-1]
    if len(names) > 1 and mention and (item := second_list_item(sentence, names, mention, list(mentions))):
        return item  # "A, B and C posted 4.51, 2.2 and 1 trillion yuan, respectively, up 22.8, 15.3 and 7.4 percent"
    return names[-1]


# "Worth CNY19.16 trillion after a 7.8 percent increase, private firms' trade made up": figures in an opening phrase,
# whose subject follows the comma
_FIGURES_OPENING = re.compile(r"\s*(?:With|At|Worth|Valued\s+at)\s[^;:,]{0,120}?\d[^;:,]{0,80},\s+(?:the\s+)?",
                              re.IGNORECASE)


def segment_after_opening(sentence: str, pos: int) -> str | None:
    """The enterprise type a sentence's opening figures belong to, named right after the opening's comma."""
    opening = _FIGURES_OPENING.match(sentence)
    if opening is None or pos > opening.end():
        return None
    hit = SEGMENT_RE.match(sentence, opening.end())
    return _segment_name(hit) if hit else None


def _segment_name(hit: re.Match[str]) -> str:
    name = " ".join(hit.group("seg").lower().split())
    if name == "private sector":
        return "private enterprises"  # "the private sector contributed ...": the guide's name for its firms
    return re.sub(r"\b(?:firms|companies|businesses)$", "enterprises", name)  # the guide's one name for them
