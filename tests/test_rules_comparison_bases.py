"""Comparison bases written as spans: "up 58.4% from January-June 2024" and "compared with the same three months of
2025" name the base of the rate, never its period (the span the sentence or the running text states).

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

from tests.test_rules_constructions import assert_yields


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
