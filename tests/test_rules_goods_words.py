"""Words that name goods and their flow: "the import bill for X", "overall natural gas" in a story on LNG,
"purchases" as imports unless a partner makes them, and what a rank's noun says it ranks; "US-bound shipments" are
no goods, and a headline opened by "Trade truce" still names its goods; "Gems and jewellery and petroleum products
recorded growth of A and B, respectively" shares the rates over two headings, "gems and jewellery" one of them.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

YEAR = ("2025-01", "2025-12")
SEP = ("2025-09", "2025-09")
JUL = ("2025-07", "2025-07")

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "list lines labelled with their goods: '- ships: 287.3 billion yuan, up 19.8 percent'": (
        "BEIJING, Nov 10 (Yicai) -- China's exports of mechanical and electrical products grew 8.7 percent in the "
        "first ten months of 2025. Among them:\n\n- electric motors: 98.2 billion yuan, up 6.4 percent;\n- ships: "
        "287.3 billion yuan, up 19.8 percent.",
        date(2025, 11, 10),
        [("China", None, "electric motors", None, "exports", "value", None, 98.2e9, "CNY", "2025-01", "2025-10"),
         ("China", None, "ships", None, "exports", "growth", "yoy", 19.8, "percent", "2025-01", "2025-10")],
    ),
    "goods that 'supplied' a share, and a share 'of the export total'": (
        "BEIJING, Nov 7 (Xinhua) -- China's exports rose 4.3 percent in the first ten months of 2026. High-tech "
        "products supplied 24.8 percent of all exports. Furniture exports slipped 1.2 percent, leaving them with 2.1 "
        "percent of the export total.",
        date(2026, 11, 7),
        [("China", None, "high-tech products", None, "exports", "share", None, 24.8, "percent", "2026-01", "2026-10"),
         ("China", None, "furniture", None, "exports", "share", None, 2.1, "percent", "2026-01", "2026-10")],
    ),
    "'of that amount' names no goods": (
        "NANJING, Oct. 22 (Xinhua) -- Jiangsu's foreign trade reached 4.7 trillion yuan in the first three quarters "
        "of 2025. Outbound sales accounted for 2.89 trillion yuan of that amount.",
        date(2025, 10, 22),
        [("Jiangsu", None, None, None, "exports", "value", None, 2.89e12, "CNY", "2025-01", "2025-09")],
    ),
    "'the \"new three\" products -- A, B and C --': the goods are the quoted name's": (
        "NANJING, Oct. 22 (Xinhua) -- Jiangsu's exports rose in the first three quarters of 2025. Exports of the "
        "\"new three\" products -- electric vehicles, lithium batteries and solar cells -- totaled 105.72 billion yuan.",
        date(2025, 10, 22),
        [("Jiangsu", None, "new three", None, "exports", "value", None, 105.72e9, "CNY", "2025-01", "2025-09")],
    ),
    "'US-bound shipments' in a headline names where goods go, no goods; 'Trade truce' is no trade flow, so the "
    "headline's goods are the soybeans of its 'US soybean imports'": (
        "Recovery in US-bound shipments lifts Japan's November exports\n\nTOKYO, Dec 17 - Japan's exports rose 6.1% "
        "from a year earlier in November. Imports grew 1.3%.",
        date(2025, 12, 17),
        [("Japan", None, None, None, "exports", "growth", "yoy", 6.1, "percent", "2025-11", "2025-11"),
         ("Japan", None, None, None, "imports", "growth", "yoy", 1.3, "percent", "2025-11", "2025-11")],
    ),
    "a headline opened by 'Trade truce' still names its goods": (
        "Trade truce fails to revive China's US soybean imports in November\n\nBEIJING, Dec 18 - China's imports "
        "from Brazil rose 48.5 per cent in November to 5.85 million tonnes.",
        date(2025, 12, 18),
        [("China", "Brazil", "soybeans", None, "imports", "growth", "yoy", 48.5, "percent", "2025-11", "2025-11"),
         ("China", "Brazil", "soybeans", None, "imports", "quantity", None, 5.85e6, "tonnes", "2025-11", "2025-11")],
    ),
    "'the import bill for coking coal' names its goods, the year-ago base too": (
        "India's trade deficit\n\nNEW DELHI, Oct 15 - India's imports rose 16.7% to USD 68.5 billion in "
        "September 2025. Gold imports doubled to USD 9.6 billion, and the import bill for coking coal fell to "
        "USD 1.8 billion from USD 2.3 billion a year ago.",
        date(2025, 10, 15),
        [("India", None, "coking coal", None, "imports", "value", None, 1.8e9, "USD", *SEP),
         ("India", None, "coking coal", None, "imports", "value", None, 2.3e9, "USD", "2024-09", "2024-09")],
    ),
    "goods that 'inched up', goods with their share in an aside, and a list of two goods before 'exports' spread "
    "by 'respectively'": (
        "Japan's exports rise\n\nTOKYO, Feb 18 - Japan's exports rose 16.8% in January from a year earlier. By "
        "product, food and general machinery exports rose 31.3% and 14.3%, respectively. Steel products, which "
        "make up 5% of exports, fell 2.1%. Transport equipment inched up 0.8%.",
        date(2026, 2, 18),
        [("Japan", None, "food", None, "exports", "growth", "yoy", 31.3, "percent", "2026-01", "2026-01"),
         ("Japan", None, "general machinery", None, "exports", "growth", "yoy", 14.3, "percent", "2026-01", "2026-01"),
         ("Japan", None, "steel products", None, "exports", "share", None, 5.0, "percent", "2026-01", "2026-01"),
         ("Japan", None, "steel products", None, "exports", "growth", "yoy", -2.1, "percent", "2026-01", "2026-01"),
         ("Japan", None, "transport equipment", None, "exports", "growth", "yoy", 0.8, "percent", "2026-01",
          "2026-01")],
    ),
    "goods that 'again did the heavy lifting' in a sentence with no figure are what 'Their exports' are": (
        "India's exports\n\nNEW DELHI, Dec 15 (PTI) - India's merchandise exports rose 19.4 per cent to USD 38.1 "
        "billion in November. Electronic goods, led by smartphones, again did the heavy lifting. Their exports "
        "climbed 38.9 per cent to USD 4.8 billion.",
        date(2025, 12, 15),
        [("India", None, "electronic goods", None, "exports", "growth", "yoy", 38.9, "percent", "2025-11", "2025-11"),
         ("India", None, "electronic goods", None, "exports", "value", None, 4.8e9, "USD", "2025-11", "2025-11")],
    ),
    "in a story on other goods, bare 'Exports' after 'Solar cells and modules remained the laggard.' are theirs": (
        "China's car exports keep growing\n\nBEIJING, Nov 21 - China exported 5.62 million cars in the first 10 "
        "months, up 15.7 percent.\n\nSolar cells and modules remained the laggard. Exports fell 13.2 percent to "
        "$22.4 billion over the period.",
        date(2025, 11, 21),
        [("China", None, "solar cells and modules", None, "exports", "growth", "yoy", -13.2, "percent", "2025-01",
          "2025-10"),
         ("China", None, "solar cells and modules", None, "exports", "value", None, 22.4e9, "USD", "2025-01",
          "2025-10")],
    ),
    "goods end before an '-ing' sign word ('with shipments of cars and car parts plunging 17.8%')": (
        "German exports\n\nBERLIN, Feb 20 (Reuters) - German exports to the United States fell 9.4% in 2025, with "
        "shipments of cars and car parts plunging 17.8%.",
        date(2026, 2, 20),
        [("Germany", "United States", "cars and car parts", None, "exports", "growth", "yoy", -17.8, "percent",
          *YEAR)],
    ),
    "'Including services,' opens a goods-and-services figure; 'bilateral goods' are no goods; a foreign subject "
    "that 'accounted for the largest ... deficit' is its partner; a part's goods with an 'including' aside": (
        "US trade deficit\n\nWASHINGTON, Feb 19 (Reuters) - The U.S. goods trade deficit rose 2.1% to $1.2 trillion "
        "in 2025. Including services, the overall trade gap narrowed 0.2% to $901.5 billion. The European Union "
        "accounted for the largest bilateral goods deficit, at $218.8 billion. Imports from Canada were $412.5 "
        "billion, of which energy products, including crude oil, natural gas and coal, accounted for 30.5 percent.",
        date(2026, 2, 19),
        [("United States", None, "goods and services", None, "balance", "value", None, -901.5e9, "USD", *YEAR),
         ("United States", "European Union", None, None, "balance", "value", None, -218.8e9, "USD", *YEAR),
         ("United States", "Canada", "energy products", None, "imports", "share", None, 30.5, "percent", *YEAR)],
    ),
    "goods with their figure in an aside (', at 16.35 trillion won,') are the subject of the verb after it": (
        "Korea's trade\n\nSEOUL, Nov 1 (Yonhap) - South Korea's exports rose 3.1 percent to $52.1 billion in "
        "October. Mechanical and electrical products, at 16.25 trillion won, rose 8.3 percent.",
        date(2025, 11, 1),
        [("South Korea", None, "mechanical and electrical products", None, "exports", "value", None, 16.25e12, "KRW",
          "2025-10", "2025-10"),
         ("South Korea", None, "mechanical and electrical products", None, "exports", "growth", "yoy", 8.3, "percent",
          "2025-10", "2025-10")],
    ),
    "'the country's primary export' is a description, not goods; goods after a figure's scale word and 'and' "
    "drop both; goods that 'experienced export growth of A and B, respectively'": (
        "Korea's exports\n\nSEOUL, Oct 1 (Yonhap) - South Korea's exports fell 4.4 percent to $54.6 billion in "
        "September, as chips, the country's primary export, dropped 13.6 percent. Ship exports climbed 80 percent to "
        "$2.8 billion and petrochemical product exports slid 1.4 percent. Machine tools and display items also "
        "experienced export growth of 7 percent and 4 percent, respectively.",
        date(2023, 10, 1),
        [("South Korea", None, "petrochemical product", None, "exports", "growth", "yoy", -1.4, "percent", "2023-09",
          "2023-09"),
         ("South Korea", None, "machine tools", None, "exports", "growth", "yoy", 7.0, "percent", "2023-09",
          "2023-09"),
         ("South Korea", None, "display items", None, "exports", "growth", "yoy", 4.0, "percent", "2023-09",
          "2023-09")],
    ),
    "'shipments abroad of X' and 'overseas sales of X' name their goods": (
        "China's exports in 2025\n\nBEIJING, Jan 14 - China's exports rose 5.5 percent to 26.99 trillion yuan in "
        "2025. Shipments abroad of high-tech products jumped 13.2 percent to 5.25 trillion yuan, and overseas "
        "sales of machine tools grew 8.1 percent.",
        date(2026, 1, 14),
        [("China", None, "high-tech products", None, "exports", "growth", "yoy", 13.2, "percent", *YEAR),
         ("China", None, "high-tech products", None, "exports", "value", None, 5.25e12, "CNY", *YEAR),
         ("China", None, "machine tools", None, "exports", "growth", "yoy", 8.1, "percent", *YEAR)],
    ),
    "'overall natural gas' in a story on LNG is the whole class; 'those purchases' are the story's imports": (
        "China's LNG imports slide in 2025\n\nSINGAPORE, Jan 20 - China's imports of liquefied natural gas fell "
        "10.7% in 2025 to 68.5 million tons. The value of those purchases dropped 14.2% to $36.9 billion. "
        "Total natural gas imports, by pipe and by ship, eased 3.0% to 127.8 million tons.",
        date(2026, 1, 20),
        [("China", None, "liquefied natural gas", None, "imports", "value", None, 36.9e9, "USD", *YEAR),
         ("China", None, "natural gas", None, "imports", "quantity", None, 127.8e6, "tonnes", *YEAR)],
    ),
    "'the third-largest source' ranks a supplier; 'the world's largest buyer' ranks the story's economy's imports; "
    "a reason's aside names no flow for the figures before it": (
        "China's 2025 coal imports drop 9.6% as output hits record\n\nBEIJING, Jan 18 - China's coal imports fell "
        "9.6% in 2025 to 490.3 million tons, a rare decline for the world's largest buyer of the fuel.\n\nRussia "
        "overtook Australia to become the second-largest source, with volumes up 4.1% at 92.4 million tons, helped "
        "by cargoes from new Arctic mines.",
        date(2026, 1, 18),
        [("China", None, "coal", None, "imports", "rank", None, 1.0, "number", *YEAR),
         ("China", "Russia", "coal", None, "imports", "rank", None, 2.0, "number", *YEAR),
         ("China", "Russia", "coal", None, "imports", "growth", "yoy", 4.1, "percent", *YEAR),
         ("China", "Russia", "coal", None, "imports", "quantity", None, 92.4e6, "tonnes", *YEAR)],
    ),
    "'the oil and gold bills' are imports and name their goods; a partner that is a 'destination' buys": (
        "Pakistan's trade gap narrows as oil bill shrinks\n\nISLAMABAD, Aug 4 - Pakistan's imports fell 3.1% to "
        "$4.9 billion in July 2025. The petroleum products bill dropped 11.2% to $1.2 billion. The United States "
        "remained the top destination for Pakistani goods, taking shipments worth $0.52 billion in July.",
        date(2025, 8, 4),
        [("Pakistan", None, "petroleum products", None, "imports", "growth", "yoy", -11.2, "percent", *JUL),
         ("Pakistan", None, "petroleum products", None, "imports", "value", None, 1.2e9, "USD", *JUL),
         ("Pakistan", "United States", None, None, "exports", "value", None, 0.52e9, "USD", *JUL)],
    ),
    "goods end at their noun ('non-oil goods touched'); 'bilateral' trade and a 'politically charged' gap name "
    "no goods": (
        "Indonesia's trade\n\nJAKARTA, Oct 15 - Indonesia's exports rose 11.4% in September 2025. Exports of "
        "non-oil goods touched $23.1 billion. The politically charged surplus with the United States came to "
        "$1.9 billion, and the surplus in bilateral trade with India shrank 8.2% to $1.3 billion.",
        date(2025, 10, 15),
        [("Indonesia", None, "non-oil goods", None, "exports", "value", None, 23.1e9, "USD", *SEP),
         ("Indonesia", "United States", None, None, "balance", "value", None, 1.9e9, "USD", *SEP),
         ("Indonesia", "India", None, None, "balance", "growth", "yoy", -8.2, "percent", *SEP),
         ("Indonesia", "India", None, None, "balance", "value", None, 1.3e9, "USD", *SEP)],
    ),
    "'computers and their parts' is one item of a list of four that 'respectively' distributes": (
        "Foshan's exports\n\nFOSHAN, Jan 20 -- Foshan's exports grew 5.1% in 2025. Of which, exports of household "
        "appliances, lighting equipment, computers and their parts, and ceramic tiles increased by 9.3%, 4.1%, 12.6% "
        "and 2.2% respectively.",
        date(2026, 1, 20),
        [("Foshan", None, "household appliances", None, "exports", "growth", "yoy", 9.3, "percent", *YEAR),
         ("Foshan", None, "lighting equipment", None, "exports", "growth", "yoy", 4.1, "percent", *YEAR),
         ("Foshan", None, "computers and their parts", None, "exports", "growth", "yoy", 12.6, "percent", *YEAR),
         ("Foshan", None, "ceramic tiles", None, "exports", "growth", "yoy", 2.2, "percent", *YEAR)],
    ),
    "a sentence opened by 'In services,' is on services, its aside of examples included": (
        "US trade deficit widens\n\nWASHINGTON, Sept 4 (AP) - The U.S. trade deficit in goods and services widened "
        "in July 2025. In services, a category that takes in travel, finance and royalties, the surplus slipped to "
        "$25.6 billion.",
        date(2025, 9, 4),
        [("United States", None, "services", None, "balance", "value", None, 25.6e9, "USD", "2025-07", "2025-07")],
    ),
    "'Gems and jewellery and petroleum products recorded growth of 27.8% and 11.6%, respectively': two headings": (
        "India's exports\n\nNew Delhi, Dec 15 (PTI) India's merchandise exports grew 19.4 per cent in November. "
        "Gems and jewellery and petroleum products recorded growth of 27.8% and 11.6%, respectively.",
        date(2025, 12, 15),
        [("India", None, "gems and jewellery", None, "exports", "growth", "yoy", 27.8, "percent", "2025-11", "2025-11"),
         ("India", None, "petroleum products", None, "exports", "growth", "yoy", 11.6, "percent", "2025-11",
          "2025-11")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_goods_words(name: str) -> None:
    assert_yields(*CASES[name])


def test_a_partner_that_raised_its_purchases_buys_the_story_economys_exports() -> None:
    """'Japan raised its purchases by 21%' in a story on China's magnet exports: China's exports to Japan."""
    text = ("China's magnet exports climb\n\nBEIJING, Oct 20 - China's exports of rare earth magnets rose 17.4% in "
            "September 2025 to 5,774 tons. Japan, in third place, raised its purchases by 21.0% to 611 tons.")
    flows = {row[4] for row in facts_of(text, date(2025, 10, 20)) if row[1] == "Japan"}
    assert flows == {"exports"}


def test_a_period_word_after_the_goods_is_not_part_of_them() -> None:
    """'exports of tractors last year' are tractors, not 'tractors last'."""
    text = "Belarus trade\n\nMINSK, Feb 3 - Belarus's exports of tractors last year rose 6.1% to $1.2 billion."
    assert {row[2] for row in facts_of(text, date(2026, 2, 3))} == {"tractors"}


def test_a_description_of_the_goods_and_a_conjunction_are_no_goods() -> None:
    """'metric tons of the group of 17 minerals' are the story's goods; 'whereas shipments to ...' names none."""
    text = ("China's rare earth exports rise\n\nBEIJING, Nov 20 - China shipped 4,343.5 metric tons of the group of "
            "17 minerals in October 2025. Exports to Japan slid 2.9%, whereas shipments to Vietnam surged 15.1%.")
    goods = {row[7]: row[2] for row in facts_of(text, date(2025, 11, 20))}
    assert goods == {4343.5: "rare earth", -2.9: "rare earth", 15.1: "rare earth"}


