from _fact import fact, period

KZ = "Kazakhstan"
P = period(2025, 1, 9)
P24 = period(2024, 1, 9)
EAEU = "Eurasian Economic Union"

LEAD = ("Kazakhstan's foreign trade turnover came to $102.4 billion over January-September 2025, "
        "a 3.3% drop from the same nine months of 2024")
KZT = "the nine-month turnover corresponds to roughly 53.6 trillion tenge"
EXP = "Outbound shipments shrank by 9.8% to $57.6 billion"
IMP = "imports climbed 6.7% to $44.8 billion"
BAL = "the trade surplus narrowed to $12.8 billion, compared with $21.9 billion a year earlier"
OIL = "Crude oil remained the backbone of the Kazakh export basket, yet its earnings dropped 13.5% to $28.3 billion"
OILSH = "crude accounted for 49.1% of all exports, down from 51.2% in the first nine months of last year"
MET = "Exports of metals and articles thereof rose 3.8% to $9.6 billion"
GRAIN = "Kazakhstan selling 7.9 million tons of grain worth $1.6 billion abroad"
MACH = "On the import side, machinery, equipment and vehicles made up 44% of purchases, worth $19.7 billion in total"
CN_RANK = "China retained its place as Kazakhstan's largest trading partner"
CN = "Turnover with China rose 4.1% to $22.0 billion, giving it a 21.5% share of the country's total trade"
RU = "Second place went to Russia, whose $19.6 billion in turnover represented 19.1% of the total"
RU_G = "Trade with Russia slipped 1.2% from a year earlier"
IT_RANK = "Italy, the main European buyer of Kazakh crude, ranked third"
IT = "Turnover with Italy reached $11.2 billion, a share of 10.9%"
NL = "The Netherlands was fourth with a 5.2% share"
EA = ("The Eurasian Economic Union (EAEU), which besides Kazakhstan groups Russia, Belarus, Kyrgyzstan and "
      "Armenia, accounted for $21.9 billion of turnover, or 21.4% of the total")
EA_BAL = ("With purchases from the bloc far outweighing sales to it, Kazakhstan ran a deficit of $8.1 billion "
          "in mutual trade")

