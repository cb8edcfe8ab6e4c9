"""Figures that open their sentence before the goods they are of ("At $17.26 billion, overseas chip sales were the
highest on record"; "At 1.25 trillion yuan, up 5.8 per cent, trade in machinery and electrical products ... made
up"), a pronoun that is no goods ("..., and they made up 28.3 percent"), and numbers that are no trade figure: a
per-working-day average written with hyphens, a share of the firms a survey asked ("32% of those with 10 or more
employees"), and a fraction that is no rank ("almost a third of exporters"); a forecast with a figure of its own
after a reported one covers only its own ("a surplus of $964.8 billion that puts China on track to exceed $1
trillion"); a flow that "made up" a sum of money states its level ("Exports made up 6.52 trillion yuan of the
quarterly total"), a part of the whole before it ("of that", "of that total"); goods that "made up" a sum are left
unread. "At a record $173.4 billion, chip exports ..."; "sales to the bloc of pure electric cars"; "Trade in them",
"..., while their export value surged": the goods just named; "sold ... of services abroad and bought $17.38
billion": the services again ("bought" is no goods).

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

NOV = ("2025-11", "2025-11")
YEAR = ("2025-01", "2025-12")

KOREA = (
    "Korean exports climb\n\nSEJONG, Dec. 1 (Yonhap) -- South Korea's exports rose 8.4 percent in November from a "
    "year earlier to $61.04 billion.\n\nOn a per-working-day basis, the ministry said, exports came to $2.71 billion, "
    "a gain of 13.3 percent.\n\nChips again did the heavy lifting. At $17.26 billion, overseas chip sales were the "
    "highest for any month on record, after a 38.6 percent jump, and they made up 28.3 percent of all outbound "
    "shipments.\n\nIn a trade ministry survey, almost a third of exporters - 32% of those with 10 or more employees "
    "- said tariffs had hurt them."
)

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "'At $17.26 billion, overseas chip sales were ...; and they made up 28.3 percent': chips, all three": (
        KOREA,
        date(2025, 12, 1),
        [("South Korea", None, "chips", None, "exports", "value", None, 17.26e9, "USD", *NOV),
         ("South Korea", None, "chips", None, "exports", "growth", "yoy", 38.6, "percent", *NOV),
         ("South Korea", None, "chips", None, "exports", "share", None, 28.3, "percent", *NOV)],
    ),
    "'At 1.25 trillion yuan, up 5.8 per cent, trade in machinery and electrical products ...': the whole phrase": (
        "China-Germany trade\n\nBEIJING, Feb. 25 (Xinhua) -- China's trade with Germany grew in 2025. At 1.25 "
        "trillion yuan, up 5.8 per cent, trade in machinery and electrical products between the two made up more "
        "than 70 per cent of the total.",
        date(2026, 2, 25),
        [("China", "Germany", "machinery and electrical products", None, "total", "value", None, 1.25e12, "CNY",
          *YEAR),
         ("China", "Germany", "machinery and electrical products", None, "total", "growth", "yoy", 5.8, "percent",
          *YEAR)],
    ),
    "'a surplus of $964.8 billion that puts China on track to exceed $1 trillion': the forecast is the trillion's": (
        "China's exports\n\nBEIJING, Nov 7 (Reuters) - In January-October, exports were 5.3% higher than a year "
        "earlier and imports 0.8% lower, leaving a surplus of $964.8 billion that puts China on track to exceed $1 "
        "trillion for a whole year for the first time.",
        date(2025, 11, 7),
        [("China", None, None, None, "balance", "value", None, 964.8e9, "USD", "2025-01", "2025-10")],
    ),
    "'Exports made up 6.52 trillion yuan of the quarterly total': the level of exports, not a rise": (
        "China's foreign trade\n\nBEIJING, April 14 (Xinhua) -- China's foreign trade grew in the first quarter of "
        "2026. Exports made up 6.52 trillion yuan of the quarterly total, 6.4 percent more than a year earlier.",
        date(2026, 4, 14),
        [("China", None, None, None, "exports", "value", None, 6.52e12, "CNY", "2026-01", "2026-03")],
    ),
    "'Of that sum, exports from China to the bloc made up 3.76 trillion yuan': the bloc's": (
        "China-ASEAN trade\n\nBEIJING, Nov 8 (Xinhua) -- China's trade with ASEAN reached 6.2 trillion yuan in the "
        "first ten months of 2025. Of that sum, exports from China to the bloc made up 3.76 trillion yuan, an increase "
        "of 14.1 percent.",
        date(2025, 11, 8),
        [("China", "ASEAN", None, None, "exports", "value", None, 3.76e12, "CNY", "2025-01", "2025-10")],
    ),
    "'cross-border e-commerce ... Exports made up 2.15 trillion yuan of that': the segment's exports": (
        "China's digital trade\n\nBEIJING, Jan 20 (Xinhua) -- Customs figures show cross-border e-commerce imports "
        "and exports grew 10.8 percent in 2025 to 2.63 trillion yuan. Exports made up 2.15 trillion yuan of that, an "
        "increase of 16.9 percent.",
        date(2026, 1, 20),
        [("China", None, None, "cross-border e-commerce", "exports", "value", None, 2.15e12, "CNY", *YEAR)],
    ),
    "'faster than the 9.1-percent growth logged in the first three quarters. Exports made up ... of that total': "
    "the ten months, not the base's three quarters; 'of that figure' names no goods": (
        "Yunnan's foreign trade\n\nKUNMING, Nov 20 (Xinhua) -- From January to October, Yunnan's total imports and "
        "exports reached 231.47 billion yuan, up 9.6 percent and faster than the 9.1-percent growth logged in the "
        "first three quarters. Exports made up 129.83 billion yuan of that figure after a 14.2 percent rise.",
        date(2025, 11, 20),
        [("Yunnan", None, None, None, "exports", "value", None, 129.83e9, "CNY", "2025-01", "2025-10"),
         ("Yunnan", None, None, None, "exports", "growth", "yoy", 14.2, "percent", "2025-01", "2025-10")],
    ),
    "'At a record $173.4 billion, chip exports were up 22.2 percent': chips": (
        "Korean exports\n\nSEJONG, Jan 1 (Yonhap) -- South Korea's exports hit a record in 2025. At a record $173.4 "
        "billion, chip exports were up 22.2 percent.",
        date(2026, 1, 1),
        [("South Korea", None, "chips", None, "exports", "value", None, 173.4e9, "USD", *YEAR)],
    ),
    "'China's sales to the bloc of pure electric cars dropped': the goods after the partner": (
        "China-EU trade\n\nBEIJING, Jan 20 (Xinhua) -- China's trade with the EU grew in 2025. China's sales to the "
        "bloc of pure electric cars dropped 9.7 per cent to US$9.2 billion.",
        date(2026, 1, 20),
        [("China", "European Union", "pure electric cars", None, "exports", "value", None, 9.2e9, "USD", *YEAR)],
    ),
    "'Intermediate goods made up ... Trade in them grew 2.5 percent': the goods just named": (
        "China's trade in intermediate goods\n\nBEIJING, Jan 20 (Xinhua) -- Intermediate goods made up 56.2 percent "
        "of China's foreign trade in 2025. Trade in them grew 2.5 percent to 12.24 trillion yuan.",
        date(2026, 1, 20),
        [("China", None, "intermediate goods", None, "total", "growth", "yoy", 2.5, "percent", *YEAR),
         ("China", None, "intermediate goods", None, "total", "value", None, 12.24e12, "CNY", *YEAR)],
    ),
    "'exported 954,000 automobiles ..., while their export value surged 34.5 percent': the automobiles'": (
        "Anhui's foreign trade\n\nHEFEI, Jan 20 (Xinhua) -- Anhui's foreign trade rose in 2025.\n\nAutomobiles "
        "were the year's stars. Anhui exported "
        "954,000 automobiles in 2025, ranking first in the country by volume and up 30.8 percent, while their export "
        "value surged 34.5 percent to 96.14 billion yuan.",
        date(2026, 1, 20),
        [("Anhui", None, "automobiles", None, "exports", "value", None, 96.14e9, "CNY", *YEAR),
         ("Anhui", None, "automobiles", None, "exports", "growth", "yoy", 34.5, "percent", *YEAR)],
    ),
    "'India sold $35.50 billion of services abroad in December and bought $17.38 billion': services, both": (
        "India's services trade\n\nNEW DELHI, Jan 15 (PTI) -- India's services exports grew in December. By the "
        "ministry's reckoning, India sold $35.50 billion of services abroad in December and bought $17.38 billion.",
        date(2026, 1, 15),
        [("India", None, "services", None, "exports", "value", None, 35.5e9, "USD", "2025-12", "2025-12"),
         ("India", None, "services", None, "imports", "value", None, 17.38e9, "USD", "2025-12", "2025-12")],
    ),
    "'with services exports of £138.5bn against imports of £84.5bn' after a goods deficit excluding precious "
    "metals: the services' imports ('against' is no goods)": (
        "UK trade\n\nLONDON, Nov 13 (Reuters) - Britain's trade deficit widened in the third quarter. Over the "
        "quarter the goods deficit excluding precious metals reached £59.6bn, as imports of £153.4bn outweighed "
        "exports of £93.8bn. Services ran a slightly larger surplus of £54.0bn, with services exports of £138.5bn "
        "against imports of £84.5bn.",
        date(2025, 11, 13),
        [("United Kingdom", None, "services", None, "imports", "value", None, 84.5e9, "GBP", "2025-07", "2025-09")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_openings(name: str) -> None:
    assert_yields(*CASES[name])


def test_no_pronoun_is_goods() -> None:
    assert not [row for row in facts_of(KOREA, date(2025, 12, 1)) if row[2] in ("they", "them")]


@pytest.mark.parametrize(
    ("value", "what"),
    [(2.71e9, "a per-working-day average"), (13.3, "the growth of that average"),
     (32.0, "a share of the firms surveyed"), (3.0, "'a third of exporters', a fraction")],
)
def test_no_trade_figure(value: float, what: str) -> None:
    found = facts_of(KOREA, date(2025, 12, 1))
    assert not [row for row in found if row[7] == value], what
