from _fact import fact, period

GD = "Guangdong"
JAN_NOV = period(2026, 1, 11)

E_TOTAL = ("Guangdong Province (hereinafter \"the province\") imported and exported goods worth 84,562.3 100 million "
           "yuan, 3.4% more than a year earlier (growth rates below are likewise year-on-year), outpacing national "
           "growth by 1.1 percentage points and making up 20.1% of the country's total import and export value")
E_EXP = "exports were 54,318.6 100 million yuan, an increase of 4.2%"
E_IMP = "imports were 30,243.7 100 million yuan, an increase of 2.0%"
E_RANK = ("The province's total import and export value and export value both ranked first among all provinces, "
          "autonomous regions and municipalities in the country, while its import value ranked second")
E_GT = ("General trade, at 50,145.8 100 million yuan in January-November, grew 5.1% and took a 59.3% share of the "
        "province's imports and exports")
E_PT = "Processing trade slipped 0.8% to 22,917.2 100 million yuan, or 27.1% of the total"
E_PE = "Private enterprises imported and exported 55,380.4 100 million yuan, accounting for 65.5% of the province's total"
E_PRD = ("The nine cities of the Pearl River Delta imported and exported 80,340.2 100 million yuan in total, "
         "accounting for 95.0% of the province's total")
E_SZ = ("Shenzhen's import and export value was 42,086.5 100 million yuan, an increase of 2.9%, accounting for "
        "49.8% of the province's total")
E_DG = "Dongguan imported and exported 13,284.7 100 million yuan, an increase of 4.8%"
E_GZ = "Guangzhou imported and exported 10,956.3 100 million yuan, an increase of 3.1%"
E_FS = "Foshan imported and exported 6,218.9 100 million yuan, an increase of 6.5%"
E_EM = ("Electromechanical products made up 69.4% of the province's exports, with 37,697.1 100 million yuan "
        "shipped abroad")

