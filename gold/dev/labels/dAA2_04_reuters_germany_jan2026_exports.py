from _fact import fact, period

JAN = period(2026, 1)
DEC = period(2025, 12)
Y2025 = period(2025, 1, 12)
DE = "Germany"

LEAD = "Calendar and seasonally adjusted exports fell 2.3% on the month to 130.4 billion euros ($151.7 billion)"
DECX = "Economists polled by Reuters had expected a 2.0% drop after a 3.9% increase in December."
IMP = "Imports slid 5.9% month on month to 109.2 billion euros after rising 1.3% in December."
BAL = "The trade surplus consequently widened to 21.2 billion euros from 17.4 billion euros in the previous month"
USRANK = "The United States remained the biggest buyer of German goods in January."
US1 = "Exports there jumped 11.7% from December to 12.4 billion euros"
US2 = "Exports there jumped 11.7% from December to 12.4 billion euros, though they were still 9.6% lower than in January 2025"
CN = "Exports to China tumbled 13.2% on the month to 6.0 billion euros."
CNIMP = "Imports from China, still by far Germany's largest source of foreign goods, fell 8.3% to 12.1 billion euros."
EU = "Shipments to other EU member states fell 1.8% compared with December to 71.3 billion euros"
NONEU = "exports to countries outside the bloc declined 2.9% to 59.1 billion euros"
UK = "Exports to Britain were down 4.1% at 6.3 billion euros."
YOY = "Compared with January last year, exports were 2.7% lower and imports 6.4% down"
US25 = "Exports to the U.S. fell 9.3% last year to 146.2 billion euros"
CN25 = "China overtook the United States again as Germany's biggest trading partner, with goods worth 251.8 billion euros flowing in both directions"

ARTICLE = {
    "id": "dAA2_04_reuters_germany_jan2026_exports",
    "title": "German exports drop more than expected in January as China sales slump",
    "publisher": "Reuters",
    "published": "2026-03-10",
    "notes": [
        "Year from the publication date (March 2026): 'January' is January 2026, 'December' is December 2025.",
        "The Reuters poll forecasts (a 2.0% drop in exports, a 15.4 billion euro surplus) are out of scope, unlabelled.",
        "'the sharpest decline since May 2024' is a milestone, out of scope.",
        "December's 3.9% export rise and 1.3% import rise are actual figures for December 2025, labelled mom (comparisons with the month before, in a paragraph framed 'on the month' / 'month on month').",
        "The surplus 'from 17.4 billion euros in the previous month' is labelled as the December 2025 surplus.",
        "'The United States remained the biggest buyer of German goods in January': rank 1 of exports, partner United States, January 2026. 'Exports there' = exports to the United States.",
        "'9.6% lower than in January 2025': yoy (same month a year earlier).",
        "China paragraph: 'on the month' in the first sentence carries to the imports from China (mom). 'Germany's largest source of foreign goods': imports rank 1, partner China.",
        "EU paragraph: 'compared with December' carries to the non-EU and UK figures (mom). 'countries outside the bloc' = partner non-EU countries; 'Britain' = United Kingdom; 'other EU member states' = European Union.",
        "'Compared with January last year ... according to unadjusted figures': yoy growth of total exports and imports, January 2026.",
        "'last year' = 2025 (published 2026). 'China overtook the United States again as Germany's biggest trading partner, with goods worth 251.8 billion euros flowing in both directions': flow total, rank 1 and value, partner China, 2025.",
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
