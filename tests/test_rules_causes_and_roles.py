"""Goods an apposition calls an export ("Copper, the country's top export, generated ..."), and a cause after a
figure whose subject is no trade ("... as mining projects bought more capital goods") that costs the figure nothing;
markets after "Among regional markets," and enterprises after an opening of figures ("Worth CNY19.16 trillion ...,")."""

from __future__ import annotations

from datetime import date

from tests.test_rules_frame import run

LEAD = "LIMA - Peru's exports rose 14% in August to US$7.5 billion, the central bank said. "


def test_goods_that_an_apposition_calls_an_export() -> None:
    text = LEAD + "Copper, the country's top export, generated US$2.384 billion in foreign sales, up 21.5%."
    goods = {f.value: f.product for f in run(text, date(2025, 10, 17)).facts}
    assert goods[2.384e9] == goods[21.5] == "copper"


def test_a_cause_about_mining_projects_after_a_figure_keeps_the_figure() -> None:
    text = (
        LEAD + "Imports, for their part, rose 9.1% year-on-year to US$4.386 billion as mining projects bought "
        "more capital goods."
    )
    found = {(f.flow.value, f.value) for f in run(text, date(2025, 10, 17)).facts}
    assert {("imports", 9.1), ("imports", 4.386e9)} <= found


CHINA = "BEIJING - China's foreign trade grew 4% in the first three quarters of 2025, customs data showed. "


def test_a_place_after_among_markets_is_a_partner() -> None:
    text = CHINA + "Among regional markets, Africa stood out with growth of 19.5 percent, followed by Central Asia."
    assert {f.value: f.partner for f in run(text, date(2025, 10, 14)).facts}[19.5] == "Africa"


def test_figures_in_an_opening_phrase_belong_to_the_enterprises_after_it() -> None:
    text = CHINA + "Worth CNY19.16 trillion after a 7.8 percent increase, private firms' trade made up 57 percent."
    segments = {f.value: f.segment for f in run(text, date(2025, 10, 14)).facts}
    assert segments[19.16e12] == segments[7.8] == "private enterprises"
