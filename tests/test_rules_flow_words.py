"""Flow words whose neighbours decide the flow: a balance glossed as "the excess of imports over exports", goods
that "brought in" money (what they earned) against goods brought in (bought), goods that open a sentence after a
dateline: rows as in test_rules_constructions.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields

JAN_OCT = ("2025-01", "2025-10")

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "'the excess of imports over exports' glosses the balance": (
        "India's trade deficit narrows\n\nNEW DELHI, Nov 15 (PTI) The trade gap, or the excess of imports over "
        "exports, stood at USD 21.6 billion in September.",
        date(2025, 11, 15),
        [("India", None, None, None, "balance", "value", None, -21.6e9, "USD", "2025-09", "2025-09")],
    ),
    "goods that 'brought in' a sum written with its currency word earned it; tonnes or goods 'of' were bought": (
        "China's trade this year\n\nBEIJING -- Steel products brought in 3.2 billion dollars from January to "
        "October. The country brought in 5.1 billion dollars of Australian coal from January to October.",
        date(2025, 11, 20),
        [("China", None, "steel products", None, "exports", "value", None, 3.2e9, "USD", *JAN_OCT),
         ("China", "Australia", "coal", None, "imports", "value", None, 5.1e9, "USD", *JAN_OCT)],
    ),
    "goods that open a sentence right after a Xinhua dateline ('-- ') are the figure's goods": (
        "China's trade this year\n\nBEIJING, Nov 20 (Xinhua) -- Coal earned 3.2 billion dollars from January to "
        "October. The country bought 5.1 billion dollars of Australian iron ore over the same period.",
        date(2025, 11, 20),
        [("China", None, "coal", None, "exports", "value", None, 3.2e9, "USD", *JAN_OCT)],
    ),
    "'the Ministry of Trade' and 'a trade ministry official' name no flow: the rise after them is exports'": (
        "Korea's exports rise\n\nSEOUL (Yonhap) -- Exports grew 7.1 percent on-year in November, the Ministry of "
        "Trade, Industry and Resources said, picking up from a 2.5 percent rise in October. Imports grew 1.2 percent "
        "in November, a trade ministry official said, after a 2.6 percent rise in October.",
        date(2025, 12, 1),
        [("South Korea", None, None, None, "exports", "growth", "yoy", 2.5, "percent", "2025-10", "2025-10"),
         ("South Korea", None, None, None, "imports", "growth", "yoy", 2.6, "percent", "2025-10", "2025-10")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_flow_word(name: str) -> None:
    text, published, expected = CASES[name]
    assert_yields(text, published, expected)