def test_words_of_the_report_are_no_goods() -> None:
    """'customs recorded automobile exports worth', 'customs put exports to Japan at': the goods are automobiles,
    and none."""
    cars = ("China's car exports\n\nBEIJING, Oct 14 - Over January-September 2025, customs recorded automobile "
            "exports worth 95.9 billion dollars.")
    japan = ("China-Japan trade\n\nBEIJING, Oct 14 - In January-September 2025, Chinese customs put exports to "
             "Japan at 113.2 billion dollars.")
    assert {row[2] for row in facts_of(cars, date(2025, 10, 14))} == {"automobiles"}
    assert {row[2] for row in facts_of(japan, date(2025, 10, 14))} == {None}


def test_goods_after_a_reason_and_a_contrast_are_the_next_figures_own() -> None:
    """'helped by sales of spices, while imports of edible oils fell': the reason's goods end at the contrast, and
    the goods after it are the imports'."""
    text = ("Sri Lanka trade\n\nCOLOMBO, Oct 20 - Exports of tea rose 9.1% to $0.8 billion in September 2025, helped "
            "by sales of spices, while imports of edible oils fell 12.4% to $1.6 billion.")
    goods = {row[7]: row[2] for row in facts_of(text, date(2025, 10, 20))}
    assert goods == {9.1: "tea", 0.8e9: "tea", -12.4: "edible oils", 1.6e9: "edible oils"}


