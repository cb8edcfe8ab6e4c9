"""Currencies as trade reporting writes them, read as ISO 4217 codes: "A$5.6 billion", "91.8 trillion won"."""

from __future__ import annotations

import re

from tradefacts.schemas import is_currency

# Signs and short forms written before the number, most specific first ("HK$" before "$").
PREFIX_CODES: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "HK$": "HKD", "C$": "CAD", "CA$": "CAD",
    "S$": "SGD", "NT$": "TWD", "NZ$": "NZD", "R$": "BRL", "MX$": "MXN", "$": "USD", "€": "EUR", "£": "GBP",
    "¥": "CNY", "₩": "KRW", "₹": "INR", "₫": "VND", "Rs.": "INR", "Rs": "INR", "Rp": "IDR", "RM": "MYR",
    "RMB": "CNY", "Rmb": "CNY",
}  # fmt: skip
# Words written after the number ("2.58 trillion yuan", "5.1 billion pounds"); longest first in the pattern.
SUFFIX_CODES: dict[str, str] = {
    "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "u.s. dollars": "USD", "us dollars": "USD",
    "american dollars": "USD", "dollars": "USD", "australian dollars": "AUD", "hong kong dollars": "HKD",
    "canadian dollars": "CAD", "singapore dollars": "SGD", "new taiwan dollars": "TWD", "taiwan dollars": "TWD",
    "new zealand dollars": "NZD", "euros": "EUR", "euro": "EUR", "yen": "JPY", "won": "KRW", "pounds": "GBP",
    "pounds sterling": "GBP", "sterling": "GBP", "rupees": "INR", "dong": "VND", "swiss francs": "CHF",
    "francs": "CHF", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "reais": "BRL", "rand": "ZAR",
    "lira": "TRY", "roubles": "RUB", "rubles": "RUB", "pesos": "MXN", "dirhams": "AED", "riyals": "SAR",
}  # fmt: skip
_CODE = r"(?:[A-Z]{3})"  # an ISO 4217 code written beside the number ("USD219.51 billion", "2.3 bln EUR")
PREFIX_PATTERN = (
    r"(?:" + "|".join(re.escape(p) for p in sorted(PREFIX_CODES, key=len, reverse=True)) + rf"|{_CODE}(?=\s?\d))"
)
SUFFIX_PATTERN = r"(?:" + "|".join(re.escape(s) for s in sorted(SUFFIX_CODES, key=len, reverse=True)) + rf"|{_CODE})"


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
