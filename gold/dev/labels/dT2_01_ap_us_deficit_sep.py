from _fact import fact, period

SEPTEMBER = period(2024, 9)
AUGUST = period(2024, 8)
YEAR_TO_DATE = period(2024, 1, 9)
BOTH = "goods and services"

EVIDENCE_HEADLINE_GAP = (
    "The shortfall between what America buys from abroad and what it sells overseas climbed 19.2% "
    "to $84.4 billion, up from $70.8 billion in August"
)
EVIDENCE_EXPORTS = "Exports declined 1.2% from the August level to $267.9 billion"
EVIDENCE_IMPORTS = "Imports, meanwhile, climbed 3% to $352.3 billion"
EVIDENCE_GOODS_DEFICIT = "In merchandise such as cars, drugs and computers, the shortfall widened to $109 billion"
EVIDENCE_SERVICES = "services like tourism, banking and education made up part of that with a surplus of $24.6 billion"
EVIDENCE_GOODS_FLOWS = "Exports of goods dropped to $176 billion, and imports of goods grew to $285 billion"
EVIDENCE_CHINA_MONTH = "The merchandise shortfall with China, a politically touchy figure, increased 8.3% from August to $25.6 billion"
EVIDENCE_CHINA_YTD = (
    "Over the year's first nine months, the goods gap with China reached $217.4 billion, "
    "4.1% more than in the same stretch a year earlier"
)
EVIDENCE_MEXICO_EU = (
    "In September, America's goods trade with Mexico showed a $16.9 billion deficit, while the shortfall "
    "with the 27-nation European Union came to $21.5 billion, 12.9% higher than in August"
)
EVIDENCE_YTD_DEFICIT = "Year to date, the combined trade deficit stands at $663 billion, an increase of 12.1% on the same point last year"
EVIDENCE_YTD_FLOWS = "This year's exports have risen 3.6% and imports 5.2%"

