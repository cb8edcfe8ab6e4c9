"""Lists of figures one item a line under a header that declares their unit and basis once ("Leading markets in
October (tons; change from September):", then "Germany 1,120 (+5.0%)"): each row is a partner, or a product when
its label is no place, at the header's scale, with its change on the header's basis; the colon may be left out,
the changes may stand in a column of their own, and the goods the header names are the rows' goods.

Rows as in test_rules_constructions. Lists written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

OCT, SEP = ("2025-10", "2025-10"), ("2025-09", "2025-09")
MAGNETS = "rare earth permanent magnets"

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "markets in tons with their change from the month before": (
        "China's rare earth magnet exports rebound\n\nBEIJING, Nov 20 (Reuters) - China's exports of rare earth "
        "permanent magnets rose 9.2% in October from the previous month to 5,774 metric tons, customs data showed."
        "\n\nLeading markets in October (tons; change from September):\nGermany 1,120 (+5.0%)\n"
        "South Korea 612 (-3.1%)\nVietnam 455 (+12.4%)\n",
        date(2025, 11, 20),
        [("China", "Germany", MAGNETS, None, "exports", "quantity", None, 1120.0, "tonnes", *OCT),
         ("China", "Germany", MAGNETS, None, "exports", "growth", "mom", 5.0, "percent", *OCT),
         ("China", "South Korea", MAGNETS, None, "exports", "quantity", None, 612.0, "tonnes", *OCT),
         ("China", "South Korea", MAGNETS, None, "exports", "growth", "mom", -3.1, "percent", *OCT),
         ("China", "Vietnam", MAGNETS, None, "exports", "growth", "mom", 12.4, "percent", *OCT)],
    ),
    "suppliers in million tonnes, rows with a colon, a trailing change or none": (
        "China's crude oil imports rise\n\nSINGAPORE, Oct 20 (Reuters) - China's crude oil imports rose 3.9% in "
        "September from a year earlier to 48.5 million metric tons.\n\nTop suppliers (mln T; y/y change):\n"
        "Russia 9.12 (+4.3%)\nIraq: 5.33, +11.0%\nMalaysia 5.10\n",
        date(2025, 10, 20),
        [("China", "Russia", "crude oil", None, "imports", "quantity", None, 9.12e6, "tonnes", *SEP),
         ("China", "Russia", "crude oil", None, "imports", "growth", "yoy", 4.3, "percent", *SEP),
         ("China", "Iraq", "crude oil", None, "imports", "quantity", None, 5.33e6, "tonnes", *SEP),
         ("China", "Iraq", "crude oil", None, "imports", "growth", "yoy", 11.0, "percent", *SEP),
         ("China", "Malaysia", "crude oil", None, "imports", "quantity", None, 5.1e6, "tonnes", *SEP)],
    ),
    "goods in dollars under a header of export goods": (
        "China's exports grow\n\nBEIJING, Nov 7 (Reuters) - China's exports rose 4.1% in October from a year "
        "earlier.\n\nMain export goods in October (US$ mln; y/y pct):\nIntegrated circuits 18,934 (+24.1%)\n"
        "Ships 4,862 (+12.9%)\n",
        date(2025, 11, 7),
        [("China", None, "integrated circuits", None, "exports", "value", None, 18934e6, "USD", *OCT),
         ("China", None, "integrated circuits", None, "exports", "growth", "yoy", 24.1, "percent", *OCT),
         ("China", None, "ships", None, "exports", "value", None, 4862e6, "USD", *OCT)],
    ),
    "a header with no colon, a column of changes, short labels, and the goods the header names": (
        "China's graphite anode exports ease\n\nBEIJING, Nov 20 (Reuters) - China's exports of graphite anodes fell "
        "4.0% in October from the month before.\n\nSeparately, exports of natural graphite rose 2.2% to 11,300 "
        "tons.\n\nTop buyers of China's graphite anodes, October 2025 (tonnes; pct change m/m)\nS.Korea 3,410 -2.5\n"
        "Poland 1,260 7.1\n",
        date(2025, 11, 20),
        [("China", "South Korea", "graphite anodes", None, "exports", "quantity", None, 3410.0, "tonnes", *OCT),
         ("China", "South Korea", "graphite anodes", None, "exports", "growth", "mom", -2.5, "percent", *OCT),
         ("China", "Poland", "graphite anodes", None, "exports", "quantity", None, 1260.0, "tonnes", *OCT),
         ("China", "Poland", "graphite anodes", None, "exports", "growth", "mom", 7.1, "percent", *OCT)],
    ),
    "a header whose unit and change are parted by a comma, and whose title names the flow": (
        "India's exports\n\nNEW DELHI, Nov 17 - India's merchandise exports rose 3.4% in October.\n\n"
        "Key export sectors in October ($ billion, y-o-y change)\nEngineering goods: 9.37 (+1.8%)\n"
        "Rice: 1.02 (+12.5%)\n",
        date(2025, 11, 17),
        [("India", None, "engineering goods", None, "exports", "value", None, 9.37e9, "USD", *OCT),
         ("India", None, "engineering goods", None, "exports", "growth", "yoy", 1.8, "percent", *OCT),
         ("India", None, "rice", None, "exports", "growth", "yoy", 12.5, "percent", *OCT)],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_header_list(name: str) -> None:
    assert_yields(*CASES[name])


def test_prose_after_the_list_ends_it() -> None:
    """A sentence after the rows is read as prose again: its figure is no row of the list."""
    text = CASES["suppliers in million tonnes, rows with a colon, a trailing change or none"][0] + (
        "\nImports of natural gas fell 5% to 10.2 million tons.")  # fmt: skip
    found = facts_of(text, date(2025, 10, 20))
    assert ("China", None, "natural gas", None, "imports", "quantity", None, 10.2e6, "tonnes", *SEP) in found
    assert not any(row[7] == 10.2e12 for row in found)


def test_a_header_with_no_unit_makes_no_list() -> None:
    """"Leading markets (change from September; share):" declares no unit: its rows are not read as levels."""
    text = ("China's magnet exports\n\nBEIJING, Nov 20 (Reuters) - China's exports of rare earth permanent magnets "
            "rose 9.2% in October.\n\nLeading markets (change from September; share):\nGermany 5 (19)\n")  # fmt: skip
    assert not any(row[1] == "Germany" and row[5] == "quantity" for row in facts_of(text, date(2025, 11, 20)))
