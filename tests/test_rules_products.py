"""Which goods a figure is restricted to: one row per construction of trade reporting.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "a balance 'in' a kind of trade, and a scale that ends a figure before 'goods'": (
        "US trade\n\nWASHINGTON - The U.S. posted a $22.4 billion goods deficit with the 27-nation European Union "
        "in July 2025. It ran a $2.3 billion surplus in petroleum trade.",
        date(2025, 9, 4),
        [("United States", "European Union", None, None, "balance", "value", None, -22.4e9, "USD", "2025-07",
          "2025-07"),
         ("United States", None, "petroleum", None, "balance", "value", None, 2.3e9, "USD", "2025-07", "2025-07")],
    ),
    "a goods phrase as the sentence's subject": (
        "Jiangxi trade\n\nIn the first half, Jiangxi's exports reached 180 billion yuan. Labour-intensive products "
        "remained a pillar of its exports, with shipments worth 41.2 billion yuan.",
        date(2025, 7, 20),
        [("Jiangxi", None, "labour-intensive products", None, "exports", "value", None, 41.2e9, "CNY", "2025-01",
          "2025-06")],
    ),
    "'Their exports' after a sentence whose subject is goods, with no figure of its own": (
        "Guangxi trade\n\nIn the first three quarters, Guangxi's exports grew 6.1 percent. High-tech goods were a "
        "bright spot. Their exports rose 14.8 percent to 52.3 billion yuan.",
        date(2025, 10, 22),
        [("Guangxi", None, "high-tech goods", None, "exports", "growth", "yoy", 14.8, "percent", "2025-01",
          "2025-09")],
    ),
    "'Their exports' after a goods subject are the goods', not the firms counted in the sentence before": (
        "Guangxi trade\n\nIn the first three quarters, Guangxi's exports grew 6.1 percent. More than 9,000 "
        "enterprises in the region recorded import or export activity. High-tech goods were a bright spot. Their "
        "exports rose 14.8 percent to 52.3 billion yuan.",
        date(2025, 10, 22),
        [("Guangxi", None, "high-tech goods", None, "exports", "growth", "yoy", 14.8, "percent", "2025-01",
          "2025-09"),
         ("Guangxi", None, "high-tech goods", None, "exports", "value", None, 52.3e9, "CNY", "2025-01", "2025-09")],
    ),
    "a hyphenated adjective in -ly is no adverb; goods 'surging 30 percent' after 'with', and goods that 'edged up', "
    "have figures of their own; goods in an aside before a rate do not restrict it": (
        "Korea's exports\n\nSEOUL, Jan 1 (Yonhap) -- Shipments of eco-friendly vehicles rose 11 percent to $25.8 "
        "billion in 2025, with hybrid vehicles surging 30 percent. Petroleum products edged up 2.1 percent. Imports "
        "from Australia, mainly iron ore and coal, jumping 4.4 percent, lifted the total.",
        date(2026, 1, 1),
        [("South Korea", None, "eco-friendly vehicles", None, "exports", "growth", "yoy", 11.0, "percent", "2025-01",
          "2025-12"),
         ("South Korea", None, "eco-friendly vehicles", None, "exports", "value", None, 25.8e9, "USD", "2025-01",
          "2025-12"),
         ("South Korea", None, "hybrid vehicles", None, "exports", "growth", "yoy", 30.0, "percent", "2025-01",
          "2025-12"),
         ("South Korea", None, "petroleum products", None, "exports", "growth", "yoy", 2.1, "percent", "2025-01",
          "2025-12"),
         ("South Korea", "Australia", None, None, "imports", "growth", "yoy", 4.4, "percent", "2025-01", "2025-12")],
    ),
    "goods in an 'as' clause with no figure of their own are a cause, and no later figure's; with a figure, theirs": (
        "US trade\n\nWASHINGTON (AP) - The shortfall with the European Union shrank 12.9% to $8.1 billion in August "
        "2025 as pharmaceutical imports from Ireland eased, while the deficit with Vietnam stood at $14.4 billion. "
        "Exports rose 3.1% as crude oil shipments jumped 12.4%.",
        date(2025, 10, 7),
        [("United States", "Vietnam", None, None, "balance", "value", None, -14.4e9, "USD", "2025-08", "2025-08"),
         ("United States", None, "crude oil", None, "exports", "growth", "yoy", 12.4, "percent", "2025-08",
          "2025-08")],
    ),
    "'the import and export of Xiamen was' names the area; 'the import and export of foreign-invested enterprises and "
    "state-owned enterprises' names segments, not goods": (
        "Fujian trade\n\nFUZHOU, July 21 -- In the first half of 2025, the import and export of foreign-invested "
        "enterprises and state-owned enterprises were 231.06 billion yuan and 136.24 billion yuan respectively. The "
        "import and export of Xiamen was 461.23 billion yuan, an increase of 3.5%.",
        date(2025, 7, 21),
        [("Fujian", None, None, "foreign-invested enterprises", "total", "value", None, 231.06e9, "CNY", "2025-01",
          "2025-06"),
         ("Fujian", None, None, "state-owned enterprises", "total", "value", None, 136.24e9, "CNY", "2025-01",
          "2025-06"),
         ("Xiamen", None, None, None, "total", "value", None, 461.23e9, "CNY", "2025-01", "2025-06")],
    ),
    "'chip and car exports reached A and B, respectively' gives each good its figure; 'helped by brisk sales of' "
    "names no goods 'brisk'": (
        "Korea's exports\n\nSEOUL, Dec 1 (Yonhap) -- In the January-November period, chip and car exports reached "
        "$152.6 billion and $66.04 billion, respectively. Ship exports rose 13.7 percent in November 2025, helped by "
        "brisk sales of tankers, after a 10.5 percent drop in October.",
        date(2025, 12, 1),
        [("South Korea", None, "chips", None, "exports", "value", None, 152.6e9, "USD", "2025-01", "2025-11"),
         ("South Korea", None, "cars", None, "exports", "value", None, 66.04e9, "USD", "2025-01", "2025-11"),
         ("South Korea", None, "ships", None, "exports", "growth", "yoy", -10.5, "percent", "2025-10", "2025-10")],
    ),
    "'among them', a list of goods with 'respectively', keeps the partner just named": (
        "China's trade with Latin America\n\nBEIJING - In the first half of 2025, China's exports to Latin "
        "America reached 1.21 trillion yuan. Among them, electric vehicles and wind turbines grew 33.5 percent "
        "and 18.2 percent, respectively.",
        date(2025, 7, 20),
        [("China", "Latin America", "electric vehicles", None, "exports", "growth", "yoy", 33.5, "percent",
          "2025-01", "2025-06"),
         ("China", "Latin America", "wind turbines", None, "exports", "growth", "yoy", 18.2, "percent",
          "2025-01", "2025-06")],
    ),
    "goods after a deficit in an export story, a comma list as subject, goods after 'while'": (
        "Malaysian exports climb for a third month\n\nKUALA LUMPUR - Malaysia's exports rose 7.2% in May 2025, "
        "and the trade surplus narrowed to RM9.1 billion.\n\nManufactured goods rose 9.0%. Machinery, appliances "
        "and parts jumped 12.4%, while optical instruments grew 5.5%.",
        date(2025, 6, 18),
        [("Malaysia", None, "manufactured goods", None, "exports", "growth", "yoy", 9.0, "percent", "2025-05",
          "2025-05"),
         ("Malaysia", None, "machinery, appliances and parts", None, "exports", "growth", "yoy", 12.4, "percent",
          "2025-05", "2025-05"),
         ("Malaysia", None, "optical instruments", None, "exports", "growth", "yoy", 5.5, "percent", "2025-05",
          "2025-05")],
    ),
    "'those of' goods named after the flow, cut by 'respectively'": (
        "Korea's exports\n\nSEOUL - South Korea's ship exports rose 40.2 percent in May 2025, while those of "
        "steel products and home appliances fell 8.3 percent and 2.7 percent, respectively.",
        date(2025, 6, 1),
        [("South Korea", None, "steel products", None, "exports", "growth", "yoy", -8.3, "percent", "2025-05",
          "2025-05"),
         ("South Korea", None, "home appliances", None, "exports", "growth", "yoy", -2.7, "percent", "2025-05",
          "2025-05")],
    ),
    "a participle clause after goods ends them, and a deficit widened 'to' a level is a fact": (
        "Pakistan's trade\n\nISLAMABAD - Imports rose 14.2 per cent to USD 5.6 billion in May 2025 on higher "
        "inbound shipments of crude oil, widening the trade deficit to USD 2.9 billion.",
        date(2025, 6, 3),
        [("Pakistan", None, None, None, "balance", "value", None, -2.9e9, "USD", "2025-05", "2025-05")],
    ),
    "goods named after an opening phrase or with an aside, after a partner's figures": (
        "Hebei trade\n\nIn 2024, Hebei's trade with Russia fell 3.1 percent. On the export side, steel products "
        "led the way. Their exports rose 6.6 percent. Textile products, a traditional strength of the province, "
        "were a drag. Their exports fell 2.4 percent.",
        date(2025, 1, 25),
        [("Hebei", None, "steel products", None, "exports", "growth", "yoy", 6.6, "percent", "2024-01", "2024-12"),
         ("Hebei", None, "textile products", None, "exports", "growth", "yoy", -2.4, "percent", "2024-01",
          "2024-12")],
    ),
    "a common goods acronym the text never defines": (
        "Car exports\n\nBEIJING - China's NEV exports rose 51.4 percent to 2.01 million units in the first ten "
        "months of 2025.",
        date(2025, 11, 12),
        [("China", None, "new energy vehicles", None, "exports", "growth", "yoy", 51.4, "percent", "2025-01",
          "2025-10")],
    ),
    "goods of an origin: the demonym is the partner, the rest the goods; 'crude' is crude oil": (
        "India's imports\n\nNEW DELHI - India bought 4.8 million tonnes of Russian crude during June 2025, and "
        "imported 21.5 million tonnes of Indonesian coal in the month.",
        date(2025, 7, 15),
        [("India", "Russia", "crude oil", None, "imports", "quantity", None, 4.8e6, "tonnes", "2025-06", "2025-06"),
         ("India", "Indonesia", "coal", None, "imports", "quantity", None, 21.5e6, "tonnes", "2025-06",
          "2025-06")],
    ),
    "enterprise types of other economies as segments": (
        "Vietnam's exports\n\nHANOI - In the first half of 2025, domestic enterprises exported goods worth USD 54.1 "
        "billion, while the FDI sector shipped USD 165.2 billion.",
        date(2025, 7, 20),
        [("Vietnam", None, None, "domestic enterprises", "exports", "value", None, 54.1e9, "USD", "2025-01",
          "2025-06"),
         ("Vietnam", None, None, "fdi sector", "exports", "value", None, 165.2e9, "USD", "2025-01", "2025-06")],
    ),
    "'It' after a sentence about a trade mode is that mode": (
        "Shandong trade\n\nJINAN - Shandong's foreign trade grew 4.1 percent in the first half of 2025. General "
        "trade remained the main mode. It reached 1.22 trillion yuan.",
        date(2025, 7, 20),
        [("Shandong", None, None, "general trade", "total", "value", None, 1.22e12, "CNY", "2025-01", "2025-06")],
    ),
    "exported goods worth a value": (
        "Yunnan trade\n\nIn 2024, Yunnan exported fresh vegetables worth 9.8 billion yuan.",
        date(2025, 1, 22),
        [("Yunnan", None, "fresh vegetables", None, "exports", "value", None, 9.8e9, "CNY", "2024-01", "2024-12")],
    ),
    "a quantity of goods": (
        "China's imports\n\nChina imported 11.2 million tonnes of soybeans in May 2025, up 36 percent.",
        date(2025, 6, 9),
        [("China", None, "soybeans", None, "imports", "quantity", None, 11.2e6, "tonnes", "2025-05", "2025-05")],
    ),
    "counted goods are the product": (
        "Autos abroad\n\nMexico exported 310,000 vehicles in March 2025.",
        date(2025, 4, 8),
        [("Mexico", None, "vehicles", None, "exports", "quantity", None, 310000.0, "number", "2025-03", "2025-03")],
    ),
    "the phrase ends at its verb": (
        "Canada's trade\n\nExports of forestry products slid 3.4% in June 2025. Exports of aircraft and parts, "
        "a category led by business jets, climbed 11% in June 2025.",
        date(2025, 8, 5),
        [("Canada", None, "forestry products", None, "exports", "growth", "yoy", -3.4, "percent", "2025-06",
          "2025-06"),
         ("Canada", None, "aircraft and parts", None, "exports", "growth", "yoy", 11.0, "percent", "2025-06",
          "2025-06")],
    ),
    "goods that drive a figure do not restrict it": (
        "Australia's surplus\n\nAustralia's trade surplus, driven by sales of coal and iron ore, shrank 12% to "
        "A$61 billion in 2024.",
        date(2025, 1, 15),
        [("Australia", None, None, None, "balance", "value", None, 61e9, "AUD", "2024-01", "2024-12")],
    ),
    "one part of the whole after 'of these'": (
        "China's car exports\n\nChina exported 5.9 million vehicles in 2024. Of these, passenger cars made up "
        "4.9 million, up 19.7%.",
        date(2025, 1, 15),
        [("China", None, "passenger cars", None, "exports", "growth", "yoy", 19.7, "percent", "2024-01", "2024-12")],
    ),
    "an acronym the text defines": (
        "Green exports\n\nChina's exports of new energy vehicles (NEVs) rose in 2024. Overseas sales of NEVs grew "
        "6.7% to 1.28 million units in 2024.",
        date(2025, 1, 15),
        [("China", None, "new energy vehicles", None, "exports", "growth", "yoy", 6.7, "percent", "2024-01",
          "2024-12")],
    ),
    "those exports carry the goods just named": (
        "Rare earths\n\nChina exported 52,000 tonnes of rare earths in 2024. The value of those exports fell 30 "
        "percent in 2024.",
        date(2025, 1, 15),
        [("China", None, "rare earths", None, "exports", "growth", "yoy", -30.0, "percent", "2024-01", "2024-12")],
    ),
    "a ranked destination is no goods": (
        "Vietnam trade\n\nThe United States ranked as Vietnam's largest export destination at 119 billion USD in "
        "2024.",
        date(2025, 1, 10),
        [("Vietnam", "United States", None, None, "exports", "value", None, 119e9, "USD", "2024-01", "2024-12")],
    ),
    "an article framed as goods and services": (
        "UK trade gap widens\n\nLONDON, June 12 - Britain's deficit in goods and services trade widened to £7.1 "
        "billion in April 2025.\n\nExports fell 1.3% to £70.2 billion in April 2025.\n\nGoods exports alone "
        "dropped 2.9% in April 2025. Exports to the EU slipped 0.4% in April 2025.",
        date(2025, 6, 12),
        [("United Kingdom", None, "goods and services", None, "exports", "value", None, 70.2e9, "GBP", "2025-04",
          "2025-04"),
         ("United Kingdom", None, None, None, "exports", "growth", "yoy", -2.9, "percent", "2025-04", "2025-04"),
         ("United Kingdom", "European Union", None, None, "exports", "growth", "yoy", -0.4, "percent", "2025-04",
          "2025-04")],
    ),
    "a value of goods": (
        "Henan trade\n\nIn 2024, Henan exported 62.4 billion yuan of agricultural products.",
        date(2025, 1, 20),
        [("Henan", None, "agricultural products", None, "exports", "value", None, 62.4e9, "CNY", "2024-01",
          "2024-12")],
    ),
    "an adjective read as its goods": (
        "Irish exports surge on drug shipments\n\nIreland's pharmaceutical exports rose 21% in May 2025.",
        date(2025, 7, 15),
        [("Ireland", None, "pharmaceuticals", None, "exports", "growth", "yoy", 21.0, "percent", "2025-05",
          "2025-05")],
    ),
    "a participle or a segment before a balance is no goods": (
        "Brazil's trade surplus widens in May on soy shipments\n\nBrazil's resulting surplus of $7.2 billion in May "
        "2025 was a record. Processing trade rose 2.1% in May 2025.",
        date(2025, 6, 5),
        [("Brazil", None, None, None, "balance", "value", None, 7.2e9, "USD", "2025-05", "2025-05")],
    ),
    "the next goods of a list, with its own figure": (
        "Singapore's exports climb in May on chip demand\n\nIn May 2025, electronics rose 8.2 per cent and "
        "non-electronics 3.1 per cent. Automobile shipments fell 4% and car parts lost 2.5% in May 2025.",
        date(2025, 6, 17),
        [("Singapore", None, "electronics", None, "exports", "growth", "yoy", 8.2, "percent", "2025-05", "2025-05"),
         ("Singapore", None, "non-electronics", None, "exports", "growth", "yoy", 3.1, "percent", "2025-05",
          "2025-05"),
         ("Singapore", None, "car parts", None, "exports", "growth", "yoy", -2.5, "percent", "2025-05", "2025-05")],
    ),
    "one category named as a list, and two goods sharing one figure": (
        "Thai exports rise in May on computer shipments\n\nIn May 2025, exports of computers and parts jumped 31%. "
        "Exports of rubber gloves and canned tuna both rose 6% in May 2025.",
        date(2025, 6, 24),
        [("Thailand", None, "computers and parts", None, "exports", "growth", "yoy", 31.0, "percent", "2025-05",
          "2025-05"),
         ("Thailand", None, "rubber gloves", None, "exports", "growth", "yoy", 6.0, "percent", "2025-05", "2025-05"),
         ("Thailand", None, "canned tuna", None, "exports", "growth", "yoy", 6.0, "percent", "2025-05", "2025-05")],
    ),
    "respectively: goods whose values share one scale word": (
        "Jiangsu's exports grow in the first quarter on machinery demand\n\nIn the first quarter of 2025, exports of "
        "mechanical and electrical products and labour-intensive products were 428.6 and 205.3 billion yuan "
        "respectively.",
        date(2025, 4, 20),
        [("Jiangsu", None, "mechanical and electrical products", None, "exports", "value", None, 428.6e9, "CNY",
          "2025-01", "2025-03"),
         ("Jiangsu", None, "labour-intensive products", None, "exports", "value", None, 205.3e9, "CNY", "2025-01",
          "2025-03")],
    ),
    "a sector story's figures are its headline's goods": (
        "China's July soybean imports jump on heavy Brazilian arrivals\n\nChina's imports rose 11.5% in July 2025. "
        "The July import bill came to $5.08 billion. China's total imports fell 1.2% in July 2025.",
        date(2025, 8, 18),
        [("China", None, "soybeans", None, "imports", "value", None, 5.08e9, "USD", "2025-07", "2025-07"),
         ("China", None, None, None, "imports", "growth", "yoy", -1.2, "percent", "2025-07", "2025-07")],
    ),
    "the export value of goods": (
        "Hubei's exports grow in the first half\n\nIn the first half of 2025, the export value of mechanical and "
        "electrical products was 140.6 billion yuan.",
        date(2025, 7, 25),
        [("Hubei", None, "mechanical and electrical products", None, "exports", "value", None, 140.6e9, "CNY",
          "2025-01", "2025-06")],
    ),
    "the flow named a few words after a change": (
        "India's trade deficit narrows in November as gold imports slump\n\nThe turnaround was led by a 59.2% plunge "
        "in gold imports in November 2025.",
        date(2025, 12, 15),
        [("India", None, "gold", None, "imports", "growth", "yoy", -59.2, "percent", "2025-11", "2025-11")],
    ),
    "a surplus in services, and one on trade in services": (
        "UK trade\n\nLONDON, June 12 - The UK's goods deficit widened to £21.1bn in April 2025, while the surplus in "
        "services rose to £14.3bn. The UK ran a surplus of £12.9bn on trade in services in March 2025.",
        date(2025, 6, 12),
        [("United Kingdom", None, "services", None, "balance", "value", None, 14.3e9, "GBP", "2025-04", "2025-04"),
         ("United Kingdom", None, "services", None, "balance", "value", None, 12.9e9, "GBP", "2025-03", "2025-03")],
    ),
    "a services trade deficit, and services figures 'in US dollar terms' (no place)": (
        "China's services trade in May\n\nBEIJING, June 30 (Xinhua) -- China's services trade deficit shrank by 3.1% "
        "to 95.2 billion yuan in May 2025. In US dollar terms, services exports rose 9.4%.",
        date(2025, 6, 30),
        [("China", None, "services", None, "balance", "value", None, -95.2e9, "CNY", "2025-05", "2025-05"),
         ("China", None, "services", None, "exports", "growth", "yoy", 9.4, "percent", "2025-05", "2025-05")],
    ),
    "'and made up' and 'its own' name no goods": (
        "Dongguan's foreign trade in 2025\n\nDongguan's exports of toys totaled 21.3 billion yuan in 2025, down 2.1 percent, "
        "and made up 6.2 percent of the city's exports. Its own exports to Japan rose 4.4 percent.",
        date(2026, 1, 25),
        [("Dongguan", None, "toys", None, "exports", "share", None, 6.2, "percent", "2025-01", "2025-12"),
         ("Dongguan", "Japan", None, None, "exports", "growth", "yoy", 4.4, "percent", "2025-01", "2025-12")],
    ),
    "merchandise and services combined, and a conjunction before the goods": (
        "India's trade in August\n\nNEW DELHI - India's total exports (merchandise and services combined) for "
        "August 2025 are estimated at USD 69.2 Billion. Exports of chemicals rose 3.1%, although car shipments "
        "fell 2.2%.",
        date(2025, 9, 15),
        [("India", None, "goods and services", None, "exports", "value", None, 69.2e9, "USD", "2025-08", "2025-08"),
         ("India", None, "cars", None, "exports", "growth", "yoy", -2.2, "percent", "2025-08", "2025-08")],
    ),
    "a category with its examples, and a participle after the goods": (
        "China's exports in 2024\n\nExports of labour-intensive products such as shoes, bags and toys reached "
        "4.5 trillion yuan in 2024. Exports of machine tools sliding 2.9 percent to 12.2 billion yuan did not "
        "dent the total.",
        date(2025, 1, 14),
        [("China", None, "labour-intensive products", None, "exports", "value", None, 4.5e12, "CNY", "2024-01",
          "2024-12"),
         ("China", None, "machine tools", None, "exports", "value", None, 12.2e9, "CNY", "2024-01", "2024-12")],
    ),
    "goods with their acronym before the flow, and 'in the half'": (
        "China's commodity imports\n\nChina's crude oil imports fell 1.2% in the first half of 2025. In June, "
        "iron ore imports rose 3 percent. Liquefied natural gas (LNG) imports slumped 21.2% to 30.1 million tons "
        "in the half.",
        date(2025, 7, 14),
        [("China", None, "liquefied natural gas", None, "imports", "growth", "yoy", -21.2, "percent", "2025-01",
          "2025-06")],
    ),
    "goods named without a plural, distributed by 'respectively'": (
        "Korea's exports\n\nSouth Korea's exports of petrochemicals and steel fell 14.8 percent and 9.6 percent, "
        "respectively, in May 2025.",
        date(2025, 6, 1),
        [("South Korea", None, "petrochemicals", None, "exports", "growth", "yoy", -14.8, "percent", "2025-05",
          "2025-05"),
         ("South Korea", None, "steel", None, "exports", "growth", "yoy", -9.6, "percent", "2025-05", "2025-05")],
    ),
    "a US story that gives goods figures apart: its unqualified totals are goods and services": (
        "US trade deficit narrows in June\n\nWASHINGTON, Aug 5 (Reuters) - The U.S. trade deficit narrowed 16.0% "
        "to $60.2 billion in June, the Commerce Department said. Exports dipped 0.5% to $277.3 billion.\n\nThe "
        "goods trade deficit shrank to $85.9 billion, and the deficit with China fell 13.4% to $9.5 billion.",
        date(2025, 8, 5),
        [("United States", None, "goods and services", None, "balance", "value", None, -60.2e9, "USD", "2025-06",
          "2025-06"),
         ("United States", None, "goods and services", None, "exports", "value", None, 277.3e9, "USD", "2025-06",
          "2025-06"),
         ("United States", None, None, None, "balance", "value", None, -85.9e9, "USD", "2025-06", "2025-06"),
         ("United States", "China", None, None, "balance", "value", None, -9.5e9, "USD", "2025-06", "2025-06")],
    ),
    "a sentence opening on 'Goods imports' is of goods alone; the paragraph's next totals are goods and services": (
        "US trade deficit narrows in June\n\nWASHINGTON, Aug 5 (Reuters) - The U.S. trade deficit narrowed 16.0% "
        "to $60.2 billion in June, the Commerce Department said.\n\nImports fell 3.7% to $337.5 billion. Goods "
        "imports dropped 4.2% to $264.2 billion. Exports dipped 0.5% to $277.3 billion.",
        date(2025, 8, 5),
        [("United States", None, None, None, "imports", "value", None, 264.2e9, "USD", "2025-06", "2025-06"),
         ("United States", None, "goods and services", None, "exports", "value", None, 277.3e9, "USD", "2025-06",
          "2025-06")],
    ),
    "goods named before an aside that holds 'No. 2' are the subject's goods": (
        "Korea's exports\n\nSEOUL (Yonhap) -- Korea's exports rose in April 2026. Ships, the No. 3 export item, "
        "gained ground, with their exports rising 12.1 percent to $3.2 billion.",
        date(2026, 5, 1),
        [("South Korea", None, "ships", None, "exports", "rank", None, 3.0, "number", "2026-04", "2026-04")],
    ),
    "'and of' parts two goods, an acronym sits inside one, and 'and its' keeps one": (
        "Malaysia's exports in March\n\nKUALA LUMPUR - Malaysia's exports of copper and copper alloys and of "
        "aluminium and articles thereof rose 5.2 percent and 9.9 percent, respectively. Exports of refined "
        "petroleum products (RPP) and their by-products fell 3.3 percent to RM9.1 billion.",
        date(2025, 4, 18),
        [("Malaysia", None, "copper and copper alloys", None, "exports", "growth", "yoy", 5.2, "percent", "2025-03",
          "2025-03"),
         ("Malaysia", None, "aluminium and articles thereof", None, "exports", "growth", "yoy", 9.9, "percent",
          "2025-03", "2025-03"),
         ("Malaysia", None, "refined petroleum products and their by-products", None, "exports", "value", None,
          9.1e9, "MYR", "2025-03", "2025-03")],
    ),
    "services credits and debits": (
        "Australia's trade in December\n\nSYDNEY - Australia's services credits rose 0.8% to A$9.74 billion in "
        "December, while services debits increased 2.4%.",
        date(2025, 2, 6),
        [("Australia", None, "services", None, "exports", "value", None, 9.74e9, "AUD", "2024-12", "2024-12"),
         ("Australia", None, "services", None, "imports", "growth", "yoy", 2.4, "percent", "2024-12", "2024-12")],
    ),
    "goods named again by their class, and a currency after 'value of' is no goods": (
        "China's trade in the first half\n\nBEIJING - China's exports of tungsten rose 12% in June to 1,742 "
        "tonnes. China shipped 9,337.5 tonnes of the metal abroad in the first half, 13.2% more than a year "
        "earlier. ASEAN remained the largest trading partner, with import and export value of RMB 3.2 trillion.",
        date(2025, 7, 14),
        [("China", None, "tungsten", None, "exports", "quantity", None, 9337.5, "tonnes", "2025-01", "2025-06"),
         ("China", "ASEAN", None, None, "total", "value", None, 3.2e12, "CNY", "2025-01", "2025-06")],
    ),
    "goods that open a sentence, across an aside or a dateline; sectors in -ing and 'non-'": (
        "Chongqing's exports in 2024\n\nCHONGQING - Lithium batteries fared much better in 2024, with exports "
        "jumping 27.6 percent. Laptops, long a pillar of the city's exports, saw overseas sales slip 4.2 percent to "
        "29.1 billion yuan. Mining exports as a whole grew 17.3%. Non-mining exports edged up 0.4%.",
        date(2025, 1, 20),
        [("Chongqing", None, "lithium batteries", None, "exports", "growth", "yoy", 27.6, "percent", "2024-01",
          "2024-12"),
         ("Chongqing", None, "laptops", None, "exports", "value", None, 29.1e9, "CNY", "2024-01", "2024-12"),
         ("Chongqing", None, "mining", None, "exports", "growth", "yoy", 17.3, "percent", "2024-01", "2024-12"),
         ("Chongqing", None, "non-mining", None, "exports", "growth", "yoy", 0.4, "percent", "2024-01", "2024-12")],
    ),
    "goods after 'a plunge in', a goods trade balance, and services after a balance's amount": (
        "India's trade deficit narrows in November\n\nNEW DELHI - India's imports declined 1.9% in November, helped "
        "by a 59.2% plunge in gold imports to $3.95 billion. The oil trade balance showed a deficit of $2,530 "
        "million. India ran a $17.3 billion surplus in services trade.",
        date(2025, 12, 16),
        [("India", None, "gold", None, "imports", "growth", "yoy", -59.2, "percent", "2025-11", "2025-11"),
         ("India", None, "gold", None, "imports", "value", None, 3.95e9, "USD", "2025-11", "2025-11"),
         ("India", None, "oil", None, "balance", "value", None, -2530e6, "USD", "2025-11", "2025-11"),
         ("India", None, "services", None, "balance", "value", None, 17.3e9, "USD", "2025-11", "2025-11")],
    ),
    "consumer goods named in a combined paragraph leave its goods-and-services frame standing": (
        "US trade gap shrinks\n\nWASHINGTON, Sept 4 (Reuters) - In the first seven months of 2025, the goods and "
        "services deficit came to $654.2 billion. Exports climbed 3.9% over the period, while imports rose 11.3% "
        "on a rush of purchases of consumer goods and capital equipment.",
        date(2025, 9, 4),
        [("United States", None, "goods and services", None, "exports", "growth", "yoy", 3.9, "percent", "2025-01",
          "2025-07"),
         ("United States", None, "goods and services", None, "imports", "growth", "yoy", 11.3, "percent",
          "2025-01", "2025-07")],
    ),
    "an aside after the goods closes them, and a comparative is no goods": (
        "UK exports slip in May\n\nLONDON, July 11 - Exports of goods, however, fell 0.8% in May 2025 to £30.4bn, "
        "held back by weaker sales to the US, which dropped 3.1% to £4.9bn.",
        date(2025, 7, 11),
        [("United Kingdom", None, None, None, "exports", "value", None, 30.4e9, "GBP", "2025-05", "2025-05"),
         ("United Kingdom", "United States", None, None, "exports", "value", None, 4.9e9, "GBP", "2025-05",
          "2025-05")],
    ),
    "goods after 'by' with a figure of their own: ', which dropped' and ', down'": (
        "Japan's October exports\n\nTOKYO - Japan's exports to China fell 3.5% in October 2025, pulled down by "
        "steel, which dropped 11.0%, and chemicals, down 4.2%.",
        date(2025, 11, 19),
        [("Japan", "China", None, None, "exports", "growth", "yoy", -3.5, "percent", "2025-10", "2025-10"),
         ("Japan", "China", "steel", None, "exports", "growth", "yoy", -11.0, "percent", "2025-10", "2025-10"),
         ("Japan", "China", "chemicals", None, "exports", "growth", "yoy", -4.2, "percent", "2025-10", "2025-10")],
    ),
    "the goods end before 'nearly doubled'": (
        "Vietnam's steel trade\n\nHANOI - In 2024, Vietnam's exports of steel nearly doubled, rising 95.2 percent "
        "to $3.1 billion.",
        date(2025, 1, 10),
        [("Vietnam", None, "steel", None, "exports", "growth", "yoy", 95.2, "percent", "2024-01", "2024-12")],
    ),
    "a wire story's second name for the goods: 'the oilseed', 'the steelmaking ingredient'": (
        "China's commodity imports\n\nBEIJING - China imported 10.4 million tonnes of soybeans in August 2025. "
        "Imports of the oilseed rose 1.2% from a year earlier. China bought 105.2 million tonnes of iron ore in "
        "August 2025. Arrivals of the steelmaking ingredient fell 2.6%.",
        date(2025, 9, 18),
        [("China", None, "soybeans", None, "imports", "growth", "yoy", 1.2, "percent", "2025-08", "2025-08"),
         ("China", None, "iron ore", None, "imports", "growth", "yoy", -2.6, "percent", "2025-08", "2025-08")],
    ),
    "'the oilseed' is soybeans where the story names them, even with no figure of soybeans before": (
        "Brazil's soybean exports hit record\n\nSAO PAULO - Brazil shipped 101.9 million metric tons of the "
        "oilseed in 2025, the trade ministry said. Soybeans remain its top export.",
        date(2026, 1, 8),
        [("Brazil", None, "soybeans", None, "exports", "quantity", None, 101.9e6, "tonnes", "2025-01", "2025-12")],
    ),
    "'car exports' are cars": (
        "Japan's car exports\n\nTOKYO - Japan's car exports fell 4.4% in 2025.",
        date(2026, 1, 22),
        [("Japan", None, "cars", None, "exports", "growth", "yoy", -4.4, "percent", "2025-01", "2025-12")],
    ),
    "an aside about the goods closes them, and its flow words are not the figure's": (
        "Swiss trade\n\nBERN - Swiss imports of precious metals, mostly gold bought and sold by refiners in Ticino, "
        "rose to 9.8 billion francs in October 2025.",
        date(2025, 11, 20),
        [("Switzerland", None, "precious metals", None, "imports", "value", None, 9.8e9, "CHF", "2025-10",
          "2025-10")],
    ),
    "a balance 'on services' after its figure, and goods that a contrast clause leaves behind": (
        "Irish trade\n\nDUBLIN - Ireland's goods surplus narrowed to €5.3bn in March, against a €1.2bn deficit on "
        "services. Exports fell 4.1% to €17.9bn, dragged lower by shipments of medical devices and chemicals, "
        "whereas imports rose 2.2% to €12.6bn.",
        date(2025, 5, 15),
        [("Ireland", None, None, None, "balance", "value", None, 5.3e9, "EUR", "2025-03", "2025-03"),
         ("Ireland", None, "services", None, "balance", "value", None, -1.2e9, "EUR", "2025-03", "2025-03"),
         ("Ireland", None, None, None, "exports", "growth", "yoy", -4.1, "percent", "2025-03", "2025-03"),
         ("Ireland", None, None, None, "exports", "value", None, 17.9e9, "EUR", "2025-03", "2025-03"),
         ("Ireland", None, None, None, "imports", "growth", "yoy", 2.2, "percent", "2025-03", "2025-03"),
         ("Ireland", None, None, None, "imports", "value", None, 12.6e9, "EUR", "2025-03", "2025-03")],
    ),
    "India's 'overall' exports and deficit are goods and services together; its merchandise figures goods alone": (
        "India's trade\n\nNEW DELHI - India's merchandise exports rose 2.5% to $36.4 billion in August 2025. The "
        "overall trade deficit for August is estimated at $9.9 billion, and overall exports at $69.2 billion.",
        date(2025, 9, 15),
        [("India", None, None, None, "exports", "growth", "yoy", 2.5, "percent", "2025-08", "2025-08"),
         ("India", None, None, None, "exports", "value", None, 36.4e9, "USD", "2025-08", "2025-08"),
         ("India", None, "goods and services", None, "balance", "value", None, -9.9e9, "USD", "2025-08", "2025-08"),
         ("India", None, "goods and services", None, "exports", "value", None, 69.2e9, "USD", "2025-08",
          "2025-08")],
    ),
    "UK figures that exclude precious metals carry the exclusion in their product": (
        "UK trade\n\nLONDON - Stripping out precious metals, Britain's total trade deficit widened to £6.3bn in "
        "September 2025. The value of goods exports, excluding precious metals, fell 2.2% to £30.1bn.",
        date(2025, 11, 13),
        [("United Kingdom", None, "goods and services excluding precious metals", None, "balance", "value", None,
          -6.3e9, "GBP", "2025-09", "2025-09"),
         ("United Kingdom", None, "goods excluding precious metals", None, "exports", "growth", "yoy", -2.2, "percent",
          "2025-09", "2025-09"),
         ("United Kingdom", None, "goods excluding precious metals", None, "exports", "value", None, 30.1e9, "GBP",
          "2025-09", "2025-09")],
    ),
    "goods that open the sentence before a demonym, and goods ', worth' their own figure": (
        "China's trade\n\nBEIJING - In the first half of 2025, China's exports rose 5.9 percent. Automobiles remained "
        "the backbone of Chinese sales to Russia, with exports worth 121.4 billion yuan. Of the country's exports, "
        "mechanical and electrical products, worth 7.8 trillion yuan, accounted for 60.3 percent of the total.",
        date(2025, 7, 20),
        [("China", None, None, None, "exports", "growth", "yoy", 5.9, "percent", "2025-01", "2025-06"),
         ("China", "Russia", "automobiles", None, "exports", "value", None, 121.4e9, "CNY", "2025-01", "2025-06"),
         ("China", None, "mechanical and electrical products", None, "exports", "value", None, 7.8e12, "CNY",
          "2025-01", "2025-06"),
         ("China", None, "mechanical and electrical products", None, "exports", "share", None, 60.3, "percent",
          "2025-01", "2025-06")],
    ),
    "goods end before a name that opens an apposition ('crude oil, India's biggest import item,')": (
        "India's trade\n\nNEW DELHI - India's imports rose in March 2025. Imports of crude oil, India's biggest import "
        "item by value, rose 6.2% to $16.1 billion in March.",
        date(2025, 4, 15),
        [("India", None, "crude oil", None, "imports", "growth", "yoy", 6.2, "percent", "2025-03", "2025-03"),
         ("India", None, "crude oil", None, "imports", "value", None, 16.1e9, "USD", "2025-03", "2025-03")],
    ),
    "the 'new three' and 'new trio' are the goods, not the examples that make them up; 'the three products' again": (
        "Jiangsu trade\n\nNANJING - In 2024, Jiangsu's exports of the \"new trio\" of electric vehicles, lithium-ion "
        "batteries and solar cells slipped 2.4 percent to 301.2 billion yuan. Changzhou's exports of the \"new three\" "
        "products - electric vehicles, lithium batteries and solar cells - fell 6.1 percent. The province's imports "
        "of the three products rose 1.2 percent.",
        date(2025, 1, 20),
        [("Jiangsu", None, "new trio", None, "exports", "growth", "yoy", -2.4, "percent", "2024-01", "2024-12"),
         ("Jiangsu", None, "new trio", None, "exports", "value", None, 301.2e9, "CNY", "2024-01", "2024-12"),
         ("Changzhou", None, "new three", None, "exports", "growth", "yoy", -6.1, "percent", "2024-01", "2024-12"),
         ("Jiangsu", None, "new three", None, "imports", "growth", "yoy", 1.2, "percent", "2024-01", "2024-12")],
    ),
    "a count of vehicles names their kind, and the home market's sales are no trade": (
        "NEV exports climb\n\nBEIJING - China shipped 310,000 new energy vehicles overseas in October 2025. The October "
        "figure was up 96.2 percent compared with the same period of 2024. At home, NEV sales reached 1.71 million "
        "units in October. In 2025 electric cars made up half of all vehicle exports.",
        date(2025, 11, 12),
        [("China", None, "new energy vehicles", None, "exports", "quantity", None, 310000, "number", "2025-10",
          "2025-10"),
         ("China", None, "new energy vehicles", None, "exports", "growth", "yoy", 96.2, "percent", "2025-10",
          "2025-10")],
    ),
    "a tonnage that names no goods continues the goods before it, and bare 'shipments' of bought goods are imports": (
        "Commodity imports\n\nChina brought in 9.6 million tons of soybeans in June 2025, up 7% on the year. "
        "Shipments in the first six months totaled 49.1 million tons. Imports of copper ore fell 3% to 2.4 "
        "million tons. That left year-to-date arrivals at 14.2 million tons.",
        date(2025, 7, 14),
        [("China", None, "soybeans", None, "imports", "quantity", None, 49.1e6, "tonnes", "2025-01", "2025-06"),
         ("China", None, "copper ore", None, "imports", "quantity", None, 14.2e6, "tonnes", "2025-01", "2025-06")],
    ),
    "in a commodity story, 'broader' trade data and a rate 'in dollar terms' are for all goods": (
        "China's Iron Ore Imports Climb\n\nChina's iron ore imports rose 4% in June 2025 to 105 million tons. The "
        "figures came with broader trade data that showed exports rose 5.8% in dollar terms.",
        date(2025, 7, 14),
        [("China", None, None, None, "exports", "growth", "yoy", 5.8, "percent", "2025-06", "2025-06")],
    ),
    "the rates and the value right after a count of vehicles are those vehicles'": (
        "China's carmakers abroad\n\nBEIJING - Chinese carmakers exported 652,000 vehicles in May 2025, up 18.3 percent "
        "year on year and 4.1 percent from April. Hubei exported 91,000 vehicles in the period, worth 12.4 billion "
        "yuan.",
        date(2025, 6, 11),
        [("China", None, "vehicles", None, "exports", "growth", "yoy", 18.3, "percent", "2025-05", "2025-05"),
         ("China", None, "vehicles", None, "exports", "growth", "mom", 4.1, "percent", "2025-05", "2025-05"),
         ("Hubei", None, "vehicles", None, "exports", "value", None, 12.4e9, "CNY", "2025-05", "2025-05")],
    ),
    "a sector headline's shorthand ('Hybrids help auto exports ...') gives way to the goods its lead names": (
        "Hybrids help auto exports hold up\n\nBy Li Wen | Updated: 2025-06-12\n\nChina's vehicle exports held "
        "up in May 2025, industry data showed.\n\nShipments to Mexico rose 12.2 percent in May.",
        date(2025, 6, 12),
        [("China", "Mexico", "vehicles", None, "exports", "growth", "yoy", 12.2, "percent", "2025-05", "2025-05")],
    ),
    "'trade in X between the two sides' names the goods X, and 'such goods' are the goods just named": (
        "China-ASEAN trade\n\nIn the first half of 2025, trade in mechanical and electrical products between the "
        "two sides reached 1.6 trillion yuan. Exports of such goods to Vietnam rose 9.3 percent.",
        date(2025, 7, 20),
        [("China", "ASEAN", "mechanical and electrical products", None, "total", "value", None, 1.6e12, "CNY",
          "2025-01", "2025-06"),
         ("China", "Vietnam", "mechanical and electrical products", None, "exports", "growth", "yoy", 9.3, "percent",
          "2025-01", "2025-06")],
    ),
    "'Among imports,' opens no goods, and 'the country's total' is an owner, not goods": (
        "Suzhou trade\n\nIn the first half of 2025, Suzhou's imports rose 3 percent. Among imports, integrated "
        "circuits increased by 14.5%. Private firms' share of the country's total trade rose to 57.3 "
        "percent.",
        date(2025, 7, 20),
        [("Suzhou", None, "integrated circuits", None, "imports", "growth", "yoy", 14.5, "percent", "2025-01",
          "2025-06"),
         ("Suzhou", None, None, "private enterprises", "total", "share", None, 57.3, "percent", "2025-01",
          "2025-06")],
    ),
    "'purchases of X' are imports of X, and 'kept sliding' ends a goods phrase": (
        "China-Africa trade\n\nIn the first ten months of 2025, purchases of copper ore and concentrates, by "
        "contrast, climbed 12.3 percent to 96.3 billion yuan. Purchases of iron ore kept sliding, down 3.2 percent "
        "to 590.3 million tons.",
        date(2025, 11, 10),
        [("China", "Africa", "copper ore and concentrates", None, "imports", "value", None, 96.3e9, "CNY", "2025-01",
          "2025-10"),
         ("China", "Africa", "iron ore", None, "imports", "quantity", None, 590.3e6, "tonnes", "2025-01", "2025-10")],
    ),
    "an opening 'Taking goods and services together,' frames the sentence's figures": (
        "India's trade\n\nNEW DELHI - Taking goods and services together, India's total exports rose 3.1% to $68.2 "
        "billion in June 2025. Combining goods and services, the trade deficit stood at $4.1 billion.",
        date(2025, 7, 15),
        [("India", None, "goods and services", None, "exports", "value", None, 68.2e9, "USD", "2025-06", "2025-06"),
         ("India", None, "goods and services", None, "balance", "value", None, -4.1e9, "USD", "2025-06", "2025-06")],
    ),
    "India's 'total exports' are goods and services; 'On the import side,' opens no goods name": (
        "India's trade\n\nNEW DELHI - India's total exports during April-July 2025 are estimated at USD 272.1 "
        "Billion, a growth of 6.2 per cent.\n\nCANBERRA - On the import side, consumption goods climbed 2.1 per cent "
        "in July 2025.",
        date(2025, 8, 14),
        [("India", None, "goods and services", None, "exports", "value", None, 272.1e9, "USD", "2025-04", "2025-07"),
         ("India", None, "consumption goods", None, "imports", "growth", "yoy", 2.1, "percent", "2025-07", "2025-07")],
    ),
    "'a small surplus', 'a hefty deficit': how big the balance is, not goods": (
        "China-Gulf trade\n\nBEIJING - China posted a small surplus of about $1 billion with the GCC in 2025, "
        "and Japan ran a hefty deficit of 12 billion yen with Qatar.",
        date(2026, 1, 20),
        [("China", "Gulf Cooperation Council", None, None, "balance", "value", None, 1e9, "USD", "2025-01",
          "2025-12"),
         ("Japan", "Qatar", None, None, "balance", "value", None, -12e9, "JPY", "2025-01", "2025-12")],
    ),
    "in a story on one kind of goods, their head word names them: 'the batteries', 'battery exports'": (
        "China's solid-state battery exports double\n\nBEIJING - China's solid-state battery exports doubled in "
        "2025. Overseas sales of the batteries reached US$4.2 billion, and battery exports to Germany rose 61 per "
        "cent.",
        date(2026, 1, 20),
        [("China", None, "solid-state battery", None, "exports", "value", None, 4.2e9, "USD", "2025-01", "2025-12"),
         ("China", "Germany", "solid-state battery", None, "exports", "growth", "yoy", 61.0, "percent", "2025-01",
          "2025-12")],
    ),
    "'vehicles of all types' in a story on one kind of vehicle are all vehicles": (
        "China's truck exports surge\n\nBEIJING - China's commercial vehicle exports rose in 2025. China exported 6.1 "
        "million vehicles of all types, up 12.2 percent.",
        date(2026, 1, 20),
        [("China", None, "vehicles", None, "exports", "quantity", None, 6.1e6, "number", "2025-01", "2025-12")],
    ),
    "goods that are the subject after an opening phrase: 'Among export sectors, electronic goods continued ...'": (
        "India's trade\n\nNew Delhi, Mar 16 (PTI) India's exports rose 2.2 per cent in February 2026. Among export "
        "sectors, engineering goods continued to lead, with shipments rising 8.1 per cent to USD 10.2 billion.",
        date(2026, 3, 16),
        [("India", None, "engineering goods", None, "exports", "growth", "yoy", 8.1, "percent", "2026-02", "2026-02"),
         ("India", None, "engineering goods", None, "exports", "value", None, 10.2e9, "USD", "2026-02", "2026-02")],
    ),
    "a second list right after 'respectively' follows the goods in order: '..., respectively, to $X and $Y'": (
        "Korea's exports\n\nSEOUL, Oct. 1 (Yonhap) -- South Korea's exports rose 12.7 percent in September 2025. "
        "Steel products and ships, however, declined 2.7 percent and 1.9 percent, respectively, to $2.61 billion "
        "and $1.83 billion.",
        date(2025, 10, 1),
        [("South Korea", None, "steel products", None, "exports", "value", None, 2.61e9, "USD", "2025-09", "2025-09"),
         ("South Korea", None, "ships", None, "exports", "value", None, 1.83e9, "USD", "2025-09", "2025-09")],
    ),
    "'their imports and exports' after enterprises are the enterprises' trade, not the goods just named": (
        "Inner Mongolia trade\n\nHOHHOT, Dec. 20 (Xinhua) -- Inner Mongolia exported 41,200 vehicles in the first "
        "11 months of 2025. Private enterprises continued to lead the region's foreign trade, with their imports "
        "and exports rising 5.8 percent.",
        date(2025, 12, 20),
        [("Inner Mongolia", None, None, "private enterprises", "total", "growth", "yoy", 5.8, "percent", "2025-01",
          "2025-11")],
    ),
    "goods after 'led by lower sales of' explain the figure and restrict no later one": (
        "UK trade\n\nLONDON, March 12 (Reuters) - British goods exports fell in January 2026. Exports to the EU "
        "dropped 3.4% on the month, led by lower sales of fuels and cars, while exports to non-EU countries edged "
        "down 0.6%.",
        date(2026, 3, 12),
        [("United Kingdom", "non-EU countries", None, None, "exports", "growth", "mom", -0.6, "percent", "2026-01",
          "2026-01")],
    ),
    "'export prices' in a reason clause name no flow: the goods' figures keep the story's exports": (
        "Korea's exports\n\nSEOUL, Oct. 1 (Yonhap) -- South Korea's exports rose 12.7 percent in September 2025. "
        "Steel products declined 2.7 percent to $2.61 billion, as lower prices dragged down export prices.",
        date(2025, 10, 1),
        [("South Korea", None, "steel products", None, "exports", "value", None, 2.61e9, "USD", "2025-09", "2025-09")],
    ),
    "goods that are the subject keep their figures past an owner in the predicate ('remained the province's ...')": (
        "Zhejiang trade\n\nHANGZHOU, Nov 20 (Xinhua) -- Zhejiang's foreign trade rose 5.2 percent in the first 10 "
        "months of 2025. Textiles remained the province's second export, worth 402.1 billion yuan.",
        date(2025, 11, 20),
        [("Zhejiang", None, "textiles", None, "exports", "value", None, 402.1e9, "CNY", "2025-01", "2025-10")],
    ),
    "'new energy vehicles' keep their 'new'; 'plug-in hybrids' as the subject are goods": (
        "China's car exports\n\nBEIJING - China's exports of new energy vehicles rose 72 percent in the first 10 "
        "months of 2025. Plug-in hybrids, however, grew much faster, jumping 188.1 percent to 612,000 units.",
        date(2025, 11, 12),
        [("China", None, "new energy vehicles", None, "exports", "growth", "yoy", 72.0, "percent", "2025-01", "2025-10"),
         ("China", None, "plug-in hybrids", None, "exports", "growth", "yoy", 188.1, "percent", "2025-01",
          "2025-10")],
    ),
    "the goods of a ranked role ('China's top crude oil supplier') are the rank's and the figures after it; not "
    "'the world's largest auto exporter'": (
        "China-Russia trade\n\nBEIJING, Jan 14 (Reuters) - China's trade with Russia shrank in 2025. Brazil remained "
        "China's top soybean supplier in 2025, shipping 71.2 million metric tons. China, the world's largest auto "
        "exporter, shipped 6.9 million vehicles abroad.",
        date(2026, 1, 14),
        [("China", "Brazil", "soybeans", None, "imports", "rank", None, 1.0, "number", "2025-01", "2025-12")],
    ),
    "'exported X of 101.27 billion yuan' in translated releases: X are the goods": (
        "Hefei trade\n\nHEFEI - Hefei's foreign trade rose in the first half of 2025. In the first half of the year, "
        "Hefei exported automobiles of 52.31 billion yuan, an increase of 41.2%.",
        date(2025, 7, 20),
        [("Hefei", None, "automobiles", None, "exports", "value", None, 52.31e9, "CNY", "2025-01", "2025-06")],
    ),
    "a headline naming goods' imports beside the deficit and exports is the whole trade's story, not the goods'": (
        "Gold, silver imports swell Jan trade deficit; exports inch up 0.6 pc\n\nNew Delhi, Feb 16 (PTI) India's "
        "merchandise exports grew 0.61 per cent to USD 36.56 billion in January 2026. Imports rose 19.2 per cent.",
        date(2026, 2, 16),
        [("India", None, None, None, "imports", "growth", "yoy", 19.2, "percent", "2026-01", "2026-01")],
    ),
    "a headline's sector goods keep framing the story past a reason clause with another flow ('... as mills ship "
    "more steel abroad')": (
        "China's 2025 iron ore imports hit record as steel exports surge\n\nBEIJING, Jan 14 (Reuters) - "
        "China's imports rose 1.8% in 2025. Australia supplied 61% of the total.",
        date(2026, 1, 14),
        [("China", None, "iron ore", None, "imports", "growth", "yoy", 1.8, "percent", "2025-01", "2025-12")],
    ),
    "'exports in the category' and 'the group' stand for the goods a sentence without figures just named": (
        "China-Africa trade in 2025\n\nBEIJING - China's trade with Africa rose in 2025. Textiles and garments "
        "dominated shipments to the continent. Exports in the category rose 8.2 percent. Household appliances, which "
        "include fridges, air conditioners, washing machines and fans, were another bright spot. The group accounted "
        "for 6.1 percent of China's exports to Africa.",
        date(2026, 1, 20),
        [("China", "Africa", "textiles and garments", None, "exports", "growth", "yoy", 8.2, "percent", "2025-01",
          "2025-12"),
         ("China", "Africa", "household appliances", None, "exports", "share", None, 6.1, "percent", "2025-01",
          "2025-12")],
    ),
    "a one-word goods subject ('Semiconductors led the way.') is what 'the sector' stands for": (
        "Korea's exports in 2025\n\nSEOUL - South Korea's exports rose 3.8 percent in 2025. Semiconductors led the "
        "way. The sector accounted for 24.4 percent of the country's total exports.",
        date(2026, 1, 1),
        [("South Korea", None, "semiconductors", None, "exports", "share", None, 24.4, "percent", "2025-01",
          "2025-12")],
    ),
    "'those of X including Y and Z rose' are X's": (
        "China-Africa trade in 2025\n\nBEIJING - China's exports to Africa rose in 2025. Steel exports rose 9.5 "
        "percent, and those of construction machinery including excavators and cranes climbed 31.2 percent.",
        date(2026, 1, 20),
        [("China", "Africa", "construction machinery", None, "exports", "growth", "yoy", 31.2, "percent",
          "2025-01", "2025-12")],
    ),
    "'absorbed 41.2% of Peru's copper exports' is a share, of those goods when its part names none; 'NEV exports "
    "accounted for 36.4 percent of the country's automobile exports' stays the NEVs'": (
        "Peru's exports\n\nLIMA - Peru's copper exports rose 8% in May 2025. China absorbed 41.2% of Peru's copper "
        "exports in the month. Gold exports accounted for 30.1 percent of the country's mining exports.",
        date(2025, 6, 25),
        [("Peru", "China", "copper", None, "exports", "share", None, 41.2, "percent", "2025-05", "2025-05"),
         ("Peru", None, "gold", None, "exports", "share", None, 30.1, "percent", "2025-05", "2025-05")],
    ),
    "'the first two ... respectively' and 'the last' pick items of the list before them": (
        "Ningbo trade\n\nNINGBO, July 21 (Xinhua) -- In the first half of 2025, exports of drones, e-bikes and "
        "solar cells moved in different directions, with the first two rising 31.5 percent and 12.2 percent "
        "respectively while the last dropped 8.7 percent.",
        date(2025, 7, 21),
        [("Ningbo", None, "drones", None, "exports", "growth", "yoy", 31.5, "percent", "2025-01", "2025-06"),
         ("Ningbo", None, "e-bikes", None, "exports", "growth", "yoy", 12.2, "percent", "2025-01", "2025-06"),
         ("Ningbo", None, "solar cells", None, "exports", "growth", "yoy", -8.7, "percent", "2025-01", "2025-06")],
    ),
    "'the first two up A and B' without 'respectively' pairs in order": (
        "China ship exports\n\nBEIJING, Nov. 14 (Xinhua) -- In the first ten months of 2025, China's exports of car "
        "carriers, tankers and bulk carriers reached 60.1 billion yuan, 41.2 billion yuan and 38.9 billion yuan respectively, "
        "with the first two up 52.6 percent and 18.4 percent and bulk carriers down 4.4 percent.",
        date(2025, 11, 14),
        [("China", None, "car carriers", None, "exports", "growth", "yoy", 52.6, "percent", "2025-01", "2025-10"),
         ("China", None, "tankers", None, "exports", "growth", "yoy", 18.4, "percent", "2025-01", "2025-10")],
    ),
    "'single-country export market' is a rank's words, not goods": (
        "UK trade\n\nLONDON (Reuters) - Britain's goods exports fell 2.1% in 2025. The US was Britain's biggest "
        "single-country export market in 2025, taking about 16% of its goods exports.",
        date(2026, 2, 12),
        [("United Kingdom", "United States", None, None, "exports", "share", None, 16.0, "percent", "2025-01",
          "2025-12")],
    ),
    "goods counted in pieces ('exported 28.6 million laptops ..., worth 96.8 billion yuan'): a quantity, and the goods of the value after it": (
        "Chongqing's trade\n\nCHONGQING, July 20 (Xinhua) -- Chongqing exported 28.6 million laptops in the first six "
        "months, worth 96.8 billion yuan, up 4.1 percent.",
        date(2025, 7, 20),
        [("Chongqing", None, "laptops", None, "exports", "quantity", None, 28.6e6, "number", "2025-01", "2025-06"),
         ("Chongqing", None, "laptops", None, "exports", "value", None, 96.8e9, "CNY", "2025-01", "2025-06"),
         ("Chongqing", None, "laptops", None, "exports", "growth", "yoy", 4.1, "percent", "2025-01", "2025-06")],
    ),
    "a quoted category spelled out between dashes ('the \"new three\" -- electric vehicles, ... -- jumped') is the category": (
        "China's trade\n\nBEIJING, Jan 13 (Xinhua) -- In 2025, exports of high-tech products jumped 13.2 percent, and "
        'those of the "new three" -- electric vehicles, lithium batteries and photovoltaic products -- jumped 20.1 '
        'percent. Exports of the "new trio" - electric vehicles, lithium-ion batteries and solar cells - rose 27.1 '
        "percent in December.",
        date(2026, 1, 13),
        [("China", None, "new three", None, "exports", "growth", "yoy", 20.1, "percent", "2025-01", "2025-12"),
         ("China", None, "new trio", None, "exports", "growth", "yoy", 27.1, "percent", "2025-12", "2025-12")],
    ),
    "goods that open a clause after ', and' keep their whole name, 'and' inside it included": (
        "China's exports to ASEAN\n\nBEIJING - In 2025, China's exports of steel to ASEAN rose 4.1 per cent, and "
        "labour-intensive and agricultural products made up 21.7 per cent of everything it sold to the bloc.",
        date(2026, 1, 14),
        [("China", "ASEAN", "labour-intensive and agricultural products", None, "exports", "share", None, 21.7,
          "percent", "2025-01", "2025-12")],
    ),
    "goods with an 'including' list of examples as their aside, that 'brought in' money 'in export revenue', are "
    "the exports of the goods, not of an example": (
        "China's trade rises\n\nBEIJING, March 10 (Xinhua) -- China's exports rose in the first two months of 2026. "
        "High-tech products, including computers, phones and robots, brought in 912.4 billion yuan in export revenue, "
        "an increase of 8.2 percent.",
        date(2026, 3, 10),
        [("China", None, "high-tech products", None, "exports", "value", None, 912.4e9, "CNY", "2026-01", "2026-02"),
         ("China", None, "high-tech products", None, "exports", "growth", "yoy", 8.2, "percent", "2026-01",
          "2026-02")],
    ),
    "goods described as 'the largest of the new three' are those goods, not the group": (
        "China's green exports\n\nBEIJING, Nov 21 - Solar cells, the smallest of the new three by value, earned "
        "USD21.4 billion in the first 10 months of 2025, down 9.1 percent.",
        date(2025, 11, 21),
        [("China", None, "solar cells", None, "exports", "value", None, 21.4e9, "USD", "2025-01", "2025-10")],
    ),
    "'of which electric vehicles contributed 352.6 billion yuan': the part's own goods": (
        "China's car exports\n\nBEIJING, Nov 21 - Car exports were worth 840.7 billion yuan in the first 10 months "
        "of 2025, of which hybrid vehicles contributed 141.2 billion yuan.",
        date(2025, 11, 21),
        [("China", None, "hybrid vehicles", None, "exports", "value", None, 141.2e9, "CNY", "2025-01", "2025-10")],
    ),
    "goods after a comma and 'and' are a new item, not one name with the goods before them": (
        "Vietnam's trade\n\nHANOI, Aug 6 - Phone shipments jumped 12 per cent in July on the back of higher "
        "overseas sales of handsets, and textile goods exports climbed 9.2 per cent to $3.9 billion.",
        date(2025, 8, 6),
        [("Vietnam", None, "textile goods", None, "exports", "growth", "yoy", 9.2, "percent", "2025-07", "2025-07")],
    ),
    "a 'billion-pound' surplus is a scale and a currency, not goods": (
        "UK trade\n\nLONDON, Nov 13 - Britain swung to a 1.2 billion-pound surplus with Ireland in the third "
        "quarter, while its shortfall with China grew to 6.3 billion pounds.",
        date(2025, 11, 13),
        [("United Kingdom", "Ireland", None, None, "balance", "value", None, 1.2e9, "GBP", "2025-07", "2025-09"),
         ("United Kingdom", "China", None, None, "balance", "value", None, -6.3e9, "GBP", "2025-07", "2025-09")],
    ),
    "'chips and other electronic parts' is one class, not two with one figure each": (
        "Japan's exports\n\nTOKYO, Oct 16 - Demand from data centres drove a 9.8 percent rise in exports of chips "
        "and other electronic parts in September.",
        date(2025, 10, 16),
        [("Japan", None, "chips and other electronic parts", None, "exports", "growth", "yoy", 9.8, "percent",
          "2025-09", "2025-09")],
    ),
    "vehicles counted in a clause after another clause's goods are the vehicles'": (
        "China's exports in October\n\nBEIJING, Nov 7 - Sales of solar cells abroad fell 9.1 percent in October, "
        "while the country shipped 620,000 vehicles overseas.",
        date(2025, 11, 7),
        [("China", None, "solar cells", None, "exports", "growth", "yoy", -9.1, "percent", "2025-10", "2025-10"),
         ("China", None, "vehicles", None, "exports", "quantity", None, 620000.0, "number", "2025-10", "2025-10")],
    ),
    "goods whose apposition opens with a word before its owner (', long Ningbo's best-known product,')": (
        "Ningbo's trade in August\n\nNINGBO, Sept 6 - Garments, long Ningbo's best-known product, earned 3.1 billion "
        "yuan in export value in August, up 6.0 percent.",
        date(2025, 9, 6),
        [("Ningbo", None, "garments", None, "exports", "value", None, 3.1e9, "CNY", "2025-08", "2025-08")],
    ),
    "an aside that opens with 'among them' lists examples, and the goods end before it": (
        "China's exports in 2024\n\nBEIJING, Jan 14 - Outbound sales of household goods, among them lamps, "
        "bedding and kitchenware, came to 612.5 billion yuan in 2024, a 1.6 percent increase.",
        date(2025, 1, 14),
        [("China", None, "household goods", None, "exports", "value", None, 612.5e9, "CNY", "2024-01", "2024-12")],
    ),
    "goods after 'led by' and a list of examples, and the goods a 'top export category' is said to be": (
        "Fujian's trade\n\nFUZHOU, Oct 21 - Labour-intensive products, led by shoes, garments and bags, earned 212.4 "
        "billion yuan in the first three quarters of 2025. Fujian's top export category was again mechanical and "
        "electrical products, at 301.6 billion yuan, or 41.3 percent of all exports.",
        date(2025, 10, 21),
        [("Fujian", None, "labour-intensive products", None, "exports", "value", None, 212.4e9, "CNY", "2025-01",
          "2025-09"),
         ("Fujian", None, "mechanical and electrical products", None, "exports", "value", None, 301.6e9, "CNY",
          "2025-01", "2025-09")],
    ),
    "goods written before their flow and an aside ('Car exports, of which ...') lose the comma": (
        "Korea's October exports\n\nSEOUL, Nov 1 - Car exports, of which hybrids made up $2.1 billion, accounted for "
        "11.4 percent of total outbound shipments in October.",
        date(2025, 11, 1),
        [("South Korea", None, "cars", None, "exports", "share", None, 11.4, "percent", "2025-10", "2025-10")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_products(name: str) -> None:
    assert_yields(*CASES[name])


def _goods_and_flows(text: str, published: date) -> set[tuple[str | None, str, float]]:
    return {(row[2], row[4], row[7]) for row in facts_of(text, published)}


def test_goods_that_explain_a_figure_or_name_another_clause_do_not_restrict_it() -> None:
    """'on purchases of aircraft', 'mainly on lower sales of crude oil, while exports to ...': the goods say why the
    figure moved; the clause after 'while' is another figure's; 'biggest single export market' names no goods."""
    text = ("Japan's trade\n\nTOKYO - Imports from Canada rose 12.4% to 310.5 billion yen in May 2025 on purchases "
            "of wheat and canola. Exports to Britain fell 3.3% to 140.2 billion yen, mainly on lower sales of "
            "machinery, while exports to Mexico dropped 6.1% to 95.8 billion yen. Shipments to Thailand, its biggest "
            "single export market in the region, grew 2.2% to 301.0 billion yen.")
    assert _goods_and_flows(text, date(2025, 6, 18)) == {
        (None, "imports", 12.4), (None, "imports", 310.5e9), (None, "exports", -3.3), (None, "exports", 140.2e9),
        (None, "exports", -6.1), (None, "exports", 95.8e9), (None, "exports", 2.2), (None, "exports", 301.0e9),
        (None, "exports", 1.0)}  # the rank: the biggest market


