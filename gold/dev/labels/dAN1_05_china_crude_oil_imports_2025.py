from _fact import fact, period

Y = period(2025, 1, 12)
DEC = period(2025, 12)
NOV = period(2025, 11)
YTD11 = period(2025, 1, 11)
C = "China"
CO = "crude oil"
E_RU = ("Russia remained China's biggest crude oil supplier in 2025 even as its shipments slipped 3.9% to "
        "104.3 million metric tons")
E_RU_SH = ("Counting both pipeline flows and seaborne cargoes, Russia supplied 18.7% of all the crude China bought "
           "abroad last year")
E_SA = "In second place came Saudi Arabia with 82.15 million tons, a 4.5% gain on 2024"
E_MY = "Malaysia came in third again with 73.6 million tons, 4.6% more than a year earlier"
E_IQ_BR = ("Shipments from Iraq and Brazil came in at 60.1 million tons and 42.3 million tons, down 5.9% and up 11.2% "
           "respectively.")
E_US = "Imports from the United States slumped 61.2% to 2.53 million tons"
E_YEAR = ("the world's biggest crude buyer imported a record 557.73 million tons in 2025, 4.4% more than a year "
          "earlier")
E_BILL = "The import bill came to $291.6 billion"
E_DEC = "December arrivals surged 16.4% from a year earlier to 55.86 million tons"
E_MOM = "They were also 10.2% above November's 50.69 million tons"
E_DEC_VAL = ("They were also 10.2% above November's 50.69 million tons, as refiners rushed to use up their remaining "
             "import quotas, and cost $27.9 billion.")
E_YTD = "Through the first 11 months, imports had been running 3.2% ahead of 2024."
E_GAS = ("Natural gas imports, including pipeline gas and liquefied natural gas (LNG), fell 4.0% to "
         "126.47 million tons")
E_FUEL = "exports of refined fuel such as diesel, gasoline and jet fuel dipped 2.1% to 58.62 million tons"

