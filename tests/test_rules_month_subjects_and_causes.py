"""Round 85: a relative period as its clause's subject, "the month's exports", "U.S.- and EU-bound" partners shared
out, a cause that opens the sentence as its subject, and a currency's move.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

from tests.test_rules_constructions import facts_of

_LEAD = ("Japan's trade gap widens\n\nTOKYO, Nov. 19 Kyodo - Japan posted a goods trade deficit of 2.87 trillion yen "
         "in the April-October period, the Finance Ministry said Wednesday. Outbound shipments rose 5.1 percent to "
         "62.3 trillion yen.\n\n")


def _rows(body: str) -> dict[float, tuple[str, ...]]:
    return {row[7]: row for row in facts_of(_LEAD + body, date(2025, 11, 19))}


def test_the_same_month_last_year_as_a_clause_subject_dates_its_figure() -> None:
    """"whereas the same month last year had yielded a surplus of 41.2 billion yen": October 2024's balance."""
    rows = _rows("October on its own produced a shortfall of 231.8 billion yen, whereas the same month last year had "
                 "yielded a surplus of 41.2 billion yen.")
    assert rows[-231.8e9][9:] == ("2025-10", "2025-10") and rows[41.2e9][9:] == ("2024-10", "2024-10"), rows


def test_the_months_exports_are_the_single_month_last_stated() -> None:
    """"pulled the month's exports down 2.2 percent" after a paragraph on October: October's, not April-October's."""
    rows = _rows("October on its own produced a shortfall of 231.8 billion yen.\n\nWeaker car shipments pulled the "
                 "month's exports down 2.2 percent to 9.31 trillion yen.")
    assert rows[-2.2][9:] == ("2025-10", "2025-10") and rows[9.31e12][9:] == ("2025-10", "2025-10"), rows


def test_hyphen_bound_partners_joined_by_and_share_out_their_rates() -> None:
    """"U.S.- and EU-bound exports posted declines of 3.1 percent and 6.4 percent, respectively": Japan's exports
    to each, not a U.S. figure."""
    rows = _rows("U.S.- and EU-bound exports posted declines of 3.1 percent and 6.4 percent, respectively.")
    assert rows[-3.1][:2] == ("Japan", "United States") and rows[-6.4][:2] == ("Japan", "European Union"), rows


def test_a_cause_opening_the_sentence_lends_no_goods_or_partner() -> None:
    """"Brisk sales of chip-making equipment to China and Taiwan lifted outbound shipments by 5.1 percent": the
    total exports rose; the goods and markets are the cause."""
    rows = _rows("Brisk sales of chip-making equipment to China and Taiwan lifted outbound shipments by 7.7 percent "
                 "to 8.8 trillion yen in October.")
    assert rows[7.7][1:3] == (None, None) and rows[8.8e12][1:3] == (None, None), rows


def test_a_firmer_currency_moving_is_no_trade_figure() -> None:
    """"A firmer yen, which gained about 2.6 percent from a year earlier": the yen's move, not a trade rate."""
    rows = _rows("A firmer yen, which gained about 2.6 percent from a year earlier, trimmed the yen value of sales.")
    assert 2.6 not in rows, rows


_GERMANY = ("German exports\n\nBERLIN, Feb 6 (Reuters) - German exports fell 2.1% in 2025, data from the federal "
            "statistics office showed on Friday. ")


def _de_rows(body: str) -> dict[float, tuple[str, ...]]:
    return {row[7]: row for row in facts_of(_GERMANY + body, date(2026, 2, 6))}


def test_an_opening_with_clause_on_no_flow_lends_no_year_or_goods() -> None:
    """"With energy bills shrinking from the peaks of 2022, imports fell 6.2% to ...": 2025's imports of all
    goods; the cause's year and goods are not the figures'."""
    rows = _de_rows("With energy bills shrinking from the peaks of 2022, imports took a bigger hit, ending the year "
                    "6.2% lower at 1,268.4 billion euros.")
    assert rows[-6.2][2] is None and rows[-6.2][9:] == ("2025-01", "2025-12"), rows
    assert rows[1268.4e9][2] is None and rows[1268.4e9][9:] == ("2025-01", "2025-12"), rows


def test_figures_opened_by_at_take_the_flow_and_month_of_their_subject() -> None:
    """"At 17.1 billion euros ($19.9 billion), December's trade surplus was wider than November's": December's
    balance, in both currencies."""
    rows = _de_rows("At 17.1 billion euros ($19.9 billion), December's trade surplus was wider than November's 15.3 "
                    "billion euros.")
    assert rows[17.1e9][4] == "balance" and rows[17.1e9][9:] == ("2025-12", "2025-12"), rows
    assert rows[19.9e9][4] == "balance" and rows[19.9e9][9:] == ("2025-12", "2025-12"), rows
