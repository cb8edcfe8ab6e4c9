"""Round 85: markets listed after "for" before "the figures were", a market ranked by its trade, goods each with a
figure of its own and rates shared out over them "respectively", a part "of the city's exports", and figures of
"Their respective" owners.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

from tests.test_rules_constructions import facts_of

_LEAD = ("Yiwu's trade in the first half\n\nSource: Jinhua Municipal Government    Date: 2024-07-26\n\nIn the first "
         "half of 2024, Yiwu's imports and exports reached 3,064.2 hundred million yuan, up 15.2%. ")


def _rows(body: str) -> dict[float, tuple[str, ...]]:
    return {row[7]: row for row in facts_of(_LEAD + body, date(2024, 7, 26))}


def test_markets_listed_after_for_before_the_figures_were_are_partners_in_order() -> None:
    """"...; for Latin America, the United States and ASEAN the figures were A, B and C, with growth of ...
    respectively": the city's trade with each, not those places' own trade."""
    rows = _rows("Africa stayed Yiwu's largest market, with imports and exports of 552.1 hundred million yuan, up "
                 "11.8%; for Latin America, the United States and ASEAN the figures were 461.3, 322.7 and 268.4 "
                 "hundred million yuan, with growth of 13.2%, 6.5% and 9.1% respectively.")
    assert [rows[v][:2] for v in (461.3e8, 322.7e8, 268.4e8)] == [
        ("Yiwu", "Latin America"), ("Yiwu", "United States"), ("Yiwu", "ASEAN")], rows
    assert [rows[v][1] for v in (13.2, 6.5, 9.1)] == ["Latin America", "United States", "ASEAN"], rows


def test_a_market_ranked_with_its_imports_and_exports_is_ranked_by_total_trade() -> None:
    """"Africa stayed Yiwu's largest market, with imports and exports of ...": a rank of total trade."""
    rows = _rows("Africa stayed Yiwu's largest market, with imports and exports of 552.1 hundred million yuan.")
    assert rows[1.0][1] == "Africa" and rows[1.0][4] == "total", rows


def test_rates_and_shares_shared_out_over_goods_each_written_with_its_own_value() -> None:
    """"exports of A reached X and those of mechanical and electrical products Y, with growth of a% and b% and
    shares of c% and d% of Yiwu's total exports respectively": each good its own rate and share."""
    rows = _rows("By product, exports of labor-intensive products reached 1,102.5 hundred million yuan and those of "
                 "mechanical and electrical products 1,046.8 hundred million yuan, with growth of 14.6% and 12.2% and "
                 "shares of 40.3% and 38.3% of Yiwu's total exports respectively.")
    assert rows[1046.8e8][2] == "mechanical and electrical products", rows
    assert (rows[14.6][2], rows[12.2][2]) == ("labor-intensive products", "mechanical and electrical products"), rows
    assert (rows[40.3][2], rows[38.3][2]) == ("labor-intensive products", "mechanical and electrical products"), rows
    assert rows[40.3][5] == "share" and rows[38.3][5] == "share", rows


def test_goods_with_a_rate_of_their_own_are_no_item_of_a_later_list_shared_out() -> None:
    """"Ship exports dropped 4.6 percent ..., and steel and petrochemicals fell 10.3 percent and 14.1 percent,
    respectively": ships keep 4.6 alone; the later rates are steel's and petrochemicals'."""
    rows = {r[7]: r for r in facts_of(
        "Korea's exports\n\nSEOUL, Dec 1 (Yonhap) -- South Korea's exports rose 8.4 percent in November 2025. Ship "
        "exports dropped 4.6 percent from a high base, and steel and petrochemicals fell 10.3 percent and 14.1 "
        "percent, respectively.", date(2025, 12, 1))}
    assert rows[-10.3][2] != "ships" and rows[-14.1][2] != "ships", rows


