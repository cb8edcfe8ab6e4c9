from _fact import fact, period

FIRST_THREE_QUARTERS = period(2025, 1, 9)
SEPTEMBER = period(2025, 9)

E_TOTAL = (
    "the province's total import and export value reached 648.3 billion yuan, an increase of 19.7% year on year, "
    "15.7 percentage points higher than the national growth rate and ranking ninth nationwide"
)
E_FLOWS = "Of this, exports were 415.6 billion yuan, up 24.3%, and imports were 232.7 billion yuan, up 12.3%"
E_SEPT = "In September alone, the province's imports and exports amounted to 86.93 billion yuan, up 8.2% year on year"
E_ZHENGZHOU = "the provincial capital's import and export value was 451.96 billion yuan, up 23.5%, accounting for 69.7% of the provincial total"
E_CITIES = "Luoyang and Jiyuan followed, with import and export values of 28.34 billion yuan and 21.06 billion yuan respectively"
E_PRIVATE = "Private enterprises imported and exported 262.5 billion yuan, up 14.8% and accounting for 40.5% of the province's total"
E_PARTNERS = (
    "ASEAN, the United States and the European Union were Henan's top three trading partners during the period, "
    "with trade values of 88.65 billion yuan, 79.4 billion yuan and 76.12 billion yuan respectively"
)
E_BRI = "Henan's trade with Belt and Road partner countries reached 315.8 billion yuan, up 22.3%"
E_MECH = (
    "Henan exported mechanical and electrical products worth 331.4 billion yuan, up 27.1% and accounting for 79.7% "
    "of the province's total exports"
)
E_PHONES = "Of which, mobile phones were exported at 182.6 billion yuan, up 31.2%"
MECH = "mechanical and electrical products"

