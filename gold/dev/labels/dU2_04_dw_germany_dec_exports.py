from _fact import fact, period

DECEMBER = period(2025, 12)
NOVEMBER = period(2025, 11)
FULL_YEAR = period(2025, 1, 12)

EVIDENCE_EXPORTS = "exports were down 1.6% from November at €127.4 billion ($150.8 billion)"
EVIDENCE_NOVEMBER_REVISION = "Destatis also now puts November at a revised 0.4% increase"
EVIDENCE_IMPORTS = "On the month, imports rose 0.9% to €113.6 billion."
EVIDENCE_SURPLUS = "That narrowed the German trade surplus to €13.8 billion from €16.1 billion in November."
EVIDENCE_EXPORTS_YOY = "Year on year, December exports were down 0.9%."
EVIDENCE_US_EXPORTS = "Shipments to the United States fell 5.3% from the previous month to €11.2 billion."
EVIDENCE_US_EXPORTS_YOY = "Without adjustment, they stood 17.4% below their year-earlier level."
EVIDENCE_US_IMPORTS = "German imports from the US grew 2.1% month on month to €7.6 billion"
EVIDENCE_CHINA_EXPORTS = "Exports to China were lower as well, down 3.0% on the previous month at €6.5 billion."
EVIDENCE_THIRD_COUNTRIES = (
    "Sales to nations beyond the European Union, termed third countries by Destatis, "
    "decreased 2.9% in total to €55.5 billion."
)
EVIDENCE_EU_EXPORTS = "Exports to other EU member states slipped 0.6% on the month to €71.9 billion"
EVIDENCE_EURO_AREA = "with €50.2 billion of that going to eurozone countries"
EVIDENCE_ANNUAL_EXPORTS = "For last year as a whole, Germany's exports declined 0.5% to €1.552 trillion."
EVIDENCE_ANNUAL_SURPLUS = "the surplus for the year shrank to around €201 billion"
EVIDENCE_CHINA_PARTNER = (
    "Last year China once again became Germany's biggest trading partner, as two-way trade, imports plus "
    "exports, added up to €251.8 billion."
)
EVIDENCE_US_SECOND = "The United States, having moved ahead of China a year earlier, dropped back to second place"
EVIDENCE_US_ANNUAL_EXPORTS = "dropped back to second place as German exports to the country declined 9.4% to €146.6 billion"
EVIDENCE_US_LARGEST_MARKET = "Even so, the US was still the largest single market for German-made goods."

