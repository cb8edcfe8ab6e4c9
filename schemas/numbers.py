"""The one number parser: `value_text` → value (the sign its wording implies is in `signs.py`).

Extractors use it to build values, the verifier and the scorer use it to
re-derive them, so a number means the same thing everywhere.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

SCALE_WORDS: dict[str, float] = {
    "hundred million": 1e8,
    "100 million": 1e8,  # "2746.8 100 million yuan": a translated release writes the unit yi so
    "trillion": 1e12,
    "trn": 1e12,
    "tln": 1e12,
    "tn": 1e12,
    "tr": 1e12,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "bil": 1e9,  # Malaysian papers: "RM154.62bil", "RM512.3mil"
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "mil": 1e6,
    "ten thousand": 1e4,  # a translated release's wan: "1,863.7 ten thousand tons"
    "thousand": 1e3,
    "lakh crore": 1e12,  # Indian numbering: 1 lakh crore = 10^5 × 10^7
    "crore": 1e7,
    "lakh": 1e5,
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
# Thousands grouped in threes ("1,234,567") or, as Indian releases write them, lakhs and crores in twos
# ("3,47,769.52" is 347,769.52).
# Broadcast copy spells the decimal point out ("58-point-15 billion", "eleven-point-seven percent"): one numeral.
_DIGIT_WORDS = "zero|one|two|three|four|five|six|seven|eight|nine"
POINTED = rf"(?i:(?:\d+|{CARDINAL_PATTERN})-point-(?:\d+|{_DIGIT_WORDS})(?![\w-]))"
_POINTED = re.compile(POINTED)
NUMERAL = (
    rf"(?:{POINTED}|"
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![,\d])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
)
NUMBER_RE = re.compile(
    rf"(?<![\w.])(?P<num>[-−]?{NUMERAL}|(?:{CARDINAL_PATTERN})\b)"
    rf"(?:(?:\s|-)?(?P<scale>{SCALE_PATTERN})\b|(?<=\d)\s?(?:(?P<scale_m>m)|(?P<scale_b>b))(?![\w/-]))?",  # "$2,936m",
    # "$ 1.47 b", "$ 316 m": million and billion, written on
    re.IGNORECASE,
)
_ORDINAL_NUMERIC = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.IGNORECASE)
_FOLD = re.compile(rf"^({NUMERAL}|{CARDINAL_PATTERN})-?fold$", re.IGNORECASE)
_A_SCALE = re.compile(rf"an? ({SCALE_PATTERN})")
_CURRENCY_AFFIX = re.compile(r"^(?:[$€¥£]|US\$|RMB|CNY|USD|EUR)\s*|\s*(?:yuan|RMB|CNY|USD|EUR|%)$", re.IGNORECASE)

class NumberError(ValueError):
    """A `value_text` that does not read as a number."""


def _numeral(text: str) -> float:
    word = text.lower()
    if word in CARDINAL_WORDS:
        return float(CARDINAL_WORDS[word])
    if "-point-" in word:  # "58-point-15" is 58.15, "eleven-point-seven" 11.7
        whole, fraction = word.split("-point-")
        return _numeral(whole) + float(f"0.{_fraction_digits(fraction)}")
    return float(text.replace(",", "").replace("−", "-"))


def _fraction_digits(fraction: str) -> str:
    """The digits after a spelled-out point: "15" → "15", "seven" → "7"."""
    return fraction if fraction.isdigit() else str(_DIGIT_WORDS.split("|").index(fraction))


def _pointed_over(text: str, start: int, end: int) -> re.Match[str] | None:
    """The spelled-out decimal ("58-point-15") that overlaps `text[start:end]`, if any."""
    near = _POINTED.finditer(text, max(0, start - 20), end + 20)
    return next((m for m in near if m.start() < end and start < m.end()), None)


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
    return scaled(_numeral(m.group("num")), _scale(m))


def scaled(number: float, scale: float) -> float:
    """`number` times `scale`, as the nearest float to the decimal product: 259.47 billion is 259470000000.0, not
    the 259470000000.00003 that float multiplication gives."""
    return number * scale if scale == 1 or number != number else float(Decimal(repr(number)) * Decimal(repr(scale)))


def _scale(m: re.Match[str]) -> float:
    """The multiplier of a `NUMBER_RE` match's scale word ("2.58 trillion", "$2,936m"), 1 when it has none."""
    if m.group("scale"):
        return SCALE_WORDS[m.group("scale").lower()]
    return 1e6 if m.group("scale_m") else 1e9 if m.group("scale_b") else 1.0


def decimals_of(value_text: str) -> int:
    """Number of digits after the decimal point as written (`2.58 trillion` → 2)."""
    m = NUMBER_RE.search(value_text)
    num = m.group("num") if m else ""
    if "-point-" in num.lower():
        return len(_fraction_digits(num.lower().split("-point-")[1]))
    if not re.search(r"\d", num):
        return 0
    return len(num.split(".", 1)[1]) if "." in num else 0