def test_the_bill_for_crude_oil_and_petroleum_products_is_one_heading_of_imports() -> None:
    """'The bill for X' names the goods as 'the import bill for X' does, and 'crude oil and petroleum products' is
    one customs heading, not two goods."""
    text = ("Bangladesh trade\n\nDHAKA, Nov 12 - Bangladesh's imports fell 2.2% in October 2025. The bill for crude "
            "oil and petroleum products, the country's biggest import item, eased 9.3% to $0.9 billion.")
    goods = {(row[7], row[2]) for row in facts_of(text, date(2025, 11, 12)) if row[7] != -2.2}
    assert goods == {(-9.3, "crude oil and petroleum products"), (0.9e9, "crude oil and petroleum products"),
                     (1.0, "crude oil and petroleum products")}


def test_the_biggest_export_category_ranks_the_goods_it_describes() -> None:
    """'Garments, the biggest export category, grew': rank 1 of the garments' exports, as 'top export item' is."""
    text = ("Bangladesh trade\n\nDHAKA, Nov 12 - Bangladesh's exports rose 4.1% in October 2025. Garments, the "
            "biggest export category, grew 5.3% to $3.1 billion.")
    ranks = {(row[2], row[4], row[7]) for row in facts_of(text, date(2025, 11, 12)) if row[5] == "rank"}
    assert ranks == {("garments", "exports", 1.0)}


