"""What is a trade fact and what is not: numbers beside trade figures that the guide puts out of scope,
and figures whose kind the wording decides. Sentences written for these tests; none is copied."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

ARTICLE = "Chilean exports hold up in August as copper steadies\n\n{}"
PUBLISHED = date(2025, 9, 8)


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile's economy grew 2.1% in the second quarter of 2025.",
        "The government targets economic growth of 3 percent by 2027.",
        "In volume terms, exports fell 2.2% in August 2025.",
        "Copper exports rose 1.4 percent by volume in August 2025.",
        "The average export price of copper rose to $9,800 per ton in August 2025.",
        "Copper prices on the exchange rose 4.2% in August 2025.",
        "Exports face a 30% tariff in the US since August 2025.",
        "The US imposed duties of up to 25% on Chilean copper in August 2025.",
        "The ministry projects export growth of 3% in 2026.",
        "The peso gained 2.5% against the dollar in August 2025.",
        "In real terms, that is after price changes, exports fell 1.2% in August 2025.",
        "The surplus averaged close to $50 million for every day of August 2025.",
        "Adjusted for inflation, the goods surplus increased to $1.8 billion in August 2025.",
        "The peso traded at 940 pesos to the dollar after the release in August 2025.",
        "Exports fell in August 2025, a drop of $1.2 billion.",
        "Industrial production, published on Friday, rose 1.8% in August 2025.",
        "Profits at industrial firms fell 1.7% in the first eight months of 2025, official data show.",
        "The central bank cut its benchmark rate to 5.25% in August 2025.",
        "Realized FDI reached $2.3 billion in August 2025.",
        "On a daily average basis, exports gained 4.1 percent in August 2025.",
        "Adjusted for inflation, exports of goods rose 1.9% in August 2025.",
        "Average daily exports, which allow for the number of working days in the month, rose 3.0 percent to $0.42 "
        "billion in August 2025.",
        "Exports for the first 20 days of August 2025 rose 7.9 percent.",
        "The local currency traded at 940.2 pesos per dollar in August 2025.",
        "Chile's port handled 1.2 million TEUs in August 2025, up 3.9%.",
        "Export growth was 2.1% higher than the national average in August 2025.",
        "The peso averaged 940.2 to the dollar in August 2025, 0.9 percent weaker than a year before.",
        "Washington lowered its levy on Chilean copper to 15 percent from 27.5 in August 2025.",
        "Market economists had tipped a surplus of around $4.5 billion for August 2025.",
        "Washington threatened tariffs of 10% to 15% on Chilean metals and 40% on wine in August 2025.",
        "Trade data came out with figures showing the economy shrank by 0.4% in August 2025.",
        "Chile produced about 5.3 million tonnes of copper in 2025.",
        "Import growth is likely to moderate to about 3 percent in the second half of 2025.",
        "Customs duties brought in about $2.1 billion in August 2025, up 40 percent.",
        "Sterling was steady at $1.27 after the release in August 2025.",
        "In real, or volume, terms, exports fell 0.8% in August 2025.",
        "Domestic sales of copper wire rose 5.3 percent in August 2025.",
        "Export volumes grew 11% in August 2025, implying that average export prices fell by around 2.5%.",
        "The peso edged up after the figures for August 2025, trading near $0.0011.",
        "Copper cathodes fetched about $412 a tonne more than in August 2025.",
        "Copper's average export price was $9,620.5 per tonne in August 2025, up 4.5%.",
        "The average price of copper was $9,620 per tonne in August 2025, while that of molybdenum fell 3.2%.",
        "Santiago airport handled 42,000 tonnes of cargo in August 2025, up 6.1%.",
        "Freight on the new northern railway topped 1.3 million tonnes in August 2025.",
        "The ministry expected shipments to exceed $100 billion for the whole of 2025.",
        "Copper shipments are expected to slow to around 1.2 million tons in August 2025 as smelters pause.",
        "Foreign direct investment reached $2.35 billion in August 2025, up 8.8 per cent.",
        "The peso was trading 0.3% higher after the figures for August 2025.",
        "Median forecast in a Reuters poll for August 2025: exports +1.1% y/y, imports -1.5% y/y.",
        "Average daily exports, which strip out working days, rose 5.0 percent to $0.3 billion in August 2025.",
        "The US tariff on most Chilean goods, including wine, stands at 15 percent since August 2025.",
        "The government's estimate put annualized growth in the April-June quarter of 2025 at 2.8%.",
        "A deal reached in August 2025 brought the rate down to 15 percent from 25.",
        "Economists had been looking for a $4.5 billion surplus in August 2025.",
        "Chile mined 5.3 million tonnes of copper in 2025, 1.1% more than a year earlier.",
        "Analysts at the big banks had expected a deficit of about $0.9 billion for August 2025.",
        "In August 2025 the central bank lowered its repo rate to 4.75%.",
        "The benchmark copper contract settled up 1.2% in August 2025.",
        "Taking working days into account, exports per day climbed 6.1 percent to $0.4 billion in August 2025.",
        "Adjusted for working days, exports grew 2.2% in August 2025.",
        "Contracts signed at the fair's previous edition in August 2025 reached $1.1 billion.",
        "Exports for the year to December 2025 are still seen at around $100 billion.",
        "One economist expected Chile's copper exports for the whole of 2025 to grow by about 3 percent.",
        "The ministry is aiming for a record $105 billion in exports in 2025.",
        "Exports were on course to top $100 billion for the whole of 2025.",
        "Exports to China led those to the US in August 2025 by a margin of about $600 million.",
        "The ministry's export volume index fell 1.6% in August 2025.",
        "Rerouting through third markets grew in August 2025, and third countries took the rest.",
        "Exports averaged $0.21 billion per working day in August 2025.",
        "From Jan. 1 to Sept. 20, 2025, exports rose 2.1 percent to $62.4 billion.",
        "Exports through Sept. 20 rose 4.4 percent to $70.1 billion in 2025.",
        "Exports account for about 31 percent of Chile's gross domestic product in 2025.",
        "Goods imports tumbled $1.6 billion in August 2025.",
        "Imports fell in August 2025, led by a $0.9 billion drop in consumer goods.",
        "After a record in August 2025, the ministry hopes to push exports past $110 billion for the year.",
        '"We think shipments can still grow about 4 percent" after August 2025, an economist at a Santiago bank said.',
        "A Santiago economist who sees the monthly surplus settling near $1.5 billion after August 2025 disagreed.",
        "In August 2025 Beijing pledged to buy 2 million tons of Chilean copper cathodes by the end of the year.",
        '"We see monthly shipments back near $9 billion by December," an analyst said in August 2025.',
        "Stockpiles of copper at bonded warehouses stood at 150,200 tons in August 2025.",
        "Copper inventories at the exchange rose 8.3% in August 2025.",
        "Washington threatened tariffs of as much as 45% on copper in August 2025.",
        "The average export price per tonne slid by roughly 12 per cent in August 2025.",
        "The central bank's key rate peaked at 11.25% in August 2025.",
        "Although its value fell, the number of vehicles shipped rose 1.5% in August 2025.",
        "Copper averaged $9,610 per ton in August 2025, up 8.4 percent.",
        "Output fell 0.3% in the three months to August 2025.",
        "Weak imports pushed the economy into a 1.1% annualized contraction in the second quarter of 2025.",
        "Washington raised duties on Chilean wine to as high as 60% in August 2025.",
        "The US tariff on Chilean wine stands at 15 percent under a deal struck in August 2025, down from 25 percent.",
        "The statistics office reported separately that industrial production fell 1.3% in August 2025 from the "
        "previous month, after a revised rise of 0.6% in July.",
        "Separate figures showed industrial output fell 1.9% in August 2025, dragged down by an 8.9% slump in car "
        "production.",
        "In August 2025 the government approved an export support scheme with an outlay of $1.2 billion.",
        "Santiago pledged $4 billion in Chilean investment in US mines in August 2025.",
        "In August 2025 the two sides agreed on a $6 billion investment package for copper smelters.",
        "Removing the effect of inflation, the volume of goods exports fell by 3.2% in August 2025.",
        "Smelters raised their operating rates to above 85% in August 2025, traders said.",
        "The number of companies with export licences rose to 4,210 in August 2025, up 6.3 percent.",
        "Adjusted for the number of working days, exports rose 3.9 percent in August 2025.",
        "That followed a 1.4 billion-dollar plunge in July 2025.",
        "In August 2025 Washington lowered its levy on Chilean wine to 15 percent from 27.5 percent, but the rate "
        "remains far above the 2.5 percent charged before.",
        "In August 2025 Washington raised duties on Chilean copper to as high as 50% before agreeing to cut them to 30%.",
        "In August 2025 Washington raised rates on dozens of trading partners to between 15% and 50%.",
        "A smaller deficit helped the economy grow at a 4.3% annual rate in the quarter to August 2025.",
        "Chinese buyers have booked more than 2 million tons of Chilean copper cathodes since August 2025.",
        "If September shipments top $9.8 billion, exports will cross $100 billion after August 2025.",
        "Analysts at a Santiago bank estimate September copper exports at around $4.6 billion, after August 2025.",
        "The economy shrank in the first quarter before it rebounded at a 3.8% pace in the three months to August 2025.",
        "The central bank's model put growth in the quarter to August 2025 at a 2.4% annualized rate, down from 2.7%.",
        "Santiago is counting on a copper boom to lift growth to 2.5 percent in 2025, officials said in August 2025.",
        "In August 2025 Washington said it will impose a 15 percent tariff on most Chilean goods, down from the 25 "
        "percent threatened.",
        "In August 2025, some 310.5 million dollars worth of goods left Chilean ports each day.",
        "Copper shipments in August 2025 work out to roughly 52,300 tonnes a day.",
        "Output in the April-June quarter of 2025 rose 3.1% on the year.",
        "The dollar, which has slid some 6% against a basket of currencies since August 2025, has made US goods "
        "cheaper abroad.",
        "Output also fell by 0.4% across the three months to August 2025.",
        "Remittances sent home by workers abroad, which help the current account, rose 10.6 percent to $1.7 billion "
        "in August 2025.",
        "Private estimates put the average effective tariff rate on Chilean exports at roughly 12% in August 2025, and "
        "importers have alternated between stockpiling and running down inventories.",
        "Chile's peso weakened 0.4% in August 2025, as Brazil's real weakened 0.3% and the Australian dollar fell 0.2%.",
        "Import volumes dropped 1.1% in August 2025, with shipped volumes up 2.5% and prices lower.",
        "In volume terms, measured in chained 2017 dollars, exports slipped in August 2025.",
        "Net exports helped the economy grow 2.1 percent in the quarter to August 2025.",
        "Duties on imports and exports collected by customs through August 2025 reached $3.1 billion.",
        "Customs data for the first half of August 2025 had put exports at $4.4 billion.",
        "Santiago may weigh new duties if its deficit keeps widening, while the US still levies an average tariff of "
        "about 11.5% on Chilean goods in August 2025.",
    ],
)
def test_out_of_scope_numbers_are_no_facts(sentence: str) -> None:
    assert facts_of(ARTICLE.format(sentence), PUBLISHED) == set()


def test_trade_figures_beside_words_of_other_subjects_are_kept() -> None:
    found = facts_of(ARTICLE.format(
        "Export revenue from copper came to $4.42 billion in August 2025, down 8.8 percent. Exports to the world's "
        "biggest economy slid 10.8 percent to $1.64 billion. Shipments to Asia grew at a 5.2% pace in August 2025. "
        "Early estimates put services exports at $1.9 billion in August 2025."
    ), PUBLISHED)
    assert {row[7] for row in found} >= {4.42e9, -8.8, -10.8, 1.64e9, 5.2, 1.9e9}


def test_the_partners_a_place_traded_with_are_a_count() -> None:
    found = facts_of(ARTICLE.format("In August 2025, Chile traded with about 230 countries and regions."), PUBLISHED)
    assert {(row[3], row[5], row[7]) for row in found} == {("trading partners", "count", 230.0)}


def test_a_change_in_a_count_is_no_count() -> None:
    found = facts_of(ARTICLE.format(
        "The number of firms with import and export records reached 2,950 in August 2025, an increase of 312 over a "
        "year earlier. There were 1,204 foreign trade enterprises in the north, 97 more than a year before."
    ), PUBLISHED)
    assert {row[7] for row in found} == {2950.0, 1204.0}


def test_the_countries_a_story_refers_to_are_no_count() -> None:
    found = facts_of(ARTICLE.format(
        "Copper exports to the US reached $1.1 billion in August 2025 before the two countries agreed to hold talks."
    ), PUBLISHED)
    assert {row[7] for row in found} == {1.1e9}


def test_a_count_is_of_its_own_clause_and_not_of_a_period_or_a_rise() -> None:
    found = facts_of(ARTICLE.format(
        "The number of enterprises with import and export records reached 3,140 in the first eight months of 2025, "
        "up 205 from a year earlier, while more than 640 companies have registered as authorized operators. "
        "In August 2025, 1,530 firms in the north had import and export records."
    ), PUBLISHED)
    assert {(row[4], row[7]) for row in found} == {("total", 3140.0), ("total", 1530.0)}


def test_a_rate_after_a_list_of_tariff_rates_is_a_trade_figure_when_a_comma_or_a_flow_parts_them() -> None:
    text = "The US imposed a 30% tariff on Chilean copper in August 2025, took 12.1% of exports and bought 8% less."
    assert {row[7] for row in facts_of(ARTICLE.format(text), PUBLISHED)} == {12.1, -8.0}


def test_a_figure_that_beat_a_forecast_is_a_fact() -> None:
    found = facts_of(ARTICLE.format("Imports rose 4.1% in August 2025, confounding expectations for a 1.0% decline."),
                     PUBLISHED)
    assert {row[7] for row in found} == {4.1}


def test_a_months_own_figure_after_a_forecast_is_a_fact() -> None:
    found = facts_of(ARTICLE.format(
        "Exports rose 3.2% in August 2025, short of the 4.0% forecast in a Reuters poll and July's 2.6% gain."
    ), PUBLISHED)
    assert {(row[7], row[9]) for row in found} == {(3.2, "2025-08"), (2.6, "2025-07")}  # not the poll's 4.0


def test_a_forecast_word_after_another_number_is_that_numbers() -> None:
    found = facts_of(ARTICLE.format(
        "Exports rose 5.9% in August 2025, reversing July's 1.1% contraction and beating a 3.8% rise forecast in a "
        "Reuters poll."
    ), PUBLISHED)
    assert {(row[7], row[9]) for row in found} == {(5.9, "2025-08"), (-1.1, "2025-07")}  # not the poll's 3.8


def test_a_figure_of_a_clause_that_follows_a_forecast_with_and_leaving_is_a_fact() -> None:
    found = facts_of(ARTICLE.format(
        "Imports climbed 2.4% in August 2025, beating forecasts for a 0.5% gain and leaving a trade surplus of "
        "$96.6 billion. Exports fell short of the 7.5% median estimate and marked a slowdown from the 9.8% expansion "
        "in July 2025."
    ), PUBLISHED)
    assert {row[7] for row in found} == {2.4, 96.6e9, 9.8}  # not the poll's 0.5 and 7.5


def test_a_figure_after_a_forecast_and_a_verb_of_change_is_a_fact_and_a_likely_rate_is_none() -> None:
    found = facts_of(ARTICLE.format(
        "Exports rose 4.4% in August 2025, topping a forecast of 2.9% in a Reuters poll and slowing from a 6.1% gain "
        "in July. Export growth is likely to ease to around 2% by December 2025."
    ), PUBLISHED)
    assert {(row[7], row[9]) for row in found} == {(4.4, "2025-08"), (6.1, "2025-07")}


def test_a_rate_before_a_cause_that_names_tariffs_is_a_fact_and_a_tariff_rate_is_none() -> None:
    """"fell 18.1% amid tariff frictions": the word before "tariff" is a preposition, so the rate is no tariff's."""
    found = facts_of(ARTICLE.format(
        "Exports to the US fell 18.1% in August 2025 amid tariff frictions, and shipments to Japan rose 4% despite "
        "tariffs. Washington keeps a 10% reciprocal tariff and a 25% US tariff on steel."
    ), PUBLISHED)
    assert {row[7] for row in found} == {-18.1, 4.0}