def tolerance(value_text: str) -> float:
    """Half a unit of the last written digit, in base units (`2.58 trillion` → 5e9; `6.2` → 0.05)."""
    try:
        parse_value_text(value_text)
    except NumberError:
        return 0.0
    m = NUMBER_RE.search(value_text)
    return 0.5 * 10 ** (-decimals_of(value_text)) * (_scale(m) if m else 1.0)


_HEADER_SCALE = re.compile(
    r"(?:[$€£¥]|US\$|\b(?:usd|yen|yuan|rmb|euros?|won|dollars|pounds|rupees))?\s*\(?\s*"
    r"(?<!\d)(?<!\d\s)(?<!hundred\s)(?<!thousand\s)"  # not "2.02 billion," nor "611.8 hundred million yuan,"
    r"\b(?P<scale>bln|billions?|bn|mln|millions?|mn|trln|trillions?|tn)\b"
    r"(?=\s*(?:of\s+)?(?:[$€£¥]|US\$|usd|yen|yuan|rmb|euros?|won|dollars|pounds|rupees)?\s*(?:[,;)]|unless|$))",
    re.IGNORECASE | re.MULTILINE,
)
# "(Unit: 100 million yuan)", "Unit: hundred million yuan": the scale of Chinese statistical tables
_HUNDRED_MILLION_HEADER = re.compile(
    r"(?:\(\s*|^\s*|\bunit\s*:\s*)(?:unit\s*:\s*)?(?:100|one\s+hundred|hundred)\s+million\s+(?:yuan|rmb)\s*(?:\)|$)",
    re.IGNORECASE,
)
_HEADER_WORD = {"bln": 1e9, "billion": 1e9, "billions": 1e9, "bn": 1e9, "mln": 1e6, "million": 1e6, "millions": 1e6,
                "mn": 1e6, "trln": 1e12, "trillion": 1e12, "trillions": 1e12, "tn": 1e12}  # fmt: skip


class Mention(NamedTuple):
    """The whole number a `value_text` stands on: the digits on both sides and the scale word after."""

    start: int  # the numeral's first character
    end: int  # after the scale word, or after the numeral when it has none
    text: str  # "16.9", "2.58 trillion", "10,508.6 hundred million"
    scale: str | None  # the scale word as written, or None


_NUMERAL_IN = re.compile(NUMERAL)
_SCALE_AFTER = re.compile(rf"(?:\s|-)?({SCALE_PATTERN})\b", re.IGNORECASE)


def _joins_digits(text: str, at: int) -> bool:
    """Whether `text[at]` continues a numeral: a digit, or a decimal point or thousands comma between digits."""
    if not 0 <= at < len(text):
        return False
    c = text[at]
    return c.isdigit() or (c in ".," and 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit())


def whole_mention(text: str, start: int, end: int) -> Mention | None:
    """The whole number mention that `text[start:end]` (a `value_text`) stands on, or None when it has no numeral.

    The first numeral inside the span is widened over digits, decimal points and thousands commas on both
    sides ("6.9" inside "16.9" → "16.9"), then takes the scale word right after it ("2.58" → "2.58 trillion").
    """
    m = _NUMERAL_IN.search(text, start, end)
    if m is None:
        return None
    left, right = m.start(), m.end()
    while _joins_digits(text, left - 1):
        left -= 1
    while _joins_digits(text, right):
        right += 1
    if pointed := _pointed_over(text, left, right):  # "15" in "58-point-15"
        left, right = min(left, pointed.start()), max(right, pointed.end())
    scale = _SCALE_AFTER.match(text, right)
    stop = scale.end() if scale else right
    return Mention(left, stop, text[left:stop], scale.group(1) if scale else None)


def cut_problem(text: str, start: int, end: int) -> str | None:
    """Why `text[start:end]` is not a whole number mention ("1.7" inside "21.7", "2.58" before "trillion"), or None."""
    value_text = text[start:end]
    if (pointed := _pointed_over(text, start, end)) and (pointed.start() < start or pointed.end() > end):
        return f"value_text {value_text!r} is cut from the longer number {pointed.group()!r}"
    mention = whole_mention(text, start, end)
    if mention is None:  # a word number: "third", "two million"
        if (start > 0 and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha()):
            return f"value_text {value_text!r} is cut from a longer word"
        scale = _SCALE_AFTER.match(text, end) if value_text.lower() in CARDINAL_WORDS else None
        return f"value_text {value_text!r} stops before its scale word {scale.group(1)!r}" if scale else None
    numeral = _NUMERAL_IN.search(text, start, end)
    assert numeral is not None  # whole_mention found it
    if mention.start < numeral.start() or _joins_digits(text, numeral.end()):
        return f"value_text {value_text!r} is cut from the longer number {mention.text!r}"
    if mention.scale is not None and mention.end > end:
        return f"value_text {value_text!r} stops before its scale word {mention.scale!r} ({mention.text!r})"
    return None


_LIST_SCALE = re.compile(
    rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*(?:-|–|to)\s*)(?:[\d][\d.,]*)"
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[\d][\d.,]*){{0,8}}\s*(?P<scale>{SCALE_PATTERN})\b",  # bounded: linear
    re.IGNORECASE,
)


