"""Goods named by where they come from, and years that belong to another figure: "Soybeans from Brazil totaled
..." opens on goods bought from a partner; "brought in X of iron ore from Brazil" is a purchase from there; "its
neighbor" in a province's story is the foreign country last named, not China; "up 5.1 percent over 2024" after
"in 2025" compares with 2024; "the record of 112.4 million tons set in 2015" dates the record alone.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

JAN_SEP = ("2025-01", "2025-09")
YEAR = ("2025-01", "2025-12")

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "'Soybeans from Brazil totaled ...': goods named by their origin are imports from it": (
        "China's trade with Latin America grows\n\nBEIJING, Oct 20 - China's trade with Latin America rose 4 percent "
        "in the first nine months of 2025. Soybeans from Brazil totaled 51.7 million tons, worth 142.3 billion "
        "yuan.",
        date(2025, 10, 20),
        [("China", "Brazil", "soybeans", None, "imports", "quantity", None, 51.7e6, "tonnes", *JAN_SEP),
         ("China", "Brazil", "soybeans", None, "imports", "value", None, 142.3e9, "CNY", *JAN_SEP)],
    ),
    "'brought in 96.5 million tons of iron ore from Brazil': the partner written after the figure": (
        "China's trade with Latin America grows\n\nBEIJING, Oct 20 - China's trade with Latin America rose 4 percent "
        "in the first nine months of 2025. China also brought in 96.5 million tons of iron ore from Brazil.",
        date(2025, 10, 20),
        [("China", "Brazil", "iron ore", None, "imports", "quantity", None, 96.5e6, "tonnes", *JAN_SEP)],
    ),
    "'its neighbor' in a province's story is the foreign country, though China was named since": (
        "Jilin's trade with Russia\n\nCHANGCHUN, Oct 22 (Xinhua) -- Jilin's trade with Russia reached 18.4 billion "
        "yuan in the first three quarters of 2025. Most of the oil arrives by rail and enters China at Hunchun. "
        "Imports from its neighbor rose 5.2 percent to 12.1 billion yuan.",
        date(2025, 10, 22),
        [("Jilin", "Russia", None, None, "imports", "value", None, 12.1e9, "CNY", *JAN_SEP)],
    ),
    "'in 2025, a rise of 5.1 percent over 2024': the year after 'over' is the base, not the rate's period": (
        "Xiamen trade\n\nXIAMEN, Jan 20 - Foreign trade of Xiamen reached 980 billion yuan in 2025, an increase of "
        "4.2 percent over 2024.",
        date(2026, 1, 20),
        [("Xiamen", None, None, None, "total", "growth", "yoy", 4.2, "percent", *YEAR)],
    ),
    "'the record of 112.4 million tons set in 2015' dates the record, not the rate before it": (
        "China steel exports\n\nBEIJING, Dec 8 - Steel exports totalled 107.72 million tons in the first 11 months, "
        "up 6.7% from the same period last year and close to the record of 112.4 million tons set in 2015.",
        date(2025, 12, 8),
        [("China", None, "steel", None, "exports", "growth", "yoy", 6.7, "percent", "2025-01", "2025-11")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_origins_and_bases(name: str) -> None:
    assert_yields(*CASES[name])


def test_data_from_a_country_names_no_partner() -> None:
    """"Data from Brazil's ministry showed ..." opens on a source, not on goods from Brazil."""
    text = ("China soybean imports\n\nBEIJING, Oct 20 - China's soybean imports rose in September. Figures from "
            "Brazil showed that soybean exports rose 8 percent to 9.1 million tons in September.")  # fmt: skip
    assert not any(row[1] == "Brazil" and row[4] == "imports" for row in facts_of(text, date(2025, 10, 20)))


def test_over_a_year_alone_stays_that_year() -> None:
    """"Exports rose 4.2 percent over 2024" with no other year: the year the rate is for."""
    text = "Xiamen trade\n\nXIAMEN, Jan 20 - Exports of Xiamen rose 4.2 percent over 2024."
    assert ("Xiamen", None, None, None, "exports", "growth", "yoy", 4.2, "percent", "2024-01", "2024-12") in facts_of(
        text, date(2025, 1, 20)
    )
