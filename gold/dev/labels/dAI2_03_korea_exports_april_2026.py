from _fact import fact, period

APR = period(2026, 4)
JAN_APR = period(2026, 1, 4)
KR = "South Korea"
CHIP = "semiconductors"

LEAD = "exports totaled US$67.65 billion last month, a record for the month of April and 16.2 percent more than a year before"
IMP = "With imports up 6.1 percent on-year at $56.59 billion, the trade balance showed an $11.06 billion surplus"
TOP = "semiconductors, the country's top export item"
CHIPS = "whose outbound sales soared 83.6 percent on-year to $21.48 billion"
SHARE = "Semiconductors made up 31.8 percent of all outbound shipments in April"
COMP = "Computer products, solid-state drives among them, posted a 92.1 percent on-year increase in exports"
SHIPS = "ship exports rose 35.4 percent"
CARS = "By contrast, car exports dropped 4.2 percent to $6.29 billion"
PETRO = "Weak prices dragged exports of petroleum products and petrochemicals down 11.3 percent and 8.7 percent, respectively"
STEEL = "steel exports fell 6.5 percent"
CHN = "shipments to China, South Korea's largest export market, rose 12.3 percent on-year to $11.74 billion"
USA = "Exports to the United States inched up 3.1 percent to $10.93 billion"
ASEAN = "Shipments bound for the Association of Southeast Asian Nations (ASEAN) surged 13.2 percent to $10.87 billion"
EU = "exports to the European Union slipped 2.4 percent"
ENERGY = "Imports of energy such as crude oil, gas and coal decreased 9.4 percent on-year to $9.8 billion"
YTD = "Exports for January-April climbed 11.2 percent on-year to $242.6 billion"

ARTICLE = {
    "id": "dAI2_03_korea_exports_april_2026",
    "title": "(LEAD) AI chip demand lifts S. Korea's April exports by 16.2 pct",
    "publisher": "Yonhap",
    "published": "2026-05-01",
    "notes": [
        "'last month' in an article of 2026-05-01: April 2026.",
        "'semiconductors, the country's top export item': rank 1 of semiconductor exports (product semiconductors). 'Semiconductors made up 31.8 percent': the same product, share of total exports.",
        "'China, South Korea's largest export market': rank 1, flow exports, partner China.",
        "'a 92.1 percent on-year increase in exports, almost twice last year's level': the exact rate only (the approximate 'almost twice' restates it).",
        "'exports to the European Union slipped 2.4 percent': exports to the EU.",
        "'Imports of energy such as crude oil, gas and coal': imports, product energy.",
        "Products in the text's words: computer products, ships, cars, petroleum products, petrochemicals, steel.",
        "Out of scope, unlabelled: average daily exports ($3.08 billion, a per-working-day average) and the 22 working days; 'an 11th straight month' and 'a run of surpluses to 15 months' (streaks); 'a record for the month of April' (milestone); 'six of its nine main export regions saw gains' (conditional count); the 15 percent U.S. tariff; 366 trillion won of trade financing (policy support, not a flow); 'Asia's fourth-largest economy' (rank of an economy, not of a trade flow); the Bank of Korea's 1.8 percent growth outlook (forecast).",
    ],
    "facts": [
        fact(KR, "exports", "value", 67.65e9, "USD", APR, "67.65 billion", LEAD),
        fact(KR, "exports", "growth", 16.2, "percent", APR, "16.2", LEAD),
        fact(KR, "imports", "growth", 6.1, "percent", APR, "6.1", IMP),
        fact(KR, "imports", "value", 56.59e9, "USD", APR, "56.59 billion", IMP),
        fact(KR, "balance", "value", 11.06e9, "USD", APR, "11.06 billion", IMP),
        fact(KR, "exports", "rank", 1, "number", APR, "top", TOP, product=CHIP),
        fact(KR, "exports", "growth", 83.6, "percent", APR, "83.6", CHIPS, product=CHIP),
        fact(KR, "exports", "value", 21.48e9, "USD", APR, "21.48 billion", CHIPS, product=CHIP),
        fact(KR, "exports", "share", 31.8, "percent", APR, "31.8", SHARE, product=CHIP),
        fact(KR, "exports", "growth", 92.1, "percent", APR, "92.1", COMP, product="computer products"),
        fact(KR, "exports", "growth", 35.4, "percent", APR, "35.4", SHIPS, product="ships"),
        fact(KR, "exports", "growth", -4.2, "percent", APR, "4.2", CARS, product="cars"),
        fact(KR, "exports", "value", 6.29e9, "USD", APR, "6.29 billion", CARS, product="cars"),
        fact(KR, "exports", "growth", -11.3, "percent", APR, "11.3", PETRO, product="petroleum products"),
        fact(KR, "exports", "growth", -8.7, "percent", APR, "8.7", PETRO, product="petrochemicals"),
        fact(KR, "exports", "growth", -6.5, "percent", APR, "6.5", STEEL, product="steel"),
        fact(KR, "exports", "rank", 1, "number", APR, "largest", CHN, partner="China"),
        fact(KR, "exports", "growth", 12.3, "percent", APR, "12.3", CHN, partner="China"),
        fact(KR, "exports", "value", 11.74e9, "USD", APR, "11.74 billion", CHN, partner="China"),
        fact(KR, "exports", "growth", 3.1, "percent", APR, "3.1", USA, partner="United States"),
        fact(KR, "exports", "value", 10.93e9, "USD", APR, "10.93 billion", USA, partner="United States"),
        fact(KR, "exports", "growth", 13.2, "percent", APR, "13.2", ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 10.87e9, "USD", APR, "10.87 billion", ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", -2.4, "percent", APR, "2.4", EU, partner="European Union"),
        fact(KR, "imports", "growth", -9.4, "percent", APR, "9.4", ENERGY, product="energy"),
        fact(KR, "imports", "value", 9.8e9, "USD", APR, "9.8 billion", ENERGY, product="energy"),
        fact(KR, "exports", "growth", 11.2, "percent", JAN_APR, "11.2", YTD),
        fact(KR, "exports", "value", 242.6e9, "USD", JAN_APR, "242.6 billion", YTD),
    ],
}
