"""Partners written as phrases rather than names: markets in an aside on goods ("most of them bound for ...") are
no partner of the figure; a buyer described in apposition ("The US, still the biggest buyer of ..., took");
Destatis's "third countries" and "countries that share the euro"; "the American market"; "sent X% more goods to";
"brought in €X from them" as imports; ranks among "trading partners" (plural) are of total trade; "the figure was
4.3 percent lower" stays a trade figure though its sentence goes on to "orders"; "across the Atlantic" in a European
story and a balance "with Washington" are the United States; "Seoul's trade surplus" in a Korea story is Korea's;
"Shipments to X and purchases from them" lists two flows; "the largest source of German imports" ranks imports; "In trade with the US, Japan's surplus ..." is with the US, and
so are the paragraph's next figures that name no place; a headline's possessive owns its trade though partners come
first, and one on a partner's rank leaves the economy to the lead; "Yunnan in southwest China" names no partner;
"trade between the five Central Asian countries and northwest China's Xinjiang" is a pair, and so is "between
Heilongjiang Province and neighbouring Russia"; "Asia as a whole, China included," is Asia's figure, China only
named in passing; "the second-largest market, the United Arab Emirates (UAE)," is that partner, its acronym and all;
"Vietnam, though still the biggest single buyer, took" is a buyer past its concessive aside; "traded goods worth
96.58 billion yuan (about 13.58 billion U.S. dollars) with ASEAN" is trade with ASEAN past the bracketed conversion;
"The bloc, which accounted for 41.7 percent of everything Yunnan traded abroad, kept its place as the province's
biggest trading partner" ranks the bloc past its "which" clause; "Yunnan's total imports and exports reached ..., up
9.6 percent" is the whole trade's rate in a story on trade with ASEAN; "buyers in Southeast Asia" are markets, not
the story's subject; "trade in both directions between Germany and China" is a pair, and "goods exchanged with the US"
trade with it; a headline's trade
owner may follow a partner's news or an "as"; a dateline in brackets, "(Beijing) —", names no area.

Rows as in test_rules_constructions. Sentences written for these tests; none is copied from an article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_rules_constructions import Row, assert_yields, facts_of

OCT = ("2025-10", "2025-10")

CASES: dict[str, tuple[str, date | None, list[Row]]] = {
    "a partner that 'did ... of goods trade with China' or '... of business with China' in a China story": (
        "China's trade with Central Asia jumps\n\nBEIJING, March 10 (Global Times) - China's foreign trade grew 18.3 "
        "percent in the first two months of 2026. In that period the five Central Asian countries did 98.46 billion "
        "yuan of goods trade with China. Uzbekistan did 21.07 billion yuan of business with China, 27.5 percent more "
        "than a year before.",
        date(2026, 3, 10),
        [("China", "Central Asia", None, None, "total", "value", None, 98.46e9, "CNY", "2026-01", "2026-02"),
         ("China", "Uzbekistan", None, None, "total", "value", None, 21.07e9, "CNY", "2026-01", "2026-02"),
         ("China", "Uzbekistan", None, None, "total", "growth", "yoy", 27.5, "percent", "2026-01", "2026-02")],
    ),
    "'Hong Kong SAR and the EU ... respectively': the SAR is no break in the list": (
        "GUANGZHOU, Oct. 20 (Xinhua) -- Guangdong's foreign trade grew in the first three quarters of 2025. Trade "
        "with Macao SAR and ASEAN amounted to 12.4 billion yuan and 801.3 billion yuan, up 3.2% and 9.9% "
        "respectively.",
        date(2025, 10, 20),
        [("Guangdong", "Macao", None, None, "total", "value", None, 12.4e9, "CNY", "2025-01", "2025-09"),
         ("Guangdong", "ASEAN", None, None, "total", "value", None, 801.3e9, "CNY", "2025-01", "2025-09"),
         ("Guangdong", "Macao", None, None, "total", "growth", "yoy", 3.2, "percent", "2025-01", "2025-09"),
         ("Guangdong", "ASEAN", None, None, "total", "growth", "yoy", 9.9, "percent", "2025-01", "2025-09")],
    ),
    "'Shipments to non-euro EU countries and purchases from them ... 1.9% and 4.4%, respectively': each flow its "
    "rate; 'Exports to the US, which remained the largest source of French imports,': the rank is of imports": (
        "French trade\n\nPARIS, Nov 7 (Reuters) - French exports rose 0.8% on the month in September 2025. Exports "
        "to China, which remained the largest source of French imports, fell 2.2% on the month. Shipments to Italy "
        "and purchases from it decreased by 1.9% and 4.4%, respectively.",
        date(2025, 11, 7),
        [("France", "China", None, None, "imports", "rank", None, 1.0, "number", "2025-09", "2025-09"),
         ("France", "Italy", None, None, "exports", "growth", "mom", -1.9, "percent", "2025-09", "2025-09"),
         ("France", "Italy", None, None, "imports", "growth", "mom", -4.4, "percent", "2025-09", "2025-09")],
    ),
    "a foreign subject that 'accounted for' a sum of the story economy's trade, an ordinal aside between, is its "
    "partner": (
        "China's trade in 2025\n\nBEIJING, Jan 14 - China's foreign trade rose 3.8 percent to 45.47 trillion yuan in "
        "2025. The European Union accounted for 5.88 trillion yuan, up 5.1 percent. The United States, in third "
        "place, accounted for 4.25 trillion yuan. Japan, its fourth-largest partner, accounted for $312 billion.",
        date(2026, 1, 14),
        [("China", "European Union", None, None, "total", "value", None, 5.88e12, "CNY", "2025-01", "2025-12"),
         ("China", "European Union", None, None, "total", "growth", "yoy", 5.1, "percent", "2025-01", "2025-12"),
         ("China", "United States", None, None, "total", "value", None, 4.25e12, "CNY", "2025-01", "2025-12"),
         ("China", "Japan", None, None, "total", "value", None, 312e9, "USD", "2025-01", "2025-12")],
    ),
    "regions of a ministry's tables ('Western Europe'), and a second balance whose partner follows its own figure": (
        "UK and Japan\n\nLONDON, Dec 12 (Reuters) - Britain's goods trade deficit widened to 19.8 billion pounds in "
        "October, leaving Britain with a deficit of 12.1 billion pounds with the EU and 7.7 billion pounds with "
        "non-EU countries. Exports to Western Europe rose 4.2%, while those to Central and Eastern Europe fell 2.5%.",
        date(2025, 12, 12),
        [("United Kingdom", "European Union", None, None, "balance", "value", None, -12.1e9, "GBP", *OCT),
         ("United Kingdom", "non-EU countries", None, None, "balance", "value", None, -7.7e9, "GBP", *OCT),
         ("United Kingdom", "Western Europe", None, None, "exports", "growth", "yoy", 4.2, "percent", *OCT),
         ("United Kingdom", "Central and Eastern Europe", None, None, "exports", "growth", "yoy", -2.5, "percent",
          *OCT)],
    ),
    "'EU countries that do not use the euro' are one partner; a partner that 'held on to first place among the "
    "destinations' ranks first among export markets": (
        "German exports\n\nBERLIN, Oct 8 (Reuters) - German exports rose 1.4% in August. Exports to EU countries "
        "that do not use the euro advanced 5.1% to 22.9 billion euros. The United States held on to first place "
        "among the destinations for German goods.",
        date(2025, 10, 8),
        [("Germany", "Non-euro area EU countries", None, None, "exports", "value", None, 22.9e9, "EUR", "2025-08",
          "2025-08"),
         ("Germany", "United States", None, None, "exports", "rank", None, 1.0, "number", "2025-08", "2025-08")],
    ),
    "a partner that, 'by contrast', kept its place as the economy's largest partner ranks first": (
        "China's trade\n\nBEIJING, Jan 14 - China's foreign trade rose 3.8 percent in 2025. Trade with the United "
        "States fell 10.1 percent. ASEAN, by contrast, kept its place as China's largest trading partner.",
        date(2026, 1, 14),
        [("China", "ASEAN", None, None, "total", "rank", None, 1.0, "number", "2025-01", "2025-12")],
    ),
    "markets in an aside on the goods ('most of them bound for ...') are neither area nor partner": (
        "Japan's exports rise\n\nTOKYO, Nov 19 - Japan's exports rose 3.6% in October from a year earlier. Exports "
        "of steel and other metal products, most of them bound for Thailand, Vietnam and India, increased 4.4% to "
        "412.5 billion yen.",
        date(2025, 11, 19),
        [("Japan", None, "steel and other metal products", None, "exports", "growth", "yoy", 4.4, "percent", *OCT),
         ("Japan", None, "steel and other metal products", None, "exports", "value", None, 412.5e9, "JPY", *OCT)],
    ),
    "'France, still the second-biggest buyer of German goods, took ...': the buyer is the partner": (
        "German exports\n\nBERLIN, Dec 8 - German exports rose 1.1% on the month in October. France, still the "
        "second-biggest buyer of German goods, took products worth €10.4 billion in October.",
        date(2025, 12, 8),
        [("Germany", "France", None, None, "exports", "value", None, 10.4e9, "EUR", *OCT),
         ("Germany", "France", None, None, "exports", "rank", None, 2.0, "number", *OCT)],
    ),
    "'these so-called third countries' and 'countries that share the euro' in a Destatis story": (
        "German trade\n\nBERLIN, Dec 8 - German exports rose 1.1% on the month in October. Of the exports to the "
        "EU, €50.2 billion went to countries that share the euro. Imports from these so-called third countries "
        "rose 2.3% on the month to €55.1 billion.",
        date(2025, 12, 8),
        [("Germany", "Euro area", None, None, "exports", "value", None, 50.2e9, "EUR", *OCT),
         ("Germany", "non-EU countries", None, None, "imports", "value", None, 55.1e9, "EUR", *OCT)],
    ),
    "'sent 1.9% more goods to other EU member states, worth ...', and 'brought in €X from them'": (
        "German trade\n\nBERLIN, Dec 8 - German exports rose 1.1% on the month in October. Germany sent 1.9% more "
        "goods to other EU member states, worth a total of €73.9 billion, and brought in €58.7 billion from them.",
        date(2025, 12, 8),
        [("Germany", "European Union", None, None, "exports", "value", None, 73.9e9, "EUR", *OCT),
         ("Germany", "European Union", None, None, "imports", "value", None, 58.7e9, "EUR", *OCT)],
    ),
    "'exports to the American market': the people's market is the partner": (
        "India's exports\n\nNEW DELHI, Nov 17 - India's exports rose 2.1% in October. For April-October, exports "
        "to the American market rose 10.2%.",
        date(2025, 11, 17),
        [("India", "United States", None, None, "exports", "growth", "yoy", 10.2, "percent", "2025-04", "2025-10")],
    ),
    "'were China's second- and third-largest trading partners' after a surplus: ranks of total trade": (
        "China-ASEAN trade\n\nBEIJING, Nov 8 - China's trade with ASEAN rose 9.1 percent in the first ten months. "
        "That left China with a surplus of 1.34 trillion yuan with the bloc.\n\nThe EU and Japan were China's "
        "fourth- and fifth-largest trading partners, respectively.",
        date(2025, 11, 8),
        [("China", "European Union", None, None, "total", "rank", None, 4.0, "number", "2025-01", "2025-10"),
         ("China", "Japan", None, None, "total", "rank", None, 5.0, "number", "2025-01", "2025-10")],
    ),
    "'although the figure was 4.3 percent lower than in September, when ... orders': still the trade figure": (
        "China-ASEAN trade\n\nBEIJING, Nov 8 - Trade with ASEAN rose 11.7 percent from a year earlier to 640.5 "
        "billion yuan in October, although the figure was 4.3 percent lower than in September, when exporters "
        "rushed out orders before the holiday.",
        date(2025, 11, 8),
        [("China", "ASEAN", None, None, "total", "growth", "mom", -4.3, "percent", *OCT)],
    ),
    "'across the Atlantic' in a German story, and a surplus 'with Washington', are with the United States": (
        "German exports\n\nBERLIN, Dec 8 - German exports rose 1.1% on the month in October. Shipments across "
        "the Atlantic were 12.4% lower than a year earlier. Germany's surplus with Washington shrank to 5.9 billion "
        "euros in October.",
        date(2025, 12, 8),
        [("Germany", "United States", None, None, "exports", "growth", "yoy", -12.4, "percent", *OCT),
         ("Germany", "United States", None, None, "balance", "value", None, 5.9e9, "EUR", *OCT)],
    ),
    "'Seoul's trade surplus with Washington' in a Korea story: Korea's, with the United States": (
        "Korea's exports\n\nSEJONG, Nov 1 - South Korea's exports rose 3.6 percent in October. Seoul's trade "
        "surplus with Washington shrank to $4.1 billion.",
        date(2025, 11, 1),
        [("South Korea", "United States", None, None, "balance", "value", None, 4.1e9, "USD", *OCT)],
    ),
    "'In trade with the US, Japan's surplus ...': the US alone is the partner (Japan is no second item of a list), "
    "and the paragraph's next figures that name no place are of trade with it, not the next paragraph's": (
        "Japan's trade\n\nTOKYO, Nov 20 - Japan's exports rose 3.6% in October from a year earlier.\n\nIn trade "
        "with the United States, Japan's surplus contracted 14.2% to 612.5 billion yen. Shipments were 3.1% lower "
        "at 1.62 trillion yen, and imports gained 6.4% to 1.01 trillion yen.\n\nImports rose 0.7% to 9.93 trillion "
        "yen.\n\nIn its trade with China, Japan ran a deficit of 428.3 billion yen.",
        date(2025, 11, 20),
        [("Japan", "United States", None, None, "balance", "growth", "yoy", -14.2, "percent", *OCT),
         ("Japan", "United States", None, None, "balance", "value", None, 612.5e9, "JPY", *OCT),
         ("Japan", "United States", None, None, "exports", "growth", "yoy", -3.1, "percent", *OCT),
         ("Japan", "United States", None, None, "exports", "value", None, 1.62e12, "JPY", *OCT),
         ("Japan", "United States", None, None, "imports", "growth", "yoy", 6.4, "percent", *OCT),
         ("Japan", "United States", None, None, "imports", "value", None, 1.01e12, "JPY", *OCT),
         ("Japan", None, None, None, "imports", "growth", "yoy", 0.7, "percent", *OCT),
         ("Japan", None, None, None, "imports", "value", None, 9.93e12, "JPY", *OCT),
         ("Japan", "China", None, None, "balance", "value", None, -428.3e9, "JPY", *OCT)],
    ),
    "a headline whose partners come before the economy ('ASEAN, Africa trade helps lift China's ... trade'): the "
    "possessive owns the trade; 'the province of Yunnan in southwest China' names no partner": (
        "ASEAN, Latin America trade helps lift China's October goods trade\n\nBEIJING, Nov 7 (Xinhua) -- "
        "Exports came to 2.17 trillion yuan in October, up 4.2 percent.\n\nThe province of Yunnan in southwest China "
        "traded goods worth 24.6 billion yuan with the rest of the world in October, 6.1 percent more than a year "
        "before.",
        date(2025, 11, 7),
        [("China", None, None, None, "exports", "value", None, 2.17e12, "CNY", *OCT),
         ("China", None, None, None, "exports", "growth", "yoy", 4.2, "percent", *OCT),
         ("Yunnan", None, None, None, "total", "value", None, 24.6e9, "CNY", *OCT),
         ("Yunnan", None, None, None, "total", "growth", "yoy", 6.1, "percent", *OCT)],
    ),
    "a headline on a partner's rank ('China regains top trade partner spot as German exports drop') leaves the "
    "economy to the lead; 'trade between the five Central Asian countries and northwest China's Xinjiang' is a pair": (
        "China regains top trade partner spot as German exports drop in October\n\nBERLIN, Dec 8 (Reuters) - "
        "German exports were 2.1 percent lower in October than in September, at 128.4 billion euros.",
        date(2025, 12, 8),
        [("Germany", None, None, None, "exports", "growth", "mom", -2.1, "percent", *OCT),
         ("Germany", None, None, None, "exports", "value", None, 128.4e9, "EUR", *OCT)],
    ),
    "a headline's trade owner after a partner's news ('U.S. rebound lifts German September exports'), or after 'as' "
    "when the main clause names none ('... make up for U.S. slide as China's July exports top forecasts')": (
        "U.S. rebound lifts German September exports above forecasts\n\nExports rose 1.4 percent on the month in "
        "September 2025, to 131.2 billion euros.",
        date(2025, 11, 7),
        [("Germany", None, None, None, "exports", "growth", "mom", 1.4, "percent", "2025-09", "2025-09"),
         ("Germany", None, None, None, "exports", "value", None, 131.2e9, "EUR", "2025-09", "2025-09")],
    ),
    "'... as China's July exports top forecasts' owns the story; a Caixin dateline '(Beijing) —' names no area": (
        "Sales to ASEAN, Africa make up for U.S. slide as China's July exports top forecasts\n\n(Beijing) — "
        "Exports rose 7.2% in July 2025 from a year earlier, to $321.8 billion.",
        date(2025, 8, 7),
        [("China", None, None, None, "exports", "growth", "yoy", 7.2, "percent", "2025-07", "2025-07"),
         ("China", None, None, None, "exports", "value", None, 321.8e9, "USD", "2025-07", "2025-07")],
    ),
    "'... as China reclaims top spot among Germany's trading partners': a partner's rank, the lead names the economy": (
        "Exports to US slump as China reclaims top spot among Germany's trading partners\n\nUS tariffs cut deep into "
        "Germany's trade surplus in 2025.\n\nExports from Germany came to 1,553.9 billion euros in 2025, down 0.4% "
        "on the year before.",
        date(2026, 2, 9),
        [("Germany", None, None, None, "exports", "value", None, 1553.9e9, "EUR", "2025-01", "2025-12"),
         ("Germany", None, None, None, "exports", "growth", "yoy", -0.4, "percent", "2025-01", "2025-12")],
    ),
    "'Anhui Ranks Ninth in China as 2024 Foreign Trade Passes ...' is Anhui's story, not China's": (
        "Anhui Ranks Ninth in China as 2024 Foreign Trade Passes 850 Billion Yuan\n\nHEFEI, Jan. 20 -- Imports and "
        "exports reached 852.6 billion yuan in 2024, up 5.2 percent.",
        date(2025, 1, 20),
        [("Anhui", None, None, None, "total", "value", None, 852.6e9, "CNY", "2024-01", "2024-12")],
    ),
    "'trade between the five Central Asian countries and northwest China's Xinjiang' is Xinjiang's, with Central Asia": (
        "Xinjiang's trade\n\nURUMQI, Nov 12 (Xinhua) -- Trade between the five Central Asian countries and northwest "
        "China's Xinjiang Uygur Autonomous Region reached 24.5 billion yuan in October, up 8.2 percent.",
        date(2025, 11, 12),
        [("Xinjiang", "Central Asia", None, None, "total", "value", None, 24.5e9, "CNY", *OCT),
         ("Xinjiang", "Central Asia", None, None, "total", "growth", "yoy", 8.2, "percent", *OCT)],
    ),
    "'between Heilongjiang Province and neighbouring Russia' is a pair: the adjective leaves Russia the partner": (
        "Border trade slows\n\nHARBIN, Oct. 25 (Xinhua) -- In the first three quarters, goods trade between "
        "Heilongjiang Province and neighbouring Russia totalled 143.52 billion yuan, a decline of 5.2 percent.",
        date(2025, 10, 25),
        [("Heilongjiang", "Russia", None, None, "total", "value", None, 143.52e9, "CNY", "2025-01", "2025-09"),
         ("Heilongjiang", "Russia", None, None, "total", "growth", "yoy", -5.2, "percent", "2025-01", "2025-09")],
    ),
    "'Exports to Asia as a whole, China included, climbed': the market is Asia; China is named in passing": (
        "Japan's exports rise\n\nTOKYO, Dec 17 (Kyodo) -- Japan's exports grew 6.1 percent in November. Exports to "
        "Asia as a whole, China included, climbed 4.2 percent to 4.9 trillion yen.",
        date(2025, 12, 17),
        [("Japan", "Asia", None, None, "exports", "growth", "yoy", 4.2, "percent", "2025-11", "2025-11"),
         ("Japan", "Asia", None, None, "exports", "value", None, 4.9e12, "JPY", "2025-11", "2025-11")],
    ),
    "'Shipments to the second-largest market, the United Arab Emirates (UAE), rose': the apposed partner, acronym "
    "and all": (
        "India's exports rise\n\nNew Delhi, Dec 15 (PTI) India's merchandise exports grew 19.4 per cent in November. "
        "Shipments to the second-largest market, the United Arab Emirates (UAE), rose 14.6 per cent to $3.92 billion.",
        date(2025, 12, 15),
        [("India", "United Arab Emirates", None, None, "exports", "rank", None, 2.0, "number", "2025-11", "2025-11"),
         ("India", "United Arab Emirates", None, None, "exports", "growth", "yoy", 14.6, "percent", "2025-11",
          "2025-11"),
         ("India", "United Arab Emirates", None, None, "exports", "value", None, 3.92e9, "USD", "2025-11", "2025-11")],
    ),
    "'Vietnam, though still the biggest single buyer, took 8.87 million tons': the buyer, past its aside": (
        "China's steel exports\n\nBEIJING, Dec 18 (Bloomberg) -- China's steel exports grew in November. Vietnam, "
        "though still the biggest single buyer, took 8.87 million tons of steel in the first 11 months, 23.6% less "
        "than a year earlier.",
        date(2025, 12, 18),
        [("China", "Vietnam", "steel", None, "exports", "quantity", None, 8.87e6, "tonnes", "2025-01", "2025-11"),
         ("China", "Vietnam", "steel", None, "exports", "growth", "yoy", -23.6, "percent", "2025-01", "2025-11")],
    ),
    "'traded goods worth 96.58 billion yuan (about 13.58 billion U.S. dollars) with ASEAN': both figures ASEAN's": (
        "Yunnan's trade\n\nKUNMING, Nov. 21 (Xinhua) -- Customs officials said Friday that Yunnan Province "
        "traded goods worth 96.58 billion yuan (about 13.58 billion U.S. dollars) with the Association of Southeast "
        "Asian Nations (ASEAN) in the first 10 months of 2025.",
        date(2025, 11, 21),
        [("Yunnan", "ASEAN", None, None, "total", "value", None, 96.58e9, "CNY", "2025-01", "2025-10"),
         ("Yunnan", "ASEAN", None, None, "total", "value", None, 13.58e9, "USD", "2025-01", "2025-10")],
    ),
    "'The bloc, which accounted for 41.7 percent of ..., kept its place as the province's biggest trading partner'": (
        "Yunnan's trade with ASEAN grows\n\nKUNMING, Nov. 21 (Xinhua) -- Yunnan's trade with ASEAN grew 12.7 percent "
        "in the first 10 months of 2025. The bloc, which accounted for 41.7 percent of everything Yunnan traded "
        "abroad, kept its place as the province's biggest trading partner.",
        date(2025, 11, 21),
        [("Yunnan", "ASEAN", None, None, "total", "share", None, 41.7, "percent", "2025-01", "2025-10"),
         ("Yunnan", "ASEAN", None, None, "total", "rank", None, 1.0, "number", "2025-01", "2025-10")],
    ),
    "'Yunnan's total imports and exports reached 231.47 billion yuan, up 9.6 percent' in a story on ASEAN: no partner": (
        "Yunnan's trade with ASEAN grows\n\nKUNMING, Nov. 21 (Xinhua) -- Yunnan's trade with ASEAN grew 12.7 percent "
        "in the first 10 months of 2025.\n\nOver January-October, Yunnan's total imports and exports reached 231.47 "
        "billion yuan, up 9.6 percent from a year earlier.",
        date(2025, 11, 21),
        [("Yunnan", None, None, None, "total", "value", None, 231.47e9, "CNY", "2025-01", "2025-10"),
         ("Yunnan", None, None, None, "total", "growth", "yoy", 9.6, "percent", "2025-01", "2025-10")],
    ),
    "'Fresh buyers in Southeast Asia, Africa and Latin America helped Chinese exporters': markets, not the subject": (
        "New markets lift trade\n\nBy a staff reporter | Updated: 2025-11-10\n\nNew buyers in Southeast Asia, Africa "
        "and Latin America helped Chinese exporters make up for weaker sales to the United States, official figures "
        "show.\n\nCustoms data put goods imports and exports for January through October at 37.31 trillion yuan, up "
        "3.6 percent year-on-year.",
        date(2025, 11, 10),
        [("China", None, None, None, "total", "value", None, 37.31e12, "CNY", "2025-01", "2025-10"),
         ("China", None, None, None, "total", "growth", "yoy", 3.6, "percent", "2025-01", "2025-10")],
    ),
    "'trade in both directions between Germany and China', 'edging past the 162.8 billion euros exchanged with the "
    "United States': each pair its own figure, the rival's exact": (
        "German trade\n\nBERLIN, Nov 7 (Reuters) - German exports rose in September. Over the first nine months, trade "
        "in both directions between Germany and China came to 185.9 billion euros, edging past the 162.8 billion "
        "euros exchanged with the United States.",
        date(2025, 11, 7),
        [("Germany", "China", None, None, "total", "value", None, 185.9e9, "EUR", "2025-01", "2025-09"),
         ("Germany", "United States", None, None, "total", "value", None, 162.8e9, "EUR", "2025-01", "2025-09")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_partner_phrases(name: str) -> None:
    assert_yields(*CASES[name])


def test_markets_in_an_aside_are_no_partner() -> None:
    found = facts_of(CASES["markets in an aside on the goods ('most of them bound for ...') are neither area nor "
                           "partner"][0], date(2025, 11, 19))
    assert all(row[0] == "Japan" and row[1] is None for row in found)


def test_a_list_begun_in_an_aside_names_no_subject_after_it() -> None:
    """", largely because of smaller shipments of crude oil to Norway, Denmark and Germany, while imports from the
    bloc fell 1.9%": the countries are where the oil went; the imports stay the UK's."""
    text = ("UK trade\n\nLONDON, Nov 13 - UK exports to the EU dropped 2.7% in September 2025, largely because of "
            "smaller shipments of crude oil to Norway, Denmark and Germany, while imports from the bloc fell 1.9%.")
    found = facts_of(text, date(2025, 11, 13))
    assert {row[0] for row in found} == {"United Kingdom"}
    assert ("United Kingdom", "European Union", None, None, "imports", "growth", "yoy", -1.9, "percent", "2025-09",
            "2025-09") in found