def test_counts_of_partners_and_firms_written_as_business_with_or_declarations() -> None:
    """"did business with 183 countries and regions", "carried out import and export business with 212 countries",
    "1,730 companies had filed import or export declarations", "the number of businesses with import and export
    records", "had export records with 164 countries": counts of trading partners and of foreign trade enterprises."""
    found = facts_of(ARTICLE.format(
        "In August 2025, Chile did business with 183 countries and regions, and 1,730 companies had filed import or "
        "export declarations. The number of businesses with import and export records reached 2,040 in August 2025. "
        "In August 2025 the country had export records with 164 countries and regions."
    ), PUBLISHED)
    counts = {(row[3], row[7]) for row in found if row[5] == "count"}
    assert counts == {("trading partners", 183.0), ("foreign trade enterprises", 1730.0),
                      ("foreign trade enterprises", 2040.0), ("trading partners", 164.0)}


def test_a_quoted_adjective_before_tariff_still_makes_a_tariff_rate() -> None:
    """"hit by the 15 percent "reciprocal" tariff": the rate is the tariff's, as without the quotes."""
    found = facts_of(ARTICLE.format(
        'Shipments to the US dropped 12 percent in August 2025, hit by the 15 percent "reciprocal" tariff that took '
        "effect on Aug. 7, and exports to Japan rose 3 percent despite a 10% ‘reciprocal’ tariff."
    ), PUBLISHED)
    assert {row[7] for row in found} == {-12.0, 3.0}


