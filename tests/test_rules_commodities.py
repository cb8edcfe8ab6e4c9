"""Commodity stories: what a country buys, counted in tonnes and dollars, with looks back at the month before.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

AUG = ("2025-08", "2025-08")
SEP = ("2025-09", "2025-09")
OCT = ("2025-10", "2025-10")

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "in a story on what a country buys, bare 'shipments' and 'arrivals' are imports": (
        "China's Iron Ore Imports Climb as Mills Restock\n\n(Bloomberg) -- China bought 104.6 million tons of iron "
        "ore in August 2025, up 2.8% from a year earlier. On a monthly basis, shipments rose 6.2%.\n\nSoybean "
        "arrivals fell 4.3% to 11.8 million tons.",
        date(2025, 9, 8),
        [("China", None, "iron ore", None, "imports", "growth", "mom", 6.2, "percent", *AUG),
         ("China", None, "soybeans", None, "imports", "growth", "yoy", -4.3, "percent", *AUG),
         ("China", None, "soybeans", None, "imports", "quantity", None, 11.8e6, "tonnes", *AUG)],
    ),
    "shipments that are sold stay exports in such a story": (
        "China's Crude Imports Slide\n\n(Bloomberg) -- China's crude oil imports fell 3.4% in August 2025. Steel "
        "shipments to Vietnam rose 8.1% to 1.2 million tons.",
        date(2025, 9, 8),
        [("China", "Vietnam", "steel", None, "exports", "growth", "yoy", 8.1, "percent", *AUG)],
    ),
    "a month looked back at after a number out of scope does not become the story's month": (
        "China's Crude Imports Rebound\n\n(Bloomberg) -- China imported 47.7 million tons of crude oil in August "
        "2025. That is about 11.2 million barrels a day, compared with roughly 10.1 million barrels a day in July, "
        "when arrivals sank to 42.9 million tons. On a monthly basis, purchases rose 9.8%.",
        date(2025, 9, 8),
        [("China", None, "crude oil", None, "imports", "quantity", None, 42.9e6, "tonnes", "2025-07", "2025-07"),
         ("China", None, "crude oil", None, "imports", "growth", "mom", 9.8, "percent", *AUG)],
    ),
    "'broader trade numbers' turn the paragraph to all goods; 'the commodity figures' name none": (
        "China's Copper Imports Slide\n\n(Bloomberg) -- China's copper imports fell 6.2% to 412,000 tons in August "
        "2025.\n\nThe commodity figures came with broader trade numbers that showed imports rose 1.3% to $215.9 "
        "billion. Exports climbed 4.4% to $321.8 billion.",
        date(2025, 9, 8),
        [("China", None, None, None, "imports", "growth", "yoy", 1.3, "percent", *AUG),
         ("China", None, None, None, "exports", "growth", "yoy", 4.4, "percent", *AUG),
         ("China", None, None, None, "exports", "value", None, 321.8e9, "USD", *AUG)],
    ),
    "'those exports' after a count of goods in the same sentence are those goods": (
        "China-LatAm trade\n\nBEIJING - China shipped 655,000 automobiles to Latin America in the first seven "
        "months of 2025, and the value of those exports rose 16.2 percent to 82.4 billion yuan.",
        date(2025, 8, 8),
        [("China", "Latin America", "automobiles", None, "exports", "growth", "yoy", 16.2, "percent", "2025-01",
          "2025-07")],
    ),
    "'non-oil and gas exports' and 'the oil and gas trade balance' are one category each": (
        "Indonesia's trade\n\nJAKARTA - Indonesia's non-oil and gas exports rose 6.3 percent in August 2025. The oil "
        "and gas trade balance recorded a deficit of US$1.42 billion.",
        date(2025, 9, 15),
        [("Indonesia", None, "non-oil and gas", None, "exports", "growth", "yoy", 6.3, "percent", *AUG),
         ("Indonesia", None, "oil and gas", None, "balance", "value", None, -1.42e9, "USD", *AUG)],
    ),
    "'the mainstay export', 'sectoral exports' and 'the deepest deficit' name no goods": (
        "Korea's exports\n\nSEOUL - Outbound shipments of semiconductors, the country's mainstay export, rose 31.2 "
        "percent in August 2025. The automotive industry led sectoral exports with $2.9 billion. The deepest deficit "
        "was with China, at $1.1 billion.",
        date(2025, 9, 1),
        [("South Korea", None, "semiconductors", None, "exports", "growth", "yoy", 31.2, "percent", *AUG),
         ("South Korea", "China", None, None, "balance", "value", None, -1.1e9, "USD", *AUG)],
    ),
    "goods that 'brought in' money earned it, a country that 'brought in' goods bought them": (
        "Brazil's exports\n\nBRASILIA - Brazil's exports rose in August 2025. Crude oil brought in $3.9 billion as "
        "output rose. China brought in $2.1 billion of iron ore.",
        date(2025, 9, 5),
        [("Brazil", None, "crude oil", None, "exports", "value", None, 3.9e9, "USD", *AUG)],
    ),
    "'the metal' is the last metal named, in a sentence without figures too, not the goods of the last figure": (
        "China's rare-earth magnet exports slip\n\nBEIJING - China's exports of rare-earth magnets fell in August "
        "2025. Magnet exports came to 5,120 tonnes, down 3.2% from July.\n\nAntimony was another matter. Customs "
        "recorded 612 tonnes of the metal leaving the country, up 12% from a year earlier.",
        date(2025, 9, 20),
        [("China", None, "antimony", None, "exports", "quantity", None, 612.0, "tonnes", *AUG),
         ("China", None, "antimony", None, "exports", "growth", "yoy", 12.0, "percent", *AUG)],
    ),
    "in a story on what a country buys, 'shipments rose 1.1% to 110.54 million tons' are bought: 'to' a number is "
    "no destination": (
        "China's Oil Imports Climb\n\nBEIJING (Bloomberg) -- China's crude oil imports rose in August 2025.\n\n"
        "Iron ore shipments rose 2.4% from July to 105.2 million tons.",
        date(2025, 9, 8),
        [("China", None, "iron ore", None, "imports", "quantity", None, 105.2e6, "tonnes", *AUG)],
    ),
    "a figureless sentence opening on one commodity ('Coal was the weak spot.') names the paragraph's goods": (
        "China's Oil Imports Climb\n\nBEIJING (Bloomberg) -- China's crude oil imports rose in August 2025. Crude "
        "imports reached 49.2 million tons.\n\nCoal was the weak spot. Imports dropped 11% to 38.4 million tons.",
        date(2025, 9, 8),
        [("China", None, "coal", None, "imports", "quantity", None, 38.4e6, "tonnes", *AUG),
         ("China", None, "coal", None, "imports", "growth", "yoy", -11.0, "percent", *AUG)],
    ),
    "a sentence naming no goods keeps the goods its paragraph turned to, not the headline's": (
        "China's Oil Imports Climb\n\nBEIJING (Bloomberg) -- China's crude oil imports rose in August 2025.\n\n"
        "Soybean arrivals fell 3.1% to 9.2 million tons. Buyers paid $4.1 billion for the cargoes.\n\n"
        "Refiners spent $25.3 billion, the data showed.",
        date(2025, 9, 8),
        [("China", None, "soybeans", None, "imports", "value", None, 4.1e9, "USD", *AUG),
         ("China", None, "crude oil", None, "imports", "value", None, 25.3e9, "USD", *AUG)],
    ),
    "a figureless opening on goods with a flow noun or 'tells' names the paragraph's goods, ores included": (
        "China's Oil Imports Climb\n\nBEIJING (Bloomberg) -- China's crude oil imports rose 5.2% in August 2025."
        "\n\nIron ore tells another story. The country paid $9.7 billion for the steelmaking ingredient.\n\n"
        "Copper buying was mixed. Purchases fell 2.2% to 1.9 million tons.",
        date(2025, 9, 8),
        [("China", None, "iron ore", None, "imports", "value", None, 9.7e9, "USD", *AUG),
         ("China", None, "copper", None, "imports", "growth", "yoy", -2.2, "percent", *AUG),
         ("China", None, "copper", None, "imports", "quantity", None, 1.9e6, "tonnes", *AUG)],
    ),
    "'the meat' in a beef story is beef, as 'the metal' is the metal just named": (
        "China's beef imports slip\n\nBEIJING (Reuters) - China's beef imports fell in August 2025. Buyers took "
        "in 205,400 tons of the meat, down 3.9% from a year earlier.",
        date(2025, 9, 20),
        [("China", None, "beef", None, "imports", "quantity", None, 205400.0, "tonnes", *AUG),
         ("China", None, "beef", None, "imports", "growth", "yoy", -3.9, "percent", *AUG)],
    ),
    "a clause that names no flow, before a contrast that names one, continues the flow of the figures before": (
        "China's beef imports slip\n\nBEIJING (Reuters) - China's beef imports fell 3.9% in August 2025. Uruguay "
        "came third with 31,600 tons, while shipments from Australia rose 12% to 22,800 tons.",
        date(2025, 9, 20),
        [("China", "Uruguay", "beef", None, "imports", "rank", None, 3.0, "number", *AUG),
         ("China", "Uruguay", "beef", None, "imports", "quantity", None, 31600.0, "tonnes", *AUG)],
    ),
    "'the metal' named within the story's goods stands for the story's goods, not the one word": (
        "China's August copper imports climb\n\nBEIJING (Reuters) - China's imports of unwrought copper and copper "
        "products rose in August 2025. Arrivals of the metal reached 431,000 tons.",
        date(2025, 9, 20),
        [("China", None, "unwrought copper and copper products", None, "imports", "quantity", None, 431000.0,
          "tonnes", *AUG)],
    ),
    "'the light metal' with no metal named before it is the story's metal, not the other goods just named": (
        "China's August aluminium exports slip\n\nBEIJING (Reuters) - China's aluminium exports fell 4% in August "
        "2025. Alumina exports reached 141,000 tons. Imports of the light metal rose 18.2% to 312,000 tons.",
        date(2025, 9, 20),
        [("China", None, "aluminium", None, "imports", "growth", "yoy", 18.2, "percent", *AUG),
         ("China", None, "aluminium", None, "imports", "quantity", None, 312000.0, "tonnes", *AUG)],
    ),
    "'vehicle shipments' and 'automobile exports' name the goods in the plural, as 'car exports' does": (
        "China-Russia trade falls\n\nBEIJING (Reuters) - China's trade with Russia fell in August 2025. Chinese "
        "vehicle shipments to Russia slumped 46%. Automobile exports to Kazakhstan rose 12%.",
        date(2025, 9, 20),
        [("China", "Russia", "vehicles", None, "exports", "growth", "yoy", -46.0, "percent", *AUG),
         ("China", "Kazakhstan", "automobiles", None, "exports", "growth", "yoy", 12.0, "percent", *AUG)],
    ),
    "'the value of Russian crude bought by China' is of crude oil, from Russia": (
        "China-Russia trade falls\n\nBEIJING (Reuters) - China's trade with Russia fell in August 2025. The value "
        "of Russian crude bought by China dropped 19.6% to 28.5 billion yuan.",
        date(2025, 9, 20),
        [("China", "Russia", "crude oil", None, "imports", "growth", "yoy", -19.6, "percent", *AUG),
         ("China", "Russia", "crude oil", None, "imports", "value", None, 28.5e9, "CNY", *AUG)],
    ),
    "'the alloy' is the steel just named": (
        "China's steel exports climb\n\nBEIJING (Reuters) - China's steel exports rose 2.5% in August 2025, while "
        "imports of the alloy slid 8%.",
        date(2025, 9, 20),
        [("China", None, "steel", None, "imports", "growth", "yoy", -8.0, "percent", *AUG)],
    ),
    "'total imports' in tonnes in a commodity story are the story's goods, not all goods": (
        "China's coal imports slide\n\nBEIJING (Reuters) - China's coal imports fell in August 2025. In the first "
        "eight months, total imports slid 11.2% to 301.4 million tons.",
        date(2025, 9, 20),
        [("China", None, "coal", None, "imports", "growth", "yoy", -11.2, "percent", "2025-01", "2025-08"),
         ("China", None, "coal", None, "imports", "quantity", None, 301.4e6, "tonnes", "2025-01", "2025-08")],
    ),
    "a supplier's own 'shipments' in a story on what China buys are China's imports from it": (
        "China's coal imports slip\n\nBEIJING (Reuters) - China's coal imports fell 5% in August 2025. Indonesia's "
        "year-to-date shipments stood at 151.3 million tons.",
        date(2025, 9, 20),
        [("China", "Indonesia", "coal", None, "imports", "quantity", None, 151.3e6, "tonnes", "2025-01", "2025-08")],
    ),
    "'the No. 2 supplier' is a rank, and 'China's third-largest source' in an apposition keeps the partner": (
        "China's copper imports rise\n\nBEIJING (Reuters) - China's copper imports rose 5% in August 2025. Arrivals "
        "from Peru, the No. 2 supplier, rose 4% to 512,000 tons. Imports from Mongolia, China's third-largest "
        "source, fell 2%.",
        date(2025, 9, 20),
        [("China", "Peru", "copper", None, "imports", "rank", None, 2.0, "number", *AUG),
         ("China", "Mongolia", "copper", None, "imports", "rank", None, 3.0, "number", *AUG),
         ("China", "Mongolia", "copper", None, "imports", "growth", "yoy", -2.0, "percent", *AUG)],
    ),
    "'over the same period' is the period of the figures just read, across a paragraph": (
        "China's iron ore imports rise\n\nBEIJING (Reuters) - China's iron ore imports rose 3% in 2025.\n\n"
        "Australia remained the top supplier in the first 11 months, with China importing 694.6 million tons from "
        "the country.\n\nCargoes from Brazil rose 2.9% to 238.4 million tons over the same period.",
        date(2026, 1, 20),
        [("China", "Brazil", "iron ore", None, "imports", "growth", "yoy", 2.9, "percent", "2025-01", "2025-11")],
    ),
    "suppliers' demonyms beyond the large economies ('Qatari cargoes', 'Peruvian shipments') name the partner": (
        "China's LNG imports from Qatar plunge\n\nBEIJING (Reuters) - China's LNG imports fell in August 2025. The "
        "Qatari cargoes were valued at $296 million. Peruvian shipments rose 4% to 0.31 million tons.",
        date(2025, 9, 20),
        [("China", "Qatar", "lng", None, "imports", "value", None, 296e6, "USD", *AUG),
         ("China", "Peru", "lng", None, "imports", "growth", "yoy", 4.0, "percent", *AUG)],
    ),
    "'the world's second-largest economy brought in ... tons' is trade, though 'economy' names its subject": (
        "China's LNG imports fall\n\nBEIJING (Reuters) - China's LNG imports fell in August 2025. For the first "
        "eight months, the world's second-largest economy brought in 41.2 million tons of LNG.",
        date(2025, 9, 20),
        [("China", None, "lng", None, "imports", "quantity", None, 41.2e6, "tonnes", "2025-01", "2025-08")],
    ),
    "'That compared with ...' keeps the supplier just named, and '56.8% below February's volume' is a rate": (
        "China's LNG imports from Qatar plunge\n\nBEIJING (Reuters) - China's LNG imports from Qatar fell in "
        "August 2025. Qatar's shipments fell to 0.69 million tons. That compared with 1.59 million tons in August "
        "2024 and was 56.8% below July's volume.",
        date(2025, 9, 20),
        [("China", "Qatar", "lng", None, "imports", "quantity", None, 1.59e6, "tonnes", "2024-08", "2024-08"),
         ("China", "Qatar", "lng", None, "imports", "growth", "mom", -56.8, "percent", *AUG)],
    ),
    "'with Chile supplying about 65 per cent of the volume' is a supplier's share, 'Supplies from Iraq fell' a rate": (
        "China's lithium imports rise\n\nBEIJING (Reuters) - China imported 25,100 tonnes of lithium carbonate in "
        "August 2025, with Chile supplying about 65 per cent of the volume. Supplies from Argentina fell 4.1%.",
        date(2025, 9, 20),
        [("China", "Chile", "lithium carbonate", None, "imports", "share", None, 65.0, "percent", *AUG),
         ("China", "Argentina", "lithium carbonate", None, "imports", "growth", "yoy", -4.1, "percent", *AUG)],
    ),
    "'lowering the country's share to 14.9 per cent' is a share, not a rate": (
        "China's battery exports\n\nBEIJING (Reuters) - China's battery exports rose in August 2025. Exports to "
        "the US dropped 17.2 per cent, lowering the country's share to 14.9 per cent.",
        date(2025, 9, 20),
        [("China", "United States", "batteries", None, "exports", "share", None, 14.9, "percent", *AUG)],
    ),
    "'the feedstock' is the goods just named, as 'the metal' and 'the grains' are": (
        "China's Oil Imports Climb\n\nBEIJING (Bloomberg) -- China's crude oil imports rose in August 2025.\n\n"
        "Imports of bauxite increased 4.1% on the month to 18.2 million tons. Purchases of the feedstock rose 9.5% "
        "from a year earlier.",
        date(2025, 9, 8),
        [("China", None, "bauxite", None, "imports", "growth", "yoy", 9.5, "percent", *AUG)],
    ),
    "a headline's 'China's US soybean imports' is China's story on soybeans; the US only qualifies the goods": (
        "China's US soybean imports stay at zero in August\n\nBEIJING - China bought no soybeans from the United "
        "States in August 2025. Shipments from Brazil surged 31.2 per cent to 10.49 million tonnes.",
        date(2025, 9, 20),
        [("China", "Brazil", "soybeans", None, "imports", "quantity", None, 10.49e6, "tonnes", *AUG)],
    ),
    "a supplier's share 'of total arrivals' or 'of the country's total ... imports' is a share of the story's goods": (
        "China's copper ore imports hit record in August\n\nBEIJING - China's imports of copper ore rose in August "
        "2025. Chile shipped 1.2 million tonnes, or 38.5% of total arrivals. Purchases from Peru rose 6 per cent to "
        "0.9 million tonnes, accounting for 29 per cent of the country's total copper ore imports.",
        date(2025, 9, 20),
        [("China", "Chile", "copper ore", None, "imports", "share", None, 38.5, "percent", *AUG),
         ("China", "Peru", "copper ore", None, "imports", "share", None, 29.0, "percent", *AUG)],
    ),
    "'beans' in a soybean story are soybeans, and a supplier 'giving it 71.2 per cent of the market' has a share": (
        "China's soybean imports rise in August\n\nBEIJING - China's soybean imports rose in August 2025. Arrivals "
        "of Canadian beans slipped 5.9 per cent. Brazil supplied 8.1 million tonnes, giving it 71.2 per cent of the "
        "market.",
        date(2025, 9, 20),
        [("China", "Canada", "soybeans", None, "imports", "growth", "yoy", -5.9, "percent", *AUG),
         ("China", "Brazil", "soybeans", None, "imports", "share", None, 71.2, "percent", *AUG)],
    ),
    "in a story on what China buys, 'shipping' and a second seller after 'while' ('while Peru sent') are suppliers "
    "of its imports": (
        "China's copper concentrate imports hit record in August\n\nBEIJING - China's imports of copper "
        "concentrate climbed to a record in August 2025.\n\nChile remained the largest supplier, shipping 1.01 "
        "million tons, while Peru sent 0.61 million tons. Imports from Mongolia slipped 4.2%.",
        date(2025, 9, 20),
        [("China", "Chile", "copper concentrate", None, "imports", "quantity", None, 1.01e6, "tonnes", *AUG),
         ("China", "Peru", "copper concentrate", None, "imports", "quantity", None, 0.61e6, "tonnes", *AUG),
         ("China", "Mongolia", "copper concentrate", None, "imports", "growth", "yoy", -4.2, "percent", *AUG)],
    ),
    "'the silvery metal' is the metal a figureless sentence just named ('Antimony was hit hardest.'), and 'Their "
    "value' its value": (
        "China's critical minerals exports slump\n\n(Caixin) -- China's exports of several critical minerals "
        "slumped in August 2025.\n\nAntimony was hit hardest. Overseas sales of the silvery metal plunged 88% to "
        "140 tons. Their value fell 79% to $3.2 million.",
        date(2025, 9, 20),
        [("China", None, "antimony", None, "exports", "quantity", None, 140.0, "tonnes", *AUG),
         ("China", None, "antimony", None, "exports", "value", None, 3.2e6, "USD", *AUG)],
    ),
    "'LNG' in a text that spells out 'liquefied natural gas' is that; 'Arrivals from Qatar', 'The shipments' after a "
    "supplier's figure, and 'Malaysian cargoes' in a story on what China buys are partners' figures": (
        "China's LNG imports from Qatar slump in August\n\nSINGAPORE (Reuters) - China's imports of liquefied "
        "natural gas fell in August 2025. Arrivals from Qatar fell 67.9% to 510,200 metric tons. Australia was "
        "China's top supplier, shipping 1.86 million tons. The shipments made up 42.5% of the total. Malaysian "
        "cargoes were valued at $296 million.",
        date(2025, 9, 20),
        [("China", "Qatar", "liquefied natural gas", None, "imports", "quantity", None, 510200.0, "tonnes", *AUG),
         ("China", "Australia", "liquefied natural gas", None, "imports", "share", None, 42.5, "percent", *AUG),
         ("China", "Malaysia", "liquefied natural gas", None, "imports", "value", None, 296e6, "USD", *AUG)],
    ),
    "a headline's 'China's Russian oil imports' is China's story on oil, the Russian origin no subject; the lead "
    "names the goods ('crude oil')": (
        "China's Russian oil imports climb in August; Saudi flows jump\n\nBEIJING (Reuters) - China's crude oil "
        "imports from Russia rose 11.4% in August 2025.\n\nArrivals from Russia, China's top supplier, totalled "
        "9.86 million metric tons and were worth $4.52 billion.",
        date(2025, 9, 20),
        [("China", "Russia", "crude oil", None, "imports", "growth", "yoy", 11.4, "percent", *AUG),
         ("China", "Russia", "crude oil", None, "imports", "value", None, 4.52e9, "USD", *AUG)],
    ),
    "in a story on what a country buys, a country after 'volumes from' or a tonnage's 'from' is its supplier": (
        "China's nickel ore imports rise\n\n(Reuters) - China brought in 4.1 million metric tons of the ore from the "
        "Philippines in August 2025. Volumes from New Caledonia fell 12.5% to 310,000 tons.",
        date(2025, 9, 20),
        [("China", "Philippines", "nickel ore", None, "imports", "quantity", None, 4.1e6, "tonnes", *AUG),
         ("China", "New Caledonia", "nickel ore", None, "imports", "growth", "yoy", -12.5, "percent", *AUG),
         ("China", "New Caledonia", "nickel ore", None, "imports", "quantity", None, 310e3, "tonnes", *AUG)],
    ),
    "a supplier whose verb is left out ('and Brazil 21.5 million tons') is a supplier, and no subject after it": (
        "China's iron ore imports climb\n\n(Reuters) - China bought 96.2 million metric tons of iron ore in "
        "October 2025. Australia supplied 58.1 million tons, up 4.1%, and Brazil 21.5 million tons, up 12.3%. "
        "Imports from Guinea rose 30%.",
        date(2025, 11, 20),
        [("China", "Brazil", "iron ore", None, "imports", "quantity", None, 21.5e6, "tonnes", *OCT),
         ("China", "Brazil", "iron ore", None, "imports", "growth", "yoy", 12.3, "percent", *OCT),
         ("China", "Guinea", "iron ore", None, "imports", "growth", "yoy", 30.0, "percent", *OCT)],
    ),
    "'Russian-origin crude' and 'US-sourced beans' name the supplier as a demonym does": (
        "China's crude imports rise\n\n(Reuters) - In the first ten months of 2025, Russian-origin crude arrivals "
        "reached 88.4 million tons, down 2.9% from a year earlier. US-sourced soybeans were 21.5% of the total.",
        date(2025, 11, 20),
        [("China", "Russia", "crude oil", None, "imports", "quantity", None, 88.4e6, "tonnes", "2025-01", "2025-10"),
         ("China", "Russia", "crude oil", None, "imports", "growth", "yoy", -2.9, "percent", "2025-01", "2025-10")],
    ),
    "a seller described by a participle ('often used as a transhipment point for Iranian oil') stays the seller": (
        "China's crude imports rise\n\n(Reuters) - Iraqi volumes fell 3.8% to 5.2 million tons in October 2025, "
        "while Oman, long seen as a swing supplier for Iranian cargoes, sent 3.9 million tons, up 11.6%.",
        date(2025, 11, 20),
        [("China", "Oman", "crude oil", None, "imports", "quantity", None, 3.9e6, "tonnes", *OCT),
         ("China", "Oman", "crude oil", None, "imports", "growth", "yoy", 11.6, "percent", *OCT)],
    ),
    "'That kept the landlocked neighbour ...', 'That left Canada with ...': a small clause's subject is the supplier": (
        "China's potash imports climb\n\n(Reuters) - China bought 1.4 million tons of potash from Laos in October "
        "2025. That kept the landlocked neighbour ahead of Belarus as China's second-largest supplier. Purchases "
        "from Canada fell. That left Canada with 18.5 per cent of China's potash imports.",
        date(2025, 11, 20),
        [("China", "Laos", "potash", None, "imports", "rank", None, 2.0, "number", *OCT),
         ("China", "Canada", "potash", None, "imports", "share", None, 18.5, "percent", *OCT)],
    ),
    "the whole of a supplier's share is every supplier's: it takes no partner": (
        "China's soybean imports from Brazil climb\n\n(Reuters) - Brazil shipped 6.2 million tons of soybeans to "
        "China in August 2025, or 71% of its total soybean imports of 8.7 million tons. Argentine beans made up 9.6% "
        "of China's overall soybean imports in July, which reached 11.7 million tons.",
        date(2025, 9, 20),
        [("China", "Brazil", "soybeans", None, "imports", "share", None, 71.0, "percent", *AUG),
         ("China", None, "soybeans", None, "imports", "quantity", None, 8.7e6, "tonnes", *AUG),
         ("China", None, "soybeans", None, "imports", "quantity", None, 11.7e6, "tonnes", "2025-07", "2025-07")],
    ),
    "'up 0.9 percent in volume, while the value of the shipments dropped 12.1 percent': the value's rate and flow": (
        "Heilongjiang trade\n\nHARBIN, Oct 20 (Xinhua) -- The province imported 19.76 million tonnes of crude oil in "
        "the first nine months, up 0.9 percent in volume, while the value of the shipments dropped 12.1 percent to "
        "88.6 billion yuan.",
        date(2025, 10, 20),
        [("Heilongjiang", None, "crude oil", None, "imports", "growth", "yoy", -12.1, "percent", "2025-01", "2025-09"),
         ("Heilongjiang", None, "crude oil", None, "imports", "value", None, 88.6e9, "CNY", "2025-01", "2025-09")],
    ),
    "a December and full-year commodity story: the year's figures, a reason's period, 'the December rush', 'shipments from the world's biggest producer'": (
        "China's steel exports hit record in 2025 as December shipments surge\n\nBEIJING, Jan 14 - Exports of steel "
        "products reached 11.3 million metric tons last month, up 16.1% from a year earlier.\n\nFor the full year, "
        "shipments from the world's biggest steel producer rose 7.5% to 119.02 million tons. The value of those "
        "exports slipped 2.6% to $80.8 billion as average prices kept falling, to about $679 a ton from roughly $749 "
        "in 2024.\n\nTraders said the December rush reflected worries about new licences.\n\nSteel imports fell "
        "11.1% to 6.05 million tons. Most-traded rebar futures on the Shanghai Futures Exchange fell 0.4%.",
        date(2026, 1, 14),
        [("China", None, "steel products", None, "exports", "quantity", None, 119.02e6, "tonnes", "2025-01", "2025-12"),
         ("China", None, "steel products", None, "exports", "value", None, 80.8e9, "USD", "2025-01", "2025-12"),
         ("China", None, "steel", None, "imports", "quantity", None, 6.05e6, "tonnes", "2025-01", "2025-12")],
    ),
    "'has supplied' makes a seller a supplier; a which-clause's 'export duties' are neither the flow nor the goods": (
        "China's crude imports climb in March\n\nBEIJING, April 14 (Reuters) - China's crude oil imports rose 4.8% "
        "in March 2025 from a year earlier.\n\nShipments from Angola, which lifted its oil export duties in "
        "February, climbed 12.1% to 3.2 million tonnes. Iraq has supplied 14.5 million tonnes so far this year.",
        date(2025, 4, 14),
        [("China", "Angola", "crude oil", None, "imports", "growth", "yoy", 12.1, "percent", "2025-03", "2025-03"),
         ("China", "Angola", "crude oil", None, "imports", "quantity", None, 3.2e6, "tonnes", "2025-03", "2025-03"),
         ("China", "Iraq", "crude oil", None, "imports", "quantity", None, 14.5e6, "tonnes", "2025-01", "2025-03")],
    ),
    "a supplier's tonnage paragraphs later, under a headline that names no goods, is of the goods the story counts": (
        "Mine outage leaves Chinese smelters short\n\nSINGAPORE, Oct 20 (Reuters) - China's copper concentrate "
        "imports slipped 3.1% in September to 2.4 million tons, customs figures showed.\n\nSmelters drew down "
        "stocks, traders said.\n\nChile stayed the largest supplier, sending 780,522 tons, 3.2% more than a year "
        "before.",
        date(2025, 10, 20),
        [("China", "Chile", "copper concentrate", None, "imports", "rank", None, 1.0, "number", *SEP),
         ("China", "Chile", "copper concentrate", None, "imports", "quantity", None, 780522.0, "tonnes", *SEP),
         ("China", "Chile", "copper concentrate", None, "imports", "growth", "yoy", 3.2, "percent", *SEP)],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_commodity_story(name: str) -> None:
    assert_yields(*CASES[name])


def test_a_class_phrase_does_not_reach_past_a_new_clause() -> None:
    """'Shipments of the metal dried up ..., and the US deficit with Switzerland narrowed': the deficit is no gold."""
    text = ("US trade gap narrows\n\nWASHINGTON - Gold imports from Switzerland fell in August 2025. Shipments of the "
            "metal dried up after the duty, and the US deficit with Switzerland narrowed to $2.1 billion.")
    found = facts_of(text, date(2025, 10, 7))
    assert [row[2] for row in found if row[7] == -2.1e9] == [None]


def test_a_cost_per_ton_is_a_price() -> None:
    """'with the average cost per ton down 12.5%': a price's change, no trade figure."""
    text = ("China's soybean imports rise\n\nBEIJING - China's soybean imports rose 5.3% in the first nine months of "
            "2025. The bill fell 7.9% to $38.32 billion, with the average cost per ton down 12.5% to $444.65.")
    found = facts_of(text, date(2025, 10, 20))
    assert 7.9 in [abs(row[7]) for row in found] and not any(abs(row[7]) == 12.5 for row in found)
