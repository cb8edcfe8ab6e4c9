from _fact import fact, period

THIRD_QUARTER = period(2025, 7, 9)
SECOND_QUARTER = period(2025, 4, 6)
SEPTEMBER = period(2025, 9)
AUGUST = period(2025, 8)
TWELVE_MONTHS_TO_SEPTEMBER = {"start": "2024-10", "end": "2025-09"}

GOODS_AND_SERVICES = "goods and services"
GOODS_EX_PRECIOUS = "goods excluding precious metals"
TOTAL_EX_PRECIOUS = "goods and services excluding precious metals"
NON_EU = "Non-EU countries"

EVIDENCE_TOTAL = "the combined goods and services deficit grew by 2.1 billion pounds in the third quarter to 7.4 billion pounds ($9.7 billion)"
EVIDENCE_GOODS_BALANCE = "In goods alone the deficit increased to 60.8 billion pounds from 57.9 billion pounds in the second quarter"
EVIDENCE_SERVICES_BALANCE = "the services surplus inched up to 53.4 billion pounds from 52.6 billion pounds"
EVIDENCE_GOODS_IMPORTS = "Compared with the previous quarter, goods imports climbed 1.6% to 158.6 billion pounds"
EVIDENCE_GOODS_EXPORTS = "goods exports dipped 0.4% to 97.8 billion pounds"
EVIDENCE_SERVICES_EXPORTS = "Exports of services increased 1.1% to 131.9 billion pounds."
EVIDENCE_PRECIOUS = "surged to 6.2 billion pounds in the quarter, up from 3.8 billion pounds in the three months to June"
EVIDENCE_EU_EXPORTS = "Relative to the second quarter, goods sales to the EU declined 2.7% to 45.1 billion pounds"
EVIDENCE_EU_IMPORTS = "goods imports from the bloc increased 1.9% to 81.6 billion pounds"
EVIDENCE_NON_EU_EXPORTS = "Shipments to countries outside the EU grew 1.6% on the quarter to 52.7 billion pounds"
EVIDENCE_NON_EU_IMPORTS = "Imports from non-EU countries went up 1.3% to 77.0 billion pounds."
EVIDENCE_MONTHLY = "the goods trade gap shrank to 19.6 billion pounds from 21.3 billion pounds in August"