def test_a_quota_and_a_threshold_are_no_trade_figures() -> None:
    """"a quota of 100,000 cars a year", "tariff-rate quota of 7.2 million tons", "staying above the level of 800
    billion": an allowance and a threshold beside the figures, not flows."""
    found = facts_of(ARTICLE.format(
        "Chile imported 1.2 million tons of corn in August 2025, and most of this year's tariff-rate quota of 7.2 "
        "million tons remains unused. A quota of 100,000 cars a year enters duty-free. Exports were 8.1 billion "
        "dollars in August 2025, staying above the level of 8 billion dollars for the fourth month."
    ), PUBLISHED)
    assert {row[7] for row in found} == {1.2e6, 8.1e9}


def test_a_year_before_an_amount_is_no_first_figure_of_a_range() -> None:
    """"fell 9.6% from the same period of 2024 to 134.9 billion euros", "slipped 0.4% in 2025 to 18.8 trillion
    yen": the year took the amount's scale and currency and became a figure of its own."""
    found = facts_of(ARTICLE.format(
        "Copper exports fell 9.6% from the same period of 2024 to 134.9 billion dollars in January-August 2025, and "
        "wine exports slipped 0.4% in 2025 to 1.8 billion dollars."
    ), PUBLISHED)
    assert {row[7] for row in found if row[5] == "value"} == {134.9e9, 1.8e9}