def test_goods_whose_names_hold_a_months_letters_are_goods() -> None:
    """'smartphones' holds 'mar' and 'octane' holds 'oct': neither is a period word, as 'Jan-Sept' is."""
    text = ("Vietnam trade\n\nHANOI, Oct 6 - Vietnam's exports of smartphones rose 9.4% in September 2025, and exports "
            "of high-octane gasoline fell 2.1%.")
    goods = {row[7]: row[2] for row in facts_of(text, date(2025, 10, 6))}
    assert goods == {9.4: "smartphones", -2.1: "high-octane gasoline"}


def test_goods_that_contributed_are_what_their_exports_are_and_a_surge_is_a_rate() -> None:
    """"Hybrid cars contributed less of the gain. Their exports rose 4.1 percent ..., a far cry from the 52.3 percent
    surge recorded in 2023": the rate is the hybrids', and the surge is a change, though a share stands before it
    (its goods are left alone: the share's whole, "car exports", still names them)."""
    text = ("China's car exports\n\nBEIJING, Jan 14 -- China's car exports rose 19.3 percent in 2024. Hybrid cars "
            "contributed less of the gain than before. Their exports rose 4.1 percent to 0.62 million units, "
            "accounting for 10.6 percent of car exports, a far cry from the 52.3 percent surge recorded in 2023.")
    found = {(row[5], row[7]): row[2] for row in facts_of(text, date(2025, 1, 14)) if row[7] in (4.1, 52.3)}
    assert found.keys() == {("growth", 4.1), ("growth", 52.3)} and found[("growth", 4.1)] == "hybrid cars"


