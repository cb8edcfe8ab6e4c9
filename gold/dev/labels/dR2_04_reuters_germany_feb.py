from _fact import fact, period

FEBRUARY = period(2026, 2)
JANUARY = period(2026, 1)
FEBRUARY_LAST_YEAR = period(2025, 2)
LAST_YEAR = period(2025, 1, 12)

SURPLUS = (
    "That put the trade surplus at 18.5 billion euros ($21.69 billion), above January's downwardly revised "
    "16.2 billion euros"
)
VALUES = "In February, goods exports totalled 132.4 billion euros and goods imports 113.9 billion euros"
YEAR_ON_YEAR = "On a year-on-year basis, exports were down 0.7% in February and imports up 2.4%."
US_MONTH = "exports to the United States increased for the first time, by 4.6% on the month to 12.9 billion euros"
US_PARTNER = (
    "Last year the United States ranked as Germany's biggest trading partner, with two-way goods trade of roughly "
    "240 billion euros."
)
CHINA_EXPORTS = "Compared with January, exports to China dropped 3.1% to 6.3 billion euros."
CHINA_IMPORTS = "Imports from China, on the other hand, surged 5.2% to 13.4 billion euros"
CHINA_RANK = "which once again made China the largest supplier of goods to Germany"
EU_EXPORTS = "Exports to fellow European Union countries increased 2.7% on the month to 73.1 billion euros"
NON_EU_EXPORTS = "exports to non-EU countries inched up 0.9% to 59.3 billion euros"

ARTICLE = {
    "id": "dR2_04_reuters_germany_feb",
    "title": "Stronger U.S. demand lifts German exports above expectations in February",
    "publisher": "Reuters",
    "published": "2026-04-09",
    "notes": [
        "Wire dateline 'April 9' without a year: February is February 2026 from the published date; 'last year' is 2025.",
        "Month-on-month figures carry 'on the month', 'from January', 'Compared with January' or 'than in January' in "
        "their sentence or paragraph; the China paragraph's 'Compared with January' frame carries to the "
        "imports-from-China sentence (mom).",
        "Reuters poll forecasts (0.8%, 0.4%), the 15% U.S. tariff, GDP growth of 0.2%, industrial orders -1.1% and "
        "the exchange-rate line ($1 = 0.8530 euros): out of scope, not labelled.",
        "'($21.69 billion)' is the surplus converted at the stated rate, written without 'about': a USD fact, exact.",
        "'January's downwardly revised 16.2 billion euros' is the January 2026 surplus; 'The surplus for February of "
        "last year was 20.8 billion euros' is the February 2025 surplus.",
        "'On a year-on-year basis ... in February': a comparison base, so the 0.7% and 2.4% are February 2026, yoy.",
        "'exports to non-EU countries': partner written as 'non-EU countries'.",
        "'the largest supplier of goods to Germany' for China: rank 1 of imports from China, February 2026.",
        "'Last year ... biggest trading partner ... roughly 240 billion euros': total trade with the US in 2025, rank 1 "
        "and an approx value.",
        "'Shipments to Britain': partner United Kingdom.",
    ],
    "facts": [
        fact(
            "Germany",
            "exports",
            "growth",
            1.9,
            "percent",
            FEBRUARY,
            "1.9",
            "exports from Europe's largest economy rose 1.9% on the month",
            basis="mom",
        ),
        fact(
            "Germany",
            "imports",
            "growth",
            -0.6,
            "percent",
            FEBRUARY,
            "0.6",
            "Imports, by contrast, dropped 0.6% from January",
            basis="mom",
        ),
        fact("Germany", "exports", "value", 132.4e9, "EUR", FEBRUARY, "132.4 billion", VALUES),
        fact("Germany", "imports", "value", 113.9e9, "EUR", FEBRUARY, "113.9 billion", VALUES),
        fact("Germany", "balance", "value", 18.5e9, "EUR", FEBRUARY, "18.5 billion", SURPLUS),
        fact("Germany", "balance", "value", 21.69e9, "USD", FEBRUARY, "21.69 billion", SURPLUS),
        fact("Germany", "balance", "value", 16.2e9, "EUR", JANUARY, "16.2 billion", SURPLUS),
        fact(
            "Germany",
            "balance",
            "value",
            20.8e9,
            "EUR",
            FEBRUARY_LAST_YEAR,
            "20.8 billion",
            "The surplus for February of last year was 20.8 billion euros.",
        ),
        fact("Germany", "exports", "growth", -0.7, "percent", FEBRUARY, "0.7", YEAR_ON_YEAR),
        fact("Germany", "imports", "growth", 2.4, "percent", FEBRUARY, "2.4", YEAR_ON_YEAR),
        fact(
            "Germany",
            "exports",
            "growth",
            4.6,
            "percent",
            FEBRUARY,
            "4.6",
            US_MONTH,
            partner="United States",
            basis="mom",
        ),
        fact("Germany", "exports", "value", 12.9e9, "EUR", FEBRUARY, "12.9 billion", US_MONTH, partner="United States"),
        fact(
            "Germany",
            "exports",
            "growth",
            -9.8,
            "percent",
            FEBRUARY,
            "9.8",
            "Even so, they remained 9.8% below their level of February a year earlier.",
            partner="United States",
        ),
        fact("Germany", "total", "rank", 1, "number", LAST_YEAR, "biggest", US_PARTNER, partner="United States"),
        fact(
            "Germany",
            "total",
            "value",
            240e9,
            "EUR",
            LAST_YEAR,
            "240 billion",
            US_PARTNER,
            partner="United States",
            qualifier="approx",
        ),
        fact(
            "Germany",
            "exports",
            "growth",
            -3.1,
            "percent",
            FEBRUARY,
            "3.1",
            CHINA_EXPORTS,
            partner="China",
            basis="mom",
        ),
        fact("Germany", "exports", "value", 6.3e9, "EUR", FEBRUARY, "6.3 billion", CHINA_EXPORTS, partner="China"),
        fact(
            "Germany",
            "imports",
            "growth",
            5.2,
            "percent",
            FEBRUARY,
            "5.2",
            CHINA_IMPORTS,
            partner="China",
            basis="mom",
        ),
        fact("Germany", "imports", "value", 13.4e9, "EUR", FEBRUARY, "13.4 billion", CHINA_IMPORTS, partner="China"),
        fact("Germany", "imports", "rank", 1, "number", FEBRUARY, "largest", CHINA_RANK, partner="China"),
        fact(
            "Germany",
            "exports",
            "growth",
            2.7,
            "percent",
            FEBRUARY,
            "2.7",
            EU_EXPORTS,
            partner="European Union",
            basis="mom",
        ),
        fact(
            "Germany",
            "exports",
            "value",
            73.1e9,
            "EUR",
            FEBRUARY,
            "73.1 billion",
            EU_EXPORTS,
            partner="European Union",
        ),
        fact(
            "Germany",
            "exports",
            "growth",
            0.9,
            "percent",
            FEBRUARY,
            "0.9",
            NON_EU_EXPORTS,
            partner="non-EU countries",
            basis="mom",
        ),
        fact(
            "Germany",
            "exports",
            "value",
            59.3e9,
            "EUR",
            FEBRUARY,
            "59.3 billion",
            NON_EU_EXPORTS,
            partner="non-EU countries",
        ),
        fact(
            "Germany",
            "exports",
            "growth",
            -1.4,
            "percent",
            FEBRUARY,
            "1.4",
            "Shipments to Britain were 1.4% lower than in January.",
            partner="United Kingdom",
            basis="mom",
        ),
    ],
}
