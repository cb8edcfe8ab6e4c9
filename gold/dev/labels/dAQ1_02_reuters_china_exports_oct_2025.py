from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
OCT24 = period(2024, 10)
YTD = period(2025, 1, 10)
US = "United States"
RE = "rare earths"
SOY = "soybeans"
E_EXP = "Exports came in at $305.35 billion last month, down 1.1% from a year earlier, compared with growth of 8.3% in September."
E_IMP = "Imports were worth $215.28 billion, 1.0% more than a year before; that was well below September's 7.4% growth"
E_BAL = "At $90.07 billion, the trade surplus was a little smaller than September's $90.45 billion"
E_US = "Sales to the United States fell to $34.25 billion, 25.2% below a year earlier, and purchases from the U.S. dropped 12.3%."
E_OTHER = ("Exports to the European Union rose 0.9%, and those to the 10-member Association of Southeast Asian Nations "
           "grew 11.0%.")
E_AFLA = "Shipments to Africa jumped 10.8%, while sales to Latin America slipped 2.1%."
E_RE = "Overseas sales of rare earths climbed to 4,343.5 metric tons in October, 9% more than in September."
E_RE_YTD = "Year-to-date shipments through October reached 52,699.2 tons, up 10.5%."
E_SOY = "Soybean imports fell to 8.48 million metric tons from a record 12.87 million tons in September"
E_SOY_YOY = "but they were still 39.3% higher than a year earlier"
E_YTD = ("Across January-October, exports totaled $3.07 trillion, a 5.3% gain, against imports of $2.11 trillion, "
         "which were 0.8% lower, for a cumulative surplus of $964.8 billion.")

ARTICLE = {
    "id": "dAQ1_02_reuters_china_exports_oct_2025",
    "title": "Slump of 25% in U.S.-bound shipments drags China's October exports into surprise decline",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Dateline Nov 7 (Friday), 2025: 'last month' and 'October' are October 2025; 'January through October' and 'January-October' are 2025-01..2025-10. All trade values are in U.S. dollars (USD).",
        "Headline 'Slump of 25%' restates the body's 25.2% fall in exports to the US: one fact, labelled from the body (25.2, -).",
        "Reuters poll/analyst figures are forecasts, out: exports 'a 3.0% rise', imports 'the 3.2% analysts had forecast', surplus 'expected $95.60 billion'; the economist's 'export growth above 3%' is a forecast too.",
        "September figures stated as comparisons are observations of September: exports growth 8.3, imports growth 7.4, surplus $90.45 billion (period 2025-09, yoy).",
        "'October 2024 exports had jumped 12.7%': a stated year-on-year export growth for October 2024, labelled with that period.",
        "'For January through October, U.S.-bound exports were 17.8% lower': Jan-Oct 2025, -17.8.",
        "'those to the 10-member Association of Southeast Asian Nations grew 11.0%': exports to ASEAN; '10-member' is not a trade figure.",
        "'sales to Latin America slipped 2.1%': exports, -2.1.",
        "Rare earths: '9% more than in September' is basis mom; 4,343.5 metric tons is an October quantity; the January-October 10.5% and 52,699.2 tons are year-to-date (yoy by default). Product written 'rare earths'. Both rare-earth growth rates are of tonnage, the only growth the text gives for rare earths (no value growth beside them), so they are labelled as export growth.",
        "Soybeans: October 8.48 million tons and September 12.87 million tons (quantities, imports); '39.3% higher than a year earlier' is October yoy growth of the quantity, the only growth stated for soybeans, so labelled as imports growth.",
        "Out: '12 million metric tons of U.S. soybeans' (a purchase pledge, not a trade flow); tariff 10%; 'Oct. 30' summit date; 'one-year' truce; 'eight months' (streak); GDP 4.8% in the third quarter; '10-member'.",
        "'At $90.07 billion, the trade surplus was a little smaller': a positive balance level; 'smaller' describes the change, not the sign.",
    ],
    "facts": [
        fact("China", "exports", "growth", -1.1, "percent", OCT, "1.1", E_EXP),
        fact("China", "exports", "value", 305.35e9, "USD", OCT, "305.35 billion", E_EXP),
        fact("China", "exports", "growth", 8.3, "percent", SEP, "8.3", E_EXP),
        fact("China", "imports", "growth", 1.0, "percent", OCT, "1.0", E_IMP),
        fact("China", "imports", "value", 215.28e9, "USD", OCT, "215.28 billion", E_IMP),
        fact("China", "imports", "growth", 7.4, "percent", SEP, "7.4", E_IMP),
        fact("China", "balance", "value", 90.07e9, "USD", OCT, "90.07 billion", E_BAL),
        fact("China", "balance", "value", 90.45e9, "USD", SEP, "90.45 billion", E_BAL),
        fact("China", "exports", "growth", 12.7, "percent", OCT24, "12.7", "October 2024 exports had jumped 12.7%"),
        fact("China", "exports", "growth", -25.2, "percent", OCT, "25.2", E_US, partner=US),
        fact("China", "exports", "value", 34.25e9, "USD", OCT, "34.25 billion", E_US, partner=US),
        fact("China", "imports", "growth", -12.3, "percent", OCT, "12.3", E_US, partner=US),
        fact("China", "exports", "growth", -17.8, "percent", YTD, "17.8",
             "For January through October, U.S.-bound exports were 17.8% lower.", partner=US),
        fact("China", "exports", "growth", 0.9, "percent", OCT, "0.9", E_OTHER, partner="European Union"),
        fact("China", "exports", "growth", 11.0, "percent", OCT, "11.0", E_OTHER, partner="ASEAN"),
        fact("China", "exports", "growth", 10.8, "percent", OCT, "10.8", E_AFLA, partner="Africa"),
        fact("China", "exports", "growth", -2.1, "percent", OCT, "2.1", E_AFLA, partner="Latin America"),
        fact("China", "exports", "growth", 9, "percent", OCT, "9", E_RE, product=RE, basis="mom"),
        fact("China", "exports", "quantity", 4343.5, "tonnes", OCT, "4,343.5", E_RE, product=RE),
        fact("China", "exports", "growth", 10.5, "percent", YTD, "10.5", E_RE_YTD, product=RE),
        fact("China", "exports", "quantity", 52699.2, "tonnes", YTD, "52,699.2", E_RE_YTD, product=RE),
        fact("China", "imports", "quantity", 8.48e6, "tonnes", OCT, "8.48 million", E_SOY, product=SOY),
        fact("China", "imports", "quantity", 12.87e6, "tonnes", SEP, "12.87 million", E_SOY, product=SOY),
        fact("China", "imports", "growth", 39.3, "percent", OCT, "39.3", E_SOY_YOY, product=SOY),
        fact("China", "exports", "growth", 5.3, "percent", YTD, "5.3", E_YTD),
        fact("China", "exports", "value", 3.07e12, "USD", YTD, "3.07 trillion", E_YTD),
        fact("China", "imports", "growth", -0.8, "percent", YTD, "0.8", E_YTD),
        fact("China", "imports", "value", 2.11e12, "USD", YTD, "2.11 trillion", E_YTD),
        fact("China", "balance", "value", 964.8e9, "USD", YTD, "964.8 billion", E_YTD),
    ],
}
