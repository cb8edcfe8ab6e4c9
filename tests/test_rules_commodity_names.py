"""How commodity stories name their goods a second time: by an epithet ("the steelmaking raw material" for iron
ore), by "those cargoes" (the goods just named), and after a period word ("Year-to-date coal purchases"); and goods
named before their figure with examples ("Labour-intensive products such as ... saw exports of") or in the passive of
customs prose ("metal ores and ore sands were imported at"), or before the customs office that declared them ("Crude
oil imports declared at Ningbo customs totaled": the office names no subject of its own). A headline on the goods'
traders ("Chinese Steel Exporters Head for Record Year") names the story's goods for figures that name none, and a
section heading on one kind of goods ("COAL AT RECORD IN DECEMBER") those of the paragraphs under it, till a heading
that names none.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

NOV = ("2025-11", "2025-11")
JAN_NOV = ("2025-01", "2025-11")
PUBLISHED = date(2025, 12, 8)

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "'the steelmaking raw material' is the iron ore the story names": (
        "China's iron ore buying stays firm\n\nBEIJING, Dec 8 (Reuters) - China took in 104.2 million tons of iron "
        "ore in November. That brought imports of the steelmaking raw material for January-November to 1.12 "
        "billion tons, up 0.9%.",
        PUBLISHED,
        [("China", None, "iron ore", None, "imports", "quantity", None, 1.12e9, "tonnes", *JAN_NOV),
         ("China", None, "iron ore", None, "imports", "growth", "yoy", 0.9, "percent", *JAN_NOV)],
    ),
    "'those cargoes' are the goods just named, under a heading that names two goods": (
        "China's commodity imports mixed\n\nBEIJING, Dec 8 (Reuters) - Crude oil imports rose 4.1% in November."
        "\n\nDealers put the buying down to refiners rebuilding stocks while Brent stayed in a narrow band; one "
        "analyst said December arrivals could stay above 11 million barrels a day.\n\nCOAL AND COPPER EASE\n\nCoal imports fell 12.4% from a year earlier to "
        "40.2 million tons in November, though they rose 4.2% from October. In value terms the bill for those "
        "cargoes was $3.3 billion, 30.1% less than a year before, with power-station coal prices far lower.",
        PUBLISHED,
        [("China", None, "coal", None, "imports", "value", None, 3.3e9, "USD", *NOV),
         ("China", None, "coal", None, "imports", "growth", "yoy", -30.1, "percent", *NOV)],
    ),
    "a period word before the goods ('Year-to-date coal purchases') is no part of their name": (
        "China's coal imports fall\n\nBEIJING, Dec 8 (Reuters) - Crude oil imports rose 4.1% in November. "
        "Year-to-date coal purchases shrank 10.2% to 420.5 million tons in January-November.",
        PUBLISHED,
        [("China", None, "coal", None, "imports", "growth", "yoy", -10.2, "percent", *JAN_NOV),
         ("China", None, "coal", None, "imports", "quantity", None, 420.5e6, "tonnes", *JAN_NOV)],
    ),
    "'Labour-intensive products such as toys, shoes and furniture saw exports of' and 'metal ores and ore sands were "
    "imported at': the goods named first": (
        "China's trade by product\n\nBEIJING, Dec 8 (Xinhua) -- China's foreign trade rose 3.6 percent in the first "
        "11 months. Labour-intensive products such as toys, shoes and furniture saw exports of 2.1 trillion yuan, "
        "down 2.4 percent. On the import side, metal ores and ore sands were imported at 1.32 trillion yuan, up 4.1 "
        "percent.",
        PUBLISHED,
        [("China", None, "labour-intensive products", None, "exports", "value", None, 2.1e12, "CNY", *JAN_NOV),
         ("China", None, "labour-intensive products", None, "exports", "growth", "yoy", -2.4, "percent", *JAN_NOV),
         ("China", None, "metal ores and ore sands", None, "imports", "value", None, 1.32e12, "CNY", *JAN_NOV),
         ("China", None, "metal ores and ore sands", None, "imports", "growth", "yoy", 4.1, "percent", *JAN_NOV)],
    ),
    "'Iron ore imports declared at Qingdao customs came to': the goods keep their figure past the office": (
        "Qingdao's port trade\n\nQINGDAO, Dec 8 (Xinhua) -- Qingdao's foreign trade rose 5.2 percent in the first "
        "11 months. Iron ore imports declared at Qingdao customs came to 96.3 million tonnes, worth 71.5 billion yuan.",
        PUBLISHED,
        [("Qingdao", None, "iron ore", None, "imports", "quantity", None, 96.3e6, "tonnes", *JAN_NOV),
         ("Qingdao", None, "iron ore", None, "imports", "value", None, 71.5e9, "CNY", *JAN_NOV)],
    ),
    "'Chinese Steel Exporters Head for Record Year': a paragraph's 'Exports to the region' are steel": (
        "Chinese Steel Exporters Head for Record Year\n\n(Bloomberg) -- China's steel exports grew again in November."
        "\n\nThe Gulf has taken up much of the slack. Exports to the Middle East rose 21.5% to 17.36 million tons in "
        "the January-November period.",
        date(2025, 12, 18),
        [("China", "Middle East", "steel", None, "exports", "growth", "yoy", 21.5, "percent", *JAN_NOV),
         ("China", "Middle East", "steel", None, "exports", "quantity", None, 17.36e6, "tonnes", *JAN_NOV)],
    ),
    "a section heading 'COAL AT RECORD IN DECEMBER' in an iron ore story: the paragraphs under it are on coal": (
        "China's iron ore imports hit a record in 2025\n\nBEIJING, Jan 14 (Reuters) - China's iron ore imports rose "
        "1.8% in 2025 to 1.26 billion tons.\n\nCOAL AT RECORD IN DECEMBER\n\nCoal imports reached a record 58.59 "
        "million tons in December.\n\nFor the full year, however, shipments fell 9.6% to 490.27 million tons.",
        date(2026, 1, 14),
        [("China", None, "coal", None, "imports", "growth", "yoy", -9.6, "percent", "2025-01", "2025-12"),
         ("China", None, "coal", None, "imports", "quantity", None, 490.27e6, "tonnes", "2025-01", "2025-12")],
    ),
    "a second heading that names no goods ('PARTNERS, YEAR TO DATE') ends the first one's ('COPPER BILL FALLS')": (
        "Chile's trade surplus grows\n\nSANTIAGO, Nov 7 (Reuters) - Chile's exports rose 4.1% in October 2026."
        "\n\nCOPPER BILL FALLS\n\nRefined copper imports fell 11.2% to $0.41 billion.\n\nPARTNERS, YEAR TO "
        "DATE\n\nShipments to the United States climbed 6.3% to $1.92 billion in October.",
        date(2026, 11, 7),
        [("Chile", None, "refined copper", None, "imports", "growth", "yoy", -11.2, "percent", "2026-10", "2026-10"),
         ("Chile", None, "refined copper", None, "imports", "value", None, 0.41e9, "USD", "2026-10", "2026-10"),
         ("Chile", "United States", None, None, "exports", "growth", "yoy", 6.3, "percent", "2026-10", "2026-10"),
         ("Chile", "United States", None, None, "exports", "value", None, 1.92e9, "USD", "2026-10", "2026-10")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_commodity_name(name: str) -> None:
    text, published, expected = CASES[name]
    assert_yields(text, published, expected)


@pytest.mark.parametrize(
    "sentence",
    ["Crude oil imports into the province came to 21.35 million tonnes over January-September, and their value fell "
     "9.7 percent to 97.2 billion yuan.",
     "Over January-September the province brought in about 21.35 million tonnes of crude oil valued at 97.2 billion "
     "yuan, a fall of 9.7 percent."],
)  # fmt: skip
def test_goods_keep_their_figures_past_a_destination_or_an_approximate_tonnage(sentence: str) -> None:
    # "into the province" is where the goods went, not a subject that ends their name; "about" before the tonnage
    # and "valued at" after the goods do not hide them
    text = ("Heilongjiang trade\n\nHARBIN, Oct 21 (Xinhua) -- Heilongjiang's foreign trade grew 2.6 percent in the "
            f"first three quarters of 2026. {sentence}")
    goods = {row[7]: row[2] for row in facts_of(text, date(2026, 10, 21))}
    assert (goods[21.35e6], goods[97.2e9], goods[-9.7]) == ("crude oil", "crude oil", "crude oil")


@pytest.mark.parametrize(
    "sentence",
    ["Mechanical and electrical goods dominated what the province sold abroad, with exports of 2.41 trillion yuan, or "
     "64.2 percent of all its exports.",
     "Mechanical and electrical products continued to anchor the province's export mix, with shipments worth 2.41 "
     "trillion yuan making up 64.2 percent of all exports.",
     "Mechanical and electrical products supplied 64.2 percent of all exports, with overseas sales of 2.41 trillion "
     "yuan."],
)  # fmt: skip
def test_goods_that_open_the_sentence_keep_its_figures_past_their_own_economy_named_back(sentence: str) -> None:
    # "the province" inside the goods' predicate is no new subject; "supplied 64.2 percent of" is no purchase
    text = ("Fujian trade\n\nFUZHOU, Oct 21 (Xinhua) -- Fujian's foreign trade grew 2.6 percent in the first three "
            f"quarters of 2026. {sentence}")
    goods = {row[7]: (row[2], row[4]) for row in facts_of(text, date(2026, 10, 21))}
    named = "mechanical and electrical goods" if "goods" in sentence else "mechanical and electrical products"
    assert goods[2.41e12] == goods[64.2] == (named, "exports")


def test_goods_after_a_contrast_that_closes_a_list_of_examples_are_goods_of_their_own() -> None:
    # "such as garments, footwear and furniture" lists examples; ", but high-tech products" names the next goods
    text = ("China trade\n\nBEIJING, Oct 13 (Xinhua) -- China's exports rose 4.1 percent in the first three quarters of "
            "2026. Among products, exports of labour-intensive goods such as toys, luggage and furniture eased 2.3 "
            "percent, but high-tech products rose to 4.12 trillion yuan, a 22.8 percent share of all exports.")
    goods = {row[7]: row[2] for row in facts_of(text, date(2026, 10, 13))}
    assert goods[-2.3] == "labour-intensive goods"
    assert goods[4.12e12] == goods[22.8] == "high-tech products"
