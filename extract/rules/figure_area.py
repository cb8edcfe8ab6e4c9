"""A figure's area: the one its sentence names before it (an item of a list where the figures are distributed),
and whether it opens a clause of its own after a contrast, whose figures the flow and partner before it are not."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from operator import attrgetter

from tradefacts.extract.rules.attribution import Places, is_foreign
from tradefacts.extract.rules.bloc_members import GROUP_SEP
from tradefacts.extract.rules.context import Context
from tradefacts.extract.rules.flows import RESPECTIVELY, respectively
from tradefacts.extract.rules.gazetteer import Place, country_of, find_places
from tradefacts.extract.rules.mention import LIST_GAP, Mention
from tradefacts.extract.rules.partner_lists import paired_item
from tradefacts.extract.rules.subject_economy import stated_subject
from tradefacts.extract.text import PERCENT_WORD
from tradefacts.schemas import Measure
from tradefacts.schemas.numbers import CARDINAL_WORDS

# "accounting for 46.9% of the total foreign trade of Fujian Province and ranking first": the owner of a share's
# whole, not the subject of the figures after it
_WHOLE_OF = re.compile(
    r"(?:%|\bper\s*cent|pc\b|\bpercent)\s+of\s+(?:the\s+)?(?:total\s+|whole\s+|overall\s+)?(?:[\w-]+\s+){0,3}?of\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)

# "continued to rank first among cities in Zhejiang and made up 25.6 percent": the place of the ranking, not the
# subject of the figures after it
# "Imports and exports of Guangdong, the southern province that leads China in foreign trade, climbed": a place in a
# relative clause that describes the place before it
_DESCRIBING_CLAUSE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:province|city|region|country|economy|port|hub|municipality|nation)\s+"
    r"(?:that|which|where)\s+[^,;]*$",
    re.IGNORECASE,
)
_RANKED_WITHIN = re.compile(
    r"\b(?:among|of)\s+(?:all\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:cities|provinces|regions|prefectures|counties|ports|"
    r"districts|municipalities)\s+(?:in|of|across)\s+(?:the\s+)?$|"
    r"\brank(?:ed|ing|s)?\s+(?:first|second|third|fourth|fifth|top|no\.\s*\d)\s+in\s+(?:the\s+)?$",  # "ranking first in
    # the province and accounting for 49 percent of the GBA total": the city's
    re.IGNORECASE,
)


_POSSESSIVE_AFTER = re.compile(r"(?:\s+(?:Prefecture|City|District|County|Province|Municipality))?['’]s\b")
# "In southern Xinjiang, Kashgar Prefecture's ...": where the sentence is, not a list with its subject
_LOCATIVE_OPENING = re.compile(r"(?:^|[.;:]\s+)(?:In|Across|Within|Elsewhere\s+in)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$")


# "Hefei ranked first among the province's 16 cities, followed by Wuhu and Chuzhou": one list, in ranked order
_RANKED_FOLLOWED = re.compile(r"\s+(?:ranked|ranks|was|came)\s+first\b[^.;]{0,60}?,\s+followed\s+by\s+(?:the\s+)?")
_LATTER = re.compile(r"\bthe\s+(?:latter|last)\s+(?P<n>two|three|four|five|2|3|4|5)\b", re.IGNORECASE)


def area_group(sentence: str, areas: list[Place], index: int) -> str:
    """The area at `index`, joined with the areas listed right before it ("Guangdong, Jiangsu, and Shandong")."""
    names = [areas[index].name]
    i = index
    while (
        i > 0
        and (GROUP_SEP.match(sentence[areas[i - 1].end : areas[i].start])
             or _RANKED_FOLLOWED.fullmatch(sentence, areas[i - 1].end, areas[i].start))
        and not (  # "Germany, the EU's biggest exporter": an appositive, no list ("Jiangsu and Zhejiang's" is one)
            _POSSESSIVE_AFTER.match(sentence, areas[i].end)
            and not re.search(r"\band\b|&", sentence[areas[i - 1].end : areas[i].start])
        )
        and not _LOCATIVE_OPENING.search(sentence, max(0, areas[i - 1].start - 60), areas[i - 1].start)
    ):
        names.insert(0, areas[i - 1].name)
        i -= 1
    return ", ".join(dict.fromkeys(names))


def area_before(sentence: str, places: Places, pos: int) -> str | None:
    """The subject area written before `pos`, with any list it closes; "Shanghai (4.51 trillion)" is Shanghai alone."""
    before = range(bisect.bisect_right(places.areas, pos, key=attrgetter("end")))  # in text order: no scan
    if before and re.fullmatch(r"\s*\([^()]*", sentence[places.areas[before[-1]].end : pos]):
        return places.areas[before[-1]].name
    return area_group(sentence, places.areas, before[-1]) if before else None


# "2.6 points faster than the national rate of 2.9 percent", "against 2.9% nationwide" in a province's story
_NATIONAL_BEFORE = re.compile(
    r"\b(?:national|nationwide|country['’]s)\s+(?:overall\s+|average\s+)?(?:rate|average|growth(?:\s+rate)?|pace|"
    r"figure|level|total)\s+(?:of\s+|at\s+|was\s+)?(?:about\s+|around\s+)?$",
    re.IGNORECASE,
)
_NATIONAL_AFTER = re.compile(r"\s+(?:nationwide|nationally|for\s+the\s+(?:country|nation)\s+as\s+a\s+whole)\b")
# "For the country as a whole, the General Administration of Customs put January-October goods trade at ...":
# every figure of the sentence is the nation's
_NATIONAL_OPENING = re.compile(
    r"\s*(?:(?:For|Across)\s+the\s+(?:country|nation)(?:\s+as\s+a\s+whole)?|Nationwide|Nationally),\s")


def national_area(sentence: str, mention: Mention, home: str | None) -> str | None:
    """The country of a province's or a city's story, for a figure written as the nation's ("the national rate of
    2.9 percent"), else None; "ranked third nationwide" is the province's rank among the nation's."""
    if home is None or mention.measure is Measure.rank or not (
        _NATIONAL_BEFORE.search(sentence, max(0, mention.start - 50), mention.start)
        or _NATIONAL_AFTER.match(sentence, mention.end) or _NATIONAL_OPENING.match(sentence)
    ):
        return None
    place = next(iter(find_places(home)), None)
    if place is None:
        return None
    return "China" if place.kind in ("province", "city") else country_of(place)


