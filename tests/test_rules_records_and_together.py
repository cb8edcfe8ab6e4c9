"""Round 86: a rate noun "over" a year is the base, a former record's year, goods subjects with "alone", cause verbs
before goods ("helped", "leaving"), and a bloc's economies that "together took".

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

from tests.test_rules_constructions import facts_of

_LEAD = ("Korea's exports set record\n\nSEOUL, Jan. 1 (Korea Herald) - South Korea's exports hit a record high last "
         "year, government data showed Wednesday. ")


def _rows(body: str) -> dict[float, tuple[str, ...]]:
    return {row[7]: row for row in facts_of(_LEAD + body, date(2026, 1, 1))}


def test_a_rate_noun_over_a_year_compares_with_that_year() -> None:
    """"put last year's exports at $709.2 billion, a 3.7 percent increase over 2024": 2025's rate, not 2024's."""
    rows = _rows("The ministry put last year's exports at $709.2 billion, a 3.7 percent increase over 2024.")
    assert rows[3.7][9:] == ("2025-01", "2025-12") and rows[709.2e9][9:] == ("2025-01", "2025-12"), rows


def test_a_former_records_year_dates_its_figure() -> None:
    """"The previous best, from 2024, stood at $683.8 billion": 2024's exports."""
    rows = _rows("Exports rose to $709.2 billion. The previous best, from 2024, stood at $683.8 billion.")
    assert rows[683.8e9][9:] == ("2024-01", "2024-12"), rows


def test_goods_alone_as_the_subject_and_goods_after_cause_verbs() -> None:
    """"Chips alone made up 22.4 percent", "... helped computer exports climb 41.2 percent", "..., leaving car
    exports flat at $71.3 billion": chips, computers and cars."""
    rows = _rows("Chips alone made up 22.4 percent of everything the country sold abroad. Strong demand for servers "
                 "helped computer exports climb 41.2 percent. Strikes disrupted assembly lines, leaving car exports "
                 "essentially flat at $71.3 billion.")
    assert (rows[22.4][2], rows[41.2][2], rows[71.3e9][2]) == ("chips", "computers", "cars"), rows


def test_a_blocs_economies_that_together_took_a_sum_are_its_market() -> None:
    """"The 10 ASEAN economies together took $119 billion, up 4.4 percent": Korea's exports to ASEAN."""
    rows = _rows("The 10 ASEAN economies together took $119 billion, up 4.4 percent.")
    assert rows[119e9][1] == "ASEAN" and rows[4.4][1] == "ASEAN", rows
