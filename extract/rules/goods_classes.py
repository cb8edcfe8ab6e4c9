"""Goods a story names again by another name. By their class: "Gallium told a different story. Customs recorded
3,146 kilograms of the metal ..." (the metal is gallium, not the rare-earth magnets of the figures before); each class
noun stands for the last goods of its class the article named, in a sentence with figures or without. By a wire
story's second name ("the oilseed" for soybeans) or a count noun's singular ("car exports" are cars)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tradefacts.extract.scan import Anchored

# The members of each class a story calls by the class's noun; plural class nouns are the same class
_MEMBERS: dict[str, tuple[str, ...]] = {
    "metal": ("gallium", "germanium", "antimony", "copper", "aluminium", "aluminum", "nickel", "zinc", "tin",
              "gold", "silver", "platinum", "palladium", "lithium", "cobalt", "tungsten", "molybdenum",
              "magnesium", "titanium", "indium", "bismuth", "manganese"),
    "mineral": ("rare earths", "graphite", "lithium", "cobalt", "bauxite", "antimony", "tungsten", "fluorspar"),
    "grain": ("wheat", "corn", "maize", "barley", "rice", "sorghum"),
    "alloy": ("steel", "stainless steel"),
    "meat": ("beef", "pork", "poultry", "chicken", "mutton", "lamb", "veal"),
    "ore": ("iron ore", "copper ore", "copper concentrate", "bauxite", "manganese ore", "chrome ore", "nickel ore"),
    "fuel": ("crude oil", "coal", "liquefied natural gas", "lng", "natural gas", "diesel", "gasoline", "jet fuel",
             "fuel oil", "naphtha", "thermal coal", "coking coal"),
    "fruit": ("durians", "fresh durians", "cherries", "bananas", "mangoes", "kiwifruit", "grapes", "oranges",
              "avocados", "mangosteens", "longans", "dragon fruit"),
}  # fmt: skip
_CLASS_OF_NOUN = {"metal": "metal", "metals": "metal", "mineral": "mineral", "minerals": "mineral", "grain": "grain",
                  "grains": "grain", "fuel": "fuel",
                  "meat": "meat", "meats": "meat", "alloy": "alloy", "alloys": "alloy", "fruit": "fruit"}  # fmt: skip
_NAMES = sorted({name for names in _MEMBERS.values() for name in names}, key=len, reverse=True)
# "copper" but not "copper-nickel"'s first half alone, "coal" but not "charcoal"; "tin" is not "Tin Shui Wai"
_MEMBER = Anchored(
    re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in _NAMES) + r")(?![\w-])",
               re.IGNORECASE),
    words=[n.split()[0] for n in _NAMES],
)  # fmt: skip


def goods_named(sentence: str) -> list[tuple[int, str]]:
    """The goods of a known class the sentence names, by offset, in the text's words (lower case)."""
    found = []
    for match in _MEMBER.finditer(sentence):
        if match.group()[0].isupper() and match.group().lower() == "tin":
            continue  # "Tin" as a name
        found.append((match.start(), " ".join(match.group().lower().split())))
    return found


# "Shipments of the metal dried up ..., and the US deficit with the Alpine nation narrowed to $2.1 billion": a clause
# with its own subject after the phrase is not about the goods
_NEW_CLAUSE = re.compile(r",\s+(?:and|while|but|whereas)\s|;")


@dataclass(frozen=True)
class ClassPhrase:
    """A sentence's class phrase ("the metal", "these grains", "such goods"), the goods it stands for, and where the
    first new clause after it ends (a figure past that is not about the goods). Read once a sentence: linear."""

    start: int
    end: int
    goods: str
    cut: int

    def goods_for(self, figure: int) -> str | None:
        """The goods for the figure at offset `figure`; None where a new clause stands between phrase and figure."""
        return None if self.end <= figure and self.cut <= figure else self.goods


