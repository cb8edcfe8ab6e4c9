"""A figure's partner: the one its clause names before or right after it, its place in a list distributed by
"respectively" (partners, or subjects such as "The EU and the US ranked second and third"), or the place it
is listed with in a ranking ("followed by the UK with $1.6 billion")."""

from __future__ import annotations

import bisect
import re
from operator import attrgetter

from tradefacts.extract.rules.attribution import Places
from tradefacts.extract.rules.flows import RESPECTIVELY, respectively
from tradefacts.extract.rules.gazetteer import Place, find_places
from tradefacts.extract.rules.mention import Mention, clause_span, figures_between
from tradefacts.extract.rules.partner_lists import (
    AT_CUE,
    LIST_ITEMS,
    fronted_list,
    gapped_respectively,
    joined_figures,
    paired,
    paired_item,
    second_list_item,
)
from tradefacts.extract.rules.partner_roles import PARTNER_NOUN, ROLE_PREDICATE
from tradefacts.extract.rules.place_lists import LIST_SEP
from tradefacts.extract.text import PERCENT_WORD
from tradefacts.schemas import Flow, Measure

_RESPECTIVE_NOUN = re.compile(r"\brespective\s+(?:gains|increases|rises|growth|declines|drops|falls|shares)\s+of\b")


_PARTICIPLE_OPENING = re.compile(r"\s*(?:After|Having)\s+[a-z]+(?:ing|ed)\b[^,;]*")


def partner_for(sentence: str, places: Places, mention: Mention, mentions: list[Mention]) -> str | None:
    """The partner of a figure; in "with A, B and C ... x, y and z respectively" the one in its position."""
    if bracketed := _bracketed_by(sentence, places, mention):
        return bracketed
    if _PARTICIPLE_OPENING.fullmatch(sentence, 0, mention.start) and (comma := sentence.find(",", mention.end)) > 0:
        k = bisect.bisect_left(places.partners, comma, key=attrgetter("start"))
        if k < len(places.partners) and places.partners[k].start - comma < 60:
            return places.partners[k].name  # "After shrinking 13.8% in August, shipments to the United States sank":
            # the opening's figure is its subject's, named after the comma
    if fronted := fronted_list(sentence, places, mention, mentions):
        return fronted
    group = partner_list_before(sentence, places, mention.start)
    found = RESPECTIVELY.search(sentence, mention.end, mention.end + 400)
    resp = found.start() if found else -1
    subjects = places.subject_group
    if len(subjects) > 1 and resp >= 0 and subjects[-1].end <= mention.start:  # "The EU and the US ranked ..."
        listed = figures_between(mentions, subjects[-1].end, resp)
        if item := respectively([p.name for p in subjects], listed, mention):
            return item
    own = _RESPECTIVE_NOUN.search(sentence, subjects[-1].end, mention.start) if len(subjects) > 1 else None
    if own and (item := respectively(
        [p.name for p in subjects], figures_between(mentions, own.end(), len(sentence)), mention
    )):  # "ASEAN, Europe and Japan saw respective gains of 27.9 percent, 22.1 percent and 9.4 percent"
        return item
    if len(group) < 2 and resp >= 0 and (item := gapped_respectively(places, sentence, mention, mentions, resp)):
        return item  # "Trade with Malaysia came to A and that with Indonesia to B, up x% and y%, respectively"
    if len(group) > 1 and resp >= 0:
        last_partner = max(p.start for p in places.partners if p.name == group[-1] and p.start <= mention.start)
        after_list = figures_between(mentions, last_partner, resp)
        return respectively(group, after_list, mention) or group[-1]
    if len(subjects) > 1 and resp < 0 and mention.measure is Measure.rank and subjects[-1].end <= mention.start:
        ranks = joined_figures(sentence, subjects[-1].end, mention.start, mention, mentions)  # "The United States
        if item := respectively([p.name for p in subjects], ranks, mention):  # and ASEAN ranked second and third"
            return item
    listed = [p.name for p in subjects] if len(subjects) > 1 else group
    if len(listed) > 1 and resp < 0 and (item := second_list_item(sentence, listed, mention, mentions)):
        return item
    if len(subjects) > 1 and resp < 0 and mention.start > subjects[-1].end and (
        item := paired_item(sentence, [p.name for p in subjects], subjects[-1].end, mention, mentions)
    ):
        return item  # "Belgium and Australia took 262,700 and 229,400 vehicles": each its own
    if len(group) > 1 and (both := paired(sentence, places, group, mention, mentions)):
        return both
    if group[-2:] == ["China", "Hong Kong"] and resp < 0:
        return "China, Hong Kong"  # "exports to China and Hong Kong": one market in Taiwan's and Korea's statistics
    subject = places.subject_partner
    if subject and mention.end <= subject.start and _FIGURES_OPENING.fullmatch(sentence, 0, subject.start):
        return subject.name  # "With trade of 792.7 billion yuan, the EU stayed Zhejiang's largest trading partner"
    after = _partner_after(sentence, places, mention)  # "a $1.48 billion deficit with China" binds closest
    before = partner_before(places, mention.start)
    k = bisect.bisect_right(places.partners, mention.start, key=attrgetter("start"))
    where = next((p.start for p in reversed(places.partners[max(0, k - LIST_ITEMS) : k]) if p.name == before), 0)
    if after and before and (clause_span(sentence, mention.start)[0] > where or _after_earlier_figure(
        sentence, where, mentions
    )):  # "a surplus of $4.3 billion with the US and a deficit of $3.9 billion with China": the US is the 4.3's
        return after
    return before or after


