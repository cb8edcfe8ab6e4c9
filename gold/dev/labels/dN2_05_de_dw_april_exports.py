from _fact import fact, period

APRIL = period(2026, 4)
MARCH = period(2026, 3)
APRIL_LAST_YEAR = period(2025, 4)
LAST_YEAR = period(2025, 1, 12)
FIRST_FOUR_MONTHS = period(2026, 1, 4)
EVIDENCE_ADJUSTED = (
    "With imports down 0.8% at €114.9 billion, the foreign trade surplus grew to €17.5 billion, compared with €15.0 "
    "billion in March"
)
EVIDENCE_SURPLUS = "the foreign trade surplus grew to €17.5 billion, compared with €15.0 billion in March"
EVIDENCE_YOY = "Exports stood 2.3% higher than in April 2025 and imports 1.1% lower"
EVIDENCE_UNADJUSTED = "In unadjusted terms the surplus was €16.8 billion, versus €18.9 billion in April a year before"
EVIDENCE_CHINA = (
    "Month on month, exports to China surged 6.8% to €7.3 billion and imports from China increased 2.1% to €13.6 billion"
)
EVIDENCE_US = "US-bound exports, by contrast, declined for a third month running, dropping 3.4% from March to €11.6 billion"
EVIDENCE_US_YTD = (
    "Between January and April, exports to the United States came to €47.9 billion, 7.2% below the same period a year "
    "earlier"
)
EVIDENCE_EU = (
    "Compared with March, exports to fellow EU countries increased 0.6% to €73.1 billion, including a 0.4% gain to €51.2 "
    "billion for euro zone members"
)
EU = "European Union"