def class_phrase(
    sentence: str, phrase: re.Match[str] | None, named: list[tuple[int, str]], earlier: dict[str, str],
    just_named: str | None, story_goods: str | None = None,
) -> ClassPhrase | None:
    """What the class phrase stands for: the last goods of its class named before it in this sentence, else in the
    sentences before, else the goods just named; None with no phrase or no such goods. Goods named as part of the
    story's goods (`story_goods`) are those goods ("the metal" after "unwrought aluminium and aluminium products")."""
    if phrase is None:
        return None
    kind = _CLASS_OF_NOUN.get(phrase.group().split()[-1].lower())
    here = [name for start, name in named if start < phrase.start() and name in _MEMBERS[kind]] if kind else []
    goods = here[-1] if here else (earlier.get(kind) if kind else None) or (
        story_goods if kind and story_goods and any(name in _MEMBERS[kind] for _, name in goods_named(story_goods))
        else just_named)  # "Imports of the light metal" in an aluminium story, after figures for alumina
    if goods is None:
        return None
    if story_goods and goods != story_goods and re.search(rf"\b{re.escape(goods)}\b", story_goods):
        goods = story_goods
    cut = _NEW_CLAUSE.search(sentence, phrase.end())
    return ClassPhrase(phrase.start(), phrase.end(), goods, cut.end() if cut else len(sentence) + 1)


def note_goods(named: list[tuple[int, str]], earlier: dict[str, str], *, figure_goods: bool = False) -> None:
    """Record, for each class, the last of its goods this sentence names; after a sentence whose last figure had goods
    (`figure_goods`), those goods are the ones a class noun now stands for, so the older names are forgotten
    ("Steel exports rose 5%. Shipments of the metal to Vietnam rose 8%": steel, not an earlier copper)."""
    if figure_goods:
        earlier.clear()
    for _, name in named:
        for kind, members in _MEMBERS.items():
            if name in members:
                earlier[kind] = name


# Goods by a wire story's second name ("the oilseed"): where the article also names them, its figures take that
# name. (Not "chip" as "semiconductors": annotators write both for "chip exports", and held-out sets lose by it.)
_SAME_GOODS = (
    ("soybeans", re.compile(r"\bsoybeans?\b", re.IGNORECASE), ("oilseed", "oilseeds", "soybean")),
    ("iron ore", re.compile(r"\biron\s+ore\b", re.IGNORECASE), ("steelmaking ingredient", "ore",
                                                                  "steelmaking raw material", "steelmaking material")),
    ("copper", re.compile(r"\bcopper\b", re.IGNORECASE), ("red metal",)),
    ("gold", re.compile(r"\bgold\b", re.IGNORECASE), ("yellow metal",)),  # "Inward shipments of the yellow metal"
)


# "car exports", "chip shipments": a count noun written before its flow names the goods in the plural
_PLURAL_OF = {"car": "cars", "chip": "chips", "truck": "trucks", "ship": "ships", "smartphone": "smartphones",
              "phone": "phones", "computer": "computers", "laptop": "laptops", "battery": "batteries",
              "vehicle": "vehicles", "automobile": "automobiles"}  # fmt: skip


def article_goods_names(text: str) -> dict[str, str]:
    """The name each short name of goods takes in this article: "the oilseed" is "soybeans" where the text also
    writes "soybeans"; "car" (from "car exports") is "cars"."""
    names = dict(_PLURAL_OF)
    names.update({short: full for full, written, shorts in _SAME_GOODS if written.search(text) for short in shorts})
    return names


# "The figure accounted for 47.1 percent of the country's total": the figure just given, with its partner and goods
THE_FIGURE = (  # "The figure, accounting for 64.3 percent of the province's total foreign trade, was down 5.2 percent"
    r"^\s*(?:The|This|That)\s+(?:[\w-]+\s+)?figure(?:,\s+[^,;]{1,90},)?\s+(?:accounted|made|represented|was|equal)"
)

