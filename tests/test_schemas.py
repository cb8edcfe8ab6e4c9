"""Validators reject what the annotation guide forbids; identity is the one notion of 'same observation'."""

from __future__ import annotations

import math

import pytest
from pydantic import ValidationError

from tradefacts.schemas import Fact, Period, parse_value_text

GOOD = {
    "area": "China",
    "partner": "United States",
    "flow": "total",
    "measure": "growth",
    "basis": "yoy",
    "value": -16.9,
    "unit": "percent",
    "period": {"start": "2025-01", "end": "2025-11"},
    "qualifier": "exact",
    "value_text": "16.9",
    "evidence": "plunged by 16.9 percent year-on-year",
}


def test_good_fact_validates() -> None:
    assert Fact.model_validate(GOOD).value == -16.9


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"basis": None}, "basis is required for a growth fact"),
        ({"measure": "value", "unit": "CNY", "value": 3.69e12, "value_text": "16.9"}, "basis is only for growth"),
        ({"period": {"start": "2025-11", "end": "2025-01"}}, "is after its end"),
        ({"period": {"start": "2025-13", "end": "2025-13"}}, "YYYY-MM"),
        ({"period": {"start": "2025-1", "end": "2025-11"}}, "YYYY-MM"),
        ({"unit": "CNY"}, "does not fit measure 'growth'"),
        ({"measure": "value", "basis": None, "unit": "percent"}, "does not fit measure 'value'"),
        ({"measure": "share", "basis": None, "unit": "USD"}, "does not fit measure 'share'"),
        ({"measure": "rank", "basis": None, "unit": "percent"}, "does not fit measure 'rank'"),
        ({"measure": "quantity", "basis": None, "unit": "percent"}, "does not fit measure 'quantity'"),
        ({"measure": "rank", "basis": None, "unit": "number", "value": 2.5}, "whole number"),
        ({"value": math.inf}, "finite"),
        ({"value": math.nan}, "finite"),
        ({"value_text": "17.9"}, "does not occur in evidence"),
        ({"area": "  "}, "at least 1 character"),
        ({"flow": "exported"}, "flow"),
        ({"colour": "red"}, "Extra inputs"),
    ],
)
def test_validator_rejects(change: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Fact.model_validate(GOOD | change)


@pytest.mark.parametrize(("unit", "measure"), [("tonnes", "quantity"), ("number", "quantity"), ("EUR", "value")])
def test_units_allowed(unit: str, measure: str) -> None:
    fact = Fact.model_validate(GOOD | {"measure": measure, "basis": None, "unit": unit, "value": 5})
    assert fact.unit == unit


def test_identity_ignores_wording_and_qualifier_only() -> None:
    base = Fact.model_validate(GOOD)
    reworded = Fact.model_validate(GOOD | {"evidence": "down 16.9 percent", "qualifier": "approx"})
    assert base.identity() == reworded.identity()
    for change in (
        {"partner": "ASEAN"},
        {"value": -16.8},
        {"period": {"start": "2025-11", "end": "2025-11"}},
        {"basis": "mom"},
        {"flow": "exports"},
    ):
        assert Fact.model_validate(GOOD | change).identity() != base.identity()


def test_period_months_helper() -> None:
    assert Period.months(2025, 1, 7) == Period(start="2025-01", end="2025-07")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2.58 trillion", 2.58e12),
        ("10,508.6 hundred million", 1.05086e12),
        ("498.7 hundred million", 4.987e10),
        ("415.94 billion", 415.94e9),
        ("45.47 bln", 45.47e9),
        ("3 bn", 3e9),
        ("1.2 tr", 1.2e12),
        ("7 trn", 7e12),
        ("12 mln", 12e6),
        ("628,000", 628000),
        ("one trillion", 1e12),
        ("a trillion", 1e12),
        ("100-billion", 1e11),
        ("third", 3),
        ("second-largest", 2),
        ("largest", 1),
        ("5th", 5),
        ("CNY45.47 trillion", 45.47e12),
        ("USD6.52", 6.52),
        ("$1.81 trillion", 1.81e12),
        ("6.2%", 6.2),
        ("-3.5", -3.5),
        ("threefold", 3),
        ("58-point-15 billion", 58.15e9),  # broadcast copy spells the point out
        ("eleven-point-seven", 11.7),
        ("four-point-96", 4.96),
    ],
)
def test_parse_value_text(text: str, value: float) -> None:
    assert parse_value_text(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("259.47 billion", 259.47e9), ("$2,936m", 2936e6), ("0.29 trillion", 0.29e12), ("1.13 billion", 1.13e9),
     ("10,508.6 hundred million", 1050.86e9)],
)
def test_scaled_values_are_the_nearest_float_to_the_written_number(text: str, value: float) -> None:
    # a warehouse sees 259470000000.0, not the 259470000000.00003 of 259.47 * 1e9
    assert parse_value_text(text) == value


def test_extracted_list_values_carry_no_float_noise() -> None:
    import tradefacts as tf

    text = ("Korea's exports in 2025\n\nSEOUL, Jan 1 (Yonhap) -- South Korea's exports came to $709.47 billion in "
            "2025, and shipments to China and the United States reached 259.47 and 122.29 billion dollars, "
            "respectively.")
    values = sorted(f.value for f in tf.extract({"id": "d", "text": text, "published": "2026-01-01"}).facts)
    assert values == [122.29e9, 259.47e9, 709.47e9]


@pytest.mark.parametrize("text", ["", "percent", "a lot", "2.5.1", "trillion"])
def test_parse_value_text_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="cannot read"):
        parse_value_text(text)


def test_usage_add_totals_every_counter_and_keeps_unknown_cost_null() -> None:
    from tradefacts.schemas import Usage

    counters = [n for n, f in Usage.model_fields.items() if f.annotation is int]
    assert len(counters) == 9
    total = Usage()
    total.add(Usage(**{n: i + 1 for i, n in enumerate(counters)}, latency_s=1.25))
    total.add(Usage(**{n: 10 for n in counters}, latency_s=0.5))
    assert [getattr(total, n) for n in counters] == [i + 11 for i in range(len(counters))]
    assert total.latency_s == 1.75 and total.cost_usd is None
    total.add(Usage(cost_usd=0.5))
    assert total.cost_usd == 0.5 and total.cost_uncached_usd is None
    total.add(Usage(cost_usd=0.25, cost_uncached_usd=1.0))
    assert (total.cost_usd, total.cost_uncached_usd) == (0.75, 1.0)
