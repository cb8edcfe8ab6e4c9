"""The sign a number's wording gives it: a growth rate from its verb, a trade balance from surplus or deficit.

Guide 1.1: falls are negative; a deficit is a negative balance; the growth of a deficit follows its verb
("the deficit widened 19%" is +19, "narrowed 5%" is -5), so surplus and deficit are never growth cues.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from tradefacts.schemas.numbers import NUMBER_RE, SCALE_WORDS, NumberError, parse_value_text


class SignRule(StrEnum):
    """Where a fact's sign comes from."""

    none = "none"  # values, shares, ranks, counts: as written
    growth = "growth"  # the verb: "fell 3%" is -3
    balance = "balance"  # the balance word: "a deficit of $5bn" is -5e9


FALL_WORDS = (
    "fell fall falls falling fallen declined decline declines declining decreased decrease decreases "
    "decreasing dropped drop drops dropping down plunged plunge plunges plunging slumped slump slumps slid "
    "shrank shrink shrinks shrunk shrinking contracted contraction contract contracts collapsed collapse sank "
    "sink tumbled tumble dipped dip dips lower lowered negative minus slipped slip slips slipping eased retreated "
    "narrowed narrow narrows narrowing narrower smaller lost lose loses losing weaker weakened slowed "
    "tumbling sliding sinking dipping easing retreating contracting plummeted plummeting skidded sagged tanked "
    "trimmed slashed shed sheds shedding"  # "trimmed its purchases by 23.9%", "those to the U.S. shed 0.2 percent";
    # not "cut" or "reduced", which tariffs and working days are
).split()
RISE_WORDS = (
    "rose rise rises rising risen increased increase increases increasing up grew grow grows growing grown "
    "growth gained gain gains jumped jump jumps surged surge surges surging soared soar soars climbed climb "
    "climbs expanded expand expands expansion higher upturn rebounded rebound advanced widened widen widens "
    "widening wider larger bigger ballooned swelled spiked rallied accelerated "
    "jumping soaring climbing gaining expanding advancing rebounding "
    "raised boosted lifted"  # "raised its purchases by 84.5%"
).split()
_CUE = re.compile(r"\b(" + "|".join(FALL_WORDS + RISE_WORDS) + r")\b", re.IGNORECASE)
# nouns of a fall that name the rate right after it ("a 2.4 percent slide") but not one before ("Despite the August
# retreat, the deficit ... was 25% larger")
_FALL_NOUNS_AFTER = ["retreat", "slide", "downturn", "setback"]
_CUE_AFTER = re.compile(r"\b(" + "|".join(FALL_WORDS + RISE_WORDS + _FALL_NOUNS_AFTER) + r")\b", re.IGNORECASE)
_FALLS = frozenset(FALL_WORDS + _FALL_NOUNS_AFTER)
_FALL_NOUN_OF = re.compile(r"\ban?\s+(?:" + "|".join(_FALL_NOUNS_AFTER) + r")\s+of\s+$", re.IGNORECASE)
# "export growth slowed to 2.1%": the verb moves the rate, the rate itself is positive.
_RATE_SUBJECT = re.compile(r"\b(?:growth|pace|rate|expansion|increase|gain)\b[^,;.]{0,25}$", re.IGNORECASE)
# "a 3.2-percent rise", "an upwardly revised 4.1% jump": the noun after is the cue
REVISED = r"(?:(?:upwardly|downwardly)\s+)?(?:revised\s+)?"  # between an article and its rate: "an upwardly revised"
# "April's 11.2 per cent month-over-month plunge": a possessive period or subject stands where the article does
_ARTICLE_BEFORE = re.compile(rf"(?:\ban?|\b[A-Z][a-z]+['’]s)\s+{REVISED}$", re.IGNORECASE)
# between a rate and its own noun: the unit and a basis cue ("a 5 per cent month-on-month increase")
_RATE_UNIT_CUE = re.compile(
    r"^-?(?:per|cent|percent|pct|pc|%|(?:year|month|quarter)-(?:on|over)-(?:year|month|quarter)|y/y|m/m|q/q|on-year)$",
    re.IGNORECASE,
)
_THAN = re.compile(r"^\s+than\b", re.IGNORECASE)
_JUST_TO = re.compile(r"^\s+to\s+(?:an?\s+(?:[a-z-]+\s+)?)?$", re.IGNORECASE)  # "slowed to a modest 1.9%"
_GLUE_WORDS = frozenset(
    "and or percent per cent pct pc respectively yuan rmb dollars euros yen won pounds rupees".split()
) | frozenset(SCALE_WORDS)
# "0.9% lower", "7.8% less than", "14.6% below": a comparative right after the number is that number's cue.
_COMPARATIVE_AFTER = re.compile(
    r"\s*(?:per\s*cent|pc\b|percent|%|pct)?\s*(?P<word>lower|less|fewer|below|smaller|weaker|behind|short(?=\s+of\b)|higher|more|"
    r"above|larger|"
    r"bigger|stronger|ahead(?=\s+of\b))\b",  # "running 3.2% ahead of 2024"
    re.IGNORECASE,
)
_COMPARATIVE_FALLS = frozenset({"lower", "less", "fewer", "below", "smaller", "weaker", "behind", "short"})
# "bought $12.1 billion more than it sold": a deficit written as the gap between the flows; "sold ... more than it
# bought" a surplus; "imports outstripped exports by USD 26.57 billion" a deficit too
# what stands between one flow and the other it outran: "Imports therefore outstripped", "Imports of goods and services
# exceeded" (`scope.EXCESS_BY` reads the same words as the balance's flow)
OUTRAN = (r"(?:of\s+goods(?:\s+and\s+services)?\s+|[a-z]+\s+)?"
          r"(?:outstripped|exceeded|outpaced|topped|surpassed|outran)")
