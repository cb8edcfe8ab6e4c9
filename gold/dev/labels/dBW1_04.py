from _fact import fact, period

GD = "Guangdong"
SZ = "Shenzhen"
DG = "Dongguan"
YTD = period(2025, 1, 11)
NOV = period(2025, 11)

LEAD = ("had traded a record 8.64 trillion yuan of goods between January and November, equal to about $1.22 "
        "trillion and 4.3 percent more than in the same months of 2024")
EXP = "Exports accounted for 5.49 trillion yuan of the total, a modest gain of 2.3 percent"
IMP = "Imports, at 3.15 trillion yuan, grew faster, by 8 percent"
NOVS = ("The province's goods trade in November came to 823.7 billion yuan, an increase of 2.6 percent "
        "year-on-year, and was 4.1 percent higher than in October")
SZ_TOTAL = "No city on the mainland traded more than Shenzhen, which took first place again with 4.12 trillion yuan in imports and exports"
SZ_SPLIT = "Of that, exports were worth 2.5 trillion yuan and imports 1.62 trillion yuan"
DG_TOTAL = "with its trade surging 14.2 percent to 1.44 trillion yuan"
DG_SPLIT = "Its exports and imports were 890.6 and 549.4 billion yuan, respectively"
CBEC = ("Exports made up 648.9 billion yuan of the province's 782.6 billion yuan in cross-border e-commerce "
        "trade, which grew 11.5 percent")
MP = ("Trade conducted under the market procurement mode, which lets small traders in wholesale markets declare "
      "mixed consignments, rose 18.7 percent to 312.4 billion yuan")
HT = ("High-tech products made up 18.9 percent of the province's exports, with overseas sales of 1.04 trillion "
      "yuan that were 12.6 percent higher than a year before")
ASEAN = ("Trade with the Association of Southeast Asian Nations came to 1.42 trillion yuan, 9.3 percent more than "
         "a year earlier, which left the bloc as Guangdong's largest partner")
HK = "The province's second-largest partner was Hong Kong, at 1.13 trillion yuan, a 6.1 percent gain"