def test_goods_that_were_imported_after_an_opening_or_a_semicolon_are_the_figures_goods() -> None:
    """Translated prose: "In terms of imports, integrated circuits were imported 51.3 billion yuan, ...; agricultural
    products were imported 3.9 billion yuan": each clause's subject is its goods."""
    text = ("Xi'an trade\n\nXI'AN, July 22 -- Xi'an's foreign trade rose 6.1% in the first half of 2025. In terms of "
            "imports, integrated circuits were imported 51.3 billion yuan, an increase of 12%; agricultural products "
            "were imported 3.9 billion yuan, a decrease of 2.4%.")
    goods = {row[7]: row[2] for row in facts_of(text, date(2025, 7, 22)) if row[7] != 6.1}
    assert goods == {51.3e9: "integrated circuits", 12.0: "integrated circuits", 3.9e9: "agricultural products",
                     -2.4: "agricultural products"}


def test_goods_bound_for_a_market_in_a_contrast_clause_are_the_figures_goods() -> None:
    """"while machine tools and robots bound for America dropped 11.2% and 8.4%, respectively": each rate its goods."""
    text = ("Japan trade\n\nTOKYO, Aug 20 (Reuters) - Japan's exports fell 2.6% in July 2025. Exports of cars to the "
            "U.S. plunged 28.4%, while machine tools and robots bound for America dropped 11.2% and 8.4%, "
            "respectively.")
    goods = {row[7]: row[2] for row in facts_of(text, date(2025, 8, 20)) if row[7] != -2.6}
    assert goods == {-28.4: "cars", -11.2: "machine tools", -8.4: "robots"}


