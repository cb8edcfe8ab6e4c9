"""Period phrases that are not the figure's period: "the first year-on-year fall of the fiscal year" is a milestone's
span; "the fiscal year that began in April" names the fiscal year's first month, not a period; "between the second
and third quarters" is the third quarter on the second.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields

OCT = ("2025-10", "2025-10")

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "'the first year-on-year fall of the fiscal year' dates neither the figure before it nor the one after": (
        "India's trade gap\n\nNEW DELHI, Nov 17 - India's merchandise trade deficit widened to $38.2 billion in "
        "October.\n\nMerchandise exports shrank 9.4% from a year earlier to $35.1 billion, the first year-on-year "
        "fall of the fiscal year, while imports rose 14.2% to $73.3 billion.",
        date(2025, 11, 17),
        [("India", None, None, None, "exports", "growth", "yoy", -9.4, "percent", *OCT),
         ("India", None, None, None, "exports", "value", None, 35.1e9, "USD", *OCT),
         ("India", None, None, None, "imports", "growth", "yoy", 14.2, "percent", *OCT),
         ("India", None, None, None, "imports", "value", None, 73.3e9, "USD", *OCT)],
    ),
    "'the first seven months of the fiscal year that began in April': April opens the span, it is no period": (
        "Japan's exports\n\nTOKYO, Nov 19 - For the first seven months of the fiscal year that began in April, "
        "exports grew 1.1% to 62.8 trillion yen.",
        date(2025, 11, 19),
        [("Japan", None, None, None, "exports", "growth", "yoy", 1.1, "percent", "2025-04", "2025-10"),
         ("Japan", None, None, None, "exports", "value", None, 62.8e12, "JPY", "2025-04", "2025-10")],
    ),
    "'between the second and third quarters': the third quarter, on the quarter": (
        "UK trade\n\nLONDON, Nov 13 - The UK's trade deficit widened in the three months to September 2025.\n\n"
        "Goods exports to the United States fell 3.1% to £14.2 billion between the second and third quarters.",
        date(2025, 11, 13),
        [("United Kingdom", "United States", None, None, "exports", "growth", "qoq", -3.1, "percent", "2025-07",
          "2025-09"),
         ("United Kingdom", "United States", None, None, "exports", "value", None, 14.2e9, "GBP", "2025-07",
          "2025-09")],
    ),
    "'in the second and third quarters' with two figures stays a list of two quarters": (
        "UK trade\n\nLONDON, Nov 13 - UK exports to China were £5.1 billion and £5.3 billion in the second and "
        "third quarters of 2025.",
        date(2025, 11, 13),
        [("United Kingdom", "China", None, None, "exports", "value", None, 5.1e9, "GBP", "2025-04", "2025-06"),
         ("United Kingdom", "China", None, None, "exports", "value", None, 5.3e9, "GBP", "2025-07", "2025-09")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_period_phrases(name: str) -> None:
    assert_yields(*CASES[name])
