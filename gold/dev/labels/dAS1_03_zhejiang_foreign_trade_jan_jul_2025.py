from _fact import fact, period

YTD = period(2025, 1, 7)
JUL = period(2025, 7)
ZJ = "Zhejiang"
ME = "mechanical and electrical products"
LI = "labour-intensive products"
E_TOT = ("the total import and export value of Zhejiang province reached 3.02 trillion yuan in the first seven months "
         "of 2025, an increase of 6.5% year-on-year")
E_XM = ("Of the total, exports amounted to 2.29 trillion yuan, up 8.9%, while imports came in at 728.93 billion yuan, "
        "a slight decrease of 0.5%.")
E_JUL = "In July alone, Zhejiang's imports and exports totaled 471.2 billion yuan, growing 7.3%"
E_PRIV = ("private enterprises in the province imported and exported goods worth 2.47 trillion yuan, up 8.6%, "
          "accounting for 81.8% of Zhejiang's total foreign trade")
E_ME = ("exports of mechanical and electrical products hit 1.05 trillion yuan, an increase of 9.4%, making up 45.9% "
        "of the province's total export value")
E_LI = "Labour-intensive products, a traditional strength of Zhejiang's manufacturers, posted exports of 527.3 billion yuan, up 3.1%."
E_TF = "Among them, exports of textiles and furniture rose by 4.2% and 6.8% respectively."
E_EU = "The European Union remained Zhejiang's largest trading partner, with two-way trade of 452.3 billion yuan."
E_RESP = ("Imports and exports with the EU, the United States and ASEAN increased by 7.9%, decreased by 3.5% and "
          "increased by 11.2%, respectively.")
E_CITY = ("Ningbo and Jinhua (home to the Yiwu small-commodity market) recorded imports and exports of 816.4 billion "
          "yuan and 603.1 billion yuan respectively, growing 4.8% and 17.3%")

