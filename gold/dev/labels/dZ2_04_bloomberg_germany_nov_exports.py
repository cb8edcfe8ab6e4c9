from _fact import fact, period

NOV = period(2025, 11)
OCT = period(2025, 10)
NOV_2024 = period(2024, 11)
JAN_NOV = period(2025, 1, 11)
DE = "Germany"
US = "United States"
EU = "European Union"
CN = "China"
NON_EU = "non-EU countries"

HEADLINE = "exports fell 2.5% from October"
IMPORTS_SURPLUS = (
    "With imports up 0.8%, the adjusted trade surplus narrowed to €13.1 billion ($15.3 billion) "
    "from €17.2 billion a month earlier"
)
LEVELS = "November exports came to €128.1 billion and imports to €115.1 billion"
YOY = "Compared with November 2024, exports were down 0.8% and imports up 5.4%"
SURPLUS_2024 = "twelve months earlier the surplus had stood at €20 billion"
US_LEVEL = (
    "Purchases of German goods by the US, which remains Germany's single biggest customer, came to €10.8 billion, "
    "down 4.2% from October and 22.9% lower than a year before"
)
US_SHARE = "That was equal to roughly 8.4% of total exports"
EU_EXPORTS = "exports to other EU member states fell 4.2% on the month to €73.1 billion"
RESPECTIVELY = (
    "Sales to euro-area members and to EU countries that do not use the euro fell 3.9% and 4.8%, respectively"
)
NON_EU_EXPORTS = "Outside the bloc, demand proved more resilient: exports there eased only 0.2% to €55.1 billion"
CN_EXPORTS = "German exports to the world's second-largest economy grew 3.4% from October to €6.5 billion"
CN_IMPORTS = "imports from there up 8% at €14.9 billion"
IMPORTS_BY_REGION = (
    "imports from countries outside the EU rose 6.3% on the month, whereas imports from inside the bloc dropped 4%"
)
YTD = (
    "On an unadjusted basis, exports for January through November 2025 added up to €1.43 trillion, 0.3% more than in "
    "the corresponding period of 2024"
)