def test_eu_countries_outside_the_currency_union_are_one_partner() -> None:
    """"EU countries outside the currency union" and "non-euro EU members" name the EU's members without the euro."""
    text = ("German trade\n\nBERLIN, Nov 7 (Reuters) - German exports rose 1.4% on the month in September 2025. "
            "Exports to euro zone countries increased 1.1%, while those to EU countries outside the currency union "
            "advanced 4.6%. Purchases from non-euro EU members went up 3.9%.")
    found = {(row[1], row[4], row[7]) for row in facts_of(text, date(2025, 11, 7))}
    assert {("Non-euro area EU countries", "exports", 4.6), ("Non-euro area EU countries", "imports", 3.9),
            ("Euro area", "exports", 1.1)} <= found


def test_a_sentence_on_trade_with_a_partner_gives_the_next_sentences_it_its_partner() -> None:
    """"Commerce with Latin America outpaced the total. It came to ...": the partner of the sentence with no figure
    is what "It" stands for, not the partner of the paragraph before."""
    text = ("China's trade\n\nBEIJING, July 14 (Xinhua) -- China's foreign trade rose 2.9 percent in the first half "
            "of 2025. Trade with the European Union reached 2.8 trillion yuan.\n\nCommerce with Latin America "
            "outpaced the total. It came to 1.29 trillion yuan, up 3.1 percent.")
    found = {(row[1], row[5], row[7]) for row in facts_of(text, date(2025, 7, 14))}
    assert {("Latin America", "value", 1.29e12), ("Latin America", "growth", 3.1)} <= found


