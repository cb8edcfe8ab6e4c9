from _fact import fact, period

HB = "Hubei"
WH = "Wuhan"
Q13 = period(2026, 1, 9)
SEP = period(2026, 9)

LEAD = ("Hubei's goods imports and exports for the first three quarters of this year added up to 6,012.7 hundred "
        "million yuan, 9.8% more than in the same period of last year")
SPLIT = ("exports amounted to 4,103.5 hundred million yuan, growing 12.6%, and imports amounted to "
         "1,909.2 hundred million yuan, growing 4.2%")
SEPT = ("September's imports and exports came to 745.6 hundred million yuan, 14.3% more than a year earlier and "
        "6.2% over August")
PARTNERS_V = ("the province's imports and exports with ASEAN, the European Union and Africa reached "
              "1,002.3 hundred million yuan, 688.5 hundred million yuan and 402.6 hundred million yuan respectively")
PARTNERS_G = ("the province's imports and exports with ASEAN, the European Union and Africa reached "
              "1,002.3 hundred million yuan, 688.5 hundred million yuan and 402.6 hundred million yuan respectively, "
              "increasing by 15.2%, 6.8% and 22.7% respectively")
US = "Imports and exports with the United States stood at 541.2 hundred million yuan, a decrease of 3.4%"
BRI = "Trade with countries jointly building the Belt and Road was 3,118.4 hundred million yuan, up 13.1%"
PRIV = ("Private enterprises remained the backbone of the province's foreign trade, with combined imports and "
        "exports of 4,512.9 hundred million yuan, 12.4% more than a year before, making up 75.1% of Hubei's total")
ME = ("Mechanical and electrical products remained the mainstay of exports, with an export value of 2,531.6 "
      "hundred million yuan, an increase of 16.8%, accounting for 61.7% of the province's total exports")
AUTO = "Hubei exported 398.2 hundred million yuan of automobiles, surging 35.6%"
WUHAN = ("Wuhan handled 3547.6 100 million yuan of imports and exports, or 59.0% of the province's total")

