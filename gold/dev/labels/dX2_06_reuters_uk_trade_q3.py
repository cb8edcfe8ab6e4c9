from _fact import fact, period

Q3 = period(2025, 7, 9)
SEPTEMBER = period(2025, 9)
AUGUST = period(2025, 8)
UK = "United Kingdom"
EU = "European Union"
NON_EU = "Non-EU countries"
US = "United States"
GS = "goods and services"
GOODS_EX_PM = "goods excluding precious metals"
GS_EX_PM = "goods and services excluding precious metals"

QUARTER_GOODS = (
    "the goods trade deficit widened by £3.0 billion to £59.6 billion in the third quarter, as goods exports fell 3.1% "
    "compared with the April-June period and imports edged up 0.4%"
)
SERVICES_SURPLUS = "The services surplus rose by £0.9 billion to £48.7 billion"
SERVICES_EXPORTS = "with services exports up 1.2% on the quarter"
TOTAL_DEFICIT = "leaving the total trade deficit - goods and services combined - at £10.9 billion"
EX_PM = (
    "the goods deficit widened by £1.8 billion to £55.1 billion, while the total trade gap on that measure was £6.4 billion"
)
REGIONS = (
    "the quarterly goods deficit with the European Union widened to £35.9 billion, while the shortfall with non-EU "
    "countries stood at £23.7 billion"
)
SEPT_FLOWS = (
    "Compared with August, goods exports tumbled 5.5% in September alone to £29.4 billion ($38.6 billion), while imports "
    "fell 2.0% to £50.1 billion"
)
SEPT_BALANCE = "That left a monthly goods deficit of £20.7 billion, up from £20.0 billion in August"
EU_EXPORTS = "Exports to the EU fell 2.7% to £14.4 billion over the month, accounting for 49% of all goods sold abroad"
NON_EU_EXPORTS = "shipments to non-EU countries slid 8.0% to £15.0 billion"
US_MONTH = (
    "Goods exports to the United States, Britain's largest single-country export market, dropped 11.4% from August"
)
US_QUARTER = "Over the three months to September, exports to the U.S. were 16.3% lower than a year earlier"

