"""Rules for stories that name their economy only through its statistics office or a dateline ("THE COUNTRY'S trade
gap ..., the Pakistan Bureau of Statistics said"; "RIYADH: Shipments ..."), the "13.8pc" percent of South Asian and
British papers, fiscal-year spans of months, "the Kingdom" of Saudi reporting and its coverage ratio. Every sentence
here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_frame import rows, run


@pytest.mark.parametrize(
    ("lead", "area"),
    [
        ("The country's goods deficit grew to $2.41bn in November, the Pakistan Bureau of Statistics said.", "Pakistan"),
        ("Preliminary figures from the Philippine Statistics Authority put the deficit at $4.58 billion in October.",
         "Philippines"),
        ("The Turkish Statistical Institute said the deficit shrank to $6.1 billion in October.", "Turkey"),
        ("The surplus came to NOK 51.2 billion in October, Statistics Norway reported on Friday.", "Norway"),
        ("The National Bureau of Statistics of Nigeria said the surplus was N2.1 trillion in the third quarter.",
         "Nigeria"),
    ],
)
def test_a_named_statistics_office_names_the_story_economy(lead: str, area: str) -> None:
    facts = run(f"Trade gap moves in the latest month\n\n{lead}", date(2026, 12, 3)).facts
    assert [f.area for f in facts] == [area]


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Non-oil exports climb\n\nRIYADH: Shipments of non-oil goods climbed 22.1 percent in September, the "
         "statistics body said.", "Saudi Arabia"),
        ("Deficit widens\n\nISLAMABAD: The trade gap grew to $2.41bn in November, official data showed.", "Pakistan"),
    ],
)
def test_a_capital_before_a_colon_is_a_dateline(text: str, area: str) -> None:
    assert {f.area for f in run(text, date(2026, 12, 3)).facts} == {area}


def test_pc_after_a_number_is_percent() -> None:
    facts = run("Pakistan's trade\n\nPakistan's exports went up 6.1pc to $2.97bn in November.", date(2026, 12, 3))
    assert ("Pakistan", None, "exports", "growth", "yoy", 6.1, "percent", "2026-11", "2026-11") in rows(facts)


def test_the_months_of_a_fiscal_year_so_far_are_the_span() -> None:
    text = ("Pakistan's trade\n\nIn the first five months (July-November) of the current fiscal year 2026-27, "
            "Pakistan's trade deficit rose to $12.87bn.")
    assert {(f.value, f.period.start, f.period.end) for f in run(text, date(2026, 12, 3)).facts} == {
        (-12.87e9, "2026-07", "2026-11")}


def goods_of(text: str) -> dict[str, str | None]:
    return {f.value_text: f.product for f in run(text, date(2026, 10, 21)).facts}


def test_and_equal_to_names_no_goods() -> None:
    text = ("Pakistan's exports\n\nIn Pakistan, the textile and clothing group earned $1.61bn in November, up 5.3 "
            "percent on a year earlier and equal to 54.2 percent of total exports.")
    assert goods_of(text)["54.2"] == "textile and clothing"


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("Total merchandise exports were SR101.6 billion ($27.09 billion) in September, 3.8 percent more than a year "
         "earlier.", ["27.09 billion", "3.8"]),  # every figure of a sentence about the whole trade
        ("Sales to China reached SR14.9 billion in September, or 14.7 percent of overall exports.", ["14.7"]),
    ],
)
def test_a_sector_headline_leaves_the_whole_trade_alone(sentence: str, whole: list[str]) -> None:
    goods = goods_of(f"Saudi non-oil exports jump 22% in September\n\nSaudi Arabia's non-oil exports climbed 22.1 "
                     f"percent in September.\n\n{sentence}")
    assert goods["22.1"] is not None
    assert [goods[v] for v in whole] == [None] * len(whole)


@pytest.mark.parametrize(
    ("sentence", "unit", "value"),
    [
        ("The Philippines' October deficit came to about P266 billion.", "PHP", -266e9),
        ("Nigeria's exports rose to N19.2 trillion in the second quarter.", "NGN", 19.2e12),
        ("Nigeria's imports reached ₦12.4 trillion in the second quarter.", "NGN", 12.4e12),
        ("Turkey's exports climbed to TL 1.1 trillion in October.", "TRY", 1.1e12),
    ],
)
def test_peso_naira_and_lira_signs(sentence: str, unit: str, value: float) -> None:
    facts = run(f"Trade figures\n\n{sentence}", date(2026, 12, 3)).facts
    assert [(f.unit, f.value) for f in facts] == [(unit, pytest.approx(value))]


SAUDI = "Saudi exports edge up\n\nRIYADH: Saudi Arabia's merchandise exports rose 3.8 percent in September. "


def test_the_kingdom_is_the_story_economy_and_a_source_of_its_imports_a_partner() -> None:
    text = SAUDI + ("China was also the top source of the Kingdom's imports, providing SR18.1 billion of "
                    "merchandise, or 26.1 percent of the total.")
    facts = [f for f in run(text, date(2026, 10, 21)).facts if f.flow.value == "imports"]
    assert {(f.area, f.partner, f.measure.value) for f in facts} == {
        ("Saudi Arabia", "China", "rank"), ("Saudi Arabia", "China", "value"), ("Saudi Arabia", "China", "share")}


def test_a_coverage_ratio_is_no_trade_figure() -> None:
    text = SAUDI + ("The coverage ratio, which sets non-oil exports against imports, rose to 41.2 percent, compared with "
                    "36.0 percent a year earlier.")
    assert [f.value_text for f in run(text, date(2026, 10, 21)).facts] == ["3.8"]


def test_knitwear_and_bedwear_are_goods_a_subject_list_names() -> None:
    text = ("Pakistan's textile exports\n\nPakistan's textile exports rose 5.1 percent in November. Readymade garments "
            "and knitwear led the gain, rising 10.2 percent and 7.9 percent, respectively, while bedwear slipped 2.2 "
            "percent.")
    goods = {f.value_text: f.product for f in run(text, date(2026, 12, 3)).facts}
    assert [goods[v] for v in ("10.2", "7.9", "2.2")] == ["readymade garments", "knitwear", "bedwear"]


def test_a_fiscal_quarter_with_its_months_in_brackets_and_earnings_from_goods() -> None:
    text = ("Bangladesh's exports\n\nDHAKA, Oct 9 - Bangladesh's goods exports earned $12.4 billion in the first quarter "
            "(July-September) of fiscal year 2025-26. July-September earnings from ready-made garments (RMG), the "
            "backbone of the export basket, were 4.9 per cent higher than a year earlier.")
    facts = {f.value_text: f for f in run(text, date(2025, 10, 9)).facts}
    assert (facts["12.4 billion"].period.start, facts["12.4 billion"].period.end) == ("2025-07", "2025-09")
    assert facts["4.9"].product == "ready-made garments"


def test_more_than_in_the_first_months_of_a_year_is_growth() -> None:
    text = ("Norway's trade\n\nNorway's goods exports reached NOK 1,301.5 billion in January-September, 3.1 per cent "
            "more than in the first nine months of 2024.")
    assert [(f.measure.value, f.value) for f in run(text, date(2025, 10, 15)).facts if f.value_text == "3.1"] == [
        ("growth", 3.1)]
