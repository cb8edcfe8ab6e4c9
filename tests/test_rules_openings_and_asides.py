"""Figures that open their sentence before the goods they are of ("At $17.26 billion, overseas chip sales were the
highest on record"; "At 1.25 trillion yuan, up 5.8 per cent, trade in machinery and electrical products ... made
up"), a pronoun that is no goods ("..., and they made up 28.3 percent"), and numbers that are no trade figure: a
per-working-day average written with hyphens, a share of the firms a survey asked ("32% of those with 10 or more
employees"), and a fraction that is no rank ("almost a third of exporters"); a forecast with a figure of its own
after a reported one covers only its own ("a surplus of $964.8 billion that puts China on track to exceed $1
trillion").

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
