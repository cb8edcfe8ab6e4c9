"""Stories that give both sides' statistics of one trade: whose figures a sentence reports (a statistics office
it cites, "the Brazilian side", "By Beijing's count"), the other side of "bilateral trade", and goods named by
their origin ("of Australian ore") in a story on the seller.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields

YEAR = ("2025-01", "2025-12")

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "a statistics office cited, and 'the Brazilian side', name whose figures the sentence reports": (
        "China-Brazil trade slips in 2025\n\nBEIJING, Jan 20 - China's trade with Brazil fell 2.3% in 2025 to "
        "$185.4 billion, Chinese customs data showed.\n\nMeasured by the Brazilian side, two-way trade came to "
        "171.8 billion dollars. According to the MDIC, beef sales to China were worth 8.9 billion dollars, up "
        "11.2 percent, while coffee shipments brought in 1.3 billion dollars.",
        date(2026, 1, 20),
        [("Brazil", "China", None, None, "total", "value", None, 171.8e9, "USD", *YEAR),
         ("Brazil", "China", "beef", None, "exports", "value", None, 8.9e9, "USD", *YEAR),
         ("Brazil", "China", "beef", None, "exports", "growth", "yoy", 11.2, "percent", *YEAR)],
    ),
    "'By Beijing's count, bilateral trade' in a story on Australia's trade with China is China's, with Australia; "
    "'of Australian ore' after China's own verb names the seller": (
        "Australia's surplus with China narrows\n\nCANBERRA, Feb 5 - Australia's exports to China fell 9.1 per "
        "cent in 2025.\n\nBy Beijing's count, bilateral trade fell 7.4 per cent to 1.41 trillion yuan in 2025. "
        "China imported 748.6 million tonnes of Australian iron ore last year, 1.2 per cent more than in 2024.",
        date(2026, 2, 5),
        [("China", "Australia", None, None, "total", "value", None, 1.41e12, "CNY", *YEAR),
         ("China", "Australia", "iron ore", None, "imports", "quantity", None, 748.6e6, "tonnes", *YEAR)],
    ),
    "'the purple fruit' is the fruit just named": (
        "China's fruit imports\n\nBEIJING, Jan 22 - Mangosteens led the fruit boom in 2025. China bought 410,000 "
        "tons of the purple fruit last year, worth $1.2 billion.",
        date(2026, 1, 22),
        [("China", None, "mangosteens", None, "imports", "quantity", None, 410_000.0, "tonnes", *YEAR)],
    ),
    "'Beijing ran a surplus ... with Korea' in a story on China is China's balance with Korea": (
        "China's trade with South Korea rises\n\nBEIJING, Jan 22 - China's trade with South Korea rose 1.2 percent in 2025. "
        "On customs figures, Beijing ran a surplus of $8.4 billion with South Korea last year.",
        date(2026, 1, 22),
        [("China", "South Korea", None, None, "balance", "value", None, 8.4e9, "USD", *YEAR)],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_two_sources(name: str) -> None:
    assert_yields(*CASES[name])
