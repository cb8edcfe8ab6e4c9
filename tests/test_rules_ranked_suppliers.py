"""A headline that ranks one economy as another's supplier or market ("Brazil remains China's biggest soybean
supplier") is about the owner's trade in those goods: the owner is the subject, the ranked economy a partner,
and the role says the flow. Goods written between a rank and its role ("China's largest crude oil supplier") are
the rank's goods; "equal to 58.3% of the total" after a rate does not make the rate one of all goods. Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tradefacts.extract.registry import get_backend
from tradefacts.schemas import Document

BACKEND = get_backend("regex")


def facts_of(headline: str, body: str) -> list[tuple]:
    article = BACKEND.extract(Document(id="t", text=f"{headline}\n\n{body}", published=date(2025, 4, 20)))
    return [(f.area, f.partner, f.product, f.flow.value, f.measure.value, f.value) for f in article.facts]


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("Brazil remains China's biggest soybean supplier in March as U.S. cargoes dwindle",
         "Arrivals from Brazil rose 12.5% from a year earlier, customs data showed.",
         [("China", "Brazil", "soybeans", "imports", "growth", 12.5)]),
        ("Russia keeps its place as India's top crude supplier while Iraq slips",
         "Imports from Russia slipped 3.2% from a year before, ship-tracking data showed.",
         [("India", "Russia", "crude oil", "imports", "growth", -3.2)]),
        ("China stays Australia's top iron ore market in March",
         "Shipments to China grew 4.4% from a year earlier, the bureau said.",
         [("Australia", "China", "iron ore", "exports", "growth", 4.4)]),
    ],
)  # fmt: skip
def test_a_ranked_supplier_or_market_in_the_headline_frames_the_owner_s_trade_in_its_goods(
    headline: str, body: str, expected: list[tuple]
) -> None:
    assert facts_of(headline, body) == expected


def test_a_headline_whose_main_clause_names_its_own_flow_keeps_its_first_subject() -> None:
    facts = facts_of("Vietnam's exports climb as the U.S. stays Vietnam's biggest market",
                     "Exports rose 6.1% from a year earlier in March.")  # fmt: skip
    assert facts == [("Vietnam", None, None, "exports", "growth", 6.1)]


def test_goods_written_between_a_rank_and_its_role_are_the_rank_s_goods() -> None:
    facts = facts_of("China-Iraq trade grows", "Iraq remained China's largest crude oil supplier, ahead of Oman.")
    assert facts == [("China", "Iraq", "crude oil", "imports", "rank", 1.0)]


def test_the_whole_of_a_later_share_does_not_make_a_rate_all_goods() -> None:
    facts = facts_of("China's barley imports climb in October",
                     "Australia, the top supplier, shipped 1.02 million tons, up 14.1% from a year earlier and equal to "
                     "58.3% of the total.")  # fmt: skip
    assert ("China", "Australia", "barley", "imports", "growth", 14.1) in facts


def test_a_headline_s_ranked_trader_names_the_story_s_goods() -> None:
    facts = facts_of("Overseas shipments keep Brazil in front as top beef exporter",
                     "Brazil exported 2.9 million tons in 2024, up 12.3 percent from a year earlier.")  # fmt: skip
    assert ("Brazil", None, "beef", "exports", "growth", 12.3) in facts


@pytest.mark.parametrize(
    "headline",
    ["Australia's share of China's barley market climbs to 60% as Canadian cargoes dwindle",
     "Russia grabs a third of China's crude oil market in 2024",
     "Brazil takes more of China's soybean market"],
)  # fmt: skip
def test_a_share_of_an_economy_s_market_makes_that_economy_the_buyer(headline: str) -> None:
    facts = facts_of(headline, "Imports from the supplier rose 8.4% from a year earlier, customs data showed.")
    assert [f[0] for f in facts] == ["China"]  # the market's owner imports; the supplier is not the subject


def test_goods_the_headline_names_away_from_its_flow_are_the_story_s_when_the_lead_trades_them() -> None:
    facts = facts_of("Australia wins back a bigger slice of China's barley market as imports ease",
                     "China's barley imports eased 4.2% to 11.3 million tons in 2024, customs data showed.\n\n"
                     "Measured in dollars, the purchases fell 9.8% to $3.4 billion.")  # fmt: skip
    assert {f[2] for f in facts} == {"barley"}  # the second paragraph names no goods: the story's are barley


def test_goods_of_a_cause_in_the_lead_are_not_the_story_s() -> None:
    facts = facts_of("U.S. auto duties push Korean exports lower",
                     "A slump in auto shipments to the U.S. pulled South Korea's exports down 1.9% in April.\n\n"
                     "Imports dropped 2.7% from a year earlier.")  # fmt: skip
    assert ("South Korea", None, None, "imports", "growth", -2.7) in facts


@pytest.mark.parametrize(
    "headline",
    ["Record chip shipments lift Taiwan's March exports 18%", "Strong auto shipments drive Japan's exports higher",
     "Weak steel exports drag Korea's exports down", "Chip boom lifts Taiwan's April exports to a record",
     "Booming solar and battery exports carry Vietnam's trade to a new high",
     "Surging ship and machinery sales drive 9.4 pct export gain for Jiangsu",
     "Europe-bound car exports slump as Japan's half-year trade gap narrows",
     "U.S. beef exports fall as Australia runs a record trade surplus",
     "Steel shipments to Europe rebound, pushing Korea's September exports up 5%",
     "Chip sales to China climb, boosting Taiwan's exports past forecasts",
     "Strong chip shipments, car rebound lift Korea's Oct. exports 6.1 pct",
     "Record ship deliveries and steady chip sales push Korea's exports higher",
     "Oil bill tips Korea back into the red", "Costlier fuel imports push Japan into deficit for September"],
)  # fmt: skip
def test_goods_whose_flow_drives_the_whole_are_not_the_story_s(headline: str) -> None:
    facts = facts_of(headline, "Exports rose 6.4% from a year earlier to $41.2 billion, the ministry said.")
    assert {f[2] for f in facts} == {None}  # the total's figures, not the goods that lifted it


def test_goods_whose_flow_is_the_headline_s_one_topic_are_the_story_s() -> None:
    facts = facts_of("Vietnam's rice exports slip as shipments to the Philippines jump",
                     "Exports fell 6.4% from a year earlier to 610,000 tonnes, the ministry said.")
    assert {f[2] for f in facts} == {"rice"}  # a sector story: its unqualified figures are the goods', though a
    # later clause names another flow


@pytest.mark.parametrize(
    ("headline", "goods"),
    [("Russian crude arrivals in China rise in November as Saudi supplies surge", "crude oil"),
     ("Thai rice exports slip in October", "rice")],
)  # fmt: skip
def test_goods_after_a_demonym_that_opens_the_headline_are_the_story_s(headline: str, goods: str) -> None:
    facts = facts_of(headline, "Volumes fell 6.4% from a year earlier to 610,000 tonnes, customs data showed.")
    assert {f[2] for f in facts} == {goods}  # the origin or the trader, not a place that stands for the goods


@pytest.mark.parametrize("rank", ["the No. 2 supplier", "the No. 2 supplier to China", "a U.S. ally"])
def test_a_point_inside_a_supplier_s_apposition_keeps_its_verb(rank: str) -> None:
    """'Peru, the No. 2 supplier, shipped ...': the point of 'No.' or 'U.S.' does not end the partner's clause, so what
    the supplier shipped is the buyer's imports."""
    facts = facts_of("China's copper concentrate imports slip in September", f"Peru, {rank}, shipped 612,304 tons.")
    assert ("China", "Peru", "copper concentrate", "imports", "quantity", 612304.0) in facts
