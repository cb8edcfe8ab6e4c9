"""In a US or UK story whose unqualified totals are goods and services together, a figure whose own words say it
is of goods alone ("Taking goods by themselves, the deficit ...", "The goods shortfall ...", "Goods sold abroad
...") is of goods, not of the combined total. Sentences written for these tests; none is copied."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import facts_of

OPENING = (
    "US trade gap narrows in October\n\nThe U.S. trade deficit narrowed 6.2% to $61.4 billion in October, the "
    "Commerce Department said, as imports of services fell.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    ["Taking goods by themselves, the deficit shrank to $84.2 billion in October.",
     "In goods, the deficit shrank to $84.2 billion in October, while the services surplus held steady.",
     "The goods shortfall shrank to $84.2 billion in October.",
     "Looking only at goods, the deficit shrank to $84.2 billion in October.",
     "On the goods side, the deficit shrank to $84.2 billion in October."],
)  # fmt: skip
def test_a_figure_its_own_words_put_on_goods_alone_is_of_goods(sentence: str) -> None:
    products = {r[2] for r in facts_of(OPENING + sentence, date(2025, 12, 4)) if abs(r[7]) == 84.2e9}
    assert products == {None}


def test_the_unqualified_total_keeps_the_combined_frame() -> None:
    text = OPENING + "Goods sold abroad rose 1.2% to $172.6 billion in October."
    rows = facts_of(text, date(2025, 12, 4))
    assert {r[2] for r in rows if abs(r[7]) == 61.4e9} == {"goods and services"}
    assert {r[2] for r in rows if r[7] == 172.6e9} == {None}


@pytest.mark.parametrize(
    "opening", ["Including services, ", "Including precious metals and services, ", "Counting services, "]
)
def test_services_added_to_the_goods_make_goods_and_services(opening: str) -> None:
    text = ("UK trade gap widens\n\nLONDON, Oct 10 (Reuters) - Britain's goods trade deficit widened to £20.1bn in "
            f"August 2026. {opening}the UK recorded a deficit of £3.1bn in August.")
    products = {r[2] for r in facts_of(text, date(2026, 10, 10)) if abs(r[7]) == 3.1e9}
    assert products == {"goods and services"}
