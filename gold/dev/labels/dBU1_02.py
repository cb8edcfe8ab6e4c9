from _fact import fact, period

JS = "Jiangsu"
YTD = period(2026, 1, 11)

PARTNERS = ("Trade with the EU, ASEAN, the United States and South Korea was 7,805.3, 7,902.6, 6,140.9 and 4,588.2 "
            "hundred million yuan, up 5.1% and 9.8%, down 6.5% and up 1.4% respectively")
NEW3 = ('Exports of the "new three" products, namely electric vehicles, lithium-ion batteries and solar cells, were '
        '1,236.8 hundred million yuan, up 2.7%')
FLOWS = ("exports and imports were 37,860.2 hundred million yuan and 18,620.3 hundred million yuan, increasing by 5.3% "
         "and 3.2% respectively")
TOTAL = ("Jiangsu Province's goods imports and exports for January-November 2026 totalled 56,480.5 hundred million "
         "yuan, Nanjing Customs statistics show, a rise of 4.6% on a year earlier")
GT = ("General trade rose 6.8% to 33,320.4 hundred million yuan over the first 11 months and made up 59.0% of the "
      "provincial total")
PT = "Import and export value under processing trade was 16,155.0 hundred million yuan, down 1.2%."
PE = ("Private enterprises, whose imports and exports totalled 25,810.6 hundred million yuan after an increase of "
      "9.3%, took a 45.7% share of the provincial total")
BR = ("The province's imports and exports with Belt and Road countries amounted to 28,520.7 hundred million yuan, "
      "up 8.4%, accounting for 50.5% of the total.")
BRI = "Belt and Road partner countries"

