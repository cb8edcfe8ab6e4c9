from _fact import fact, period

H1 = period(2025, 1, 6)
KR = "South Korea"
E_EXP = "overseas shipments inched up 0.4 percent on the year to $336.2 billion"
E_IMP = "pulled imports down 2.1 percent to $304.6 billion, so the six-month trade surplus came to $31.6 billion"
E_WON = "put exports at roughly 471 trillion won, a 6.9 percent increase in local-currency terms"
E_CHIP = "Shipments of chips surged 11.6 percent to $72.8 billion, the highest for any first half, and represented 21.7 percent of total exports."
E_LIST = "Steel and petrochemicals both lost ground, with foreign sales down 10.3 percent and 13.2 percent, respectively"
E_CN = "China kept its place as Korea's largest export market, taking $70.2 billion of goods, although that figure was 2.8 percent below the level of a year earlier."
E_US = "Sales to the second-largest market, the United States, decreased 3.4 percent to $61.3 billion"

ARTICLE = {
    "id": "dF2_02_kr_koreatimes_h1",
    "title": "Semiconductor boom props up Korean exports in first half while US tariffs hit autos and steel",
    "publisher": "The Korea Times",
    "published": "2025-07-01",
    "notes": [
        "Running period: the first half of 2025 (stated in the lead); every figure without its own period is H1 2025.",
        "Exports in won ('roughly 471 trillion won'): a KRW fact with qualifier approx; its growth 'a 6.9 percent increase in local-currency terms' is a second growth fact for the same flow, "
        "beside the dollar-terms 0.4 percent (the record has no field for the currency of a rate; both labelled as the card does).",
        "Semiconductors: 'Shipments of chips' labelled with product 'semiconductors' (the paragraph's own word); share 21.7 of total exports.",
        "'Steel and petrochemicals both lost ground, with foreign sales down 10.3 percent and 13.2 percent, respectively': a respectively list, both falls.",
        "'2.8 percent below the level of a year earlier': a fall, -2.8.",
        "Stated ranks: China 'Korea's largest export market' (1), the United States 'the second-largest market' (2), partner ranks of exports.",
        "June paragraph gives no figures; nothing labelled there.",
        "Out of scope: 'since 2018', 1,400 won to the dollar (exchange rate), 25 percent tariff, July 9, 'two or three months', 0.8 percent growth forecast, 2025 in the forecast.",
    ],
    "facts": [
        fact(KR, "exports", "value", 336.2e9, "USD", H1, "336.2 billion", E_EXP),
        fact(KR, "exports", "growth", 0.4, "percent", H1, "0.4", E_EXP),
        fact(KR, "exports", "value", 471e12, "KRW", H1, "471 trillion", E_WON, qualifier="approx"),
        fact(KR, "exports", "growth", 6.9, "percent", H1, "6.9", E_WON),
        fact(KR, "imports", "value", 304.6e9, "USD", H1, "304.6 billion", E_IMP),
        fact(KR, "imports", "growth", -2.1, "percent", H1, "2.1", E_IMP),
        fact(KR, "balance", "value", 31.6e9, "USD", H1, "31.6 billion", E_IMP),
        fact(KR, "exports", "growth", 11.6, "percent", H1, "11.6", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "value", 72.8e9, "USD", H1, "72.8 billion", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "share", 21.7, "percent", H1, "21.7", E_CHIP, product="semiconductors"),
        fact(KR, "exports", "growth", -1.9, "percent", H1, "1.9", "Exports of cars dipped 1.9 percent", product="cars"),
        fact(KR, "exports", "growth", -10.3, "percent", H1, "10.3", E_LIST, product="steel"),
        fact(KR, "exports", "growth", -13.2, "percent", H1, "13.2", E_LIST, product="petrochemicals"),
        fact(KR, "exports", "rank", 1, "number", H1, "largest", E_CN, partner="China"),
        fact(KR, "exports", "value", 70.2e9, "USD", H1, "70.2 billion", E_CN, partner="China"),
        fact(KR, "exports", "growth", -2.8, "percent", H1, "2.8", E_CN, partner="China"),
        fact(KR, "exports", "rank", 2, "number", H1, "second-largest", E_US, partner="United States"),
        fact(KR, "exports", "growth", -3.4, "percent", H1, "3.4", E_US, partner="United States"),
        fact(KR, "exports", "value", 61.3e9, "USD", H1, "61.3 billion", E_US, partner="United States"),
        fact(KR, "exports", "growth", 4.9, "percent", H1, "4.9",
             "shipments to the European Union grew 4.9 percent, helped by robust demand for ships and batteries", partner="European Union"),
    ],
}