def test_partners_named_in_a_reason_do_not_take_the_figures_of_a_sentence_framed_by_with() -> None:
    """"With countries outside the EU, exports slumped ..., as fewer cars went to China and the US, and imports eased
    ...": the later figures keep the sentence's frame, not the partners of the reason."""
    text = ("UK trade\n\nLONDON, Nov 13 (Reuters) - Britain's goods trade deficit widened in September 2025. With "
            "the EU, exports rose 1.2% on the month to £14.1bn, as more machinery went to Germany and France, and "
            "imports fell 0.7% to £22.9bn.")
    partners = {row[7]: row[1] for row in facts_of(text, date(2025, 11, 13)) if row[4] == "imports"}
    assert partners == {-0.7: "European Union", 22.9e9: "European Union"}


def test_goods_sold_there_are_sold_to_the_market_just_named() -> None:
    """"The US remained the largest market. German firms sold goods worth €146.2 billion there, 9.4% less": both
    figures are exports to the US ("there" after a figure, with no joint between)."""
    text = ("German trade\n\nWIESBADEN, Feb 20 (Reuters) - German exports rose 1.0% in 2025. Japan remained a key "
            "market for German cars. German firms sold goods worth €21.4 billion there, 3.1% less than in the previous year.")
    found = {(row[1], row[7]) for row in facts_of(text, date(2026, 2, 20)) if row[7] != 1.0}
    assert found == {("Japan", 21.4e9), ("Japan", -3.1)}


