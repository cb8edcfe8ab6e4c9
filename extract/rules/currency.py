"""Currencies as trade reporting writes them, read as ISO 4217 codes: "A$5.6 billion", "91.8 trillion won".

The written forms are `tradefacts.schemas.currencies` (shared with the verification gate); the rules add
only the reading of forms that name a family of currencies ("$", "£", "Rs", "¥"): the one a trade report
means when it names no other.
"""

from __future__ import annotations

import re

from tradefacts.schemas import is_currency
from tradefacts.schemas.currencies import FAMILY, ONE, TWO
from tradefacts.schemas.places import DEMONYMS

# A family form read as its usual currency; "A$", "HK$" and the like are in ONE.
DEFAULTS = {"$": "USD", "dollar": "USD", "dollars": "USD", "£": "GBP", "pound": "GBP", "pounds": "GBP",
            "Rs": "INR", "Rs.": "INR", "rupees": "INR", "¥": "CNY", "francs": "CHF", "pesos": "MXN",
            "dirhams": "AED", "riyals": "SAR", "Sh": "KES", "Shs": "UGX", "shillings": "KES",
            "crowns": "CZK"}  # fmt: skip
_NAMED = {"american dollars": "USD", "australian dollars": "AUD", "hong kong dollars": "HKD",
          "canadian dollars": "CAD", "singapore dollars": "SGD", "new taiwan dollars": "TWD",
          "taiwan dollars": "TWD", "new zealand dollars": "NZD", "swiss francs": "CHF", "hk dollars": "HKD",
          "nt dollars": "TWD", "us dollars": "USD", "u.s. dollars": "USD"}  # fmt: skip
_FORMS = {**{k: v for k, v in DEFAULTS.items() if k in FAMILY or k in TWO}, **ONE}
PREFIX_CODES: dict[str, str] = {k: v for k, v in _FORMS.items() if not k[0].islower() and " " not in k}
SUFFIX_CODES: dict[str, str] = {
    k.lower(): v for k, v in {**_FORMS, **_NAMED}.items() if k[0].islower() or " " in k or k == "RMB"
}
_CODE = r"(?:[A-Z]{3})"  # an ISO 4217 code written beside the number ("USD219.51 billion", "2.3 bln EUR")
PREFIX_PATTERN = (  # "USD (-) 201.4 billion": a code, then an Indian release's written sign
    r"(?:" + "|".join(re.escape(p) for p in sorted(PREFIX_CODES, key=len, reverse=True))
    + rf"|{_CODE}(?=\s?(?:\([-−]\)\s?)?\d))"
)


_NAMED_DOLLAR = re.compile(  # "Figures are in New Zealand dollars", "(all values in Australian dollars)"
    r"\b(?:figures|values|amounts|numbers|data|sums)\b[^.]{0,30}?\b(?:in|are)\s+(?P<name>"
    + "|".join(k.replace(" ", r"\s+").removesuffix("s") for k in _NAMED if "dollar" in k and "american" not in k)
    + ")",
    re.IGNORECASE,
)
_US_DOLLAR = re.compile(r"US\$|U\.S\.\s+dollars?|US\s+dollars?|\bUSD\b")


# The dollar of an economy that has its own: what a domestic outlet's bare "$" means (an ABC story writes
# "$44.34 billion" for Australian dollars) when the text writes no other form of any dollar. Not Taiwan's: its
# customs count trade in US dollars, so "exports jumped 38.6% to $51.7 billion" is in them.
HOME_DOLLAR = {"Australia": "AUD", "New Zealand": "NZD", "Canada": "CAD", "Singapore": "SGD", "Hong Kong": "HKD"}
_QUALIFIED_DOLLAR = re.compile(r"(?:US|U\.S\.|A|AU|NZ|C|CA|S|HK|NT|MX|R)\$|\bdollars?\b|\bUSD\b", re.IGNORECASE)


# "in current dollars", "in constant dollars": a way of measuring, no other dollar
_DOLLAR_KINDS = frozenset({"current", "constant", "chained", "nominal", "real"})


