"""A share "of Quanzhou's export value" (a place's own flow value, not only "the city's"), and amounts that are
changes, not levels: "a $2.3 billion gain in aircraft", "£1.1 billion (2.2%) more than in August".

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

from tests.test_rules_constructions import facts_of


def test_a_share_of_a_named_places_export_value_is_a_share() -> None:
    """"taking 38.6% of Quanzhou's export value" after "up 6.1%": the second percent is the goods' share."""
    text = ("Quanzhou trade\n\nIn the first ten months of 2026, exports of textiles and garments from Quanzhou came to "
            "86.5 billion yuan, up 6.1%, taking 38.6% of Quanzhou's export value, while footwear made up 21.4% of "
            "the port city's import and export value.")
    found = {(row[5], row[7]) for row in facts_of(text, date(2026, 11, 21))}
    assert ("share", 38.6) in found and ("growth", 6.1) in found, found
    assert ("growth", 38.6) not in found, found


def test_an_amount_named_a_gain_or_more_than_a_month_is_a_change_not_a_level() -> None:
    """"a $2.3 billion gain in civilian aircraft" and "£1.1 billion (2.2%) more than in August" are the changes;
    the levels beside them stay, and so does the rate in brackets."""
    text = ("US trade\n\nWASHINGTON, Dec 4 (Reuters) - U.S. exports of goods rose 1.4% to $186.7 billion in October "
            "2026, as a $2.3 billion gain in civilian aircraft outweighed softer sales of soybeans.\n\n"
            "UK trade\n\nLONDON, Oct 14 (Reuters) - British goods imports reached £51.3 billion in August 2026, £1.1 "
            "billion (2.2%) more than in July.")
    found = {row[7] for row in facts_of(text, date(2026, 12, 4))}
    assert {186.7e9, 51.3e9, 2.2} <= found, found
    assert not {2.3e9, 1.1e9} & found, found


def test_the_portion_bound_for_a_market_that_shrank_to_a_percent_is_a_share() -> None:
    """"the portion bound for China and Hong Kong shrank to 22.4 percent": a share of exports, not a fall."""
    text = ("Taiwan's exports\n\nTAIPEI, Dec 8 - Taiwan's exports rose 20.1 percent in November 2026. Over the 11 "
            "months, the portion bound for China and Hong Kong shrank to 22.4 percent.")
    found = {(row[5], row[7]) for row in facts_of(text, date(2026, 12, 8))}
    assert ("share", 22.4) in found and not any(v == -22.4 for _, v in found), found


def test_a_signed_amount_in_brackets_is_a_change() -> None:
    """"the rise in exports was led by Taiwan (+RM2.38 billion)": each market's part of the rise, no level."""
    text = ("Malaysia trade\n\nKUALA LUMPUR, Nov 20 - Malaysia's exports rose 5.2% to RM154.6 billion in October 2026. "
            "By market, the rise in exports was led by Taiwan (+RM2.38 billion) and the United States (+RM1.95 "
            "billion).")
    found = {row[7] for row in facts_of(text, date(2026, 11, 20))}
    assert 154.6e9 in found and not {2.38e9, 1.95e9} & found, found