def test_a_whole_that_rose_in_a_which_clause_after_a_share_is_no_partners() -> None:
    """"Brazil accounted for 1.9 per cent of China's total foreign trade, which rose 3.8 per cent to a record
    US$6.48 trillion": the rate and the value are the whole's, China's trade with everyone."""
    text = ("China-Brazil trade\n\nBEIJING, Jan 14 - China's trade with Brazil rose 2.1 per cent in 2025. Brazil "
            "accounted for about 1.9 per cent of China's total foreign trade last year, which rose 3.8 per cent to a "
            "record US$6.48 trillion.")
    partners = {row[7]: row[1] for row in facts_of(text, date(2026, 1, 14))}
    assert partners[3.8] is None and partners[6.48e12] is None and partners[1.9] == "Brazil"


def test_a_balance_written_with_its_partner_after_the_figure_is_that_partners() -> None:
    """"Deficits with hubs that took business from China remained large: $14.4 billion with Vietnam and $12.2
    billion with Taiwan": each figure is with the partner written right after it, not with China."""
    text = ("US trade\n\nWASHINGTON (AP) — The U.S. trade deficit fell 23.8% in August 2025. Deficits with Asian hubs "
            "that have taken business from China remained large: $14.4 billion with Vietnam and $12.2 billion with "
            "Taiwan.")
    partners = {row[7]: row[1] for row in facts_of(text, date(2025, 10, 7)) if row[5] == "value"}
    assert partners == {-14.4e9: "Vietnam", -12.2e9: "Taiwan"}