ARTICLE = {
    "id": "dBY2_04",
    "title": "Kazakhstan's foreign trade slips 3.3% in nine months as oil revenues fall",
    "publisher": "The Astana Times",
    "published": "2025-11-17",
    "notes": [
        "Real figures (source, date): none of the January-September 2025 trade totals were found in the pages corpus; "
        "real context only: oil output +13.4% to 67.4 million tons in January-August 2025 (Economic Growth HQ, via "
        "enbekshiqazaq.kz, 2025-10-14); the China target of $35 billion by 2030 (Astana Times / Kazinform, 2022-11); "
        "China first, Russia second, Italy third as partners in 2023 (Astana Times digest, 2024-02-23).",
        "Derived/made up: every trade figure is made up but kept consistent: turnover $102.4bn = exports $57.6bn + "
        "imports $44.8bn; prior-year exports 57.6/0.902 = 63.9 and imports 44.8/1.067 = 42.0 give turnover -3.3% and "
        "a 2024 surplus of $21.9bn; KZT 53.6 trillion = 102.4bn x 523 (made-up average rate); crude $28.3bn is 49.1% "
        "of exports and 2024 crude 28.3/0.865 = 32.7 is 51.2% of 63.9; machinery 19.7/44.8 = 44%; partner shares = "
        "value / 102.4; EAEU $21.9bn = exports 6.9 + imports 15.0 (deficit 8.1, the 6.9 and 15.0 are not stated).",
        "Judgement calls: product for the crude facts is 'crude oil' although the share sentence says only 'crude'; "
        "grain 7.9 million tons labelled as exports quantity in tonnes; partner ranks (largest, Second, third, fourth) "
        "are on total turnover (flow total); the EAEU deficit sentence names the bloc only as 'the bloc' / 'mutual "
        "trade', partner taken from the previous sentence; 'roughly 53.6 trillion tenge' is the same observation as "
        "the USD turnover in another currency (approx); the headline 3.3% is the lead's figure, labelled once; the "
        "period of every partner and product figure comes from the lead (January-September 2025).",
        "Not facts: 523 tenge per dollar (exchange rate); oil output +13.4% and 67.4 million tons (production, "
        "January-August); $35 billion by 2030 (target); 'about 6%' growth for 2025 (GDP forecast); $65 per barrel "
        "(price forecast); years 2024, 2025, 2030.",
        "Copy check: 19 sentences searched, 3 reworded (lead, Russia's rank sentence, the 2030 target sentence); "
        "the reworded lead re-searched clean.",
        "Second check: 25 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(KZ, "total", "value", 102.4e9, "USD", P, "102.4 billion", LEAD),
        fact(KZ, "total", "growth", -3.3, "percent", P, "3.3", LEAD),
        fact(KZ, "total", "value", 53.6e12, "KZT", P, "53.6 trillion", KZT, qualifier="approx"),
        fact(KZ, "exports", "growth", -9.8, "percent", P, "9.8", EXP),
        fact(KZ, "exports", "value", 57.6e9, "USD", P, "57.6 billion", EXP),
        fact(KZ, "imports", "growth", 6.7, "percent", P, "6.7", IMP),
        fact(KZ, "imports", "value", 44.8e9, "USD", P, "44.8 billion", IMP),
        fact(KZ, "balance", "value", 12.8e9, "USD", P, "12.8 billion", BAL),
        fact(KZ, "balance", "value", 21.9e9, "USD", P24, "21.9 billion", BAL),
        fact(KZ, "exports", "growth", -13.5, "percent", P, "13.5", OIL, product="crude oil"),
        fact(KZ, "exports", "value", 28.3e9, "USD", P, "28.3 billion", OIL, product="crude oil"),
        fact(KZ, "exports", "share", 49.1, "percent", P, "49.1", OILSH, product="crude oil"),
        fact(KZ, "exports", "share", 51.2, "percent", P24, "51.2", OILSH, product="crude oil"),
        fact(KZ, "exports", "growth", 3.8, "percent", P, "3.8", MET, product="metals and articles thereof"),
        fact(KZ, "exports", "value", 9.6e9, "USD", P, "9.6 billion", MET, product="metals and articles thereof"),
        fact(KZ, "exports", "quantity", 7.9e6, "tonnes", P, "7.9 million", GRAIN, product="grain"),
        fact(KZ, "exports", "value", 1.6e9, "USD", P, "1.6 billion", GRAIN, product="grain"),
        fact(KZ, "imports", "share", 44, "percent", P, "44", MACH, product="machinery, equipment and vehicles"),
        fact(KZ, "imports", "value", 19.7e9, "USD", P, "19.7 billion", MACH, product="machinery, equipment and vehicles"),
        fact(KZ, "total", "rank", 1, "number", P, "largest", CN_RANK, partner="China"),
        fact(KZ, "total", "growth", 4.1, "percent", P, "4.1", CN, partner="China"),
        fact(KZ, "total", "value", 22.0e9, "USD", P, "22.0 billion", CN, partner="China"),
        fact(KZ, "total", "share", 21.5, "percent", P, "21.5", CN, partner="China"),
        fact(KZ, "total", "rank", 2, "number", P, "Second", RU, partner="Russia"),
        fact(KZ, "total", "value", 19.6e9, "USD", P, "19.6 billion", RU, partner="Russia"),
        fact(KZ, "total", "share", 19.1, "percent", P, "19.1", RU, partner="Russia"),
        fact(KZ, "total", "growth", -1.2, "percent", P, "1.2", RU_G, partner="Russia"),
        fact(KZ, "total", "rank", 3, "number", P, "third", IT_RANK, partner="Italy"),
        fact(KZ, "total", "value", 11.2e9, "USD", P, "11.2 billion", IT, partner="Italy"),
        fact(KZ, "total", "share", 10.9, "percent", P, "10.9", IT, partner="Italy"),
        fact(KZ, "total", "rank", 4, "number", P, "fourth", NL, partner="Netherlands"),
        fact(KZ, "total", "share", 5.2, "percent", P, "5.2", NL, partner="Netherlands"),
        fact(KZ, "total", "value", 21.9e9, "USD", P, "21.9 billion", EA, partner=EAEU),
        fact(KZ, "total", "share", 21.4, "percent", P, "21.4", EA, partner=EAEU),
        fact(KZ, "balance", "value", -8.1e9, "USD", P, "8.1 billion", EA_BAL, partner=EAEU),
    ],
}
