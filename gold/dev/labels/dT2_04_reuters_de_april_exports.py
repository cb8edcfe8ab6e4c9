"""Hand labels for dT2_04: Reuters story on German trade in April (Destatis data), euros."""

from _fact import fact, period

APRIL = period(2024, 4)
MARCH = period(2024, 3)
APRIL_LAST_YEAR = period(2023, 4)

EVIDENCE_EXPORTS = "Adjusted for calendar and seasonal effects, exports grew 1.6% from the previous month to 133.9 billion euros"
EVIDENCE_IMPORTS = "Compared with March, imports jumped 3.4% to 111.8 billion euros"
EVIDENCE_SURPLUS = (
    "Germany's trade surplus in April came to 22.1 billion euros ($24.0 billion), "
    "a little below March's figure of 22.3 billion euros"
)
EVIDENCE_US = (
    "shipments to the United States, the biggest buyer of German goods, surged 5.6% to 14.0 billion euros"
)
EVIDENCE_CHINA = "Exports to China edged up 0.5% to 8.1 billion euros"
EVIDENCE_BRITAIN = "those to Britain dropped 2.1% to 6.4 billion euros"
EVIDENCE_EU_EXPORTS = "Exports to fellow European Union members grew 0.9% against March to 74.5 billion euros"
EVIDENCE_NON_EU_EXPORTS = "exports to countries beyond the EU advanced 2.6% to 59.4 billion euros"
EVIDENCE_EU_IMPORTS = "Imports from within the EU increased 2.2% to 60.4 billion euros"
EVIDENCE_NON_EU_IMPORTS = "imports from third countries were 4.8% higher at 51.4 billion euros"
EVIDENCE_CHINA_IMPORTS = (
    "China was again the largest single supplier of imports, sending goods worth 13.2 billion euros, "
    "an increase of 2.3% on March"
)
EVIDENCE_UNADJUSTED = "exports were up 1.2% on April last year while imports were down 1.8%"
EVIDENCE_UNADJUSTED_SURPLUS = (
    "Measured that way, the trade surplus reached 22.2 billion euros, compared with 18.6 billion euros a year earlier"
)
EVIDENCE_US_YOY = "exports to the United States were up 8.3% year on year"