def test_a_result_clause_that_names_the_economy_anew_leaves_the_causes_partner_behind() -> None:
    """"Strong demand lifted shipments to the US, handing Vietnam a record $28.4 billion surplus": the surplus is
    Vietnam's with everyone; the US is the partner of the cause, not of the figure. So is a rate about "that"."""
    text = ("Vietnam's surplus\n\nHANOI, Jan 6 (Reuters) - Strong electronics demand lifted shipments to the United "
            "States, handing Vietnam a record $28.4 billion trade surplus last year, the statistics office said. "
            "That was 14.2% bigger than the surplus a year earlier.")
    partners = {row[7]: row[1] for row in facts_of(text, date(2026, 1, 6))}
    assert partners == {28.4e9: None, 14.2: None}, partners


def test_leaving_the_economy_with_a_surplus_after_a_cause_is_the_whole_balance_and_after_figures_the_partners() -> None:
    """"Strong sales to Europe made up for weaker exports to the US, leaving Korea with a $51.2 billion surplus": the
    whole balance; "Exports to Japan rose 3.1% to $24.0 billion, leaving Korea with a $6.3 billion surplus in its
    trade with Japan": the balance with Japan."""
    text = ("Korea's surplus\n\nSEOUL, Jan 2 (Yonhap) - Strong sales to Europe made up for weaker exports to the "
            "United States last year, leaving Korea with a $51.2 billion surplus. Exports to Japan rose 3.1% to $24.0 "
            "billion in 2025, leaving Korea with a $6.3 billion surplus in its trade with Japan.")
    partners = {row[7]: row[1] for row in facts_of(text, date(2026, 1, 2)) if row[5] == "value"}
    assert partners == {51.2e9: None, 24.0e9: "Japan", 6.3e9: "Japan"}, partners


