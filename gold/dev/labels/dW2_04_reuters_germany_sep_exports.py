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

HEADLINE_GROWTH = "Exports, adjusted for calendar and seasonal effects, increased 1.4% on the month"
AUGUST_GROWTH = "Exports in August had fallen a revised 0.8%"
IMPORTS = "Imports rose faster still, up 3.1% to 115.9 billion euros"
EXPORTS_VALUE = "while exports totalled 131.1 billion euros"
SURPLUS = (
    "the trade surplus of Europe's largest economy shrank to 15.3 billion euros ($17.84 billion) "
    "from 16.9 billion euros in August"
)
SURPLUS_YEAR_AGO = "Twelve months earlier, the surplus was 18.0 billion euros"
US_EXPORTS = (
    "Exports to the United States, still Germany's biggest single export market, "
    "increased 11.9% compared with August to 12.2 billion euros"
)
US_YOY = "They nonetheless remained 14.0% lower than in September last year"
CHINA_EXPORTS = "Compared with August, exports to China fell 2.2% to 6.7 billion euros"
CHINA_IMPORTS = "imports from China rose 6.1% to 14.0 billion euros"
CHINA_RANK = (
    "imports from China rose 6.1% to 14.0 billion euros, "
    "putting China back at the top as the biggest source of German imports"
)
US_IMPORTS = "Imports from the United States were up 9.0%"
EU_EXPORTS = "Month on month, shipments to other European Union countries grew 2.5% to 74.3 billion euros"
EURO_AREA = "those to the euro zone rose 1.4% to 51.4 billion euros"
NON_EU = "Exports to non-EU countries held steady at 56.8 billion euros"
EU_IMPORTS = "Imports from EU members were 1.2% higher"
YOY = "Relative to September 2024, exports rose 2.0% and imports 4.8%"
QUARTER = "For July to September combined, exports were 0.3% lower than in April-June"
SHARE = (
    "Between January and September, roughly 9.5% of German exports went to the United States, against 10.5% over "
    "the whole of 2024"
)

ARTICLE = {
    "id": "dW2_04_reuters_germany_sep_exports",
    "title": "U.S. rebound lifts German September exports above expectations",
    "publisher": "Reuters",
    "published": "2025-11-07",
    "notes": [
        "Dateline 'Nov 7' without a year: 2025 from the published date; the running period is September 2025.",
        "The article's series is Destatis' calendar- and seasonally adjusted one; the record has no field for "
        "adjustment, so adjusted figures are labelled as plain observations (no unadjusted figures are given).",
        "Month-on-month frame: the second paragraph's first sentence says 'on the month', so August's revised 0.8% fall "
        "and the imports' 3.1% rise in the same paragraph are mom. 'compared with August' (United States) is mom. The "
        "China paragraph opens with 'Compared with August', which carries to the China imports 6.1% and the U.S. imports 9.0%. The EU "
        "paragraph's 'Month on month' (second sentence) carries to the euro zone 1.4% and the EU imports 1.2%.",
        "'Exports in August had fallen a revised 0.8%': a stated observation of August 2025, mom, -0.8.",
        "'Twelve months earlier, the surplus was 18.0 billion euros': the trade surplus of the sentence before; "
        "'Twelve months earlier' counts back from September 2025, so period 2024-09.",
        "'($17.84 billion)' is the same surplus in dollars: a separate USD fact, qualifier exact (no 'about').",
        "'14.0% lower than in September last year': yoy growth of exports to the United States, -14.0.",
        "'For July to September combined, exports were 0.3% lower than in April-June': basis qoq, "
        "period 2025-07..2025-09 (April-June is the comparison base, not the period).",
        "Ranks: 'Germany's biggest single export market' (United States, exports) and 'the biggest source of German "
        "imports' (China, imports) are rank 1 with the article's period, September 2025. "
        "'Europe's largest economy' is Germany's size, not a trade rank: out.",
        "'Exports to non-EU countries held steady at 56.8 billion euros': the value is labelled with "
        "partner 'non-EU countries'; 'held steady' states no number, so no growth fact is labelled.",
        "'the euro zone' is partner 'Euro area'; 'other European Union countries' and 'EU members' are "
        "'European Union'.",
        "Shares: 'roughly 9.5%' is approx, period January-September 2025; '10.5% over the whole of 2024' is exact, period "
        "2024-01..2024-12.",
        "Out of scope: the Reuters poll forecast of 0.5%, the DIHK full-year forecast of a 2.5% fall (forecasts), "
        "'a run of five monthly declines' and 'a third consecutive yearly decline' (streaks), the 15% U.S. tariff, "
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
