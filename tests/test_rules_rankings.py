"""Rankings of partners: who ranks where, lists of partners and the figures they take ("respectively",
"followed by"). Rows as in test_rules_constructions. Sentences written for these tests; none is copied
from an article."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import tradefacts as tf
from tests.test_rules_constructions import Row, assert_yields, facts_of

ROOT = Path(__file__).resolve().parents[1]

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "'Canada, the second-largest U.S. trading partner' ranks total trade, in a sentence on the deficit": (
        "WASHINGTON (Reuters) - The U.S. trade deficit widened in October 2026. The deficit with Canada, the "
        "second-largest U.S. trading partner in October, grew to $6.1 billion.",
        date(2026, 12, 4),
        [("United States", "Canada", None, None, "total", "rank", None, 2.0, "number", "2026-10", "2026-10")],
    ),
    "'X once more ranked as the biggest source of' the goods: X is the story economy's supplier": (
        "China's copper concentrate imports climb\n\nBEIJING, Dec 18 - China's imports of copper ore and "
        "concentrate rose 13.6% in November 2025. Peru once more ranked as the biggest source of concentrate.",
        date(2025, 12, 18),
        [("China", "Peru", "copper ore and concentrate", None, "imports", "rank", None, 1.0, "number", "2025-11",
          "2025-11")],
    ),
    "'which ranks second among America's trading partners' ranks total trade, in a sentence on the deficit": (
        "WASHINGTON (Reuters) - The U.S. trade deficit narrowed in July 2026. The deficit with Canada, which ranks "
        "second among America's trading partners, shrank to $4.3 billion.",
        date(2026, 9, 3),
        [("United States", "Canada", None, None, "total", "rank", None, 2.0, "number", "2026-07", "2026-07"),
         ("United States", "Canada", None, None, "balance", "value", None, -4.3e9, "USD", "2026-07", "2026-07")],
    ),
    "'the biggest customer for German products' ranks a market, after a sentence on the surplus": (
        "BERLIN (Reuters) - German exports fell in January 2026. The trade surplus narrowed to 16 billion euros. In "
        "January the United States was still the biggest customer for German products.",
        date(2026, 3, 9),
        [("Germany", "United States", None, None, "exports", "rank", None, 1.0, "number", "2026-01", "2026-01")],
    ),
    "'Semiconductors, the country's top export item,' ranks the goods among exports; 'one of its biggest export "
    "items' ranks nothing": (
        "Taiwan's exports\n\nTAIPEI, Nov 7 - Taiwan's exports rose 49.7 percent in October 2025. Electronic "
        "components, the island's top export item, climbed 38.1 percent to $21.2 billion. Base metals, one of its "
        "biggest export items a decade ago, fell 3.5 percent.",
        date(2025, 11, 7),
        [("Taiwan", None, "electronic components", None, "exports", "rank", None, 1.0, "number", "2025-10",
          "2025-10"),
         ("Taiwan", None, "electronic components", None, "exports", "value", None, 21.2e9, "USD", "2025-10",
          "2025-10")],
    ),
    "a ranking of partners": (
        "China's trade\n\nIn the first ten months, ASEAN was China's largest trading partner at 5.1 trillion yuan. "
        "The EU ranked second at 4.6 trillion yuan.",
        date(2025, 11, 7),
        [("China", "European Union", None, None, "total", "value", None, 4.6e12, "CNY", "2025-01", "2025-10")],
    ),
    "a partner list distributed before 'respectively', then another clause": (
        "China's trade grows in May as ASEAN demand holds\n\nIn May 2025, trade with ASEAN and the EU grew 9.1 "
        "percent and 1.4 percent, respectively, while trade with the US slid 8.1 percent.",
        date(2025, 6, 9),
        [("China", "ASEAN", None, None, "total", "growth", "yoy", 9.1, "percent", "2025-05", "2025-05"),
         ("China", "European Union", None, None, "total", "growth", "yoy", 1.4, "percent", "2025-05", "2025-05")],
    ),
    "a partner described as 'the second-largest partner'": (
        "China's trade with Latin America hits a record\n\nMexico, the second-largest partner, traded goods worth "
        "US$109.4 billion with China in 2024.",
        date(2025, 1, 20),
        [("China", "Mexico", None, None, "total", "value", None, 109.4e9, "USD", "2024-01", "2024-12")],
    ),
    "a partner that cemented its position": (
        "Taiwan's exports hit a record in October on AI servers\n\nThe United States cemented its position as "
        "Taiwan's largest export market in October 2025, taking $21.1 billion of goods.",
        date(2025, 11, 7),
        [("Taiwan", "United States", None, None, "exports", "rank", None, 1.0, "number", "2025-10", "2025-10")],
    ),
    "a partner that 'continued to be' the largest, with its trade after it": (
        "Hunan's trade grows in the first half\n\nHunan province's foreign trade rose 4.4% to 290.3 billion yuan in "
        "the first half of 2025.\n\nAfrica continued to be the province's biggest trading partner, with trade of "
        "41.7 billion yuan, up 9.9%.",
        date(2025, 7, 22),
        [("Hunan", "Africa", None, None, "total", "value", None, 41.7e9, "CNY", "2025-01", "2025-06"),
         ("Hunan", "Africa", None, None, "total", "growth", "yoy", 9.9, "percent", "2025-01", "2025-06")],
    ),
    "a partner described by an appositive before its verb": (
        "Panama ship exports\n\nBEIJING, Jan 20 (Xinhua) -- China's ship exports rose 12.1 percent in 2025. Panama, "
        "a major flag of convenience, remained the largest destination, taking 31.6 billion yuan.",
        date(2026, 1, 20),
        # a sector story (the headline's ship exports): the figure is of ships
        [("China", "Panama", "ships", None, "exports", "value", None, 31.6e9, "CNY", "2025-01", "2025-12")],
    ),
    "a ranking of markets, each with its figure": (
        "Turkey's exports\n\nTurkey's exports rose 5 percent in May 2025. Germany was the largest market with "
        "$1.8 billion, followed by the UK with $1.6 billion and Iraq with $1.1 billion.",
        date(2025, 6, 4),
        [("Turkey", "United Kingdom", None, None, "exports", "value", None, 1.6e9, "USD", "2025-05", "2025-05"),
         ("Turkey", "Iraq", None, None, "exports", "value", None, 1.1e9, "USD", "2025-05", "2025-05")],
    ),
    "subjects of a ranking distributed by 'respectively'": (
        "China's trade\n\nASEAN remained China's largest trading partner in the first half of 2025. The "
        "European Union and the United States ranked second and third, with trade up 4.3 percent and down 13.5 "
        "percent respectively.",
        date(2025, 7, 14),
        [("China", "European Union", None, None, "total", "growth", "yoy", 4.3, "percent", "2025-01", "2025-06"),
         ("China", "United States", None, None, "total", "growth", "yoy", -13.5, "percent", "2025-01", "2025-06")],
    ),
    "buyers ranked first or described by a clause are partners": (
        "China's trade data for 2024\n\nChina exported 374,000 tons of tea in 2024. Hong Kong ranked first by value, "
        "taking $389 million worth. Morocco, where green tea is brewed with mint, remained the largest buyer by "
        "volume, importing 75,200 tons.",
        date(2025, 2, 10),
        [("China", "Hong Kong", None, None, "exports", "value", None, 389e6, "USD", "2024-01", "2024-12")],
    ),
    "partners 'followed by' in a ranking, distributed by 'respectively'": (
        "Philippine exports in the first half\n\nMANILA - Japan stayed the Philippines' largest export market, "
        "taking $6.2 billion in the first half. It was followed by the US and Hong Kong at $5.9 billion and $4.1 "
        "billion, respectively.",
        date(2025, 8, 12),
        [("Philippines", "United States", None, None, "exports", "value", None, 5.9e9, "USD", "2025-01", "2025-06"),
         ("Philippines", "Hong Kong", None, None, "exports", "value", None, 4.1e9, "USD", "2025-01", "2025-06")],
    ),
    "plural subjects that 'were the biggest contributors to the surplus'": (
        "Malaysia's trade surplus in May\n\nKUALA LUMPUR - Malaysia's trade surplus reached RM9.6 billion in May. "
        "Singapore, the US and Hong Kong were the biggest contributors to the surplus, at RM4.2 billion, RM3.3 "
        "billion and RM2.0 billion, respectively.",
        date(2025, 6, 20),
        [("Malaysia", "Singapore", None, None, "balance", "value", None, 4.2e9, "MYR", "2025-05", "2025-05"),
         ("Malaysia", "United States", None, None, "balance", "value", None, 3.3e9, "MYR", "2025-05", "2025-05"),
         ("Malaysia", "Hong Kong", None, None, "balance", "value", None, 2.0e9, "MYR", "2025-05", "2025-05")],
    ),
    "as many figures as partners pair up without 'respectively'": (
        "Hubei's foreign trade in 2024\n\nWUHAN - Hubei's trade with the EU and ASEAN rose 6.4 percent and 9.1 "
        "percent, while trade with Japan dipped 2.2 percent.",
        date(2025, 1, 22),
        [("Hubei", "European Union", None, None, "total", "growth", "yoy", 6.4, "percent", "2024-01", "2024-12"),
         ("Hubei", "ASEAN", None, None, "total", "growth", "yoy", 9.1, "percent", "2024-01", "2024-12"),
         ("Hubei", "Japan", None, None, "total", "growth", "yoy", -2.2, "percent", "2024-01", "2024-12")],
    ),
    "what a partner that opens the clause bought is the area's exports, what it supplied its imports": (
        "Austria's exports in September\n\nVIENNA - The United States, Austria's second-biggest export market, "
        "bought goods worth €1.3 billion in September, 7.8% less than a year earlier. Germany supplied "
        "goods worth €4.1 billion, for a deficit of €0.9 billion.",
        date(2025, 11, 8),
        [("Austria", "United States", None, None, "exports", "value", None, 1.3e9, "EUR", "2025-09", "2025-09"),
         ("Austria", "United States", None, None, "exports", "growth", "yoy", -7.8, "percent", "2025-09",
          "2025-09"),
         ("Austria", "Germany", None, None, "imports", "value", None, 4.1e9, "EUR", "2025-09", "2025-09"),
         ("Austria", "Germany", None, None, "balance", "value", None, -0.9e9, "EUR", "2025-09", "2025-09")],
    ),
    "a list of ranks over 'imports and exports, exports and imports': the idiom is one item, total trade": (
        "Fujian trade\n\nIn the first half of 2025, the scale of Fujian's imports and exports, exports and imports "
        "ranked seventh, sixth and ninth in the country respectively.",
        date(2025, 7, 22),
        [("Fujian", None, None, None, "total", "rank", None, 7, "number", "2025-01", "2025-06"),
         ("Fujian", None, None, None, "exports", "rank", None, 6, "number", "2025-01", "2025-06"),
         ("Fujian", None, None, None, "imports", "rank", None, 9, "number", "2025-01", "2025-06")],
    ),
    "a partner that 'came third' or 'placed second' is ranked": (
        "Germany's partners\n\nBERLIN - China was Germany's biggest trading partner in 2025. The United States "
        "placed second. The Netherlands came in third, with trade worth 203.1 billion euros.",
        date(2026, 2, 20),
        [("Germany", "United States", None, None, "total", "rank", None, 2.0, "number", "2025-01", "2025-12"),
         ("Germany", "Netherlands", None, None, "total", "rank", None, 3.0, "number", "2025-01", "2025-12")],
    ),
    "a rank in an apposition on the partner just named": (
        "China's trade\n\nBEIJING - In the first half of 2025, China's trade rose 2.9 percent. Trade with Japan, the "
        "fourth-largest, fell 1.3 percent to 1.06 trillion yuan.",
        date(2025, 7, 14),
        [("China", "Japan", None, None, "total", "rank", None, 4.0, "number", "2025-01", "2025-06")],
    ),
    "'Korea's top trading partner' in an apposition is rank 1; not 'the world's top buyer' nor 'top 10 markets'": (
        "Korea's exports\n\nSEOUL, Oct. 1 (Yonhap) -- South Korea's exports rose 12.7 percent in September 2025. "
        "Exports to the US, Korea's top export market, rose 3%. China, the world's top chip buyer, took 20 percent. "
        "Korea's top 10 markets took 70 percent.",
        date(2025, 10, 1),
        [("South Korea", "United States", None, None, "exports", "rank", None, 1.0, "number", "2025-09", "2025-09")],
    ),
    "a rank in an apposition on the partner: 'Trade with Oman, now third, fell ...'": (
        "China-Gulf trade\n\nBEIJING - China's trade with the GCC fell in 2025. Trade with Oman, now third, fell 2.2 "
        "percent to $38.1 billion.",
        date(2026, 1, 20),
        [("China", "Oman", None, None, "total", "rank", None, 3.0, "number", "2025-01", "2025-12")],
    ),
    "'or 78.4 percent of its foreign trade' is a share, not a rate": (
        "Inner Mongolia trade\n\nHOHHOT, Dec. 20 (Xinhua) -- Inner Mongolia's foreign trade rose in the first 11 "
        "months of 2025. Its trade with Russia amounted to 31.2 billion yuan, up 1.9 percent, or 17.4 percent of its "
        "foreign trade.",
        date(2025, 12, 20),
        [("Inner Mongolia", "Russia", None, None, "total", "share", None, 17.4, "percent", "2025-01", "2025-11")],
    ),
    "a ranked pair with an apposition on the first ('Belgium, a transshipment hub for Europe, and the United "
    "Kingdom ranked second and third, with 171,000 and 152,000 units, respectively'), the unit written once; a "
    "target date ('a tariff set to reach 35 percent by July 2026') dates no figure": (
        "China's NEV exports\n\nBEIJING - China's exports of new energy vehicles rose 5 percent in the first 10 "
        "months of 2025.\n\nBrazil was the largest market, taking in 198,000 units, as buyers rushed to beat an "
        "import tariff on electric cars, which is set to reach 35 percent by July 2026. Belgium, a major "
        "transshipment hub for the European market, and the United Kingdom ranked second and third, with 171,000 "
        "and 152,000 units, respectively. The vehicles made up 35.8 percent of China's total automobile exports.",
        date(2025, 11, 20),
        [("China", "Brazil", "new energy vehicles", None, "exports", "quantity", None, 198000.0, "number", "2025-01", "2025-10"),
         ("China", "Belgium", "new energy vehicles", None, "exports", "rank", None, 2.0, "number", "2025-01", "2025-10"),
         ("China", "United Kingdom", "new energy vehicles", None, "exports", "quantity", None, 152000.0, "number",
          "2025-01", "2025-10"),
         ("China", "Belgium", "new energy vehicles", None, "exports", "quantity", None, 171000.0, "number", "2025-01", "2025-10"),
         ("China", None, "new energy vehicles", None, "exports", "share", None, 35.8, "percent", "2025-01", "2025-10")],
    ),
    "a 'top' rank in a sentence with no digit, its subject 'nevertheless' the partner": (
        "German exports slip\n\nBERLIN (Reuters) - German exports fell 1.2% in October 2025. The United States "
        "nevertheless remained the top destination for German goods.",
        date(2025, 12, 8),
        [("Germany", "United States", None, None, "exports", "rank", None, 1.0, "number", "2025-10", "2025-10")],
    ),
    "a city that remains 'the province's top' trade city is the ranked area, not the province": (
        "Shandong trade rises\n\nJINAN, Jan. 20 (Xinhua) -- Shandong's foreign trade rose 5 percent to 3.5 trillion "
        "yuan in 2025. Yantai remained the province's top foreign trade city.",
        date(2026, 1, 20),
        [("Yantai", None, None, None, "total", "rank", None, 1.0, "number", "2025-01", "2025-12")],
    ),
    "a rank's goods named after its noun ('the top destination for China's automobile exports')": (
        "China's NEV exports surge\n\nBEIJING (Reuters) - China exported 2.1 million NEVs in the first ten months of "
        "2025. Among all cars, Saudi Arabia overtook Belgium as the top destination for China's automobile exports.",
        date(2025, 11, 20),
        [("China", "Saudi Arabia", "automobiles", None, "exports", "rank", None, 1.0, "number", "2025-01",
          "2025-10")],
    ),
    "'remained Japan's No. 1 export destination, with shipments ...': the No. is no sentence end, and the place the "
    "partner of its rank and of the with-clause's figures": (
        "Japan's exports rise\n\nTOKYO, Nov 20 - Japan's exports rose 3.6% in October 2025 from a year earlier. The "
        "United States remained Japan's No. 1 export destination, with shipments slipping 3.1% to 1.79 trillion yen.",
        date(2025, 11, 20),
        [("Japan", "United States", None, None, "exports", "rank", None, 1.0, "number", "2025-10", "2025-10"),
         ("Japan", "United States", None, None, "exports", "growth", "yoy", -3.1, "percent", "2025-10", "2025-10"),
         ("Japan", "United States", None, None, "exports", "value", None, 1.79e12, "JPY", "2025-10", "2025-10")],
    ),
    "ranked 'among the countries selling to' an economy: a supplier of its imports; 'buying from': a market": (
        "UK trade in the third quarter\n\nLONDON, Nov 13 - The Netherlands ranked second among the countries "
        "selling to Britain in the third quarter. Ireland came third among the nations buying from the UK.",
        date(2025, 11, 13),
        [("United Kingdom", "Netherlands", None, None, "imports", "rank", None, 2.0, "number", "2025-07", "2025-09"),
         ("United Kingdom", "Ireland", None, None, "exports", "rank", None, 3.0, "number", "2025-07", "2025-09")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_rankings(name: str) -> None:
    assert_yields(*CASES[name])


def test_top_of_the_world_or_of_a_count_is_no_rank() -> None:
    """'the world's top chip buyer' is a global rank and 'top 10 markets' a count: neither is the story's rank."""
    text, published, _ = CASES[
        "'Korea's top trading partner' in an apposition is rank 1; not 'the world's top buyer' nor 'top 10 markets'"
    ]
    assert [row[1] for row in facts_of(text, published) if row[5] == "rank"] == ["United States"]


def test_the_top_buyer_is_a_rank_and_once_the_top_destination_is_not() -> None:
    """'Germany, the top buyer,' ranks first; 'Russia, once the top destination,' held a rank it no longer has;
    'the top 10 markets' counts markets."""
    text = ("China's magnet exports fall\n\nBEIJING - China's exports of rare earth magnets fell in May 2025. "
            "Shipments to Germany, the top buyer, dropped 66% to 344 tons. Shipments to Russia, once the top "
            "destination, fell 12% to 90 tons. Exports to the top 10 markets fell 30%.")
    ranks = [(row[1], row[7]) for row in facts_of(text, date(2025, 6, 20)) if row[5] == "rank"]
    assert ranks == [("Germany", 1.0)]


def test_their_value_is_the_goods_just_named() -> None:
    """'Their value slid 8%' after a figure for rare earths is the rare earths', not the headline's magnets."""
    text = ("China's magnet exports fall\n\nBEIJING - China's exports of rare earth magnets fell in May 2025. "
            "Exports of rare earths fell 12.2% to 4,785 tons in May. Their value slid 8% to $28.2 million.")
    goods = {row[7]: row[2] for row in facts_of(text, date(2025, 6, 20))}
    assert goods[28.2e6] == "rare earths"


def test_the_world_s_biggest_buyer_as_a_sentence_subject_is_no_rank() -> None:
    """'The world's biggest oil buyer brought in ...' describes the subject; 'China, the world's largest oil buyer,'
    states a rank."""
    text = ("China's oil imports rise\n\nBEIJING (Bloomberg) -- China's crude imports rose in November 2025. The "
            "world's biggest oil buyer brought in 50.89 million tons last month.")
    assert [row for row in facts_of(text, date(2025, 12, 8)) if row[5] == "rank"] == []
    text = text.replace("The world's biggest oil buyer brought in", "China, the world's largest oil buyer, brought in")
    assert [row[7] for row in facts_of(text, date(2025, 12, 8)) if row[5] == "rank"] == [1.0]


def test_a_sentence_whose_only_number_is_a_top_rank_moves_no_context() -> None:
    """dU2_04 opens on "Over the full year, China reclaimed its place as Germany's top trading partner.": its rank is
    read, but the story's month stays December for the figures after it (not the full year)."""
    line = next(x for x in (ROOT / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines() if "dU2_04_" in x)
    record = json.loads(line)
    article = tf.extract({k: record[k] for k in ("id", "text", "title", "publisher", "published")}, backend="regex")
    ranks = [(f.partner, f.period.start, f.period.end) for f in article.facts if f.value_text == "top"]
    assert ranks == [("China", "2025-01", "2025-12")]
    imports = [(f.period.start, f.period.end) for f in article.facts if f.value_text in ("0.9", "113.6 billion")
               and f.flow.value == "imports"]  # fmt: skip
    assert imports == [("2025-12", "2025-12")] * 2


def test_a_kind_of_firm_ranked_among_traders_is_no_rank_of_a_flow() -> None:
    """"Private enterprises remained the largest foreign trade operators": firms ranked among firms; the guide's
    ranks are of partners, goods and places. A partner's rank in the next sentence is still read."""
    found = facts_of(
        "China's trade in the first quarter\n\nBEIJING, April 14 (Xinhua) -- China's foreign trade rose 1.3 percent in "
        "the first quarter. Private enterprises remained the largest foreign trade operators, with their trade up 6.8 "
        "percent. ASEAN remained China's largest trading partner.",
        date(2025, 4, 14),
    )
    assert {(row[3], row[5]) for row in found if row[5] == "rank"} == {(None, "rank")}


def test_one_of_the_biggest_items_is_no_rank() -> None:
    text = ("Taiwan's exports\n\nTAIPEI, Nov 7 - Taiwan's exports rose 49.7 percent in October 2025. Base metals, one "
            "of the island's biggest export items a decade ago, fell 3.5 percent.")
    assert not any(row[5] == "rank" for row in facts_of(text, date(2025, 11, 7)))


def test_partners_listed_before_ordinals_take_them_in_order_without_respectively() -> None:
    """"The United States and ASEAN ranked second and third": the ordinals pair with the partners in order, as with
    "respectively"."""
    text = ("Xiamen's trade\n\nXIAMEN, Nov 21 (Xinhua) -- Xiamen's foreign trade reached 780 billion yuan in the first "
            "10 months of 2025. ASEAN remained the city's largest trading partner. The European Union and the United "
            "States came second and third.")
    ranks = {(row[1], row[7]) for row in facts_of(text, date(2025, 11, 21)) if row[5] == "rank"}
    assert ranks == {("ASEAN", 1.0), ("European Union", 2.0), ("United States", 3.0)}


def test_ordinals_after_partner_names_after_a_rank_are_their_ranks() -> None:
    """"ASEAN was the region's largest trading partner, with the Hong Kong Special Administrative Region second and the
    European Union third": each name takes the ordinal after it."""
    text = ("Guangdong trade\n\nGUANGZHOU, June 24 (Xinhua) -- Guangdong's trade rose 4.1 percent in the first five "
            "months of 2025. By market, ASEAN was the province's largest trading partner, with the Hong Kong Special "
            "Administrative Region second and the European Union third.")
    ranks = {(row[1], row[7]) for row in facts_of(text, date(2025, 6, 24)) if row[5] == "rank"}
    assert ranks == {("ASEAN", 1.0), ("Hong Kong", 2.0), ("European Union", 3.0)}


def test_a_partner_that_dropped_back_to_a_place_and_a_rate_of_goods_that_changed_hands_between_two() -> None:
    """"The United States dropped back to second place": the partner's rank; "Goods worth EUR 251.8 billion changed
    hands between Germany and China in 2025, up 2.1%": the values before the pair and the rate after it are of the
    pair's trade."""
    text = ("German trade\n\nBERLIN, Feb 20 (DW) - Germany's trade grew in 2025. Goods worth €251.8 billion "
            "(roughly $296.6 billion) changed hands between Germany and China in 2025, up 2.1%. The United States "
            "dropped back to second place.")
    found = facts_of(text, date(2026, 2, 20))
    assert ("Germany", "China", None, None, "total", "value", None, 251.8e9, "EUR", "2025-01", "2025-12") in found
    assert ("Germany", "China", None, None, "total", "value", None, 296.6e9, "USD", "2025-01", "2025-12") in found
    assert ("Germany", "United States", None, None, "total", "rank", None, 2.0, "number", "2025-01", "2025-12") in found
    assert ("Germany", "China", None, None, "total", "growth", "yoy", 2.1, "percent", "2025-01", "2025-12") in found


def test_partners_ranked_in_a_gapped_list_and_ahead_of_a_leader_keep_their_own_figures() -> None:
    """"China ranked second with $6.2 billion and South Korea third with $2.4 billion, with Japan fourth at ...":
    each name takes its ordinal and its value; "ahead of South Korea at $4.9 billion" is South Korea's level, not
    a margin."""
    text = ("Vietnam trade\n\nHANOI, Oct 6 - Vietnam's exports rose 7.9% in September 2025. The United States "
            "remained the biggest export market. China ranked second with $6.2 billion and South Korea third with "
            "$2.4 billion, with Japan fourth at $2.1 billion. China was the largest source of imports at "
            "$15.3 billion, ahead of South Korea at $4.9 billion and Taiwan at $2.5 billion.")
    found = {(row[1], row[4], row[5], row[7]) for row in facts_of(text, date(2025, 10, 6)) if row[1]}
    assert {("China", "exports", "rank", 2.0), ("China", "exports", "value", 6.2e9),
            ("South Korea", "exports", "rank", 3.0), ("South Korea", "exports", "value", 2.4e9),
            ("Japan", "exports", "rank", 4.0), ("Japan", "exports", "value", 2.1e9),
            ("South Korea", "imports", "value", 4.9e9), ("Taiwan", "imports", "value", 2.5e9)} <= found


def test_cities_ranked_first_followed_by_two_more_take_ranks_and_values_in_order() -> None:
    """"Hefei ranked first among the province's cities, followed by Wuhu and Anqing in second and third place, with
    trade of A, B and C, respectively": one list of three cities, each with its rank and its value."""
    text = ("Anhui trade\n\nHEFEI, Sept 22 (Xinhua) -- Anhui's foreign trade rose 13.9 percent in the first eight "
            "months of 2025. Hefei ranked first among the province's 16 cities, followed by Wuhu and Anqing in second "
            "and third place, with foreign trade of 265.2 billion yuan, 78.4 billion yuan and 45.9 billion yuan, "
            "respectively.")
    found = {(row[0], row[5], row[7]) for row in facts_of(text, date(2025, 9, 22)) if row[0] != "Anhui"}
    assert found == {("Hefei", "rank", 1.0), ("Wuhu", "rank", 2.0), ("Anqing", "rank", 3.0),
                     ("Hefei", "value", 265.2e9), ("Wuhu", "value", 78.4e9), ("Anqing", "value", 45.9e9)}


def test_ranks_written_after_later_partners_in_their_several_forms() -> None:
    """"and the Netherlands the third", "came only sixth", "ahead of Belgium in second place", "South Korea the
    second largest": each ordinal is the rank of the partner written right before it."""
    text = ("German trade\n\nWIESBADEN, Feb 20 (Reuters) - German exports rose 1.0% in 2025. France was the "
            "second-biggest destination for German exports and Austria the third. Japan, long a key market for "
            "German cars, came only ninth.\n\nItaly was by far the biggest supplier of German wine imports, "
            "ahead of Spain in second place and France in third.\n\nPoland remained the largest buyer of German "
            "coal and Austria the second largest.")
    ranks = {(row[1], row[4], row[7]) for row in facts_of(text, date(2026, 2, 20)) if row[5] == "rank"}
    assert {("France", "exports", 2.0), ("Austria", "exports", 3.0), ("Japan", "exports", 9.0),
            ("Italy", "imports", 1.0), ("Spain", "imports", 2.0), ("Poland", "exports", 1.0),
            ("Austria", "exports", 2.0)} <= ranks


def test_a_gapped_rank_with_an_approximate_figure_is_the_later_partners() -> None:
    """"Mexico ranked second with about 445,000 units and the United Arab Emirates third with around 330,000 units":
    'around' stands between the ordinal and the figure."""
    text = ("China's car exports\n\nBEIJING, Jan 14 -- China's vehicle exports rose 19.3 percent in 2024. Mexico "
            "ranked second with about 445,000 units and the United Arab Emirates third with around 330,000 units.")
    ranks = {(row[1], row[7]) for row in facts_of(text, date(2025, 1, 14)) if row[5] == "rank"}
    assert ranks == {("Mexico", 2.0), ("United Arab Emirates", 3.0)}


def test_a_partner_with_its_ordinal_after_the_first_ranks_second() -> None:
    """"Mongolia remained Inner Mongolia's largest trading partner and Russia its second-largest": Russia's rank."""
    text = ("Inner Mongolia trade\n\nHOHHOT, Jan 21 (Xinhua) -- Inner Mongolia's foreign trade rose 6.2 percent in "
            "2025 to 240 billion yuan. Mongolia remained the region's largest trading partner and Russia its "
            "second-largest.")
    ranks = {(row[1], row[7]) for row in facts_of(text, date(2026, 1, 21)) if row[5] == "rank"}
    assert ranks == {("Mongolia", 1.0), ("Russia", 2.0)}


def test_a_partner_that_regained_first_place_and_one_pushed_back_into_second() -> None:
    """"China regained first place among Germany's trading partners, pushing the US back into second": both ranks,
    of Germany's partners; the first ranks total trade, as its noun says."""
    text = ("Germany's trade\n\nBERLIN, Feb 20 (Reuters) - Germany's exports fell 1.1% in 2025. China regained first "
            "place among Germany's trading partners in 2025, pushing the US back into second.")
    ranks = {(row[0], row[1], row[4], row[7]) for row in facts_of(text, date(2026, 2, 20)) if row[5] == "rank"}
    assert ("Germany", "China", "total", 1.0) in ranks
    assert {(row[1], row[3]) for row in ranks} == {("China", 1.0), ("United States", 2.0)}


def test_two_partners_that_rank_second_and_third_after_another_partner_are_both_partners() -> None:
    """"ASEAN stayed the city's largest partner ..., while the EU and the US ranked second and third at ...": the EU
    is a partner of the city like the US, not the area of the figures, nor of the next sentence's."""
    text = ("Zhengzhou's trade rises\n\nZHENGZHOU, Aug. 5 -- Zhengzhou's foreign trade came to 274.7 billion yuan in "
            "the first half of 2025.\n\nASEAN remained the city's biggest trading partner, with two-way trade of 41.06 "
            "billion yuan, while the European Union and the United States ranked second and third at 33.72 billion "
            "yuan and 30.15 billion yuan, respectively. Trade with the United States fell 12.4 percent.")
    rows = {(row[0], row[1], row[5], row[7]) for row in facts_of(text, date(2025, 8, 5))}
    assert {("Zhengzhou", "European Union", "rank", 2.0), ("Zhengzhou", "United States", "rank", 3.0),
            ("Zhengzhou", "European Union", "value", 33.72e9), ("Zhengzhou", "United States", "value", 30.15e9),
            ("Zhengzhou", "United States", "growth", -12.4)} <= rows


def test_a_partner_that_has_now_slipped_to_a_place_among_destinations() -> None:
    """"China has now slipped to sixth place among the destinations for German goods": Germany's market, ranked."""
    text = ("German exports\n\nBERLIN, Dec 8 (DW) -- German exports fell 0.4% in October. China has now slipped to "
            "sixth place among the buyers of German goods over the first ten months of the year.")
    ranks = {(row[0], row[1], row[4], row[7]) for row in facts_of(text, date(2025, 12, 8)) if row[5] == "rank"}
    assert ranks == {("Germany", "China", "exports", 6.0)}


def test_the_flow_of_a_rank_s_role_carries_to_the_figures_after_it_in_its_sentence() -> None:
    # the sentence before names imports; "the biggest customer" makes the deliveries after it exports
    text = ("German trade\n\nBERLIN (Reuters) - German exports fell 1.2 percent in May 2026 from the previous month. "
            "Imports rose 2.6 percent. France remained the biggest customer for German goods, yet deliveries there "
            "came to only 10.1 billion euros, a month-on-month drop of 3.5 percent.")
    found = {row[7]: (row[1], row[4]) for row in facts_of(text, date(2026, 7, 8))}
    assert found[10.1e9] == ("France", "exports") and found[-3.5] == ("France", "exports")