def test_goods_that_went_to_members_of_a_bloc_went_to_the_bloc() -> None:
    text = ("French exports\n\nPARIS, Oct 8 - French exports rose in August 2026. Of that total, 27.4 billion euros "
            "went to countries of the European Union, 0.8% more than in July.")
    partners = {row[7]: row[1] for row in facts_of(text, date(2026, 10, 8))}
    assert partners == {27.4e9: "European Union", 0.8: "European Union"}, partners


def test_a_flow_looked_back_on_keeps_the_buyer_just_named_and_a_whose_aside_keeps_its_flow_words() -> None:
    """"Canada was again the largest buyer in August at $3.1 billion. Shipments had been higher in July, at $3.6
    billion, as exporters rushed orders out": July's figure is of exports to Canada too; "Imports from Peru, whose
    shipments to Korea are mostly copper, fell" are imports, not the aside's shipments."""
    text = ("Korea's trade\n\nSEOUL, Sept 1 (Yonhap) - South Korea's exports rose 2.0% in August 2025. Canada was again "
            "the largest buyer of Korean cars in August at $3.1 billion. Shipments had been much higher in July, at "
            "$3.6 billion, as exporters rushed orders out. Imports from Peru, whose shipments to Korea are mostly "
            "copper, fell 4.4% to $0.3 billion.")
    found = {row[7]: (row[1], row[4]) for row in facts_of(text, date(2025, 9, 1))}
    assert found[3.6e9] == ("Canada", "exports") and found[-4.4] == ("Peru", "imports"), found


