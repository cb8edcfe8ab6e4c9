"""Goods named by where they come from, and years that belong to another figure: "Soybeans from Brazil totaled
..." opens on goods bought from a partner; "brought in X of iron ore from Brazil" is a purchase from there; "its
neighbor" in a province's story is the foreign country last named, not China; "up 5.1 percent over 2024" after
"in 2025" compares with 2024; "the record of 112.4 million tons set in 2015" dates the record alone; a partner
described as the area's "largest source of goods" keeps its figures; goods that "went to other member states" are
exports to the EU; "Mexico remained the largest U.S. trading partner" ranks Mexico among the US's partners; "The
Middle East went the other way: the region took ..." names its partner after the colon; "volumes fell 22%" in a
sentence of tonnes alone is the tonnage's change, while volume growth beside value growth stays out; "made up
256,000 of the total" in a story of vehicles is a count, never a share; "Russia, once the biggest market for Chinese
cars, fell to fourth place" is a partner's rank.

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
    "'for the year stood at 1.37 trillion yuan, up 5.6 percent over 2023': 'the year' is the figures' own, so the "
    "year after 'over' is the base": (
        "Ningbo trade\n\nNINGBO, Jan 20 (Xinhua) -- Ningbo's trade hit a record in 2024. The total import and "
        "export value of the city for the year stood at 1.37 trillion yuan, up 5.6 percent over 2023.",
        date(2025, 1, 20),
        [("Ningbo", None, None, None, "total", "value", None, 1.37e12, "CNY", "2024-01", "2024-12"),
         ("Ningbo", None, None, None, "total", "growth", "yoy", 5.6, "percent", "2024-01", "2024-12")],
    ),
    "'Trade turnover with Germany's transatlantic partner came to EUR 240.5 billion, down 5% on 2024': the partner "
    "named before, and 2024 the base of the rate, not the figures' year": (
        "German trade\n\nBERLIN, Feb 20 (DW) - Germany's trade with the United States shrank last year. Trade "
        "turnover with Germany's transatlantic partner came to €240.5 billion, down 5% on 2024.",
        date(2026, 2, 20),
        [("Germany", "United States", None, None, "total", "value", None, 240.5e9, "EUR", "2025-01", "2025-12"),
         ("Germany", "United States", None, None, "total", "growth", "yoy", -5.0, "percent", "2025-01", "2025-12")],
    ),
    "'the record of 112.4 million tons set in 2015' dates the record, not the rate before it": (
        "China steel exports\n\nBEIJING, Dec 8 - Steel exports totalled 107.72 million tons in the first 11 months, "
        "up 6.7% from the same period last year and close to the record of 112.4 million tons set in 2015.",
        date(2025, 12, 8),
        [("China", None, "steel", None, "exports", "growth", "yoy", 6.7, "percent", "2025-01", "2025-11")],
    ),
    "'imports from China, Germany's largest source of goods, rose ...': the apposition names no second partner": (
        "German trade\n\nBERLIN, Nov 7 - German exports fell in September. Imports from China, Germany's largest "
        "source of goods, rose 4.4% to 13.2 billion euros.",
        date(2025, 11, 7),
        [("Germany", "China", None, None, "imports", "value", None, 13.2e9, "EUR", "2025-09", "2025-09"),
         ("Germany", "China", None, None, "imports", "rank", None, 1.0, "number", "2025-09", "2025-09")],
    ),
    "'Goods worth 71.9 billion euros went to other member states' in a German story: exports to the EU": (
        "German trade\n\nBERLIN, Nov 7 - German exports fell in September. Goods worth 71.9 billion euros went to "
        "other member states, 1.8% more than in August.",
        date(2025, 11, 7),
        [("Germany", "European Union", None, None, "exports", "value", None, 71.9e9, "EUR", "2025-09", "2025-09"),
         ("Germany", "European Union", None, None, "exports", "growth", "mom", 1.8, "percent", "2025-09",
          "2025-09")],
    ),
    "'Mexico remained the largest U.S. trading partner': the dots of 'U.S.' end no sentence": (
        "US trade deficit\n\nWASHINGTON, Nov 5 - The U.S. trade deficit narrowed in September. Mexico remained the "
        "largest U.S. trading partner in the first nine months of the year.",
        date(2025, 11, 5),
        [("United States", "Mexico", None, None, "total", "rank", None, 1.0, "number", *JAN_SEP)],
    ),
    "'The Middle East went the other way: the region took 15.8 million tons': the region is the partner": (
        "China steel exports\n\nBEIJING, Dec 8 (Reuters) - China's steel exports rose in the first ten months of "
        "2025. The Middle East went the other way: the region took 15.8 million tons, up 16%.",
        date(2025, 12, 8),
        [("China", "Middle East", "steel", None, "exports", "quantity", None, 15.8e6, "tonnes", "2025-01",
          "2025-10")],
    ),
    "'at 8.7 million tons, though volumes fell 19%' in a sentence of tonnes alone: the tonnage's change": (
        "China steel exports\n\nBEIJING, Dec 8 (Reuters) - In January-October, Vietnam remained the biggest "
        "buyer of Chinese steel at 8.7 million tons, though volumes fell 19% after Hanoi imposed duties.",
        date(2025, 12, 8),
        [("China", "Vietnam", "steel", None, "exports", "growth", "yoy", -19.0, "percent", "2025-01", "2025-10")],
    ),
    "'New energy vehicles made up 241,000 of the total': a part of the count, not a share": (
        "China's car exports\n\nBEIJING, Nov 11 (Reuters) - China's automobile exports rose 14.2% in October from "
        "a year earlier to 652,000 vehicles. New energy vehicles made up 241,000 of the total.",
        date(2025, 11, 11),
        [("China", None, "new energy vehicles", None, "exports", "quantity", None, 241_000.0, "number", "2025-10",
          "2025-10")],
    ),
    "'Russia, once the biggest market for Chinese cars, fell to fourth place': the partner's rank": (
        "China's car exports\n\nBEIJING, Nov 11 (Reuters) - China's automobile exports rose 14.2% in October from "
        "a year earlier to 652,000 vehicles. Russia, once the biggest market for Chinese cars, fell to fourth "
        "place as Moscow raised its recycling fee.",
        date(2025, 11, 11),
        [("China", "Russia", "automobiles", None, "exports", "rank", None, 4.0, "number", "2025-10", "2025-10")],
    ),
    "'Malaysian imports' and 'Malaysian barrels' in a story on what China buys are supplies from Malaysia": (
        "China's crude oil imports climb in May\n\nBEIJING, June 20 (Reuters) - China's crude oil imports rose 4.2% "
        "in May from a year earlier. Malaysian imports jumped 18.3% to 6.1 million tons, and Malaysian barrels made "
        "up 12.7% of the total.",
        date(2025, 6, 20),
        [("China", "Malaysia", "crude oil", None, "imports", "growth", "yoy", 18.3, "percent", "2025-05", "2025-05"),
         ("China", "Malaysia", "crude oil", None, "imports", "quantity", None, 6.1e6, "tonnes", "2025-05", "2025-05"),
         ("China", "Malaysia", "crude oil", None, "imports", "share", None, 12.7, "percent", "2025-05", "2025-05")],
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


def test_went_to_in_a_relative_clause_is_no_export() -> None:
    """"the business that once went to China" describes the partners; the deficits stay deficits."""
    text = ("US trade deficit\n\nWASHINGTON, Jun 4 - The U.S. trade deficit widened in April. The deficits with "
            "Vietnam and Thailand, whose factories have picked up much of the business that once went to China, came to "
            "$14.1 billion and $6.2 billion, respectively.")  # fmt: skip
    found = facts_of(text, date(2025, 6, 4))
    assert ("United States", "Vietnam", None, None, "balance", "value", None, -14.1e9, "USD", "2025-04",
            "2025-04") in found
    assert not any(row[4] == "exports" for row in found)


def test_volume_growth_beside_value_growth_stays_out() -> None:
    """"worth 2.1 billion dollars, while volumes fell 3%": the value's story, so the volume's rate is out of scope."""
    text = ("China copper\n\nBEIJING, Dec 8 (Reuters) - China's copper imports in November came to 430,000 tons, "
            "worth 4.2 billion dollars, while volumes fell 3%.")  # fmt: skip
    assert not any(row[5] == "growth" for row in facts_of(text, date(2025, 12, 8)))