def test_a_reported_rate_after_a_forecast_and_a_comparative_is_a_fact() -> None:
    """"missing the 3.2% expansion expected in the poll and well off September's 7.4% pace", "below the 0.9% growth
    forecast in the poll and a touch weaker than the 0.5% rise in August": past the forecast, a month's own rate."""
    found = facts_of(
        "China's trade\n\nBEIJING, Nov 7 (Reuters) - Imports grew 1.0% in October, missing the 3.2% expansion "
        "expected in the poll and well off September's 7.4% pace. Exports edged up 0.3% in October, below the 0.9% "
        "growth forecast in the poll and a touch weaker than the 0.5% rise in September.",
        date(2025, 11, 7),
    )
    assert {(row[7], row[9]) for row in found} == {(1.0, "2025-10"), (7.4, "2025-09"), (0.3, "2025-10"),
                                                   (0.5, "2025-09")}


def test_rates_listed_before_one_forecast_word_and_a_purchase_agreed_are_no_facts() -> None:
    """"beating the 3.0% and 1.0% gains forecast in a Reuters poll": both rates are the poll's; "agreed in late
    October to buy 12 million metric tons": a commitment, not a statistic."""
    found = facts_of(ARTICLE.format(
        "Exports grew 6.6% in August 2025, and imports rose 5.4%, both beating the 3.0% and 1.0% gains forecast in a "
        "Reuters poll. China agreed in late October to buy 12 million metric tons of Chilean copper."
    ), PUBLISHED)
    assert {row[7] for row in found} == {6.6, 5.4}


def test_private_firms_among_firms_counted_and_a_slice_of_trade() -> None:
    """"7,836 enterprises ... registered import and export activity, of which 6,615 were private companies": a count
    of private enterprises; "its slice of the region's foreign trade widened to 49.1 percent": a share. Neither
    count takes the story's partner."""
    found = facts_of(
        "Guangxi's trade with ASEAN grows\n\nNANNING, Jan 20 (Xinhua) -- Guangxi's trade with ASEAN rose 8 percent in "
        "2025. The bloc stayed Guangxi's largest trading partner, and its slice of the region's foreign trade widened "
        "to 49.1 percent. In 2025, 7,836 enterprises in Guangxi registered import and export activity, of which 6,615 "
        "were private companies.",
        date(2026, 1, 20),
    )
    assert {(row[1], row[3], row[5], row[7]) for row in found if row[5] in ("count", "share")} == {
        ("ASEAN", None, "share", 49.1), (None, "foreign trade enterprises", "count", 7836.0),
        (None, "private enterprises", "count", 6615.0)}


def test_a_forecast_reaches_figures_written_with_thousands_separators() -> None:
    """"She expects imports to recover to between 480,000 and 520,000 tons a month": the comma of "480,000" is no
    clause break, so the forecast word covers both; "sees full-year imports near 30 million tons" is a view too."""
    found = facts_of(ARTICLE.format(
        "Chile shipped 450,000 tons of copper in August 2025. She expects unwrought copper exports to recover to "
        "between 480,000 and 520,000 tons a month if prices retreat, and sees full-year exports near 5 million tons."
    ), PUBLISHED)
    assert {row[7] for row in found} == {450000.0}


SHARES: dict[str, tuple[str, list[Row]]] = {
    "a buyer that took a share": (
        "China took 39% of Chilean exports in August 2025, up from 36% a year earlier.",
        [("Chile", "China", None, None, "exports", "share", None, 39.0, "percent", "2025-08", "2025-08"),
         ("Chile", "China", None, None, "exports", "share", None, 36.0, "percent", "2024-08", "2024-08")],
    ),
    "a share of 'the regional total'": (
        "Chile's copper exports rose 9.2 percent to $4.4 billion in August 2025, or 54 percent of the regional total.",
        [("Chile", None, "copper", None, "exports", "share", None, 54.0, "percent", "2025-08", "2025-08")],
    ),
}