def test_a_share_of_the_owners_trade_with_a_partner_is_with_that_partner_unless_a_partner_is_the_part() -> None:
    """"Machinery made up 41.2 percent of India's full-year exports to the bloc" and "Intermediate goods such as parts
    and chemicals represented 61.5 percent of India-ASEAN trade" are shares of trade with ASEAN, over the year;
    "Vietnam made up 21.3 percent of India's trade with ASEAN" is Vietnam's share (the part is the partner)."""
    text = ("India-ASEAN trade\n\nNEW DELHI, Jan 16 (PTI) -- India's trade with ASEAN rose 6.1 percent in 2025. In "
            "December alone, exports to ASEAN grew 9.4 percent. Machinery made up 41.2 percent of India's full-year "
            "exports to the bloc. Intermediate goods such as parts and chemicals represented 61.5 percent of "
            "India-ASEAN trade in 2025. Vietnam made up 21.3 percent of India's trade with ASEAN.")
    found = {row[7]: (row[1], row[2], row[9], row[10]) for row in facts_of(text, date(2026, 1, 16))}
    assert found[41.2] == ("ASEAN", "machinery", "2025-01", "2025-12"), found
    assert found[61.5] == ("ASEAN", "intermediate goods", "2025-01", "2025-12"), found
    assert found[21.3][0] == "Vietnam", found


