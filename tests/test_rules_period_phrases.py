"""Period phrases that are not the figure's period: "the first year-on-year fall of the fiscal year" is a milestone's
span; "the fiscal year that began in April" names the fiscal year's first month, not a period; "between the second
and third quarters" is the third quarter on the second. A statistics office's "Quarter 2 (Apr to June) 2025" is a
quarter, and "On the same basis" opens a paragraph that goes on with the last one's period; "Through August" is
the year to August; "in January and February" is the two months combined unless "respectively" distributes it; a date in an "as ..." clause
after the last figure is its cause's, and so is the month a report was "released in"; "in April, and May's deficit"
lists no two months; a figure "posted for the same period in 2022" is that period's own; "the first six months of
fiscal 2025 through September" is the fiscal half; "Over 11 months," opening a sentence is the year's first eleven; "after Washington lowered tariffs on
Japanese cars in September" in a lead without figures dates a policy, not the story, and "Sales to the U.S., which rose
in November," there dates the story; "the April-September half of fiscal 2025" is those months.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

OCT = ("2025-10", "2025-10")
Q2 = ("2025-04", "2025-06")
Q3 = ("2025-07", "2025-09")

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "', a market that took off in 2023 when Western automakers left,': the market's date, not the figure's": (
        "Heilongjiang trade\n\nHARBIN, Oct 20 (Xinhua) -- Heilongjiang's trade with Russia fell 4.6 percent in the "
        "first three quarters of 2025.\n\nExports of cars to Russia, a market that took off in 2023 when Western "
        "automakers left, plunged 38.5 percent to 1.92 billion yuan.",
        date(2025, 10, 20),
        [("Heilongjiang", "Russia", "cars", None, "exports", "value", None, 1.92e9, "CNY", "2025-01", "2025-09")],
    ),
    "'the first year-on-year fall of the fiscal year' dates neither the figure before it nor the one after": (
        "India's trade gap\n\nNEW DELHI, Nov 17 - India's merchandise trade deficit widened to $38.2 billion in "
        "October.\n\nMerchandise exports shrank 9.4% from a year earlier to $35.1 billion, the first year-on-year "
        "fall of the fiscal year, while imports rose 14.2% to $73.3 billion.",
        date(2025, 11, 17),
        [("India", None, None, None, "exports", "growth", "yoy", -9.4, "percent", *OCT),
         ("India", None, None, None, "exports", "value", None, 35.1e9, "USD", *OCT),
         ("India", None, None, None, "imports", "growth", "yoy", 14.2, "percent", *OCT),
         ("India", None, None, None, "imports", "value", None, 73.3e9, "USD", *OCT)],
    ),
    "'the first seven months of the fiscal year that began in April': April opens the span, it is no period": (
        "Japan's exports\n\nTOKYO, Nov 19 - For the first seven months of the fiscal year that began in April, "
        "exports grew 1.1% to 62.8 trillion yen.",
        date(2025, 11, 19),
        [("Japan", None, None, None, "exports", "growth", "yoy", 1.1, "percent", "2025-04", "2025-10"),
         ("Japan", None, None, None, "exports", "value", None, 62.8e12, "JPY", "2025-04", "2025-10")],
    ),
    "'the first six months of fiscal 2025 through September': the fiscal half, 'through' its last month": (
        "Japan's trade\n\nTOKYO (Kyodo) -- Japan's exports rose 4.2 percent in September. In the first six months "
        "of fiscal 2025 through September, imports fell 2.3 percent.",
        date(2025, 10, 20),
        [("Japan", None, None, None, "imports", "growth", "yoy", -2.3, "percent", "2025-04", "2025-09")],
    ),
    "'between the second and third quarters': the third quarter, on the quarter": (
        "UK trade\n\nLONDON, Nov 13 - The UK's trade deficit widened in the three months to September 2025.\n\n"
        "Goods exports to the United States fell 3.1% to £14.2 billion between the second and third quarters.",
        date(2025, 11, 13),
        [("United Kingdom", "United States", None, None, "exports", "growth", "qoq", -3.1, "percent", "2025-07",
          "2025-09"),
         ("United Kingdom", "United States", None, None, "exports", "value", None, 14.2e9, "GBP", "2025-07",
          "2025-09")],
    ),
    "'in the second and third quarters' with two figures stays a list of two quarters": (
        "UK trade\n\nLONDON, Nov 13 - UK exports to China were £5.1 billion and £5.3 billion in the second and "
        "third quarters of 2025.",
        date(2025, 11, 13),
        [("United Kingdom", "China", None, None, "exports", "value", None, 5.1e9, "GBP", "2025-04", "2025-06"),
         ("United Kingdom", "China", None, None, "exports", "value", None, 5.3e9, "GBP", "2025-07", "2025-09")],
    ),
    "a statistics office's 'Quarter 2 (Apr to June) 2025' is the second quarter, its months in brackets": (
        "UK trade: August 2025\n\nOffice for National Statistics. Release date: 10 October 2025.\n\nThe trade in "
        "goods deficit narrowed by £1.1 billion to £57.2 billion in Quarter 2 (Apr to June) 2025 compared with "
        "Quarter 1 (Jan to Mar) 2025, as goods exports rose by £2.0 billion (2.3%).",
        date(2025, 10, 10),
        [("United Kingdom", None, None, None, "balance", "value", None, -57.2e9, "GBP", *Q2),
         ("United Kingdom", None, None, None, "exports", "growth", "qoq", 2.3, "percent", *Q2)],
    ),
    "'Quarter 1' without a year is the quarter compared with, and its number no figure": (
        "UK trade: August 2025\n\nAcross Quarter 2 2025 as a whole, goods imports from China were £16.0 billion, "
        "4.5% higher than in Quarter 1 and 2.2% above the same quarter a year earlier.",
        date(2025, 10, 10),
        [("United Kingdom", "China", None, None, "imports", "value", None, 16.0e9, "GBP", *Q2),
         ("United Kingdom", "China", None, None, "imports", "growth", "qoq", 4.5, "percent", *Q2),
         ("United Kingdom", "China", None, None, "imports", "growth", "yoy", 2.2, "percent", *Q2)],
    ),
    "a paragraph that opens 'On the same basis' goes on with the last one's period and basis": (
        "UK trade: September 2025\n\nThe trade deficit widened in September 2025.\n\nCompared with the previous "
        "quarter, goods exports fell 1.2% to £88.0 billion in Quarter 3 2025.\n\nOn the same basis, exports to "
        "EU countries rose 0.5% to £46.1 billion.",
        date(2025, 11, 13),
        [("United Kingdom", "European Union", None, None, "exports", "growth", "qoq", 0.5, "percent", *Q3),
         ("United Kingdom", "European Union", None, None, "exports", "value", None, 46.1e9, "GBP", *Q3)],
    ),
    "goods excluding precious metals, the sentence's subject, are the goods of its later figures too": (
        "UK trade: August 2025\n\nExcluding precious metals, goods exports decreased by 1.9% to £85.0 billion in "
        "Quarter 2 (Apr to June) 2025 compared with Quarter 1 (Jan to Mar) 2025, while imports increased by 0.6% to "
        "£146.2 billion.",
        date(2025, 10, 10),
        [("United Kingdom", None, "goods excluding precious metals", None, "imports", "growth", "qoq", 0.6,
          "percent", *Q2),
         ("United Kingdom", None, "goods excluding precious metals", None, "imports", "value", None, 146.2e9, "GBP",
          *Q2)],
    ),
    "'Through August, the deficit totaled ...': the year to August": (
        "US trade deficit\n\nWASHINGTON, Oct 7 (Reuters) - The U.S. trade deficit narrowed in August. Through "
        "August, the deficit totaled $713.6 billion, up 20.4% from the same period last year.",
        date(2025, 10, 7),
        [("United States", None, None, None, "balance", "value", None, -713.6e9, "USD", "2025-01", "2025-08"),
         ("United States", None, None, None, "balance", "growth", "yoy", 20.4, "percent", "2025-01", "2025-08")],
    ),
    "'in January and February' with a figure and its conversion: the two months combined": (
        "China's trade\n\nBEIJING, March 7 (Xinhua) -- China's exports reached 3.88 trillion yuan (about 539.6 "
        "billion U.S. dollars) in January and February, up 3.4 percent year on year.",
        date(2025, 3, 7),
        [("China", None, None, None, "exports", "value", None, 3.88e12, "CNY", "2025-01", "2025-02"),
         ("China", None, None, None, "exports", "growth", "yoy", 3.4, "percent", "2025-01", "2025-02")],
    ),
    "'over January and February' is the two months combined too, and 'the same two-month period' after it": (
        "China's trade\n\nBEIJING, March 7 - Customs data showed China's exports up 2.3% year on year in dollar "
        "terms over January and February. In the same two-month period, imports fell 8.4%.",
        date(2025, 3, 7),
        [("China", None, None, None, "exports", "growth", "yoy", 2.3, "percent", "2025-01", "2025-02"),
         ("China", None, None, None, "imports", "growth", "yoy", -8.4, "percent", "2025-01", "2025-02")],
    ),
    "'The September figures alone' turn a story on a fiscal half to its last month, paragraphs after included": (
        "Japan's fiscal half\n\nTOKYO, Oct. 22 (Kyodo) -- Japan ran a goods trade deficit of 1.3 trillion yen in "
        "the first half of fiscal 2025.\n\nThe September figures alone showed a shortfall of 301.2 billion yen."
        "\n\nExports rose 3.1 percent from a year earlier to 9.1 trillion yen.",
        date(2025, 10, 22),
        [("Japan", None, None, None, "balance", "value", None, -1.3e12, "JPY", "2025-04", "2025-09"),
         ("Japan", None, None, None, "balance", "value", None, -301.2e9, "JPY", "2025-09", "2025-09"),
         ("Japan", None, None, None, "exports", "growth", "yoy", 3.1, "percent", "2025-09", "2025-09")],
    ),
    "'In November alone' is an aside on the month: the next paragraph is the story's span again": (
        "China's trade\n\nBEIJING, Dec. 8 (Xinhua) -- China's exports rose 6.2 percent in the first 11 months of "
        "2025. In November alone, exports grew 5.7 percent.\n\nImports rose 0.2 percent to 16.75 trillion yuan.",
        date(2025, 12, 8),
        [("China", None, None, None, "exports", "growth", "yoy", 5.7, "percent", "2025-11", "2025-11"),
         ("China", None, None, None, "imports", "growth", "yoy", 0.2, "percent", "2025-01", "2025-11")],
    ),
    "'January-to-September exports' are the months' own; '(growth rates below compare with 2024)' is a base": (
        "Dongguan trade\n\nDONGGUAN, Jan. 22 -- Dongguan's trade in 2025 reached 1.41 trillion yuan, 3.2% more than "
        "in 2024 (all growth rates below compare with 2024 unless stated otherwise). Exports slipped 1.5% to 0.86 "
        "trillion yuan. January-to-September exports had totaled 0.64 trillion yuan.",
        date(2026, 1, 22),
        [("Dongguan", None, None, None, "exports", "growth", "yoy", -1.5, "percent", "2025-01", "2025-12"),
         ("Dongguan", None, None, None, "exports", "value", None, 0.64e12, "CNY", "2025-01", "2025-09")],
    ),
    "'... in January and February, respectively' still gives each month its figure": (
        "Japan's trade\n\nTOKYO, March 19 (Kyodo) -- Exports to China were 1.12 trillion yen and 1.31 trillion yen "
        "in January and February, respectively.",
        date(2025, 3, 19),
        [("Japan", "China", None, None, "exports", "value", None, 1.12e12, "JPY", "2025-01", "2025-01"),
         ("Japan", "China", None, None, "exports", "value", None, 1.31e12, "JPY", "2025-02", "2025-02")],
    ),
    "a date in an 'as ...' clause after the last figure is its cause's, not the figure's": (
        "US trade\n\nWASHINGTON, Sept 4 (Reuters) - The U.S. trade deficit narrowed in July. The U.S. posted a $2.4 "
        "billion surplus with Switzerland as bullion flown into New York vaults last year kept moving back to Swiss "
        "refiners.",
        date(2025, 9, 4),
        [("United States", "Switzerland", None, None, "balance", "value", None, 2.4e9, "USD", "2025-07", "2025-07")],
    ),
    "'a shortfall of $68.4 billion in April, and May's deficit': the possessive month opens another clause": (
        "US trade\n\nWASHINGTON, July 3 - The U.S. trade deficit widened to $71.5 billion in May. That came after "
        "a revised shortfall of $68.4 billion in April, and May's gap was the widest since March.",
        date(2025, 7, 3),
        [("United States", None, None, None, "balance", "value", None, -68.4e9, "USD", "2025-04", "2025-04")],
    ),
    "'data released in August showed': the release's month dates no figure; the period after the figure does": (
        "China's trade\n\nBEIJING, Sept 8 - China's exports rose 4.4% in August 2025. Official data released in "
        "August showed that exports of ships climbed 12.6% in the first seven months of the year.",
        date(2025, 9, 8),
        [("China", None, "ships", None, "exports", "growth", "yoy", 12.6, "percent", "2025-01", "2025-07")],
    ),
    "'Quarterly exports came in at A, B, C and D from the first quarter through the fourth': one quarter each": (
        "Vietnam's 2025 trade\n\nHANOI, Jan 6 - Vietnam's exports rose 17% in 2025. Quarterly exports came in at "
        "$102.8 billion, $116.9 billion, $128.4 billion and $127.0 billion from the first quarter through the fourth.",
        date(2026, 1, 6),
        [("Vietnam", None, None, None, "exports", "value", None, 102.8e9, "USD", "2025-01", "2025-03"),
         ("Vietnam", None, None, None, "exports", "value", None, 127.0e9, "USD", "2025-10", "2025-12")],
    ),
    "'from A in the first quarter to B in the fourth', 'then C, D and E in the following three quarters': quarters "
    "written by ellipsis after the one named": (
        "Vietnam's 2025 trade\n\nHANOI, Jan 6 - Vietnam's exports rose 17% in 2025, climbing from $102.8 billion in "
        "the first quarter to $127.0 billion in the fourth. Imports came to $98.1 billion in the first quarter and "
        "then to $110.2 billion, $121.5 billion and $124.9 billion in the following three quarters.",
        date(2026, 1, 6),
        [("Vietnam", None, None, None, "exports", "value", None, 102.8e9, "USD", "2025-01", "2025-03"),
         ("Vietnam", None, None, None, "exports", "value", None, 127.0e9, "USD", "2025-10", "2025-12"),
         ("Vietnam", None, None, None, "imports", "value", None, 110.2e9, "USD", "2025-04", "2025-06"),
         ("Vietnam", None, None, None, "imports", "value", None, 121.5e9, "USD", "2025-07", "2025-09"),
         ("Vietnam", None, None, None, "imports", "value", None, 124.9e9, "USD", "2025-10", "2025-12")],
    ),
    "a holiday's date ('with the Lunar New Year falling in February this year') dates the calendar, not the figures "
    "after it": (
        "Vietnam's January exports jump\n\nHANOI, Feb 6 - Vietnam's exports rose 21.4% in January 2026 from a year "
        "earlier. With the Lunar New Year holiday falling in February this year, January had 22 working days, three "
        "more than a year earlier. Imports climbed 17.8% to $38.6 billion.",
        date(2026, 2, 6),
        [("Vietnam", None, None, None, "imports", "value", None, 38.6e9, "USD", "2026-01", "2026-01")],
    ),
    "'Over 11 months,' and 'In 11 months,' opening a sentence are the year's first eleven months": (
        "China's crude imports rise\n\nBEIJING, Dec 9 (Reuters) - China imported 50.9 million tons of crude oil in "
        "November, 5.3% more than a year earlier. Over 11 months, such imports were 0.9% higher at 523.2 million tons. "
        "In 11 months, coal imports fell 10%.",
        date(2025, 12, 9),
        [("China", None, "crude oil", None, "imports", "quantity", None, 50.9e6, "tonnes", "2025-11", "2025-11"),
         ("China", None, "crude oil", None, "imports", "growth", "yoy", 0.9, "percent", "2025-01", "2025-11"),
         ("China", None, "crude oil", None, "imports", "quantity", None, 523.2e6, "tonnes", "2025-01", "2025-11"),
         ("China", None, "coal", None, "imports", "growth", "yoy", -10.0, "percent", "2025-01", "2025-11")],
    ),
    "'after Washington lowered tariffs on Japanese cars in September' in the lead dates a policy, not the story": (
        "Japan returns to surplus\n\nTOKYO -- Sales to the U.S., which rose in November for the "
        "first time since March, put Japan's balance back in the black, a sign that carmakers are recovering after "
        "Washington lowered tariffs on Japanese cars in September.\n\nExports came to 9.71 trillion yen, 6.1% more "
        "than a year earlier.",
        date(2025, 12, 17),
        [("Japan", None, None, None, "exports", "value", None, 9.71e12, "JPY", "2025-11", "2025-11"),
         ("Japan", None, None, None, "exports", "growth", "yoy", 6.1, "percent", "2025-11", "2025-11")],
    ),
    "'the April-September half of fiscal 2025' is those six months, not the whole fiscal year": (
        "Japan's trade\n\nTOKYO, Oct. 20 (Kyodo) -- Cheaper energy helped Japan's trade deficit for the April-"
        "September half of fiscal 2025 narrow to 1.22 trillion yen.",
        date(2025, 10, 20),
        [("Japan", None, None, None, "balance", "value", None, -1.22e12, "JPY", "2025-04", "2025-09")],
    ),
}


def test_the_number_of_a_quarter_is_no_figure() -> None:
    text = ("UK trade: August 2025\n\nAcross Quarter 2 2025 as a whole, goods imports from China were £16.0 "
            "billion, 4.5% higher than in Quarter 1 and 2.2% above the same quarter a year earlier.")  # fmt: skip
    assert sorted(row[7] for row in facts_of(text, date(2025, 10, 10))) == [2.2, 4.5, 16.0e9]


@pytest.mark.parametrize("name", list(CASES))
def test_period_phrases(name: str) -> None:
    assert_yields(*CASES[name])


def test_over_the_same_stretch_is_the_span_just_read_not_an_event_later_in_the_sentence() -> None:
    """"over the same stretch" after a figure for January-June is January-June, though the sentence's reason names
    "the first quarter" later."""
    text = ("China's soybean imports\n\nBEIJING, July 20 (Reuters) - Brazil shipped 30.2 million tons of soybeans to "
            "China over January-June 2025. Arrivals from Argentina over the same stretch rose 12% to 1.9 million "
            "tons, mostly old-crop cargoes that cleared in the first quarter.")
    periods = {(row[7], row[9], row[10]) for row in facts_of(text, date(2025, 7, 20)) if row[1] == "Argentina"}
    assert periods == {(12.0, "2025-01", "2025-06"), (1.9e6, "2025-01", "2025-06")}


def test_a_total_at_the_end_of_a_month_is_the_year_so_far() -> None:
    """"at the end of September" and "as of the end of June" date a running total from January, as "by the end of"
    does."""
    text = ("Xinjiang trade\n\nURUMQI, Jan 20 (Xinhua) -- Xinjiang's foreign trade reached 520 billion yuan in 2025. "
            "Trade with Central Asia stood at 215.7 billion yuan at the end of September. As of the end of June, "
            "exports had totaled 190.2 billion yuan.")
    periods = {row[7]: (row[9], row[10]) for row in facts_of(text, date(2026, 1, 20))}
    assert periods[215.7e9] == ("2025-01", "2025-09") and periods[190.2e9] == ("2025-01", "2025-06")


def test_a_figure_posted_for_the_same_period_of_an_earlier_year_is_that_periods_own() -> None:
    """"beating the $598.2 billion posted for the same period in 2022" is January-November 2022's own figure, while
    "from the same period in 2024" stays a comparison base and "in the corresponding half of 2024-25" (a fiscal
    year) is left to the base reading."""
    text = ("Korea's exports\n\nSEOUL, Dec. 1 (Yonhap) -- Exports over the first 11 months of 2025 reached $612.4 "
            "billion, the best January-November result, beating the $598.2 billion posted for the same period in "
            "2022. Imports in the 11 months fell 2.4 percent from the same period in 2024.")
    periods = {row[7]: (row[9], row[10]) for row in facts_of(text, date(2025, 12, 1))}
    assert periods[598.2e9] == ("2022-01", "2022-11")
    assert periods[612.4e9] == periods[-2.4] == ("2025-01", "2025-11")


def test_a_date_in_an_apposition_and_through_the_end_of_a_month() -> None:
    """"China, the largest of Japan's trading partners last year, bought ..." dates the rank, not the figures (and
    does not move the story to last year); "Through the end of July" is the year to July."""
    text = ("Japan's trade\n\nTOKYO, Aug 20 (Kyodo) - Japan's exports fell 2.6% in July 2025. China, the largest of "
            "Japan's trading partners last year, bought 1.49 trillion yen of Japanese goods, a 4.1% decrease. Through "
            "the end of July, the year's surplus reached 1.21 trillion yen.")
    periods = {row[7]: (row[9], row[10]) for row in facts_of(text, date(2025, 8, 20))}
    assert periods[1.49e12] == periods[-4.1] == ("2025-07", "2025-07")
    assert periods[1.21e12] == ("2025-01", "2025-07")


def test_the_20_day_stretch_after_the_first_20_days_is_still_part_of_a_month() -> None:
    """"Imports over the 20-day stretch" follows "In the first 20 days of December": out of scope, like it."""
    text = ("Korea's exports rise\n\nSEOUL (Yonhap) -- South Korea's exports rose 8.1 percent in November. In the "
            "first 20 days of December, exports rose 6.6 percent. Imports over the 20-day stretch fell 0.9 percent to "
            "$38.1 billion.")
    found = facts_of(text, date(2025, 12, 21))
    assert found == {("South Korea", None, None, None, "exports", "growth", "yoy", 8.1, "percent", "2025-11",
                      "2025-11")}


def test_the_year_so_far_after_a_superlative_is_its_scope_not_the_figures_period() -> None:
    """"14.1 percent more than in the same month a year earlier and the quickest monthly growth of the year so far":
    September's rate, not January-September's."""
    text = ("Guangxi trade\n\nNANNING, Oct 20 (Xinhua) -- Guangxi's foreign trade grew in the first three quarters of "
            "2025.\n\nGuangxi's imports and exports for September stood at 69.8 billion yuan, 14.1 percent more than "
            "in the same month a year earlier and the quickest monthly growth of the year so far.")
    found = facts_of(text, date(2025, 10, 20))
    assert ("Guangxi", None, None, None, "total", "growth", "yoy", 14.1, "percent", "2025-09", "2025-09") in found


def test_the_full_year_after_a_fiscal_year_is_that_fiscal_year_and_a_calendar_one_otherwise() -> None:
    text = ("India trade deficit\n\nNEW DELHI (Reuters) - India's merchandise trade deficit narrowed in March 2026. For "
            "2025-26 (FY26) in full, merchandise exports edged up 1.7 per cent to $441.2 billion. Over the full year, "
            "India's spending on imported gold totalled $58.3 billion.")
    found = {row[7]: (row[9], row[10]) for row in facts_of(text, date(2026, 4, 15))}
    assert found[58.3e9] == ("2025-04", "2026-03")
    text = ("German trade\n\nBERLIN (Reuters) - German exports fell 1.2 percent in December 2025 from the previous "
            "month. Over the full year, exports edged down 0.4 percent.")
    found = {row[7]: (row[9], row[10]) for row in facts_of(text, date(2026, 2, 9))}
    assert found[-0.4] == ("2025-01", "2025-12")


def test_a_span_after_with_that_names_a_flow_is_that_figure_s_not_a_base() -> None:
    text = ("Korea exports\n\nSEOUL, Dec. 1 (Yonhap) -- South Korea's exports rose 6.2 percent in November 2026. The "
            "surplus widened to $9.9 billion, with January-November exports at $661.2 billion, 4.8 percent more than in "
            "the same months of 2025.")
    found = {row[7]: (row[4], row[9], row[10]) for row in facts_of(text, date(2026, 12, 1))}
    assert found[661.2e9] == ("exports", "2026-01", "2026-11") and found[4.8] == ("exports", "2026-01", "2026-11")


@pytest.mark.parametrize(
    "sentence",
    ["Over April-October, the fiscal year's first seven months, goods exports came to $254.3 billion, up 1.9%.",
     "Shipments to the UAE in April-October, the opening seven months of fiscal 2026/27, totalled $21.6 billion. Over "
     "the same seven months, goods exports came to $254.3 billion, up 1.9%."],
)  # fmt: skip
def test_the_first_months_of_a_fiscal_year_named_beside_their_months_are_those_months(sentence: str) -> None:
    # not January-July: "the fiscal year's first seven months", "the opening seven months of fiscal 2026/27"
    text = ("India trade\n\nNEW DELHI, Nov 17 (Reuters) - India's merchandise exports rose 3.1% in October 2026. "
            f"{sentence}")
    found = {row[7]: (row[9], row[10]) for row in facts_of(text, date(2026, 11, 17))}
    assert found[254.3e9] == found[1.9] == ("2026-04", "2026-10")


def test_a_quarter_on_quarter_rate_in_a_story_led_by_a_month_is_of_the_quarter() -> None:
    # the lead's September frames each new paragraph, but a rate against "the three months to June" and the level
    # it reaches are the three months to September's
    text = ("UK trade gap widens\n\nLONDON, Nov 13 (Reuters) - Britain's trade deficit widened in the third quarter, and "
            "in September 2026 goods sales to the United States fell sharply.\n\nThe deficit reached £6.1bn in the "
            "three months to September, the ONS said.\n\nCompared with the three months to June, goods imports from "
            "the EU climbed 1.4% to £81.3bn.")
    found = {row[7]: (row[6], row[9], row[10]) for row in facts_of(text, date(2026, 11, 13))}
    assert found[1.4] == ("qoq", "2026-07", "2026-09") and found[81.3e9] == (None, "2026-07", "2026-09")


@pytest.mark.parametrize("opening", ["Looking at October on its own, goods", "Taken on its own, October saw goods"])
def test_a_turn_to_the_last_month_of_a_rolling_year_holds_for_the_paragraphs_after(opening: str) -> None:
    text = ("Annual goods deficit shrinks\n\nWELLINGTON (RNZ) - Stats NZ put the goods deficit at $3.02 billion in the "
            f"year ended October 2026.\n\n{opening} exports rose 6.9 percent to $6.81 billion.\n\nExports to Australia "
            "increased 8.4 percent to $1.04 billion.")
    found = {row[7]: (row[9], row[10]) for row in facts_of(text, date(2026, 11, 25))}
    assert found[8.4] == found[1.04e9] == ("2026-10", "2026-10")


@pytest.mark.parametrize("milestone", ["falling back from the all-time high of 2023", "down from the record set in 2023",
                                       "short of the peak of 2023"])
def test_the_year_of_a_record_dates_the_record_not_the_figures_of_the_next_clause(milestone: str) -> None:
    text = ("China-Brazil trade\n\nBEIJING, Jan. 14 (Xinhua) -- Trade between China and Brazil dropped 4.1 percent to "
            f"1.12 trillion yuan last year, {milestone}; in dollar terms, the total came to $157.6 billion, a decrease "
            "of 4.8 percent.")
    found = {row[7]: (row[9], row[10]) for row in facts_of(text, date(2026, 1, 14))}
    assert found[157.6e9] == found[-4.8] == ("2025-01", "2025-12")


@pytest.mark.parametrize("opening", ["After slipping in both July and August", "Following declines in July and August",
                                     "After falling during August"])
def test_months_an_opening_after_clause_looks_back_at_date_neither_its_figures_nor_the_next_sentence(
    opening: str,
) -> None:
    """'After falling in both July and August, exports jumped 12% on the month': the figures are the story's month,
    and so is the next sentence's 'on the month'."""
    text = ("Irish exports rebound\n\nDUBLIN - Ireland's goods exports rebounded in September 2025. "
            f"{opening}, exports to Britain jumped 12% from August to 1.9 billion euros. Imports grew 3.1% on the "
            "month to 9.4 billion euros.")
    found = {row[7]: (row[9], row[10]) for row in facts_of(text, date(2025, 11, 14))}
    assert found[12.0] == found[1.9e9] == found[3.1] == found[9.4e9] == ("2025-09", "2025-09")


