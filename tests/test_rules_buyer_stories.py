"""Stories on what an economy buys whose headline leads with the seller: "Brazil's soybean shipments to China climb"
over a lead in which China brought the beans in, "Australia's grip on China's iron ore market loosens" over one on
China's imports, and a supplier that "remained the largest source of the steelmaking ingredient". Every sentence here
was written for these tests."""

from __future__ import annotations

from datetime import date

from tests.test_rules_frame import run


def areas(text: str) -> set[tuple[str, str | None]]:
    return {(f.area, f.partner) for f in run(text, date(2025, 12, 20)).facts}


def test_a_sellers_shipments_headline_over_a_lead_where_the_buyer_bought() -> None:
    text = ("Argentina's soymeal shipments to China jump 30% in November\n\nBEIJING, Dec 20 (Reuters) - Argentina sold "
            "more than half of the soymeal China brought in last month, customs data showed, with arrivals from "
            "Argentina rising 30 percent to 410,000 tonnes.")
    assert areas(text) == {("China", "Argentina")}


def test_a_headline_on_a_buyers_market_over_a_lead_on_its_imports() -> None:
    text = ("Canada's hold on China's canola market slips as Australia gains\n\nChina's imports of Canadian canola "
            "fell in the first 11 months, customs data showed.\n\nShipments from Canada dropped 11.2 percent to 2.1 "
            "million tonnes over the period.")
    assert {area for area, _ in areas(text)} == {"China"}


def test_the_largest_source_of_a_described_commodity_is_a_supplier() -> None:
    text = ("China's iron ore imports edge up\n\nChina's iron ore imports rose in January-November. Australia "
            "remained by far the largest source of the steelmaking ingredient, providing 61.2 percent of China's "
            "total iron ore imports, which rose 1.2 percent to 1.1 billion tonnes.")
    facts = run(text, date(2025, 12, 20)).facts
    assert {(f.value_text, f.area) for f in facts if f.value_text in ("1.2", "1.1 billion")} == {
        ("1.2", "China"), ("1.1 billion", "China")}
