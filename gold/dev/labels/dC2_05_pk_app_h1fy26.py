from _fact import fact, period

H1 = period(2025, 7, 12)
DEC = period(2025, 12)
PK = "Pakistan"
E_BAL = "Pakistan's merchandise trade deficit grew by 34.57 percent to $19.204 billion"
E_TRADE = "exports down 8.70 percent at $15.184 billion and imports up 11.28 percent at $34.388 billion"
E_PKR = (
    "Measured in rupees, exports decreased 7.7 percent to Rs4,274 billion and imports totalled Rs9,680 billion, "
    "for a trade gap of Rs5,406 billion"
)
E_DEC = "December exports tumbled 20.41 percent to $2.317 billion"
E_DEC_IMP = "imports inched up 2 percent to $6.022 billion"
E_DEC_BAL = "the monthly trade deficit grew 23.8 percent to $3.705 billion"
E_MOM = "Relative to November, exports slipped 4.26 percent, imports jumped 13.49 percent and the monthly deficit grew 28.4 percent"
E_SERV = (
    "services exports increased 6.8 percent to $3.62 billion and services imports went up 4.1 percent to $5.31 billion, "
    "resulting in a deficit on services of $1.69 billion"
)
JN = period(2025, 7, 11)

ARTICLE = {
    "id": "dC2_05_pk_app_h1fy26",
    "title": "First-half FY26 trade gap grows 34.6pc to $19.2bn",
    "publisher": "APP",
    "published": "2026-01-02",
    "notes": [
        "Fiscal year 2025-26 runs July-June: 'July-December 2025, the first half' is 2025-07..2025-12; 'July-November' services is 2025-07..2025-11.",
        "Headline '34.6pc' and '$19.2bn' restate the body's 34.57 percent and $19.204 billion (rounding): labelled once, body evidence.",
        "'In the corresponding half of 2024-25, the gap had been $14.271 billion': the deficit of July-December 2024, labelled with period 2024-07..2024-12.",
        "Goods figures (merchandise) carry product null; services figures product 'services'.",
        "Rupee figures are the same observations in another currency: separate PKR facts. Export growth in rupee terms (-7.7) and in dollar terms (-8.70) share every field but the value: both labelled.",
        "'for a trade gap of Rs5,406 billion': a deficit, negative.",
        "December: 'Year on year' growth rates yoy; the next paragraph 'Relative to November' gives mom rates for exports, imports and the monthly deficit (deficit grew: +28.4).",
        "PLANTED INCONSISTENCY: the economist's 'trade gap of $19.4 billion built up over only six months' disagrees beyond rounding with the PBS figure of $19.204 billion; both labelled as written, as the guide says.",
        "Workers' remittances ($19.7 billion, +10.6 percent): not a trade flow, out. Export target of $35 billion: a target, out.",
    ],
    "facts": [
        fact(PK, "balance", "value", -19.204e9, "USD", H1, "19.204 billion", E_BAL),
        fact(PK, "balance", "growth", 34.57, "percent", H1, "34.57", E_BAL),
        fact(PK, "balance", "value", -14.271e9, "USD", period(2024, 7, 12), "14.271 billion",
             "In the corresponding half of 2024-25, the gap had been $14.271 billion"),
        fact(PK, "exports", "value", 15.184e9, "USD", H1, "15.184 billion", E_TRADE),
        fact(PK, "exports", "growth", -8.70, "percent", H1, "8.70", E_TRADE),
        fact(PK, "imports", "value", 34.388e9, "USD", H1, "34.388 billion", E_TRADE),
        fact(PK, "imports", "growth", 11.28, "percent", H1, "11.28", E_TRADE),
        fact(PK, "exports", "growth", -7.7, "percent", H1, "7.7", E_PKR),
        fact(PK, "exports", "value", 4.274e12, "PKR", H1, "4,274 billion", E_PKR),
        fact(PK, "imports", "value", 9.680e12, "PKR", H1, "9,680 billion", E_PKR),
        fact(PK, "balance", "value", -5.406e12, "PKR", H1, "5,406 billion", E_PKR),
        fact(PK, "exports", "value", 2.317e9, "USD", DEC, "2.317 billion", E_DEC),
        fact(PK, "exports", "growth", -20.41, "percent", DEC, "20.41", E_DEC),
        fact(PK, "imports", "value", 6.022e9, "USD", DEC, "6.022 billion", E_DEC_IMP),
        fact(PK, "imports", "growth", 2, "percent", DEC, "2", E_DEC_IMP),
        fact(PK, "balance", "value", -3.705e9, "USD", DEC, "3.705 billion", E_DEC_BAL),
        fact(PK, "balance", "growth", 23.8, "percent", DEC, "23.8", E_DEC_BAL),
        fact(PK, "exports", "growth", -4.26, "percent", DEC, "4.26", E_MOM, basis="mom"),
        fact(PK, "imports", "growth", 13.49, "percent", DEC, "13.49", E_MOM, basis="mom"),
        fact(PK, "balance", "growth", 28.4, "percent", DEC, "28.4", E_MOM, basis="mom"),
        fact(PK, "exports", "value", 3.62e9, "USD", JN, "3.62 billion", E_SERV, product="services"),
        fact(PK, "exports", "growth", 6.8, "percent", JN, "6.8", E_SERV, product="services"),
        fact(PK, "imports", "value", 5.31e9, "USD", JN, "5.31 billion", E_SERV, product="services"),
        fact(PK, "imports", "growth", 4.1, "percent", JN, "4.1", E_SERV, product="services"),
        fact(PK, "balance", "value", -1.69e9, "USD", JN, "1.69 billion", E_SERV, product="services"),
        fact(PK, "balance", "value", -19.4e9, "USD", H1, "19.4 billion",
             "a trade gap of $19.4 billion built up over only six months"),
    ],
}
