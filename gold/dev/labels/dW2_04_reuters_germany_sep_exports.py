from _fact import fact, period

SEPTEMBER = period(2025, 9)
AUGUST = period(2025, 8)
SEPTEMBER_2024 = period(2024, 9)
Q3 = period(2025, 7, 9)
FIRST_NINE_MONTHS = period(2025, 1, 9)
YEAR_2024 = period(2024, 1, 12)
DE = "Germany"
US = "United States"
EU = "European Union"

HEADLINE_GROWTH = "Calendar- and seasonally adjusted exports grew 1.4% on the month"
AUGUST_GROWTH = "In August, they had shrunk by a revised 0.8%"
IMPORTS = "Imports advanced even faster, climbing 3.1% to 115.9 billion euros"
EXPORTS_VALUE = "against exports of 131.1 billion euros"
SURPLUS = (
    "Europe's largest economy ran a trade surplus of 15.3 billion euros ($17.84 billion), "
    "down from 16.9 billion euros in August"
)
SURPLUS_YEAR_AGO = "A year earlier the figure had been 18.0 billion euros"
US_EXPORTS = (
    "Shipments to the United States, which remains Germany's biggest single export market, "
    "rose 11.9% from August to 12.2 billion euros"
)
US_YOY = "Set against September last year, though, they were still 14.0% lower"
CHINA_EXPORTS = "On the month, exports to China dropped 2.2% to 6.7 billion euros"
CHINA_IMPORTS = "Imports from China went the other way, rising 6.1% to 14.0 billion euros"
CHINA_RANK = (
    "Imports from China went the other way, rising 6.1% to 14.0 billion euros, "
    "which made the country once more the biggest source of German imports"
)
US_IMPORTS = "Imports from the United States increased 9.0%"
EU_EXPORTS = "Exports to other European Union countries gained 2.5% on the month to 74.3 billion euros"
EURO_AREA = "with those to the euro zone up 1.4% at 51.4 billion euros"
NON_EU = "sales to countries outside the bloc were unchanged at 56.8 billion euros"
EU_IMPORTS = "Imports from EU members rose 1.2%"
YOY = "Compared with September 2024, exports were 2.0% higher and imports 4.8% higher"
QUARTER = "For the third quarter as a whole, exports came in 0.3% below their April-June level"
SHARE = (
    "In the first nine months of the year, the United States bought roughly 9.5% of all goods Germany sold abroad, "
    "compared with 10.5% across 2024"
)

