"""Forms seen in Nordic statistics-office reporting: a milestone's start before the month, a rate below a level in
a coded currency, goods that "brought in" money, a ranking "in second place and X third"."""

from __future__ import annotations

from datetime import date

from tests.test_rules_frame import rows, run

LEAD = "OSLO, Oct 15 (NTB) – Norway's surplus on goods trade fell to its smallest since June 2021 in September.\n\n"


def test_a_milestone_start_does_not_take_the_month_after_it() -> None:
    article = run(LEAD + "At NOK 36.9 billion, the goods trade surplus was the smallest in years.", date(2025, 10, 15))
    assert ("Norway", None, "balance", "value", None, 36.9e9, "NOK", "2025-09", "2025-09") in rows(article)


def test_a_rate_below_a_level_in_a_coded_currency_is_growth() -> None:
    text = LEAD + "The surplus was 2.4 per cent below the NOK 37.7 billion recorded in September 2024."
    assert ("Norway", None, "balance", "growth", "yoy", -2.4, "percent", "2025-09", "2025-09") in rows(
        run(text, date(2025, 10, 15))
    )


def test_goods_that_brought_in_coded_money_are_exports() -> None:
    article = run(LEAD + "Natural gas brought in NOK 32.9 billion, a decline of 1.6 per cent.", date(2025, 10, 15))
    assert {f.flow.value for f in article.facts} == {"exports"}


def test_a_ranking_in_second_place_and_a_third() -> None:
    text = LEAD + "Poland was the largest market last month, with China in second place and the United States third."
    ranks = {(f.partner, f.value) for f in run(text, date(2025, 10, 15)).facts if f.measure.value == "rank"}
    assert ranks == {("Poland", 1), ("China", 2), ("United States", 3)}
