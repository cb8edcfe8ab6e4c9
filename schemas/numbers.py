"""The one number parser: `value_text` → value, and the sign a verb implies.

Extractors use it to build values, the verifier and the scorer use it to
re-derive them, so a number means the same thing everywhere.
"""

from __future__ import annotations

import re

SCALE_WORDS: dict[str, float] = {
    "hundred million": 1e8,
    "trillion": 1e12,
    "trn": 1e12,
    "tln": 1e12,
    "tn": 1e12,
    "tr": 1e12,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "thousand": 1e3,
}
# Longest first so "hundred million" wins over "million".
SCALE_PATTERN = "|".join(re.escape(w) for w in sorted(SCALE_WORDS, key=len, reverse=True))

CARDINAL_WORDS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
CARDINAL_WORDS |= {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
CARDINAL_WORDS |= {"a hundred": 100, "one hundred": 100}

ORDINAL_WORDS: dict[str, int] = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()
    )
}
ORDINAL_WORDS |= {"largest": 1, "biggest": 1, "top": 1}
ORDINAL_PATTERN = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
CARDINAL_PATTERN = "|".join(sorted(CARDINAL_WORDS, key=len, reverse=True))

# A written number: digits with separators and decimals, or a cardinal word, then an optional scale.
NUMERAL = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
NUMBER_RE = re.compile(
    rf"(?<![\w.])(?P<num>[-−]?{NUMERAL}|(?:{CARDINAL_PATTERN})\b)"
    rf"(?:(?:\s|-)?(?P<scale>{SCALE_PATTERN})\b)?",
    re.IGNORECASE,
)
_ORDINAL_NUMERIC = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.IGNORECASE)
_FOLD = re.compile(rf"^({NUMERAL}|{CARDINAL_PATTERN})-?fold$", re.IGNORECASE)
_A_SCALE = re.compile(rf"an? ({SCALE_PATTERN})")
_CURRENCY_AFFIX = re.compile(r"^(?:[$€¥£]|US\$|RMB|CNY|USD|EUR)\s*|\s*(?:yuan|RMB|CNY|USD|EUR|%)$", re.IGNORECASE)

FALL_WORDS = (
    "fell fall falls falling fallen declined decline declines declining decreased decrease decreases "
    "decreasing dropped drop drops dropping down plunged plunge plunges plunging slumped slump slid "
    "shrank shrink shrunk shrinking contracted contraction contract collapsed collapse sank sink tumbled "
    "dipped dip dips lower lowered negative minus slipped slipping eased retreated deficit"
).split()
RISE_WORDS = (
    "rose rise rises rising risen increased increase increases increasing up grew grow grows growing "
    "growth gained gain gains jumped jump surged surge surging soared soar climbed climb expanded "
    "expand expansion higher upturn rebounded rebound advanced surplus"
).split()
_CUE = re.compile(r"\b(" + "|".join(FALL_WORDS + RISE_WORDS) + r")\b", re.IGNORECASE)
_FALLS = frozenset(FALL_WORDS)


class NumberError(ValueError):
    """A `value_text` that does not read as a number."""


def _numeral(text: str) -> float:
    word = text.lower()
    if word in CARDINAL_WORDS:
        return float(CARDINAL_WORDS[word])
    return float(text.replace(",", "").replace("−", "-"))


def parse_value_text(value_text: str) -> float:
    """Read a number as written (`2.58 trillion`, `10,508.6 hundred million`, `third`) as a plain float.

    Currency signs and codes around the number are tolerated; the sign is only
    what is written (`-3.5`), never implied by a verb (see `implied_sign`).
    """
    text = " ".join(value_text.strip().split())
    stripped = _CURRENCY_AFFIX.sub("", text).strip()
    while stripped != text:
        text, stripped = stripped, _CURRENCY_AFFIX.sub("", stripped).strip()
    low = text.lower()
    ordinal = low.removesuffix("-largest").removesuffix(" largest").removesuffix("-biggest").strip()
    if ordinal in ORDINAL_WORDS:
        return float(ORDINAL_WORDS[ordinal])
    if m := _ORDINAL_NUMERIC.match(ordinal):
        return float(m.group(1))
    if m := _FOLD.match(low):
        return _numeral(m.group(1))
    if m := _A_SCALE.fullmatch(low):
        return SCALE_WORDS[m.group(1)]
    m = NUMBER_RE.fullmatch(text)
    if not m:
        raise NumberError(f"cannot read {value_text!r} as a number")
    value = _numeral(m.group("num"))
    if scale := m.group("scale"):
        value *= SCALE_WORDS[scale.lower()]
    return value


def implied_sign(evidence: str, value_text: str, start: int | None = None) -> int:
    """The sign the wording around `value_text` gives it: -1 after a fall verb ("plunged by 16.9"), else +1.

    Looks back to the nearest rise/fall cue since the previous number, then at
    the few words right after the number ("a 3 percent decline").
    """
    pos = evidence.find(value_text) if start is None else start
    if pos < 0:
        return 1
    before = evidence[:pos]
    prev_numbers = list(NUMBER_RE.finditer(before))
    if prev_numbers:
        before = before[prev_numbers[-1].end() :]
    cues = _CUE.findall(before)
    if cues:
        return -1 if cues[-1].lower() in _FALLS else 1
    after = evidence[pos + len(value_text) :]
    nxt = NUMBER_RE.search(after)
    after = after[: nxt.start()] if nxt else after
    words = after.split()[:4]
    cues = _CUE.findall(" ".join(words))
    if cues:
        return -1 if cues[0].lower() in _FALLS else 1
    return 1


def derive_value(value_text: str, evidence: str, signed: bool, start: int | None = None) -> float:
    """Re-derive a fact's value from its `value_text`; `signed` measures take the sign their verb implies."""
    value = parse_value_text(value_text)
    if signed and value > 0:
        value *= implied_sign(evidence, value_text, start)
    return value


def decimals_of(value_text: str) -> int:
    """Number of digits after the decimal point as written (`2.58 trillion` → 2)."""
    m = NUMBER_RE.search(value_text)
    if not m or not re.search(r"\d", m.group("num")):
        return 0
    num = m.group("num")
    return len(num.split(".", 1)[1]) if "." in num else 0


def tolerance(value_text: str) -> float:
    """Half a unit of the last written digit, in base units (`2.58 trillion` → 5e9; `6.2` → 0.05)."""
    try:
        parse_value_text(value_text)
    except NumberError:
        return 0.0
    m = NUMBER_RE.search(value_text)
    scale = SCALE_WORDS[m.group("scale").lower()] if m and m.group("scale") else 1.0
    return 0.5 * 10 ** (-decimals_of(value_text)) * scale
