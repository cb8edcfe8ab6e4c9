"""The sign a verb implies, and the tolerance a written number carries."""

from __future__ import annotations

import pytest

from tradefacts.schemas import SignRule, derive_value, implied_sign, table_scale, tolerance
from tradefacts.schemas.signs import clause_signs, stated_sign


@pytest.mark.parametrize(
    ("evidence", "value_text", "sign"),
    [
        ("trade plunged by 16.9 percent year-on-year to 3.69 trillion yuan", "16.9", -1),
        ("trade plunged by 16.9 percent year-on-year to 3.69 trillion yuan", "3.69 trillion", 1),
        ("Fuzhou's foreign trade collapsed by 24%", "24", -1),
        ("imports fell 3.1 percent", "3.1", -1),
        ("Vietnam trimmed its purchases by 23.9 percent", "23.9", -1),
        ("and those to the U.S. shed 0.2 percent to $10.2 billion", "0.2", -1),
        ("Shipments to Japan skidded 4.1 percent", "4.1", -1),
        ("imports posted a 2.4 percent slide", "2.4", -1),
        ("a downturn of 2.4 percent in exports", "2.4", -1),
        ("the figure marked a 3.3 percent retreat from a year earlier", "3.3", -1),
        ("exports were 1.9 percent short of last year's level", "1.9", -1),
        ("Despite the August retreat, the deficit totaled $713.6 billion, 25% more than a year earlier", "25", 1),
        ("Chip exports spiked 38.6 percent", "38.6", 1),
        ("Germany raised its purchases by 12.5%", "12.5", 1),
        ("exports declined 2 percent while imports rose 5 percent", "5", 1),
        ("exports rose 2 percent while imports declined 5 percent", "5", -1),
        ("a 4.2 percent drop from a year earlier", "4.2", -1),
        ("imports were down 0.8 percent", "0.8", -1),
        ("a year-on-year rise of 3.6 percent", "3.6", 1),
        ("exports grew 6.2 percent", "6.2", 1),
        # a list distributed by "respectively" keeps its verb until another one
        ("up 8.5 percent, 5.4 percent and down 16.9 percent respectively", "5.4", 1),
        ("up 8.5 percent, 5.4 percent and down 16.9 percent respectively", "16.9", -1),
        ("a decrease of 2.1%, an increase of 3.3% and an increase of 4% respectively", "2.1", -1),
        ("a decrease of 2.1%, an increase of 3.3% and an increase of 4% respectively", "4", 1),
        # guide 1.1: the growth of a deficit follows its verb, never the word deficit
        ("the deficit widened 19% to $78.3 billion", "19", 1),
        ("the trade deficit narrowed 5.2 percent", "5.2", -1),
        ("the surplus shrank 12 percent", "12", -1),
        ("12.0 percent smaller than a year earlier", "12.0", -1),
        ("the deficit was 5.3% narrower than a year earlier", "5.3", -1),
        ("the shortfall was 6.3 percent wider than a year earlier", "6.3", 1),
        ("car parts lost 19.0%", "19.0", -1),
        # a bracket restates the change before it as a rate, with its sign
        ("imports from outside the EU fell by £1.1bn (4.3%) to £24.9bn", "4.3", -1),
        ("services exports rose by £0.6bn (2.9%)", "2.9", 1),
        # the level of a rate is not a fall
        ("export growth slowed to 2.1% in May", "2.1", 1),
        ("exports slowed 2.1% in May", "2.1", -1),
        # "negative growth" is a fall (India's releases)
        ("merchandise imports registered a negative growth of 4.38 per cent", "4.38", -1),
        # "a N% increase" takes its own noun, not the verb of the figure before it (a sign flag found this one)
        ("a 10.8% decline in sales to the US and a 1.6% increase in those to other markets", "1.6", 1),
        ("a 10.8% decline in sales to the US and a 1.6% increase in those to other markets", "10.8", -1),
        # a comparative right after the number is its own cue, and not the next number's
        ("exports were 3.2 percent below last year's level", "3.2", -1),
        ("7.8% less than in the previous month", "7.8", -1),
        ("3.1% fewer than a year earlier", "3.1", -1),
        ("export growth slowed to a modest 1.9% in August", "1.9", 1),
        ("exports were 0.9% lower and imports 2.3% higher", "0.9", -1),
        ("exports were 0.9% lower and imports 2.3% higher", "2.3", 1),
        # a second subject after "and" shares the first one's verb
        ("leather goods fell 3.1 percent and home textiles 4.6 percent", "4.6", -1),
        ("sales to other EU states fell 4.8% on the month and those to the euro zone 5.2%", "5.2", -1),
        ("shipments to Asia dropped 2.2% year-on-year and the Middle East 1.4%", "1.4", -1),
        ("exports to Japan sank 21 per cent, those to China 18.4 per cent and those to Korea 9.9 per cent", "18.4", -1),
        ("exports to Japan sank 21 per cent, those to China 18.4 per cent and those to Korea 9.9 per cent", "9.9", -1),
        ("exports fell 5% and the surplus reached 3%", "3", 1),
    ],
)
def test_growth_sign(evidence: str, value_text: str, sign: int) -> None:
    assert implied_sign(evidence, value_text, rule=SignRule.growth) == sign