def test_inward_shipments_of_the_yellow_metal_are_gold_imports() -> None:
    text = ("India's gold bill\n\nNEW DELHI - Inward shipments of the yellow metal shot up 41.6 per cent to $6.1 "
            "billion in June 2025, while outward shipments of engineering goods rose 4.2 per cent.")
    assert _goods_and_flows(text, date(2025, 7, 15)) == {
        ("gold", "imports", 41.6), ("gold", "imports", 6.1e9), ("engineering goods", "exports", 4.2)}


def test_a_heading_that_names_its_goods_twice_is_one_category() -> None:
    """'unwrought aluminium and aluminium products' is one customs heading; 'steel and aluminium exports' two."""
    text = ("China's metals\n\nBEIJING - In the first half of 2025, exports of refined copper and copper products "
            "rose 6.2 percent to 410,000 tonnes.")
    assert {row[2] for row in facts_of(text, date(2025, 7, 20))} == {"refined copper and copper products"}


def test_ict_exports_are_exports_of_ict_products() -> None:
    """An adjective before the flow names a class of products: 'ICT exports' as 'electromechanical exports'."""
    text = ("Malaysia's trade\n\nKUALA LUMPUR - In August 2025, ICT exports rose 9.4% and accounted for 31.2% of total "
            "exports.")
    assert {row[2] for row in facts_of(text, date(2025, 9, 18))} == {"ict products"}


