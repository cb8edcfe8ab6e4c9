"""Goods named once in full and then by their head ("copper ore and concentrate", then "concentrate"), including a
full name given by a sentence with no figure ("Arrivals of X held near record levels. They totalled ..."); not
where the short name stood alone first, nor where the text calls it the whole ("overall natural gas"). A goods
subject with its acronym ("New energy vehicles (NEVs) accounted for") or the acronym alone ("NEVs made up"); the
lead's own word for the headline's vehicles ("car exports" over "shipped 652,000 vehicles"). In a story that
counts units, bare numbers "ranked fourth with 233,700" and "accounted for 222,000 of" are more of them; a sentence
whose only flow word is the headline's, after the figure, is of that flow.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

AUG = ("2025-08", "2025-08")
ORE_STORY = (
    "China's nickel imports\n\nBEIJING, Sept 20 - China's refined nickel imports rose 4.1% in August.\n\n"
    "Arrivals of nickel ore and concentrate, the feedstock for stainless mills, stayed near record levels. They "
    "totalled 5.12 million tons in August, up 9.3% year-on-year. The Philippines shipped 4.60 million tons of "
    "concentrate to China in August."
)
WHOLE_STORY = (
    "China's LNG imports fall\n\nBEIJING, Jan 20 - China's imports of liquefied natural gas fell 8.2% in 2025 to "
    "70.1 million tons. Overall natural gas imports slipped 2.1% to 128.3 million tons."
)

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "a figureless 'Arrivals of X' names the goods of 'They totalled ...', and the later short name is X": (
        ORE_STORY,
        date(2025, 9, 20),
        [("China", None, "nickel ore and concentrate", None, "imports", "quantity", None, 5.12e6, "tonnes", *AUG),
         ("China", None, "nickel ore and concentrate", None, "imports", "growth", "yoy", 9.3, "percent", *AUG),
         ("China", "Philippines", "nickel ore and concentrate", None, "imports", "quantity", None, 4.6e6, "tonnes",
          *AUG)],
    ),
    "'overall natural gas' after 'liquefied natural gas' is the whole class": (
        WHOLE_STORY,
        date(2026, 1, 20),
        [("China", None, "natural gas", None, "imports", "quantity", None, 128.3e6, "tonnes", "2025-01", "2025-12")],
    ),
    "'New energy vehicles (NEVs) accounted for', 'NEVs made up', and the lead's 'vehicles' under 'car exports'": (
        "China's car exports hit record in October\n\nBEIJING -- China shipped 660,000 vehicles abroad in "
        "October, 18.2 percent more than a year earlier.\n\nNew energy vehicles (NEVs) accounted for 231,000 of "
        "the October total, up 95.3 percent. NEVs made up 35.0 percent of the total.",
        date(2025, 11, 12),
        [("China", None, "vehicles", None, "exports", "quantity", None, 660_000.0, "number", "2025-10", "2025-10"),
         ("China", None, "new energy vehicles", None, "exports", "growth", "yoy", 95.3, "percent", "2025-10",
          "2025-10"),
         ("China", None, "new energy vehicles", None, "exports", "share", None, 35.0, "percent", "2025-10",
          "2025-10")],
    ),
    "bare counts in a vehicle story ('came second with 367,800', 'accounted for 222,000 of') are vehicles": (
        "China's vehicle exports climb in September\n\nBEIJING -- China shipped 650,000 vehicles abroad in "
        "September. Mexico was the biggest buyer, and the United Arab Emirates came second with 36,800. "
        "Passenger cars accounted for 581,000 of the September total, giving them an 89.4 percent share of vehicle exports.",
        date(2025, 10, 14),
        [("China", "United Arab Emirates", "vehicles", None, "exports", "quantity", None, 36_800.0, "number",
          "2025-09", "2025-09"),
         ("China", None, "passenger cars", None, "exports", "quantity", None, 581_000.0, "number", "2025-09",
          "2025-09")],
    ),
    "an 'Overseas shipments of X' lead with no figure gives the full name of the later 'magnets'": (
        "Outbound shipments of Japanese neodymium magnets declined in September, customs figures showed. Last month "
        "Japan sent 812 tonnes of magnets abroad, down 4.4% from August.",
        date(2025, 10, 20),
        [("Japan", None, "neodymium magnets", None, "exports", "quantity", None, 812.0, "tonnes", "2025-09",
          "2025-09")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_goods_in_full(name: str) -> None:
    assert_yields(*CASES[name])


def test_a_short_name_that_stood_alone_first_keeps_its_name() -> None:
    text = (
        "China's vehicle exports rise\n\nBEIJING, Oct 12 - China's vehicle exports rose 8.1% in September to "
        "650,000 units. Exports of new energy vehicles jumped 21.0%. Vehicles shipped to Mexico fell 3.2%."
    )
    products = {row[2] for row in facts_of(text, date(2025, 10, 12))}
    assert "new energy vehicles" in products and "vehicles" in products
