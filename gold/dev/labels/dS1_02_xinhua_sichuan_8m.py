from _fact import fact, period

EIGHT_MONTHS = period(2024, 1, 8)
AUGUST = period(2024, 8)

EVIDENCE_TOTAL = "Southwest China's Sichuan Province saw its foreign trade reach 693.8 billion yuan (about 97.6 billion U.S. dollars) between January and August this year, a rise of 5.6 percent year on year"
EVIDENCE_NATIONAL = "Sichuan was eighth among China's provincial-level regions by trade value over the period, with 2.4 percent of the national total"
EVIDENCE_EXPORTS = 'Outbound shipments totalled 430.2 billion yuan, a 9.3 percent increase'
EVIDENCE_IMPORTS = 'Imports edged 0.2 percent higher to 263.6 billion yuan'
EVIDENCE_AUGUST = "The province's trade for the single month of August came to 92.4 billion yuan, 7.9 percent more than a year before"
EVIDENCE_CITIES = 'Chengdu, Yibin and Mianyang kept the three leading spots, trading goods worth 541.7 billion yuan, 38.6 billion yuan and 22.5 billion yuan, respectively'
EVIDENCE_LAPTOPS = 'Laptop shipments over the eight months were worth 128.6 billion yuan, up 10.2 percent, and made up 29.9 percent of everything the province exported'
EVIDENCE_PRODUCTS = 'lithium battery exports rose 5.8 percent and automobile exports 35.7 percent, whereas solar cell exports fell 21.4 percent'
EVIDENCE_PARTNERS = "Sichuan's top three trading partners were ASEAN, the United States and the European Union, with two-way trade of 126.4 billion yuan, 121.3 billion yuan and 98.7 billion yuan, respectively"
EVIDENCE_BRI = 'trade with Belt and Road partner countries climbed 9.4 percent to 262.1 billion yuan'
EVIDENCE_PRIVATE = "their trade increased 12.6 percent year on year to 245.3 billion yuan, equal to 35.4 percent of Sichuan's total"

SICHUAN = "Sichuan"
PRIVATE = "private enterprises"

ARTICLE = {
    "id": "dS1_02_xinhua_sichuan_8m",
    "title": "Sichuan posts 5.6 pct trade growth in January-August",
    "publisher": "Xinhua",
    "published": "2024-09-20",
    "notes": [
        "Dateline 'CHENGDU, Sept. 20 (Xinhua)' has no year; 'between January and August this year' takes 2024 from "
        "published: period 2024-01/2024-08.",
        "The dollar conversion of the total ('about 97.6 billion U.S. dollars') is a separate USD fact, approx.",
        "'with 2.4 percent of the national total': share of Sichuan's trade in China's total, area Sichuan; "
        "'eighth among China's provincial-level regions' is a stated rank (8).",
        "'beat nationwide export growth by 2.4 percentage points': out (percentage points).",
        "August figures take period 2024-08; 'its strongest monthly total this year' is a record, out.",
        "City 'respectively' list: one value per city (Chengdu, Yibin, Mianyang); 'three leading spots' is an implied rank "
        "and not labelled; Chengdu's 78.1 percent share of the provincial total labelled with area Chengdu.",
        "Laptops: value, growth and share of the province's exports, product 'laptops', flow exports.",
        "Product list with a shared verb: lithium batteries +5.8, automobiles +35.7; solar cells 'fell' -21.4.",
        "Partners 'respectively' list (ASEAN, United States, European Union): values only; 'top three trading "
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
            "Chengdu, the provincial capital, by itself made up 78.1 percent of the province's total",
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
