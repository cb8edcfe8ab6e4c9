from _fact import fact, period

CN = "China"
MAY = period(2026, 5)
APR = period(2026, 4)
YTD = period(2026, 1, 5)

EXP = "Exports              339.5      7.4         5.9        1,651.3     11.2"
IMP = "Imports              219.5      3.1         2.6        1,112.6      9.8"
BAL = "Trade balance        120.0       --          --          538.7       --"
US = "United States         26.9     -6.6        -9.8          132.5     -9.1"
EU = "European Union        55.3     12.1        14.6          262.8     17.5"
AS = "ASEAN                 61.4     12.5        10.8          295.0     19.6"
CR = "IMPORTS (mln tonnes):\n Crude oil             50.4      4.9        -2.3          234.6      3.5"

ARTICLE = {
    "id": "dBL1_02",
    "title": "TABLE-China's May trade with key partners, crude oil imports",
    "publisher": "Reuters",
    "published": "2026-06-09",
    "notes": [
        "Real figures: none for May 2026 (not yet published at the time modelled); base-year levels (May 2025 exports, exports to the US, crude oil imports) follow real 2025 reporting. Invented: every 2026 cell, kept internally consistent (balance = exports - imports; Jan-May totals include the real Jan-Feb 2026 dollar figures).",
        "Judgement calls: table cells take their scale from the header '($ bln unless stated)'; the crude oil block takes 'mln tonnes' from its sub-header, so value_text is the bare cell and value is scaled. Rows under 'EXPORTS TO:' are exports with that partner; the crude oil row is imports, quantity. The 'Apr y/y pct' column is year-on-year growth for April 2026. Lead-paragraph figures 7.4, 5.9 (April) and 3.1 repeat table cells and are labelled once, with the prose as evidence. '1.6% from April' is month-on-month export growth. Crude oil y/y cells are volume changes, the only growth given for that row, labelled as growth. Negative cells keep their minus sign in value_text. Crude oil evidence spans the block sub-header and the row, because the unit and scale (mln tonnes) are stated only in the sub-header.",
        "Not facts: '5.0% increase forecast by economists in a Reuters poll' (forecast); '--' cells (no figure); the June 20 release date.",
        "Length: about 230 words, shorter than the general target, because the kind is a short lead plus a flattened table and notes.",
        "Copy check: 1 sentence searched, 0 reworded. Second check: 9 sentences searched, 1 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "growth", 7.4, "percent", MAY, "7.4",
             "China's exports rose 7.4% year on year in May"),
        fact(CN, "exports", "growth", 5.9, "percent", APR, "5.9",
             "outpacing both April's 5.9% gain"),
        fact(CN, "imports", "growth", 3.1, "percent", MAY, "3.1",
             "Imports climbed 3.1%"),
        fact(CN, "exports", "growth", 1.6, "percent", MAY, "1.6",
             "outbound shipments edged up 1.6% from April", basis="mom"),
        fact(CN, "exports", "value", 339.5e9, "USD", MAY, "339.5", EXP),
        fact(CN, "exports", "value", 1651.3e9, "USD", YTD, "1,651.3", EXP),
        fact(CN, "exports", "growth", 11.2, "percent", YTD, "11.2", EXP),
        fact(CN, "imports", "value", 219.5e9, "USD", MAY, "219.5", IMP),
        fact(CN, "imports", "growth", 2.6, "percent", APR, "2.6", IMP),
        fact(CN, "imports", "value", 1112.6e9, "USD", YTD, "1,112.6", IMP),
        fact(CN, "imports", "growth", 9.8, "percent", YTD, "9.8", IMP),
        fact(CN, "balance", "value", 120.0e9, "USD", MAY, "120.0", BAL),
        fact(CN, "balance", "value", 538.7e9, "USD", YTD, "538.7", BAL),
        fact(CN, "exports", "value", 26.9e9, "USD", MAY, "26.9", US, partner="United States"),
        fact(CN, "exports", "growth", -6.6, "percent", MAY, "-6.6", US, partner="United States"),
        fact(CN, "exports", "growth", -9.8, "percent", APR, "-9.8", US, partner="United States"),
        fact(CN, "exports", "value", 132.5e9, "USD", YTD, "132.5", US, partner="United States"),
        fact(CN, "exports", "growth", -9.1, "percent", YTD, "-9.1", US, partner="United States"),
        fact(CN, "exports", "value", 55.3e9, "USD", MAY, "55.3", EU, partner="European Union"),
        fact(CN, "exports", "growth", 12.1, "percent", MAY, "12.1", EU, partner="European Union"),
        fact(CN, "exports", "growth", 14.6, "percent", APR, "14.6", EU, partner="European Union"),
        fact(CN, "exports", "value", 262.8e9, "USD", YTD, "262.8", EU, partner="European Union"),
        fact(CN, "exports", "growth", 17.5, "percent", YTD, "17.5", EU, partner="European Union"),
        fact(CN, "exports", "value", 61.4e9, "USD", MAY, "61.4", AS, partner="ASEAN"),
        fact(CN, "exports", "growth", 12.5, "percent", MAY, "12.5", AS, partner="ASEAN"),
        fact(CN, "exports", "growth", 10.8, "percent", APR, "10.8", AS, partner="ASEAN"),
        fact(CN, "exports", "value", 295.0e9, "USD", YTD, "295.0", AS, partner="ASEAN"),
        fact(CN, "exports", "growth", 19.6, "percent", YTD, "19.6", AS, partner="ASEAN"),
        fact(CN, "imports", "quantity", 50.4e6, "tonnes", MAY, "50.4", CR, product="crude oil"),
        fact(CN, "imports", "growth", 4.9, "percent", MAY, "4.9", CR, product="crude oil"),
        fact(CN, "imports", "growth", -2.3, "percent", APR, "-2.3", CR, product="crude oil"),
        fact(CN, "imports", "quantity", 234.6e6, "tonnes", YTD, "234.6", CR, product="crude oil"),
        fact(CN, "imports", "growth", 3.5, "percent", YTD, "3.5", CR, product="crude oil"),
    ],
}
