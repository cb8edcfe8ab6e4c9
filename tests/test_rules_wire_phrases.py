"""Wire-story phrases: "The July deficit was revised to $78.2 billion from $78.3 billion" states the revised figure
only (the estimate it replaced is no fact); "with chip-making equipment up 18.4 percent" names the goods of the rate
though no comma sets them off; "down 9.0% from 5,774 tons in September" is on the month before; "U.S. buyers
took" names the partner; a price with its converted amount in brackets is no figure.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

OCT_ = ("2025-10", "2025-10")
CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "'with chip-making equipment up 17.9 percent': the goods of the rate after 'with'": (
        "Japan trade\n\nTOKYO, Nov 20 (Kyodo) -- Japan's exports rose in October. Exports to China grew 2.1 percent, "
        "with chip-making equipment up 17.9 percent.",
        date(2025, 11, 20),
        [("Japan", "China", "chip-making equipment", None, "exports", "growth", "yoy", 17.9, "percent", "2025-10",
          "2025-10")],
    ),
    "'down 9.0% from 5,774 tons in September': the rate's base is the dated level it came from": (
        "China's tungsten exports\n\nBEIJING, Nov 20 (Reuters) - China shipped 1,610 metric tons of tungsten "
        "products last month, down 6.2% from 1,716 tons in September, customs data showed.",
        date(2025, 11, 20),
        [("China", None, "tungsten products", None, "exports", "growth", "mom", -6.2, "percent", *OCT_),
         ("China", None, "tungsten products", None, "exports", "quantity", None, 1716.0, "tonnes", "2025-09",
          "2025-09")],
    ),
    "'Japanese buyers took 880 tons': the buyers' country is the partner": (
        "China's antimony exports\n\nBEIJING, Nov 20 (Reuters) - China's antimony exports slid in October. Over "
        "the first 10 months of the year, Japanese buyers took 880 tons, down 41.5%.",
        date(2025, 11, 20),
        [("China", "Japan", "antimony", None, "exports", "quantity", None, 880.0, "tonnes", "2025-01", "2025-10"),
         ("China", "Japan", "antimony", None, "exports", "growth", "yoy", -41.5, "percent", "2025-01", "2025-10")],
    ),
    "'Energy imports, such as coal, gas and crude oil, dropped': the goods are those before the flow word": (
        "Korea trade\n\nSEOUL, Dec. 1 (Yonhap) -- South Korea's imports rose in November. Energy imports, such as "
        "coal, gas and crude oil, dropped 7.2 percent to $9.4 billion.",
        date(2025, 12, 1),
        [("South Korea", None, "energy", None, "imports", "growth", "yoy", -7.2, "percent", "2025-11", "2025-11")],
    ),
    "'5.2% fewer than a year earlier': a fall, on the year": (
        "China's coal imports\n\nBEIJING, Nov 20 (Reuters) - China bought 41.2 million tons of coal abroad in "
        "October, 5.2% fewer than a year earlier.",
        date(2025, 11, 20),
        [("China", None, "coal", None, "imports", "growth", "yoy", -5.2, "percent", *OCT_)],
    ),
    "'The customs data valued tractor exports at ...', '... tractors exceeding 100,000 units': goods, not verbs": (
        "China's tractor exports\n\nBEIJING, Jan 20 (Reuters) - Customs figures put the country's machinery exports "
        "up 8.0 percent last year, with exports of tractors exceeding 100,000 units for the first time. The customs "
        "data valued tractor exports at about $2.1 billion.",
        date(2025, 1, 20),
        [("China", None, "tractors", None, "exports", "quantity", None, 100000.0, "number", "2024-01", "2024-12"),
         ("China", None, "tractor", None, "exports", "value", None, 2.1e9, "USD", "2024-01", "2024-12")],
    ),
    "'Exports to China, which remained the largest source of German imports, eased': the aside's flow is not theirs": (
        "German exports\n\nBERLIN, July 8 (Reuters) - German exports fell in May. Exports to China, which remained the "
        "largest source of German imports, eased 1.7% on the month to 6.9 billion euros.",
        date(2025, 7, 8),
        [("Germany", "China", None, None, "exports", "growth", "mom", -1.7, "percent", "2025-05", "2025-05"),
         ("Germany", "China", None, None, "exports", "value", None, 6.9e9, "EUR", "2025-05", "2025-05")],
    ),
}


def test_a_price_with_a_converted_amount_in_brackets_is_no_figure() -> None:
    text = ("China's antimony exports\n\nBEIJING, Nov 20 (Reuters) - China's antimony exports fell 5.0% in October. "
            "Domestic antimony ingot prices stood at about 160,000 yuan ($22,500) per ton on Wednesday, up roughly "
            "30% since the start of the year.")  # fmt: skip
    assert sorted(row[7] for row in facts_of(text, date(2025, 11, 20))) == [-5.0]


@pytest.mark.parametrize("name", list(CASES))
def test_wire_phrases(name: str) -> None:
    assert_yields(*CASES[name])


def test_a_revision_states_the_revised_figure_only() -> None:
    text = ("US trade\n\nWASHINGTON, Oct 7 (Reuters) - The U.S. trade deficit narrowed in August. The July deficit "
            "was revised to $77.6 billion from $78.3 billion.")  # fmt: skip
    values = {row[7] for row in facts_of(text, date(2025, 10, 7)) if row[9] == "2025-07"}
    assert values == {-77.6e9}