ARTICLE = {
    "id": "dT2_04_reuters_de_april_exports",
    "title": "U.S. demand lifts German exports by more than forecast in April",
    "publisher": "Reuters",
    "published": "2024-06-07",
    "notes": [
        "The year appears only in the published date (2024-06-07): April is April 2024, March is March 2024, "
        "'April last year' / 'a year earlier' is April 2023.",
        "Month-on-month figures adjusted for calendar and seasonal effects take basis mom; the mom frame of the paragraph "
        "on the US, China and Britain ('Month on month') carries to the China and Britain sentence.",
        "The adjusted April surplus (22.1 billion) and the unadjusted April surplus (22.2 billion) are both labelled: "
        "the record has no field for the adjustment, so they share every field but the value.",
        "The unadjusted April 2023 surplus (18.6 billion, 'a year earlier') is a stated observation: labelled with "
        "period 2023-04. The March surplus (22.3 billion) likewise, period 2024-03.",
        "The dollar conversion of the surplus ($24.0 billion) is a separate USD fact; written without 'about', so exact.",
        "'countries beyond the EU' and 'third countries' are partner 'non-EU countries'; 'fellow European Union "
        "members' / 'within the EU' are partner European Union; Britain is United Kingdom.",
        "'the biggest buyer of German goods' (exports to the US) and 'the largest single supplier of imports' (China) are "
        "labelled as rank 1 for April.",
        "'Imports from within the EU increased 2.2%': labelled as imports from the EU.",
        "The 'exports to the United States were up 8.3% year on year' figure is yoy (unadjusted paragraph).",
        "Out of scope and unlabelled: Reuters poll forecasts (1.0%, 1.5%), GDP growth 0.2% and 0.3% forecast, "
        "industrial production -2.5%, Ifo index points, the exchange rate ($1 = 0.9204 euros).",
    ],
    "facts": [
        fact("Germany", "exports", "growth", 1.6, "percent", APRIL, "1.6", EVIDENCE_EXPORTS, basis="mom"),
        fact("Germany", "exports", "value", 133.9e9, "EUR", APRIL, "133.9 billion", EVIDENCE_EXPORTS),
        fact("Germany", "imports", "growth", 3.4, "percent", APRIL, "3.4", EVIDENCE_IMPORTS, basis="mom"),
        fact("Germany", "imports", "value", 111.8e9, "EUR", APRIL, "111.8 billion", EVIDENCE_IMPORTS),
        fact("Germany", "balance", "value", 22.1e9, "EUR", APRIL, "22.1 billion", EVIDENCE_SURPLUS),
        fact("Germany", "balance", "value", 24.0e9, "USD", APRIL, "24.0 billion", EVIDENCE_SURPLUS),
        fact("Germany", "balance", "value", 22.3e9, "EUR", MARCH, "22.3 billion", EVIDENCE_SURPLUS),
        fact("Germany", "exports", "growth", 5.6, "percent", APRIL, "5.6", EVIDENCE_US,
             partner="United States", basis="mom"),
        fact("Germany", "exports", "value", 14.0e9, "EUR", APRIL, "14.0 billion", EVIDENCE_US,
             partner="United States"),
        fact("Germany", "exports", "rank", 1, "number", APRIL, "biggest", EVIDENCE_US, partner="United States"),
        fact("Germany", "exports", "growth", 0.5, "percent", APRIL, "0.5", EVIDENCE_CHINA,
             partner="China", basis="mom"),
        fact("Germany", "exports", "value", 8.1e9, "EUR", APRIL, "8.1 billion", EVIDENCE_CHINA, partner="China"),
        fact("Germany", "exports", "growth", -2.1, "percent", APRIL, "2.1", EVIDENCE_BRITAIN,
             partner="United Kingdom", basis="mom"),
        fact("Germany", "exports", "value", 6.4e9, "EUR", APRIL, "6.4 billion", EVIDENCE_BRITAIN,
             partner="United Kingdom"),
        fact("Germany", "exports", "growth", 0.9, "percent", APRIL, "0.9", EVIDENCE_EU_EXPORTS,
             partner="European Union", basis="mom"),
        fact("Germany", "exports", "value", 74.5e9, "EUR", APRIL, "74.5 billion", EVIDENCE_EU_EXPORTS,
             partner="European Union"),
        fact("Germany", "exports", "growth", 2.6, "percent", APRIL, "2.6", EVIDENCE_NON_EU_EXPORTS,
             partner="non-EU countries", basis="mom"),
        fact("Germany", "exports", "value", 59.4e9, "EUR", APRIL, "59.4 billion", EVIDENCE_NON_EU_EXPORTS,
             partner="non-EU countries"),
        fact("Germany", "imports", "growth", 2.2, "percent", APRIL, "2.2", EVIDENCE_EU_IMPORTS,
             partner="European Union", basis="mom"),
        fact("Germany", "imports", "value", 60.4e9, "EUR", APRIL, "60.4 billion", EVIDENCE_EU_IMPORTS,
             partner="European Union"),
        fact("Germany", "imports", "growth", 4.8, "percent", APRIL, "4.8", EVIDENCE_NON_EU_IMPORTS,
             partner="non-EU countries", basis="mom"),
        fact("Germany", "imports", "value", 51.4e9, "EUR", APRIL, "51.4 billion", EVIDENCE_NON_EU_IMPORTS,
             partner="non-EU countries"),
        fact("Germany", "imports", "rank", 1, "number", APRIL, "largest", EVIDENCE_CHINA_IMPORTS, partner="China"),
        fact("Germany", "imports", "value", 13.2e9, "EUR", APRIL, "13.2 billion", EVIDENCE_CHINA_IMPORTS,
             partner="China"),
        fact("Germany", "imports", "growth", 2.3, "percent", APRIL, "2.3", EVIDENCE_CHINA_IMPORTS,
             partner="China", basis="mom"),
        fact("Germany", "exports", "growth", 1.2, "percent", APRIL, "1.2", EVIDENCE_UNADJUSTED),
        fact("Germany", "imports", "growth", -1.8, "percent", APRIL, "1.8", EVIDENCE_UNADJUSTED),
        fact("Germany", "balance", "value", 22.2e9, "EUR", APRIL, "22.2 billion", EVIDENCE_UNADJUSTED_SURPLUS),
        fact("Germany", "balance", "value", 18.6e9, "EUR", APRIL_LAST_YEAR, "18.6 billion",
             EVIDENCE_UNADJUSTED_SURPLUS),
        fact("Germany", "exports", "growth", 8.3, "percent", APRIL, "8.3", EVIDENCE_US_YOY, partner="United States"),
    ],
}