@pytest.mark.parametrize(
    ("evidence", "value_text", "sign"),
    [
        ("the surplus was 90 billion dollars", "90 billion", 1),
        ("a trade deficit of 12 billion dollars", "12 billion", -1),
        ("the deficit narrowed by £1.2 billion to £5.1 billion", "5.1 billion", -1),
        ("the deficit widened 14.0% to a record $140.5 billion", "140.5 billion", -1),
        ("the surplus shrank to A$5.64 billion", "5.64 billion", 1),
        ("a $5.3 billion shortfall with Mexico", "5.3 billion", -1),
        ("a surplus of 15.3 billion euros, down from 16.9 billion euros in August", "16.9 billion", 1),
        ("the trade gap with China was $14.7 billion", "14.7 billion", -1),
        ("the trade gaps with Thailand and Malaysia were $4.1 billion and $2.9 billion", "2.9 billion", -1),
        ("a deficit of $3 billion, against a surplus of $2 billion a year earlier", "2 billion", 1),
        ("a deficit of $3 billion, against a surplus of $2 billion a year earlier", "3 billion", -1),
        ("the country bought $12.1 billion more than it sold abroad", "12.1 billion", -1),
        ("Germany sold 16.9 billion euros more than it bought", "16.9 billion", 1),
        ("imports thus outstripped exports by $4.2 billion", "4.2 billion", -1),
        ("Imports of goods and services exceeded exports by $61 billion", "61 billion", -1),
        ("exports topped imports by 2.5 billion euros", "2.5 billion", 1),
        ("the bloc ran a €305 billion (US$357.9 billion) deficit with China in 2024", "305 billion", -1),
        # the currency word between the figure and its conversion: the deficit after them is still the figure's
        ("Japan ran a 234.6 billion yen ($1.54 billion) deficit in September", "234.6 billion", -1),
        ("a surplus of 1.2 trillion yen (up 3.1%) and a deficit with China", "1.2 trillion", 1),
        # a "gap" that restates a surplus named before it is that surplus, not a deficit
        ("a surplus of $102 billion with Africa, a gap that widened 64.5 percent from $62 billion", "62 billion", 1),
        ("the trade gap widened to $62 billion", "62 billion", -1),
    ],
)
def test_balance_sign(evidence: str, value_text: str, sign: int) -> None:
    assert implied_sign(evidence, value_text, rule=SignRule.balance) == sign


def test_indian_scale_words() -> None:
    from tradefacts.schemas import parse_value_text

    assert parse_value_text("6.08 lakh crore") == pytest.approx(6.08e12)
    assert parse_value_text("45,000 crore") == pytest.approx(4.5e11)
    assert parse_value_text("3,12,458.70 crore") == pytest.approx(3.124587e12)  # lakhs grouped in twos
    assert parse_value_text("12,345") == 12345  # still thousands in threes



def test_malaysian_scale_words_written_on() -> None:
    """"RM154.62bil", "RM512.3mil": Malaysian papers write the scale short and glued to the number."""
    from tradefacts.schemas import parse_value_text

    assert parse_value_text("154.62bil") == pytest.approx(1.5462e11)
    assert parse_value_text("512.3mil") == pytest.approx(5.123e8)


TABLE = """TABLE-Japan Oct exports

(bln yen, pct)                 OCT     OCT y/y
Exports                    9,766.7        +3.6
Balance                     -231.8          --

Jan-Nov-25 trade balance ($bln): 1,075.67
"""


def test_a_hundred_million_written_in_figures_is_a_scale() -> None:
    """"2746.8 100 million yuan": translated releases write the unit of a hundred million in figures; "100 million"
    alone is still one hundred million."""
    from tradefacts.schemas import parse_value_text

    assert parse_value_text("2746.8 100 million") == pytest.approx(2.7468e11)
    assert parse_value_text("100 million") == pytest.approx(1e8)
    assert parse_value_text("2.5 million") == pytest.approx(2.5e6)


def test_table_scale_comes_from_the_nearest_header() -> None:
    assert table_scale(TABLE, TABLE.index("9,766.7")) == 1e9
    assert table_scale(TABLE, TABLE.index("1,075.67")) == 1e9
    assert table_scale("Exports rose 3% to 9,766.7 in October.", 20) is None


