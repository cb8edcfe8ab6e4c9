"""Lists of goods cut into their items: "steel and petrochemicals" is two goods, "mechanical and electrical
products" one, and "iron and steel and of nickel" two."""

from __future__ import annotations

import re
from itertools import combinations

_ITEM_SEP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")  # between the items of a list of goods
_AND_OF = re.compile(r",?\s+and\s+of\s+")


def split_into(name: str, n: int) -> list[str] | None:
    """`name` cut at its "and"s and commas into `n` goods that each end in a plural noun ("mechanical and
    electrical products and labour-intensive products" into 2), else at every one when that makes `n` ("steel
    and petrochemicals"), or None."""
    of_items = list(_AND_OF.finditer(name))  # "iron and steel and of nickel": "and of" opens the next item
    seps = of_items if len(of_items) == n - 1 else _separators(name)
    commas = [m for m in seps if "," in m.group()]
    last_and = [m for m in seps if commas and m.start() > commas[-1].end()]
    if commas and len(commas) + len(last_and[-1:]) == n - 1:  # "textiles and garments, footwear and seafood": the
        seps = [*commas, *last_and[-1:]]  # commas and the last "and" cut the list; the others join an item's words
    for cut in combinations(seps, n - 1):
        bounds = [0, *(x for m in cut for x in (m.start(), m.end())), len(name)]
        parts = [name[bounds[i] : bounds[i + 1]].strip() for i in range(0, len(bounds), 2)]
        # the only cut when there are n - 1 separators: "steel and petrochemicals ... respectively" is n goods
        if all(p.endswith("s") for p in parts) or len(seps) == n - 1:
            return parts
    return None


def _separators(name: str) -> list[re.Match[str]]:
    """The cuts between items; not the "and" of "computers and their parts", which joins goods to their own parts,
    nor that of a heading trade statistics keep whole ("gems and jewellery", "iron and steel")."""
    return [m for m in _ITEM_SEP.finditer(name) if not name.startswith(("its ", "their "), m.end())
            and not _ONE_HEADING.search(name[max(0, m.start() - 6) : m.end() + 16])]


# the "and" inside a heading of trade statistics: "gems and jewellery", "drugs and pharmaceuticals"
_ONE_HEADING = re.compile(
    r"\b(?:gems\s+and\s+jewell?ery|drugs\s+and\s+pharmaceuticals|iron\s+and\s+steel|oil\s+and\s+gas)\b"
)


def split_list(name: str) -> list[str]:
    """Split "x and y" when every item is a plural or a several-word noun phrase; "mechanical and electrical
    products" stays whole."""
    bounds = [0, *(x for m in _separators(name) for x in (m.start(), m.end())), len(name)]
    parts = [p for i in range(0, len(bounds), 2) if (p := name[bounds[i] : bounds[i + 1]].strip())]
    if len(parts) == 1:
        return [name]  # "crude palm oil and its derivatives": one category
    if len(parts) == 2 and parts[0].split()[-1] in parts[1].split()[:-1]:
        return [name]  # "unwrought aluminium and aluminium products": one customs heading
    if len(parts) == 2 and parts[1].startswith("other "):
        return [name]  # "semiconductors and other electronic parts": the class the first item belongs to
    if len(parts) == 2 and parts[0].startswith("crude") and parts[1].endswith("products"):
        return [name]  # "crude oil and petroleum products": India's and Indonesia's heading for oil
    if len(parts) > 1 and (all(p.endswith("s") for p in parts) or all(len(p.split()) > 1 for p in parts)):
        return parts
    return [name]


# 'the "new three" products - electric vehicles, lithium batteries and solar cells -': a named group of goods
_NEW_THREE = re.compile(
    r"(?P<p>new\s+(?:three|trio))[”\"’]?(?:\s+(?:products|items|goods))?"
    r"(?:(?:\s+of|\s*[-–—(:]|,\s+(?:namely|i\.e\.|that\s+is|including))\s+[^;.()—–]{0,60}?\band\s+"
    r"(?:[\w-]+\s+){0,2}?(?:cells|batteries|vehicles|EVs|panels|modules)\b\s*[-–—)]?)?",
    re.IGNORECASE,
)


# "Lithium-ion batteries, the largest of the new three by value, earned ...": a member of the group, not the group
_MEMBER_OF = re.compile(r"\b(?:largest|biggest|smallest|one|two|first|second|third)\s+of\s+the\s+[\"“]?$", re.I)


# "Electric vehicles, lithium-ion batteries and solar cells, the green product group that policymakers have taken to
# calling the "new three", earned ...": the group's members, then its name
_LIST_THEN_NAME = re.compile(
    r"\b[A-Za-z][\w-]*(?:\s+[\w-]+){0,3},\s+(?:[\w-]+\s+){1,3}?and\s+(?:[\w-]+\s+){0,2}?"
    r"(?:cells|batteries|vehicles|EVs|panels|modules),\s+(?:the\s+)?[^,;.()]{0,80}?[“\"‘]?(?P<name>new\s+(?:three|trio))"
    r"[”\"’]?(?=\s*,)",
    re.IGNORECASE,
)


def named_groups(sentence: str) -> list[tuple[int, int, str]]:
    """The named groups of goods in `sentence` ('the "new three" products - electric vehicles, ... -'), as (start,
    end, name); not one a member is said to be part of ("the largest of the new three")."""
    found = [(m.start("p"), m.end(), m.group("p").lower()) for m in _NEW_THREE.finditer(sentence)
             if not _MEMBER_OF.search(sentence, max(0, m.start() - 30), m.start())]
    for m in _LIST_THEN_NAME.finditer(sentence):  # the members first, the name in an apposition after them
        found = [f for f in found if not m.start() <= f[0] < m.end()]
        found.append((m.start(), m.end(), " ".join(m.group("name").lower().split())))
    return found