ARTICLE = {
    "id": "dBS1_02",
    "title": "Guangdong's Foreign Trade Maintained Steady Growth in the First 11 Months of 2026",
    "publisher": "Department of Commerce of Guangdong Province",
    "published": "2026-12-15",
    "notes": [
        "Real figures: none (January-November 2026 has not happened). Modelled on Guangdong customs / "
        "provincial releases for 2020-2025 (Guangdong ~20% of national trade, ranked first; private enterprises "
        "~64-65%; general trade ~58-59%; Shenzhen roughly half of the province; Dongguan second). Invented: every "
        "figure. Derived (checked): 54,318.6 + 30,243.7 = 84,562.3; surplus 24,074.9 = 54,318.6 - 30,243.7; "
        "shares 50,145.8/84,562.3 = 59.3%, 22,917.2/84,562.3 = 27.1%, 55,380.4/84,562.3 = 65.5%, "
        "80,340.2/84,562.3 = 95.0%, 42,086.5/84,562.3 = 49.8%, 37,697.1/54,318.6 = 69.4%; national share "
        "84,562.3 / 421,500 (dBS1_01's 42.15 trillion) = 20.1%; national growth 2.3% in dBS1_01, so 3.4% is 1.1 "
        "points higher.",
        "Judgement calls: every figure is 'N 100 million yuan' (the translated unit yi), so value_text keeps "
        "'100 million' as its scale word (84,562.3 100 million -> 8.45623e12). 'growth rates below are likewise "
        "year-on-year' makes every later growth yoy. 'of which, exports ... imports ...' are flows of the province. The three "
        "ranks (total first, exports first, imports second) are ranks among provinces, one 'first' labelled "
        "twice (total and exports) with the same evidence. The Pearl River Delta's nine cities measured together "
        "-> area 'Pearl River Delta'. Private enterprises and general/processing trade go in segment; "
        "'enterprises ... posted actual import and export performance' -> count, segment 'foreign trade enterprises'. "
        "Electric vehicles ('part of that figure') -> exports value, product 'electric vehicles'. The city shares (Shenzhen "
        "49.8%) are shares of the province's total, area Shenzhen.",
        "Not facts: 'outpacing national growth by 1.1 percentage points' and '1.0 percentage point above that of "
        "a year earlier' (derived comparisons); '41st consecutive year' (streak); "
        "'7,100 more' enterprises (a change in a count, derived); 'nine cities', 'four cities' (not "
        "trade flows); 'the fastest growth among the four cities' (a ranking of growth rates, not of a flow, "
        "and no number); 'more than 300 enterprise groups', 'over 26,000 enterprises' at the fair, '139th and "
        "140th sessions' (exhibitions, not trade flows); the market and product paragraphs without numbers.",
        "Copy check: 8 sentences searched, 0 reworded.",
        "Second check: 22 sentences searched, 5 reworded.",
    ],
    "facts": [
        fact(GD, "total", "value", 84562.3e8, "CNY", JAN_NOV, "84,562.3 100 million", E_TOTAL),
        fact(GD, "total", "growth", 3.4, "percent", JAN_NOV, "3.4", E_TOTAL),
        fact(GD, "total", "share", 20.1, "percent", JAN_NOV, "20.1", E_TOTAL),
        fact(GD, "exports", "value", 54318.6e8, "CNY", JAN_NOV, "54,318.6 100 million", E_EXP),
        fact(GD, "exports", "growth", 4.2, "percent", JAN_NOV, "4.2", E_EXP),
        fact(GD, "imports", "value", 30243.7e8, "CNY", JAN_NOV, "30,243.7 100 million", E_IMP),
        fact(GD, "imports", "growth", 2.0, "percent", JAN_NOV, "2.0", E_IMP),
        fact(GD, "balance", "value", 24074.9e8, "CNY", JAN_NOV, "24,074.9 100 million",
             "the trade surplus was 24,074.9 100 million yuan"),
        fact(GD, "total", "rank", 1, "number", JAN_NOV, "first", E_RANK),
        fact(GD, "exports", "rank", 1, "number", JAN_NOV, "first", E_RANK),
        fact(GD, "imports", "rank", 2, "number", JAN_NOV, "second", E_RANK),
        fact(GD, "total", "value", 50145.8e8, "CNY", JAN_NOV, "50,145.8 100 million", E_GT, segment="general trade"),
        fact(GD, "total", "growth", 5.1, "percent", JAN_NOV, "5.1", E_GT, segment="general trade"),
        fact(GD, "total", "share", 59.3, "percent", JAN_NOV, "59.3", E_GT, segment="general trade"),
        fact(GD, "total", "value", 22917.2e8, "CNY", JAN_NOV, "22,917.2 100 million", E_PT, segment="processing trade"),
        fact(GD, "total", "growth", -0.8, "percent", JAN_NOV, "0.8", E_PT, segment="processing trade"),
        fact(GD, "total", "share", 27.1, "percent", JAN_NOV, "27.1", E_PT, segment="processing trade"),
        fact(GD, "total", "value", 55380.4e8, "CNY", JAN_NOV, "55,380.4 100 million", E_PE,
             segment="private enterprises"),
        fact(GD, "total", "share", 65.5, "percent", JAN_NOV, "65.5", E_PE, segment="private enterprises"),
        fact(GD, "total", "count", 118600, "number", JAN_NOV, "118,600",
             "In all, 118,600 enterprises in the province posted actual import and export performance during the period",
             segment="foreign trade enterprises"),
        fact("Pearl River Delta", "total", "value", 80340.2e8, "CNY", JAN_NOV, "80,340.2 100 million", E_PRD),
        fact("Pearl River Delta", "total", "share", 95.0, "percent", JAN_NOV, "95.0", E_PRD),
        fact("Shenzhen", "total", "value", 42086.5e8, "CNY", JAN_NOV, "42,086.5 100 million", E_SZ),
        fact("Shenzhen", "total", "growth", 2.9, "percent", JAN_NOV, "2.9", E_SZ),
        fact("Shenzhen", "total", "share", 49.8, "percent", JAN_NOV, "49.8", E_SZ),
        fact("Dongguan", "total", "value", 13284.7e8, "CNY", JAN_NOV, "13,284.7 100 million", E_DG),
        fact("Dongguan", "total", "growth", 4.8, "percent", JAN_NOV, "4.8", E_DG),
        fact("Guangzhou", "total", "value", 10956.3e8, "CNY", JAN_NOV, "10,956.3 100 million", E_GZ),
        fact("Guangzhou", "total", "growth", 3.1, "percent", JAN_NOV, "3.1", E_GZ),
        fact("Foshan", "total", "value", 6218.9e8, "CNY", JAN_NOV, "6,218.9 100 million", E_FS),
        fact("Foshan", "total", "growth", 6.5, "percent", JAN_NOV, "6.5", E_FS),
        fact(GD, "exports", "value", 37697.1e8, "CNY", JAN_NOV, "37,697.1 100 million", E_EM,
             product="electromechanical products"),
        fact(GD, "exports", "share", 69.4, "percent", JAN_NOV, "69.4", E_EM, product="electromechanical products"),
        fact(GD, "exports", "value", 712.6e8, "CNY", JAN_NOV, "712.6 100 million",
             "electric vehicles, part of that figure, reached 712.6 100 million yuan", product="electric vehicles"),
    ],
}
