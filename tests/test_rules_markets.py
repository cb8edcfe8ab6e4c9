"""Markets written as their buyers or sellers, as a group of "other" members, and a balance called a "bilateral
gap": rows as in test_rules_constructions.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields

OCT = ("2025-10", "2025-10")
US = "United States"

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "a market written as its buyers or its sellers ('to American customers', 'from Chinese suppliers')": (
        "Japan's exports rise in October\n\nTOKYO (Kyodo) -- Goods sold to American customers rose 12% in October. "
        "Japan's imports from Chinese suppliers fell 4% in October.",
        date(2025, 11, 20),
        [("Japan", US, None, None, "exports", "growth", "yoy", 12.0, "percent", *OCT),
         ("Japan", "China", None, None, "imports", "growth", "yoy", -4.0, "percent", *OCT)],
    ),
    "goods that 'went to other' members of a bloc went to the bloc": (
        "German exports rise in October\n\nBERLIN (Reuters) - Goods worth 61.0 billion euros went to other euro "
        "zone countries in October.",
        date(2025, 11, 20),
        [("Germany", "Euro area", None, None, "exports", "value", None, 61.0e9, "EUR", *OCT)],
    ),
    "a 'bilateral gap' is the balance with the partner": (
        "US trade deficit narrows\n\nWASHINGTON (AP) - The largest bilateral gap was with Mexico, at $16.2 billion "
        "in October.",
        date(2025, 11, 20),
        [("United States", "Mexico", None, None, "balance", "value", None, -16.2e9, "USD", *OCT)],
    ),
    "a partner that 'now takes' a share of the economy's exports": (
        "China's trade in October\n\nBEIJING -- The US now takes 12.1 per cent of Chinese exports.",
        date(2025, 11, 20),
        [("China", US, None, None, "exports", "share", None, 12.1, "percent", *OCT)],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_market(name: str) -> None:
    text, published, expected = CASES[name]
    assert_yields(text, published, expected)


def test_a_partner_that_opens_the_sentence_before_its_flow_is_the_figure_s() -> None:
    text = ("German exports fall in July\n\nBERLIN (Reuters) - German exports fell 0.6% in July. To the United States, "
            "exports eased 0.2% on the year, while shipments to destinations beyond the bloc slid 1.2% to 57.9 billion "
            "euros.")
    assert_yields(text, date(2025, 9, 8), [
        ("Germany", "United States", None, None, "exports", "growth", "yoy", -0.2, "percent", "2025-07", "2025-07"),
        ("Germany", "non-EU countries", None, None, "exports", "growth", "yoy", -1.2, "percent", "2025-07", "2025-07"),
        ("Germany", "non-EU countries", None, None, "exports", "value", None, 57.9e9, "EUR", "2025-07", "2025-07"),
    ])