ARTICLE = {
    "id": "dBU1_02",
    "title": "Jiangsu's foreign trade reaches 5.65 trillion yuan in first 11 months of 2026, up 4.6%",
    "publisher": "Nanjing Customs",
    "published": "2026-12-19",
    "notes": [
        "Real figures: none for 2026 (January-November 2026 is not yet reported). Modelled on Nanjing Customs / "
        "Xinhua reporting of Jiangsu's January-November 2025 trade (about 5.4 trillion yuan, up 6.2%; exports 3.6 "
        "trillion; Belt and Road trade about half the total) and on the structure of earlier Jiangsu releases (EU, "
        "ASEAN, US, South Korea lists; private enterprises around 45%). Invented: every 2026 figure. "
        "Derived and checked: exports + imports 37,860.2 + 18,620.3 = 56,480.5; shares 33,320.4 / 56,480.5 = 59.0%, "
        "25,810.6 / 56,480.5 = 45.7%, 28,520.7 / 56,480.5 = 50.5%, foreign-invested 45.2% (about 25,520 hundred "
        "million, not stated); headline 5.65 trillion rounds 56,480.5 hundred million; growth 4.6% is consistent "
        "with the real 2025 base of about 5.4 trillion; ASEAN (7,902.6) now above the EU (7,805.3) while the "
        "stated growth rates put the EU above ASEAN a year earlier; the 1.2-point rise in the general-trade share "
        "and the 4.1-point contribution of private enterprises agree with the stated values and rates.",
        "Judgement calls: the headline's 5.65 trillion and 4.6% are the body's total and growth, labelled once with "
        "the body's evidence. 'growth rates given below are likewise year on year' makes every later rate year-on-year. In the partner list the bare "
        "figures take the 'hundred million' scale written once after the last one; the growth list mixes 'up' and "
        "'down', so the US rate is -6.5. 'ASEAN overtook the EU and now ranks as the province's largest trading "
        "partner' is rank 1 for partner ASEAN (the heading 'ASEAN rose to the top' states the same observation). "
        "The count of 79,236 enterprises with actual import and export performance is segment 'foreign trade "
        "enterprises'. Partner 'Belt and Road countries' is written as the canonical 'Belt and Road partner "
        "countries'. Product 'new three' for the 'new three' products; lithium-ion batteries is the 'of which' item.",
        "Not facts: '1.8 percentage points higher than the national level', 'its share widening by 1.2 percentage "
        "points from a year earlier', 'contributed 4.1 percentage points to overall growth' (comparisons and contributions); "
        "'4,152 more than in the same period last year' (a change in a count, not a count); the years 2026 in the "
        "dateline and the closing paragraph; section numerals I-IV. Solar cells and photovoltaic products are "
        "mentioned without a figure.",
        "Copy check: 9 sentences searched, 3 reworded (the private-enterprise sentence, close in skeleton to Xinhua's "
        "'accounting for ... percent of the province's total foreign trade volume'; the ASEAN-rank sentence, close to "
        "'has replaced the United States as the largest trading partner of ... Jiangsu'; and the closing official's "
        "sentence, close to 'assist enterprises in stabilizing orders and expanding their markets').",
        "Second check: 20 sentences searched, 2 reworded.",
    ],
    "facts": [
        fact(JS, "total", "value", 5.64805e12, "CNY", YTD, "56,480.5 hundred million", TOTAL),
        fact(JS, "total", "growth", 4.6, "percent", YTD, "4.6", TOTAL),
        fact(JS, "total", "share", 13.6, "percent", YTD, "13.6",
             "The province's foreign trade accounted for 13.6% of the national total"),
        fact(JS, "total", "rank", 2, "number", YTD, "second",
             "The province's foreign trade accounted for 13.6% of the national total, ranking second in the country"),
        fact(JS, "exports", "value", 3.78602e12, "CNY", YTD, "37,860.2 hundred million", FLOWS),
        fact(JS, "imports", "value", 1.86203e12, "CNY", YTD, "18,620.3 hundred million", FLOWS),
        fact(JS, "exports", "growth", 5.3, "percent", YTD, "5.3", FLOWS),
        fact(JS, "imports", "growth", 3.2, "percent", YTD, "3.2", FLOWS),
        fact(JS, "total", "value", 3.33204e12, "CNY", YTD, "33,320.4 hundred million", GT, segment="general trade"),
        fact(JS, "total", "growth", 6.8, "percent", YTD, "6.8", GT, segment="general trade"),
        fact(JS, "total", "share", 59.0, "percent", YTD, "59.0", GT, segment="general trade"),
        fact(JS, "total", "value", 1.6155e12, "CNY", YTD, "16,155.0 hundred million", PT, segment="processing trade"),
        fact(JS, "total", "growth", -1.2, "percent", YTD, "1.2", PT, segment="processing trade"),
        fact(JS, "total", "value", 2.58106e12, "CNY", YTD, "25,810.6 hundred million", PE,
             segment="private enterprises"),
        fact(JS, "total", "growth", 9.3, "percent", YTD, "9.3", PE, segment="private enterprises"),
        fact(JS, "total", "share", 45.7, "percent", YTD, "45.7", PE, segment="private enterprises"),
        fact(JS, "total", "share", 45.2, "percent", YTD, "45.2",
             "Foreign-invested enterprises accounted for 45.2% of the total.", segment="foreign-invested enterprises"),
        fact(JS, "total", "count", 79236, "number", YTD, "79,236",
             "79,236 enterprises in the province had actual import and export performance",
             segment="foreign trade enterprises"),
        fact(JS, "total", "value", 2.85207e12, "CNY", YTD, "28,520.7 hundred million", BR, partner=BRI),
        fact(JS, "total", "growth", 8.4, "percent", YTD, "8.4", BR, partner=BRI),
        fact(JS, "total", "share", 50.5, "percent", YTD, "50.5", BR, partner=BRI),
        fact(JS, "total", "value", 7.8053e11, "CNY", YTD, "7,805.3", PARTNERS, partner="European Union"),
        fact(JS, "total", "value", 7.9026e11, "CNY", YTD, "7,902.6", PARTNERS, partner="ASEAN"),
        fact(JS, "total", "value", 6.1409e11, "CNY", YTD, "6,140.9", PARTNERS, partner="United States"),
        fact(JS, "total", "value", 4.5882e11, "CNY", YTD, "4,588.2 hundred million", PARTNERS, partner="South Korea"),
        fact(JS, "total", "growth", 5.1, "percent", YTD, "5.1", PARTNERS, partner="European Union"),
        fact(JS, "total", "growth", 9.8, "percent", YTD, "9.8", PARTNERS, partner="ASEAN"),
        fact(JS, "total", "growth", -6.5, "percent", YTD, "6.5", PARTNERS, partner="United States"),
        fact(JS, "total", "growth", 1.4, "percent", YTD, "1.4", PARTNERS, partner="South Korea"),
        fact(JS, "total", "rank", 1, "number", YTD, "largest",
             "ASEAN overtook the EU and now ranks as the province's largest trading partner", partner="ASEAN"),
        fact(JS, "exports", "value", 1.2368e11, "CNY", YTD, "1,236.8 hundred million", NEW3, product="new three"),
        fact(JS, "exports", "growth", 2.7, "percent", YTD, "2.7", NEW3, product="new three"),
        fact(JS, "exports", "value", 6.125e10, "CNY", YTD, "612.5 hundred million",
             "of which lithium-ion batteries were 612.5 hundred million yuan, up 15.2%",
             product="lithium-ion batteries"),
        fact(JS, "exports", "growth", 15.2, "percent", YTD, "15.2",
             "of which lithium-ion batteries were 612.5 hundred million yuan, up 15.2%",
             product="lithium-ion batteries"),
    ],
}