ARTICLE = {
    "id": "dBO1_04",
    "title": "Hubei's foreign trade grows 9.8% in first three quarters, with private enterprises and automobiles leading",
    "publisher": "en.hubei.gov.cn",
    "published": "2026-10-24",
    "notes": [
        "Real figures: none (January-September 2026 has not happened). Modelled on Wuhan Customs releases as "
        "translated on en.hubei.gov.cn and Xinhua regional stories (ASEAN as Hubei's largest partner, private "
        "enterprises' share, Wuhan near 60% of the province, mechanical and electrical products near 60% of exports). "
        "Invented: every figure. Derived and checked: exports + imports = total (4,103.5 + 1,909.2 = 6,012.7); "
        "surplus = 4,103.5 - 1,909.2 = 2,194.3; ASEAN 1,002.3/6,012.7 = 16.7%; private 4,512.9/6,012.7 = 75.1%; "
        "M&E 2,531.6/4,103.5 = 61.7%; Wuhan 3,547.6/6,012.7 = 59.0%; the growth rates of exports and imports "
        "imply a 2025 base of 5,476.6 against 5,476.0 from the total's rate (within rounding); the private share "
        "a year earlier works out at 73.3%, hence the 1.7-point rise.",
        "Judgement calls: '(the same below)' makes every later rate year-on-year; '6.2% over August' is a "
        "comparison with the month before, so basis mom for September. The headline's 9.8% is the body's "
        "Jan-Sep growth: labelled once, with the body's evidence. 'this year' = 2026 from the publication date. "
        "Wuhan's figure is written '3547.6 100 million yuan' as translated releases write the unit yi; its area is "
        "Wuhan. The 8,962 enterprises are a count with segment 'foreign trade enterprises'. The Belt and Road "
        "share is given only as 'more than half' (no number), so no share fact. High-tech exports carry no "
        "growth rate in the text. ASEAN's rank (largest) is labelled; no other ranks are stated.",
        "Not facts: 6.3 percentage points above the national level and the 1.7-percentage-point rise in the "
        "private share (derived comparisons); 574 more enterprises (a change derived from two counts); 14 of 17 "
        "cities with growth (conditional count); 935 China-Europe Railway Express trips (not a trade flow); "
        "'fastest monthly pace so far in 2026' (milestone); years 2025 and 2026; dates October 23 and 24.",
        "Copy check: 8 sentences searched (lead, export/import split, September, partner list, M&E, automobiles, "
        "enterprise count, closing); 3 reworded (the private-enterprise sentence and the Wuhan sentence were close "
        "to Hubei sentences in the results; the closing customs pledge was close to a GAC formula).",
        "Second check: 25 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(HB, "total", "value", 6012.7e8, "CNY", Q13, "6,012.7 hundred million", LEAD),
        fact(HB, "total", "growth", 9.8, "percent", Q13, "9.8", LEAD),
        fact(HB, "exports", "value", 4103.5e8, "CNY", Q13, "4,103.5 hundred million", SPLIT),
        fact(HB, "exports", "growth", 12.6, "percent", Q13, "12.6", SPLIT),
        fact(HB, "imports", "value", 1909.2e8, "CNY", Q13, "1,909.2 hundred million", SPLIT),
        fact(HB, "imports", "growth", 4.2, "percent", Q13, "4.2", SPLIT),
        fact(HB, "balance", "value", 2194.3e8, "CNY", Q13, "2,194.3 hundred million",
             "Hubei therefore ran a trade surplus of 2,194.3 hundred million yuan in the period"),
        fact(HB, "total", "value", 745.6e8, "CNY", SEP, "745.6 hundred million", SEPT),
        fact(HB, "total", "growth", 14.3, "percent", SEP, "14.3", SEPT),
        fact(HB, "total", "growth", 6.2, "percent", SEP, "6.2", SEPT, basis="mom"),
        fact(HB, "total", "rank", 1, "number", Q13, "largest", "ASEAN remained Hubei's largest trading partner",
             partner="ASEAN"),
        fact(HB, "total", "value", 1002.3e8, "CNY", Q13, "1,002.3 hundred million", PARTNERS_V, partner="ASEAN"),
        fact(HB, "total", "value", 688.5e8, "CNY", Q13, "688.5 hundred million", PARTNERS_V,
             partner="European Union"),
        fact(HB, "total", "value", 402.6e8, "CNY", Q13, "402.6 hundred million", PARTNERS_V, partner="Africa"),
        fact(HB, "total", "growth", 15.2, "percent", Q13, "15.2", PARTNERS_G, partner="ASEAN"),
        fact(HB, "total", "growth", 6.8, "percent", Q13, "6.8", PARTNERS_G, partner="European Union"),
        fact(HB, "total", "growth", 22.7, "percent", Q13, "22.7", PARTNERS_G, partner="Africa"),
        fact(HB, "total", "share", 16.7, "percent", Q13, "16.7",
             "Trade with ASEAN alone accounted for 16.7% of the provincial total", partner="ASEAN"),
        fact(HB, "total", "value", 541.2e8, "CNY", Q13, "541.2 hundred million", US, partner="United States"),
        fact(HB, "total", "growth", -3.4, "percent", Q13, "3.4", US, partner="United States"),
        fact(HB, "total", "value", 3118.4e8, "CNY", Q13, "3,118.4 hundred million", BRI,
             partner="Belt and Road partner countries"),
        fact(HB, "total", "growth", 13.1, "percent", Q13, "13.1", BRI, partner="Belt and Road partner countries"),
        fact(HB, "total", "value", 4512.9e8, "CNY", Q13, "4,512.9 hundred million", PRIV,
             segment="private enterprises"),
        fact(HB, "total", "growth", 12.4, "percent", Q13, "12.4", PRIV, segment="private enterprises"),
        fact(HB, "total", "share", 75.1, "percent", Q13, "75.1", PRIV, segment="private enterprises"),
        fact(HB, "total", "count", 8962, "number", Q13, "8,962",
             "8,962 enterprises in the province had actual import and export records",
             segment="foreign trade enterprises"),
        fact(HB, "exports", "value", 2531.6e8, "CNY", Q13, "2,531.6 hundred million", ME,
             product="mechanical and electrical products"),
        fact(HB, "exports", "growth", 16.8, "percent", Q13, "16.8", ME, product="mechanical and electrical products"),
        fact(HB, "exports", "share", 61.7, "percent", Q13, "61.7", ME, product="mechanical and electrical products"),
        fact(HB, "exports", "value", 1087.4e8, "CNY", Q13, "1,087.4 hundred million",
             "Exports of high-tech products were 1,087.4 hundred million yuan", product="high-tech products"),
        fact(HB, "exports", "value", 398.2e8, "CNY", Q13, "398.2 hundred million", AUTO, product="automobiles"),
        fact(HB, "exports", "growth", 35.6, "percent", Q13, "35.6", AUTO, product="automobiles"),
        fact(WH, "total", "value", 3547.6e8, "CNY", Q13, "3547.6 100 million", WUHAN),
        fact(WH, "total", "share", 59.0, "percent", Q13, "59.0", WUHAN),
    ],
}
