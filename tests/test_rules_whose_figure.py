"""Whose figure it is: a supplier named by its own volumes in a story on what a country buys, and the nation's
figure set beside a province's; rates shared out "respectively" over partners each written with a figure of its
own ("Trade with Malaysia came to A and that with Indonesia to B, increases of x% and y%, respectively").

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

YEAR = ("2025-01", "2025-12")
H1 = ("2025-01", "2025-06")

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "a supplier's own 'volumes', and a possessive whose noun is left out, are its sales to the buyer": (
        "China's pork imports shrink in 2025\n\nBEIJING, Jan 21 - China's pork imports dropped 8.4% in 2025 to "
        "1.0 million tons, customs figures showed. Spain's volumes eased 3.2% to 402,000 tons, while Brazil's rose "
        "12.5% to 241,500 tons. Purchases from Canada plunged 40.1% to 61,300 tons.",
        date(2026, 1, 21),
        [("China", "Spain", "pork", None, "imports", "growth", "yoy", -3.2, "percent", *YEAR),
         ("China", "Spain", "pork", None, "imports", "quantity", None, 402_000.0, "tonnes", *YEAR),
         ("China", "Brazil", "pork", None, "imports", "growth", "yoy", 12.5, "percent", *YEAR),
         ("China", "Brazil", "pork", None, "imports", "quantity", None, 241_500.0, "tonnes", *YEAR),
         ("China", "Canada", "pork", None, "imports", "quantity", None, 61_300.0, "tonnes", *YEAR)],
    ),
    "the national rate beside a province's is the country's, and the province stays the subject": (
        "Anhui's foreign trade climbs in first half\n\nHEFEI, July 22 - Anhui's imports and exports totalled 468.2 "
        "billion yuan in the first half of 2025, up 9.6 percent year on year, 6.7 percentage points above the "
        "national rate of 2.9 percent. Exports grew 12.4 percent, compared with 7.2 percent nationwide. The province "
        "ranked seventh nationwide by exports.",
        date(2025, 7, 22),
        [("China", None, None, None, "total", "growth", "yoy", 2.9, "percent", *H1),
         ("China", None, None, None, "exports", "growth", "yoy", 7.2, "percent", *H1),
         ("Anhui", None, None, None, "exports", "growth", "yoy", 12.4, "percent", *H1),
         ("Anhui", None, None, None, "exports", "rank", None, 7.0, "number", *H1)],
    ),
    "two capitals together are two governments, and a bloc's size does not break a list of partners": (
        "China-Brazil trade\n\nBEIJING, Nov 7 - Brasilia and Beijing agreed in 2023 to settle more trade in local "
        "currencies. Trade between China and Brazil rose 4.2% to $151.3 billion in January-October 2025.\n\n"
        "Exports to the United States and the 27-member European Union fell 3.1% and 1.8%, respectively.",
        date(2025, 11, 7),
        [("China", "Brazil", None, None, "total", "value", None, 151.3e9, "USD", "2025-01", "2025-10"),
         ("China", "European Union", None, None, "exports", "growth", "yoy", -1.8, "percent", "2025-01", "2025-10")],
    ),
    "a capital paired with another names its government even where the trade is only carried over": (
        "China-Russia trade\n\nBEIJING, Nov 7 - China's trade with Russia fell 9.1% in January-October 2025. "
        "Beijing and Moscow once aimed for $200 billion a year. Trade hit a record $244.8 billion last year.",
        date(2025, 11, 7),
        [("China", "Russia", None, None, "total", "value", None, 244.8e9, "USD", "2024-01", "2024-12")],
    ),
    "'the largest of China's partners within the bloc' is China's partner; 'in the bloc' names no area": (
        "China's trade with the EU\n\nBEIJING, Dec 8 - China's trade with the European Union grew 5.6% in the "
        "first 11 months of 2025. Italy, the largest of China's trading partners within the bloc, saw two-way "
        "trade slip 1.3 per cent to US$71.2 billion. Spain, China's fourth-largest trading partner in the bloc, "
        "saw trade climb 4.4%.",
        date(2025, 12, 8),
        [("China", "Italy", None, None, "total", "value", None, 71.2e9, "USD", "2025-01", "2025-11"),
         ("China", "Spain", None, None, "total", "growth", "yoy", 4.4, "percent", "2025-01", "2025-11")],
    ),
    "a supplier that 'was again the top source' of the goods is ranked and owns its figures": (
        "China's nickel imports\n\nBEIJING, Dec 20 - China's imports of refined nickel fell 3.1% year-on-year to "
        "18,600 tons in November 2025. Indonesia was again the top source of the metal with 9,400 tons, a 50.5% "
        "share, while Russia ranked second at 3,100 tons.",
        date(2025, 12, 20),
        [("China", "Indonesia", "refined nickel", None, "imports", "rank", None, 1.0, "number", "2025-11", "2025-11"),
         ("China", "Indonesia", "refined nickel", None, "imports", "quantity", None, 9400.0, "tonnes", "2025-11",
          "2025-11")],
    ),
    "the capital in a story on its own country is the government; a city of a foreign economy's story names no "
    "subject; 'U.S. supplies' and 'goods arriving from' name a supplier": (
        "China's barley imports slide\n\nBEIJING, Aug 20 - Measured in the units Beijing prefers, China's barley "
        "imports fell 12.4% to 1.02 million tons in July 2025. Canadian cargoes rose. U.S. supplies, which "
        "usually dwindle in summer, came to 61,000 tons. Grain arriving from France dropped 8.8% to 310,000 tons.",
        date(2025, 8, 20),
        [("China", None, "barley", None, "imports", "growth", "yoy", -12.4, "percent", "2025-07", "2025-07"),
         ("China", "United States", "barley", None, "imports", "quantity", None, 61_000.0, "tonnes", "2025-07",
          "2025-07"),
         ("China", "France", "barley", None, "imports", "quantity", None, 310_000.0, "tonnes", "2025-07", "2025-07")],
    ),
    "a home city named for no trade of its own does not become the subject of the next figures": (
        "UK trade\n\nLONDON, June 12 - Britain's goods exports fell 9.7% in April 2025. Gold moving through "
        "London's vaults distorts the data. Stripping out precious metals, goods exports were down 6.1% on March.",
        date(2025, 6, 12),
        [("United Kingdom", None, "goods excluding precious metals", None, "exports", "growth", "mom", -6.1,
          "percent", "2025-04", "2025-04")],
    ),
    "a place described in brackets after a list of cities is no subject; 'and to the EU' continues a list of "
    "partners": (
        "Zhejiang's trade grows\n\nHANGZHOU, Aug 21 - In January-July 2025, Wenzhou and Taizhou (home to the "
        "Luqiao auto parts cluster) recorded imports and exports of 201.3 billion yuan and 175.8 billion yuan "
        "respectively.\n\nExports to Africa as a whole and to the European Union increased 9.1% and 4.2%, respectively.",
        date(2025, 8, 21),
        [("Wenzhou", None, None, None, "total", "value", None, 201.3e9, "CNY", "2025-01", "2025-07"),
         ("Taizhou", None, None, None, "total", "value", None, 175.8e9, "CNY", "2025-01", "2025-07"),
         ("Zhejiang", "Africa", None, None, "exports", "growth", "yoy", 9.1, "percent", "2025-01", "2025-07"),
         ("Zhejiang", "European Union", None, None, "exports", "growth", "yoy", 4.2, "percent", "2025-01",
          "2025-07")],
    ),
    "a supplier's possessive figure; 'That was 6.4% more' carries the story's flow; refinery rates are no trade": (
        "China's crude imports slip\n\nBEIJING, Oct 20 - China's crude oil imports fell to 47.3 million tons in "
        "September 2025. Russia shipped 9.1 million tons. That was 6.4% more than a year earlier and gave Russia "
        "19.3% of China's crude imports. Russian supplies over the period stayed ahead of Saudi Arabia's 7.7 million "
        "tons. State-owned plants operated at about 81% of capacity in September.",
        date(2025, 10, 20),
        [("China", "Russia", "crude oil", None, "imports", "growth", "yoy", 6.4, "percent", "2025-09", "2025-09"),
         ("China", "Saudi Arabia", "crude oil", None, "imports", "quantity", None, 7.7e6, "tonnes", "2025-09",
          "2025-09")],
    ),
    "'the latter three' takes the last three of the list; '¥' is yen for Japan's own figures in a story on China; "
    "goods 'came in from China'": (
        "China-Japan trade\n\nBEIJING, Oct 25 - In January-September 2025, Hangzhou, Ningbo, Wenzhou and Jinhua "
        "recorded trade of 610.2 billion yuan, 1.02 trillion yuan, 211.6 billion yuan and 602.9 billion yuan "
        "respectively; the latter three grew by 4.4%, 8.1% and 17.2% respectively, while Hangzhou fell 1.1%.\n\n"
        "Japan's Ministry of Finance said Japan's imports from China rose 2.3 percent to ¥18.94 trillion.\n\n"
        "German goods worth 3.9 billion euros came in from China in September.",
        date(2025, 10, 25),
        [("Ningbo", None, None, None, "total", "growth", "yoy", 4.4, "percent", "2025-01", "2025-09"),
         ("Jinhua", None, None, None, "total", "growth", "yoy", 17.2, "percent", "2025-01", "2025-09"),
         ("Japan", "China", None, None, "imports", "value", None, 18.94e12, "JPY", "2025-01", "2025-09")],
    ),
    "'Trade with Malaysia came to A and that with Indonesia to B, increases of x% and y%, respectively'": (
        "China-ASEAN trade\n\nBEIJING, Jan 13 (Xinhua) -- China's trade with ASEAN grew 8.0 percent in 2025. Trade "
        "with Malaysia reached 812.4 billion yuan and that with Indonesia 701.9 billion yuan, increases of 3.4 "
        "percent and 6.8 percent, respectively.",
        date(2026, 1, 13),
        [("China", "Malaysia", None, None, "total", "value", None, 812.4e9, "CNY", *YEAR),
         ("China", "Indonesia", None, None, "total", "value", None, 701.9e9, "CNY", *YEAR),
         ("China", "Malaysia", None, None, "total", "growth", "yoy", 3.4, "percent", *YEAR),
         ("China", "Indonesia", None, None, "total", "growth", "yoy", 6.8, "percent", *YEAR)],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_whose_figure(name: str) -> None:
    assert_yields(*CASES[name])


def test_a_supplier_possessive_needs_a_story_on_buying() -> None:
    """In a story on what China sells, 'Vietnam's rose 6%' is no supplier of China's: it stays Vietnam's own."""
    text = ("China's steel exports climb\n\nBEIJING, Jan 14 - Thailand's steel imports fell 2.0% in 2025, while "
            "Vietnam's rose 6.0% to 9.1 million tons.")
    partners = {row[1] for row in facts_of(text, date(2026, 1, 14)) if row[7] == 6.0}
    assert partners == {None}
