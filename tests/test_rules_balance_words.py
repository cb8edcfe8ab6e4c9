"""The words of a trade balance: "the gap hit $20.3 billion" and "the gap reached" are the balance (not a gap between
two figures), a "shortfall" is trade even in a sentence that names an economy ("the goods shortfall with the world's
number-two economy"), a definition set off by commas ("the trade deficit, the amount by which imports exceed
exports, was") names no flow of its own and no goods ("what the country imports"); a real-terms balance is out of
scope however far its cue stands ("Stripping out price changes", "In inflation-adjusted terms, the measure that
..."); a figure that puts precious metals back in is of all goods and services.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

APR = ("2025-04", "2025-04")
YEAR = ("2025-01", "2025-12")

US_HEAD = "US trade deficit\n\nWASHINGTON, June 5 (Reuters) - The U.S. trade deficit narrowed in April. "

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "'With Taiwan, the gap hit $20.3 billion': the balance with Taiwan": (
        US_HEAD + "With Taiwan, the gap hit $20.3 billion, while the deficit with Mexico reached $17.5 billion.",
        date(2025, 6, 5),
        [("United States", "Taiwan", None, None, "balance", "value", None, -20.3e9, "USD", *APR)],
    ),
    "'The gap reached $61.6 billion': the balance": (
        US_HEAD + "The gap reached $61.6 billion, the smallest in seven months.",
        date(2025, 6, 5),
        [("United States", None, None, None, "balance", "value", None, -61.6e9, "USD", *APR)],
    ),
    "'the monthly gap hit a record $136.4 billion': the balance (not 'the funding gap narrowed')": (
        US_HEAD + "In the first quarter's scramble to beat tariffs, the monthly gap hit a record $136.4 billion in "
        "March.",
        date(2025, 6, 5),
        [("United States", None, None, None, "balance", "value", None, -136.4e9, "USD", "2025-03", "2025-03")],
    ),
    "'The goods shortfall with the world's number-two economy shrank 31.6% to $202.1 billion': China's": (
        "US trade deficit\n\nWASHINGTON, Feb 5 (Reuters) - The U.S. trade deficit widened in 2025.\n\nChina felt "
        "the tariffs most. The goods shortfall with the world's number-two economy shrank 31.6% to $202.1 billion.",
        date(2026, 2, 5),
        [("United States", "China", None, None, "balance", "value", None, -202.1e9, "USD", *YEAR)],
    ),
    "'the trade deficit, the amount by which imports exceed exports, was': the deficit, not the exports": (
        "India's trade\n\nNEW DELHI, May 15 (PTI) -- India's exports rose in April. In April, the trade deficit, "
        "the amount by which imports exceed exports, was USD 26.42 billion. In March, the trade deficit, which is "
        "the difference between what the country imports and what it exports, was USD 21.54 billion.",
        date(2025, 5, 15),
        [("India", None, None, None, "balance", "value", None, -26.42e9, "USD", *APR),
         ("India", None, None, None, "balance", "value", None, -21.54e9, "USD", "2025-03", "2025-03")],
    ),
    "'When precious metals ... are included, the shortfall was £6.9bn' in a car-exports story: goods and services": (
        "Car exports slump as UK trade gap grows\n\nLONDON, Nov 13 (Reuters) - The UK's trade gap grew in the third "
        "quarter as car exports fell.\n\nIn the three months to September, the overall deficit on goods and services "
        "trade, leaving out precious metals, grew to £8.6bn. When precious metals, which move in and out of London's "
        "vaults for reasons that have little to do with the economy, are included, the shortfall was £6.9bn.",
        date(2025, 11, 13),
        [("United Kingdom", None, "goods and services excluding precious metals", None, "balance", "value", None,
          -8.6e9, "GBP", "2025-07", "2025-09"),
         ("United Kingdom", None, "goods and services", None, "balance", "value", None, -6.9e9, "GBP", "2025-07",
          "2025-09")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_balance_words(name: str) -> None:
    assert_yields(*CASES[name])


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("Imports thus outstripped exports by USD 4.2 billion in October 2025.", -4.2e9),
     ("In October 2025 imports of goods and services exceeded exports by $61.0 billion.", -61.0e9),
     ("Exports topped imports by $2.5 billion in October 2025.", 2.5e9)],
)  # fmt: skip
def test_one_flow_outrunning_the_other_by_an_amount_is_the_balance(sentence: str, value: float) -> None:
    """'Imports outstripped exports by USD 4.2 billion': a deficit of that size, not a change of it."""
    found = facts_of(f"Trade gap widens\n\nWASHINGTON - Exports fell 1.1% in October 2025. {sentence}", date(2025, 12, 5))
    assert [(row[4], row[7]) for row in found if abs(row[7]) > 1e9] == [("balance", value)]


def test_a_definition_names_no_goods() -> None:
    text = CASES["'the trade deficit, the amount by which imports exceed exports, was': the deficit, not the exports"][0]
    assert not [row for row in facts_of(text, date(2025, 5, 15)) if row[2] is not None]


@pytest.mark.parametrize(
    "sentence",
    ["Stripping out price changes, the merchandise shortfall came to $83.6 billion, the gauge used for GDP.",
     "In inflation-adjusted terms, the measure that feeds into the calculation of gross domestic product, the goods "
     "shortfall fell to $79.4 billion."],
)
def test_a_real_terms_balance_is_out_of_scope(sentence: str) -> None:
    assert not [row for row in facts_of(US_HEAD + sentence, date(2025, 6, 5)) if row[5] == "value"]


def test_a_merchandise_gap_and_a_level_in_the_black_are_balances() -> None:
    # the March level set off by commas dates only itself; "in the black" after the money makes it a surplus
    text = ("Korea trade\n\nSEOUL (Reuters) - South Korea's exports fell in June 2026. Because imports shrank even "
            "more, by 4.2 percent to $48.1 billion, the trade account ended the month $5.72 billion in the black. The "
            "merchandise gap with the United States, $3.1 billion in May, was cut to $2.4 billion.")
    found = {row[7]: (row[2], row[4], row[9]) for row in facts_of(text, date(2026, 7, 1))}
    assert found[-3.1e9] == (None, "balance", "2026-05") and found[-2.4e9] == (None, "balance", "2026-06")
    assert found[5.72e9] == (None, "balance", "2026-06") and found[48.1e9] == (None, "imports", "2026-06")


def test_a_level_last_seen_in_an_earlier_month_is_no_period_of_the_figures() -> None:
    text = ("German trade\n\nBERLIN (Reuters) - German exports fell 1.2 percent in May 2026 from the previous month. "
            "Exports to the United States were 6.1% lower than in April at 11.8 billion euros, a level last seen in "
            "February 2022.")
    found = {row[7]: (row[8], row[9], row[10]) for row in facts_of(text, date(2026, 7, 8))}
    assert found[11.8e9] == ("EUR", "2026-05", "2026-05") and found[-6.1] == ("percent", "2026-05", "2026-05")


def test_a_surplus_the_difference_gave_and_a_deficit_with_its_sign_in_brackets_are_balances() -> None:
    """"the difference gave China a surplus of 608.7 billion yuan" names the balance (not a gap between two other
    figures); an Indian release's "deficit ... was USD (-) 201.4 billion" is the deficit, with its code."""
    assert_yields(
        "China-Africa trade\n\nBEIJING, Oct 20 - China's exports to Africa rose 11.2 percent to 1.21 trillion yuan in "
        "the first nine months of 2026, while imports from the continent rose 2.5 percent to 601.3 billion yuan; the "
        "difference gave China a surplus of 608.7 billion yuan.",
        date(2026, 10, 20),
        [("China", "Africa", None, None, "balance", "value", None, 608.7e9, "CNY", "2026-01", "2026-09")],
    )
    assert_yields(
        "India's trade\n\nNEW DELHI, Dec 15 - India's merchandise exports for April-November 2026 were USD 301.2 "
        "billion. The cumulative merchandise trade deficit for April-November 2026 was USD (-) 201.4 billion.",
        date(2026, 12, 15),
        [("India", None, None, None, "balance", "value", None, -201.4e9, "USD", "2026-04", "2026-11")],
    )


def test_trade_that_ended_an_amount_in_deficit_is_the_balance() -> None:
    """"Brazil's November trade with the U.S. ended $1.11 billion in deficit": the balance with the US, negative."""
    assert_yields(
        "Brazil's trade\n\nBRASILIA, Dec 4 - Purchases from the United States climbed 2.8% to $3.52 billion in "
        "November 2026, so Brazil's November trade with the U.S. ended $1.11 billion in deficit.",
        date(2026, 12, 4),
        [("Brazil", "United States", None, None, "balance", "value", None, -1.11e9, "USD", "2026-11", "2026-11")],
    )