@pytest.mark.parametrize("name", list(SHARES))
def test_shares(name: str) -> None:
    sentence, expected = SHARES[name]
    assert_yields(ARTICLE.format(sentence), PUBLISHED, expected)


def test_a_record_that_a_forecast_would_beat_is_a_reported_figure() -> None:
    found = facts_of(ARTICLE.format(
        "Copper exports were on course to surpass the 2024 record of 5.1 million tonnes in August 2025."
    ), PUBLISHED)
    assert {(row[5], row[7], row[9]) for row in found} == {("quantity", 5.1e6, "2024-01")}


def test_a_total_so_far_this_year_in_a_story_on_part_of_a_month_is_part_of_a_month_too() -> None:
    """"So far this year" in a story on the first 20 days of a month runs to that day: out of scope, as the 20
    days are; a whole earlier span the story then names is a fact again."""
    text = ("Korea's exports rise in first 20 days of Oct.\n\nSEOUL, Oct. 21 (Yonhap) -- South Korea's exports rose "
            "5.3 percent in the first 20 days of October 2025.\n\nSo far this year, the trade surplus came to $48.1 "
            "billion.\n\nIn the first nine months of the year, exports rose 2.2 percent.")  # fmt: skip
    found = facts_of(text, date(2025, 10, 21))
    assert {row[7] for row in found} == {2.2}, found


@pytest.mark.parametrize(
    ("sentence", "not_a_fact"),
    [
        ("In August 2025, copper exports dropped by 3.6%, or $0.3 billion, from the previous month.", 0.3e9),
        ("Two-way trade rose 6 per cent to US$51.8 billion in August 2025, passing the US$50 billion mark.", 50e9),
        ("The August 2025 surplus was revised to $1.3 billion, from a first estimate of $1.1 billion.", 1.1e9),
        ("The surplus for August 2025 was $1.4 billion instead of the $1.2 billion reported last month.", 1.2e9),
    ],
)
def test_a_change_or_a_replaced_estimate_beside_a_level_is_no_fact(sentence: str, not_a_fact: float) -> None:
    found = facts_of(ARTICLE.format(sentence), PUBLISHED)
    assert found and all(row[7] != not_a_fact for row in found), found


def test_a_decrease_in_a_deficit_of_an_amount_is_a_change() -> None:
    """"a decrease in the goods deficit of $7.4 billion to $141.2 billion": the $7.4 billion is the change."""
    text = ("U.S. trade\n\nThe March 2025 decrease in the goods and services deficit reflected a decrease in the goods "
            "deficit of $7.4 billion to $141.2 billion and an increase in the services surplus of $0.3 billion to "
            "$24.9 billion.")  # fmt: skip
    values = {row[7] for row in facts_of(text, date(2025, 5, 6))}
    assert {-141.2e9, 24.9e9} <= values and not values & {-7.4e9, 0.3e9, 7.4e9}, values


def test_the_base_of_a_share_written_with_nearly_is_a_share_too() -> None:
    """"took 11.7% of exports, down from nearly 15%": the 15% is the share before, not a rate of change."""
    found = facts_of(ARTICLE.format("The US took 11.7% of Chile's exports in August 2025, down from nearly 15% in "
                                    "recent years."), PUBLISHED)  # fmt: skip
    assert not any(row[5] == "growth" for row in found), found


def test_shipments_and_a_surplus_beside_words_of_the_economy_are_trade() -> None:
    """"as Moscow's economy cooled" makes a sentence about the economy too; its shipments and surplus still count."""
    text = ("China's exports\n\nBEIJING - China's exports rose 5.1% in June 2025. Shipments to Japan edged up 1.4%, "
            "while exports to Russia declined 6.2% as Moscow's economy cooled. That left a $26.1 billion surplus with "
            "the world's largest economy.")  # fmt: skip
    values = {row[7] for row in facts_of(text, date(2025, 7, 14))}
    assert {1.4, 26.1e9} <= values, values


def test_a_tax_on_imports_is_a_tariff_rate() -> None:
    text = ("US trade gap\n\nWASHINGTON - The U.S. trade deficit narrowed in April 2026. The president has slapped a "
            "baseline 10% tax on imports from most countries, arguing the tariffs will shrink the deficit.")  # fmt: skip
    assert not any(row[7] == 10.0 for row in facts_of(text, date(2026, 6, 4)))


def test_chained_dollar_and_averaged_series_are_no_facts() -> None:
    """A release's inflation-adjusted ("real goods", "in 2017 dollars") and three-month average figures are other
    series than the month's own."""
    text = ("U.S. trade\n\nWASHINGTON - The goods deficit was $147.9 billion in February 2025. The real goods deficit "
            "decreased $7.1 billion, or 4.5 percent, to $151.3 billion. The average goods and services deficit "
            "increased $14.6 billion to $117.2 billion for the three months ending in February.")  # fmt: skip
    values = {row[7] for row in facts_of(text, date(2025, 4, 3))}
    assert -147.9e9 in values and not values & {-151.3e9, -117.2e9, 4.5, -4.5}, values


def test_a_plan_is_no_fact_and_a_discourse_aside_is_no_goods() -> None:
    text = ("Korea's exports\n\nSEOUL - South Korea's exports rose 3.8 percent in 2025. Outbound shipments of petroleum "
            "products, on the other hand, fell 9.6 percent. The government plans to provide a record 366 trillion won "
            "in trade financing this year.")  # fmt: skip
    found = facts_of(text, date(2026, 1, 2))
    assert ("petroleum products", -9.6) in {(row[2], row[7]) for row in found}, found
    assert not any(row[7] == 366e12 for row in found), found


