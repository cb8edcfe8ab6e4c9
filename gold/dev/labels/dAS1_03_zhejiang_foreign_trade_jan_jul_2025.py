from _fact import fact, period

YTD = period(2025, 1, 7)
JUL = period(2025, 7)
ZJ = "Zhejiang"
ME = "mechanical and electrical products"
LI = "labour-intensive products"
E_TOT = ("Zhejiang province's total imports and exports came to 3.02 trillion yuan in the first seven months "
         "of 2025, a rise of 6.5% year-on-year")
E_XM = ("Exports accounted for 2.29 trillion yuan of that, rising 8.9%, whereas imports edged down 0.5% to 728.93 "
        "billion yuan.")
E_JUL = "For July by itself, the province's imports and exports grew 7.3% to 471.2 billion yuan"
E_PRIV = ("imports and exports by private enterprises in Zhejiang rose 8.6% to 2.47 trillion yuan, "
          "equal to 81.8% of the province's foreign trade total")
E_ME = ("mechanical and electrical products saw exports climb 9.4% to 1.05 trillion yuan, 45.9% "
        "of all the province's exports")
E_LI = ("Exports of labour-intensive products, long a strong suit for Zhejiang manufacturers, increased 3.1% to "
        "527.3 billion yuan.")
E_TF = "Within that group, textile and furniture exports gained 4.2% and 6.8% respectively."
E_EU = ("Zhejiang's largest trading partner was still the European Union, and trade in both directions reached "
        "452.3 billion yuan.")
E_RESP = ("Trade with the EU, the United States and ASEAN rose 7.9%, fell 3.5% and rose 11.2%, respectively.")
E_CITY = ("imports and exports in Ningbo and Jinhua (where the Yiwu small-commodity market is located) totaled 816.4 "
          "billion yuan and 603.1 billion yuan respectively, up 4.8% and 17.3%")

ARTICLE = {
    "id": "dAS1_03_zhejiang_foreign_trade_jan_jul_2025",
    "title": "Zhejiang's Jan-July foreign trade up 6.5%, with private firms taking over 80%",
    "publisher": "Zhejiang Provincial People's Government",
    "published": "2025-08-21",
    "notes": [
        "Publisher is the site named in the byline line ('Zhejiang Provincial People's Government'); Hangzhou Customs is the data source. Published from 'Updated: 2025-08-21'.",
        "'the first seven months of 2025' = 2025-01/2025-07; 'Between January and July' and the later product, partner and city figures carry that running period; 'For July by itself' = 2025-07.",
        "'(the same below)' means every later growth rate is year-on-year: basis yoy throughout.",
        "Headline 'up 6.5%' restates the body; 'over 80%' is a threshold for the private-enterprise share whose exact figure (81.8%) is given: only the exact figure is labelled.",
        "'beat the national growth rate by 3 percentage points' and 'contributed 6.9 percentage points to overall growth': derived comparison and contribution, out.",
        "'Zhejiang's exports were the second largest of any provincial-level region': rank 2, Zhejiang exports, Jan-Jul.",
        "'a record for that month' (milestone): out.",
        "Enterprise count 'topped 100,000 to reach 106,238': threshold plus exact figure, only 106,238 labelled, segment 'foreign trade enterprises' (enterprises with import and export records); 'up 6,955 from a year earlier' is an absolute change, out.",
        "Private enterprise figures: segment 'private enterprises', flow total ('imports and exports by private enterprises').",
        "Mechanical and electrical products: exports value, growth, and share 45.9 of the province's exports. Labour-intensive products: exports value and growth (product written as in the text, British spelling). Textiles and furniture growth from the 'respectively' list: exports.",
        "EU: rank 1 ('largest trading partner') and value of two-way trade. The 'respectively' list with mixed verbs: EU +7.9, United States -3.5 ('fell'), ASEAN +11.2, all total trade.",
        "City figures: area Ningbo and area Jinhua (the city, not Yiwu, which is mentioned only as a descriptor), flow total, Jan-Jul; values and growths paired by 'respectively'.",
        "'Of the province's 11 prefecture-level cities, Jinhua posted the fastest growth' ranks a growth rate, not a trade flow; '11' counts cities: out.",
        "'over 30 policy measures' and 'over 200 overseas trade fairs': not trade flows, out.",
    ],
    "facts": [
        fact(ZJ, "total", "value", 3.02e12, "CNY", YTD, "3.02 trillion", E_TOT),
        fact(ZJ, "total", "growth", 6.5, "percent", YTD, "6.5", E_TOT),
        fact(ZJ, "exports", "value", 2.29e12, "CNY", YTD, "2.29 trillion", E_XM),
        fact(ZJ, "exports", "growth", 8.9, "percent", YTD, "8.9", E_XM),
        fact(ZJ, "imports", "value", 728.93e9, "CNY", YTD, "728.93 billion", E_XM),
        fact(ZJ, "imports", "growth", -0.5, "percent", YTD, "0.5", E_XM),
        fact(ZJ, "exports", "rank", 2, "number", YTD, "second",
             "Zhejiang's exports were the second largest of any provincial-level region in China."),
        fact(ZJ, "total", "value", 471.2e9, "CNY", JUL, "471.2 billion", E_JUL),
        fact(ZJ, "total", "growth", 7.3, "percent", JUL, "7.3", E_JUL),
        fact(ZJ, "total", "value", 2.47e12, "CNY", YTD, "2.47 trillion", E_PRIV, segment="private enterprises"),
        fact(ZJ, "total", "growth", 8.6, "percent", YTD, "8.6", E_PRIV, segment="private enterprises"),
        fact(ZJ, "total", "share", 81.8, "percent", YTD, "81.8", E_PRIV, segment="private enterprises"),
        fact(ZJ, "total", "count", 106238, "number", YTD, "106,238",
             "Enterprises with actual import and export records topped 100,000 to reach 106,238",
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