ARTICLE = {
    "id": "dW2_04_reuters_germany_sep_exports",
    "title": "German exports beat forecasts in September as U.S. shipments rebound",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Dateline 'Nov 7' without a year: 2025 from the published date; the running period is September 2025.",
        "The article's series is Destatis' calendar- and seasonally adjusted one; the record has no field for "
        "adjustment, so adjusted figures are labelled as plain observations (no unadjusted figures are given).",
        "Month-on-month frame: the second paragraph opens with 'on the month', so August's revised 0.8% fall and the "
        "imports' 3.1% rise in the same paragraph are mom. 'from August' (United States) is mom. The China paragraph "
        "opens with 'On the month', which carries to the China imports 6.1% and the U.S. imports 9.0%. The EU "
        "paragraph's 'on the month' (second sentence) carries to the euro zone 1.4% and the EU imports 1.2%.",
        "'In August, they had shrunk by a revised 0.8%': 'they' are the exports of the sentence before; a stated "
        "observation of August 2025, mom, -0.8.",
        "'A year earlier the figure had been 18.0 billion euros': 'the figure' is the trade surplus of the sentence "
        "before; 'a year earlier' counts back from September 2025, so period 2024-09.",
        "'($17.84 billion)' is the same surplus in dollars: a separate USD fact, qualifier exact (no 'about').",
        "'Set against September last year ... 14.0% lower': yoy growth of exports to the United States, -14.0.",
        "'For the third quarter as a whole, exports came in 0.3% below their April-June level': basis qoq, "
        "period 2025-07..2025-09 (April-June is the comparison base, not the period).",
        "Ranks: 'Germany's biggest single export market' (United States, exports) and 'the biggest source of German "
        "imports' (China, imports, 'the country' = China) are rank 1 with the article's period, September 2025. "
        "'Europe's largest economy' is Germany's size, not a trade rank: out.",
        "'sales to countries outside the bloc were unchanged at 56.8 billion euros': the value is labelled with "
        "partner 'non-EU countries'; 'unchanged' states no number, so no growth fact is labelled.",
        "'the euro zone' is partner 'Euro area'; 'other European Union countries' and 'EU members' are "
        "'European Union'.",
        "Shares: 'roughly 9.5%' is approx, period January-September 2025; '10.5% across 2024' is exact, period "
        "2024-01..2024-12.",
        "Out of scope: the Reuters poll forecast of 0.5%, the DIHK full-year forecast of a 2.5% decline (forecasts), "
        "'five straight months of decline' and 'third annual drop in a row' (streaks), the 15% U.S. tariff, "
        "industrial output 1.3% (not trade flows).",
    ],
    "facts": [
        fact(DE, "exports", "growth", 1.4, "percent", SEPTEMBER, "1.4", HEADLINE_GROWTH, basis="mom"),
        fact(DE, "exports", "growth", -0.8, "percent", AUGUST, "0.8", AUGUST_GROWTH, basis="mom"),
        fact(DE, "imports", "growth", 3.1, "percent", SEPTEMBER, "3.1", IMPORTS, basis="mom"),
        fact(DE, "imports", "value", 115.9e9, "EUR", SEPTEMBER, "115.9 billion", IMPORTS),
        fact(DE, "exports", "value", 131.1e9, "EUR", SEPTEMBER, "131.1 billion", EXPORTS_VALUE),
        fact(DE, "balance", "value", 15.3e9, "EUR", SEPTEMBER, "15.3 billion", SURPLUS),
        fact(DE, "balance", "value", 17.84e9, "USD", SEPTEMBER, "17.84 billion", SURPLUS),
        fact(DE, "balance", "value", 16.9e9, "EUR", AUGUST, "16.9 billion", SURPLUS),
        fact(DE, "balance", "value", 18.0e9, "EUR", SEPTEMBER_2024, "18.0 billion", SURPLUS_YEAR_AGO),
        fact(DE, "exports", "rank", 1, "number", SEPTEMBER, "biggest", US_EXPORTS, partner=US),
        fact(DE, "exports", "growth", 11.9, "percent", SEPTEMBER, "11.9", US_EXPORTS, partner=US, basis="mom"),
        fact(DE, "exports", "value", 12.2e9, "EUR", SEPTEMBER, "12.2 billion", US_EXPORTS, partner=US),
        fact(DE, "exports", "growth", -14.0, "percent", SEPTEMBER, "14.0", US_YOY, partner=US),
        fact(DE, "exports", "growth", -2.2, "percent", SEPTEMBER, "2.2", CHINA_EXPORTS, partner="China", basis="mom"),
        fact(DE, "exports", "value", 6.7e9, "EUR", SEPTEMBER, "6.7 billion", CHINA_EXPORTS, partner="China"),
        fact(DE, "imports", "growth", 6.1, "percent", SEPTEMBER, "6.1", CHINA_IMPORTS, partner="China", basis="mom"),
        fact(DE, "imports", "value", 14.0e9, "EUR", SEPTEMBER, "14.0 billion", CHINA_IMPORTS, partner="China"),
        fact(DE, "imports", "rank", 1, "number", SEPTEMBER, "biggest", CHINA_RANK, partner="China"),
        fact(DE, "imports", "growth", 9.0, "percent", SEPTEMBER, "9.0", US_IMPORTS, partner=US, basis="mom"),
        fact(DE, "exports", "growth", 2.5, "percent", SEPTEMBER, "2.5", EU_EXPORTS, partner=EU, basis="mom"),
        fact(DE, "exports", "value", 74.3e9, "EUR", SEPTEMBER, "74.3 billion", EU_EXPORTS, partner=EU),
        fact(DE, "exports", "growth", 1.4, "percent", SEPTEMBER, "1.4", EURO_AREA, partner="Euro area", basis="mom"),
        fact(DE, "exports", "value", 51.4e9, "EUR", SEPTEMBER, "51.4 billion", EURO_AREA, partner="Euro area"),
        fact(DE, "exports", "value", 56.8e9, "EUR", SEPTEMBER, "56.8 billion", NON_EU, partner="non-EU countries"),
        fact(DE, "imports", "growth", 1.2, "percent", SEPTEMBER, "1.2", EU_IMPORTS, partner=EU, basis="mom"),
        fact(DE, "exports", "growth", 2.0, "percent", SEPTEMBER, "2.0", YOY),
        fact(DE, "imports", "growth", 4.8, "percent", SEPTEMBER, "4.8", YOY),
        fact(DE, "exports", "growth", -0.3, "percent", Q3, "0.3", QUARTER, basis="qoq"),
        fact(DE, "exports", "share", 9.5, "percent", FIRST_NINE_MONTHS, "9.5", SHARE, partner=US, qualifier="approx"),
        fact(DE, "exports", "share", 10.5, "percent", YEAR_2024, "10.5", SHARE, partner=US),
    ],
}