def test_the_two_after_a_list_of_goods_is_no_goods_name() -> None:
    """"Imports of the two totaled ...": "two" refers back to a list; it is not a kind of goods."""
    text = ("US trade\n\nWASHINGTON (AP) — The U.S. trade deficit fell 23.8% in August 2025. Imports of the two "
            "totaled $264.6 billion and $75.8 billion.")
    assert {row[2] for row in facts_of(text, date(2025, 10, 7)) if row[5] == "value"} == {None}


def test_a_headline_on_the_balance_with_a_cause_names_no_story_flow_and_sales_of_goods_to_are_exports() -> None:
    """"Trade deficit widens ... as gold imports surge" is a story on the balance, so bare "shipments" to markets
    stay exports; "Sales of British goods to the US" are exports without any help from the headline."""
    india = ("Trade deficit widens to USD 32.15 bn in Sept as gold imports surge\n\nNEW DELHI, Oct 15 (PTI) - India's "
             "exports rose 6.7 per cent in September 2025. The UAE and the Netherlands came next, with shipments of "
             "USD 3.58 billion and USD 1.61 billion, respectively.")
    uk = ("UK trade\n\nLONDON, Aug 14 (Reuters) - Britain's trade deficit widened in the second quarter of 2025. Sales "
          "of British goods to the US were 13.5% lower than a year earlier, at £12.9bn.")
    assert {row[4] for row in facts_of(india, date(2025, 10, 15)) if row[1]} == {"exports"}
    assert {row[4] for row in facts_of(uk, date(2025, 8, 14)) if row[1]} == {"exports"}


