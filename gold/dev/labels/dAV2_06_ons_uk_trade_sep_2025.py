from _fact import fact, period

UK = "United Kingdom"
Q3 = period(2025, 7, 9)
SEP = period(2025, 9)
TTM = {"start": "2024-10", "end": "2025-09"}
XPM = "goods excluding precious metals"

E_GOODS_BAL = "the trade in goods deficit grew £3.0 billion wider, to £59.6 billion"
E_GOODS_Q = "Between Quarter 2 (Apr to June) and Quarter 3 (July to Sept) 2025, goods imports rose by £1.8 billion (1.2%) and goods exports fell by £1.2 billion (1.3%)"
E_SVC = "the estimated surplus on trade in services slipped £0.6 billion over the same period, to £48.0 billion"
E_TOTAL = "the three months to September 2025 ended with a total goods and services trade deficit of £11.6 billion"
E_XPM_BAL = "Excluding precious metals, the goods deficit for Quarter 3 2025 was £58.1 billion"
E_SEP = ("In September 2025, goods exports excluding precious metals were £1.7 billion (5.5%) lower than in August 2025, "
         "as sales to EU and non-EU countries both declined; goods imports on the same basis rose by £0.4 billion (0.8%)")
E_US_SEP = ("In September 2025 the UK sold £3.9 billion of goods to the United States, including precious metals, "
            "a fall of £0.5 billion (11.4%) compared with the previous month")
E_XPM_Q = ("Compared with the previous quarter, goods exports excluding precious metals decreased by 1.6% to £86.9 billion in "
           "Quarter 3 2025, while imports increased by 0.7% to £145.0 billion")
E_EU = "On the same basis, exports to EU countries fell 0.9% to £45.2 billion and imports from the EU rose 1.6% to £75.3 billion"
E_EU_BAL = "widening the trade in goods deficit with the EU to £30.1 billion"
E_NONEU = "Exports to non-EU countries fell more steeply, by 2.3% to £41.7 billion"
E_NONEU_BAL = "the deficit with them widened to £28.0 billion"
E_MTE = "the fall in exports was concentrated in machinery and transport equipment, which decreased by 4.1% on the quarter"
E_CARS = "exports of cars fell by £0.8 billion (13.2%)"
E_FUELS = "Imports of fuels rose 6.3%"
E_US_Q3 = ("Across Quarter 3 2025 as a whole, goods exports to the United States were £13.4 billion, 8.8% lower than in "
           "Quarter 2 and 19.6% below the same quarter a year earlier")
E_US_IMP = "Imports of goods from the United States rose 3.4% on the quarter"
E_TTM = "In the 12 months to September 2025, the total trade deficit widened by £12.3 billion to £41.8 billion"