ARTICLE = {
    "id": "dAN1_05_china_crude_oil_imports_2025",
    "title": "China's crude imports hit record 557.73 mln T in 2025; Russia stays top supplier",
    "publisher": "Reuters",
    "published": "2026-01-20",
    "notes": [
        "Dateline Jan 20 (Reuters), 'customs data showed on Tuesday': 20 January 2026 is a Tuesday; 'last year' and 'in 2025' are 2025 (Jan-Dec).",
        "Every crude figure is product 'crude oil', flow imports; supplier figures carry the supplier as partner. Tonnes ('metric tons', 'tons', headline 'mln T') -> measure quantity, unit tonnes.",
        "Barrels-per-day figures (2.09, 11.20, 13.21 million bpd, the analysts' 900,000 bpd and the 11.3 million bpd forecast) are left out: the spec's units for a quantity are tonnes or a number of pieces, and bpd is a daily rate in barrels, restating the tonnage; none labelled.",
        "Headline '557.73 mln T' and body '557.73 million tons' are one observation: labelled once, from the body.",
        "Growth rates here are volume growth with no value growth beside them (the dollar values carry no rate), so they are the growth of these imports and are labelled (the spec only drops volume growth stated beside value growth).",
        "Ranks: Russia 'biggest' -> 1, Saudi Arabia 'In second place' -> 2, Malaysia 'came in third' -> 3; all imports of crude oil, 2025.",
        "Russia 18.7%: share of China's total crude imports, partner Russia.",
        "Saudi 'a 4.5% gain on 2024': 2024 is the comparison base, period 2025.",
        "Iraq/Brazil respectively list: volumes and rates paired in order; Iraq 'down 5.9%' -> -5.9, Brazil 'up 11.2%'.",
        "December: 'surged 16.4% from a year earlier' yoy; '10.2% above November's 50.69 million tons' is a comparison with the month before -> basis mom; November's 50.69 million tons is labelled as a November 2025 quantity. '$27.9 billion' is December's value (subject 'They' = December arrivals).",
        "'Through the first 11 months, imports had been running 3.2% ahead of 2024': crude import growth, Jan-Nov 2025.",
        "Natural gas imports (product 'natural gas') and refined fuel exports (product 'refined fuel', flow exports) are trade flows in tonnes: labelled.",
        "Out of scope: refinery throughput 737.6 million tons and domestic output 216.0 million tons (not trade), stockpiling estimates, the analyst's 2026 outlook (forecast), crude prices, the 10% tariff, the 257 million tons of import quotas (a licence, not a flow), the 7.33 barrels conversion factor, 'a fifth straight year' (streak). 'no arrivals from Iran' states no number: nothing labelled.",
    ],
    "facts": [
        fact(C, "imports", "rank", 1, "number", Y, "biggest", E_RU, partner="Russia", product=CO),
        fact(C, "imports", "growth", -3.9, "percent", Y, "3.9", E_RU, partner="Russia", product=CO),
        fact(C, "imports", "quantity", 104.3e6, "tonnes", Y, "104.3 million", E_RU, partner="Russia", product=CO),
        fact(C, "imports", "share", 18.7, "percent", Y, "18.7", E_RU_SH, partner="Russia", product=CO),
        fact(C, "imports", "rank", 2, "number", Y, "second", E_SA, partner="Saudi Arabia", product=CO),
        fact(C, "imports", "quantity", 82.15e6, "tonnes", Y, "82.15 million", E_SA, partner="Saudi Arabia", product=CO),
        fact(C, "imports", "growth", 4.5, "percent", Y, "4.5", E_SA, partner="Saudi Arabia", product=CO),
        fact(C, "imports", "growth", 4.6, "percent", Y, "4.6", E_MY, partner="Malaysia", product=CO),
        fact(C, "imports", "quantity", 73.6e6, "tonnes", Y, "73.6 million", E_MY, partner="Malaysia", product=CO),
        fact(C, "imports", "rank", 3, "number", Y, "third", E_MY, partner="Malaysia", product=CO),
        fact(C, "imports", "quantity", 60.1e6, "tonnes", Y, "60.1 million", E_IQ_BR, partner="Iraq", product=CO),
        fact(C, "imports", "quantity", 42.3e6, "tonnes", Y, "42.3 million", E_IQ_BR, partner="Brazil", product=CO),
        fact(C, "imports", "growth", -5.9, "percent", Y, "5.9", E_IQ_BR, partner="Iraq", product=CO),
        fact(C, "imports", "growth", 11.2, "percent", Y, "11.2", E_IQ_BR, partner="Brazil", product=CO),
        fact(C, "imports", "growth", -61.2, "percent", Y, "61.2", E_US, partner="United States", product=CO),
        fact(C, "imports", "quantity", 2.53e6, "tonnes", Y, "2.53 million", E_US, partner="United States", product=CO),
        fact(C, "imports", "quantity", 557.73e6, "tonnes", Y, "557.73 million", E_YEAR, product=CO),
        fact(C, "imports", "growth", 4.4, "percent", Y, "4.4", E_YEAR, product=CO),
        fact(C, "imports", "value", 291.6e9, "USD", Y, "291.6 billion", E_BILL, product=CO),
        fact(C, "imports", "growth", 16.4, "percent", DEC, "16.4", E_DEC, product=CO),
        fact(C, "imports", "quantity", 55.86e6, "tonnes", DEC, "55.86 million", E_DEC, product=CO),
        fact(C, "imports", "growth", 10.2, "percent", DEC, "10.2", E_MOM, product=CO, basis="mom"),
        fact(C, "imports", "quantity", 50.69e6, "tonnes", NOV, "50.69 million", E_MOM, product=CO),
        fact(C, "imports", "value", 27.9e9, "USD", DEC, "27.9 billion", E_DEC_VAL, product=CO),
        fact(C, "imports", "growth", 3.2, "percent", YTD11, "3.2", E_YTD, product=CO),
        fact(C, "imports", "growth", -4.0, "percent", Y, "4.0", E_GAS, product="natural gas"),
        fact(C, "imports", "quantity", 126.47e6, "tonnes", Y, "126.47 million", E_GAS, product="natural gas"),
        fact(C, "exports", "growth", -2.1, "percent", Y, "2.1", E_FUEL, product="refined fuel"),
        fact(C, "exports", "quantity", 58.62e6, "tonnes", Y, "58.62 million", E_FUEL, product="refined fuel"),
    ],
}