def _after_earlier_figure(sentence: str, where: int, mentions: list[Mention]) -> bool:
    """Whether the partner at `where` is written right after an earlier figure, as that figure's partner."""
    k = bisect.bisect_left(mentions, where, key=attrgetter("start"))
    return k > 0 and bool(_PARTNER_CUE_AFTER.fullmatch(sentence, mentions[k - 1].end, where))


# "destinations ... include USA (19.94%) and China (32.82%)", "led by Vietnam (up 48.1 percent)"
_BRACKET_OPEN = re.compile(r"\s*\((?:(?:up|down|rising|falling)\s+(?:by\s+)?)?[+-]?", re.IGNORECASE)


def _bracketed_by(sentence: str, places: Places, mention: Mention) -> str | None:
    """The country or bloc whose bracket the figure opens: that figure's partner. Two bisections, not a scan."""
    paren = sentence.rfind("(", max(0, mention.start - 12), mention.start)
    if paren < 0:
        return None
    owner_end = len(sentence[:paren].rstrip())
    for kept in (places.areas, places.partners):
        i = bisect.bisect_left(kept, owner_end, key=attrgetter("end")) if kept else 0
        if i < len(kept) and kept[i].end == owner_end and kept[i].kind in ("country", "bloc") and (
            _BRACKET_OPEN.fullmatch(sentence, owner_end, mention.start)
        ):
            return kept[i].name
    return None


# "..., followed by the UK with $1.6 billion and the US with $1.5 billion": each figure is its own place's
_LISTED_WITH = re.compile(
    r"(?:followed\s+by|,|\band)\s+(?P<place>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+with\s+\S{0,5}$"
)


def listed_with(sentence: str, mention: Mention, area: str | None) -> str | None:
    """The place a figure is listed with in a ranking ("followed by the UK with $1.6 billion"), not `area`."""
    found = _LISTED_WITH.search(sentence, max(0, mention.start - 60), mention.start)
    places = find_places(found.group("place")) if found else []
    if len(places) == 1 and places[0].kind in ("country", "bloc") and places[0].name != area:
        return places[0].name
    return None


