from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
OCT24 = period(2024, 10)
YTD = period(2025, 1, 10)
US = "United States"
RE = "rare earths"
SOY = "soybeans"
E_EXP = "Outbound shipments dropped 1.1% year-on-year to $305.35 billion last month, a sharp turnaround from September's 8.3% expansion."
E_IMP = "Imports rose 1.0% to $215.28 billion, slowing from a 7.4% gain in September"
E_BAL = "The trade surplus narrowed slightly to $90.07 billion from $90.45 billion in September."
E_US = "Shipments to the United States tumbled 25.2% from a year earlier to $34.25 billion, while imports from the U.S. sank 12.3%."
E_OTHER = ("Exports to the European Union rose 0.9%, and those to the 10-member Association of Southeast Asian Nations "
           "grew 11.0%.")
E_AFLA = "Shipments to Africa jumped 10.8%, while sales to Latin America slipped 2.1%."
E_RE = "Rare earth exports rebounded 9% from September to 4,343.5 metric tons in October."
E_RE_YTD = "For the January-October period, rare earth shipments rose 10.5% to 52,699.2 tons."
E_SOY = "Soybean imports fell to 8.48 million metric tons from a record 12.87 million tons in September"
E_SOY_YOY = "but they were still 39.3% higher than a year earlier"
E_YTD = ("In the first 10 months of the year, exports rose 5.3% to $3.07 trillion and imports fell 0.8% to $2.11 trillion, "
         "leaving a surplus of $964.8 billion.")

ARTICLE = {
    "id": "dAQ1_02_reuters_china_exports_oct_2025",
    "title": "China's October exports unexpectedly shrink as U.S. shipments slump 25%",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Dateline Nov 7 (Friday), 2025: 'last month' and 'October' are October 2025; 'first 10 months' and 'January-October' are 2025-01..2025-10. All trade values are in U.S. dollars (USD).",
        "Headline 'slump 25%' restates the body's 25.2% fall in exports to the US: one fact, labelled from the body (25.2, -).",
        "Reuters poll/analyst figures are forecasts, out: exports 'growth of 3.0%', imports 'a 3.2% increase', surplus 'widen to $95.60 billion'; the economist's 'export growth above 3%' is a forecast too.",
        "September figures stated as comparisons are observations of September: exports growth 8.3, imports growth 7.4, surplus $90.45 billion (period 2025-09, yoy).",
        "'exports had surged 12.7% in October 2024': a stated year-on-year export growth for October 2024, labelled with that period.",
        "'Over the first 10 months, exports to the U.S. were down 17.8%': Jan-Oct 2025, -17.8.",
        "'those to the 10-member Association of Southeast Asian Nations grew 11.0%': exports to ASEAN; '10-member' is not a trade figure.",
        "'sales to Latin America slipped 2.1%': exports, -2.1.",
        "Rare earths: 'rebounded 9% from September' is basis mom; 4,343.5 metric tons is an October quantity; the January-October 10.5% and 52,699.2 tons are year-to-date (yoy by default). Product written 'rare earths'. Both rare-earth growth rates are of tonnage, the only growth the text gives for rare earths (no value growth beside them), so they are labelled as export growth.",
        "Soybeans: October 8.48 million tons and September 12.87 million tons (quantities, imports); '39.3% higher than a year earlier' is October yoy growth of the quantity, the only growth stated for soybeans, so labelled as imports growth.",
        "Out: '12 million metric tons of U.S. soybeans' (a purchase pledge, not a trade flow); tariff 10%; 'Oct. 30' summit date; 'one-year' truce; 'eight months' (streak); GDP 4.8% in the third quarter; '10-member'.",
        "'The trade surplus narrowed slightly to $90.07 billion': a positive balance level; 'narrowed' describes the change, not the sign.",
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
        fact("China", "exports", "growth", 12.7, "percent", OCT24, "12.7", "exports had surged 12.7% in October 2024"),
        fact("China", "exports", "growth", -25.2, "percent", OCT, "25.2", E_US, partner=US),
        fact("China", "exports", "value", 34.25e9, "USD", OCT, "34.25 billion", E_US, partner=US),
        fact("China", "imports", "growth", -12.3, "percent", OCT, "12.3", E_US, partner=US),
        fact("China", "exports", "growth", -17.8, "percent", YTD, "17.8",
             "Over the first 10 months, exports to the U.S. were down 17.8%.", partner=US),
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