def test_a_translated_release_line_in_hundred_millions_is_no_table_header() -> None:
    """'(the same below)' puts a bracket on a prose line; its "611.8 hundred million yuan," names no table scale,
    so a figure on that line written without its scale is not read in millions (a label writer's report)."""
    line = "In terms of partners (the same below), trade with ASEAN and Africa was 1,189.7 and 611.8 hundred million yuan, up 5%."
    assert table_scale(line, line.index("1,189.7")) is None
    assert table_scale("(RMB million, the same below) exports 1,189.7", 40) == 1e6


def test_a_table_in_hundreds_of_millions_of_yuan_declares_its_scale() -> None:
    """Chinese statistical tables head their amounts "(Unit: 100 million yuan)" (a label writer's report)."""
    table = "Main indicators (Unit: 100 million yuan)\nExports    2,201.7    7.9\n"
    assert table_scale(table, table.index("2,201.7")) == 1e8
    assert table_scale("Unit: hundred million yuan\nImports  1,310.7", 40) == 1e8
    line = "In terms of partners (the same below), trade with ASEAN was 1,189.7 hundred million yuan, up 5%."
    assert table_scale(line, line.index("1,189.7")) is None


def test_derive_value_signs_only_signed_measures() -> None:
    assert derive_value("16.9", "plunged by 16.9 percent", SignRule.growth) == -16.9
    assert derive_value("16.9", "plunged by 16.9 percent", SignRule.none) == 16.9


@pytest.mark.parametrize(
    ("text", "tol"),
    [("2.58 trillion", 5e9), ("6.2", 0.05), ("13", 0.5), ("10,508.6 hundred million", 5e6), ("third", 0.5)],
)
def test_tolerance(text: str, tol: float) -> None:
    assert tolerance(text) == pytest.approx(tol)


def test_a_prose_line_with_a_scaled_figure_is_not_a_table_header() -> None:
    text = "Coal exports were worth $2.02 billion, 21.4 percent lower.\nThe average export price slid to around $48 per ton."
    assert table_scale(text, text.index("$48")) is None
    assert table_scale("Exports ($ bln)\nChina   328.57", 20) == 1e9


@pytest.mark.parametrize(
    ("evidence", "value_text", "rule", "sign"),
    [
        ("exports were 3.2 percent of last year's level", "3.2", SignRule.growth, None),  # no cue
        ("imports fell 1.2% in July", "1.2", SignRule.growth, -1),
        ("the trade balance stood at 5 billion dollars", "5 billion", SignRule.balance, None),
        ("a trade deficit of 12 billion dollars", "12 billion", SignRule.balance, -1),
        ("exports were worth 5 billion dollars", "5 billion", SignRule.none, None),
    ],
)
def test_stated_sign_is_none_where_the_wording_states_none(
    evidence: str, value_text: str, rule: SignRule, sign: int | None
) -> None:
    assert stated_sign(evidence, value_text, evidence.index(value_text), rule) == sign


def test_clause_signs_stop_at_the_next_number_and_the_clause() -> None:
    listed = "up 8.5 percent, 5.4 percent and down 16.9 percent respectively"
    at = listed.index("5.4")
    assert clause_signs(listed, at, at + 3, SignRule.growth) == set()  # "down" belongs to 16.9
    both = "exports rose 5 percent while imports fell 3 percent"
    at = both.index("3 p")
    assert clause_signs(both, at, at + 1, SignRule.growth) == {-1}


def test_a_list_writes_its_scale_once_after_its_last_figure() -> None:
    from tradefacts.schemas.grounding import Misread, stated_value
    from tradefacts.schemas.numbers import list_scale

    evidence = "exports were 428.6 and 205.3 billion yuan respectively"
    end = evidence.index("428.6") + len("428.6")
    assert list_scale(evidence, end) == 1e9
    assert list_scale("exports were 428.6 percent and 3 billion yuan", end) is None
    assert stated_value(evidence, "428.6", 428.6e9, "CNY", SignRule.none) == 428.6e9
    with pytest.raises(Misread):
        stated_value(evidence, "428.6", 428.6, "CNY", SignRule.none)


@pytest.mark.parametrize(
    ("text", "end", "n"),
    [("a\nb\nc", 5, 1), ("a\nb\nc", 5, 2), ("a\nb\nc", 5, 9), ("a\nb\n", 4, 2), ("", 0, 3), ("x\n\ny", 3, 2)],
)
def test_last_lines_are_the_tail_of_the_split_prefix(text: str, end: int, n: int) -> None:
    from tradefacts.schemas.numbers import last_lines

    assert last_lines(text, end, n) == text[:end].split("\n")[-n:]