def test_a_value_of_the_citys_exports_is_an_export_figure() -> None:
    """"market procurement trade carried 2,210.6 hundred million yuan of Yiwu's exports": exports of that mode."""
    rows = _rows("In the first half of the year, market procurement trade carried 2,210.6 hundred million yuan of "
                 "Yiwu's exports.")
    assert rows[2210.6e8][4] == "exports", rows


_REGION = ("Central China trade\n\nBEIJING, Oct 25 - Trade in central China grew in the first three quarters of "
           "2025.\n\n")


def test_their_respective_shares_go_to_the_paragraphs_economies_in_order() -> None:
    """"Anhui's trade grew ... Henan's ... Hubei's ... Their respective shares of China's total trade stood at a, b
    and c": one share each, in the order the paragraph named them."""
    rows = {r[7]: r for r in facts_of(_REGION + (
        "Anhui's trade grew 8.1 percent to 640.2 billion yuan. Henan's trade came to 614.5 billion yuan and Hubei's "
        "to 571.3 billion yuan. Their respective shares of China's total trade stood at 1.9 percent, 1.8 percent "
        "and 1.7 percent."), date(2025, 10, 25))}
    assert [rows[v][0] for v in (1.9, 1.8, 1.7)] == ["Anhui", "Henan", "Hubei"], rows


def test_their_respective_figures_that_do_not_pair_up_are_rejected_with_a_reason() -> None:
    """Two economies named and three shares: no share is guessed; each is rejected, saying why."""
    text = _REGION + ("Anhui's trade grew 8.1 percent to 640.2 billion yuan, ahead of Henan's 614.5 billion yuan. "
                      "Their respective shares of China's total trade stood at 1.9 percent, 1.8 percent and 1.7 "
                      "percent.")
    rows = facts_of(text, date(2025, 10, 25))
    assert not [r for r in rows if r[7] in (1.9, 1.8, 1.7)], rows


_ASIA = ("China-Central Asia trade\n\nBEIJING, Jan 20 (Global Times) - China's trade with Central Asia hit a record "
         "in 2025, customs data showed. ")


def _asia_rows(body: str) -> dict[float, tuple[str, ...]]:
    return {r[7]: r for r in facts_of(_ASIA + body, date(2026, 1, 20))}


def test_every_member_of_a_bloc_listed_with_figures_respectively_keeps_its_own() -> None:
    """"trade with Kazakhstan, Kyrgyzstan, Uzbekistan, Turkmenistan and Tajikistan amounted to A, B, C, D and E,
    respectively": five countries, not Central Asia five times."""
    rows = _asia_rows("China's trade with Kazakhstan, Kyrgyzstan, Uzbekistan, Turkmenistan and Tajikistan amounted to "
                      "$44.2 billion, $22.1 billion, $15.3 billion, $11.4 billion and $4.2 billion, respectively.")
    assert [rows[v][1] for v in (44.2e9, 22.1e9, 15.3e9, 11.4e9, 4.2e9)] == [
        "Kazakhstan", "Kyrgyzstan", "Uzbekistan", "Turkmenistan", "Tajikistan"], rows


def test_an_amount_against_purchases_from_a_partner_is_the_imports_no_base() -> None:
    """"Chinese goods shipped to Kazakhstan were worth $26.1 billion, against $18.1 billion in purchases from it":
    China's imports from Kazakhstan in the same year."""
    rows = _asia_rows("Chinese goods shipped to Kazakhstan were worth $26.1 billion, against $18.1 billion in "
                      "purchases from it.")
    assert rows[18.1e9][1] == "Kazakhstan" and rows[18.1e9][4] == "imports", rows
    assert rows[18.1e9][9:] == ("2025-01", "2025-12"), rows


def test_a_partner_that_was_the_lone_exception_with_bilateral_trade_is_the_partner() -> None:
    """"Turkmenistan was the lone exception, with bilateral trade shrinking 3.8 percent": China's trade with it."""
    rows = _asia_rows("Turkmenistan was the lone exception, with bilateral trade shrinking 3.8 percent.")
    assert rows[-3.8][:2] == ("China", "Turkmenistan"), rows
