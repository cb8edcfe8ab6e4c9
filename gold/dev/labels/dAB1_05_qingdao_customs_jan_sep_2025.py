from _fact import fact, period

Q1_Q3 = period(2025, 1, 9)
Q = "Qingdao"

TOTAL = ("Qingdao's foreign trade reached 7,036.4 hundred million yuan in the first three quarters of 2025, up 6.1% "
         "from a year earlier")
PROVINCE = "the city made up 27.3% of Shandong Province's imports and exports over the period"
EXIM = ("Exports came to 4,152.7 hundred million yuan, rising 9.3%, and imports to 2,883.7 hundred million yuan, "
        "rising 1.8%")
RANK = "Among the country's 15 sub-provincial cities, Qingdao was fifth by trade value"
GENERAL = ("Qingdao's general trade totaled 4,826.1 hundred million yuan, growing 7.4% and making up 68.6% of all "
           "the city's trade")
MODES = ("Processing trade and bonded logistics accounted for 1,058.2 hundred million yuan and 1,003.5 hundred "
         "million yuan of trade respectively")
FIRMS = "13,728 firms in Qingdao recorded actual import and export activity"
PRIVATE = ("Trade by private enterprises amounted to 5,011.3 hundred million yuan, up 8.2%, or 71.2% of the city "
           "total")
OTHERS = ("The figures for foreign-invested enterprises and state-owned enterprises were 1,219.6 hundred million "
          "yuan and 805.5 hundred million yuan respectively")
ASEAN_RANK = "ASEAN was still the city's largest trading partner"
ASEAN = "Qingdao's trade with ASEAN came to 1,152.8 hundred million yuan, growing 10.6%"
EU_US = ("Trade with the EU and the United States came to 806.3 hundred million yuan and 712.4 hundred million yuan "
         "respectively, up 4.9% and down 7.8% respectively")
MECH = ("Qingdao's exports of mechanical and electrical products reached 2,196.4 hundred million yuan in the three "
        "quarters, up 11.2% and equal to 52.9% of its total exports")
CRUDE = "crude oil purchases fell 6.4% in value terms"

