from _fact import fact, period

FIRST_THREE_QUARTERS = period(2025, 1, 9)
SEPTEMBER = period(2025, 9)

E_TOTAL = (
    "the province's goods trade totaled 648.3 billion yuan, the ninth-largest in the country and the largest in Central China, "
    "and grew 19.7% year on year"
)
E_FLOWS = "Within that, exports climbed 24.3% to 415.6 billion yuan, while imports advanced 12.3% to 232.7 billion yuan"
E_SEPT = "September's trade of 86.93 billion yuan was 8.2% higher year on year"
E_ZHENGZHOU = "The provincial capital's trade rose 23.5% in January-September to 451.96 billion yuan, 69.7% of Henan's total"
E_CITIES = "Next came Luoyang at 28.34 billion yuan and Jiyuan at 21.06 billion yuan"
E_PRIVATE = "Trade by private enterprises grew 14.8% to 262.5 billion yuan, 40.5% of the provincial total"
E_PARTNERS = (
    "Henan's three biggest partners over the period were ASEAN, the United States and the European Union, "
    "with which it traded 88.65 billion yuan, 79.4 billion yuan and 76.12 billion yuan respectively"
)
E_BRI = "Henan traded 315.8 billion yuan with Belt and Road partner countries, 22.3% more than a year before"
E_MECH = (
    "Mechanical and electrical products made up 79.7% of Henan's exports in the nine months, "
    "with shipments worth 331.4 billion yuan, 27.1% above the previous year"
)
E_PHONES = "Mobile phone exports within that category reached 182.6 billion yuan, a gain of 31.2%"
MECH = "mechanical and electrical products"

ARTICLE = {
    "id": "dO1_05_henan_gov_q1q3_2025",
    "title": "Henan ranks ninth in China as January-September trade rises 19.7%",
    "publisher": "The People's Government of Henan Province",
    "published": "2025-10-24",
    "notes": [
        "Running period: the first three quarters of 2025 (2025-01/2025-09), stated in the text; \"September's trade\" is 2025-09.",
        "The headline restates the body's 19.7% growth and ninth rank: labelled once, with the body sentence as evidence.",
        "'the ninth-largest in the country' labelled as rank 9 of Henan's total trade; 'the largest in Central China' is a rank within a region "
        "that the record cannot express: not labelled.",
        "'outpacing the national rate by 15.7 percentage points': percentage-point comparison, out.",
        "'companies with recorded imports or exports ... came to 12,806' labelled as a count, segment foreign trade enterprises; "
        "'up by 893 from a year earlier' is a derived difference: out.",
        "Top three trading partners ASEAN, United States, EU: the order of the roster is an implied rank, not labelled; the three "
        "values are labelled from the 'respectively' list.",
        "'Mobile phone exports within that category' is a sub-item of mechanical and electrical exports: product 'mobile phones', exports.",
        "Foreign-invested enterprises' 352.1 billion yuan labelled as a value with segment foreign-invested enterprises, period Q1-Q3.",
        "Out of scope, not labelled: '18 cities', the full-year expectation 'exceed 800 billion yuan' (a forecast), "
        "China-Europe Railway Express 'over 1,900 trips', airport cargo throughput '610,000 tonnes of cargo, 13.4% more' "
        "(freight handled, not a trade flow), 'the best month of 2025 so far'.",
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
            "The number of Henan companies with recorded imports or exports in the nine months came to 12,806",
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
            "foreign-invested enterprises, with electronics producers in the Zhengzhou Airport Economy Zone at the forefront, posted 352.1 billion yuan",
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
            "Trade with ASEAN increased 15.3%",
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
