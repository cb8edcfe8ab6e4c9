"""A customs release's numbered points: "First, private enterprises ..." then "In the first 10 months, their imports
and exports ..."; partners listed after a colon ("trade with its three main partners was as follows: ASEAN, ...")."""

from __future__ import annotations

from datetime import date

from tests.test_rules_frame import run

LEAD = "FUZHOU, Nov 20 - Fujian's foreign trade grew 4.1% in the first 10 months of 2025, customs said. "


def test_a_numbered_point_on_enterprises_gives_their_figures_its_segment() -> None:
    text = (
        LEAD + "First, private enterprises further consolidated their position as the main force. In the first 10 "
        "months, their imports and exports came to 9,585.1 hundred million yuan, 9.6% more than a year earlier."
    )
    segments = {f.value: f.segment for f in run(text, date(2025, 11, 20)).facts}
    assert segments[958.51e9] == segments[9.6] == "private enterprises"


def test_partners_listed_after_a_colon() -> None:
    text = (
        LEAD + "The province's trade with its three main partners was as follows: ASEAN, 3,385.6 hundred million "
        "yuan, up 9.8%; the EU, 2,036.7 hundred million yuan, up 6.5%; the United States, 1,705.2 hundred million "
        "yuan, down 13.4%."
    )
    found = {(f.area, f.partner) for f in run(text, date(2025, 11, 20)).facts if f.value > 1e9}
    assert found == {("Fujian", "ASEAN"), ("Fujian", "European Union"), ("Fujian", "United States")}


def test_a_paragraph_opened_on_that_result_keeps_the_span_just_read() -> None:
    text = (
        "Poland's trade deficit widens in August\n\nWARSAW - Poland recorded a goods trade deficit of €1.3 billion "
        "in August, the NBP said.\n\nBetween January and August, exports were worth 1,001.6 billion zloty, while "
        "imports went up by 2.7% to 1,023.1 billion zloty.\n\nThat produced a deficit of 21.4 billion zł."
    )
    periods = {f.value: (f.period.start, f.period.end) for f in run(text, date(2025, 10, 15)).facts}
    assert periods[-21.4e9] == ("2025-01", "2025-08") and periods[-1.3e9] == ("2025-08", "2025-08")


WIRE = "BEIJING, Nov 7 (Reuters) - China's exports fell 1.1% in October from a year earlier, customs data showed.\n\n"


def test_a_list_s_flow_labels_are_its_flows() -> None:
    text = (
        WIRE + "China trade, January-October ($ bln; y/y % change):\nExports 3,080.6 (+5.3)\nImports 2,115.8 (-1.7)\n"
    )
    found = {(f.flow.value, f.product, round(f.value, 3)) for f in run(text, date(2025, 11, 7)).facts}
    assert {("exports", None, 3080.6e9), ("imports", None, 2115.8e9), ("imports", None, -1.7)} <= found


def test_growth_over_the_first_months_for_a_market() -> None:
    text = WIRE + "Export growth over the first ten months reached 26.1% for Africa, against 14.3% for ASEAN."
    found = {f.value: (f.partner, f.period.start, f.period.end) for f in run(text, date(2025, 11, 7)).facts}
    assert found[26.1] == ("Africa", "2025-01", "2025-10") and found[14.3] == ("ASEAN", "2025-01", "2025-10")


def test_a_headline_partner_s_trade_that_lifts_a_province_is_the_province_s_story() -> None:
    text = (
        "ASEAN trade lifts Guangxi with 11.3 pct gain in first 11 months\n\nNANNING, Dec. 22 (Xinhua) -- In the "
        "first 11 months of 2025, trade between south China's Guangxi Zhuang Autonomous Region and the Association "
        "of Southeast Asian Nations (ASEAN) grew by 11.3 percent to 372.46 billion yuan. The figure made up 50.6 "
        "percent of the region's total foreign trade, which rose 8.7 percent to 736.1 billion yuan."
    )
    found = {f.value: (f.area, f.partner) for f in run(text, date(2025, 12, 22)).facts}
    assert found[11.3] == found[50.6] == ("Guangxi", "ASEAN") and found[8.7] == found[736.1e9] == ("Guangxi", None)
