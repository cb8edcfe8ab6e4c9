from _fact import fact, period

H1 = period(2025, 1, 6)
JUN = period(2025, 6)
Z = "Zhengzhou"

S_TOTAL = ("the total import and export value of goods trade of our city reached 2746.8 hundred million yuan, "
           "an increase of 38.7% over the same period of last year")
S_RANK = "the city coming first among the central provinces' capital cities on the total value as well as on the growth rate"
S_SHARE = "The city's foreign trade accounted for 64.5% of the total import and export value of Henan Province in the same period."
S_EXP = "the export value was 1702.3 hundred million yuan, an increase of 45.2%"
S_IMP = "the import value was 1044.5 hundred million yuan, an increase of 29.4%"
S_JUN = ("In June alone, the import and export value of the city was 561.2 hundred million yuan, "
         "an increase of 52.6% year on year and an increase of 18.3% month on month")
S_PROC = ("the import and export of processing trade in the city was 1685.4 hundred million yuan, an increase of 56.1%, "
          "accounting for 61.4% of the city's total import and export value")
S_GEN = "The import and export of general trade was 792.6 hundred million yuan, an increase of 12.8%, accounting for 28.9%."
S_BOND = "The import and export of bonded logistics was 261.3 hundred million yuan, an increase of 27.5%."
S_FIE = ("The import and export of foreign-invested enterprises was 1631.7 hundred million yuan, an increase of 58.4%, "
         "accounting for 59.4% of the total.")
S_PS = ("The import and export of private enterprises and state-owned enterprises were 942.5 hundred million yuan and "
        "169.8 hundred million yuan respectively, an increase of 14.6% and 9.1% respectively.")
S_CNT = ("The number of enterprises with actual import and export performance in the city reached 4,862, "
         "of which 4,215 were private enterprises.")
S_ME = ("Exports of mechanical and electrical products amounted to 1498.6 hundred million RMB, an increase of 49.7%, "
        "accounting for 88% of the city's total export value.")
S_PH = "mobile phones were exported 1102.4 hundred million RMB, an increase of 61.3%"
S_AU = "automobiles were exported 86.2 hundred million RMB, an increase of 22.4%"
S_LI = "Exports of labor-intensive products were 41.7 hundred million RMB, a decrease of 6.8%."
S_IC = ("integrated circuits were imported 512.9 hundred million yuan, an increase of 41%, "
        "accounting for 49.1% of the city's total import value")
S_AG = "agricultural products were imported 38.6 hundred million yuan, a decrease of 3.2%"
S_PART = ("The United States, ASEAN and the European Union were the top three trading partners of the city, with import and "
          "export values of 702.4, 431.6 and 318.9 hundred million yuan respectively, an increase of 35.8%, 47.2% and 21.5% respectively.")
S_BRI = ("The import and export with Belt and Road partner countries was 896.3 hundred million yuan, an increase of 42.6%, "
         "accounting for 32.6% of the city's total.")
S_AFR = "Trade with Africa and Latin America grew 28.7% and 33.1% respectively compared with the previous year."

