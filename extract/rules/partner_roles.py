"""How a sentence writes a place as another economy's ranked partner: "China remained Germany's biggest trading
partner", "overtakes the US as Vietnam's biggest market", "Angola, China's largest African oil supplier,"."""

from __future__ import annotations

import re

PARTNER_NOUN = (
    r"(?:trading|trade)\s+partner|partner|(?:export|import)\s+(?:market|destination)|market|destination|buyer|"
    r"customer|supplier|(?:countries|economies|nations)\s+(?:selling|exporting|shipping)\s+to|"
    r"(?:countries|economies|nations)\s+(?:supplying|buying\s+from|importing\s+from)|"
    r"source\s+of\s+(?:[\w.'’]+\s+){0,2}?(?:imports|goods|products|supplies)|source(?!\s+of)|"
    r"source\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:ingredient|fuel|metal|ore|commodity|grain|oilseed|mineral)|contributors?\s+to\s+the\s+(?:trade\s+)?(?:surplus|deficit)"
)
PARTNER_SUBJECT = re.compile(
    # "Mexico accounted for a $16.4 billion deficit", "Taiwan ... again produced the biggest bilateral goods deficit":
    # the counterpart of the subject's balance
    r"^(?:,[^;]{1,120}?,)?\s+(?:again\s+|also\s+)?(?:accounted\s+for|produced|generated|contributed)\s+(?:an?|the)\s+"
    r"(?:[^.;]|\.(?=\d)){0,50}?\b(?:deficit|surplus|shortfall|gap)\b|"
    # "Turkmenistan was the lone exception, with bilateral trade shrinking 5.2 percent": the story's partner
    r"^\s+(?:was|were|is)\s+(?:the\s+)?(?:lone|only|sole|one|an?|the\s+main)\s+exceptions?\b[^.;]{0,30}?,\s+with\s+"
    r"(?:its\s+|their\s+)?(?:bilateral|two-way)\s+trade\b|"
    # "Hong Kong, China, the city's second largest trading partner, recorded": the story's partner, named so
    rf"^(?:,\s+China)?,\s+(?:the|its)\s+(?:city|province|region|country|nation|municipality)['’]s\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{PARTNER_NOUN})\b|"
    r"^(?:\s*\([A-Z][\w.&-]{1,10}\))?"  # "The European Union (EU) was China's second-largest trading partner"
    r"(?:,\s+(?:a|an|the)\s+[^,;.]{1,50},)?"  # "Liberia, a major open ship registry, was the largest destination"
    r"(?:,\s+(?:by\s+contrast|in\s+contrast|meanwhile|however|though|for\s+its\s+part|once\s+again|again),)?"  # "ASEAN,
    # by contrast, kept its place as China's largest trading partner"
    # "China thus remained by far Germany's biggest supplier", "The US nevertheless remained the top destination"
    r"(?:\s+(?:thus|also|still|again|therefore|nevertheless|nonetheless|however))?"
    r"\s*,?\s*(?:remained|remains|was|were|is|are|became|becomes|has\s+become|stayed|ranked|ranks|the|"
    r"(?:continued|continues)\s+to\s+(?:be|rank\s+as)|ha[sd]\s+(?:been|remained|stayed)|"
    r"(?:cemented|consolidated|kept|retained|held(?:\s+on\s+to)?|maintained|extended)\s+its\s+"
    r"(?:position|place|status|lead|spot))\b"
    r"(?:[^.;]|(?<=\bU)\.|(?<=\bU\.S)\.|(?<=\b[Nn]o)\.){0,60}?"  # "is still the province's biggest single-country
    # trading partner", "remained the largest U.S. trading partner", "remained South Korea's No. 1 export destination"
    rf"\b(?:{PARTNER_NOUN})",
    re.IGNORECASE,
)
# "China back as Germany's top trading partner", "overtakes the US as Vietnam's biggest market".
AS_PARTNER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,6}?(?:as|to\s+become)\s+(?:(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s|"
    r"the\s+(?:province|city|region|country|nation|municipality)['’]s|the|its)\s+"  # "as the province's largest"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{PARTNER_NOUN})\b"  # "overtook Russia as the largest market"
)
ROLE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){1,2}?(?:supplier|buyer|market|exporter|importer|customer|source)s?\b")
# "Germany's biggest export market, the United States, took in", "Sales to the second-largest market, France,
# decreased": a place in apposition to a partner role is that partner, not an aside
_ROLE_BEFORE_APPOSITION = re.compile(  # "Sales to the world's biggest economy, the United States, ...": the same
    rf"\b(?:{PARTNER_NOUN})s?,\s+(?:the\s+)?$|\bto\s+the\s+world['’]s\s+(?:[\w-]+\s+)?economy,\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_APPOSITION_ENDS = re.compile(r"(?:\s*\([A-Z][A-Za-z.]{1,7}\))?,")


def apposed_partner(sentence: str, start: int, end: int) -> bool:
    """Whether the place at `start`:`end` stands in apposition to a partner role written just before it."""
    return bool(_ROLE_BEFORE_APPOSITION.search(sentence, max(0, start - 60), start)) and bool(
        _APPOSITION_ENDS.match(sentence, end))  # "..., the United Arab Emirates (UAE), rose": its acronym too


# "Vietnam's largest export market was still the US", "In second place came the European Union": the place a
# partner role or a ranked place is said to be
ROLE_PREDICATE = (rf"(?:\b(?:{PARTNER_NOUN})s?\s+(?:was|were|is|are|remained|remains|stayed)|"
                  r"\bplace\s+(?:came|went\s+to|was|belonged\s+to)|\b(?:Next|Then)\s+came)\s+(?:still\s+|again\s+|once\s+again\s+|once\s+more\s+)?(?:the\s+)?")
_PREDICATE_BEFORE = re.compile(rf"{ROLE_PREDICATE}$", re.IGNORECASE)


_LIST_GOES_ON = re.compile(r"(?:\s*\([^()]{1,12}\))?\s*(?:,\s*(?:and\s+)?(?:the\s+)?[A-Z]|and\s)")


def predicated_partner(sentence: str, start: int, end: int) -> bool:
    """Whether the place at `start`:`end` is what a partner role or a ranked place before it is said to be (one
    place: a list, "were the EU, ASEAN and the US, whose trade ... respectively", is read as a list)."""
    said = _PREDICATE_BEFORE.search(sentence, max(0, start - 80), start)
    if not said or not _LIST_GOES_ON.match(sentence, end):
        return bool(said)
    # "Henan's top three partners were the US, ASEAN and the EU, which accounted for ...": an owner's list of
    # partners, each one a partner (the items after the first follow it as a list)
    return _OWNED_ROLE.search(sentence, max(0, said.start() - 60), said.start()) is not None and not (
        _WHOSE_TRADE_WITH.search(sentence, end, end + 150))  # "..., whose trade with the province": read as before


_OWNED_ROLE = re.compile(r"(?:['’]s|\b(?:[Ii]ts|[Tt]heir))\s+(?:[\w-]+\s+){0,4}$")
_WHOSE_TRADE_WITH = re.compile(r",\s+whose\s+(?:trade|commerce)\s+with\b")


def role_partner(sentence: str, start: int, end: int) -> bool:
    """Whether the place at `start`:`end` is named as a partner role's: in apposition to it or as its predicate."""
    return apposed_partner(sentence, start, end) or predicated_partner(sentence, start, end)


_WHICH_CLAUSE = re.compile(r",\s+which\s(?:[^,;]|,(?=\d{3}))+,")


def as_partner_past_which(sentence: str, end: int) -> bool:
    """Whether the place ending at `end` is named a partner past a "which" clause holding a figure ("ASEAN, which
    accounted for 41.7 percent of the total, kept its place as the province's biggest trading partner")."""
    found = _WHICH_CLAUSE.match(sentence, end, end + 150)
    return bool(found and AS_PARTNER.match(sentence[found.end() : found.end() + 110]))
