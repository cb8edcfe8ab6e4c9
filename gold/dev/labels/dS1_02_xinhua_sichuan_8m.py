from _fact import fact, period

EIGHT_MONTHS = period(2024, 1, 8)
AUGUST = period(2024, 8)

EVIDENCE_TOTAL = (
    "Foreign trade of southwest China's Sichuan Province grew 5.6 percent year on year to 693.8 billion yuan "
    "(about 97.6 billion U.S. dollars) in the first eight months of this year"
)
EVIDENCE_NATIONAL = (
    "The province's imports and exports made up 2.4 percent of the country's total during the period, "
    "ranking eighth among all provincial-level regions"
)
EVIDENCE_EXPORTS = "Exports rose 9.3 percent to 430.2 billion yuan"
EVIDENCE_IMPORTS = "imports inched up 0.2 percent to 263.6 billion yuan"
EVIDENCE_AUGUST = "In August alone, Sichuan's foreign trade hit 92.4 billion yuan, up 7.9 percent from a year earlier"
EVIDENCE_CITIES = (
    "Chengdu, Yibin and Mianyang remained the top three, with foreign trade values of 541.7 billion yuan, "
    "38.6 billion yuan and 22.5 billion yuan, respectively"
)
EVIDENCE_LAPTOPS = (
    "Sichuan exported 128.6 billion yuan worth of laptops in the eight months, an increase of 10.2 percent, "
    "accounting for 29.9 percent of its total export value"
)
EVIDENCE_PRODUCTS = (
    "Exports of lithium batteries and automobiles grew 5.8 percent and 35.7 percent, respectively, driven by "
    "battery makers in Yibin and carmakers in the Chengdu area, while those of solar cells dropped 21.4 percent"
)
EVIDENCE_PARTNERS = (
    "ASEAN, the United States and the European Union were Sichuan's three biggest trading partners, with imports "
    "and exports of 126.4 billion yuan, 121.3 billion yuan and 98.7 billion yuan, respectively"
)
EVIDENCE_BRI = "The province's trade with Belt and Road partner countries expanded 9.4 percent to 262.1 billion yuan"
EVIDENCE_PRIVATE = (
    "Their imports and exports reached 245.3 billion yuan, up 12.6 percent year on year and representing "
    "35.4 percent of the provincial total"
)

SICHUAN = "Sichuan"
PRIVATE = "private enterprises"

