from _fact import fact, period

P = period(2025, 1, 8)
AUG = period(2025, 8)
H1 = period(2025, 1, 6)

E_TOTAL = "came to 29.57 trillion yuan ($4.14 trillion), a year-on-year gain of 3.5 percent"
E_EXIM = "Exports climbed 6.9 percent to 17.61 trillion yuan in the January-August period, while imports edged down 1.2 percent to 11.96 trillion yuan"
E_USD = "In US dollar terms, exports totaled $2.452 trillion and imports $1.666 trillion, leaving a trade surplus of about $785 billion."
E_AUG = "Total trade rose 3.5 percent from a year earlier to 3.87 trillion yuan, with exports up 4.8 percent at 2.3 trillion yuan and imports up 1.7 percent at 1.57 trillion yuan"
E_AUG_USD = "Denominated in dollars, August exports increased 4.4 percent to $321.81 billion and imports rose 1.3 percent to $219.48 billion."
E_ASEAN_RANK = "Over the eight months, ASEAN held on to the top spot as China's largest trading partner."
E_ASEAN = "Goods trade between the two sides reached 4.93 trillion yuan (about $686.8 billion), a rise of 9.7 percent that gave the bloc a 16.7 percent slice of China's foreign trade."
E_EU = "In second position stood the EU: its trade with China grew 4.3 percent to 3.88 trillion yuan."
E_US = "Commerce with the US, which ranked third-largest among China's partners, shrank 13.5 percent to 2.73 trillion yuan"
E_US_AUG = "China's shipments to the US dropped 33.1 percent in August alone"
E_BRI = "Trade with Belt and Road partner countries grew 5.4 percent to 15.3 trillion yuan, or 51.7 percent of the national total."
E_PRIV = "Private enterprises handled 16.89 trillion yuan of imports and exports, up 7.4 percent and accounting for 57.1 percent of the total."
E_ME = "mechanical and electrical products accounted for 60.2 percent of all exports, as shipments of them grew 9.2 percent to 10.6 trillion yuan"
E_ICAUTO = "integrated circuits and automobiles expanded 23.3 percent and 11.9 percent to 905.18 billion yuan and 605.23 billion yuan, respectively"
E_ADP = "automatic data processing equipment and parts managed only a 0.6 percent gain, to 946.6 billion yuan"
E_LAB = "Labor-intensive products went the other way, shrinking 1.5 percent to 2.75 trillion yuan, or 15.6 percent of exports."
E_HT = "exports of high-tech products grew 9.2 percent in the first half of the year"