def test_during_the_period_in_a_story_on_part_of_a_month_is_part_of_the_month() -> None:
    """"during the period" after "the first 20 days of this month" is those 20 days: out of scope, like them."""
    text = ("Korea's exports rise in first 20 days of Nov.\n\nSEOUL, Nov. 21 (Yonhap) -- South Korea's exports rose "
            "8.2 percent in the first 20 days of this month.\n\nOutbound shipments came to $36.1 billion during the "
            "period. Imports rose 2.1 percent during the cited period.\n\nLast month, exports rose 3.6 percent.")
    assert {row[7] for row in facts_of(text, date(2025, 11, 21))} == {3.6}


def test_a_forecast_word_that_names_its_own_figure_leaves_the_figure_before_it() -> None:
    """"fell 0.7% against a median estimate for a 2.7% rise": the estimate is the 2.7%'s, the 0.7% is reported;
    "raised its growth forecast for 2025-26 to 7.3%" still makes the rate before it no trade fact."""
    text = ("Japan's exports rise\n\nTOKYO - Japan's exports rose 3.6% in October 2025. Imports fell 0.7% against a "
            "median estimate for a 2.7% rise.")  # fmt: skip
    values = {row[7] for row in facts_of(text, date(2025, 11, 19))}
    assert -0.7 in values and 2.7 not in values, values


def test_the_growth_of_a_daily_average_and_the_goods_that_explain_a_figure() -> None:
    """"Average daily exports ..., up 1.6 percent" is a per-day rate; "reflecting weaker car and medicine sales"
    explains a figure and names no goods of it."""
    text = ("Trade\n\nSEOUL - South Korea's exports rose 5.8 percent in July 2025. Average daily exports, which take "
            "the number of working days into account, came to $2.53 billion, up 1.6 percent from a year earlier.\n\n"
            "LONDON - UK exports to the EU fell 3.9% in July 2025, reflecting weaker car and medicine sales to "
            "Germany.")  # fmt: skip
    found = facts_of(text, date(2025, 8, 14))
    assert 1.6 not in {row[7] for row in found}, found
    assert ("United Kingdom", None) in {(row[0], row[2]) for row in found if row[7] == -3.9}, found


def test_goods_a_figure_is_explained_by_and_a_currency_against_the_us_dollar() -> None:
    """"because of higher exports of machinery" explains a figure; "The yen averaged ... against the U.S. dollar,
    2.2% weaker" is a currency; "Exports from Europe's biggest economy" are the story's own."""
    text = ("Trade\n\nLONDON - UK exports to non-EU countries rose 5.8% in October 2025, largely because of higher "
            "exports of mechanical machinery to the United States.\n\nTOKYO - The yen averaged 153.02 against the U.S. "
            "dollar in October 2025, 2.2% weaker than a year earlier, blunting the effect on the import bill.\n\n"
            "BERLIN - Exports from Europe's biggest economy climbed 1.9% on the month in October 2025.")  # fmt: skip
    found = facts_of(text, date(2025, 12, 10))
    by_value = {row[7]: row for row in found}
    assert by_value[5.8][2] is None and 2.2 not in by_value and -2.2 not in by_value, found
    assert by_value[1.9][1] is None, found


def test_a_base_after_a_description_of_the_economy_is_a_fact_and_its_growth_is_none() -> None:
    """'Asia's fourth-largest economy' describes the story's economy: the figures of a trade sentence that names it
    are kept, the base after ', down from' too; the economy's own growth and a fund are no trade figures."""
    found = facts_of(ARTICLE.format(
        "South America's fifth-largest economy ran a trade surplus of $1.2 billion in August 2025, down from $1.5 "
        "billion in July. The economy grew 0.4% in the second quarter, and the government set up a $2 billion fund."
    ), PUBLISHED)
    assert {(row[4], row[7], row[9]) for row in found} == {("balance", 1.2e9, "2025-08"), ("balance", 1.5e9, "2025-07")}


def test_a_count_of_days_after_a_value_leaves_the_value_a_fact() -> None:
    """'the number of' makes a value conditional only when it comes before the value: 'exports rose to $5.6
    billion even though a holiday cut the number of working days' keeps the $5.6 billion."""
    found = facts_of(ARTICLE.format(
        "Exports rose 2.2% to $5.6 billion in August 2025 even though a strike cut the number of working days to 19 "
        "from 21. The number of firms with exports of over $1 million rose to 1,210."
    ), PUBLISHED)
    assert {row[7] for row in found if row[5] == "value"} == {5.6e9}


def test_figures_to_the_euro_zone_are_no_exchange_rate() -> None:
    """'to the euro' is an exchange rate ('R17.35 to the euro'); 'to the euro zone' is a partner."""
    text = ("Chile's exports to the EU rose 3.0% to $1.9 billion in August 2025, with those to the euro zone up 2.1% "
            "at $1.4 billion. The peso traded at 1,090 to the euro.")
    found = facts_of(ARTICLE.format(text), PUBLISHED)
    assert {(row[1], row[7]) for row in found} == {
        ("European Union", 3.0), ("European Union", 1.9e9), ("Euro area", 2.1), ("Euro area", 1.4e9)}


def test_the_first_months_of_a_year_are_no_rank() -> None:
    """'in the first nine months' is a period; 'ranked first' is a rank."""
    found = facts_of(ARTICLE.format(
        "Chile's copper exports rose in the first seven months of 2025. Copper ranked first among exports in August "
        "2025."
    ), PUBLISHED)
    assert {(row[5], row[7], row[9]) for row in found} == {("rank", 1.0, "2025-08")}


def test_a_tax_rebate_rate_and_an_industry_output_rate_are_no_trade_figures() -> None:
    found = facts_of(ARTICLE.format(
        "Copper exports rose 4% in August 2025 after the removal of a 9 percent export tax rebate. Copper output, "
        "meanwhile, fell 2.3 percent."
    ), PUBLISHED)
    assert {row[7] for row in found} == {4.0}