def test_the_material_is_the_goods_just_named() -> None:
    text = ("China's minerals\n\nBEIJING - China exported 8,210 tonnes of graphite in August 2025. By value, shipments "
            "of the material rose 6.3% from a year earlier to $21.4 million.")
    assert {row[2] for row in facts_of(text, date(2025, 9, 20))} == {"graphite"}


def test_it_after_a_figure_of_some_goods_is_those_goods() -> None:
    """'It came to ...' after a sentence whose figure was of services (or any goods) is that figure's subject."""
    text = ("China's trade in 2024\n\nBEIJING - China's trade grew 5 percent in 2024. Exports of integrated circuits "
            "rose 17.4 percent. It came to 1.25 trillion yuan.")
    found = facts_of(text, date(2025, 1, 27))
    assert {(row[2], row[7]) for row in found} == {(None, 5.0), ("integrated circuits", 17.4),
                                                   ("integrated circuits", 1.25e12)}


def test_a_global_rank_names_no_goods_of_the_figures_after_it() -> None:
    """'China, the world's largest auto exporter, shipped 6.9 million vehicles': the vehicles are no 'auto'."""
    text, published, _ = CASES[
        "the goods of a ranked role ('China's top crude oil supplier') are the rank's and the figures after it; not "
        "'the world's largest auto exporter'"
    ]
    assert [row[2] for row in facts_of(text, published) if row[7] == 6.9e6] == ["vehicles"]


