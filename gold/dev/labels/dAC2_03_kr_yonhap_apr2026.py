from _fact import fact, period

APR = period(2026, 4)
MAR = period(2026, 3)
JAN_APR = period(2026, 1, 4)
KR = "South Korea"
US = "United States"

LEAD = "South Korea's exports soared 48 percent from a year earlier in April"
EXP = "Outbound shipments came to US$85.89 billion last month, topping the previous record of $82.71 billion set in March"
IMP = "Imports rose 16.7 percent on-year to $62.11 billion, resulting in a trade surplus of $23.77 billion"
CHIPS = "semiconductor exports jumped 172.8 percent on-year to $31.92 billion"
SHARE = "Chips accounted for 37.2 percent of the country's total outbound shipments."
RESP = "Exports of computers, mostly server-grade solid-state drives, and petroleum products rose 142.3 percent and 38.2 percent, respectively"
SHIPS = "Ship exports climbed 21.5 percent to $2.43 billion"
AUTOS = "automobile exports fell 5.5 percent to $6.17 billion"
CHINA = "exports to China, South Korea's top trading partner, surged 61.4 percent to $17.59 billion"
USA = "Shipments to the United States rose 26.2 percent to $13.38 billion"
US_BAL = "The country's trade surplus with the U.S. came to $7.88 billion."
ASEAN = "Exports to the Association of Southeast Asian Nations (ASEAN) gained 49.8 percent to $14.08 billion"
EU = "those to the European Union slipped 3.1 percent to $6.49 billion"
ENERGY = "energy imports jumped 42.6 percent to $14.27 billion"
CRUDE = "crude oil imports spiked 55.1 percent"
YTD = "For the January-April period, exports rose 38.2 percent on-year to $301.64 billion."

ARTICLE = {
    "id": "dAC2_03_kr_yonhap_apr2026",
    "title": "(LEAD) S. Korea's April exports jump 48 pct to record high on chip boom",
    "publisher": "Yonhap",
    "published": "2026-05-01",
    "notes": [
        "Dateline 'SEJONG, May 1 (Yonhap)' without a year, published 2026-05-01: 'April' and 'last month' are April 2026, 'March' March 2026, 'the January-April period' January-April 2026.",
        "'the previous record of $82.71 billion set in March' is March 2026's exports: labelled as a value for March 2026 (the 'record' wording itself is a milestone).",
        "'Chips accounted for 37.2 percent of the country's total outbound shipments': exports share, product semiconductors ('Chips' refers back to semiconductor exports).",
        "'computers ... and petroleum products rose 142.3 percent and 38.2 percent, respectively': distributed in order.",
        "'China, South Korea's top trading partner': rank 1 of total trade with China, dated April 2026 as the article's period.",
        "'The country's trade surplus with the U.S.' = South Korea's balance with the United States, positive.",
        "Out of scope, unlabelled: average daily exports ($3.58 billion, up 47.4 percent; per-working-day figure); 'the largest for any single month' (surplus) and 'the largest-ever monthly figure' (chips) (milestones); 'for 15 months in a row' (streak); 'seven of the nine major regions' (conditional count); the expectation that annual exports will 'top $900 billion this year' (forecast; 'top' there is a verb, not a rank); '(LEAD)' in the headline is Yonhap's update tag.",
        "Steel exports 'declined' without a number: nothing labelled.",
    ],
    "facts": [
        fact(KR, "exports", "growth", 48, "percent", APR, "48", LEAD),
        fact(KR, "exports", "value", 85.89e9, "USD", APR, "85.89 billion", EXP),
        fact(KR, "exports", "value", 82.71e9, "USD", MAR, "82.71 billion", EXP),
        fact(KR, "imports", "growth", 16.7, "percent", APR, "16.7", IMP),
        fact(KR, "imports", "value", 62.11e9, "USD", APR, "62.11 billion", IMP),
        fact(KR, "balance", "value", 23.77e9, "USD", APR, "23.77 billion", IMP),
        fact(KR, "exports", "growth", 172.8, "percent", APR, "172.8", CHIPS, product="semiconductors"),
        fact(KR, "exports", "value", 31.92e9, "USD", APR, "31.92 billion", CHIPS, product="semiconductors"),
        fact(KR, "exports", "share", 37.2, "percent", APR, "37.2", SHARE, product="semiconductors"),
        fact(KR, "exports", "growth", 142.3, "percent", APR, "142.3", RESP, product="computers"),
        fact(KR, "exports", "growth", 38.2, "percent", APR, "38.2", RESP, product="petroleum products"),
        fact(KR, "exports", "growth", 21.5, "percent", APR, "21.5", SHIPS, product="ships"),
        fact(KR, "exports", "value", 2.43e9, "USD", APR, "2.43 billion", SHIPS, product="ships"),
        fact(KR, "exports", "growth", -5.5, "percent", APR, "5.5", AUTOS, product="automobiles"),
        fact(KR, "exports", "value", 6.17e9, "USD", APR, "6.17 billion", AUTOS, product="automobiles"),
        fact(KR, "total", "rank", 1, "number", APR, "top", CHINA, partner="China"),
        fact(KR, "exports", "growth", 61.4, "percent", APR, "61.4", CHINA, partner="China"),
        fact(KR, "exports", "value", 17.59e9, "USD", APR, "17.59 billion", CHINA, partner="China"),
        fact(KR, "exports", "growth", 26.2, "percent", APR, "26.2", USA, partner=US),
        fact(KR, "exports", "value", 13.38e9, "USD", APR, "13.38 billion", USA, partner=US),
        fact(KR, "balance", "value", 7.88e9, "USD", APR, "7.88 billion", US_BAL, partner=US),
        fact(KR, "exports", "growth", 49.8, "percent", APR, "49.8", ASEAN, partner="ASEAN"),
        fact(KR, "exports", "value", 14.08e9, "USD", APR, "14.08 billion", ASEAN, partner="ASEAN"),
        fact(KR, "exports", "growth", -3.1, "percent", APR, "3.1", EU, partner="European Union"),
        fact(KR, "exports", "value", 6.49e9, "USD", APR, "6.49 billion", EU, partner="European Union"),
        fact(KR, "imports", "growth", 42.6, "percent", APR, "42.6", ENERGY, product="energy"),
        fact(KR, "imports", "value", 14.27e9, "USD", APR, "14.27 billion", ENERGY, product="energy"),
        fact(KR, "imports", "growth", 55.1, "percent", APR, "55.1", CRUDE, product="crude oil"),
        fact(KR, "exports", "growth", 38.2, "percent", JAN_APR, "38.2", YTD),
        fact(KR, "exports", "value", 301.64e9, "USD", JAN_APR, "301.64 billion", YTD),
    ],
}
