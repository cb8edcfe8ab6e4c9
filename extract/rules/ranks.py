"""Whether an ordinal ("third", "the top", "the largest") in a sentence is a rank among trading partners, cities
or markets: the words around it say so ("ranked third", "the top buyer", "third place"), or it continues a list
of ranks; not a period ("the third consecutive month") nor a rank the subject lost or once held."""

from __future__ import annotations

import bisect
import re
from operator import attrgetter

from tradefacts.extract.rules.mention import LIST_GAP, Mention
from tradefacts.schemas import Measure, Period

# "the biggest source of growth": a source of something that is no goods, so no supplier
NOT_GOODS_SOURCE = (
    r"\s+of\s+(?:the\s+)?(?:growth|support|demand|concern|income|revenue|funding|strength|weakness|risk|uncertainty|"
    r"pressure|drag|optimism|momentum|jobs|employment|tension|friction)\b"
)
_TRADE_NOUN = (
    r"(?:trading|trade|export|import|foreign[- ]trade)\s*(?:partner|city|cities|hub|port|economy|"
    r"destination|market|source|province|region)s?|exporter|importer|trading\s+nation|trader|"
    r"foreign\s+trade\s+city|market|partner|(?:export|import)\s+(?:market|destination)|source\s+of\s+(?:[\w.]+\s+){0,2}?imports|"
    # "Semiconductors, the country's top export item,", "Engineering goods, the biggest export category,"
    r"(?:export|import)\s+(?:item|product|commodity|earner|categor(?:y|ies))s?|"
    rf"buyer|supplier|destination|customer|client|source(?!{NOT_GOODS_SOURCE})"  # "the top source of cathode"
)

_LOST_RANK = re.compile(
    r"\b(?:ceded|ceding|lost|losing|surrendered|relinquished|gave\s+up|from|for|once|formerly|previously)\s+"
    r"(?:the\s+)?$|"  # "Russia, once the top destination": a rank it held
    r"\bone\s+of\s+(?:the\s+)?(?:[\w'’.-]+['’]s?\s+)?$", re.IGNORECASE  # "one of India's biggest export items": none
)
_RANK_CONTEXT_BEFORE = re.compile(
    r"\b(?:rank(?:s|ed|ing)?\s+(?:as\s+)?(?:the\s+)?|(?:rose|climbed|slipped|slipping|fell|dropped|moved|jumped|"
    r"leaped|rising|climbing|falling|reclaimed|retained|kept|remained|secured|took|came|placed|finished|"
    r"comeback|back|returned)\s+(?:only\s+|just\s+)?(?:to\s+|into\s+|the\s+|back\s+(?:in)?to\s+|in\s+)?(?:the\s+)?)$|"
    r"\bno\.\s*$",  # "pushing the US back into second"
    re.IGNORECASE,
)
_RANK_CONTEXT_AFTER = re.compile(
    rf"^(?:(?:-\s*|\s+)(?:,|and|or)\s+[a-z]+)?"  # "second- and third-largest", "second and third place": the first of
    # two ranks that share a noun
    rf"(?:[-\s](?:largest|biggest))?\s*(?:place|position|spot|among|nationwide|globally|"
    rf"in\s+the\s+(?:world|country|nation)|worldwide|(?:[\w.-]+\s+){{0,3}}?(?:{_TRADE_NOUN}))",
    re.IGNORECASE,
)
# "Trade with the US, the third-largest, fell 9.3 percent": a rank in an apposition on the partner just named
_APPOSED_RANK = re.compile(r"\b(?:with|to|from)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,\s+(?:the|now|still)\s+$")
_NOT_RANK_AFTER = re.compile(
    r"^\s*(?:consecutive|straight|time|half|quarter|largest\s+economy|trillion|billion|"
    r"month|year|day|week|markets|countries|parties|party|"  # "third markets", "third countries": no rank
    # "Goods imports took the biggest hit", "marking the biggest gain among major destinations": a change ranked
    r"(?:hit|drag|blow|toll|gains?|boost|jump|drop|decline|fall|increase|rise|slump|surge|plunge|swing|losses|"
    r"loss|setback|contributor|contribution)\b|"
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+(?:months|quarters|weeks))",  # a period
    re.IGNORECASE,
)


_LOOK_BACK = 16  # the figures a rank looks back over for an earlier rank: bounded, so a long sentence stays linear
_NAMED_BEFORE = re.compile(  # "with Hong Kong second", "and the Netherlands the third", "and the US in third"
    r"\b(?:with|and)\s+(?:the\s+)?(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,5},?\s+(?:the\s+|in\s+|its\s+)?$")
