"""The sign a verb implies, and the tolerance a written number carries."""

from __future__ import annotations

import pytest

from schemas import derive_value, implied_sign, tolerance


@pytest.mark.parametrize(
    ("evidence", "value_text", "sign"),
    [
        ("trade plunged by 16.9 percent year-on-year to 3.69 trillion yuan", "16.9", -1),
        ("trade plunged by 16.9 percent year-on-year to 3.69 trillion yuan", "3.69 trillion", 1),
        ("Fuzhou's foreign trade collapsed by 24%", "24", -1),
        ("imports fell 3.1 percent", "3.1", -1),
        ("exports declined 2 percent while imports rose 5 percent", "5", 1),
        ("exports rose 2 percent while imports declined 5 percent", "5", -1),
        ("a 4.2 percent drop from a year earlier", "4.2", -1),
        ("imports were down 0.8 percent", "0.8", -1),
        ("a year-on-year rise of 3.6 percent", "3.6", 1),
        ("exports grew 6.2 percent", "6.2", 1),
        ("the surplus was 90 billion dollars", "90 billion", 1),
        ("a trade deficit of 12 billion dollars", "12 billion", -1),
    ],
)
def test_implied_sign(evidence: str, value_text: str, sign: int) -> None:
    assert implied_sign(evidence, value_text) == sign


def test_derive_value_signs_only_signed_measures() -> None:
    assert derive_value("16.9", "plunged by 16.9 percent", signed=True) == -16.9
    assert derive_value("16.9", "plunged by 16.9 percent", signed=False) == 16.9


@pytest.mark.parametrize(
    ("text", "tol"),
    [("2.58 trillion", 5e9), ("6.2", 0.05), ("13", 0.5), ("10,508.6 hundred million", 5e6), ("third", 0.5)],
)
def test_tolerance(text: str, tol: float) -> None:
    assert tolerance(text) == pytest.approx(tol)
