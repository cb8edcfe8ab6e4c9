"""Comparison bases written as spans: "up 58.4% from January-June 2024" and "compared with the same three months of
2025" name the base of the rate, never its period (the span the sentence or the running text states); a base level
with a currency code ("against USD 33.98 Billion in July 2024") takes its own period; "Relative to September," in a
story on the three months to October gives October.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

from tests.test_rules_constructions import assert_yields, facts_of


def test_a_hyphenated_span_after_from_is_the_base_of_the_rate_before_it() -> None:
    text = ("German trade with China\n\nBERLIN -- In the first half of 2025, Germany's deficit with China reached 40.0 "
            "billion euros, up 58.4% from January-June 2024.")
    assert_yields(text, date(2025, 8, 20), [
        ("Germany", "China", None, None, "balance", "growth", "yoy", 58.4, "percent", "2025-01", "2025-06"),
    ])


def test_the_same_three_months_of_a_year_are_the_base_not_the_period() -> None:
    text = ("US trade deficit narrows in March\n\nWASHINGTON (AP) -- The trade deficit narrowed to $60.1 billion in "
            "March. Over this year's January-March stretch, the gap shrank 55% compared with the same three months "
            "of 2025.")
    assert_yields(text, date(2026, 5, 5), [
        ("United States", None, None, None, "balance", "growth", "yoy", -55.0, "percent", "2026-01", "2026-03"),
    ])


def test_a_base_level_written_with_a_currency_code_takes_the_period_after_it() -> None:
    text = ("India's exports rise\n\nNEW DELHI, Aug 15 (PTI) -- India's exports rose in July. July 2025 merchandise "
            "exports stood at USD 37.24 Billion against USD 33.98 Billion in July 2024, a rise of 9.59 per cent.")
    assert_yields(text, date(2025, 8, 15), [
        ("India", None, None, None, "exports", "value", None, 37.24e9, "USD", "2025-07", "2025-07"),
        ("India", None, None, None, "exports", "value", None, round(33.98e9, 4), "USD", "2024-07", "2024-07"),
    ])


def test_relative_to_the_month_before_in_a_three_month_story_gives_the_last_month() -> None:
    text = ("UK trade deficit widens\n\nLONDON, Dec 12 (Reuters) - Britain's trade deficit widened in the three "
            "months to October, official data showed.\n\nRelative to September, exports to the European Union rose "
            "3.9% to 14.6 billion pounds.")
    assert_yields(text, date(2025, 12, 12), [
        ("United Kingdom", "European Union", None, None, "exports", "growth", "mom", 3.9, "percent", "2025-10",
         "2025-10"),
        ("United Kingdom", "European Union", None, None, "exports", "value", None, 14.6e9, "GBP", "2025-10",
         "2025-10"),
    ])


def test_a_year_a_share_is_points_above_and_the_same_point_of_a_year_are_bases() -> None:
    text = ("Anhui trade\n\nHEFEI, Oct 22 (Xinhua) -- Anhui's foreign trade rose 6.2 percent in the first three "
            "quarters of 2025. Private firms handled 512.6 billion yuan, a 71.3% share that was 2.4 percentage points "
            "above the 2024 level. By the end of September, 11,405 Anhui companies had engaged in importing or "
            "exporting this year, 684 "
            "more than at the same point of 2024.")
    assert_yields(text, date(2025, 10, 22), [
        ("Anhui", None, None, "private enterprises", "total", "share", None, 71.3, "percent", "2025-01", "2025-09"),
        ("Anhui", None, None, "foreign trade enterprises", "total", "count", None, 11405.0, "number", "2025-01",
         "2025-09"),
    ])


def test_from_one_month_to_the_next_is_the_later_month_on_the_month_and_a_longer_span_stays_a_span() -> None:
    text = ("French trade\n\nPARIS, Oct 8 - French exports slipped in August. From July to August, sales to Spain fell "
            "2.7% to 5.6 billion euros. From January to August, imports from China rose 4.2%.")
    assert_yields(text, date(2025, 10, 8), [
        ("France", "Spain", None, None, "exports", "growth", "mom", -2.7, "percent", "2025-08", "2025-08"),
        ("France", "Spain", None, None, "exports", "value", None, 5.6e9, "EUR", "2025-08", "2025-08"),
        ("France", "China", None, None, "imports", "growth", "yoy", 4.2, "percent", "2025-01", "2025-08"),
    ])


def test_a_rate_looked_back_at_by_its_verb_takes_the_earlier_month_and_leaves_the_basis_alone() -> None:
    """"after climbing 3.9% a month earlier" is October's rate, year on year like the rate before it; "after
    contracting 2.2% in October" dates only that rate, not the value written before it."""
    text = ("South Korea's exports\n\nSEOUL, Dec 1 (Reuters) - South Korea's exports rose 5.1% in November, while "
            "imports grew 2.4% after climbing 3.9% a month earlier, trade ministry data showed. Shipments to China "
            "climbed 7.0% to $12.1 billion, beating forecasts, after contracting 2.2% in October.")
    assert_yields(text, date(2026, 12, 1), [
        ("South Korea", None, None, None, "imports", "growth", "yoy", 2.4, "percent", "2026-11", "2026-11"),
        ("South Korea", None, None, None, "imports", "growth", "yoy", 3.9, "percent", "2026-10", "2026-10"),
        ("South Korea", "China", None, None, "exports", "value", None, 12.1e9, "USD", "2026-11", "2026-11"),
        ("South Korea", "China", None, None, "exports", "growth", "yoy", -2.2, "percent", "2026-10", "2026-10"),
    ])


