"""Currency signs and words written beside a number, and the ISO 4217 codes each may stand for.

"$" may be any dollar (an Australian release writes "$5.6 billion" for AUD), "¥" yuan or yen, "pounds" any pound;
"US$", "yuan" and "HK$" are one currency. Names like "Canadian dollars" or "Swiss francs" are read from pycountry's
currency names, so only signs, short forms and bare family words are listed here.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from tradefacts.schemas.models import currency_codes

# Written forms of exactly one currency.
ONE: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "U.S. dollars": "USD", "US dollars": "USD", "American dollars": "USD",
    "A$": "AUD", "AU$": "AUD", "HK$": "HKD", "C$": "CAD", "CA$": "CAD", "S$": "SGD", "NT$": "TWD", "NZ$": "NZD",
    "R$": "BRL", "R": "ZAR", "SR": "SAR", "QR": "QAR", "Dh": "AED", "Tk": "BDT", "MX$": "MXN", "RMB": "CNY",
    "Rmb": "CNY", "yuan": "CNY", "renminbi": "CNY", "€": "EUR",
    "euro": "EUR", "euros": "EUR", "yen": "JPY", "₩": "KRW", "won": "KRW", "₹": "INR", "₫": "VND", "dong": "VND",
    "Rp": "IDR", "rupiah": "IDR", "RM": "MYR", "ringgit": "MYR", "baht": "THB", "rand": "ZAR", "reais": "BRL",
    "sterling": "GBP", "pounds sterling": "GBP", "lira": "TRY", "roubles": "RUB", "rubles": "RUB",
    "N": "NGN", "₦": "NGN", "naira": "NGN", "P": "PHP", "₱": "PHP", "TL": "TRY", "₺": "TRY",
    "zloty": "PLN", "zlotys": "PLN", "zł": "PLN", "KSh": "KES", "Ksh": "KES", "soles": "PEN", "S/": "PEN",
    "S/.": "PEN", "taka": "BDT", "forints": "HUF", "forint": "HUF", "tenge": "KZT", "NIS": "ILS", "₪": "ILS",
    "shekels": "ILS", "shekel": "ILS", "koruna": "CZK", "korunas": "CZK", "LE": "EGP",
    "GH¢": "GHS", "GH₵": "GHS", "GHȻ": "GHS", "cedis": "GHS", "cedi": "GHS", "riels": "KHR", "riel": "KHR",
}  # fmt: skip
# Written forms of a family of currencies, by the word their pycountry names share.
FAMILY: dict[str, str] = {
    "$": "Dollar", "dollar": "Dollar", "dollars": "Dollar", "£": "Pound", "pound": "Pound", "pounds": "Pound",
    "pesos": "Peso", "Rs": "Rupee", "Rs.": "Rupee", "rupees": "Rupee", "francs": "Franc", "dinars": "Dinar",
    "riyals": "Riyal", "dirhams": "Dirham", "kronor": "Krona", "kroner": "Krone", "Sh": "Shilling",
    "Shs": "Shilling", "shillings": "Shilling",
}  # fmt: skip
TWO = {"¥": frozenset({"CNY", "JPY"}), "crowns": frozenset({"CZK", "SEK", "NOK", "DKK", "ISK"})}  # "crowns": the
# koruna in Czech stories, the kronor and kroner in Nordic ones
# Forms that name money whatever the fact claims: a percent or a count written beside one of them is a misreading.
UNMISTAKABLE = frozenset({"$", "US$", "€", "£", "¥", "₩", "₹", "RMB", "yuan", "renminbi", "dollars", "euros", "yen",
                          "USD", "CNY", "EUR", "JPY", "GBP"})  # fmt: skip

_SIGNS = sorted((w for w in (*ONE, *FAMILY, *TWO) if not w[0].islower()), key=len, reverse=True)
_PREFIX = re.compile(r"(?<![A-Za-z])(" + "|".join(map(re.escape, _SIGNS)) + r"|[A-Z]{3})\s?$")
_WORDS_AFTER = re.compile(r"\s*((?:[A-Za-z.$]+\s+){0,2}[A-Za-z.$]+)")
_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b|pct\b|pc\b)", re.IGNORECASE)
_ONE_WORDS = {k.lower(): v for k, v in ONE.items() if k.islower() or k == "RMB"}  # "Yuan", "rmb", "Euros"


class Currency(NamedTuple):
    """A currency as written beside a number, and every ISO 4217 code it may stand for."""

    written: str
    codes: frozenset[str]


@cache
def _names() -> dict[str, frozenset[str]]:
    """ISO codes by lower-case currency name ("canadian dollar") and by family word ("dollar")."""
    import pycountry

    names: dict[str, set[str]] = {}
    for c in pycountry.currencies:
        names.setdefault(c.name.lower(), set()).add(c.alpha_3)
        for word in c.name.split():
            names.setdefault(f"family:{word}", set()).add(c.alpha_3)
    return {k: frozenset(v) for k, v in names.items()}


def codes_for(written: str) -> frozenset[str]:
    """The ISO 4217 codes a written currency may stand for ("$" → every dollar); empty when it names none."""
    key = " ".join(written.split())
    if key in ONE or key.lower() in _ONE_WORDS:
        return frozenset({ONE.get(key) or _ONE_WORDS[key.lower()]})
    if key in TWO:
        return TWO[key]
    if key in FAMILY or key.lower() in FAMILY:
        return _names().get(f"family:{FAMILY.get(key) or FAMILY[key.lower()]}", frozenset())
    if len(key) == 3 and key.isupper() and key in currency_codes():
        return frozenset({key})
    return _names().get(key.lower().removesuffix("s"), frozenset())  # "Canadian dollars" → Canadian Dollar


def currency_beside(text: str, start: int, end: int) -> Currency | None:
    """The currency written right before the number at `text[start:end]` ("RMB 1.2", "$71.5bn"), else right
    after it ("2.58 trillion yuan", "5 billion Canadian dollars"); None when neither names one, or for a percent."""
    if _PERCENT_AFTER.match(text, end):
        return None
    if (m := _PREFIX.search(text, max(0, start - 8), start)) and (codes := codes_for(m.group(1))):
        return Currency(m.group(1), codes)
    if m := _WORDS_AFTER.match(text, end):
        words = m.group(1).split()
        for n in range(len(words), 0, -1):  # the longest phrase that names a currency
            phrase = " ".join(words[:n]).rstrip(".,")
            if codes := codes_for(phrase):
                return Currency(phrase, codes)
    return None
