"""Partners as Chinese releases and wire stories name them: rows as in test_rules_constructions.

Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

Q1_Q3 = ("2025-01", "2025-09")

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "'sales to the world's biggest economy, the United States,': the partner named in apposition, and its rate "
    "kept though 'economy' opens the window before it": (
        "China's exports\n\nBEIJING, Dec 8 - China's exports rose 5.9 percent in November. Shipments to the world's "
        "largest economy, the United States, kept shrinking, falling 27.4 percent year on year to $34.1 billion.",
        date(2025, 12, 8),
        [("China", "United States", None, None, "exports", "growth", "yoy", -27.4, "percent", "2025-11", "2025-11"),
         ("China", "United States", None, None, "exports", "value", None, 34.1e9, "USD", "2025-11", "2025-11")],
    ),
    "a pair in a headline whose second name is of two words ('China-New Zealand', 'China-Saudi Arabia')": (
        "China-Saudi Arabia trade slips in 2025\n\nBEIJING, Jan 20 (Xinhua) -- China's trade with the kingdom fell "
        "2.4 percent in 2025, customs data showed. Chinese exports rose 6.1 percent.",
        date(2026, 1, 20),
        [("China", "Saudi Arabia", None, None, "exports", "growth", "yoy", 6.1, "percent", "2025-01", "2025-12")],
    ),
    "a region's combined imports and exports, and its border trade, are with every partner in a story on one": (
        "Guangxi's trade with ASEAN climbs\n\nNANNING, Oct. 24 (Xinhua) -- Guangxi's combined imports and exports "
        "reached 512.4 billion yuan in the first three quarters of 2025. Its border trade rose 9.1 percent to 120.3 "
        "billion yuan. Trade with ASEAN rose 12 percent.",
        date(2025, 10, 24),
        [("Guangxi", None, None, None, "total", "value", None, 512.4e9, "CNY", "2025-01", "2025-09"),
         ("Guangxi", None, None, "border trade", "total", "value", None, 120.3e9, "CNY", "2025-01", "2025-09"),
         ("Guangxi", "ASEAN", None, None, "total", "growth", "yoy", 12.0, "percent", "2025-01", "2025-09")],
    ),
    "an apposition that names the partner as another place's largest economy ('Latin America's') is no GDP figure": (
        "China's trade\n\nBEIJING (Xinhua) -- China's trade with Latin America rose in 2025. Exports to Brazil, "
        "Latin America's largest economy, rose 5 percent.",
        date(2026, 1, 20),
        [("China", "Brazil", None, None, "exports", "growth", "yoy", 5.0, "percent", "2025-01", "2025-12")],
    ),
    "an apposition on a partner that describes it as an economy is no economy's figure, and no bar to its rank": (
        "China's exports\n\nBEIJING (Reuters) - China's exports rose 5.9% in November 2025. Shipments to the "
        "United States, the world's biggest economy, sank 28.6 percent. South Africa, the continent's most "
        "industrialized economy, remained China's largest trading partner in Africa.",
        date(2025, 12, 8),
        [("China", "United States", None, None, "exports", "growth", "yoy", -28.6, "percent", "2025-11", "2025-11"),
         ("China", "South Africa", None, None, "total", "rank", None, 1.0, "number", "2025-11", "2025-11")],
    ),
    "a capital after 'leaving' stands for its economy ('leaving Moscow with a surplus')": (
        "China-Russia trade\n\nBEIJING (Reuters) - Trade between China and Russia fell 6.9% in 2025. Russia's "
        "exports to China amounted to $124.2 billion, leaving Moscow with a surplus of $20.3 billion.",
        date(2026, 1, 14),
        [("Russia", "China", None, None, "balance", "value", None, 20.3e9, "USD", "2025-01", "2025-12")],
    ),
    "a place that owns an apposition's description ('Africa's most populous nation') is no partner of the figure": (
        "China-Africa trade\n\nBEIJING (Xinhua) -- China's trade with Africa rose 17.6 percent in 2025. Trade with "
        "Egypt, Africa's most populous Arab nation, grew 12.4 percent.",
        date(2026, 1, 20),
        [("China", "Egypt", None, None, "total", "growth", "yoy", 12.4, "percent", "2025-01", "2025-12")],
    ),
    "a foreign subject's share of China's trade is China's trade with it, not the subject's own": (
        "China-Gulf trade grows\n\nBEIJING (Xinhua) -- China's trade with the Gulf rose in 2025. The GCC "
        "accounted for 4.5 percent of China's total foreign trade in 2025. Europe as a whole absorbed about 37 "
        "percent of China's car exports in 2025.",
        date(2026, 1, 20),
        [("China", "Gulf Cooperation Council", None, None, "total", "share", None, 4.5, "percent", "2025-01",
          "2025-12"),
         ("China", "Europe", "cars", None, "exports", "share", None, 37.0, "percent", "2025-01", "2025-12")],
    ),
    "'the region' can stand for a place named in an aside of the sentence before": (
        "Xinjiang trade\n\nURUMQI, July 21 (Xinhua) -- Xinjiang's trade rose in the first half of 2025. Xinjiang, "
        "which calls itself China's gateway to Central Asia, is widening its reach. It expanded trade with the region "
        "by 11.2 percent.",
        date(2025, 7, 21),
        [("Xinjiang", "Central Asia", None, None, "total", "growth", "yoy", 11.2, "percent", "2025-01", "2025-06")],
    ),
    "under a headline on trade with one partner, the lead's foreign trade and its restatements have no partner": (
        "Jilin's trade with Russia rises 6 pct\n\nCHANGCHUN, Oct. 22 (Xinhua) -- Jilin Province recorded foreign trade "
        "of 142.3 billion yuan (about 19.9 billion U.S. dollars) in the first three quarters of 2025, up 2.2 percent "
        "from a year earlier.",
        date(2025, 10, 22),
        [("Jilin", None, None, None, "total", "value", None, 19.9e9, "USD", "2025-01", "2025-09"),
         ("Jilin", None, None, None, "total", "growth", "yoy", 2.2, "percent", "2025-01", "2025-09")],
    ),
    "a partner subject with a relative clause before its verb ('Laos, which ..., is still the province's ...')": (
        "Yunnan trade\n\nKUNMING, July 23 (Xinhua) -- Yunnan's trade rose in the first half of 2025. Laos, which is "
        "linked to the province by a cross-border railway, is still the province's third-biggest single-country "
        "trading partner, though trade between the two sides dipped 2.1 percent.",
        date(2025, 7, 23),
        [("Yunnan", "Laos", None, None, "total", "growth", "yoy", -2.1, "percent", "2025-01", "2025-06")],
    ),
    "a partner, 'in second place,' that 'raised its purchases by' a rate is the market of the story's exports": (
        "China's magnet exports\n\nBEIJING - China's magnet exports fell in August 2025. Germany, in second place, "
        "raised its purchases by 12.5% to 640 tonnes.",
        date(2025, 9, 20),
        [("China", "Germany", "magnet", None, "exports", "growth", "yoy", 12.5, "percent", "2025-08", "2025-08"),
         ("China", "Germany", "magnet", None, "exports", "quantity", None, 640.0, "tonnes", "2025-08", "2025-08")],
    ),
    "members listed as subjects of 'trade with' the story's economy are its partners, item by item": (
        "China-ASEAN trade\n\nBEIJING - China's trade with ASEAN rose 9 percent in 2024. Among the bloc's members, "
        "Vietnam, Malaysia and Indonesia accounted for 260.7, 212.0 and 147.8 billion dollars of trade with China "
        "respectively. Trade with Vietnam grew 14.6 percent.",
        date(2025, 1, 20),
        [("China", "Vietnam", None, None, "total", "value", None, 260.7e9, "USD", "2024-01", "2024-12"),
         ("China", "Indonesia", None, None, "total", "value", None, 147.8e9, "USD", "2024-01", "2024-12"),
         ("China", "Vietnam", None, None, "total", "growth", "yoy", 14.6, "percent", "2024-01", "2024-12")],
    ),
    "a partner that is the subject of a participle of buying ('taking 2.4 million tons') is the market": (
        "China's coke exports\n\nBEIJING - In the first half of 2025, South Korea stayed the top buyer of Chinese "
        "coke, taking 2.4 million tons, 3.3 percent more than a year earlier.",
        date(2025, 7, 20),
        [("China", "South Korea", "coke", None, "exports", "quantity", None, 2.4e6, "tonnes", "2025-01", "2025-06"),
         ("China", "South Korea", "coke", None, "exports", "growth", "yoy", 3.3, "percent", "2025-01", "2025-06")],
    ),
    "'the Republic of Korea' and 'the ROK' in lists distributed by 'respectively'": (
        "Jiangsu's trade\n\nNANJING, Oct. 21 (Xinhua) -- In the first three quarters of 2025, Jiangsu's trade with "
        "ASEAN, the United States and the Republic of Korea reached 512.3 billion yuan, 488.1 billion yuan and 301.7 "
        "billion yuan, respectively. Trade with ASEAN and the ROK grew 7.7 percent and 2.2 percent, respectively.",
        date(2025, 10, 21),
        [("Jiangsu", "United States", None, None, "total", "value", None, 488.1e9, "CNY", *Q1_Q3),
         ("Jiangsu", "South Korea", None, None, "total", "value", None, 301.7e9, "CNY", *Q1_Q3),
         ("Jiangsu", "South Korea", None, None, "total", "growth", "yoy", 2.2, "percent", *Q1_Q3)],
    ),
    "a partner named with its acronym in brackets, then ranked": (
        "China's trade\n\nBEIJING - In the first nine months of 2025, China's foreign trade rose 4.0%. The "
        "European Union (EU) was China's second-largest trading partner, with trade of 4.27 trillion yuan, up 4.2%.",
        date(2025, 10, 13),
        [("China", "European Union", None, None, "total", "rank", None, 2.0, "number", *Q1_Q3),
         ("China", "European Union", None, None, "total", "growth", "yoy", 4.2, "percent", *Q1_Q3)],
    ),
    "'the region' after 'trade between China and' a region, and the region's acronym": (
        "China-LatAm trade grows\n\nTrade between China and Latin America and the Caribbean (LAC) rose 2.8 percent "
        "to 2.21 trillion yuan in the first seven months of 2025.\n\nOf the total, China's exports to the region "
        "rose 5.5 percent. Exports of electronics to LAC fell 1.5 percent.",
        date(2025, 8, 8),
        [("China", "Latin America", None, None, "total", "growth", "yoy", 2.8, "percent", "2025-01", "2025-07"),
         ("China", "Latin America", None, None, "exports", "growth", "yoy", 5.5, "percent", "2025-01", "2025-07"),
         ("China", "Latin America", "electronics", None, "exports", "growth", "yoy", -1.5, "percent", "2025-01",
          "2025-07")],
    ),
    "the owner of a share's whole is no subject of the figures after it": (
        "Fuzhou's trade in 2024\n\nIn 2024, the total import and export value of Fuzhou was 402.5 billion yuan, up "
        "3.3% over the previous year, accounting for 20.1% of the total foreign trade of Fujian Province and ranking "
        "second in the province. Among them, exports were 251.2 billion yuan.",
        date(2025, 1, 22),
        [("Fuzhou", None, None, None, "total", "rank", None, 2.0, "number", "2024-01", "2024-12"),
         ("Fuzhou", None, None, None, "exports", "value", None, 251.2e9, "CNY", "2024-01", "2024-12")],
    ),
    "the place a ranking is within ('first among cities in Zhejiang') is no subject of the figures after it": (
        "Wenzhou's trade\n\nWENZHOU, Nov 24 -- Wenzhou's foreign trade reached 310.2 billion yuan in the first 10 "
        "months of 2025. The city's trade ranked fourth among all cities in Zhejiang and made up 7.1 percent of the "
        "province's total.",
        date(2025, 11, 24),
        [("Wenzhou", None, None, None, "total", "value", None, 310.2e9, "CNY", "2025-01", "2025-10"),
         ("Wenzhou", None, None, None, "total", "rank", None, 4.0, "number", "2025-01", "2025-10"),
         ("Wenzhou", None, None, None, "total", "share", None, 7.1, "percent", "2025-01", "2025-10")],
    ),
    "'ranking first in the province and accounting for 49 percent of the GBA total': the city's share": (
        "Guangdong's trade\n\nGUANGZHOU, June 24 -- Guangdong's foreign trade rose 4.1 percent in the first five "
        "months of 2025. Foshan remained a pillar. The city's foreign trade totaled 301.2 billion yuan, ranking fourth "
        "in the province and accounting for 8.3 percent of the Greater Bay Area total.",
        date(2025, 6, 24),
        [("Foshan", None, None, None, "total", "share", None, 8.3, "percent", "2025-01", "2025-05")],
    ),
    "'its security ally', 'its largest trading partner': the foreign country named before": (
        "Japan's trade\n\nTOKYO - Japan's exports to the United States fell 3.8 percent in 2025. As a result, "
        "Japan's surplus with its security ally shrank 19.2 percent.\n\nOTTAWA - Canada's exports to the United "
        "States rose 2.9% in July 2025, and Canada's surplus with its largest trading partner widened to C$7.9 "
        "billion.",
        date(2026, 1, 22),
        [("Japan", "United States", None, None, "balance", "growth", "yoy", -19.2, "percent", "2025-01", "2025-12"),
         ("Canada", "United States", None, None, "balance", "value", None, 7.9e9, "CAD", "2025-07", "2025-07")],
    ),
    "'its northern neighbour' is not the country that owns it": (
        "Exports to the US\n\nHANOI - Vietnam's exports to the US rose 25.1 per cent in the first nine months of "
        "2025, and Mexico sold US$401.2 billion of goods to its northern neighbour in the first nine months.",
        date(2025, 10, 20),
        [("Mexico", "United States", None, None, "exports", "value", None, 401.2e9, "USD", *Q1_Q3)],
    ),
    "'third countries' beside the EU are the countries outside it, in a sentence that names no other place": (
        "German trade\n\nBERLIN - German exports rose 0.9% on the month in May 2025. Imports from EU countries "
        "rose 1.7% and imports from third countries climbed 3.9% to 50.2 billion euros.",
        date(2025, 7, 8),
        [("Germany", "non-EU countries", None, None, "imports", "value", None, 50.2e9, "EUR", "2025-05", "2025-05")],
    ),
    "a country followed by its figure in brackets is that figure's partner": (
        "India's trade\n\nNEW DELHI - India's merchandise exports in August 2025 were USD 35.1 billion.\n\n"
        "• Destinations with positive growth in August 2025 over August 2024 include USA (7.15%) and UAE (12.4%).\n\n"
        "Shipments to ASEAN rose 6.2 percent, led by Vietnam (up 21.3 percent).",
        date(2025, 9, 15),
        [("India", "United States", None, None, "exports", "growth", "yoy", 7.15, "percent", "2025-08", "2025-08"),
         ("India", "United Arab Emirates", None, None, "exports", "growth", "yoy", 12.4, "percent", "2025-08",
          "2025-08"),
         ("India", "Vietnam", None, None, "exports", "growth", "yoy", 21.3, "percent", "2025-08", "2025-08")],
    ),
    "a place in an apposition ('a gateway to ASEAN') is no area of the figures": (
        "China-ASEAN trade\n\nIn the first half of 2025, China's trade with ASEAN rose 7.1 percent. South China's "
        "Guangxi, a gateway to ASEAN, saw its trade with the bloc reach 301.2 billion yuan, up 12.2 percent.",
        date(2025, 7, 20),
        [("Guangxi", "ASEAN", None, None, "total", "growth", "yoy", 12.2, "percent", "2025-01", "2025-06")],
    ),
    "'Africa's most populous nation' is the country named before, not Africa; 'BRI partner countries'": (
        "China-Africa trade\n\nBEIJING - China's trade with Nigeria rose in 2025. Trade with Africa's most populous "
        "nation surged 28.4 percent. Imports and exports with BRI partner countries climbed 3.1 percent.",
        date(2026, 1, 20),
        [("China", "Nigeria", None, None, "total", "growth", "yoy", 28.4, "percent", "2025-01", "2025-12"),
         ("China", "Belt and Road partner countries", None, None, "total", "growth", "yoy", 3.1, "percent", "2025-01",
          "2025-12")],
    ),
    "'the province' after a rival province ('behind only Guangdong') is still the story's province": (
        "Jiangsu's trade in 2024\n\nJiangsu's imports and exports rose 6.1 percent to 5.62 trillion yuan in 2024. The "
        "province ranked second nationwide, behind only Guangdong.\n\nThe province's trade with ASEAN reached 703.2 "
        "billion yuan, an increase of 8.8 percent.",
        date(2025, 1, 21),
        [("Jiangsu", "ASEAN", None, None, "total", "growth", "yoy", 8.8, "percent", "2024-01", "2024-12")],
    ),
    "'the bloc' is the EU, not the countries outside it named since": (
        "UK trade\n\nLONDON - UK exports to the EU rose 0.3% in November 2025, and those to non-EU countries fell "
        "1.1%.\n\nImports from the bloc rose 0.7% to £28.9 billion.",
        date(2026, 1, 15),
        [("United Kingdom", "European Union", None, None, "imports", "value", None, 28.9e9, "GBP", "2025-11",
          "2025-11")],
    ),
    "foreign subjects that 'followed' in a ranking are partners, distributed by 'respectively'": (
        "China-Africa trade\n\nBEIJING - China's trade with Africa rose 4.8 percent in 2024. South Africa was the "
        "largest partner. Angola and Egypt followed, at 21.4 billion dollars and 17.9 billion dollars, respectively.",
        date(2025, 1, 20),
        [("China", "Angola", None, None, "total", "value", None, 21.4e9, "USD", "2024-01", "2024-12"),
         ("China", "Egypt", None, None, "total", "value", None, 17.9e9, "USD", "2024-01", "2024-12")],
    ),
    "the Democratic Republic of the Congo is not the Republic of the Congo": (
        "China-Africa trade\n\nBEIJING - China's imports from the Democratic Republic of the Congo rose 9.2 percent "
        "in 2024, and exports to the Republic of the Congo fell 3.1 percent.",
        date(2025, 1, 20),
        [("China", "Democratic Republic of the Congo", None, None, "imports", "growth", "yoy", 9.2, "percent",
          "2024-01", "2024-12"),
         ("China", "Congo", None, None, "exports", "growth", "yoy", -3.1, "percent", "2024-01", "2024-12")],
    ),
    "'The surplus' right after a surplus with a partner continues that partner; after other figures it does not": (
        "China's surplus with EU\n\nBEIJING - China's surplus with the European Union widened to US$28.9 billion in "
        "August 2025.\n\nThe surplus rose 22.5 per cent year on year. Exports in all rose 4.4 percent, and imports "
        "rose 1.3 percent. The surplus reached US$102.3 billion.",
        date(2025, 9, 10),
        [("China", "European Union", None, None, "balance", "growth", "yoy", 22.5, "percent", "2025-08", "2025-08"),
         ("China", None, None, None, "balance", "value", None, 102.3e9, "USD", "2025-08", "2025-08")],
    ),
    "the GCC, the Gulf Cooperation Council and 'the Gulf states' are one bloc": (
        "China-Gulf trade\n\nBEIJING - Trade between China and the GCC reached $288.1 billion in 2024. China's "
        "exports to the Gulf states rose 6.2 percent.",
        date(2025, 2, 10),
        [("China", "Gulf Cooperation Council", None, None, "total", "value", None, 288.1e9, "USD", "2024-01",
          "2024-12"),
         ("China", "Gulf Cooperation Council", None, None, "exports", "growth", "yoy", 6.2, "percent", "2024-01",
          "2024-12")],
    ),
    "a bloc named in an aside of a sentence with figures does not become 'the region'": (
        "China-Gulf trade\n\nBEIJING - China's trade with the GCC fell 2.1 percent in 2024. Trade with Oman, a "
        "transit point for goods bound for East Africa, grew 3.3 percent. Imports of crude oil from the region "
        "dropped 8.4 percent.",
        date(2025, 2, 10),
        [("China", "Gulf Cooperation Council", "crude oil", None, "imports", "growth", "yoy", -8.4, "percent",
          "2024-01", "2024-12")],
    ),
    "a partner's aside ('a re-export hub for goods bound for ...') holds no flow of the figure": (
        "China-Gulf trade\n\nBEIJING - China's trade with the GCC fell in 2025. Trade with Oman, a re-export hub for "
        "Chinese goods bound for East Africa, grew 4.4 percent to $40.2 billion.",
        date(2026, 1, 20),
        [("China", "Oman", None, None, "total", "growth", "yoy", 4.4, "percent", "2025-01", "2025-12"),
         ("China", "Oman", None, None, "total", "value", None, 40.2e9, "USD", "2025-01", "2025-12")],
    ),
    "a flow word in a reason clause ('as lower coal prices dragged on import values') is not a later figure's": (
        "Inner Mongolia trade\n\nHOHHOT, Dec. 20 (Xinhua) -- Inner Mongolia's foreign trade rose in the first 11 "
        "months of 2025. Trade with Russia totaled 31.2 billion yuan, down 2.1 percent as lower timber prices weighed on import "
        "values, and made up 17 percent of Inner Mongolia's total.",
        date(2025, 12, 20),
        [("Inner Mongolia", "Russia", None, None, "total", "share", None, 17.0, "percent", "2025-01", "2025-11")],
    ),
    "'a surplus of $X with A and a deficit of $Y with B': each figure's partner is the one written after it": (
        "Vietnam's trade\n\nHANOI - Vietnam's exports rose 9% in October 2025. Vietnam ran a trade surplus of "
        "$11.2 billion with the United States in October and a deficit of $9.6 billion with China.",
        date(2025, 11, 6),
        [("Vietnam", "United States", None, None, "balance", "value", None, 11.2e9, "USD", "2025-10", "2025-10"),
         ("Vietnam", "China", None, None, "balance", "value", None, -9.6e9, "USD", "2025-10", "2025-10")],
    ),
    "a place in an opening 'In southern X,' locates the sentence; the subject after it is the area alone": (
        "Xinjiang trade\n\nURUMQI, Oct. 24 (Xinhua) -- Xinjiang's foreign trade rose 21.8 percent in the first "
        "three quarters of 2025. In central Xinjiang, Korla City's foreign trade increased 12.4 percent.",
        date(2025, 10, 24),
        [("Korla", None, None, None, "total", "growth", "yoy", 12.4, "percent", "2025-01", "2025-09")],
    ),
    "places in a hyphenated route name ('the Mohe-Daqing line') name no economy": (
        "Heilongjiang trade\n\nHARBIN, Oct. 20 (Xinhua) -- Heilongjiang's trade with Russia rose 3.1 percent in the "
        "first three quarters of 2025. Fuel delivered through the Harbin-Daqing pipeline totaled 1.2 million tonnes.",
        date(2025, 10, 20),
        [("Heilongjiang", None, None, None, "total", "quantity", None, 1.2e6, "tonnes", "2025-01", "2025-09")],
    ),
    "a capital after a trade preposition stands for its economy: 'the shortfall with Beijing' is with China": (
        "US trade gap\n\nWASHINGTON - The US trade deficit narrowed in July 2026. The year-to-date shortfall with "
        "Beijing came to $81.2 billion. Exports to Tokyo rose 3.1% in July.",
        date(2026, 9, 3),
        [("United States", "China", None, None, "balance", "value", None, -81.2e9, "USD", "2026-01", "2026-07"),
         ("United States", "Japan", None, None, "exports", "growth", "yoy", 3.1, "percent", "2026-07", "2026-07")],
    ),
    "an aside opened by 'through whose' is read past: the partner before it is the subject that ranked": (
        "German trade\n\nBERLIN (DW) - Germany's trade surplus narrowed in the first half of 2025. Belgium, through "
        "whose ports much of the country's fuel arrives, ranked third among supplier countries with goods worth 31.4 "
        "billion euros.",
        date(2025, 8, 8),
        [("Germany", "Belgium", None, None, "imports", "rank", None, 3.0, "number", "2025-01", "2025-06")],
    ),
    "a partner subject with an adverb before its verb: 'China thus remained Germany's biggest supplier'": (
        "German trade\n\nBERLIN (DW) - Germany's trade surplus narrowed in the first half of 2025. France also "
        "remained Germany's second-biggest supplier.",
        date(2025, 8, 8),
        [("Germany", "France", None, None, "imports", "rank", None, 2.0, "number", "2025-01", "2025-06")],
    ),
    "a headline's 'China's northernmost province sees exports rise' frames the province the story names, and "
    "'sees' is no goods": (
        "China's northernmost province sees exports rise 9.2 pct in first half\n\nHARBIN, July 24 (Xinhua) -- "
        "Heilongjiang, China's northernmost province, registered 148.2 billion yuan in foreign trade in the first half "
        "of 2025. Its exports rose 9.2 percent.",
        date(2025, 7, 24),
        [("Heilongjiang", None, None, None, "total", "value", None, 148.2e9, "CNY", "2025-01", "2025-06"),
         ("Heilongjiang", None, None, None, "exports", "growth", "yoy", 9.2, "percent", "2025-01", "2025-06")],
    ),
    "a paragraph opening on a member country as China's partner is about that country, past the region in the "
    "headline; a share's whole after it ('of China's trade with Central Asia') is not its partner": (
        "China-Central Asia trade tops 100 bln dollars in 2025\n\nBEIJING - China's trade with Central Asia rose 12 "
        "percent in 2025.\n\nKyrgyzstan stayed China's second-largest partner in the region. Two-way trade rose 9.4 "
        "percent to $27.2 billion, or 25.6 percent of China's trade with Central Asia.\n\nTajikistan was the "
        "only one of the five where trade with China fell. Turnover dropped 3.1 percent to $4.3 billion.\n\n"
        "Central Asia now makes up roughly 1.7 percent of China's total foreign trade.",
        date(2026, 1, 20),
        [("China", "Kyrgyzstan", None, None, "total", "growth", "yoy", 9.4, "percent", "2025-01", "2025-12"),
         ("China", "Kyrgyzstan", None, None, "total", "value", None, 27.2e9, "USD", "2025-01", "2025-12"),
         ("China", "Kyrgyzstan", None, None, "total", "share", None, 25.6, "percent", "2025-01", "2025-12"),
         ("China", "Tajikistan", None, None, "total", "growth", "yoy", -3.1, "percent", "2025-01", "2025-12"),
         ("China", "Central Asia", None, None, "total", "share", None, 1.7, "percent", "2025-01", "2025-12")],
    ),
    "a paragraph about a partner leaves an economy's own unmarked exports alone": (
        "S. Korea's exports rise in 2025\n\nSEOUL - South Korea's exports rose 3.8 percent in 2025.\n\nChina "
        "remained South Korea's biggest export market. For the year, exports totaled $709.7 billion.",
        date(2026, 1, 1),
        [("South Korea", None, None, None, "exports", "value", None, 709.7e9, "USD", "2025-01", "2025-12")],
    ),
    "a described counterpart as a clause's subject ('The region accounted for', 'The Southeast Asian nation alone "
    "made up') is the bloc or country named before; in a provincial story 'The region' is the province": (
        "China-ASEAN trade grows\n\nBEIJING - China's trade with ASEAN rose 9 percent to 982 billion dollars in "
        "2024. Vietnam stayed the largest partner in the bloc. The Southeast Asian nation alone made up 26.1 per "
        "cent of China's trade with the bloc. The region accounted for 15.9 per cent of China's total foreign "
        "trade.\n\nGuangxi's trade with ASEAN rose 10.2 percent. The region accounted for 12.5 percent of China's "
        "trade with the bloc.",
        date(2025, 1, 20),
        [("China", "Vietnam", None, None, "total", "share", None, 26.1, "percent", "2024-01", "2024-12"),
         ("China", "ASEAN", None, None, "total", "share", None, 15.9, "percent", "2024-01", "2024-12"),
         ("Guangxi", "ASEAN", None, None, "total", "share", None, 12.5, "percent", "2024-01", "2024-12")],
    ),
    "'trade between southwest China's Yunnan Province and the five Mekong countries' is a pair; a country 'saw its "
    "trade with the province surge' is the paragraph's partner, not a new subject": (
        "Yunnan's trade with Mekong countries rises\n\nKUNMING, Nov. 18 (Xinhua) -- Trade between southwest "
        "China's Yunnan Province and the five Mekong countries reached 112.6 billion yuan in the first 10 months of "
        "2025.\n\nCambodia, a growing market for Yunnan's machinery, saw its trade with the province climb. "
        "Bilateral trade hit 6.1 billion yuan.",
        date(2025, 11, 18),
        [("Yunnan", "Mekong countries", None, None, "total", "value", None, 112.6e9, "CNY", "2025-01", "2025-10"),
         ("Yunnan", "Cambodia", None, None, "total", "value", None, 6.1e9, "CNY", "2025-01", "2025-10")],
    ),
    "a Xinhua regional wire: 'between ... Guangxi Zhuang Autonomous Region and the Association of Southeast Asian "
    "Nations (ASEAN)' is a pair; 'ASEAN has remained Guangxi's largest trading partner'; 'among ASEAN members' is "
    "the set a rank is drawn from, not an area": (
        "Guangxi's trade with ASEAN up 12 pct\n\nNANNING, Oct. 22 (Xinhua) -- Trade between south China's Guangxi "
        "Zhuang Autonomous Region and the Association of Southeast Asian Nations (ASEAN) totaled 285.4 billion yuan "
        "in the first three quarters of 2025.\n\nASEAN has remained Guangxi's largest trading partner for 26 "
        "consecutive years, accounting for 52.7 percent of the region's total foreign trade.\n\nVietnam, "
        "Guangxi's largest trading partner among ASEAN members, saw bilateral trade grow 10.3 percent. Trade with "
        "Thailand jumped 31.2 percent.",
        date(2025, 10, 22),
        [("Guangxi", "ASEAN", None, None, "total", "value", None, 285.4e9, "CNY", "2025-01", "2025-09"),
         ("Guangxi", "ASEAN", None, None, "total", "share", None, 52.7, "percent", "2025-01", "2025-09"),
         ("Guangxi", "Vietnam", None, None, "total", "growth", "yoy", 10.3, "percent", "2025-01", "2025-09"),
         ("Guangxi", "Thailand", None, None, "total", "growth", "yoy", 31.2, "percent", "2025-01", "2025-09")],
    ),
    "', with ASEAN growing by 9.8%' after a list of partners' figures is ASEAN's rate": (
        "Xiamen's foreign trade\n\nAccording to Xiamen Customs, in the first three quarters of 2025 Xiamen's "
        "imports and exports to ASEAN, the EU and the United States were 120.5 billion yuan, 88.3 billion yuan and "
        "76.1 billion yuan respectively, with ASEAN growing by 9.8%.",
        date(2025, 10, 25),
        [("Xiamen", "United States", None, None, "total", "value", None, 76.1e9, "CNY", "2025-01", "2025-09"),
         ("Xiamen", "ASEAN", None, None, "total", "growth", "yoy", 9.8, "percent", "2025-01", "2025-09")],
    ),
    "'China has overtaken the United States as Germany's largest trading partner' makes China the partner of the "
    "trade that follows": (
        "Germany's trade\n\nBERLIN (Reuters) - German exports fell in October 2025. China has overtaken the United "
        "States as Germany's largest trading partner this year, with goods trade between January and October "
        "totalling 208.4 billion euros, compared with 203.5 billion euros for the U.S.",
        date(2025, 12, 8),
        [("Germany", "China", None, None, "total", "value", None, 208.4e9, "EUR", "2025-01", "2025-10"),
         ("Germany", "China", None, None, "total", "rank", None, 1.0, "number", "2025-01", "2025-10")],
    ),
    "'with most of the gain going to China and Taiwan' names partners, not the next figures' economy; 'X overtook "
    "the US to become Henan's largest trading partner' makes X the partner, and not the country overtaken": (
        "Japan's exports rise in May\n\nTOKYO (Kyodo) -- Japan's exports rose 6.8 percent in May 2026. Exports of "
        "chipmaking equipment surged 31.5 percent, with most of the gain going to China and Taiwan. Automobile exports "
        "fell 3.6 percent.\n\nHenan's trade rose in May 2026. ASEAN overtook the United States to become Henan's "
        "largest trading partner, with trade of 58.27 billion yuan.",
        date(2026, 6, 17),
        [("Japan", None, "automobiles", None, "exports", "growth", "yoy", -3.6, "percent", "2026-05", "2026-05"),
         ("Henan", "ASEAN", None, None, "total", "value", None, 58.27e9, "CNY", "2026-05", "2026-05")],
    ),
    "'Europe as a whole took about 33 percent of China's NEV exports' is Europe's share of them": (
        "China's NEV exports double\n\nBEIJING - China's exports of new energy vehicles doubled in 2025. Europe as a "
        "whole took about 33 percent of China's NEV exports last year.",
        date(2026, 1, 20),
        [("China", "Europe", "new energy vehicles", None, "exports", "share", None, 33.0, "percent", "2025-01",
          "2025-12")],
    ),
    "every member of a bloc spelled out is the bloc, and 'the five countries' and 'them' after it stand for it": (
        "Xinjiang's trade with Central Asia grows\n\nURUMQI, July 20 (Xinhua) -- Trade between Xinjiang and "
        "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan reached 180.2 billion yuan in the first half, "
        "up 12.1 percent. During the period, Xinjiang's exports to the five countries reached 151.35 billion yuan, up "
        "10.8 percent, while its imports from them increased 16.2 percent to 28.85 billion yuan.",
        date(2025, 7, 20),
        [("Xinjiang", "Central Asia", None, None, "total", "value", None, 180.2e9, "CNY", "2025-01", "2025-06"),
         ("Xinjiang", "Central Asia", None, None, "exports", "value", None, 151.35e9, "CNY", "2025-01", "2025-06"),
         ("Xinjiang", "Central Asia", None, None, "imports", "growth", "yoy", 16.2, "percent", "2025-01", "2025-06")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_partners(name: str) -> None:
    assert_yields(*CASES[name])


def test_a_level_for_another_partner_after_compared_with_is_no_base() -> None:
    """'compared with 203.5 billion euros for the U.S.' is the same months' figure of another partner, not the
    level a year before. (Its partner is still read as the sentence's subject: noted in docs/regex_backend.md.)"""
    text, published, _ = CASES[
        "'China has overtaken the United States as Germany's largest trading partner' makes China the partner of the "
        "trade that follows"
    ]
    periods = {(row[9], row[10]) for row in facts_of(text, published) if row[7] == 203.5e9}
    assert periods == {("2025-01", "2025-10")}



@pytest.mark.parametrize(
    ("sentence", "expected"),
    [("Hong Kong, the third-largest trading partner of Xiamen, saw its trade with the city fall 2.8 percent to 41.3 "
      "billion yuan.", {("rank", 3.0): "Hong Kong", ("growth", 2.8): "Hong Kong", ("value", 41.3e9): "Hong Kong"}),
     ("ASEAN and the United States saw their trade with the city grow 7.7% and 3.4% respectively.",
      {("growth", 7.7): "ASEAN", ("growth", 3.4): "United States"})],
)  # fmt: skip
def test_a_foreign_subject_trades_with_the_story_economy_named_back(
    sentence: str, expected: dict[tuple[str, float], str]
) -> None:
    # "its trade with the city" is the city's trade with the subject, and so is the rank in the subject's apposition
    text = ("Xiamen trade\n\nXIAMEN, Nov 20 (Xinhua) -- Xiamen's foreign trade rose 4.1 percent in the first ten "
            f"months of 2026. {sentence}")
    found = {(row[5], abs(row[7])): (row[0], row[1]) for row in facts_of(text, date(2026, 11, 20))}
    assert {key: found.get(key) for key in expected} == {key: ("Xiamen", partner) for key, partner in expected.items()}


@pytest.mark.parametrize(
    "sentence",
    ["ASEAN stayed the city's largest partner. The city's exports to it rose 6.3 percent to 512.6 billion yuan.",
     "ASEAN stayed the city's largest partner. Imports and exports with it came to 512.6 billion yuan, up 6.3%."],
)  # fmt: skip
def test_it_after_a_trade_preposition_is_the_partner_just_named(sentence: str) -> None:
    text = ("Xiamen trade\n\nXIAMEN, Nov 20 (Xinhua) -- Xiamen's foreign trade rose 4.1 percent in the first ten "
            f"months of 2026. Trade with the EU led the gains. {sentence}")
    found = {abs(row[7]): row[1] for row in facts_of(text, date(2026, 11, 20))}
    assert (found[512.6e9], found[6.3]) == ("ASEAN", "ASEAN")


def test_markets_listed_as_the_subject_of_took_after_a_ranked_one_are_partners() -> None:
    """"China ranked as the second-largest buyer with $61.2 billion, while the EU and ASEAN took $54.8 billion and
    $37.1 billion, respectively": Vietnam's exports to each, not the EU's."""
    text = ("Vietnam's trade\n\nHANOI, Dec 6 - Vietnam's exports in the first 11 months of 2026 reached $483.1 "
            "billion. China ranked as the second-largest buyer with $61.2 billion, while the EU and ASEAN took $54.8 "
            "billion and $37.1 billion, respectively.")
    rows = {row[7]: (row[0], row[1], row[4]) for row in facts_of(text, date(2026, 12, 6))}
    assert rows[54.8e9] == ("Vietnam", "European Union", "exports"), rows
    assert rows[37.1e9] == ("Vietnam", "ASEAN", "exports"), rows


def test_markets_that_saw_respective_gains_take_the_rates_in_their_order() -> None:
    """"while ASEAN, Europe and Japan saw respective gains of 27.9 percent, 22.1 percent and 9.4 percent": one rate
    for each market, in its place; the markets before the contrast keep their own figures."""
    text = ("Taiwan's exports\n\nTAIPEI, Dec 8 - Taiwan's exports rose 20.1 percent in November 2026. Shipments to "
            "China and Hong Kong edged up 4.6 percent to US$16.10 billion, while ASEAN, Europe and Japan saw respective "
            "gains of 27.9 percent, 22.1 percent and 9.4 percent.")
    rows = {row[7]: (row[0], row[1]) for row in facts_of(text, date(2026, 12, 8))}
    assert rows[27.9] == ("Taiwan", "ASEAN") and rows[22.1] == ("Taiwan", "Europe"), rows
    assert rows[9.4] == ("Taiwan", "Japan") and rows[4.6] == ("Taiwan", "China, Hong Kong"), rows
