"""Lists of places: the separators between their items, and the places listed right before a subject."""

from __future__ import annotations

import re

from tradefacts.extract.rules.gazetteer import Place

# "Belgium, a major transshipment hub for the European market, and the United Kingdom ranked second and third"
APPOSED_LIST_SEP = re.compile(r",\s+(?:a|an|the)\s+[^,;()]{1,70},\s+and\s+(?:the\s+)?")
# "the EU and the 10-member Association of ...": a bloc's size is no break in the list; nor is a name's tail the place
# table does not hold ("with Hong Kong SAR and the EU", "with ASEAN, Hong Kong of China and the European Union")
LIST_SEP = re.compile(
    r"^(?:\s+as\s+a\s+whole|\s+SAR|\s+Special\s+Administrative\s+Region|\s+of\s+China)?\s*(?:\([^()]*\)\s*)?"
    # "exports to China, Korea's largest export market, and to the United States": an apposition on the item
    r"(?:,\s+(?:the\s+|an?\s+|its\s+|[A-Z][\w.]*['’]s\s+)(?:[\w'’-]+\s+){0,3}?(?:market|partner|buyer|destination|"
    r"supplier|source|customer)s?(?=,))?"
    r"(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:to\s+|with\s+|from\s+)?(?:the\s+)?"
    r"(?:\d+-(?:member|nation|country)\s+)?$"  # "to Asia as a whole and to the European Union"
)


def listed_before(sentence: str, areas: list[Place], kept: list[Place], i: int) -> list[Place]:
    """The places listed right before kept[i] ("The European Union and" the United States), taken off `areas`."""
    group: list[Place] = []
    while areas and len(group) < i and areas[-1] is kept[i - len(group) - 1] and (
        LIST_SEP.match(sentence[areas[-1].end : kept[i - len(group)].start])  # the item after it: kept[i] or the
        or APPOSED_LIST_SEP.fullmatch(sentence, areas[-1].end, kept[i - len(group)].start)  # one taken last
    ):
        group.insert(0, areas.pop())
    return group
