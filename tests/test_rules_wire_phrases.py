"""Wire-story phrases: "The July deficit was revised to $78.2 billion from $78.3 billion" states the revised figure
only (the estimate it replaced is no fact); "with chip-making equipment up 18.4 percent" names the goods of the rate
though no comma sets them off; "down 9.0% from 5,774 tons in September" is on the month before; "U.S. buyers
took" names the partner; a price with its converted amount in brackets is no figure; a rate "below" or "more than"
a level written out takes that level's date as its base; "bringing their share ... to" is a share; broadcast copy's
"61-point-24 billion dollars" and "dropped three percent" are whole numbers; "more than 12 percent in 2024" is a bound
on 2024's rate, not a base.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

OCT_ = ("2025-10", "2025-10")
CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "broadcast copy spells the decimal point and small numbers out; 'more than' bounds a rate and 'in 2024' after it "
    "is that rate's own year, and 'from the same period last year' its base": (
        "Korea's exports\n\nSouth Korea's exports in October grew more than 12 percent from the same period last "
        "year. The trade ministry said exports reached 61-point-24 billion U.S. dollars, a record for the month. "
        "Imports dropped three percent on-year to 52-point-seven billion dollars. Chip exports rose more than 20 "
        "percent in 2024 as a whole.",
        date(2025, 11, 1),
        [("South Korea", None, None, None, "exports", "growth", "yoy", 12.0, "percent", *OCT_),
         ("South Korea", None, None, None, "exports", "value", None, 61.24e9, "USD", *OCT_),
         ("South Korea", None, None, None, "imports", "growth", "yoy", -3.0, "percent", *OCT_),
         ("South Korea", None, None, None, "imports", "value", None, 52.7e9, "USD", *OCT_),
         ("South Korea", None, "chips", None, "exports", "growth", "yoy", 20.0, "percent", "2024-01",
          "2024-12")],
    ),
    "Chinese provincial wire forms: 'import and export volume rose' is a value's rate; 'the countries and regions "
    "along the Belt and Road' close a 'respectively' list; 'the private sector contributed' is private firms'": (
        "Anhui's trade\n\nHEFEI, Oct. 24 (Xinhua) -- Anhui's import and export volume rose by 8.4 percent year on "
        "year to 620.5 billion yuan from January to September. In the nine months, the province's trade with the EU, "
        "the United States and the countries and regions along the Belt and Road increased 5.5 percent, 2.5 percent "
        "and 11.5 percent, respectively. The private sector contributed 410.25 billion yuan, up 12.5 percent.",
        date(2025, 10, 24),
        [("Anhui", None, None, None, "total", "growth", "yoy", 8.4, "percent", "2025-01", "2025-09"),
         ("Anhui", "Belt and Road partner countries", None, None, "total", "growth", "yoy", 11.5, "percent",
          "2025-01", "2025-09"),
         ("Anhui", None, None, "private enterprises", "total", "value", None, 410.25e9, "CNY", "2025-01", "2025-09")],
    ),
    "Indian wire forms: 'the April-October period this fiscal', 'the seven-month period' after it, a deficit 'in "
    "October ... and $98.7 billion during April-October', goods 'too', and a rate after a level's base in a "
    "contrast clause": (
        "India's trade\n\nNEW DELHI, Nov 15 (PTI) - India's trade deficit in October narrowed to $19.9 billion from "
        "$22.6 billion in September, while exports jumped 42 per cent to $35.5 billion. Exports of petroleum "
        "products too were up 23.5 per cent. The trade deficit in October was $19.9 billion and $98.7 billion during "
        "April-October. Cumulatively, exports during the April-October period this fiscal contracted by 7 per cent "
        "to USD 244.9 billion. The trade deficit during the seven-month period was USD 147.1 billion.",
        date(2025, 11, 15),
        [("India", None, None, None, "exports", "growth", "yoy", 42.0, "percent", "2025-10", "2025-10"),
         ("India", None, "petroleum products", None, "exports", "growth", "yoy", 23.5, "percent", "2025-10",
          "2025-10"),
         ("India", None, None, None, "balance", "value", None, -98.7e9, "USD", "2025-04", "2025-10"),
         ("India", None, None, None, "exports", "value", None, 244.9e9, "USD", "2025-04", "2025-10"),
         ("India", None, None, None, "balance", "value", None, -147.1e9, "USD", "2025-04", "2025-10")],
    ),
    "a second clause's rate 'to' a level 'in the first nine months' is of those months; partners listed after "
    "'followed by', each with its own 'up' or 'down', are partners": (
        "China's trade\n\nBEIJING, Oct 14 - China's foreign trade went up 6.3 percent year on year to $345.03 billion "
        "in September and expanded 6.2 percent year on year to $2.84 trillion in the first nine months. The European "
        "Union was the largest trading partner, with trade up 9.7 percent, followed by ASEAN, up 11.7 percent to "
        "2.74 trillion yuan, and the United States, down 9 percent to 2.42 trillion yuan.",
        date(2019, 10, 14),
        [("China", None, None, None, "total", "growth", "yoy", 6.2, "percent", "2019-01", "2019-09"),
         ("China", None, None, None, "total", "value", None, 2.84e12, "USD", "2019-01", "2019-09"),
         ("China", "United States", None, None, "total", "growth", "yoy", -9.0, "percent", "2019-01", "2019-09"),
         ("China", "United States", None, None, "total", "value", None, 2.42e12, "CNY", "2019-01", "2019-09")],
    ),
    "'Deliveries to' a market are exports; a deficit 'running 30.9% above its level' a year before is a rise": (
        "German and US trade\n\nBERLIN, Nov 7 (Reuters) - German exports rose 1.4% in September. Deliveries to "
        "China fell 3.1% to 6.8 billion euros. Through the first nine months of the year, the surplus was running "
        "4.2% above its level over the same period of 2024.",
        date(2025, 11, 7),
        [("Germany", "China", None, None, "exports", "growth", "yoy", -3.1, "percent", "2025-09", "2025-09"),
         ("Germany", "China", None, None, "exports", "value", None, 6.8e9, "EUR", "2025-09", "2025-09"),
         ("Germany", None, None, None, "balance", "growth", "yoy", 4.2, "percent", "2025-01", "2025-09")],
    ),
    "'3.3% below the 41.2 million tons brought in during October 2024': a year before, in the frame of a month-on-month "
    "paragraph; the level's date is not the rate's": (
        "China's iron ore imports\n\nBEIJING, Nov 20 (Reuters) - China's iron ore imports reached 39.8 million tons "
        "in October, up 4.1% from September. That was 3.3% below the 41.2 million tons brought in during October "
        "2024.",
        date(2025, 11, 20),
        [("China", None, "iron ore", None, "imports", "growth", "yoy", -3.3, "percent", *OCT_),
         ("China", None, "iron ore", None, "imports", "quantity", None, 41.2e6, "tonnes", "2024-10", "2024-10")],
    ),
    "'8.4% more than the 2.9 million tons shipped in October a year earlier' under an imports headline: bought; "
    "'2.6% more than the 75,000 tons sent abroad in September': on the month": (
        "China's October barley imports climb\n\nBEIJING, Nov 20 (Reuters) - China's barley imports hit 3.14 million "
        "tons in October. That was 8.4% more than the 2.9 million tons shipped in October a year earlier.\n\n"
        "Malt exports reached 77,000 tons. That was 2.6% more than the 75,000 tons sent abroad in September.",
        date(2025, 11, 20),
        [("China", None, "barley", None, "imports", "growth", "yoy", 8.4, "percent", *OCT_),
         ("China", None, "barley", None, "imports", "quantity", None, 2.9e6, "tonnes", "2024-10", "2024-10"),
         ("China", None, "malt", None, "exports", "growth", "mom", 2.6, "percent", *OCT_)],
    ),
    "'bringing their share of its foreign trade to nearly half at 48 percent' is a share": (
        "Guangdong's trade\n\nGUANGZHOU, Nov 20 (Xinhua) -- Guangdong's trade with ASEAN reached 1.21 trillion yuan "
        "in the first ten months of 2025, up 9.1 percent, bringing their share of its foreign trade to nearly half "
        "at 48 percent.",
        date(2025, 11, 20),
        [("Guangdong", "ASEAN", None, None, "total", "share", None, 48.0, "percent", "2025-01", "2025-10")],
    ),
    "'with chip-making equipment up 17.9 percent': the goods of the rate after 'with'": (
        "Japan trade\n\nTOKYO, Nov 20 (Kyodo) -- Japan's exports rose in October. Exports to China grew 2.1 percent, "
        "with chip-making equipment up 17.9 percent.",
        date(2025, 11, 20),
        [("Japan", "China", "chip-making equipment", None, "exports", "growth", "yoy", 17.9, "percent", "2025-10",
          "2025-10")],
    ),
    "'down 9.0% from 5,774 tons in September': the rate's base is the dated level it came from": (
        "China's tungsten exports\n\nBEIJING, Nov 20 (Reuters) - China shipped 1,610 metric tons of tungsten "
        "products last month, down 6.2% from 1,716 tons in September, customs data showed.",
        date(2025, 11, 20),
        [("China", None, "tungsten products", None, "exports", "growth", "mom", -6.2, "percent", *OCT_),
         ("China", None, "tungsten products", None, "exports", "quantity", None, 1716.0, "tonnes", "2025-09",
          "2025-09")],
    ),
    "'Japanese buyers took 880 tons': the buyers' country is the partner": (
        "China's antimony exports\n\nBEIJING, Nov 20 (Reuters) - China's antimony exports slid in October. Over "
        "the first 10 months of the year, Japanese buyers took 880 tons, down 41.5%.",
        date(2025, 11, 20),
        [("China", "Japan", "antimony", None, "exports", "quantity", None, 880.0, "tonnes", "2025-01", "2025-10"),
         ("China", "Japan", "antimony", None, "exports", "growth", "yoy", -41.5, "percent", "2025-01", "2025-10")],
    ),
    "'Energy imports, such as coal, gas and crude oil, dropped': the goods are those before the flow word": (
        "Korea trade\n\nSEOUL, Dec. 1 (Yonhap) -- South Korea's imports rose in November. Energy imports, such as "
        "coal, gas and crude oil, dropped 7.2 percent to $9.4 billion.",
        date(2025, 12, 1),
        [("South Korea", None, "energy", None, "imports", "growth", "yoy", -7.2, "percent", "2025-11", "2025-11")],
    ),
    "'5.2% fewer than a year earlier': a fall, on the year": (
        "China's coal imports\n\nBEIJING, Nov 20 (Reuters) - China bought 41.2 million tons of coal abroad in "
        "October, 5.2% fewer than a year earlier.",
        date(2025, 11, 20),
        [("China", None, "coal", None, "imports", "growth", "yoy", -5.2, "percent", *OCT_)],
    ),
    "'The customs data valued tractor exports at ...', '... tractors exceeding 100,000 units': goods, not verbs": (
        "China's tractor exports\n\nBEIJING, Jan 20 (Reuters) - Customs figures put the country's machinery exports "
        "up 8.0 percent last year, with exports of tractors exceeding 100,000 units for the first time. The customs "
        "data valued tractor exports at about $2.1 billion.",
        date(2025, 1, 20),
        [("China", None, "tractors", None, "exports", "quantity", None, 100000.0, "number", "2024-01", "2024-12"),
         ("China", None, "tractor", None, "exports", "value", None, 2.1e9, "USD", "2024-01", "2024-12")],
    ),
    "'Exports to China, which remained the largest source of German imports, eased': the aside's flow is not theirs": (
        "German exports\n\nBERLIN, July 8 (Reuters) - German exports fell in May. Exports to China, which remained the "
        "largest source of German imports, eased 1.7% on the month to 6.9 billion euros.",
        date(2025, 7, 8),
        [("Germany", "China", None, None, "exports", "growth", "mom", -1.7, "percent", "2025-05", "2025-05"),
         ("Germany", "China", None, None, "exports", "value", None, 6.9e9, "EUR", "2025-05", "2025-05")],
    ),
}


def test_a_price_with_a_converted_amount_in_brackets_is_no_figure() -> None:
    text = ("China's antimony exports\n\nBEIJING, Nov 20 (Reuters) - China's antimony exports fell 5.0% in October. "
            "Domestic antimony ingot prices stood at about 160,000 yuan ($22,500) per ton on Wednesday, up roughly "
            "30% since the start of the year.")  # fmt: skip
    assert sorted(row[7] for row in facts_of(text, date(2025, 11, 20))) == [-5.0]


@pytest.mark.parametrize("name", list(CASES))
def test_wire_phrases(name: str) -> None:
    assert_yields(*CASES[name])


def test_a_revision_states_the_revised_figure_only() -> None:
    text = ("US trade\n\nWASHINGTON, Oct 7 (Reuters) - The U.S. trade deficit narrowed in August. The July deficit "
            "was revised to $77.6 billion from $78.3 billion.")  # fmt: skip
    values = {row[7] for row in facts_of(text, date(2025, 10, 7)) if row[9] == "2025-07"}
    assert values == {-77.6e9}


def test_added_before_a_rate_is_growth_and_added_that_is_speech() -> None:
    """"Petroleum product exports added 1.9 percent to $4.12 billion": a rise; "Zhang added that ... over 30
    percent" is a quote's verb, no cue of a rate."""
    text = ("Korea's exports\n\nSEOUL, Dec 1 (Yonhap) -- Petroleum product exports added 1.9 percent to $4.12 billion "
            "in November 2025. Zhang added that chip makers would keep over 30 percent of the market.")
    found = {(row[6], row[7]) for row in facts_of(text, date(2025, 12, 1)) if row[5] == "growth"}
    assert found == {("yoy", 1.9)}


