from _fact import fact, period

YTD = period(2025, 1, 10)
SD = "Shandong"
BR = "Belt and Road partner countries"
RCEP = "RCEP members"
ME = "mechanical and electrical products"
E_TOT = ("the total import and export value of goods trade of our province was 2.86 trillion yuan, an increase of 4.9% "
         "over the same period last year")
E_RANK = "the total scale ranked sixth among provinces in the country"
E_XM = "exports were 1.74 trillion yuan, an increase of 8.2%; imports were 1.12 trillion yuan, a decrease of 0.3%"
E_CNT = "41,236 enterprises in the province had actual import and export performance"
E_PE = ("private enterprises imported and exported 2.12 trillion yuan, an increase of 7.3%, accounting for 74.1% of the "
        "province's total foreign trade value")
E_BR = ("The province's imports and exports to countries jointly building the Belt and Road were 1.57 trillion yuan, an "
        "increase of 7.1%, accounting for 54.9% of the total.")
E_RCEP = ("Imports and exports to the other member countries of the Regional Comprehensive Economic Partnership (RCEP) were "
          "921.56 billion yuan, an increase of 3.2%, accounting for 32.2%")
E_ASEAN = ("imports and exports to ASEAN, the province's largest trading partner, were 402.3 billion yuan, an increase "
           "of 9.8%")
E_ME = ("Exports of mechanical and electrical products were 779.5 billion yuan, an increase of 9.6%, accounting for 44.8% "
        "of the province's total export value")
E_QD = ("Qingdao's import and export value was 8,072.4 hundred million yuan, an increase of 5.6%, accounting for 28.2% of "
        "the province's total")
E_YW = ("the import and export values of Yantai and Weifang were 3,411.2 hundred million yuan and 2,556.8 hundred million "
        "yuan respectively, increasing by 3.4% and 7.9% respectively")

