"""Which place is the economy measured (area) and which the counterpart (partner): one row per construction.

Rows as in test_rules_constructions: (area, partner, product, segment, flow, measure, basis, value, unit,
start, end). Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "a bloc by its full name, and 'the bloc' after it": (
        "Korea's exports\n\nSouth Korea's exports to the 10-member Association of Southeast Asian Nations climbed "
        "12.4 percent in May. Its imports from the bloc slipped 2.2 percent.",
        date(2025, 6, 2),
        [("South Korea", "ASEAN", None, None, "exports", "growth", "yoy", 12.4, "percent", "2025-05", "2025-05"),
         ("South Korea", "ASEAN", None, None, "imports", "growth", "yoy", -2.2, "percent", "2025-05", "2025-05")],
    ),
    "'the bloc' of the same sentence, and the countries outside it": (
        "UK trade\n\nLONDON - Exports to the EU rose 1.5% to £14.1 billion in June 2025, while those from outside "
        "the bloc fell 3.2% to £15.9 billion, and Britain's deficit with the bloc narrowed to £6.2 billion. "
        "Imports from countries outside the bloc rose 0.7%.",
        date(2025, 8, 14),
        [("United Kingdom", "non-EU countries", None, None, "exports", "value", None, 15.9e9, "GBP", "2025-06",
          "2025-06"),
         ("United Kingdom", "European Union", None, None, "balance", "value", None, -6.2e9, "GBP", "2025-06",
          "2025-06"),
         ("United Kingdom", "non-EU countries", None, None, "imports", "growth", "yoy", 0.7, "percent", "2025-06",
          "2025-06")],
    ),
    "a bloc spelled as a word": (
        "China's trade\n\nAsean stayed China's top trading partner, with two-way trade of 3.1 trillion yuan in the "
        "first five months.",
        date(2025, 6, 9),
        [("China", "ASEAN", None, None, "total", "value", None, 3.1e12, "CNY", "2025-01", "2025-05")],
    ),
    "an appositive names the area, not another partner": (
        "Japan's exports slow\n\nShipments to the United States, Japan's biggest export market, dropped 4.4% "
        "in June.",
        date(2025, 7, 17),
        [("Japan", "United States", None, None, "exports", "growth", "yoy", -4.4, "percent", "2025-06", "2025-06")],
    ),
    "a partner described by the area's possessive": (
        "China's trade with Europe\n\nThe European Union, China's second-biggest trading partner, saw its trade "
        "with China rise 1.9 percent to 2.6 trillion yuan in the first half.",
        date(2025, 7, 14),
        [("China", "European Union", None, None, "total", "value", None, 2.6e12, "CNY", "2025-01", "2025-06")],
    ),
    "trade between two economies": (
        "Ties deepen\n\nTrade between China and Kazakhstan grew 8.5% to $22.1 billion last year.",
        date(2025, 1, 20),
        [("China", "Kazakhstan", None, None, "total", "value", None, 22.1e9, "USD", "2024-01", "2024-12")],
    ),
    "a foreign capital in the dateline stands for its country": (
        "Chip boom lifts shipments\n\nSEOUL, March 1 (Yonhap) -- Data released on Sunday showed the country's "
        "exports rising 4.2 percent to US$52.8 billion in February.",
        date(2025, 3, 1),
        [("South Korea", None, None, None, "exports", "growth", "yoy", 4.2, "percent", "2025-02", "2025-02"),
         ("South Korea", None, None, None, "exports", "value", None, 52.8e9, "USD", "2025-02", "2025-02")],
    ),
    "a capital's dateline in title case": (
        "Trade gap narrows\n\nNew Delhi, May 15 (PTI) The country's exports grew 3.1 per cent to USD 38.5 billion "
        "in April.",
        date(2025, 5, 15),
        [("India", None, None, None, "exports", "value", None, 38.5e9, "USD", "2025-04", "2025-04")],
    ),
    "a capital's dateline below the population cut": (
        "Exports slip\n\nCANBERRA, May 15 - The nation's exports fell 2.2% to A$41.1 billion in April.",
        date(2025, 5, 15),
        [("Australia", None, None, None, "exports", "value", None, 41.1e9, "AUD", "2025-04", "2025-04")],
    ),
    "'bilateral' and 'two-way' trade are with the partner just named": (
        "China's trade in the first half\n\nBEIJING - The European Union stayed China's second-largest trading "
        "partner in the first half of 2025. Two-way trade edged up 2.1 percent to 2.83 trillion yuan.\n\nJapan's "
        "exports to China dropped 4.4 percent to 8.9 trillion yen, and bilateral trade fell 3.0 percent.",
        date(2025, 7, 14),
        [("China", "European Union", None, None, "total", "growth", "yoy", 2.1, "percent", "2025-01", "2025-06"),
         ("China", "European Union", None, None, "total", "value", None, 2.83e12, "CNY", "2025-01", "2025-06"),
         ("Japan", "China", None, None, "total", "growth", "yoy", -3.0, "percent", "2025-01", "2025-06")],
    ),
    "a foreign country written before its flow, like a demonym, is the area": (
        "China's trade with Europe\n\nBEIJING - China's exports to the European Union rose 8.4 percent in 2024. "
        "Figures from Eurostat show that EU imports from China climbed 4.1 percent to 516.6 billion euros, and "
        "the EU deficit with China widened to 304.5 billion euros.",
        date(2025, 2, 20),
        [("European Union", "China", None, None, "imports", "growth", "yoy", 4.1, "percent", "2024-01", "2024-12"),
         ("European Union", "China", None, None, "imports", "value", None, 516.6e9, "EUR", "2024-01", "2024-12"),
         ("European Union", "China", None, None, "balance", "value", None, -304.5e9, "EUR", "2024-01", "2024-12")],
    ),
    "'They' after a sentence about one flow and partner with no figure of its own": (
        "Japan's exports slow\n\nTOKYO - Japan's imports from Australia rose 4.0% in May 2025. Exports to the "
        "United States, meanwhile, fell for a second month. They dropped 11.1% to 1.51 trillion yen, though "
        "America remains the top destination for Japanese cars.",
        date(2025, 6, 18),
        [("Japan", "United States", None, None, "exports", "growth", "yoy", -11.1, "percent", "2025-05",
          "2025-05"),
         ("Japan", "United States", None, None, "exports", "value", None, 1.51e12, "JPY", "2025-05", "2025-05")],
    ),
    "countries written by their acronyms": (
        "India's exports\n\nNEW DELHI - India's exports to the UAE rose 9.8 per cent to USD 3.1 billion in "
        "March 2025, while NZ buyers took USD 0.1 billion.",
        date(2025, 4, 15),
        [("India", "United Arab Emirates", None, None, "exports", "growth", "yoy", 9.8, "percent", "2025-03",
          "2025-03")],
    ),
    "a dateline city of another economy than the story's is only where the reporter is": (
        "EU deficit with China widens\n\nBRUSSELS, May 16 - Imports from China rose 8.1% to 45.2 billion "
        "euros in March 2025.",
        date(2025, 5, 16),
        [("European Union", "China", None, None, "imports", "growth", "yoy", 8.1, "percent", "2025-03",
          "2025-03")],
    ),
    "a partner after a quantity and its goods ('imported N tonnes of X from Y')": (
        "China's imports\n\nBEIJING - China imported 8.65 million metric tons of soybeans from Brazil in June "
        "2025, and exported 12,400 tractors to African markets.",
        date(2025, 7, 20),
        [("China", "Brazil", "soybeans", None, "imports", "quantity", None, 8.65e6, "tonnes", "2025-06",
          "2025-06")],
    ),
    "'the province' is the last province named, in any role": (
        "Wuhan's trade\n\nWuhan's imports and exports rose 9.1 percent to 408.2 billion yuan in 2025, or 51.3 "
        "percent of Hubei's total. The province as a whole traded goods worth 796.3 billion yuan.",
        date(2026, 1, 25),
        [("Hubei", None, None, None, "total", "value", None, 796.3e9, "CNY", "2025-01", "2025-12")],
    ),
    "a foreign country's share of the story's trade is a partner's share, its level after 'shrank to'": (
        "China's steel exports\n\nBEIJING - China exported 98.3 million tonnes of steel in the first ten months "
        "of 2025. Vietnam's share rose to 11.2 percent from 9.8 percent a year earlier.",
        date(2025, 11, 20),
        [("China", "Vietnam", "steel", None, "exports", "share", None, 11.2, "percent", "2025-01", "2025-10")],
    ),
    "a place that is only mentioned keeps the article's subject": (
        "Canada's exports fall\n\nExports to the United States, which face U.S. duties on steel and autos, fell "
        "2.6% in April. Sales abroad were hurt by the war in Ukraine, and imports slid 1.1%.",
        date(2025, 6, 5),
        [("Canada", "United States", None, None, "exports", "growth", "yoy", -2.6, "percent", "2025-04", "2025-04"),
         ("Canada", None, None, None, "imports", "growth", "yoy", -1.1, "percent", "2025-04", "2025-04")],
    ),
    "a foreign economy stated as a clause's subject is the area": (
        "China's car exports\n\nChina shipped 4.9 million cars abroad in 2024. Japan, long the top exporter, "
        "shipped 4.1 million vehicles in 2024.",
        date(2025, 2, 10),
        [("Japan", None, "vehicles", None, "exports", "quantity", None, 4.1e6, "number", "2024-01", "2024-12")],
    ),
    "a deficit with a partner after its amount": (
        "Vietnam trade\n\nVietnam ran a trade deficit of 10.2 billion USD with South Korea in the first quarter.",
        date(2025, 4, 6),
        [("Vietnam", "South Korea", None, None, "balance", "value", None, -10.2e9, "USD", "2025-01", "2025-03")],
    ),
    "a news agency is no place": (
        "Hunan trade\n\nCHANGSHA, May 20 (Xinhua) -- Foreign trade of Hunan rose 6.3 percent in the first four "
        "months.",
        date(2025, 5, 20),
        [("Hunan", None, None, None, "total", "growth", "yoy", 6.3, "percent", "2025-01", "2025-04")],
    ),
    "a trading partner's name is no flow": (
        "Australia's trade\n\nExports to China, Australia's largest trading partner, fell 3.3% to A$13.8 billion in "
        "July 2025.",
        date(2025, 9, 4),
        [("Australia", "China", None, None, "exports", "value", None, 13.8e9, "AUD", "2025-07", "2025-07")],
    ),
    "a base value takes the currency of the figure it is compared with": (
        "Japan's trade\n\nJapan's exports to China fell to 1.52 trillion yen in May 2025 from 1.61 trillion in "
        "April 2025.",
        date(2025, 6, 18),
        [("Japan", "China", None, None, "exports", "value", None, 1.61e12, "JPY", "2025-04", "2025-04")],
    ),
    "a bloc by a descriptive name, after 'those to'": (
        "China's exports\n\nChina's exports to the EU rose 14.8% in November 2025, while those to Southeast Asian "
        "nations rose 8.2%.",
        date(2025, 12, 8),
        [("China", "ASEAN", None, None, "exports", "growth", "yoy", 8.2, "percent", "2025-11", "2025-11")],
    ),
    "a district named by its suffix": (
        "Ningbo trade\n\nIn the first half of 2025, Zhenhai District's foreign trade came to 61.2 billion yuan.",
        date(2025, 7, 25),
        [("Zhenhai", None, None, None, "total", "value", None, 61.2e9, "CNY", "2025-01", "2025-06")],
    ),
    "a country's short form and its rand": (
        "SA trade surplus narrows in August\n\nSA's trade surplus narrowed to R12.4bn in August 2025 from a revised "
        "R20.1bn in July.",
        date(2025, 9, 30),
        [("South Africa", None, None, None, "balance", "value", None, 12.4e9, "ZAR", "2025-08", "2025-08"),
         ("South Africa", None, None, None, "balance", "value", None, 20.1e9, "ZAR", "2025-07", "2025-07")],
    ),
    "a buyer described by a relative clause": (
        "Kenya's exports hold steady in June as British demand firms\n\nThe UK, which cut duties on tea in March, "
        "took 9.1% of Kenya's exports in June 2025.",
        date(2025, 8, 1),
        [("Kenya", "United Kingdom", None, None, "exports", "share", None, 9.1, "percent", "2025-06", "2025-06")],
    ),
    "a bare dollar when the text says its figures are in another dollar": (
        "New Zealand trade\n\nFigures are in New Zealand dollars. New Zealand's exports to Australia rose 4% to "
        "$1.02 billion in May 2025.",
        date(2025, 6, 26),
        [("New Zealand", "Australia", None, None, "exports", "value", None, 1.02e9, "NZD", "2025-05", "2025-05")],
    ),
    "a bare dollar stays the US dollar when the text names another only in passing": (
        "Taiwan's exports\n\nTaiwan's exports rose 12% to $55.1 billion in May 2025; the New Taiwan dollar "
        "firmed.",
        date(2025, 6, 9),
        [("Taiwan", None, None, None, "exports", "value", None, 55.1e9, "USD", "2025-05", "2025-05")],
    ),
    "a partner after its figure binds closer than one in an earlier clause": (
        "Indonesia's trade surplus rises in August on coal and palm oil\n\nIndonesia had a surplus of $3.1 billion "
        "with the United States in August 2025, while it ran a $1.48 billion deficit with China.",
        date(2025, 9, 15),
        [("Indonesia", "China", None, None, "balance", "value", None, -1.48e9, "USD", "2025-08", "2025-08")],
    ),
    "a place bound for": (
        "Japan's exports slow in May as tariffs bite into car shipments\n\nU.S.-bound exports fell 11.1% in May "
        "2025.",
        date(2025, 6, 18),
        [("Japan", "United States", None, None, "exports", "growth", "yoy", -11.1, "percent", "2025-05", "2025-05")],
    ),
    "bilateral trade in a story about a pair": (
        "China-Kazakhstan trade hits a record as rail freight grows\n\nBilateral trade rose 8.5% to $22.1 "
        "billion in 2024.",
        date(2025, 1, 20),
        [("China", "Kazakhstan", None, None, "total", "value", None, 22.1e9, "USD", "2024-01", "2024-12")],
    ),
    "a partner continued after 'and to'": (
        "New Zealand exports rise in May as dairy prices hold\n\nIn May 2025, exports to Australia rose 11 percent "
        "to NZ$987 million and to the United States were up 3.0 percent.",
        date(2025, 6, 26),
        [("New Zealand", "United States", None, None, "exports", "growth", "yoy", 3.0, "percent", "2025-05",
          "2025-05")],
    ),
    "a share's flow is the whole it is part of": (
        "South Africa's trade surplus narrows in May as imports climb\n\nChina remained South Africa's largest "
        "trading partner in May 2025, taking 11.9% of exports and supplying 21.4% of imports.",
        date(2025, 6, 30),
        [("South Africa", "China", None, None, "imports", "share", None, 21.4, "percent", "2025-05", "2025-05")],
    ),
    "a byline city stands for its country": (
        "Trade deficit widens in October as gold imports surge\n\nMerchandise exports grow despite steep US "
        "tariffs\n\nAsha Rao | Business Line | New Delhi\n\nMerchandise exports rose 5.3 per cent to $36.8 billion "
        "in October 2026.",
        date(2026, 11, 16),
        [("India", None, None, None, "exports", "value", None, 36.8e9, "USD", "2026-10", "2026-10")],
    ),
    "the region a story has named": (
        "China's trade with Africa climbs to a record\n\nChina's trade with Africa rose 4.8% in 2024. Chinese exports "
        "to the region jumped 3.5% in 2024.",
        date(2025, 1, 20),
        [("China", "Africa", None, None, "exports", "growth", "yoy", 3.5, "percent", "2024-01", "2024-12")],
    ),
    "other member states and countries outside the EU": (
        "German exports slip in September as US demand cools\n\nIn September 2026, shipments to other EU member "
        "states rose 0.8%, while exports to countries outside the EU fell 2.1%.",
        date(2026, 11, 7),
        [("Germany", "European Union", None, None, "exports", "growth", "yoy", 0.8, "percent", "2026-09", "2026-09"),
         ("Germany", "non-EU countries", None, None, "exports", "growth", "yoy", -2.1, "percent", "2026-09",
          "2026-09")],
    ),
    "a rank's flow is what it ranks": (
        "Japan's exports rise in October on chip tools\n\nExports to China, Japan's biggest trading partner, rose "
        "2.4% in October 2026.",
        date(2026, 11, 19),
        [("Japan", "China", None, None, "total", "rank", None, 1.0, "number", "2026-10", "2026-10")],
    ),
    "goods of a partner, bought and sold": (
        "EU trade deficit with China widens in the first half\n\nIn the first half of 2025, the EU bought €280.2 "
        "billion of Chinese goods and sold €105.1 billion to China.",
        date(2025, 8, 20),
        [("European Union", "China", None, None, "imports", "value", None, 280.2e9, "EUR", "2025-01", "2025-06"),
         ("European Union", "China", None, None, "exports", "value", None, 105.1e9, "EUR", "2025-01", "2025-06")],
    ),
    "'European' goods are the EU's, as 'Japanese' goods are Japan's: the origin of goods bought": (
        "China's trade with Europe\n\nBEIJING - In 2025, China's imports of European machinery fell 8.3 per cent "
        "to US$61.2 billion.",
        date(2026, 1, 14),
        [("China", "European Union", "machinery", None, "imports", "growth", "yoy", -8.3, "percent", "2025-01",
          "2025-12"),
         ("China", "European Union", "machinery", None, "imports", "value", None, 61.2e9, "USD", "2025-01", "2025-12")],
    ),
    "goods named by their origin, shipments from and a supplier": (
        "China's imports climb in July on Brazilian supply\n\nIn July 2025, US soybeans accounted for 16.5% of "
        "China's imports. Shipments from the United States slid 11.5% in July 2025, while Argentina supplied "
        "586,000 tonnes.",
        date(2025, 8, 18),
        [("China", "United States", None, None, "imports", "share", None, 16.5, "percent", "2025-07", "2025-07"),
         ("China", "United States", None, None, "imports", "growth", "yoy", -11.5, "percent", "2025-07", "2025-07"),
         ("China", "Argentina", None, None, "imports", "quantity", None, 586000.0, "tonnes", "2025-07", "2025-07")],
    ),
    "the ten-member bloc, and the members of ASEAN": (
        "China's trade with ASEAN grows in the first eight months\n\nThe Association of Southeast Asian Nations "
        "(ASEAN) held on to its position as China's largest trading partner in 2025. Two-way trade with the "
        "ten-member bloc rose 9.7 percent in 2025, and exports to the 10 members of the Association of Southeast "
        "Asian Nations jumped 15.6%.",
        date(2026, 1, 14),
        [("China", "ASEAN", None, None, "total", "growth", "yoy", 9.7, "percent", "2025-01", "2025-12"),
         ("China", "ASEAN", None, None, "exports", "growth", "yoy", 15.6, "percent", "2025-01", "2025-12")],
    ),
    "the headline's 'X back as Y's top trading partner' frames Y": (
        "China back as Germany's top trading partner as exports to US slump\n\nExports to the United States fell by "
        "9.1% to €146.2 billion in 2025.",
        date(2026, 2, 14),
        [("Germany", "United States", None, None, "exports", "value", None, 146.2e9, "EUR", "2025-01", "2025-12")],
    ),
    "a city described as a province's capital, and a partner that opens the sentence": (
        "Hefei's foreign trade climbs in the first half as car exports surge\n\nHefei, capital of East China's Anhui "
        "province, saw its foreign trade climb 11.2 percent to 195.6 billion yuan in the first half of 2025. With "
        "China, Japan booked a deficit of 512.5 billion yen in 2025.",
        date(2025, 7, 20),
        [("Hefei", None, None, None, "total", "value", None, 195.6e9, "CNY", "2025-01", "2025-06"),
         ("Japan", "China", None, None, "balance", "value", None, -512.5e9, "JPY", "2025-01", "2025-12")],
    ),
    "a region spelled out into its members after a dash, and a count before the partner": (
        "China's trade with Central Asia rises\n\nBEIJING, July 18 (Xinhua) -- China's trade with the five Central "
        "Asian countries - Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan - rose 8.1 percent to "
        "286.4 billion yuan in the first half of 2025. China imported 3.1 billion yuan of cotton from Central Asia "
        "in June.",
        date(2025, 7, 18),
        [("China", "Central Asia", None, None, "total", "value", None, 286.4e9, "CNY", "2025-01", "2025-06"),
         ("China", "Central Asia", "cotton", None, "imports", "value", None, 3.1e9, "CNY", "2025-06", "2025-06")],
    ),
    "shipments from the subject to a partner are its exports; goods sent to a partner too": (
        "Vietnam's trade with Cambodia\n\nHANOI, Sept 3 - Shipments from Vietnam to Cambodia rose 11.2% to $0.84 "
        "billion in August 2025. Steel sent to Cambodia was worth $41 million in the month. Shipments from "
        "Cambodia fell 2.4%.",
        date(2025, 9, 3),
        [("Vietnam", "Cambodia", None, None, "exports", "value", None, 0.84e9, "USD", "2025-08", "2025-08"),
         ("Vietnam", "Cambodia", "steel", None, "exports", "value", None, 41e6, "USD", "2025-08", "2025-08"),
         ("Vietnam", "Cambodia", None, None, "imports", "growth", "yoy", -2.4, "percent", "2025-08", "2025-08")],
    ),
    "a foreign capital written for its government is no area": (
        "Spanish exports rise in May\n\nMADRID, July 17 - Spain's exports rose 3.1% in May 2025. Shipments to the "
        "US climbed 7.4% ahead of tariffs set under Washington's pact with Brussels, while sales to France fell 1.2%.",
        date(2025, 7, 17),
        [("Spain", "France", None, None, "exports", "growth", "yoy", -1.2, "percent", "2025-05", "2025-05")],
    ),
    "the trade gap is the balance, whatever verb moves it": (
        "US trade deficit narrows\n\nWASHINGTON, Dec 5 (Reuters) - The U.S. trade gap contracted 11.9% to $73.8 billion "
        "in October 2024.",
        date(2024, 12, 5),
        [("United States", None, None, None, "balance", "growth", "yoy", -11.9, "percent", "2024-10", "2024-10")],
    ),
    "'countries participating in the Belt and Road Initiative', and a partner 'as the largest market'": (
        "Qingdao's trade grows\n\nQINGDAO, July 21 - Qingdao's trade with countries participating in the Belt and "
        "Road Initiative rose 6.2 percent to 201.4 billion yuan in the first half of 2025. Brazil overtook Japan as "
        "the largest market for its tyres, taking 3.1 billion yuan.",
        date(2025, 7, 21),
        [("Qingdao", "Belt and Road partner countries", None, None, "total", "value", None, 201.4e9, "CNY", "2025-01",
          "2025-06"),
         ("Qingdao", "Brazil", None, None, "exports", "rank", None, 1.0, "number", "2025-01", "2025-06")],
    ),
    "a domestic outlet's bare dollar is its economy's own": (
        "Australia's trade surplus narrows as gold exports fall\n\nExports of goods and services fell 2.9 per cent "
        "from October to $44.34 billion in November 2025, and imports rose 0.9 per cent over the month.",
        date(2026, 1, 8),
        [("Australia", None, "goods and services", None, "exports", "value", None, 44.34e9, "AUD", "2025-11",
          "2025-11"),
         ("Australia", None, "goods and services", None, "imports", "growth", "mom", 0.9, "percent", "2025-11",
          "2025-11")],
    ),
    "a dollar written 'US$' names no partner": (
        "Korea's exports rise\n\nSouth Korea's exports grew 4.1 percent from a year earlier in August. Outbound "
        "shipments came to US$58.2 billion in the month.",
        date(2025, 9, 1),
        [("South Korea", None, None, None, "exports", "value", None, 58.2e9, "USD", "2025-08", "2025-08")],
    ),
    "a name written with its accents": (
        "Exports climb\n\nHÀ NỘI — Việt Nam's exports rose 15.2 per cent to US$40.1 billion in September.",
        date(2025, 10, 6),
        [("Vietnam", None, None, None, "exports", "value", None, 40.1e9, "USD", "2025-09", "2025-09")],
    ),
    "a partner described, not named, after the sentence that names it": (
        "China's trade with Latin America\n\nChina's trade with Peru has grown fast. Chinese exports to the "
        "Andean nation rose 19.4 per cent to $26.1 billion in 2024, and imports from the country climbed 6.2 per "
        "cent. Exports to the United Kingdom fell 3 per cent in 2024.",
        date(2025, 1, 20),
        [("China", "Peru", None, None, "exports", "growth", "yoy", 19.4, "percent", "2024-01", "2024-12"),
         ("China", "Peru", None, None, "imports", "growth", "yoy", 6.2, "percent", "2024-01", "2024-12"),
         ("China", "United Kingdom", None, None, "exports", "growth", "yoy", -3.0, "percent", "2024-01", "2024-12")],
    ),
    "a second list of rates right after a list distributed by 'respectively' pairs up the same way": (
        "Fujian trade\n\nIn the first half of 2025, ASEAN, the European Union and the United States were Fujian's "
        "three largest trading partners, with trade of 162.4 billion yuan, 121.9 billion yuan and 98.3 billion yuan "
        "respectively, rising by 9.1 percent, 3.2 percent and 1.4 percent.",
        date(2025, 7, 22),
        [("Fujian", "ASEAN", None, None, "total", "growth", "yoy", 9.1, "percent", "2025-01", "2025-06"),
         ("Fujian", "European Union", None, None, "total", "growth", "yoy", 3.2, "percent", "2025-01", "2025-06"),
         ("Fujian", "United States", None, None, "total", "growth", "yoy", 1.4, "percent", "2025-01", "2025-06")],
    ),
    "'Among ASEAN members,' names the set a list of partners is drawn from, not one of them": (
        "China-ASEAN trade\n\nAmong ASEAN members, Thailand, Singapore and the Philippines were China's biggest "
        "trading partners after Vietnam and Malaysia, with trade of 690.2 billion yuan, 612.5 billion yuan and 402.7 "
        "billion yuan respectively in the first eight months of 2025.",
        date(2025, 9, 10),
        [("China", "Thailand", None, None, "total", "value", None, 690.2e9, "CNY", "2025-01", "2025-08"),
         ("China", "Singapore", None, None, "total", "value", None, 612.5e9, "CNY", "2025-01", "2025-08"),
         ("China", "Philippines", None, None, "total", "value", None, 402.7e9, "CNY", "2025-01", "2025-08")],
    ),
    "'China-Central Asia trade' frames the partner, and places named only after a figure take no partner role": (
        "China-Central Asia trade hits record\n\nURUMQI - In the first half of 2025, China imported 5.1 billion yuan "
        "worth of farm goods from the region. Automobile exports jumped 47.3 percent to 81.2 billion yuan, as buyers "
        "from Kazakhstan to Uzbekistan turned to Chinese models.",
        date(2025, 7, 20),
        [("China", "Central Asia", "automobiles", None, "exports", "growth", "yoy", 47.3, "percent", "2025-01",
          "2025-06"),
         ("China", "Central Asia", "automobiles", None, "exports", "value", None, 81.2e9, "CNY", "2025-01", "2025-06")],
    ),
    "a partner written after a figure and a goods phrase of several words ('worth of farm goods from ASEAN')": (
        "China's farm trade\n\nIn the first nine months of 2025, China bought 216.4 billion yuan worth of "
        "agricultural products from ASEAN countries, up 8.1 percent.",
        date(2025, 10, 20),
        [("China", "ASEAN", "agricultural products", None, "imports", "value", None, 216.4e9, "CNY", "2025-01",
          "2025-09")],
    ),
    "a described supplier whose adjective is a demonym": (
        "China's June trade data\n\nChina imported 11.2 million tonnes of soybeans in June. Argentina gained "
        "ground. Brazil dominated the flow. Cargoes from the South American supplier totaled 9.8 million tonnes, "
        "up 8.1% year on year.",
        date(2025, 7, 18),
        [("China", "Brazil", "soybeans", None, "imports", "quantity", None, 9.8e6, "tonnes", "2025-06", "2025-06"),
         ("China", "Brazil", "soybeans", None, "imports", "growth", "yoy", 8.1, "percent", "2025-06", "2025-06")],
    ),
    "a foreign economy that opens a sentence about its own trade becomes the subject": (
        "China's exports to the US slump\n\nChina's exports to the United States fell 12.5 per cent in May. "
        "Vietnam, for its part, is selling more to America than ever. Its exports to the US rose 31.2 per cent "
        "in the January-May period.",
        date(2025, 6, 9),
        [("Vietnam", "United States", None, None, "exports", "growth", "yoy", 31.2, "percent", "2025-01",
          "2025-05")],
    ),
    "a country that labels a line of figures is the partner of the story's economy": (
        "French trade in March\n\nFrance's exports rose 2.3% in March. By country:\n\nItaly: exports +3.2% to "
        "5.1 billion euros; imports -0.8% to 4.4 billion euros.",
        date(2025, 5, 7),
        [("France", "Italy", None, None, "exports", "growth", "yoy", 3.2, "percent", "2025-03", "2025-03"),
         ("France", "Italy", None, None, "imports", "growth", "yoy", -0.8, "percent", "2025-03", "2025-03"),
         ("France", "Italy", None, None, "imports", "value", None, 4.4e9, "EUR", "2025-03", "2025-03")],
    ),
    "'export turnover' is exports, 'import-export turnover' the total": (
        "Vietnam's trade\n\nVietnam's export turnover in the first five months of 2025 was estimated at 180.2 "
        "billion USD, while import-export turnover reached 355.4 billion USD.",
        date(2025, 6, 6),
        [("Vietnam", None, None, None, "exports", "value", None, 180.2e9, "USD", "2025-01", "2025-05"),
         ("Vietnam", None, None, None, "total", "value", None, 355.4e9, "USD", "2025-01", "2025-05")],
    ),
    "an appositive with a possessive is no list of areas": (
        "EU-China trade\n\nThe EU's deficit with China widened in the first half of 2025. France, the EU's "
        "second-biggest exporter to China, fared better. Its exports to China rose 2.4 per cent to 12.1 billion "
        "euros in the first six months. Yiwu, Zhejiang's small-commodity hub, exported goods worth 310 billion "
        "yuan in the first half of 2025, and Hebei, Shanxi and Henan's exports rose 4.1 percent in the period.",
        date(2025, 8, 20),
        [("France", "China", None, None, "exports", "growth", "yoy", 2.4, "percent", "2025-01", "2025-06"),
         ("Yiwu", None, None, None, "exports", "value", None, 310e9, "CNY", "2025-01", "2025-06"),
         ("Hebei, Shanxi, Henan", None, None, None, "exports", "growth", "yoy", 4.1, "percent", "2025-01",
          "2025-06")],
    ),
    "a partner in a clause of its own after the figure is not the figure's": (
        "Japan's exports in 2024\n\nIn 2024, by product, Japan's automobile exports edged down 0.9 percent to "
        "17.97 trillion yen as shipments to China slumped.",
        date(2025, 1, 23),
        [("Japan", None, "automobiles", None, "exports", "value", None, 17.97e12, "JPY", "2024-01", "2024-12")],
    ),
    "a region's largest economy is the story's economy, described": (
        "German exports slip in 2025\n\nGerman companies sold goods worth 1,553.9 billion euros abroad in 2025. "
        "That left Europe's largest economy with a trade surplus of 204.9 billion euros.",
        date(2026, 2, 9),
        [("Germany", None, None, None, "balance", "value", None, 204.9e9, "EUR", "2025-01", "2025-12")],
    ),
    "the rest of Canada's trade is one partner": (
        "Canada's trade\n\nCanada's exports to countries other than the United States dropped 1.4% in January "
        "2025, and its deficit with countries other than the U.S. narrowed to C$5.1 billion.",
        date(2025, 3, 6),
        [("Canada", "countries other than the United States", None, None, "exports", "growth", "yoy", -1.4,
          "percent", "2025-01", "2025-01"),
         ("Canada", "countries other than the United States", None, None, "balance", "value", None, -5.1e9, "CAD",
          "2025-01", "2025-01")],
    ),
    "'Their' after a sentence about enterprises is those enterprises', with no partner carried": (
        "China's trade\n\nASEAN stayed China's largest trading partner, with trade rising 9.1 percent to 6.18 "
        "trillion yuan in the first three quarters of 2025.\n\nPrivate enterprises remained the mainstay of "
        "foreign trade. Their imports and exports climbed 7.2 percent to 21.28 trillion yuan.",
        date(2025, 10, 13),
        [("China", None, None, "private enterprises", "total", "value", None, 21.28e12, "CNY", "2025-01",
          "2025-09")],
    ),
    "'Their foreign trade' and 'Their combined imports and exports' are the enterprises' just named too, for the "
    "whole sentence they open": (
        "Hubei's trade\n\nWUHAN - Hubei's foreign trade rose 20 percent in the first three quarters of 2025.\n\n"
        "Private businesses remained the backbone. Their combined imports and exports climbed 30.9 percent to 446.3 "
        "billion yuan, making up 71.8 percent of the total.\n\nForeign-invested firms were steady. Their foreign "
        "trade edged up 1.2 percent.",
        date(2025, 10, 20),
        [("Hubei", None, None, "private enterprises", "total", "value", None, 446.3e9, "CNY", "2025-01", "2025-09"),
         ("Hubei", None, None, "private enterprises", "total", "share", None, 71.8, "percent", "2025-01",
          "2025-09"),
         ("Hubei", None, None, "foreign-invested enterprises", "total", "growth", "yoy", 1.2, "percent", "2025-01",
          "2025-09")],
    ),
    "a hyphenated pair before 'trade' names both sides": (
        "China's trade with Africa\n\nIn December alone, China-Africa trade rose 19.4 percent year-on-year to "
        "215.3 billion yuan, while China-Russia trade fell 2 percent.",
        date(2025, 1, 14),
        [("China", "Africa", None, None, "total", "value", None, 215.3e9, "CNY", "2024-12", "2024-12"),
         ("China", "Russia", None, None, "total", "growth", "yoy", -2.0, "percent", "2024-12", "2024-12")],
    ),
    "'the rest of the world' beside the EU is the world outside it": (
        "UK trade\n\nUK exports to the EU rose 1.2% to £48.6bn in the three months to August 2025, while exports "
        "to the rest of the world dropped 2.5% to £46.3bn.",
        date(2025, 10, 16),
        [("United Kingdom", "non-EU countries", None, None, "exports", "value", None, 46.3e9, "GBP", "2025-06",
          "2025-08")],
    ),
    "'the mainland' in lower case is China": (
        "Hong Kong exports\n\nHong Kong's exports to the mainland, its biggest market, rose 12.3 percent in May.",
        date(2025, 6, 26),
        [("Hong Kong", "China", None, None, "exports", "growth", "yoy", 12.3, "percent", "2025-05", "2025-05")],
    ),
    "a partner described by the area's possessive after a comma, and a bloc named by its size": (
        "New Zealand's exports in December\n\nWELLINGTON - New Zealand's goods exports to China, New Zealand's "
        "biggest customer, were down 4.3 per cent at NZ$1.6 billion in December. Exports to Europe rose 5%. "
        "Exports to the 27-member bloc climbed 10.4 per cent to NZ$0.6 billion.",
        date(2025, 1, 28),
        [("New Zealand", "China", None, None, "exports", "value", None, 1.6e9, "NZD", "2024-12", "2024-12"),
         ("New Zealand", "European Union", None, None, "exports", "value", None, 0.6e9, "NZD", "2024-12",
          "2024-12")],
    ),
    "special economic areas are areas, and a place goods are made in is no subject": (
        "Tianjin's zones in 2024\n\nTIANJIN - The Binhai Special Area of the China (Tianjin) Pilot Free Trade Zone "
        "registered imports and exports of 107.3 billion yuan in 2024, up 8.8 percent. The Tianjin Airport Economy "
        "Zone posted 41.2 billion yuan. Tianjin's exports rose 3 percent. Computers, assembled mainly in the "
        "Dongli Development Zone, were worth 20.1 billion yuan.",
        date(2025, 1, 20),
        [("Binhai Special Area", None, None, None, "total", "value", None, 107.3e9, "CNY", "2024-01", "2024-12"),
         ("Tianjin Airport Economy Zone", None, None, None, "total", "value", None, 41.2e9, "CNY", "2024-01",
          "2024-12"),
         ("Tianjin", None, "computers", None, "exports", "value", None, 20.1e9, "CNY", "2024-01", "2024-12")],
    ),
    "a press-conference venue is no subject": (
        "Customs briefs on first-half trade\n\nThe customs administration held a press conference in Beijing on "
        "Friday.\n\nForeign trade kept growing, the spokesman said.\n\nChina's foreign trade reached 21.79 "
        "trillion yuan in the first half of this year.\n\nExports rose 7.2 percent.",
        date(2025, 7, 14),
        [("China", None, None, None, "exports", "growth", "yoy", 7.2, "percent", "2025-01", "2025-06")],
    ),
    "a spokesman's given name is no town": (
        "Customs briefs on first-half trade\n\nWang Jinjiang, spokesman of the customs administration, gave the "
        "figures on Friday.\n\nChina's foreign trade reached 21.79 trillion yuan in the first half of this year."
        "\n\nExports rose 7.2 percent.",
        date(2025, 7, 14),
        [("China", None, None, None, "exports", "growth", "yoy", 7.2, "percent", "2025-01", "2025-06")],
    ),
    "'the total value of China's imports and exports' names whose trade it is": (
        "Shanghai exporters upbeat\n\nIn the first half of this year, the total value of China's imports and "
        "exports was 21.79 trillion yuan, up 2.9 percent year on year.",
        date(2025, 7, 14),
        [("China", None, None, None, "total", "value", None, 21.79e12, "CNY", "2025-01", "2025-06")],
    ),
    "'X replaces Y as Z's biggest partner': Z is the subject, Y neither subject nor partner": (
        "Mexico replaces Canada as America's top trading partner\n\nWASHINGTON - Exports rose 4.2% to $3.19 "
        "trillion in 2024.",
        date(2025, 2, 6),
        [("United States", None, None, None, "exports", "value", None, 3.19e12, "USD", "2024-01", "2024-12")],
    ),
    "the flow a rate is 'a gain in'": (
        "Korea's trade in 2025\n\nSEOUL - South Korea's imports fell 2.1 percent in 2025, against a 3.8 percent "
        "gain in exports.",
        date(2026, 1, 1),
        [("South Korea", None, None, None, "exports", "growth", "yoy", 3.8, "percent", "2025-01", "2025-12")],
    ),
    "'the People's Republic' is China": (
        "French trade in 2024\n\nPARIS - France's trade with the People's Republic fell 4.4% to €78.1 billion in "
        "2024.",
        date(2025, 2, 7),
        [("France", "China", None, None, "total", "value", None, 78.1e9, "EUR", "2024-01", "2024-12")],
    ),
    "members spelled out after 'namely' describe the partner, they are no subject": (
        "Gansu's trade\n\nLANZHOU - Gansu's trade with the five Central Asian countries, namely Kazakhstan, "
        "Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, rose 14.2 percent to 9.6 billion yuan in 2024.",
        date(2025, 1, 22),
        [("Gansu", "Central Asia", None, None, "total", "value", None, 9.6e9, "CNY", "2024-01", "2024-12")],
    ),
    "a foreign country's share of the economy's exports, and 'its share' after it": (
        "Japan's exports\n\nTOKYO - Vietnam accounted for 3.9 percent of Japan's exports in 2024. In 2023, its "
        "share stood at 3.6 percent.",
        date(2025, 1, 23),
        [("Japan", "Vietnam", None, None, "exports", "share", None, 3.9, "percent", "2024-01", "2024-12"),
         ("Japan", "Vietnam", None, None, "exports", "share", None, 3.6, "percent", "2023-01", "2023-12")],
    ),
    "'Their imports and exports' carries the enterprises just named to every figure of its sentence": (
        "Shandong's trade\n\nJINAN - In 2024, Shandong's foreign trade rose 3.5 percent.\n\nPrivate firms stayed "
        "in the lead. Their imports and exports grew 6.2 percent to 2.29 trillion yuan, equal to 69.7 percent of "
        "the provincial total.",
        date(2025, 1, 21),
        [("Shandong", None, None, "private enterprises", "total", "share", None, 69.7, "percent", "2024-01",
          "2024-12")],
    ),
    "'the biggest source of U.S. goods imports' is a partner, and the story stays the US's": (
        "US trade in 2025\n\nWASHINGTON - Mexico was the biggest source of U.S. goods imports in 2025. The "
        "goods deficit with Mexico was $171.8 billion in 2025.",
        date(2026, 2, 5),
        [("United States", "Mexico", None, None, "imports", "rank", None, 1.0, "number", "2025-01", "2025-12"),
         ("United States", "Mexico", None, None, "balance", "value", None, -171.8e9, "USD", "2025-01", "2025-12")],
    ),
    "'the other 26 European Union countries' are the EU": (
        "French exports\n\nPARIS - French exports to the other 26 European Union countries rose 0.8% to €31.2 "
        "billion in October 2025.",
        date(2025, 12, 5),
        [("France", "European Union", None, None, "exports", "value", None, 31.2e9, "EUR", "2025-10", "2025-10")],
    ),
    "a rank after a relative clause ('China, which had ..., slipped to second place') is a partner's": (
        "Germany's trade in 2024\n\nBERLIN - German exports fell in 2024. China, which had held the top spot for "
        "eight years, slipped to second place.",
        date(2025, 2, 7),
        [("Germany", "China", None, None, "total", "rank", None, 2.0, "number", "2024-01", "2024-12")],
    ),
    "trade with the economy the last sentence was about is the article's economy's, with it as partner": (
        "Japan's trade in 2024\n\nTOKYO - China's own exports grew 5.9% in 2024. Trade with China fell 2.4% to "
        "¥44.2 trillion in 2024.",
        date(2025, 1, 23),
        [("Japan", "China", None, None, "total", "value", None, 44.2e12, "JPY", "2024-01", "2024-12")],
    ),
    "an outlet's name in a byline is no place ('China Daily'), and a region spelled out after 'which comprises'": (
        "Delta trade at record\n\nBy Li Ming | China Daily | Updated: 2025-01-24\n\nImports and exports of the Yangtze River Delta (YRD) region, which comprises "
        "Shanghai and the provinces of Jiangsu, Zhejiang and Anhui, came to 15.96 trillion yuan in 2024.",
        date(2025, 1, 24),
        [("Yangtze River Delta", None, None, None, "total", "value", None, 15.96e12, "CNY", "2024-01", "2024-12")],
    ),
    "a province ranked 'after' another is the subject, not the other": (
        "Provincial trade in 2024\n\nNANJING - Jiangsu, the second-largest trading province after Guangdong, "
        "reported imports and exports of 5.62 trillion yuan in 2024.",
        date(2025, 1, 24),
        [("Jiangsu", None, None, None, "total", "value", None, 5.62e12, "CNY", "2024-01", "2024-12")],
    ),
    "a region of China is no foreign bloc: its trade is its own in another region's story": (
        "Delta regions compared\n\nGUANGZHOU - The Pearl River Delta region set a record in 2024.\n\nImports and "
        "exports of the Yangtze River Delta region came to 15.96 trillion yuan in 2024.",
        date(2025, 1, 24),
        [("Yangtze River Delta", None, None, None, "total", "value", None, 15.96e12, "CNY", "2024-01", "2024-12")],
    ),
    "a story whose headline names a pair gives its place-less figures the other side": (
        "China-Brazil trade hits record in 2024\n\nBEIJING - Two-way trade grew 3.1% to $188.2 billion. Chinese "
        "exports rose 22.8% to $73.5 billion, while overall exports of China rose 5.9%.",
        date(2025, 1, 20),
        [("China", "Brazil", None, None, "exports", "value", None, 73.5e9, "USD", "2024-01", "2024-12"),
         ("China", None, None, None, "exports", "growth", "yoy", 5.9, "percent", "2024-01", "2024-12")],
    ),
    "'trade with' one partner in the headline frames the story; a list of partners does not": (
        "China's Trade With Belt and Road Partners Tops Half of Total\n\nBEIJING, April 14 - In the first "
        "quarter of 2025, exports rose 6.4 percent to 2.99 trillion yuan.",
        date(2025, 4, 14),
        [("China", "Belt and Road partner countries", None, None, "exports", "value", None, 2.99e12, "CNY",
          "2025-01", "2025-03")],
    ),
    "'countries jointly building the \"Belt and Road\"' are the partner, and so is a place goods are 'bound for'": (
        "Xi'an trade\n\nXI'AN - In 2024, Xi'an's trade with countries jointly building the \"Belt and Road\" rose "
        "6.3%. Cars bound for Central Asia were worth 12.4 billion yuan in 2024.",
        date(2025, 1, 25),
        [("Xi'an", "Belt and Road partner countries", None, None, "total", "growth", "yoy", 6.3, "percent",
          "2024-01", "2024-12"),
         ("Xi'an", "Central Asia", "cars", None, "exports", "value", None, 12.4e9, "CNY", "2024-01", "2024-12")],
    ),
    "'China and Hong Kong' with one figure is one market, as Taiwan's statistics count it": (
        "Taiwan's exports\n\nTAIPEI - Taiwan's exports to China and Hong Kong rose 8.1 percent to US$13.2 billion "
        "in May 2025. Exports to ASEAN and Japan rose 12.0 percent and 4.4 percent, respectively.",
        date(2025, 6, 9),
        [("Taiwan", "China, Hong Kong", None, None, "exports", "value", None, 13.2e9, "USD", "2025-05", "2025-05"),
         ("Taiwan", "Japan", None, None, "exports", "growth", "yoy", 4.4, "percent", "2025-05", "2025-05")],
    ),
    "'shipments there', 'sales there': the market the story just named is the partner": (
        "Mexico's trade\n\nMEXICO CITY - Mexico's exports rose 5.1% in the first half of 2025. Canada remained "
        "Mexico's second-biggest export market. Shipments there climbed 7.3% to $11.2 billion. The European Union "
        "remained a smaller market than Mexico's neighbours, but sales there rose 4.4% to $10.1 billion. There were "
        "$2.0 billion of exports to Brazil.",
        date(2025, 7, 25),
        [("Mexico", None, None, None, "exports", "growth", "yoy", 5.1, "percent", "2025-01", "2025-06"),
         ("Mexico", "Canada", None, None, "exports", "rank", None, 2, "number", "2025-01", "2025-06"),
         ("Mexico", "Canada", None, None, "exports", "growth", "yoy", 7.3, "percent", "2025-01", "2025-06"),
         ("Mexico", "Canada", None, None, "exports", "value", None, 11.2e9, "USD", "2025-01", "2025-06"),
         ("Mexico", "European Union", None, None, "exports", "growth", "yoy", 4.4, "percent", "2025-01", "2025-06"),
         ("Mexico", "European Union", None, None, "exports", "value", None, 10.1e9, "USD", "2025-01", "2025-06"),
         ("Mexico", "Brazil", None, None, "exports", "value", None, 2.0e9, "USD", "2025-01", "2025-06")],
    ),
    "'imports and exports with' a list is total trade, and rates after 'respectively' pair with the partners": (
        "Yantai trade\n\nIn the first half of 2025, the city's imports and exports with ASEAN, the European Union and "
        "the United States were 78.6 billion yuan, 61.3 billion yuan and 45.1 billion yuan respectively, increasing "
        "by 9.4% and 6.1% and decreasing by 11.7%. Belt and Road partner countries took a bigger slice. Yantai's "
        "trade with them increased 6.3 percent to 236 billion yuan.",
        date(2025, 7, 20),
        [("Yantai", "ASEAN", None, None, "total", "value", None, 78.6e9, "CNY", "2025-01", "2025-06"),
         ("Yantai", "European Union", None, None, "total", "value", None, 61.3e9, "CNY", "2025-01", "2025-06"),
         ("Yantai", "United States", None, None, "total", "value", None, 45.1e9, "CNY", "2025-01", "2025-06"),
         ("Yantai", "ASEAN", None, None, "total", "growth", "yoy", 9.4, "percent", "2025-01", "2025-06"),
         ("Yantai", "European Union", None, None, "total", "growth", "yoy", 6.1, "percent", "2025-01", "2025-06"),
         ("Yantai", "United States", None, None, "total", "growth", "yoy", -11.7, "percent", "2025-01", "2025-06"),
         ("Yantai", "Belt and Road partner countries", None, None, "total", "growth", "yoy", 6.3, "percent",
          "2025-01", "2025-06"),
         ("Yantai", "Belt and Road partner countries", None, None, "total", "value", None, 236e9, "CNY", "2025-01",
          "2025-06")],
    ),
    "'trade with the former' and 'the latter' are the first and second of the two partners named last, in the "
    "sentence before or in the same one; 'with the former down' after goods names no partner": (
        "Wuxi trade\n\nWUXI, April 20 -- Wuxi's foreign trade rose 4.2 percent in the first quarter of 2026. Japan "
        "and South Korea ranked second and third. Trade with the former grew 3.3%, while trade with the latter fell "
        "1.9%. Imports from Germany and France were 21.4 billion yuan and 9.8 billion yuan respectively; the former "
        "rose 6.1% and the latter fell 2.5%. Chip and copper imports came to 30.1 billion yuan and 12.2 billion "
        "yuan, respectively, with the former up 8.4%.",
        date(2026, 4, 20),
        [("Wuxi", "Japan", None, None, "total", "growth", "yoy", 3.3, "percent", "2026-01", "2026-03"),
         ("Wuxi", "South Korea", None, None, "total", "growth", "yoy", -1.9, "percent", "2026-01", "2026-03"),
         ("Wuxi", "Germany", None, None, "imports", "growth", "yoy", 6.1, "percent", "2026-01", "2026-03"),
         ("Wuxi", "France", None, None, "imports", "growth", "yoy", -2.5, "percent", "2026-01", "2026-03")],
    ),
    "'in the red with China' and 'in the black with the US' name the partner of the balance after them": (
        "Japan trade\n\nTOKYO, June 18 (Kyodo) -- Japan remained in the red with China for the 62nd straight month "
        "in May 2026, with a deficit of 508.3 billion yen, and stayed in the black with the United States, with a "
        "surplus of 601.2 billion yen.",
        date(2026, 6, 18),
        [("Japan", "China", None, None, "balance", "value", None, -508.3e9, "JPY", "2026-05", "2026-05"),
         ("Japan", "United States", None, None, "balance", "value", None, 601.2e9, "JPY", "2026-05", "2026-05")],
    ),
    "'sold goods worth 23.1 billion euros to other EU member states': the partner written after the figure": (
        "French exports\n\nPARIS, Nov 7 (Reuters) - France sold goods worth 23.1 billion euros to other EU member "
        "states in September 2025.",
        date(2025, 11, 7),
        [("France", "European Union", None, None, "exports", "value", None, 23.1e9, "EUR", "2025-09", "2025-09")],
    ),
    "'the one with Canada' names the partner of the next gap, and 'the month before' dates its base": (
        "US trade gap\n\nWASHINGTON (AP) - The goods gap with Mexico edged up to $16.7 billion in July 2025, and the "
        "one with Canada widened to $5.4 billion from $2.1 billion the month before.",
        date(2025, 9, 4),
        [("United States", "Mexico", None, None, "balance", "value", None, -16.7e9, "USD", "2025-07", "2025-07"),
         ("United States", "Canada", None, None, "balance", "value", None, -5.4e9, "USD", "2025-07", "2025-07"),
         ("United States", "Canada", None, None, "balance", "value", None, -2.1e9, "USD", "2025-06", "2025-06")],
    ),
    "a bare base level of a month is a year before in a release that compares with the year before (India)": (
        "India's trade\n\nNEW DELHI, Oct 15 (PTI) - India's merchandise imports climbed to $83.82 billion in "
        "September 2025 from $75.28 billion.",
        date(2025, 10, 15),
        [("India", None, None, None, "imports", "value", None, 75.28e9, "USD", "2024-09", "2024-09")],
    ),
    "a bare base level of a month is the month before in a release that compares with the month before (US)": (
        "US trade\n\nWASHINGTON (AP) - The US goods deficit narrowed to $85.3 billion in August 2025 from $103.9 "
        "billion.",
        date(2025, 10, 7),
        [("United States", None, None, None, "balance", "value", None, -103.9e9, "USD", "2025-07", "2025-07")],
    ),
    "'the goods deficit with the United States' southern neighbor' is the country named before (a plural "
    "possessive, a name of two words)": (
        "US trade\n\nWASHINGTON (AP) - Mexico again accounted for the biggest bilateral gap in August 2025. The goods "
        "deficit with the United States' southern neighbor narrowed 6.3% to $16.3 billion.",
        date(2025, 10, 7),
        [("United States", "Mexico", None, None, "balance", "value", None, -16.3e9, "USD", "2025-08", "2025-08")],
    ),
    "partners shared out by 'respectively' are not the partner of a contrast clause with goods of its own; a partner "
    "named once still is": (
        "Japan's exports\n\nTOKYO, Oct 22 (Kyodo) -- Shipments to China and the European Union grew 5.8 percent and "
        "5.0 percent, respectively, in September 2025, while exports of semiconductors jumped 12.6 percent. Sales of "
        "cars to the United States fell 13.3 percent, while exports of car parts slipped 4.1 percent.",
        date(2025, 10, 22),
        [("Japan", None, "semiconductors", None, "exports", "growth", "yoy", 12.6, "percent", "2025-09", "2025-09"),
         ("Japan", "United States", "car parts", None, "exports", "growth", "yoy", -4.1, "percent", "2025-09",
          "2025-09")],
    ),
    "'exports to these countries' stands for the partners named before, not the running partner": (
        "Qingdao trade\n\nQINGDAO, July 21 -- Qingdao's exports to the United States fell 9.2 percent in the first "
        "half of 2025. Central Asian countries bought more. The city's exports to these countries rose 21.4 percent "
        "to 13.7 billion yuan.",
        date(2025, 7, 21),
        [("Qingdao", "United States", None, None, "exports", "growth", "yoy", -9.2, "percent", "2025-01", "2025-06"),
         ("Qingdao", "Central Asia", None, None, "exports", "growth", "yoy", 21.4, "percent", "2025-01", "2025-06"),
         ("Qingdao", "Central Asia", None, None, "exports", "value", None, 13.7e9, "CNY", "2025-01", "2025-06")],
    ),
    "a 'whose' aside names no partner, and 'while that with X' names the next figure's": (
        "US trade\n\nWASHINGTON - In June 2025, the deficits with Mexico and Canada, whose plants have taken much of "
        "the work that once went to China, came to $17.1 billion and $6.2 billion, respectively. Trade with India rose "
        "4.2 percent to $12.1 billion, while that with the Middle East shrank 5.8 percent to $8.1 billion.",
        date(2025, 8, 5),
        [("United States", "Mexico", None, None, "balance", "value", None, -17.1e9, "USD", "2025-06", "2025-06"),
         ("United States", "Canada", None, None, "balance", "value", None, -6.2e9, "USD", "2025-06", "2025-06"),
         ("United States", "India", None, None, "total", "growth", "yoy", 4.2, "percent", "2025-06", "2025-06"),
         ("United States", "India", None, None, "total", "value", None, 12.1e9, "USD", "2025-06", "2025-06"),
         ("United States", "Middle East", None, None, "total", "growth", "yoy", -5.8, "percent", "2025-06", "2025-06"),
         ("United States", "Middle East", None, None, "total", "value", None, 8.1e9, "USD", "2025-06", "2025-06")],
    ),
    "an apposition on the partner ('now America's biggest source of imports') lends the figure no flow": (
        "US trade\n\nWASHINGTON - The U.S. trade deficit narrowed in April 2025. The deficit with Mexico, now "
        "America's biggest source of imports, dipped 2.6% from March to $16.4 billion.",
        date(2025, 6, 5),
        [("United States", "Mexico", None, None, "imports", "rank", None, 1, "number", "2025-04", "2025-04"),
         ("United States", "Mexico", None, None, "balance", "growth", "mom", -2.6, "percent", "2025-04", "2025-04"),
         ("United States", "Mexico", None, None, "balance", "value", None, -16.4e9, "USD", "2025-04", "2025-04")],
    ),
    "trade 'with other members of' a bloc is with the bloc": (
        "Dalian trade\n\nDALIAN - In 2024, trade with other members of the Regional Comprehensive Economic "
        "Partnership (RCEP) reached 116.4 billion yuan, up 19.6 percent.",
        date(2025, 1, 20),
        [("Dalian", "RCEP", None, None, "total", "value", None, 116.4e9, "CNY", "2024-01", "2024-12"),
         ("Dalian", "RCEP", None, None, "total", "growth", "yoy", 19.6, "percent", "2024-01", "2024-12")],
    ),
    "a lead that opens with a zone inside the headline's city makes the zone the story's subject": (
        "Shanghai FTZ's Lingang area sees trade rise\n\nSHANGHAI, Oct. 24 (Xinhua) -- The Lingang Special Area "
        "registered imports and exports of 207.3 billion yuan in the first three quarters of 2025.\n\nExports rose "
        "24.7 percent to 118.5 billion yuan.",
        date(2025, 10, 24),
        [("Lingang Special Area", None, None, None, "exports", "value", None, 118.5e9, "CNY", "2025-01", "2025-09")],
    ),
    "'The figure accounted for ...' is the figure just given, with its partner": (
        "China's Belt and Road trade\n\nIn the first half of 2025, China's trade with Belt and Road partner "
        "countries reached 11.3 trillion yuan. The figure accounted for 51.2 percent of the country's total foreign "
        "trade.",
        date(2025, 7, 14),
        [("China", "Belt and Road partner countries", None, None, "total", "share", None, 51.2, "percent", "2025-01",
          "2025-06")],
    ),
    "'The figure, accounting for ..., was down' is the figure just given, an aside before its verb; 'Of this,' after "
    "all of the province's trade takes no partner from the headline": (
        "Jilin's trade with Japan rises\n\nCHANGCHUN, Oct. 24 (Xinhua) -- Trade between Jilin Province and Japan "
        "totaled 18.2 billion yuan in the first three quarters of 2025. The figure, accounting for 15.1 percent of the "
        "province's total foreign trade, was up 3.3 percent from a year earlier. From January to September, Jilin's "
        "foreign trade reached 120.5 billion yuan. Of this, exports rose 4.1 percent to 48.2 billion yuan.",
        date(2025, 10, 24),
        [("Jilin", "Japan", None, None, "total", "growth", "yoy", 3.3, "percent", "2025-01", "2025-09"),
         ("Jilin", None, None, None, "exports", "value", None, 48.2e9, "CNY", "2025-01", "2025-09")],
    ),
    "an apposition ', home to the province's busiest port,' names no area of the figure": (
        "Jilin's trade with Russia rises\n\nCHANGCHUN, Oct. 24 (Xinhua) -- Trade between Jilin Province and Russia "
        "rose in the first three quarters of 2025. The border city of Hunchun, home to the province's busiest crossing "
        "into Russia, saw its trade with Russia grow 6.1 percent to 9.4 billion yuan.",
        date(2025, 10, 24),
        [("Hunchun", "Russia", None, None, "total", "value", None, 9.4e9, "CNY", "2025-01", "2025-09")],
    ),
    "an aside ', mainly from X and Y,' names no partner of the figure; a share of global exports has no partner": (
        "China-ASEAN trade climbs\n\nIn the first half of 2025, imports of integrated circuits from the bloc, mainly "
        "from Malaysia and Vietnam, rose 9.8 percent. China's share of global merchandise exports climbed to 15.1 "
        "percent.",
        date(2025, 7, 20),
        [("China", "ASEAN", "integrated circuits", None, "imports", "growth", "yoy", 9.8, "percent", "2025-01",
          "2025-06"),
         ("China", None, None, None, "exports", "share", None, 15.1, "percent", "2025-01", "2025-06")],
    ),
    "border small-volume trade is a trade mode": (
        "Xinjiang trade\n\nIn the first five months of 2025, border small-volume trade, the region's leading trade "
        "mode, grew 26.7 percent to 71.94 billion yuan.",
        date(2025, 6, 20),
        [("Xinjiang", None, None, "border small-volume trade", "total", "value", None, 71.94e9, "CNY", "2025-01",
          "2025-05")],
    ),
    "areas listed after a contrast pair with their figures, and the clause before lends them no flow or partner": (
        "Guangdong trade\n\nIn the first half of 2025, Shenzhen's trade slipped 1.8 percent as electronics "
        "shipments to North America weakened, while Dongguan and Guangzhou grew 11.6 percent and 3.5 percent.",
        date(2025, 7, 20),
        [("Dongguan", None, None, None, "total", "growth", "yoy", 11.6, "percent", "2025-01", "2025-06"),
         ("Guangzhou", None, None, None, "total", "growth", "yoy", 3.5, "percent", "2025-01", "2025-06")],
    ),
    "a capital for its own economy ('That left Beijing with a surplus', 'Beijing placed ... under licensing')": (
        "China-Japan trade in 2025\n\nChina's exports to Japan rose 3% in 2025 to $160 billion. That left Beijing "
        "with a surplus of $6.2 billion in its trade with Japan. Beijing placed seven rare earths under licensing in "
        "April, a move that saw US-bound magnet shipments collapse to just 46 tonnes in May.",
        date(2026, 1, 20),
        [("China", "Japan", None, None, "balance", "value", None, 6.2e9, "USD", "2025-01", "2025-12"),
         ("China", "United States", "magnet", None, "exports", "quantity", None, 46.0, "tonnes", "2025-05",
          "2025-05")],
    ),
    "'Japanese-built cars' are cars from Japan": (
        "China-Japan trade in 2025\n\nChina's imports from Japan fell 3% in 2025. Imports of Japanese-built cars "
        "slumped 28.4% to $2.9 billion.",
        date(2026, 1, 20),
        [("China", "Japan", "cars", None, "imports", "growth", "yoy", -28.4, "percent", "2025-01", "2025-12"),
         ("China", "Japan", "cars", None, "imports", "value", None, 2.9e9, "USD", "2025-01", "2025-12")],
    ),
    "a count of trading partners after a bloc's figures is no partner's": (
        "Tianjin foreign trade in 2024\n\nIn 2024, trade with Belt and Road partner countries was 301.27 billion "
        "yuan, accounting for 36.5% of the city's total, and the number of trading partners of the city remained at "
        "more than 200 countries and regions.",
        date(2025, 1, 20),
        [("Tianjin", None, None, "trading partners", "total", "count", None, 200.0, "number", "2024-01", "2024-12")],
    ),
    "a city described by an apposition that names its province ('Suzhou, the manufacturing powerhouse in East China's Jiangsu province,') is the area": (
        "Suzhou's trade grows\n\nSUZHOU, July 25 (Xinhua) -- Suzhou, the manufacturing powerhouse in East China's "
        "Jiangsu province, reported imports and exports of 1.31 trillion yuan in the first half, up 5.2 percent.",
        date(2025, 7, 25),
        [("Suzhou", None, None, None, "total", "value", None, 1.31e12, "CNY", "2025-01", "2025-06"),
         ("Suzhou", None, None, None, "total", "growth", "yoy", 5.2, "percent", "2025-01", "2025-06")],
    ),
    "areas listed as possessives ('Heilongjiang's and Inner Mongolia's trade ... respectively') take their figures in order": (
        "China-Russia trade\n\nBEIJING, Dec 20 (Global Times) -- Heilongjiang's and Inner Mongolia's trade with "
        "Russia stood at 190.4 billion yuan and 98.6 billion yuan, respectively, in the first 11 months.",
        date(2024, 12, 20),
        [("Heilongjiang", "Russia", None, None, "total", "value", None, 190.4e9, "CNY", "2024-01", "2024-11"),
         ("Inner Mongolia", "Russia", None, None, "total", "value", None, 98.6e9, "CNY", "2024-01", "2024-11")],
    ),
    "'Of the total, exports were ...' continues the segment of the sentence before": (
        "China's cross-border e-commerce\n\nBEIJING, Jan 13 (Xinhua) -- China's cross-border e-commerce imports and "
        "exports reached 2.63 trillion yuan in 2024, up 10.8 percent. Of the total, exports were 2.15 trillion yuan, "
        "growing 16.9 percent.",
        date(2025, 1, 13),
        [("China", None, None, "cross-border e-commerce", "exports", "value", None, 2.15e12, "CNY", "2024-01",
          "2024-12"),
         ("China", None, None, "cross-border e-commerce", "exports", "growth", "yoy", 16.9, "percent", "2024-01",
          "2024-12")],
    ),
    "a partner 'importing' the goods buys the area's exports; 'with China importing' is the area's own verb": (
        "China's tea and ore\n\nBEIJING, Jan 14 (Reuters) - China imported 1.1 billion tons of iron ore in the first "
        "11 months. Australia remained the top supplier, with China importing 694.6 million tons from the country. "
        "Morocco remained the largest buyer by volume, importing 75,200 tons of Chinese tea.",
        date(2025, 12, 14),
        [("China", "Australia", "iron ore", None, "imports", "quantity", None, 694.6e6, "tonnes", "2025-01", "2025-11"),
         ("China", "Morocco", "tea", None, "exports", "quantity", None, 75200.0, "tonnes", "2025-01", "2025-11")],
    ),
    "'China's share of US goods imports' is a share of the US's imports, China its partner": (
        "China's exports to the US\n\nHONG KONG - China's exports to the US fell 25 per cent in October 2025. "
        "China's share of US goods imports slipped to 9.3 per cent, the lowest in more than two decades.",
        date(2025, 11, 8),
        [("United States", "China", None, None, "imports", "share", None, 9.3, "percent", "2025-10", "2025-10")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_roles(name: str) -> None:
    assert_yields(*CASES[name])


def test_the_former_after_goods_names_no_partner_of_the_sentence_before() -> None:
    """"Chip and copper imports came to ..., with the former up 8.4%" after a sentence on Germany and France: the
    former is the chips, and the rate keeps no partner."""
    text = ("Wuxi trade\n\nWUXI, April 20 -- Imports from Germany and France were 21.4 billion yuan and 9.8 billion "
            "yuan respectively in the first quarter of 2026. Chip and copper imports came to 30.1 billion yuan and "
            "12.2 billion yuan, respectively, with the former up 8.4%.")
    rate = [row for row in facts_of(text, date(2026, 4, 20)) if row[7] == 8.4]
    assert rate and all(row[1] is None for row in rate)
