"""The comparison basis of a rate across a story: one row per construction of trade reporting.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

US = "United States"
GS = "goods and services"  # the US release's headline figures
CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "'grew 4.6 percent, quicker than in the first three months': the pace of another period's rate, no base": (
        "China's trade in H1\n\nBEIJING, July 14 (Xinhua) -- China's foreign trade rose 2.9 percent year on year "
        "in the first half of 2025.\n\nIn the second quarter, imports and exports grew 4.6 percent, quicker than "
        "in the first three months of the year. Exports in June gained 5.8 percent, a slower pace than in May.",
        date(2025, 7, 14),
        [("China", None, None, None, "total", "growth", "yoy", 4.6, "percent", "2025-04", "2025-06"),
         ("China", None, None, None, "exports", "growth", "yoy", 5.8, "percent", "2025-06", "2025-06")],
    ),
    "a story that leads with the change from the month before reports its later rates so": (
        "US trade gap shrinks in June\n\nWASHINGTON - The U.S. trade deficit fell 9% to $61.4 billion in June from "
        "$67.5 billion in May, the Commerce Department said.\n\nImports declined 2.2% to $330.1 billion. Exports "
        "dipped 0.4% to $268.7 billion.\n\nThe goods deficit with Mexico grew 3.1% to $16.2 billion.",
        date(2025, 8, 5),
        [
            (US, None, GS, None, "balance", "growth", "mom", -9.0, "percent", "2025-06", "2025-06"),
            (US, None, GS, None, "imports", "growth", "mom", -2.2, "percent", "2025-06", "2025-06"),
            (US, None, GS, None, "exports", "growth", "mom", -0.4, "percent", "2025-06", "2025-06"),
            (US, "Mexico", None, None, "balance", "growth", "mom", 3.1, "percent", "2025-06", "2025-06"),
        ],
    ),
    "'up 4.2%, and up 2.7% over September': the base after the second rate, with its own sign word, is its alone": (
        "Dongguan trade\n\nDONGGUAN - In October 2025, the city's imports and exports were 128.5 hundred million "
        "yuan, up 4.2%, and up 2.7% over September. Exports and imports rose 5% and 3% respectively from the "
        "previous month.",
        date(2025, 11, 25),
        [
            ("Dongguan", None, None, None, "total", "growth", "yoy", 4.2, "percent", "2025-10", "2025-10"),
            ("Dongguan", None, None, None, "total", "growth", "mom", 2.7, "percent", "2025-10", "2025-10"),
            ("Dongguan", None, None, None, "exports", "growth", "mom", 5.0, "percent", "2025-10", "2025-10"),
            ("Dongguan", None, None, None, "imports", "growth", "mom", 3.0, "percent", "2025-10", "2025-10"),
        ],
    ),
    "a UK story that compares with the month before by name ('Compared with July') reads its month's rates so": (
        "UK trade deficit widens\n\nLONDON - Britain's trade deficit widened in August 2025.\n\nIn August alone, "
        "goods exports decreased by £1.1bn, or 3.3%. Compared with July, exports to the EU fell 4.6%.",
        date(2025, 10, 16),
        [("United Kingdom", None, None, None, "exports", "growth", "mom", -3.3, "percent", "2025-08", "2025-08"),
         ("United Kingdom", "European Union", None, None, "exports", "growth", "mom", -4.6, "percent", "2025-08",
          "2025-08")],
    ),
    "a paragraph's month-on-month frame is no basis for a span of months ('in the first nine months ..., up 12%')": (
        "China's rare earth exports jump\n\nBEIJING (Bloomberg) -- China's rare earth exports rose in September "
        "2025.\n\nRare earth exports climbed 31% from August to 5,791 tons. Overseas sales in the first nine months "
        "were 46,200 tons, up 12%.",
        date(2025, 10, 13),
        [("China", None, "rare earth", None, "exports", "growth", "mom", 31.0, "percent", "2025-09", "2025-09"),
         ("China", None, "rare earth", None, "exports", "growth", "yoy", 12.0, "percent", "2025-01", "2025-09")],
    ),
    "a story that turns to the year before leaves the lead's basis behind": (
        "Italy's surplus narrows in June\n\nROME - On a seasonally adjusted basis, Italian exports rose 0.7% on "
        "May.\n\nCompared with June last year, exports were up 2.2%.\n\nSales to Germany fell 3.5%.",
        date(2025, 8, 19),
        [
            ("Italy", None, None, None, "exports", "growth", "mom", 0.7, "percent", "2025-06", "2025-06"),
            ("Italy", None, None, None, "exports", "growth", "yoy", 2.2, "percent", "2025-06", "2025-06"),
            ("Italy", "Germany", None, None, "exports", "growth", "yoy", -3.5, "percent", "2025-06", "2025-06"),
        ],
    ),
    "a lead with both bases sets no frame": (
        "Indonesia's surplus\n\nJAKARTA - Indonesia's exports in March were $22.1 billion, up 1.9 percent from "
        "February and up 3.4 percent year-on-year.\n\nExports of coal fell 11.2 percent to $2.2 billion.",
        date(2025, 4, 15),
        [("Indonesia", None, "coal", None, "exports", "growth", "yoy", -11.2, "percent", "2025-03", "2025-03")],
    ),
    "a rate cued against the year before carries its basis to the next rate of its sentence": (
        "German exports slip\n\nBERLIN - German exports fell 1.4% on the month in March 2025. Imports from "
        "the U.S. rose 6.1% from a year earlier, while imports from China gained 2.6%.",
        date(2025, 5, 8),
        [
            ("Germany", None, None, None, "exports", "growth", "mom", -1.4, "percent", "2025-03", "2025-03"),
            ("Germany", US, None, None, "imports", "growth", "yoy", 6.1, "percent", "2025-03", "2025-03"),
            ("Germany", "China", None, None, "imports", "growth", "yoy", 2.6, "percent", "2025-03", "2025-03"),
        ],
    ),
    "an opening comparison with a month 'of the previous year' is year on year": (
        "German exports slump in November\n\nFRANKFURT - German exports dropped 1.9 percent on the month in "
        "November.\n\nCompared with November of the previous year, exports were 2.7 percent lower.",
        date(2026, 1, 9),
        [("Germany", None, None, None, "exports", "growth", "yoy", -2.7, "percent", "2025-11", "2025-11")],
    ),
    "'on year' before 'to' is year on year": (
        "China's commodity imports\n\nBEIJING - China's crude oil imports fell 3.1% in October 2025 from the "
        "previous month, while soybean imports rose 5.2% on year to 9.4 million tons.",
        date(2025, 11, 18),
        [("China", None, "soybeans", None, "imports", "growth", "yoy", 5.2, "percent", "2025-10", "2025-10")],
    ),
    "'over the same period' alone names the period just given, not the year before": (
        "UK trade deficit widens\n\nLONDON - Compared with the previous three months, UK goods imports rose 2.3% in "
        "the three months to June 2025.\n\nExports to the EU increased 0.6% over the same period, while exports to "
        "non-EU countries fell 1.8%.",
        date(2025, 8, 14),
        [
            (
                "United Kingdom",
                "European Union",
                None,
                None,
                "exports",
                "growth",
                "qoq",
                0.6,
                "percent",
                "2025-04",
                "2025-06",
            ),
            (
                "United Kingdom",
                "non-EU countries",
                None,
                None,
                "exports",
                "growth",
                "qoq",
                -1.8,
                "percent",
                "2025-04",
                "2025-06",
            ),
        ],
    ),
    "a base 'from a downwardly revised' figure in the month before makes the rate month on month": (
        "US trade gap widens\n\nWASHINGTON - The trade gap increased 1.2% to $72.8 billion in June 2024 from a "
        "downwardly revised $71.9 billion in May.",
        date(2024, 8, 6),
        [(US, None, None, None, "balance", "growth", "mom", 1.2, "percent", "2024-06", "2024-06"),
         (US, None, None, None, "balance", "value", None, -71.9e9, "USD", "2024-05", "2024-05")],
    ),
    "a comparison that opens the sentence frames a rate far into it": (
        "UK trade\n\nLONDON - The UK's trade deficit widened in the three months to August 2025.\n\nCompared with "
        "the previous three months, imports of goods from non-EU countries rose by £2.8bn, or 3.9%, to £74.1bn.",
        date(2025, 10, 10),
        [("United Kingdom", "non-EU countries", None, None, "imports", "growth", "qoq", 3.9, "percent", "2025-06",
          "2025-08")],
    ),
    "a lead that moves a level against the previous three months frames the story's rates": (
        "UK trade deficit narrows\n\nLONDON - The UK's total trade deficit narrowed by £1.1bn to £6.2bn in the three "
        "months to August 2025 compared with the previous three months.\n\nTotal exports rose by 1.2% to £188.1bn, "
        "while total imports increased by 0.6%.",
        date(2025, 10, 10),
        [("United Kingdom", None, None, None, "exports", "growth", "qoq", 1.2, "percent", "2025-06", "2025-08"),
         ("United Kingdom", None, None, None, "imports", "growth", "qoq", 0.6, "percent", "2025-06", "2025-08")],
    ),
    "'running 40.3% below the same period last year' is a rate of change, a fall": (
        "US trade\n\nWASHINGTON - The U.S. trade deficit narrowed in April 2026. Through the first four months of "
        "this year, the deficit totaled $268.2 billion, running 38.1% below the same period last year.",
        date(2026, 6, 4),
        [(US, None, None, None, "balance", "growth", "yoy", -38.1, "percent", "2026-01", "2026-04")],
    ),
    "a US story's unqualified monthly change is against the month before, as the Census release states it, where "
    "the text compares with the month before somewhere": (
        "US trade gap\n\nWASHINGTON, Jan 8 (Reuters) - The U.S. trade deficit surged 94.6% in November 2025 to "
        "$56.8 billion. Exports fell 3.6%, while imports were 1.9% higher than a year earlier.\n\nGoods imports "
        "rose 2.2% on the month.",
        date(2026, 1, 8),
        [("United States", None, GS, None, "balance", "growth", "mom", 94.6, "percent", "2025-11", "2025-11"),
         ("United States", None, GS, None, "exports", "growth", "mom", -3.6, "percent", "2025-11", "2025-11"),
         ("United States", None, GS, None, "imports", "growth", "yoy", 1.9, "percent", "2025-11", "2025-11")],
    ),
    "so is a German, British, Canadian or Australian story's": (
        "German exports\n\nBERLIN, March 9 (Reuters) - German exports fell 2.3% in January 2026 to 130.4 billion "
        "euros. Imports dropped 1.1%. In December exports had risen 3.9% from the previous month.",
        date(2026, 3, 9),
        [("Germany", None, None, None, "exports", "growth", "mom", -2.3, "percent", "2026-01", "2026-01"),
         ("Germany", None, None, None, "imports", "growth", "mom", -1.1, "percent", "2026-01", "2026-01")],
    ),
    "'month-to-month (mtm)', as Indonesian releases write it, is month on month": (
        "Indonesia's trade\n\nJAKARTA, Nov 17 - Indonesia's exports rose 3.6 percent year-on-year (yoy) to $25.12 "
        "billion in October 2026 and were up 2.9 percent month-to-month (mtm).",
        date(2026, 11, 17),
        [("Indonesia", None, None, None, "exports", "growth", "yoy", 3.6, "percent", "2026-10", "2026-10"),
         ("Indonesia", None, None, None, "exports", "growth", "mom", 2.9, "percent", "2026-10", "2026-10")],
    ),
    "with no comparison with the month before anywhere in the text, the guide's year on year stands": (
        "German exports\n\nBERLIN, March 9 (Reuters) - German exports fell 2.3% in January 2026 to 130.4 billion "
        "euros. Imports dropped 1.1%.",
        date(2026, 3, 9),
        [("Germany", None, None, None, "exports", "growth", "yoy", -2.3, "percent", "2026-01", "2026-01")],
    ),
    "a rate compared with an earlier month's rate ('a sharp slowdown from September', 'slowing from August's "
    "gain') has no month-on-month base": (
        "China's trade\n\nBEIJING, Nov 7 (Reuters) - China's exports fell 1.1% in October 2025 from a year earlier. "
        "Sales to Japan grew only 0.7%, a sharp slowdown from September, when shipments there rose 9.2%. Imports "
        "grew 1.0%, slowing sharply from September's 7.4% gain.",
        date(2025, 11, 7),
        [("China", "Japan", None, None, "exports", "growth", "yoy", 0.7, "percent", "2025-10", "2025-10"),
         ("China", "Japan", None, None, "exports", "growth", "yoy", 9.2, "percent", "2025-09", "2025-09"),
         ("China", None, None, None, "imports", "growth", "yoy", 1.0, "percent", "2025-10", "2025-10")],
    ),
    "'above the year-earlier level of 11.37 million tons': the rate is year on year and the level is a year "
    "before; 'than in August' is the next rate's base alone, and a base after a rate outweighs a cue before it": (
        "China's soybean imports rise\n\nBEIJING, Oct 20 (Reuters) - China brought in 12.87 million tons of "
        "soybeans in September 2025. Arrivals were 13.2% above the year-earlier level of 11.37 million tons and 4.8% "
        "higher than in August. Rapeseed imports were 0.6% below the year-ago figure of 0.21 million tons. Sorghum "
        "arrivals were about double the level of a year earlier though 2.5% lower than August.",
        date(2025, 10, 20),
        [("China", None, "soybeans", None, "imports", "quantity", None, 12870000.0, "tonnes", "2025-09", "2025-09"),
         ("China", None, "soybeans", None, "imports", "growth", "yoy", 13.2, "percent", "2025-09", "2025-09"),
         ("China", None, "soybeans", None, "imports", "quantity", None, 11370000.0, "tonnes", "2024-09", "2024-09"),
         ("China", None, "soybeans", None, "imports", "growth", "mom", 4.8, "percent", "2025-09", "2025-09"),
         ("China", None, "rapeseed", None, "imports", "growth", "yoy", -0.6, "percent", "2025-09", "2025-09"),
         ("China", None, "rapeseed", None, "imports", "quantity", None, 210000.0, "tonnes", "2024-09", "2024-09"),
         ("China", None, "sorghum", None, "imports", "growth", "mom", -2.5, "percent", "2025-09", "2025-09")],
    ),
    "'compared with a rise of 1.0% in the previous month': that month's own rate, year on year; '4.3% higher than in "
    "the previous month' is on the month": (
        "China's trade\n\nBEIJING, Dec 8 (Reuters) - China's imports grew 1.9% in November 2025, compared with a rise "
        "of 1.0% in the previous month. Exports were 4.3% higher than in the previous month.",
        date(2025, 12, 8),
        [("China", None, None, None, "imports", "growth", "yoy", 1.0, "percent", "2025-10", "2025-10"),
         ("China", None, None, None, "exports", "growth", "mom", 4.3, "percent", "2025-11", "2025-11")],
    ),
    "'12.6% smaller than the $29.4 billion deficit recorded in July 2024': a dated level after the rate is its "
    "base, over a month's level named before it": (
        "Pakistan's trade gap narrows\n\nISLAMABAD, Aug 14 - Pakistan's trade deficit narrowed to $25.7 billion in "
        "July 2025 from $31.2 billion in June, and was 12.6% smaller than the $29.4 billion deficit recorded in July "
        "2024.",
        date(2025, 8, 14),
        [("Pakistan", None, None, None, "balance", "growth", "yoy", -12.6, "percent", "2025-07", "2025-07"),
         ("Pakistan", None, None, None, "balance", "value", None, -29.4e9, "USD", "2024-07", "2024-07")],
    ),
    "'an increase of 9.3%, and 5.2% higher than in November': the base after the second rate is its alone, and the "
    "sentence after keeps the year-on-year reading": (
        "Ningbo's trade\n\nNINGBO, Jan 20 -- Ningbo's foreign trade rose 3.1% in 2025. In December alone, its "
        "imports and exports were 130.2 billion yuan, an increase of 8.4%, and 4.6% higher than in November. Of "
        "this, exports increased by 6.1%.",
        date(2026, 1, 20),
        [("Ningbo", None, None, None, "total", "growth", "yoy", 8.4, "percent", "2025-12", "2025-12"),
         ("Ningbo", None, None, None, "total", "growth", "mom", 4.6, "percent", "2025-12", "2025-12"),
         ("Ningbo", None, None, None, "exports", "growth", "yoy", 6.1, "percent", "2025-12", "2025-12")],
    ),
    "'slipped 1.9 per cent to $4.61 billion, though they were higher than the $4.02 billion recorded in November': the "
    "concession's base is its own, and the rate stays year on year": (
        "India's trade\n\nNEW DELHI, Jan 15 (PTI) - India's exports rose 1.9 per cent in December 2025. Silver imports "
        "slipped 2.3 per cent to $0.61 billion, though they were higher than the $0.42 billion recorded in November.",
        date(2026, 1, 15),
        [("India", None, "silver", None, "imports", "growth", "yoy", -2.3, "percent", "2025-12", "2025-12")],
    ),
    "a sentence without figures that opens 'Month on month,' frames the paragraph's rates after it": (
        "China steel\n\nBEIJING, Dec 18 (Bloomberg) -- China's steel exports grew in November.\n\nMonth on month, "
        "the trend was uneven. Shipments of billets rose 12.5% to 1.08 million tons in November, while steel imports "
        "slipped 1.4% to 496,000 tons.\n\nSteel exports were 7.8% above their level a year earlier.",
        date(2025, 12, 18),
        [("China", None, "billets", None, "exports", "growth", "mom", 12.5, "percent", "2025-11", "2025-11"),
         ("China", None, "steel", None, "imports", "growth", "mom", -1.4, "percent", "2025-11", "2025-11"),
         ("China", None, "steel", None, "exports", "growth", "yoy", 7.8, "percent", "2025-11", "2025-11")],
    ),
    "'0.8% lower than in the second quarter' is a rate on the quarter before, kept beside its level": (
        "UK trade\n\nLONDON - The UK's trade deficit widened in the three months to September 2025. Sales to non-EU "
        "countries were 0.8% lower than in the second quarter at £46.4bn.",
        date(2025, 11, 13),
        [("United Kingdom", "non-EU countries", None, None, "exports", "growth", "qoq", -0.8, "percent", "2025-07",
          "2025-09")],
    ),
    "'Quarter by quarter,' frames its own sentence's rate, not a single month's after it": (
        "Qingdao trade\n\nQINGDAO, July 25 -- Qingdao's foreign trade rose 4.6% in the first half of 2025.\n\n"
        "Quarter by quarter, the city's trade in the second quarter was 11.3% higher than in the first quarter. June "
        "trade alone reached 86.05 billion yuan, up 7.2%.",
        date(2025, 7, 25),
        [("Qingdao", None, None, None, "total", "growth", "qoq", 11.3, "percent", "2025-04", "2025-06"),
         ("Qingdao", None, None, None, "total", "growth", "yoy", 7.2, "percent", "2025-06", "2025-06")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_basis(name: str) -> None:
    assert_yields(*CASES[name])


def test_on_the_year_before_a_level_is_year_on_year() -> None:
    """'rose 4.1% on the year to 7.12 million tons and were up 10.2% from the previous month': the first rate is year
    on year (the 'to' is the level's, not 'the year to March'), and it does not make the paragraph month on month."""
    text = ("China's coal imports fall in August\n\nBEIJING (Reuters) - China's coal imports fell in August 2025. "
            "Imports from Russia rose 4.1% on the year to 7.12 million tons and were up 10.2% from the previous "
            "month. Australian arrivals dropped 14.6% to 6.48 million tons.")
    bases = {row[7]: row[6] for row in facts_of(text, date(2025, 9, 20)) if row[5] == "growth"}
    assert bases == {4.1: "yoy", 10.2: "mom", -14.6: "yoy"}