@pytest.mark.parametrize("opening", ["Measured against a downward-revised $41.2 billion in November",
                                     "Compared with a downward-revised $41.2 billion in November"])
def test_the_month_of_an_opening_comparison_dates_its_base_alone(opening: str) -> None:
    """'Measured against a revised $41.2 billion in November, the gap widened 9.1% to $45.0 billion': the base is
    November's, the gap and its rate the story's December."""
    text = ("US trade gap widens\n\nWASHINGTON - The U.S. trade deficit widened sharply in December 2025. "
            f"{opening}, the trade gap surged 9.1% to $45.0 billion, the Commerce Department said.")
    found = {row[7]: (row[9], row[10]) for row in facts_of(text, date(2026, 2, 5))}
    assert found[-41.2e9] == ("2025-11", "2025-11")
    assert found[-45.0e9] == found[9.1] == ("2025-12", "2025-12")


def test_a_rate_over_a_span_of_this_year_s_months_is_of_that_span() -> None:
    """'grew by 7.2 percent over January-November': the months themselves, not a base (as 'over January-November
    2025' in a 2026 story would be)."""
    text = ("China's trade steady\n\nBEIJING -- China's goods trade rose 1.7 percent in November 2026. Trade with "
            "the Southeast Asian bloc grew by 7.2 percent over January-November to 6.41 trillion yuan.")
    found = {row[7]: (row[9], row[10]) for row in facts_of(text, date(2026, 12, 8))}
    assert found[7.2] == found[6.41e12] == ("2026-01", "2026-11")