ARTICLE = {
    "id": "dAX1_01_globaltimes_china_jan_aug_2025",
    "title": "China's foreign trade up 3.5% in first eight months as ASEAN, EU ties cushion US slump",
    "publisher": "Global Times",
    "published": "2025-09-08",
    "notes": [
        "Figures follow the real GAC release of 2025-09-08 (January-August 2025) as reported by Xinhua, CGTN and the Global Times; the sentences are my own. The Belt and Road share (51.7 percent) is computed from the real 15.3 and 29.57 trillion figures, not quoted from a release; the 785 billion dollar surplus is the difference of the two reported dollar totals, as foreign media rounded it.",
        "The headline restates the 3.5 percent January-August growth of the body: labelled once.",
        "'$4.14 trillion' in parentheses after the yuan total is a separate USD fact; the text gives no hedge word, so qualifier exact. '(about $686.8 billion)' for ASEAN is approx.",
        "August growth is given twice for exports and imports, once in yuan (4.8, 1.7) and once in dollars (4.4, 1.3): growth carries no currency in the record, so these are two facts each with the same dimensions and different values, labelled as written.",
        "'outpaced the first-half rate by 0.6 percentage points' is a derived comparison: out of scope. 'the third straight month in which both grew' is a streak: out of scope.",
        "Partner ranks: ASEAN 'largest trading partner' rank 1, EU 'In second position' rank 2, US 'third-largest among China's partners' rank 3, all for January-August (period carried from 'Over the eight months').",
        "'China's shipments to the US dropped 33.1 percent in August alone': exports to the US, growth, August 2025 (a dollar-terms customs figure in real reporting; the text does not say so).",
        "The respectively sentence (integrated circuits and automobiles) is split into two growth and two value facts, products in the text's words; periods from context (January-August).",
        "High-tech product exports: the only figure is the first-half growth of 9.2 percent cited from July data, so period 2025-01..2025-06, not the article's running period.",
        "Expert remarks (the unnamed senior fellow and economist) contain no numbers; the economist's expectation for the rest of the year is a forecast and has no figure.",
    ],
    "facts": [
        fact("China", "total", "value", 29.57e12, "CNY", P, "29.57 trillion", E_TOTAL),
        fact("China", "total", "growth", 3.5, "percent", P, "3.5", E_TOTAL),
        fact("China", "total", "value", 4.14e12, "USD", P, "4.14 trillion", E_TOTAL),
        fact("China", "exports", "growth", 6.9, "percent", P, "6.9", E_EXIM),
        fact("China", "exports", "value", 17.61e12, "CNY", P, "17.61 trillion", E_EXIM),
        fact("China", "imports", "growth", -1.2, "percent", P, "1.2", E_EXIM),
        fact("China", "imports", "value", 11.96e12, "CNY", P, "11.96 trillion", E_EXIM),
        fact("China", "exports", "value", 2.452e12, "USD", P, "2.452 trillion", E_USD),
        fact("China", "imports", "value", 1.666e12, "USD", P, "1.666 trillion", E_USD),
        fact("China", "balance", "value", 785e9, "USD", P, "785 billion", E_USD, qualifier="approx"),
        fact("China", "total", "growth", 3.5, "percent", AUG, "3.5", E_AUG),
        fact("China", "total", "value", 3.87e12, "CNY", AUG, "3.87 trillion", E_AUG),
        fact("China", "exports", "growth", 4.8, "percent", AUG, "4.8", E_AUG),
        fact("China", "exports", "value", 2.3e12, "CNY", AUG, "2.3 trillion", E_AUG),
        fact("China", "imports", "growth", 1.7, "percent", AUG, "1.7", E_AUG),
        fact("China", "imports", "value", 1.57e12, "CNY", AUG, "1.57 trillion", E_AUG),
        fact("China", "exports", "growth", 4.4, "percent", AUG, "4.4", E_AUG_USD),
        fact("China", "exports", "value", 321.81e9, "USD", AUG, "321.81 billion", E_AUG_USD),
        fact("China", "imports", "growth", 1.3, "percent", AUG, "1.3", E_AUG_USD),
        fact("China", "imports", "value", 219.48e9, "USD", AUG, "219.48 billion", E_AUG_USD),
        fact("China", "total", "rank", 1, "number", P, "largest", E_ASEAN_RANK, partner="ASEAN"),
        fact("China", "total", "growth", 9.7, "percent", P, "9.7", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 4.93e12, "CNY", P, "4.93 trillion", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "value", 686.8e9, "USD", P, "686.8 billion", E_ASEAN, partner="ASEAN", qualifier="approx"),
        fact("China", "total", "share", 16.7, "percent", P, "16.7", E_ASEAN, partner="ASEAN"),
        fact("China", "total", "rank", 2, "number", P, "second", E_EU, partner="European Union"),
        fact("China", "total", "value", 3.88e12, "CNY", P, "3.88 trillion", E_EU, partner="European Union"),
        fact("China", "total", "growth", 4.3, "percent", P, "4.3", E_EU, partner="European Union"),
        fact("China", "total", "rank", 3, "number", P, "third", E_US, partner="United States"),
        fact("China", "total", "growth", -13.5, "percent", P, "13.5", E_US, partner="United States"),
        fact("China", "total", "value", 2.73e12, "CNY", P, "2.73 trillion", E_US, partner="United States"),
        fact("China", "exports", "growth", -33.1, "percent", AUG, "33.1", E_US_AUG, partner="United States"),
        fact("China", "total", "growth", 5.4, "percent", P, "5.4", E_BRI, partner="Belt and Road partner countries"),
        fact("China", "total", "value", 15.3e12, "CNY", P, "15.3 trillion", E_BRI, partner="Belt and Road partner countries"),
        fact("China", "total", "share", 51.7, "percent", P, "51.7", E_BRI, partner="Belt and Road partner countries"),
        fact("China", "total", "value", 16.89e12, "CNY", P, "16.89 trillion", E_PRIV, segment="private enterprises"),
        fact("China", "total", "growth", 7.4, "percent", P, "7.4", E_PRIV, segment="private enterprises"),
        fact("China", "total", "share", 57.1, "percent", P, "57.1", E_PRIV, segment="private enterprises"),
        fact("China", "exports", "value", 10.6e12, "CNY", P, "10.6 trillion", E_ME, product="mechanical and electrical products"),
        fact("China", "exports", "growth", 9.2, "percent", P, "9.2", E_ME, product="mechanical and electrical products"),
        fact("China", "exports", "share", 60.2, "percent", P, "60.2", E_ME, product="mechanical and electrical products"),
        fact("China", "exports", "growth", 23.3, "percent", P, "23.3", E_ICAUTO, product="integrated circuits"),
        fact("China", "exports", "growth", 11.9, "percent", P, "11.9", E_ICAUTO, product="automobiles"),
        fact("China", "exports", "value", 905.18e9, "CNY", P, "905.18 billion", E_ICAUTO, product="integrated circuits"),
        fact("China", "exports", "value", 605.23e9, "CNY", P, "605.23 billion", E_ICAUTO, product="automobiles"),
        fact("China", "exports", "growth", 0.6, "percent", P, "0.6", E_ADP, product="automatic data processing equipment and parts"),
        fact("China", "exports", "value", 946.6e9, "CNY", P, "946.6 billion", E_ADP, product="automatic data processing equipment and parts"),
        fact("China", "exports", "growth", -1.5, "percent", P, "1.5", E_LAB, product="labor-intensive products"),
        fact("China", "exports", "value", 2.75e12, "CNY", P, "2.75 trillion", E_LAB, product="labor-intensive products"),
        fact("China", "exports", "share", 15.6, "percent", P, "15.6", E_LAB, product="labor-intensive products"),
        fact("China", "exports", "growth", 9.2, "percent", H1, "9.2", E_HT, product="high-tech products"),
    ],
}
