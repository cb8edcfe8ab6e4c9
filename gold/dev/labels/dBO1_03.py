from _fact import fact, period

CN = "China"
OCT = period(2026, 10)
SEP = period(2026, 9)
YTD = period(2026, 1, 10)

# table rows, verbatim (the header line above them reads "Oct ($ mln)  y/y (pct)  Jan-Oct ($ mln)  y/y (pct)")
R_TOTEX = 'Total exports                            318,640        4.2        3,172,860        5.3'
R_ME = 'Mechanical and electrical products       190,120        6.8        1,905,330        7.5'
R_GARM = 'Garments and clothing accessories         13,360       -5.4          127,240       -3.9'
R_RE = 'Rare earths (tonnes)                       5,310       18.6           55,870        3.2'
R_STEEL = 'Steel products (mln tonnes)                 9.46       -3.2           100.83        6.7'
R_TOTIM = 'Total imports                            221,470        1.6        2,144,930       -0.4'
R_CRUDE = 'Crude oil (mln tonnes)                     47.92        3.9           478.65        2.6'
R_BAL = 'Trade balance                             97,170         --        1,027,930         --'

E_LEAD = ("China's export growth slowed to 4.2% in October from 6.9% in September, while imports rose 1.6% after "
          "gaining 2.8% a month earlier")

ME = "mechanical and electrical products"
GARM = "garments and clothing accessories"
RE = "rare earths"
STEEL = "steel products"
CRUDE = "crude oil"

ARTICLE = {
    "id": "dBO1_03",
    "title": "TABLE-China's October exports and imports by key product",
    "publisher": "Reuters",
    "published": "2026-11-07",
    "notes": [
        "Real figures: none (October 2026 has not happened). Modelled on Reuters TABLE- items and customs "
        "key-commodity releases (October 2019/2021/2025 stories on rare earths, steel, crude oil). Invented: every "
        "figure. Derived: balance 318,640 - 221,470 = 97,170 and 3,172,860 - 2,144,930 = 1,027,930 ($ mln); "
        "mechanical and electrical products are 59.7% of October exports and 60.1% of January-October exports "
        "(not stated). Rare-earth volumes are kept consistent with dBO1_02 (44,760 t to August; 55,870 t to "
        "October, so September would be 5,800 t).",
        "Judgement calls: money cells take their scale from the header line '($ mln)' (318,640 -> 318.64e9 USD); "
        "tonnage rows carry their own unit: '(tonnes)' is plain tonnes, '(mln tonnes)' millions of tonnes, and "
        "their y/y cells are growth of the volume, labelled as growth with the product (no value growth is given "
        "beside them). Negative cells are written with a minus sign and keep it. The October growth rates of "
        "total exports (4.2) and total imports (1.6) appear both in the lead and in the table: labelled once, "
        "with the lead's evidence. '2.8% a month earlier' is September's year-on-year import growth (not mom: "
        "'a month earlier' names the period). The trade balance row has no change column ('--'). Evidence for "
        "table cells is the whole row line.",
        "Not facts: the poll forecasts (3.5% exports, 0.8% imports); 'Nov. 20' (a date); the years 2025 and 2026; "
        "'week-long' holiday.",
        "Copy check: 6 sentences searched (lead, commodity paragraph, analyst quote, table intro, notes line, and "
        "the rewritten quote), 0 reworded for copying (none matched a real sentence's clause order and wording); "
        "1 rewritten for consistency (the analyst's high-base explanation was replaced because real October 2025 "
        "exports were weak, not front-loaded). The table rows are data lines, not searched.",
        "Second check: 16 sentences searched, 0 reworded.",
    ],
    "facts": [
        fact(CN, "exports", "growth", 4.2, "percent", OCT, "4.2", E_LEAD),
        fact(CN, "exports", "growth", 6.9, "percent", SEP, "6.9", E_LEAD),
        fact(CN, "imports", "growth", 1.6, "percent", OCT, "1.6", E_LEAD),
        fact(CN, "imports", "growth", 2.8, "percent", SEP, "2.8", E_LEAD),
        fact(CN, "exports", "value", 318640e6, "USD", OCT, "318,640", R_TOTEX),
        fact(CN, "exports", "value", 3172860e6, "USD", YTD, "3,172,860", R_TOTEX),
        fact(CN, "exports", "growth", 5.3, "percent", YTD, "5.3", R_TOTEX),
        fact(CN, "exports", "value", 190120e6, "USD", OCT, "190,120", R_ME, product=ME),
        fact(CN, "exports", "growth", 6.8, "percent", OCT, "6.8", R_ME, product=ME),
        fact(CN, "exports", "value", 1905330e6, "USD", YTD, "1,905,330", R_ME, product=ME),
        fact(CN, "exports", "growth", 7.5, "percent", YTD, "7.5", R_ME, product=ME),
        fact(CN, "exports", "value", 13360e6, "USD", OCT, "13,360", R_GARM, product=GARM),
        fact(CN, "exports", "growth", -5.4, "percent", OCT, "-5.4", R_GARM, product=GARM),
        fact(CN, "exports", "value", 127240e6, "USD", YTD, "127,240", R_GARM, product=GARM),
        fact(CN, "exports", "growth", -3.9, "percent", YTD, "-3.9", R_GARM, product=GARM),
        fact(CN, "exports", "quantity", 5310, "tonnes", OCT, "5,310", R_RE, product=RE),
        fact(CN, "exports", "growth", 18.6, "percent", OCT, "18.6", R_RE, product=RE),
        fact(CN, "exports", "quantity", 55870, "tonnes", YTD, "55,870", R_RE, product=RE),
        fact(CN, "exports", "growth", 3.2, "percent", YTD, "3.2", R_RE, product=RE),
        fact(CN, "exports", "quantity", 9.46e6, "tonnes", OCT, "9.46", R_STEEL, product=STEEL),
        fact(CN, "exports", "growth", -3.2, "percent", OCT, "-3.2", R_STEEL, product=STEEL),
        fact(CN, "exports", "quantity", 100.83e6, "tonnes", YTD, "100.83", R_STEEL, product=STEEL),
        fact(CN, "exports", "growth", 6.7, "percent", YTD, "6.7", R_STEEL, product=STEEL),
        fact(CN, "imports", "value", 221470e6, "USD", OCT, "221,470", R_TOTIM),
        fact(CN, "imports", "value", 2144930e6, "USD", YTD, "2,144,930", R_TOTIM),
        fact(CN, "imports", "growth", -0.4, "percent", YTD, "-0.4", R_TOTIM),
        fact(CN, "imports", "quantity", 47.92e6, "tonnes", OCT, "47.92", R_CRUDE, product=CRUDE),
        fact(CN, "imports", "growth", 3.9, "percent", OCT, "3.9", R_CRUDE, product=CRUDE),
        fact(CN, "imports", "quantity", 478.65e6, "tonnes", YTD, "478.65", R_CRUDE, product=CRUDE),
        fact(CN, "imports", "growth", 2.6, "percent", YTD, "2.6", R_CRUDE, product=CRUDE),
        fact(CN, "balance", "value", 97170e6, "USD", OCT, "97,170", R_BAL),
        fact(CN, "balance", "value", 1027930e6, "USD", YTD, "1,027,930", R_BAL),
    ],
}
