"""A story whose headline names no flow takes its flow and goods from the lead; a share "of foreign trade" is of
total trade whatever verb holds it; "the gap" after an auxiliary is still the balance; two ranks that share one
noun ("second- and third-largest"); a place named by its kind ("the port city of X") in a list of subjects; a
people ("the Dutch") as the partner; an "after ..." clause between two figures dates neither ("after the buying
of October faded, while ..."); "The gap was $X in the year-ago month" is of that month; "weighed down by weaker orders" is a cause, no
non-trade subject.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

NOV = ("2025-11", "2025-11")
TEN_MONTHS = ("2025-01", "2025-10")

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "a headline with no flow ('Passes Over US Sorghum') leaves the buying frame and the goods to the lead": (
        "China Passes Over US Sorghum as Australian Cargoes Step In\n\n(Wire) -- China bought no American "
        "sorghum in November, turning to Australia and Argentina instead.\n\nTotal arrivals came to 610,000 tons "
        "in November. Australia sent 402,000 tons, up 35.1% from a year earlier, while Argentina shipped "
        "150,000 tons.",
        date(2025, 12, 18),
        [("China", "Australia", "sorghum", None, "imports", "quantity", None, 402_000.0, "tonnes", *NOV),
         ("China", "Australia", "sorghum", None, "imports", "growth", "yoy", 35.1, "percent", *NOV),
         ("China", "Argentina", "sorghum", None, "imports", "quantity", None, 150_000.0, "tonnes", *NOV)],
    ),
    "a share 'of overall foreign trade' is of total trade, though its verb is 'took up'": (
        "China-Gulf trade grows\n\nBEIJING, Nov 8 - China's trade with the Gulf states grew 4.4 percent in the "
        "first ten months. The region took up 6.2 percent of China's overall foreign trade over the period.",
        date(2025, 11, 8),
        [("China", "Gulf Cooperation Council", None, None, "total", "share", None, 6.2, "percent", *TEN_MONTHS)],
    ),
    "'the gap had stood at' is the balance of the period the sentence opens with": (
        "India's deficit widens\n\nNEW DELHI, Dec 15 - India's merchandise trade deficit widened to $38.2 "
        "billion in November. A year earlier, the gap had stood at $21.9 billion.",
        date(2025, 12, 15),
        [("India", None, None, None, "balance", "value", None, -21.9e9, "USD", "2024-11", "2024-11")],
    ),
    "'second- and third-largest trading partners, respectively': two ranks sharing one noun, distributed": (
        "China's trade grows\n\nBEIJING, Nov 8 - China's foreign trade rose 3.6 percent in the first ten months. "
        "The EU and Japan were China's fourth- and fifth-largest trading partners, respectively.",
        date(2025, 11, 8),
        [("China", "European Union", None, None, "total", "rank", None, 4.0, "number", *TEN_MONTHS),
         ("China", "Japan", None, None, "total", "rank", None, 5.0, "number", *TEN_MONTHS)],
    ),
    "'the port city of Yantai' stays an item of the list of subjects 'respectively' distributes over": (
        "Shandong trade\n\nJINAN, Nov 20 - Shandong's foreign trade rose 4.0 percent in the first ten months. "
        "Qingdao and the port city of Yantai posted foreign trade of 700.2 billion yuan and 312.4 billion yuan, "
        "up 5.2 percent and 3.1 percent, respectively.",
        date(2025, 11, 20),
        [("Qingdao", None, None, None, "total", "value", None, 700.2e9, "CNY", *TEN_MONTHS),
         ("Yantai", None, None, None, "total", "value", None, 312.4e9, "CNY", *TEN_MONTHS),
         ("Yantai", None, None, None, "total", "growth", "yoy", 3.1, "percent", *TEN_MONTHS)],
    ),
    "'imports from the Dutch': a people after 'the' is its country, the partner": (
        "China-EU trade\n\nBEIJING, Nov 8 - China's imports from the EU fell 4.2 percent in the first ten months. "
        "Purchases from the French dropped 9.9 percent, while exports to the Swiss rose 3.3 percent.",
        date(2025, 11, 8),
        [("China", "France", None, None, "imports", "growth", "yoy", -9.9, "percent", *TEN_MONTHS),
         ("China", "Switzerland", None, None, "exports", "growth", "yoy", 3.3, "percent", *TEN_MONTHS)],
    ),
    "an 'after ...' clause closed before the next figure's clause dates neither figure": (
        "India's deficit narrows\n\nNEW DELHI, Dec 15 - India's imports fell 1.9% in November. Gold imports "
        "plunged 59.2% to $4.0 billion after the festive buying of October faded, while crude oil imports "
        "contracted 11.3% to $14.1 billion.",
        date(2025, 12, 15),
        [("India", None, "gold", None, "imports", "value", None, 4.0e9, "USD", "2025-11", "2025-11"),
         ("India", None, "crude oil", None, "imports", "value", None, 14.1e9, "USD", "2025-11", "2025-11")],
    ),
    "'The deficit was $31.9 billion in the year-ago month' is that month's figure, not a comparison": (
        "India's deficit narrows\n\nNEW DELHI, Dec 15 - India's merchandise trade deficit shrank to $24.5 billion "
        "in November. The deficit was $31.9 billion in the year-ago month.",
        date(2025, 12, 15),
        [("India", None, None, None, "balance", "value", None, -31.9e9, "USD", "2024-11", "2024-11")],
    ),
    "'..., down 2.1 percent, weighed down by weaker orders': the orders explain the figure, which stays": (
        "Ningbo trade\n\nNINGBO, Jan 20 - Ningbo's foreign trade rose 5.0 percent in 2025. Beilun posted 151.6 "
        "billion yuan, while Cixi recorded 83.5 billion yuan, down 2.1 percent, weighed down by weaker orders for "
        "household appliances.",
        date(2026, 1, 20),
        [("Cixi", None, None, None, "total", "growth", "yoy", -2.1, "percent", "2025-01", "2025-12")],
    ),
    "a headline naming imports and a supplier's shipments ('Mongolian shipments') is a story on what China buys": (
        "China's iron ore imports from Australia dip; Brazilian shipments hold firm\n\nBEIJING, Nov 20 (Reuters) - "
        "China's iron ore imports fell 2.1% in October 2025. Australian arrivals dropped 4.6% to 61.5 million tons.",
        date(2025, 11, 20),
        [("China", "Australia", "iron ore", None, "imports", "growth", "yoy", -4.6, "percent", "2025-10", "2025-10"),
         ("China", "Australia", "iron ore", None, "imports", "quantity", None, 61.5e6, "tonnes", "2025-10", "2025-10")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_lead_frame(name: str) -> None:
    assert_yields(*CASES[name])


def test_a_lead_that_opens_on_a_cause_naming_a_partner_keeps_its_own_subject_without_a_headline() -> None:
    # no headline line: the lead is the first paragraph; the United States is in the opening cause, India owns the gap
    text = ("Helped by phones and a modest rise in sales to the United States, India's deficit in merchandise trade "
            "narrowed in May to $21.6 billion, from $23.9 billion in April, commerce ministry data released on Monday "
            "showed.\n\nIn May, merchandise exports were up 2.4 per cent year-on-year at $39.1 billion.")
    found = facts_of(text, date(2026, 6, 15))
    assert {(row[0], row[1], row[4], row[7]) for row in found} == {
        ("India", None, "balance", -21.6e9), ("India", None, "balance", -23.9e9), ("India", None, "exports", 2.4),
        ("India", None, "exports", 39.1e9)}