def test_a_bullet_mark_opens_no_sentence_of_its_own() -> None:
    """"- The world's biggest copper buyer imported ...": the sentence after the list mark, so its subject is the
    sentence's subject (no rank)."""
    text = ("China's copper imports\n\nBEIJING, Dec 20 (Reuters) - China's copper imports rose in November 2025.\n\n"
            "KEY DETAILS\n\n- The world's biggest copper buyer imported 512,000 tons of unwrought copper in November, up "
            "4.1% from a year earlier.\n\n* Imports of copper concentrate fell 2.3% to 2.4 million tons.")
    found = facts_of(text, date(2025, 12, 20))
    assert not any(row[5] == "rank" for row in found)
    assert ("China", None, "unwrought copper", None, "imports", "quantity", None, 512000.0, "tonnes", "2025-11",
            "2025-11") in found


def test_a_year_earlier_opening_shifts_a_month_named_without_its_year() -> None:
    """"A year earlier, U.S. beans had accounted for 2.79 million tons of China's November purchases": November of the
    year before; "A year earlier, in November 2024, ..." names its year and stays as written."""
    text = ("China's soybean imports\n\nBEIJING, Dec 20 (Reuters) - China bought 8.11 million tons of soybeans in "
            "November 2025. A year earlier, U.S. beans had accounted for 2.79 million tons of China's November "
            "purchases. A year earlier, in November 2024, Brazil had shipped 4.1 million tons.")
    periods = {row[7]: row[9] for row in facts_of(text, date(2025, 12, 20)) if row[5] == "quantity"}
    assert periods == {8.11e6: "2025-11", 2.79e6: "2024-11", 4.1e6: "2024-11"}


