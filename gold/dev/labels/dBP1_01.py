from _fact import fact, period

HN = "Hunan"
JN = period(2026, 1, 11)
NOV = period(2026, 11)

E_TOTAL = ("our province's goods trade reached 5,812.4 hundred million yuan in January-November 2026, "
           "up 6.3%")
E_NOV = ("November alone brought 612.8 hundred million yuan of imports and exports, "
         "9.4% more than a year earlier and 5.1% above the October level")
E_GT = ("general trade import and export of the province reached 3,958.6 hundred million yuan, an increase of 7.7%, "
        "accounting for 68.1% of the total import and export value of the province")
E_PT = "Processing trade import and export was 794.3 hundred million yuan, a decrease of 3.4%"
E_PE = ("Private enterprises traded goods worth 4,603.4 hundred million yuan over the same months, "
        "8.0% more than a year before, and their share of the provincial total reached 79.2%")
E_ASEAN = ("Trade with ASEAN, still the province's largest trading partner, grew 11.2% to 1,024.6 hundred "
           "million yuan and made up 17.6% of the total")
E_RANKS = "The European Union ranked as the second-largest partner and the United States as the third"
E_EUUS = (E_RANKS + ", with trade of 688.3 hundred million yuan and 512.9 hundred million yuan respectively")
E_BR = ("The import and export with Belt and Road partner countries totalled 3,041.5 hundred million yuan, "
        "an increase of 9.8%")
E_ME = ("Mechanical and electrical products brought in 2,203.9 hundred million yuan of export sales over "
        "January-November, up 10.6%, or 54.8% of everything the province exported")
ME = "mechanical and electrical products"
EU = "European Union"
US = "United States"
BR = "Belt and Road partner countries"