ARTICLE = {
    "id": "dN2_05_de_dw_april_exports",
    "title": "Stronger Chinese demand gives German exports a surprise April gain",
    "publisher": "DW",
    "published": "2026-06-08",
    "notes": [
        "Byline 'DW with Reuters, dpa' and date line 'June 8, 2026': publisher DW; the running period is April 2026.",
        "Basis: the lead's change is 'from the month before'; 'imports down 0.8%' shares its sentence with "
        "'compared with €15.0 billion in March' (the month before): mom. China 'Month on month', US 'from March', the EU "
        "paragraph opens 'Compared with March' and the frame carries to its later figures (euro zone, imports from the EU).",
        "Year-on-year only where stated: 'than in April 2025' (exports +2.3, imports -1.1, exports to the US -9.8) "
        "and 'below the same period a year earlier' for January-April exports to the US.",
        "The April surplus is stated twice on different bases: €17.5 billion calendar and seasonally adjusted and €16.8 "
        "billion unadjusted. They are different numbers and both are labelled; the record has no field for adjustment.",
        "'€15.0 billion in March' and '€18.9 billion in April a year before' are labelled as the March 2026 and "
        "April 2025 balances.",
        "Ranks: China 'Germany's biggest trading partner last year' (total trade, 2025, rank 1); China 'the largest source "
        "of Germany's imported goods' (imports, April, rank 1); the US 'the biggest buyer of German goods' (exports, April, rank 1).",
        "'dropping 3.4%' continues the sentence whose subject is US-bound exports.",
        "'Between January and April' takes 2026 from the date line.",
        "Out of scope: the Reuters poll (0.4% drop), the 15% tariff, 'third month running', industrial production 0.3%, "
        "growth forecast 0.8%, 'every one of the past three years'.",
    ],
    "facts": [
        fact("Germany", "exports", "growth", 1.2, "percent", APRIL, "1.2",
             "Germany's exports increased 1.2% in April from the month before", basis="mom"),
        fact("Germany", "exports", "value", 132.4e9, "EUR", APRIL, "132.4 billion",
             "Adjusted for calendar and seasonal effects, German goods exports were worth €132.4 billion in April"),
        fact("Germany", "imports", "growth", -0.8, "percent", APRIL, "0.8", EVIDENCE_ADJUSTED, basis="mom"),
        fact("Germany", "imports", "value", 114.9e9, "EUR", APRIL, "114.9 billion", "imports down 0.8% at €114.9 billion"),
        fact("Germany", "balance", "value", 17.5e9, "EUR", APRIL, "17.5 billion", EVIDENCE_SURPLUS),
        fact("Germany", "balance", "value", 15.0e9, "EUR", MARCH, "15.0 billion", EVIDENCE_SURPLUS),
        fact("Germany", "exports", "growth", 2.3, "percent", APRIL, "2.3", EVIDENCE_YOY),
        fact("Germany", "imports", "growth", -1.1, "percent", APRIL, "1.1", EVIDENCE_YOY),
        fact("Germany", "balance", "value", 16.8e9, "EUR", APRIL, "16.8 billion", EVIDENCE_UNADJUSTED),
        fact("Germany", "balance", "value", 18.9e9, "EUR", APRIL_LAST_YEAR, "18.9 billion", EVIDENCE_UNADJUSTED),
        fact("Germany", "total", "rank", 1, "number", LAST_YEAR, "biggest",
             "trade with China, which last year won back its place as Germany's biggest trading partner",
             partner="China"),
        fact("Germany", "exports", "growth", 6.8, "percent", APRIL, "6.8", EVIDENCE_CHINA, partner="China", basis="mom"),
        fact("Germany", "exports", "value", 7.3e9, "EUR", APRIL, "7.3 billion", EVIDENCE_CHINA, partner="China"),
        fact("Germany", "imports", "growth", 2.1, "percent", APRIL, "2.1", EVIDENCE_CHINA, partner="China", basis="mom"),
        fact("Germany", "imports", "value", 13.6e9, "EUR", APRIL, "13.6 billion", EVIDENCE_CHINA, partner="China"),
        fact("Germany", "imports", "rank", 1, "number", APRIL, "largest",
             "China was still the largest source of Germany's imported goods", partner="China"),
        fact("Germany", "exports", "growth", -3.4, "percent", APRIL, "3.4", EVIDENCE_US, partner="United States",
             basis="mom"),
        fact("Germany", "exports", "value", 11.6e9, "EUR", APRIL, "11.6 billion", EVIDENCE_US, partner="United States"),
        fact("Germany", "exports", "rank", 1, "number", APRIL, "biggest",
             "the US remains the biggest buyer of German goods", partner="United States"),
        fact("Germany", "exports", "growth", -9.8, "percent", APRIL, "9.8",
             "Exports to the US were 9.8% lower than in April 2025", partner="United States"),
        fact("Germany", "exports", "value", 47.9e9, "EUR", FIRST_FOUR_MONTHS, "47.9 billion", EVIDENCE_US_YTD,
             partner="United States"),
        fact("Germany", "exports", "growth", -7.2, "percent", FIRST_FOUR_MONTHS, "7.2", EVIDENCE_US_YTD,
             partner="United States"),
        fact("Germany", "exports", "growth", 0.6, "percent", APRIL, "0.6", EVIDENCE_EU, partner=EU, basis="mom"),
        fact("Germany", "exports", "value", 73.1e9, "EUR", APRIL, "73.1 billion", EVIDENCE_EU, partner=EU),
        fact("Germany", "exports", "growth", 0.4, "percent", APRIL, "0.4", EVIDENCE_EU, partner="Euro area",
             basis="mom"),
        fact("Germany", "exports", "value", 51.2e9, "EUR", APRIL, "51.2 billion", EVIDENCE_EU, partner="Euro area"),
        fact("Germany", "imports", "growth", -1.4, "percent", APRIL, "1.4",
             "Imports from the EU declined 1.4% to €62.4 billion", partner=EU, basis="mom"),
        fact("Germany", "imports", "value", 62.4e9, "EUR", APRIL, "62.4 billion",
             "Imports from the EU declined 1.4% to €62.4 billion", partner=EU),
    ],
}