def test_the_biggest_hit_is_no_rank_and_its_subject_is_what_they_stands_for() -> None:
    """"Goods imports took the biggest hit. They slid 6.6% ...": a change ranked, not a partner's rank, and "They"
    are goods imports (not the lead's goods and services); "marking the biggest gain among major destinations" ranks
    nothing either."""
    text = ("US trade deficit narrows\n\nWASHINGTON (AP) - The US deficit in goods and services narrowed 23.8% to "
            "$59.6 billion in August 2025.\n\nGoods imports took the biggest hit. They slid 6.6% from July to $264.6 "
            "billion. Exports to Canada rose 2.2%, marking the biggest gain among major destinations.")
    found = facts_of(text, date(2025, 10, 7))
    assert not any(row[5] == "rank" for row in found)
    assert ("United States", None, None, None, "imports", "value", None, 264.6e9, "USD", "2025-08", "2025-08") in found


def test_grown_a_when_clause_after_the_previous_month_and_a_goods_subject_that_also_stayed() -> None:
    """"estimated to have grown 4.84 per cent" is a rise; "higher than in the previous month, when they stood at USD
    9.6 billion" dates the level to the month before; "Electronics also stayed a bright spot ..., with outbound
    shipments rising 38.9 per cent" is of electronics."""
    text = ("India's trade\n\nNEW DELHI, Nov 17 (PTI) - India's gold imports rose to USD 14.72 billion in October "
            "2025. They were also sharply higher than in the previous month, when they stood at USD 9.6 billion. "
            "Electronics also stayed a bright spot on the export side, with outbound shipments rising 38.9 per cent. "
            "Overall exports during April-October are estimated to have grown 4.84 per cent.")
    found = facts_of(text, date(2025, 11, 17))
    assert ("India", None, "gold", None, "imports", "value", None, 9.6e9, "USD", "2025-09", "2025-09") in found
    assert ("India", None, "electronics", None, "exports", "growth", "yoy", 38.9, "percent", "2025-10",
            "2025-10") in found
    assert ("India", None, "goods and services", None, "exports", "growth", "yoy", 4.84, "percent", "2025-04",
            "2025-10") in found  # India's "overall exports": merchandise and services