def test_a_buyer_that_lifted_its_purchases_is_the_partner_of_the_subjects_exports() -> None:
    """"Taiwan, which ranked second, lifted its purchases 31.0% to 412 tonnes": Japan's exports to Taiwan."""
    text = ("Japan's magnet exports\n\nTOKYO, Oct 20 - Japan's exports of neodymium magnets fell in September 2025. "
            "Taiwan, which ranked second, lifted its purchases 31.0% to 412 tonnes.")
    found = {row[7]: (row[0], row[1]) for row in facts_of(text, date(2025, 10, 20))}
    assert found[31.0] == found[412.0] == ("Japan", "Taiwan"), found


def test_commerce_with_them_is_with_the_partners_just_named() -> None:
    """"Central Asian countries took a larger slice of the total. At 3.1 trillion yuan, commerce with them was 6.2
    percent larger": trade with Central Asia."""
    text = ("China's trade\n\nBEIJING, Dec. 8 (Xinhua) -- China's foreign trade rose 3.6 percent in the first 11 months "
            "of 2026. Central Asian countries took a larger slice of the total. At 3.1 trillion yuan, commerce with "
            "them was 6.2 percent larger than a year earlier.")
    partners = {row[7]: row[1] for row in facts_of(text, date(2026, 12, 8))}
    assert partners[3.1e12] == partners[6.2] == "Central Asia", partners


@pytest.mark.parametrize("subject", ["That bloc alone", "This grouping"])
def test_that_bloc_as_a_subject_is_the_bloc_just_named(subject: str) -> None:
    """"ASEAN remained the province's top partner. That bloc alone accounted for 21.7 percent": trade with ASEAN."""
    text = ("Guangxi trade\n\nNANNING, Oct. 22 (Xinhua) -- Guangxi's foreign trade grew 6.4 percent in the first three "
            f"quarters of 2026. ASEAN remained the region's top partner. {subject} accounted for 21.7 percent of "
            "Guangxi's total.")
    partners = {row[7]: row[1] for row in facts_of(text, date(2026, 10, 22))}
    assert partners[21.7] == "ASEAN", partners


@pytest.mark.parametrize(("bound", "partner"), [("ASEAN-bound sales", "ASEAN"),
                                                ("EU-bound exports", "European Union")])
def test_a_bloc_bound_flow_names_the_bloc_as_partner(bound: str, partner: str) -> None:
    """'ASEAN-bound sales jumped 9.8 percent': the bloc is where the goods went, as in 'China-bound shipments'."""
    text = ("Korea's exports rise\n\nSEOUL -- South Korea's exports rose 6.1 percent in November 2026 from a year "
            f"earlier. {bound} jumped 9.8 percent.")
    found = {row[7]: row[1] for row in facts_of(text, date(2026, 12, 1))}
    assert found[9.8] == partner


def test_an_apposition_on_a_listed_partner_keeps_the_list() -> None:
    """'exports to China, Korea's largest export market, and to the United States came to $12.46 billion and
    $10.82 billion, respectively': the apposition does not end the list."""
    text = ("Korea's exports rise\n\nSEOUL -- South Korea's exports rose 6.1 percent in November 2026 from a year "
            "earlier. Exports to Vietnam, the country's third-largest market, and to Japan came to $5.2 billion and "
            "$2.5 billion, respectively.")
    found = {row[7]: row[1] for row in facts_of(text, date(2026, 12, 1))}
    assert (found[5.2e9], found[2.5e9]) == ("Vietnam", "Japan")
