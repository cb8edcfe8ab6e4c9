"""Goods named as a clause's subject in the forms customs prose uses: 'worth' after the goods, an opening
('Broken down by goods,', 'As for'), a report verb ('figures showed that ...'), and a trader's own verb, which
names no goods ('Germany sold goods worth ...'); services as the subject of a balance ('Services, spanning ...,
produced a surplus', 'and services a surplus of ...', 'On the services side, the surplus'); goods an apposition
describes by their economy (', Taiwan's mainstay export item,'), goods a relative clause gives figures ('steel and plastics,
whose shipments fell A and B, respectively'), and 'In October, they had posted ...' after goods.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "'They represented' a share after a sentence on goods: the share is the goods'": (
        "SEOUL, April 1 (Yonhap) -- South Korea's exports rose 8 percent in March 2026. Semiconductor exports "
        "climbed 20 percent to 12 billion dollars. They represented 21.5 percent of all outbound shipments.",
        date(2026, 4, 1),
        [("South Korea", None, None, None, "exports", "growth", "yoy", 8.0, "percent", "2026-03", "2026-03"),
         ("South Korea", None, "semiconductor", None, "exports", "growth", "yoy", 20.0, "percent", "2026-03",
          "2026-03"),
         ("South Korea", None, "semiconductor", None, "exports", "value", None, 12e9, "USD", "2026-03", "2026-03"),
         ("South Korea", None, "semiconductor", None, "exports", "share", None, 21.5, "percent", "2026-03",
          "2026-03")],
    ),
    "goods 'worth' a figure 'were exported'": (
        "Hubei's trade\n\nWUHAN, Aug. 19 (Xinhua) -- Hubei's exports rose in the first seven months of 2025. "
        "Mechanical and electrical products worth 163.4 billion yuan were exported, up 12.6 percent.",
        date(2025, 8, 19),
        [("Hubei", None, "mechanical and electrical products", None, "exports", "value", None, 163.4e9, "CNY",
          "2025-01", "2025-07"),
         ("Hubei", None, "mechanical and electrical products", None, "exports", "growth", "yoy", 12.6, "percent",
          "2025-01", "2025-07")],
    ),
    "goods after 'Broken down by goods,' that 'accounted for' a share": (
        "Shaanxi's exports\n\nXI'AN, Oct. 21 (Xinhua) -- Shaanxi's exports reached 128.5 billion yuan in the first "
        "three quarters of 2025. Broken down by goods, integrated circuits accounted for 38.2 percent of the total.",
        date(2025, 10, 21),
        [("Shaanxi", None, None, None, "exports", "value", None, 128.5e9, "CNY", "2025-01", "2025-09"),
         ("Shaanxi", None, "integrated circuits", None, "exports", "share", None, 38.2, "percent", "2025-01",
          "2025-09")],
    ),
    "goods after 'data showed that' that 'made up' a share": (
        "Sichuan's exports\n\nCHENGDU, July 22 (Xinhua) -- Sichuan's exports grew 4.4 percent in the first half of "
        "2025. Customs data showed that laptop computers made up 31.6 percent of its exports.",
        date(2025, 7, 22),
        [("Sichuan", None, None, None, "exports", "growth", "yoy", 4.4, "percent", "2025-01", "2025-06"),
         ("Sichuan", None, "laptop computers", None, "exports", "share", None, 31.6, "percent", "2025-01",
          "2025-06")],
    ),
    "goods with their figure as an aside ', worth ...,' before the verb": (
        "Anhui's exports\n\nHEFEI, Sept. 18 (Xinhua) -- In the first eight months of 2025, Anhui's exports of "
        "cars rose. Auto parts, worth 21.5 billion yuan, rose 6.9 percent.",
        date(2025, 9, 18),
        [("Anhui", None, "auto parts", None, "exports", "value", None, 21.5e9, "CNY", "2025-01", "2025-08"),
         ("Anhui", None, "auto parts", None, "exports", "growth", "yoy", 6.9, "percent", "2025-01", "2025-08")],
    ),
    "a list of goods after 'Within this category,' whose 'export increases' 'respectively' are theirs": (
        "China's trade\n\nBEIJING, Aug. 7 (Xinhua) -- China's exports of mechanical and electrical products grew in "
        "the first seven months of 2026. Within this category, ships and household appliances posted export "
        "increases of 18.2 percent and 6.5 percent, respectively, the administration said.",
        date(2026, 8, 7),
        [("China", None, "ships", None, "exports", "growth", "yoy", 18.2, "percent", "2026-01", "2026-07"),
         ("China", None, "household appliances", None, "exports", "growth", "yoy", 6.5, "percent", "2026-01",
          "2026-07")],
    ),
    "goods a figureless sentence names ('consisted of', 'headed the list') are those of 'such exports' and of "
    "'shipments of these goods' after it": (
        "Guangxi's exports\n\nNANNING, Jan. 16 (Xinhua) -- Guangxi's exports rose 9.1 percent in 2025. Most of what "
        "the region sold abroad consisted of labour-intensive products. Such exports rose 12.4 percent to 301.5 "
        "billion yuan.\n\nHousehold appliances headed the list of other goods. Shipments of these goods abroad "
        "increased 8.8 percent to 96.1 billion yuan.",
        date(2026, 1, 16),
        [("Guangxi", None, "labour-intensive products", None, "exports", "value", None, 301.5e9, "CNY", "2025-01",
          "2025-12"),
         ("Guangxi", None, "household appliances", None, "exports", "value", None, 96.1e9, "CNY", "2025-01",
          "2025-12")],
    ),
    "an apposition on the goods (', Taiwan's mainstay export item,') names their economy, not a new subject": (
        "Taiwan's exports\n\nTAIPEI, Nov. 7 - Taiwan's exports rose 49.7 percent in October 2025. Electronic "
        "components, Taiwan's mainstay export item, led the gains, with outbound sales jumping 31.2 percent on-year.",
        date(2025, 11, 7),
        [("Taiwan", None, "electronic components", None, "exports", "growth", "yoy", 31.2, "percent", "2025-10",
          "2025-10")],
    ),
    "goods whose shipments a relative clause gives, distributed by 'respectively'": (
        "Japan's exports\n\nTOKYO, Nov. 19 - Japan's exports rose 3.6 percent in October 2025. Weak demand in China "
        "weighed on steel and plastics, whose shipments fell 8.4 percent and 5.2 percent, respectively.",
        date(2025, 11, 19),
        [("Japan", None, "steel", None, "exports", "growth", "yoy", -8.4, "percent", "2025-10", "2025-10"),
         ("Japan", None, "plastics", None, "exports", "growth", "yoy", -5.2, "percent", "2025-10", "2025-10")],
    ),
    "'they' after an opening time phrase are the goods just named, with a verb the figure is the object of": (
        "Korea's exports\n\nSEOUL, Dec. 1 (Yonhap) -- South Korea's exports grew in November 2025. Ship exports "
        "jumped 24.5 percent. In October, they had posted a 12.3 percent fall.",
        date(2025, 12, 1),
        [("South Korea", None, "ships", None, "exports", "growth", "yoy", -12.3, "percent", "2025-10", "2025-10")],
    ),
    "a trader that 'sold goods worth' a figure names no goods": (
        "Germany's trade with China\n\nBERLIN - Germany sold goods worth 7.8 billion euros to China in June 2025, "
        "down 4.2 percent on a year earlier.",
        date(2025, 8, 7),
        [("Germany", "China", None, None, "exports", "value", None, 7.8e9, "EUR", "2025-06", "2025-06"),
         ("Germany", "China", None, None, "exports", "growth", "yoy", -4.2, "percent", "2025-06", "2025-06")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_goods_subjects(name: str) -> None:
    assert_yields(*CASES[name])


@pytest.mark.parametrize(
    "sentence",
    ["Services, spanning software licensing, travel and finance, produced a smaller surplus of $24.9 billion.",
     "Services such as tourism, banking and education produced a $24.9 billion surplus.",
     "The surplus the country runs in services such as tourism slipped to $24.9 billion.",
     "On the services side, the surplus grew to $24.9 billion.",
     "Goods showed a deficit of $61.2 billion and services a surplus of $24.9 billion.",
     "The goods deficit alone came to $61.2 billion, whereas services produced a $24.9 billion surplus.",
     "Goods ran a $61.2 billion deficit, but services posted a $24.9 billion surplus."],
)  # fmt: skip
def test_services_as_the_subject_of_a_balance(sentence: str) -> None:
    text = f"US trade\n\nWASHINGTON, Oct 7 - The U.S. trade deficit narrowed in August 2025. {sentence}"
    found = {(row[2], row[4], row[7]) for row in facts_of(text, date(2025, 10, 7))}
    assert ("services", "balance", 24.9e9) in found


def test_spending_on_imported_goods_is_the_goods_imports() -> None:
    text = ("US trade\n\nWASHINGTON, Oct 7 - The U.S. trade deficit narrowed in August 2025. Spending on imported "
            "industrial supplies dropped 3.1% to $52.4 billion.")
    found = {(r[2], r[4], r[7]) for r in facts_of(text, date(2025, 10, 7))}
    assert ("industrial supplies", "imports", 52.4e9) in found


def test_goods_named_in_a_cause_after_the_figure_leave_the_combined_frame() -> None:
    text = ("UK trade\n\nLONDON -- Britain's total trade deficit, goods and services together, widened in the three "
            "months to August 2026. Over the 12 months to August, the total trade deficit came to £31.8bn, as "
            "exports of services grew faster than imports of goods.")
    found = {(row[2], row[4], row[7]) for row in facts_of(text, date(2026, 10, 15))}
    assert ("goods and services", "balance", -31.8e9) in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Services cushioned the fall, contributing a 55.2 billion-pound surplus, while goods ran a shortfall of 63.9 "
      "billion pounds over the quarter.", {("services", 55.2e9), (None, -63.9e9)}),
     ("The surplus the country earns on services such as finance edged down to 27.5 billion pounds.",
      {("services", 27.5e9)})],
)  # fmt: skip
def test_services_and_goods_as_subjects_under_a_combined_lead(sentence: str, expected: set) -> None:
    text = ("UK trade\n\nLONDON -- Britain's total trade deficit, goods and services together, widened in the three "
            f"months to September 2026. {sentence}")
    found = {(row[2], row[7]) for row in facts_of(text, date(2026, 11, 13))}
    assert expected <= found


@pytest.mark.parametrize(
    "sentence",
    ["Chip exports rose 12.6 percent to $19.40 billion, of which memory chips made up $13.05 billion.",
     "Chip exports rose 12.6 percent to $19.40 billion. Memory chips made up $13.05 billion of that amount."],
)  # fmt: skip
def test_goods_that_made_up_an_amount_of_a_larger_figure_are_a_part_not_a_change(sentence: str) -> None:
    text = f"Korea exports\n\nSEOUL, Dec. 1 (Yonhap) -- South Korea's exports rose 6.1 percent in November 2026. {sentence}"
    found = {(row[2], row[5], row[7]) for row in facts_of(text, date(2026, 12, 1))}
    assert ("memory chips", "value", 13.05e9) in found and ("chips", "value", 19.40e9) in found


def test_the_goods_of_a_part_in_an_of_which_aside_are_the_part_s_alone() -> None:
    text = ("Korea exports\n\nSEOUL, Dec. 1 (Yonhap) -- South Korea's exports rose 6.1 percent in November 2026. Chip "
            "exports, of which memory products made up $13.05 billion, accounted for 29.4 percent of the total. Exports "
            "of machinery came to $5.2 billion, of which construction gear accounted for $1.1 billion.")
    found = {(row[2], row[5], row[7]) for row in facts_of(text, date(2026, 12, 1))}
    assert {("memory products", "value", 13.05e9), ("chips", "share", 29.4), ("machinery", "value", 5.2e9),
            ("construction gear", "value", 1.1e9)} <= found


@pytest.mark.parametrize(
    ("sentence", "goods", "flow"),
    [("Arrivals of copper ore, largely from Chile, rose 4.2% to 2.31 million tonnes, while aluminium exports slipped "
      "3.6% to 512,000 tonnes.", "aluminium", "exports"),
     ("Outbound steel shipments fell 6.1% to 8.84 million tonnes as mills cut output; iron ore imports climbed 2.7% "
      "to 104.2 million tonnes.", "iron ore", "imports")],
)  # fmt: skip
def test_goods_named_before_their_own_flow_word_keep_it_after_another_flow_s_clause(
    sentence: str, goods: str, flow: str
) -> None:
    text = f"China commodities\n\nBEIJING, Nov. 7 -- China's trade grew in October 2026. {sentence}"
    found = {(row[2], row[4], row[5]) for row in facts_of(text, date(2026, 11, 7))}
    assert {(goods, flow, "growth"), (goods, flow, "quantity")} <= found