ARTICLE = {
    "id": "dAU1_03_shandong_foreign_trade_jan_oct_2025",
    "title": "Shandong's foreign trade reached 2.86 trillion yuan in the first ten months, up 4.9%",
    "publisher": "Shandong Provincial People's Government Information Office",
    "published": "2025-11-20",
    "notes": [
        "Release date 2025-11-20; 'the first ten months of this year' = 2025-01..2025-10, and every figure in the release is for that period.",
        "'our province' / 'the province' = Shandong (headline). Cities are their own areas (Qingdao, Yantai, Weifang).",
        "'(the same below)' after 'over the same period last year' makes every later bare 'an increase of X%' year on year: basis yoy throughout.",
        "'1.3 percentage points higher than the national overall growth rate': derived comparison, out.",
        "'the total scale ranked sixth among provinces in the country': rank of Shandong's total trade among provincial regions, labelled as rank 6, partner null (judgement call: a rank of the area's own trade flow).",
        "Imports 'a decrease of 0.3%' -> -0.3.",
        "'41,236 enterprises ... had actual import and export performance': count, segment 'foreign trade enterprises' (any wording for businesses with import and export records). '2,318 more than in the same period last year': derived change, out.",
        "Private enterprises: value, growth, and share of the province's total ('accounting for 74.1%'), segment 'private enterprises'.",
        "'countries jointly building the Belt and Road' -> canonical partner 'Belt and Road partner countries'.",
        "'the other member countries of the Regional Comprehensive Economic Partnership (RCEP)': partner written 'RCEP members' (the acronym the text defines; 'other' because China itself is a member). 'accounting for 32.2%' is the share of the province's total (the frame of the previous sentence).",
        "'of which, imports and exports to ASEAN, the province's largest trading partner': ASEAN value, growth and rank 1 ('largest'); ASEAN is a subset of the RCEP figure but its own partner.",
        "'Trade with the European Union and with Africa both maintained growth': no number, nothing to label.",
        "Mechanical and electrical products: exports value, growth, share of 'the province's total export value'. Electric vehicles, lithium-ion batteries, industrial robots 'grew rapidly' and high-energy-consumption products 'declined' carry no numbers.",
        "City figures in 'hundred million yuan': 8,072.4 hundred million = 807.24 billion. Qingdao share 28.2 percent of the province's total is area Qingdao, share.",
        "Yantai/Weifang respectively list: values and growths paired in order.",
        "'Thirteen of the province's 16 cities achieved positive growth, and three of them grew by more than 10%': conditional counts of cities, not trade flows the record can express: out.",
        "'more than 300 overseas exhibitions' (events) and 'keep the annual foreign trade scale above 3.4 trillion yuan' (a target, forecast): out.",
    ],
    "facts": [
        fact(SD, "total", "value", 2.86e12, "CNY", YTD, "2.86 trillion", E_TOT),
        fact(SD, "total", "growth", 4.9, "percent", YTD, "4.9", E_TOT),
        fact(SD, "total", "rank", 6, "number", YTD, "sixth", E_RANK),
        fact(SD, "exports", "value", 1.74e12, "CNY", YTD, "1.74 trillion", E_XM),
        fact(SD, "exports", "growth", 8.2, "percent", YTD, "8.2", E_XM),
        fact(SD, "imports", "value", 1.12e12, "CNY", YTD, "1.12 trillion", E_XM),
        fact(SD, "imports", "growth", -0.3, "percent", YTD, "0.3", E_XM),
        fact(SD, "total", "count", 41236, "number", YTD, "41,236", E_CNT, segment="foreign trade enterprises"),
        fact(SD, "total", "value", 2.12e12, "CNY", YTD, "2.12 trillion", E_PE, segment="private enterprises"),
        fact(SD, "total", "growth", 7.3, "percent", YTD, "7.3", E_PE, segment="private enterprises"),
        fact(SD, "total", "share", 74.1, "percent", YTD, "74.1", E_PE, segment="private enterprises"),
        fact(SD, "total", "value", 1.57e12, "CNY", YTD, "1.57 trillion", E_BR, partner=BR),
        fact(SD, "total", "growth", 7.1, "percent", YTD, "7.1", E_BR, partner=BR),
        fact(SD, "total", "share", 54.9, "percent", YTD, "54.9", E_BR, partner=BR),
        fact(SD, "total", "value", 921.56e9, "CNY", YTD, "921.56 billion", E_RCEP, partner=RCEP),
        fact(SD, "total", "growth", 3.2, "percent", YTD, "3.2", E_RCEP, partner=RCEP),
        fact(SD, "total", "share", 32.2, "percent", YTD, "32.2", E_RCEP, partner=RCEP),
        fact(SD, "total", "rank", 1, "number", YTD, "largest", E_ASEAN, partner="ASEAN"),
        fact(SD, "total", "value", 402.3e9, "CNY", YTD, "402.3 billion", E_ASEAN, partner="ASEAN"),
        fact(SD, "total", "growth", 9.8, "percent", YTD, "9.8", E_ASEAN, partner="ASEAN"),
        fact(SD, "exports", "value", 779.5e9, "CNY", YTD, "779.5 billion", E_ME, product=ME),
        fact(SD, "exports", "growth", 9.6, "percent", YTD, "9.6", E_ME, product=ME),
        fact(SD, "exports", "share", 44.8, "percent", YTD, "44.8", E_ME, product=ME),
        fact("Qingdao", "total", "value", 807.24e9, "CNY", YTD, "8,072.4 hundred million", E_QD),
        fact("Qingdao", "total", "growth", 5.6, "percent", YTD, "5.6", E_QD),
        fact("Qingdao", "total", "share", 28.2, "percent", YTD, "28.2", E_QD),
        fact("Yantai", "total", "value", 341.12e9, "CNY", YTD, "3,411.2 hundred million", E_YW),
        fact("Weifang", "total", "value", 255.68e9, "CNY", YTD, "2,556.8 hundred million", E_YW),
        fact("Yantai", "total", "growth", 3.4, "percent", YTD, "3.4", E_YW),
        fact("Weifang", "total", "growth", 7.9, "percent", YTD, "7.9", E_YW),
    ],
}
