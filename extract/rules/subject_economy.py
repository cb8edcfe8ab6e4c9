"""Whether a sentence names a place as the economy it measures: "Japan's exports", "Vietnam exported", "In Japan,
exports ...", "German exports", or the opening subject of its clause."""

from __future__ import annotations

import re

from tradefacts.extract.rules.gazetteer import Place

# "German exports", "Japanese exporters": a demonym (or a name) written as the owner of trade
DEMONYM_SUBJECT = re.compile(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:exports?|imports?|exporters?|importers?|trade|shipments|sales|surplus|deficit|"
    r"economy|customs|outbound|merchandise|goods\s+(?:exports|trade))\b",
    re.IGNORECASE,
)
_CLAUSE_OPENING = re.compile(
    r"^\s*(?:(?:In|For|During|Over|Meanwhile|Separately|And|But|While|Last\s+year|This\s+year)\b[^,]{0,60},\s*)?"
    r"(?:(?:In|For|At|Meanwhile,|And|But)\s+)?(?:the\s+)?$"
)
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:while|whereas|but|and)\s+|\s+(?:while|whereas)\s+")
SUBJECT_AFTER = re.compile(
    # "The European Union as a whole recorded a surplus": the whole, then its verb
    r"^(?:['’]s?\s|\s*,?\s*(?:as\s+a\s+whole\s+)?(?:exported|imported|shipped|sold|bought|ran|runs|posted|posts|"
    r"recorded|reported|logged|"
    r"registered|saw|had|booked|swung|turned|notched)\b)",
    re.IGNORECASE,
)


# "..., leaving Seoul with a $6.9 billion deficit": the economy left with the balance is its owner
_LEFT_BEFORE = re.compile(r"\b(?:leaving|left|leaves|giving|gave)\s+(?:the\s+)?$", re.IGNORECASE)
_WITH_BALANCE = re.compile(r"\s+with\s+(?:a|an)\s+[^,;]{0,40}?\b(?:surplus|deficit|shortfall)\b", re.IGNORECASE)


def left_with_balance(sentence: str, place: Place) -> bool:
    """Whether `place` is the economy a clause leaves with a surplus or deficit ("leaving Seoul with a ... deficit")."""
    return bool(_LEFT_BEFORE.search(sentence, max(0, place.start - 12), place.start)
                and _WITH_BALANCE.match(sentence, place.end))  # fmt: skip


_TRADES = re.compile(r"\b(?:export|import|sell|sold|ship|buy|bought|purchas|trade|surplus|deficit)", re.IGNORECASE)


def names_own_trade(sentence: str, place: Place) -> bool:
    """Whether `place` is written as the owner or doer of trade: "Japan's ...", "Vietnam exported", or the
    subject of a clause about trade ("Vietnam, for its part, is selling more ..."), not "Brazil dominated"."""
    if SUBJECT_AFTER.match(sentence[place.end : place.end + 40]):
        return True
    return stated_subject(sentence, place) and _TRADES.search(sentence, place.end, place.end + 60) is not None


def stated_subject(sentence: str, place: Place) -> bool:
    """Whether the sentence names `place` as the economy it measures: "Russia's imports", "In Japan, exports
    ...", "Vietnam ran a deficit", or as the opening subject of its clause; not "hit by U.S. tariffs"."""
    after = sentence[place.end : place.end + 40]
    if place.kind == "demonym" or SUBJECT_AFTER.match(after) or DEMONYM_SUBJECT.match(after):
        return True  # "US imports from China", "The US deficit with Vietnam": written like "German exports"
    if sentence.endswith(("'s", "’s"), place.start, place.end) or left_with_balance(sentence, place):
        return True  # the match took the possessive: "euro zone's"; "leaving Seoul with a deficit"
    before = sentence[: place.start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end() :] if breaks else before
    return _CLAUSE_OPENING.match(clause) is not None
