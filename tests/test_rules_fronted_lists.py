"""Round 84: figures fronted before the partners they measure, a partner's figure as a share of the city's total,
the owners a "Their" sentence carries, "moved up to second place", and "export-oriented" as no flow.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

from tests.test_rules_constructions import facts_of

_LEAD = ("Wenzhou's trade in 2026\n\nSource: Wenzhou Customs    Date: 2026-12-20\n\nWenzhou's imports and exports "
         "rose 5.2% to 2,480.6 hundred million yuan in the first 11 months of 2026. ")


def _rows(body: str) -> dict[float, tuple[str, ...]]:
    return {row[7]: row for row in facts_of(_LEAD + body, date(2026, 12, 20))}


def test_figures_fronted_by_at_go_to_the_partners_listed_after_them_in_order() -> None:
    """"At A, B and C hundred million yuan, trade with X, Y and Z was up ...": each value is its own partner's."""
    rows = _rows("At 402.7, 311.9 and 288.4 hundred million yuan, trade with ASEAN, the EU and Africa grew 9.1%, "
                 "4.4% and 12.0% respectively.")
    assert [rows[v][1] for v in (402.7e8, 311.9e8, 288.4e8)] == ["ASEAN", "European Union", "Africa"], rows
    assert [rows[v][1] for v in (9.1, 4.4, 12.0)] == ["ASEAN", "European Union", "Africa"], rows


def test_a_fronted_list_after_a_colon_keeps_the_story_city_as_area() -> None:
    """"Emerging markets gained ground: at A and B hundred million yuan, Wenzhou's trade with ...": Wenzhou's, and
    the partner of each value is the one in its place."""
    rows = _rows("The EU's figure equalled 12.6% of the city's total. Emerging markets gained ground: at 97.5 and "
                 "61.3 hundred million yuan, Wenzhou's trade with Latin America and the Middle East was 8.0% and "
                 "15.2% higher respectively.")
    assert rows[97.5e8][:2] == ("Wenzhou", "Latin America"), rows
    assert rows[61.3e8][:2] == ("Wenzhou", "Middle East"), rows


def test_a_partners_figure_as_a_share_of_the_citys_total_is_the_citys_trade_with_it() -> None:
    """"The EU's figure equalled 12.6% of the city's total": Wenzhou's share with the EU, not an EU figure."""
    rows = _rows("Trade with the EU rose 3.3%. The EU's figure equalled 12.6% of the city's total.")
    assert rows[12.6][:2] == ("Wenzhou", "European Union") and rows[12.6][5] == "share", rows


def test_a_sentence_opened_on_their_share_and_a_clause_on_their_trade_keep_the_enterprises() -> None:
    """"Private enterprises ... Their share of the city's total rose 1.8 percentage points from the same period last
    year to 81.2% ..., as their imports and exports grew 7.7%": every figure is the private firms'."""
    rows = _rows("Private enterprises remained the main force of the city's foreign trade. Their share of the "
                 "city's total rose 1.8 percentage points from the same period last year to 81.2% in the first 11 "
                 "months, as their imports and exports grew 7.7% to 2,014.3 hundred million yuan.")
    assert {rows[v][3] for v in (81.2, 7.7, 2014.3e8)} == {"private enterprises"}, rows


def test_a_partner_that_moved_up_to_a_place_is_the_partner_of_that_rank() -> None:
    """"The EU stayed the city's largest trading partner and ASEAN moved up to second place": ASEAN is second."""
    rows = {(r[1], r[7]) for r in facts_of(
        _LEAD + "The EU stayed the city's largest trading partner and ASEAN moved up to second place, while the "
        "United States slipped to third.", date(2026, 12, 20)) if r[5] == "rank"}
    assert rows == {("European Union", 1.0), ("ASEAN", 2.0), ("United States", 3.0)}, rows


def test_export_oriented_business_models_name_no_flow_for_a_total() -> None:
    """"Cross-border e-commerce imports and exports ... up 11.3%, with export-oriented models growing": a rate of
    total trade; the compound adjective after it is no export figure."""
    rows = _rows("Cross-border e-commerce imports and exports in Wenzhou amounted to 312.4 hundred million yuan, up "
                 "11.3%, with export-oriented business models such as overseas warehouses expanding quickly.")
    assert rows[11.3][4] == "total" and rows[11.3][3] == "cross-border e-commerce", rows