def list_scale(text: str, end: int) -> float | None:
    """The scale word a list of figures writes once, after its last one, for a bare figure ending at `end`:
    "428.6 and 205.3 billion yuan respectively", "between 3.2 and 3.5 trillion". None when there is none."""
    m = _LIST_SCALE.match(text, end)
    return SCALE_WORDS[" ".join(m.group("scale").lower().split())] if m else None


def last_lines(text: str, end: int, n: int) -> list[str]:
    """`text[:end].split("\\n")[-n:]`, found by walking back `n` line breaks from `end` rather than by splitting
    the whole prefix: every cell of a table looks a few lines up, and the cost stays linear in the article."""
    start = end
    for _ in range(n):
        start = text.rfind("\n", 0, start)
        if start < 0:
            return text[:end].split("\n")  # fewer than n line breaks: all the lines there are
    return text[start + 1 : end].split("\n")


# A table row's own tonnage unit, "(mln T)", "(thousand tonnes)", "(T)": the one pattern the table reader, the
# grounding gate and the gold lint read rows by, so none reads "(thousand T)" at another scale than the others
ROW_TONNAGE = r"\((?:(?P<row_scale>mln|bln|thousand|million|billion)\s*)?(?:T|tonnes|tons|metric\s+tons)\)"
_ROW_TONNAGE = re.compile(ROW_TONNAGE, re.IGNORECASE)


# A list of figures one item a line under a header that declares their unit and basis once ("Leading markets in
# October (tons; change from September):", then "Germany 1,120 (+5.0%)"): the header and row patterns the list
# reader and the grounding gate both read by
LIST_HEADER = re.compile(  # "Leading markets in October (tons; change from September):", "... ($ bln, y-o-y change)"
    r"^(?P<title>[^():\n]{3,90}?)\s*\((?P<units>[^()\n]*(?:;|,(?=[^()\n]*\b(?:change|y/y|y-o-y|m/m|yoy|pct)\b))[^()\n]*)\)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
LIST_ROW = re.compile(  # "Germany 1,120 (+5.0%)", "Germany 1,120, +5.0%", or a column of changes: "Germany 1,206 -3.1"
    r"^(?P<label>[A-Z][\w.'’&, -]{0,40}?)\s*:?\s+(?P<level>\d[\d,]*(?:\.\d+)?)"
    r"(?:\s*\(\s*(?P<change>[-+−]?\d[\d,]*(?:\.\d+)?)\s*%?\s*\)|,\s*(?P<change_after>[-+−]\d[\d,]*(?:\.\d+)?)\s*%"
    r"|\s+(?P<change_column>[-+−]?\d+(?:\.\d+)?))?\s*$"
)
_LIST_TONNAGE = re.compile(
    r"^(?:(?P<scale>mln|bln|thousand|million|billion)\s+)?(?:metric\s+)?(?:T|tonnes|tons)$", re.IGNORECASE
)
_LIST_DEPTH = 40  # rows a list may have: a bounded look up, linear in the article


def list_header_units(text: str, line_start: int) -> str | None:
    """The units part of the header of the list whose row starts at `line_start` ("tons; change from September"),
    when every line between them is a row of the list; else None."""
    end = line_start - 1
    for _ in range(_LIST_DEPTH):
        if end < 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if header := LIST_HEADER.match(line):
            return header.group("units")
        if not LIST_ROW.match(line):
            return None
        end = start - 1
    return None


def list_units_parts(units: str) -> list[str]:
    """A list header's units cut into level and change ("tons; change from September", "$ billion, y-o-y change")."""
    return [part.strip() for part in re.split(r"[;,]", units)]


def list_tonnage_scale(units: str) -> float | None:
    """The tonnage a list's units declare first ("mln T; y/y pct" → 1e6, "tons; ..." → 1), else None."""
    m = _LIST_TONNAGE.match(list_units_parts(units)[0])
    return (SCALE_WORDS[m.group("scale").lower()] if m.group("scale") else 1.0) if m else None


def row_tonnage_scale(row: str) -> float | None:
    """The scale a table row writes for its own tonnages ("Crude oil (mln T)  55.97  ..."), or None when it
    writes none (or plain "(T)")."""
    m = _ROW_TONNAGE.search(row)
    return SCALE_WORDS[m.group("row_scale").lower()] if m and m.group("row_scale") else None


def table_scale(text: str, pos: int, max_lines: int = 25) -> float | None:
    """The scale a table states for its money cells above `pos` ("($ bln)", "(bln yen, pct)"), or None.

    Wire tables give figures without scale words and put the scale in a header line; the nearest such
    line at or above the cell's line (at most `max_lines` up) decides.
    """
    line_end = text.find("\n", pos)
    for line in reversed(last_lines(text, len(text) if line_end < 0 else line_end, max_lines)):
        header = "(" in line or "$" in line or re.search(r"\bin\s+\w+\s+of\b", line, re.IGNORECASE)
        if header and (m := _HEADER_SCALE.search(line)):
            return _HEADER_WORD[m.group("scale").lower()]
        if _HUNDRED_MILLION_HEADER.search(line):
            return 1e8
    return None