def home_dollar(text: str, area: str | None) -> str | None:
    """The article economy's own dollar, for a bare "$", when the text qualifies no other dollar than the US
    one: an Australian outlet writes "$44.34 billion" for its own dollar, "US$1.9 billion" for the other, and
    "the Australian dollar was buying 66.4 US cents"."""
    if area not in HOME_DOLLAR:
        return None
    for m in _QUALIFIED_DOLLAR.finditer(text):
        written = m.group()
        if written.upper() in ("US$", "U.S.$", "USD"):
            continue  # the US dollar, named apart
        owner = re.search(r"([\w.]+)\s+$", text[max(0, m.start() - 20) : m.start()])
        if written.lower().startswith("dollar") and owner and (
            owner.group(1) in ("US", "U.S.") or DEMONYMS.get(owner.group(1)) == area
            or owner.group(1).lower() in _DOLLAR_KINDS or owner.group(1).isdigit()
        ):
            continue  # "66.4 US cents", "the Australian dollar", "in current dollars", "in chained 2017 dollars"
        return None
    return HOME_DOLLAR[area]


_DECLARED = re.compile(  # "(RMB, the same below)", "(in US dollars, same below)", "(yuan; the same hereinafter)"
    r"\((?:in\s+)?(?P<currency>RMB|CNY|yuan|renminbi|US\s+dollars?|USD|euros?|yen)\s*[,;]\s*(?:the\s+)?same\s+"
    r"(?:below|hereinafter|hereafter|thereafter)\)",
    re.IGNORECASE,
)


def declared_currency(text: str) -> str | None:
    """The currency a text declares once for the figures that follow ("(RMB, the same below)"), or None."""
    if (m := _DECLARED.search(text)) is None:
        return None
    written = " ".join(m.group("currency").split())
    return currency_code(None, written) or currency_code(None, written + "s")  # "US dollar"


def named_dollar(text: str) -> str | None:
    """The dollar other than the US's that a text says its figures are in ("Figures are in New Zealand
    dollars"): what its bare "$" means. None when it declares none, several, or writes US dollars too."""
    codes = {_NAMED[" ".join(m.group("name").lower().split()) + "s"] for m in _NAMED_DOLLAR.finditer(text)}
    return codes.pop() if len(codes) == 1 and not _US_DOLLAR.search(text) else None


# Signs shared by several currencies whose usual reading (DEFAULTS) yields to the article's own economy.
_SIGN_BY_ECONOMY = {"¥": {"Japan": "JPY"}, "Rs": {"Pakistan": "PKR", "Sri Lanka": "LKR", "Nepal": "NPR"},
                    "Sh": {"Uganda": "UGX", "Tanzania": "TZS"}}  # "Sh" is Kenya's unless the story is another's
# Family words after a number whose usual reading yields to the story's economy: "34.5 billion crowns" in a story
# on Sweden are kronor, "380.5 billion dirhams" in one on Morocco Moroccan dirhams
_WORD_BY_ECONOMY = {
    "crowns": {"Sweden": "SEK", "Norway": "NOK", "Denmark": "DKK", "Iceland": "ISK"},
    "dirhams": {"Morocco": "MAD"},
}
_FAMILY_WORD_AFTER = re.compile(r"[\d.,]+\s*(?:[a-z]+\s+)?(crowns|dirhams)\b", re.IGNORECASE)
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z.])\$\s?$")
_SIGN_BEFORE = re.compile(r"(?<![A-Za-z])(¥|Rs\.?|Sh)\s?$")


def economy_currency(sentence: str, value_start: int, unit: str, area: str | None, dollar: str | None) -> str:
    """The currency of a figure written with a shared sign or family word, read for the article: "¥53.52 trillion"
    in a story about Japan is yen, not yuan, "165.3 billion crowns" in one about Sweden kronor; a bare "$" is
    `dollar`, the one the text says its figures are in (or the economy's own, `home_dollar`), when there is one."""
    if dollar and unit == "USD" and _BARE_DOLLAR.search(sentence, max(0, value_start - 2), value_start):
        return dollar  # "Figures are in New Zealand dollars ... $73.40 billion"
    if area and (word := _FAMILY_WORD_AFTER.match(sentence, value_start)):
        return _WORD_BY_ECONOMY[word.group(1).lower()].get(area, unit)
    sign = _SIGN_BEFORE.search(sentence, max(0, value_start - 5), value_start)
    if sign is None or area is None:
        return unit
    return _SIGN_BY_ECONOMY.get(sign.group(1).rstrip("."), {}).get(area, unit)


def currency_code(prefix: str | None, suffix: str | None) -> str | None:
    """The ISO 4217 code a currency sign or word stands for, or None when it names no currency."""
    for written in (prefix, suffix):
        if not written:
            continue
        key = " ".join(written.split())
        if key in PREFIX_CODES:
            return PREFIX_CODES[key]
        if key.lower() in SUFFIX_CODES:
            return SUFFIX_CODES[key.lower()]
        if key.upper() == key and is_currency(key):
            return key
    return None