_EU_LEAD = ("China's surplus with Europe\n\nBEIJING, Dec 9 - China's trade with Europe kept growing in the first 11 "
            "months of 2026, customs data showed. ")


def _eu_rows(body: str) -> dict[float, tuple[str, ...]]:
    return {row[7]: row for row in facts_of(_EU_LEAD + body, date(2026, 12, 9))}


def test_the_27_nation_bloc_is_the_eu_even_after_europe_was_named() -> None:
    """"sales to the 27-nation bloc" after "trade with Europe": the size names the EU, as "27-member" does."""
    rows = _eu_rows("Chinese sales to the 27-nation bloc climbed to US$498.2 billion over the 11 months.")
    assert rows[498.2e9][1] == "European Union", rows


def test_a_share_of_the_economys_trade_that_was_with_a_partner_is_that_partners() -> None:
    """"About 12 per cent of China's total trade in January-November was with the bloc": the bloc's share."""
    rows = _eu_rows("Trade with the EU rose 3.1 per cent. About 12 per cent of China's total trade in "
                    "January-November was with the bloc.")
    assert rows[12.0][:2] == ("China", "European Union") and rows[12.0][5] == "share", rows


def test_the_capitals_global_trade_surplus_is_its_countrys_in_a_national_story() -> None:
    """"Beijing's global trade surplus reached US$1.04 trillion" in a story on China: China's, not the city's."""
    rows = _eu_rows("Beijing's global trade surplus reached US$1.04 trillion over the 11 months.")
    assert rows[1.04e12][0] == "China" and rows[1.04e12][4] == "balance", rows


def test_a_partner_after_a_bracketed_conversion_is_the_balances() -> None:
    """"the bloc ran a deficit of €291 billion (US$338.4 billion) with China": both figures' partner is China."""
    rows = _eu_rows("For the whole of 2025, the EU ran a deficit of €291 billion (US$338.4 billion) with China, "
                    "according to Eurostat.")
    assert rows[-291e9][:2] == ("European Union", "China") and rows[-338.4e9][:2] == ("European Union", "China"), rows


_CARS = ("China's car exports\n\nBEIJING, Dec 11 - China's vehicle exports rose 18% in November 2026. By destination, "
         "Mexico was the largest buyer of Chinese vehicles in the first 11 months, taking 498,200 units. ")


def _car_rows(body: str) -> dict[float, tuple[str, ...]]:
    return {row[7]: row for row in facts_of(_CARS + body, date(2026, 12, 11))}


def test_a_year_in_a_partners_description_dates_only_the_description() -> None:
    """"Russia, the top market in 2025, fell to second with 402,300 units, down 38.1%": the second place and its
    figures are the running ranking's (January-November), the top place 2025's."""
    rows = _car_rows("Russia, the top market in 2025, fell to second with 402,300 units, down 38.1%.")
    assert rows[402300.0][9:] == ("2026-01", "2026-11") and rows[-38.1][9:] == ("2026-01", "2026-11"), rows
    top = {r[9:] for r in facts_of(_CARS + "Russia, the top market in 2025, fell to second with 402,300 units.",
                                   date(2026, 12, 11)) if r[1] == "Russia" and r[7] == 1.0}
    assert top == {("2025-01", "2025-12")}, top


def test_places_with_ranks_shared_out_and_their_figures_pair_up_in_order() -> None:
    """"Belgium and Australia, seventh and eighth respectively, took 211,600 and 187,900 vehicles": each place its
    rank and its figure."""
    rows = _car_rows("Belgium and Australia, seventh and eighth respectively, took 211,600 and 187,900 vehicles.")
    assert (rows[7.0][1], rows[8.0][1]) == ("Belgium", "Australia"), rows
    assert (rows[211600.0][:2], rows[187900.0][:2]) == (("China", "Belgium"), ("China", "Australia")), rows


def test_a_ranking_carried_into_the_next_paragraph_keeps_its_period() -> None:
    """"Britain ranked fourth with 265,000 units" opening the paragraph after a ranking of the first 11 months: the
    same ranking; a sentence that states no rank goes back to the story's month."""
    rows = _car_rows("The UAE came third with 401,000 units.\n\nBritain ranked fourth with 265,000 units. Exports "
                     "to Russia fell 21.2% to 44,300 units.")
    assert rows[4.0][9:] == ("2026-01", "2026-11") and rows[265000.0][9:] == ("2026-01", "2026-11"), rows
    assert rows[44300.0][9:] == ("2026-11", "2026-11"), rows
