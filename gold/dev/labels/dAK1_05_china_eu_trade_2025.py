from _fact import fact, period

Y2025 = period(2025, 1, 12)  # the year 2025
DEC = period(2025, 12)  # December 2025

TOTAL = "Trade between China and the 27-member bloc totalled US$828.1 billion in 2025, up 5.4 per cent from a year earlier"
RANK = "The EU remained China's second-largest trading partner"
EXP = ("Chinese exports to the EU rose 8.4 per cent to US$559.95 billion, accounting for 14.9 per cent of the "
       "country's total outbound shipments")
IMP = "Imports from the bloc slipped 0.4 per cent to US$268.17 billion"
SURPLUS = "leaving China with a surplus of US$291.8 billion, 18.1 per cent larger than in 2024"
WORLD = "the record US$1.19 trillion surplus China ran with the world last year"
DEC_EXP = ("In December alone, China's shipments to the EU jumped 12 per cent year on year to US$49.3 billion, "
           "and were 3.7 per cent higher than in November")
DEC_IMP = "Purchases of European goods also picked up, with imports rising 18 per cent from a year earlier"
BEV = "Exports of pure electric passenger cars to the bloc fell 2.6 per cent to US$9.7 billion"
PHEV = ("But carmakers pivoted to plug-in hybrids, which are not covered by the extra levies, and shipments of those "
        "vehicles soared 172 per cent")
SOLAR = "exports of solar cells and panels to the EU dropped 15.3 per cent to US$14.8 billion"
DE_RANK = "Germany, China's largest trading partner in the EU"
DE_EXP = "Exports to Europe's biggest economy rose 7.8 per cent to US$115.3 billion"
DE_IMP = "imports from Germany fell 5 per cent to US$90.2 billion"
DE_BAL = "China's surplus with the country more than doubled, jumping 108 per cent to US$25.1 billion"
NL_EXP = "Shipments to the Netherlands, whose port of Rotterdam serves as a gateway to much of the continent, climbed 6.2 per cent to US$118.4 billion"
NL_IMP = "Imports from the Dutch fell 18.6 per cent"

EU = "European Union"

ARTICLE = {
    "id": "dAK1_05_china_eu_trade_2025",
    "title": "China's trade surplus with the EU hits record as Europe absorbs goods diverted from US market",
    "publisher": "South China Morning Post",
    "published": "2026-01-20",
    "notes": [
        "Date from the line 'Published: 8:00pm, 20 Jan 2026'; the outlet is only named as 'the Post' "
        "('according to calculations by the Post'), read as the South China Morning Post.",
        "Every annual figure is 2025 ('in 2025', 'last year' counted back from January 2026); December figures are "
        "December 2025.",
        "'18.1 per cent larger than in 2024': growth of the surplus, year-on-year; 2024 is the comparison base, not the period.",
        "'3.7 per cent higher than in November': month-on-month growth of December exports to the EU.",
        "'the record US$1.19 trillion surplus China ran with the world': China's overall balance, no partner.",
        "'Germany, China's largest trading partner in the EU' is labelled as rank 1 with partner Germany; the record "
        "cannot say that the ranking is among EU members only.",
        "'Europe's biggest economy' is a size of economy, not a trade rank: out of scope. 'the Dutch' is the Netherlands.",
        "The plug-in hybrid figure ('shipments of those vehicles soared 172 per cent') is exports to the EU of "
        "plug-in hybrids, partner carried from the paragraph ('to the bloc').",
        "Out of scope: '27-member' (count of members), 'up to 35.3 per cent' (tariff rate), 'below 10 US cents per "
        "watt' (price), the diplomat's 'roughly a billion euros every single day' (a per-day average of the EU's "
        "deficit, from a quote) and '1,800 barriers', exchange rates '8.3 yuan' and '7.6', '5 per cent growth' "
        "(GDP), and the economist's '5 to 7 per cent' (a forecast).",
    ],
    "facts": [
        fact("China", "total", "value", 828.1e9, "USD", Y2025, "828.1 billion", TOTAL, partner=EU),
        fact("China", "total", "growth", 5.4, "percent", Y2025, "5.4", TOTAL, partner=EU),
        fact("China", "total", "rank", 2, "number", Y2025, "second-largest", RANK, partner=EU),
        fact("China", "exports", "growth", 8.4, "percent", Y2025, "8.4", EXP, partner=EU),
        fact("China", "exports", "value", 559.95e9, "USD", Y2025, "559.95 billion", EXP, partner=EU),
        fact("China", "exports", "share", 14.9, "percent", Y2025, "14.9", EXP, partner=EU),
        fact("China", "imports", "growth", -0.4, "percent", Y2025, "0.4", IMP, partner=EU),
        fact("China", "imports", "value", 268.17e9, "USD", Y2025, "268.17 billion", IMP, partner=EU),
        fact("China", "balance", "value", 291.8e9, "USD", Y2025, "291.8 billion", SURPLUS, partner=EU),
        fact("China", "balance", "growth", 18.1, "percent", Y2025, "18.1", SURPLUS, partner=EU),
        fact("China", "balance", "value", 1.19e12, "USD", Y2025, "1.19 trillion", WORLD),
        fact("China", "exports", "growth", 12, "percent", DEC, "12", DEC_EXP, partner=EU),
        fact("China", "exports", "value", 49.3e9, "USD", DEC, "49.3 billion", DEC_EXP, partner=EU),
        fact("China", "exports", "growth", 3.7, "percent", DEC, "3.7", DEC_EXP, partner=EU, basis="mom"),
        fact("China", "imports", "growth", 18, "percent", DEC, "18", DEC_IMP, partner=EU),
        fact("China", "exports", "growth", -2.6, "percent", Y2025, "2.6", BEV, partner=EU,
             product="pure electric passenger cars"),
        fact("China", "exports", "value", 9.7e9, "USD", Y2025, "9.7 billion", BEV, partner=EU,
             product="pure electric passenger cars"),
        fact("China", "exports", "growth", 172, "percent", Y2025, "172", PHEV, partner=EU, product="plug-in hybrids"),
        fact("China", "exports", "growth", -15.3, "percent", Y2025, "15.3", SOLAR, partner=EU,
             product="solar cells and panels"),
        fact("China", "exports", "value", 14.8e9, "USD", Y2025, "14.8 billion", SOLAR, partner=EU,
             product="solar cells and panels"),
        fact("China", "total", "rank", 1, "number", Y2025, "largest", DE_RANK, partner="Germany"),
        fact("China", "exports", "growth", 7.8, "percent", Y2025, "7.8", DE_EXP, partner="Germany"),
        fact("China", "exports", "value", 115.3e9, "USD", Y2025, "115.3 billion", DE_EXP, partner="Germany"),
        fact("China", "imports", "growth", -5, "percent", Y2025, "5", DE_IMP, partner="Germany"),
        fact("China", "imports", "value", 90.2e9, "USD", Y2025, "90.2 billion", DE_IMP, partner="Germany"),
        fact("China", "balance", "growth", 108, "percent", Y2025, "108", DE_BAL, partner="Germany"),
        fact("China", "balance", "value", 25.1e9, "USD", Y2025, "25.1 billion", DE_BAL, partner="Germany"),
        fact("China", "exports", "growth", 6.2, "percent", Y2025, "6.2", NL_EXP, partner="Netherlands"),
        fact("China", "exports", "value", 118.4e9, "USD", Y2025, "118.4 billion", NL_EXP, partner="Netherlands"),
        fact("China", "imports", "growth", -18.6, "percent", Y2025, "18.6", NL_IMP, partner="Netherlands"),
    ],
}
