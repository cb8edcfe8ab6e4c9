"""Currencies of economies outside the usual six, and the short scales South Asian papers write ("$ 1.47 b")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_frame import run
from tradefacts.schemas.numbers import parse_value_text


@pytest.mark.parametrize(
    ("sentence", "unit", "value"),
    [
        ("Kenya's exports rose to Sh120.3 billion in the second quarter.", "KES", 120.3e9),
        ("Kenya's imports reached KSh 540 billion in the second quarter.", "KES", 540e9),
        ("Uganda's exports reached Shs 1.2 trillion in the second quarter.", "UGX", 1.2e12),
        ("Tanzania's exports reached Sh4.1 trillion in the second quarter.", "TZS", 4.1e12),
        ("Poland's exports rose to 120.5 billion zlotys in August.", "PLN", 120.5e9),
        ("Poland's imports reached 118 billion zł in August.", "PLN", 118e9),
        ("Peru's exports reached S/ 3.2 billion in August.", "PEN", 3.2e9),
        ("Bangladesh's imports rose to 650 billion taka in August.", "BDT", 650e9),
    ],
)
def test_shilling_zloty_sol_and_taka(sentence: str, unit: str, value: float) -> None:
    facts = run(f"Trade figures\n\n{sentence}", date(2025, 10, 15)).facts
    assert [(f.unit, f.value) for f in facts if f.measure.value == "value"] == [(unit, pytest.approx(value))]


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.47 b", 1.47e9), ("316 m", 316e6), ("2,936m", 2936e6), ("1,863.7 ten thousand", 18.637e6)],
)
def test_short_and_translated_scales(text: str, value: float) -> None:
    assert parse_value_text(text) == pytest.approx(value)


def test_a_spaced_short_scale_is_read_in_text() -> None:
    text = "Trade figures\n\nSri Lanka's merchandise exports rose to $ 1.47 b in October, and apparel earned $ 316 m."
    facts = run(text, date(2025, 11, 26)).facts
    assert sorted(f.value for f in facts) == [pytest.approx(316e6), pytest.approx(1.47e9)]


def test_m_over_m_is_no_scale() -> None:
    facts = run("Trade figures\n\nSri Lanka's exports rose 3 m/m in October.", date(2025, 11, 26)).facts
    assert all(f.value < 1e3 for f in facts)


@pytest.mark.parametrize(
    ("sentence", "unit", "value"),
    [
        ("Israel's fuel imports fell to NIS 2.6 billion in October.", "ILS", 2.6e9),
        ("Israel's exports came to 16.2 billion shekels in October.", "ILS", 16.2e9),
        ("Czech exports reached 420.0 billion koruna in September.", "CZK", 420e9),
    ],
)
def test_shekel_and_koruna(sentence: str, unit: str, value: float) -> None:
    facts = run(f"Trade figures\n\n{sentence}", date(2025, 11, 17)).facts
    assert [(f.unit, f.value) for f in facts if f.measure.value == "value"] == [(unit, pytest.approx(value))]


def test_a_place_in_a_currency_s_name_is_no_economy() -> None:
    text = (
        "Israel trade\n\nJERUSALEM - Israel's goods exports fell in October, the CBS said. Measured in US currency, "
        "exports excluding diamonds rose 9.4% from October 2024."
    )
    assert {f.area for f in run(text, date(2025, 11, 17)).facts} == {"Israel"}


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("PRAGUE, Nov 6 (Reuters) - Czech exports climbed 3.7% to 420.0 billion crowns in September.", "CZK"),
        ("STOCKHOLM - Sweden's exports rose to 165.3 billion crowns in July.", "SEK"),
        ("OSLO - Norway's exports rose to 131.8 billion crowns in September.", "NOK"),
    ],
)
def test_crowns_are_the_story_economy_s(text: str, unit: str) -> None:
    assert {f.unit for f in run(f"Trade figures\n\n{text}", date(2025, 11, 6)).facts if f.measure.value == "value"} == {
        unit
    }


def test_a_conversion_in_brackets_lends_no_currency_to_a_bare_base() -> None:
    text = (
        "Trade figures\n\nPRAGUE, Nov 6 (Reuters) - The Czech Republic ran a trade surplus of 29.7 billion crowns "
        "($1.41 billion) in September, up from 23.3 billion a year earlier."
    )
    units = {f.value: f.unit for f in run(text, date(2025, 11, 6)).facts}
    assert units[23.3e9] == "CZK" and units[1.41e9] == "USD"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("RABAT - Morocco's exports reached 380.5 billion dirhams in the first ten months of 2025.", "MAD"),
        ("DUBAI - The UAE's non-oil exports reached 368.4 billion dirhams in the first half of 2025.", "AED"),
        ("CAIRO - Egypt's exports rose to LE 150 billion in September.", "EGP"),
    ],
)
def test_dirhams_by_the_story_economy_and_the_egyptian_pound(text: str, unit: str) -> None:
    assert {f.unit for f in run(f"Trade figures\n\n{text}", date(2025, 12, 1)).facts if f.measure.value == "value"} == {
        unit
    }
