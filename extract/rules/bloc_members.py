"""Blocs spelled out into their members: the members written after a bloc's name ("the five Central Asian countries
- Kazakhstan, ...") elaborate it, and a list that names every member of a bloc is the bloc."""

from __future__ import annotations

import re

from tradefacts.extract.rules.bloc_patterns import BLOC_MEMBERS
from tradefacts.extract.rules.gazetteer import Place

# between the items of a list of places: "ASEAN, the EU and the US", "China's、"
GROUP_SEP = re.compile(r"^(?:['’]s)?\s*(?:\([^()]*\)\s*)?(?:,\s*(?:and\s+)?|and\s+|、|&\s*)(?:the\s+)?$")

# "the five Central Asian countries - Kazakhstan, ...", "..., namely Kazakhstan, ..."
_MEMBERS_OPEN = re.compile(
    r"\s*(?:[-–—:]|\(|,?\s*(?:namely|i\.e\.|that\s+is,?)|(?:\s*\([A-Z]{2,6}\))?\s*(?:region|area)?,?\s*(?:which\s+)?"
    r"(?:comprises|comprising|consists\s+of|consisting\s+of|covers|covering|made\s+up\s+of|spanning|spans)"
    r"(?:\s+the\s+(?:city|cities|provinces?|municipality)\s+of)?)\s*$"  # "the YRD region, which comprises Shanghai"
)
# between members spelled out: "Shanghai and the provinces of Jiangsu, Zhejiang and Anhui"
_MEMBER_SEP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+(?:provinces?|cities|city|municipality)\s+of\s+)?$")


def without_spelled_out_members(sentence: str, places: list[Place]) -> list[Place]:
    """The places without the members a bloc or region is spelled out into right after its name, after a dash,
    a colon or a bracket: they elaborate the bloc, which keeps its role."""
    out: list[Place] = []
    i = 0
    while i < len(places):
        out.append(places[i])
        j = i + 1
        if places[i].kind == "bloc" and j < len(places) and _MEMBERS_OPEN.match(
            sentence[places[i].end : places[j].start]
        ):
            j += 1
            while j < len(places) and (
                GROUP_SEP.match(gap := sentence[places[j - 1].end : places[j].start]) or _MEMBER_SEP.match(gap)
            ):
                j += 1
        i = j
    return out


def whole_blocs(sentence: str, places: list[Place]) -> list[Place]:
    """A list that ends by naming every member of a bloc ("Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and
    Uzbekistan") as the bloc, one place spanning the members; not where "respectively" shares figures out over
    them, each its own."""
    if "respective" in sentence:
        return places
    out: list[Place] = []
    i = 0
    while i < len(places):
        j = i + 1
        while j < len(places) and GROUP_SEP.match(sentence[places[j - 1].end : places[j].start]):
            j += 1
        for bloc, members in BLOC_MEMBERS.items():  # the members may follow another item: "between Xinjiang and ..."
            k = j - len(members)
            if k >= i and {p.name for p in places[k:j]} == members:
                out += [*places[i:k], Place(bloc, "bloc", places[k].start, places[j - 1].end)]
                break
        else:
            out += places[i:j]
        i = j
    return out
