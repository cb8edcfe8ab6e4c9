from _fact import fact, period

OCT = period(2025, 10)
SEP = period(2025, 9)
AUG_OCT = period(2025, 8, 10)
UK = "United Kingdom"
EU = "European Union"
US = "United States"
NON_EU = "non-EU countries"
GS = "goods and services"

TOTAL_GAP = (
    "the combined goods and services gap — the excess of Britain's purchases from abroad over its sales to other "
    "countries — increasing by £4bn to £6.7bn over the period"
)
GOODS_GAP = "the goods deficit increased by £3.9bn to £60.5bn"
SERVICES = (
    "Britain's services surplus, spanning tourism, insurance and legal advice, was put at an unchanged £53.8bn"
)
OCTOBER = (
    "For October alone, goods exports climbed 5.2% on the month to £30.9bn while imports grew 1.5% to £50.8bn, "
    "producing a goods deficit for the month of £19.9bn"
)
EU_TRADE = (
    "Relative to September, exports to the EU rose 1.7% to £14.7bn while purchases from the bloc increased 1.2% to "
    "£26.8bn, so the deficit with Britain's largest trading partner came to £12.1bn"
)
NON_EU_TRADE = (
    "Exports to countries outside the EU performed better, surging 8.6% to £16.2bn, and imports from those countries "
    "grew 1.9% to £24bn"
)
US_EXPORTS = (
    "Between September and October, the value of goods sent to Britain's biggest single-country market increased by 27%, or "
    "£1.1bn, to £5.2bn"
)
US_IMPORTS = "while imports from the US soared by 52%"
PRECIOUS = "Precious metals exports in their own right increased to £3.4bn in October, up from £1.9bn in September"
YOY = "Against October of last year, combined goods and services exports were down 1.1%, and imports were up 6.5%"

ARTICLE = {
    "id": "dZ2_06_guardian_uk_trade_oct",
    "title": "Imports outpace recovery in US sales, pushing UK trade gap wider",
    "publisher": "The Guardian",
    "published": "2025-12-12",
    "notes": [
        "Publisher 'The Guardian' from 'told the Guardian' in the text (no dateline in Guardian copy).",
        "Published 2025-12-12 (ONS UK trade release for October 2025). 'the three months to October' = 2025-08..2025-10; "
        "'over the period' in paragraph 2 and the goods/services balances of paragraph 3 carry that three-month period.",
        "Balances: the total goods-and-services gap (product 'goods and services') and the goods deficit are negative; "
        "the services surplus (product 'services') is positive. The changes 'by £4bn' and 'by £3.9bn', and the export "
        "change 'or £1.1bn', are absolute changes (derived comparisons the record cannot express): out.",
        "The headline ONS totals exclude precious metals; product stays null for goods (the exclusion is the release's "
        "convention, not a goods category the text restricts to). The US figures include precious metals; still goods, "
        "product null. 'Precious metals exports in their own right' is product 'precious metals', October £3.4bn and "
        "September £1.9bn (the comparison month stated as its own observation).",
        "Month-on-month: 'on the month' in the October sentence (exports 5.2%, imports 1.5%); 'Relative to "
        "September' opens the EU paragraph and carries to the non-EU sentence; 'Between September and October' for "
        "US exports, and the US imports 52% in the same sentence.",
        "'Against October of last year ... down 1.1% ... up 6.5%': yoy, period October 2025, product "
        "'goods and services' ('combined goods and services exports').",
        "'Britain's largest trading partner' (the EU, named in the same sentence) = rank 1, flow total, period "
        "October 2025. 'Britain's biggest single-country market' refers to the US of the sentence before ('The "
        "US drove the recovery'): rank 1, exports, partner United States.",
        "'purchases from the bloc' = imports from the EU; 'countries outside the EU' and 'imports from those countries' = partner "
        "'non-EU countries'. The £12.1bn deficit is with the EU.",
        "Out: analysts' 'roughly £19bn' (forecast), GDP -0.1%, the economist's '0.4 percentage points' and "
        "'roughly 15% below ... next year' (forecasts), the 10% US tariff, 'both of the previous two months' (streak).",
    ],
    "facts": [
        fact(UK, "balance", "value", -6.7e9, "GBP", AUG_OCT, "6.7bn", TOTAL_GAP, product=GS),
        fact(UK, "balance", "value", -60.5e9, "GBP", AUG_OCT, "60.5bn", GOODS_GAP),
        fact(UK, "balance", "value", 53.8e9, "GBP", AUG_OCT, "53.8bn", SERVICES, product="services"),
        fact(UK, "exports", "growth", 5.2, "percent", OCT, "5.2", OCTOBER, basis="mom"),
        fact(UK, "exports", "value", 30.9e9, "GBP", OCT, "30.9bn", OCTOBER),
        fact(UK, "imports", "growth", 1.5, "percent", OCT, "1.5", OCTOBER, basis="mom"),
        fact(UK, "imports", "value", 50.8e9, "GBP", OCT, "50.8bn", OCTOBER),
        fact(UK, "balance", "value", -19.9e9, "GBP", OCT, "19.9bn", OCTOBER),
        fact(UK, "exports", "growth", 1.7, "percent", OCT, "1.7", EU_TRADE, partner=EU, basis="mom"),
        fact(UK, "exports", "value", 14.7e9, "GBP", OCT, "14.7bn", EU_TRADE, partner=EU),
        fact(UK, "imports", "growth", 1.2, "percent", OCT, "1.2", EU_TRADE, partner=EU, basis="mom"),
        fact(UK, "imports", "value", 26.8e9, "GBP", OCT, "26.8bn", EU_TRADE, partner=EU),
        fact(UK, "balance", "value", -12.1e9, "GBP", OCT, "12.1bn", EU_TRADE, partner=EU),
        fact(UK, "total", "rank", 1, "number", OCT, "largest", EU_TRADE, partner=EU),
        fact(UK, "exports", "growth", 8.6, "percent", OCT, "8.6", NON_EU_TRADE, partner=NON_EU, basis="mom"),
        fact(UK, "exports", "value", 16.2e9, "GBP", OCT, "16.2bn", NON_EU_TRADE, partner=NON_EU),
        fact(UK, "imports", "growth", 1.9, "percent", OCT, "1.9", NON_EU_TRADE, partner=NON_EU, basis="mom"),
        fact(UK, "imports", "value", 24e9, "GBP", OCT, "24bn", NON_EU_TRADE, partner=NON_EU),
        fact(UK, "exports", "rank", 1, "number", OCT, "biggest", US_EXPORTS, partner=US),
        fact(UK, "exports", "growth", 27, "percent", OCT, "27", US_EXPORTS, partner=US, basis="mom"),
        fact(UK, "exports", "value", 5.2e9, "GBP", OCT, "5.2bn", US_EXPORTS, partner=US),
        fact(UK, "imports", "growth", 52, "percent", OCT, "52", US_IMPORTS, partner=US, basis="mom"),
        fact(UK, "exports", "value", 3.4e9, "GBP", OCT, "3.4bn", PRECIOUS, product="precious metals"),
        fact(UK, "exports", "value", 1.9e9, "GBP", SEP, "1.9bn", PRECIOUS, product="precious metals"),
        fact(UK, "exports", "growth", -1.1, "percent", OCT, "1.1", YOY, product=GS),
        fact(UK, "imports", "growth", 6.5, "percent", OCT, "6.5", YOY, product=GS),
    ],
}
