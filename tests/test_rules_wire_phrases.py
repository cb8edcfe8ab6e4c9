"""Wire-story phrases: "The July deficit was revised to $78.2 billion from $78.3 billion" states the revised figure
only (the estimate it replaced is no fact); "with chip-making equipment up 18.4 percent" names the goods of the rate
though no comma sets them off.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "'with chip-making equipment up 17.9 percent': the goods of the rate after 'with'": (
        "Japan trade\n\nTOKYO, Nov 20 (Kyodo) -- Japan's exports rose in October. Exports to China grew 2.1 percent, "
        "with chip-making equipment up 17.9 percent.",
        date(2025, 11, 20),
        [("Japan", "China", "chip-making equipment", None, "exports", "growth", "yoy", 17.9, "percent", "2025-10",
          "2025-10")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_wire_phrases(name: str) -> None:
    assert_yields(*CASES[name])


def test_a_revision_states_the_revised_figure_only() -> None:
    text = ("US trade\n\nWASHINGTON, Oct 7 (Reuters) - The U.S. trade deficit narrowed in August. The July deficit "
            "was revised to $77.6 billion from $78.3 billion.")  # fmt: skip
    values = {row[7] for row in facts_of(text, date(2025, 10, 7)) if row[9] == "2025-07"}
    assert values == {-77.6e9}