ARTICLE = {
    "id": "dBW1_04",
    "title": "Guangdong's foreign trade tops 8.6 trillion yuan in first 11 months",
    "publisher": "China Daily",
    "published": "2025-12-19",
    "notes": [
        "Real figures: Shenzhen January-November 2025 (4.12 trillion yuan total, 2.5 trillion exports, 1.62 trillion "
        "imports; Shenzhen Customs via Xinhua, 2025-12-24; the article predates that release by a few days, a "
        "liberty taken for the exercise). Modelled: Guangdong's January-November totals are invented to be "
        "consistent with the real full-year 2025 figures (9.49 trillion yuan, +4.4%; exports 6.03 trillion, +2.5%; "
        "imports 3.46 trillion, +7.8%) and the real first half (4.55 trillion, +4%). Invented: November 823.7 "
        "billion and its growth rates, Dongguan's January-November figures (consistent with its real full-year "
        "1.58 trillion, +13.8%), cross-border e-commerce, market procurement, the enterprise count, high-tech "
        "exports (consistent with the real full-year 1.14 trillion), ASEAN and Hong Kong figures, the USD "
        "conversion (8.64 trillion / about 7.08 = 1.22 trillion). Derived and checked: 5.49 + 3.15 = 8.64; surplus "
        "5.49 - 3.15 = 2.34; Dongguan 890.6 + 549.4 = 1,440.0; Shenzhen 2.5 + 1.62 = 4.12; high-tech share "
        "1.04 / 5.49 = 18.9%; growth rates of the three flows agree with a 2024 base of 8.28 / 5.37 / 2.92 trillion.",
        "Judgement calls: 'took first place again' (Shenzhen among mainland cities) labelled as a rank 1 of "
        "Shenzhen's total trade; 'Guangdong's largest partner' (ASEAN) and 'second-largest partner' (Hong Kong) as "
        "partner ranks; 'was 4.1 percent higher than in October' is month-on-month growth of November (basis mom, "
        "period November, October being only the base); 'about 21 percent' of the national total is a share "
        "fact with qualifier approx and no partner; the headline 'tops 8.6 trillion' is a threshold for the same "
        "observation as the exact 8.64 trillion in the body, so only the exact figure is labelled; the USD "
        "conversion is a separate approx fact; 'Its exports and imports were 890.6 and 549.4 billion yuan, "
        "respectively' takes area Dongguan from the previous sentence and the scale from the list's last item; "
        "the cross-border e-commerce 'Exports made up 648.9 billion yuan' figure is exports in segment cross-border e-commerce; "
        "142,000 enterprises reporting import and export activity is a count of foreign trade enterprises.",
        "Not facts: 0.7 percentage points (derived comparison); 40 years in a row (streak); full-year 'exceed 9.4 "
        "trillion yuan' (forecast by the official); 'roughly 3,000 more companies' (a difference between two "
        "counts, derived); 2024/2026 (years); 3 to 4 percent growth in 2026 (forecast); 7.07 per dollar (exchange "
        "rate); Dongguan 'fastest-growing major city' states no number; EU and US trade directions are stated "
        "without numbers.",
        "Copy check: 10 sentences searched (lead, exports/imports, share, November, quote, Shenzhen, Dongguan, "
        "cross-border e-commerce, high-tech, ASEAN), 1 reworded (the Shenzhen rank sentence was close to a Xinhua "
        "sentence of 2025-12-24); two more were reworded for clarity (lead appositive, Hong Kong rank).",
        "Second check: 27 sentences searched, 7 reworded.",
    ],
    "facts": [
        fact(GD, "total", "value", 8.64e12, "CNY", YTD, "8.64 trillion", LEAD),
        fact(GD, "total", "value", 1.22e12, "USD", YTD, "$1.22 trillion", LEAD, qualifier="approx"),
        fact(GD, "total", "growth", 4.3, "percent", YTD, "4.3", LEAD),
        fact(GD, "exports", "growth", 2.3, "percent", YTD, "2.3", EXP),
        fact(GD, "exports", "value", 5.49e12, "CNY", YTD, "5.49 trillion", EXP),
        fact(GD, "imports", "growth", 8, "percent", YTD, "8", IMP),
        fact(GD, "imports", "value", 3.15e12, "CNY", YTD, "3.15 trillion", IMP),
        fact(GD, "balance", "value", 2.34e12, "CNY", YTD, "2.34 trillion",
             "the province's trade surplus stood at 2.34 trillion yuan"),
        fact(GD, "total", "share", 21, "percent", YTD, "21",
             "Guangdong's share of the national foreign trade total was about 21 percent over the 11 months",
             qualifier="approx"),
        fact(GD, "total", "value", 823.7e9, "CNY", NOV, "823.7 billion", NOVS),
        fact(GD, "total", "growth", 2.6, "percent", NOV, "2.6", NOVS),
        fact(GD, "total", "growth", 4.1, "percent", NOV, "4.1", NOVS, basis="mom"),
        fact(SZ, "total", "rank", 1, "number", YTD, "first", SZ_TOTAL),
        fact(SZ, "total", "value", 4.12e12, "CNY", YTD, "4.12 trillion", SZ_TOTAL),
        fact(SZ, "exports", "value", 2.5e12, "CNY", YTD, "2.5 trillion", SZ_SPLIT),
        fact(SZ, "imports", "value", 1.62e12, "CNY", YTD, "1.62 trillion", SZ_SPLIT),
        fact(DG, "total", "growth", 14.2, "percent", YTD, "14.2", DG_TOTAL),
        fact(DG, "total", "value", 1.44e12, "CNY", YTD, "1.44 trillion", DG_TOTAL),
        fact(DG, "exports", "value", 890.6e9, "CNY", YTD, "890.6", DG_SPLIT),
        fact(DG, "imports", "value", 549.4e9, "CNY", YTD, "549.4 billion", DG_SPLIT),
        fact(GD, "total", "growth", 11.5, "percent", YTD, "11.5", CBEC, segment="cross-border e-commerce"),
        fact(GD, "total", "value", 782.6e9, "CNY", YTD, "782.6 billion", CBEC, segment="cross-border e-commerce"),
        fact(GD, "exports", "value", 648.9e9, "CNY", YTD, "648.9 billion", CBEC, segment="cross-border e-commerce"),
        fact(GD, "total", "growth", 18.7, "percent", YTD, "18.7", MP, segment="market procurement"),
        fact(GD, "total", "value", 312.4e9, "CNY", YTD, "312.4 billion", MP, segment="market procurement"),
        fact(GD, "total", "count", 142000, "number", YTD, "142,000",
             "Altogether 142,000 enterprises in Guangdong reported import and export activity during the period",
             segment="foreign trade enterprises"),
        fact(GD, "exports", "value", 1.04e12, "CNY", YTD, "1.04 trillion", HT, product="high-tech products"),
        fact(GD, "exports", "growth", 12.6, "percent", YTD, "12.6", HT, product="high-tech products"),
        fact(GD, "exports", "share", 18.9, "percent", YTD, "18.9", HT, product="high-tech products"),
        fact(GD, "total", "rank", 1, "number", YTD, "largest", ASEAN, partner="ASEAN"),
        fact(GD, "total", "growth", 9.3, "percent", YTD, "9.3", ASEAN, partner="ASEAN"),
        fact(GD, "total", "value", 1.42e12, "CNY", YTD, "1.42 trillion", ASEAN, partner="ASEAN"),
        fact(GD, "total", "rank", 2, "number", YTD, "second-largest", HK, partner="Hong Kong"),
        fact(GD, "total", "growth", 6.1, "percent", YTD, "6.1", HK, partner="Hong Kong"),
        fact(GD, "total", "value", 1.13e12, "CNY", YTD, "1.13 trillion", HK, partner="Hong Kong"),
    ],
}