def test_oil_is_no_short_name_of_non_oil() -> None:
    """'beans' names 'soybeans' by their last word, but 'oil' is not 'non-oil'."""
    from tradefacts.extract.rules.goods_frame import names_by_head

    assert names_by_head("beans", "soybeans")
    assert not names_by_head("oil", "non-oil")



@pytest.mark.parametrize("gloss", ["a category that covers machinery, electronics and vehicles",
                                   "which includes phones and laptops"])
def test_a_gloss_that_lists_what_a_category_covers_names_no_goods_of_its_own(gloss: str) -> None:
    """'exports of electromechanical goods, a category that covers machinery, ...': the category's figures."""
    text = ("China's exports rise\n\nBEIJING -- China's exports rose 3.1 percent in the first 11 months of 2026. "
            f"Exports of electromechanical goods, {gloss}, amounted to 15.26 trillion yuan, up 6.8 percent.")
    found = facts_of(text, date(2026, 12, 8))
    assert {row[2] for row in found if row[7] in (15.26e12, 6.8)} == {"electromechanical goods"}


def test_a_gloss_s_examples_end_where_another_flow_s_goods_begin() -> None:
    """', a category that covers crude oil and gold, was down 4.2%, and purchases of medicines rose 11.3%': the
    medicines are the second figure's goods, not an example of the first category."""
    text = ("US imports slip\n\nWASHINGTON - U.S. imports fell 0.6% in September 2026. Spending on industrial "
            "supplies, a category that covers crude oil and gold, was down 4.2% at $51.6 billion, and purchases of "
            "medicines rose 11.3% to $24.7 billion.")
    found = facts_of(text, date(2026, 11, 5))
    assert {row[2] for row in found if row[7] in (24.7e9, 11.3)} == {"medicines"}


