"""Figures that economists expected, not figures a release reported: "A Reuters survey of economists had pointed to a
shortfall of $137.0 billion", "Markets had expected the month to end with a $130 billion deficit", "She sees exports
to the region expanding by roughly 5 per cent", "the economist sees export growth of roughly 3 percent", and a forecast's clause that goes on past a comma ("braced
for a much wider gap, of $63.3 billion"). The reported
figure beside them is still read.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import facts_of

LEAD = "WASHINGTON (Reuters) - The U.S. trade deficit narrowed to $122.7 billion in February. "
FORECASTS = {
    "a survey of economists pointed to": "A Reuters survey of economists had pointed to a shortfall of $137.0 billion.",
    "markets had expected the month to end with": "Markets had expected the month to end with a $130 billion deficit.",
    "sees exports ... expanding by": "She sees exports to Mexico expanding by roughly 5 per cent next year.",
    "sees export growth of": "The economist sees export growth of roughly 3 percent in the second half.",
    "a forecast's clause going on after a comma: ', of $63.3 billion'": (
        "Forecasters polled by Reuters had been braced for a much wider gap, of $128.3 billion."),
    "a forecast's clause going on after a comma: ', to somewhere between'": (
        "The department expects exports in May to grow about 4 percent, to somewhere between $190.2 billion and "
        "$195.0 billion."),
}


@pytest.mark.parametrize("name", list(FORECASTS))
def test_a_forecast_is_no_fact(name: str) -> None:
    values = sorted(row[7] for row in facts_of(LEAD + FORECASTS[name], date(2025, 4, 5)))
    assert values == [-122.7e9], values


def test_the_estimate_a_reported_figure_is_compared_with_is_no_fact() -> None:
    text = ("China's April trade\n\nBEIJING, May 9 (Reuters) - China's trade surplus came in at $92.4 billion in April, "
            "compared with an estimated $88 billion, as exports rose 6.3% against an expected 4.9%.")
    values = sorted(row[7] for row in facts_of(text, date(2025, 5, 9)))
    assert values == [6.3, 92.4e9], values


def test_a_rate_that_had_been_expected_after_the_reported_one_is_the_poll_s() -> None:
    text = ("Korea's trade\n\nSEOUL, Dec 1 - Imports slid 2.6% in November, when a 1.1% rise had been expected. "
            "Exports grew 8.4%, above the 6.0 percent gain that analysts in a Yonhap survey had forecast.")
    values = sorted(row[7] for row in facts_of(text, date(2025, 12, 1)))
    assert values == [-2.6, 8.4], values


def test_a_base_level_before_a_forecast_level_written_with_its_currency_sign_is_a_fact() -> None:
    """"up from €18.1 billion in August and above the €17.5 billion analysts had pencilled in": the forecast word
    covers the €17.5 billion after the base, not the base."""
    text = ("German trade\n\nBERLIN, Nov 7 (Reuters) - Germany's trade surplus widened to €19.4 billion in September, "
            "up from €18.1 billion in August and above the €17.5 billion analysts had pencilled in.")
    values = sorted(row[7] for row in facts_of(text, date(2025, 11, 7)))
    assert values == [18.1e9, 19.4e9], values