_DEFICIT = re.compile(
    r"\b(?:deficits?|shortfalls?|gaps?|in\s+the\s+red|more\s+than\s+(?:it|they)\s+(?:sold|exported)|"
    rf"(?:imports|purchases)\s+{OUTRAN}\s+(?:exports|sales))\b", re.IGNORECASE
)
_NEGATIVE_BEFORE = re.compile(r"\bnegative\s+$", re.IGNORECASE)
_SURPLUS = re.compile(
    r"\b(?:surplus(?:es)?|in\s+the\s+black|more\s+than\s+(?:it|they)\s+(?:bought|imported)|"
    rf"(?:exports|sales)\s+{OUTRAN}\s+(?:imports|purchases))\b", re.IGNORECASE
)


def _cue_sign(segment: str, number_start: int, segment_start: int, evidence: str) -> int | None:
    """The sign of the last verb cue in `segment` (text before a number), or None when it names none."""
    for cue in reversed(list(_CUE.finditer(segment))):
        between = evidence[segment_start + cue.end() : number_start]
        if _THAN.match(between):
            continue  # "weaker than the 0.5% rise": a comparison, the number has its own cue

        if _JUST_TO.match(between) and _RATE_SUBJECT.search(evidence[: segment_start + cue.start()]):
            return None  # "growth eased to 3%": the level of a rate, not a fall
        at = segment_start + cue.start()
        if _NEGATIVE_BEFORE.search(evidence, max(0, at - 20), at):
            return -1  # "a negative growth of 7.11 per cent": a fall, as India's releases write it
        return -1 if cue.group(1).lower() in _FALLS else 1
    return None


_GAPPED = re.compile(  # "fell 5.5% on the month and those to the euro zone 6.0%": past the first rate's basis too
    r"\s*(?:per\s*cent|pc\b|percent|pct|%)?(?:\s+(?:on|from|over)\s+(?:the|a)\s+(?:month|year|quarter)"
    r"(?:\s+(?:before|earlier|ago))?|\s+(?:year|month|quarter)[- ]on[- ](?:year|month|quarter))?"
    r"(?:\s*,?\s+and\s+(?:the\s+)?|\s*,\s+th(?:ose|at)\s+(?:to|from|of|with)\s+)"  # "sank 23 per cent, those to
    r"(?:[A-Za-z][\w-]*\s+){1,5}(?:by\s+)?$"  # China 22.3 per cent and those to Hong Kong 19.8 per cent": one verb
)
_NOT_GAPPED = re.compile(
    r"\b(?:was|were|is|are|reached|stood|totall?ed|amounted|came|hit|recorded|posted|accounted|made|took)\b",
    re.IGNORECASE,
)


