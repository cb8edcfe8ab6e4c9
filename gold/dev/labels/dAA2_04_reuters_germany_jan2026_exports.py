from _fact import fact, period

JAN = period(2026, 1)
DEC = period(2025, 12)
Y2025 = period(2025, 1, 12)
DE = "Germany"

LEAD = "exports, adjusted for calendar and seasonal effects, declined 2.3% month on month to 130.4 billion euros ($151.7 billion)"
DECX = "exports rose 3.9% in December"
IMP = "Imports dropped 5.9% from the previous month to 109.2 billion euros, having grown 1.3% in December."
BAL = "the trade surplus grew to 21.2 billion euros from December's 17.4 billion euros"
USRANK = "In January the United States was still the biggest customer for German products."
US1 = "Shipments to the U.S. rose 11.7% from December to 12.4 billion euros"
US2 = "Shipments to the U.S. rose 11.7% from December to 12.4 billion euros, but remained 9.6% below their January 2025 level"
CN = "German sales to China plunged 13.2% month on month to 6.0 billion euros."
CNIMP = "Imports from China, which remains by a wide margin the largest supplier of goods to Germany, decreased 8.3% to 12.1 billion euros."
EU = "Exports to fellow EU member states dropped 1.8% from December to 71.3 billion euros"
NONEU = "those to non-EU countries decreased 2.9% to 59.1 billion euros"
UK = "Sales to Britain slipped 4.1% to 6.3 billion euros."
YOY = "exports 2.7% below their level of January last year and imports down 6.4%"
US25 = "Last year exports to the U.S. shrank 9.3% to 146.2 billion euros"
CN25 = "China reclaimed its place as Germany's biggest trading partner, ahead of the United States, with two-way trade of 251.8 billion euros"

ARTICLE = {
    "id": "dAA2_04_reuters_germany_jan2026_exports",
    "title": "Slump in China sales drags German January exports down more than forecast",
    "publisher": "Reuters",
    "published": "2026-03-10",
    "notes": [
        "Year from the publication date (March 2026): 'January' is January 2026, 'December' is December 2025.",
        "The Reuters poll forecasts (a 2.0% drop in exports, a 15.4 billion euro surplus) are out of scope, unlabelled.",
        "'their steepest fall since May 2024' is a milestone, out of scope.",
        "December's 3.9% export rise and 1.3% import rise are actual figures for December 2025, labelled mom (comparisons with the month before, in paragraphs framed 'month on month' / 'from the previous month').",
        "The surplus 'from December's 17.4 billion euros' is labelled as the December 2025 surplus.",
        "'In January the United States was still the biggest customer for German products': rank 1 of exports, partner United States, January 2026. 'Shipments to the U.S.' = exports to the United States.",
        "'9.6% below their January 2025 level': yoy (same month a year earlier).",
        "China paragraph: 'month on month' in the first sentence carries to the imports from China (mom). 'the largest supplier of goods to Germany': imports rank 1, partner China.",
        "EU paragraph: 'from December' carries to the non-EU and UK figures (mom). 'non-EU countries' = partner non-EU countries; 'Britain' = United Kingdom; 'fellow EU member states' = European Union.",
        "'Unadjusted data showed exports 2.7% below their level of January last year and imports down 6.4%': yoy growth of total exports and imports, January 2026.",
        "'last year' = 2025 (published 2026). 'China reclaimed its place as Germany's biggest trading partner, ahead of the United States, with two-way trade of 251.8 billion euros': flow total, rank 1 and value, partner China, 2025.",
        "The dollar conversion ($151.7 billion) is a separate approx fact.",
        "Out of scope, unlabelled: the 15% US levy, industrial production -0.5%, the government's 1.0% growth forecast, 2019 (year), the BGA's stagnation forecast for 2026.",
    ],
    "facts": [
        fact(DE, "exports", "growth", -2.3, "percent", JAN, "2.3", LEAD, basis="mom"),
        fact(DE, "exports", "value", 130.4e9, "EUR", JAN, "130.4 billion", LEAD),
        fact(DE, "exports", "value", 151.7e9, "USD", JAN, "151.7 billion", LEAD, qualifier="approx"),
        fact(DE, "exports", "growth", 3.9, "percent", DEC, "3.9", DECX, basis="mom"),
        fact(DE, "imports", "growth", -5.9, "percent", JAN, "5.9", IMP, basis="mom"),
        fact(DE, "imports", "value", 109.2e9, "EUR", JAN, "109.2 billion", IMP),
        fact(DE, "imports", "growth", 1.3, "percent", DEC, "1.3", IMP, basis="mom"),
        fact(DE, "balance", "value", 21.2e9, "EUR", JAN, "21.2 billion", BAL),
        fact(DE, "balance", "value", 17.4e9, "EUR", DEC, "17.4 billion", BAL),
        fact(DE, "exports", "rank", 1, "number", JAN, "biggest", USRANK, partner="United States"),
        fact(DE, "exports", "growth", 11.7, "percent", JAN, "11.7", US1, partner="United States", basis="mom"),
        fact(DE, "exports", "value", 12.4e9, "EUR", JAN, "12.4 billion", US1, partner="United States"),
        fact(DE, "exports", "growth", -9.6, "percent", JAN, "9.6", US2, partner="United States"),
        fact(DE, "exports", "growth", -13.2, "percent", JAN, "13.2", CN, partner="China", basis="mom"),
        fact(DE, "exports", "value", 6.0e9, "EUR", JAN, "6.0 billion", CN, partner="China"),
        fact(DE, "imports", "rank", 1, "number", JAN, "largest", CNIMP, partner="China"),
        fact(DE, "imports", "growth", -8.3, "percent", JAN, "8.3", CNIMP, partner="China", basis="mom"),
        fact(DE, "imports", "value", 12.1e9, "EUR", JAN, "12.1 billion", CNIMP, partner="China"),
        fact(DE, "exports", "growth", -1.8, "percent", JAN, "1.8", EU, partner="European Union", basis="mom"),
        fact(DE, "exports", "value", 71.3e9, "EUR", JAN, "71.3 billion", EU, partner="European Union"),
        fact(DE, "exports", "growth", -2.9, "percent", JAN, "2.9", NONEU, partner="non-EU countries", basis="mom"),
        fact(DE, "exports", "value", 59.1e9, "EUR", JAN, "59.1 billion", NONEU, partner="non-EU countries"),
        fact(DE, "exports", "growth", -4.1, "percent", JAN, "4.1", UK, partner="United Kingdom", basis="mom"),
        fact(DE, "exports", "value", 6.3e9, "EUR", JAN, "6.3 billion", UK, partner="United Kingdom"),
        fact(DE, "exports", "growth", -2.7, "percent", JAN, "2.7", YOY),
        fact(DE, "imports", "growth", -6.4, "percent", JAN, "6.4", YOY),
        fact(DE, "exports", "growth", -9.3, "percent", Y2025, "9.3", US25, partner="United States"),
        fact(DE, "exports", "value", 146.2e9, "EUR", Y2025, "146.2 billion", US25, partner="United States"),
        fact(DE, "total", "rank", 1, "number", Y2025, "biggest", CN25, partner="China"),
        fact(DE, "total", "value", 251.8e9, "EUR", Y2025, "251.8 billion", CN25, partner="China"),
    ],
}
