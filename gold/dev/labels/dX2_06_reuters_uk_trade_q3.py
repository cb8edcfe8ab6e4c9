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
    "goods exports dropped 3.1% from the April-June quarter and imports rose 0.4%, so the third-quarter goods deficit "
    "grew by £3.0 billion to £59.6 billion"
)
SERVICES_SURPLUS = "The surplus on services increased by £0.9 billion to £48.7 billion"
SERVICES_EXPORTS = "services exports grew 1.2% quarter on quarter"
TOTAL_DEFICIT = "the overall trade deficit, goods and services together, stood at £10.9 billion"
EX_PM = (
    "the goods deficit grew by £1.8 billion to £55.1 billion, and on the same basis the total trade gap came to £6.4 "
    "billion"
)
REGIONS = (
    "Britain's quarterly deficit in goods with the European Union rose to £35.9 billion, and its shortfall with "
    "countries outside the EU was £23.7 billion"
)
SEPT_FLOWS = (
    "In September alone, goods exports slumped 5.5% from August to £29.4 billion ($38.6 billion) and imports declined "
    "2.0% to £50.1 billion"
)
SEPT_BALANCE = "The goods deficit for the month thus came to £20.7 billion, compared with £20.0 billion in August"
EU_EXPORTS = "Over the month, sales to the EU dropped 2.7% to £14.4 billion, or 49% of total goods exports"
NON_EU_EXPORTS = "exports to countries outside the EU slumped 8.0% to £15.0 billion"
US_MONTH = (
    "goods exports to the United States, the largest single-country market for British exports, down 11.4% from August"
)
US_QUARTER = "In the July-September period, exports to the U.S. were down 16.3% on a year earlier"

ARTICLE = {
    "id": "dX2_06_reuters_uk_trade_q3",
    "title": "Slump in U.S.-bound exports widens Britain's third-quarter goods trade deficit",
    "publisher": "Reuters",
    "published": "2025-11-13",
    "notes": [
        "Dateline 'Nov 13' without a year: 2025 from the published date. Two running periods: the three months to "
        "September (third quarter, 2025-07..2025-09) and September alone (2025-09).",
        "'from the April-June quarter' and 'quarter on quarter' are quarter-on-quarter: basis qoq.",
        "Absolute changes of balances ('grew by £3.0 billion', 'increased by £0.9 billion', '£2.1 billion larger', 'grew "
        "by £1.8 billion') are neither a level nor a percent growth: out (comparisons derived from other figures).",
        "Services surplus: balance, product 'services', positive. Total trade ('goods and services together'): product "
        "'goods and services', negative.",
        "Precious metals excluded: the record has no exclusion field; the restriction is written into product in the text's "
        "words ('goods excluding precious metals', 'goods and services excluding precious metals') so that the ex-metals "
        "figures do not collide with the headline ones. 'on the same basis the total trade gap' carries 'Leaving out precious "
        "metals' from the sentence's opening clause. Guide question.",
        "Countries outside the EU: partner 'Non-EU countries' (the text's group; no canonical name in the guide's list).",
        "September sentence: 'from August' makes exports (-5.5) mom, and imports (-2.0) in the same sentence carry it. "
        "'Over the month' makes the EU figure mom; the non-EU figure in the same sentence carries it. 'from August' makes the US drop mom.",
        "'£29.4 billion ($38.6 billion)': the same observation in dollars, a separate USD fact, exact (no 'about').",
        "August's monthly goods deficit (£20.0 billion) is a stated observation of August: period 2025-08.",
        "'or 49% of total goods exports': share of EU in UK goods exports, September 2025.",
        "'the largest single-country market for British exports': rank 1, exports, partner United States, with the sentence's "
        "period (September 2025).",
        "US exports 'In the July-September period' 'down ... on a year earlier': yoy, period Q3 2025.",
        "Out: 'a near four-year low', 'the weakest since January 2022' (milestones); 10% baseline tariff; GDP 0.1%; "
        "0.3 percentage points (contribution); five weeks of shutdown; economist's 15% to 20% rebound (forecast).",
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