def test_a_price_adjusted_level_is_no_fact() -> None:
    found = facts_of(ARTICLE.format(
        "Chile ran a surplus of $1.1 billion in August 2025. After adjusting for prices, the surplus was $0.9 billion, "
        "and the inflation-adjusted export figure rose 1.2%."
    ), PUBLISHED)
    assert {row[7] for row in found} == {1.1e9}


def test_economists_range_and_a_conjecture_are_no_figures() -> None:
    """'had looked for ..., with estimates ranging from $53.0 billion to $94.0 billion': the poll's range."""
    text = ("US trade gap narrows\n\nWASHINGTON, June 5 - The U.S. trade deficit narrowed 55.5% to $61.6 billion in "
            "April 2025. Economists had looked for a deficit of $66.0 billion, with estimates ranging from $53.0 "
            "billion to $94.0 billion.")
    assert {row[7] for row in facts_of(text, date(2025, 6, 5)) if row[5] == "value"} == {-61.6e9}


def test_a_share_of_world_mining_is_no_trade_share_and_less_than_is_a_change() -> None:
    """'70% of global rare earth mining' is production; 'took 4.7% less from Japan than a year earlier' a fall;
    a levy 'placed on foreign cars in April' dates no figure of the sentence."""
    text = ("Japan's exports\n\nTOKYO, July 17 - China, Japan's largest partner, took 4.7% less from Japan than a "
            "year earlier in June 2025. Car exports to the U.S. sank 26.7%, a sign that carmakers are absorbing the "
            "levy Washington placed on foreign cars in April. China accounts for roughly 70% of global rare earth "
            "mining.")
    found = {(row[5], row[7], row[9]) for row in facts_of(text, date(2025, 7, 17)) if row[5] != "rank"}
    assert found == {("growth", -4.7, "2025-06"), ("growth", -26.7, "2025-06")}


def test_a_with_clause_after_a_forecast_is_the_forecast_and_a_passive_verb_is_no_partners() -> None:
    """'had expected the surplus at 20.2 billion euros, with exports slipping only 0.5 percent': the poll's;
    'The United States stayed the biggest buyer ..., but the value shipped across the Atlantic shrank': exports."""
    text = ("German exports fall\n\nBERLIN, June 6 - German exports fell 1.7% in April 2025 from March. Economists had "
            "expected the surplus to come in at 20.2 billion euros, with exports slipping only 0.5 percent. The "
            "United States stayed the biggest buyer of German goods, but the value shipped across the Atlantic "
            "shrank by 10.5 percent from March to 13.0 billion euros.")
    found = {(row[1], row[4], row[7]) for row in facts_of(text, date(2025, 6, 6)) if row[5] != "rank"}
    assert found == {(None, "exports", -1.7), ("United States", "exports", -10.5),
                     ("United States", "exports", 13.0e9)}


def test_a_share_of_world_production_is_no_trade_share() -> None:
    """"Chile produces more than 24% of the world's copper" in a story on copper exports: production, not trade."""
    text = ARTICLE.format("Chile's copper exports rose 4.2% in August 2025. Chile produces more than 24% of the world's "
                          "copper, which is also used in power grids.")
    assert sorted(row[7] for row in facts_of(text, PUBLISHED)) == [4.2]


def test_changes_and_parts_of_changes_are_no_levels() -> None:
    """"rising $1.3 billion to $8.4 billion": the level only; "fell 6% from July, or $0.5 billion": the rate only;
    "Copper cathodes accounted for $0.3 billion of the decrease": a part of a change, no figure."""
    text = ARTICLE.format("Chile's imports did the heavy lifting in August 2025, rising $1.3 billion to $8.4 billion. "
                          "Exports fell 6% from July, or $0.5 billion. Copper cathodes accounted for $0.3 billion of "
                          "the decrease.")
    assert sorted(row[7] for row in facts_of(text, PUBLISHED)) == [-6.0, 8.4e9]


def test_a_share_of_surveyed_firms_is_no_trade_share() -> None:
    """"About 41% of exporting businesses ... told the ONS in a survey": firms, not trade."""
    text = ("UK trade\n\nLONDON, Nov 13 - UK goods exports fell 2.1% in the third quarter of 2025. \"Across the quarter "
            "tariffs are still biting,\" said an economist.\n\nAbout 41% of exporting businesses with 10 or more staff "
            "told the ONS in a survey that U.S. tariffs had affected them in the past month.")
    assert sorted(row[7] for row in facts_of(text, date(2025, 11, 13))) == [-2.1]


def test_an_earlier_months_rate_after_a_forecast_is_a_fact_with_the_sign_of_its_own_noun() -> None:
    """"had expected a 2.0% drop after a 3.9% increase in July": July's reported rate, not the poll's; "after an
    upwardly revised 1.4% jump in July" takes the sign of its own noun, not of the forecast's "decrease"."""
    for sentence, rate in (
        ("Exports fell 1.1% in August 2025. Economists had expected a 2.0% drop after a 3.9% increase in July.", 3.9),
        ("Exports fell 1.1% in August 2025. Analysts had expected a 0.9% decrease after an upwardly revised 1.4% "
         "jump in July.", 1.4),
        ("Exports fell 1.1% in August 2025. Economists had expected a rise of 1.0% following a 2.5% drop in July.",
         -2.5),
    ):
        found = {(row[7], row[9]) for row in facts_of(ARTICLE.format(sentence), PUBLISHED)}
        assert found == {(-1.1, "2025-08"), (rate, "2025-07")}, sentence