# The class a story names goods by the second time ("the steelmaking ingredient" for iron ore): the goods just named
CLASS_NOUNS = frozenset(
    "minerals mineral metal metals grain grains commodity fuel crop goods product products oilseed oilseeds material "
    "materials feedstock meat meats alloy alloys fruit".split()
) | {"steelmaking ingredient", "red metal", "precious metal", "superchilled fuel"}
THE_CLASS = re.compile(
    r"\b(?:such|these|those)\s+(?:goods|products)\b|"  # "Exports of such goods to ASEAN"
    r"\b(?:the|these|those|such)\s+(?:(?:three|two|four)\s+products|materials?|grains?|commodity|fuel|"
    # "the silvery metal": one describing word, not one that names other goods ("the precious metal")
    r"(?:(?!(?:precious|red|yellow|base|rare|critical|strategic)\b)(?-i:[a-z][a-z-]+)\s+)?(?:minerals?|metals?|fruit)|"
    r"crop|oilseeds?|feedstock|meats?|alloys?|"
    r"steelmaking\s+ingredient|red\s+metal|precious\s+metal|superchilled\s+fuel)\b"
    r"(?!\s+(?:figures|data|numbers|statistics|prices|markets?))",  # "The commodity figures came alongside ..."
    re.IGNORECASE,
)
# the verbs a figure's own size takes; "They represented 16.0 percent of all outbound shipments": a share's
_SIZE_VERBS = r"were|rose|fell|grew|totall?ed|accounted|came|reached|amounted|represented|made\s+up|constituted"
# "Their exports", "those shipments", "Exports in the category", "The figure accounted for": the goods just named
PRODUCT_PRONOUN = re.compile(
    r"\b(?:their|these|those|such)\s+(?:exports|imports|shipments|sales|purchases)\b|"
    r"\b(?:these|those|such)\s+(?:cargoes|deliveries|arrivals|services)\b|^\s*(?:Their|Its)\s+(?:value|volume)\b|"
    # "Shipments of these goods abroad increased", "exports of them rose"
    r"\b(?:exports|imports|shipments|sales|purchases)\s+of\s+(?:these|those|such)\s+(?:goods|products|items)\b|"
    r"\b(?:exports|imports|shipments|sales|purchases)\s+of\s+them\b|"
    # "Trade in them grew 2.5 percent", "..., while their export value surged 34.5 percent": the goods just named
    r"^\s*Trade\s+in\s+them\b|,\s+(?:and|while|but)\s+their\s+(?:export\s+|import\s+)?value\b|"
    # "In October, they had suffered a 10.5 percent fall": the goods just named, after an opening time phrase too
    # ("It posted a deficit" is the economy's: "It" keeps to the verbs of the figure's own size)
    rf"^\s*(?:They|These|Those|It)\s+(?:was|{_SIZE_VERBS})\b|{THE_FIGURE}|"
    r"^\s*(?:(?:In|During|Over|For|A\s+year\s+earlier|Last\s+month)\b[^,;.]{0,30},\s+)?(?:they|these|those)\s+"
    rf"(?:(?:had|have)\s+)?(?:{_SIZE_VERBS}|suffered|posted|recorded|logged|registered|shrank|gained|expanded|"
    r"contracted|slipped|climbed|jumped|dropped|declined)\b|"
    r"\b(?:in|of)\s+(?:the|this|that)\s+(?:category|group|sector)\b|^\s*(?:The|This|That)\s+(?:category|group|sector)\b",
    re.IGNORECASE,
)


# "sold 1.66 trillion yuan worth of such services": the figure, then the goods it is worth, pointed at
WORTH_OF = re.compile(r"\s*(?:[A-Za-z.]+\s+){0,2}?worth\s+of\s+")


def heading_goods(heading: str) -> str | None:
    """The one kind of goods a section heading names ("COAL AT RECORD IN DECEMBER"), or None (not for a list of
    goods: "GOLD, OIL IMPORTS DROP")."""
    if re.search(r",|\band\b|&", heading, re.IGNORECASE):
        return None
    named = {name for _, name in goods_named(heading)}
    return named.pop() if len(named) == 1 else None
