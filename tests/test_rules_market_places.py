"""A city named for its exchange or auction ("the Nairobi Coffee Exchange", "the Mombasa auction") is no economy of
the figures; "tea earnings fell" are export earnings; goods in an opening cause ("Helped by ... pharmaceutical
shipments, ...") or that "led a 22 per cent rise" are not the figure's; "sales of over
MAD 23.65 billion" names no goods."""

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


IRISH = "DUBLIN - Irish exports rose in September, the CSO said. "


def test_goods_in_an_opening_cause_are_not_the_figure_s() -> None:
    text = (
        IRISH + "Helped by another wave of pharmaceutical shipments to the United States, Ireland sent €28.5 billion "
        "worth of goods abroad in September, 27.8 per cent more than a year earlier."
    )
    assert {f.product for f in run(text, date(2025, 11, 19)).facts} == {None}


def test_goods_that_led_a_rise_did_not_make_it_alone() -> None:
    text = (
        IRISH + "Food and chemicals led a 22 per cent annual rise in sales to Great Britain, which reached €1.4 "
        "billion. Chips led the gains, jumping 20% to €3 billion."
    )
    goods = {f.value: f.product for f in run(text, date(2025, 11, 19)).facts}
    assert goods[22] is None and goods[1.4e9] is None and goods[20] == "chips"


def test_a_qualifier_after_of_names_no_goods() -> None:
    text = (
        "RABAT - Morocco's exports rose 2.6% in the first ten months of 2025. Aeronautics extended its upward run, "
        "with foreign sales of over MAD 23.65 billion. The government targets exports of more than $50 billion."
    )
    assert {f.product for f in run(text, date(2025, 12, 1)).facts} == {None}
