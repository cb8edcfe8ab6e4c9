"""Places a sentence names by description rather than by name: "the bloc", "the region", "the Asian country",
"the South American supplier", "the world's biggest economy", "the province". Each stands for the last place of
its kind the article named: a bloc for "the bloc", a province for "the province", a foreign country for the rest."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from tradefacts.extract.rules.bloc_patterns import BLOC_SIZES
from tradefacts.extract.rules.continents import continent_of, described_continents
from tradefacts.extract.rules.gazetteer import WORLD_CITY, Place, find_places
from tradefacts.extract.scan import Anchored
from tradefacts.schemas.places import name_key, province_names

_AFTER_PREPOSITION = (  # or after a verb that makes it a small clause's subject: "That kept the landlocked neighbour"
    r"(?:(?<=\bto\s)|(?<=\bwith\s)|(?<=\bfrom\s)|(?<=\bfor\s)|(?<=\bmade\s)|(?<=\bleft\s)|(?<=\bkept\s))"
)
_THE_BLOC = re.compile(
    # "That bloc alone accounted for": a demonstrative names the bloc just mentioned as well
    r"\b(?:the|that|this)\s+(?:(?:\d+|ten|five|six|nine|27)-(?:member|nation)\s+)?(?:bloc|grouping|union)\b|"
    # "exports to the group", "the 10-member group" (not "the group of", nor a company's "the group reported")
    rf"(?:{_AFTER_PREPOSITION}the\s+|\bthe\s+(?:\d+|ten|five|six|nine|27)-(?:member|nation)\s+)group\b(?!\s+of\b)|"
    rf"{_AFTER_PREPOSITION}the\s+(?:region|continent)\b|"  # "exports to the five countries": a bloc of five
    rf"{_AFTER_PREPOSITION}the\s+(?P<count>five|six|ten|5|6|10)\s+(?:countries|nations|states|economies)\b",
    re.IGNORECASE,
)
_COUNTS = {"five": 5, "six": 6, "ten": 10}
# "the Kingdom" in a story on one: the story's own economy (Saudi and Thai reporting write it so); not "the Kingdom of"
_THE_KINGDOM = re.compile(r"\b[Tt]he\s+Kingdom\b(?!\s+of\b)")
_KINGDOMS = frozenset({"Saudi Arabia", "Thailand", "Bahrain", "Jordan", "Morocco", "Cambodia", "Netherlands",
                       "Belgium", "Spain", "Sweden", "Norway", "Denmark"})
_THE_BLOC = Anchored(_THE_BLOC, words=["the", "that", "this"])  # every match starts at a determiner: tried only there
_MEMBERS = re.compile(r"(\w+)-(?:member|nation)", re.IGNORECASE)
_BLOC_OF_SIZE = {"27": "European Union", "28": "European Union", "10": "ASEAN", "ten": "ASEAN"}
# "exports to the Andean nation", "a surplus with the Asian country", "cargoes from the South American supplier",
# "exports to the world's biggest economy": a counterpart named before. Only after a preposition: "the
# country's exports" is the article's own economy. An economy needs a describing word ("the economy" alone is
# the subject's), and not one that makes it the subject's own ("the domestic economy").
_THE_COUNTRY = re.compile(
    rf"{_AFTER_PREPOSITION}(?:the\s+(?:"
    r"(?!(?:domestic|national|local|global|overall|wider|real)\b)(?:[\w'’-]+\s+){1,3}?economy|"
    r"(?:[\w'’-]+\s+){0,3}?(?:country|nation|kingdom|republic|supplier|neighbou?r|buyer|customer))|"
    # "Japan's surplus with its security ally", "Canada's surplus with its largest trading partner"
    r"its\s+(?:[\w'’-]+\s+){0,2}?(?:ally|neighbou?r|(?:largest|biggest|top)\s+trading\s+partner)"
    r")\b(?![-'’])",
    re.IGNORECASE,
)
_THE_COUNTRY = Anchored(_THE_COUNTRY, words=["the", "its"])
_POSSESSIVE_MARKS = ("'s ", "’s ", "s' ", "s’ ")  # "China's", "the United States'"
_FLOW_TOWARD = re.compile(  # "trade with", "exports to": a flow's other side follows
    r"\b(?:trade|exports?|imports?|shipments|sales|purchases|surplus|deficit)\s+(?:with|to|from)\s+$", re.IGNORECASE
)
_TRADE_PREPOSITION = re.compile(r"\b(?:to|from|with)\s+(?:the\s+)?$", re.IGNORECASE)
# "exports to China's southern neighbour", "trade with Africa's most populous nation", "the goods deficit with the
# United States' southern neighbor": the country named before
_OWNED_COUNTRY = re.compile(  # after "to"/"with" only: "Exports from Europe's biggest economy" are the story's own
    r"(?:(?<=\bto\s)|(?<=\bwith\s))(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}?(?:['’]s|(?<=s)['’])\s+"
    r"(?P<described>(?:[\w-]+\s+){0,3}?"
    r"(?:nation|country|neighbou?r|economy|ally|partner))\b(?![-'’])"  # "with Germany's transatlantic partner"
)
# "The region accounted for 8.4 per cent of China's total foreign trade", "..., and the continent accounted for",
# "The South American country alone made up 36.3 per cent", "The Middle East went the other way: the region took":
# a described counterpart as a clause's subject (a country only with a describing name: "the country" alone is
# usually the story's own economy)
_SUBJECT_DESCRIBED = re.compile(
    r"(?:^\s*|,\s+(?:and|while|but)\s+|:\s+)(?P<d>[Tt]he\s+(?:(?P<bloc>region|continent)|(?:[A-Z][\w-]*\s+){1,3}"
    r"(?:country|nation)))(?:\s+(?:(?:alone|now|also|still)\s+)?(?:accounted|made|makes|took|takes|represented|was|"
    r"remained|absorbed|bought|received|supplied|sold|shipped)\b|['’]s\s+share\b)"  # "The South American country's
)  # share of the market climbed to 71.3%"
# "The province as a whole traded goods worth ...", "the province's exports": the last province named.
_THE_PROVINCE = Anchored(re.compile(r"\bthe\s+province\b(?!\s+of\b)", re.IGNORECASE), words=["the"])
# "In December alone, the city's import and export value was ...", after a sentence on "the province": the story's city
_THE_CITY = Anchored(re.compile(r"\bthe\s+city['’]s\b", re.IGNORECASE), words=["the"])


# "The United States remained Japan's largest export market. Shipments there climbed 11.3%": the last foreign
# place named, a partner
# "Belt and Road partner countries took a bigger slice. China's trade with them (with these countries) increased 6.3
# percent": the same
_THESE_COUNTRIES = r"(?:these|those)\s+(?:countries|economies|markets|nations)"
_THERE = re.compile(
    r"\b(?:(?:shipments|exports|imports|sales|deliveries|purchases|(?:goods|products)\s+worth\s+(?:[^.;]|\.(?=\d)){1,30}?)\s+"
    r"(?P<there>there)|"  # "German companies sold goods worth €146.2 billion there"
    rf"(?:trade|commerce|exports?|imports?|shipments|sales)\s+(?:with|to|from)\s+(?P<them>them|it|{_THESE_COUNTRIES}))\b",
    re.IGNORECASE,
)
_THERE = Anchored(_THERE, words=["shipments", "exports", "imports", "sales", "deliveries", "purchases", "trade",
                                 "commerce", "export", "import", "goods", "products"])  # fmt: skip


_DEMONSTRATIVE = re.compile(_THESE_COUNTRIES, re.IGNORECASE)  # the "them" of `_THERE` written out
# "Imports from the two groups fell 3.7% and 4.7%, respectively": the last two foreign places named (not "between
# the two sides": one pair's trade)
_THE_TWO = re.compile(
    rf"{_AFTER_PREPOSITION}the\s+two\s+(?:countries|nations|neighbou?rs|blocs|groups|groupings|economies|markets)\b",
    re.IGNORECASE,
)
# "Trade with the former rose 9.1%, while that with the latter fell": the first and the second of the last two
# foreign places named (not "the former Soviet Union", "the latter half")
_FORMER_LATTER = re.compile(r"\bthe\s+(former|latter)\b(?!\s+(?:[A-Z]|half|part|stage|years?|months?)\b)", re.I)


def is_there(sentence: str, place: Place) -> bool:
    """Whether `place` stands for "there", "them" or "the former" (a partner: the place the goods went to or came
    from; the story's own economy is never one of "the former" and "the latter")."""
    return sentence[place.start : place.end].lower() in ("there", "them", "it") or any(
        pattern.fullmatch(sentence, place.start, place.end) for pattern in (_DEMONSTRATIVE, _FORMER_LATTER))


_MEMBER_OF = re.compile(
    r"\b(?:partners?|members?|econom(?:y|ies)|markets?|countr(?:y|ies)|nations?|exporters?|importers?|destinations?|"
    r"suppliers?)\s+(?:within|in|inside|among|of)\s+$",
    re.IGNORECASE,
)
# "those from outside the bloc", "exports to outside the bloc" (not "of all goods bought from outside the bloc")
_OUTSIDE = re.compile(
    r"\b(?:(?P<noun>countries|markets|economies|nations|partners)|those\s+from|"
    r"(?:exports|imports|shipments|sales|purchases|deliveries|trade|and|or)\s+(?:to|from|with))\s+(?P<out>outside)\s+$",
    # "Imports from the EU and from outside the bloc"
    re.IGNORECASE,
)


@dataclass
class Antecedents:
    """The last bloc, foreign country and province an article named, for the descriptions that stand for them."""

    bloc: str | None = None
    foreign: str | None = None  # the last of either: the other side of a "bilateral trade" that names none
    province: str | None = None
    recent: list[str] = field(default_factory=list)  # the foreign countries named, the last few, oldest first
    eu_named: bool = False  # the EU was among the last two blocs named: "outside the bloc" after "the euro zone"
    pair: list[str] = field(default_factory=list)  # the last two foreign places one sentence named: "the former"
    province_described: bool = False  # "the province" was written: a city's story set against its province

    @property
    def country(self) -> str | None:
        """The last foreign country named."""
        return self.recent[-1] if self.recent else None

    def resolve(self, sentence: str, named: list[Place], frame: str | None) -> list[Place]:
        """`named` (the places `sentence` names, in order) with the places it describes, each spanning its
        description. A country named earlier in the same sentence comes before the article's last one. An
        adjective inside a description ("the South American supplier") is part of it; a name ("the United
        Kingdom") is no description. Each description looks back by a bisection, not a scan: linear time."""
        described = []
        ends = [p.end for p in named]
        last_bloc = _last_of(named, _a_bloc)
        last_foreign = _last_of(named, lambda p: _foreign_country(p, frame))
        sized = "member" in sentence or "nation" in sentence  # "the 27-nation bloc" is the EU, named before or not
        for m in _THE_BLOC.finditer(sentence) if self.bloc or last_bloc[-1] or sized else ():
            if _MEMBER_OF.search(sentence, max(0, m.start() - 40), m.start()):
                continue  # "the largest of China's trading partners within the bloc": the set a member is of
            size = _MEMBERS.search(m.group())  # "the 27-member bloc" is the EU, "the 10-member bloc" ASEAN
            earlier = last_bloc[bisect_right(ends, m.start())]  # "from the EU ..., and from outside the bloc"
            bloc = (_BLOC_OF_SIZE.get(size.group(1).lower()) if size else None) or earlier
            if count := m.group("count"):  # "the five countries": the bloc named before, if it has five members
                bloc = bloc or self.bloc
                if BLOC_SIZES.get(bloc or "") != _COUNTS.get(count.lower(), int(count) if count.isdigit() else 0):
                    continue
            if bloc or self.bloc:
                name, start = bloc or self.bloc or "", m.start()
                eu = name == "European Union" or (name == "Euro area" and self.eu_named)  # "to EU countries, of
                # which ... to the euro zone. Shipments to countries outside the bloc": outside the EU
                if eu and (outside := _OUTSIDE.search(sentence, max(0, start - 40), start)):
                    name = "non-EU countries"  # "countries outside the bloc", "those from outside the bloc"
                    start = outside.start("noun" if outside.group("noun") else "out")
                described.append(Place(name, "bloc", start, m.end()))
        for m in _THE_COUNTRY.finditer(sentence):
            k = bisect_right(ends, m.start())
            if m.group()[:3].lower() == "its" and k and not _TRADE_PREPOSITION.search(
                sentence, max(0, named[k - 1].start - 10), named[k - 1].start
            ):  # "Mexico sold ... to its northern neighbour": the owner is not the one it describes; "China's
                k -= 1  # exports to the ROK ..., while imports from its neighbour": a partner is no owner
            if country := self._on_continent(m.group(), named[:k], frame) or last_foreign[k] or self.country:
                described.append(Place(country, "country", m.start(), m.end()))
        owners: list[tuple[int, int]] = []
        for m in _OWNED_COUNTRY.finditer(sentence) if any(mark in sentence for mark in _POSSESSIVE_MARKS) else ():
            if country := last_foreign[bisect_right(ends, m.start())] or self.country:
                owners.append((m.start(), m.start("described")))  # "Africa's": the owner of the description
                described.append(Place(country, "country", m.start(), m.end()))
        if owners:
            named = [p for p in named if not _inside(owners, p.start)]
        if (m := _SUBJECT_DESCRIBED.search(sentence)) and (m.group("bloc") != "region" or not _a_province(frame)):
            # "The region" in a story on Guangxi or Inner Mongolia is the story's own
            k = bisect_right(ends, m.start("d"))
            if named_as := (last_bloc[k] or self.bloc) if m.group("bloc") else (
                self._on_continent(m.group("d"), named[:k], frame) or last_foreign[k] or self.country
            ):
                described.append(Place(named_as, "bloc" if m.group("bloc") else "country", m.start("d"), m.end("d")))
        for m in _FORMER_LATTER.finditer(sentence) if "former" in sentence or "latter" in sentence else ():
            k = bisect_right(ends, m.start())  # "with the EU and ASEAN ... Trade with the former rose": the first
            two = [p.name for p in named[max(0, k - 8) : k] if p.kind == "bloc" or _foreign_country(p, frame)][-2:] or (
                self.pair if _FLOW_TOWARD.search(sentence, max(0, m.start() - 30), m.start()) else [])
            # an earlier sentence's pair only after "trade with", "exports to": "with the former down" may be goods
            if len(two) == 2:
                described.append(Place(two[m.group(1).lower() == "latter"], "country", m.start(), m.end()))
        if len(self.pair) == 2 and "respectively" in sentence and (m := _THE_TWO.search(sentence)):
            for name in self.pair:  # "Trade with the two neighbours came to A and B respectively": the last pair
                described.append(Place(name, "country", m.start(), m.end()))  # named, both on one span, in order
        for m in _THE_PROVINCE.finditer(sentence) if self.province else ():
            described.append(Place(self.province or "", "province", m.start(), m.end()))
            self.province_described = True
        for m in _THE_KINGDOM.finditer(sentence) if frame in _KINGDOMS and "Kingdom" in sentence else ():
            described.append(Place(frame or "", "country", m.start(), m.end()))  # "the Kingdom's imports": Saudi's
        for m in _THE_CITY.finditer(sentence) if self.province_described and _a_city(frame) else ():
            described.append(Place(frame or "", "city", m.start(), m.end() - 2))
        # "The United States remained the EU's largest export market, but sales there fell": the sentence's own
        # foreign subject (not an owner, "the EU's"), its first, before the article's last foreign place
        first_there = next((p for p in named if p.name != frame and p.kind in ("country", "bloc")
                            and sentence[p.end : p.end + 2] not in ("'s", "’s")), None)  # fmt: skip
        for m in _THERE.finditer(sentence):
            there = first_there.name if first_there and first_there.end <= m.start() else self.foreign
            if there:
                word = "there" if m.group("there") else "them"
                described.append(Place(there, "country", m.start(word), m.end(word)))
        if not described:
            return named
        kept = [d for d in described if not _overlaps_any(named, d, skip_demonyms=True)]
        kept.sort(key=lambda p: p.start)
        return sorted([p for p in named if not _overlaps_any(kept, p)] + kept, key=lambda p: p.start)

    def _on_continent(self, description: str, before: list[Place], frame: str | None) -> str | None:
        """The last country named on the continent a description names ("the South American country" after Brazil,
        then the US): first among the sentence's places before it, then among the article's; None for a
        description with no continent, or none named there."""
        if not (wanted := described_continents(description)):
            return None
        named = [*self.recent, *(p.name for p in before if _foreign_country(p, frame))]
        return next((c for c in reversed(named) if continent_of(c) in wanted), None)

    def note(
        self, named: list[Place], frame: str | None, province: str | None = None, aside: list[Place] | None = None
    ) -> None:
        """Remember the last bloc and foreign country of a sentence's `named` places, left to right, and the
        last `province` it names in any role. A bloc named only in the `aside` of a sentence with figures ("Trade
        with the UAE, a re-export hub for goods bound for the wider Middle East and Africa, grew ...") does not
        displace the bloc the story is about; a figureless sentence's aside may set it ("Yunnan, which bills
        itself as China's gateway to South Asia, is widening its reach there")."""
        in_aside = {id(p) for p in aside or ()}
        bloc = next((p.name for p in reversed(named) if _a_bloc(p) and id(p) not in in_aside), None)
        blocs = [p.name for p in named if _a_bloc(p) and id(p) not in in_aside]
        if blocs:
            self.eu_named = "European Union" in ([self.bloc, *blocs] if len(blocs) < 2 else blocs)[-2:]
        self.bloc = bloc or (self.bloc if self.bloc else next((p.name for p in reversed(named) if _a_bloc(p)), None))
        self.recent = [*self.recent, *(p.name for p in named if _foreign_country(p, frame))][-_RECENT:]
        last = [p.name for p in named if p.kind == "bloc" or _foreign_country(p, frame)]
        self.foreign = last[-1] if last else self.foreign
        self.province = province or self.province
        self.pair = last[-2:] if len(last) > 1 else self.pair


@lru_cache(maxsize=256)
def _a_city(name: str | None) -> bool:
    """Whether the story's place is a city ("Zhengzhou"), so that "the city's" is its own."""
    places = find_places(name) if name else []
    return len(places) == 1 and (places[0].kind == "city" or places[0].kind.startswith(WORLD_CITY))


def _a_province(name: str | None) -> bool:
    return name is not None and name_key(name) in province_names()


def _a_bloc(place: Place) -> bool:
    """A bloc "the bloc" can stand for: not the rest of the world around one ("non-EU countries")."""
    return place.kind == "bloc" and not place.name.startswith(("non-", "countries "))


_RECENT = 12  # the foreign countries a description may reach back to


def _foreign_country(place: Place, frame: str | None) -> bool:
    """A country other than the story's economy; China is none in a story on one of its provinces or cities ("the
    pipeline that enters China near Heihe" in a Heilongjiang story does not make China "its neighbor")."""
    return place.kind == "country" and place.name != frame and not (place.name == "China" and _inside_china(frame))


# Listed among China's provinces, but customs territories of their own: China's customs reports them as partners.
OWN_CUSTOMS_TERRITORIES = frozenset({"Hong Kong", "Macao", "Taiwan"})


@lru_cache(maxsize=256)
def _inside_china(frame: str | None) -> bool:
    """Whether the story's economy is a province or city of China with no customs territory of its own."""
    places = find_places(frame) if frame else []
    return len(places) == 1 and places[0].kind in ("province", "city") and places[0].name not in OWN_CUSTOMS_TERRITORIES


def _last_of(named: list[Place], wanted: Callable[[Place], bool]) -> list[str | None]:
    """For each count k of places read, the name of the last wanted one among the first k (k = 0..len)."""
    last: list[str | None] = [None]
    for place in named:
        last.append(place.name if wanted(place) else last[-1])
    return last


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` lies in one of the sorted, disjoint `spans`."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _overlaps_any(places: list[Place], place: Place, *, skip_demonyms: bool = False) -> bool:
    """Whether `place` overlaps one of `places` (sorted by start, disjoint): the few that start before it ends."""
    i = bisect_left(places, place.end, key=attrgetter("start")) - 1
    while i >= 0 and places[i].end > place.start:
        if not (skip_demonyms and places[i].kind == "demonym"):
            return True
        i -= 1
    return False