ARTICLE = {
    "id": "dS1_02_xinhua_sichuan_8m",
    "title": "Sichuan's foreign trade up 5.6 pct in first eight months",
    "publisher": "Xinhua",
    "published": "2024-09-20",
    "notes": [
        "Dateline 'CHENGDU, Sept. 20 (Xinhua)' has no year; 'first eight months of this year' takes 2024 from "
        "published: period 2024-01/2024-08.",
        "The dollar conversion of the total ('about 97.6 billion U.S. dollars') is a separate USD fact, approx.",
        "'made up 2.4 percent of the country's total': share of Sichuan's trade in China's total, area Sichuan; "
        "'ranking eighth among all provincial-level regions' is a stated rank (8).",
        "'outpacing the national export growth rate by 2.4 percentage points': out (percentage points).",
        "August figures take period 2024-08; 'the highest monthly figure so far this year' is a record, out.",
        "City 'respectively' list: one value per city (Chengdu, Yibin, Mianyang); 'top three' is an implied rank "
        "and not labelled; Chengdu's 78.1 percent share of the provincial total labelled with area Chengdu.",
        "Laptops: value, growth and share of the province's exports, product 'laptops', flow exports.",
        "Product list with a shared verb: lithium batteries +5.8, automobiles +35.7; solar cells 'dropped' -21.4.",
        "Partners 'respectively' list (ASEAN, United States, European Union): values only; 'three biggest trading "
        "partners' gives no individual rank, so no rank facts.",
        "Belt and Road figure labelled with partner 'Belt and Road partner countries'.",
        "China-Europe Railway Express trips ('more than 3,000') and new cargo routes: not trade flows, out.",
        "Figures modelled on Chengdu Customs releases; exports + imports = total (430.2 + 263.6 = 693.8); "
        "541.7 / 693.8 = 78.1 percent; 245.3 / 693.8 = 35.4 percent; 128.6 / 430.2 = 29.9 percent.",
    ],
    "facts": [
        fact(SICHUAN, "total", "growth", 5.6, "percent", EIGHT_MONTHS, "5.6", EVIDENCE_TOTAL),
        fact(SICHUAN, "total", "value", 693.8e9, "CNY", EIGHT_MONTHS, "693.8 billion", EVIDENCE_TOTAL),
        fact(
            SICHUAN,
            "total",
            "value",
            97.6e9,
            "USD",
            EIGHT_MONTHS,
            "97.6 billion",
            EVIDENCE_TOTAL,
            qualifier="approx",
        ),
        fact(SICHUAN, "total", "share", 2.4, "percent", EIGHT_MONTHS, "2.4", EVIDENCE_NATIONAL),
        fact(SICHUAN, "total", "rank", 8, "number", EIGHT_MONTHS, "eighth", EVIDENCE_NATIONAL),
        fact(SICHUAN, "exports", "growth", 9.3, "percent", EIGHT_MONTHS, "9.3", EVIDENCE_EXPORTS),
        fact(SICHUAN, "exports", "value", 430.2e9, "CNY", EIGHT_MONTHS, "430.2 billion", EVIDENCE_EXPORTS),
        fact(SICHUAN, "imports", "growth", 0.2, "percent", EIGHT_MONTHS, "0.2", EVIDENCE_IMPORTS),
        fact(SICHUAN, "imports", "value", 263.6e9, "CNY", EIGHT_MONTHS, "263.6 billion", EVIDENCE_IMPORTS),
        fact(SICHUAN, "total", "value", 92.4e9, "CNY", AUGUST, "92.4 billion", EVIDENCE_AUGUST),
        fact(SICHUAN, "total", "growth", 7.9, "percent", AUGUST, "7.9", EVIDENCE_AUGUST),
        fact("Chengdu", "total", "value", 541.7e9, "CNY", EIGHT_MONTHS, "541.7 billion", EVIDENCE_CITIES),
        fact("Yibin", "total", "value", 38.6e9, "CNY", EIGHT_MONTHS, "38.6 billion", EVIDENCE_CITIES),
        fact("Mianyang", "total", "value", 22.5e9, "CNY", EIGHT_MONTHS, "22.5 billion", EVIDENCE_CITIES),
        fact(
            "Chengdu",
            "total",
            "share",
            78.1,
            "percent",
            EIGHT_MONTHS,
            "78.1",
            "The provincial capital alone accounted for 78.1 percent of Sichuan's total",
        ),
        fact(
            SICHUAN,
            "exports",
            "value",
            128.6e9,
            "CNY",
            EIGHT_MONTHS,
            "128.6 billion",
            EVIDENCE_LAPTOPS,
            product="laptops",
        ),
        fact(SICHUAN, "exports", "growth", 10.2, "percent", EIGHT_MONTHS, "10.2", EVIDENCE_LAPTOPS, product="laptops"),
        fact(SICHUAN, "exports", "share", 29.9, "percent", EIGHT_MONTHS, "29.9", EVIDENCE_LAPTOPS, product="laptops"),
        fact(
            SICHUAN,
            "exports",
            "growth",
            5.8,
            "percent",
            EIGHT_MONTHS,
            "5.8",
            EVIDENCE_PRODUCTS,
            product="lithium batteries",
        ),
        fact(
            SICHUAN,
            "exports",
            "growth",
            35.7,
            "percent",
            EIGHT_MONTHS,
            "35.7",
            EVIDENCE_PRODUCTS,
            product="automobiles",
        ),
        fact(
            SICHUAN,
            "exports",
            "growth",
            -21.4,
            "percent",
            EIGHT_MONTHS,
            "21.4",
            EVIDENCE_PRODUCTS,
            product="solar cells",
        ),
        fact(
            SICHUAN, "total", "value", 126.4e9, "CNY", EIGHT_MONTHS, "126.4 billion", EVIDENCE_PARTNERS, partner="ASEAN"
        ),
        fact(
            SICHUAN,
            "total",
            "value",
            121.3e9,
            "CNY",
            EIGHT_MONTHS,
            "121.3 billion",
            EVIDENCE_PARTNERS,
            partner="United States",
        ),
        fact(
            SICHUAN,
            "total",
            "value",
            98.7e9,
            "CNY",
            EIGHT_MONTHS,
            "98.7 billion",
            EVIDENCE_PARTNERS,
            partner="European Union",
        ),
        fact(
            SICHUAN,
            "total",
            "growth",
            9.4,
            "percent",
            EIGHT_MONTHS,
            "9.4",
            EVIDENCE_BRI,
            partner="Belt and Road partner countries",
        ),
        fact(
            SICHUAN,
            "total",
            "value",
            262.1e9,
            "CNY",
            EIGHT_MONTHS,
            "262.1 billion",
            EVIDENCE_BRI,
            partner="Belt and Road partner countries",
        ),
        fact(
            SICHUAN, "total", "value", 245.3e9, "CNY", EIGHT_MONTHS, "245.3 billion", EVIDENCE_PRIVATE, segment=PRIVATE
        ),
        fact(SICHUAN, "total", "growth", 12.6, "percent", EIGHT_MONTHS, "12.6", EVIDENCE_PRIVATE, segment=PRIVATE),
        fact(SICHUAN, "total", "share", 35.4, "percent", EIGHT_MONTHS, "35.4", EVIDENCE_PRIVATE, segment=PRIVATE),
    ],
}
