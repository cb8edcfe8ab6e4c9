"""Counts of the firms that trade, as release prose writes them: "More than 780,000 enterprises recorded imports or
exports", "The count of private firms that actually imported or exported climbed to 98,600", "Enterprises with
actual import and export records ... reach 106,238", "Firms with import and export records numbered 627,000", "with
the count reaching 628,000", "4,312 Chongqing enterprises", "Of these, 119,000 were private enterprises", "101,900 of
them were private enterprises"; firms "engaged in importing and exporting" trade both ways (flow total); exhibitors at
the "China Import and Export Fair" are no count of traders.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

YEAR = ("2025-01", "2025-12")
HEAD = "China's foreign trade\n\nBEIJING, Jan 14 (Xinhua) -- China's foreign trade grew in 2025. "
FTE, PRIVATE = "foreign trade enterprises", "private enterprises"

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "'More than 780,000 enterprises recorded imports or exports'": (
        HEAD + "More than 780,000 enterprises recorded imports or exports.",
        date(2026, 1, 14),
        [("China", None, None, FTE, "total", "count", None, 780000.0, "number", *YEAR)],
    ),
    "'The count of private firms that actually imported or exported climbed to 98,600'": (
        HEAD + "The count of private firms that actually imported or exported climbed to 98,600.",
        date(2026, 1, 14),
        [("China", None, None, PRIVATE, "total", "count", None, 98600.0, "number", *YEAR)],
    ),
    "'Firms with import and export records numbered 627,000'; 'Of these, 119,000 were private enterprises'": (
        HEAD + "Firms with import and export records numbered 627,000. Of these, 119,000 were private enterprises.",
        date(2026, 1, 14),
        [("China", None, None, FTE, "total", "count", None, 627000.0, "number", *YEAR),
         ("China", None, None, PRIVATE, "total", "count", None, 119000.0, "number", *YEAR)],
    ),
    "'more than 600,000 companies recorded import or export activity, with the count reaching 628,000'": (
        HEAD + "For the first time, more than 600,000 companies recorded import or export activity, with the count "
        "reaching 628,000.",
        date(2026, 1, 14),
        [("China", None, None, FTE, "total", "count", None, 628000.0, "number", *YEAR)],
    ),
    "'112,600 enterprises ... carried out import and export business, and 101,900 of them were private enterprises'": (
        "Zhejiang's foreign trade\n\nHANGZHOU, Jan 20 (Xinhua) -- Zhejiang's foreign trade grew in 2025. Some "
        "112,600 enterprises in the province carried out import and export business, and 101,900 of them were "
        "private enterprises.",
        date(2026, 1, 20),
        [("Zhejiang", None, None, FTE, "total", "count", None, 112600.0, "number", *YEAR),
         ("Zhejiang", None, None, PRIVATE, "total", "count", None, 101900.0, "number", *YEAR)],
    ),
    "'around 48,000 private firms engaged in importing and exporting': a count of traders, flow total": (
        "Shenzhen's foreign trade\n\nSHENZHEN, July 20 (Xinhua) -- Shenzhen's foreign trade grew in the first half "
        "of 2025. The municipal bureau counted around 48,000 private firms engaged in importing and exporting.",
        date(2025, 7, 20),
        [("Shenzhen", None, None, PRIVATE, "total", "count", None, 48000.0, "number", "2025-01", "2025-06")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_firm_counts(name: str) -> None:
    assert_yields(*CASES[name])


def test_exhibitors_at_the_import_and_export_fair_are_no_count() -> None:
    text = (HEAD + "This month, more than 300 enterprises from Shandong exhibited at the China Import and Export "
            "Fair in Guangzhou.")
    assert not [row for row in facts_of(text, date(2026, 1, 14)) if row[5] == "count"]
