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
    "The gap between what the UK buys from the rest of the world and what it sells abroad, counting both goods and "
    "services, grew by £4bn to £6.7bn over the period"
)
GOODS_GAP = "The deficit on goods alone rose by £3.9bn to £60.5bn"
SERVICES = "the surplus Britain earns from selling services – from insurance and legal advice to tourism – was estimated to be unchanged at £53.8bn"
OCTOBER = (
    "Taking October on its own, goods exports jumped 5.2% on the month to £30.9bn and imports rose 1.5% to £50.8bn, "
    "leaving a monthly goods deficit of £19.9bn"
)
EU_TRADE = (
    "Compared with September, exports to the EU edged up 1.7% to £14.7bn and imports from the bloc were 1.2% higher "
    "at £26.8bn, leaving a deficit of £12.1bn with Britain's largest trading partner"
)
NON_EU_TRADE = (
    "Sales to countries outside the EU did better, jumping 8.6% to £16.2bn, while imports from them increased 1.9% to £24bn"
)
US_EXPORTS = (
    "Goods exports to Britain's biggest single-country market rose by 27%, or £1.1bn, to £5.2bn between September "
    "and October"
)
US_IMPORTS = "while imports from the US surged by 52%"
PRECIOUS = "Exports of precious metals themselves climbed to £3.4bn in October from £1.9bn in September"
YOY = (
    "Compared with October last year, total exports of goods and services were 1.1% lower, while imports were 6.5% higher"
)

ARTICLE = {
    "id": "dZ2_06_guardian_uk_trade_oct",
    "title": "UK trade deficit widens as imports outstrip rebound in sales to US",
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
        "product null. 'Exports of precious metals themselves' is product 'precious metals', October £3.4bn and "
        "September £1.9bn (the comparison month stated as its own observation).",
        "Month-on-month: 'on the month' in the October sentence (exports 5.2%, imports 1.5%); 'Compared with "
        "September' opens the EU paragraph and carries to the non-EU sentence; 'between September and October' for "
        "US exports, and the US imports 52% in the same sentence.",
        "'Compared with October last year ... 1.1% lower ... 6.5% higher': yoy, period October 2025, product "
        "'goods and services' ('total exports of goods and services').",
        "'Britain's largest trading partner' (the EU, named in the same sentence) = rank 1, flow total, period "
        "October 2025. 'Britain's biggest single-country market' refers to the US of the sentence before ('The "
        "rebound was led by the US'): rank 1, exports, partner United States.",
        "'imports from the bloc' = imports from the EU; 'countries outside the EU' and 'imports from them' = partner "
        "'non-EU countries'. The £12.1bn deficit is with the EU.",
        "Out: analysts' 'about £19bn' (forecast), GDP -0.1%, the economist's '0.4 percentage points' and "
        "'roughly 15% below ... next year' (forecasts), the 10% US tariff, 'each of the two previous months' (streak).",
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