ARTICLE = {
    "id": "dBB1_02",
    "title": "Zhengzhou's Foreign Trade Import and Export Value Increased by 38.7% in the First Half of 2025",
    "publisher": "Zhengzhou Municipal Bureau of Commerce",
    "published": "2025-08-04",
    "notes": [
        "Translated municipal release. 'our city' and 'the city' resolve to Zhengzhou from the headline; running period January-June 2025.",
        "Amounts in 'hundred million yuan' and, in section III, 'hundred million RMB' (e.g. 2746.8 hundred million -> 2.7468e11; 1498.6 hundred million RMB -> 1.4986e11, unit CNY).",
        "'the city coming first among the central provinces' capital cities on the total value as well as on the growth rate': labelled once as rank 1 of Zhengzhou's total trade (a rank of the value and a rank of the growth rate would share one identity).",
        "64.5% share is Zhengzhou's share of Henan's total: area Zhengzhou, flow total, measure share.",
        "Headline growth 38.7% is the same observation as the body: labelled once.",
        "June figures: value and yoy growth for 2025-06; 'an increase of 18.3% month on month' -> basis mom. 'the highest monthly level this year' is a milestone, not labelled.",
        "Trade modes (processing trade, general trade, bonded logistics) and enterprise types (foreign-invested, private, state-owned enterprises) go in segment; growth rates with 'an increase of' are yoy by the release's default comparison with the same period of last year.",
        "Private and state-owned enterprises given with double 'respectively' coordination: split into value and growth facts per segment.",
        "Counts: 4,862 enterprises with import and export performance -> segment 'foreign trade enterprises'; 4,215 of them private -> segment 'private enterprises'.",
        "Product facts in the text's words: 'mechanical and electrical products', 'mobile phones', 'automobiles' (exports, under 'of which'), 'labor-intensive products', 'integrated circuits' and 'agricultural products' (imports). The 88% share is of total exports; 49.1% of total imports.",
        "'The United States, ASEAN and the European Union were the top three trading partners': the text states membership of the top three, not individual positions, so no rank facts are labelled (order by value would be a derivation). Values and growths split by 'respectively'.",
        "Africa and Latin America: growth only ('compared with the previous year' -> yoy), no values given.",
        "The closing paragraph on policy has no figures.",
    ],
    "facts": [
        fact(Z, "total", "value", 2746.8e8, "CNY", H1, "2746.8 hundred million", S_TOTAL),
        fact(Z, "total", "growth", 38.7, "percent", H1, "38.7", S_TOTAL),
        fact(Z, "total", "rank", 1, "number", H1, "first", S_RANK),
        fact(Z, "total", "share", 64.5, "percent", H1, "64.5", S_SHARE),
        fact(Z, "exports", "value", 1702.3e8, "CNY", H1, "1702.3 hundred million", S_EXP),
        fact(Z, "exports", "growth", 45.2, "percent", H1, "45.2", S_EXP),
        fact(Z, "imports", "value", 1044.5e8, "CNY", H1, "1044.5 hundred million", S_IMP),
        fact(Z, "imports", "growth", 29.4, "percent", H1, "29.4", S_IMP),
        fact(Z, "total", "value", 561.2e8, "CNY", JUN, "561.2 hundred million", S_JUN),
        fact(Z, "total", "growth", 52.6, "percent", JUN, "52.6", S_JUN),
        fact(Z, "total", "growth", 18.3, "percent", JUN, "18.3", S_JUN, basis="mom"),
        fact(Z, "total", "value", 1685.4e8, "CNY", H1, "1685.4 hundred million", S_PROC, segment="processing trade"),
        fact(Z, "total", "growth", 56.1, "percent", H1, "56.1", S_PROC, segment="processing trade"),
        fact(Z, "total", "share", 61.4, "percent", H1, "61.4", S_PROC, segment="processing trade"),
        fact(Z, "total", "value", 792.6e8, "CNY", H1, "792.6 hundred million", S_GEN, segment="general trade"),
        fact(Z, "total", "growth", 12.8, "percent", H1, "12.8", S_GEN, segment="general trade"),
        fact(Z, "total", "share", 28.9, "percent", H1, "28.9", S_GEN, segment="general trade"),
        fact(Z, "total", "value", 261.3e8, "CNY", H1, "261.3 hundred million", S_BOND, segment="bonded logistics"),
        fact(Z, "total", "growth", 27.5, "percent", H1, "27.5", S_BOND, segment="bonded logistics"),
        fact(Z, "total", "value", 1631.7e8, "CNY", H1, "1631.7 hundred million", S_FIE, segment="foreign-invested enterprises"),
        fact(Z, "total", "growth", 58.4, "percent", H1, "58.4", S_FIE, segment="foreign-invested enterprises"),
        fact(Z, "total", "share", 59.4, "percent", H1, "59.4", S_FIE, segment="foreign-invested enterprises"),
        fact(Z, "total", "value", 942.5e8, "CNY", H1, "942.5 hundred million", S_PS, segment="private enterprises"),
        fact(Z, "total", "growth", 14.6, "percent", H1, "14.6", S_PS, segment="private enterprises"),
        fact(Z, "total", "value", 169.8e8, "CNY", H1, "169.8 hundred million", S_PS, segment="state-owned enterprises"),
        fact(Z, "total", "growth", 9.1, "percent", H1, "9.1", S_PS, segment="state-owned enterprises"),
        fact(Z, "total", "count", 4862, "number", H1, "4,862", S_CNT, segment="foreign trade enterprises"),
        fact(Z, "total", "count", 4215, "number", H1, "4,215", S_CNT, segment="private enterprises"),
        fact(Z, "exports", "value", 1498.6e8, "CNY", H1, "1498.6 hundred million", S_ME, product="mechanical and electrical products"),
        fact(Z, "exports", "growth", 49.7, "percent", H1, "49.7", S_ME, product="mechanical and electrical products"),
        fact(Z, "exports", "share", 88, "percent", H1, "88", S_ME, product="mechanical and electrical products"),
        fact(Z, "exports", "value", 1102.4e8, "CNY", H1, "1102.4 hundred million", S_PH, product="mobile phones"),
        fact(Z, "exports", "growth", 61.3, "percent", H1, "61.3", S_PH, product="mobile phones"),
        fact(Z, "exports", "value", 86.2e8, "CNY", H1, "86.2 hundred million", S_AU, product="automobiles"),
        fact(Z, "exports", "growth", 22.4, "percent", H1, "22.4", S_AU, product="automobiles"),
        fact(Z, "exports", "value", 41.7e8, "CNY", H1, "41.7 hundred million", S_LI, product="labor-intensive products"),
        fact(Z, "exports", "growth", -6.8, "percent", H1, "6.8", S_LI, product="labor-intensive products"),
        fact(Z, "imports", "value", 512.9e8, "CNY", H1, "512.9 hundred million", S_IC, product="integrated circuits"),
        fact(Z, "imports", "growth", 41, "percent", H1, "41", S_IC, product="integrated circuits"),
        fact(Z, "imports", "share", 49.1, "percent", H1, "49.1", S_IC, product="integrated circuits"),
        fact(Z, "imports", "value", 38.6e8, "CNY", H1, "38.6 hundred million", S_AG, product="agricultural products"),
        fact(Z, "imports", "growth", -3.2, "percent", H1, "3.2", S_AG, product="agricultural products"),
        fact(Z, "total", "value", 702.4e8, "CNY", H1, "702.4", S_PART, partner="United States"),
        fact(Z, "total", "value", 431.6e8, "CNY", H1, "431.6", S_PART, partner="ASEAN"),
        fact(Z, "total", "value", 318.9e8, "CNY", H1, "318.9 hundred million", S_PART, partner="European Union"),
        fact(Z, "total", "growth", 35.8, "percent", H1, "35.8", S_PART, partner="United States"),
        fact(Z, "total", "growth", 47.2, "percent", H1, "47.2", S_PART, partner="ASEAN"),
        fact(Z, "total", "growth", 21.5, "percent", H1, "21.5", S_PART, partner="European Union"),
        fact(Z, "total", "value", 896.3e8, "CNY", H1, "896.3 hundred million", S_BRI, partner="Belt and Road partner countries"),
        fact(Z, "total", "growth", 42.6, "percent", H1, "42.6", S_BRI, partner="Belt and Road partner countries"),
        fact(Z, "total", "share", 32.6, "percent", H1, "32.6", S_BRI, partner="Belt and Road partner countries"),
        fact(Z, "total", "growth", 28.7, "percent", H1, "28.7", S_AFR, partner="Africa"),
        fact(Z, "total", "growth", 33.1, "percent", H1, "33.1", S_AFR, partner="Latin America"),
    ],
}
