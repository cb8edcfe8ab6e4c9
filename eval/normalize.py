"""Name normalisation applied the same way to gold and predictions before comparing them."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from tradefacts.schemas.places import canonical_place, name_key

# token_sort_ratio (0-100) at or above which two product/segment phrases are the same.
# 85 accepts plural/spelling/order variants ("lithium-ion batteries" ~ "lithium ion battery")
# and rejects a dropped head noun ("electromechanical" vs "electromechanical products" scores 81).
PHRASE_THRESHOLD = 85.0
_STOP = frozenset({"the", "a", "an", "of", "s"})
_SPLIT_AREAS = re.compile(r"\s*(?:,|\band\b|&)\s*")


def singular(word: str) -> str:
    """Crude English singular, enough to equate 'batteries'/'battery' and 'enterprises'/'enterprise'."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=65536)
def phrase_key(text: str | None) -> str | None:
    """Lower case, punctuation-free, singular tokens without articles."""
    if text is None:
        return None
    tokens = [singular(t) for t in name_key(text).split() if t not in _STOP]
    return " ".join(tokens) or None


@lru_cache(maxsize=65536)
def place_key(name: str | None) -> str | None:
    """Canonical key of an area or partner; a group of areas compares as a set."""
    if name is None:
        return None
    whole = canonical_place(name)
    if whole is not None:
        return name_key(whole)
    parts = [p for p in _SPLIT_AREAS.split(name) if p.strip()]
    keys = sorted({name_key(canonical_place(p) or p) for p in parts})
    return " | ".join(singular_phrase(k) for k in keys)


def singular_phrase(key: str) -> str:
    """Singularise each token of an already normalised key."""
    return " ".join(singular(t) for t in key.split())


def places_equal(a: str | None, b: str | None) -> bool:
    """Whether two area/partner names denote the same place(s)."""
    return place_key(a) == place_key(b)


@lru_cache(maxsize=65536)
def phrases_equal(a: str | None, b: str | None) -> bool:
    """Whether two product/segment phrases agree (both null, or fuzzy token match ≥ PHRASE_THRESHOLD)."""
    ka, kb = phrase_key(a), phrase_key(b)
    if ka is None or kb is None:
        return ka == kb
    return ka == kb or fuzz.token_sort_ratio(ka, kb) >= PHRASE_THRESHOLD


def text_equal(a: str | None, b: str | None) -> bool:
    """Metadata strings (title, publisher) compared by `name_key`."""
    if a is None or b is None:
        return a == b
    return name_key(a) == name_key(b)