ARTICLE = {
    "id": "dU2_04_dw_germany_dec_exports",
    "title": "Germany's December exports fall on continued weakness in US sales",
    "publisher": "DW",
    "published": "2026-02-09",
    "notes": [
        "Publisher DW: the text names it ('told DW'); the credit line cites Reuters and dpa as sources, not as publisher.",
        "The year appears only in the published date (2026-02-09): 'December' and 'last year' are 2025.",
        "Monthly figures are calendar and seasonally adjusted; changes 'from November', 'On the month', 'on the "
        "month', 'from the previous month', 'month on month', 'on the previous month' are mom.",
        "The November revision ('a revised 0.4% increase') is a mom growth of November 2025 exports, labelled with period November.",
        "US exports 'Without adjustment, they stood 17.4% below their year-earlier level': yoy growth of December, "
        "beside the adjusted mom figure; the record has no adjustment field.",
        "'third countries' (beyond the EU) is partner non-EU countries; 'other EU member states' is European Union; "
        "'eurozone countries' is Euro area ('with ... of that going to' construction).",
        "'($150.8 billion)' is a conversion written without 'about': a separate USD fact, exact.",
        "'China ... the top trading partner' in the teaser restates the body's 'biggest trading partner': one rank fact, "
        "body evidence.",
        "'dropped back to second place' is the rank of the United States as a trading partner (total trade) in 2025; "
        "'having moved ahead of China a year earlier' states no number.",
        "'the largest single market for German-made goods' is the rank of the US as an export destination in 2025.",
        "The annual surplus 'around €201 billion' is approx.",
        "Out of scope: analysts' forecast of a 0.5% decline, GDP growth of 0.2%, the 15% US tariff, industrial "
        "output up 0.8%, 'Europe's largest economy', 'contracting for two years', the outlook for the first six months.",
    ],
    "facts": [
        fact("Germany", "exports", "growth", -1.6, "percent", DECEMBER, "1.6", EVIDENCE_EXPORTS, basis="mom"),
        fact("Germany", "exports", "value", 127.4e9, "EUR", DECEMBER, "127.4 billion", EVIDENCE_EXPORTS),
        fact("Germany", "exports", "value", 150.8e9, "USD", DECEMBER, "150.8 billion", EVIDENCE_EXPORTS),
        fact("Germany", "exports", "growth", 0.4, "percent", NOVEMBER, "0.4", EVIDENCE_NOVEMBER_REVISION, basis="mom"),
        fact("Germany", "imports", "growth", 0.9, "percent", DECEMBER, "0.9", EVIDENCE_IMPORTS, basis="mom"),
        fact("Germany", "imports", "value", 113.6e9, "EUR", DECEMBER, "113.6 billion", EVIDENCE_IMPORTS),
        fact("Germany", "balance", "value", 13.8e9, "EUR", DECEMBER, "13.8 billion", EVIDENCE_SURPLUS),
        fact("Germany", "balance", "value", 16.1e9, "EUR", NOVEMBER, "16.1 billion", EVIDENCE_SURPLUS),
        fact("Germany", "exports", "growth", -0.9, "percent", DECEMBER, "0.9", EVIDENCE_EXPORTS_YOY, basis="yoy"),
        fact(
            "Germany", "exports", "growth", -5.3, "percent", DECEMBER, "5.3", EVIDENCE_US_EXPORTS,
            partner="United States", basis="mom",
        ),
        fact(
            "Germany", "exports", "value", 11.2e9, "EUR", DECEMBER, "11.2 billion", EVIDENCE_US_EXPORTS,
            partner="United States",
        ),
        fact(
            "Germany", "exports", "growth", -17.4, "percent", DECEMBER, "17.4", EVIDENCE_US_EXPORTS_YOY,
            partner="United States", basis="yoy",
        ),
        fact(
            "Germany", "imports", "growth", 2.1, "percent", DECEMBER, "2.1", EVIDENCE_US_IMPORTS,
            partner="United States", basis="mom",
        ),
        fact(
            "Germany", "imports", "value", 7.6e9, "EUR", DECEMBER, "7.6 billion", EVIDENCE_US_IMPORTS,
            partner="United States",
        ),
        fact(
            "Germany", "exports", "growth", -3.0, "percent", DECEMBER, "3.0", EVIDENCE_CHINA_EXPORTS,
            partner="China", basis="mom",
        ),
        fact("Germany", "exports", "value", 6.5e9, "EUR", DECEMBER, "6.5 billion", EVIDENCE_CHINA_EXPORTS, partner="China"),
        fact(
            "Germany", "exports", "growth", -2.9, "percent", DECEMBER, "2.9", EVIDENCE_THIRD_COUNTRIES,
            partner="non-EU countries", basis="mom",
        ),
        fact(
            "Germany", "exports", "value", 55.5e9, "EUR", DECEMBER, "55.5 billion", EVIDENCE_THIRD_COUNTRIES,
            partner="non-EU countries",
        ),
        fact(
            "Germany", "exports", "growth", -0.6, "percent", DECEMBER, "0.6", EVIDENCE_EU_EXPORTS,
            partner="European Union", basis="mom",
        ),
        fact(
            "Germany", "exports", "value", 71.9e9, "EUR", DECEMBER, "71.9 billion", EVIDENCE_EU_EXPORTS,
            partner="European Union",
        ),
        fact(
            "Germany", "exports", "value", 50.2e9, "EUR", DECEMBER, "50.2 billion", EVIDENCE_EURO_AREA,
            partner="Euro area",
        ),
        fact("Germany", "exports", "growth", -0.5, "percent", FULL_YEAR, "0.5", EVIDENCE_ANNUAL_EXPORTS),
        fact("Germany", "exports", "value", 1.552e12, "EUR", FULL_YEAR, "1.552 trillion", EVIDENCE_ANNUAL_EXPORTS),
        fact(
            "Germany", "balance", "value", 201e9, "EUR", FULL_YEAR, "201 billion", EVIDENCE_ANNUAL_SURPLUS,
            qualifier="approx",
        ),
        fact("Germany", "total", "rank", 1, "number", FULL_YEAR, "biggest", EVIDENCE_CHINA_PARTNER, partner="China"),
        fact(
            "Germany", "total", "value", 251.8e9, "EUR", FULL_YEAR, "251.8 billion", EVIDENCE_CHINA_PARTNER,
            partner="China",
        ),
        fact(
            "Germany", "total", "rank", 2, "number", FULL_YEAR, "second", EVIDENCE_US_SECOND,
            partner="United States",
        ),
        fact(
            "Germany", "exports", "growth", -9.4, "percent", FULL_YEAR, "9.4", EVIDENCE_US_ANNUAL_EXPORTS,
            partner="United States",
        ),
        fact(
            "Germany", "exports", "value", 146.6e9, "EUR", FULL_YEAR, "146.6 billion", EVIDENCE_US_ANNUAL_EXPORTS,
            partner="United States",
        ),
        fact(
            "Germany", "exports", "rank", 1, "number", FULL_YEAR, "largest", EVIDENCE_US_LARGEST_MARKET,
            partner="United States",
        ),
    ],
}