def test_a_rate_written_with_a_hyphen_is_a_rate_of_its_own_month() -> None:
    """"after an 8.3-percent gain in September, while imports grew 1 percent": Xinhua writes "8.3-percent"; the rate
    is September's, and September is no later figure's period."""
    text = ("China's trade\n\nBEIJING, Nov. 7 (Xinhua) -- China's foreign trade rose 3.6 percent in the first 10 months "
            "of 2025. October exports slipped 1.1 percent from a year earlier to 305.35 billion dollars, after an "
            "8.3-percent gain in September, while imports grew 1 percent to 215.28 billion dollars.")
    found = {(row[4], row[7], row[9]) for row in facts_of(text, date(2025, 11, 7)) if row[5] == "growth"}
    assert {("exports", 8.3, "2025-09"), ("imports", 1.0, "2025-10")} <= found


def test_an_amount_in_units_of_100_million_yuan_written_in_figures() -> None:
    """"the total import and export value of Zhengzhou was 2746.8 100 million yuan": 274.68 billion yuan, not the
    100 million alone."""
    text = ("Zhengzhou trade\n\nIn the first half of 2025, the total import and export value of Zhengzhou was 2746.8 "
            "100 million yuan, an increase of 38.7%.")
    values = {(row[7], row[8]) for row in facts_of(text, date(2025, 8, 4)) if row[5] == "value"}
    assert values == {(2746.8e8, "CNY")}


def test_a_balance_noun_after_the_figure_decides_its_flow() -> None:
    """"Imports rose ... to $48.2 billion, which left the country with a $6.1 billion trade surplus": the surplus is
    the noun the figure sizes, whatever flow word comes before it ("left the country" reads as goods sold abroad,
    "Imports" as goods bought); a euro deficit written after its currency is one too."""
    text = ("Korea's trade\n\nSEOUL, Dec. 1 (Yonhap) -- South Korea's exports gained 5.5 percent on-year to $54.3 "
            "billion in November. Imports rose 2.0 percent to $48.2 billion, which left the country with a $6.1 "
            "billion trade surplus. Shipments to the euro zone reached 4.4 billion euros, while imports from it "
            "brought a 1.3 billion euro deficit.")
    balances = {(row[1], row[4], row[7], row[8]) for row in facts_of(text, date(2025, 12, 1))
                if row[7] in (6.1e9, -6.1e9, 1.3e9, -1.3e9)}
    assert balances == {(None, "balance", 6.1e9, "USD"), ("Euro area", "balance", -1.3e9, "EUR")}