ARTICLE = {
    "id": "dQ2_06_uk_reuters_q3_deficit",
    "title": "Jump in precious metals imports widens UK's third-quarter trade gap",
    "publisher": "Reuters",
    "published": "2025-11-13",
    "notes": [
        "Dateline 'LONDON, Nov 13 (Reuters)' has no year: 'the three months to September'/'third quarter' = 2025-07/2025-09 from published 2025-11-13.",
        "Goods-only figures carry product null; services product 'services'; the total balance product 'goods and services'.",
        "'Leaving out precious metals' figures: product 'goods and services excluding precious metals' (total deficit 5.9bn) and "
        "'goods excluding precious metals' (goods deficit 59.3bn, 'Excluding them').",
        "Absolute changes ('grew by 2.1 billion pounds', 'shrank by 4.4 billion pounds') are changes in money, not percent growth: out.",
        "'$9.7 billion' converts the total deficit at the stated ($1 = 0.7612 pounds): a separate USD balance fact, negative, qualifier exact.",
        "Previous-quarter levels ('from 57.9 billion pounds in the second quarter', 'from 52.6 billion pounds', "
        "'from 3.8 billion pounds in the three months to June') are labelled for Q2 2025.",
        "Growth: 'Compared with the previous quarter' sets a qoq frame for the goods/services paragraph (1.6, -0.4, 1.1); the EU paragraph opens "
        "'Relative to the second quarter' (qoq); the non-EU paragraph says 'on the quarter', carried to the imports figure (1.3).",
        "Partner 'European Union' ('the EU', 'the bloc'); 'countries outside the EU'/'non-EU countries' -> partner 'Non-EU countries'. "
        "EU and non-EU figures are goods trade (product null).",
        "Precious metals imports (mostly non-monetary gold): product 'precious metals'.",
        "Monthly: September 2025 goods deficit 19.6bn and August 21.3bn ('Looking at September by itself').",
        "'In the 12 months to September' -> period 2024-10/2025-09, total (goods and services) deficit 27.8bn.",
        "Out of scope: Reuters poll forecast 20.5bn, US tariff rates 10% and 27.5%, GDP growth 0.1%, net trade -0.3 percentage points; "
        "the ONS statistician's quote carries no figure.",
    ],
    "facts": [
        fact("United Kingdom", "balance", "value", -7.4e9, "GBP", THIRD_QUARTER, "7.4 billion", EVIDENCE_TOTAL,
             product=GOODS_AND_SERVICES),
        fact("United Kingdom", "balance", "value", -9.7e9, "USD", THIRD_QUARTER, "9.7 billion", EVIDENCE_TOTAL,
             product=GOODS_AND_SERVICES),
        fact("United Kingdom", "balance", "value", -5.9e9, "GBP", THIRD_QUARTER, "5.9 billion",
             "the overall trade deficit edged down to 5.9 billion pounds", product=TOTAL_EX_PRECIOUS),
        fact("United Kingdom", "balance", "value", -60.8e9, "GBP", THIRD_QUARTER, "60.8 billion", EVIDENCE_GOODS_BALANCE),
        fact("United Kingdom", "balance", "value", -57.9e9, "GBP", SECOND_QUARTER, "57.9 billion", EVIDENCE_GOODS_BALANCE),
        fact("United Kingdom", "balance", "value", 53.4e9, "GBP", THIRD_QUARTER, "53.4 billion", EVIDENCE_SERVICES_BALANCE,
             product="services"),
        fact("United Kingdom", "balance", "value", 52.6e9, "GBP", SECOND_QUARTER, "52.6 billion", EVIDENCE_SERVICES_BALANCE,
             product="services"),
        fact("United Kingdom", "imports", "growth", 1.6, "percent", THIRD_QUARTER, "1.6", EVIDENCE_GOODS_IMPORTS, basis="qoq"),
        fact("United Kingdom", "imports", "value", 158.6e9, "GBP", THIRD_QUARTER, "158.6 billion", EVIDENCE_GOODS_IMPORTS),
        fact("United Kingdom", "exports", "growth", -0.4, "percent", THIRD_QUARTER, "0.4", EVIDENCE_GOODS_EXPORTS, basis="qoq"),
        fact("United Kingdom", "exports", "value", 97.8e9, "GBP", THIRD_QUARTER, "97.8 billion", EVIDENCE_GOODS_EXPORTS),
        fact("United Kingdom", "exports", "growth", 1.1, "percent", THIRD_QUARTER, "1.1", EVIDENCE_SERVICES_EXPORTS,
             product="services", basis="qoq"),
        fact("United Kingdom", "exports", "value", 131.9e9, "GBP", THIRD_QUARTER, "131.9 billion", EVIDENCE_SERVICES_EXPORTS,
             product="services"),
        fact("United Kingdom", "imports", "value", 6.2e9, "GBP", THIRD_QUARTER, "6.2 billion", EVIDENCE_PRECIOUS,
             product="precious metals"),
        fact("United Kingdom", "imports", "value", 3.8e9, "GBP", SECOND_QUARTER, "3.8 billion", EVIDENCE_PRECIOUS,
             product="precious metals"),
        fact("United Kingdom", "balance", "value", -59.3e9, "GBP", THIRD_QUARTER, "59.3 billion",
             "Excluding them, the goods deficit rose to 59.3 billion pounds.", product=GOODS_EX_PRECIOUS),
        fact("United Kingdom", "exports", "growth", -2.7, "percent", THIRD_QUARTER, "2.7", EVIDENCE_EU_EXPORTS,
             partner="European Union", basis="qoq"),
        fact("United Kingdom", "exports", "value", 45.1e9, "GBP", THIRD_QUARTER, "45.1 billion", EVIDENCE_EU_EXPORTS,
             partner="European Union"),
        fact("United Kingdom", "imports", "growth", 1.9, "percent", THIRD_QUARTER, "1.9", EVIDENCE_EU_IMPORTS,
             partner="European Union", basis="qoq"),
        fact("United Kingdom", "imports", "value", 81.6e9, "GBP", THIRD_QUARTER, "81.6 billion", EVIDENCE_EU_IMPORTS,
             partner="European Union"),
        fact("United Kingdom", "balance", "value", -36.5e9, "GBP", THIRD_QUARTER, "36.5 billion",
             "pushing the goods deficit with the EU up to 36.5 billion pounds", partner="European Union"),
        fact("United Kingdom", "exports", "growth", 1.6, "percent", THIRD_QUARTER, "1.6", EVIDENCE_NON_EU_EXPORTS,
             partner=NON_EU, basis="qoq"),
        fact("United Kingdom", "exports", "value", 52.7e9, "GBP", THIRD_QUARTER, "52.7 billion", EVIDENCE_NON_EU_EXPORTS,
             partner=NON_EU),
        fact("United Kingdom", "imports", "growth", 1.3, "percent", THIRD_QUARTER, "1.3", EVIDENCE_NON_EU_IMPORTS,
             partner=NON_EU, basis="qoq"),
        fact("United Kingdom", "imports", "value", 77.0e9, "GBP", THIRD_QUARTER, "77.0 billion", EVIDENCE_NON_EU_IMPORTS,
             partner=NON_EU),
        fact("United Kingdom", "balance", "value", -19.6e9, "GBP", SEPTEMBER, "19.6 billion", EVIDENCE_MONTHLY),
        fact("United Kingdom", "balance", "value", -21.3e9, "GBP", AUGUST, "21.3 billion", EVIDENCE_MONTHLY),
        fact("United Kingdom", "balance", "value", -27.8e9, "GBP", TWELVE_MONTHS_TO_SEPTEMBER, "27.8 billion",
             "the overall trade deficit shrank by 4.4 billion pounds to 27.8 billion pounds", product=GOODS_AND_SERVICES),
    ],
}