def test_the_corresponding_period_of_a_year_is_a_base_and_its_rate_a_fact() -> None:
    text = ("German exports\n\nBERLIN, Oct 8 (Reuters) - German exports rose in August. In the first eight months, "
            "exports came to 1.04 trillion euros, 0.6% lower than in the corresponding period of 2025.")
    assert_yields(text, date(2026, 10, 8), [
        ("Germany", None, None, None, "exports", "growth", "yoy", -0.6, "percent", "2026-01", "2026-08"),
    ])


def test_a_rate_from_the_level_taken_in_during_the_month_before_is_month_on_month() -> None:
    """"but down 18.4% from the 1.52 million tons taken in during May" compares with May's level: month on month,
    though "a 9.1% increase on June 2024's ..." earlier in the sentence is year on year."""
    text = ("India's palm oil imports\n\nMUMBAI, July 14 (Reuters) - India imported 1.24 million tons of palm oil in "
            "June, a 9.1% increase on June 2024's 1.14 million tons, but down 18.4% from the 1.52 million tons taken "
            "in during May.")
    assert_yields(text, date(2025, 7, 14), [
        ("India", None, "palm oil", None, "imports", "growth", "mom", -18.4, "percent", "2025-06", "2025-06"),
        ("India", None, "palm oil", None, "imports", "growth", "yoy", 9.1, "percent", "2025-06", "2025-06"),
    ])


def test_a_months_figure_of_a_level_is_that_months() -> None:
    """"larger than June's figure of $8.2 billion": June's level, not the running month's."""
    text = ("Korea's surplus\n\nSEOUL, Aug 1 (Yonhap) - South Korea's trade surplus reached $9.4 billion in July 2025, "
            "larger than June's figure of $8.2 billion.")
    assert_yields(text, date(2025, 8, 1), [
        ("South Korea", None, None, None, "balance", "value", None, 8.2e9, "USD", "2025-06", "2025-06"),
    ])


def test_an_opening_look_back_clause_dates_only_its_own_rate() -> None:
    """"after slipping 1.4% in May, they came to $55.2 billion, 2.9% more than a year earlier": May is the 1.4%'s;
    the figures after the comma are the running month's."""
    text = ("Korea's exports\n\nSEOUL, July 1 (Yonhap) - South Korea's exports recovered in June 2026. Shipments "
            "picked up: after slipping 1.4% in May, they came to $55.2 billion, 2.9% more than a year earlier.")
    assert_yields(text, date(2026, 7, 1), [
        ("South Korea", None, None, None, "exports", "value", None, 55.2e9, "USD", "2026-06", "2026-06"),
        ("South Korea", None, None, None, "exports", "growth", "yoy", 2.9, "percent", "2026-06", "2026-06"),
        ("South Korea", None, None, None, "exports", "growth", "yoy", -1.4, "percent", "2026-05", "2026-05"),
    ])