def test_a_level_before_the_polls_forecast_of_a_figure_is_a_fact_and_a_gap_to_a_target_is_none() -> None:
    """"up from $1.07 billion in July and above the poll's forecast of $1.2 billion": July's level, not the poll's;
    "3.4 percent short of the government's target of $9.5 billion" is a gap to a goal."""
    found = {row[7] for row in facts_of(ARTICLE.format(
        "The surplus rose to $1.31 billion in August 2025, up from $1.07 billion in July and above the poll's "
        "forecast of $1.2 billion. Exports were 3.4 percent short of the government's target of $9.5 billion."
    ), PUBLISHED)}
    assert found == {1.31e9, 1.07e9}


def test_the_places_a_count_is_of_are_no_count() -> None:
    """"The number of enterprises with import and export records in the nine cities exceeded 93,000": one count of
    firms; "the nine cities" refers to places."""
    found = {(row[3], row[7]) for row in facts_of(ARTICLE.format(
        "The number of enterprises with import and export records in the nine cities exceeded 93,000 in August 2025."
    ), PUBLISHED)}
    assert found == {("foreign trade enterprises", 93000.0)}


def test_an_investment_package_is_no_trade_figure() -> None:
    """"in exchange for a $550 billion Japanese investment package in the United States": investment, not trade."""
    text = ("Japan trade\n\nTOKYO, Aug 20 (Reuters) - Japan's exports fell 2.6% in July 2025. Tokyo agreed to a lower "
            "tariff in exchange for a $550 billion Japanese investment package in the United States.")
    assert [row[7] for row in facts_of(text, date(2025, 8, 20))] == [-2.6]


def test_the_economy_after_the_name_of_a_trade_release_is_no_trade_subject() -> None:
    """"Figures published alongside the trade data showed the economy grew 0.3%": GDP, though "trade" stands near."""
    text = ("Japan trade\n\nTOKYO, Nov 17 - Japan's exports rose 3.6% in October 2025. Figures published alongside "
            "the trade data showed the economy grew 0.3% in the third quarter.")
    found = facts_of(text, date(2025, 11, 17))
    assert [row[7] for row in found] == [3.6]


def test_a_change_written_before_the_level_is_no_level() -> None:
    found = facts_of(ARTICLE.format(
        "Chile's trade surplus shrank in August 2025. That left the copper surplus $0.6 billion smaller at $2.3 billion. "
        "The goods surplus was $1.9 billion, $0.4 billion larger than in July."
    ), PUBLISHED)
    assert sorted(row[7] for row in found) == [1.9e9, 2.3e9]


def test_the_change_of_a_tonnage_beside_the_change_of_its_value_is_no_fact() -> None:
    found = facts_of("Jiangxi trade\n\nNANCHANG, Aug 20 - In the first seven months, Jiangxi exported rare earths of "
                     "12.6 billion yuan, up 8.2%, with an export volume of 31,200 tonnes, an increase of 3.4%.",
                     date(2025, 8, 20))
    assert {row[7] for row in found} == {12.6e9, 8.2, 31_200.0}


@pytest.mark.parametrize(
    "sentence",
    ["Port stockpiles of imported coal stood at 31.6 million tons at the end of March, up 4% from a year earlier.",
     "Domestic truck sales rose 6.2 percent to 2.1 million units in March.",
     "Refiners turned out 15.3 million tons of fuel in March, 2.4% more than a year earlier."],
)  # fmt: skip
def test_stocks_sales_at_home_and_what_producers_made_are_no_trade_flows(sentence: str) -> None:
    found = facts_of(f"China's coal imports in March\n\nBEIJING, April 20 - China's coal imports rose 3.1% in March. "
                     f"{sentence}", date(2025, 4, 20))
    assert {row[7] for row in found} == {3.1}


def test_a_trade_figure_keeps_its_subject_past_a_cause_that_names_orders() -> None:
    """"Toy exports, by contrast, slipped 3.1 percent, as retailers cut orders": the orders are the cause, the
    figure is the exports'; "Industrial orders rose 2.1%" stays out of scope."""
    text = ARTICLE.format("Toy exports, by contrast, slipped 3.1 percent in August 2025, as US retailers cut orders. "
                          "Industrial orders rose 2.1% in August 2025.")
    assert {row[7] for row in facts_of(text, PUBLISHED)} == {-3.1}


def test_those_of_after_a_price_in_a_reason_clause_are_the_purchases_not_the_price() -> None:
    """"purchases of copper fell 7.3 percent as prices eased, and those of lithium dropped 4.4 percent": the lithium
    figure is a purchase's; "the average price of copper rose 3.1%, while that of lithium fell 18.2%" stays a price."""
    text = ARTICLE.format("In August 2025, purchases of copper fell 7.3 percent as prices eased, and those of lithium "
                          "dropped 4.4 percent. The average price of copper rose 3.1% in August 2025, while that of "
                          "lithium fell 18.2%.")
    assert {row[7] for row in facts_of(text, PUBLISHED)} == {-7.3, -4.4}


def test_a_purchase_committed_to_with_an_ing_verb_is_no_fact() -> None:
    """"Beijing committed to purchasing 8 million tons of Chilean copper": a commitment, as "agreed to buy" is."""
    found = facts_of(ARTICLE.format(
        "Exports grew 6.6% in August 2025. Officials said Beijing committed to purchasing 8 million tons of Chilean "
        "copper over the next year and agreed to importing 2 million tons of lithium."
    ), PUBLISHED)
    assert {row[7] for row in found} == {6.6}


def test_a_policy_on_duties_in_an_aside_leaves_the_figure_a_fact() -> None:
    """"Shipments from Angola, which lifted its oil export duties in February, climbed 12.1%": the duties are an
    aside on the supplier; only duties "collected" are revenue."""
    found = facts_of("China's crude imports\n\nBEIJING, April 14 - China's crude oil imports rose 4.8% in March 2025. "
                     "Shipments from Angola, which lifted its oil export duties in February, climbed 12.1% to 3.2 "
                     "million tonnes.", date(2025, 4, 14))
    assert {row[7] for row in found if row[1] == "Angola"} == {12.1, 3.2e6}, found