def area_for(sentence: str, places: Places, mention: Mention, mentions: list[Mention], ctx: Context) -> str | None:
    """The area the sentence names for the figure; a foreign country it only mentions ("hit by U.S. tariffs",
    "the war in Ukraine") is none: the figure keeps the running subject."""
    if national := national_area(sentence, mention, ctx.article_area):
        places.national = national
        return national
    if places.figure_areas is None:  # once a sentence: its figures' areas, without the owners of a share's whole
        places.figure_areas = [p for p in places.areas if not _WHOLE_OF.search(sentence, max(0, p.start - 80), p.start)
                               and not _RANKED_WITHIN.search(sentence, max(0, p.start - 60), p.start)
                               and not _DESCRIBING_CLAUSE.search(sentence, max(0, p.start - 80), p.start)]
    if len(places.figure_areas) != len(places.areas):
        places = replace(places, areas=places.figure_areas)
    area = area_before(sentence, places, mention.start)
    if area and "," in area:  # "while Dongguan and Guangzhou grew 11.6 percent and 3.5 percent (respectively)"
        names = area.split(", ")
        listed_end = max((p.end for p in places.areas if p.name in names and p.end <= mention.start), default=-1)
        if listed_end >= 0 and (latter := _LATTER.search(sentence, listed_end, mention.start)):
            word = latter.group("n")  # "...; the latter three grew by 13.9%, 2.6% and 5.1%
            n = int(word) if word.isdigit() else CARDINAL_WORDS[word.lower()]
            last = RESPECTIVELY.search(sentence, latter.end())  # respectively": the list's last n, in order
            listed = [m for m in mentions if latter.end() < m.start < (last.start() if last else len(sentence))]
            if n < len(names) and (item := respectively(names[-n:], listed, mention)):
                return item
        paired = listed_end >= 0 and paired_item(sentence, names, listed_end, mention, mentions)
        whole = RESPECTIVELY.search(sentence) and respectively(names, mentions, mention)
        return paired or whole or area
    last = next((p for p in reversed(places.areas) if p.end <= mention.start), None)
    if (
        last is not None
        and is_foreign(last, ctx.article_area)
        and last.name != ctx.area
        and "," not in (area or "")
        and not stated_subject(sentence, last)
    ):
        return None
    return area


_CONTRAST_BEFORE = re.compile(r",\s+(?:while|whereas|but)\s+(?:the\s+)?$")
_DESCRIBED_PARTNER = re.compile(r"[^,;]{0,30}?\b(?:with|to|from)\s+(?:its|their|the)\s+[a-z]+")


def _list_start(sentence: str, places: Places, subject: int) -> int:
    """Where the list of areas that ends at the one starting at `subject` begins ("Dongguan and Guangzhou")."""
    start = subject
    for place in reversed(places.areas[: bisect.bisect_right(places.areas, subject, key=attrgetter("end"))]):
        if not LIST_GAP.fullmatch(sentence, place.end, start):
            break
        start = place.start
    return start