def test_a_second_verb_after_and_is_no_goods_of_its_own() -> None:
    """"..., and ran 1.8 percent above September's level": the iron ore's month-on-month change, not goods "ran"."""
    text = ("China's iron ore imports\n\nBEIJING, Nov 20 - China's imports of iron ore rose 3.1 percent from a year "
            "earlier to 105.2 million tonnes in October 2026, equal to about 3.4 million tonnes a day, and ran 1.8 "
            "percent above September's level as mills restocked.")
    goods = {row[7]: row[2] for row in facts_of(text, date(2026, 11, 20))}
    assert goods.get(1.8) == "iron ore", goods


def test_goods_named_as_a_sector_are_the_balance_s_goods() -> None:
    """"The non-oil and gas sector posted a surplus of $5.48 billion, while the oil and gas sector recorded a deficit
    of $1.56 billion": each balance is of the goods its sector names (Indonesian releases report both)."""
    text = ("Indonesia's surplus\n\nJAKARTA, Nov 17 - Indonesia booked a trade surplus of US$3.92 billion in October "
            "2026. The non-oil and gas sector posted a surplus of $5.48 billion, while the oil and gas sector "
            "recorded a deficit of $1.56 billion.")
    goods = {row[7]: row[2] for row in facts_of(text, date(2026, 11, 17))}
    assert goods == {3.92e9: None, 5.48e9: "non-oil and gas", -1.56e9: "oil and gas"}, goods