ARTICLE = {
    "id": "dZ2_04_bloomberg_germany_nov_exports",
    "title": "Weaker US Sales Drag German Exports to Surprise Decline",
    "publisher": "Bloomberg",
    "published": "2026-01-09",
    "notes": [
        "Publisher Bloomberg from the wire opener '(Bloomberg) --'.",
        "Published Friday 2026-01-09 (Destatis release for November 2025); the text gives the weekday only, so the "
        "running period November 2025 comes from the published date.",
        "Month-on-month: 'from October' (headline exports, China exports), 'on the month' (EU exports, imports by "
        "region), 'down 4.2% from October' (US). The imports 0.8% sits in the paragraph whose frame 'from October' "
        "opens it: mom. Paragraph 5 opens with 'on the month', so the euro-area/non-euro 'respectively' pair and the "
        "non-EU 0.2% carry mom. The China paragraph sets 'from October' before 'up 8%' and the regional import "
        "figures (which also say 'on the month'): mom.",
        "'Compared with November 2024, exports were down 0.8% and imports up 5.4%' and '22.9% lower than a year "
        "before': yoy, period November 2025 (the comparison base is not the period).",
        "Surpluses: €13.1 billion November 2025 and its dollar conversion '($15.3 billion)' (separate USD fact, exact: "
        "no 'about'); €17.2 billion 'a month earlier' = October 2025; €20 billion 'twelve months earlier' = November 2024.",
        "'Germany's single biggest customer' = rank 1 of the United States among export destinations (exports), "
        "period November 2025. 'the world's second-largest economy' is a GDP rank of China, not a trade rank: out.",
        "'roughly 8.4% of total exports' = share of the US in German exports, approx. 'before ... tariffs began to bite, "
        "the share was above 10%' has no calendar period the record can express: out.",
        "'EU countries that do not use the euro' has no canonical partner name; written as 'EU countries outside the "
        "euro area'. Exports 'Outside the bloc' / imports 'from countries outside the EU' use partner 'non-EU countries' "
        "(Destatis 'third countries'). 'the bloc' in the import sentence is the EU.",
        "'exports to the UK also declined' gives no number: nothing to label. 'less than half the value of German "
        "purchases from China' is a derived comparison with no number: out.",
        "Forecasts and non-trade figures out: Bloomberg survey 'hold steady' and '€16.4 billion' surplus, the economist's "
        "first-quarter view and '0.2 percentage points' from growth, 15% US tariff, industrial production 0.8%, factory "
        "orders 5.6%, €500 billion infrastructure fund; 'lowest level since December 2022' is a milestone.",
        "First 11 months of 2025 (unadjusted): exports €1.43 trillion and +0.3% yoy, period 2025-01..2025-11.",
    ],
    "facts": [
        fact(DE, "exports", "growth", -2.5, "percent", NOV, "2.5", HEADLINE, basis="mom"),
        fact(DE, "imports", "growth", 0.8, "percent", NOV, "0.8", IMPORTS_SURPLUS, basis="mom"),
        fact(DE, "balance", "value", 13.1e9, "EUR", NOV, "13.1 billion", IMPORTS_SURPLUS),
        fact(DE, "balance", "value", 15.3e9, "USD", NOV, "15.3 billion", IMPORTS_SURPLUS),
        fact(DE, "balance", "value", 17.2e9, "EUR", OCT, "17.2 billion", IMPORTS_SURPLUS),
        fact(DE, "exports", "value", 128.1e9, "EUR", NOV, "128.1 billion", LEVELS),
        fact(DE, "imports", "value", 115.1e9, "EUR", NOV, "115.1 billion", LEVELS),
        fact(DE, "exports", "growth", -0.8, "percent", NOV, "0.8", YOY),
        fact(DE, "imports", "growth", 5.4, "percent", NOV, "5.4", YOY),
        fact(DE, "balance", "value", 20e9, "EUR", NOV_2024, "20 billion", SURPLUS_2024),
        fact(DE, "exports", "rank", 1, "number", NOV, "biggest", US_LEVEL, partner=US),
        fact(DE, "exports", "value", 10.8e9, "EUR", NOV, "10.8 billion", US_LEVEL, partner=US),
        fact(DE, "exports", "growth", -4.2, "percent", NOV, "4.2", US_LEVEL, partner=US, basis="mom"),
        fact(DE, "exports", "growth", -22.9, "percent", NOV, "22.9", US_LEVEL, partner=US),
        fact(DE, "exports", "share", 8.4, "percent", NOV, "8.4", US_SHARE, partner=US, qualifier="approx"),
        fact(DE, "exports", "growth", -4.2, "percent", NOV, "4.2", EU_EXPORTS, partner=EU, basis="mom"),
        fact(DE, "exports", "value", 73.1e9, "EUR", NOV, "73.1 billion", EU_EXPORTS, partner=EU),
        fact(DE, "exports", "growth", -3.9, "percent", NOV, "3.9", RESPECTIVELY, partner="Euro area", basis="mom"),
        fact(DE, "exports", "growth", -4.8, "percent", NOV, "4.8", RESPECTIVELY,
             partner="EU countries outside the euro area", basis="mom"),
        fact(DE, "exports", "growth", -0.2, "percent", NOV, "0.2", NON_EU_EXPORTS, partner=NON_EU, basis="mom"),
        fact(DE, "exports", "value", 55.1e9, "EUR", NOV, "55.1 billion", NON_EU_EXPORTS, partner=NON_EU),
        fact(DE, "exports", "growth", 3.4, "percent", NOV, "3.4", CN_EXPORTS, partner=CN, basis="mom"),
        fact(DE, "exports", "value", 6.5e9, "EUR", NOV, "6.5 billion", CN_EXPORTS, partner=CN),
        fact(DE, "imports", "growth", 8, "percent", NOV, "8", CN_IMPORTS, partner=CN, basis="mom"),
        fact(DE, "imports", "value", 14.9e9, "EUR", NOV, "14.9 billion", CN_IMPORTS, partner=CN),
        fact(DE, "imports", "growth", 6.3, "percent", NOV, "6.3", IMPORTS_BY_REGION, partner=NON_EU, basis="mom"),
        fact(DE, "imports", "growth", -4, "percent", NOV, "4", IMPORTS_BY_REGION, partner=EU, basis="mom"),
        fact(DE, "exports", "value", 1.43e12, "EUR", JAN_NOV, "1.43 trillion", YTD),
        fact(DE, "exports", "growth", 0.3, "percent", JAN_NOV, "0.3", YTD),
    ],
}
