"""Flows that the place after "from" and the verb "leaving" decide: "shipments from India" in a story on India are
India's exports, not its imports; "..., leaving a $8.6 billion gap" is the balance the two figures before it leave;
goods a country "paid" a sum "for" are its imports of them, from the partner the adjective names; what a partner
"took" "of Yiwu's trade" is a share of total trade, not what it bought; "net steel exports" are the balance of steel;
"Trade gathered pace ... In the second quarter it totalled" is total trade.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields

NOV = ("2025-11", "2025-11")

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "'shipments from' the story's own economy are its exports": (
        "India's trade in November\n\nNew Delhi, Dec 15 (PTI) Merchandise shipments from India grew 19.4 per cent "
        "on-year in November to USD 38.1 billion.",
        date(2025, 12, 15),
        [("India", None, None, None, "exports", "growth", "yoy", 19.4, "percent", *NOV),
         ("India", None, None, None, "exports", "value", None, 38.1e9, "USD", *NOV)],
    ),
    "'shipments from' another economy are still the story's imports": (
        "India's imports rise in November\n\nNew Delhi, Dec 15 (PTI) Shipments from China climbed 8.3 per cent "
        "on-year in November to USD 11.2 billion.",
        date(2025, 12, 15),
        [("India", "China", None, None, "imports", "growth", "yoy", 8.3, "percent", *NOV),
         ("India", "China", None, None, "imports", "value", None, 11.2e9, "USD", *NOV)],
    ),
    "'..., leaving a gap of' is the balance the exports and imports before it leave": (
        "UK trade deficit\n\nLONDON -- Exports to non-EU countries rose 1.2% to £15.0bn in November, while imports "
        "from them slipped 0.5% to £23.6bn, leaving an £8.6bn gap.",
        date(2026, 1, 15),
        [("United Kingdom", "non-EU countries", None, None, "balance", "value", None, -8.6e9, "GBP", *NOV)],
    ),
    "a country that 'paid' a sum 'for' goods imported them, from the partner its adjective names": (
        "China's purchases of Russian energy\n\nBEIJING -- China paid 31.4 billion yuan for Russian crude oil in "
        "November, 12.6 percent less than a year earlier.",
        date(2025, 12, 20),
        [("China", "Russia", "crude oil", None, "imports", "value", None, 31.4e9, "CNY", *NOV),
         ("China", "Russia", "crude oil", None, "imports", "growth", "yoy", -12.6, "percent", *NOV)],
    ),
    "what partners 'took of the city's trade' is trade with them; what they 'bought' stays exports": (
        "Yiwu's trade in 2025\n\nYIWU, Jan. 20 -- Yiwu's foreign trade grew 9.1 percent in 2025. Belt and Road "
        "partner countries together took 251.3 billion yuan of Yiwu's trade, while Latin America took 40.2 billion "
        "yuan of the city's total trade. The United States bought 31.4 billion yuan of Yiwu goods.",
        date(2026, 1, 20),
        [("Yiwu", "Belt and Road partner countries", None, None, "total", "value", None, 251.3e9, "CNY", "2025-01",
          "2025-12"),
         ("Yiwu", "Latin America", None, None, "total", "value", None, 40.2e9, "CNY", "2025-01", "2025-12"),
         ("Yiwu", "United States", None, None, "exports", "value", None, 31.4e9, "CNY", "2025-01", "2025-12")],
    ),
    "'China's net steel exports came to 9.48 million tons' is the balance of steel trade": (
        "China's steel trade\n\nBEIJING, Dec 18 (Bloomberg) -- Steel exports rose again in November. China's net "
        "steel exports came to 9.48 million tons in November alone.",
        date(2025, 12, 18),
        [("China", None, "steel", None, "balance", "quantity", None, 9.48e6, "tonnes", *NOV)],
    ),
    "'Trade gathered pace through the six months. In the second quarter it totalled ...': 'it' is the trade": (
        "Shenzhen trade\n\nSHENZHEN, July 20 -- Shenzhen's trade reached 2.17 trillion yuan in the first half of 2025."
        " Imports climbed 8.6% to 858.86 billion yuan.\n\nTrade gathered pace through the six months. In the second "
        "quarter it totalled 1.14 trillion yuan.",
        date(2025, 7, 20),
        [("Shenzhen", None, None, None, "total", "value", None, 1.14e12, "CNY", "2025-04", "2025-06")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_origin_and_gap(name: str) -> None:
    text, published, expected = CASES[name]
    assert_yields(text, published, expected)


def test_a_flow_word_between_the_origin_and_the_figure_keeps_its_own_flow() -> None:
    text = ("India's trade in November\n\nNew Delhi, Dec 15 (PTI) Merchandise shipments from India grew 19.4 per cent "
            "on-year in November, while imports rose 3.2 per cent.")
    assert_yields(text, date(2025, 12, 15), [
        ("India", None, None, None, "exports", "growth", "yoy", 19.4, "percent", *NOV),
        ("India", None, None, None, "imports", "growth", "yoy", 3.2, "percent", *NOV),
    ])


def test_a_month_written_as_the_owner_of_a_balance_dates_the_figure_after_it() -> None:
    text = ("US trade deficit narrows in August\n\nWASHINGTON (AP) -- The deficit narrowed to $59.6 billion in August "
            "from July's shortfall of $78.2 billion, and exports rose to $280.1 billion from July's exports of $276.3 "
            "billion.")
    assert_yields(text, date(2025, 10, 7), [
        ("United States", None, None, None, "balance", "value", None, -59.6e9, "USD", "2025-08", "2025-08"),
        ("United States", None, None, None, "balance", "value", None, -78.2e9, "USD", "2025-07", "2025-07"),
        ("United States", None, None, None, "exports", "value", None, 276.3e9, "USD", "2025-07", "2025-07"),
    ])
