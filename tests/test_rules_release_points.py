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