def _gapped(segment: str) -> bool:
    """"... and home textiles " between two numbers: a second subject that shares the first one's verb."""
    return _GAPPED.fullmatch(segment) is not None and not _NOT_GAPPED.search(segment)


def _is_glue(segment: str) -> bool:
    """Only list separators, units and brackets between two numbers: "8.5 percent, 5.4 percent and ...",
    "fell by £1.1bn (4.3%)" (the bracket restates the change as a rate)."""
    words = re.findall(r"[a-z]+", segment.lower())
    return bool(re.fullmatch(r"[\s,;%$€£¥a-zA-Z()]*", segment)) and all(w in _GLUE_WORDS for w in words)


def _noun_after_rate(clause: str) -> str:
    """The words up to a rate's own noun: past its unit and a basis cue, at most two more ("per cent month-over-month
    plunge"), else the first two words as before."""
    words = clause.split()[:5]
    glue = 0
    while glue < len(words) - 1 and _RATE_UNIT_CUE.match(words[glue]):
        glue += 1
    return " ".join(words[: max(glue + 1, 2)])


@lru_cache(maxsize=4096)  # the facts of one sentence share its evidence; read it once (do not mutate the result)
def growth_cues(evidence: str) -> dict[int, int | None]:
    """The sign the wording states for every number in `evidence`, by start offset; None where no cue says.

    "a 1.6% increase" takes the noun right after it; otherwise a number takes the last rise/fall cue since the
    previous number; a number that only continues a list
    ("up 8.5 percent, 5.4 percent and down 16.9 percent") keeps the sign of the one before; otherwise the
    first cue in the few words after it ("a 3 percent decline").
    """
    signs: dict[int, int | None] = {}
    numbers = list(NUMBER_RE.finditer(evidence))
    previous_end, previous_sign = 0, None
    for i, m in enumerate(numbers):
        segment = evidence[previous_end : m.start()]
        stop = numbers[i + 1].start() if i + 1 < len(numbers) else len(evidence)
        clause = re.split(r"[,;:(]", evidence[m.end() : stop], maxsplit=1)[0]  # "5.6% pace, narrowing": not its cue
        after = _CUE_AFTER.findall(" ".join(clause.split()[:4]))
        own = _CUE_AFTER.findall(_noun_after_rate(clause)) if _ARTICLE_BEFORE.search(segment) else []
        sign = (-1 if own[0].lower() in _FALLS else 1) if own else None  # "and a 1.6% increase": its own noun
        comparative = _COMPARATIVE_AFTER.match(evidence, m.end())
        if sign is None and comparative:  # "exports were 0.9% lower and imports 2.3% higher"
            sign = -1 if comparative.group("word").lower() in _COMPARATIVE_FALLS else 1
        if sign is None and _FALL_NOUN_OF.search(segment):
            sign = -1  # "a slide of 2.4 percent"
        if sign is None:
            sign = _cue_sign(segment, m.start(), previous_end, evidence)
        if sign is None and previous_sign is not None and i > 0 and (_is_glue(segment) or _gapped(segment)):
            sign = previous_sign  # "fell 3.1 percent and home textiles 4.6 percent": the verb is shared
        if sign is None:
            sign = (-1 if after[0].lower() in _FALLS else 1) if after else None
        signs[m.start()] = sign
        previous_end, previous_sign = (comparative.end() if comparative else m.end()), sign
    return signs


def growth_signs(evidence: str) -> dict[int, int]:
    """The verb-implied sign of every number in `evidence`, by start offset: its cue (`growth_cues`), else +1."""
    return {at: 1 if sign is None else sign for at, sign in growth_cues(evidence).items()}


_CONVERSION_AFTER = re.compile(  # "a €305 billion (US$357.9 billion) deficit": the number's own; past the currency
    # word before it too: "a 234.6 billion yen ($1.54 billion) deficit"
    r"^\s*(?:[A-Za-z]{2,8}\s*(?=\((?:about\s+|around\s+|roughly\s+|some\s+|or\s+)?(?:US|A|C|HK|S|NT)?"
    r"[$\u20ac\u00a3\u00a5\u20b9]))?\([^()]{0,40}\)")