def test_goods_listed_after_include_with_figures_of_their_own_in_brackets() -> None:
    """"Sectors with healthy growth include cotton textiles, which rose 10.5 per cent to USD 0.12 billion, leather
    goods (up 2.9 per cent at USD 0.41 billion) and marine products (2.6 per cent to USD 0.62 billion)": each figure
    its goods."""
    text = ("India's trade\n\nNEW DELHI, Oct 15 (PTI) - India's exports rose 6.7 per cent in September 2025. Sectors "
            "which recorded healthy export growth include cotton textiles, which rose 10.5 per cent to USD 0.12 "
            "billion, leather goods (up 2.9 per cent at USD 0.41 billion) and marine products (2.6 per cent to USD "
            "0.62 billion).")
    goods = {row[7]: row[2] for row in facts_of(text, date(2025, 10, 15)) if row[7] != 6.7}
    assert goods == {10.5: "cotton textiles", 0.12e9: "cotton textiles", 2.9: "leather goods", 0.41e9: "leather goods",
                     2.6: "marine products", 0.62e9: "marine products"}


def test_the_bill_for_those_cargoes_is_of_the_goods_just_named() -> None:
    """"China brought in 77.4 million tons of soybeans ... The bill for those cargoes fell 7.9% to $38.32 billion":
    "cargoes" names no goods, so the bill is the soybeans'."""
    text = ("China's soybean imports\n\nBEIJING, Oct 20 (Reuters) - China brought in 77.4 million tons of soybeans in "
            "the first nine months of 2025. The bill for those cargoes, however, fell 7.9% to $38.32 billion.")
    goods = {row[7]: row[2] for row in facts_of(text, date(2025, 10, 20))}
    assert goods[38.32e9] == "soybeans" and goods[-7.9] == "soybeans"


def test_the_total_in_a_story_on_one_commodity_is_that_commoditys() -> None:
    """"The total was 5.7% higher than in May" under a soybean headline is the soybeans' total, not all trade."""
    text = ("China's June soybean imports rise\n\nBEIJING, July 20 (Reuters) - China's soybean imports rose 10.4% in June "
            "2025 from a year earlier to 12.26 million tons. Brazil supplied 10.4 million tons. The total was 4.2% "
            "higher than in May.")
    found = {(row[2], row[7]) for row in facts_of(text, date(2025, 7, 20)) if row[5] == "growth"}
    assert ("soybeans", 4.2) in found


def test_in_that_category_names_the_goods_of_the_figures_just_given() -> None:
    """"... services imports were $65.2 billion, giving the United States a surplus of $28.4 billion in that
    category": the services balance, not the whole trade's."""
    text = ("US trade\n\nWASHINGTON (Reuters) - The U.S. trade deficit narrowed in August 2025. Services exports climbed "
            "to $93.6 billion, while services imports were $65.2 billion, giving the United States a surplus of $28.4 "
            "billion in that category.")
    goods = {row[7]: row[2] for row in facts_of(text, date(2025, 10, 7))}
    assert goods[28.4e9] == "services", goods


def test_a_kind_of_services_a_release_names_is_its_own_category_but_not_as_an_example_of_services() -> None:
    """"Transport services imports and exports totaled ..." and "trade in travel services climbed" are those kinds;
    "Services exports, helped by travel and financial services, rose" stay services."""
    text = ("India's services trade\n\nNEW DELHI, April 30 -- India's services trade grew 9.1% in the first quarter "
            "of 2026. Transport services imports and exports totaled $41.2 billion, an increase of 4.4%. Trade in "
            "travel services climbed 12.8% to $19.6 billion. Services exports, helped by travel and financial "
            "services, rose 7.7% to $102.3 billion.")
    goods = {row[7]: row[2] for row in facts_of(text, date(2026, 4, 30))}
    assert goods[41.2e9] == "transport services" and goods[19.6e9] == "travel services", goods
    assert goods[102.3e9] == "services", goods