ARTICLE = {
    "id": "dO1_05_henan_gov_q1q3_2025",
    "title": "Henan's foreign trade grows 19.7% in first three quarters, ranking ninth nationwide",
    "publisher": "The People's Government of Henan Province",
    "published": "2025-10-24",
    "notes": [
        "Running period: the first three quarters of 2025 (2025-01/2025-09), stated in the text; 'In September alone' is 2025-09.",
        "The headline restates the body's 19.7% growth and ninth rank: labelled once, with the body sentence as evidence.",
        "'ranking ninth nationwide' labelled as rank 9 of Henan's total trade; 'first in Central China' is a rank within a region "
        "that the record cannot express: not labelled.",
        "'15.7 percentage points higher than the national growth rate': percentage-point comparison, out.",
        "'12,806 enterprises in Henan had import and export records' labelled as a count, segment foreign trade enterprises; "
        "'893 more than in the same period last year' is a derived difference: out.",
        "Top three trading partners ASEAN, United States, EU: the order of the roster is an implied rank, not labelled; the three "
        "values are labelled from the 'respectively' list.",
        "'Of which, mobile phones' is a sub-item of mechanical and electrical exports: product 'mobile phones', exports.",
        "Foreign-invested enterprises' 352.1 billion yuan labelled as a value with segment foreign-invested enterprises, period Q1-Q3.",
        "Out of scope, not labelled: '18 cities', the full-year expectation 'above 800 billion yuan' (a forecast), "
        "China-Europe Railway Express 'more than 1,900 trips', airport cargo throughput '610,000 tonnes, up 13.4%' "
        "(freight handled, not a trade flow), 'highest monthly level so far this year'.",
        "Qualitative growth without numbers (automobiles, new three, Korea, Latin America, Africa, integrated circuits): nothing to label.",
    ],
    "facts": [
        fact("Henan", "total", "value", 648.3e9, "CNY", FIRST_THREE_QUARTERS, "648.3 billion", E_TOTAL),
        fact("Henan", "total", "growth", 19.7, "percent", FIRST_THREE_QUARTERS, "19.7", E_TOTAL),
        fact("Henan", "total", "rank", 9, "number", FIRST_THREE_QUARTERS, "ninth", E_TOTAL),
        fact("Henan", "exports", "value", 415.6e9, "CNY", FIRST_THREE_QUARTERS, "415.6 billion", E_FLOWS),
        fact("Henan", "exports", "growth", 24.3, "percent", FIRST_THREE_QUARTERS, "24.3", E_FLOWS),
        fact("Henan", "imports", "value", 232.7e9, "CNY", FIRST_THREE_QUARTERS, "232.7 billion", E_FLOWS),
        fact("Henan", "imports", "growth", 12.3, "percent", FIRST_THREE_QUARTERS, "12.3", E_FLOWS),
        fact("Henan", "total", "value", 86.93e9, "CNY", SEPTEMBER, "86.93 billion", E_SEPT),
        fact("Henan", "total", "growth", 8.2, "percent", SEPTEMBER, "8.2", E_SEPT),
        fact("Zhengzhou", "total", "value", 451.96e9, "CNY", FIRST_THREE_QUARTERS, "451.96 billion", E_ZHENGZHOU),
        fact("Zhengzhou", "total", "growth", 23.5, "percent", FIRST_THREE_QUARTERS, "23.5", E_ZHENGZHOU),
        fact("Zhengzhou", "total", "share", 69.7, "percent", FIRST_THREE_QUARTERS, "69.7", E_ZHENGZHOU),
        fact("Luoyang", "total", "value", 28.34e9, "CNY", FIRST_THREE_QUARTERS, "28.34 billion", E_CITIES),
        fact("Jiyuan", "total", "value", 21.06e9, "CNY", FIRST_THREE_QUARTERS, "21.06 billion", E_CITIES),
        fact(
            "Henan",
            "total",
            "count",
            12806,
            "number",
            FIRST_THREE_QUARTERS,
            "12,806",
            "12,806 enterprises in Henan had import and export records",
            segment="foreign trade enterprises",
        ),
        fact(
            "Henan",
            "total",
            "value",
            262.5e9,
            "CNY",
            FIRST_THREE_QUARTERS,
            "262.5 billion",
            E_PRIVATE,
            segment="private enterprises",
        ),
        fact(
            "Henan",
            "total",
            "growth",
            14.8,
            "percent",
            FIRST_THREE_QUARTERS,
            "14.8",
            E_PRIVATE,
            segment="private enterprises",
        ),
        fact(
            "Henan",
            "total",
            "share",
            40.5,
            "percent",
            FIRST_THREE_QUARTERS,
            "40.5",
            E_PRIVATE,
            segment="private enterprises",
        ),
        fact(
            "Henan",
            "total",
            "value",
            352.1e9,
            "CNY",
            FIRST_THREE_QUARTERS,
            "352.1 billion",
            "Foreign-invested enterprises, led by electronics makers in the Zhengzhou Airport Economy Zone, recorded 352.1 billion yuan",
            segment="foreign-invested enterprises",
        ),
        fact(
            "Henan",
            "total",
            "value",
            88.65e9,
            "CNY",
            FIRST_THREE_QUARTERS,
            "88.65 billion",
            E_PARTNERS,
            partner="ASEAN",
        ),
        fact(
            "Henan",
            "total",
            "value",
            79.4e9,
            "CNY",
            FIRST_THREE_QUARTERS,
            "79.4 billion",
            E_PARTNERS,
            partner="United States",
        ),
        fact(
            "Henan",
            "total",
            "value",
            76.12e9,
            "CNY",
            FIRST_THREE_QUARTERS,
            "76.12 billion",
            E_PARTNERS,
            partner="European Union",
        ),
        fact(
            "Henan",
            "total",
            "growth",
            15.3,
            "percent",
            FIRST_THREE_QUARTERS,
            "15.3",
            "Trade with ASEAN rose 15.3%",
            partner="ASEAN",
        ),
        fact(
            "Henan",
            "total",
            "value",
            315.8e9,
            "CNY",
            FIRST_THREE_QUARTERS,
            "315.8 billion",
            E_BRI,
            partner="Belt and Road partner countries",
        ),
        fact(
            "Henan",
            "total",
            "growth",
            22.3,
            "percent",
            FIRST_THREE_QUARTERS,
            "22.3",
            E_BRI,
            partner="Belt and Road partner countries",
        ),
        fact("Henan", "exports", "value", 331.4e9, "CNY", FIRST_THREE_QUARTERS, "331.4 billion", E_MECH, product=MECH),
        fact("Henan", "exports", "growth", 27.1, "percent", FIRST_THREE_QUARTERS, "27.1", E_MECH, product=MECH),
        fact("Henan", "exports", "share", 79.7, "percent", FIRST_THREE_QUARTERS, "79.7", E_MECH, product=MECH),
        fact(
            "Henan",
            "exports",
            "value",
            182.6e9,
            "CNY",
            FIRST_THREE_QUARTERS,
            "182.6 billion",
            E_PHONES,
            product="mobile phones",
        ),
        fact(
            "Henan",
            "exports",
            "growth",
            31.2,
            "percent",
            FIRST_THREE_QUARTERS,
            "31.2",
            E_PHONES,
            product="mobile phones",
        ),
    ],
}
