from _fact import fact, period

JP = "Japan"
US = "United States"
NOV = period(2026, 11)
NOV25 = period(2025, 11)
OCT = period(2026, 10)

E_IMP = "Imports grew 10.7% from a year earlier to 10.38 trillion yen"
E_EXP = "outpacing a 4.3% rise in exports to 10.12 trillion yen"
E_SA = "On that basis, exports rose 0.8% from the previous month, while imports increased 1.9%"
E_LNG = "Purchases of LNG jumped 24.1% to 612.8 billion yen"
E_CRUDE = "crude oil imports rose 15.7% to 905.4 billion yen"
E_SPE = "semiconductor-making equipment remained the standout, with shipments climbing 18.6% to 498.3 billion yen"
E_CAR = "Car exports, Japan's single largest export item by value, fell 3.4% to 1.46 trillion yen"
E_USX = "Shipments to the U.S. increased 2.8% to 1.84 trillion yen"
E_USB = "Trade with the United States still left Japan in surplus, though at 731.5 billion yen the balance was 1.1% smaller than a year before"
E_ASIA = "Exports to Asia, including China, rose 7.8% to 5.62 trillion yen, accounting for 55.5% of the total"
E_CNX = "China-bound shipments grew 6.5% to 1.71 trillion yen"
E_CNM = "imports from China increased 8.3% to 2.29 trillion yen"