ARTICLE = {
    "id": "dAV2_06_ons_uk_trade_sep_2025",
    "title": "UK trade: September 2025",
    "publisher": "Office for National Statistics",
    "published": "2025-11-13",
    "notes": [
        "Area United Kingdom throughout (ONS bulletin 'UK trade'). Quarter 3 2025 = 'three months to September 2025' = 2025-07..2025-09; '12 months to September 2025' = 2024-10..2025-09.",
        "Absolute changes ('£3.0 billion wider', 'rose by £1.8 billion', 'a fall of £0.5 billion', 'widened by £12.3 billion', cars 'fell by £0.8 billion', etc.) are differences between two levels: derived comparisons the record cannot express, left out. Only the levels and the percentages in brackets are labelled.",
        "Products: headline goods figures (including precious metals) product None; 'Excluding precious metals' figures product 'goods excluding precious metals'; services 'services'; 'total goods and services trade deficit' and 'total trade deficit' product 'goods and services'; commodities in the text's words ('machinery and transport equipment', 'cars', 'fuels').",
        "Exports to the United States 'including precious metals' cover all goods: product None.",
        "Basis: Quarter 3 vs Quarter 2 changes are qoq (cues 'Between Quarter 2 (Apr to June) and Quarter 3', 'Compared with the previous quarter', 'on the quarter', 'lower than in Quarter 2'); September vs August changes are mom. US exports '19.6% below the same quarter a year earlier' is yoy.",
        "'On the same basis' opening the EU paragraph carries both the exclusion of precious metals and the quarter-on-quarter comparison from the paragraph before; EU/non-EU figures get product 'goods excluding precious metals' and basis qoq, as does the September imports clause 'goods imports on the same basis' (excl. precious metals, mom).",
        "The commodity paragraph is a Q3 quarter-on-quarter frame ('on the quarter'), so cars (-13.2%) and fuels (+6.3%) are qoq for Q3 although the cyber incident is dated September; these commodity figures are not given an 'excluding precious metals' product because the product is the commodity itself.",
        "The US 11.4% September fall is stated twice (main points and section 3): one fact, evidence from section 3 where the month-on-month cue ('compared with the previous month') is explicit.",
        "'the deficit with them widened to £28.0 billion': 'them' is non-EU countries; balance negative.",
        "Out of scope: volume changes after removing inflation (0.4%, 2.0%: volume growth beside value growth), 'lowest level since January 2022' (milestone), 10% baseline tariff, GDP growth 0.1%.",
    ],
    "facts": [
        fact(UK, "balance", "value", -59.6e9, "GBP", Q3, "59.6 billion", E_GOODS_BAL),
        fact(UK, "imports", "growth", 1.2, "percent", Q3, "1.2", E_GOODS_Q, basis="qoq"),
        fact(UK, "exports", "growth", -1.3, "percent", Q3, "1.3", E_GOODS_Q, basis="qoq"),
        fact(UK, "balance", "value", 48.0e9, "GBP", Q3, "48.0 billion", E_SVC, product="services"),
        fact(UK, "balance", "value", -11.6e9, "GBP", Q3, "11.6 billion", E_TOTAL, product="goods and services"),
        fact(UK, "balance", "value", -58.1e9, "GBP", Q3, "58.1 billion", E_XPM_BAL, product=XPM),
        fact(UK, "exports", "growth", -5.5, "percent", SEP, "5.5", E_SEP, product=XPM, basis="mom"),
        fact(UK, "imports", "growth", 0.8, "percent", SEP, "0.8", E_SEP, product=XPM, basis="mom"),
        fact(UK, "exports", "growth", -11.4, "percent", SEP, "11.4", E_US_SEP, partner="United States", basis="mom"),
        fact(UK, "exports", "value", 3.9e9, "GBP", SEP, "3.9 billion", E_US_SEP, partner="United States"),
        fact(UK, "exports", "growth", -1.6, "percent", Q3, "1.6", E_XPM_Q, product=XPM, basis="qoq"),
        fact(UK, "exports", "value", 86.9e9, "GBP", Q3, "86.9 billion", E_XPM_Q, product=XPM),
        fact(UK, "imports", "growth", 0.7, "percent", Q3, "0.7", E_XPM_Q, product=XPM, basis="qoq"),
        fact(UK, "imports", "value", 145.0e9, "GBP", Q3, "145.0 billion", E_XPM_Q, product=XPM),
        fact(UK, "exports", "growth", -0.9, "percent", Q3, "0.9", E_EU, partner="European Union", product=XPM, basis="qoq"),
        fact(UK, "exports", "value", 45.2e9, "GBP", Q3, "45.2 billion", E_EU, partner="European Union", product=XPM),
        fact(UK, "imports", "growth", 1.6, "percent", Q3, "1.6", E_EU, partner="European Union", product=XPM, basis="qoq"),
        fact(UK, "imports", "value", 75.3e9, "GBP", Q3, "75.3 billion", E_EU, partner="European Union", product=XPM),
        fact(UK, "balance", "value", -30.1e9, "GBP", Q3, "30.1 billion", E_EU_BAL, partner="European Union", product=XPM),
        fact(UK, "exports", "growth", -2.3, "percent", Q3, "2.3", E_NONEU, partner="Non-EU countries", product=XPM, basis="qoq"),
        fact(UK, "exports", "value", 41.7e9, "GBP", Q3, "41.7 billion", E_NONEU, partner="Non-EU countries", product=XPM),
        fact(UK, "balance", "value", -28.0e9, "GBP", Q3, "28.0 billion", E_NONEU_BAL, partner="Non-EU countries", product=XPM),
        fact(UK, "exports", "growth", -4.1, "percent", Q3, "4.1", E_MTE, product="machinery and transport equipment", basis="qoq"),
        fact(UK, "exports", "growth", -13.2, "percent", Q3, "13.2", E_CARS, product="cars", basis="qoq"),
        fact(UK, "imports", "growth", 6.3, "percent", Q3, "6.3", E_FUELS, product="fuels", basis="qoq"),
        fact(UK, "exports", "value", 13.4e9, "GBP", Q3, "13.4 billion", E_US_Q3, partner="United States"),
        fact(UK, "exports", "growth", -8.8, "percent", Q3, "8.8", E_US_Q3, partner="United States", basis="qoq"),
        fact(UK, "exports", "growth", -19.6, "percent", Q3, "19.6", E_US_Q3, partner="United States"),
        fact(UK, "imports", "growth", 3.4, "percent", Q3, "3.4", E_US_IMP, partner="United States", basis="qoq"),
        fact(UK, "balance", "value", -41.8e9, "GBP", TTM, "41.8 billion", E_TTM, product="goods and services"),
    ],
}