_PARTNER_CUE_AFTER = re.compile(  # not across a clause of its own: "to 17.97 trillion yen as shipments to China fell"
    r"\)?\s*(?:(?!(?:as|while|but|because|after|since|amid|whereas|although|when)\b)[\w.$€£¥%-]+\)?\s+){0,5}?"
    r"(?:\((?:(?:about|around|roughly|some|approximately|or|equivalent\s+to)\s|(?:US|U\.S\.|HK|A|C|NZ|S)?\$|[€£¥])"
    r"[^()]{1,40}\)\s+)?"  # "96.58 billion yuan
    # (about 13.58 billion U.S. dollars) with ASEAN": past the figure's conversion
    r"(?:with|to|from|of|for|against)\s+(?:the\s+)?(?:other\s+|fellow\s+)?(?:[\w]+-(?:member|nation)\s+)?",  # "with
    # the 27-nation European Union", "worth 74.3 billion euros to other EU member states", "paid $3 billion for Russian
    # oil", "a surplus of US$288.8 billion against the EU"
    re.IGNORECASE,
)


# "Germany's biggest export market, the United States,": the rank's partner in apposition to its role
_ROLE_APPOSED = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:(?:{PARTNER_NOUN})s?,\s+(?:the\s+)?|{ROLE_PREDICATE})",
                           re.IGNORECASE)  # "... largest export market was still the US", "second place came the EU"


