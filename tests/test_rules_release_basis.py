"""The basis of an unqualified rate in a release that compares with the period before: a UK story that leads "widened
to £22.4 billion in October from £20.9 billion in September" compares each month's rate with the month before; its
rolling three months, in a text that names "the previous three months", with the three before; "compared with the
same three months of last year" stays year on year.

Rows as in test_rules_constructions. Stories written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields

UK = "United Kingdom"
LEAD = ("UK trade deficit widens\n\nLONDON, Dec 12 (Reuters) - Britain's goods trade deficit widened to £22.4 billion "
        "in October from £20.9 billion in September, official figures showed on Friday. ")  # fmt: skip

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "a lead from the month before's level: the month's rates are on the month": (
        LEAD + "Goods exports fell by £1.3 billion, or 4.0%, to £30.9 billion.",
        date(2025, 12, 12),
        [(UK, None, None, None, "exports", "growth", "mom", -4.0, "percent", "2025-10", "2025-10")],
    ),
    "the rolling three months in a text that names the previous three months: on the quarter": (
        LEAD + "The total deficit was wider than in the previous three months.\n\nServices imports increased 0.4% "
        "in the three months to October.",
        date(2025, 12, 12),
        [(UK, None, "services", None, "imports", "growth", "qoq", 0.4, "percent", "2025-08", "2025-10")],
    ),
    "'compared with the same three months of last year': year on year": (
        LEAD + "In the three months to October, compared with the previous three months, exports fell. Compared with "
        "the same three months of last year, goods exports to the EU were 2.7% higher.",
        date(2025, 12, 12),
        [(UK, "European Union", None, None, "exports", "growth", "yoy", 2.7, "percent", "2025-08", "2025-10")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_release_basis(name: str) -> None:
    assert_yields(*CASES[name])
