"""Round 85: the year a part of a year is written with after its figure, "Next in line came" a ranking's next
markets, and examples written between goods and their verb.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

from tests.test_rules_constructions import facts_of

_LEAD = ("China's first-quarter trade\n\nBEIJING, April 13 (Xinhua) -- China's goods trade hit a first-quarter "
         "record of 10.62 trillion yuan (about 1.49 trillion U.S. dollars) in 2025, up 4.4 percent from a year "
         "earlier, the customs said Sunday. ")


def _rows(body: str = "") -> dict[float, tuple[str, ...]]:
    return {row[7]: row for row in facts_of(_LEAD + body, date(2025, 4, 13))}


def test_a_year_written_after_a_quarters_figure_is_the_quarters_year() -> None:
    """"a first-quarter record of ... in 2025, up 4.4 percent": the first quarter's rate, not the whole year's
    (which would end after the story was published)."""
    rows = _rows()
    assert rows[4.4][9:] == ("2025-01", "2025-03") and rows[10.62e12][9:] == ("2025-01", "2025-03"), rows


def test_a_year_after_a_milestone_is_no_months_year() -> None:
    """"In March the surplus fell to its smallest since 2019": March of the story's year, not of 2019."""
    rows = _rows("In March the surplus fell to its smallest since 2019, at 58.6 billion U.S. dollars.")
    assert rows[58.6e9][9:] == ("2025-03", "2025-03"), rows


def test_markets_that_came_next_in_line_with_their_figures_are_partners() -> None:
    """"Next in line came the EU, in second place with A, and the United States, third with B": China's trade
    with each, and each its rank."""
    rows = _rows("ASEAN remained the largest trading partner with 1.71 trillion yuan. Next in line came the European "
                 "Union, in second place with 1.31 trillion yuan of trade, and the United States, third with 1.11 "
                 "trillion yuan.")
    assert rows[1.31e12][:2] == ("China", "European Union") and rows[2.0][1] == "European Union", rows
    assert rows[1.11e12][:2] == ("China", "United States") and rows[3.0][1] == "United States", rows


def test_examples_between_goods_and_their_verb_leave_the_goods_the_subject() -> None:
    """"Labor-intensive goods such as textiles, garments and furniture brought in A": the class, not no goods."""
    rows = _rows("Labor-intensive goods such as textiles, garments, plastic products and furniture brought in 1.02 "
                 "trillion yuan of export revenue, up 3.6 percent.")
    assert rows[1.02e12][2] == "labor-intensive goods" and rows[3.6][2] == "labor-intensive goods", rows


def test_a_category_described_in_an_aside_is_the_subject_of_its_share() -> None:
    """"Mineral fuels and oils, a category that covers diesel and petrol, made up 24.1 percent of imports"."""
    rows = _rows("Mineral fuels and oils, a category that covers diesel, petrol and crude, made up 24.1 percent of "
                 "imports in the quarter.")
    assert rows[24.1][2] == "mineral fuels and oils" and rows[24.1][5] == "share", rows


_PROVINCE = ("Jiangxi's trade\n\nNANCHANG, Jan. 22 (Xinhua) -- Jiangxi's goods trade came to 602.3 billion yuan last "
             "year, Nanchang Customs said. The province ran a surplus of 211.8 billion yuan. ")


def test_a_rate_lower_than_a_money_level_written_out_is_the_change() -> None:
    """"The total was 5.7 percent higher than the 569.79 billion yuan recorded in 2024": a rate of change."""
    rows = {r[7]: r for r in facts_of(_PROVINCE + "Trade was 5.7 percent higher than the 569.79 billion yuan "
                                      "recorded in 2024.", date(2026, 1, 22))}
    assert rows[5.7][5] == "growth" and rows[5.7][9:] == ("2025-01", "2025-12"), rows


def test_a_province_ranked_among_regions_with_no_flow_named_is_ranked_by_trade() -> None:
    """"By value, Jiangxi stood 15th among the country's 31 provincial-level regions" after a sentence on its surplus:
    total trade, not the balance."""
    rows = {r[7]: r for r in facts_of(_PROVINCE + "By value, Jiangxi stood 15th among the country's 31 "
                                      "provincial-level regions.", date(2026, 1, 22))}
    assert rows[15.0][4] == "total", rows


def test_their_exports_after_a_figureless_sentence_on_the_new_three_are_the_new_threes() -> None:
    """'The "new three" — electric vehicles, lithium batteries and solar cells — remained a highlight. Their exports
    added up to 131.2 billion yuan, 9.4% more than the year before': the group's exports."""
    rows = {r[7]: r for r in facts_of(
        "Shenzhen trade\n\nSHENZHEN, Jan 21 - Shenzhen's foreign trade rose 4% to 4.7 trillion yuan in 2025. The "
        "\"new three\" — electric vehicles, lithium batteries and solar cells — remained a highlight. Their exports "
        "added up to 131.2 billion yuan, 9.4% more than the year before.", date(2026, 1, 21))}
    assert rows[131.2e9][2] == "new three" and rows[9.4][2] == "new three", rows
