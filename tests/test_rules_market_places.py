"""A city named for its exchange or auction ("the Nairobi Coffee Exchange", "the Mombasa auction") is no economy of
the figures; "tea earnings fell" are export earnings."""

from __future__ import annotations

from datetime import date

from tests.test_rules_frame import run

LEAD = "NAIROBI - Kenya's imports rose 5.7% in the second quarter to Sh693.6 billion, KNBS said. "


def test_a_city_s_exchange_or_auction_names_no_area() -> None:
    text = (
        LEAD + "Better prices at the Nairobi Coffee Exchange lifted earnings from coffee by 69 percent to Sh19.7bn. "
        "At the Mombasa auction volumes held up, with 315,036 tonnes of tea leaving the country."
    )
    assert {f.area for f in run(text, date(2025, 10, 1)).facts} == {"Kenya"}


def test_goods_earnings_are_exports() -> None:
    text = LEAD + "Tea earnings fell over the January-June period, shrinking 12.05 percent to Sh90.12 billion."
    flows = {f.value: f.flow.value for f in run(text, date(2025, 10, 1)).facts}
    assert flows[-12.05] == flows[90.12e9] == "exports"