def test_the_quarter_to_a_month_is_the_three_months_ending_with_it() -> None:
    """'from £6.3bn in the quarter to July': May-July, as 'the three months to July' is."""
    text = ("UK trade gap widens\n\nLONDON - Britain's trade deficit widened to £9.4bn in the three months to "
            "October 2026 from £6.3bn in the quarter to July, official figures showed.")
    found = {row[7]: (row[9], row[10]) for row in facts_of(text, date(2026, 12, 11))}
    assert found[-6.3e9] == ("2026-05", "2026-07") and found[-9.4e9] == ("2026-08", "2026-10")


@pytest.mark.parametrize("opening", ["Set against the three months to June 2026", "Compared with the three months to June"])
def test_a_sentence_opening_on_the_span_before_is_of_the_span_that_follows_it(opening: str) -> None:
    """'Set against the three months to June, exports to the EU fell 1.9%' after a paragraph that turned to
    September alone: the three months to September, quarter on quarter."""
    text = ("UK trade gap widens\n\nLONDON - Britain's trade deficit widened to £8.1bn in the three months to "
            "September 2026.\n\nLooking at September on its own, goods imports rose to £50.2 billion.\n\n"
            f"{opening}, goods exports to the EU fell by 1.9% to £41.5 billion.")
    found = {row[7]: (row[6], row[9], row[10]) for row in facts_of(text, date(2026, 11, 12))}
    assert found[-1.9] == ("qoq", "2026-07", "2026-09") and found[41.5e9][1:] == ("2026-07", "2026-09")


def test_an_ordinal_quarter_after_a_fiscal_quarter_is_that_fiscal_quarter() -> None:
    # "the first quarter" after "the first quarter (July-September) of fiscal year 2025-26" is July-September
    text = ("Bangladesh exports\n\nDHAKA, Oct 5 - Bangladesh's merchandise shipments earned $12.31 billion in the first "
            "quarter (July-September) of fiscal year 2025-26, EPB data showed. Among non-apparel items, home textiles "
            "exports rose 7.98 per cent to $206.62 million in the first quarter.")
    found = {row[7]: (row[9], row[10]) for row in facts_of(text, date(2025, 10, 5))}
    assert found[206.62e6] == found[7.98] == ("2025-07", "2025-09")
    text = ("German trade\n\nBERLIN (Reuters) - German exports fell 1.2 percent in May 2025. In the first quarter, "
            "exports had edged up 0.4 percent.")
    found = {row[7]: (row[9], row[10]) for row in facts_of(text, date(2025, 7, 9))}
    assert found[0.4] == ("2025-01", "2025-03")
