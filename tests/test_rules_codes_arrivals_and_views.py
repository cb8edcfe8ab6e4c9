"""Round 87: a currency code after "exports of" is money, not goods; what an economy "received" is its imports; and
an analysts' view ("analysts see imports hitting ...") is no reported figure.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

from tests.test_rules_constructions import facts_of


def _rows(text: str, published: date) -> dict[float, tuple[str, ...]]:
    return {row[7]: row for row in facts_of(text, published)}


def test_a_currency_code_after_exports_of_is_no_goods() -> None:
    """"recorded exports of SEK 157.0 billion and imports of SEK 150.2 billion": all goods, in kronor."""
    rows = _rows("Swedish trade cools\n\nSweden's exports slowed in August. In August last year, the agency recorded "
                 "exports of SEK 157.0 billion and imports of SEK 150.2 billion.", date(2025, 9, 15))
    assert rows[157e9][2] is None and rows[150.2e9][2] is None, rows
    assert (rows[157e9][4], rows[150.2e9][4]) == ("exports", "imports"), rows


def test_goods_an_economy_received_are_its_imports() -> None:
    """"China received 6.12 million tonnes of Brazilian soybeans in October": China's imports from Brazil; a
    partner that "received 830 tonnes, up 12.5 per cent" is still the area's buyer."""
    rows = _rows("Crushers stock up\n\nBEIJING, Nov 20 (Reuters) - China received 6.12 million tonnes of "
                 "Brazilian soybeans in October, up 22.4% from a year earlier.", date(2025, 11, 20))
    assert rows[6.12e6][:5] == ("China", "Brazil", "soybeans", None, "imports"), rows
    magnets = _rows("China's magnet exports\n\nBEIJING, Nov 20 (Reuters) - China's rare earth magnet exports rose in "
                    "October. Poland, in fifth place, received 830 tonnes, up 12.5 per cent on a year earlier.",
                    date(2025, 11, 20))
    assert magnets[5][:2] == ("China", "Poland") and magnets[5][4] == "exports", magnets


def test_an_analysts_view_of_a_month_is_no_figure() -> None:
    """"analysts see imports hitting a record of about 104 million tonnes": a view, not a statistic; the
    reported figure beside it stays."""
    rows = _rows("China's soybean imports\n\nChina imported 9.1 million tonnes of soybeans in October. For the "
                 "year as a whole, analysts see imports hitting a record of about 104 million tonnes.",
                 date(2026, 2, 20))
    assert 9.1e6 in rows and 104e6 not in rows, rows
