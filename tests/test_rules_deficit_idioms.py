"""Balance and rate wording of wire copy on other economies: a deficit stated as "in deficit by" or "in the red", goods
"brought into the country", and a rate "over" the month before ("month-over-month", "quarter-over-quarter") whose
own noun follows a possessive ("April's 11.2 per cent month-over-month plunge").

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

SEP = ("2025-09", "2025-09")
CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "'was in deficit by 1.22 trillion yen': the balance's level, not a change": (
        "TOKYO (Kyodo) -- Japan's trade figures for September came out on Monday. Across all its partners, Japan was "
        "in deficit by 1.22 trillion yen in September. A year earlier the country had been in surplus by 0.5 trillion "
        "yen.",
        date(2025, 10, 20),
        [("Japan", None, None, None, "balance", "value", None, -1.22e12, "JPY", *SEP),
         ("Japan", None, None, None, "balance", "value", None, 0.5e12, "JPY", "2024-09", "2024-09")],
    ),
    "'left Canada $11.7 billion in the red': a deficit": (
        "OTTAWA (Reuters) - Canada's trade figures for September were published on Tuesday. Weaker energy sales left "
        "Canada $6.3 billion in the red in September.",
        date(2025, 11, 4),
        [("Canada", None, None, None, "balance", "value", None, -6.3e9, "CAD", *SEP)],
    ),
    "'leaving the country in the red by ...', 'in the black by ...': the balance's level, not a change": (
        "CANBERRA (Reuters) - Australia's trade figures for September came out on Thursday. Imports rose 2.1 percent, "
        "leaving the country in the red by A$1.8 billion in September. A year earlier it had been in the black by "
        "A$2.4 billion.",
        date(2025, 11, 6),
        [("Australia", None, None, None, "balance", "value", None, -1.8e9, "AUD", *SEP),
         ("Australia", None, None, None, "balance", "value", None, 2.4e9, "AUD", "2024-09", "2024-09")],
    ),
    "'Goods brought into the country rose ... reaching $270.5 billion': imports": (
        "WASHINGTON (Reuters) - The U.S. trade deficit widened in September. Goods brought into the country rose "
        "strongly, reaching $270.5 billion.",
        date(2025, 11, 5),
        [("United States", None, None, None, "imports", "value", None, 270.5e9, "USD", *SEP)],
    ),
    "'April's 11.2 per cent month-over-month plunge': month on month, negative by its own noun": (
        "OTTAWA (Reuters) - Canada's exports edged up 0.9 per cent in July from June, a third consecutive monthly "
        "gain following April's 11.2 per cent month-over-month plunge.",
        date(2025, 9, 4),
        [("Canada", None, None, None, "exports", "growth", "mom", 0.9, "percent", "2025-07", "2025-07"),
         ("Canada", None, None, None, "exports", "growth", "mom", -11.2, "percent", "2025-04", "2025-04")],
    ),
    "'rose 2.0% quarter-over-quarter': quarter on quarter": (
        "OTTAWA (Reuters) - Canada's trade in the second quarter was released on Friday. Imports rose 2.0% "
        "quarter-over-quarter in the second quarter of 2025.",
        date(2025, 8, 8),
        [("Canada", None, None, None, "imports", "growth", "qoq", 2.0, "percent", "2025-04", "2025-06")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_deficit_idioms(name: str) -> None:
    assert_yields(*CASES[name])


def test_a_deficit_that_grew_by_an_amount_is_still_a_change() -> None:
    text = ("TOKYO (Kyodo) -- Japan's trade deficit widened in September. The deficit grew by 0.3 trillion yen to "
            "1.22 trillion yen in September.")
    values = {row[7] for row in facts_of(text, date(2025, 10, 20)) if row[4] == "balance"}
    assert -1.22e12 in values and -0.3e12 not in values and 0.3e12 not in values