def test_an_acronym_with_an_ampersand_stands_for_the_goods_it_abbreviates() -> None:
    """"electrical and electronic (E&E) products" are the goods of their figures, and so are the later "E&E
    exports" (Malaysian reporting writes both)."""
    text = ("Malaysia's exports rise\n\nKUALA LUMPUR, Nov 20 - Malaysia's exports of electrical and electronic (E&E) "
            "products rose 12.3 per cent to RM59.0 billion in October 2026. E&E exports to the United States grew "
            "21.4 per cent to RM11.2 billion.")
    goods = {row[7]: row[2] for row in facts_of(text, date(2026, 11, 20))}
    assert set(goods.values()) == {"electrical and electronic products"} and len(goods) == 4, goods


def test_manufacturing_is_goods_and_a_rate_s_goods_may_follow_it() -> None:
    """"Manufacturing exports grew 10.4%" names its goods (not a participle); "led by a 14.1% rise in
    non-automotive goods" names the goods of the rate written before them."""
    text = ("Mexico's exports\n\nMEXICO CITY, Nov 27 (Reuters) - Mexico's exports rose 8.7% to $59.4 billion in "
            "October 2026. Manufacturing exports grew 10.4%, led by a 14.1% rise in non-automotive goods, while "
            "automotive exports climbed 5.3%.")
    goods = {row[7]: row[2] for row in facts_of(text, date(2026, 11, 27))}
    assert goods[10.4] == "manufacturing" and goods[14.1] == "non-automotive goods", goods