ARTICLE = {
    "id": "dT2_01_ap_us_deficit_sep",
    "title": "Record September imports push the US trade gap up to $84.4 billion",
    "publisher": "AP",
    "published": "2024-11-05",
    "notes": [
        "AP dateline has no year; the year (2024) comes only from the published date; 'in August' and 'the year's first "
        "nine months' are read against it.",
        "Headline totals (deficit, exports, imports) are goods and services: product 'goods and services', as the dev "
        "convention for US headline figures says; goods-only figures take product null; the services surplus is 'services'.",
        "'climbed 19.2% to $84.4 billion, up from $70.8 billion in August': the deficit's growth follows its verb (+19.2) and is "
        "month-on-month (the comparison is the month before); August's $70.8 billion deficit is labelled as its own "
        "observation (period 2024-08).",
        "'Exports declined 1.2% from the August level' sets a month-on-month frame that carries to 'Imports, meanwhile, "
        "climbed 3%' in the same paragraph.",
        "'shortfall with China ... increased 8.3% from August' and the EU shortfall '12.9% higher than in August': mom growth "
        "of a deficit, positive (the wording is a rise).",
        "Country balances (China, Mexico, EU) are goods-only in the text: product null.",
        "Year-to-date growth rates (China gap 4.1% more, overall deficit an increase of 12.1%, exports 3.6%, imports 5.2%) "
        "are yoy, period January-September 2024; the year-to-date exports/imports are the goods-and-services totals.",
        "'imports 5.2%' shares the 'risen' of 'exports have risen 3.6%': positive.",
        "Changes written as money are not labelled: pharmaceutical imports 'climbed $5.2 billion' (only the $26.3 billion "
        "level is).",
        "Out of scope, unlabelled: 'No month had produced a bigger deficit since April 2022' (record/year), tariff proposals "
        "of 10%, 20% and 60%, the forecasters' expectation of roughly $84 billion (forecast), GDP growth of 2.8% and trade's "
        "0.56 percentage point subtraction, the three-day strike, 27-nation (count of EU members, not trading partners).",
    ],
    "facts": [
        fact("United States", "balance", "value", -84.4e9, "USD", SEPTEMBER, "84.4 billion", EVIDENCE_HEADLINE_GAP,
             product=BOTH),
        fact("United States", "balance", "value", -70.8e9, "USD", AUGUST, "70.8 billion", EVIDENCE_HEADLINE_GAP,
             product=BOTH),
        fact("United States", "balance", "growth", 19.2, "percent", SEPTEMBER, "19.2", EVIDENCE_HEADLINE_GAP,
             product=BOTH, basis="mom"),
        fact("United States", "exports", "growth", -1.2, "percent", SEPTEMBER, "1.2", EVIDENCE_EXPORTS,
             product=BOTH, basis="mom"),
        fact("United States", "exports", "value", 267.9e9, "USD", SEPTEMBER, "267.9 billion", EVIDENCE_EXPORTS,
             product=BOTH),
        fact("United States", "imports", "growth", 3, "percent", SEPTEMBER, "3", EVIDENCE_IMPORTS,
             product=BOTH, basis="mom"),
        fact("United States", "imports", "value", 352.3e9, "USD", SEPTEMBER, "352.3 billion", EVIDENCE_IMPORTS,
             product=BOTH),
        fact("United States", "balance", "value", -109e9, "USD", SEPTEMBER, "109 billion", EVIDENCE_GOODS_DEFICIT),
        fact("United States", "balance", "value", 24.6e9, "USD", SEPTEMBER, "24.6 billion", EVIDENCE_SERVICES,
             product="services"),
        fact("United States", "exports", "value", 176e9, "USD", SEPTEMBER, "176 billion", EVIDENCE_GOODS_FLOWS),
        fact("United States", "imports", "value", 285e9, "USD", SEPTEMBER, "285 billion", EVIDENCE_GOODS_FLOWS),
        fact("United States", "imports", "value", 26.3e9, "USD", SEPTEMBER, "26.3 billion",
             "imports of pharmaceutical preparations on their own climbed $5.2 billion to $26.3 billion",
             product="pharmaceutical preparations"),
        fact("United States", "balance", "growth", 8.3, "percent", SEPTEMBER, "8.3", EVIDENCE_CHINA_MONTH,
             partner="China", basis="mom"),
        fact("United States", "balance", "value", -25.6e9, "USD", SEPTEMBER, "25.6 billion", EVIDENCE_CHINA_MONTH,
             partner="China"),
        fact("United States", "balance", "value", -217.4e9, "USD", YEAR_TO_DATE, "217.4 billion", EVIDENCE_CHINA_YTD,
             partner="China"),
        fact("United States", "balance", "growth", 4.1, "percent", YEAR_TO_DATE, "4.1", EVIDENCE_CHINA_YTD,
             partner="China"),
        fact("United States", "balance", "value", -16.9e9, "USD", SEPTEMBER, "16.9 billion", EVIDENCE_MEXICO_EU,
             partner="Mexico"),
        fact("United States", "balance", "value", -21.5e9, "USD", SEPTEMBER, "21.5 billion", EVIDENCE_MEXICO_EU,
             partner="European Union"),
        fact("United States", "balance", "growth", 12.9, "percent", SEPTEMBER, "12.9", EVIDENCE_MEXICO_EU,
             partner="European Union", basis="mom"),
        fact("United States", "balance", "value", -663e9, "USD", YEAR_TO_DATE, "663 billion", EVIDENCE_YTD_DEFICIT,
             product=BOTH),
        fact("United States", "balance", "growth", 12.1, "percent", YEAR_TO_DATE, "12.1", EVIDENCE_YTD_DEFICIT,
             product=BOTH),
        fact("United States", "exports", "growth", 3.6, "percent", YEAR_TO_DATE, "3.6", EVIDENCE_YTD_FLOWS,
             product=BOTH),
        fact("United States", "imports", "growth", 5.2, "percent", YEAR_TO_DATE, "5.2", EVIDENCE_YTD_FLOWS,
             product=BOTH),
    ],
}