# "9% of Germany's October exports went to the U.S.": the share's partner, where the owner's goods went
_SHARE_WENT_TO = re.compile(
    r"\s*(?:of\s+)?(?:[\w.-]+['’]s?\s+)?(?:[\w-]+\s+){0,3}?(?:exports|shipments|sales|goods)\s+"
    r"(?:went|go|goes|were\s+(?:sent|shipped|sold)|was\s+(?:sent|shipped|sold))\s+to\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "58.3 percent of China's full-year exports to the region": a share of the owner's flow with the partner
_SHARE_OF_FLOW_TO = re.compile(
    rf"\s*{PERCENT_WORD}?\s+of\s+(?:the\s+|its\s+|their\s+|[\w.-]+['’]s?\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:exports|imports|shipments|sales|purchases|trade)(?:\s+in\s+[\w-]+(?:\s+\d{4})?)?(?:\s+(?:was|were|went))?"
    r"\s+(?:to|from|with)\s+(?:the\s+)?",  # "13 per cent of China's total trade in January-November was with the bloc"
    re.IGNORECASE,
)
# "With imports and exports totaling RMB 30.16 billion, up 10.4%, the EU was ...": an opening of the subject's figures
_FIGURES_OPENING = re.compile(r"\s*(?:With|At)\s[^;:]{0,140}?\d[^;:]{0,60},\s+(?:the\s+)?", re.IGNORECASE)
# "At 23.6 trillion yuan, trade with Belt and Road partner countries represented ...": the opening figure is the
# clause's, whose partner follows it
_AT_OPENING = re.compile(r"\s*At\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?\S{0,4}", re.IGNORECASE)


def _partner_after(sentence: str, places: Places, mention: Mention) -> str | None:
    """"a deficit of $10.2 billion with South Korea": the partner written right after the figure."""
    k = bisect.bisect_left(places.partners, mention.end, key=attrgetter("start"))  # the first after the figure
    if k < len(places.partners) and (_PARTNER_CUE_AFTER.fullmatch(sentence, mention.end, places.partners[k].start) or (
        mention.measure is Measure.share and (
            _SHARE_WENT_TO.fullmatch(sentence, mention.end, places.partners[k].start)
            or (_SHARE_OF_FLOW_TO.fullmatch(sentence, mention.end, places.partners[k].start)
                and not _partner_part(sentence, places, mention)))
    ) or (
        mention.measure is Measure.rank and (_ROLE_APPOSED.fullmatch(sentence, mention.end, places.partners[k].start)
                                             or _FOUND_IN.fullmatch(sentence, mention.end, places.partners[k].start))
    ) or (
        _AT_OPENING.fullmatch(sentence, 0, mention.start)
        and AT_CUE.fullmatch(sentence, mention.end, places.partners[k].start)
    ) or (
        sentence.startswith("there", places.partners[k].start)  # "sold goods worth €146.2 billion there"
        and places.partners[k].start - mention.end <= 3 and sentence[mention.end : places.partners[k].start].isspace()
    )):
        return places.partners[k].name
    return None


# "China's surplus with the bloc widened to $28.9 billion. The surplus rose 22.5 per cent": the balance just named
# (not "The trade surplus", which usually turns to the overall balance)
_THE_BALANCE = re.compile(r"\s*(?:The|That|This)\s+(?:surplus|deficit|gap|imbalance)\b")


def balance_partner(sentence: str, places: Places, flow: Flow, last_balance_partner: str | None) -> str | None:
    """The partner a sentence opening on "The surplus" or "The deficit" continues: the last balance's, where the
    sentence names no partner of its own ("The overall surplus" names none either way)."""
    if flow is Flow.balance and not places.partners and _THE_BALANCE.match(sentence):
        return last_balance_partner
    return None


def partner_list_before(sentence: str, places: Places, pos: int) -> list[str]:
    """The partners of the list that ends last before `pos` ("with ASEAN, the EU and the US"), in order."""
    k = bisect.bisect_right(places.partners, pos, key=attrgetter("start"))  # the partners starting by `pos`
    if not k:
        return []
    group = [places.partners[k - 1]]
    for p in reversed(places.partners[max(0, k - 1 - LIST_ITEMS) : k - 1]):
        same_span = (p.start, p.end) == (group[0].start, group[0].end)  # "the two neighbours": a pair on one span
        if not same_span and not LIST_SEP.match(sentence[p.end : group[0].start].removeprefix("-")):  # "U.S.- and
            break  # EU-bound exports": a hyphen the second item's suffix ends the first with
        group.insert(0, p)
    return [p.name for p in group]




def partner_subject_before(sentence: str, places: Places, pos: int) -> Place | None:
    """The partner written last before `pos` as a clause's subject, not after a preposition or as a demonym
    ("The US ... bought", "..., while Peru sent 0.61 million tons"; not "4.8 million tonnes of Russian crude")."""
    def subject(p: Place | None) -> bool:
        return p is not None and p.kind != "demonym" and not _AFTER_PREPOSITION.search(
            sentence, max(0, p.start - 12), p.start)  # fmt: skip

    k = bisect.bisect_right(places.partners, pos, key=attrgetter("end"))  # in text order: a bounded look back
    near = next((p for p in reversed(places.partners[max(0, k - 4) : k]) if pos - p.end <= 200 and subject(p)), None)
    own = places.subject_partner if places.subject_partner and places.subject_partner.end <= pos else None
    written = [p for p in (near, own if subject(own) else None) if p is not None]
    return max(written, key=lambda p: p.end, default=None)


_AFTER_PREPOSITION = re.compile(r"\b(?:to|from|with|of|in|for|by)\s+(?:the\s+)?$", re.IGNORECASE)


def partner_before(places: Places, pos: int) -> str | None:
    """The partner named before `pos` (or in brackets around it, "ASEAN (46.7%)")."""
    k = bisect.bisect_right(places.partners, pos, key=attrgetter("start"))
    last = places.partners[k - 1] if k else None
    subject = places.subject_partner if places.subject_partner and places.subject_partner.start <= pos else None
    if subject and (last is None or subject.start > last.start):
        return subject.name  # "..., while Argentina supplied 586,000 tonnes": the nearer subject
    return last.name if last else None


# ", helped by higher sales to both EU and non-EU countries, while goods imports fell": the partners of a reason
# given for the figure before, whose clause closes before the next figure's
_REASON_OPENS = re.compile(
    r",\s+(?:(?:helped|driven|boosted|dragged|weighed|held|hit)\s+(?:down\s+|back\s+)?by|with\s+(?:(?:higher|lower|"
    r"weaker|stronger)\s+)?(?:decreases|increases|falls|rises|declines|gains|drops|sales|shipments)\s+(?:in|to)|"
    r"as\s+(?:fewer|more|lower|higher|weaker|stronger)\s)\b"  # ", as fewer cars went to China and the US, and"
)
_REASON_OPENING = re.compile(  # a cause that opens the sentence, up to its comma
    r"\s*(?:Helped|Driven|Boosted|Supported|Buoyed|Lifted|Aided|Hit|Hurt|Weighed\s+down|Dragged\s+down)\s+by\s[^,;]{1,150},|"
    r"\s*Thanks\s+to\s[^,;]{1,150},|"  # "Brisk sales of chip-making equipment to China and Taiwan lifted": a subject
    r"\s*(?:Brisk|Strong|Robust|Solid|Weak|Weaker|Sluggish|Slowing|Higher|Lower|Rising|Falling|Booming)\s+"
    r"(?:sales|shipments|demand|exports|purchases)\s[^,;]{1,120}?\s(?:lifted|boosted|pushed|drove|pulled|dragged|"
    r"propelled|fu?elled)\b"
)
_REASON_CLOSES = re.compile(r",\s+(?:while|whereas|but|and)\s|;")


# ", handing Brazil a record", ", leaving China with": a result clause that names the subject economy anew
_HANDING_SUBJECT = re.compile(
    r",\s+(?:handing|giving|leaving)\s+(?:the\s+(?:country|nation|economy)|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)"
    r"\s+(?:a|an|its|with)\s"
)
_GOODS_CONTRAST = re.compile(r",\s+(?:while|whereas|but)\s+(?:exports|imports|shipments|sales|purchases)\s+of\s+")


def reason_partner(sentence: str, places: Places, mention: Mention, mentions: list[Mention], partner: str) -> bool:
    """Whether `partner`, the last one named before the figure, was named in a reason given for an earlier figure
    (", helped by higher sales to the EU, while goods imports fell ..."), or in a list "respectively" shared out
    before a contrast clause that names goods of its own (", while exports of semiconductors jumped"): not the
    figure's partner."""
    k = bisect.bisect_left(places.partners, mention.start, key=attrgetter("start"))
    if k == 0 or places.partners[k - 1].name != partner:
        return False
    place = places.partners[k - 1]
    if (goods := _GOODS_CONTRAST.search(sentence, max(place.end, mention.start - 300), mention.start)) and (
            RESPECTIVELY.search(sentence, max(place.end, goods.start() - 300), goods.start())):  # bounded looks
        return True  # a list the figures before shared out ("... respectively, while exports of chips jumped")
    handing = _HANDING_SUBJECT.search(sentence, place.end, mention.start)
    if handing and not any(place.end <= m.start < handing.start() for m in mentions) and not _partner_after(
            sentence, places, mention):
        return True  # "boosted sales to China, handing Brazil a record $98.84 billion surplus": a cause with no
        # figure of its own ("Exports to China rose 6.0% to $100.1 billion, leaving Brazil with a $29.2 billion
        # surplus" is the balance with China, as is "..., leaving Japan with a deficit of ... in its trade with China")
    j = bisect.bisect_right(mentions, place.start, key=attrgetter("end"))  # the figures that end before it
    if j == 0:  # "Helped by a pickup in sales to the United States, India's deficit eased": an opening cause
        return (opening := _REASON_OPENING.match(sentence)) is not None and place.end <= opening.end() <= mention.start

    opened = _REASON_OPENS.search(sentence, mentions[j - 1].end, place.start)
    return opened is not None and _REASON_CLOSES.search(sentence, place.end, mention.start) is not None


# "Goods worth €251.8 billion (roughly $296.6 billion) changed hands between Germany and China": the pair after
_HANDS_BETWEEN = re.compile(r"(?:\s*\([^()]{0,40}\))?\)?\s+changed\s+hands\s+between\s+(?:the\s+)?")


_AND_TRADE = re.compile(r"\band\b|\btrade\b")  # "fell 2.2 percent and trade with France": another clause's


def pair_for(sentence: str, places: Places, mention: Mention) -> tuple[Place, Place] | None:
    """The pair whose trade the figure measures: the last written before it ("trade between China and Russia"), else
    the one whose goods it says "changed hands between" them right after it."""
    written = bisect.bisect_right(places.pairs, mention.start, key=lambda pair: pair[1].end)  # pairs in text order
    if written and (after := _partner_after(sentence, places, mention)) and after not in {
        p.name for p in places.pairs[written - 1]
    } and not _AND_TRADE.search(sentence, mention.end, mention.end + 60):
        return None  # "..., edging past the 162.8 billion euros exchanged with the United States": its own partner
    if written:
        return places.pairs[written - 1]
    after = places.pairs[0] if places.pairs else None
    return after if after and (_HANDS_BETWEEN.fullmatch(sentence, mention.end, after[0].start) or (
        mention.measure is Measure.share and _SHARE_OF_PAIR.fullmatch(sentence, mention.end, after[0].start)
        and not _partner_part(sentence, places, mention))) else None


def _partner_part(sentence: str, places: Places, mention: Mention) -> bool:
    """Whether a partner named before a share is its part ("South Africa made up 17.8 percent of China's trade with
    Africa"), or the share restates the figure before it ("rose to $27.2 billion, or 25.6 percent of China's trade
    with Central Asia": that figure's partner, perhaps a paragraph's): then the whole's partner is not the share's."""
    return places.subject_partner is not None or any(p.start < mention.start for p in places.partners) or (
        _RESTATED.search(sentence, max(0, mention.start - 20), mention.start) is not None)


_RESTATED = re.compile(r",\s+or\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$")


# "represented 65.8 percent of China-ASEAN trade": a share of the pair's trade
_SHARE_OF_PAIR = re.compile(rf"\s*{PERCENT_WORD}?\s+of\s+(?:the\s+)?(?:total\s+|overall\s+)?",
                            re.IGNORECASE)


# "found their largest market in the United States": the rank's partner, where the goods' buyer is
_FOUND_IN = re.compile(r"\s+(?:[\w-]+\s+)?(?:market|buyer|customer|destination)s?\s+in\s+(?:the\s+)?", re.IGNORECASE)
# "its trade with China", "the five Central Asian countries did 98.46 billion yuan of goods trade with China",
# "Kazakhstan did 41.35 billion yuan of business with China": the subject's trade with the story's economy
_ITS_TRADE_WITH = re.compile(
    r"\b(?:(?:its|their)\s+(?:two-way\s+|bilateral\s+)?trade|(?<=of\s)(?:goods\s+)?trade|(?<=of\s)business)\s+with\s+"
    r"(?:the\s+)?$", re.IGNORECASE)
# the story's economy named back after a foreign subject: "saw its trade with the country rise"
_TRADE_WITH_US = re.compile(
    r"\b(?:its|their)\s+(?:two-way\s+|bilateral\s+)?trade\s+with\s+the\s+(?:country|nation|city|province|region|"
    r"municipality|mainland)\b", re.IGNORECASE)
_TRADE_WITH_END = re.compile(r"\b(?:trade|business)\s+with\s+(?:the\s+)?$")  # "did ... of business with China"


def trade_with_home(
    sentence: str, places: Places, at: int, area: str | None, partner: str | None, home: str
) -> tuple[str | None, str | None]:
    """The area and partner of a figure of trade "with" the story's economy: "Germany ... accounted for 202.6 billion
    dollars of trade with China" is China's trade with Germany, and so is "The United States, the province's
    third-largest trading partner, saw its trade with Zhejiang shrink" in a story on Zhejiang."""
    if (back := _TRADE_WITH_US.search(sentence, max(0, at - 250), at)) is not None:  # bounded: linear time
        if area not in (None, home):
            return home, area  # "The EU and Hong Kong saw their trade with the city rise 9.4% and 6.1% respectively"
        named = sorted([*places.areas, *places.partners, *([places.subject_partner] if places.subject_partner else [])],
                       key=attrgetter("start"))
        if subject := next((p for p in named if p.end <= back.start() and p.name != home), None):
            return home, subject.name  # "The EU, the second-largest trading partner of China, saw its trade with
            # the country rise"
    with_home = [p for p in places.partners if p.name == home]
    if area != home and any(_TRADE_WITH_END.search(sentence, max(0, p.start - 30), p.start) for p in with_home):
        return home, area
    if area == home and any(_ITS_TRADE_WITH.search(sentence, max(0, p.start - 40), p.start) for p in with_home) and (
        subject := next((p for p in places.areas if p.end <= at and p.name != home), None)
    ):
        return home, subject.name
    return area, partner