def test_goods_before_earnings_are_the_goods_of_the_export_figure() -> None:
    """"Iron ore earnings slipped 5.6% to A$9.87 billion": iron ore's exports; "copper export earnings" are copper's."""
    text = ("Australia's trade\n\nSYDNEY, Dec 4 - Australia's exports fell 2.1% in October 2026 to A$41.3 billion. "
            "Iron ore earnings slipped 5.6% to A$9.87 billion, and copper export earnings rose 3.0%.")
    goods = {row[7]: (row[2], row[4]) for row in facts_of(text, date(2026, 12, 4))}
    assert goods[9.87e9] == ("iron ore", "exports") and goods[3.0] == ("copper", "exports"), goods


def test_a_list_of_goods_with_an_item_of_two_words_joined_by_and_is_shared_out_by_respectively() -> None:
    """"textiles and garments, footwear and seafood ... $36.1 billion, $23.4 billion and $10.2 billion,
    respectively": the commas and the last "and" cut the list, also after an opening phrase."""
    for opening in ("Exports of textiles and garments, footwear and seafood reached",
                    "Among labor-intensive sectors, textiles and garments, footwear and seafood brought in"):
        text = ("Vietnam's trade\n\nHANOI, Dec 6 - Vietnam's exports in the first 11 months of 2026 reached $483.1 "
                f"billion. {opening} $36.1 billion, $23.4 billion and $10.2 billion, respectively.")
        goods = {row[7]: row[2] for row in facts_of(text, date(2026, 12, 6))}
        assert (goods[36.1e9], goods[23.4e9], goods[10.2e9]) == ("textiles and garments", "footwear", "seafood"), goods


