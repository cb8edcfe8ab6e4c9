from _fact import fact, period

APR = period(2026, 4)
MAR = period(2026, 3)
JAN_APR = period(2026, 1, 4)
KR = "South Korea"
US = "United States"

LEAD = "drove South Korea's April exports to a new monthly record, up 48 percent on-year"
EXP = "put last month's exports at US$85.89 billion, surpassing March's earlier high of $82.71 billion"
IMP = "Imports increased 16.7 percent from a year earlier to $62.11 billion, producing a record monthly trade surplus of $23.77 billion"
CHIPS = "semiconductor exports surged 172.8 percent from a year before to a monthly record of $31.92 billion"
SHARE = "Chips made up 37.2 percent of all the country's exports."
RESP = "Computer exports, consisting largely of server-grade solid-state drives, and petroleum product exports increased 142.3 percent and 38.2 percent, respectively"
SHIPS = "Exports of ships advanced 21.5 percent to $2.43 billion"
AUTOS = "Automobile exports, however, decreased 5.5 percent to $6.17 billion"
CHINA = "lifted exports to China, the top trading partner of South Korea, by 61.4 percent to $17.59 billion"
USA = "exports to the United States increased 26.2 percent to $13.38 billion"
US_BAL = "South Korea's surplus in trade with the U.S. stood at $7.88 billion."
ASEAN = "exports to the Association of Southeast Asian Nations (ASEAN) climb 49.8 percent to $14.08 billion"
EU = "exports to the European Union edged down 3.1 percent to $6.49 billion"
ENERGY = "Imports of energy climbed 42.6 percent to $14.27 billion"
CRUDE = "crude oil purchases up 55.1 percent"
YTD = "In January-April, exports totaled $301.64 billion, up 38.2 percent from a year earlier."

ARTICLE = {
    "id": "dAC2_03_kr_yonhap_apr2026",
    "title": "(LEAD) Chip boom lifts S. Korea's April exports 48 pct to all-time high",
    "publisher": "Yonhap",
    "published": "2026-05-01",
    "notes": [
        "Dateline 'SEJONG, May 1 (Yonhap)' without a year, published 2026-05-01: 'April' and 'last month' are April 2026, 'March' March 2026, 'January-April' January-April 2026.",
        "'March's earlier high of $82.71 billion' is March 2026's exports: labelled as a value for March 2026 (the 'earlier high' wording itself is a milestone).",
        "'Chips made up 37.2 percent of all the country's exports': exports share, product semiconductors ('Chips' refers back to semiconductor exports).",
        "'Computer exports ... and petroleum product exports increased 142.3 percent and 38.2 percent, respectively': distributed in order.",
        "'China, the top trading partner of South Korea': rank 1 of total trade with China, dated April 2026 as the article's period.",
        "'South Korea's surplus in trade with the U.S.' = South Korea's balance with the United States, positive.",
        "Out of scope, unlabelled: average daily exports ($3.58 billion, up 47.4 percent; per-working-day figure); 'a record monthly trade surplus' and 'a monthly record' (chips) and 'a new monthly record' (exports) (milestones); 'for 15 consecutive months' (streak); 'Seven of the nine main regions' (conditional count); the forecast that annual exports will 'exceed $900 billion' this year (forecast); '(LEAD)' in the headline is Yonhap's update tag.",
        "Steel exports pushed 'lower' without a number: nothing labelled.",
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
