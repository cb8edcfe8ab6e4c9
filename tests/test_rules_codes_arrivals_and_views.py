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


_TABLE = """Hungary's trade surplus narrows

BUDAPEST, Oct 9 (Reuters) - Hungary's trade surplus narrowed in August, the statistics office said.

Goods trade, KSH (HUF bln)      Aug 2025    Jul 2025    Aug 2024
Exports                           4,312.5     4,988.1     4,205.9
Imports                           4,101.7     4,622.4     3,870.2
"""


def test_a_table_whose_units_line_names_an_iso_code_is_in_that_currency() -> None:
    """"Goods trade, KSH (HUF bln)": forints, in billions, for every money cell below."""
    rows = _rows(_TABLE, date(2025, 10, 9))
    assert rows[4312.5e9][4] == "exports" and rows[4312.5e9][8] == "HUF", rows
    assert rows[3870.2e9][4] == "imports" and rows[3870.2e9][9:] == ("2024-08", "2024-08"), rows


def test_the_current_account_is_no_trade_balance() -> None:
    """"that left the current account €2.4 billion in the red": trade, income and transfers together, not trade;
    the goods balance before it stays."""
    rows = _rows("Slovak trade\n\nBRATISLAVA, Oct 10 (Reuters) - Slovakia posted a goods trade deficit of €0.6 "
                 "billion in August. Interest paid abroad left the current account €2.4 billion in the red.",
                 date(2025, 10, 10))
    assert -0.6e9 in rows and -2.4e9 not in rows and 2.4e9 not in rows, rows


def test_goods_before_inbound_shipments_and_goods_that_bucked_the_trend() -> None:
    """"Silver inbound shipments rose 81.3 per cent": silver, bought; "electronic goods bucked the trend with a
    12.4 per cent rise": the goods are the subject of "bucked"."""
    rows = _rows("India's trade deficit widens\n\nNEW DELHI, Nov 15 (PTI) - India's exports fell 3.1 per cent in "
                 "October. Silver inbound shipments rose 81.3 per cent to USD 2.7 billion. Among sectors, electronic "
                 "goods bucked the trend with a 12.4 per cent rise.", date(2025, 11, 15))
    assert rows[81.3][2] == "silver" and rows[81.3][4] == "imports" and rows[2.7e9][2] == "silver", rows
    assert rows[12.4][2] == "electronic goods", rows