def balance_cue(evidence: str, start: int, end: int) -> int | None:
    """-1 for a deficit, +1 for a surplus: the balance word right after the number ("a 4.5 billion euro deficit"),
    else the nearest before it ("a deficit of ..."), else one a little after; None when no balance word is near."""
    right_after = " ".join(_CONVERSION_AFTER.sub("", evidence[end:], count=1).split()[:3])  # past "(US$357.9 billion)"
    deficit, surplus = _DEFICIT.search(right_after), _SURPLUS.search(right_after)
    if (deficit or surplus) and not NUMBER_RE.search(right_after[: (deficit or surplus).start()]):  # type: ignore[union-attr]
        if deficit and (not surplus or deficit.start() < surplus.start()):
            return -1
        return 1
    before = evidence[:start]
    surpluses = [m.end() for m in _SURPLUS.finditer(before)]
    last_surplus = max(surpluses, default=-1)
    # "a surplus of $102 billion ..., a gap that widened from $62 billion": a gap after a surplus is that surplus
    last_deficit = max((m.end() for m in _DEFICIT.finditer(before)
                        if not (m.group().lower().startswith("gap") and surpluses and surpluses[0] <= m.start())),
                       default=-1)
    if last_deficit >= 0 or last_surplus >= 0:
        return -1 if last_deficit > last_surplus else 1
    after = evidence[end : end + 40]
    nxt = NUMBER_RE.search(after)
    after = after[: nxt.start()] if nxt else after
    deficit, surplus = _DEFICIT.search(after), _SURPLUS.search(after)
    if deficit and (not surplus or deficit.start() < surplus.start()):
        return -1
    return 1 if surplus else None


def balance_sign(evidence: str, start: int, end: int) -> int:
    """The sign of a trade balance from its wording (`balance_cue`); +1 when no balance word is near."""
    cue = balance_cue(evidence, start, end)
    return 1 if cue is None else cue


_CLAUSE_BREAK = re.compile(r"[,;:()]|\.\s|\b(?:and|while|whereas|but)\b", re.IGNORECASE)


def clause_signs(evidence: str, start: int, end: int, rule: SignRule) -> set[int]:
    """Every sign the words around `evidence[start:end]` state under `rule`, up to the clause's end or the next
    number on either side: the rise/fall verbs of a growth rate, surplus/deficit for a balance."""
    if rule is SignRule.none:
        return set()
    breaks = [(m.start(), m.end()) for m in (*_CLAUSE_BREAK.finditer(evidence), *NUMBER_RE.finditer(evidence))]
    left = max((e for s, e in breaks if e <= start), default=0)
    right = min((s for s, e in breaks if s >= end), default=len(evidence))
    clause = evidence[left:start] + " " + evidence[end:right]
    if rule is SignRule.balance:
        return {sign for sign, words in ((-1, _DEFICIT), (1, _SURPLUS)) if words.search(clause)}
    return {-1 if cue.lower() in _FALLS else 1 for cue in _CUE.findall(clause)}


def stated_sign(evidence: str, value_text: str, start: int, rule: SignRule) -> int | None:
    """The sign the wording around `value_text` at `start` states under `rule`, or None when it states none."""
    if rule is SignRule.none:
        return None
    if rule is SignRule.balance:
        return balance_cue(evidence, start, start + len(value_text))
    cues = growth_cues(evidence)
    if start in cues:
        return cues[start]
    inside = [s for at, s in cues.items() if at <= start]  # value_text starts inside a longer match
    return inside[-1] if inside else None


def implied_sign(evidence: str, value_text: str, start: int | None = None, rule: SignRule = SignRule.growth) -> int:
    """The sign the wording around `value_text` (at `start`, else its first occurrence) gives it under `rule`."""
    pos = evidence.find(value_text) if start is None else start
    if pos < 0 or rule is SignRule.none:
        return 1
    sign = stated_sign(evidence, value_text, pos, rule)
    return 1 if sign is None else sign


def derive_value(value_text: str, evidence: str, rule: SignRule, start: int | None = None) -> float:
    """Re-derive a fact's value from its `value_text`, with the sign its wording implies under `rule`."""
    value = parse_value_text(value_text)
    if rule is not SignRule.none and value > 0:
        value *= implied_sign(evidence, value_text, start, rule)
    return value


__all__ = [
    "NumberError",
    "SignRule",
    "balance_cue",
    "balance_sign",
    "clause_signs",
    "derive_value",
    "growth_cues",
    "growth_signs",
    "implied_sign",
    "stated_sign",
]