def after_contrast(sentence: str, places: Places, subject: int) -> bool:
    """Whether the subject area starting at `subject` (or the list it ends) opens a clause after a contrast ("...,
    while Dongguan and Guangzhou grew 11.6 percent and 3.5 percent"): the flow and partner before it are not its."""
    if subject == 0:
        return False
    opens = _list_start(sentence, places, subject)
    return _CONTRAST_BEFORE.search(sentence, max(0, opens - 14), opens) is not None


def own_partner(sentence: str, places: Places, subject: int, mention: Mention, partner: str | None) -> bool:
    """Whether a figure after a contrast keeps `partner`: named after its subject, or described after the figure
    ("ran a deficit of 542.9 billion yen with its neighbor")."""
    named_after = any(p.name == partner and p.start > subject for p in places.partners)
    return named_after or _DESCRIBED_PARTNER.match(sentence, mention.end) is not None


# "... 4.5 percent of China's total foreign trade", "about 37 percent of China's NEV exports": the whole's owner
_WHOLE_OWNER = re.compile(
    rf"\s*(?:{PERCENT_WORD}\s+)?of\s+(?:the\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,2}})['’]s?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:foreign\s+trade|trade|exports|imports|purchases|shipments|sales)\b"
)


# "China's share of US goods imports", "Africa's slice of China's total foreign trade was 5.5 percent": the owner's
# trade with the part
_SHARE_OF_OWNERS_TRADE = re.compile(
    r"\b(?P<part>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s\s+(?:share|slice|portion)\s+of\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
    r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,3}?(?:imports|purchases|exports|sales|trade)\b[^,;]{0,60}$"
)


def share_owner(sentence: str, mention: Mention, area: str, partner: str | None) -> tuple[str, str | None]:
    """The area and partner of a share whose whole belongs to a named economy: "The GCC accounted for 4.5 percent of
    China's total foreign trade" is China's trade with the GCC (the owner is the area, the subject its partner)."""
    if (before := _SHARE_OF_OWNERS_TRADE.search(sentence, max(0, mention.start - 160), mention.start)) and (
        (owner := find_places(before.group("owner"))) and (part := find_places(before.group("part")))
    ):  # "China's share of US goods imports slipped to 9.3 per cent": the US's imports from China
        return owner[0].name, part[0].name
    found = _WHOLE_OWNER.match(sentence, mention.end)
    if found is None:
        return area, partner
    named = find_places(found.group("owner"))
    owner = named[0] if len(named) == 1 and named[0].kind != "demonym" else None
    if owner is None or owner.name == area:
        return area, partner
    here = find_places(area)
    if not (here and is_foreign(here[0], owner.name)):
        return area, partner  # "The region accounted for 11.1 percent of China's total", "Xinjiang's trade with
        # Central Asia ... 40.1 percent of China's trade with Kazakhstan ...": the area's own share
    return owner.name, partner or area


# "or 41.3% of its total coal imports of 287,400 tons", "19.4% of China's overall crude imports in October, which
# reached 50.89 million tons", "12% of the 40.1 million tons China bought": the figure is the share's whole
_SHARE_WHOLE_BEFORE = re.compile(
    r"(?:%|\bper\s*cent|pc\b|\bpercent)\s+of\s+(?:[^,;%\d.]{0,60}?\s(?:of|at)\s+|(?:the|its|their)\s+(?:total\s+|overall\s+)?|"
    r"[^,;%\d.]{0,60},\s+which\s+(?:reached|stood\s+at|totall?ed|came\s+to|amounted\s+to|was|were|(?:rose|fell|grew|"
    rf"increased|decreased|climbed|dropped)(?:\s+(?:by\s+)?[\d.]+\s*{PERCENT_WORD}\s+to(?:\s+a(?:\s+record)?)?)?)\s+)"
    r"(?:about\s+|roughly\s+|some\s+|nearly\s+|around\s+)?$",
    re.IGNORECASE,
)


def whole_of_share(sentence: str, places: Places, mention: Mention) -> bool:
    """Whether the figure is the whole of a share written right before it, whose words name no partner of their
    own ("of its total imports from Africa"): the whole of every supplier's part, so no one partner's figure."""
    found = _SHARE_WHOLE_BEFORE.search(sentence, max(0, mention.start - 100), mention.start)
    if found is None:
        return False
    k = bisect.bisect_left(places.partners, found.start(), key=attrgetter("start"))  # none in it, nor right after
    return k == len(places.partners) or places.partners[k].start >= mention.end + _WHOLE_TAIL


_WHOLE_TAIL = 80  # "... of the roughly 21 trillion yen worth of goods Japan shipped to the United States": its own