def test_a_group_named_after_its_members_and_earned_for_its_economy_is_the_figure_s_goods() -> None:
    """"Electric vehicles, lithium-ion batteries and solar cells, the green product group that policymakers have
    taken to calling the "new three", earned China 1.12 trillion yuan": the group's goods (the economy the goods
    earned for is no cut in their sentence); "Taken together, the three products" and "carmakers sent" name no goods."""
    text = ("China's exports\n\nBEIJING, Nov 15 - China's exports rose 5.1 percent in October 2026. Electric vehicles, "
            "lithium-ion batteries and solar cells, the green product group that policymakers have taken to calling the "
            "\"new three\", earned China 1.12 trillion yuan in overseas sales during the first 10 months of 2026. "
            "Taken together, the three products represented 4.9 percent of China's outbound shipments, and carmakers "
            "sent 2.46 million vehicles abroad, 25.7 percent more than a year earlier.")
    goods = {row[7]: row[2] for row in facts_of(text, date(2026, 11, 15))}
    assert goods[1.12e12] == "new three", goods
    assert "taken" not in goods.values() and "carmakers" not in goods.values(), goods


def test_what_earned_or_brought_in_money_is_goods_but_not_a_place() -> None:
    """"Milk powder, butter and cheese, the backbone of the export trade, brought in $1.90 billion" and "Within that
    group, milk powder earned $926 million": the goods of each figure; "Chile earned $9.8 billion" names no goods."""
    text = ("NZ trade\n\nWELLINGTON, Nov 26 - New Zealand's exports rose 6.1 percent in October 2026. Milk powder, butter "
            "and cheese, the backbone of the export trade, brought in $1.90 billion last month. Within that group, milk "
            "powder earned $926 million, up 19 percent. Chile earned $9.8 billion.")
    goods = {row[7]: row[2] for row in facts_of(text, date(2026, 11, 26))}
    assert goods[1.90e9] == "milk powder, butter and cheese" and goods[926e6] == "milk powder", goods
    assert goods.get(9.8e9) is None, goods