def test_an_improvement_on_a_month_compares_rates_and_is_no_base() -> None:
    """"still an improvement on May, when inbound shipments slipped 0.5%": both rates are year on year."""
    text = ("Korea's trade\n\nSEOUL, July 1 (Yonhap) - South Korea's exports rose 3.0% in June 2026. Imports edged up "
            "1.1%, short of forecasts but still an improvement on May, when inbound shipments slipped 0.5%.")
    assert_yields(text, date(2026, 7, 1), [
        ("South Korea", None, None, None, "imports", "growth", "yoy", 1.1, "percent", "2026-06", "2026-06"),
        ("South Korea", None, None, None, "imports", "growth", "yoy", -0.5, "percent", "2026-05", "2026-05"),
    ])


def test_the_same_four_months_of_a_year_after_a_second_rate_are_its_base() -> None:
    text = ("German trade\n\nBERLIN (Reuters) - German exports fell 1.7 percent in April 2026 from the previous month. "
            "January to April brought a surplus of 66.4 billion euros, with exports up 0.6 percent and imports up "
            "3.1 percent on the same four months of 2025.")
    assert_yields(text, date(2026, 6, 8), [
        ("Germany", None, None, None, "exports", "growth", "mom", -1.7, "percent", "2026-04", "2026-04"),
        ("Germany", None, None, None, "balance", "value", None, 66.4e9, "EUR", "2026-01", "2026-04"),
        ("Germany", None, None, None, "exports", "growth", "yoy", 0.6, "percent", "2026-01", "2026-04"),
        ("Germany", None, None, None, "imports", "growth", "yoy", 3.1, "percent", "2026-01", "2026-04"),
    ])


def test_a_rate_against_a_base_in_a_currency_code_and_a_recorded_month_beside_a_poll_are_facts() -> None:
    """"3.85 per cent higher than the USD 38.13 billion recorded in November 2025" is the growth and the base the
    year before; "above both the $109.5 billion a poll had predicted and the $96.1 billion recorded in October": the
    poll's figure is no fact, October's is."""
    assert_yields(
        "India's exports\n\nNEW DELHI, Dec 15 - India's merchandise exports in November 2026 were USD 39.6 billion, "
        "3.85 per cent higher than the USD 38.13 billion recorded in November 2025.",
        date(2026, 12, 15),
        [("India", None, None, None, "exports", "growth", "yoy", 3.85, "percent", "2026-11", "2026-11"),
         ("India", None, None, None, "exports", "value", None, 38.13e9, "USD", "2025-11", "2025-11")],
    )
    for poll in ("a Reuters poll had predicted", "the poll predicted"):
        text = ("China's surplus\n\nBEIJING, Dec 8 - China's November 2026 trade surplus came in at $118.2 billion, "
                f"above both the $109.5 billion {poll} and the $96.1 billion recorded in October.")
        found = {(row[7], row[9]) for row in facts_of(text, date(2026, 12, 8))}
        assert (96.1e9, "2026-10") in found and not any(v == 109.5e9 for v, _ in found), found


def test_a_change_on_the_revised_month_figure_names_the_base_not_the_level_s_month() -> None:
    """"a surplus of A$4.6 billion, down A$1.4 billion on the revised September figure": the level is October's."""
    assert_yields(
        "Australia's trade surplus narrows\n\nSYDNEY, Dec 4 (Reuters) - Australia's trade surplus narrowed in "
        "October 2026. The seasonally adjusted balance was a surplus of A$4.6 billion, down A$1.4 billion on the "
        "revised September figure.",
        date(2026, 12, 4),
        [("Australia", None, None, None, "balance", "value", None, 4.6e9, "AUD", "2026-10", "2026-10")],
    )


def test_a_level_recorded_over_a_period_after_short_of_is_a_fact_of_that_period() -> None:
    """"well short of the A$48.9 billion recorded over January-October 2025": last year's surplus, not a gap."""
    assert_yields(
        "Australia's trade\n\nSYDNEY, Dec 4 - For the first 10 months of 2026, the goods surplus stood at A$40.6 "
        "billion, well short of the A$48.9 billion recorded over January-October 2025.",
        date(2026, 12, 4),
        [("Australia", None, None, None, "balance", "value", None, 48.9e9, "AUD", "2025-01", "2025-10")],
    )