ARTICLE = {
    "id": "dAB1_05_qingdao_customs_jan_sep_2025",
    "title": "Qingdao's imports and exports climb 6.1% in first three quarters",
    "publisher": "Qingdao Customs",
    "published": "2025-10-23",
    "notes": [
        "Publisher: the release is issued by Qingdao Customs, the body the text names as its source.",
        "Area Qingdao throughout; 'the city' = Qingdao. Period 'first three quarters of 2025' = "
        "2025-01..2025-09 for every figure (the headed sections restate it as 'the three quarters').",
        "'(the same below)': all later growth rates are year on year.",
        "'hundred million yuan' figures: 7,036.4 hundred million = 7.0364e11 CNY, etc.",
        "'the city made up 27.3% of Shandong Province's imports and exports': share of Qingdao's total "
        "trade in the province's, area Qingdao, partner null.",
        "'Among the country's 15 sub-provincial cities, Qingdao was fifth': rank 5 of Qingdao's total trade value (partner null).",
        "ASEAN as largest trading partner is stated twice (section heading and 'keeping the bloc in first place'): one "
        "rank fact, evidence from the heading.",
        "'general trade', 'processing trade', 'bonded logistics' are trade modes: segment.",
        "13,728 firms with actual import and export activity: count, segment 'foreign trade enterprises'.",
        "'the EU' = European Union. EU +4.9%, United States -7.8% ('down 7.8%').",
        "Mechanical and electrical products share 52.9% is of the city's export value: flow exports.",
        "Crude oil: value growth -6.4% labelled (product 'crude oil', imports).",
        "Out of scope, unlabelled: 'outpaced the national rate by 2.1 percentage points' and 'a share 0.8 percentage points bigger' (derived comparisons); 'contributed 5.7 percentage points to Qingdao's overall trade growth' "
        "(contribution); 'up 826 from a year earlier' (derived difference of a count); "
        "'the 15 sub-provincial cities' (not a trade flow); crude oil 'their volume rose 2.7%' (volume "
        "growth beside value growth).",
    ],
    "facts": [
        fact(Q, "total", "value", 7036.4e8, "CNY", Q1_Q3, "7,036.4 hundred million", TOTAL),
        fact(Q, "total", "growth", 6.1, "percent", Q1_Q3, "6.1", TOTAL),
        fact(Q, "total", "share", 27.3, "percent", Q1_Q3, "27.3", PROVINCE),
        fact(Q, "exports", "value", 4152.7e8, "CNY", Q1_Q3, "4,152.7 hundred million", EXIM),
        fact(Q, "exports", "growth", 9.3, "percent", Q1_Q3, "9.3", EXIM),
        fact(Q, "imports", "value", 2883.7e8, "CNY", Q1_Q3, "2,883.7 hundred million", EXIM),
        fact(Q, "imports", "growth", 1.8, "percent", Q1_Q3, "1.8", EXIM),
        fact(Q, "total", "rank", 5, "number", Q1_Q3, "fifth", RANK),
        fact(Q, "total", "value", 4826.1e8, "CNY", Q1_Q3, "4,826.1 hundred million", GENERAL, segment="general trade"),
        fact(Q, "total", "growth", 7.4, "percent", Q1_Q3, "7.4", GENERAL, segment="general trade"),
        fact(Q, "total", "share", 68.6, "percent", Q1_Q3, "68.6", GENERAL, segment="general trade"),
        fact(Q, "total", "value", 1058.2e8, "CNY", Q1_Q3, "1,058.2 hundred million", MODES, segment="processing trade"),
        fact(Q, "total", "value", 1003.5e8, "CNY", Q1_Q3, "1,003.5 hundred million", MODES, segment="bonded logistics"),
        fact(Q, "total", "count", 13728, "number", Q1_Q3, "13,728", FIRMS, segment="foreign trade enterprises"),
        fact(Q, "total", "value", 5011.3e8, "CNY", Q1_Q3, "5,011.3 hundred million", PRIVATE, segment="private enterprises"),
        fact(Q, "total", "growth", 8.2, "percent", Q1_Q3, "8.2", PRIVATE, segment="private enterprises"),
        fact(Q, "total", "share", 71.2, "percent", Q1_Q3, "71.2", PRIVATE, segment="private enterprises"),
        fact(Q, "total", "value", 1219.6e8, "CNY", Q1_Q3, "1,219.6 hundred million", OTHERS,
             segment="foreign-invested enterprises"),
        fact(Q, "total", "value", 805.5e8, "CNY", Q1_Q3, "805.5 hundred million", OTHERS,
             segment="state-owned enterprises"),
        fact(Q, "total", "rank", 1, "number", Q1_Q3, "largest", ASEAN_RANK, partner="ASEAN"),
        fact(Q, "total", "value", 1152.8e8, "CNY", Q1_Q3, "1,152.8 hundred million", ASEAN, partner="ASEAN"),
        fact(Q, "total", "growth", 10.6, "percent", Q1_Q3, "10.6", ASEAN, partner="ASEAN"),
        fact(Q, "total", "value", 806.3e8, "CNY", Q1_Q3, "806.3 hundred million", EU_US, partner="European Union"),
        fact(Q, "total", "value", 712.4e8, "CNY", Q1_Q3, "712.4 hundred million", EU_US, partner="United States"),
        fact(Q, "total", "growth", 4.9, "percent", Q1_Q3, "4.9", EU_US, partner="European Union"),
        fact(Q, "total", "growth", -7.8, "percent", Q1_Q3, "7.8", EU_US, partner="United States"),
        fact(Q, "exports", "value", 2196.4e8, "CNY", Q1_Q3, "2,196.4 hundred million", MECH,
             product="mechanical and electrical products"),
        fact(Q, "exports", "growth", 11.2, "percent", Q1_Q3, "11.2", MECH, product="mechanical and electrical products"),
        fact(Q, "exports", "share", 52.9, "percent", Q1_Q3, "52.9", MECH, product="mechanical and electrical products"),
        fact(Q, "imports", "growth", -6.4, "percent", Q1_Q3, "6.4", CRUDE, product="crude oil"),
    ],
}
