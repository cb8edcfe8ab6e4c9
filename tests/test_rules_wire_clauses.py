"""Wire clauses that say what a figure is not: a streak's start ("extending a run of declines that began in April")
dates no figure; "the world's largest consumer market" describes a partner, it ranks none; goods the sentence opens
with as a cause ("Higher purchases of gold and silver lifted the import bill") restrict no figure; parts of a change
("Chemicals accounted for £300m of that drop and machinery for another £100m") are changes. And what it is: "tons of
rare earths left the country" are rare earths (the goods end at their verb); "a cumulative trade deficit" after a
span is that span's.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

from tests.test_rules_constructions import facts_of


def test_a_streaks_start_dates_no_figure() -> None:
    text = ("China's exports\n\nBEIJING, Oct 13 - China's exports rose 6.1% in September 2025. Shipments to the US "
            "fell 22% from a year earlier to $31.2 billion, extending a run of steep declines that began in April.")
    periods = {(row[7], row[9]) for row in facts_of(text, date(2025, 10, 13)) if row[1] == "United States"}
    assert periods == {(-22.0, "2025-09"), (31.2e9, "2025-09")}


def test_the_worlds_largest_market_describes_a_partner_and_ranks_none() -> None:
    text = ("China's trade\n\nBEIJING, Oct 13 - China's exports rose 6.1% in September 2025. Imports from the US fell "
            "12.4%, leaving China with a surplus of $19.5 billion with the world's largest consumer market.")
    found = facts_of(text, date(2025, 10, 13))
    assert not [row for row in found if row[5] == "rank"]
    assert ("China", "United States", None, None, "balance", "value", None, 19.5e9, "USD", "2025-09",
            "2025-09") in found


def test_goods_that_open_the_sentence_as_a_cause_restrict_no_figure() -> None:
    text = ("India's trade\n\nNEW DELHI, Nov 17 (PTI) India's exports fell 4.2 per cent in October 2025. Higher "
            "purchases of gold, silver and fertiliser lifted the month's import bill to USD 71.2 billion, an increase "
            "of 12.5 per cent.")
    imports = {(row[2], row[7]) for row in facts_of(text, date(2025, 11, 17)) if row[4] == "imports"}
    assert imports == {(None, 71.2e9), (None, 12.5)}


def test_parts_of_a_change_are_changes() -> None:
    text = ("UK trade\n\nLONDON - UK goods exports fell 2.4% in September 2025 to £27.9bn. Fuels accounted for £400m "
            "of that drop and cars for another £200m.")
    values = {row[7] for row in facts_of(text, date(2025, 11, 13)) if row[5] == "value"}
    assert values == {27.9e9}


def test_goods_counted_in_tons_end_at_their_verb() -> None:
    text = ("China's rare earths\n\nBEIJING, Oct 13 - Some 3,800 tons of rare earths left the country in September "
            "2025, and 2,100 tons of magnets were shipped abroad.")
    goods = {(row[2], row[7]) for row in facts_of(text, date(2025, 10, 13))}
    assert goods == {("rare earths", 3800.0), ("magnets", 2100.0)}


def test_a_cumulative_balance_after_a_span_is_that_span() -> None:
    text = ("India's trade\n\nNEW DELHI, Dec 15 (PTI) India's exports rose 19 per cent in November 2025. During "
            "April-November 2025-26, exports totalled USD 292.1 billion and imports USD 515.2 billion.\n\nThat left a "
            "cumulative trade deficit of USD 223.1 billion, up from USD 201.5 billion in April-November 2024-25.")
    periods = {row[7]: (row[9], row[10]) for row in facts_of(text, date(2025, 12, 15))}
    assert periods[-223.1e9] == ("2025-04", "2025-11")