ARTICLE = {
    "id": "dBP1_01",
    "title": "Hunan Posts 6.3% Rise in Goods Trade over January-November 2026",
    "publisher": "Department of Commerce of Hunan Province",
    "published": "2026-12-16",
    "notes": [
        "Real figures: none (January-November 2026 has not happened). Modelled on translated provincial releases "
        "(Hunan, Sichuan, Jilin, Henan) in hundred million yuan with '(the same below)' and 'accounting for' "
        "(the second check reworded most of the sentences that used them). Invented: every figure. Derived and checked: exports 4,021.7 + imports 1,790.7 = total "
        "5,812.4; surplus 2,231.0 = exports - imports; shares 68.1 (3,958.6/5,812.4), 79.2 (4,603.4/5,812.4), "
        "17.6 (1,024.6/5,812.4), 54.8 (2,203.9/4,021.7).",
        "Judgement calls: area is Hunan throughout ('our province'). '(the same below)' makes every later growth a "
        "year-on-year rate against January-November 2025; the November growth '5.1% above the October level' is basis mom "
        "(period November 2026, October is the base, not the period). 'in total scale the province ranked 12th in "
        "the country' is a rank of Hunan's total trade (rank 12). ASEAN 'largest', the EU 'second-largest' and the US 'third' are "
        "partner ranks for January-November. The count of enterprises with actual import or export business on "
        "record (8,916) is segment 'foreign trade enterprises'. The November single-month figure carries no export/import "
        "split by design.",
        "Not facts: 'exceeded the national growth rate by 2.9 percentage points' (derived comparison); 'the fourth "
        "month in a row' (streak); '642 more' enterprises (a difference between counts); 'fourth "
        "China-Africa Economic and Trade Expo' and 2025 (event, year); '141st China Import and Export Fair' "
        "(event); 'annual target of foreign trade growth of about 5%' (target); the year 2026.",
        "Copy check: 9 sentences searched, 0 reworded (only generic release formulas such as 'an increase of ..., "
        "accounting for ...' recur in real releases; no sentence shares clause order and wording).",
        "Second check: 19 sentences searched, 9 reworded.",
    ],
    "facts": [
        fact(HN, "total", "value", 5812.4e8, "CNY", JN, "5,812.4 hundred million", E_TOTAL),
        fact(HN, "total", "growth", 6.3, "percent", JN, "6.3", E_TOTAL),
        fact(HN, "total", "rank", 12, "number", JN, "12th", "in total scale the province ranked 12th in the country"),
        fact(HN, "exports", "value", 4021.7e8, "CNY", JN, "4,021.7 hundred million",
             "Exports made up 4,021.7 hundred million yuan of this and grew 8.1%"),
        fact(HN, "exports", "growth", 8.1, "percent", JN, "8.1",
             "Exports made up 4,021.7 hundred million yuan of this and grew 8.1%"),
        fact(HN, "imports", "value", 1790.7e8, "CNY", JN, "1,790.7 hundred million",
             "imports, 2.5% higher, came to 1,790.7 hundred million yuan"),
        fact(HN, "imports", "growth", 2.5, "percent", JN, "2.5",
             "imports, 2.5% higher, came to 1,790.7 hundred million yuan"),
        fact(HN, "balance", "value", 2231.0e8, "CNY", JN, "2,231.0 hundred million",
             "the province's trade surplus thus stood at 2,231.0 hundred million yuan"),
        fact(HN, "total", "value", 612.8e8, "CNY", NOV, "612.8 hundred million", E_NOV),
        fact(HN, "total", "growth", 9.4, "percent", NOV, "9.4", E_NOV),
        fact(HN, "total", "growth", 5.1, "percent", NOV, "5.1", E_NOV, basis="mom"),
        fact(HN, "total", "value", 3958.6e8, "CNY", JN, "3,958.6 hundred million", E_GT, segment="general trade"),
        fact(HN, "total", "growth", 7.7, "percent", JN, "7.7", E_GT, segment="general trade"),
        fact(HN, "total", "share", 68.1, "percent", JN, "68.1", E_GT, segment="general trade"),
        fact(HN, "total", "value", 794.3e8, "CNY", JN, "794.3 hundred million", E_PT, segment="processing trade"),
        fact(HN, "total", "growth", -3.4, "percent", JN, "3.4", E_PT, segment="processing trade"),
        fact(HN, "total", "value", 4603.4e8, "CNY", JN, "4,603.4 hundred million", E_PE, segment="private enterprises"),
        fact(HN, "total", "growth", 8.0, "percent", JN, "8.0", E_PE, segment="private enterprises"),
        fact(HN, "total", "share", 79.2, "percent", JN, "79.2", E_PE, segment="private enterprises"),
        fact(HN, "total", "count", 8916, "number", JN, "8,916",
             "8,916 enterprises had actual import or export business on record",
             segment="foreign trade enterprises"),
        fact(HN, "total", "rank", 1, "number", JN, "largest",
             "ASEAN, still the province's largest trading partner", partner="ASEAN"),
        fact(HN, "total", "value", 1024.6e8, "CNY", JN, "1,024.6 hundred million", E_ASEAN, partner="ASEAN"),
        fact(HN, "total", "growth", 11.2, "percent", JN, "11.2", E_ASEAN, partner="ASEAN"),
        fact(HN, "total", "share", 17.6, "percent", JN, "17.6", E_ASEAN, partner="ASEAN"),
        fact(HN, "total", "rank", 2, "number", JN, "second", E_RANKS, partner=EU),
        fact(HN, "total", "rank", 3, "number", JN, "third", E_RANKS, partner=US),
        fact(HN, "total", "value", 688.3e8, "CNY", JN, "688.3 hundred million", E_EUUS, partner=EU),
        fact(HN, "total", "value", 512.9e8, "CNY", JN, "512.9 hundred million", E_EUUS, partner=US),
        fact(HN, "total", "growth", 4.7, "percent", JN, "4.7",
             "trade with the European Union increased by 4.7%", partner=EU),
        fact(HN, "total", "growth", -6.8, "percent", JN, "6.8",
             "trade with the United States decreased by 6.8%", partner=US),
        fact(HN, "total", "value", 3041.5e8, "CNY", JN, "3,041.5 hundred million", E_BR, partner=BR),
        fact(HN, "total", "growth", 9.8, "percent", JN, "9.8", E_BR, partner=BR),
        fact(HN, "exports", "value", 2203.9e8, "CNY", JN, "2,203.9 hundred million", E_ME, product=ME),
        fact(HN, "exports", "growth", 10.6, "percent", JN, "10.6", E_ME, product=ME),
        fact(HN, "exports", "share", 54.8, "percent", JN, "54.8", E_ME, product=ME),
    ],
}
