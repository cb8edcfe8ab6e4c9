from _fact import fact, period

AUG = period(2025, 8)
JUL = period(2025, 7)
JA = period(2025, 1, 8)
H1 = period(2025, 1, 6)
Y24 = period(2024, 1, 12)
EU = "European Union"

E_BAL = ("the August surplus reached US$28.9 billion, up 22.5 per cent year on year and larger than July's figure of "
         "US$27.7 billion")
E_EXP = "Shipments from China to the 27-member bloc totalled US$50.2 billion, 10.4 per cent more than a year earlier"
E_IMP = "imports from the EU declined 1.8 per cent to US$21.3 billion"
E_JA_BAL = ("For January through August, the surplus China ran with the EU came to US$197 billion, 21.5 per cent larger "
            "than in the same months of last year")
E_JA_EXP = "Exports to the bloc expanded 7.9 per cent to US$373.6 billion"
E_JA_IMP = "imports from it shrank 4.1 per cent to US$176.6 billion"
E_RANK = ("Over the eight months the EU, ranked second among China's trading partners behind Asean, bought 14.9 per "
          "cent of everything China exported")
E_ES_IMP = "the EU's purchases from China rose to €279.5 billion in the first half, up 6.1 per cent"
E_ES_EXP = "EU sales to China slid 6.3 per cent to €103.1 billion, producing a deficit of €176.4 billion"
E_ES_RANK = ("Last year, China ranked as the largest supplier of the EU's imports and the third-largest market for its "
             "exports")
E_ES_24 = ("EU purchases of Chinese goods reached €517.8 billion against sales of €213.3 billion to China, a deficit of "
           "€304.5 billion")
E_DE = "German exports to China fell 14.2 per cent to €40.9 billion in the first half of the year"

ARTICLE = {
    "id": "dB1_02_scmp_china_eu_aug",
    "title": "Europe absorbs Chinese goods turned away from US, swelling China's surplus with the EU",
    "publisher": None,
    "published": "2025-09-08",
    "notes": [
        "The outlet is not named in the text (SCMP-style layout, 'Published: 8:15pm, 8 Sep' without a year): publisher null, "
        "published 2025-09-08 from metadata. The year of the running period comes only from `published`: August = 2025-08, "
        "'January through August' = Jan-Aug 2025, 'first half' = H1 2025, 'Last year' = 2024.",
        "The summary bullet at the top restates the body (22.5 per cent, US$28.9 billion): labelled once with the body sentence.",
        "'larger than July's figure of US$27.7 billion': the July surplus is a July balance fact; 'larger' carries no "
        "percentage, so no growth fact.",
        "'Compared with July, exports to the EU increased 3.5 per cent': comparison with the month before, basis mom.",
        "Area vs partner: China's customs figures have area China, partner European Union; Eurostat's have area European "
        "Union, partner China; Destatis' have area Germany, partner China.",
        "Deficits are negative balances (EU with China: -176.4 billion EUR in H1 2025, -304.5 billion EUR in 2024).",
        "'ranked second among China's trading partners behind Asean' labelled as rank 2 of total trade for the running period Jan-Aug 2025.",
        "'China ranked as the largest supplier of the EU's imports and the third-largest market for its exports' (2024): two ranks with area "
        "European Union, partner China (imports rank 1, exports rank 3).",
        "'Germany, the bloc's biggest exporter to the Chinese market': a stated rank of Germany among EU members' exports to China; labelled "
        "rank 1 with the paragraph's period H1 2025 (judgement call: the sentence itself is in the present tense).",
        "Out of scope: 'roughly 41 per cent above their 2019 level' (a growth over a 2019 base: neither yoy, mom nor qoq, "
        "so the record cannot express it), 'fifth straight month'/'fifth consecutive month' (streaks), '27-member', 'more than a "
        "dozen anti-dumping cases', '50 years', 'more than two years'.",
    ],
    "facts": [
        fact("China", "balance", "growth", 22.5, "percent", AUG, "22.5", E_BAL, partner=EU),
        fact("China", "balance", "value", 28.9e9, "USD", AUG, "28.9 billion", E_BAL, partner=EU),
        fact("China", "balance", "value", 27.7e9, "USD", JUL, "27.7 billion", E_BAL, partner=EU),
        fact("China", "exports", "growth", 10.4, "percent", AUG, "10.4", E_EXP, partner=EU),
        fact("China", "exports", "value", 50.2e9, "USD", AUG, "50.2 billion", E_EXP, partner=EU),
        fact("China", "imports", "growth", -1.8, "percent", AUG, "1.8", E_IMP, partner=EU),
        fact("China", "imports", "value", 21.3e9, "USD", AUG, "21.3 billion", E_IMP, partner=EU),
        fact("China", "exports", "growth", 3.5, "percent", AUG, "3.5", "Compared with July, exports to the EU increased 3.5 per cent",
             partner=EU, basis="mom"),
        fact("China", "balance", "value", 197e9, "USD", JA, "197 billion", E_JA_BAL, partner=EU),
        fact("China", "balance", "growth", 21.5, "percent", JA, "21.5", E_JA_BAL, partner=EU),
        fact("China", "exports", "growth", 7.9, "percent", JA, "7.9", E_JA_EXP, partner=EU),
        fact("China", "exports", "value", 373.6e9, "USD", JA, "373.6 billion", E_JA_EXP, partner=EU),
        fact("China", "imports", "growth", -4.1, "percent", JA, "4.1", E_JA_IMP, partner=EU),
        fact("China", "imports", "value", 176.6e9, "USD", JA, "176.6 billion", E_JA_IMP, partner=EU),
        fact("China", "total", "rank", 2, "number", JA, "second", E_RANK, partner=EU),
        fact("China", "exports", "share", 14.9, "percent", JA, "14.9", E_RANK, partner=EU),
        fact("China", "exports", "growth", -33.1, "percent", AUG, "33.1",
             "In August, China's exports to the US slumped 33.1 per cent year on year", partner="United States"),
        fact(EU, "imports", "growth", 6.1, "percent", H1, "6.1", E_ES_IMP, partner="China"),
        fact(EU, "imports", "value", 279.5e9, "EUR", H1, "279.5 billion", E_ES_IMP, partner="China"),
        fact(EU, "exports", "growth", -6.3, "percent", H1, "6.3", E_ES_EXP, partner="China"),
        fact(EU, "exports", "value", 103.1e9, "EUR", H1, "103.1 billion", E_ES_EXP, partner="China"),
        fact(EU, "balance", "value", -176.4e9, "EUR", H1, "176.4 billion", E_ES_EXP, partner="China"),
        fact(EU, "imports", "rank", 1, "number", Y24, "largest", E_ES_RANK, partner="China"),
        fact(EU, "exports", "rank", 3, "number", Y24, "third", E_ES_RANK, partner="China"),
        fact(EU, "imports", "value", 517.8e9, "EUR", Y24, "517.8 billion", E_ES_24, partner="China"),
        fact(EU, "exports", "value", 213.3e9, "EUR", Y24, "213.3 billion", E_ES_24, partner="China"),
        fact(EU, "balance", "value", -304.5e9, "EUR", Y24, "304.5 billion", E_ES_24, partner="China"),
        fact("Germany", "exports", "rank", 1, "number", H1, "biggest",
             "Germany, the bloc's biggest exporter to the Chinese market", partner="China"),
        fact("Germany", "exports", "growth", -14.2, "percent", H1, "14.2", E_DE, partner="China"),
        fact("Germany", "exports", "value", 40.9e9, "EUR", H1, "40.9 billion", E_DE, partner="China"),
    ],
}
