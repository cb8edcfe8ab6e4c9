"""Goods an apposition calls an export ("Copper, the country's top export, generated ..."), and a cause after a
figure whose subject is no trade ("... as mining projects bought more capital goods") that costs the figure nothing."""

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