ARTICLE = {
    "id": "dBS2_02",
    "title": "Fuel bill tips Japan back into the red on trade; chip gear shipments surge",
    "publisher": "Nikkei",
    "published": "2026-12-17",
    "notes": [
        "Real figures: the November 2025 surplus of 322.2 billion yen (Ministry of Finance preliminary data, as "
        "reported by AP in December 2025). Modelled on Nikkei/Jiji/Reuters/AP write-ups of the MOF preliminary "
        "release (2017-2025). Invented: every November 2026 figure and the October 2026 seasonally adjusted balance "
        "(the publication date, 2026-12-17, is after the writing date). Derived and checked: exports 10.12 - imports "
        "10.38 trillion = -0.26 trillion, written as a 257.4 billion yen deficit (10.1236 - 10.3810); base-year "
        "exports 10.12/1.043 = 9.70 trillion and imports 10.38/1.107 = 9.38 trillion match November 2025; Asia "
        "5.62/10.12 = 55.5%; China 1.71 - 2.29 = -0.58 trillion (578.9 billion); US surplus 739.8 (Nov 2025) -> "
        "731.5 = -1.1%; US 1.84 > China 1.71 trillion, so the US is the biggest single market.",
        "Judgement calls: the seasonally adjusted deficit (418.6 billion yen) and the unadjusted one (257.4 billion) "
        "are two values of the same observation that the record cannot tell apart; both are labelled as written "
        "(seasonal adjustment keeps money values, unlike a volume measure). The October figure 'the shortfall of "
        "352.0 billion yen in October' is a stated value for October 2026 and is labelled (it is also the comparison "
        "base of the November SA figure). The SA month-on-month rates 0.8% and 1.9% are basis mom. 'Japan's single "
        "largest export item by value' is a rank of car exports (product cars, rank 1); 'the United States remained "
        "Japan's biggest single export market' a rank of exports to the US. LNG is labelled with product "
        "'liquefied natural gas', the name the lead spells out. The surplus with the US '1.1% smaller' is -1.1. "
        "The China balance uses the sentence that names both flows.",
        "Not facts: the QUICK poll forecast of a 96.0 billion yen shortfall; the customs exchange rates 158.4 and "
        "152.3 yen to the dollar; the 9.8% rise in the yen price of crude (a price); the 15% U.S. tariff; real "
        "exports up 1.1% (volume growth beside value growth); 'the second in a row' (a streak); 'November 2025' "
        "as a date.",
        "Copy check: 9 sentences searched (lead, headline flows, SA balance, energy, chip equipment, cars, US, "
        "Asia/China, quote); 1 reworded (the car-price sentence shared its skeleton with Japan Times/Bloomberg "
        "wording on exporters absorbing tariffs through lower prices).",
        "Second check: 23 sentences searched, 3 reworded.",
    ],
    "facts": [
        fact(JP, "imports", "value", 10.38e12, "JPY", NOV, "10.38 trillion", E_IMP),
        fact(JP, "imports", "growth", 10.7, "percent", NOV, "10.7", E_IMP),
        fact(JP, "exports", "value", 10.12e12, "JPY", NOV, "10.12 trillion", E_EXP),
        fact(JP, "exports", "growth", 4.3, "percent", NOV, "4.3", E_EXP),
        fact(JP, "balance", "value", -257.4e9, "JPY", NOV, "257.4 billion",
             "The result was a deficit of 257.4 billion yen"),
        fact(JP, "balance", "value", 322.2e9, "JPY", NOV25, "322.2 billion",
             "the surplus of 322.2 billion yen logged in November 2025"),
        fact(JP, "balance", "value", -418.6e9, "JPY", NOV, "418.6 billion",
             "Adjusted for seasonal swings, the balance showed a deficit of 418.6 billion yen"),
        fact(JP, "balance", "value", -352.0e9, "JPY", OCT, "352.0 billion",
             "the shortfall of 352.0 billion yen in October"),
        fact(JP, "exports", "growth", 0.8, "percent", NOV, "0.8", E_SA, basis="mom"),
        fact(JP, "imports", "growth", 1.9, "percent", NOV, "1.9", E_SA, basis="mom"),
        fact(JP, "imports", "value", 612.8e9, "JPY", NOV, "612.8 billion", E_LNG, product="liquefied natural gas"),
        fact(JP, "imports", "growth", 24.1, "percent", NOV, "24.1", E_LNG, product="liquefied natural gas"),
        fact(JP, "imports", "value", 905.4e9, "JPY", NOV, "905.4 billion", E_CRUDE, product="crude oil"),
        fact(JP, "imports", "growth", 15.7, "percent", NOV, "15.7", E_CRUDE, product="crude oil"),
        fact(JP, "exports", "value", 498.3e9, "JPY", NOV, "498.3 billion", E_SPE,
             product="semiconductor-making equipment"),
        fact(JP, "exports", "growth", 18.6, "percent", NOV, "18.6", E_SPE, product="semiconductor-making equipment"),
        fact(JP, "exports", "value", 1.46e12, "JPY", NOV, "1.46 trillion", E_CAR, product="cars"),
        fact(JP, "exports", "growth", -3.4, "percent", NOV, "3.4", E_CAR, product="cars"),
        fact(JP, "exports", "rank", 1, "number", NOV, "largest",
             "Car exports, Japan's single largest export item by value", product="cars"),
        fact(JP, "exports", "rank", 1, "number", NOV, "biggest",
             "the United States remained Japan's biggest single export market", partner=US),
        fact(JP, "exports", "value", 1.84e12, "JPY", NOV, "1.84 trillion", E_USX, partner=US),
        fact(JP, "exports", "growth", 2.8, "percent", NOV, "2.8", E_USX, partner=US),
        fact(JP, "exports", "growth", -7.2, "percent", NOV, "7.2", "car exports to the U.S. declined 7.2%",
             partner=US, product="cars"),
        fact(JP, "balance", "value", 731.5e9, "JPY", NOV, "731.5 billion", E_USB, partner=US),
        fact(JP, "balance", "growth", -1.1, "percent", NOV, "1.1", E_USB, partner=US),
        fact(JP, "exports", "value", 5.62e12, "JPY", NOV, "5.62 trillion",
             "Exports to Asia, including China, rose 7.8% to 5.62 trillion yen", partner="Asia"),
        fact(JP, "exports", "growth", 7.8, "percent", NOV, "7.8",
             "Exports to Asia, including China, rose 7.8% to 5.62 trillion yen", partner="Asia"),
        fact(JP, "exports", "share", 55.5, "percent", NOV, "55.5", E_ASIA, partner="Asia"),
        fact(JP, "exports", "value", 1.71e12, "JPY", NOV, "1.71 trillion", E_CNX, partner="China"),
        fact(JP, "exports", "growth", 6.5, "percent", NOV, "6.5", E_CNX, partner="China"),
        fact(JP, "imports", "value", 2.29e12, "JPY", NOV, "2.29 trillion", E_CNM, partner="China"),
        fact(JP, "imports", "growth", 8.3, "percent", NOV, "8.3", E_CNM, partner="China"),
        fact(JP, "balance", "value", -578.9e9, "JPY", NOV, "578.9 billion",
             "leaving Japan with a 578.9 billion yen deficit in its trade with China", partner="China"),
    ],
}