ARTICLE = {
    "id": "dX2_06_reuters_uk_trade_q3",
    "title": "UK goods trade gap widens in third quarter as exports to U.S. slump",
    "publisher": "Reuters",
    "published": "2025-11-13",
    "notes": [
        "Dateline 'Nov 13' without a year: 2025 from the published date. Two running periods: the three months to "
        "September (third quarter, 2025-07..2025-09) and September alone (2025-09).",
        "'compared with the April-June period' and 'on the quarter' are quarter-on-quarter: basis qoq.",
        "Absolute changes of balances ('widened by £3.0 billion', 'rose by £0.9 billion', '£2.1 billion wider', 'widened "
        "by £1.8 billion') are neither a level nor a percent growth: out (comparisons derived from other figures).",
        "Services surplus: balance, product 'services', positive. Total trade ('goods and services combined'): product "
        "'goods and services', negative.",
        "Precious metals excluded: the record has no exclusion field; the restriction is written into product in the text's "
        "words ('goods excluding precious metals', 'goods and services excluding precious metals') so that the ex-metals "
        "figures do not collide with the headline ones. 'the total trade gap on that measure' carries 'Excluding precious "
        "metals' from the sentence's opening clause. Guide question.",
        "Non-EU countries: partner 'Non-EU countries' (the text's group; no canonical name in the guide's list).",
        "September paragraph opens 'Compared with August': mom for exports (-5.5) and imports (-2.0). 'over the month' "
        "makes the EU figure mom; the non-EU figure in the same sentence carries it. 'from August' makes the US drop mom.",
        "'£29.4 billion ($38.6 billion)': the same observation in dollars, a separate USD fact, exact (no 'about').",
        "August's monthly goods deficit (£20.0 billion) is a stated observation of August: period 2025-08.",
        "'accounting for 49% of all goods sold abroad': share of EU in UK goods exports, September 2025.",
        "'Britain's largest single-country export market': rank 1, exports, partner United States, with the sentence's "
        "period (September 2025).",
        "US exports over the three months to September 'lower than a year earlier': yoy, period Q3 2025.",
        "Out: 'lowest in nearly four years', 'weakest since January 2022' (milestones); 10% baseline tariff; GDP 0.1%; "
        "0.3 percentage points (contribution); five-week shutdown; economist's 15% to 20% rebound (forecast).",
    ],
    "facts": [
        fact(UK, "balance", "value", -59.6e9, "GBP", Q3, "59.6 billion", QUARTER_GOODS),
        fact(UK, "exports", "growth", -3.1, "percent", Q3, "3.1", QUARTER_GOODS, basis="qoq"),
        fact(UK, "imports", "growth", 0.4, "percent", Q3, "0.4", QUARTER_GOODS, basis="qoq"),
        fact(UK, "balance", "value", 48.7e9, "GBP", Q3, "48.7 billion", SERVICES_SURPLUS, product="services"),
        fact(UK, "exports", "growth", 1.2, "percent", Q3, "1.2", SERVICES_EXPORTS, product="services", basis="qoq"),
        fact(UK, "balance", "value", -10.9e9, "GBP", Q3, "10.9 billion", TOTAL_DEFICIT, product=GS),
        fact(UK, "balance", "value", -55.1e9, "GBP", Q3, "55.1 billion", EX_PM, product=GOODS_EX_PM),
        fact(UK, "balance", "value", -6.4e9, "GBP", Q3, "6.4 billion", EX_PM, product=GS_EX_PM),
        fact(UK, "balance", "value", -35.9e9, "GBP", Q3, "35.9 billion", REGIONS, partner=EU),
        fact(UK, "balance", "value", -23.7e9, "GBP", Q3, "23.7 billion", REGIONS, partner=NON_EU),
        fact(UK, "exports", "growth", -5.5, "percent", SEPTEMBER, "5.5", SEPT_FLOWS, basis="mom"),
        fact(UK, "exports", "value", 29.4e9, "GBP", SEPTEMBER, "29.4 billion", SEPT_FLOWS),
        fact(UK, "exports", "value", 38.6e9, "USD", SEPTEMBER, "38.6 billion", SEPT_FLOWS),
        fact(UK, "imports", "growth", -2.0, "percent", SEPTEMBER, "2.0", SEPT_FLOWS, basis="mom"),
        fact(UK, "imports", "value", 50.1e9, "GBP", SEPTEMBER, "50.1 billion", SEPT_FLOWS),
        fact(UK, "balance", "value", -20.7e9, "GBP", SEPTEMBER, "20.7 billion", SEPT_BALANCE),
        fact(UK, "balance", "value", -20.0e9, "GBP", AUGUST, "20.0 billion", SEPT_BALANCE),
        fact(UK, "exports", "growth", -2.7, "percent", SEPTEMBER, "2.7", EU_EXPORTS, partner=EU, basis="mom"),
        fact(UK, "exports", "value", 14.4e9, "GBP", SEPTEMBER, "14.4 billion", EU_EXPORTS, partner=EU),
        fact(UK, "exports", "share", 49, "percent", SEPTEMBER, "49", EU_EXPORTS, partner=EU),
        fact(UK, "exports", "growth", -8.0, "percent", SEPTEMBER, "8.0", NON_EU_EXPORTS, partner=NON_EU, basis="mom"),
        fact(UK, "exports", "value", 15.0e9, "GBP", SEPTEMBER, "15.0 billion", NON_EU_EXPORTS, partner=NON_EU),
        fact(UK, "exports", "rank", 1, "number", SEPTEMBER, "largest", US_MONTH, partner=US),
        fact(UK, "exports", "growth", -11.4, "percent", SEPTEMBER, "11.4", US_MONTH, partner=US, basis="mom"),
        fact(UK, "exports", "growth", -16.3, "percent", Q3, "16.3", US_QUARTER, partner=US),
    ],
}
