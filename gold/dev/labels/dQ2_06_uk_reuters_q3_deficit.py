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

EVIDENCE_TOTAL = "The total deficit in goods and services widened by 2.1 billion pounds to 7.4 billion pounds ($9.7 billion)"
EVIDENCE_GOODS_BALANCE = "The goods trade deficit widened to 60.8 billion pounds from 57.9 billion pounds in the second quarter"
EVIDENCE_SERVICES_BALANCE = "the surplus in services trade edged up to 53.4 billion pounds from 52.6 billion pounds"
EVIDENCE_GOODS_IMPORTS = "Imports of goods rose 1.6% from the previous quarter to 158.6 billion pounds"
EVIDENCE_GOODS_EXPORTS = "goods exports slipped 0.4% to 97.8 billion pounds"
EVIDENCE_SERVICES_EXPORTS = "Services exports grew 1.1% to 131.9 billion pounds."
EVIDENCE_PRECIOUS = "jumped to 6.2 billion pounds in the quarter from 3.8 billion pounds in the three months to June"
EVIDENCE_EU_EXPORTS = "Compared with the second quarter, goods exports to the EU fell 2.7% to 45.1 billion pounds"
EVIDENCE_EU_IMPORTS = "goods imports from the bloc rose 1.9% to 81.6 billion pounds"
EVIDENCE_NON_EU_EXPORTS = "Exports to countries outside the EU increased 1.6% on the quarter to 52.7 billion pounds"
EVIDENCE_NON_EU_IMPORTS = "Imports from non-EU countries rose 1.3% to 77.0 billion pounds."
EVIDENCE_MONTHLY = "the goods trade deficit narrowed to 19.6 billion pounds from 21.3 billion pounds in August"

ARTICLE = {
    "id": "dQ2_06_uk_reuters_q3_deficit",
    "title": "UK trade deficit widens in third quarter as precious metals imports jump",
    "publisher": "Reuters",
    "published": "2025-11-13",
    "notes": [
        "Dateline 'LONDON, Nov 13 (Reuters)' has no year: 'the three months to September'/'third quarter' = 2025-07/2025-09 from published 2025-11-13.",
        "Goods-only figures carry product null; services product 'services'; the total balance product 'goods and services'.",
        "'Excluding precious metals' figures: product 'goods and services excluding precious metals' (total deficit 5.9bn) and "
        "'goods excluding precious metals' (goods deficit 59.3bn, 'Stripping them out').",
        "Absolute changes ('widened by 2.1 billion pounds', 'narrowed by 4.4 billion pounds') are changes in money, not percent growth: out.",
        "'$9.7 billion' converts the total deficit at the stated ($1 = 0.7612 pounds): a separate USD balance fact, negative, qualifier exact.",
        "Previous-quarter levels ('from 57.9 billion pounds in the second quarter', 'from 52.6 billion pounds', "
        "'from 3.8 billion pounds in the three months to June') are labelled for Q2 2025.",
        "Growth: 'from the previous quarter' sets a qoq frame for the goods/services paragraph (1.6, -0.4, 1.1); the EU paragraph opens "
        "'Compared with the second quarter' (qoq); the non-EU paragraph says 'on the quarter', carried to the imports figure (1.3).",
        "Partner 'European Union' ('the EU', 'the bloc'); 'countries outside the EU'/'non-EU countries' -> partner 'Non-EU countries'. "
        "EU and non-EU figures are goods trade (product null).",
        "Precious metals imports (mostly non-monetary gold): product 'precious metals'.",
        "Monthly: September 2025 goods deficit 19.6bn and August 21.3bn ('In September alone').",
        "'Over the 12 months to September' -> period 2024-10/2025-09, total (goods and services) deficit 27.8bn.",
        "Out of scope: Reuters poll forecast 20.5bn, US tariff rates 10% and 27.5%, GDP growth 0.1%, net trade -0.3 percentage points; "
        "the ONS statistician's quote carries no figure.",
    ],
    "facts": [
        fact("United Kingdom", "balance", "value", -7.4e9, "GBP", THIRD_QUARTER, "7.4 billion", EVIDENCE_TOTAL,
             product=GOODS_AND_SERVICES),
        fact("United Kingdom", "balance", "value", -9.7e9, "USD", THIRD_QUARTER, "9.7 billion", EVIDENCE_TOTAL,
             product=GOODS_AND_SERVICES),
        fact("United Kingdom", "balance", "value", -5.9e9, "GBP", THIRD_QUARTER, "5.9 billion",
             "the total trade deficit narrowed slightly to 5.9 billion pounds", product=TOTAL_EX_PRECIOUS),
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
             "Stripping them out, the goods deficit widened to 59.3 billion pounds.", product=GOODS_EX_PRECIOUS),
        fact("United Kingdom", "exports", "growth", -2.7, "percent", THIRD_QUARTER, "2.7", EVIDENCE_EU_EXPORTS,
             partner="European Union", basis="qoq"),
        fact("United Kingdom", "exports", "value", 45.1e9, "GBP", THIRD_QUARTER, "45.1 billion", EVIDENCE_EU_EXPORTS,
             partner="European Union"),
        fact("United Kingdom", "imports", "growth", 1.9, "percent", THIRD_QUARTER, "1.9", EVIDENCE_EU_IMPORTS,
             partner="European Union", basis="qoq"),
        fact("United Kingdom", "imports", "value", 81.6e9, "GBP", THIRD_QUARTER, "81.6 billion", EVIDENCE_EU_IMPORTS,
             partner="European Union"),
        fact("United Kingdom", "balance", "value", -36.5e9, "GBP", THIRD_QUARTER, "36.5 billion",
             "widening the goods deficit with the EU to 36.5 billion pounds", partner="European Union"),
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
             "the total trade deficit narrowed by 4.4 billion pounds to 27.8 billion pounds", product=GOODS_AND_SERVICES),
    ],
}