# "China third with $2.2 bn", "the UAE third with around 330,000": the figure a later name's ordinal comes with
FIGURE_WITH = r"(?:with|at)\s+(?:(?:about|around|roughly|some|nearly)\s+)?[\d$€£¥]"
_ORDINAL_ENDS = re.compile(rf"\s*(?:[,.;]|and\b|$)|\s+{FIGURE_WITH}")
# "The world's biggest oil buyer brought in 50.89 million tons": the sentence's subject described, not a rank stated
_DESCRIBED_SUBJECT = re.compile(r"\s*The\s+world['’]s\s+$")
# "leaving China with a surplus of $22.82 billion with the world's largest consumer market": a partner described
_DESCRIBED_PARTNER = re.compile(r"\b(?:with|to|from)\s+the\s+world['’]s\s+$", re.IGNORECASE)
# "almost a third of exporters", "one fifth of the total": a fraction, not a rank
_FRACTION = re.compile(r"\b(?:a|one)\s+$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b")
# "Private enterprises remained the largest foreign trade operators": a kind of firm ranked among firms, no flow's
_FIRMS_SUBJECT = re.compile(
    r"\s*(?:[IVX]+\.\s*)?(?:Private|Foreign-invested|State-owned)\s+(?:enterprises|firms|companies)\b(?!['’])"
)


_LATER_PLACE = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"  # a place after the first
# "Belgium and Australia, seventh and eighth respectively, took": ranks in an apposition shared out over the places
_SHARED_RANKS_AFTER = re.compile(
    rf"^(?:,\s+[a-z]+)*,?\s+and\s+(?:{_LATER_PLACE}|eleventh|twelfth)\s+respectively\b"
)
_ONLY_TO = re.compile(r"\s+only\s+(?:to|behind)\b")
_PLACE_BEFORE = re.compile(r"(?-i:[A-Z])[\w.'’-]*,\s+$")


def is_rank(
    sentence: str, start: int, word: str, prefix: str, suffix: str, earlier: list[Mention], *, ranks_named: bool
) -> bool:
    """Whether the ordinal `word` at `start` (with the `prefix` and `suffix` around it) is a rank; `earlier` are
    the sentence's mentions before it, `ranks_named` whether the sentence names spots, places or ranks."""
    ranked = (
        _RANK_CONTEXT_AFTER.match(suffix)
        or _RANK_CONTEXT_BEFORE.search(prefix)
        or (suffix[:1] == "," and (appositive := _APPOSED_RANK.search(prefix)) and (  # ", now second,"
            word.lower().endswith("largest") or not appositive.group().rstrip().endswith("the")))
        or (re.search(r"\bto\s+$", prefix) and ranks_named)
        or (_SHARED_RANKS_AFTER.match(suffix) and _PLACE_BEFORE.search(prefix))
        or _ONLY_TO.match(suffix)  # "Zhejiang's exports, second only to those of Guangdong"
        or (earlier and earlier[-1].measure is Measure.rank and LIST_GAP.fullmatch(sentence, earlier[-1].end, start))
        # "ASEAN was the largest trading partner, with Hong Kong second and the EU third": ranks after names
        or (any(m.measure is Measure.rank for m in earlier[-_LOOK_BACK:]) and _NAMED_BEFORE.search(prefix) is not None
            and _ORDINAL_ENDS.match(suffix) is not None)
    )  # "ranked third, second and fifth in the country": the next of a list of ranks
    fraction = _FRACTION.search(prefix) is not None and _OF_AFTER.match(suffix) is not None
    return bool(ranked) and not (_NOT_RANK_AFTER.match(suffix) or _LOST_RANK.search(prefix) or fraction
                                 or _DESCRIBED_SUBJECT.match(sentence, 0, start) or _FIRMS_SUBJECT.match(sentence)
                                 or _DESCRIBED_PARTNER.search(prefix))


def list_head(sentence: str, mention: Mention, mentions: list[Mention]) -> Mention | None:
    """The rank that opens the list `mention` continues after a later name ("Poland remained the largest buyer of
    German coal and Austria the second largest"), whose noun says what both rank; None when it continues none."""
    if mention.measure is not Measure.rank or not _NAMED_BEFORE.search(sentence, max(0, mention.start - 80),
                                                                          mention.start):
        return None
    at = bisect.bisect_left(mentions, mention.start, key=attrgetter("start"))
    return next((m for m in mentions[max(0, at - _LOOK_BACK) : at] if m.measure is Measure.rank), None)


# "Britain ranked fourth", "Belgium and Australia, seventh and eighth respectively, took": a place opening on its rank
_RANKED_OPENING = re.compile(
    r"\s*(?:The\s+)?(?-i:[A-Z])[\w.'’-]*(?:(?:\s+|\s+and\s+|,\s+)(?-i:[A-Z])[\w.'’-]*){0,4},?\s+"
    r"(?:(?:ranked|came|placed|finished|was|were)\s+(?:in\s+)?|(?=[a-z]+(?:\s+and\s+[a-z]+)?\s+respectively))"
    rf"(?:{_LATER_PLACE})\b"
)


def ranking_continued(
    trail: tuple[float, Period, int] | None, paragraph: int, sentence: str, mentions: list[Mention], stated: bool
) -> Period | None:
    """The period of the ranking (`trail`: its lowest place, period and paragraph) that the next paragraph carries on
    in a sentence stating no period that opens on a lower place ("Mexico was the largest buyer in the first 11
    months ... The UAE came third. // Britain ranked fourth with 301,600 units"), else None."""
    if stated or trail is None or trail[2] == paragraph or not _RANKED_OPENING.match(sentence):
        return None
    ranks = [m for m in mentions if m.measure is Measure.rank]
    return trail[1] if ranks and ranks[0].magnitude > trail[0] else None