ARTICLE = {
    "id": "dAS1_03_zhejiang_foreign_trade_jan_jul_2025",
    "title": "Zhejiang's foreign trade grows 6.5% in first seven months, private firms handle over 80%",
    "publisher": "Zhejiang Provincial People's Government",
    "published": "2025-08-21",
    "notes": [
        "Publisher is the site named in the byline line ('Zhejiang Provincial People's Government'); Hangzhou Customs is the data source. Published from 'Updated: 2025-08-21'.",
        "'the first seven months of 2025' = 2025-01/2025-07; 'From January to July' and the later product, partner and city figures carry that running period; 'In July alone' = 2025-07.",
        "'(the same below)' means every later growth rate is year-on-year: basis yoy throughout.",
        "Headline 'grows 6.5%' restates the body; 'over 80%' is a threshold for the private-enterprise share whose exact figure (81.8%) is given: only the exact figure is labelled.",
        "'3 percentage points above the national growth rate' and 'pulling overall growth up by 6.9 percentage points': derived comparison and contribution, out.",
        "'The province's export value ranked second among all provincial-level regions': rank 2, Zhejiang exports, Jan-Jul.",
        "'setting a record for the month' (milestone): out.",
        "Enterprise count 'exceeded 100,000, reaching 106,238': threshold plus exact figure, only 106,238 labelled, segment 'foreign trade enterprises' (enterprises with import and export records); '6,955 more than in the same period last year' is an absolute change, out.",
        "Private enterprise figures: segment 'private enterprises', flow total ('imported and exported').",
        "Mechanical and electrical products: exports value, growth, and share 45.9 of the province's exports. Labour-intensive products: exports value and growth (product written as in the text, British spelling). Textiles and furniture growth from the 'respectively' list: exports.",
        "EU: rank 1 ('largest trading partner') and value of two-way trade. The 'respectively' list with mixed verbs: EU +7.9, United States -3.5 ('decreased by'), ASEAN +11.2, all total trade.",
        "City figures: area Ningbo and area Jinhua (the city, not Yiwu, which is mentioned only as a descriptor), flow total, Jan-Jul; values and growths paired by 'respectively'.",
        "'Jinhua's growth rate was the highest among the province's 11 prefecture-level cities' ranks a growth rate, not a trade flow; '11' counts cities: out.",
        "'more than 30 policy measures' and 'over 200 overseas trade fairs': not trade flows, out.",
    ],
    "facts": [
        fact(ZJ, "total", "value", 3.02e12, "CNY", YTD, "3.02 trillion", E_TOT),
        fact(ZJ, "total", "growth", 6.5, "percent", YTD, "6.5", E_TOT),
        fact(ZJ, "exports", "value", 2.29e12, "CNY", YTD, "2.29 trillion", E_XM),
        fact(ZJ, "exports", "growth", 8.9, "percent", YTD, "8.9", E_XM),
        fact(ZJ, "imports", "value", 728.93e9, "CNY", YTD, "728.93 billion", E_XM),
        fact(ZJ, "imports", "growth", -0.5, "percent", YTD, "0.5", E_XM),
        fact(ZJ, "exports", "rank", 2, "number", YTD, "second",
             "The province's export value ranked second among all provincial-level regions in the country."),
        fact(ZJ, "total", "value", 471.2e9, "CNY", JUL, "471.2 billion", E_JUL),
        fact(ZJ, "total", "growth", 7.3, "percent", JUL, "7.3", E_JUL),
        fact(ZJ, "total", "value", 2.47e12, "CNY", YTD, "2.47 trillion", E_PRIV, segment="private enterprises"),
        fact(ZJ, "total", "growth", 8.6, "percent", YTD, "8.6", E_PRIV, segment="private enterprises"),
        fact(ZJ, "total", "share", 81.8, "percent", YTD, "81.8", E_PRIV, segment="private enterprises"),
        fact(ZJ, "total", "count", 106238, "number", YTD, "106,238",
             "The number of enterprises with actual import and export records exceeded 100,000, reaching 106,238",
             segment="foreign trade enterprises"),
        fact(ZJ, "exports", "value", 1.05e12, "CNY", YTD, "1.05 trillion", E_ME, product=ME),
        fact(ZJ, "exports", "growth", 9.4, "percent", YTD, "9.4", E_ME, product=ME),
        fact(ZJ, "exports", "share", 45.9, "percent", YTD, "45.9", E_ME, product=ME),
        fact(ZJ, "exports", "value", 527.3e9, "CNY", YTD, "527.3 billion", E_LI, product=LI),
        fact(ZJ, "exports", "growth", 3.1, "percent", YTD, "3.1", E_LI, product=LI),
        fact(ZJ, "exports", "growth", 4.2, "percent", YTD, "4.2", E_TF, product="textiles"),
        fact(ZJ, "exports", "growth", 6.8, "percent", YTD, "6.8", E_TF, product="furniture"),
        fact(ZJ, "total", "rank", 1, "number", YTD, "largest", E_EU, partner="European Union"),
        fact(ZJ, "total", "value", 452.3e9, "CNY", YTD, "452.3 billion", E_EU, partner="European Union"),
        fact(ZJ, "total", "growth", 7.9, "percent", YTD, "7.9", E_RESP, partner="European Union"),
        fact(ZJ, "total", "growth", -3.5, "percent", YTD, "3.5", E_RESP, partner="United States"),
        fact(ZJ, "total", "growth", 11.2, "percent", YTD, "11.2", E_RESP, partner="ASEAN"),
        fact("Ningbo", "total", "value", 816.4e9, "CNY", YTD, "816.4 billion", E_CITY),
        fact("Jinhua", "total", "value", 603.1e9, "CNY", YTD, "603.1 billion", E_CITY),
        fact("Ningbo", "total", "growth", 4.8, "percent", YTD, "4.8", E_CITY),
        fact("Jinhua", "total", "growth", 17.3, "percent", YTD, "17.3", E_CITY),
    ],
}
