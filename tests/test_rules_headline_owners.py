"""Round 88: whose trade a headline reports when a partner's shipments come first ("US shipments sink ..., tipping
China's exports into ..."), and when the release's source line names a city inside the headline's province.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

from tests.test_rules_constructions import facts_of


def _rows(text: str, published: date) -> dict[float, tuple[str, ...]]:
    return {row[7]: row for row in facts_of(text, published)}


def test_a_partners_shipments_that_tip_anothers_exports_leave_the_story_to_the_other() -> None:
    """"US shipments slump by a fifth, tipping China's exports into decline": the figures are China's."""
    rows = _rows("US shipments slump by a fifth, tipping China's exports into decline\n\nCustoms data released on "
                 "Friday put October exports at US$298.4 billion, down 2.3 per cent on a year earlier.",
                 date(2026, 11, 7))
    assert rows[298.4e9][:2] == ("China", None) and rows[-2.3][0] == "China", rows


def test_a_source_line_city_does_not_outrank_the_headlines_province() -> None:
    """"Jiangsu's Foreign Trade Topped 5 Trillion Yuan" over "Source: Nanjing Customs": Jiangsu's figures."""
    rows = _rows("Jiangsu's Foreign Trade Topped 5 Trillion Yuan in 2025\n\nSource: Nanjing Customs   Date: 2026-01-21"
                 "\n\nStatistics released by Nanjing Customs show that in 2025 our province's total import and export "
                 "value reached 54,112.6 hundred million yuan, a year-on-year increase of 5.3%.", date(2026, 1, 21))
    assert rows[5.3][0] == "Jiangsu" and rows[5411.26e9][0] == "Jiangsu", rows


def test_a_lead_past_a_standfirst_and_a_line_of_credits_names_the_economy() -> None:
    """A headline and standfirst that name no place, then "By ... | China Daily | Updated: ...": the lead's "China's
    foreign trade" frames the story, so a partner that ranks later stays a partner and the figures after it China's."""
    rows = _rows("Trade gains pace as exporters reach further\n\nQuarterly gain the best this year; officials cite new "
                 "markets\n\nBy LI WEN | China Daily | Updated: 2026-10-14 07:18\n\nChina's foreign trade gathered "
                 "pace in the third quarter, customs officials said on Monday.\n\nAmong regional markets, Africa stood "
                 "out with 17.2 percent growth. The European Union ranked second. Electromechanical goods, at 59.8 "
                 "percent of all exports, were worth 11.95 trillion yuan.", date(2026, 10, 14))
    assert rows[17.2][:2] == ("China", "Africa") and rows[2][:2] == ("China", "European Union"), rows
    assert rows[11.95e12][0] == "China", rows
